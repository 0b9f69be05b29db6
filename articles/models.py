"""Sources and articles. Speakers and quotes come with the extraction stage."""

import datetime
import re
import threading
from collections.abc import Iterable
from contextlib import contextmanager

from django.db import connection, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .speakers import fold

MONTH_NAMES = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]


def unique_slug(model, text: str, default: str) -> str:
    """slugify(text), or it suffixed -2, -3… with a suffix no `model` row uses.

    Probing -2, -3… one by one cost the three-thousandth "maire" three thousand queries; a prefix
    search scans the table on SQLite. Doubling the suffix until one is free, then halving the
    gap to the last taken one, asks about 2·log2(n) exact lookups, each an index seek on any
    database."""
    base = slugify(text)[:180].rstrip("-") or default

    def taken(slug: str) -> bool:
        return model.objects.filter(slug=slug).exists()

    if not taken(base):
        return base
    low, high = 1, 2  # "-1" stands for the base itself: taken; "-high" is the next to ask
    while taken(f"{base}-{high}"):
        low, high = high, high * 2
    while high - low > 1:  # "-high" is free, "-low" taken: the first free suffix after a taken one
        middle = (low + high) // 2
        if taken(f"{base}-{middle}"):
            low = middle
        else:
            high = middle
    return f"{base}-{high}"


