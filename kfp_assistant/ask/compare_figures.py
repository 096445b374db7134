"""One key figure compared across plans: each compared plan's own value of the same metric, side by
side, and which is highest or lowest when the question asks ("Vem har högst personalomsättning, A
eller B?", "rekryteringar senaste året: A vs B?", "hur många anställda har förvaltningarna?").

In: the Route of a comparison naming a metric, and the compared plans' records. Out: a RecordAnswer
with one section per compared plan that states the metric, its headline figure cited, and a line
saying which plan is highest (or lowest) when asked; None when no compared plan states the metric
(the text answers). A plan without the figure is left to compare_sides (its sentence, or a line that
it states none).

Which of a plan's figures is its headline: a group the question names ("bland socialsekreterarna")
when the plan has it; else the whole administration's figure or the permanent staff's (a plan may
count only its permanent staff), never another group's (temporary staff, one occupation, one
department). Administrations are compared for the latest year all of them report, else each at its
latest; versions of one plan each at its own latest (the change is the point). A plan that states no
total number of employees is compared by its permanent staff, labelled so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kfp_assistant.ask.cells import answer_from_cells
from kfp_assistant.ask.compare_cells import answer_group_comparison
from kfp_assistant.ask.compare_row import answer_row_comparison
from kfp_assistant.ask.compare_tables import with_table_sides
from kfp_assistant.ask.compare_verdict import BASIS_SV, verdict_line, with_derived_shares, yes_no_direction
from kfp_assistant.ask.figure_groups import asked_groups, wholeness, without_admin_names
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record, format_value
from kfp_assistant.ask.records_cap import Showing, also_line, capped_sides, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import now_sides, version_key
from kfp_assistant.schema import Citation, KeyFigure, PlanRecords
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.metrics import METRICS, higher_is_better, metrics_in
from kfp_assistant.sv.periods import period_bounds
from kfp_assistant.sv.superlatives import judged, lowest_first
from kfp_assistant.sv.words import general_stems, question_stems, terms_found, tokenize

# Gender is told by several figures together (shares and counts): records_answer shows them all.
_GENDER = frozenset(("women_share", "men_share", "women_count", "men_count"))
# A plan that does not state the asked total may state the nearest variant of it.
_STAND_INS = {"employees_total": ("employees_permanent",)}
# Shares of women or men rank when the question asks which is higher ("fler kvinnor", "högre andel män").
_SHARES = frozenset(("women_share", "men_share"))
# Asked by group ("vilka yrken ligger högst?", "per avdelning"): records_answer lists the groups.
_BY_GROUP = re.compile(
    r"\b(?:vilk\w*|per|bland)\s+(?:\w+\s+)?(?:yrke\w*|befattning\w*|avdelning\w*|grupp\w*|enhet\w*)",
    re.IGNORECASE,
)
DIFFERENT_BASIS_SV = BASIS_SV


def _permanent(scope: str) -> bool:
    """Whether a figure's group is the permanent staff (a plan may state its figures only for them)."""
    return "employees_permanent" in metrics_in(scope, question=True)


def _group_words(route: Route) -> set[str]:
    """The question's stems that may name a group of staff (not how it asks, not staff in general, not
    the compared administrations, also by a part of their names: "social" of "Socialförvaltningen")."""
    words = set(tokenize(route.question)) - question_stems() - general_stems() - _metric_stems(route)
    return without_admin_names(words, route.administrations)


_SEXES = frozenset(("women_share", "men_share", "women_count", "men_count"))


def _metric_stems(route: Route) -> set[str]:
    """The stems of the question's words naming the metric compared ("personalomsättningen"): no group,
    though a group's word may begin them ("personer" of "personalomsättning"). Women or men stay groups."""
    asked = set(route.metrics) - _SEXES
    return {
        s
        for word in re.findall(r"[\w-]+", route.question)
        if set(metrics_in(word, question=True)) & asked
        for s in tokenize(word)
    }


def _groups_asked(route: Route) -> list[str]:
    """The groups the question asks its figure for; of a follow-up naming none ("har den ökat sedan förra
    planen?"), those of the question it follows."""
    groups = asked_groups(route)
    if groups or not (route.followup and route.asked_before):
        return groups
    return asked_groups(route.model_copy(update={"question": route.asked_before}))


