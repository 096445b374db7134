"""Where a records answer meets the plan's text: the numbers a sentence states (as plans write them),
the question's words the figures shown leave unexplained, and the text's sentences to show under it.

In: the Route, the question's stems, the key figures shown and scored passages. Out: sets of numbers
and stems, and the passages to add.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.figure_groups import group_unnamed, splits_unstated
from kfp_assistant.ask.forecasts import misses_the_forecast
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.english import in_swedish_terms, is_english_function_word
from kfp_assistant.sv.metrics import metric_phrases, metrics_in, names_a_measure
from kfp_assistant.sv.numbers import asks_for_age, misses_per_unit, states_age
from kfp_assistant.sv.occupations import occupations_in
from kfp_assistant.sv.periods import find_periods, years_before_named
from kfp_assistant.sv.responsible import asked_role, asks_for_person, names_person
from kfp_assistant.sv.table_terms import age_bands
from kfp_assistant.sv.targets import asks_for_target
from kfp_assistant.sv.words import STOPWORDS, general_stems, question_stems, terms_found, tokenize

# A number as plans write it: digit groups split by a (no-break, thin) space; decimal comma or point.
NUMBER = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?")


def number_value(written: str) -> float | None:
    """The value of a number as a plan writes it ("1 561", "4,5"), or None if it is not one."""
    try:
        return float(re.sub(r"\s", "", written).replace(",", "."))
    except ValueError:
        return None


# Words of being, doing, time, versions ("gamla") and judgement ("värst"): a figure answer shows the value
# of its year and the earlier plans'; "hur många rekryteringar gjorde de" asks for the count of recruitments.
_TIME_WORDS = set(
    tokenize(
        "fanns finns fått blev blivit ligger låg legat uppgick uppgår landade nu idag just senaste senast"
        " gjorde gjort genomfört genomfördes hade haft värst sämst sämre bäst bättre"
        " aktuell aktuella aktuellt nuvarande i år förra föregående tidigare förut gammal gamla nya nyare ny"
        " ökat ökade ökning minskat minskade minskning ändrats ändrat utveckling procent andel hög högt"
        " stor stort låg lågt totalt total sammanlagt ungefär cirka räknar tror väntas beräknas"
        " fler färre flest färst högre lägre större mindre"  # how it compares: "fler eller färre än 2024?"
    )
)


def _part(word: str, compound: str) -> bool:
    return compound.startswith(word) if len(word) >= 5 else compound == word


def unexplained(route: Route, question_tokens: set[str], figures: list[KeyFigure]) -> set[str]:
    """The question's content stems that neither name the metric nor occur with the figures shown (in
    their quotes or groups). One that no plan writes at all means the question is about something else
    ("hur stor är löneskillnaden mellan kvinnor och män") and only names the metric's group."""
    if route.english:
        return set()  # the English words left after the glossary explain nothing either way
    # Every metric the question names counts, also one that only names the group of another
    # ("rekryteringar, både tillsvidare och visstid": the recruitments of both groups).
    asked = list(dict.fromkeys([*route.metrics, *metrics_in(route.question, question=True)]))
    named = set(tokenize(" ".join(metric_phrases(asked))))
    shown = " ".join(f"{f.quote} {f.scope or ''}" for f in figures)
    left = question_tokens - named - general_stems() - _TIME_WORDS - question_stems()
    # A compound of a metric's word ("visstidsanställda" of "visstid*") names the metric too.
    left = {t for t in left if len(t) >= 4 and not t.isdigit() and not any(_part(n, t) for n in named)}
    return {t for t in left if not terms_found({t}, shown)}


def misses_the_question(
    route: Route, tokens: set[str], figures: list[KeyFigure], text: str, vocabulary: AbstractSet[str]
) -> bool:
    """Whether a records answer misses what is asked: figures asked of a word no plan writes, of a group
    of staff they do not count, of the target set, of an age (a count of retirements is no pension age),
    of the years ahead; any records for a person's name they do not state (an activity's party is a role)."""
    if asks_for_person(route.question):
        return not names_person(text, " ".join(route.administrations), asked_role(route.question))
    if asks_for_age(route.question) and not any(f.unit == "years" for f in figures):
        return not states_age(text)  # "vilken pensionsålder gäller?" is no count of retirements
    if (per_unit := misses_per_unit(route.question, text)) is not None:  # "per månad", "per anställd"
        return per_unit
    if misses_the_forecast(route, figures, text):  # "hur många väntas gå i pension?": not the years past
        return True
    if not figures:  # a table's cells: of the group asked for, if a figure is asked of one
        return bool(route.metrics) and group_unnamed(route, text)
    left = unexplained(route, tokens, figures)
    return bool(
        left - vocabulary
        or any(names_a_measure(t) for t in left)
        or counts_a_subgroup(route, tokens, figures)
        or asks_for_target(route.question)
        or asks_for_need(route.question)
    )


