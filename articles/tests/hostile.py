"""Hostile inputs shared by the security tests and bench/probe_web.py.

`fuzz_requests(seed, n)` yields seeded (path, query string) pairs over every route and
parameter; `create_hostile_article()` stores payloads in every field a page shows;
`rendered_markup(html)` counts what a browser would run or follow from a page.
"""

import random
import string
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import quote, urlencode

from articles.models import Article, Quote, Source, Speaker

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
SVG = '"><svg onload=alert(3)>'
JS_URL = "javascript:alert(4)"
FORMULA = "=cmd|' /C calc'!A0"
PAYLOADS = [SCRIPT, IMG, SVG, JS_URL, FORMULA, "+1+1", "-2+3", "@SUM(1+1)", "\t=1", "\r=2",
            "' OR '1'='1", '"; DROP TABLE articles_article; --', "{{ 7*7 }}", "%(x)s", "\\"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

SEARCH_PARAMS = ["q", "page", "du", "au", "annee", "mois", "source", "orateur", "speaker",
                 "citation", "tri", "orateurs", "format"]
ROUTES = {
    "/": SEARCH_PARAMS, "/api/search/": SEARCH_PARAMS, "/search/feed/": SEARCH_PARAMS,
    "/quotes/": SEARCH_PARAMS, "/api/quotes/": SEARCH_PARAMS,
    "/speakers/": ["q", "page", "sort", "kind"], "/api/speakers/": ["q", "page", "sort", "kind"],
    "/speakers/{slug}/": ["page"], "/api/speakers/{slug}/": ["page"],
    "/articles/{key}/": [], "/articles/{key}/raw/": [],
    "/archive/": [], "/archive/{year}/": ["page"], "/archive/{year}/{month}/": ["page"],
    "/help/": [], "/opensearch.xml": [], "/admin/login/": ["next"], "/{junk}/": [],
}
GOOD = {
    "q": ["élection", "Lavrov", '"New START"', "l'OTAN", "négoci*", "orateur:lavrov", "a OR b -c"],
    "page": ["1", "2", "3"], "du": ["2016-01-01", "2018-02-02"], "au": ["2018-12-31"],
    "annee": ["2016", "2018", "inconnue"], "mois": ["2", "7", "12"], "source": ["Fil de démonstration"],
    "orateur": ["serguei-lavrov", "lavrov"], "speaker": ["jens-stoltenberg"], "citation": ["directe", "indirecte"],
    "tri": ["pertinence", "recent", "ancien"], "orateurs": ["tous"], "format": ["csv"],
    "sort": ["quotes", "articles", "name"], "kind": ["person", "organisation"], "next": ["/admin/"],
    "slug": ["serguei-lavrov", "jens-stoltenberg"], "key": ["1", "2"], "year": ["2016", "2018"],
    "month": ["2", "7"], "junk": ["nulle-part"],
}
NASTY = [
    "²", "¹²", "٣", "१२", "½", "Ⅻ", "𝟗", "9" * 309, "9" * 4301, "1" * 20, "-1", "0", "00", "+3", " 4 ",
    "1e3", "0x10", "1_000", "3.0", "NaN", "inf", "-0", "\x00", "a\x00b", "\x01", "\x1b[31m", "\x7f",
    "\u0085", "\u2028", "\ufeff", "\u200b", "é" * 3000, "x" * 70_000, "", " ", "%", "_", "%_%",
    '"', '"""', "«", "« ouvert", "*", "**", "-", "OR", "AND", "NOT", "titre:", "foo:bar", "(((", "[]",
    "^~", "\\", "/", "..", "../../etc/passwd", "🙂" * 50, "ǅ", "ﬁ", "İ", "ß", "\u0301e", "\U0010ffff",
    "2018-02-30", "2018-13-01", "99999-01-01", "2018-2-2", "2100", "1799", "2101", "13",
] + PAYLOADS
RAW_QUERY_PIECES = ["%ff", "%c3", "%ed%a0%80", "%00", "%0a", "&&&", "=", "q", "page=%b2", "%%", "q=%"]


def _value(rng: random.Random, name: str) -> str:
    pick = rng.random()
    if pick < 0.35 and name in GOOD:
        return rng.choice(GOOD[name])
    if pick < 0.85:
        return rng.choice(NASTY)
    alphabet = string.printable + "éèàçœÉ«»’\u00a0²\x00\x08€🙂中"
    return "".join(rng.choice(alphabet) for _ in range(rng.choice([1, 5, 40, 600])))


def _path(rng: random.Random, template: str) -> str:
    for name in ("slug", "key", "year", "month", "junk"):
        if "{" + name + "}" in template:
            value = _value(rng, name)[:2000] or "x"
            template = template.replace("{" + name + "}", quote(value, safe=""))
    return template


def fuzz_requests(seed: int, count: int) -> Iterator[tuple[str, str]]:
    """`count` seeded (path, query string) pairs; same seed, same requests."""
    rng = random.Random(seed)
    routes = list(ROUTES)
    for _ in range(count):
        template = rng.choice(routes)
        names = ROUTES[template] + ["inconnu"]
        params = [(name, _value(rng, name)) for name in rng.sample(names, min(len(names), rng.randint(0, 4)))]
        if rng.random() < 0.05 and params:
            params *= rng.choice([2, 25])
        query = urlencode(params)
        if rng.random() < 0.08:
            query += "&" + "".join(rng.choice(RAW_QUERY_PIECES) for _ in range(rng.randint(1, 3)))
        yield _path(rng, template), query


def create_hostile_article() -> Article:
    """An article whose title, body, source, URL, speaker and quote each carry every payload."""
    payload = " ".join(PAYLOADS)
    source = Source.objects.create(name=f"Source {SCRIPT} {FORMULA}", slug="source-hostile",
                                   url="javascript:alert(5)")
    quoted = f"Je dis {SCRIPT} et {IMG} alert"
    body = f"{FORMULA} Le ministre a déclaré : « {quoted} ». Puis alert {payload}\n\n{SVG} {JS_URL} fin."
    article = Article.objects.create(
        title=f"{FORMULA} Titre {SCRIPT} {IMG} alert", slug="article-hostile", body=body,
        source=source, url=JS_URL, year=2019, month=3, day=4,
    )
    speaker = Speaker.objects.create(name=f"{IMG} Orateur {FORMULA}", slug="orateur-hostile")
    start = body.index(quoted)
    Quote.objects.create(article=article, speaker=speaker, text=f"{FORMULA} {quoted}", kind=Quote.DIRECT,
                         verb="déclaré", start=start, end=start + len(quoted), attribution="test")
    speaker.recount()
    return article


class _Markup(HTMLParser):
    DANGEROUS_URL = ("javascript:", "data:", "vbscript:")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "iframe", "object", "embed") and not (tag == "script" and attributes.get("src")):
            self.found += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.found += 1
            elif name in ("href", "src", "action", "formaction", "xlink:href") and value:
                if "".join(value.split()).lower().startswith(self.DANGEROUS_URL) and value != "data:,":
                    self.found += 1


def rendered_markup(html: str) -> int:
    """How many elements or attributes in this HTML a browser would run or follow as script."""
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser.found
