"""Which metric a number states: metric words near it, in a set order, with units that must fit.

For each number the metric is looked for in this order:

1. a subject "antalet X" earlier in the clause ("Antalet kvinnor motsvarar 752 tillsvidareanställda");
2. a metric word right after the number, a preposition allowed in between ("187 rekryteringar",
   "84 % kvinnor", "365 med tidsbegränsad anställning");
3. the nearest metric word before it in the clause, then after it in the clause, then before it
   in the sentence ("Personalomsättningen ... 3,68% att jämföra med 4,05%").

Metric words are the synonyms of sv.metrics plus the verbs that report flows ("rekryterades",
"lämnade", "gick i pension"), which only name a figure here, not a question's topic.

A count followed directly by an occupation ("varav 1 912 sjuksköterskor") counts that
occupation: the figure keeps the occupation as its scope, so it is never the plan-wide total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kfp_assistant.extract.figure_numbers import Number
from kfp_assistant.sv.administrations import administration_mentions
from kfp_assistant.sv.metrics import METRICS

# Words that name a count when they follow a number ("1799 st medarbetare", "3500 personer");
# too general to be metric words elsewhere, so they are only used right after a number.
HEADCOUNT_NOUNS = re.compile(r"(?:medarbetare|personer|anställda)\b", re.IGNORECASE)
# Reaching pension age names retirements: "23 medarbetare förväntas fylla 65 år", "når 58 anställda 66 år".
RETIRE_RE = re.compile(r"\b(fyll\w*|uppnå\w*|når|nådde)\b(?=[^.]{0,60}?\b6[5-9]\s*år)", re.IGNORECASE)
AGE_CLAUSE_RE = re.compile(
    r"\b(?:över|fyll\w*|uppnå\w*|ålder\w*)\b[^.]{0,30}?\b\d{2}\s*(?:år|års)\b", re.IGNORECASE
)
# Verbs that report a flow; "i pension" counts only after a form of "gå" ("gick 19 medarbetare i pension").
_VERB_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "recruitments",
        re.compile(
            r"\b(?:ny)?(?:rekryterades|rekryterade|anställdes|anställde)\b|\bhar\s+(?:ny)?(?:rekryterat|anställt)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "departures",
        re.compile(
            r"\b(?:lämnade|slutade|avgick|har\s+slutat|har\s+lämnat)\b|\bavslutade?\s+sin\s+anställning\b"
            # "avslutade 40 tillsvidareanställda sin anställning": the verb before whom it counts
            r"|\bavslutade\b(?=[^.]{0,50}?\bsina?\s+anställning(?:ar)?\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "retirements",
        re.compile(r"\b(?:gick|går|gått|gå)\b[^.]{0,50}?\b(?P<cue>i\s+pension)\b", re.IGNORECASE),
    ),
    ("retirements", re.compile(r"\bpensionerades\b", re.IGNORECASE)),
    # how staff left: "varav 7 genom pension", "12 på grund av ålderspension"
    (
        "retirements",
        re.compile(
            r"\b(?:genom|på\s+grund\s+av|till\s+följd\s+av|pga\.?|p\.g\.a\.?)\s+(?:ålders)?pension(?:ering)?\b",
            re.IGNORECASE,
        ),
    ),
)
# Occupations: nouns ending in a job word ("specialistsjuksköterskor", "biståndshandläggare").
OCCUPATION = (
    r"[a-zåäö]*(?:sköterska|sköterskor|läkare|lärare|chef|chefer|handläggare|ingenjör|ingenjörer|tekniker"
    r"|sekreterare|assistent|assistenter|pedagog|pedagoger|terapeut|terapeuter|analytiker|biträde|biträden"
    r"|skötare|vårdare|stödjare|inspektör|inspektörer|planerare|arkitekt|arkitekter|psykolog|psykologer"
    r"|kurator|kuratorer|socionom|socionomer|barnmorska|barnmorskor|elektriker|montör|montörer|ledare"
    r"|utredare|administratör|administratörer|konsult|konsulter|förare|specialist|specialister|jurist|jurister"
    r"|bibliotekarie|bibliotekarier|lantmätare)"
)
OCCUPATION_AFTER_RE = re.compile(rf"\s+(?:st\s+)?({OCCUPATION}(?:\s+(?:inom|i|på)\s+[a-zåäö-]+)?)\b")
GENDER_SHARE = {"women_count": "women_share", "men_count": "men_share"}
# A count followed by an age limit counts that age group ("174 personer 55 år eller äldre", "30
# anställda, är över 60 år"), whatever metric words come later in its clause.
AGE_GROUP_AFTER_RE = re.compile(
    r"\s*(?:st\s+)?(?:medarbetare|personer|\w*anställda)?\s*,?\s*(?:är\s+|var\s+|som\s+är\s+)?"
    r"(?:\d{2}\s*år\s+(?:eller|och)\s+(?:äldre|yngre|över)|(?:över|under|äldre\s+än|yngre\s+än)\s+\d{2}\s*år)"
    # "Fjorton av 61 tillsvidareanställda är 60 år eller äldre": the part of a whole that is an age group
    r"|\s*av\s+\d[\d\s]*\s+\w+\s*,?\s*(?:är|var)\s+\d{2}\s*år\s+(?:eller|och)\s+(?:äldre|yngre|över)",
    re.IGNORECASE,
)

# A share of sick leave defined by its length: "sjukfrånvaro som varat i 90 dagar eller längre".
_LONG_SPELL_RE = re.compile(
    r"\b(?:mer\s+än|längre\s+än|över|minst)\s+(\d+)\s+dagar|\b(\d+)\s+dagar\s+eller\s+(?:mer|längre)",
    re.IGNORECASE,
)

# The group a highest or lowest value is found in: "högst inom hemtjänsten med 9,1 procent".
EXTREME_RE = re.compile(
    r"\b(?:högst|lägst|högre|lägre)\s+(?:inom|på|bland|för|i)\s+(.{3,60}?)\s+(?:med|på)\s*$", re.IGNORECASE
)
# The same, with the value set apart by a comma: "högst inom äldreomsorgen, 9,8 procent, och lägst
# inom förskolan, 3,4 procent" (matched on the text since the value before).
EXTREME_APART_RE = re.compile(
    r"\b(?:högst|lägst)\s+(?:inom|på|bland|för|i)\s+([^,]{3,60}?)\s*,\s*$", re.IGNORECASE
)
# A forecast over "perioden" a sentence before named: "Sammanlagt beräknas 57 gå i pension under perioden";
# over "planperioden", the plan's own period unless a sentence before named another.
FORECAST_RE = re.compile(
    r"\b(?:beräknas|förväntas|väntas|bedöms|kommer\s+att)\b[^.]*\bunder\s+(?:den\s+)?(?:plan)?perioden\b"
    r"|\bunder\s+planperioden\b[^.]*\b(?:beräknas|förväntas|väntas|bedöms|kommer\s+att)\b",
    re.I,
)


@dataclass
class Cue:
    """A metric word in a sentence."""

    start: int
    end: int
    metric: str


def _compile_cues() -> list[tuple[str, re.Pattern[str]]]:
    """One regex per metric: its synonyms (sv.text's mini-language: trailing '*' = any ending) as
    alternatives, longest first, so that a position takes the metric's longest synonym there."""
    out = []
    for metric_id, metric in METRICS.items():
        alternatives = []
        for syn in sorted(metric["synonyms"], key=len, reverse=True):
            body = r"\s+".join(re.escape(p) for p in syn.rstrip("*").split())
            alternatives.append(body + (r"[\w-]*" if syn.endswith("*") else r"(?!\w)"))
        out.append((metric_id, re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)))
    out.append(("ami_index", re.compile(r"(?<![\w-])totalindex\w*", re.IGNORECASE)))
    # "Omsättning" in a staff table or sentence is staff turnover (too general a word for questions).
    out.append(("turnover_pct", re.compile(r"(?<![\w-])omsättning(?:en)?(?!\w)", re.IGNORECASE)))
    return out


