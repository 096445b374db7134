"""Content of the three invented plans (writer l). Imported by layouts_l.py; the writer built the gold in eval/layouts/unseen9/gold from it."""

# ---------------------------------------------------------------------------
# 1. Södermalms stadsdelsförvaltning 2026-2028 (A4 PDF, Word-like)
# ---------------------------------------------------------------------------
SOD = dict(
    file="sodermalm_kfp_2026-2028.pdf", administration="Södermalms stadsdelsförvaltning", period="2026-2028"
)

SOD_STAFF_HEAD = ["Verksamhetsområde", "Tillsvidare", "Visstid", "Totalt", "Andel kvinnor"]
SOD_STAFF = [
    ["Förskola", "1 021", "96", "1 117", "91 %"],
    ["Äldreomsorg", "548", "88", "636", "84 %"],
    ["Individ- och familjeomsorg", "296", "31", "327", "78 %"],
    ["Funktionsnedsättning", "214", "36", "250", "71 %"],
    ["Stab och administration", "105", "12", "117", "69 %"],
]
SOD_STAFF_TOTAL = ["Totalt", "2 184", "263", "2 447", "84 %"]

SOD_AGE = [("–29 år", 212), ("30–39 år", 498), ("40–49 år", 612), ("50–59 år", 571), ("60 år –", 291)]

SOD_OCC_HEAD = [
    "Yrkesgrupp",
    "Tillsvidare-\nanställda",
    "Andel 60 år\noch äldre",
    "Beräknade pensions-\navgångar 2026–2028",
    "Rekryterings-\nläge",
]
SOD_OCC = [
    ["Barnskötare", "402", "17 %", "41", "Medel"],
    ["Förskollärare", "318", "12 %", "22", "Svårt"],
    ["Undersköterska", "296", "21 %", "38", "Svårt"],
    ["Vårdbiträde", "87", "24 %", "14", "Lätt"],
    ["Socialsekreterare", "171", "6 %", "5", "Mycket svårt"],
    ["Stödassistent", "118", "14 %", "9", "Medel"],
    ["Stödpedagog", "41", "10 %", "3", "Svårt"],
    ["Chefer", "96", "22 %", "12", "Medel"],
]

SOD_SICK_HEAD = ["År", "Sjukfrånvaro\ntotalt", "Korttid\ndag 1–14", "Dag 15–59", "Långtid\ndag 60–"]
SOD_SICK = [
    ["2023", "8,4", "3,1", "1,6", "3,7"],
    ["2024", "8,1", "3,0", "1,5", "3,6"],
    ["2025*", "7,7", "2,9", "1,3", "3,5"],
]

SOD_TURN_HEAD = ["Mått", "2022", "2023", "2024"]
SOD_TURN = [
    ["Personalomsättning (%)", "13,8", "12,6", "11,9"],
    ["Externa rekryteringar", "377", "342", "319"],
    ["Avgångar totalt", "301", "276", "262"],
    ["varav pensionsavgångar", "48", "52", "57"],
    ["Byten till annan förvaltning i staden", "64", "71", "69"],
]

SOD_CHALLENGES = [
    "Att behålla erfarna medarbetare i yrken där stadens lönenivå ligger under grannkommunernas",
    "Att ersätta de chefer som går i pension under perioden",
    "Att höja den digitala vanan hos medarbetare som inte arbetar vid dator dagligen",
    "Att säkra kunskaper i svenska för dokumentation i vård och omsorg",
]

SOD_GAP_HEAD = ["Kompetensgap", "Läge 2026", "Läge 2028", "Varför"]
SOD_GAPS = {
    "Förskola": [
        ["Legitimerade förskollärare", "Stort", "Stort", "Låg andel behöriga sökande"],
        ["Specialpedagogisk kompetens", "Medel", "Stort", "Fler barn med behov av särskilt stöd"],
        ["Språkutvecklande arbetssätt", "Medel", "Medel", "Många flerspråkiga barn"],
    ],
    "Äldreomsorg": [
        ["Undersköterskor med skyddad yrkestitel", "Stort", "Medel", "Övergångsreglerna upphör"],
        ["Sjuksköterskor i hemsjukvården", "Stort", "Stort", "Konkurrens med regionen"],
        ["Demenskompetens", "Medel", "Medel", "Fler brukare med kognitiv svikt"],
    ],
    "Individ- och familjeomsorg": [
        [
            "Erfarna socialsekreterare inom barn och unga",
            "Stort",
            "Stort",
            "Hög omsättning, tung ärendemängd",
        ],
        ["Familjebehandlare med KBT-inriktning", "Medel", "Medel", "Nytt arbetssätt i öppenvården"],
        ["Kunskap om våld i nära relationer", "Medel", "Litet", "Utbildningssatsning pågår"],
    ],
    "Funktionsnedsättning": [
        ["Stödpedagoger", "Stort", "Medel", "Få utbildade i länet"],
        ["AKK och tydliggörande pedagogik", "Medel", "Medel", "Varierar mellan enheter"],
        ["Personal med B-körkort", "Litet", "Litet", "Behövs vid resor med brukare"],
    ],
}

