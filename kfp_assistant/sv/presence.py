"""Comparisons that ask whether each side has something: "har både A och B mentorer?", "erbjuder A och B
traineeplatser?", "använder båda förvaltningarna exitsamtal?", "do both A and B offer mentoring?". Not
whether they do it alike ("samma", "skiljer"), nor which of them does ("vilken", "A eller B").
"""

from __future__ import annotations

import re

# The verb of having or doing first, a word of both sides after it.
_BOTH_OPENER_RE = re.compile(
    r"^\s*(?:har|hade|finns|fanns|erbjuder|erbjöd|tar|jobbar|arbetar|använder|satsar|ger|driver|ordnar"
    r"|anordnar|genomför|nämner|tar\s+upp|tar\s+emot|does|do|did|have|has|offer|offers|use|uses)\b"
    r"(?=.*\b(?:både|båda|bägge|och|and|both)\b)",
    re.IGNORECASE,
)
BOTH_RE = re.compile(r"\b(?:både|båda|bägge|both)\b", re.IGNORECASE)
_ALIKE_RE = re.compile(
    r"\b(?:samma|lika\w*|likadant|likartat|skiljer|skillnad\w*|olika|annorlunda|same|similar\w*|differ\w*)\b",
    re.IGNORECASE,
)
_WHICH_RE = re.compile(r"\b(?:eller|or)\b(?!\s+(?:inte|not)\b)", re.IGNORECASE)
_WHO_RE = re.compile(r"\b(?:vem|vilk\w*|who|which|what)\b", re.IGNORECASE)
# What, how or why they do it asks more than whether: "både A och B använder X, vad använder de det till?"
_OPEN_RE = re.compile(r"\b(?:vad|hur|varför|när|how|why|when)\b", re.IGNORECASE)


def asks_both(question: str, english: bool = False) -> bool:
    """Whether a comparison asks whether each side has something ("har både A och B mentorer?"); an
    English question put in Swedish terms loses its opening verb, so there a word of both is enough."""
    if any(rx.search(question) for rx in (_ALIKE_RE, _WHICH_RE, _WHO_RE, _OPEN_RE)):
        return False
    return bool(_BOTH_OPENER_RE.search(question) or (english and BOTH_RE.search(question)))
