"""Speaker pages and the speakers API."""

from urllib.parse import urlencode

from django.db.models import Count, Exists, F, Max, Min, OuterRef
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from ..charts import chart_caption, month_series, render_month_chart
from ..citations import permalink_path
from ..models import Article, Quote, Speaker
from ..paging import PageOutOfRange, next_url, page_number, paginate
from ..speakers import fold
from .responses import json_response

SPEAKERS_PER_PAGE = 50
QUOTES_PER_PAGE = 20
SORTS = {
    "quotes": ("-quote_count", "name"),
    "articles": ("-article_count", "name"),
    "name": ("name",),
}
SORT_LABELS = {"quotes": "par nombre de citations", "articles": "par nombre d'articles", "name": "par nom"}
KINDS = dict(Speaker.KINDS)


class BadFilter(ValueError):
    """A filter value the page does not know; the message is for the user."""


def speaker_list_queryset(params):
    """Active speakers with at least one shown quote, filtered and sorted from the query string."""
    sort = params.get("sort") or "quotes"
    kind = params.get("kind") or ""
    if sort not in SORTS:
        raise BadFilter(f"Tri inconnu « {sort} » : choisissez parmi {', '.join(SORTS)}.")
    if kind and kind not in KINDS:
        raise BadFilter(f"Type inconnu « {kind} » : choisissez parmi {', '.join(KINDS)}.")
    speakers = Speaker.objects.active().filter(quote_count__gt=0)
    if kind:
        speakers = speakers.filter(kind=kind)
    name = (params.get("q") or "").strip()[:200]
    if name:
        for word in fold(name).split():
            speakers = speakers.filter(search_key__contains=word)
    return speakers.order_by(*SORTS[sort])


def speaker_list(request):
    try:
        speakers = speaker_list_queryset(request.GET)
        number, notice = page_number(request.GET)
        page = paginate(speakers, number, SPEAKERS_PER_PAGE)
    except BadFilter as error:
        return render(request, "articles/speaker_list.html", {"error": str(error), "kinds": KINDS}, status=400)
    except PageOutOfRange:
        raise Http404("Cette page n'existe pas.")
    return render(request, "articles/speaker_list.html", {
        "page": page, "notice": notice, "kinds": KINDS, "sorts": SORTS,
        "q": request.GET.get("q", ""), "kind": request.GET.get("kind", ""),
        "sort": request.GET.get("sort") or "quotes",
        "sort_label": SORT_LABELS[request.GET.get("sort") or "quotes"],
    })


def speaker_by_slug(slug: str) -> Speaker | None:
    """The speaker with this slug now, or the one that had it before a rename."""
    return (
        Speaker.objects.filter(slug=slug).first()
        or Speaker.objects.filter(former_slugs__contains=f"|{slug}|").first()
    )


def _speaker_or_redirect(slug: str):
    speaker = speaker_by_slug(slug)
    if speaker is None:
        raise Http404("Personne citée inconnue.")
    final = speaker.final()
    if final.slug != slug:
        return speaker, redirect(final, permanent=True)
    if not speaker.quote_count:  # every quote rejected or in a hidden article: not public
        raise Http404("Cette personne n'a aucune citation publiée.")
    return speaker, None


def speaker_quotes(speaker: Speaker):
    """The speaker's shown quotes, newest article first."""
    return (
        Quote.objects.shown().filter(speaker=speaker)
        .select_related("article__source", "speaker")
        .defer("article__raw_text", "article__body")
        .order_by(F("article__published").desc(nulls_last=True), "-article_id", "start")
    )


def speaker_roles(speaker: Speaker) -> list[dict]:
    """Each role the speaker was given where a quote of theirs is shown, with the first and last date.

    An article whose quotes a curator reassigned or rejected names the speaker still, and its
    re-extraction records their role there again: that article is not a place they spoke.
    """
    spoke_there = Quote.objects.shown().filter(speaker=speaker, article=OuterRef("article"))
    return list(
        speaker.appearances.filter(Exists(spoke_there), article__status=Article.PUBLIC).exclude(role="").values("role")
        .annotate(first=Min("article__published"), last=Max("article__published"), count=Count("id"))
        .order_by("-count", "role")
    )


