"""Plan periods and years as plans and questions write them: "2025-2027", "2025–27", "treårsperiod med
start 2025", lone years."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

_YEAR = r"(?:19[89]\d|20\d\d)"
_DASH = r"\s*[-–—]\s*"
_NUMBER_WORDS = {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "tio": 10}
_N = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# Dates and case numbers contain year-like digits that are never plan periods.
_NOISE_RE = re.compile(
    r"(?i)\b(?:dnr|diarienr|diarienummer|ärendenr)\b[.:]?[^\n]*"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-(?:0[1-9]|1[0-2])\b(?![-–]\d)|\b\d{4}/\d{2,4}\b|\d+/\d{4}\b"
)
_SPAN_RE = re.compile(rf"(?<![\d/.-])(?P<a>{_YEAR}){_DASH}(?P<b>{_YEAR}|\d\d)(?![\d/]|[-–]\s*\d)")
_AHEAD_RE = re.compile(
    rf"(?<![\d/.-])(?P<a>{_YEAR})\s+med\s+(?:en\s+)?(?:plan|utblick|sikt|inriktning)"
    rf"\s+(?:för|mot|till)\s+(?:åren\s+|perioden\s+)?{_YEAR}{_DASH}{_YEAR}",
    re.IGNORECASE,
)
_START_RE = re.compile(
    rf"(?<!\w){_N}\s*-?\s*(?:års?|årig[a-z]*|årsperiod[a-z]*|år)\b[^.\n]{{0,40}}?"
    rf"\b(?:med\s+start|med\s+början|som\s+startar|som\s+börjar|från|fr\.\s?o\.\s?m\.?)"
    rf"\s+(?:år\s+|och\s+med\s+)?(?P<y>{_YEAR})",
    re.IGNORECASE,
)
_BUDGET_RE = re.compile(
    rf"(?P<y>{_YEAR})\s+med\s+(?:ett\s+|en\s+)?{_N}\s*-?\s*(?:årig[a-z]*|års?)\s+"
    r"(?:perspektiv|sikt|tidsperspektiv|planeringshorisont)",
    re.IGNORECASE,
)
# A year may begin a compound ("2021-planen") but not a span or a date.
_YEAR_RE = re.compile(rf"(?<![\d/.-]){_YEAR}(?![\d/]|[-–]\s*\d)")


def _mask_noise(text: str) -> str:
    return _NOISE_RE.sub(lambda m: " " * len(m.group()), text)


def _years(n_text: str, start: str) -> str:
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text.lower()]
    return start if n <= 1 else f"{start}-{int(start) + n - 1}"


def _span(a: str, b: str) -> str | None:
    """Normalize a year span; "2025-27" -> "2025-2027". None for impossible spans (or YYYY-MM)."""
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    if len(b) == 2 and int(b) <= 12:
        return None
    return f"{a}-{end}" if 0 < end - int(a) <= 10 else None


def _structured_periods(text: str) -> list[tuple[int, int, str]]:
    """(start, end, period) for every span or start-plus-length phrase, in text order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for rx in (_AHEAD_RE, _START_RE, _BUDGET_RE, _SPAN_RE):
        for m in rx.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue
            if rx is _AHEAD_RE:
                period: str | None = m.group("a")
            elif rx is _SPAN_RE:
                period = _span(m.group("a"), m.group("b"))
            else:
                period = _years(m.group("n"), m.group("y"))
            if period:
                found.append((m.start(), m.end(), period))
    return sorted(found)


def find_periods(text: str, *, years: bool = True) -> list[str]:
    """All periods in text as "YYYY" or "YYYY-YYYY", in order, without repeats.

    Recognised: spans ("2025-2027", "2025–2027", "2025 - 2027", "2025-27"), a length
    with a start ("treårsperiod med start 2025" -> "2025-2027", "budget 2024 med ett
    3-årigt perspektiv" -> "2024-2026"), "2021 med plan för 2022-2028" -> "2021" (the
    plan's own year; the rest is an outlook) and, with ``years``, lone years. ISO
    dates, "YYYY-MM", "2024/25" and anything after "Dnr" on its line are ignored.
    """
    masked = _mask_noise(text)
    found = [(start, period) for start, _, period in _structured_periods(masked)]
    if years:
        rest = masked
        for start, end, _ in _structured_periods(masked):  # years inside a phrase are not reported again
            rest = rest[:start] + " " * (end - start) + rest[end:]
        found += [(m.start(), m.group()) for m in _YEAR_RE.finditer(rest)]
    result: list[str] = []
    for _, period in sorted(found):
        if period not in result:
            result.append(period)
    return result


def parse_period(text: str) -> str | None:
    """The one period a short text states (a title, a heading, a manifest cell); None when it states none.

    A structured period wins over lone years; a lone year ("Kompetensförsörjningsplan 2021") gives "2021".
    """
    masked = _mask_noise(text)
    structured = _structured_periods(masked)
    if structured:
        return structured[0][2]
    year = _YEAR_RE.search(masked)
    return year.group() if year else None


