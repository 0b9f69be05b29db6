"""What cleaning kept and dropped, line by line: raw file + stored body → classified lines; pure.

The stored body is the authority on what was kept (a later change to the cleaning rules
must not rewrite history); `cleaning` says how each raw line reads once cleaned, so a
line is matched to the body paragraph it became. Dropped lines are named by where they
sat: the date line among the first lines, the list of other headlines and links after
the last kept paragraph, and promos or share bars in between.
"""

from dataclasses import dataclass

from .cleaning import HEADER_SEARCH_LINES, clean_text, parse_header

KEPT, BLANK, HEADER, PROMO, TRAILER, MARKUP = "kept", "blank", "header", "promo", "trailer", "markup"
REASONS = {
    HEADER: "en-tête (ligne de date)",
    PROMO: "promotion, partage ou rubrique",
    TRAILER: "fin de page : autres titres, liens",
    MARKUP: "code ou balisage HTML",
}


@dataclass(frozen=True)
class RawLine:
    number: int
    text: str
    status: str  # one of KEPT, BLANK, HEADER, PROMO, TRAILER, MARKUP

    @property
    def reason(self) -> str:
        return REASONS.get(self.status, "")

    @property
    def dropped(self) -> bool:
        return self.status not in (KEPT, BLANK)


@dataclass(frozen=True)
class CleaningReport:
    lines: list[RawLine]
    missing: list[str]  # body paragraphs no raw line gives as is (edited since the import)

    def count(self, status: str) -> int:
        return sum(1 for line in self.lines if line.status == status)


def classify_lines(raw_text: str, body: str) -> CleaningReport:
    """'Dernière mise à jour…\nTexte.\nLire aussi' + body 'Texte.' → header, kept, trailer."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    raw_lines = raw_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts = [[p for p in clean_text(line).split("\n") if p] if line.strip() else [] for line in raw_lines]
    kept, missing = _match_paragraphs(parts, paragraphs)
    first_kept, last_kept = min(kept, default=len(raw_lines)), max(kept, default=-1)
    top_lines = [i for i, line_parts in enumerate(parts) if line_parts][:HEADER_SEARCH_LINES]
    lines = []
    for index, line in enumerate(raw_lines):
        if not parts[index]:
            status = MARKUP if line.strip() else BLANK
        elif index in kept:
            status = KEPT
        elif index < first_kept and index in top_lines and _is_date_line(parts[index][0]):
            status = HEADER
        elif index > last_kept:
            status = TRAILER
        else:
            status = PROMO
        lines.append(RawLine(index + 1, line, status))
    return CleaningReport(lines, missing)


def _is_date_line(text: str) -> bool:
    """A readable date line, or a short line with digits (cleaning drops an unreadable date line too).

    Called only for a dropped line among the first lines, before any kept one.
    """
    return parse_header(text) is not None or any(c.isdigit() for c in text) and len(text.split()) <= 12


def _match_paragraphs(parts: list[list[str]], paragraphs: list[str]) -> tuple[set[int], list[str]]:
    """Raw line indexes that gave a body paragraph (matched in order), and the paragraphs none gave."""
    kept, missing, wanted = set(), [], 0
    for index, line_parts in enumerate(parts):
        for part in line_parts:
            if part not in paragraphs[wanted:]:
                continue
            found = paragraphs.index(part, wanted)
            missing += paragraphs[wanted:found]  # edited or removed since the import
            kept.add(index)
            wanted = found + 1
    return kept, missing + paragraphs[wanted:]
