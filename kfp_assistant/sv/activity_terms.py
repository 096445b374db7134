"""Words of a question about one activity's fields: who is responsible, when it is done, how it is
followed up, which UBARA area it belongs to, whether it was done (the follow-up of the previous plan).
Swedish, with the English a user may type.

`FIELD_RES` tells which fields a question asks; `FIELD_WORDS` are the stems that ask for a field rather
than name the activity ("vem", "leder", "följs upp", "fungerar"); of those, `ASKING_WORDS` only ask,
while the others ("plan", "används", "genomföra") may also be words of the activity and count where
an activity names them.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.words import tokenize

Field = str

# Verbs of running an activity: "vem leder / driver / samordnar / står för X?" asks its Ansvarig.
_RUNS = (
    r"led(?:er|s|a|as)|driv(?:er|s|a|as)|samordna(?:r|s)?|koordinera(?:r|s)?|sköt(?:er|s)|äg(?:er|s)"
    r"|håller\s+i|står\s+(?:bakom|för)|har\s+hand\s+om|tar\s+hand\s+om|ligger\s+på|genomför(?:s|a)?"
)
FIELD_RES: dict[Field, re.Pattern[str]] = {
    "responsible": re.compile(
        r"\bvems?\b|\bansvar\w*|\bäg(?:er|s|are|aren)\b|\bwho\b|\bresponsib\w*|\bin\s+charge\b|\bowns?\b"
        rf"|\bhåller\s+i\b|\bstår\s+bakom\b|\bhar\s+hand\s+om\b|\bsköt(?:er|s)\b"
        rf"|\bvilk(?:en|et|a)\s+(?:roll|funktion|enhet|avdelning|chef)\w*\s+(?:som\s+)?(?:{_RUNS})\b",
        re.I,
    ),
    "target_date": re.compile(
        r"\btill\s+när\b|\bnär\s+(?:ska|skall|skulle|är|var|blir|blev|kommer|planeras|beräknas|startar|börjar"
        r"|genomförs|görs|sker|hålls|införs|startas|påbörjas|äger\s+rum|erbjuds|ges|gäller|träder)\b"
        r"|\bmåldatum\w*|\bsenast\b|\bdeadline\w*|\bklar\w*\s+(?:till|senast)\b|\bvilket\s+datum\b"
        r"|\btidsplan\w*|\btidplan\w*|\btidpunkt\w*|\btidsram\w*|\bhur\s+ofta\b|\bvilken\s+tid\b"
        r"|\bvilket\s+(?:år|kvartal)\s+(?:ska|skall|blir|är|kommer|planeras)\b|\bhur\s+länge\b"
        r"|\bunder\s+vilken\s+(?:period|tid)\b|\bska\s+(?:\S+\s+){1,5}?(?:vara|bli)\s+(?:klar|klart|klara|färdig\w*)\b"
        r"|\bwhen\b|\bby\s+what\s+date\b|\bhow\s+often\b",
        re.I,
    ),
    "followup": re.compile(
        r"\bfölj\w*\s+(?:\S+\s+){0,6}?upp\b|\buppfölj\w*|\butvärder\w*|\bmät\w*|\bindikator\w*|\bfollow\w*[\s-]+up\b"
        r"|\bhur\s+(?:vet|märker)\s+(?:de|man|ni|vi)\b"
        r"|\bhur\s+(?:vet|ser|märker|kontrollerar|bedömer)\s+(?:de|man|ni|vi|\w+)\s+(?:\S+\s+){0,6}?"
        r"(?:om|att|ifall)\b|\bkontroller(?:as|ar)\b|\bvilket\s+mått\b|\bmåttet\b"
        r"|\bmeasur\w*|\bevaluat\w*|\bhow\s+do\s+(?:they|we|you)\s+know\b|\btrack(?:ed)?\b|\bmonitor\w*"
        r"|\bindicators?\b|\bkpis?\b",
        re.I,
    ),
    "area": re.compile(
        r"\bvilket\s+(?:\w+\s+)?område\b|\bunder\s+vilket\b|\bvilken\s+(?:del|kategori)\b|\bwhich\s+area\b",
        re.I,
    ),
    "purpose": re.compile(
        r"\bvarför\b|\bsyft(?:e|et|ar|ade)\b|\bi\s+vilket\s+syfte\b|\bvad\s+är\s+(?:tanken|målet|meningen)\s+med\b"
        r"|\bvad\s+ska\s+(?:\S+\s+){1,5}?leda\s+till\b|\bwhy\b|\bpurpose\b|\bwhat\s+for\b",
        re.I,
    ),
    "status": re.compile(
        r"\bblev\s+(?:\S+\s+){0,8}?(?:av|klar\w*|gjor\w*)\b|\bgenomför(?:des|ts)\b|\bhur\s+gick\s+det\b"
        r"|\bstatus\b|\bhar\s+(?:\S+\s+){0,6}?(?:genomförts|införts|gjorts)\b|\bwas\s+.*\b(?:done|carried\s+out)\b"
        # done, asked in other words: "är X genomförd?", "har de infört X?", "vad hände med X?"
        r"|^\s*(?:och\s+)?är\s+(?:\S+\s+){1,6}?(?:genomförd\w*|avklarad\w*|införd\w*|infört|gjord\w*)\b"
        r"|^\s*har\s+(?:\S+\s+){0,4}?(?:infört|genomfört|gjort|startat|lanserat|inrättat)\b"
        r"|\bhur\s+långt\s+har\b|\bvad\s+hände\s+med\b|\bvad\s+blev\s+det\s+av\b"
        # the thing named first, then asked of: "X skulle vara klar förra året, vad hände?"
        r"|\bvad\s+(?:hände|har\s+hänt)(?:\s+(?:då|sen|sedan|egentligen))?\s*[?.!]*\s*$|\bhur\s+har\s+det\s+gått\b",
        re.I,
    ),
}
# Field words that only ask ("vem", "när"); the others ("plan", "följas upp") may also be the topic.
_ASKING = (
    "vem vems vilka när who when ansvarar ansvarig ansvariga responsible håller hålla står bakom hand sköter "
    "sköts fungerar fungera fungerat funkar effekt område området hör höra tillhör kategori area "
    # the kind of record: "vem ansvarar för insatserna för att …" asks about the goal's activities
    "insats insatser insatserna insatsen åtgärd åtgärder åtgärderna åtgärden aktiviteten aktiviteterna "
    # running it: "vem driver / samordnar X?" ("leder" is below: its stem is also that of "ledare")
    "driver drivs driva drivas samordnar samordnas koordinerar koordineras "
    # how often: "hur ofta hålls X?"; how they know: "hur vet de att X fungerar?"
    "ofta hålls vet märker kontrolleras kontrollerar mått måttet tidpunkt tidsram tidplan länge pågår "
    # who, by what they are: "vilken roll / funktion leder X?", "vem är kontaktperson för X?"
    "roll rollen funktion funktionen kontaktperson kontaktpersonen "
    # whether it was done: "hur långt har de kommit med X?", "vad hände med X?"
    "långt kommit hände genomfört gjort avklarad avklarat "
    "leads lead runs run owns own often know track tracked monitored monitor "
    # why: "varför gör de X?", "vad är syftet / tanken med X?", "vad ska X leda till?"
    "varför syfte syftet syftar syftade tanken meningen leda why purpose"
)
ASKING_WORDS = frozenset(tokenize(_ASKING))
FIELD_WORDS = ASKING_WORDS | frozenset(
    tokenize(
        "ansvaret ansvar måldatum senast deadline klart klar "
        "datum tidsplan följs följas följa följer upp uppföljning uppföljningen utvärderas mäts indikator "
        "syfte syftet målet uppnå charge date follow followed measured goal purpose "
        "ta tas fram göra gör genomföra genomförs plan planen blev gick gjordes genomfördes genomförts "
        "införts gjorts status äger ägs ägare ägaren "
        # being done, said in other words: "när ska X vara på plats / igång / genomförd?"
        "plats igång färdig färdigt färdiga genomförd genomfört genomförda införd infört införda startar "
        "starta start börjar påbörjas påbörjad sker äger rum erbjuds ges "
        # asking in other words: "vilken indikator används för X?", "vem ligger X på?", "tar hand om"
        "används använder användas ligger tar leder leds leda ledas enhet enheten avdelning avdelningen "
        "del delen"
    )
)
# Headers of the column an activity's goal is read from that say why it is done ("Syfte", "Därför",
# "Varför", a short "Behov"): its cell answers "varför gör de X?". A goal ("Mål", "Vad vill vi
# uppnå?") says what, not why; a goal read from a section heading or a long paragraph of needs is no
# reason given for the one activity.
PURPOSE_HEADER_RE = re.compile(r"syfte|varför|därför|behov|motiv|why|purpose", re.I)
# Headers of a follow-up table's column saying how it went, beside the status ("Kommentar",
# "Resultat", "Utfall", "Kommentar/resultat", "Notering"): the answer to "hur gick det med X?" is the
# status with them. A running number ("Nr") or the activity's area says nothing of how it went.
OUTCOME_HEADER_RE = re.compile(
    r"kommentar|resultat|utfall|notering|anmärkning|redovisning|läge|utvärdering|effekt|måluppfyllelse"
    r"|comment|result|outcome|notes?\b",
    re.I,
)
