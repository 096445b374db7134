"""Questions in everyday Swedish put in the words plans write: "jobba hemifrån" -> distansarbete.

Managers ask as they speak ("kan man jobba hemifrån?", "vad är skälet till att folk säger upp sig?",
"hur tar de hand om nya sköterskor?"); plans write the administrative term ("distansarbete",
"avgångsorsak", "introduktion av nyanställda sjuksköterskor"). The word rankings, the router and
the evidence model count a question's own words, so an everyday phrase found in no plan sinks an
answer that is on screen. Like the English glossary (sv/english_glossary.py), a glossary of general
everyday Swedish, one term a line as `everyday phrases | the plans' word`, replaces the phrase in
the question; the thesaurus (sv/thesaurus.py) still adds the everyday word to the word query, so a
plan that writes it is found too. Only words plans rarely use for the thing belong here: a word that
plans use as often as its synonym ("chef", "ledare") would lose its own matches.

A trailing "*" lets a word continue; the longest phrase is matched first; a quoted term, copied from
a plan, stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from kfp_assistant.sv.areas import question_phrases
from kfp_assistant.sv.english import QUOTED, marked_terms, parse_glossary
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.thesaurus import RINGS
from kfp_assistant.sv.words import WORD, question_stems, tokenize

GLOSSARY = """
jobba hemifrån|jobbar hemifrån|jobbat hemifrån|arbeta hemifrån|arbetar hemifrån | distansarbete
jobba hemma|jobbar hemma|arbeta hemma|arbetar hemma | distansarbete
jobba på distans|jobbar på distans|hemjobb*|jobba remote|jobbar remote | distansarbete
säger upp sig|säga upp sig | slutar på egen begäran
sa upp sig|sade upp sig | slutade på egen begäran
sagt upp sig | slutat på egen begäran
byter jobb|byta jobb|bytt jobb|bytte jobb | personalomsättning
byter arbetsplats|byta arbetsplats|byter arbetsgivare|byta arbetsgivare | personalomsättning
skäl|skälen | orsak
skälet | orsaken
sköterska | sjuksköterska
sköterskor | sjuksköterskor
sköterskorna | sjuksköterskorna
sköterskan | sjuksköterskan
arbetsbörda|arbetsbördan|arbetsbördor|jobbet är för mycket | arbetsbelastning
kontoren|kontorslokal*|kontorsmiljö*|kontorsplats* | lokaler
datorer|datorerna|datorn|dator|datasystem*|datorsystem* | IT-system
krånglar|krånglade|strular|strulade|strul|krångel|buggar | brister
mindre sjuka|färre sjuka|mindre sjukskrivna|färre sjukskrivna|mer friska|friskare | lägre sjukfrånvaro
komma in i jobbet|komma in i arbetet|komma in på jobbet | introduceras
komma in i arbetsgruppen|komma igång på jobbet | introduceras
någon som hjälper dem|någon som hjälper|någon som stöttar|en kontaktperson|stödperson* | mentor
plugga|pluggar|pluggat|pluggade | studera
inte ska sluta|inte slutar|inte sluta|inte vill sluta | ska stanna kvar
inte ska lämna|inte lämnar|inte säger upp sig | ska stanna kvar
blev klara|blivit klara|blev klar|blivit klart|blev färdiga|blivit färdiga | har genomförts
kom utifrån|kommer utifrån|kommit utifrån|togs in utifrån | rekryterades externt
kom in utifrån|kommer in utifrån | rekryterades externt
från andra arbetsgivare|från en annan arbetsgivare|från externa arbetsgivare | externt
blev anställda|blev anställd|blivit anställda|fick anställning|fått anställning | rekryterades
borta från jobbet|borta från arbetet|hemma från jobbet|hemma från arbetet | frånvaro
gå kurser|gå på kurs|gå en kurs|gå kurs|gå utbildningar|gå en utbildning|gå utbildning | utbildning
nyutexade|nyexade|nyutbildade | nyexaminerade
arbetskamrater|arbetskamraterna|jobbarkompisar | kollegor
snittet|genomsnittet | genomsnitt
stan | staden
vilka jobb|vilka sorts jobb|vilka typer av jobb|vilka slags jobb | vilka yrkesgrupper
jobba i staden | Jobba i staden
o | och
jobba | arbeta
jobbar | arbetar
jobbat | arbetat
jobbade | arbetade
"""

# "Nya" standing for the new employees ("hur tar de hand om nya?", "de nya ska …"): the word plans
# write is "nyanställda". Not "nya" before the noun it qualifies ("nya medarbetare", "nya planen").
# Only after a word that takes a person ("många nya", "emot nya", "för att nya ska"): "förra planen vs nya"
# is a version.
_NEW_ONES = re.compile(
    r"(?<![\w-])(?P<before>(?:de|alla|våra|många|få|fler|för|att|emot|åt|till|av|om|får|hjälper|stöttar"
    r"|tar|ta)\s+)nya(?=\s*(?:[?.!,;]|$)|\s+(?:ska|får|kommer|har|tog|tas|blir|känner|lär|och|som|hos|när"
    r"|på|i|in|att|under|med)\b)",
    re.IGNORECASE,
)
# "Ta in" counts a recruitment only with what is taken in next to it ("tagit in nya", "tar in 20"), not
# "ta in synpunkter".
_TAKEN_IN = re.compile(
    r"^(?:\s+(?:nya|ny|personal|personer|folk|medarbetare|anställda|fler|vikarier|sjuksköterskor)\b|\s+\d"
    r"|\s*(?:[?.!,]|$)|\s+(?:under|i\s+år|förra|senaste|hittills)\b)",
    re.IGNORECASE,
)
_TAKE_IN = re.compile(r"(?<![\w-])(?:tagit|tog|tar|ta)\s+in(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[re.Pattern[str], str]]:
    return parse_glossary(GLOSSARY)


def _taken_in(text: str) -> str:
    """The text with "ta in" of staff as the plans' "rekrytera" (its tense kept)."""
    tenses = {"tagit": "rekryterat", "tog": "rekryterade", "tar": "rekryterar", "ta": "rekrytera"}

    def put(match: re.Match[str]) -> str:
        if not _TAKEN_IN.match(text[match.end() :]):
            return match.group()
        return "\x01" + tenses[match.group().split()[0].lower()] + "\x01"

    return _TAKE_IN.sub(put, text)


