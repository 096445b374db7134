"""Yes/no comparisons of one figure answered Ja or Nej first, and shares of women or men a plan tells
only by the other share or by counts.

"Är sjukfrånvaron högre i A än i B?", "Is turnover lower at A than B?", "Har A fler män än B?": the side
named before "än"/"than" is compared with the one after it, and the answer opens with Ja or Nej and the
two values. Between two versions ("Har omsättningen ökat sedan förra planen?", "är den högre nu än i
2021 års plan?") the newer value is compared with the older one. When only one side states the figure
the answer says that it cannot be told, and why.

A plan that states only the share of women tells the share of men as 100 minus it, and a plan that
counts women and men tells both shares; such a share is derived, and the answer says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from kfp_assistant.ask.comparison import question_terms, side_query
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.passages import plan_label
from kfp_assistant.ask.records_answer import format_value
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.comparatives import DIFFICULTY_RE, hardest_asked
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.presence import BOTH_RE, asks_both
from kfp_assistant.sv.superlatives import lowest_first
from kfp_assistant.sv.thesaurus import related_terms
from kfp_assistant.sv.words import root_of, term_in, tokenize

UNDECIDED_SV = "**Kan inte avgöras:**"
BASIS_SV = "Obs: uppgifterna gäller olika år eller grupper av anställda."
# A yes/no question: it opens with a verb ("Är …", "Har …", "Is …", "Does …").
_YES_NO_RE = re.compile(
    r"^\s*(?:är|har|hade|finns|fanns|ligger|låg|var|jobbar|arbetar|slutar|blir|blev|syns|stämmer\s+det\s+att"
    r"|is|are|was|were|does|do|did|has|have|had)\b",
    re.IGNORECASE,
)
_THAN_RE = re.compile(r"\b(?:än|than)\b", re.IGNORECASE)
# "A eller B?" asks which, not whether ("eller inte" still asks whether).
_WHICH_RE = re.compile(r"\b(?:eller|or)\b(?!\s+(?:inte|not)\b)", re.IGNORECASE)
# A change between versions asked whether it went one way.
_UP_RE = re.compile(
    r"\b(?:ökat|öka[rt]|ökning|stigit|stiger|gått\s+upp|höjts|blivit\s+(?:högre|fler|större)|increased|gone\s+up"
    r"|risen|grown|went\s+up)\b",
    re.IGNORECASE,
)
_DOWN_RE = re.compile(
    r"\b(?:minskat|minska[rt]|minskning|sjunkit|sjunker|gått\s+(?:ner|ned)|sänkts|blivit\s+(?:lägre|färre|mindre)"
    r"|decreased|gone\s+down|fallen|dropped|went\s+down)\b",
    re.IGNORECASE,
)

_HEAD = 5  # letters of a compound's head two words share ("samtal")
_SINCE_RE = re.compile(r"\b(?:sedan|sen|jämfört|förra|föregående|tidigare|since|previous|last)\b", re.I)
_SHARES = {"women_share": "men_share", "men_share": "women_share"}
_COUNTS = {"women_share": "women_count", "men_share": "men_count"}
_LABEL = {"women_share": "kvinnor", "men_share": "män"}


# An English question is read in Swedish terms without its function words ("Is turnover lower at A than
# B?" -> "personalomsättning minska A than B?"): "than" without "which" or "or" asks whether, and the
# verbs "lower" and "raise" became say which way.
_WHO_RE = re.compile(r"\b(?:vem|vilk\w*|who|which|what)\b", re.IGNORECASE)
_LOWER_VERB_RE = re.compile(r"\bminska\w*", re.IGNORECASE)
_HIGHER_VERB_RE = re.compile(r"\böka\w*", re.IGNORECASE)


def yes_no_direction(
    question: str, versions: bool, english: bool = False, metric: str | None = None
) -> bool | None:
    """For a yes/no comparison: True when it asks whether the first side (the newer version) is higher,
    False whether lower; None when the question asks no yes/no comparison. `english`: the question as
    read in Swedish terms from English; `metric`: the figure compared, whose better end a judging word
    names ("är sjukfrånvaron bättre i A än i B?" asks whether it is lower)."""
    if english and _THAN_RE.search(question) and not (_WHICH_RE.search(question) or _WHO_RE.search(question)):
        low = lowest_first(question, metric)
        if low is None and bool(_LOWER_VERB_RE.search(question)) != bool(_HIGHER_VERB_RE.search(question)):
            low = bool(_LOWER_VERB_RE.search(question))
        return None if low is None else not low
    if not _YES_NO_RE.search(question) or _WHICH_RE.search(question):
        return None
    if versions:
        up, down = bool(_UP_RE.search(question)), bool(_DOWN_RE.search(question))
        if up != down:
            return up
        low = lowest_first(question, metric)  # "har de fått fler anställda sedan förra planen?"
        if low is not None and _SINCE_RE.search(question):
            return not low
    if not _THAN_RE.search(question):
        return None
    low = lowest_first(question, metric)
    return None if low is None else not low


def _number(value: float) -> str:
    """A number Swedish style: "84", "26,4", "1 016"."""
    return f"{value:,.1f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")


def verdict_line(
    question: str,
    metric: str,
    pairs: Sequence[tuple[str, KeyFigure]],
    versions: bool,
    silent: Sequence[str],
    english: bool = False,
) -> str | None:
    """ "**Ja** – …" or "**Nej** – …" with the two values, or that it cannot be told when a side states no
    figure (`silent`: the titles of the compared plans without it); None unless a yes/no comparison of
    two sides. `pairs` are (title, figure) in the order the question names the sides."""
    higher = yes_no_direction(question, versions, english, metric)
    if higher is None or len(pairs) + len(silent) != 2:
        return None
    label = str(METRICS[metric]["label_sv"]).lower()
    if len(pairs) == 1:
        title, figure = pairs[0]
        return (
            f"{UNDECIDED_SV} {title} anger {label} {format_value(figure)}, men ingen jämförbar "
            f"siffra finns för {silent[0]}."
        )
    if pairs[0][1].unit != pairs[1][1].unit:
        return None
    first, second = pairs
    if versions:  # the newer version is the one asked about ("har den ökat?", "högre nu än 2021?")
        first, second = sorted(pairs, key=lambda pair: pair[1].as_of or pair[0], reverse=True)
    difference = first[1].value - second[1].value
    yes = difference > 0 if higher else difference < 0
    values = f"{first[0]} {format_value(first[1])} mot {second[0]} {format_value(second[1])}"
    same = " (lika)" if difference == 0 else ""
    basis = (
        ""
        if versions or (first[1].as_of, first[1].scope) == (second[1].as_of, second[1].scope)
        else " " + BASIS_SV
    )
    return f"**{'Ja' if yes else 'Nej'}**{same} – {label}: {values}.{basis}"


def _derived(figure: KeyFigure, metric: str, value: float) -> KeyFigure:
    return figure.model_copy(update={"metric": metric, "value": round(value, 1), "unit": "percent"})


def with_derived_shares(plan: PlanRecords, metrics: set[str]) -> tuple[PlanRecords, dict[int, str]]:
    """The plan with the shares of women or men asked (`metrics`) it tells only by the other share or by
    counts of both, and a note per derived figure (by id) saying how it was derived."""
    asked = [m for m in _SHARES if m in metrics]
    notes: dict[int, str] = {}
    added: list[KeyFigure] = []
    have = {(f.metric, f.as_of, f.scope) for f in plan.figures}
    for metric in asked:
        other = _SHARES[metric]
        for f in plan.figures:
            if f.metric == other and (metric, f.as_of, f.scope) not in have:
                figure = _derived(f, metric, 100 - f.value)
                notes[id(figure)] = f"beräknat: 100 − {_number(f.value)} % {_LABEL[other]}"
                added.append(figure)
                have.add((metric, f.as_of, f.scope))
        counts = {(f.as_of, f.scope): f for f in plan.figures if f.metric == _COUNTS[metric]}
        others = {(f.as_of, f.scope): f for f in plan.figures if f.metric == _COUNTS[other]}
        for key, f in counts.items():
            total = f.value + others[key].value if key in others else 0
            if total and (metric, *key) not in have:
                figure = _derived(f, metric, 100 * f.value / total)
                notes[id(figure)] = (
                    f"beräknat: {_number(f.value)} {_LABEL[metric]} av {_number(total)} anställda"
                )
                added.append(figure)
                have.add((metric, *key))
    if not added:
        return plan, notes
    return plan.model_copy(update={"figures": [*plan.figures, *added]}), notes


def _named(term: str, words: AbstractSet[str]) -> bool:
    """Whether the words name a topic term: itself, its root, or a word of its thesaurus ring with the same
    head ("avslutssamtal" for "avgångssamtal": both a "samtal")."""
    if any(term_in(t, words) for t in {term, *root_of(term)}):
        return True
    kin = [r.rstrip("*") for r in related_terms(term)]
    same_head = [k for k in kin if len(k) >= _HEAD + 2 and k[-_HEAD:] == term[-_HEAD:]]
    return any(term_in(t, words) for k in same_head for t in tokenize(k))


def presence_line(
    question: str, having: Sequence[str], lacking: Sequence[str], english: bool = False
) -> str | None:
    """Ja when every compared plan takes the thing up, Nej naming those that do not; None unless the
    question asks whether both (or all) have it. `having`, `lacking`: plan labels."""
    if not asks_both(question, english) or not having or len(having) + len(lacking) < 2:
        return None
    if not lacking:
        return f"**Ja** – det tas upp i {_joined(having)} (se nedan)."
    return f"**Nej** – det tas upp i {_joined(having)}, men inte i {_joined(lacking)}."


def listed_presence(route_: Route, cited: AbstractSet[str]) -> str | None:
    """Ja or Nej for "har både A och B …?" answered from the compared plans' activity or need lists:
    a plan has the thing when one of its rows is cited (by doc id), else it lists none on it."""
    if route_.intent != "compare" or route_.target not in ("activities", "gaps") or len(route_.plans) < 2:
        return None
    if len(route_.plans) > 2 and len(route_.administrations) < 2 and BOTH_RE.search(route_.question):
        return None  # "båda förvaltningarna" of more than two: which two is not told
    label = _plan_labels(route_)
    having = [label[d] for d in route_.plans if d in cited]
    lacking = [label[d] for d in route_.plans if d not in cited]
    return presence_line(route_.question, having, lacking, english=True)


def _plan_labels(route_: Route) -> dict[str, str]:
    """Each compared plan's label ("Administration 2025-2027") by doc id."""
    catalog = {str(p.get("doc_id")): p for p in route_.catalog}
    return {d: _label(catalog, d) for d in route_.plans}


