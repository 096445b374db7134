"""List questions in everyday wording over made-up plans: words saying how a question asks (a place,
a wish, a duty, a district's short name) pick no rows, a definite form finds the compound it ends, a
table's list of roles answers before a summary sentence that names most of them and one more in
passing, retiring asks for the leaving area, English asks of last year's rows by status, and statuses
asked as alternatives ("delvis eller inte alls") keep the rows of either."""

from __future__ import annotations

from kfp_assistant.ask.extractive import score_chunk
from kfp_assistant.ask.list_topic import FOLLOWUP_WORDS, topic_stems
from kfp_assistant.ask.listing import list_from_text
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import RecordAnswer, answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.ask.status_rows import of_status
from kfp_assistant.ask.topic_rows import rank_rows, rank_rows_for_all
from kfp_assistant.schema import Activity, Chunk, PlanRecords
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.status import NOT_DONE, PARTLY, status_asked, statuses_asked
from kfp_assistant.sv.words import PART_OF_COMPOUND, word_match
from kfp_assistant.sv.year_parts import asked_months
from tests.ask.chunks import plan_chunk

ADMIN = "Tekniska nämnden i Ekby kommun"
PLANS = [{"doc_id": "ek", "administration": ADMIN, "period": "2026-2027", "file": "ek.pdf"}]


def _activity(text: str, area: str, due: str) -> Activity:
    return Activity(
        file="ek.pdf", doc_id="ek", administration=ADMIN, period="2026-2027", table="plan", area=area,
        areas=[area], goal=None, activity=text, target_date=due, responsible="HR", page=4, quote=text,
    )  # fmt: skip


ROWS = [
    _activity("Mässdagar på yrkeshögskolan för VA-tekniker", "Attrahera", "Q2 2026"),
    _activity("Filmer om yrket som visar fler sökande vardagen", "Attrahera", "HT 2026"),
    _activity("Hälsosamtal vid upprepad korttidssjukfrånvaro", "Behålla", "Löpande"),
    _activity("Mentorskap för nya arbetsledare", "Introducera", "2027-06-30"),
    _activity("Kunskapsöverföring före pension hos drifttekniker", "Avsluta", "2026-11-30"),
]


def _records(question: str) -> str | None:
    plan = PlanRecords(doc_id="ek", file="ek.pdf", administration=ADMIN, period="2026-2027", activities=ROWS)
    route_ = route(question, PLANS)
    found = answer_from_records(route_, [plan], content_tokens(question, route_))
    return found.text if found else None


def test_a_wish_a_duty_or_a_place_in_the_question_picks_no_rows() -> None:
    for question in (
        "Vad vill Ekby göra för att locka fler sökande?",
        "Vad bör tekniska nämnden göra för att locka folk?",
        "Vad måste man göra hos tekniska nämnden i Ekby för att locka fler?",
    ):
        route_ = route(question, PLANS)
        assert topic_stems(route_, content_tokens(question, route_)) == set(), question
        text = _records(question)
        assert text is not None and ROWS[0].activity in text and ROWS[1].activity in text, question
    # "hos" names where, not what: every row due in the year asked
    text = _records("Vilka insatser ska vara klara under 2026 hos tekniska nämnden i Ekby?")
    assert text is not None
    assert all(r.activity in text for r in (ROWS[0], ROWS[1], ROWS[4])) and ROWS[3].activity not in text


def test_a_definite_form_names_the_compound_it_ends() -> None:
    assert word_match("sjukfrånvaron", "korttidssjukfrånvaro") == PART_OF_COMPOUND
    assert word_match("personalomsättningen", "personalomsättning") > 0
    question = "Vad gör de åt sjukfrånvaron?"
    assert [a.activity for a in rank_rows({"sjukfrånvaron"}, question, ROWS)] == [ROWS[2].activity]
    # only the word's end: a compound of another word stays apart
    assert word_match("sjukfrånvaron", "sjukskrivning") == 0


class _Index:
    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = {c.chunk_id: c for c in chunks}

    def chunk(self, chunk_id: str) -> Chunk | None:
        return self.chunks.get(chunk_id)