def _candidates(plan: PlanRecords, metric: str, words: set[str], strict: bool = False) -> list[KeyFigure]:
    """The plan's figures of the metric that may be its headline: the group the question names when the
    plan has it, else (unless `strict`: another plan states the group's own) the whole administration's
    and the permanent staff's."""
    figures = [f for f in plan.figures if f.metric == metric]
    named = [f for f in figures if f.scope and terms_found(words, f.scope)]
    if named or strict:
        return named
    return [f for f in figures if f.scope is None or _permanent(f.scope)]


def _of_group(plans: list[PlanRecords], metric: str, groups: list[str]) -> bool:
    """Whether a compared plan states the metric for the group the question asks it of (an occupation, a
    unit, managers): then a plan without it shows its text on the group, not its whole staff's figure."""
    stems = {s for g in groups for s in tokenize(g)}
    return bool(stems) and any(
        f.metric == metric and f.scope and terms_found(stems, f.scope) == len(stems)
        for p in plans
        for f in p.figures
    )


def _when(figure: KeyFigure) -> tuple[int, int]:
    """Sort key of a figure's date: the later first; of one end year, the longer span (a total)."""
    bounds = period_bounds(figure.as_of)
    return (bounds[1], -bounds[0]) if bounds else (0, 0)


def _headline(figures: list[KeyFigure], year: tuple[int, int] | None) -> KeyFigure | None:
    """The latest figure (of `year` when given), the whole administration's before a group's."""
    if year is not None:
        figures = [f for f in figures if _when(f) == year]
    ranked = sorted(figures, key=lambda f: (_when(f), f.scope is None, wholeness(f)), reverse=True)
    return ranked[0] if ranked else None


def _years_asked(route: Route) -> list[str]:
    return route.figure_years


def _sides(route: Route, plans: list[PlanRecords]) -> list[PlanRecords]:
    """The compared plans, in the order the question names their administrations."""
    chosen = [p for p in plans if p.doc_id in set(route.plans)]  # scope.py chose the plans compared
    order = {administration_key(a): i for i, a in enumerate(route.administrations)}
    return sorted(
        chosen,
        key=lambda p: (order.get(administration_key(p.administration or ""), len(order)), p.period or ""),
    )


def _employment_form(scope: str | None) -> bool:
    """Whether a figure's group is a form of employment (permanent, fixed-term)."""
    forms = {"employees_permanent", "employees_temporary"}
    return bool(scope) and bool(forms & set(metrics_in(scope or "", question=True)))


def _with_parts(headline: KeyFigure, figures: list[KeyFigure]) -> list[KeyFigure]:
    """A figure of the permanent staff with the same figure of the other forms of employment, of the same
    date: a plan that splits its count by form of employment tells the whole in its parts."""
    forms = ("employees_permanent", "employees_temporary")
    if not _employment_form(headline.scope) and headline.metric not in forms:
        return [headline]
    # The other forms as groups of the same metric, or (a headcount by the permanent staff's metric
    # standing in) as the fixed-term staff's own metric.
    parts = [
        f
        for f in figures
        if f is not headline
        and f.as_of == headline.as_of
        and (_employment_form(f.scope) if f.metric == headline.metric else f.metric in forms and not f.scope)
    ]
    return [headline, *parts]


