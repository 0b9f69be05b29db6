"""Spelling suggestions from the index's own words: "Stoltemberg" → "Stoltenberg".

The words come from a dictionary file per segment (`MAIN_<segment>.<field>.spl`, one word a
line), written by the writer when it creates the segment and removed by Whoosh with it; the
writer keeps the words out of the segment's postings (`writer._SpellingPool`). A
query matches them in C (rapidfuzz) instead of Whoosh's walk over every term in Python, which
took 2-4 s for the first misspelling at 100,000 articles. Distance is Whoosh's on a multi-
segment index: edits and adjacent transpositions (optimal string alignment).
"""

import re
import threading
from collections.abc import Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA
from whoosh.reading import SegmentReader

from ..analysis import ELISION_RE, WORD_PATTERN

SHORT_WORD = 5  # letters; spelling corrections of words this short allow one edit only
CORRECTIONS_CACHE_SIZE = 10_000  # per generation: spelling corrections of query words
WORD_RE = re.compile(WORD_PATTERN)
# `field:value`, `field:(a b)` or `field:"a b"` in a query haystack built: not words to correct.
FIELD_CLAUSE_RE = re.compile(r'\b\w+:(?:\([^)]*\)|"[^"]*"|\[[^\]]*\]|\S+)')


class SpellingMixin:
    """haystack's spelling hook for the backend, on the shared searcher's reader."""

    def create_spelling_suggestion(self, query_string):
        """haystack's hook, given the query it built: drop fields and syntax, then suggest."""
        text = FIELD_CLAUSE_RE.sub(" ", query_string or "")
        for word in self.RESERVED_WORDS:
            text = re.sub(rf"\b{word}\b", " ", text)
        suggestion = self.suggest(text)
        if suggestion is None:
            return None
        return " ".join(re.sub(r'[()"\[\]{}^~*?:\\+!]', " ", suggestion).split())

    def suggest(self, query_string: str) -> str | None:
        """The query with unknown words corrected: "Jens Stoltemberg" → "Jens Stoltenberg".

        A word is unknown when its analysed term is in no document (so "securite" is known if
        "sécurité" is indexed). Corrections are the closest (≤ 2 edits) readable words of the
        content field's spelling field — lowercase, with accents — keeping the word's
        capitalisation and elision. None when there is nothing to correct.
        """
        if not self.setup_complete:
            self.setup()
        if not query_string or not WORD_RE.search(query_string):
            return None
        with self.index.reading() as searcher:
            if not searcher.doc_count():
                return None
            reader = searcher.reader()  # the shared searcher's: open until the block ends
            # A results page asks twice (its own search, then search.suggest_query): remember.
            known = searcher.shared.corrections
            if len(known) > CORRECTIONS_CACHE_SIZE:
                known.clear()

            def correct(match) -> str:
                word = match.group(0)
                if word not in known:
                    known[word] = self._correct_word(reader, word)
                return known[word]

            corrected = WORD_RE.sub(correct, query_string)
        return corrected if corrected != query_string else None

    def _correct_word(self, reader, word: str) -> str:
        field = self.content_field_name
        analyzer = self.schema[field].analyzer
        terms = [token.text for token in analyzer(word)]
        if not terms or word.isdigit() or all((field, term) in reader for term in terms):
            return word  # a stop word, a number, or a word the search already finds
        spelled = [token.text for token in analyzer(word, no_morph=True)]
        if len(spelled) != 1 or len(spelled[0]) < 3:
            return word
        best = _closest_word(reader, field, spelled[0], analyzer, index_words(self.path, reader, field))
        if best is None:
            return word
        elided = ELISION_RE.match(word)
        prefix = elided.group(0) if elided else ""
        return prefix + _same_case(best, word[len(prefix):])


