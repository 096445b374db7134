"""Comparisons on plans laid out in new ways, on made-up plans: a company named by its initials, a
follow-up of a comparison that names only another figure, a count compared between two years, and a
side shown only by a stand-in or by its departments' rows, which still has its own sentence said."""

from __future__ import annotations

from typing import Any

from kfp_assistant.ask.compare_figures import answer_comparison_records
from kfp_assistant.ask.compare_sides import missing_sides
from kfp_assistant.ask.compose import compose_extractive
from kfp_assistant.ask.extractive import Passage, score_chunk
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.records_text import misses_the_question
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route
from kfp_assistant.ask.short_forms import spell_out_short_forms
from kfp_assistant.ask.supplements import supplements
from kfp_assistant.schema import Chunk, KeyFigure, PlanRecords, TableCell

CATALOG: list[dict[str, Any]] = [
    {"doc_id": "e", "administration": "Norrvik Energi och Hamn AB", "period": "2026-2028"},
    {"doc_id": "p25", "administration": "Parkkontoret i Norrviks stad", "period": "2025"},
    {"doc_id": "p26", "administration": "Parkkontoret i Norrviks stad", "period": "2026"},
    {"doc_id": "b", "administration": "Bibliotekskontoret i Norrviks stad", "period": "2025-2027"},
]
NAMES = frozenset(str(p["administration"]) for p in CATALOG)


def _figure(doc_id: str, metric: str, value: float, as_of: str, scope: str | None = None) -> KeyFigure:
    plan = next(p for p in CATALOG if p["doc_id"] == doc_id)
    unit = "percent" if metric.endswith(("_pct", "_share")) else "count"
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=plan["administration"], period=plan["period"],
        metric=metric, value=value, unit=unit, as_of=as_of, scope=scope, page=2, quote=f"{metric} {value:g}",
    )  # fmt: skip


def _plan(doc_id: str, figures: list[KeyFigure]) -> PlanRecords:
    plan = next(p for p in CATALOG if p["doc_id"] == doc_id)
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration=plan["administration"], period=plan["period"],
        figures=figures,
    )  # fmt: skip


def _passages(doc_id: str, text: str, route_: Route) -> list[Passage]:
    chunk = Chunk(
        chunk_id=f"{doc_id}:0", doc_id=doc_id, file=f"{doc_id}.pdf", position=0, page_start=1, page_end=1,
        section="Nuläge", text=text, prefix="",
    )  # fmt: skip
    return score_chunk(chunk, content_tokens(route_.question, route_), 0.85)


def test_a_company_of_several_words_is_named_by_their_initials() -> None:
    said = spell_out_short_forms("Hur hög är sjukfrånvaron på NEOH jämfört med parkkontoret?", NAMES)
    assert said == "Hur hög är sjukfrånvaron på Norrvik Energi och Hamn jämfört med parkkontoret?"
    assert spell_out_short_forms("NEH:s plan", NAMES) == "Norrvik Energi och Hamns plan"
    assert spell_out_short_forms("Vad gör HR och IT?", NAMES) == "Vad gör HR och IT?"
    # typed in lower case, a company's initials of four letters or more, never a word
    assert spell_out_short_forms("hur är det på neoh", NAMES) == "hur är det på Norrvik Energi och Hamn"
    assert (
        spell_out_short_forms("alla vara hela även inte bara neh", NAMES)
        == "alla vara hela även inte bara neh"
    )
    # a name of one word, or of a kind of body, has no initials of this kind
    assert spell_out_short_forms("Hur går det för PN?", NAMES) == "Hur går det för PN?"


def test_a_follow_up_naming_only_another_figure_compares_the_same_sides() -> None:
    first = route("Vilken av organisationerna har högst sjukfrånvaro?", CATALOG)
    assert first.intent == "compare"
    then = resolve_followup("och hur ser det ut med personalomsättningen?", [first], CATALOG)
    assert then.intent == "compare" and then.metrics == ["turnover_pct"]
    # after a question about one plan's figure, another figure is that plan's figure
    alone = route("Hur hög är sjukfrånvaron på bibliotekskontoret?", CATALOG)
    assert resolve_followup("och personalomsättningen?", [alone], CATALOG).intent != "compare"


