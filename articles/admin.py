from django.contrib import admin, messages

from .curation import merge_speakers
from .models import Article, Quote, Source, Speaker


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class QuoteInline(admin.TabularInline):
    model = Quote
    fields = ["speaker", "kind", "verb", "text", "attribution", "status"]
    readonly_fields = ["kind", "verb", "text", "attribution"]
    autocomplete_fields = ["speaker"]
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "date_label", "source", "raw_name"]
    list_filter = ["source", "year"]
    search_fields = ["title", "body"]
    readonly_fields = ["raw_name", "raw_encoding", "raw_text", "content_hash", "import_notes", "published"]
    inlines = [QuoteInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "source", "url", "body"]}),
        ("Date", {"fields": ["year", "month", "day", "time", "published"]}),
        ("Import", {"classes": ["collapse"],
                    "fields": ["raw_name", "raw_encoding", "import_notes", "content_hash", "raw_text"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def save_formset(self, request, form, formset, change):
        _confirm_changed_quotes(formset)
        super().save_formset(request, form, formset, change)


def _confirm_changed_quotes(formset) -> None:
    """A quote a curator touched is theirs: mark it confirmed unless they rejected it."""
    for quote_form in formset.forms:
        quote = quote_form.instance
        if quote_form.has_changed() and quote.pk and "status" not in quote_form.changed_data:
            quote.status = Quote.CONFIRMED


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "quote_count", "article_count", "merged_into"]
    list_filter = ["kind"]
    search_fields = ["name", "search_key"]
    readonly_fields = ["aliases", "merged_into"]
    actions = ["merge_selected"]

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            obj.name_locked = True  # the curator's spelling wins over the automatic one
        super().save_model(request, obj, form, change)

    @admin.action(description="Fusionner les orateurs sélectionnés (dans celui qui a le plus de citations)")
    def merge_selected(self, request, queryset):
        speakers = sorted(queryset, key=lambda s: (-s.quote_count, s.pk))
        if len(speakers) < 2:
            self.message_user(request, "Choisissez au moins deux orateurs.", messages.WARNING)
            return
        target = merge_speakers(speakers[0], speakers[1:])
        self.message_user(request, f"{len(speakers) - 1} orateur(s) fusionné(s) dans « {target.name} ».")


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ["short_text", "speaker", "kind", "verb", "attribution", "status", "article"]
    list_filter = ["status", "kind", "attribution"]
    search_fields = ["text", "speaker__name"]
    autocomplete_fields = ["speaker"]
    readonly_fields = ["article", "start", "end", "text", "kind", "verb", "attribution", "mention", "role"]
    actions = ["reject", "confirm"]
    list_select_related = ["speaker", "article"]

    @admin.display(description="citation")
    def short_text(self, quote):
        return quote.text[:90]

    def save_model(self, request, obj, form, change):
        if change and "status" not in form.changed_data:
            obj.status = Quote.CONFIRMED
        super().save_model(request, obj, form, change)

    @admin.action(description="Rejeter (ce n'est pas une citation de cet orateur)")
    def reject(self, request, queryset):
        self._set_status(queryset, Quote.REJECTED)

    @admin.action(description="Confirmer")
    def confirm(self, request, queryset):
        self._set_status(queryset, Quote.CONFIRMED)

    def _set_status(self, queryset, status):
        # Saved one by one so the index follows (signals), not with a bulk update.
        for quote in queryset:
            quote.status = status
            quote.save(update_fields=["status"])
