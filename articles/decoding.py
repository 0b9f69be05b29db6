"""Raw bytes → text without losing any of it: BOMs, UTF-16 without BOM, mixed encodings, mojibake.

Pure and linear in the size of the input. A file is decoded segment by segment: lines that
are valid UTF-8 stay UTF-8, the others are read in the legacy encoding the file uses
(charset-normalizer picks it among the ones French text comes in), so one bad byte never
turns the whole file into mojibake. Lines that were already mojibake when the file was
written ("DerniÃ¨re") are repaired by ftfy. Every repair is returned as a French note.
"""

import codecs
import re
from typing import NamedTuple

import ftfy
from charset_normalizer import from_bytes

EMPTY_REASON = "fichier vide"
BINARY_REASON = "fichier binaire"
MOJIBAKE_NOTE = "double encodage UTF-8 corrigé"

BINARY_SIGNATURES = (
    b"%PDF", b"\x89PNG", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"\xff\xd8\xff",
    b"GIF87a", b"GIF89a", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"\xd0\xcf\x11\xe0",
    b"\x7fELF", b"\xfd7zXZ\x00", b"SQLite format 3\x00", b"OggS", b"II*\x00", b"MM\x00*",
)
# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
CONTROL_RATIO_MAX = 0.05
# Legacy encodings French text is found in; charset-normalizer chooses among them only
# (left free, it reads short French text as Cyrillic or Greek code pages).
LEGACY_ENCODINGS = ("cp1252", "mac_roman", "cp850", "iso8859_15")
DEFAULT_LEGACY = "cp1252"
DETECTION_SAMPLE = 64 * 1024  # bytes of non-UTF-8 lines shown to the detector
# A UTF-16 file without BOM: about every other byte is NUL, on one side.
UTF16_NUL_SHARE = 0.3

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x9f]")
_BLANK_RE = re.compile(r"[\s\u00a0\u200b-\u200f\u202f\u2060\ufeff]*")
# A well-formed multi-byte UTF-8 sequence.
_UTF8_SEQUENCE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# What UTF-8 read as cp1252/latin-1 looks like: a lead letter (Ã, Â, â, Å…) followed by what
# a continuation byte shows as; also Latin ligatures. Lines without it never reach ftfy.
_MOJIBAKE_HINT_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Ã |[\ufb00-\ufb06]"
)
# ftfy only for encoding repairs: quotes, widths, line breaks and HTML are ours to handle.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=True,
)


class RejectedFile(Exception):
    """A file that cannot become an article; reason is short, French, user-facing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Decoded(NamedTuple):
    text: str
    encoding: str  # "utf-8", "cp1252", "utf-16"… or "utf-8+cp1252" for a mixed file
    notes: tuple[str, ...]


def decode_raw(data: bytes) -> Decoded:
    """Decode scraped bytes: b"Derni\\xe8re" → Decoded("Dernière", "cp1252", ()); reject empty or binary."""
    if not data.strip():
        raise RejectedFile(EMPTY_REASON)
    if data.startswith(BINARY_SIGNATURES):
        raise RejectedFile(BINARY_REASON)
    decoded = _decode_with_bom(data) or _decode_utf16_without_bom(data) or _decode_segments(data)
    text = decoded.text
    if len(_CONTROL_RE.findall(text)) > CONTROL_RATIO_MAX * len(text):
        raise RejectedFile(BINARY_REASON)
    if _BLANK_RE.fullmatch(text):
        raise RejectedFile(EMPTY_REASON)
    if "\x00" in text:
        # PostgreSQL stores no NUL in text; the raw text keeps a visible mark in its place.
        nuls = text.count("\x00")
        text = text.replace("\x00", "\ufffd")
        note = f"{nuls} caractère(s) NUL remplacé(s) par « \ufffd »"
        decoded = Decoded(text, decoded.encoding, (*decoded.notes, note))
    return decoded


def _decode_with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            if encoding == "utf-8-sig":
                text, legacy, foreign, _ = _segments(data[len(bom):])
                return Decoded(text, encoding, _mixed_note(legacy, foreign))
            # The BOM declares the encoding: a damaged unit should not lose the article.
            return _replaced(data, encoding)
    return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without its BOM: NULs fill the high byte of every ASCII character."""
    if b"\x00" not in data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) < UTF16_NUL_SHARE * len(data) / 2:
        return None  # a few stray NULs in a byte-wide text: the share of control characters decides
    if min(even, odd) > max(even, odd) / 4:
        raise RejectedFile(BINARY_REASON)
    return _replaced(data, "utf-16-le" if odd > even else "utf-16-be")


