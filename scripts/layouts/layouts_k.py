#!/usr/bin/env python
"""Three invented Stockholm plans, written blind in session 26 (writer k).

Usage: python layouts_k.py OUTDIR (the plans in eval/layouts/unseen8/plans; gold in eval/layouts/unseen8/gold)

1. aldreforvaltningen_kfp_2026-2028.pdf  (A4 PDF, 10 pages)
2. aldreforvaltningen_kfp_2025-2027.pdf  (A4 PDF, 7 pages, same house style)
3. serviceforvaltningen_kfp_2026.docx    (DOCX, 7 pages by explicit page breaks)

All content lives in this file. The writer's gold-writing script imported its data from here, with
three helpers for the gold (target_end, split_resp, canon_areas); those helpers are left out (the
gold is data in eval/layouts/unseen8/gold). Deterministic: fixed PDF metadata (invariant),
fixed DOCX core properties and zip timestamps.
"""

import io
import os
import sys
import zipfile

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

FILE_A26 = "aldreforvaltningen_kfp_2026-2028.pdf"
FILE_A25 = "aldreforvaltningen_kfp_2025-2027.pdf"
FILE_S26 = "serviceforvaltningen_kfp_2026.docx"

ADM_A = "Äldreförvaltningen, Stockholms stad"
ADM_S = "Serviceförvaltningen, Stockholms stad"

# ---------------------------------------------------------------- styles
BLUE = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GREY = colors.HexColor("#666666")

ST = {
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="DV", fontSize=8.5, leading=11),
    "smallb": ParagraphStyle("smallb", fontName="DVB", fontSize=8.5, leading=11),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8.5, leading=11),
    "h1": ParagraphStyle(
        "h1", fontName="DVB", fontSize=15, leading=19, textColor=BLUE, spaceBefore=4, spaceAfter=8
    ),
    "h2": ParagraphStyle(
        "h2", fontName="DVB", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=4
    ),
    "h3": ParagraphStyle("h3", fontName="DVB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=3),
    "bullet": ParagraphStyle(
        "bullet",
        fontName="DV",
        bulletFontName="DV",
        fontSize=9.5,
        leading=13,
        leftIndent=14,
        bulletIndent=3,
        spaceAfter=2,
    ),
    "num": ParagraphStyle(
        "num",
        fontName="DV",
        bulletFontName="DV",
        fontSize=9.5,
        leading=13,
        leftIndent=18,
        bulletIndent=2,
        spaceAfter=2,
    ),
    "cover_org": ParagraphStyle("co", fontName="DVB", fontSize=13, leading=17),
    "cover_title": ParagraphStyle("ct", fontName="DVB", fontSize=24, leading=30, textColor=BLUE),
    "cover_sub": ParagraphStyle("cs", fontName="DV", fontSize=13, leading=18),
    "tile_num": ParagraphStyle(
        "tn", fontName="DVB", fontSize=17, leading=21, textColor=BLUE, alignment=TA_CENTER
    ),
    "tile_lbl": ParagraphStyle("tl", fontName="DV", fontSize=8.5, leading=11, alignment=TA_CENTER),
    "card_title": ParagraphStyle("cat", fontName="DVB", fontSize=9, leading=12),
    "toc": ParagraphStyle("toc", fontName="DV", fontSize=10, leading=15),
    "tocr": ParagraphStyle("tocr", fontName="DV", fontSize=10, leading=15, alignment=TA_RIGHT),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


def bullets(items, style="bullet", marker="•"):
    return [Paragraph(t, ST[style], bulletText=marker) for t in items]


def numbered(items):
    return [Paragraph(t, ST["num"], bulletText="%d." % (i + 1)) for i, t in enumerate(items)]


def fmt_int(n):
    s = "%d" % n
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_dec(x):
    return ("%.1f" % x).replace(".", ",")


def plain_table(
    rows,
    widths,
    header_rows=1,
    section_rows=(),
    rule="h",
    fontsize=None,
    bold_first_col=False,
    align_right_from=None,
):
    """rows: list of lists of strings. rule: 'h' (horizontal rules) or 'grid'."""
    data = []
    for ri, r in enumerate(rows):
        cells = []
        for ci, c in enumerate(r):
            if ri < header_rows or ri in section_rows or (bold_first_col and ci == 0):
                cells.append(Paragraph(c, ST["cellb"]))
            else:
                cells.append(Paragraph(c, ST["cell"]))
        data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
    ]
    if rule == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9b8")))
    else:
        cmds += [
            ("LINEABOVE", (0, 0), (-1, 0), 1, BLUE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, BLUE),
            ("LINEBELOW", (0, -1), (-1, -1), 1, BLUE),
            ("LINEBELOW", (0, header_rows), (-1, -2), 0.3, colors.HexColor("#c5cfda")),
        ]
    for sr in section_rows:
        cmds += [("SPAN", (0, sr), (-1, sr)), ("BACKGROUND", (0, sr), (-1, sr), colors.HexColor("#f3f6fa"))]
    t.setStyle(TableStyle(cmds))
    return t


