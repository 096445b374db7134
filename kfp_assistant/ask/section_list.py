"""List questions answered by a section of a plan: "Vilka särskilda risker pekar de ut?" over a
section headed "Särskilda risker", "vad ska de göra för att behålla och utveckla folk?" over one
headed "Behålla och utveckla".

In: the question's content stems, the retrieved passages (whose chunks carry their section paths) and
a way to read a plan's chunk at a position. A heading on a retrieved chunk's path answers when it
names at least MIN_NAMED of the question's stems (itself, a compound or its word family in the
thesaurus) and most of its own words are the question's. Out: the section's items, each cited: its
subsections' headings (a headed paragraph is one item, its heading saying what), the bullets and
lines under it, and the items a lead-in ("... är:") introduces. None when no heading answers or the
section holds fewer than MIN_ITEMS items: then the records or the sentences answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.units import Unit, units
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.thesaurus import ring_patterns
from kfp_assistant.sv.words import PART_OF_COMPOUND, text_stems, tokenize, word_match

# A plan's chunk at a position, or None past its end.
ChunkAt = Callable[[str, int], "Chunk | None"]
MIN_NAMED = 2  # question stems a heading must name: one shared word ("Rekrytering") is a topic, not a list
MIN_COVERED = 2 / 3  # share of the heading's own words that the question names
MIN_ITEMS = 2
MAX_ITEMS = 30  # of one section
MAX_SECTIONS = 4  # of one plan, under one heading
_MAX_CHUNKS = 12  # chunks of one section read, at most


@dataclass
class SectionList:
    """A section's items as an answer: text and citations."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    named: int = 0  # question stems its heading names
    # the items are the section's subsection headings only ("Drift och teknik", "Badverksamhet"): what
    # the section is divided into, not its items
    headings: list[str] = field(default_factory=list)

    def beats(self, records_text: str, stems: set[str], question: str) -> bool:
        """Whether the section names more of the question than a records answer's text (its themes
        and items): "särskilda risker" is a section's heading, not a theme of the gap records."""
        return self.named > len(_named(records_text, stems, question)[0])


_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")


@lru_cache(maxsize=1 << 12)
def _family(stem: str, question: str) -> tuple[re.Pattern[str], ...]:
    """The thesaurus word family of the question's words of this stem ("chefsgruppen" -> "chef*")."""
    words = [w.lower() for w in re.findall(r"\w+", question) if tokenize(w) == [stem]]
    return tuple(p for w in words for p in ring_patterns(w)[0])


def names_stem(stem: str, word: str, question: str) -> bool:
    """Whether a heading's word names a question stem: itself, a compound of it, or its word family."""
    if word_match(stem, word) >= PART_OF_COMPOUND:
        return True
    return any(p.fullmatch(word) for p in _family(stem, question))


def _named(heading: str, stems: set[str], question: str) -> tuple[set[str], float]:
    """(question stems the heading names, share of the heading's words the question names). A heading's
    number ("4.2 Digitalisering") is none of its words."""
    words = text_stems(_NUMBERING.sub("", heading))
    if not words:
        return set(), 0.0
    named = {s for s in stems if any(names_stem(s, w, question) for w in words)}
    covered = {w for w in words if any(names_stem(s, w, question) for s in stems)}
    return named, len(covered) / len(words)


def heading_match(heading: str, stems: set[str], question: str) -> tuple[int, float]:
    """(how many question stems the heading names, share of the heading's words the question names)."""
    named, covered = _named(heading, stems, question)
    return len(named), covered


_CONTEXT = 3  # chunks before a section whose headings tell where it stands ("Förvaltningens ...")


def _context(chunk: Chunk, depth: int, rest: set[str], question: str, chunk_at: ChunkAt) -> int:
    """How many of the stems the heading leaves out the headings around it name: its section path
    above it and the headings of the chunks just before it under the same parent (a heading the
    section comes under, though the layout set it level with it). Of two sections with one heading,
    it tells which is meant."""
    path = chunk.section.split(" > ")
    headings = path[:depth]
    for position in range(chunk.position - 1, chunk.position - 1 - _CONTEXT, -1):
        before = chunk_at(chunk.doc_id, position)
        if before is None or before.section.split(" > ")[:depth] != path[:depth]:
            break  # the headings of another part of the plan say nothing of where this one stands
        headings += before.section.split(" > ")
    return len(_named(" ".join(dict.fromkeys(headings)), rest, question)[0])


