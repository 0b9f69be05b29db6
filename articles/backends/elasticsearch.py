"""haystack's Elasticsearch 7 engine with the archive's French analysis: the scale-out profile.

Selected by settings only (see README, "Elasticsearch")::

    HAYSTACK_ENGINE=articles.backends.elasticsearch.FrenchElasticsearchEngine
    HAYSTACK_URL=http://search.internal:9200  HAYSTACK_INDEX_NAME=newsarchive

The analyzer mirrors `articles.analysis.french_analyzer` step by step, with Elasticsearch's
own filters: elision (our prefixes), lowercase, ASCII folding *before* stop words and
stemming (so accented and plain spellings stem alike), our French stop words, then
Lucene's light French stemmer (Savoy's, which `articles.stemming` adapts), with our agent
noun rule in front ("observatrice" ~ "observateur", kept from the stemmer). What
`articles.stemming` changes beyond that (infinitives keep their "r", "-ie", "-ique") is not
rebuilt here. Every analysed text field also gets an `exact` subfield, our
`french_exact_analyzer` (the same chain unstemmed) that quoted words search. Facet fields
(`*_exact`) are keyword fields, as haystack maps them, so facet values come back verbatim.
Needs the `elasticsearch>=7,<8` client (requirements-elasticsearch.txt).
"""

import copy

from haystack.backends import BaseEngine
from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchBackend, Elasticsearch7SearchQuery

from ..analysis import ELIDED_PREFIXES, FRENCH_STOP_WORDS, WORD_PATTERN

ANALYZER = "french_archive"
EXACT_ANALYZER = "french_archive_exact"
# Java regexes on folded, ASCII text: articles.stemming's agent-noun rules (-trice, -teuse →
# -teur, then the r of -eur dropped: "observatrices" → "observateu"), kept from the stemmer.
AGENT_NOUN_PATTERN = r"^(\w{2,}t)(?:rice|euse|eur)s?$"
AGENT_NOUN_KEPT = r"^\w{2,}teu$"
_COMMON = ["french_elision", "lowercase", "asciifolding", "french_stop"]


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
                                  "replacement": "$1eu"},
            "french_agent_kept": {"type": "keyword_marker", "keywords_pattern": AGENT_NOUN_KEPT},
            "french_light_stem": {"type": "stemmer", "language": "light_french"},
        },
        "analyzer": {
            ANALYZER: {
                "type": "custom", "tokenizer": "french_words", "char_filter": ["french_apostrophes"],
                "filter": [*_COMMON, "french_agent_noun", "french_agent_kept", "french_light_stem"],
            },
            EXACT_ANALYZER: {
                "type": "custom", "tokenizer": "french_words", "char_filter": ["french_apostrophes"],
                "filter": _COMMON,
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
    """haystack's backend; every analysed text field French, with its exact-form subfield."""

    DEFAULT_SETTINGS = _settings()
    DEFAULT_FIELD_MAPPING = {"type": "text", "analyzer": ANALYZER,
                             "fields": {"exact": {"type": "text", "analyzer": EXACT_ANALYZER}}}

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for field_mapping in mapping.values():
            if field_mapping.get("type") != "text":
                field_mapping.pop("fields", None)  # keyword facets keep one exact value
        return content_field_name, mapping


class FrenchElasticsearchEngine(BaseEngine):
    backend = FrenchElasticsearchBackend
    query = Elasticsearch7SearchQuery