CANON = ["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]


# ======================================================================
# PLAN A 2025-2027 (previous plan) -- data
# ======================================================================
# activities of the 2025-2027 plan (id, area, activity, behov, ansvar, tidplan)
A25_ACTS = [
    (
        "U1",
        "Utveckla",
        "Inför ett utbildningsår i demens och palliativ vård för undersköterskor på vård- och omsorgsboendena.",
        "Fördjupad kompetens i demensvård och vård i livets slut",
        "Avdelningschef vård- och omsorgsboenden",
        "2025–2026",
    ),
    (
        "U2",
        "Utveckla",
        "Erbjud vårdbiträden validering och studier till undersköterska på betald arbetstid.",
        "Fler medarbetare med skyddad yrkestitel",
        "Enhetschefer med stöd av HR",
        "Löpande",
    ),
    (
        "U3",
        "Utveckla",
        "Genomför en digital grundutbildning i verksamhetssystemet och välfärdsteknik för all omsorgspersonal.",
        "Säker dokumentation och användning av digitala hjälpmedel",
        "Stab och utveckling",
        "Q4 2025",
    ),
    (
        "B1",
        "Behålla",
        "Öka möjligheten till heltid genom schemaläggning med önskemålsperioder.",
        "Fler heltidsanställda och färre delade turer",
        "Enhetschefer",
        "2025",
    ),
    (
        "B2",
        "Behålla",
        "Starta ett chefsnätverk för nya enhetschefer med extern processledare.",
        "Stöd till chefer under de första åren",
        "HR-chef",
        "HT 2025",
    ),
    (
        "B3",
        "Behålla",
        "Inför en lönekarriärmodell för sjuksköterskor med specialistutbildning.",
        "Behålla legitimerad personal",
        "HR-chef och avdelningschefer",
        "2025-12-31",
    ),
    (
        "A1",
        "Attrahera",
        "Ta emot fler elever för arbetsplatsförlagt lärande från vård- och omsorgsprogrammet.",
        "Säkra framtidens undersköterskor",
        "Enhetschefer med stöd av kommunikatör",
        "VT 2025",
    ),
    (
        "A2",
        "Attrahera",
        "Ta fram korta filmer där medarbetare berättar om arbetet på boende och i nattpatrullen.",
        "Synlighet som arbetsgivare",
        "Kommunikationsenheten",
        "Q2 2025",
    ),
    (
        "R1",
        "Rekrytera",
        "Använd kompetensbaserad rekrytering med strukturerade intervjuer i samtliga rekryteringar.",
        "Träffsäkra rekryteringar",
        "Rekryterande chef och HR",
        "Löpande",
    ),
    (
        "R2",
        "Rekrytera",
        "Samla rekryteringen av timavlönade i en gemensam bemanningspool.",
        "Stabil bemanning vid frånvaro",
        "Bemanningsenheten",
        "2026",
    ),
    (
        "I1",
        "Introducera",
        "Inför en gemensam introduktionsdag för nyanställda varje månad.",
        "Likvärdig introduktion",
        "HR-avdelningen",
        "Q1 2025",
    ),
    (
        "I2",
        "Introducera",
        "Utse och utbilda handledare på varje enhet.",
        "Trygg start för nya medarbetare",
        "Enhetschefer",
        "2025",
    ),
    (
        "Av1",
        "Avsluta",
        "Genomför avslutssamtal med alla tillsvidareanställda som slutar.",
        "Kunskap om varför medarbetare lämnar",
        "Närmaste chef",
        "Löpande",
    ),
    (
        "Av2",
        "Avsluta",
        "Sammanställ avslutsenkäten varje halvår och redovisa resultatet i ledningsgruppen.",
        "Underlag för förbättringar",
        "HR-avdelningen",
        "Halvårsvis",
    ),
]

# key figures, years as rows: year, tillsvidare, visstid, timavlönade, omsättning, sjukfrånvaro, medelålder
A25_YEARS = [
    (2022, 1176, 171, 431, 12.4, 9.1, 45.2),
    (2023, 1198, 164, 402, 11.8, 8.6, 45.6),
    (2024, 1231, 151, 377, 10.9, 8.2, 45.9),
]
# sick leave by type (years as columns 2023, 2024): korttid, dag 15-59, dag 60-
A25_SICK = {
    "Korttid dag 1–14": (3.1, 3.0),
    "Dag 15–59": (1.6, 1.5),
    "Långtid dag 60–": (3.9, 3.7),
    "Totalt": (8.6, 8.2),
}
# occupation table: yrkesgrupp, tillsvidare, varav 60 år och äldre
A25_OCC = [
    ("Undersköterska", 598, 92),
    ("Vårdbiträde", 164, 31),
    ("Sjuksköterska", 97, 18),
    ("Arbetsterapeut/fysioterapeut", 41, 4),
    ("Biståndshandläggare", 58, 6),
    ("Enhetschef", 44, 7),
    ("Kock/måltidspersonal", 52, 11),
    ("Administratör/handläggare", 89, 13),
]
A25_DEPTS = [  # avdelning: (tillsvidare 2024, omsättning 2023, omsättning 2024, sjuk 2023, sjuk 2024)
    ("Vård- och omsorgsboenden", 742, 12.9, 11.6, 9.8, 9.4),
    ("Hemtjänst och nattpatrull", 221, 13.1, 12.2, 8.8, 8.5),
    ("Myndighet och Äldre direkt", 164, 9.2, 8.8, 5.9, 5.6),
    ("Stab och utveckling", 104, 6.8, 7.1, 3.4, 3.2),
]
A25_GAPS_BRIST = [
    "Sjuksköterskor, särskilt med specialistutbildning i vård av äldre",
    "Undersköterskor med erfarenhet av demensvård",
    "Biståndshandläggare med socionomexamen",
    "Enhetschefer med erfarenhet av vård- och omsorgsboende",
    "Nattpersonal till nattpatrullen",
]
A25_GAPS_UTM = [
    "Många medarbetare i yrken med skyddad yrkestitel saknar fullständig utbildning.",
    "Hög personalomsättning under det första anställningsåret.",
    "Behov av bättre språkkunskaper i svenska för säker dokumentation.",
    "Stora pensionsavgångar bland undersköterskor de kommande fem åren.",
]

# ======================================================================
# PLAN A 2026-2028 -- data
# ======================================================================
A26_YEARS = [2023, 2024, 2025]
A26_KEY = [  # label, metric, unit, values per year (None = not in table gold), is_int
    ("Tillsvidareanställda, antal", "employees_permanent", "count", (1198, 1231, 1262), True),
    ("Visstidsanställda månadsavlönade, antal", "employees_temporary", "count", (164, 151, 138), True),
    ("Timavlönade, antal", "hourly_staff", "count", (402, 377, 349), True),
    ("Andel kvinnor, %", "women_share", "percent", (81, 80, 80), True),
    ("Medelålder, år", "average_age", "years", (45.6, 45.9, 46.1), False),
    ("Personalomsättning, %", "turnover_pct", "percent", (11.8, 10.9, 9.7), False),
    ("Externa rekryteringar, antal", "recruitments", "count", (203, 194, 186), True),
    ("Avgångar, antal", "departures", "count", (148, 139, 127), True),
    ("Pensionsavgångar, antal", "retirements", "count", (31, 27, 29), True),
    ("Sjukfrånvaro totalt, %", "sick_leave_pct", "percent", (8.6, 8.2, 7.7), False),
    ("– korttid dag 1–14, %", "short_sick_leave_pct", "percent", (3.1, 3.0, 2.8), False),
    ("– dag 15–59, %", None, "percent", (1.6, 1.5, 1.4), False),
    ("– långtid dag 60–, %", "long_sick_leave_pct", "percent", (3.9, 3.7, 3.5), False),
    ("Aktivt medskapandeindex (AMI)", "ami_index", "index", (78, 79, 80), True),
]
A26_OCC = [  # yrkesgrupp, tillsvidare, visstid, timavlönade
    ("Undersköterska", 611, 58, 214),
    ("Vårdbiträde", 152, 34, 96),
    ("Sjuksköterska", 101, 12, 17),
    ("Arbetsterapeut/fysioterapeut", 43, 3, 2),
    ("Biståndshandläggare", 61, 9, 0),
    ("Enhetschef", 46, 2, 0),
    ("Kock/måltidspersonal", 50, 8, 15),
    ("Administratör/handläggare", 98, 12, 5),
]
A26_AGE = [("–29 år", 148), ("30–39 år", 266), ("40–49 år", 301), ("50–59 år", 347), ("60– år", 200)]
A26_PENS = [  # yrkesgrupp, 2026, 2027, 2028, 2029, 2030 (beräknade, 66 år)
    ("Undersköterska", 14, 17, 16, 19, 21),
    ("Vårdbiträde", 5, 6, 4, 7, 6),
    ("Sjuksköterska", 3, 4, 3, 5, 4),
    ("Enhetschef", 1, 2, 2, 1, 3),
    ("Kock/måltidspersonal", 2, 1, 3, 2, 2),
    ("Övriga", 4, 3, 5, 4, 6),
]
A26_DEPTS = [  # avdelning, tillsvidare, omsättning %, sjukfrånvaro %, korttid %
    ("Vård- och omsorgsboenden", 761, 10.2, 8.7, 3.2),
    ("Hemtjänst och nattpatrull", 224, 11.5, 8.1, 3.0),
    ("Myndighet och Äldre direkt", 170, 8.1, 5.5, 2.1),
    ("Stab och utveckling", 107, 6.3, 3.1, 1.4),
]
A26_ASSESS = [  # yrkesgrupp, bedömning, trend, kommentar
    (
        "Sjuksköterska",
        "Mycket svårt",
        "Oförändrat",
        "Få sökande till nattjour och specialistroller; hyrpersonal används vid semestrar.",
    ),
    (
        "Biståndshandläggare",
        "Svårt",
        "Försämrat",
        "Konkurrens med stadsdelsförvaltningarna om erfarna handläggare.",
    ),
    ("Enhetschef", "Svårt", "Oförändrat", "Stort ansvar för många medarbetare gör rollen mindre attraktiv."),
    (
        "Undersköterska med demensinriktning",
        "Svårt",
        "Förbättrat",
        "Utbildningsåret har gett fler interna sökande.",
    ),
    (
        "Arbetsterapeut/fysioterapeut",
        "Svårt",
        "Försämrat",
        "Små yrkesgrupper där en vakans får stor påverkan.",
    ),
]
A26_GAPS = [
    "Kunskap om demens, psykisk ohälsa hos äldre och vård i livets slut behöver breddas till fler yrkesgrupper.",
    "Svenska språket i tal och skrift är ett hinder för säker dokumentation för en del medarbetare.",
    "Chefsförsörjningen är sårbar när flera erfarna enhetschefer går i pension samtidigt.",
    "Användningen av välfärdsteknik och digital tillsyn kräver ny kompetens hos omsorgspersonalen.",
]
A26_FOLLOW = {  # id -> (status, kommentar)
    "U1": ("Pågår", "Två av tre omgångar genomförda, fortsätter 2026."),
    "U2": ("Pågår", "34 vårdbiträden studerar, 19 har fått yrkestitel."),
    "U3": ("Genomförd", "Utbildningen ingår nu i introduktionen."),
    "B1": ("Delvis genomförd", "Önskemålsperioder finns på 11 av 16 enheter."),
    "B2": ("Genomförd", "Nätverket träffas varannan månad."),
    "B3": ("Ej genomförd", "Flyttas till planen 2026–2028."),
    "A1": ("Genomförd", "61 elever togs emot under året."),
    "A2": ("Genomförd", "Fyra filmer publicerade."),
    "R1": ("Pågår", "Nya chefer utbildas löpande."),
    "R2": ("Påbörjad", "Poolen startade i hemtjänsten i oktober."),
    "I1": ("Genomförd", "Introduktionsdag hålls den första tisdagen varje månad."),
    "I2": ("Delvis genomförd", "Handledare finns på 13 av 16 enheter."),
    "Av1": ("Pågår", "Samtal hölls med cirka tre av fyra som slutade."),
    "Av2": ("Ej påbörjad", "Ersätts av digital avslutsenkät."),
}
# activity cards 2026-2028: area, activity, behov, ansvar, klart, mått, page
A26_ACTS = [
    (
        "Utveckla",
        "Fortsätt utbildningsåret i demens och palliativ vård och öppna det för vårdbiträden.",
        "Fördjupad kompetens i demensvård hos fler yrkesgrupper",
        "Avdelningschef vård- och omsorgsboenden",
        "2027",
        "Andel omsorgspersonal som genomgått utbildningen",
        8,
    ),
    (
        "Utveckla",
        "Inför språkombud och språkstöd i svenska på arbetsplatsen.",
        "Säker dokumentation och kommunikation med äldre och anhöriga",
        "Enhetschefer med stöd av Stab och utveckling",
        "Q4 2026",
        "Antal utbildade språkombud per avdelning",
        8,
    ),
    (
        "Utveckla",
        "Starta ledarprogrammet Framtida chefer för medarbetare som vill pröva en chefsroll.",
        "Intern chefsförsörjning",
        "HR-chef",
        "HT 2026",
        "Antal deltagare som går vidare till chefsuppdrag",
        8,
    ),
    (
        "Behålla",
        "Inför en lönekarriärmodell för sjuksköterskor med specialistutbildning.",
        "Behålla legitimerad personal",
        "HR-chef och avdelningschefer",
        "2026-04-30",
        "Personalomsättning bland sjuksköterskor",
        8,
    ),
    (
        "Behålla",
        "Höj friskvårdsbidraget och erbjud förmånscykel genom bruttolöneavdrag.",
        "Attraktiva anställningsvillkor",
        "HR-avdelningen",
        "2026-01-01",
        "Andel medarbetare som använder förmånerna",
        8,
    ),
    (
        "Behålla",
        "Kontakta medarbetare vid det tredje sjuktillfället inom sex månader och erbjud hälsosamtal.",
        "Lägre korttidssjukfrånvaro",
        "Enhetschefer med stöd av HR",
        "Löpande",
        "Korttidssjukfrånvaro per avdelning",
        8,
    ),
    (
        "Attrahera",
        "Erbjud lärlingsplatser och sommarjobb i samarbete med Vård- och omsorgscollege.",
        "Fler unga som väljer omsorgsyrken",
        "Avdelningschef hemtjänst och nattpatrull",
        "VT 2027",
        "Antal lärlingar och sommarjobbare",
        9,
    ),
    (
        "Attrahera",
        "Genomför en riktad kampanj om nattarbete i nattpatrullen och på boendena.",
        "Fler sökande till nattpersonal",
        "Kommunikationsenheten",
        "Q3 2026",
        "Antal sökande per annons",
        9,
    ),
    (
        "Rekrytera",
        "Utbilda alla nya chefer i kompetensbaserad rekrytering.",
        "Träffsäkra rekryteringar",
        "HR-avdelningen",
        "Löpande",
        "Andel chefer som gått utbildningen",
        9,
    ),
    (
        "Rekrytera",
        "Bygg ut den gemensamma bemanningspoolen till vård- och omsorgsboendena.",
        "Stabil bemanning med timavlönade",
        "Bemanningsenheten",
        "2026",
        "Andel pass som tillsätts via poolen",
        9,
    ),
    (
        "Rekrytera",
        "Anställ sjuksköterskor med utländsk examen under kompletterande utbildning.",
        "Fler legitimerade sjuksköterskor",
        "Medicinskt ansvarig sjuksköterska och HR",
        "2028",
        "Antal som får svensk legitimation",
        9,
    ),
    (
        "Introducera",
        "Inför en digital introduktionschecklista som följs upp efter tre och sex månader.",
        "Likvärdig och uppföljd introduktion",
        "HR-avdelningen",
        "Q1 2026",
        "Resultat i introduktionsenkäten",
        10,
    ),
    (
        "Introducera",
        "Ge alla nyanställda en utsedd handledare under de första åtta veckorna.",
        "Trygg start och lägre tidig personalomsättning",
        "Enhetschefer",
        "2026",
        "Personalomsättning första anställningsåret",
        10,
    ),
    (
        "Avsluta",
        "Inför en digital avslutsenkät som komplement till avslutssamtalet.",
        "Systematisk kunskap om avgångsorsaker",
        "HR-avdelningen",
        "Q2 2026",
        "Svarsfrekvens i avslutsenkäten",
        10,
    ),
    (
        "Avsluta",
        "Erbjud medarbetare som går i pension att fortsätta som timavlönade mentorer.",
        "Överföra erfarenhet till nya medarbetare",
        "Avdelningschefer",
        "2027",
        "Antal pensionerade mentorer",
        10,
    ),
]

# ======================================================================
# PLAN S 2026 (Serviceförvaltningen, DOCX) -- data
# ======================================================================
S_DEPTS = ["Kontaktcenter", "Ekonomiservice", "Lön- och HR-service", "Upphandling", "Stab"]
S_DEPT_ROWS = [  # label, metric, unit, values per dept, is_int
    ("Tillsvidareanställda", "employees_permanent", "count", (214, 96, 121, 38, 61), True),
    ("Visstidsanställda", "employees_temporary", "count", (31, 6, 9, 2, 4), True),
    ("Andel kvinnor, %", "women_share", "percent", (68, 74, 83, 55, 64), True),
    ("Medelålder, år", "average_age", "years", (38.4, 47.2, 45.9, 43.1, 46.6), False),
    ("Personalomsättning, %", "turnover_pct", "percent", (16.2, 8.3, 9.1, 13.2, 7.5), False),
    ("Sjukfrånvaro, %", "sick_leave_pct", "percent", (6.5, 4.1, 5.2, 2.8, 3.3), False),
]
S_SICK = [
    ("Korttidssjukfrånvaro dag 1–14", "short_sick_leave_pct", (2.6, 2.4)),
    ("Sjukfrånvaro dag 15–59", None, (0.9, 1.0)),
    ("Långtidssjukfrånvaro dag 60 och längre", "long_sick_leave_pct", (1.9, 1.7)),
    ("Total sjukfrånvaro", "sick_leave_pct", (5.4, 5.1)),
]
S_TURN = [(2021, 12.1), (2022, 14.6), (2023, 13.4), (2024, 12.8), (2025, 11.9)]
S_GAPTAB = [  # kompetensområde, nuläge, behov, gap
    ("Dataanalys och automatisering av flöden", "1", "3", "Stort"),
    ("Upphandlingsjuridik och avtalsuppföljning", "2", "4", "Stort"),
    ("Lönespecialister med kunskap om kollektivavtal", "2", "3", "Måttligt"),
    ("Klarspråk och bemötande i flera kanaler", "3", "4", "Måttligt"),
    ("Informationssäkerhet i e-tjänster", "2", "3", "Måttligt"),
    ("Kundservice på telefon och i chatt", "3", "3", "Inget"),
]
S_SHORT = [
    "Upphandlare med erfarenhet av offentlig upphandling",
    "Lönespecialister och lönekonsulter",
    "Systemförvaltare för ekonomi- och lönesystem",
    "Verksamhetsutvecklare med inriktning mot automatisering",
]
S_ACTS = [  # område, insats, start, klart, ansvar, uppföljning
    (
        "Utveckla",
        "Erbjud en utbildningsserie i dataanalys och automatisering för handläggare i Ekonomiservice.",
        "Feb 2026",
        "2026-11-30",
        "Avdelningschef Ekonomiservice",
        "Antal automatiserade flöden",
    ),
    (
        "Utveckla",
        "Inför kollegial granskning av ärenden i kontaktcentret en gång i månaden.",
        "Mar 2026",
        "Löpande",
        "Gruppchefer Kontaktcenter",
        "Kvalitetsmätning av ärenden",
    ),
    (
        "Utveckla/Behålla",
        "Starta ledarprogrammet Leda i service för gruppchefer och specialister med personalansvar.",
        "Jan 2026",
        "Q4 2026",
        "HR-enheten",
        "Ledarskapsindex i medarbetarenkäten",
    ),
    (
        "Behålla",
        "Gör en riktad lönesatsning på lönespecialister och upphandlare i lönerevisionen.",
        "Apr 2026",
        "2026-04-30",
        "Förvaltningsdirektör och HR-chef",
        "Personalomsättning i respektive yrkesgrupp",
    ),
    (
        "Behålla",
        "Inför möjlighet till arbete på distans upp till två dagar i veckan där uppdraget tillåter.",
        "Jan 2026",
        "Q1 2026",
        "Avdelningschefer",
        "Resultat i medarbetarenkäten",
    ),
    (
        "Behålla",
        "Skapa interna karriärvägar från kontaktcentret till handläggarroller i andra avdelningar.",
        "Maj 2026",
        "HT 2026",
        "HR-enheten",
        "Antal interna byten",
    ),
    (
        "Attrahera/Rekrytera",
        "Samarbeta med yrkeshögskolornas utbildningar till lönespecialist och ta emot praktikanter.",
        "Jan 2026",
        "2026",
        "Avdelningschef Lön- och HR-service",
        "Antal praktikanter som anställs",
    ),
    (
        "Rekrytera",
        "Använd arbetsprov och strukturerade intervjuer vid rekrytering av upphandlare.",
        "Feb 2026",
        "Löpande",
        "Rekryterande chef",
        "Andel rekryteringar som består efter prövotid",
    ),
]
S_INTRO = [  # (area heading, activity, ansvar, klart)
    (
        "Introducera",
        "Inför ett gemensamt introduktionsprogram på tre dagar för alla nyanställda.",
        "HR-enheten",
        "Q2 2026",
    ),
    (
        "Introducera",
        "Ge varje nyanställd i kontaktcentret en fadder under de första tre månaderna.",
        "Gruppchefer Kontaktcenter",
        "Löpande",
    ),
    (
        "Avsluta",
        "Genomför avslutssamtal med stöd av en gemensam mall och sammanställ svaren kvartalsvis.",
        "Närmaste chef och HR-enheten",
        "Q1 2026",
    ),
    ("Avsluta", "Bjud in medarbetare som slutat till ett alumnnätverk.", "Kommunikationsenheten", "HT 2026"),
]


# ======================================================================
# PDF house style of Äldreförvaltningen
# ======================================================================
class AFDoc(BaseDocTemplate):
    def __init__(self, path, title, period_txt, total_pages, **kw):
        BaseDocTemplate.__init__(
            self,
            path,
            pagesize=A4,
            leftMargin=2.3 * cm,
            rightMargin=2.3 * cm,
            topMargin=2.6 * cm,
            bottomMargin=2.2 * cm,
            invariant=1,
            title=title,
            author="Äldreförvaltningen",
            subject=title,
            creator="Microsoft Word",
            **kw,
        )
        self.period_txt = period_txt
        self.total_pages = total_pages
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self._decor)])

    def _decor(self, canv, doc):
        w, h = A4
        n = canv.getPageNumber()
        canv.saveState()
        if n > 1:
            canv.setFont("DV", 8)
            canv.setFillColor(GREY)
            canv.drawString(2.3 * cm, h - 1.5 * cm, "Äldreförvaltningen")
            canv.drawRightString(w - 2.3 * cm, h - 1.5 * cm, "Kompetensförsörjningsplan " + self.period_txt)
            canv.setStrokeColor(BLUE)
            canv.setLineWidth(0.6)
            canv.line(2.3 * cm, h - 1.7 * cm, w - 2.3 * cm, h - 1.7 * cm)
        canv.setFont("DV", 8)
        canv.setFillColor(GREY)
        canv.drawRightString(w - 2.3 * cm, 1.3 * cm, "Sida %d (%d)" % (n, self.total_pages))
        canv.restoreState()