SOD_FOLLOW_HEAD = ["Område", "Aktivitet i planen för 2025", "Status och kommentar"]
SOD_FOLLOW = [
    [
        "Utveckla",
        "Digital kompetenskartläggning i förskolan",
        "Delvis genomförd. Klar på sju av tio enheter.",
    ],
    [
        "Behålla",
        "Tidiga rehabiliteringssamtal vid upprepad korttidsfrånvaro",
        "Genomförd. Rutinen används i alla avdelningar.",
    ],
    ["Attrahera", "Filmer om yrken inom äldreomsorgen", "Ej genomförd. Flyttas till 2026."],
    ["Rekrytera", "Kortare tid från annons till anställningsbeslut", "Pågår. Mediantiden är nu 38 dagar."],
    ["Introducera", "Ny checklista för introduktion av nyanställda", "Genomförd."],
    ["Avsluta", "Tertialvis uppföljning av avgångsenkäten", "Genomförd. Redovisad i ledningsgruppen."],
]

SOD_ACT_HEAD = ["Steg", "Insats", "Klart", "Ansvar", "Mått"]
# section -> rows [steg, insats, klart, ansvar, matt]
SOD_ACTS = [
    (
        "5.1 Förvaltningsgemensamma insatser",
        [
            [
                "Utveckla",
                "Alla nya chefer går stadsdelens ledarprogram Leda på Söder under första året som chef",
                "Löpande",
                "HR-avdelningen",
                "Andel nya chefer som deltagit",
            ],
            [
                "Utveckla",
                "Starta ett program för blivande chefer med tolv platser per år",
                "HT 2026",
                "HR-avdelningen och avdelningscheferna",
                "Antal deltagare som går vidare till chefsroll",
            ],
            [
                "Behålla",
                "Genomföra riktade lönesatsningar för yrkesgrupper med svag löneutveckling jämfört med marknaden",
                "2026-04-30",
                "Förvaltningsledningen med stöd av HR-avdelningen",
                "Löneutfall per yrkesgrupp",
            ],
            [
                "Behålla",
                "Marknadsföra förmånsportalen och friskvårdsbidraget till alla medarbetare",
                "Q1 2026",
                "HR-avdelningen",
                "Nyttjandegrad i förmånsportalen",
            ],
            [
                "Attrahera",
                "Delta på minst fyra arbetsmarknadsdagar per år vid lärosäten i Stockholm",
                "2026-12-31",
                "HR-avdelningen",
                "Antal genomförda mässor",
            ],
            [
                "Rekrytera",
                "Använda kompetensbaserade intervjumallar i alla rekryteringar till tillsvidaretjänster",
                "Q2 2026",
                "Rekryterande chef",
                "Stickprov bland avslutade rekryteringar",
            ],
            [
                "Introducera",
                "Hålla en gemensam introduktionsdag för nyanställda fyra gånger per år",
                "Löpande",
                "HR-avdelningen",
                "Utvärdering efter varje tillfälle",
            ],
            [
                "Avsluta",
                "Erbjuda alla som slutar ett avslutningssamtal och skicka stadens avgångsenkät",
                "Löpande",
                "Närmaste chef",
                "Svarsfrekvens per tertial",
            ],
        ],
    ),
    (
        "5.2 Förskola",
        [
            [
                "Utveckla",
                "Erbjuda barnskötare arbetsintegrerad förskollärarutbildning, åtta platser per år",
                "VT 2026",
                "Avdelningschef förskola",
                "Antal som påbörjat och slutfört",
            ],
            [
                "Behålla",
                "Införa gemensam planeringstid om minst två timmar i veckan för förskollärare",
                "2026-08-31",
                "Förskolechefer",
                "Resultat i medarbetarenkäten",
            ],
            [
                "Rekrytera",
                "Samla rekryteringen av förskollärare i en gemensam pool för hela avdelningen",
                "Q3 2026",
                "Avdelningschef förskola/HR-partner",
                "Tid till tillsättning",
            ],
            [
                "Introducera",
                "Utse en introduktionsansvarig förskollärare på varje förskoleenhet",
                "2026",
                "Förskolechefer",
                "Andel enheter med utsedd ansvarig",
            ],
        ],
    ),
    (
        "5.3 Äldreomsorg",
        [
            [
                "Utveckla",
                "Validera vårdbiträden mot undersköterskekompetens och erbjuda kompletterande kurser",
                "2027-06-30",
                "Enhetschefer äldreomsorg",
                "Antal validerade",
            ],
            [
                "Behålla",
                "Erbjuda heltid som norm och schemalägga utifrån önskad sysselsättningsgrad",
                "Löpande",
                "Enhetschefer äldreomsorg",
                "Andel heltidsanställda",
            ],
            [
                "Attrahera",
                "Ta emot elever från vård- och omsorgsprogrammet för APL med utbildade handledare",
                "HT 2026",
                "Avdelningschef äldreomsorg",
                "Antal APL-platser",
            ],
            [
                "Introducera",
                "Ge nyanställda undersköterskor tre dagars bredvidgång före första egna pass",
                "Löpande",
                "Enhetschefer äldreomsorg",
                "Uppföljningssamtal efter tre månader",
            ],
        ],
    ),
    (
        "5.4 Individ- och familjeomsorg",
        [
            [
                "Utveckla och introducera",
                "Ge nyanställda socialsekreterare en ettårig grundutbildning i utredningsmetodik",
                "2026-12-31",
                "Avdelningschef IFO",
                "Andel som genomgått utbildningen",
            ],
            [
                "Behålla",
                "Tillämpa ett tak för antal ärenden per handläggare inom barn och unga",
                "Q2 2026",
                "Enhetschefer IFO",
                "Ärenden per handläggare, månadsvis",
            ],
            [
                "Behålla",
                "Pröva karriärtjänster som specialistsocialsekreterare med lönetillägg",
                "2027",
                "Avdelningschef IFO och HR-avdelningen",
                "Antal tillsatta tjänster",
            ],
            [
                "Rekrytera",
                "Annonsera tjänster inom barn och unga löpande i stället för vid varje vakans",
                "2026",
                "Enhetschefer IFO",
                "Antal sökande per annons",
            ],
        ],
    ),
    (
        "5.5 Funktionsnedsättning",
        [
            [
                "Utveckla",
                "Utbilda all personal i gruppbostäder i lågaffektivt bemötande",
                "2026-10-31",
                "Enhetschefer funktionsnedsättning",
                "Andel utbildad personal",
            ],
            [
                "Utveckla",
                "Bygga upp ett ombudsnätverk för alternativ och kompletterande kommunikation",
                "2027-12-31",
                "Avdelningschef funktionsnedsättning",
                "Antal ombud per enhet",
            ],
            [
                "Behålla",
                "Minska andelen timavlönade genom fler tillsvidaretjänster i en bemanningspool",
                "2028",
                "Avdelningschef funktionsnedsättning",
                "Antal timavlönade per månad",
            ],
            [
                "Avsluta",
                "Sammanställa erfarenheter från avgångssamtal per enhet en gång om året",
                "Q4 2026",
                "Enhetschefer funktionsnedsättning med stöd av HR-avdelningen",
                "Sammanställning i ledningsgruppen",
            ],
        ],
    ),
]

