from django.urls import path

from .views import archive, exports, quotes, search, speakers

urlpatterns = [
    path("", search.search, name="search"),
    path("help/", exports.help_page, name="help"),
    path("search/feed/", exports.search_feed, name="search_feed"),
    path("opensearch.xml", exports.opensearch, name="opensearch"),
    path("articles/<str:key>/", search.article_detail, name="article_detail"),
    path("articles/<str:key>/raw/", search.article_raw, name="article_raw"),
    path("articles/<str:key>/raw.txt", search.article_raw_text, name="article_raw_text"),
    path("archive/", archive.archive_index, name="archive_index"),
    path("archive/<int:year>/", archive.archive_year, name="archive_year"),
    path("archive/<int:year>/<int:month>/", archive.archive_month, name="archive_month"),
    path("quotes/", quotes.quote_search, name="quote_search"),
    path("speakers/", speakers.speaker_list, name="speaker_list"),
    path("speakers/<str:slug>/", speakers.speaker_detail, name="speaker_detail"),
    path("api/search/", search.api_search, name="api_search"),
    path("api/quotes/", quotes.api_quotes, name="api_quotes"),
    path("api/speakers/", speakers.api_speakers, name="api_speakers"),
    path("api/speakers/<str:slug>/", speakers.api_speaker_detail, name="api_speaker_detail"),
]
