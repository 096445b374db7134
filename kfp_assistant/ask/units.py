"""A chunk's text -> its citable units: sentences, whole lines (list items), bullets and table cells,
with page, offsets in the chunk's text and the paragraph each belongs to.

In: a Chunk (text with one line per paragraph, list item or table row; the page of each line).
Out: Units in order; extractive.py scores and selects them, cited_text.py quotes them.

A paragraph cut by a page break (or a wrapped line) arrives as two lines, the second starting in the
middle of a sentence ("... genom att" / "delta på arbetsmässor ..."): such lines are read as one
paragraph, so the sentence across the break is one unit and its paragraph stays whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from kfp_assistant.schema import Chunk
from kfp_assistant.sv.numbers import parse_number

# Sentence ends; a lone list number ("följer: 1.") or an abbreviation ("t.ex. AI") does not end a
# sentence (see _merge_fragments).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_NOT_AN_END = re.compile(
    r"(?:(?:^|[:,]|\boch|\bsamt)\s*\d{1,2}"
    r"|(?:^|\s)(?:t\.\s?ex|bl\.\s?a|d\.\s?v\.\s?s|s\.\s?k|t\.\s?o\.\s?m|fr\.\s?o\.\s?m|p\.\s?g\.\s?a"
    r"|dvs|ca|resp|inkl|exkl|enl|jfr))\.$",
    re.IGNORECASE,
)
# Table cell bars and ○ bullets end a citable unit as line breaks do.
_PIECE = re.compile(r"\s+\|\s+|\s*○\s*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MARKER = re.compile(r"^(?:[•●▪◦‣\-–*]|\d{1,2}[.)]|[a-zåäö][)])\s+")
# A line that stops mid-sentence (no closing mark) and a next line going on in lower case. A short
# line without a sentence end in it is a list item ("sänka sjuktalet" / "höja kompetensen"), not prose.
_OPEN_END = re.compile(r"[^.!?:;…\s]\s*$")
_GOES_ON = re.compile(r"^[a-zåäö]")
_LONG_LINE = 100
MIN_CITABLE = 16  # shorter sentences are cell values or fragments: shown only as list items

UnitKind = Literal["line", "bullet", "cell", "sentence"]


@dataclass(frozen=True)
class Unit:
    """A sentence of a chunk: where it is, and whether it is a whole line or bullet (a list item)."""

    text: str
    page: int
    start: int
    end: int
    kind: UnitKind
    marked: bool = False  # began with a bullet or a list number ("1.", "•", "-")
    paragraph: int = 0  # index of the paragraph (line, or lines cut mid-sentence) within the chunk

    @property
    def citable(self) -> bool:
        """Whether the sentence is long enough to stand alone as an answer (not a cell value or fragment)."""
        return len(self.text) >= MIN_CITABLE

    @property
    def item(self) -> bool:
        """Whether the unit is a list item: a whole line or bullet with at least one word in it."""
        return self.kind in ("line", "bullet") and bool(re.search(r"[^\W\d_]{2}", self.text))


def _merge_fragments(sentences: list[str]) -> list[str]:
    """Rejoin what the sentence split cut after a list number or an abbreviation:
    'Följer: 1.' + 'Utökad sysselsättningsgrad, 2.' + ...; 'effektivitet t.ex.' + 'AI.'"""
    out: list[str] = []
    for s in sentences:
        if out and _NOT_AN_END.search(out[-1]):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _locate(text: str, sentence: str, cursor: int) -> tuple[int, int]:
    """Where the sentence is in the text from the cursor on; rejoined fragments may differ in spacing."""
    found = text.find(sentence, cursor)
    if found >= 0:
        return found, found + len(sentence)
    match = re.compile(r"\s+".join(re.escape(w) for w in sentence.split())).search(text, cursor)
    return (match.start(), match.end()) if match else (cursor, cursor)


def cut_mid_sentence(line: str, next_line: str) -> bool:
    """Whether a paragraph goes on on the next line: the line stops mid-sentence and is prose (long, or
    holding a finished sentence), and the next line is neither a table row nor a bullet and starts in
    lower case."""
    if "|" in line or "|" in next_line or "○" in line or _MARKER.match(next_line.strip()):
        return False
    prose = len(line) >= _LONG_LINE or bool(_SENTENCE_END.search(line))
    return prose and bool(_OPEN_END.search(line)) and bool(_GOES_ON.match(next_line.strip()))


def paragraphs(chunk: Chunk) -> list[tuple[str, int]]:
    """The chunk's paragraphs in order, each with its offset in chunk.text: lines, a line cut
    mid-sentence joined with the next (the break kept in the text, read as a space)."""
    out: list[tuple[str, int]] = []
    offset = 0
    for line in chunk.text.split("\n"):
        if out and cut_mid_sentence(out[-1][0].rsplit("\n", 1)[-1], line):
            out[-1] = (f"{out[-1][0]}\n{line}", out[-1][1])
        else:
            out.append((line, offset))
        offset += len(line) + 1
    return out


def _page_at(chunk: Chunk) -> tuple[list[int], list[int]]:
    """Line start offsets and the page of each line, to find the page of any offset."""
    lines = chunk.text.split("\n")
    pages = chunk.line_pages if len(chunk.line_pages) == len(lines) else [chunk.page_start] * len(lines)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    return starts, list(pages)


def _is_value(cell: str, position: int, row_cells: int) -> bool:
    """A cell that only says how much of what the cell before it names: a short number ("46", "34 %",
    "+18", "46,8 år"), or the short second cell of a two-cell row ("Senast mätt | oktober 2025"). A
    year alone is a column of its own (an activity's "Klart | 2026"), not an amount."""
    text = cell.strip()
    short = bool(text) and len(text) < MIN_CITABLE
    amount = parse_number(text.lstrip("+±")) is not None and not _YEAR.fullmatch(text)
    return short and ((row_cells, position) == (2, 1) or amount)


def _cell_groups(pieces: list[str]) -> list[list[str]]:
    """A label/value row's cells, each value kept with the label before it, so that a label is never
    shown without its value: "Andel kvinnor | 34 % | Andel män | 66 %" -> two groups. A label of more
    than one sentence stays apart (its sentences are units of their own). A label with several values
    ("Avdelning X | 11 | 11 | 26", a row of a table whose columns are years or groups) is no pair:
    its numbers say nothing without the header, so the cells stay apart."""
    groups: list[list[str]] = []
    for position, piece in enumerate(pieces):
        joins = groups and _is_value(piece, position, len(pieces))
        if joins and len(_SENTENCE_END.split(groups[-1][0].strip())) == 1:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups if all(len(g) <= 2 for g in groups) else [[p] for p in pieces]


def units(chunk: Chunk) -> list[Unit]:
    """Sentences, bullets and table cells of a chunk in order, with page and offsets in chunk.text."""
    out: list[Unit] = []
    starts, pages = _page_at(chunk)
    for number, (paragraph, offset) in enumerate(paragraphs(chunk)):
        cursor = offset
        flat = paragraph.replace("\n", " ")
        pieces = _PIECE.split(flat)
        bulleted = "○" in flat
        row = len(pieces) > 1 and not bulleted
        if row:
            pieces = [" | ".join(p.strip() for p in group) for group in _cell_groups(pieces)]
        for piece in pieces:
            body = _MARKER.sub("", piece.strip())
            marked = bulleted or body != piece.strip()
            parts = _merge_fragments([s.strip() for s in _SENTENCE_END.split(body) if s.strip()])
            for n, sentence in enumerate(parts):
                if len(parts) > 1:
                    kind: UnitKind = "sentence"
                elif not row and len(pieces) == 1:
                    kind = "line"
                else:
                    kind = "bullet" if bulleted else "cell"
                start, end = _locate(chunk.text, sentence, cursor)
                page = pages[bisect_right(starts, start) - 1]
                out.append(Unit(sentence, page, start, end, kind, marked and n == 0, number))
                cursor = end
    return out


def sentences(chunk: Chunk) -> list[tuple[str, int]]:
    """Citable sentences (or table rows) of a chunk with the page each is on."""
    return [(u.text, u.page) for u in units(chunk) if u.citable]
