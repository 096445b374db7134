"""Responsible parties of activities: abbreviations (AC, EC, FVL ...) and splitting an Ansvarig cell."""

from __future__ import annotations

import re

from kfp_assistant.sv.text import strip_markup

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
_RESP_SPLIT_RE = re.compile(
    r"\s*(?:[,;/&+\n•○●▪◦-]\s+|[,;/&+\n•○●▪◦]|\s+(?:och|samt|resp\.?|i samråd med)\s+)\s*"
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
