"""Curator decisions: visibility, dates, re-extraction, merging, splitting, reassigning.

Each function is one decision, atomic, and leaves the index and the speakers' counts in
step (through `indexing`, the single index writer). Re-extraction never undoes them.
The admin records who took each decision (LogEntry); these functions only apply it.
"""

from collections import Counter

from django.db import transaction
from django.utils import timezone

from .attribution import attribute_article, load_speaker_index
from .dating import YearSuggestion, suggest_year
from .indexing import batch_indexing, queue_update, reindex_speaker
from .models import Appearance, Article, Quote, Speaker, SpeakerMerge, deferred_recounts, unique_slug
from .speakers import choose_canonical_name

NEIGHBOURS = 3  # year-known articles of the same source taken on each side, in import order
CHUNK = 2000  # primary keys per SQL list: a speaker's quotes are unbounded


def set_article_status(article: Article, status: str, reason: str = "") -> bool:
    """Hide (with a reason) or publish an article everywhere; False when nothing changed."""
    reason = reason.strip()[:300] if status == Article.HIDDEN else ""
    if article.status == status and article.hidden_reason == reason:
        return False
    with transaction.atomic():
        article.status, article.hidden_reason = status, reason
        article.save(update_fields=["status", "hidden_reason", "updated"])
        follow_article(article)
    return True


def set_article_year(article: Article, year: int | None) -> bool:
    """Give the article its year (the date, the archive pages and the index follow)."""
    if article.year == year:
        return False
    with transaction.atomic():
        article.year = year
        article.save(update_fields=["year", "published", "updated"])
        follow_article(article)
    return True


def follow_article(article: Article) -> None:
    """The article's quotes carry its visibility and date in their index; speakers their counts."""
    for quote_pk in article.quotes.values_list("pk", flat=True):
        queue_update(Quote, quote_pk)
    for speaker in Speaker.objects.filter(quotes__article=article).distinct():
        speaker.recount()


def reextract(articles) -> int:
    """Run quote extraction again on these articles (curator decisions kept); quotes shown."""
    shown = 0
    index = load_speaker_index()
    with batch_indexing(), deferred_recounts():
        for article in articles:
            shown += len(attribute_article(article, index))
    return shown


def merge_speakers(target: Speaker, others: list[Speaker]) -> Speaker:
    """Fold `others` into `target`: quotes, appearances and aliases move; the others redirect.

    The target keeps its name: the curator chose that record. What moved is kept in a
    SpeakerMerge so that `undo_merge` can put it back.
    """
    others = [s for s in others if s.pk != target.pk]
    with transaction.atomic():
        aliases = Counter(target.aliases or {})
        for other in others:
            SpeakerMerge.objects.create(
                target=target, merged=other, aliases=dict(other.aliases or {}),
                quotes=list(other.quotes.values_list("pk", flat=True)),
                appearances=[_move_appearance(a, target) for a in other.appearances.all()],
            )
            aliases.update(other.aliases or {})
            other.quotes.update(speaker=target)
            other.merged_into = target
            other.aliases = {}
            other.save()
            Speaker.objects.filter(merged_into=other).update(merged_into=target)
        target.aliases = dict(sorted(aliases.items()))
        target.save()
        target.recount()  # quotes moved with a bulk update, which sends no signal
        for other in others:
            other.recount()
        reindex_speaker(target)
    return target


def _move_appearance(appearance: Appearance, target: Speaker) -> dict:
    """Move one appearance to `target`; returns what undoing it needs."""
    kept = {"article": appearance.article_id, "role": appearance.role, "aliases": list(appearance.aliases)}
    existing = Appearance.objects.filter(speaker=target, article_id=appearance.article_id).first()
    if existing is None:
        appearance.speaker = target
        appearance.save()
        return {**kept, "target_aliases": None, "target_role": None}
    kept.update(target_aliases=list(existing.aliases), target_role=existing.role)
    existing.aliases = sorted(set(existing.aliases) | set(appearance.aliases))
    existing.role = existing.role or appearance.role
    existing.save()
    appearance.delete()
    return kept


def undo_merge(merge: SpeakerMerge) -> Speaker:
    """Split a merge back: the merged speaker returns with its quotes, aliases and appearances.

    Quotes a curator reassigned elsewhere since the merge stay where they are.
    """
    merged, holder = merge.merged, merge.target.final()
    with transaction.atomic():
        for start in range(0, len(merge.quotes), CHUNK):  # SQL lists stay bounded whoever was merged
            moved = Quote.objects.filter(pk__in=merge.quotes[start:start + CHUNK], speaker__in=[holder, merge.target])
            moved.update(speaker=merged)
        holder.aliases = _subtract(holder.aliases, merge.aliases)
        merged.aliases = _add(merged.aliases, merge.aliases)
        for entry in merge.appearances:
            _restore_appearance(entry, merged, holder)
        merged.merged_into = None
        for speaker in (merged, holder):
            _rename_from_aliases(speaker)
            speaker.save()
            speaker.recount()
            reindex_speaker(speaker)
        merge.undone = timezone.now()
        merge.save(update_fields=["undone"])
    return merged


