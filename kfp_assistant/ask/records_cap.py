"""Records answers over many administrations: the best few shown in full, the others named in one line.

A list or figure question over a whole city's plans ("Hur hög är sjukfrånvaron?" over 330
administrations) would otherwise cite every plan: hundreds of citations, seconds to build and
nothing anyone reads. As an open comparison does (comparison.compare_question), the answer shows the
best `Settings.compare_top` plans in full, by how well their text matches the question, and names
the other plans that have records on it. With fewer administrations than that nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from kfp_assistant.schema import Citation, KeyFigure, PlanRecords

ALSO_SV = "Nämns också i:"
P = TypeVar("P", bound=PlanRecords)

# A plan's section of an answer and the key figures it shows; None when the plan has nothing on the
# question. Given None instead of the answer's citations, it only says whether the plan has a section.
Section = Callable[[PlanRecords, list[Citation] | None], tuple[str, list[KeyFigure]] | None]


@dataclass
class Showing:
    """Which plans an answer over many administrations shows: the best `top`, by the ranking that
    `ranking` computes when first needed (doc id -> place, best first; plans not ranked come last, in
    their given order)."""

    ranking: Callable[[], dict[str, int]]
    top: int

    @cached_property
    def rank(self) -> dict[str, int]:
        """Doc id -> place, best first."""
        return self.ranking()

    def order(self, plans: Sequence[P]) -> list[P]:
        """The plans, best first."""
        return sorted(plans, key=lambda p: self.rank.get(p.doc_id, len(self.rank)))

    def place(self, plans: Sequence[PlanRecords]) -> int:
        """The best place of any of the plans (the versions of one administration)."""
        return min((self.rank.get(p.doc_id, len(self.rank)) for p in plans), default=len(self.rank))


def plan_title(plan: PlanRecords) -> str:
    """The plan as answers name it: its administration (else its file) and its period."""
    return f"{plan.administration or plan.file}" + (f" {plan.period}" if plan.period else "")


def also_line(titles: list[str]) -> str:
    """The line naming the plans that have records on the question but are not shown."""
    return f"**{ALSO_SV}** {', '.join(titles)}."


def plan_sections(
    plans: Sequence[PlanRecords], section: Section, showing: Showing | None
) -> tuple[list[str], list[Citation], list[KeyFigure]]:
    """Each plan's section in order, the citations they make and the figures they show. With
    `showing`, when more than `top` plans have a section: the best `top` first, then one line naming
    the others (ranked only then: with fewer, the answer is the uncapped one)."""
    top = max(showing.top, 1) if showing is not None else 0
    if showing is not None:
        having = [plan for plan in plans if section(plan, None) is not None]
        if len(having) > top:
            ranked = showing.order(having)
            plans, also = ranked[:top], [plan_title(plan) for plan in ranked[top:]]
        else:
            plans, also = having, []
    citations: list[Citation] = []
    sections: list[str] = []
    figures: list[KeyFigure] = []
    for plan in plans:
        made = section(plan, citations)
        if made is not None:
            sections.append(made[0])
            figures += made[1]
    return sections + ([also_line(also)] if showing is not None and also else []), citations, figures


def capped_sides(
    low: bool | None,
    sides: list[PlanRecords],
    chosen: dict[str, dict[str, list[KeyFigure]]],
    showing: Showing | None,
) -> tuple[list[PlanRecords], list[str]]:
    """Over more administrations than are shown, the sides shown and the titles of the others stating
    the figure: by value when the question asks which ranks first (`low`: lowest first), else as the
    comparison ranks them."""
    having = [p for p in sides if any(p.doc_id in by_plan for by_plan in chosen.values())]
    if showing is None or len(having) <= max(showing.top, 1):
        return sides, []
    first = next(iter(chosen.values()))
    if low is not None:
        ranked = [p for p in having if p.doc_id in first]
        ranked.sort(key=lambda p: first[p.doc_id][0].value, reverse=not low)
        ranked += [p for p in having if p.doc_id not in first]
    else:
        ranked = showing.order(having)
    top = max(showing.top, 1)
    return ranked[:top], [plan_title(p) for p in ranked[top:]]