def test_a_count_more_or_fewer_one_year_than_another_is_compared() -> None:
    asked = route("Anställde parkkontoret fler eller färre 2025 än 2024?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["recruitments"]
    # how to recruit more people is no count compared
    assert route("Hur ska parkkontoret rekrytera fler trädgårdsmästare?", CATALOG).intent != "compare"
    older = _plan("p25", [_figure("p25", "recruitments", 41, "2024")])  # each version states its year
    newer = _plan("p26", [_figure("p26", "recruitments", 47, "2025")])
    answer = answer_comparison_records(asked, [older, newer])
    assert answer is not None
    assert "**Förändring:** från 41 (2024) till 47 (2025): en ökning med 6." in answer.text
    tokens = content_tokens(asked.question, asked)
    assert not misses_the_question(asked, tokens, answer.figures, answer.text, frozenset())


def test_a_side_shown_only_by_a_stand_in_has_its_own_sentence_too() -> None:
    asked = route("Hur många anställda har Norrvik Energi och Hamn och bibliotekskontoret?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["employees_total"]
    figures = [
        _figure("e", "employees_permanent", 880, "2025"),  # the company's permanent staff stand in
        _figure("b", "employees_total", 212, "2025"),
    ]
    tiles = "Nyckeltal i korthet: 951 anställda, 38 % kvinnor och 5,2 % sjukfrånvaro."
    passages = _passages("e", tiles, asked)
    passages += _passages("b", "Bibliotekskontoret hade 212 anställda vid årsskiftet.", asked)
    found, silent = missing_sides(asked, figures, passages)
    assert [(label, p.text) for label, p in found] == [("Norrvik Energi och Hamn AB 2026-2028", tiles)]
    assert silent == []
    # its sentence without a number adds nothing, and a plan shown by figures is never "without"
    bare = _passages("e", "Antalet anställda har ökat något under året.", asked)
    assert missing_sides(asked, figures, bare) == ([], [])


def test_departments_rows_do_not_answer_for_the_whole_organisation() -> None:
    asked = route("Hur stor andel kvinnor jobbar på parkkontoret och bibliotekskontoret?", CATALOG)
    figures = [
        _figure("p26", "women_share", 43, "2025", scope="Skötselavdelningen"),
        _figure("b", "women_share", 71, "2025"),
    ]
    passages = _passages("p26", "Av kontorets medarbetare är 52 % kvinnor och 48 % män.", asked)
    found, _ = missing_sides(asked, figures, passages)
    assert [label for label, _ in found] == ["Parkkontoret i Norrviks stad 2026"]


def _cell(doc_id: str, row: int, year: str, header: str, value: str, number: float) -> TableCell:
    return TableCell(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=None, period=None, page=3, table=0, row=row,
        row_headers=[year], column_header=header, value=value, number=number, unit="percent",
        quote=f"{year} | {value}",
    )  # fmt: skip


def test_a_side_whose_table_has_years_as_rows_is_compared_from_it() -> None:
    asked = route("Vem hade högst sjukfrånvaro 2024, parkkontoret eller bibliotekskontoret?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["sick_leave_pct"]
    park = _plan("p26", [_figure("p26", "sick_leave_pct", 6.2, "2024")])
    library = _plan("b", []).model_copy(
        update={
            "cells": [
                _cell("b", 0, "2023", "Sjuk- frånvaro", "5,9 %", 5.9),
                _cell("b", 0, "2023", "Personal-omsättning", "9,9 %", 9.9),
                _cell("b", 1, "2024", "Sjuk- frånvaro", "7,1 %", 7.1),
                _cell("b", 1, "2024", "Personal-omsättning", "10,2 %", 10.2),
            ]
        }
    )
    answer = answer_comparison_records(asked, [park, library])
    assert answer is not None
    assert "- Sjukfrånvaro: 7,1 % (2024) [2] – »2024 | 7,1 %«" in answer.text
    assert "**Högst sjukfrånvaro:** Bibliotekskontoret i Norrviks stad 2025-2027 (7,1 %)" in answer.text
    # a column naming two figures is not read as either
    mixed = library.model_copy(
        update={"cells": [_cell("b", 1, "2024", "Sjukfrånvaro och personalomsättning", "7 %", 7)]}
    )
    answer = answer_comparison_records(asked, [park, mixed])
    assert answer is None or "7 %" not in answer.text


def test_the_sentence_a_stand_in_is_quoted_from_is_not_repeated() -> None:
    asked = route("Jämför andelen kvinnor på parkkontoret och bibliotekskontoret", CATALOG)
    said = "Andelen män är 61 procent på kontoret."
    figures = [_figure("p26", "men_share", 61, "2025").model_copy(update={"quote": said})]
    figures += [_figure("b", "women_share", 70, "2025")]
    assert missing_sides(asked, figures, _passages("p26", said, asked)) == ([], [])


def test_two_years_named_of_one_plan_are_its_figures_of_those_years() -> None:
    asked = route("Hade bibliotekskontoret fler eller färre anställda 2025 än 2023?", CATALOG)
    assert asked.intent == "compare" and asked.plans == ["b"]
    plan = _plan(
        "b", [_figure("b", "employees_total", n, str(y)) for n, y in ((201, 2023), (208, 2024), (215, 2025))]
    )
    answer = answer_comparison_records(asked, [plan])
    assert answer is not None and "(2024)" not in answer.text
    assert "**Förändring:** från 201 (2023) till 215 (2025): en ökning med 14." in answer.text


def test_a_table_row_compared_keeps_its_short_cells() -> None:
    asked = route("Hur har parkkontorets bedömning av trädgårdsmästare ändrats sedan förra planen?", CATALOG)
    assert asked.intent == "compare"
    rows = {
        "p25": "Trädgårdsmästare | Låg | 3–5 år | Många sökande till varje annons i fjol.",
        "p26": "Trädgårdsmästare | Hög | ↑ | 0–2 år | Tre erfarna trädgårdsmästare slutade under året.",
    }
    passages = [p for doc_id, row in rows.items() for p in _passages(doc_id, row, asked)]
    text = compose_extractive(
        asked.question, passages, [], asked, fused_top=0.5, english=False, vocabulary=frozenset()
    ).text
    assert "Trädgårdsmästare | Hög | ↑ | 0–2 år | Tre erfarna" in text
    assert "Trädgårdsmästare | Låg | 3–5 år | Många sökande" in text


def test_a_year_of_figures_across_administrations_compares_their_latest_plans() -> None:
    asked = route("Gick fler i pension på Norrvik Energi och Hamn eller på parkkontoret under 2025?", CATALOG)
    assert asked.intent == "compare" and sorted(asked.plans) == ["e", "p26"]
    # a version named by its period is still compared
    named = route("Jämför parkkontorets plan 2025 med bibliotekskontorets", CATALOG)
    assert "p25" in named.plans


def test_the_prose_behind_a_table_row_is_shown_whatever_the_words_asked() -> None:
    asked = route("Jämför personalomsättningen på parkkontoret och bibliotekskontoret", CATALOG)
    row = _figure("p26", "turnover_pct", 8.6, "2025").model_copy(update={"quote": "2025 | 74 | 53 | 8,6 %"})
    text = (
        "Personalomsättningen sjönk för tredje året i rad, till 8,6 procent 2025. Parken fick 8,6 nya träd."
    )
    passages = _passages("p26", text, asked)
    shown = supplements(passages, "- Personalomsättning: 8,6 %", [row], floor=2.0, per_plan=1, limit=4,
                        numbers_first=False)  # fmt: skip
    assert [p.text for p in shown] == [
        "Personalomsättningen sjönk för tredje året i rad, till 8,6 procent 2025."
    ]


def test_two_figures_of_two_years_are_each_listed() -> None:
    asked = route(
        "Hur har sjukfrånvaron och personalomsättningen på bibliotekskontoret ändrats från 2023 till 2025?",
        CATALOG,
    )
    figures = [
        _figure("b", m, v, y)
        for m, v, y in (("sick_leave_pct", 6.1, "2023"), ("sick_leave_pct", 5.2, "2025"))
    ]
    figures += [_figure("b", "turnover_pct", v, y) for v, y in ((11.0, "2023"), (9.4, "2025"))]
    answer = answer_comparison_records(asked, [_plan("b", figures)])
    assert answer is None or ("9,4" in answer.text and "5,2" in answer.text)


def test_organisations_compared_by_gender_show_their_whole_figures_not_units_rows() -> None:
    asked = route("Hur stor andel kvinnor jobbar på parkkontoret och bibliotekskontoret?", CATALOG)
    park = _plan("p26", [_figure("p26", "women_share", 48, "2025")])
    park.figures.append(_figure("p26", "women_share", 43, "2025", scope="Skötselavdelningen"))
    library = _plan("b", [_figure("b", "women_share", 71, "2025")])
    answer = answer_from_records(asked, [park, library], content_tokens(asked.question, asked))
    assert answer is not None and "48" in answer.text and "71" in answer.text
    assert "Skötselavdelningen" not in answer.text


def test_a_version_named_against_a_bare_year_compares_the_two_versions() -> None:
    asked = route("Vad är nytt i parkkontorets plan för 2026 jämfört med 2025?", CATALOG)
    assert asked.intent == "compare" and sorted(asked.plans) == ["p25", "p26"]
    assert sorted(route("Vad har tillkommit i 2026 års plan för parkkontoret mot 2025?", CATALOG).plans) == [
        "p25",
        "p26",
    ]


def test_two_years_named_over_versions_are_read_from_the_latest_stating_both() -> None:
    asked = route("Parkkontoret: anställdes fler eller färre 2025 än 2023?", CATALOG)
    older = _plan("p25", [_figure("p25", "recruitments", 38, "2024")])
    newer = _plan(
        "p26", [_figure("p26", "recruitments", n, y) for n, y in ((44, "2023"), (38, "2024"), (47, "2025"))]
    )
    answer = answer_comparison_records(asked.model_copy(update={"plans": ["p25", "p26"]}), [older, newer])
    assert answer is not None
    assert "**Förändring:** från 44 (2023) till 47 (2025): en ökning med 3." in answer.text
