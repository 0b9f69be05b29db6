"""Raw scraped bytes → clean article parts: text, header date, body paragraphs, title.

Pure first stage of the import pipeline: no ORM, no I/O. The flow is
decode_raw → clean_text → parse_header → split_boilerplate → derive_title, and
clean_article runs it on already decoded text. Rules are written for French news
sites in general (typography, boilerplate vocabulary), not for one outlet.
"""

import re
import unicodedata
from dataclasses import dataclass

from .decoding import (  # noqa: F401 - decode_raw and RejectedFile are this stage's API too
    BINARY_REASON, EMPTY_REASON, MOJIBAKE_NOTE, Decoded, RejectedFile, decode_raw, repair_mojibake,
)
from .markup import looks_like_html, strip_markup

NO_TEXT_REASON = "aucun texte d'article après nettoyage"
MISSING_HEADER_NOTE = "ligne de date absente : date inconnue"
INVALID_HEADER_NOTE = "ligne de date illisible : date inconnue"
HTML_NOTE = "HTML nettoyé"

HEADER_SEARCH_LINES = 3
DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # no year: 29/02 allowed

HEADLINE_MAX_WORDS = 20
SHORT_QUESTION_MAX_WORDS = 15
PROMO_MAX_WORDS = 30
# Closers that end a body paragraph as often as a headline ("… »", "(officiel)", "tenue…").
SOFT_CLOSERS = '»"”)]…'
# Calls to action, matched anywhere in a short lowercased line. No leading \b: a literal
# start lets the regex engine skip ahead fast, and these words do not end other words.
PROMO_PATTERNS = (
    r"scannez\b",
    r"(?:suivez|rejoignez|retrouvez|contactez|écrivez)-nous\b",
    r"nous (?:suivre|rejoindre|retrouver|écrire|contacter) sur\b",
    r"(?:abonnez|réabonnez|inscrivez)-vous\b",
    r"t[ée]l[ée]charge[zr] (?:l['’]appli|notre|nos|gratuitement)",
    r"cliquez (?:ici|sur ce lien)\b",
    r"tous droits r[ée]serv[ée]s\b",
    r"©",
    r"partag(?:er|ez) (?:sur|cet article|l['’]article|ce contenu)\b",
    r"(?:notre|nos|votre) newsletters?\b",
    r"r[ée]serv[ée] aux abonn[ée]s\b",
    r"il vous reste \d+ ?% de cet article\b",
    r"activez les notifications\b",
    r"suivez (?:toute |toutes )?(?:l['’]actualité|les infos|le direct|notre|nos)\b",
    r"recevez (?:gratuitement|chaque|tous|toute|toutes|notre|nos)\b",
    r"lettre d['’]information\b",
    r"(?:partagez|aimez)-(?:le|la|nous)\b",
    r"vous aimez cet article\b",
    r"envoyer (?:à un ami|par e-?mail)\b",
    r"ajoutez-nous\b",
    r"laisser un commentaire\b",
    r"(?:découvrez|installez) notre appli",
    r"all rights reserved\b",
    r"^\(?\s*photos?\s*[:/]",
    r"^accueil\s*[>|›»/]",
)
# Section labels that open a line: "Lire aussi : …", "Publicité", "Tags : …".
PROMO_LABELS = (
    r"(?:à |a )?lire (?:aussi|également|la suite|plus)", r"(?:à |a )?voir (?:aussi|également)",
    r"en savoir plus", r"sur le même sujet", r"dans la même rubrique",
    r"les plus (?:lus|partagés)", r"articles? (?:liés|similaires|recommandés)",
    r"plus d['’]articles", r"publicité", r"contenu sponsorisé", r"sponsorisé", r"annonce",
    r"newsletter", r"mots[- ]clés", r"tags", r"partager", r"partagez", r"imprimer",
    r"commentaires?", r"réagir", r"nous contacter", r"copyright", r"crédits? photos?",
    r"photos?", r"\(?\s*(?:rédacteurs?|éditeurs?)",
)
SHARE_WORDS = frozenset(
    "facebook twitter x linkedin whatsapp messenger telegram pinterest reddit weibo wechat "
    "flipboard tumblr sms email e-mail mail imprimer partager partagez envoyer copier le "
    "lien".split()
)

