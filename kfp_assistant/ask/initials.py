"""District initials as users type them ("HV" for Hässelby-Vällingby, "hä" for Hägersten-Älvsjö),
spelled out before the question is routed, so that routing, retrieval and table lookups read the name."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from kfp_assistant.ask.short_forms import spell_out_short_forms
from kfp_assistant.sv.administrations import canonical_administration
from kfp_assistant.sv.responsible import RESPONSIBLE_ABBREVIATIONS
from kfp_assistant.sv.text import fold, split_words

# Initials that are common abbreviations of something else name no district.
_COMMON_INITIALS = frozenset({*RESPONSIBLE_ABBREVIATIONS, "AI", "IT", "KS", "SN", "VD", "UBARA"})
# Two-letter Swedish words and abbreviations that initials typed in lower case could be.
_LOWER_WORDS = frozenset(
    split_words("av bl ca dn el ex fr få gå ha hr id in is ja jo ju kr ni nr nu nå ok om på sa se sk")
    + split_words("st så tf tv ut vi år är ön")
)


@lru_cache(maxsize=16)
def _district_initials(names: frozenset[str]) -> dict[str, str]:
    """Initials of each district named in several parts -> the district as plans write it: users write
    "HV" for "Hässelby-Vällingby" and "HÄ" (or "HA") for "Hägersten-Älvsjö". Initials two districts
    share, or that are a common abbreviation ("HR", "EC"), stand for none."""
    found: dict[str, set[str]] = {}
    for name in names:
        canonical = canonical_administration(name)
        district = canonical.removesuffix(" stadsdelsförvaltning")
        parts = [p for p in re.split(r"[-\s]+", district) if p]
        if district == canonical or len(parts) < 2:
            continue
        written = "".join(p[0] for p in parts).upper()
        for initials in {written, fold(written).upper()}:
            found.setdefault(initials, set()).add(district)
    return {i: d.pop() for i, d in found.items() if len(d) == 1 and i not in _COMMON_INITIALS}


_NAME_TYPO_MIN = 8  # shorter words are too alike to tell a typo of a name from another word


@lru_cache(maxsize=16)
def _name_words(names: frozenset[str]) -> frozenset[str]:
    """The long words of the administrations' names, lowercase, also in the genitive ("socialnämndens")."""
    words = {w.lower() for name in names for w in re.findall(r"\w+", name) if len(w) >= _NAME_TYPO_MIN}
    return frozenset(words | {f"{w}s" for w in words if not w.endswith("s")})


def _names_put_right(question: str, names: frozenset[str]) -> str:
    """The question with a misspelt word of an administration's name ("socialnämdens") put right: a word
    one letter from exactly one name word, its first three letters the same."""
    known = _name_words(names)

    def fixed(match: re.Match[str]) -> str:
        word = match.group()
        low = word.lower()
        if len(low) < _NAME_TYPO_MIN or low in known:
            return word
        near = {k for k in known if k[:3] == low[:3] and DamerauLevenshtein.distance(k, low) == 1}
        if len(near) != 1:
            return word
        (right,) = near
        return right.capitalize() if word[:1].isupper() else right

    return re.sub(r"\w+", fixed, question)


def spell_out_initials(question: str, known_plans: Sequence[Mapping[str, Any]]) -> str:
    """The question with a district's initials, written in capitals ("i HV", "HV:s plan"), replaced
    by the district's name, and a misspelt word of an administration's name put right, so that
    routing, retrieval and table lookups read the name."""
    names = frozenset(str(p["administration"]) for p in known_plans if p.get("administration"))
    question = spell_out_short_forms(_names_put_right(question, names), names)
    for initials, district in _district_initials(names).items():
        # Typed in lower case too ("vad säger hv om heltid"), unless that is a word or a common
        # abbreviation of its own ("st" for stycken).
        lower = "" if initials.lower() in _LOWER_WORDS else f"|{re.escape(initials.lower())}"
        # or with hyphens, as the name is written ("H-V" for Hässelby-Vällingby)
        hyphened = "-".join(initials)
        lower += f"|{re.escape(hyphened)}|{re.escape(hyphened.lower())}"
        pattern = rf"(?<![\w-])(?:{re.escape(initials)}{lower})(?![\w-])(?::(?=s\b))?"
        question = re.sub(pattern, district, question)
    return question
