"""Extracted quotes → Quote, Speaker and Appearance records for one article.

The pipeline stage after cleaning: `quotes.extract_quotes` finds who said what inside
the article, `ArchiveSpeakers` (a `speakers.SpeakerIndex`) resolves each in-article speaker to one record
across the archive, and this module writes the result. Re-running it is idempotent
and never undoes a curator's decision: confirmed or rejected quotes are left alone,
and merged speakers are followed to the speaker that stands for them.
"""

from collections import Counter, defaultdict

from django.db import router, transaction
from django.db.models.signals import post_save

from .indexing import queued_together, reindex_speaker
from .models import Appearance, Article, Quote, Speaker, lock_speaker_creation, unique_slug
from .quotes import ExtractedQuote
from .speakers import Candidate, SpeakerIndex, choose_canonical_name, gender_of, strip_title
from .workers import extract_bounded


class ArchiveSpeakers:
    """Every active speaker of the archive in a SpeakerIndex, for matching.

    Another import may run at the same time: before creating a speaker, the speakers it
    added since are loaded and the match is tried again, so both do not create the same
    person twice.
    """

    def __init__(self):
        self.index = SpeakerIndex()
        self.known: set[int] = set()
        # The highest pk read from the database. Speakers this process creates itself do not
        # move it: another import's speaker committed just before ours has a smaller pk and
        # would otherwise never be read, and be created a second time.
        self.read_upto = 0
        self.catch_up()

    def catch_up(self) -> None:
        newer = Speaker.objects.active().filter(pk__gt=self.read_upto).only("pk", "name", "kind", "aliases", "gender")
        for speaker in newer.order_by("pk"):
            self.add(speaker)
            self.read_upto = speaker.pk

    def match(self, quote: ExtractedQuote) -> int | None:
        found = self.index.match(quote.speaker, quote.kind, aliases=quote.aliases)
        if found is None:
            lock_speaker_creation()  # another import's new speakers are committed, then seen
            self.catch_up()
            found = self.index.match(quote.speaker, quote.kind, aliases=quote.aliases)
        return found

    def add(self, speaker: Speaker) -> None:
        if speaker.pk not in self.known:
            self.known.add(speaker.pk)
            self.index.add(_candidate(speaker))

    def update(self, speaker: Speaker) -> None:
        if speaker.pk in self.known:
            self.index.update(_candidate(speaker))
        else:
            self.add(speaker)


def load_speaker_index() -> ArchiveSpeakers:
    """Every active speaker of the archive, ready for matching."""
    return ArchiveSpeakers()


def _candidate(speaker: Speaker) -> Candidate:
    return Candidate(
        key=speaker.pk, name=speaker.name, kind=speaker.kind,
        aliases=tuple(speaker.aliases or ()) or (speaker.name,), gender=speaker.gender or None,
    )


def attribute_article(
    article: Article, index: ArchiveSpeakers | None = None, extracted: list[ExtractedQuote] | None = None,
) -> list[Quote]:
    """(Re)extract the article's quotes (unless a worker did) and save them; returns the quotes shown."""
    save_attribution(article, index, extracted)
    return list(article.quotes.filter(status__in=Quote.SHOWN).select_related("speaker"))


def save_attribution(
    article: Article, index: ArchiveSpeakers | None = None, extracted: list[ExtractedQuote] | None = None,
) -> None:
    """`attribute_article` without reading the quotes back: what an import needs."""
    extracted = extract_bounded(article.body) if extracted is None else extracted
    index = index if index is not None else load_speaker_index()
    with transaction.atomic():
        speakers = _resolve_speakers(extracted, index)
        _save_appearances(article, extracted, speakers, index)
        _save_quotes(article, extracted, speakers)


def _speaker_key(quote: ExtractedQuote) -> tuple[str, str]:
    return quote.speaker, quote.kind


def _resolve_speakers(extracted: list[ExtractedQuote], index: ArchiveSpeakers) -> dict:
    """In-article speaker → Speaker record, created when the archive has no match."""
    matched, created = {}, {}
    for quote in extracted:
        key = _speaker_key(quote)
        if key in matched or key in created:
            continue
        pk = index.match(quote)
        if pk is not None:
            matched[key] = (pk, quote)
        else:
            created[key] = _create_speaker(quote)
            index.add(created[key])
    found = Speaker.objects.in_bulk({pk for pk, _ in matched.values()})  # one query, not one per speaker
    resolved = {}
    for key, (pk, quote) in matched.items():
        speaker = found.get(pk)
        if speaker is None:  # deleted since the index read it
            speaker = _create_speaker(quote)
            index.add(speaker)
        resolved[key] = speaker.final()
    resolved.update(created)  # new records: merged into nobody
    return resolved