TITLE_MAX_CHARS = 110
LEAD_SCAN_CHARS = 2000  # the first sentence is looked for in this much of the lead, at most
TITLE_SLACK_CHARS = 25  # a clause may end this far past TITLE_MAX_CHARS rather than cut a phrase
TITLE_HARD_MAX_CHARS = 180  # a sentence with no boundary to cut at stays whole up to this
CLAUSE_CUT_MIN = 0.6  # share of the title length a comma cut must keep
BRACKETS = (("(", ")"), ("«", "»"), ("[", "]"), ("“", "”"))
ATTRIBUTION_VERBS = (
    "annoncé|déclaré|indiqué|affirmé|estimé|précisé|souligné|expliqué|rapporté|confirmé|assuré|"
    "noté|ajouté|dit|fait savoir|révélé|averti|prévenu|jugé|rappelé|reconnu|martelé|réitéré|"
    "insisté|dénoncé|démenti|admis|communiqué|signalé|constaté|observé|relevé|répondu|commenté|"
    "promis|écrit|appris|considéré|proposé|demandé|lancé|regretté|salué|fait valoir"
)
ATTRIBUTION_PRESENT = (
    "annonce|déclare|indique|affirme|estime|précise|souligne|explique|rapporte|confirme|"
    "assure|note|ajoute|dit|révèle|rappelle|reconnaît|martèle|apprend-on|a-t-on appris"
)
ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle mlles dr pr me mgr st ste etc cf av apr env art vol no éd cie inc ltd co "
    "jr sr gén col lt cdt cap sgt janv févr avr juil sept oct nov déc".split()
)
DANGLING_WORDS = frozenset(
    "le la les l' un une des du de d' et ou à au aux en dans pour par sur avec sans sous vers "
    "chez entre que qui qu' dont ce cette ces son sa ses leur leurs mais ni car se ne a est".split()
)


@dataclass(frozen=True)
class Header:
    day: int
    month: int
    hour: int
    minute: int


@dataclass(frozen=True)
class CleanedArticle:
    title: str
    body: str
    header: Header | None
    notes: tuple[str, ...]


# --- invisible characters -------------------------------------------------------------

_LINE_BREAKS = {ord(c): "\n" for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
# Zero-width, bidi and soft-hyphen marks, plus control chars: invisible noise in scraped text.
_INVISIBLE = {
    **{ord(c): None for c in "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\ufeff"},
    **{cp: None for cp in (*range(0x202A, 0x202F), *range(0x2060, 0x2065), *range(0x2066, 0x2070))},
    **{cp: None for cp in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0xA0))},
}
_CLEANUP_TABLE = {**_INVISIBLE, **_LINE_BREAKS}
# str.translate with a dict is slow; most texts have nothing to translate, so look first.
_CLEANUP_RE = re.compile("[" + re.escape("".join(map(chr, _CLEANUP_TABLE))) + "]")
# --- text cleaning ----------------------------------------------------------------------

