"""Periods in questions (router + ask.scope): only a period that names a plan chooses plan versions.

"förra planen" is an administration's earlier version, also when its versions spell its name differently;
a bare year dates figures (all versions are searched); a year that ends a stretch ("fram till 2031") is
a forecast's horizon. Made-up administrations and wording.
"""

from __future__ import annotations

import pytest

from kfp_assistant.ask.figure_rank import ranked
from kfp_assistant.ask.router import route
from kfp_assistant.ask.scope import resolve_plans, unknown_periods_note
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.administrations import administration_identity
from kfp_assistant.sv.periods import horizon_years, relative_plan
from kfp_assistant.sv.status import asks_done

# One administration whose two versions write its name in two ways, one other administration of the same
# field under another employer, and one administration with a single plan.
CATALOG = [
    {"doc_id": doc_id, "administration": administration, "period": period}
    for doc_id, administration, period in (
        ("kultur-old", "Kulturförvaltningen i Stockholms stad", "2024-2026"),
        ("kultur-new", "Kulturförvaltningen, Stockholms stad", "2025-2027"),
        ("social-old", "Socialnämnden", "2023-2025"),
        ("social-new", "Socialnämnden", "2024-2026"),
        ("social-other", "Socialförvaltningen i Vänersborgs kommun", "2025"),
        ("park", "Parkförvaltningen, Stockholms stad", "2026"),
    )
]


def test_one_administration_is_one_identity_however_its_versions_spell_it() -> None:
    assert administration_identity("Kulturförvaltningen i Stockholms stad") == administration_identity(
        "Kulturförvaltningen, Stockholms stad"
    )
    # the same field of another employer is another administration
    assert administration_identity("Socialnämnden") != administration_identity(
        "Socialförvaltningen i Vänersborgs kommun"
    )


@pytest.mark.parametrize(
    "question, doc_ids",
    [
        ("Vilka utbildningar erbjöd kulturförvaltningen i den förra planen?", ["kultur-old"]),
        ("Vad skrev Stockholms stads kulturförvaltning om chefer i sin gamla plan?", ["kultur-old"]),
        ("Hur stor var sjukfrånvaron enligt kulturförvaltningens tidigare kompetensplan?", ["kultur-old"]),
        ("Hur många slutade på socialnämnden enligt förra årets plan?", ["social-old"]),
        ("Vilka mål fanns i socialnämndens plan från förra året?", ["social-old"]),
        ("What did Kulturförvaltningen's previous plan say about leaders?", ["kultur-old"]),
    ],
)
def test_previous_plan_is_the_earlier_version(question: str, doc_ids: list[str]) -> None:
    r = route(question, CATALOG)
    assert r.doc_ids == doc_ids
    assert r.unknown_periods == []


def test_previous_plan_of_an_administration_with_one_plan_is_declined() -> None:
    r = route("Vad skrev parkförvaltningen om rekrytering i förra planen?", CATALOG)
    assert r.unknown_periods  # no earlier version: "no plan for that period"


@pytest.mark.parametrize(
    "question",
    [
        "Hur hög var personalomsättningen på kulturförvaltningen 2022?",  # older version's key-figure year
        "Hur många anställda hade kulturförvaltningen 2024?",  # both versions' years
    ],
)
def test_a_bare_year_searches_every_version(question: str) -> None:
    r = route(question, CATALOG)
    assert set(r.doc_ids) == {"kultur-old", "kultur-new"}
    assert r.unknown_periods == []


@pytest.mark.parametrize(
    "question",
    [
        "Hur många på parkförvaltningen väntas gå i pension fram till 2032?",
        "Hur många medarbetare på parkförvaltningen går i pension till och med år 2031?",
        "How many of the park administration's staff will retire by 2033?",
    ],
)
def test_a_forecast_horizon_is_no_plan_period(question: str) -> None:
    r = route(question, CATALOG)
    assert r.unknown_periods == []
    assert r.doc_ids == ["park"]


@pytest.mark.parametrize(
    "question",
    [
        "Vad säger parkförvaltningens plan 2019 om kompetensbehov?",  # a period naming a plan: none has it
        "Hur hög var sjukfrånvaron på parkförvaltningen 2015?",  # a year no plan reports
        "Vilka aktiviteter har parkförvaltningen planerat för år 2031?",  # a year ahead, not a horizon
    ],
)
def test_a_period_no_plan_covers_is_unknown(question: str) -> None:
    assert route(question, CATALOG).unknown_periods


@pytest.mark.parametrize(
    "text, years",
    [
        ("hur många går i pension fram till 2030?", ["2030"]),
        ("pensionsavgångar t.o.m. 2029", ["2029"]),
        ("fram till utgången av 2031", ["2031"]),
        ("retirements until 2030", ["2030"]),
        ("hur många går i pension till 2032?", ["2032"]),
        ("rekryteringsbehovet inför 2031", ["2031"]),
        ("sjukfrånvaron 2022", []),
        ("aktiviteter planerade för 2028", []),
    ],
)
def test_horizon_years(text: str, years: list[str]) -> None:
    assert horizon_years(text) == years


