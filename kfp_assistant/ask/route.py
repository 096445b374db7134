"""The Route: what a question asks for and which plans it is about, decided once per question.

The router (router.py, followup.py) fills the entities; scope.py fills the plans. Retrieval, records
answers and comparison questions read the Route and never route the question again.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from kfp_assistant.sv.periods import Relative

Intent = Literal["figure", "list", "compare", "explain", "other"]
Target = Literal["activities", "figures", "gaps"]


class Route(BaseModel):
    """What a question asks for and which plans it is about."""

    question: str = Field(description="The question as asked.")
    intent: Intent = Field(default="other", description="figure, list, compare, explain or other.")
    administrations: list[str] = Field(
        default_factory=list, description="Known plans' administrations named."
    )
    unknown_administrations: list[str] = Field(
        default_factory=list, description="Administrations named (as written) that no known plan belongs to."
    )
    units: list[str] = Field(
        default_factory=list,
        description="Unknown administrations that are units of a named plan's organisation"
        " ('socialförvaltningen i Härnösand'): groups its figures are not of, unless the plan names them.",
    )
    requested_periods: list[str] = Field(default_factory=list, description="Years/spans as stated: '2024'.")
    plan_periods: list[str] = Field(
        default_factory=list,
        description="Requested periods that name plan versions ('planen 2021'); other years are of figures.",
    )
    relative_period: Relative | None = Field(
        default=None,
        description="'förra planen' -> previous, 'förra året' -> previous_year, 'senaste planen' -> latest.",
    )
    periods: list[str] = Field(default_factory=list, description="Periods of the plans the question targets.")
    unknown_periods: list[str] = Field(default_factory=list, description="Requested periods no plan covers.")
    doc_ids: list[str] = Field(
        default_factory=list, description="Plans the named administrations and periods target; empty: all."
    )
    scope: list[str] = Field(
        default_factory=list, description="Plans to search: doc_ids (or every plan), within the filters."
    )
    plans: list[str] = Field(
        default_factory=list,
        description="Plans the answer is about: for a comparison the plans compared; else the latest plan of"
        " each administration in scope, or the whole scope when a version or a year is asked for.",
    )
    areas: list[str] = Field(default_factory=list, description="Canonical UBARA areas named.")
    metrics: list[str] = Field(default_factory=list, description="Metric ids of METRICS named.")
    target: Target | None = Field(default=None, description="Records a list/figure question is about.")
    responsible: str | None = Field(default=None, description="Responsible-party filter: 'HR', 'EC', ...")
    keywords: list[str] = Field(default_factory=list, description="Content words, lowercased, for retrieval.")
    open_question: bool = Field(
        default=False,
        description="A question about what an administration does on a topic: answered by its activities"
        " and the text.",
    )
    followup: bool = Field(default=False, description="True when entities were inherited from earlier turns.")
    english: bool = Field(
        default=False, description="Asked in English; the question holds its HR terms in Swedish."
    )
    context: str = Field(
        default="", description="For a follow-up: the earlier question it leans on, for retrieval."
    )
    topic: str = Field(
        default="",
        description="For a follow-up pointing back or asking nothing of its own ('varför har det ökat?'): the"
        " earlier questions whose subject it is about, whose words its sentences are chosen by.",
    )
    asked_before: str = Field(
        default="", description="For a follow-up: the question of the turn before, as asked."
    )
    quoted: list[str] = Field(
        default_factory=list,
        description="What the answer to this question quoted, as 'doc_id|section|quote' (set once answered).",
    )
    referent: list[str] = Field(
        default_factory=list,
        description="For a follow-up pointing back ('vad handlade de om?'): what the answer before quoted.",
    )
    # Known plans travel with the route (not serialised) so a follow-up can resolve "förra planen".
    catalog: list[dict[str, Any]] = Field(
        default_factory=list, exclude=True, repr=False, description="Plans."
    )

    @property
    def figure_years(self) -> list[str]:
        """Years stated bare ("sjukfrånvaron 2023", "Norrby 2021"): the years figures, sentences and
        due dates are about. A year naming a plan version ("planen 2021") is not one of them."""
        return [y for y in self.requested_periods if re.fullmatch(r"\d{4}", y) and y not in self.plan_periods]

    @property
    def versions_named(self) -> bool:
        """True when the question picks plan versions or years, by period or relatively ("förra planen")."""
        return bool(self.requested_periods or self.relative_period)
