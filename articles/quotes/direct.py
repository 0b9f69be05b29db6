"""Direct quotations that carry their own attribution.

    « … », a déclaré X      X : « … »      X, pour qui « … »      « …, a-t-il dit. … »
    a standalone « … » after someone spoke (continuation) or after a question (answer)
"""
from __future__ import annotations

from . import lexicon as lx
from .clauses import (ANONYMOUS, ASKED, SPOKE, SentenceView, Statement, according_opener, adjunct_positions,
                      attribution_after, clause_starts, looks_verbal, parse_source, verb_in)
from .mentions import Mention, parse_speaker
from .text import QuoteSpan, Token
from .verbs import infinitive_lemma, match_verb, may_start_verb


def find_direct(ctx: SentenceView, previous: str | None) -> list:
    """Statements for the « quotations » of a sentence that carry their own attribution."""
    results: list = []
    carried = None  # attribution of a quote split around its verb: « A », a-t-il dit, « B »
    for n, quote in enumerate(ctx.quotes):
        if carried is not None and carried[2] == quote.open:
            mention, verb, _, lemma, how = carried
            results.append(Statement(quote.open, quote.start, quote.end, True, verb, lemma, mention, how))
            carried = None
            continue
        found = (_postposed_after_quote(ctx, quote) or _colon_before_quote(ctx, quote)
                 or _relative_before_quote(ctx, quote) or _incise_inside_quote(ctx, quote)
                 or _standalone_quote(ctx, quote, previous if n == 0 else None))
        if found is None:
            continue
        if isinstance(found, list):  # the two halves of « …, a-t-il dit. … »
            results.extend(found)
            continue
        if found == ANONYMOUS:
            results.append(ANONYMOUS)
            continue
        statement, next_open = found
        results.append(statement)
        if next_open is not None:
            carried = (statement.mention, statement.verb, next_open, statement.lemma, statement.how)
    return results


def _postposed_after_quote(ctx: SentenceView, quote: QuoteSpan):
    k = ctx.index_at(quote.close + 1)
    if k < len(ctx.tokens) and ctx.tokens[k].low == ",":
        k += 1
    attribution = attribution_after(ctx, k, after_quote=True)
    if attribution is None or attribution == ANONYMOUS:
        return attribution
    mention, verb_text, lemma, end, how = attribution
    clause_start = _clause_start_before(ctx, quote)
    if ctx.body[clause_start:quote.open].strip():
        # mixed quotation: 'Ce document "a réaffirmé …", a-t-elle noté' reports a whole clause
        start, stop = ctx.text_span(clause_start, quote.close + 1)
        return Statement(ctx.tokens[k].start, start, stop, False, verb_text, lemma, mention, how), None
    next_open = None
    if end < len(ctx.tokens) and ctx.tokens[end].low == "," and end + 1 < len(ctx.tokens):
        following = ctx.tokens[end + 1]
        next_open = following.start if any(q.open == following.start for q in ctx.quotes) else None
    statement = Statement(ctx.tokens[k].start, quote.start, quote.end, True, verb_text, lemma, mention, how)
    return statement, next_open


def _clause_start_before(ctx: SentenceView, quote: QuoteSpan) -> int:
    """Start of the clause holding the quotation: sentence start or just after a colon."""
    start = ctx.span.start
    for token in ctx.tokens:
        if token.start >= quote.open:
            break
        if token.low == ":" and not ctx.in_quote(token):
            start = token.end
    return start