def _create_speaker(quote: ExtractedQuote) -> Speaker:
    titles = (strip_title(alias)[0] for alias in (*quote.aliases, quote.speaker))
    title = next((t for t in titles if t), None)
    return Speaker.objects.create(
        name=quote.speaker,
        slug=unique_slug(Speaker, quote.speaker, "orateur"),
        kind=quote.kind,
        gender=gender_of(title) or "",
        aliases={},
    )


def _save_appearances(article, extracted, speakers, index) -> None:
    """Replace the article's appearances and keep each speaker's alias counts in step."""
    aliases, roles = defaultdict(set), {}
    for quote in extracted:
        speaker = speakers[_speaker_key(quote)]
        aliases[speaker.pk].update(quote.aliases or (quote.speaker,))
        roles[speaker.pk] = roles.get(speaker.pk) or quote.role or ""
    old = {a.speaker_id: a for a in article.appearances.select_related("speaker")}
    touched = {}
    for speaker_id, appearance in old.items():
        _count_aliases(appearance.speaker, appearance.aliases, -1)
        touched[speaker_id] = appearance.speaker
    if old:  # a new article (an import's) has none to delete
        article.appearances.all().delete()
    appearances = []
    for speaker in {s.pk: s for s in speakers.values()}.values():
        speaker = touched.get(speaker.pk, speaker)
        names = sorted(aliases[speaker.pk])
        appearances.append(Appearance(article=article, speaker=speaker, role=roles[speaker.pk], aliases=names))
        _count_aliases(speaker, names, +1)
        touched[speaker.pk] = speaker
    Appearance.objects.bulk_create(appearances)  # no signal listens to appearances
    for speaker in touched.values():
        _refresh_speaker(speaker, index)


def _count_aliases(speaker: Speaker, names, step: int) -> None:
    counts = Counter(speaker.aliases or {})
    for name in names:
        counts[name] += step
    speaker.aliases = {name: n for name, n in sorted(counts.items()) if n > 0}


def _refresh_speaker(speaker: Speaker, index: ArchiveSpeakers) -> None:
    slug_changed = False
    if speaker.aliases and not speaker.name_locked:
        slug_changed = speaker.rename(choose_canonical_name(speaker.aliases, speaker.kind))
    speaker.save(update_fields=["aliases", "name", "slug", "former_slugs"])
    if slug_changed:
        reindex_speaker(speaker)
    index.update(speaker)


def _save_quotes(article, extracted, speakers) -> None:
    """Upsert quotes by their place in the text; curated quotes are never touched."""
    existing = {(q.start, q.end): q for q in article.quotes.all()}
    curated = [key for key, q in existing.items() if q.status != Quote.AUTO]
    seen, created = set(), []
    for quote in extracted:
        key = (quote.start, quote.end)
        seen.add(key)
        current = existing.get(key)
        if current is not None and current.status != Quote.AUTO:
            continue
        if current is None and _overlaps(key, curated):
            continue  # new rules cut the words differently: the curator's decision still holds
        fields = {
            "speaker": speakers[_speaker_key(quote)],
            "text": quote.text,
            "kind": Quote.DIRECT if quote.direct else Quote.INDIRECT,
            "verb": quote.verb[:80],
            "attribution": quote.attribution,
            "mention": (quote.aliases[0] if quote.aliases else quote.speaker)[:200],
            "role": (quote.role or "")[:300],
        }
        if current is None:
            created.append(Quote(article=article, start=quote.start, end=quote.end, **fields))
        elif any(getattr(current, k) != v for k, v in fields.items()):
            for name, value in fields.items():
                setattr(current, name, value)
            current.save()
    _create_quotes(created)
    stale = [q.pk for k, q in existing.items() if k not in seen and q.status == Quote.AUTO]
    Quote.objects.filter(pk__in=stale).delete()


def _create_quotes(quotes: list[Quote]) -> None:
    """One INSERT for an article's new quotes, then the post_save each `create` would send.

    Its receivers queue the quote and its article for the index and recount the speaker;
    pre_save's only reads a saved quote's former speaker, and these have none.
    """
    if not quotes:
        return
    using = router.db_for_write(Quote)
    with queued_together():  # their index and recount rows in one INSERT too
        for quote in Quote.objects.bulk_create(quotes):
            post_save.send(sender=Quote, instance=quote, created=True, update_fields=None, raw=False, using=using)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)
