"""Table questions answered by one cell or one row, on small hand-made tables of several shapes."""

from __future__ import annotations

from kfp_assistant.ask.cells import answer_from_cells
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords, TableCell
from kfp_assistant.sv.numbers import parse_number, unit_in

ADMIN = "Skarpnäck stadsdelsförvaltning"
OTHER = "Farsta stadsdelsförvaltning"


def table(
    grid: list[list[str]], caption: str | None, index: int = 0, page: int = 3, plan: str = "p1"
) -> list[TableCell]:
    """Cells of a table given as rows of text; the first row is the header, the first column labels.
    A label "Section / Label" gives a row under a section row."""
    header, *rows = grid
    cells = []
    for r, row in enumerate(rows):
        labels = [h.strip() for h in row[0].split(" / ")] if row[0] else []
        quote = " | ".join(row)
        for j, value in enumerate(row[1:], start=1):
            if not value:
                continue
            unit = unit_in(value) or unit_in(header[j])
            cells.append(
                TableCell(
                    file=f"{plan}.pdf",
                    doc_id=plan,
                    administration=None,
                    period=None,
                    page=page,
                    table=index,
                    caption=caption,
                    row=r,
                    row_headers=labels,
                    column_header=header[j],
                    value=value,
                    number=parse_number(value),
                    unit=unit,  # type: ignore[arg-type]
                    quote=quote,
                )
            )
    return cells


def plan(
    doc_id: str, cells: list[TableCell], administration: str = ADMIN, period: str = "2025-2027"
) -> PlanRecords:
    fixed = [
        c.model_copy(update={"doc_id": doc_id, "administration": administration, "period": period})
        for c in cells
    ]
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration=administration, period=period, cells=fixed
    )


def catalog(plans: list[PlanRecords]) -> list[dict[str, str | None]]:
    return [{"doc_id": p.doc_id, "administration": p.administration, "period": p.period} for p in plans]


def ask(question: str, plans: list[PlanRecords], history: list[str] = ()) -> str | None:  # type: ignore[assignment]
    known = catalog(plans)
    routes: list[Route] = []
    for earlier in history:
        routes.append(resolve_followup(earlier, routes, known) if routes else route(earlier, known))
    r = resolve_followup(question, routes, known) if routes else route(question, known)
    answer = answer_from_cells(r, plans)
    return None if answer is None else answer.text


AGES = table(
    [
        ["Yrke", "Antal", "-34 år", "35-54 år", "55- år"],
        ["Sjuksköterska", "120", "30", "60", "30"],
        ["Specialistsjuksköterska", "40", "2", "20", "18"],
        ["Fysioterapeut", "25", "10", "10", "5"],
    ],
    "Anställda per yrke och ålder",
)


def test_occupation_and_age_band_give_one_cell_cited_by_its_row() -> None:
    plans = [plan("a", AGES)]
    r = route("Hur många sjuksköterskor är 55 år eller äldre i Skarpnäck?", catalog(plans))
    answer = answer_from_cells(r, plans)
    assert answer is not None
    assert "55- år: 30" in answer.text and "Specialist" not in answer.text
    (citation,) = answer.citations
    assert citation.quote == "Sjuksköterska | 120 | 30 | 60 | 30" and citation.page == 3


def test_a_band_straddling_the_asked_ages_is_no_answer() -> None:
    plans = [plan("a", AGES)]
    assert ask("Hur många fysioterapeuter är under 40?", plans) is None
    assert "-34 år: 10" in (ask("Hur många fysioterapeuter är yngre än 35?", plans) or "")


def test_count_without_a_column_is_the_total_column_and_typos_still_find_the_row() -> None:
    plans = [plan("a", AGES)]
    assert "Antal: 25" in (ask("hur manga fysioterapueter finns i skarpnack", plans) or "")


def test_a_word_no_label_explains_means_no_answer() -> None:
    plans = [plan("a", AGES)]
    assert ask("Hur många sjuksköterskor har slutat i Skarpnäck?", plans) is None
    assert ask("Hur många barnmorskor är över 55?", plans) is None


def test_years_as_rows_and_occupations_as_columns() -> None:
    cells = table(
        [
            ["År", "Lärare", "Fritidspedagoger", "Totalt"],
            ["2022", "310", "45", "355"],
            ["2023", "298", "52", "350"],
        ],
        "Antal medarbetare per yrkesgrupp",
    )
    plans = [plan("a", cells)]
    text = ask("Hur många fritidspedagoger fanns det 2023?", plans)
    assert text is not None and "Fritidspedagoger: 52" in text and "310" not in text
    whole = ask("Hur många fritidspedagoger har Skarpnäck?", plans)
    assert whole is not None and "45" in whole and "52" in whole


