"""What every curation screen shares: the history entry and the intermediate action pages."""

from django.contrib.admin import helpers
from django.template.response import TemplateResponse

# Attribution methods in words (an unknown method, from newer rules, is shown as it is).
ATTRIBUTIONS = {
    "name": "nommé dans la phrase",
    "title": "désigné par son titre (M., Mme…)",
    "role": "désigné par sa fonction",
    "pronoun": "pronom (il, elle) repris",
    "body": "organisme désigné",
    "continuation": "suite de la citation précédente",
    "transcript": "transcription (« Nom : … »)",
    "according_to": "« selon » / « d'après »",
    "answer": "réponse d'entretien",
}


def record(model_admin, request, obj, message: str) -> None:
    """One line in the object's history: who (the request's user), when (now), what (message)."""
    model_admin.log_change(request, obj, message)


def action_page(model_admin, request, queryset, template: str, title: str, **context) -> TemplateResponse:
    """The intermediate page of an admin action: the selection re-posted with the curator's choice."""
    return TemplateResponse(request, template, {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        "queryset": queryset,
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        **context,
    })