def test_a_rated_table_of_roles_answers_before_a_sentence_naming_one_more_in_passing() -> None:
    question = "Vilka yrkesgrupper är svåra att rekrytera i Ekby?"
    route_ = route(question, PLANS)
    tokens = content_tokens(question, route_)
    sentence = (
        "Det blir svårare att rekrytera ingenjörer, elektriker och maskinförare, och många vaktmästare "
        "går snart i pension."
    )
    chunk = plan_chunk(sentence, "ek:2", "Sammanfattning")
    passages = score_chunk(chunk, tokens, 0.5)
    index = _Index([chunk])
    table = RecordAnswer(
        "- Ingenjör – Läge: Mycket svårt [1]\n- Elektriker – Läge: Svårt [2]\n"
        "- Maskinförare – Läge: Svårt [3]\n- Drifttekniker – Läge: Svårt [4]"
    )
    assert list_from_text(index, passages, tokens, route_, table) is None  # the table answers
    # a list naming only one of the sentence's roles does not: the sentence answers
    one = RecordAnswer("- Ingenjör – Läge: Mycket svårt [1]\n- Kunskap om GIS [2]")
    found = list_from_text(index, passages, tokens, route_, one)
    assert found is not None and "maskinförare" in found.text


DISTRICT = "Kungsholmens stadsdelsförvaltning"
DISTRICT_PLANS = [{"doc_id": "kh", "administration": DISTRICT, "period": "2026-2028", "file": "kh.pdf"}]


def test_the_short_name_staff_call_a_district_by_is_no_topic() -> None:
    question = "vad gör kungs för att folk inte ska sluta?"
    route_ = route(question, DISTRICT_PLANS)
    assert route_.administrations == [DISTRICT]
    assert topic_stems(route_, content_tokens(question, route_)) == set()


def test_retiring_is_leaving_and_english_asks_of_last_years_rows_and_retirement() -> None:
    assert route("Vad gör Ekby när folk går i pension?", PLANS).areas == ["Avsluta"]
    assert route("Vad gör de inför pensionsavgångarna i Ekby?", PLANS).areas == ["Avsluta"]
    # when most retire is a figure, not the area
    assert route("När går flest i pension i Ekby?", PLANS).areas == []
    assert in_swedish_terms("What does Ekby do when staff retire?").count("går i pension") == 1
    asked = in_swedish_terms("Which of last year's activities did Ekby not finish?")
    assert FOLLOWUP_WORDS.search(asked) and status_asked(asked) is not None


def _followed(text: str, status: str) -> Activity:
    row = _activity(text, "Utveckla", "2025")
    return row.model_copy(update={"table": "followup", "followup": status})


def test_statuses_asked_as_alternatives_keep_the_rows_of_either() -> None:
    rows = [
        _followed("Webbkurs i arbetsmiljö", "Genomförd"),
        _followed("Praktikplatser för gymnasieelever", "Delvis genomförd, tre av fem platser"),
        _followed("Nytt introduktionsmaterial", "Pågår, klart i maj"),
        _followed("Seniorprogram för erfarna", "Ej genomförd. Flyttas till nästa år."),
    ]
    question = "Vilka av fjolårets insatser blev delvis gjorda eller inte gjorda alls?"
    assert statuses_asked(question) == [PARTLY, NOT_DONE]
    assert of_status(rows, statuses_asked(question)) == [rows[1], rows[3]]
    # one status without "eller": as before
    assert of_status(rows, statuses_asked("Vilka är inte klara än?")) == rows[1:]
    assert statuses_asked("Which were not done at all?") == [NOT_DONE]


def test_what_is_done_within_a_field_is_its_rows_asked_concretely_or_not() -> None:
    for question in (
        "Vad gör Ekby konkret inom fritidsgårdarna?",
        "vad gör de egentligen inom fritidsgårdarna i Ekby?",
    ):
        route_ = route(question, PLANS)
        assert (route_.intent, route_.target) == ("list", "activities"), question
        assert topic_stems(route_, content_tokens(question, route_)) == {"fritidsgård"}, question
    # a count within a field stays a figure
    assert route("Hur många arbetar inom fritidsgårdarna i Ekby?", PLANS).intent == "figure"


