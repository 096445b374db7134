"""Words of table questions and table headers: age bands, gender, years and months, totals, counts
versus shares, and the everyday words of a counting question that name no row ("jobbar", "anställda",
"how many"). Swedish, with the English a user may type.

Age bands are (first, last) years of age, both included; OPEN stands for "and older". A question's
band is what it asks ("mellan 60 och 64" -> (60, 64), "över 65" and "har fyllt 65" -> (65, OPEN),
"äldre än 64" -> (65, OPEN), "under 30" -> (0, 29), "i 50-årsåldern" -> (50, 59)); a header's band
is what its column counts ("60-64 år", "65- år", "-29 år", "65+", "29 år och yngre").
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from kfp_assistant.sv.text import split_words

Gender = Literal["K", "M"]
Measure = Literal["count", "share"]
AgeBand = tuple[int, int]
OPEN = 200

_AGE = r"(?<![\d,.:/-])(\d{2})(?![\d,.:/])"
_AGE_END = r"(?<![\d,.:/])(\d{2})(?![\d,.:/])"  # the second age of a range, after its dash
_YEARS_WORD = r"(?:\s*(?:år|års|years?(?:\s+old)?))?"
_TO = r"(?:och|and|till|to|[-–])"
_OLDER = r"(?:över|over|above|minst|at\s+least|(?:har\s+)?fyllt|(?:has|have)\s+turned)"
_STRICTLY_OLDER = r"(?:äldre\s+än|older\s+than)"  # "äldre än 64" is 65 and up
_AND_OLDER = r"(?:eller|och|or|and)\s+(?:äldre|över|mer|uppåt|older|over|above)"
# Each pattern gives a band from its groups; order matters only for overlapping phrases.
_BAND_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?:mellan|between|från|from)\s+{_AGE}{_YEARS_WORD}\s*{_TO}\s*{_AGE_END}", re.I), "ab"),
    (re.compile(rf"{_AGE}\s*[-–]\s*{_AGE_END}{_YEARS_WORD}", re.I), "ab"),
    (re.compile(r"\bi\s+(\d)0\s*-?\s*årsåldern\b|\bin\s+their\s+(\d)0s\b", re.I), "decade"),
    (re.compile(rf"{_OLDER}{_YEARS_WORD}\s+{_AGE}", re.I), "a+"),
    (re.compile(rf"{_STRICTLY_OLDER}{_YEARS_WORD}\s+{_AGE}", re.I), "a<"),
    (re.compile(rf"{_AGE}{_YEARS_WORD}\s*{_AND_OLDER}", re.I), "a+"),
    # "60–", "60– år"; not "under 30 – Farsta", where a dash opens a clause
    (
        re.compile(
            rf"{_AGE}(?:\s*(?:\+|plus\b)|[-–](?!\s*\d)|\s+[-–](?!\s*\d)(?!\s+(?!år\b|års\b|years?\b)[^\W\d_]))",
            re.I,
        ),
        "a+",
    ),
    (re.compile(rf"(?:under|yngre\s+än|younger\s+than|below){_YEARS_WORD}\s+{_AGE}", re.I), "-a"),
    (re.compile(rf"{_AGE}{_YEARS_WORD}\s*(?:eller|och|or|and)\s+(?:yngre|under|younger|below)", re.I), "-a="),
    (re.compile(rf"(?:^|\s)[-–]\s*{_AGE_END}", re.I), "-a="),
)
# "dag 1-14", "dag 15-" count days of sick leave, not years of age.
_NOT_AGE_BEFORE = re.compile(r"(?:dag|dagar|days?|vecka|veckor|kl\.?|nr)\s*$", re.I)


def age_bands(text: str) -> list[AgeBand]:
    """Age bands a question asks about or a header counts, in order of mention."""
    found: list[tuple[int, int, AgeBand]] = []
    for rx, kind in _BAND_PATTERNS:
        for m in rx.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _ in found):
                continue
            if _NOT_AGE_BEFORE.search(text[: m.start()]):
                continue
            band = _band(kind, [g for g in m.groups() if g is not None])
            if band is not None:
                found.append((m.start(), m.end(), band))
    return [band for _, _, band in sorted(found)]


def without_age_bands(text: str) -> str:
    """The text with its age bands blanked out: "60 år eller äldre" states an age, no count of anyone."""
    for rx, _ in _BAND_PATTERNS:
        text = rx.sub(" ", text)
    return text


def bare_age_bands(text: str) -> str:
    """The text with each age band cut to its ages: "har fyllt 62", "62 år eller äldre" and "62+" are one
    band in three wordings, so only the age is a word a sentence must share with the question."""
    for rx, kind in _BAND_PATTERNS:
        tail = "0" if kind == "decade" else ""  # "i 50-årsåldern" matches its decade's digit
        text = rx.sub(functools.partial(_bare, tail=tail), text)
    return text


def _bare(match: re.Match[str], tail: str) -> str:
    """An age band's ages alone, unless it counts days ("dag 15-30") rather than years of age."""
    if _NOT_AGE_BEFORE.search(match.string[: match.start()]):
        return match.group()
    return " " + " ".join(g + tail for g in match.groups() if g) + " "


