"""pypdf text runs -> visual lines in reading order, each line kept as segments with x extents.

pypdf reports each run of text with its start position and font. A run's end comes from the
font's glyph widths (pypdf's Font; for composite fonts, whose codes are glyph ids, an average
width is used instead and marked as an estimate). With both ends known:

* runs on one baseline are joined into a line; a space goes where the runs leave a gap, none
  where they touch (a word split over two runs);
* a gap wider than a column gap splits a line into segments: the cells of a table without
  ruling lines, or the two columns of a two-column page, never glued into one word
  ("Nyckeltal 2022 2023 2024", not "Nyckeltal202220232024");
* a page (or a band of it between full-width lines) whose segments fall left and right of one
  gutter, each side a single column of lines whose paragraphs do not start together, is read
  column by column: the left column top to bottom, then the right one. Where paragraphs on
  both sides start on the same baselines the page is a two-column table, read row by row. Lines
  of one side set between closely spaced lines of the other (each column its own line pitch)
  are two columns even when a side holds a small table of its own.

Coordinates are top-down ("top" = distance of the baseline from the top of the page).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from kfp_assistant.ingest.pdf_side_column import split_side_column

# A gap between runs of at least this many font sizes separates segments (table cells, columns).
SEGMENT_GAP = 1.0
# With estimated widths a gap must be much wider before it counts.
ESTIMATED_GAP = 2.5
_EDGE = 0.08  # top and bottom share of a page where running headers and footers sit
_MAX_SEGMENTS = 600


@dataclass
class Segment:
    """A stretch of text on one baseline with no wide gap inside."""

    text: str
    x0: float
    x1: float
    runs: list[_Run] = field(default_factory=list, repr=False, compare=False)

    def cut_at(self, x: float) -> tuple[Segment, Segment] | None:
        """(left, right) where the first of its runs starting at or right of x begins, or None.

        A wrapped table cell may end closer to the next column's text than a column gap; pdf_grid
        cuts such a segment where the next column starts."""
        for i, run in enumerate(self.runs[1:], start=1):
            if run.x0 >= x:
                left, right = self.runs[:i], self.runs[i:]
                return _segment(left), _segment(right)
        return None


@dataclass
class Line:
    """One visual line of text on a page (or one column's part of it)."""

    text: str
    x: float
    top: float  # baseline, measured from the top of the page
    size: float
    bold: bool
    italic: bool
    segments: list[Segment] = field(default_factory=list)
    order: float = 0.0  # position in reading order on its page

    @property
    def x1(self) -> float:
        """Right end of the line's last segment."""
        return self.segments[-1].x1 if self.segments else self.x


@dataclass
class _Run:
    top: float
    x0: float
    x1: float
    text: str
    size: float
    bold: bool
    italic: bool
    estimated: bool


def font_style(font: dict[str, Any] | None) -> tuple[bool, bool]:
    """(bold, italic) from a font's name."""
    name = str((font or {}).get("/BaseFont", "")).lower()
    bold = any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))
    return bold, ("italic" in name or "oblique" in name)


class FontWidths:
    """Text widths per font (in text space units per 1000), each font parsed once per document.

    Pages share their fonts as indirect objects, so the key is the font's object number where it
    has one (parsing a font's character map is most of the cost), else the dictionary itself."""

    def __init__(self) -> None:
        self._fonts: dict[object, tuple[Any, float, bool]] = {}
        self._direct: list[object] = []  # fonts keyed by id() stay alive so that no id is reused

    def __call__(self, font: dict[str, Any] | None, text: str) -> tuple[float, bool]:
        if font is None:
            return 500.0 * len(text), True
        ref = getattr(font, "indirect_reference", None)
        key: object = (ref.idnum, ref.generation) if ref is not None else id(font)
        if key not in self._fonts:
            self._fonts[key] = self._load(font)
            if ref is None:
                self._direct.append(font)
        parsed, average, estimated = self._fonts[key]
        if estimated or parsed is None:
            return average * len(text), True
        return float(parsed.get_text_width(text)), False

    @staticmethod
    def _load(font: dict[str, Any]) -> tuple[Any, float, bool]:
        from pypdf.generic._font import Font  # pypdf's own width tables; imported where used

        try:
            parsed = Font.from_font_resource(font)  # type: ignore[arg-type]
        except Exception:  # a damaged font dictionary: fall back to an average width
            return None, 500.0, True
        widths = [w for w in parsed.character_widths.values() if w]
        average = sum(widths) / len(widths) if widths else 500.0
        # Composite fonts map glyph ids, not characters, to widths: only an average is reliable.
        return parsed, average * 0.9, parsed.sub_type == "Type0"


