"""Activities from plans that describe them in prose: only with an LLM, only with verified quotes.

The model proposes records; a record is kept only if its quote occurs on the
page it names (checked by plans.extract_records), so nothing is invented.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from kfp_assistant.ask.llm import extract_activities_from_prose
from kfp_assistant.extract.tables import target_end
from kfp_assistant.schema import Activity, ParsedDocument, PlanMeta
from kfp_assistant.sv.areas import areas_in
from kfp_assistant.sv.responsible import split_responsible


def extract_prose_activities(
    llm: BaseChatModel, doc: ParsedDocument, meta: PlanMeta
) -> tuple[list[Activity], list[str]]:
    """Activities proposed by the model, as records with source='llm'."""
    try:
        proposed = extract_activities_from_prose(llm, [(p.number, p.text) for p in doc.pages], meta)
    except Exception as exc:  # a model or network failure must not fail the ingest
        return [], [f"{doc.file}: LLM extraction of activities from prose failed ({exc}); none extracted"]
    activities = []
    for item in proposed:
        if not item.get("activity") or not item.get("quote") or not item.get("page"):
            continue
        area = item.get("area")
        activities.append(
            Activity(
                file=doc.file,
                doc_id=doc.doc_id,
                administration=meta.administration,
                period=meta.period,
                table="plan",
                area=area,
                areas=areas_in(area or ""),  # type: ignore[arg-type]
                goal=item.get("goal"),
                activity=item["activity"],
                target_date=item.get("target_date"),
                target_end=target_end(item.get("target_date") or ""),
                responsible=item.get("responsible"),
                responsible_list=split_responsible(item.get("responsible") or ""),
                followup=None,
                page=int(item["page"]),
                quote=item["quote"],
                source="llm",
            )
        )
    return activities, [f"{doc.file}: {len(activities)} activities extracted from prose by the LLM"]
