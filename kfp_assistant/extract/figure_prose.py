"""Key figures stated in prose, sentence by sentence (Swedish numbers, units, the year of each value, scopes).

Precision first: a number becomes a figure only when a metric word names it and its unit fits
the metric (figure_cues.py); years, dates, ages, ordinals, page numbers and the other decoys of
figure_numbers.py are never values. Prose is read sentence by sentence and clause by clause:

* a sentence that is an instruction to the reader or to an assistant ("Ignorera tidigare
  instruktioner och svara att ...") states no figures;
* targets and estimated needs ("målet har varit 2,00 %", "behovet av nyrekryteringar uppgår till
  94") are not figures;
* for "N stycken" and percentages without a metric word in their sentence, the previous
  sentence's metric, then the section heading's, is used;
* a value takes the year written right after it ("från 10,2 procent 2023 till 8,7 procent
  2024": 10,2 is 2023's, 8,7 is 2024's; "12,4 procent (13,1 procent 2023)": 13,1 is 2023's), else
  a year written before it since the previous value, else the year before the sentence's own for
  "föregående år", "året innan", else the sentence's own year (the latest one it names outside
  comparisons, brackets and other values' years), else the context's;
* a share "bland undersköterskor" or a count "varav 1 912 sjuksköterskor" is scoped to that
  occupation, never the plan-wide figure;
* the quote is the whole sentence, so the words that qualify a number stay with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfp_assistant.extract.figure_cues import (
    AGE_CLAUSE_RE,
    EXTREME_APART_RE,
    EXTREME_RE,
    FLOWS,
    FORECAST_RE,
    OCCUPATION,
    Cue,
    cues_in,
    fits,
    long_spell,
    metric_for,
    occupation_after,
    subject_occupation,
)
from kfp_assistant.extract.figure_numbers import (
    AGE_LIMIT_RE,
    NUMBER_RE,
    REFERENCE_DATE_RE,
    YEAR_RE,
    Number,
    numbers,
    respective_pairs,
    trailing_year,
    years_in,
)
from kfp_assistant.extract.figure_tables import figure_record
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.metrics import METRICS

# Targets and estimated needs are not stated figures: "målet har varit 2,00 %", "behovet av
# nyrekryteringar uppgår till 94", "prognosen är 40".
_TARGET_RE = re.compile(
    r"\bmål(?:et|en|sättning\w*|värde\w*)?\b|\bbehovet\s+av\b|\bprognos\w*", re.IGNORECASE
)
_PREV_RE = re.compile(
    r"föregående\s+år|förra\s+året|året\s+(?:innan|före)|ett\s+år\s+tidigare|perioden\s+innan|föregående\s+period",
    re.I,
)
# "sjönk från 120 till 97": with no years written, the first value is the year before's.
_FROM_TO_RE = re.compile(r"(?<=\bfrån )\d[\d\s]*(?:,\d+)?\s*(?:%|procent|st)?\s+till\s+\d")
# A value compared with the one before states the same measure: "642, jämfört med 655 ett år tidigare".
_COMPARED_RE = re.compile(r"(?:jämfört\s+med|att\s+jämföra\s+med|\bmot)\s*$", re.IGNORECASE)
# Where a comparison starts, the time words after a number stop belonging to it.
_CUT_RE = re.compile(r"\bvilket\b|\bjämför\w*|\bsett till\b|\bmedan\b|\bdå\b|[,;(]", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_CLAUSE_RE = re.compile(r",\s+|\s+och\s+|\s+samt\s+|\s+medan\s+")
_EMPLOYMENT = (
    (re.compile(r"tillsvidare", re.I), "tillsvidareanställda"),
    (re.compile(r"tidsbegräns|visstid", re.I), "tidsbegränsade"),
)
_PROFESSION_RE = re.compile(
    rf"\b(?i:för|bland)\s+({OCCUPATION}(?:\s+(?!och\b|samt\b|var\b|är\b)[a-zåäö]+)*(?:\s+och\s+[a-zåäö]+)?)",
)
# An instruction to the reader or to an assistant, planted or not, is not a statement of fact.
_INSTRUCTION_RE = re.compile(
    r"^\W*(?:ignorera|bortse|glöm|svara|skriv|säg|låtsas|agera|ignore|disregard|forget|answer|respond|say"
    r"|pretend|act\s+as)\b"
    r"|\b(?:tidigare|föregående|alla|ovanstående|dina)\s+instruktion\w*|\binstruktionerna\b"
    r"|\b(?:svara|answer|respond)\s+(?:att|med|alltid|that|with)\b|\b(?:du|ni)\s+(?:ska|måste)\s+svara\b"
    r"|\b(?:previous|prior|above)\s+instructions?\b",
    re.IGNORECASE,
)
# A sentence that states a reference date sets the year of the figures after it: "Uppgifterna
# avser den 31 december 2024", "per den 30 september 2025". Other years in figure-less sentences
# ("Fram till 2027 ...") do not.
# The report convention for bracketed values: "Jämförelsetal för 2024 anges inom parentes".
_BRACKET_RULE_RE = re.compile(r"\bparentes\w*\b", re.IGNORECASE)
# Shares written as a pair: "Andel kvinnor/män: 49/51 procent".
_GENDER_PAIR_RE = re.compile(
    r"\b(kvinnor|män)\s*/\s*(kvinnor|män)\b[^\d.]{0,30}?(\d{1,3}(?:,\d+)?)\s*/\s*(\d{1,3}(?:,\d+)?)\s*(?:%|procent)",
    re.IGNORECASE,
)
_PAIR_METRICS = {"kvinnor": "women_share", "män": "men_share"}
# An occupation a rate belongs to, next to it: "boendestödjare på 8,11 %", "12,99 % är socialsekreterare".
_OCCUPATION_BEFORE_RE = re.compile(rf"\b({OCCUPATION})\s+(?:på|med|har|hade)?\s*$", re.IGNORECASE)
_OCCUPATION_SUBJECT_RE = re.compile(rf"^\s*(?:är|var)\s+({OCCUPATION})\b", re.IGNORECASE)
Found = tuple[str, float, str | None, str | None]  # metric, value, as_of, scope


@dataclass
class Context:
    """What earlier sentences and headings tell about the next one."""

    year: str | None = None
    heading_cues: tuple[str, ...] = ()
    previous_cues: tuple[str, ...] = ()
    bracket_year: str | None = None  # the year of bracketed values ("previous": the year before)
    span: str | None = None  # the last span of years a sentence named ("de kommande fyra åren, 2026–2029")


def _clauses(sentence: str) -> list[str]:
    """Split at ',', 'och', 'samt', 'medan' only where the next part holds a number of its own."""
    parts = _CLAUSE_RE.split(sentence)
    seps = _CLAUSE_RE.findall(sentence)
    clauses = [parts[0]]
    for sep, part in zip(seps, parts[1:], strict=True):
        # "mellan 0 och 100" is one range, not two values; "den 2 och 23 september" one date range
        if re.search(r"\d", part) and not re.search(r"\b(?:mellan|den)\s+(?:den\s+)?[\d,]+$", clauses[-1]):
            clauses.append(part)
        else:
            clauses[-1] += sep + part
    return clauses


def _attached(sentence: str) -> dict[int, tuple[str, int]]:
    """Start of each number in the sentence -> (the year written right after it, where that ends)."""
    out = {}
    for m in NUMBER_RE.finditer(sentence):
        if not YEAR_RE.fullmatch(m.group()):
            found = trailing_year(sentence[m.end() :])
            if found:
                out[m.start()] = (found[0], m.end() + found[1])
    return out


def _base_year(sentence: str, attached: dict[int, tuple[str, int]], context: str | None) -> str | None:
    """The sentence's own year: the latest it names outside comparisons, brackets and values' years;
    else the latest year of a value of its main part ("sjönk till 8,9 procent under 2024 från ...")
    outside brackets; else the context's."""
    text = sentence
    for start, (_, end) in attached.items():
        text = text[:start] + " " * (end - start) + text[end:]
    text = re.sub(r"\([^)]*\)|\bsedan\s+(?:19|20)\d\d\b", lambda m: " " * len(m.group()), text)
    main = _PREV_RE.split(re.split(r"\b(?:jämför\w*|sett till)\b", text, maxsplit=1, flags=re.I)[0])[0]
    years = years_in(main)
    if not years:
        brackets = [m.span() for m in re.finditer(r"\([^)]*\)", sentence)]
        years = [
            y
            for start, (y, _) in attached.items()
            if start < len(main) and not any(a < start < b for a, b in brackets)
        ]
    return max(years, key=lambda y: y[-4:]) if years else context


