"""PDF page layout: text lines with position and font (pypdf), ruled tables (pdfplumber), blocks.

Why two libraries: pypdf is the project's text extractor (fast, pure Python, and what the spec
requires for page text). It reports each text run with its matrix and font, which is enough to
rebuild lines, spot headings by size/weight and find running headers by position. It knows
nothing about tables, though: a ruled table comes out as loose lines, cells of one row
interleaved. pdfplumber (on pdfminer.six) reads the drawn ruling lines and rectangles and
intersects them into cell boxes, so the cells of a Word table come back as cells, including
empty ones and cells spanning several columns. It is several times slower than pypdf, so it only
runs on pages whose content stream draws lines or rectangles at all.

Tables drawn without any lines are read from word positions (pdf_grid), and two-column pages
are put in reading order when their lines are built (pdf_runs).

Coordinates: pypdf gives PDF user space (origin bottom-left, y up); pdfplumber gives "top"
(origin top-left, y down). Everything here is converted to top-down y ("top").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from kfp_assistant.ingest.lines import BULLET_LINE_RE, KEEP_HYPHEN_NEXT, NUMBERED_RE, join_lines, starts_item
from kfp_assistant.ingest.pdf_captions import caption_tables
from kfp_assistant.ingest.pdf_field_cards import card_outlines, field_cards
from kfp_assistant.ingest.pdf_grid import find_grids
from kfp_assistant.ingest.pdf_ruled_cells import finer_rows, has_inner_columns
from kfp_assistant.ingest.pdf_runs import FontWidths, Line, page_lines_from_runs, page_runs
from kfp_assistant.schema import Block, BlockKind, Page

PAGE_NUMBER_RE = re.compile(
    r"^(sida\s+)?\d{1,4}(\s*\(\s*\d{1,4}\s*\)|\s*(av|/|of)\s*\d{1,4})?$", re.IGNORECASE
)
TOC_LEADER_RE = re.compile(r"\.{4,}|(\. ){4,}")
__all__ = ["KEEP_HYPHEN_NEXT", "NUMBERED_RE", "FontWidths", "Line", "join_lines", "starts_item"]


@dataclass
class TableArea:
    """A ruled table found on a page."""

    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str]] = field(default_factory=list)
    margin_first: bool = False  # a card of fields: short lines in the margin beside it are read first


def is_page_furniture(text: str) -> bool:
    """'Sida 6 (18)', '6 (18)', '6', '6 av 18', '6/18'."""
    return bool(PAGE_NUMBER_RE.match(text.strip()))


def page_lines(page: Any, widths: FontWidths | None = None) -> list[Line]:
    """pypdf text runs -> visual lines in reading order, each with its segments (see pdf_runs).

    ``widths``: one FontWidths per document, so that each font is parsed once."""
    box = page.mediabox
    return page_lines_from_runs(page_runs(page, widths), float(box.width), float(box.height))


def furniture_bands(pages: list[list[Line]], heights: list[float]) -> tuple[float, float]:
    """Learn where running headers and footers sit: (header bottom, footer top) as ratios of height.

    A line is furniture when it is a page number, or when the same text (digits ignored) sits at
    the same height near the top or bottom of at least two pages. Everything above the lowest
    such header line, or below the highest footer line, is then dropped on every page - which
    also catches a header that changes per chapter.
    """
    seen: Counter[tuple[str, int, str]] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        for ln in edge_lines(lines, h):
            zone = "top" if ln.top < h / 2 else "bottom"
            seen[(re.sub(r"\d+", "#", ln.text), round(ln.top / h * 200), zone)] += 1
    header, footer = 0.0, 1.0
    for lines, h in zip(pages, heights, strict=True):
        for ln in edge_lines(lines, h):
            key = (
                re.sub(r"\d+", "#", ln.text),
                round(ln.top / h * 200),
                "top" if ln.top < h / 2 else "bottom",
            )
            if seen[key] >= 2 or is_page_furniture(ln.text):
                if key[2] == "top":
                    header = max(header, ln.top / h)
                else:
                    footer = min(footer, (ln.top - ln.size) / h)
    return header, footer


def edge_lines(lines: list[Line], height: float, share: float = 0.08) -> list[Line]:
    """Lines in the top or bottom 8% of the page: where Word puts headers and footers (1.25 cm
    from the edge), above and below the body (2.5 cm margins). Keeping the zone this narrow means
    a heading that happens to open two pages at the same height is not mistaken for a header."""
    return [ln for ln in lines if ln.top < height * share or ln.top > height * (1 - share)]


def body_size(pages: list[list[Line]]) -> float:
    """The most common font size, by characters: the body text size."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


