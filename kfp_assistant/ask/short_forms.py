"""Short forms staff type for the indexed plans' organisations, spelled out before routing: initials of a
compound name ("SBK", "SoF", "ÄF"), a clipped name ("serviceförv"), the field with its article at a
workplace ("på kyrkogården") and the kind of body when one plan is of it ("bolaget"). Each is read off
the plans' own names (sv.name_parts), so a short form only counts when it names exactly one
organisation in the index; common abbreviations never do."""

from __future__ import annotations

import re
from functools import lru_cache

from kfp_assistant.sv.abbreviations import abbreviations
from kfp_assistant.sv.administrations import canonical_administration
from kfp_assistant.sv.name_parts import KIND_PARTS, name_parts
from kfp_assistant.sv.responsible import RESPONSIBLE_ABBREVIATIONS
from kfp_assistant.sv.text import fold, split_words

# Abbreviations of other things that initials could spell ("HR", "IT", "AT-läkare" is hyphened anyway).
_COMMON = frozenset(
    {a.upper() for a in (*RESPONSIBLE_ABBREVIATIONS, *abbreviations())}
    | set(split_words("HR IT AI AT VD KS SN EU KPI APL UBARA CV PM OK"))
)
_LOWER_MIN = 3  # initials typed in lower case ("sbk") only from three letters: "sf", "av" are words
_CLIP_MIN = 6  # a clipped name ("serviceförv") from six letters, ending inside its kind part
_WORKPLACE = re.compile(r"(?<![\w-])(?:på|hos|vid)\s+(?P<word>[a-zåäöé]{6,})(?![\w-])")
# The kind of body a question names by its common noun, and how a plan's name says it is one.
_KIND_WORDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"\bbolag(?:et|ets)\b", re.IGNORECASE), re.compile(r"\bAB\b")),
    (re.compile(r"\bstiftelsen(?:s)?\b", re.IGNORECASE), re.compile(r"^Stiftelsen\b")),
    (re.compile(r"\bförbundet(?:s)?\b", re.IGNORECASE), re.compile(r"förbundet\b", re.IGNORECASE)),
)


def _leading_word(name: str) -> str:
    """The organisation's own word in its name ("Äldreförvaltningen" of "Äldreförvaltningen, X stad")."""
    match = re.match(r"[^\W\d_]+", name)
    return match.group() if match else ""


# A name of several words up to its kind of body: "Vård- och omsorgsförvaltningen" of "Vård- och
# omsorgsförvaltningen, X kommun", "Tekniska förvaltningen" of "Tekniska förvaltningen i X kommun".
_NAME_PHRASE = re.compile(
    r"^(?:[^\W\d_]+-?\s+(?:och|&)\s+|[^\W\d_]+a\s+)?[^\W\d_]*(?:förvaltning|kontor|nämnd|styrelse)\w*"
)


# A company's (or foundation's) name of several capitalised words, its kind of body around it: staff
# type it by the words' initials ("SVOA", "SVA" for "Stockholm Vatten och Avfall AB").
_BODY = re.compile(r"^(?:AB|Stiftelsen)\s+|\s+(?:AB|\(publ\))$")


def _proper_words(name: str) -> list[str] | None:
    """The words of a name of two or more capitalised words ("och" between them allowed), without
    its kind of body; None for any other name ("Fastighetskontoret i Stockholms stad")."""
    words = _BODY.sub("", name.strip()).split()
    proper = [w for w in words if re.fullmatch(r"[A-ZÅÄÖ][^\W\d_]+", w)]
    if len(proper) < 2 or any(w not in proper and w not in ("och", "&") for w in words):
        return None
    return words


def _phrase_cuts(phrase: str) -> list[tuple[str, ...]]:
    """The ways to cut a name of one or more words into parts: "Vård- och omsorgsförvaltningen" is
    vård|och|omsorg|förvaltning and vård|omsorg|förvaltning (staff write "VOF" and "VF")."""
    ways: list[tuple[str, ...]] = [()]
    for word in re.findall(r"[^\W\d_]+", phrase.lower()):
        cuts = [("och",), ()] if word in ("och", "&") else list(name_parts(word))
        ways = [(*w, *c) for w in ways for c in cuts][:16]
    return [w for w in ways if len(w) >= 2 and w[-1] in KIND_PARTS]


