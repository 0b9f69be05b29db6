"""Sources: names and sites, for reference."""

from django.contrib import admin
from django.db import models

from ..models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # Django 6 default, now
    list_display = ["name", "url"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
