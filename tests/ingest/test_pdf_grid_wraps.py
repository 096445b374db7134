"""Unruled PDF tables whose text wraps in ways rows and headers do not show by position alone (made-up
tables): a row label wrapped upwards from its numbers, one column's header a line taller than the others,
a table of only a label row over a row of numbers."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.ingest.loaders import load_document
from tests.ingest.test_pdf_layouts import _pdf

X = (60, 220, 300, 380)


def _rows(tmp_path: Path, draw: list[tuple[float, float, str, bool]]) -> list[list[str]]:
    doc = load_document(_pdf(tmp_path / "plan.pdf", draw))
    (table,) = [b for b in doc.pages[0].blocks if b.kind == "table"]
    return table.rows or []


def test_a_label_wrapped_upwards_and_a_header_a_line_taller_are_read_whole(tmp_path: Path) -> None:
    draw = [(60, 80, "Tabellen visar läget per enhet den 31 december.", False)]
    draw += [(380, 109, "Frisk-", False)]  # the tallest header: one line above the others
    draw += [(300, 120, "Övertid", False), (380, 120, "närvaro", False)]
    draw += [(x, 131, h, False) for x, h in zip(X, ("Enhet", "Antal", "timmar", "%"), strict=True)]
    lines = [
        ("Kundtjänst", "45", "120", "96,1"),
        ("Drift och underhåll av", None, None, None),  # the label's first line, above its numbers
        ("fastigheter", "38", "310", "94,0"),
        ("Ekonomi", "22", "40", "97,2"),
    ]
    for n, cells in enumerate(lines):
        draw += [(x, 142 + 11 * n, c, False) for x, c in zip(X, cells, strict=True) if c]
    assert _rows(tmp_path, draw) == [
        ["", "", "Övertid", "Frisknärvaro"],
        ["Enhet", "Antal", "timmar", "%"],
        ["Kundtjänst", "45", "120", "96,1"],
        ["Drift och underhåll av fastigheter", "38", "310", "94,0"],
        ["Ekonomi", "22", "40", "97,2"],
    ]


def test_a_label_wrapped_downwards_and_a_part_row_below_keep_their_rows(tmp_path: Path) -> None:
    draw = [(x, 120, h, False) for x, h in zip(X, ("Grupp", "2024", "2025", "2026"), strict=True)]
    lines = [
        ("Anställda med månadslön", "412", "420", "431"),
        ("i december", None, None, None),  # the end of the label above, its numbers on its first line
        ("varav chefer", "31", "33", "34"),
        ("Timavlönade", "88", "80", "75"),
    ]
    for n, cells in enumerate(lines):
        draw += [(x, 131 + 11 * n, c, False) for x, c in zip(X, cells, strict=True) if c]
    assert _rows(tmp_path, draw) == [
        ["Grupp", "2024", "2025", "2026"],
        ["Anställda med månadslön i december", "412", "420", "431"],
        ["varav chefer", "31", "33", "34"],
        ["Timavlönade", "88", "80", "75"],
    ]


def test_a_label_row_over_a_row_of_numbers_is_a_table_but_number_tiles_are_not(tmp_path: Path) -> None:
    x = (60, 160, 230, 300, 370)
    draw = [(60, 80, "Tillsvidareanställda per åldersgrupp.", False)]
    bands = ("Ålder", "–29 år", "30–44 år", "45–59 år", "60– år")
    draw += [(x[k], 110, h, False) for k, h in enumerate(bands)]
    draw += [(x[k], 122, v, False) for k, v in enumerate(("Personer", "51", "120", "98", "40"))]
    draw += [(60, 150, "Medelåldern är 44 år.", False)]
    assert _rows(tmp_path, draw) == [
        ["Ålder", "–29 år", "30–44 år", "45–59 år", "60– år"],
        ["Personer", "51", "120", "98", "40"],
    ]
    tiles = [(x[k], 110, h, False) for k, h in enumerate(("Anställda", "Omsättning", "Sjuktal", "Ålder"))]
    tiles += [(x[k], 122, v, False) for k, v in enumerate(("412", "7,9 %", "4,6 %", "46"))]
    doc = load_document(_pdf(tmp_path / "tiles.pdf", tiles))
    assert not [b for b in doc.pages[0].blocks if b.kind == "table"], "a value under each label: tiles"