# ---------------------------------------------------------------------------
# 2. Kyrkogårdsförvaltningen 2026 (landscape PDF, tiles, dot matrix, quarter board)
# ---------------------------------------------------------------------------
KYR = dict(
    file="kyrkogardsforvaltningen_kfp_2026.pdf", administration="Kyrkogårdsförvaltningen", period="2026"
)

KYR_TILES = [
    ("238", "tillsvidareanställda"),
    ("19", "visstidsanställda"),
    ("86", "säsongsanställda sommaren 2025"),
    ("34 %", "kvinnor"),
    ("49,6 år", "medelålder"),
    ("6,1 %", "sjukfrånvaro jan–sep 2025"),
    ("7,4 %", "personalomsättning 2024"),
]

KYR_OCC_HEAD = ["Yrkesgrupp", "Tillsvidare", "Visstid", "Säsong 2025", "60 år eller äldre"]
KYR_OCC = [
    ["Kyrkogårdsarbetare", "96", "8", "71", "18"],
    ["Trädgårdsmästare", "38", "3", "6", "9"],
    ["Maskinförare och fordonsmekaniker", "22", "1", "5", "7"],
    ["Krematorietekniker", "14", "2", "–", "4"],
    ["Arborister", "6", "–", "2", "–"],
    ["Begravningshandläggare och kundtjänst", "27", "3", "2", "5"],
    ["Landskapsarkitekter och projektledare", "12", "1", "–", "2"],
    ["Administration och ledning", "23", "1", "–", "6"],
]
KYR_OCC_TOTAL = ["Totalt", "238", "19", "86", "51"]

