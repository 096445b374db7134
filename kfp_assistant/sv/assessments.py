"""Words of tables that assess competence needs and the supply of each group: which column numbers
the rows, which names the need, which rates it (size, priority, how hard it is to recruit), and the
values a rating column holds ("Lätt", "Medel", "Svårt", "Stort", "Hög", "Balans").

Plans head these columns in many ways ("Nr | Kompetensgap | Avdelning | Omfattning | Prioritet",
"Yrkesgrupp | Antal | Svårighet att rekrytera", "Roll | Rekryteringsläge 2025 | Bedömning 2028"),
so a column is known by its header words or, when they are missing or split over two rows, by its
values.
"""

from __future__ import annotations

import re

# A column that only numbers the rows: "Nr", "#", "Nummer", "Id", "Ordning".
_NUMBERING_HEADER = re.compile(r"^\s*(?:nr\.?|#|nummer|num|id|ordning|löpnr\.?|no\.?)?\s*$", re.IGNORECASE)
_NUMBERING_CELL = re.compile(r"^\s*\d{1,2}[.)]?\s*$")

# A header naming gaps or needs: "Kompetensgap", "Identifierat behov", "Bristområde", "Saknas".
GAP_HEADER = re.compile(
    r"\w*gap\b|\w*gapen?\b|\w*behov\w*|\w*brist\w*|\w*luck\w*|\w*utmaning\w*|\bsvårrekryter\w*|\bsaknas\b",
    re.IGNORECASE,
)
# A header naming the need itself, or the competence a row is about ("Kompetens", "Kompetensområde").
NEED_HEADER = re.compile(rf"kompetens\w*|{GAP_HEADER.pattern}", re.IGNORECASE)
# A header rating each row: its size, priority, urgency or how hard recruiting is ("Bedömt gap",
# "Omfattning", "Prioritet", "Angelägenhetsgrad", "Svårighet att rekrytera", "Rekryteringsläge 2025",
# "Prognos 2028", "Tillgång").
RATING_HEADER = re.compile(
    r"\bbedöm\w*|\bprognos\w*|\bomfattning\w*|\bprioritet\w*|\bprio\b|\bangelägen\w*|\bgrad\b|\w+grad\b"
    r"|\bsvårighet\w*|\bsvår\w*|\brekryteringsläge\w*|\w*läge\b|\btillgång\w*|\bkonsekvens\w*"
    r"|\ballvarlig\w*|\bstorlek\b|\bnivå\b|\brisk\b|\bbrist\w*|\bgap\b",
    re.IGNORECASE,
)
# A header on how hard a group is to recruit or how its supply looks: what a difficulty question asks.
DIFFICULTY_HEADER = re.compile(
    r"\bsvårighet\w*|\bsvår\w*|\blätt\w*|\w*läge\b|\w*läget\b|\btillgång\w*|\bbrist\w*|\bprognos\w*"
    r"|\bbedöm\w*|\bkonkurrens\w*",
    re.IGNORECASE,
)
# A rating value: a degree of difficulty, size, priority or supply, with "mycket"/"ganska" before it.
_RATING_VALUE = re.compile(
    r"^(?:(?:mycket|ganska|relativt|något|väldigt|mindre|mer|viss|stor|liten|akut|ingen|ej|risk\s+för)\s+)?"
    r"(?:lätt|lätta|medel|medelsvårt?|måttlig|måttligt|svår|svårt|svåra|stor|stort|stora|liten|litet|små"
    r"|hög|högt|låg|lågt|kritisk|kritiskt|akut|brist|balans|överskott|underskott|god|gott|ingen|begränsad"
    r"|begränsat|tillräcklig|tillräckligt|otillräcklig|otillräckligt|grön|gul|röd|[1-5])\.?$",
    re.IGNORECASE,
)
_DIFFICULTY_VALUE = re.compile(
    r"^(?:(?:mycket|ganska|relativt|något|väldigt|mindre|mer)\s+)?(?:lätt|lätta|medel|medelsvårt?|måttligt?"
    r"|svår|svårt|svåra|stor|liten|hög|låg|god|begränsad|brist|balans|överskott)\.?$",
    re.IGNORECASE,
)
_MOSTLY = 0.6


def _flat(cell: str) -> str:
    return " ".join(cell.split())


