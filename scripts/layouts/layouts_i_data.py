"""Content of the two invented plans (writer i). Imported by layouts_i.py; the writer built the gold in eval/layouts/unseen6/gold from it."""

# ---------------------------------------------------------------------------
# Plan 1: Miljöförvaltningen i Stockholms stad, 2026-2028 (PDF)
# ---------------------------------------------------------------------------
P1_FILE = "miljoforvaltningen-stockholm-kfp-2026-2028.pdf"
P1_ADMIN = "Miljöförvaltningen i Stockholms stad"
P1_PERIOD = "2026-2028"

# Key figures, years as rows
P1_KEY_HEAD = [
    "År",
    "Antal anställda",
    "varav tillsvidare",
    "Andel kvinnor %",
    "Sjukfrånvaro %",
    "Personalomsättning %",
    "Medelålder",
]
P1_KEY_ROWS = [
    ["2023", "398", "352", "68", "4,6", "11,2", "43,1"],
    ["2024", "407", "364", "69", "4,9", "10,1", "42,8"],
    ["2025", "419", "381", "70", "4,4", "8,7", "42,5"],
]
P1_KEY_METRICS = [
    None,
    ("employees_total", "count"),
    ("employees_permanent", "count"),
    ("women_share", "percent"),
    ("sick_leave_pct", "percent"),
    ("turnover_pct", "percent"),
    ("average_age", "years"),
]

# Per avdelning
P1_DEPT_HEAD = ["Avdelning", "Antal anställda", "varav chefer", "Sjukfrånvaro %", "Personalomsättning %"]
P1_DEPT_ROWS = [
    ["Livsmedelsavdelningen", "104", "8", "5,2", "9,8"],
    ["Miljöskyddsavdelningen", "96", "7", "3,9", "7,4"],
    ["Hälsoskyddsavdelningen", "78", "6", "4,8", "10,3"],
    ["Avdelningen för miljöanalys", "58", "5", "3,1", "6,2"],
    ["Klimat- och stadsmiljöavdelningen", "47", "4", "4,0", "8,9"],
    ["Staben", "36", "4", "4,7", "7,1"],
    ["Hela förvaltningen", "419", "34", "4,4", "8,7"],
]
P1_DEPT_METRICS = [
    None,
    ("employees_total", "count"),
    None,
    ("sick_leave_pct", "percent"),
    ("turnover_pct", "percent"),
]

# Age bands (trap table: no vocabulary metrics)
P1_AGE_HEAD = ["Åldersgrupp", "Antal tillsvidareanställda", "Andel"]
P1_AGE_ROWS = [
    ["29 år och yngre", "41", "11 %"],
    ["30–39 år", "112", "29 %"],
    ["40–49 år", "104", "27 %"],
    ["50–59 år", "83", "22 %"],
    ["60 år och äldre", "41", "11 %"],
]

# Occupations with recruitment difficulty
P1_OCC_HEAD = ["Yrkesgrupp", "Antal anställda", "Rekryteringsläge 2025", "Bedömning 2028", "Kommentar"]
P1_OCC_ROWS = [
    ["Miljöinspektörer", "118", "Svårt", "Svårt", "Konkurrens från länets kommuner och statliga myndigheter"],
    ["Livsmedelsinspektörer", "86", "Medel", "Svårt", "Få examinerade per år från livsmedelsutbildningarna"],
    [
        "Hälsoskyddsinspektörer",
        "64",
        "Svårt",
        "Mycket svårt",
        "Erfarna sökande saknas, särskilt inom buller och inomhusmiljö",
    ],
    [
        "Miljöutredare och miljöanalytiker",
        "41",
        "Lätt",
        "Medel",
        "Många sökande, men få med programmeringsvana",
    ],
    ["Klimatstrateger", "14", "Medel", "Svårt", "Efterfrågan ökar i hela regionen"],
    ["GIS- och dataanalytiker", "9", "Mycket svårt", "Mycket svårt", "Lönenivån ligger under marknaden"],
    ["Jurister", "6", "Svårt", "Svårt", "Tillsynsjuridik är en smal specialitet"],
    ["Administratörer och registratorer", "28", "Lätt", "Lätt", "Stabil tillgång"],
    ["Chefer", "34", "Medel", "Medel", "Intern rekrytering fungerar väl"],
]

