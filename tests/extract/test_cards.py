"""Activities laid out as cards of labelled rows: made-up cards, side by side, stacked, across, in a PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kfp_assistant.extract.activities import extract_activities
from kfp_assistant.extract.cards import area_part
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import Block, PlanMeta
from tests.extract.test_tables import doc, heading, para, table

META = PlanMeta(administration="Testförvaltningen", period="2026-2027")
FONTS = Path(__file__).resolve().parents[2] / "scripts" / "fonts"
pdfmetrics.registerFont(TTFont("CardSans", str(FONTS / "DejaVuSans.ttf")))


def test_two_cards_side_by_side_in_one_table_with_their_own_heading_rows() -> None:
    rows = [
        ["Insats 1 – Attrahera", "", "Insats 2 – Behålla", ""],
        ["Vad", "Delta i yrkesmässor på högskolor", "Vad", "Införa en friskvårdstimme i veckan"],
        ["Syfte", "Fler sökande till tekniska tjänster", "Syfte", "Lägre sjukfrånvaro"],
        ["Vem", "Rekryteringsenheten", "Vem", "Enhetschefer"],
        ["När", "VT 2026", "När", "2026-12-31"],
        ["Uppföljning", "Antal sökande", "Uppföljning", "Sjukfrånvaro i procent"],
    ]
    acts, _ = extract_activities(doc([heading("Åtgärder"), table(rows)]), META)
    assert [(a.activity, a.area, a.goal, a.responsible, a.target_end, a.followup) for a in acts] == [
        (
            "Delta i yrkesmässor på högskolor",
            "Attrahera",
            "Fler sökande till tekniska tjänster",
            "Rekryteringsenheten",
            "2026-06-30",
            "Antal sökande",
        ),
        (
            "Införa en friskvårdstimme i veckan",
            "Behålla",
            "Lägre sjukfrånvaro",
            "Enhetschefer",
            "2026-12-31",
            "Sjukfrånvaro i procent",
        ),
    ]
    assert all(a.table == "plan" and a.quote == a.activity for a in acts)


def test_one_card_per_table_under_headings_naming_the_area_and_extra_labels_kept() -> None:
    def card(action: str, who: str) -> list[list[str]]:
        return [
            ["Aktivitet:", action],
            ["Ansvarig:", who],
            ["Tidplan:", "Löpande"],
            ["Budget:", "40 tkr"],
        ]

    blocks = [
        heading("Handlingsplan", 1),
        heading("Nr 4 · Rekrytera", 3),
        table(card("Strukturerade intervjuer vid alla rekryteringar", "HR-konsult")),
        heading("Nr 5 · Introducera", 3),
        table(card("Introduktionsprogram med fadder", "Närmaste chef")),
    ]
    acts, warnings = extract_activities(doc(blocks), META)
    assert warnings == []
    assert [(a.area, a.areas, a.responsible, a.target_date) for a in acts] == [
        ("Rekrytera", ["Rekrytera"], "HR-konsult", "Löpande"),
        ("Introducera", ["Introducera"], "Närmaste chef", "Löpande"),
    ]
    assert acts[0].extra == {"Budget:": "40 tkr"}


def test_cards_stacked_in_one_column_and_activities_set_across_one_label_column() -> None:
    stacked = [
        ["Område", "Utveckla"],
        ["Åtgärd", "Språkstöd för medarbetare i hemtjänsten"],
        ["Ansvar", "Enhetschef"],
        ["Klart", "Q3 2026"],
        ["Område", "Avsluta"],
        ["Åtgärd", "Avgångssamtal med alla som slutar"],
        ["Ansvar", "Närmaste chef"],
        ["Klart", "Löpande"],
    ]
    across = [
        ["Åtgärd", "Mentorskap för nya chefer", "Chefsforum varje kvartal"],
        ["Mål", "Trygga chefer", "Erfarenhetsutbyte"],
        ["Ansvarig", "HR-chef", "Förvaltningsdirektör"],
        ["Senast", "2026-06-30", "2027-12-31"],
    ]
    acts, _ = extract_activities(doc([table(stacked), table(across)]), META)
    assert [(a.activity, a.area, a.responsible) for a in acts] == [
        ("Språkstöd för medarbetare i hemtjänsten", "Utveckla", "Enhetschef"),
        ("Avgångssamtal med alla som slutar", "Avsluta", "Närmaste chef"),
        ("Mentorskap för nya chefer", None, "HR-chef"),
        ("Chefsforum varje kvartal", None, "Förvaltningsdirektör"),
    ]
    assert [a.goal for a in acts[2:]] == ["Trygga chefer", "Erfarenhetsutbyte"]


def test_cards_under_a_follow_up_of_an_earlier_years_plan_are_followups() -> None:
    card = [["Insats", "Lönekartläggning"], ["Status", "Delvis genomförd"], ["Ansvarig", "HR"]]
    new = [["Insats", "Karriärtrappa för tekniker"], ["Ansvarig", "HR"], ["Klart", "2026-10-01"]]
    blocks = [
        heading("Så gick det med 2025 års plan", 1),
        para("Här redovisas resultatet för aktiviteterna i planen för 2025."),
        table(card),
        heading("Insatser 2026", 1),
        table(new),
    ]
    acts, _ = extract_activities(doc(blocks), META)
    assert [(a.activity, a.table, a.followup) for a in acts] == [
        ("Lönekartläggning", "followup", "Delvis genomförd"),
        ("Karriärtrappa för tekniker", "plan", None),
    ]


def test_a_second_label_of_a_role_is_kept_beside_the_first_and_the_card_goes_on() -> None:
    card = [
        ["Insats", "Lönekartläggning"],
        ["Status", "Pågår"],
        ["Kommentar", "Klar för två av tre yrken"],
        ["Ansvarig", "HR"],
    ]
    (a,), _ = extract_activities(doc([table(card)]), META)
    assert (a.followup, a.extra, a.responsible) == ("Pågår", {"Kommentar": "Klar för två av tre yrken"}, "HR")
    rows = [
        ["Aktivitet", "Status", "Kommentar"],
        ["Mentorskap för nya chefer", "Delvis genomförd", "Hälften har en mentor"],
    ]
    (a,), _ = extract_activities(doc([table(rows)]), META)
    assert (a.followup, a.extra) == ("Delvis genomförd", {"Kommentar": "Hälften har en mentor"})


def test_boxes_of_labels_without_an_activity_are_no_cards() -> None:
    figures = [["Antal anställda", "512"], ["Sjukfrånvaro", "6,1 %"], ["Personalomsättning", "8 %"]]
    contact = [["Ansvarig", "HR-chef Eva Ek"], ["Telefon", "08-123 45"], ["Uppföljning", "Tertialvis"]]
    acts, _ = extract_activities(doc([table(figures), table(contact)]), META)
    assert acts == []


def test_area_part_of_a_heading() -> None:
    assert area_part("Aktivitet 4 · Introducera") == "Introducera"
    assert area_part("Insats 2 – Attrahera/Rekrytera") == "Attrahera/Rekrytera"
    assert area_part("Behålla") == "Behålla"
    assert area_part("Kompetensutveckling för chefer") == "Kompetensutveckling för chefer"


def _boxed_cards_pdf(path: Path, cards: list[tuple[str, list[tuple[str, str]]]], per_row: int) -> Path:
    """Cards drawn as ruled boxes, per_row of them side by side, each with a heading line above."""
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont("CardSans", 14)
    c.drawString(40, height - 40, "Aktiviteter")
    box_w, label_w, row_h = (width - 80 - 20 * (per_row - 1)) / per_row, 55, 16
    for n, (title, rows) in enumerate(cards):
        x = 40 + (n % per_row) * (box_w + 20)
        top = height - 80 - (n // per_row) * (len(rows) * row_h + 50)
        c.setFont("CardSans", 9)
        c.drawString(x, top + 6, title)
        for k, (label, value) in enumerate(rows):
            y = top - (k + 1) * row_h
            c.rect(x, y, label_w, row_h)
            c.rect(x + label_w, y, box_w - label_w, row_h)
            c.drawString(x + 3, y + 4, label)
            c.drawString(x + label_w + 3, y + 4, value)
    c.save()
    return path


def test_three_boxed_cards_per_row_in_a_pdf(tmp_path: Path) -> None:
    def rows(action: str, when: str) -> list[tuple[str, str]]:
        return [("Insats", action), ("Syfte", "Säkra bemanningen"), ("Ansvarig", "HR"), ("Klart", when)]

    cards = [
        ("Insats 1 · Rekrytera", rows("Rekryteringsmässa", "Q1 2026")),
        ("Insats 2 · Behålla", rows("Lönetrappa för tekniker", "Q2 2026")),
        ("Insats 3 · Utveckla", rows("Kurs i arbetsmiljö", "Q3 2026")),
        ("Insats 4 · Avsluta", rows("Avslutssamtal", "Löpande")),
    ]
    document = load_document(_boxed_cards_pdf(tmp_path / "cards.pdf", cards, per_row=3))
    # the titles of a row of cards share a line; each is read right before its own card
    blocks = document.pages[0].blocks
    assert [b.text if b.kind != "table" else b.rows[0][1] for b in blocks] == [  # type: ignore[index]
        "Aktiviteter",
        "Insats 1 · Rekrytera",
        "Rekryteringsmässa",
        "Insats 2 · Behålla",
        "Lönetrappa för tekniker",
        "Insats 3 · Utveckla",
        "Kurs i arbetsmiljö",
        "Insats 4 · Avsluta",
        "Avslutssamtal",
    ]
    acts, _ = extract_activities(document, META)
    assert sorted((a.activity, a.area, a.target_date) for a in acts) == [
        ("Avslutssamtal", "Avsluta", "Löpande"),
        ("Kurs i arbetsmiljö", "Utveckla", "Q3 2026"),
        ("Lönetrappa för tekniker", "Behålla", "Q2 2026"),
        ("Rekryteringsmässa", "Rekrytera", "Q1 2026"),
    ]


def test_boxes_of_fields_under_title_lines_are_cards_whose_title_is_the_activity() -> None:
    def box(need: str, who: str, when: str) -> Block:
        rows = [["Behov", need, "", ""], ["Ansvar", who, "Klart", when], ["Mått", "Antal deltagare", "", ""]]
        return table(rows)

    blocks = [
        heading("Insatser 2026–2027", 1),
        para("Varje insats beskrivs i en ruta nedan."),
        heading("Attrahera", 2),
        heading("Bjud in gymnasieelever till prova-på-dagar i köken", 3),
        box("Fler unga sökande", "Kostchef", "VT 2026"),
        heading("Behålla", 2),
        para("Utveckla en trappa för lön och ansvar"),  # a title set in body type, naming an area word
        box("Erfarna stannar", "HR-avdelningen", "2026-09-30"),
    ]
    acts, _ = extract_activities(doc(blocks), META)
    assert [(a.activity, a.area, a.goal, a.responsible, a.target_date, a.followup) for a in acts] == [
        (
            "Bjud in gymnasieelever till prova-på-dagar i köken",
            "Attrahera",
            "Fler unga sökande",
            "Kostchef",
            "VT 2026",
            "Antal deltagare",
        ),
        (
            "Utveckla en trappa för lön och ansvar",
            "Behålla",
            "Erfarna stannar",
            "HR-avdelningen",
            "2026-09-30",
            "Antal deltagare",
        ),
    ]


def test_title_rows_inside_one_box_start_the_next_card() -> None:
    rows = [
        ["Digital kompetens för alla handläggare", ""],
        ["Syfte", "Säkrare ärendehantering"],
        ["Ansvarig", "IT-samordnare"],
        ["Tidplan", "2027"],
        ["Mentorer för nya socialsekreterare", ""],
        ["Syfte", "Färre slutar första året"],
        ["Ansvarig", "Enhetschefer"],
        ["Tidplan", "Löpande"],
    ]
    acts, _ = extract_activities(doc([heading("Utveckla"), table(rows)]), META)
    assert [(a.activity, a.area, a.responsible) for a in acts] == [
        ("Digital kompetens för alla handläggare", "Utveckla", "IT-samordnare"),
        ("Mentorer för nya socialsekreterare", "Utveckla", "Enhetschefer"),
    ]


def test_boxes_under_titles_that_are_no_cards() -> None:
    contact = table([["Ansvarig", "HR-chef Eva Ek"], ["Telefon", "08-123 45"], ["Uppföljning", "Tertialvis"]])
    figures = table([["Antal anställda", "512"], ["Sjukfrånvaro", "6,1 %"], ["Varav kvinnor", "70 %"]])
    blocks = [heading("Kontakt för frågor om planen"), contact, heading("Förvaltningen i korthet"), figures]
    # an area heading alone titles no card, and an intro line neither
    fields = table([["Behov", "Fler sökande"], ["Ansvar", "HR"], ["Klart", "2026"]])
    blocks += [heading("Rekrytera"), fields, para("Aktiviteterna beskrivs i tabellen nedan:"), fields]
    acts, _ = extract_activities(doc(blocks), META)
    assert acts == []


def test_a_follow_up_row_and_the_same_activity_carried_into_the_new_plan_are_two_records() -> None:
    followup = table([["Nr", "Aktivitet", "Status"], ["1", "Inför mentorskap för nya chefer", "Pågår"]])
    card = table([["Behov", "Stabil chefsförsörjning"], ["Ansvar", "HR-chef"], ["Klart", "2027"]])
    blocks = [
        heading("Uppföljning av föregående plan", 1),
        followup,
        heading("Aktiviteter", 1),
        heading("Utveckla", 2),
        heading("Inför mentorskap för nya chefer", 3),
        card,
    ]
    acts, _ = extract_activities(doc(blocks), META)
    assert [(a.table, a.activity, a.target_date) for a in acts] == [
        ("followup", "Inför mentorskap för nya chefer", None),
        ("plan", "Inför mentorskap för nya chefer", "2027"),
    ]
