#!/usr/bin/env python3
"""Two versions of one Stockholm district administration's plan, written blind in session 23 (writer e).

Usage: python layouts_e.py OUTDIR (the plans in eval/layouts/unseen3/plans; gold in eval/layouts/unseen3/gold)

Plan A  skarpnack-2024-2026.pdf  one column, letterhead, booktabs-style key-figure tables,
        activities as numbered lists under UBARA headings with labelled lines.
Plan B  skarpnack-2026-2028.pdf  cover page with table of contents, two-column body on the
        first text pages, unruled whitespace-aligned tables (follow-up of the previous plan
        and an action table that wraps and runs over a page break).

All content is invented. Output is deterministic (invariant=1, no randomness).
"""

import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts"))
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")

ADMIN = "Skarpnäcks stadsdelsförvaltning"


def style(name, size=10, lead=None, font="DV", **kw):
    kw.setdefault("splitLongWords", 0)
    kw.setdefault("embeddedHyphenation", 0)
    kw.setdefault("bulletFontName", "DV")
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.4, **kw)


# ---------------------------------------------------------------------------------------------
# Plan A: 2024–2026
# ---------------------------------------------------------------------------------------------
A_FILE = "skarpnack-2024-2026.pdf"
A_PERIOD = "2024-2026"

A_KEYFIG_HEAD = ["Nyckeltal (31 oktober)", "2021", "2022", "2023"]
A_KEYFIG = [
    ["Anställda totalt", "1 574", "1 598", "1 612"],
    ["varav tillsvidareanställda", "1 402", "1 419", "1 431"],
    ["varav visstidsanställda", "172", "179", "181"],
    ["Andel kvinnor, %", "81,3", "80,9", "80,6"],
    ["Andel män, %", "18,7", "19,1", "19,4"],
    ["Medelålder, år", "45,9", "45,6", "45,2"],
    ["Heltidsanställda, %", "88,2", "89,5", "90,4"],
    ["Sjukfrånvaro totalt, %", "8,1", "7,9", "7,6"],
    ["Korttidssjukfrånvaro dag 1–14, %", "3,2", "3,1", "2,9"],
    ["Långtidssjukfrånvaro dag 60–, %", "3,6", "3,4", "3,3"],
    ["Personalomsättning, %", "9,8", "11,6", "10,4"],
]
A_KEYFIG_METRIC = [
    ("employees_total", "count", None),
    ("employees_permanent", "count", "tillsvidareanställda"),
    ("employees_temporary", "count", "visstidsanställda"),
    ("women_share", "percent", None),
    ("men_share", "percent", None),
    ("average_age", "years", None),
    ("full_time_share", "percent", None),
    ("sick_leave_pct", "percent", None),
    ("short_sick_leave_pct", "percent", None),
    ("long_sick_leave_pct", "percent", None),
    ("turnover_pct", "percent", None),
]

A_AGE_HEAD = ["Befattning", "Antal", "–29 år", "30–39 år", "40–49 år", "50–59 år", "60– år"]
A_AGE = [
    ["Barnskötare", "236", "18", "41", "68", "74", "35"],
    ["Undersköterska", "212", "12", "33", "55", "71", "41"],
    ["Förskollärare", "163", "9", "44", "52", "38", "20"],
    ["Socialsekreterare", "92", "21", "35", "19", "11", "6"],
    ["Vårdbiträde", "74", "6", "10", "17", "24", "17"],
    ["Stödassistent", "61", "5", "14", "16", "15", "11"],
    ["Biståndshandläggare", "38", "10", "15", "7", "4", "2"],
    ["Enhetschef", "34", "0", "6", "13", "10", "5"],
]

A_SHORTAGE = [
    "Legitimerade förskollärare",
    "Socialsekreterare med erfarenhet av myndighetsutövning för barn och unga",
    "Biståndshandläggare inom äldreomsorgen",
    "Sjuksköterskor på vård- och omsorgsboende",
    "Enhetschefer inom äldreomsorg och LSS",
    "Arbetsterapeuter och fysioterapeuter",
]
A_GAPS = [
    (
        "Verksamhetskompetens",
        [
            "Kunskap om demenssjukdomar och psykiatrisk samsjuklighet inom äldreomsorgen",
            "Metoder för tidiga och samordnade insatser till barn och familjer",
            "Specialpedagogisk kompetens i förskolan",
        ],
    ),
    (
        "Språk och kommunikation",
        [
            "Svenska i tal och skrift för dokumentation och kontakt med anhöriga",
        ],
    ),
    (
        "Digital kompetens",
        [
            "Grundläggande digital förmåga hos medarbetare i utförarverksamheterna",
            "Analys och uppföljning med hjälp av verksamhetsdata",
        ],
    ),
    (
        "Ledarskap",
        [
            "Arbetsmiljöansvar och rehabiliteringsprocessen för nya chefer",
            "Ledarskap i stora medarbetargrupper med många timavlönade",
        ],
    ),
]