def test_women_and_men_spelled_out_as_columns_and_a_follow_up_changes_only_the_gender() -> None:
    cells = table(
        [["", "Kvinnor", "Män", "Totalt"], ["2023", "640", "210", "850"], ["2024", "655", "198", "853"]],
        "Könsfördelning",
    )
    plans = [plan("a", cells)]
    assert "Män: 198" in (ask("Hur många män var anställda 2024 i Skarpnäck?", plans) or "")
    text = ask("och kvinnor?", plans, history=["Hur många män var anställda 2024 i Skarpnäck?"])
    assert text is not None and "Kvinnor: 655" in text and "198" not in text
    assert "Totalt: 853" in (ask("Hur många anställda fanns totalt 2024?", plans) or "")


def test_two_row_header_with_year_and_gender_and_a_month_in_the_question() -> None:
    cells = table(
        [
            ["Enhet", "dec 2023 / K", "dec 2023 / M", "dec 2024 / K", "dec 2024 / M"],
            ["Hemtjänsten", "88", "12", "91", "15"],
            ["Daglig verksamhet", "40", "22", "43", "20"],
        ],
        "Medarbetare per enhet och kön",
    )
    plans = [plan("a", cells)]
    text = ask("How many men worked in daglig verksamhet in December 2024?", plans)
    assert text is not None and "dec 2024 / M: 20" in text and "22" not in text


def test_two_rows_named_equally_are_ambiguous_unless_the_section_is_named() -> None:
    cells = table(
        [
            ["Verksamhet", "Antal", "60- år"],
            ["Hemtjänst / Undersköterska", "150", "21"],
            ["Särskilt boende / Undersköterska", "210", "34"],
        ],
        "Åldersstruktur",
    )
    plans = [plan("a", cells)]
    assert ask("Hur många undersköterskor är över 60?", plans) is None
    assert "60- år: 34" in (ask("Hur många undersköterskor på särskilt boende är över 60?", plans) or "")


def test_a_table_measuring_something_else_answers_only_questions_about_it() -> None:
    cells = table(
        [["Avdelning", "2025", "2026"], ["Avdelningen för äldreomsorg", "9", "12"], ["Totalt", "14", "17"]],
        "Beräknade pensionsavgångar",
    )
    plans = [plan("a", cells)]
    assert ask("Hur många jobbar på avdelningen för äldreomsorg 2026?", plans) is None
    assert "2026: 12" in (ask("Hur många på avdelningen för äldreomsorg går i pension 2026?", plans) or "")
    assert "2025: 14" in (ask("Hur många pensionsavgångar blir det totalt 2025?", plans) or "")


def test_share_questions_get_the_percent_cell() -> None:
    cells = table(
        [["Yrke", "Antal", "Andel"], ["Lärare", "300", "42 %"], ["Elevassistent", "80", "11 %"]],
        "Personal per yrke",
    )
    plans = [plan("a", cells)]
    text = ask("Hur stor andel av personalen är elevassistenter?", plans)
    assert text is not None and "11 %" in text and "80" not in text


def test_metric_rows_with_year_columns_and_an_acronym() -> None:
    cells = table(
        [
            ["Nyckeltal", "2023", "2024"],
            ["Personalomsättning (%)", "11,2", "9,8"],
            ["Sjukfrånvaro (%)", "8,1", "7,7"],
            ["Hållbart medarbetarengagemang, HME", "78", "80"],
        ],
        "Tabellen visar utvecklingen mellan 2023 och 2024 för hela kommunen.",
    )
    plans = [plan("a", cells)]
    assert "2023: 11,2" in (ask("Vad var personalomsättningen 2023?", plans) or "")
    assert "2024: 80" in (ask("Hur högt var HME 2024?", plans) or "")


def test_latest_plan_first_a_named_version_and_an_older_version_as_fallback() -> None:
    old = plan(
        "old",
        table([["Yrke", "Antal"], ["Lärare", "280"], ["Kurator", "6"]], "Personal per yrke"),
        period="2022-2024",
    )
    new = plan("new", table([["Yrke", "Antal"], ["Lärare", "300"]], "Personal per yrke"))
    plans = [old, new]
    assert "300" in (ask("Hur många lärare finns i Skarpnäck?", plans) or "")
    named = ask("Hur många lärare fanns enligt planen 2022-2024?", plans)
    assert named is not None and "280" in named and "300" not in named
    fallback = ask("Hur många kuratorer finns i Skarpnäck?", plans)
    assert fallback is not None and "2022-2024" in fallback


