"""Amounts no key figure holds, answered by the plan's line that states one about the thing asked.

"Hur många anläggningar har de?", "hur mycket har konsulterna kostat?", "hur många fick ett
avslutssamtal?", "hur lång är tiden till tillsättning?": the metric vocabulary (sv/metrics) has no name
for these things, so no record answers them, and word retrieval ranks sentences that share the thing's
word but state no amount of it ("två nya anläggningar öppnar") beside the one that does. Plans state
such amounts in prose ("Konsulter har använts … till en kostnad av 3,2 miljoner kronor"), in label:value
lines of a fact box ("Antal anläggningar: 214") or in a table row ("Tid till tillsättning, dagar | 52 |
47"). The answer is each plan's unit (sentence, label:value pair, table row) that states an amount in
the unit asked (money for a cost, time for a length, a number for a count) and names the most of the
thing's words, the thing's head word always.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.route import Route
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.administrations import ORGANISATION_WORDS
from kfp_assistant.sv.numbers import (
    asks_for_duration,
    asks_for_money,
    states_duration,
    states_money,
    states_number,
)
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.words import tokenize

MAX_PLANS = 4
MAX_SCANNED = 6  # plans read whole; over more, retrieval answers instead, as it scales
MAX_TIED = 3  # lines as good as the best, shown with it

# An amount asked for: "hur många/mycket/lång/länge", "hur stor andel", "antalet".
_ASKS_AMOUNT = re.compile(r"\bhur\s+(?:många|mycket|lång\w*|länge)\b|\bantal(?:et)?\b", re.IGNORECASE)
# A unit counted ("hur många dagar i veckan …", "hur många procent …"): the thing is told after it, and
# a sentence with the unit and a word of the thing is too loose a match to answer by.
_UNIT_HEAD = re.compile(r"(?:dag|veck|månad|år|timm|procent|gång|kronor|kr\b|minut)", re.IGNORECASE)
# A number in the question qualifies what is counted ("över 65 år", "60 år eller äldre"): a table's cell
# or an age band, which the records answer.
_QUALIFIED = re.compile(r"(?<![\d-])(?!(?:19|20)\d\d\b)\d+")
# A comparison of an amount between plans: "vem är snabbast på att tillsätta", "vilken har flest".
_COMPARES_AMOUNT = re.compile(
    r"\b(?:snabb|kort|lång|flest|färre|fler|mest|mer|mindre|högst|lägst|högre|lägre|störst|minst)\w*\b",
    re.IGNORECASE,
)
# The counted thing right after the asking words: "hur många [anläggningar]", "antalet [chefer]".
_HEAD = re.compile(r"\b(?:hur\s+(?:många|mycket)|antal(?:et)?)\s+(?P<head>[\w-]+)", re.IGNORECASE)
# Some of a group counted by what they are: "hur många av sjuksköterskorna är hyrpersonal?", "hur många
# av cheferna har gått ledarprogrammet?": the thing is what follows the verb, not the group.
_OF_GROUP = re.compile(
    r"\bhur\s+många\s+av\s+(?:[\w-]+\s+){1,4}?(?:är|var|blev|har|hade|jobbar|arbetar)\s+(?:(?:en|ett|nu|idag|i\s+dag)\s+)?"
    r"(?P<head>[\w-]+)",
    re.IGNORECASE,
)
# Records answer counts of these: "hur många aktiviteter/mål/behov …".
_RECORD_KINDS = re.compile(
    r"^(?:aktivitet|insats|åtgärd|behov|kompetensbehov|gap|kompetensgap|mål|yrkesgrupp|risk)", re.IGNORECASE
)
# Words of the question that name no thing: how it asks, when, who in general.
_NOT_THINGS = frozenset(
    tokenize(
        "hur många mycket lång långa länge stor andel antal antalet vad var är blev finns fanns har hade"
        " fick få får ett en den det de dem dom deras sin sina sitt man vi ni under år året åren i på av för"
        " med till om som och eller då nu idag totalt sammanlagt ungefär cirka egentligen just senaste"
        " förra procent stycken personer vilken vilket vilka vem snabbast kortast längst fler flest mest"
        " mer mindre högst lägst snabbare kortare längre jämfört skillnad jämför"
    )
) | frozenset(tokenize(" ".join(ORGANISATION_WORDS)))
_STAFF = re.compile(r"(?:\w*anställd|medarbetar|person|kvinn|män\b|invånare)", re.IGNORECASE)
# "Antal anläggningar: 214": one label and value of a fact box's line (the line holds several).
_LABEL_VALUE = re.compile(
    r"(?P<label>[A-ZÅÄÖ][\w ,()/-]{2,60}?):\s*(?P<value>\d[\d\s,.]*(?:\s*(?:procent|%|år|dagar|kr|kronor"
    r"|mnkr|tkr|miljoner\s+kronor|st))?)"
)


def asks_amount(question: str, route_: Route) -> bool:
    """Whether a question asks an amount no metric names (of one plan, or compared between plans)."""
    unit = asked_unit(question)
    # no key figure is money or a length of time: "hur lång tid till anställning" asks no headcount
    if (route_.metrics and unit == "count") or route_.target == "activities":
        return False
    head = _HEAD.search(question)
    if head and _RECORD_KINDS.match(head.group("head")):
        return False
    # people counted by group ("hur många sjuksköterskor/anställda …") are key figures or a table's, and
    # a sentence naming the group beside some number is no count of it
    counted = question[head.start("head") : head.start("head") + 60] if head else ""
    if head and (occupations_in(" ".join(counted.split()[:3])) or _STAFF.match(head.group("head"))):
        return False
    if (head and _UNIT_HEAD.match(head.group("head"))) or _QUALIFIED.search(question):
        return False
    if unit == "money":
        return True  # "vad har konsulterna kostat?"
    if route_.intent == "compare":
        return bool(_ASKS_AMOUNT.search(question) or _COMPARES_AMOUNT.search(question))
    return bool(_ASKS_AMOUNT.search(question))


def _thing(question: str, route_: Route, vocabulary: AbstractSet[str]) -> tuple[set[str], str | None] | None:
    """The stems naming the thing asked about (those the plans write, not staff in general) and its head
    word's stem; None when the head is a word no plan writes ("hur mycket övertid …", "hur många
    parkeringsplatser …"): the plans do not state it, whatever else of the question they write."""
    named = {s for name in route_.administrations for s in tokenize(name.replace("-", " "))}
    words = [s for s in tokenize(question) if len(s) >= 3 and not s.isdigit() and s not in _NOT_THINGS]
    stems = {s for s in words if s not in named and s in vocabulary and not _STAFF.match(s)}
    head = _OF_GROUP.search(question) or _HEAD.search(question)
    head_words = [s for s in tokenize(head.group("head")) if s not in _NOT_THINGS] if head else []
    if head_words and not any(s in vocabulary for s in head_words):
        return None
    head_stems = [s for s in head_words if s in stems]
    return stems, (head_stems[0] if head_stems else None)