def _choose(
    route: Route, sides: list[PlanRecords], metric: str, words: set[str], groups: list[str]
) -> dict[str, list[KeyFigure]]:
    """Each side's headline figure of the metric (or its stand-in) and its parts, by doc_id; of the
    `groups` asked for, when a side states the metric for them."""
    years = _years_asked(route)
    now = now_sides(route, sides)  # "2021 jämfört med nu": the latest version answers for now
    pools: dict[str, list[KeyFigure]] = {}
    everything: dict[str, list[KeyFigure]] = {}
    strict = _of_group(sides, metric, groups)  # "omsättningen bland lärarna"
    for plan in sides:
        for m in (metric, *_STAND_INS.get(metric, ())):
            pool = _candidates(plan, m, words, strict)
            if years and plan.doc_id not in now:
                pool = [f for f in pool if any(y in (f.as_of or "") for y in years)]
            if pool:
                pools[plan.doc_id] = pool
                kinds = {m, "employees_temporary"} if m == "employees_permanent" else {m}
                everything[plan.doc_id] = [f for f in plan.figures if f.metric in kinds]
                break
    common: tuple[int, int] | None = None
    administrations = {administration_key(p.administration or p.file) for p in sides}
    if len(pools) >= 2 and len(administrations) == len(sides):
        # Administrations compared for one year when all report it: the latest they share.
        shared = set.intersection(*({_when(f) for f in pool} for pool in pools.values()))
        common = max(shared) if shared and max(shared) != (0, 0) else None
    chosen: dict[str, list[KeyFigure]] = {}
    for doc_id, pool in pools.items():
        headline = _headline(pool, common)
        if headline is not None:
            chosen[doc_id] = _with_parts(headline, everything[doc_id])
            # Compared for the year all report, a side's later figure is shown after it: it is the latest.
            latest = _headline(pool, None)
            if latest is not None and common is not None and _when(latest) > common:
                chosen[doc_id].append(latest)
    return chosen


def _line(plan: PlanRecords, figure: KeyFigure, citations: list[Citation], note: str | None = None) -> str:
    n = cite_record(citations, plan, figure.page, figure.quote)
    details = ", ".join(x for x in (figure.as_of, figure.scope, note) if x)
    label = METRICS[figure.metric]["label_sv"]
    return f"- {label}: {format_value(figure)}{f' ({details})' if details else ''} [{n}] – »{figure.quote}«"


def ranking_line(metric: str, shown: Sequence[tuple[str, KeyFigure]], question: str) -> str | None:
    """Which compared plan has the highest (or lowest) value, the others after it; None unless the
    question asks which ranks first and two or more plans state the figure in one unit."""
    low = lowest_first(question, metric)
    if low is None or len(shown) < 2 or len({f.unit for _, f in shown}) > 1:
        return None
    ranked = sorted(shown, key=lambda pair: pair[1].value, reverse=not low)
    word = "Lägst" if low else "Högst"
    label = str(METRICS[metric]["label_sv"]).lower()
    values = [f"{name} ({format_value(f)})" for name, f in ranked]
    if ranked[0][1].value == ranked[1][1].value:
        return f"**{label.capitalize()}:** lika i " + " och ".join(values) + "."
    if (judging := judged(question)) and higher_is_better(metric) is not None:  # "var är det värst?"
        word = f"{'Bäst' if judging == 'better' else 'Sämst'}, {word.lower()}"
    line = f"**{word} {label}:** {values[0]}, före " + ", ".join(values[1:]) + "."
    same_basis = len({(f.as_of, f.scope, f.metric) for _, f in ranked}) == 1
    return line if same_basis else f"{line} {DIFFERENT_BASIS_SV}"


# "Hur många fler …", "hur mycket högre …", "skillnaden", "how many more": the difference is asked.
_DIFFERENCE_RE = re.compile(
    r"\bhur\s+(?:många|mycket)\s+(?:fler|färre|mer|mindre|högre|lägre|större)\b|\bskillnad\w*"
    r"|\bhow\s+(?:many|much)\s+(?:more|fewer|less|higher|lower|bigger|larger)\b",
    re.IGNORECASE,
)
# A change between versions: "har den ökat?", "bättre eller sämre?", "hur har den utvecklats?".
_CHANGE_RE = re.compile(
    r"\b(?:ökat|minskat|ändrats|förändrats|utvecklats|stigit|sjunkit|gått\s+(?:upp|ner|ned)|bättre|sämre"
    r"|förbättrats|försämrats|förändring\w*|utveckling\w*|increased|decreased|changed"
    r"|(?:blivit|fått)\s+(?:fler|färre|större|mindre|högre|lägre)"  # "har de blivit fler eller färre?"
    r"|(?:fler|färre)\s+eller\s+(?:fler|färre))\b",  # "rekryterade de fler eller färre än året innan?"
    re.IGNORECASE,
)