def _band(kind: str, groups: list[str]) -> AgeBand | None:
    a = int(groups[0])
    if kind == "ab":
        b = int(groups[1])
        return (a, b) if 15 <= a < b <= 99 else None
    if kind == "decade":
        return (a * 10, a * 10 + 9) if 1 <= a <= 9 else None
    if not 15 <= a <= 99:
        return None
    if kind == "a+":
        return (a, OPEN)
    if kind == "a<":
        return (a + 1, OPEN)
    return (0, a - 1) if kind == "-a" else (0, a)


def band_within(header: AgeBand, asked: AgeBand) -> bool:
    """Whether a header's band lies inside the asked band ("20-29 år" inside "under 30")."""
    return asked[0] <= header[0] and header[1] <= asked[1]


def band_overlaps(header: AgeBand, asked: AgeBand) -> bool:
    """Whether two bands share an age."""
    return header[0] <= asked[1] and asked[0] <= header[1]


# --------------------------------------------------------------------------- gender

_WOMEN_RE = re.compile(r"\bkvinn\w*|\bkvinnlig\w*|\bwom[ae]n\b|\bfemales?\b", re.I)
_MEN_RE = re.compile(r"\bmän(?:nen)?\b|\bmanlig\w*|\bmales?\b", re.I)
_ENGLISH_MEN_RE = re.compile(r"\bmen\b", re.I)  # Swedish "men" is "but": only in an English question
_HEADER_WOMEN_RE = re.compile(r"^\s*(?:k|kv|kvinna|kvinnor)\s*\.?\s*$", re.I)
_HEADER_MEN_RE = re.compile(r"^\s*(?:m|man|män)\s*\.?\s*$", re.I)


def genders_in(text: str, english: bool = False) -> list[Gender]:
    """Genders a question names: "kvinnor" -> K, "män"/"manliga" (and "men" in English) -> M."""
    out: list[Gender] = []
    if _WOMEN_RE.search(text):
        out.append("K")
    if _MEN_RE.search(text) or (english and _ENGLISH_MEN_RE.search(text)):
        out.append("M")
    return out


def header_gender(text: str) -> Gender | None:
    """Gender a row or column label stands for: "K", "Kvinnor", "Andel kvinnor" -> K; "M", "Män" -> M.
    A label of several header rows ("2024 / K") is read part by part."""
    found: set[Gender] = set()
    for part in text.split(" / "):
        if _HEADER_WOMEN_RE.match(part):
            found.add("K")
        elif _HEADER_MEN_RE.match(part):
            found.add("M")
        else:
            found.update(genders_in(part))
    return found.pop() if len(found) == 1 else None


# --------------------------------------------------------------------------- years and months

