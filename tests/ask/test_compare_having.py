"""Whether each compared administration has something, no figure asked ("har både A och B något
mentorsprogram?", "do both run a leadership programme?"): answered from each plan's activities on the
thing, with Ja or Nej first, and a side listing none on it named, not filled with its other rows
(router._has_something, records_answer, compare_verdict.listed_presence); made-up plans and wording."""

from __future__ import annotations

from kfp_assistant.ask.compare_sides import unindexed_line
from kfp_assistant.ask.compose import compose_records
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.presence import asks_both

_CATALOG = [
    {"administration": "Fritidsförvaltningen i Norrby", "doc_id": "n", "period": "2026-2028"},
    {"administration": "Tekniska nämnden i Söderby", "doc_id": "s", "period": "2025-2027"},
]


def _activity(doc_id: str, administration: str, text: str, area: str) -> Activity:
    return Activity(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=administration, period="2026-2028", table="plan",
        area=area, areas=[area], goal=None, activity=text, target_date="2026", responsible="HR-chef", page=4,
        quote=text,
    )  # fmt: skip


def _plan(doc_id: str, administration: str, rows: list[tuple[str, str]]) -> PlanRecords:
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration=administration, period="2026-2028",
        activities=[_activity(doc_id, administration, t, a) for t, a in rows],
    )  # fmt: skip


NORRBY = _plan(
    "n",
    "Fritidsförvaltningen i Norrby",
    [
        ("Erbjuda medarbetare som gått i pension att arbeta kvar som timanställda handledare", "Avsluta"),
        ("Ledarutvecklingsprogram för nya arbetsledare", "Utveckla"),
        ("Rekryteringsfilm om yrket fritidsledare", "Attrahera"),
    ],
)
SODERBY = _plan(
    "s",
    "Tekniska nämnden i Söderby",
    [
        ("Gemensam introduktionsdag för nyanställda", "Introducera"),
        ("Kartlägga lönenivåer för ingenjörer", "Behålla"),
    ],
)


def test_having_something_is_asked_of_the_activities_not_of_a_figure() -> None:
    retirees = route(
        "Har både Norrby och Söderby något upplägg där pensionärer jobbar kvar som handledare?", _CATALOG
    )
    assert (retirees.intent, retirees.target, retirees.metrics) == ("compare", "activities", [])
    english = route(in_swedish_terms("Do both Norrby and Söderby run a leadership programme?"), _CATALOG)
    assert english.target == "activities"
    # a figure asked of both stays a figure
    rate = route("Har både Norrby och Söderby ökat sin personalomsättning?", _CATALOG)
    assert rate.metrics == ["turnover_pct"] and rate.target == "figures"
    share = route("Har både Norrby och Söderby någon andel heltidsanställda över 90 procent?", _CATALOG)
    assert share.metrics and share.target == "figures"
    which = route("Har Norrby eller Söderby högst sjukfrånvaro?", _CATALOG)
    assert which.target == "figures"
    assert not asks_both("Har Norrby eller Söderby mentorer?"), "which of them, not whether both"


def _answer(question: str) -> str:
    asked = route(question, _CATALOG)
    records = answer_from_records(asked, [NORRBY, SODERBY], content_tokens(question, asked))
    assert records is not None
    return compose_records(records, [], asked).text


def test_each_side_shows_its_rows_on_the_thing_and_the_verdict_comes_first() -> None:
    text = _answer("Har både Norrby och Söderby något upplägg där pensionärer jobbar kvar och lär upp nya?")
    assert text.startswith("**Nej**") and "timanställda handledare" in text
    assert "Rekryteringsfilm" not in text, "only the rows on the thing asked"
    assert "introduktionsdag" not in text and "lönenivåer" not in text, "a side without it lists none"
    assert "Tekniska nämnden i Söderby" in text.split("\n\n")[0], "the side lacking it is named"


def test_a_leadership_programme_is_found_under_the_plans_longer_word() -> None:
    text = _answer("Har Norrby och Söderby något ledarprogram båda två?")
    assert "Ledarutvecklingsprogram för nya arbetsledare" in text


def test_a_side_no_plan_is_of_is_declined_by_name() -> None:
    asked = route("Har Norrby eller Farsta stadsdelsförvaltning högre sjukfrånvaro?", _CATALOG)
    assert asked.unknown_administrations == ["Farsta stadsdelsförvaltning"]
    assert unindexed_line(asked) == "**Ingen plan i indexet för:** Farsta stadsdelsförvaltning."
    assert unindexed_line(route("Har Norrby eller Söderby högre sjukfrånvaro?", _CATALOG)) is None
    assert (
        unindexed_line(route("Hur hög är sjukfrånvaron i Farsta stadsdelsförvaltning?", _CATALOG)) is None
    ), "no side has one"
