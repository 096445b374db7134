"""Answers from extracted records: list and figure questions, complete and exact, every row cited.
None when no record matches: the caller falls back to retrieval rather than call the plans silent."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kfp_assistant.ask.due_rows import due_rows, due_years, is_due
from kfp_assistant.ask.figure_groups import group_hits, without_admin_names
from kfp_assistant.ask.figure_plans import latest_giving_group, stand_ins
from kfp_assistant.ask.figure_rank import figure_rank, ranked
from kfp_assistant.ask.gap_rows import need_row, plans_for_needs, shown_needs, themes_named, unlisted_needs
from kfp_assistant.ask.list_topic import (
    FOLLOWUP_WORDS,
    HOW_FOLLOWED,
    WHO_RESPONSIBLE,
    area_compound_topic,
    topic_stems,
)
from kfp_assistant.ask.named_roles import asks_occupations
from kfp_assistant.ask.records_cap import Showing, plan_sections, plan_title
from kfp_assistant.ask.records_text import NUMBER, counts_other_than_records, number_value
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import latest_per_administration, now_sides, version_key, versions_of
from kfp_assistant.ask.status_rows import COUNT_ASKED, followed_up, latest_by_administration, of_status
from kfp_assistant.ask.topic_rows import rank_rows, rank_rows_for_all
from kfp_assistant.schema import Activity, Citation, Gap, KeyFigure, PlanRecords
from kfp_assistant.sv.areas import area_phrases
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.periods import horizon_years, period_bounds, says_last_year, year_before_plan
from kfp_assistant.sv.presence import asks_both
from kfp_assistant.sv.responsible import party_stems, split_responsible
from kfp_assistant.sv.status import asks_outcome, statuses_asked
from kfp_assistant.sv.superlatives import superlative_of
from kfp_assistant.sv.table_terms import measure_asked
from kfp_assistant.sv.words import question_stems, tokenize
from kfp_assistant.sv.year_parts import asked_months

_MAX_ROWS = 60


@dataclass
class RecordAnswer:
    text: str
    citations: list[Citation] = field(default_factory=list)
    not_found: bool = False
    figures: list[KeyFigure] = field(default_factory=list)  # the key figures shown, if any
    # A comparison of one group's table rows (compare_cells): the stems naming the group, and whether a
    # share is asked; the compared plans without a row are answered from their text.
    group: list[str] = field(default_factory=list)
    share: bool = False


def _latest_per_administration(plans: list[PlanRecords], route: Route) -> list[PlanRecords]:
    """Unless the question picked plan versions, a list is about each administration's latest plan."""
    if route.versions_named:
        return plans
    return sorted(latest_per_administration(plans), key=lambda p: (p.administration or "", p.period or ""))


def cite_record(
    citations: list[Citation], plan: PlanRecords, page: int, quote: str, section: str = ""
) -> int:
    """Append a citation of a record's quote on its page of the plan; return its number."""
    citations.append(
        Citation(
            n=len(citations) + 1,
            file=plan.file,
            doc_id=plan.doc_id,
            administration=plan.administration,
            period=plan.period,
            page=page,
            section=section,
            quote=quote,
        )
    )
    return len(citations)


def _matches_responsible(activity: Activity, responsible: str | None) -> bool:
    if not responsible:
        return True
    # "områdescheferna" is a form of "Områdeschefer"; "EC" and "Enhetschefer" are one party
    wanted = party_stems(responsible)
    parties = activity.responsible_list or split_responsible(activity.responsible or "")
    return any(wanted <= party_stems(p) for p in parties)


