"""UBARA(I) areas: the canonical names, the forms a table's area cell uses, and the looser forms of
free text (questions)."""

from __future__ import annotations

import re

from kfp_assistant.sv.text import compile_phrases, split_words, strip_markup

UBARA_AREAS: tuple[str, ...] = ("Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta")

# Forms accepted in an area cell of an activity table. Cells are short and
# written as area names, so these are the area words and their nouns.
_AREA_CELL_WORDS: dict[str, tuple[str, ...]] = {
    "Utveckla": ("utveckla", "utvecklas", "utveckling", "kompetensutveckling"),
    "Behålla": ("behålla", "behåll", "behållas", "behållande"),
    "Attrahera": ("attrahera", "attraheras", "attraktion", "attraktiv arbetsgivare", "employer branding"),
    "Rekrytera": ("rekrytera", "rekryteras", "rekrytering", "rekryteringar", "rekryteringen"),
    "Introducera": ("introducera", "introduceras", "introduktion", "introduktionen", "onboarding"),
    "Avsluta": ("avsluta", "avslutas", "avslut", "avslutning", "avslutningen", "avslutssamtal*"),
}

# Free text (questions) is looser: compounds and inflections count, but trend
# verbs ("har sjukfrånvaron utvecklats?") and the bare adjective "attraktiv"
# ("attraktiva lokaler" is a Behålla theme) deliberately do not.
_AREA_QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    # By meaning too: what a manager says for the area ("locka nya medarbetare" is Attrahera, "när folk
    # slutar" Avsluta, "ta emot nyanställda" Introducera), in general Swedish and HR words.
    "Utveckla": split_words(
        "utveckla utveckling utvecklingsinsats* utvecklingsmöjlighet* kompetensutveckl* ledarutveckl*"
        " chefsutveckl* fortbild* vidareutbild* kompetenshöj* lärande"
    ),
    "Behålla": (
        "behåll*",
        "vilja stanna kvar",
        "vill stanna kvar",
        "stanna kvar",
        "stannar kvar",
        "stanna*",
        "stannar",
        "vill stanna",
        "få folk att stanna",
        "minska personalomsättning*",
        "minska omsättning*",
    ),
    "Attrahera": (
        "attrahera*",
        "attraktion*",
        "attraktiv arbetsgivare",
        "attraktiva arbetsgivare",
        "attraktivare arbetsgivare",
        "mer attraktiv",
        "arbetsgivarvarumärke*",
        "employer branding",
        "employer brand",
        "locka*",
        "lockar",
        "marknadsföra sig",
        "synas som arbetsgivare",
    ),
    "Rekrytera": (
        "rekryter*",
        "anställa nya",
        "anställa rätt*",
        "anställa fler",
        "hitta folk",
        "hitta personal",
        "hitta medarbetare",
        "tillsätta*",
    ),
    "Introducera": (
        "introducer*",
        "introduktion*",
        "onboarding",
        "ta emot nya",
        "tar emot nya",
        "ta emot nyanställd*",
        "tar emot nyanställd*",
        "tar de emot nya*",
        "tar vi emot nya*",
        "emot nyanställd*",  # "hur tar förvaltningen emot nyanställda?"
        "tas nya*",
        "för nyanställda",
        "med nyanställd*",
        "av nyanställd*",
        "nyanställdas*",
        "tas emot",
        "hand om nyanställd*",
        "hand om nya",
        "för nya medarbetare",
        "till nyanställd*",
        "mottagande av nya",
        "nya medarbetare kommer in",
        "första tiden",
        "inskolning*",
    ),
    "Avsluta": (
        "avslut*",
        "exitsamtal*",
        "exitintervju*",
        "avgångssamtal*",
        "avgångsenkät*",
        "när folk slutar",
        "när någon slutar",
        "när medarbetare slutar",
        "som slutar",
        "slutar",
        "sluta",
        "som ska sluta",
        "slutar då",
        "när de slutar",
        "lämnar förvaltningen",
        "lämnar sin anställning",
        # retiring is leaving too: "vad gör de när folk går i pension?" (not "när går flest i pension?")
        "när folk går i pension",
        "när någon går i pension",
        "när medarbetare går i pension",
        "när anställda går i pension",
        "när personal* går i pension",
        "när de går i pension",
        "när man går i pension",
        "inför pensionen",
        "inför pensionsavgång*",
    ),
}


