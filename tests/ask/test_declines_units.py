"""A figure asked of a unit or group of an organisation, on made-up plans: an older version stating the
unit's figure answers when the latest states only the whole organisation's; with no version stating it,
the whole organisation's figure is no answer."""

from __future__ import annotations

from kfp_assistant.ask.figure_groups import asked_groups, group_unnamed
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.records_text import misses_the_question
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.metrics import metrics_in

VERSIONS = [
    {"doc_id": "old", "administration": "Ekby stadsdelsförvaltning", "period": "2023-2025"},
    {"doc_id": "new", "administration": "Ekby stadsdelsförvaltning", "period": "2025-2027"},
]


def _figure(doc_id: str, value: float, quote: str, scope: str | None = None) -> KeyFigure:
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Ekby stadsdelsförvaltning", period=None,
        metric="sick_leave_pct", value=value, unit="percent", as_of="2024", scope=scope, page=3, quote=quote,
    )  # fmt: skip


def _plans(unit_in_old: bool) -> list[PlanRecords]:
    old_figures = [_figure("old", 8.0, "Sjukfrånvaron var 8,0 procent.")]
    if unit_in_old:
        old_figures.append(_figure("old", 10.2, "Inom hemvården var den 10,2 procent.", "hemvården"))
    return [
        PlanRecords(doc_id="old", file="old.pdf", administration="Ekby stadsdelsförvaltning",
                    period="2023-2025", figures=old_figures),
        PlanRecords(doc_id="new", file="new.pdf", administration="Ekby stadsdelsförvaltning",
                    period="2025-2027", figures=[_figure("new", 7.1, "Sjukfrånvaron var 7,1 procent.")]),
    ]  # fmt: skip


def test_an_older_version_gives_a_units_figure_the_latest_does_not() -> None:
    asked = route("Hur hög är sjukfrånvaron inom hemvården i Ekby?", VERSIONS)
    tokens = content_tokens(asked.question, asked)
    found = answer_from_records(asked, _plans(unit_in_old=True), tokens)
    assert found is not None and "10,2" in found.text
    assert not misses_the_question(asked, tokens, found.figures, found.text, frozenset())
    none = answer_from_records(asked, _plans(unit_in_old=False), tokens)
    assert none is None or misses_the_question(asked, tokens, none.figures, none.text, frozenset())
    whole = route("Hur hög är sjukfrånvaron i Ekby?", VERSIONS)
    latest = answer_from_records(whole, _plans(unit_in_old=True), content_tokens(whole.question, whole))
    assert latest is not None and "7,1" in latest.text.split("Tidigare")[0]


def test_a_headcount_no_plan_totals_is_told_by_its_forms_of_employment() -> None:
    def count(metric: str, value: float, quote: str) -> KeyFigure:
        return _figure("new", value, quote).model_copy(update={"metric": metric, "unit": "count"})

    plan = PlanRecords(
        doc_id="new", file="new.pdf", administration="Ekby stadsdelsförvaltning", period="2025-2027",
        figures=[count("employees_permanent", 812, "Tillsvidareanställda: 812"),
                 count("employees_temporary", 64, "Visstidsanställda: 64")],
    )  # fmt: skip
    asked = route("Hur många jobbar i Ekby?", VERSIONS)
    found = answer_from_records(asked, [plan], content_tokens(asked.question, asked))
    assert found is not None and "812" in found.text and "64" in found.text


def test_a_unit_named_by_what_it_is_for_is_a_group_of_the_figure() -> None:
    asked = route("Hur många anställda har avdelningen för vuxet stöd?", VERSIONS)
    assert asked_groups(asked) == ["vuxet", "stöd"]
    assert group_unnamed(asked, "Nämnden har 1 200 anställda, varav 40 på avdelningen för socialt stöd.")
    assert not group_unnamed(asked, "Avdelningen för vuxet stöd har 140 anställda.")
    own = route("Hur hög är sjukfrånvaron på biblioteken i Ekby?", VERSIONS)
    assert asked_groups(own) == ["biblioteken"], "an operation of the organisation is a group too"


def test_the_size_of_the_staff_is_not_its_turnover() -> None:
    assert metrics_in("Hur stor personal har förvaltningen?", question=True) == ["employees_total"]
    assert metrics_in("Hur stor personalomsättningen är det?", question=True) == ["turnover_pct"]
    retiring = route("Hur många på avdelningen för vuxet stöd kan gå i pension 2027?", VERSIONS)
    assert asked_groups(retiring) == ["vuxet", "stöd"]


def test_a_unit_named_by_its_own_name_is_a_group_of_a_headcount() -> None:
    museum = route("Hur många anställda jobbar på Stadsbiblioteket i Ekby?", VERSIONS)
    assert asked_groups(museum) == ["Stadsbiblioteket"]
    assert group_unnamed(museum, "Förvaltningen hade 1 146 anställda.")
    assert not asked_groups(route("Hur många anställda jobbar på Ekby stadsdelsförvaltning?", VERSIONS))
    assert not asked_groups(route("Hur många rekryteringar gjordes inom Rekrytera?", VERSIONS))
