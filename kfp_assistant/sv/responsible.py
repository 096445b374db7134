"""Responsible parties of activities: abbreviations (AC, EC, FVL ...), splitting an Ansvarig cell, and the
party a question filters a list by."""

from __future__ import annotations

import re

from kfp_assistant.sv.text import fold, strip_markup
from kfp_assistant.sv.words import tokenize

RESPONSIBLE_ABBREVIATIONS: dict[str, str] = {
    "AC": "avdelningschef",
    "EC": "enhetschef",
    "BEC": "biträdande enhetschef",
    "FVL": "förvaltningsledning",
    "FD": "förvaltningsdirektör",
    "SDC": "stadsdelsdirektör",
    "HR": "HR",
    "LG": "ledningsgrupp",
}
# A hyphen right after a word is a shared compound part, not a separator: "miljö- och byggchefen" is one.
_RESP_SPLIT_RE = re.compile(
    r"\s*(?:(?<![\w-])-\s+|[,;/&+\n•○●▪◦]\s*|(?<!-)\s+(?:och|samt|resp\.?|i samråd med)\s+)\s*"
)


def split_responsible(text: str) -> list[str]:
    """Split an Ansvarig cell into parties as written: "AC, EC och HR" -> ["AC", "EC", "HR"]."""
    parts = [p.strip(" .:-–") for p in _RESP_SPLIT_RE.split(strip_markup(text))]
    result: list[str] = []
    for part in parts:
        if part and part not in result:
            result.append(part)
    return result


def expand_responsible(party: str) -> str:
    """Spell out a known abbreviation ("EC" -> "enhetschef"); other parties come back unchanged."""
    return RESPONSIBLE_ABBREVIATIONS.get(party.strip().upper(), party.strip())


def party_stems(party: str) -> frozenset[str]:
    """The stems a party is written with, its abbreviation spelled out ("EC" -> "enhetschef"), so that
    "Enhetschefer" and "EC" in an Ansvarig cell are the same party."""
    return frozenset(tokenize(expand_responsible(party).replace("-", " ")))


# -- the party a question asks about ("vilka aktiviteter har HR som ansvarig?")

_RESP_WORD = r"[A-ZÅÄÖa-zåäö][\wåäö-]*"
# A party named by a role and the word saying whose ("närmaste chef", "respektive chef").
_RESP_PARTY = rf"(?:(?:närmaste|respektive|berörda?|varje)\s+)?{_RESP_WORD}"
_RESPONSIBLE_RES = [
    re.compile(rf"\b(?:där|som|med|har)\s+(?P<r>{_RESP_PARTY})\s+(?:är|som|står\s+som)\s+ansvarig", re.I),
    re.compile(rf"\b(?:som|där)\s+(?P<r>{_RESP_PARTY})\s+(?:ansvarar|har\s+ansvar)", re.I),
    # "vilka aktiviteter har bibliotekschefen ansvar för?", "… är närmaste chef ansvarig för?"
    re.compile(rf"\bhar\s+(?P<r>{_RESP_PARTY})\s+(?:ansvar(?:et)?|hand\s+om)\b", re.I),
    re.compile(rf"\b(?:är|blir)\s+(?P<r>{_RESP_PARTY})\s+ansvarig", re.I),
    re.compile(rf"\bansvarar\s+(?P<r>{_RESP_PARTY})\s+för\b", re.I),
    re.compile(rf"\bansvarig(?:a)?\s+(?:är|:)\s+(?P<r>{_RESP_WORD})", re.I),
    re.compile(rf"\bansvaras\s+av\s+(?P<r>{_RESP_WORD})", re.I),
    re.compile(rf"\b(?P<r>{_RESP_WORD})\s+(?:ansvarar\s+för|är\s+ansvarig)", re.I),
    # who owns or carries out: "ägs av HR-avdelningen", "där områdescheferna är ägare"
    re.compile(rf"\b(?:ägs|drivs|genomförs|leds)\s+av\s+(?P<r>{_RESP_WORD})", re.I),
    re.compile(rf"\b(?:där|som|med)\s+(?P<r>{_RESP_WORD})\s+(?:är|står\s+som)\s+ägare", re.I),
]
_RESP_GENERIC = frozenset(
    ("vem", "vilka", "vilken", "som", "de", "dem", "den", "det", "och", "med", "är", "ar", "också", "även")
)
_WHO_RE = re.compile(r"\bvem\b|\bvilk\w+\s+(?:\w+\s+)?(?:är\s+)?ansvarig", re.IGNORECASE)


