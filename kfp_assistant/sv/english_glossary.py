"""General HR English and the plans' Swedish words for it, one term a line: `english phrases | svenska`
(sv/english.py reads it). A trailing "*" lets an English word continue ("retire*" covers "retirement").
The longest phrase is matched first ("short-term sick leave" before "sick leave"); phrases that ask
("how does", "what is the reason") become the Swedish asking words the router reads.
"""

GLOSSARY = """
staff turnover|employee turnover|personnel turnover|turnover rate|turnover|attrition | personalomsättning
short-term sick leave|short term sick leave|short-term sickness absence | korttidssjukfrånvaro
long-term sick leave|long term sick leave|long-term sickness absence | långtidssjukfrånvaro
sick leave|sickness absence|sick-leave|sickness rate|absence due to illness | sjukfrånvaro
permanent employees|permanent staff|permanently employed|permanent positions | tillsvidareanställda
permanent contracts|permanent contract|permanent employment | tillsvidareanställda
temporary employees|temporary staff|fixed-term employees|fixed-term staff|temps | visstidsanställda
hourly paid|hourly-paid|hourly staff|hourly employees | timavlönade
monthly paid|monthly-paid|monthly salaried|salaried | månadsavlönade
full-time equivalents|full-time equivalent|full time equivalents|FTEs|FTE|annual work units | årsarbetare
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
retirements|retire*|retiring|pension* | pensionsavgångar
when staff retire|when people retire|when employees retire|when someone retires | när folk går i pension
when they retire | när de går i pension
last year's|last years|previous year's | förra årets
external hires|external recruitments|external recruitment | externa rekryteringar
hired externally|hire externally | externa rekryteringar
hire more|hired more|hires more|recruit more|recruited more|recruits more | anställde fler
hire fewer|hired fewer|recruited fewer | anställde färre
recruitments|recruiting|recruitment|recruit*|hiring|hires|hired|hire | rekrytering
on hold|postponed|postpone|deferred|paused | skjuts upp
alumni networks|alumni network|alumni | alumnnätverk
leavers|departures|people leaving|quit|resigned|left the organisation | avgångar
exit interviews|exit interview | avslutssamtal
exit surveys|exit survey|exit questionnaire | avgångsenkät
what is being done about|what's being done about|what is done about|what are they doing about | vad görs åt
what is being done to|what's being done to|what is done to | vad görs för att
health talks|health talk|health conversations|health conversation|health dialogues | hälsosamtal
e-learning|elearning|online course|online training|web-based training | e-utbildning
complete|carry out | genomföra
over the plan period|over the planning period|during the plan period|over the period | under planperioden
over|above|older than | över
offboarding|leaving|leave | avslut
new employees|new staff|newly hired|newly employed|newcomers|new hires | nyanställda
onboarding|induction|introduction of new|introduction*|introductory|introduce | introduktion
onboard|onboards|onboarded | introducera
introducing|introduces | inför
attract*|employer brand*|employer branding | attrahera
retain*|retention|keep staff|keep employees|make staff stay|stay | behålla
training programmes|training programme|training programs|training program|training course* | utbildning
training series|training sessions|training session|courses|course | utbildning
data analysis|data analytics | dataanalys
analysis|analyses | analys
develop*|training|skills development|competence development|upskilling | utveckla
competence gaps|competency gaps|skills gaps|skill gaps|competence needs|gaps|needs | kompetensbehov
hardest to recruit|most difficult to recruit|hardest to find | svårast att rekrytera
hardest to fill|most difficult to fill|hardest to staff|most difficult to staff | svårast att rekrytera
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
health protection inspectors|environmental health inspectors | hälsoskyddsinspektörer
environment and health inspectors | hälsoskyddsinspektörer
inspectors|inspector | inspektörer
technicians|technician | tekniker
individual and family care|individual and family services | individ- och familjeomsorg
how hard is it to recruit|how difficult is it to recruit | hur svårt är det att rekrytera
how hard is it to find|how difficult is it to find | hur svårt är det att rekrytera
is it hard to recruit|is it difficult to recruit | är det svårt att rekrytera
is it hard to find|is it difficult to find | är det svårt att rekrytera
spent on|spend on|spending on|cost of|costs of|costs for|cost for | kostnad för
spent|spend|spending|costs|cost | kostnad
time to fill|time to hire|time-to-hire|time-to-fill|time to recruit|lead time | tid till tillsättning
filling a vacancy|fill a vacancy|filling a position|fill a position | tid till tillsättning
quicker|faster|quickest|fastest | snabbare
sick leave rate|sickness absence rate|rate of sick leave | sjukfrånvaro
children and young people|children and youth|child and youth|children and adolescents | barn och unga
local authority|local authorities | kommun
exercise of authority|authority | myndighet
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
district administrations|borough administrations|city districts|districts|boroughs | stadsdelsförvaltningarna
district administration|borough administration | stadsdelsförvaltningen
companies|municipal companies|municipally owned companies | bolagen
administrations | förvaltningarna
which administration|which department|which organisation|which organization | vilken förvaltning
administration | förvaltning
externally | externt
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
average monthly salary|average monthly pay|mean monthly salary | genomsnittlig månadslön
monthly salary|monthly salaries|monthly pay|salary per month|pay per month | månadslön
average salary|average salaries|average pay|mean salary | medellön
benefits|perks|fringe benefits|employee benefits|staff benefits | förmåner
on top of|in addition to|besides|apart from | utöver
offer|offers|offered|offering | erbjuder
per job ad|per job ads|per job advert|per advert|per ad|per job posting|per posting|per vacancy | per annons
how hard do they rate|how difficult do they rate|how do they rate|how do they assess | hur bedömer de
assessment|assessments|assessed|assess|assesses | bedömning
quarters|quarter | kvartal
a week|per week|each week|every week | i veckan
a month|per month|each month|every month | i månaden
per year|each year|every year|annually|a year | per år
right now|at the moment|at present|currently|nowadays | nu
organisations|organizations | organisationer
digitalisation|digitalization|digital skills|digital | digitalisering
the plan|plan | planen
plans | planerna
culture administration|cultural administration|culture department | kulturförvaltningen
elderly care administration|elder care administration|eldercare administration | äldreförvaltningen
elderly care department|elderly services administration | äldreförvaltningen
social services committee|social welfare committee|social services board | socialnämnden
health and medical care administration | hälso- och sjukvårdsförvaltningen
city of stockholm|stockholm city | Stockholms stad
municipalities | kommuner
municipality|municipal | kommun
county council|regional council | region
county administrative board|county administrative boards|county board | länsstyrelsen
technical services department|technical services administration | tekniska förvaltningen
technical department|technical administration|technical services | tekniska förvaltningen
culture and leisure administration|culture and leisure department | kultur- och fritidsförvaltningen
culture and leisure|culture and recreation | kultur och fritid
harbour administration|harbor administration|port administration|port authority | hamnförvaltningen
health and social care|care and welfare|care and social services | vård och omsorg
urban planning|community planning|community development|planning and building | samhällsbyggnad
compared with|compared to|compare|comparison|versus|differ|difference | jämför
what is new|what's new|what is different|what's different | vad har förändrats
what has changed|what changed|what are the differences|what differs | vad har förändrats
differences|different|differs | skillnad
in common|similarities|similar|alike | gemensamt
both plans|the two plans|both the plans | båda planerna
between the plans|between the two plans|between two plans|between plans|between both plans | mellan planerna
the previous one|the earlier one|the old one|the old plan|older plan | förra planen
the previous version|previous version | förra planen
added|introduced|new activities | tillkommit
removed|taken out|deleted|disappeared|no longer included|dropped out|left out|scrapped | tagits bort
were dropped|was dropped|been dropped|dropped from|discontinued | tagits bort
remain|remains|remaining|still there|still included|carried over|kept on | finns kvar
going up or down|gone up or down|up or down|risen or fallen|increased or decreased | ökat eller minskat
increased|gone up|went up|go up|goes up|risen|rose|grown|grew|higher now | ökat
rise|rises|grow|grows | ökat
decreased|gone down|went down|fallen|fell|declined|reduced|shrunk|lower now | minskat
go down|goes down|drop|drops|dropped | minskat
and what about|what about|how about|and how about | och
are expected to|is expected to|expected to|are projected to|projected to|are forecast to | väntas
developed|evolved|changed|changes|change | förändrats
improved|got better | förbättrats
worsened|got worse | försämrats
higher than|more than | högre än
lower than|less than|fewer than | lägre än
higher|greater | högre
is lower|are lower | är lägre
has lower|have lower | har lägre
the lower|a lower|lower share|lower rate | lägre
more | fler
fewer|less | färre
seasonal workers|seasonal staff|seasonal employees|seasonal employment|seasonal | säsongsanställda
better than | bättre än
worse than | sämre än
both | båda
either|or | eller
and | och
between | mellan
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
why|how come | varför
list|lists|listed|mention|mentions|mentioned|identify|identifies|identified | nämner
describe|describes|described|raise|raises|raised|say|says|said | nämner
mean|means|meaning|stand for|stands for | innebär
what is meant by|what's meant by|what is understood by | vad menas med
meant by|understood by | menas med
what counts as|what is counted as|what is classed as|what is regarded as | vad räknas som
counts as|count as|counted as|classed as|classified as|regarded as | räknas som
what does|what do|what did | vad gör
how old | hur gamla
on average|on avg | i snitt
vulnerable|vulnerability|fragile | sårbar
dealing with|deal with|deals with|handling|handle|handles|tackling|tackle|tackles|addressing | hanterar
which|what | vilka
who | vem
when is|when are|when will|when should|when shall|when does|when do|when must | när ska
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
mentors|mentor|mentoring|mentorship | mentorer
supervisors for students|student supervisors|tutors | handledare
internships|internship|interns|intern|work placements|placement students|trainees | praktik
take interns|take in interns|take on interns|accept interns|host interns|take trainees | tar emot praktikanter
take students|host students|take in students|take on students | tar emot studenter
students|student|graduates|newly graduated | studenter
universities|university|colleges | högskolor
language skills|language|languages | språk
swedish | svenska
incidents|incident|deviations|incident reports | händelser
threats and violence|threats|violence | hot och våld
priorities|priority|prioritised|prioritized | prioritering
competence risks|competency risks|skills risks|competence risk | kompetensrisker
risks|risk | risk
challenges|challenge | utmaningar
overtime | övertid
older employees|older staff|older workers|senior employees | äldre medarbetare
oldest | äldst
youngest | yngst
older | äldre
younger | yngre
younger employees|younger staff|young people | yngre
reported|were reported|was reported | rapporterades
ranking|priority order|order of priority|in what order|what order | rangordning
the previous plan|the last plan|previous plan|earlier plan|last plan | förra planen
the new plan|the current plan|current plan|latest plan|new plan | nya planen
last year|the year before|previous year | förra året
the same period|same period | samma period
how much | hur mycket
how long | hur länge
how does|how do|how did|how will|how would|how can|how could|how should|how is|how are|how | hur
what is the main reason|what was the main reason|what's the main reason | vad är den främsta orsaken till
what are the main reasons|what were the main reasons | vad är den främsta orsaken till
what is the reason|what was the reason|what's the reason | vad är orsaken till
what are the reasons|what were the reasons|what explains | vad är orsaken till
what is the cause|what was the cause|what are the causes|what caused|what causes | vad är orsaken till
what's behind|what is behind|what lies behind|what was behind | vad ligger bakom
what's driving|what is driving|what drove | vad ligger bakom
main reason|main reasons|main cause|primary reason|most common reason | främsta orsaken
reasons|reason|causes|cause|explanation | orsak
because of|due to|owing to | på grund av
lead to|leads to|led to|result in|results in|resulted in | leder till
plan to|plans to|planning to|planned to|intend to|intends to|going to | ska
want to|wants to|aim to|aims to|hope to|hopes to|would like to | vill
achieve|accomplish | uppnå
define|defines|defined | definierar
reduce|reducing|lower|lowering|cut down|decrease|decreasing|bring down|get down | minska
increase|increasing|boost|boosting | öka
improve|improving|strengthen|strengthening | förbättra
prevent|preventing | förebygga
ensure|ensuring|make sure | säkerställa
get more | få fler
keep|keeping|hold on to | behålla
lack|lacks|lacking | saknar
are missing|is missing|missing | saknas
shortage of|shortages of|lack of|shortage in | brist på
skills|skill|competences|competencies|competence|competency|expertise | kompetens
experienced staff|experienced employees|experienced colleagues|experienced workers | erfarna medarbetare
caseworkers|caseworker|case workers|case handlers | handläggare
left | lämnade
leadership programme|leadership programmes|leadership program|leadership programs | ledarprogram
leadership training|management training | ledarutveckling
programme|programmes|program|programs | program
full-time staff|full-time employees|full-time positions|full-time jobs|full-timers | heltidsanställda
part-time staff|part-time employees | deltidsanställda
hard to find|difficult to find | svårrekryterade
hard to fill|difficult to fill|hard to staff | svårrekryterade
where is|where are|where was|where were | var är
where did|where do|where does|where | var
come from|came from|comes from|coming from | kommer ifrån
highest|the highest | högst
lowest|the lowest | lägst
most common | vanligast
biggest|largest|greatest | största
they | de
summer jobs|summer job|summer work|seasonal jobs | sommarjobb
why people quit|why staff quit|why employees quit | varför medarbetare slutar
according to|as stated in|as set out in|as per | enligt
why people leave|why staff leave|why employees leave | varför medarbetare slutar
what makes it hard|what makes it difficult|what makes it harder | vad gör det svårt
what is the purpose of|what's the purpose of|what is the point of | vad är syftet med
what happens if|what would happen if|what will happen if | vad händer om
what happens when|what could happen if | vad händer om
what are the consequences|what is the consequence | vilka risker
what are the risks|what is the risk|what risks | vilka risker
calculated|calculate|calculates|calculating|computed|compute|estimated|worked out|arrived at | beräknat
based on|built on|grounded in | bygger på
most critical|most urgent|most pressing|highest priority|top priority | mest kritiska
prioritise|prioritize|prioritises|prioritizes|prioritised|prioritized | prioriterar
what is the aim of|what is the idea behind | vad är syftet med
purpose|purposes | syfte
need more|needs more | behöver fler
need|needed | behöver
teleworking|telework|hybrid work|work remotely|working remotely|remotely | distansarbete
can staff|can employees|may staff|are staff allowed to|are employees allowed to | får medarbetare
work with other|working with other|cooperate with|collaborate with | samverkan med
cooperation with|collaboration with | samverkan med
cooperation|collaboration|cooperate|collaborate | samverkan
structure of managers|managerial structure | chefsstruktur
technical | teknisk
action plans|action plan | handlingsplan
revised|updated | reviderad
key roles|key role|key positions|key position|key functions | nyckelroller
consultants|consultant|consultancies|consulting firms | konsulter
work from home|working from home|remote work|remote working | distansarbete
want|wants | vill ha
new | ny
clinical | klinisk
who is responsible for|who's responsible for|who are responsible for|who is in charge of | vem ansvarar för
who will be responsible for|who leads|who runs|who owns | vem ansvarar för
people leave|staff leave|employees leave|people quit|staff quit|employees quit | avgångar
attract new staff|attract new employees|attract new people|attract new workers | attrahera nya medarbetare
do for|do about|doing for|doing about | för
do to|doing to | för att
turn 65|turns 65|turning 65|will be 65|reach 65|reaches 65|reaching 65 | fyller 65
turn|turns|turning | fyller
within | inom
what share of|what proportion of|what percentage of | hur stor andel av
how large a share of|how big a share of | hur stor andel av
share of|proportion of|percentage of|share|proportion|percentage | andel
next|coming|upcoming | kommande
years|year | år
months | månader
month | månad
days | dagar
day | dag
this year | i år
"""
