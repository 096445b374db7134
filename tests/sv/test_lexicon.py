"""The Swedish vocabulary: areas, metrics, administrations, periods, responsible parties, numbers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kfp_assistant.sv.administrations import (
    administration_key,
    canonical_administration,
    find_administrations,
    organisation_mentions,
)
from kfp_assistant.sv.areas import areas_in, areas_in_question
from kfp_assistant.sv.metrics import METRICS, metrics_in
from kfp_assistant.sv.numbers import parse_number
from kfp_assistant.sv.periods import find_periods, named_plan_periods, parse_period, relative_plan
from kfp_assistant.sv.responsible import expand_responsible, split_responsible


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Utveckla/Behålla", ["Utveckla", "Behålla"]),
        ("Utveckla och Behålla", ["Utveckla", "Behålla"]),
        ("Attrahera och rekrytera", ["Attrahera", "Rekrytera"]),
        ("<i>Utveckla/Behålla</i>", ["Utveckla", "Behålla"]),
        ("Behålla / Utveckla", ["Utveckla", "Behålla"]),
        ("Introduktion", ["Introducera"]),
        ("Avslut", ["Avsluta"]),
        ("AVSLUTA", ["Avsluta"]),
        ("Rekrytering", ["Rekrytera"]),
        ("Övrigt", []),
    ],
)
def test_areas_in_cell(cell: str, expected: list[str]) -> None:
    assert areas_in(cell) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Vilka aktiviteter har vi inom Attrahera?", ["Attrahera"]),
        ("Vad gör vi inom rekrytering?", ["Rekrytera"]),
        ("Hur ser introduktionen av nyanställda ut?", ["Introducera"]),
        ("Erbjuds avslutssamtal?", ["Avsluta"]),
        ("Vilka insatser för kompetensutveckling och att behålla personal?", ["Utveckla", "Behålla"]),
        # Trend verbs and the bare adjective are not areas.
        ("Hur har sjukfrånvaron utvecklats?", []),
        ("Har förvaltningen attraktiva lokaler?", []),
    ],
)
def test_areas_in_question(question: str, expected: list[str]) -> None:
    assert areas_in_question(question) == expected


def test_metric_vocabulary_is_documented() -> None:
    for metric_id, metric in METRICS.items():
        assert metric["label_sv"], metric_id
        assert metric["unit"] in {"count", "percent", "index", "years"}, metric_id
        assert metric["synonyms"], metric_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hur hög är personalomsättningen?", ["turnover_pct"]),
        ("sjukfrånvaron och korttidssjukfrånvaron", ["sick_leave_pct", "short_sick_leave_pct"]),
        ("andel kvinnor och antal män", ["women_share", "men_count"]),
        ("Hur många pensionsavgångar och avgångar?", ["retirements", "departures"]),
        ("963 tillsvidareanställda", ["employees_permanent"]),
        ("AMI-index i medarbetarenkäten", ["ami_index"]),
        ("många timavlönade och ofrivillig deltid", ["hourly_staff", "part_time_count"]),
        ("Hur många människor bor i området?", []),
    ],
)
def test_metrics_in(text: str, expected: list[str]) -> None:
    assert metrics_in(text) == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Socialnämnden", "Socialnämnden"),
        ("socialförvaltningen", "Socialnämnden"),
        ("Socialnämndens förvaltning", "Socialnämnden"),
        ("socialnämndens", "Socialnämnden"),
        ("Hässelby-Vällingby", "Hässelby-Vällingby stadsdelsförvaltning"),
        ("Hässelby-Vällingby stadsdelsförvaltning", "Hässelby-Vällingby stadsdelsförvaltning"),
        ("Hässelby-Vällingby stadsdelsnämnd", "Hässelby-Vällingby stadsdelsförvaltning"),
        ("stadsdelsförvaltningen i Hässelby-Vällingby", "Hässelby-Vällingby stadsdelsförvaltning"),
        ("Hägersten-Älvsjös", "Hägersten-Älvsjö stadsdelsförvaltning"),
        ("Skärholmens stadsdelsförvaltning", "Skärholmens stadsdelsförvaltning"),
        ("stadsdelsnämnden i Skarpnäck", "Skarpnäcks stadsdelsförvaltning"),
        ("Rinkeby-Kista stadsdelsförvaltning", "Rinkeby-Kista stadsdelsförvaltning"),
        ("Enskede-Årsta-Vantör", "Enskede-Årsta-Vantörs stadsdelsförvaltning"),
        ("Utbildningsförvaltningen", "Utbildningsnämnden"),
        ("äldreförvaltningens", "Äldrenämnden"),
        ("Trafikkontoret", "Trafiknämnden"),
        ("exploateringskontoret", "Exploateringsnämnden"),
        ("Stadsledningskontoret", "Kommunstyrelsen"),
        ("Miljö- och hälsoskyddsnämnden", "Miljö- och hälsoskyddsnämnden"),
        ("miljöförvaltningen", "Miljö- och hälsoskyddsnämnden"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden"),
        ("Kyrkogårdsförvaltningen", "Kyrkogårdsnämnden"),  # unknown boards follow the same pattern
    ],
)
def test_canonical_administration(text: str, canonical: str) -> None:
    assert canonical_administration(text) == canonical


def test_administration_keys_match_across_forms() -> None:
    assert administration_key("Hässelby-Vällingby stadsdelsnämnd") == "hasselby-vallingby"
    assert administration_key("stadsdelsförvaltningen i Hässelby-Vällingby") == "hasselby-vallingby"
    assert administration_key("socialförvaltningen") == administration_key("Socialnämnden") == "social"
    # the employer set off by a comma is the employer the administration is "in"
    assert administration_key("Sektor vård och omsorg, Hallsbergs kommun") == administration_key(
        "Sektor vård och omsorg i Hallsbergs kommun"
    )
    assert administration_key("HR-avdelningen, Region Gävleborg") == "hr-avdelningen i region gavleborg"
    assert administration_key("Skärholmens stadsdelsförvaltning") == "skarholmen"
    assert administration_key("Utbildningsnämnden") == administration_key("utbildningsförvaltningen")


def test_find_administrations_ignores_generic_words() -> None:
    text = (
        "Stockholms stad. Inom stadsdelsförvaltningen och förvaltningen arbetar man från hemkontoret; "
        "systemförvaltningen och samtliga nämnder. Nämnden har omnämnts."
    )
    assert find_administrations(text) == []


def test_find_administrations_in_order() -> None:
    text = (
        "Utbildningen sker med Skärholmens\nstadsdelsförvaltning, socialförvaltningen och "
        "Hässelby-Vällingby stadsdelsförvaltning; Socialnämnden igen."
    )
    assert find_administrations(text) == [
        "Skärholmens stadsdelsförvaltning",
        "Socialnämnden",
        "Hässelby-Vällingby stadsdelsförvaltning",
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2025-2027", "2025-2027"),
        ("2025–2027", "2025-2027"),
        ("2025 - 2027", "2025-2027"),
        ("Plan 2025-27", "2025-2027"),
        ("på 3 års sikt 2021-2023", "2021-2023"),
        ("Kompetensförsörjningsplan 2021 med plan för 2022-2028", "2021"),
        ("för åren 2024–2026", "2024-2026"),
        ("en treårsperiod med start 2025", "2025-2027"),
        ("en 3-årig plan från 2026", "2026-2028"),
        ("utgår från budget 2024 med ett 3-årigt perspektiv", "2024-2026"),
        ("Kompetensförsörjningsplan 2021", "2021"),
        ("Datum 2024-10-15", None),
        ("Dnr SN 2024/0123", None),
        ("Dnr 1.2-2024-2031", None),
        ("läsåret 2024/25", None),
        ("på 3-5 års sikt", None),
        ("Sida 6 (18)", None),
    ],
)
def test_parse_period(text: str, period: str | None) -> None:
    assert parse_period(text) == period


def test_find_periods_lists_spans_then_years() -> None:
    text = "Planen gäller 2025-2027. Tjänsteutlåtande 2024-10-15. Jämfört med 2023 och 2025-2027."
    assert find_periods(text) == ["2025-2027", "2023"]
    assert find_periods(text, years=False) == ["2025-2027"]


@pytest.mark.parametrize(
    ("cell", "parties"),
    [
        ("AC, EC och HR", ["AC", "EC", "HR"]),
        ("FVL/HR", ["FVL", "HR"]),
        ("Respektive chef", ["Respektive chef"]),
        ("EC samt HR-avdelningen", ["EC", "HR-avdelningen"]),
        ("○ AC\n○ EC", ["AC", "EC"]),
        ("", []),
    ],
)
def test_split_responsible(cell: str, parties: list[str]) -> None:
    assert split_responsible(cell) == parties


def test_expand_responsible() -> None:
    assert expand_responsible("EC") == "enhetschef"
    assert expand_responsible("fvl") == "förvaltningsledning"
    assert expand_responsible("Respektive chef") == "Respektive chef"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6,28 %", 6.28),
        ("1 799", 1799.0),
        ("1\u00a0311", 1311.0),
        ("1\u2009311", 1311.0),
        ("1\u202f311,5", 1311.5),
        ("84%", 84.0),
        ("7,3%", 7.3),
        ("-3,5", -3.5),
        ("45 år", 45.0),
        ("abc", None),
        ("1 2", None),
        ("", None),
        ("2024-10-15", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


# --------------------------------------------------------------------------- questions in everyday words


@pytest.mark.parametrize(
    ("question", "metrics"),
    [
        ("Hur mycket är folk sjukskrivna?", ["sick_leave_pct"]),
        ("Och visstidarna, hur många är de?", ["employees_temporary"]),
        ("hur många jobbar där?", ["employees_total"]),
        ("vad låg personalomsätningen på?", ["turnover_pct"]),  # misspelt
        # misspelt nearer one word than another: the nearest, whatever order the words are kept in
        ("hur många deltidsanstallda finns?", ["part_time_count"]),
        ("hur många heltidsanstallda finns?", ["full_time_share"]),
        ("Hur många personaler finns?", []),  # short words are never read as typos
    ],
)
def test_question_words_name_metrics(question: str, metrics: list[str]) -> None:
    assert metrics_in(question, question=True) == metrics


def test_question_words_are_not_read_in_plan_text() -> None:
    assert metrics_in("Hur mycket är folk sjukskrivna?") == []


@pytest.mark.parametrize(
    ("question", "areas"),
    [
        ("Vad gör de för att locka nya medarbetare?", ["Attrahera"]),
        ("vad gör de när folk slutar?", ["Avsluta"]),
        ("Hur tar de emot nyanställda?", ["Introducera"]),
        ("Hur får de folk att stanna?", ["Behålla"]),
        ("Hur hög är sjukfrånvaron?", []),
    ],
)
def test_areas_by_meaning(question: str, areas: list[str]) -> None:
    assert areas_in_question(question) == areas


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hur hög är sjukfrånvaron i Kiruna kommun?", ["Kiruna kommun"]),
        ("Vad säger Region Västerbotten?", ["Region Västerbotten"]),
        ("Göteborgs stad och Borlänge Energi AB", ["Göteborgs stad", "Borlänge Energi AB"]),
        ("Stockholms stads chefsprofil", []),  # every Stockholm administration belongs to the city
        ("Hur många anställda har Region Stockholm?", ["Region Stockholm"]),  # the region is another employer
        ("hur hög är sjukfrånvaron i norrby kommun", ["norrby kommun"]),  # typed in lower case
        ("vad gör region söderby?", ["region söderby"]),
        ("hur jobbar vår kommun och hela stad med det?", []),
        ("hur gör kommunen?", []),
    ],
)
def test_organisation_mentions(text: str, names: list[str]) -> None:
    assert [n for n, _ in organisation_mentions(text)] == names


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("och förra året?", "previous_year"),
        ("samma period året innan?", "previous_year"),
        ("i förra planen?", "previous"),
        ("enligt den nya planen", "latest"),
        ("personalomsättningen 2023", None),
    ],
)
def test_relative_plan_or_year(text: str, relative: str | None) -> None:
    found = relative_plan(text)
    assert (found[0] if found else None) == relative


def test_named_plan_periods_only_where_a_plan_is_named() -> None:
    assert named_plan_periods("enligt 2021 års plan och planen 2025-27") == ["2021", "2025-2027"]
    assert named_plan_periods("personalomsättningen 2023 och planeringen 2024") == []


def test_a_year_compounded_with_plan_names_that_plan() -> None:
    assert find_periods("enligt 2021-planen") == ["2021"]
    assert named_plan_periods("i 2021-planen") == ["2021"]
    assert named_plan_periods("siffrorna i 2024-2026-planen") == ["2024-2026"]
    assert find_periods("perioden 2024-2026-2028") == []  # not a span, nor a year


def test_question_words_typed_without_diacritics_are_question_words() -> None:
    from kfp_assistant.sv.words import question_stems, tokenize

    assert set(tokenize("hur manga")) <= question_stems()


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("och korttidsfrånvaron året före?", "previous_year"),
        ("hur många slutade i fjol?", "previous_year"),
        ("och året efter?", "next_year"),
        ("och året därpå då?", "next_year"),
        ("and the year before?", "previous_year"),
    ],
)
def test_a_year_relative_to_the_one_talked_about(text: str, relative: str | None) -> None:
    found = relative_plan(text)
    assert (found[0] if found else None) == relative


@pytest.mark.parametrize(
    ("question", "metrics"),
    [
        ("Hur många har fast tjänst?", ["employees_permanent"]),
        ("hur många är fast anställda där?", ["employees_permanent"]),
        ("Hur många timmisar jobbar i hemtjänsten?", ["hourly_staff"]),
        ("Hur många har en tillfällig anställning?", ["employees_temporary"]),
        ("hur många deltidsanstallda finns?", ["part_time_count"]),  # the nearest of two close words
        ("hur gammal är personalen i snitt?", ["average_age"]),
        ("hur gamla är de anställda i genomsnitt där?", ["average_age"]),
    ],
)
def test_employment_forms_in_everyday_words(question: str, metrics: list[str]) -> None:
    assert metrics_in(question, question=True) == metrics


def test_a_misspelt_word_is_read_as_the_nearest_term_whatever_the_hash_seed() -> None:
    """ "deltidsanstallda" (typed without ä) is one edit from "deltidsanställ" and two from "heltidsanställ":
    the nearest wins, in a fresh interpreter under several hash seeds (a set's order changes with them)."""
    code = (
        "from kfp_assistant.sv.metrics import metrics_in;"
        "print(metrics_in('hur många deltidsanstallda finns det', question=True),"
        " metrics_in('hur många heltidsanstallda finns det', question=True))"
    )
    for seed in ("0", "1", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "['part_time_count'] ['full_time_share']", seed


def test_a_share_of_staff_who_left_is_turnover() -> None:
    assert metrics_in("Hur stor andel av kockarna slutade förra året?", question=True) == ["turnover_pct"]
    assert metrics_in("Hur många lämnade enheten förra året?", question=True) == ["departures"]
