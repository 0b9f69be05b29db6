"""Synthetic raw articles in the seeds' format, the same for the same seed and size.

    .venv/bin/python bench/corpus.py OUT_DIR --articles 10000 [--seed 9]

Each file is what the scraper gives: the `Dernière mise à jour à 08h45 le 02/02` header,
one paragraph per line (named speakers introduced with a role, direct quotes with speech
verbs, reported speech, pronoun follow-ups), then a tail of other headlines and a promo
line. Filler words come from Debian's `wfrench` list drawn with a Zipf law over a seeded
ranking, so rare words keep appearing as the corpus grows, as in a real archive; the topical
sentences are our own. `manifest.csv` gives each file its year and source.
"""

import argparse
import bisect
import csv
import itertools
import random
import re
import sys
from pathlib import Path

WORDLIST = Path("/usr/share/dict/french")
ZIPF_EXPONENT = 1.05
SPEAKER_COUNT = 3000
YEARS = range(2000, 2026)
SOURCES = ["Fil de démonstration", "Agence du Matin", "Le Quotidien du Soir", "Radio Horizon", "La Gazette"]

FIRST_NAMES = [
    ("Jean", "m"), ("Marie", "f"), ("Sergueï", "m"), ("Maria", "f"), ("Hélène", "f"), ("François", "m"),
    ("Angela", "f"), ("Olaf", "m"), ("Jens", "m"), ("Ursula", "f"), ("Dmitri", "m"), ("Irina", "f"),
    ("Pierre", "m"), ("Sophie", "f"), ("Ahmed", "m"), ("Fatima", "f"), ("Luis", "m"), ("Ana", "f"),
    ("Wang", "m"), ("Li", "f"), ("Kenji", "m"), ("Yuki", "f"), ("Mehmet", "m"), ("Ayşe", "f"),
    ("Giorgio", "m"), ("Chiara", "f"), ("Jakub", "m"), ("Agnieszka", "f"), ("Björn", "m"), ("Ingrid", "f"),
    ("Rachid", "m"), ("Leïla", "f"), ("Thomas", "m"), ("Camille", "f"), ("Nikolaï", "m"), ("Svetlana", "f"),
    ("Recep", "m"), ("Élise", "f"), ("Joaquín", "m"), ("Inès", "f"), ("Amadou", "m"), ("Aminata", "f"),
    ("Karl", "m"), ("Greta", "f"), ("Pedro", "m"), ("Lucía", "f"), ("Olivier", "m"), ("Mathilde", "f"),
    ("Viktor", "m"), ("Zoé", "f"), ("Hassan", "m"), ("Noura", "f"), ("Mikhaïl", "m"), ("Tatiana", "f"),
    ("Emmanuel", "m"), ("Anne", "f"), ("Jérôme", "m"), ("Céline", "f"), ("Andreï", "m"), ("Oksana", "f"),
]
LAST_NAMES = [
    "Lavrov", "Zakharova", "Stoltenberg", "Dupont", "Martin", "Lefèvre", "Moreau", "Petrov", "Ivanova",
    "Schmidt", "Müller", "Rossi", "Bianchi", "García", "Fernández", "Nowak", "Kowalski", "Yilmaz",
    "Demir", "Tanaka", "Suzuki", "Chen", "Zhang", "Diallo", "Traoré", "Benali", "Haddad", "Lindqvist",
    "Andersen", "Novák", "Horváth", "Popescu", "Georgiou", "O'Brien", "Murphy", "Silva", "Santos",
    "Kuznetsov", "Sokolov", "Volkov", "Fontaine", "Chevalier", "Rousseau", "Girard", "Bonnet", "Lambert",
    "Faure", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Roussel", "Caron", "Perrin", "Morel",
    "Okafor", "Mensah", "Nguyen", "Tran", "Kaya", "Çelik", "Jovanović", "Horvat", "Kovačić", "Ibrahim",
    "Mansour", "Karimi", "Rahmani", "Peskov", "Patrouchev", "Cavusoglu", "Alfano", "Huntsman",
]
ROLES = [
    "le ministre des Affaires étrangères", "la porte-parole du gouvernement", "le président de la Commission",
    "le secrétaire général de l'organisation", "la ministre de l'Économie", "le porte-parole du Kremlin",
    "le Premier ministre", "la présidente du Parlement", "le maire de la capitale", "le gouverneur de la banque centrale",
    "la directrice de l'agence", "le chef de la diplomatie", "le ministre de la Défense", "la commissaire européenne",
    "le représentant spécial", "l'ambassadeur", "le syndicaliste", "la chercheuse", "l'économiste", "le député",
]
COUNTRIES = ["la Russie", "la Chine", "la France", "l'Allemagne", "l'Ukraine", "la Turquie", "l'Iran", "le Brésil",
             "l'Inde", "le Japon", "l'Italie", "l'Espagne", "la Pologne", "le Mali", "le Sénégal", "l'Égypte",
             "les États-Unis", "le Canada", "le Mexique", "la Norvège"]
