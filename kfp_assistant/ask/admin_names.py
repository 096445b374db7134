"""Which plans' administrations a question names: aliases of the registered plans (districts and their
parts, the proper names in other employers' names, capital initials), administrations and employers named
with no plan here, and units of a named plan's organisation ("socialförvaltningen i Härnösand")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from kfp_assistant.ask.admin_stems import expand_ellipses, field_mentions
from kfp_assistant.ask.scope import unique
from kfp_assistant.sv.administrations import (
    CLIPPED_NAMES,
    HOME_CITY,
    ORGANISATION_WORDS,
    administration_identity,
    administration_key,
    administration_mentions,
    canonical_administration,
    mention_surface,
    organisation_mentions,
    same_kind,
)
from kfp_assistant.sv.areas import areas_in
from kfp_assistant.sv.english import is_english
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.responsible import RESPONSIBLE_ABBREVIATIONS
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import tokenize

_INDEFINITE = 9  # shortest definite name read also without its article ("kulturförvaltningen")


def _plan_aliases(catalog: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Folded names that point at one plan's administration -> the administration as the plan names it.

    Districts and their unambiguous parts (users type "hässelby" as well as "Hässelby-Vällingby"), and
    the proper names in other employers' names ("Region Värmland" -> "varmland", "Ludvika kommun" ->
    "ludvika"); a word shared by two administrations names neither (two spellings of one are one).
    """
    aliases: dict[str, str] = {}
    owners: dict[str, set[tuple[str, str]]] = {}  # the administrations (not spellings) a word points at
    for name in {p["administration"] for p in catalog if p.get("administration")}:
        canonical = canonical_administration(name)
        if canonical.endswith(" stadsdelsförvaltning"):
            district = fold(canonical.removesuffix(" stadsdelsförvaltning"))
            parts = [district] + ([p for p in district.split("-") if len(p) >= 4] if "-" in district else [])
            # a district named for its island or its part of town is called by its first part: "Söder"
            parts += [m["first"] for m in [_CLIPPED_DISTRICT.match(district)] if m]
        else:
            proper = re.findall(r"(?<![\w-])[A-ZÅÄÖ][\w]{3,}", name)
            parts = [
                w
                for w in (fold(p).removesuffix("s") for p in proper)
                if w not in ORGANISATION_WORDS | {HOME_CITY}
            ]
            # "Kulturförvaltningen i X" is also typed "X:s kulturförvaltning": the indefinite form too
            parts += [w[:-2] for w in parts if len(w) > _INDEFINITE and w.endswith(("en", "et"))]
        parts += [short for short, start in CLIPPED_NAMES.items() if fold(canonical).startswith(start)]
        for part in dict.fromkeys(parts):
            aliases[part] = name
            owners.setdefault(part, set()).add(administration_identity(name))
    # two versions spelling one administration's name differently share their words
    return {alias: name for alias, name in aliases.items() if len(owners[alias]) == 1}


# A one-word district whose name ends in a part of town ("-malm", "-holmen"): its first part alone.
_CLIPPED_DISTRICT = re.compile(r"^(?P<first>[a-z]{5,}?)(?:malm|holmen|holm)s?$")


