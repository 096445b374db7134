"""Sentences that point at what the text does not hold: "utifrån nedanstående process och tidplan",
"se bilaga 2", "tabellen nedan visar". What they point at is a figure, an image or an appendix (or, for
a table, the rows that follow in their own chunk): the sentence only names the thing asked about."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kfp_assistant.sv.words import term_in, tokenize

# "nedanstående process och tidplan", "ovanstående bild", "tidplanen nedan", "bilaga 2", "figur 3".
_POINTER = re.compile(
    r"\b(?:nedanstående|ovanstående|bifogade?)\s+(?P<after>[\w-]+(?:\s+(?:och|samt)\s+[\w-]+)?)"
    r"|\b(?P<before>[\w-]+)\s+(?:nedan|ovan|i\s+bilaga\w*)\b"
    r"|\b(?:se|enligt)\s+(?P<see>(?:bilaga|figur|bild|diagram|illustration)\w*)",
    re.IGNORECASE,
)


def points_elsewhere(text: str, tokens: AbstractSet[str]) -> bool:
    """Whether the sentence names a word of the question only as what it points at elsewhere
    ("… tagits fram utifrån nedanstående process och tidplan" for "hur såg tidplanen ut?")."""
    for match in _POINTER.finditer(text):
        named = match.group("after") or match.group("before") or match.group("see") or ""
        words = set(tokenize(named))
        if any(term_in(t, words) for t in tokens if len(t) >= 4):
            return True
    return False