KYR_GAP_HEAD = ["Kompetens", "Svårt att\nrekrytera", "Risk för\npensionsavgång", "Samlad\nbedömning"]
KYR_GAPS = [
    ["Krematorietekniker med certifiering", "●●●", "●●○", "Hög"],
    ["Arborister med klätterbehörighet", "●●●", "●○○", "Hög"],
    ["Trädgårdsmästare med kunskap om kulturhistoriska miljöer", "●●○", "●●●", "Hög"],
    ["Maskinförare med behörighet för grävmaskin", "●●○", "●●○", "Medel"],
    ["Projektledare för investeringar i mark och byggnader", "●●○", "●○○", "Medel"],
    ["Gravbokföring i det nya verksamhetssystemet", "●○○", "●○○", "Medel"],
    ["Bemötande av sörjande från olika trosriktningar", "●○○", "●○○", "Låg"],
]

# quarter board: column header -> items (area, activity, ansvar)
KYR_BOARD = [
    (
        "Q1 2026",
        [
            (
                "Rekrytera",
                "Annonsera sommarens säsongsanställningar med en gemensam ansökningsdag i februari.",
                "HR-enheten",
            ),
            ("Utveckla", "Skicka två krematorietekniker på certifieringsutbildning.", "Krematoriechef"),
            (
                "Behålla",
                "Jämföra lönerna för trädgårdsmästare och maskinförare med marknaden inför lönerevisionen.",
                "HR-enheten och ekonomienheten",
            ),
        ],
    ),
    (
        "Q2 2026",
        [
            (
                "Introducera",
                "Introduktionsvecka för säsongsanställda med säkerhetsgenomgång och maskinkörkort.",
                "Driftchefer",
            ),
            ("Attrahera", "Ta emot praktikanter från naturbruks- och trädgårdsutbildningar.", "Driftchefer"),
            (
                "Utveckla",
                "Arbetsledare går stadens program för första linjens chefer.",
                "Förvaltningsledningen",
            ),
        ],
    ),
    (
        "Q3 2026",
        [
            (
                "Behålla",
                "Erbjuda säsongsanställda som vill stanna en höstanställning med väg mot tillsvidare.",
                "Driftchefer med stöd av HR-enheten",
            ),
            (
                "Utveckla",
                "Kurs i kulturhistorisk skötsel av gravvårdar och planteringar.",
                "Enheten för kulturmiljö",
            ),
            (
                "Rekrytera",
                "Rekrytera en arborist i ett lärlingsupplägg tillsammans med trädgårdsmästarna.",
                "Driftchef Skogskyrkogården",
            ),
        ],
    ),
    (
        "Q4 2026",
        [
            (
                "Avsluta",
                "Sammanställa årets avgångssamtal och säsongsenkäten för ledningsgruppen.",
                "HR-enheten",
            ),
            ("Utveckla", "Utbilda gravbokförarna i det nya verksamhetssystemet.", "Förvaltningsenheten"),
            (
                "Attrahera",
                "Ta fram en film om yrket kyrkogårdsarbetare till stadens karriärsida.",
                "Kommunikationsenheten",
            ),
        ],
    ),
]
KYR_ONGOING_HEAD = "Löpande under året"
KYR_ONGOING = [
    ("Behålla", "Samtal om kompetensöverföring med alla medarbetare som fyller 63 år.", "Närmaste chef"),
    ("Introducera", "Fadder för varje ny tillsvidareanställd under första halvåret.", "Närmaste chef"),
    ("Avsluta", "Avgångssamtal med alla som slutar, även säsongsanställda.", "Närmaste chef"),
]