def is_numbering_column(header: str, cells: list[str]) -> bool:
    """Whether a column only numbers the rows: a "Nr"-like header (or none) over small numbers."""
    filled = [c for c in cells if c.strip()]
    return (
        bool(_NUMBERING_HEADER.match(_flat(header)))
        and len(filled) >= 2
        and all(_NUMBERING_CELL.match(c) for c in filled)
    )


def _mostly(cells: list[str], pattern: re.Pattern[str]) -> bool:
    filled = [_flat(c) for c in cells if c.strip()]
    hits = [c for c in filled if pattern.match(c)]
    return len(hits) >= 2 and len(hits) >= _MOSTLY * len(filled)


def is_rating_column(header: str, cells: list[str]) -> bool:
    """Whether a column rates its rows: a rating header over short cells, or mostly rating values."""
    short = all(len(c.split()) <= 3 for c in cells if c.strip())
    return (bool(RATING_HEADER.search(header)) and short) or _mostly(cells, _RATING_VALUE)


def is_difficulty_column(header: str, cells: list[str]) -> bool:
    """Whether a column says how hard each row's group is to recruit or how its supply looks: such a
    header over short cells ("Svårighet att rekrytera", "Rekryteringsläge 2025"), or mostly such
    values ("Lätt", "Medel", "Svårt", "Mycket svårt")."""
    filled = [c for c in cells if c.strip()]
    # short words, not counts: "Rekryteringsläge 2025 | Svårt", never "Prognos 2028 | 412"
    worded = bool(filled) and all(len(c.split()) <= 3 and re.search(r"[^\W\d]", c) for c in filled)
    return (bool(DIFFICULTY_HEADER.search(header)) and worded) or _mostly(cells, _DIFFICULTY_VALUE)


# Which way an assessment has moved since the last one: "Trend | Försämrat", "Utveckling | Oförändrad".
_TREND_HEADER = re.compile(r"\btrend\w*|\butveckling\w*|\bförändring\w*|\briktning\w*", re.IGNORECASE)
_TREND_VALUE = re.compile(
    r"^(?:förbättra\w*|försämra\w*|oförändra\w*|bättre|sämre|ökar|ökande|ökat|minskar|minskande|minskat"
    r"|stabil\w*|samma|[↑↓→])\.?$",
    re.IGNORECASE,
)


def is_trend_column(header: str, cells: list[str]) -> bool:
    """Whether a column says which way each row's assessment has moved: a trend header over short
    cells, or mostly such values ("Förbättrat", "Oförändrat", "Försämrat")."""
    short = all(len(c.split()) <= 2 for c in cells if c.strip())
    return (bool(_TREND_HEADER.search(header)) and short and any(c.strip() for c in cells)) or _mostly(
        cells, _TREND_VALUE
    )


# Recruiting a group, in the verbs questions use: "rekrytera", "anställa", "hitta", "få tag på".
_RECRUIT = r"(?:rekrytera|anställa|hitta|få\s+tag|tillsätta|bemanna|locka|attrahera)\b"

