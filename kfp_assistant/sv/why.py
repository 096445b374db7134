"""How a question asks why or how, and how a sentence answers it: the words of causes, effects,
purposes and measures in general Swedish.

A why-question is told in everyday words ("vad beror det på", "hur kommer det sig", "vad leder
bristen till", "vad är tanken bakom") and answered by a sentence giving a cause ("eftersom", "beror
på", "leder till", "till följd av", "vilket gör att") or a conclusion drawn from one ("därför"). A
how-question about changing something ("hur ska de minska …", "hur arbetar de med att …") asks for
the measures, not for the figure.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.words import degree_base, tokenize

# What happens if something is not done asks for the plan's consequence or risk sentence, not its
# list of gaps or activities: "vad händer om bristen kvarstår?", "vad riskerar de om …", "vad blir
# följden", "vilka risker finns det om …" ("vad hände med aktiviteten?" asks its status: not here).
ASKS_CONSEQUENCE = (
    r"\bvad\s+(?:händer|sker|hade\s+hänt|skulle\s+hända|kan\s+hända)\s+(?:[\w-]+\s+){0,2}?(?:om|ifall|när|annars)\b"
    r"|\bvad\s+(?:blir|blev|får|skulle\s+bli)\s+(?:[\w-]+\s+){0,3}?(?:följde|konsekvense|effekte)n\b"
    r"|\bvad\s+riskera[rs]\b|\bvilka\s+(?:konsekvenser|följder)\b"
    # risks of something not done; "vilka risker ser de (när det gäller kompetens)?" asks for the list
    r"|\bvilka\s+risker\b(?=.*(?:\b(?:om|ifall|annars)\b|\bnär\b(?!\s+det\s+gäller)))"
    r"|\bvad\s+(?:är|var|blir)\s+(?:(?:den|det|de)\s+)?(?:[\w-]+\s+)?(?:risk|konsekvens|följd)\w*"
)
# How a figure or an assessment was arrived at asks for the method sentence ("Beräkningen utgår från
# …", "Analysen bygger på …"), not the figure: "hur har de räknat fram …", "hur räknar de ut …", "hur
# mäter de …", "hur tog de reda på …", "vad bygger/grundar sig planen på?".
ASKS_METHOD = (
    r"\bhur\s+(?!(?:många|mycket|ofta|länge|hög\w*|stor\w*|låg\w*)\b)(?:[\w-]+\s+){0,4}?(?:räknat|räknade|räknar|beräknat|beräknade|beräknar|beräknas|beräknades"
    r"|uppskattat|uppskattade|uppskattar|mäter|mätt|mätte|mäts|kom(?:mit)?\s+(?:[\w-]+\s+){0,2}?fram"
    r"|f(?:ått|ick)\s+(?:[\w-]+\s+){0,2}?fram|reda\s+på)\b"
    r"|\bvad\s+(?:bygger|byggde|grundar|grundade|baseras|baserades|baserar|utgår|utgick)\b"
    r"|\bvilket\s+underlag\b|\bpå\s+vilket\s+underlag\b|\bvilken\s+metod\b"
    # "vad är analysen baserad på?", English "what is the analysis based on?" (-> "bygger på")
    r"|\b(?:bygger|baseras|baserad\w*|grundar\s+sig|grundad\w*)\s+på\s*\??\s*$"
    # whether something is counted in a figure: "räknas det med när folk byter jobb internt i
    # personalomsättningen?", "ingår timavlönade i sjukfrånvaron?"
    r"|^(?=.*\b(?:\w*omsättning|\w*frånvaro|statistik|siffr|nyckeltal|måttet)\w*)(?=.*(?:\bräknas\b(?:\s+\S+){0,6}?"
    r"\s+med\b|\bingår\b|\binkluder\w*|\bexkluder\w*|\btas\s+med\b|\bkommer\s+med\b))"
)
# Which of the needs ranks first asks for the plan's sentence prioritising them ("Gapen 2 och 5 bedöms
# som mest kritiska"), not the whole list: "mest kritiska", "högst prioriterade", "prioriterar de först".
ASKS_PRIORITY = (
    r"\bmest\s+(?:kritisk|angeläg|akut|brådskande|prioriter)\w*"
    r"|\bhögst\s+prioriter\w*|\bprioriter\w*\s+(?:[\w-]+\s+){0,3}?(?:högst|mest|först|främst)\b"
    r"|\bi\s+första\s+hand\b"
    # an order asked: "i vilken ordning?", "vilken turordning gäller?" ("rangordna X" asks a ranking)
    r"|\bi\s+vilken\s+ordning\b|\bturordning\w*"
)
_ASKS_KIND = re.compile(ASKS_CONSEQUENCE + "|" + ASKS_METHOD + "|" + ASKS_PRIORITY, re.IGNORECASE)


# Asks the cause outright; then only a comparison asked in words ("jämför", "respektive") is one. The
# cause of a difference ("vad beror skillnaden mellan kvinnor och män på?", "varför skiljer sig …?") is
# the plan's explanation of it, not the two figures.
_WHY = re.compile(r"\bvarför\b|\bhur\s+kommer\s+det\s+sig\b|\bvad\s+beror\b|\borsak(?:en|erna)\b", re.I)
_COMPARED = re.compile(r"\bjämför\w*|\brespektive\b", re.I)


def explains_outright(question: str) -> bool:
    """Whether a question of one administration asks for the plan's explanation whatever figures it
    names: why ("varför har de färre visstidsanställda nu?", not two figures compared), what happens if,
    how a figure was arrived at, which need ranks first (asks_prose)."""
    return asks_prose(question) or bool(_WHY.search(question) and not _COMPARED.search(question))


def asks_prose(question: str) -> bool:
    """Whether a question asks what follows if something is not done, how a figure was arrived at or
    which need ranks first: answered by the plan's sentence, not by its lists or figures. Those ranked
    first asked as a list ("lista de mest akuta gapen (prio 1)") are the list's rows of that rank."""
    if _LISTED.search(question) and not re.search(ASKS_CONSEQUENCE + "|" + ASKS_METHOD, question, re.I):
        return False
    return bool(_ASKS_KIND.search(question))