_TYPO_MIN = 5  # shorter words are too alike to tell a typo from another word


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The words of the HR vocabulary (thesaurus rings, metrics, areas, this glossary) a typo is put right
    to, without the words that only say how a question asks."""
    phrases = [m for ring in RINGS for m in ring] + [s for m in METRICS.values() for s in m["synonyms"]]
    phrases += question_phrases() + [
        p for row in GLOSSARY.split("\n") for p in row.rsplit(" | ", 1)[0].split("|")
    ]
    words = {w.rstrip("*").lower() for p in phrases for w in p.split()}
    return frozenset(w for w in words if len(w) >= _TYPO_MIN and not set(tokenize(w)) <= question_stems())


def _typos_fixed(text: str, vocabulary: AbstractSet[str]) -> str:
    """The text with a misspelt HR word ("stana kvar") put right: a lowercase word whose stem no plan
    writes, one letter from exactly one word of the HR vocabulary that plans do write, its first two
    letters the same."""
    if not vocabulary:
        return text

    def fixed(match: re.Match[str]) -> str:
        word = match.group()
        stems = tokenize(word)
        if len(word) < _TYPO_MIN or not word.islower() or word in _known_words() or not stems:
            return word
        if stems[0] in vocabulary:
            return word
        # A typo keeps the word's beginning: "borta" is no typo of "korta".
        near = {k for k in _known_words() if k[:2] == word[:2] and DamerauLevenshtein.distance(k, word) == 1}
        if len(near) != 1:
            return word
        (known,) = near
        return known if set(tokenize(known)) <= vocabulary else word

    return WORD.sub(fixed, text)


def in_plan_words(question: str, vocabulary: AbstractSet[str] = frozenset()) -> str:
    """A Swedish question with its everyday words put in the words plans write ("jobba hemifrån" ->
    "distansarbete", "skälet" -> "orsaken") and, given the plans' stems, a misspelt HR word put right
    ("stana" -> "stanna"); a quoted term stays as written."""
    parts = QUOTED.split(question)
    for i in range(0, len(parts), 2):  # odd parts are the quoted terms
        out = _typos_fixed(_taken_in(parts[i]), vocabulary)
        out = _NEW_ONES.sub(lambda m: m.group("before") + "\x01nyanställda\x01", out)
        parts[i] = marked_terms(out, _glossary()).replace("\x01", "").replace("\x02", " ")
    return "".join(parts)
