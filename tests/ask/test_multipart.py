"""Questions with several parts are split where a second question starts, and answered part by part."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.multipart import join_answers, question_parts
from kfp_assistant.schema import Answer, Citation


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Hur många tillsvidareanställda har nämnden och hur många av dem slutade?",
            ["Hur många tillsvidareanställda har nämnden?", "hur många tillsvidareanställda slutade?"],
        ),
        (
            "Hur stor är personalomsättningen totalt, och vilka yrken ligger högst?",
            ["Hur stor är personalomsättningen totalt?", "vilka yrken ligger högst?"],
        ),
        ("Antal anställda och könsfördelningen i nämnden?", None),  # one question about two figures
        ("Hur arbetar Socialnämnden och Farsta med avslut?", None),  # "och" between names
        ("Vad är AI och hur?", None),  # a part too short to be a question
        # fields of one activity are asked together
        ("När ska mentorsprogrammet vara klart och vem äger det?", None),
        # a place or source the last part ends in, pointing back at nothing, is the earlier part's too
        (
            "Vilket yrke har högst sjukfrånvaro och vilket har lägst i Solna stad?",
            ["Vilket yrke har högst sjukfrånvaro i Solna stad?", "vilket yrke har lägst i Solna stad?"],
        ),
        # a later part leaving out the noun the first names ("vilken fick lägst") asks of the same thing
        (
            "Vilken enhet fick högst och vilken fick lägst i årets trivselmätning?",
            [
                "Vilken enhet fick högst i årets trivselmätning?",
                "vilken enhet fick lägst i årets trivselmätning?",
            ],
        ),
        # ... but a last part pointing back narrows the first: its place is its own
        (
            "Hur många anställda har Solna och hur många av dem arbetar i förskolan?",
            ["Hur många anställda har Solna?", "hur många av dem arbetar i förskolan?"],
        ),
        (
            "Varifrån rekryteras de nya och vart tar de vägen som slutar?",
            ["Varifrån rekryteras de nya?", "vart tar de vägen som slutar?"],
        ),
        # two things asked one question of: each asked it, a figure's row and a sentence each cited
        (
            "Hur har trivseln (NMI) och sjukfrånvaron utvecklats i Solna från 2022 till 2024?",
            [
                "Hur har trivseln (NMI) utvecklats i Solna från 2022 till 2024?",
                "Hur har sjukfrånvaron utvecklats i Solna från 2022 till 2024?",
            ],
        ),
        (
            "Hur ser rekryteringen och introduktionen ut i Solna?",
            ["Hur ser rekryteringen ut i Solna?", "Hur ser introduktionen ut i Solna?"],
        ),
        ("Hur har rekryteringen av lärare och fritidspedagoger utvecklats?", None),  # one group of staff
        # "i snitt" says how, it is no place the earlier parts share
        (
            "Hur många anställda har Solna, hur många är chefer och hur gammal är personalen i snitt?",
            ["Hur många anställda har Solna?", "hur många är chefer?", "hur gammal är personalen i snitt?"],
        ),
        # a first part with no verb takes the rest of the parallel last part ("… hade Solna 2024?")
        (
            "Hur många vikarier och hur många timavlönade hade Solna 2024?",
            ["Hur många vikarier hade Solna 2024?", "hur många timavlönade hade Solna 2024?"],
        ),
        (
            "Hur många kvinnor och hur många män jobbar i Solna?",
            ["Hur många kvinnor jobbar i Solna?", "hur många män jobbar i Solna?"],
        ),
        # ... only of a part asked the same way: "vilka yrken finns bland dem" completes no count
        (
            "Hur många chefer och vilka yrken finns bland dem?",
            ["Hur många chefer?", "vilka yrken finns bland dem?"],
        ),
        # "för" after the last part's noun says what the noun is of: no place the earlier parts share
        (
            "Norrby: hur många chefer, hur hög är personalomsättningen och vilken är planen för heltid?",
            ["Norrby: hur många chefer?", "hur hög är personalomsättningen?", "vilken är planen för heltid?"],
        ),
        (
            "Hur många slutade och vad är ambitionen for the turnover?",
            ["Hur många slutade?", "vad är ambitionen for the turnover?"],
        ),
        # ... a name or a year after "för" is a place or a time they share
        (
            "Vilket yrke har högst sjukfrånvaro och vilket har lägst för Solna stad?",
            ["Vilket yrke har högst sjukfrånvaro för Solna stad?", "vilket yrke har lägst för Solna stad?"],
        ),
        # "… och varför?" asks the reasons for what the part before asks about
        (
            "Hur har andelen deltidsanställda förändrats i Solna och varför?",
            ["Hur har andelen deltidsanställda förändrats i Solna?", "varför?"],
        ),
    ],
)
def test_question_parts(question: str, parts: list[str] | None) -> None:
    assert question_parts(question) == (parts or [question])


def _answer(text: str, quotes: list[str]) -> Answer:
    citations = [
        Citation(n=i + 1, file="p.pdf", doc_id="d", administration="A", period=None, page=1, quote=q)
        for i, q in enumerate(quotes)
    ]
    return Answer(question="q", answer=text, mode="extractive", citations=citations)


def test_joined_answer_numbers_citations_through() -> None:
    text, citations = join_answers(
        ["Första?", "Andra?"], [_answer("Ett [1] och två [2].", ["a", "b"]), _answer("Tre [1].", ["c"])]
    )
    assert "Tre [3]." in text and "*Första?*" in text and "*Andra?*" in text
    assert [(c.n, c.quote) for c in citations] == [(1, "a"), (2, "b"), (3, "c")]
