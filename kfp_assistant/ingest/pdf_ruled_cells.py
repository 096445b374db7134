"""Ruled tables whose rules divide only some of their columns or rows, re-read on a finer grid.

pdfplumber builds a ruled table's cells from the lines and shaded rectangles drawn, so a cell is
only as fine as the drawing. Many tables rule only part of themselves: a vertical line between two
groups of columns but none between the columns of a group (a key-figure table with a year over
"Kvinnor | Män | Totalt", a line only before each year), or a grid only around the quarter columns
of a time plan (K1-K4 marked with ■) and no rules at all around the text columns beside them. The
text of such a table either runs together in one cell ("Månadsavlönade, antal 378 283 661") or,
where no cell covers it, is lost.

The finer grid: the rows are every horizontal rule any part of the table draws (a rule under the
quarter cells divides the text columns of its row too), the columns every vertical rule plus every
band of white space that runs down the table's body (below its first row) with text on both sides
of it in at least two rows: where the eye sees a column. A cell in the first row that is wider
than the finer columns under it (a year over three columns) is a header spanning those columns: its
text goes to the first of the columns it is centred over, as a Word file reports a merged cell.
The finer grid is used only when it splits a cell's text or finds text no cell held.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
CellText = Callable[[list[dict[str, Any]], Box], str]

_SAME = 1.5  # points within which two rules are one
_MARK_RE = re.compile(r"^[•·\-–—○▪■□◦*]+$")  # bullets and marks: no column of their own beside text


def _merge(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SAME:
            out.append(v)
    return out


def _inside(w: dict[str, Any], box: Box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom


def _row_of(ys: list[float], w: dict[str, Any]) -> int:
    mid = (w["top"] + w["bottom"]) / 2
    return max(0, min(len(ys) - 2, sum(1 for y in ys[1:-1] if y < mid)))


def _white_bands(
    words: list[dict[str, Any]], ys: list[float], lo: float, hi: float, by_line: bool = False
) -> list[float]:
    """x of each band of white space between lo and hi that no word of the body crosses and that
    has text (not only bullets or marks) on both sides in at least two rows."""
    size = sorted(w["bottom"] - w["top"] for w in words)[len(words) // 2] if words else 0.0
    inside = sorted((w for w in words if lo < (w["x0"] + w["x1"]) / 2 < hi), key=lambda w: w["x0"])
    bands: list[tuple[float, float]] = []
    reach = lo
    for w in inside:
        if w["x0"] - reach >= size * 0.7 and reach > lo:
            bands.append((reach, w["x0"]))
        reach = max(reach, w["x1"])
    cuts = []
    for a, b in bands:
        both = 0
        rows = (
            _lines(inside)
            if by_line
            else [[w for w in inside if _row_of(ys, w) == r] for r in range(len(ys) - 1)]
        )
        for row in rows:
            row = [w for w in row if not _MARK_RE.match(w["text"])]
            if any(w["x1"] <= a for w in row) and any(w["x0"] >= b for w in row):
                both += 1
        if both >= 2:
            cuts.append((a + b) / 2)
    return cuts


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into text lines (tops within 2 points), top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def has_inner_columns(table: Any, words: list[dict[str, Any]]) -> bool:
    """Whether the text of a box of one column stands in columns of its own (labels beside values)."""
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    ys = _merge([float(c[1]) for c in table.cells] + [float(c[3]) for c in table.cells])
    start = ys[1] if len(ys) > 2 else top  # below a band over the box (its heading)
    body = [w for w in words if _inside(w, (x0, start, x1, bottom))]
    return bool(_white_bands(body, [start, bottom], x0, x1, by_line=True))


def _spanned(text_box: Box, columns: list[tuple[float, float]]) -> int:
    """The first of the columns a header's text is centred over (the widest such run), else the
    column its centre is in."""
    mid = (text_box[0] + text_box[2]) / 2
    best, width = None, 0.0
    for i, j in itertools.combinations_with_replacement(range(len(columns)), 2):
        a, b = columns[i][0], columns[j][1]
        centred = abs((a + b) / 2 - mid) <= (b - a) * 0.12
        if a <= text_box[0] + _SAME and text_box[2] <= b + _SAME and centred and b - a > width:
            best, width = i, b - a
    if best is not None:
        return best
    return next((i for i, (a, b) in enumerate(columns) if a <= mid <= b), 0)


def finer_rows(table: Any, words: list[dict[str, Any]], cell_text: CellText) -> list[list[str]] | None:
    """The table's rows on the finer grid (module docstring), None when it splits nothing."""
    cells: list[Box] = [tuple(float(v) for v in c) for c in table.cells]  # type: ignore[misc]
    if not cells:
        return None
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    mine = [w for w in words if _inside(w, (x0, top, x1, bottom))]
    ys = _merge([c[1] for c in cells] + [c[3] for c in cells])
    xs = _merge([c[0] for c in cells] + [c[2] for c in cells])
    if len(ys) < 3 or not mine:
        return None
    body = [w for w in mine if (w["top"] + w["bottom"]) / 2 > ys[1]]
    cuts = [c for a, b in itertools.pairwise(xs) for c in _white_bands(body, ys, a, b)]
    lost = any(not any(_inside(w, c) for c in cells) for w in mine)
    if not cuts and not lost:
        return None
    xs = _merge(xs + cuts)
    columns = list(itertools.pairwise(xs))
    ys = _split_header(ys, mine, columns)
    rows: list[list[str]] = []
    for r, (a, b) in enumerate(itertools.pairwise(ys)):
        row = [cell_text(mine, (c0, a, c1, b)) for c0, c1 in columns]
        if r == 0:
            row = _header_spans(mine, cells, (a, b), columns, cell_text) or row
        rows.append(row)
    return [row for row in rows if any(c.strip() for c in row)]