# A question on how hard it is to recruit or find a group: "är det svårt att få tag på X?", "hur svårt
# är det att rekrytera X?", "hur ser rekryteringsläget ut för X?", "is it hard to recruit X?".
_ASKS_DIFFICULTY = re.compile(
    r"\b(?:svår[at]?|svårast\w*|lätt[a]?|lättast\w*|svårighet(?:er|en|erna)?)\s+"
    r"(?:(?:är|var|blir|kommer)\s+det\s+(?:att\s+bli\s+)?)?"
    r"(?:att\s+|med\s+att\s+)?(?:få\s+tag|hitta|rekrytera|anställa"
    r"|tillsätta|bemanna|locka|få\s+sökande|attrahera)"
    # whose view comes between: "hur svårt anser cheferna att det är att få tag på X?"
    r"|\b(?:svår[at]?|lätt[a]?)\s+(?:\w+\s+){1,4}?det\s+(?:är|var|blir)\s+att\s+(?:få\s+tag|hitta|rekrytera|anställa"
    r"|tillsätta|bemanna)"
    r"|\bsvårrekryter\w*|\blättrekryter\w*|\brekryteringsläge\w*|\brekryteringssituation\w*"
    r"|\btillgång\w*\s+på\b|\bbrist\s+på\b|\bont\s+om\b"
    # how recruiting goes or is expected to go: "hur tror de att det blir att rekrytera X?", "hur går det
    # att anställa X?", "möjligheten att rekrytera X", "läget för att rekrytera X", "bedöms rekryteringen"
    rf"|\bhur\b(?!\s+(?:många|mycket))[^?.!]{{0,60}}?\b(?:det\s+(?:blir|går|är|var)|(?:blir|går|är|var)\s+det)"
    rf"\s+(?:att\s+bli\s+)?(?:att\s+)?{_RECRUIT}"
    rf"|\b(?:möjlighet\w*|utsikt\w*|förutsättning\w*|läget?)\s+(?:(?:det\s+)?finns\s+)?(?:för\s+|till\s+)?"
    rf"(?:att\s+)?{_RECRUIT}"
    r"|\brekryteringsmöjlighet\w*|\brekryteringsutsikt\w*"
    r"|\bbedöm\w*\s+(?:de\s+|man\s+|det\s+|\w+förvaltningen\s+)?rekrytering(?:en|arna)?\b"
    r"|\b(?:hard|difficult|easy)\s+(?:is\s+it\s+|will\s+it\s+be\s+|it\s+is\s+)?to\s+(?:recruit|find|hire|fill)"
    r"|\bdifficulty\b|\brecruit(?:ment|ing)\s+(?:outlook|situation|prospects)\b|\boutlook\s+for\s+recruit",
    re.IGNORECASE,
)


def asks_difficulty(question: str) -> bool:
    """Whether a question asks how hard a group is to recruit or how its supply looks."""
    return bool(_ASKS_DIFFICULTY.search(question))


# How hard a rating says recruiting is, 1 (easy, plenty) to 4 (very hard): "Lätt", "Liten", "God",
# "Balans" 1; "Medel", "Måttlig", "Begränsad", "Viss brist" 2; "(Ganska) svårt", "Stor", "Brist" 3;
# "Mycket svårt", "Stor brist" 4.
_EASY = re.compile(r"^(?:lätt\w*|liten|litet|små|låg\w*|god|gott|balans|överskott|ingen\b.*)$")
_MEDIUM = re.compile(r"^(?:medel\w*|måttlig\w*|begränsad\w*|viss\s+brist|något\s+svår\w*)$")
_HARD = re.compile(
    r"^(?:(?:ganska|relativt|rätt)\s+)?(?:svår\w*|stor|stort|stora|hög\w*|brist|kritisk\w*|akut\w*|underskott)$"
)
_VERY_HARD = re.compile(
    r"^(?:(?:mycket|väldigt|extremt)\s+(?:svår\w*|stor\w*|hög\w*)|stor\s+brist|akut\s+brist)$"
)


def difficulty_degree(value: str) -> int | None:
    """How hard a rating cell says recruiting is, 1-4; None for no such rating."""
    text = " ".join(value.lower().split()).rstrip(".")
    for degree, pattern in ((4, _VERY_HARD), (2, _MEDIUM), (1, _EASY), (3, _HARD)):
        if pattern.match(text):
            return degree
    return None


_HARDEST = re.compile(r"\bsvårast\w*|\bmest\s+svår\w*|\bhardest\b|\bmost\s+difficult\b", re.IGNORECASE)
_EASIEST = re.compile(r"\blättast\w*|\beasiest\b", re.IGNORECASE)
_VERY = re.compile(r"\b(?:mycket|väldigt|very)\s+(?:svår\w*|hard|difficult)\b", re.IGNORECASE)
_HARD_ASKED = re.compile(r"\bsvår[at]?\b|\bsvåra\b|\bsvårighet\w*|\bhard\b|\bdifficult\b", re.IGNORECASE)
_EASY_ASKED = re.compile(r"\blätt[a]?\b|\beasy\b", re.IGNORECASE)


def degrees_asked(question: str, present: list[int]) -> set[int]:
    """The degrees of difficulty a list question asks for, of those `present`: "vilka är svårast att
    rekrytera?" the highest, "lättast" the lowest, "mycket svåra" 4, "svåra" 3-4, "lätta" 1; none
    when it names no degree."""
    if not present:
        return set()
    if _HARDEST.search(question):
        return {max(present)}
    if _EASIEST.search(question):
        return {min(present)}
    if _VERY.search(question):
        return {4}
    if _HARD_ASKED.search(question):
        return {3, 4}
    if _EASY_ASKED.search(question):
        return {1}
    return set()


