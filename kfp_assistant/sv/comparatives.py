"""Comparisons asked by an adjective or a verb instead of a key figure's name: which figure is meant.

"Vem har äldst personal?", "which workforce is older?" ask for the mean age; "är de sjukare där?",
"högre frånvaro" for the sick leave; "vilken är störst?", "bigger workforce" for the number employed;
"var slutar flest?" for how many left and the staff turnover (a rate: administrations of different
size compare);
"fler kvinnor", "more women" for the share of women. Only a comparison is read this way: "55 år eller
äldre" and "hur många slutade?" keep their own meaning.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.table_terms import asks_count

# Older or younger staff: the mean age. Not an age band ("60 år eller äldre", "äldre än 64") and not
# a count of older staff ("fler äldre medarbetare", "andelen yngre").
_AGE_RE = re.compile(
    r"\b(?:äldre|äldst\w*|yngre|yngst\w*|older|oldest|younger|youngest)\b(?!\s+(?:än|than)\s+\d)", re.I
)
_COUNTED_BEFORE_RE = re.compile(
    r"(?:\b(?:fler|flest|färre|färst|många|antal\w*|andel\w*|more|most|fewer|number|share|proportion)"
    r"|\d+\s+år\s+(?:eller|och))\s+$",
    re.I,
)
# Sick or healthy staff: the sick leave ("sjukare", "mer sjuk", "friskast", "sicker").
_SICK_RE = re.compile(
    r"\b(?:sjuk|sjuka|sjukare|sjukast\w*|friskare|friskast\w*|sicker|sickest|healthier)\b(?!-)", re.I
)
# The size of an administration: "vilken är störst?", "störst, A eller B?", "större av dem", "den största
# arbetsgivaren", "bigger". A size word before another noun ("störst problem") is about that noun.
_SIZE_RE = re.compile(
    r"\b(?:större|störst\w*|mindre|minst|bigger|biggest|larger|largest|smaller|smallest)"
    r"(?=\s*(?:[,?.!:;–-]|$)|\s+(?:av|of|än\s+(?!\d)|than\s+(?!\d)|i\s+antal|till\s+antal\w*|sett\s+till"
    r"|\w*mässigt\b"  # "störst storleksmässigt"
    r"|är\s+(?:[\w-]+\s+){1,5}?(?:än|than)\s+(?!\d)"  # "hur mycket större är A än B?"
    r"|(?:\w+)?(?:arbetsgivar|organisation"
    r"|förvaltning|nämnd|myndighet|kommun|region|bolag|verksamhet|employer|organi[sz]ation|administration)\w*))",
    re.I,
)
# Leaving, ranked: "var slutar flest?", "fler som säger upp sig", "lämnar oftare". A count asked ("hur
# många slutade?", "antal avgångar") stays a count.
_LEAVING_RE = re.compile(
    r"\b(?:sluta[rt]?|slutade|lämna[rt]?|lämnade|säger\s+upp\s+sig|sa\s+upp\s+sig|går\s+vidare|avgångar\w*"
    r"|leave|leaving|quit\w*)\b",
    re.I,
)
_RANKED_RE = re.compile(
    r"\b(?:fler|flest|färre|färst|oftare|oftast|mest|mer|högre|högst|lägre|lägst|more|most|fewer|often)\b",
    re.I,
)
# More or fewer women or men: their share ("fler kvinnor", "more women", "kvinnodominerad").
_GENDER_RE = re.compile(
    r"\b(?:fler|flest|färre|färst|mer|mest|more|most|fewer|större\s+andel|högre\s+andel|lägre\s+andel)\s+"
    r"(?P<who>kvinn\w*|män|männen|manliga|kvinnliga|women|men|female|male)\b"
    r"|\b(?P<dominated>kvinnodominera\w*|mansdominera\w*|female-dominated|male-dominated)\b"
    # a share named ("andelen manliga anställda", "share of men"): a comparison of it compares shares
    r"|\b(?:andel(?:en)?|share|proportion|percentage)\s+(?:of\s+)?(?:\w+\s+)?"
    r"(?P<of>kvinn\w*|män|männen|manliga|kvinnliga|women|men|female|male)\b",
    re.I,
)
# Keeping staff, judged: "vem är bäst på att behålla personalen?", "där stannar medarbetarna längst",
# "better at retaining staff": the staff turnover (the lower, the better).
_KEEPING_RE = re.compile(
    r"\b(?:behålla|behåller|behöll|stannar|stanna|stannat|retain\w*|keep(?:ing)?|stay\w*)\b", re.I
)
_JUDGED_RE = re.compile(
    r"\b(?:bäst|bättre|sämst|sämre|lyckas|lyckats|längst|längre|best|better|worse|worst|longer|longest)\b",
    re.I,
)


# Who has it hardest: "störst brist på", "störst problem med", "svårast att rekrytera", "var är bristen
# störst?", "hardest to recruit", "struggles most". Told by what the plans write of shortage and
# difficulty, not by a list of needs or the size of the administration.
_HARDEST_RE = re.compile(
    r"\b(?:störst\w*|större|mest|värst|biggest|largest|greatest|most|worst|bigger|greater)\s+(?:\w+\s+)?"
    r"(?:\w*brist\w*|problem\w*|svårighet\w*|utmaning\w*|shortage\w*|problems?|difficult\w*|challeng\w*)"
    r"|\b\w*(?:brist|problem|svårighet|utmaning)\w*\s+(?:är\s+|var\s+)?(?:störst|större|värst)"
    r"|\bsvår(?:ast|are)\b|\bhard(?:est|er)\b|\b(?:more|most)\s+difficult\b|\bstruggl\w*",
    re.I,
)
# What the plans write of shortage and difficulty ("brist på", "svårrekryterade", "en stor utmaning").
# ("bristande återkoppling" is poor feedback, no shortage of staff.)
DIFFICULTY_RE = re.compile(
    r"\b\w*(?:brist(?!ande)|svår|utmaning|problem|konkurrens|vakan|obesatt)\w*|\bsakna[rsd]?\w*|\bhård\w*"
    r"|\bbesvärlig\w*|\bont\s+om\b",
    re.I,
)
# What each side is also searched for when who has it hardest is asked.
DIFFICULTY_WORDS = "brist svårt svårigheter svårrekryterade utmaning"


def hardest_asked(question: str) -> bool:
    """Whether a comparison asks who has the greatest shortage or difficulty ("vem har svårast att
    rekrytera?", "störst brist på sjuksköterskor")."""
    return bool(_HARDEST_RE.search(question))


# Which roles or skills are hardest, asked for by name ("vilka yrken är svårast att rekrytera till i A
# respektive B?", "which roles are hardest to fill?"): each side's list of needs, not who has it hardest.
_ITEMS_ASKED_RE = re.compile(
    r"\b(?:vilka|vilken|vilket|which|what)\s+(?:\w+\s+)?(?:yrke\w*|roll\w*|yrkesgrupp\w*|befattning\w*"
    r"|tjänst\w*|kompetens\w*|grupp\w*|occupations?|roles?|jobs?|professions?|skills?)\b",
    re.I,
)


def hardest_items_asked(question: str) -> bool:
    """Whether a question asks which roles or skills are hardest (a list of needs), not who has it hardest."""
    return hardest_asked(question) and bool(_ITEMS_ASKED_RE.search(question))


# Metrics a bare staff word gives ("anställda", "workforce"): an adjective says which figure of the
# staff is compared.
_STAFF_METRICS = frozenset(("employees_total", "employees_permanent"))


def _age_asked(question: str) -> bool:
    """Whether the question compares the staff's age (not an age band or a count of older staff)."""
    return any(not _COUNTED_BEFORE_RE.search(question[: m.start()]) for m in _AGE_RE.finditer(question))


def _gender_share(question: str) -> list[str]:
    """The share metrics "fler kvinnor", "more men", "mansdominerad" compare."""
    shares: list[str] = []
    for m in _GENDER_RE.finditer(question):
        word = (m.group("who") or m.group("dominated") or m.group("of") or "").lower()
        women = word.startswith(("kvinn", "women", "female"))
        shares.append("women_share" if women else "men_share")
    return list(dict.fromkeys(shares))


def comparative_metrics(question: str, metrics: list[str]) -> list[str]:
    """The metrics a comparison asks about, with those its adjectives and verbs name: the mean age for
    older/younger, the sick leave for sicker, the headcount for bigger, the departures and the turnover
    for more leaving, the share of women or men for more of them; `metrics` as the metric words named
    them otherwise."""
    if asks_count(question):
        return metrics
    # Another figure named ("fler kvinnor än män arbetar heltid") is what is compared.
    others = [m for m in metrics if m not in _STAFF_METRICS and m not in ("women_count", "men_count")]
    shares = _gender_share(question)
    if shares and not others:  # "äldst personal och flest kvinnor": both compared
        return [*shares, "average_age"] if _age_asked(question) else shares
    if not others and _age_asked(question):
        return ["average_age"]
    if not others and _SICK_RE.search(question):
        return ["sick_leave_pct"]
    if "departures" in metrics and _RANKED_RE.search(question):
        return ["departures", "turnover_pct", *(m for m in metrics if m != "departures")]
    if not metrics and _LEAVING_RE.search(question) and _RANKED_RE.search(question):
        return ["departures", "turnover_pct"]
    if not others and _KEEPING_RE.search(question) and _JUDGED_RE.search(question):
        return ["turnover_pct"]
    if not metrics and _SIZE_RE.search(question) and not hardest_asked(question):
        return ["employees_total"]
    return metrics


# "Var är sjukfrånvaron lägst?", "vem har flest anställda?", "where is turnover highest?": a figure
# ranked over the administrations, when the question names none.
_RANKS_WHERE_RE = re.compile(
    r"^\s*(?:var|vem|hos\s+vem|where|who|vilk(?:en|et|a)\s+av\s+(?:de|dem|dessa|alla)\b|which\s+of)\b"
    r"(?=.*\b(?:högst|lägst|störst|minst|flest|färst|mest|äldst\w*|yngst\w*"
    r"|highest|lowest|largest|biggest|smallest|most|fewest|oldest|youngest)\b)",
    re.I,
)


def ranks_where(question: str, metrics: list[str], named: int) -> bool:
    """Whether a question naming no administration (`named` 0) asks where or who ranks first on a figure
    it names ("var är sjukfrånvaron lägst?")."""
    return bool(metrics) and not named and bool(_RANKS_WHERE_RE.search(question))


# "Vilken region har lägst sjukfrånvaro?", "vilket av bolagen har flest anställda?", "which of the district
# administrations has the highest sick leave?": a figure ranked over the administrations of one kind.
_KINDS = {
    "region": r"region\w*",
    "stadsdel": r"stadsdel\w*|district\w*|borough\w*",
    "bolag": r"bolag\w*|företag\w*|compan\w*",
    "kommun": r"kommun\w*|municipalit\w*",
}
_RANKED_KIND_RE = re.compile(
    r"^\s*(?:vilk(?:en|et|a)|which)\s+(?:av\s+|of\s+)?(?:de\s+|dessa\s+|the\s+)?(?:(?:två|tre|two|three)\s+)?"
    r"(?P<kind>" + "|".join(f"(?P<{k}>{rx})" for k, rx in _KINDS.items()) + r")\b"
    r"(?=.*\b(?:högst|lägst|störst|minst|flest|färst|mest|äldst\w*|yngst\w*|bäst|sämst"
    r"|highest|lowest|largest|biggest|smallest|most|fewest|oldest|youngest|best|worst)\b)",
    re.I,
)
# What an administration's name says of its kind.
_KIND_NAME_RE = {
    "region": re.compile(r"\bregion\b", re.I),
    "stadsdel": re.compile(r"stadsdels", re.I),
    "bolag": re.compile(r"\bAB\b|bolag", re.I),
    "kommun": re.compile(r"\bkommun\b", re.I),
}


def ranked_kind(question: str, administrations: list[str]) -> list[str]:
    """The administrations of the kind a ranking question names ("vilken region har lägst …?": those
    whose names say region), [] when it names no kind."""
    match = _RANKED_KIND_RE.search(question)
    if not match:
        return []
    kind = next(k for k in _KINDS if match.group(k))
    return [a for a in administrations if _KIND_NAME_RE[kind].search(a)]
