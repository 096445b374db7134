"""Comparisons answered for every named side (ask.compare_figures, compare_cells, changes.answer_item_history,
the router's and multipart's reading of comparisons); made-up plans and sentences."""

from __future__ import annotations

from kfp_assistant.ask.changes import answer_item_history
from kfp_assistant.ask.compare_cells import answer_group_comparison
from kfp_assistant.ask.compare_figures import answer_figure_comparison
from kfp_assistant.ask.compose import asks_how, compose_records
from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.multipart import question_parts
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import RecordAnswer, cite_record
from kfp_assistant.ask.records_cap import Showing
from kfp_assistant.ask.router import route
from kfp_assistant.schema import Chunk, Citation, Gap, KeyFigure, PlanRecords, TableCell

CATALOG = [
    {"doc_id": "k", "administration": "Kulturnämnden", "period": "2025-2027"},
    {"doc_id": "f", "administration": "Farsta stadsdelsförvaltning", "period": "2025-2027"},
    {"doc_id": "s", "administration": "Servicenämnden", "period": "2025-2027"},
]
NAMES = {"k": "Kulturnämnden", "f": "Farsta stadsdelsförvaltning", "s": "Servicenämnden"}


def _figure(
    doc_id: str, metric: str, value: float, as_of: str, scope: str | None = None, unit: str = "percent"
) -> KeyFigure:
    quote = f"Värdet {str(value).replace('.', ',')} gäller {scope or 'hela förvaltningen'} år {as_of}."
    return KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=NAMES[doc_id], period="2025-2027",
        metric=metric, value=value, unit=unit, as_of=as_of, scope=scope, page=3, quote=quote,
    )  # fmt: skip


def _plan(doc_id: str, figures: list[KeyFigure]) -> PlanRecords:
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration=NAMES[doc_id], period="2025-2027", figures=figures
    )  # fmt: skip