# A list asked for outright: "lista …", "räkna upp …".
_LISTED = re.compile(r"^\W*(?:lista|räkna\s+upp|list)\b", re.IGNORECASE)


# A risk, a cause, an effect or a purpose asks for the plan's reasoning, not a figure: "vad är (den
# främsta) orsaken till …", "vad beror det på", "hur kommer det sig", "vad leder bristen till"; and how
# something is to change asks for the measures: "hur ska de minska …". (A pattern the router joins to
# its other explanation cues.)
ASKS_REASONING = (
    r"\bvad\s+(?:är|var|blir|finns\s+det\s+för)\s+(?:(?:den|det|de)\s+(?:\w+\s+)?)?(?:risk|problem"
    r"|nackdel|fördel|konsekvens|effekt|orsak|anledning|skäl|förklaring)\w*"
    r"|\bvad\s+beror\b|\bberor\s+(?:det|detta|den|de|dessa)\s+på\b|\bhur\s+kommer\s+det\s+sig\b"
    r"|\bvad\s+är\s+(?:tanken|meningen|poängen|avsikten|idén)\b"
    r"|\bvad\s+(?:leder|ledde|kan\s+\w+\s+leda|har\s+(?:\w+\s+){1,5}?lett)\b(?=.*\btill\b)"
    # how something was assessed or arrived at: "hur bedömde de sina kompetensbehov?" (but "hur stor
    # bedöms bristen?" asks its size)
    r"|\bhur\s+(?!(?:stor|stort|stora|allvarlig\w*|hög|högt|höga|många|mycket|akut)\b)(?:\w+\s+){0,3}?(?:bedömt|bedömde|bedöms|bedömdes|identifierat|identifierade|identifierades"
    r"|tagit\s+fram|tog\s+fram|togs\s+fram|analyserat|analyserade|analyserades|kartlagt|kartlade|kartlades"
    r"|inventerat|inventerade)\b"
    r"|\bhur\s+(?!(?:många|mycket|hög|högt|höga|låg|lågt|låga|stor|stort|stora)\b)(?:[\w-]+\s+){0,4}?"
    r"(?:minska|sänka|öka|höja|förbättra|förebygga|motverka|vända|bryta|få\s+ner|få\s+upp|få\s+fler)\b"
    # what follows if something is not done, how a figure was arrived at, what ranks first: below
    r"|" + ASKS_CONSEQUENCE + r"|" + ASKS_METHOD + r"|" + ASKS_PRIORITY
)
# What makes something hard or needed asks for a cause, not for what is done ("vad gör det svårt att …");
# where something is greatest asks for the plan's sentence on it, not its list or figure ("var är gapen
# störst?", "var är personalomsättningen högst i X?", judged: "var är det värst?"; across administrations
# a ranking answers first).
MAKES_RE = re.compile(
    r"\bvad\s+gör\s+det\s+(?:så\s+)?(?:svårt|svårare|lättare|lätt|nödvändigt|viktigt)\b"
    # what makes something matter: "vad gör bristen på tekniker så allvarlig?"
    r"|\bvad\s+gör\s+(?:[\w-]+\s+){1,5}?så\s+(?:allvarlig|viktig|kritisk|angelägen|avgörande)\w*"
    r"|\bvar\s+(?:är|finns|ligger)\s+(?:\w+\s+){0,3}?(?:störst|mest|flest|högst|lägst|minst|tydligast|värst|sämst|bäst)\b",
    re.IGNORECASE,
)
# Asks for the measures taken: "hur arbetar de med att minska antalet …" is no figure question.
MEASURES_RE = re.compile(r"\b(?:med|för)\s+att\b", re.IGNORECASE)

