"""Activities on a time board: a table whose columns are periods and whose cells list activities.

    | Q1 2026                         | Q2 2026                       |
    | Rekrytera Annonsera ...         | Utveckla Kurs i ...           |
    | Ansvar: HR-enheten              | Ansvar: Driftchefer           |
    | Behålla Lönekartläggning ...    |                               |
    | Ansvar: HR och ekonomi          |                               |
    | Löpande under året              |                               |
    | Introducera Fadder för ...      | ...                           |

Each item of a cell is an activity: its area the UBARA word it starts with ("Rekrytera Annonsera ..."
-> area Rekrytera, activity "Annonsera ..."), its labelled lines its fields ("Ansvar: X"), its date the
column's period. A row with one filled cell that names a period ("Löpande under året") sets the period
of the rows below it, in every column. A line that is no label continues the item (a wrapped line) or,
after a label line, starts the next item.
"""

from __future__ import annotations

from typing import cast

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.dates import DATE_WORD_RE
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import Role, labelled
from kfp_assistant.extract.tables import activity_record
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in

_Item = tuple[str, dict[Role, str]]


def _is_period(cell: str) -> bool:
    text = flat(cell)
    return bool(text) and len(text.split()) <= 4 and bool(DATE_WORD_RE.search(text))


def _items(cell: str) -> list[_Item]:
    """The items of one cell: text lines, each item closed by its label lines ("Ansvar: X")."""
    items: list[_Item] = []
    text, fields = "", cast(dict[Role, str], {})
    for line in (flat(x) for x in cell.splitlines()):
        if not line:
            continue
        found = labelled(line)
        if found and text:
            fields.setdefault(found[0], found[1])
            continue
        if fields:  # a text line after the label lines: the next item
            items.append((text, fields))
            text, fields = "", cast(dict[Role, str], {})
        text = f"{text} {line}".strip()
    if text:
        items.append((text, fields))
    return items


def _area_lead(text: str) -> tuple[str | None, str]:
    """ "Rekrytera Annonsera ..." -> ("Rekrytera", "Annonsera ..."): an area word leading the item."""
    first, _, rest = text.partition(" ")
    if rest[:1].isupper() and areas_in(first) and len(first) > 3:
        return first, rest
    return None, text


def board_activities(doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    """Activities of the plan's time boards, by the module docstring."""
    out: list[Activity] = []
    pages = {p.number: p.text for p in doc.pages}
    for block in (b for p in doc.pages for b in p.blocks if b.kind == "table"):
        out += _board(block, doc, meta, pages.get(block.page, ""))
    return out


def _board(block: Block, doc: ParsedDocument, meta: PlanMeta, page_text: str) -> list[Activity]:
    rows = block.rows or []
    header = [flat(c) for c in rows[0]] if rows else []
    filled = [c for c in header if c]
    if len(filled) < 2 or not all(_is_period(c) for c in filled):
        return []
    periods: list[str | None] = [c or None for c in header]
    found: list[tuple[str | None, str, dict[Role, str], str | None]] = []
    for row in rows[1:]:
        cells = [c for c in row if c.strip()]
        if len(cells) == 1 and _is_period(cells[0]) and not labelled(flat(cells[0])):
            periods = [flat(cells[0])] * len(header)  # "Löpande under året": every column below
            continue
        for col, cell in enumerate(row):
            for text, fields in _items(cell):
                area, activity = _area_lead(text)
                found.append((area, activity, fields, periods[col] if col < len(periods) else None))
    if sum(1 for area, _, fields, _ in found if area or fields) < 2:
        return []
    out = []
    for area, activity, fields, period in found:
        values: dict[Role, str] = {**fields, **({"date": period} if period and "date" not in fields else {})}
        out.append(
            activity_record(
                doc,
                meta,
                text=activity,
                fields=values,
                kind="plan",
                area=area,
                goal=values.get("goal"),
                page=block.page,
                quote=locate_quote(activity, page_text) or activity,
            )
        )
    return out