def _colon_before_quote(ctx: SentenceView, quote: QuoteSpan):
    """ "M. Dupont l'assure : « … »", "Et d'ajouter : « … »"."""
    q = ctx.index_at(quote.open)
    if q == 0:
        return None
    headline = _headline_name(ctx, q)
    if headline is not None:
        return Statement(quote.open, quote.start, quote.end, True, ":", "", headline), None
    if ctx.tokens[q - 1].low != ":":
        return None
    colon = q - 1
    if colon >= 2 and ctx.tokens[colon - 2].low in ("de", "d'") and infinitive_lemma(ctx.tokens[colon - 1]):
        verb = ctx.body[ctx.tokens[colon - 2].start:ctx.tokens[colon - 1].end]
        mention = Mention(ctx.tokens[colon - 2].start, ctx.tokens[colon - 1].end, "continuation", "person")
        return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, verb,
                         infinitive_lemma(ctx.tokens[colon - 1]), mention, "continuation"), None
    if colon == 1 and ctx.tokens[0].fold in lx.PRESENT_PARTICIPLES:  # "Indiquant : « … »" goes on
        lemma = lx.PRESENT_PARTICIPLES[ctx.tokens[0].fold][0]
        mention = Mention(ctx.tokens[0].start, ctx.tokens[0].end, "continuation", "person")
        return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, ctx.tokens[0].text, lemma, mention,
                         "continuation"), None
    according = _source_ending_at_colon(ctx, colon)
    if according == ANONYMOUS:  # "Selon un témoin : « … »"
        return ANONYMOUS
    if according is not None:  # "Selon lui : « … »"
        return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, according[1], "", according[0],
                         "according_to"), None
    named = _name_ending_at_colon(ctx, colon)
    if named is not None:  # "…, à l'image de Me Hélène Vasseur : « … »"
        return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, ":", "", named), None
    for start in clause_starts(ctx, colon):
        parsed = parse_speaker(ctx.tokens, start, colon, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None:
            continue
        mention, end = parsed
        if mention.anonymous or mention.plural:
            return ANONYMOUS
        if ctx.tokens[start].fold in lx.EVENT_NOUNS or lx.fold(mention.head or "") in lx.EVENT_NOUNS:
            return None  # "Sommet de la Cédéao : « … »" hosts the words
        if start == 0 and mention.how == "name" and mention.kind == "person" and mention.role is None \
                and len((mention.name or "").split()) < 2 and end < colon and verb_in(ctx, end, colon) is None:
            return None  # "Lire aussi : « … »": a capitalised word opening the line is no speaker
        verb = verb_in(ctx, end, colon)
        if end == colon or verb is not None or looks_verbal(ctx.tokens, end, colon):
            text = verb.text if verb else ":"
            return Statement(ctx.tokens[colon].start, quote.start, quote.end, True, text,
                             verb.lemma if verb else "", mention), None
    return None


def _headline_name(ctx: SentenceView, q: int) -> Mention | None:
    """ "Odile Brun – « … »", "Odile Brun« … »": a headline gives a full name, then
    a dash or nothing, then the quotation."""
    end = q - 1 if ctx.tokens[q - 1].low in ("–", "—", "-") else q
    parsed = parse_speaker(ctx.tokens, 0, end, ctx.body)
    if parsed is None or parsed[1] != end or end == 0:
        return None
    mention = parsed[0]
    if mention.kind != "person" or mention.anonymous or len((mention.name or "").split()) < 2:
        return None
    return mention


def _source_ending_at_colon(ctx: SentenceView, colon: int):
    """ "Selon lui : « … »", "D'après la préfecture : « … »": (the source, "Selon"), ANONYMOUS
    for "Selon un témoin : « … »", or None."""
    tokens = ctx.tokens
    for start in clause_starts(ctx, colon):
        skip = according_opener(tokens, start)
        if not skip:
            continue
        source = parse_source(ctx, start + skip, colon)
        if source == ANONYMOUS:
            return ANONYMOUS
        if source is not None and source[1] == colon:
            return source[0], ctx.body[tokens[start].start:tokens[start + skip - 1].end]
    return None


MAX_NAME_BEFORE_COLON = 12  # tokens: a name and a short role ("Deborah Cohen, maître de conférences")


def _name_ending_at_colon(ctx: SentenceView, colon: int) -> Mention | None:
    """A titled or full personal name, maybe with a role, right before the colon: after a
    preposition ("à l'image de Me Hélène Vasseur : « … »") or as the object of a relative
    clause ("une décision qui surprend Deborah Cohen, maître de conférences : « … »")."""
    tokens = ctx.tokens
    for start in range(max(1, colon - MAX_NAME_BEFORE_COLON), colon):
        if not tokens[start].is_cap and tokens[start].low not in lx.TITLES:
            continue
        after_relative = start >= 2 and tokens[start - 2].low == "qui" and tokens[start - 1].is_word \
            and not tokens[start - 1].is_cap and match_verb(tokens, start - 1, colon, ctx.body) is None
        if tokens[start - 1].low not in ("de", "d'", "par", "pour", "chez") and not after_relative:
            continue
        parsed = parse_speaker(tokens, start, colon, ctx.body)
        if parsed is not None and (parsed[1] == colon or _role_to_colon(ctx, parsed[0], parsed[1], colon)) \
                and parsed[0].kind == "person" and not parsed[0].anonymous \
                and (parsed[0].how == "title" or len((parsed[0].name or "").split()) >= 2):
            return parsed[0]
    return None


_NOT_IN_A_ROLE = frozenset({"qui", "que", "qu'", "dont", "où", "est", "a", "était", "avait", "sont", "ont", "se", "s'",
                            "lui", "leur", "y", "en", "nous", "vous"})


def _role_to_colon(ctx: SentenceView, mention: Mention, end: int, colon: int) -> bool:
    """ ", maître de conférences à l'université :" after a name, or the rest of its role
    (", avocate au barreau de Kinshasa :"): a description with no verb in it that the colon closes."""
    tokens = ctx.tokens
    if tokens[end].low == ",":
        end += 1
    elif mention.role is None:
        return False
    return end < colon and all(t.is_word and t.low not in _NOT_IN_A_ROLE and match_verb(tokens, n, colon, ctx.body)
                               is None for n, t in enumerate(tokens[end:colon], start=end))


def _relative_before_quote(ctx: SentenceView, quote: QuoteSpan):
    """ "Marc Duhalde, pour qui « … »": the quote belongs to the name before."""
    q = ctx.index_at(quote.open)
    if q < 3 or ctx.tokens[q - 1].low != "qui" or ctx.tokens[q - 2].low not in ("pour", "selon"):
        return None
    comma = q - 3
    if ctx.tokens[comma].low != ",":
        return None
    for start in clause_starts(ctx, comma):
        parsed = parse_speaker(ctx.tokens, start, comma, ctx.body)
        if parsed is not None and parsed[1] == comma and not parsed[0].anonymous:
            verb = ctx.body[ctx.tokens[q - 2].start:ctx.tokens[q - 1].end]
            return Statement(ctx.tokens[q - 2].start, quote.start, quote.end, True, verb, "", parsed[0],
                             "according_to"), None
    return None


def _standalone_quote(ctx: SentenceView, quote: QuoteSpan, previous: str | None):
    """A sentence that is only a quotation goes on with whoever just spoke, or, opening a
    paragraph after an interviewer's question, is the interviewee's answer."""
    if previous is None or (previous == ASKED and not ctx.span.first_in_paragraph):
        return None
    outside = [t for t in ctx.tokens if not (quote.open <= t.start <= quote.close) and t.is_word]
    if outside:
        return None
    how = "continuation" if previous == SPOKE else "answer"
    mention = Mention(quote.open, quote.open, how, "person")
    attribution = "continuation" if previous == SPOKE else "transcript"
    return Statement(quote.open, quote.start, quote.end, True, "", "", mention, attribution), None


def _incise_inside_quote(ctx: SentenceView, quote: QuoteSpan):
    """ "« Le seul bémol, a-t-il confié après la rencontre. Un début de match difficile. »":
    the attribution sits inside the marks. One statement, the whole quotation (as printed,
    the incise with it, like reported speech cut by one): its halves are not two sayings."""
    tokens = ctx.tokens
    first, last = ctx.index_at(quote.start), ctx.index_at(quote.end)
    for c in range(first + 1, last - 1):
        if tokens[c].low != ",":
            continue
        attribution = attribution_after(ctx, c + 1, after_quote=True)
        if attribution is None or attribution == ANONYMOUS:
            continue
        mention, verb, lemma, end, how = attribution
        end = _incise_end(tokens, end, last)
        if end is None:
            continue
        stop = quote.end if end < last and any(t.is_word for t in tokens[end:last]) else tokens[c].start
        return [Statement(tokens[c + 1].start, *_strip_spaces(ctx.body, quote.start, stop), True, verb, lemma,
                          mention, how)]
    return None


def _incise_end(tokens: list[Token], end: int, last: int) -> int | None:
    """Where the incise closes: after its adjuncts ("après la rencontre, en zone mixte."),
    at a full stop, or at the comma before the quotation resumes."""
    for p in reversed(list(adjunct_positions(tokens, end, last))):
        if p >= last:
            return last
        if tokens[p].low in (".", ";", "!", "?", "…"):
            return p + 1
        if p > end and tokens[p - 1].low == ",":
            return p
    return None


def _strip_spaces(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1] in " \t\n,":
        end -= 1
    return start, end


# Nouns whose « … » complement is a name, not words: "le film « Un simple accident »".
_NAMED_THING_NOUNS = lx.folded_set(
    "film livre roman ouvrage album chanson titre émission série spectacle pièce opération plan programme "
    "projet dossier affaire loi texte slogan parti mouvement collectif association journal magazine "
    "rubrique hashtag mot-dièse surnom sobriquet label prix trophée festival exposition campagne")
MAX_TITLE_WORDS = 5
MIN_MIXED_WORDS = 4  # "« franches et sérieuses »" may be anyone's epithet; a clause is someone's words
MAX_MIXED_GAP = 8    # subject, verb and a few words, then the quotation


def find_subject_quote(ctx: SentenceView) -> list[Statement]:
    """ "Odile Brun veut sauver « l'âme du vieux port »": a quotation inside a
    clause whose subject names a speaker carries that speaker's words, whatever the verb."""
    if not ctx.quotes:
        return []
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for start in clause_starts(ctx, limit)[:3]:
        if ctx.in_quote(tokens[start]):
            continue
        parsed = parse_speaker(tokens, start, limit, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None:
            continue
        mention, end = parsed
        if mention.anonymous or mention.plural or not _names_a_speaker(mention) \
                or not looks_verbal(tokens, end, limit):
            continue
        return _quotes_in_clause(ctx, mention, end)
    return []


def find_quoted_verb(ctx: SentenceView) -> Statement | None:
    """The subject's « speech verb … » quotation alone, beside what else the sentence says:
    "le club « conteste fermement … » et indique avoir saisi la commission d'appel"."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    # the cheap test first, on a hot path: a quotation whose first word may be a verb
    opening = {ctx.index_at(q.open): q for q in ctx.quotes}
    opening = {n: q for n, q in opening.items() if n + 1 < limit and may_start_verb(tokens[n + 1])}
    if not opening:
        return None
    for start in clause_starts(ctx, limit)[:3]:
        if ctx.in_quote(tokens[start]):
            continue
        parsed = parse_speaker(tokens, start, limit, ctx.body, lx.SUBJECT_PRONOUNS)
        if parsed is None or parsed[0].anonymous or parsed[0].plural:
            continue
        end = parsed[1]
        if end + 1 < limit and tokens[end].low in _VERB_CLITICS:
            end += 1  # "Le ministère y « appelle … »", "Le gouvernement leur « demande … »"
        if end in opening:
            statement = _quoted_speech_verb(ctx, end, opening[end], parsed[0])
            if statement is not None:
                return statement
    return None


_VERB_CLITICS = frozenset({"y", "en", "lui", "leur", "nous", "vous"})


def _quoted_speech_verb(ctx: SentenceView, end: int, quote: QuoteSpan, mention: Mention) -> Statement | None:
    """ "Le gouvernement « exhorte les transporteurs à … »": the quotation opens on the
    subject's own speech verb, so whoever the subject is (a generic body too) said it all."""
    verb = match_verb(ctx.tokens, end + 1, len(ctx.tokens), ctx.body)
    if verb is None or verb.first != end + 1 or verb.pronoun is not None \
            or len(ctx.body[quote.start:quote.end].split()) < 3:
        return None
    return Statement(quote.open, quote.start, quote.end, True, verb.text, verb.lemma, mention)


def _names_a_speaker(mention: Mention) -> bool:
    """A full name, a title, a pronoun, a named body: never a bare capitalised sentence opener."""
    if mention.how in ("pronoun", "title"):
        return True
    if mention.how == "body":
        return False  # "La société a annoncé un « plan … »": a generic body names things
    if mention.how == "role":
        return mention.name is not None
    return mention.kind == "organisation" or len((mention.name or "").split()) >= 2


def _quotes_in_clause(ctx: SentenceView, mention: Mention, end: int) -> list[Statement]:
    tokens = ctx.tokens
    statements = []
    for quote in ctx.quotes:
        q = ctx.index_at(quote.open)
        if q <= end or q - end > MAX_MIXED_GAP or tokens[end].low == "et" \
                or any(t.low in _CLAUSE_CHANGES and not ctx.in_quote(t) for t in tokens[end:q]):
            break  # "…, qui …", "; …": the quotation is no longer in the subject's clause
        if _is_title(ctx, quote) or _names_thing(tokens, q) \
                or len(ctx.body[quote.start:quote.end].split()) < MIN_MIXED_WORDS:
            continue
        verb = ctx.body[tokens[end].start:tokens[q - 1].end] if q > end else ""
        statements.append(Statement(quote.open, quote.start, quote.end, True, verb, "", mention))
    return statements


_CLAUSE_CHANGES = frozenset({"que", "qu'", "qui", "dont", "où", ";", ":", "si", "lorsque", "quand", "selon", ","})


def _is_title(ctx: SentenceView, quote: QuoteSpan) -> bool:
    """ "« Dossiers du Rocher »", "“Un simple accident”": a short capitalised quotation names a thing."""
    words = ctx.body[quote.start:quote.end].split()
    return not words or (words[0][:1].isupper() and len(words) <= MAX_TITLE_WORDS
                         and not ctx.body[quote.end - 1:quote.end] in ".!?…")


def _names_thing(tokens: list[Token], q: int) -> bool:
    """ "le parti des « RSS »", "au film « … »": the quotation is the name of the noun before it."""
    if q == 0:
        return False
    before = tokens[q - 1]
    # after a determiner the quotation is a noun phrase: "un « plan de sauvegarde »"
    return before.low in ("du", "des", "au", "aux") or before.fold in _NAMED_THING_NOUNS \
        or before.low in lx.DEFINITE_DETS or before.low in lx.INDEFINITE_DETS or before.low in lx.POSSESSIVES \
        or q >= 2 and tokens[q - 2].fold in _NAMED_THING_NOUNS and before.is_cap