_RUNNING_WORDS = 6  # a line of running text holds a clause; a table's cells and labels hold a few words
_WORD = re.compile(r"[^\W\d_]{2,}")


def running_size(pages: list[list[Line]]) -> float | None:
    """The most common font size, by characters, of the lines of running text (six words or more, not
    counting numbers), or None: a plan may set its many tables smaller than its prose, and then the body
    size (the most common of all) is the tables'."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            if len(_WORD.findall(ln.text)) >= _RUNNING_WORDS:
                sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else None


def heading_level(ln: Line, body: float, running: float | None = None) -> int | None:
    """Heading level from size relative to body text; a short all-bold line is level 3. A plain line set
    like the running text is none, however much larger than the body size (the tables') it is."""
    if TOC_LEADER_RE.search(ln.text) or len(ln.text) > 150:
        return None
    if running is not None and not (ln.bold or ln.italic) and ln.size / running < 1.2:
        return None
    ratio = ln.size / body
    if ratio >= 1.45:
        return 1
    if ratio >= 1.2:
        return 2
    if ratio >= 1.05 and (ln.bold or ln.italic):
        return 3
    if ln.bold and len(ln.text) < 90 and not ln.text.endswith((".", ",")):
        return 3
    return None


def lines_to_blocks(
    lines: list[Line], body: float, page_no: int, running: float | None = None
) -> list[tuple[float, Block]]:
    """Lines of running text -> (reading order, block) pairs: headings, paragraphs and list items.

    A line joins the open block when it is close below it (less than 1.5 lines), has the same
    size and kind (or continues a list item), and neither is a table-of-contents line.
    """
    out: list[tuple[float, Block]] = []
    prev: Line | None = None
    cur: Block | None = None
    items_x: float | None = None  # where the current run of list items starts: indented further is a sub-item
    for ln in lines:
        level = heading_level(ln, body, running)
        kind: BlockKind = "heading" if level else "list_item" if starts_item(ln.text) else "paragraph"
        if kind == "list_item":
            items_x = ln.x if items_x is None or ln.x < items_x - 2 else items_x
            level = 2 if ln.x > items_x + ln.size * 0.8 else None
        text = TOC_LEADER_RE.sub(" ..... ", ln.text) if TOC_LEADER_RE.search(ln.text) else ln.text
        same = (
            cur is not None
            and prev is not None
            and 0 < ln.top - prev.top < max(ln.size, prev.size) * 1.5
            and abs(ln.size - prev.size) < 0.6
            and (kind == cur.kind or (cur.kind == "list_item" and kind == "paragraph"))
            and (level == cur.level or cur.kind == "list_item")
            and kind != "list_item"
            and not (TOC_LEADER_RE.search(ln.text) or TOC_LEADER_RE.search(prev.text))
        )
        if same and cur is not None:
            cur.text = join_lines(cur.text, text)
        else:
            cur = Block(kind=kind, text=re.sub(r"\s+", " ", text).strip(), page=page_no, level=level)
            out.append((ln.order, cur))
            items_x = items_x if kind == "list_item" else None
        prev = ln
    for _, block in out:
        if block.kind == "list_item" and BULLET_LINE_RE.match(block.text):
            block.text = BULLET_LINE_RE.sub("", block.text, count=1)
    return out


def find_tables(plumber_page: Any) -> list[TableArea]:
    """Ruled tables on a pdfplumber page, each cell's text rebuilt from the words inside it."""
    tables = plumber_page.find_tables()
    found = [t for t in tables if max((len(r.cells) for r in t.rows), default=0) >= 2]
    boxes = boxes_side_by_side([t for t in tables if t not in found])
    outlines = card_outlines(plumber_page)
    if not found and not boxes and not outlines:
        return []
    words = plumber_page.extract_words(extra_attrs=["size", "fontname"])
    # boxes whose text stands in columns of its own (labels beside values) are left to the lines
    found += [b for b in boxes if not has_inner_columns(b, words)]
    out = []
    for table in found:
        rows = finer_rows(table, words, cell_text) or [
            [cell_text(words, cell) if cell else "" for cell in row.cells] for row in table.rows
        ]
        x0, top, x1, bottom = table.bbox
        out.append(TableArea(top=float(top), bottom=float(bottom), x0=float(x0), x1=float(x1), rows=rows))
    taken = [(t.x0, t.top, t.x1, t.bottom) for t in out]
    for card in field_cards(outlines, words, taken):
        x0, top, x1, bottom = card.box
        out.append(TableArea(top=top, bottom=bottom, x0=x0, x1=x1, rows=card.rows, margin_first=True))
    return out


def boxes_side_by_side(boxes: list[Any]) -> list[Any]:
    """Ruled boxes of one column set side by side in a grid (activity cards two by two), and the
    boxes under them in the same grid column: each is read as a table of its own, so that its text is
    not interleaved line by line with the box beside it. A lone box (a fact box in the text column)
    is left to the lines."""

    def beside(a: Any, b: Any) -> bool:
        ax0, atop, ax1, abottom = a.bbox
        bx0, btop, bx1, bbottom = b.bbox
        return (ax1 <= bx0 or bx1 <= ax0) and atop < bbottom and btop < abottom

    paired = [a for a in boxes if any(beside(a, b) for b in boxes if b is not a)]
    lefts = {round(a.bbox[0]) for a in paired}
    return [a for a in boxes if a in paired or any(abs(a.bbox[0] - x) <= 2 for x in lefts)]


def cell_text(words: list[dict[str, Any]], bbox: tuple[float, float, float, float]) -> str:
    """Words inside a cell -> text. Wrapped lines are joined; a bullet ('○ ...', '- ...') or a
    paragraph gap starts a new line, so activities listed in one cell stay apart."""
    x0, top, x1, bottom = bbox
    inside = [
        w
        for w in words
        if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom
    ]
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(inside, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    text, prev_top = "", None
    for line in lines:
        line_text = " ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"]))
        size = float(line[0].get("size") or (line[0]["bottom"] - line[0]["top"]))
        new_para = prev_top is not None and line[0]["top"] - prev_top > size * 1.4
        if text and (starts_item(line_text) or new_para):
            text += "\n" + line_text
        else:
            text = join_lines(text, line_text)
        prev_top = line[0]["top"]
    return text


