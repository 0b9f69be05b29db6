"""Articles: hide or publish, date the year-less ones, re-extract their quotes."""

import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.db import models
from django.utils.html import format_html, format_html_join

from .. import curation
from ..models import Article, Quote
from .common import action_page, record


class YearFilter(admin.SimpleListFilter):
    """Years, with the year-less articles first: those are the ones to date."""

    title = "année"
    parameter_name = "annee"

    def lookups(self, request, model_admin):
        years = Article.objects.filter(year__isnull=False).values_list("year", flat=True).distinct()
        return [("inconnue", "année inconnue"), *((str(y), str(y)) for y in sorted(years, reverse=True))]

    def queryset(self, request, queryset):
        if self.value() == "inconnue":
            return queryset.filter(year__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(year=int(self.value()))
        return queryset


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["speaker", "kind", "verb", "text", "status"]
    readonly_fields = ["kind", "verb", "text"]
    autocomplete_fields = ["speaker"]
    extra = 0
    can_delete = False  # a wrong quote is rejected, so that re-extraction does not bring it back
    verbose_name_plural = "citations (changer la personne citée ou le statut est une décision qui reste)"


class ArticleForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        if data.get("status") == Article.HIDDEN and not (data.get("hidden_reason") or "").strip():
            self.add_error("hidden_reason", "Donnez le motif du masquage : il reste dans la fiche et l'historique.")
        if data.get("status") == Article.PUBLIC:
            data["hidden_reason"] = ""
        return data


class HideForm(forms.Form):
    reason = forms.CharField(label="Motif du masquage", max_length=300,
                             help_text="Il reste visible des curateurs, jamais du public.")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # Django 6 default, now
    list_display = ["title", "date_label", "visibility", "source", "raw_name"]
    list_filter = ["status", YearFilter, "source"]
    search_fields = ["title", "body"]
    readonly_fields = ["raw_name", "raw_encoding", "raw_text", "content_hash", "import_notes", "published",
                       "suggested_year"]
    inlines = [QuoteInline]
    actions = ["hide", "publish", "apply_suggested_year", "reextract_quotes"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "source", "url", "body"]}),
        ("Visibilité", {"fields": ["status", "hidden_reason"]}),
        ("Date", {"fields": ["year", "suggested_year", "month", "day", "time", "published"]}),
        ("Import", {"classes": ["collapse"],
                    "fields": ["raw_name", "raw_encoding", "import_notes", "content_hash", "raw_text"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def get_list_display(self, request):
        # Listing the year-less articles is dating them: show what the action would apply.
        if request.GET.get(YearFilter.parameter_name) == "inconnue":
            return [*self.list_display[:2], "suggested_year_short", *self.list_display[2:]]
        return self.list_display

    @admin.display(description="année suggérée")
    def suggested_year_short(self, article):
        suggestion = curation.year_suggestion(article)
        if suggestion is None or not suggestion.reliable:
            return "—"
        return f"{suggestion.year} ({round(100 * suggestion.share)} %)"

    @admin.display(description="date", ordering="published")
    def date_label(self, article):
        return article.date_label

    @admin.display(description="visibilité", ordering="status")
    def visibility(self, article):
        if article.is_public:
            return "publié"
        return format_html("<strong>masqué</strong> : {}", article.hidden_reason or "sans motif")

    @admin.display(description="année suggérée")
    def suggested_year(self, article):
        suggestion = curation.year_suggestion(article)
        if suggestion is None:
            return "—" if article.year else "pas de jour ni de mois : rien à suggérer"
        head = (format_html("<strong>{}</strong> ({} % du poids)", suggestion.year, round(100 * suggestion.share))
                if suggestion.reliable else "pas de suggestion fiable")
        others = ", ".join(f"{y} ({round(100 * s)} %)" for y, s in suggestion.candidates)
        return format_html("{}<ul>{}</ul>années les plus probables : {}", head,
                           format_html_join("", "<li>{}</li>", ((e,) for e in suggestion.evidence)), others)

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        before = Article.objects.get(pk=obj.pk)
        super().save_model(request, obj, form, change)
        said = []
        if {"status", "hidden_reason"} & set(form.changed_data):
            said.append(status_message(obj))
        if "year" in form.changed_data:
            said.append(f"Année : {before.year or 'inconnue'} → {obj.year or 'inconnue'}")
        if said or {"month", "day", "time"} & set(form.changed_data):
            curation.follow_article(obj)  # its quotes carry its visibility and date in their index
        obj.history_message = " ; ".join(said)

    def construct_change_message(self, request, form, formsets, add=False):
        default = super().construct_change_message(request, form, formsets, add)
        said = getattr(form.instance, "history_message", "")
        return f"{said} ({get_change_text(default)})" if said else default

    def save_formset(self, request, form, formset, change):
        before = {q.pk: (q.speaker, q.status) for q in Quote.objects.filter(article=form.instance)
                  .select_related("speaker")}
        _confirm_changed_quotes(formset)
        super().save_formset(request, form, formset, change)
        for quote_form in formset.forms:
            quote = quote_form.instance
            if quote.pk in before and quote_form.has_changed():
                speaker, status = before[quote.pk]
                if speaker.pk != quote.speaker_id:
                    curation.follow_reassignment(quote, speaker)
                record(self, request, quote, quote_change(speaker, status, quote))

    @admin.action(description="Masquer les articles sélectionnés (avec un motif)", permissions=["change"])
    def hide(self, request, queryset):
        form = HideForm(request.POST if "apply" in request.POST else None)
        if not form.is_valid():
            return action_page(self, request, queryset, "admin/articles/article/hide.html",
                               "Masquer des articles", form=form)
        hidden = 0
        for article in queryset:
            if curation.set_article_status(article, Article.HIDDEN, form.cleaned_data["reason"]):
                record(self, request, article, status_message(article))
                hidden += 1
        self.message_user(request, f"{hidden} article(s) masqué(s) : ils ont quitté le site public et la recherche.")
        return None

    @admin.action(description="Publier les articles sélectionnés", permissions=["change"])
    def publish(self, request, queryset):
        published = 0
        for article in queryset:
            if curation.set_article_status(article, Article.PUBLIC):
                record(self, request, article, status_message(article))
                published += 1
        self.message_user(request, f"{published} article(s) publié(s).")

    @admin.action(description="Appliquer l'année suggérée", permissions=["change"])
    def apply_suggested_year(self, request, queryset):
        applied, skipped = 0, 0
        for article in queryset.filter(year__isnull=True):
            suggestion = curation.year_suggestion(article)
            if suggestion is None or not suggestion.reliable:
                skipped += 1
                continue
            curation.set_article_year(article, suggestion.year)
            record(self, request, article, f"Année : inconnue → {suggestion.year} (suggestion : "
                                           + " ; ".join(suggestion.evidence) + ")")
            applied += 1
        self.message_user(request, f"Année suggérée appliquée à {applied} article(s).")
        if skipped:
            self.message_user(request, f"{skipped} article(s) sans suggestion fiable : à dater à la main.",
                              messages.WARNING)

    @admin.action(description="Réextraire les citations (les décisions des curateurs restent)",
                  permissions=["change"])
    def reextract_quotes(self, request, queryset):
        articles = list(queryset)
        shown = curation.reextract(articles)
        for article in articles:
            record(self, request, article, "Citations réextraites")
        self.message_user(request, f"{len(articles)} article(s) réextrait(s) : {shown} citation(s) affichée(s).")


def status_message(article: Article) -> str:
    return "Publié" if article.is_public else f"Masqué : « {article.hidden_reason} »"


def get_change_text(message) -> str:
    """The admin's own summary of a form change, as the history page would show it."""
    return LogEntry(change_message=json.dumps(message)).get_change_message()


def _confirm_changed_quotes(formset) -> None:
    """A quote a curator touched is theirs: mark it confirmed unless they rejected it."""
    for quote_form in formset.forms:
        quote = quote_form.instance
        if quote_form.has_changed() and quote.pk and "status" not in quote_form.changed_data:
            quote.status = Quote.CONFIRMED


def quote_change(speaker, status: str, quote: Quote) -> str:
    """'Réattribuée de A à B ; statut : confirmée' for the history."""
    parts = []
    if speaker.pk != quote.speaker_id:
        parts.append(f"Réattribuée de « {speaker.name} » à « {quote.speaker.name} »")
    if status != quote.status:
        parts.append(f"statut : {quote.get_status_display()}")
    return " ; ".join(parts) or "Modifiée"