def af_cover(story, period_dash, dnr, date, toc):
    story.append(P("Stockholms stad", "cover_org"))
    story.append(P("Äldreförvaltningen", "cover_sub"))
    story.append(P("Avdelningen för HR och verksamhetsstöd", "small"))
    story.append(Spacer(1, 2.2 * cm))
    story.append(P("Kompetensförsörjningsplan", "cover_title"))
    story.append(P(period_dash, "cover_title"))
    story.append(Spacer(1, 0.6 * cm))
    story.append(P("%s<br/>%s" % (dnr, date), "small"))
    story.append(Spacer(1, 1.6 * cm))
    story.append(P("Innehåll", "h2"))
    data = [[Paragraph(a, ST["toc"]), Paragraph(str(b), ST["tocr"])] for a, b in toc]
    t = Table(data, colWidths=[13 * cm, 2.4 * cm])
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c5cfda")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(t)
    story.append(PageBreak())


def build_a25(path):
    story = []
    af_cover(
        story,
        "2025–2027",
        "Dnr ÄLF 2024/0388",
        "Fastställd av äldrenämnden den 10 december 2024",
        [
            ("1 Inledning", 2),
            ("2 Nuläge", 2),
            ("2.1 Nyckeltal 2022–2024", 2),
            ("2.2 Sjukfrånvaro och yrkesgrupper", 3),
            ("3 Kompetensbehov", 4),
            ("4 Aktiviteter 2025–2027", 5),
            ("5 Uppföljning", 6),
            ("Bilaga: Nyckeltal per avdelning", 7),
        ],
    )
    # page 2
    story.append(P("1 Inledning", "h1"))
    story.append(
        P(
            "Äldreförvaltningen i Stockholms stad driver vård- och omsorgsboenden, nattpatrull och "
            "trygghetslarm samt ger service och stöd till äldre och anhöriga genom Äldre direkt. Den här "
            "planen beskriver hur förvaltningen ska säkra kompetens under åren 2025–2027. Planen bygger på "
            "stadens modell med områdena utveckla, behålla, attrahera, rekrytera, introducera och avsluta."
        )
    )
    story.append(
        P(
            "Underlaget har tagits fram av HR tillsammans med avdelningarnas ledningsgrupper under "
            "hösten 2024. Statistiken avser helår där inget annat anges. Planen revideras årligen."
        )
    )
    story.append(P("2 Nuläge", "h1"))
    story.append(P("2.1 Nyckeltal 2022–2024", "h2"))
    story.append(
        P(
            "Tabellen visar förvaltningens viktigaste nyckeltal de tre senaste åren. Timavlönade räknas "
            "som antal personer som arbetat minst ett pass under december."
        )
    )
    rows = [
        [
            "År",
            "Tillsvidare",
            "Visstid",
            "Timavlönade",
            "Personal­omsättning, %",
            "Sjukfrånvaro, %",
            "Medelålder",
        ]
    ]
    for y, tv, vi, ti, om, sj, ma in A25_YEARS:
        rows.append([str(y), fmt_int(tv), fmt_int(vi), fmt_int(ti), fmt_dec(om), fmt_dec(sj), fmt_dec(ma)])
    story.append(
        plain_table(rows, [1.2 * cm, 2.1 * cm, 1.7 * cm, 2.5 * cm, 2.9 * cm, 2.9 * cm, 2.7 * cm], rule="grid")
    )
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Antalet tillsvidareanställda har ökat med 55 personer sedan 2022, främst genom att "
            "visstidsanställda undersköterskor fått tillsvidareanställning. Av de tillsvidareanställda är "
            "984 kvinnor och 247 män. Under 2024 anställdes 194 personer externt och 139 tillsvidareanställda "
            "lämnade förvaltningen, varav 27 gick i pension."
        )
    )
    story.append(
        P(
            "Medarbetarenkäten hösten 2024 gav ett aktivt medskapandeindex (AMI) på 79, jämfört med 78 "
            "året innan. Svarsfrekvensen var 81 procent."
        )
    )
    story.append(PageBreak())
    # page 3
    story.append(P("2.2 Sjukfrånvaro och yrkesgrupper", "h2"))
    story.append(P("Sjukfrånvaro per typ av frånvaro, procent av ordinarie arbetstid", "h3"))
    rows = [["Typ av frånvaro", "2023", "2024"]]
    for k, (a, b) in A25_SICK.items():
        rows.append([k, fmt_dec(a), fmt_dec(b)])
    story.append(plain_table(rows, [7 * cm, 2.5 * cm, 2.5 * cm], rule="grid"))
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Den korta sjukfrånvaron är högst på boendena och i hemtjänsten. Långtidssjukfrånvaron har "
            "minskat sedan förvaltningen började arbeta med tidiga rehabiliteringsmöten."
        )
    )
    story.append(P("Tillsvidareanställda per yrkesgrupp den 30 september 2024", "h3"))
    rows = [["Yrkesgrupp", "Tillsvidare", "varav 60 år och äldre"]]
    for o, n, s in A25_OCC:
        rows.append([o, fmt_int(n), fmt_int(s)])
    rows.append(
        ["Summa åtta yrkesgrupper", fmt_int(sum(r[1] for r in A25_OCC)), fmt_int(sum(r[2] for r in A25_OCC))]
    )
    story.append(plain_table(rows, [7 * cm, 2.5 * cm, 4 * cm], rule="grid"))
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Undersköterskor är den i särklass största yrkesgruppen. Nästan var sjätte undersköterska "
            "är 60 år eller äldre, vilket innebär stora pensionsavgångar inom fem till sju år."
        )
    )
    story.append(PageBreak())
    # page 4
    story.append(P("3 Kompetensbehov", "h1"))
    story.append(
        P(
            "Kompetensanalysen bygger på avdelningarnas bedömningar, rekryteringsstatistik och "
            "resultatet av avslutssamtal. Förvaltningen ser störst svårigheter att rekrytera till följande "
            "yrken och roller."
        )
    )
    story.append(P("Bristyrken", "h2"))
    story += numbered(A25_GAPS_BRIST)
    story.append(P("Utmaningar", "h2"))
    story.append(
        P(
            "Utöver bristyrkena har ledningsgrupperna pekat ut några utmaningar som påverkar "
            "kompetensförsörjningen i hela förvaltningen:"
        )
    )
    story += bullets(A25_GAPS_UTM)
    story.append(Spacer(1, 6))
    story.append(
        P(
            "Flera av utmaningarna hänger ihop. När erfarna undersköterskor går i pension ökar behovet av "
            "handledare för nya medarbetare samtidigt som färre finns kvar som kan ta den rollen."
        )
    )
    story.append(PageBreak())
    # pages 5-6: activity table, header repeated
    hdr = ["Nr", "Aktivitet", "Behov", "Ansvar", "Tidplan"]
    widths = [1.0 * cm, 5.0 * cm, 3.4 * cm, 4.3 * cm, 2.5 * cm]

    def act_table(areas):
        rows, secs = [hdr], []
        for area in areas:
            secs.append(len(rows))
            rows.append([area, "", "", "", ""])
            for a in A25_ACTS:
                if a[1] == area:
                    rows.append([a[0], a[2], a[3], a[4], a[5]])
        return plain_table(rows, widths, section_rows=secs, rule="grid")

    story.append(P("4 Aktiviteter 2025–2027", "h1"))
    story.append(P("Aktiviteterna är numrerade per område så att de kan följas upp i kommande planer."))
    story.append(act_table(["Utveckla", "Behålla", "Attrahera"]))
    story.append(PageBreak())
    story.append(act_table(["Rekrytera", "Introducera", "Avsluta"]))
    story.append(P("5 Uppföljning", "h1"))
    story.append(
        P(
            "Aktiviteterna följs upp i tertialrapporterna och i verksamhetsberättelsen. HR sammanställer "
            "status per aktivitet inför nästa års plan."
        )
    )
    story.append(PageBreak())
    # page 7
    story.append(P("Bilaga: Nyckeltal per avdelning", "h1"))
    rows = [
        [
            "Avdelning",
            "Tillsvidare 2024",
            "Omsättning 2023, %",
            "Omsättning 2024, %",
            "Sjukfrånvaro 2023, %",
            "Sjukfrånvaro 2024, %",
        ]
    ]
    for d, tv, o3, o4, s3, s4 in A25_DEPTS:
        rows.append([d, fmt_int(tv), fmt_dec(o3), fmt_dec(o4), fmt_dec(s3), fmt_dec(s4)])
    story.append(plain_table(rows, [4.6 * cm, 2.2 * cm, 2.3 * cm, 2.3 * cm, 2.5 * cm, 2.5 * cm], rule="grid"))
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Avdelningen för vård- och omsorgsboenden har både högst personalomsättning och högst "
            "sjukfrånvaro. Stab och utveckling har låg sjukfrånvaro men en ökande personalomsättning."
        )
    )
    doc = AFDoc(path, "Kompetensförsörjningsplan 2025–2027", "2025–2027", 7)
    doc.build(story)


