"""Key figures from prose and year-column tables: Swedish numbers, metrics, as-of years, decoys."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.extract.figures import extract_figures
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def doc(*blocks: Block) -> ParsedDocument:
    page = Page(number=1, text="\n".join(b.text for b in blocks), blocks=list(blocks))
    return ParsedDocument(file="t.pdf", path="t.pdf", doc_id="x", kind="pdf", pages=[page])


def para(text: str) -> Block:
    return Block(kind="paragraph", text=text, page=1)


def figures(*texts: str, period: str = "2025-2027") -> list[tuple[str, float, str | None, str | None]]:
    found = extract_figures(doc(*(para(t) for t in texts)), PlanMeta(period=period))
    return [(f.metric, f.value, f.as_of, f.scope) for f in found]


def test_swedish_numbers_and_units() -> None:
    assert figures(
        "Förvaltningen har i oktober 2024 totalt 1 799 st medarbetare. Av dessa är 84 % kvinnor och 16% män."
    ) == [
        ("employees_total", 1799.0, "2024", None),
        ("women_share", 84.0, "2024", None),
        ("men_share", 16.0, "2024", None),
    ]
    assert figures("Under januari tom oktober 2024 är den totala personalomsättningen 6,28 %.") == [
        ("turnover_pct", 6.28, "2024", None)
    ]


def test_previous_year_and_comparisons() -> None:
    found = figures(
        "Personalomsättningen har under året 2024 varit 7,3%. "
        "Personalomsättningen från föregående år uppgick till 11,18%."
    )
    assert found == [("turnover_pct", 7.3, "2024", None), ("turnover_pct", 11.18, "2023", None)]
    found = figures(
        "Hittills i år är personalomsättningen 3,68% att jämföra med 4,05% under år 2020.", period="2021"
    )
    assert found == [("turnover_pct", 3.68, "2021", None), ("turnover_pct", 4.05, "2020", None)]


def test_scope_from_profession_employment_type_and_group() -> None:
    assert figures("Personalomsättningen 2024 var 13,26% för biståndshandläggare.") == [
        ("turnover_pct", 13.26, "2024", "biståndshandläggare")
    ]
    assert figures("Det har genomförts 452 rekryteringar av tidsbegränsade anställningar under 2024.") == [
        ("recruitments", 452.0, "2024", "tidsbegränsade")
    ]
    assert figures("I september 2024 har 98,4% av alla kvinnor en anställning på heltid.") == [
        ("full_time_share", 98.4, "2024", "kvinnor")
    ]


def test_decoys_are_not_values() -> None:
    decoys = (
        "Det är en ökning med 24 rekryteringar sedan 2023.",
        "Sjukfrånvaron har minskat med 2,96 procentenheter.",
        "Korttidssjukfrånvaron (dag 1-14) mäts varje månad.",
        "Målet för sjukfrånvaron har varit 6 %.",
        "Frågan om arbetsmiljö fick högst resultat (index 89) och ökade (+3 index).",
        "Totalt 37 anställda är över 65 år.",
        "Åldersgruppen 20-29 har högst personalomsättning bland de 10 vanligaste befattningarna.",
        "Cirka 60 medarbetare har gått utbildningen.",
    )
    assert figures(*decoys) == []


def test_ami_and_retirements() -> None:
    assert figures(
        "Rapporten för år 2024 visar att AMI totalindex har ökat till 83 "
        "i jämförelse med 2023 då det låg på 82."
    ) == [
        ("ami_index", 83.0, "2024", None),
        ("ami_index", 82.0, "2023", None),
    ]
    assert figures("Under år 2025 är 30 anställda över 65 år och 16 stycken medarbetare fyller 65 år.") == [
        ("retirements", 16.0, "2025", None)
    ]


def test_year_column_table() -> None:
    rows = [
        ["Möjliga pensionsavgångar per avdelning", "2025", "2026"],
        ["Avdelning A", "2", "1"],
        ["Totalt", "16", "15"],
    ]
    text = "\n".join(" | ".join(r) for r in rows)
    found = extract_figures(doc(Block(kind="table", text=text, page=1, rows=rows)), PlanMeta())
    assert [(f.metric, f.value, f.as_of, f.scope) for f in found] == [
        ("retirements", 2.0, "2025", "Avdelning A"),
        ("retirements", 1.0, "2026", "Avdelning A"),
        ("retirements", 16.0, "2025", None),
        ("retirements", 15.0, "2026", None),
    ]
    assert found[-1].quote == "Totalt | 16 | 15"


@pytest.mark.skipif(not (CORPUS / "socialnamnden-2025-2027.pdf").exists(), reason="corpus PDFs not built")
def test_real_plans() -> None:
    from kfp_assistant.ingest.loaders import load_document
    from kfp_assistant.ingest.loaders import normalize_for_match as norm

    soc = load_document(CORPUS / "socialnamnden-2025-2027.pdf")
    found = extract_figures(soc, PlanMeta(period="2025-2027"))
    got = {(f.metric, f.value, f.as_of) for f in found}
    assert {
        ("employees_permanent", 1016.0, "2024"),
        ("turnover_pct", 11.18, "2023"),
        ("average_age", 44.0, "2024"),
    } <= got
    assert not any(f.metric == "sick_leave_pct" and f.value == 0.2 for f in found)
    pages = {p.number: norm(p.text) for p in soc.pages}
    assert all(norm(f.quote) in pages[f.page] for f in found)
    hv = load_document(CORPUS / "hasselby-vallingby-2025-2027.pdf")
    pairs = {(f.metric, f.value) for f in extract_figures(hv, PlanMeta(period="2025-2027"))}
    assert {("employees_total", 1799.0), ("turnover_pct", 6.28), ("women_count", 1311.0)} <= pairs
