"""Superlative questions: "vilken yrkesgrupp har flest …", "vilket år var … lägst", "which unit has the
most …". What is ranked (the noun after "vilken"), and which way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.metrics import higher_is_better
from kfp_assistant.sv.words import tokenize

_WHICH = r"\b(?:vilk(?:en|et|a)|which|what)\s+(?:av\s+(?:de\s+)?)?(?P<kind>[\wåäö-]+)"
# "minst" before a number is "at least" ("minst 60 år"), not a superlative
_MOST = r"flest|högst|störst|mest|most|highest|largest|biggest"
_LEAST = r"färst|lägst|minst(?!\s+\d)|fewest|lowest|least|smallest"
_SUPERLATIVE_RE = re.compile(rf"{_WHICH}.*?\b(?P<sup>{_MOST}|{_LEAST})\b", re.IGNORECASE)
_LEAST_RE = re.compile(rf"^(?:{_LEAST})$", re.IGNORECASE)
# Which way a comparison ranks: superlatives and comparatives ("vem har högst", "är det fler i A än i B")
# (older staff: the higher mean age; sicker: the higher sick leave; healthier: the lower).
_HIGH_RE = re.compile(
    rf"\b(?:{_MOST}|högst\w*|störst\w*|högre|fler|större|mer|äldre|äldst\w*|sjukare|sjukast\w*|oftare|oftast"
    r"|rangordn\w*|rank\w*|sortera\w*"
    r"|higher|more|bigger|larger|greater|older|oldest|sicker|sickest)\b",
    re.IGNORECASE,
)
_LOW_RE = re.compile(
    rf"\b(?:{_LEAST}|lägst\w*|lägre|färre|mindre|yngre|yngst\w*|friskare|friskast\w*"
    r"|lower|fewer|less|smaller|younger|youngest|healthier)\b",
    re.IGNORECASE,
)
# Judged, not measured: "var är det värst?", "vem har bäst …?", "better". Which end is better depends on
# the figure (metrics.higher_is_better): high sick leave is worse, a high engagement index is better.
_BETTER_RE = re.compile(r"\b(?:bäst\w*|bättre|best|better)\b", re.IGNORECASE)
_WORSE_RE = re.compile(r"\b(?:värst\w*|sämst\w*|sämre|worst|worse)\b", re.IGNORECASE)
_SUPERLATIVE_WORDS = (
    "flest högst störst mest most highest largest biggest färst lägst minst fewest lowest least smallest"
)


@dataclass(frozen=True)
class Superlative:
    """What a "which … most/least" question asks: the kind of row named and the direction."""

    kind: str  # stem of the noun after "vilken" ("yrkesgrupp"), explained by the rows themselves
    least: bool
    words: tuple[str, ...]  # stems of the superlative words, never row or column names


def superlative_of(question: str) -> Superlative | None:
    """The superlative a "which … most/least" question asks, or None for any other question."""
    text = in_swedish_terms(question) if is_english(question) else question
    match = _SUPERLATIVE_RE.search(text) or _SUPERLATIVE_RE.search(question)
    if match is None:
        return None
    kind = tokenize(match.group("kind"))
    words = tuple(tokenize(_SUPERLATIVE_WORDS))
    return Superlative(kind[0] if kind else "", bool(_LEAST_RE.match(match.group("sup"))), words)


def judged(question: str) -> str | None:
    """ "better" or "worse" when the question's first word of direction judges ("bäst", "värst", "sämre")
    rather than measures ("högst", "fler"); None otherwise."""
    found = [(m.start(), kind) for kind, rx in _DIRECTIONS if (m := rx.search(question))]
    kind = min(found)[1] if found else None
    return kind if kind in ("better", "worse") else None


_DIRECTIONS = (("high", _HIGH_RE), ("low", _LOW_RE), ("better", _BETTER_RE), ("worse", _WORSE_RE))


def lowest_first(question: str, metric: str | None = None) -> bool | None:
    """True when a question asks which is lowest ("lägst", "färre"), False which is highest ("högst",
    "fler"; the first such word decides), None when it asks neither. A judging word ranks by the
    metric's better end ("bäst sjukfrånvaro": the lowest; "bäst AMI": the highest); of a metric with no
    better end, "bäst" ranks the highest first and "sämst" the lowest."""
    found = [(m.start(), kind) for kind, rx in _DIRECTIONS if (m := rx.search(question))]
    if not found:
        return None
    kind = min(found)[1]
    if kind in ("better", "worse"):
        high_better = higher_is_better(metric) if metric else None
        return (kind == "better") != (high_better is not False)
    return kind == "low"