def page_runs(page: Any, widths: FontWidths | None = None) -> list[_Run]:
    """Every non-blank text run of a pypdf page with its extent, top-down coordinates.

    ``widths``: the document's font widths, shared by its pages."""
    height = float(page.mediabox.height)
    widths = widths if widths is not None else FontWidths()
    runs: list[_Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, Any] | None, size: float) -> None:
        if not text or not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        # Word often sets 1-pt fonts scaled by the text matrix; the visible size is the product.
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
        x_scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]) or scale
        bold, italic = font_style(font)
        for k, part in enumerate(text.split("\n")):
            if part.strip():
                width, estimated = widths(font, part.rstrip())
                top = height - y + k * size * scale * 1.2
                x1 = x + width * size * x_scale / 1000
                runs.append(_Run(top, x, x1, part, size * scale, bold, italic, estimated))

    page.extract_text(visitor_text=visit)
    return runs


def _baselines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose baselines are within 2 pt, left to right, top to bottom."""
    rows: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: (round(r.top, 0), r.x0)):
        if rows and abs(run.top - rows[-1][0].top) <= 2:
            rows[-1].append(run)
        else:
            rows.append([run])
    return [sorted(r, key=lambda r: r.x0) for r in rows]


# A bullet glyph or list number set apart from its item's text ("•", "3.", "b)") belongs to it.
_MARKER_RE = re.compile(r"^\s*(?:[•○●◦▪▫■□–\-\uf0b7\uf0a7]|\d{1,2}[.)]|[a-z][.)])\s*$")


def _split(row: list[_Run]) -> list[list[_Run]]:
    """One baseline's runs cut into segments at wide gaps."""
    parts: list[list[_Run]] = []
    for run in row:
        if parts:
            prev = parts[-1][-1]
            factor = ESTIMATED_GAP if (prev.estimated or run.estimated) else SEGMENT_GAP
            marker = len(parts[-1]) == 1 and _MARKER_RE.match(prev.text)
            if marker or run.x0 - prev.x1 < max(prev.size, run.size) * factor:
                parts[-1].append(run)
                continue
        parts.append([run])
    return parts


def _join(runs: list[_Run]) -> str:
    """Runs of one segment as text: a space where they leave a gap, none where they touch."""
    text = ""
    for i, run in enumerate(runs):
        piece = run.text.strip("\n")
        if i and text and not text[-1].isspace() and not piece[:1].isspace():
            prev = runs[i - 1]
            if run.x0 - prev.x1 > run.size * (0.5 if (prev.estimated or run.estimated) else 0.15):
                text += " "
        text += piece
    return re.sub(r"\s+", " ", text).strip()


def _segment(runs: list[_Run]) -> Segment:
    return Segment(_join(runs), runs[0].x0, max(r.x1 for r in runs), runs)


def _line(parts: list[list[_Run]]) -> Line:
    """A line from its segments; it takes the size and slant of its longest run, and is bold only when
    all its text is: a bold label before a plain value ("Tidplan: HT 2025") is a field, not a heading."""
    runs = [r for p in parts for r in p]
    main = max(runs, key=lambda r: len(r.text.strip()))
    bold = all(r.bold for r in runs if r.text.strip())
    segments = [_segment(p) for p in parts]
    segments = [s for s in segments if s.text]
    text = " ".join(s.text for s in segments)
    return Line(
        text, segments[0].x0 if segments else 0.0, runs[0].top, main.size, bold, main.italic, segments
    )


# --------------------------------------------------------------------------- reading order


def _gutter(segments: list[list[_Run]], width: float) -> float | None:
    """An x in the middle of the page that most segments keep to one side of, with enough on each: from a
    fifth of the width in, so that a narrow sidebar beside the text (a fact box, quotes) is a column too."""
    best: tuple[int, float] | None = None
    candidates = {round(p[-1].x1 + 1) for p in segments if 0.2 * width < p[-1].x1 < 0.8 * width}
    for x in sorted(candidates):
        left = sum(1 for p in segments if p[-1].x1 < x)
        right = sum(1 for p in segments if p[0].x0 > x)
        crossing = len(segments) - left - right
        if min(left, right) >= 4 and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best[1] if best else None


