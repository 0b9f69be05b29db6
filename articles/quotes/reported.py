"""Reported speech: postposed attribution, subject + speech verb + que/:/infinitive,
"selon X, …", and sentences that announce the next quotation.

    …, a annoncé jeudi le ministre X.      X a souligné que …      Selon X, …
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .clauses import (ANONYMOUS, COORDINATIONS, MAX_INCISE_TOKENS, MIN_CONTENT_WORDS, Introduction, SentenceView,
                      Statement, adjunct_positions, attribution_after, clause_starts, content_has_quote, next_comma,
                      parse_source, quote_opens_at, starts_noun_phrase, subject_before)
from .mentions import Mention
from .text import Token
from .verbs import VerbMatch, match_verb, may_start_verb


def find_speech_intro(ctx: SentenceView) -> list[Introduction]:
    """ "Le joueur s'est longuement confié après l'entraînement." announces the next « … »."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for v in ctx.verb_starts:
        verb = match_verb(tokens, v, limit, ctx.body)
        if verb is None or verb.negated or verb.pronoun is not None:
            continue
        subject = subject_before(ctx, v, 0)
        if subject is None or subject[0].anonymous or subject[0].plural:
            continue
        if any(all(not t.is_word for t in tokens[j:]) for j in adjunct_positions(tokens, verb.end, limit)):
            return [Introduction(subject[0].start, subject[0], True)]
    return []


def find_indirect(ctx: SentenceView) -> list:
    """Reported speech: postposed attribution, subject + verb + que, or selon/d'après/pour."""
    postposed = _postposed_statement(ctx)
    if postposed == ANONYMOUS:
        return [ANONYMOUS]
    subject_first = _subject_first_statements(ctx)
    if postposed is not None and subject_first and postposed.pos > subject_first[-1].start:
        inside = _according_to_inside(ctx, subject_first[-1], postposed)
        if inside is not None:  # "Elle souligne que …, ce qui constitue, selon elle, « … »"
            return subject_first[:-1] + list(inside)
    if postposed is not None and not (_is_media(postposed.mention) and subject_first):
        return [postposed]
    according = _according_to_statement(ctx)
    if subject_first and according is not None and according.start < subject_first[0].pos \
            and _after_conjunction(ctx, ctx.index_at(subject_first[0].mention.start)):
        # "D'après les syndicats, …, alors que le préfet a assuré que …": two sources
        return [_cut_before(ctx, according, ctx.index_at(subject_first[0].mention.start))] + subject_first
    if subject_first:
        return subject_first
    if according is None:
        according = _as_said_statement(ctx) or _stance_before_colon(ctx) or _cleft_statement(ctx)
    return [according] if according is not None else []


