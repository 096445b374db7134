"""The plans a later part of a question is answered in, on made-up questions: a part naming no
administration keeps the one the answer to the part before quoted (the first part named it in words the
router does not know); a part naming its own, or reaching across administrations, keeps that; a user's
filter stands."""

from __future__ import annotations

from typing import Any

from kfp_assistant.ask.multipart import part_scope
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Answer, Citation

CATALOG: list[dict[str, Any]] = [
    {"administration": "Parknämnden", "period": "2025-2027", "doc_id": "p25"},
    {"administration": "Kulturförvaltningen", "period": "2026", "doc_id": "k26"},
]


def _route(text: str) -> Route:
    return route(text, CATALOG)


def _answer(*plans: tuple[str, str], not_found: bool = False) -> Answer:
    citations = [
        Citation(n=i, file=f"{a}.pdf", doc_id=a, administration=a, period=p, page=1, quote="x")
        for i, (a, p) in enumerate(plans, start=1)
    ]
    return Answer(question="q", answer="a", mode="extractive", not_found=not_found, citations=citations)


def test_a_part_naming_no_administration_keeps_the_one_answered_before() -> None:
    before = _answer(("Parknämnden", "2025-2027"), ("Parknämnden", "2025-2027"))
    scope = part_scope("var är personalomsättningen högst?", [before], (None, None), _route)
    assert scope == (["Parknämnden"], ["2025-2027"])


def test_a_part_naming_its_own_administration_keeps_it() -> None:
    before = _answer(("Parknämnden", "2025-2027"))
    scope = part_scope("hur hög är den i Kulturförvaltningen?", [before], (None, None), _route)
    assert scope == (None, None)


def test_a_part_reaching_across_administrations_is_not_narrowed() -> None:
    before = _answer(("Parknämnden", "2025-2027"))
    for part in (
        "och i alla förvaltningar?",
        "vilken nämnd har lägst?",
        "hur är det i övriga förvaltningar?",
    ):
        assert part_scope(part, [before], (None, None), _route) == (None, None), part


def test_an_answer_of_several_administrations_or_none_narrows_nothing() -> None:
    several = _answer(("Parknämnden", "2025-2027"), ("Kulturförvaltningen", "2026"))
    refused = _answer(("Parknämnden", "2025-2027"), not_found=True)
    for before in (several, refused):
        assert part_scope("var är den högst?", [before], (None, None), _route) == (None, None)
    assert part_scope("hur hög är övertiden?", [], (None, None), _route) == (None, None)  # the first part


def test_the_users_filter_stands() -> None:
    before = _answer(("Parknämnden", "2025-2027"))
    given = (["Kulturförvaltningen"], None)
    assert part_scope("var är den högst?", [before], given, _route) == given


def test_a_part_naming_a_time_of_its_own_keeps_the_administration_only() -> None:
    before = _answer(("Parknämnden", "2025-2027"))
    assert part_scope("och hur var det i förra planen?", [before], (None, None), _route) == (
        ["Parknämnden"],
        None,
    )


def test_where_something_is_worst_asks_the_plans_sentence_not_the_figure() -> None:
    # judged like "högst": "var är övertiden värst?" asks where, which the plan's sentence on it says
    for question in ("Var är övertiden värst i Parknämnden?", "var är arbetsmiljön sämst?"):
        assert _route(question).intent == "explain", question
    assert _route("Hur hög är övertiden i Parknämnden?").intent != "explain"