_MONTHS = (
    ("jan", "januari", "january"),
    ("feb", "februari", "february"),
    ("mar", "mars", "march"),
    ("apr", "april"),
    ("maj", "may"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("aug", "augusti", "august"),
    ("sep", "sept", "september"),
    ("okt", "oktober", "oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
_MONTH_WORDS = sorted({w for names in _MONTHS for w in names}, key=len, reverse=True)
_MONTH_RE = re.compile(r"(?<![\w])(" + "|".join(_MONTH_WORDS) + r")\.?(?!\w)", re.I)
_MONTH_NUMBER = {w: i + 1 for i, names in enumerate(_MONTHS) for w in names}
_YEAR_MONTH_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/]?(0[1-9]|1[0-2])(?:[-/]\d\d)?(?!\d)")
_YEAR_RE = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d])(?!\s*[-–]\s*(?:19|20)?\d\d)")


def months_in(text: str) -> list[int]:
    """Months named in a text ("oktober", "okt.", "October") as numbers 1-12."""
    # "maj", "mars" and "may" are also ordinary words; a month counts only next to a year or a number.
    out: list[int] = []
    for m in _MONTH_RE.finditer(text):
        word = m.group(1).lower()
        near_number = re.search(r"\d", text[max(0, m.start() - 4) : m.end() + 6])
        if word in ("maj", "mars", "may", "mar") and not near_number:
            continue
        out.append(_MONTH_NUMBER[word])
    return list(dict.fromkeys(out))


def header_dates(text: str) -> list[tuple[int, int | None]]:
    """(year, month or None) a header names: "202310" -> (2023, 10), "2024-12-31" -> (2024, 12),
    "okt 2023" -> (2023, 10), "Kulturförvaltningen 2024" -> (2024, None). A span ("2024-2026") names none."""
    out: list[tuple[int, int | None]] = []
    rest = text
    for m in _YEAR_MONTH_RE.finditer(text):
        out.append((int(m.group(1)), int(m.group(2))))
        rest = rest.replace(m.group(), " ")
    months = months_in(rest)
    for m in _YEAR_RE.finditer(rest):
        out.append((int(m.group(1)), months[0] if len(months) == 1 else None))
    return out


# --------------------------------------------------------------------------- totals and measures

_TOTAL_HEADER_RE = re.compile(
    r"^\s*(?:totalt?|summa|samtliga|alla|sum|all|hela\s+\w+|\w+\s+totalt)\b|\btotalt\b|\bsumma\b", re.I
)
_TOTAL_ASKED_RE = re.compile(
    r"\btotal\w*|\bsammanlagt|\bsamtliga|\bi\s+hela\s+\w+|\bin\s+total\b|\boverall\b|\baltogether\b", re.I
)
_SHARE_RE = re.compile(
    r"\bandel\w*|\bprocent\w*|%|\bhur\s+stor\s+del\b|\bshare\b|\bpercent\w*|\bproportion\w*", re.I
)
_COUNT_RE = re.compile(r"\bhur\s+m[åa]nga\b|\bantal\w*|\bhow\s+many\b|\bnumber\s+of\b", re.I)
# the ages of a group, asked without a band: "hur gamla är …", "åldersfördelningen", "how old are …"
_AGE_SPREAD_RE = re.compile(
    r"\bhur\s+gaml\w*|\bålder\w*|\bhow\s+old\b|\bage\s+(?:distribution|structure)\b", re.I
)


_COMPARED_RE = re.compile(
    r"\bjämför\w*|\bi\s+(?:förhållande|relation)\s+till\b|\bstår\s+sig\b|\bcompar\w*|\brelative\s+to\b"
    r"|\bversus\b|\bvs\b",
    re.I,
)


_DEFINITION_RE = re.compile(
    r"\bvad\s+(?:menas|betyder|innebär|avses)\b|\bhur\s+(?:räknar|räknas|beräknar|beräknas|definier\w*|mäts)\b"
    r"|\bdefini\w*|\bwhat\s+(?:does|do)\b.*\bmean\b|\bhow\s+(?:is|are)\b.*\b(?:calculated|measured|defined)\b",
    re.I,
)


