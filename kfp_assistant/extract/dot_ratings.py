"""Competences rated with filled and empty dots ("Krematorietekniker ●●● ●●○ Hög") -> gap rows.

A plan may rate each critical competence on a scale of dots (how hard to recruit, the risk of losing
it to retirement, ...), filled dots for the degree, empty ones for the rest: "●●○" is two of three.
Every competence such a matrix rates is one the plan assesses as a gap (the dots say how large).

Laid out without ruling lines, the matrix reaches the reader as lines rather than a table: one line
per row ("Arborister med klätterbehörighet ●●● ●○○ Hög"), and a name too long for its cell wraps
around the line of dots ("Trädgårdsmästare med kunskap om kulturhistoriska" / "●●○ ●●● Hög" /
"miljöer"). The legend ("●●● stor ●●○ måttlig ●○○ liten") names no competence and is skipped.

In: a table's rows or a run of blocks under a gap heading. Out: the rated names, in order.
"""

from __future__ import annotations

import re

from kfp_assistant.schema import Block

# A run of dots of one scale: filled and empty circles, stars or squares, at least two.
_DOTS = r"(?:[●◉⬤○◯]{2,}|[★☆]{2,}|[■□]{2,})"
DOTS_RE = re.compile(_DOTS)
# A cell that is only dots.
_DOT_CELL_RE = re.compile(rf"^\s*{_DOTS}\s*$")
# A line that names something and then rates it: the name, one or more runs of dots, perhaps a last
# word summing them up ("Hög", "Medel", "Låg").
_RATED_LINE_RE = re.compile(rf"^(?P<name>[^●◉⬤○◯★☆■□]{{3,}}?)\s+(?:{_DOTS}\s*)+(?:\w+\.?)?\s*$")
# Only the dots (and the summing word) of a row whose name wrapped around them.
_ONLY_DOTS_RE = re.compile(rf"^\s*(?:{_DOTS}\s*)+(?:\w+\.?)?\s*$")
_MAX_NAME_WORDS = 14
_MAX_TAIL_WORDS = 4  # the wrapped end of a name below its dots ("miljöer")


def is_dot_cell(cell: str) -> bool:
    """Whether a table cell is a rating in dots ("●●○")."""
    return bool(_DOT_CELL_RE.match(" ".join(cell.split())))


def dot_rated_rows(rows: list[list[str]]) -> list[str] | None:
    """The first cells of a table's rows rated in dots, every row counting (a header row, if any, has
    no dots); None when no column is mostly dots."""
    width = max((len(r) for r in rows), default=0)
    for col in range(1, width):
        cells = [r[col] for r in rows if col < len(r) and r[col].strip()]
        dotted = [c for c in cells if is_dot_cell(c)]
        if len(dotted) >= 2 and len(dotted) * 2 >= len(cells):
            return [
                " ".join(r[0].split()) for r in rows if col < len(r) and is_dot_cell(r[col]) and r[0].strip()
            ]
    return None


def _name_of(text: str) -> str | None:
    m = _RATED_LINE_RE.match(text)
    if not m or not re.search(r"[^\W\d_]{3}", m.group("name")):
        return None
    name = m.group("name").strip(" :–-")
    return name if len(name.split()) <= _MAX_NAME_WORDS else None


def _text(blocks: list[Block], i: int) -> str:
    ok = 0 <= i < len(blocks) and blocks[i].kind == "paragraph"
    return " ".join(blocks[i].text.split()) if ok else ""


def rated_line_at(blocks: list[Block], i: int) -> str | None:
    """The name blocks[i] rates in dots: its own lead ("Arborister med klätterbehörighet ●●● ●○○ Hög"),
    or, for a line of dots only, the line above it joined with the wrapped end below ("Trädgårdsmästare
    med kunskap om kulturhistoriska" / "●●○ ●●● Hög" / "miljöer"); None for any other block. Only
    paragraphs are read: a table's rows go through dot_rated_rows."""
    text = _text(blocks, i)
    if not text:
        return None
    if name := _name_of(text):
        return name
    if not _ONLY_DOTS_RE.match(text):
        return None
    head, tail = _text(blocks, i - 1), _text(blocks, i + 1)
    if not head or DOTS_RE.search(head) or len(head.split()) > _MAX_NAME_WORDS or head.endswith("."):
        return None
    wrapped = tail[:1].islower() and len(tail.split()) <= _MAX_TAIL_WORDS and not DOTS_RE.search(tail)
    return f"{head} {tail}" if wrapped else head
