"""Which stored URLs may become a link: only http(s) ones; pure."""

from urllib.parse import urlsplit

LINK_SCHEMES = ("http", "https")


def safe_url(url: str | None) -> str:
    """'https://ex.fr/a' → itself; 'javascript:…', 'data:…', '//ex.fr', 'ex.fr/a' → ''."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unbalanced '[' in the host
        return ""
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return ""
    return text
