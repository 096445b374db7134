"""A plan's activities: from activity tables (tables.py), cards of labelled rows (cards.py), lists with
labelled fields (lists.py), paragraphs under area headings that name who is responsible (paragraphs.py)
follow-up tables read column by column (status_columns.py) and titled cards of inline fields
(titled_cards.py).

All readers run on every plan; an activity found by two (a list item that repeats a table row)
is kept once, the first reader's. A plan with neither gives no records and the warning "no activity
table found" (with an LLM configured, store.plans then reads the prose).
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from kfp_assistant.extract.activity_text import flat
from kfp_assistant.extract.boards import board_activities
from kfp_assistant.extract.cards import card_activities
from kfp_assistant.extract.lists import list_activities
from kfp_assistant.extract.paragraphs import paragraph_activities
from kfp_assistant.extract.roles import HeaderRoles
from kfp_assistant.extract.status_columns import status_column_activities
from kfp_assistant.extract.tables import table_activities
from kfp_assistant.extract.titled_cards import titled_card_activities
from kfp_assistant.schema import Activity, ParsedDocument, PlanMeta

# Said of a plan whose activities are only in prose; the LLM path (store.plans) replaces it.
NO_TABLE_WARNING = "no activity table found"


def extract_activities(
    doc: ParsedDocument, meta: PlanMeta, embeddings: Embeddings | None = None
) -> tuple[list[Activity], list[str]]:
    """Activities from a plan's tables, cards, labelled lists and area paragraphs, in document order, plus
    warnings naming pages.

    ``embeddings``: a model to read table headers that no role word names (see roles.py)."""
    activities, warnings = table_activities(doc, meta, HeaderRoles(embeddings))
    # a plan's activity and its follow-up of the same activity of the previous plan are two records
    seen = {(a.table, flat(a.activity).casefold()) for a in activities}
    others = [
        *card_activities(doc, meta),
        *board_activities(doc, meta),
        *list_activities(doc, meta),
        *paragraph_activities(doc, meta),
        *status_column_activities(doc, meta),
        *titled_card_activities(doc, meta),
    ]
    for record in others:
        if (record.table, flat(record.activity).casefold()) not in seen:
            seen.add((record.table, flat(record.activity).casefold()))
            activities.append(record)
    if not activities:
        return [], [*warnings, f"{doc.file}: {NO_TABLE_WARNING}"]
    order = {p.number: i for i, p in enumerate(doc.pages)}
    activities.sort(key=lambda a: order.get(a.page, 0))  # stable: tables and lists interleave by page
    return activities, warnings
