"""Key figures asked in ways a table or a year does not settle at once (made-up plans): a table row that
misses the question leaves the plan's sentence to answer; "förra året" is the year before the plan's own;
"jobbar fast" names permanent staff."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.settings import Settings
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.periods import says_last_year, year_before_plan
from kfp_assistant.sv.words import tokenize
from tests.ask.test_cells import ask, plan, table

FORECAST_PLAN = """# Kompetensförsörjningsplan 2025-2027

Omsorgsförvaltningen

## Nuläge

Omsorgsförvaltningen hade 640 tillsvidareanställda den 31 oktober 2024.

| Nyckeltal | 2023 | 2024 |
| --- | --- | --- |
| Externa rekryteringar | 71 | 64 |
| Pensionsavgångar | 12 | 9 |

Under planperioden 2025–2027 beräknas 44 medarbetare gå i pension, flest bland kockarna.
"""


def test_a_table_row_of_years_past_gives_way_to_the_sentence_of_the_years_ahead(
    settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "norrvik.md").write_text(FORECAST_PLAN, encoding="utf-8")
    assistant = Assistant(settings)
    assistant.ingest([folder])
    answer = assistant.ask("Hur många går i pension på omsorgsförvaltningen under planperioden?")
    assert not answer.not_found and "44" in answer.answer
    past = assistant.ask("Hur många gick i pension på omsorgsförvaltningen 2023?")
    assert "12" in past.answer and "44" not in past.answer.split("\n")[0]


def _figure(value: float, as_of: str) -> KeyFigure:
    return KeyFigure(
        file="p.pdf", doc_id="d", administration="Norrvik", period="2026-2028", metric="recruitments",
        value=value, unit="count", page=2, quote=f"Rekryteringar {as_of} | {value:g}", as_of=as_of,
    )  # fmt: skip


def test_last_year_is_the_year_before_the_plans_first() -> None:
    assert says_last_year("Hur många slutade förra året?") and says_last_year("sjukfrånvaron i fjol")
    assert not says_last_year("och året innan?"), "the year before one talked about, not before now"
    assert year_before_plan("2026-2028") == 2025 and year_before_plan("2026") == 2025
    records = PlanRecords(
        doc_id="d", file="p.pdf", administration="Norrvik", period="2026-2028",
        figures=[_figure(58, "2024"), _figure(46, "2025")],
    )  # fmt: skip
    question = "Hur många nyanställningar gjordes förra året?"
    answered = answer_from_records(route(question, []), [records], set(tokenize(question)))
    assert answered is not None
    first = next(line for line in answered.text.splitlines() if line.startswith("- "))
    assert "46 (2025)" in first, "the latest year shown first is the one asked; an earlier one only after"


def test_last_year_in_a_table_of_a_plan_starting_after_its_latest_column() -> None:
    grid = [["Nyckeltal", "2023", "2024", "2025"], ["Sjukfrånvaro, %", "6,4", "6,0", "5,7"]]
    later = [plan("a", table(grid, "Personalen i siffror"), period="2026-2028")]
    text = ask("Hur hög var sjukfrånvaron förra året?", later) or ""
    assert "2025: 5,7" in text and "6,0" not in text
    follow = ask("och året innan?", later, ["Hur hög var sjukfrånvaron 2025?"]) or ""
    assert "2024: 6,0" in follow, "a follow-up's year before is the one before the year talked about"


def test_working_permanently_in_everyday_words_names_permanent_staff() -> None:
    assert "employees_permanent" in metrics_in("Hur många kvinnor jobbar fast där?", question=True)
    assert "employees_permanent" in metrics_in("hur stor är den fasta personalen?", question=True)


def test_an_age_band_asked_of_a_column_it_labels_and_a_one_row_table_of_bands() -> None:
    shares = table(
        [["Yrke", "Antal", "Andel 55 år eller äldre", "Läge"], ["Kock", "40", "22 %", "Svårt"]],
        "3 Yrken och rekrytering",
    )
    text = ask("Hur stor del av kockarna är 55 år eller äldre?", [plan("a", shares)]) or ""
    assert "22 %" in text
    bands = table([["Ålder", "–34 år", "35–49 år", "50– år"], ["Personer", "61", "140", "102"]], "Åldrar")
    assert "140" in (ask("Hur många är mellan 35 och 49 år?", [plan("a", bands)]) or "")


def test_everyday_forecast_verbs_need_no_word_of_the_plan() -> None:
    from kfp_assistant.ask.records_text import misses_the_question
    from kfp_assistant.sv.periods import asks_forecast

    question = "Hur många räknar de med ska sluta under planperioden?"
    assert asks_forecast(question)
    ahead = KeyFigure(
        file="p.pdf", doc_id="d", administration="Norrvik", period="2026-2028", metric="departures",
        value=90, unit="count", page=2, quote="Under planperioden beräknas 90 sluta.", as_of="2026-2028",
    )  # fmt: skip
    routed = route(question, [])
    vocabulary = {"planperiod", "slut", "beräkn"}  # the plan never writes "räknar" or "tror"
    assert not misses_the_question(routed, set(tokenize(question)), [ahead], ahead.quote, vocabulary)