_CUES = _compile_cues()


def cues_in(text: str) -> list[Cue]:
    """Metric words (and flow verbs) in text with positions; the longest wins where they overlap."""
    hits = [Cue(m.start(), m.end(), mid) for mid, rx in _CUES for m in rx.finditer(text)]
    hits += [Cue(m.start(), m.end(), "retirements") for m in RETIRE_RE.finditer(text)]
    for metric, rx in _VERB_CUES:
        # The cue is the words that name the flow; "gick ... i pension" is named where it ends.
        hits += [
            Cue(m.start("cue"), m.end("cue"), metric)
            if "cue" in rx.groupindex
            else Cue(m.start(), m.end(), metric)
            for m in rx.finditer(text)
        ]
    hits.sort(key=lambda c: (-(c.end - c.start), c.start))
    taken: list[Cue] = []
    for c in hits:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def fits(metric: str, number: Number, decimal: bool) -> str | None:
    """The metric id the number can be (women_count + % -> women_share), or None when units clash."""
    if number.unit == "percent" and metric in GENDER_SHARE:
        return GENDER_SHARE[metric]
    unit = METRICS[metric]["unit"]
    if unit == "percent":
        return metric if number.unit == "percent" or (number.unit == "bare" and decimal) else None
    if unit == "years":
        return metric if number.unit == "years" else None
    if unit == "index":
        return metric if number.unit == "bare" and 0 < number.value <= 100 else None
    return metric if number.unit in ("count", "bare") and number.value.is_integer() else None