def _activity_rows(route: Route, plan: PlanRecords, table: str, topic: set[str]) -> list[Activity]:
    """The plan's activities a list question asks for, most specific first: rows on its topic within its
    area(s); rows on its topic anywhere (an area read from a word such as "ledarutveckling" is weaker
    than the topic); the area's rows; if the plan files none under the area (introduction needs under
    Behålla), rows holding the area's words. Filed there under other parties than the one asked: none."""
    filed = [a for a in plan.activities if a.table == table and set(a.areas) & set(route.areas)]
    rows = [a for a in plan.activities if a.table == table and _matches_responsible(a, route.responsible)]
    rows = of_status(rows, statuses_asked(route.question)) if table == "followup" else rows
    due, months = due_years(route, plan.period), asked_months(route.question)  # "under tredje kvartalet"
    rows = due_rows(rows, due, months)
    q = route.question
    in_area = [a for a in rows if set(a.areas) & set(route.areas)]
    if in_area:
        if topic and topic <= area_compound_topic(route):  # "avslutningssamtal": within Avsluta only
            return rank_rows(topic, q, in_area) or in_area
        return rank_rows_for_all(topic, q, in_area) or rank_rows(topic, q, rows) or in_area
    if route.areas:
        if filed and route.responsible:
            return []
        topic = topic | set(tokenize(" ".join(area_phrases(f"{route.topic} {route.question}"))))
    if not topic and (months or due or route.responsible or table == "followup"):
        return rows  # "vad ska HR göra?", "… under tredje kvartalet?", "hur gick det?": the filter says which
    found = rank_rows(topic, q, rows)  # by meaning: word families, rings, compounds
    having = route.intent == "compare" and asks_both(route.question, english=True)
    if found or route.areas or route.open_question or having:
        return found  # "what do they do about X?", "have both X?", nothing on X: the text answers
    return rows


def _activity_answer(
    route: Route, plans: list[PlanRecords], topic: set[str], showing: Showing | None = None
) -> RecordAnswer | None:
    status = asks_outcome(route.question)  # "vilka pågår?", "hur gick det med aktiviteterna?"
    table = "followup" if status or FOLLOWUP_WORDS.search(route.question) else "plan"
    if status and COUNT_ASKED.search(route.question):
        return None  # "hur många blev genomförda?": the plan's sentence counting them answers
    due = due_years(route)
    if status:  # the follow-up of a plan's activities is in the version after it, or the latest
        chosen = followed_up(plans)
    elif due:  # the activities due in a year: of each administration, the latest plan with any due then
        plans = [
            p
            for p in plans
            if not due_years(route, p.period)
            or any(a.table == table and is_due(a, due) for a in p.activities)
        ]
        chosen = latest_by_administration(plans)
    else:
        chosen = _latest_per_administration([p for p in plans if p.activities], route)
    who = bool(WHO_RESPONSIBLE.search(route.question))
    how_followed = bool(HOW_FOLLOWED.search(route.question)) or table == "followup"
    what = "uppföljda aktiviteter" if table == "followup" else "aktiviteter"
    field = "status" if table == "followup" else "uppföljning"  # a follow-up row shows its status

    def section(plan: PlanRecords, citations: list[Citation] | None) -> tuple[str, list[KeyFigure]] | None:
        rows = _activity_rows(route, plan, table, topic)
        if not rows or citations is None:
            return ("", []) if rows else None
        lines = []
        for a in rows[:_MAX_ROWS]:
            n = cite_record(citations, plan, a.page, a.quote, a.area or "")
            responsible = a.responsible
            if who and responsible:
                responsible += f" [{cite_record(citations, plan, a.page, responsible, a.area or '')}]"
            followed = f"{field}: {a.followup}" if a.followup and how_followed else None
            details = ", ".join(x for x in (a.area, a.target_date, responsible, followed) if x)
            lines.append(f"- {a.activity} ({details}) [{n}]")
        return f"**{plan_title(plan)}** – {len(rows)} {what}:\n" + "\n".join(lines), []

    sections, citations, _ = plan_sections(chosen, section, showing)
    if not sections and route.responsible:
        return _none_responsible(route, chosen, table, topic)
    return RecordAnswer("\n\n".join(sections), citations) if sections else None


