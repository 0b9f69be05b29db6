"""Score the light French stemmer and the Snowball chain it replaced on the pair tables.

    .venv/bin/python bench/compare_stemmers.py

Both chains share the tokenizer, elisions, folding and stop words (`analysis._words`);
the Snowball one is the analysis as it was before the light stemmer (Snowball with the
"-ée" participle fix and agent nouns kept apart). Prints, per stemmer, how many pairs
meet that must and how many stay apart that must, and each miss; then, on the words of the
demo articles and the quote evaluation set, which forms a few probe words find.
"""

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from whoosh.analysis import StopFilter  # noqa: E402
from whoosh.lang import stemmer_for_language  # noqa: E402

from articles.analysis import FRENCH_STOP_WORDS, _words, analyse_terms  # noqa: E402
from articles.tests.stemming_pairs import KNOWN_MISSES, MUST_MEET, MUST_NOT_MEET  # noqa: E402

_SNOWBALL = stemmer_for_language("fr")
_AGENT_NOUN = re.compile(r"^(\w{3,}at)(?:eurs?|rices?)$")
_WORDS = _words() | StopFilter(stoplist=FRENCH_STOP_WORDS)


def _snowball_stem(word: str) -> str:
    if agent := _AGENT_NOUN.match(word):
        return agent.group(1) + "eur"
    if len(word) >= 5 and word.endswith(("ee", "ees")):
        word = word[:-2] if word.endswith("ees") else word[:-1]
    return _SNOWBALL(word)


def snowball_terms(text: str) -> list[str]:
    return [_snowball_stem(t.text) for t in _WORDS(text)]


def score(name: str, terms) -> None:
    meet = MUST_MEET + KNOWN_MISSES
    missed = [(a, b) for a, b in meet if terms(a) != terms(b)]
    merged = [(a, b) for a, b in MUST_NOT_MEET if terms(a) == terms(b)]
    print(f"{name}: must meet {len(meet) - len(missed)}/{len(meet)}, "
          f"must stay apart {len(MUST_NOT_MEET) - len(merged)}/{len(MUST_NOT_MEET)}")
    for a, b in missed:
        print(f"    apart but should meet: {a} {terms(a)} / {b} {terms(b)}")
    for a, b in merged:
        print(f"    met but should not:    {a} / {b} → {terms(a)}")


PROBES = ("partie", "porter", "élection", "déclaré", "sécurité", "président", "observateurs")


def corpus_words() -> set[str]:
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in (ROOT / "fixtures/raw").glob("*.txt")]
    texts += [json.loads(path.read_text())["body"] for path in (ROOT / "fixtures/quotes_eval").glob("*.json")]
    return {word.lower() for text in texts for word in re.findall(r"[^\W\d_]+", text)}


def probe(name: str, terms, words: set[str]) -> None:
    """Which corpus words each probe word finds: the reach of a stemmer."""
    by_term = defaultdict(set)
    for word in words:
        for term in terms(word):
            by_term[term].add(word)
    print(f"{name}: what a probe word finds among {len(words)} corpus words")
    for word in PROBES:
        found = sorted(set().union(*(by_term[term] for term in terms(word))))
        print(f"    {word:13s} {len(found):2d}  {' '.join(found)}")


if __name__ == "__main__":
    score("light (kept)", analyse_terms)
    score("snowball (before)", snowball_terms)
    vocabulary = corpus_words()
    probe("light (kept)", analyse_terms, vocabulary)
    probe("snowball (before)", snowball_terms, vocabulary)
