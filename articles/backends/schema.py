"""The Whoosh schema for haystack's fields: French text, verbatim facets, sortable dates.

Every French text field `name` also indexes its words unstemmed in `unstemmed_name`
(`FrenchText`), filled by Whoosh from the same value: what a quoted word or phrase searches
(`"Russie"` must not find `russe`), and what ranks exact forms above stem-only matches.
Only the backend's query class (`engine.FrenchWhooshSearchQuery`) names those fields.
"""

from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError
from haystack.fields import FacetField
from whoosh.fields import BOOLEAN, DATETIME, IDLIST, KEYWORD, NGRAMWORDS, NUMERIC, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID

from ..analysis import french_analyzer, french_exact_analyzer, french_ngram_analyzer, indexed_words

EXACT_PREFIX = "unstemmed_"


def _postings(field_format, positions: dict[str, list[int]]):
    """(term bytes, frequency, weight, encoded positions) per word, as Whoosh's `Positions` gives."""
    boost = field_format.field_boost
    for word, poslist in positions.items():
        yield word.encode("utf-8"), len(poslist), len(poslist) * boost, field_format.encode(poslist)


class ExactText(TEXT):
    """The unstemmed twin: `french_exact_analyzer`'s terms, from the pass shared with its field."""

    def __init__(self, *, field_boost: float = 1.0):
        super().__init__(analyzer=french_exact_analyzer(), field_boost=field_boost)

    def index(self, value, **kwargs):
        if not isinstance(value, str) or kwargs:
            return super().index(value, **kwargs)
        return _postings(self.format, indexed_words(value).exact)


class FrenchText(TEXT):
    """A stemmed French text field with an unstemmed twin (a Whoosh subfield).

    The twin keeps positions, for phrases, and is neither stored nor spelled. Whoosh's
    writer does not fill subfields itself: `with_exact_copies` gives it the value. Both,
    and the spelling words, come from one pass of the analysis (`indexed_words`).
    """

    def __init__(self, *, field_boost: float = 1.0, **kwargs):
        super().__init__(analyzer=french_analyzer(), field_boost=field_boost, **kwargs)
        self.exact = ExactText(field_boost=field_boost)

    def subfields(self):
        yield from super().subfields()
        yield EXACT_PREFIX, self.exact

    def index(self, value, **kwargs):
        if not isinstance(value, str) or kwargs:
            return super().index(value, **kwargs)
        return _postings(self.format, indexed_words(value).stemmed)

    def spellable_words(self, value):
        if not isinstance(value, str):
            return super().spellable_words(value)
        return iter(indexed_words(value).spelled)


def with_exact_copies(schema, doc: dict) -> dict:
    """The document with each French text value also under its twin's name."""
    for name in [name for name in doc if name in schema and isinstance(schema[name], FrenchText)]:
        doc[EXACT_PREFIX + name] = doc[name]
    return doc


def exact_fieldname(schema, fieldname: str) -> str | None:
    """The unstemmed twin of a text field, if it has one: "text" → "unstemmed_text"."""
    if fieldname in schema and isinstance(schema[fieldname], FrenchText):
        return EXACT_PREFIX + fieldname
    return None


class SchemaMixin:
    """`build_schema` for the backend: French analysis on every text field."""

    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: WHOOSH_ID(stored=True),
        }
        content_field_name = ""
        for field_class in fields.values():
            schema_fields[field_class.index_fieldname] = self._schema_field(field_class)
            if field_class.document:
                content_field_name = field_class.index_fieldname
        if len(schema_fields) <= 3:
            raise SearchBackendError(
                "No fields were found in any search_indexes. "
                "Please correct this before attempting to search."
            )
        return content_field_name, Schema(**schema_fields)

    def _schema_field(self, field):
        """The Whoosh field for one haystack field."""
        boost = field.boost
        if field.is_multivalued:
            # KEYWORD splits on commas only: "Sergueï Lavrov" stays one verbatim value.
            if field.indexed is False:
                return IDLIST(stored=True, field_boost=boost)
            return KEYWORD(stored=True, commas=True, scorable=True, field_boost=boost)
        if field.field_type in ("date", "datetime"):
            return DATETIME(stored=field.stored, sortable=True)
        if field.field_type in ("integer", "float"):
            numtype = int if field.field_type == "integer" else float
            # One term per value (shift_step 0), not Whoosh's 8 tiers of precision: years,
            # months and ids are matched by value, and a range over the few hundred distinct
            # ones stays cheap; the tiers were a fifth of all postings. Dates keep theirs.
            return NUMERIC(stored=field.stored, numtype=numtype, field_boost=boost, sortable=True,
                           shift_step=0)
        if field.field_type == "boolean":
            return BOOLEAN(stored=field.stored)
        if field.field_type in ("ngram", "edge_ngram"):
            # Word n-grams of folded French words (haystack's Elasticsearch backend also
            # n-grams words, not the whole value).
            minsize, at = (2, "start") if field.field_type == "edge_ngram" else (3, None)
            ngrams = NGRAMWORDS(minsize, 15, stored=field.stored, field_boost=boost, at=at)
            ngrams.analyzer = french_ngram_analyzer(minsize, 15, at)
            return ngrams
        if isinstance(field, FacetField):
            # A `*_exact` facet field: one unanalysed term, so facets return "Le Monde".
            return WHOOSH_ID(stored=field.stored, sortable=True)
        if not field.indexed:
            return STORED()
        # Not sortable: a sort column per text field roughly doubled the index.
        if field.analyzer:
            return TEXT(stored=True, analyzer=field.analyzer, field_boost=boost, spelling=field.document)
        return FrenchText(
            stored=True,
            field_boost=boost,
            spelling=field.document,
        )

