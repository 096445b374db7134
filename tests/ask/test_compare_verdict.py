"""Comparisons answered with a verdict first (ask.compare_verdict): yes/no comparisons of a figure (Ja or
Nej), shares of women or men derived from the other share or from counts, whether both plans have
something, and who has it hardest; made-up plans and sentences."""

from __future__ import annotations

from kfp_assistant.ask.compare_figures import answer_comparison_records, answer_figure_comparison
from kfp_assistant.ask.compare_sides import stating_numbers
from kfp_assistant.ask.compare_verdict import (
    NO_DIFFICULTY_SV,
    NO_MEASURE_SV,
    UNDECIDED_SV,
    asks_both,
    on_difficulty,
    stated_percent,
    with_derived_shares,
    with_presence_first,
    with_text_side,
    yes_no_direction,
)
from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.router import route
from kfp_assistant.schema import KeyFigure, PlanRecords
from kfp_assistant.sv.comparatives import hardest_asked, ranks_where
from kfp_assistant.sv.english import in_swedish_terms
from tests.ask.test_compare_figures import CATALOG, _figure, _plan
from tests.ask.test_compare_sides import _passages as _side

COUNT = "count"
VERSIONS = [
    {"doc_id": "m1", "administration": "Miljönämnden", "period": "2023-2025"},
    {"doc_id": "m2", "administration": "Miljönämnden", "period": "2025-2027"},
]


def _sick_plans() -> list[PlanRecords]:
    return [
        _plan("k", [_figure("k", "sick_leave_pct", 5.1, "2024")]),
        _plan("f", [_figure("f", "sick_leave_pct", 6.3, "2024")]),
    ]


def test_is_it_higher_in_a_than_in_b_is_answered_ja_or_nej_first() -> None:
    asked = route("Är sjukfrånvaron högre i Kulturnämnden än i Farsta?", CATALOG)
    answer = answer_figure_comparison(asked, _sick_plans())
    assert answer is not None
    assert answer.text.startswith("**Nej** – sjukfrånvaro: Kulturnämnden 2025-2027 5,1 % mot Farsta")
    assert answer.text.splitlines()[0].endswith("Farsta stadsdelsförvaltning 2025-2027 6,3 %.")
    lower = route("Har Kulturnämnden lägre sjukfrånvaro än Farsta?", CATALOG)
    answer = answer_figure_comparison(lower, _sick_plans())
    assert answer is not None and answer.text.startswith("**Ja** – sjukfrånvaro")


def test_an_english_yes_no_comparison_is_answered_too() -> None:
    asked = route(in_swedish_terms("Is sick leave lower at Kulturnämnden than at Farsta?"), CATALOG)
    answer = answer_figure_comparison(asked.model_copy(update={"english": True}), _sick_plans())
    assert answer is not None and answer.text.startswith("**Ja** – sjukfrånvaro")


def test_which_of_two_is_no_yes_no_question() -> None:
    asked = route("Är sjukfrånvaron högre i Kulturnämnden eller i Farsta?", CATALOG)
    answer = answer_figure_comparison(asked, _sick_plans())
    assert answer is not None and "**Ja**" not in answer.text and "**Nej**" not in answer.text
    assert "**Högst sjukfrånvaro:** Farsta" in answer.text


def test_a_side_without_the_figure_cannot_be_told() -> None:
    asked = route("Är sjukfrånvaron högre i Kulturnämnden än i Farsta?", CATALOG)
    plans = [_plan("k", [_figure("k", "sick_leave_pct", 5.1, "2024")]), _plan("f", [])]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None
    assert answer.text.startswith("**Kan inte avgöras:** Kulturnämnden 2025-2027 anger sjukfrånvaro 5,1 %")
    assert "Farsta stadsdelsförvaltning 2025-2027" in answer.text.splitlines()[0]


def test_men_are_compared_by_shares_derived_from_women_or_from_counts() -> None:
    asked = route("Har Farsta fler män än Kulturnämnden?", CATALOG)
    assert asked.metrics == ["men_share"]
    plans = [
        _plan("f", [_figure("f", "women_share", 81, "2024")]),
        _plan(
            "k",
            [
                _figure("k", "women_count", 300, "2024", unit=COUNT),
                _figure("k", "men_count", 100, "2024", unit=COUNT),
            ],
        ),
    ]
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None
    assert answer.text.startswith(
        "**Nej** – andel män: Farsta stadsdelsförvaltning 2025-2027 19 % mot Kulturnämnden 2025-2027 25 %."
    )
    assert "beräknat: 100 − 81 % kvinnor" in answer.text
    assert "beräknat: 100 män av 400 anställda" in answer.text


