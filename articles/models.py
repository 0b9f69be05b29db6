"""Sources and articles. Speakers and quotes come with the extraction stage."""

import datetime

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONTH_NAMES = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]


class Source(models.Model):
    name = models.CharField(_("nom"), max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    url = models.URLField(_("site"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")

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


class Article(models.Model):
    title = models.CharField(_("titre"), max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
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
    published = models.DateTimeField(_("date"), null=True, blank=True, db_index=True, editable=False)
    # Nothing is lost: the imported file, decoded, kept verbatim, and its fingerprint.
    raw_text = models.TextField(_("texte brut"), blank=True)
    raw_encoding = models.CharField(_("encodage"), max_length=40, blank=True)
    raw_name = models.CharField(_("fichier"), max_length=500, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    import_notes = models.TextField(_("notes d'import"), blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        verbose_name = _("article")
        indexes = [models.Index(fields=["year", "month", "day"])]

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
        return self.published.date().isoformat() if self.published else None