def _none_responsible(
    route: Route, plans: list[PlanRecords], table: str, topic: set[str]
) -> RecordAnswer | None:
    """ "Vilka av dem har EC som ansvarig?" when none of the activities asked about has: saying so, and
    who is responsible for them, answers (declined: no row is cited); None when there are no such rows."""
    unfiltered = route.model_copy(update={"responsible": None})
    rows = [(p, a) for p in plans for a in _activity_rows(unfiltered, p, table, topic)]
    if not rows:
        return None
    titles = ", ".join(dict.fromkeys(plan_title(p) for p, _ in rows))
    parties = ", ".join(dict.fromkeys(a.responsible for _, a in rows if a.responsible))
    text = f"Ingen av aktiviteterna som frågan gäller i {titles} har {route.responsible} som ansvarig."
    return RecordAnswer(text + (f" Ansvariga för dem är: {parties}." if parties else ""), not_found=True)


def _gap_answer(
    route: Route, plans: list[PlanRecords], topic: set[str], showing: Showing | None = None
) -> RecordAnswer | None:
    latest = _latest_per_administration([p for p in plans if p.gaps], route)
    if asks_occupations(route.question) and not any(occupations_in(g.text) for p in latest for g in p.gaps):
        return None  # which occupations are hard to find, over needs that name none: the text answers
    found = plans_for_needs(route.question, latest, topic, route.english)
    if found is None:  # no need named: a group of needs, or an assessment table's row; else retrieval
        found = unlisted_needs(latest, _latest_per_administration(plans, route), topic)
        if found is None:
            return None
    chosen, needs = found

    def section(plan: PlanRecords, citations: list[Citation] | None) -> tuple[str, list[KeyFigure]] | None:
        if citations is None:
            return "", []
        shown, with_rows = shown_needs(route.question, plan.gaps, plan.cells, needs)
        if with_rows:  # "hur stor är bristen på X?", "vilka gap bedöms som stora?": each need's row
            rows = [(g, *need_row(plan.cells, g)) for g in shown]
            lines = [f"- {text} [{cite_record(citations, plan, g.page, q, c)}]" for g, text, q, c in rows]
            return f"**{plan_title(plan)}** – identifierade kompetensbehov:\n" + "\n".join(lines), []
        by_theme: dict[str, list[Gap]] = {}
        themes = themes_named(plan.gaps, topic)  # "vilka läkare saknas?": the group under "Läkare"
        for gap in (g for g in shown if not themes or g.theme in themes):
            by_theme.setdefault(gap.theme or "", []).append(gap)
        lines = []
        for theme, gaps in by_theme.items():
            items = "; ".join(
                f"{g.text} [{cite_record(citations, plan, g.page, g.quote, theme)}]" for g in gaps
            )
            lines.append(f"- {theme.rstrip(':')}: {items}" if theme else f"- {items}")
        return f"**{plan_title(plan)}** – identifierade kompetensbehov:\n" + "\n".join(lines), []

    sections, citations, _ = plan_sections(chosen, section, showing)
    return RecordAnswer("\n\n".join(sections), citations) if sections else None


def _as_written(figure: KeyFigure) -> str | None:
    """The figure's number as its quote writes it ("1561" or "1 561"), if the quote states it."""
    for match in NUMBER.finditer(figure.quote):
        value = number_value(match.group())
        if value is not None and abs(value - figure.value) < 1e-9:
            return match.group()
    return None