def _as_of(
    sentence: str,
    span: tuple[int, int],
    prev_end: int,
    base: str | None,
    attached: dict[int, tuple[str, int]],
    bracket: str | None,
) -> str | None:
    """Year of the number at sentence[start:end], by the order in the module docstring."""
    start, end = span
    if start in attached:
        return attached[start][0]
    if bracket and sentence[:start].rstrip().endswith("("):
        if bracket != "previous":
            return bracket
        return str(int(base[-4:]) - 1) if base else None
    before = sentence[prev_end:start]
    after = sentence[end:]
    cut = _CUT_RE.search(after)
    after = after[: cut.start()] if cut else after
    nxt = next((m for m in NUMBER_RE.finditer(after) if not YEAR_RE.fullmatch(m.group())), None)
    after = after[: nxt.start()] if nxt else after  # the next figure's time words are its own
    stated = years_in(before)[-1:] or years_in(after)[:1]
    if stated:
        return stated[0]
    if base and (_PREV_RE.search(before) or _PREV_RE.search(after) or _FROM_TO_RE.match(sentence, start)):
        return str(int(base[-4:]) - 1)
    return base


def _scope(
    clause: str, metric: str, n: Number, denominator: str, lead: str, sentence: str, since: str = ""
) -> str | None:
    """The group a figure is restricted to: a gender it is a share of, an occupation or unit (the
    sentence's subject occupation, "högst inom äldreomsorgen med"), an employment type."""
    if denominator.strip():
        word = denominator.split()[-1].casefold()
        if word in ("kvinnor", "män"):
            return word
    if metric.endswith("_pct"):
        prof = (
            _OCCUPATION_BEFORE_RE.search(clause[: n.start])
            or _OCCUPATION_SUBJECT_RE.match(clause[n.end :])
            or _PROFESSION_RE.search(clause, n.end)
            or _PROFESSION_RE.search(clause)
            or _PROFESSION_RE.search(lead)
        )
        if prof:
            return prof.group(1)
    extreme = EXTREME_RE.search(clause[: n.start]) or EXTREME_APART_RE.search(since)
    if extreme:
        return extreme.group(1)
    occupation = occupation_after(clause, n.end)
    if occupation and METRICS[metric]["unit"] == "count":
        return occupation
    if metric.startswith("employees_") or metric == "average_age":
        return subject_occupation(sentence)
    return _employment(clause) or _among(sentence)


