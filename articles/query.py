"""The user's query string → a small query structure; pure, never raises.

Syntax (documented on the help page): words must all match; `"exact phrase"` or
`"word"` (the exact form, not its inflections); `a OR b`; `-word` or `NOT word`; prefix
`négoci*`; fields `titre:`, `orateur:`, `source:` (also in English: `title:`,
`speaker:`). Anything malformed degrades to what the person meant, with a notice: a
dangling operator is dropped, an unknown field `foo:bar` searches `bar`.
"""

import re
from dataclasses import dataclass, field

MAX_QUERY_CHARS = 500
MAX_TERMS = 30
FIELD_NAMES = {
    "titre": "title", "title": "title",
    "orateur": "speaker", "speaker": "speaker", "oratrice": "speaker",
    "source": "source",
}
# A token: optional sign, optional field, then a "phrase" (maybe unclosed) or a bare word.
# "http://…" is a word, not the field "http".
_TOKEN = re.compile(
    r"""(?P<sign>[-+]?)(?:(?P<field>[^\W\d_]+):(?!//))?
        (?:"(?P<phrase>[^"]*)(?P<close>"?)|(?P<word>[^\s"]+))""",
    re.VERBOSE,
)
OR_WORDS = ("OR", "OU", "|", "||")
AND_WORDS = ("AND", "ET", "&", "&&")
NOT_WORDS = ("NOT", "SAUF")
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})
# Characters that are query syntax in some backend; inside a word they only split it.
_JUNK = re.compile(r"[()\[\]{}^~:\\/!?*=<>|&+]+")


@dataclass(frozen=True)
class Term:
    text: str
    field: str | None = None   # None: the whole document; else "title", "speaker", "source"
    phrase: bool = False       # several words in this order
    prefix: bool = False
    exact: bool = False        # quoted: this form only (accents and case folded), not stemmed
    negated: bool = False


@dataclass
class ParsedQuery:
    # AND of clauses; each clause is an OR of terms.
    clauses: list[tuple[Term, ...]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(not t.negated for clause in self.clauses for t in clause)

    def terms(self, field: str | None = "any") -> list[Term]:
        return [t for c in self.clauses for t in c if field == "any" or t.field == field]


def parse_query(raw: str) -> ParsedQuery:
    """'élection OR vote -russie titre:otan' → [[élection|vote], [-russie], [title:otan]]."""
    parsed = ParsedQuery()
    text = (raw or "").translate(_QUOTES).replace("\u00a0", " ").strip()
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        parsed.notices.append(
            f"Votre recherche était trop longue : seuls les {MAX_QUERY_CHARS} premiers caractères sont utilisés."
        )
    pending_or = negate_next = None  # the operator word waiting for its term
    for match in _TOKEN.finditer(text):
        word = match["word"]
        if word in OR_WORDS:
            if not parsed.clauses or pending_or:
                _ignore_operator(word, parsed.notices)
            pending_or = word if parsed.clauses else None
            continue
        if word in AND_WORDS:
            continue  # words must all match anyway
        if word in NOT_WORDS:
            negate_next = word
            continue
        terms = _make_terms(match, parsed.notices, bool(negate_next) or match["sign"] == "-")
        if not terms:
            continue  # a lone "-" or punctuation: the operators wait for the next word
        negate_next = None
        for term in terms:
            if pending_or and not term.negated and not parsed.clauses[-1][0].negated:
                parsed.clauses[-1] += (term,)
            else:
                parsed.clauses.append((term,))
            pending_or = None
    for dangling in (pending_or, negate_next):
        if dangling:
            _ignore_operator(dangling, parsed.notices)
    if len(parsed.clauses) > MAX_TERMS:
        parsed.clauses = parsed.clauses[:MAX_TERMS]
        parsed.notices.append(f"Seuls les {MAX_TERMS} premiers termes de la recherche sont utilisés.")
    if parsed.is_empty and parsed.clauses:
        parsed.notices.append("Une recherche ne peut pas contenir seulement des exclusions : ajoutez un mot à chercher.")
        parsed.clauses = []
    return parsed


def _ignore_operator(word: str, notices: list[str]) -> None:
    notice = f"L’opérateur « {word} » n’a pas de mot auquel s’appliquer : il est ignoré."
    if notice not in notices:
        notices.append(notice)


def _make_terms(match: re.Match, notices: list[str], negated: bool) -> list[Term]:
    field_name, word = match["field"], match["word"]
    if word and word.endswith(":") and word[:-1].lower() in FIELD_NAMES:
        return []  # a field with nothing after it
    field = FIELD_NAMES.get(field_name.lower()) if field_name else None
    if field_name and field is None:
        value = " ".join(_clean_words(match["phrase"] or word or "")) or "…"
        notices.append(
            f"Champ inconnu « {field_name} » : « {value} » est cherché dans tout le texte "
            "(champs possibles : titre, orateur, source)."
        )
    if match["phrase"] is not None:
        words = _clean_words(match["phrase"])
        if not match["close"]:
            notices.append("Guillemet non fermé : la recherche est faite sur les mots.")
            return [Term(w, field, negated=negated) for w in words]
        if not words:
            return []
        return [Term(" ".join(words), field, phrase=len(words) > 1, exact=True, negated=negated)]
    term = _word_term(word, field, negated)
    return [term] if term else []


def _word_term(word: str, field: str | None, negated: bool) -> Term | None:
    prefix = word.endswith("*") and len(word.strip("*")) >= 2
    words = _clean_words(word)
    if not words:
        return None
    if len(words) > 1:  # "a/b" or "auteur:dupont": several words, kept together as a phrase
        return Term(" ".join(words), field, phrase=True, negated=negated)
    return Term(words[0], field, prefix=prefix, negated=negated)


def _clean_words(text: str) -> list[str]:
    # Lone hyphens and apostrophes are not words; keep elisions (l'OTAN) and compounds.
    return [w.strip("-'’.,;") for w in _JUNK.sub(" ", text).split() if w.strip("-'’.,;")]
