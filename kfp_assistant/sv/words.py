"""Swedish words as the word index and the answerer compare them: Snowball stems (the one home of
PyStemmer), stopwords, compound-aware stem matching, and the words of a question that only say how
it asks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

import Stemmer
from rapidfuzz import fuzz

from kfp_assistant.sv.text import fold
from kfp_assistant.sv.thesaurus import family_pattern

WORD = re.compile(r"\w+", re.UNICODE)
# Snowball's Swedish stopword list (as NLTK and bm25s ship it), written out here: importing it from
# bm25s imported scipy too, 0.3-0.6 s of every process start.
_SNOWBALL_STOPWORDS = """
    alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du
    där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i
    icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon
    något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till
    under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår
    våra vårt än är åt över
"""
STOPWORDS = frozenset(_SNOWBALL_STOPWORDS.split())


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


def stem_word(word: str) -> str:
    """The Snowball stem of one lowercase word."""
    return str(_stemmer().stemWord(word))


def tokenize(text: str) -> list[str]:
    """Lowercase words, Swedish stopwords dropped, Snowball-stemmed. Digits are kept: figures matter."""
    words = [w for w in WORD.findall(text.lower()) if w not in STOPWORDS]
    return list(_stemmer().stemWords(words))


# Words of a question that say how it asks, not what about: they occur in every plan, so they
# neither make a sentence an answer nor a plan relevant. Stemmed as tokenize() stems them.
QUESTION_WORDS = (
    "vad vilka vilken vilket hur många mycket finns står säger plan planen planer planerna förvaltning "
    "förvaltningen förvaltningarna nämnd nämnden stadsdelsförvaltning kompetensförsörjningsplan enligt "
    "arbetar jobbar gör ser har tar upp beskriv beskriver berätta nämner nämns jämför jämfört skillnad "
    "skiljer förändrats förändring utvecklats två båda sedan varför när vem ska kommer kan sina deras "
    "år åren förhållande antal bland kompetensplan kompetensplanen kompetensplaner kfp "
    # how a question asks after a view: "hur tänker de kring …", "angående …"
    # ... or after a way of working: "på vilket sätt hanterar de friskvården?"
    "tänker tänka tycker resonerar resonera kring angående beträffande tanken bakom sätt sättet hantera "
    # verbs of what a plan says: "vilka behov listar/lyfter/anger planen?" asks for the needs themselves
    "listar listas lyfter lyfte anger anges angett redovisar redovisas identifierar identifierat pekar "
    "skriver skrivs "
    # how a why asks: "vad beror det på?" ("beror" is stemmed "ber", a part of many words)
    "beror berodde "
    # how a ranking is asked: "rangordna förvaltningarna efter …"
    "rangordna rangordning ranka sortera"
)


@lru_cache(maxsize=1)
def question_stems() -> frozenset[str]:
    """The stems of QUESTION_WORDS, as tokenize() stems them, also as typed without å, ä and ö
    ("hur manga", "nar")."""
    stems = tokenize(QUESTION_WORDS)
    return frozenset([*stems, *(fold(s) for s in stems)])


# Words for staff and work in general: every plan's activities are about them, so they pick no topic
# of a list question and explain nothing of a figure question.
GENERAL_WORDS = (
    "medarbetare medarbetarna anställda personal personalen folk nya arbete arbetet jobbet göra gör"
)


@lru_cache(maxsize=1)
def general_stems() -> frozenset[str]:
    """The stems of GENERAL_WORDS, as tokenize() stems them."""
    return frozenset(tokenize(GENERAL_WORDS))


MIN_PREFIX = 5  # shortest stem that may match a longer compound ("avslut" ~ "avslutssamtal")


def term_in(term: str, words: AbstractSet[str]) -> bool:
    """Whether a stem occurs among words, counting Swedish compounds ("avslut" in "avslutssamtal",
    "kompetensbaserad" against "kompetensbaser"), which Snowball stemming leaves whole."""
    if term in words:
        return True
    return len(term) >= MIN_PREFIX and any(
        len(w) >= MIN_PREFIX and (w.startswith(term) or term.startswith(w)) for w in words
    )


def term_named(term: str, words: AbstractSet[str]) -> bool:
    """Whether the words name the stem itself: the stem, a compound beginning with it ("avslut" in
    "avslutssamtal") or a form of it Snowball left longer; not merely the first part of a longer question
    word ("socionom" does not name "socionomexamen", "kompetens" not "kompetensgap")."""
    if term in words:
        return True
    return len(term) >= MIN_PREFIX and any(
        len(w) >= MIN_PREFIX
        and (w.startswith(term) or (term.startswith(w) and len(term) - len(w) <= _INFLECTION))
        for w in words
    )


# Swedish adjectives compared irregularly ("stor, större, störst"): Snowball gives each degree its own
# stem, so "de största grupperna" never met "stora grupper". One line per adjective, the stems of its
# degrees, the first standing for all. Left out: adjectives whose positive is in every sentence
# ("många", "bra", "god"), which would make a superlative match anything.
_DEGREES = (
    "stor stort störr störst",
    "hög högt högr högst",
    "låg lågt lägr lägst",
    "gammal gaml äldr äldst",
    "ung yngr yngst",
    "lit lill små mindr minst",
    "lång långt längr längst",
    "fler flest",
    "färr färst",
    "bättr bäst",
    "sämr sämst",
)
# Words plans and questions use for one idea, met at one stem the same way: what is hoped for of a
# change is what a plan says it "förväntas" give; what something is "mest" about is what it "främst" is;
# a change asked by its verb is told by its noun ("minskat" meets "minskning" as a compound already).
_ONE_IDEA = (
    "förvänt förväntning hopp förhoppning",
    "främst mest huvudsak",
    "digital digitalisering digitaliser",
    # a change told by its noun: "varför har den ökat?" is answered by "Ökningen beror på ..."
    "ökning ökat ökad ökar",
)
DEGREE_BASE = {stem: line.split()[0] for line in (*_DEGREES, *_ONE_IDEA) for stem in line.split()}


def degree_base(stem: str) -> str:
    """The stem standing for every degree of an irregularly compared adjective ("störst" -> "stor")."""
    return DEGREE_BASE.get(stem, stem)


# Words naming what their root names, for whether a plan has it at all ("tar de emot praktikanter?" is
# answered by "praktikplatser", "har de mentorprogram?" by "mentorskap"): an agent noun in -ant
# ("praktikant" of "praktik"), and a compound whose head only says the thing is organised ("-program",
# "-verksamhet", "-platser", "-system"), its linking s dropped ("lärlingsplatser" -> "lärling").
_AGENT = re.compile(r"(?<=\w{6})ant$")
_MIN_ROOT = 6  # a shorter root is a word of everything ("arbetsplats" -> "arbet")
_ORGANISED = re.compile(r"(?<=\w{4})(?:program|verksam|system|plats|platser|möjlig|ordning)\w*$")


# A plural that drops the e of its last syllable ("faddrar" of "fadder", "nycklar" of "nyckel") is
# stemmed apart from its singular; written with the e again, the two meet.
_SYNCOPE = re.compile(r"(?<=\w\w[^aeiouyåäö\W]{2})(?=[rl]$)")


def root_of(stem: str) -> set[str]:
    """The stems of the thing a word names, for whether a plan has it at all: itself; the root of a
    derived or organised word ("praktikant" -> "praktik", "mentorprogram" -> "mentor" and "ment", as
    Snowball stems "mentor"); the singular of a plural without its e ("faddr" -> "fadder", "fadd")."""
    roots = {stem}
    if _SYNCOPE.search(stem) and len(stem) >= MIN_PREFIX:
        full = _SYNCOPE.sub("e", stem)
        roots |= {full, _stemmer().stemWord(full)}
    root = _ORGANISED.sub("", _AGENT.sub("", stem))
    if root == stem:
        return roots
    if root.endswith("s") and len(root) > MIN_PREFIX:
        root = root[:-1]  # the linking s of a compound
    # also as the word itself is stemmed ("fadder" of "fadderverksamhet" is "fadd", as "faddern" is)
    return {root, _stemmer().stemWord(root)} if len(root) >= _MIN_ROOT else roots


# Particle verbs whose noun puts the particle first: "följs upp" is what "uppföljning" names, "tas
# emot" what "mottagande" does. Written as the noun's stem begins, the two forms meet at one stem.
# (verb forms, particle, the noun's beginning); the object may stand between ("följs planen upp").
_PARTICLE_NOUNS = (
    ("följ(?:a|as|er|s|de|t|ts|des)?", "upp", "uppfölj"),
    ("(?:ta|tar|tas|tog|togs|tagit|tagits)", "fram", "framtag"),
    ("(?:ta|tar|tas|tog|togs|tagit|tagits)", "emot", "mottag"),
    ("(?:gå|går|gås|gick|gått)", "igenom", "genomgå"),
    ("(?:lägga|lägger|läggs|lade|lagt)", "upp", "upplägg"),
)
_PARTICLE_VERBS = [
    (re.compile(rf"\b{verb}\b(?P<between>(?:\s+[\w-]+){{0,3}}?)\s+{particle}\b", re.IGNORECASE), noun)
    for verb, particle, noun in _PARTICLE_NOUNS
]

_PARTICLES = re.compile(r"\b(?:upp|fram|emot|igenom)\b", re.IGNORECASE)


def join_particle_verbs(text: str) -> str:
    """The text with particle verbs written as their noun begins: "följs planen upp" -> "uppfölj
    planen", "tas fram" -> "framtag", "tar emot" -> "mottag", "gås igenom" -> "genomgå"."""
    if not _PARTICLES.search(text):  # most sentences have none: skip the verb patterns (sentences are many)
        return text
    for pattern, noun in _PARTICLE_VERBS:
        text = pattern.sub(rf"{noun}\g<between>", text)
    return text


