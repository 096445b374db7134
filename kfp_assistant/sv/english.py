"""Questions asked in English: recognised, and their HR terms put in the plans' Swedish.

The plans are Swedish. The dense model is multilingual, but the router and the word rankings match
Swedish words, so an English question ("What is the staff turnover?") would match nothing. A
glossary of general HR English, one term per line as `english phrases | svenska`, turns the
question's terms into the words plans use; the answer is written from the Swedish text and says so.
A trailing "*" lets an English word continue ("retire*" covers "retirement", "retired").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kfp_assistant.sv.text import split_words

_GLOSSARY = """
staff turnover|employee turnover|personnel turnover|turnover rate|turnover|attrition | personalomsättning
short-term sick leave|short term sick leave|short-term sickness absence | korttidssjukfrånvaro
long-term sick leave|long term sick leave|long-term sickness absence | långtidssjukfrånvaro
sick leave|sickness absence|sick-leave|sickness rate|absence due to illness | sjukfrånvaro
permanent employees|permanent staff|permanently employed|permanent positions | tillsvidareanställda
permanent contracts|permanent contract|permanent employment | tillsvidareanställda
temporary employees|temporary staff|fixed-term employees|fixed-term staff|temps | visstidsanställda
hourly paid|hourly-paid|hourly staff|hourly employees | timavlönade
full-time|full time | heltid
part-time|part time | deltid
average age|mean age | medelålder
age structure|age distribution | åldersstruktur
age groups|age group|age band|age bands | åldersgrupp
gender distribution|gender balance|gender split|gender breakdown | könsfördelning
women|female|woman | kvinnor
men|male | män
employees|staff|personnel|workforce|headcount|people employed|employed|people work|workers | anställda
co-workers|coworkers|colleagues | medarbetare
retirements|retire*|pension* | pensionsavgångar
recruitments|recruiting|recruitment|recruit*|hiring|hires|hired|new hires | rekrytering
leavers|departures|people leaving|quit|resigned|left the organisation | avgångar
exit interviews|exit interview | avslutssamtal
exit surveys|exit survey|exit questionnaire | avgångsenkät
offboarding|leaving|leave | avslut
new employees|new staff|newly hired|newly employed|newcomers | nyanställda
onboarding|induction|introduction of new|introduc* | introduktion
attract*|employer brand*|employer branding | attrahera
retain*|retention|keep staff|keep employees|make staff stay|stay | behålla
develop*|training|skills development|competence development|upskilling | utveckla
competence gaps|competency gaps|skills gaps|skill gaps|competence needs|gaps|needs | kompetensbehov
shortage occupations|hard to recruit|hard-to-recruit|difficult to recruit|shortage | svårrekryterade
hardest|most difficult|most challenging | svårast
hard|difficult|challenging|tricky | svåra
roles|occupations|professions|occupational groups|staff groups|job roles|job titles | yrkesgrupper
activities|actions|measures|initiatives|activity | aktiviteter
responsible|in charge|owner|who is responsible | ansvarig
follow-up|followed up|follow up|monitored|evaluated | uppföljning
target date|deadline|due date|by when | måldatum
in place|up and running|completed|finished|done | på plats
targets|target|goals|goal|objectives|objective | mål
requirements|requirement | krav
points | poäng
manager development|management development|leadership development|leader development | ledarutveckling
management structure|manager structure|leadership structure | chefsstruktur
managers|manager|supervisors|leaders | chefer
buddy system|buddy programme|buddy program|buddies|buddy | fadder
leads|led by|runs|run by|drives|driven by|coordinates|coordinated by | leder
how do they know|how will they know|how do we know|how would they know | hur vet de
how often | hur ofta
roll out|rolled out|implement|implemented | införa
leadership | ledarskap
social workers|social worker | socialsekreterare
case officers|care managers|care needs assessors|needs assessors | biståndshandläggare
needs assessment officers|needs assessment officer | biståndshandläggare
staffing units|staffing unit|staffing pool|staffing centre|staffing center | bemanningsenhet
staffing|manning | bemanning
agency nurses|hired nurses|contracted nurses | inhyrda sjuksköterskor
temporary agency staff|agency staff|contracted staff | inhyrd personal
traffic office|traffic administration|transport office|transportation office | trafikkontoret
social services administration|social services department|social administration | socialförvaltningen
education administration|education department | utbildningsförvaltningen
healthcare administration|health care administration | hälso- och sjukvårdsförvaltningen
environment and health administration|environmental administration | miljöförvaltningen
district administration|borough administration | stadsdelsförvaltningen
assistant nurses|nursing assistants|assistant nurse | undersköterskor
specialist nurses|specialist nurse | specialistsjuksköterskor
nurses|nurse | sjuksköterskor
care assistants|care assistant | vårdbiträden
teachers|teacher | lärare
doctors|doctor|physicians|physician | läkare
engineers|engineer | ingenjörer
departments|department | avdelning
units|unit | enhet
preschool teachers|preschool teacher|pre-school teachers | förskollärare
childminders|nursery assistants|childcare workers|child minders | barnskötare
elderly care|eldercare|care of the elderly|elder care | äldreomsorg
preschool|pre-school|nursery school | förskola
work environment|working environment | arbetsmiljö
salary|salaries|pay|wages|wage | lön
digitalisation|digitalization|digital skills|digital | digitalisering
the plan|plan | planen
plans | planerna
culture administration|cultural administration|culture department | kulturförvaltningen
social services committee|social welfare committee|social services board | socialnämnden
health and medical care administration | hälso- och sjukvårdsförvaltningen
city of stockholm|stockholm city | Stockholms stad
municipality|municipal | kommun
county council|regional council | region
compared with|compared to|compare|comparison|versus|differ|difference | jämför
what is new|what's new|what is different|what's different | vad har förändrats
what has changed|what changed|what are the differences|what differs | vad har förändrats
differences|different|differs | skillnad
in common|similarities|similar|alike | gemensamt
both plans|the two plans|both the plans | båda planerna
between the plans|between the two plans|between plans|between both plans | mellan planerna
the previous one|the earlier one|the old one|the old plan|older plan | förra planen
the previous version|previous version | förra planen
added|introduced|new activities | tillkommit
removed|taken out|deleted|disappeared|no longer included|dropped out|left out|scrapped | tagits bort
increased|gone up|went up|risen|rose|grown|grew|higher now | ökat
decreased|gone down|went down|fallen|fell|declined|reduced|shrunk|lower now | minskat
developed|evolved|changed|changes|change | förändrats
improved|got better | förbättrats
worsened|got worse | försämrats
higher than|more than | högre än
lower than|less than|fewer than | lägre än
both | båda
welcome|welcomes|welcoming|receive|receives|receiving | tar emot
has more|have more | har fler
has fewer|have fewer | har färre
since | sedan
the two | de två
the city average|city average|the city as a whole|the whole city|citywide|the city | staden
the national average|national average|nationally|the country | riket
artificial intelligence | AI
staff leaving|employees leaving|people quitting|staff quitting|employees quitting | avgångar
how many|number of | hur många
how high|how large|how big|what is|what was|what's | hur hög är
why | varför
list|lists|listed|mention|mentions|mentioned|identify|identifies|identified | nämner
describe|describes|described|raise|raises|raised|say|says|said | nämner
mean|means|meaning|stand for|stands for | innebär
what does|what do|what did | vad gör
which|what | vilka
who | vem
when is|when are|when will|when should|when shall|when does|when do | när ska
when was|when were|when did | när var
when | när
fixed-term contracts|fixed-term contract|temporary contracts|temporary contract | visstidsanställda
vacancies|vacancy|vacant positions|open positions|unfilled positions | vakanser
fill vacancies|fill positions|filling vacancies|filling positions | tillsätta tjänster
applicants|applicant|candidates|job seekers | sökande
job ads|job advertisements|advertising|advertise|advertised | annonsering
redeployment|reassignment|redeploy* | omplacering
internal mobility|job rotation|move between jobs | intern rörlighet
staffing agencies|staffing agency|hired staff|hired personnel | inhyrd personal
schedules|schedule|rosters|roster|scheduling|shifts|shift work | scheman
healthy | hälsosamma
workload|work load|work pressure | arbetsbelastning
health|wellbeing|well-being|wellness | hälsa
staff survey|employee survey|engagement survey | medarbetarenkät
survey|surveys|questionnaire | enkät
gender equality | jämställdhet
diversity | mångfald
careers|career|career paths|career path|career development | karriär
succession planning|succession | successionsplanering
knowledge transfer|transfer of knowledge|pass on knowledge|passing on knowledge | kunskapsöverföring
mentors|mentor|mentoring|mentorship | mentor
supervisors for students|student supervisors|tutors | handledare
internships|internship|work placements|placement students|trainees | praktik
students|student|graduates|newly graduated | studenter
universities|university|colleges | högskolor
language skills|language|languages | språk
swedish | svenska
incidents|incident|deviations|incident reports | händelser
threats and violence|threats|violence | hot och våld
priorities|priority|prioritised|prioritized | prioritering
risks|risk | risk
challenges|challenge | utmaningar
overtime | övertid
older employees|older staff|older workers|senior employees | äldre medarbetare
younger employees|younger staff|young people | yngre
reported|were reported|was reported | rapporterades
ranking|priority order|order of priority|in what order|what order | rangordning
the previous plan|the last plan|previous plan|earlier plan|last plan | förra planen
the new plan|the current plan|current plan|latest plan|new plan | nya planen
last year|the year before|previous year | förra året
the same period|same period | samma period
"""

# Function words that tell English from Swedish: a question with clearly more English than Swedish
# ones is English.
_ENGLISH_WORDS = frozenset(
    split_words(
        "the a an is are was were what which who how many much does do did has have had to of in at for by"
        " with and or from their there this that these those they it its be been will would should can"
        " could about between than per"
    )
)
# Further English words that say how a question asks, not what about ("what did the plan say about
# ..."): left in an English question's content words, they would count against every Swedish sentence.
_FUNCTION_WORDS = _ENGLISH_WORDS | frozenset(
    split_words(
        "must may might shall say says said tell tells told mention mentions mentioned describe describes"
        " on into under over not no any all some our your my we you i me us them when where why whose"
        " also so if then up out get gets make makes being more most other such as s its it's there's"
        " plans plan document see sees saw seen identify identifies identified identifying list lists"
        " listed name names named city town"
    )
)
_SWEDISH_WORDS = frozenset(
    split_words(
        "och är var vad vilka vilken vem hur många mycket gör har hade att av i på för med som det den de"
        " en ett till från om inom mellan än också kan ska skulle finns jobbar"
    )
)


def _parse(table: str) -> list[tuple[re.Pattern[str], str]]:
    rows: list[tuple[str, str]] = []
    for line in table.strip().splitlines():
        english, swedish = (part.strip() for part in line.rsplit(" | ", 1))
        rows += [(phrase.strip(), swedish) for phrase in english.split("|") if phrase.strip()]
    rows.sort(key=lambda r: -len(r[0]))  # longest first: "short-term sick leave" before "sick leave"
    compiled = []
    for phrase, swedish in rows:
        body = r"\s+".join(
            re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in phrase.split()
        )
        compiled.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE), swedish))
    return compiled


@lru_cache(maxsize=1)
def _glossary() -> list[tuple[re.Pattern[str], str]]:
    return _parse(_GLOSSARY)


def is_english(text: str) -> bool:
    """Whether a question is written in English (by its function words)."""
    words = re.findall(r"[a-zåäö']+", text.lower())
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    swedish = sum(1 for w in words if w in _SWEDISH_WORDS)
    return english >= 2 and english > 2 * swedish


# Function words left after the glossary: they would count as topic words of the Swedish question.
# Words that carry an age band or a comparison ("between", "than", "at least", "from … to") stay.
_DROPPED = frozenset(
    split_words(
        "the a an is are was were does do did its their it this that these those there be been will would"
        " should can could has have had of by for in with"
    )
)
# A quoted term opens after no letter: the apostrophe of a possessive ("Solna's plan ... managers'")
# quotes nothing.
_QUOTED = re.compile(r"""((?<!\w)['"‘’“”][^'"‘’“”]{2,80}['"‘’“”](?!\w))""")


def in_swedish_terms(text: str) -> str:
    """An English question with its HR terms replaced by the plans' Swedish words (others kept; a
    quoted term, which the user copied from a plan, stays as written)."""
    parts = _QUOTED.split(text)
    for i in range(0, len(parts), 2):  # odd parts are the quoted terms
        out = parts[i]
        for rx, swedish in _glossary():
            # A marker keeps replaced text from being matched again by a shorter phrase.
            out = rx.sub(lambda _m, s=swedish: "\x01" + s.replace(" ", "\x02") + "\x01", out)
        kept = (w for w in out.split() if w.casefold() not in _DROPPED or "\x01" in w)
        parts[i] = " ".join(kept).replace("\x01", " ").replace("\x02", " ")
    return " ".join(" ".join(parts).split())  # spaced: a quoted term stays a word of its own


def without_function_words(text: str) -> str:
    """An English question without the English words that only say how it asks (its content words and
    the Swedish terms put in by in_swedish_terms kept)."""
    text = re.sub(r"(?<=\w)['’]s?(?!\w)", "", text)  # the possessive: "Solna's", "managers'"
    kept = [w for w in text.split() if w.lower().strip("?,.;:!'’\"()") not in _FUNCTION_WORDS]
    return " ".join(kept)
