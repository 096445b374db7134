"""Tables drawn without ruling lines, read from where their words sit.

A table without lines is still visible in the text positions: its cells start at the same x on
row after row. Lines (in reading order) are split into segments at wide gaps (pdf_runs). A
table starts at a line of two or more segments; its column starts are that line's segment
starts, and it grows over the following lines as long as every segment of a line falls inside
one column (a right-aligned number may start anywhere in its column, but nothing crosses into
the next column, except a right-aligned number wider than those above it, which moves its column's
start), the line sits close below the previous one, and its size is the table's.
A column that the first line left empty is added when a later line starts one where no column
has text yet. At least three lines of two or more segments make a table.

Rows: inside a table, the lines of one row (wrapped cells) are closer together than rows are
apart, so a gap clearly wider than the usual line pitch starts a new row. When all lines are
evenly spaced (rows of one line each, or rows set without padding), a line with text in the
first column and in another column starts a row. A line with a single short segment in the
first column is a section row ("Utveckla"); so is a line of first-column text in another type style
than the first-column text above it, or under a line that ended with room for its first word: no
wrap, but a group row between a subtotal and the rows it heads. A line of one segment from the first
column across the next, of the table's size and closely followed by a line of the table's cells, is a
row spanning the table ("Mål 2: Stabil bemanning ...", a goal over the rows below it), its text in the
first cell.
Cell text joins its lines (hyphenation undone); a
bulleted line starts a new line in the cell, as in ruled tables. A wrapped cell set closer to
the next column than a column gap is cut where a run of text starts in that column.

Tables of contents (text, then a page number on the right) are left as lines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from kfp_assistant.ingest.lines import join_lines, starts_item
from kfp_assistant.ingest.pdf_runs import Line, Segment

_PART_ROW_RE = re.compile(r"(?:varav|därav|därtill|inkl|exkl|av\s+dem|av\s+vilka)\b", re.IGNORECASE)
_NUMBER_RE = re.compile(r"[-–+]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\s*%?")
_TOLERANCE = 3.0  # points a column start may wander (rounding, optical alignment)
_MAX_LINES = 2000


@dataclass
class GridTable:
    """A table read from word positions: its rows of cell texts and where it sits."""

    top: float
    bottom: float
    x0: float
    x1: float
    order: float
    rows: list[list[str]] = field(default_factory=list)


def _column_of(starts: list[float], x0: float) -> int:
    """Index of the last column starting at or left of x0 (-1 when left of every column)."""
    k = -1
    for i, start in enumerate(starts):
        if start - _TOLERANCE <= x0:
            k = i
    return k


def _fits(
    line: Line, starts: list[float], rights: list[float], size: float
) -> tuple[list[float], list[float]] | None:
    """The columns after taking the line in, or None when a segment crosses a column or the size differs.

    A line of several cells may open a column the table had left empty: left of the first column
    (a header row without a label over the label column) or right of all text seen in a column."""
    if abs(line.size - size) > 0.6 and len(line.segments) > 1:
        return None
    starts, rights = list(starts), list(rights)
    several = len(line.segments) > 1
    taken = -1  # the column the line's previous segment went to
    for seg in line.segments:
        k = _column_of(starts, seg.x0)
        if k < 0 and several and seg.x1 < starts[0] - size:
            starts.insert(0, seg.x0)
            rights.insert(0, seg.x1)
            continue
        if k >= 0 and k + 1 < len(starts) and seg.x1 > starts[k + 1] + _TOLERANCE:
            # A right-aligned number wider than the one that set its column's start ("10" under "6")
            if seg.x0 > rights[k] + _TOLERANCE and abs(seg.x1 - rights[k + 1]) <= _TOLERANCE:
                k += 1
                starts[k] = seg.x0
            else:
                return None
        if k < 0:
            return None
        if k == taken:
            # Two cells of one line in one column: the header's words ran two columns together
            # ("Klart senast Uppföljning"); the later cell opens the column it sits in.
            starts.insert(k + 1, seg.x0)
            rights.insert(k + 1, seg.x1)
            taken = k + 1
            continue
        taken = k
        if several and seg.x0 > rights[k] + size * 1.5 and abs(seg.x0 - starts[k]) > size:
            starts.insert(k + 1, seg.x0)
            rights.insert(k + 1, seg.x1)
        else:
            rights[k] = max(rights[k], seg.x1)
    return starts, rights


def _cut(line: Line, starts: list[float]) -> Line:
    """The line with each segment that runs into a later column cut where a run starts in it (a
    wrapped cell set closer to its neighbour than a column gap: "skuggning Q3 2025")."""
    segments: list[Segment] = []
    for seg in line.segments:
        while True:
            later = [x for x in starts if seg.x0 + _TOLERANCE < x < seg.x1]
            parts = seg.cut_at(later[0] - _TOLERANCE) if later else None
            if parts is None:
                segments.append(seg)
                break
            segments.append(parts[0])
            seg = parts[1]
    return line if len(segments) == len(line.segments) else replace(line, segments=segments)


def _spans(
    line: Line, after: Line | None, region: list[Line], columns: tuple[list[float], list[float]], size: float
) -> bool:
    """Whether a line is a row spanning the table ("Mål 2: Stabil bemanning ..."): one segment of the
    table's size from its first column across the next, closely followed by a line of the table's
    cells that does not begin the table again (a title over the next of several boxes of the same
    labels, "Åtgärd | ...", or over a repeated header row starts a table of its own)."""
    starts, rights = columns
    if len(line.segments) != 1 or len(starts) < 2 or abs(line.size - size) > 0.6:
        return False
    seg = line.segments[0]
    if abs(seg.x0 - starts[0]) > _TOLERANCE or seg.x1 <= starts[1] + _TOLERANCE:
        return False
    if after is None or len(after.segments) < 2 or not 0 < after.top - line.top <= after.size * 3.5:
        return False
    if after.segments[0].text.strip() == region[0].segments[0].text.strip():
        return False
    return _fits(_cut(after, starts), starts, rights, size) is not None


def _grow(lines: list[Line], i: int) -> tuple[list[Line], list[float], set[int]]:
    """The lines of the table that starts at lines[i], by the rules in the module docstring, and
    which of them are rows spanning the table (by position in the region)."""
    first = lines[i]
    starts = [s.x0 for s in first.segments]
    rights = [s.x1 for s in first.segments]
    size = min(ln.size for ln in lines[i : i + 3])
    region = [first]
    spanning: set[int] = set()
    for j in range(i + 1, len(lines)):
        line, prev = lines[j], region[-1]
        gap = line.top - prev.top
        if gap <= 0 or gap > max(line.size, prev.size) * 3.5:
            break
        if len(line.segments) == 1 and abs(line.size - size) > 0.6 and len(line.text.split()) > 6:
            break
        cut = _cut(line, starts)
        fitted = _fits(cut, starts, rights, size)
        after = lines[j + 1] if j + 1 < len(lines) else None
        if fitted is None and _spans(line, after, region, (starts, rights), size):
            spanning.add(len(region))
            region.append(line)
            continue
        if fitted is None:
            break
        starts, rights = fitted
        region.append(cut)
    # a column opened late cuts the lines above it too (a spanning row stays whole)
    region = [ln if k in spanning else _cut(ln, starts) for k, ln in enumerate(region)]
    # Lines after the last line of several cells belong only when they continue it closely.
    last = max(k for k, ln in enumerate(region) if len(ln.segments) > 1)
    end = last + 1
    while end < len(region) and region[end].top - region[end - 1].top <= region[end].size * 1.6:
        if abs(region[end].size - size) > 0.6:
            break
        end += 1
    return region[:end], starts, {k for k in spanning if k < end}


def _is_contents(rows: list[list[str]]) -> bool:
    """Entries with a page number in the last column, never decreasing: a table of contents."""
    last = [r[-1].strip() for r in rows if r[-1].strip()]
    if not last or not all(c.isdigit() and len(c) <= 3 for c in last):
        return False
    return all(int(a) <= int(b) for a, b in itertools.pairwise(last))


def _rows(region: list[Line], starts: list[float], spanning: set[int]) -> list[list[str]]:
    """Group the table's lines into rows and join each column's text per row; a spanning row is a row
    of its own, its text in the first cell."""
    gaps = [b.top - a.top for a, b in itertools.pairwise(region)]
    pitch = sorted(gaps)[len(gaps) // 4] if gaps else 0.0
    even = not gaps or max(gaps) <= pitch * 1.3
    rows: list[list[list[str]]] = []
    lifted = -1  # a line whose first cell ends above its row's other cells (a label wrapped upwards)
    for n, line in enumerate(region):
        columns = {_column_of(starts, s.x0): s.text for s in line.segments}
        new_row = n == 0 or (
            (not even and gaps[n - 1] > pitch * 1.3)
            or (even and 0 in columns and len(columns) > 1 and n - 1 != lifted)
        )
        following = region[n + 1] if n + 1 < len(region) and n not in spanning else None
        if even and following is not None and _label_above(columns, following, starts):
            new_row, lifted = True, n
        new_row = new_row or n in spanning or n - 1 in spanning
        if not new_row and even and set(columns) == {0}:
            above = [ln for ln in region[:n] if any(_column_of(starts, s.x0) == 0 for s in ln.segments)]
            new_row = bool(above) and _not_a_wrap(above[-1], line, starts)
        if not new_row and rows and len(columns) == 1 and 0 in columns and _is_section(rows[-1]):
            new_row = True
        if new_row:
            rows.append([[] for _ in starts])
        for k, text in columns.items():
            rows[-1][k].append(text)
    return [[_cell(parts) for parts in row] for row in rows]


def _label_above(columns: dict[int, str], following: Line, starts: list[float]) -> bool:
    """Whether a line of first-column text alone begins the row of the line below it: a row label
    wrapped over two lines with the row's numbers set level with its last line ("Stöd och service till
    personer med" over "funktionsnedsättning | 174 | 41"), its continuation starting in lower case."""
    if set(columns) != {0} or columns[0].rstrip().endswith((")", ".", ":")):
        return False  # a label closed by its bracket or stop is whole: the line ends the row above
    below = {_column_of(starts, s.x0): s.text for s in following.segments}
    label = below.get(0, "")
    # "varav tillsvidare | 381" is a row of its own under the one above, not the end of a wrapped label
    return len(below) > 1 and label[:1].islower() and not _PART_ROW_RE.match(label)


