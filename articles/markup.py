"""HTML, or stray markup inside plain text → plain text, never eating the text after a stray tag.

Pure and linear in the length of the text: every pattern stops at the next "<", and the
closing tag of a dropped element is looked up, never scanned for. An element or comment
that is never closed loses only its opening marker (a scraped "<svg" or "<!--" in plain
text must not delete the rest of the article). The result is a fixed point: cleaning it
again changes nothing, since no tag or entity is left to read in it.
"""

import bisect
import html
import re

import bleach

# bleach allowlists: nothing survives, the output is plain text.
ALLOWED_TAGS: frozenset[str] = frozenset()
ALLOWED_ATTRIBUTES: dict[str, list[str]] = {}
# Elements whose content is never article text (code, metadata, site chrome).
DROPPED_ELEMENTS = (
    "script", "style", "noscript", "template", "iframe", "svg", "nav", "aside", "footer", "form",
    "head",
)
BLOCK_TAGS = (
    "p", "div", "br", "hr", "h[1-6]", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "table", "tr", "td", "th", "caption", "section", "article", "header", "main", "figure",
    "figcaption", "address", "body", "html", "title",
)
# html5lib appends each text token to a growing string: quadratic on one long run of
# tokens. Fed in pieces cut between tags, it stays linear.
BLEACH_CHUNK_CHARS = 8192
UNESCAPE_ROUNDS = 3  # "&amp;eacute;" (escaped twice by a scraper) still reads "é"

# "[^<>]*" rather than "[^>]*": a tag never spans another "<", so each scan ends there.
_ATTRS = r"(?:\s[^<>]*)?"
_DROPPED = "|".join(DROPPED_ELEMENTS)
_OPEN_RE = re.compile(rf"<({_DROPPED}){_ATTRS}(/?)>", re.IGNORECASE)
_CLOSE_RE = re.compile(rf"</({_DROPPED})\s*>|<(body)\b[^<>]*>", re.IGNORECASE)
_BLOCK_RE = re.compile(rf"</?(?:{'|'.join(BLOCK_TAGS)}){_ATTRS}/?>", re.IGNORECASE)
# What follows a "<" that starts markup: a whole tag, a comment, "<!…>" or "<?…>".
_MARKUP = r"/?[a-zA-Z][^<>]*>|!--|![^<>]*>|\?[^<>]*>"
# A "<" html5lib would read as markup although nothing closes it: "<svg est…", "<?", "<!x".
_STRAY_LT_RE = re.compile(rf"<(?!{_MARKUP})")
_HTML_RE = re.compile(r"</?[a-zA-Z][^<>]*>|<!--|&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+[0-9]*);")
# What a second reading would take for markup: "<b>" left by "&lt;b&gt;".
_TAG_START_RE = re.compile(rf"<(?={_MARKUP})")
_CUT_RE = re.compile(r"[\s<&]")
_AMPERSAND_RE = re.compile(r"&(?=[a-zA-Z0-9#])")


_CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, strip=True, strip_comments=True
)


def looks_like_html(text: str) -> bool:
    """True when text holds tags, comments or entities (worth an import note)."""
    return _HTML_RE.search(text) is not None


def strip_markup(text: str) -> str:
    """Plain text of HTML or marked-up text: "<p>A&amp;B</p><script>x</script>" → "\\nA&B\\n"."""
    if "<" not in text and "&" not in text:
        return text
    text = _drop_comments(text)
    text = _drop_elements(text)
    text = _STRAY_LT_RE.sub("&lt;", text)
    text = _BLOCK_RE.sub("\n", text)
    text = "".join(_CLEANER.clean(chunk) for chunk in _chunks(text, BLEACH_CHUNK_CHARS))
    # bleach returns HTML-safe text; unescaping gives the plain text Django escapes on output.
    for _ in range(UNESCAPE_ROUNDS):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    else:
        if html.unescape(text) != text:  # escaped more times than any scraper does: keep as is
            text = _AMPERSAND_RE.sub("& ", text)
    # "&lt;script&gt;" is text about a tag: keep it readable, but never a tag again.
    return _TAG_START_RE.sub("< ", text)


def _drop_comments(text: str) -> str:
    """Remove <!-- … --> comments; an unclosed one loses only its "<!--"."""
    if "<!--" not in text:
        return text
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        parts.append(text[pos:start])
        if end == -1:  # no comment closes after this one: only markers are left to drop
            parts.append(text[start:].replace("<!--", ""))
            return "".join(parts)
        pos = end + 3
    parts.append(text[pos:])
    return "".join(parts)


def _chunks(text: str, size: int):
    """Pieces of about `size` characters, cut before a tag, an entity or a space, never inside a tag."""
    pos = 0
    while pos < len(text):
        found = _CUT_RE.search(text, pos + size)
        if found is None:
            yield text[pos:]
            return
        cut = found.start()
        if text.rfind("<", pos, cut) > text.rfind(">", pos, cut):
            # Inside a tag (every "<" left ends in ">" before any other "<"): cut after it.
            cut = text.find(">", cut) + 1
        yield text[pos:cut]
        pos = cut


def _drop_elements(text: str) -> str:
    """Remove script, style, svg… with their content; an unclosed one loses only its tag."""
    opens = list(_OPEN_RE.finditer(text))
    if not opens:
        return text
    closes: dict[str, list[tuple[int, int]]] = {}
    for match in _CLOSE_RE.finditer(text):
        name = (match[1] or "head").lower()  # <body> ends an unclosed <head>
        closes.setdefault(name, []).append((match.start(), match.end()))
    parts, pos = [], 0
    for match in opens:
        if match.start() < pos:
            continue  # inside an element already dropped
        parts.append(text[pos:match.start()])
        pos = match.end()
        if match[2]:
            continue  # self-closing: <svg … />
        found = closes.get(match[1].lower(), [])
        index = bisect.bisect_left(found, (match.end(), 0))
        if index < len(found):
            start, end = found[index]
            # <body> closes the head but is kept: it is not part of it.
            pos = start if text[start + 1:start + 5].lower() == "body" else end
    parts.append(text[pos:])
    return "".join(parts)
