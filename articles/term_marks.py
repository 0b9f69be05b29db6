"""Mark searched words in a page's safe HTML: the article page, coming from a search."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_TAG_RE = re.compile(r"(<[^>]*>)")


def mark_words(fragment: SafeString, words: set[str]) -> SafeString:
    """'Les élections <a href="/élections">…' with {"élections"} → 'Les <mark>élections</mark> <a …'.

    Only text between tags is marked, whole words only, in any case (search folds case: the
    heading's "Élections" is the body's "élections"); the words are escaped as the text is,
    so a word with an apostrophe ("l’OTAN", "l'OTAN") is found too.
    """
    if not words:
        return fragment
    alternatives = "|".join(re.escape(escape(w)) for w in sorted(words, key=len, reverse=True))
    word_re = re.compile(rf"(?<![\w&#;])(?:{alternatives})(?!\w)", re.IGNORECASE)
    parts = _TAG_RE.split(str(fragment))
    for i in range(0, len(parts), 2):  # even parts are text, odd ones tags
        parts[i] = word_re.sub(lambda m: f"<mark>{m.group(0)}</mark>", parts[i])
    return mark_safe("".join(parts))
