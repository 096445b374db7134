"""Plain text and Markdown -> pages of blocks: headings ('#', Markdown only), pipe or tab tables,
list items and paragraphs. A form feed starts a new page; blank lines separate blocks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kfp_assistant.ingest import pdf_layout as pl
from kfp_assistant.ingest.files import DEFAULT_LIMITS, page_too_long
from kfp_assistant.schema import Block, Page
from kfp_assistant.settings import Limits

MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
TEXT_BULLET_RE = re.compile(r"^\s*(?:[-*•○◦▪]|\uf0b7)\s+(.*)$")
PIPE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def load_text(name: str, text: str, markdown: bool, limits: Limits = DEFAULT_LIMITS) -> list[Page]:
    """One page per form feed; blank lines separate blocks."""
    pages = []
    for number, chunk in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\f"), start=1):
        if len(chunk) > limits.max_text_chars:  # refused before any parsing: bounded work per page
            raise page_too_long(name, number, len(chunk), limits, pdf=False)
        blocks = list(text_blocks(chunk, number, markdown))
        pages.append(Page(number=number, text="\n".join(b.text for b in blocks), blocks=blocks))
    return pages


def text_blocks(chunk: str, page: int, markdown: bool) -> Iterator[Block]:
    """Headings ('#', Markdown only), tab or pipe tables, list items, paragraphs."""
    lines = [ln for ln in chunk.split("\n") if not pl.is_page_furniture(ln) or not ln.strip()]
    i = 0
    while i < len(lines):
        line = lines[i]
        heading = MD_HEADING_RE.match(line) if markdown else None
        if not line.strip():
            i += 1
        elif heading:
            yield Block(kind="heading", text=heading.group(2), page=page, level=min(len(heading.group(1)), 3))
            i += 1
        elif "\t" in line or (markdown and line.lstrip().startswith("|")):
            rows, i = table_rows(lines, i)
            if rows:  # a separator row alone ("|---|") is no table
                yield Block(kind="table", text="\n".join(" | ".join(r) for r in rows), page=page, rows=rows)
        elif TEXT_BULLET_RE.match(line) or pl.NUMBERED_RE.match(line.strip()):
            bullet = TEXT_BULLET_RE.match(line)
            indent = len(line) - len(line.lstrip())  # "  - sub-item": two spaces or a tab a level
            level = 1 + (indent + 1) // 2 if bullet and indent and "\t" not in line[:indent] else None
            level = 1 + line[:indent].count("\t") if bullet and "\t" in line[:indent] else level
            yield Block(
                kind="list_item",
                text=bullet.group(1).strip() if bullet else line.strip(),
                page=page,
                level=level,
            )
            i += 1
        else:
            text, i = paragraph(lines, i, markdown)
            yield Block(kind="paragraph", text=text, page=page)


def table_rows(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Consecutive tab-separated (or '| a | b |') lines -> rows padded to equal width."""
    rows: list[list[str]] = []
    pipe = lines[i].lstrip().startswith("|")
    while i < len(lines) and (("|" in lines[i]) if pipe else ("\t" in lines[i])):
        if not (pipe and PIPE_SEPARATOR_RE.match(lines[i])):
            raw = lines[i].strip().strip("|").split("|") if pipe else lines[i].split("\t")
            rows.append([c.strip() for c in raw])
        i += 1
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows], i


def paragraph(lines: list[str], i: int, markdown: bool) -> tuple[str, int]:
    """The paragraph starting at line i (wrapped lines joined) and the index of the line after it."""
    text = lines[i].strip()
    i += 1
    while i < len(lines) and lines[i].strip() and not starts_other_block(lines[i], markdown):
        text = pl.join_lines(text, lines[i])
        i += 1
    return text, i


def starts_other_block(line: str, markdown: bool) -> bool:
    """Whether a line starts a table row, bullet, numbered item or (in markdown) a heading or pipe table."""
    return bool(
        "\t" in line
        or TEXT_BULLET_RE.match(line)
        or pl.NUMBERED_RE.match(line.strip())
        or (markdown and (MD_HEADING_RE.match(line) or line.lstrip().startswith("|")))
    )
