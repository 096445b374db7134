"""Administration names: Stockholm's districts and boards, how plans and questions write them, and one
matching key per organisation ("socialförvaltningen", "Socialnämndens" -> "social")."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from kfp_assistant.sv.name_parts import COMPANY_HEADS, COMPOUND_HEADS
from kfp_assistant.sv.text import fold, split_words
from kfp_assistant.sv.words import term_in, tokenize

# Stockholm's stadsdelsområden: current ones, then former ones that older plans
# name (Älvsjö and Hägersten-Liljeholmen merged into Hägersten-Älvsjö).
DISTRICTS: tuple[str, ...] = split_words(
    "Rinkeby-Kista Spånga-Tensta Hässelby-Vällingby Bromma Kungsholmen Norrmalm Östermalm Södermalm"
    " Enskede-Årsta-Vantör Skarpnäck Farsta Hägersten-Älvsjö Skärholmen Hägersten-Liljeholmen Älvsjö"
)
# Parts of district names that name one district only; "Hägersten" and
# "Liljeholmen" are left out because they belong to two districts over time.
_DISTRICT_PARTS: dict[str, str] = {
    part: district
    for district in ("Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Enskede-Årsta-Vantör")
    for part in district.split("-")
}

# Known boards (fackförvaltningar are shown under their board's name) and the
# keys of their administrations when those are named differently.
_DISTRICT_BY_KEY: dict[str, str] = {fold(d): d for d in DISTRICTS} | {
    fold(p): d for p, d in _DISTRICT_PARTS.items()
}
# Boards whose name does not follow from their administration's. All others do
# ("utbildningsförvaltningen" -> "Utbildningsnämnden", "trafikkontoret" -> "Trafiknämnden"),
# which keeps this general for boards not listed anywhere here.
_BOARD_DISPLAY: dict[str, str] = {
    "kommunstyrelse": "Kommunstyrelsen",
    "miljo- och halsoskydd": "Miljö- och hälsoskyddsnämnden",
}
_KEY_ALIASES: dict[str, str] = {
    "stadsledning": "kommunstyrelse",
    "miljo": "miljo- och halsoskydd",
    "miljoforvaltning": "miljo- och halsoskydd",
}
# Compounds on -nämnd/-förvaltning/-kontor that are not organisations ("systemförvaltningen").
_STEM_STOP: frozenset[str] = frozenset(
    split_words(
        "stadsdel stadsdels hem huvud fack om be ovan nyss egen annan system kapital objekt information"
        " informations it data resurs medel lokal distans kontors region förr"
    )
)
# Capitalised words that can stand before "stadsdelsförvaltning" without being a district.
_NOT_NAMES: frozenset[str] = frozenset(
    split_words("inom hela varje denna den samtliga alla vår stockholms en ny nya vilken din er")
)

_UC = "A-ZÅÄÖÉ"
_LC = "a-zåäöéü"
_NAME = rf"[{_UC}][{_LC}]+(?:-[{_UC}][{_LC}]+)*"
_DISTRICT_ALT = "|".join(re.escape(d) for d in sorted((*DISTRICTS, *_DISTRICT_PARTS), key=len, reverse=True))
_ADMIN_RE = re.compile(
    rf"(?P<dsuf>{_NAME})\s+stadsdels(?:förvaltning|nämnd|område)s?(?![{_LC}])"
    rf"|stadsdels(?:förvaltningen|nämnden)\s+i\s+(?P<dpre>{_NAME})"
    rf"|(?P<ks>[Kk]ommunstyrelsen)s?(?![{_LC}])"
    rf"|(?<![\w-])(?P<stem>[{_UC}{_LC}]{{2,}}(?:-\s+och\s+[{_LC}]+)?)"
    rf"(?P<suf>nämnden|förvaltningen|kontoret)(?:s)?(?![{_LC}])"
    rf"(?P<own>\s+förvaltning(?:en)?(?![{_LC}]))?"
    rf"|(?<![\w-])(?P<bare>{_DISTRICT_ALT})s?(?![\w-])",
)


def _official(district: str) -> str:
    """Official administration name: genitive s after a consonant ("Skärholmens", "Farsta")."""
    genitive = "" if district[-1] in "aeiouyåäö" else "s"
    return f"{district}{genitive} stadsdelsförvaltning"


def _district_display(name: str) -> str | None:
    """Canonical display for a district name as written (any case, maybe genitive), or None."""
    for candidate in (name, name[:-1] if name.endswith("s") else name):
        district = _DISTRICT_BY_KEY.get(fold(candidate))
        if district:
            return _official(district)
    return None


def _board_key(stem: str) -> str:
    """Key of a board/administration stem: folded, without the linking s ("Utbildnings" -> "utbildning")."""
    key = re.sub(r"\s+", " ", fold(stem))
    if len(key) > 4 and key.endswith("s"):
        key = key[:-1]
    return _KEY_ALIASES.get(key, key)


def _mention_display(m: re.Match[str]) -> str | None:
    """Canonical display name for one administration match, or None for a generic word."""
    if m.group("dsuf") or m.group("dpre"):
        name = m.group("dsuf") or m.group("dpre")
        if fold(name) in _NOT_NAMES:
            return None
        known = _district_display(name)
        if known:
            return known
        # Unknown district: "X stadsdelsförvaltning" is kept as written; "... i X" gets the genitive rule.
        return f"{name} stadsdelsförvaltning" if m.group("dsuf") else _official(name)
    if m.group("ks"):
        return "Kommunstyrelsen"
    if m.group("bare"):
        return _district_display(m.group("bare"))
    stem = re.sub(r"\s+", " ", m.group("stem"))
    key = _board_key(stem)
    if key in _STEM_STOP or fold(stem) in _STEM_STOP or key in _NOT_NAMES:
        return None
    if key in _BOARD_DISPLAY:
        return _BOARD_DISPLAY[key]
    return stem[0].upper() + stem[1:].lower() + "nämnden"


def mention_surface(text: str, offset: int) -> str:
    """An administration mention as written, without a definite genitive ("Kulturförvaltningens")."""
    match = re.match(r"stadsdels\w+\s+i\s+[\w-]+|[\w-]+(?:\s+stadsdels\w+)?", text[offset:])
    word = match.group() if match else text[offset:].split()[0]
    return word[:-1] if re.search(r"(?:en|et|na)s$", word) else word


def administration_mentions(text: str) -> list[tuple[str, int]]:
    """Every administration mention as (canonical display name, character offset), in text order."""
    found: list[tuple[str, int]] = []
    for m in _ADMIN_RE.finditer(text):
        display = _mention_display(m)
        if display:
            found.append((display, m.start()))
    return found


def without_administrations(text: str, mark: str = " ") -> str:
    """Text with every administration mention replaced by mark (words that only look like one stay)."""
    return _ADMIN_RE.sub(lambda m: mark if _mention_display(m) else m.group(0), text)


def find_administrations(text: str) -> list[str]:
    """Canonical names of the administrations named in text, in order of first mention, without repeats."""
    names: list[str] = []
    for display, _ in administration_mentions(text):
        if display not in names:
            names.append(display)
    return names


# Cached: routing keys every registered plan's administration on every question (186,000 calls for
# 165 questions at 1,000 plans, 78 ms per question), and a city has a few hundred distinct names.
@lru_cache(maxsize=4096)
def canonical_administration(name: str) -> str:
    """One display form per organisation: districts as "X stadsdelsförvaltning", boards as "Xnämnden".

    "socialförvaltningen", "Socialnämndens förvaltning" -> "Socialnämnden";
    "stadsdelsnämnden i Hässelby-Vällingby" -> "Hässelby-Vällingby stadsdelsförvaltning".
    Text naming no administration comes back stripped and unchanged.
    """
    found = find_administrations(name)
    if found:
        return found[0]
    return _district_display(name.strip()) or " ".join(name.split())


@lru_cache(maxsize=4096)
def administration_key(name: str) -> str:
    """Lowercase ASCII key to match mentions to plans: "hasselby-vallingby", "social", "utbildning"."""
    canonical = canonical_administration(name)
    if canonical.endswith(" stadsdelsförvaltning"):
        district = canonical.removesuffix(" stadsdelsförvaltning")
        known = _district_display(district)
        return fold(district[:-1] if known and district.endswith("s") else district)
    if canonical == "Kommunstyrelsen":
        return "kommunstyrelse"
    if canonical.endswith("nämnden"):
        return _board_key(canonical.removesuffix("nämnden"))
    # "Sektor vård och omsorg, Hallsbergs kommun" is "Sektor vård och omsorg i Hallsbergs kommun".
    return fold(_OF_EMPLOYER.sub(" i ", canonical))


# The comma that sets an administration's employer after it ("X, Hallsbergs kommun", "X, Region Y").
_OF_EMPLOYER = re.compile(r"\s*,\s+(?=(?:\w+\s+(?:kommun|stad|län|landsting)|Region\s+\w+)\b)")


# Employers outside Stockholm's own naming: "Kiruna kommun", "Göteborgs stad", "Region Örebro län",
# "Landstinget i Dalarna", "Borlänge Energi AB". Stockholm's city itself is not one of them: every
# Stockholm administration belongs to it, so "Stockholms stad" in a question names no other employer.
_ORG_RE = re.compile(
    rf"(?P<a>{_NAME}(?:\s+{_NAME})?)\s+(?:kommuns?|stads?|läns?|landstings?)(?![{_LC}])"
    rf"|(?:Region|Landstinget\s+i)\s+(?P<b>{_NAME}(?:\s+läns?)?)"
    rf"|(?P<c>{_NAME}(?:\s+{_NAME})?)\s+AB\b"
    # typed in lower case: "hur hög är sjukfrånvaron i kiruna kommun", "region skåne"
    rf"|(?<![\w-])(?P<d>[{_LC}]{{3,}})\s+(?:kommuns?|stads?)(?![{_LC}])"
    rf"|(?<![\w-])region\s+(?P<e>[{_LC}]{{3,}})(?![{_LC}])"
    # a company with "AB" first ("AB Svenska Bostäder"), or named inside a sentence by a word that ends
    # company names ("har Svenska Bostäder", "på Familjebostäder": sv.name_parts)
    rf"|(?<![\w-])AB\s+(?P<f>{_NAME}(?:\s+{_NAME}){{0,2}})"
    rf"|(?<=[{_LC},:] )(?P<g>(?:{_NAME}\s+){{1,2}}(?:{'|'.join(COMPANY_HEADS)})"
    rf"|[{_UC}][{_LC}]{{3,}}(?:{'|'.join(COMPOUND_HEADS)}))(?![\w-])"
)
# Lower-case words before "kommun"/"stad" or after "region" that name no place ("hela kommun", "vår stad").
_NOT_PLACES: frozenset[str] = frozenset(
    split_words(
        "och med som att den det för hela varje denna detta vår egen samma annan annat större mindre"
        " svensk svenska liten stor hos från till inom över under per mot kan ska har var är blir vilken"
        " vilket samt eller men nya nyare äldre"
    )
)
# Generic words of organisation names: they do not tell one organisation from another.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    split_words(
        "region regionen kommun kommunen kommuns stad staden stads län läns landsting landstinget förvaltning"
        " förvaltningen förvaltningens nämnd nämnden nämndens sektor sektorn avdelning avdelningen enhet"
        " enheten kontor kontoret ab stadsdelsförvaltning stadsdelsförvaltningen stadsdelsnämnd och i för"
        " hälso sjukvård sjukvårdsförvaltningen sjukvårdsförvaltning"
    )
)


# The city every Stockholm administration belongs to: its name names none of them ("Stockholm Vatten
# och Avfall AB" is not meant by "i Stockholm").
HOME_CITY = "stockholm"


def organisation_mentions(text: str) -> list[tuple[str, int]]:
    """Employers named in text beyond Stockholm's administrations, as (name as written, offset)."""
    found: list[tuple[str, int]] = []
    for m in _ORG_RE.finditer(text):
        name = next((g for g in m.group("a", "b", "c", "d", "e", "f", "g") if g), "")
        if (m.group("d") or m.group("e")) and fold(name) in {fold(w) for w in _NOT_PLACES}:
            continue
        # Stockholm's city or municipality employs every Stockholm administration; its region does not
        city = bool(m.group("a") or m.group("d")) and re.search(r"(?:kommuns?|stads?)$", m.group())
        if (city and fold(name).startswith(HOME_CITY)) or fold(name.split()[0]) in _NOT_NAMES:
            continue
        found.append((m.group().strip(), m.start()))
    return found