# Gaps table
P1_GAP_LIST = "Identifierade kompetensgap"
P1_GAP_HEAD = ["Nr", "Kompetensgap", "Berörda avdelningar", "Bedömt gap", "Prioritet"]
P1_GAP_ROWS = [
    [
        "1",
        "Erfarna hälsoskyddsinspektörer med kunskap om buller och inomhusmiljö",
        "Hälsoskydd",
        "Stort",
        "1",
    ],
    [
        "2",
        "Tillsynsjuridisk kompetens vid förelägganden och sanktionsavgifter",
        "Alla tillsynsavdelningar",
        "Stort",
        "1",
    ],
    ["3", "Dataanalys, programmering och GIS inom miljöövervakningen", "Miljöanalys", "Stort", "1"],
    ["4", "Klimatanpassning och skyfallsplanering", "Klimat och stadsmiljö", "Medel", "2"],
    ["5", "Digital tillsyn och användning av AI-stöd i handläggningen", "Samtliga", "Medel", "2"],
    ["6", "Kunskap om PFAS och förorenade områden", "Miljöskydd", "Medel", "2"],
    ["7", "Ledarskap i förändring för nya och blivande chefer", "Samtliga", "Medel", "3"],
]

# Follow-up of last year's activities
P1_FU_HEAD = ["Aktivitet 2025", "Område", "Status", "Kommentar"]
P1_FU_ROWS = [
    [
        "Ta fram en gemensam introduktionsplan för inspektörer",
        "Introducera",
        "Genomförd",
        "Används sedan mars 2025 på alla tillsynsavdelningar",
    ],
    [
        "Erbjuda handledning i svåra tillsynsärenden",
        "Behålla",
        "Delvis genomförd",
        "Genomförd på två av tre tillsynsavdelningar",
    ],
    [
        "Starta en rekryteringspool för livsmedelsinspektörer",
        "Rekrytera",
        "Genomförd",
        "Sju anställningar gjordes från poolen",
    ],
    [
        "Utbilda chefer i kompetensbaserad rekrytering",
        "Rekrytera",
        "Genomförd",
        "31 av 34 chefer har gått utbildningen",
    ],
    ["Införa digitala avgångsenkäter", "Avsluta", "Pågår", "Svarsfrekvensen är låg och ses över"],
    ["Kartlägga behovet av GIS-kompetens", "Utveckla", "Ej genomförd", "Flyttas till planen 2026–2028"],
]