_SPACES_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Turn scraped text or HTML into plain text: "<p>A&amp;B</p>" → "A&B"."""
    text = strip_markup(text.replace("\r\n", "\n"))
    if _CLEANUP_RE.search(text):
        text = text.translate(_CLEANUP_TABLE)
    # After removing invisibles, so a mark they separated from its letter composes too.
    text = unicodedata.normalize("NFC", text)
    text = _SPACES_RE.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES_RE.sub("\n\n", text).strip()


# --- header -----------------------------------------------------------------------------

_HEADER_PREFIX = (
    r"^(?:derni[eè]re\s+)?(?:mise?\s+[aà]\s+jour|actualis[eé]e?|modifi[eé]e?|publi[eé]e?)\b"
)
_SEP = r"[\s,:;–—-]*(?:(?:[aà]|le)\s+)?"
_TIME = r"(?P<hour>[0-9]{1,2})\s*[h:]\s*(?P<minute>[0-9]{2})?"
_DATE = r"(?P<day>[0-9]{1,2})\s*[/.-]\s*(?P<month>[0-9]{1,2})(?:\s*[/.-]\s*[0-9]{2,4})?"
_HEADER_PREFIX_RE = re.compile(_HEADER_PREFIX, re.IGNORECASE)
_DIGIT_RE = re.compile("[0-9]")
_HEADER_RES = (
    re.compile(rf"{_HEADER_PREFIX}{_SEP}{_TIME}{_SEP}{_DATE}[\s.]*$", re.IGNORECASE),
    re.compile(rf"{_HEADER_PREFIX}{_SEP}{_DATE}{_SEP}{_TIME}[\s.]*$", re.IGNORECASE),
)


def parse_header(line: str) -> Header | None:
    """Parse the date line: "Dernière mise à jour à 08h45 le 02/02" → Header(2, 2, 8, 45)."""
    line = _SPACES_RE.sub(" ", unicodedata.normalize("NFC", line).translate(_INVISIBLE)).strip()
    match = _HEADER_RES[0].match(line) or _HEADER_RES[1].match(line)
    if match is None:
        return None
    day, month, hour = int(match["day"]), int(match["month"]), int(match["hour"])
    minute = int(match["minute"] or 0)
    if not 1 <= month <= 12 or not 1 <= day <= DAYS_IN_MONTH[month - 1]:
        return None
    if hour > 23 or minute > 59:
        return None
    return Header(day=day, month=month, hour=hour, minute=minute)


def _take_header(lines: list[str]) -> tuple[Header | None, list[str], str | None]:
    """Find the date line among the first lines → (header, remaining lines, note)."""
    for index, line in enumerate(lines[:HEADER_SEARCH_LINES]):
        header = parse_header(line)
        if header is not None:
            return header, lines[:index] + lines[index + 1:], None
        if _HEADER_PREFIX_RE.match(line) and len(line.split()) <= 12 and _DIGIT_RE.search(line):
            # A date line we cannot read is still not article text.
            return None, lines[:index] + lines[index + 1:], INVALID_HEADER_NOTE
    return None, lines, MISSING_HEADER_NOTE


# --- boilerplate ------------------------------------------------------------------------

# Matched on lowercased text: IGNORECASE makes this alternation several times slower.
_PROMO_RE = re.compile("|".join(PROMO_PATTERNS))
# Case-insensitive label, but what follows must be a separator or a capital ("Lire aussi Le…"),
# so "Photos et vidéos montrent…" stays.
_LABEL_RE = re.compile(
    rf"^(?i:{'|'.join(PROMO_LABELS)})(?=$|\s*[:：\-–—|>›»/…(]|\s+[0-9A-ZÀ-ÖØ-Þ«\"“])"
)
_WORD_RE = re.compile(r"[\w-]+")
_BODY, _HEADLINE, _AMBIGUOUS, _CLUTTER = "body", "headline", "ambiguous", "clutter"
_LETTER_RE = re.compile(r"[^\W\d_]")


def split_boilerplate(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Split paragraphs into (body, boilerplate): promo lines and the trailing headline list go."""
    clutter = [_is_clutter(paragraph) for paragraph in paragraphs]
    last_body = _find_last_body_index(paragraphs, clutter)
    body: list[str] = []
    boilerplate: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index > last_body or clutter[index]:
            boilerplate.append(paragraph)
        else:
            body.append(paragraph)
    return body, boilerplate


def _find_last_body_index(paragraphs: list[str], clutter: list[bool]) -> int:
    """Scan from the end past headlines and promos; -1 when nothing is real article text."""
    kinds = [_CLUTTER if flag else _classify_line(p) for p, flag in zip(paragraphs, clutter)]
    above = _kinds_above(kinds)
    for index in range(len(kinds) - 1, -1, -1):
        if kinds[index] in (_CLUTTER, _HEADLINE):
            continue
        if kinds[index] == _AMBIGUOUS and above[index] == _HEADLINE:
            continue
        return index
    return -1


def _classify_line(paragraph: str) -> str:
    """Body, headline, or ambiguous: a short line closed by » ) … but not by a sentence mark."""
    words = len(paragraph.split())
    if words > HEADLINE_MAX_WORDS:
        return _BODY
    core = paragraph.rstrip(SOFT_CLOSERS + " ")
    if core.endswith("..."):
        core = core.rstrip(".")
    closed = core != paragraph
    end = core[-1:]
    if end in ("?", "!"):
        return _HEADLINE if not closed and words <= SHORT_QUESTION_MAX_WORDS else _BODY
    if end == ".":
        return _BODY
    # 'Macron : « Nous sommes prêts »' is a headline, 'Il a conclu : « pas question »' a
    # paragraph: only the neighbour above can tell, so the caller decides.
    return _AMBIGUOUS if closed else _HEADLINE


def _kinds_above(kinds: list[str]) -> list[str]:
    """For each line, the first definite kind above it, skipping clutter and ambiguous lines."""
    # Nothing but headlines and promos around it: a one-line "article" is a headline too.
    above, last = [], _HEADLINE
    for kind in kinds:
        above.append(last)
        if kind in (_BODY, _HEADLINE):
            last = kind
    return above


