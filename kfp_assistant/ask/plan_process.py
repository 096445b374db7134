"""How a plan itself is followed up, revised or drawn up, and who owns it: answered by the plan's own
section or sentences on it.

"Hur följs planen upp?", "hur ofta revideras den?", "hur har planen tagits fram?", "vem ansvarar för
planen?", "how is the plan followed up?" ask about the document, not about its activities: the words
they share with the plan ("plan", "följs upp") are also in its introduction ("Planen gäller 2026-2028
och följs upp varje år"), which word retrieval ranks first. Plans say it in a section of its own
("Uppföljning", "7 Uppföljning och revidering", "Så har planen tagits fram") or in a sentence with
the plan as subject ("Planen revideras årligen …"): the section's opening sentences answer, else those
sentences. A heading about following up something else ("Uppföljning av föregående plan", "Uppföljning
av introduktion") is not the plan's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import sentences
from kfp_assistant.schema import Chunk, Citation

MAX_PLANS = 3
MAX_SCANNED = 12  # plans read whole; over more, retrieval answers instead, as it scales
MAX_SENTENCES = 4  # of the section's opening: its paragraph, not its tables or lists further down

Process = Literal["followup", "drawn_up", "owner"]

# A question about the plan itself: "planen", "kompetensförsörjningsplanen", "KFP", English "the plan"
# (not an action plan it mentions, "handlingsplanen för heltid"), asking how, when or who, and not about
# its activities or goals ("hur följs aktiviteterna upp?" asks each activity's follow-up).
_PLAN = re.compile(r"\b(?:(?:kompetensförsörjnings)?plan(?:en)?|kfp(?::n)?|the\s+plan)\b", re.IGNORECASE)
_QUESTION = re.compile(r"^\W*(?:och\s+)?(?:hur|när|vem|vilka|vilken|var|how|when|who)\b", re.IGNORECASE)
_NOT_THE_PLAN = re.compile(r"\b(?:aktivitet\w*|insats\w*|åtgärd\w*|mål(?:en)?|activit\w*|action\w*)\b", re.I)
_ASKS = {
    "followup": re.compile(
        r"\bfölj\w*\s+(?:\S+\s+){0,3}?upp\b|\buppfölj\w*|\brevider\w*|\butvärder\w*|\buppdater\w*"
        r"|\bses\s+(?:\S+\s+){0,2}?över\b|\bfollow\w*\s+up\b|\brevis\w*|\bevaluat\w*|\bmonitor\w*"
        r"|\bupdated\b|\breviewed\b",
        re.IGNORECASE,
    ),
    "drawn_up": re.compile(
        r"^\W*(?:och\s+)?(?:hur|how)\b.*\b(?:(?:ta|tagit|tagits|tas|togs|tog|arbeta\w*)\s+(?:\S+\s+){0,3}?fram"
        r"|drawn\s+up|developed|produced|prepared|put\s+together|created)\b",
        re.IGNORECASE,
    ),
    "owner": re.compile(
        r"^\W*(?:och\s+)?(?:vem|vilken\s+\w+|who)\s+(?:\S+\s+){0,2}?(?:ansvarar|ansvarig|har\s+ansvar\w*|äger"
        r"|owns|responsible|in\s+charge)\b",
        re.IGNORECASE,
    ),
}
# The plan's own section on it: the heading is the process, perhaps numbered, perhaps "… av planen".
_HEADINGS = {
    "followup": re.compile(
        r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:uppföljning|revidering|utvärdering|uppföljning\s+och\s+"
        r"(?:revidering|utvärdering|revision)|revidering\s+och\s+uppföljning)(?:\s+av\s+(?:\w*planen))?\s*$",
        re.IGNORECASE,
    ),
    "drawn_up": re.compile(
        r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:så\s+har\s+(?:vi\s+tagit\s+fram\s+)?(?:planen|den)\s*(?:tagits\s+fram)?"
        r"|(?:planens\s+)?(?:arbets)?process(?:en)?|metod|arbetssätt|så\s+har\s+planen\s+arbetats\s+fram"
        r"|underlag(?:\s+och\s+metod)?)\s*$",
        re.IGNORECASE,
    ),
}
_HEADINGS["owner"] = _HEADINGS["followup"]
# A sentence with the plan as subject of the process: "Planen revideras årligen …", "Planen har tagits
# fram av HR-avdelningen …"; an owner's line: "Dokumentägare: HR-chef".
_STATES = {
    "followup": re.compile(
        r"\b(?:planen|\w+planen|den)\b(?:\s+\S+){0,8}?\s+(?:följs\s+upp|revideras|utvärderas|uppdateras|ses\s+över)\b",
        re.IGNORECASE,
    ),
    "drawn_up": re.compile(
        r"\b(?:planen|\w+planen|underlaget)\b(?:\s+\S+){0,4}?\s+(?:har\s+)?(?:tagits|tas|togs|arbetats)\s+fram\b",
        re.IGNORECASE,
    ),
    "owner": re.compile(
        r"^\s*(?:(?:dokument|plan|process)?ägare|ansvarig\s+för\s+planen)\b|\bfrågor\s+om\s+planen\b",
        re.IGNORECASE,
    ),
}


# "Avsnitt 5 beskriver hur planen följs upp": a pointer to the section, not what it says.
_POINTER = re.compile(r"\b(?:avsnitt|kapitel|bilaga)\s+\d+\s+(?:beskriver|redogör|visar)\b", re.IGNORECASE)


def asked_process(question: str) -> Process | None:
    """Which of the plan's own processes a question asks about: its follow-up or revision, how it was
    drawn up, or who is responsible for it; None for other questions."""
    if not (_QUESTION.search(question) and _PLAN.search(question)) or _NOT_THE_PLAN.search(question):
        return None
    for process in ("owner", "drawn_up", "followup"):
        if _ASKS[process].search(question):
            return process
    return None


def _section_sentences(chunks: list[Chunk], process: Process) -> list[tuple[str, Chunk, int]]:
    """The opening sentences of the plan's own section on the process (text, not its tables)."""
    heading = _HEADINGS[process]
    for chunk in sorted(chunks, key=lambda c: c.position):
        if chunk.kind != "text" or not heading.match(chunk.section.split(" > ")[-1]):
            continue
        found = [(s, chunk, page) for s, page in sentences(chunk)][:MAX_SENTENCES]
        if found:
            return found
    return []


