""" "Vilka avdelningar beskrivs i planen?" answered by the plan's headings that name what is asked.

A plan describes its departments, units or occupational groups one section each ("3 Avdelningen för
förskola", "4 Avdelningen för äldreomsorg"): asked which of them a plan describes, the answer is those
headings. The question must ask for nothing but that (its other stems are the plan's name or words
such as "beskrivs", "finns"), and at least MIN_HEADINGS headings at one level of the plan's outline
must name the stem; then each is listed, cited on the page where its section begins.
"""

from __future__ import annotations

from collections.abc import Callable

from kfp_assistant.ask.section_list import ChunkAt, names_stem
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.words import text_stems, tokenize

MIN_HEADINGS = 3
_MAX_CHUNKS = 2000  # a plan's chunks read, at most
# Words that ask which there are, not about what: "vilka avdelningar beskrivs/finns/ingår?"
_THERE_ARE = frozenset(
    tokenize("beskrivs beskrivna finns ingår omfattar nämns tas upp redovisas presenteras")
)


def _outline(doc_id: str, chunk_at: ChunkAt) -> list[tuple[int, str, Chunk]]:
    """(level, heading, first chunk under it) of every heading of the plan, in order."""
    seen: set[tuple[int, str]] = set()
    out: list[tuple[int, str, Chunk]] = []
    for position in range(_MAX_CHUNKS):
        chunk = chunk_at(doc_id, position)
        if chunk is None:
            break
        for level, heading in enumerate(chunk.section.split(" > ")):
            if heading and (level, heading) not in seen:
                seen.add((level, heading))
                out.append((level, heading, chunk))
    return out


def headings_list(
    doc_id: str, stems: set[str], question: str, chunk_at: ChunkAt, label: Callable[[Chunk], str]
) -> tuple[str, list[Citation]] | None:
    """The plan's headings naming the one thing the question asks for, each cited; else None."""
    outline = _outline(doc_id, chunk_at)
    if not outline:
        return None
    own = text_stems(label(outline[0][2]))  # the plan's name in the question asks for nothing
    asked = {s for s in stems - _THERE_ARE if not any(names_stem(s, w, question) for w in own)}
    if len(asked) != 1:
        return None
    stem = next(iter(asked))
    groups: dict[int, list[tuple[str, Chunk]]] = {}
    for level, heading, chunk in outline:
        if any(names_stem(stem, w, question) for w in text_stems(heading)):
            groups.setdefault(level, []).append((heading, chunk))
    best = max(groups.values(), key=len, default=[])
    if len(best) < MIN_HEADINGS:
        return None
    citations: list[Citation] = []
    lines = []
    for heading, chunk in best:
        citations.append(Citation.of_chunk(len(citations) + 1, chunk, chunk.page_start, heading))
        lines.append(f"- {heading} [{len(citations)}]")
    return f"**{label(best[0][1])}:**\n" + "\n".join(lines), citations
