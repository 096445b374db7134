"""Follow-up rows by status: "vilka håller de fortfarande på med?" lists the rows of the follow-up table
whose status cell says "Pågår"; the follow-up of a plan's activities is in the version after it.

In: follow-up rows (Activity, table "followup") or plans. Out: the rows of the status asked, or the plans
that follow up the ones before.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.scope import latest_per_administration
from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.sv.status import DONE, NOT_FINISHED, status_of

# A count asked: "hur många blev genomförda?" is the plan's sentence counting them, not a list of rows.
COUNT_ASKED = re.compile(r"\bhur\s+många\b|\bantal(?:et)?\b|\bhow\s+many\b", re.IGNORECASE)


def of_status(rows: list[Activity], status: str | list[str] | None) -> list[Activity]:
    """The follow-up rows whose status cell opens with a status asked ("Pågår"; several asked as
    alternatives: any of them); all rows when none is asked or no row's cell opens with a status (a
    comment in prose tells each row's)."""
    asked = [status] if isinstance(status, str) else list(status or [])
    if not asked or not any(status_of(a.followup) for a in rows):
        return rows
    return [a for a in rows if any(_has_status(a, kind) for kind in asked)]


def _has_status(row: Activity, kind: str) -> bool:
    if kind == NOT_FINISHED:  # "vad har de inte hunnit klart med?": every row not done yet
        return status_of(row.followup) not in (None, DONE)
    return status_of(row.followup) == kind


def followed_up(plans: list[PlanRecords]) -> list[PlanRecords]:
    """Of each administration, the latest plan in scope with a follow-up table: how the activities of
    the plan before it went."""
    return latest_by_administration([p for p in plans if any(a.table == "followup" for a in p.activities)])


def latest_by_administration(plans: list[PlanRecords]) -> list[PlanRecords]:
    """The latest plan of each administration, by administration's name."""
    return sorted(latest_per_administration(plans), key=lambda p: (p.administration or "", p.period or ""))
