"""Every table of a plan -> TableCell records: each data cell with its row labels and column header.

Questions such as "hur många undersköterskor är 60-64 år?" are answered by one cell, so tables are
stored as data rather than as text. How a table is read:

* A table continued over a page break (the loader marks it, or its first row repeats the header)
  is one table; the repeated header row is not data.
* The first row is a header row; so is each following row with an empty first cell and only
  labels or years in it (a two-row header: "2023 | 2024" over "Kvinnor | Män | Kvinnor | Män").
  A header whose cells wrap over two lines in a PDF (" | Antal tillsvidare- | Andel 60 år eller"
  over "Yrkesgrupp | anställda | äldre") is one header row, its halves joined (table_headers.py).
  An empty cell of an upper header row belongs to the spanning cell on its left.
* The label columns are the leading columns whose cells are mostly not numbers (at least the
  first column, never all); their cells are the row's headers. An empty label cell repeats the
  label above it (a merged cell), and a row whose only text is one cell is a section row whose
  text heads the rows below it.
* Every other non-empty cell is a TableCell; its quote is the row as the page text shows it. Its
  caption is the caption line above the table, else the heading with the sentence opening the
  paragraph right above the table when it reads as a caption ("Antal personer per yrkesgrupp.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from kfp_assistant.extract.table_headers import with_joined_header
from kfp_assistant.schema import Block, CellUnit, ParsedDocument, PlanMeta, TableCell
from kfp_assistant.sv.numbers import parse_number, unit_in

_YEAR_RE = re.compile(r"\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*")
_CAPTION_RE = re.compile(r"^(?:tabell|table|figur|diagram)\s*\d*", re.IGNORECASE)
# The sentence that opens a paragraph set right above a table may say what its numbers are, in the
# words of a caption ("Beräknat antal tillsvidareanställda som fyller 66 år per år.", "Tillsvidareanställda
# per åldersgrupp 2025."): it goes with the heading as the table's caption, so a question in its words
# finds the table. A sentence of prose ("Sjukfrånvaron minskade till 5,1 procent.") says no such thing.
_FIRST_SENTENCE_RE = re.compile(r"^(.+?[.!?])(?=\s+[A-ZÅÄÖ]|\s*$)")
_LEAD_RE = re.compile(
    r"^(?:beräkna\w*\s+)?(?:antal(?:et)?|andel(?:en)?|fördelning(?:en)?|status)\b|^\w+\s+per\b",
    re.IGNORECASE,
)
_LEAD_CHARS = 120


@dataclass
class _LogicalTable:
    """Table blocks that make one table, with the caption or heading above it."""

    blocks: list[Block] = field(default_factory=list)
    caption: str | None = None

    @property
    def header(self) -> list[str]:
        """The first row of the table (what a continued table repeats)."""
        rows = self.blocks[0].rows or [[]]
        return rows[0]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _row_line(row: list[str]) -> str:
    """The row as the page text shows it: cells joined by ' | ', a cell's newlines as spaces."""
    return " | ".join(c.replace("\n", " ") for c in row)


def _same(a: list[str], b: list[str]) -> bool:
    return [_flat(x).casefold() for x in a] == [_flat(x).casefold() for x in b]


def _tables(doc: ParsedDocument) -> list[_LogicalTable]:
    """The plan's tables in order, continuations joined, each with its caption or heading."""
    tables: list[_LogicalTable] = []
    heading: str | None = None
    caption: str | None = None
    lead: str | None = None  # the first sentence of the paragraph right before a table: what it counts
    last_page = 0
    for page in doc.pages:
        for block in page.blocks:
            lead = lead if block.kind == "table" else None
            if block.kind == "heading":
                heading, caption = _flat(block.text), None
            elif block.kind == "table" and block.rows:
                block = with_joined_header(block)
                rows = block.rows or []
                previous = tables[-1] if tables else None
                continued = previous is not None and (
                    block.continues_previous
                    or (bool(rows) and _same(rows[0], previous.header) and block.page - last_page <= 1)
                )
                if continued and previous is not None:
                    previous.blocks.append(block)
                else:
                    described = " – ".join(t for t in (heading, lead) if t) or None
                    tables.append(_LogicalTable([block], caption or described))
                last_page, caption, lead = block.page, None, None
            elif block.kind == "paragraph":
                text = _flat(block.text)
                caption = (
                    text if _CAPTION_RE.match(text) or (len(text) < 100 and text.endswith(":")) else None
                )
                first = _FIRST_SENTENCE_RE.match(text)
                lead = first.group(1) if first and len(first.group(1)) <= _LEAD_CHARS else None
                lead = lead if lead and _LEAD_RE.match(lead) else None
    return tables


def _is_number(cell: str) -> bool:
    return parse_number(cell) is not None and not _YEAR_RE.fullmatch(cell)