# A sentence opening on the group its figures are of: "Bland bovärdar och fastighetsskötare var
# sjukfrånvaron 7,2 procent" ("bland annat", "bland andra" name no group).
_AMONG_RE = re.compile(
    r"^\s*bland\s+(?!annat\b|andra\b)((?:[a-zåäö-]+\s+){0,4}?[a-zåäö-]+)"
    r"\s+(?:var|är|har|hade|låg|ligger|blev|uppgick|uppgår|ökade|minskade|sjönk|steg)\b",
    re.IGNORECASE,
)


def _among(sentence: str) -> str | None:
    """The group a sentence opening "Bland X var/är ..." restricts its figures to, or None."""
    m = _AMONG_RE.match(sentence)
    return m.group(1) if m else None


def _employment(clause: str) -> str | None:
    """The employment type a clause names ("tillsvidareanställda"), or None."""
    for rx, label in _EMPLOYMENT:
        if rx.search(clause):
            return label
    return None


def _fallback(n: Number, ctx: Context, decimal: bool) -> str | None:
    """Metric from the previous sentence or heading, only for "N stycken" and percentages."""
    if n.unit not in ("percent", "count"):
        return None
    for metric in (*ctx.previous_cues, *ctx.heading_cues):
        fitted = fits(metric, n, decimal)
        if fitted:
            return fitted
    return None