def _split_header(
    ys: list[float], words: list[dict[str, Any]], columns: list[tuple[float, float]]
) -> list[float]:
    """The rows with a first row of two lines split in two when its first line holds text in fewer
    than half the columns and its second in at least half (years over their columns' labels, under
    one shading); a header wrapped over two lines has the fuller line first and stays one row."""
    head = sorted(
        (w for w in words if ys[0] <= (w["top"] + w["bottom"]) / 2 <= ys[1]), key=lambda w: w["top"]
    )
    lines: list[list[dict[str, Any]]] = []
    for w in head:
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    if len(lines) != 2:
        return ys

    def filled(line: list[dict[str, Any]]) -> int:
        return sum(1 for a, b in columns if any(a <= (w["x0"] + w["x1"]) / 2 <= b for w in line))

    if 2 * filled(lines[0]) >= len(columns) or 2 * filled(lines[1]) < len(columns):
        return ys
    cut = (max(w["bottom"] for w in lines[0]) + min(w["top"] for w in lines[1])) / 2
    return [ys[0], cut, *ys[1:]]


def _header_spans(
    words: list[dict[str, Any]],
    cells: list[Box],
    band: tuple[float, float],
    columns: list[tuple[float, float]],
    cell_text: CellText,
) -> list[str] | None:
    """The first row with each drawn cell's text in the first column it is centred over, when the
    cell's words sit within one finer column (a year spanning its columns); None when no such cell."""
    row = [""] * len(columns)
    spanning = False
    for c in sorted(cells, key=lambda c: c[0]):
        if abs(c[1] - band[0]) > _SAME:
            continue
        inner = [i for i, (a, b) in enumerate(columns) if a >= c[0] - _SAME and b <= c[2] + _SAME]
        box = (c[0], band[0], c[2], band[1])
        ws = [w for w in words if _inside(w, box)]
        if not inner or not ws:
            continue
        left, right = min(w["x0"] for w in ws), max(w["x1"] for w in ws)
        holding = {i for i in inner if columns[i][0] < right and left < columns[i][1]}
        if len(inner) > 1 and len(holding) == 1:
            i = _spanned((left, band[0], right, band[1]), [columns[k] for k in inner])
            row[inner[i]] = cell_text(words, box)
            spanning = True
        else:
            for i in inner:
                row[i] = cell_text(words, (columns[i][0], band[0], columns[i][1], band[1]))
    return row if spanning else None
