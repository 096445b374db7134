"""Related words in Swedish HR language, for the word-level BM25 query.

Managers ask in everyday words ("fast anställda", "kontor", "byter jobb",
"svårt att bemanna"); plans use the administrative terms
("tillsvidareanställda", "lokaler", "personalomsättning",
"personalförsörjning"). BM25 matches words only, and the small dense model
bridges some of these gaps but not all, so a question's words are expanded
with the other members of each ring they belong to. Expansions only add
words to the stem-level BM25 query, weighted below the question's own words
(see retrieval.hybrid_search); the dense and 4-gram rankings see the question
as written.

One ring per line, members separated by "|". A member is a word or phrase; a
trailing "*" makes it a prefix ("rekryter*" covers "rekrytering",
"rekryterade"). A ring holds words that a plan could use for what the question
means, in either direction; keep rings about one idea each, because every
member pulls in all others. Extend it as new plans show new wording.

_PART_RINGS tie an occupation to the part of the organisation it works in ("socialsekreterare" in
"individ- och familjeomsorgen"): plans file activities under the part, questions name the occupation.
They only say which rows a list's topic picks (part_patterns), never widen a text search: "äldreomsorg"
in a question about recruiting to elderly care does not ask for passages on assistant nurses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_RINGS = """
fast anställd*|fastanställ*|tillsvidareanställ*|tillsvidaretjänst*
tillfälligt anställd*|visstidsanställ*|tidsbegränsa*|vikarie*
timanställ*|timavlön*|timvikarie*|timmis*|timlön*
personal|medarbetare|anställda|arbetstagare|personalstyrka*|bemanning*
yrke*|yrkesgrupp*|yrkeskategori*|befattning*|befattningsgrupp*|personalgrupp*|personalkategori*
nyanställ*|rekryter*|tillsätt*|tillsatt*|anställa|anställt|anställer|nya medarbetare
bemanna*|personalförsörjning*|kompetensförsörjning*|rekryteringsläge*|rekryteringssituation*
svårrekryter*|bristyrke*|svårt att rekrytera|svårt att hitta|brist på|kompetensbrist*
sluta*|slutar|slutat|lämna*|byta jobb|byter jobb|bytt jobb|avgång*|personalomsättning*|personalrörlighet*
tappa*|sluta*|slutar|avgång*|personalomsättning*
varifrån|rekryteringsväg*|externt|internt|annan förvaltning|annan arbetsgivare
pension*|pensionsavgång*|pensionera*|65 år
ålder*|åldr*|åldersgrupp*|åldersstruktur*|unga|yngre|äldre|generation*
kvinnor|män|kön|könsfördelning*|jämställd*|jämix
sjuk|sjuka|sjukt|sjukskriv*|sjukdom*|sjukdag*|sjuktal*|sjukfrånvaro*|frånvaro*|ohälsa|rehabilitering*|hälsosamtal*
hälsa|friskvård*|välmående|hälsofrämjande|företagshälsovård*
arbetsmiljö*|arbetsklimat*|trivsel|psykosocial*|arbetsbelastning*|stress*
vila|vilotid*|dygnsvila*|veckovila*|återhämtning*|raster|arbetstid*|schema*|scheman*
kontor*|lokal*|arbetsplats*
lön*|löneläge*|lönesättning*|löneutveckling*|lönekartläggning*|ersättning*|förmån*
utbildning*|kurs*|fortbildning*|vidareutbild*|kompetensutveckling*|utbilda*|lära sig|lärande
vardag*|dagliga arbetet|praktiken|omsätta|kompetensöverföring*
chef*|ledare*|ledarskap*|ledning*|ledarförsörjning*|ledarutveckling*|chefsförsörjning*
karriär*|karriärväg*|utvecklingsmöjlighet*|växa|befordr*|specialist*
introduktion*|introducera*|onboarding|ny på jobbet|nya medarbetare|inskolning*|inskola*
mentor*|handled*|fadder*|lära upp|lär upp|lärde upp|upplärning*
ledarprogram*|ledarutvecklingsprogram*|ledarskapsprogram*|chefsprogram*|chefsutvecklingsprogram*|ledarutbildning*|chefsutbildning*|chefsutveckling*|ledarutveckling*
student*|praktik*|vfu|verksamhetsförlagd*|praktikant*|feriejobb*|sommarjobb*|högskol*|universitet*
annons*|platsannons*|jobbannons*|marknadsför*|synas|rekryteringsmässa*|mässa*
attraktiv*|arbetsgivarvarumärke*|employer branding|locka|attrahera*|rykte*
kandidat*|sökande|jobbsökande|söka jobb|ansökning*|kandidatupplevelse*
avslutssamtal*|exitsamtal*|avslut*|slutsamtal*|avgångssamtal*|avgångsenkät*
medarbetarundersökning*|medarbetarenkät*|enkät*|ami|aktivt medarbetarskap*
språk*|svenska|svensk*|svenskkunskap*|språkkunskap*|språkutbildning*|språkombud*
digital*|it|ai|artificiell intelligens|teknik*|system*|automatiser*
hot*|våld*|säkerhet*|trygghet*|gängkriminalitet*|otrygg*
heltid*|deltid*|sysselsättningsgrad*|heltid som norm
förändring*|omställning*|omorganis*|förändringsledning*|förändringsarbete*
distans*|hemarbete*|på distans|hemifrån|jobba hemma|arbeta hemma|digitala möten|pandemi*|covid*
lag*|lagstiftning*|regler|regelverk*|föreskrift*|lagkrav*
samverkan|samarbete*|samarbeta*|tillsammans med
successionsplan*|efterträd*|nyckelbefattning*|nyckelfunktion*|nyckelkompetens*|nyckelroll*
uppföljning*|följa upp|följs upp|utvärder*|mäta|mäts|mätning*
mål|målsättning*|målet|syfte*|vill uppnå|ska uppnå
ansvarig*|ansvar*|vem|ansvarar
inhyr*|hyrpersonal*|bemanningsföretag*|bemanningstjänst*|konsulter|konsultföretag*|hyrsjukskötersk*|hyrläkare*
implementer*|införa|införs|införande*|sjösätt*
handlingsplan*|åtgärdsplan*|aktivitetsplan*
antag*|antog*|antas|fastställ*|beslut*|godkän*|klubba*|klubbat|klubbade
"""


_PART_RINGS = """
socialsekreterar*|socionom*|individ- och familjeomsorg*|ifo|socialtjänst*
underskötersk*|vårdbiträd*|äldreomsorg*|hemtjänst*|omsorgspersonal*|vård- och omsorgsboende*
förskollärar*|barnskötar*|förskol*
stödassistent*|stödpedagog*|boendestödj*|funktionsnedsättning*|gruppbostad*|lss
"""


def _parse(table: str) -> list[tuple[str, ...]]:
    return [tuple(m.strip() for m in line.split("|") if m.strip()) for line in table.strip().splitlines()]


RINGS: list[tuple[str, ...]] = _parse(_RINGS)


def _member_regex(member: str) -> re.Pattern[str]:
    """A member as a whole-word pattern; "*" at the end of a word lets the word continue."""
    words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in member.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compiled() -> list[list[re.Pattern[str]]]:
    return [[_member_regex(m) for m in ring] for ring in RINGS]


def related_terms(text: str) -> list[str]:
    """The other members of every ring that a member of occurs in text, wildcards kept ("rekryter*")."""
    out: list[str] = []
    for ring, patterns in zip(RINGS, _compiled(), strict=True):
        hits = [i for i, rx in enumerate(patterns) if rx.search(text)]
        if hits:
            out.extend(member for i, member in enumerate(ring) if i not in hits and member not in out)
    return out


@lru_cache(maxsize=1 << 14)  # list answers ask it of the same words, heading after heading
def ring_patterns(word: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """For a word: the patterns of the ring members it is a form of (its word family: "chefsgruppen" ->
    "chef*"), and of the other members of those rings ("ledare*", "ledarskap*")."""
    family: list[re.Pattern[str]] = []
    others: list[re.Pattern[str]] = []
    for patterns in _compiled():
        hits = [rx for rx in patterns if rx.fullmatch(word)]
        if hits:
            family += hits
            others += [rx for rx in patterns if rx not in hits]
    return tuple(family), tuple(others)


@lru_cache(maxsize=1)
def _compiled_parts() -> list[list[re.Pattern[str]]]:
    return [[_member_regex(m) for m in ring] for ring in _parse(_PART_RINGS)]


@lru_cache(maxsize=1 << 12)
def part_patterns(word: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of the parts of the organisation an occupation works in, and of the occupations a
    part employs ("socialsekreterarna" -> "individ- och familjeomsorg*", "socionom*", ...)."""
    out: list[re.Pattern[str]] = []
    for patterns in _compiled_parts():
        if any(rx.fullmatch(word) for rx in patterns):
            out += [rx for rx in patterns if not rx.fullmatch(word)]
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def family_pattern(stem: str, stem_of: Callable[[str], list[str]]) -> re.Pattern[str] | None:
    """A pattern of the members that stem to a question's stem (by `stem_of`, the word index's stemming),
    as written with their endings: "lön" -> "lön*", which meets the compounds a three-letter stem is too
    short to meet ("lönestrukturen"); None for a stem no member is a form of. Not the ring's other
    members: "lämnar" is no form of "slutar", and counting it as one chose paragraphs off the question."""
    members = [
        rx.pattern
        for ring, patterns in zip(RINGS, _compiled(), strict=True)
        for member, rx in zip(ring, patterns, strict=True)
        if " " not in member and stem_of(member.rstrip("*"))[:1] == [stem]
    ]
    return re.compile("|".join(members), re.IGNORECASE) if members else None