def test_a_share_named_with_an_adjective_is_the_share_compared() -> None:
    asked = route("Är andelen manliga anställda högre i Farsta än i Kulturnämnden?", CATALOG)
    assert asked.metrics == ["men_share"]
    english = route(
        in_swedish_terms("Is the share of women higher at Farsta than at Kulturnämnden?"), CATALOG
    )
    assert english.metrics == ["women_share"]


def test_a_stated_share_is_not_derived_again() -> None:
    plan = _plan("f", [_figure("f", "women_share", 70, "2024"), _figure("f", "men_share", 29, "2024")])
    derived, notes = with_derived_shares(plan, {"men_share"})
    assert [f.value for f in derived.figures if f.metric == "men_share"] == [29] and not notes


def _version(doc_id: str, value: float, as_of: str) -> PlanRecords:
    figure = KeyFigure(
        file=f"{doc_id}.pdf", doc_id=doc_id, administration="Miljönämnden", period=None,
        metric="turnover_pct", value=value, unit="percent", as_of=as_of, scope=None, page=2,
        quote=f"Personalomsättningen var {str(value).replace('.', ',')} % under {as_of}.",
    )  # fmt: skip
    return PlanRecords(doc_id=doc_id, file=f"{doc_id}.pdf", administration="Miljönämnden", figures=[figure])


def test_has_it_risen_since_the_last_plan_is_ja_or_nej_with_the_change() -> None:
    plans = [_version("m1", 9.5, "2022"), _version("m2", 7.25, "2024")]
    asked = route("Har personalomsättningen i Miljönämnden ökat sedan förra planen?", VERSIONS)
    answer = answer_figure_comparison(asked, plans)
    assert answer is not None and answer.text.startswith("**Nej** – personalomsättning")
    assert "en minskning med 2,25 procentenheter" in answer.text
    down = route("Har personalomsättningen i Miljönämnden gått ner jämfört med förra planen?", VERSIONS)
    answer = answer_figure_comparison(down, plans)
    assert answer is not None and answer.text.startswith("**Ja** – personalomsättning")


def test_yes_no_direction_reads_only_whether_questions() -> None:
    assert yes_no_direction("Har A fler anställda än B?", False) is True
    assert yes_no_direction("Är omsättningen lägre i A än i B?", False) is False
    assert yes_no_direction("Vem har flest anställda, A eller B?", False) is None
    assert yes_no_direction("Hur har omsättningen ändrats sedan förra planen?", True) is None
    assert yes_no_direction("Har omsättningen gått upp eller ner?", True) is None


def _quoted(**texts: str) -> dict[str, str]:
    return {doc_id: f"**{doc_id}:** {text} [1]" for doc_id, text in texts.items()}


def test_do_both_have_it_is_ja_when_each_side_names_it_and_nej_when_one_does_not() -> None:
    asked = route("Har både Kulturnämnden och Farsta faddrar för nyanställda?", CATALOG)
    assert asked.intent == "compare" and set(asked.plans) == {"k", "f"}
    both = _quoted(
        k="Varje nyanställd får en fadder under första halvåret.",
        f="Faddrar utses för alla nyanställda i förskolan.",
    )
    lines = with_presence_first(asked, both, [])
    assert lines[0].startswith("**Ja** – det tas upp i") and len(lines) == 3
    one = with_presence_first(
        asked,
        _quoted(k="Varje nyanställd får en fadder under första halvåret."),
        ["**Farsta stadsdelsförvaltning 2025-2027:** Planen säger inget tydligt om detta."],
    )
    assert one[0] == (
        "**Nej** – det tas upp i Kulturnämnden 2025-2027, men inte i Farsta stadsdelsförvaltning 2025-2027."
    )


def test_a_word_of_the_same_kind_counts_and_half_the_topic_gives_no_verdict() -> None:
    asked = route("Har både Kulturnämnden och Farsta avgångssamtal?", CATALOG)
    same_head = _quoted(k="Alla som slutar erbjuds avgångssamtal.", f="Chefen håller ett avslutssamtal.")
    assert with_presence_first(asked, same_head, [])[0].startswith("**Ja**")
    part = route("Tar både Kulturnämnden och Farsta emot VFU-studenter?", CATALOG)
    half = _quoted(
        k="Vi tar emot VFU-studenter varje termin.",
        f="En studentundersökning visar att studenter vill ha trygghet.",
    )
    assert not with_presence_first(part, half, [])[0].startswith(("**Ja**", "**Nej**"))


