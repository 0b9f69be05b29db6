"""URL filter parameters → validated filters; pure. Bad values raise FilterError (→ 400).

Parameters (French, as in the permalinks users share): `du`, `au` (YYYY-MM-DD),
`annee` (a year or `inconnue`), `mois` (1-12, with `annee`), `source` and `orateur`
(repeatable; `speaker` is accepted too; a slug, or a name matched by the view), `citation` (`directe`/`indirecte`), `tri` (`pertinence`, `recent`, `ancien`); and `orateurs=tous`
to list every speaker in the facet.
"""

import datetime
import re
from dataclasses import dataclass, replace

UNKNOWN_YEAR = "inconnue"
UNKNOWN_YEAR_VALUE = 0  # how the index stores "year unknown"
QUOTE_KINDS = {"directe": "direct", "indirecte": "indirect"}
SORTS = {"pertinence": "relevance", "recent": "newest", "ancien": "oldest"}
ALL_SPEAKERS = "tous"
MAX_VALUES = 20
MAX_VALUE_CHARS = 200
MIN_YEAR, MAX_YEAR = 1800, 2100


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class FilterError(ValueError):
    """A filter value that cannot be understood; the message is for the user, in French."""


@dataclass(frozen=True)
class Filters:
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    year: int | None = None          # UNKNOWN_YEAR_VALUE for "année inconnue"
    month: int | None = None
    sources: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()   # speaker slugs
    quote_kind: str | None = None    # "direct" or "indirect"
    sort: str | None = None          # None: relevance with a query, newest without
    all_speakers: bool = False       # `orateurs=tous`: the speaker facet beyond its top 20

    @property
    def active(self) -> bool:
        return any([self.date_from, self.date_to, self.year is not None, self.month,
                    self.sources, self.speakers, self.quote_kind])

    def without(self, name: str, value=None) -> "Filters":
        """These filters minus one value (for the chips' remove links)."""
        current = getattr(self, name)
        if isinstance(current, tuple):
            return replace(self, **{name: tuple(v for v in current if v != value)})
        if name == "year":
            return replace(self, year=None, month=None)
        return replace(self, **{name: None})


def parse_filters(params) -> Filters:
    """QueryDict-like params → Filters; '?annee=2018&mois=2&orateur=serguei-lavrov' → Filters(...)."""
    year = _year(params.get("annee"))
    month = _int_in(params.get("mois"), 1, 12, "mois")
    if month and year in (None, UNKNOWN_YEAR_VALUE):
        raise FilterError("Le filtre « mois » demande aussi une année (annee=…).")
    date_from, date_to = _date(params.get("du"), "du"), _date(params.get("au"), "au")
    if date_from and date_to and date_from > date_to:
        raise FilterError("La date de début (du) est après la date de fin (au).")
    return Filters(
        date_from=date_from, date_to=date_to, year=year, month=month,
        sources=_many(params, "source"),
        speakers=tuple(dict.fromkeys(_many(params, "orateur") + _many(params, "speaker"))),
        quote_kind=_choice(params.get("citation"), QUOTE_KINDS, "citation"),
        sort=_choice(params.get("tri"), SORTS, "tri"),
        all_speakers=_choice(params.get("orateurs"), {ALL_SPEAKERS: True}, "orateurs") or False,
    )


def filter_params(filters: Filters) -> list[tuple[str, str]]:
    """Filters → query parameters, the inverse of parse_filters (for links)."""
    params = []
    if filters.date_from:
        params.append(("du", filters.date_from.isoformat()))
    if filters.date_to:
        params.append(("au", filters.date_to.isoformat()))
    if filters.year is not None:
        params.append(("annee", UNKNOWN_YEAR if filters.year == UNKNOWN_YEAR_VALUE else str(filters.year)))
    if filters.month:
        params.append(("mois", str(filters.month)))
    params += [("source", s) for s in filters.sources] + [("orateur", s) for s in filters.speakers]
    if filters.quote_kind:
        params.append(("citation", _key_for(QUOTE_KINDS, filters.quote_kind)))
    if filters.sort:
        params.append(("tri", _key_for(SORTS, filters.sort)))
    if filters.all_speakers:
        params.append(("orateurs", ALL_SPEAKERS))
    return params


def _key_for(mapping: dict, value: str) -> str:
    return next(k for k, v in mapping.items() if v == value)


def _year(raw: str | None) -> int | None:
    if raw is None or raw.strip() == "":
        return None
    if raw.strip().lower() == UNKNOWN_YEAR:
        return UNKNOWN_YEAR_VALUE
    return _int_in(raw, MIN_YEAR, MAX_YEAR, "annee")


def _int_in(raw: str | None, low: int, high: int, name: str) -> int | None:
    if raw is None or raw.strip() == "":
        return None
    raw = raw.strip()
    if not is_ascii_number(raw, len(str(high))) or not low <= int(raw) <= high:
        raise FilterError(f"Valeur invalide pour « {name} » : « {raw[:40]} » (attendu : un nombre de {low} à {high}).")
    return int(raw)


def is_ascii_number(raw: str, max_digits: int) -> bool:
    """'2018' → True; '²' (a digit to str.isdigit, not to int), '١٢' (not ASCII), '', too long → False."""
    return 0 < len(raw) <= max_digits and raw.isascii() and raw.isdigit()


def _date(raw: str | None, name: str) -> datetime.date | None:
    if raw is None or raw.strip() == "":
        return None
    try:
        # fromisoformat also takes '20180202' and '2018-W05': only the documented form passes.
        if not _ISO_DATE.fullmatch(raw.strip()):
            raise ValueError(raw)
        day = datetime.date.fromisoformat(raw.strip())
    except ValueError:
        raise FilterError(f"Date invalide pour « {name} » : « {raw[:40]} » (attendu : AAAA-MM-JJ).") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:  # year 1 or 9999 overflow once moved to UTC
        raise FilterError(f"Date hors de l'archive pour « {name} » : années {MIN_YEAR} à {MAX_YEAR}.")
    return day


def _choice(raw: str | None, choices: dict, name: str) -> str | None:
    if raw is None or raw.strip() == "":
        return None
    if raw.strip() not in choices:
        raise FilterError(f"Valeur inconnue pour « {name} » : « {raw[:40]} » (choix : {', '.join(choices)}).")
    return choices[raw.strip()]


def _many(params, name: str) -> tuple[str, ...]:
    values = params.getlist(name) if hasattr(params, "getlist") else [params.get(name)]
    cleaned = tuple(dict.fromkeys(v.strip()[:MAX_VALUE_CHARS] for v in values if v and v.strip()))
    if len(cleaned) > MAX_VALUES:
        raise FilterError(f"Trop de valeurs pour « {name} » (au plus {MAX_VALUES}).")
    return cleaned