def denominator_end(clause: str, pos: int) -> int:
    """After "N % av (alla) kvinnor" or "av den totala sjukfrånvaron", the whole is what the share is
    of, not what it is: skip it."""
    m = re.match(
        r"\s*av\s+(?:alla\s+|samtliga\s+|hela\s+|de\s+(?:totalt\s+)?|den\s+(?:totala\s+)?"
        r"|det\s+(?:totala\s+)?(?:antalet\s+)?|\w+s\s+|\d[\d\s]*\s(?=[^\W\d]))?(\w+)",
        clause[pos:],
    )  # "3 av 61 tillsvidareanställda": the whole is the number and its noun
    return pos + m.end() if m else pos


def _weak_last(cues: list[Cue]) -> list[Cue]:
    """Employment-type words ("tidsbegränsade anställningar") mostly qualify another metric: try them last."""
    return sorted(cues, key=lambda c: c.metric in ("employees_permanent", "employees_temporary"))


def right_cue(clause: str, cues: list[Cue], after: int) -> Cue | None:
    """The metric word right after a number (and its denominator), a preposition allowed between."""
    gap = re.match(r"\s*(?:(?:med|som|i|på)\s+)?", clause[after:])
    reach = after + (gap.end() if gap else 0) + 2
    return next((c for c in cues if after <= c.start <= reach), None)