def test_unknown_administration_or_one_of_two_named_without_a_table_gives_no_answer() -> None:
    plans = [plan("a", AGES), plan("b", [], administration=OTHER)]
    assert ask("Hur många sjuksköterskor finns i Bromma stadsdelsförvaltning?", plans) is None
    assert ask("Hur många sjuksköterskor finns i Skarpnäck och i Farsta?", plans) is None


def test_english_question_is_matched_to_swedish_labels() -> None:
    plans = [plan("a", AGES)]
    text = ask("How many nurses in Skarpnäck are 55 or older?", plans)
    assert text is not None and "55- år: 30" in text


def test_a_band_spanning_two_columns_states_their_sum() -> None:
    text = ask("Hur många sjuksköterskor är under 55?", [plan("a", AGES)])
    assert text is not None and "-34 år: 30; 35-54 år: 60, sammanlagt 90" in text
    one = ask("Hur många sjuksköterskor är under 35?", [plan("a", AGES)])
    assert one is not None and "sammanlagt" not in one


def test_how_old_a_group_is_gives_its_age_band_cells() -> None:
    text = ask("Hur gamla är sjuksköterskorna i Skarpnäck?", [plan("a", AGES)])
    assert text is not None and "-34 år: 30; 35-54 år: 60; 55- år: 30" in text
    assert "Antal: 120" not in text


def test_estimate_and_season_words_name_no_row() -> None:
    by_year = table(
        [["Avdelning", "2025", "2026"], ["Avdelningen för stöd", "4", "6"], ["Totalt", "9", "11"]],
        "Pensionsavgångar",
    )
    text = ask("Hur många pensionsavgångar beräknas för avdelningen för stöd 2026?", [plan("a", by_year)])
    assert text is not None and "2026: 6" in text
    assert ask("Hur många sjuksköterskor är äldre än 54 i Skarpnäck?", [plan("a", AGES)]) is not None


STAFF = table(
    [
        ["Befattning", "Antal", "-39 år", "40- år"],
        ["Fritidspedagog", "64", "30", "34"],
        ["Inhyrda läkare, årsarbetare", "12", "5", "7"],
        ["Lokalvårdare", "20", "8", "12"],
    ],
    "Personal per befattning",
)


def test_a_compound_label_is_named_by_its_parts_and_a_compound_question_by_the_label_words() -> None:
    plans = [plan("a", STAFF)]
    parts = ask("Hur många pedagoger på fritids är 40 år eller äldre?", plans)
    assert parts is not None and "Fritidspedagog: 40- år: 34" in parts
    compound = ask("Hur många hyrläkare hade Skarpnäck?", plans)
    assert compound is not None and "Antal: 12" in compound and "Fritidspedagog" not in compound
    assert ask("Hur många pedagoger på skolan är över 40?", plans) is None, "a part alone is no name"


def test_a_whole_row_asked_about_the_table_itself() -> None:
    text = ask("Vad står det i tabellen om lokalvårdarna i Skarpnäck?", [plan("a", STAFF)])
    assert text is not None and "Antal: 20; -39 år: 8; 40- år: 12" in text


def test_a_caption_naming_the_asked_metric_explains_its_synonym_but_not_a_pointing_caption() -> None:
    by_year = table(
        [["Avdelning", "2025", "2026"], ["Avdelningen för stöd", "4", "6"], ["Totalt", "9", "11"]],
        "Pensionsavgångar",
    )
    text = ask("Hur många pensioneringar väntas på avdelningen för stöd 2026?", [plan("a", by_year)])
    assert text is not None and "2026: 6" in text
    ages = table([["Yrke", "Antal", "-39 år"], ["Kock", "9", "4"]], "Åldersstruktur")
    assert ask("Vad är medelåldern bland kockarna?", [plan("a", ages)]) is None


def test_a_comparison_with_a_column_of_the_table_shows_the_whole_row() -> None:
    cells = table(
        [["Nyckeltal", "Skarpnäck 2024", "Riket 2024"], ["Sjukfrånvaro, %", "6,1", "7,0"]],
        "Nyckeltal jämfört med riket",
    )
    plans = [plan("a", cells)]
    r = route("Hur hög är sjukfrånvaron i Skarpnäck jämfört med riket?", catalog(plans))
    answer = answer_from_cells(r, plans)
    assert answer is not None and "Skarpnäck 2024: 6,1; Riket 2024: 7,0" in answer.text


def test_why_an_age_band_is_asked_and_permanent_staff_name_no_row() -> None:
    plans = [plan("a", AGES)]
    text = ask("Hur många fysioterapeuter närmar sig pensionen, alltså är 55 eller äldre?", plans)
    assert text is not None and "55- år: 5" in text
    assert ask("Hur många fysioterapeuter går i pension?", plans) is None, "no band: the ages are no answer"
    assert "Antal: 25" in (ask("Hur många tillsvidareanställda fysioterapeuter finns?", plans) or "")


