"""A why told over several reasons: the sentence giving a cause answers before the one restating the
figure, the paragraph goes on over the further reasons it adds ("dessutom", "en annan orsak"), table
cells and sentences about what the plan holds are no reasons; on made-up plan text and questions."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.extractive import score_chunk, select
from kfp_assistant.ask.meaning import by_meaning, generic_head
from kfp_assistant.ask.paragraphs import adds_reason, paragraph_window
from kfp_assistant.ask.router import route
from kfp_assistant.ask.units import units
from kfp_assistant.sv.english import in_swedish_terms
from kfp_assistant.sv.why import asks_cause, describes_document, gives_cause
from kfp_assistant.sv.words import tokenize
from tests.ask.chunks import plan_chunk

# Made-up plan text: five sentences, the first restates the figure, three give reasons, the last is
# about something else; a paragraph of more than four sentences is not shown whole.
_REASONS = (
    "Sjukfrånvaron bland lärarna har stigit under året. Den främsta förklaringen är att många klasser"
    " varit större än planerat. Flytten till nya lokaler skapade dessutom oro under hösten. Ett par"
    " långa sjukskrivningar påverkar också siffran kraftigt. Fritidshemmen har samtidigt fått ny"
    " ledning som ska se över scheman och rutiner för hela verksamheten framöver."
)


def test_a_cause_asked_goes_on_over_the_further_reasons() -> None:
    all_units = units(plan_chunk(_REASONS))
    best = next(i for i, u in enumerate(all_units) if u.text.startswith("Den främsta"))
    told = [all_units[i].text for i in paragraph_window(all_units, best, 5, reasons=True)]
    assert any("dessutom" in t for t in told) and any("också" in t for t in told)
    # without a cause asked the window stops after the next sentences and leans on the one before
    plain = [all_units[i].text for i in paragraph_window(all_units, best, 3)]
    assert not any("också" in t for t in plain)


@pytest.mark.parametrize(
    "sentence",
    [
        "Omorganisationen skapade dessutom en period av osäkerhet.",
        "En del av ökningen är också tillfällig.",
        "En annan orsak är att lönerna är lägre än i grannkommunerna.",
        "Till detta kommer att flera chefer har slutat.",
        "Därtill har arbetsbelastningen varit hög.",
    ],
)
def test_a_sentence_adding_a_reason_is_recognised(sentence: str) -> None:
    assert adds_reason(sentence)


def test_a_sentence_on_its_own_adds_no_reason() -> None:
    assert not adds_reason("Sjukfrånvaron var 6,2 procent under året.")
    assert not adds_reason("Fritidshemmen har fått ny ledning som ska se över schemat och rutinerna.")


def _similar(scores: dict[str, float]):  # type: ignore[no-untyped-def]
    return lambda texts: [scores.get(t, 0.8) for t in texts]


def test_the_cause_answers_first_and_the_figure_comes_beside_it() -> None:
    text = (
        "Personalomsättningen bland vårdbiträdena ökade från 9 till 14 procent.\n"
        "Rekryteringen har fungerat väl under året.\n"
        "Personalomsättningen har ökat i flera år.\n"
        "Personalomsättningen i hemtjänsten ökade också.\n"
        "Den viktigaste förklaringen är att många har fått jobb i regionen."
    )
    tokens = set(tokenize("personalomsättningen ökat"))
    passages = sorted(score_chunk(plan_chunk(text), tokens, 0.85), key=lambda p: -p.score)
    figure = next(p for p in passages if "procent" in p.text)
    similar = _similar({figure.text: 0.95})
    ranked, nearest = by_meaning(passages, similar, gives=gives_cause, tokens=tokens)
    assert "förklaringen" in ranked[0].text  # the reason, told with its paragraph
    assert "förklaringen" not in by_meaning(passages, similar, tokens=tokens)[0][0].text  # by words, meaning
    assert nearest is not None and "förklaringen" not in nearest.text  # what was first comes next


def test_a_cause_asked_shows_no_table_cells_beside_its_reasons() -> None:
    text = (
        "Omsättningen har ökat. Den viktigaste förklaringen är att lönerna i grannkommunerna är högre.\n"
        "Yrke | Omsättning 2024, % | Omsättning 2025, %\nSjuksköterska | 12 | 15"
    )
    tokens = set(tokenize("omsättningen ökat"))
    passages = sorted(score_chunk(plan_chunk(text), tokens, 0.85), key=lambda p: -p.score)
    passages = [p for p in passages if "förklaringen" in p.text] + [
        p for p in passages if "förklaringen" not in p.text
    ]

    def shown(reasons: bool) -> list[str]:
        chosen = select(passages, tokens, budget=6, close=0.1, cover_floor=0.0, paragraph=5, reasons=reasons)
        all_units = next(iter(chosen.units.values()))
        return [all_units[i].text for s in chosen.shown.values() for i in s]

    assert not any("2025, %" in t for t in shown(reasons=True))
    assert any("2025, %" in t for t in shown(reasons=False))  # the cells are there to be chosen


def test_a_row_below_the_header_is_no_header() -> None:
    from kfp_assistant.ask.extractive import heads_table

    text = (
        "Bakgrund till tabellen.\nAktivitet | Skäl till aktiviteten\n"
        "Lönetrappa för tekniker | Teknikerna går till privata bolag"
    )
    all_units = units(plan_chunk(text))
    headers = [u.text for i, u in enumerate(all_units) if heads_table(all_units, i)]
    assert headers == ["Aktivitet", "Skäl till aktiviteten"]
    card = units(
        plan_chunk(
            "Åtgärd | Lönetrappa för tekniker i tre steg med tydliga kriterier\nVarför | Lönerna är låga"
        )
    )
    assert not any(heads_table(card, i) for i in range(len(card)))  # a card's row of content


@pytest.mark.parametrize(
    "sentence",
    [
        "Planen beskriver nuläget, de största riskerna och vad vi ska göra.",
        "Den här planen redovisar förvaltningens behov för perioden.",
        "Kapitel 4 tar upp orsakerna till bristen.",
        "Den beskriver läget i siffror och de viktigaste utmaningarna.",
    ],
)
def test_a_sentence_on_what_the_plan_holds_is_no_explanation(sentence: str) -> None:
    assert describes_document(sentence)


def test_a_sentence_on_what_is_so_is_not_about_the_plan() -> None:
    assert not describes_document("Den största risken är bristen på elektriker.")
    assert not describes_document("Riskerna hanteras i en separat plan för nyckelroller.")


def test_a_compound_saying_only_competence_or_staff_is_named_by_its_head() -> None:
    heads = {w: generic_head(w) for w in tokenize("kompetensbrister personalbristen kompetensutveckling")}
    assert list(heads.values()) == ["brist", "brist", None]  # development is a field of its own


def test_how_they_deal_with_something_in_english_word_order_is_an_explanation() -> None:
    question = in_swedish_terms("How is the company dealing with its two biggest risks?")
    assert route(question, []).intent == "explain"
    assert route("hur förvaltningen arbetar med friskvård", []).intent == "explain"
    assert route("hur många arbetar med friskvård?", []).intent == "figure"


def test_why_something_went_up_in_english_asks_a_cause() -> None:
    question = in_swedish_terms("Why did sick leave go up last year?")
    assert asks_cause(question) and "ökat" in question


def test_why_something_matters_is_answered_by_what_is_at_stake() -> None:
    from kfp_assistant.sv.why import gives_asked

    question = "Varför är elektrikerna så viktiga för bolaget?"
    assert gives_asked(question, "Utan dem kan pumpstationerna inte drivas vidare under natten.")
    assert gives_asked(question, "Elektrikerna är därmed avgörande för beredskapen.")
    assert gives_asked(question, "Den största risken är bristen på elektriker.")
    # a cause of something else is no answer to why they matter
    assert not gives_asked(question, "De är svåra att behålla eftersom lönerna är låga.")
    assert gives_asked("Varför är de svåra att behålla?", "De är svåra att behålla eftersom lönerna är låga.")


def test_a_best_sentence_told_with_its_reason_beside_it_stays_first() -> None:
    text = (
        "Inhyrd personal kan anlitas en kortare tid men är ingen hållbar lösning för verksamheten."
        " Förvaltningen satsar därför på att utbilda egna specialister.\n"
        + "".join(f"Inhyrd personal användes på enhet {n} under sommaren.\n" for n in range(1, 5))
        + "Nämnden har tagit fram ett program för inhyrd personal i syfte att minska omsättningen."
    )
    tokens = set(tokenize("inhyrd personal lösning"))
    passages = sorted(score_chunk(plan_chunk(text), tokens, 0.85), key=lambda p: -p.score)
    scores = {p.text: 0.9 - 0.01 * i for i, p in enumerate(passages)}
    scores[passages[0].text] = 0.95
    ranked, _ = by_meaning(passages, _similar(scores), gives=gives_cause, tokens=tokens)
    assert "hållbar" in ranked[0].text  # its reason ("därför") is shown beside it


def test_the_cause_of_a_difference_is_an_explanation() -> None:
    assert route("Vad beror skillnaden i sjukfrånvaro mellan kvinnor och män på?", []).intent == "explain"
    assert (
        route("Varför skiljer sig personalomsättningen så mycket mellan enheterna?", []).intent == "explain"
    )
    assert route("Jämför varför sjukfrånvaron skiljer sig", []).intent != "explain"


def test_what_makes_something_serious_asks_what_is_at_stake() -> None:
    from kfp_assistant.sv.why import asks_importance

    question = "Vad gör vakanserna bland elektrikerna så kritiska för bolaget?"
    assert route(question, []).intent == "explain" and asks_importance(question)
    assert route("Vad gör bolaget för att behålla elektrikerna?", []).intent != "explain"  # measures
