"""Comparisons answered side by side: every compared plan has its say, also one without the figure.

In: the Route of a comparison, the key figures a records answer shows and the scored passages of each
compared plan (comparison.compare_question, a side search per plan). Out: for each compared plan the
records do not cover, the plan's own sentence on the metric (a figure the extractor did not read as a
key figure), or a note that the plan states none; and which passages of a text comparison are about
the figure asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.figure_groups import asked_groups
from kfp_assistant.ask.passages import plan_label
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Citation, KeyFigure
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.numbers import states_number
from kfp_assistant.sv.words import terms_found, tokenize

_PERCENT = re.compile(r"\d\s*(?:%|procent)", re.IGNORECASE)
# "Könsfördelning" is told by shares or counts of women or men: any of them names it.
_GENDER = frozenset(("women_share", "men_share", "women_count", "men_count"))


def asked_metrics(route: Route) -> set[str]:
    """The metrics a comparison asks about, a gender metric with its companions."""
    metrics = set(route.metrics)
    return metrics | _GENDER if metrics & _GENDER else metrics


def names_metric(passage: Passage, metrics: set[str]) -> bool:
    """Whether a sentence (with its neighbours) names one of the metrics as plans write them."""
    text = f"{passage.before} {passage.text} {passage.follow}"
    return bool(set(metrics_in(passage.text) or metrics_in(text)) & metrics)


def _best_on_metric(
    passages: Sequence[Passage], metrics: set[str], groups: Sequence[str] = ()
) -> Passage | None:
    """The plan's best sentence naming the metric, and the group asked for when one is ("omsättningen
    bland lärarna"), one stating a number first (a percentage, for a metric told in percent:
    "98,4 % har heltid" before "åldersgruppen 65+ har minst heltid")."""
    stems = {s for g in groups for s in tokenize(g)}
    on_metric = [
        p
        for p in passages
        if set(metrics_in(p.text)) & metrics and (not stems or terms_found(stems, p.text) == len(stems))
    ]
    percent = any(METRICS[m]["unit"] == "percent" for m in metrics if m in METRICS)

    def rank(p: Passage) -> tuple[bool, bool, float]:
        return (states_number(p.text), percent and bool(_PERCENT.search(p.text)), p.score)

    ranked = sorted(on_metric, key=rank, reverse=True)
    return ranked[0] if ranked else None


def missing_sides(
    route: Route, figures: Sequence[KeyFigure], passages: Sequence[Passage]
) -> tuple[list[tuple[str, Passage]], list[str]]:
    """For the compared plans no figure is shown for: (plan label, its sentence on the metric) where
    the text has one, and the labels of those that state nothing on it. Empty unless a comparison of
    key figures."""
    metrics = asked_metrics(route)
    if route.intent != "compare" or not metrics:
        return [], []
    by_plan: dict[str, list[Passage]] = {}
    for p in passages:
        by_plan.setdefault(p.chunk.doc_id, []).append(p)
    groups = asked_groups(route)
    best = {doc_id: _best_on_metric(by_plan.get(doc_id, []), metrics, groups) for doc_id in route.plans}
    shown = {f.doc_id for f in figures}
    # A plan shown by other figures adds its sentence only when that states a number, and is not silent.
    quoted = {f.quote for f in figures}  # the sentence a figure shown is quoted from says nothing more
    best = {
        d: p
        for d, p in best.items()
        if d not in shown or (p is not None and states_number(p.text) and p.text not in quoted)
    }
    found, silent = _sides(route, answered(route, figures, bool(groups)), best)
    labels = _labels(route, shown)
    return found, [label for label in silent if label not in labels]


def _labels(route: Route, doc_ids: set[str]) -> set[str]:
    """The answer labels of the compared plans `doc_ids`."""
    return {
        plan_label(p.get("administration"), p.get("period"))
        for p in route.catalog
        if str(p.get("doc_id")) in doc_ids
    }


def answered(route: Route, figures: Sequence[KeyFigure], groups: bool) -> set[str]:
    """The compared plans a figure shown answers for: one of the metric asked, of the whole
    organisation unless a group is asked. A plan shown only by a stand-in (its permanent staff for
    "antal anställda", its count of women for "andel kvinnor") or by its departments' rows still has
    its own sentence on what was asked ("1 284 anställda", "41 % kvinnor") shown beside them."""
    asked = set(route.metrics)
    return {f.doc_id for f in figures if f.metric in asked and (groups or f.scope is None)}


def _sides(
    route: Route, covered: set[str], best: dict[str, Passage | None]
) -> tuple[list[tuple[str, Passage]], list[str]]:
    """(label, best sentence) of each compared plan not covered that has one, and the labels of
    those that have none, in the route's order."""
    catalog = {str(p.get("doc_id")): p for p in route.catalog}
    found: list[tuple[str, Passage]] = []
    silent: list[str] = []
    for doc_id in route.plans:
        if doc_id in covered:
            continue
        plan = catalog.get(doc_id, {})
        label = plan_label(plan.get("administration"), plan.get("period"))
        sentence = best.get(doc_id)
        if sentence is not None:
            found.append((label, sentence))
        else:
            silent.append(label)
    return found, silent


