"""Shown sentences as cited answer text: the units an extractive selection shows, in runs of
consecutive units of one chunk, one citation per run and page; each quote is the plan's text verbatim.

In: a Selection (extractive.select) and the answer's citations so far. Out: answer text per plan,
best-ranked first, with the new citations appended.
"""

from __future__ import annotations

from dataclasses import dataclass

from kfp_assistant.ask.extractive import Selection
from kfp_assistant.ask.units import Unit
from kfp_assistant.schema import Chunk, Citation


@dataclass
class Piece:
    """Consecutive shown units of one chunk on one page: one citation."""

    chunk: Chunk
    page: int
    indices: list[int]
    rank: int


def pieces(chosen: Selection) -> list[list[Piece]]:
    """Shown units as runs (consecutive in a chunk), each split by page; runs best-ranked first."""
    runs: list[list[Piece]] = []
    for chunk_id, shown in chosen.shown.items():
        all_units = chosen.units[chunk_id]
        chunk = chosen.chunks[chunk_id]
        items = chosen.items.get(chunk_id, set())
        visible = sorted(shown | items)
        run: list[Piece] = []
        previous = None
        for i in visible:
            gap = previous is not None and any(
                all_units[j].citable or all_units[j].item for j in range(previous + 1, i)
            )
            if run and gap:
                runs.append(run)
                run = []
            if run and run[-1].page == all_units[i].page:
                run[-1].indices.append(i)
            else:
                run.append(Piece(chunk, all_units[i].page, [i], 10**6))
            previous = i
        if run:
            runs.append(run)
    for run in runs:
        ranks = [chosen.rank.get((piece.chunk.chunk_id, i), 10**6) for piece in run for i in piece.indices]
        for piece in run:
            piece.rank = min(ranks)
    runs.sort(key=lambda r: r[0].rank)
    return runs


def quote(piece: Piece, all_units: list[Unit]) -> str:
    """The plan's text from the first to the last unit of the piece, whitespace collapsed."""
    first, last = all_units[piece.indices[0]], all_units[piece.indices[-1]]
    return " ".join(piece.chunk.text[first.start : last.end].split())


def _same_paragraph(all_units: list[Unit], i: int) -> bool:
    return i > 0 and all_units[i - 1].paragraph == all_units[i].paragraph


def render(chosen: Selection, citations: list[Citation]) -> dict[str, list[str]]:
    """Answer text per plan (doc_id -> parts, best-ranked first), appending one citation per piece."""
    parts: dict[str, list[str]] = {}
    for run in pieces(chosen):
        chunk = run[0].chunk
        all_units = chosen.units[chunk.chunk_id]
        items = chosen.items.get(chunk.chunk_id, set())
        text = ""
        for piece in run:
            for k, i in enumerate(piece.indices):
                unit = all_units[i].text
                # the short cells of a table row between two shown ones ("| Hög | ↑ |"): a rating or a
                # date in a cell of its own is what a row compared says
                unit = _skipped_cells(all_units, piece.indices[k - 1], i) + unit if k else unit
                # an item of several sentences (a short paragraph a lead-in introduces) is one bullet
                goes_on = all_units[i].kind == "sentence" and i - 1 in items and _same_paragraph(all_units, i)
                text += f"\n- {unit}" if i in items and not goes_on else (" " if text else "") + unit
            n = len(citations) + 1
            citations.append(Citation.of_chunk(n, chunk, piece.page, quote(piece, all_units)))
            text += f" [{len(citations)}]"
        # A run of list items only (a list going on from the chunk before) starts on a line of its own.
        parts.setdefault(chunk.doc_id, []).append(text.rstrip() if text.startswith("\n- ") else text.strip())
    return parts


def _skipped_cells(all_units: list[Unit], before: int, i: int) -> str:
    """ "Hög | ↑ | 0–2 år | " for the cells of one table row left out between two shown cells; else ""."""
    skipped = all_units[before + 1 : i]
    same_row = all_units[before].paragraph == all_units[i].paragraph and all_units[before].kind == "cell"
    if not skipped or not same_row or any(u.kind != "cell" for u in skipped):
        return ""
    return "| " + " | ".join(u.text for u in skipped) + " | "
