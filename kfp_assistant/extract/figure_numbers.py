"""The numbers of a sentence that can be key-figure values, and the year written next to each.

Never values (each kind has a test in tests/extract/test_figures.py):

* years ("2024"), dates ("31 oktober", "den 30 september 2025", "2025-02-14", "30/9"), ranges
  ("20-29", "dag 1-14"), compounds ("12-månaders"), section numbers ("2.1 Antal anställda");
* list ordinals ("3. Pensionsavgångar ..."), page, section, table and paragraph numbers ("sida 4",
  "avsnitt 3", "tabell 2", "§ 143");
* the first end of a pair that shares the second's unit: a date ("mellan den 2 och 23 september"),
  an age span ("mellan 65 och 67 år" is two ages, not a count of 65);
* counts of places and units rather than staff ("två nya boenden", "3 enheter");
* ages and age limits ("65 år", "55 år eller äldre", "över 60 år"), durations ("60 dagar",
  "11 timmars dygnsvila"), amounts of money ("125 000 kronor");
* question scores ("index 89", "+3 index"), changes ("en ökning med 24", "2,96 procentenheter"),
  rankings ("de 10 vanligaste"), the ends of a scale ("kan ha värden mellan 0 och 100").

Small numbers written as words ("sju", "elva") are values; in "61 av 68 medarbetare" only 61 is.

A value takes the year written right after it ("8,7 procent 2024", "9,0 % (2023)", "under 2024");
see ``trailing_year``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from kfp_assistant.sv.numbers import DIGIT_SPACES, parse_number

NUMBER_RE = re.compile(
    rf"(?<![\w,.+−–/-])(\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})+|\d+)(,\d+)?(?![\w]|[-–/]\d|-\w|\.\d)"
)
_UNIT_RE = re.compile(r"\s*(%|procentenheter|procent\b|stycken\b|st\b\.?|års\b|år\b|index\b)", re.IGNORECASE)
_DELTA_BEFORE = re.compile(
    r"(?:ökning|minskning|ökat|minskat|ökade|minskade|sjunkit|sjönk|stigit|steg|höjts|sänkts|skillnad)"
    r"\s+(?:med|på)\s+(?:ca\.?\s+|cirka\s+)?$|[+−-]\s*$|\bindex\s*$"
    r"|\b(?:dag|dagar|tertialrapport|kap\.?|kapitel|nr|sida|sidan|s\.|avsnitt|bilaga|tabell|figur|diagram"
    r"|punkt|steg|version|dnr|§)\s*$",
    re.IGNORECASE,
)
# The ends of a scale a measure is defined on: "kan ha värden mellan 0 och 100".
_SCALE_BEFORE = re.compile(
    r"\b(?:värden?|värdet|skala\w*|intervall\w*)\b[^.]{0,40}?\bmellan\s+(?:\d+(?:,\d+)?\s+och\s+)?$",
    re.IGNORECASE,
)
_MONTHS = (
    "januari februari mars april maj juni juli augusti september oktober november december"
    " jan feb mar apr jun jul aug sep sept okt nov dec"
)
_DATE_AFTER = re.compile(rf"\s*(?:{'|'.join(_MONTHS.split())})\b", re.IGNORECASE)
# An age limit or band: "55 år eller äldre", "60 år och äldre", "under 30 år", "över 60 år".
_AGE_BOUND_BEFORE = re.compile(r"\b(?:över|under|äldre\s+än|yngre\s+än|fyllt|fyller)\s*$", re.IGNORECASE)
AGE_LIMIT_RE = re.compile(
    r"\b\d{2}\s*år\s+(?:eller|och)\s+(?:äldre|yngre|mer|över|uppåt)"
    r"|\b(?:över|under|äldre\s+än|yngre\s+än|minst|fyllt|fyller)\s+\d{2}\s*år\b",
    re.IGNORECASE,
)
_AFTER_DECOY = re.compile(
    r"\s*(?:dagar|dagars|dygn|veckor|veckors|månader|månaders|timmar|timmars|minuter|kronor|kr\b|tkr"
    r"|mnkr|miljoner|miljarder|år\s+(?:eller|och)\s+(?:äldre|yngre)|års\s+ålder)",
    re.IGNORECASE,
)
# Counts of places and organisational units ("två nya vård- och omsorgsboenden", "tre förskolor"):
# numbers of workplaces, never of staff.
_PLACES_AFTER = re.compile(
    r"\s+(?:nya\s+|fler\s+|egna\s+)?(?:[\w]+-\s+och\s+)?\w*(?:boenden?|enheter|förskolor|skolor"
    r"|avdelningar|verksamheter|lokaler|områden|stadsdelar|kommuner|förvaltningar|arbetsplatser)\b",
    re.IGNORECASE,
)
# A pair whose second end carries the unit for both: "den 2 och 23 september", "65 och 67 år".
_PAIR_AFTER = re.compile(r"\s*(?:och|till|[-–])\s*(?:den\s+)?(\d{1,2})(?![\d,])")
_ORDINAL_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
_YEAR = r"(?:19|20)\d\d"
YEAR_RE = re.compile(rf"(?<![\d-])({_YEAR})(?:\s*[-–]\s*({_YEAR}))?(?:0[1-9]|1[0-2])?(?![\d-])")
# The year written right after a value and its unit: " 2024", " (2023)", " under 2024", " år 2023".
_TRAILING_YEAR_RE = re.compile(
    rf"^\s*(?:%|procent\b|st\b\.?|stycken\b|år\b)?\s*\(?\s*(?:under|år|i|för|per)?\s*(?:år\s+)?({_YEAR})\b"
    # "5,2 procent (2024: 5,9 procent)": a year with a colon labels the value after it, not before.
    r"(?!\s*[-–]\s*\d)(?!\s*:)\s*\)?"
)


# Small numbers written as words are values too ("Sju medarbetare", "elva rekryteringar"); "en"/"ett"
# are articles far more often than counts, so they are not.
_WORDS = (
    "två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo"
)
WORD_NUMBERS = {w: n for n, w in enumerate(_WORDS.split(), start=2)}
_WORD_NUMBER_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(WORD_NUMBERS)})(?![\w-])", re.IGNORECASE)
# Spelled-out numbers in what is planned ("Två tekniker kommer att gå en utbildning") or given as
# alternatives ("en eller två personer") count no staff.
_PLANNED_RE = re.compile(r"\bkommer\s+att\b|\bska(?:ll)?\b|\bplaneras\b|\bavser\b", re.IGNORECASE)
_ALTERNATIVE_RE = re.compile(
    r"\s+(?:(?:eller|till|à|a)\s+\w+|gång\w*|åren|år\b|enhet\w*|steg|nivå\w*|veckor|dagar|månader|timmar)",
    re.IGNORECASE,
)  # and times, spans and steps: "fyra gånger per år", "de kommande fem åren", "två enheter högre"
_ALTERNATIVE_BEFORE_RE = re.compile(r"\b\w+\s+(?:eller|till)\s+$", re.IGNORECASE)
# "61 av 68 medarbetare": the number after "N av" is the whole the first is part of, not a value.
_PART_OF_RE = re.compile(rf"(?:\d|\b(?:{'|'.join(WORD_NUMBERS)}))\s+av\s+$", re.IGNORECASE)


@dataclass
class Number:
    """A candidate value in a clause: its value, unit word and span (the span includes the unit)."""

    value: float
    unit: str  # "percent" | "count" | "years" | "bare"
    start: int
    end: int


def _is_decoy(clause: str, m: re.Match[str], unit_word: str) -> bool:
    before = clause[max(0, m.start() - 40) : m.start()]
    after = clause[m.end() :]
    if unit_word in ("procentenheter", "index", "års"):
        return True
    if _DELTA_BEFORE.search(before) or _SCALE_BEFORE.search(before):
        return True
    if before.rstrip().endswith("(") and not unit_word:
        return True  # "(37)", "(index 89)": a bracketed bare number; "(4,9 procent 2023)" is a value
    if re.match(r"\s+\w+(?:aste|sta)\b", after):
        return True  # "de 10 vanligaste befattningarna" ranks, it does not count
    if _DATE_AFTER.match(after) or _AFTER_DECOY.match(after) or _PLACES_AFTER.match(after):
        return True
    pair = _PAIR_AFTER.match(after) if not unit_word else None
    if pair and _DATE_AFTER.match(after, pair.end()):
        return True  # "mellan den 2 och 23 september": a day of a date range
    if _PART_OF_RE.search(before):
        return True
    if m.start() == 0 and _ORDINAL_RE.match(clause):
        return True  # "3. Pensionsavgångar ..." numbers a list item
    # "under 35 år", "äldre än 60 år": the bound of an age group, not a value
    age = AGE_LIMIT_RE.match(clause[m.start() :]) or _AGE_BOUND_BEFORE.search(before)
    return bool(unit_word == "år" and age)


def numbers(clause: str) -> list[Number]:
    """Candidate values in a clause, the decoys in the module docstring left out."""
    out = []
    for m in NUMBER_RE.finditer(clause):
        unit_m = _UNIT_RE.match(clause, m.end())
        unit_word = unit_m.group(1).casefold() if unit_m else ""
        value = parse_number(m.group())
        if value is None or _is_decoy(clause, m, unit_word):
            continue
        if not unit_word and 1990 <= value <= 2040 and m.group(2) is None:
            continue  # a year
        if not unit_word:
            unit_word = _pair_age(clause, m.end())
        unit = {"%": "percent", "procent": "percent", "år": "years"}.get(
            unit_word, "count" if unit_word else "bare"
        )
        out.append(Number(value, unit, m.start(), unit_m.end() if unit_m else m.end()))
    for m in _WORD_NUMBER_RE.finditer(clause if not _PLANNED_RE.search(clause) else ""):
        if _ALTERNATIVE_RE.match(clause, m.end()) or _ALTERNATIVE_BEFORE_RE.search(clause[: m.start()]):
            continue
        unit_m = _UNIT_RE.match(clause, m.end())
        unit_word = unit_m.group(1).casefold() if unit_m else ""
        if unit_word in ("", "st", "st.", "stycken") and not _is_decoy(clause, m, unit_word):
            value = float(WORD_NUMBERS[m.group().casefold()])
            out.append(
                Number(
                    value, "count" if unit_word else "bare", m.start(), unit_m.end() if unit_m else m.end()
                )
            )
    return sorted(out, key=lambda n: n.start)


def _pair_age(clause: str, end: int) -> str:
    """'år' when a bare number is the first end of an age or year span ("mellan 65 och 67 år")."""
    pair = _PAIR_AFTER.match(clause, end)
    if pair and re.match(r"\s*år\b", clause[pair.end() :], re.IGNORECASE):
        return "år"
    return ""


def years_in(text: str) -> list[str]:
    """Years and year spans in text, as "YYYY" or "YYYY-YYYY", in order."""
    return [f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1) for m in YEAR_RE.finditer(text)]


def trailing_year(text_after: str) -> tuple[str, int] | None:
    """The year written right after a value (and its unit), and where that mention ends."""
    m = _TRAILING_YEAR_RE.match(text_after)
    return (m.group(1), m.end()) if m else None


# "A respektive B": two values in the order of the measures named before them.
_RESPECTIVE_RE = re.compile(r"^\s*respektive\s*$", re.IGNORECASE)


def respective_pairs(sentence: str) -> dict[int, tuple[int, int]]:
    """Start of each value of an "A respektive B" pair -> (its place, 0 or 1; where the pair ends), as
    in "530 tillsvidareanställda och 52 visstidsanställda, jämfört med 512 respektive 61 ett år
    tidigare": 512 is the first measure's value, 61 the second's, and the time words after the pair
    hold for both."""
    found = [m for m in NUMBER_RE.finditer(sentence) if not YEAR_RE.fullmatch(m.group().strip())]
    out: dict[int, tuple[int, int]] = {}
    for a, b in itertools.pairwise(found):
        if _RESPECTIVE_RE.match(sentence[a.end() : b.start()]):
            out[a.start()], out[b.start()] = (0, b.end()), (1, b.end())
    return out


# A note dating the figures: "Uppgifterna avser den 30 september 2025", "per 31 december 2024",
# "avser december 2025", "Statistiken avser läget i oktober 2025".
_MONTHS = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
REFERENCE_DATE_RE = re.compile(
    r"\b(?:per|avser(?:\s+läget)?(?:\s+(?:i|per))?|gäller|till\s+och\s+med|t\.\s?o\.\s?m\.?)\s+(?:den\s+)?(?:\d{1,2}\s+[a-zåäö]+\s+|"
    + _MONTHS
    + r"\s+)?"
    r"(?:19|20)\d\d\b|\bden\s+\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
