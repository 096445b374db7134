"""Content of the two plans layouts_c.py writes (invented text; the unseen gold was typed from it)."""

from __future__ import annotations

DOCX_FILE = "umea-tekniska-2026-2028.docx"
PDF_FILE = "lansstyrelsen-dalarna-2025-2026.pdf"

# ---- Plan 1 (DOCX): Tekniska förvaltningen, Umeå kommun -------------------------------------
D_FIGURES = [
    "Tekniska förvaltningen hade 638 anställda den 30 november 2025, varav 571 tillsvidareanställda "
    "och 67 visstidsanställda.",
    "Andelen kvinnor var 31 procent och medelåldern 45,2 år.",
    "Under 2025 gick 14 medarbetare i pension och förvaltningen rekryterade 49 nya medarbetare.",
    "Av medarbetarna är 174 personer 55 år eller äldre, vilket gör att pensionsavgångarna ökar de "
    "kommande åren. Målet är att sjukfrånvaron ska vara lägre än 5 procent.",
]
D_TABLE = [
    ("Mått", "2024", "2025"),
    ("Personalomsättning, %", "8,9", "7,6"),
    ("Sjukfrånvaro, %", "5,8", "5,5"),
    ("Korttidssjukfrånvaro, %", "2,6", "2,4"),
]
D_GAPS = [
    "Ingenjörer inom VA och fjärrvärme",
    "Projektledare för ombyggnad av gator och broar",
    "Drifttekniker med behörighet för ställverk",
    "Fordonsmekaniker till kommunens verkstad",
    "Upphandlare med erfarenhet av entreprenadjuridik",
]
D_HEADERS = ("Fokus", "Vad vi gör", "Därför", "Färdigt", "Huvudansvar", "Hur vi vet att det fungerar")
D_ACTIVITIES = [  # (focus, activity, why, done, who, how we know)
    (
        "Attrahera",
        "Vi tar emot gymnasieelever från teknikprogrammet för praktik varje vår",
        "Unga ska se förvaltningen som en framtida arbetsgivare",
        "VT 2026",
        "Enhetschefer",
        "Antal praktikplatser",
    ),
    (
        "Attrahera",
        "Vi visar upp yrkena på mässor och i sociala medier",
        "Unga ska se förvaltningen som en framtida arbetsgivare",
        "Löpande",
        "Kommunikatör och HR",
        "Antal sökande per annons",
    ),
    (
        "Rekrytera",
        "Kompetensbaserad rekrytering med strukturerade intervjuer i alla rekryteringar",
        "Rätt person på rätt plats",
        "2026-06-30",
        "Rekryterande chef med stöd av HR",
        "Andel rekryteringar enligt metoden",
    ),
    (
        "Introducera",
        "En gemensam introduktionsdag för alla nyanställda varje kvartal",
        "Nya medarbetare ska snabbt komma in i arbetet",
        "Q1 2026",
        "HR-strateg",
        "Enkät till nyanställda efter sex månader",
    ),
    (
        "Utveckla",
        "Ledarprogram för arbetsledare i driftverksamheten",
        "Fler chefer ska komma inifrån",
        "HT 2026",
        "Förvaltningschef",
        "Antal deltagare som slutfört programmet",
    ),
    (
        "Utveckla",
        "Individuella utvecklingsplaner för alla medarbetare",
        "Kompetensen ska följa med när tekniken ändras",
        "2027",
        "Närmaste chef",
        "Andel medarbetare med plan",
    ),
    (
        "Behålla",
        "Se över lönestrukturen för ingenjörer och tekniker",
        "Minska personalomsättningen i bristyrken",
        "Q3 2026",
        "HR-chef och ekonomichef",
        "Personalomsättning per yrkesgrupp",
    ),
    (
        "Behålla",
        "Friskvårdsbidrag och ergonomigenomgångar i verkstäderna",
        "Minska personalomsättningen i bristyrken",
        "2026-2028",
        "Arbetsmiljösamordnare",
        "Sjukfrånvaro",
    ),
    (
        "Avsluta",
        "Avslutningssamtal med alla som slutar",
        "Ta tillvara erfarenheter och kunskap",
        "Löpande",
        "Närmaste chef",
        "Sammanställning två gånger per år",
    ),
    (
        "Avsluta",
        "Mentorskap där blivande pensionärer lär upp efterträdare",
        "Ta tillvara erfarenheter och kunskap",
        "2028",
        "Enhetschefer",
        "Antal mentorspar",
    ),
]

