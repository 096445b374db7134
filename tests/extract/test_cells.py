"""Tables stored as cells: row labels, column headers, numbers and units, continued tables, quotes."""

from __future__ import annotations

from pathlib import Path

from kfp_assistant.extract.cells import extract_cells
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta, TableCell
from kfp_assistant.store.plans import extract_records, quote_on_page

META = PlanMeta(administration="Farsta stadsdelsförvaltning", period="2025-2027")

AGE_PLAN = """# Kompetensförsörjningsplan 2025-2027

## Åldersstruktur

Tabell 3. Tillsvidareanställda per yrke och ålder:

| Yrke | Totalt antal | 20-29 år | 60-64 år |
|---|---|---|---|
| Undersköterska | 221 | 5 | 31 |
| Barnskötare | 309 | 11 | 33 |
| Totalt | 530 | 16 | 64 |

## Personalomsättning

| Nyckeltal | 2023 | 2024 |
|---|---|---|
| Personalomsättning, % | 10,2 | 8,7 |
| Medelålder, år | 46,9 | 46,5 |
"""


def _doc(tmp_path: Path, text: str) -> ParsedDocument:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def _cell(cells: list[TableCell], row: str, column: str) -> TableCell:
    found = [c for c in cells if row in c.row_headers and c.column_header == column]
    assert len(found) == 1, (row, column, found)
    return found[0]


def test_cells_carry_row_label_column_header_number_and_unit(tmp_path: Path) -> None:
    doc = _doc(tmp_path, AGE_PLAN)
    cells = extract_cells(doc, META)
    cell = _cell(cells, "Undersköterska", "60-64 år")
    assert (cell.value, cell.number, cell.table, cell.row) == ("31", 31.0, 0, 0)
    assert cell.unit is None  # "60-64 år" is an age band: its cells count people, not years
    assert cell.caption == "Tabell 3. Tillsvidareanställda per yrke och ålder:"
    assert _cell(cells, "Undersköterska", "Totalt antal").unit == "count"
    assert _cell(cells, "Totalt", "20-29 år").number == 16
    turnover = _cell(cells, "Personalomsättning, %", "2023")
    assert (turnover.number, turnover.unit, turnover.table) == (10.2, "percent", 1)
    assert _cell(cells, "Medelålder, år", "2024").unit == "years"
    assert not [c for c in cells if c.value in ("Yrke", "Undersköterska", "2023")]  # labels are not data


def test_every_cell_quote_is_on_its_page(tmp_path: Path) -> None:
    doc = _doc(tmp_path, AGE_PLAN)
    records = extract_records(doc, META)
    assert len(records.cells) == 9 + 4 and records.dropped_unquoted == 0
    page_text = {p.number: p.text for p in doc.pages}
    assert all(quote_on_page(c.quote, page_text[c.page]) for c in records.cells)
    assert records.cells[0].quote == "Undersköterska | 221 | 5 | 31"


def _table(rows: list[list[str]], page: int, continues: bool = False) -> Block:
    text = "\n".join(" | ".join(r) for r in rows)
    return Block(kind="table", text=text, page=page, rows=rows, continues_previous=continues)


def test_two_row_header_section_rows_and_a_table_over_a_page_break() -> None:
    header = [["", "2023", "", "2024", ""], ["", "Kvinnor", "Män", "Kvinnor", "Män"]]
    first = _table(
        [*header, ["Äldreomsorg", "", "", "", ""], ["Undersköterska", "180", "41", "176", "45"]], 1
    )
    second = _table([*header, ["Sjuksköterska", "52", "9", "55", "8"], ["", "232", "50", "231", "53"]], 2)
    pages = [
        Page(number=1, text=first.text, blocks=[first]),
        Page(number=2, text=second.text, blocks=[second]),
    ]
    doc = ParsedDocument(file="p.pdf", path="p.pdf", doc_id="d", kind="pdf", pages=pages)
    cells = extract_cells(doc, META)
    assert {c.table for c in cells} == {0}  # the repeated header on page 2 continues the table
    cell = _cell(cells, "Sjuksköterska", "2024 / Män")
    assert (cell.value, cell.page, cell.row, cell.row_headers) == (
        "8",
        2,
        1,
        ["Äldreomsorg", "Sjuksköterska"],
    )
    assert _cell(cells, "Undersköterska", "2023 / Kvinnor").number == 180
    total = [c for c in cells if c.row == 2]
    assert next(c.row_headers for c in total) == ["Äldreomsorg"]  # an unlabelled sum row keeps no label