# (area, behov, [(activity, ansvar, klart, uppföljning)])
A_ACTIVITIES = [
    (
        "Utveckla",
        "Medarbetare och chefer behöver fördjupad kompetens i digitala arbetssätt, i svenska språket och i metoder för barn och familjer med sammansatta behov.",
        [
            (
                "Utbilda minst ett språkombud per enhet inom äldreomsorgen och erbjuda kursen Svenska för vård och omsorg på arbetstid.",
                "Avdelningschef äldreomsorg",
                "HT 2024",
                "Antal utbildade språkombud redovisas i verksamhetsberättelsen",
            ),
            (
                "Genomföra en digital grundkurs i stadens system för medarbetare som inte använder dator dagligen i sitt arbete.",
                "Enhetschefer med stöd av IT-samordnare",
                "2025-06-30",
                "Andel medarbetare som genomgått kursen",
            ),
            (
                "Införa en gemensam metodutbildning i samtal med barn för socialsekreterare inom barn och unga.",
                "Enhetschef myndighet barn",
                "Q4 2024",
                "Genomförd utbildning och deltagarutvärdering",
            ),
            (
                "Ta fram individuella kompetensutvecklingsplaner i samband med medarbetarsamtalet för alla tillsvidareanställda.",
                "Samtliga chefer",
                "Årligen",
                "Andel medarbetare med dokumenterad plan",
            ),
        ],
    ),
    (
        "Behålla",
        "Sjukfrånvaron och personalomsättningen behöver minska, framför allt inom myndighetsutövning och äldreomsorg.",
        [
            (
                "Kartlägga ärendebelastningen för biståndshandläggare och socialsekreterare och ta fram en åtgärdsplan.",
                "Avdelningschef IFO, avdelningschef äldreomsorg",
                "Q2 2024",
                "Kartläggning och åtgärdsplan redovisas i ledningsgruppen",
            ),
            (
                "Införa tidiga rehabiliteringssamtal vid tredje sjukfrånvarotillfället inom en tolvmånadersperiod.",
                "Chefer med stöd av HR-enheten",
                "2024",
                "Korttidssjukfrånvaro per avdelning",
            ),
            (
                "Inrätta karriärtjänster som specialistsocialsekreterare och förste förskollärare.",
                "Förvaltningsledningen",
                "2025",
                "Antal inrättade karriärtjänster",
            ),
            (
                "Hålla stanna-samtal med medarbetare som har arbetat två till fem år i förvaltningen.",
                "Enhetschefer",
                "Löpande",
                "Personalomsättning per befattning",
            ),
        ],
    ),
    (
        "Attrahera",
        "Förvaltningen behöver bli mer känd som arbetsgivare bland studenter och yrkesverksamma i södra Stockholm.",
        [
            (
                "Ta emot studenter för verksamhetsförlagd utbildning inom förskola, socialt arbete och sjuksköterskeprogrammet.",
                "Avdelningschefer",
                "Varje termin",
                "Antal studenter och handledare per termin",
            ),
            (
                "Delta på minst två arbetsmarknadsdagar per år vid lärosäten i Stockholmsregionen.",
                "HR-enheten, kommunikationsenheten",
                "2024-2026",
                "Antal mässor och kontakter med studenter",
            ),
            (
                "Lyfta fram medarbetare som ambassadörer i förvaltningens kanaler och på stadens karriärsidor.",
                "Kommunikationsenheten",
                "Q1 2025",
                "Antal publicerade medarbetarporträtt",
            ),
        ],
    ),
    (
        "Rekrytera",
        "Rekryteringsprocessen behöver bli snabbare och mer kompetensbaserad så att vi inte förlorar kandidater till andra arbetsgivare.",
        [
            (
                "Utbilda nya chefer i kompetensbaserad rekrytering och i stadens rekryteringssystem.",
                "HR-enheten",
                "Löpande",
                "Andel chefer som genomgått utbildningen",
            ),
            (
                "Korta tiden från publicerad annons till erbjudande om anställning till högst sex veckor.",
                "Rekryterande chef, HR-konsult",
                "Q4 2025",
                "Genomsnittlig rekryteringstid",
            ),
            (
                "Pröva gemensamma annonser och bedömningsdagar för undersköterskor tillsammans med närliggande stadsdelsförvaltningar.",
                "Avdelningschef äldreomsorg",
                "VT 2025",
                "Antal anställda via gemensam rekrytering",
            ),
        ],
    ),
    (
        "Introducera",
        "Nyanställda ska få en likvärdig introduktion oavsett verksamhet, så att fler stannar kvar efter provanställningen.",
        [
            (
                "Införa en förvaltningsgemensam checklista för introduktion i stadens digitala introduktionsstöd.",
                "HR-enheten",
                "Q2 2024",
                "Användningsgrad per avdelning",
            ),
            (
                "Erbjuda mentor under det första året till nyexaminerade socialsekreterare och förskollärare.",
                "Enhetschefer/rektorer",
                "HT 2024",
                "Andel nyexaminerade med mentor",
            ),
            (
                "Hålla en introduktionsdag med förvaltningsledningen för nyanställda två gånger per termin.",
                "Stadsdelsdirektör",
                "Löpande",
                "Deltagarenkät efter varje tillfälle",
            ),
        ],
    ),
    (
        "Avsluta",
        "Kunskapen om varför medarbetare slutar behöver samlas in systematiskt och användas i verksamhetsplaneringen.",
        [
            (
                "Erbjuda alla som slutar ett avslutningssamtal och en digital avgångsenkät.",
                "Närmaste chef",
                "Löpande",
                "Svarsfrekvens i avgångsenkäten",
            ),
            (
                "Kartlägga nyckelkompetenser hos medarbetare som går i pension och planera överlämningen i god tid.",
                "Avdelningschefer med stöd av HR-enheten",
                "2026",
                "Antal genomförda överlämningsplaner",
            ),
        ],
    ),
]

# Prose figures of plan A: (metric, value, unit, as_of, scope, quote). Quotes occur verbatim in prose.
A_PROSE_FIGURES = [
    ("employees_total", 1612, "count", "2023", None, "hade förvaltningen 1 612 månadsavlönade medarbetare"),
    ("employees_permanent", 1431, "count", "2023", "tillsvidareanställda", "1 431 tillsvidareanställda"),
    ("employees_temporary", 181, "count", "2023", "visstidsanställda", "181 hade en visstidsanställning"),
    ("hourly_staff", 263, "count", "2023", None, "263 timavlönade medarbetare"),
    ("women_count", 1299, "count", "2023", None, "Kvinnorna är 1 299 och männen 313"),
    ("men_count", 313, "count", "2023", None, "Kvinnorna är 1 299 och männen 313"),
    ("recruitments", 287, "count", "2023", None, "anställdes 287 nya tillsvidareanställda medarbetare"),
    ("departures", 301, "count", "2023", None, "medan 301 tillsvidareanställda lämnade förvaltningen"),
    ("sick_leave_pct", 9.8, "percent", "2023", "äldreomsorgen", "högst inom äldreomsorgen med 9,8 procent"),
    (
        "sick_leave_pct",
        5.1,
        "percent",
        "2023",
        "administrativa avdelningen",
        "lägst på administrativa avdelningen med 5,1 procent",
    ),
    ("turnover_pct", 19.3, "percent", "2023", "socialsekreterare", "bland socialsekreterare 19,3 procent"),
    ("retirements", 94, "count", "2024-2026", None, "fyller 94 tillsvidareanställda 65 år"),
    ("ami_index", 79, "index", "2023", None, "indexet för aktivt medarbetarskap (AMI) 79"),
]


