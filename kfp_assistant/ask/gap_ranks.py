"""Where a plan's gap is largest, from a table rating or scoring each row's gap: "inom vilka
kompetensområden är gapet störst?", "var är bristen störst?", "which areas have the biggest gaps?".

Plans rate gaps in a table, one row per competence or group: a column rating the gap ("Gap | Stort",
"Bedömt gap | Måttligt", "Glapp | ●●○" or a number), or two columns of levels, the one now and the one
needed ("Nuläge (1–4) | Behov 2026 (1–4)"), whose difference is the gap. The words of these come from
sv.assessments.

In: a Route and the records of the plans in its scope (TableCell rows). Out: a RecordAnswer naming the
rows whose gap is largest (every row tied with it) and then every row in order, each citing its row;
None when the question asks no such thing or no plan has such a table. A sentence of prose saying
where gaps are largest in general ("De största gapen finns där ...") names no row; the table does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kfp_assistant.ask.cell_plans import plan_versions, plans_in_scope
from kfp_assistant.ask.cells import shown_value
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Citation, PlanRecords, TableCell
from kfp_assistant.sv.assessments import (
    CURRENT_LEVEL_HEADER,
    GAP_SIZE_HEADER,
    NEED_HEADER,
    RATING_HEADER,
    REQUIRED_LEVEL_HEADER,
    gap_size,
    gap_size_asked,
)
from kfp_assistant.sv.english import in_swedish_terms

_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")
MIN_ROWS = 2  # one rated row is no ranking
MAX_ROWS = 20  # of one table shown in order
_MOSTLY = 0.6  # share of a column's cells that must read as gap sizes


@dataclass
class _Row:
    label: str
    size: float  # the rating's degree or the gap's number
    difference: float  # needed level minus the level now, 0 without level columns
    shown: str  # what the answer states of the row ("Stort", "nuläge 1, behov 3")
    cell: TableCell
    layout: tuple[str, ...] = ()  # its table's column headers


def _columns(cells: list[TableCell]) -> dict[str, list[TableCell]]:
    out: dict[str, list[TableCell]] = {}
    for cell in cells:
        out.setdefault(cell.column_header, []).append(cell)
    return out


def _size_column(columns: dict[str, list[TableCell]], question: str) -> str | None:
    """The column rating each row's gap: headed as a gap with its cells mostly sizes, else headed as a
    rating ("Läge 2026", "Bedömning") with its cells mostly words of size ("Stort", "Medel"): a column
    of numbers is a gap only when headed so ("Svårighet (1–5)" rates recruiting). Of several, the one
    of the year asked, else the first ("Läge 2026" before "Läge 2028")."""

    def mostly(cells: list[TableCell], numbers: bool) -> bool:
        sized = [c for c in cells if gap_size(c.value) is not None or (numbers and c.number is not None)]
        return len(sized) >= _MOSTLY * len(cells)

    found = [h for h, cells in columns.items() if GAP_SIZE_HEADER.search(h) and mostly(cells, True)]
    found = found or [h for h, cells in columns.items() if RATING_HEADER.search(h) and mostly(cells, False)]
    years = set(re.findall(r"\b20\d\d\b", question))
    return next((h for h in found if years & set(re.findall(r"\b20\d\d\b", h))), found[0] if found else None)


def _level_columns(columns: dict[str, list[TableCell]]) -> tuple[str, str] | None:
    """The columns of the level now and the level needed, both numbers; None unless one of each."""
    numeric = [h for h, cells in columns.items() if all(c.number is not None for c in cells)]
    now = [h for h in numeric if CURRENT_LEVEL_HEADER.search(h)]
    needed = [h for h in numeric if REQUIRED_LEVEL_HEADER.search(h) and h not in now]
    return (now[0], needed[0]) if len(now) == 1 and len(needed) == 1 else None


def _label(row: dict[str, TableCell], rated: str | None) -> str:
    """What a row is about: its label, or where the label only numbers the rows ("1 | Tillsynsjuridik
    | Stort"), the cell naming the need ("Kompetensgap", "Kompetensområde"), else its first cell of
    words."""
    first = next(iter(row.values()))
    label = " / ".join(h for h in first.row_headers if h.strip())
    if label and not _NUMBER.match(label):
        return label
    cells = [c for h, c in row.items() if h != rated and c.number is None]
    named = [c for c in cells if NEED_HEADER.search(c.column_header)] or cells
    return " ".join(named[0].value.split()) if named else ""


def _rows(cells: list[TableCell], question: str) -> list[_Row]:
    """The table's rows with the size of their gap; [] when the table rates no gap."""
    columns = _columns(cells)
    rated, levels = _size_column(columns, question), _level_columns(columns)
    if rated is None and levels is None:
        return []
    by_row: dict[int, dict[str, TableCell]] = {}
    for cell in cells:
        by_row.setdefault(cell.row, {})[cell.column_header] = cell
    out = []
    for row in by_row.values():
        first = next(iter(row.values()))
        label = _label(row, rated)
        if not label:
            continue
        difference, shown = 0.0, ""
        if levels is not None and all(h in row for h in levels):
            now, needed = (row[h] for h in levels)
            difference = (needed.number or 0.0) - (now.number or 0.0)
            shown = f"{levels[0]} {shown_value(now.value)}, {levels[1]} {shown_value(needed.value)}"
        size: float | None = difference
        if rated is not None:
            rating = row.get(rated)
            size = (
                None
                if rating is None
                else (gap_size(rating.value) if rating.number is None else rating.number)
            )
            if rating is None or size is None:
                continue
            shown = f"{rated}: {shown_value(rating.value)}" + (f" ({shown})" if shown else "")
        assert size is not None
        out.append(_Row(label, size, difference, shown, first, tuple(sorted(columns))))
    return out if len(out) <= MAX_ROWS else []


def _plan_rows(plan: PlanRecords, smallest: bool, question: str) -> list[_Row]:
    """The rows of the plan's tables rating gaps, largest gap first (smallest, if asked): one table,
    or one per part of the organisation with one layout ("Förskola", "Äldreomsorg"), each row then
    named with its table's caption; [] when none, or tables of different layouts, rate gaps."""
    tables: dict[int, list[TableCell]] = {}
    for cell in plan.cells:
        tables.setdefault(cell.table, []).append(cell)
    found = [rows for cells in tables.values() if (rows := _rows(cells, question))]
    if len({r.layout for rows in found for r in rows}) > 1:
        return []
    rows = [r for table in found for r in table]
    if len({r.cell.caption for r in rows}) > 1:  # a part's heading over each table, or a row of one
        rows = [replace(r, label=f"{r.cell.caption}: {r.label}") if r.cell.caption else r for r in rows]
    if not MIN_ROWS <= len(rows) <= MAX_ROWS:
        return []
    return sorted(rows, key=lambda r: (r.size, r.difference), reverse=not smallest)


def _render(plan: PlanRecords, rows: list[_Row], smallest: bool, citations: list[Citation]) -> str:
    """The rows whose gap is largest first, then every row in order, each citing its row."""
    lines = []
    for row in rows:
        n = cite_record(citations, plan, row.cell.page, row.cell.quote, row.cell.caption or "")
        lines.append(f"- {row.label}: {row.shown} [{n}]")
    top = [r.label for r in rows if r.size == rows[0].size]  # a rating's ties are all the largest
    word = "Minst" if smallest else "Störst"
    named = ", ".join(top[:-1]) + " och " + top[-1] if len(top) > 1 else top[0]
    return f"**{plan_title(plan)}:**\n{word} gap: **{named}**\n\nI ordning:\n" + "\n".join(lines)


def answer_from_gap_sizes(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """Where the gap is largest (or smallest), for each plan in scope with a table rating gaps; None
    for any other question or when no plan has such a table."""
    question = in_swedish_terms(route.question) if route.english else route.question
    smallest = gap_size_asked(question)
    if smallest is None or (route.unknown_administrations and not route.administrations):
        return None
    wanted = plans_in_scope(route)
    citations: list[Citation] = []
    sections = []
    for versions in plan_versions(route, [p for p in plans if not wanted or p.doc_id in wanted]):
        for plan in versions:
            rows = _plan_rows(plan, smallest, question)
            if rows:
                sections.append(_render(plan, rows, smallest, citations))
                break
    return RecordAnswer("\n\n".join(sections), citations) if sections else None