_AREA_CELL_RE = compile_phrases(_AREA_CELL_WORDS)
_AREA_QUESTION_RE = compile_phrases(_AREA_QUESTION_WORDS)


# An area cell written in the letters of a legend ("U", "U/B", "A/R", "Av"): A is Attrahera, Avsluta
# is written with more letters to tell it apart.
_AREA_CODES = {
    "u": "Utveckla",
    "b": "Behålla",
    "a": "Attrahera",
    "r": "Rekrytera",
    "i": "Introducera",
    "av": "Avsluta",
    "avs": "Avsluta",
    "avsl": "Avsluta",
}
_CODE_SEPARATORS = re.compile(r"\s*(?:[/,&+]|\boch\b)\s*|\s+", re.IGNORECASE)


def _abbreviated(code: str) -> str | None:
    """The area a cut-short area word names ("Utv", "Attr.", "Intro"): three letters or more that
    begin exactly one area's own words (not a compound such as "kompetensutveckling"); else None."""
    stem = code.rstrip(".").casefold()
    if len(stem) < 3 or not stem.isalpha():
        return None
    named = {
        area
        for area, words in _AREA_CELL_WORDS.items()
        if any(w.startswith(stem) and w[:3] == area[:3].casefold() for w in words)
    }
    return named.pop() if len(named) == 1 else None


def _area_codes(text: str) -> list[str]:
    """The areas of a cell written wholly in area letters or cut-short area words ("U/B" -> Utveckla,
    Behålla; "Attr/Rekr" -> Attrahera, Rekrytera), else []."""
    codes = [c for c in _CODE_SEPARATORS.split(text.strip()) if c]
    named = set()
    for code in codes:
        area = _AREA_CODES.get(code.lower()) if code[0].isupper() else None
        area = area or _abbreviated(code)
        if area is None:
            return []
        named.add(area)
    return [area for area in UBARA_AREAS if area in named]


def areas_in(text: str) -> list[str]:
    """Canonical UBARA areas named in an area cell ("Utveckla/Behålla", "Attrahera och rekrytera",
    "U/B" in a legend's letters)."""
    clean = strip_markup(text)
    return [area for area in UBARA_AREAS if _AREA_CELL_RE[area].search(clean)] or _area_codes(clean)


def question_phrases() -> list[str]:
    """Every phrase that names an area in free text ("få folk att stanna", "locka*")."""
    return [p for phrases in _AREA_QUESTION_WORDS.values() for p in phrases]


def areas_in_question(text: str) -> list[str]:
    """Canonical UBARA areas mentioned in free text ("inom rekrytering", "introduktionen"), in UBARA order."""
    clean = strip_markup(text)
    return [area for area in UBARA_AREAS if _AREA_QUESTION_RE[area].search(clean)]


def area_phrases(text: str) -> list[str]:
    """The words of free text that named an area ("när folk slutar", "locka"): not a topic of their own."""
    clean = strip_markup(text)
    return [m.group() for area in UBARA_AREAS for m in _AREA_QUESTION_RE[area].finditer(clean)]


# A compound of an area word names a thing within the area: "avslutningssamtal" (its head "samtal"),
# "ledarutveckling" (its modifier "ledar"). The area word first, or last; general modifiers
# ("kompetensutveckling", "personalintroduktion") name the area itself.
_AREA_FIRST = re.compile(
    r"^(?:avslutnings|avsluts|avgångs|exit|introduktions|rekryterings)(?P<rest>\w{4,})$", re.IGNORECASE
)
_AREA_LAST = re.compile(r"^(?P<rest>\w{3,}?)s?(?:utveckling|introduktion|rekrytering)\w*$", re.IGNORECASE)
_GENERAL_MODIFIERS = frozenset(("kompetens", "medarbetar", "personal", "yrkes"))


def area_compound_rests(text: str) -> list[tuple[str, bool]]:
    """The part of each area compound of free text that names a thing within the area, and whether it
    is the compound's head: ("samtal", True) of "avslutningssamtal", ("ledar", False) of
    "ledarutveckling"; none for a general one ("kompetensutveckling")."""
    rests = []
    for phrase in area_phrases(text):
        if " " in phrase.strip():
            continue
        match = _AREA_FIRST.match(phrase) or _AREA_LAST.match(phrase)
        rest = match.group("rest").lower() if match else ""
        if match and rest not in _GENERAL_MODIFIERS and rest + "s" not in _GENERAL_MODIFIERS:
            rests.append((rest, match.re is _AREA_FIRST))
    return rests
