"""Swedish domain vocabulary for competence supply plans: data plus small helpers.

Everything that knows Swedish words lives here, so that extractors, the router
and the UI agree on what "Rekrytera", "personalomsättning" or "socialförvaltningen"
mean. No heavy dependencies: only ``re`` and ``unicodedata``.

Synonym mini-language (METRICS and area words): phrases are matched
case-insensitively at a word start; a trailing ``*`` allows any word
continuation (inflections and compounds such as "sjukfrånvaron",
"sjukfrånvarotalet"); without ``*`` the phrase must end at a word boundary
(so "män" does not match "människor").
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypedDict


def fold(text: str) -> str:
    """Lowercase ASCII form ("Hässelby-Vällingby" -> "hasselby-vallingby") for keys and matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words: keeps long word lists of data short to read."""
    return tuple(text.split())


# --------------------------------------------------------------------------- UBARA

UBARA_AREAS: tuple[str, ...] = ("Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta")

# Forms accepted in an area cell of an activity table. Cells are short and
# written as area names, so these are the area words and their nouns.
_AREA_CELL_WORDS: dict[str, tuple[str, ...]] = {
    "Utveckla": ("utveckla", "utvecklas", "utveckling", "kompetensutveckling"),
    "Behålla": ("behålla", "behåll", "behållas", "behållande"),
    "Attrahera": ("attrahera", "attraheras", "attraktion", "attraktiv arbetsgivare"),
    "Rekrytera": ("rekrytera", "rekryteras", "rekrytering", "rekryteringar", "rekryteringen"),
    "Introducera": ("introducera", "introduceras", "introduktion", "introduktionen"),
    "Avsluta": ("avsluta", "avslutas", "avslut", "avslutning", "avslutningen", "avslutssamtal*"),
}

# Free text (questions) is looser: compounds and inflections count, but trend
# verbs ("har sjukfrånvaron utvecklats?") and the bare adjective "attraktiv"
# ("attraktiva lokaler" is a Behålla theme) deliberately do not.
_AREA_QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "Utveckla": _words(
        "utveckla utveckling utvecklingsinsats* utvecklingsmöjlighet* kompetensutveckl* ledarutveckl*"
        " chefsutveckl*"
    ),
    "Behålla": ("behåll*",),
    "Attrahera": (
        "attrahera*",
        "attraktion*",
        "attraktiv arbetsgivare",
        "attraktiva arbetsgivare",
        "arbetsgivarvarumärke*",
    ),
    "Rekrytera": ("rekryter*",),
    "Introducera": ("introducer*", "introduktion*", "onboarding"),
    "Avsluta": ("avslut*", "exitsamtal*", "exitintervju*"),
}


def _phrase_regex(phrase: str) -> str:
    """Regex for one synonym phrase of the mini-language described in the module docstring."""
    wildcard = phrase.endswith("*")
    body = r"\s+".join(re.escape(part) for part in phrase.rstrip("*").split())
    return r"(?<![\w-])" + body + (r"[\w-]*" if wildcard else r"(?!\w)")


def _compile(words: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    return {k: re.compile("|".join(_phrase_regex(w) for w in ws), re.IGNORECASE) for k, ws in words.items()}


_AREA_CELL_RE = _compile(_AREA_CELL_WORDS)
_AREA_QUESTION_RE = _compile(_AREA_QUESTION_WORDS)
_TAG_RE = re.compile(r"<[^>]+>")


def strip_markup(text: str) -> str:
    """Remove HTML-ish tags (``<i>``, ``<b>``) and markdown emphasis that loaders may leave in cells."""
    return _TAG_RE.sub(" ", text).replace("**", " ").replace("__", " ")


def areas_in(text: str) -> list[str]:
    """Canonical UBARA areas named in an area cell ("Utveckla/Behålla", "Attrahera och rekrytera")."""
    clean = strip_markup(text)
    return [area for area in UBARA_AREAS if _AREA_CELL_RE[area].search(clean)]


def areas_in_question(text: str) -> list[str]:
    """Canonical UBARA areas mentioned in free text ("inom rekrytering", "introduktionen"), in UBARA order."""
    clean = strip_markup(text)
    return [area for area in UBARA_AREAS if _AREA_QUESTION_RE[area].search(clean)]


# --------------------------------------------------------------------------- metrics


class Metric(TypedDict):
    """One key-figure metric: Swedish label, unit (as in schema.KeyFigure.unit) and synonyms."""

    label_sv: str
    unit: str
    synonyms: tuple[str, ...]


# Vocabulary of key figures, one metric per row: id | unit | label | synonyms ('|'-separated;
# an indented line continues the synonyms). Where one Swedish word names a distribution rather
# than a number, it points at the metric that best answers a question about it:
# "könsfördelning" -> women_share, "åldersstruktur" -> average_age. "rekryteringar" is both a
# metric and the Rekrytera area on purpose: the router decides.
_METRIC_TABLE = """
employees_total | count | Antal anställda | anställda|antal anställda|antalet anställda|antal medarbetare
    |antalet medarbetare|personalstyrka*|antal årsarbetare|årsarbetare
