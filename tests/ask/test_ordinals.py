"""A follow-up naming an item of the list just shown by its place ("den andra då?") asks of that item."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.ordinals import listed_items, pointed_at, with_item_named

ACTIVITIES = """**Kulturnämnden 2026-2028** – 3 aktiviteter:
- Erbjuda friskvårdstimme varje vecka (Behålla, 2026-06-30, HR-chef) [1]
- Se över lönesättningen för bibliotekarier (Behålla, Inför löneöversyn (2027), HR-konsult) [2]
- Införa avgångssamtal med mall (Avsluta, Löpande, Närmaste chef) [3]"""
NEEDS = """**Kulturnämnden 2026-2028** – identifierade kompetensbehov:
- Scenteknik: Ljudtekniker med erfarenhet av konserter [1]; Ljustekniker [2]
- Bibliotek: Barnbibliotekarier [3]"""
ONE = """**Kulturnämnden 2026-2028:**
- Införa avgångssamtal med mall [1]
  Ansvarig: Närmaste chef"""


def test_a_list_answer_shows_its_items_without_their_details() -> None:
    assert listed_items(ACTIVITIES) == [
        "Erbjuda friskvårdstimme varje vecka",
        "Se över lönesättningen för bibliotekarier",
        "Införa avgångssamtal med mall",
    ]
    assert listed_items(NEEDS) == [
        "Ljudtekniker med erfarenhet av konserter",
        "Ljustekniker",
        "Barnbibliotekarier",
    ]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "den andra då, vem ansvarar för den?",
            "»Se över lönesättningen för bibliotekarier« då, vem ansvarar för den?",
        ),
        ("när ska den sista vara klar?", "när ska »Införa avgångssamtal med mall« vara klar?"),
        ("vem äger den första aktiviteten?", "vem äger »Erbjuda friskvårdstimme varje vecka«?"),
        ("what about the second one?", "what about »Se över lönesättningen för bibliotekarier«?"),
        # no item of a list: another plan, another year, other activities, a place past the list's end
        ("hur var det i den andra planen?", None),
        ("och det andra året?", None),
        ("finns det andra aktiviteter?", None),
        ("och de andra förvaltningarna?", None),
        ("vem ansvarar för den femte?", None),
    ],
)
def test_a_place_in_the_list_names_its_item(question: str, asked: str | None) -> None:
    assert with_item_named(question, [ACTIVITIES]) == (asked or question)


def test_the_list_counted_is_the_latest_of_two_items_or_more() -> None:
    assert with_item_named("och den andra?", [NEEDS, ONE]) == "och »Ljustekniker«?"
    assert with_item_named("och den andra?", [ONE]) == "och den andra?"


def test_what_is_done_about_them_names_the_items_listed() -> None:

    asked = pointed_at("och vad gör de åt dem?", [NEEDS])
    assert asked == "och vad gör de åt bristen på ljudtekniker, ljustekniker och barnbibliotekarier?"
    assert pointed_at("hur ska de lösa dem – Kulturnämnden?", [NEEDS]).startswith(
        "hur ska de lösa bristen på ljudtekniker"
    )
    assert pointed_at("vilka av dem är störst?", [NEEDS]) == "vilka av dem är störst?", "no doing asked"
    assert pointed_at("och vad gör de åt det?", [NEEDS]) == "och vad gör de åt det?", "'det' is one thing"
    assert pointed_at("och vad gör de åt dem?", [ONE]) == "och vad gör de åt dem?", "no list before"


def test_a_long_list_is_not_named_item_by_item() -> None:
    many = "**Kulturnämnden** – identifierade kompetensbehov:\n" + "\n".join(
        f"- Yrkesgrupp nummer {i} med lång beskrivning [{i}]" for i in range(1, 13)
    )
    assert pointed_at("och vad gör de åt dem?", [many]) == "och vad gör de åt dem?"