_KIND = "<kind>"  # stands for the list's kind, named by a heading above the one that answers


def _best_headings(
    passages: list[Passage], stems: set[str], question: str, chunk_at: ChunkAt, kind: re.Pattern[str] | None
) -> tuple[list[tuple[Chunk, int]], int]:
    """The retrieved chunks and depths of the headings on their paths that answer best, with how many
    question stems they name: most named, by the heading, then by the headings around it. Sections of
    one plan that tie (departments with one heading each, "Attrahera och rekrytera") all answer, the
    better ranked first; ([], 0) when no heading answers."""
    found: list[tuple[tuple[int, float, int], int, Chunk, int]] = []
    seen: set[str] = set()
    for rank, p in enumerate(passages):
        if p.chunk.chunk_id in seen:
            continue
        seen.add(p.chunk.chunk_id)
        headings = p.chunk.section.split(" > ")
        for depth, heading in enumerate(headings):
            named, covered = _named(heading, stems, question)
            # A theme under a heading of the kind asked for ("Kompetensgap > Digitalisering" for "vilka
            # digitala kompetensgap?"): the heading above names the kind, this one the theme.
            if named and kind is not None and any(kind.search(h) for h in headings[:depth]):
                named = {*named, _KIND}
            if len(named) >= MIN_NAMED and covered >= MIN_COVERED:
                context = _context(p.chunk, depth, stems - named, question, chunk_at)
                found.append(((len(named), covered, context), rank, p.chunk, depth))
    if not found:
        return [], 0
    best = max(found, key=lambda f: (f[0], -f[1]))
    sections: dict[tuple[str, ...], tuple[Chunk, int]] = {}
    for key, _, chunk, depth in sorted(found, key=lambda f: f[1]):
        path = tuple(chunk.section.split(" > ")[: depth + 1])
        if key == best[0] and chunk.doc_id == best[2].doc_id and path not in sections:
            sections[path] = (chunk, depth)
    return list(sections.values())[:MAX_SECTIONS], best[0][0]


def _section_chunks(chunk: Chunk, depth: int, chunk_at: ChunkAt) -> list[Chunk]:
    """The plan's chunks under the chunk's heading at `depth`, in order (the chunk's neighbours whose
    section path goes through the same heading)."""
    path = chunk.section.split(" > ")[: depth + 1]

    def under(c: Chunk | None) -> bool:
        return c is not None and c.section.split(" > ")[: depth + 1] == path

    before: list[Chunk] = []
    position = chunk.position - 1
    while position >= 0 and len(before) < _MAX_CHUNKS and under(c := chunk_at(chunk.doc_id, position)):
        assert c is not None
        before.insert(0, c)
        position -= 1
    after: list[Chunk] = []
    position = chunk.position + 1
    while len(before) + len(after) < _MAX_CHUNKS and under(c := chunk_at(chunk.doc_id, position)):
        assert c is not None
        after.append(c)
        position += 1
    return [*before, chunk, *after]


_Item = tuple[str, int, Chunk]  # (text, page, chunk)


def _items(chunk: Chunk, depth: int, shown: set[str]) -> list[_Item]:
    """(item, page, chunk) of one chunk of the section: the subsection's heading (once), the items a
    lead-in ending in ":" introduces, and, directly under the section's heading, its lines and bullets."""
    path = chunk.section.split(" > ")
    all_units = units(chunk)
    page = all_units[0].page if all_units else chunk.page_start
    out: list[tuple[str, int, Chunk]] = []
    sub = path[depth + 1] if len(path) > depth + 1 else None
    if sub is not None and sub not in shown:
        shown.add(sub)
        out.append((sub, page, chunk))
    introduced = _introduced(all_units)
    prose = _introduced_paragraphs(all_units)
    for i, unit in enumerate(all_units):
        if unit.paragraph in prose:
            if unit.text == prose[unit.paragraph][0].text and unit.text not in shown:
                shown.add(unit.text)
                out.append((" ".join(u.text for u in prose[unit.paragraph]), unit.page, chunk))
            continue
        listed = i in introduced or (sub is None and unit.item and not _lead_in(unit))
        if listed and unit.text not in shown:
            shown.add(unit.text)
            out.append((unit.text, unit.page, chunk))
    return out


