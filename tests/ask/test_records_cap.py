"""Records answers over many administrations: the best compare_top shown, the others named in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.ask.cells import answer_from_cells
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.records_cap import ALSO_SV, Showing
from kfp_assistant.ask.router import route
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.settings import Settings
from tests.ask.test_cells import AGES, catalog, plan


def _plan(n: int, turnover: float | None) -> PlanRecords:
    admin, doc_id = f"Förvaltning {'ABCDE'[n]}", f"p{n}"
    quote = f"Personalomsättningen var {turnover} procent.".replace(".", ",", 1)
    if turnover is None:
        return PlanRecords(doc_id=doc_id, file=f"{doc_id}.pdf", administration=admin, period="2025-2027")
    figure = KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration=admin, period="2025-2027",
        metric="turnover_pct", value=turnover, unit="percent", as_of="2024", scope=None, page=2,
        quote=quote,
    )  # fmt: skip
    return PlanRecords(
        doc_id=doc_id, file=f"{doc_id}.pdf", administration=admin, period="2025-2027",
        figures=[figure],
    )  # fmt: skip


PLANS = [_plan(0, 7.5), _plan(1, None), _plan(2, 4.5), _plan(3, 6.5), _plan(4, 5.5)]


def _figures(showing: Showing | None) -> str:
    r = route("Hur hög är personalomsättningen?", catalog(PLANS))
    answer = answer_from_records(r, PLANS, set(), showing)
    assert answer is not None
    return answer.text


def test_without_a_cap_every_plan_with_the_figure_is_shown() -> None:
    text = _figures(None)
    assert all(f"**Förvaltning {x} 2025-2027:**" in text for x in "ACDE")
    assert ALSO_SV not in text


def test_the_best_ranked_plans_are_shown_and_the_others_with_the_figure_named() -> None:
    # Ranked D, B, E, A, C: B has no figure, so D and E are shown; A and C are named, best first.
    showing = Showing(lambda: {"p3": 0, "p1": 1, "p4": 2, "p0": 3, "p2": 4}, top=2)
    sections = _figures(showing).split("\n\n")
    assert sections[0].startswith("**Förvaltning D 2025-2027:**")
    assert sections[1].startswith("**Förvaltning E 2025-2027:**")
    assert sections[2] == f"**{ALSO_SV}** Förvaltning A 2025-2027, Förvaltning C 2025-2027."
    assert len(sections) == 3


def test_citations_are_only_of_the_shown_plans() -> None:
    r = route("Hur hög är personalomsättningen?", catalog(PLANS))
    answer = answer_from_records(r, PLANS, set(), Showing(lambda: {"p4": 0, "p0": 1}, top=1))
    assert answer is not None
    assert [c.doc_id for c in answer.citations] == ["p4"]
    assert [f.doc_id for f in answer.figures] == ["p4"]
    assert [c.n for c in answer.citations] == [1] and "[1]" in answer.text


def test_table_rows_of_many_administrations_are_capped_too() -> None:
    admins = ["Farsta stadsdelsförvaltning", "Skarpnäck stadsdelsförvaltning", "Bromma stadsdelsförvaltning"]
    plans = [plan(f"t{i}", AGES, administration=a) for i, a in enumerate(admins)]
    r = route("Hur många sjuksköterskor är 55 år eller äldre?", catalog(plans))
    full = answer_from_cells(r, plans)
    assert full is not None and len(full.citations) == 3
    capped = answer_from_cells(r, plans, Showing(lambda: {"t2": 0, "t0": 1, "t1": 2}, top=1))
    assert capped is not None
    assert [c.doc_id for c in capped.citations] == ["t2"]
    assert capped.text.endswith(
        f"**{ALSO_SV}** Farsta stadsdelsförvaltning 2025-2027, Skarpnäck stadsdelsförvaltning 2025-2027."
    )


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("city")
    docs = root / "docs"
    docs.mkdir()
    rows = ["file;administration;period"]
    for n, value in enumerate(["7,5", "6,1", "5,2", "4,8"]):
        # Plans that say more about turnover match the question better and rank first.
        extra = " Personalomsättningen följs upp varje månad." * n
        text = (
            "# Kompetensförsörjningsplan 2025-2027\n\n## Nuläge\n\n"
            f"Personalomsättningen var {value} % under 2024.{extra}\n\n## Utveckla\n\nVi utbildar chefer.\n"
        )
        (docs / f"plan{n}.md").write_text(text, encoding="utf-8")
        rows.append(f"plan{n}.md;Förvaltning {'ABCD'[n]};2025-2027")
    (docs / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    settings = Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5, compare_top=2)
    assistant = Assistant(settings)
    assert all(f.status == "ok" for f in assistant.ingest([docs]).files)
    return assistant


def test_a_figure_question_over_more_administrations_than_compare_top(city: Assistant) -> None:
    answer = city.ask("Hur hög är personalomsättningen?")
    shown = {c.administration for c in answer.citations if c.quote.startswith("Personalomsättningen var")}
    assert len(shown) == 2
    also = next(line for line in answer.answer.split("\n\n") if line.startswith(f"**{ALSO_SV}**"))
    named = {f"Förvaltning {x}" for x in "ABCD" if f"Förvaltning {x} 2025-2027" in also}
    assert len(named) == 2 and not named & shown


def _never() -> dict[str, int]:
    raise AssertionError("ranked although every plan with records is shown")


def test_no_ranking_when_no_more_plans_have_records_than_are_shown() -> None:
    assert _figures(Showing(_never, top=4)) == _figures(None)  # four plans state the figure
    admins = ["Farsta stadsdelsförvaltning", "Skarpnäck stadsdelsförvaltning"]
    plans = [plan(f"t{i}", AGES, administration=a) for i, a in enumerate(admins)]
    r = route("Hur många sjuksköterskor är 55 år eller äldre?", catalog(plans))
    capped = answer_from_cells(r, plans, Showing(_never, top=2))
    full = answer_from_cells(r, plans)
    assert capped is not None and full is not None and capped.text == full.text