def _cleft_statement(ctx: SentenceView) -> Statement | None:
    """ "Ce qu'a dit X, c'est que …", "Ce que souligne X, c'est …": what follows "c'est" is X's."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for k in clause_starts(ctx, limit)[:3]:
        if k + 4 >= limit or tokens[k].low != "ce" or tokens[k + 1].low not in ("que", "qu'"):
            continue
        attribution = attribution_after(ctx, k + 2)
        if attribution is None or attribution == ANONYMOUS:
            return None
        mention, verb, lemma, end, how = attribution
        if end + 2 >= limit or tokens[end].low != "," or tokens[end + 1].low not in ("c'", "ce") \
                or tokens[end + 2].low not in ("est", "était"):
            return None
        content = end + 3
        content = next((j + 1 for j in range(content, min(content + 4, limit))  # "c'est tout simplement que"
                        if tokens[j].low in ("que", "qu'")), content)
        if ctx.words_between(content, limit) < MIN_CONTENT_WORDS:
            return None
        start, stop = ctx.text_span(tokens[content].start)
        return Statement(tokens[k + 2].start, start, stop, False, verb, lemma, mention, how)
    return None


# "X est catégorique : …", "X en est convaincu : …", "X s'est montrée claire : …"
_STANCE_COPULAS = frozenset({"est", "était", "été", "reste", "restait", "dit", "montre", "montré", "montrée",
                             "veut", "voulu", "déclare", "déclaré", "déclarée", "affiche", "semble"})
_STANCE_WORDS = lx.folded_set(
    "catégorique catégoriques clair claire formel formelle affirmatif affirmative convaincu convaincue persuadé "
    "persuadée sûr sûre certain certaine confiant confiante optimiste pessimiste lucide prudent prudente ferme "
    "inquiet inquiète sceptique réaliste")


def _stance_before_colon(ctx: SentenceView) -> Statement | None:
    """ "Paul Roy est catégorique : la ville ne paiera pas." The subject's stance announces
    what follows its colon as their words."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    colon = next((k for k, t in enumerate(tokens) if t.low == ":" and not ctx.in_quote(t)), None)
    if colon is None or colon < 3 or ctx.words_between(colon + 1, limit) < MIN_CONTENT_WORDS:
        return None
    k = colon - 1
    while k > 0 and (tokens[k].low in lx.VERB_ADVERBS or tokens[k].low.endswith("ment")) \
            and tokens[k].fold not in _STANCE_WORDS:
        k -= 1
    if tokens[k].fold not in _STANCE_WORDS:
        return None
    v = k - 1
    while v > 0 and tokens[v].low in lx.VERB_ADVERBS | {"bien", "très", "plutôt", "assez", "tout"}:
        v -= 1
    if tokens[v].low not in _STANCE_COPULAS:
        return None
    while v > 0 and (tokens[v - 1].low in lx.AUXILIARIES or tokens[v - 1].low in ("s'", "se", "en", "a")):
        v -= 1
    subject = subject_before(ctx, v, 0)
    if subject is None or subject[0].anonymous or subject[0].plural:
        return None
    start, end = ctx.text_span(tokens[colon].end)
    direct, start, end = quote_only(ctx, start, end)
    verb = ctx.body[tokens[v].start:tokens[colon - 1].end]
    return Statement(tokens[v].start, start, end, direct, verb, "", subject[0])


