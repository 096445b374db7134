"""Gaps laid out as sub-bullets under a theme bullet, as a table rating each occupation, and as a
numbered or rated table of gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.extract.gaps import extract_gaps
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta


def _doc(*blocks: Block) -> ParsedDocument:
    page = Page(number=1, text="\n".join(b.text for b in blocks), blocks=list(blocks))
    return ParsedDocument(file="t.pdf", path="t.pdf", doc_id="x", kind="pdf", pages=[page])


def _table(*rows: tuple[str, ...]) -> Block:
    return Block(
        kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=[list(r) for r in rows]
    )


def test_a_bullet_with_sub_bullets_is_their_theme(tmp_path: Path) -> None:
    text = """# Plan 2026

## Kompetensbehov

- Skola
  - Speciallärare med inriktning mot läs- och skrivsvårigheter
  - Lärare i matematik
- Studie- och yrkesvägledare
- Kök
  - Kockar med dietkunskap

## Aktiviteter
"""
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    gaps = extract_gaps(load_document(path), PlanMeta())
    assert [(g.theme, g.text) for g in gaps] == [
        ("Skola", "Speciallärare med inriktning mot läs- och skrivsvårigheter"),
        ("Skola", "Lärare i matematik"),
        (None, "Studie- och yrkesvägledare"),
        ("Kök", "Kockar med dietkunskap"),
    ]


def test_word_sub_bullets_by_style(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Kompetensgap", level=1)
    document.add_paragraph("IT", style="List Bullet")
    document.add_paragraph("Systemförvaltare", style="List Bullet 2")
    document.add_paragraph("Jurist", style="List Bullet")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    gaps = extract_gaps(load_document(path), PlanMeta())
    assert [(g.theme, g.text) for g in gaps] == [("IT", "Systemförvaltare"), (None, "Jurist")]


def test_a_table_rating_occupations_gives_the_shortages_wherever_it_stands() -> None:
    d = _doc(
        Block(kind="heading", text="Läget per yrke", page=1, level=2),
        _table(
            ("Yrke", "Läge i dag", "Kommentar", "Om tre år"),
            ("Förskollärare", "Stor brist", "Få utbildas", "Brist"),
            ("Barnskötare", "Balans", "Många sökande", "Viss brist"),
            ("Kock", "Viss brist", "Konkurrens", "Balans"),
            ("Lokalvårdare", "Överskott", "", "Överskott"),
        ),
    )
    gaps = extract_gaps(d, PlanMeta())
    assert [g.text for g in gaps] == ["Förskollärare", "Kock"]  # today's rating, not the forecast


def test_a_table_without_ratings_outside_a_gap_section_gives_nothing() -> None:
    d = _doc(
        Block(kind="heading", text="Personal per yrke", page=1, level=2),
        _table(("Yrke", "Antal", "Kommentar"), ("Kock", "12", "Brist"), ("Lärare", "40", "Balans i år")),
    )
    assert extract_gaps(d, PlanMeta()) == []


def test_a_numbered_gap_table_under_an_analysis_heading_gives_its_gaps_not_its_numbers() -> None:
    d = _doc(
        Block(kind="heading", text="Behovsanalys och slutsatser", page=1, level=1),
        Block(kind="paragraph", text="Tabell 3. Våra största behov", page=1),
        _table(
            ("#", "Identifierat behov", "Enhet", "Angelägenhetsgrad", "Prio"),
            ("1.", "Fordonstekniker med behörighet för gasfordon", "Verkstad", "Hög", "A"),
            ("2.", "Upphandlare med erfarenhet av entreprenader", "Stab", "Låg", "B"),
            ("3.", "Arbetsledare för säsongsanställda", "Park", "Hög", "A"),
        ),
    )
    gaps = extract_gaps(d, PlanMeta())
    assert [g.text for g in gaps] == [
        "Fordonstekniker med behörighet för gasfordon",
        "Upphandlare med erfarenhet av entreprenader",
        "Arbetsledare för säsongsanställda",
    ]


def test_in_a_gap_section_the_need_column_is_read_past_a_numbering_column() -> None:
    d = _doc(
        Block(kind="heading", text="Kompetensbrister", page=1, level=2),
        _table(
            ("Nr", "Område", "Omfattning"),
            ("1", "Elsäkerhet i fält", "Stor"),
            ("2", "Ärendesystemet", "Liten"),
        ),
    )
    assert [g.text for g in extract_gaps(d, PlanMeta())] == ["Elsäkerhet i fält", "Ärendesystemet"]


def test_a_rated_table_of_occupations_is_no_gap_table_outside_a_gap_section() -> None:
    d = _doc(
        Block(kind="heading", text="Yrken och rekryteringsläge", page=1, level=2),
        _table(
            ("Nr", "Yrkesgrupp", "Antal", "Svårighet att rekrytera"),
            ("1", "Kockar", "12", "Medel"),
            ("2", "Lärare", "40", "Svårt"),
            ("3", "Vaktmästare", "5", "Lätt"),
        ),
    )
    assert extract_gaps(d, PlanMeta()) == []


def test_a_table_assessing_how_hard_groups_are_to_recruit_gives_the_hard_ones_wherever_it_stands() -> None:
    d = _doc(
        Block(kind="heading", text="Bemanningsläget inför 2027", page=1, level=2),
        _table(
            ("Befattning", "Läge 2027", "Utveckling", "Kommentar"),
            ("Fritidspedagog", "Svårt", "Sämre", "Få utbildade i regionen."),
            ("Elevassistent", "Lätt", "Oförändrat", "Många sökande."),
            ("Specialpedagog", "Mycket svårt", "Oförändrat", "Konkurrens med grannkommuner."),
            ("Vaktmästare", "Medel", "Bättre", ""),
        ),
    )
    assert [g.text for g in extract_gaps(d, PlanMeta())] == ["Fritidspedagog", "Specialpedagog"]


def test_a_table_scoring_levels_gives_the_rows_with_a_gap() -> None:
    sized = _table(
        ("Förmåga", "Nivå i dag (1–5)", "Behövd nivå (1–5)", "Gap"),
        ("GIS-analys", "2", "4", "Stort"),
        ("Ärendehandläggning", "3", "4", "Litet"),
        ("Bemötande", "4", "4", "Inget"),
    )
    scored = _table(
        ("Område", "Nuläge", "Krav 2027"),
        ("Hållbar upphandling", "1", "3"),
        ("Arkivering", "3", "3"),
        ("Projektledning", "2", "3"),
    )
    d = _doc(Block(kind="heading", text="Skattning per avdelning", page=1, level=2), sized, scored)
    assert [g.text for g in extract_gaps(d, PlanMeta())] == [
        "GIS-analys",
        "Ärendehandläggning",
        "Hållbar upphandling",
        "Projektledning",
    ]


def test_subsections_of_a_gap_section_each_introduce_their_list_in_a_line_of_prose() -> None:
    d = _doc(
        Block(kind="heading", text="5 Kompetensgap", page=1, level=1),
        Block(kind="paragraph", text="Gapen samlas under två rubriker.", page=1),
        Block(kind="heading", text="5.1 Digital förmåga", page=1, level=2),
        Block(kind="paragraph", text="Nya e-tjänster införs under 2026.", page=1),
        Block(kind="list_item", text="Vana vid det nya ärendesystemet", page=1),
        Block(kind="list_item", text="Informationssäkerhet i mobilt arbete", page=1),
        Block(kind="heading", text="5.2 Ledning", page=1, level=2),
        Block(kind="paragraph", text="Många chefer är nya.", page=1),
        Block(kind="list_item", text="Arbetsrätt för nya chefer", page=1),
        Block(kind="heading", text="6 Aktiviteter", page=1, level=1),
        Block(kind="paragraph", text="Så här gör vi.", page=1),
        Block(kind="list_item", text="Utbilda alla chefer i arbetsrätt", page=1),
    )
    assert [(g.theme, g.text) for g in extract_gaps(d, PlanMeta())] == [
        ("Digital förmåga", "Vana vid det nya ärendesystemet"),
        ("Digital förmåga", "Informationssäkerhet i mobilt arbete"),
        ("Ledning", "Arbetsrätt för nya chefer"),
    ]


def test_a_subsection_of_long_prose_that_ends_in_a_list_is_analysis() -> None:
    long = " ".join(["Hot och våld mot medarbetare har ökat de senaste åren i flera verksamheter."] * 4)
    d = _doc(
        Block(kind="heading", text="Gemensamma utmaningar", page=1, level=1),
        Block(kind="heading", text="Ökad otrygghet", page=1, level=3),
        Block(kind="paragraph", text=long, page=1),
        Block(kind="list_item", text="Fortsätta arbetet med säkerhetsrutiner", page=1),
    )
    assert extract_gaps(d, PlanMeta()) == []
