"""The plan's own line on what is asked, answered before records and retrieval: a term's meaning
(definitions), the plan's adoption (adoption), how it is followed up or was drawn up (plan_process), why an
activity was not done (status_reasons), why a figure changed (change_causes: also declined when the plan
states the change and no cause), an amount no key figure names (number_lines). Each says None when the
question asks no such thing or no plan in scope says it."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.adoption import answer_adoption
from kfp_assistant.ask.change_causes import answer_change_cause
from kfp_assistant.ask.definitions import Similarity, answer_definition
from kfp_assistant.ask.number_lines import answer_number_line
from kfp_assistant.ask.plan_process import answer_process
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.status_reasons import answer_status_reason
from kfp_assistant.schema import Chunk, Citation


def own_line(
    route_: Route,
    question: str,
    chunks_of: Callable[[str], list[Chunk]],
    similar: Similarity | None,
    label: Callable[[Chunk], str],
    vocabulary: AbstractSet[str],
) -> tuple[str, list[Citation], bool] | None:
    """The first of the plan's own lines that answers (module docstring), cited, and whether it is a
    decline (nothing cited); None if none does."""
    found = (
        answer_definition(route_, chunks_of, similar, label)
        or answer_adoption(route_, question, chunks_of, label)
        or answer_process(route_, question, chunks_of, label)
        or answer_status_reason(route_, question, chunks_of, label)
    )
    if found is None and (cause := answer_change_cause(route_, question, chunks_of, label)) is not None:
        return cause
    found = found or answer_number_line(route_, question, chunks_of, label, vocabulary)
    return (*found, not found[1]) if found is not None else None
