"""Text and tables -> KeyFigure records, walking a plan's pages block by block.

Prose is read sentence by sentence (figure_prose.py). Tables whose columns are years give one figure
per cell (figure_tables.py), tables of groups one per group and measure (figure_groups.py); a
label/value table ("Andel kvinnor | 64 %", a fact box or number tiles: figure_boxes.py) is read row by
row or tile by tile; charts drawn as tables or as lines of years and values by figure_series.py.
"""

from __future__ import annotations

import re

from kfp_assistant.extract.figure_boxes import (
    Tile,
    boxed_pairs,
    note_year,
    stacked_tiles,
    tiles_of,
    value_pairs,
)
from kfp_assistant.extract.figure_columns import metric_row_figures
from kfp_assistant.extract.figure_cues import cues_in
from kfp_assistant.extract.figure_groups import group_figures
from kfp_assistant.extract.figure_numbers import years_in
from kfp_assistant.extract.figure_prose import Context, prose_figures, sentence_figures
from kfp_assistant.extract.figure_series import chart_lines, series_figures
from kfp_assistant.extract.figure_tables import (
    align_table_totals,
    dedupe_figures,
    figure_record,
    row_figure,
    table_figures,
    year_row_figures,
)
from kfp_assistant.extract.quotes import locate_quote
from kfp_assistant.extract.table_headers import caption_year, plain_header, with_joined_header
from kfp_assistant.schema import Block, KeyFigure, Page, ParsedDocument, PlanMeta

_HEADER_LINE_WORDS = 3
# A "heading" of whole sentences is body text a PDF set large or bold (a lead paragraph): read as prose.
_PROSE_HEADING_WORDS = 12
_SENTENCE_END_RE = re.compile(r"[.!?]\s*$")


def _prose_heading(text: str) -> bool:
    return len(text.split()) > _PROSE_HEADING_WORDS and bool(_SENTENCE_END_RE.search(text))


_CAPTION_RE = re.compile(r"\s*(?:tabell|tab\.|figur|diagram)\s*\d+\b", re.IGNORECASE)


def _pair_figures(
    block: Block, ctx: Context, doc: ParsedDocument, meta: PlanMeta, page_text: str
) -> list[KeyFigure]:
    """Figures of a label/value table, each row read as the sentence "label value"."""
    out = []
    for pair in value_pairs(block.rows or []):
        ctx.previous_cues = ()
        sentence = " ".join(pair)
        found, _ = sentence_figures(sentence, ctx)
        if not found and (named := row_figure(pair[1], pair[0])):  # a table's own words: "Tillsvidare"
            found = [(*named, years_in(pair[0])[-1] if years_in(pair[0]) else ctx.year, None)]
        quote = locate_quote(sentence, page_text, min_words=len(sentence.split()), sep=r"[\s|]+")
        if found and quote:
            out += [figure_record(doc, meta, *f, block.page, quote) for f in found]
    return out


def _stacked_figures(
    stack: tuple[list[Tile], int, str],
    after: list[Block],
    ctx: Context,
    doc: ParsedDocument,
    meta: PlanMeta,
    page: Page,
) -> list[KeyFigure]:
    """Figures of a row of tiles stacked as lines (figure_boxes.stacked_tiles), each tile read alone,
    of the year a note under them gives; the quote is the lines as the page writes them."""
    tiles, _, text = stack
    quote = locate_quote(text, page.text, min_words=len(text.split()))
    year, base = ctx.year, note_year(after) or ctx.year
    out = []
    for value, label, bracket in tiles:
        ctx.year = base
        found, _ = sentence_figures(f"{value} {label} {bracket or ''}", ctx)
        if not found and (named := row_figure(value, label)):  # a table's word for staff: "medarbetare"
            found = [(*named, bracket or base, None)]
        out += [figure_record(doc, meta, *f, page.number, quote) for f in found] if quote else []
    ctx.year = year
    return out


def extract_figures(doc: ParsedDocument, meta: PlanMeta) -> list[KeyFigure]:
    """Key figures stated in a plan's prose and year-column tables, in document order, without repeats."""
    ctx = Context(year=meta.period if meta.period and len(meta.period) == 4 else None, span=meta.period)
    figures: list[KeyFigure] = []
    caption, header = "", None  # the heading or "Tabell N" line over a table; the last table's header
    above = ""  # a line of a few words right over a table: a header cell's first line ("Sjukfrånvaro,")
    skip = 0  # blocks already read as part of the ones before them
    # Figures of charts and stacked tiles, whose quotes are bare numbers: where prose or a table states
    # the same figure, its quote (a sentence, a labelled row) is the one kept.
    drawn: list[KeyFigure] = []
    for page in doc.pages:
        blocks = boxed_pairs(page.blocks)
        for i, block in enumerate(blocks):
            if skip:
                skip -= 1
                continue
            if chart := chart_lines(blocks[i : i + 3], caption):
                pairs, used, text, label = chart
                quote = locate_quote(text, page.text, min_words=len(text.split()))
                found = [(f, year) for year, value in pairs if (f := row_figure(value, label))]
                drawn += [
                    figure_record(doc, meta, *f, y, None, page.number, quote) for f, y in found if quote
                ]
                skip = used - 1
                continue
            if stack := stacked_tiles(blocks[i : i + 3]):
                drawn += _stacked_figures(
                    stack, blocks[i + stack[1] : i + stack[1] + 2], ctx, doc, meta, page
                )
                skip = stack[1] - 1
                continue
            if tiles := tiles_of(block):  # number tiles, each read alone: one tile's year is not the next's
                year, base = ctx.year, note_year(blocks[i + 1 : i + 3]) or ctx.year
                for t in tiles:
                    ctx.year = base
                    figures += prose_figures(block.model_copy(update={"text": t}), ctx, doc, meta, page.text)
                ctx.year, above = year, ""
                continue
            if block.kind == "heading" and not _prose_heading(block.text):
                ctx.heading_cues = tuple(c.metric for c in cues_in(block.text))
                caption = block.text
            elif block.kind == "table" and all(
                len([c for c in r if c.strip()]) <= 1 for r in block.rows or []
            ):
                # a table of one column (a fact box set in a frame) is lines of text: its cells' lines
                for line in (line for row in block.rows or [] for c in row for line in c.splitlines()):
                    figures += prose_figures(
                        block.model_copy(update={"text": line}), ctx, doc, meta, page.text
                    )
            elif block.kind == "table":
                block = plain_header(with_joined_header(block))
                if block.continues_previous and header and block.rows and block.rows[0] != header:
                    block = block.model_copy(update={"rows": [header, *block.rows]})
                header, year = (block.rows[0] if block.rows else None), caption_year(caption) or ctx.year
                figures += (
                    table_figures(block, doc, meta, page.text, caption, year)
                    or _pair_figures(block, ctx, doc, meta, page.text)
                    or year_row_figures(block, doc, meta, page.text)
                    or metric_row_figures(block, doc, meta, page.text, year)
                    or group_figures(block, doc, meta, page.text, f"{caption} {above}", year)
                    or series_figures(block, doc, meta, page.text, caption)
                )
            else:
                if _CAPTION_RE.match(block.text):
                    caption = block.text
                figures += prose_figures(block, ctx, doc, meta, page.text)
            above = (
                block.text
                if block.kind == "paragraph" and len(block.text.split()) <= _HEADER_LINE_WORDS
                else ""
            )
    return dedupe_figures(align_table_totals(figures + drawn))
