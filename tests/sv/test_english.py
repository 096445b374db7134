"""English questions: recognised, their HR terms put in the plans' Swedish, quoted terms kept."""

from __future__ import annotations

import pytest

from kfp_assistant.sv.english import in_swedish_terms, is_english, without_function_words


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("What is the staff turnover in Socialnämnden?", True),
        ("How many people work in Hägersten-Älvsjö, and in which services?", True),
        ("Hur hög är personalomsättningen i Socialnämnden?", False),
        ("Vad är AI-strategin?", False),
        ("Socialnämnden", False),
    ],
)
def test_is_english(question: str, english: bool) -> None:
    assert is_english(question) is english


def test_a_short_follow_up_in_a_chat_held_in_english_is_english() -> None:
    assert is_english("why?") and is_english("why?", chat_in_english=True), "English alone, after Swedish too"
    assert not is_english("men?"), "a Swedish word that is also English asks no English question"
    assert in_swedish_terms("how come?").startswith("varför")
    assert not is_english("och varför?", chat_in_english=True), "a Swedish follow-up stays Swedish"
    assert not is_english("Socialnämnden?", chat_in_english=True)


def test_hr_terms_become_the_plans_words() -> None:
    swedish = in_swedish_terms("How many employees are on short-term sick leave compared to last year?")
    assert "korttidssjukfrånvaro" in swedish and "anställda" in swedish and "förra året" in swedish
    assert "sjukfrånvaro " not in swedish.replace("korttidssjukfrånvaro", "")  # the longer term wins


def test_a_target_is_a_goal_and_a_target_date_a_date() -> None:
    assert "mål " in in_swedish_terms("What is the target for sick leave?") + " "
    assert "måldatum" in in_swedish_terms("What is the target date?")
    assert "samma period förra året" in in_swedish_terms("And the same period the year before?")


def test_a_quoted_term_stays_as_written() -> None:
    swedish = in_swedish_terms("What does 'transfer of training' mean in the plan?")
    assert "'transfer of training'" in swedish and "innebär" in swedish


def test_english_function_words_and_saying_verbs_leave_no_topic_words() -> None:
    swedish = in_swedish_terms("Which competence needs does the unit list in its latest plan?")
    assert "does" not in swedish and " its " not in f" {swedish} " and "list" not in swedish.split()
    assert "kompetensbehov" in swedish and "nämner" in swedish
    assert "mellan 50 och 59" in in_swedish_terms("How many staff are between 50 and 59?")  # a band
    assert "nyanställda" in in_swedish_terms("What is done for introducing new employees?")


def test_a_possessive_apostrophe_quotes_nothing() -> None:
    # Between "Norrby's" and "teachers'" lies no quoted term: the words between are translated.
    swedish = in_swedish_terms("What did Norrby's plan say about teachers' salaries?")
    assert "lärare" in swedish and "lön" in swedish


def test_function_words_leave_the_content_words() -> None:
    kept = without_function_words("what did Norrby's plan say about the lärare and their lön ?").split()
    assert kept == ["Norrby", "lärare", "lön", "?"]


def test_staffing_permanent_contracts_and_when_something_is_due() -> None:
    from kfp_assistant.sv.english import in_swedish_terms

    text = in_swedish_terms("When is the central staffing unit supposed to be in place?")
    assert "när ska" in text and "bemanningsenhet" in text and "på plats" in text
    assert "tillsvidareanställda" in in_swedish_terms("How many nurses are on permanent contracts?")
    assert "biståndshandläggare" in in_swedish_terms("How many care needs assessors are there?")


def test_general_hr_english_of_staffing_and_work_environment_becomes_the_plans_words() -> None:
    swedish = in_swedish_terms(
        "In what order do they fill vacancies, and how many are on permanent contracts?"
    )
    assert "rangordning" in swedish and "tillsätta tjänster" in swedish and "tillsvidareanställda" in swedish
    swedish = in_swedish_terms("Do they use staffing agencies, and what about healthy schedules and threats?")
    assert "inhyrd personal" in swedish and "hälsosamma scheman" in swedish and "hot och våld" in swedish
    assert "rangordning" not in in_swedish_terms("They train staff in order to keep them")  # no ranking asked