def _is_clutter(paragraph: str) -> bool:
    """Promo, share bar, section label or a line without a single letter."""
    if len(paragraph.split()) > PROMO_MAX_WORDS:
        return False
    if not _LETTER_RE.search(paragraph):
        return True
    lowered = paragraph.lower()
    if _PROMO_RE.search(lowered) or _LABEL_RE.match(paragraph):
        return True
    return set(_WORD_RE.findall(lowered)) <= SHARE_WORDS


# --- title ------------------------------------------------------------------------------

# "BEIJING, 12 mars (Xinhua) -- " or "PARIS (AFP) - " before the lead's first sentence.
_DATELINE_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,40}(?:,\s*[^()–—]{1,30}?)?\s*\([^)]{1,30}\)\s*(?:--?|–|—)\s+"
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+(?:\s*[»\"”])?(?=\s+[«\"“]?[0-9A-ZÀ-ÖØ-Þ])")
_INITIALS_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.?-?)+$")
_ATTRIBUTION_RE = re.compile(
    rf",\s+(?:selon\b|d['’]après\b"
    r"|(?:a|ont|avait|avaient|aurait|auraient)(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s+"
    rf"(?:\w+\s+)?(?:{ATTRIBUTION_VERBS})\b"
    rf"|(?:{ATTRIBUTION_PRESENT})\b)",
    re.IGNORECASE,
)
_TRAILING_JUNK = " ,;:-–—(«“"
_ASIDE_RE = re.compile(r"\s\([^()]{3,}\)(?=[\s,.;:])")
# Where a long title may be cut: punctuation between clauses; before a conjunction or a
# relative (not "et", "ou", which join noun phrases as often: "la sécurité et la
# coopération"); before a preposition that opens a complement (not "de", "à", "en",
# which mostly continue a noun phrase: "ministre des Affaires étrangères").
_TITLE_BREAKS = (
    re.compile(r"(?:\s*[;:]|\s[–—]|,)\s|\s(?=\()"),
    re.compile(r"\s(?=(?:mais|car|qui|que|qu['’]|dont|où|lorsque|lorsqu['’]|quand|alors|"
               r"tandis|afin|puisque|parce|tout en|si)\b)", re.IGNORECASE),
    re.compile(r"\s(?=(?:avec|sans|pour|par|sur|sous|dans|entre|vers|chez|contre|après|avant|"
               r"depuis|pendant|durant|selon|malgré|lors|face|auprès|parmi)\b)", re.IGNORECASE),
    re.compile(r"\s(?=(?:de|du|des|d['’]|à|au|aux|en)\b)", re.IGNORECASE),
)


def derive_title(body: str) -> str:
    """Derive a title from the lead's first sentence: "Paris gagne. Puis…" → "Paris gagne".

    A long sentence loses its attribution clause (", a annoncé le ministre"), then an aside
    in brackets, and is then cut where a clause or a phrase ends (a comma, "qui", "avec"...)
    with "…", not inside a noun phrase; with no such place it stays whole.
    """
    lead = body.strip().split("\n", 1)[0][:LEAD_SCAN_CHARS]
    sentence = _first_sentence(_DATELINE_RE.sub("", lead, count=1) or lead)
    if len(sentence) > TITLE_MAX_CHARS:
        sentence = _cut_attribution(sentence)
    if len(sentence) > TITLE_MAX_CHARS:
        sentence = _drop_aside(sentence)
    if len(sentence) > TITLE_MAX_CHARS:
        # Room for the ellipsis and a closing " »" if the cut falls inside a quote.
        sentence = _cut_at_clause(sentence, TITLE_MAX_CHARS - 3)
    return _close_brackets(sentence)


def _drop_aside(sentence: str) -> str:
    """'Le texte (adopté hier) sera examiné' → 'Le texte sera examiné', if that is short enough."""
    shorter = " ".join(_ASIDE_RE.sub(" ", sentence).split())
    return shorter if len(shorter) <= TITLE_MAX_CHARS else sentence