def a_story():
    H1 = style("A-H1", 15, 20, "DV-B", spaceBefore=10, spaceAfter=6, textColor=colors.HexColor("#1a3a5c"))
    H2 = style("A-H2", 11.5, 15, "DV-B", spaceBefore=8, spaceAfter=3)
    B = style("A-B", 10, 14, spaceAfter=6)
    BUL = style("A-BUL", 10, 14, leftIndent=14, bulletIndent=4, spaceAfter=2)
    NUM = style("A-NUM", 10, 14, "DV-B", leftIndent=18, bulletIndent=0, spaceBefore=5, spaceAfter=1)
    LAB = style("A-LAB", 9.5, 13, leftIndent=18, spaceAfter=0)
    NEED = style("A-NEED", 10, 14, "DV-I", spaceAfter=4)
    CAP = style("A-CAP", 9, 12, "DV-I", spaceBefore=4, spaceAfter=3)
    LH1 = style("A-LH1", 8, 10, "DV-B", textColor=colors.HexColor("#555555"))
    LH2 = style("A-LH2", 16, 20, "DV-B")
    LH3 = style("A-LH3", 9, 12, textColor=colors.HexColor("#444444"))
    TIT = style("A-TIT", 20, 26, "DV-B", spaceBefore=26, spaceAfter=4)
    SUB = style("A-SUB", 12, 16, spaceAfter=16)

    s = []
    lh = Table(
        [
            [Paragraph("STOCKHOLMS STAD", LH1), Paragraph("Bilaga 3<br/>Dnr SKA 2023/0814", LH3)],
            [Paragraph(ADMIN, LH2), Paragraph("Tjänsteutlåtande<br/>2023-11-21", LH3)],
            [Paragraph("Administrativa avdelningen, HR-enheten", LH3), ""],
        ],
        colWidths=[120 * mm, 40 * mm],
    )
    lh.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 2), (-1, 2), 1.2, colors.HexColor("#1a3a5c")),
            ]
        )
    )
    s += [lh, Paragraph("Kompetensförsörjningsplan", TIT), Paragraph("för perioden 2024–2026", SUB)]

    s += [
        Paragraph("Sammanfattning", H2),
        Paragraph(
            "Skarpnäcks stadsdelsförvaltning behöver de kommande tre åren både ersätta erfarna medarbetare som går i "
            "pension och hitta nya sätt att behålla dem som redan arbetar hos oss. Planen beskriver läget hösten 2023, "
            "vilka kompetenser vi saknar eller riskerar att sakna och vad förvaltningen ska göra inom stadens sex områden "
            "för kompetensförsörjning. Störst är behoven inom myndighetsutövningen i socialtjänsten, i äldreomsorgen och "
            "när det gäller legitimerade förskollärare.",
            B,
        ),
    ]

    s += [
        Paragraph("1 Inledning", H1),
        Paragraph(
            "Kompetensförsörjning handlar om att ha rätt antal medarbetare med rätt kompetens på rätt plats, i dag och "
            "om några år. Planen är förvaltningens gemensamma underlag och kompletteras av avdelningarnas egna analyser "
            "och av enheternas arbete med individuella utvecklingsplaner. Den gäller i tre år men stäms av varje höst "
            "när verksamhetsplanen för nästa år tas fram.",
            B,
        ),
        Paragraph(
            "Arbetet följer stadens modell med områdena utveckla, behålla, attrahera, rekrytera och avsluta. Vi har "
            "sedan tidigare lagt till introducera som ett eget område, eftersom en god start i arbetet har stor betydelse "
            "för om nya medarbetare stannar. Underlaget har tagits fram i avdelningarnas ledningsgrupper under "
            "september och oktober 2023 med stöd av HR-enheten och har behandlats i förvaltningsgruppen.",
            B,
        ),
    ]

    s += [
        Paragraph("2 Uppdrag och verksamheter", H1),
        Paragraph(
            "Stadsdelsområdet omfattar Skarpnäcksfältet, Bagarmossen, Björkhagen, Kärrtorp, Hammarbyhöjden, Orhem och "
            "Flaten. Här bor knappt 50 000 invånare och befolkningen växer främst genom nya bostäder kring Skarpnäcks "
            "gård och i Hammarbyhöjden. Förvaltningen är organiserad i fem verksamhetsavdelningar och en administrativ "
            "avdelning.",
            B,
        ),
    ]
    for head, text in [
        (
            "Förskola",
            "Avdelningen driver 31 förskoleenheter. Barnantalet minskar något i de äldre delarna av "
            "stadsdelsområdet men ökar i nybyggda kvarter, vilket kräver att personal kan flyttas mellan enheter.",
        ),
        (
            "Äldreomsorg",
            "Avdelningen ansvarar för biståndshandläggning, två vård- och omsorgsboenden, dagverksamhet "
            "och träffpunkter. Allt fler äldre bor kvar hemma länge och har mer sammansatta behov när de flyttar till "
            "ett boende.",
        ),
        (
            "Individ- och familjeomsorg",
            "Socialtjänsten omfattar barn och unga, vuxna, ekonomiskt bistånd och "
            "förebyggande arbete. Myndighetsutövningen för barn och unga har de senaste åren haft svårast att behålla "
            "erfarna medarbetare.",
        ),
        (
            "Stöd och service",
            "Avdelningen ger stöd till personer med funktionsnedsättning genom gruppbostäder, "
            "daglig verksamhet, boendestöd och LSS-handläggning.",
        ),
        (
            "Stadsmiljö och trygghet",
            "Avdelningen sköter parker och lekplatser, arbetar med trygghetsfrågor och "
            "medborgardialog och driver fritidsgårdar tillsammans med föreningslivet.",
        ),
    ]:
        s.append(Paragraph("<b>%s.</b> %s" % (head, text), B))

    s += [
        Paragraph("3 Nuläge", H1),
        Paragraph("3.1 Medarbetare", H2),
        Paragraph(
            "Den 31 oktober 2023 hade förvaltningen 1 612 månadsavlönade medarbetare. Av dem var 1 431 "
            "tillsvidareanställda medan 181 hade en visstidsanställning. Därutöver fanns 263 timavlönade medarbetare "
            "som arbetat minst en gång under hösten, främst som vikarier i förskolan och äldreomsorgen. Kvinnorna är "
            "1 299 och männen 313, vilket ger en fördelning som i stort sett är oförändrad sedan 2021.",
            B,
        ),
        Paragraph("Tabell 1. Nyckeltal för månadsavlönade medarbetare 2021–2023", CAP),
    ]
    t1 = Table([A_KEYFIG_HEAD] + A_KEYFIG, colWidths=[78 * mm, 24 * mm, 24 * mm, 24 * mm])
    t1.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 2), (0, 3), 14),
            ]
        )
    )
    s += [
        t1,
        Spacer(1, 6),
        Paragraph(
            "Under perioden november 2022 till oktober 2023 anställdes 287 nya tillsvidareanställda medarbetare medan "
            "301 tillsvidareanställda lämnade förvaltningen. Knappt hälften av avgångarna gick till en annan förvaltning "
            "inom staden, vilket innebär att kompetensen finns kvar i staden men inte hos oss.",
            B,
        ),
    ]

    s += [
        Paragraph("3.2 Åldersstruktur", H2),
        Paragraph(
            "Medelåldern har sjunkit något, men åldersfördelningen skiljer sig mycket mellan yrkesgrupperna. Bland "
            "barnskötare, undersköterskor och vårdbiträden är många 50 år eller äldre, medan biståndshandläggare och "
            "socialsekreterare oftast är yngre och har kortare erfarenhet. Tabell 2 visar de åtta vanligaste "
            "befattningarna bland tillsvidareanställda.",
            B,
        ),
        Paragraph("Tabell 2. Tillsvidareanställda per befattning och åldersgrupp, 31 oktober 2023", CAP),
    ]
    t2 = Table([A_AGE_HEAD] + A_AGE, colWidths=[44 * mm] + [19 * mm] * 6)
    t2.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    s += [t2, Spacer(1, 6)]

    s += [
        Paragraph("3.3 Sjukfrånvaro", H2),
        Paragraph(
            "Sjukfrånvaron har minskat tre år i rad men är fortfarande högre än stadens genomsnitt. Den är högst inom "
            "äldreomsorgen med 9,8 procent och lägst på administrativa avdelningen med 5,1 procent. Den korta "
            "sjukfrånvaron är den del som chefer beskriver som mest störande för verksamheten, eftersom den ofta måste "
            "täckas med timavlönade vikarier med kort varsel.",
            B,
        ),
    ]

    s += [
        Paragraph("3.4 Personalomsättning", H2),
        Paragraph(
            "Personalomsättningen steg tydligt 2022 och har bara delvis gått tillbaka. Det finns flera förklaringar. "
            "Efter pandemin ökade rörligheten på hela arbetsmarknaden, och flera grannkommuner höjde samtidigt "
            "ingångslönerna för socialsekreterare och biståndshandläggare. Därtill har arbetsbelastningen inom "
            "myndighetsutövningen varit hög, med många nya ärenden och flera vakanta tjänster som fördelats på dem som "
            "är kvar. Under 2023 var omsättningen bland socialsekreterare 19,3 procent, vilket betyder att ungefär var "
            "femte socialsekreterare byttes ut under året.",
            B,
        ),
        Paragraph(
            "Inom förskolan och äldreomsorgen är omsättningen lägre, men där handlar det i stället om att många "
            "erfarna medarbetare närmar sig pension samtidigt.",
            B,
        ),
    ]

    s += [
        Paragraph("3.5 Pensionsavgångar", H2),
        Paragraph(
            "Under planperioden 2024–2026 fyller 94 tillsvidareanställda 65 år. Alla kommer inte att gå i pension "
            "direkt, eftersom det är möjligt att arbeta kvar till 69 år, men förvaltningen behöver ändå planera för att "
            "ersätta dem. Flest avgångar väntas bland barnskötare och undersköterskor, där nästan var sjätte medarbetare "
            "är 60 år eller äldre.",
            B,
        ),
    ]

    s += [
        Paragraph("3.6 Medarbetarenkäten", H2),
        Paragraph(
            "I medarbetarenkäten 2023 blev indexet för aktivt medarbetarskap (AMI) 79, samma nivå som i stadens "
            "stadsdelsförvaltningar i genomsnitt. Lägst resultat fick frågorna om arbetsbelastning och om möjligheten "
            "att utvecklas i arbetet.",
            B,
        ),
    ]

    s += [
        Paragraph("4 Kompetensanalys", H1),
        Paragraph(
            "Analysen bygger på nuläget ovan, på avdelningarnas bedömningar av verksamhetens utveckling och på "
            "erfarenheterna från årets rekryteringar. Den visar både yrken där vi har svårt att hitta sökande och "
            "kompetenser som behöver stärkas hos dem som redan arbetar i förvaltningen.",
            B,
        ),
        Paragraph("4.1 Bristyrken och svårrekryterade befattningar", H2),
    ]
    for g in A_SHORTAGE:
        s.append(Paragraph(g, BUL, bulletText="•"))
    s += [Spacer(1, 4), Paragraph("4.2 Identifierade kompetensgap", H2)]
    for theme, items in A_GAPS:
        blk = [Paragraph("<i>%s</i>" % theme, style("A-TH", 10, 14, "DV-I", spaceBefore=3))]
        for g in items:
            blk.append(Paragraph(g, BUL, bulletText="–"))
        s.append(KeepTogether(blk))
    s += [
        Paragraph("4.3 Varför är det svårt att rekrytera?", H2),
        Paragraph(
            "Konkurrensen om legitimerad personal är hård i hela Stockholmsregionen. För socialsekreterare och "
            "biståndshandläggare finns fler lediga tjänster än sökande med erfarenhet, och nyexaminerade väljer ofta "
            "arbetsgivare som erbjuder lägre ärendemängd under det första året. Inom förskolan är det svårt att få "
            "behöriga sökande till enheter i Bagarmossen och Skarpnäcksfältet, där arbetet ofta kräver mer av "
            "språkutveckling och samarbete med vårdnadshavare. Sjuksköterskor och arbetsterapeuter kan välja mellan "
            "regionen, privata utförare och kommunerna och jämför framför allt lön och arbetstider. Till detta kommer "
            "att rekryteringsprocessen har varit för lång: i flera fall har kandidater hunnit tacka ja till annat "
            "innan vi lämnat erbjudande.",
            B,
        ),
    ]

    s += [
        PageBreak(),
        Paragraph("5 Aktiviteter 2024–2026", H1),
        Paragraph(
            "Aktiviteterna nedan är förvaltningsgemensamma. Varje område inleds med det behov som aktiviteterna ska "
            "möta. Under varje aktivitet anges vem som ansvarar, när den ska vara klar och hur den följs upp.",
            B,
        ),
    ]
    n = 0
    for area, need, items in A_ACTIVITIES:
        blk = [
            Paragraph("5.%d %s" % (A_ACTIVITIES.index((area, need, items)) + 1, area), H2),
            Paragraph("Behov: " + need, NEED),
        ]
        for act, resp, when, fu in items:
            n += 1
            blk.append(Paragraph(act, NUM, bulletText="%d." % n))
            blk.append(Paragraph("Ansvar: " + resp, LAB))
            blk.append(Paragraph("Klart: " + when, LAB))
            blk.append(Paragraph("Uppföljning: " + fu, LAB))
        s.append(KeepTogether(blk))

    s += [
        Paragraph("6 Uppföljning", H1),
        Paragraph(
            "Aktiviteterna följs upp i tertialrapporterna och i verksamhetsberättelsen. HR-enheten sammanställer en "
            "lägesbild varje höst som underlag för att revidera planen. Nyckeltalen i tabell 1 följs upp per avdelning "
            "i förvaltningsgruppen två gånger per år, och resultatet diskuteras med de fackliga organisationerna i "
            "förvaltningsgemensam samverkan.",
            B,
        ),
    ]
    return s


