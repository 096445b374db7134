#!/usr/bin/env python3
"""Two plans of other employers, written blind in session 24 (writer h).

Usage: python layouts_h.py OUTDIR (the plans in eval/layouts/unseen5/plans; gold in eval/layouts/unseen5/gold)

Plan 1  enskede-arsta-vantor-kfp-2026-2028.pdf  title page with a coloured band, a table of contents
        with dot leaders, numbered sections (1., 1.1, 2.3.1), a ruled key-figure table with the years
        as rows, a ruled age-band table per occupation, themed gap bullets, landscape pages with a
        ruled activity table whose areas are UBARA letters explained by a legend ("A/R", "Av/B"),
        running over a page break with its header repeated, and a follow-up table "Status 2025".
Plan 2  malarvatten-kompetensforsorjningsplan-2026.pdf  a municipal company's corporate-style plan:
        letterhead band, an unruled "Nyckeltal | Värde" list, a numbered "Riskanalys" list of gaps,
        and activities under headings that name the UBARA areas in other words, each item ending
        "(Ansvar: X, Qn 2026)".

All content is invented. Output is deterministic (invariant=1, two-pass page numbering, no randomness).
"""

import io
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
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

FONT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")


def S(name, **kw):
    base = dict(fontName="DV", fontSize=10, leading=14, spaceAfter=6, bulletFontName="DV")
    base.update(kw)
    return ParagraphStyle(name, **base)


# ---------------------------------------------------------------------------
# Plan 1: Enskede-Årsta-Vantörs stadsdelsförvaltning, 2026–2028
# ---------------------------------------------------------------------------
P1_FILE = "enskede-arsta-vantor-kfp-2026-2028.pdf"
P1_ADMIN = "Enskede-Årsta-Vantörs stadsdelsförvaltning"
P1_PERIOD = "2026-2028"

# key figures: years as rows
P1_KEYFIG_HEAD = ["År", "Antal tillsvidareanställda", "Personalomsättning %", "Sjukfrånvaro %", "Medelålder"]
P1_KEYFIG_ROWS = [
    ["2023", "2 148", "11,4", "8,1", "45,2"],
    ["2024", "2 196", "10,3", "7,8", "45,5"],
    ["2025", "2 231", "9,6", "7,5", "45,9"],
]

P1_AGE_HEAD = ["Yrkesgrupp", "Totalt", "–29", "30–39", "40–49", "50–59", "60–"]
P1_AGE_ROWS = [
    ["Barnskötare", "402", "38", "84", "121", "108", "51"],
    ["Förskollärare", "338", "22", "91", "104", "79", "42"],
    ["Undersköterska", "296", "19", "47", "78", "92", "60"],
    ["Socialsekreterare", "154", "31", "58", "36", "21", "8"],
    ["Vårdbiträde", "118", "14", "20", "27", "33", "24"],
    ["Stödassistent", "97", "12", "19", "25", "24", "17"],
    ["Enhetschef", "72", "0", "9", "26", "27", "10"],
    ["Biståndshandläggare", "61", "17", "22", "11", "8", "3"],
]

P1_GAPS = [  # (theme, text)
    (
        "Digital kompetens",
        "Grundläggande digital kompetens hos medarbetare inom äldreomsorg och stöd till personer med funktionsnedsättning",
    ),
    ("Digital kompetens", "Förmåga att använda AI-stöd och e-tjänster i handläggning och dokumentation"),
    ("Ledarskap", "Stöd till chefer med stora personalgrupper i arbetsmiljö- och förändringsledning"),
    ("Ledarskap", "Rekryterings- och rehabiliteringskompetens hos nyutnämnda enhetschefer"),
    ("Språk och dokumentation", "Svenska språket i tal och skrift hos delar av vård- och omsorgspersonalen"),
    ("Språk och dokumentation", "Dokumentation enligt socialtjänstlagen och hälso- och sjukvårdslagen"),
    ("Individ- och familjeomsorg", "Erfarna socialsekreterare inom barn och unga samt ekonomiskt bistånd"),
    (
        "Individ- och familjeomsorg",
        "Kunskap om den nya socialtjänstlagens förebyggande och kunskapsbaserade inriktning",
    ),
]
P1_SHORTAGE = [
    "Förskollärare",
    "Legitimerade sjuksköterskor",
    "Socialsekreterare med erfarenhet av myndighetsutövning",
    "Enhetschefer inom äldreomsorgen",
    "Fysioterapeuter och arbetsterapeuter",
]

