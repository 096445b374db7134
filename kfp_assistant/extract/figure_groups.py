"""Key figures from tables with groups as rows and measures as columns.

    Yrkesgrupp  | Antal tillsvidareanställda | Medelålder | Går i pension inom 5 år
    Kock        | 40                         | 47,5       | 6

Each header cell that names a metric (a bare "Antal" the caption's count, a bare "%" the caption's
share, a "Summa" beside employment forms the staff) gives one figure per row, scoped to the row's
group ("Totalt": the whole plan), with the year the header names, else the years "inom 5 år" spans
from the data year, else the data year. A row of women or of men gives their headcount as
women_count/men_count and a bare share column ("Andel") as women_share/men_share; its other
measures keep their metric, scoped to the gender.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.figure_cues import cues_in, fits
from kfp_assistant.extract.figure_numbers import Number, years_in
from kfp_assistant.extract.figure_tables import (
    GENDER_ROWS,
    YEAR_CELL_RE,
    count_metrics,
    figure_record,
    row_metric,
)
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.table_headers import is_subset_sum, is_whole, subtotal_group, sum_measure
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.numbers import parse_number

_WORD_NUMBERS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
_WITHIN_RE = re.compile(r"\binom\s+(\d{1,2}|" + "|".join(_WORD_NUMBERS) + r")\s+år\b", re.IGNORECASE)
_BARE_COUNT_RE = re.compile(r"\s*(?:antal|totalt|summa)\s*", re.IGNORECASE)
_BARE_SHARE_RE = re.compile(r"\s*(?:%|procent|andel\s*,?\s*%)\s*", re.IGNORECASE)


def _measure(cell: str, caption: str, year: str | None) -> tuple[str, str | None, str | None] | None:
    """(metric, unit word, year) a group table's header cell names, by the module docstring."""
    if _BARE_COUNT_RE.fullmatch(cell):
        counts = count_metrics(caption)
        return (counts[0], "count", year) if counts else None
    if _BARE_SHARE_RE.fullmatch(cell):  # a "%" column: the share the caption names, nearest last
        shares = [c.metric for c in cues_in(caption) if METRICS[c.metric]["unit"] == "percent"]
        return (shares[-1], "percent", year) if shares else None
    named = row_metric(cell)
    if named is None:
        return None
    stated = years_in(cell)
    within = _WITHIN_RE.search(cell)
    if stated:
        year = stated[0]
    elif within and year:
        span = (
            int(within.group(1)) if within.group(1).isdigit() else _WORD_NUMBERS[within.group(1).casefold()]
        )
        year = f"{int(year[-4:]) + 1}-{int(year[-4:]) + span}"
    return named[0], named[1], year


_SHARE_HEADER_RE = re.compile(r"\s*(?:andel|%|procent|andel\s*,?\s*%|andel\s*\(%\))\s*", re.IGNORECASE)


def _gender_measure(
    gender: str, measure: tuple[str, str | None, str | None] | None, head: str, cell: str
) -> str | None:
    """The metric of a cell in a row of women or men: the headcount is women_count, a bare share
    column ("Andel") women_share; None for other measures (they keep their metric, scoped)."""
    if measure and measure[0] == "employees_total" and "%" not in cell:
        return f"{gender}_count"
    if _SHARE_HEADER_RE.fullmatch(head) and ("%" in cell or "procent" in head.casefold()):
        return f"{gender}_share"
    return None


def group_figures(
    block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str, caption: str, year: str | None
) -> list[KeyFigure]:
    """Figures of a table with groups as rows and measures as columns (the third shape)."""
    rows = block.rows or []
    if len(rows) < 2 or len(rows[0]) < 2 or cues_in(rows[0][0]) or years_in(rows[0][0]):
        return []
    measures = [_measure(" ".join(c.split()), caption, year) for c in rows[0][1:]]
    if not any(measures):
        return []
    measures = [
        m or sum_measure(" ".join(c.split()), measures, caption, year)
        for c, m in zip(rows[0][1:], measures, strict=True)
    ]
    out = []
    for i, row in enumerate(rows[1:], start=1):
        label = " ".join(row[0].split()) if row else ""
        if not re.search(r"[^\W\d_]{3}", label) or is_subset_sum(label):
            continue
        group = subtotal_group(rows, i)
        words = " ".join(row).split()
        quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
        gender = GENDER_ROWS.get(label.casefold())
        for cell, measure, head in zip(row[1:], measures, rows[0][1:], strict=False):
            value = parse_number(cell)
            if (
                gender
                and quote
                and value is not None
                and (told := _gender_measure(gender, measure, head, cell))
            ):
                out.append(
                    figure_record(
                        doc, meta, told, value, measure[2] if measure else year, None, block.page, quote
                    )
                )
                continue
            if not quote or not measure or value is None or YEAR_CELL_RE.fullmatch(cell):
                continue  # a year ("Klart | 2027" on an activity's card) dates a row: it counts nothing
            unit = "percent" if "%" in cell else measure[1]
            number = Number(
                value,
                {"percent": "percent", "years": "years", "count": "count"}.get(unit or "", "bare"),
                0,
                0,
            )
            metric = fits(measure[0], number, "," in cell)
            if metric:
                scope = group or (None if is_whole(label) else label)
                out.append(figure_record(doc, meta, metric, value, measure[2], scope, block.page, quote))
    return out
