"""Speaker identity: name normalisation, alias and fuzzy matching across the archive.

Pure package, no ORM: the DB layer loads existing speakers as `Candidate`s, asks
`match_speaker` (or a `SpeakerIndex`) who a newly quoted name is, and creates or
updates records from the answer.

- `names`: folding, titles and civilities, given names and surname, slugs;
- `kinds`: a person or a body, from the words of a name;
- `matching`: profiles, names compared (typos, transliterations, initials), the decision;
- `canonical`: the name a speaker is shown under.
"""

from .canonical import choose_canonical_name
from .kinds import ORGANISATION, PERSON, guess_kind
from .matching import Candidate, SpeakerIndex, match_speaker
from .names import fold, gender_of, slugify_name, split_name, strip_title

__all__ = [
    "ORGANISATION", "PERSON", "Candidate", "SpeakerIndex", "choose_canonical_name", "fold", "gender_of",
    "guess_kind", "match_speaker", "slugify_name", "split_name", "strip_title",
]