def _joined(labels: Sequence[str]) -> str:
    """ "A", "A och B", "A, B och C"."""
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " och " + labels[-1]


def with_presence_first(route_: Route, quoted: dict[str, str], notes: Sequence[str]) -> list[str]:
    """A text comparison's lines (each quoted plan's, by doc id, then `notes` on the others), opened by
    Ja or Nej when the question asks whether both have something: Ja when every compared plan's quote
    names every topic word any of them names, Nej when a plan is quoted on none of them or only named as
    saying nothing clear; no verdict when a plan names only part of the topic."""
    lines = [*quoted.values(), *notes]
    if route_.intent == "compare" and hardest_asked(route_.question) and quoted:
        quiet = [n for n in notes if n.endswith((NO_DIFFICULTY_SV, "Planen säger inget tydligt om detta."))]
        if not quiet:
            return [NO_MEASURE_SV, *lines]
        told = _joined([q.split(":**")[0].strip("*") for q in quoted.values()])
        silent = _joined([n.split(":**")[0].strip("*") for n in quiet])
        return [f"**Bara {told} beskriver tydligt brist eller svårigheter här**, inte {silent}.", *lines]
    if route_.intent != "compare" or len(route_.plans) < 2 or not asks_both(route_.question, route_.english):
        return lines
    if len(route_.plans) > 2 and len(route_.administrations) < 2 and BOTH_RE.search(route_.question):
        return lines  # "båda förvaltningarna" of more than two: which two is not told
    label = _plan_labels(route_)
    names = [str(p.get("administration") or "") for p in route_.catalog]
    terms = question_terms(side_query(route_.question), names, named=route_.administrations)
    named = {d: {t for t in terms if _named(t, set(tokenize(text)))} for d, text in quoted.items()}
    every = set().union(*named.values()) if named else set()
    if not every or any(found and found != every for found in named.values()):
        return lines
    having = [label[d] for d in route_.plans if named.get(d)]
    lacking = [label[d] for d in route_.plans if not named.get(d)]
    verdict = presence_line(route_.question, having, lacking, route_.english)
    return [verdict, *lines] if verdict else lines