def _as_said_statement(ctx: SentenceView) -> Statement | None:
    """ "Comme l'a rappelé le maire, …", "Ainsi que le souligne X, …" (sentence start) and
    "…, comme l'a expliqué X." (sentence end): the rest of the sentence is X's."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for k in range(0, limit - 3):
        n = k + 1 if tokens[k].low == "comme" else k + 2 if tokens[k].low == "ainsi" and tokens[k + 1].low == "que" \
            else None
        if n is None or ctx.in_quote(tokens[k]):
            continue
        # "Mais, comme le souligne X, …", "Et comme le rappelle X, …": a connective still opens the sentence
        opening = all(t.low in COORDINATIONS or t.low in lx.SENTENCE_ADVERBS or t.low == "," for t in tokens[:k])
        if not opening and tokens[k - 1].low != ",":
            continue
        if tokens[n].low in ("l'", "le"):
            n += 1
        attribution = attribution_after(ctx, n)
        if attribution is None or attribution == ANONYMOUS:
            continue
        mention, verb, lemma, end, how = attribution
        if opening and end < limit and tokens[end].low == "," and ctx.words_between(end, limit) >= MIN_CONTENT_WORDS:
            start, stop = ctx.text_span(tokens[end].end)
        elif k > 0 and ctx.words_between(0, k) >= MIN_CONTENT_WORDS and all(not t.is_word for t in tokens[end:]):
            start, stop = ctx.text_span(ctx.span.start, tokens[k - 1].start)
        else:
            continue
        return Statement(tokens[n].start, start, stop, False, verb, lemma, mention, how)
    return None


def _after_conjunction(ctx: SentenceView, n: int) -> bool:
    """ "…, alors que le préfet …", "…, mais le préfet …": a second clause, with its own source."""
    tokens = ctx.tokens
    return n >= 2 and (tokens[n - 1].low in COORDINATIONS
                       or tokens[n - 1].low in ("que", "qu'") and tokens[n - 2].low in ("alors", "tandis"))


def _is_media(mention: Mention) -> bool:
    return mention.kind == "organisation" and (
        mention.head in lx.MEDIA_HEADS or lx.fold(mention.name or "") in lx.MEDIA_NAMES)


def _postposed_statement(ctx: SentenceView):
    tokens = ctx.tokens
    for k in range(1, len(tokens)):
        # "… est envisagé selon le ministre X.": a closing selon needs no comma
        closing_selon = tokens[k].low == "selon" and tokens[k - 1].is_word and not ctx.in_quote(tokens[k])
        if (tokens[k - 1].low != "," or ctx.in_quote(tokens[k - 1])) and not closing_selon:
            continue
        if not may_start_verb(tokens[k]) and tokens[k].low not in ("selon", "d'"):
            continue
        attribution = attribution_after(ctx, k)
        if attribution is None or closing_selon and attribution != ANONYMOUS and not _closes(ctx, attribution[3]):
            continue
        if attribution == ANONYMOUS:
            if closing_selon:
                continue  # "classés selon leur âge", "selon des sources": nobody, and no verdict on the rest
            return ANONYMOUS
        mention, verb, lemma, end, how = attribution
        if end < len(tokens) and tokens[end].low in ("à", "de", "d'") and lemma in _DIRECTIVE_LEMMAS:
            continue  # "Leur présidente, Léonore Porchet, a appelé la Municipalité à revenir": its addressee
        if ctx.words_between(0, k - 1) >= MIN_CONTENT_WORDS:
            start, stop = ctx.text_span(ctx.span.start, tokens[k if closing_selon else k - 1].start)
        elif ctx.words_between(end, len(tokens)) >= MIN_CONTENT_WORDS and tokens[end].low == ",":
            start, stop = ctx.text_span(tokens[end].end)  # ", a-t-il estimé, la situation est grave"
        else:
            continue
        if end + 1 < len(tokens) and tokens[end].low == "," and (
                _resumes_clause(tokens[end + 1]) or quote_opens_at(ctx, tokens[end + 1].start)):
            start, stop = ctx.text_span(ctx.span.start)  # "Les menaces, a précisé le magistrat, ont été reçues…"
        return Statement(tokens[k].start, start, stop, False, verb, lemma, mention, how)
    return None


def _closes(ctx: SentenceView, end: int) -> bool:
    """The source ends the sentence, or a relative clause about it follows ("… qui avance …")."""
    tokens = ctx.tokens
    return end >= len(tokens) or tokens[end].low in (".", "!", "?", "…", ";", ",", "qui")


_DIRECTIVE_LEMMAS = frozenset(entry[0] for entry in lx.FINITE.values() if lx.DIR in entry[1])
_TRAILING_CLAUSE_STARTS = frozenset({"qui", "que", "qu'", "dont", "lors", "avant", "après", "en", "dans", "sans",
                                     "tout", "selon", "mais", "et", "alors", "tandis", "sur", "à", "au", "devant"})


def _resumes_clause(token: Token) -> bool:
    """After an incise ", a précisé le magistrat," the interrupted clause goes on with its verb;
    ", qui …", ", lors de …", ", ajoutant …" only add to the attribution."""
    return token.is_word and not token.is_cap and token.low not in _TRAILING_CLAUSE_STARTS \
        and not token.low.endswith("ant")


def _subject_first_statements(ctx: SentenceView) -> list[Statement]:
    """ "X a souligné que …", and a second coordinated one: "…, mais elle a assuré que …"."""
    statements: list[Statement] = []
    k, limit = 0, len(ctx.tokens)
    while k < limit:
        found = _next_subject_first(ctx, k)
        if found is None:
            break
        statement, subject_index, content_index = found
        if statements and subject_index > 0 and not _nested(ctx, k, subject_index):
            statements[-1] = _cut_before(ctx, statements[-1], subject_index)
        statements.append(statement)
        k = content_index
    return statements


MAX_NESTED_SUBJECT = 12


def _nested(ctx: SentenceView, content: int, subject: int) -> bool:
    """ "Il rapporte que son général, X, lui a demandé de …": the second speaker is the
    reported clause's own subject, so that clause stays the first speaker's words too; a
    coordinated one (", mais elle a assuré que …") ends them."""
    between = ctx.tokens[content:subject]
    return subject - content <= MAX_NESTED_SUBJECT and not any(
        t.low in COORDINATIONS or t.low in (";", ":", "»", "«") or ctx.in_quote(t) for t in between)


def _next_subject_first(ctx: SentenceView, k: int):
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for v in ctx.verb_starts:
        if v < k or ctx.in_quote(tokens[v]):
            continue
        verb = match_verb(tokens, v, limit, ctx.body)
        if verb is None or verb.negated or verb.pronoun is not None:
            continue
        subject = subject_before(ctx, v, k)
        if subject is None:
            continue
        mention, subject_index = subject
        content = complement_start(ctx, verb)
        if content is None:
            continue
        start, end = ctx.text_span(tokens[content].start)
        direct, start, end = quote_only(ctx, start, end)
        statement = Statement(tokens[v].start, start, end, direct, verb.text, verb.lemma, mention)
        if mention.anonymous or mention.plural:
            return None
        return statement, subject_index, content
    return None


def _according_to_inside(ctx: SentenceView, reported: Statement, incise: Statement):
    """An incise "…, selon elle, « … »" inside what a subject reported: two statements, the
    reported words up to the incise and the incise's own; None for any other postposed verb."""
    tokens = ctx.tokens
    k = ctx.index_at(incise.pos)
    if tokens[k].low != "selon":
        return None
    attribution = attribution_after(ctx, k)
    if attribution is None or attribution == ANONYMOUS:
        return None
    end = attribution[3]
    if end + 1 >= len(tokens) or tokens[end].low != "," or ctx.words_between(end + 1, len(tokens)) < 2:
        return None
    cut = k - 1  # the comma before "selon"; "…, ce qui, selon lui," also leaves out "ce qui"
    while cut > 0 and tokens[cut - 1].low in ("ce", "qui", ","):
        cut -= 1
    start, stop = ctx.text_span(reported.start, tokens[cut].start)
    if stop <= start:
        return None
    first = Statement(reported.pos, start, stop, False, reported.verb, reported.lemma, reported.mention, reported.how)
    start, stop = ctx.text_span(tokens[end].end)
    direct, start, stop = quote_only(ctx, start, stop)
    return first, Statement(incise.pos, start, stop, direct, incise.verb, incise.lemma, incise.mention, incise.how)