# A need of recruitment ahead ("hur många behöver de nyrekrytera?", "hur stort är rekryteringsbehovet?"):
# the recruitments done, which key figures count, do not answer it.
_NEED = re.compile(
    r"\bbehöv(?:er|s)\s+(?:\w+\s+){0,3}?(?:ny)?(?:rekrytera|rekryteras|anställa|anställas)\b"
    r"|\b(?:ny)?rekryteringsbehov\w*|\bbehov\w*\s+av\s+(?:ny)?(?:rekryteringar|anställningar)\b",
    re.IGNORECASE,
)


def asks_for_need(question: str) -> bool:
    """Whether a figure question (or a sentence) is about the recruitment needed ahead, not made."""
    return bool(_NEED.search(question))


_SUBGROUP_MIN = 6  # shorter stems are too often everyday words to name a group of staff
_ORGANISATION = re.compile(
    r"(?:förvaltning|nämnd|region|kommun|sektor|avdelning|enhet|organisation|arbetsgivar|myndighet|bolag)\w*$"
)


def counts_a_subgroup(route: Route, question_tokens: set[str], figures: list[KeyFigure]) -> bool:
    """Whether a question answered by the number of staff counts something else: some of the staff ("hur
    många medarbetare har gått chefsutbildningen?" names a group the figure shown does not
    state) or another thing ("hur många poäng ska personalen nå?")."""
    if route.metrics != ["employees_total"] or splits_unstated(route, figures):
        return counts_unnamed_group(route, figures) or splits_unstated(route, figures)
    counted = counted_words(route.question)  # staff are counted by a metric's word or by an occupation
    if counted and not [w for ws in counted for w in ws if metrics_in(w, question=True) or occupations_in(w)]:
        return True  # "hur många poäng ska personalen nå": it counts something else than staff
    question = in_swedish_terms(route.question) if route.english else route.question
    if age_bands(question) and not any(f.scope and age_bands(f.scope) for f in figures):
        return True  # "hur många är under 30?": the headcount of all staff does not say
    if route.english:
        return False
    left = unexplained(route, question_tokens, figures)
    # "kultur och fritid" names the Kultur- och fritidsförvaltningen by the parts of its name: no group.
    names = {w for a in route.administrations for w in tokenize(a.replace("-", " "))}
    left = {t for t in left if not any(n.startswith(t) for n in names)}
    return any(len(t) >= _SUBGROUP_MIN and not _ORGANISATION.search(t) for t in left)


def counts_unnamed_group(route: Route, figures: list[KeyFigure]) -> bool:
    """Whether a count asks about an occupation the figures shown do not name: "hur många läkare gick
    i pension?" is not answered by every employee's retirements."""
    if route.english or not figures:
        return False
    groups = [_group(a) for a in counted_words(route.question)]
    shown = " ".join(f"{f.quote} {f.scope or ''}" for f in figures)
    return any(groups) and not any(terms_found(set(tokenize(" ".join(g))), shown) for g in groups if g)


def _group(words: list[str]) -> list[str]:
    """The words of what is counted that name an occupation ("läkare" of "läkare rekryterades",
    "chefer"); none for staff in general ("nya medarbetare") or what a word of the metric counts."""
    if set(tokenize(" ".join(words))) & _STAFF_STEMS:
        return []
    return [w for w in words if occupations_in(w) or tokenize(w) == ["chef"]]


# What a list of records holds: "hur många aktiviteter/behov/bristyrken …" counts the list's rows.
_RECORD_NOUNS = tuple(
    tokenize("aktivitet insats åtgärd behov gap brist yrke yrkesgrupp befattning område utmaning kompetens")
)


