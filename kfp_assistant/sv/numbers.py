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


# Unit words of table headers and cells, checked in this order ("Andel kvinnor, %" is a percent
# before it is anything else). "år" counts as years only as a unit label ("Medelålder, år",
# "(år)"): a column "60-64 år" is an age band whose cells count people.
_UNIT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(r"%|\bprocent|\bandel", re.IGNORECASE)),
    ("kronor", re.compile(r"\bkr\b|\bkronor|\btkr\b|\bmnkr\b|\bmkr\b", re.IGNORECASE)),
    ("days", re.compile(r"\bdagar\b|\bdgr\b", re.IGNORECASE)),
    ("years", re.compile(r"medelålder|genomsnittsålder|snittålder|,\s*år\s*$|\(\s*år\s*\)", re.IGNORECASE)),
    ("index", re.compile(r"index\b", re.IGNORECASE)),
    ("count", re.compile(r"\bantal\w*|\bst\b\.?|\bstycken\b|\bpersoner\b|\bårsarbetare\b", re.IGNORECASE)),
)


def unit_in(text: str) -> str | None:
    """The unit a cell or header names: "7,9 %" -> "percent", "Antal anställda" -> "count"; else None."""
    for unit, rx in _UNIT_WORDS:
        if rx.search(text):
            return unit
    return None


# Amounts written in words: "en tredjedel", "hälften", "var fjärde", "dubbelt så många".
_NUMBER_WORDS_RE = re.compile(
    r"\b(?:hälften|halva|en\s+(?:tredjedel|fjärdedel|femtedel|tiondel)|två\s+tredjedelar|tre\s+fjärdedelar"
    r"|var\s+(?:annan|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)|dubbelt|majoriteten|flertalet"
    # a count spelt out before what it counts: "elva externa rekryteringar", "tolv medarbetare" (not
    # the small numbers prose uses in passing: "rekrytera till två nyinrättade tjänster")
    r"|(?:fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton"
    r"|nitton|tjugo|trettio|fyrtio|femtio|hundra)\s+(?:[a-zåäö]+\s+)?(?:medarbetare|anställda|personer"
    r"|rekryteringar|avgångar|tjänster|chefer|\w+(?:are|rer|örer|arer|ister|oger|or))\b)\b",
    re.IGNORECASE,
)
# Cardinals written out: "åtta av de sexton aktiviteterna är genomförda". Not "en"/"ett" (articles too);
# counted rows are written so, headcounts and rates in digits.
_CARDINAL_WORDS = (
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton"
    r"|nitton|tjugo|trettio|fyrtio|femtio"
)
_CARDINALS_RE = re.compile(rf"\b(?:{_CARDINAL_WORDS})\b", re.IGNORECASE)
# A count spelt out as an answer to "hur många?": any cardinal but one giving a time ("inom sex månader").
_COUNT_WORDS_RE = re.compile(
    rf"\b(?:{_CARDINAL_WORDS}|sextio|sjuttio|åttio|nittio|hundra)\b"
    r"(?!\s+(?:års?|månader|månaders|veckor|veckors|dagar|dagars|timmar|minuter|gånger)\b)",
    re.IGNORECASE,
)
# Money: "125 000 kr", "3,5 mnkr", "2 miljoner kronor".
_MONEY_RE = re.compile(
    r"\d[\d\s\u00a0,.]*\s*(?:kr|kronor|tkr|mnkr|mkr|msek|sek|miljoner|miljarder)\b", re.IGNORECASE
)
# Questions whose answer is an amount of money: costs, salaries, budgets.
# A compound's last part counts ("ingångslönen", "lönebudgeten", "personalkostnaden"), "lönsam" does not.
_MONEY_QUESTION_RE = re.compile(
    # (a salary's HR processes are no amount: "lönekartläggning", "lönesamtal", "lönesättning")
    r"\b(?:kosta\w*|\w*kostnad\w*|pris\w*"
    r"|\w*lön(?!e(?:kartläggning|samtal|sättning|policy|process|strategi|struktur|revision|översyn|kriteri))"
    r"(?:en|er|erna|ens|e\w+)?|tjänar|\w*budget\w*|kronor|pengar"
    r"|arvode\w*|avgift\w*)\b"
    r"|\bhur\s+mycket\s+(?:pengar|kostar|betala\w*)\b",
    re.IGNORECASE,
)


