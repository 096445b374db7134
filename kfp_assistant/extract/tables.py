"""Activity tables -> Activity records: header roles by meaning, section rows, continuation rows, bullets.

How a plan's activity table is read:

* Columns are mapped by what their header means (roles.py), not by position; a table is an
  activity table only when one column is activity-like. A header cell that names no role, or a
  role an earlier column has ("Status", then "Kommentar"), is kept as an extra field. A table
  without a header row takes the columns of the activity table it continues, or of the last
  activity table with as many columns.
* Tables continued over a page break are joined; the repeated header row is skipped.
* A row whose only non-empty cell names an UBARA area is a section row and sets the area below it;
  without an area column or section rows, the nearest preceding heading naming an area is used.
  A row whose only non-empty cell a goal label leads ("Mål 2: Stabil bemanning") sets the goal below it.
* A row with an empty goal cell continues the goal (and area) above.
* Tables under headings naming parts of the organisation keep them in each row (table_sections.py).
* Each bullet of an activity cell is one activity (activity_text.py).
* A table is a follow-up of the previous plan (``table='followup'``) when the heading or intro text
  before it says so ("uppföljning av tidigare aktiviteter", "status för förra årets aktiviteter"),
  when its activity column is headed by a year before the plan period ("Aktivitet 2024" in a plan
  for 2025-2027), or when its follow-up column reports in the past tense and its target dates lie
  before the plan period starts (both signals: past-tense comments alone also occur in plan tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from kfp_assistant.extract.activity_text import area_after, clean_cell, flat, split_activities
from kfp_assistant.extract.dates import DATE_WORD_RE, responsible_parties, target_end
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.roles import HeaderRoles, Role, label_columns, labelled
from kfp_assistant.extract.table_header_row import goal_row, is_section_row, map_header, two_row_header
from kfp_assistant.extract.table_sections import SECTION_FIELD, parts, section_of
from kfp_assistant.schema import Activity, Block, ParsedDocument, PlanMeta, UbaraArea
from kfp_assistant.sv.areas import areas_in, areas_in_question
from kfp_assistant.sv.periods import parse_period

_FOLLOWUP_CONTEXT_RE = re.compile(
    r"uppfölj\w*\s+av\s+(?:de\s+|våra\s+)?(?:tidigare|föregående|förra)"
    r"|(?:status|utfall|resultat|redovisning)\s+(?:för|av)\s+(?:de\s+|våra\s+)?(?:tidigare|föregående|förra)"
    r"|(?:följ\w*\s+upp|uppfölj\w*|utvärder\w*)[^.]{0,80}\b(?:tidigare|föregående|förra)\s+"
    r"(?:års?\s+|årets\s+)?(?:plan\w*|kompetensförsörjningsplan\w*|aktivitet\w*|period\w*)",
    re.IGNORECASE,
)
# Past tense in Swedish reporting: supine forms ("genomförts", "tagits fram", "har analyserat").
_PAST_RE = re.compile(r"\b(?:har|hade)\s+\w+|\w+(?:ats|its|tts|ts)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


# A report on a plan named by its year: "Uppföljning av aktiviteterna i 2025 års plan", "Status för
# planen 2024", "Resultat av kompetensförsörjningsplanen för 2023-2024"; earlier than the plan's own
# period, it is the previous plan.
_FOLLOWUP_YEAR_RE = re.compile(
    r"\b(?:uppfölj\w*|följ\w*\s+upp|status\w*|utfall\w*|resultat\w*|redovis\w*|utvärder\w*|(?:så|hur)\s+gick\s+det)"
    r"[^.]{0,60}?"
    r"(?:\b(?P<a>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+års\s+(?:\w*plan|aktivitet)"
    r"|\b(?:\w*plan\w*|aktiviteter\w*)\s+(?:för\s+|från\s+)?(?P<b>(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def followup_context(text: str, period: str | None = None) -> bool:
    """Whether a heading or intro says that what follows reports on the previous plan's activities:
    in words ("förra årets aktiviteter") or by a year before the plan's ``period`` ("2025 års plan")."""
    if _FOLLOWUP_CONTEXT_RE.search(text):
        return True
    start = parse_period(period or "")
    if not start:
        return False
    return any((m.group("a") or m.group("b")) < start[:4] for m in _FOLLOWUP_YEAR_RE.finditer(text))


