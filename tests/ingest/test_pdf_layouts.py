"""PDF layouts without ruling lines: tables read from word positions, two-column pages read by column."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kfp_assistant.ingest.loaders import load_document

FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("TestSans", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("TestSans-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
WIDTH, HEIGHT = A4


def _pdf(path: Path, draw: list[tuple[float, float, str, bool]], size: float = 9) -> Path:
    """One A4 page with text drawn at (x, top) positions: no lines, no rectangles."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x, top, text, bold in draw:
        c.setFont("TestSans-Bold" if bold else "TestSans", size)
        c.drawString(x, HEIGHT - top, text)
    c.save()
    return path


def test_unruled_table_with_wrapped_cells_and_a_section_row(tmp_path: Path) -> None:
    columns = (60, 230, 380, 450)
    draw = [(60, 100, "Planen beskriver hur förvaltningen ska arbeta med kompetensförsörjning.", False)]
    draw += [(x, 130, h, True) for x, h in zip(columns, ("Insats", "Syfte", "Tidplan", "Ägare"), strict=True)]
    draw += [(60, 152, "Utveckla", True)]
    rows = [
        (
            ("Erbjuda handledarutbildning till", "erfarna medarbetare"),
            ("Bättre introduktion",),
            "HT 2025",
            "HR",
        ),
        (("Införa karriärvägar",), ("Behålla erfarna", "specialister"), "2026-06-30", "Enhetschef"),
        (("Utbilda chefer i", "arbetsrätt och", "lönebildning"), ("Tryggare chefer",), "Löpande", "HR-chef"),
    ]
    top = 172
    for first, second, date, owner in rows:
        for k, line in enumerate(first):
            draw.append((60, top + 11 * k, line, False))
        for k, line in enumerate(second):
            draw.append((230, top + 11 * k, line, False))
        draw += [(380, top, date, False), (450, top, owner, False)]
        top += 11 * max(len(first), len(second)) + 10
    doc = load_document(_pdf(tmp_path / "plan.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [
        ["Insats", "Syfte", "Tidplan", "Ägare"],
        ["Utveckla", "", "", ""],
        ["Erbjuda handledarutbildning till erfarna medarbetare", "Bättre introduktion", "HT 2025", "HR"],
        ["Införa karriärvägar", "Behålla erfarna specialister", "2026-06-30", "Enhetschef"],
        ["Utbilda chefer i arbetsrätt och lönebildning", "Tryggare chefer", "Löpande", "HR-chef"],
    ]
    assert doc.pages[0].blocks[0].kind == "paragraph"  # the prose above the table stays prose


def test_year_table_with_right_aligned_numbers_keeps_cells_apart(tmp_path: Path) -> None:
    c_width = pdfmetrics.stringWidth
    draw = [(60, 100, "Tabell 1. Nyckeltal", False)]
    for k, year in enumerate(("2022", "2023", "2024")):
        draw.append((300 + 60 * k - c_width(year, "TestSans", 9), 120, year, False))
    values = (("Personalomsättning, %", "11,5", "10,2", "8,7"), ("Sjukfrånvaro, %", "7,9", "7,6", "7,2"))
    for n, (label, *cells) in enumerate(values):
        draw.append((60, 138 + 16 * n, label, False))
        for k, cell in enumerate(cells):
            draw.append((300 + 60 * k - c_width(cell, "TestSans", 9), 138 + 16 * n, cell, False))
    draw.append((60, 180, "Medelåldern var 46 år.", False))
    doc = load_document(_pdf(tmp_path / "years.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [
        ["", "2022", "2023", "2024"],
        ["Personalomsättning, %", "11,5", "10,2", "8,7"],
        ["Sjukfrånvaro, %", "7,9", "7,6", "7,2"],
    ]
    assert "11,510,2" not in doc.pages[0].text


PROSE = (
    "Förvaltningen har under året arbetat med att stärka",
    "kompetensen hos alla medarbetare genom utbildning",
    "och handledning i det dagliga arbetet, vilket har",
    "gett goda resultat i medarbetarenkäten.",
)


def test_two_column_page_is_read_column_by_column(tmp_path: Path) -> None:
    draw = [(60, 80, "Nuläge", True)]
    left = [*PROSE, *PROSE]
    right = [
        "Nu förändras också arbetet genom",
        "digitaliseringen, som kräver nya",
        "kunskaper av alla.",
        *PROSE,
    ]
    draw += [(60, 110 + 12 * k, line, False) for k, line in enumerate(left)]
    draw += [(320, 104 + 12 * k, line, False) for k, line in enumerate(right)]
    text = load_document(_pdf(tmp_path / "columns.pdf", draw)).pages[0].text
    assert "stärka kompetensen hos alla medarbetare" in text
    assert "Nu förändras också arbetet genom digitaliseringen, som kräver nya kunskaper av alla." in text
    assert text.index("gett goda resultat") < text.index("Nu förändras också")


def test_two_column_table_is_not_read_as_two_columns(tmp_path: Path) -> None:
    draw = [(60, 80, "Aktivitet", True), (320, 80, "Ansvarig", True)]
    top = 100
    for n in range(5):
        draw += [
            (60, top, f"Aktivitet nummer {n + 1} som beskrivs här", False),
            (320, top, "Enhetschef", False),
        ]
        draw += [
            (60, top + 11, "och fortsätter på en andra rad", False),
            (320, top + 11, "med stöd av HR", False),
        ]
        top += 32
    doc = load_document(_pdf(tmp_path / "table.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows[1] == [
        "Aktivitet nummer 1 som beskrivs här och fortsätter på en andra rad",
        "Enhetschef med stöd av HR",
    ]
    assert len(table.rows) == 6


def test_a_bold_label_before_a_plain_value_is_a_field_not_a_heading(tmp_path: Path) -> None:
    label = pdfmetrics.stringWidth("Tidplan: ", "TestSans-Bold", 9)
    draw = [
        (60, 100, "Utveckla", True),
        (60, 120, "Språkstöd för medarbetare med annat modersmål", False),
        (60, 134, "Tidplan:", True),
        (60 + label, 134, "HT 2025", False),  # shorter than its label: the bold run is the longest
    ]
    doc = load_document(_pdf(tmp_path / "fields.pdf", draw))
    headings = [b.text for b in doc.pages[0].blocks if b.kind == "heading"]
    assert headings == ["Utveckla"]


def test_a_wrapped_cell_set_close_to_the_next_column_is_cut_where_that_column_starts(tmp_path: Path) -> None:
    # The activity's first line ends just short of the date column: closer than a column gap.
    c_width = pdfmetrics.stringWidth
    first = "Kurs i samtalsmetodik med övning"
    date_x = 60 + c_width(first, "TestSans", 9) + 4
    columns = (60, date_x, date_x + 70)
    draw = [(x, 100, h, True) for x, h in zip(columns, ("Insats", "Klart", "Ansvar"), strict=True)]
    rows = [
        (("Handledning för nya", "kollegor"), "Löpande", "Enhetschef"),
        ((first, "tillsammans med kollega"), "Q3 2025", "HR-chef"),
        (("Mentor för nya chefer",), "2026", "Förvaltningschef"),
    ]
    top = 120
    for lines, date, owner in rows:
        draw += [(60, top + 11 * k, line, False) for k, line in enumerate(lines)]
        draw += [(date_x, top, date, False), (date_x + 70, top, owner, False)]
        top += 11 * len(lines) + 10
    doc = load_document(_pdf(tmp_path / "close.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows[2] == ["Kurs i samtalsmetodik med övning tillsammans med kollega", "Q3 2025", "HR-chef"]
    assert table.rows[3] == ["Mentor för nya chefer", "2026", "Förvaltningschef"]


def test_two_columns_with_their_own_line_pitch_keep_a_small_table_in_one_column(tmp_path: Path) -> None:
    c_width = pdfmetrics.stringWidth
    draw = [(60, 80 + 13 * k, line, False) for k, line in enumerate(PROSE)]
    top = 80 + 13 * len(PROSE) + 12
    for n, (label, *cells) in enumerate(
        (("Mått", "2023", "2024"), ("Avgångar", "143", "131"), ("Pensionsavgångar", "12", "9"))
    ):
        draw.append((60, top + 20 * n, label, n == 0))
        for k, cell in enumerate(cells):
            draw.append((230 + 45 * k - c_width(cell, "TestSans", 9), top + 20 * n, cell, n == 0))
    draw += [(60, top + 72 + 13 * k, line, False) for k, line in enumerate(PROSE)]
    # The right column starts on its own baselines, between the left column's lines.
    right = [
        "Nu förändras också arbetet genom",
        "digitaliseringen, som kräver nya",
        "kunskaper av alla.",
        *PROSE,
    ]
    draw += [(320, 86 + 13 * k, line, False) for k, line in enumerate(right)]
    doc = load_document(_pdf(tmp_path / "columns_table.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [
        ["Mått", "2023", "2024"],
        ["Avgångar", "143", "131"],
        ["Pensionsavgångar", "12", "9"],
    ]
    text = doc.pages[0].text
    assert "Nu förändras också arbetet genom digitaliseringen, som kräver nya kunskaper av alla." in text


def test_a_table_of_right_aligned_counts_is_no_table_of_contents(tmp_path: Path) -> None:
    # Counts in the last column that go up and down; a wider number under a narrower one.
    c_width = pdfmetrics.stringWidth
    rows = [
        ("Vårdbiträde", "74", "6", "17"),
        ("Stödassistent", "61", "10", "11"),
        ("Enhetschef", "34", "0", "5"),
    ]
    draw = []
    for n, (label, *cells) in enumerate(rows):
        draw.append((60, 100 + 16 * n, label, False))
        for k, cell in enumerate(cells):
            draw.append((260 + 50 * k - c_width(cell, "TestSans", 9), 100 + 16 * n, cell, False))
    doc = load_document(_pdf(tmp_path / "counts.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [[r[0], *r[1:]] for r in map(list, rows)]


def test_unruled_table_whose_header_runs_two_columns_together(tmp_path: Path) -> None:
    # "Klar senast" ends a few points before "Mått" starts: the header line reads as one cell, but
    # the rows below have a date and a measure apart; both columns are kept, the dates too.
    when = 400 - 5 - pdfmetrics.stringWidth("Klar senast", "TestSans-Bold", 9)
    draw = [
        (x, 130, text, True)
        for x, text in zip((60, 170, when, 400), ("Ägare", "Insats", "Klar senast", "Mått"), strict=True)
    ]
    rows = [
        ("HR", "Kurs i samtalsteknik", "Q3 2026", "Antal kursdeltagare"),
        ("Chefer", "Mentorer", "2027", "Enkät"),
    ]
    top = 150
    for row in rows:
        draw += [(x, top, text, False) for x, text in zip((60, 170, when, 400), row, strict=True)]
        top += 20
    doc = load_document(_pdf(tmp_path / "plan.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [["Ägare", "Insats", "Klar senast", "Mått"], *[list(r) for r in rows]]


def test_unruled_table_with_rows_spanning_it_keeps_them_as_rows_of_their_own(tmp_path: Path) -> None:
    columns = (50, 80, 300, 380, 460)
    draw = [(x, 100, h, True) for x, h in zip(columns, ("Nr", "Insats", "Område", "När", "Vem"), strict=True)]
    top = 118.0
    for goal, rows in (
        ("Delmål A: Fler behöriga lärare i grundskolan", (("A1", "Lärarlyftet på arbetstid", "Utveckla"),)),
        (
            "Delmål B: Chefer som orkar leda",
            (("B1", "Stöd till rektorer", "Behålla"), ("B2", "Mentorer", "Utveckla")),
        ),
    ):
        draw.append((50, top, goal, True))  # one line across the first three columns
        top += 14
        for nr, action, area in rows:
            draw += [(50, top, nr, False), (80, top, action, False), (300, top, area, False)]
            draw += [(380, top, "2026", False), (460, top, "HR", False)]
            top += 14  # rows of one line each, evenly spaced: rows are told apart by their first cell
    doc = load_document(_pdf(tmp_path / "goals.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    assert table.rows == [
        ["Nr", "Insats", "Område", "När", "Vem"],
        ["Delmål A: Fler behöriga lärare i grundskolan", "", "", "", ""],
        ["A1", "Lärarlyftet på arbetstid", "Utveckla", "2026", "HR"],
        ["Delmål B: Chefer som orkar leda", "", "", "", ""],
        ["B1", "Stöd till rektorer", "Behålla", "2026", "HR"],
        ["B2", "Mentorer", "Utveckla", "2026", "HR"],
    ]


def test_unruled_boxes_of_the_same_labels_under_titles_stay_apart(tmp_path: Path) -> None:
    draw: list[tuple[float, float, str, bool]] = []
    top = 100.0
    for title, action in (
        ("Insats 1 · Rekrytera", "Rekryteringsmässa"),
        ("Insats 2 · Behålla", "Lönetrappa"),
    ):
        draw.append((60, top, title + " för hela förvaltningen", True))  # reaches over the value column
        top += 16
        for label, value in (("Vad", action), ("Vem", "HR-chef"), ("När", "2026")):
            draw += [(60, top, label, False), (130, top, value, False)]
            top += 14
        top += 10
    doc = load_document(_pdf(tmp_path / "boxes.pdf", draw))
    tables = [b.rows for b in doc.pages[0].blocks if b.kind == "table"]
    assert tables == [
        [["Vad", "Rekryteringsmässa"], ["Vem", "HR-chef"], ["När", "2026"]],
        [["Vad", "Lönetrappa"], ["Vem", "HR-chef"], ["När", "2026"]],
    ]


def test_a_symbol_font_bullet_mapped_to_no_letter_starts_a_list_item() -> None:
    from kfp_assistant.ingest.lines import BULLET_LINE_RE, starts_item

    assert starts_item("\x7f Att behålla erfarna lärare")  # a bullet glyph that came out as DEL
    assert starts_item("\uf0a8 Att rekrytera fler chefer")  # a private-use Wingdings glyph
    assert BULLET_LINE_RE.sub("", "\x7f Att behålla erfarna lärare") == "Att behålla erfarna lärare"
    assert not starts_item("Att behålla erfarna lärare")
    assert not starts_item("\x7fAtt")  # no space after: part of a word, not a bullet
