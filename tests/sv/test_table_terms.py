"""Words of table questions and headers: age bands, gender, dates, totals, measures; word matching and
English HR words."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.table_terms import (
    OPEN,
    age_bands,
    asks_total,
    describes_staff,
    genders_in,
    header_dates,
    header_gender,
    is_total_label,
    measure_asked,
    months_in,
)
from kfp_assistant.sv.words import PART_OF_COMPOUND, SAME_WORD, word_match


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        ("Hur många är mellan 60 och 64 år?", [(60, 64)]),
        ("60-64 år", [(60, 64)]),
        ("65- år", [(65, OPEN)]),
        ("-29 år", [(0, 29)]),
        ("över 65", [(65, OPEN)]),
        ("65 år eller äldre", [(65, OPEN)]),
        ("60 plus", [(60, OPEN)]),
        ("65+", [(65, OPEN)]),
        ("under 30", [(0, 29)]),
        ("29 år och yngre", [(0, 29)]),
        ("i 50-årsåldern", [(50, 59)]),
        ("between 50 and 59", [(50, 59)]),
        ("under 30 och 60-64", [(0, 29), (60, 64)]),
        ("Korttidssjukfrånvaro dag 1-14", []),
        ("sjukfrånvaro dag 15-", []),
        ("19,52 %", []),
        ("planen 2024-2026", []),
        ("fyller 65 under 2025", []),  # turning 65 in a year counts retirements, not an age band
        ("har fyllt 60", [(60, OPEN)]),
        ("äldre än 64", [(65, OPEN)]),  # strictly older
        ("unga (20-29)", [(20, 29)]),
    ],
)
def test_age_bands(text: str, bands: list[tuple[int, int]]) -> None:
    assert age_bands(text) == bands


def test_dates_of_headers() -> None:
    assert header_dates("202310") == [(2023, 10)]
    assert header_dates("2024-12-31") == [(2024, 12)]
    assert header_dates("okt 2023") == [(2023, 10)]
    assert header_dates("Kulturförvaltningen 2024") == [(2024, None)]
    assert header_dates("2024-2026") == []
    assert months_in("Hur många i oktober 2023?") == [10]
    assert months_in("Vad händer i maj?") == []  # "maj" alone is too often not the month asked about


def test_gender_in_questions_and_labels() -> None:
    assert genders_in("Hur många kvinnor och män?") == ["K", "M"]
    assert genders_in("men hur många?") == []  # Swedish "men" is "but"
    assert genders_in("How many men?", english=True) == ["M"]
    assert [
        header_gender(t) for t in ("K", "M", "Kv.", "Kvinnor", "Män", "Andel män, %", "2024 / K", "Totalt")
    ] == [
        "K",
        "M",
        "K",
        "K",
        "M",
        "M",
        "K",
        None,
    ]


def test_totals_measures_and_staff_words() -> None:
    assert is_total_label("Totalt") and is_total_label("Summa") and is_total_label("Totalt antal")
    assert not is_total_label("Undersköterska")
    assert asks_total("Hur många totalt?") and not asks_total("Hur många undersköterskor?")
    assert measure_asked("Hur stor andel är kvinnor?") == "share"
    assert measure_asked("hur manga ar over 65") == "count"
    assert measure_asked("Hur hög är sjukfrånvaron?") is None
    assert describes_staff("åldersstruktur") and describes_staff("yrkesgrupp")
    assert not describes_staff("pensionsavgång") and not describes_staff("personalomsättning")


def test_word_match_counts_inflections_typos_and_compound_parts() -> None:
    assert word_match("vårdbiträden", "vårdbiträd") == SAME_WORD
    assert word_match("forskollar", "förskollär") == SAME_WORD
    assert word_match("underskoterk", "underskötersk") == SAME_WORD
    assert word_match("pension", "pensionsavgång") == PART_OF_COMPOUND
    assert word_match("lönekartläggning", "kartläggning") == PART_OF_COMPOUND
    assert word_match("engagemanget", "medarbetarengagemang") == PART_OF_COMPOUND, "a definite neuter"
    assert word_match("klimatet", "arbetsklimat") == PART_OF_COMPOUND
    assert word_match("budget", "skolbud") == 0.0
    assert word_match("sjukskötersk", "underskötersk") == 0.0


def test_english_questions_get_the_swedish_hr_words() -> None:
    assert is_english("How many nurses are over 65?") and not is_english("Hur många är över 65?")
    swedish = in_swedish_terms("How many assistant nurses could retire?")
    assert "undersköterskor" in swedish and "pensionsavgångar" in swedish