@lru_cache(maxsize=4096)
def administration_identity(name: str) -> tuple[str, str]:
    """Which organisation a plan's administration is, for telling its versions apart from other plans:
    its key and the employer it names beyond Stockholm's city. Versions may spell the name differently
    ("Äldreförvaltningen i Stockholms stad", "Äldreförvaltningen, Stockholms stad": one identity), while the
    key alone joins the same field of two employers ("Socialnämnden", "Socialförvaltningen i Borås stad")."""
    employers = sorted(fold(n) for n, _ in organisation_mentions(name))
    return administration_key(name), " ".join(employers)


# Clipped names staff use for an administration of a field: "på soc" is the social services
# (socialnämnden, socialförvaltningen, socialtjänsten), when only one plan is of that field.
CLIPPED_NAMES = {"soc": "social", "socialen": "social"}


def short_names(name: str) -> set[str]:
    """The lower-case short forms a question may name an administration by: the initials of a district
    named in parts ("hv" for Hässelby-Vällingby) and the clipped name of its field ("soc")."""
    canonical = canonical_administration(name)
    district = canonical.removesuffix(" stadsdelsförvaltning")
    parts = [p for p in district.split("-") if p]
    initials = {"".join(p[0] for p in parts).lower()} if district != canonical and len(parts) >= 2 else set()
    lowered = canonical.lower()
    return initials | {short for short, start in CLIPPED_NAMES.items() if lowered.startswith(start)}


