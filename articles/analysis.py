"""French text analysis for Whoosh: the one module of the app that knows Whoosh analysis.

The chain, in whoosh's own style (small filters joined with ``|``)::

    "L'OTAN a déclaré qu'elle observera les élections" → ["otan", "declar", "observera", "election"]

1. a tokenizer that keeps elided words whole (``l'OTAN``, ``aujourd’hui``) so highlight offsets
   cover the word the reader sees, and splits on hyphens (``a-t-il`` → a, t, il);
2. ElisionFilter strips the elided article or pronoun (``l'`` ``qu'`` ``jusqu'`` ...);
3. lowercase;
4. accent folding *before* stop words and stemming, so that stems are accent-insensitive
   (``sécurité`` ~ ``securite``);
5. French stop words (folded, with ``les`` which Whoosh's list lacks);
6. light French stemming (`stemming.light_stem`): plurals, feminines, ``-aux``, a few
   derivations, not a verb's tenses. The Snowball stemmer it replaces conflated ``partie``
   with ``parti``, ``part`` and ``partir`` (``bench/compare_stemmers.py`` measures both).

``french_exact_analyzer`` is the same chain without stemming, for the exact-form copy of
the text that quoted words search (``"Russie"`` must not find ``russe``).

Folding and stemming are marked ``is_morph``: Whoosh skips them when it fills the spelling
field (``no_morph=True``), so spelling suggestions are readable lowercase words with their
accents (``sergueï``, ``élections``) rather than stems.
"""

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang import stopwords_for_language

from .stemming import light_stem

APOSTROPHES = "'’ʼ"
# A word, possibly joined to others by apostrophes: "l'OTAN", "aujourd’hui", "qu'ils".
# Hyphens are not word characters, so "OTAN-Russie" and "a-t-il" split.
WORD_PATTERN = rf"\w+(?:[{APOSTROPHES}]\w+)*"
ELIDED_PREFIXES = (
    "l", "d", "j", "m", "n", "s", "t", "c",
    "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
)
ELISION_RE = re.compile(rf"^(?:{'|'.join(ELIDED_PREFIXES)})[{APOSTROPHES}]", re.IGNORECASE)
# Letters that Unicode decomposition leaves whole; apostrophes unified so "aujourd’hui" and
# "aujourd'hui" are the same term.
EXTRA_FOLDS = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'", "ʼ": "'"}
)
EXTRA_STOP_WORDS = frozenset({"les", "ils", "elles", "cet", "cette", "leurs", "dont", "où"})