# An embedded question puts its subject before the verb: "kan du lista vad förvaltningen gör för att
# …", "jag undrar hur de jobbar med …", "berätta vad som görs för …". Up to four words stand between
# the question word and the verb; a word asking an amount or a degree ("hur många som arbetar …", "hur
# stor andel som …") or a verb of being ("vad är det som gör att …": a cause) makes another question.
SUBJECT_GAP = (
    r"(?:(?!(?:många|mycket|stor|stort|stora|hög|högt|höga|låg|lågt|låga|lång|långt|länge|ofta|snabbt"
    r"|gammal|gamla|bra|väl|är|var|blir|blev|har|hade|kan|kunde)\b)[\w-]+\s+){1,4}?"
)

# How an area's work is done, asked with the area's own verb: "hur introduceras nyanställda?", "hur
# rekryterar de?", "hur behåller de personalen?", "hur lockar de sökande?"; embedded: "berätta hur
# förvaltningen behåller personalen".
AREA_VERB_RE = re.compile(
    r"\bhur\s+(?:" + SUBJECT_GAP + r")?(?:introducera[rs]|rekryter(?:ar|as)|behåll(?:er|s)|lockar|lockas"
    r"|attraherar|attraheras|avslutas|kompetensutvecklas)\b",
    re.IGNORECASE,
)

# What a term is: "vad är kolibri?", "och vad betyder KIA?" (a few words, nothing else asked). A
# sentence that only names the term does not say what it is.
_WHAT_IS = re.compile(
    r"^\s*(?:och\s+)?vad\s+(?:är|betyder|innebär)\s+(?:en\s+|ett\s+)?"
    # not a pronoun pointing back ("och vad är det i procent?"): that asks of the answer before
    r"(?!(?:det|den|de|dem|dessa|detta|denna|där|man|siffran|skillnaden)\b)"
    r"(?P<term>[\w-]+(?:\s+[\w-]+){0,2})\s*\??\s*$",
    re.IGNORECASE,
)


def asked_term(question: str) -> str | None:
    """The term a short what-is question asks about ("vad är kolibri?" -> "kolibri"), else None."""
    match = _WHAT_IS.match(question)
    return match.group("term") if match else None