def test_which_is_highest_names_both_figures_of_the_same_year_and_the_higher() -> None:
    asked = route("Vem har högst personalomsättning, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["turnover_pct"]
    culture = _plan(
        "k",
        [
            _figure("k", "turnover_pct", 11.5, "2023"),  # older, whole administration
            _figure("k", "turnover_pct", 7.4, "2024", "tillsvidareanställda"),
            _figure("k", "turnover_pct", 20.0, "2024", "tidsbegränsade"),
        ],
    )
    farsta = _plan(
        "f",
        [
            _figure("f", "turnover_pct", 6.1, "2024"),
            _figure(
                "f", "turnover_pct", 14.2, "2024", "socialsekreterare"
            ),  # one occupation: not the headline
        ],
    )
    answer = answer_figure_comparison(asked, [culture, farsta])
    assert answer is not None
    assert "7,4 %" in answer.text and "6,1 %" in answer.text
    assert "11,5" not in answer.text and "14,2" not in answer.text
    assert "**Högst personalomsättning:** Kulturnämnden 2025-2027 (7,4 %), före Farsta" in answer.text
    assert {c.doc_id for c in answer.citations} == {"k", "f"}
    lowest = route("Vem har lägst personalomsättning, Kulturnämnden eller Farsta?", CATALOG)
    answer = answer_figure_comparison(lowest, [culture, farsta])
    assert answer is not None and "**Lägst personalomsättning:** Farsta" in answer.text


def test_each_side_gets_the_total_or_the_permanent_staffs_figure_with_its_parts() -> None:
    asked = route("rekryteringar senaste året: Kulturnämnden vs Farsta?", CATALOG)
    assert asked.metrics == ["recruitments"], "a time they happened in makes recruitments a count"
    count = "count"
    culture = _plan(
        "k",
        [
            _figure("k", "recruitments", 187, "2024", "tillsvidareanställda", count),
            _figure("k", "recruitments", 452, "2024", "tidsbegränsade anställningar", count),
        ],
    )
    farsta = _plan("f", [_figure("f", "recruitments", 423, "2024", unit=count)])
    answer = answer_figure_comparison(asked, [culture, farsta])
    assert answer is not None
    assert "187 (2024, tillsvidareanställda)" in answer.text and "452" in answer.text and "423" in answer.text
    assert "Högst" not in answer.text, "no ranking unless asked"
    assert route("Hur arbetar Kulturnämnden och Farsta med rekryteringar?", CATALOG).metrics == []


def test_every_named_administration_answers_a_plan_without_the_total_by_its_permanent_staff() -> None:
    parts = question_parts(
        "hur många anställda har de olika förvaltningarna? Kulturnämnden, Farsta och Servicenämnden"
    )
    assert len(parts) == 1 and "Servicenämnden" in parts[0]
    asked = route(parts[0], CATALOG)
    assert asked.intent == "compare" and len(asked.administrations) == 3
    count = "count"
    plans = [
        _plan("k", [_figure("k", "employees_total", 3500, "2024", unit=count)]),
        _plan("f", [_figure("f", "employees_total", 1800, "2024", unit=count)]),
        _plan("s", [_figure("s", "employees_permanent", 1016, "2024", unit=count)]),
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None
    assert (
        all(n in answer.text for n in ("3500", "1800", "1016"))
        and "Tillsvidareanställda: 1016" in answer.text
    )
    assert question_parts("Hur hög är sjukfrånvaron? Och hur hög är personalomsättningen?") == [
        "Hur hög är sjukfrånvaron?",
        "Och hur hög är personalomsättningen?",
    ]


def _gap(doc_id: str, period: str, text: str) -> Gap:
    return Gap(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Kulturnämnden", period=period, theme=None,
        text=text, page=5, quote=text,
    )  # fmt: skip


def test_an_item_already_in_the_previous_version_is_shown_from_both() -> None:
    catalog = [
        {"doc_id": "k1", "administration": "Kulturnämnden", "period": "2024-2026"},
        {"doc_id": "k2", "administration": "Kulturnämnden", "period": "2025-2027"},
    ]
    asked = route(
        "Fanns AI med som kompetensbehov redan i Kulturnämndens förra plan eller är det nytt?", catalog
    )
    assert asked.intent == "compare" and sorted(asked.plans) == ["k1", "k2"]
    old = PlanRecords(
        doc_id="k1", file="k1.pdf", administration="Kulturnämnden", period="2024-2026",
        gaps=[_gap("k1", "2024-2026", "Digital kompetens, AI och e-tjänster"),
              _gap("k1", "2024-2026", "Ledarskap")],
    )  # fmt: skip
    new = PlanRecords(
        doc_id="k2", file="k2.pdf", administration="Kulturnämnden", period="2025-2027",
        gaps=[_gap("k2", "2025-2027", "Nya arbetssätt med AI"), _gap("k2", "2025-2027", "Arbetsrätt")],
    )  # fmt: skip
    answer = answer_item_history(asked, [old, new])
    assert answer is not None
    assert answer.text.startswith("Det fanns med redan i Kulturnämnden 2024-2026")
    assert "Digital kompetens, AI" in answer.text and "Nya arbetssätt med AI" in answer.text
    assert "Ledarskap" not in answer.text and "Arbetsrätt" not in answer.text
    new_only = route("Är arbetsrätt ett nytt kompetensbehov sedan Kulturnämndens förra plan?", catalog)
    answer = answer_item_history(new_only, [old, new])
    assert answer is not None and answer.text.startswith("Nytt i Kulturnämnden 2025-2027")


def test_how_administrations_work_is_compared_as_explanations() -> None:
    asked = route("Hur tänker Kulturnämnden respektive Farsta kring successionsplanering?", CATALOG)
    assert asks_how(asked)
    assert content_tokens(asked.question, asked) == {"successionsplanering"}
    assert not asks_how(route("Hur hög är sjukfrånvaron i Kulturnämnden och Farsta?", CATALOG))


def _cell(doc_id: str, row: int, label: str, column: str, value: str, number: float, unit: str) -> TableCell:
    return TableCell(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Kulturnämnden", period="2025-2027", page=6,
        table=0, caption="Yrkesgrupper", row=row, row_headers=[label], column_header=column, value=value,
        number=number, unit=unit, quote=f"{label} | {value}",
    )  # fmt: skip


def test_a_groups_share_is_compared_from_a_table_row_and_the_other_versions_sentence() -> None:
    catalog = [
        {"doc_id": "k1", "administration": "Kulturnämnden", "period": "2022"},
        {"doc_id": "k2", "administration": "Kulturnämnden", "period": "2025-2027"},
    ]
    asked = route("Har kockarnas andel av personalen i Kulturnämnden ändrats sedan 2022?", catalog)
    assert asked.intent == "compare" and sorted(asked.plans) == ["k1", "k2"] and not asked.metrics
    cells = [
        _cell("k2", 0, "Kockar", "Andel", "12,5 %", 12.5, "percent"),
        _cell("k2", 0, "Kockar", "Antal", "40", 40, "count"),
        _cell("k2", 1, "Vaktmästare", "Andel", "3 %", 3, "percent"),
    ]
    old = PlanRecords(doc_id="k1", file="k1.pdf", administration="Kulturnämnden", period="2022")
    new = PlanRecords(
        doc_id="k2", file="k2.pdf", administration="Kulturnämnden", period="2025-2027", cells=cells
    )
    records = answer_group_comparison(asked, [old, new])
    assert (
        records is not None and "Kockar: Andel: 12,5 %" in records.text and "Vaktmästare" not in records.text
    )
    text = "Nämnden har många kockar. De största grupperna är kockar (15 %) och vaktmästare (4 %)."
    chunk = Chunk(
        chunk_id="k1:0", doc_id="k1", file="k1.pdf", position=0, page_start=2, page_end=2,
        section="Personal", text=text, prefix="", administration="Kulturnämnden", period="2022",
    )  # fmt: skip
    passages = score_chunk(chunk, content_tokens(asked.question, asked), 0.8)
    composed = compose_records(records, passages, asked)
    assert "**Kulturnämnden 2022:** De största grupperna är kockar (15 %)" in composed.text
    assert {c.doc_id for c in composed.citations} == {"k1", "k2"}
    count = route("Hur många vaktmästare har Kulturnämnden jämfört med förra planen?", catalog)
    assert answer_group_comparison(count, [old, new]) is None, "the row states no count: the text answers"


def _numbered_plan(i: int) -> PlanRecords:
    name, quote = f"Nämnd{i}nämnden", f"Sjukfrånvaron var {4 + i} procent."
    figure = KeyFigure(
        file=f"d{i}.pdf", doc_id=f"d{i}", administration=name, period="2025-2027", metric="sick_leave_pct",
        value=float(4 + i), unit="percent", as_of="2024", page=2, quote=quote,
    )  # fmt: skip
    return PlanRecords(
        doc_id=f"d{i}", file=f"d{i}.pdf", administration=name, period="2025-2027", figures=[figure]
    )


def test_over_many_administrations_the_highest_are_shown_and_the_others_named() -> None:
    catalog = [
        {"doc_id": f"d{i}", "administration": f"Nämnd{i}nämnden", "period": "2025-2027"} for i in range(6)
    ]
    asked = route("Vilken förvaltning har högst sjukfrånvaro?", catalog)
    assert asked.intent == "compare" and len(asked.plans) == 6
    plans = [_numbered_plan(i) for i in range(6)]
    answer = answer_figure_comparison(asked, plans, Showing(lambda: {}, 2))
    assert answer is not None
    assert "**Högst sjukfrånvaro:** Nämnd5nämnden 2025-2027 (9 %), före Nämnd4nämnden" in answer.text
    assert "Nämnd3nämnden 2025-2027, Nämnd2nämnden" in answer.text and len(answer.citations) == 2


def test_how_administrations_work_with_a_figure_is_told_in_two_sentences_each() -> None:
    asked = route("Hur arbetar Kulturnämnden och Farsta med heltid?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == ["full_time_share"]
    figure = _figure("k", "full_time_share", 91.0, "2024")
    records = answer_figure_comparison(asked, [_plan("k", [figure]), _plan("f", [])])
    assert records is not None
    text = (
        "Heltid är norm vid alla nya anställningar i förvaltningen. Målet är att minst 95 % av alla "
        "anställningar ska vara på heltid. Arbetet med heltid följs upp varje år."
    )
    chunk = Chunk(
        chunk_id="f:0", doc_id="f", file="f.pdf", position=0, page_start=2, page_end=2, section="Heltid",
        text=text, prefix="", administration="Farsta stadsdelsförvaltning", period="2025-2027",
    )  # fmt: skip
    passages = score_chunk(chunk, content_tokens(asked.question, asked), 0.8)
    composed = compose_records(records, passages, asked)
    shown = [line for line in composed.text.splitlines() if line.startswith("- Farsta")]
    assert len(shown) == 2, composed.text


def test_a_compared_administration_with_no_listed_item_says_so() -> None:
    asked = route("Vilka aktiviteter om avslutssamtal har Kulturnämnden och Farsta?", CATALOG)
    assert asked.intent == "compare" and asked.target == "activities"
    citations: list[Citation] = []
    plan = PlanRecords(doc_id="k", file="k.pdf", administration="Kulturnämnden", period="2025-2027")
    n = cite_record(citations, plan, 4, "Erbjuda avslutssamtal")
    records = RecordAnswer(
        f"**Kulturnämnden 2025-2027** – 1 aktiviteter:\n- Erbjuda avslutssamtal [{n}]", citations
    )
    text = compose_records(records, [], asked).text
    assert text.endswith("**Inga aktiviteter om detta i:** Farsta stadsdelsförvaltning.")
    assert "Kulturnämnden." not in text


def test_a_unit_row_whose_word_begins_the_metrics_name_is_no_group_asked_for() -> None:
    asked = route("Jämför personalomsättningen i Kulturnämnden och Farsta", CATALOG)
    culture = _plan("k", [_figure("k", "turnover_pct", 9.0, "2024")])
    farsta = _plan(
        "f",
        [
            _figure(
                "f", "turnover_pct", 16.7, "2024", "Stöd och service till personer med funktionsnedsättning"
            ),
            _figure("f", "turnover_pct", 11.2, "2024"),
        ],
    )
    answer = answer_figure_comparison(asked, [culture, farsta])
    assert answer is not None
    assert "11,2" in answer.text and "16,7" not in answer.text, "the whole administration's, not a unit's"