def counts_other_than_records(question: str) -> bool:
    """Whether a "hur många …" question counts something else than rows of a list of activities or needs
    ("hur många sjuksköterskor saknas?" asks a number of people, which the list of needs does not give)."""
    counted = counted_words(question)
    return bool(counted) and not any(
        any(s.startswith(r) or s.endswith(r) for s in tokenize(" ".join(a)) for r in _RECORD_NOUNS)
        for a in counted
    )


# What a number may count and still answer "hur många X": X itself, staff or posts in general, a unit.
_COUNTS_ANY = set(
    tokenize(
        "personer medarbetare anställda st stycken procent procentenheter år dagar timmar veckor månader "
        "gånger kr kronor tkr tjänster årsarbetare platser"
    )
)
_NUMBER_AND_NOUN = re.compile(r"(?<![\w,.])\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?\s*(?:st\.?\s+)?(%|[\wåäö-]+)?")


def counts_another_group(counted: list[list[str]], text: str) -> bool:
    """Whether every number of a sentence counts something named right after it that is not the
    occupation counted ("214 timavlönade som … pedagoger" does not say how many pedagoger there are)."""
    counted = [g for a in counted if (g := _group(a))]
    if not counted:
        return False  # what is counted is no occupation: the words after a number may name it otherwise
    heads: list[str] = []
    for match in _NUMBER_AND_NOUN.finditer(text):
        word = (match.group(1) or "").lower()
        if not word or word == "%" or word in STOPWORDS or word.isdigit():
            return False  # a number standing alone, or read on ("40 till 55"): it may count anything
        heads.append(word)
    wanted = set(tokenize(" ".join(w for a in counted for w in a)))

    def other(word: str) -> bool:
        stems = set(tokenize(word))
        return not stems & (_COUNTS_ANY | wanted) and not any(
            s.endswith(c) for s in stems for c in _COUNTS_ANY | wanted if len(c) >= 4
        )

    return bool(heads) and all(other(w) for w in heads)


# "Hur många praktikanter ...": what a counting question counts is the noun phrase after "hur många"
# (after "av dem/dessa"): alternatives joined by "och"/"eller", each a noun or an adjective and its noun.
# ("hur många fler anställda …": what is counted comes after the comparative)
_COUNTED = re.compile(
    r"\bhur\s+m(?:å|a)nga\s+(?:av\s+(?:dem|dessa)\s+)?(?:fler\s+|färre\s+)?(?P<phrase>[^?.,;:]*)",
    re.IGNORECASE,
)
# (monthly-paid staff is the usual headcount, all staff but the hourly-paid: staff in general)
_STAFF_STEMS = set(
    tokenize("personer anställda medarbetare månadsanställda månadsavlönade stycken procent gånger år dagar")
    + tokenize("timmar")
)
_UNITS = frozenset(("timmar", "dagar", "veckor", "månader", "kronor", "gånger"))  # "timmar övertid": övertid
_ATTRIBUTE = re.compile(r"(?:a|e)$")  # "personliga assistenter", "tidsbegränsade anställningar"
# Prepositions the stopword list lacks: "hur många hos X som …" counts people of X, not "hos".
# ... and verbs that say how, not what ("hur många behöver de nyrekrytera?" counts whom they recruit)
_PREPOSITIONS = frozenset(
    ("hos", "bland", "per", "enligt", "genom", "kring", "före", "behöver", "måste", "bör")
)


def counted_words(question: str) -> list[list[str]]:
    """What a "hur många ..." question counts, as alternatives of words as written ("tillbud och
    incidenter": two; "personliga assistenter": one of two words, both needed); [] for staff in
    general, a question word or no count."""
    match = _COUNTED.search(question)
    if not match:
        return []
    skipped = question_stems() | general_stems() | _STAFF_STEMS
    alternatives: list[list[str]] = []
    for piece in re.split(r"\s+(?:och|eller)\s+(?!(?:äldre|yngre|uppåt)\b)", match["phrase"], flags=re.I):
        words = re.findall(r"[\wåäöÅÄÖ-]+", piece)[:3]
        words = (
            words[1:]
            if len(words) > 1 and words[0].lower() in _UNITS and not _is_function(words[1])
            else words[:2]
        )
        if not words or words[0].lower() in STOPWORDS | _PREPOSITIONS or not tokenize(words[0]):
            break
        # a name after the counted word is whose they are ("socialsekreterare Borås" of an English
        # question read in Swedish terms), not part of what is counted
        if len(words) == 2 and (
            not _ATTRIBUTE.search(words[0]) or _is_function(words[1]) or words[1][0].isupper()
        ):
            words = words[:1]
        stems = [t for w in words for t in tokenize(w)]
        if len(stems) == 1 and (stems[0] in skipped or stems[0].isdigit() or len(stems[0]) < 3):
            break
        alternatives.append(words)
        if len(alternatives) == 2:
            break
    return alternatives