_ASKS_CAUSE = re.compile(
    r"\bvarför\b|\bberor\b|\borsak\w*|\banledning\w*|\bskäl(?:et|en)?\b|\bhur\s+kommer\s+det\s+sig\b"
    r"|\bförklaring\w*|\bvad\s+(?:\w+\s+)?förklara(?:r|de)\b|\bförklara(?:r|de)?\s+(?:att|varför)\b"
    r"|\bligger\s+bakom\b|\bvad\s+(?:har\s+|hade\s+)?(?:gjort|gör|gjorde|fått|får|fick)\s+att\b"
    r"|\bsyfte[nt]?\b|\bleder\b|\blett\s+till\b|\btanken\b|\bvad\s+gör\s+det\s+\w*\s*svår"
    r"|\bvad\s+gör\s+(?:[\w-]+\s+){1,5}?så\s+(?:allvarlig|viktig|kritisk|angelägen|avgörande)\w*"
    # an effect asked: "hur ska X göra det bättre för cheferna?"
    r"|\bgöra\s+det\s+(?:bättre|lättare|enklare)\b",
    re.IGNORECASE,
)
_GIVES_CAUSE = re.compile(
    r"\beftersom\b|\bpå\s+grund\s+av\b|\bbero(?:r|dde|tt)\s+(?:\w+\s+)?på\b|\b(?:leder|ledde|lett|leda)\s+till\b"
    r"|\btill\s+följd\s+av\b|\bförklaras\b|\borsak\w*|\bmed\s+anledning\s+av\b|\bdärför\s+att\b"
    r"|\bgör\s+att\b|\bbidrar\s+till\b|\bförstärks\s+av\b|\bi\s+syfte\s+att\b"
    r"|\bsyftar\s+till\b|\bdärför\b|,\s*då\s+(?:det|vi|de|man|många|fler|allt)\b"
    # a cause told as a connection or an explanation: "hänger samman med", "kan kopplas till"
    r"|\bhänger\s+(?:\w+\s+){0,3}?(?:samman|ihop)\s+med\b|\bsamband\s+med\b|\bkopplas?\s+till\b"
    r"|\bförklaring\w*|\bdrivs\s+(?:\w+\s+){0,3}?av\b|\b\w+orsak\w*|\bhuvudsakligen\s+på\b"
    # a part in a change: "Vi bedömer att X har bidragit", "tack vare X", "som en följd av X"
    r"|\b(?:har|hade|har\s+också|kan\s+ha)\s+bidragit\b|\bbidrog\s+(?:\w+\s+)?till\b|\btack\s+vare\b"
    r"|\bsom\s+en\s+följd\s+av\b|\bett\s+resultat\s+av\b|\bi\s+och\s+med\s+att\b",
    re.IGNORECASE,
)


def asks_cause(question: str) -> bool:
    """Whether a question asks why (a cause, a reason, a purpose or an effect)."""
    return bool(_ASKS_CAUSE.search(question))


def gives_cause(text: str, effect: bool = False, importance: bool = False) -> bool:
    """Whether a sentence gives a cause, a purpose or an effect ("eftersom", "beror på", "leder till");
    with `effect` (an effect asked), also what is expected of something or how ("förväntas", "genom");
    with `importance` (why something matters asked), also what is at stake without it (GIVES_IMPORTANCE)."""
    return bool(
        _GIVES_CAUSE.search(text)
        or (effect and _GIVES_EFFECT.search(text))
        or (importance and _GIVES_IMPORTANCE.search(text))
    )


# Why something matters ("varför är driftteknikerna så viktiga?", "varför behövs de?", "why are they so
# important?" -> "varför är de så viktiga") is answered by what is at stake: the greatest risk, what
# cannot be done without it, that it is decisive or critical ("Utan dem kan hallarna inte hållas
# öppna", "… är därmed avgörande för uppdraget", "Den största risken är bristen på …").
_ASKS_IMPORTANCE = re.compile(
    r"\bvarför\s+(?:är|var|blir)\b.*\b(?:viktig\w*|betydelsefull\w*|avgörande|kritisk\w*|centrala?|nödvändig\w*)"
    r"|\bvarför\s+behövs\b|\bvilken\s+betydelse\b"
    r"|\bvad\s+gör\s+(?:[\w-]+\s+){1,5}?så\s+(?:allvarlig|viktig|kritisk|angelägen|avgörande)\w*",
    re.IGNORECASE,
)
_GIVES_IMPORTANCE = re.compile(
    r"\bavgörande\b|\bnödvändig\w*|\bkritisk\w*|\bsårbar\w*|\bberoende\s+av\b|\bstörsta\s+(?:\w+\s+)?risk\w*"
    r"|\butan\s+(?:dem|dessa|dess|den|det|de|denna|deras|\w+)\s+(?:\w+\s+){0,3}?(?:kan|skulle|går|klarar|blir)\b",
    re.IGNORECASE,
)


