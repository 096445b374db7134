"""Questions with several parts: "Hur många är tillsvidareanställda och hur många av dem slutade?",
"Hur stor är personalomsättningen och vilka yrken ligger högst?".

In: a question. Out: its parts, in order; a question with one part comes back as it is. The answerer
answers the first part, then each later part as a follow-up of the one before ("av dem", "det"
refer back), and joins the answers, each part cited.
"""

from __future__ import annotations

import re
from functools import partial

from kfp_assistant.schema import Answer, Citation

# A second question starts where "och", "samt" or a semicolon is followed by a question word.
_SPLIT = re.compile(
    r"(?:,\s*|\s+)(?:och|samt|and)\s+(?:i\s+|in\s+|för\s+|for\s+)?"
    r"(?=(?:hur|vad|vilk\w*|när|vem|var|varför|finns|har|how|what|which|when|who)\b)"
    r"|;\s*|\?\s+(?=\w)",
    re.IGNORECASE,
)
_MIN_WORDS = 3  # a shorter piece is not a question of its own ("och hur?")


def question_parts(question: str) -> list[str]:
    """The question's parts: each a question of at least three words, in the order asked."""
    pieces = [p.strip(" ,") for p in _SPLIT.split(question) if p and p.strip(" ,?")]
    if len(pieces) < 2 or any(len(re.findall(r"\w+", p)) < _MIN_WORDS for p in pieces):
        return [question]
    return [p if p.endswith("?") else f"{p}?" for p in pieces]


def _shifted(match: re.Match[str], offset: int) -> str:
    return f"[{int(match.group(1)) + offset}]"


def join_answers(parts: list[str], answers: list[Answer]) -> tuple[str, list[Citation]]:
    """One answer text from the parts' answers, each under its part, citations numbered through."""
    texts: list[str] = []
    citations: list[Citation] = []
    for part, answer in zip(parts, answers, strict=True):
        offset = len(citations)
        text = re.sub(r"\[(\d+)\]", partial(_shifted, offset=offset), answer.answer)
        texts.append(f"*{part}*\n\n{text}")
        citations += [c.model_copy(update={"n": c.n + offset}) for c in answer.citations]
    return "\n\n".join(texts), citations
