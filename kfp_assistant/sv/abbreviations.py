"""Abbreviations of Swedish public-sector and HR language, spelled out where the plans write them out.

Managers write "enligt SKR", "hur många USK", "jobbar de med SAM?"; a plan may write the name in full
("Sveriges Kommuner och Regioner", "undersköterskor", "systematiskt arbetsmiljöarbete"). A word no
plan writes tells the evidence check that the plans do not answer, so an abbreviation that no indexed
plan writes is replaced by its long form; one a plan does write stays as it is. Matched as written
(capitals), so ordinary words ("sam", "sol") are never read as one; a short form marked "*" is no
Swedish word in lower case, so staff typing "hur många usk", "vad säger las" mean it too. Lower-case
clippings of long occupation names ("sjuksk") are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_ABBREVIATIONS = """
SKR* | Sveriges Kommuner och Regioner
SKL* | Sveriges Kommuner och Landsting
AF | Arbetsförmedlingen
FK | Försäkringskassan
LAS* | lagen om anställningsskydd
MBL* | medbestämmandelagen
AML* | arbetsmiljölagen
SAM | systematiskt arbetsmiljöarbete
OSA | organisatorisk och social arbetsmiljö
APT* | arbetsplatsträff
LSS* | lagen om stöd och service
SoL | socialtjänstlagen
HSL* | hälso- och sjukvårdslagen
PBL* | plan- och bygglagen
VFU* | verksamhetsförlagd utbildning
SFI* | svenska för invandrare
YH | yrkeshögskola
USK* | undersköterskor
SSK* | sjuksköterskor
IFO* | individ- och familjeomsorg
BoU | barn och unga
sjuksk | sjuksköterskor
undersk | undersköterskor
barnsk | barnskötare
socsek | socialsekreterare
"""


@lru_cache(maxsize=1)
def _table() -> list[tuple[re.Pattern[str], str, str]]:
    rows = []
    for line in _ABBREVIATIONS.strip().splitlines():
        short, long = (part.strip() for part in line.split(" | "))
        lower_too = short.endswith("*")
        short = short.rstrip("*")
        spelled = f"(?:{re.escape(short)}|{re.escape(short.lower())})" if lower_too else re.escape(short)
        # Whole, perhaps in the genitive or plural ("SKR:s", "usk:ar"): the long form stands for them all.
        rows.append((re.compile(rf"(?<![\w-]){spelled}(?::(?:s|or|orna|ar|arna))?(?![\w-])"), short, long))
    return rows


def abbreviations() -> tuple[str, ...]:
    """The short forms of the table, as written ("SKR", "SoL")."""
    return tuple(short for _, short, _ in _table())


def spell_out_abbreviations(text: str, written: Callable[[str], bool]) -> str:
    """The text with each known abbreviation the plans do not write (`written(short)` False) replaced by
    its long form."""
    for pattern, short, long in _table():
        if pattern.search(text) and not written(short):
            text = pattern.sub(long, text)
    return text


def spelled_out(text: str) -> str:
    """The text with every known abbreviation replaced by its long form: a table row "Socialsekreterare
    myndighet BoU" is asked about as "socialsekreterare på myndighet barn och unga"."""
    return spell_out_abbreviations(text, lambda _short: False)
