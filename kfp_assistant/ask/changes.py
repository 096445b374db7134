"""What changed between two versions of one administration's plan, asked in a chat ("Vad är nytt i
Socialnämndens plan jämfört med förra?", "Vad har förändrats sedan förra planen?").

In: the Route of a comparison of one administration's versions and their records. Out: a RecordAnswer
listing the newer plan's activities and competence needs the older one does not hold (matched by
wording, so a reworded activity counts as new), what was dropped when the question asks, and the key
figures both versions state, each cited; None when the question is about a topic of its own (then the
two versions' text on it answers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rapidfuzz import fuzz

from kfp_assistant.ask.records_answer import RecordAnswer, cite_record, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import version_key
from kfp_assistant.schema import Citation, PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.words import general_stems, question_stems, terms_found, tokenize

# What is new or gone, and what changed in general (no topic named besides the plan).
_NEW = re.compile(r"\b(?:nytt|nya|nyheter\w*|tillkommit|tillkommer|lagts\s+till|tillagt\w*)\b", re.I)
_GONE = re.compile(r"\b(?:försvunnit|tagits\s+bort|strukits|borttag\w*|slopats|inte\s+längre)\b", re.I)
_CHANGED = re.compile(
    r"\b(?:skillnad\w*|skiljer|ändrats|förändrats|förändring\w*|ändring\w*|skillnaden)\b", re.I
)
# Words such a question may hold besides the plan, the versions and the change: nothing asked about.
_FRAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        "vad vilka vilken är har finns det i jämfört med mot sedan sen förra föregående tidigare senaste nya"
        " nytt gamla planen plan planerna versionen version mellan den de två och förändrats ändrats"
        " skillnad skillnaden skillnader skiljer sig förändring förändringar ändringar tillkommit tagits bort"
        " försvunnit strukits lagts till kompetensförsörjningsplanen kompetensförsörjningsplan nyheter"
        " aktiviteter aktiviteterna insatser åtgärder kompetensbehov behov",
    )
)
# Whether one item was there before: "Fanns X med redan i förra planen eller är det nytt?"
_ALREADY = re.compile(r"\b(?:redan|nytt|ny|tillkommit|nyhet\w*)\b", re.I)
_ITEM_FRAME = frozenset(tokenize(" ".join(_FRAME_WORDS) + " redan fanns med ny gången gång eller helt"))
# A reworded activity is not new: the share of words two texts must share to be the same item.
SAME_ITEM = 85
_SHOWN = 25  # items per list at most
_FIGURES = 8  # key figures compared at most


def asks_for_changes(route: Route) -> bool:
    """Whether a comparison of one administration's versions asks what changed in general."""
    if route.intent != "compare" or len(route.plans) < 2 or route.metrics or route.areas:
        return False
    q = route.question
    if not (_NEW.search(q) or _GONE.search(q) or _CHANGED.search(q)):
        return False
    words = re.findall(r"[\wåäöÅÄÖ-]+", q.casefold())
    names = {w for a in route.administrations for w in re.findall(r"[\wåäö-]+", a.casefold())}
    return all(w in _FRAME_WORDS or w in names or w.rstrip("s") in names or w.isdigit() for w in words)


def _unmatched(items: Sequence[Any], others: Sequence[Any], text: Callable[[Any], str]) -> list[Any]:
    """Items with no item of the other list worded alike."""
    return [
        item
        for item in items
        if not any(fuzz.token_set_ratio(text(item), text(o)) >= SAME_ITEM for o in others)
    ]


def _item_lines(plan: PlanRecords, items: list[Any], kind: str, citations: list[Citation]) -> list[str]:
    lines = []
    for item in items[:_SHOWN]:
        if kind == "activity":
            n = cite_record(citations, plan, item.page, item.quote, item.area or "")
            lines.append(f"- {item.activity} ({item.area or 'inget område'}) [{n}]")
        else:
            n = cite_record(citations, plan, item.page, item.quote, item.theme or "")
            lines.append(f"- {item.text} [{n}]")
    return lines + ([f"- … och {len(items) - _SHOWN} till"] if len(items) > _SHOWN else [])


def _figure_lines(old: PlanRecords, new: PlanRecords, citations: list[Citation]) -> list[str]:
    """Whole-administration key figures both versions state, the latest value of each."""

    def latest(plan: PlanRecords) -> dict[str, Any]:
        best: dict[str, Any] = {}
        for f in plan.figures:
            if f.scope is None and (f.metric not in best or (f.as_of or "") > (best[f.metric].as_of or "")):
                best[f.metric] = f
        return best

    before, after = latest(old), latest(new)
    lines = []
    for metric in [m for m in METRICS if m in before and m in after][:_FIGURES]:
        a, b = before[metric], after[metric]
        na = cite_record(citations, old, a.page, a.quote)
        nb = cite_record(citations, new, b.page, b.quote)
        label = METRICS[metric]["label_sv"]
        lines.append(f"- {label}: {a.quote} [{na}] → {b.quote} [{nb}]")
    return lines


