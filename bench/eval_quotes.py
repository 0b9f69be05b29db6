"""Score extract_quotes against the annotated set in fixtures/quotes_eval/.

    .venv/bin/python bench/eval_quotes.py        # precision / recall / F1, overall and per kind
    .venv/bin/python bench/eval_quotes.py -v     # … plus every miss and false positive
    .venv/bin/python bench/eval_quotes.py --diffs ''  # figures only (the default prints half a's diffs)

Then, when their texts are restored in var/eval-real/texts/, the real set of ../shared/eval-real
per half (bench/eval_real.py): speaker P/R/F1, statement P/R, error classes, per-excerpt diffs;
and the same figures for the own probe sets of fixtures/quotes_probes/ (c to j), then for any
other real excerpts annotated the same way in var/eval-extra/ (gold-<set>.json beside texts/;
git-ignored: the texts, and the annotations that quote them, are publishers' and never
committed; each gold object's `query` and `url` say how to restore its text).

A predicted quote is correct when its text overlaps the annotated `contains` substring and
its speaker matches the annotated speaker (accent-folded, titles and articles stripped;
surname-only and typo-level differences accepted). Each annotation matches at most once.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.quotes import ExtractedQuote, extract_quotes  # noqa: E402
from bench.eval_real import HALVES, print_half, score_half  # noqa: E402

EVAL_DIR = ROOT / "fixtures" / "quotes_eval"
# Own excerpts in the real set's format, each scored at first sight before rules were fitted
# to it (fixtures/quotes_probes/README.md has those figures).
PROBE_DIR = ROOT / "fixtures" / "quotes_probes"
PROBE_SETS = ("c", "d", "e", "f", "g", "h", "i", "j")
EXTRA_DIR = ROOT / "var" / "eval-extra"
_TITLE_RE = re.compile(r"^(?:m\.|mme|mlle|me|dr|pr|mgr)\s+|^(?:l'|le |la |les )")
_NON_WORD_RE = re.compile(r"[^\w\s-]")


@dataclass
class Tally:
    predicted: int = 0
    correct_predicted: int = 0
    gold: int = 0
    found_gold: int = 0

    def scores(self) -> tuple[float, float, float]:
        precision = self.correct_predicted / self.predicted if self.predicted else 1.0
        recall = self.found_gold / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


@dataclass
class Report:
    overall: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=dict)
    direct_agree: int = 0
    lines: list[str] = field(default_factory=list)

    def kind(self, name: str) -> Tally:
        return self.by_kind.setdefault(name, Tally())


def normalise(name: str) -> str:
    """ "Mme Zakharova" → "zakharova"; "l'agence TASS" → "agence tass"."""
    text = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    previous = None
    while previous != text:
        previous, text = text, _TITLE_RE.sub("", text.strip())
    return " ".join(_NON_WORD_RE.sub(" ", text).split())


def same_speaker(predicted: str, gold: str) -> bool:
    a, b = normalise(predicted), normalise(gold)
    if not a or not b:
        return False
    if a == b or _distance(a, b) <= 2:
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    if all(word in long_ for word in short):
        return True  # "Lavrov" ~ "Sergueï Lavrov", "TASS" ~ "agence TASS"
    return _distance(short[-1], long_[-1]) <= 1 and len(short[-1]) >= 5 and len(short) == 1


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def gold_spans(body: str, contains: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(contains)) for m in re.finditer(re.escape(contains), body)]


def overlaps(quote: ExtractedQuote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


def score_case(case: dict, report: Report) -> None:
    body, golds = case["body"], case["quotes"]
    predictions = extract_quotes(body)
    used: set[int] = set()
    for gold in golds:
        spans = gold_spans(body, gold["contains"])
        tally = report.kind(gold.get("attribution", "?"))
        tally.gold += 1
        report.overall.gold += 1
        match = next((n for n, q in enumerate(predictions) if n not in used and overlaps(q, spans)
                      and same_speaker(q.speaker, gold["speaker"])), None)
        if match is None:
            wrong = next((q for q in predictions if overlaps(q, spans)), None)
            said = f" (got {wrong.speaker!r} via {wrong.attribution})" if wrong else ""
            report.lines.append(f"  MISS {case['id']}: {gold['speaker']!r} [{gold.get('attribution')}] "
                                f"…{gold['contains']}…{said}")
            continue
        used.add(match)
        tally.found_gold += 1
        report.overall.found_gold += 1
        report.direct_agree += predictions[match].direct == gold["direct"]
    for n, quote in enumerate(predictions):
        tally = report.kind(quote.attribution)
        tally.predicted += 1
        report.overall.predicted += 1
        if n in used:
            tally.correct_predicted += 1
            report.overall.correct_predicted += 1
        else:
            report.lines.append(f"  FALSE POSITIVE {case['id']}: {quote.speaker!r} [{quote.attribution}, "
                                f"{quote.verb!r}] «{quote.text[:70]}»")


def load_cases(directory: Path = EVAL_DIR) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    # Half b is the held-out figure: its diffs are shown only when asked for by name, so tuning
    # on half a never shows b's texts by accident.
    parser.add_argument("--diffs", default="a", metavar="HALVES",
                        help="real-set halves and probe sets whose per-excerpt diffs to print "
                             "(default: a; e.g. 'acde', '' for none)")
    args = parser.parse_args(argv)
    cases = load_cases()
    report = Report()
    for case in cases:
        score_case(case, report)
    overall = report.overall
    precision, recall, f1 = overall.scores()
    print(f"{len(cases)} articles, {overall.gold} annotated quotes, {overall.predicted} predicted")
    print(f"OVERALL  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"direct/indirect flag agrees on {report.direct_agree}/{overall.found_gold} matched quotes")
    print(f"{'attribution':14} {'pred':>5} {'prec':>6} {'gold':>5} {'recall':>6}")
    for name, tally in sorted(report.by_kind.items()):
        p, r, _ = tally.scores()
        print(f"{name:14} {tally.predicted:5d} {p:6.3f} {tally.gold:5d} {r:6.3f}")
    if args.verbose:
        print("\n".join(report.lines))
    for half in HALVES:
        print_half(half, score_half(half, same_speaker), show_diffs=half in args.diffs)
    for probe in PROBE_SETS:
        score = score_half(probe, same_speaker, PROBE_DIR, PROBE_DIR / "texts")
        print_half(probe, score, show_diffs=probe in args.diffs, label="own probe set")
    for path in sorted(EXTRA_DIR.glob("gold-*.json")):
        extra = path.stem.removeprefix("gold-")
        score = score_half(extra, same_speaker, EXTRA_DIR, EXTRA_DIR / "texts")
        if score is not None:
            print_half(extra, score, show_diffs=extra in args.diffs, label="extra real set")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