ORGS = ["l'OTAN", "l'ONU", "l'OSCE", "l'Union européenne", "le FMI", "la Banque mondiale", "l'OMS", "le G20"]
TOPICS = ["les sanctions économiques", "l'accord de paix", "la politique étrangère", "la sécurité énergétique",
          "la réforme des retraites", "le changement climatique", "la coopération militaire", "le commerce extérieur",
          "les élections présidentielles", "la crise sanitaire", "la dette publique", "la lutte contre le terrorisme",
          "le prix du pétrole", "la transition numérique", "les droits de l'homme", "la sécurité alimentaire"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
SAY = ["a déclaré", "a affirmé", "a souligné", "a indiqué", "a expliqué", "a annoncé", "a estimé", "a précisé",
       "a assuré", "a rappelé"]
FOLLOW = ["a-t-{p} ajouté", "a-t-{p} déclaré", "a-t-{p} dit", "a-t-{p} précisé", "a-t-{p} estimé", "a-t-{p} souligné"]
REPORT = ["a estimé que", "a assuré que", "a rappelé que", "a indiqué que", "a jugé que"]
FUNCTION = ["de la", "des", "du", "et", "dans", "pour", "sur", "avec", "par", "en", "entre", "contre", "selon", "sans"]
DETERMINERS = ["le", "la", "les", "un", "une", "ce", "cette", "leur", "son", "notre"]
OWN_SENTENCES = [
    "{Country} a réaffirmé jeudi sa position sur {topic}, lors d'une réunion avec {org}.",
    "Les discussions sur {topic} reprendront la semaine prochaine à la demande de {org}.",
    "{Org} a salué les efforts de {country} en matière de {short}, sans donner de calendrier.",
    "Le ministre des Affaires étrangères de {country} doit se rendre à Genève pour parler de {topic}.",
    "Les observateurs de {org} suivent de près {topic} et la situation dans la région.",
    "Un accord de coopération entre {country} et {country2} a été signé pour cinq ans.",
    "La question de {topic} divise encore les membres de {org}, selon plusieurs diplomates.",
    "Le Conseil de sécurité de l'ONU se réunira mardi pour examiner {topic}.",
    "Les sanctions imposées à {country} restent en vigueur jusqu'à la fin de l'année.",
    "Plusieurs milliers de manifestants se sont rassemblés dans la capitale de {country} samedi.",
]
PROMOS = ["Ceux qui veulent nous rejoindre sur la messagerie WeChat, scannez le code QR ci-contre.",
          "Nous suivre sur WeChat"]
CONTRACTIONS = {"de le ": "du ", "de les ": "des ", "à le ": "au ", "à les ": "aux "}
CONTRACTIONS_RE = re.compile(r"\b(?:de|à) les? ")
HEADLINE_PATTERNS = [
    "{Country} inaugure un nouveau {w} à {W}", "Le {w} de {country} en plein essor",
    "{Org} : vers un accord sur {topic}", "Comment {country} remodèle le {w} et la {w}",
    "Lancement d'une ligne de {w} entre deux villes de {country}", "Qui va financer {topic} ?",
]


def load_vocabulary(rng: random.Random, path: Path = WORDLIST) -> list[str]:
    """wfrench's plain words (letters and inner hyphens), in a seeded frequency ranking."""
    words = [w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.islower() and len(w) > 2]
    # Shorter words rank higher, as in real text (Zipf's law of abbreviation).
    return sorted(words, key=lambda word: rng.random() * len(word) ** 2)


def zipf_cumulative(count: int, exponent: float) -> list[float]:
    return list(itertools.accumulate(1 / rank ** exponent for rank in range(1, count + 1)))


class Writer:
    """Draws one article after another from a seeded generator."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.vocabulary = load_vocabulary(random.Random(seed))
        self.word_weights = zipf_cumulative(len(self.vocabulary), ZIPF_EXPONENT)
        names = [(f, g, last) for (f, g), last in itertools.product(FIRST_NAMES, LAST_NAMES)]
        random.Random(seed + 1).shuffle(names)
        self.speakers = names[:SPEAKER_COUNT]
        self.speaker_weights = zipf_cumulative(len(self.speakers), 0.8)
        self.headlines = [self._headline() for _ in range(200)]

    def words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.word_weights, k=count)

    def speaker(self) -> tuple[str, str, str]:
        index = bisect.bisect_left(self.speaker_weights, self.rng.random() * self.speaker_weights[-1])
        return self.speakers[min(index, len(self.speakers) - 1)]

    def clause(self, length: int) -> str:
        """Vocabulary words held together by French determiners and prepositions."""
        out: list[str] = []
        for word in self.words(length):
            if self.rng.random() < 0.45:
                out.append(self.rng.choice(FUNCTION if out else DETERMINERS))
            out.append(word)
        return " ".join(out)

    def fill(self, template: str) -> str:
        rng = self.rng
        country, country2 = rng.sample(COUNTRIES, 2)
        org, topic = rng.choice(ORGS), rng.choice(TOPICS)
        return _contract(template.format(
            country=country, Country=_cap(country), country2=country2, org=org, Org=_cap(org),
            topic=topic, short=topic.split(" ", 1)[-1], w=self.words(1)[0], W=_cap(self.words(1)[0])))

    def _headline(self) -> str:
        return self.fill(self.rng.choice(HEADLINE_PATTERNS))

    def sentence(self) -> str:
        if self.rng.random() < 0.25:
            return self.fill(self.rng.choice(OWN_SENTENCES))
        return _cap(self.clause(self.rng.randint(6, 14))) + ", " + self.clause(self.rng.randint(4, 10)) + "."

    def quote(self) -> str:
        text = _cap(self.clause(self.rng.randint(5, 12)))
        if self.rng.random() < 0.3:
            text += " " + self.fill("Nous parlerons de {topic} avec {org}")
        return text

    def article(self) -> str:
        rng = self.rng
        cast = [self.speaker() for _ in range(rng.randint(1, 4))]
        paragraphs = []
        first, gender, last = cast[0]
        role = rng.choice(ROLES)
        paragraphs.append(f"{_cap(self.fill('{country}'))} {self.clause(rng.randint(8, 14))}, {rng.choice(SAY)} "
                          f"{rng.choice(DAYS)} {role}, {first} {last}.")
        for first, gender, last in cast:
            pronoun, title = ("il", "M.") if gender == "m" else ("elle", "Mme")
            if (first, gender, last) != cast[0]:
                paragraphs.append(f'"{self.quote()}", {rng.choice(SAY)} {rng.choice(ROLES)} {first} {last}.')
            for _ in range(rng.randint(2, 4)):
                paragraphs.append(" ".join(self.sentence() for _ in range(rng.randint(1, 2))))
                roll = rng.random()
                if roll < 0.35:
                    paragraphs.append(f'"{self.quote()}", {rng.choice(FOLLOW).format(p=pronoun)}.')
                elif roll < 0.6:
                    paragraphs.append(f"{title} {last} {rng.choice(REPORT)} {self.clause(rng.randint(6, 12))}.")
                elif roll < 0.75:
                    paragraphs.append(f"Selon {first} {last}, {self.clause(rng.randint(6, 12))}.")
        tail = rng.sample(self.headlines, rng.randint(6, 16))
        tail.insert(rng.randrange(len(tail)), rng.choice(PROMOS))
        header = f"Dernière mise à jour à {rng.randint(6, 22):02d}h{rng.randint(0, 59):02d} le " \
                 f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
        return "\n".join([header, *paragraphs, *tail])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _contract(text: str) -> str:
    """French contractions after a slot is filled: "de le" → "du", "à les" → "aux"."""
    return CONTRACTIONS_RE.sub(lambda m: CONTRACTIONS[m.group(0)], text)


def write_corpus(out: Path, articles: int, seed: int = 9, progress=None) -> None:
    """Write `articles` raw files and their manifest.csv into out (which must be empty)."""
    writer = Writer(seed)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "manifest.csv", "w", newline="", encoding="utf-8") as manifest:
        rows = csv.writer(manifest)
        rows.writerow(["file", "year", "source", "url"])
        for number in range(articles):
            name = f"{number:06d}.txt"
            (out / name).write_text(writer.article(), encoding="utf-8")
            rows.writerow([name, writer.rng.choice(YEARS), writer.rng.choice(SOURCES), ""])
            if progress and (number + 1) % 1000 == 0:
                progress(number + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    write_corpus(args.out, args.articles, args.seed,
                 progress=lambda n: print(f"  {n} fichiers écrits", file=sys.stderr))


if __name__ == "__main__":
    main()