def _cut_before(ctx: SentenceView, statement: Statement, subject_index: int) -> Statement:
    """End the first of two coordinated statements before ", mais elle a assuré"."""
    cut = subject_index
    while cut > 0 and (ctx.tokens[cut - 1].low in COORDINATIONS or ctx.tokens[cut - 1].low == ","):
        cut -= 1
    start, end = ctx.text_span(statement.start, ctx.tokens[cut].start)
    if end <= start:
        return statement
    return Statement(statement.pos, start, end, False, statement.verb, statement.lemma, statement.mention, statement.how)


def complement_start(ctx: SentenceView, verb: VerbMatch) -> int | None:
    """Index where the reported content starts, if the verb introduces any."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    if lx.DIR in verb.complements:
        directive = directive_start(ctx, verb.end)
        if directive is None:
            directive = _quoted_appeal(ctx, verb.end)
        if directive is not None or verb.complements == (lx.DIR,):
            return directive if directive is not None else _colon_after(ctx, verb.end)
    if verb.lemma in _ADDRESSING_VERBS:
        told = _after_addressee(ctx, verb.end)
        if told is not None:
            return told
    for j in adjunct_positions(tokens, verb.end, limit):
        if j >= limit:
            return None
        token = tokens[j]
        if token.low in ("que", "qu'", ":"):
            return j + 1 if j + 1 < limit else None
        if quote_opens_at(ctx, token.start) and content_has_quote(ctx, j):
            return j
        if is_infinitive(tokens, j, limit) and (lx.INF in verb.complements or _is_past_infinitive(tokens, j, limit)):
            # "a nié avoir eu connaissance", "confie avoir « beaucoup hésité »"
            return None if _is_sentencing(ctx, verb, j) else j
        if lx.ADJ in verb.complements and token.is_word and not token.is_cap:
            return j
        if lx.NP in verb.complements and (starts_noun_phrase(token) or token.low in ("de", "d'", "du", "des", "contre", "pour")):
            return None if _is_sentencing(ctx, verb, j) else j
        if (starts_noun_phrase(token) or token.low in ("de", "d'", "du", "des")) and content_has_quote(ctx, j) \
                and verb.lemma not in NAMING_VERBS:
            return j  # "a jugé ces déclarations « peu crédibles »", "parle d'un « plan »"
    return _after_parenthetical(ctx, verb)


def _after_parenthetical(ctx: SentenceView, verb: VerbMatch) -> int | None:
    """ "a expliqué, lors d'un déplacement à Rennes consacré à la psychiatrie, ne pas avoir …":
    a que-clause or an infinitive after a prepositional incise too long for the adjuncts."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    comma = verb.end
    if comma + 2 >= limit or tokens[comma].low != "," or tokens[comma + 1].low not in lx.PREPOSITIONS \
            or tokens[comma + 1].low == "selon":
        return None
    for k in range(comma + 2, min(comma + 2 + MAX_PARENTHETICAL, limit - 1)):
        token = tokens[k]
        if token.low in (";", ":", ".", "que", "qu'") or quote_opens_at(ctx, token.start):
            return None
        if token.low == ",":
            if tokens[k + 1].low in ("que", "qu'"):
                return k + 2 if k + 2 < limit else None
            infinitive = is_infinitive(tokens, k + 1, limit)
            return k + 1 if infinitive and (lx.INF in verb.complements or _is_past_infinitive(tokens, k + 1, limit)) \
                else None
    return None


