"""The backend and engine settings name: haystack's Whoosh search, same results, faster."""

import time
import warnings

import numpy as np
from django.conf import settings
from django.utils.encoding import force_str
from haystack import connections
from haystack.backends import BaseEngine, log_query
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.models import SearchResult
from haystack.utils.app_loading import haystack_get_model
from haystack.utils import get_identifier, get_model_ct
from whoosh.searching import ResultsPage

from .facets import _date_facets, _facet_list, _ranked_pairs, _sort_order
from .highlighting import HighlightingMixin
from .schema import SchemaMixin, exact_fieldname
from . import merging, scoring
from .similar import more_like
from .searchers import OPEN_ATTEMPTS, SharedIndex, _UnreadResults
from .spelling import SpellingMixin, index_words
from .writer import WRITE_TIMEOUT, WritingMixin, stats_fields


class FrenchWhooshSearchBackend(SchemaMixin, WritingMixin, SpellingMixin, HighlightingMixin,
                                WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.write_timeout = float(connection_options.get("WRITE_TIMEOUT", WRITE_TIMEOUT))

    def setup(self):
        for attempt in range(OPEN_ATTEMPTS):
            try:
                super().setup()
                break
            except FileNotFoundError:  # another process's commit deleted the generation we opened
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(0.01 * 2 ** attempt)
        self.index = SharedIndex(self.index)

    def limit_merges(self) -> None:
        """Commits from this process merge only small segments (a server: `merging`)."""
        merging.limit_merges()

    def warm(self) -> None:
        """Open the index and build what a first search needs: a server calls this at start.

        The facet value tables, the date sort keys, the field lengths scoring reads and the
        segments' term statistics are built once per index generation, the spelling words
        once per segment; on a cold worker the first search, and the first misspelling,
        paid for all of them.
        """
        if not self.setup_complete:
            self.setup()
        with self.index.reading() as searcher:
            index_words(self.path, searcher.reader(), self.content_field_name)
            for name in self.schema.names():
                if name.endswith("_exact"):
                    searcher.value_pairs(name)
                    searcher.value_ranks(name)
                elif searcher.reader().has_column(name):
                    searcher.sort_keys(name)
                if self.schema[name].scorable:  # field lengths, for scoring from arrays
                    searcher.length_bytes(name)
            for name in stats_fields(self.schema):  # term statistics, for similar articles
                searcher.term_stats(name, [])

    @log_query
    def search(self, query_string, spelling_query=None, **kwargs):
        """haystack's Whoosh search, with its results, on the shared searcher.

        What differs from haystack 3.4 is how, not what: narrow queries (and the content
        type) are cached document sets given to Whoosh as a filter, where haystack ran an
        unlimited scored search for each on every query; field facets are counted from
        the cached value tables. Every match is scored, as haystack's faceted searches
        did: Whoosh's top-N collector skips blocks by their best possible score and then
        missed some of the best hits (on the 10k bench, the best one for `élections`).
        And a spelling suggestion comes even when nothing matched.
        """
        found = self._search(force_str(query_string), spelling_query=spelling_query, **kwargs)
        if self.include_spelling and not (found["hits"] or found.get("spelling_suggestion")):
            # haystack suggests only when something matched; nothing matching needs it most.
            found["spelling_suggestion"] = self.create_spelling_suggestion(spelling_query or query_string)
        return found

    def _fields_only(self, raw_page, fields: set[str], result_class) -> dict:
        """Results holding only the asked fields, as haystack's values()/values_list() read them.

        haystack's result processing converts every stored field of every hit: check_index
        listing the ids of 93,000 documents spent 14 s and 500 MB on article texts it dropped.
        """
        result_class = result_class or SearchResult
        unified = connections[self.connection_alias].get_unified_index()
        indexed = set(unified.get_indexed_models())
        results = []
        for offset, hit in enumerate(raw_page):
            stored = hit.fields()
            app_label, model_name = stored[DJANGO_CT].split(".")
            model = haystack_get_model(app_label, model_name)
            if model not in indexed:
                continue
            declared = unified.get_index(model).fields
            asked = {name: self._stored_value(declared.get(name), stored[name])
                     for name in fields - {DJANGO_CT, DJANGO_ID} if name in stored}
            results.append(result_class(app_label, model_name, stored[DJANGO_ID], raw_page.score(offset) or 0, **asked))
        return {"results": results, "hits": len(raw_page), "facets": {}, "spelling_suggestion": None}

    def _stored_value(self, field, value):
        """A stored value as haystack's result processing converts it."""
        if field is None or not hasattr(field, "convert"):
            return self._to_python(value)
        if field.is_multivalued:
            return value.split(",") if value else []
        return field.convert(value)

    def _search(self, query_string, **kwargs):
        if not self.setup_complete:
            self.setup()
        with self.index.reading() as searcher:  # open to the end, whatever commits meanwhile
            return self._search_on(searcher, query_string, **kwargs)

    def _search_on(self, searcher, query_string, sort_by=None, start_offset=0, end_offset=None,
                   fields="", highlight=False, facets=None, date_facets=None, query_facets=None,
                   narrow_queries=None, spelling_query=None, within=None, dwithin=None,
                   distance_point=None, models=None, limit_to_registered_models=None,
                   result_class=None, **kwargs):
        # Empty, and one-character queries (a stop word) find nothing, as in haystack.
        if not query_string or (len(query_string) <= 1 and query_string != "*"):
            return {"results": [], "hits": 0}
        sortedby, reverse = _sort_order(sort_by)
        if query_facets is not None:
            warnings.warn("Whoosh does not handle query faceting.", Warning, stacklevel=2)
        narrows = list(narrow_queries or ())
        types = self._content_types(models, limit_to_registered_models)
        if types and query_string.strip() == "*":
            query_string = types  # the same documents, without a filter
        elif types:
            narrows.append(types)
        allowed = self._allowed(searcher, narrows)
        if allowed is not None and not allowed:
            return {"results": [], "hits": 0}
        if not searcher.doc_count():
            return {"results": [], "hits": 0}
        parsed = self.parser.parse(query_string)
        if parsed is None:  # an invalid or stop-worded query
            return {"results": [], "hits": 0}
        page_num, page_length = self.calculate_page(start_offset, end_offset)
        try:
            if not sortedby and not date_facets and scoring.scorable(searcher, parsed):
                # Every match scored from arrays, only the pages up to this one ranked.
                results = scoring.search(searcher, parsed, page_num * page_length,
                                         self._allowed_mask(searcher, narrows))
            else:
                results = searcher.search(
                    parsed, limit=page_num * page_length if sortedby else None, sortedby=sortedby,
                    reverse=reverse, groupedby=_date_facets(date_facets), filter=allowed,
                )
            raw_page = ResultsPage(results, page_num, page_length)
        except ValueError:
            if not self.silently_fail:
                raise
            return {"results": [], "hits": 0, "spelling_suggestion": None}
        if raw_page.pagenum < page_num:  # Whoosh answers a page past the end with the last
            return {"results": [], "hits": 0, "spelling_suggestion": None}
        if end_offset is None and types:
            # haystack asks for every hit when it wants a count or a spelling suggestion
            # (count() before slicing, spelling_suggestion()): make them results only if
            # read. Restricted to indexed models, every hit is one: the count is exact.
            found = {
                "results": _UnreadResults(searcher, len(raw_page), lambda: self._process_results(
                    raw_page, highlight=highlight, result_class=result_class)["results"]),
                "hits": len(raw_page),
                "facets": {},
                "spelling_suggestion": self._spelling(spelling_query or query_string),
            }
        elif fields and not highlight:  # values() / values_list()
            found = self._fields_only(raw_page, set(fields), result_class)
        else:
            found = self._process_results(
                raw_page, highlight=highlight, query_string=query_string,
                spelling_query=spelling_query, result_class=result_class,
            )
        if facets or date_facets:
            found["facets"] = self._facets(searcher, results, facets or {}, date_facets or {})
        return found

    def _content_types(self, models, limit_to_registered_models) -> str:
        """The query restricting the search to the models' content types, as haystack's."""
        if self._narrow_is_useless(models, limit_to_registered_models):
            return ""
        if limit_to_registered_models is None:
            limit_to_registered_models = getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)
        if models:
            choices = sorted(get_model_ct(model) for model in models)
        else:
            choices = self.build_models_list() if limit_to_registered_models else []
        return " OR ".join(f"{DJANGO_CT}:{ct}" for ct in choices)

    def _narrow_is_useless(self, models, limit_to_registered_models) -> bool:
        """True when the content-type narrow would keep every document of every indexed model."""
        if not models and limit_to_registered_models is False:
            return False
        registered = set(self.build_models_list())
        requested = {get_model_ct(model) for model in models} if models else registered
        return len(registered) == 1 and requested >= registered

    def _allowed(self, searcher, narrow_queries) -> set | None:
        """The documents matching every narrow query (None: no narrowing)."""
        allowed = None
        for narrow in narrow_queries:
            docs = searcher.matching(self.parser.parse(force_str(narrow)))
            allowed = docs if allowed is None else allowed & docs
        return allowed

    def _allowed_mask(self, searcher, narrow_queries):
        """`_allowed` as a boolean array by document number (cached per generation), or None."""
        allowed = None
        for narrow in narrow_queries:
            if narrow:
                mask = searcher.matching_mask(self.parser.parse(force_str(narrow)))
                allowed = mask if allowed is None else allowed & mask
        return allowed

    def _spelling(self, query_string) -> str | None:
        """The suggestion haystack's result processing makes for every search."""
        return self.create_spelling_suggestion(query_string) if self.include_spelling else None

    def _facets(self, searcher, results, fields: dict, date_facets) -> dict:
        """haystack's facet counts: field facets from the value tables, dates from Whoosh.

        `fields`: name → options; a `size` keeps that many values, as Elasticsearch's.
        """
        docs = results.docs()  # every match, filtered
        counted = {"fields": {}, "dates": {}, "queries": {}}
        if hasattr(docs, "array"):  # scored from arrays
            matched = docs.array
        else:
            matched = np.sort(np.fromiter(docs, dtype=np.int64, count=len(docs)))
        for name, options in fields.items():
            size = (options or {}).get("size")
            counted["fields"][name] = _ranked_pairs(
                searcher.value_pairs(name), searcher.value_ranks(name), matched, searcher.doc_count_all(), size)
        for name in date_facets:
            counted["dates"][name] = _facet_list(results.groups(name))
        return counted

    def more_like_this(self, model_instance, additional_query_string=None, start_offset=0,
                       end_offset=None, models=None, limit_to_registered_models=None,
                       result_class=None, **kwargs):
        """haystack's more-like-this, with its results, without its unlimited narrow searches.

        haystack scored every document of the content type (and of `additional_query_string`)
        to filter the similar ones afterwards, then made a search result of every similar
        document whatever the slice asked. Here the narrows are cached document sets given
        to the search as a filter, and only the asked page is made into results. A slice is
        searched as haystack did (Whoosh's top `end_offset`), not every similar document.
        """
        if not self.setup_complete:
            self.setup()
        narrows = [self._content_types(models, limit_to_registered_models)]
        if additional_query_string and additional_query_string != "*":
            narrows.append(additional_query_string)
        with self.index.reading() as searcher:
            return self._more_like_this_on(searcher, model_instance, narrows, start_offset, end_offset,
                                           result_class)

    def _more_like_this_on(self, searcher, model_instance, narrows, start_offset, end_offset,
                           result_class):
        empty = {"results": [], "hits": 0}
        allowed = self._allowed_mask(searcher, narrows)
        if allowed is not None and not allowed.any():
            return empty
        docnum = searcher.document_number(**{ID: get_identifier(model_instance)})
        if docnum is None:
            return empty
        # What haystack's hit.more_like_this(field, top=end_offset) searched, filtered, with
        # every match scored from arrays (`similar`): Whoosh's matchers took ~100 ms a page.
        similar = more_like(searcher, docnum, self.content_field_name, end_offset, allowed)
        page_num, page_length = self.calculate_page(start_offset, end_offset)
        try:
            raw_page = ResultsPage(similar, page_num, page_length)
        except ValueError:
            if not self.silently_fail:
                raise
            return {**empty, "spelling_suggestion": None}
        if raw_page.pagenum < page_num:
            return {**empty, "spelling_suggestion": None}
        return self._process_results(raw_page, result_class=result_class)