def test_a_question_about_what_a_figure_means_is_left_to_the_text() -> None:
    cells = table([["Nyckeltal", "2024"], ["Personalomsättning, %", "9,1"]], "Nyckeltal")
    plans = [plan("a", cells)]
    assert ask("Vad var personalomsättningen 2024?", plans) is not None
    assert ask("Hur räknas personalomsättningen, vad menas med det?", plans) is None


def test_now_is_the_latest_date_and_a_span_sums_a_flow_over_its_years() -> None:
    gender = table(
        [["Kön", "202310", "202410"], ["Kvinnor", "410", "425"], ["Män", "90", "95"]], "Könsfördelning"
    )
    text = ask("Hur många kvinnor jobbar i Skarpnäck idag?", [plan("a", gender)])
    assert text is not None and "202410: 425" in text and "202310" not in text
    retire = table(
        [["Avdelning", "2025", "2026", "2027"], ["Avdelningen för stöd", "4", "6", "3"]], "Pensionsavgångar"
    )
    text = ask("Hur många på avdelningen för stöd går i pension under planperioden?", [plan("a", retire)])
    assert text is not None and "2027: 3, sammanlagt 13" in text
    staff = table([["Nyckeltal", "2023", "2024"], ["Tillsvidareanställda, antal", "700", "720"]], "Nyckeltal")
    text = ask("Hur många tillsvidareanställda fanns under perioden 2023-2024?", [plan("a", staff)])
    assert text is None or "sammanlagt" not in text, "a headcount is not summed over years"


def test_losing_staff_to_retirement_said_in_other_words() -> None:
    retire = table(
        [
            ["Avdelning", "2025", "2026"],
            ["Avdelningen för stöd", "4", "6"],
            ["Avdelningen för vård", "2", "9"],
        ],
        "Pensionsavgångar",
    )
    text = ask("Hur många försvinner till pension från avdelningen för vård 2026?", [plan("a", retire)])
    assert text is not None and "2026: 9" in text and "Avdelningen för stöd" not in text


def test_what_a_table_of_text_says_about_a_row_named_by_its_words() -> None:
    needs = table(
        [
            ["Kompetens", "Bedömning", "Kommentar"],
            ["Brandingenjörer", "Stort", "Få utbildas i regionen."],
            ["Lönehandläggare", "Medel", "Två går i pension."],
        ],
        "Kompetensbehov",
        index=1,
    )
    actions = table(
        [["Område", "Aktivitet"], ["Rekrytera", "Annonsera brett efter brandingenjörer"]],
        "Aktiviteter",
        index=2,
    )
    plans = [plan("a", needs + actions)]
    text = ask("Vad står det i tabellen om brandingenjörer?", plans)
    assert text is not None and "Brandingenjörer: Bedömning: Stort; Kommentar: Få utbildas" in text
    assert "Annonsera" not in text, "the row named by its own label, not one whose cell names it"
    assert ask("Hur många brandingenjörer finns?", plans) is None, "a text row is read only when asked for"


def test_an_older_table_does_not_answer_a_figure_the_current_plan_states_in_its_text() -> None:
    old = plan(
        "old", table([["Nyckeltal", "2023"], ["Medelålder, år", "45,2"]], "Nyckeltal"), period="2022-2024"
    )
    stated = KeyFigure(
        file="new.pdf", doc_id="new", administration=ADMIN, period="2025-2027", metric="average_age",
        value=44.7, unit="years", page=2, quote="Medelåldern är 44,7 år.",
    )  # fmt: skip
    new = plan("new", []).model_copy(update={"figures": [stated]})
    assert ask("Vad är snittåldern i Skarpnäck?", [old, new]) is None  # the key figure answers
    assert ask("Vad är snittåldern i Skarpnäck?", [old]) is not None


def test_a_metric_row_is_named_by_the_metrics_everyday_words() -> None:
    kpis = table(
        [
            ["Nyckeltal", "Värde"],
            ["Avgångar 2024", "21"],
            ["Timavlönade", "140"],
            ["Sjukfrånvaro, %", "6,1"],
        ],
        "Personalnyckeltal för året",
    )
    plans = [plan("a", kpis)]
    assert "21" in (ask("Hur många slutade i Skarpnäck 2024?", plans) or "")
    assert "140" in (ask("Hur många timmisar har Skarpnäck?", plans) or "")
    assert ask("Hur många chefer slutade i Skarpnäck 2024?", plans) is None, "a group no row names"