def asks_importance(question: str) -> bool:
    """Whether a question asks why something matters ("varför är X så viktiga?", "varför behövs X?")."""
    return bool(_ASKS_IMPORTANCE.search(question))


# An effect asked ("hur ska X göra det bättre?", "vad leder bristen till?") is also answered by what is
# expected of it or how it works ("förväntas", "genom"); a why-question is not (a forecast is no cause).
_ASKS_EFFECT = re.compile(
    r"\bgöra\s+det\s+(?:bättre|lättare|enklare)\b|\bleder\b|\blett\s+till\b|\beffekt\w*|\bkonsekvens\w*"
    r"|\bpåverka\w*",
    re.IGNORECASE,
)
_GIVES_EFFECT = re.compile(r"\bförväntas\b|\bgenom\b", re.IGNORECASE)


def asks_effect(question: str) -> bool:
    """Whether a question asks what something leads to or how it makes things better."""
    return bool(_ASKS_EFFECT.search(question))


# What answers a consequence, a method or a priority asked (ASKS_CONSEQUENCE, ASKS_METHOD, ASKS_PRIORITY):
# "Om bristen kvarstår riskerar …", "Annars finns en risk för …"; "Beräkningen utgår från …",
# "Analysen bygger på …"; "… bedöms som mest angelägna och ska prioriteras".
_GIVES_CONSEQUENCE = re.compile(
    r"\brisk\w*|\bannars\b|\binnebär\s+att\b|\b(?:leder|leda|ledde)\s+till\b|\bfår\s+(?:till\s+)?följd\w*"
    r"|\bkonsekvens\w*|\bpåverkar\b|\bäventyra\w*|\bmed\s+följd\b|\bkvarstår\b",
    re.IGNORECASE,
)
_GIVES_METHOD = re.compile(
    r"\b(?:bygger|byggde|grundar\s+sig|grundas|baseras|baserad\w*|baserat|utgår|utgick|vilar)\s+(?:\w+\s+){0,2}?"
    r"(?:på|från|ifrån)\b|\bberäkning\w*|\bberäkna[ts]?\s+(?:utifrån|enligt|som|genom|på)\b|\b(?:räknat|räknas|räknade|mätt|mäts|mäter)\s+(?:som|utifrån|enligt|per)\b"
    r"|\bunderlag\w*|\bmetod\w*|\butifrån\b"
    r"|\b(?:exkluderar|inkluderar|exkluderas|inkluderas|innefattar|ingår(?:\s+inte)?|räknas\s+inte)\b",
    re.IGNORECASE,
)
_GIVES_PRIORITY = re.compile(
    r"\bmest\s+(?:kritisk|angeläg|akut|brådskande)\w*|\bprioriter\w*|\bi\s+första\s+hand\b|\bviktigast\w*"
    r"|\bkritisk\w*|\b\w*ordning(?:en)?\s+(?:följer|är|gäller)\b|\bföljande\s+ordning\b|\brangordn\w*",
    re.IGNORECASE,
)
_KINDS = (
    (re.compile(ASKS_CONSEQUENCE, re.IGNORECASE), _GIVES_CONSEQUENCE),
    (re.compile(ASKS_METHOD, re.IGNORECASE), _GIVES_METHOD),
    (re.compile(ASKS_PRIORITY, re.IGNORECASE), _GIVES_PRIORITY),
)


def asks_kind(question: str) -> bool:
    """Whether an explanation asks for a kind of sentence: a cause, an effect, a consequence, a method or
    a priority (gives_asked tells which sentences give it)."""
    return asks_cause(question) or asks_prose(question)


def gives_asked(question: str, text: str) -> bool:
    """Whether a sentence gives the kind of explanation the question asks (asks_kind): a cause (with an
    effect asked, also what is expected), a consequence or risk, a method, or a priority."""
    if asks_importance(question):  # what is at stake, not any cause ("eftersom marknaden är liten")
        return bool(_GIVES_IMPORTANCE.search(text))
    if asks_cause(question) and gives_cause(text, asks_effect(question)):
        return True
    return any(asked.search(question) and gives.search(text) for asked, gives in _KINDS)


