"""Activity tables -> Activity records: synthetic documents for each rule, then the real plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.activity_text import split_activities
from kfp_assistant.extract.dates import target_end
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
META = PlanMeta(administration="Testnämnden", period="2025-2027")


def table(rows: list[list[str]], page: int = 1, cont: bool = False) -> Block:
    text = "\n".join(" | ".join(" ".join(c.split()) for c in r) for r in rows)
    return Block(kind="table", text=text, page=page, rows=rows, continues_previous=cont)


def doc(*pages: list[Block]) -> ParsedDocument:
    built = [
        Page(
            number=i,
            text="\n".join(b.text for b in blocks),
            blocks=[b.model_copy(update={"page": i}) for b in blocks],
        )
        for i, blocks in enumerate(pages, start=1)
    ]
    return ParsedDocument(file="t.pdf", path="t.pdf", doc_id="x", kind="pdf", pages=built)


def heading(text: str, level: int = 2) -> Block:
    return Block(kind="heading", text=text, page=1, level=level)


def para(text: str) -> Block:
    return Block(kind="paragraph", text=text, page=1)


def test_columns_mapped_by_meaning_in_any_order_and_missing() -> None:
    rows = [
        ["Ansvarig", "Åtgärd", "Område i UBARA", "När"],
        ["AC, EC och HR", "Erbjuda mentorskap", "Introducera", "HT 2025"],
    ]
    acts, warnings = extract_activities(doc([table(rows)]), META)
    assert warnings == []
    (a,) = acts
    assert (a.activity, a.area, a.areas, a.target_date, a.target_end) == (
        "Erbjuda mentorskap",
        "Introducera",
        ["Introducera"],
        "HT 2025",
        "2025-12-31",
    )
    assert a.responsible_list == ["AC", "EC", "HR"] and a.goal is None and a.followup is None
    assert a.quote == "Erbjuda mentorskap" and a.table == "plan"


def test_section_rows_continuation_rows_and_duplicated_cells() -> None:
    rows = [
        ["Vad ska vi uppnå?", "Aktivitet", "Måldatum", "Ansvarig", "Uppföljning/kommentar"],
        ["<i>Utveckla/Behålla</i>", "", "", "", ""],
        [
            "Friska arbetsplatser",
            "Genomföra hälsosamtal",
            "2025-12-31 2025-12-31",
            "Respektive chef Respektive chef",
            "",
        ],
        ["", "Utveckla friskfaktorer", "Löpande", "Respektive chef med stöd av HR", "Årlig uppföljning"],
        ["Attrahera", "", "", "", ""],
        ["Attraktiv arbetsgivare", "Erbjuda feriejobb", "2026", "HR", ""],
    ]
    acts, _ = extract_activities(doc([table(rows)]), META)
    assert [a.area for a in acts] == ["Utveckla/Behålla", "Utveckla/Behålla", "Attrahera"]
    assert acts[0].areas == ["Utveckla", "Behålla"]
    assert (acts[0].target_date, acts[0].responsible) == ("2025-12-31", "Respektive chef")
    assert acts[1].goal == "Friska arbetsplatser" and acts[1].target_end is None
    assert acts[1].responsible_list == ["Respektive chef", "HR"] and acts[1].followup == "Årlig uppföljning"
    assert acts[2].target_end == "2026-12-31"


def test_table_over_page_break_with_repeated_header() -> None:
    header = ["Mål", "Aktivitet", "Måldatum", "Ansvarig"]
    first = table(
        [header, ["Rekrytera", "", "", ""], ["Goda rekryteringar", "Utbilda chefer", "Q1 2025", "HR"]]
    )
    second = table([header, ["", "Ge kandidater återkoppling", "VT 2026", "EC"]], cont=True)
    acts, _ = extract_activities(doc([first], [second]), META)
    assert [(a.activity, a.page, a.goal, a.area) for a in acts] == [
        ("Utbilda chefer", 1, "Goda rekryteringar", "Rekrytera"),
        ("Ge kandidater återkoppling", 2, "Goda rekryteringar", "Rekrytera"),
    ]
    assert [a.target_end for a in acts] == ["2025-03-31", "2026-06-30"]


def test_bullets_nested_dashes_and_two_paragraph_cells() -> None:
    cell = (
        "○ Implementera ny chefsstruktur.\n○ Ta fram en plan, till exempel inom:\n"
        "- Arbetsmiljö, rekrytering\n○ Träffa chefer"
    )
    assert split_activities(cell) == [
        "Implementera ny chefsstruktur.",
        "Ta fram en plan, till exempel inom: - Arbetsmiljö, rekrytering",
        "Träffa chefer",
    ]
    assert split_activities("• Ett\n• Två") == ["Ett", "Två"]
    assert split_activities("- Ett\n- Två") == ["Ett", "Två"]
    assert split_activities("Verka för ett gott ambassadörskap\nErbjuda praktikplatser") == [
        "Verka för ett gott ambassadörskap",
        "Erbjuda praktikplatser",
    ]
    # A wrapped sentence is one activity: the first line ends mid-sentence.
    assert split_activities("Genomföra utbildning för\nStockholms stads chefer") == [
        "Genomföra utbildning för Stockholms stads chefer"
    ]


def test_area_from_heading_when_table_has_none() -> None:
    rows = [
        ["Mål", "Aktivitet", "Måldatum", "Ansvarig"],
        ["Bra avslut", "Erbjuda avslutssamtal", "2025", "EC"],
    ]
    acts, _ = extract_activities(doc([heading("Avsluta"), para("Text."), table(rows)]), META)
    assert (acts[0].area, acts[0].areas) == ("Avsluta", ["Avsluta"])


def test_followup_by_context_and_by_past_tense_before_period() -> None:
    rows = [
        ["Mål", "Aktivitet", "Måldatum", "Ansvarig", "Uppföljning"],
        ["Bra chefer", "Utbilda chefer", "2024-12-31", "HR", "Utbildningen har genomförts."],
    ]
    by_context = doc([heading("Uppföljning av tidigare aktiviteter", 1), table(rows)])
    assert extract_activities(by_context, META)[0][0].table == "followup"
    by_content = doc([heading("Aktiviteter", 1), table(rows)])
    assert extract_activities(by_content, META)[0][0].table == "followup"
    plan_rows = [rows[0], ["Bra chefer", "Utbilda chefer", "2025-12-31", "HR", "Löpande uppföljning"]]
    assert extract_activities(doc([table(plan_rows)]), META)[0][0].table == "plan"


def test_a_header_naming_an_earlier_plan_period_marks_a_followup_table() -> None:
    rows = [
        ["Område", "Aktivitet i planen 2023–2025", "Status", "Kommentar"],
        ["Utveckla", "Språkstöd på arbetstid", "Genomförd", "Fortsätter"],
    ]
    assert extract_activities(doc([table(rows)]), META)[0][0].table == "followup"
    same = [["Område", "Aktivitet 2025–2027", "Ansvar"], ["Utveckla", "Språkstöd på arbetstid", "HR"]]
    assert extract_activities(doc([table(same)]), META)[0][0].table == "plan"


def test_a_heading_or_intro_naming_an_earlier_years_plan_marks_a_followup_table() -> None:
    rows = [
        ["Nr", "Insats", "UBARA", "Status", "Kommentar"],
        ["1", "Chefsutbildning i arbetsrätt", "Utveckla", "Pågår", "Halva gruppen klar"],
    ]
    for words in (
        "Uppföljning av insatserna i 2024 års plan",
        "Status för kompetensförsörjningsplanen 2023–2024",
        "Så gick det med 2024 års plan",
    ):
        acts, _ = extract_activities(doc([heading(words, 1), table(rows)]), META)
        assert (acts[0].table, acts[0].followup) == ("followup", "Pågår"), words
    intro = para("Här redovisas resultatet av aktiviteterna i planen för 2024.")
    acts, _ = extract_activities(doc([heading("Tillbakablick", 1), intro, table(rows)]), META)
    assert acts[0].table == "followup"
    # the plan's own years, or a year that is no plan's, say nothing about a follow-up
    for words in ("Uppföljning av 2025 års plan", "Uppföljning av medarbetarenkäten 2024"):
        acts, _ = extract_activities(doc([heading(words, 1), table(rows)]), META)
        assert acts[0].table == "plan", words


def test_rows_spanning_the_table_led_by_a_goal_label_set_the_goal_below() -> None:
    rows = [
        ["#", "Insats", "Område", "När", "Vem"],
        ["Delmål A – Fler behöriga lärare", "", "", "", ""],
        ["1", "Lärarlyftet på arbetstid", "Utveckla", "HT 2026", "Rektor"],
        ["2", "Fler platser för VFU", "Attrahera", "2027", "HR"],
        ["Syfte: Chefer som orkar", "", "", "", ""],
        ["3", "Administrativt stöd till rektorer", "Behålla", "Q1 2026", "Skolchef"],
        ["Kompetensutveckling", "", "", "", ""],  # no goal label: not a goal row
    ]
    acts, _ = extract_activities(doc([table(rows)]), META)
    assert [(a.activity, a.goal, a.area) for a in acts] == [
        ("Lärarlyftet på arbetstid", "Fler behöriga lärare", "Utveckla"),
        ("Fler platser för VFU", "Fler behöriga lärare", "Attrahera"),
        ("Administrativt stöd till rektorer", "Chefer som orkar", "Behålla"),
    ]


def test_malformed_table_and_prose_only_plan() -> None:
    header = ["Mål", "Aktivitet", "Måldatum", "Ansvarig"]
    good = table([header, ["Mål A", "Aktivitet A", "2025", "HR"]])
    ragged = table(
        [["Mål B", "Utbilda alla chefer", "2026"], ["", "Erbjuda mentorskap", "2026", "HR", "x"]], page=2
    )
    acts, warnings = extract_activities(doc([good, para("Mellantext.")], [ragged]), META)
    assert [a.activity for a in acts] == ["Aktivitet A", "Utbilda alla chefer", "Erbjuda mentorskap"]
    assert any("page 2" in w for w in warnings)
    stats = table([["Möjliga pensionsavgångar", "2025", "2026"], ["Totalt", "16", "15"]])
    acts, warnings = extract_activities(doc([para("Vi ska utbilda chefer."), stats]), META)
    assert acts == [] and any("no activity table found" in w for w in warnings)


def test_target_end_forms() -> None:
    assert target_end("2025-2027") == "2027-12-31"
    assert target_end("2025") == "2025-12-31"
    assert target_end("Q1 2025") == "2025-03-31"
    assert target_end("december 2025") == "2025-12-31"
    assert target_end("Löpande") is None


@pytest.mark.skipif(not (CORPUS / "socialnamnden-2025-2027.pdf").exists(), reason="corpus PDFs not built")
def test_real_plans() -> None:
    from kfp_assistant.ingest.loaders import load_document
    from kfp_assistant.ingest.loaders import normalize_for_match as norm

    soc = load_document(CORPUS / "socialnamnden-2025-2027.pdf")
    acts, _ = extract_activities(soc, PlanMeta(period="2025-2027"))
    plan = [a for a in acts if a.table == "plan"]
    avsluta = [a for a in plan if a.areas == ["Avsluta"]]
    assert len(plan) == 9 and len(acts) == 31 and len(avsluta) == 2
    assert {a.target_date for a in avsluta} == {"2025-12-31"}
    pages = {p.number: norm(p.text) for p in soc.pages}
    assert all(norm(a.quote) in pages[a.page] for a in acts)
    hv = load_document(CORPUS / "hasselby-vallingby-2025-2027.pdf")
    acts, _ = extract_activities(hv, PlanMeta(period="2025-2027"))
    assert len(acts) == 28 and {a.table for a in acts} == {"plan"}
    q1 = [a for a in acts if a.target_date == "Q1 2025"]
    assert len(q1) == 2 and q1[0].responsible_list == ["HR", "AC", "EC"]
    prose = load_document(CORPUS / "hagersten-alvsjo-3-5-ar.pdf")
    assert extract_activities(prose, PlanMeta())[0] == []