_ITEM_SENTENCES = 3  # a paragraph of at most this many sentences may be one item of a list


def _introduced_paragraphs(all_units: list[Unit]) -> dict[int, list[Unit]]:
    """Short paragraphs of prose a lead-in ending in ":" introduces, each one item ("... följande insatser:"
    then "Utveckla – Alla ska ha en utvecklingsplan. Ansvar: närmaste chef."): paragraph -> its units."""
    by_paragraph: dict[int, list[Unit]] = {}
    for unit in all_units:
        by_paragraph.setdefault(unit.paragraph, []).append(unit)
    out: dict[int, list[Unit]] = {}
    numbers = sorted(by_paragraph)
    for k, number in enumerate(numbers):
        if not _lead_in(by_paragraph[number][-1]):
            continue
        for following in numbers[k + 1 :]:
            units_ = by_paragraph[following]
            if len(units_) < 2 or len(units_) > _ITEM_SENTENCES or _lead_in(units_[-1]):
                break  # a line is an item already; a long paragraph or a new lead-in ends the list
            out[following] = units_
    return out


def _lead_in(unit: Unit) -> bool:
    return unit.text.rstrip().endswith(":")


def _introduced(all_units: list[Unit]) -> set[int]:
    """Indices of the lines and bullets right after a lead-in ending in ":"."""
    out: set[int] = set()
    for i, unit in enumerate(all_units):
        if _lead_in(unit):
            j = i + 1
            while j < len(all_units) and all_units[j].item and not _lead_in(all_units[j]):
                out.add(j)
                j += 1
    return out


_TERSE_WORDS = 15  # a list item of a line: a phrase, not a paragraph


def _terse(text: str) -> bool:
    return not text.rstrip().endswith((".", "!", "?")) and len(text.split()) <= _TERSE_WORDS


def _without_prose_edges(items: list[_Item]) -> list[_Item]:
    """The items without the paragraph that closes (or opens) a list of terse lines: "Flera av dessa
    yrken är bristyrken i hela landet, ..." after six occupations comments on the list, it is none of
    its items. Where the items are paragraphs themselves, all stay."""
    terse = [_terse(text) for text, _, _ in items]
    if sum(terse) < MIN_ITEMS or sum(terse) * 2 <= len(items):
        return items
    first = terse.index(True)
    last = len(terse) - 1 - terse[::-1].index(True)
    return items[first : last + 1]


def section_list(
    passages: list[Passage],
    stems: set[str],
    question: str,
    chunk_at: ChunkAt,
    label: Callable[[Chunk], str],
    kind: re.Pattern[str] | None = None,
) -> SectionList | None:
    """The items of the section whose heading the question names, each cited; None if none answers.
    `kind` names the kind of list asked for (gaps): a heading above a theme's may name it."""
    found, named = _best_headings(passages, stems, question, chunk_at, kind)
    citations: list[Citation] = []
    blocks: list[tuple[Chunk, list[str]]] = []
    shown_items: list[str] = []
    subsections: set[str] = set()
    for chunk, depth in found:
        shown: set[str] = set()
        items = [item for c in _section_chunks(chunk, depth, chunk_at) for item in _items(c, depth, shown)]
        items = _without_prose_edges(items)
        subsections |= {c.section.split(" > ")[depth + 1] for c in _section_chunks(chunk, depth, chunk_at)
                        if len(c.section.split(" > ")) > depth + 1}  # fmt: skip
        shown_items += [text for text, _, _ in items[:MAX_ITEMS]] if len(items) >= MIN_ITEMS else []
        if len(items) < MIN_ITEMS:
            continue
        lines = []
        for text, page, source in items[:MAX_ITEMS]:
            citations.append(Citation.of_chunk(len(citations) + 1, source, page, text))
            lines.append(f"- {text} [{len(citations)}]")
        blocks.append((chunk, [" > ".join(chunk.section.split(" > ")[: depth + 1]), *lines]))
    if not blocks:
        return None
    # Of several sections with one heading, each is named by its place ("Avdelningen för X > ...").
    text = "\n\n".join(
        f"**{label(chunk)}** – {path if len(blocks) > 1 else path.split(' > ')[-1]}:\n" + "\n".join(lines)
        for chunk, (path, *lines) in blocks
    )
    headings = shown_items if shown_items and set(shown_items) <= subsections else []
    return SectionList(text, citations, named, headings)