def kind_stems(question: str) -> frozenset[str]:
    """The stems of the words asking for a kind of explanation ("räknat fram", "vad händer om",
    "prioriterar … högst", "orsaken"): a sentence giving that kind names them in its own words."""
    spans = [m.group() for rx, _ in _KINDS for m in rx.finditer(question)]
    spans += [m.group() for m in _ASKS_CAUSE.finditer(question)]
    return frozenset(degree_base(t) for t in tokenize(" ".join(spans)))


# People leaving, asked in everyday words ("varför slutar folk?", "varför lämnar handläggarna?", "why do
# people quit?") and told by plans in their own: departures, turnover, mobility, staff moving on
# ("avgångarna", "personalomsättningen", "rörligheten", "söker sig vidare", "stannar kort tid").
_ASKS_LEAVING = re.compile(
    r"\b(?:slutar|sluta|slutade|slutat|lämnar|lämnade|lämnat|säger\s+upp\s+sig|sa\s+upp\s+sig|byter\s+jobb"
    r"|försvinner|flyr|avgång\w*|tappar|tappat|tappade|förlorar|förlorat|quit|leave|leaving)\b",
    re.IGNORECASE,
)
LEAVING_WORDS = "personalomsättning avgångar slutar"  # what a search for people leaving adds
LEAVING = re.compile(
    r"\b(?:slut(?:ar|at|ade|a)?|lämna(?:r|t|de)?|tapp(?:ar|at|ade|a)?|avgång\w*|personalomsättning\w*|omsättning(?:en)?"
    r"|rörlighet(?:en)?|personalrörlighet\w*|säg(?:er|a)\s+upp\s+sig|söker\s+sig\s+(?:vidare|till|bort)"
    r"|stannar\s+(?:ofta\s+)?(?:kort|inte)|går\s+vidare|byter\s+(?:jobb|arbetsgivare))\b",
    re.IGNORECASE,
)


def asks_leaving(question: str) -> bool:
    """Whether a question is about people leaving ("varför slutar folk?"): a sentence on departures,
    turnover or staff moving on is on its topic whatever its words (LEAVING)."""
    return bool(_ASKS_LEAVING.search(question))


# Why people leave, asked with the leaving verb right after "varför" ("varför slutar folk?", "varför har så
# många slutat?"): the causes of the leaving, not the purpose of an activity that names it ("varför gör de
# avslutssamtal med alla som slutar?").
_WHY_LEAVING = re.compile(
    r"\b(?:varför|why)\s+(?:(?:har|hade|do|does|did|are|is)\s+)?(?:[\w-]+\s+){0,3}?(?:slutar|slutade|slutat|lämnar"
    r"|lämnade|lämnat|säger\s+upp\s+sig|sa\s+upp\s+sig|byter\s+jobb|försvinner|flyr|quit|(?<!sick\s)(?<!parental\s)leave)\b",
    re.IGNORECASE,
)


def asks_why_leaving(question: str) -> bool:
    """Whether a question asks why people leave (the causes), its leaving verb right after "varför"."""
    return bool(_WHY_LEAVING.search(question))


# A sentence telling what the plan or one of its parts holds ("Planen beskriver nuläget och de största
# riskerna", "Den här planen redovisar …", "Kapitel 5 tar upp orsakerna") names the topic of a why or a
# how without telling it: no explanation.
_DESCRIBES_DOCUMENT = re.compile(
    r"^(?:den\s+här\s+(?:planen|rapporten)|denna\s+plan|planen|dokumentet|rapporten|den"
    r"|(?:kapitel|avsnitt|bilaga)\s+\d+(?:\.\d+)?)\s+(?:\w+\s+)?(?:beskriver|redovisar|innehåller|tar\s+upp"
    r"|redogör|sammanfattar|presenterar|behandlar)\b",
    re.IGNORECASE,
)


def describes_document(text: str) -> bool:
    """Whether a sentence tells what the plan or a part of it holds ("Planen beskriver …", "Kapitel 4
    redovisar …"), not what is so."""
    return bool(_DESCRIBES_DOCUMENT.search(text))