# ---------------------------------------------------------------------------------------------
# Plan B: 2026–2028
# ---------------------------------------------------------------------------------------------
B_FILE = "skarpnack-2026-2028.pdf"
B_PERIOD = "2026-2028"

B_TURN_HEAD = ["Befattning", "Tillsvidareanställda", "Omsättning 2024, %", "Omsättning 2025, %"]
B_TURN = [
    ["Socialsekreterare", "96", "18,6", "22,4"],
    ["Biståndshandläggare", "41", "14,2", "17,1"],
    ["Förskollärare", "158", "9,8", "8,9"],
    ["Undersköterska", "204", "8,1", "9,3"],
    ["Barnskötare", "231", "6,4", "6,0"],
]

B_RET_HEAD = ["Avdelning", "2026", "2027", "2028", "Summa"]
B_RET = [
    ["Förskola", "9", "11", "12", "32"],
    ["Äldreomsorg", "14", "12", "15", "41"],
    ["Individ- och familjeomsorg", "3", "4", "4", "11"],
    ["Stöd och service", "5", "6", "4", "15"],
    ["Stadsmiljö och trygghet", "1", "2", "1", "4"],
    ["Administration och ledning", "3", "2", "4", "9"],
    ["Totalt", "35", "37", "40", "112"],
]

# (area, activity, status, comment)
B_FOLLOWUP = [
    (
        "Utveckla",
        "Språkombud och Svenska för vård och omsorg inom äldreomsorgen",
        "Genomförd",
        "31 språkombud utbildade, kursen fortsätter",
    ),
    (
        "Utveckla",
        "Digital grundkurs för medarbetare utan daglig datoranvändning",
        "Delvis genomförd",
        "Genomförd inom äldreomsorgen, övriga avdelningar 2026",
    ),
    ("Utveckla", "Metodutbildning i samtal med barn", "Genomförd", "Ingår nu i introduktionen"),
    ("Utveckla", "Individuella kompetensutvecklingsplaner", "Pågår", "Finns för 71 procent av medarbetarna"),
    ("Behålla", "Kartläggning av ärendebelastning", "Genomförd", "Ledde till ärendetak, se handlingsplanen"),
    ("Behålla", "Tidiga rehabiliteringssamtal", "Genomförd", "Rutinen är införd i alla avdelningar"),
    (
        "Behålla",
        "Karriärtjänster för specialistsocialsekreterare och förste förskollärare",
        "Pågår",
        "Fyra tjänster inrättade hittills",
    ),
    ("Behålla", "Stanna-samtal", "Ej genomförd", "Prioriterades ned under omorganisationen 2025"),
    ("Attrahera", "Studenter för verksamhetsförlagd utbildning", "Genomförd", "Fortsätter i utökad form"),
    ("Attrahera", "Arbetsmarknadsdagar vid lärosäten", "Genomförd", "Fem mässor 2024–2025"),
    ("Rekrytera", "Rekryteringstid högst sex veckor", "Delvis genomförd", "Snittet är sju veckor"),
    (
        "Rekrytera",
        "Gemensamma bedömningsdagar för undersköterskor",
        "Avbruten",
        "Samarbetet upphörde när hemtjänsten upphandlades",
    ),
    ("Introducera", "Digital checklista för introduktion", "Genomförd", "Används av alla avdelningar"),
    ("Introducera", "Mentor under första året", "Delvis genomförd", "Mentorer saknas inom socialtjänsten"),
    ("Avsluta", "Avslutningssamtal och avgångsenkät", "Genomförd", "Svarsfrekvensen är fortfarande låg"),
    ("Avsluta", "Överlämningsplaner vid pensionsavgång", "Pågår", "Förs över till den nya planen"),
]

