"""An administration named by what it does takes the organisation its cover or letterhead names."""

from __future__ import annotations

from kfp_assistant.ingest.plan_owner import plan_owner


def test_a_letterhead_in_capitals_beside_the_administration() -> None:
    cover = ["NORRTÄLJE KOMMUN Kultur- och fritidsförvaltningen", "Dokumenttyp: Plan", "Kompetensplan 2026"]
    assert plan_owner(cover, cover, [], None) == "Kultur- och fritidsförvaltningen, Norrtälje kommun"


def test_the_organisation_on_a_line_of_its_own_above_or_below() -> None:
    above = ["REGION GOTLAND", "Tekniska förvaltningen", "Kompetensförsörjningsplan 2026–2027"]
    below = ["Plan för kompetensförsörjning 2025", "Miljöförvaltningen", "Eksjö kommun"]
    assert plan_owner(above, above, [], None) == "Tekniska förvaltningen, Region Gotland"
    assert plan_owner(below, below, [], None) == "Miljöförvaltningen, Eksjö kommun"


def test_committees_and_district_administrations_stand_alone() -> None:
    committee = ["Göteborgs stad", "Idrotts- och föreningsnämnden", "Kompetensplan 2026"]
    district = ["Stockholms stad", "Farsta stadsdelsförvaltning", "Kompetensplan 2026"]
    assert plan_owner(committee, committee, [], None) == "Idrotts- och föreningsnämnden"
    assert plan_owner(district, district, [], None) == "Farsta stadsdelsförvaltning"


def test_a_short_run_of_capitals_is_kept_and_ends() -> None:
    """A pair of acronyms in a line ("HR IT") stays as written; it once recursed without end."""
    from kfp_assistant.ingest.plan_owner import owner_lines

    assert owner_lines(["Enheten HR IT stöd", "AB CD", "NORRBY KOMMUN Tekniska förvaltningen"]) == [
        "Enheten HR IT stöd",
        "AB CD",
        "Norrby kommun Tekniska förvaltningen",
    ]


def test_a_company_named_with_ab_before_its_name_on_a_letterhead_with_its_hr_unit() -> None:
    """A company's letterhead naming its HR unit on the same line still names the company ("AB X · HR")."""
    letterhead = ["Bostadshem", "AB Bostadshem · HR-avdelningen", "Kompetensplan", "2026–2027"]
    assert plan_owner(letterhead, letterhead, [], None) == "AB Bostadshem"
    after = ["Norrbo Energi AB | Personalenheten", "Plan för kompetensförsörjning 2026"]
    assert plan_owner(after, after, [], None) == "Norrbo Energi AB"


def test_foundations_and_federations_own_their_plans() -> None:
    cover = ["Stiftelsen Ekbacka", "Kompetensförsörjningsplan 2026"]
    assert plan_owner(cover, cover, [], None) == "Stiftelsen Ekbacka"


def test_a_company_named_on_its_cover_without_ab_that_calls_itself_bolaget() -> None:
    cover = ["Norrby Vatten och Avfall", "Kompetensförsörjningsplan", "Planperiod: 2026–2028"]
    head = [*cover, "Planen beskriver hur bolaget ska säkra kompetensen.", "Planen gäller hela bolaget."]
    assert plan_owner(cover, head, [], None) == "Norrby Vatten och Avfall AB"
    assert plan_owner(cover, cover, [], None) is None  # no word of a company: a name alone says no owner


def test_a_unit_named_by_one_noun_beside_its_organisation() -> None:
    cover = ["Region Norrby", "Folkhögskolan", "Plan för kompetensförsörjning 2026"]
    assert plan_owner(cover, cover, [], None) == "Folkhögskolan, Region Norrby"
    title = ["Region Norrby", "Kompetensförsörjningsplanen", "2026"]
    assert plan_owner(title, title, [], None) == "Region Norrby"