def test_whether_they_do_it_alike_is_no_presence_question() -> None:
    assert not asks_both("Har Kulturnämnden och Farsta samma syn på heltid?")
    assert not asks_both("Vem har faddrar, Kulturnämnden eller Farsta?")
    assert asks_both("Erbjuder Kulturnämnden och Farsta sommarjobb?")
    assert asks_both("båda Kulturnämnden and Farsta offer mentorer ?", english=True)


def test_who_has_it_hardest_is_read_from_sentences_on_shortage_not_from_size_or_needs() -> None:
    asked = route("Var är kompetensbristen störst, Kulturnämnden eller Farsta?", CATALOG)
    assert asked.intent == "compare" and asked.metrics == [] and asked.target is None
    assert hardest_asked("Vem har svårast att rekrytera, Kulturnämnden eller Farsta?")
    assert hardest_asked("Who struggles most to recruit?") and not hardest_asked(
        "Vilken förvaltning är störst?"
    )
    assert route("Vilken är störst, Kulturnämnden eller Farsta?", CATALOG).metrics == ["employees_total"]


def test_each_side_shows_its_sentence_on_difficulty_and_a_side_without_one_says_so() -> None:
    asked = route("Vem har svårast att rekrytera, Kulturnämnden eller Farsta?", CATALOG)
    passages = _side(
        "k",
        "Vi har svårt att rekrytera bibliotekarier till förorterna. Biblioteken har långa öppettider.",
        asked,
    ) + _side(
        "f", "Förskolorna arbetar med språkutveckling. Arbetet är komplext och svårt att planera.", asked
    )
    kept, notes = on_difficulty(asked, passages, [])
    assert [p.text for p in kept] == ["Vi har svårt att rekrytera bibliotekarier till förorterna."]
    assert notes == [f"**Farsta stadsdelsförvaltning 2025-2027:** {NO_DIFFICULTY_SV}"]
    quoted = {
        "k": "**Kulturnämnden 2025-2027:** Vi har svårt att rekrytera bibliotekarier till förorterna. [1]"
    }
    lead = with_presence_first(asked, quoted, notes)[0]
    assert lead.startswith("**Bara Kulturnämnden 2025-2027 beskriver tydligt brist eller svårigheter här**")


def test_a_shortage_of_an_occupation_needs_a_sentence_naming_it() -> None:
    asked = route("Vem har störst brist på ingenjörer, Kulturnämnden eller Farsta?", CATALOG)
    passages = _side("k", "Det råder brist på ingenjörer inom fastighetsområdet.", asked) + _side(
        "f", "Det råder brist på förskollärare i hela staden.", asked
    )
    kept, notes = on_difficulty(asked, passages, [])
    assert [p.chunk.doc_id for p in kept] == ["k"] and len(notes) == 1
    both = {"k": "**Kulturnämnden 2025-2027:** …", "f": "**Farsta stadsdelsförvaltning 2025-2027:** …"}
    assert with_presence_first(asked, both, [])[0] == NO_MEASURE_SV


def test_a_pronoun_compared_with_another_side_follows_up_the_figure_asked_before() -> None:
    first = route("Hur hög är sjukfrånvaron i Kulturnämnden?", CATALOG)
    for question in ("Är den högre än i Farsta?", "och hur står den sig mot Farsta?"):
        then = resolve_followup(question, [first], CATALOG)
        assert then.intent == "compare" and then.metrics == ["sick_leave_pct"]
        assert set(then.plans) == {"k", "f"}


