"""French error pages for 400, 403 (CSRF included), 404, 429 and 500, with the search box and a way back."""

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client

from articles.views import search as search_views

pytestmark = pytest.mark.django_db


def assert_french_page(response, status: int, *words: str) -> str:
    html = response.content.decode()
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    assert '<html lang="fr">' in html and 'role="search"' in html and 'href="/"' in html
    for english in ("Not Found", "Bad Request", "Forbidden", "Server Error", "Traceback", "CSRF verification"):
        assert english not in html
    for word in words:
        assert word in html
    return html


@pytest.mark.parametrize("url, words", [
    ("/nulle-part/", ["Page introuvable"]),
    ("/articles/inexistant/", ["Cet article n&#x27;existe pas"]),
    ("/articles/²/", ["Cet article n&#x27;existe pas"]),
    ("/articles/99999999999999999999999/", ["Page introuvable"]),
    ("/speakers/personne-inconnue/", ["Personne citée inconnue"]),
    ("/archive/99999/", ["Page introuvable"]),
    ("/archive/2018/13/", ["Mois invalide"]),
    ("/?page=" + "9" * 309, ["Page introuvable"]),
    ("/?page=10001", ["Page introuvable"]),
    ("/speakers/?page=" + "9" * 5000, ["Page introuvable"]),
])
def test_missing_pages_are_french_404s(client, seeds, url, words):
    assert_french_page(client.get(url), 404, *words)


def test_a_404_offers_the_page_the_reader_came_from(client, seeds):
    html = assert_french_page(client.get("/nulle-part/", HTTP_REFERER="http://testserver/?q=otan"), 404)
    assert 'href="http://testserver/?q=otan"' in html
    html = assert_french_page(client.get("/nulle-part/", HTTP_REFERER="https://ailleurs.example/"), 404)
    assert "ailleurs.example" not in html


@pytest.mark.parametrize("query, words", [
    ("q=a%00b", ["contient un caractère de contrôle"]),
    ("q=%01", ["contient un caractère de contrôle"]),
    ("orateur=lav%00", ["contient un caractère de contrôle"]),
    ("q=" + "x" * 20_001, ["Valeur trop longue"]),
    ("&".join(["source=a"] * 101), ["Trop de paramètres"]),
])
def test_refused_parameters_are_french_400s(client, seeds, query, words):
    assert_french_page(client.get(f"/?{query}"), 400, *words)


def test_a_control_character_in_the_path_is_a_400(client, seeds):
    assert_french_page(client.get("/speakers/a%00b/"), 400, "caractère de contrôle")


@pytest.mark.parametrize("query", ["annee=²", "annee=٢٠١٨", "mois=²&annee=2018", "annee=" + "9" * 4301,
                                   "du=2018-W05-1", "du=0001-01-01"])
def test_non_ascii_or_huge_numbers_are_a_400_with_the_reason(client, seeds, query):
    response = client.get(f"/?{query}")
    html = response.content.decode()
    assert response.status_code == 400 and ("invalide" in html or "hors de l&#x27;archive" in html)


@pytest.mark.parametrize("page", ["²", "٣", "-1", "0", "1e3", ""])
def test_a_page_that_is_not_an_ascii_number_shows_the_first_page_with_a_notice(client, seeds, page):
    response = client.get("/", {"q": "élection", "page": page})
    assert response.status_code == 200 and "Numéro de page invalide" in response.content.decode()


def test_api_errors_are_french_json(client, seeds):
    for url, status in [("/api/speakers/personne-inconnue/", 404), ("/api/search/?q=%00", 400),
                        ("/api/search/?annee=²", 400), ("/api/nulle-part/", 404), ("/api/search/?page=99999999", 404)]:
        response = client.get(url)
        assert response.status_code == status, url
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert response.json()["error"] and "Not Found" not in response.json()["error"]
    assert client.get("/api/search/?q=%00").json()["error"] == "La valeur de « q » contient un caractère de contrôle."


def test_a_csrf_failure_is_explained_in_french(seeds):
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "a", "password": "b"})
    assert_french_page(response, 403, "Le formulaire a expiré")


def test_a_forbidden_admin_page_is_a_french_403(client, seeds):
    user = User.objects.create_user("stagiaire", password="mot-de-passe-long-42", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_speaker"))
    client.force_login(user)
    assert_french_page(client.get("/admin/articles/article/"), 403, "Accès refusé")


def test_a_server_error_is_a_french_page_and_json_under_the_api(seeds, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(search_views, "similar_articles", broken)
    monkeypatch.setattr(search_views, "search_page", broken)
    client = Client(raise_request_exception=False)
    assert_french_page(client.get(seeds["000"].get_absolute_url()), 500, "Erreur du serveur")
    monkeypatch.setattr(search_views, "search_json", broken)
    response = client.get("/api/search/?q=otan")
    assert response.status_code == 500 and response.json()["error"].startswith("Une erreur inattendue")


def test_admin_logins_are_locked_after_five_failures_then_refused_in_french(seeds):
    User.objects.create_superuser("redaction", "r@example.org", "le-bon-mot-de-passe-42")
    client = Client()
    answers = [client.post("/admin/login/?next=/admin/", {"username": "redaction", "password": f"faux{n}"}).status_code
               for n in range(6)]
    assert answers == [200, 200, 200, 200, 429, 429]
    locked = client.post("/admin/login/?next=/admin/", {"username": "redaction", "password": "le-bon-mot-de-passe-42"})
    assert_french_page(locked, 429, "Trop de tentatives")
    other = Client(REMOTE_ADDR="10.0.0.7")  # the lockout is per user and address
    assert other.post("/admin/login/?next=/admin/",
                      {"username": "redaction", "password": "le-bon-mot-de-passe-42"}).status_code == 302


def test_the_admin_login_form_still_logs_in(seeds):
    User.objects.create_superuser("curatrice", "c@example.org", "un-mot-de-passe-solide-7")
    client = Client()
    client.post("/admin/login/?next=/admin/", {"username": "curatrice", "password": "faux"})
    response = client.post("/admin/login/?next=/admin/", {"username": "curatrice", "password": "un-mot-de-passe-solide-7"})
    assert response.status_code == 302 and client.get("/admin/").status_code == 200