MAX_PARENTHETICAL = 16  # words of ", lors d'un déplacement à Rennes consacré à la psychiatrie,"


# Verbs whose addressee comes before the que-clause: "informe la population que …"
_ADDRESSING_VERBS = frozenset({"informer", "avertir", "prévenir", "assurer", "rassurer", "rappeler", "aviser"})
MAX_ADDRESSEE = 6


def _after_addressee(ctx: SentenceView, j: int) -> int | None:
    """ "informe la population que", "a assuré les habitants qu'": the clause after the addressee."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    if j >= limit or tokens[j].low not in lx.DEFINITE_DETS and tokens[j].low not in lx.POSSESSIVES \
            and tokens[j].low not in ("ses", "leurs", "nos", "tous", "toutes"):
        return None
    for k in range(j + 1, min(j + MAX_ADDRESSEE, limit - 1)):
        if tokens[k].low in ("que", "qu'", ":") and not ctx.in_quote(tokens[k]):
            return k + 1  # "informe la population que …", "rassure les habitants : …"
        if not tokens[k].is_word and tokens[k].low not in ("'", "’") or tokens[k].low in ("qui", "dont", "où"):
            return None
    return None


MAX_DIRECTIVE_OBJECT = 14  # "demande aux habitants des quartiers de A et de B de garder …"


def directive_start(ctx: SentenceView, j: int) -> int | None:
    """ "appelle les habitants à limiter leurs déplacements": where the addressee starts,
    when an infinitive after "à"/"de" follows it; nothing for "appelle à une marche"."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for k in range(j, min(j + MAX_DIRECTIVE_OBJECT, limit - 1)):
        token = tokens[k]
        if token.low in ("à", "de", "d'"):
            quoted = quote_opens_at(ctx, tokens[k + 1].start) and k + 2 < limit  # "à « ne pas céder »"
            if tokens[k + 1].low in lx.DEFINITE_DETS:
                continue  # "appelle les fidèles à la prière": a noun, not an infinitive
            if is_infinitive(tokens, k + 2 if quoted else k, limit):
                return j
        if token.low == "," and _infinitive_after_incise(ctx, k):
            return j  # "demande aux salariés, même non grévistes, d'arrêter le travail"
        if token.low in (",", ";", ":", "que", "qu'", "qui", ".") or quote_opens_at(ctx, token.start):
            return None
    return None