P1_LEGEND = (
    "Teckenförklaring insatsområde: U = Utveckla, B = Behålla, A = Attrahera, "
    "R = Rekrytera, I = Introducera, Av = Avsluta"
)
P1_ACT_HEAD = ["Insatsområde", "Aktivitet", "Förväntat resultat", "Tidsplan", "Ansvarig"]
P1_ACTS = [  # area, activity, expected result, tidsplan, ansvarig
    [
        "U",
        "Utbildningssatsning i grundläggande digital kompetens för vård- och omsorgspersonal",
        "Minst 80 procent av medarbetarna inom äldreomsorgen har genomgått utbildningen",
        "Q4 2026",
        "Avdelningschef äldreomsorg",
    ],
    [
        "U",
        "Språkombud på samtliga vård- och omsorgsboenden",
        "Förbättrad dokumentationskvalitet och säkrare kommunikation med omsorgstagare",
        "2026–2027",
        "Enhetschefer äldreomsorg",
    ],
    [
        "U/B",
        "Ledarutvecklingsprogram för enhetschefer med fler än 30 medarbetare",
        "Chefer upplever bättre förutsättningar att leda och färre chefer slutar",
        "HT 2026",
        "HR-chef",
    ],
    [
        "U",
        "Kompetensutveckling i den nya socialtjänstlagen för socialsekreterare och chefer inom individ- och familjeomsorgen",
        "Arbetssätt som är anpassade till lagens förebyggande inriktning",
        "VT 2026",
        "Avdelningschef individ- och familjeomsorg",
    ],
    [
        "B",
        "Karriärtrappa för undersköterskor med specialistundersköterska som nästa steg",
        "Fler undersköterskor stannar och utvecklas inom förvaltningen",
        "2027",
        "Avdelningschef äldreomsorg och HR",
    ],
    [
        "B",
        "Riktade insatser på arbetsplatser med hög korttidssjukfrånvaro",
        "Lägre korttidssjukfrånvaro och färre upprepade sjukfall",
        "Löpande",
        "Respektive chef med stöd av HR",
    ],
    [
        "B",
        "Processhandledning i grupp för socialsekreterare inom barn och unga",
        "Minskad personalomsättning inom myndighetsutövning",
        "Q2 2026",
        "Enhetschef barn och unga",
    ],
    [
        "A",
        "Medverkan på rekryteringsmässor och i stadens studentprogram",
        "Fler sökande per utannonserad tjänst",
        "Q3 2026",
        "Kommunikationsenheten/HR",
    ],
    [
        "A/R",
        "Platser för verksamhetsförlagd utbildning (VFU) för förskollärarstudenter i samtliga förskoleområden",
        "Fler nyexaminerade förskollärare söker sig till förvaltningen",
        "2026–2028",
        "Avdelningschef förskola",
    ],
    [
        "R",
        "Kompetensbaserad rekrytering med strukturerade intervjuer i alla chefsrekryteringar",
        "Högre träffsäkerhet i chefsrekryteringar",
        "Q1 2027",
        "HR-chef",
    ],
    [
        "R",
        "Gemensam rekryteringspool för timavlönade inom äldreomsorgen",
        "Kortare tid till tillsättning vid korttidsfrånvaro",
        "2026-09-30",
        "Bemanningsenheten",
    ],
    [
        "I",
        "Förvaltningsgemensam introduktionsdag fyra gånger per år",
        "Nyanställda får en samlad bild av förvaltningens uppdrag och värdegrund",
        "Löpande",
        "HR-avdelningen",
    ],
    [
        "I",
        "Mentor till alla nyanställda socialsekreterare under det första halvåret",
        "Fler nyanställda stannar efter provanställningen",
        "Q4 2026",
        "Enhetschefer individ- och familjeomsorg",
    ],
    [
        "Av",
        "Digital avgångsenkät till alla som slutar, kompletterad med avslutningssamtal",
        "Kunskap om avgångsorsaker som används i planeringen",
        "Q2 2026",
        "Respektive chef samt HR",
    ],
    [
        "Av/B",
        "Kunskapsöverföring inför pensionsavgångar genom överlappande bemanning",
        "Kritisk kompetens finns kvar i verksamheten efter pensionsavgångar",
        "2028",
        "Avdelningschefer",
    ],
]

P1_FU_HEAD = ["Område", "Aktivitet", "Ansvarig", "Klart senast", "Status 2025"]
P1_FU = [
    [
        "Utveckla",
        "Utbildning i lågaffektivt bemötande för medarbetare inom funktionsnedsättning",
        "Avdelningschef stöd och service",
        "2025-06-30",
        "Genomförd. 164 medarbetare har deltagit.",
    ],
    [
        "Utveckla",
        "Chefsutbildning i arbetsrätt och rehabilitering",
        "HR-chef",
        "2025-12-31",
        "Delvis genomförd, 62 procent av cheferna har deltagit",
    ],
    [
        "Behålla",
        "Heltid som norm i nya scheman inom äldreomsorgen",
        "Avdelningschef äldreomsorg",
        "2025-12-31",
        "Pågår – fortsätter 2026",
    ],
    [
        "Attrahera",
        "Filmer om yrkesroller i förskolan för sociala medier",
        "Kommunikationsenheten",
        "2025-09-30",
        "Genomförd",
    ],
    [
        "Rekrytera",
        "Rekryteringsstöd från HR vid alla chefsrekryteringar",
        "HR-avdelningen",
        "2025-03-31",
        "Genomförd",
    ],
    [
        "Introducera",
        "Revidera checklistan för introduktion av nyanställda",
        "HR-avdelningen",
        "2025-06-30",
        "Ej genomförd – ersätts av en gemensam introduktionsdag för hela förvaltningen",
    ],
    [
        "Avsluta",
        "Följa upp avgångsenkätens resultat i ledningsgrupperna",
        "Avdelningschefer",
        "2025-12-31",
        "Pågår",
    ],
]