def _names(stem: str, words: set[str]) -> bool:
    """Whether a unit's words name a stem, as itself or as a part of a compound ("besvar" -> "svar")."""
    return stem in words or (len(stem) >= 4 and any(w.endswith(stem) or w.startswith(stem) for w in words))


def _pieces(chunk: Chunk) -> list[tuple[str, int, bool]]:
    """(text, page, whether a label names it) of a chunk's units: sentences and table rows, and each
    label:value pair of a fact box's line."""
    out: list[tuple[str, int, bool]] = []
    for unit in units(chunk):
        pairs = list(_LABEL_VALUE.finditer(unit.text))
        if (len(pairs) >= 2 and chunk.kind == "table") or len(pairs) >= 3:
            out += [(m.group().strip(), unit.page, True) for m in pairs]
        elif chunk.kind == "table" and "|" in chunk.text:
            row = next((ln for ln in chunk.text.splitlines() if unit.text in ln), unit.text)
            cells = [c.strip() for c in row.split("|")]
            # a row of amounts under a label ("Tid till tillsättning, dagar | 52 | 47"), not of an activity
            if len(cells) >= 2 and all(_AMOUNT_CELL.fullmatch(c) for c in cells[1:]):
                out.append((row, unit.page, True))
        else:
            out.append((unit.text, unit.page, False))
    return out


_AMOUNT_CELL = re.compile(r"|[-–]|\d[\d\s]*(?:[,.]\d+)?\s*(?:%|procent|dagar|år|kr|mnkr|tkr)?")
_WORD = re.compile(r"[\w%]+(?:[,.]\d+)?")
_NEAR = 4  # words between a count and what it counts, at most ("avslutssamtal med 61")


def _counts_thing(text: str, stems: set[str], head: str | None) -> bool:
    """Whether a number stands near a word naming the thing (its head, when the question has one)."""
    words = _WORD.findall(
        _OUTLINE.sub("", text)
    )  # "5.4.2 Kontrollera bevis …" numbers a list, counts nothing
    wanted = {head} if head else stems
    at_thing = [i for i, w in enumerate(words) if any(_names(s, set(tokenize(w))) for s in wanted)]
    numbers = [i for i, w in enumerate(words) if _NUMBER.fullmatch(w) and not _YEAR.fullmatch(w)]
    return any(abs(i - j) <= _NEAR + 1 for i in at_thing for j in numbers)