def _closest_word(reader, field: str, word: str, analyzer, words: Mapping[int, Sequence[str]]) -> str | None:
    """The indexed word nearest to `word` (1 edit before 2), the most frequent on ties.

    Short words only get 1 edit: two edits turn "Hurun" into the unrelated "aucun". `words`
    are the index's by length (`index_words`): a word n edits away is at most n letters longer
    or shorter, so only those lengths are compared. A word no document holds any more is never
    suggested.
    """
    def frequency(candidate: str) -> int:
        terms = [token.text for token in analyzer(candidate)]
        return reader.doc_frequency(field, terms[0]) if terms else 0

    for distance in (1, 2) if len(word) > SHORT_WORD else (1,):
        found = [match for length in range(len(word) - distance, len(word) + distance + 1)
                 for match in process.extract(word, words.get(length, ()), scorer=OSA.distance,
                                              score_cutoff=distance, limit=None)]
        counts = {candidate: frequency(candidate) for candidate in sorted({c for c, _, _ in found} - {word})}
        held = [candidate for candidate, count in counts.items() if count]
        if held:
            return max(held, key=counts.get)
    return None


def spelling_file(segment, spelling_field: str) -> str:
    return segment.make_filename(f".{spelling_field}.spl")


def spelling_fields(schema) -> list[str]:
    """Where the schema keeps words for spelling ("spell_text" for a stemmed "text")."""
    return sorted({obj.spelling_fieldname(name) for name, obj in schema.items() if getattr(obj, "spelling", False)})


def write_spelling_words(storage, schema, segment) -> None:
    """Write the dictionaries of a segment whose spelling words are its terms (an older index)."""
    reader = SegmentReader(storage, schema, segment)
    try:
        for spelling_field in spelling_fields(schema):
            words = reader.field_terms(spelling_field) if spelling_field in reader.indexed_field_names() else ()
            write_words(storage, segment, spelling_field, words)
    finally:
        reader.close()


def write_words(storage, segment, spelling_field: str, words) -> None:
    """Write one dictionary file: the words, sorted, one a line."""
    with storage.create_file(spelling_file(segment, spelling_field)) as out:
        out.write("\n".join(sorted(words)).encode("utf-8"))


def read_segment_words(reader: SegmentReader, spelling_field: str) -> list[str]:
    """A segment's words from its dictionary file, or its terms if it has none; not cached."""
    name = spelling_file(reader.segment(), spelling_field)
    if reader.storage().file_exists(name):
        with reader.storage().open_file(name) as stream:
            text = stream.read().decode("utf-8")
        return text.split("\n") if text else []
    return list(reader.field_terms(spelling_field))


class _Words:
    """The words of every segment an index has had, each read once: the lists only grow.

    A merged segment's words are those of the segments it replaced, so one set of lists
    serves every generation. Kept per segment, the lists repeated most words once per segment
    (501,879 strings for 195,820 words at 10,000 articles) and each query compared them all.
    Grouped by length, a correction compares a fifth of them: 90-100 ms for a first
    misspelling at 10,000 articles, 7-23 ms by length.
    """

    def __init__(self):
        self.segments: set[str] = set()
        self.known: set[str] = set()
        self.by_length: dict[int, list[str]] = {}


_WORDS: dict[tuple[str, str], _Words] = {}  # by (index folder, spelling field)
_WORDS_LOCK = threading.Lock()


def index_words(path: str, reader, field: str) -> dict[int, list[str]]:
    """Every word the index at `path` has held in `field`'s spelling field, by length, read lazily."""
    spelling_field = reader.schema[field].spelling_fieldname(field)
    with _WORDS_LOCK:
        entry = _WORDS.setdefault((path, spelling_field), _Words())
        for leaf, _ in reader.leaf_readers():
            segment = leaf.segment()  # None for an empty index's reader
            segment_id = segment.segment_id() if segment is not None else None
            if segment_id is not None and segment_id not in entry.segments:
                new = set(read_segment_words(leaf, spelling_field)) - entry.known
                entry.known |= new
                entry.by_length = _with_words(entry.by_length, new)
                entry.segments.add(segment_id)
        return entry.by_length


def _with_words(by_length: dict[int, list[str]], new: set[str]) -> dict[int, list[str]]:
    """New lists with the new words: a query may be reading the old ones."""
    added: dict[int, list[str]] = {}
    for word in new:
        added.setdefault(len(word), []).append(word)
    return {**by_length, **{length: [*by_length.get(length, ()), *words] for length, words in added.items()}}


def _same_case(word: str, model: str) -> str:
    """"stoltenberg" shaped like "Stoltemberg" → "Stoltenberg"; like "OTANN" → "OTAN"."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
