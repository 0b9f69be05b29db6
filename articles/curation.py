"""Curator decisions: merging speakers. Re-extraction never undoes them."""

from collections import Counter

from django.db import transaction

from .indexing import reindex_speaker
from .models import Appearance, Speaker
from .speakers import choose_canonical_name


def merge_speakers(target: Speaker, others: list[Speaker]) -> Speaker:
    """Fold `others` into `target`: quotes, appearances and aliases move; the others redirect."""
    others = [s for s in others if s.pk != target.pk]
    with transaction.atomic():
        aliases = Counter(target.aliases or {})
        for other in others:
            aliases.update(other.aliases or {})
            other.quotes.update(speaker=target)
            for appearance in other.appearances.all():
                _move_appearance(appearance, target)
            other.merged_into = target
            other.aliases = {}
            other.save()
            Speaker.objects.filter(merged_into=other).update(merged_into=target)
        target.aliases = dict(sorted(aliases.items()))
        if not target.name_locked and target.aliases:
            target.rename(choose_canonical_name(target.aliases, target.kind))
        target.save()
        target.recount()  # quotes moved with a bulk update, which sends no signal
        for other in others:
            other.recount()
        reindex_speaker(target)
    return target


def _move_appearance(appearance: Appearance, target: Speaker) -> None:
    existing = Appearance.objects.filter(speaker=target, article_id=appearance.article_id).first()
    if existing is None:
        appearance.speaker = target
        appearance.save()
        return
    existing.aliases = sorted(set(existing.aliases) | set(appearance.aliases))
    existing.role = existing.role or appearance.role
    existing.save()
    appearance.delete()