def _initials(catalog: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Capital initials of hyphenated district names ("HV" for Hässelby-Vällingby), as staff abbreviate
    them; written in capitals only (so "ha" is the verb) and only when they name one plan's district and
    no role ("HR", "EC")."""
    found: dict[str, list[str]] = {}
    for name in {p["administration"] for p in catalog if p.get("administration")}:
        canonical = canonical_administration(name)
        district = canonical.removesuffix(" stadsdelsförvaltning")
        parts = district.split("-")
        if district != canonical and len(parts) >= 2 and all(parts):
            found.setdefault("".join(p[0] for p in parts).upper(), []).append(name)
    return {
        short: names[0]
        for short, names in found.items()
        if len(set(names)) == 1 and short not in RESPONSIBLE_ABBREVIATIONS
    }


@lru_cache(maxsize=16)
def _name_patterns(names: frozenset[str]) -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """(pattern, administration, whether it matches the folded question) for each alias and initials
    of these administrations: made once per set of registered plans, not per question (at 1,000 plans
    that was 26 ms of each question)."""
    catalog = [{"administration": n} for n in names]
    aliases = [
        # not the last part of a compound name ("miljö- och samhällsbyggnadsförvaltningen" is no "Samhälls-
        # byggnadsförvaltningen" of another town)
        (re.compile(rf"(?<![\w-])(?<!-\soch\s)(?<!-\ssamt\s){re.escape(alias)}s?(?![\w])"), name, True)
        for alias, name in _plan_aliases(catalog).items()
    ]
    initials = [
        (re.compile(rf"(?<![\w-]){re.escape(short)}(?::?s)?(?![\w])"), name, False)  # "HV", "HV:s"
        for short, name in _initials(catalog).items()
    ]
    return tuple(aliases + initials)


@lru_cache(maxsize=16)
def _aliases(names: frozenset[str]) -> dict[str, str]:
    """_plan_aliases of these administrations, made once per set of registered plans."""
    return _plan_aliases([{"administration": n} for n in names])


def aliases_of(administrations: Sequence[str], catalog: Sequence[Mapping[str, Any]]) -> set[str]:
    """The folded aliases ("soder", "hasselby") the indexed plans' names give these administrations."""
    wanted = {canonical_administration(a) for a in administrations}
    names = frozenset(str(p["administration"]) for p in catalog if p.get("administration"))
    return {alias for alias, name in _aliases(names).items() if canonical_administration(name) in wanted}


# An administration named by its kind only ("socialförvaltningen", "miljönämnden", "trafikkontoret").
_KIND = re.compile(r"(?:f[öo]rvaltning|n[äa]mnd|kontor)(?:en|et)?s?$", re.IGNORECASE)  # also folded
# The place an administration's kind is said to be in: "socialförvaltningen i Härnösand", "… på Gotland".
_IN_PLACE = re.compile(r"[\w-]+\s+(?:i|på|inom|hos)\s+(?P<place>[\w-]+)")


def _of_another_place(question: str, offset: int, plan_name: str, names: frozenset[str]) -> bool:
    """Whether an administration named by its kind ("socialförvaltningen", matching another town's plan of
    that kind) is set in a place that names another plan's employer (then it is a unit of that one), or,
    capitalised, a place its own plan's name does not ("kulturförvaltningen i Göteborg" is no plan of
    Stockholm's): the question is about another organisation."""
    match = _IN_PLACE.match(question, offset)
    if not match or not _KIND.search(match.group().split()[0]) or _KIND.search(match.group("place")):
        return False  # a district or employer named by its own name, or a place that is an administration
    if areas_in(match.group("place")):
        return False  # "… inom Attrahera": a UBARA area, no place
    place = fold(match.group("place"))
    owner = _aliases(names).get(place) or _aliases(names).get(place.removesuffix("s"))
    if owner is not None:
        return owner != plan_name
    own_place = _OWN_PLACE.search(plan_name)
    written = [w for w in re.findall(r"\w+", fold(plan_name)) if len(w) >= 3]
    capitalised = match.group("place")[:1].isupper()
    return bool(own_place) and capitalised and not any(w.startswith(place.removesuffix("s")) for w in written)


# An administration's name that says where it is: "… i Stockholms stad", "…, Hallsbergs kommun", "Region X".
_OWN_PLACE = re.compile(r"(?:\bi\s+|,\s*|\bRegion\s+)[A-ZÅÄÖ]")


def unit_of(
    question: str, surface: str, administrations: list[str], catalog: Sequence[dict[str, Any]]
) -> bool:
    """Whether an administration no plan is of is set in the place of one that is named ("… i Härnösand")."""
    folded = fold(question)
    offset = folded.find(fold(surface))
    match = _IN_PLACE.match(folded, offset) if offset >= 0 else None
    if not match:
        return False
    aliases = _aliases(frozenset(p["administration"] for p in catalog if p.get("administration")))
    place = match.group("place")
    return (aliases.get(place) or aliases.get(place.removesuffix("s"))) in administrations


# The whole organisation asked for: "hur många anställda har Hallsbergs kommun totalt?", "i hela regionen".
_WHOLE = re.compile(r"\b(?:totalt|sammanlagt|hela|som\s+helhet|i\s+sin\s+helhet)\b", re.IGNORECASE)


def _whole_of(question: str, employer: str, administration: str) -> bool:
    """Whether a question asks about a whole employer ("Hallsbergs kommun totalt") whose plan here is of
    one of its units only ("Sektor vård och omsorg i Hallsbergs kommun")."""
    unit = re.sub(r"\s*(?:,|\bi\b).*$", "", administration).strip()
    return (
        bool(_WHOLE.search(question))
        and bool(unit)
        and fold(unit) != fold(administration)
        and (fold(unit) not in fold(question))
    )


def match_administrations(
    question: str, catalog: Sequence[dict[str, Any]]
) -> tuple[list[str], list[str], list[str]]:
    """(known plan administrations named, unknown administrations as written, those of the unknown that
    are units of a known one: "socialförvaltningen i Härnösand"), each in order of mention."""
    # A key two employers share ("social": Socialnämnden, Socialförvaltningen i X kommun) names, without a
    # place, the administration of no other employer than Stockholm's city; with one, that place's.
    by_key: dict[str, list[str]] = {}
    for name in sorted(
        unique(p["administration"] for p in catalog if p.get("administration")),
        key=lambda n: administration_identity(n)[1] != "",  # stable: catalog order within each
    ):
        by_key.setdefault(administration_key(name), []).append(name)
    known: list[tuple[int, str]] = []
    question = expand_ellipses(
        question, [n for same in by_key.values() for n in same]
    )  # "miljö- och idrottsförvaltningen": both, in full
    folded = fold(question)
    names = frozenset(p["administration"] for p in catalog if p.get("administration"))
    unknown: list[tuple[int, str]] = []
    for pattern, name, on_folded in _name_patterns(names):
        for m in pattern.finditer(folded if on_folded else question):
            if _of_another_place(question, m.start(), name, names):
                unknown.append((m.start(), mention_surface(question, m.start())))
            else:
                known.append((m.start(), name))
    mentions = [(d, o, mention_surface(question, o)) for d, o in administration_mentions(question)]
    mentions += [(d, o, d) for d, o in organisation_mentions(question)]
    for display, offset, surface in sorted(mentions, key=lambda m: m[1]):
        candidates = by_key.get(administration_key(display), [])
        here = [n for n in candidates if not _of_another_place(question, offset, n, names)]
        plan_name = candidates[0] if candidates else None
        if here:
            known.append((offset, here[0]))
            continue
        if plan_name:  # "socialförvaltningen i Härnösand": a unit of Härnösand's plan, not Borås's
            unknown.append((offset, surface))
            continue
        # A known plan's name inside the mention ("Region Värmland", or a former district now inside a
        # known one) makes it that plan's, if of its kind ("Region Dalarna" is no plan of a "länsstyrelse").
        inside = [(k, n) for k, n in known if offset - 3 < k <= offset + len(surface)]
        if not inside or not all(
            same_kind(surface, n) and not _whole_of(question, surface, n) for _, n in inside
        ):
            known = [m for m in known if m not in inside]
            unknown.append((offset, surface))
    # a field named bare where administrations are spoken of: "miljö eller idrott?", "sports administration"
    bare = field_mentions(question, names, known + unknown)
    known += [(o, n) for o, n in bare if not any(k == o for k, _ in known)]
    known, fields, others = _fields_in_places(question, known, names)
    # one administration once, however its versions spell it ("X i Stockholms stad", "X, Stockholms stad")
    by_identity = {administration_identity(n): n for _, n in reversed(sorted(known))}
    administrations = unique(by_identity[administration_identity(n)] for _, n in sorted(known))
    named = unique(n for _, n in sorted(unknown + fields + others))
    set_in_place = {surface for _, surface in fields}
    units = [u for u in named if u in set_in_place or unit_of(question, u, administrations, catalog)]
    return administrations, named, units


# A plan's name that leads with its field and says its place after it ("Vård- och omsorgsförvaltningen,
# Sundsvalls kommun", "Kultur- och fritidsförvaltningen i Västerås stad"): its first word names a field.
_FIELD_FIRST = re.compile(r"^(?P<field>\w+).*?(?:\bi\s+|,\s*|\bRegion\s+)[A-ZÅÄÖ]")
# A field as a question names it, from its first word: "vård och omsorg", "kultur- och fritidsförvaltningen".
_FIELD_WORDS = re.compile(r"[\w-]+(?:\s+och\s+[\w-]+)?")
# ... set in a place after it ("… i Härnösand", "… hos X") or before it ("Hallsbergs vård och omsorg").
_PLACE_AFTER = re.compile(r"\s+(?:i|pa|inom|hos|vid)\s+(?P<place>[\w-]+)")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?P<place>[\w-]+?)(?::?s)?\s+$")


