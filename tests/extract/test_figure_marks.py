"""Key figures of tables and tiles laid out in ways the readers missed: footnote marks in headers,
bars drawn in characters, panels side by side, tiles stacked as lines, a dated measure among
undated ones, rows of women and men, a data year written as a month (made-up wording throughout)."""

from __future__ import annotations

from kfp_assistant.extract.figures import extract_figures
from kfp_assistant.extract.table_headers import plain_label
from kfp_assistant.schema import Block, PlanMeta
from tests.extract.test_figures import doc, para


def _table(rows: list[list[str]]) -> Block:
    return Block(kind="table", text="\n".join(" | ".join(r) for r in rows), page=1, rows=rows)


def _found(*blocks: Block, period: str = "2026-2028") -> list[tuple[str, float, str | None, str | None]]:
    return [
        (f.metric, f.value, f.as_of, f.scope) for f in extract_figures(doc(*blocks), PlanMeta(period=period))
    ]


def test_footnote_marks_and_a_broken_last_letter_do_not_hide_what_a_header_measures() -> None:
    assert plain_label("Summa²") == "Summa"
    assert plain_label("Andel heltid, %**") == "Andel heltid, %"
    assert plain_label("Personalomsättning³") == "Personalomsättning"
    assert plain_label("Anställd a") == "Anställda"
    assert plain_label("Kostnad per år i kr") == "Kostnad per år i kr"  # "i" is a word
    assert plain_label("Sjuk-frånvaro, %") == "Sjukfrånvaro, %"
    assert plain_label("Drift-tekniker") == "Drift-tekniker"  # no metric either way: as written
    rows = [
        ["Enhet", "Tillsvidare", "Visstid", "Totalt¹"],
        ["Verkstad", "12", "3", "15"],
        ["Lager", "8", "1", "9"],
    ]
    found = _found(para("Tabell 2. Personal per enhet 2025"), _table(rows))
    assert ("employees_total", 15.0, "2025", "Verkstad") in found
    assert ("employees_total", 9.0, "2025", "Lager") in found
    years = [["Mått", "2024", "2025"], ["Heltidsandel, %*", "81", "84"]]
    assert _found(_table(years)) == [
        ("full_time_share", 81.0, "2024", None),
        ("full_time_share", 84.0, "2025", None),
    ]


def test_a_table_of_years_as_rows_with_a_header_word_hyphenated_at_its_wrap() -> None:
    rows = [
        ["År", "Personal-omsättning", "Andel heltid"],
        ["2023", "10,5 %", "77 %"],
        ["2024", "9,8 %", "79 %"],
    ]
    found = _found(_table(rows))
    assert ("turnover_pct", 10.5, "2023", None) in found
    assert ("turnover_pct", 9.8, "2024", None) in found


def test_a_column_of_staff_counts_may_be_headed_by_the_staff_word_alone() -> None:
    rows = [
        ["Enhet", "Medarbetar e", "Andel kvinnor", "Sjukfrånvaro"],
        ["Norra enheten", "57", "61 %", "5,2 %"],
        ["Södra enheten", "43", "48 %", "4,0 %"],
    ]
    found = _found(para("Tabell 4. Nyckeltal per enhet, 2025"), _table(rows))
    assert ("employees_total", 57.0, "2025", "Norra enheten") in found
    assert ("employees_total", 43.0, "2025", "Södra enheten") in found


def test_a_change_column_after_the_years_gives_no_figure() -> None:
    rows = [
        ["Nyckeltal", "2023", "2024", "2025", "Förändring"],
        ["Antal anställda", "410", "425", "431", "+6"],
        ["Sjukfrånvaro, procent", "6,2", "5,9", "6,0", "+0,1"],
    ]
    found = _found(_table(rows))
    assert ("employees_total", 410.0, "2023", None) in found
    assert ("sick_leave_pct", 5.9, "2024", None) in found
    assert not [f for f in found if f[1] in (6.0, 0.1) and f[2] != "2025"]
    assert len(found) == 6


def test_one_dated_measure_among_undated_ones_is_a_table_of_groups_not_of_years() -> None:
    rows = [
        ["Yrke", "Antal", "Medelålder", "Kan gå i pension 2026–2030"],
        ["Tekniker", "40", "47,5", "6"],
        ["Samtliga tillsvidareanställda", "200", "44,0", "21"],
    ]
    found = _found(
        Block(kind="heading", text="Tabell 3. Tillsvidareanställda per yrke 2025", page=1), _table(rows)
    )
    assert ("employees_permanent", 40.0, "2025", "Tekniker") in found
    assert ("average_age", 47.5, "2025", "Tekniker") in found
    assert ("retirements", 6.0, "2026-2030", "Tekniker") in found
    assert ("retirements", 21.0, "2026-2030", None) in found
    assert not [f for f in found if f[0] == "employees_permanent" and f[1] == 21.0]


def test_rows_of_women_and_men_give_their_counts_and_shares_of_the_month_named_as_data_date() -> None:
    rows = [
        ["", "Antal anställda", "Andel", "Medelålder", "Sjukfrånvaro"],
        ["Kvinnor", "820", "64 %", "46,0", "6,3 %"],
        ["Män", "460", "36 %", "43,1", "3,9 %"],
        ["Totalt", "1 280", "100 %", "45,0", "5,4 %"],
    ]
    found = _found(para("Siffrorna avser november 2025 om inget annat sägs."), _table(rows))
    assert ("women_count", 820.0, "2025", None) in found
    assert ("women_share", 64.0, "2025", None) in found
    assert ("men_count", 460.0, "2025", None) in found
    assert ("average_age", 46.0, "2025", "Kvinnor") in found
    assert ("employees_total", 1280.0, "2025", None) in found
    assert not [f for f in found if f[1] == 100.0]