def metric_for(
    clause: str, sentence_cues: list[Cue], offset: int, n: Number, raw: str, age_sentence: bool
) -> tuple[str | None, int]:
    """Metric of one number by the order in the module docstring; also where its denominator ends.

    ``age_sentence``: the sentence names an age limit, so a count or share whose clause has no
    metric word of its own ("..., 263 personer, är 55 år eller äldre") describes that age group."""
    ages = bool(AGE_CLAUSE_RE.search(clause))  # "30 anställda över 65 år" counts an age group
    if (ages and not RETIRE_RE.search(clause)) or AGE_GROUP_AFTER_RE.match(clause, n.end):
        return None, n.end
    sentence_cues = [c for c in sentence_cues if not (ages and c.metric.startswith("employees_"))]
    local = [
        Cue(c.start - offset, c.end - offset, c.metric)
        for c in sentence_cues
        if offset <= c.start < offset + len(clause)
    ]
    decimal = "," in raw
    subject = [c for c in local if c.end <= n.start and re.search(r"antal\w*\s+$", clause[: c.start], re.I)]
    after = denominator_end(clause, n.end)
    right = right_cue(clause, local, after)
    if age_sentence and right is None and not local and n.unit != "years":
        return None, after
    for candidate in _flow_first(clause, local, n, [*subject[-1:], *([right] if right else [])]):
        metric = fits(candidate.metric, n, decimal)
        if metric:
            return metric, after
    if not ages and is_headcount(clause[after:], clause[: n.start], n):
        return "employees_total", after
    before = sorted((c for c in local if c.end <= n.start), key=lambda c: -c.end)
    later = [c for c in local if c.start >= after]
    earlier = sorted((c for c in sentence_cues if c.end <= offset), key=lambda c: -c.end)
    for candidate in (*_weak_last(before), *_weak_last(later), *_weak_last(earlier)):
        metric = fits(candidate.metric, n, decimal)
        if metric:
            return metric, after
    return None, after


FLOWS = ("recruitments", "departures", "retirements")
_EMPLOYMENT_METRICS = ("employees_permanent", "employees_temporary")
_STATES = ("part_time_count",)  # counts of staff in a state a verb reports of an employment type


def _flow_first(clause: str, local: list[Cue], n: Number, named: list[Cue]) -> list[Cue]:
    """An employment type next to a count qualifies the flow (or state) a verb reports: "lämnade 38
    tillsvidareanställda", "57 tillsvidareanställda beräknas gå i pension" count departures and
    retirements of permanent staff, not permanent staff ("av de 820 tillsvidareanställda
    slutade 38" still counts permanent staff)."""
    if not named or any(c.metric not in _EMPLOYMENT_METRICS for c in named):
        return named
    if re.search(r"\bav\s+(?:de|dem|dessa|totalt)?\s*$", clause[: n.start], re.IGNORECASE):
        return named
    flows = [c for c in local if c.metric in FLOWS]
    # a state said of them after the count: "880 tillsvidareanställda har en deltidsanställning"
    # counts part-timers among the permanent staff, not the permanent staff
    states = [c for c in local if c.metric in _STATES and c.start >= n.end]
    return [*flows[-1:], *states[:1], *named] if flows or states else named


def is_headcount(rest: str, before: str, n: Number) -> bool:
    """ "<organisation> har ... 1799 st (månadsavlönade) medarbetare": a head-count noun after a number."""
    if (
        n.unit not in ("count", "bare")
        or not n.value.is_integer()
        or not HEADCOUNT_NOUNS.match(re.sub(r"^[a-zåäö]+(?:ade|de|da|na|ta)\s+", "", rest.lstrip()))
    ):
        return False
    return bool(administration_mentions(before) or re.search(r"förvaltning\w*|nämnd\w*", before, re.I))


def occupation_after(clause: str, end: int) -> str | None:
    """The occupation a count is of, written right after it ("1 912 sjuksköterskor"), or None."""
    m = OCCUPATION_AFTER_RE.match(clause, end)
    return m.group(1) if m else None


def long_spell(sentence: str) -> bool:
    """Whether the sentence defines its sick leave as spells longer than two weeks."""
    m = _LONG_SPELL_RE.search(sentence)
    return m is not None and int(m.group(1) or m.group(2)) > 14


def subject_occupation(sentence: str) -> str | None:
    """The occupation a sentence is about when it opens with one: "Undersköterskorna är ... med 212"."""
    m = re.match(r"\s*([A-ZÅÄÖa-zåäö]+)\s+(?:är|utgör|var|har|hade)\b", sentence)
    if not m:
        return None
    word = m.group(1).casefold()
    for base in (word, word[:-2], word[:-3] + "e", word[:-1], word[:-2] + "e"):
        if len(base) > 3 and re.fullmatch(OCCUPATION, base):
            return base
    return None
