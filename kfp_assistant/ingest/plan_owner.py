"""Whose plan it is, named as the plan writes it: a unit ("Kulturförvaltningen", "Sektor vård och
omsorg"), with its organisation when the plan writes them together ("… i Ludvika kommun",
"…, Hallsbergs kommun"), or an organisation alone ("Region Kronoberg", "Härnösands kommun",
"Borlänge Energi AB").

Rules, first that applies:

1. a unit on the first page's opening lines (cover, letterhead, title block) owns the plan;
2. else an organisation there ("Härnösands kommun" over units its text goes on to mention);
3. else the unit the metadata scorer found in the head of the plan (metadata.py), written as the
   plan writes it;
4. else an organisation named in the head.

A sector ("Sektor utbildning") is part of a municipality and is always named with it.

Never the owner: the HR or personnel unit that wrote the plan ("HR-avdelningen, Enheten för
kompetensförsörjning", and any cover line naming one: "Koncernkontoret, avdelning HR"), a
central office in an address ("Regionkontoret, Växjö"), or the body that
adopted the plan ("Antagen av kommunstyrelsens personalutskott"); lines that name authors and
deciders are left out. A unit takes its organisation where the plan writes the two as one
name, in its text or its running header or footer; and an administration named by what it does
("Vård- och omsorgsförvaltningen", "Tekniska kontoret") takes the organisation its cover or
letterhead names on another line ("SUNDSVALLS KOMMUN"). A committee does not: a logo line
"Stockholms stad" above "Socialnämnden" does not make "Socialnämnden, Stockholms stad"; nor does a
district administration, which names its place ("Skarpnäcks stadsdelsförvaltning").
"""

from __future__ import annotations

import re

from kfp_assistant.sv.administrations import administration_key, administration_mentions

# Units as written: "Kulturförvaltningen", "Miljö- och samhällsbyggnadsförvaltningen", "Trafikkontoret",
# "Farsta stadsdelsförvaltning", "Sektor vård och omsorg".
_UNIT_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäöé]+-\s+och\s+[a-zåäöé]+|[A-ZÅÄÖa-zåäöé][a-zåäöé]+)"
    r"(?:förvaltningen|förvaltning|nämnden|nämnd|kontoret)(?![a-zåäö])"
    r"|(?<![\w-])[A-ZÅÄÖ][\wåäöé-]+\s+stadsdels(?:förvaltning|nämnd)(?:en)?(?![a-zåäö])"
    r"|(?<![\w-])[Ss]ektor(?:n)?\s+(?:för\s+)?[a-zåäö]+(?:\s+(?:och|&)\s+[a-zåäö]+)?"
    r"|(?<![\w-])[A-ZÅÄÖ][a-zåäö]+a\s+(?:förvaltningen|kontoret)(?![a-zåäö])"
)
# "Tekniska förvaltningen": an adjective before the unit word names a unit the lexicon lacks.
_ADJECTIVE_UNIT_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+a\s+(?:förvaltningen|kontoret)$")
# A cover line that names the HR or personnel unit ("Koncernkontoret, avdelning HR") is its writer.
_HR_LINE_RE = re.compile(r"\bHR\b|\bHR-|\b[Pp]ersonal(?:avdelning|enhet|funktion|kontor|stab)")
_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
# Organisations: municipalities, cities, regions, county councils, companies (the "AB" written after
# the name or before it: "Uppsalahem AB", "AB Bostadshem"), foundations, federations, agencies.
ORGANISATION_RE = re.compile(
    rf"(?<![\w-])(?:Region\s+{_NAME}(?:\s+län)?|Landstinget\s+{_NAME}|{_NAME}\s+läns\s+landsting"
    rf"|{_NAME}(?:\s+{_NAME})?\s+(?:kommun|stad|Stad)|{_NAME}(?:\s+{_NAME}){{0,2}}\s+AB|AB\s+{_NAME}(?:\s+{_NAME}){{0,2}}"
    rf"|(?:Stiftelsen|Kommunalförbundet|Samordningsförbundet)\s+{_NAME}(?:\s+{_NAME})?"
    rf"|{_NAME}(?:verket|myndigheten|kassan|inspektionen)|Länsstyrelsen(?:\s+i)?\s+{_NAME}(?:\s+län)?)(?![\w-])"
)
_NOT_NAMES = frozenset(["Hela", "Varje", "Denna", "Vår", "Vilken", "Samma", "Annan", "Egen", "Per"])
# Units that write plans without owning them, and lines that name authors or deciders.
_AUTHOR_UNIT_RE = re.compile(r"^(?:hr|personal|lön|kompetensförsörjning)", re.IGNORECASE)
_AUTHOR_LINE_RE = re.compile(
    r"^\W*(?:antagen|antagits|beslutad|beslutat|fastställd|fastställt|handläggare|framtagen|upprättad"
    r"|dokumentansvarig|dokumentägare|kontaktperson|författare|ansvarig\s+för\s+planen)\b",
    re.IGNORECASE,
)
_DECIDER_RE = re.compile(r"\b(?:antagen|antagits|beslutad|beslutats|fastställd|fastställts)\s+av\s+\S+", re.I)
_COVER_LINE_CHARS = 100
_CAPITAL_RUN_RE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})+(?![\w-])")
# An administration of an organisation, by what it does ("Vård- och omsorgsförvaltningen"); a
# district administration names its place ("Skarpnäcks stadsdelsförvaltning") and stands alone.
_ADMINISTRATION_RE = re.compile(r"förvaltning(?:en)?$|kontoret$", re.IGNORECASE)
_NAMED_PLACE_RE = re.compile(r"stadsdels|^[A-ZÅÄÖ]\w+s\s", re.IGNORECASE)


