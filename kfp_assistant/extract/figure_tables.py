"""Key figures from tables whose columns are years.

Two shapes:

* the first header cell names a count ("Möjliga pensionsavgångar per avdelning | 2025 | 2026"):
  each row is a group (department, gender, total) and each cell one figure of that metric, the
  row label its scope ("Totalt" and an empty label: the whole plan; "K"/"M": women/men);
* each row label names its own metric, the unit after a comma or in brackets ("Nyckeltal | 2023 |
  2024" over "Personalomsättning, %", "Medelålder (år)", "Tillsvidareanställda, antal"). Only the
  words before the unit name the metric: "Inhyrda sjuksköterskor, årsarbetare" counts hired
  nurses, not staff. A header may say whose column it is ("Kulturförvaltningen 2024 | Stockholms
  stad 2024"): of columns with the same year the first is the plan's own, the others comparisons.

A first header cell that names no count takes it from the table's caption ("Medarbetare som
fyller 65 år per avdelning" over "Avdelning | 2026 | 2027 | Summa"); a "Summa"/"Totalt" column
after the years holds the figure of the whole span.

A table whose columns are genders per year ("Kvinnor 2024 | Män 2024 | Totalt 2024 | Kvinnor 2025
...") gives each cell with its column's year: a headcount row gives women_count/men_count, a gender
split row women_share/men_share (its 100 % total none), other rows their metric scoped "Kvinnor"/"Män",
the total column the plan-wide figure.

A third shape, groups as rows and measures as columns, is read by figure_groups.py.

Each cell is its own figure, with its column's year; the quote is the row as the page shows it.
"""

from __future__ import annotations

import re
from typing import Literal, cast

from kfp_assistant.extract.figure_cues import FLOWS, cues_in, fits
from kfp_assistant.extract.figure_numbers import Number, years_in
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.table_headers import (
    header_metric,
    is_subset_sum,
    is_whole,
    middle_band,
    plain_label,
)
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.numbers import parse_number, unit_in

FigureUnit = Literal["count", "percent", "index", "years"]
_TOTAL_LABELS = ("", "totalt", "total", "summa", "samtliga", "alla")
GENDER_ROWS = {"k": "women", "kvinnor": "women", "kvinna": "women", "m": "men", "män": "men", "man": "men"}
YEAR_CELL_RE = re.compile(r"\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])?\s*")
# A total column over a span of years: "Summa 2026–2028".
_SPAN_TOTAL_RE = re.compile(r"(?:summa|totalt?)\s+((?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d)", re.IGNORECASE)
_LABEL_UNIT_RE = re.compile(r"^(.*?)(?:,\s*([^,]{1,20})|\s*\(([^()]{1,20})\))\s*$")
# A column of targets, budgets or forecasts holds no stated figures: "Mål 2025", "Prognos 2026".
_NOT_STATED_RE = re.compile(r"\bmål\w*|budget\w*|prognos\w*|\bplan\w*", re.IGNORECASE)


def figure_record(
    doc: ParsedDocument,
    meta: PlanMeta,
    metric: str,
    value: float,
    as_of: str | None,
    scope: str | None,
    page: int,
    quote: str,
) -> KeyFigure:
    """A KeyFigure of the plan; its unit is the metric's."""
    return KeyFigure(
        file=doc.file,
        doc_id=doc.doc_id,
        administration=meta.administration,
        period=meta.period,
        metric=metric,
        value=value,
        unit=cast(FigureUnit, METRICS[metric]["unit"]),
        as_of=as_of,
        scope=scope,
        page=page,
        quote=quote,
    )


def _column_years(header: list[str], strict: bool) -> list[str | None]:
    """Year of each column. Strict: only cells that are a year (an empty cell belongs to the year on
    its left, a spanned cell; a total after years spans them); else any cell naming one year, the
    first of each year only."""
    years: list[str | None] = []
    for cell in header:
        if strict:
            found = years_in(cell.strip()) if YEAR_CELL_RE.fullmatch(cell) else []
            found = found or (years_in(m[1]) if (m := _SPAN_TOTAL_RE.fullmatch(cell.strip())) else [])
            named = [y for y in years if y and len(y) == 4]
            if not found and len(named) >= 2 and cell.strip().casefold() in _TOTAL_LABELS[1:]:
                found = [f"{named[0]}-{named[-1]}"]
            years.append(found[0] if found else (years[-1] if years and not cell.strip() else None))
            continue
        named = years_in(cell)
        year = (
            named[0]
            if len(named) == 1 and len(cell.split()) <= 4 and not _NOT_STATED_RE.search(cell)
            else None
        )
        years.append(year if year and year not in years else None)
    return years