# (area as printed in group, [(insats, syfte, tidplan, ägare, indikator)])
B_ACTIVITIES = [
    (
        "Utveckla",
        [
            (
                "Utbildning i den nya socialtjänstlagens förebyggande och kunskapsbaserade arbetssätt för alla medarbetare inom individ- och familjeomsorgen",
                "Omställning till ny lagstiftning",
                "Q2 2026",
                "Avdelningschef IFO",
                "Andel utbildade medarbetare",
            ),
            (
                "Språkutvecklande insatser på arbetstid för barnskötare och undersköterskor",
                "Säker dokumentation och kommunikation",
                "2026-2027",
                "Rektorer, enhetschefer",
                "Antal deltagare, språkbedömning före och efter",
            ),
            (
                "Pilot med AI-stöd för dokumentation i biståndshandläggningen",
                "Frigöra tid för möten med brukare",
                "HT 2026",
                "IT-strateg med stöd av avdelningschef äldreomsorg",
                "Tidsåtgång per utredning",
            ),
            (
                "Ledarutvecklingsprogram för biträdande enhetschefer och samordnare",
                "Intern chefsförsörjning",
                "2027",
                "HR-enheten",
                "Andel deltagare som får ett chefsuppdrag",
            ),
        ],
    ),
    (
        "Behålla",
        [
            (
                "Införa ärendetak och veckovis ärendegenomgång för socialsekreterare inom barn och unga",
                "Minska personalomsättningen",
                "Q1 2026",
                "Enhetschef myndighet barn",
                "Personalomsättning socialsekreterare",
            ),
            (
                "Hälsofrämjande schemamodell med längre sammanhängande ledighet på vård- och omsorgsboenden",
                "Sänka korttidssjukfrånvaron",
                "VT 2027",
                "Avdelningschef äldreomsorg",
                "Korttidssjukfrånvaro dag 1–14",
            ),
            (
                "Lönekartläggning och riktade lönesatsningar för bristyrken",
                "Konkurrenskraftiga löner",
                "Årligen",
                "HR-chef",
                "Lönenivå jämfört med grannkommunerna",
            ),
            (
                "Heltid som norm: erbjuda heltid vid varje nyanställning",
                "Fler trygga anställningar",
                "Löpande",
                "Samtliga chefer",
                "Andel heltidsanställda",
            ),
        ],
    ),
    (
        "Attrahera/Rekrytera",
        [
            (
                "Gemensam rekryteringskampanj för socialsekreterare med övriga stadsdelsförvaltningar i söderort",
                "Nå erfarna sökande",
                "Q3 2026",
                "HR-enheten, kommunikatörer",
                "Antal behöriga sökande per annons",
            ),
            (
                "Fler platser för verksamhetsförlagd utbildning för förskollärarstudenter i samarbete med Stockholms universitet",
                "Säkra framtida legitimerade förskollärare",
                "HT 2026",
                "Avdelningschef förskola",
                "Antal VFU-studenter som anställs",
            ),
            (
                "Sommarjobb och feriepraktik inom stadsmiljö och fritid för unga i stadsdelsområdet",
                "Bygga en framtida rekryteringsbas",
                "Varje sommar",
                "Avdelningschef stadsmiljö",
                "Antal unga med sommarjobb",
            ),
        ],
    ),
    (
        "Rekrytera",
        [
            (
                "Validering av reell kompetens för undersköterskor inför kravet på skyddad yrkestitel",
                "Säkra behörighet",
                "2026",
                "Avdelningschef äldreomsorg",
                "Andel undersköterskor med bevis om yrkestitel",
            ),
            (
                "Kompetensbaserade intervjumallar för samtliga bristyrken",
                "Träffsäkra rekryteringar",
                "Q4 2026",
                "HR-konsulter",
                "Andel som stannar efter provanställningen",
            ),
        ],
    ),
    (
        "Introducera",
        [
            (
                "Introduktionsprogram med gemensam start varje månad för nya socialsekreterare",
                "Snabbare inskolning",
                "Q2 2026",
                "Avdelningschef IFO",
                "Nöjdhet i enkät efter introduktionen",
            ),
            (
                "Utbildade handledare för nyanställda på alla enheter inom stöd och service",
                "Trygg start i arbetet",
                "2027",
                "Enhetschefer LSS",
                "Antal utbildade handledare",
            ),
            (
                "Uppföljningssamtal efter tre och sex månaders anställning",
                "Fånga upp tidiga signaler",
                "Löpande",
                "Närmaste chef",
                "Andel genomförda samtal",
            ),
        ],
    ),
    (
        "Avsluta",
        [
            (
                "Analys av avgångsenkäter redovisas två gånger per år i ledningsgruppen",
                "Förstå orsakerna till avgångar",
                "Halvårsvis",
                "HR-chef",
                "Svarsfrekvens och vanligaste avgångsorsaker",
            ),
            (
                "Erbjuda seniora medarbetare att arbeta kvar på deltid som mentorer efter 65 år",
                "Behålla erfarenhet och överföra kunskap",
                "2026-2028",
                "Avdelningschefer samt HR-enheten",
                "Antal seniora mentorer",
            ),
            (
                "Överlämningsplan för nyckelpersoner som slutar eller går i pension",
                "Minska kunskapsförlusten",
                "Löpande",
                "Avdelningschefer",
                "Andel nyckelroller med överlämningsplan",
            ),
        ],
    ),
]

B_ACT_COLS = [32 * mm, 42 * mm, 32 * mm, 17 * mm, 27 * mm, 30 * mm]
B_ACT_PAD = 5

B_CHALLENGES = [
    "Hög personalomsättning bland socialsekreterare och biståndshandläggare",
    "Omställningen till den nya socialtjänstlagen",
    "Kravet på skyddad yrkestitel för undersköterskor",
    "Minskande barnantal som kräver omställning inom förskolan",
    "Pensionsavgångar bland erfarna medarbetare inom äldreomsorgen",
    "Konkurrens om chefer med erfarenhet av LSS-verksamhet",
]
B_NEEDS = [
    ("Förskola", ["Förskollärare med specialpedagogisk inriktning"]),
    (
        "Äldreomsorg",
        ["Sjuksköterskor med vana av palliativ vård", "Undersköterskor med specialistutbildning inom demens"],
    ),
    (
        "Individ- och familjeomsorg",
        [
            "Erfarna socialsekreterare inom barn och unga",
            "Familjebehandlare med utbildning i föräldraskapsstöd",
        ],
    ),
    ("Stöd och service", ["Stödpedagoger", "Enhetschefer med erfarenhet av LSS"]),
    (
        "Stadsmiljö och trygghet",
        ["Landskapsarkitekt", "Trygghetssamordnare med kunskap om brottsförebyggande arbete"],
    ),
]