# Activities: Utveckla and Behålla with columns Mål | Aktivitet | Klart | Ansvar | Uppföljning
P1_ACT_HEAD_A = ["Mål", "Aktivitet", "Klart", "Ansvar", "Uppföljning"]
P1_ACT_A = {
    "Utveckla": [
        [
            "Inspektörerna har fördjupad kompetens i tillsynsjuridik",
            "Internutbildning i förvaltningsrätt och sanktionsavgifter för samtliga inspektörer",
            "Q2 2026",
            "Juridiska enheten och avdelningschefer",
            "Andel inspektörer som genomgått utbildningen",
        ],
        [
            "Ökad förmåga att använda data i miljöövervakningen",
            "Utbildningsspår i Python och GIS för miljöanalytiker i tre steg",
            "HT 2026",
            "Avdelningschef miljöanalys",
            "Antal genomförda steg per deltagare",
        ],
        [
            "Nya chefer är trygga i sitt uppdrag",
            "Förvaltningens ledarprogram Leda tillsyn för chefer med mindre än två års erfarenhet",
            "2026–2028",
            "HR-avdelningen",
            "Utvärdering efter varje programomgång",
        ],
        [
            "Kunskap stannar kvar i förvaltningen",
            "Kartlägga nyckelkompetenser hos medarbetare som är 62 år eller äldre och upprätta överlämningsplaner",
            "2026-10-31",
            "Avdelningschefer med stöd av HR",
            "Antal upprättade överlämningsplaner",
        ],
        [
            "Effektivare handläggning",
            "Pilot med AI-stöd för protokollskrivning i livsmedelskontrollen",
            "Q4 2026",
            "Livsmedelsavdelningen och IT-enheten",
            "Utvärderingsrapport till ledningsgruppen",
        ],
    ],
    "Behålla": [
        [
            "Lägre personalomsättning bland inspektörer med 1–3 års erfarenhet",
            "Införa en karriärtrappa för inspektörer i tre nivåer: inspektör, erfaren inspektör och specialist",
            "2027-03-31",
            "HR-avdelningen och avdelningschefer",
            "Personalomsättning per yrkesgrupp, årligen",
        ],
        [
            "Tryggare tillsynsbesök",
            "Utbildning i konflikthantering och hot vid tillsynsbesök för alla som gör fältbesök",
            "VT 2026",
            "Skyddsombud och enhetschefer",
            "Antal rapporterade tillbud i IA",
        ],
        [
            "Konkurrenskraftiga löner i bristyrken",
            "Riktad lönesatsning för hälsoskyddsinspektörer och GIS-analytiker i löneöversynen",
            "2026-04-01",
            "Förvaltningsdirektör och HR-chef",
            "Lönejämförelse med länets kommuner",
        ],
        [
            "Hållbar arbetsbelastning",
            "Införa gemensam ärendeprioritering vid hög arbetsbelastning på tillsynsavdelningarna",
            "Q3 2026",
            "Avdelningschefer",
            "Resultat i medarbetarenkäten om arbetsbelastning",
        ],
    ],
}

# Attrahera .. Avsluta: Insats | Målgrupp | Tidplan | Ansvarig | Kostnad/finansiering
P1_ACT_HEAD_B = ["Insats", "Målgrupp", "Tidplan", "Ansvarig", "Kostnad/finansiering"]
P1_ACT_B = {
    "Attrahera": [
        [
            "Sommarjobb som inspektörsassistent för studenter",
            "Studenter inom miljö- och hälsoskydd",
            "Q3 2026",
            "Avdelningschefer",
            "Ca 600 tkr, ordinarie budget",
        ],
        [
            "Medverka på arbetsmarknadsdagar vid tre lärosäten",
            "Studenter inom miljö, hälsa och livsmedel",
            "HT 2026",
            "HR-avdelningen med stöd av kommunikationsenheten",
            "80 tkr",
        ],
        [
            "Ta emot praktikanter och examensarbetare varje termin",
            "Studenter",
            "Löpande",
            "Respektive enhetschef",
            "Inom befintlig ram",
        ],
    ],
    "Rekrytera": [
        [
            "Arbetsprov och strukturerad intervju vid all rekrytering av inspektörer",
            "Rekryterande chefer",
            "Q1 2026",
            "HR-avdelningen",
            "Inom befintlig ram",
        ],
        [
            "Traineeprogram för nyexaminerade inspektörer, tolv månader",
            "Nyexaminerade",
            "2026–2027",
            "Förvaltningsledningen",
            "1,4 mnkr per år via vakansutrymme",
        ],
        [
            "Gemensam rekryteringspool för jurister tillsammans med Stadsbyggnadskontoret",
            "Jurister",
            "VT 2026",
            "HR-chef",
            "Delas mellan förvaltningarna",
        ],
    ],
    "Introducera": [
        [
            "Fadder under de sex första månaderna för varje nyanställd",
            "Alla nyanställda",
            "Löpande",
            "Närmaste chef",
            "Inom befintlig ram",
        ],
        [
            "Förvaltningsgemensam introduktionsdag två gånger per år",
            "Nyanställda",
            "2026",
            "HR-avdelningen",
            "40 tkr per tillfälle",
        ],
    ],
    "Avsluta": [
        [
            "Avgångssamtal med HR för alla som slutar på egen begäran",
            "Medarbetare som slutar",
            "Löpande",
            "HR-avdelningen",
            "Inom befintlig ram",
        ],
        [
            "Sammanställning av avgångsenkäten per avdelning till ledningsgruppen",
            "Ledningsgruppen",
            "Q3 2026",
            "HR-chef",
            "–",
        ],
    ],
}

