"""How the answer to a question about one activity's fields is written (activity_fields.py finds the
activity): the activity, cited by its table row, with the fields asked first, then its Ansvarig,
Måldatum and Uppföljning.

Whether an activity of the previous plan was done ("hur gick det med X?", "blev X av?") is answered
by its follow-up row's status and, beside it, what the row says of how it went: a column such as
"Kommentar", "Resultat" or "Utfall" (sv.activity_terms.OUTCOME_HEADER_RE), which extraction keeps as
an extra field of the record ("Pågår · Kommentar: Avtal med två gymnasieskolor").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kfp_assistant.ask.records_answer import cite_record
from kfp_assistant.ask.records_cap import plan_title
from kfp_assistant.schema import Activity, Citation, PlanRecords
from kfp_assistant.sv.activity_terms import OUTCOME_HEADER_RE, PURPOSE_HEADER_RE, Field

GOAL_TITLE_WORDS = 12  # a goal stated as a title ("Minska omsättningen bland X"), not a paragraph

LABELS = {
    "responsible": "Ansvarig",
    "target_date": "Måldatum",
    "followup": "Uppföljning",
    "status": "Status",
    "area": "Område",
    "purpose": "Syfte",
}


class Chosen(Protocol):
    """An activity chosen to answer, with the plan it is in."""

    plan: PlanRecords
    activity: Activity


def field_value(activity: Activity, name: Field) -> str:
    """One field of the activity as one line ("status" is the follow-up cell, "purpose" its goal)."""
    value = {"status": activity.followup, "purpose": activity.goal}.get(name, getattr(activity, name, None))
    return " ".join(str(value or "").split())


def outcome(activity: Activity) -> list[tuple[str, str]]:
    """What the activity's follow-up row says of how it went beside its status, as (header, text):
    its comment or result columns, in the order of the table."""
    return [
        (header, " ".join(text.split()))
        for header, text in activity.extra.items()
        if text.strip() and OUTCOME_HEADER_RE.search(header)
    ]


def purpose_header(plan: PlanRecords, activity: Activity) -> str | None:
    """The header saying why ("Syfte", "Därför", "Behov") over the activity's goal cell, when the goal
    is short enough to be the reason for this activity; else None."""
    goal = field_value(activity, "purpose")
    if not goal or len(goal.split()) > GOAL_TITLE_WORDS:  # longer: a paragraph of needs, not one reason
        return None
    for c in plan.cells:
        header = " ".join((c.column_header or "").split())
        here = abs(c.page - activity.page) <= 1 and " ".join(c.value.split()) == goal
        if here and PURPOSE_HEADER_RE.search(header):
            return header
    return None


def row_quote(plan: PlanRecords, activity: Activity) -> tuple[str, int]:
    """The activity's table row as on the page (its goal, date, responsible and follow-up cells with
    it), and its page; the activity's own quote when no stored row holds it."""
    text = " ".join(activity.activity.split())
    for cell in plan.cells:
        if abs(cell.page - activity.page) <= 1 and text in " ".join(cell.quote.split()):
            return cell.quote, cell.page
    return activity.quote, activity.page


def render(chosen: Sequence[Chosen], asked: list[Field], citations: list[Citation]) -> str:
    """The plan's title and each chosen activity, cited, with its fields: those asked first; after the
    status, how it went (its comment or result)."""
    plan = chosen[0].plan
    lines = [f"**{plan_title(plan)}:**"]
    rest = ("responsible", "target_date", "followup")
    order = [*asked, *(f for f in rest if f not in asked and not (f == "followup" and "status" in asked))]
    for s in chosen:
        a = s.activity
        quote, page = row_quote(plan, a)
        cite_record(citations, plan, page, quote, a.area or "")
        labels = LABELS | {"purpose": purpose_header(plan, a) or LABELS["purpose"]}
        details: list[str] = []
        for f in order:
            if value := field_value(a, f):
                details.append(f"{labels[f]}: {value}")
            if f == "status":  # how it went, unless the comment only repeats the status
                details += [f"{header}: {text}" for header, text in outcome(a) if text != value]
        lines.append(f"- {a.activity} [{len(citations)}]\n  {' · '.join(details)}")
    return "\n".join(lines)