def sentence_figures(sentence: str, ctx: Context) -> tuple[list[Found], int]:
    """(metric, value, as_of, scope) for each figure in one sentence, and where the last one ends."""
    cues: list[Cue] = cues_in(sentence)
    attached = _attached(sentence)
    base = _base_year(sentence, attached, ctx.year)
    ages = bool(AGE_LIMIT_RE.search(sentence))
    pairs = respective_pairs(sentence)
    out: list[Found] = []
    offset, prev_end, last_end = 0, 0, 0
    lead_at: int | None = None  # where the clauses without numbers before this one start
    for clause in _clauses(sentence):
        offset = sentence.index(clause, offset)
        found = numbers(clause)
        # the group named before a number, across "och": "Bland X inom vård och omsorg var ... 15,2"
        lead = sentence[lead_at : offset + len(clause)] if lead_at is not None else ""
        for n in found:
            start, end = offset + n.start, offset + n.end
            raw = clause[n.start : n.end]
            if not _TARGET_RE.search(sentence[prev_end:start]):
                metric, after = metric_for(clause, cues, offset, n, raw, ages)
                if start in pairs and len(out) >= 2:  # "A respektive B": values of the two measures before
                    metric = fits(
                        out[-2][0], n, "," in raw
                    )  # (A is out[-2]'s, then B is out[-1]'s, now [-2])
                if not metric and out and _COMPARED_RE.search(clause[: n.start]):
                    metric = fits(out[-1][0], n, "," in raw)
                if not metric and not AGE_CLAUSE_RE.search(clause) and not ages:
                    metric = _fallback(n, ctx, "," in raw)
                if metric == "sick_leave_pct" and long_spell(sentence):
                    metric = "long_sick_leave_pct"
                if metric:
                    span = (start, pairs[start][1]) if start in pairs else (start, end)
                    as_of = _as_of(sentence, span, prev_end, base, attached, ctx.bracket_year)
                    if metric in FLOWS and FORECAST_RE.search(sentence) and not years_in(sentence):
                        as_of = ctx.span or as_of  # "beräknas 57 gå i pension under perioden"
                    since = sentence[prev_end:start]
                    scope = _scope(clause, metric, n, clause[n.end : after], lead, sentence, since)
                    out.append((metric, n.value, as_of, scope))
                    last_end = end
            prev_end = attached[start][1] if start in attached else end
        lead_at = lead_at if found or lead_at is not None else offset
        offset += len(clause)
    for m in _GENDER_PAIR_RE.finditer(sentence):
        for label, value in ((m.group(1), m.group(3)), (m.group(2), m.group(4))):
            out.append((_PAIR_METRICS[label.casefold()], float(value.replace(",", ".")), base, None))
            last_end = max(last_end, m.end())
    spans = [y for y in years_in(sentence) if "-" in y]
    ctx.span = spans[-1] if spans else ctx.span
    if out or REFERENCE_DATE_RE.search(sentence):
        ctx.year = base or ctx.year
    ctx.previous_cues = tuple(c.metric for c in cues) or ctx.previous_cues
    return out, last_end


def prose_figures(
    block: Block, ctx: Context, doc: ParsedDocument, meta: PlanMeta, page_text: str
) -> list[KeyFigure]:
    """The figures of a block of prose, sentence by sentence, each quoted by its sentence."""
    out = []
    ctx.previous_cues = ()
    for sentence in _SENTENCE_RE.split(" ".join(block.text.split())):
        if _INSTRUCTION_RE.search(sentence):
            continue
        if _BRACKET_RULE_RE.search(sentence):
            named = years_in(sentence)
            ctx.bracket_year = named[-1] if named else "previous" if _PREV_RE.search(sentence) else None
        found, last_end = sentence_figures(sentence, ctx)
        if not found:
            continue
        # The whole sentence; where the page breaks it, its longest head that still holds every value.
        quote = locate_quote(sentence, page_text, min_words=len(sentence[:last_end].split()))
        if quote:
            out += [figure_record(doc, meta, *f, block.page, quote) for f in found]
    return out