employees_permanent | count | Tillsvidareanställda | tillsvidareanställ*|tillsvidare anställda|fast anställda
    |fastanställ*
employees_temporary | count | Visstidsanställda | visstidsanställ*|tidsbegränsat anställda
    |tidsbegränsade anställningar|vikarie*
women_count | count | Antal kvinnor | kvinnor|kvinnorna|antal kvinnor|kvinnliga medarbetare
men_count | count | Antal män | män|männen|antal män|manliga medarbetare
women_share | percent | Andel kvinnor | andel kvinnor|andelen kvinnor|kvinnoandel*|könsfördelning*
men_share | percent | Andel män | andel män|andelen män|mansandel*
average_age | years | Medelålder | medelålder*|genomsnittsålder*|snittålder*|åldersstruktur*|åldersfördelning*
turnover_pct | percent | Personalomsättning | personalomsättning*|omsättning av personal|personalrörlighet*
sick_leave_pct | percent | Sjukfrånvaro | sjukfrånvaro*|sjuktal*|total sjukfrånvaro
short_sick_leave_pct | percent | Korttidssjukfrånvaro (dag 1-14) | korttidssjukfrånvaro*|kort sjukfrånvaro
    |korttidsfrånvaro*|sjukfrånvaro dag 1-14|sjukfrånvaro dag 1–14|dag 1-14|dag 1–14
long_sick_leave_pct | percent | Långtidssjukfrånvaro | långtidssjukfrånvaro*|lång sjukfrånvaro
    |långtidsfrånvaro*|långtidssjuk*|dag 15-|dag 15–
recruitments | count | Rekryteringar | rekryteringar|rekryteringarna|antal rekryteringar|nyanställningar
    |nyanställda|externa rekryteringar
departures | count | Avgångar | avgångar|avgångarna|antal avgångar|personalavgång*|avslutade anställningar
retirements | count | Pensionsavgångar | pensionsavgång*|pensioneringar|går i pension|gå i pension
    |pensionering*
ami_index | index | AMI (Aktivt medarbetarskap index) | ami|ami-index*|aktivt medarbetarskapsindex
    |medarbetarindex*|medarbetarenkät*
equality_index | index | Jämställdhetsindex | jämställdhetsindex*
part_time_count | count | Deltidsanställda | deltidsanställ*|deltid|deltiden|ofrivillig deltid|deltidsarbet*
full_time_share | percent | Andel heltidsanställda | heltid|heltiden|heltid som norm|andel heltid
    |heltidsanställ*|heltidsarbet*