B_PROSE_FIGURES = [
    ("employees_total", 1571, "count", "2025", None, "hade förvaltningen 1 571 månadsavlönade medarbetare"),
    ("employees_total", 1603, "count", "2024", None, "jämfört med 1 603 ett år tidigare"),
    ("employees_permanent", 1418, "count", "2025", "tillsvidareanställda", "1 418 tillsvidareanställda"),
    ("employees_temporary", 153, "count", "2025", "visstidsanställda", "153 visstidsanställda"),
    ("hourly_staff", 247, "count", "2024", None, "från 247 till 198"),
    ("hourly_staff", 198, "count", "2025", None, "från 247 till 198"),
    ("women_share", 79.8, "percent", "2025", None, "Andelen kvinnor är 79,8 procent"),
    ("men_share", 20.2, "percent", "2025", None, "andelen män 20,2 procent"),
    (
        "average_age",
        44.7,
        "years",
        "2025",
        "tillsvidareanställda",
        "Medelåldern bland tillsvidareanställda är 44,7 år",
    ),
    ("full_time_share", 92.1, "percent", "2025", None, "92,1 procent av de månadsavlönade arbetar heltid"),
    ("sick_leave_pct", 7.4, "percent", "2024", None, "från 7,4 procent 2024 till 7,0 procent 2025"),
    ("sick_leave_pct", 7.0, "percent", "2025", None, "från 7,4 procent 2024 till 7,0 procent 2025"),
    (
        "short_sick_leave_pct",
        2.7,
        "percent",
        "2025",
        None,
        "Korttidssjukfrånvaron (dag 1–14) låg på 2,7 procent",
    ),
    (
        "long_sick_leave_pct",
        3.0,
        "percent",
        "2025",
        None,
        "utgjorde 3,0 procent av den ordinarie arbetstiden",
    ),
    ("turnover_pct", 10.9, "percent", "2024", None, "från 10,9 procent 2024 till 12,3 procent 2025"),
    ("turnover_pct", 12.3, "percent", "2025", None, "från 10,9 procent 2024 till 12,3 procent 2025"),
    ("recruitments", 312, "count", "2025", None, "rekryterades 312 tillsvidareanställda"),
    ("departures", 341, "count", "2025", None, "medan 341 avslutade sin anställning"),
    ("ami_index", 81, "index", "2025", None, "AMI-värdet i medarbetarenkäten 2025 blev 81"),
    ("ami_index", 79, "index", "2023", None, "jämfört med 79 vid mätningen 2023"),
]

# headings of plan B recorded for the table of contents
B_TOC = [
    ("1", "Inledning"),
    ("2", "Förvaltningens uppdrag"),
    ("3", "Omvärld och förutsättningar"),
    ("4", "Vad har förändrats sedan förra planen?"),
    ("5", "Nuläge hösten 2025"),
    ("6", "Uppföljning av planen 2024–2026"),
    ("7", "Kompetensbehov och utmaningar"),
    ("8", "Handlingsplan 2026–2028"),
    ("9", "Genomförande och uppföljning"),
]


class TocHeading(Paragraph):
    def __init__(self, text, st, key):
        Paragraph.__init__(self, text, st)
        self.toc_key = key


