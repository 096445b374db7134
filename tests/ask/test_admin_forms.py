"""Administrations named the way people talk: elided pairs, bare fields, English fields (ask/admin_stems)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.admin_names import match_administrations
from kfp_assistant.ask.admin_stems import expand_ellipses

_CATALOG = [
    {"administration": name}
    for name in (
        "Fritidsförvaltningen i Malmö stad",
        "Kulturförvaltningen i Malmö stad",
        "Stadsbyggnadskontoret i Malmö stad",
        "Miljö- och byggnadsförvaltningen i Tierps kommun",
        "Byggnadsförvaltningen, Sala kommun",
        "Äldreförvaltningen i Lunds kommun",
    )
]


def _known(question: str) -> list[str]:
    return match_administrations(question, _CATALOG)[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Har kultur- och fritidsförvaltningen lika många chefer?", ["Kultur", "Fritid"]),
        ("Jämför sjukfrånvaron på fritids- och stadsbyggnadskontoret", ["Fritid", "Stadsbyggnad"]),
        ("vilken av förvaltningarna har flest anställda, kultur eller fritid?", ["Kultur", "Fritid"]),
        ("Är personalomsättningen högre på fritid än på stadsbyggnad?", ["Fritid", "Stadsbyggnad"]),
        ("Hur hög är sjukfrånvaron på Kulturförvaltningen jämfört med äldre?", ["Kultur", "Äldre"]),
        ("Which of the administrations, culture or leisure, has older staff?", ["Kultur", "Fritid"]),
        ("How many managers does the elderly care administration have?", ["Äldre"]),
    ],
)
def test_elided_and_bare_fields_name_each_administration(question: str, expected: list[str]) -> None:
    found = _known(question)
    assert [name.split("förvaltning")[0].split("kontor")[0].removesuffix("s") for name in found] == expected


@pytest.mark.parametrize(
    "question",
    [
        "Hur arbetar de med kultur och arbetsmiljö?",  # fields as topics: no administrations spoken of
        "Vad gör Kulturförvaltningen för äldre medarbetare?",  # "äldre" is who, not an administration
        "Satsar de på fritid för personalen?",
    ],
)
def test_a_field_as_a_topic_names_no_administration(question: str) -> None:
    assert _known(question) in ([], ["Kulturförvaltningen i Malmö stad"])


def test_a_compound_name_of_one_administration_stays_whole() -> None:
    question = "Hur många chefer har miljö- och byggnadsförvaltningen?"
    names = [p["administration"] for p in _CATALOG]
    assert expand_ellipses(question, names) == question
    assert _known(question) == ["Miljö- och byggnadsförvaltningen i Tierps kommun"]
    elided = "Hur många chefer har kultur-, fritids- och äldreförvaltningen?"
    assert expand_ellipses(elided, names).count("förvaltningen") == 3


def test_an_area_after_inom_is_no_place_of_another_organisation() -> None:
    question = "Vilka insatser har Kulturförvaltningen inom Behålla?"
    known, unknown, _ = match_administrations(question, _CATALOG)
    assert known == ["Kulturförvaltningen i Malmö stad"] and unknown == []
    known, unknown, _ = match_administrations("Vilka insatser har Kulturförvaltningen i Göteborg?", _CATALOG)
    assert known == [] and unknown == ["Kulturförvaltningen"]
