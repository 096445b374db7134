"""Titles over ruled tables set side by side: one line per table, read right before its table.

Cards of labelled rows are often set two or three to a row, each headed by its own title just above
its box ("Aktivitet 1 · Utveckla      Aktivitet 2 · Behålla"). The titles share a baseline, so they
come out as one line of several segments, and the tables, sharing a top, come after it: every title
would land before the first table. Here such a line is cut into one line per segment, and each
title and its table are ordered one after the other, left to right.

A line counts as the titles of a row of tables when it sits just above (within three lines of)
two or more tables whose tops are level, and each of its segments lies over one of those tables.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from kfp_assistant.ingest.pdf_runs import Line

_LEVEL = 3.0  # points two table tops may differ and still stand in one row


class Box(Protocol):
    top: float
    x0: float
    x1: float


def _row_of(boxes: list[Box], k: int) -> list[int]:
    """Indexes of the boxes level with box k, left to right."""
    row = [i for i, b in enumerate(boxes) if abs(b.top - boxes[k].top) <= _LEVEL]
    return sorted(row, key=lambda i: boxes[i].x0)


def _over(line: Line, boxes: list[Box], row: list[int]) -> list[int] | None:
    """For each segment of the line, the box of the row it lies over; None when one lies over none."""
    top = boxes[row[0]].top
    if not (0 < top - line.top <= line.size * 3 + 2) or len(line.segments) < 2:
        return None
    found: list[int] = []
    for seg in line.segments:
        middle = (seg.x0 + seg.x1) / 2
        k = next((i for i in row if boxes[i].x0 - 2 <= middle <= boxes[i].x1 + 2), None)
        if k is None or k in found:
            return None
        found.append(k)
    return found


def caption_tables(
    lines: list[Line], boxes: list[Box], orders: list[float]
) -> tuple[list[Line], list[float]]:
    """The lines with each row-of-tables title line cut into one line per table, and the tables' orders
    (``orders``: where each table would be read) moved so that each comes right after its title."""
    orders = list(orders)
    out: list[Line] = []
    done: set[int] = set()
    for line in lines:
        cut = None
        for k in range(len(boxes)):
            row = _row_of(boxes, k)
            if len(row) >= 2 and k not in done and (cut := _over(line, boxes, row)) is not None:
                break
        if cut is None:
            out.append(line)
            continue
        row = _row_of(boxes, cut[0])
        base = min(orders[i] for i in row)
        step = 0.5 / (2 * len(row) + 1)
        for n, i in enumerate(row):  # title, table, title, table ... left to right
            orders[i] = base + step * (2 * n + 1)
            done.add(i)
        for seg, i in zip(line.segments, cut, strict=True):
            out.append(replace(line, text=seg.text, x=seg.x0, segments=[seg], order=orders[i] - step / 2))
    return out, orders