_NOW_RE = re.compile(
    r"\bi\s*dag\b|\bjust\s+nu\b|\bnu\b|\bi\s+dagsläget\b|\bför\s+närvarande\b|\bidag\b|\bcurrently\b"
    r"|\btoday\b|\bnow\b|\bsenaste\s+(?:mätning\w*|siffr\w*|uppgift\w*)",
    re.I,
)
# "under hela perioden", "de kommande åren", "2025-2027": every year of a row, summed
_SPAN_RE = re.compile(
    r"\b(?:under|för|över)\s+(?:hela\s+)?(?:plan)?period\w*|\bkommande\s+(?:tre\s+|3\s+)?år\w*"
    r"|\bnärmaste\s+(?:tre\s+|3\s+)?år\w*|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b"
    r"|\bover\s+the\s+(?:plan\s+)?period\b|\bcoming\s+years\b",
    re.I,
)


def asks_table(question: str) -> bool:
    """Whether a question asks what a table says ("vad står det i tabellen om …")."""
    return bool(re.search(r"\btabell\w*|\btables?\b", question, re.I))


def asks_now(question: str) -> bool:
    """Whether a question asks for the figure as it is now ("idag", "just nu"): the latest date."""
    return bool(_NOW_RE.search(question))


def asks_span(question: str) -> bool:
    """Whether a question asks about several years together ("under planperioden", "de kommande åren")."""
    return bool(_SPAN_RE.search(question))


def asks_definition(question: str) -> bool:
    """Whether a question asks what a figure means or how it is counted, not its value."""
    return bool(_DEFINITION_RE.search(question))


def asks_comparison(question: str) -> bool:
    """Whether a question sets a figure beside another ("jämfört med riket", "hur står sig … mot")."""
    return bool(_COMPARED_RE.search(question))


def is_total_label(text: str) -> bool:
    """Whether a row or column label is a total ("Totalt", "Summa", "Totalt antal", "Alla")."""
    return bool(_TOTAL_HEADER_RE.search(text))


def asks_total(question: str) -> bool:
    """Whether a question asks for a total ("totalt", "sammanlagt", "i hela förvaltningen", "overall")."""
    return bool(_TOTAL_ASKED_RE.search(question))


def asks_age_spread(question: str) -> bool:
    """Whether a question asks how old a group is, without naming an age band ("hur gamla är …")."""
    return bool(_AGE_SPREAD_RE.search(question)) and not age_bands(question)


def age_spread_words(question: str) -> str:
    """The words of a question that ask for the ages ("åldersfördelningen"): a facet, never a row name."""
    return " ".join(m.group(0) for m in _AGE_SPREAD_RE.finditer(question))


def asks_count(question: str) -> bool:
    """Whether a question asks for a number of something ("hur många", "antalet", "how many")."""
    return bool(_COUNT_RE.search(question))


def measure_asked(question: str) -> Measure | None:
    """ "share" for a question about a share or percentage, "count" for one about a number of people."""
    if _SHARE_RE.search(question):
        return "share"
    return "count" if asks_count(question) else None


# --------------------------------------------------------------------------- words that name no row