def format_value(figure: KeyFigure) -> str:
    """The number as the plan writes it where the quote shows it, else grouped Swedish style."""
    number = _as_written(figure) or (
        f"{figure.value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    )
    unit = {"percent": " %", "years": " år", "index": " (index)", "count": ""}[figure.unit]
    return number + unit


# "Könsfördelning" names one metric but is answered by the gender figures a plan has: shares or counts.
_GENDER = ["women_share", "men_share", "women_count", "men_count"]


def _with_companions(metrics: list[str]) -> list[str]:
    out: list[str] = []
    for metric in metrics:
        for m in [metric, *(_GENDER if metric in _GENDER else [])]:
            if m not in out and m in METRICS:
                out.append(m)
    return out


# "Vilka yrken ligger högst?", "per avdelning", "bland socialsekreterarna": the figures by group.
_BREAKDOWN = re.compile(
    r"\b(?:vilk\w*|per|bland|olika)\s+(?:\w+\s+)?(?:yrke\w*|befattning\w*|avdelning\w*|grupp\w*|enhet\w*)"
    r"|\bhögst\b|\blägst\b|\bstörst\b|\bminst\b",
    re.IGNORECASE,
)
_SHOWN = 3  # figures per metric and plan; a question about groups sees every group of the year
_SHOWN_BY_GROUP = 10


def _year(figure: KeyFigure) -> int | None:
    bounds = period_bounds(figure.as_of)
    return bounds[1] if bounds and bounds[0] == bounds[1] else None


def _years_asked(route: Route, plans: list[PlanRecords], metric: str) -> list[str]:
    """Bare years the question asks about; for "förra året", the year before the latest plan's latest
    value of the metric."""
    years = route.figure_years
    if years or route.relative_period != "previous_year":
        return years
    latest = latest_per_administration(plans)
    if not route.followup and says_last_year(route.question):  # "förra året": before the plan's present
        return sorted({str(y) for p in latest if (y := year_before_plan(p.period)) is not None})
    current = [y for p in latest for f in p.figures if f.metric == metric and (y := _year(f)) is not None]
    return [str(max(current) - 1)] if current else []


def _employment_forms(text: str) -> set[str]:
    return {m for m in metrics_in(text, question=True) if m in ("employees_permanent", "employees_temporary")}


def _figure_lines(
    route: Route, plan: PlanRecords, metric: str, years: list[str], citations: list[Citation]
) -> tuple[list[str], list[KeyFigure]]:
    found = ranked([f for f in plan.figures if f.metric == metric], years, horizon_years(route.question))
    head, first_group = "", None  # a superlative's headline, and the figure it names
    if years and found and figure_rank(found[0], years)[0]:
        return [], []  # this plan has the metric, but not for the year asked about
    # A group the question names ("bland socialsekreterarna", "för kvinnor") comes first; the named
    # administration's own name names no group of it ("äldreförvaltningen" is not the unit "Äldre direkt").
    words = without_admin_names(set(tokenize(route.question)) - question_stems(), route.administrations)
    # A form of employment may be named in other words: "visstid" names "tidsbegränsade".
    forms = _employment_forms(route.question)
    hits = {
        id(f): group_hits(words, f.scope) or len(forms & _employment_forms(f.scope)) for f in found if f.scope
    }
    # The group named most fully: "avdelningen för socialt stöd" is not answered by every "avdelning".
    most = max(hits.values(), default=0)
    named = [f for f in found if most and hits.get(id(f)) == most]
    if _BREAKDOWN.search(route.question) and len(named) == sum(1 for f in found if f.scope):
        named = []  # a word each group's name has ("vilken avdelning har flest") names none: across them
    if named:
        found = [*named, *(f for f in found if f.scope is None)][: _SHOWN + 1]
    elif _BREAKDOWN.search(route.question) and found:
        year = _year(found[0])
        lead = [] if found[0].scope else [found[0]]  # the whole administration's figure first
        groups = [f for f in found if f.scope and _year(f) == year]
        sup = superlative_of(route.question)
        if sup is not None and len(groups) > 1:
            # "vilken yrkesgrupp har högst …": the groups in order, the first named
            groups.sort(key=lambda f: f.value, reverse=not sup.least)
            top = [f for f in groups if f.value == groups[0].value]
            word = "Lägst" if sup.least else "Högst"
            head = f"{word}: {' och '.join(str(f.scope) for f in top)} ({format_value(groups[0])})"
        found = [*lead, *groups][:_SHOWN_BY_GROUP]
        first_group = groups[0] if groups else None
    else:
        whole = [f for f in found if f.scope is None]  # compared organisations: not their units' rows too
        found = (whole if route.intent == "compare" and whole else found)[:_SHOWN]
    lines: list[str] = []
    for figure in found:
        n = cite_record(citations, plan, figure.page, figure.quote)
        if head and figure is first_group:
            lines.insert(0, f"{head} [{n}]")
        scope = f", {figure.scope}" if figure.scope else ""
        as_of = f" ({figure.as_of}{scope})" if figure.as_of or scope else ""
        label = METRICS[metric]["label_sv"]
        lines.append(f"- {label}: {format_value(figure)}{as_of} [{n}] – »{figure.quote}«")
    return lines, found


def _history(
    metric: str, current: PlanRecords, plans: list[PlanRecords], citations: list[Citation]
) -> list[str]:
    """The metric's whole-administration value in each older plan of the same administration: the
    answer is the current plan's, and what it was before is shown as history, labelled by plan."""
    older = [
        p for p in versions_of(plans, current.administration or "") if version_key(p) < version_key(current)
    ]
    lines = []
    for plan in reversed(older):
        figures = ranked([f for f in plan.figures if f.metric == metric and f.scope is None], [])
        if figures:
            figure = figures[0]
            n = cite_record(citations, plan, figure.page, figure.quote)
            as_of = f" ({figure.as_of})" if figure.as_of else ""
            lines.append(
                f"- Tidigare, planen {plan.period or plan.file}: {format_value(figure)}{as_of} [{n}]"
            )
    return lines


def _figure_answer(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    asked_versions = route.requested_periods or route.relative_period == "previous_year"
    chosen = plans if asked_versions or route.intent == "compare" else latest_giving_group(plans, route)
    metrics = _with_companions(route.metrics)
    years = {metric: _years_asked(route, plans, metric) for metric in metrics}
    now = now_sides(route, chosen)  # "2021 jämfört med nu": the latest version answers for now

    def section(plan: PlanRecords, citations: list[Citation] | None) -> tuple[str, list[KeyFigure]] | None:
        lines: list[str] = []
        shown: list[KeyFigure] = []
        for metric in stand_ins(metrics, plan):
            scratch = citations if citations is not None else []  # None: only whether it has lines
            asked = [] if plan.doc_id in now else years.get(metric, years.get("employees_total", []))
            metric_lines, figures = _figure_lines(route, plan, metric, asked, scratch)
            lines += metric_lines
            shown += figures
            if citations is not None and figures and not asked_versions and route.intent != "compare":
                lines += _history(metric, plan, plans, citations)
        return (f"**{plan_title(plan)}:**\n" + "\n".join(lines), shown) if lines else None

    ordered = sorted(chosen, key=lambda p: p.period or "", reverse=True)
    sections, citations, shown = plan_sections(ordered, section, showing)
    return RecordAnswer("\n\n".join(sections), citations, figures=shown) if sections else None


def answer_from_records(
    route: Route, plans: list[PlanRecords], question_tokens: set[str], showing: Showing | None = None
) -> RecordAnswer | None:
    """An answer built from records, or None when retrieval should answer instead. With `showing`
    (many administrations), only the best plans are shown and the others named (records_cap)."""
    topic = topic_stems(route, question_tokens)
    if route.target in ("activities", "gaps") and counts_other_than_records(route.question):
        return None  # a number of people or things, which the list's rows do not state
    if route.target == "activities" and route.intent in ("list", "other", "compare", "figure"):
        return _activity_answer(route, plans, topic, showing)
    if route.target == "gaps" and (
        route.intent in ("list", "other", "compare") or (route.intent, route.metrics) == ("figure", [])
    ):
        return _gap_answer(route, plans, topic, showing)
    if route.metrics and route.intent in ("figure", "compare"):
        if measure_asked(route.question) == "share" and all(
            METRICS[m]["unit"] != "percent" for m in _with_companions(route.metrics)
        ):
            return None  # "hur stor andel har fast anställning?": a count is no share; the text may state it
        return _figure_answer(route, plans, showing)
    return None