def text_stems(text: str) -> set[str]:
    """The text's stems, with the stem standing for each degree of an irregular adjective it uses;
    particle verbs as their nouns begin (join_particle_verbs)."""
    words = set(tokenize(join_particle_verbs(text)))
    return words | {DEGREE_BASE[w] for w in words if w in DEGREE_BASE}


def terms_found(terms: set[str], text: str) -> int:
    """How many of the stems occur in the text (an adjective's degrees counted as one)."""
    words = text_stems(text)
    return sum(1 for t in terms if term_in(t, words))


SAME_WORD = 1.0
PART_OF_COMPOUND = 0.5
_INFLECTION = 3  # longest ending Snowball may leave on one form of a word and not the other
_TYPO_RATIO = 85.0


@lru_cache(maxsize=1 << 16)  # tables and activity lists compare the same words question after question
def word_match(a: str, b: str) -> float:
    """How well two stems name the same thing: SAME_WORD for one word (inflections Snowball leaves,
    "vårdbiträden"/"vårdbiträd"; missing å/ä/ö; a small typo), PART_OF_COMPOUND when one is a part
    of the other compound ("pension"/"pensionsavgång", "avdelning"/"socialtjänstavdelning"), else 0."""
    if a == b:
        return SAME_WORD
    x, y = sorted((fold(a), fold(b)), key=len)
    if x == y:
        return SAME_WORD
    if len(x) >= 4 and y.startswith(x) and len(y) - len(x) <= _INFLECTION:
        return SAME_WORD
    if len(x) >= 6 and len(y) - len(x) <= 2 and fuzz.ratio(x, y) >= _TYPO_RATIO:
        return SAME_WORD
    if len(x) >= MIN_PREFIX and (y.startswith(x) or y.endswith(x)):
        return PART_OF_COMPOUND
    # A definite neuter Snowball leaves whole ("engagemanget") ends a compound in its bare form
    # ("medarbetarengagemang").
    # So does a definite form ending in a vowel and "n" ("sjukfrånvaron" ends "korttidssjukfrånvaro").
    bare = _DEFINITE.sub("", x)
    if bare != x and len(bare) >= MIN_PREFIX and y.endswith(bare):
        return PART_OF_COMPOUND
    return 0.0