# Words a table question uses around what it asks for: how it counts, everyday verbs of working, the
# people counted, facet words (their values are parsed above) and English function words. A row is
# never identified by these, and they need no label to explain them.
FACET_WORDS = (
    "mellan över under äldre yngre än år års året åren ålder åldern årsåldern åldersgrupp åldersgruppen plus "
    "gammal gamla gamle ung unga unge fyllt "
    "minst uppåt eller between over under older younger than above below aged age ages years year old "
    "kvinnor kvinna kvinnorna kvinnliga män männen manliga women woman men male males female females "
    "andel andelen stor stora stort del delen procent procentuellt antal antalet totalt total totala "
    "sammanlagt samtliga share percent percentage proportion number "
    + " ".join(w for names in _MONTHS for w in names)
)
GENERIC_WORDS = (
    "jobbar jobbade jobba jobbat arbetar arbetade arbeta arbetat anställda anställd anställde anställt "
    "medarbetare medarbetarna personal personalen personer person folk stycken st finns fanns fick "
    "per respektive resp samt enligt inklusive exklusive se ser sett får få fått göra gör gjort "
    "hög högt höga låg lågt låga mycket bland redan gick går gå "
    "gått ungefär cirka ca möjliga möjligt kunde kan skulle hade ha är var fler många "
    "där dit hos kommun kommunen region regionen stadsdel stadsdelen förvaltning förvaltningen enhet enheten "
    "how many much people person staff employees employee employed employ work works working worked "
    "were was are is the a an at in of there have has had could would will be do does did what which "
    "who whom to for from by on with as their they them its it this that these those any some "
    "according plan plans förra tidigare föregående senaste nya nuvarande period perioden planperioden "
    # a year said relative to the one talked about: "året innan / före / efter", "i fjol", "året därpå"
    "innan före efter efteråt dessförinnan därpå därefter fjol fjolårets fjolåret before after previous "
    "prior following last "
    "grej grejen grejer grejerna grejor sak saken thing "
    # estimates and seasons say how a figure is known or when, never which row: "beräknas", "hösten"
    "beräknas beräknat beräknade väntas väntat förväntas förväntat bedöms bedömt uppskattas uppskattat "
    "prognos prognosen prognostiseras planeras expected estimated expect expects expecting "
    "use used uses using "
    "hösten höst våren vår sommaren vintern autumn spring summer winter "
    # the table itself and how a part makes up the whole: "vad står i tabellen om …", "hur stor del
    # utgör …", "räknar de med", "som helhet"
    "tabell tabellen tabeller tabellerna siffra siffran siffror siffrorna table figure figures "
    "utgör utgöra utgjorde räknar räknat räknas helhet helheten "
    # losing staff, said in other words, and times said without a date: "tappar flest till pension",
    # "de kommande åren", "idag"
    "tappar tappa tappat förlorar förlora förlorat försvinner försvinna försvunnit kommande närmaste "
    "idag dag dagsläget närvarande currently today now "
)


# Permanent employment is what staff tables count unless they say otherwise: a question's word for it
# needs no label ("hur många tillsvidareanställda biståndshandläggare"), though it may name a row
# ("Tillsvidareanställda, antal").
PERMANENT_WORDS = (
    "tillsvidareanställda tillsvidareanställd tillsvidareanställning tillsvidare fastanställda fast "
    "tjänst tjänsten tillsvidaretjänst"
)


# Heads of caption words that describe who the staff are (age, gender, occupation, where they work)
# rather than a measure of them: a table under "Åldersstruktur", "Könsfördelning" or "Personal per
# enhet" counts people, so "hur många X" is answered by it without naming it; a table under
# "Pensionsavgångar" counts retirements, and only a question about retirements is answered by it.
_STRUCTURE_HEADS = split_words(
    "struktur fördelning statistik sammansättning översikt nyckeltal tabell grupp ålder intervall kön "
    "personal anställd medarbet yrk befattning antal bemanning kategori enhet avdelning verksamhet område "
    "arbetsplats förvaltning anställningsform"
)


def describes_staff(stem: str) -> bool:
    """Whether a caption word (stemmed) describes the staff counted rather than a measure of them."""
    folded = stem.casefold()
    return any(
        folded.endswith(head) or (folded.startswith(head) and len(folded) <= len(head) + 3)
        for head in _STRUCTURE_HEADS
    )


_MONTH_NAMES = split_words(
    "januari februari mars april maj juni juli augusti september oktober november december"
)
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])")
_OPEN_BAND = re.compile(r"[-–]\s*(\d{2})|(\d{2})\s*[-–+]")  # "-34 år" says it already


def header_reading(header: str) -> str:
    """What a coded column header means, to show beside its cell, or "": "202210" -> "oktober 2022",
    "–29" -> "29 år eller yngre", "65–" -> "65 år eller äldre"."""
    text = header.strip()
    if m := _YEAR_MONTH.fullmatch(text):
        return f"{_MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}"
    if m := _OPEN_BAND.fullmatch(text):
        return f"{m.group(1)} år eller yngre" if m.group(1) else f"{m.group(2)} år eller äldre"
    return ""