KYR_FOLLOW_HEAD = ["Aktivitet i planen 2025", "Utfall"]
KYR_FOLLOW = [
    ["Gemensam ansökningsdag för säsongsanställda", "Genomförd, 212 sökande"],
    ["Maskinutbildning för alla nya kyrkogårdsarbetare", "Genomförd"],
    ["Mentorskap för nya arbetsledare", "Påbörjad, fortsätter 2026"],
    ["Digital introduktion på flera språk", "Ej genomförd"],
]

# ---------------------------------------------------------------------------
# 3. Farsta stadsdelsförvaltning 2025-2027 (DOCX)
# ---------------------------------------------------------------------------
FAR = dict(file="farsta_kfp_2025-2027.docx", administration="Farsta stadsdelsförvaltning", period="2025-2027")

FAR_DEPT_HEAD = ["Avdelning", "Tillsvidare", "Visstid", "Timavlönade", "Andel kvinnor"]
FAR_DEPT = [
    ["Förskoleavdelningen", "612", "74", "95", "93 %"],
    ["Äldreomsorgsavdelningen", "384", "61", "148", "80 %"],
    ["Avdelningen för individ- och familjeomsorg", "241", "22", "18", "77 %"],
    ["Avdelningen för funktionsnedsättning och socialpsykiatri", "188", "29", "63", "68 %"],
    ["Avdelningen för ledningsstöd och stadsmiljö", "87", "8", "4", "62 %"],
]
FAR_DEPT_TOTAL = ["Totalt", "1 512", "194", "328", "82 %"]

FAR_YEAR_HEAD = ["År", "Personal-omsättning", "Sjukfrånvaro", "varav korttid", "Medelålder", "Andel heltid"]
FAR_YEARS = [
    ["2022", "14,2 %", "8,9 %", "3,4 %", "44,1", "68 %"],
    ["2023", "12,9 %", "8,6 %", "3,2 %", "44,4", "72 %"],
    ["2024", "11,4 %", "8,0 %", "2,9 %", "44,6", "75 %"],
]

FAR_AGE_HEAD = ["Åldersgrupp", "Kvinnor", "Män", "Totalt"]
FAR_AGE = [
    ["–29 år", "131", "32", "163"],
    ["30–39 år", "268", "61", "329"],
    ["40–49 år", "312", "70", "382"],
    ["50–59 år", "339", "63", "402"],
    ["60 år och äldre", "193", "43", "236"],
]
FAR_AGE_TOTAL = ["Totalt", "1 243", "269", "1 512"]

FAR_REC_HEAD = ["Yrkesgrupp", "Anställda", "Rekryteringar 2024", "Svårighet (1–5)", "Kommentar"]
FAR_REC = [
    ["Förskollärare", "214", "31", "4", "Få behöriga sökande i söderort"],
    ["Barnskötare", "298", "44", "2", "Många sökande, varierande svenska"],
    ["Undersköterska", "341", "58", "3", "Svårt till natt och helg"],
    ["Sjuksköterska", "22", "7", "5", "Konkurrens med regionen"],
    ["Socialsekreterare", "133", "29", "5", "Särskilt svårt inom barn och unga"],
    ["Boendestödjare", "61", "9", "2", "Stabilt läge"],
    ["Biståndshandläggare", "28", "6", "3", "Få erfarna sökande"],
    ["Enhetschef", "54", "8", "3", "Få interna kandidater"],
]
FAR_SHORTAGE = ["Förskollärare", "Sjuksköterskor i äldreomsorgen", "Socialsekreterare inom barn och unga"]

FAR_GAPS = [
    (
        "Ledarskap",
        "Cheferna i de största verksamheterna har ofta fler än 40 medarbetare var. Det ger lite tid för det nära ledarskapet.",
        [
            "Tid och verktyg för coachande samtal i stora arbetsgrupper",
            "Kunskap i arbetsrätt och budget hos biträdande enhetschefer",
        ],
    ),
    (
        "Digitalisering",
        "Nya planeringssystem och digitala lås införs i hemtjänsten under 2025.",
        [
            "Grundläggande digital vana hos medarbetare i hemtjänsten",
            "Att använda planeringssystem och digitala nycklar fullt ut",
            "Förmåga att leda förändring när nya system införs",
        ],
    ),
    (
        "Språk och dokumentation",
        "Granskningar av journaler visar brister i språk och struktur.",
        [
            "Svenska för yrket hos undersköterskor och vårdbiträden",
            "Dokumentation enligt socialtjänstlagen och ÄBIS",
        ],
    ),
]