def _stating(chunks: list[Chunk], process: Process) -> list[tuple[str, Chunk, int]]:
    """The plan's sentences with the plan as subject of the process (an owner's line for the owner)."""
    states = _STATES[process]
    return [
        (s, chunk, page)
        for chunk in sorted(chunks, key=lambda c: c.position)
        if chunk.kind == "text"
        for s, page in sentences(chunk)
        if states.search(s) and not _POINTER.search(s)
    ][:MAX_SENTENCES]


def process_sentences(chunks: list[Chunk], process: Process) -> list[tuple[str, Chunk, int]]:
    """What a plan says about the process: an owner's line first (for the owner), then its own section's
    opening, else the sentences stating it; the same sentence once."""
    found = _stating(chunks, "owner")[:1] if process == "owner" else []
    found += _section_sentences(chunks, process) or _stating(chunks, process)
    if process == "followup" and found and not any(_STATES["followup"].search(s) for s, _, _ in found):
        found += _stating(chunks, process)[:1]  # "hur ofta revideras den?": the sentence saying so too
    return list({s: (s, c, p) for s, c, p in found}.values())


_REVISION = re.compile(r"\brevider\w*|\buppdater\w*|\brevis\w*|\bses\s+över\b|\breviewed\b", re.IGNORECASE)


def _revision_first(question: str, found: list[tuple[str, Chunk, int]]) -> list[tuple[str, Chunk, int]]:
    """ "När revideras planen?": the sentence on revising it first, the rest of the routine after it."""
    if not _REVISION.search(question):
        return found
    return sorted(found, key=lambda item: not _REVISION.search(item[0]))  # stable


def answer_process(
    route_: Route, question: str, chunks_of: Callable[[str], list[Chunk]], label: Callable[[Chunk], str]
) -> tuple[str, list[Citation]] | None:
    """Each plan's section or sentences on how it is followed up, drawn up or owned, cited; None when
    the question asks no such thing or no plan in scope says it (retrieval answers then)."""
    process = asked_process(question) or asked_process(route_.question)
    candidates = route_.plans or route_.scope
    if process is None or len(candidates) > MAX_SCANNED:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    for doc_id in candidates:
        if len(lines) == MAX_PLANS:
            break
        found = _revision_first(question, process_sentences(chunks_of(doc_id), process))
        if not found:
            continue
        cited: list[str] = []
        runs: list[list[tuple[str, Chunk, int]]] = []
        moved = bool(_REVISION.search(question))  # out of the plan's order: each sentence cited alone
        for item in found:  # sentences of one chunk and page in a row are one passage, cited once
            if runs and runs[-1][-1][1:] == item[1:] and not moved:
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            text = " ".join(s for s, _, _ in run)
            citations.append(Citation.of_chunk(len(citations) + 1, run[0][1], run[0][2], text))
            cited.append(f"{text} [{len(citations)}]")
        lines.append(f"**{label(found[0][1])}:** " + " ".join(cited))
    return ("\n\n".join(lines), citations) if lines else None
