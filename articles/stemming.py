"""A light French stemmer: plurals, feminines and a few derivations, never the verb's tenses.

After Jacques Savoy's "UniNE" light stemmer (the one Lucene's `FrenchLightStemFilter` and
Elasticsearch's `french` analyzer use), rewritten for words already lowercased and folded
(`élections` → `elections`), with three changes that keep apart words the original
conflates (each one measured in `bench/compare_stemmers.py`):

- an infinitive keeps its final `r`: "porter" is not "porte", "partir" not "parti",
  "marcher" not "marché" (only the `r` of `-eur` goes: "chercheur" ~ "chercheuse");
- `-ie` stays: "partie" is not "part" nor "parti", "sortie" not "sort";
- `-aise/-oise` meet `-ais/-ois` ("française" ~ "français") and `-ique` becomes `-ic`
  ("publique" ~ "public", where Savoy cut "politique" to "polit", the stem of "politesse");
- an agent noun stays a noun: "observateur" ~ "observatrice", not "observer" (a person
  is not the action; Savoy turns `-ateur` into the verb).

    "elections" → "election", "journaux" → "journal", "bureaux" → "bureau",
    "negociations" → "negoci", "presidente" → "president", "declarees" → "declar"
"""

# (suffix, minimum word length, what replaces the suffix, whether stemming stops there):
# Savoy's derivational rules, tried in this order once plural endings are gone.
_SUFFIXES: tuple[tuple[str, int, str, bool], ...] = (
    ("issement", 10, "ir", True),     # établissement → établir
    ("issant", 9, "ir", True),        # finissant → finir
    ("ivement", 8, "if", True),       # activement → actif
    ("ement", 7, "e", True),          # gouvernement → gouverne → gouvern
    ("trice", 7, "teur", False),      # observatrice → observateur, then the rule below
    ("teuse", 8, "teur", True),       # an agent noun stays a noun (Savoy: the verb)
    ("teur", 7, "teur", True),
    ("ieme", 6, "", True),            # deuxième → deux
    ("euse", 6, "eu", True),          # heureuse → heureu ~ heureux
    ("ere", 9, "er", True),           # étrangère → étranger
    ("ive", 8, "if", True),           # négative → négatif
    ("folle", 5, "fou", True),
    ("molle", 5, "mou", True),
    ("nnelle", 10, "n", True),        # professionnelle → profession
    ("nnel", 10, "n", True),
    ("aise", 6, "ai", True),          # française → franc(ai)s, like the masculine
    ("oise", 6, "oi", True),          # chinoise → chinois
    ("ete", 5, "et", False),          # complète → complet, société → societ
    ("ique", 7, "ic", False),         # publique → public (Savoy: "polit", ~ politesse)
    ("esse", 9, "e", True),           # gentillesse → gentil
    ("inage", 8, "in", True),
    ("isation", 10, "", True),        # normalisation → normal
    ("ation", 9, "", True),           # négociation → négoci
    ("ition", 9, "", True),           # opposition → oppos
)


def light_stem(word: str) -> str:
    """Stem a lowercase, accent-folded French word: "reformes" → "reform"."""
    word = _strip_plural(word)
    for suffix, min_len, replacement, stop in _SUFFIXES:
        if len(word) >= min_len and word.endswith(suffix):
            word = word[: len(word) - len(suffix)] + replacement
            if suffix == "isation" and word.endswith("ual") and len(word) > 5:
                word = word[:-2] + "el"  # actualisation → actuel
            if stop:
                break
    return _normalize(word)


def _strip_plural(word: str) -> str:
    """'journaux' → 'journal', 'bureaux' → 'bureau', 'jeux' → 'jeu', 'reformes' → 'reforme'."""
    if len(word) > 5 and word.endswith("aux") and word[-4] != "e":
        word = word[:-3] + "al"
    elif len(word) > 3 and word.endswith("x"):
        word = word[:-1]
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    return word


def _normalize(word: str) -> str:
    """Savoy's last step: doubled letters once, final -e/-ee dropped (not after i), -eur's r."""
    if len(word) <= 4:
        return word
    chars = [word[0]]
    for char in word[1:]:
        if char != chars[-1] or not char.isalpha():
            chars.append(char)
    word = "".join(chars)
    if len(word) > 4 and word.endswith("eur"):
        word = word[:-1]
    for _ in range(2):
        if len(word) > 4 and word.endswith("e") and not word.endswith("ie"):
            word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1].isalpha():
        word = word[:-1]
    return word
