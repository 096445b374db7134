"""Plan metadata from content: the five sample plans, synthetic layouts, and the manifest override."""

from __future__ import annotations

from pathlib import Path

import pytest

from kfp_assistant.errors import ConfigError
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.ingest.metadata import apply_manifest, extract_metadata, load_manifest
from kfp_assistant.schema import Block, Page, ParsedDocument, PlanMeta

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "scripts" / "corpus_source"
LINES_PER_PAGE = 45  # the sample texts have no form feeds; cut them into page-sized pieces


def build_document(text: str, file: str = "plan.txt") -> ParsedDocument:
    """A ParsedDocument from text: one page per form feed (else per 45 lines); '#' lines are headings."""
    if "\f" in text:
        page_texts = text.split("\f")
    else:
        lines = text.splitlines()
        page_texts = ["\n".join(lines[i : i + LINES_PER_PAGE]) for i in range(0, len(lines), LINES_PER_PAGE)]
    pages = []
    for number, page_text in enumerate(page_texts, start=1):
        blocks = [
            Block(
                kind="heading" if line.lstrip().startswith("#") else "paragraph",
                text=line.strip().lstrip("#").strip(),
                page=number,
                level=1 if line.lstrip().startswith("#") else None,
            )
            for line in page_text.splitlines()
            if line.strip()
        ]
        pages.append(Page(number=number, text=page_text, blocks=blocks))
    return ParsedDocument(file=file, path=file, doc_id="0" * 16, kind="txt", pages=pages)


