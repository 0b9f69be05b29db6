"""Template helpers for quotations and for French agreement (gender of a speaker, plurals)."""

from django import template

from ..citations import KIND_LABELS, anchor, permalink_path, reference, render_quote

register = template.Library()


@register.inclusion_tag("articles/_quote_item.html", takes_context=True)
def quote_item(context, quote, snippet: str = "", show_speaker: bool = True, in_article: bool = False):
    """One quotation, whole, with who said it, where, and a reference to copy."""
    article = quote.article
    link = f"{article.get_absolute_url()}#{anchor(quote.pk)}"
    request = context.get("request")
    path = permalink_path(article.pk, quote.pk)
    permalink = request.build_absolute_uri(path) if request else path
    source = article.source.name if article.source_id else ""
    return {
        "quote": quote, "article": article, "link": link, "show_speaker": show_speaker,
        "in_article": in_article, "kind_label": KIND_LABELS.get(quote.kind, quote.kind),
        "text": render_quote(quote.text, quote.kind, snippet),
        "reference": reference(quote.speaker.name, source, article.date_label, permalink),
        "source": source,
    }


@register.filter
def feminine(speakers) -> bool:
    """True when every speaker given (one or a list) is a woman: 'Citée', 'Aussi nommée'."""
    people = speakers if isinstance(speakers, (list, tuple)) else [speakers]
    return bool(people) and all(getattr(s, "gender", "") == "f" for s in people)


@register.filter
def plural_fr(count, suffix: str = "s") -> str:
    """French plural ending: 0 and 1 are singular ("0 citation", "1 article", "2 articles")."""
    try:
        return suffix if abs(int(count)) > 1 else ""
    except (TypeError, ValueError):
        return ""
