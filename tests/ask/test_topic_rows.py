"""List questions filtered by topic: activity rows chosen by meaning (word families, compounds, the
verb of a purpose weighing less than its object), and follow-ups filtering a list by a column."""

from __future__ import annotations

from kfp_assistant.ask.followup import resolve_followup
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.ask.topic_rows import rank_rows, verb_stems
from kfp_assistant.schema import Activity, PlanRecords
from kfp_assistant.sv.words import tokenize


def row(text: str, goal: str, responsible: str = "AC", area: str = "Behålla") -> Activity:
    return Activity(
        file="p.pdf", doc_id="p", administration="Bergsjö förvaltning", period="2026-2028", table="plan",
        area=area, goal=goal, activity=text, target_date="2026", responsible=responsible, page=3, quote=text,
    )  # fmt: skip


LEADERS = "Chefsförsörjning: behov av ett tydligt ledarskap och stöd till nya chefer."
ROWS = [
    row("Starta ett nätverk för chefer i förskolan.", LEADERS),
    row("Inför en ny struktur för chefsmöten.", LEADERS),
    row("Stärka introduktionen av nyanställda med en checklista.", "Introduktion av nyanställda."),
    row("Erbjud friskvårdsbidrag till alla.", "Hälsa och arbetsmiljö."),
    row("Utveckla arbetet med kompetensbaserad rekrytering.", "Rekrytering.", area="Rekrytera"),
    row("Följ upp sjukfrånvaron varje kvartal.", "Hälsa och arbetsmiljö."),
]


def _topic(question: str) -> set[str]:
    return set(tokenize(question)) - set(tokenize("vilka aktiviteter har förvaltningen för"))


def test_rows_about_a_compound_topic_are_found_by_its_word_family() -> None:
    question = "Vilka aktiviteter har förvaltningen för att stärka chefsleden?"
    chosen = rank_rows(_topic(question), question, ROWS)
    assert [a.activity for a in chosen] == [ROWS[0].activity, ROWS[1].activity]


def test_the_verb_of_a_purpose_weighs_less_than_its_object() -> None:
    question = "Vilka aktiviteter har förvaltningen för att stärka chefsleden?"
    assert verb_stems(question) == set(tokenize("stärka"))
    chosen = rank_rows(_topic(question), question, ROWS)
    assert ROWS[2] not in chosen, "'stärka' alone names no row about managers"


def test_no_row_on_the_topic_gives_nothing() -> None:
    question = "Vilka aktiviteter har förvaltningen för att minska lönegapet?"
    assert rank_rows(_topic(question), question, ROWS) == []


def test_a_word_in_most_rows_tells_none_apart() -> None:
    rows = [row(f"Aktivitet {i} för medarbetarnas hälsa.", "Hälsa.") for i in range(5)]
    question = "Vilka aktiviteter har förvaltningen för hälsa?"
    assert rank_rows(_topic(question), question, rows) == []


def test_a_known_party_anywhere_in_a_question_about_responsibility_filters_by_it() -> None:
    assert route("vilka av dem är HR med och ansvarar för?", []).responsible == "HR"
    assert route("vilka av dem är enhetscheferna med och ansvarar för?", []).responsible == "EC"
    assert route("vilka av dem är hr ansvariga för?", []).responsible == "HR"
    assert route("Vem är ansvarig för avslutssamtalen?", []).responsible is None


def _plan(period: str, rows: list[Activity]) -> PlanRecords:
    return PlanRecords(doc_id=period, file="p.pdf", administration="Bergsjö förvaltning", period=period,
                       activities=rows)  # fmt: skip


def _due(text: str, date: str) -> Activity:
    return row(text, "Mål.").model_copy(update={"target_date": date})


def test_a_followup_naming_a_year_keeps_the_rows_due_that_year() -> None:
    plans = [
        _plan("2026-2028", [_due("Ny introduktion.", "Q2 2026"), _due("Nytt lönesystem.", "2027-12-31"),
                            _due("Mentorer för alla.", "2026-2028")]),
        _plan("2023-2025", [_due("Gammal aktivitet.", "2026")]),
    ]  # fmt: skip
    known = [{"doc_id": p.doc_id, "administration": p.administration, "period": p.period} for p in plans]
    first = route("Vilka aktiviteter har Bergsjö förvaltning?", known)
    then = resolve_followup("vilka av dem ska vara klara 2026?", [first], known)
    answer = answer_from_records(then, plans, set())
    assert answer is not None
    assert "Ny introduktion" in answer.text and "Mentorer för alla" in answer.text
    assert "lönesystem" not in answer.text, "due 2027"
    assert "Gammal aktivitet" not in answer.text, "the latest plan with rows due then answers"