# A known party named anywhere in a question about responsibility: "vilka av dem är HR med och
# ansvarar för?" names HR wherever the sentence puts it.
_KNOWN_PARTY_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(a for a in RESPONSIBLE_ABBREVIATIONS)
    + r")(?![\w-])|\b(?:"
    + "|".join(sorted({re.escape(fold(v)) for v in RESPONSIBLE_ABBREVIATIONS.values()}, key=len)[::-1])
    + r")\w*(?:-\w+)?"  # "hr-chefen": the whole party
)


# Words of being responsible for or carrying out activities: "ansvarar", "äger", "ska HR genomföra".
_RESPONSIBILITY = re.compile(r"\bansvar\w*|\bäg(?:er|s|are)\b|\bgenomföra\b|\bsköter\b", re.IGNORECASE)


# What a party of the organisation is to do, the party right after the verb: "vad ska HR-enheten göra?",
# "vad behöver enhetscheferna göra?" ("vad gör HR för något?" asks what the function is, not its rows).
_PARTY_DOES_RE = re.compile(
    rf"\bvad\s+(?:ska|skall|behöver|måste|kommer)\s+(?P<r>{_RESP_PARTY})\b(?=(?:\s+[\w-]+){{0,4}}?\s+göra\b"
    r"|\s+(?:för|åt|med|kring|i|på|inom)\b|\s*[?.!]?\s*$)",
    re.IGNORECASE,
)
# A party of the organisation's own (a unit or a role), not the administration the plan is of.
_UNIT_OR_ROLE = re.compile(
    r"(?:chef|ledning|ledare|enhet|avdelning|stab|samordnare|strateg|partner|ombud|hr)\w*$|^hr\b", re.I
)
_ADMINISTRATION_WORD = re.compile(
    r"(?:förvaltning|nämnd|stadsdel|kommun|region|bolag)\w{0,4}$", re.IGNORECASE
)


def _party_does(question: str) -> str | None:
    match = _PARTY_DOES_RE.search(question)
    party = match.group("r") if match else ""
    if not party or _ADMINISTRATION_WORD.search(party) or not _UNIT_OR_ROLE.search(fold(party)):
        return None
    return party


def responsible_asked(question: str) -> str | None:
    """The responsible party a question filters by, or None: "där HR är ansvarig" -> "HR"; "som
    enhetschefen ansvarar för" -> "EC"; "vilka av dem är HR med och ansvarar för?" -> "HR" (a known
    party in a question about who is responsible, wherever it stands)."""
    if _RESPONSIBILITY.search(question) and not _WHO_RE.search(question):
        known = _KNOWN_PARTY_RE.search(question) or _KNOWN_PARTY_RE.search(fold(question))
        if known:
            return _normalise_party(known.group())
    for rx in _RESPONSIBLE_RES:
        match = rx.search(question)
        if match and fold(match.group("r")) not in _RESP_GENERIC:
            return _normalise_party(match.group("r"))
    party = _party_does(question)
    return _normalise_party(party) if party else None


def _normalise_party(word: str) -> str:
    """A party as activities' Ansvarig cells abbreviate it ("enhetschefen" -> "EC"), else as written."""
    folded = fold(word)
    if re.match(r"hr-?(?:chef|strateg|specialist|konsult|direkt|partner)", folded):
        return word  # a person in HR, not the HR function ("HR-chefen" is not every "HR")
    if folded.startswith("hr"):
        return "HR"
    for abbreviation, spelled in RESPONSIBLE_ABBREVIATIONS.items():
        if folded == abbreviation.lower() or folded.startswith(fold(spelled)):
            return abbreviation
    return word


# -- a person asked for by name ("vad heter HR-chefen?", "vem är förvaltningschef?")

