"""Questions about a figure's target: asked alone ("Vad är målet för sjukfrånvaron?": the plan's sentence
on the target answers, not the key figures, which state outcomes) or against the outcome ("Klarade de
sjukfrånvaromålet 2023?", "jämfört med målet": the figure, with the target sentence beside it).

One home for the words, read by the records answer (ask/records_text) and the answer's composition
(ask/target_sentences)."""

from __future__ import annotations

import re

# A target in a word of its own or ending a compound ("målet", "sjukfrånvaromålet", "delmål",
# "målsättningen", "målvärdet"); never a target date ("måldatum").
_TARGET = re.compile(
    r"\b(?:\w*mål(?:et|en)?|målsättning\w*|målvärde\w*|målnivå\w*|målbild\w*)\b", re.IGNORECASE
)
# The outcome asked beside it: whether it was reached ("nådde", "klarade", "höll", "did they meet"),
# or how it compares ("jämfört med målet", "i förhållande till målet").
_AGAINST = re.compile(
    r"\b(?:jämfört|jämförelse|förhållande|nådde|nått|nås|nåddes|nå|uppnådde|uppnått|uppnåddes|uppnå"
    r"|klarade|klarat|klara|höll|hållit|reached|reach|met|meet|achieved|achieve)\b",
    re.IGNORECASE,
)


def names_target(text: str) -> bool:
    """Whether a text names a target ("målet", "sjukfrånvaromålet"), not a target date."""
    return bool(_TARGET.search(text))


def asks_for_target(question: str) -> bool:
    """Whether a figure question asks for the target set, not the outcome."""
    return names_target(question) and not _AGAINST.search(question)


def asks_against_target(question: str) -> bool:
    """Whether a question asks if a figure reached its target, or how it stands against it."""
    return names_target(question) and bool(_AGAINST.search(question))