def _header_rows(rows: list[list[str]]) -> int:
    """How many leading rows are headers (at least one)."""
    count = 1
    while count < len(rows) - 1:
        row = rows[count]
        filled = [c for c in row if c.strip()]
        if row[0].strip() or len(filled) < 2 or any(_is_number(c) for c in filled):
            break
        count += 1
    return count


def _is_title_row(rows: list[list[str]]) -> bool:
    """Whether the first row is the table's title set inside it ("Medarbetare per yrkesgrupp" over the
    header "Yrkesgrupp | Tillsvidare | Visstid", numbers below): its first cell and at most one other
    filled, the row below all labels, numbers under that."""
    if len(rows) < 3 or len(rows[0]) < 4 or not rows[0][0].strip():
        return False
    filled = [c for c in rows[0] if c.strip()]
    labels = all(c.strip() and not _is_number(c) for c in rows[1])
    return len(filled) <= 2 and labels and any(_is_number(c) for c in rows[2])


def _column_headers(header_rows: list[list[str]], width: int) -> list[str]:
    """Header text per column. An empty header cell belongs to the spanning cell on its left
    ("2024" over a count and a share), except in the lowest row of a two-row header, whose cells
    each name their own column, and never to the label column."""
    spans: list[list[str]] = []
    for depth, row in enumerate(header_rows):
        cells = [_flat(c) for c in row] + [""] * (width - len(row))
        if len(header_rows) == 1 or depth < len(header_rows) - 1:
            for j in range(2, width):
                cells[j] = cells[j] or cells[j - 1]
        spans.append(cells)
    return [" / ".join(dict.fromkeys(s[j] for s in spans if s[j])) for j in range(width)]


def _label_columns(data: list[list[str]], width: int) -> int:
    """Leading columns whose non-empty cells are mostly not numbers: at least 1, at most width - 1."""
    k = 0
    while k < width - 1:
        values = [r[k] for r in data if k < len(r) and r[k].strip()]
        if values and sum(_is_number(v) for v in values) * 2 >= len(values):
            break
        k += 1
    return max(1, k) if k < width - 1 else 1


def _unit(value: str, labels: list[str], column: str) -> CellUnit | None:
    for text in (value, *reversed(labels), column):
        unit = unit_in(text)
        if unit:
            return cast(CellUnit, unit)
    return None


def _table_cells(table: _LogicalTable, index: int, doc: ParsedDocument, meta: PlanMeta) -> list[TableCell]:
    first = [r for r in table.blocks[0].rows or [] if any(c.strip() for c in r)]
    titled = _is_title_row(first)
    caption = _flat(first[0][0]) if titled else table.caption
    n_header = _header_rows(first[1:]) + 1 if titled else _header_rows(first)
    header = first[1 if titled else 0 : n_header]
    rows: list[tuple[list[str], int]] = []
    for block in table.blocks:
        block_rows = [r for r in block.rows or [] if any(c.strip() for c in r)]
        while block_rows and any(_same(block_rows[0], h) for h in first[:n_header]):
            block_rows = block_rows[1:]  # the header rows, and those Word repeats after a page break
        rows += [(r, block.page) for r in block_rows]
    if not rows:
        return []
    width = max(len(r) for r in [*header, *(r for r, _ in rows)])
    columns = _column_headers(header, width)
    data = rows
    k = _label_columns([r for r, _ in data], width)
    # An empty label repeats the one above (a merged cell) in a grouping column or a table of text;
    # the one label column of a table of numbers is empty on its total row.
    numeric = any(_is_number(c) for r, _ in data for c in r[k:])
    inherit = [j < k - 1 or not numeric for j in range(k)]
    out: list[TableCell] = []
    section: str | None = None
    labels = [""] * k
    row_number = 0
    for row, page in data:
        filled = [c for c in row if c.strip()]
        if len(filled) == 1 and width > 1 and row[0].strip():
            section, labels = _flat(row[0]), [""] * k
            continue
        labels = [
            _flat(row[j]) if j < len(row) and row[j].strip() else labels[j] if inherit[j] else ""
            for j in range(k)
        ]
        headers = [h for h in (section, *labels) if h]
        for j in range(k, len(row)):
            value = _flat(row[j])
            if not value:
                continue
            out.append(
                TableCell(
                    file=doc.file,
                    doc_id=doc.doc_id,
                    administration=meta.administration,
                    period=meta.period,
                    page=page,
                    table=index,
                    caption=caption,
                    row=row_number,
                    row_headers=headers,
                    column_header=columns[j],
                    value=value,
                    number=parse_number(value),
                    unit=_unit(value, headers, columns[j]),
                    quote=_row_line(row),
                )
            )
        row_number += 1
    return out


def extract_cells(doc: ParsedDocument, meta: PlanMeta) -> list[TableCell]:
    """Every data cell of every table in the plan, in document order."""
    cells: list[TableCell] = []
    for index, table in enumerate(_tables(doc)):
        cells += _table_cells(table, index, doc, meta)
    return cells