def speaker_detail(request, slug: str):
    speaker, moved = _speaker_or_redirect(slug)
    if moved:
        return moved
    number, notice = page_number(request.GET)
    try:
        page = paginate(speaker_quotes(speaker), number, QUOTES_PER_PAGE)
    except PageOutOfRange:
        raise Http404("Cette page n'existe pas.")
    return render(request, "articles/speaker_detail.html", {
        "speaker": speaker, "page": page, "notice": notice, "roles": speaker_roles(speaker),
        "aliases": other_names(speaker), "aliases_label": aliases_label(speaker),
        **quotes_chart(speaker),
    })


def other_names(speaker: Speaker) -> list[str]:
    """The speaker's aliases without the canonical name itself (nor its accent or case variants)."""
    own = fold(speaker.name)
    return sorted(alias for alias in (speaker.aliases or {}) if fold(alias) != own)


def aliases_label(speaker: Speaker) -> str:
    """'Aussi nommé', agreeing with the speaker: 'Aussi nommée' for a woman, 'Autres noms' for a body."""
    if speaker.kind == Speaker.ORGANISATION:
        return "Autres noms"
    return "Aussi nommée" if speaker.gender == "f" else "Aussi nommé"


def quotes_chart(speaker: Speaker) -> dict:
    """Inline SVG of the speaker's quotes per month (each bar opens that month's quotes) and its caption."""
    per_month = (
        speaker_quotes(speaker).filter(article__year__isnull=False, article__month__isnull=False)
        .values_list("article__year", "article__month").annotate(n=Count("id")).order_by()
    )
    series = month_series({(y, m): n for y, m, n in per_month})
    title, unit = "Citations par mois", ("citation", "citations")
    # The month's quotes: ?orateur=…&annee=…&mois=…, the speaker's part encoded once.
    base = reverse("quote_search") + "?" + urlencode({"orateur": speaker.slug})
    return {
        "chart": render_month_chart(
            series, title=title, unit=unit, link=lambda y, m: f"{base}&annee={y}&mois={m}",
        ),
        "chart_caption": chart_caption(series, title, unit),
    }


def api_speakers(request):
    try:
        speakers = speaker_list_queryset(request.GET)
        page = paginate(speakers, page_number(request.GET)[0], SPEAKERS_PER_PAGE)
    except BadFilter as error:
        return json_response({"error": str(error)}, status=400)
    except PageOutOfRange:
        return json_response({"error": "Cette page n'existe pas."}, status=404)
    return json_response({
        "count": page.paginator.count,
        "next": next_url(request, page),
        "results": [_speaker_json(request, s) for s in page.object_list],
    })


def _speaker_json(request, speaker) -> dict:
    return {
        "slug": speaker.slug,
        "name": speaker.name,
        "kind": speaker.kind,
        "url": request.build_absolute_uri(speaker.get_absolute_url()),
        "quote_count": speaker.quote_count,
        "article_count": speaker.article_count,
    }


def api_speaker_detail(request, slug: str):
    speaker, moved = _speaker_or_redirect(slug)
    if moved:
        return moved
    try:
        page = paginate(speaker_quotes(speaker), page_number(request.GET)[0], QUOTES_PER_PAGE)
    except PageOutOfRange:
        return json_response({"error": "Cette page n'existe pas."}, status=404)
    return json_response({
        **_speaker_json(request, speaker),
        "roles": [
            {"role": r["role"], "first_seen": _iso(r["first"]), "last_seen": _iso(r["last"])}
            for r in speaker_roles(speaker)
        ],
        "aliases": other_names(speaker),
        "next": next_url(request, page),
        "quotes": [_quote_json(request, q) for q in page.object_list],
    })


def _iso(moment) -> str | None:
    return moment.date().isoformat() if moment else None


def _quote_json(request, quote: Quote) -> dict:
    article = quote.article
    return {
        "text": quote.text,
        "kind": quote.kind,
        "verb": quote.verb,
        "attribution": quote.attribution,
        "permalink": request.build_absolute_uri(permalink_path(article.pk, quote.pk)),
        "article": {
            "id": article.pk,
            "url": request.build_absolute_uri(article.get_absolute_url()),
            "date": article.iso_date,
            "title": article.title,
        },
    }