def _group_figure(cell: str, label: str, metric: str) -> tuple[str, float, str | None] | None:
    value = parse_number(cell)
    if value is None or is_subset_sum(label):
        return None
    percent = "%" in cell or "procent" in cell
    gender = GENDER_ROWS.get(label.casefold())
    if gender:
        return (f"{gender}_share", value, None) if percent else (f"{gender}_count", value, None)
    if percent or not value.is_integer():
        return None  # shares of a total row are 100 %; other shares have no metric here
    return metric, value, None if is_whole(label) else label


def row_metric(label: str) -> tuple[str, str | None] | None:
    """(metric, unit word) a row label names: "Personalomsättning, %" -> ("turnover_pct", "percent")."""
    label = plain_label(label)
    m = _LABEL_UNIT_RE.match(label)
    words, unit_text = (m.group(1), m.group(2) or m.group(3)) if m else (label, None)
    cues = cues_in(words)
    metric = max(cues, key=lambda c: c.end - c.start).metric if cues else header_metric(words)
    if metric is None or (metric == "long_sick_leave_pct" and middle_band(label)):
        return None
    unit = unit_in(unit_text) if unit_text else None
    if unit is None and unit_text and re.fullmatch(r"\s*år\s*", unit_text):
        unit = "years"
    return metric, unit or unit_in(words)


def row_figure(cell: str, label: str) -> tuple[str, float] | None:
    """(metric, value) of a cell whose row label (or column header) names the metric, units agreeing."""
    named = row_metric(label)
    value = parse_number(cell)
    if named is None or value is None:
        return None
    metric, unit = named
    unit = "percent" if "%" in cell else unit
    number_unit = {"percent": "percent", "years": "years", "count": "count"}.get(unit or "", "bare")
    fitted = fits(metric, Number(value, number_unit, 0, 0), "," in cell)
    return (fitted, value) if fitted else None


def count_metrics(text: str) -> list[str]:
    """The count metrics text names, a flow first: in "Anställda som fyller 65 år per enhet" the
    staff word only says whose retirements are counted, as a flow verb beats it in prose."""
    counts = [c.metric for c in cues_in(text) if METRICS[c.metric]["unit"] == "count"]
    return sorted(counts, key=lambda metric: metric not in FLOWS)


# A column of one gender (or all) in one year: "Kvinnor 2024", "Män 2025", "Totalt 2024", "2025 K".
_GENDER_WORDS = {**GENDER_ROWS, **{w: "total" for w in _TOTAL_LABELS[1:]}}
_GENDER_COLUMN_RE = re.compile(
    rf"^\s*(?:(?P<g>{'|'.join(_GENDER_WORDS)})\s*,?\s*(?P<y>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)\s*,?\s*"
    rf"(?P<g2>{'|'.join(_GENDER_WORDS)}))\s*$",
    re.IGNORECASE,
)
_HEADCOUNTS = {
    "employees_permanent": "tillsvidareanställda",
    "employees_temporary": "visstidsanställda",
    "hourly_staff": "timavlönade",
}


def _gender_columns(header: list[str], year: str | None) -> list[tuple[str, str] | None]:
    """(gender or "total", year) of each column headed by both; None for other columns. A header of
    genders only ("Anställningsform | Kvinnor | Män | Totalt") gives each column the data year."""
    out: list[tuple[str, str] | None] = []
    for cell in header:
        m = _GENDER_COLUMN_RE.match(cell)
        out.append((_GENDER_WORDS[(m["g"] or m["g2"]).casefold()], m["y"] or m["y2"]) if m else None)
    bare = [_GENDER_WORDS.get(" ".join(c.split()).casefold()) for c in header[1:]]
    if year and len(header) > 2 and not any(out) and all(bare):
        return [None, *((g, year) for g in bare if g)]
    return out


def _gender_figure(cell: str, label: str, gender: str) -> tuple[str, float, str | None] | None:
    """(metric, value, scope) of a cell in a gender column: a headcount of women is women_count, a
    gender split women_share; other measures keep their metric, scoped to the gender."""
    found = row_figure(cell, label)
    if found is None:
        return None
    metric, value = found
    if metric in ("women_share", "men_share"):
        return (f"{gender}_share", value, None) if gender != "total" else None  # the total is 100 %
    if gender == "total":
        return metric, value, None
    if metric in _HEADCOUNTS or metric == "employees_total":
        return f"{gender}_count", value, _HEADCOUNTS.get(metric)
    return metric, value, "Kvinnor" if gender == "women" else "Män"


