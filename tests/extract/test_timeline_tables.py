"""Activities laid out in ways the readers missed, in made-up wording: a timeline (Gantt) band of period
columns beside the fields (one header row or two), one table per goal (the goal a title row, a heading or
a line above it), the area in brackets after an activity, a header over two rows, titled cards with their
fields one a line, and the separator before inline fields of a listed activity."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.activity_text import area_after
from kfp_assistant.extract.table_header_row import timeline_columns
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("GanttSans", str(FONTS / "DejaVuSans.ttf")))
TEXT = ParagraphStyle("g", fontName="GanttSans", fontSize=8, leading=10)
META = PlanMeta(administration="Testförvaltningen", period="2031")


def _doc(blocks: list[Block]) -> ParsedDocument:
    page = Page(number=1, text="\n".join(b.text for b in blocks), blocks=blocks)
    return ParsedDocument(file="t.docx", path="t.docx", doc_id="x", kind="docx", pages=[page])


def _table(rows: list[list[str]]) -> Block:
    return Block(kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=rows)


def test_a_gantt_table_with_shaded_term_cells_is_an_activity_table(tmp_path: Path) -> None:
    header = ["Id", "Åtgärd", "Fokus", "Ansvarig", "VT 31", "HT 31", "VT 32", "HT 32", "Slutdatum"]
    rows = [
        [
            "A",
            "Bygga upp en vikariepool för fritidshemmen",
            "Rekrytera",
            "Personalchef",
            "",
            "",
            "",
            "",
            "Q2 2031",
        ],
        [
            "B",
            "Utbilda handledare för studenter i verksamhetsförlagd utbildning",
            "Utveckla",
            "Rektorer",
            "",
            "",
            "",
            "",
            "Löpande",
        ],
        [
            "C",
            "Ta fram ett arbetsmiljöpaket för nattpersonal",
            "Behålla",
            "Driftchef",
            "",
            "",
            "",
            "",
            "2031-10-31",
        ],
    ]
    cells = [[Paragraph(c, TEXT) for c in r] for r in [header, *rows]]
    grid = Table(cells, colWidths=[22, 260, 70, 90, 30, 30, 30, 30, 70])
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]
    for r, (start, end) in enumerate([(4, 5), (4, 7), (6, 7)], start=1):  # the bars: shaded cells
        style.append(("BACKGROUND", (start, r), (end, r), colors.darkblue))
    grid.setStyle(TableStyle(style))
    path = tmp_path / "gantt.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(
        [Paragraph("Tidsplan för insatserna 2031", TEXT), grid]
    )
    found, _ = extract_activities(load_document(path), META)
    assert [(a.activity, a.areas, a.responsible, a.target_date) for a in found] == [
        ("Bygga upp en vikariepool för fritidshemmen", ["Rekrytera"], "Personalchef", "Q2 2031"),
        (
            "Utbilda handledare för studenter i verksamhetsförlagd utbildning",
            ["Utveckla"],
            "Rektorer",
            "Löpande",
        ),
        ("Ta fram ett arbetsmiljöpaket för nattpersonal", ["Behålla"], "Driftchef", "2031-10-31"),
    ]


def test_month_and_year_columns_are_a_timeline_band_but_a_lone_date_cell_is_data() -> None:
    assert timeline_columns(["Insats", "Vem", "Jan", "Feb", "Mars", "Klart"]) == {2, 3, 4}
    assert timeline_columns(["Åtgärd", "2031", "2032", "2033"]) == {1, 2, 3}
    assert timeline_columns(["Starta nätverk", "HR", "2031", "Pågår"]) == set()  # a data row
    rows = [
        ["Åtgärd", "Ansvar", "2031", "2032", "Uppföljning"],
        ["Chefsnätverk för nya chefer", "HR-chef", "x", "", "Antal deltagare"],
    ]
    found, _ = extract_activities(_doc([_table(rows)]), META)
    assert [(a.activity, a.responsible, a.followup) for a in found] == [
        ("Chefsnätverk för nya chefer", "HR-chef", "Antal deltagare")
    ]


def test_one_table_per_goal_with_the_goal_above_the_header_and_the_area_in_brackets() -> None:
    first = [
        ["Delmål A: Fler stannar i yrket", "", ""],
        ["Åtgärd (område)", "Vem", "När"],
        ["Erbjuda kompetensstege för socionomer (Utveckla)", "Enhetschef", "HT 2031"],
        ["Hälsosamtal vart annat år (Behålla/Utveckla)", "Företagshälsan", "Löpande"],
    ]
    second = [
        ["Delmål B: Bredare rekryteringsbas", "", ""],
        ["Åtgärd (område)", "Vem", "När"],
        ["Sommarjobb för gymnasieelever (Attrahera)", "HR", "Juni 2031"],
        ["Mentor till alla nyanställda (ca 20 par) *", "Chefer", "2031"],
    ]
    caption = [  # a title naming no goal is a caption, not a row
        ["Tabell 4. Insatser för chefer", "", ""],
        ["Åtgärd", "Vem", "När"],
        ["Ledarforum två gånger per termin", "Förvaltningschef", "Löpande"],
    ]
    blocks = [_table(first), _table(second), _table(caption)]
    found, _ = extract_activities(_doc(blocks), META)
    assert [(a.activity, a.area, a.goal, a.responsible) for a in found] == [
        ("Erbjuda kompetensstege för socionomer", "Utveckla", "Fler stannar i yrket", "Enhetschef"),
        ("Hälsosamtal vart annat år", "Behålla/Utveckla", "Fler stannar i yrket", "Företagshälsan"),
        ("Sommarjobb för gymnasieelever", "Attrahera", "Bredare rekryteringsbas", "HR"),
        ("Mentor till alla nyanställda (ca 20 par)", None, "Bredare rekryteringsbas", "Chefer"),
        ("Ledarforum två gånger per termin", None, None, "Förvaltningschef"),
    ]


def test_brackets_after_an_activity_give_its_area_only_when_they_name_one() -> None:
    assert area_after("Starta traineeprogram (Attrahera, Rekrytera)") == (
        "Starta traineeprogram",
        "Attrahera, Rekrytera",
    )
    assert area_after("Starta traineeprogram (två omgångar)") == (
        "Starta traineeprogram (två omgångar)",
        None,
    )


def test_a_timeline_of_two_header_rows_years_over_quarters_is_read() -> None:
    rows = [
        ["Åtgärd", "Ansvarig", "2031", "", "", "", "2032", "", "", ""],
        ["", "", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"],
        ["Kartlägga språkkunskaper i hemtjänsten", "Områdeschef", "■", "■", "", "", "", "", "", ""],
        ["Yrkesintroduktion för nyanlända", "Arbetsmarknadsenheten", "", "", "■", "■", "■", "", "", ""],
    ]
    found, _ = extract_activities(_doc([_table(rows)]), META)
    assert [(a.activity, a.responsible) for a in found] == [
        ("Kartlägga språkkunskaper i hemtjänsten", "Områdeschef"),
        ("Yrkesintroduktion för nyanlända", "Arbetsmarknadsenheten"),
    ]


def test_titles_with_their_fields_one_a_line_under_an_area_heading_are_activities() -> None:
    blocks = [
        Block(kind="heading", text="Introducera", page=1, level=2),
        Block(kind="heading", text="Välkomstdag för alla nyanställda", page=1, level=3),
        Block(kind="paragraph", text="Ansvarig: Personalenheten", page=1),
        Block(kind="paragraph", text="Klart: Q2 2031", page=1),
        Block(kind="heading", text="Checklista för första veckan", page=1, level=3),
        Block(kind="paragraph", text="Vem: Närmaste chef", page=1),
        Block(kind="paragraph", text="När: Löpande", page=1),
        Block(kind="heading", text="Kontakt", page=1, level=2),
        Block(kind="paragraph", text="Telefon: 010-123", page=1),  # a field naming no role: no card
        Block(kind="paragraph", text="Ansvarig: HR-chefen", page=1),  # one field only: no card
    ]
    found, _ = extract_activities(_doc(blocks), META)
    assert [(a.activity, a.area, a.responsible, a.target_date) for a in found] == [
        ("Välkomstdag för alla nyanställda", "Introducera", "Personalenheten", "Q2 2031"),
        ("Checklista för första veckan", "Introducera", "Närmaste chef", "Löpande"),
    ]


def test_a_goal_heading_over_each_table_is_the_goal_of_its_rows() -> None:
    header = ["Insats", "Vem", "När"]
    blocks = [
        Block(kind="heading", text="Delmål 1: Fler legitimerade sjuksköterskor", page=1, level=2),
        _table([header, ["Betald specialistutbildning", "Vårdchef", "2032"]]),
        Block(kind="heading", text="Delmål 2 – Friskare arbetsplatser", page=1, level=2),
        Block(
            kind="paragraph",
            text="Insatserna bygger på medarbetarenkäten från i höstas och på skyddsronderna.",
            page=1,
        ),
        _table([header, ["Ergonomiutbildning för nattpersonal", "Skyddsombud", "Löpande"]]),
        Block(kind="heading", text="Övriga insatser", page=1, level=2),  # no goal label: no goal
        _table([header, ["Nyhetsbrev om lediga jobb", "Kommunikatör", "Q4 2031"]]),
    ]
    found, _ = extract_activities(_doc(blocks), META)
    assert [(a.activity, a.goal) for a in found] == [
        ("Betald specialistutbildning", "Fler legitimerade sjuksköterskor"),
        ("Ergonomiutbildning för nattpersonal", "Friskare arbetsplatser"),
        ("Nyhetsbrev om lediga jobb", None),
    ]


def test_a_header_over_two_rows_group_words_over_role_words() -> None:
    rows = [
        ["Vad", "Genomförande", ""],
        ["", "Ansvarig", "Klart"],
        ["Språkombud på varje enhet", "Enhetschef", "2031"],
        ["Webbkurs i lättläst svenska", "HR", "Q2 2032"],
    ]
    found, _ = extract_activities(_doc([_table(rows)]), META)
    assert [(a.activity, a.responsible, a.target_date) for a in found] == [
        ("Språkombud på varje enhet", "Enhetschef", "2031"),
        ("Webbkurs i lättläst svenska", "HR", "Q2 2032"),
    ]


def test_the_dash_before_inline_fields_is_no_part_of_a_listed_activity() -> None:
    blocks = [
        Block(kind="heading", text="Attrahera", page=1, level=2),
        Block(kind="list_item", text="Närvaro på yrkesmässor – ansvar: HR, klart Q3 2031", page=1),
        Block(
            kind="list_item", text="Lärlingsplatser i VVS- och el | Ansvar: Driftchef | Klart: 2032", page=1
        ),
    ]
    found, _ = extract_activities(_doc(blocks), META)
    assert [(a.activity, a.responsible, a.target_date) for a in found] == [
        ("Närvaro på yrkesmässor", "HR", "Q3 2031"),
        ("Lärlingsplatser i VVS- och el", "Driftchef", "2032"),
    ]
