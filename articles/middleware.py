"""Refuse malformed addresses before any view runs: control characters, oversized parameters.

A NUL byte in a LIKE lookup matched every speaker on SQLite (and PostgreSQL refuses it
with a 500), a control character made the Atom feed unserialisable: neither can come from
a form a reader filled in, so the whole request is a 400 with a French message.
"""

import re

from .views.errors import error_response

MAX_PATH_CHARS = 1000
MAX_VALUE_CHARS = 20_000  # longer queries are cut at 500 characters by the parser, with a notice
MAX_PARAMETERS = 100
MAX_NAME_CHARS = 100
# C0 controls (tab, CR and LF included: no search box sends them), DEL and C1 controls.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def request_problem(path: str, params) -> str | None:
    """Why this path and query are refused, in French; None when they are fine."""
    if len(path) > MAX_PATH_CHARS:
        return f"Adresse trop longue (au plus {MAX_PATH_CHARS} caractères)."
    if _CONTROL.search(path):
        return "L'adresse contient un caractère de contrôle."
    pairs = list(params.lists())
    if sum(len(values) for _, values in pairs) > MAX_PARAMETERS:
        return f"Trop de paramètres dans l'adresse (au plus {MAX_PARAMETERS})."
    for name, values in pairs:
        if len(name) > MAX_NAME_CHARS or _CONTROL.search(name):
            return "Nom de paramètre invalide dans l'adresse."
        for value in values:
            if len(value) > MAX_VALUE_CHARS:
                return f"Valeur trop longue pour « {name} » (au plus {MAX_VALUE_CHARS} caractères)."
            if _CONTROL.search(value):
                return f"La valeur de « {name} » contient un caractère de contrôle."
    return None


class RequestGuardMiddleware:
    """Answer a 400 (French error page, or JSON under /api/) to a request request_problem refuses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = request_problem(request.path_info, request.GET)
        if problem:
            # Answered here rather than raised: a refused address is no error to log with a traceback.
            return error_response(request, 400, problem)
        return self.get_response(request)