def _is_function(word: str) -> bool:
    """A stopword or a question word: not part of a noun phrase."""
    return (
        word.lower() in STOPWORDS
        or not tokenize(word)
        or tokenize(word)[0] in question_stems()
        or is_english_function_word(word)  # "anställda at the …" of an English question in Swedish terms
        or (len(word) > 5 and word.endswith("as"))  # a passive verb: "medarbetare väntas", "… beräknas"
    )


def stated_numbers(text: str) -> set[float]:
    """Numbers a sentence states, grouped ("1 561") or not, decimal comma or point."""
    values = (number_value(m.group()) for m in NUMBER.finditer(text))
    return {v for v in values if v is not None}


# A sentence breaking down the one before: "Av dessa är 22 behandlingsassistenter ...", "Därav ...".
_CONTINUES = re.compile(r"^(?:av|bland|utav)\s+(?:dessa|dem|de\s+\d+|dessa\s+\d+)\b|^(?:därav|varav)\b", re.I)


def continues(sentence: str) -> bool:
    """Whether a sentence breaks down the one before it ("Av dessa ...", "Därav ..."): it belongs with it."""
    return bool(_CONTINUES.match(sentence.strip()))


# A question about a change ("med hur mycket ökade ...", "hur stor var minskningen") and a sentence
# stating one ("Det är en ökning med 2,4 % sedan föregående år").
_ASKS_CHANGE = re.compile(r"\b(?:ök|minsk|förändr)\w*|\bgått\s+(?:upp|ner|ned)\b", re.IGNORECASE)
_STATES_CHANGE = re.compile(
    r"\b(?:ökning|minskning|ökat|minskat|ökade|minskade)\w*\s+(?:med|till|från)\b", re.IGNORECASE
)


def breakdowns(
    passages: list[Passage], figures: list[KeyFigure], shown_text: str, question: str = ""
) -> list[Passage]:
    """Passages whose sentence states a shown figure and whose next sentence breaks it down ("423
    rekryteringar. Av dessa har ca 54 % rekryterats från förvaltningen ..."): the breakdown answers
    "varifrån", "vilka yrken", which the figure alone does not. For a question about a change, also a
    next sentence stating the change ("Det är en ökning med 2,4 % sedan föregående år")."""
    change = bool(_ASKS_CHANGE.search(question))

    def wanted(follow: str) -> bool:
        return continues(follow) or (change and bool(_STATES_CHANGE.search(follow)))

    out: list[Passage] = []
    for figure in figures:
        for p in passages:
            same_plan = p.chunk.doc_id == figure.doc_id
            if same_plan and figure.quote in p.text and wanted(p.follow) and p.follow not in shown_text:
                if all(o.follow != p.follow for o in out):
                    out.append(p)
                break
    return out


# A year in parentheses is an aside ("Sjukfrånvaro: 5,2 procent (2024: 5,9 procent)"), not the year the
# next sentence goes on about; a line "Etikett: värde" stands alone, as in a list of key figures.
_ASIDE = re.compile(r"\([^()]*\)")
_LABELLED = re.compile(r"^[^\d:.]{2,60}:\s*\S")


def about_year(passage: Passage, years: list[str]) -> bool:
    """Whether a sentence is about one of the years: it names one, or it names no year, is no labelled
    line of its own, and the sentence before it names one outside parentheses ("… under 2024. I 52
    av dem gällde det hot."), the latest of several."""
    if any(y in passage.text for y in years) or set(years) & years_before_named(passage.text):
        return True
    # of a change told before ("sjönk från 13,5 procent 2023 till 11,8 procent 2024."), the latest year
    stated = re.findall(r"\b(?:19|20)\d{2}\b", _ASIDE.sub(" ", passage.before))
    return (
        not find_periods(passage.text)
        and not _LABELLED.match(passage.text)
        and bool(stated)
        and max(stated) in years
    )