def a26_tiles():
    tiles = [
        ("1 262", "tillsvidareanställda"),
        ("9,7 %", "personalomsättning"),
        ("7,7 %", "sjukfrånvaro"),
        ("46,1 år", "medelålder"),
        ("80 %", "kvinnor"),
        ("186", "externa rekryteringar"),
    ]
    data = []
    for r in range(2):
        data.append(
            [
                [
                    Paragraph(tiles[r * 3 + c][0], ST["tile_num"]),
                    Paragraph(tiles[r * 3 + c][1], ST["tile_lbl"]),
                ]
                for c in range(3)
            ]
        )
    t = Table(data, colWidths=[5.1 * cm] * 3, rowHeights=[1.9 * cm] * 2)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("GRID", (0, 0), (-1, -1), 5, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return t


def a26_card(act):
    _area, text, behov, ansvar, klart, matt, _ = act
    data = [
        [Paragraph(text, ST["card_title"]), "", "", ""],
        [Paragraph("Behov", ST["smallb"]), Paragraph(behov, ST["small"]), "", ""],
        [
            Paragraph("Ansvar", ST["smallb"]),
            Paragraph(ansvar, ST["small"]),
            Paragraph("Klart", ST["smallb"]),
            Paragraph(klart, ST["small"]),
        ],
        [Paragraph("Mått", ST["smallb"]), Paragraph(matt, ST["small"]), "", ""],
    ]
    t = Table(data, colWidths=[1.6 * cm, 8.6 * cm, 1.4 * cm, 3.4 * cm])
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (1, 1), (-1, 1)),
                ("SPAN", (1, 3), (-1, 3)),
                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa9b8")),
                ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return KeepTogether([t, Spacer(1, 5)])


