from kfp_assistant.ingest.chunking import chunk_document, plan_label
from kfp_assistant.schema import Block, PlanMeta

META = PlanMeta(administration="Socialnämnden", period="2025-2027")


def heading(text: str, level: int, page: int = 1) -> Block:
    return Block(kind="heading", text=text, level=level, page=page)


def para(text: str, page: int = 1) -> Block:
    return Block(kind="paragraph", text=text, page=page)


def table(rows: list[list[str]], page: int, continues: bool = False) -> Block:
    return Block(
        kind="table",
        text="\n".join(" | ".join(r) for r in rows),
        rows=rows,
        page=page,
        continues_previous=continues,
    )


def test_sections_start_chunks_and_carry_their_path() -> None:
    blocks = [
        heading("Nulägesanalys", 1),
        para("Inledande text om läget."),
        heading("Sjukfrånvaro", 2, page=2),
        para("Sjukfrånvaron var 6,2 %.", page=2),
        heading("Avsluta", 1, page=3),
        para("Avslutssamtal erbjuds alla.", page=3),
    ]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf")
    assert [c.section for c in chunks] == ["Nulägesanalys", "Nulägesanalys > Sjukfrånvaro", "Avsluta"]
    assert [c.page_start for c in chunks] == [1, 2, 3]
    assert chunks[1].prefix == f"{plan_label(META)} | Nulägesanalys > Sjukfrånvaro"
    assert (
        chunks[1]
        .indexed_text.splitlines()[0]
        .startswith("Socialnämnden, kompetensförsörjningsplan 2025-2027")
    )
    assert [c.chunk_id for c in chunks] == ["d1:0", "d1:1", "d1:2"]
    assert all(c.administration == "Socialnämnden" and c.period == "2025-2027" for c in chunks)


def test_long_prose_is_split_at_sentences_within_limit() -> None:
    sentence = "Det här är en mening om kompetensförsörjning i förvaltningen. "
    blocks = [heading("Analys", 1), para(sentence * 60)]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf", max_chars=500)
    assert len(chunks) > 3
    assert all(len(c.text) <= 500 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)


def test_table_over_page_break_is_joined_and_split_with_header_repeated() -> None:
    header = ["Mål", "Aktivitet", "Måldatum", "Ansvarig"]
    rows1 = [header] + [[f"Mål {i}", f"Aktivitet nummer {i} " * 4, "2025-12-31", "HR"] for i in range(8)]
    rows2 = [header] + [[f"Mål {i}", f"Aktivitet nummer {i} " * 4, "2025-12-31", "HR"] for i in range(8, 16)]
    blocks = [heading("Aktiviteter", 1), table(rows1, 4), table(rows2, 5, continues=True)]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf", table_max_chars=700)
    assert len(chunks) >= 2
    assert all(c.kind == "table" for c in chunks)
    assert all(c.text.splitlines()[0] == "Mål | Aktivitet | Måldatum | Ansvarig" for c in chunks)
    body = [line for c in chunks for line in c.text.splitlines()[1:]]
    assert len(body) == 16, "repeated header row dropped, every row kept once"
    assert chunks[0].page_start == 4 and chunks[-1].page_end == 5


def test_table_of_contents_lines_are_dropped() -> None:
    blocks = [heading("Innehåll", 1), para("Inledning..... 2"), para("Nulägesanalys ....... 3")]
    assert chunk_document(blocks, META, "d1", "plan.pdf") == []


def test_plan_without_period_is_named_by_administration() -> None:
    assert plan_label(PlanMeta(administration="Trafikkontoret")) == "Trafikkontoret"


def test_oversize_text_is_split_to_the_maximum() -> None:
    """Text with no sentence end (one 20,000-character line) must not become one huge chunk."""
    blocks = [heading("Nulägesanalys " * 40, 1), para("ord " * 5000), para("x" * 3000, page=2)]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf", max_chars=500)
    assert len(chunks) > 40 and all(len(c.text) <= 500 for c in chunks)
    text = "".join(c.text for c in chunks).replace(" ", "").replace("\n", "")
    assert text == "Nulägesanalys" * 40 + "ord" * 5000 + "x" * 3000, (
        "a title too long for the path leads the text"
    )
    assert chunks[-1].page_start == 2 and len(chunks[0].section) <= 150


def test_table_row_longer_than_a_chunk_is_split() -> None:
    rows = [["Område", "Aktivitet"], ["Rekrytera", "annons " * 1000], ["Avsluta", "Avslutssamtal"]]
    chunks = chunk_document(
        [table(rows, 1), table(rows[:2], 2, continues=True)], META, "d1", "p.pdf", 300, 400
    )
    assert all(len(c.text) <= 400 and c.kind == "table" for c in chunks)
    assert all(len(c.line_pages) == c.text.count("\n") + 1 for c in chunks)
    assert {c.page_end for c in chunks} == {1, 2}


def test_a_paragraph_or_an_activity_set_in_a_headings_font_stays_text() -> None:
    blocks = [
        heading("3 Läget i dag", 1),
        heading("I slutet av året hade vi 412 medarbetare, elva fler än året innan och flest i vården.", 2),
        heading("Erbjud alla nyanställda en fadder under de första tio veckorna.", 2, page=2),
        para("Ansvar: enhetschef. Klart: 2026.", page=2),
        heading("Vad säger de som slutar?", 2, page=2),
        para("De flesta nämner lönen.", page=2),
    ]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf")
    text = "\n".join(c.text for c in chunks)
    assert "412 medarbetare" in text and "fadder under de första tio veckorna" in text
    assert all("412" not in c.section and "fadder" not in c.section for c in chunks)
    # a question set as a heading is a title
    assert chunks[-1].section == "3 Läget i dag > Vad säger de som slutar?"


def test_heading_without_body_before_a_sibling_heading_is_kept_in_text() -> None:
    """A lead-in title followed at once by a heading of its level (or a table header read as one) must
    stay findable: it leads the next chunk's text instead of vanishing from the path."""
    blocks = [
        heading("Lokalvård", 1),
        heading("Bristroller inför nästa år", 2),
        heading("Översikt", 2),
        para("1. Fönsterputsare med höjdbehörighet"),
        para("2. Arbetsledare för nattstädning"),
    ]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf")
    assert len(chunks) == 1
    assert chunks[0].section == "Lokalvård > Översikt"
    assert chunks[0].text.splitlines()[0] == "Bristroller inför nästa år"
    assert "Fönsterputsare" in chunks[0].text


def test_every_heading_reaches_some_chunk() -> None:
    """Headings in a row at falling levels, a title before a table and a last heading with no body."""
    blocks = [
        heading("Del A om vaktmästeri", 1),
        heading("A.1 Läget", 2),
        heading("Del B om parkskötsel", 1),
        heading("Tabell över säsongsanställda", 2),
        heading("Säsong", 2),
        table([["Månad", "Antal"], ["Juni", "14"]], 1),
        heading("Bilaga utan innehåll", 1),
    ]
    chunks = chunk_document(blocks, META, "d1", "plan.pdf")
    stored = " ".join(c.text + " " + c.section for c in chunks)
    for block in blocks:
        if block.kind == "heading":
            assert block.text in stored, block.text
    assert not any("Del B om parkskötsel" in c.text for c in chunks), (
        "a heading carried in a path stays out of text"
    )


def test_heading_over_the_path_limit_keeps_its_whole_text() -> None:
    long_title = "Rubrik " + " ".join(f"ord{i}" for i in range(40))
    chunks = chunk_document([heading(long_title, 1), para("Brödtext.")], META, "d1", "plan.pdf")
    assert long_title in chunks[0].text
