"""Fact boxes: key figures set as a label line with its value on a line of its own below it.

A plan's fact box or infographic ("Faktaruta") often writes each figure as a short label and,
under it, the number alone, set large (so a PDF reader may take it for a heading):

    Tillsvidareanställda
    1 234
    Andel kvinnor
    71 %

Two or more such label/value pairs in a row are read as a label/value table (figures.py reads
each of its rows as the sentence "label value"). A lone number under a line is not a fact box.
"""

from __future__ import annotations

import re

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
