"""Spelling suggestions from the index's own words: "Stoltemberg" → "Stoltenberg"."""

import re

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
        best = _closest_word(reader, field, spelled[0], analyzer)
        if best is None:
            return word
        elided = ELISION_RE.match(word)
        prefix = elided.group(0) if elided else ""
        return prefix + _same_case(best, word[len(prefix):])


def _closest_word(reader, field: str, word: str, analyzer) -> str | None:
    """The indexed word nearest to `word` (1 edit before 2), the most frequent on ties.

    Short words only get 1 edit: two edits turn "Hurun" into the unrelated "aucun".
    """
    spelling_field = reader.schema[field].spelling_fieldname(field)
    for distance in (1, 2) if len(word) > SHORT_WORD else (1,):
        candidates = [
            candidate for candidate in reader.terms_within(spelling_field, word, distance)
            if candidate != word
        ]
        if candidates:
            def frequency(candidate: str) -> int:
                terms = [token.text for token in analyzer(candidate)]
                return reader.doc_frequency(field, terms[0]) if terms else 0

            return max(sorted(candidates), key=frequency)
    return None


def _same_case(word: str, model: str) -> str:
    """"stoltenberg" shaped like "Stoltemberg" → "Stoltenberg"; like "OTANN" → "OTAN"."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