def test_a_side_told_only_by_its_text_is_compared_by_the_percentage_it_states() -> None:
    assert stated_percent("Sjukfrånvaron minskade från 9,2 procent 2023 till 7,6 procent 2024.") == 7.6
    assert stated_percent("Sjukfrånvaron var 6 % och målet 5 %.") is None
    assert stated_percent("Sjukfrånvaron låg på 6,4 procent.") == 6.4
    asked = resolve_followup(
        "Är den högre än i Farsta?", [route("Hur hög är sjukfrånvaron i Kulturnämnden?", CATALOG)], CATALOG
    )
    farsta = [_figure("f", "sick_leave_pct", 5.4, "2025")]
    answer = answer_figure_comparison(asked, [_plan("k", []), _plan("f", farsta)])
    assert answer is not None and answer.text.startswith(UNDECIDED_SV)
    (told,) = _side("k", "Sjukfrånvaron minskade från 9,2 procent 2023 till 7,6 procent 2024.", asked)
    text = with_text_side(asked, answer.text, answer.figures, [told])
    assert text.startswith("**Ja** – sjukfrånvaro: Kulturnämnden 2025-2027 7,6 % mot Farsta")
    assert "(Kulturnämnden 2025-2027: värdet ur planens text.)" in text.splitlines()[0]
    (vague,) = _side("k", "Sjukfrånvaron är hög i vissa enheter.", asked)
    assert not with_text_side(asked, answer.text, answer.figures, [vague]).startswith(UNDECIDED_SV)


def test_a_figure_compared_from_the_text_shows_each_sides_sentence_with_a_number() -> None:
    asked = route("Hur många fyller 65 i Kulturnämnden jämfört med Farsta?", CATALOG)
    passages = _side(
        "k", "Pensionsavgångarna kräver planering. Under perioden fyller 41 medarbetare 65 år.", asked
    )
    passages += _side("f", "Vi planerar för pensionsavgångar i förskolan.", asked)
    kept = stating_numbers(passages)
    assert [p.text for p in kept if p.chunk.doc_id == "k"] == ["Under perioden fyller 41 medarbetare 65 år."]
    assert [p.text for p in kept if p.chunk.doc_id == "f"] == [
        "Vi planerar för pensionsavgångar i förskolan."
    ]


def test_one_plan_asked_whether_a_figure_rose_compares_its_two_latest_years() -> None:
    asked = route("Har sjukfrånvaron i Kulturnämnden ökat jämfört med året innan?", CATALOG)
    plan = _plan(
        "k", [_figure("k", "sick_leave_pct", 6.1, "2023"), _figure("k", "sick_leave_pct", 5.6, "2024")]
    )
    answer = answer_comparison_records(asked.model_copy(update={"plans": ["k"]}), [plan])
    assert answer is not None and answer.text.startswith("**Nej** – sjukfrånvaro: 2024 5,6 % mot 2023 6,1 %.")
    assert "en minskning med 0,5 procentenheter" in answer.text
    how = route("Hur hög är sjukfrånvaron i Kulturnämnden jämfört med året innan?", CATALOG)
    assert answer_figure_comparison(how.model_copy(update={"plans": ["k"]}), [plan]) is None, "no yes/no"


def test_rankings_sizes_and_changes_asked_in_other_words() -> None:
    ranked = route("Rangordna förvaltningarna efter sjukfrånvaro.", CATALOG)
    answer = answer_figure_comparison(ranked.model_copy(update={"plans": ["k", "f"]}), _sick_plans())
    assert answer is not None and "**Högst sjukfrånvaro:** Farsta" in answer.text
    bigger = route("Är Kulturnämnden större än Farsta?", CATALOG)
    assert bigger.metrics == ["employees_total"]
    assert (
        route("Jämfört med 2021, hur ser sjukfrånvaron ut nu i Kulturnämnden?", CATALOG).intent == "compare"
    )
    assert route("Hur hög var sjukfrånvaron jämfört med 2021?", CATALOG).intent != "compare"
    assert yes_no_direction("Har de fått fler anställda sedan förra planen?", True) is True
    assert yes_no_direction("Har de färre anställda än i förra planen?", True) is False


def test_which_of_them_ranks_every_plan_and_a_definite_name_is_typed_without_its_article() -> None:
    assert ranks_where("Vilken av de tre har lägst sjukfrånvaro?", ["sick_leave_pct"], 0)
    assert not ranks_where("Vilken av enheterna har lägst sjukfrånvaro?", ["sick_leave_pct"], 0)
    plans = [
        {"doc_id": "s", "administration": "Miljöförvaltningen i Norrby stad", "period": "2025"},
        {"doc_id": "t", "administration": "Fritidsförvaltningen i Norrby stad", "period": "2025"},
    ]
    # the place names both: each is told by its own name, typed without the article
    asked = route("Hur jobbar Norrbys miljöförvaltning respektive fritidsförvaltning med mentorer?", plans)
    assert asked.administrations == ["Miljöförvaltningen i Norrby stad", "Fritidsförvaltningen i Norrby stad"]
