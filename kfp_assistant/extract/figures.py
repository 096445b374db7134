"""Text and small tables -> KeyFigure records (Swedish numbers, units, as-of years, scopes).

Precision first: a number becomes a figure only when a metric word from METRICS names it
and its unit fits the metric; anything ambiguous is skipped. Prose is read sentence by sentence and
clause by clause. For each number the metric is looked for in this order:

1. a subject "antalet X" earlier in the clause ("Antalet kvinnor motsvarar 752 tillsvidareanställda");
2. a metric word right after the number ("187 rekryteringar", "84 % kvinnor");
3. the nearest metric word before it in the clause, then after it in the clause, then before it
   in the sentence ("Personalomsättningen ... 3,68% att jämföra med 4,05%");
4. for "N stycken" and percentages only: the previous sentence, then the section heading.

Never values: years, dates, ranges ("20-29", "dag 1-14"), compounds ("12-månaders"), ages
("65 år") unless the metric is an age, question scores ("index 89", "+3 index"), changes ("en
ökning med 24", "2,96 procentenheter") and targets ("målet har varit 2,00%").

as_of is a year (or "YYYY-YYYY") as stated near the number; "föregående år"/"förra året"/"året
innan" give the year before the sentence's (or section's) year. Tables whose columns are years
("Möjliga pensionsavgångar per avdelning | 2025 | 2026") give one figure per cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.administrations import administration_mentions
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.numbers import DIGIT_SPACES, parse_number

FigureUnit = Literal["count", "percent", "index", "years"]

# Words that name a count when they follow a number ("1799 st medarbetare", "3500 personer");
# too general to be metric words elsewhere, so they are only used right after a number.
_HEADCOUNT_NOUNS = re.compile(r"(?:medarbetare|personer|anställda)\b", re.IGNORECASE)
# Reaching pension age names retirements: "23 medarbetare förväntas fylla 65 år".
_RETIRE_RE = re.compile(r"\b(fyll\w*|uppnå\w*)\b(?=[^.]{0,60}?\b6[5-9]\s*år)", re.IGNORECASE)
_AGE_CLAUSE_RE = re.compile(
    r"\b(?:över|fyll\w*|uppnå\w*|ålder\w*)\b[^.]{0,30}?\b\d{2}\s*(?:år|års)\b", re.IGNORECASE
)
_NUMBER_RE = re.compile(
    rf"(?<![\w,.+−–/-])(\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})+|\d+)(,\d+)?(?![\w]|[-–/]\d|-\w)"
)
_UNIT_RE = re.compile(r"\s*(%|procentenheter|procent\b|stycken\b|st\b\.?|års\b|år\b|index\b)", re.IGNORECASE)
_DELTA_BEFORE = re.compile(
    r"(?:ökning|minskning|ökat|minskat|ökade|minskade|sjunkit|sjönk|stigit|steg|höjts|sänkts|skillnad)"
    r"\s+(?:med|på)\s+(?:ca\.?\s+|cirka\s+)?$|[+−-]\s*$|\bindex\s*$|\b(?:dag|tertialrapport|kap\.?|nr)\s*$",
    re.IGNORECASE,
)
_TARGET_RE = re.compile(r"\bmål(?:et|en|sättning\w*|värde\w*)?\b", re.IGNORECASE)
_PREV_RE = re.compile(r"föregående\s+år|förra\s+året|året\s+innan|perioden\s+innan|föregående\s+period", re.I)
_YEAR_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?:0[1-9]|1[0-2])?(?![\d-])")
# Where a comparison starts, the time words after a number stop belonging to it.
_CUT_RE = re.compile(r"\bvilket\b|\bjämför\w*|\bsett till\b|\bmedan\b|\bdå\b|[,;]", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_CLAUSE_RE = re.compile(r",\s+|\s+och\s+|\s+samt\s+")
_EMPLOYMENT = (
    (re.compile(r"tillsvidare", re.I), "tillsvidareanställda"),
    (re.compile(r"tidsbegräns|visstid", re.I), "tidsbegränsade"),
)
_PROFESSION_RE = re.compile(
    r"\b(?:för|bland)\s+([a-zåäö]+(?:sekreterare|skötare|lärare|sköterska|sköterskor|handläggare|stödjare|biträde|biträden"
    r"|assistent|assistenter|chef|chefer|ledare|terapeut|terapeuter|utredare|vårdare)(?:\s+(?!och\b|samt\b)[a-zåäö]+)*"
    r"(?:\s+och\s+[a-zåäö]+)?)",
)
_GENDER_SHARE = {"women_count": "women_share", "men_count": "men_share"}


@dataclass
class _Cue:
    start: int
    end: int
    metric: str


def _compile_cues() -> list[tuple[str, re.Pattern[str]]]:
    """One regex per metric synonym (same mini-language as sv.text: trailing '*' = any ending)."""
    out = []
    for metric_id, metric in METRICS.items():
        for syn in metric["synonyms"]:
            body = r"\s+".join(re.escape(p) for p in syn.rstrip("*").split())
            tail = r"[\w-]*" if syn.endswith("*") else r"(?!\w)"
            out.append((metric_id, re.compile(r"(?<![\w-])" + body + tail, re.IGNORECASE)))
    out.append(("ami_index", re.compile(r"(?<![\w-])totalindex\w*", re.IGNORECASE)))
    return out


_CUES = _compile_cues()


def cues_in(text: str) -> list[_Cue]:
    """Metric words in text with positions; the longest wins where they overlap."""
    hits = [_Cue(m.start(), m.end(), mid) for mid, rx in _CUES for m in rx.finditer(text)]
    hits += [_Cue(m.start(), m.end(), "retirements") for m in _RETIRE_RE.finditer(text)]
    hits.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[_Cue] = []
    for c in hits:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


# --------------------------------------------------------------------------- numbers


@dataclass
class _Number:
    value: float
    unit: str  # "percent" | "count" | "years" | "bare"
    start: int
    end: int


def _numbers(clause: str) -> list[_Number]:
    """Candidate values in a clause, decoys (years, ranges, changes, scores, targets) left out."""
    out = []
    for m in _NUMBER_RE.finditer(clause):
        unit_m = _UNIT_RE.match(clause, m.end())
        unit_word = unit_m.group(1).casefold() if unit_m else ""
        value = parse_number(m.group())
        if value is None or unit_word in ("procentenheter", "index", "års"):
            continue
        before = clause[max(0, m.start() - 40) : m.start()]
        if _DELTA_BEFORE.search(before) or before.rstrip().endswith("("):
            continue
        if re.match(r"\s+\w+(?:aste|sta)\b", clause[m.end() :]):
            continue  # "de 10 vanligaste befattningarna" ranks, it does not count
        if not unit_word and 1990 <= value <= 2040 and m.group(2) is None:
            continue  # a year
        unit = {"%": "percent", "procent": "percent", "år": "years"}.get(
            unit_word, "count" if unit_word else "bare"
        )
        out.append(_Number(value, unit, m.start(), unit_m.end() if unit_m else m.end()))
    return out


def _fits(metric: str, number: _Number, decimal: bool) -> str | None:
    """The metric id the number can be (women_count + % -> women_share), or None when units clash."""
    if number.unit == "percent" and metric in _GENDER_SHARE:
        return _GENDER_SHARE[metric]
    unit = METRICS[metric]["unit"]
    if unit == "percent":
        return metric if number.unit == "percent" or (number.unit == "bare" and decimal) else None
    if unit == "years":
        return metric if number.unit == "years" else None
    if unit == "index":
        return metric if number.unit == "bare" and 0 < number.value <= 100 else None
    return metric if number.unit in ("count", "bare") and number.value.is_integer() else None


# --------------------------------------------------------------------------- metric choice


def _denominator_end(clause: str, pos: int) -> int:
    """After "N % av (alla) kvinnor", the group is what the share is of: skip it."""
    m = re.match(
        r"\s*av\s+(?:alla\s+|samtliga\s+|de\s+|det\s+totala\s+antalet\s+|\w+s\s+)?(\w+)", clause[pos:]
    )
    return pos + m.end() if m else pos


def _weak_last(cues: list[_Cue]) -> list[_Cue]:
    """Employment-type words ("tidsbegränsade anställningar") mostly qualify another metric: try them last."""
    return sorted(cues, key=lambda c: c.metric in ("employees_permanent", "employees_temporary"))


def _metric_for(
    clause: str, sentence_cues: list[_Cue], offset: int, n: _Number, raw: str
) -> tuple[str | None, int]:
    """Metric of one number by the order in the module docstring; also where its denominator ends."""
    ages = bool(_AGE_CLAUSE_RE.search(clause))  # "30 anställda över 65 år" counts an age group
    if ages and not _RETIRE_RE.search(clause):
        return None, n.end
    sentence_cues = [c for c in sentence_cues if not (ages and c.metric.startswith("employees_"))]
    cues = [c for c in sentence_cues if offset <= c.start < offset + len(clause)]
    local = [_Cue(c.start - offset, c.end - offset, c.metric) for c in cues]
    decimal = "," in raw
    subject = [c for c in local if c.end <= n.start and re.search(r"antal\w*\s+$", clause[: c.start], re.I)]
    after = _denominator_end(clause, n.end)
    right = [c for c in local if after <= c.start <= after + 2]
    before = sorted((c for c in local if c.end <= n.start), key=lambda c: -c.end)
    later = [c for c in local if c.start >= after]
    earlier = sorted((c for c in sentence_cues if c.end <= offset), key=lambda c: -c.end)
    for candidate in (*subject[-1:], *right[:1]):
        metric = _fits(candidate.metric, n, decimal)
        if metric:
            return metric, after
    if not ages and _is_headcount(clause[after:], clause[: n.start], n):
        return "employees_total", after
    for candidate in (*_weak_last(before), *_weak_last(later), *_weak_last(earlier)):
        metric = _fits(candidate.metric, n, decimal)
        if metric:
            return metric, after
    return None, after


def _is_headcount(rest: str, before: str, n: _Number) -> bool:
    """ "<organisation> har ... 1799 st medarbetare": a plain head-count noun after a number."""
    if (
        n.unit not in ("count", "bare")
        or not n.value.is_integer()
        or not _HEADCOUNT_NOUNS.match(rest.lstrip())
    ):
        return False
    return bool(administration_mentions(before) or re.search(r"förvaltning\w*|nämnd\w*", before, re.I))


# --------------------------------------------------------------------------- as-of years


def _years_in(text: str) -> list[str]:
    return [f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1) for m in _YEAR_RE.finditer(text)]


def _as_of(sentence: str, n_start: int, n_end: int, prev_end: int, base: str | None) -> str | None:
    """Year of one number: stated just before or after it, else the year before "föregående år", else base."""
    before = sentence[prev_end:n_start]
    after = sentence[n_end:]
    cut = _CUT_RE.search(after)
    after = after[: cut.start()] if cut else after
    nxt = next((m for m in _NUMBER_RE.finditer(after) if not _YEAR_RE.fullmatch(m.group())), None)
    after = after[: nxt.start()] if nxt else after  # the next figure's time words are its own
    stated = _years_in(before)[-1:] or _years_in(after)[:1]
    if stated:
        return stated[0]
    if base and (_PREV_RE.search(before) or _PREV_RE.search(after)):
        return str(int(base[-4:]) - 1)
    return base


def _base_year(sentence: str, context: str | None) -> str | None:
    """The sentence's own year: the latest year it names outside comparisons, else the context's."""
    main = _PREV_RE.split(re.split(r"\b(?:jämför\w*|sett till)\b", sentence, maxsplit=1, flags=re.I)[0])[0]
    years = _years_in(main)
    return max(years, key=lambda y: y[-4:]) if years else context


# --------------------------------------------------------------------------- prose


@dataclass
class _Context:
    """What earlier sentences and headings tell about the next one."""

    year: str | None = None
    heading_cues: tuple[str, ...] = ()
    previous_cues: tuple[str, ...] = ()


def _scope(clause: str, metric: str, n_end: int, denominator: str) -> str | None:
    if denominator.strip():
        word = denominator.split()[-1].casefold()
        if word in ("kvinnor", "män"):
            return word
    prof = _PROFESSION_RE.search(clause, n_end) or _PROFESSION_RE.search(clause)
    if prof and metric.endswith("_pct"):
        return prof.group(1)
    if metric.startswith("employees_") or metric == "average_age":
        return None
    for rx, label in _EMPLOYMENT:
        if rx.search(clause):
            return label
    return None


def _fallback(n: _Number, ctx: _Context, decimal: bool) -> str | None:
    """Metric from the previous sentence or heading, only for "N stycken" and percentages."""
    if n.unit not in ("percent", "count"):
        return None
    for metric in (*ctx.previous_cues, *ctx.heading_cues):
        fitted = _fits(metric, n, decimal)
        if fitted:
            return fitted
    return None


def _sentence_figures(
    sentence: str, ctx: _Context
) -> list[tuple[str, float, str, str | None, str | None, str]]:
    """(metric, value, unit, as_of, scope, clause) for each figure in one sentence."""
    cues = cues_in(sentence)
    base = _base_year(sentence, ctx.year)
    out = []
    offset, prev_end = 0, 0
    for clause in _clauses(sentence):
        offset = sentence.index(clause, offset)
        for n in _numbers(clause):
            raw = clause[n.start : n.end]
            if _TARGET_RE.search(sentence[prev_end : offset + n.start]):
                continue
            metric, after = _metric_for(clause, cues, offset, n, raw)
            if not metric and not _AGE_CLAUSE_RE.search(clause):
                metric = _fallback(n, ctx, "," in raw)
            if metric:
                unit = METRICS[metric]["unit"]
                as_of = _as_of(sentence, offset + n.start, offset + n.end, prev_end, base)
                scope = _scope(clause, metric, n.end, clause[n.end : after])
                out.append((metric, n.value, unit, as_of, scope, clause))
            prev_end = offset + n.end
        offset += len(clause)
    ctx.year = base or ctx.year
    ctx.previous_cues = tuple(c.metric for c in cues) or ctx.previous_cues
    return out


def _clauses(sentence: str) -> list[str]:
    """Split at ',', 'och', 'samt' only where the next part holds a number of its own."""
    parts = _CLAUSE_RE.split(sentence)
    seps = _CLAUSE_RE.findall(sentence)
    clauses = [parts[0]]
    for sep, part in zip(seps, parts[1:], strict=True):
        if re.search(r"\d", part):
            clauses.append(part)
        else:
            clauses[-1] += sep + part
    return clauses


def _prose_figures(
    block: Block, ctx: _Context, doc: ParsedDocument, meta: PlanMeta, page_text: str
) -> list[KeyFigure]:
    out = []
    ctx.previous_cues = ()
    for sentence in _SENTENCE_RE.split(" ".join(block.text.split())):
        found = _sentence_figures(sentence, ctx)
        for metric, value, unit, as_of, scope, clause in found:
            # Quote the clause when it is on the page as a whole, else the sentence (or its head).
            quote = locate_quote(clause, page_text, min_words=len(clause.split())) or locate_quote(
                sentence, page_text
            )
            if quote:
                out.append(_figure(doc, meta, metric, value, unit, as_of, scope, block.page, quote))
    return out


def _figure(
    doc: ParsedDocument,
    meta: PlanMeta,
    metric: str,
    value: float,
    unit: str,
    as_of: str | None,
    scope: str | None,
    page: int,
    quote: str,
) -> KeyFigure:
    return KeyFigure(
        file=doc.file,
        doc_id=doc.doc_id,
        administration=meta.administration,
        period=meta.period,
        metric=metric,
        value=value,
        unit=cast(FigureUnit, unit),
        as_of=as_of,
        scope=scope,
        page=page,
        quote=quote,
    )


# --------------------------------------------------------------------------- tables

_TOTAL_LABELS = ("", "totalt", "total", "summa", "samtliga", "alla")
_GENDER_ROWS = {"k": "women", "kvinnor": "women", "kvinna": "women", "m": "men", "män": "men", "man": "men"}


def _column_years(header: list[str]) -> list[str | None]:
    """Year of each column; an empty header cell belongs to the year on its left (a spanned cell)."""
    years: list[str | None] = []
    for cell in header:
        found = (
            _years_in(cell.strip()) if re.fullmatch(r"\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])?\s*", cell) else []
        )
        years.append(found[0] if found else (years[-1] if years and not cell.strip() else None))
    return years


def _table_figures(block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str) -> list[KeyFigure]:
    """Figures from a table whose columns are years and whose first header cell names a count metric."""
    rows = block.rows or []
    if len(rows) < 2:
        return []
    years = _column_years(rows[0])
    cues = [c.metric for c in cues_in(rows[0][0]) if METRICS[c.metric]["unit"] == "count"]
    if sum(1 for y in years if y) < 2 or not cues:
        return []
    out = []
    for row in rows[1:]:
        label = " ".join(row[0].split()) if row else ""
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        for cell, year in zip(row[1:], years[1:], strict=False):
            fig = _cell_figure(cell, label, cues[0])
            if fig and year and quote:
                metric, value, unit, scope = fig
                out.append(_figure(doc, meta, metric, value, unit, year, scope, block.page, quote))
    return out


def _cell_figure(cell: str, label: str, metric: str) -> tuple[str, float, str, str | None] | None:
    value = parse_number(cell)
    if value is None:
        return None
    percent = "%" in cell or "procent" in cell
    gender = _GENDER_ROWS.get(label.casefold())
    if gender:
        return (
            (f"{gender}_share", value, "percent", None)
            if percent
            else (f"{gender}_count", value, "count", None)
        )
    if percent or not value.is_integer():
        return None  # shares of a total row are 100 %; other shares have no metric here
    return metric, value, "count", None if label.casefold() in _TOTAL_LABELS else label


# --------------------------------------------------------------------------- document


def _heading_cues(text: str) -> tuple[str, ...]:
    return tuple(c.metric for c in cues_in(text))


def extract_figures(doc: ParsedDocument, meta: PlanMeta) -> list[KeyFigure]:
    """Key figures stated in a plan's prose and year-column tables, in document order, without repeats."""
    ctx = _Context(year=meta.period if meta.period and len(meta.period) == 4 else None)
    figures: list[KeyFigure] = []
    for page in doc.pages:
        for block in page.blocks:
            if block.kind == "heading":
                ctx.heading_cues = _heading_cues(block.text)
            elif block.kind == "table":
                figures += _table_figures(block, doc, meta, page.text)
            else:
                figures += _prose_figures(block, ctx, doc, meta, page.text)
    return _dedupe(_align_table_totals(figures))


def _align_table_totals(figures: list[KeyFigure]) -> list[KeyFigure]:
    """A table's employee total that the prose calls permanent staff is permanent staff in every column."""
    permanent = {f.value for f in figures if f.metric == "employees_permanent"}
    tables = {
        f.quote for f in figures if f.metric == "employees_total" and f.value in permanent and "|" in f.quote
    }
    for f in figures:
        if f.metric == "employees_total" and f.quote in tables:
            f.metric = "employees_permanent"
    return figures


def _dedupe(figures: list[KeyFigure]) -> list[KeyFigure]:
    seen: set[tuple[str, float, str | None, str | None]] = set()
    out = []
    for f in figures:
        key = (f.metric, f.value, f.as_of, (f.scope or "").casefold() or None)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