def b_story(toc_pages):
    H1 = style("B-H1", 13, 17, "DV-B", spaceBefore=8, spaceAfter=5, textColor=colors.HexColor("#7a1f2b"))
    H2 = style("B-H2", 10.5, 14, "DV-B", spaceBefore=6, spaceAfter=2)
    B = style("B-B", 9.5, 13.5, spaceAfter=5)
    BUL = style("B-BUL", 9.5, 13.5, leftIndent=13, bulletIndent=2, spaceAfter=1)
    CAP = style("B-CAP", 8.5, 11, "DV-B", spaceBefore=4, spaceAfter=2)
    T = style("B-T", 8, 10.2)
    TH = style("B-TH", 8, 10.2, "DV-B")
    AT = style("B-AT", 7.5, 9.6)
    ATH = style("B-ATH", 7.5, 9.6, "DV-B")
    TOC = style("B-TOC", 10.5, 17)

    s = []
    # cover
    s += [
        Spacer(1, 38 * mm),
        Paragraph("Stockholms stad", style("B-c0", 11, 14, textColor=colors.HexColor("#666666"))),
        Paragraph(ADMIN, style("B-c1", 14, 18, "DV-B", spaceAfter=26)),
        Paragraph(
            "Kompetensförsörjningsplan 2026–2028",
            style("B-c2", 22, 28, "DV-B", spaceAfter=8, textColor=colors.HexColor("#7a1f2b")),
        ),
        Paragraph(
            "Strategisk plan för att utveckla, behålla, attrahera, rekrytera, introducera och avsluta",
            style("B-c3", 11, 15, "DV-I", spaceAfter=10),
        ),
        Paragraph(
            "Fastställd av stadsdelsnämnden den 11 december 2025. Ersätter planen för 2024–2026.",
            style("B-c4", 9.5, 13, spaceAfter=30),
        ),
        Paragraph("Innehåll", style("B-c5", 12, 16, "DV-B", spaceAfter=4)),
    ]
    rows = [[Paragraph("%s  %s" % (n, t), TOC), Paragraph(str(toc_pages.get(n, 0)), TOC)] for n, t in B_TOC]
    toc = Table(rows, colWidths=[120 * mm, 15 * mm])
    toc.setStyle(
        TableStyle(
            [
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    s += [toc, NextPageTemplate("two"), PageBreak()]

    # two-column part
    s += [
        TocHeading("1 Inledning", H1, "1"),
        Paragraph(
            "Den här planen beskriver hur Skarpnäcks stadsdelsförvaltning ska säkra den kompetens som verksamheterna "
            "behöver under åren 2026 till 2028. Den bygger vidare på den förra planen, som gällde 2024–2026, och "
            "börjar därför med en genomgång av vad som har hänt sedan dess och hur långt vi har kommit med de "
            "aktiviteter som då beslutades.",
            B,
        ),
        Paragraph(
            "Planen är ett gemensamt ramverk. Avdelningarna gör egna fördjupningar, och varje chef ansvarar för att "
            "aktiviteterna omsätts i enhetens arbete, i medarbetarsamtal och i det systematiska arbetsmiljöarbetet. "
            "Vi använder stadens indelning i utveckla, behålla, attrahera, rekrytera och avsluta och har, precis som "
            "tidigare, lagt till introducera.",
            B,
        ),
        Paragraph(
            "Underlaget har tagits fram under augusti till oktober 2025 genom workshoppar i avdelningarnas "
            "ledningsgrupper, statistik ur stadens personalsystem och synpunkter från skyddsombud och fackliga "
            "företrädare.",
            B,
        ),
    ]
    s += [
        TocHeading("2 Förvaltningens uppdrag", H1, "2"),
        Paragraph(
            "Förvaltningen ansvarar för förskola, äldreomsorg, individ- och familjeomsorg, stöd och service till "
            "personer med funktionsnedsättning samt stadsmiljö, trygghet och fritid i stadsdelsområdet. Sedan hösten "
            "2025 utförs hemtjänsten av privata utförare efter en upphandling, och de medarbetare som arbetade i den "
            "egna hemtjänsten har erbjudits andra tjänster inom äldreomsorgen.",
            B,
        ),
        Paragraph(
            "Socialtjänsten arbetar sedan den 1 juli 2025 efter en ny socialtjänstlag som lägger större vikt vid "
            "förebyggande och lättillgängliga insatser. Det påverkar både arbetssätt och vilken kompetens som "
            "efterfrågas. Inom förskolan fortsätter barnantalet att minska i de äldre bostadsområdena, och två "
            "förskolor har slagits samman med närliggande enheter.",
            B,
        ),
        Paragraph(
            "Stadsmiljöavdelningen har fått ett utökat uppdrag inom trygghetsarbete och platssamverkan, vilket har "
            "inneburit nya tjänster som trygghetssamordnare.",
            B,
        ),
    ]
    s += [
        TocHeading("3 Omvärld och förutsättningar", H1, "3"),
        Paragraph("Arbetsmarknaden i regionen", H2),
        Paragraph(
            "Efterfrågan på personal inom välfärden är fortsatt hög i Stockholms län, samtidigt som antalet unga som "
            "söker sig till vård- och omsorgsutbildningar inte ökar i samma takt. Kommunerna runt Stockholm konkurrerar "
            "i stor utsträckning om samma yrkesgrupper, och skillnaderna i lön och villkor mellan närliggande "
            "arbetsgivare har blivit en allt viktigare faktor när erfarna medarbetare väljer arbetsplats.",
            B,
        ),
        Paragraph("Ny lagstiftning och nya krav", H2),
        Paragraph(
            "Den nya socialtjänstlagen innebär att socialtjänsten ska arbeta mer förebyggande och att fler insatser ska "
            "kunna ges utan föregående biståndsbedömning. Det kräver kompetens i att bygga upp och följa upp "
            "lättillgängliga insatser, men också i att samverka med skola, polis och civilsamhälle. Inom äldreomsorgen "
            "har undersköterska blivit en skyddad yrkestitel, vilket ställer krav på att medarbetarnas utbildning "
            "dokumenteras och att de som saknar delar av utbildningen får möjlighet att komplettera.",
            B,
        ),
        Paragraph("Befolkningens behov", H2),
        Paragraph(
            "Antalet invånare över 80 år i stadsdelsområdet ökar stadigt under planperioden, medan antalet barn i "
            "förskoleåldern fortsätter att minska i Björkhagen, Kärrtorp och Bagarmossen. Det innebär att förvaltningen "
            "samtidigt behöver rekrytera inom äldreomsorgen och ställa om inom förskolan, där en del medarbetare kan "
            "erbjudas nya uppdrag i andra verksamheter.",
            B,
        ),
        Paragraph("Digitalisering och AI", H2),
        Paragraph(
            "Digitala arbetssätt och verktyg med artificiell intelligens kan avlasta medarbetarna, framför allt i "
            "dokumentation och administration. För att det ska fungera behövs både grundläggande digital kompetens "
            "hos alla medarbetare och fördjupad kompetens hos dem som ska leda införandet. Förvaltningen följer "
            "stadens riktlinjer för AI och prövar nya verktyg i avgränsade piloter innan de sprids.",
            B,
        ),
    ]
    s += [
        TocHeading("4 Vad har förändrats sedan förra planen?", H1, "4"),
        Paragraph(
            "Jämfört med den förra planen har förvaltningen blivit något mindre. Minskningen beror främst på att "
            "förskolor har slagits samman och på att den egna hemtjänsten avvecklades. Antalet visstidsanställda har "
            "gått ned eftersom vi i högre grad erbjuder tillsvidareanställning direkt, i linje med heltid som norm.",
            B,
        ),
        Paragraph(
            "Sjukfrånvaron har fortsatt att minska. Vi bedömer att tidiga rehabiliteringssamtal och det förbättrade "
            "arbetsmiljöarbetet på vård- och omsorgsboendena har bidragit, men också att de enheter med högst "
            "sjukfrånvaro låg inom den hemtjänst som nu har avvecklats.",
            B,
        ),
        Paragraph(
            "Personalomsättningen har däremot ökat igen. Den viktigaste förklaringen är att många socialsekreterare "
            "och biståndshandläggare har sökt sig till grannkommuner och till statliga myndigheter som har kunnat "
            "erbjuda högre lön och mindre ärendemängd. Införandet av den nya socialtjänstlagen skapade dessutom en "
            "period av osäkerhet och omorganisation, och flera erfarna medarbetare valde att gå vidare under den tiden. "
            "En del av ökningen är också tillfällig: när hemtjänsten avvecklades avslutade medarbetare som inte ville "
            "ha en annan tjänst sin anställning, och de räknas in i omsättningen för 2025.",
            B,
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]

    # one-column part
    s += [
        TocHeading("5 Nuläge hösten 2025", H1, "5"),
        Paragraph("Antal medarbetare", H2),
        Paragraph(
            "Den 30 september 2025 hade förvaltningen 1 571 månadsavlönade medarbetare, jämfört med 1 603 ett år "
            "tidigare. Av dem var 1 418 tillsvidareanställda och 153 visstidsanställda. Antalet timavlönade som "
            "arbetat under september minskade från 247 till 198. Andelen kvinnor är 79,8 procent och andelen män 20,2 "
            "procent. Medelåldern bland tillsvidareanställda är 44,7 år. Sammanlagt 92,1 procent av de månadsavlönade "
            "arbetar heltid.",
            B,
        ),
        Paragraph("Sjukfrånvaro", H2),
        Paragraph(
            "Den totala sjukfrånvaron minskade från 7,4 procent 2024 till 7,0 procent 2025, räknat som rullande tolv "
            "månader till och med augusti. Korttidssjukfrånvaron (dag 1–14) låg på 2,7 procent. Sjukfrånvaro som "
            "pågått i 60 dagar eller mer utgjorde 3,0 procent av den ordinarie arbetstiden.",
            B,
        ),
        Paragraph("Rörlighet", H2),
        Paragraph(
            "Personalomsättningen, exklusive byten mellan enheter inom förvaltningen, ökade från 10,9 procent 2024 "
            "till 12,3 procent 2025. Under perioden oktober 2024 till september 2025 rekryterades 312 "
            "tillsvidareanställda medan 341 avslutade sin anställning. Omsättningen skiljer sig mycket mellan "
            "befattningarna, vilket framgår av tabellen nedan.",
            B,
        ),
        Paragraph("Personalomsättning i fem stora befattningar", CAP),
    ]
    tt = Table([B_TURN_HEAD] + B_TURN, colWidths=[52 * mm, 38 * mm, 38 * mm, 38 * mm])
    tt.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ]
        )
    )
    s += [
        tt,
        Spacer(1, 6),
        Paragraph("Pensionsavgångar", H2),
        Paragraph(
            "Tabellen visar hur många tillsvidareanställda som fyller 65 år respektive år under planperioden. Alla "
            "kommer inte att sluta, men siffrorna ger en bild av var behovet av ersättningsrekrytering blir störst. "
            "Jämfört med förra planen är det fler inom äldreomsorgen, eftersom flera medarbetare från den avvecklade "
            "hemtjänsten har flyttat till boendena.",
            B,
        ),
        Paragraph("Medarbetare som fyller 65 år per avdelning", CAP),
    ]
    tr = Table([B_RET_HEAD] + B_RET, colWidths=[62 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
    tr.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("FONTNAME", (0, -1), (-1, -1), "DV-B"),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                ("TOPPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    s += [
        tr,
        Spacer(1, 6),
        Paragraph("Medarbetarenkäten", H2),
        Paragraph(
            "AMI-värdet i medarbetarenkäten 2025 blev 81, jämfört med 79 vid mätningen 2023. Förbättringen är "
            "tydligast inom förskolan, medan socialtjänsten ligger kvar på samma nivå som tidigare.",
            B,
        ),
    ]

    # follow-up
    s += [
        CondPageBreak(60 * mm),
        TocHeading("6 Uppföljning av planen 2024–2026", H1, "6"),
        Paragraph(
            "Av de sexton aktiviteter som följs upp här är åtta genomförda, tre delvis genomförda och tre pågår fortfarande. De som inte har "
            "genomförts har antingen prioriterats ned eller förlorat sin betydelse när verksamheten förändrades.",
            B,
        ),
    ]
    fh = [Paragraph(x, TH) for x in ["Område", "Aktivitet i planen 2024–2026", "Status", "Kommentar"]]
    frows = [fh] + [
        [Paragraph(a, T), Paragraph(b, T), Paragraph(c, T), Paragraph(d, T)] for a, b, c, d in B_FOLLOWUP
    ]
    ft = Table(frows, colWidths=[24 * mm, 66 * mm, 28 * mm, 62 * mm], repeatRows=1)
    ft.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ]
        )
    )
    s += [ft, Spacer(1, 6)]

    # needs
    s += [
        CondPageBreak(50 * mm),
        TocHeading("7 Kompetensbehov och utmaningar", H1, "7"),
        Paragraph(
            "Ledningsgrupperna har pekat ut de utmaningar som påverkar kompetensförsörjningen mest under "
            "planperioden. De är inte rangordnade.",
            B,
        ),
        Paragraph("Utmaningar 2026–2028", H2),
    ]
    for i, c in enumerate(B_CHALLENGES, 1):
        s.append(Paragraph(c, BUL, bulletText="%d." % i))
    s += [Spacer(1, 4), Paragraph("Kompetensbehov per avdelning", H2)]
    for theme, items in B_NEEDS:
        blk = [Paragraph(theme, style("B-TH2", 9.5, 13, "DV-I", spaceBefore=2))]
        for g in items:
            blk.append(Paragraph(g, BUL, bulletText="•"))
        s.append(KeepTogether(blk))
    s += [
        Paragraph("Varför är det svårt att rekrytera?", H2),
        Paragraph(
            "Avdelningarnas bedömning är att bristen är mest akut inom myndighetsutövningen. Inom förskolan är "
            "läget mer blandat: vissa enheter har övertalighet av barnskötare samtidigt som andra saknar legitimerade "
            "förskollärare. Inom stöd och service har flera enhetschefstjänster fått annonseras ut mer än en gång.",
            B,
        ),
        Paragraph(
            "Det som gör rekryteringen svår är främst att samma yrkesgrupper efterfrågas av alla kommuner i regionen "
            "samtidigt. Socialsekreterare med några års erfarenhet kan i praktiken välja arbetsgivare, och de väljer "
            "ofta bort tjänster med hög ärendebelastning. För undersköterskor tillkommer att kravet på skyddad "
            "yrkestitel gör att en del erfarna medarbetare utan fullständig utbildning behöver validering innan de kan "
            "anställas på samma villkor som tidigare.",
            B,
        ),
    ]

    # action table
    s += [
        CondPageBreak(70 * mm),
        TocHeading("8 Handlingsplan 2026–2028", H1, "8"),
        Paragraph(
            "Tabellen visar förvaltningens insatser under planperioden. Indikatorn anger vad som mäts när insatsen "
            "följs upp i tertialrapporterna.",
            B,
        ),
    ]
    heads = ["Område", "Insats", "Syfte", "Tidplan", "Ägare", "Indikator"]
    arows = [[Paragraph(h, ATH) for h in heads]]
    first_rows = []
    for area, items in B_ACTIVITIES:
        for i, (ins, syf, tid, age, ind) in enumerate(items):
            if i == 0:
                first_rows.append(len(arows))
            arows.append(
                [
                    Paragraph("<b>%s</b>" % area if i == 0 else "", AT),
                    Paragraph(ins, AT),
                    Paragraph(syf, AT),
                    Paragraph(tid, AT),
                    Paragraph(age, AT),
                    Paragraph(ind, AT),
                ]
            )
    at = Table(arows, colWidths=B_ACT_COLS, repeatRows=1)
    ts = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), B_ACT_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
    ]
    for r in first_rows[1:]:
        ts.append(("TOPPADDING", (0, r), (-1, r), 9))
    at.setStyle(TableStyle(ts))
    s += [at, Spacer(1, 8)]

    s += [
        TocHeading("9 Genomförande och uppföljning", H1, "9"),
        Paragraph(
            "Avdelningscheferna ansvarar för att insatserna genomförs inom respektive avdelning, och HR-enheten "
            "samordnar de förvaltningsgemensamma insatserna. Handlingsplanen stäms av i ledningsgruppen i samband med "
            "tertialrapporterna och revideras inför varje nytt verksamhetsår. Uppföljningen av nyckeltalen redovisas "
            "för stadsdelsnämnden i verksamhetsberättelsen.",
            B,
        ),
    ]
    return s