SAMPLES = {
    "socialnamnden-2024-2026.txt": ("Socialnämnden", "2024-2026", "Kompetensförsörjningsplan 2024-2026"),
    "socialnamnden-2025-2027.txt": ("Socialnämnden", "2025-2027", "Kompetensförsörjningsplan 2025-2027"),
    "hasselby-vallingby-2025-2027.txt": (
        "Hässelby-Vällingby stadsdelsförvaltning",
        "2025-2027",
        "Kompetensförsörjningsplan 2025-2027",
    ),
    # States no plan period; "under 2021 ... uppdaterat den 3-åriga ... planen" gives the plan year.
    "hasselby-vallingby-2021.txt": ("Hässelby-Vällingby stadsdelsförvaltning", "2021", None),
    # "på 3-5 års sikt" names no years.
    "hagersten-alvsjo-3-5-ar.txt": (
        "Hägersten-Älvsjö stadsdelsförvaltning",
        None,
        "Strategisk kompetensförsörjning",
    ),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_plans(name: str) -> None:
    path = SOURCE / name
    assert path.exists(), f"sample {name} missing from {SOURCE}"
    meta = extract_metadata(build_document(path.read_text(encoding="utf-8"), file="renamed.txt"))
    administration, period, title = SAMPLES[name]
    assert (meta.administration, meta.period, meta.title) == (administration, period, title)
    assert meta.source == "content"


def test_sample_pdfs() -> None:
    checked = []
    for pdf in sorted((ROOT / "corpus").glob("*.pdf")):
        stem = pdf.stem + ".txt"
        if stem in SAMPLES:
            meta = extract_metadata(load_document(pdf))
            assert (meta.administration, meta.period) == SAMPLES[stem][:2], pdf.name
            checked.append(stem)
    assert sorted(checked) == sorted(SAMPLES)


LETTERHEAD = """Stockholms stad
Trafikkontoret
Tjänsteutlåtande
Dnr T2024-01234
2024-10-15
Handläggare: Anna Andersson
Telefon: 08-508 000 00

Till Trafiknämnden

Kompetensförsörjningsplan för trafikkontoret 2025–2027

Förslag till beslut
Trafiknämnden godkänner kontorets kompetensförsörjningsplan.
\fSammanfattning
Trafikkontoret har 520 anställda. Samarbetet med exploateringskontoret fortsätter.
"""

COVER_THEN_TOC = """


Rinkeby-Kista stadsdelsförvaltning



Strategisk kompetensförsörjningsplan
2024-2026
\fInnehåll
Inledning .......... 3
Nulägesanalys .......... 4
Kompetensförsörjningsplan 2019-2021, uppföljning .......... 9
\f# Inledning
Planen har tagits fram av HR-avdelningen i samverkan med Spånga-Tensta stadsdelsförvaltning
och socialförvaltningen. Under 2019-2020 ökade sjukfrånvaron.
"""

SIKT = """# Kompetensförsörjning inom utbildningsförvaltningen

Utbildningsförvaltningen har tagit fram denna plan som beskriver behoven på 3 års sikt 2021-2023.
Utbildningsnämnden följer upp planen årligen. Datum: 2020-11-30.
"""

OUTLOOK = """Stockholms stad
Äldreförvaltningen

Kompetensförsörjningsplan 2021 med plan för 2022-2028

Äldrenämnden har ett långsiktigt perspektiv. Äldreförvaltningen har 2 100 medarbetare.
"""

START_YEAR = """# Vår plan för kompetensförsörjning

Skarpnäcks stadsdelsförvaltning arbetar med en treårsperiod med start 2025.
Planen revideras årligen. Skarpnäck växer.
"""

NO_PERIOD = """Kompetensförsörjningsplan

Farsta stadsdelsförvaltning

Planen beskriver behoven på kort och lång sikt. I budget 2020 gav kommunfullmäktige samtliga
nämnder i uppdrag att upprätta en plan med sikte på 3 år framåt. Dnr 1.2-2024-2031. 2024-03-01.
"""

PROSE_ONLY = """Hittills i år har 390 rekryteringar genomförts. Skärholmens stadsdelsförvaltning och
Östermalms stadsdelsförvaltning har bra modeller. Personalomsättningen är 3,68 %.

Bromma stadsdelsförvaltning har 1 630 anställda. Bromma stadsdelsförvaltning tar emot studenter.
Under 2023 har HR-enheten reviderat den strategiska kompetensförsörjningsplanen.
"""


@pytest.mark.parametrize(
    ("text", "administration", "period", "title"),
    [
        # the letterhead names the city on its own line: the administration takes it, as the gold sets do
        (
            LETTERHEAD,
            "Trafikkontoret, Stockholms stad",
            "2025-2027",
            "Kompetensförsörjningsplan för trafikkontoret 2025–2027",
        ),
        (
            COVER_THEN_TOC,
            "Rinkeby-Kista stadsdelsförvaltning",
            "2024-2026",
            "Strategisk kompetensförsörjningsplan 2024-2026",
        ),
        (SIKT, "Utbildningsförvaltningen", "2021-2023", "Kompetensförsörjning inom utbildningsförvaltningen"),
        (
            OUTLOOK,
            "Äldreförvaltningen, Stockholms stad",
            "2021",
            "Kompetensförsörjningsplan 2021 med plan för 2022-2028",
        ),
        (START_YEAR, "Skarpnäcks stadsdelsförvaltning", "2025-2027", "Vår plan för kompetensförsörjning"),
        (NO_PERIOD, "Farsta stadsdelsförvaltning", None, "Kompetensförsörjningsplan"),
        (PROSE_ONLY, "Bromma stadsdelsförvaltning", "2023", None),
    ],
    ids=["letterhead", "cover-toc", "sikt", "outlook", "start-year", "no-period", "prose-only"],
)
def test_synthetic_layouts(text: str, administration: str, period: str | None, title: str | None) -> None:
    meta = extract_metadata(build_document(text))
    assert (meta.administration, meta.period, meta.title) == (administration, period, title)


def test_file_name_is_never_used() -> None:
    meta = extract_metadata(build_document(NO_PERIOD, file="socialnamnden-2025-2027.pdf"))
    assert meta.administration == "Farsta stadsdelsförvaltning"
    assert meta.period is None


def test_empty_document() -> None:
    meta = extract_metadata(build_document(""))
    assert meta == PlanMeta()


# --------------------------------------------------------------------------- manifest


def write(path: Path, text: str, bom: bool = False) -> Path:
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def test_manifest_semicolon_with_bom_overrides(tmp_path: Path) -> None:
    manifest = load_manifest(
        write(
            tmp_path / "manifest.csv",
            "file;administration;period\nplan-a.pdf;socialförvaltningen;2025–2027\nplan-b.pdf;;2021\n",
            bom=True,
        )
    )
    assert manifest == {
        "plan-a.pdf": {"administration": "Socialnämnden", "period": "2025-2027"},
        "plan-b.pdf": {"period": "2021"},
    }
    content = PlanMeta(administration="Farsta stadsdelsförvaltning", period=None, title="Plan")
    overridden = apply_manifest(content, "plan-a.pdf", manifest)
    assert overridden == PlanMeta(
        administration="Socialnämnden", period="2025-2027", title="Plan", source="manifest"
    )
    partial = apply_manifest(content, "plan-b.pdf", manifest)
    assert (partial.administration, partial.period, partial.source) == (
        "Farsta stadsdelsförvaltning",
        "2021",
        "manifest",
    )
    assert apply_manifest(content, "other.pdf", manifest) is content


def test_manifest_comma_separated(tmp_path: Path) -> None:
    path = write(tmp_path / "m.csv", 'File,Period\n"docs/plan c.pdf",2024-2026\n\n')
    assert load_manifest(path) == {"plan c.pdf": {"period": "2024-2026"}}


def test_missing_manifest_is_empty(tmp_path: Path) -> None:
    assert load_manifest(tmp_path / "absent.csv") == {}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("file;administration;period\nplan.pdf;Socialnämnden;snart\n", "row 2"),
        ("file;administration;period\nplan.pdf;Socialnämnden;2025\n;Bromma;2025\n", "row 3"),
        ("file;period\na.pdf;2025\na.pdf;2026\n", "row 3"),
        ("name;owner\na.pdf;x\n", "row 1"),
        ("file;period\na.pdf;2024-10-15\n", "row 2"),
    ],
)
def test_bad_manifest_names_file_and_row(tmp_path: Path, text: str, row: str) -> None:
    path = write(tmp_path / "manifest.csv", text)
    with pytest.raises(ConfigError) as info:
        load_manifest(path)
    message = str(info.value)
    assert "manifest.csv" in message and row in message
    assert "\n" not in message