def test_what_a_followup_says_the_list_is_about_is_its_topic_not_its_verb() -> None:
    rows = [
        row("Ta fram en handlingsplan för arbetsmiljön.", "Arbetsmiljö."),
        row("Starta ett nätverk för nya chefer.", LEADERS),
        row("Erbjud friskvårdsbidrag.", "Hälsa."),
    ]
    plans = [_plan("2026-2028", rows)]
    known = [{"doc_id": "2026-2028", "administration": "Bergsjö förvaltning", "period": "2026-2028"}]
    first = route("Vilka aktiviteter har Bergsjö förvaltning?", known)
    then = resolve_followup("vilka av dem handlar om chefer?", [first], known)
    answer = answer_from_records(then, plans, content_tokens(then.question, then))
    assert answer is not None
    assert "nätverk för nya chefer" in answer.text and "handlingsplan" not in answer.text


def test_a_followup_filter_no_row_meets_says_so_and_who_is_responsible() -> None:
    plans = [_plan("2026-2028", [row("Starta ett nätverk för chefer.", LEADERS, responsible="AC, FVL")])]
    known = [{"doc_id": "2026-2028", "administration": "Bergsjö förvaltning", "period": "2026-2028"}]
    first = route("Vilka aktiviteter har Bergsjö förvaltning?", known)
    then = resolve_followup("vilka av dem har HR som ansvarig?", [first], known)
    answer = answer_from_records(then, plans, content_tokens(then.question, then))
    assert answer is not None and answer.not_found
    assert "har HR som ansvarig" in answer.text and "AC, FVL" in answer.text


def test_what_one_party_is_responsible_for_lists_its_rows_spelled_out_or_abbreviated() -> None:
    rows = [
        row("Starta ett nätverk för chefer.", LEADERS, responsible="Enhetschefer"),
        row("Inför en ny struktur för chefsmöten.", LEADERS, responsible="EC, HR"),
        row("Erbjud friskvårdsbidrag till alla.", "Hälsa.", responsible="HR-chef och ekonomichef"),
        row("Se över lönerna för lärare.", "Lön.", responsible="HR"),
        row("Avslutssamtal med alla som slutar.", "Avslut.", responsible="Närmaste chef", area="Avsluta"),
    ]
    plans = [_plan("2026-2028", rows)]
    known = [{"doc_id": "2026-2028", "administration": "Bergsjö förvaltning", "period": "2026-2028"}]

    def listed(question: str) -> str:
        r = route(question, known)
        answer = answer_from_records(r, plans, content_tokens(r.question, r))
        return answer.text if answer is not None else ""

    text = listed("Vilka aktiviteter har enhetscheferna ansvar för?")
    assert "nätverk" in text and "chefsmöten" in text and "friskvård" not in text
    text = listed("Vad ansvarar HR-chefen för?")
    assert "friskvård" in text and "lönerna" not in text, "a person in HR is not every HR"
    text = listed("Vilka aktiviteter är närmaste chef ansvarig för?")
    assert "Avslutssamtal" in text and "nätverk" not in text


def test_an_area_whose_rows_have_other_parties_lists_none_of_another_area() -> None:
    rows = [
        row("Fadder för varje nyanställd.", "Introduktion.", responsible="EC", area="Introducera"),
        row("Pensionerade medarbetare introducerar nya som mentorer.", "Kunskapsöverföring.", area="Avsluta"),
    ]
    rows = [r.model_copy(update={"areas": [r.area]}) for r in rows]
    plans = [_plan("2026-2028", rows)]
    known = [{"doc_id": "2026-2028", "administration": "Bergsjö förvaltning", "period": "2026-2028"}]
    asked = route(
        "Vilka aktiviteter inom introduktion ansvarar avdelningscheferna för i Bergsjö förvaltning?", known
    )
    answer = answer_from_records(asked, plans, content_tokens(asked.question, asked))
    assert answer is not None and answer.not_found, "the mentors are filed under Avsluta"
    assert "har AC som ansvarig" in answer.text and "EC" in answer.text