def _capitalised(text: str) -> str:
    """Capital words in ordinary case ("ORSA KOMMUN" -> "Orsa kommun")."""
    words = [w.capitalize() for w in text.lower().split()]
    return " ".join(w.lower() if w.lower() in ("kommun", "stad", "län", "och", "i") else w for w in words)


def _long_enough(text: str) -> bool:
    """Whether capitals are a name set in capitals, not a pair of acronyms ("HR IT")."""
    return 0.7 * sum(c.isalpha() for c in text) > 3


def _plain_case(line: str) -> str:
    """An all-capitals line ("LUDVIKA KOMMUN"), or run of capital words in a letterhead line ("ORSA
    KOMMUN Tekniska förvaltningen"), in ordinary case, so names in it can be read."""
    if sum(c.isupper() for c in line) > 0.7 * sum(c.isalpha() for c in line) and _long_enough(line):
        return _capitalised(line)
    # A run is recased here, never through this function again: a short run ("AB CD") stayed below
    # the whole-line test and matched the run pattern again, without end.
    return _CAPITAL_RUN_RE.sub(lambda m: _capitalised(m[0]) if _long_enough(m[0]) else m[0], line)


def owner_lines(lines: list[str]) -> list[str]:
    """Lines that may name the owner: author and decider lines out, capitals read, deciders cut."""
    return [_DECIDER_RE.sub(" ", _plain_case(ln)) for ln in lines if not _AUTHOR_LINE_RE.match(ln)]


def units_in(text: str) -> list[str]:
    """Units the text names, as written, that are organisations (not HR units or central offices)."""
    out = []
    for m in _UNIT_RE.finditer(text):
        unit = " ".join(m.group().split())
        if _AUTHOR_UNIT_RE.match(unit):
            continue
        if (
            unit.lower().startswith("sektor")
            or administration_mentions(unit)
            or _ADJECTIVE_UNIT_RE.match(unit)
        ):
            out.append(unit)
    return out


def organisations_in(text: str) -> list[str]:
    """Organisations the text names ("Region Kronoberg", "Hallsbergs kommun"), as written."""
    return [m.group() for m in ORGANISATION_RE.finditer(text) if m.group().split()[0] not in _NOT_NAMES]


def _joined(unit: str, texts: list[str]) -> str | None:
    """The unit and its organisation as the plan writes them together, if it does."""
    pattern = re.compile(rf"{re.escape(unit)}(?:\s+i|,)\s+({ORGANISATION_RE.pattern})", re.IGNORECASE)
    for text in texts:
        m = pattern.search(text)
        if m and organisations_in(m.group(1)):
            return " ".join(m.group().split())
    return None


