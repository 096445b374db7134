"""Layouts that reach the reader without table structure or with it split up: a matrix of competences
rated in dots, a follow-up read column by column, and gap and activity tables under subsection headings
that name parts of the organisation."""

from __future__ import annotations

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.dot_ratings import dot_rated_rows, is_dot_cell
from kfp_assistant.extract.gaps import extract_gaps
from kfp_assistant.extract.table_sections import SECTION_FIELD
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta


def _doc(*blocks: Block) -> ParsedDocument:
    page = Page(number=1, text="\n".join(b.text for b in blocks), blocks=list(blocks))
    return ParsedDocument(file="t.pdf", path="t.pdf", doc_id="x", kind="pdf", pages=[page])


def _h(text: str, level: int = 2) -> Block:
    return Block(kind="heading", text=text, page=1, level=level)


def _p(text: str) -> Block:
    return Block(kind="paragraph", text=text, page=1)


def _table(*rows: tuple[str, ...]) -> Block:
    return Block(
        kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=[list(r) for r in rows]
    )


def test_dot_cells_and_rows() -> None:
    assert is_dot_cell("●●○") and is_dot_cell(" ★☆☆ ") and not is_dot_cell("Hög")
    rows = [["Brandingenjörer", "●●●", "Hög"], ["Tolkar", "●○○", "Låg"]]
    assert dot_rated_rows(rows) == ["Brandingenjörer", "Tolkar"]
    assert dot_rated_rows([["Brandingenjörer", "3", "Hög"], ["Tolkar", "1", "Låg"]]) is None


def test_a_dot_matrix_read_as_lines_gives_every_rated_competence() -> None:
    doc = _doc(
        _h("Kritiska kompetenser – bedömning"),
        _p("Vi har bedömt hur svårt det är att rekrytera varje kompetens."),
        _h("Kompetens Rekrytering Pension", 3),
        _p("Brandingenjörer med behörighet ●●● ●○○ Hög"),
        _p("Tolkar med kunskap i"),
        _p("●●○ ●●● Medel"),
        _p("teckenspråk"),
        _table(
            ("Elektriker med högspänningsbehörighet", "●○○", "●●○", "Låg"),
            ("Lönehandläggare", "●○○", "●○○", "Låg"),
        ),
        _p("●●● stor ●●○ måttlig ●○○ liten"),
        _h("Vad säger medarbetarna"),
        _p("Trivseln är god ●●● men lönen är låg."),
    )
    gaps = extract_gaps(doc, PlanMeta())
    assert [g.text for g in gaps] == [
        "Brandingenjörer med behörighet",
        "Tolkar med kunskap i teckenspråk",
        "Elektriker med högspänningsbehörighet",
        "Lönehandläggare",
    ]
    assert gaps[1].quote == "Tolkar med kunskap i"  # its head, as on the page


def test_dots_outside_a_gap_section_are_no_gaps() -> None:
    doc = _doc(_h("Våra värderingar"), _p("Engagemang ●●● ●●○ Hög"), _p("Respekt ●●○ ●●○ Medel"))
    assert extract_gaps(doc, PlanMeta()) == []


def test_gap_tables_under_subsections_take_the_subsection_as_theme() -> None:
    header = ("Kompetensgap", "Läge nu", "Läge 2029", "Kommentar")
    doc = _doc(
        _h("4 Kompetensbehov"),
        _h("4.1 Räddningstjänst", 3),
        _table(
            header,
            ("Deltidsbrandmän", "Stort", "Stort", "Få sökande"),
            ("Instruktörer", "Medel", "Litet", "x"),
        ),
        _h("4.2 Gata och park", 3),
        _table(
            header,
            ("Arborister", "Stort", "Medel", "Konkurrens"),
            ("Trädgårdsmästare", "Medel", "Medel", "y"),
        ),
    )
    gaps = extract_gaps(doc, PlanMeta())
    assert [(g.theme, g.text) for g in gaps] == [
        ("Räddningstjänst", "Deltidsbrandmän"),
        ("Räddningstjänst", "Instruktörer"),
        ("Gata och park", "Arborister"),
        ("Gata och park", "Trädgårdsmästare"),
    ]


def test_a_follow_up_read_column_by_column_pairs_names_and_outcomes() -> None:
    doc = _doc(
        _h("Hur blev det med förra årets plan?"),
        _h("Insats i planen 2027", 3),
        _p("Gemensam mässa för gymnasieelever"),
        _p("Nätverk för nya arbetsledare"),
        _p("Översatt introduktionsmaterial"),
        _h("Utfall", 3),
        _p("✓ Genomförd, 80 besökare"),
        _p("◐ Påbörjad, fortsätter 2028"),
        _p("✗ Ej genomförd"),
        _p("Kontakt: HR-enheten."),
    )
    rows = [(a.table, a.activity, a.followup) for a in extract_activities(doc, PlanMeta(period="2028"))[0]]
    assert rows == [
        ("followup", "Gemensam mässa för gymnasieelever", "✓ Genomförd, 80 besökare"),
        ("followup", "Nätverk för nya arbetsledare", "◐ Påbörjad, fortsätter 2028"),
        ("followup", "Översatt introduktionsmaterial", "✗ Ej genomförd"),
    ]


def test_lines_without_outcomes_are_no_follow_up() -> None:
    doc = _doc(
        _h("Om planen"), _p("Planen gäller 2028"), _p("Den följs upp varje tertial"), _p("Klart i maj.")
    )
    assert extract_activities(doc, PlanMeta(period="2028"))[0] == []


def test_activity_tables_under_parts_of_the_organisation_keep_the_part() -> None:
    header = ("Område", "Aktivitet", "Klart", "Ansvarig")
    doc = _doc(
        _h("6 Aktiviteter"),
        _h("6.1 Räddningstjänst", 3),
        _table(header, ("Behålla", "Friskvårdstimme för skiftlagen", "2028", "Stationschef")),
        _h("6.2 Gata och park", 3),
        _table(header, ("Attrahera", "Sommarjobb för ungdomar i parkerna", "VT 2028", "Parkchef")),
    )
    activities = extract_activities(doc, PlanMeta())[0]
    assert [a.extra.get(SECTION_FIELD) for a in activities] == ["Räddningstjänst", "Gata och park"]


def test_one_heading_over_the_activity_table_is_no_part() -> None:
    header = ("Område", "Aktivitet", "Klart", "Ansvarig")
    doc = _doc(
        _h("Så arbetar vi vidare", 3),
        _table(header, ("Behålla", "Friskvårdstimme för skiftlagen", "2028", "Stationschef")),
    )
    assert SECTION_FIELD not in extract_activities(doc, PlanMeta())[0][0].extra


def test_titled_cards_with_fields_run_together_are_activities() -> None:
    doc = _doc(
        _h("4 Insatser"),
        _h("U2 · Utveckla", 3),
        _h("Starta en intern kurs i ritteknik för nya tekniker", 3),
        _p("Varför: Få nyutexaminerade kan ritprogrammen. Ägare: Teknisk chef Klart: HT 2028 Mätetal: Antal"),
        _h("Behålla", 3),
        _p("Vi vill att fler stannar: det är viktigt för oss."),
        _p("Lönen ses över varje år."),
    )
    activities = extract_activities(doc, PlanMeta())[0]
    assert [(a.area, a.activity, a.target_date, a.responsible, a.goal) for a in activities] == [
        (
            "Utveckla",
            "Starta en intern kurs i ritteknik för nya tekniker",
            "HT 2028",
            "Teknisk chef",
            "Få nyutexaminerade kan ritprogrammen.",
        )
    ]