def _restore_appearance(entry: dict, merged: Speaker, holder: Speaker) -> None:
    if not Article.objects.filter(pk=entry["article"]).exists():
        return
    Appearance.objects.update_or_create(
        speaker=merged, article_id=entry["article"],
        defaults={"role": entry["role"], "aliases": entry["aliases"]},
    )
    theirs = Appearance.objects.filter(speaker=holder, article_id=entry["article"])
    if entry.get("target_aliases") is not None:
        theirs.update(aliases=entry["target_aliases"], role=entry["target_role"])
    elif not Quote.objects.filter(speaker=holder, article_id=entry["article"]).exists():
        theirs.delete()


def split_speaker(source: Speaker, quotes, aliases: list[str], target: Speaker | None = None,
                  new_name: str = "") -> Speaker:
    """Move the chosen quotes and aliases of `source` to `target` (or a new speaker).

    Also undoes a merge done before merges were recorded: pick the merged-away record as
    the target and it becomes a speaker of its own again. Moved quotes are confirmed, so
    re-extraction keeps them there.
    """
    with transaction.atomic():
        if target is None:
            target = new_speaker(new_name, source.kind)
        target.merged_into = None
        moved = Counter({name: n for name, n in (source.aliases or {}).items() if name in set(aliases)})
        source.aliases = _subtract(source.aliases, moved)
        target.aliases = _add(target.aliases, moved)
        for speaker in (source, target):
            _rename_from_aliases(speaker)
            speaker.save()
        for quote in quotes:
            _move_quote(quote, target)
        reindex_speaker(source)
        reindex_speaker(target)
    return target


def reassign_quote(quote: Quote, target: Speaker) -> Speaker:
    """Give a quote to another speaker, for good: re-extraction and re-import keep it."""
    with transaction.atomic():
        _move_quote(quote, target)
    return target


def new_speaker(name: str, kind: str) -> Speaker:
    """A speaker a curator names: the name is theirs (locked)."""
    name = " ".join(name.split())[:200]
    if not name:
        raise ValueError("Le nom de la nouvelle personne est vide.")
    return Speaker.objects.create(
        name=name, slug=unique_slug(Speaker, name, "orateur"), kind=kind,
        aliases={}, name_locked=True,
    )


def _move_quote(quote: Quote, target: Speaker) -> None:
    previous = quote.speaker
    quote.speaker, quote.status = target, Quote.CONFIRMED
    quote.save()  # signals: both speakers recounted, the quote and its article reindexed
    follow_reassignment(quote, previous)


def follow_reassignment(quote: Quote, previous: Speaker) -> None:
    """The quote's new speaker appears in its article (with the words that named them); the old one may not."""
    target = quote.speaker
    appearance, _ = Appearance.objects.get_or_create(
        speaker=target, article_id=quote.article_id, defaults={"role": quote.role, "aliases": []}
    )
    if quote.mention and quote.mention not in appearance.aliases:
        appearance.aliases = sorted({*appearance.aliases, quote.mention})
        appearance.save()
    if not Quote.objects.filter(speaker=previous, article_id=quote.article_id).exists():
        Appearance.objects.filter(speaker=previous, article_id=quote.article_id).delete()


def _rename_from_aliases(speaker: Speaker) -> None:
    names = {name: n for name, n in (speaker.aliases or {}).items() if n > 0}
    if not speaker.name_locked and names:
        speaker.rename(choose_canonical_name(names, speaker.kind))


def _add(aliases: dict | None, more: dict) -> dict:
    counts = Counter(aliases or {})
    counts.update(more)
    return dict(sorted(counts.items()))


def _subtract(aliases: dict | None, less: dict) -> dict:
    counts = Counter(aliases or {})
    for name, n in less.items():
        counts[name] -= n
    return {name: n for name, n in sorted(counts.items()) if n > 0}


def year_suggestion(article: Article) -> YearSuggestion | None:
    """The suggested year of a year-less article, from its text and the archive around it."""
    if article.year is not None or not (article.month and article.day):
        return None
    same_source = Article.objects.filter(source_id=article.source_id, year__isnull=False).exclude(pk=article.pk)
    around = [*same_source.filter(pk__lt=article.pk).order_by("-pk")[:NEIGHBOURS],
              *same_source.filter(pk__gt=article.pk).order_by("pk")[:NEIGHBOURS]]
    quoted = Quote.objects.filter(article=article, status__in=Quote.SHOWN).values("speaker")
    seen = (Quote.objects.filter(speaker__in=quoted, article__year__isnull=False)
            .exclude(article=article).values_list("speaker__name", "article__year").distinct())
    speaker_years: dict[str, set[int]] = {}
    for name, year in seen:
        speaker_years.setdefault(name, set()).add(year)
    return suggest_year(
        article.day, article.month, article.body, latest=(article.created or timezone.now()).year,
        neighbours=tuple((a.year, a.month, a.day) for a in around),
        speaker_years={name: tuple(sorted(years)) for name, years in speaker_years.items()},
    )
