"""Swedish numbers: "6,28 %", "1 799" (any digit-group space), "84%"."""

from __future__ import annotations

import re

# Digit-group separators: space, no-break, thin, narrow no-break and figure space ("1 799").
DIGIT_SPACES = "\u00a0\u2009\u202f\u2007 "
_NUMBER_RE = re.compile(rf"^[-−–]?(?:\d{{1,3}}(?:[{DIGIT_SPACES}]\d{{3}})+|\d+)(?:[,.]\d+)?$")
_UNIT_RE = re.compile(r"\s*(?:%|procent|st\.?|stycken|år|dagar)$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """Swedish number to float: "6,28 %" -> 6.28, "1 799" -> 1799.0, "84%" -> 84.0; None for non-numbers.

    Spaces of any kind (incl. no-break and thin) group thousands; a comma or point is the decimal mark.
    """
    core = _UNIT_RE.sub("", text.strip()).strip()
    if not _NUMBER_RE.match(core):
        return None
    normalized = core.replace(",", ".").replace("−", "-").replace("–", "-")
    normalized = re.sub(f"[{DIGIT_SPACES}]", "", normalized)
    try:
        return float(normalized)
    except ValueError:
        return None