def build_a26(path):
    story = []
    af_cover(
        story,
        "2026–2028",
        "Dnr ÄLF 2025/0412",
        "Fastställd av äldrenämnden den 9 december 2025",
        [
            ("Sammanfattning och inledning", 2),
            ("2 Nuläge och nyckeltal", 3),
            ("2.2 Yrkesgrupper, ålder och pensionsavgångar", 4),
            ("2.4 Avdelningar och avslutssamtal", 5),
            ("3 Kompetensanalys", 6),
            ("4 Uppföljning av planen 2025–2027", 7),
            ("5 Aktiviteter 2026–2028", 8),
            ("6 Genomförande och uppföljning", 10),
        ],
    )
    # page 2
    story.append(P("Sammanfattning", "h1"))
    story.append(
        P(
            "Äldreförvaltningen har fått fler tillsvidareanställda, lägre sjukfrånvaro och en "
            "personalomsättning som för första gången på flera år ligger under tio procent. Samtidigt blir "
            "det svårare att rekrytera sjuksköterskor, biståndshandläggare och enhetschefer, och många "
            "undersköterskor närmar sig pension. Planen för 2026–2028 bygger vidare på det som fungerat och "
            "lägger större vikt vid språk, ledarskap och villkor för legitimerad personal."
        )
    )
    story.append(P("Förvaltningen i siffror 2025", "h2"))
    story.append(a26_tiles())
    story.append(Spacer(1, 10))
    story.append(P("1 Inledning", "h1"))
    story.append(
        P(
            "Kompetensförsörjningsplanen är förvaltningens gemensamma plan för hur vi ska ha rätt "
            "kompetens på plats när äldre stockholmare behöver vård, omsorg och stöd. Den utgår från "
            "stadens kompetensförsörjningsprocess och är indelad efter områdena utveckla, behålla, "
            "attrahera, rekrytera, introducera och avsluta."
        )
    )
    story.append(
        P(
            "Planen är treårig och revideras varje höst. Den här versionen ersätter planen för "
            "2025–2027 och innehåller en uppföljning av dess aktiviteter i avsnitt 4. Statistiken är "
            "hämtad ur stadens personalsystem och avser helår 2025 om inget annat anges."
        )
    )
    story.append(PageBreak())
    # page 3
    story.append(P("2 Nuläge och nyckeltal", "h1"))
    story.append(P("2.1 Nyckeltal 2023–2025", "h2"))
    rows = [["Nyckeltal"] + [str(y) for y in A26_YEARS]]
    for lbl, met, unit, vals, isint in A26_KEY:
        rows.append([lbl] + [fmt_int(v) if isint else fmt_dec(v) for v in vals])
    t = plain_table(rows, [8.2 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm], rule="h")
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(
        P(
            "Personalomsättningen minskade från 10,9 procent 2024 till 9,7 procent 2025. Sjukfrånvaron "
            "fortsatte att sjunka, från 8,2 procent 2024 till 7,7 procent 2025, och nedgången syns i "
            "både kort och lång frånvaro. Andelen heltidsanställda bland tillsvidareanställda var 88 procent "
            "den 31 oktober 2025."
        )
    )
    story.append(
        P(
            "Av de 1 262 tillsvidareanställda var 1 010 kvinnor och 252 män. Förvaltningen hade 2025 "
            "sammanlagt 1 749 anställda inklusive timavlönade. Nästan var sjätte tillsvidareanställd är 60 år eller "
            "äldre och 412 personer har fyllt 55 år."
        )
    )
    story.append(PageBreak())
    # page 4
    story.append(P("2.2 Medarbetare per yrkesgrupp och anställningsform", "h2"))
    story.append(P("Antal personer den 31 oktober 2025."))
    rows = [["Yrkesgrupp", "Tillsvidare", "Visstid", "Timavlönade"]]
    for o, a, b, c in A26_OCC:
        rows.append([o, fmt_int(a), fmt_int(b), fmt_int(c)])
    story.append(plain_table(rows, [7.6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm], rule="h"))
    story.append(P("2.3 Åldersstruktur", "h2"))
    story.append(
        P("Tillsvidareanställda per åldersgrupp 2025. Åldersgrupperna är lika breda utom den yngsta.")
    )
    rows = [["Åldersgrupp"] + [a for a, _ in A26_AGE], ["Antal"] + [fmt_int(n) for _, n in A26_AGE]]
    story.append(plain_table(rows, [2.6 * cm] + [2.5 * cm] * 5, rule="h"))
    story.append(P("Pensionsavgångar framåt", "h2"))
    story.append(
        P(
            "Beräknat antal tillsvidareanställda som fyller 66 år per år. Alla går inte i pension vid "
            "66 år, men beräkningen visar var riskerna är störst."
        )
    )
    rows = [["Yrkesgrupp", "2026", "2027", "2028", "2029", "2030"]]
    for r in A26_PENS:
        rows.append([r[0]] + [str(v) for v in r[1:]])
    story.append(plain_table(rows, [5.6 * cm] + [1.9 * cm] * 5, rule="h"))
    story.append(PageBreak())
    # page 5
    story.append(P("2.4 Avdelningar", "h2"))
    rows = [["Avdelning", "Tillsvidare", "Personal­omsättning, %", "Sjukfrånvaro, %", "varav korttid, %"]]
    for d, tv, om, sj, kt in A26_DEPTS:
        rows.append([d, fmt_int(tv), fmt_dec(om), fmt_dec(sj), fmt_dec(kt)])
    story.append(plain_table(rows, [5.4 * cm, 2.3 * cm, 3 * cm, 2.7 * cm, 2.7 * cm], rule="h"))
    story.append(Spacer(1, 6))
    story.append(
        P(
            "Skillnaderna mellan avdelningarna är fortsatt stora. Hemtjänst och nattpatrull har högst "
            "personalomsättning, medan sjukfrånvaron är högst på vård- och omsorgsboendena."
        )
    )
    story.append(P("2.5 Vad säger de som slutar?", "h2"))
    story.append(
        P(
            "Under 2025 genomfördes avslutssamtal med 96 av de 127 tillsvidareanställda som slutade. "
            "De vanligaste skälen till att lämna förvaltningen var:"
        )
    )
    story += bullets(
        [
            "högre lön hos annan arbetsgivare, särskilt för sjuksköterskor",
            "schema med helgarbete och delade turer",
            "önskan att studera vidare eller byta yrke",
            "bristande stöd från närmaste chef under det första året",
        ]
    )
    story.append(
        P(
            "Nästan alla som slutade kan tänka sig att rekommendera förvaltningen som arbetsgivare. "
            "Det tar vi som ett tecken på att arbetsinnehållet uppskattas, medan villkoren behöver ses över."
        )
    )
    story.append(P("2.6 Lön och förmåner", "h2"))
    story.append(
        P(
            "I lönerevisionen 2025 prioriterades sjuksköterskor och undersköterskor med "
            "specialistutbildning. Förvaltningen erbjuder friskvårdsbidrag, förmånscykel från 2026 och "
            "möjlighet att växla semesterdagstillägg mot lediga dagar."
        )
    )
    story.append(PageBreak())
    # page 6
    story.append(P("3 Kompetensanalys", "h1"))
    story.append(P("3.1 Rekryteringsläge per yrkesgrupp", "h2"))
    story.append(
        P(
            "Avdelningscheferna har bedömt rekryteringsläget inför 2026 på en skala från balans till "
            "mycket svårt. Tabellen visar de yrkesgrupper där rekryteringen bedöms som svår."
        )
    )
    rows = [["Yrkesgrupp", "Bedömning 2026", "Trend", "Kommentar"]]
    for r in A26_ASSESS:
        rows.append(list(r))
    story.append(plain_table(rows, [4.9 * cm, 2.6 * cm, 2.2 * cm, 5.7 * cm], rule="h"))
    story.append(P("3.2 Identifierade kompetensgap", "h2"))
    story.append(
        P("Utöver rekryteringsläget har analysen pekat ut fyra gap i den befintliga personalens kompetens:")
    )
    story += bullets(A26_GAPS)
    story.append(P("3.3 Analys", "h2"))
    story.append(
        P(
            "Den minskade personalomsättningen visar att satsningarna på heltid och introduktion ger "
            "effekt. Det svåraste läget gäller legitimerad personal, där förvaltningen konkurrerar med "
            "regionen och privata vårdgivare om samma personer. Planen prioriterar därför villkor och "
            "karriärvägar för sjuksköterskor samt en egen chefsförsörjning."
        )
    )
    story.append(PageBreak())
    # page 7 follow-up
    story.append(P("4 Uppföljning av planen 2025–2027", "h1"))
    story.append(
        P(
            "Status för aktiviteterna i förra årets plan, bedömd i november 2025. Numren är desamma "
            "som i planen för 2025–2027."
        )
    )
    rows, secs = [["Nr", "Aktivitet", "Status", "Kommentar"]], []
    for area in CANON:
        secs.append(len(rows))
        rows.append([area, "", "", ""])
        for a in A25_ACTS:
            if a[1] == area:
                st, kom = A26_FOLLOW[a[0]]
                rows.append([a[0], a[2], st, kom])
    story.append(plain_table(rows, [1.0 * cm, 7.0 * cm, 2.6 * cm, 5.8 * cm], section_rows=secs, rule="h"))
    story.append(PageBreak())
    # pages 8-9 cards
    story.append(P("5 Aktiviteter 2026–2028", "h1"))
    story.append(
        P(
            "Varje aktivitet redovisas som ett kort med behov, ansvar, när den ska vara klar och hur "
            "den följs upp."
        )
    )
    last_area, last_page = None, 8
    for act in A26_ACTS:
        if act[6] != last_page:
            story.append(PageBreak())
            last_page, last_area = act[6], None
        if act[0] != last_area:
            story.append(P(act[0], "h2"))
            last_area = act[0]
        story.append(a26_card(act))
    story.append(P("6 Genomförande och uppföljning", "h1"))
    story.append(
        P(
            "Avdelningscheferna ansvarar för att aktiviteterna genomförs. HR följer upp planen i "
            "tertialrapporterna och rapporterar till förvaltningsgruppen."
        )
    )
    doc = AFDoc(path, "Kompetensförsörjningsplan 2026–2028", "2026–2028", 10)
    doc.build(story)


