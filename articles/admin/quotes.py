"""Quotes: reject, confirm, or give them to the right speaker."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect

from .. import curation
from ..models import Quote, Speaker
from .articles import quote_change
from .common import ATTRIBUTIONS, action_page, record


class AttributionFilter(admin.SimpleListFilter):
    title = "méthode d'attribution"
    parameter_name = "attribution"

    def lookups(self, request, model_admin):
        used = Quote.objects.values_list("attribution", flat=True).distinct().order_by("attribution")
        return [(value, ATTRIBUTIONS.get(value, value)) for value in used]

    def queryset(self, request, queryset):
        return queryset.filter(attribution=self.value()) if self.value() else queryset


class ReassignForm(forms.Form):
    speaker = forms.ModelChoiceField(
        label="Personne citée existante", required=False, queryset=Speaker.objects.active(),
        widget=AutocompleteSelect(Quote._meta.get_field("speaker"), admin.site),
    )
    new_name = forms.CharField(label="… ou nouvelle personne", required=False, max_length=200)
    kind = forms.ChoiceField(label="Type de la nouvelle personne", choices=Speaker.KINDS, required=False)

    def clean(self):
        data = super().clean()
        if bool(data.get("speaker")) == bool((data.get("new_name") or "").strip()):
            raise forms.ValidationError(
                "Choisissez une personne citée existante, ou donnez le nom d'une nouvelle personne.")
        return data


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "kind", "verb", "attribution_label", "status", "article"]
    list_filter = ["status", "kind", AttributionFilter, ("article__status", admin.ChoicesFieldListFilter)]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["article", "start", "end", "text", "kind", "verb", "attribution_label", "mention", "role"]
    fields = ["article", "text", "speaker", "status", "kind", "verb", "attribution_label", "mention", "role",
              "start", "end"]
    actions = ["reject", "confirm", "reassign"]
    list_select_related = ["speaker", "article"]

    def has_add_permission(self, request):
        return False  # quotes come from the articles; a curator decides on them

    @admin.display(description="citation")
    def short_text(self, quote):
        return quote.text[:90]

    @admin.display(description="méthode d'attribution", ordering="attribution")
    def attribution_label(self, quote):
        return ATTRIBUTIONS.get(quote.attribution, quote.attribution)

    def save_model(self, request, obj, form, change):
        before = Quote.objects.select_related("speaker").get(pk=obj.pk)
        if "status" not in form.changed_data:
            obj.status = Quote.CONFIRMED
        if "speaker" in form.changed_data:
            obj.speaker, target = before.speaker, obj.speaker
            curation.reassign_quote(obj, target)
        else:
            super().save_model(request, obj, form, change)
        obj.history_message = quote_change(before.speaker, before.status, obj)

    def construct_change_message(self, request, form, formsets, add=False):
        return getattr(form.instance, "history_message", None) or super().construct_change_message(
            request, form, formsets, add)

    @admin.action(description="Rejeter (ce n'est pas une citation de cette personne)", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Quote.REJECTED)

    @admin.action(description="Confirmer", permissions=["change"])
    def confirm(self, request, queryset):
        self._set_status(request, queryset, Quote.CONFIRMED)

    def _set_status(self, request, queryset, status):
        # Saved one by one so the index and the counts follow (signals), not with a bulk update.
        for quote in queryset.select_related("speaker"):
            before = quote.status
            quote.status = status
            quote.save(update_fields=["status"])
            record(self, request, quote, quote_change(quote.speaker, before, quote))
        self.message_user(request, f"{queryset.count()} citation(s) : {dict(Quote.STATUSES)[status]}.")

    @admin.action(description="Réattribuer à une autre personne citée…", permissions=["change"])
    def reassign(self, request, queryset):
        form = ReassignForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return action_page(self, request, queryset, "admin/articles/quote/reassign.html",
                               "Réattribuer des citations", form=form, media=self.media + form.media)
        target = form.cleaned_data["speaker"]
        if target is None:
            if not request.user.has_perm("articles.add_speaker"):
                self.message_user(request, "Créer une personne demande le droit d'ajouter des personnes citées.",
                                  messages.ERROR)
                return None
            target = curation.new_speaker(form.cleaned_data["new_name"], form.cleaned_data["kind"] or Speaker.PERSON)
            self.log_addition(request, target, "Créé en réattribuant des citations")
        for quote in queryset.select_related("speaker"):
            before = quote.speaker, quote.status
            curation.reassign_quote(quote, target)
            record(self, request, quote, quote_change(*before, quote))
        self.message_user(request, f"{queryset.count()} citation(s) réattribuée(s) à « {target.name} ».")
        return None
