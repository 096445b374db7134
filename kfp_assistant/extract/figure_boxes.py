"""Fact boxes: key figures set as a label line with its value on a line of its own below it, or
as number tiles, a big value with its label under or beside it (tile_cells, tile_line).

A plan's fact box or infographic ("Faktaruta") often writes each figure as a short label and,
under it, the number alone, set large (so a PDF reader may take it for a heading):

    Tillsvidareanställda
    1 234
    Andel kvinnor
    71 %

Two or more such label/value pairs in a row are read as a label/value table (figures.py reads
each of its rows as the sentence "label value"). A lone number under a line is not a fact box.

A row of tiles side by side reaches the text as a line of values over a line of labels, one word
each, and perhaps a line of last year's values in brackets (stacked_tiles):

    634            48 %       44,3 år      80
    medarbetare¹   kvinnor    medelålder   AMI
    (2024: 612)    (2024: 47 %) (2024: 44,8 år) (2024: 79)

The n-th label names the n-th value (and the n-th bracketed value, of the year in the bracket) only
when the lines hold as many labels as values.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.figure_numbers import REFERENCE_DATE_RE
from kfp_assistant.extract.table_headers import plain_label
from kfp_assistant.schema import Block
from kfp_assistant.sv.numbers import DIGIT_SPACES, parse_number

# A value line: a number and at most a unit ("4 105", "84,6 %", "12 st").
_VALUE_RE = re.compile(rf"^\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})*(?:,\d+)?\s*(?:%|procent|st\.?)?$")
_MAX_LABEL_WORDS = 12


def _is_value(block: Block) -> bool:
    text = " ".join(block.text.split())
    return (
        block.kind in ("heading", "paragraph")
        and bool(_VALUE_RE.match(text))
        and parse_number(text) is not None
    )


def _is_label(block: Block) -> bool:
    text = " ".join(block.text.split())
    return (
        block.kind in ("heading", "paragraph")
        and len(text.split()) <= _MAX_LABEL_WORDS
        and bool(re.search(r"[^\W\d_]{3}", text))
        and not text.endswith((".", ":", "?", "!"))
    )


def boxed_pairs(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of two or more label/value pairs replaced by one label/value table."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        pairs: list[list[str]] = []
        k = i
        while k + 1 < len(blocks) and _is_label(blocks[k]) and _is_value(blocks[k + 1]):
            pairs.append([" ".join(blocks[k].text.split()), " ".join(blocks[k + 1].text.split())])
            k += 2
        if len(pairs) >= 2:
            text = "\n".join(" | ".join(p) for p in pairs)
            out.append(Block(kind="table", text=text, page=blocks[i].page, rows=pairs))
            i = k
            continue
        out.append(blocks[i])
        i += 1
    return out


# A header row over a label/value table ("Nyckeltal | Värde", "Mått | Antal"): no digit in any cell.
_HEADER_CELL_RE = re.compile(r"^[^\d]*$")
_PAIR_VALUE_MAX_WORDS = 3


def _is_value_cell(cell: str) -> bool:
    """A short number with at most a unit or sign: "412", "34 %", "46,8 år", "+18", "−3,2"."""
    text = " ".join(cell.split())
    return len(text.split()) <= _PAIR_VALUE_MAX_WORDS and parse_number(text.lstrip("+")) is not None


def _is_label_cell(cell: str) -> bool:
    return bool(re.search(r"[^\W\d_]{3}", cell))


def _row_pairs(row: list[str]) -> list[list[str]] | None:
    """The label/value pairs of one row: "Andel kvinnor | 34 %" or two side by side, "Andel kvinnor |
    34 % | Andel män | 66 %"; None when the row is not label, value[, label, value]."""
    cells = [" ".join(c.split()) for c in row if c.strip()]
    if len(cells) not in (2, 4):
        return None
    pairs = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return pairs if all(_is_label_cell(p[0]) and _is_value_cell(p[1]) for p in pairs) else None


def value_pairs(rows: list[list[str]]) -> list[list[str]]:
    """The label/value pairs of a label/value table (each row a label and a short number, or two such
    pairs side by side), [] when the table is not one.

    A header row ("Nyckeltal | Värde") and a few rows whose value is not a number ("Senaste mätning |
    oktober 2025") do not stop a table from being one: at least two rows and most of the table's rows
    must be pairs, and no row may have a cell count other than two or four."""
    body = rows[1:] if rows and all(_HEADER_CELL_RE.match(c) for c in rows[0]) else rows
    if any(len([c for c in row if c.strip()]) not in (2, 4) for row in body):
        return []
    found = [_row_pairs(row) for row in body]
    paired = [p for p in found if p]
    if len(paired) < 2 or 2 * len(paired) <= len(body):
        return []
    return [pair for pairs in paired for pair in pairs]


