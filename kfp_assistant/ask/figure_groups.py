"""The group of staff a figure is asked for, and whether a figure or sentence shown names it.

"Hur hög är sjukfrånvaron bland kvinnorna?", "vilken sjukfrånvaro har socialsekreterarna?", "vad är
lärarnas personalomsättning?": each asks a metric of a group (women or men, managers, an occupation),
which the whole administration's figure does not answer. In: the Route and the text shown. Out: whether
the text leaves the asked group unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.metrics import metrics_in
from kfp_assistant.sv.numbers import states_number
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.table_terms import age_bands, without_age_bands
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import term_in, terms_found, tokenize

# A group a figure is asked for: "bland kvinnor", "för cheferna", "hos män", "among managers".
_AMONG = re.compile(
    r"\b(?:bland|hos|för|inom|mellan|among)\s+(?:de\s+|dem\s+som\s+är\s+)?(?P<group>[\w-]+)", re.IGNORECASE
)
# An operation of an organisation a figure is asked of ("inom barn och familj", "biblioteken"; compounds
# on a unit's word, "vuxenenheten", are units): the whole organisation's figure does not give it. Words of
# operations, not of people ("bland unga" is an age group).
_OPERATIONS = frozenset(
    tokenize(
        "barn familj familjer vuxen individ försörjning funktionsnedsättning lss ifo missbruk beroende kök"
        " måltid lokalvård städ stab staben bibliotek biblioteken fritidsgård fritidsgårdar museum museer"
        " förskola förskolan skola skolan grundskola grundskolan gymnasium gymnasiet"
    )
)
# A unit named by what it is for: "avdelningen för socialt stöd", "enheten för rekrytering".
_UNIT_FOR = re.compile(
    r"\b(?:avdelning|enhet|sektion|stab)(?:en|et)?\s+för\s+(?P<unit>[\w-]{3,}"
    r"(?:\s+(?!(?:i|på|har|hade|och|inom|under|hos|som|är|var|med|till|kan|ska|skulle|kommer|blir|blev"
    r"|får|fick|jobbar|arbetar|finns|fanns|går|gick|gå|slutade|slutar|rekryterade|anställde)\b)[\w-]{3,}){0,2})",
    re.IGNORECASE,
)
# A unit named by its own name where people work: "på Stadsmuseet", "vid Kulturskolan" (not an area).
_NAMED_UNIT = re.compile(r"\b(?:på|vid|hos|inom)\s+(?P<unit>[A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖa-zåäö]+)?)\b")
_AREA_NAMES = frozenset(tokenize("attrahera rekrytera introducera utveckla behålla avsluta"))
_SEXES = frozenset(
    tokenize("kvinnor kvinnorna kvinnornas män männen männens mäns kvinnliga manliga women men")
)
_SEX_METRICS = frozenset(("women_share", "men_share", "women_count", "men_count"))
# Headcounts that a count of women or men is ("hur många män var anställda?" is the number of men)
_HEADCOUNTS = frozenset(("employees_total", "employees_permanent", "employees_temporary"))
_FORMS = frozenset(("employees_permanent", "employees_temporary", "hourly_staff"))  # forms of employment
_MANAGERS = frozenset(tokenize("chef chefer cheferna chefernas"))
_WORD = re.compile(r"[\w-]+")  # "HR-chefen" is no group of managers


def of_sex_group(question: str, metrics: list[str], before: list[str]) -> bool:
    """Whether a question naming only women or men, or a form of employment, as its metric asks a figure
    asked before of them ("och bland männen?" after the turnover is the men's turnover, not how many men
    there are; "och bland visstidarna?" after the departures, the fixed-term staff's departures)."""
    groups = bool(metrics) and set(metrics) <= _SEX_METRICS | _FORMS
    # of a headcount, women and men are its split ("hur fördelar det sig mellan kvinnor och män?")
    rate = bool(set(before) - _SEX_METRICS - _HEADCOUNTS - _FORMS) and not set(before) & set(metrics)
    return groups and rate and bool(_AMONG.search(question))


def splits_unstated(route: Route, figures: list[KeyFigure]) -> bool:
    """Whether a figure is asked for a group (women or men, managers, an occupation) that no figure shown
    names: "är sjukfrånvaron högre bland kvinnor än män?" is not answered by the total, nor "hur ser
    könsfördelningen ut bland cheferna?" by all staff's."""
    if not figures:
        return False
    return group_unnamed(route, " ".join(f"{f.quote} {f.scope or ''}" for f in figures))


def group_unnamed(route: Route, text: str) -> bool:
    """Whether the question asks its figure for a group (splits_unstated) that the text does not name."""
    if route.metrics and age_bands(route.question) and not age_bands(text):
        return True  # "sjukfrånvaron i åldersgruppen 20-29" is not the whole staff's
    # folded both sides: a question typed without å, ä, ö ("bistandshandläggare") names the plan's word
    shown = {fold(w) for w in tokenize(_ENUMERATION.sub(" ", text))}
    return any(not any(term_in(fold(s), shown) for s in _stems(word)) for word in asked_groups(route))


# A list of three or more operations or groups, words only ("i verksamheterna förskola, social omsorg,
# äldreomsorg och administration"): a figure beside it is of them all, and names none of them as its own.
_ITEM = r"[^\W\d_]+(?:\s+[^\W\d_]+)?"
_ENUMERATION = re.compile(rf"\b{_ITEM}(?:,\s*{_ITEM}){{2,}},?\s+(?:och|samt|eller)\s+{_ITEM}\b")


# Every form of women or men is named by any other ("männen" by "män", "kvinnorna" by "kvinnliga").
_WOMEN, _MEN = frozenset(tokenize("kvinnor kvinnliga women")), frozenset(tokenize("män männen manliga"))


def _stems(word: str) -> set[str]:
    stems = set(tokenize(word))
    return stems | (_WOMEN if stems & _WOMEN else set()) | (_MEN if stems & _MEN else set())


def names_asked_group(route: Route, passage: Passage) -> bool:
    """Whether a sentence (with the one before) names every group the question asks its figure for; of an
    age band ("hur många är över 60?"), also a number beside the band's own ("60 år eller äldre"); for
    a headcount of all ages, none counting an age band."""
    if age_bands(route.question) and not states_number(without_age_bands(passage.text)):
        return False
    if set(route.metrics) & _HEADCOUNTS and not age_bands(route.question) and age_bands(passage.text):
        # "hur många anställda har de?" is not how many are over 65, unless the group is counted too
        counted = (re.escape(g) for g in asked_groups(route))  # "har 14 lantmätare, varav fyra är 60 år …"
        if not any(re.search(rf"\b\d+\s+{g}\b", passage.text, re.IGNORECASE) for g in counted):
            return False
    # the sentence before names the group for this one only if it is about the metric asked too
    before = set(metrics_in(passage.before, question=True)) & set(route.metrics)
    return not group_unnamed(route, f"{passage.before} {passage.text}" if before else passage.text)


def asked_groups(route: Route) -> list[str]:
    """The words naming a group the question asks its figure for, each once (see _groups)."""
    return list(dict.fromkeys(_groups(route)))


def _groups(route: Route) -> Iterator[str]:
    """The words naming a group the question asks its figure for: after "bland/hos/för/inom", and, when
    a metric is asked, an occupation, managers, a sex or a unit of the organisation named anywhere else
    ("vilken sjukfrånvaro har socialsekreterarna?"), except in the plan's administration's name or the
    metric's own words."""
    for match in _AMONG.finditer(route.question):
        word = match.group("group")
        if _is_group(route, word) and not _names_own_administration(route, word, ""):
            yield word
    if not route.metrics:
        return  # a count of an occupation ("hur många lärare") is what is counted, not a group
    for match in _UNIT_FOR.finditer(route.question):  # "Avdelningen för socialt stöd": its own words
        yield from (w for w in match.group("unit").split() if tokenize(w))
    # a unit of the named plan's organisation ("utbildningsförvaltningen i Härnösand") is a group asked of
    units = [
        u
        for u in route.unknown_administrations
        if u in route.units and not _names_own_administration(route, u, "")
    ]
    others = [u for u in route.unknown_administrations if u not in route.units]
    names = set(tokenize(" ".join(route.administrations + others)))
    for unit in units:
        yield from (w for w in re.findall(r"[\w]+", unit) if tokenize(w) and not set(tokenize(w)) <= names)
    for match in _NAMED_UNIT.finditer(route.question):  # "jobbar på Stadsmuseet": a unit by its own name
        stems = set(tokenize(match.group("unit")))
        own = any(
            fold(w).startswith(fold(match.group("unit"))[:6])
            for w in _WORD.findall(" ".join(route.administrations))
        )
        if stems and not stems & (names | _AREA_NAMES) and not own:  # "på Socialtjänsten" of Socialnämnden
            yield match.group("unit")
    words = _WORD.findall(route.question)
    for i, word in enumerate(words):
        stems = set(tokenize(word))
        # a word of a metric is no group, but women or men are ("sjukfrånvaron mellan kvinnor och män")
        metric = bool(metrics_in(word, question=True)) and not stems & _SEXES
        named_by_work = _names_own_administration(route, word, words[i + 1] if i + 1 < len(words) else "")
        if stems and not stems & names and not metric and not named_by_work and _is_group(route, word):
            yield word


# An administration named by its line of work: "äldreomsorgsförvaltningen", "the elderly care
# administration" (put in Swedish terms as "äldreomsorg administration").
_ADMINISTRATION_WORD = re.compile(r"(?:förvaltning|administration)(?:en|ar|arna)?$", re.IGNORECASE)


def _names_own_administration(route: Route, word: str, following: str) -> bool:
    """Whether a word names an asked plan's administration by what it does, not a unit of it: of a plan
    that is itself an administration with that work in its name ("Vård- och omsorgsförvaltningen" of a
    place), "Norrby's elderly care administration", "äldreomsorgsförvaltningen i Norrby" or
    "äldreomsorgen i Norrby" is that administration (a care sector's too). Of a municipality's or a
    region's plan, an administration named is a unit of it ("utbildningsförvaltningen i Norrby kommun");
    of another line of work, another administration."""
    if _OPERATION_WORD.search(word):  # "äldreomsorgen i Norrby" of "Vård- och omsorgsförvaltningen"
        work = fold(re.sub(r"(?:en|et|n)$", "", word))
        kind = r"förvaltning|sektor"
    elif _ADMINISTRATION_WORD.search(word) or _ADMINISTRATION_WORD.fullmatch(following):
        work = fold(_ADMINISTRATION_WORD.sub("", word)).rstrip("s-")
        kind = r"förvaltning"
    else:
        return False
    return any(re.search(kind, a, re.IGNORECASE) and _shares_work(work, a) for a in route.administrations)


# An operation named by its work: "äldreomsorgen", "sjukvården", "hemtjänsten" (not a department).
_OPERATION_WORD = re.compile(r"\w{3,}(?:omsorg|vård|tjänst)(?:en|et|n)?$", re.IGNORECASE)


def _shares_work(work: str, administration: str) -> bool:
    """Whether a line of work ("äldreomsorg") is a part of the administration's name ("Vård- och
    omsorgsförvaltningen"): "socialförvaltningen" of a city whose plan is the sports administration's is
    another administration."""
    parts = [fold(_ADMINISTRATION_WORD.sub("", w)).rstrip("s") for w in re.findall(r"\w+", administration)]
    return any(len(p) >= 5 and len(work) >= 5 and (p in work or work in p) for p in parts)


def _is_group(route: Route, word: str) -> bool:
    stems = set(tokenize(word))
    # women or men are a group of another metric asked ("sjukfrånvaron bland kvinnor"), not of their own
    sexes = bool(stems & _SEXES) and bool(set(route.metrics) - _SEX_METRICS - _HEADCOUNTS)
    operation = bool(stems & _OPERATIONS) and bool(route.metrics)  # of a figure only
    return (
        sexes or _occupation(word) or (bool(stems) and stems <= _MANAGERS) or operation or _unit(route, word)
    )


# A unit of an organisation or of its operations: "utbildningsförvaltningen", "HR-avdelningen", "IT-enheten",
# "äldreomsorgen", "hemtjänsten", "förskolan" (not "förvaltningen" alone, nor the district administration).
_UNIT = re.compile(
    r"(?!stadsdels)(?P<own>[\w-]{3,}?)(?:förvaltning|avdelning|enhet|nämnd|kontor|sektor|omsorg|tjänst|vård|skola|boende)(?:en|et|n|t|s)?$",
    re.IGNORECASE,
)


def _unit(route: Route, word: str) -> bool:
    """Whether a word names a unit of an organisation other than the plan's own administration, whose
    figure the whole organisation's does not give ("sjukfrånvaron inom utbildningsförvaltningen" of a
    municipality's plan; "socialförvaltningen" is Socialnämnden's own)."""
    match = _UNIT.match(word)
    if not match:
        return False
    # "vård- och omsorgssektorn" of "Sektor vård och omsorg": the unit's own word is in the plan's name
    own = fold(match.group("own")).rstrip("s-")
    words = re.findall(r"\w+", fold(" ".join(route.administrations)))
    named = any(w.startswith(own) or (len(w) >= 4 and own.startswith(w)) for w in words)
    return not named and administration_key(word) not in {
        administration_key(a) for a in route.administrations
    }


def _occupation(word: str) -> bool:
    """Whether a word names an occupation, also in the definite plural ("kuratorerna", "lärarna") and
    the genitive ("lärarnas")."""
    forms = (word, word[:-1]) if word.lower().endswith("s") else (word,)
    return any(occupations_in(w) for f in forms for w in (f, f[:-2], f"{f[:-2]}e"))


_NAME_PART = 4  # shortest part of an administration's name read as naming it ("social", "kultur")


def without_admin_names(words: set[str], administrations: list[str]) -> set[str]:
    """The question's stems less those of the administrations it names, also a part of their names
    ("äldre" of "Äldreförvaltningen"): the administration's own name names none of its groups, so
    "sjukfrånvaron på äldreförvaltningen" is not asked of a unit "Äldre direkt"."""
    names = {w for a in administrations for w in tokenize(a.replace("-", " "))}
    return {w for w in words - names if not any(len(w) >= _NAME_PART and n.startswith(w) for n in names)}


def group_hits(words: set[str], scope: str) -> int:
    """How many of the figure's group words the question's stems name; short group names ("män",
    "kvinnor") match their inflections ("männen") by prefix, which the five-letter compound rule
    leaves out."""
    hits = terms_found(words, scope)
    if hits:
        return hits
    short = [s for s in tokenize(scope) if len(s) < 5]
    return int(any(w.startswith(s) or s.startswith(w) for s in short for w in words if len(w) >= 3))


# What a figure's own words say of whose it is, when its scope does not: the whole ("Total sjukfrånvaro",
# "totalt", "hela förvaltningen") or a part (a span of days, "varav", one sex, one age, a unit's "inom").
_WHOLE_WORDS = re.compile(r"\b(?:total\w*|sammanlagd\w*|sammanlagt|hela\s+förvaltning\w*)\b", re.IGNORECASE)
_PART_WORDS = re.compile(
    r"\bdag(?:ar)?\s+\d|\bvarav\b|\bkvinnor\w*|\bmän\w*|\d+\s*år\s+(?:och|eller)\s+(?:äldre|yngre)|\binom\s+\w",
    re.IGNORECASE,
)


def wholeness(figure: KeyFigure) -> int:
    """How plainly a figure of no scope is the whole administration's, by the words of its quote: 1 when
    they name the whole, -1 when a part (a figure read from a row "Sjukfrånvaro dag 15–59" or a sentence
    on the women's rate), else 0. Breaks ties between an administration's figures of one date."""
    label = figure.quote.split("|", 1)[0] if "|" in figure.quote else figure.quote
    return 1 if _WHOLE_WORDS.search(label) else -1 if _PART_WORDS.search(label) else 0