def _cut_at_clause(sentence: str, limit: int) -> str:
    """The sentence cut at a clause, else a phrase, boundary near limit, plus "…".

    Best first: the latest clause boundary before limit (punctuation, then a conjunction);
    the first punctuation a little past it; the latest preposition before it; the first
    boundary a little past it. With none, the sentence whole up to TITLE_HARD_MAX_CHARS;
    longer, cut before the latest "de" or "à" (the end of a noun at least), else at a word.
    """
    punctuation, conjunctions, prepositions, complements = (
        _title_cuts(sentence, breaks) for breaks in _TITLE_BREAKS
    )
    low, high = limit * CLAUSE_CUT_MIN, limit + TITLE_SLACK_CHARS
    choices = [
        (punctuation, max, low, limit),
        (conjunctions, max, low, limit),
        (punctuation, min, limit, high),
        (prepositions, max, low, limit),
        (conjunctions + prepositions, min, limit, high),
    ]
    if len(sentence) > TITLE_HARD_MAX_CHARS:
        choices.append((complements, max, low, limit))
    for cuts, pick, start, stop in choices:
        fitting = [cut for cut in cuts if start <= cut <= stop]
        if fitting:
            return sentence[: pick(fitting)].rstrip(_TRAILING_JUNK) + "…"
    if len(sentence) <= TITLE_HARD_MAX_CHARS:
        return sentence
    return _cut_at_word(sentence, limit) + "…"


def _title_cuts(sentence: str, breaks: re.Pattern) -> list[int]:
    """Where a title may end before a boundary: not after "de" or "a", not inside brackets."""
    cuts = []
    for match in breaks.finditer(sentence):
        kept = sentence[: match.start()].rstrip(_TRAILING_JUNK)
        last = kept.rsplit(" ", 1)[-1].lower() if kept else ""
        if kept and last not in DANGLING_WORDS and _unclosed_opener(kept) not in ("(", "["):
            cuts.append(match.start())
    return cuts


def _first_sentence(text: str) -> str:
    """First sentence without its final period; abbreviations ("M. Lavrov") do not end it."""
    for match in _SENTENCE_END_RE.finditer(text):
        before = text[: match.start()].split()
        token = before[-1].rstrip(".").lower() if before else ""
        if token in ABBREVIATIONS or _INITIALS_RE.match(before[-1] if before else ""):
            continue
        text = text[: match.end()]
        break
    text = text.strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return text.rstrip(_TRAILING_JUNK) or text


def _cut_attribution(sentence: str) -> str:
    """Drop a trailing ", a annoncé jeudi le ministre…" / ", selon…" clause."""
    match = _ATTRIBUTION_RE.search(sentence, 20)
    return sentence[: match.start()].rstrip(_TRAILING_JUNK) if match else sentence


def _cut_at_word(text: str, limit: int) -> str:
    """Cut at a late comma or a word boundary before limit, without a dangling "de" or bracket."""
    cut = text[: limit + 1]
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:limit]
    # A clause boundary late enough reads better than a cut mid-clause.
    comma = cut.rfind(", ")
    if comma >= limit * CLAUSE_CUT_MIN:
        cut = cut[:comma]
    # Cutting inside "(New START)" reads badly: end before the bracket if enough is left.
    opener = _unclosed_opener(cut)
    if opener is not None and cut.rfind(opener) >= limit // 2:
        cut = cut[: cut.rfind(opener)]
    words = cut.rstrip(_TRAILING_JUNK).split(" ")
    while len(words) > 1 and words[-1].lower() in DANGLING_WORDS:
        words.pop()
        words[-1] = words[-1].rstrip(_TRAILING_JUNK)
    return " ".join(words).rstrip(_TRAILING_JUNK)


def _unclosed_opener(text: str) -> str | None:
    """The last bracket or quote opened and not closed in text, if any."""
    if text.count('"') % 2:
        return '"'
    for opener, closer in BRACKETS:
        if text.count(opener) > text.count(closer):
            return opener
    return None


def _close_brackets(title: str) -> str:
    """Close what a cut left open: '« Nous restons…' → '« Nous restons… »'."""
    opener = _unclosed_opener(title)
    if opener is None:
        return title
    closer = dict(BRACKETS).get(opener, '"')
    return title + (" " + closer if closer == "»" else closer)


# --- the whole stage --------------------------------------------------------------------


def clean_article(text: str) -> CleanedArticle:
    """Clean decoded text into title, body paragraphs, header and import notes."""
    notes: list[str] = []
    text, repaired = repair_mojibake(text)
    if repaired:
        notes.append(f"{MOJIBAKE_NOTE} ({repaired} ligne(s))")
    if looks_like_html(text):
        notes.append(HTML_NOTE)
    lines = [line for line in clean_text(text).split("\n") if line]
    header, lines, header_note = _take_header(lines)
    if header_note:
        notes.append(header_note)
    body, _ = split_boilerplate(lines)
    if not body:
        raise RejectedFile(NO_TEXT_REASON)
    body_text = "\n\n".join(body)
    title = derive_title(body_text)
    return CleanedArticle(title=title, body=body_text, header=header, notes=tuple(notes))