hourly_staff | count | Timavlönade | timavlönad*|timanställ*|timvikarie*
"""


def _parse_metric_table(table: str) -> dict[str, Metric]:
    rows = re.sub(r"\n\s+\|", "|", table.strip()).splitlines()
    metrics: dict[str, Metric] = {}
    for row in rows:
        metric_id, unit, label, synonyms = (cell.strip() for cell in row.split(" | ", 3))
        metrics[metric_id] = {"label_sv": label, "unit": unit, "synonyms": tuple(synonyms.split("|"))}
    return metrics


METRICS: dict[str, Metric] = _parse_metric_table(_METRIC_TABLE)

_METRIC_RES: list[tuple[str, re.Pattern[str]]] = [
    (metric_id, re.compile(_phrase_regex(syn), re.IGNORECASE))
    for metric_id, metric in METRICS.items()
    for syn in metric["synonyms"]
]


def metrics_in(text: str) -> list[str]:
    """Metric ids named in text, in order of first mention; the longest phrase wins where phrases overlap."""
    hits = [(m.start(), m.end(), mid) for mid, rx in _METRIC_RES for m in rx.finditer(text)]
    # Longest first so "andel kvinnor" beats "kvinnor" and "korttidssjukfrånvaro" beats "sjukfrånvaro".
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, str]] = []
    for start, end, mid in hits:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, mid))
    ordered: list[str] = []
    for _, _, mid in sorted(taken):
        if mid not in ordered:
            ordered.append(mid)
    return ordered


# --------------------------------------------------------------------------- administrations

# Stockholm's stadsdelsområden: current ones, then former ones that older plans
# name (Älvsjö and Hägersten-Liljeholmen merged into Hägersten-Älvsjö).
DISTRICTS: tuple[str, ...] = _words(
    "Rinkeby-Kista Spånga-Tensta Hässelby-Vällingby Bromma Kungsholmen Norrmalm Östermalm Södermalm"
    " Enskede-Årsta-Vantör Skarpnäck Farsta Hägersten-Älvsjö Skärholmen Hägersten-Liljeholmen Älvsjö"
)
# Parts of district names that name one district only; "Hägersten" and
# "Liljeholmen" are left out because they belong to two districts over time.
_DISTRICT_PARTS: dict[str, str] = {
    part: district
    for district in ("Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Enskede-Årsta-Vantör")
    for part in district.split("-")
}

# Known boards (fackförvaltningar are shown under their board's name) and the
# keys of their administrations when those are named differently.
_DISTRICT_BY_KEY: dict[str, str] = {fold(d): d for d in DISTRICTS} | {
    fold(p): d for p, d in _DISTRICT_PARTS.items()
}
# Boards whose name does not follow from their administration's. All others do
# ("utbildningsförvaltningen" -> "Utbildningsnämnden", "trafikkontoret" -> "Trafiknämnden"),
# which keeps this general for boards not listed anywhere here.
_BOARD_DISPLAY: dict[str, str] = {
    "kommunstyrelse": "Kommunstyrelsen",
    "miljo- och halsoskydd": "Miljö- och hälsoskyddsnämnden",
}
_KEY_ALIASES: dict[str, str] = {
    "stadsledning": "kommunstyrelse",
    "miljo": "miljo- och halsoskydd",
    "miljoforvaltning": "miljo- och halsoskydd",
}
# Compounds on -nämnd/-förvaltning/-kontor that are not organisations ("systemförvaltningen").
_STEM_STOP: frozenset[str] = frozenset(
    _words(
        "stadsdel stadsdels hem huvud fack om be ovan nyss egen annan system kapital objekt information"
        " informations it data resurs medel lokal distans kontors region förr"
    )
)
# Capitalised words that can stand before "stadsdelsförvaltning" without being a district.
_NOT_NAMES: frozenset[str] = frozenset(
    _words("inom hela varje denna den samtliga alla vår stockholms en ny nya vilken din er")
)

_UC = "A-ZÅÄÖÉ"
_LC = "a-zåäöéü"
_NAME = rf"[{_UC}][{_LC}]+(?:-[{_UC}][{_LC}]+)*"
_DISTRICT_ALT = "|".join(re.escape(d) for d in sorted((*DISTRICTS, *_DISTRICT_PARTS), key=len, reverse=True))
_ADMIN_RE = re.compile(
    rf"(?P<dsuf>{_NAME})\s+stadsdels(?:förvaltning|nämnd|område)s?(?![{_LC}])"
    rf"|stadsdels(?:förvaltningen|nämnden)\s+i\s+(?P<dpre>{_NAME})"
    rf"|(?P<ks>[Kk]ommunstyrelsen)s?(?![{_LC}])"
    rf"|(?<![\w-])(?P<stem>[{_UC}{_LC}]{{2,}}(?:-\s+och\s+[{_LC}]+)?)"
    rf"(?P<suf>nämnden|förvaltningen|kontoret)(?:s)?(?![{_LC}])"
    rf"(?P<own>\s+förvaltning(?:en)?(?![{_LC}]))?"
    rf"|(?<![\w-])(?P<bare>{_DISTRICT_ALT})s?(?![\w-])",
)


def _official(district: str) -> str:
    """Official administration name: genitive s after a consonant ("Skärholmens", "Farsta")."""
    genitive = "" if district[-1] in "aeiouyåäö" else "s"
    return f"{district}{genitive} stadsdelsförvaltning"


def _district_display(name: str) -> str | None:
    """Canonical display for a district name as written (any case, maybe genitive), or None."""
    for candidate in (name, name[:-1] if name.endswith("s") else name):
        district = _DISTRICT_BY_KEY.get(fold(candidate))
        if district:
            return _official(district)
    return None


def _board_key(stem: str) -> str:
    """Key of a board/administration stem: folded, without the linking s ("Utbildnings" -> "utbildning")."""
    key = re.sub(r"\s+", " ", fold(stem))
    if len(key) > 4 and key.endswith("s"):
        key = key[:-1]
    return _KEY_ALIASES.get(key, key)


def _mention_display(m: re.Match[str]) -> str | None:
    """Canonical display name for one administration match, or None for a generic word."""
    if m.group("dsuf") or m.group("dpre"):
        name = m.group("dsuf") or m.group("dpre")
        if fold(name) in _NOT_NAMES:
            return None
        known = _district_display(name)
        if known:
            return known
        # Unknown district: "X stadsdelsförvaltning" is kept as written; "... i X" gets the genitive rule.
        return f"{name} stadsdelsförvaltning" if m.group("dsuf") else _official(name)
    if m.group("ks"):
        return "Kommunstyrelsen"
    if m.group("bare"):
        return _district_display(m.group("bare"))
    stem = re.sub(r"\s+", " ", m.group("stem"))
    key = _board_key(stem)
    if key in _STEM_STOP or fold(stem) in _STEM_STOP or key in _NOT_NAMES:
        return None
    if key in _BOARD_DISPLAY:
        return _BOARD_DISPLAY[key]
    return stem[0].upper() + stem[1:].lower() + "nämnden"


def administration_mentions(text: str) -> list[tuple[str, int]]:
    """Every administration mention as (canonical display name, character offset), in text order."""
    found: list[tuple[str, int]] = []
    for m in _ADMIN_RE.finditer(text):
        display = _mention_display(m)
        if display:
            found.append((display, m.start()))
    return found


def without_administrations(text: str, mark: str = " ") -> str:
    """Text with every administration mention replaced by mark (words that only look like one stay)."""
    return _ADMIN_RE.sub(lambda m: mark if _mention_display(m) else m.group(0), text)


def find_administrations(text: str) -> list[str]:
    """Canonical names of the administrations named in text, in order of first mention, without repeats."""
    names: list[str] = []
    for display, _ in administration_mentions(text):
        if display not in names:
            names.append(display)
    return names


def canonical_administration(name: str) -> str:
    """One display form per organisation: districts as "X stadsdelsförvaltning", boards as "Xnämnden".

    "socialförvaltningen", "Socialnämndens förvaltning" -> "Socialnämnden";
    "stadsdelsnämnden i Hässelby-Vällingby" -> "Hässelby-Vällingby stadsdelsförvaltning".
    Text naming no administration comes back stripped and unchanged.
    """
    found = find_administrations(name)
    if found:
        return found[0]
    return _district_display(name.strip()) or " ".join(name.split())


def administration_key(name: str) -> str:
    """Lowercase ASCII key to match mentions to plans: "hasselby-vallingby", "social", "utbildning"."""
    canonical = canonical_administration(name)
    if canonical.endswith(" stadsdelsförvaltning"):
        district = canonical.removesuffix(" stadsdelsförvaltning")
        known = _district_display(district)
        return fold(district[:-1] if known and district.endswith("s") else district)
    if canonical == "Kommunstyrelsen":
        return "kommunstyrelse"
    if canonical.endswith("nämnden"):
        return _board_key(canonical.removesuffix("nämnden"))
    return fold(canonical)


# --------------------------------------------------------------------------- periods

_YEAR = r"(?:19[89]\d|20\d\d)"
_DASH = r"\s*[-–—]\s*"
_NUMBER_WORDS = {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "tio": 10}
_N = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# Dates and case numbers contain year-like digits that are never plan periods.
_NOISE_RE = re.compile(
    r"(?i)\b(?:dnr|diarienr|diarienummer|ärendenr)\b[.:]?[^\n]*"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-(?:0[1-9]|1[0-2])\b(?![-–]\d)|\b\d{4}/\d{2,4}\b|\d+/\d{4}\b"
)
_SPAN_RE = re.compile(rf"(?<![\d/.-])(?P<a>{_YEAR}){_DASH}(?P<b>{_YEAR}|\d\d)(?![\d/-])")
_AHEAD_RE = re.compile(
    rf"(?<![\d/.-])(?P<a>{_YEAR})\s+med\s+(?:en\s+)?(?:plan|utblick|sikt|inriktning)"
    rf"\s+(?:för|mot|till)\s+(?:åren\s+|perioden\s+)?{_YEAR}{_DASH}{_YEAR}",
    re.IGNORECASE,
)
_START_RE = re.compile(
    rf"(?<!\w){_N}\s*-?\s*(?:års?|årig[a-z]*|årsperiod[a-z]*|år)\b[^.\n]{{0,40}}?"
    rf"\b(?:med\s+start|med\s+början|som\s+startar|som\s+börjar|från|fr\.\s?o\.\s?m\.?)"
    rf"\s+(?:år\s+|och\s+med\s+)?(?P<y>{_YEAR})",
    re.IGNORECASE,
)
_BUDGET_RE = re.compile(
    rf"(?P<y>{_YEAR})\s+med\s+(?:ett\s+|en\s+)?{_N}\s*-?\s*(?:årig[a-z]*|års?)\s+"
    r"(?:perspektiv|sikt|tidsperspektiv|planeringshorisont)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(rf"(?<![\d/.-]){_YEAR}(?![\d/-])")


def _mask_noise(text: str) -> str:
    return _NOISE_RE.sub(lambda m: " " * len(m.group()), text)


def _years(n_text: str, start: str) -> str:
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text.lower()]
    return start if n <= 1 else f"{start}-{int(start) + n - 1}"


def _span(a: str, b: str) -> str | None:
    """Normalize a year span; "2025-27" -> "2025-2027". None for impossible spans (or YYYY-MM)."""
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    if len(b) == 2 and int(b) <= 12:
        return None
    return f"{a}-{end}" if 0 < end - int(a) <= 10 else None


def _structured_periods(text: str) -> list[tuple[int, int, str]]:
    """(start, end, period) for every span or start-plus-length phrase, in text order, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for rx in (_AHEAD_RE, _START_RE, _BUDGET_RE, _SPAN_RE):
        for m in rx.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue
            if rx is _AHEAD_RE:
                period: str | None = m.group("a")
            elif rx is _SPAN_RE:
                period = _span(m.group("a"), m.group("b"))
            else:
                period = _years(m.group("n"), m.group("y"))
            if period:
                found.append((m.start(), m.end(), period))
    return sorted(found)


