"""haystack's Elasticsearch 7 engine with the archive's French analysis: the scale-out profile.

Selected by settings only (see README, "Elasticsearch")::

    HAYSTACK_ENGINE=articles.backends.elasticsearch.FrenchElasticsearchEngine
    HAYSTACK_URL=http://search.internal:9200  HAYSTACK_INDEX_NAME=newsarchive

The analyzer mirrors `articles.analysis.french_analyzer` with Elasticsearch's own filters:
elision (our prefixes), lowercase, ASCII folding *before* stop words and stemming (so
accented and plain spellings stem alike), our French stop words, then Lucene's light French
stemmer (`light_french`, Savoy's, which `articles.stemming` adapts), agent nouns rewritten
to "-teur" first and kept from it, as ours are. Our other changes to Savoy (infinitives keep
their -r, -ie stays, -aise, -ique) have no Elasticsearch filter that would keep plurals
conflated, so there "porter" still finds "porte" and "partie" "part". Each text field has an `exact`
sub-field analysed without stemming (`french_exact`), which `Exact` input and prefixes
search (`FrenchElasticsearchSearchQuery`), as the Whoosh backend's unstemmed twins.
Facet fields (`*_exact`) are keyword fields, as haystack maps them, so facet values come
back verbatim.
Needs the `elasticsearch>=7,<8` client (requirements-elasticsearch.txt).
"""

import copy

from haystack import connections
from haystack.backends import BaseEngine
from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchBackend, Elasticsearch7SearchQuery

from ..analysis import ELIDED_PREFIXES, FRENCH_STOP_WORDS, WORD_PATTERN

ANALYZER = "french_archive"
EXACT_ANALYZER = "french_exact"
EXACT_SUBFIELD = "exact"
# Java regexes on folded, ASCII words: agent nouns as articles.stemming reads them, one form.
AGENT_NOUN_PATTERN = r"^(\w{2,}t)(?:eurs?|rices?|euses?)$"
KEPT_FROM_STEMMER = r"^\w{2,}teur$"


def french_analysis() -> dict:
    """The `analysis` settings: our French analyzer in Elasticsearch's filters."""
    return {
        "tokenizer": {
            # Words as analysis.WORD_PATTERN reads them: elided words whole, hyphens split.
            "french_words": {"type": "pattern", "pattern": WORD_PATTERN, "group": 0,
                             "flags": "UNICODE_CHARACTER_CLASS"},  # \w is ASCII in Java otherwise
        },
        "filter": {
            "french_elision": {"type": "elision", "articles_case": True, "articles": list(ELIDED_PREFIXES)},
            "french_stop": {"type": "stop", "stopwords": sorted(FRENCH_STOP_WORDS)},
            "french_agent_noun": {"type": "pattern_replace", "pattern": AGENT_NOUN_PATTERN,
                                  "replacement": "$1eur"},
            "french_kept": {"type": "keyword_marker", "keywords_pattern": KEPT_FROM_STEMMER},
            "french_light": {"type": "stemmer", "language": "light_french"},
        },
        "analyzer": {
            ANALYZER: {
                "type": "custom",
                "tokenizer": "french_words",
                "char_filter": ["french_apostrophes"],
                "filter": ["french_elision", "lowercase", "asciifolding", "french_stop",
                           "french_agent_noun", "french_kept", "french_light"],
            },
            EXACT_ANALYZER: {
                "type": "custom",
                "tokenizer": "french_words",
                "char_filter": ["french_apostrophes"],
                "filter": ["french_elision", "lowercase", "asciifolding", "french_stop"],
            },
        },
        "char_filter": {
            # "aujourd’hui" and "aujourd'hui" are one word, as analysis.EXTRA_FOLDS makes them.
            "french_apostrophes": {"type": "mapping", "mappings": ["’ => '", "ʼ => '"]},
        },
    }


def _settings() -> dict:
    settings = copy.deepcopy(Elasticsearch7SearchBackend.DEFAULT_SETTINGS)
    analysis = settings["settings"]["analysis"]
    for section, entries in french_analysis().items():
        analysis.setdefault(section, {}).update(entries)
    return settings


class FrenchElasticsearchBackend(Elasticsearch7SearchBackend):
    """haystack's backend; every analysed text field uses the French analyzer, and has its exact forms."""

    DEFAULT_SETTINGS = _settings()
    DEFAULT_FIELD_MAPPING = {
        "type": "text", "analyzer": ANALYZER,
        "fields": {EXACT_SUBFIELD: {"type": "text", "analyzer": EXACT_ANALYZER}},
    }

    def build_schema(self, fields):
        """haystack's mapping, without the exact sub-field on fields it makes keywords (facets)."""
        content_field_name, mapping = super().build_schema(fields)
        for field_mapping in mapping.values():
            if field_mapping.get("type") == "keyword":
                field_mapping.pop("fields", None)
        return content_field_name, mapping


class FrenchElasticsearchSearchQuery(Elasticsearch7SearchQuery):
    """haystack's query, where `Exact` text and prefixes search the exact forms (`text.exact`)."""

    def build_query_fragment(self, field, filter_type, value):
        exact = getattr(value, "input_type_name", None) == "exact"
        if (filter_type == "content" and exact) or filter_type == "startswith":
            if field == "content":
                if not self.backend.setup_complete:
                    self.backend.setup()
                field = self.backend.content_field_name
            field = f"{connections[self._using].get_unified_index().get_index_fieldname(field)}.{EXACT_SUBFIELD}"
        return super().build_query_fragment(field, filter_type, value)


class FrenchElasticsearchEngine(BaseEngine):
    backend = FrenchElasticsearchBackend
    query = FrenchElasticsearchSearchQuery
