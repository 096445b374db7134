"""English names of administrations' fields, one table (sv/english_fields.py) read two ways: as the one
Swedish word of "the X administration" (sv/english_forms.py) and as the folded first part a bare field
is matched by (ask/admin_stems.py)."""

from __future__ import annotations

import pytest

from kfp_assistant.ask.admin_stems import _ENGLISH_STEM
from kfp_assistant.sv.english_fields import ENGLISH_FIELDS
from kfp_assistant.sv.english_forms import in_swedish_forms


def test_each_field_links_from_its_swedish_first_part() -> None:
    for field in ENGLISH_FIELDS:
        assert field.linked.rstrip().removesuffix("s") == field.swedish, field
    assert len({f.english for f in ENGLISH_FIELDS}) == len(ENGLISH_FIELDS)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Who leads the sport committee in Östervik?", "idrottsnämnden"),
        ("Does the environmental office plan any hires?", "miljökontoret"),
        ("What does the urban planning department say about pensions?", "stadsbyggnadsförvaltningen"),
        ("How many work at the real estate administration?", "fastighetsförvaltningen"),
    ],
)
def test_a_field_before_an_administration_word_is_one_swedish_name(question: str, name: str) -> None:
    assert name in in_swedish_forms(question)


def test_a_bare_field_is_matched_by_its_folded_first_part() -> None:
    assert _ENGLISH_STEM["elderly care"] == "aldre"
    assert _ENGLISH_STEM["planning and building"] == "samhallsbyggnad"
    assert _ENGLISH_STEM["sports"] == "idrott"
    assert "water" not in _ENGLISH_STEM  # a common word, read only by the English forms
