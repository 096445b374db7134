"""Identified competence gaps: list sections with themes, and the needs column of activity tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.extract.gaps import extract_gaps
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def doc(*blocks: Block) -> ParsedDocument:
    page = Page(number=1, text="\n".join(b.text for b in blocks), blocks=list(blocks))
    return ParsedDocument(file="t.pdf", path="t.pdf", doc_id="x", kind="pdf", pages=[page])


def block(kind: str, text: str, level: int | None = None) -> Block:
    return Block(kind=kind, text=text, page=1, level=level)  # type: ignore[arg-type]


def test_gap_list_with_themes_ends_at_prose() -> None:
    d = doc(
        block("heading", "Identifierade kompetensgap", 1),
        block("paragraph", "Inom nämnden behöver kompetensen stärkas inom följande områden:"),
        block("paragraph", "Teknik och digitalisering:"),
        block("list_item", "Statistik och analys"),
        block("list_item", "AI"),
        block("paragraph", "Lagar och avtal:"),
        block("list_item", "Nya socialtjänstlagen"),
        block("heading", "Gemensamma utmaningar", 1),
        block("heading", "Ökat våld", 3),
        block("paragraph", "Våldet har ökat."),
        block("list_item", "Inte ett gap"),
    )
    gaps = extract_gaps(d, PlanMeta())
    assert [(g.theme, g.text) for g in gaps] == [
        ("Teknik och digitalisering", "Statistik och analys"),
        ("Teknik och digitalisering", "AI"),
        ("Lagar och avtal", "Nya socialtjänstlagen"),
    ]
    assert all(g.quote == g.text for g in gaps)


def _needs_table() -> Block:
    rows = [
        ["Område", "Behov", "Aktivitet", "Måldatum"],
        ["Utveckla", "Digitalisering: Behov av AI-kunskap", "○ Utbilda", "2025"],
    ]
    return block("table", "\n".join(" | ".join(r) for r in rows)).model_copy(update={"rows": rows})


def test_heading_themes_and_the_needs_column_only_without_a_list() -> None:
    listed = doc(
        block("heading", "Förvaltningens gemensamma utmaningar", 2),
        block("heading", "Utveckla och behålla", 2),
        block("list_item", "säkerställa ledarskapet"),
        block("heading", "Analys", 1),
        _needs_table(),
    )
    # The needs of the activity table are not counted again where the plan lists its gaps.
    assert [(g.theme, g.text) for g in extract_gaps(listed, PlanMeta())] == [
        ("Utveckla och behålla", "säkerställa ledarskapet")
    ]
    unlisted = doc(block("heading", "Aktiviteter", 1), _needs_table())
    assert [(g.theme, g.text) for g in extract_gaps(unlisted, PlanMeta())] == [
        ("Digitalisering", "Behov av AI-kunskap")
    ]


def test_numbered_items_short_theme_lines_and_gap_tables() -> None:
    rows = [
        ["Yrkesgrupp eller kompetens", "Bedömt gap", "Kommentar"],
        ["Lärare i matematik", "Stort", "Få sökande."],
    ]
    d = doc(
        block("heading", "Bristyrken och svårrekryterade grupper", 2),
        block("paragraph", "Vi har identifierat följande bristyrken:"),
        block("list_item", "1. Sjuksköterskor med specialistutbildning"),
        block("list_item", "2. Biståndshandläggare"),
        block("paragraph", "Ledning"),
        block("list_item", "Första linjens chefer"),
        block("paragraph", "Bristen är störst i hemtjänsten."),
        block("list_item", "Inte ett gap: efter prosan"),
        block("heading", "Identifierade gap", 2),
        block("table", "\n".join(" | ".join(r) for r in rows)).model_copy(update={"rows": rows}),
    )
    assert [(g.theme, g.text) for g in extract_gaps(d, PlanMeta())] == [
        (None, "Sjuksköterskor med specialistutbildning"),
        (None, "Biståndshandläggare"),
        ("Ledning", "Första linjens chefer"),
        (None, "Lärare i matematik"),
    ]


@pytest.mark.skipif(not (CORPUS / "socialnamnden-2025-2027.pdf").exists(), reason="corpus PDFs not built")
def test_real_plans() -> None:
    from kfp_assistant.ingest.loaders import load_document

    gaps = extract_gaps(load_document(CORPUS / "socialnamnden-2025-2027.pdf"), PlanMeta())
    assert len(gaps) == 9 and gaps[0].theme == "Teknik, IT-system och digitalisering"
    gaps = extract_gaps(load_document(CORPUS / "hagersten-alvsjo-3-5-ar.pdf"), PlanMeta())
    assert [g.theme for g in gaps].count("Avsluta") == 2


@pytest.mark.parametrize(
    "heading",
    [
        "Yrken som är svåra att rekrytera",
        "Roller vi behöver fler av",
        "Kompetenser som saknas idag",
        "Bristkompetenser",
        "Våra bristområden",
    ],
)
def test_headings_that_name_hard_to_find_or_needed_competences_open_a_gap_list(heading: str) -> None:
    d = doc(
        block("heading", heading, 2),
        block("list_item", "Lokalvårdare med kunskap om hygienrutiner"),
        block("list_item", "1. Elevhälsans kuratorer"),
        block("paragraph", "Läget beskrivs närmare i bilagan."),
        block("list_item", "Inte ett gap"),
    )
    gaps = extract_gaps(d, PlanMeta())
    assert [g.text for g in gaps] == ["Lokalvårdare med kunskap om hygienrutiner", "Elevhälsans kuratorer"]


def test_headings_about_other_things_open_no_gap_list() -> None:
    d = doc(block("heading", "Så arbetar vi med rekrytering", 2), block("list_item", "Annonsering"))
    assert extract_gaps(d, PlanMeta()) == []
