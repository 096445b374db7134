"""List and multi-part questions over plans laid out in other ways (made-up plans): needs listed under a
heading in other words and asked for in everyday words, lists whose closing paragraph is no item,
activity topics that are no compound of the asked word, parts sharing the administration a later part
names."""

from __future__ import annotations

from kfp_assistant.ask.cited_text import render
from kfp_assistant.ask.extractive import MAX_ITEMS, score_chunk, select
from kfp_assistant.ask.list_topic import topic_stems
from kfp_assistant.ask.listing import list_from_text
from kfp_assistant.ask.multipart import question_parts
from kfp_assistant.ask.passages import content_tokens
from kfp_assistant.ask.records_answer import answer_from_records
from kfp_assistant.ask.router import route
from kfp_assistant.ask.section_list import section_list
from kfp_assistant.ask.topic_rows import rank_rows
from kfp_assistant.schema import Activity, Chunk, Gap, PlanRecords, TableCell
from tests.ask.chunks import plan_chunk

ADMIN = "Samhällsbyggnadsförvaltningen i Norrby kommun"
PLANS = [{"doc_id": "nb", "administration": ADMIN, "period": "2026-2028", "file": "nb.pdf"}]
NEEDS = [
    "Sjuksköterskor med vidareutbildning i geriatrik",
    "Fysioterapeuter och arbetsterapeuter",
    "Enhetschefer i hemtjänsten",
    "Lantmätare",
]


def _plan(gaps: list[str], activities: list[Activity] | None = None) -> PlanRecords:
    return PlanRecords(
        doc_id="nb", file="nb.pdf", administration=ADMIN, period="2026-2028",
        gaps=[Gap(file="nb.pdf", doc_id="nb", administration=ADMIN, period="2026-2028", text=t, page=4,
                  theme=None, quote=t) for t in gaps],
        activities=activities or [],
    )  # fmt: skip


def _records(question: str, plan: PlanRecords) -> str | None:
    route_ = route(question, PLANS)
    found = answer_from_records(route_, [plan], content_tokens(question, route_))
    return found.text if found else None


def test_everyday_questions_for_the_list_of_needs_get_the_whole_list() -> None:
    for question in (
        "Vilka yrkesgrupper är svåra att rekrytera i Norrby?",
        "Vilka yrken är svårast att hitta för samhällsbyggnad i Norrby?",
        "Vad för slags personal har Norrby svårt att få tag på?",
        "Vilken kompetens behövs framöver i Norrby?",
        "Vilka problem har Norrby med att få tag på folk?",
    ):
        text = _records(question, _plan(NEEDS))
        assert text is not None and all(need in text for need in NEEDS), question


def test_words_asking_for_the_list_or_naming_the_administration_are_no_topic() -> None:
    question = "Vilka roller saknas på samhällsbyggnad i Norrby?"
    route_ = route(question, PLANS)
    assert route_.target == "gaps"
    assert topic_stems(route_, content_tokens(question, route_)) == set()
    # a topic of its own stays, and a need naming it is answered
    question = "Vilka kompetenser saknas inom lantmäteri i Norrby?"
    route_ = route(question, PLANS)
    assert topic_stems(route_, content_tokens(question, route_)) == {"lantmäteri"}
    # how many is no topic: "få fler lärare" asks about teachers
    question = "Vad gör Norrby för att få fler lantmätare?"
    route_ = route(question, PLANS)
    assert topic_stems(route_, content_tokens(question, route_)) == {"lantmät"}


def test_the_list_of_needs_answers_before_a_sentence_on_two_of_its_occupations() -> None:
    question = "Vilka yrkesgrupper är svårast att rekrytera i Norrby?"
    chunk = plan_chunk(
        "För sjuksköterskor och enhetschefer är konkurrensen från grannkommunerna störst.", "nb:3", "Analys"
    )
    route_ = route(question, PLANS)
    tokens = content_tokens(question, route_)
    records = answer_from_records(route_, [_plan(NEEDS)], tokens)
    assert records is not None
    passages = score_chunk(chunk, tokens, 0.5)
    index = _Index([chunk])
    assert list_from_text(index, passages, tokens, route_, records) is None  # the records answer
    # without records listing them, the sentence answers
    assert list_from_text(index, passages, tokens, route_, None) is not None


