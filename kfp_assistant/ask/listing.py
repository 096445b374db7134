"""List questions answered from a plan's text where the records hold no list: the occupations a
sentence names as hard to find (named_roles), else the items of the section the question names
(section_list), else the headings naming the one thing asked for ("vilka avdelningar beskrivs?",
headings_list).

In: the Route, the retrieved passages, the question's content stems and the records answer, if any.
Out: a Composed answer, or None when the text holds no such list.
"""

from __future__ import annotations

from kfp_assistant.ask.compose import Composed, plan_name
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.headings_list import headings_list
from kfp_assistant.ask.named_roles import named_roles
from kfp_assistant.ask.records_answer import RecordAnswer
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.section_list import section_list
from kfp_assistant.schema import Chunk
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.sv.assessments import GAP_HEADER
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.words import tokenize

_SHARED_ROLES = 2  # roles the records and the sentence must share for the records' longer list to answer


def reads_text_for_list(route_: Route, records: RecordAnswer | None) -> bool:
    """Whether a list question may be answered from the text: the records hold no list on it, or
    they list gaps, which a section headed by the question's own words may answer better."""
    return route_.intent == "list" and (records is None or route_.target == "gaps")


def _records_name_roles(records: RecordAnswer | None, roles: str) -> bool:
    """Whether the records' list names every occupation the sentences do: a plan listing its scarce
    occupations as needs answers with the whole list, not a sentence on two of them."""
    if records is None:
        return False
    # by stem: a table row's "Sjuksköterska" names the sentence's "sjuksköterskor"
    listed = {s for o in occupations_in(records.text) for s in tokenize(o)}
    named = {s for o in occupations_in(roles) for s in tokenize(o)}
    if bool(listed) and named <= listed:
        return True
    # A list of roles at least as long as the sentence's, naming most of them, is the plan's own list
    # (a table rating each role); the summary sentence may name one in passing ("… och många
    # undersköterskor närmar sig pension") or a role the table writes otherwise.
    return len(listed) >= len(named) and len(listed & named) >= max(_SHARED_ROLES, len(named) - 1)


def list_from_text(
    index: ChunkIndex, passages: list[Passage], stems: set[str], route_: Route, records: RecordAnswer | None
) -> Composed | None:
    """The list the text answers with, or None. Occupations named as hard to find answer before any
    records (gap records list competences, not roles); a section answers before records only when its
    heading names more of the question than the records' text does; headings, only without records."""
    question = route_.question
    roles = named_roles(passages, question, plan_name)
    if roles is not None and not _records_name_roles(records, roles[0]):
        return Composed(*roles, False)

    def chunk_at(doc_id: str, position: int) -> Chunk | None:
        return index.chunk(f"{doc_id}:{position}") if position >= 0 else None

    kind = GAP_HEADER if route_.target == "gaps" else None  # "Kompetensgap > Digitalisering"
    found = section_list(passages, stems, question, chunk_at, plan_name, kind)
    # a section listing only the headings the records' items stand under says less than the records
    outline = records is not None and found is not None and any(h in records.text for h in found.headings)
    if found is not None and (
        records is None or (found.beats(records.text, stems, question) and not outline)
    ):
        return Composed(found.text, found.citations, False)
    if records is not None or not passages:
        return None
    headings = headings_list(passages[0].chunk.doc_id, stems, question, chunk_at, plan_name)
    return Composed(*headings, False) if headings is not None else None