def test_manifest_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "manifest.csv"
    path.write_bytes("file;administration\nplan.pdf;Socialnämnden\n".encode("cp1252"))
    with pytest.raises(ConfigError, match=r"manifest\.csv"):
        load_manifest(path)


def test_period_broken_after_its_dash_is_still_read() -> None:
    # A line break after "2025-" leaves "2025- 2027": a word break is joined, a period is not.
    doc = build_document("# Kompetensförsörjningsplan 2025- 2027\nSocialnämnden\n")
    assert extract_metadata(doc).period == "2025-2027"


# Openings of plans from other organisations, written for these tests in the genre's usual forms.
COUNTY_COUNCIL = """HR-avdelningen
Enheten för kompetensförsörjning
Region Gävleborg
Regionkontoret, Gävle
Kompetensförsörjningsplan 2025/2026
Fastställd av regiondirektören 2025-01-10
\fRegion Gävleborg har 7 000 medarbetare inom vård, tandvård och kollektivtrafik.
"""
SECTOR = """Lerums kommun
Sektor utbildning
Kompetensförsörjningsplan
för perioden 2025–2027
Beslutad av sektorchef 2024-12-01
\fSektor utbildning ansvarar för förskola, grundskola och gymnasium i Lerums kommun.
"""
MUNICIPALITY = """Falu kommun
Kompetensförsörjningsplan för Falu kommun, Falu kommun 2013
Antagen av kommunstyrelsens personalutskott 2012-12-05, § 12
\fKommunen har 5 000 anställda. Socialförvaltningen och utbildningsförvaltningen är störst.
"""
COMPANY = """Kompetensförsörjningsplan 2025
Mälarenergi Vatten AB · fastställd av ledningsgruppen i januari 2025
\fBolaget levererar vatten till hushåll och företag.
"""
AGENCY = """Länsstyrelsen i Jönköpings län
Kompetensförsörjningsplan 2026
\fMyndigheten har 300 anställda.
"""
ADJECTIVE_UNIT = """Kompetensförsörjningsplan 2025-2026
Sociala förvaltningen
\fSociala förvaltningen i Lunds kommun ansvarar för äldreomsorg och individ- och familjeomsorg.
"""
CENTRAL_OFFICE_OF_HR = """Region Halland
Kompetensförsörjningsplan 2027
Koncernkontoret, avdelning HR
\fRegionen har 9 000 medarbetare.
"""
ADMINISTRATION_OF_CITY = """STOCKHOLMS STAD
Idrottsförvaltningen
Kompetensförsörjningsplan 2026
\fIdrottsförvaltningen i Stockholms stad ansvarar för stadens idrottsanläggningar.
"""


@pytest.mark.parametrize(
    ("text", "administration", "period"),
    [
        (COUNTY_COUNCIL, "Region Gävleborg", "2025-2026"),  # not the HR unit, not the central office
        (SECTOR, "Sektor utbildning, Lerums kommun", "2025-2027"),  # sector and municipality
        (MUNICIPALITY, "Falu kommun", "2013"),  # not the board that adopted it
        (COMPANY, "Mälarenergi Vatten AB", "2025"),
        (ADMINISTRATION_OF_CITY, "Idrottsförvaltningen i Stockholms stad", "2026"),  # as the plan writes it
        (AGENCY, "Länsstyrelsen i Jönköpings län", "2026"),
        (ADJECTIVE_UNIT, "Sociala förvaltningen i Lunds kommun", "2025-2026"),
        (CENTRAL_OFFICE_OF_HR, "Region Halland", "2027"),  # the cover line naming HR is the writer
    ],
    ids=[
        "county-council",
        "sector",
        "municipality",
        "company",
        "administration-of-city",
        "agency",
        "adjective-unit",
        "hr-office",
    ],
)
def test_owner_and_period_of_plans_from_other_organisations(
    text: str, administration: str, period: str
) -> None:
    meta = extract_metadata(build_document(text))
    assert (meta.administration, meta.period) == (administration, period)


def test_a_unit_takes_its_organisation_from_a_running_footer_and_keeps_its_matching_key() -> None:
    from kfp_assistant.sv.administrations import administration_key

    doc = build_document("Kulturförvaltningen\nKompetensförsörjningsplan 2025-2027\n")
    doc.pages[0].furniture = ["Kulturförvaltningen, Uppsala kommun", "Sida 1 av 6"]
    meta = extract_metadata(doc)
    assert meta.administration == "Kulturförvaltningen, Uppsala kommun"
    assert administration_key(meta.administration) == administration_key("Kulturnämnden")