_DEFINITE = re.compile(r"(?<=[^aeiouyåäö])et$|(?<=[aoue])n$")


_MIN_PART = 3  # shortest part of a compound matched on its own ("lär" of "förskollär")


def compound_parts(word: str, others: Sequence[str]) -> tuple[str, str] | None:
    """(modifier word, head word) of `others` that together spell the compound `word`, or None: the
    compound's last part is one of them ("lärare" of "förskollärare") and its first part begins or is
    inside another ("förskolan"; "inhyrda" of "hyrsjuksköterskor"), with or without a linking "s".
    So "lärare i förskolan" names "Förskollärare" and "hyrsjuksköterskor" names "Inhyrda sjuksköterskor"."""
    folded = fold(word)
    pool = [(o, fold(o)) for o in others if o != word]
    for cut in range(_MIN_PART, len(folded) - _MIN_PART + 1):
        head = folded[cut:]
        heads = [o for o, f in pool if word_match(head, f) == SAME_WORD]
        if not heads:
            continue
        first = folded[:cut]
        for modifier in {first, first[:-1] if first.endswith("s") and len(first) > _MIN_PART else first}:
            for o, f in pool:
                if o in heads:
                    continue
                if f.startswith(modifier) if len(modifier) >= 4 else modifier in f:
                    return o, heads[0]
                if len(f) >= 4 and modifier.startswith(f):  # "kort" of "korttidssjukfrånvaro"
                    return o, heads[0]
    return None