def fold_accents(text: str) -> str:
    """Drop diacritics, expand ligatures: "Sergueï cœur Élysée" → "Serguei coeur Elysee"."""
    if text.isascii():
        return text  # most French words: ten times faster than decomposing
    decomposed = unicodedata.normalize("NFKD", text.translate(EXTRA_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _stop_words() -> frozenset[str]:
    words = set(stopwords_for_language("fr")) | EXTRA_STOP_WORDS
    # Both spellings: analysis folds first, but the spelling field (no folding) also sees
    # the stop filter.
    return frozenset(words | {fold_accents(word) for word in words})


FRENCH_STOP_WORDS = _stop_words()


class ElisionFilter(Filter):
    """Strip an elided prefix: "l'OTAN" → "OTAN", "jusqu’à" → "à"; "aujourd'hui" is kept."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if elided := ELISION_RE.match(t.text):
                t.text = t.text[elided.end():]
            yield t


class FoldFilter(Filter):
    """Fold accents and ligatures: "sécurité" → "securite"."""

    is_morph = True  # keep accents in the spelling field, see the module docstring

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = fold_accents(t.text)
            yield t


class FrenchStemFilter(Filter):
    """Light French stemming of folded words: "elections" → "election", "journaux" → "journal"."""

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                t.text = _stem(t.text)
            yield t


# Module level, not on the filter: Whoosh pickles the schema (and so every filter) into
# the index, and a cache would not pickle.
_stem = functools.lru_cache(maxsize=50_000)(light_stem)


def _words() -> CompositeAnalyzer:
    """Tokenize, strip elisions, lowercase and fold: the part shared by all French fields."""
    return (
        RegexTokenizer(WORD_PATTERN) | ElisionFilter() | LowercaseFilter() | FoldFilter()
    )


@functools.cache
def french_analyzer() -> CompositeAnalyzer:
    """The analyzer of every French text field: "les élections" → ["elect"]."""
    return french_exact_analyzer() | FrenchStemFilter()


@functools.cache
def french_exact_analyzer() -> CompositeAnalyzer:
    """The exact forms of French words, accents and case folded: "les Élections" → ["elections"].

    The same tokens and positions as `french_analyzer`, only not stemmed, so an exact-form
    phrase matches where its stemmed twin does.
    """
    return _words() | StopFilter(stoplist=FRENCH_STOP_WORDS)


@functools.cache
def french_ngram_analyzer(minsize: int, maxsize: int, at: str | None = None) -> CompositeAnalyzer:
    """N-grams of folded words, for autocomplete fields: "l'Élysée" → "el", "ely", ...

    Like Whoosh's NgramFilter, a query produces one gram, the longest, rather than all of them.
    """
    return _words() | NgramFilter(minsize, maxsize, at=at)


class IndexedWords(NamedTuple):
    """A text's words as the French fields index them: term → positions, and spellable words."""

    exact: dict[str, list[int]]  # what `french_exact_analyzer` gives (the unstemmed twin)
    stemmed: dict[str, list[int]]  # what `french_analyzer` gives
    spelled: list[str]  # what the spelling field gets (`no_morph`): sorted, unique


_WORD_RE = re.compile(WORD_PATTERN)
_MIN_WORD = 2  # Whoosh's StopFilter drops shorter words too


@functools.lru_cache(maxsize=8)
def indexed_words(text: str) -> IndexedWords:
    """The chains above run once over `text`, where Whoosh ran them once per field.

    A French text is indexed three times (stemmed, unstemmed twin, spelling words): one
    pass gives the same terms and positions, Whoosh's included (the stop filter renumbers
    from the first kept word). Cached for the twin, which is given the same value.
    """
    exact: dict[str, list[int]] = {}
    stemmed: dict[str, list[int]] = {}
    spelled = set()
    pos = None
    for number, match in enumerate(_WORD_RE.finditer(text)):
        folded, stem, stopped, spelling = _word_forms(match.group(0))
        if spelling is not None:
            spelled.add(spelling)
        if stopped:
            continue
        pos = number if pos is None else pos + 1
        exact.setdefault(folded, []).append(pos)
        stemmed.setdefault(stem, []).append(pos)
    return IndexedWords(exact, stemmed, sorted(spelled))


class WordSpan(NamedTuple):
    """A word of a text where the analyzers see it, with what each makes of it."""

    start: int
    end: int
    exact: str  # what `french_exact_analyzer` gives (lowercase, folded)
    stem: str  # what `french_analyzer` gives (the folded form when stopped)
    stopped: bool  # a stop word or shorter than two letters


@functools.lru_cache(maxsize=64)
def word_spans(text: str) -> tuple[WordSpan, ...]:
    """Every word of `text` as the French analyzers' tokens (chars=True) give it, in one pass.

    Highlighting a hit ran the analyzers over its whole text up to three times (stemmed and
    exact words to find the matches, every word for the fragments). Cached: a page's hits.
    """
    return tuple(WordSpan(match.start(), match.end(), *_word_forms(match.group(0))[:3])
                 for match in _WORD_RE.finditer(text))


@functools.lru_cache(maxsize=100_000)
def _word_forms(word: str) -> tuple[str, str, bool, str | None]:
    """(exact, stem, stopped, spelling) of a word as written: most words of a text are common ones.

    spelling is what the spelling field gets (`no_morph`: lowercase, accents kept), None for
    a stop word.
    """
    if elided := ELISION_RE.match(word):
        word = word[elided.end():]
    lowered = word.lower()
    folded = fold_accents(lowered)
    stopped = len(folded) < _MIN_WORD or folded in FRENCH_STOP_WORDS
    spelling = lowered if len(lowered) >= _MIN_WORD and lowered not in FRENCH_STOP_WORDS else None
    return folded, folded if stopped else _stem(folded), stopped, spelling


def analyse_terms(text: str) -> list[str]:
    """The indexed terms of a text: "l’OTAN-Russie" → ["otan", "russ"]."""
    return [token.text for token in french_analyzer()(text)]
