from django.contrib import admin

from .models import Article, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "url"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "date_label", "source", "raw_name"]
    list_filter = ["source", "year"]
    search_fields = ["title", "body"]
    readonly_fields = ["raw_name", "raw_encoding", "raw_text", "content_hash", "import_notes", "published"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "source", "url", "body"]}),
        ("Date", {"fields": ["year", "month", "day", "time", "published"]}),
        ("Import", {"classes": ["collapse"],
                    "fields": ["raw_name", "raw_encoding", "import_notes", "content_hash", "raw_text"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")