def _replaced(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    damaged = text.count("\ufffd")
    notes = (f"{damaged} caractère(s) illisible(s) remplacé(s) par « \ufffd »",) if damaged else ()
    return Decoded(text, encoding, notes)


def _decode_segments(data: bytes) -> Decoded:
    try:
        return Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError:
        pass
    text, legacy, foreign, has_utf8 = _segments(data)
    if not has_utf8:
        return Decoded(text, legacy, ())
    return Decoded(text, f"utf-8+{legacy}", _mixed_note(legacy, foreign))


def _mixed_note(legacy: str, foreign: int) -> tuple[str, ...]:
    if not foreign:
        return ()
    return (f"{foreign} ligne(s) hors UTF-8 décodée(s) à part en {legacy}, le reste en UTF-8",)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _segments(data: bytes) -> tuple[str, str, int, bool]:
    """Decode line by line → (text, legacy encoding, lines not in UTF-8, whether UTF-8 is used too)."""
    lines = data.split(b"\n")
    kinds = ["ascii" if line.isascii() else "utf-8" if _is_utf8(line) else "legacy" for line in lines]
    foreign = [line for line, kind in zip(lines, kinds) if kind == "legacy"]
    legacy = _legacy_encoding(b"\n".join(foreign)) if foreign else DEFAULT_LEGACY
    has_utf8 = "utf-8" in kinds
    parts = []
    for line, kind in zip(lines, kinds):
        if kind != "legacy":
            parts.append(line.decode("utf-8"))
        elif _mostly_legacy(line):
            parts.append(_legacy_decode(line, legacy))
        else:
            # Valid UTF-8 around a few stray bytes: only those bytes are read as legacy.
            parts.append(line.decode("utf-8", errors=f"newsarchive-{legacy}"))
            has_utf8 = True
    return "\n".join(parts), legacy, len(foreign), has_utf8


def _mostly_legacy(line: bytes) -> bool:
    """More high bytes outside well-formed UTF-8 sequences than inside them."""
    valid = len(_UTF8_SEQUENCE_RE.findall(line))
    high = sum(1 for byte in line if byte >= 0x80)
    return high - 2 * valid >= valid


def _legacy_decode(data: bytes, legacy: str) -> str:
    try:
        return data.decode(legacy)
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes anything.
        return data.decode("latin-1")


def _legacy_handler(legacy: str):
    def handler(error: UnicodeDecodeError) -> tuple[str, int]:
        return _legacy_decode(error.object[error.start:error.end], legacy), error.end
    return handler


for _encoding in LEGACY_ENCODINGS:
    codecs.register_error(f"newsarchive-{_encoding}", _legacy_handler(_encoding))


def _legacy_encoding(sample: bytes) -> str:
    """The legacy code page of these non-UTF-8 bytes, cp1252 unless clearly another."""
    best = from_bytes(sample[:DETECTION_SAMPLE], cp_isolation=list(LEGACY_ENCODINGS)).best()
    return best.encoding if best is not None and best.encoding in LEGACY_ENCODINGS else DEFAULT_LEGACY


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 read as cp1252, line by line: "DerniÃ¨re" → "Dernière"; returns the lines fixed."""
    if not _MOJIBAKE_HINT_RE.search(text):
        return text, 0
    lines = text.split("\n")
    fixed = 0
    for index, line in enumerate(lines):
        if _MOJIBAKE_HINT_RE.search(line):
            repaired = ftfy.fix_and_explain(line, _FTFY_CONFIG).text
            if repaired != line:
                lines[index] = repaired
                fixed += 1
    return "\n".join(lines), fixed
