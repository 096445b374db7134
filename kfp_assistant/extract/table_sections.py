"""The part of the organisation or the topic an activity table stands under, from the heading above it.

A plan may lay its activities out by part: "5.2 Förskola", "5.3 Äldreomsorg", each heading over a table
whose rows never say which part they are for ("Införa planeringstid för förskollärare" does; "Erbjuda
heltid som norm" does not). The heading is kept with each row in the extra field SECTION_FIELD, so that
a question about one part ("vad gör de inom äldreomsorgen?") finds its rows.

Only a short heading counts, one that names no UBARA area (that is the row's area) and not the
activities or the plan themselves ("Aktiviteter 2026", "Handlingsplan", "Uppföljning"); and only where
two or more tables stand under different such headings: one heading over every table is a title.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.areas import areas_in

# The extra field that holds the subsection an activity table stands in ("Äldreomsorg").
SECTION_FIELD = "Avsnitt"

_SECTION_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
# Headings that name the activities or the plan, not a part of the organisation or a topic.
_NOT_SECTION_RE = re.compile(
    r"aktivitet|insats|åtgärd|handlingsplan|\bplan(?:en|er)?\b|uppfölj|\bmål\b|\d{4}|bilaga|tabell", re.I
)
_MAX_WORDS = 6


def section_of(heading: str) -> str | None:
    """The heading as the part or topic of the table under it ("5.3 Äldreomsorg" -> "Äldreomsorg"), or
    None when it names an area, the activities or the plan, or is too long to be a part's name."""
    text = _SECTION_NUMBER_RE.sub("", " ".join(heading.split()))
    if not text or len(text.split()) > _MAX_WORDS or areas_in(text) or _NOT_SECTION_RE.search(text):
        return None
    return text


def parts(sections: list[str | None]) -> bool:
    """Whether the tables' sections lay the activities out by part: two or more different ones."""
    return len({s for s in sections if s}) >= 2
