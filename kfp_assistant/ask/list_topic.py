"""What a list question is about (its topic), apart from how it asks for the list.

"Vilka yrkesgrupper är svåra att rekrytera i Kronoberg?" asks for the plan's list of needs: "yrkesgrupper",
"svåra", "rekrytera" say which list, not what its items must name. "Vilka aktiviteter har Ludvika
miljö- och samhällsbyggnad?" names the administration, whose own words pick no rows either.

In: the Route and the question's content stems. Out: the stems rows and needs must name.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.admin_names import aliases_of
from kfp_assistant.ask.route import Route
from kfp_assistant.sv.activity_terms import FIELD_RES
from kfp_assistant.sv.areas import area_compound_rests, area_phrases
from kfp_assistant.sv.periods import relative_plan
from kfp_assistant.sv.responsible import expand_responsible, party_stems
from kfp_assistant.sv.status import status_phrase
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.words import (
    MIN_PREFIX,
    SAME_WORD,
    degree_base,
    general_stems,
    join_particle_verbs,
    tokenize,
    word_match,
)
from kfp_assistant.sv.year_parts import year_part_phrase

# How a list question asks for a column or another table of the rows:
# the follow-up of the previous plan's activities ("förra årets aktiviteter", "status")
FOLLOWUP_WORDS = re.compile(
    r"\buppfölj\w*|\btidigare\s+aktivitet\w*|\bföregående\s+plan\w*|\bstatus\b"
    r"|\b(?:förra|fjolårets)\s+(?:årets\s+|planens\s+)?(?:\w+\s+)?aktivitet\w*",
    re.I,
)
# "Vem är ansvarig / ansvarar / har ansvaret för ...": the answer is the Ansvarig cell, cited on its own.
WHO_RESPONSIBLE = re.compile(r"\bvem\s+(?:är\s+|har\s+)?ansvar\w*|\bvilk\w+\s+(?:\w+\s+)?ansvar\w*", re.I)
# "Hur följs de upp?", "hur mäts de?": each row comes with how it is followed up.
HOW_FOLLOWED = re.compile(r"\bfölj\w*\s+(?:\S+\s+){0,4}?upp\b|\butvärder\w*|\bmäts\b|\bindikator\w*", re.I)


_DUE_WORDS = frozenset(tokenize("klar klara klart färdig färdiga färdigt vara bli datum måldatum senast"))


def _stems(words: str) -> frozenset[str]:
    return frozenset(degree_base(t) for t in tokenize(words))


# Words of list questions that name the record kind or an area rather than a topic.
LIST_WORDS = _stems(
    "aktivitet aktiviteter insatser åtgärder kompetensgap kompetensbehov behov gap utmaningar område "
    "utveckla behålla attrahera rekrytera introducera avsluta ansvarig ansvarar ytterligare gemensamma "
    "identifierade identifierat beskriver nämner lyfter största viktigaste planerade hittat hittade"
    " kommit fram till sett pekat ut tagit fram finns"
    # when the rows are due: a column filter, not a topic ("vilka av dem ska vara klara 2025?")
    " klara klart klar färdiga färdig genomföras genomförda genomföra tidplan måldatum senast deadline"
    # what a follow-up asks the list is about: "vilka av dem handlar om / gäller chefer?"
    " handlar gäller rör berör avser"
    # light verbs name no topic: "de som går i pension", "hur tar de hand om"
    " går gå gick gått tar ta tog sker riktar riktas vänder"
    # how many of them is no topic: "vad gör de för att få fler lärare?" asks about teachers
    " fler flera färre mer mindre få"
    # asking for the list itself: "ge mig / visa / räkna upp / berätta om aktiviteterna"
    " ge mig visa lista räkna upp berätta sammanfatta"
    # when, in general: "vad ska de göra framöver?", "hur gör de numera?" (the plan's time, no topic)
    " framöver framåt numera nuförtiden framgent fortsättningsvis kommande"
    # how concretely it is asked: "vad gör de konkret?", "vad gör de egentligen i praktiken?"
    " konkret konkreta konkreter egentligen faktiskt praktiken"
    # function words Snowball's list leaves: a place ("hos X"), a wish or duty ("vill", "bör", "måste"),
    # a degree ("också", "redan"): how it asks, never what a row is about
    " hos vill vilja bör måste också även redan"
)
# Words asking for a plan's list of needs itself, in everyday words: which occupations or competences
# are lacking, hard to find or needed ("vilka yrken är svårast att hitta?", "vad för slags kompetens
# behövs framåt?"). They name the list, not what one need is about.
NEED_WORDS = _stems(
    "yrke yrken yrkesgrupp yrkesgrupper yrkeskategorier roller befattningar tjänster grupper"
    " personalgrupper kompetens kompetenser kompetensen kompetenslucka kompetensluckor lucka luckor"
    " risk risker riskerna kompetensrisk kompetensrisker"
    " bristyrken brist bristen bristande saknas saknar"
    " saknade behövs behöver behövde svår svåra svårt svårast svårrekryterade rekrytera rekrytering hitta"
    " tag få anställa tillsätta bemanna problem utmaning framåt framöver kommande närmaste åren slags sorts"
    " typ typer fler mest prioriterade"
)

# Whom an area is about by its meaning: introduction is of new staff, so "introduktion av nyanställda"
# asks for the whole area, not for the rows that write "nyanställda"; attracting is as an employer.
# Leaving is also by retirement: "de som slutar eller går i pension" asks for the whole of Avsluta.
_AREA_SUBJECT = {
    # ... and receiving them ("hur tar förvaltningen emot nyanställda?": "ta emot" joined as "mottag…")
    "Introducera": _stems("nyanställd nyanställda nyanställde nyrekryterade nyrekryterad mottagande mottaga"),
    # ... and of an employment: "avslut av anställningar" asks for the whole of Avsluta
    "Avsluta": _stems(
        "pension pensionen pensionsavgång pensionsavgångar pensionering anställning anställningen"
        " anställningar anställningarna"
    ),
    "Attrahera": _stems("arbetsgivare arbetsgivaren arbetsgivarvarumärke arbetsgivarvarumärket"),
}
# ... and whom the area is about when nothing else is named: attracting and recruiting are of applicants,
# "locka fler sökande" asks for the whole area, "locka sökande och studenter" for the rows on either.
_AREA_SUBJECT_ALONE = {
    "Attrahera": _stems("sökande kandidater ansökningar"),
    "Rekrytera": _stems("sökande kandidater ansökningar"),
}


def _own_name(route: Route) -> frozenset[str]:
    """Folded stems of the administrations' own names and of the short names staff call them by ("Söder"
    of Södermalm), which the question may name them by."""
    aliases = aliases_of(route.administrations, route.catalog)
    return frozenset(fold(t) for t in tokenize(" ".join([*route.administrations, *aliases])))


def _in_name(stem: str, name: frozenset[str]) -> bool:
    """Whether the stem is a word of the name or begins one ("samhällsbyggnad" of
    "samhällsbyggnadsförvaltningen"): the question names the administration, not a topic."""
    folded = fold(stem)
    return folded in name or (len(folded) >= MIN_PREFIX and any(w.startswith(folded) for w in name))


def _party_words(route: Route) -> set[str]:
    """Stems of the question's words naming the responsible party it filters by ("HR-avdelningen"):
    the filter picks the rows, the words pick no topic."""
    if not route.responsible:
        return set()
    party = (fold(route.responsible).lower(), fold(expand_responsible(route.responsible)).lower())
    words = re.findall(r"[\w-]+", route.question)
    named = {t for w in words if fold(w).lower().startswith(party) for t in tokenize(w)}
    return named | set(party_stems(route.responsible))  # "närmaste chef": each word of the party


_KIND_WORDS = NEED_WORDS | LIST_WORDS


def _need_compound(stem: str) -> bool:
    """Whether a stem is a compound of two words asking for the list of needs ("bristområden",
    "behovsgrupper", "kompetensområden"): it names the list, not what one need is about."""
    for cut in range(4, len(stem) - 2):
        head, tail = stem[:cut], stem[cut:]
        tails = (tail, tail[1:]) if tail.startswith("s") else (tail,)
        if any(word_match(head, k) >= SAME_WORD for k in _KIND_WORDS) and any(
            word_match(t, k) >= SAME_WORD for t in tails for k in _KIND_WORDS if len(t) >= 3
        ):
            return True
    return False


def area_compound_topic(route: Route) -> set[str]:
    """Stems of what the question's area compounds name within the area ("samtal" of
    "avslutningssamtal", "ledar" of "ledarutveckling"), without the words asking for a list
    ("rekryteringsaktiviteter" asks for the whole area)."""
    # A head is a word ("samtal"); a modifier is a compound's first part, which a stemmer would cut
    # further ("ledar" is no form of "leda"): rows name it as the start of their words.
    rests = {
        s for rest, head in area_compound_rests(route.question) for s in (tokenize(rest) if head else [rest])
    }
    return rests - LIST_WORDS - general_stems() - NEED_WORDS


# Where the answer is to come from, named as the plan or its part: "enligt aktivitetsplanen", "i
# handlingsplanen?", "utifrån deras kompetensförsörjningsplan". The document is the source, no topic its
# rows must name (rows that mention some other "handlingsplan" are not what is asked).
_SOURCE = re.compile(
    r"\b(?:enligt|utifrån|i|in)\s+(?:den\s+|deras\s+|sin\s+|dess\s+|the\s+)?(?P<doc>\w*plan(?:en|erna)?|dokumentet)"
    r"\s*(?=[?.!,]|$)",
    re.IGNORECASE,
)


# When, not what: "inför 2026", "fram till 2028", "under 2025", "senast 2027" date the list asked for.
_WHEN = re.compile(
    r"\b(?:inför|fram\s+till|till|under|senast|efter|från|före|innan|by|until|before)\s+(?:år\s+)?(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


def topic_stems(route: Route, question_tokens: set[str]) -> set[str]:
    """Stems saying what a list question is about: not the record kind, not the area the question names
    ("när folk slutar" names Avsluta), not the plan version ("i nya planen"), not staff in general, not
    the administration's own name, not a status asked; of a list of needs, not the words asking for that
    list."""
    named = " ".join([*area_phrases(route.question), *(r[1] for r in [relative_plan(route.question)] if r)])
    named += f" {status_phrase(route.question)}"  # "vilka håller de fortfarande på med?" names a status
    named += "".join(f" {m.group()}" for m in _SOURCE.finditer(route.question))  # "enligt handlingsplanen"
    named += "".join(f" {m.group()}" for m in _WHEN.finditer(route.question))  # "inför 2026"
    named += f" {year_part_phrase(route.question)}"  # "under tredje kvartalet": when, not what
    # The area's words as the question's stems have them: "tar de emot" is also the noun "mottag…".
    named_stems = set(tokenize(named)) | set(tokenize(join_particle_verbs(named)))
    topic = question_tokens - LIST_WORDS - general_stems() - named_stems - _party_words(route)
    topic |= area_compound_topic(route)  # "avslutningssamtal": the calls within Avsluta
    if FIELD_RES["target_date"].search(route.question):  # "när ska de vara klara?": when, no topic
        topic -= _DUE_WORDS
    if route.target == "gaps":
        topic = {t for t in topic - NEED_WORDS if not _need_compound(t)}
    for area in route.areas:
        topic -= _AREA_SUBJECT.get(area, frozenset())
        if topic <= (alone := _AREA_SUBJECT_ALONE.get(area, frozenset())):
            topic -= alone
    name = _own_name(route)
    # a single letter is no topic ("kultur o fritid": "o" is "och")
    return {t for t in topic if len(t) > 1 and not _in_name(t, name)}
