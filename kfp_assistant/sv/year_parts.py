"""Parts of a year: a quarter, a half-year or a term, as a question names it and as a target date does.

A question may ask what is due in part of a year: "vad ska göras under tredje kvartalet?", "vilka
insatser ligger i Q2?", "vad händer under hösten?", "vilka ska vara klara före sommaren?",
"what is planned for the first half of the year?".
A plan dates its activities "Q3 2026", "HT 2026", "VT 2027", "2026-06-30" or "mars 2026". Both are
read here as the months they cover, so that a row is due in the part asked when its months fall
within the part's. A date with only a year ("2026") or none ("Löpande") falls in no part.

In: a question or a target date. Out: a set of months (1-12), or None when it names no part of a year.
"""

from __future__ import annotations

import re

_ORDINALS = {
    "första": 1, "1:a": 1, "first": 1, "andra": 2, "2:a": 2, "second": 2,
    "tredje": 3, "3:e": 3, "third": 3, "fjärde": 4, "4:e": 4, "fourth": 4, "sista": 4, "last": 4,
}  # fmt: skip
_QUARTER_WORD = r"(?:kvartal(?:et)?|quarter)"
_ORDINAL = "|".join(re.escape(k) for k in _ORDINALS)
_QUARTER_RE = re.compile(
    rf"\b(?:(?P<ord>{_ORDINAL})\s+{_QUARTER_WORD}|q(?P<n>[1-4])|kvartal\s+(?P<m>[1-4]))\b", re.I
)
_HALF_RE = re.compile(
    r"\b(?P<ord>första|andra|first|second)\s+(?:halvåret|halvår|half(?:\s+of\s+the\s+year)?)\b", re.I
)
_TERM_RE = re.compile(
    r"\b(?:(?P<ht>ht|hösten|höstterminen|autumn)|(?P<vt>vt|våren|vårterminen|spring))\b", re.I
)
# Summer, or what is due before it ("vilka ska vara klara före sommaren?": the first half-year).
_SUMMER_RE = re.compile(
    r"\b(?:(?P<before>före|innan|till|before|by)\s+(?:the\s+)?)?(?:sommaren|summer)\b", re.I
)
_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


def _quarter(n: int) -> set[int]:
    return set(range(3 * n - 2, 3 * n + 1))


def asked_months(question: str) -> set[int] | None:
    """The months of the part of a year a question asks about ("tredje kvartalet" -> {7, 8, 9}), or None."""
    if m := _QUARTER_RE.search(question):
        n = _ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("n") or m.group("m"))
        return _quarter(n)
    if m := _HALF_RE.search(question):
        return set(range(1, 7)) if m.group("ord").lower() in ("första", "first") else set(range(7, 13))
    if m := _TERM_RE.search(question):
        return set(range(8, 13)) if m.group("ht") else set(range(1, 7))
    if m := _SUMMER_RE.search(question):
        return set(range(1, 7)) if m.group("before") else {6, 7, 8}
    return None


def year_part_phrase(question: str) -> str:
    """The words naming a part of a year in a question ("tredje kvartalet"), '' when none: they say when
    the rows are due, not what they are about."""
    parts = (_QUARTER_RE, _HALF_RE, _TERM_RE, _SUMMER_RE)
    return " ".join(m.group() for rx in parts for m in rx.finditer(question))


def date_months(target: str | None) -> set[int] | None:
    """The months a target date covers ("Q3 2026" -> {7, 8, 9}, "HT 2026" -> {8..12}, "2026-06-30" ->
    {6}, "mars 2026" -> {3}), or None for a date of a year or none ("2026", "Löpande")."""
    text = " ".join((target or "").split())
    if m := re.search(r"\bq([1-4])\b", text, re.I):
        return _quarter(int(m.group(1)))
    if m := re.search(r"\b(ht|vt)\b", text, re.I):
        return set(range(8, 13)) if m.group(1).lower() == "ht" else set(range(1, 7))
    if m := re.search(r"\b\d{4}-(\d{2})(?:-\d{2})?\b", text):
        return {int(m.group(1))} if 1 <= int(m.group(1)) <= 12 else None
    lowered = text.lower()
    named = {i + 1 for i, name in enumerate(_MONTHS) if re.search(rf"\b{name}\b", lowered)}
    return named or None


def due_in(target: str | None, months: set[int]) -> bool:
    """Whether a target date falls within the months asked (all its months inside them)."""
    covered = date_months(target)
    return covered is not None and covered <= months
