"""The Whoosh schema for haystack's fields: French text, verbatim facets, sortable dates."""

from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError
from haystack.fields import FacetField
from whoosh.fields import BOOLEAN, DATETIME, IDLIST, KEYWORD, NGRAMWORDS, NUMERIC, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID

from ..analysis import french_analyzer, french_ngram_analyzer


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
            return NUMERIC(stored=field.stored, numtype=numtype, field_boost=boost, sortable=True)
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
        return TEXT(
            stored=True,
            analyzer=field.analyzer or french_analyzer(),
            field_boost=boost,
            spelling=field.document,
        )