def find_periods(text: str, *, years: bool = True) -> list[str]:
    """All periods in text as "YYYY" or "YYYY-YYYY", in order, without repeats.

    Recognised: spans ("2025-2027", "2025–2027", "2025 - 2027", "2025-27"), a length
    with a start ("treårsperiod med start 2025" -> "2025-2027", "budget 2024 med ett
    3-årigt perspektiv" -> "2024-2026"), "2021 med plan för 2022-2028" -> "2021" (the
    plan's own year; the rest is an outlook) and, with ``years``, lone years. ISO
    dates, "YYYY-MM", "2024/25" and anything after "Dnr" on its line are ignored.
    """
    masked = _mask_noise(text)
    found = [(start, period) for start, _, period in _structured_periods(masked)]
    if years:
        rest = masked
        for start, end, _ in _structured_periods(masked):  # years inside a phrase are not reported again
            rest = rest[:start] + " " * (end - start) + rest[end:]
        found += [(m.start(), m.group()) for m in _YEAR_RE.finditer(rest)]
    result: list[str] = []
    for _, period in sorted(found):
        if period not in result:
            result.append(period)
    return result


def parse_period(text: str) -> str | None:
    """The one period a short text states (a title, a heading, a manifest cell); None when it states none.

    A structured period wins over lone years; a lone year ("Kompetensförsörjningsplan 2021") gives "2021".
    """
    masked = _mask_noise(text)
    structured = _structured_periods(masked)
    if structured:
        return structured[0][2]
    year = _YEAR_RE.search(masked)
    return year.group() if year else None


