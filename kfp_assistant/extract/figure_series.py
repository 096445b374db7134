"""Key figures from a series of years drawn as a chart in a table: one row per year, a value beside it.

    Personalomsättning, % |            |      | Sjukfrånvaro, % |          |
    2021                  | ██████████ | 11,8 | 2021            | ████████ | 5,6
    2022                  | ███████████| 13,0 | 2022            | ████████ | 5,9

A bar drawn in characters (█, ▇, ■, ...) is no value: a cell of only such characters is ignored. A
column whose cells are years starts a panel, and a table may hold several panels side by side (a
year column repeated). Each panel's measure is what its header cells name ("Personalomsättning, %"),
else, for a table without a header row, what the caption names when it names one measure ("Figur 1.
Personalomsättning 2021–2025, procent"). Each row gives the panel's one number as that year's figure;
the quote is the panel's part of the row as the page shows it. Tables read by the other shapes
(figure_tables) never reach this one.

A column chart reaches the text as a line of years right over (or under) a line of as many values,
"2021 2022 2023" and "8,9 % 11,2 % 10,1 %" (chart_lines): the n-th value is the n-th year's, of the
measure its caption names ("Figur 1. Personalomsättning, procent per år"). Only lines right next to
each other are paired: a value line set apart from its years may be in another order than they.
"""

from __future__ import annotations

import itertools
import re

from kfp_assistant.extract.figure_cues import cues_in
from kfp_assistant.extract.figure_numbers import years_in
from kfp_assistant.extract.figure_tables import figure_record, row_figure
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.schema import Block, KeyFigure, ParsedDocument, PlanMeta
from kfp_assistant.sv.numbers import DIGIT_SPACES, parse_number

_BAR_RE = re.compile(r"[\s█▇▆▅▄▃▂▁▉▊▋▌▍▎▏■▪▬━─=#|]+")
_YEAR_ONLY_RE = re.compile(r"\s*((?:19|20)\d\d)\s*")


def _year(cell: str) -> str | None:
    m = _YEAR_ONLY_RE.fullmatch(cell)
    return m.group(1) if m else None


def _year_columns(rows: list[list[str]]) -> list[int]:
    """Columns whose cells are years in at least two thirds of the rows (three rows at least; a header
    row is among the rows, so a table without one needs no more years than one with it)."""
    width = max(len(r) for r in rows)
    out = []
    for j in range(width):
        dated = sum(1 for r in rows if j < len(r) and _year(r[j]))
        if dated >= 3 and 3 * dated >= 2 * len(rows):
            out.append(j)
    return out


def _caption_measure(caption: str) -> str:
    """The caption as a label when it names exactly one measure; else ""."""
    metrics = {c.metric for c in cues_in(caption)}
    return caption if len(metrics) == 1 else ""


def series_figures(
    block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str, caption: str
) -> list[KeyFigure]:
    """Figures of a table of year series (module docstring)."""
    rows = block.rows or []
    if len(rows) < 3:
        return []
    starts = _year_columns(rows)
    if not starts:
        return []
    headed = not _year(rows[0][starts[0]]) if starts[0] < len(rows[0]) else True
    body = rows[1:] if headed else rows
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else max(len(r) for r in rows)
        label = " ".join(c for c in rows[0][start:end] if c.strip()) if headed else ""
        label = label if cues_in(label) else _caption_measure(caption)
        if not label:
            continue
        for row in body:
            year = _year(row[start]) if start < len(row) else None
            cells = [c for c in row[start + 1 : end] if not _BAR_RE.fullmatch(c or " ")]
            values = [c for c in cells if parse_number(c) is not None]
            if not year or len(values) != 1:
                continue
            found = row_figure(values[0], label)
            words = " ".join(row[start:end]).split()
            quote = locate_quote(" ".join(words), page_text, min_words=len(words), sep=r"[\s|]+")
            if found and quote and not years_in(values[0]):
                out.append(figure_record(doc, meta, found[0], found[1], year, None, block.page, quote))
    return out


_YEARS_LINE_RE = re.compile(r"\s*(?:(?:19|20)\d\d\s+){2,}(?:19|20)\d\d\s*")
_CHART_VALUE = rf"(?<![\d,])\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})*(?:,\d+)?(?:\s*%)?(?![\d,])"
_VALUES_LINE_RE = re.compile(rf"\s*(?:{_CHART_VALUE}\s*){{3,}}")


def chart_lines(blocks: list[Block], caption: str) -> tuple[list[tuple[str, str]], int, str, str] | None:
    """A column chart set as a line of years next to a line of values (module docstring) at the head
    of blocks: (year, value) pairs, how many blocks they take, their text as the page writes it, and
    the label naming their measure (the caption under them, else the one over them); else None."""
    if len(blocks) < 2 or any(b.kind == "table" for b in blocks[:2]):
        return None
    first, second = (" ".join(b.text.split()) for b in blocks[:2])
    years_first = bool(_YEARS_LINE_RE.fullmatch(first))
    years_text, values_text = (first, second) if years_first else (second, first)
    if not _YEARS_LINE_RE.fullmatch(years_text) or not _VALUES_LINE_RE.fullmatch(values_text):
        return None
    years = years_text.split()
    values = [m.group(0) for m in re.finditer(_CHART_VALUE, values_text)]
    steps = {int(b) - int(a) for a, b in itertools.pairwise(years)}
    if len(values) != len(years) or steps != {1}:
        return None
    under = " ".join(blocks[2].text.split()) if len(blocks) > 2 else ""
    label = next((c for c in (under, caption) if len({c.metric for c in cues_in(c)}) == 1), "")
    if not label:
        return None
    return list(zip(years, values, strict=True)), 2, f"{blocks[0].text} {blocks[1].text}", label
