"""French error pages for 400, 403, 404, 429 and 500 (CSRF failures and login lockouts
included), with the search box and a way back; a JSON error under /api/."""

import re

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from .responses import json_response

API_PREFIX = "/api/"
TITLES = {
    400: "Requête invalide", 403: "Accès refusé", 404: "Page introuvable",
    429: "Trop de tentatives", 500: "Erreur du serveur",
}
MESSAGES = {
    400: "Cette adresse ne peut pas être comprise : vérifiez-la, ou repartez d'une recherche.",
    403: "Vous n'avez pas accès à cette page.",
    404: "Cette page n'existe pas, ou plus, dans l'archive.",
    429: "Trop de tentatives de connexion manquées : ce compte est bloqué pour un moment. "
         "Réessayez plus tard ou demandez à un administrateur de le débloquer.",
    500: "Une erreur inattendue s'est produite de notre côté. Réessayez dans un instant.",
}
CSRF_MESSAGE = (
    "Le formulaire a expiré ou votre navigateur bloque les cookies de ce site : "
    "rechargez la page, puis envoyez le formulaire à nouveau."
)
# The one English 404 message Django itself raises on our routes (get_object_or_404).
_DJANGO_404 = re.compile(r"^No .* matches the given query\.$")


def error_response(request, status: int, message: str | None = None) -> HttpResponse:
    """The French error page (or JSON under /api/) for this status."""
    message = message or MESSAGES[status]
    if request.path.startswith(API_PREFIX):
        return json_response({"error": message}, status=status)
    return render(request, f"{status}.html", {
        "status": status, "title": TITLES[status], "message": message, "back": _back_url(request),
    }, status=status)


def _back_url(request) -> str | None:
    """The page the reader came from, when it is on this site."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(referer, {request.get_host()}, request.is_secure()):
        return referer
    return None


def bad_request(request, exception=None):
    return error_response(request, 400)


def permission_denied(request, exception=None):
    return error_response(request, 403)


def page_not_found(request, exception=None):
    message = exception.args[0] if exception is not None and exception.args else None
    french = isinstance(message, str) and message and not _DJANGO_404.match(message)
    return error_response(request, 404, message if french else None)


def server_error(request):
    try:
        return error_response(request, 500)
    except Exception:  # noqa: BLE001 - the page itself failed: say it plainly, never in English
        return HttpResponse(MESSAGES[500], status=500, content_type="text/plain; charset=utf-8")


def csrf_failure(request, reason: str = ""):
    return error_response(request, 403, CSRF_MESSAGE)


def locked_out(request, response=None, credentials=None):
    """django-axes' answer once an admin login is locked after too many failures."""
    return error_response(request, 429)