NO_DIFFICULTY_SV = "Planen beskriver ingen tydlig brist eller svårighet i detta."
NO_MEASURE_SV = (
    "**Planerna ger inget gemensamt mått att jämföra** (som antal vakanser eller andel svårrekryterade "
    "tjänster); så här beskriver var och en läget:"
)


# Words of staffing: a sentence on difficulty is about getting staff when it names one.
_STAFFING_RE = re.compile(
    r"\b\w*(?:rekryt|bemann|tillsätt|personal|medarbetar|sökande|anställ|befattning|yrke|tjänst)\w*", re.I
)


def on_difficulty(
    route_: Route, passages: list[Passage], notes: list[str]
) -> tuple[list[Passage], list[str]]:
    """For "who has it hardest": each compared plan's sentences that write of shortage or difficulty and
    name the occupation the question names ("brist på socialsekreterare"), or, when it names none
    ("svårast att rekrytera"), of staffing; and a note for a plan that writes none."""
    if route_.intent != "compare" or not hardest_asked(route_.question):
        return passages, notes
    groups = {t for o in occupations_in(route_.question) for t in tokenize(o)}  # "brist på socionomer"

    def tells(p: Passage) -> bool:
        if not DIFFICULTY_RE.search(p.text):
            return False
        words = set(tokenize(p.text))
        return any(term_in(g, words) for g in groups) if groups else bool(_STAFFING_RE.search(p.text))

    kept = [p for p in passages if tells(p)]
    catalog = {str(p.get("doc_id")): p for p in route_.catalog}
    told = {p.chunk.doc_id for p in kept}
    quiet = [
        f"**{plan_label(catalog[d].get('administration'), catalog[d].get('period'))}:** {NO_DIFFICULTY_SV}"
        for d in dict.fromkeys(p.chunk.doc_id for p in passages)
        if d not in told and d in catalog
    ]
    return kept, [*notes, *quiet]


