"""One group's figure compared across plans when it is no key figure: a table row on each side
("Har barnskötarnas andel ändrats sedan förra planen?", "Hur många socialsekreterare har A respektive
B?"), else the side's sentence stating it (compare_sides.group_sides).

In: the Route of a comparison that asks for a share or a count and names a group, and the compared
plans' table cells (PlanRecords.cells). Out: a RecordAnswer with, for each compared plan that has one
table row the question names, the row's cells of the asked measure, cited; `group` holds the stems
naming the group, so that the plans without such a row are answered from their text or said to state
nothing. None when no compared plan has such a row.
"""

from __future__ import annotations

from kfp_assistant.ask.cell_labels import Asked, asked_of, names_label, read_label
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import Showing, also_line, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import version_key
from kfp_assistant.schema import Citation, PlanRecords, TableCell

_MAX_CELLS = 3  # a row's cells of one measure: a share, a count and a total at most


def _asked(route: Route) -> Asked:
    """What the question (with, for a follow-up, the question it follows) asks of a table."""
    question = f"{route.context} {route.question}".strip() if route.context else route.question
    return asked_of(route.model_copy(update={"question": question, "followup": False}))


def _side_row(plan: PlanRecords, asked: Asked) -> list[TableCell] | None:
    """The cells of the asked measure in the one row the question names, or None (none or several)."""
    rows: dict[tuple[int, int], list[TableCell]] = {}
    for cell in plan.cells:
        if cell.number is not None:
            rows.setdefault((cell.table, cell.row), []).append(cell)
    named = [
        cells for cells in rows.values() if names_label(read_label(" / ".join(cells[0].row_headers)), asked)
    ]
    if len({tuple(cells[0].row_headers) for cells in named}) != 1:
        return None
    unit = "percent" if asked.measure == "share" else "count"
    cells = [c for cells in named for c in cells if c.unit == unit]
    return cells if 0 < len(cells) <= _MAX_CELLS else None


def _line(plan: PlanRecords, cells: list[TableCell], citations: list[Citation]) -> str:
    first = cells[0]
    n = cite_record(citations, plan, first.page, first.quote, first.caption or "")
    values = "; ".join(f"{c.column_header}: {c.value}" if c.column_header else c.value for c in cells)
    caption = f"{first.caption} – " if first.caption else ""
    return f"**{plan_title(plan)}:**\n- {caption}{' / '.join(first.row_headers)}: {values} [{n}]"


def answer_group_comparison(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    """Each compared plan's table row on the group the question names, of the share or count asked;
    None unless a comparison of two or more plans asking a share or a count of no key figure. With
    `showing` (many administrations), the best are shown and the others named (records_cap)."""
    if route.intent != "compare" or route.metrics or route.target not in (None, "figures"):
        return None
    sides = sorted((p for p in plans if p.doc_id in set(route.plans)), key=version_key)
    asked = _asked(route)
    if len(sides) < 2 or asked.measure is None or not asked.words:
        return None
    citations: list[Citation] = []
    sections: list[str] = []
    group: set[str] = set()
    also: list[str] = []
    top = max(showing.top, 1) if showing is not None else len(sides)
    for plan in showing.order(sides) if showing is not None else sides:
        cells = _side_row(plan, asked)
        if cells is not None and len(sections) < top:
            sections.append(_line(plan, cells, citations))
            group |= set(read_label(" ".join(cells[0].row_headers)).words)
        elif cells is not None:
            also.append(plan_title(plan))
    if not sections:
        return None
    sections += [also_line(also)] if also else []
    return RecordAnswer("\n\n".join(sections), citations, group=sorted(group), share=asked.measure == "share")