@dataclass
class _Row:
    cells: list[str]
    page: int


@dataclass
class _Table:
    """One logical table (joined over page breaks) with what the text before it said."""

    header: list[str] | None
    roles: dict[Role, int]
    rows: list[_Row] = field(default_factory=list)
    context: str = ""
    heading_area: str | None = None
    page: int = 0
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, int] = field(default_factory=dict)  # header text -> column, for unknown headers
    section: str | None = None  # the subsection the table stands in ("5.3 Äldreomsorg" -> "Äldreomsorg")
    heading_goal: str | None = None  # the goal a heading or a line right above names ("Mål 2: Färre slutar")


_GOAL_LINE_WORDS = 15  # words of a heading or line naming the goal of the table below


# --------------------------------------------------------------------------- tables in a document


@dataclass
class _Walk:
    """Reading state while walking a document's blocks in order."""

    roles: HeaderRoles
    headings: list[tuple[int, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    open_table: _Table | None = None  # the table the previous block belonged to
    last_activity_table: _Table | None = None

    def see_heading(self, block: Block) -> None:
        level = block.level or 3
        self.headings = [(lv, t) for lv, t in self.headings if lv < level] + [(level, flat(block.text))]
        self.paragraphs, self.open_table = [], None

    def context(self) -> str:
        heading = self.headings[-1][1] if self.headings else ""
        return "\n".join([heading, *self.paragraphs[-3:]])

    def heading_area(self) -> str | None:
        # The innermost heading that names an area; short, so that prose headings do not count.
        for _, text in reversed(self.headings):
            if len(text.split()) <= 6 and areas_in(text):
                return text
        return None

    def heading_goal(self) -> str | None:
        """The goal that the innermost heading, or the line right before the table, names by a goal
        label ("Mål 2: Färre slutar" -> "Färre slutar"): one table per goal under goal headings."""
        texts = [*(t for _, t in self.headings), *self.paragraphs[-1:]]
        for text in reversed(texts):
            found = labelled(text) if len(text.split()) <= _GOAL_LINE_WORDS else None
            if found and found[0] == "goal":
                return found[1]
        return None

    def section(self) -> str | None:
        return section_of(self.headings[-1][1]) if self.headings else None


def _rows_of(block: Block) -> list[_Row]:
    return [
        _Row([clean_cell(c) for c in row], block.page)
        for row in block.rows or []
        if any(c.strip() for c in row)
    ]


def _same_row(a: list[str], b: list[str] | None) -> bool:
    return b is not None and [flat(x).casefold() for x in a] == [flat(x).casefold() for x in b]


def _looks_like_activities(rows: list[_Row], roles: dict[Role, int]) -> bool:
    """Headerless rows fit an activity layout: dates in the date column, text in the activity column."""
    data = [r for r in rows if not is_section_row(r.cells)]
    if not data or "date" not in roles:
        return False
    dated = sum(
        1 for r in data if roles["date"] < len(r.cells) and DATE_WORD_RE.search(r.cells[roles["date"]])
    )
    worded = sum(1 for r in data if roles["activity"] < len(r.cells) and len(r.cells[roles["activity"]]) > 12)
    return dated * 2 >= len(data) and worded * 2 >= len(data)


def _title_rows(rows: list[_Row]) -> int:
    """How many rows of one spanning cell stand above the header row: a title naming the goal or area
    of the table ("Mål 2. Trygg bemanning" over "Aktivitet | Ansvar | Klart"), one table per goal."""
    n = 0
    while n < min(2, len(rows) - 1) and len([c for c in rows[n].cells if c.strip()]) == 1:
        n += 1
    return n


def _start_table(block: Block, rows: list[_Row], walk: _Walk) -> _Table | None:
    if label_columns([r.cells for r in rows]):
        return None  # labels down a column: cards of labelled rows (cards.py), not a header row across
    for k in range(_title_rows(rows) + 1):
        cells, header, skip = rows[k].cells, map_header(rows[k].cells, walk.roles), 1
        if not header and k + 1 < len(rows) and (merged := two_row_header(rows[k].cells, rows[k + 1].cells)):
            cells, header, skip = merged, map_header(merged, walk.roles), 2
        if header:
            found, extra = header
            context, area = walk.context(), walk.heading_area()
            # a title naming a goal or an area sets it for the rows below; other titles are captions
            titles = [r for r in rows[:k] if goal_row(r.cells) or is_section_row(r.cells)]
            return _Table(
                cells,
                found,
                titles + rows[k + skip :],
                context,
                area,
                block.page,
                extra=extra,
                section=walk.section(),
                heading_goal=walk.heading_goal(),
            )
    model = walk.last_activity_table
    if model is None or model.header is None or all(abs(len(r.cells) - len(model.header)) > 1 for r in rows):
        return None
    if not _looks_like_activities(rows, model.roles):
        return None
    warning = (
        f"page {block.page}: activity table without a header row; "
        f"columns taken from the table on page {model.page}"
    )
    context, area = walk.context(), walk.heading_area()
    table = _Table(model.header, model.roles, rows, context, area, block.page, [warning], dict(model.extra))
    table.section, table.heading_goal = walk.section(), walk.heading_goal()
    return table


def _add_table_block(block: Block, walk: _Walk, tables: list[_Table]) -> None:
    rows = _rows_of(block)
    if not rows:
        return
    current = walk.open_table
    if current is not None and (block.continues_previous or _same_row(rows[0].cells, current.header)):
        # Continued over a page break: Word repeats the header row, which is not data.
        current.rows += rows[1:] if _same_row(rows[0].cells, current.header) else rows
        return
    table = _start_table(block, rows, walk)
    walk.open_table = table
    if table is not None:
        tables.append(table)
        walk.last_activity_table = table


def _collect_tables(doc: ParsedDocument, roles: HeaderRoles) -> list[_Table]:
    walk, tables = _Walk(roles), list[_Table]()
    for page in doc.pages:
        for block in page.blocks:
            if block.kind == "heading":
                walk.see_heading(block)
            elif block.kind == "table":
                _add_table_block(block, walk, tables)
            else:
                walk.paragraphs.append(flat(block.text))
                walk.open_table = None
    return tables


# --------------------------------------------------------------------------- rows -> activities


def _fit_row(row: _Row, width: int, warnings: list[str]) -> list[str]:
    """Pad or trim a ragged row to the header's width, and say so."""
    cells = row.cells
    if len(cells) != width:
        warnings.append(
            f"page {row.page}: table row with {len(cells)} cells, header has {width}; read as far as possible"
        )
        cells = cells[:width] if len(cells) > width else cells + [""] * (width - len(cells))
    return cells


def _is_followup(table: _Table, meta: PlanMeta) -> bool:
    start = parse_period(meta.period or "")
    if followup_context(table.context, meta.period):
        return True
    header_years = _YEAR_RE.findall(table.header[table.roles["activity"]]) if table.header else []
    if start and header_years and min(header_years) < start[:4]:
        return True  # "Aktivitet 2024" or "Aktivitet i planen 2024–2026" in a plan that starts in 2026
    col = table.roles.get("followup")
    if col is None or "date" not in table.roles or not start:
        return False
    comments = [r.cells[col] for r in table.rows if col < len(r.cells) and r.cells[col].strip()]
    ends = [
        target_end(r.cells[table.roles["date"]]) for r in table.rows if table.roles["date"] < len(r.cells)
    ]
    dated = [e for e in ends if e]
    past = sum(1 for c in comments if _PAST_RE.search(c))
    before = sum(1 for e in dated if e < f"{start[:4]}-01-01")
    return bool(comments and dated) and past * 10 >= len(comments) * 6 and before * 10 >= len(dated) * 8


def _table_activities(table: _Table, doc: ParsedDocument, meta: PlanMeta) -> list[Activity]:
    kind = "followup" if _is_followup(table, meta) else "plan"
    pages = {p.number: p.text for p in doc.pages}
    width = len(table.header or [])
    area: str | None = None
    goal: str | None = table.heading_goal
    out: list[Activity] = []
    for row in table.rows:
        cells = _fit_row(row, width, table.warnings)
        section = is_section_row(cells)
        if section:
            area, goal = section, None
            continue
        if row_goal := goal_row(cells):
            goal = row_goal
            continue
        values = {role: flat(cells[i]) for role, i in table.roles.items()}
        extra = {name: flat(cells[i]) for name, i in table.extra.items() if cells[i].strip()}
        area = values.get("area") or area
        goal = values.get("goal") or goal
        for item in split_activities(cells[table.roles["activity"]]):
            text, named_area = area_after(item)
            record = activity_record(
                doc,
                meta,
                text=text,
                fields=values,
                kind=kind,
                area=named_area or area or table.heading_area,
                goal=goal,
                page=row.page,
                quote=locate_quote(text, pages.get(row.page, "")) or text,
            )
            record.extra = {**extra, SECTION_FIELD: table.section} if table.section else extra
            out.append(record)
    return out


def _areas_of(area: str) -> list[str]:
    """The UBARA areas of an area cell or heading, also named in other words ("När medarbetare slutar")."""
    return areas_in(area) or (areas_in_question(area) if len(area.split()) <= 6 else [])


def activity_record(
    doc: ParsedDocument,
    meta: PlanMeta,
    *,
    text: str,
    fields: dict[Role, str],
    kind: str,
    area: str | None,
    goal: str | None,
    page: int,
    quote: str,
) -> Activity:
    """An Activity from its text and the values of its role fields (date, responsible, follow-up, KPI)."""
    responsible = fields.get("responsible") or None
    target = fields.get("date") or None
    return Activity(
        file=doc.file,
        doc_id=doc.doc_id,
        administration=meta.administration,
        period=meta.period,
        table="followup" if kind == "followup" else "plan",
        area=area,
        areas=cast(list[UbaraArea], _areas_of(area or "")),
        goal=goal,
        activity=text,
        target_date=target,
        target_end=target_end(target),
        responsible=responsible,
        responsible_list=responsible_parties(responsible),
        followup=fields.get("followup") or fields.get("kpi") or None,
        page=page,
        quote=quote,
    )


def table_activities(
    doc: ParsedDocument, meta: PlanMeta, roles: HeaderRoles
) -> tuple[list[Activity], list[str]]:
    """Activities from a plan's activity tables, in document order, plus warnings naming pages."""
    activities: list[Activity] = []
    warnings: list[str] = []
    tables = _collect_tables(doc, roles)
    if not parts([t.section for t in tables]):
        for table in tables:  # one heading over the tables is a title, no part
            table.section = None
    for table in tables:
        activities += _table_activities(table, doc, meta)
        warnings += [f"{doc.file}: {w}" for w in dict.fromkeys(table.warnings)]
    return activities, warnings


_NEED_HEADER_RE = re.compile(r"behov|kompetensgap|utmaning|brist", re.IGNORECASE)


def need_cells(doc: ParsedDocument, roles: HeaderRoles | None = None) -> list[tuple[str, int]]:
    """(cell text, page) of an activity table's goal column when its header names needs ("Behov").

    Such a column lists the plan's identified needs; gaps.py uses it when the plan has no gap list.
    """
    out: list[tuple[str, int]] = []
    for table in _collect_tables(doc, roles or HeaderRoles()):
        col = table.roles.get("goal")
        if col is None or not table.header or not _NEED_HEADER_RE.search(table.header[col]):
            continue
        for row in table.rows:
            text = row.cells[col].strip() if col < len(row.cells) else ""
            if text and not is_section_row(row.cells) and (not out or out[-1][0] != text):
                out.append((text, row.page))
    return out