def _written(canonical: str, texts: list[str]) -> str | None:
    """How the plan writes the unit the scorer chose: the first capitalised form with its key."""
    key = administration_key(canonical)
    forms = [u for t in texts for u in units_in(t) if administration_key(u) == key]
    capitalised = [f for f in forms if f[0].isupper()]
    return (capitalised or forms)[0] if forms else None


def cover(first_page: list[str], writers: bool = False) -> list[str]:
    """The first page's opening lines (cover, letterhead, title block): up to the first line of prose;
    with `writers`, also the lines naming the HR unit that wrote the plan ("AB Bostadshem · HR")."""
    out = []
    for line in owner_lines(first_page):
        words = len(line.split())
        prose = re.search(r"[.!?]\s+[A-ZÅÄÖ]", line) or re.search(r"\s(?:och|att|som|med|för|i|av)$", line)
        if len(line) > _COVER_LINE_CHARS or words > 10 or (line.endswith(".") and words > 5) or prose:
            break
        if writers or not _HR_LINE_RE.search(line):
            out.append(line)
    return out


# A unit named by one definite noun on a cover line of its own ("Folktandvården", "Räddningstjänsten").
_NOUN_UNIT_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{5,}(?:en|et|an|na)$")
_NOT_UNIT_RE = re.compile(r"kompetens|plan|försörjning|innehåll|inledning|sammanfattning", re.IGNORECASE)


def _named_unit(opening: list[str], organisation: str) -> str | None:
    """The unit a cover names on the line next to its organisation's ("Region X" / "Folktandvården")."""
    at = next((i for i, ln in enumerate(opening) if organisation in ln), None)
    for line in opening[at - 1 : at + 2 : 2] if at is not None and at > 0 else opening[1:2]:
        if _NOUN_UNIT_RE.match(line) and not _NOT_UNIT_RE.search(line):
            return line
    return None


# A proper name on a line of its own: capitalised words, "och" between ("Norrby Vatten och Avfall").
_PROPER_LINE_RE = re.compile(rf"^{_NAME}(?:\s+(?:och\s+)?{_NAME}){{0,4}}$")
_COMPANY_SELF_RE = re.compile(r"\b(?:bolaget|bolagets)\b")


def _company_on_cover(opening: list[str], head: list[str]) -> str | None:
    """A company's name as its cover's first line, without "AB", where the plan speaks of itself as
    "bolaget" ("Norrby Vatten och Avfall" / "HR-avdelningen" / "Kompetensförsörjningsplan"): the AB's."""
    first = opening[0] if opening else ""
    if not _PROPER_LINE_RE.match(first) or _NOT_UNIT_RE.search(first) or first.split()[0] in _NOT_NAMES:
        return None
    return f"{first} AB" if len(_COMPANY_SELF_RE.findall(" ".join(head))) >= 2 else None


def plan_owner(
    first_page: list[str], head: list[str], furniture: list[str], canonical: str | None
) -> str | None:
    """The owner's name by the rules in the module docstring; None when the plan names none."""
    opening = cover(first_page)
    texts = owner_lines(head) + owner_lines(furniture)
    unit = next((u for ln in opening for u in units_in(ln)), None)
    # a letterhead naming the company and its HR unit on one line still names the company
    letterhead = opening + cover(first_page, writers=True)
    organisation = next((o for ln in letterhead for o in organisations_in(ln)), None)
    if unit is None and organisation is None and (company := _company_on_cover(opening, head)):
        return company
    if unit is None and organisation is None and canonical:
        unit = _written(canonical, texts) or canonical
    if unit is None and organisation is not None and (named := _named_unit(opening, organisation)):
        return f"{named}, {organisation}"
    if unit is None:
        return organisation or next((o for t in texts for o in organisations_in(t)), None)
    unit = unit[0].upper() + unit[1:]
    joined = _joined(unit, texts)
    if joined:
        return joined
    if unit.lower().startswith("sektor"):  # a sector is part of a municipality: name both
        parent = organisation or next((o for t in texts for o in organisations_in(t)), None)
        return f"{unit}, {parent}" if parent else unit
    if organisation and _ADMINISTRATION_RE.search(unit) and not _NAMED_PLACE_RE.search(unit):
        return f"{unit}, {organisation}"  # the cover or letterhead names both on their own lines
    return unit