# ======================================================================
# DOCX Serviceförvaltningen 2026
# ======================================================================
def build_s26(path):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def para(text, bold=False, style=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        return p

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcol)
        tcPr.append(shd)

    def table(rows, header=True, style="Table Grid"):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.text = c
                if header and i == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                    shade(cell, "D9E2F3")
        return t

    # header / footer with PAGE field
    hp = sec.header.paragraphs[0]
    hp.text = "Serviceförvaltningen\tKompetensförsörjningsplan 2026"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Stockholms stad – Serviceförvaltningen – sida ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    tx = OxmlElement("w:t")
    tx.text = "1"
    r.append(tx)
    fld.append(r)
    fp._p.append(fld)

    # ---- page 1: title page
    para("Stockholms stad", bold=True)
    para("Serviceförvaltningen")
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Kompetensförsörjningsplan 2026", style="Title")
    doc.add_paragraph("Bilaga 3 till verksamhetsplan 2026", style="Subtitle")
    for _ in range(3):
        doc.add_paragraph()
    para("Dnr SF 2025/1187")
    para("Handläggare: HR-enheten, avdelningen Stab")
    para("Beslutad av förvaltningsledningen 2025-12-04")
    page_break()
    # ---- page 2
    doc.add_heading("1 Inledning", level=1)
    para(
        "Serviceförvaltningen levererar gemensamma tjänster till stadens förvaltningar och bolag och till "
        "stockholmarna: kontaktcenter, ekonomiservice, lön- och HR-service samt upphandling. Vårt uppdrag "
        "förutsätter medarbetare som både kan stadens regelverk och möter kunder med god service."
    )
    doc.add_heading("1.1 Planens syfte", level=2)
    para(
        "Planen visar vilken kompetens förvaltningen behöver under 2026, var gapen är störst och vad vi gör "
        "för att stänga dem. Den är ettårig eftersom flera av våra tjänster påverkas av stadens nya "
        "ekonomisystem, och behoven kan ändras snabbt."
    )
    doc.add_heading("1.2 Så har planen tagits fram", level=2)
    para(
        "Varje avdelning har gjort en egen kompetensanalys i workshopform under september. HR-enheten har "
        "sammanställt analyserna och kompletterat med statistik ur personalsystemet per den 31 oktober 2025. "
        "Planen har samverkats i förvaltningens samverkansgrupp."
    )
    page_break()
    # ---- page 3
    doc.add_heading("2 Nuläge", level=1)
    doc.add_heading("2.1 Personalen i siffror", level=2)
    para(
        "Förvaltningen hade 530 tillsvidareanställda och 52 visstidsanställda medarbetare vid utgången av "
        "oktober 2025, jämfört med 512 respektive 61 ett år tidigare. Andelen kvinnor var 71 procent och "
        "medelåldern 43,0 år. Därutöver hade förvaltningen 23 timavlönade, främst i kontaktcentret. Under året rekryterades 88 medarbetare externt och 71 tillsvidareanställda "
        "slutade, varav 9 gick i pension."
    )
    para(
        "Tabellen nedan visar nyckeltalen per avdelning. Kontaktcentret skiljer sig från övriga avdelningar "
        "med yngre medarbetare och högre rörlighet."
    )
    rows = [["Nyckeltal 2025"] + S_DEPTS]
    for lbl, met, unit, vals, isint in S_DEPT_ROWS:
        rows.append([lbl] + [fmt_int(v) if isint else fmt_dec(v) for v in vals])
    table(rows)
    para("")
    para("Källa: stadens personalsystem, uttag den 4 november 2025.")
    page_break()
    # ---- page 4
    doc.add_heading("2.2 Sjukfrånvaro", level=2)
    para("Sjukfrånvaron i procent av ordinarie arbetstid, uppdelad på frånvarons längd.")
    rows = [["Typ av sjukfrånvaro", "2024", "2025"]]
    for lbl, met, vals in S_SICK:
        rows.append([lbl, fmt_dec(vals[0]), fmt_dec(vals[1])])
    table(rows)
    para("")
    para(
        "Den totala sjukfrånvaron sjönk från 5,4 procent 2024 till 5,1 procent 2025. Korttidsfrånvaron är "
        "fortsatt högst i kontaktcentret, där arbetet är bundet till telefontider."
    )
    doc.add_heading("2.3 Personalomsättning per år", level=2)
    para("Personalomsättning bland tillsvidareanställda, externa avgångar:")
    for y, v in S_TURN:
        doc.add_paragraph("%d: %s procent" % (y, fmt_dec(v)), style="List Bullet")
    para("Omsättningen har minskat tre år i rad men är fortfarande högre än stadens genomsnitt.")
    doc.add_heading("2.4 Ålder och pensionsavgångar", level=2)
    para(
        "Av de tillsvidareanställda är 74 personer 60 år eller äldre. Fram till 2030 beräknas 41 medarbetare "
        "gå i pension, flest inom lön- och HR-service och ekonomiservice där många har lång erfarenhet av "
        "stadens system."
    )
    page_break()
    # ---- page 5
    doc.add_heading("3 Kompetensanalys", level=1)
    doc.add_heading("3.1 Nuvarande och behövd kompetensnivå", level=2)
    para(
        "Avdelningarna har skattat nuvarande kompetensnivå och den nivå som behövs under 2026 på en skala 1–4, "
        "där 1 betyder grundläggande och 4 betyder expert. Skillnaden visar gapets storlek."
    )
    rows = [["Kompetensområde", "Nuläge (1–4)", "Behov 2026 (1–4)", "Gap"]]
    for r in S_GAPTAB:
        rows.append(list(r))
    table(rows)
    para("")
    doc.add_heading("3.2 Svåra att rekrytera", level=2)
    para("Följande roller har haft få kvalificerade sökande under 2025:")
    for g in S_SHORT:
        doc.add_paragraph(g, style="List Bullet")
    doc.add_heading("3.3 Slutsatser", level=2)
    para(
        "De största gapen finns där stadens nya system och regelverk kräver specialistkunskap. Kontaktcentret "
        "har god servicekompetens men förlorar många medarbetare efter ett till två år, vilket gör att "
        "kunskapen ständigt måste byggas upp på nytt."
    )
    page_break()
    # ---- page 6
    doc.add_heading("4 Aktiviteter 2026", level=1)
    para(
        "Aktiviteterna nedan är förvaltningsövergripande. Avdelningarna har egna handlingsplaner som "
        "bryter ned dem."
    )
    rows = [["Område", "Insats", "Start", "Klart", "Ansvar", "Så följer vi upp"]]
    for a in S_ACTS:
        rows.append(list(a))
    table(rows)
    page_break()
    # ---- page 7
    doc.add_heading("4.1 Introducera och avsluta", level=2)
    for area in ("Introducera", "Avsluta"):
        doc.add_heading(area, level=3)
        for a in S_INTRO:
            if a[0] == area:
                doc.add_paragraph(a[1], style="List Bullet")
                para("Ansvar: %s" % a[2])
                para("Klart: %s" % a[3])
    doc.add_heading("5 Uppföljning", level=1)
    para(
        "Planen följs upp i tertialrapport 2 och i verksamhetsberättelsen för 2026. HR-enheten samlar in "
        "status från avdelningarna och redovisar resultatet för förvaltningsledningen."
    )

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 12, 4, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "HR-enheten"
    cp.last_modified_by = "HR-enheten"
    cp.title = "Kompetensförsörjningsplan 2026"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite zip with fixed timestamps for determinism
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "plans"
    os.makedirs(out, exist_ok=True)
    build_a25(os.path.join(out, FILE_A25))
    build_a26(os.path.join(out, FILE_A26))
    build_s26(os.path.join(out, FILE_S26))
    print("wrote 3 plans to", out)


if __name__ == "__main__":
    main()
