"""Comparisons across administrations and versions, on hand-built records (no model) and a small
fake-embeddings index; one model test checks the version diff against the hand-made gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from kfp_assistant.ask.scope import versions_of
from kfp_assistant.assistant import Assistant
from kfp_assistant.compare import diff as d
from kfp_assistant.compare import side_by_side as c
from kfp_assistant.schema import Activity, Gap, KeyFigure, PlanRecords
from kfp_assistant.settings import Settings
from kfp_assistant.store.embeddings import make_embeddings
from kfp_assistant.sv.themes import OTHER, gap_themes, themes_of

ROOT = Path(__file__).resolve().parents[2]
SOCIAL = "Socialnämnden"
DISTRICT = "Farsta stadsdelsförvaltning"


def activity(
    admin: str, period: str, area: str, text: str, table: str = "plan", goal: str = "", responsible: str = ""
) -> Activity:
    areas = [
        a for a in ("Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta") if a in area
    ]
    return Activity(
        file=f"{admin[:5]}-{period}.pdf", doc_id=f"{admin[:5]}{period}", administration=admin, period=period,
        table=table, area=area, areas=areas, goal=goal or None, activity=text, target_date=None,  # type: ignore[arg-type]
        responsible=responsible or None, page=3, quote=text,
    )  # fmt: skip


def figure(
    admin: str, period: str, metric: str, value: float, as_of: str | None, scope: str | None = None
) -> KeyFigure:
    unit = "percent" if metric.endswith("_pct") else "count"
    return KeyFigure(
        file=f"{admin[:5]}-{period}.pdf", doc_id=f"{admin[:5]}{period}", administration=admin, period=period,
        metric=metric, value=value, unit=unit, as_of=as_of, scope=scope, page=4, quote=f"{value}",  # type: ignore[arg-type]
    )  # fmt: skip


def gap(admin: str, period: str, text: str, theme: str | None = None) -> Gap:
    return Gap(
        file=f"{admin[:5]}-{period}.pdf", doc_id=f"{admin[:5]}{period}", administration=admin, period=period,
        theme=theme, text=text, page=6, quote=text,
    )  # fmt: skip


def plan(admin: str, period: str, **records: Any) -> PlanRecords:
    return PlanRecords(
        doc_id=f"{admin[:5]}{period}",
        file=f"{admin[:5]}-{period}.pdf",
        administration=admin,
        period=period,
        **records,
    )


@pytest.fixture
def social_old() -> PlanRecords:
    return plan(
        SOCIAL, "2024-2026",
        activities=[
            activity(SOCIAL, "2024-2026", "Utveckla/Behålla", "Ta fram stödmaterial för friskfaktorer"),
            activity(SOCIAL, "2024-2026", "Avsluta", "Erbjuda avgångssamtal med närmaste chef"),
            activity(SOCIAL, "2024-2026", "Rekrytera", "Annonsera tjänster i sociala medier"),
        ],
        figures=[
            figure(SOCIAL, "2024-2026", "turnover_pct", 4.48, "2023", "tillsvidareanställda"),
            figure(SOCIAL, "2024-2026", "turnover_pct", 8.49, "2022", "tillsvidareanställda"),
            figure(SOCIAL, "2024-2026", "retirements", 23, "2024"),
            figure(SOCIAL, "2024-2026", "retirements", 18, "2026"),
            figure(SOCIAL, "2024-2026", "retirements", 64, "2024-2026"),
            figure(SOCIAL, "2024-2026", "retirements", 4, "2024", "Administrativa avdelningen"),
        ],
        gaps=[
            gap(SOCIAL, "2024-2026", "Civil beredskap, informationssäkerhet"),
            gap(SOCIAL, "2024-2026", "Hypergene"),
        ],
    )  # fmt: skip


@pytest.fixture
def social_new() -> PlanRecords:
    new = "2025-2027"
    return plan(
        SOCIAL, new,
        activities=[
            activity(SOCIAL, new, "Avsluta", "Alla medarbetare erbjuds avgångssamtal med närmaste chef"),
            activity(SOCIAL, new, "Utveckla/Behålla", "Chefer genomför hälsosamtal vid sjukfrånvaro"),
            activity(SOCIAL, new, "Avsluta", "Erbjuda avgångssamtal med närmaste chef", table="followup"),
        ],
        figures=[
            figure(SOCIAL, "2025-2027", "turnover_pct", 7.3, "2024", "tillsvidareanställda"),
            figure(SOCIAL, "2025-2027", "turnover_pct", 11.18, "2023"),
            figure(SOCIAL, "2025-2027", "retirements", 16, "2025"),
            figure(SOCIAL, "2025-2027", "retirements", 63, "2025-2027"),
            figure(SOCIAL, "2025-2027", "average_age", 44, "2024"),
        ],
        gaps=[gap(SOCIAL, "2025-2027", "Informationssäkerhet, civil beredskap och riskmiljöer", "Säkerhet")],
    )  # fmt: skip


@pytest.fixture
def district() -> PlanRecords:
    return plan(
        DISTRICT, "2025-2027",
        activities=[activity(DISTRICT, "2025-2027", "Rekrytera", "Kompetensbaserad rekrytering")],
        figures=[
            figure(DISTRICT, "2025-2027", "turnover_pct", 6.28, "2024"),
            figure(DISTRICT, "2025-2027", "turnover_pct", 9.0, "2024", "undersköterskor"),
        ],
        gaps=[gap(DISTRICT, "2025-2027", "Behov av att utveckla kunskaper i det svenska språket", "Språk")],
    )  # fmt: skip


# --------------------------------------------------------------------------- across administrations


def test_compare_activities_counts_paired_areas_in_both_rows_and_skips_followups(
    social_new, district
) -> None:
    result = c.compare_activities([social_new, district])
    assert result["aspect"] == "activities"
    cells = {(r["administration"], r["area"]): r["count"] for r in result["rows"]}
    assert cells == {
        (SOCIAL, "Utveckla"): 1,
        (SOCIAL, "Behålla"): 1,
        (SOCIAL, "Avsluta"): 1,  # the follow-up row of the older plan is not counted
        (DISTRICT, "Rekrytera"): 1,
    }
    assert [(t["administration"], t["count"]) for t in result["totals"]] == [(SOCIAL, 2), (DISTRICT, 1)]
    row = next(r for r in result["rows"] if r["area"] == "Avsluta")
    assert (
        row["activities"][0]["file"] and row["activities"][0]["page"] == 3 and row["activities"][0]["quote"]
    )


def test_themes_are_multi_label_and_fall_back_to_heading_then_other() -> None:
    assert set(themes_of("Analyskunskap, ekonomisk uppföljning kopplat till välfärdsbrott")) == {
        "threats_safety",
        "data_analysis",
    }
    assert themes_of("Behov av att utveckla kunskaper i det svenska språket") == ["swedish_language"]
    assert themes_of("Mottagande av VFU-studenter") == ["students"]
    assert themes_of("Systematiskt arbetsmiljöarbete") == ["work_environment"]
    assert "ai" not in themes_of("stöd till aidsdrabbade")  # whole-word cue
    # A product name with no theme word of its own takes its theme from its heading.
    assert gap_themes("Visma", None) == [OTHER]
    assert gap_themes("Visma", "Teknik, IT-system och digitalisering") == ["digitalisation"]
    assert gap_themes("Något helt annat", None) == [OTHER]


def test_compare_gaps_rows_per_theme_and_plan(social_new, district) -> None:
    result = c.compare_gaps([social_new, district])
    cells = {(r["theme"], r["administration"]): r["count"] for r in result["rows"]}
    assert cells == {("threats_safety", SOCIAL): 1, ("swedish_language", DISTRICT): 1}
    assert result["rows"][0]["label"] and result["rows"][0]["gaps"][0]["page"] == 6
    assert [t["count"] for t in result["totals"]] == [1, 1]


def test_compare_figures_uses_reference_year_whole_administration_and_trend(
    social_old, social_new, district
) -> None:
    result = c.compare_figures([social_new, social_old, district])
    turnover = {
        (r["administration"], r["period"]): r for r in result["rows"] if r["metric"] == "turnover_pct"
    }
    # 11,18 % (2023) is a previous-year comparison in the 2025-2027 plan; 7,3 % (2024) is its own figure.
    assert turnover[(SOCIAL, "2025-2027")]["value"] == 7.3
    assert turnover[(SOCIAL, "2024-2026")]["value"] == 4.48
    assert turnover[(DISTRICT, "2025-2027")]["value"] == 6.28  # the whole administration, not a profession
    assert turnover[(DISTRICT, "2025-2027")]["label"] == "Personalomsättning"
    # Retirements: the plan's first year, not a later forecast.
    retire = {r["period"]: r["value"] for r in result["rows"] if r["metric"] == "retirements"}
    assert retire == {"2024-2026": 23, "2025-2027": 16}
    trend = next(
        t for t in result["trend"] if t["administration"] == SOCIAL and t["metric"] == "turnover_pct"
    )
    assert [(p["period"], p["value"]) for p in trend["points"]] == [("2024-2026", 4.48), ("2025-2027", 7.3)]


# --------------------------------------------------------------------------- across versions


def test_greedy_pairs_are_one_to_one() -> None:
    import numpy as np

    scores = np.array([[0.9, 0.85], [0.88, 0.2]])
    assert d.greedy_pairs(scores, 0.5) == [(0, 0, 0.9)]  # 0.88 and 0.85 would reuse a matched item
    assert d.greedy_pairs(np.array([[0.9, 0.85], [0.88, 0.6]]), 0.5) == [(0, 0, 0.9), (1, 1, 0.6)]


def test_diff_plans_with_fake_embeddings(social_old, social_new) -> None:
    result = d.diff_plans(social_old, social_new, make_embeddings("fake"))
    assert (result["administration"], result["from"]["period"], result["to"]["period"]) == (
        SOCIAL,
        "2024-2026",
        "2025-2027",
    )
    kept = result["activities"]["kept"]
    assert [(k["from"]["activity"], k["to"]["activity"]) for k in kept] == [
        (
            "Erbjuda avgångssamtal med närmaste chef",
            "Alla medarbetare erbjuds avgångssamtal med närmaste chef",
        )
    ]
    assert kept[0]["reworded"] and 0 < kept[0]["similarity"] <= 1 and kept[0]["matched_by"] == "similarity"
    assert {a["activity"] for a in result["activities"]["removed"]} == {
        "Ta fram stödmaterial för friskfaktorer",
        "Annonsera tjänster i sociala medier",
    }
    assert [a["activity"] for a in result["activities"]["added"]] == [
        "Chefer genomför hälsosamtal vid sjukfrånvaro"
    ]
    assert len(result["gaps"]["kept"]) == 1 and [g["text"] for g in result["gaps"]["removed"]] == [
        "Hypergene"
    ]
    figures = {(f["metric"], f["from_as_of"] or f["to_as_of"]): f for f in result["figures"]}
    assert (
        figures[("turnover_pct", "2023")]["to"] == 7.3 and figures[("turnover_pct", "2023")]["change"] == 2.82
    )
    assert figures[("retirements", "2024")]["to"] == 16
    assert figures[("retirements", "2024-2026")]["to"] == 63
    assert figures[("average_age", "2024")]["status"] == "added"
    assert all(f["scope"] != "Administrativa avdelningen" for f in result["figures"])


def test_words_found_again_needs_two_words_or_the_one_of_a_one_word_text() -> None:
    found = d.words_found_again
    # A one-word topic found inside the other's compound-free wording.
    assert found("Konflikthantering", "Kurs för gruppledare i att hantera konflikter", "")
    # Two shared words, one of them only in the other row's goal.
    text, other = "Erbjuda praktik och mottagande av sommarungdomar", "Stadsdelen erbjuder feriejobb"
    assert found(text, other, "Nå målet om antalet sommarungdomar")
    assert not found(text, other, "")
    # The goal alone is no evidence: one word must come back in the other item's own text.
    assert not found(
        "Mottagande av sommarungdomar och praktik", "Kurs i brandskydd", "Sommarungdomar, praktik"
    )
    # One shared theme word is not enough: both are about friskfaktorer, but different actions.
    assert not found(
        "Ta fram stödmaterial för friskfaktorer", "Alla enheter kartlägger sina friskfaktorer", ""
    )
    # Actors and plan vocabulary are no evidence.
    assert not found(
        "Alla chefer och medarbetare i verksamheterna går utbildning",
        "Alla chefer och medarbetare i verksamheterna har medarbetarsamtal",
        "",
    )
    # Two words matching one word count once.
    assert not found("Digitala verktyg för digitalisering", "Digitaliseringen av ekonomi", "")
    assert d.same_responsible("Respektive chef", "Chefer med stöd av HR")
    assert d.same_responsible("", "HR") and not d.same_responsible("HR", "Respektive chef")


def _leftover_case(old_responsible: str = "Respektive chef", new_area: str = "Attrahera") -> Any:
    old = [
        activity(DISTRICT, "2024", "Attrahera", "Erbjuda sommarjobb och praktik för ungdomar",
                 goal="Unga får jobb hos oss", responsible=old_responsible),
        activity(DISTRICT, "2024", "Attrahera", "Ta fram filmer om yrken i sociala medier",
                 goal="Vi är en attraktiv arbetsgivare", responsible="Kommunikation"),
    ]  # fmt: skip
    new = [
        activity(DISTRICT, "2025", new_area, "Stadsdelen erbjuder sommarjobb till ungdomar",
                 goal="Nå målet om antalet sommarjobb", responsible="Respektive chef"),
    ]  # fmt: skip
    return old, new


def test_leftover_pairs_need_area_mutual_best_floor_responsible_and_shared_words() -> None:
    import numpy as np

    rule = d.ACTIVITY_LEFTOVERS
    text = lambda a: a.activity  # noqa: E731
    old, new = _leftover_case()
    scores = np.array([[0.75], [0.70]])
    assert d.leftover_pairs(old, new, scores, [], text, rule) == [(0, 0, 0.75)]
    # Taken by the first pass: nothing left to pair.
    assert d.leftover_pairs(old, new, scores, [(0, 0, 0.9)], text, rule) == []
    # Below the floor.
    assert d.leftover_pairs(old, new, np.array([[0.6], [0.5]]), [], text, rule) == []
    # The new item is closer to the other old item (a different activity): nothing is paired,
    # neither the likelier-looking pair without shared words nor the one that has them.
    assert d.leftover_pairs(old, new, np.array([[0.75], [0.80]]), [], text, rule) == []
    # Another area, or other responsible parties.
    other_area = _leftover_case(new_area="Rekrytera")
    assert d.leftover_pairs(*other_area, scores, [], text, rule) == []
    assert d.leftover_pairs(*_leftover_case(old_responsible="HR"), scores, [], text, rule) == []


def test_diff_plans_second_pass_keeps_reworded_activity_not_a_different_one_in_the_same_area() -> None:
    old_period, new_period = "2024-2026", "2025-2027"
    actors = "Alla chefer och medarbetare i verksamheterna"
    summer_jobs = "Erbjuda sommarjobb och praktikplatser till ungdomar i stadsdelen"
    old = plan(
        DISTRICT, old_period,
        activities=[
            activity(DISTRICT, old_period, "Attrahera", summer_jobs,
                     goal="Unga får jobb hos oss", responsible="Respektive chef"),
            activity(DISTRICT, old_period, "Utveckla", f"{actors} går utbildning i brandskydd",
                     goal="Medarbetare har rätt kompetens", responsible="Respektive chef"),
        ],
    )  # fmt: skip
    new = plan(
        DISTRICT, new_period,
        activities=[
            activity(DISTRICT, new_period, "Attrahera", "Stadsdelen erbjuder sommarjobb till ungdomar",
                     goal="Nå målet om antalet sommarjobb för ungdomar", responsible="Respektive chef"),
            activity(DISTRICT, new_period, "Utveckla", f"{actors} har medarbetarsamtal varje år",
                     goal="Medarbetare har rätt kompetens", responsible="Respektive chef"),
        ],
    )  # fmt: skip
    result = d.diff_plans(old, new, make_embeddings("fake"))["activities"]
    # Both pairs are below the first pass's threshold, each the other's closest in its area.
    assert [(k["to"]["activity"], k["matched_by"]) for k in result["kept"]] == [
        ("Stadsdelen erbjuder sommarjobb till ungdomar", "context")
    ]
    assert d.ACTIVITY_FLOOR <= result["kept"][0]["similarity"] < d.ACTIVITY_THRESHOLD
    # The Utveckla pair shares only who does it: a different activity, removed and added.
    assert [a["activity"] for a in result["removed"]] == [f"{actors} går utbildning i brandskydd"]
    assert [a["activity"] for a in result["added"]] == [f"{actors} har medarbetarsamtal varje år"]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.model
def test_diff_matches_gold_with_e5(tmp_path: Path) -> None:
    assistant = Assistant(Settings(index_dir=tmp_path / "index", embeddings="e5", lock_timeout=60))
    report = assistant.ingest(sorted((ROOT / "corpus").glob("socialnamnden-*.pdf")))
    assert [f.status for f in report.files] == ["ok", "ok"]
    old, new = versions_of(assistant.plan_records(), SOCIAL)
    result = d.diff_plans(old, new, assistant.embeddings)
    gold = json.loads((ROOT / "eval" / "gold" / "diff_socialnamnden.json").read_text(encoding="utf-8"))
    for kind, field in (("activities", "activity"), ("gaps", "text")):
        wanted = {(_norm(p["from"][field]), _norm(p["to"][field])) for p in gold[kind]["kept"]}
        found = {(_norm(p["from"][field]), _norm(p["to"][field])) for p in result[kind]["kept"]}
        assert found == wanted, f"{kind}: not in the gold {found - wanted}, missed {wanted - found}"
        counts = gold[kind]["counts"]
        assert (len(result[kind]["added"]), len(result[kind]["removed"])) == (
            counts["added"],
            counts["removed"],
        ), kind
    # The pairs the gold calls related but not kept (same area, shared theme words) stay apart.
    related = {
        (_norm(p["from"]["activity"]), _norm(p["to"]["activity"]))
        for p in gold["activities"]["related_not_kept"]
    }
    assert not related & {
        (_norm(p["from"]["activity"]), _norm(p["to"]["activity"])) for p in result["activities"]["kept"]
    }
    figures = gold["key_figures"]
    changed = {(f["metric"], f["from"], f["to"]) for f in result["figures"] if f["status"] == "changed"}
    assert changed == {(f["metric"], f["from"], f["to"]) for f in figures["changed"]}
    added = [(f["metric"], f["to"]) for f in result["figures"] if f["status"] == "added"]
    assert added == [(f["metric"], f["to"]) for f in figures["only_in_to"]]
    statuses = [f["status"] for f in result["figures"]]
    assert (statuses.count("unchanged"), statuses.count("removed")) == (
        figures["counts"]["unchanged"],
        figures["counts"]["only_in_from"],
    )


# --------------------------------------------------------------------------- index, questions and CLI

PLAN_2024 = """# Kompetensförsörjningsplan 2024-2026