class Source(models.Model):
    name = models.CharField(_("nom"), max_length=200, unique=True)
    slug = models.SlugField(_("identifiant d'adresse"), max_length=200, unique=True)
    url = models.URLField(_("site"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def chronological(self):
        """Newest first; articles whose year is unknown come last."""
        return self.order_by(
            models.F("published").desc(nulls_last=True), "-month", "-day", "-id"
        )

    def listing(self):
        """What list pages need: no raw text, the source joined."""
        return self.defer("raw_text", "body").select_related("source")

    def public(self):
        """Articles readers may see: a curator has not hidden them."""
        return self.filter(status=Article.PUBLIC)


class Article(models.Model):
    PUBLIC, HIDDEN = "public", "hidden"
    STATUSES = [(PUBLIC, _("publié")), (HIDDEN, _("masqué"))]

    title = models.CharField(_("titre"), max_length=300)
    slug = models.SlugField(_("identifiant d'adresse"), max_length=120, unique=True)
    body = models.TextField(_("texte"))
    source = models.ForeignKey(
        Source, verbose_name=_("source"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="articles",
    )
    url = models.URLField(_("adresse d'origine"), max_length=1000, blank=True)
    # The raw files give day, month and time but no year: a missing year stays None
    # (shown as "année inconnue") rather than being guessed.
    year = models.PositiveSmallIntegerField(_("année"), null=True, blank=True, db_index=True)
    month = models.PositiveSmallIntegerField(_("mois"), null=True, blank=True)
    day = models.PositiveSmallIntegerField(_("jour"), null=True, blank=True)
    time = models.TimeField(_("heure"), null=True, blank=True)
    # Derived from the parts above when the full date is known; used to sort and filter.
    published = models.DateTimeField(_("date de publication"), null=True, blank=True, db_index=True, editable=False)
    # Nothing is lost: the imported file, decoded, kept verbatim, and its fingerprint.
    raw_text = models.TextField(_("texte brut"), blank=True)
    raw_encoding = models.CharField(_("encodage"), max_length=40, blank=True)
    raw_name = models.CharField(_("fichier"), max_length=500, blank=True)
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64, unique=True, null=True, blank=True, editable=False)
    import_notes = models.TextField(_("notes d'import"), blank=True)
    # A hidden article leaves every public page, the index and the counts; nothing is deleted.
    status = models.CharField(_("visibilité"), max_length=10, choices=STATUSES, default=PUBLIC, db_index=True)
    hidden_reason = models.CharField(_("motif du masquage"), max_length=300, blank=True)
    created = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated = models.DateTimeField(_("modifié le"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["year", "month", "day"]),
            # Previous/next among public articles: with only the status index, SQLite read
            # every public article to find one neighbour (~30 ms a page at 2,000 articles).
            models.Index(fields=["status", "published", "id"], name="article_public_by_date"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("article_detail", args=[self.slug])

    def save(self, *args, **kwargs):
        self.published = self.compute_published()
        super().save(*args, **kwargs)

    def compute_published(self) -> datetime.datetime | None:
        if not (self.year and self.month and self.day):
            return None
        try:
            day = datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None
        moment = datetime.datetime.combine(day, self.time or datetime.time(0, 0))
        return timezone.make_aware(moment)

    def neighbours(self) -> tuple["Article | None", "Article | None"]:
        """The articles just before and just after this one in time (None when undated).

        Order is (published, id). Each side is at most two seeks on the date index: the same
        moment with a nearer id, else the nearest other moment. One OR of both conditions
        made SQLite scan the whole date index (~220 ms at 100,000 articles).
        """
        if self.published is None:
            return None, None
        # Hidden articles are never anyone's previous or next.
        others = Article.objects.public().listing()
        before = (others.filter(published=self.published, pk__lt=self.pk).order_by("-pk").first()
                  or others.filter(published__lt=self.published).order_by("-published", "-pk").first())
        after = (others.filter(published=self.published, pk__gt=self.pk).order_by("pk").first()
                 or others.filter(published__gt=self.published).order_by("published", "pk").first())
        return before, after

    @property
    def is_public(self) -> bool:
        return self.status == self.PUBLIC

    @property
    def year_known(self) -> bool:
        return self.year is not None

    @property
    def date_label(self) -> str:
        """"2 février 2018", or "2 février (année inconnue)" when the year is missing."""
        if not (self.month and self.day):
            return f"{self.year}" if self.year else "date inconnue"
        label = f"{self.day} {MONTH_NAMES[self.month - 1]}"
        if self.day == 1:
            label = f"1er {MONTH_NAMES[self.month - 1]}"
        return f"{label} {self.year}" if self.year else f"{label} (année inconnue)"

    @property
    def iso_date(self) -> str | None:
        return timezone.localtime(self.published).date().isoformat() if self.published else None


class SpeakerQuerySet(models.QuerySet):
    def active(self):
        """Speakers that were not merged into another one by a curator."""
        return self.filter(merged_into__isnull=True)


class Speaker(models.Model):
    PERSON, ORGANISATION = "person", "organisation"
    KINDS = [(PERSON, _("personne")), (ORGANISATION, _("organisation"))]

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant d'adresse"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=KINDS, default=PERSON)
    GENDERS = [("m", _("masculin")), ("f", _("féminin"))]
    gender = models.CharField(_("genre"), max_length=1, blank=True, choices=GENDERS)
    # Every surface form seen, with the number of articles it appeared in: {"M. Lavrov": 2}.
    aliases = models.JSONField(_("alias"), default=dict, blank=True)
    # A curator who fixes the name wins over the automatic choice of canonical name.
    name_locked = models.BooleanField(_("nom fixé par un curateur"), default=False)
    # Accent-folded name and aliases, so "Serguei" finds "Sergueï" on any database.
    search_key = models.TextField(blank=True, editable=False)
    # "|maria-zahkharova|": slugs this speaker had before its name was corrected; they redirect.
    former_slugs = models.TextField(blank=True, editable=False)
    # Shown (not rejected) quotes and the articles they are in, kept by `recount()` so the
    # speakers list does not aggregate every quote of the archive on each view.
    quote_count = models.PositiveIntegerField(_("citations"), default=0, db_index=True, editable=False)
    article_count = models.PositiveIntegerField(_("articles"), default=0, editable=False)
    # A curator merge: this record now stands for `merged_into`, and stays so that
    # later extractions resolving to it land on the right speaker.
    merged_into = models.ForeignKey(
        "self", verbose_name=_("fusionné dans"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="merged",
    )
    created = models.DateTimeField(_("créé le"), auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("personne citée")
        verbose_name_plural = _("personnes citées")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speaker_detail", args=[self.slug])

    def save(self, *args, **kwargs):
        self.search_key = fold(" | ".join([self.name, *(self.aliases or {})]))
        if kwargs.get("update_fields"):
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_key"}
        super().save(*args, **kwargs)

    def recount(self) -> None:
        """Store how many shown quotes the speaker has, and in how many articles."""
        recount_speakers([self.pk])
        self.quote_count, self.article_count = (
            Speaker.objects.filter(pk=self.pk).values_list("quote_count", "article_count").get())

    def rename(self, name: str) -> bool:
        """Take a new canonical name; True when the slug followed (the old one then redirects)."""
        self.name = name
        base = slugify(name)[:180].rstrip("-")
        if not base or self.slug == base or re.fullmatch(rf"{re.escape(base)}-\d+", self.slug):
            return False
        self.former_slugs += f"|{self.slug}|"
        self.slug = unique_slug(Speaker, name, "orateur")
        return True

    def final(self) -> "Speaker":
        """Follow curator merges to the speaker that stands for this one."""
        speaker, seen = self, set()
        while speaker.merged_into_id and speaker.pk not in seen:
            seen.add(speaker.pk)
            speaker = speaker.merged_into
        return speaker


class SpeakerMerge(models.Model):
    """A curator merge, with what moved, so it can be split back however long ago it was."""

    target = models.ForeignKey(Speaker, verbose_name=_("fiche conservée"), on_delete=models.CASCADE,
                               related_name="merges_received")
    merged = models.ForeignKey(Speaker, verbose_name=_("fiche fusionnée"), on_delete=models.CASCADE,
                               related_name="merges_given")
    quotes = models.JSONField(_("citations déplacées"), default=list)
    aliases = models.JSONField(_("alias déplacés"), default=dict)
    # [{"article": 12, "role": "…", "aliases": […]}]: the merged speaker's appearances.
    appearances = models.JSONField(_("apparitions déplacées"), default=list)
    created = models.DateTimeField(_("fusionné le"), auto_now_add=True)
    undone = models.DateTimeField(_("séparé le"), null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("fusion de fiches")
        verbose_name_plural = _("fusions de fiches")


class Appearance(models.Model):
    """A speaker quoted in one article: the names and role the article gives them."""

    speaker = models.ForeignKey(Speaker, verbose_name=_("personne citée"), on_delete=models.CASCADE,
                                related_name="appearances")
    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE,
                                related_name="appearances")
    role = models.CharField(_("fonction"), max_length=300, blank=True)
    aliases = models.JSONField(_("désignations"), default=list, blank=True)

    class Meta:
        unique_together = [("speaker", "article")]
        verbose_name = _("apparition")
        verbose_name_plural = _("apparitions")


class QuoteQuerySet(models.QuerySet):
    def shown(self):
        """Quotes readers may see: not rejected, in an article that is not hidden."""
        return self.filter(status__in=Quote.SHOWN, article__status=Article.PUBLIC)


class Quote(models.Model):
    AUTO, CONFIRMED, REJECTED = "auto", "confirmed", "rejected"
    STATUSES = [(AUTO, _("automatique")), (CONFIRMED, _("confirmée")), (REJECTED, _("rejetée"))]
    SHOWN = (AUTO, CONFIRMED)
    DIRECT, INDIRECT = "direct", "indirect"
    KINDS = [(DIRECT, _("directe")), (INDIRECT, _("indirecte"))]

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="quotes")
    speaker = models.ForeignKey(Speaker, verbose_name=_("personne citée"), on_delete=models.PROTECT, related_name="quotes")
    text = models.TextField(_("citation"))
    kind = models.CharField(_("type"), max_length=10, choices=KINDS)
    verb = models.CharField(_("verbe"), max_length=80, blank=True)
    start = models.PositiveIntegerField(_("début"))
    end = models.PositiveIntegerField(_("fin"))
    attribution = models.CharField(_("méthode d'attribution"), max_length=20)
    mention = models.CharField(_("désignation dans le texte"), max_length=200, blank=True)
    role = models.CharField(_("fonction citée"), max_length=300, blank=True)
    # Curator decisions (confirmed, rejected) survive every re-extraction.
    status = models.CharField(_("statut"), max_length=10, choices=STATUSES, default=AUTO)

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]
        unique_together = [("article", "start", "end")]
        # A speaker's page counts, charts and pages their shown quotes by article: read from
        # this index alone, not from 8,000 quote rows for the busiest speaker at 100k articles.
        indexes = [models.Index(fields=["speaker", "status", "article"], name="quote_by_speaker")]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:60]}"


class PendingUpdate(models.Model):
    """A record whose derived data (index documents, speaker counts) is not up to date yet.

    Written in the transaction of the change and deleted once applied (`articles.indexing`):
    a rolled-back change leaves none, a killed process leaves its rows for the next drain.
    """

    label = models.CharField(max_length=100)  # "articles.article", "articles.speaker"…
    object_id = models.BigIntegerField()

    class Meta:
        verbose_name = _("mise à jour en attente")


class WriterLease(models.Model):
    """Who may drain the pending updates now: one writer at a time, across processes."""

    name = models.CharField(max_length=40, primary_key=True)
    holder = models.CharField(max_length=200, blank=True)  # "host:pid:token", "" when free
    expires = models.DateTimeField(null=True)


SPEAKERS_LOCK = "speakers"


def lock_speaker_creation() -> None:
    """Until this transaction ends, be the only one creating speakers (others wait here).

    Two imports at once must not both create a speaker the other has just created but not
    committed (then invisible to it). SQLite's IMMEDIATE write transactions serialise them
    already (SELECT … FOR UPDATE is a no-op there); PostgreSQL needs the row lock.
    """
    if not connection.in_atomic_block:
        return  # nothing to hold a lock for: each statement commits alone
    locked = WriterLease.objects.select_for_update().filter(name=SPEAKERS_LOCK)
    if not list(locked.values_list("pk", flat=True)):
        WriterLease.objects.bulk_create([WriterLease(name=SPEAKERS_LOCK)], ignore_conflicts=True)
        list(locked.values_list("pk", flat=True))


_recounts = threading.local()


@contextmanager
def deferred_recounts():
    """Inside a bulk job (an import), recount each touched speaker once per batch.

    Recounting on every quote save reads all of a prolific speaker's quotes each time. The
    speakers to recount are queued in the transaction of the change and recounted by the
    batch's drains, so a killed job's are recounted by the next drain instead of staying stale.
    """
    from .indexing import batch_indexing  # indexing imports this module

    if getattr(_recounts, "deferred", False):
        yield
        return
    _recounts.deferred = True
    try:
        with batch_indexing():
            yield
    finally:
        _recounts.deferred = False


RECOUNT_CHUNK = 500  # speakers per grouped count: the SQL list stays bounded on any archive


def recount_speakers(pks: Iterable[int], skip_locked: bool = False) -> list[int]:
    """Store each speaker's shown quote and article counts: one grouped query per chunk.

    Each chunk's speaker rows are locked before their quotes are counted. Under PostgreSQL's
    READ COMMITTED, the count then sees every change whose transaction recounted the same
    speaker before us; without the lock, a recount that read before a curator's commit
    overwrote the curator's fresh count with a stale one. With `skip_locked` (the drain),
    speakers another transaction holds are left alone and returned, to be recounted later:
    a drain never waits on a writer, so it can never deadlock with one. Only the counts that
    changed are written (a re-import recounts mostly unchanged ones).
    """
    pks = sorted(set(pks))
    skipped = []
    for start in range(0, len(pks), RECOUNT_CHUNK):
        chunk = pks[start:start + RECOUNT_CHUNK]
        with transaction.atomic():
            stored = list(Speaker.objects.select_for_update(skip_locked=skip_locked).filter(pk__in=chunk)
                          .order_by("pk").values_list("pk", "quote_count", "article_count"))
            if skip_locked and len(stored) < len(chunk):  # locked by a writer, or deleted
                existing = Speaker.objects.filter(pk__in=chunk).values_list("pk", flat=True)
                skipped += sorted(set(existing) - {row[0] for row in stored})
            counted = (Quote.objects.shown().filter(speaker_id__in=[row[0] for row in stored]).order_by()
                       .values("speaker_id")
                       .annotate(quotes=models.Count("pk"), articles=models.Count("article_id", distinct=True)))
            counts = {row["speaker_id"]: (row["quotes"], row["articles"]) for row in counted}
            for pk, quotes, articles in stored:
                new = counts.get(pk, (0, 0))
                if new != (quotes, articles):
                    Speaker.objects.filter(pk=pk).update(quote_count=new[0], article_count=new[1])
    return skipped


def _remember_speaker(sender, instance: Quote, **kwargs) -> None:
    # No ordering: Quote's default one joins the article table, and with statistics that
    # believe the tables empty (autovacuum during a large import) PostgreSQL then scanned
    # every article's quotes for this one primary key: quadratic over an import.
    previous = Quote.objects.filter(pk=instance.pk).order_by().values_list("speaker_id", flat=True)
    instance._previous_speaker_id = next(iter(previous), None) if instance.pk else None


def _recount_speakers(sender, instance: Quote, **kwargs) -> None:
    """Any quote saved or deleted, by any path, updates its speaker's counts (and a former one's)."""
    touched = {instance.speaker_id, getattr(instance, "_previous_speaker_id", None)} - {None}
    if getattr(_recounts, "deferred", False):
        from .indexing import queue_recount

        for pk in touched:
            queue_recount(pk)
        return
    recount_speakers(touched)


models.signals.pre_save.connect(_remember_speaker, sender=Quote)
models.signals.post_save.connect(_recount_speakers, sender=Quote)
models.signals.post_delete.connect(_recount_speakers, sender=Quote)