FAR_FOLLOW_HEAD = ["Status", "Aktivitet 2024", "Kommentar"]
FAR_FOLLOW = [
    ["Genomförd", "Chefsforum fyra gånger per år", "Uppskattat, fortsätter"],
    ["Genomförd", "Heltidsinventering i äldreomsorgen", "Ligger till grund för nya scheman"],
    ["Pågår", "Gemensam rekryteringsannons för förskollärare", "Första omgången hösten 2024"],
    ["Pågår", "Digital introduktion i stadens lärplattform", "Klar för förskola och IFO"],
    ["Ej påbörjad", "Alumnnätverk för tidigare medarbetare", "Prioriteras ned"],
]

FAR_CARD_LABELS = ["Aktivitet", "Område", "Varför", "Klart", "Ansvar", "Så följer vi upp"]
FAR_CARDS = [
    [
        "Ledarprogrammet Leda i Farsta för nya chefer, fyra moduler under första året",
        "Utveckla",
        "Nya chefer ska få stöd i arbetsrätt, ekonomi och arbetsmiljö",
        "Q4 2025",
        "HR-enheten",
        "Utvärdering efter varje modul",
    ],
    [
        "Språkombud på alla vård- och omsorgsboenden och i hemtjänsten",
        "Utveckla",
        "Stärka svenskan i yrket och kvaliteten i dokumentationen",
        "2026-06-30",
        "Avdelningschef äldreomsorg",
        "Antal språkombud och journalgranskning",
    ],
    [
        "Lärtillfällen i digital vana för medarbetare utan egen dator",
        "Utveckla",
        "Förbereda för nya planeringssystem",
        "HT 2025",
        "Enhetschefer/IT-samordnare",
        "Andel medarbetare som deltagit",
    ],
    [
        "Riktad lönesatsning för socialsekreterare och förskollärare",
        "Behålla",
        "Minska avgångarna till grannkommunerna",
        "2025-04-01",
        "Stadsdelsdirektör och HR-chef",
        "Löneläge jämfört med närliggande kommuner",
    ],
    [
        "Hälsoinspiratörer och friskvårdstimme för personalen i äldreomsorgen",
        "Behålla",
        "Sänka korttidssjukfrånvaron",
        "2026",
        "Enhetschefer äldreomsorg",
        "Korttidssjukfrånvaro per enhet",
    ],
    [
        "Karriärsteget erfaren socialsekreterare med handledaransvar",
        "Behålla",
        "Behålla erfarna handläggare inom barn och unga",
        "2026-12-31",
        "Avdelningschef IFO",
        "Personalomsättning bland socialsekreterare",
    ],
    [
        "Medarbetarambassadörer på rekryteringsmässor och i sociala medier",
        "Attrahera och rekrytera",
        "Nå fler behöriga sökande",
        "Löpande",
        "HR-enheten samt kommunikationsenheten",
        "Antal sökande per annons",
    ],
    [
        "Gemensam rekrytering av sommarvikarier i äldreomsorgen med start i januari",
        "Attrahera och rekrytera",
        "Säkra bemanningen under semesterperioden",
        "Q1 2026",
        "HR-enheten med stöd av enhetscheferna",
        "Andel vikarier anställda före den 1 maj",
    ],
    [
        "Strukturerad introduktion med checklista, fadder och uppföljningssamtal efter tre och sex månader",
        "Introducera",
        "Nyanställda ska snabbt bli trygga i uppdraget",
        "2025-12-31",
        "Närmaste chef",
        "Introduktionsenkät",
    ],
    [
        "Introduktionsutbildning för nya socialsekreterare tillsammans med FoU Söderort",
        "Introducera",
        "Kortare startsträcka för nyexaminerade",
        "VT 2026",
        "Avdelningschef IFO",
        "Antal deltagare",
    ],
    [
        "Avslutningssamtal med alla som slutar och analys av avgångsenkäten två gånger per år",
        "Avsluta",
        "Förstå varför medarbetare lämnar",
        "Löpande",
        "Närmaste chef och HR-enheten",
        "Sammanställning i ledningsgruppen",
    ],
    [
        "Dokumenterade överlämningar när medarbetare i nyckelroller går i pension",
        "Avsluta",
        "Behålla nyckelkompetens i förvaltningen",
        "2027",
        "Enhetschefer",
        "Andel överlämningar med dokumentation",
    ],
]
