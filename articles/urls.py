from django.urls import path, register_converter

from .views import archive, feeds, quotes, search, speakers


class YearConverter:
    """Four ASCII digits: a year of 5,000 digits overflowed the database instead of a 404."""

    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return f"{int(value):04d}"


class MonthConverter(YearConverter):
    regex = "[0-9]{1,2}"

    def to_url(self, value) -> str:
        return str(int(value))


register_converter(YearConverter, "year")
register_converter(MonthConverter, "month")

urlpatterns = [
    path("", search.search, name="search"),
    path("help/", search.help_page, name="help"),
    path("search/feed/", feeds.search_feed, name="search_feed"),
    path("opensearch.xml", feeds.opensearch, name="opensearch"),
    path("articles/<str:key>/", search.article_detail, name="article_detail"),
    path("articles/<str:key>/raw/", search.article_raw, name="article_raw"),
    path("articles/<str:key>/raw.txt", search.article_raw_text, name="article_raw_text"),
    path("archive/", archive.archive_index, name="archive_index"),
    path("archive/<year:year>/", archive.archive_year, name="archive_year"),
    path("archive/<year:year>/<month:month>/", archive.archive_month, name="archive_month"),
    path("quotes/", quotes.quote_search, name="quote_search"),
    path("speakers/", speakers.speaker_list, name="speaker_list"),
    path("speakers/<str:slug>/", speakers.speaker_detail, name="speaker_detail"),
    path("api/search/", search.api_search, name="api_search"),
    path("api/quotes/", quotes.api_quotes, name="api_quotes"),
    path("api/speakers/", speakers.api_speakers, name="api_speakers"),
    path("api/speakers/<str:slug>/", speakers.api_speaker_detail, name="api_speaker_detail"),
]
