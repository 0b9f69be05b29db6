"""A curator in the admin, through the test client, on the five real seeds: every action,
then the public pages and the search as a reader sees them afterwards."""

import io

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client

from articles.management.commands.check_index import index_drift
from articles.models import Article, Quote, Speaker, SpeakerMerge

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator(db):
    user = User.objects.create_user("claire", password="pw-curatrice-1", is_staff=True)
    user.groups.add(Group.objects.get(name="curateur"))
    return user


class CommittingClient(Client):
    """A test client whose requests' on-commit work (the index writes) runs, as after a real commit."""

    capture = None

    def request(self, **request):
        with self.capture(execute=True):
            return super().request(**request)


@pytest.fixture
def cclient(curator, django_capture_on_commit_callbacks):
    client = CommittingClient()
    client.capture = django_capture_on_commit_callbacks
    client.force_login(curator)
    return client


@pytest.fixture
def client(django_capture_on_commit_callbacks):
    """An anonymous reader, apart from the curator's session."""
    reader = CommittingClient()
    reader.capture = django_capture_on_commit_callbacks
    return reader


def action(client, model: str, name: str, pks, **data):
    return client.post(f"/admin/articles/{model}/", {"action": name, "_selected_action": list(pks), **data})


def public_view(client) -> dict:
    """Everything a reader can see, in comparable form."""
    search = client.get("/api/search/", {"q": "Russie"}).json()
    return {
        "search": sorted(r["id"] for r in search["results"]),
        "years": search["facets"]["years"],
        "speakers": {s["slug"]: s["quote_count"] for s in client.get("/api/speakers/").json()["results"]},
        "quotes": client.get("/api/quotes/", {"q": "OTAN"}).json()["count"],
        "archive": client.get("/archive/").content.decode().count("<li"),
        "csv": client.get("/", {"q": "OTAN", "format": "csv"}).getvalue().decode().count("\n"),
        "feed": client.get("/search/feed/", {"q": "OTAN"}).content.decode().count("<entry>"),
    }


def test_hidden_article_leaves_every_public_surface_and_comes_back_the_same(cclient, client, seeds):
    nato = seeds["003"]  # the only 2016 article, Jens Stoltenberg's five quotes
    stoltenberg = Speaker.objects.get(name="Jens Stoltenberg")
    before = public_view(client)
    page = action(cclient, "article", "hide", [nato.pk])
    assert page.status_code == 200 and "Motif du masquage" in page.content.decode()  # asks first
    assert Article.objects.get(pk=nato.pk).is_public

    response = action(cclient, "article", "hide", [nato.pk], apply="1", reason="doublon d'une dépêche")
    assert response.status_code == 302
    nato.refresh_from_db()
    assert (nato.status, nato.hidden_reason) == (Article.HIDDEN, "doublon d'une dépêche")
    hidden = public_view(client)
    assert nato.pk not in {r["id"] for r in client.get("/api/search/", {"q": "Stoltenberg"}).json()["results"]}
    assert client.get("/api/search/", {"q": "Stoltenberg"}).json()["count"] == 0
    assert 2016 not in [y["year"] for y in hidden["years"]] and 2016 in [y["year"] for y in before["years"]]
    assert stoltenberg.slug not in hidden["speakers"] and stoltenberg.slug in before["speakers"]
    assert client.get(stoltenberg.get_absolute_url()).status_code == 404
    assert hidden["quotes"] < before["quotes"] and hidden["csv"] < before["csv"] and hidden["feed"] < before["feed"]
    assert client.get(nato.get_absolute_url()).status_code == 404
    assert client.get(f"/articles/{nato.pk}/raw/").status_code == 404
    assert client.get("/archive/2016/").status_code == 404
    for other in Article.objects.exclude(pk=nato.pk):
        html = client.get(other.get_absolute_url()).content.decode()
        assert nato.get_absolute_url() not in html  # neither similar nor previous/next
    assert index_drift() == []
    assert "masqué" in cclient.get("/admin/articles/article/").content.decode()  # curators still see it

    action(cclient, "article", "publish", [nato.pk])
    assert public_view(client) == before
    assert client.get(stoltenberg.get_absolute_url()).status_code == 200
    assert index_drift() == []
    history = cclient.get(f"/admin/articles/article/{nato.pk}/history/").content.decode()
    assert "Masqué : « doublon d&#x27;une dépêche »" in history and "Publié" in history and "claire" in history