@pytest.mark.parametrize(
    "text, kind",
    [
        ("enligt förra årets kompetensförsörjningsplan", "previous"),
        ("i fjolårets plan", "previous"),
        ("i planen från i fjol", "previous"),
        ("in their earlier plan", "previous"),
        ("in last year's workforce plan", "previous"),
        ("according to the current plan", "latest"),
        ("sjukfrånvaron förra året", "previous_year"),  # a figure's year, not a version
    ],
)
def test_relative_versions(text: str, kind: str) -> None:
    found = relative_plan(text)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("catalog", [CATALOG, CATALOG[::-1]])
@pytest.mark.parametrize(
    "question",
    ["Hur många chefer har kulturförvaltningen?", "Hur många chefer har Stockholms stads kulturförvaltning?"],
)
def test_two_spellings_of_one_administration_are_one_administration_named(
    question: str, catalog: list[dict[str, str]]
) -> None:
    r = route(question, catalog)
    assert len(r.administrations) == 1  # not two administrations to compare
    assert r.intent != "compare"
    assert set(r.doc_ids) == {"kultur-old", "kultur-new"}


def test_the_old_plan_asked_again_after_the_old_plan_stays_that_plan() -> None:
    first = route("Vilka mål hade kulturförvaltningen i den förra planen?", CATALOG)
    assert first.doc_ids == ["kultur-old"]
    again = resolve_plans(route("och i den gamla planen för kulturförvaltningen?", CATALOG), first.doc_ids)
    assert again.doc_ids == ["kultur-old"]
    assert again.unknown_periods == []


OVERLAPPING = [
    {"doc_id": "a", "administration": "Kulturförvaltningen, Stockholms stad", "period": "2025-2027"},
    {"doc_id": "b", "administration": "Kulturförvaltningen, Stockholms stad", "period": "2026-2028"},
]


@pytest.mark.parametrize(
    "question, doc_ids",
    [
        ("Vilka mål har kulturförvaltningen i 2026 års plan?", ["b"]),  # the version made for 2026
        ("Vad står det i kulturförvaltningens plan för 2025?", ["a"]),
        ("Vad står det i kulturförvaltningens plan för 2027?", ["a", "b"]),  # both cover it, none starts then
        ("Hur hög var sjukfrånvaron på kulturförvaltningen 2026?", ["a", "b"]),  # a bare year: every version
    ],
)
def test_overlapping_versions(question: str, doc_ids: list[str]) -> None:
    assert route(question, OVERLAPPING).doc_ids == doc_ids


@pytest.mark.parametrize(
    "question, note",
    [
        ("Vad skrev parkförvaltningen om rekrytering i förra planen?", "ingen tidigare version"),
        ("Hur hög var sjukfrånvaron på parkförvaltningen 2015?", "redovisar inga uppgifter för 2015"),
        ("Vad säger parkförvaltningens plan 2019 om kompetensbehov?", "Ingen plan i indexet gäller 2019"),
    ],
)
def test_the_decline_says_which_kind_of_period_found_nothing(question: str, note: str) -> None:
    assert note in unknown_periods_note(route(question, CATALOG))


@pytest.mark.parametrize(
    "question",
    [
        "Blev mentorsprogrammet från förra årets plan av på parkförvaltningen?",
        "Genomfördes parkförvaltningens chefsutbildning från den förra planen?",
    ],
)
def test_whether_the_previous_plans_activity_was_done_is_told_by_the_one_plan(question: str) -> None:
    r = route(question, CATALOG)  # the current plan follows up the activities of the one before it
    assert r.doc_ids == ["park"]
    assert r.unknown_periods == []


@pytest.mark.parametrize(
    "text, done",
    [
        ("blev introduktionsdagarna från förra planen av?", True),
        ("genomfördes medarbetarenkäten?", True),
        ("was the mentoring programme carried out?", True),
        ("blev det fler sökande?", False),
        ("vad stod det i förra planen om chefer?", False),
    ],
)
def test_asks_done(text: str, done: bool) -> None:
    assert asks_done(text) is done


def _retirements(value: float, as_of: str, scope: str | None = None) -> KeyFigure:
    return KeyFigure(
        file="x.pdf", doc_id="x", administration="Parkförvaltningen", period="2027-2029",
        metric="retirements", value=value, unit="count", as_of=as_of, scope=scope, page=1, quote="",
    )  # fmt: skip


def test_a_horizon_asks_for_the_stretch_ending_then() -> None:
    figures = [_retirements(18, "2029"), _retirements(51, "2027-2029"), _retirements(7, "2029", "Drift")]
    question = "Hur många på parkförvaltningen går i pension fram till 2029?"
    assert ranked(figures, ["2029"], horizon_years(question))[0].value == 51
    # the year alone ("hur många går i pension 2029?") is that year's figure
    assert ranked(figures, ["2029"], horizon_years("Hur många går i pension 2029?"))[0].value == 18