Socialnämnden

## Nulägesanalys

Nämnden har 900 tillsvidareanställda. Personalomsättningen var 8,2 % under 2023.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Minskad personalomsättning | Genomför stayintervjuer med handläggare | 2024-12-31 | Enhetschef |
| Rekrytera | Fler sökande | Annonsera alla tjänster på heltid | 2025 | HR-avdelningen |
"""

PLAN_2025 = """# Kompetensförsörjningsplan 2025-2027

Socialnämnden

## Nulägesanalys

Nämnden har 950 tillsvidareanställda. Personalomsättningen var 7,3 % under 2024.

## Avsluta

Alla medarbetare erbjuds avslutssamtal med närmaste chef när de slutar.

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Utveckla/Behålla | Friskare arbetsplatser | Utveckla friskfaktorer på alla enheter | 2025-2027 | AC |
| Rekrytera | Fler sökande | Annonsera alla tjänster på heltid och i sociala medier | 2026 | HR-avdelningen |
"""

PLAN_FARSTA = """# Kompetensförsörjningsplan 2025-2027

Farsta stadsdelsförvaltning

## Nulägesanalys

Förvaltningen har 1 400 tillsvidareanställda. Personalomsättningen var 6,1 % under 2024.

## Rekrytera

Vi använder kompetensbaserad rekrytering och erbjuder praktikplatser för studenter.
"""


@pytest.fixture(scope="module")
def ready(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("compare")
    docs = root / "docs"
    docs.mkdir()
    for name, text in (
        ("social-2024.md", PLAN_2024),
        ("social-2025.md", PLAN_2025),
        ("farsta.md", PLAN_FARSTA),
    ):
        (docs / name).write_text(text, encoding="utf-8")
    assistant = Assistant(Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5))
    report = assistant.ingest([docs])
    assert [f.status for f in report.files] == ["ok", "ok", "ok"], report
    return assistant


def _cli(ready: Assistant, *args: str) -> Any:
    from kfp_assistant.app.cli import app

    return CliRunner().invoke(
        app, [*args, "--index-dir", str(ready.settings.index_dir)], env={"KFP_EMBEDDINGS": "fake"}
    )


def test_cli_compare_json_xlsx_and_chart(ready: Assistant, tmp_path: Path) -> None:
    out, chart = tmp_path / "rows.xlsx", tmp_path / "chart.svg"
    result = _cli(
        ready, "compare", "--aspect", "activities", "--json", "--out", str(out), "--chart", str(chart)
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {(t["administration"], t["count"]) for t in data["totals"]} == {(SOCIAL, 2), (DISTRICT, 0)}
    sheet = load_workbook(out).active
    assert [cell.value for cell in sheet[1]][:3] == ["Förvaltning", "Period", "Område"]
    assert sheet[1][0].font.bold and sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert chart.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    table = _cli(ready, "compare", "--aspect", "figures", "--administration", "Socialnämnden")
    assert table.exit_code == 0 and "7.3" in table.stdout and "8.2" in table.stdout


def test_cli_diff_and_errors(ready: Assistant) -> None:
    result = _cli(ready, "diff", "Socialnämnden", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["from"]["period"], data["to"]["period"]) == ("2024-2026", "2025-2027")
    assert [k["to"]["activity"] for k in data["activities"]["kept"]] == [
        "Annonsera alla tjänster på heltid och i sociala medier"
    ]
    single = _cli(ready, "diff", "Farsta")
    assert single.exit_code == 1 and "needs two plan versions" in single.output
    assert len(single.output.strip().splitlines()) == 1
    bad = _cli(ready, "compare", "--aspect", "budget")
    assert bad.exit_code == 1 and "unknown aspect" in bad.output