class FrenchWhooshSearchQuery(WhooshSearchQuery):
    """haystack's Whoosh query, where `Exact` text means the exact form of the words.

    `SQ(title__content=Exact("Russie"))` searches the unstemmed twin of `title`
    (`schema.FrenchText`), so it finds "Russie" and "russie" but not "russe"; on a field
    without a twin it is haystack's phrase. A prefix (`startswith`) is one of the words as
    written too: stems are no prefixes ("russ*" must find "Russie", stemmed "rusie").
    """

    def build_query_fragment(self, field, filter_type, value):
        exact = getattr(value, "input_type_name", None) == "exact"
        if (filter_type == "content" and exact) or filter_type == "startswith":
            exact = self._exact_fieldname(field)
            if exact:
                return super().build_query_fragment(exact, filter_type, value)
        return super().build_query_fragment(field, filter_type, value)

    def _exact_fieldname(self, field: str) -> str | None:
        if not self.backend.setup_complete:
            self.backend.setup()
        if field == "content":
            name = self.backend.content_field_name
        else:
            name = connections[self._using].get_unified_index().get_index_fieldname(field)
        return exact_fieldname(self.backend.schema, name)

    def run_mlt(self, **kwargs):
        """Pass the slice asked for, as haystack's Solr backend does (its Whoosh one did not)."""
        kwargs.setdefault("start_offset", self.start_offset)
        kwargs.setdefault("end_offset", self.end_offset)
        super().run_mlt(**kwargs)


class FrenchWhooshEngine(BaseEngine):
    backend = FrenchWhooshSearchBackend
    query = FrenchWhooshSearchQuery
