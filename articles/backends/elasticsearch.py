"""haystack's Elasticsearch 7 engine with the archive's French analysis: the scale-out profile.

Selected by settings only (see README, "Elasticsearch")::

    HAYSTACK_ENGINE=articles.backends.elasticsearch.FrenchElasticsearchEngine
    HAYSTACK_URL=http://search.internal:9200  HAYSTACK_INDEX_NAME=newsarchive

The analyzer mirrors `articles.analysis.french_analyzer` step by step, with Elasticsearch's
own filters: elision (our prefixes), lowercase, ASCII folding *before* stop words and
stemming (so accented and plain spellings stem alike), our French stop words, the
"-ée(s)" → "-e" participle fix, agent nouns kept as nouns ("observateurs" → "observateur",
protected from the stemmer), then the Snowball French stemmer. Facet fields
(`*_exact`) are keyword fields, as haystack maps them, so facet values come back verbatim.
Needs the `elasticsearch>=7,<8` client (requirements-elasticsearch.txt).
"""

import copy

from haystack.backends import BaseEngine
from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchBackend, Elasticsearch7SearchQuery

from ..analysis import ELIDED_PREFIXES, FRENCH_STOP_WORDS, WORD_PATTERN

ANALYZER = "french_archive"
# Java regexes, the same as analysis.ParticipleFilter and FrenchStemFilter.AGENT_NOUN (they
# see folded, ASCII text).
PARTICIPLE_PATTERN = r"^(?=.{5})(.+e)es?$"
AGENT_NOUN_PATTERN = r"^(\w{3,}at)(?:eurs?|rices?)$"
AGENT_NOUN_KEPT = r"^\w{3,}ateur$"


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
            "french_participle": {"type": "pattern_replace", "pattern": PARTICIPLE_PATTERN, "replacement": "$1"},
            "french_agent_noun": {"type": "pattern_replace", "pattern": AGENT_NOUN_PATTERN,
                                  "replacement": "$1eur"},
            "french_agent_kept": {"type": "keyword_marker", "keywords_pattern": AGENT_NOUN_KEPT},
            "french_snowball": {"type": "snowball", "language": "French"},
        },
        "analyzer": {
            ANALYZER: {
                "type": "custom",
                "tokenizer": "french_words",
                "char_filter": ["french_apostrophes"],
                "filter": ["french_elision", "lowercase", "asciifolding", "french_stop", "french_participle",
                           "french_agent_noun", "french_agent_kept", "french_snowball"],
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
    """haystack's backend; every analysed text field uses the French analyzer."""

    DEFAULT_SETTINGS = _settings()
    DEFAULT_FIELD_MAPPING = {"type": "text", "analyzer": ANALYZER}


class FrenchElasticsearchEngine(BaseEngine):
    backend = FrenchElasticsearchBackend
    query = Elasticsearch7SearchQuery
