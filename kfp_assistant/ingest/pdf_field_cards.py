"""Boxes of fields whose labels stand ABOVE their values (activity cards) -> table rows.

Some plans draw each activity as a box (often with rounded corners, which the table finder does not
see) holding a title and fields set as a small grid: a line of short labels in capitals or bold, each
with its value in the lines below it, starting at the label's x:

    ┌──────────────────────────────────────────────┐
    │ U1  Starta ett mentorprogram för nya chefer   │
    │     SYFTE                  ANSVARIG           │
    │     Färre avhopp första    Personalchef       │
    │     året                                      │
    │     KLART                  MÅTT               │
    │     Q3 2031                Andel kvar         │
    └──────────────────────────────────────────────┘

Read line by line, the values of two fields side by side run together and the lines of a two-column
page interleave with the text beside the box. Each such box is read as a table of its own instead:
a row per text before the first label line (a code, the title), then one row of label/value pairs per
label line ("SYFTE | Färre avhopp första året | ANSVARIG | Personalchef"). What the labels mean is
read later (extract.cards); here a box counts as a card of fields only by its form: at least two
labels, each label line followed by values, a title above them, and values in words for the most
part (key-figure tiles set a figure under each label; they are left to the lines).

A short line in the margin beside a box (an area name in a side column) is read before the box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

Word = dict[str, Any]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_MIN_WIDTH, _MIN_HEIGHT = 100.0, 30.0
_MAX_LABEL_WORDS = 3  # words of one label ("KLART SENAST")
_SAME_LINE = 2.0
_MAX_HEADS = 3  # groups of text above the labels: a code, a title, a tag
_MAX_WORDS = 40  # words of a title or of one value
# A card's code before its title: letters and a number ("U1", "Av2", "K12"), or a number ("3", "2.1");
# not before a separator ("K2 · Rekrytera" is a band naming the area).
_CODE_RE = re.compile(r"^(?:[A-ZÅÄÖ][A-Za-zåäö]{0,2}\d{1,2}|\d{1,2}(?:\.\d{1,2})?\.?)$")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")  # points between the tops of words of one line


@dataclass
class FieldCard:
    """A box read as a card of fields: its area and its rows."""

    box: Box
    rows: list[list[str]]


def card_outlines(page: Any) -> list[Box]:
    """Outlines on a pdfplumber page that could be cards: drawn rectangles and curves (rounded corners)
    big enough to hold fields, and smaller than half the page (a page frame or background is none)."""
    shapes = [*getattr(page, "rects", []), *getattr(page, "curves", [])]
    area = float(page.width) * float(page.height)
    out = []
    for s in shapes:
        x0, top, x1, bottom = float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"])
        w, h = x1 - x0, bottom - top
        if w >= _MIN_WIDTH and h >= _MIN_HEIGHT and w * h <= area / 2:
            out.append((x0, top, x1, bottom))
    return list(dict.fromkeys(out))


def _inside(w: Word, box: Box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) <= _SAME_LINE:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _clusters(line: list[Word]) -> list[list[Word]]:
    """Words of a line in groups apart by more than a wide space (about two letters)."""
    groups: list[list[Word]] = []
    for w in line:
        gap = 2.0 * float(w.get("size") or (w["bottom"] - w["top"]))
        if groups and w["x0"] - groups[-1][-1]["x1"] <= gap:
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


def _is_bold(w: Word) -> bool:
    return "bold" in str(w.get("fontname", "")).casefold()


def _label_line(line: list[Word], below: list[Word] | None) -> list[float] | None:
    """The x of each label of a line of labels only (capitals, or bold over a line in regular type),
    or None. A label is a few words of letters; its values start below it."""
    groups = _clusters(line)
    if below is None or any(len(g) > _MAX_LABEL_WORDS for g in groups):
        return None
    texts = [w["text"].rstrip(":") for w in line]
    if not all(t.isalpha() and len(t) >= 2 for t in texts):
        return None
    capitals = all(t.isupper() for t in texts)
    bold = all(_is_bold(w) for w in line) and not all(_is_bold(w) for w in below)
    return [g[0]["x0"] for g in groups] if capitals or bold else None


def _column(starts: list[float], x: float) -> int:
    return max((i for i, s in enumerate(starts) if x >= s - 2), default=0)


def _card(words: list[Word]) -> list[list[str]] | None:
    """Rows of a box's words read as a card of fields, or None when they are no such card."""
    lines = _lines(words)
    starts = [_label_line(ln, lines[i + 1] if i + 1 < len(lines) else None) for i, ln in enumerate(lines)]
    first = next((i for i, s in enumerate(starts) if s), None)
    if first is None or first == 0:
        return None  # no labels, or no title above them
    rows: list[list[str]] = []
    # text above the labels: one row per group starting at its own x (a code in a strip, the title)
    heads: dict[tuple[float, tuple[int, bool]], list[str]] = {}
    for ln in lines[:first]:
        groups = _clusters(ln)
        code = groups[0][0]["text"]
        if len(groups[0]) > 1 and _CODE_RE.match(code) and groups[0][1]["text"][0].isalnum():
            groups = [groups[0][:1], groups[0][1:], *groups[1:]]  # "K3 Title" set close together
        for g in groups:
            # lines of one text start at one x in one type: a band line "K2 · Rekrytera" set smaller
            # over the title is a row of its own
            font = (round(float(g[0].get("size") or 0)), _is_bold(g[0]))
            key = next((k for k in heads if abs(k[0] - g[0]["x0"]) <= 4 and k[1] == font), (g[0]["x0"], font))
            heads.setdefault(key, []).append(" ".join(w["text"] for w in g))
    # left to right (a code in a strip before the title), else top to bottom (a band over the title)
    ordered = sorted(heads.items(), key=lambda kv: round(kv[0][0] / 8))
    rows += [[" ".join(parts)] for _, parts in ordered]
    if len(rows) > _MAX_HEADS or sum(len(r[0].split()) for r in rows) > _MAX_WORDS:
        return None  # a box of prose, not a title over fields
    labels = 0
    i = first
    while i < len(lines):
        cols = starts[i]
        if not cols:
            return None  # text after a value that belongs to no label
        label_groups = _clusters(lines[i])
        values: list[list[str]] = [[] for _ in cols]
        i += 1
        while i < len(lines) and not starts[i]:
            for w in lines[i]:
                values[_column(cols, w["x0"])].append(w["text"])
            i += 1
        row: list[str] = []
        if any(len(v) > _MAX_WORDS for v in values):
            return None
        for g, vals in zip(label_groups, values, strict=True):
            row += [" ".join(w["text"] for w in g).rstrip(":"), " ".join(vals)]
            labels += 1
        rows.append(row)
    values_read = [r[k] for r in rows for k in range(1, len(r), 2)]
    worded = sum(1 for v in values_read if _WORD_RE.search(v))
    if labels < 2 or worded * 2 < len(values_read):
        return None  # too few fields, or figures under their labels (key-figure tiles), no card
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def field_cards(outlines: list[Box], words: list[Word], taken: list[Box]) -> list[FieldCard]:
    """The boxes among ``outlines`` (card_outlines) that hold label-above-value fields, top to bottom;
    the innermost of nested boxes, and none overlapping ``taken`` (tables already read)."""

    def overlaps(a: Box, b: Box) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    found: list[FieldCard] = []
    for box in sorted(outlines, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        if any(overlaps(box, t) for t in taken) or any(overlaps(box, c.box) for c in found):
            continue
        rows = _card([w for w in words if _inside(w, box)])
        if rows:
            found.append(FieldCard(box, rows))
    return sorted(found, key=lambda c: (c.box[1], c.box[0]))