# The kind of employer a name says ("Region Dalarna", "Borlänge kommun"), and the words of a plan's
# administration that make it one of that kind: a county's region or a "län"; a municipality or city; a
# company. A place name alone does not make "Region Dalarna" the county administrative board's plan.
_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(said, re.IGNORECASE), re.compile(plan, re.IGNORECASE))
    for said, plan in (
        (r"^(?:region|landstinget)\b", r"\b(?:region|landsting)"),
        (r"\s(?:kommuns?|stads?)$", r"\b(?:kommun|stad)"),
        (r"\släns?$", r"\b(?:län|region)"),
        (r"\sAB$|^AB\s", r"\bAB\b"),
    )
)


def same_kind(mention: str, administration: str) -> bool:
    """Whether an employer as a question names it ("Region Dalarna") can be this plan's administration:
    the administration's name says the same kind of employer (any name passes when the mention says no
    kind)."""
    return all(plan.search(administration) for said, plan in _KINDS if said.search(mention.strip()))


# A place a question names: a capitalised word after "i/på/inom/från/hos" inside the sentence ("socialnämnden
# i Göteborg"); not an acronym ("i HV", "i LAS").
_PLACE = re.compile(
    rf"(?<=[{_LC},] )(?:i|på|inom|från|hos)\s+(?P<place>[{_UC}][{_LC}]{{3,}}(?:-[{_UC}][{_LC}]+)*)"
)