def test_kinds_of_administration_are_put_in_swedish() -> None:
    from kfp_assistant.sv.english import in_swedish_terms

    assert "kulturförvaltningen" in in_swedish_terms("What gaps does the culture administration see?")
    assert "socialnämnden" in in_swedish_terms("How many work at the Social Services Committee?")


def test_english_word_order_becomes_swedish_verb_first() -> None:
    # "how does X plan to …" asks what X will do: Swedish puts the verb before the subject
    assert in_swedish_terms("How does the team plan to reduce staff turnover?") == (
        "hur ska team minska personalomsättning ?"
    )
    assert "hur tar de emot nyanställda" in in_swedish_terms("How do they welcome new employees?")
    assert "hur följer Norrby upp" in in_swedish_terms("How does Norrby follow up its plan?")
    assert "hur gör office för att attrahera" in in_swedish_terms("How does the office attract nurses?")
    assert "vad leder brist på läkare till" in in_swedish_terms("What does the shortage of doctors lead to?")
    # "plan for" is no "plan to"; "get support" asks no measures
    assert "hur ska" not in in_swedish_terms("How do they plan for retirements?")
    assert "för att" not in in_swedish_terms("How do managers get support?")


def test_causes_measures_and_lacks_become_the_plans_words() -> None:
    assert "vad är orsaken till" in in_swedish_terms("What is the reason for the high sick leave?")
    assert "främsta orsaken" in in_swedish_terms("What is the main reason people leave?")
    assert "saknar" in in_swedish_terms("Which skills does Norrby lack?")
    assert "kompetens" in in_swedish_terms("Which skills does Norrby lack?")
    assert "lämnade" in in_swedish_terms("How many people left in 2024?")
    assert "svårrekryterade" in in_swedish_terms("Which occupations are hard to recruit?")
    # the superlative as a Swede asks it: a table rating how hard answers with its hardest rows
    assert "svårast att rekrytera" in in_swedish_terms("Which occupations are hardest to recruit?")
    assert "ledarprogram" in in_swedish_terms("Who runs the leadership programme?")
    assert "vad gör X för nyanställda" in in_swedish_terms("What does X do for new hires?")
    assert "definierar" in in_swedish_terms("How do they define staff turnover?")


def test_questions_asked_with_few_function_words_are_english() -> None:
    assert is_english("Why does Norrby need better Swedish language skills among staff?")
    assert is_english("Where did the new hires come from?")
    assert not is_english("Varför behöver Norrby bättre språkkunskaper?")


def test_who_is_responsible_where_from_and_why_people_leave() -> None:
    assert "vem ansvarar för avslutssamtal" in in_swedish_terms("Who is responsible for the exit interviews?")
    assert "varifrån kommer nyanställda" in in_swedish_terms("Where did the new hires come from?")
    assert "främsta orsaken till avgångar" in in_swedish_terms("What is the main reason people leave?")
    assert "attrahera nya medarbetare" in in_swedish_terms("What do they do to attract new staff?")


def test_purposes_needs_and_everyday_work_words() -> None:
    assert "vad är syftet med avgångsenkät" in in_swedish_terms("What is the purpose of the exit survey?")
    assert "inför" in in_swedish_terms("Why are they introducing career paths?")  # a verb: not onboarding
    assert "introduktion" in in_swedish_terms("How do they introduce new staff?")
    assert "distansarbete" in in_swedish_terms("What does the plan say about remote work?")
    assert "samverkan med" in in_swedish_terms("Why do they want to work with other municipalities?")
    assert "varför medarbetare slutar" in in_swedish_terms("How do they find out why people quit?")


def test_benefits_pay_assessments_and_time_words_become_the_plans_words() -> None:
    swedish = in_swedish_terms(
        "Besides pay, what perks do they offer, and what is the average monthly salary"
    )
    assert "utöver lön" in swedish and "förmåner" in swedish and "erbjuder" in swedish
    assert "genomsnittlig månadslön" in swedish
    swedish = in_swedish_terms("How many applicants per advert do they get for welders, how do they rate it?")
    assert "sökande per annons" in swedish and "hur bedömer de" in swedish
    swedish = in_swedish_terms("Which organisations run courses in every quarter right now?")
    assert "organisationer" in swedish and "kvartal" in swedish and swedish.endswith("nu ?")