def _not_a_wrap(prev: Line, line: Line, starts: list[float]) -> bool:
    """Whether a line of first-column text starts a row of its own rather than continuing the cell
    above (a group row "Planering och utveckling" under a row "Summa ..."): a wrapped cell keeps its
    type style (bold, italic), and wraps only when its next word would not fit on the line above."""
    first = [s for s in prev.segments if _column_of(starts, s.x0) == 0]
    if len(starts) < 2 or not first or first[0].text.rstrip().endswith("-"):
        return False
    if line.segments[0].text[:1].islower():
        return False  # a label going on in lower case ("Anställda med månadslön" / "i december")
    if (prev.bold, prev.italic) != (line.bold, line.italic):
        return True
    seg = line.segments[0]
    word = seg.text.split()[0] if seg.text.split() else ""
    per_char = (seg.x1 - seg.x0) / max(len(seg.text), 1)
    room = starts[1] - line.size - first[0].x1
    return room > per_char * (len(word) + 1)


def _is_section(row: list[list[str]]) -> bool:
    return bool(row[0]) and not any(row[1:]) and len(" ".join(row[0]).split()) <= 5


def _cell(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = f"{text}\n{part}" if text and starts_item(part) else join_lines(text, part)
    return text


def find_grids(lines: list[Line]) -> tuple[list[GridTable], list[Line]]:
    """Tables without ruling lines among a page's lines (in reading order), and the lines left."""
    tables: list[GridTable] = []
    rest: list[Line] = []
    if len(lines) > _MAX_LINES:  # a page this long is a text dump, not a layout; keep its lines as they are
        return tables, list(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.segments) > 1:
            region, starts, spanning = _grow(lines, i)
            if sum(1 for ln in region if len(ln.segments) > 1) >= 3 or _number_row_pair(region):
                rows = _rows(region, starts, spanning)
                if not _is_contents(rows):
                    if rest and _header_above(rest[-1], region[0], starts, rows[0]):
                        above = rest.pop()
                        k = _column_of(starts, above.x)
                        rows[0][k] = join_lines(above.text, rows[0][k])
                        region = [above, *region]
                    tables.append(_table(region, rows))
                    i += len(region)
                    continue
        rest.append(line)
        i += 1
    return tables, rest


def _number_row_pair(region: list[Line]) -> bool:
    """Two lines that are a table on their own: labels over a row of numbers, at least three columns
    each, every one in its column ("Åldersgrupp | –29 år | 30–39 år | 40–49 år" over "Antal | 148 | 266
    | 301"). Fewer lines of several cells are only a table when the lower line holds only numbers."""
    if len(region) != 2 or not len(region[0].segments) == len(region[1].segments) >= 4:
        return False
    top, numbers = region[0].segments[1:], region[1].segments[1:]
    if _NUMBER_RE.fullmatch(region[1].segments[0].text.strip()):
        return False  # number tiles (a value under each label) are no table: the row has no label
    return all(_NUMBER_RE.fullmatch(s.text.strip()) for s in numbers) and not all(
        _NUMBER_RE.fullmatch(s.text.strip()) for s in top
    )


def _header_above(line: Line, first: Line, starts: list[float], header: list[str]) -> bool:
    """Whether a lone line just above a table is the top of one column's header, wrapped over more lines
    than the others ("Personal-" over "omsättning" over "%"): a few words inside a column other than the
    first, close above, its word cut at the wrap or the header below it going on in lower case."""
    if len(line.segments) != 1 or not 0 < first.top - line.top <= first.size * 1.6:
        return False
    if len(line.text.split()) > 3:
        return False  # a header's cell is a word or a few; a longer line is prose beside the table
    k = _column_of(starts, line.x)
    if k < 1 or (k + 1 < len(starts) and line.x1 > starts[k + 1] - _TOLERANCE):
        return False
    below = header[k] if k < len(header) else ""
    return bool(below) and (line.text.rstrip().endswith("-") or below[:1].islower())


def _table(region: list[Line], rows: list[list[str]]) -> GridTable:
    return GridTable(
        top=region[0].top - region[0].size,
        bottom=region[-1].top,
        x0=min(ln.x for ln in region),
        x1=max(ln.x1 for ln in region),
        order=region[0].order,
        rows=rows,
    )