# ---------------------------------------------------------------------------
# Plan 2: Idrottsförvaltningen i Stockholms stad, 2026 (DOCX)
# ---------------------------------------------------------------------------
P2_FILE = "idrottsforvaltningen-stockholm-kfp-2026.docx"
P2_ADMIN = "Idrottsförvaltningen i Stockholms stad"
P2_PERIOD = "2026"

P2_FACTBOX_TITLE = "Faktaruta – förvaltningen den 31 december 2025"
P2_FACTBOX = [
    ("Månadsavlönade medarbetare: 812", "employees_total", 812, "count", "2025"),
    ("Tillsvidareanställda: 706", "employees_permanent", 706, "count", "2025"),
    ("Medelålder: 44,2 år", "average_age", 44.2, "years", "2025"),
    ("Andel kvinnor: 41 procent", "women_share", 41, "percent", "2025"),
    ("Andel män: 59 procent", "men_share", 59, "percent", "2025"),
    ("Heltidsanställda: 93 procent", "full_time_share", 93, "percent", "2025"),
    ("Antal anläggningar: 214", None, None, None, None),
    ("Antal chefer: 61", None, None, None, None),
]

P2_EMP_HEAD = ["Anställningsform", "Kvinnor", "Män", "Totalt"]
P2_EMP_ROWS = [
    ["Tillsvidare", "289", "417", "706"],
    ["Visstid, månadsavlönade", "41", "65", "106"],
    ["Summa månadsavlönade", "330", "482", "812"],
    ["Timavlönade (personer med lön i december)", "138", "172", "310"],
]

P2_SICK_HEAD = ["Sjukfrånvaro i procent av ordinarie arbetstid", "2024", "2025"]
P2_SICK_ROWS = [
    ["Total sjukfrånvaro", "6,3", "5,8"],
    ["Korttid, dag 1–14", "2,7", "2,5"],
    ["Dag 15–59", "1,2", "1,1"],
    ["Långtid, dag 60 och längre", "2,4", "2,2"],
]

P2_MOVE_HEAD = ["Rörlighet, tillsvidareanställda", "2024", "2025"]
P2_MOVE_ROWS = [
    ["Externa rekryteringar", "88", "79"],
    ["Avgångar", "97", "84"],
    ["varav pensionsavgångar", "11", "14"],
    ["Personalomsättning, procent", "11,4", "9,8"],
    ["Genomsnittlig tid till tillsättning, dagar", "52", "47"],
]

P2_GAP_LIST = "Kompetensgap per yrkesgrupp"
P2_GAPS = [
    (
        "Drifttekniker för kyla och ventilation i ishallar och bad",
        [
            "Certifierade kyltekniker enligt F-gasförordningen",
            "Kunskap om styr- och reglersystem i nyrenoverade anläggningar",
        ],
    ),
    (
        "Badpersonal och simlärare",
        [
            "Simlärare som kan undervisa vuxna nybörjare",
            "Badvärdar med giltig livräddarutbildning inför sommarsäsongen",
            "Kunskap om bemötande och konflikthantering i badmiljö",
        ],
    ),
    (
        "Anläggningsskötare på idrottsplatser",
        [
            "Skötsel av konstgräs och hybridgräs",
            "Förare med behörighet för större arbetsmaskiner",
        ],
    ),
    (
        "Föreningskonsulenter och fritidsledare",
        [
            "Kunskap om bidragsregler och uppföljning av föreningsstöd",
            "Erfarenhet av arbete med unga i områden med socioekonomiska utmaningar",
        ],
    ),
    (
        "Projektledare för investeringsprojekt",
        [
            "Erfarenhet av upphandling enligt LOU",
            "Projektekonomi och riskhantering i stora byggprojekt",
        ],
    ),
]