MAX_INCISE_WORDS = 12


def _infinitive_after_incise(ctx: SentenceView, comma: int) -> bool:
    """An incise between the addressee and its infinitive: ", même à ceux qui …, d'arrêter"."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for k in range(comma + 1, min(comma + MAX_INCISE_WORDS, limit - 2)):
        if tokens[k].low in (";", ":", ".") or quote_opens_at(ctx, tokens[k].start):
            return False
        if tokens[k].low == ",":
            return tokens[k + 1].low in ("de", "d'", "à") and is_infinitive(tokens, k + 1, limit)
    return False


def _quoted_appeal(ctx: SentenceView, j: int) -> int | None:
    """ "a appelé « toutes les parties au calme »", "a appelé les députés « à la sérénité »":
    quoted, the appeal's words are theirs (a quoted word is a quotation); "a appelé au calme" is
    an act."""
    tokens, limit = ctx.tokens, len(ctx.tokens)
    for k in adjunct_positions(tokens, j, limit):
        if k + 1 >= limit:
            return None
        if starts_noun_phrase(tokens[k]):  # the addressee: "les députés « à la sérénité »"
            k = next((n for n in range(k + 1, min(k + MAX_ADDRESSEE, limit - 1))
                      if not tokens[n].is_word or quote_opens_at(ctx, tokens[n].start)), k)
        opens = quote_opens_at(ctx, tokens[k].start) and content_has_quote(ctx, k)
        return k if opens else None
    return None


def _colon_after(ctx: SentenceView, j: int) -> int | None:
    """ "a lancé un appel : « … »": a directive verb still introduces what follows its colon."""
    for k in adjunct_positions(ctx.tokens, j, len(ctx.tokens)):
        if k + 1 < len(ctx.tokens) and ctx.tokens[k].low == ":":
            return k + 1
    return None


# Verbs whose quoted object is usually the name of a thing ("a annoncé un « plan de
# sauvegarde de l'emploi »"), not the speaker's words.


NAMING_VERBS = frozenset({"appeler", "annoncer", "confirmer", "révéler", "détailler", "lancer", "signaler",
                           "mentionner",
                           "rappeler", "présenter", "évoquer", "indiquer", "préciser"})


_PENALTY_WORDS = lx.folded_set("un une deux trois quatre cinq six sept huit neuf dix quinze vingt trente cent mille "
                           "perpétuité mort payer verser rembourser")


def _is_sentencing(ctx: SentenceView, verb: VerbMatch, j: int) -> bool:
    """ "Le tribunal a condamné le prévenu à deux ans de prison", "… l'exploitant à remettre le
    site en état": a sentence, not a statement."""
    if verb.lemma != "condamner":
        return False
    tokens = ctx.tokens
    # From the verb: in "l'a condamné à trois ans de prison" the content found is "de prison".
    for n in range(verb.end, min(j + 12, len(tokens) - 1)):
        if tokens[n].low == ",":
            return False
        if tokens[n].low == "à" and (tokens[n + 1].fold.split("-")[0] in _PENALTY_WORDS
                                     or tokens[n + 1].text.isdigit()  # "à dix-huit mois"
                                     or n > verb.end and is_infinitive(tokens, n, len(tokens))):
            return True
    return False