def test_hiding_in_the_change_form_hides_too_and_is_traced(cclient, client, seeds):
    article = seeds["001"]
    data = change_form_data(cclient, f"/admin/articles/article/{article.pk}/change/")
    data.update(status="hidden")
    refused = cclient.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert refused.status_code == 200 and "Donnez le motif du masquage" in refused.content.decode()
    data.update(hidden_reason="droits non acquis")
    response = cclient.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"]
    assert client.get(article.get_absolute_url()).status_code == 404
    assert Speaker.objects.get(name="Maria Zakharova").quote_count == 3  # only her seed-004 quotes left
    entry = LogEntry.objects.filter(object_id=str(article.pk)).latest("action_time")
    assert entry.user.username == "claire" and "Masqué : « droits non acquis »" in entry.get_change_message()
    assert index_drift() == []


def test_a_curator_previews_a_hidden_article_that_readers_cannot_reach(cclient, client, seeds):
    article = seeds["001"]
    action(cclient, "article", "hide", [article.pk], apply="1", reason="droits <b>non</b> acquis")
    assert client.get(article.get_absolute_url()).status_code == 404
    staff_without_rights = Client()
    staff_without_rights.force_login(User.objects.create_user("stagiaire", password="pw-stagiaire-1", is_staff=True))
    assert staff_without_rights.get(article.get_absolute_url()).status_code == 404

    page = cclient.get(article.get_absolute_url())  # the admin's "Voir sur le site"
    html = page.content.decode()
    assert page.status_code == 200 and article.title in html
    assert "Cet article est masqué au public" in html and "droits &lt;b&gt;non&lt;/b&gt; acquis" in html
    assert f"/admin/articles/article/{article.pk}/change/" in html
    assert page["Cache-Control"] == "private, no-store" and page["X-Robots-Tag"] == "noindex"
    raw = cclient.get(f"/articles/{article.pk}/raw/")
    assert raw.status_code == 200 and "Cet article est masqué au public" in raw.content.decode()
    assert cclient.get(f"/articles/{article.pk}/raw/", {"format": "txt"})["Cache-Control"] == "private, no-store"

    action(cclient, "article", "publish", [article.pk])
    published = cclient.get(article.get_absolute_url())
    assert "masqué au public" not in published.content.decode() and not published.has_header("X-Robots-Tag")


def change_form_data(client, url: str) -> dict:
    """The change form's fields as the browser would post them back, unchanged."""
    response = client.get(url)
    forms = [response.context["adminform"].form]
    data = {}
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data.update({management[name].html_name: management[name].value() for name in management.fields})
        forms += formset.formset.forms
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value not in (None, ""):
                data[form[name].html_name] = value
    return data


