"""The benchmark's fixed request mix, as Newsarchive and Datasette URLs asking the same thing.

Vocabulary words are named by their Zipf rank in the corpus generator (the same words for the
same seed), so the selectivity of each query follows from the corpus; it is measured, not
assumed, and printed with each query.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

# Datasette's search page with the facets our search page shows.
DS_FACETS = "&_facet=year&_facet=month&_facet=source&_facet_array=speakers&_facet_array=kinds"
SEARCH_KINDS = ("search", "phrase", "misspelt")


@dataclass(frozen=True)
class Query:
    kind: str     # search, phrase, misspelt, api, article, speaker, browse, quotes
    label: str    # what it asks, for the printout
    ours: str     # Newsarchive path
    theirs: str   # Datasette path
    q: str = ""   # the words searched, to measure selectivity


def misspell(word: str) -> str:
    """One transposition inside the word: "politique" → "poiltique"."""
    middle = len(word) // 2
    return word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:]


def _search(kind: str, label: str, q: str, ds_q: str, raw: bool = False, ours_extra: dict | None = None,
            ds_extra: str = "") -> Query:
    ours = "/?" + urlencode({"q": q, **(ours_extra or {})})
    theirs = "/bench/articles?" + urlencode({"_search": ds_q}) + ("&_searchmode=raw" if raw else "")
    return Query(kind, label, ours, theirs + ds_extra + DS_FACETS, q)


def search_mix(vocabulary: list[str], rare_speaker: str) -> list[Query]:
    """Words, AND, phrases, fields, filters and misspellings, from selective to broad."""
    broad, broad2, medium, medium2 = vocabulary[20], vocabulary[150], vocabulary[1000], vocabulary[4000]
    rare, rarer = vocabulary[30_000], vocabulary[120_000]
    mix = [
        _search("search", f"word, rank 20 ({broad})", broad, broad),
        _search("search", f"word, rank 150 ({broad2})", broad2, broad2),
        _search("search", f"word, rank 1000 ({medium})", medium, medium),
        _search("search", f"word, rank 4000 ({medium2})", medium2, medium2),
        _search("search", f"word, rank 30000 ({rare})", rare, rare),
        _search("search", f"word, rank 120000 ({rarer})", rarer, rarer),
        _search("search", "inflected: sanction", "sanction", "sanction"),
        _search("search", "inflected: élection", "élection", "élection"),
        _search("search", "elision: l'OTAN", "l'OTAN", "OTAN"),
        _search("search", "name: Lavrov", "Lavrov", "Lavrov"),
        _search("search", f"AND: {broad2} {medium}", f"{broad2} {medium}", f"{broad2} {medium}"),
        _search("search", "AND: Russie sécurité", "Russie sécurité", "Russie sécurité"),
        _search("phrase", '"politique étrangère"', '"politique étrangère"', '"politique étrangère"', raw=True),
        _search("phrase", '"accord de paix"', '"accord de paix"', '"accord de paix"', raw=True),
        _search("phrase", '"conseil de sécurité"', '"conseil de sécurité"', '"conseil de sécurité"', raw=True),
        _search("phrase", f'name: "{rare_speaker}"', f'"{rare_speaker}"', f'"{rare_speaker}"', raw=True),
        _search("phrase", f'"{broad} {broad2}"', f'"{broad} {broad2}"', f'"{broad} {broad2}"', raw=True),
        _search("search", f"field: titre:{broad2}", f"titre:{broad2}", f"title:{broad2}", raw=True),
        _search("search", "field: orateur:Lavrov", "orateur:Lavrov", "speakers:Lavrov", raw=True),
        _search("search", f"filter: {broad2} + year 2018", broad2, broad2, ours_extra={"annee": "2018"},
                ds_extra="&year=2018"),
        _search("search", f"filter: {medium} + source", medium, medium, ours_extra={"source": "Radio Horizon"},
                ds_extra="&" + urlencode({"source": "Radio Horizon"})),
        _search("search", f"sorted: {broad2}, newest first", broad2, broad2, ours_extra={"tri": "recent"},
                ds_extra="&_sort_desc=published"),
    ]
    for word in (vocabulary[300], vocabulary[2000], "Stoltemberg", "sécurtié"):
        wrong = misspell(word) if word in vocabulary else word
        mix.append(_search("misspelt", f"misspelt: {wrong}", wrong, wrong))
    return mix


def api_mix(vocabulary: list[str]) -> list[Query]:
    words = [vocabulary[20], vocabulary[1000], vocabulary[30_000], "sanction"]
    return [Query("api", f"api: {w}", "/api/search/?" + urlencode({"q": w}),
                  "/bench/articles.json?" + urlencode({"_search": w}) + DS_FACETS, w) for w in words]


def page_mix(articles: list[tuple[int, str]], speakers: list[tuple[int, str]], vocabulary: list[str]) -> list[Query]:
    """Article, speaker, browse and quote pages: (id, slug) pairs from the archive."""
    mix = [Query("article", f"article {pk}", f"/articles/{slug}/", f"/bench/articles/{pk}") for pk, slug in articles]
    mix += [Query("speaker", f"speaker {slug}", f"/speakers/{quote(slug)}/",
                  f"/bench/quotes?speaker_id={pk}&_sort_desc=published&_facet=kind") for pk, slug in speakers]
    mix += [
        Query("browse", "newest first", "/", "/bench/articles?_sort_desc=published&_facet=year&_facet=source"),
        Query("browse", "year 2018", "/archive/2018/", "/bench/articles?year=2018&_sort_desc=published"),
        Query("browse", "speakers list", "/speakers/", "/bench/speakers?_sort=name"),
    ]
    for word in ("sécurité", vocabulary[150], vocabulary[1000]):
        mix.append(Query("quotes", f"quotes: {word}", "/quotes/?" + urlencode({"q": word}),
                         "/bench/quotes?" + urlencode({"_search": word}), word))
    return mix


def selectivity_class(fraction: float) -> str:
    if fraction < 0.001:
        return "selective"
    return "medium" if fraction <= 0.05 else "broad"