def is_infinitive(tokens: list[Token], j: int, limit: int) -> bool:
    token = _infinitive_token(tokens, j, limit)
    if token is None:
        return False
    return token.low in ("ne", "n'") or (
        token.is_word and not token.is_cap and token.fold.endswith(("er", "ir", "re", "oir"))
        and not (token.fold.endswith(_NOUN_ENDINGS) and not token.fold.endswith("clure"))
        and token.fold not in _NOT_INFINITIVES and token.fold not in lx.TIME_WORDS)


# "l'ouverture", "la frontière", "la colère": no French infinitive ends so ("conclure" aside)
_NOUN_ENDINGS = ("ure", "iere", "ere")


def _is_past_infinitive(tokens: list[Token], j: int, limit: int) -> bool:
    """Any speech verb reports with "avoir/être + participle" or a negated infinitive."""
    token = _infinitive_token(tokens, j, limit)
    return token is not None and token.low in ("avoir", "être", "ne", "n'")


def _infinitive_token(tokens: list[Token], j: int, limit: int) -> Token | None:
    if tokens[j].low in ("de", "d'", "à") and j + 1 < limit:
        j += 1
    if tokens[j].low in lx.OBJECT_CLITICS and j + 1 < limit:
        j += 1
    return tokens[j]


_NOT_INFINITIVES = lx.folded_set("encore hier contre entre notre votre autre pire outre premier dernier cher fier mer "
                             "fer hiver quatre lire? leur sur super ordre titre centre frontière ministre "
                             "numéro père mère frère membre nombre octobre novembre décembre septembre")


def quote_only(ctx: SentenceView, start: int, end: int) -> tuple[bool, int, int]:
    """Reported content that is exactly one « quotation » is a direct quote of its words."""
    for quote in ctx.quotes:
        if quote.open == start and (quote.close >= end - 1 or _adjunct_only(ctx.body[quote.close + 1:end])):
            return True, quote.start, quote.end
    return False, start, end


_ADJUNCT_RE = re.compile(
    r"^\s*,\s*(?:par|lors|dans|devant|depuis|sur|selon|à l'issue|au cours|en marge)\b[^,;:«»\"]*$", re.IGNORECASE)


def _adjunct_only(tail: str) -> bool:
    """ "« … », par la voix de son ministère": what follows the quotation only says where or how."""
    return bool(_ADJUNCT_RE.match(tail.rstrip(" .")))


# "À ses yeux, …", "De son point de vue, …", "À l'en croire, …": the person just named speaks.
_OWN_VIEW_OPENERS = (("à", "ses", "yeux"), ("a", "ses", "yeux"), ("à", "son", "avis"), ("a", "son", "avis"),
                     ("de", "son", "point", "de", "vue"), ("à", "l'", "en", "croire"), ("a", "l'", "en", "croire"))


def _own_view_statement(ctx: SentenceView) -> Statement | None:
    tokens, limit = ctx.tokens, len(ctx.tokens)
    lows = tuple(t.low for t in tokens[:5])
    opener = next((o for o in _OWN_VIEW_OPENERS if lows[:len(o)] == o), None)
    if opener is None or len(opener) >= limit or tokens[len(opener)].low != "," \
            or ctx.words_between(len(opener) + 1, limit) < MIN_CONTENT_WORDS:
        return None
    start, stop = ctx.text_span(tokens[len(opener)].end)
    mention = Mention(tokens[0].start, tokens[len(opener) - 1].end, "latest", "person")
    verb = ctx.body[tokens[0].start:tokens[len(opener) - 1].end]
    return Statement(tokens[0].start, start, stop, False, verb, "", mention, "according_to")


def _according_to_statement(ctx: SentenceView) -> Statement | None:
    """ "Selon X, …", "D'après X, …", "Pour X, « … »" at the start of a sentence."""
    own = _own_view_statement(ctx)
    if own is not None:
        return own
    tokens = ctx.tokens
    # "À l'inverse, pour l'association Sèvre Vivante, …": after a short connector, as at the start
    bases = [0] + [n for n in range(2, min(MAX_CONNECTOR + 2, len(tokens))) if tokens[n - 1].low == ","
                   and all(t.is_word for t in tokens[:n - 1]) and not ctx.in_quote(tokens[n - 1])][:1]
    for base in bases:
        found = _according_to_at(ctx, base)
        if found is not None:
            return found
    return None