# Number tiles: a key figure set as a big value with a short label under or beside it ("7,4 %" over
# "personalomsättning 2024", "1 262" over "tillsvidareanställda"). The value comes first; the label
# is a few words naming the metric, at most followed by a year or period ("jan–sep 2025").
_TILE_VALUE = (
    rf"(?<![\d,])\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})*(?:,\d+)?(?:\s*(?:%|procent|år|st\.?))?(?![\d,])"
)
_TILE_VALUE_RE = re.compile(rf"^{_TILE_VALUE}$")
_TILE_YEAR = r"(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?"
# A label: words, no verb or conjunction that would make it a clause of prose ("och", "är", "varav").
_TILE_WORD = r"(?!(?:och|samt|är|var|har|hade|som|av|varav|till|från|mot|med|jämfört)\b)[^\W\d_][\w–-]*"
# Words are separated by whitespace, never split: an optional separator let one long word be cut
# every way into five pieces, and the regex backtracked for minutes on a long line of letters.
_TILE_RE = re.compile(
    rf"({_TILE_VALUE})\s+({_TILE_WORD}(?:\s+{_TILE_WORD}){{0,4}}?(?:\s+{_TILE_YEAR})?)(?=\s+\d|\s*$)"
)
_MAX_TILE_LINE = 400  # a run of tiles is a short line; longer text is prose or a table row
_MAX_TILE_LABEL_WORDS = 6


def _tile_label(text: str) -> bool:
    return (
        bool(re.search(r"[^\W\d_]{3}", text))
        and len(text.split()) <= _MAX_TILE_LABEL_WORDS
        and not text.endswith((".", ":", "?", "!", ","))
    )


def _tile_cell(cell: str) -> str | None:
    """A tile cell, its value on the first line and its label under it, as "value label"; else None."""
    lines = [" ".join(line.split()) for line in cell.splitlines() if line.strip()]
    if len(lines) < 2 or not _TILE_VALUE_RE.match(lines[0]) or parse_number(lines[0]) is None:
        return None
    label = " ".join(lines[1:])
    return f"{lines[0]} {label}" if _tile_label(label) else None


def tile_cells(rows: list[list[str]]) -> list[str]:
    """The tiles of a table whose every cell is a number tile (two or more), each as "value label";
    [] when any cell is something else."""
    cells = [c for row in rows for c in row if c.strip()]
    tiles = [_tile_cell(c) for c in cells]
    return [t for t in tiles if t] if len(cells) >= 2 and all(tiles) else []


def tile_line(text: str) -> list[str]:
    """The tiles of a line made only of number tiles run together ("6,1 % sjukfrånvaro jan–sep 2025
    7,4 % personalomsättning 2024"), each as "value label"; [] for a line of prose or a single value.

    Each tile is read on its own so that a year written after one label stays with its value."""
    line = " ".join(text.split())
    if len(line) > _MAX_TILE_LINE:
        return []
    tiles, pos = [], 0
    for m in _TILE_RE.finditer(line):
        if line[pos : m.start()].strip() or parse_number(m.group(1)) is None:
            return []
        tiles.append(f"{m.group(1)} {m.group(2).strip()}")
        pos = m.end()
    return tiles if len(tiles) >= 2 and not line[pos:].strip() else []


def tiles_of(block: Block) -> list[str]:
    """The number tiles of a block: a table of tile cells or a line of tiles; [] for anything else."""
    if block.kind == "table":
        return tile_cells(block.rows or [])
    return tile_line(block.text) if block.kind != "heading" else []


def note_year(after: list[Block]) -> str | None:
    """The year of a note dating the figures set right under tiles ("Uppgifterna avser den 30
    september 2025"): a tile without a year of its own is of that date."""
    for note in after:
        named = re.findall(r"\b(?:19|20)\d\d\b", note.text) if REFERENCE_DATE_RE.search(note.text) else []
        if note.kind == "paragraph" and named:
            return str(named[-1])
    return None


_VALUES_LINE_RE = re.compile(rf"(?:{_TILE_VALUE}\s*){{2,}}")
_BRACKET_RE = re.compile(rf"\(\s*((?:19|20)\d\d)\s*:?\s*({_TILE_VALUE})\s*\)")
_BRACKETS_LINE_RE = re.compile(rf"(?:{_BRACKET_RE.pattern}\s*){{2,}}")


Tile = tuple[str, str, str | None]  # value as written, label, the year a bracket gives it


def stacked_tiles(blocks: list[Block]) -> tuple[list[Tile], int, str] | None:
    """A row of tiles stacked as lines (module docstring) at the head of blocks: each tile (and each
    bracketed value, with the bracket's year), how many blocks they take, and their text as the page
    writes it; None when the blocks start otherwise."""
    if len(blocks) < 2 or blocks[0].kind == "table" or blocks[1].kind == "table":
        return None
    line = " ".join(blocks[0].text.split())
    if not _VALUES_LINE_RE.fullmatch(line + " "):
        return None
    values = [m.group(0) for m in re.finditer(_TILE_VALUE, line)]
    labels = plain_label(blocks[1].text).split()
    if len(labels) != len(values) or not all(re.fullmatch(r"[^\W\d_][\w-]*", w) for w in labels):
        return None
    tiles: list[Tile] = [(v, w, None) for v, w in zip(values, labels, strict=True)]
    used = 2
    if len(blocks) > 2 and blocks[2].kind != "table":
        brackets = " ".join(blocks[2].text.split())
        found = _BRACKET_RE.findall(brackets)
        if _BRACKETS_LINE_RE.fullmatch(brackets + " ") and len(found) == len(values):
            tiles += [(v, w, y) for (y, v), w in zip(found, labels, strict=True)]
            used = 3
    return tiles, used, " ".join(b.text for b in blocks[:used])