# --------------------------------------------------------------------------- responsible

RESPONSIBLE_ABBREVIATIONS: dict[str, str] = {
    "AC": "avdelningschef",
    "EC": "enhetschef",
    "BEC": "biträdande enhetschef",
    "FVL": "förvaltningsledning",
    "FD": "förvaltningsdirektör",
    "SDC": "stadsdelsdirektör",
    "HR": "HR",
    "LG": "ledningsgrupp",
}
_RESP_SPLIT_RE = re.compile(
    r"\s*(?:[,;/&+\n•○●▪◦-]\s+|[,;/&+\n•○●▪◦]|\s+(?:och|samt|resp\.?|i samråd med)\s+)\s*"
)


def split_responsible(text: str) -> list[str]:
    """Split an Ansvarig cell into parties as written: "AC, EC och HR" -> ["AC", "EC", "HR"]."""
    parts = [p.strip(" .:-–") for p in _RESP_SPLIT_RE.split(strip_markup(text))]
    result: list[str] = []
    for part in parts:
        if part and part not in result:
            result.append(part)
    return result


def expand_responsible(party: str) -> str:
    """Spell out a known abbreviation ("EC" -> "enhetschef"); other parties come back unchanged."""
    return RESPONSIBLE_ABBREVIATIONS.get(party.strip().upper(), party.strip())


# --------------------------------------------------------------------------- numbers

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
