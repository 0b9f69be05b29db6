"""Score extract_quotes on the hand-annotated real news of ../shared/eval-real (see its README).

The texts are other publishers' pages: they are never committed, only restored into
var/eval-real/texts/<id>.txt. Scoring follows the README: a predicted speaker matches a gold
one when its name fits the gold name or one of its mentions, one prediction per gold speaker
(a second record of the same person is a false positive); statements count, per matched
speaker, min(found, gold) over the totals.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from articles.quotes import ExtractedQuote, extract_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT.parent / "shared" / "eval-real"
TEXT_DIR = ROOT / "var" / "eval-real" / "texts"
HALVES = ("a", "b")


@dataclass
class HalfScore:
    """Running totals over the excerpts of one half."""
    excerpts: int = 0
    gold_speakers: int = 0
    predicted_speakers: int = 0
    matched_speakers: int = 0
    gold_statements: int = 0
    predicted_statements: int = 0
    matched_statements: int = 0
    mentioned_as_speakers: int = 0
    errors: Counter = field(default_factory=Counter)
    diffs: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        sp = _ratio(self.matched_speakers, self.predicted_speakers)
        sr = _ratio(self.matched_speakers, self.gold_speakers)
        return {"speaker_p": sp, "speaker_r": sr, "speaker_f1": 2 * sp * sr / (sp + sr) if sp + sr else 0.0,
                "statement_p": _ratio(self.matched_statements, self.predicted_statements),
                "statement_r": _ratio(self.matched_statements, self.gold_statements)}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def fits(forms: list[str], golds: list[str], same_speaker) -> bool:
    return any(same_speaker(form, gold) for form in forms for gold in golds)


def group_by_speaker(quotes: list[ExtractedQuote]) -> list[tuple[str, list[str], list[ExtractedQuote]]]:
    """One predicted speaker record per distinct speaker name, as the archive would store it."""
    groups: dict[tuple[str, str], list[ExtractedQuote]] = {}
    for quote in quotes:
        groups.setdefault((quote.speaker, quote.kind), []).append(quote)
    return [(name, [name], found) for (name, _), found in groups.items()]


def score_excerpt(gold: dict, text: str, score: HalfScore, same_speaker) -> None:
    predicted = group_by_speaker(extract_quotes(text))
    golds = gold["speakers"]
    score.excerpts += 1
    score.gold_speakers += len(golds)
    score.gold_statements += sum(s["quotes"] for s in golds)
    score.predicted_speakers += len(predicted)
    score.predicted_statements += sum(len(found) for _, _, found in predicted)
    pairs = sorted(((_closeness(forms, g, same_speaker), -len(found), p, gi)
                    for p, (_, forms, found) in enumerate(predicted) for gi, g in enumerate(golds)
                    if fits(forms, [g["name"], *g["mentions"]], same_speaker)), key=lambda t: t[:2])
    matched: dict[int, int] = {}
    for _, _, p, gi in pairs:
        if p not in matched and gi not in matched.values():
            matched[p] = gi
    lines = [f"--- {gold['id']}"]
    for gi, g in enumerate(golds):
        p = next((p for p, m in matched.items() if m == gi), None)
        found = len(predicted[p][2]) if p is not None else 0
        score.matched_speakers += p is not None
        score.matched_statements += min(found, g["quotes"])
        if p is None:
            score.errors["missed speaker: " + _gold_class(g)] += 1
            score.errors["statements of missed speakers"] += g["quotes"]
        else:
            score.errors["statements missed of found speakers"] += max(0, g["quotes"] - found)
            score.errors["statements beyond gold count"] += max(0, found - g["quotes"])
        got = f"found {predicted[p][0]!r} ×{found}" if p is not None else "MISSED"
        lines.append(f"  gold {g['name']!r} ({g['kind']}) ×{g['quotes']}: {got}")
        if p is not None and found != g["quotes"]:
            lines.extend(_statement_diff(g, predicted[p][2]))
    for p, (name, forms, found) in enumerate(predicted):
        if p in matched:
            continue
        kind = _false_class(forms, gold, golds, same_speaker)
        score.errors["false speaker: " + kind] += 1
        score.errors["statements of false speakers"] += len(found)
        score.mentioned_as_speakers += kind == "mentioned only"
        lines.append(f"  FALSE {name!r} ({kind}) ×{len(found)}: «{found[0].text[:60]}» [{found[0].verb}]")
    score.diffs.append("\n".join(lines))


def _closeness(forms: list[str], gold: dict, same_speaker) -> int:
    """0 when the prediction fits the gold name itself, 1 when only one of its mentions."""
    return 0 if fits(forms, [gold["name"]], same_speaker) else 1


def _gold_class(gold: dict) -> str:
    if gold["kind"] != "person":
        return "organisation"
    return "named person" if any(w[:1].isupper() for w in gold["name"].split()) else "role only"


def _false_class(forms: list[str], gold: dict, golds: list[dict], same_speaker) -> str:
    if any(fits(forms, [g["name"], *g["mentions"]], same_speaker) for g in golds):
        return "second record"
    if fits(forms, gold.get("mentioned_not_speaking", []), same_speaker):
        return "mentioned only"
    return "junk"


def _statement_diff(gold: dict, found: list[ExtractedQuote]) -> list[str]:
    lines = [f"      gold starts: " + " | ".join(s[:40] for s in gold.get("statements", []))]
    lines.extend(f"      found: «{q.text[:70]}» [{q.verb}]" for q in found)
    return lines


def score_half(half: str, same_speaker, gold_dir: Path = GOLD_DIR, text_dir: Path = TEXT_DIR) -> HalfScore | None:
    """Score one half, or None when its texts have not been restored (another annotated set in
    the same format: its own `gold_dir` and `text_dir`)."""
    gold_path = gold_dir / f"gold-{half}.json"
    if not gold_path.exists():
        return None
    golds = json.loads(gold_path.read_text(encoding="utf-8"))
    if not all((text_dir / f"{g['id']}.txt").exists() for g in golds):
        return None
    score = HalfScore()
    for gold in golds:
        score_excerpt(gold, (text_dir / f"{gold['id']}.txt").read_text(encoding="utf-8"), score, same_speaker)
    return score


def print_half(half: str, score: HalfScore | None, show_diffs: bool, label: str = "real set, half") -> None:
    if score is None:
        print(f"{label} {half}: texts absent from {TEXT_DIR.relative_to(ROOT)}/ (restore them as "
              f"{GOLD_DIR}/README.md says); skipped")
        return
    f = score.figures()
    print(f"{label} {half}: {score.excerpts} excerpts, {score.gold_speakers} gold speakers, "
          f"{score.predicted_speakers} predicted; {score.gold_statements} gold statements, "
          f"{score.predicted_statements} predicted")
    print(f"  speakers   P {f['speaker_p']:.3f}  R {f['speaker_r']:.3f}  F1 {f['speaker_f1']:.3f}")
    print(f"  statements P {f['statement_p']:.3f}  R {f['statement_r']:.3f}")
    print(f"  mentioned-only people taken as speakers: {score.mentioned_as_speakers}")
    for name, count in sorted(score.errors.items()):
        print(f"    {name:40} {count:4d}")
    if show_diffs:
        print("\n".join(score.diffs))
