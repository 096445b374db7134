"""Occupations as plans name them, and the words that say a group is hard to find or needed.

Swedish occupation nouns end in a few general tails ("-sköterskor", "-handläggare", "-terapeuter",
"-pedagoger"); "personal" and "chefer" name an occupation only in a compound ("omvårdnadspersonal",
"enhetschefer"). A sentence naming two or more is an enumeration of occupations.
"""

from __future__ import annotations

import re

_TAILS = (
    r"sköterskor|sköterska|sköterskan|handläggare|sekreterare|lärare|skötare|terapeuter|terapeut"
    r"|pedagoger|pedagog|assistenter|assistent|biträden|biträde|vårdare|ingenjörer|ingenjör|ekonomer"
    r"|ekonom|jurister|jurist|psykologer|psykolog|läkare|kuratorer|kurator|logopeder|logoped|socionomer"
    r"|socionom|gymnaster|gymnast|barnmorskor|barnmorska|administratörer|administratör|specialister"
    r"|specialist|tolkar|tolk|kockar|kock|utredare|samordnare|strateger|strateg|konsulenter|konsulent"
    r"|controllers|controller|tekniker|elektriker|arkitekter|arkitekt|chaufförer|chaufför|förare"
    r"|hantverkare|vaktmästare|dietister|dietist|kommunikatörer|kommunikatör|rektorer|rektor|ledare"
    r"|inspektörer|inspektör|lantmätare|operatörer|operatör|montörer|montör|mekaniker|planerare"
    r"|analytiker|bibliotekarier|bibliotekarie|arkivarier|arkivarie|hygienister|hygienist|snickare"
    r"|personal|chefer|medarbetare"
)
_OCCUPATION = re.compile(rf"(?<![\w-])([\w-]*?)({_TAILS})(?![\w])", re.IGNORECASE)
# Tails that name staff in general unless a compound says which ("omvårdnadspersonal", "gruppledare").
_GENERAL_TAILS = frozenset(("personal", "chefer", "medarbetare", "ledare"))
# Words ending in an occupation's tail that name no occupation: "privata utförare" are providers.
_NOT_OCCUPATIONS = frozenset(("utförare",))

# A group hard to find or keep: "svårt att rekrytera", "förhållandevis besvärlig", "brist på".
DIFFICULTY = re.compile(
    r"\b(?:svår\w*|besvärlig\w*|krånglig\w*|problematisk\w*|utmanande|utmaning\w*|brist\w*|ont\s+om"
    r"|konkurrens\w*)",
    re.IGNORECASE,
)
# A group needed: "rekryteringsbehov", "behöver anställa".
NEED = re.compile(r"\w*behov\w*|\bbehöv\w*", re.IGNORECASE)


_LEADING_WORDS = 2  # an occupation named first, or after one adjective ("Legitimerade förskollärare")


def names_occupation_first(text: str) -> bool:
    """Whether a text is about occupations as such, naming one first ("Sjuksköterskor i hemsjukvården",
    "Erfarna socialsekreterare"), not about a competence some occupations lack ("Svenska för yrket hos
    undersköterskor")."""
    return any(occupations_in(w) for w in re.findall(r"[\w-]+", text)[:_LEADING_WORDS])


def occupations_in(text: str) -> list[str]:
    """The occupations a text names, in order, each once ("socialsekreterare, sjuksköterskor")."""
    found: list[str] = []
    for match in _OCCUPATION.finditer(text):
        prefix, tail = match.group(1), match.group(2).lower()
        if tail in _GENERAL_TAILS and len(prefix) < 3:
            continue
        word = match.group().lower()
        if word not in found and word not in _NOT_OCCUPATIONS:
            found.append(word)
    return found
