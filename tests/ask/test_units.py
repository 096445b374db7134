"""Citable units of a chunk by paragraph, and what an explanation shows of the best one's paragraph."""

from __future__ import annotations

from kfp_assistant.ask.cited_text import render
from kfp_assistant.ask.extractive import score_chunk, select
from kfp_assistant.ask.paragraphs import paragraph_window
from kfp_assistant.ask.units import units
from kfp_assistant.schema import Chunk, Citation
from tests.ask.chunks import plan_chunk as _chunk


def test_a_sentence_cut_by_a_page_break_is_one_unit_on_the_page_it_starts() -> None:
    chunk = _chunk(
        "Viktiga insatser är att sprida information om verksamheten i lokalpressen. Vi vill synas, genom"
        " att\n"
        "delta på arbetsmässor och vid lokala arrangemang. Vi uppmuntrar enheterna att delta.",
        pages=[10, 11],
    )
    found = units(chunk)
    assert [u.text for u in found] == [
        "Viktiga insatser är att sprida information om verksamheten i lokalpressen.",
        "Vi vill synas, genom att delta på arbetsmässor och vid lokala arrangemang.",
        "Vi uppmuntrar enheterna att delta.",
    ]
    assert [u.page for u in found] == [10, 10, 11]
    assert len({u.paragraph for u in found}) == 1
    # The offsets still point at the plan's text, line break included.
    assert chunk.text[found[1].start : found[1].end].endswith(
        "genom att\ndelta på arbetsmässor och vid lokala arrangemang."
    )


def test_short_lines_in_lower_case_stay_list_items() -> None:
    chunk = _chunk(
        "säkerställa kompetensen inom ledarskap\narbeta för att sänka sjuktalet\n"
        "höja den digitala kompetensen"
    )
    found = units(chunk)
    assert [u.text for u in found] == [
        "säkerställa kompetensen inom ledarskap",
        "arbeta för att sänka sjuktalet",
        "höja den digitala kompetensen",
    ]
    assert all(u.item for u in found) and len({u.paragraph for u in found}) == 3


def test_a_table_label_keeps_its_values() -> None:
    chunk = _chunk(
        "Mått | Utfall\n"
        "Nettorekryteringar | +7\n"
        "Andel med heltid | 81 % | Andel med deltid | 19 %\n"
        "Medelålder, år | 44,9 | 45,3\n"
        "Senast mätt | maj 2024\n"
        "Aktivitet | Ansvarig | Klart\n"
        "Mentorsprogram för nya handläggare | Enhetschef | 2026"
    )
    found = units(chunk)
    assert [u.text for u in found] == [
        "Mått | Utfall",
        "Nettorekryteringar | +7",
        "Andel med heltid | 81 %",
        "Andel med deltid | 19 %",
        "Medelålder, år",
        "44,9",
        "45,3",
        "Senast mätt | maj 2024",
        "Aktivitet",
        "Ansvarig",
        "Klart",
        "Mentorsprogram för nya handläggare",
        "Enhetschef",
        "2026",
    ]
    assert all(u.kind == "cell" and chunk.text[u.start : u.end] == u.text for u in found)
    # a label shown is shown with its value, so an answer never drops the numbers
    assert [u.citable for u in found[1:4]] == [True, True, True]


REASONS = (
    "Inledningen handlar om något annat än lokalerna och deras användning.\n"
    "Staden kräver att förvaltningen minskar sina hyreskostnader kraftigt. Förvaltningen har idag flest"
    " kvadratmeter per medarbetare. Ett projekt genomförs därför för att öka antalet arbetsplatser. Ytan ska"
    " nyttjas bättre genom att förtäta arbetsplatserna. På sikt kan besparingen gå till modernisering."
    " Därefter följer en helt annan fråga om rekrytering. Och ännu en mening om introduktion."
)


def test_an_explanation_shows_the_reasons_a_therefore_rests_on() -> None:
    all_units = units(_chunk(REASONS))
    best = next(i for i, u in enumerate(all_units) if u.text.startswith("Ytan ska"))
    shown = [all_units[i].text for i in paragraph_window(all_units, best, 5)]
    assert shown[0].startswith("Staden kräver"), "the sentence with 'därför' pulls the reasons before it"
    assert len(shown) == 5 and not any(t.startswith("Och ännu") for t in shown)
    assert not any(t.startswith("Inledningen") for t in shown), "the window stays in the paragraph"


def test_an_explanation_goes_on_after_its_best_sentence() -> None:
    chunk = _chunk(
        "Förvaltningen ser ett behov av chefsprogram och välkomnar stadens pilotprogram.\n"
        "Avdelningen avser se över ett lokalt traineeprogram inom ledarskap. Programmets förhoppning är att"
        " ge en introduktion i ledarskap. Förhoppningen är att fler ska ta klivet in i en chefsroll."
    )
    tokens = {"traineeprogram", "avdelning"}
    passages = sorted(score_chunk(chunk, tokens, 0.8), key=lambda p: -p.score)
    citations: list[Citation] = []
    parts = render(select(passages, tokens, budget=6, close=0.1, cover_floor=0.5, paragraph=5), citations)
    text = " ".join(t for texts in parts.values() for t in texts)
    assert "chefsroll" in text and "traineeprogram" in text
    # Without the paragraph rule only the best sentence's neighbours are shown.
    citations = []
    parts = render(select(passages, tokens, budget=6, close=0.1, cover_floor=0.5), citations)
    assert "chefsroll" not in " ".join(t for texts in parts.values() for t in texts)


def test_a_list_introduced_at_a_chunk_end_goes_on_in_the_next_chunk() -> None:
    first = _chunk("Inledning om arbetet.\nFöljande kompetensgap bedöms vara stora under hela planperioden:")
    second = Chunk(
        **(
            first.model_dump()
            | {
                "chunk_id": "d:1",
                "position": 1,
                "text": "Specialistsjuksköterskor inom anestesi\nBarnmorskor\nLäkare i allmänmedicin\n"
                "Rekryteringen följs upp varje kvartal. Det gör HR-avdelningen.",
            }
        )
    )
    tokens = {"kompetensgap", "stor"}
    passages = sorted(score_chunk(first, tokens, 0.8), key=lambda p: -p.score)
    citations: list[Citation] = []
    chosen = select(
        passages,
        tokens,
        budget=5,
        close=0.1,
        cover_floor=0.5,
        following=lambda c: second if c is first else None,
    )
    parts = render(chosen, citations)
    text = " ".join(t for texts in parts.values() for t in texts)
    assert "planperioden: [1] \n- Specialistsjuksköterskor inom anestesi\n- Barnmorskor\n- Läkare" in text
    assert "följs upp" not in text, "the list ends at the first sentence after it"
    assert [c.quote for c in citations][1].startswith("Specialistsjuksköterskor inom anestesi Barnmorskor")