@lru_cache(maxsize=16)
def _forms(names: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str]]:
    """(each plan name's own words -> their cuts into parts ending in a kind of body; clipped forms and
    field stems of a one-word name -> the one name they point at)."""
    cuts: dict[str, tuple[str, ...]] = {}
    clipped: dict[str, set[str]] = {}
    field: dict[str, set[str]] = {}
    for name in names:
        if canonical_administration(name).endswith(" stadsdelsförvaltning"):
            continue  # districts: their initials are read in initials.py
        phrase = match.group() if (match := _NAME_PHRASE.match(name)) else _leading_word(name)
        for parts in _phrase_cuts(phrase):
            cuts[phrase] = (*cuts.get(phrase, ()), "|".join(parts))
        if (words := _proper_words(name)) is not None:  # "SVOA" of "Stockholm Vatten och Avfall AB"
            lowered = [w.lower() for w in words]
            ways = {"|".join(lowered), "|".join(w for w in lowered if w not in ("och", "&"))}
            cuts[" ".join(words)] = tuple(sorted(ways))
        word = _leading_word(name)
        for parts in name_parts(word) if word == phrase else ():
            if len(parts) < 2 or parts[-1] not in KIND_PARTS:
                continue
            stem = word.lower()[: word.lower().rfind(parts[-1])]
            field.setdefault(stem.rstrip("s"), set()).add(word)
            for end in range(len(stem) + 2, len(word) - 1):
                clipped.setdefault(word.lower()[:end], set()).add(word)
    return (
        cuts,
        {f: w.pop() for f, w in clipped.items() if len(w) == 1},
        {f: w.pop() for f, w in field.items() if len(w) == 1},
    )


_VOWELS = set("aeiouyåäö")
_SPELLED = 4  # a company's initials typed in lower case with vowels in them, from four letters ("svoa")


def _initials_of(token: str, cuts: dict[str, tuple[str, ...]], spelled: bool = False) -> str | None:
    """The one plan word whose parts start with the token's letters ("SBK", "SoF", "ÄF", "sbk"): a capital
    (and perhaps one small letter) per part; typed in lower case, only letters no word is spelt of
    (three or more, no vowel but the first: "sbk", "amf", never "hos"), or with `spelled` (cuts of
    names of several proper words only) four or more letters ("svoa")."""
    if token.upper() in _COMMON:
        return None
    if token.islower():
        if len(token) < _LOWER_MIN or (_VOWELS & set(token[1:]) and not (spelled and len(token) >= _SPELLED)):
            return None
        chunks = list(token)
    else:
        chunks = re.findall(r"[A-ZÅÄÖ][a-zåäö]?", token)
    if "".join(chunks) != token or len(chunks) < 2:
        return None
    owners = {
        word
        for word, ways in cuts.items()
        for way in ways
        if len(parts := way.split("|")) == len(chunks)
        and all(p.startswith(c.lower()) for p, c in zip(parts, chunks, strict=True))
    }
    return owners.pop() if len(owners) == 1 else None


def _genitive(word: str, genitive: bool) -> str:
    return f"{word}s" if genitive and not word.endswith("s") else word


def spell_out_short_forms(question: str, names: frozenset[str]) -> str:
    """The question with each short form of an indexed organisation's name written out in full."""
    cuts, clips, fields = _forms(names)

    proper = {name: ways for name, ways in cuts.items() if " " in name and _proper_words(name)}

    def initials(match: re.Match[str]) -> str:
        token = match.group("token")
        word = _initials_of(token, cuts) or (
            _initials_of(token, proper, spelled=True) if token.islower() else None
        )
        return _genitive(word, bool(match.group("gen"))) if word else match.group()

    question = re.sub(r"(?<![\w-])(?P<token>[A-ZÅÄÖa-zåäö]{2,5})(?P<gen>:s)?(?![\w-])", initials, question)

    def clipped(match: re.Match[str]) -> str:
        word = clips.get(match.group("token").lower())
        return word if word and len(match.group("token")) >= _CLIP_MIN else match.group()

    question = re.sub(r"(?<![\w-])(?P<token>[^\W\d_]{6,})\.?(?![\w-])", clipped, question)

    def field(match: re.Match[str]) -> str:
        word = match.group("word")
        stems = [word[: -len(e)] for e in ("en", "et", "n") if word.endswith(e)]  # "servicen", "idrotten"
        owner = next((fields[s] for s in stems if s in fields), None)
        return match.group().replace(word, owner) if owner else match.group()

    question = _WORKPLACE.sub(field, question)
    return _kind_named(question, names)


def _kind_named(question: str, names: frozenset[str]) -> str:
    """ "bolaget" for the one company in the index (and so for a foundation, a federation)."""
    for said, plan in _KIND_WORDS:
        owners = {n for n in names if plan.search(n)}
        if len(owners) == 1 and (match := said.search(question)):
            (owner,) = owners
            if any(fold(w) in fold(question) for w in re.findall(r"\w{4,}", owner)):
                continue  # named already: "rekommendera bolaget" after "på X" is X itself
            genitive = match.group().lower().endswith("s")
            question = question[: match.start()] + _genitive(owner, genitive) + question[match.end() :]
    return question