def _fields_in_places(
    question: str, known: list[tuple[int, str]], names: frozenset[str]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
    """(known, units, other employers): a plan matched by its field's word ("vård", "kultur-",
    "socialförvaltningen") where the question sets that field in another plan's place ("Hallsberg vård
    och omsorg", "kultur- och fritidsförvaltningen i Härnösand") is no side of its own: the words name
    that place's plan, when its name has the field too, or else a unit of it (of which the place's plan
    has no figure unless it says); a plan's place beside another name is another employer
    (_others_in_places)."""
    folded = fold(question)
    aliases = _aliases(names)
    kept: list[tuple[int, str]] = []
    units: list[tuple[int, str]] = []
    others = _others_in_places(question, known, aliases)
    for offset, name in known:
        if any(start <= offset < start + len(surface) for start, surface in others):
            continue
        field = _FIELD_FIRST.match(name)
        own = fold(field.group("field"))[:4] if field else ""
        words = _FIELD_WORDS.match(folded, offset)
        if not own or not folded.startswith(own, offset) or words is None:
            kept.append((offset, name))  # matched by its place or its own name
            continue
        after = _PLACE_AFTER.match(folded, words.end())
        before = _PLACE_BEFORE.search(folded[:offset])
        places = [m.group("place") for m in (after, before) if m is not None]
        owners = [o for p in places if (o := aliases.get(p) or aliases.get(p.removesuffix("s")))]
        owner = next((o for o in owners if o != name), None)
        if owner is None or name in owners:
            kept.append((offset, name))
        elif own not in fold(owner):  # "vård och omsorg" of "Sektor vård och omsorg i Hallsbergs kommun"
            units.append((offset, question[offset : words.end()]))
    return kept, units, others


# A name after a place, capitalised inside the sentence: "Sundsvall Vatten", "Umeå Energi" (not "Vad …").
_MONTH = re.compile(r"(?:jan|feb|mar|apr|ma[jy]|jun|jul|aug|sep|o[ck]t|nov|dec)", re.IGNORECASE)
_NAME_AFTER = re.compile(r"(?::?s)?\s+(?P<name>[A-ZÅÄÖ][a-zåäö]{3,})\b")


def _others_in_places(
    question: str, known: list[tuple[int, str]], aliases: dict[str, str]
) -> list[tuple[int, str]]:
    """Employers named by a plan's place and a name that is not its plan's ("Sundsvall Vatten" of a plan of
    Sundsvall's care administration; "Sundsvall Energi" beside "Borlänge Energi AB"): another
    organisation, with no plan here."""
    folded = fold(question)
    found: list[tuple[int, str]] = []
    english = is_english(question)  # English capitalises more than names ("Hässelby in October")
    for offset, name in known:
        place = re.match(r"[\w-]+", folded[offset:])
        after = _NAME_AFTER.match(question, offset + len(place.group())) if place else None
        if place and after and aliases.get(place.group().removesuffix("s")) == name:
            word = after.group("name")
            stems = tokenize(word)
            other = stems and fold(word) not in ORGANISATION_WORDS and fold(word)[:4] not in fold(name)
            if other and not metrics_in(word, question=True) and not _MONTH.match(word) and not english:
                found.append((offset, question[offset : after.end()]))
                continue
        first = fold(re.findall(r"\w+", name)[0]) if re.search(r"\w", name) else ""
        word = re.match(r"[\w-]+", folded[offset:])
        before = _PLACE_BEFORE.search(folded[:offset])
        if word is None or before is None or word.group().startswith(first[:4]) or _FIELD_FIRST.match(name):
            continue  # the plan's own first word, or a field (_fields_in_places)
        owner = aliases.get(before.group("place")) or aliases.get(before.group("place").removesuffix("s"))
        if owner is not None and owner != name:
            found.append((before.start(), question[before.start() : offset + word.end()]))
    return found