def test_activity_table_cells_take_the_merged_cell_above(tmp_path: Path) -> None:
    rows = [
        ["Behov", "Aktivitet", "Måldatum", "Ansvarig"],
        ["Attrahera", "", "", ""],
        ["Fler sökande", "Delta i arbetsmarknadsdagar", "Löpande", "HR"],
        ["", "Erbjuda sommarjobb", "HT 2025", "Enhetschef"],
    ]
    block = _table(rows, 1)
    doc = ParsedDocument(
        file="p.pdf",
        path="p.pdf",
        doc_id="d",
        kind="pdf",
        pages=[Page(number=1, text=block.text, blocks=[block])],
    )
    cells = extract_cells(doc, META)
    first = next(c for c in cells if c.row == 0 and c.column_header == "Måldatum")
    assert first.value == "Löpande" and first.number is None
    later = next(c for c in cells if c.value == "HT 2025")
    assert later.row_headers == ["Attrahera", "Fler sökande"] and later.column_header == "Måldatum"


def test_a_header_wrapped_over_two_rows_is_one_header() -> None:
    rows = [
        ["", "Antal tillsvidare-", "Andel 55 år eller", "Svårt att"],
        ["Yrke", "anställda", "äldre", "rekrytera"],
        ["Kock", "12", "25 %", "Ja"],
        ["Lokalvårdare", "30", "10 %", "Nej"],
    ]
    block = _table(rows, page=1)
    pages = [Page(number=1, text=block.text, blocks=[block])]
    doc = ParsedDocument(file="p.pdf", path="p.pdf", doc_id="d", kind="pdf", pages=pages)
    cells = extract_cells(doc, META)
    assert _cell(cells, "Kock", "Andel 55 år eller äldre").number == 25
    assert _cell(cells, "Lokalvårdare", "Antal tillsvidareanställda").value == "30"
    assert not [c for c in cells if c.value in ("anställda", "äldre")], "the header's second line is no data"


def test_a_caption_like_sentence_right_above_a_table_says_what_it_counts(tmp_path: Path) -> None:
    plan = """# Kompetensförsörjningsplan 2026

## Pensioner framåt

Beräknat antal tillsvidareanställda som fyller 67 år per år. Alla slutar inte då.

| Yrke | 2027 | 2028 |
|---|---|---|
| Kock | 2 | 3 |

## Sjukfrånvaro

Sjukfrånvaron minskade till 5,1 procent.

| Typ | 2024 | 2025 |
|---|---|---|
| Total sjukfrånvaro, % | 5,6 | 5,1 |
"""
    cells = extract_cells(_doc(tmp_path, plan), META)
    assert _cell(cells, "Kock", "2028").caption == (
        "Pensioner framåt – Beräknat antal tillsvidareanställda som fyller 67 år per år."
    )
    assert _cell(cells, "Total sjukfrånvaro, %", "2025").caption == "Sjukfrånvaro", "prose is no caption"


def test_a_title_row_set_inside_a_table_is_its_caption_not_its_header() -> None:
    rows = [
        ["Personal per yrke och anställningsform", "", "", "", "Kommentar"],
        ["Yrke", "Tillsvidare", "Visstid", "55 år eller äldre", "Läget i korthet"],
        ["Kock", "12", "2", "4", "Stabilt"],
        ["Lokalvårdare", "30", "5", "9", "Svårt"],
    ]
    block = _table(rows, page=1)
    pages = [Page(number=1, text=block.text, blocks=[block])]
    doc = ParsedDocument(file="p.pdf", path="p.pdf", doc_id="d", kind="pdf", pages=pages)
    cells = extract_cells(doc, META)
    cell = _cell(cells, "Lokalvårdare", "55 år eller äldre")
    assert cell.number == 9 and cell.caption == "Personal per yrke och anställningsform"
    assert not [c for c in cells if c.value == "Tillsvidare"], "the header under the title is no data"