def test_a_followup_regarding_an_area_and_activities_for_a_flow_ask_for_the_area() -> None:
    # "och när det gäller X?" is "regarding X", no question for a time
    before = route("Vilka insatser har Ekby inom attrahera?", PLANS)
    assert before.intent == "list"
    assert route("Och när det gäller rekrytering i Ekby?", PLANS).intent != "explain"
    # activities for those leaving or retiring are the leaving area's, and a count stays a count
    asked = route("Vilka aktiviteter har Ekby för avgångar och pensionsavgångar?", PLANS)
    assert asked.areas == ["Avsluta"] and asked.target == "activities"
    assert route("Hur många avgångar hade Ekby?", PLANS).metrics == ["departures"]
    # receiving new staff is introducing them, however the verb is split
    question = "Hur tar tekniska nämnden i Ekby emot nyanställda?"
    route_ = route(question, PLANS)
    assert route_.areas == ["Introducera"] and topic_stems(route_, content_tokens(question, route_)) == set()


def test_a_section_listing_only_the_headings_the_records_items_stand_under_does_not_answer() -> None:
    question = "Vilka prioriterade kompetensgap har Ekby?"
    route_ = route(question, PLANS)
    tokens = content_tokens(question, route_)
    heading = "Prioriterade kompetensgap 2026"
    chunks = [
        plan_chunk("Vi har gått igenom behoven.", "ek:4", heading),
        plan_chunk("Maskinister med kylcertifikat\nLedare för fritidsgårdar", "ek:5", f"{heading} > Teknik"),
        plan_chunk("Simlärare för skolsim\nBadvakter året runt", "ek:6", f"{heading} > Simhallarna"),
    ]
    index = _Index(chunks)
    passages = [p for c in chunks for p in score_chunk(c, tokens, 0.5)]
    records = RecordAnswer(
        "- Teknik: Maskinister med kylcertifikat [1]; Ledare för fritidsgårdar [2]\n"
        "- Simhallarna: Simlärare för skolsim [3]; Badvakter året runt [4]"
    )
    assert list_from_text(index, passages, tokens, route_, records) is None  # the records answer
    # without records the section's outline is what the text holds
    found = list_from_text(index, passages, tokens, route_, None)
    assert found is not None and "Simhallarna" in found.text and "Teknik" in found.text


def test_rows_for_all_staff_apply_to_an_occupation_asked_within_an_area() -> None:
    rows = [
        _activity("Lönetillägg för erfarna vaktmästare", "Behålla", "2026"),
        _activity("Friskvårdsbidrag till alla medarbetare", "Behålla", "2026"),
        _activity("Karriärsteg för sjuksköterskor", "Behålla", "2027"),
        _activity("Flexibla scheman", "Behålla", "2026").model_copy(update={"extra": {"Avsnitt": "Kök"}}),
    ]
    question = "Vad gör Ekby för att vaktmästarna ska stanna?"
    picked = rank_rows_for_all({"vaktmäst"}, question, rows)
    assert (
        picked == rows[:2]
    )  # not another occupation's row, nor one standing under a part of the organisation
    # a topic that is no occupation keeps only the rows on it
    assert rank_rows_for_all({"friskvårdsbidrag"}, "Vad gör de med friskvårdsbidraget?", rows) == [rows[1]]


def test_what_an_organisation_is_doing_now_or_this_year_for_a_purpose_reads_as_what_it_does() -> None:
    asked = in_swedish_terms("What is Ekby doing this year to develop its engineers?")
    assert asked.startswith("vad gör Ekby i år för att")
    assert in_swedish_terms("What is Ekby doing to attract staff?").startswith("vad gör Ekby för att")


def test_a_request_in_english_imperative_is_english() -> None:
    assert is_english("List Ekby's activities for retaining staff")
    assert is_english("Show me the gaps of Ekby")
    assert not is_english("Lista aktiviteterna för Ekby") and not is_english("Räkna upp åtgärderna i Ekby")


def test_rows_due_before_the_summer_or_during_it() -> None:
    assert asked_months("Vilka ska vara klara före sommaren?") == set(range(1, 7))
    assert asked_months("Which are due before the summer?") == set(range(1, 7))
    assert asked_months("Vad händer under sommaren?") == {6, 7, 8}
    assert asked_months("Vilka insatser gäller sommarjobb?") is None
    text = _records("Vilka insatser i Ekby ska vara klara före sommaren 2026?")
    assert text is not None and ROWS[0].activity in text and ROWS[1].activity not in text