# Heads of a compound that only say "the work on" what its first part names: "fadderverksamheten" is the
# activity of having a "fadder", "introduktionsarbetet" the introduction, "mentorsprogrammet" the mentors.
_GENERIC_HEADS = frozenset(
    fold(s) for s in tokenize("verksamhet arbetet satsning insats insatsen system upplägg program programmet")
)
_MIN_HEAD = (
    5  # shortest head matched as the last part of another compound ("utveckling" of "ledarutveckling")
)


def without_generic_head(word: str) -> str | None:
    """The first part of a compound whose head only names the work on it ("friskvård" of
    "friskvårdsarbetet", "fadder" of "fadderverksamheten"), or None."""
    folded = fold(word)
    for head in _GENERIC_HEADS:
        first = folded.removesuffix(head)
        if first != folded and len(first) > _MIN_PART:
            return first[:-1] if first[-1] in "se" and len(first) > _MIN_PART + 1 else first
    return None


def _named_alone(part: str, pool: Sequence[str]) -> bool:
    return any(word_match(part, f) == SAME_WORD for f in pool)


def spelled_in_parts(word: str, others: Sequence[str]) -> bool:
    """Whether the compound `word` is spelled out by `others` in parts: its first part (with or without a
    linking "s" or "e") is one of them, and its head is another, on its own or as the head of a compound,
    or a head that only names the work on the first part. So "chefsutveckling" is "ledarutveckling för
    chefer" and "fadderverksamheten" is "fadder för nyanställda"; "kartläggning" alone spells no
    "lönekartläggning"."""
    folded = fold(word)
    pool = [fold(o) for o in others if o != word]
    for cut in range(_MIN_PART, len(folded) - _MIN_PART + 1):
        first, head = folded[:cut], folded[cut:]
        generic = head in _GENERIC_HEADS
        if not generic and len(head) < _MIN_HEAD - 1:
            continue
        if not generic and not any(
            word_match(head, f) == SAME_WORD or (len(head) >= _MIN_HEAD and f.endswith(head) and f != head)
            for f in pool
        ):
            continue
        modifiers = {first} | ({first[:-1]} if first[-1] in "se" and len(first) > _MIN_PART else set())
        if any(_named_alone(m, [f for f in pool if not f.endswith(head)]) for m in modifiers):
            return True
    return False


_SPELLED = 8  # shortest question compound read from its parts ("svenskkunskap", "chefsutveckling")


def found_terms(tokens: set[str], text: str) -> frozenset[str]:
    """The question stems the text names (sv.words.term_named: compounds of a stem count, the first part
    of a question's compound does not; an adjective's degrees count as one; a compound spelled out in its
    parts counts: "kunskaper i svenska" names "svenskkunskaper")."""
    words = text_stems(text)
    pool = sorted(words)
    return frozenset(
        t
        for t in tokens
        if term_named(t, words) or (len(t) >= _SPELLED and spelled_in_parts(t, pool)) or _in_family(t, text)
    )


def _in_family(stem: str, text: str) -> bool:
    """Whether the text names a question stem by a thesaurus member of its family (not staff in general)."""
    if stem in general_stems():
        return False
    pattern = family_pattern(stem, tokenize)
    return pattern is not None and pattern.search(text) is not None
