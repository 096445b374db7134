"""English names of the fields administrations are of ("sports", "elderly care") and the Swedish first part
of the administrations' names they stand for ("idrott" in "Idrottsförvaltningen"), general municipal and
regional fields. One home for this vocabulary, read by sv/english_forms.py (rewrites "the sports
administration" as "idrottsförvaltningen") and ask/admin_stems.py (resolves "environment or sports?" to
two administrations by their folded first parts, "miljo", "idrott").
"""

from __future__ import annotations

from typing import NamedTuple


class EnglishField(NamedTuple):
    """One English name of a field: `swedish` is the first part of the Swedish name as written
    ("idrott", "miljö"); `linked` is the form it takes before "förvaltningen", "kontoret", "nämnden"
    (with the linking -s where Swedish adds one: "idrotts-", but "miljö-", "kultur-"); `compound`
    whether sv/english_forms.py writes "the X administration" as that one word (fields the glossary
    renders in more words, and "Tekniska förvaltningen", are left out); `bare` whether ask/admin_stems.py
    reads it as a field named without the administration's full name ("environment or sports?")."""

    english: str
    swedish: str
    linked: str
    compound: bool = True
    bare: bool = True


def _field(
    english: str, swedish: str, linked: str, *, compound: bool = True, bare: bool = True
) -> EnglishField:
    return EnglishField(english, swedish, linked, compound, bare)


# English name, Swedish first part, its form before "förvaltningen"; several English names per field.
ENGLISH_FIELDS: tuple[EnglishField, ...] = (
    _field("sports", "idrott", "idrotts"),
    _field("sport", "idrott", "idrotts"),
    _field("environment", "miljö", "miljö"),
    _field("environmental", "miljö", "miljö"),
    _field("education", "utbildning", "utbildnings"),
    _field("culture", "kultur", "kultur"),
    _field("cultural", "kultur", "kultur"),
    _field("social", "social", "social"),
    _field("traffic", "trafik", "trafik"),
    _field("transport", "trafik", "trafik"),
    _field("property", "fastighet", "fastighets"),
    _field("real estate", "fastighet", "fastighets"),
    _field("labour market", "arbetsmarknad", "arbetsmarknads"),
    _field("labor market", "arbetsmarknad", "arbetsmarknads"),
    _field("city planning", "stadsbyggnad", "stadsbyggnads"),
    _field("elderly", "äldre", "äldre"),
    _field("cemetery", "kyrkogård", "kyrkogårds"),
    _field("cemeteries", "kyrkogård", "kyrkogårds"),
    _field("urban planning", "stadsbyggnad", "stadsbyggnads"),
    # Common words ("water", "parks") ask/admin_stems.py does not read as a field by themselves.
    _field("parks", "park", "park", bare=False),
    _field("water", "vatten", "vatten", bare=False),
    # Fields the English forms leave as they are (the glossary's, or a name of two words).
    _field("social services", "social", "social", compound=False),
    _field("social care", "social", "social", compound=False),
    _field("planning and building", "samhällsbyggnad", "samhällsbyggnads", compound=False),
    _field("community development", "samhällsbyggnad", "samhällsbyggnads", compound=False),
    _field("elderly care", "äldre", "äldre", compound=False),
    _field("elder care", "äldre", "äldre", compound=False),
    _field("eldercare", "äldre", "äldre", compound=False),
    _field("employment", "arbetsmarknad", "arbetsmarknads", compound=False),
    _field("health care", "sjukvård", "sjukvårds", compound=False),
    _field("healthcare", "sjukvård", "sjukvårds", compound=False),
    _field("schools", "skol", "skol", compound=False),
    _field("transportation", "trafik", "trafik", compound=False),
    _field("leisure", "fritid", "fritids", compound=False),
    _field("recreation", "fritid", "fritids", compound=False),
    _field("technical", "tekniska", "tekniska ", compound=False),  # "Tekniska förvaltningen": two words
    _field("service", "service", "service", compound=False),
)