# prose sentences carrying figures
P1_TXT = {
    "staff": (
        "I oktober 2025 hade förvaltningen 2 587 månadsavlönade medarbetare, varav 356 med "
        "tidsbegränsad anställning. Kvinnor utgör 79 procent och män 21 procent av de "
        "tillsvidareanställda. Andelen heltidsanställda är 93,4 procent."
    ),
    "turn": (
        "Personalomsättningen har minskat för andra året i rad, men skillnaderna mellan "
        "yrkesgrupperna är stora. Högst var den 2025 bland socialsekreterare, 17,2 procent, och "
        "biståndshandläggare, 15,8 procent, medan den bland förskollärare var 6,9 procent."
    ),
    "dep": (
        "Under januari–oktober 2025 lämnade 214 medarbetare förvaltningen, varav 58 gick i pension. "
        "Under samma period rekryterades 247 nya medarbetare, varav 71 procent kom från en annan "
        "arbetsgivare än Stockholms stad."
    ),
    "sick": (
        "Under januari–oktober 2025 var den totala sjukfrånvaron 7,5 procent och "
        "korttidssjukfrånvaron (dag 1–14) 2,9 procent. Förvaltningens mål är att den totala "
        "sjukfrånvaron ska understiga 6,5 procent senast 2027. Sjukfrånvaron är högst inom "
        "äldreomsorgen, 9,8 procent, och lägst inom stadsmiljö och kultur, 3,4 procent."
    ),
    "ami": (
        "I medarbetarenkäten 2025 blev förvaltningens index för aktivt medarbetarskap (AMI) 78, "
        "samma nivå som föregående år."
    ),
}

# TOC entries: (level, number, title)
P1_SECTIONS = [
    (1, "1.", "Inledning"),
    (2, "1.1", "Syfte och avgränsning"),
    (2, "1.2", "Stadens kompetensförsörjningsprocess"),
    (1, "2.", "Nuläge"),
    (2, "2.1", "Personalstruktur och nyckeltal"),
    (2, "2.2", "Åldersstruktur per yrkesgrupp"),
    (2, "2.3", "Personalomsättning och rörlighet"),
    (3, "2.3.1", "Avgångar och rekryteringar"),
    (3, "2.3.2", "Pensionsavgångar"),
    (2, "2.4", "Sjukfrånvaro och arbetsmiljö"),
    (1, "3.", "Kompetensanalys"),
    (2, "3.1", "Identifierade kompetensgap"),
    (2, "3.2", "Bristyrken"),
    (2, "3.3", "Slutsatser"),
    (1, "4.", "Aktiviteter 2026–2028"),
    (1, "5.", "Uppföljning av föregående plan"),
    (1, "6.", "Uppföljning och revidering"),
]


class TocLine(Flowable):
    def __init__(self, level, text, page, width):
        super().__init__()
        self.level, self.text, self.page, self.width = level, text, page, width
        self.font = "DV-B" if level == 1 else "DV"
        self.size = 10.5 if level == 1 else 10

    def wrap(self, aw, ah):
        return (self.width, 17 if self.level == 1 else 15)

    def draw(self):
        c = self.canv
        indent = {1: 0, 2: 14, 3: 28}[self.level]
        c.setFont(self.font, self.size)
        c.drawString(indent, 3, self.text)
        pg = str(self.page)
        x0 = indent + pdfmetrics.stringWidth(self.text, self.font, self.size) + 4
        x1 = self.width - pdfmetrics.stringWidth(pg, self.font, self.size) - 4
        dotw = pdfmetrics.stringWidth(".", "DV", self.size)
        n = max(int((x1 - x0) / dotw), 3)
        c.setFont("DV", self.size)
        c.drawRightString(x1, 3, "." * n)
        c.setFont(self.font, self.size)
        c.drawRightString(self.width, 3, pg)


class Heading(Paragraph):
    def __init__(self, key, text, style):
        super().__init__(text, style)
        self.key = key


class P1Doc(BaseDocTemplate):
    def __init__(self, buf, total, **kw):
        super().__init__(buf, **kw)
        self.total = total
        self.heading_pages = {}

    def afterFlowable(self, fl):
        if isinstance(fl, Heading):
            self.heading_pages[fl.key] = self.page


def _p1_page(canv, doc):
    w, h = canv._pagesize
    canv.saveState()
    canv.setFont("DV", 8)
    canv.setFillColor(colors.HexColor("#333333"))
    canv.drawString(20 * mm, h - 12 * mm, "Stockholms stad · " + P1_ADMIN)
    canv.drawRightString(w - 20 * mm, h - 12 * mm, "Kompetensförsörjningsplan 2026–2028")
    canv.setStrokeColor(colors.HexColor("#005B99"))
    canv.setLineWidth(0.6)
    canv.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
    canv.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
    canv.drawString(20 * mm, 10 * mm, "Dnr EÅV 2025/2317")
    canv.drawRightString(w - 20 * mm, 10 * mm, "Sida %d (%d)" % (doc.page, doc.total))
    canv.restoreState()