def _amount(figure: KeyFigure, difference: float) -> str:
    """A difference in the figure's unit, a difference of percentages in percentage points."""
    shown = format_value(figure.model_copy(update={"value": round(abs(difference), 2), "quote": ""}))
    return shown.replace(" %", " procentenheter") if figure.unit == "percent" else shown


def change_line(pairs: Sequence[tuple[str, KeyFigure]], question: str, versions: bool) -> str | None:
    """Between two versions of a plan asked how a figure changed, the change from the older figure to the
    newer; between two administrations asked how many more, the difference; None otherwise (or when the
    two figures are in different units)."""
    if len(pairs) != 2 or pairs[0][1].unit != pairs[1][1].unit:
        return None
    if versions and (_CHANGE_RE.search(question) or _DIFFERENCE_RE.search(question)):
        (_, old), (_, new) = sorted(pairs, key=lambda pair: _when(pair[1]))
        change = new.value - old.value
        word = "en ökning med " if change > 0 else "en minskning med " if change < 0 else "oförändrat"
        amount = _amount(new, change) if change else ""
        dated = [f"{format_value(f)}{f' ({f.as_of})' if f.as_of else ''}" for f in (old, new)]
        better = higher_is_better(new.metric)
        if change and better is not None and judged(question):  # "har den blivit bättre eller sämre?"
            amount += ", en förbättring" if (change > 0) == better else ", en försämring"
        return f"**Förändring:** från {dated[0]} till {dated[1]}: {word}{amount}."
    if not versions and _DIFFERENCE_RE.search(question):
        (high_title, high), (low_title, low) = sorted(pairs, key=lambda pair: pair[1].value, reverse=True)
        amount = _amount(high, high.value - low.value)
        sides = f"{high_title} ({format_value(high)}) mot {low_title} ({format_value(low)})"
        return f"**Skillnad:** {amount} – {sides}."
    return None


