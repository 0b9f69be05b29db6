"""French text analysis for Whoosh: the one module of the app that knows Whoosh analysis.

The chain, in whoosh's own style (small filters joined with ``|``)::

    "L'OTAN a déclaré qu'elle observera les élections" → ["otan", "declar", "observ", "elect"]

1. a tokenizer that keeps elided words whole (``l'OTAN``, ``aujourd’hui``) so highlight offsets
   cover the word the reader sees, and splits on hyphens (``a-t-il`` → a, t, il);
2. ElisionFilter strips the elided article or pronoun (``l'`` ``qu'`` ``jusqu'`` ...);
3. lowercase;
4. accent folding *before* stop words and stemming: the Snowball stemmer stems accented and
   unaccented spellings differently (``sécurité`` → secur, ``securite`` → securit), so
   stem-then-fold would not be accent-insensitive;
5. French stop words (folded, with ``les`` which Whoosh's list lacks);
6. ``-ée/-ées`` → ``-e`` so folded participles conflate again (``declaree`` ~ ``declare``);
7. French Snowball stemming.

Folding and the two stemming steps are marked ``is_morph``: Whoosh skips them when it fills
the spelling field (``no_morph=True``), so spelling suggestions are readable lowercase words
with their accents (``sergueï``, ``élections``) rather than stems.
"""

import functools
import re
import unicodedata
from collections.abc import Iterator

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)
from whoosh.analysis.analyzers import CompositeAnalyzer
from whoosh.lang import stemmer_for_language, stopwords_for_language

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


class ParticipleFilter(Filter):
    """Undo the "-ée(s)" participle ending once folded: "declarees" → "declare".

    Snowball strips "ée" but, once accents are folded, not "ee"; without this "déclarée"
    would not find "déclaré".
    """

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            text = t.text
            if len(text) >= 5:
                if text.endswith("ees"):
                    t.text = text[:-2]
                elif text.endswith("ee"):
                    t.text = text[:-1]
            yield t


class FrenchStemFilter(Filter):
    """French Snowball stemming, except agent nouns: "observateurs" → "observateur".

    Snowball strips "-ateur/-atrice" like the verb's endings, so "observateur" would find
    "a observé" and "négociateur" every "négociations": a person is not the action.
    """

    is_morph = True
    AGENT_NOUN = re.compile(r"^(\w{3,}at)(?:eurs?|rices?)$")

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.stopped:
                agent = self.AGENT_NOUN.match(t.text)
                t.text = agent.group(1) + "eur" if agent else _stem(t.text)
            yield t


# Module level, not on the filter: Whoosh pickles the schema (and so every filter) into
# the index, and a cache or bound stemmer would not pickle.
@functools.lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _FRENCH_STEMMER(word)


_FRENCH_STEMMER = stemmer_for_language("fr")


def _words() -> CompositeAnalyzer:
    """Tokenize, strip elisions, lowercase and fold: the part shared by all French fields."""
    return (
        RegexTokenizer(WORD_PATTERN) | ElisionFilter() | LowercaseFilter() | FoldFilter()
    )


@functools.cache
def french_analyzer() -> CompositeAnalyzer:
    """The analyzer of every French text field: "les élections" → ["elect"]."""
    return (
        _words()
        | StopFilter(stoplist=FRENCH_STOP_WORDS)
        | ParticipleFilter()
        | FrenchStemFilter()
    )


@functools.cache
def french_ngram_analyzer(minsize: int, maxsize: int, at: str | None = None) -> CompositeAnalyzer:
    """N-grams of folded words, for autocomplete fields: "l'Élysée" → "el", "ely", ...

    Like Whoosh's NgramFilter, a query produces one gram, the longest, rather than all of them.
    """
    return _words() | NgramFilter(minsize, maxsize, at=at)


def analyse_terms(text: str) -> list[str]:
    """The indexed terms of a text: "l’OTAN-Russie" → ["otan", "russ"]."""
    return [token.text for token in french_analyzer()(text)]
