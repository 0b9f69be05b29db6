"""The curators' admin, in French: articles, quotes, speakers and sources."""

from django.contrib import admin

from . import articles, quotes, sources, speakers  # noqa: F401 - each module registers its models

admin.site.site_header = "Newsarchive : curation"
admin.site.site_title = "Curation Newsarchive"
admin.site.index_title = "Tenir l'archive juste"
