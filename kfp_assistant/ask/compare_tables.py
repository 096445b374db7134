"""A compared plan's figure read from its own table when no key figure of it states the figure: a table
with years as rows and metrics as columns ("2024 | 11,4 % | 8,0 %" under "Personal-omsättning |
Sjukfrånvaro"), or its transpose, states the whole organisation's figure of each year.

In: the compared plans, the figures compare_figures chose for a metric (by doc_id) and the years the
question asks. Out: the same, with a figure for each plan that had none and has one table cell whose
one label names the metric alone and whose other label is a year: of the year asked, else of the year
the other sides are compared for, else its latest. A year two cells state (two tables) is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kfp_assistant.schema import KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.metrics import METRICS, metrics_in

_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# A word broken over two lines in a narrow header cell: "Personal-omsättning", "sjuk- frånvaro".
_BROKEN = re.compile(r"(?<=[a-zåäö])-\s*(?=[a-zåäö])")
# The units a cell of a metric may be read in (a header naming the metric often leaves its unit unsaid).
_UNITS = {"percent": ("percent", None), "count": ("count", None), "index": ("index", "count", None)}
_UNITS["years"] = ("years", None)


def _names_only(label: str, metric: str) -> bool:
    """Whether a table label names the metric and no other ("Personal-omsättning", "Sjukfrånvaro, %")."""
    return set(metrics_in(_BROKEN.sub("", label))) == {metric}


def _dated_cells(plan: PlanRecords, metric: str) -> dict[str, TableCell]:
    """The plan's cells of the metric by the year their other label is; a year stated twice is dropped."""
    found: dict[str, list[TableCell]] = {}
    allowed = _UNITS.get(str(METRICS[metric]["unit"]), ())
    for cell in plan.cells:
        if cell.number is None or cell.unit not in allowed:
            continue
        row = " / ".join(cell.row_headers)
        for name, other in ((cell.column_header, row), (row, cell.column_header)):
            year = _YEAR.match(other)
            if year and _names_only(name, metric):
                found.setdefault(year.group(1), []).append(cell)
    return {year: cells[0] for year, cells in found.items() if len(cells) == 1}


def _figure(plan: PlanRecords, metric: str, year: str, cell: TableCell) -> KeyFigure:
    return KeyFigure.model_validate(
        {
            "file": plan.file, "doc_id": plan.doc_id, "administration": plan.administration,
            "period": plan.period, "metric": metric, "value": cell.number or 0.0,
            "unit": METRICS[metric]["unit"], "as_of": year, "scope": None,
            "page": cell.page, "quote": cell.quote,
        }
    )  # fmt: skip


def with_table_sides(
    sides: Sequence[PlanRecords], chosen: dict[str, list[KeyFigure]], metric: str, years: Sequence[str]
) -> dict[str, list[KeyFigure]]:
    """`chosen` (each side's figures of the metric, by doc_id) with a table's figure for each side
    without one; `years`: the years the question asks."""
    if metric not in METRICS:
        return chosen
    compared = Counter(f.as_of for figures in chosen.values() for f in figures[:1] if f.as_of)
    wanted = list(years) or [year for year, _ in compared.most_common(1)]
    added: dict[str, list[KeyFigure]] = {}
    for plan in sides:
        if plan.doc_id in chosen or not (dated := _dated_cells(plan, metric)):
            continue
        year = next((y for y in wanted if y in dated), None) if wanted else max(dated)
        if year is None and not years:
            year = max(dated)  # the others' year is not in its table: its latest, labelled with its year
        if year is not None:
            added[plan.doc_id] = [_figure(plan, metric, year, dated[year])]
    return {**chosen, **added}