MAX_CONNECTOR = 4  # "À l'inverse,", "De son côté,", "En revanche,"


def _according_to_at(ctx: SentenceView, b: int) -> Statement | None:
    tokens = ctx.tokens
    first = tokens[b].low
    skip = b + 2 if first == "d'" and len(tokens) > b + 1 and tokens[b + 1].low == "après" \
        else b + _opener_length(tokens[b:])
    if first not in ("selon", "pour") and skip == b + 1:
        return None
    if tokens[skip - 1].low in ("du", "des"):  # "Aux yeux du procureur": "du" is "de le"
        skip -= 1
    source = parse_source(ctx, skip, len(tokens))
    if source is None or source == ANONYMOUS:
        return None
    mention, end = source
    comma = next_comma(tokens, end)
    if comma is None or comma - end > MAX_INCISE_TOKENS:
        return None
    if first == "pour" and not any(q.open > ctx.tokens[comma].start for q in ctx.quotes) \
            and not _named_outright(mention, comma == end) and not _role_outright(mention, comma == end):
        return None  # "Pour le moment, …": "Pour X, « … »" or a full name attributes words
    start, stop = ctx.text_span(tokens[comma].end)
    direct, start, stop = quote_only(ctx, *_skip_short_adverbial(ctx, comma + 1, start, stop))
    verb = ctx.body[tokens[b].start:tokens[skip - 1].end]
    return Statement(tokens[b].start, start, stop, direct, verb, "", mention, "according_to")


_OPENERS = tuple(tuple(o.split()) for o in (
    "aux yeux de", "aux yeux du", "aux yeux des", "aux yeux d'", "à en croire", "de l' avis de", "de l' avis du",
    "de l' aveu de", "de l' aveu du", "de l' aveu même de", "de l' aveu même du", "de l' aveu d'"))


def _opener_length(tokens: list[Token]) -> int:
    """ "Aux yeux de X, …", "À en croire X, …", "De l'aveu même de X, …" open like "Selon X, …"."""
    lows = [t.low for t in tokens[:6]]
    for opener in _OPENERS:
        if tuple(lows[:len(opener)]) == opener and len(tokens) > len(opener):
            return len(opener)
    return 1


def _named_outright(mention: Mention, ends_at_comma: bool) -> bool:
    """ "Pour Alain Battisti, …", "Pour la CGT, …", "Pour lui, …": a full name, a named body or a
    pronoun, right before the comma."""
    if mention.how == "pronoun":
        return ends_at_comma  # "Pour lui, les investissements sont reportés"
    if not ends_at_comma or mention.name is None or mention.anonymous or mention.plural:
        return False
    if mention.kind == "person":
        return len(mention.name.split()) >= 2 or mention.how == "title"
    return mention.name.isupper() and len(mention.name) >= 2  # "Pour la CGT"; "Pour la France" is a place


def _role_outright(mention: Mention, ends_at_comma: bool) -> bool:
    """ "Pour le ministre de l'Intérieur, …": one definite office holder, right before the comma."""
    return ends_at_comma and mention.how == "role" and mention.kind == "person" and mention.name is None \
        and not mention.anonymous and not mention.plural and mention.head not in lx.NON_REFERRING_ROLES


def _skip_short_adverbial(ctx: SentenceView, k: int, start: int, stop: int) -> tuple[int, int]:
    """ "Pour le parquet, au contraire, « … »": the quote starts after the short incise."""
    for n in range(k, min(k + 4, len(ctx.tokens))):
        if ctx.tokens[n].low == "," and n + 1 < len(ctx.tokens) and quote_opens_at(ctx, ctx.tokens[n + 1].start):
            return ctx.tokens[n + 1].start, stop
    return start, stop