# A side whose figure only its text states: "minskade från 9,2 procent 2023 till 7,6 procent 2024" gives
# the later value; a sentence with one percentage gives that one.
_FROM_TO_RE = re.compile(
    r"\bfrån\s+\d+(?:,\d+)?\s*(?:%|procent).*?\btill\s+(\d+(?:,\d+)?)\s*(?:%|procent)", re.I
)
_PERCENT_RE = re.compile(r"(\d+(?:,\d+)?)\s*(?:%|procent)", re.IGNORECASE)


def stated_percent(text: str) -> float | None:
    """The percentage a sentence states as the figure now: the later of "från X till Y", else its only one."""
    if m := _FROM_TO_RE.search(text):
        return float(m.group(1).replace(",", "."))
    values = set(_PERCENT_RE.findall(text))
    return float(values.pop().replace(",", ".")) if len(values) == 1 else None


def _label(catalog: dict[str, dict[str, Any]], doc_id: str) -> str:
    plan = catalog.get(doc_id, {})
    return plan_label(plan.get("administration"), plan.get("period"))


def with_text_side(route_: Route, text: str, figures: Sequence[KeyFigure], found: Sequence[Passage]) -> str:
    """A yes/no comparison that could not be told from key figures alone, told again when the other side's
    sentence states its percentage (the verdict says the value is read from the text); else the answer
    without that line (the sentence is shown below it)."""
    if not text.startswith(UNDECIDED_SV) or len(found) != 1 or not figures:
        return text
    rest = text.partition("\n\n")[2]
    figure, passage = figures[0], found[0]
    value = stated_percent(passage.text) if figure.unit == "percent" else None
    if value is None:
        return rest
    read = figure.model_copy(
        update={"value": value, "doc_id": passage.chunk.doc_id, "quote": passage.text, "as_of": None}
    )
    catalog = {str(p.get("doc_id")): p for p in route_.catalog}
    key = {
        f.doc_id: administration_key(str(catalog.get(f.doc_id, {}).get("administration") or ""))
        for f in (figure, read)
    }
    order = [administration_key(a) for a in route_.administrations]
    sides = sorted(
        (figure, read), key=lambda f: order.index(key[f.doc_id]) if key[f.doc_id] in order else len(order)
    )
    pairs = [(_label(catalog, f.doc_id), f) for f in sides]
    names = [key[figure.doc_id], key[read.doc_id]]
    verdict = verdict_line(route_.question, figure.metric, pairs, names[0] == names[1], [], route_.english)
    label = next(t for t, f in pairs if f is read)
    return f"{verdict} ({label}: värdet ur planens text.)\n\n{rest}" if verdict else rest
