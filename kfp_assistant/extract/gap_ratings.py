"""Which rows of a table that rates competence or groups are gaps, by the kind of rating it holds.

* supply ratings ("Brist", "Viss brist", "Balans", "Överskott"): the rows rated a shortage;
* gap sizes under a header naming the gap ("Kompetensområde | Nuläge (1–4) | Behov (1–4) | Gap" over
  "Stort", "Måttligt", "Litet", "Inget"): every row but those rated no gap;
* scores of the current and the needed level without a gap column ("Nuläge | Behov 2027" over "2 | 4"):
  the rows whose needed level is above the current one;
* recruitment difficulty ("Yrkesgrupp | Bedömning 2026 | Trend | Kommentar" over "Mycket svårt",
  "Svårt", "Medel", "Lätt"): the rows rated hard, in a table that assesses and comments only. A table
  that also counts its groups ("Yrkesgrupp | Antal | Svårighet att rekrytera") describes the staff,
  one column of which is how hard each group is to recruit: that is no list of gaps.

Of several rating columns the first is today's assessment; later ones are forecasts.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.assessments import GAP_HEADER, difficulty_degree, is_difficulty_column
from kfp_assistant.sv.numbers import parse_number

# A supply cell: shortage, balance or surplus, with a degree ("Viss brist", "Stor brist", "Balans").
_SUPPLY_RE = re.compile(
    r"^(?:(?:mycket\s+)?(?:stor|viss|liten|lätt|ökad|ökande|minskad|minskande|kraftig|akut|ingen|ej|risk\s+för)\s+)?"
    r"(?:brist|balans|överskott|underskott|god\s+tillgång)\.?$",
    re.IGNORECASE,
)
_SHORTAGE_RE = re.compile(
    r"^(?:(?:mycket\s+)?(?:stor|viss|liten|lätt|ökad|ökande|minskande|kraftig|akut)\s+)?(?:brist|underskott)\.?$",
    re.IGNORECASE,
)
# A gap size: "Stort", "Måttligt", "Litet", "Inget", "Mycket stort".
_SIZE_RE = re.compile(
    r"^(?:(?:mycket|ganska|relativt|något)\s+)?(?:stort?|stora|måttligt?|medel|litet|liten|små|inget|ingen)\.?$",
    re.IGNORECASE,
)
_NO_GAP_RE = re.compile(r"^(?:inget|ingen|ej|nej|[-–—]|0)\.?$", re.IGNORECASE)
# Headers of the current and the needed level of a score table.
_CURRENT_RE = re.compile(
    r"\bnuläge\w*|\bnuvarande\b|\bi\s*dag\b|\bidag\b|\bbefintlig\w*|\bär-?läge", re.IGNORECASE
)
_NEEDED_RE = re.compile(
    r"\bbehov\w*|\bbehövs\b|\bkrav\w*|\bönskad\w*|\bbör-?läge|\bmålnivå\w*|\bmål\b", re.IGNORECASE
)
_HARD_WORD_RE = re.compile(r"\bsvår\w*|\blätt\w*", re.IGNORECASE)
_MOSTLY = 0.6


def _flat(cell: str) -> str:
    return " ".join(cell.split())


def _cells(rows: list[list[str]], col: int) -> list[str]:
    return [_flat(r[col]) if col < len(r) else "" for r in rows[1:]]


def _mostly(cells: list[str], pattern: re.Pattern[str]) -> bool:
    filled = [c for c in cells if c]
    hits = [c for c in filled if pattern.match(c)]
    return len(hits) >= 2 and len(hits) >= _MOSTLY * len(filled)


def _counts_groups(rows: list[list[str]], need: int) -> bool:
    """Whether a column past the need column holds mostly numbers: the table counts its groups."""
    width = max((len(r) for r in rows), default=0)
    for col in range(need + 1, width):
        filled = [c for c in _cells(rows, col) if c]
        numbers = [c for c in filled if parse_number(c) is not None and not re.search(r"[^\W\d_]{3}", c)]
        if filled and len(numbers) >= _MOSTLY * len(filled):
            return True
    return False


def _scored(rows: list[list[str]], need: int) -> list[str] | None:
    """Need cells of the rows whose needed level is above the current one, when the header names both."""
    header = [_flat(c) for c in rows[0]]
    current = [c for c, h in enumerate(header) if c != need and _CURRENT_RE.search(h)]
    needed = [c for c, h in enumerate(header) if c != need and _NEEDED_RE.search(h) and c not in current]
    if not current or not needed:
        return None
    out = []
    for row in rows[1:]:
        now = parse_number(row[current[0]]) if current[0] < len(row) else None
        wanted = parse_number(row[needed[0]]) if needed[0] < len(row) else None
        if now is None or wanted is None:
            return None  # levels not scored in numbers
        if wanted > now and need < len(row) and row[need].strip():
            out.append(_flat(row[need]))
    return out


def rated_gap_rows(rows: list[list[str]], need: int) -> list[str] | None:
    """Need cells of the rows a rating column says are gaps, by the module docstring; None when the
    table has no such column."""
    header = [_flat(c) for c in rows[0]] if rows else []
    width = max((len(r) for r in rows), default=0)

    def needs(keep: re.Pattern[str] | None, col: int, hard: bool = False) -> list[str]:
        out = []
        for row in rows[1:]:
            cell = _flat(row[col]) if col < len(row) else ""
            if need >= len(row) or not row[need].strip() or not cell:
                continue
            if (keep is not None and keep.match(cell)) or (hard and (difficulty_degree(cell) or 0) >= 3):
                out.append(_flat(row[need]))
        return out

    for col in range(need + 1, width):
        cells = _cells(rows, col)
        name = header[col] if col < len(header) else ""
        if _mostly(cells, _SUPPLY_RE):
            return needs(_SHORTAGE_RE, col)
        if GAP_HEADER.search(name) and _mostly(cells, _SIZE_RE):
            return [
                _flat(r[need])
                for r in rows[1:]
                if col < len(r)
                and need < len(r)
                and r[need].strip()
                and r[col].strip()
                and not _NO_GAP_RE.match(_flat(r[col]))
            ]
    scored = _scored(rows, need)
    if scored is not None:
        return scored
    if _counts_groups(rows, need) or (need < len(header) and GAP_HEADER.search(header[need])):
        return None  # a table of staff counts, or of needs that a priority column only orders
    for col in range(need + 1, width):
        name = header[col] if col < len(header) else ""
        cells = _cells(rows, col)
        # how hard recruiting is, in its own words: a priority ("Hög", "Låg") is no difficulty
        if is_difficulty_column(name, cells) and any(_HARD_WORD_RE.search(c) for c in cells):
            return needs(None, col, hard=True)
    return None