def test_year_unknown_filter_suggestion_and_apply_action(cclient, client, seeds, django_capture_on_commit_callbacks):
    seed = seeds["000"]  # 02/02, "a annoncé jeudi": 2018 among several years that fit
    dated = dict(source=seed.source, month=2, body="Texte.", year=2018)
    with django_capture_on_commit_callbacks(execute=True):
        first = Article.objects.create(title="Dépêche du 1er février", slug="depeche-1", day=1, **dated)
        undated = Article.objects.create(title=seed.title, slug="copie", body=seed.body, source=seed.source,
                                         month=2, day=2)  # imported between two dépêches of early February 2018
        Article.objects.create(title="Dépêche du 3 février", slug="depeche-3", day=3, **dated)
    listing = cclient.get("/admin/articles/article/", {"annee": "inconnue"}).content.decode()
    assert f"/article/{undated.pk}/change/" in listing and f"/article/{first.pk}/change/" not in listing
    assert "Année suggérée" in listing and "2018 (" in listing  # what the action would apply
    page = cclient.get(f"/admin/articles/article/{undated.pk}/change/").content.decode()
    assert "Année suggérée" in page and "<strong>2018</strong>" in page
    assert "« jeudi »" in page and "2018 (×2)" in page  # the evidence, in words
    response = action(cclient, "article", "apply_suggested_year", [undated.pk])
    assert response.status_code == 302
    undated.refresh_from_db()
    assert undated.year == 2018 and undated.iso_date == "2018-02-02"
    assert undated.pk in [r["id"] for r in client.get("/api/search/", {"annee": 2018, "q": "OSCE"}).json()["results"]]
    assert "Année : inconnue → 2018" in LogEntry.objects.filter(object_id=str(undated.pk)).latest(
        "action_time").get_change_message()
    assert index_drift() == []