# Utveckla/Behålla table: Område | Aktivitet | Syfte | När | Ansvar
P2_TAB_HEAD = ["Område", "Aktivitet", "Syfte", "När", "Ansvar"]
P2_TAB_ROWS = [
    [
        "Utveckla",
        "Ettårigt utbildningsprogram för drifttekniker i kyl- och ventilationsteknik",
        "Minska beroendet av externa konsulter",
        "2026",
        "Driftchef",
    ],
    [
        "Utveckla",
        "Livräddningsutbildning och årlig repetition för all badpersonal",
        "Säker badmiljö",
        "Q2 2026",
        "Badchefer",
    ],
    [
        "Utveckla",
        "Chefsforum fyra gånger per år om arbetsmiljöansvar för timavlönade",
        "Tydligare arbetsmiljöansvar",
        "Löpande",
        "HR-chef",
    ],
    [
        "Utveckla",
        "Digital grundutbildning i bokningssystemet för all kundtjänstpersonal",
        "Snabbare och korrekt bokning",
        "VT 2026",
        "Chef för kundtjänst",
    ],
    [
        "Behålla",
        "Erbjuda heltid till timavlönade med återkommande pass",
        "Fler trygga anställningar",
        "2026-09-30",
        "Anläggningschefer med stöd av HR",
    ],
    [
        "Behålla",
        "Friskvårdsbidrag höjs till 3 000 kronor och fri entré i stadens bad",
        "Främja hälsa och minska sjukfrånvaro",
        "2026-01-01",
        "Förvaltningsledningen",
    ],
    [
        "Behålla",
        "Schemaöversyn på ishallar och bad för att minska delade turer",
        "Bättre återhämtning",
        "HT 2026",
        "Driftchef och skyddsombud",
    ],
    [
        "Behålla",
        "Individuella utvecklingsplaner i alla medarbetarsamtal",
        "Synliggöra karriärvägar inom förvaltningen",
        "Q4 2026",
        "Närmaste chef",
    ],
]

# Bulleted activities: (area heading, [(activity, ansvar, när)])
P2_BULLETS = [
    (
        "Attrahera",
        [
            (
                "Visa upp yrkena på Stockholms idrottsgala och på sociala medier",
                "Kommunikationsenheten",
                "HT 2026",
            ),
            (
                "Feriejobb som badvärd och idrottsplatsvärd för ungdomar 16–19 år",
                "Badchefer och anläggningschefer",
                "Q3 2026",
            ),
            (
                "Samarbete med gymnasiernas VVS- och fastighetsprogram om praktikplatser",
                "Driftchef",
                "Löpande",
            ),
        ],
    ),
    (
        "Rekrytera",
        [
            ("Tidig rekrytering av säsongspersonal till utomhusbaden", "HR-enheten", "2026-03-15"),
            (
                "Kompetensbaserade kravprofiler för drifttekniker och projektledare",
                "HR-enheten och rekryterande chef",
                "Q1 2026",
            ),
            (
                "Validering av reell kompetens vid rekrytering av anläggningsskötare",
                "Anläggningschefer",
                "2026",
            ),
        ],
    ),
    (
        "Introducera",
        [
            (
                "Introduktionsprogram med checklista och uppföljningssamtal efter tre månader",
                "Närmaste chef",
                "Löpande",
            ),
            ("Gemensam introduktionsdag för säsongsanställda före sommarsäsongen", "HR-enheten", "Q2 2026"),
        ],
    ),
    (
        "Avsluta",
        [
            (
                "Avslutssamtal med närmaste chef för alla tillsvidareanställda som slutar",
                "Närmaste chef",
                "Löpande",
            ),
            ("Digital avgångsenkät även till säsongsanställda", "HR-enheten", "VT 2026"),
            ("Halvårsvis analys av avgångsorsaker i ledningsgruppen", "HR-chef", "Q4 2026"),
        ],
    ),
]