# A role a person holds: a head, a director, a chair, a coordinator or an officer of some kind.
_ROLE = (
    r"(vd|[\wåäö-]*(?:chef|direktör|ordförande|råd|rådet|samordnare|strateg|ombud"
    r"|ledare|rektor|partner|specialist|konsult|sekreterare)\w{0,3})"
)
_PERSON_QUESTION = re.compile(
    rf"\bvad\s+heter\s+(?:den\s+|det\s+|vår\s+)?{_ROLE}\b|\bvem\s+är\s+(?:det\s+som\s+är\s+)?{_ROLE}\b"
    rf"|\bnamn(?:et|en)?\s+på\s+(?:den\s+|de\s+)?{_ROLE}\b|\bvilken\s+person\b|\bvilka\s+personer\b"
    r"|\bwho\s+is\s+the\b|\bname\s+of\s+the\b|\bwhat\s+is\s+the\s+name\b"
    # who heads a unit or the organisation ("vem leder HR-avdelningen?"), not who leads an activity
    r"|\bvem\s+(?:leder|basar\s+över|styr|chefar\s+över)\s+(?:[\w-]+\s+)?(?:[\w-]*(?:avdelning|enhet"
    r"|förvaltning|nämnd|kontor|sektor|sektion|stab)\w*|hr|organisationen|myndigheten|kommunen|regionen"
    r"|bolaget|företaget)\b|\bwho\s+(?:leads|heads|runs|manages)\b"
    # an English question put in Swedish terms: "who is the HR director" -> "vem HR director"
    r"|\bvem\s+(?:[\w-]+\s+)?(director|manager|head|chief|ceo|chair\w*)\b",
    re.IGNORECASE,
)
# What the role word of "vem är ansvarig …?" says is a role, not a person: a party answers it.
_PARTY_QUESTION = re.compile(r"\bvem\s+är\s+(?:\w+\s+)?ansvarig|\bansvar|\bresponsible\b", re.IGNORECASE)
# A person's name: two capitalised words in a row, not opening the sentence ("Anna Berg", "Lars-Erik Ek").
_NAME = re.compile(
    r"(?<=[\wåäö,:)]\s)[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]{1,}\b"
)


def asks_for_person(question: str) -> bool:
    """Whether a question asks for a person's name ("vad heter HR-chefen?", "vem är länsråd?"), which a
    role or an activity it is responsible for does not answer."""
    return bool(_PERSON_QUESTION.search(question)) and not _PARTY_QUESTION.search(question)


def asked_role(question: str) -> str | None:
    """The role whose holder a question asks for by name ("HR-chefen" of "vad heter HR-chefen?")."""
    match = _PERSON_QUESTION.search(question) if asks_for_person(question) else None
    # an English role ("director") stands next to no name in a Swedish plan: any name may answer
    return next((g for g in match.groups()[:-1] if g), None) if match else None


# How near the role a name must stand to be its holder's ("HR-chef är Anna Berg", "Anna Berg, HR-chef").
_NEAR = 40


def names_person(text: str, own_names: str = "", role: str | None = None) -> bool:
    """Whether a text names a person: two capitalised words in a row that are not the opening of a
    sentence nor part of `own_names` (the administration, which is no person: "Region Kronoberg"); with
    a role, one standing next to it."""
    own = set(own_names.lower().replace("-", " ").split())
    names = [m for m in _NAME.finditer(text) if not set(m.group().lower().replace("-", " ").split()) & own]
    if role is None:
        return bool(names)
    stem = re.escape(role.lower()[: max(2, len(role) - 3)])
    roles = [m.span() for m in re.finditer(rf"(?<!\w){stem}", text.lower())]
    return any(n.start() - _NEAR <= end and start <= n.end() + _NEAR for n in names for start, end in roles)


# An organisation asked for by kind ("vilket företag anlitas?", "vilken leverantör", "vilket universitet"):
# answered by a name ("Linnéuniversitetet", "KTH"), not by what the plan does with one.
_ORGANISATION_QUESTION = re.compile(
    r"\bvilk(?:et|en|a)\s+(?:\w+\s+)?(?:\w*företag\w*|\w*firm(?:a|or|an|orna)|leverantör\w*|bemanningsbolag\w*"
    r"|utbildningsanordnare|anordnare|universitet\w*|högskol\w*|lärosäte\w*)\b"
    r"|\bwhich\s+(?:company|provider|supplier|university|consultancy)\b",
    re.IGNORECASE,
)
# A proper name inside a sentence: a capitalised word after a lower-case one, or an acronym of 3+ letters.
_PROPER = re.compile(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][a-zåäöé]{2,}|\b[A-ZÅÄÖ]{3,}\b")


def asks_for_organisation(question: str) -> bool:
    """Whether a question asks which company, provider or university, which only a name answers."""
    return bool(_ORGANISATION_QUESTION.search(question))


def names_organisation(text: str, own_names: str = "") -> bool:
    """Whether a text names some organisation other than `own_names` (the plan's own administration)."""
    own = set(own_names.lower().replace("-", " ").split())
    return any(m.group().lower() not in own for m in _PROPER.finditer(text))