def test_apply_suggested_year_never_guesses(cclient, seeds, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        lone = Article.objects.create(title="Une annonce sans date", slug="sans-date", month=5, day=12,
                                      body="Le maire a présenté le projet aux habitants réunis en mairie.")
    response = action(cclient, "article", "apply_suggested_year", [lone.pk])
    assert response.status_code == 302
    assert Article.objects.get(pk=lone.pk).year is None
    assert "sans suggestion fiable" in cclient.get("/admin/articles/article/").content.decode()


def test_reextract_keeps_curator_decisions(cclient, seeds, django_capture_on_commit_callbacks):
    quote = Quote.objects.filter(article=seeds["002"]).first()
    action(cclient, "quote", "reject", [quote.pk])
    with django_capture_on_commit_callbacks(execute=True):
        Quote.objects.filter(article=seeds["002"], status=Quote.AUTO).delete()
    assert action(cclient, "article", "reextract_quotes", [seeds["002"].pk]).status_code == 302
    assert Quote.objects.get(pk=quote.pk).status == Quote.REJECTED
    assert Quote.objects.filter(article=seeds["002"], status=Quote.AUTO).count() == 5
    assert index_drift() == []


def test_reject_and_confirm_are_traced(cclient, seeds):
    quote = Quote.objects.get(speaker__name__iexact="tass")
    action(cclient, "quote", "reject", [quote.pk])
    action(cclient, "quote", "confirm", [quote.pk])
    history = cclient.get(f"/admin/articles/quote/{quote.pk}/history/").content.decode()
    assert "statut : rejetée" in history and "statut : confirmée" in history


def test_reassign_to_an_existing_speaker_lasts_through_reextraction_and_reimport(cclient, client, seeds):
    quote = Quote.objects.filter(speaker__name="Maria Zakharova", article=seeds["004"]).first()
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    found = cclient.get("/admin/autocomplete/", {"app_label": "articles", "model_name": "quote",
                                                 "field_name": "speaker", "term": "pesk"}).json()
    assert [r["text"] for r in found["results"]] == ["Dimitri Peskov"]
    page = action(cclient, "quote", "reassign", [quote.pk])
    assert page.status_code == 200 and "Personne citée existante" in page.content.decode()
    assert action(cclient, "quote", "reassign", [quote.pk], apply="1", speaker=peskov.pk).status_code == 302
    call_command("extract_quotes", stdout=io.StringIO())
    call_command("import_articles", "fixtures/raw", stdout=io.StringIO())
    quote.refresh_from_db()
    assert quote.speaker == peskov and quote.status == Quote.CONFIRMED
    assert Quote.objects.filter(article=seeds["004"], text=quote.text).count() == 1
    peskov.refresh_from_db()
    assert peskov.quote_count == 2
    quotes = client.get("/api/speakers/" + peskov.slug + "/").json()["quotes"]
    assert quote.text in [q["text"] for q in quotes]
    assert "Réattribuée de « Maria Zakharova » à « Dimitri Peskov »" in cclient.get(
        f"/admin/articles/quote/{quote.pk}/history/").content.decode()
    assert index_drift() == []


def test_a_speaker_whose_quotes_were_all_reassigned_loses_that_articles_role_line(cclient, client, seeds):
    zakharova, peskov = Speaker.objects.get(name="Maria Zakharova"), Speaker.objects.get(name="Dimitri Peskov")
    role = "porte-parole du ministère russe des Affaires étrangères"

    def roles(speaker):
        found = client.get(f"/api/speakers/{speaker.slug}/").json()["roles"]
        return {r["role"]: (r["first_seen"], r["last_seen"]) for r in found}

    first, last = roles(zakharova)[role]  # seeds 001 and 004
    assert first != last and seeds["004"].iso_date == last
    moved = Quote.objects.filter(speaker=zakharova, article=seeds["001"]).values_list("pk", flat=True)
    action(cclient, "quote", "reassign", list(moved), apply="1", speaker=peskov.pk)
    call_command("extract_quotes", stdout=io.StringIO())  # names her in 001 again, as its text does
    assert roles(zakharova)[role] == (last, last)
    page = client.get(zakharova.get_absolute_url()).content.decode()
    assert role in page and seeds["001"].get_absolute_url() not in page


def test_reassign_to_a_new_speaker(cclient, client, seeds):
    quote = Quote.objects.get(speaker__name="partie turque")
    action(cclient, "quote", "reassign", [quote.pk], apply="1", new_name="Mevlut Cavusoglu", kind="person")
    speaker = Speaker.objects.get(name="Mevlut Cavusoglu")
    assert Quote.objects.get(pk=quote.pk).speaker == speaker and speaker.name_locked
    assert client.get(speaker.get_absolute_url()).status_code == 200
    assert client.get("/api/quotes/", {"orateur": speaker.slug}).json()["count"] == 1
    assert client.get(Speaker.objects.get(name="partie turque").get_absolute_url()).status_code == 404


def test_merge_asks_which_record_survives_then_can_be_undone(cclient, client, seeds):
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    before = {"lavrov": set(lavrov.quotes.values_list("pk", flat=True)),
              "peskov": set(peskov.quotes.values_list("pk", flat=True)),
              "aliases": (dict(lavrov.aliases), dict(peskov.aliases))}
    page = action(cclient, "speaker", "merge_selected", [lavrov.pk, peskov.pk])
    assert page.status_code == 200 and "Fiche conservée" in page.content.decode()
    assert Speaker.objects.get(pk=peskov.pk).merged_into is None  # nothing done yet
    action(cclient, "speaker", "merge_selected", [lavrov.pk, peskov.pk], apply="1", survivor=peskov.pk)
    lavrov.refresh_from_db()
    assert lavrov.merged_into_id == peskov.pk and Speaker.objects.get(pk=peskov.pk).quote_count == 8
    assert Speaker.objects.get(pk=peskov.pk).name == "Dimitri Peskov"  # the chosen record, its name kept
    listing = cclient.get("/admin/articles/speaker/").content.decode()
    assert f"/speaker/{lavrov.pk}/change/" not in listing and f"/speaker/{peskov.pk}/change/" in listing
    merged = cclient.get("/admin/articles/speaker/", {"etat": "fusionnes"}).content.decode()
    assert f"/speaker/{lavrov.pk}/change/" in merged

    merge = SpeakerMerge.objects.get(merged=lavrov)
    url = f"/admin/articles/speaker/{peskov.pk}/annuler-fusion/{merge.pk}/"
    assert url in cclient.get(f"/admin/articles/speaker/{peskov.pk}/change/").content.decode()
    assert cclient.post(url).status_code == 302
    lavrov.refresh_from_db()
    peskov.refresh_from_db()
    assert lavrov.merged_into is None
    assert set(lavrov.quotes.values_list("pk", flat=True)) == before["lavrov"]
    assert set(peskov.quotes.values_list("pk", flat=True)) == before["peskov"]
    assert (lavrov.aliases, peskov.aliases) == before["aliases"]
    assert lavrov.appearances.count() == 2 and peskov.appearances.count() == 1
    assert client.get(lavrov.get_absolute_url()).status_code == 200
    history = cclient.get(f"/admin/articles/speaker/{peskov.pk}/history/").content.decode()
    assert "Fusion : « Sergueï Lavrov » fusionnée(s) dans cette fiche" in history and "Fusion annulée" in history
    assert index_drift() == []


def test_split_moves_quotes_and_aliases_and_undoes_an_unrecorded_merge(cclient, client, seeds):
    zakharova = Speaker.objects.get(name="Maria Zakharova")
    peskov = Speaker.objects.get(name="Dimitri Peskov")
    peskov_quotes = set(peskov.quotes.values_list("pk", flat=True))
    cclient.post("/admin/articles/speaker/", {"action": "merge_selected", "apply": "1",
                                              "_selected_action": [zakharova.pk, peskov.pk],
                                              "survivor": zakharova.pk})
    SpeakerMerge.objects.all().delete()  # a merge made long ago, before merges were recorded
    zakharova.refresh_from_db()
    page = cclient.get(f"/admin/articles/speaker/{zakharova.pk}/separer/")
    assert page.status_code == 200 and "Dimitri Peskov" in page.content.decode()
    response = cclient.post(f"/admin/articles/speaker/{zakharova.pk}/separer/", {
        "quotes": list(peskov_quotes), "aliases": ["Dimitri Peskov"], "target": peskov.pk,
    })
    assert response.status_code == 302
    peskov.refresh_from_db()
    zakharova.refresh_from_db()
    assert peskov.merged_into is None and set(peskov.quotes.values_list("pk", flat=True)) == peskov_quotes
    assert "Dimitri Peskov" in peskov.aliases and "Dimitri Peskov" not in zakharova.aliases
    assert (peskov.quote_count, zakharova.quote_count) == (1, 7)
    call_command("extract_quotes", stdout=io.StringIO())
    assert set(Speaker.objects.get(pk=peskov.pk).quotes.values_list("pk", flat=True)) == peskov_quotes
    assert peskov.slug in {s["slug"] for s in client.get("/api/speakers/").json()["results"]}

    to_new = zakharova.quotes.filter(article=seeds["001"]).first()
    cclient.post(f"/admin/articles/speaker/{zakharova.pk}/separer/", {"quotes": [to_new.pk],
                                                                      "new_name": "Porte-parole du ministère"})
    assert Quote.objects.get(pk=to_new.pk).speaker.name == "Porte-parole du ministère"
    history = cclient.get(f"/admin/articles/speaker/{zakharova.pk}/history/").content.decode()
    assert "Séparation : 1 citation(s) et 1 alias vers « Dimitri Peskov »" in history
    assert index_drift() == []


def test_split_form_explains_what_is_missing(cclient, seeds):
    zakharova = Speaker.objects.get(name="Maria Zakharova")
    response = cclient.post(f"/admin/articles/speaker/{zakharova.pk}/separer/", {"new_name": "X"})
    assert response.status_code == 200
    assert "Choisissez au moins une citation ou un alias" in response.content.decode()


def test_admin_speaks_french(cclient, seeds):
    article = cclient.get(f"/admin/articles/article/{seeds['000'].pk}/change/").content.decode()
    for label in ("Empreinte du contenu", "Visibilité", "Motif du masquage", "Identifiant d&#x27;adresse"):
        assert label in article
    speakers = cclient.get("/admin/articles/speaker/").content.decode()
    assert "Fusionner les personnes citées sélectionnées" in speakers and "Personnes citées" in speakers
    speaker = cclient.get(f"/admin/articles/speaker/{Speaker.objects.get(name='Sergueï Lavrov').pk}/change/")
    html = speaker.content.decode()
    assert '<ul class="alias-list">' in html and "M. Lavrov" in html and "Genre" in html and "masculin" in html
    quotes = cclient.get("/admin/articles/quote/").content.decode()
    assert "nommé dans la phrase" in quotes and "Méthode d&#x27;attribution" in quotes
    assert "Réattribuer à une autre personne citée" in quotes and "Rejeter" in quotes


def test_curator_permissions_are_exactly_curation(cclient, client, curator, seeds):
    article = seeds["000"]
    assert cclient.get("/admin/auth/user/").status_code == 403
    assert cclient.get("/admin/auth/group/").status_code == 403
    assert cclient.get(f"/admin/articles/article/{article.pk}/delete/").status_code == 403
    assert cclient.get("/admin/articles/article/add/").status_code == 403
    assert "delete_selected" not in cclient.get("/admin/articles/article/").content.decode()
    action(cclient, "article", "delete_selected", [article.pk], post="yes")
    assert Article.objects.filter(pk=article.pk).exists()
    speaker = Speaker.objects.get(name="Tass")
    assert cclient.get(f"/admin/articles/speaker/{speaker.pk}/delete/").status_code == 403
    assert cclient.get("/admin/articles/speaker/add/").status_code == 200
    assert not curator.has_perm("auth.change_user") and not curator.has_perm("articles.delete_quote")

    reader = User.objects.create_user("lecteur", password="pw-lecteur-1")
    client.force_login(reader)
    assert client.get("/admin/").status_code == 302  # not staff: sent to the login page
    reader.is_staff = True  # staff without the group sees nothing to curate
    reader.save()
    assert client.get("/admin/articles/article/").status_code == 403
    assert action(client, "article", "hide", [article.pk], apply="1", reason="x").status_code == 403
    assert Article.objects.get(pk=article.pk).is_public


def test_reassigning_in_the_article_form_is_a_lasting_traced_decision(cclient, client, seeds):
    article = seeds["000"]
    tass = Quote.objects.get(article=article, speaker__name="Tass")
    lavrov = Speaker.objects.get(name="Sergueï Lavrov")
    data = change_form_data(cclient, f"/admin/articles/article/{article.pk}/change/")
    row = next(k[:-3] for k, v in data.items() if k.endswith("-id") and str(v) == str(tass.pk))
    data[f"{row}-speaker"] = lavrov.pk
    response = cclient.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"]
    tass.refresh_from_db()
    assert tass.speaker == lavrov and tass.status == Quote.CONFIRMED
    assert not Speaker.objects.get(name="Tass").appearances.exists()
    call_command("extract_quotes", stdout=io.StringIO())
    assert Quote.objects.get(pk=tass.pk).speaker == lavrov
    assert "Réattribuée de « Tass » à « Sergueï Lavrov »" in cclient.get(
        f"/admin/articles/quote/{tass.pk}/history/").content.decode()
    assert "tass" not in {s["slug"] for s in client.get("/api/speakers/").json()["results"]}


def test_a_hidden_article_stays_hidden_when_its_file_is_imported_again(cclient, client, seeds):
    action(cclient, "article", "hide", [seeds["002"].pk], apply="1", reason="à vérifier")
    call_command("import_articles", "fixtures/raw", stdout=io.StringIO())
    call_command("extract_quotes", stdout=io.StringIO())
    assert not Article.objects.get(pk=seeds["002"].pk).is_public
    assert client.get(seeds["002"].get_absolute_url()).status_code == 404
    assert index_drift() == []