class _Index:
    """The one method of ChunkIndex that listing reads."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = {c.chunk_id: c for c in chunks}

    def chunk(self, chunk_id: str) -> Chunk | None:
        return self.chunks.get(chunk_id)


def _activity(text: str, goal: str, area: str) -> Activity:
    return Activity(
        file="nb.pdf", doc_id="nb", administration=ADMIN, period="2026-2028", table="plan", area=area,
        areas=[area], goal=goal, activity=text, target_date="2026", responsible="HR", page=5, quote=text,
    )  # fmt: skip


def test_a_compound_occupation_does_not_pick_rows_by_its_first_part() -> None:
    rows = [
        _activity("Friskvårdsbidrag höjs", "Sjukfrånvaron ska minska", "Behålla"),
        _activity("Karriärprogram för sjuksköterskor", "Fler legitimerade i tjänst", "Rekrytera"),
        _activity("Rekryteringsmässa för sommarvikarier", "Bemanning i juli", "Rekrytera"),
    ]
    question = "Vilka aktiviteter rör sjuksköterskor?"
    assert [a.activity for a in rank_rows({"sjukskötersk"}, question, rows)] == [rows[1].activity]


def test_the_whole_area_answers_when_the_question_names_whom_the_area_is_about() -> None:
    rows = [
        _activity("Dubbelbemanning före pensionsavgång", "Kunskap går förlorad", "Avsluta"),
        _activity("Avgångsenkät till alla som slutar", "Veta varför folk slutar", "Avsluta"),
        _activity("Introduktionsdag varje termin", "En god start", "Introducera"),
        _activity("Digitala moduler för vikarier", "Vikarier kommer snabbt in i arbetet", "Introducera"),
    ]
    plan = _plan([], rows)
    text = _records("Hur jobbar Norrby med medarbetare som slutar eller går i pension?", plan)
    assert text is not None and rows[0].activity in text and rows[1].activity in text
    text = _records("Hur arbetar Norrby med introduktion av nyanställda?", plan)
    assert text is not None and rows[2].activity in text and rows[3].activity in text


def test_a_paragraph_closing_a_list_of_lines_is_no_item() -> None:
    chunks = [
        plan_chunk(
            "Bolaget behöver stärka följande kompetenser:\nElnätsingenjörer\nDrifttekniker till fjärrvärmen\n"
            "Elektriker med auktorisation\nFlera av dessa yrken är bristyrken i hela landet, och bolaget "
            "konkurrerar med både privata och kommunala bolag.",
            "e:0",
            "Kompetensbehov framåt",
        )
    ]
    question = "Vilka kompetensbehov framåt har bolaget?"
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = score_chunk(chunks[0], tokens, 0.5)
    found = section_list(passages, tokens, question, lambda d, p: None, lambda c: "Plan")
    assert found is not None
    assert "Elektriker med auktorisation" in found.text and "bristyrken i hela landet" not in found.text


def test_a_long_list_after_a_lead_in_is_shown_whole() -> None:
    items = [f"Område nummer {i} med egen kompetens" for i in range(1, 21)]
    chunk = plan_chunk(
        "Kompetensen behöver stärkas inom följande områden:\n" + "\n".join(items), "k:0", "Gap"
    )
    question = "Inom vilka områden behöver kompetensen stärkas?"
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = sorted(score_chunk(chunk, tokens, 0.5), key=lambda p: -p.score)
    chosen = select(passages[:1], tokens, budget=1, close=0.0, cover_floor=1.0)
    assert len(chosen.items.get(chunk.chunk_id, set())) == len(items) <= MAX_ITEMS


def _names(text: str) -> list[str]:
    return route(text, PLANS).administrations


def test_parts_share_the_administration_a_later_part_names() -> None:
    assert question_parts("Vilka brister finns och vad görs för att rekrytera i Norrby?", _names) == [
        "Vilka brister finns i Norrby?",
        "vad görs för att rekrytera i Norrby?",
    ]
    # a purpose ("för att attrahera") is no place the first part shares
    assert question_parts("Vilka kompetensgap har Norrby och vilka aktiviteter finns för att attrahera?") == [
        "Vilka kompetensgap har Norrby?",
        "vilka aktiviteter finns för att attrahera?",
    ]


def test_an_enumeration_of_questions_splits_at_its_commas_too() -> None:
    parts = question_parts(
        "Hur många anställda finns det, hur många slutade och vilka yrken saknas i Norrby?", _names
    )
    assert parts == [
        "Hur många anställda finns det i Norrby?",
        "hur många slutade i Norrby?",
        "vilka yrken saknas i Norrby?",
    ]
    # a comma alone, without a further "och", joins a question and its restatement
    question = "Vad tycker de sökande om rekryteringen i Norrby, vad är problemet?"
    assert question_parts(question, _names) == [question]


def _cell(need: str, row: int, header: str, value: str) -> TableCell:
    return TableCell(
        file="nb.pdf", doc_id="nb", administration=ADMIN, period="2026-2028", page=4, table=0, row=row,
        row_headers=[need], column_header=header, value=value, number=None, quote=f"{need} {value}",
    )  # fmt: skip


def test_needs_rated_in_a_column_are_picked_by_the_rating_asked_for() -> None:
    rated = {"Lantmätare": "Stort", "Planarkitekter": "Litet", "Bygglovshandläggare": "Stort"}
    plan = _plan(list(rated))
    plan.cells = [_cell(need, i, "Bedömd brist", value) for i, (need, value) in enumerate(rated.items())]
    plan.cells += [_cell(need, i, "Kommentar", "Stort behov i hela landet") for i, need in enumerate(rated)]
    for question in (
        "Vilka kompetensgap bedöms som stora i Norrby?",
        "Vilka är de största bristerna i Norrby?",
    ):
        text = _records(question, plan)
        assert text is not None and "Lantmätare" in text and "Bygglovshandläggare" in text, question
        assert "Planarkitekter" not in text, "a need rated otherwise is left out"
    text = _records("Vilka kompetensbehov har Norrby?", plan)
    assert text is not None and all(need in text for need in rated), "no rating asked: every need"


def test_words_naming_the_responsible_party_pick_no_topic() -> None:
    rows = [
        _activity("Gemensam introduktionsdag", "En god start", "Introducera"),
        _activity("Ny karriärsida på webben", "Synas som arbetsgivare", "Attrahera"),
    ]
    for a in rows:
        a.responsible = "HR-avdelningen"
    text = _records("Vilka aktiviteter ska HR-avdelningen ansvara för i Norrby?", _plan([], rows))
    assert text is not None and all(a.activity in text for a in rows)


def test_what_is_done_about_or_for_something_is_answered_by_its_activities() -> None:
    for question in ("Vad gör Norrby åt hyrpersonalen?", "Vad gör förvaltningen i Norrby för pedagogerna?"):
        route_ = route(question, PLANS)
        assert (route_.intent, route_.target) == ("list", "activities"), question
    assert route("Vad gör HR för något i Norrby?", PLANS).target is None


def test_a_row_sharing_only_the_first_part_of_a_named_compound_is_left_out() -> None:
    rows = [
        _activity("Kartlägga arbetsmiljön i myndighetsutövningen", "Trygg arbetsmiljö", "Behålla"),
        _activity("Medverka på arbetsmarknadsdagar", "Fler sökande", "Attrahera"),
        _activity("Se över lönestrukturen", "Rätt lön", "Behålla"),
    ]
    question = "Vilka åtgärder har Norrby kring arbetsmiljön?"
    assert [a.activity for a in rank_rows({"arbetsmiljö"}, question, rows)] == [rows[0].activity]


def test_later_parts_are_asked_of_the_administration_the_first_part_names() -> None:
    parts = question_parts("Hur många anställda har Norrby och vilka yrken är svårast att rekrytera?", _names)
    assert parts == ["Hur många anställda har Norrby?", f"vilka yrken är svårast att rekrytera – {ADMIN}?"]


def test_a_list_of_needs_naming_no_occupation_does_not_answer_which_occupations() -> None:
    competences = ["Digital kompetens i vardagen", "Kunskap om informationssäkerhet"]
    assert _records("Vilka yrkesgrupper är svårast att rekrytera i Norrby?", _plan(competences)) is None
    assert _records("Vilka kompetenser saknas i Norrby?", _plan(competences)) is not None


def test_a_list_asked_how_it_is_followed_up_shows_each_rows_follow_up() -> None:
    row = _activity("Introduktionsvecka för nyanställda", "En god start", "Introducera")
    row.followup = "Enkät efter tre månader"
    plan = _plan([], [row])
    text = _records("Vilka aktiviteter har Norrby inom introduktion och hur följs de upp?", plan)
    assert text is not None and "uppföljning: Enkät efter tre månader" in text
    assert "Enkät efter tre månader" not in (
        _records("Vilka aktiviteter har Norrby inom introduktion?", plan) or ""
    )


def test_a_purpose_at_the_end_of_the_last_part_is_not_shared() -> None:
    question = (
        "Vilka kompetensgap har Norrby och vilka aktiviteter finns för att minska bristen på lantmätare?"
    )
    assert question_parts(question)[0] == "Vilka kompetensgap har Norrby?"


def test_needs_grouped_under_headings_answer_with_the_group_the_question_names() -> None:
    plan = _plan([])
    groups = {
        "Läkare": ["Specialister i psykiatri"],
        "Folktandvården": ["Tandhygienister"],
        "Stöd": ["Jurister"],
    }
    plan.gaps = [
        Gap(file="nb.pdf", doc_id="nb", administration=ADMIN, period="2026-2028", theme=theme, text=t, page=4,
            quote=t)
        for theme, texts in groups.items() for t in texts
    ]  # fmt: skip
    text = _records("Vilka läkare saknas i Norrby?", plan)
    assert text is not None and "Specialister i psykiatri" in text and "Tandhygienister" not in text
    text = _records("Vilka kompetenser saknas på tandvårdssidan och bland läkarna i Norrby?", plan)
    assert text is not None and "Tandhygienister" in text and "Specialister i psykiatri" in text
    assert "Jurister" not in text


def test_a_party_owning_or_carrying_out_activities_filters_them_in_its_own_inflection() -> None:
    rows = [
        _activity("Karriärtrappa för undersköterskor", "Fler stannar", "Utveckla"),
        _activity("Sommarjobb för studenter", "Fler sökande", "Attrahera"),
    ]
    rows[0].responsible = "Områdeschefer med stöd av HR"
    rows[0].responsible_list = ["Områdeschefer", "HR"]
    rows[1].responsible = "Kommunikationsenheten"
    plan = _plan([], rows)
    for question in (
        "Vilka aktiviteter har Norrby där områdescheferna är ansvariga?",
        "Vilka insatser i Norrby ägs av områdescheferna?",
    ):
        text = _records(question, plan)
        assert text is not None and rows[0].activity in text and rows[1].activity not in text, question


PROSE_LIST = plan_chunk(
    "Utöver tabellen genomför bolaget följande insatser under året:\n"
    "Utveckla – Alla ska ha en utvecklingsplan. Ansvar: närmaste chef.\n"
    "Behålla – Vi inför en friskvårdstimme i veckan. Ansvar: HR-chef.\n"
    "Attrahera – Vi tar emot prao-elever från grundskolan. Ansvar: kommunikatör.",
    "f:0",
    "Fler insatser under året",
)


def test_short_paragraphs_a_lead_in_introduces_are_one_item_each() -> None:
    question = "Vilka fler insatser under året genomför bolaget?"
    route_ = route(question, [])
    tokens = content_tokens(question, route_)
    passages = sorted(score_chunk(PROSE_LIST, tokens, 0.5), key=lambda p: -p.score)
    found = section_list(passages, tokens, question, lambda d, p: None, lambda c: "Plan")
    assert found is not None
    assert found.text.splitlines()[1:] == [
        "- Utveckla – Alla ska ha en utvecklingsplan. Ansvar: närmaste chef. [1]",
        "- Behålla – Vi inför en friskvårdstimme i veckan. Ansvar: HR-chef. [2]",
        "- Attrahera – Vi tar emot prao-elever från grundskolan. Ansvar: kommunikatör. [3]",
    ]
    lead_in = [p for p in passages if p.text.endswith(":")]
    chosen = select(lead_in, tokens, budget=1, close=0.0, cover_floor=1.0)
    assert len(chosen.items[PROSE_LIST.chunk_id]) == 6, "each paragraph's two sentences shown"
    text = render(chosen, [])[PROSE_LIST.doc_id][0]
    assert "\n- Behålla – Vi inför en friskvårdstimme i veckan. Ansvar: HR-chef." in text


def test_two_lists_asked_at_once_or_a_request_then_a_question_are_two_parts() -> None:
    assert question_parts("Ge mig kompetensgapen och aktiviteterna för Norrby") == [
        "Ge mig kompetensgapen för Norrby?",
        "Ge mig aktiviteterna för Norrby?",
    ]
    assert question_parts("Lista Norrbys kompetensgap. Vilka insatser görs för att attrahera?") == [
        "Lista Norrbys kompetensgap?",
        "Vilka insatser görs för att attrahera?",
    ]
    # an area ending the last part is no place the first part shares
    parts = question_parts("Vilka bristyrken har Norrby samt vilka aktiviteter finns inom Rekrytera?")
    assert parts[0] == "Vilka bristyrken har Norrby?"
    assert question_parts("Vilka aktiviteter och insatser finns?") == [
        "Vilka aktiviteter och insatser finns?"
    ]


def test_a_list_of_lines_ends_at_the_paragraph_after_it() -> None:
    chunk = plan_chunk(
        "Dessa insatser prioriteras:\nMentorskap för nya\nFriskvårdstimme\n"
        "Arbetet följs upp varje kvartal. Det gör HR-avdelningen.",
        "g:0",
        "Prioriterat",
    )
    tokens = {"insats", "prioriter"}
    passages = [p for p in score_chunk(chunk, tokens, 0.5) if p.text.endswith(":")]
    chosen = select(passages, tokens, budget=1, close=0.0, cover_floor=1.0)
    assert len(chosen.items[chunk.chunk_id]) == 2, "the two lines, not the paragraph that follows them"


def test_the_plan_named_as_the_source_is_no_topic() -> None:
    for question in (
        "Vilka aktiviteter finns kring mentorskap enligt handlingsplanen?",
        "Vad ska Norrby göra för mentorskap, utifrån deras kompetensförsörjningsplan?",
    ):
        route_ = route(question, PLANS)
        assert topic_stems(route_, content_tokens(question, route_)) == {"mentorskap"}, question
    # ... a plan asked about is the topic: "handlingsplanen för heltid"
    question = "Vilka aktiviteter finns om handlingsplanen för heltid i Norrby?"
    route_ = route(question, PLANS)
    assert "handlingsplan" in topic_stems(route_, content_tokens(question, route_))


def test_when_a_list_is_dated_for_is_no_topic() -> None:
    for question in (
        "Vilka kompetenser saknas i Norrby inför 2027?",
        "Vilka roller blir svåra att hitta fram till 2030?",
    ):
        route_ = route(question, PLANS)
        assert topic_stems(route_, content_tokens(question, route_)) == set(), question