def test_bars_drawn_in_characters_and_panels_side_by_side() -> None:
    rows = [
        ["Sjukfrånvaro, %", "", "", "Personalomsättning, %", "", ""],
        ["2022", "▇▇▇▇▇▇", "6,4", "2022", "▇▇▇▇", "9,9"],
        ["2023", "▇▇▇▇▇", "5,8", "2023", "▇▇▇▇▇", "10,7"],
        ["2024", "▇▇▇▇", "5,1", "2024", "▇▇▇", "8,2"],
    ]
    found = _found(_table(rows))
    assert ("sick_leave_pct", 6.4, "2022", None) in found
    assert ("turnover_pct", 10.7, "2023", None) in found
    assert len(found) == 6
    headless = [["2023", "██████", "61"], ["2024", "███████", "66"], ["2025", "████████", "70"]]
    caption = Block(kind="heading", text="Diagram 2. Jämställdhetsindex 2023–2025", page=1)
    assert _found(caption, _table(headless)) == [
        ("equality_index", 61.0, "2023", None),
        ("equality_index", 66.0, "2024", None),
        ("equality_index", 70.0, "2025", None),
    ]
    two_measures = Block(kind="heading", text="Figur 3. Sjukfrånvaro och personalomsättning", page=1)
    assert _found(two_measures, _table(headless)) == []  # which of the two: unknown


def test_tiles_stacked_as_a_line_of_values_over_a_line_of_labels_and_last_years_in_brackets() -> None:
    values = Block(kind="heading", text="412 58 % 6,3 %", page=1)
    labels = para("anställda¹ kvinnor sjukfrånvaro²")
    before = para("(2024: 398) (2024: 57 %) (2024: 7,0 %)")
    note = para("¹ Månadsavlönade den 31 oktober 2025.")
    found = _found(values, labels, before, note)
    assert ("employees_total", 412.0, "2025", None) in found
    assert ("women_share", 58.0, "2025", None) in found
    assert ("sick_leave_pct", 6.3, "2025", None) in found
    assert ("employees_total", 398.0, "2024", None) in found
    assert ("sick_leave_pct", 7.0, "2024", None) in found
    # as many labels as values, or nothing is bound
    assert _found(Block(kind="heading", text="412 58 %", page=1), para("anställda i dag kvinnor")) == []


def test_a_column_chart_set_as_a_line_of_years_next_to_a_line_of_values() -> None:
    years = Block(kind="heading", text="2021 2022 2023 2024", page=1)
    values = para("7,7 % 8,4 % 6,9 % 7,1 %")
    caption = para("Diagram 5. Sjukfrånvaro per år, procent.")
    assert _found(years, values, caption) == [
        ("sick_leave_pct", 7.7, "2021", None),
        ("sick_leave_pct", 8.4, "2022", None),
        ("sick_leave_pct", 6.9, "2023", None),
        ("sick_leave_pct", 7.1, "2024", None),
    ]
    # values over the years, the measure in the heading above
    heading = Block(kind="heading", text="3.1 Jämställdhetsindex", page=1)
    assert [f[1:3] for f in _found(heading, para("66 68 71"), para("2023 2024 2025"))] == [
        (66.0, "2023"),
        (68.0, "2024"),
        (71.0, "2025"),
    ]
    # a line set apart from its years by other text is not paired; nor are counts that differ
    apart = _found(caption, para("7,7 % 8,4 % 6,9 %"), para("Andelen har sjunkit."), para("2022 2023 2024"))
    assert not [f for f in apart if f[2] in ("2022", "2023")]
    assert _found(years, para("7,7 % 8,4 % 6,9 %"), caption) == []


def test_a_heading_of_whole_sentences_is_read_as_prose() -> None:
    lead = Block(
        kind="heading",
        text="Vid årets slut hade enheten 214 medarbetare. Timavlönade var 12 i november 2025, och andelen "
        "heltidsanställda ökade till 91 procent.",
        page=1,
    )
    found = _found(lead)
    assert ("hourly_staff", 12.0, "2025", None) in found
    assert ("full_time_share", 91.0, "2025", None) in found
    # a short heading is still a heading: its figure words say what the section is about
    assert _found(Block(kind="heading", text="2.3 Sjukfrånvaro 2025", page=1)) == []


def test_an_age_bound_is_no_value_and_reaching_pension_age_counts_retirements() -> None:
    from tests.extract.test_figures import figures

    found = figures("Medelåldern sjönk till 43,9 år eftersom de flesta nyanställda är yngre än 30 år.")
    assert [f[:2] for f in found] == [("average_age", 43.9)]
    reach = figures("Under 2027–2031 når 41 medarbetare 67 år, bland dem 6 lantmätare.")
    assert [f[:3] for f in reach] == [("retirements", 41.0, "2027-2031"), ("retirements", 6.0, "2027-2031")]


def test_bare_header_words_of_leavers_who_retired_and_of_fixed_term_staff_among_them() -> None:
    rows = [["År", "Avgångar", "varav pension"], ["2023", "48", "9"], ["2024", "51", "12"]]
    assert ("retirements", 12.0, "2024", None) in _found(_table(rows))
    groups = [["Enhet", "Anställda", "Därav visstid"], ["Östra", "88", "7"], ["Västra", "64", "5"]]
    found = _found(para("Tabell 6. Anställda per enhet 2025"), _table(groups))
    assert ("employees_temporary", 7.0, "2025", "Östra") in found
    assert ("employees_total", 64.0, "2025", "Västra") in found