def _paragraph_starts(tops: list[float]) -> list[float]:
    """Tops of lines that follow a gap wider than the usual line pitch: where paragraphs (or rows) start."""
    if len(tops) < 2:
        return tops
    pitches = sorted(b - a for a, b in itertools.pairwise(tops) if b > a)
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    return [tops[0]] + [b for a, b in itertools.pairwise(tops) if b - a > pitch * 1.3]


def _interleaved(side: list[list[list[_Run]]], other: list[list[list[_Run]]]) -> int:
    """Lines of one side set between two closely spaced lines of the other: two text columns with
    their own line pitch, which no table has (a table's cells share their rows' baselines)."""
    tops = sorted(parts[0][0].top for parts in other)
    count = 0
    for parts in side:
        top, size = parts[0][0].top, parts[0][0].size
        below = next((t for t in tops if t > top + 2), None)
        above = next((t for t in reversed(tops) if t < top - 2), None)
        if below is not None and above is not None and below - above <= size * 2.2:
            count += 1
    return count


def _is_two_columns(left: list[list[list[_Run]]], right: list[list[list[_Run]]]) -> bool:
    """Both sides single text columns (one segment per line) whose paragraphs start independently,
    or two columns whose lines interleave (then a side may hold a small table of its own)."""
    if len(left) < 4 or len(right) < 4:
        return False
    if max(_interleaved(right, left), _interleaved(left, right)) >= 3:
        return True
    if any(len(parts) > 1 for parts in left) or any(len(parts) > 1 for parts in right):
        return False
    left_starts = _paragraph_starts([p[0][0].top for p in left])
    right_starts = _paragraph_starts([p[0][0].top for p in right])
    together = sum(1 for t in right_starts if any(abs(t - s) <= 2 for s in left_starts))
    return together * 10 < len(right_starts) * 6


def page_lines_from_runs(runs: list[_Run], width: float, height: float) -> list[Line]:
    """Runs -> lines in reading order (column by column on two-column stretches of the page). A side
    column beside the body (see pdf_side_column) is read on its own, put where it starts: before the
    body's block (paragraph, heading, table) that starts nearest its first line, so that a section
    number and title set in the side column head the section they stand beside."""
    rows = [_split(row) for row in _baselines(runs)]
    body, side = split_side_column(rows, width, height)
    lines = _body_lines(body, width, height)
    if not side:
        return _ordered(lines)
    side_lines = [_line(parts) for parts in side]
    starts = [
        k
        for k, ln in enumerate(lines)
        if height * _EDGE < ln.top < height * (1 - _EDGE)
        and (
            k == 0
            or not 0 < ln.top - lines[k - 1].top <= max(ln.size, lines[k - 1].size) * 1.5
            or abs(ln.size - lines[k - 1].size) >= 0.6
        )
    ]
    if not starts:
        return _ordered(lines + side_lines)
    at = min(starts, key=lambda k: abs(lines[k].top - side_lines[0].top))
    return _ordered(lines[:at] + side_lines + lines[at:])


def _body_lines(rows: list[list[list[_Run]]], width: float, height: float) -> list[Line]:
    """Rows of segments -> lines, column by column on two-column stretches."""

    def in_body(row: list[list[_Run]]) -> bool:
        return height * _EDGE < row[0][0].top < height * (1 - _EDGE)

    flat = [parts for row in rows if in_body(row) for parts in row]
    # A page of thousands of stretches is no column layout worth finding (and the search is quadratic).
    gutter = _gutter(flat, width) if 16 <= len(flat) <= _MAX_SEGMENTS else None
    if gutter is None:
        return [_line(row) for row in rows]
    ordered: list[Line] = []
    band: list[list[list[_Run]]] = []

    def close_band() -> None:
        left = [ps for ps in ([p for p in row if p[-1].x1 < gutter] for row in band) if ps]
        right = [ps for ps in ([p for p in row if p[0].x0 > gutter] for row in band) if ps]
        if _is_two_columns(left, right):
            ordered.extend(_line(parts) for parts in left + right)
        else:
            ordered.extend(_line(row) for row in band)
        band.clear()

    for row in rows:
        crossing = any(p[0].x0 <= gutter <= p[-1].x1 for p in row)
        # A column's last line may reach into the bottom band: it stays with the lines just above.
        near = bool(band) and row[0][0].top - band[-1][0][0].top <= row[0][0].size * 2.2
        if crossing or not (in_body(row) or near):
            close_band()
            ordered.append(_line(row))
        else:
            band.append(row)
    close_band()
    return ordered


def _ordered(lines: list[Line]) -> list[Line]:
    for i, line in enumerate(lines):
        line.order = float(i)
    return [ln for ln in lines if ln.text]
