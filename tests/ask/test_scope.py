"""Plan choice (ask.scope): latest versions, versions of one administration."""

from __future__ import annotations

from kfp_assistant.ask.scope import latest_per_administration, versions_of
from kfp_assistant.schema import PlanRecords

SOCIAL = "Socialnämnden"
DISTRICT = "Farsta stadsdelsförvaltning"


def _plan(administration: str, period: str) -> PlanRecords:
    return PlanRecords(
        doc_id=f"{administration[:4]}{period}", file="x.pdf", administration=administration, period=period
    )


def test_latest_plans_keeps_newest_version_per_administration() -> None:
    social_old, social_new, district = (
        _plan(SOCIAL, "2024-2026"),
        _plan(SOCIAL, "2025-2027"),
        _plan(DISTRICT, "2025-2027"),
    )
    latest = latest_per_administration([social_old, district, social_new])
    assert [(p.administration, p.period) for p in latest] == [(SOCIAL, "2025-2027"), (DISTRICT, "2025-2027")]
    assert [p.period for p in versions_of([social_new, social_old], "socialförvaltningen")] == [
        "2024-2026",
        "2025-2027",
    ]