_YEAR = re.compile(r"(?:19|20)\d\d")
_OUTLINE = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+")
_NUMBER = re.compile(r"\d+(?:[,.]\d+)?")
# A target, not what is: "Målet är att tiden … ska vara högst 45 dagar" (unless a target is asked).
_TARGET = re.compile(r"\bmål(?:et|en)?\b|\bska\s+(?:\w+\s+)?(?:vara|understiga|överstiga|minska|öka)\b", re.I)


# Money spent said without a word of money: "hur mycket har de lagt på konsulter?", "spenderat".
_SPENT = re.compile(
    r"\bhur\s+mycket\b.*\b(?:lagt|lägger|lägga|spenderat?|spenderar|gett\s+ut|gjort\s+av\s+med)\b", re.I
)
_DURATION = re.compile(r"\btid(?:en)?\s+(?:till|från|för|att)\b", re.IGNORECASE)


def asked_unit(question: str) -> str:
    """What the amount asked is: "money" (a cost), "duration" (a length of time) or "count"."""
    if asks_for_money(question) or _SPENT.search(question):
        return "money"
    if asks_for_duration(question) or _DURATION.search(question):
        return "duration"
    return "count"


def _in_unit(question: str) -> Callable[[str], bool]:
    """The test of a unit stating an amount in the unit asked: money for a cost, time for a length."""
    unit = asked_unit(question)
    if unit == "money":
        return states_money
    if unit == "duration":
        return lambda text: states_duration(text) or bool(re.search(r"\bdagar\b", text, re.IGNORECASE))
    return states_number


def best_lines(
    chunks: list[Chunk], stems: set[str], head: str | None, stated: Callable[[str], bool], targets: bool
) -> list[tuple[str, Chunk, int]]:
    """The plan's units stating an amount that name the head and the most of the thing's words: the best,
    and those as good ("261 händelser under första tertialet", "228 … under andre"), in the plan's order."""
    scored: list[tuple[float, str, Chunk, int]] = []
    needed = max(1, (len(stems) + 1) // 2)
    for chunk in sorted(chunks, key=lambda c: c.position):
        for text, page, labelled in dict.fromkeys(_pieces(chunk)):
            if not stated(text):
                continue
            words = set(tokenize(text))
            if head is not None and not _names(head, words):
                continue
            if stated is states_number and not _counts_thing(text, stems, head):
                continue
            found = sum(_names(s, words) for s in stems)
            if found < needed:
                continue
            score = found + (0.5 if labelled else 0.0) + (0.25 if re.search(r"\d", text) else 0.0)
            score -= 0.75 if _TARGET.search(text) and not targets else 0.0
            scored.append((score, text, chunk, page))
    top = max((s for s, *_ in scored), default=0.0)
    return [(text, chunk, page) for s, text, chunk, page in scored if s == top][:MAX_TIED]


def answer_number_line(
    route_: Route,
    question: str,
    chunks_of: Callable[[str], list[Chunk]],
    label: Callable[[Chunk], str],
    vocabulary: AbstractSet[str],
) -> tuple[str, list[Citation]] | None:
    """Each plan's line stating the amount asked, cited; None when no amount is asked that no metric
    names, or no plan in scope states one of the thing (records and retrieval answer then)."""
    # the plans named, or the one plan there is: an amount of no named plan is not looked for in each;
    # of versions of one administration the records choose (the year asked, the latest)
    candidates = route_.plans or (route_.scope if len(route_.scope) == 1 else [])
    if not candidates or not asks_amount(question, route_) or len(candidates) > MAX_SCANNED:
        return None
    if len(candidates) > max(1, len(set(route_.administrations))):
        return None
    thing = _thing(question, route_, vocabulary)
    if not thing or not thing[0]:
        return None
    stems, head = thing
    stated = _in_unit(question)
    lines: list[str] = []
    citations: list[Citation] = []
    for doc_id in candidates[:MAX_PLANS]:
        found = best_lines(chunks_of(doc_id), stems, head, stated, bool(_TARGET.search(question)))
        cited: list[str] = []
        for text, chunk, page in found:
            citations.append(Citation.of_chunk(len(citations) + 1, chunk, page, text))
            cited.append(f"{text} [{len(citations)}]")
        if found:
            lines.append(f"**{label(found[0][1])}:** " + " ".join(cited))
    if route_.intent == "compare" and len(lines) < 2:
        return None  # one side alone is no comparison: the comparison's own answer is kept
    return ("\n\n".join(lines), citations) if lines else None