# A year or a span of years dates a statement and is no amount ("under 2025 för att …", "2025-2027"),
# but a four-digit number before a noun counts something ("2000 medarbetare"); a comma after a year ends a
# clause ("medarbetarenkäten 2025, avgångsenkäten"), one before a digit makes a decimal.
_YEAR_RE = re.compile(
    r"(?<![\d,.])(?:19[5-9]\d|20[0-4]\d)(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?!\d|,\d)"
    r"(?=\s*(?:$|[^\w\s]|(?:och|att|för|då|var|har|är|samt|till|som|med|i|på|jämfört|vilket|men|eller|när"
    r"|under|efter|inom|kommer|ska|skulle|uppgick|låg|blev|hade|totalt|the|and|in|was|were)\b))",
    re.IGNORECASE,
)


# A day of a date dates a statement: "från den 1 juli 2023", "per 31 dec".
_DATE_DAY_RE = re.compile(
    r"(?<![\d,.])\d{1,2}\s+(?:jan(?:uari)?|feb(?:ruari)?|mars|mar|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?"
    r"|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)
# A number inside a word names a span or an order, not an amount: "3-årsperiod", "4:e största".
_IN_WORD_RE = re.compile(r"(?<![\d,.])\d+(?:-(?=[a-zåäö])|:(?:a|e)\b)", re.IGNORECASE)
# Amounts of a unit: a mean age is stated in years ("44 år"), a length of absence in days.
_UNIT_AMOUNT_RE = {
    "years": re.compile(r"\d(?:[,.]\d+)?\s*(?:år|years)\b|\(\s*år\s*\)|,\s*år\b", re.IGNORECASE),
    "days": re.compile(r"\d\s*(?:dagar|dgr|days)\b", re.IGNORECASE),
}


def states_number(text: str) -> bool:
    """Whether a text states an amount: digits that are not a year, a day of a date or part of a word, or
    a number word ("en tredjedel", "hälften")."""
    digits = _IN_WORD_RE.sub(" ", _YEAR_RE.sub(" ", _DATE_DAY_RE.sub(" ", text)))
    return bool(re.search(r"\d", digits) or _NUMBER_WORDS_RE.search(text))


# A share stated: a percentage, a fraction in words ("var sjunde", "en fjärdedel", "hälften") or a part of
# a whole ("fjorton av 61", "12 av 40").
_SHARE_RE = re.compile(
    r"\d\s*(?:%|procent)|\bprocent\b|\b(?:hälften|halva|var\s+(?:annan|tredje|fjärde|femte|sjätte|sjunde"
    r"|åttonde|nionde|tionde)|\w+del(?:ar)?\s+av|en\s+(?:tredjedel|fjärdedel|femtedel|tiondel)|majoriteten"
    r"|flertalet|de\s+flesta)\b|\b\w+\s+av\s+(?:de\s+|våra\s+|samtliga\s+)?\d",
    re.IGNORECASE,
)


def states_share(text: str) -> bool:
    """Whether a text states a share, not only a count: "var sjunde medarbetare", "14 procent", "fjorton
    av 61" answer "hur stor andel?", "58 medarbetare" does not."""
    return bool(_SHARE_RE.search(text))


def states_cardinal(text: str) -> bool:
    """Whether a text states a number in digits or as a cardinal written out ("åtta av de sexton")."""
    return states_number(text) or bool(_CARDINALS_RE.search(text))


# A count of a unit of time asked ("hur många dagar i veckan får man jobba hemifrån?"): a cardinal giving
# a time is its answer ("upp till två dagar i veckan").
_TIME_COUNTED_RE = re.compile(
    r"\b(?:hur\s+många|how\s+many)\s+(?:år|månader|veckor|dagar|timmar|gånger|years|months|weeks|days|hours|times)\b",
    re.IGNORECASE,
)


def asks_time_count(question: str) -> bool:
    """Whether a question asks how many units of time ("hur många dagar …?")."""
    return bool(_TIME_COUNTED_RE.search(question))


def states_count(text: str) -> bool:
    """Whether a text states a count: a number, or a cardinal written out that is no time ("åtta av de
    sexton aktiviteterna" does, "inom sex månader" does not)."""
    return states_number(text) or bool(_COUNT_WORDS_RE.search(text))


def states_amount_of(text: str, unit: str) -> bool:
    """Whether a text states an amount in a metric's unit; for units that need no word (counts,
    shares), whether it states an amount at all."""
    rx = _UNIT_AMOUNT_RE.get(unit)
    return bool(rx.search(text)) if rx is not None else states_number(text)


# What is done about salaries ("vad gör de med lönerna?", "hur arbetar de med lönesättningen?") is
# answered by activities, not by an amount; "hur mycket" still asks one.
_DOING_RE = re.compile(
    r"\b(?:vad\s+gör\w*|vad\s+görs|hur\s+(?:arbetar|jobbar|gör|tänker|hanterar)|vilka\s+(?:åtgärder|aktiviteter"
    r"|insatser|satsningar)|åtgärd\w*|satsa\w*|planerar)\b",
    re.IGNORECASE,
)
_AMOUNT_RE = re.compile(r"\bhur\s+(?:mycket|stor\w*|hög\w*)\b|\bkosta\w*", re.IGNORECASE)


# What a question sets aside is not what it asks: "vilka förmåner har de utöver lönen?" asks the benefits.
_SET_ASIDE_RE = re.compile(
    r"\b(?:utöver|förutom|bortsett\s+från|utom|vid\s+sidan\s+(?:av|om))\s+(?:(?:den|sin|själva|vanliga|ordinarie|fasta)\s+){0,2}\w+",
    re.IGNORECASE,
)


def asks_for_money(question: str) -> bool:
    """Whether a question's answer is an amount of money (a cost, a salary, a budget), not what is done
    about one ("vad gör de med lönerna?") nor what is had besides one ("förmåner utöver lönen")."""
    question = _SET_ASIDE_RE.sub(" ", question)
    if _DOING_RE.search(question) and not _AMOUNT_RE.search(question):
        return False
    return bool(_MONEY_QUESTION_RE.search(question))


def states_money(text: str) -> bool:
    """Whether a text states an amount of money."""
    return bool(_MONEY_RE.search(text))


# Questions whose answer is a length of time: "hur länge pågår …", "hur lång tid tar …".
# "hur lång uppsägningstid", "hur långa handläggningstider": a time's length too.
_DURATION_QUESTION_RE = re.compile(
    r"\bhur\s+(?:länge|lång\w*\s+(?:\w*tid(?:en|er|erna)?)|lång\s+(?:är|var|blir)\b)\b", re.IGNORECASE
)
_COUNT = (
    r"(?:\d+(?:[,.]\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|några"
    r"|ett\s+par)"
)
_TIME_UNIT = (
    r"(?:minut(?:er|en)?|timm(?:e|ar|en|ars)|tim|dag(?:ar|en|s|ars)?|dygn|veck(?:a|an|or|orna|ors)"
    r"|månad(?:er|en|erna|s|ers)?|termin(?:er|en|s)?|halvår(?:et|s)?)\b"
)
# Years last a few: "65 år" is an age ("fyller 65 år"), "tre år" or "2 år" a length of time.
_FEW_YEARS = r"(?:[1-9]|1[0-2]|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|ett\s+par|några)\s+år(?:en|s)?\b"
# A length of time: "sex månader", "3 dagar", "två veckors", a time unit in a compound ("halvåret",
# "introduktionsvecka", "tremånadersperiod"), or a span between two points ("från ... till ...").
_DURATION_RE = re.compile(
    rf"\b{_COUNT}\s+(?:\w+\s+)?{_TIME_UNIT}|(?<![\d,.]){_FEW_YEARS}"
    r"|\w*(?:halvår|vecka|veckor|månaders|dagars|terminer?)\w*\b"
    r"|\b(?:ett|hela|första|första\s+året|året)\s+(?:år|året)\b",
    re.IGNORECASE,
)


def asks_for_duration(question: str) -> bool:
    """Whether a question's answer is a length of time ("hur länge", "hur lång tid")."""
    return bool(_DURATION_QUESTION_RE.search(question))


def states_duration(text: str) -> bool:
    """Whether a text states a length of time: a number of a time unit, or a time unit in a word."""
    return bool(_DURATION_RE.search(text))


# Questions whose answer is an age: "vilken pensionsålder gäller?", "vid vilken ålder går man i pension?",
# "what is the retirement age?". A count of retirements is no age. (A mean age is asked as a metric.)
_AGE_QUESTION_RE = re.compile(
    r"\b(?:\w*pensionsålder\w*|åldersgräns\w*|vid\s+vilken\s+ålder|vilken\s+ålder"
    r"|(?:pension|retirement)\s+age|at\s+what\s+age|(?<=\w\s)age(?=\s))\b",
    re.IGNORECASE,
)
# An age stated as the age asked: "pensionsåldern är 65", "åldersgränsen 69 år", "vid 68 års ålder" (not
# "58 medarbetare fyller 65 år" nor "uppnår en ålder av 65", which count people reaching an age).
_AGE_RE = re.compile(
    r"\b(?:\w*pensionsålder\w*|\w*åldersgräns\w*|avgångsålder\w*)\D{0,30}?(?<![\d,.])[1-9]\d\b"
    r"|(?<![\d,.])[1-9]\d\s+års\s+ålder",
    re.IGNORECASE,
)


def asks_for_age(question: str) -> bool:
    """Whether a question's answer is an age ("vilken pensionsålder gäller?"), not a number of people."""
    return bool(_AGE_QUESTION_RE.search(question))


def states_age(text: str) -> bool:
    """Whether a text states the age a question asks for ("pensionsåldern är 65", "vid 68 års ålder")."""
    return bool(_AGE_RE.search(text))


# A number asked per short period ("hur många vikarier per månad?", "varje vecka", "i veckan", "om dagen"):
# a count at one date or over a year does not give it; only a number stated per such period does.
_PER_PERIOD_QUESTION_RE = re.compile(
    r"\b(?:(?:per|varje|each|every)\s+(?:dag|vecka|månad|day|week|month)|i\s+(?:veckan|månaden)|om\s+dagen)\b",
    re.IGNORECASE,
)
# ... stated per such period ("i snitt 40 vikarier per månad"); "i dag" is today, no period.
_PER_PERIOD_RE = re.compile(
    r"\b(?:(?:per|varje|varannan)\s+(?:dag|vecka|månad)|i\s+(?:veckan|månaden)|om\s+dagen)\b"
    r"|\b(?:dags|vecko|månads)\w*snitt",
    re.IGNORECASE,
)


def asks_per_period(question: str) -> bool:
    """Whether a question asks a number per day, week or month ("hur många vikarier per månad?")."""
    return bool(_PER_PERIOD_QUESTION_RE.search(question))


def states_per_period(text: str) -> bool:
    """Whether a text states a number per day, week or month ("i snitt 40 vikarier per månad")."""
    return bool(_PER_PERIOD_RE.search(text))


# A number per person ("hur många sjukdagar per anställd?", "kostnad per medarbetare") is a measure of its
# own: a percentage or a total of the staff does not answer it, a figure stated per person does.
_PER_PERSON_RE = re.compile(
    r"\b(?:per|varje|each|every)\s+(?:anställd|medarbetare|person|årsarbetare|employee|person|capita|head)\b",
    re.IGNORECASE,
)


def asks_per_person(question: str) -> bool:
    """Whether a question asks a number per employee or person ("sjukdagar per anställd")."""
    return bool(_PER_PERSON_RE.search(question))


def states_per_person(text: str) -> bool:
    """Whether a text states a number per employee or person."""
    return bool(_PER_PERSON_RE.search(text))


def misses_per_unit(question: str, text: str) -> bool | None:
    """For a question asking a number per period or per person ("vikarier per månad", "sjukdagar per
    anställd"): whether the text misses it, stating no number per the same kind of unit; None for a
    question asking neither."""
    if asks_per_period(question):  # "hur många vikarier per månad?" is no count at one date
        return not states_per_period(text)
    if asks_per_person(question):  # "sjukdagar per anställd" is no percentage of working time
        return not states_per_person(text)
    return None
