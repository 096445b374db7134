"""Who adopted a plan and when, or who wrote it, answered by the plan's own line saying so.

A plan's title page or opening usually says who decided it and when: "Fastställd av nämnden
2025-11-20, § 88", "Beslutad av sektorchef i december 2024", a row "Fastställd | 2025-02-14 av
direktören" of a document table; and often who wrote it: "Framtagen av HR-avdelningen". A question
asking when, by whom or in which body a plan was adopted ("när antogs planen?", "vem har fastställt
den?", "who approved the plan?"), or who wrote it ("vem har tagit fram planen?"), is answered by that
line. Word retrieval misses it: the question's verb ("antogs", "godkändes") is seldom the plan's
("fastställd"), and the line shares no other word with the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kfp_assistant.ask.compose import NOT_FOUND_SV
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import sentences
from kfp_assistant.schema import Chunk, Citation

MAX_PLANS = 3
# Every chunk of a plan is read: over more plans than this retrieval answers instead, as it scales.
MAX_SCANNED = 12

# A question about deciding: any form of the verbs Swedish and English use for adopting a document.
_DECIDING = re.compile(
    r"\b(?:anta|antar|antas|antogs?|antagi\w*|antag\w*|fastställ\w*|beslut\w*|godkän\w*|klubba\w*|"
    r"adopt\w*|approv\w*|decided|signed)\b",
    re.IGNORECASE,
)
# ... about the plan itself (not a decision an activity mentions), asking who, when or where.
_PLAN = re.compile(r"\b(?:\w*plan(?:en|er|erna)?|den|dokumentet|document)\b", re.IGNORECASE)
_ASKING = re.compile(
    r"\b(?:när|vem|vilken|vilket|vilka|var|datum|who|when|which|what|by whom)\b", re.IGNORECASE
)

# A decision line: a past participle or past tense of those verbs (the noun "beslut" also names
# decisions a plan only refers to, "enligt beslut ska planen följas upp") ...
_DECIDED = re.compile(
    r"\b(?:fastställ(?:d|t|da|des|ts)|antag(?:en|et|na|its)|antogs|beslutad(?:e|es)?|beslutats|"
    r"godkän(?:d|t|da|des|ts)|klubbad\w*)\b",
    re.IGNORECASE,
)
# ... with a date or a paragraph of the minutes: "Modellen beslutad i ledningsgruppen" in an activity
# table says what was decided, not when the plan was.
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|§|\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december)\b",
    re.IGNORECASE,
)


# Who wrote it: the question's verbs, and a line naming the writer ("framtagen av", "har tagits fram i
# dialog med"; "tagits fram utifrån en process" names no one).
_WRITING = re.compile(
    r"\b(?:tagit\s+fram|tog\s+fram|tas\s+fram|togs\s+fram|tagits\s+fram|framtag\w*|upprätta\w*|utarbeta\w*|"
    r"skrev|skrivit|skriven|författa\w*|wrote|written|prepared|drafted)\b",
    re.IGNORECASE,
)
_WRITTEN = re.compile(
    r"\b(?:framtagen|framtagna|tagits\s+fram|togs\s+fram|upprättad|utarbetad|författad|skriven)\b"
    r"(?:\s*\|)?\s+(?:av|i\s+dialog\s+med|i\s+samverkan\s+med|tillsammans\s+med)\b",
    re.IGNORECASE,
)


def asks_adoption(question: str) -> bool:
    """Whether a question asks when, by whom or where a plan was adopted, or who wrote it."""
    about_plan = _PLAN.search(question) and _ASKING.search(question)
    return bool(about_plan and (_DECIDING.search(question) or _WRITING.search(question)))


def _lines(chunk: Chunk) -> list[tuple[str, int]]:
    """A text chunk's citable sentences, or a table chunk's rows ("Fastställd | 2025-02-14 av ..."),
    each with its page: a table's units are its cells, and the row header says what the value is."""
    if chunk.kind != "table":
        return sentences(chunk)
    pages = chunk.line_pages
    return [
        (line, pages[i] if i < len(pages) else chunk.page_start)
        for i, line in enumerate(chunk.text.splitlines())
    ]


def decision_line(chunks: list[Chunk], writing: bool = False) -> tuple[str, Chunk, int] | None:
    """The first dated sentence or table row of a plan saying it was decided (fastställd, antagen,
    beslutad, godkänd) or, with writing, who wrote it; with its chunk and page; None when none does.
    A table row counts by its first cell: "Fastställd | 2025-02-14 av ..." in a document table, not
    an activity row whose indicator is a decision."""
    for chunk in sorted(chunks, key=lambda c: (c.page_start, c.position)):
        row = chunk.kind == "table"
        for line, page in _lines(chunk):
            if writing:
                found = bool(_WRITTEN.match(line) if row else _WRITTEN.search(line))
            else:
                decided = _DECIDED.match(line) if row else _DECIDED.search(line)
                found = bool(decided and _DATED.search(line))
            if found:
                return line, chunk, page
    return None


def answer_adoption(
    route_: Route, question: str, chunks_of: Callable[[str], list[Chunk]], label: Callable[[Chunk], str]
) -> tuple[str, list[Citation]] | None:
    """Each plan's decision (or writer's) line, cited, when the question (as asked, or as the router
    read it) asks who adopted or wrote a plan, or when; a refusal with no citations when no plan in
    scope says it (other passages would only share the word "plan"); None for other questions."""
    candidates = route_.plans or route_.scope
    if not (asks_adoption(question) or asks_adoption(route_.question)) or len(candidates) > MAX_SCANNED:
        return None
    # Asked who wrote it, not who decided it: the writer's line.
    writing = not (_DECIDING.search(question) or _DECIDING.search(route_.question))
    lines: list[str] = []
    citations: list[Citation] = []
    for doc_id in candidates:
        if len(citations) == MAX_PLANS:
            break
        found = decision_line(chunks_of(doc_id), writing)
        if found is None:
            continue
        sentence, chunk, page = found
        citations.append(Citation.of_chunk(len(citations) + 1, chunk, page, sentence))
        lines.append(f"**{label(chunk)}:** {sentence} [{len(citations)}]")
    if not citations:
        said = "vem som tagit fram den" if writing else "när eller av vem den antogs"
        return f"{NOT_FOUND_SV} Planen säger inte {said}.", []
    return "\n\n".join(lines), citations
