"""Which occupations are hard to find or needed, answered by the sentence that names them.

"Vilka yrkesgrupper är svårast att få tag på?" is answered in plans by one sentence of prose:
"Personalförsörjningen för socialsekreterare, biståndshandläggare och sjuksköterskor är besvärlig."
It shares few words with the question, so the sentence ranking alone misses it. A question asking
which occupations (roles, groups) together with a word of difficulty (or of need) is answered by the
retrieved sentences naming at least MIN_NAMED occupations (sv.occupations) next to such a word, in
it or in the sentence before: the best one with the others of its chunk, and others within CLOSE of
its score, each cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.occupations import DIFFICULTY, NEED, names_occupation_first, occupations_in

MIN_NAMED = 2  # an enumeration of occupations, not one word of staff in a sentence about something else
CLOSE = 0.1
MAX_SENTENCES = 3
# "Vilka yrkesgrupper/yrken/roller/befattningar ...": the question asks for occupations.
_ASKS_OCCUPATIONS = re.compile(
    r"\bvilk(?:a|en|et)\s+(?:\w+\s+){0,2}?(?:yrke\w*|yrkesgrupp\w*|yrkeskategori\w*|roll(?:er|erna)?"
    r"|befattning\w*|personalgrupp\w*|personalkategori\w*|grupper\w*|tjänster\w*|bristyrke\w*)\b",
    re.IGNORECASE,
)


def asks_occupations(question: str) -> re.Pattern[str] | None:
    """The kind of word a sentence must hold to answer: difficulty or need; None when the question
    does not ask which occupations are hard to find or needed."""
    if not _ASKS_OCCUPATIONS.search(question):
        return None
    if DIFFICULTY.search(question) or re.search(r"\bfå\s+tag\b|\bhitta\b|\bbehålla\b", question, re.I):
        return DIFFICULTY
    return NEED if NEED.search(question) else None


def named_roles(
    passages: list[Passage], question: str, label: Callable[[Chunk], str]
) -> tuple[str, list[Citation]] | None:
    """The sentences naming the occupations asked about, each cited, as an answer; else None."""
    kind = asks_occupations(question)
    if kind is None:
        return None
    # A line after a lead-in saying what is hard ("Granskningar visar brister i språket:") names
    # occupations as the ones hard to find only when it is about them, naming one first: "Svenska för
    # yrket hos undersköterskor och vårdbiträden" is a competence they lack.
    found = [
        p
        for p in passages
        if len(occupations_in(p.text)) >= MIN_NAMED
        and (kind.search(p.text) or (kind.search(p.before) and names_occupation_first(p.text)))
    ]
    if not found:
        return None
    top = max(found, key=lambda p: p.score)
    chosen: list[Passage] = []
    for p in sorted(found, key=lambda p: -p.score):
        # The best one's chunk tells of the same groups ("För X och Y är det svårt ... Situationen
        # för X, Y och Z är besvärlig."): its other such sentences come with it.
        near = p.score >= top.score - CLOSE or p.chunk.chunk_id == top.chunk.chunk_id
        if near and p.text not in {c.text for c in chosen} and len(chosen) < MAX_SENTENCES:
            chosen.append(p)
    chosen.sort(key=lambda p: (p.chunk.chunk_id != top.chunk.chunk_id, p.chunk.chunk_id, p.position))
    citations: list[Citation] = []
    lines: dict[str, list[str]] = {}
    for p in chosen:
        citations.append(Citation.of_chunk(len(citations) + 1, p.chunk, p.page, p.text))
        lines.setdefault(label(p.chunk), []).append(f"{p.text} [{len(citations)}]")
    return "\n\n".join(f"**{plan}:** " + " ".join(texts) for plan, texts in lines.items()), citations