@lru_cache(maxsize=4096)  # every plan's period is compared on every question
def period_bounds(period: str | None) -> tuple[int, int] | None:
    """(first year, last year) of "2025-2027" or "2021"; None for a text without a year."""
    years = [int(y) for y in re.findall(r"\d{4}", period or "")]
    return (years[0], years[-1]) if years else None


# A period that names a plan version: "planen 2021", "2021-planen", "plan för 2025-2027",
# "kompetensförsörjningsplanen från 2024", "2021 års plan", "enligt 2024-2026 års kompetensförsörjningsplan".
# Unlike "hösten 2024" or "personalomsättningen 2023", which date a fact that may sit in a later plan.
_PLAN_THEN_PERIOD_RE = re.compile(
    rf"\b\w*plan(?:en|erna|er)?\s+(?:för\s+|från\s+)?(?:år\s+|perioden\s+)?(?P<p>{_YEAR}(?:{_DASH}\d{{2,4}})?)",
    re.IGNORECASE,
)
_PERIOD_THEN_PLAN_RE = re.compile(
    rf"\b(?P<p>{_YEAR}(?:{_DASH}\d{{2,4}})?)(?:\s+års\s+|[-–])\w*plan\w*", re.IGNORECASE
)
# "förra planen", "planen innan", "tidigare plan" -> the plan version before; "förra året", "året innan",
# "samma period året innan" -> the year before (a figure's year, in the same plan); "senaste/nuvarande
# planen" -> the latest version.
# A plan named as its kind: "kompetensplanen", "kompetensförsörjningsplanen", "personalplanen", "KFP:n".
_PLAN = r"(?:(?:kompetens\w*|personal\w*)?plan(?:en|erna)?|kfp(?::?n|en)?)"
_PREVIOUS_PLAN_RE = re.compile(
    rf"\b(?:förra|föregående|tidigare|äldre|gamla)\s+{_PLAN}\b|\bplanen\s+(?:innan|före)\b"
    # "fler i den nya planen än i den gamla": the plan is understood
    r"|\bden\s+(?:gamla|äldre)(?=\s*(?:[?.!,;)]|$)|\s+(?:för|i|hos|på|och|när)\b)"
    # "jämfört med förra", "sedan förra versionen": the plan is understood
    r"|\b(?:förra|föregående|tidigare)\s+(?:version\w*|utgåva\w*|gången)\b|\b(?:förra|föregående)\s*(?=[?.!,;)]|$)"
    # "förra årets plan", "fjolårets KFP", "planen från förra året / i fjol": last year's version of the plan
    rf"|\b(?:(?:förra|föregående)\s+årets|fjolårets)\s+{_PLAN}\b"
    rf"|\b{_PLAN}\s+(?:från|för)\s+(?:(?:förra|föregående)\s+året|i\s+fjol)\b"
    # English: "the previous plan", "their old plan", "last year's plan", "the earlier version"
    r"|\b(?:previous|earlier|prior|old|older|former|preceding)\s+(?:\w+\s+)?(?:plan|version)s?\b"
    r"|\blast\s+year'?s\s+(?:\w+\s+)?plan\b",
    re.IGNORECASE,
)
_PREVIOUS_YEAR_RE = re.compile(
    r"\b(?:förra|föregående|tidigare)\s+år(?:et)?\b|\båret\s+(?:innan|före|dessförinnan)\b"
    r"|\bi\s+fjol\b|\bfjolår\w*|\b(?:the\s+)?(?:year|previous\s+year)\s+before\b|\b(?:the\s+)?previous\s+year\b",
    re.IGNORECASE,
)
# "året efter", "året därpå", "följande år": the year after the one talked about (a follow-up's).
_NEXT_YEAR_RE = re.compile(
    r"\båret\s+(?:efter|därpå|därefter)\b|\b(?:efterföljande|följande)\s+år(?:et)?\b"
    r"|\b(?:the\s+)?(?:year\s+after|following\s+year)\b",
    re.IGNORECASE,
)
_LATEST_PLAN_RE = re.compile(
    rf"\b(?:senaste|nuvarande|aktuella|gällande|nya|årets)\s+{_PLAN}\b|\bden\s+senaste\b"
    r"|\b(?:latest|current|new|newest|present)\s+(?:\w+\s+)?(?:plan|version)\b",
    re.IGNORECASE,
)
Relative = Literal["previous", "previous_year", "next_year", "latest"]
# The year before the present, not before a year talked about ("året innan"): "förra året", "i fjol",
# "last year". A plan's present is its first year, so "förra året" of a plan for 2026-2028 is 2025.
_LAST_YEAR_RE = re.compile(r"\bförra\s+året\b|\bi\s+fjol\b|\bfjolår\w*|\blast\s+year\b", re.IGNORECASE)