def answer_changes(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """The changes between the two latest compared versions of one administration; for a question
    whether one item is new, that item in both versions (answer_item_history); else None."""
    if not asks_for_changes(route):
        return answer_item_history(route, plans)
    chosen = sorted((p for p in plans if p.doc_id in set(route.plans)), key=version_key)
    if len({administration_key(p.administration or p.file) for p in chosen}) != 1 or len(chosen) < 2:
        return None
    old, new = chosen[-2], chosen[-1]
    citations: list[Citation] = []
    own = [a for a in new.activities if a.table == "plan"]
    before = [a for a in old.activities if a.table == "plan"]
    sections = [f"**{plan_title(new)} jämfört med {plan_title(old)}** (jämfört ord för ord):"]
    if not (own and before):
        # A version without an activity table (a prose plan) has nothing to match activities against.
        missing = plan_title(old) if not before else plan_title(new)
        sections.append(f"Aktiviteterna kan inte jämföras: {missing} har ingen aktivitetstabell.")
    added = _unmatched(own, before, lambda a: a.activity) if before else []
    if added:
        sections.append(f"Aktiviteter som inte fanns i förra planen ({len(added)}):\n"
                        + "\n".join(_item_lines(new, added, "activity", citations)))  # fmt: skip
    gaps = _unmatched(new.gaps, old.gaps, lambda g: g.text) if old.gaps else []
    if gaps:
        sections.append("Kompetensbehov som inte fanns i förra planen:\n"
                        + "\n".join(_item_lines(new, gaps, "gap", citations)))  # fmt: skip
    dropped = _unmatched(before, own, lambda a: a.activity) if own else []
    if dropped and (_GONE.search(route.question) or _CHANGED.search(route.question)):
        sections.append(f"Aktiviteter i förra planen som inte finns i den nya ({len(dropped)}):\n"
                        + "\n".join(_item_lines(old, dropped, "activity", citations)))  # fmt: skip
    figures = _figure_lines(old, new, citations)
    if figures:
        sections.append("Nyckeltal i båda planerna (förra → nya):\n" + "\n".join(figures))
    return RecordAnswer("\n\n".join(sections), citations) if len(sections) > 1 else None


def _topic(route: Route) -> set[str]:
    """The stems of the item asked about: not the frame, the versions, the plan's name or staff in general."""
    names = {w for a in route.administrations for w in tokenize(a.replace("-", " "))}
    skip = _ITEM_FRAME | question_stems() | general_stems() | names
    return {t for t in tokenize(route.question) if t not in skip and not t.isdigit()}


def _items_on(plan: PlanRecords, topic: set[str], target: str | None) -> list[tuple[str, int, str]]:
    """(text, page, quote) of the plan's needs and own activities that name the topic."""
    gaps = [(g.text, g.page, g.quote) for g in plan.gaps if terms_found(topic, f"{g.theme or ''} {g.text}")]
    own = [a for a in plan.activities if a.table == "plan"]
    acts = [(a.activity, a.page, a.quote) for a in own if terms_found(topic, f"{a.goal or ''} {a.activity}")]
    return gaps if target == "gaps" else acts if target == "activities" else gaps + acts


def answer_item_history(route: Route, plans: list[PlanRecords]) -> RecordAnswer | None:
    """Whether what the question names is among the needs or activities of the previous version and of
    the latest, both versions' items quoted; None unless such a question about one administration's
    versions whose lists name it."""
    chosen = sorted((p for p in plans if p.doc_id in set(route.plans)), key=version_key)
    if route.intent != "compare" or len(chosen) < 2 or not _ALREADY.search(route.question):
        return None
    if len({administration_key(p.administration or p.file) for p in chosen}) != 1:
        return None
    topic = _topic(route)
    old, new = chosen[-2], chosen[-1]
    found = [(plan, _items_on(plan, topic, route.target)) for plan in (old, new)] if topic else []
    if not any(items for _, items in found):
        return None
    citations: list[Citation] = []
    sections = []
    for plan, items in found:
        lines = [f"- {text} [{cite_record(citations, plan, page, quote)}]" for text, page, quote in items]
        sections.append(f"**{plan_title(plan)}:**\n" + ("\n".join(lines[:_SHOWN]) or "- Nämns inte."))
    what = "kompetensbehoven" if route.target == "gaps" else "kompetensbehoven eller aktiviteterna"
    if found[0][1] and found[1][1]:
        verdict = f"Det fanns med redan i {plan_title(old)} och finns kvar i {plan_title(new)}."
    elif found[1][1]:
        verdict = f"Nytt i {plan_title(new)}: det nämns inte bland {what} i {plan_title(old)}."
    else:
        verdict = f"Det fanns i {plan_title(old)} men nämns inte bland {what} i {plan_title(new)}."
    return RecordAnswer("\n\n".join([verdict, *sections]), citations)