def unwritten_places(text: str, vocabulary: AbstractSet[str]) -> list[str]:
    """The places (or organisations) a question names after a preposition, and the employers it names
    anywhere ("högre än Kiruna kommun"), as written, whose words no indexed plan writes (`vocabulary`:
    the plans' stems): the answer is in no plan here."""
    places = [m.group("place") for m in _PLACE.finditer(text) if not _written(m.group("place"), vocabulary)]
    for name, _ in organisation_mentions(text):
        own = [w for w in re.findall(r"[\w-]+", name) if fold(w) not in {fold(o) for o in ORGANISATION_WORDS}]
        if own and not all(_written(w, vocabulary) for w in own) and not any(p in name for p in places):
            places.append(name)
    return places


def _written(place: str, vocabulary: AbstractSet[str]) -> bool:
    """Whether the plans write a place, also when the question puts it in the genitive ("i Umeås
    tekniska förvaltning" of a plan writing "Umeå kommun")."""
    forms = (place, place[:-1]) if place.endswith("s") and len(place) > 4 else (place,)
    return any(all(term_in(t, vocabulary) for t in tokenize(f)) for f in forms)


def without_names(text: str, administrations: list[str]) -> str:
    """The text without the words naming the administrations, in full or short ("Vilka behov har
    Kulturnämnden?" -> "Vilka behov har"): what it asked, for a follow-up about another administration."""
    names = {stem for name in administrations for stem in tokenize(name.replace("-", " "))}
    names |= {short for name in administrations for short in short_names(name)}

    def naming(word: str) -> bool:
        stems = set(tokenize(word.replace("-", " ")))
        return bool(stems) and stems <= names

    return " ".join(w for w in re.findall(r"[\w-]+", text) if not naming(w))
