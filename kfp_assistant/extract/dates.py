"""Target dates and responsible parties of activities, as plans write them.

A target date is kept as written ("HT 2025", "Q1 2026", "2025-2027", "Löpande"); ``target_end``
derives the last day it stands for. Responsible parties are split from the Ansvarig text.
"""

from __future__ import annotations

import calendar
import re

from kfp_assistant.sv.responsible import split_responsible

# Words of a cell that says when: years, quarters, terms, standing phrases.
DATE_WORD_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b[HV]T\b|löpande|pågående|kontinuerligt|årligen", re.IGNORECASE
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan januari",
            "feb februari",
            "mar mars",
            "apr april",
            "maj",
            "jun juni",
            "jul juli",
            "aug augusti",
            "sep sept september",
            "okt oktober",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for m in names.split()
}
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b"), "iso"),
    (re.compile(r"\b(?:Q|kv\.?|kvartal)\s*([1-4])\s*[-–]?\s*(20\d\d)\b", re.IGNORECASE), "quarter"),
    (re.compile(r"\b(?:T|tertial)\s*([1-3])\s*[-–]?\s*(20\d\d)\b", re.IGNORECASE), "tertial"),
    (re.compile(r"\b([HV]T)\s*-?\s*(20\d\d|\d\d)\b"), "term"),
    (re.compile(r"\b(vår|sommar|höst)(?:en|terminen)?\s+(20\d\d)\b", re.IGNORECASE), "season"),
    (re.compile(r"\b([a-zåäö]{3,9})\.?\s+(20\d\d)\b", re.IGNORECASE), "month"),
    (re.compile(r"\b(20\d\d)-(0[1-9]|1[0-2])\b(?!-)"), "yearmonth"),
    (re.compile(r"\b20\d\d\s*[-–]\s*(\d\d)\b(?!-)"), "short_span"),
    (re.compile(r"\b(20\d\d)\b"), "year"),
)
# A date that names when work starts says nothing of when it ends: "Från VT 2026", "Start HT 2026".
_NO_END_RE = re.compile(r"^\s*(?:från|fr\.?\s?o\.?\s?m\.?|start\w*|med\s+start|efter)\b", re.IGNORECASE)


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _date_end(m: re.Match[str], kind: str) -> str | None:
    g = m.groups()
    if kind == "iso":
        return m.group()
    if kind == "quarter":
        return _month_end(int(g[1]), int(g[0]) * 3)
    if kind == "tertial":
        return _month_end(int(g[1]), int(g[0]) * 4)
    if kind == "term":
        year = int(g[1]) if len(g[1]) == 4 else 2000 + int(g[1])
        return _month_end(year, 12 if g[0] == "HT" else 6)
    if kind == "season":  # "våren 2026": a term ends in June, a summer in August, an autumn in December
        return _month_end(int(g[1]), {"vår": 6, "sommar": 8}.get(g[0].casefold(), 12))
    if kind == "month":
        month = _MONTHS.get(g[0].casefold())
        return _month_end(int(g[1]), month) if month else None
    if kind == "yearmonth":
        return _month_end(int(g[0]), int(g[1]))
    if kind == "short_span":  # "2025-27"
        return f"20{g[0]}-12-31"
    return f"{g[0]}-12-31"


def target_end(target: str | None) -> str | None:
    """Last ISO day a written target date stands for: "2025-2027" -> "2027-12-31"; "Löpande" -> None.

    A start ("Från VT 2026") has no end."""
    if not target or _NO_END_RE.search(target):
        return None
    text, ends = target, []
    for rx, kind in _DATE_PATTERNS:
        for m in rx.finditer(text):
            end = _date_end(m, kind)
            if end:
                ends.append(end)
                text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return max(ends) if ends else None


_HELP_RE = re.compile(
    r"\s+(?:med\s+stöd\s+(?:av|från)|i\s+samverkan\s+med|i\s+samarbete\s+med)\s+", re.IGNORECASE
)


def responsible_parties(text: str | None) -> list[str]:
    """Ansvarig split into parties; "Respektive chef med stöd av HR" -> ["Respektive chef", "HR"]."""
    if not text:
        return []
    parties: list[str] = []
    for part in _HELP_RE.split(text):
        for party in split_responsible(part):
            if party not in parties:
                parties.append(party)
    return parties