def gender_year_figures(
    block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str, year: str | None = None
) -> list[KeyFigure]:
    """Figures of a table whose columns are genders per year ("Kvinnor 2024 | Män 2024 | Totalt 2024")."""
    rows = block.rows or []
    columns = _gender_columns(rows[0], year) if rows else []
    genders = {c[0] for c in columns if c}
    if not {"women", "men"} <= genders:
        return []
    out = []
    for row in rows[1:]:
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        label = " ".join(row[0].split()) if row else ""
        for cell, column in zip(row[1:], columns[1:], strict=False):
            found = _gender_figure(cell, label, column[0]) if column and quote else None
            if found and quote and column:
                out.append(
                    figure_record(doc, meta, found[0], found[1], column[1], found[2], block.page, quote)
                )
    return out


def table_figures(
    block: Block,
    doc: ParsedDocument,
    meta: PlanMeta,
    page_text: str,
    caption: str = "",
    year: str | None = None,
) -> list[KeyFigure]:
    """Figures from a table whose columns are years, by the shapes in the module docstring."""
    rows = block.rows or []
    if len(rows) < 2 or not rows[0]:
        return []
    by_gender = gender_year_figures(block, doc, meta, page_text, year)
    if by_gender:
        return by_gender
    labelled = [r for r in rows[1:] if r and row_metric(" ".join(r[0].split()))]
    # rows that name their own metrics ("Avgångar", "Personalomsättning, %") are not groups of the
    # count the first header cell names ("Rörlighet, tillsvidareanställda | 2024 | 2025")
    counts = count_metrics(rows[0][0]) if 2 * len(labelled) < len(rows) - 1 else []
    if not counts and not any(cues_in(r[0]) for r in rows[1:] if r):
        counts = count_metrics(caption)  # rows are groups: the caption names what they count
    years = _column_years(rows[0], strict=bool(counts))
    dated = sum(1 for y in years[1:] if y)
    if dated < (2 if counts else 1) or 2 * dated < len([c for c in rows[0][1:] if c.strip()]) - 1:
        return []  # one dated measure among others ("Antal | Avgångar 2025–2029") is no year column
    out = []
    for row in rows[1:]:
        label = " ".join(row[0].split()) if row else ""
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        if not quote:
            continue
        for cell, year in zip(row[1:], years[1:], strict=False):
            if not year:
                continue
            if counts:
                group = _group_figure(cell, label, counts[0])
                if group:
                    out.append(
                        figure_record(doc, meta, group[0], group[1], year, group[2], block.page, quote)
                    )
            elif found := row_figure(cell, label):
                out.append(figure_record(doc, meta, found[0], found[1], year, None, block.page, quote))
    return out


def _year_label(cell: str) -> str | None:
    """The year a row label is ("2024", "År 2024", "2024*"), None for any other label."""
    text = " ".join(cell.split())
    named = years_in(text)
    short = len(text.split()) <= 2 and not _NOT_STATED_RE.search(text)
    return named[0] if len(named) == 1 and short else None


def year_row_figures(block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str) -> list[KeyFigure]:
    """Figures of a table whose rows are years and whose columns are measures ("År | Antal anställda |
    Sjukfrånvaro %" over "2024 | 1 234 | 7,5"): each cell under a header naming a metric is one figure
    of its row's year. The quote is the row as the page shows it."""
    rows = block.rows or []
    if len(rows) < 2 or len(rows[0]) < 2 or cues_in(rows[0][0]) or _year_label(rows[0][0]):
        return []
    headers = [" ".join(c.split()) for c in rows[0]]
    if not any(row_metric(h) for h in headers[1:]):
        return []
    out = []
    for row in rows[1:]:
        year = _year_label(row[0]) if row else None
        if not year:
            continue
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        for cell, header in zip(row[1:], headers[1:], strict=False):
            found = row_figure(cell, header) if quote else None
            if found and quote:
                out.append(figure_record(doc, meta, found[0], found[1], year, None, block.page, quote))
    return out


def align_table_totals(figures: list[KeyFigure]) -> list[KeyFigure]:
    """A table's employee total that the prose calls permanent staff is permanent staff in every column.
    Only the prose's own count says so, of the same group: a row's sum that happens to equal another
    row's permanent staff in the same table says nothing."""
    permanent = {
        (f.value, f.scope) for f in figures if f.metric == "employees_permanent" and "|" not in f.quote
    }
    tables = {
        f.quote
        for f in figures
        if f.metric == "employees_total" and (f.value, f.scope) in permanent and "|" in f.quote
    }
    for f in figures:
        if f.metric == "employees_total" and f.quote in tables:
            f.metric = "employees_permanent"
    return figures


def dedupe_figures(figures: list[KeyFigure]) -> list[KeyFigure]:
    """The figures without repeats of one metric, value, year and scope (the first one kept)."""
    seen: set[tuple[str, float, str | None, str | None]] = set()
    out = []
    for f in figures:
        key = (f.metric, f.value, f.as_of, (f.scope or "").casefold() or None)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