def answer_figure_comparison(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    """Each compared plan's headline figure of the asked metrics, side by side, and which ranks first
    when asked; None unless a comparison of two or more plans on non-gender key figures. With `showing`
    (many administrations), the best are shown and the others named (records_cap)."""
    metrics = [m for m in route.metrics if m in METRICS]
    if route.intent != "compare" or not metrics:
        return None
    # Shares of women or men are compared when asked which is higher or whether one is (else the gender
    # figures are listed together by records_answer).
    ranked = lowest_first(route.question) is not None
    ranked = ranked or yes_no_direction(route.question, True, route.english) is not None
    if set(metrics) & _GENDER and not (set(metrics) <= _SHARES and ranked):
        return None
    if _BY_GROUP.search(route.question):
        return None
    notes: dict[int, str] = {}
    if set(metrics) & _SHARES:  # a share the plan tells by the other share or by counts, derived
        derived = [with_derived_shares(p, set(metrics)) for p in plans]
        plans = [p for p, _ in derived]
        notes = {k: v for _, n in derived for k, v in n.items()}
    sides = _sides(route, plans)
    if len(sides) == 1 and len(metrics) == 1:  # "har den ökat jämfört med året innan?": the plan's two years
        return _year_change(route, sides[0], metrics[0])
    if len(sides) < 2:
        return None
    words, groups = _group_words(route), _groups_asked(route)
    words |= {s for g in groups for s in tokenize(g)}
    # "Var slutar flest lärare?" compares the figures stated for them (their turnover), not
    # the whole staff's departures.
    metrics = [m for m in metrics if _of_group(sides, m, groups)] or metrics
    chosen = {metric: _choose(route, sides, metric, words, groups) for metric in metrics}
    if not groups:  # a side whose table states the figure of each year ("2024 | 11,4 %")
        chosen = {m: with_table_sides(sides, c, m, _years_asked(route)) for m, c in chosen.items()}
    if not any(chosen.values()):
        return None
    sides, also = capped_sides(lowest_first(route.question, metrics[0]), sides, chosen, showing)
    citations: list[Citation] = []
    sections: list[str] = []
    shown: list[KeyFigure] = []
    for plan in sides:
        figures = [f for m in metrics for f in chosen[m].get(plan.doc_id, [])]
        if figures:
            lines = [_line(plan, f, citations, notes.get(id(f))) for f in figures]
            sections.append(f"**{plan_title(plan)}:**\n" + "\n".join(lines))
            shown += figures
    titles = {p.doc_id: plan_title(p) for p in sides}
    versions = len({administration_key(p.administration or p.file) for p in sides}) == 1
    for metric in metrics:
        pairs = [(titles[d], figures[0]) for d, figures in chosen[metric].items() if d in titles]
        silent = [titles[p.doc_id] for p in sides if p.doc_id not in chosen[metric]]
        one = len(metrics) == 1 or (set(metrics) <= _SHARES and metric == metrics[0])
        if one and (yes_no := verdict_line(route.question, metric, pairs, versions, silent, route.english)):
            sections.insert(0, yes_no)  # Ja or Nej first, the figures after (and a version's change)
            sections += [
                line for line in (change_line(pairs, route.question, versions),) if line and versions
            ]
            continue
        change = change_line(pairs, route.question, versions)
        # of two versions, the change says which way it went ("bättre eller sämre?"); no ranking beside it
        verdict = None if versions and change else ranking_line(metric, pairs, route.question)
        sections += [line for line in (verdict, change) if line]
    sections += [also_line(also)] if also else []
    return RecordAnswer("\n\n".join(sections), citations, figures=shown)


def _year_change(route: Route, plan: PlanRecords, metric: str) -> RecordAnswer | None:
    """One plan asked whether a figure rose or fell, or how two years it names compare ("fler eller färre
    2025 än 2023?"): its whole-administration figure of the later year against the earlier (of its
    latest two unless two are named), Ja or Nej first when asked, with the change; None unless the plan
    states the figure for both years."""
    dated = {_when(f): f for f in sorted(_candidates(plan, metric, set()), key=lambda f: f.scope is not None)}
    named = [(int(y), -int(y)) for y in route.figure_years]  # as _when dates a figure of one year
    years = sorted((y for y in dated if y != (0, 0) and (len(named) < 2 or y in named)), reverse=True)[:2]
    asked = yes_no_direction(route.question, True, route.english) is not None
    if len(years) < 2 or not (asked or len(named) >= 2):
        return None
    title = plan_title(plan)
    pairs = [(f"{dated[y].as_of}", dated[y]) for y in years]  # "2024 12,4 % mot 2023 13,1 %"
    verdict = verdict_line(route.question, metric, pairs, True, [], route.english) if asked else None
    if asked and verdict is None:
        return None
    citations: list[Citation] = []
    lines = [_line(plan, dated[y], citations) for y in reversed(years)]
    change = change_line(pairs, "förändrats", True)
    parts = [
        *([verdict] if verdict else []),
        f"**{title}:**\n" + "\n".join(lines),
        *([change] if change else []),
    ]
    return RecordAnswer("\n\n".join(parts), citations, figures=[dated[y] for y in years])


def answer_comparison_records(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    """A comparison answered from records plan by plan: the key figures asked, else a group's table
    rows (compare_cells); of one plan, its table row with the column compared (cells), else the row its
    key figure was read from (compare_row); None when none answers (the records' lists and the text do)."""
    metric = route.metrics[0] if len(route.metrics) == 1 and route.metrics[0] in METRICS else None
    # of one administration (one plan or its versions), the latest version stating both years named
    one = len({administration_key(p.administration or p.file) for p in plans}) == 1
    latest = max(plans, key=version_key) if plans and one else None
    two_years = latest is not None and len(route.figure_years) >= 2 and metric is not None
    if two_years and latest and metric and (years := _year_change(route, latest, metric)) is not None:
        return years  # "fler eller färre 2025 än 2023?": the plan's figure of each year named
    if len(plans) == 1 and (row := answer_from_cells(route, plans, showing)) is not None:
        return row  # compared with what only the plan's own table states ("jämfört med riket"): its row
    figures = answer_figure_comparison(route, plans, showing)
    if figures is None:
        figures = answer_group_comparison(route, plans, showing)
    return figures if figures is not None else answer_row_comparison(route, plans)
