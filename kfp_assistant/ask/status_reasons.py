"""Why an activity was not done, answered by the plan's prose giving the reason.

"Varför blev inte kartläggningen av X gjord?", "why wasn't the mentoring programme carried out?":
the follow-up table says the status ("Ej genomförd") and often no more; the reason is in a sentence
near it ("… medan kartläggningen av X inte blev av på grund av vakanser i staben."). The answer is each
named plan's sentence that names the activity (most of the question's words of it) and gives a reason
("på grund av", "eftersom", "då …", "beror på", "till följd av", "hann inte", "prioriterades ned"), or a
comment cell of its follow-up row that does; the status row is not the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.words import tokenize

MAX_PLANS = 3
MAX_SCANNED = 6
MAX_SENTENCES = 2

# Why something did not happen: "varför blev inte X gjord/av", "varför har X inte genomförts", "vad
# berodde det på att X inte …", "why wasn't X done", "why was X postponed".
_WHY_NOT = re.compile(
    r"\b(?:varför|why|vad\s+(?:berodde|beror)\s+(?:det\s+)?på|(?:orsaken|anledningen)\s+till)\b.*"
    r"\b(?:inte|ej|aldrig|ingen|inget|inga|uteblev|försen\w*|sk(?:jut|öt|ju)\w*(?:\s+\S+){0,5}?\s+upp"
    r"|uppskj\w*|avbr\w*|stoppa\w*|pausa\w*"
    r"|inställ\w*|not|n't|never|delayed|postponed|cancell?ed|stopped|dropped)\b",
    re.IGNORECASE,
)
# A reason given: "på grund av", "pga.", "eftersom", "då det …", "beror på", "till följd av".
_REASON = re.compile(
    r"\b(?:på\s+grund\s+av|pga\.?|p\.g\.a\.?|eftersom|därför\s+att|beror\w*\s+på|berodde\s+på|till\s+följd\s+av"
    r"|med\s+anledning\s+av|orsak\w*|anledning\w*|hann\s+inte|hanns\s+inte|prioriterades\s+(?:ned|ner|bort)"
    r"|saknades|saknas|på\s+grund\s+av)\b"
    r"|,\s*då\s+\w+",
    re.IGNORECASE,
)
# A follow-up row of an activity not done, with a comment after its status: the comment says why
# ("Gemensamma bedömningsdagar | Avbruten | Samarbetet upphörde när hemtjänsten upphandlades").
_COMMENTED = re.compile(
    r"\|\s*(?:ej|inte)\s+(?:genomförd|påbörjad|införd|klar)\w*\s*\|\s*\w"
    r"|\|\s*(?:avbruten|avbrutet|delvis\s+genomförd|försenad|uppskjuten|pausad|struken)\s*\|\s*\w",
    re.IGNORECASE,
)
# Words of the question that are no part of the activity's name.
_NOT_ACTIVITY = frozenset(
    tokenize(
        "varför blev inte ej aldrig ingen inget inga gjord gjordes gjort genomförd genomfördes genomförts "
        "genomfört av "
        "har hade blivit blir den det de dem planen förra tidigare vad berodde beror orsaken anledningen "
        "till att på i för med och som uteblev försenad försenades sköts upp skjutits stoppades avbröts "
        "pausades inställd fullt ut helt riktigt why was were wasn't weren't not never done carried out"
    )
)


def asks_why_not(question: str) -> bool:
    """Whether a question asks why something was not done (or was delayed, stopped)."""
    return bool(_WHY_NOT.search(question))


def _topic(question: str, route_: Route) -> set[str]:
    """The stems of the activity the question names: its words without asking, status and plan names."""
    named = {s for name in route_.administrations for s in tokenize(name.replace("-", " "))}
    return {s for s in tokenize(question) if len(s) >= 3 and s not in _NOT_ACTIVITY and s not in named}


def _names(stem: str, words: set[str]) -> bool:
    return stem in words or (
        len(stem) >= 5 and any(w.startswith(stem) or (stem.startswith(w) and len(w) >= 5) for w in words)
    )


def reason_sentences(chunks: list[Chunk], topic: set[str]) -> list[tuple[str, Chunk, int]]:
    """The plan's sentences (or table rows) naming the activity and giving a reason, best first."""
    needed = max(1, -(-2 * len(topic) // 3))  # two thirds of the activity's words
    found: list[tuple[int, str, Chunk, int]] = []
    for chunk in sorted(chunks, key=lambda c: c.position):
        lines = chunk.text.splitlines() if chunk.kind == "table" else []
        for unit in units(chunk):
            text = next((ln for ln in lines if unit.text in ln), unit.text) if lines else unit.text
            if not (_REASON.search(text) or _COMMENTED.search(text)):
                continue
            words = set(tokenize(text))
            named = sum(_names(s, words) for s in topic)
            if named >= needed:
                found.append((named, text, chunk, unit.page))
    found.sort(key=lambda f: -f[0])
    unique = list({text: (text, chunk, page) for _, text, chunk, page in found}.values())
    return unique[:MAX_SENTENCES]


def answer_status_reason(
    route_: Route, question: str, chunks_of: Callable[[str], list[Chunk]], label: Callable[[Chunk], str]
) -> tuple[str, list[Citation]] | None:
    """Each named plan's sentence giving the reason an activity was not done, cited; None when the
    question asks no such thing or no plan gives a reason (the status row and retrieval answer then)."""
    candidates = route_.plans or (route_.scope if len(route_.scope) == 1 else [])
    if not candidates or len(candidates) > MAX_SCANNED or not asks_why_not(question):
        return None
    topic = _topic(question, route_)
    if not topic:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    for doc_id in candidates[:MAX_PLANS]:
        cited: list[str] = []
        found = reason_sentences(chunks_of(doc_id), topic)
        for text, chunk, page in found:
            citations.append(Citation.of_chunk(len(citations) + 1, chunk, page, text))
            cited.append(f"{text} [{len(citations)}]")
        if found:
            lines.append(f"**{label(found[0][1])}:** " + " ".join(cited))
    return ("\n\n".join(lines), citations) if lines else None