def in_table(ln: Line, tables: list[TableArea]) -> bool:
    """Whether a text line lies inside one of the page's table areas (with a small margin)."""
    return any(t.top - 1 <= ln.top <= t.bottom + 1 and t.x0 - 2 <= ln.x <= t.x1 + 2 for t in tables)


def _outside(ln: Line, tables: list[TableArea]) -> Line | None:
    """The line without its segments that lie in a table beside where it starts (a sidebar's line
    read together with the boxes next to it), None when nothing is left."""
    if len(ln.segments) < 2:
        return ln
    kept = [
        s
        for s in ln.segments
        if not any(
            t.top - 1 <= ln.top <= t.bottom + 1 and t.x0 - 2 <= s.x0 and s.x1 <= t.x1 + 2 for t in tables
        )
    ]
    if len(kept) == len(ln.segments):
        return ln
    if not kept:
        return None
    return replace(ln, segments=kept, text=" ".join(s.text for s in kept), x=kept[0].x0)


def table_block(rows: list[list[str]], page_no: int) -> Block:
    """Cells keep their internal newlines in rows; in text each row is one line (newlines -> spaces)."""
    text = "\n".join(" | ".join(c.replace("\n", " ") for c in row) for row in rows)
    return Block(kind="table", text=text, page=page_no, rows=rows)


def draws_lines(page: Any) -> bool:
    """Cheap test whether a page's content stream draws paths (ruled tables need them)."""
    try:
        data = page.get_contents().get_data() if page.get_contents() is not None else b""
    except Exception:  # a broken content stream: let the table reader decide
        return True
    return re.search(rb"\s(re|l)\s", data) is not None


# --------------------------------------------------------------------------- pages


