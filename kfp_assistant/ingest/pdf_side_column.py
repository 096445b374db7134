"""A side column beside the page body: found by geometry, read on its own.

Reports and plans often set a narrow column of their own beside the body text: key figures, a
short contents list, quotes, section numbers, often on a tinted band. Read line by line across the
page, its lines land between the body's lines: a key figure inside a table's rows, a quote inside
a paragraph, a table's header row glued to a sidebar line. What gives it away is geometry, not
words:

* its text keeps to a narrow band at the left or right edge (at most about a third of the page);
* a clear vertical channel separates it from the body: over the column's height no text crosses
  the channel;
* it runs at its own line pitch: most of its lines, and most of its paragraphs' first lines, do
  not share a baseline with a body line. A table whose first column holds row labels fails this
  test (each label, wrapped or not, starts on its row's baseline), and so does a layout with
  labels in the margin beside their paragraphs.

The rows handed in are baselines cut into segments (lists of runs with x0, x1 and top); the
side column's segments are taken out of them and returned as rows of their own.
"""

from __future__ import annotations

import itertools
from typing import Any, TypeVar

R = TypeVar("R")

_EDGE = 0.08  # running headers and footers: never part of a side column
_MAX_SHARE = 0.36  # a side column's band is at most this share of the page width
_MIN_LINES = 4  # lines the side column and the body beside it each need
_MAX_ALIGNED = 0.5  # share of side lines that may sit on a body line's baseline (a label column: all)
_MIN_CHANNEL = 12.0  # pt of empty channel between column and body


def _top(part: list[Any]) -> float:
    return float(part[0].top)


def _x0(part: list[Any]) -> float:
    return float(part[0].x0)


def _x1(part: list[Any]) -> float:
    return float(max(r.x1 for r in part))


def _paragraph_starts(tops: list[float]) -> list[float]:
    """Tops of lines after a gap wider than the usual line pitch: where a side paragraph (or a
    table cell) starts."""
    pitches = sorted(b - a for a, b in itertools.pairwise(tops))
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    return tops[:1] + [b for a, b in itertools.pairwise(tops) if b - a > pitch * 1.3]


def split_side_column(
    rows: list[list[list[R]]], width: float, height: float
) -> tuple[list[list[list[R]]], list[list[list[R]]]]:
    """(body rows, side column rows); no side column: (rows, [])."""
    parts = [p for row in rows for p in row if height * _EDGE < _top(p) < height * (1 - _EDGE)]
    if len(parts) < 2 * _MIN_LINES:
        return rows, []
    for left in (True, False):
        found = _side(parts, width, left)
        if found is None:
            continue
        channel, top, bottom = found
        body = [kept for row in rows if (kept := [p for p in row if not _in(p, channel, top, bottom, left)])]
        side = [kept for row in rows if (kept := [p for p in row if _in(p, channel, top, bottom, left)])]
        return body, side
    return rows, []


def _in(part: list[Any], channel: float, top: float, bottom: float, left: bool) -> bool:
    """Whether a segment lies in the side column: beyond the channel and within its height."""
    beyond = _x1(part) < channel if left else _x0(part) > channel
    return beyond and top <= _top(part) <= bottom


def _side(parts: list[list[Any]], width: float, left: bool) -> tuple[float, float, float] | None:
    """(channel x, top, bottom) of a side column at the left (or right) edge, or None."""
    if left:
        ends = sorted({_x1(p) for p in parts if _x1(p) < width * _MAX_SHARE})
    else:
        ends = sorted({_x0(p) for p in parts if _x0(p) > width * (1 - _MAX_SHARE)}, reverse=True)
    # the widest band first: the channel just beyond the column's longest line
    for end in reversed(ends):
        side = [p for p in parts if (_x1(p) <= end if left else _x0(p) >= end)]
        if len(side) < _MIN_LINES:
            continue
        top, bottom = min(_top(p) for p in side), max(_top(p) for p in side)
        ids = {id(p) for p in side}
        span = [p for p in parts if top - 2 <= _top(p) <= bottom + 2 and id(p) not in ids]
        if left:
            crossing = any(_x0(p) <= end + _MIN_CHANNEL for p in span)
        else:
            crossing = any(_x1(p) >= end - _MIN_CHANNEL for p in span)
        if crossing:
            continue  # text reaches into the channel: no column edge here (a narrower band may be)
        if len({round(_top(p)) for p in parts if id(p) not in ids}) < _MIN_LINES:
            return None  # no body beside it
        body_tops = [_top(p) for p in span]
        aligned = sum(1 for p in side if any(abs(_top(p) - t) <= 1 for t in body_tops))
        starts = _paragraph_starts(sorted({_top(p) for p in side}))
        on_rows = sum(1 for t in starts if any(abs(t - b) <= 0.5 for b in body_tops))
        if aligned > _MAX_ALIGNED * len(side) or on_rows * 2 > len(starts):
            return None  # a table's first column: its cells start on the rows' baselines
        return (end + _MIN_CHANNEL / 2 if left else end - _MIN_CHANNEL / 2), top, bottom
    return None