def no_figure_line(route: Route, labels: list[str], figures: Sequence[KeyFigure] = ()) -> str:
    """One line naming the compared plans that state nothing on the metrics asked about (of those the
    other plans' `figures` compare, when given)."""
    shown = {f.metric for f in figures}
    asked = [m for m in route.metrics if m in METRICS and (not shown or m in shown)]
    names = ", ".join(str(METRICS[m]["label_sv"]).lower() for m in asked)
    groups = asked_groups(route)  # "Ingen uppgift om sjukfrånvaro bland chefer i: …"
    names += f" bland {' och '.join(groups)}" if groups else ""
    return f"**Ingen uppgift om {names} i:** {', '.join(labels)}."


def group_sides(
    route: Route, group: Sequence[str], share: bool, covered: set[str], passages: Sequence[Passage]
) -> tuple[list[tuple[str, Passage]], list[str]]:
    """For the compared plans whose tables do not state a group's figure: (plan label, its best sentence
    naming the group with a number, a percentage if a share is asked), and the labels of those whose
    text states none either."""

    def stating(doc_id: str) -> Passage | None:
        named = [
            p
            for p in passages
            if p.chunk.doc_id == doc_id
            and terms_found(set(group), p.text)
            and (_PERCENT.search(p.text) if share else states_number(p.text))
        ]
        return max(named, key=lambda p: p.score, default=None)

    return _sides(
        route, covered, {doc_id: stating(doc_id) for doc_id in route.plans if doc_id not in covered}
    )


def unlisted_line(route: Route, citations: Sequence[Citation], text: str) -> str | None:
    """For a comparison answered from activity or need lists: one line naming the compared
    administrations (the versions, when one administration's are compared) none of whose items
    answer, so that every named side has its say; None when each has."""
    if route.intent != "compare" or route.target not in ("activities", "gaps") or not citations:
        return None
    plans = [p for p in route.catalog if p.get("doc_id") in set(route.plans)]
    by_version = len({administration_key(str(p.get("administration") or "")) for p in plans}) == 1
    cited = {c.doc_id if by_version else administration_key(c.administration or "") for c in citations}
    labels: list[str] = []
    for plan in plans:
        key = plan.get("doc_id") if by_version else administration_key(str(plan.get("administration") or ""))
        label = plan_label(plan.get("administration"), plan.get("period") if by_version else None)
        if key not in cited and label not in labels and label not in text:
            labels.append(label)
    what = "aktiviteter" if route.target == "activities" else "kompetensbehov"
    return f"**Inga {what} om detta i:** {', '.join(labels)}." if labels else None


def stating_numbers(
    passages: Sequence[Passage], states: Callable[[str], bool] = states_number
) -> list[Passage]:
    """A figure compared from the text: each plan's sentences naming it that state a number (or, with
    `states`, a share), where the plan has such ("fyller 94 medarbetare 65 år" before "planera för
    pensionsavgångar"; "var åttonde är 60 år eller äldre" before "tabellen visar hur stor andel …")."""
    numbered = {p.chunk.doc_id for p in passages if states(p.text)}
    return [p for p in passages if p.chunk.doc_id not in numbered or states(p.text)]


def unindexed_line(route: Route) -> str | None:
    """A comparison naming an administration no indexed plan is of ("Har Skarpnäck eller Farsta högre
    sjukfrånvaro?" with no plan of Farsta): one line saying so, so that the side is declined, not left
    out unmentioned. None when every side has a plan, or none has (the whole question is declined)."""
    unknown = [u for u in route.unknown_administrations if u not in route.units]
    if route.intent != "compare" or not route.administrations or not unknown:
        return None
    return f"**Ingen plan i indexet för:** {', '.join(unknown)}."