def assemble_pages(
    lines: list[list[Line]], heights: list[float], tables: dict[int, list[TableArea]]
) -> list[Page]:
    """Drop furniture, build blocks, put tables in reading order, mark tables that run on."""
    tables = {i: _holding_text(ts, lines[i]) for i, ts in tables.items()}
    body_lines = [
        [out for ln in ls if not in_table(ln, tables.get(i, [])) and (out := _outside(ln, tables.get(i, [])))]
        for i, ls in enumerate(lines)
    ]
    header, footer = furniture_bands(body_lines, heights)
    size, running = body_size(body_lines), running_size(body_lines)
    pages: list[Page] = []
    for i, ls in enumerate(body_lines):
        h = heights[i]
        kept = [
            ln
            for ln in ls
            if header * h + 1 < ln.top < footer * h - 1
            and not (is_page_furniture(ln.text) and ln in edge_lines(ls, h, 0.12))
        ]
        furniture = [ln.text for ln in ls if ln not in kept and not is_page_furniture(ln.text)]
        grids, rest = find_grids(kept)
        ruled = tables.get(i, [])
        rest, orders = caption_tables(rest, list(ruled), [_table_order(ls, t) for t in ruled])
        placed = lines_to_blocks(rest, size, i + 1, running)
        placed += [(g.order, table_block(g.rows, i + 1)) for g in grids]
        placed += [(order, table_block(t.rows, i + 1)) for order, t in zip(orders, ruled, strict=True)]
        blocks = [b for _, b in sorted(placed, key=lambda tb: tb[0])]
        mark_continuation(blocks, pages[-1].blocks if pages else [])
        pages.append(
            Page(number=i + 1, text="\n".join(b.text for b in blocks), blocks=blocks, furniture=furniture)
        )
    return pages


_MIN_HELD = 0.5  # share of the words inside a ruled area that its cells must hold


def _holds_its_text(table: TableArea, lines: list[Line]) -> bool:
    """Whether a ruled table's cells hold the text inside its area. Rules drawn around only part of a
    layout (a time plan whose marks sit in ruled cells, its activity texts outside any cell) give cells
    that miss most of the words: reading them as the table would lose the text, so the lines are kept."""
    inside = sum(len(ln.text.split()) for ln in lines if in_table(ln, [table]))
    held = sum(len(cell.split()) for row in table.rows for cell in row)
    return inside == 0 or held >= _MIN_HELD * inside


def _holding_text(tables: list[TableArea], lines: list[Line]) -> list[TableArea]:
    """The page's ruled tables that hold their text. A line is counted in the first table it starts in,
    so a line running across cards side by side counts once: a page whose tables together hold their
    words keeps them all."""
    inside = sum(len(ln.text.split()) for ln in lines if in_table(ln, tables))
    held = sum(len(cell.split()) for t in tables for row in t.rows for cell in row)
    if inside == 0 or held >= _MIN_HELD * inside:
        return tables
    return [t for t in tables if _holds_its_text(t, lines)]


def _order_at(lines: list[Line], top: float) -> float:
    """Reading position of something at `top`: just before the first line below it."""
    below = [ln.order for ln in lines if ln.top > top]
    return (min(below) if below else max((ln.order for ln in lines), default=0.0) + 1) - 0.5


def _table_order(lines: list[Line], table: TableArea) -> float:
    """Reading position of a table; a card of fields comes after the short lines in the margin beside
    it (an area named in a side column next to its first card)."""
    order = _order_at(lines, table.top)
    if table.margin_first:
        beside = [
            ln.order
            for ln in lines
            if ln.x1 < table.x0
            and table.top <= ln.top <= table.bottom
            and len(ln.text.split()) <= _MARGIN_WORDS
        ]
        order = max([order, *(o + 0.25 for o in beside)])
    return order


_MARGIN_WORDS = 4


def mark_continuation(blocks: list[Block], previous: list[Block]) -> None:
    """A table that opens the page continues the previous page's closing table of equal width."""
    if not blocks or blocks[0].kind != "table" or not previous or previous[-1].kind != "table":
        return
    if blocks[0].rows and previous[-1].rows and len(blocks[0].rows[0]) == len(previous[-1].rows[0]):
        blocks[0].continues_previous = True
