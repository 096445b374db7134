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


FIELDS = [
    {"doc_id": "no", "administration": "Vård- och omsorgsförvaltningen, Norrby kommun", "period": "2026"},
    {"doc_id": "ve", "administration": "Sektor vård och omsorg i Västerby kommun", "period": "2025-2027"},
    {"doc_id": "so", "administration": "Söderby kommun", "period": "2026-2028"},
]


def test_a_field_set_in_another_plans_place_is_that_plan_or_a_unit_of_it() -> None:
    # "Västerby vård och omsorg" is Västerby's plan, not Norrby's care administration beside it
    own = route("Västerbys vård och omsorg, sjukfrånvaron 2024?", FIELDS)
    assert own.administrations == ["Sektor vård och omsorg i Västerby kommun"] and own.intent == "figure"
    # in a town whose plan is the whole municipality's, the care administration is one of its units
    unit = route("Vad är sjukfrånvaron inom vård- och omsorgsförvaltningen i Söderby?", FIELDS)
    assert unit.administrations == ["Söderby kommun"] and unit.intent == "figure"
    assert unit.units == ["vård- och omsorgsförvaltningen"]
    assert "omsorgsförvaltningen" in asked_groups(unit)
    assert group_unnamed(unit, "Sjukfrånvaron i kommunen var 7,4 procent 2024.")
    # the field in its own plan's place, and two places compared, stay as they were
    assert route("Sjukfrånvaron inom vård och omsorg i Norrby?", FIELDS).administrations == [
        FIELDS[0]["administration"]
    ]
    both = route("Jämför sjukfrånvaron i vård och omsorg i Norrby med Västerby", FIELDS)
    assert both.administrations == [FIELDS[0]["administration"], FIELDS[1]["administration"]]


def test_a_unit_of_the_named_plan_is_a_group_its_figures_are_not_of() -> None:
    asked = route("Hur hög är personalomsättningen på miljöförvaltningen i Söderby?", FIELDS)
    assert asked.units == ["miljöförvaltningen"] and asked.intent == "figure"
    assert group_unnamed(asked, "Personalomsättningen i Söderby kommun var 9,1 procent.")
    assert not group_unnamed(asked, "På miljöförvaltningen var personalomsättningen 12 procent.")


def test_a_plans_place_beside_another_name_is_another_employer() -> None:
    plans = [*FIELDS, {"doc_id": "ab", "administration": "Ekby Kraft AB", "period": "2025"}]
    # "Norrby Kraft": Norrby's power company, neither Norrby's care administration nor Ekby Kraft AB
    power = route("Hur hög är sjukfrånvaron på Norrby Kraft?", plans)
    assert power.administrations == [] and power.unknown_administrations
    water = route("Hur många anställda har Söderby Vatten?", plans)
    assert water.administrations == [] and water.unknown_administrations
    # the plan's own name, its field and a question word after the place stay that plan's
    assert route("Sjukfrånvaron på Ekby Kraft?", plans).administrations == ["Ekby Kraft AB"]
    assert route("Västerby Vård och omsorg, sjukfrånvaro?", plans).administrations == [
        plans[1]["administration"]
    ]
    assert route("Söderby Hur hög är sjukfrånvaron?", plans).administrations == ["Söderby kommun"]


def test_a_school_or_preschool_is_an_operation_the_figure_is_asked_of() -> None:
    asked = route("Hur hög är sjukfrånvaron på förskolorna i Söderby?", FIELDS)
    assert asked_groups(asked) == ["förskolorna"]
    assert group_unnamed(asked, "Sjukfrånvaron i Söderby kommun var 7,4 procent.")
    assert not group_unnamed(asked, "Inom förskolan var sjukfrånvaron 9,0 procent.")


def test_a_count_of_retirements_is_no_pension_age() -> None:
    asked = route("Vid vilken ålder går man i pension i Ekby?", VERSIONS)
    retiring = _figure("new", 14, "Under 2026 går 14 medarbetare i pension.").model_copy(
        update={"metric": "retirements", "unit": "count"}
    )
    tokens = content_tokens(asked.question, asked)
    assert misses_the_question(asked, tokens, [retiring], retiring.quote, frozenset())
    counted = route("Hur många går i pension i Ekby 2026?", VERSIONS)
    assert not misses_the_question(
        counted, content_tokens(counted.question, counted), [retiring], retiring.quote, frozenset()
    )


def test_a_figure_beside_a_list_of_operations_is_of_them_all() -> None:
    asked = route("Hur många anställda har äldreomsorgen i Söderby?", FIELDS)
    listed = "I Söderby kommun arbetar 2 400 personer inom skola, äldreomsorg, socialtjänst och teknik."
    assert group_unnamed(asked, listed)
    assert not group_unnamed(asked, "Inom äldreomsorgen arbetar 640 av kommunens 2 400 anställda.")
    # two groups are no list of operations: "kvinnor och män" names both
    both = route("Hur hög är sjukfrånvaron bland kvinnorna i Söderby?", FIELDS)
    assert not group_unnamed(both, "Sjukfrånvaron var 8,1 procent för kvinnor och 5,0 procent för män.")