def says_last_year(text: str) -> bool:
    """Whether the text asks about the year before the present ("förra året", "i fjol", "last year")."""
    return bool(_LAST_YEAR_RE.search(text))


def year_before_plan(period: str | None) -> int | None:
    """The year before a plan's first year: its "förra året" (2025 for a plan for 2026-2028)."""
    bounds = period_bounds(period)
    return bounds[0] - 1 if bounds else None


def named_plan_periods(text: str) -> list[str]:
    """Periods the text uses to name a plan version ("planen 2021", "2024-2026 års plan"), normalised."""
    found: list[tuple[int, str]] = []
    for rx in (_PLAN_THEN_PERIOD_RE, _PERIOD_THEN_PLAN_RE):
        found += [(m.start(), p) for m in rx.finditer(text) for p in find_periods(m.group("p"))]
    return list(dict.fromkeys(p for _, p in sorted(found)))


def relative_plan(text: str) -> tuple[Relative, str] | None:
    """("previous", "previous_year", "next_year" or "latest", the phrase as written) when the text points
    at a plan version or a year relatively."""
    kinds = (
        ("previous", _PREVIOUS_PLAN_RE),
        ("previous_year", _PREVIOUS_YEAR_RE),
        ("next_year", _NEXT_YEAR_RE),
    )
    for kind, rx in kinds:
        match = rx.search(text)
        if match:
            return kind, match.group()  # type: ignore[return-value]
    latest = _LATEST_PLAN_RE.search(text)
    return ("latest", latest.group()) if latest else None


_PLAN_SPAN_RE = re.compile(rf"\b{_YEAR}{_DASH}{_YEAR}\b")


def mark_plan_periods(text: str, mark: str) -> str:
    """The text with every period that names a plan ("planen 2025-2027", "2021 års plan", a span)
    replaced by `mark`."""
    for rx in (_PERIOD_THEN_PLAN_RE, _PLAN_THEN_PERIOD_RE, _PLAN_SPAN_RE):
        text = rx.sub(mark, text)
    return text


# A year that ends a stretch of time the figures run to ("fram till 2030", "till och med 2029", "t.o.m.
# 2030", "senast 2030", "innan 2030", "inför 2030", "by 2030", "until 2030"): a forecast's horizon, which a
# plan of an earlier period looks ahead to, not a plan of its own.
_HORIZON_RE = re.compile(
    r"(?:\bfram\s+(?:mot|emot)|\btill(?:\s+och\s+med)?|\bt\.\s?o\.\s?m\.?|\btom\b|\bsenast|\binnan|\bföre|\binför"
    r"|\bby|\buntil|\bthrough|\bup\s+to|\bbefore|\bahead\s+of)"
    rf"\s+(?:år(?:et)?\s+|utgången\s+av\s+|slutet\s+av\s+|the\s+end\s+of\s+|the\s+year\s+)?(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


def horizon_years(text: str) -> list[str]:
    """Years the text names as the end of a stretch the figures run to ("hur många går i pension fram till
    2030?" -> ["2030"])."""
    return list(dict.fromkeys(m.group("y") for m in _HORIZON_RE.finditer(_mask_noise(text))))


# A number ahead of the data, asked of a flow ("hur många väntas gå i pension under planperioden?", "hur
# många beräknas sluta de närmaste åren?", "how many are expected to retire?"): a count of the years
# already past is not it.
_FORECAST_RE = re.compile(
    r"\b(?:väntas|förväntas|beräknas|bedöms|kommer\s+att|prognos\w*|framöver|framåt|räknar\s+(?:\w+\s+)?med"
    r"|(?:de|under\s+de)\s+(?:närmaste|kommande)\s+(?:\w+\s+)?åren|under\s+planperioden)\b",
    re.IGNORECASE,
)


def asks_forecast(question: str) -> bool:
    """Whether a question asks a number ahead of the data (see _FORECAST_RE)."""
    return bool(_FORECAST_RE.search(question))


def before_plan(as_of: str | None, period: str | None) -> bool:
    """Whether a figure's date lies wholly before the first year of its plan's period ("2024" in a plan for
    2025-2027): an outcome already past, no forecast for the period."""
    dated, planned = period_bounds(as_of), period_bounds(period)
    return dated is not None and planned is not None and dated[1] < planned[0]


# A figure for the year before one named: "79 i enkäten 2024, jämfört med 77 året innan" tells 2023's.
_YEAR_THEN_BEFORE = re.compile(
    r"\b((?:19|20)\d{2})\b[^.;!?]*?\b(?:året\s+(?:innan|före|dessförinnan)|föregående\s+år|året\s+dessförinnan)\b",
    re.IGNORECASE,
)


def years_before_named(text: str) -> set[str]:
    """The years a sentence tells a figure of as the year before one it names ("2024 var 79, jämfört med
    77 året innan" -> {"2023"})."""
    return {str(int(m.group(1)) - 1) for m in _YEAR_THEN_BEFORE.finditer(text)}
