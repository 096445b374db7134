"""Questions on how hard a group is to recruit ("är det svårt att få tag på X?", "hur svårt är det
att rekrytera X?", "hur ser rekryteringsläget ut för X?", "is it hard to recruit X?"), answered by
the row of a table that rates that for each group ("X | 298 | 17 % | Medel" under "Svårighet att
rekrytera", "X | Svårt | Mycket svårt" under "Rekryteringsläge 2025 | Bedömning 2028"), whole: every
rating the row gives (today's and a forecast) with the group's other cells.

Tried before the table-cell answer (which shows numbers only and would drop the rating) and before
the list of needs (a need merely naming the group, "pensionsavgångar bland X", does not say how hard
X is to recruit). A list question ("vilka yrkesgrupper är svårast att rekrytera?", "vilka är mycket
svåra att rekrytera 2028?", "vilka är lätta att rekrytera?") gets the rows rated as asked, in the
column of the year asked (else the first, today's). A later part or follow-up pointing back ("… och
hur svårt är det att rekrytera dem?") is about the group the question before named. None when the
question asks no such thing or no such row names the group.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.gap_rows import ASKS_LIST, need_row, need_topic, needs_named, with_assessed_needs
from kfp_assistant.ask.list_topic import topic_stems
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import Showing, plan_sections, plan_title
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.scope import latest_per_administration
from kfp_assistant.schema import Citation, Gap, KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.assessments import (
    asks_difficulty,
    degrees_asked,
    difficulty_degree,
    is_difficulty_column,
)

# A pronoun for the group asked about before: "dem", "de", "dessa", "them", "they".
_BACK = re.compile(r"\b(?:dem|de|dessa|them|they|those)\b", re.IGNORECASE)


def _earlier_topic(route: Route) -> set[str]:
    """Of a follow-up pointing back ("… och hur svårt är det att rekrytera dem?"), the topic stems of
    the question before; none otherwise."""
    if not (route.followup and route.asked_before and _BACK.search(route.question)):
        return set()
    before = route.model_copy(update={"question": route.asked_before})
    return topic_stems(before, content_tokens(route.asked_before, before))


def _rated_as_asked(plan: PlanRecords, question: str) -> list[Gap]:
    """The rows a list question asks for by their rating ("svårast", "mycket svåra", "lätta"), in the
    first column rating how hard each group is to recruit, or the one headed by the year asked."""
    columns: dict[tuple[int, str], list[TableCell]] = {}
    for cell in plan.cells:
        if cell.row_headers:
            columns.setdefault((cell.table, cell.column_header), []).append(cell)
    rated = [
        key
        for key, cells in columns.items()
        if is_difficulty_column(key[1], [c.value for c in cells])
        and sum(difficulty_degree(c.value) is not None for c in cells) >= 2
    ]
    if not rated:
        return []
    years = re.findall(r"\b20\d\d\b", question)
    cells = columns[next((k for k in rated if any(y in k[1] for y in years)), rated[0])]
    wanted = degrees_asked(question, [d for c in cells if (d := difficulty_degree(c.value)) is not None])
    return [
        Gap(file=plan.file, doc_id=plan.doc_id, administration=plan.administration, period=plan.period,
            theme=None, text=c.row_headers[-1], page=c.page, quote=c.quote)
        for c in cells
        if difficulty_degree(c.value) in wanted
    ]  # fmt: skip


def answer_difficulty(
    route: Route, plans: list[PlanRecords], showing: Showing | None = None
) -> RecordAnswer | None:
    """The rows naming the group asked about of each plan's table rating how hard groups are to
    recruit, each row whole and cited; None when the question asks no such thing or no row names it."""
    if route.intent == "compare" or not asks_difficulty(route.question):
        return None
    topic = topic_stems(route, content_tokens(route.question, route))
    current = plans if route.versions_named else latest_per_administration(plans)
    assessed = with_assessed_needs(current, topic, difficulty=True)
    if not assessed and (earlier := _earlier_topic(route)):  # the group is named only before
        topic |= earlier
        assessed = with_assessed_needs(current, topic, difficulty=True)
    needs = need_topic(topic)
    listing = not assessed and bool(ASKS_LIST.search(route.question))
    if listing:  # "vilka är svårast att rekrytera?": the rows rated so, every one
        found = [(p, _rated_as_asked(p, route.question)) for p in current]
        assessed = [p.model_copy(update={"gaps": rows}) for p, rows in found if rows]

    def section(plan: PlanRecords, citations: list[Citation] | None) -> tuple[str, list[KeyFigure]] | None:
        rows = plan.gaps if listing else needs_named(route.question, plan.gaps, needs)
        if not rows:
            return None
        if citations is None:
            return "", []
        lines = []
        for gap in rows:
            text, quote, caption = need_row(plan.cells, gap)
            lines.append(f"- {text} [{cite_record(citations, plan, gap.page, quote, caption)}]")
        return f"**{plan_title(plan)}** – bedömt rekryteringsläge:\n" + "\n".join(lines), []

    sections, citations, _ = plan_sections(assessed, section, showing)
    return RecordAnswer("\n\n".join(sections), citations) if sections else None