# ---- Plan 2 (PDF): Länsstyrelsen i Dalarnas län ---------------------------------------------
P_FACTS = [
    ("Anställda den 31 december 2024", "412"),
    ("varav tillsvidareanställda", "377"),
    ("Andel kvinnor", "64 %"),
    ("Medelålder", "47 år"),
    ("Personalomsättning 2024", "9,8 %"),
    ("Sjukfrånvaro 2024", "4,1 %"),
    ("Pensionsavgångar 2024", "11"),
]
P_PROSE = (
    "Personalomsättningen minskade från 12,3 procent 2023 till 9,8 procent 2024. Inom fem år "
    "fyller 58 medarbetare 65 år. Enligt beslut § 12 ska planen följas upp varje år."
)
P_GAPS = [
    "Miljöhandläggare med naturvetenskaplig examen",
    "Jurister med inriktning på plan- och bygglagen",
    "GIS-ingenjörer",
    "Handläggare med kunskap om krisberedskap",
]
P_HEADERS = ("Nr", "Insatsområde", "Aktivitet", "Tidpunkt", "Ansvarig", "Uppföljs genom")
P_ACTIVITIES = [  # (area, activity, when, who, follow-up)
    (
        "Attrahera",
        "Delta i högskolornas arbetsmarknadsdagar i Falun, Uppsala och Umeå med medarbetare från "
        "miljö- och planenheterna",
        "Varje termin",
        "Enhetschefer och HR",
        "Antal kontakter och sökande",
    ),
    (
        "Attrahera",
        "Erbjuda examensarbeten och praktikplatser för studenter inom miljövetenskap och juridik",
        "HT 2025",
        "Enhetschefer",
        "Antal examensarbeten",
    ),
    (
        "Rekrytera",
        "Annonsera bristyrken nationellt och erbjuda distansarbete två dagar i veckan",
        "2025-06-30",
        "HR-specialist",
        "Antal behöriga sökande",
    ),
    (
        "Rekrytera",
        "Ta fram en rekryteringsguide för chefer med mallar för kravprofiler",
        "Q2 2025",
        "HR-enheten",
        "Guiden publicerad",
    ),
    (
        "Introducera",
        "Digital introduktion om myndighetens uppdrag som alla nyanställda går under första månaden",
        "Q4 2025",
        "HR-enheten med stöd av kommunikatörer",
        "Andel nyanställda som gått introduktionen",
    ),
    (
        "Introducera",
        "Fadder för varje nyanställd handläggare under det första halvåret",
        "Löpande",
        "Närmaste chef",
        "Medarbetarenkät",
    ),
    (
        "Utveckla",
        "Utbildning i förvaltningsrätt och myndighetsutövning för nya handläggare",
        "2025",
        "Rättsenheten",
        "Antal utbildade",
    ),
    (
        "Utveckla",
        "Kompetensinventering i alla enheter med gemensam mall",
        "VT 2026",
        "Enhetschefer",
        "Inventering genomförd",
    ),
    (
        "Utveckla",
        "Ledarutveckling för chefer med fokus på tillitsbaserad styrning",
        "2025-2026",
        "Länsrådet",
        "Chefsenkät",
    ),
    (
        "Behålla",
        "Lönekartläggning och riktade lönesatsningar för svårrekryterade grupper",
        "Q3 2025",
        "HR-chef",
        "Personalomsättning",
    ),
    (
        "Behålla",
        "Karriärvägar för specialister med tydliga krav för varje steg",
        "2026-12-31",
        "Länsrådet och HR-chef",
        "Antal specialister",
    ),
    (
        "Avsluta",
        "Strukturerade avgångssamtal och överlämning av ärenden innan pension",
        "Löpande",
        "Närmaste chef",
        "Avgångsenkät",
    ),
]