# ---------------------------------------------------------------------------------------------
# page furniture and building
# ---------------------------------------------------------------------------------------------
def make_canvas(kind):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._furniture(total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _furniture(self, total):
            w, h = A4
            p = self._pageNumber
            self.saveState()
            if kind == "A":
                if p > 1:
                    self.setFont("DV", 8)
                    self.setFillColor(colors.HexColor("#444444"))
                    self.drawString(25 * mm, h - 14 * mm, ADMIN)
                    self.drawRightString(w - 25 * mm, h - 14 * mm, "Kompetensförsörjningsplan 2024–2026")
                    self.setStrokeColor(colors.HexColor("#1a3a5c"))
                    self.setLineWidth(0.6)
                    self.line(25 * mm, h - 16 * mm, w - 25 * mm, h - 16 * mm)
                self.setFont("DV", 8.5)
                self.setFillColor(colors.black)
                self.drawCentredString(w / 2, 12 * mm, "Sida %d av %d" % (p, total))
            else:
                if p > 1:
                    self.setFillColor(colors.HexColor("#7a1f2b"))
                    self.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
                    self.setFillColor(colors.white)
                    self.setFont("DV-B", 8)
                    self.drawString(15 * mm, h - 6 * mm, "Stockholms stad | " + ADMIN)
                    self.setFont("DV", 8)
                    self.drawRightString(w - 15 * mm, h - 6 * mm, "Kompetensförsörjningsplan 2026–2028")
                    self.setFillColor(colors.HexColor("#333333"))
                    self.setFont("DV", 8)
                    self.drawRightString(w - 15 * mm, 10 * mm, "Sida %d av %d" % (p, total))
            self.restoreState()

    return NumberedCanvas


class BDoc(BaseDocTemplate):
    def __init__(self, *a, **kw):
        BaseDocTemplate.__init__(self, *a, **kw)
        self.toc_found = {}

    def afterFlowable(self, f):
        key = getattr(f, "toc_key", None)
        if key:
            self.toc_found[key] = self.page


def build_a(path):
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        invariant=1,
        title="Kompetensförsörjningsplan 2024–2026",
        author=ADMIN,
        subject="Kompetensförsörjning",
        creator="make_layouts.py",
    )
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("one", [fr])])
    doc.build(a_story(), canvasmaker=make_canvas("A"))


def build_b(path):
    toc_pages = {}
    for _ in range(3):
        doc = BDoc(
            path,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            invariant=1,
            title="Kompetensförsörjningsplan 2026–2028",
            author=ADMIN,
            subject="Kompetensförsörjning",
            creator="make_layouts.py",
        )
        gap = 8 * mm
        cw = (doc.width - gap) / 2
        cover = Frame(25 * mm, doc.bottomMargin, A4[0] - 50 * mm, doc.height, id="cover")
        c1 = Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id="c1")
        c2 = Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id="c2")
        one = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="one")
        doc.addPageTemplates(
            [PageTemplate("cover", [cover]), PageTemplate("two", [c1, c2]), PageTemplate("one", [one])]
        )
        doc.build(b_story(toc_pages), canvasmaker=make_canvas("B"))
        if doc.toc_found == toc_pages:
            break
        toc_pages = dict(doc.toc_found)


def check_widths():
    bad = []
    for area, items in B_ACTIVITIES:
        for it in items:
            for c, (txt, w) in enumerate(zip((area,) + it, B_ACT_COLS)):
                for word in txt.split():
                    if pdfmetrics.stringWidth(word, "DV-B" if c == 0 else "DV", 7.5) > w - B_ACT_PAD:
                        bad.append(word)
    for row in B_FOLLOWUP:
        for txt, w in zip(row, [24 * mm, 66 * mm, 28 * mm, 62 * mm]):
            for word in txt.split():
                if pdfmetrics.stringWidth(word, "DV", 8) > w - 6:
                    bad.append(word)
    if bad:
        sys.exit("words wider than their column: %s" % bad)


def main():
    check_widths()
    if len(sys.argv) != 2:
        sys.exit("usage: make_layouts.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    build_a(os.path.join(out, A_FILE))
    build_b(os.path.join(out, B_FILE))


if __name__ == "__main__":
    main()