# Where a gap is largest: "inom vilka områden är gapet störst?", "var är kompetensbristen störst?",
# "vilka kompetenser har störst gap?", "where are the biggest gaps?" (smallest: "minst", "smallest").
_GAP_WORD = r"(?:\w*gap\w*|\w*glapp\w*|\w*brist\w*|\w*luck(?:a|an|or|orna)\b|kompetensbehov\w*|gaps?)"
_LARGEST = (
    r"(?:störst\w*|allvarligast\w*|kritiskast\w*|mest\s+(?:kritisk\w*|allvarlig\w*|akut\w*)"
    r"|largest|biggest|greatest|widest)"
)
_SMALLEST = r"(?:minst(?!\s+\d)\w*|smallest|narrowest)"
_GAP_SIZE_ASKED = re.compile(
    rf"\b{_GAP_WORD}\b.*?\b(?P<a>{_LARGEST}|{_SMALLEST})\b|\b(?P<b>{_LARGEST}|{_SMALLEST})\b.*?\b{_GAP_WORD}\b",
    re.IGNORECASE,
)


def gap_size_asked(question: str) -> bool | None:
    """Whether a question asks where a gap is smallest (True) or largest (False); None when it asks
    neither."""
    match = _GAP_SIZE_ASKED.search(question)
    if match is None:
        return None
    word = (match.group("a") or match.group("b")).lower()
    return bool(re.fullmatch(_SMALLEST, word))


# A column rating or measuring each row's gap: "Gap", "Bedömt gap", "Glapp", "Brist", "Skillnad".
GAP_SIZE_HEADER = re.compile(r"\w*gap\w*|\w*glapp\w*|\w*brist\w*|\bskillnad\w*|\bdifferens\w*", re.I)
# Columns of a row's level now and the level needed, whose difference is the gap: "Nuläge (1–4)" and
# "Behov 2026 (1–4)", "Nuvarande nivå" and "Önskad nivå", "Idag" and "Krav".
CURRENT_LEVEL_HEADER = re.compile(
    r"\bnuläge\w*|\bnuvarande\b|\bbefintlig\w*|\bidag\b|\bi\s+dag\b|\bär-?läge\w*|\baktuell\w*", re.I
)
REQUIRED_LEVEL_HEADER = re.compile(
    r"\bbehov\w*|\bbehövd\w*|\bkrav\w*|\bkrävs\b|\bkrävd\w*|\bönskad\w*|\bönskvärd\w*|\bbör-?läge\w*"
    r"|\bmålnivå\w*|\bbörnivå\w*",
    re.I,
)
# How large a rating says a gap is, 0 (none) to 4 (very large): "Inget" 0, "Litet"/"Låg" 1,
# "Måttligt"/"Medel" 2, "Stort"/"Hög" 3, "Mycket stort"/"Kritiskt" 4; filled dots ("●●○") count.
_SIZES = (
    (4, re.compile(r"^(?:(?:mycket|väldigt|extremt)\s+(?:stor\w*|hög\w*)|kritisk\w*|akut\w*)$")),
    (3, re.compile(r"^(?:ganska\s+|relativt\s+)?(?:stor|stort|stora|hög|högt|höga|large|high)$")),
    (2, re.compile(r"^(?:medel\w*|måttlig\w*|mellan\w*|viss|visst|medium|moderate)$")),
    (1, re.compile(r"^(?:liten|litet|små|låg|lågt|låga|begränsad\w*|small|low)$")),
    (0, re.compile(r"^(?:ingen|inget|inga|saknas|none|-|–|0)$")),
)
_DOTS = re.compile(r"^[●○◯◦•]+$")


def gap_size(value: str) -> float | None:
    """How large a gap cell says the gap is: its number, or its rating's degree (module comment)."""
    text = " ".join(value.lower().split()).rstrip(".")
    if _DOTS.match(text.replace(" ", "")):
        return float(text.count("●") + text.count("•"))
    for degree, pattern in _SIZES:
        if pattern.match(text):
            return float(degree)
    return None
