"""Statements that hang on another clause of the sentence or on the sentence before.

    …, ajoutant que …      … et appelé X à …      …, avant d'ajouter que …
    X, qui estime que …, a …      Cette phrase a été prononcée par X.
"""
from __future__ import annotations

from . import lexicon as lx
from .clauses import (ANONYMOUS, MIN_CONTENT_WORDS, SentenceView, Statement, adjunct_positions, attribution_after,
                      clause_starts, content_has_quote, looks_verbal, quote_opens_at, starts_noun_phrase,
                      subject_before)
from .mentions import Mention, parse_speaker
from .reported import NAMING_VERBS, complement_start, directive_start, is_infinitive, quote_only
from .text import Token
from .verbs import VerbMatch, infinitive_lemma, match_verb, present_locution

def find_participle_statements(ctx: SentenceView, found: list) -> list[Statement]:
    """ "…, estimant que …", "tout en ajoutant que …", "le parquet précisant que …": a
    participle clause reports its own statement, by the subject of the sentence or the
    noun phrase right before it."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    opening = _opening_participle(ctx)
    statements: list[Statement] = [] if opening is None else [opening]
    for k in range(1, limit):
        participle = None if tokens[k].is_cap else _participle_at(ctx, k)
        if participle is None:
            continue
        verb, content = participle
        mention = _participle_speaker(ctx, k, found + statements)
        if mention is None or mention.anonymous or mention.plural:
            continue
        back = _main_verb_comma(ctx, content)
        start, end = ctx.text_span(tokens[content].start, None if back is None else tokens[back].start)
        direct, start, end = quote_only(ctx, start, end)
        pos = tokens[k - 1].start if tokens[k - 1].low in _PARTICIPLE_CLITICS else tokens[k].start
        statements.append(Statement(pos, start, end, direct, verb.text, verb.lemma, mention))
    return statements


def _opening_participle(ctx: SentenceView) -> Statement | None:
    """ "Estimant que …, le maire a …", "Se disant « préoccupée », elle a …": a participle
    clause opening the sentence reports the words of the main clause's subject."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    participle = _participle_at(ctx, 1 if limit > 1 and tokens[0].low in ("se", "s'") else 0)
    if participle is None:
        return None
    verb, content = participle
    for comma in range(content + MIN_CONTENT_WORDS - 1, limit - 2):
        if tokens[comma].low != "," or ctx.in_quote(tokens[comma]):
            continue
        parsed = parse_speaker(tokens, comma + 1, limit, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None or not looks_verbal(tokens, parsed[1], limit):
            continue
        if parsed[0].anonymous or parsed[0].plural:
            return None
        start, end = ctx.text_span(tokens[content].start, tokens[comma].start)
        direct, start, end = quote_only(ctx, start, end)
        return Statement(tokens[0].start, start, end, direct, ctx.body[tokens[0].start:tokens[verb.end - 1].end],
                         verb.lemma, parsed[0])
    return None


def _participle_at(ctx: SentenceView, k: int) -> tuple[VerbMatch, int] | None:
    """A speech verb's present participle at k ("estimant", "laissant entendre") and where
    the words it reports start."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    entry, end = lx.PRESENT_PARTICIPLES.get(tokens[k].fold), k + 1
    if entry is None:
        entry, end = present_locution(tokens, k, limit) or (None, end)
    if entry is None or ctx.in_quote(tokens[k]):
        return None
    verb = VerbMatch(k, end, entry[0], entry[1], None, ctx.body[tokens[k].start:tokens[end - 1].end])
    content = _participle_content(ctx, verb)
    return None if content is None else (verb, content)


def find_coordinated(ctx: SentenceView, found: list) -> list[Statement]:
    """ "X a réaffirmé son soutien et appelé ses militants à voter": a participle after "et"
    shares the first verb's auxiliary and subject."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    statements = []
    for k in range(2, limit - 2):
        if tokens[k].low != "et" or ctx.in_quote(tokens[k]) or any(s.start <= tokens[k].start < s.end for s in found):
            continue
        entry = lx.PARTICIPLES.get(tokens[k + 1].fold)
        if entry is None or entry[2]:
            continue
        auxiliary = next((n for n in range(k - 1, -1, -1) if tokens[n].low in lx.AUXILIARIES
                          and not ctx.in_quote(tokens[n])), None)
        if auxiliary is None:
            continue
        subject = subject_before(ctx, auxiliary, 0)
        if subject is None or subject[0].anonymous or subject[0].plural:
            continue
        verb = VerbMatch(k + 1, k + 2, entry[0], entry[1], None, tokens[k + 1].text)
        content = complement_start(ctx, verb)
        if content is None:
            continue
        start, end = ctx.text_span(tokens[content].start)
        direct, start, end = quote_only(ctx, start, end)
        statements.append(Statement(tokens[k + 1].start, start, end, direct, verb.text, verb.lemma, subject[0]))
    return statements


def find_shared_subject(ctx: SentenceView, found: list) -> list[Statement]:
    """ "Il assure qu'aucune opération n'a été annulée, mais reconnaît que …": a second finite
    speech verb after "mais"/"et" with no subject of its own is the first speaker's."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    earlier = [s for s in found if isinstance(s, Statement)]
    statements = []
    for k in range(2, limit - 2):
        if tokens[k].low not in ("mais", "et") or ctx.in_quote(tokens[k]):
            continue
        verb = match_verb(tokens, k + 1, limit, ctx.body)
        if verb is None or verb.negated or verb.pronoun is not None or tokens[k + 1].fold in lx.PRESENT_PARTICIPLES:
            continue
        speaker = next((s.mention for s in reversed(earlier) if s.pos < tokens[k].start), None)
        if speaker is None and tokens[k - 1].low != ",":
            speaker = _acting_subject(ctx, k)  # "La Jirama présente ses excuses … et assure que …"
        content = complement_start(ctx, verb) if speaker is not None else None
        if content is None or tokens[content - 1].low not in ("que", "qu'", ":") and lx.DIR not in verb.complements \
                and not content_has_quote(ctx, content):
            continue  # a que-clause, a colon, a directive ("et invite les usagers à …") or quoted words, not a noun
        start, end = ctx.text_span(tokens[content].start)
        direct, start, end = quote_only(ctx, start, end)
        statements.append(Statement(tokens[k + 1].start, start, end, direct, verb.text, verb.lemma, speaker))
    return statements


def _acting_subject(ctx: SentenceView, k: int) -> Mention | None:
    """The sentence's subject when the clause before "et" is one act of it: no subordinate
    clause, quotation or other break between that subject and the "et". The subject may come
    after a leading adverbial ("Dans un communiqué, la Conelec présente …")."""
    tokens = ctx.tokens
    parsed = next((p for p in (parse_speaker(tokens, n, k, ctx.body) for n in clause_starts(ctx, k)[:3])
                   if p is not None), None)
    if parsed is None or parsed[0].anonymous or parsed[0].plural:
        return None
    if not looks_verbal(tokens, parsed[1], k) and not quote_opens_at(ctx, tokens[parsed[1]].start):
        return None
    if any(t.low in _CLAUSE_MARKS and not ctx.in_quote(t) for t in tokens[parsed[1]:k]):
        return None  # a quotation may be part of the act: "la Conelec « présente ses excuses » et invite …"
    return parsed[0]


_CLAUSE_MARKS = frozenset({"que", "qu'", "qui", "dont", "où", ";", ":", "si", "quand", "lorsque", ","})


# Participles that judge what the words in quotation marks say: "une réponse jugée « très
# insuffisante » par X" is X's verdict, in X's words.
_JUDGING = lx.folded_set("jugé jugée jugés jugées qualifié qualifiée qualifiés qualifiées dénoncé dénoncée dénoncés "
                     "dénoncées salué saluée salués saluées critiqué critiquée critiqués critiquées décrit décrite "
                     "décrits décrites estimé estimée estimés estimées")


def find_passive_judgement(ctx: SentenceView, found: list) -> list[Statement]:
    """ "Une réponse jugée « très insuffisante » par Thierry Roux": the quotation is his."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    statements = []
    for k in range(1, limit - 3):
        if tokens[k].fold not in _JUDGING or ctx.in_quote(tokens[k]):
            continue
        quote = next((q for q in ctx.quotes if q.open >= tokens[k].end and ctx.index_at(q.open) <= k + 2), None)
        if quote is None:
            continue
        after = ctx.index_at(quote.close + 1)
        if after >= limit or tokens[after].low != "par":
            continue
        parsed = parse_speaker(tokens, after + 1, limit, ctx.body, contracted=True)
        if parsed is None or parsed[0].anonymous or parsed[0].plural:
            continue
        statements.append(Statement(tokens[k].start, quote.start, quote.end, True, tokens[k].text, "juger",
                                    parsed[0]))
    return statements


def find_before_adding(ctx: SentenceView, found: list) -> list[Statement]:
    """ "…, a-t-il dit, avant d'ajouter que …": the infinitive clause is a statement of its own,
    by the speaker the sentence already has."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    earlier = [s for s in found if isinstance(s, Statement)]
    statements = []
    for k in range(1, limit - 3):
        if tokens[k].low != "avant" or tokens[k + 1].low not in ("de", "d'") or ctx.in_quote(tokens[k]):
            continue
        lemma = infinitive_lemma(tokens[k + 2])
        speaker = next((s.mention for s in reversed(earlier) if s.pos < tokens[k].start), None)
        if lemma is None or speaker is None:
            continue
        statements.extend(_infinitive_statement(ctx, k, k + 2, lemma, speaker))
    return statements


def find_narrative_infinitive(ctx: SentenceView, found: list) -> list[Statement]:
    """ "Et le ministre d'ajouter que …", "Par ailleurs, le directeur de rappeler que …": the
    narrative infinitive after a subject reports that subject's words."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    statements = []
    for k in range(1, limit - 2):
        if tokens[k].low not in ("de", "d'") or ctx.in_quote(tokens[k]) or any(f.pos <= tokens[k].start < f.end
                                                                              for f in found):
            continue
        lemma = infinitive_lemma(tokens[k + 1])
        if lemma is None:
            continue
        subject = next((parsed for start in clause_starts(ctx, k, 0)
                        if (parsed := parse_speaker(tokens, start, k, ctx.body, lx.SUBJECT_PRONOUNS)) is not None
                        and parsed[1] == k), None)
        if subject is None or subject[0].anonymous or subject[0].plural:
            continue
        statements.extend(_infinitive_statement(ctx, k, k + 1, lemma, subject[0]))
    return statements


def _infinitive_statement(ctx: SentenceView, k: int, infinitive: int, lemma: str, speaker: Mention) -> list:
    """The statement of a speech verb's infinitive at `infinitive` ("avant d'ajouter que …",
    "le ministre de rappeler que …", from token k), or none when no content follows it."""
    tokens = ctx.tokens
    verb = VerbMatch(infinitive, infinitive + 1, lemma, (), None, ctx.body[tokens[k].start:tokens[infinitive].end])
    content = _participle_content(ctx, verb)
    if content is None:
        return []
    start, end = ctx.text_span(tokens[content].start)
    direct, start, end = quote_only(ctx, start, end)
    return [Statement(tokens[k].start, start, end, direct, verb.text, lemma, speaker)]


def _participle_content(ctx: SentenceView, verb: VerbMatch) -> int | None:
    """Only "que", ":" or an infinitive: "saluant le travail" names a thing."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    if lx.DIR in verb.complements:
        directive = directive_start(ctx, verb.end)
        if directive is not None or verb.complements == (lx.DIR,):
            return directive
    for j in adjunct_positions(tokens, verb.end, limit):
        if j >= limit:
            return None
        if tokens[j].low in ("que", "qu'", ":"):
            return j + 1 if j + 1 < limit else None
        if is_infinitive(tokens, j, limit) and tokens[j].low in ("de", "d'", "à", "avoir", "être", "ne", "n'"):
            return j
        if quote_opens_at(ctx, tokens[j].start):
            return j
        if starts_noun_phrase(tokens[j]) and content_has_quote(ctx, j) and verb.lemma not in NAMING_VERBS:
            return j  # "estimant le risque de récidive « faible à moyen »": the quoted words are theirs
    return None


_PARTICIPLE_CLITICS = frozenset({"leur", "lui", "les", "l'", "nous", "vous"})


def _participle_speaker(ctx: SentenceView, k: int, found: list) -> Mention | None:
    """Who speaks in a participle clause: the noun phrase it hangs on ("le parquet estimant"),
    else the sentence's earlier speaker or subject ("X s'est montré précis, estimant que")."""
    tokens = ctx.tokens
    if k >= 2 and tokens[k - 1].low in _PARTICIPLE_CLITICS:
        k -= 1  # ", leur demandant de …", ", les appelant à …"
    p = k - 1 if tokens[k - 1].low == "en" else k
    p = p - 1 if p < k and p >= 1 and tokens[p - 1].low == "tout" else p
    if p == k and tokens[p - 1].low != ",":
        for start in clause_starts(ctx, p):
            parsed = parse_speaker(tokens, start, p, ctx.body)
            if parsed is not None and parsed[1] == p:
                return parsed[0]
        return None
    earlier = [s for s in found if isinstance(s, Statement) and s.pos < tokens[k].start]
    if p < k and tokens[p - 1].low != "," and not (p < k - 1 and ctx.in_quote(tokens[p - 1])) and earlier:
        return None  # "a-t-elle noté en ajoutant que": one speech act; "« … » tout en ajoutant": two
    if earlier:
        return earlier[-1].mention
    for start in clause_starts(ctx, p):
        parsed = parse_speaker(tokens, start, p, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is not None and (looks_verbal(tokens, parsed[1], p)
                                   or _subject_before_incise(ctx, start, parsed[1], p)):
            return parsed[0]
    return None


def _main_verb_comma(ctx: SentenceView, content: int) -> int | None:
    """ "Le maire, estimant que la dette est maîtrisée, a signé …": the comma where the main
    clause's verb takes over from a participle incise."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for n in range(content + 1, limit - 1):
        if tokens[n].low == "," and not ctx.in_quote(tokens[n]) and (
                tokens[n + 1].low in lx.AUXILIARIES or match_verb(tokens, n + 1, limit, ctx.body) is not None):
            return n  # "…, a signé", "…, estime que …"
    return None


def _subject_before_incise(ctx: SentenceView, start: int, end: int, p: int) -> bool:
    """ "Le maire Paul Roux, estimant que …, a signé": the participle is an incise between the
    sentence's subject (opening it, closed by the comma before the participle) and its verb."""
    return start == 0 and end == p - 1 and ctx.tokens[end].low == "," and ctx.tokens[0].is_cap


_RELATIVE_SOURCES = frozenset({"lequel", "laquelle", "qui"})


def find_relative_statements(ctx: SentenceView, attributed: list[Statement] = ()) -> list[Statement]:
    """ "…du député Luc Ferrand, selon lequel la Suisse …", "X, pour qui …", "X, qui
    a assuré que …, a …": the relative clause reports the words of the name right before it,
    or of the speaker an attribution there already gave ("« … », a regretté le technicien,
    qui a ajouté que …")."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    statements = []
    for k in range(2, limit - 2):
        if tokens[k - 1].low == "," and tokens[k].low == "qui" and not ctx.in_quote(tokens[k]):
            said = _relative_speech(ctx, k, attributed)
            if said is not None:
                statements.append(said)
            continue
        if tokens[k - 1].low != "," or tokens[k].low not in ("selon", "pour") or ctx.in_quote(tokens[k]):
            continue
        if tokens[k + 1].low not in _RELATIVE_SOURCES or (tokens[k].low == "pour") != (tokens[k + 1].low == "qui"):
            continue
        mention = _name_ending_at(ctx, k - 1)
        if mention is None:
            continue
        start, end = ctx.text_span(tokens[k + 2].start)
        if ctx.words_between(k + 2, limit) < MIN_CONTENT_WORDS:
            continue
        direct, start, end = quote_only(ctx, start, end)
        verb = ctx.body[tokens[k].start:tokens[k + 1].end]
        statements.append(Statement(tokens[k].start, start, end, direct, verb, "", mention, "according_to"))
    return statements


def _relative_speech(ctx: SentenceView, k: int, attributed: list[Statement]) -> Statement | None:
    """ "Marie Dubois, qui estime que « rien n'a été fait », a saisi la justice." """
    tokens, limit = ctx.tokens, len(ctx.tokens)
    verb = match_verb(tokens, k + 1, limit, ctx.body)
    if verb is None or verb.negated or verb.pronoun is not None:
        return None
    content = complement_start(ctx, verb)
    if content is None:
        return None
    comma = tokens[k - 1].start
    mention = next((s.mention for s in attributed if s.mention.end == comma), None)
    if mention is not None and not _reports_words(ctx, verb, content):
        return None  # "…, a souligné le coach, qui a salué la performance de son gardien"
    mention = mention or _name_ending_at(ctx, k - 1, allow_role=True)
    if mention is None:
        return None
    stop = next((n for n in range(content, limit) if tokens[n].low == "," and not ctx.in_quote(tokens[n])), limit)
    start, end = ctx.text_span(tokens[content].start, tokens[stop].start if stop < limit else None)
    if ctx.words_between(content, stop) < MIN_CONTENT_WORDS - 1:
        return None
    direct, start, end = quote_only(ctx, start, end)
    return Statement(tokens[k + 1].start, start, end, direct, verb.text, verb.lemma, mention)


def _reports_words(ctx: SentenceView, verb: VerbMatch, content: int) -> bool:
    """The complement is words, not a mere object: a que-clause, a directive, a quotation."""
    return ctx.tokens[content - 1].low in ("que", "qu'", ":") or lx.DIR in verb.complements \
        or content_has_quote(ctx, content)


def _name_ending_at(ctx: SentenceView, comma: int, allow_role: bool = False) -> Mention | None:
    """The speaker expression that ends right before the comma at `comma` (with `allow_role`,
    a definite role too: "Le maire, qui a assuré que …")."""
    tokens = ctx.tokens
    for start in range(max(0, comma - 14), comma):
        if tokens[start].low in lx.DEFINITE_DETS or tokens[start].low in ("du", "au") or tokens[start].is_cap:
            # up to the comma and over it, so that an apposed role may run on to it ("X, professeur
            # d'économie à l'université de Sfax, pour qui …" is X)
            parsed = parse_speaker(tokens, start, comma + 1, ctx.body, contracted=tokens[start].low in ("du", "au"))
            if parsed is None or parsed[0].anonymous or parsed[0].plural:
                continue
            if parsed[1] == comma and (parsed[0].name is not None or parsed[0].kind == "organisation"
                                       or allow_role and parsed[0].how == "role" and start == 0):
                return parsed[0]
    return None


_SPEECH_NOUNS = lx.folded_set("phrase déclaration déclarations propos mots paroles annonce message formule remarque "
                          "confidence confidences avertissement appel discours citation réponse")
_PASSIVE_PARTICIPLES = ("prononc", "tenu", "fait", "lanc", "formul", "écrit", "ecrit", "adress", "lâch", "lach")
_LOOK_BACK = frozenset({"ce", "cette", "ces", "cet"})


def find_retrospective(ctx: SentenceView):
    """ "Cette phrase … a été prononcée par Habib El Malki", "C'est ce qu'a affirmé le ministre":
    the sentence names who said the previous one. Returns (mention, verb, lemma) or None."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    if limit < 4:
        return None
    if tokens[0].low in ("c'", "voilà", "voila") and _cleft_at(tokens) is not None:
        attribution = attribution_after(ctx, _cleft_at(tokens))
        if attribution is None or attribution == ANONYMOUS:
            return None
        mention, verb, lemma, _, _ = attribution
        return (mention, verb, lemma) if not mention.plural and not mention.anonymous else None
    if tokens[0].low not in _LOOK_BACK or tokens[1].fold not in _SPEECH_NOUNS:
        return None
    for e in range(2, min(limit - 2, 30)):
        if tokens[e].low == "été" and tokens[e - 1].low in ("a", "ont", "avait", "avaient") \
                and tokens[e + 1].fold.startswith(_PASSIVE_PARTICIPLES):
            for n in range(e + 2, min(limit - 1, e + 16)):
                if tokens[n].low == "par":
                    parsed = parse_speaker(tokens, n + 1, limit, ctx.body)
                    if parsed is None or parsed[0].anonymous or parsed[0].plural:
                        return None
                    return parsed[0], ctx.body[tokens[e - 1].start:tokens[e + 1].end], ""
            return None
    return None


def _cleft_at(tokens: list[Token]) -> int | None:
    """Index of the verb in "C'est ce qu'a déclaré X" / "Voilà ce qu'affirme X"."""
    n = 2 if tokens[0].low == "c'" and tokens[1].low == "est" else 1 if tokens[0].low in ("voilà", "voila") else None
    if n is None or n + 1 >= len(tokens) or tokens[n].low != "ce" or tokens[n + 1].low not in ("qu'", "que"):
        return None
    return n + 2