def _p1_title(canv, doc):
    w, h = canv._pagesize
    canv.saveState()
    canv.setFillColor(colors.HexColor("#005B99"))
    canv.rect(0, h - 60 * mm, w, 60 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("DV-B", 22)
    canv.drawString(20 * mm, h - 30 * mm, "Stockholms stad")
    canv.setFont("DV", 12)
    canv.drawString(20 * mm, h - 40 * mm, P1_ADMIN)
    canv.setFillColor(colors.black)
    canv.setFont("DV", 8)
    canv.drawRightString(w - 20 * mm, 10 * mm, "Sida %d (%d)" % (doc.page, doc.total))
    canv.restoreState()


def _assert_fit(data, widths, pad=12):
    """No word may be wider than its column (reportlab would split it mid-word)."""
    for row in data:
        for cellv, w in zip(row, widths):
            if isinstance(cellv, Paragraph):
                font, size, text = cellv.style.fontName, cellv.style.fontSize, cellv.text
            else:
                font, size, text = "DV", 9, cellv
            for word in text.split():
                ww = pdfmetrics.stringWidth(word, font, size)
                assert ww <= w - pad, (word, ww, w - pad)


def _ruled(data, widths, header_bg="#D9E6F2", align_right_from=None):
    _assert_fit(data, widths)
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if align_right_from is not None:
        st.append(("ALIGN", (align_right_from, 1), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(st))
    return t


def _p1_story(pages):
    body = S("body")
    h1 = S(
        "h1",
        fontName="DV-B",
        fontSize=15,
        leading=19,
        spaceBefore=6,
        spaceAfter=8,
        textColor=colors.HexColor("#005B99"),
    )
    h2 = S("h2", fontName="DV-B", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    h3 = S("h3", fontName="DV-BI", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    cap = S("cap", fontName="DV-I", fontSize=9, leading=12, spaceBefore=4, spaceAfter=3)
    cell = S("cell", fontSize=9, leading=11.5, spaceAfter=0)
    cellb = S("cellb", fontName="DV-B", fontSize=9, leading=11.5, spaceAfter=0)
    bullet = S("bul", leftIndent=16, bulletIndent=4, spaceAfter=2)
    theme = S("theme", fontName="DV-B", spaceBefore=6, spaceAfter=2)
    hs = {1: h1, 2: h2, 3: h3}
    sec = {num: (lvl, num + " " + title) for lvl, num, title in P1_SECTIONS}

    def H(num):
        lvl, text = sec[num]
        return Heading(num, text, hs[lvl])

    st = []
    # --- page 1: title page
    st.append(Spacer(1, 70 * mm))
    st.append(
        Paragraph(
            "Kompetensförsörjningsplan 2026–2028",
            S("t", fontName="DV-B", fontSize=26, leading=32, spaceAfter=14),
        )
    )
    st.append(
        Paragraph(
            "Förvaltningsövergripande plan för att utveckla, behålla, attrahera, "
            "rekrytera, introducera och avsluta medarbetare",
            S("t2", fontSize=13, leading=18, spaceAfter=40),
        )
    )
    for line in [
        "Dnr EÅV 2025/2317",
        "Fastställd av förvaltningsledningen den 25 november 2025",
        "Upprättad av: Avdelningen för administration och HR",
        "Version 1.0",
    ]:
        st.append(Paragraph(line, S("meta", fontSize=10, leading=15, spaceAfter=0)))
    st.append(NextPageTemplate("portrait"))
    st.append(PageBreak())

    # --- page 2: TOC
    st.append(Paragraph("Innehåll", h1))
    st.append(Spacer(1, 4))
    width = A4[0] - 40 * mm
    for lvl, num, title in P1_SECTIONS:
        st.append(TocLine(lvl, num + " " + title, pages.get(num, 0), width))
    st.append(PageBreak())

    # --- 1. Inledning
    st.append(H("1."))
    st.append(
        Paragraph(
            "Enskede-Årsta-Vantörs stadsdelsförvaltning ansvarar för förskola, äldreomsorg, individ- och "
            "familjeomsorg, stöd till personer med funktionsnedsättning samt stadsmiljö och kultur i en av "
            "Stockholms mest folkrika stadsdelsområden. Verksamheterna är personalintensiva och kvaliteten i det "
            "vi levererar till invånarna avgörs i hög grad av att vi har medarbetare och chefer med rätt "
            "kompetens på rätt plats.",
            body,
        )
    )
    st.append(
        Paragraph(
            "Kompetensförsörjningsplanen är förvaltningens samlade bild av vilka kompetenser som behövs under "
            "perioden 2026–2028, var gapen finns i dag och vilka insatser som prioriteras för att minska dem. "
            "Planen revideras varje år och bygger på avdelningarnas och enheternas egna kompetensanalyser.",
            body,
        )
    )
    st.append(H("1.1"))
    st.append(
        Paragraph(
            "Syftet med planen är att ge förvaltningsledningen, avdelningscheferna och enhetscheferna ett "
            "gemensamt underlag för att prioritera insatser inom kompetensförsörjningen. Planen omfattar "
            "samtliga månadsavlönade medarbetare. Timavlönade ingår i analysen men redovisas inte i nyckeltalen.",
            body,
        )
    )
    st.append(H("1.2"))
    st.append(
        Paragraph(
            "Arbetet följer stadens modell för kompetensförsörjning, där insatserna delas in i områdena "
            "utveckla, behålla, attrahera, rekrytera, introducera och avsluta. Processen är årlig: i augusti och "
            "september genomför enheterna sina kompetensanalyser, i oktober sammanställer HR-avdelningen "
            "resultaten och i november fastställer förvaltningsledningen planen. Aktiviteterna följs upp i "
            "tertialrapport 2 och i verksamhetsberättelsen.",
            body,
        )
    )
    st.append(
        Paragraph(
            "Planen är ett av flera styrdokument för förvaltningens arbetsgivarfrågor. Den ska läsas tillsammans "
            "med förvaltningens verksamhetsplan, handlingsplanen för systematiskt arbetsmiljöarbete och stadens "
            "personalpolicy.",
            body,
        )
    )
    st.append(PageBreak())

    # --- 2. Nuläge
    st.append(H("2."))
    st.append(
        Paragraph(
            "Uppgifterna i detta avsnitt är hämtade från stadens HR-system med mätdatum den 31 oktober "
            "respektive år, om inget annat anges.",
            body,
        )
    )
    st.append(H("2.1"))
    st.append(Paragraph(P1_TXT["staff"], body))
    st.append(Paragraph("Tabell 1. Nyckeltal 2023–2025", cap))
    kf = [[Paragraph(h, cellb) for h in P1_KEYFIG_HEAD]] + P1_KEYFIG_ROWS
    st.append(_ruled(kf, [18 * mm, 46 * mm, 44 * mm, 34 * mm, 28 * mm], align_right_from=1))
    st.append(Spacer(1, 6))
    st.append(
        Paragraph(
            "Antalet tillsvidareanställda har ökat varje år sedan 2023, främst till följd av att två nya "
            "vård- och omsorgsboenden har öppnat i Årsta och Bandhagen. Personalomsättningen har under samma tid "
            "sjunkit med 1,8 procentenheter.",
            body,
        )
    )
    st.append(H("2.2"))
    st.append(
        Paragraph(
            "Tabell 2 visar åldersfördelningen bland tillsvidareanställda i de åtta största yrkesgrupperna. "
            "Av samtliga tillsvidareanställda är 236 personer 62 år eller äldre.",
            body,
        )
    )
    st.append(
        Paragraph("Tabell 2. Tillsvidareanställda per yrkesgrupp och åldersintervall, oktober 2025", cap)
    )
    ag = [P1_AGE_HEAD] + P1_AGE_ROWS
    t = _ruled(ag, [42 * mm, 20 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm], align_right_from=1)
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(
        Paragraph(
            "Undersköterskor och vårdbiträden har den äldsta åldersprofilen, medan biståndshandläggare och "
            "socialsekreterare är förhållandevis unga yrkesgrupper med större rörlighet.",
            body,
        )
    )
    st.append(PageBreak())

    st.append(H("2.3"))
    st.append(Paragraph(P1_TXT["turn"], body))
    st.append(H("2.3.1"))
    st.append(Paragraph(P1_TXT["dep"], body))
    st.append(
        Paragraph(
            "De vanligaste avgångsorsakerna enligt avgångsenkäten är arbetsbelastning, lönenivå och "
            "bristande utvecklingsmöjligheter.",
            body,
        )
    )
    st.append(H("2.3.2"))
    st.append(
        Paragraph(
            "Medarbetare har rätt att arbeta kvar till 69 års ålder, men de flesta av förvaltningens "
            "medarbetare går i pension mellan 65 och 67 år. Under planperioden fyller 171 tillsvidareanställda "
            "65 år, varav 64 undersköterskor och vårdbiträden. Behovet av kunskapsöverföring är störst inom "
            "äldreomsorgen och bland enhetscheferna.",
            body,
        )
    )
    st.append(H("2.4"))
    st.append(Paragraph(P1_TXT["sick"], body))
    st.append(Paragraph(P1_TXT["ami"], body))
    st.append(
        Paragraph(
            "Arbetsmiljöarbetet fokuserar under perioden på hög arbetsbelastning, hot och våld i "
            "myndighetsutövningen samt fysisk belastning inom vård och omsorg.",
            body,
        )
    )
    st.append(PageBreak())

    # --- 3. Kompetensanalys
    st.append(H("3."))
    st.append(
        Paragraph(
            "Avdelningarnas kompetensanalyser visar att gapen framför allt gäller digital kompetens, "
            "ledarskap, språk och dokumentation samt erfarenhet inom myndighetsutövning. Nedan redovisas "
            "de gap som förvaltningsledningen bedömer som mest kritiska för planperioden.",
            body,
        )
    )
    st.append(H("3.1"))
    cur = None
    for th, txt in P1_GAPS:
        if th != cur:
            st.append(Paragraph(th, theme))
            cur = th
        st.append(Paragraph(txt, bullet, bulletText="•"))
    st.append(H("3.2"))
    st.append(Paragraph("Följande yrken bedöms som svårrekryterade under hela planperioden:", body))
    for txt in P1_SHORTAGE:
        st.append(Paragraph(txt, bullet, bulletText="•"))
    st.append(H("3.3"))
    st.append(
        Paragraph(
            "Förvaltningen behöver både höja kompetensen hos befintliga medarbetare och bredda "
            "rekryteringsbasen. Insatserna i avsnitt 4 prioriterar därför utveckling och behållande av "
            "medarbetare i de yrkesgrupper där rörligheten är högst och där pensionsavgångarna blir störst.",
            body,
        )
    )
    st.append(NextPageTemplate("landscape"))
    st.append(PageBreak())

    # --- 4. Aktiviteter (landscape)
    st.append(H("4."))
    st.append(
        Paragraph(
            "Tabellen nedan visar de förvaltningsövergripande aktiviteterna för perioden. Avdelningarna "
            "kompletterar med egna aktiviteter i sina verksamhetsplaner.",
            body,
        )
    )
    st.append(Paragraph("Tabell 3. Förvaltningsövergripande aktiviteter per insatsområde", cap))
    st.append(Paragraph(P1_LEGEND, S("leg", fontName="DV-I", fontSize=9, leading=12)))
    data = [[Paragraph(h, cellb) for h in P1_ACT_HEAD]]
    for row in P1_ACTS:
        data.append([Paragraph(row[0], cellb)] + [Paragraph(x, cell) for x in row[1:]])
    st.append(_ruled(data, [30 * mm, 82 * mm, 68 * mm, 24 * mm, 53 * mm]))
    st.append(NextPageTemplate("portrait"))
    st.append(PageBreak())

    # --- 5. Uppföljning av föregående plan
    st.append(H("5."))
    st.append(
        Paragraph(
            "Här redovisas status för de aktiviteter som beslutades i kompetensförsörjningsplan 2025–2027. "
            "Aktiviteter som inte har slutförts förs i förekommande fall över till den nya planen.",
            body,
        )
    )
    st.append(Paragraph("Tabell 4. Uppföljning av aktiviteter i kompetensförsörjningsplan 2025–2027", cap))
    data = [[Paragraph(h, cellb) for h in P1_FU_HEAD]]
    for row in P1_FU:
        data.append([Paragraph(x, cell) for x in row])
    st.append(_ruled(data, [26 * mm, 42 * mm, 45 * mm, 25 * mm, 32 * mm]))
    st.append(Spacer(1, 8))
    st.append(H("6."))
    st.append(
        Paragraph(
            "Aktiviteterna i avsnitt 4 följs upp i tertialrapport 2 och i verksamhetsberättelsen. "
            "HR-avdelningen sammanställer uppföljningen inför revideringen av planen i oktober 2026. "
            "Nästa version av planen omfattar perioden 2027–2029.",
            body,
        )
    )
    return st


def _p1_build(pages, total):
    buf = io.BytesIO()
    doc = P1Doc(
        buf,
        total,
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Enskede-Årsta-Vantörs stadsdelsförvaltning",
        subject="Kompetensförsörjning",
        creator="layouts_h",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
    )
    pw, ph = A4
    lw, lh = landscape(A4)
    fp = Frame(20 * mm, 20 * mm, pw - 40 * mm, ph - 42 * mm, id="fp")
    fl = Frame(20 * mm, 20 * mm, lw - 40 * mm, lh - 42 * mm, id="fl")
    doc.addPageTemplates(
        [
            PageTemplate(
                id="title",
                frames=[Frame(20 * mm, 20 * mm, pw - 40 * mm, ph - 40 * mm, id="ft")],
                onPage=_p1_title,
                pagesize=A4,
            ),
            PageTemplate(id="portrait", frames=[fp], onPage=_p1_page, pagesize=A4),
            PageTemplate(id="landscape", frames=[fl], onPage=_p1_page, pagesize=landscape(A4)),
        ]
    )
    doc.build(_p1_story(pages))
    return buf.getvalue(), doc.page, doc.heading_pages


def build_plan1(path):
    _, n, pages = _p1_build({}, 0)
    data, n2, pages2 = _p1_build(pages, n)
    assert n2 == n and pages2 == pages, (n, n2, pages, pages2)
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Plan 2: Mälarvatten AB (municipal company), 2026
# ---------------------------------------------------------------------------
P2_FILE = "malarvatten-kompetensforsorjningsplan-2026.pdf"
P2_ADMIN = "Mälarvatten AB"
P2_PERIOD = "2026"

P2_KEYFIGS = [  # label, value
    ("Antal anställda (31 december 2025)", "412"),
    ("– varav tillsvidareanställda", "381"),
    ("– varav visstidsanställda", "31"),
    ("Andel kvinnor", "34 %"),
    ("Andel män", "66 %"),
    ("Medelålder", "46,8 år"),
    ("Medarbetare 60 år eller äldre", "58"),
    ("Personalomsättning 2025", "7,9 %"),
    ("Sjukfrånvaro 2025", "4,6 %"),
    ("Korttidssjukfrånvaro (dag 1–14) 2025", "2,1 %"),
    ("Mål: sjukfrånvaro under 4 %", "senast 2026-12-31"),
    ("Rekryteringar 2025", "46"),
    ("Avgångar 2025", "33"),
    ("– varav pensionsavgångar", "11"),
    ("eNPS, medarbetarundersökningen", "+18"),
    ("Senaste medarbetarundersökning", "oktober 2025"),
]

P2_RISKS = [
    "Pensionsavgångar bland drifttekniker och processingenjörer med lång erfarenhet av våra anläggningar.",
    "Brist på VA-ingenjörer och processingenjörer på hela arbetsmarknaden, med hård konkurrens från konsultbranschen.",
    "Otillräcklig kompetens inom OT-säkerhet och informationssäkerhet i styr- och övervakningssystemen.",
    "Beroende av enskilda nyckelpersoner inom ledningsnätsplanering och GIS.",
    "Svårt att rekrytera elektriker och automationstekniker som kan ingå i beredskapen.",
    "Behov av erfarna projektledare för investeringsprogrammet kring det nya avloppsreningsverket.",
]

# heading, marker, goal (or None), [(activity, responsible, when)]
P2_ACTS = [
    (
        "Kompetensutveckling",
        "☐",
        "Varje medarbetare har en aktuell utvecklingsplan kopplad till verksamhetsplanen.",
        [
            (
                "Genomföra kompetenskartläggning i samtliga driftenheter med stöd av en gemensam kompetensmatris",
                "Driftchefer",
                "Q1 2026",
            ),
            (
                "Utbildning i OT-säkerhet för alla som arbetar med styr- och övervakningssystem",
                "Säkerhetschef",
                "Q3 2026",
            ),
            (
                "Starta en intern teknikakademi med sex moduler om processteknik för drift- och underhållspersonal",
                "HR och produktionschef",
                "Q4 2026",
            ),
        ],
    ),
    (
        "Att behålla medarbetare",
        "☐",
        "Personalomsättningen understiger 7 procent vid årets slut.",
        [
            (
                "Tydliga karriärvägar för drifttekniker med steg mot specialist- och samordnarroller",
                "HR-chef",
                "Q2 2026",
            ),
            (
                "Pilot med flexibla arbetstider och hybridarbete inom kundservice och administration",
                "Chef kundservice",
                "Q2 2026",
            ),
            ("Översyn av beredskapsersättning och schemaläggning av jour", "VD/HR-chef", "Q3 2026"),
        ],
    ),
    (
        "Employer branding och attraktivitet",
        "☐",
        None,
        [
            (
                "Ta fram ett nytt arbetsgivarerbjudande (EVP) tillsammans med medarbetare",
                "Kommunikationschef",
                "Q2 2026",
            ),
            (
                "Sommarjobb och examensarbeten för studenter inom VA-teknik och miljöteknik",
                "HR-partner",
                "Q1 2026",
            ),
            (
                "Närvaro på arbetsmarknadsdagar vid tekniska högskolor i Mälardalen och Stockholm",
                "Kommunikation och HR",
                "Q4 2026",
            ),
        ],
    ),
    (
        "Rekrytering",
        "–",
        None,
        [
            (
                "Kompetensbaserad rekrytering med arbetsprov för samtliga ingenjörstjänster",
                "HR-partner",
                "Q1 2026",
            ),
            (
                "Samarbete med yrkeshögskolan om en utbildning till drifttekniker VA",
                "Produktionschef",
                "Q3 2026",
            ),
            ("Alla tjänster annonseras internt i fem arbetsdagar före extern annonsering", "HR", "Löpande"),
        ],
    ),
    (
        "Onboarding",
        "–",
        None,
        [
            ("Digital preboarding med välkomstpaket två veckor före första arbetsdagen", "HR", "Q2 2026"),
            ("Fadder till alla nyanställda under de första sex månaderna", "Närmaste chef", "Q2 2026"),
        ],
    ),
    (
        "När medarbetare slutar",
        "–",
        None,
        [
            (
                "Strukturerade avslutssamtal med sammanställning till ledningsgruppen två gånger per år",
                "HR-chef",
                "Q4 2026",
            ),
            (
                "Kunskapsöverföringsplan för alla nyckelpersoner som går i pension",
                "Närmaste chef med stöd av HR",
                "2026",
            ),
        ],
    ),
]
P2_AREA_MAP = {
    "Kompetensutveckling": "Utveckla",
    "Att behålla medarbetare": "Behålla",
    "Employer branding och attraktivitet": "Attrahera",
    "Rekrytering": "Rekrytera",
    "Onboarding": "Introducera",
    "När medarbetare slutar": "Avsluta",
}

TEAL = colors.HexColor("#00796B")


def _p2_page(canv, doc):
    w, h = canv._pagesize
    canv.saveState()
    canv.setFillColor(TEAL)
    canv.rect(0, h - 16 * mm, w, 16 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("DV-B", 11)
    canv.drawString(18 * mm, h - 10 * mm, "MÄLARVATTEN")
    canv.setFont("DV", 8)
    canv.drawRightString(w - 18 * mm, h - 10 * mm, "HR & Organisationsutveckling")
    canv.setFillColor(colors.HexColor("#555555"))
    canv.setFont("DV", 7.5)
    canv.drawString(18 * mm, 10 * mm, "Mälarvatten AB · Kompetensförsörjningsplan 2026 · Intern")
    canv.drawRightString(w - 18 * mm, 10 * mm, "%d/%d" % (doc.page, doc.total))
    canv.restoreState()


class P2Doc(BaseDocTemplate):
    def __init__(self, buf, total, **kw):
        super().__init__(buf, **kw)
        self.total = total


def _p2_story():
    body = S("b2", fontSize=9.5, leading=13.5)
    h1 = S("h1b", fontName="DV-B", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6, textColor=TEAL)
    h2 = S("h2b", fontName="DV-B", fontSize=11, leading=15, spaceBefore=8, spaceAfter=3)
    goal = S("g2", fontName="DV-I", fontSize=9, leading=12.5, spaceAfter=3, leftIndent=4)
    item = S("it2", fontSize=9.5, leading=13, leftIndent=18, bulletIndent=4, spaceAfter=3)
    num = S("n2", fontSize=9.5, leading=13.5, leftIndent=18, bulletIndent=2, spaceAfter=3)
    st = []
    st.append(
        Paragraph(
            "Kompetensförsörjningsplan 2026",
            S("tt", fontName="DV-B", fontSize=22, leading=28, spaceBefore=4, spaceAfter=4),
        )
    )
    st.append(
        Paragraph(
            "People plan – så säkrar vi kompetensen för framtidens vatten",
            S("st2", fontName="DV-I", fontSize=12, leading=16, textColor=TEAL, spaceAfter=10),
        )
    )
    st.append(
        Paragraph(
            "Mälarvatten AB · Fastställd av VD 2025-12-09 · Ägare: HR-chef",
            S("m2", fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"), spaceAfter=10),
        )
    )
    st.append(Paragraph("Sammanfattning", h1))
    st.append(
        Paragraph(
            "Mälarvatten AB är ett kommunägt bolag som levererar dricksvatten, tar hand om avloppsvatten och "
            "driver återvinningscentraler för fyra ägarkommuner. Under de kommande åren står vi inför stora "
            "investeringar, bland annat ett nytt avloppsreningsverk, samtidigt som många erfarna medarbetare "
            "närmar sig pension. Vår förmåga att attrahera, utveckla och behålla rätt kompetens är därför en "
            "affärskritisk fråga.",
            body,
        )
    )
    st.append(
        Paragraph(
            "Den här planen är bolagets people plan för 2026. Den beskriver nuläget i siffror, de största "
            "kompetensriskerna och en aktivitetsplan som följer hela medarbetarresan – från employer branding "
            "och rekrytering till onboarding, utveckling och den dag då en medarbetare slutar.",
            body,
        )
    )
    st.append(Paragraph("Vår people-strategi i korthet", h2))
    for txt in [
        "Vi bygger kompetens internt innan vi köper in den.",
        "Vi gör kunskapen om våra anläggningar oberoende av enskilda personer.",
        "Vi är en arbetsgivare som ingenjörer och tekniker väljer – och stannar hos.",
    ]:
        st.append(Paragraph(txt, item, bulletText="•"))
    st.append(Paragraph("Om planen", h2))
    st.append(
        Paragraph(
            "Planen har tagits fram av HR & Organisationsutveckling tillsammans med ledningsgruppen och "
            "bygger på kompetensdialoger i alla enheter under hösten 2025. Den gäller kalenderåret 2026 och "
            "följs upp kvartalsvis i ledningsgruppen.",
            body,
        )
    )
    st.append(PageBreak())

    st.append(Paragraph("Nuläge i siffror", h1))
    st.append(
        Paragraph(
            "Tabellen sammanfattar bolagets viktigaste KPI:er för personal. Uppgifterna avser helåret 2025 "
            "eller, för personalstyrkan, läget den 31 december 2025.",
            body,
        )
    )
    data = [["Nyckeltal", "Värde"]] + [list(r) for r in P2_KEYFIGS]
    t = Table(data, colWidths=[95 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "DV"),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("FONTNAME", (0, 0), (-1, 0), "DV-B"),
                ("TEXTCOLOR", (0, 0), (-1, 0), TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
            ]
        )
    )
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph("Kommentar", h2))
    st.append(
        Paragraph(
            "Sjukfrånvaron har minskat något jämfört med 2024 men ligger fortfarande över målet. "
            "Personalomsättningen drivs framför allt av ingenjörer som går till konsultbranschen. "
            "Var sjunde medarbetare är 60 år eller äldre, och inom drift och underhåll är andelen ännu högre. "
            "Under 2026 kan upp till 14 medarbetare gå i pension.",
            body,
        )
    )
    st.append(PageBreak())

    st.append(Paragraph("Riskanalys", h1))
    st.append(
        Paragraph(
            "Ledningsgruppen har bedömt vilka kompetensrisker som kan påverka leveransen av vatten- och "
            "avfallstjänster. Riskerna nedan är rangordnade efter sannolikhet och konsekvens.",
            body,
        )
    )
    for i, txt in enumerate(P2_RISKS, 1):
        st.append(Paragraph(txt, num, bulletText="%d." % i))
    st.append(Paragraph("Så hanterar vi riskerna", h2))
    st.append(
        Paragraph(
            "Riskerna möts av aktiviteterna i aktivitetsplanen nedan. De två högst rankade riskerna hanteras "
            "dessutom i en separat successionsplan för nyckelroller som ledningsgruppen följer upp varje kvartal.",
            body,
        )
    )
    st.append(Spacer(1, 6))

    st.append(Paragraph("Aktivitetsplan 2026", h1))
    st.append(
        Paragraph(
            "Aktiviteterna är grupperade efter medarbetarresan. Varje aktivitet har en ägare och ett kvartal "
            "då den ska vara klar. Status rapporteras i ledningsgruppens kvartalsuppföljning.",
            body,
        )
    )
    for head, marker, g, items in P2_ACTS:
        blk = [Paragraph(head, h2)]
        if g:
            blk.append(Paragraph("Mål: " + g, goal))
        for act, resp, when in items:
            blk.append(Paragraph("%s (Ansvar: %s, %s)" % (act, resp, when), item, bulletText=marker))
        st.append(KeepTogether(blk))
    st.append(Paragraph("Governance och uppföljning", h1))
    st.append(
        Paragraph(
            "HR-chefen äger planen och rapporterar status till ledningsgruppen varje kvartal. En samlad "
            "uppföljning redovisas för styrelsen vid sammanträdet den 10 december 2026, och en ny plan för 2027 "
            "tas fram under hösten 2026.",
            body,
        )
    )
    return st


def _p2_build(total):
    buf = io.BytesIO()
    doc = P2Doc(
        buf,
        total,
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjningsplan 2026",
        author="Mälarvatten AB",
        subject="People plan",
        creator="layouts_h",
    )
    pw, ph = A4
    doc.addPageTemplates(
        [PageTemplate(id="p", frames=[Frame(18 * mm, 18 * mm, pw - 36 * mm, ph - 42 * mm)], onPage=_p2_page)]
    )
    doc.build(_p2_story())
    return buf.getvalue(), doc.page


def build_plan2(path):
    _, n = _p2_build(0)
    data, n2 = _p2_build(n)
    assert n == n2
    with open(path, "wb") as f:
        f.write(data)


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_plan1(os.path.join(outdir, P1_FILE))
    build_plan2(os.path.join(outdir, P2_FILE))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python layouts_h.py OUTDIR")
    main(sys.argv[1])
