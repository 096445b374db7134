#!/usr/bin/env python
"""Three invented Stockholm plans, written blind in session 25 (writer j).

Usage: python layouts_j.py OUTDIR (the plans in eval/layouts/unseen7/plans; gold in eval/layouts/unseen7/gold)

  rinkeby-kista-kfp-2025-2027.pdf        Rinkeby-Kista stadsdelsförvaltning, 2025-2027
  idrottsforvaltningen-kfp-2025.pdf      Idrottsförvaltningen, Stockholms stad, 2025
  idrottsforvaltningen-kfp-2026.pdf      Idrottsförvaltningen, Stockholms stad, 2026 (follows up 2025)

All content lives in this file. The writer's gold records were collected here too, next to the
content; that code is left out (the gold is data in eval/layouts/unseen7/gold).
Deterministic: no randomness, invariant=1, fixed metadata.
"""

import io
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(HERE, "..", "fonts", "")

# --------------------------------------------------------------------------- helpers
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles(accent):
    s = {}
    s["body"] = ParagraphStyle("body", fontName="DV", fontSize=9, leading=12.5, spaceAfter=5)
    s["cell"] = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="DV-B")
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellbr"] = ParagraphStyle("cellbr", parent=s["cellb"], alignment=TA_RIGHT)
    s["cellw"] = ParagraphStyle("cellw", parent=s["cellb"], textColor=colors.white)
    s["h1"] = ParagraphStyle(
        "h1", fontName="DV-B", fontSize=14, leading=18, spaceBefore=4, spaceAfter=6, textColor=accent
    )
    s["h2"] = ParagraphStyle(
        "h2", fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, textColor=accent
    )
    s["h3"] = ParagraphStyle("h3", fontName="DV-B", fontSize=9, leading=12, spaceBefore=4, spaceAfter=2)
    s["title"] = ParagraphStyle(
        "title", fontName="DV-B", fontSize=24, leading=30, textColor=accent, spaceAfter=8
    )
    s["subtitle"] = ParagraphStyle("subtitle", fontName="DV", fontSize=13, leading=18, spaceAfter=4)
    s["item"] = ParagraphStyle("item", parent=s["body"], leftIndent=18, firstLineIndent=-18, spaceAfter=3)
    s["label"] = ParagraphStyle(
        "label",
        parent=s["body"],
        leftIndent=18,
        fontSize=8,
        leading=10.5,
        spaceAfter=7,
        textColor=colors.HexColor("#444444"),
    )
    s["caption"] = ParagraphStyle(
        "caption", fontName="DV-I", fontSize=7.5, leading=9.5, spaceBefore=2, spaceAfter=8
    )
    s["toc"] = ParagraphStyle("toc", parent=s["body"], spaceAfter=1)
    return s


def P(text, st):
    return Paragraph(esc(text), st)


def RP(markup, st):
    """Paragraph with markup (already escaped where needed)."""
    return Paragraph(markup, st)


class Doc(BaseDocTemplate):
    def __init__(self, target, total, meta):
        self.total_pages = total or 0
        super().__init__(
            target,
            pagesize=A4,
            invariant=1,
            title=meta["title"],
            author=meta["author"],
            subject=meta["subject"],
            creator="Microsoft® Word för Microsoft 365",
            producer="Microsoft® Word för Microsoft 365",
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=24 * mm,
            bottomMargin=20 * mm,
        )


def build_pdf(path, make_doc, make_story):
    """Two passes: the first one counts the pages for the 'x (y)' footers."""
    buf = io.BytesIO()
    doc = make_doc(buf, None)
    doc.build(make_story())
    total = doc.page
    doc = make_doc(path, total)
    doc.build(make_story())
    return total


def num(v):
    """Swedish rendering: 1 904 / 8,3"""
    if isinstance(v, int):
        s = f"{v:,}".replace(",", " ")
        return s
    return f"{v:.1f}".replace(".", ",")


# =========================================================================== PLAN 1
# Rinkeby-Kista stadsdelsförvaltning 2025-2027
RK_FILE = "rinkeby-kista-kfp-2025-2027.pdf"
RK_ADMIN = "Rinkeby-Kista stadsdelsförvaltning"
RK_PER = "2025-2027"
RK_ACCENT = colors.HexColor("#7A1E48")

RK_AREAS = [  # verksamhetsområde, tillsvidare, visstid, omsättning, sjukfrånvaro, dag 1-14
    ("Förskola", 842, 151, 10.4, 9.1, 3.4),
    ("Äldreomsorg", 486, 112, 9.8, 10.2, 3.1),
    ("Individ- och familjeomsorg", 261, 38, 16.7, 6.4, 2.2),
    ("Stöd och service till personer med funktionsnedsättning", 174, 41, 8.9, 8.8, 2.6),
    ("Områdesutveckling och fritid", 58, 12, 12.1, 4.9, 1.8),
    ("Administration och ledning", 83, 7, 13.5, 3.8, 1.6),
    ("Förvaltningen totalt", 1904, 361, 11.2, 8.3, 2.9),
]
RK_OCC = [  # yrkesgrupp, antal tillsvidare, andel 60+, svårighet
    ("Barnskötare", 402, "14 %", "Medel"),
    ("Förskollärare", 236, "9 %", "Stor"),
    ("Undersköterska", 298, "17 %", "Medel"),
    ("Vårdbiträde", 84, "21 %", "Liten"),
    ("Sjuksköterska", 31, "19 %", "Stor"),
    ("Socialsekreterare", 147, "5 %", "Stor"),
    ("Biståndshandläggare", 38, "8 %", "Stor"),
    ("Stödassistent och boendestödjare", 96, "12 %", "Medel"),
    ("Enhetschef", 71, "11 %", "Medel"),
    ("Kock och måltidsbiträde", 44, "23 %", "Liten"),
    ("Fritidsledare", 29, "3 %", "Liten"),
]
RK_CHALLENGES = [
    "Brist på legitimerade förskollärare, särskilt i förskolorna i Husby och Akalla.",
    "Hög personalomsättning bland socialsekreterare inom barn och unga, där många slutar inom två år.",
    "Stora pensionsavgångar bland undersköterskor, vårdbiträden och måltidspersonal de närmaste fem åren.",
    "Otillräckliga kunskaper i svenska hos en del av medarbetarna inom vård och omsorg, vilket påverkar dokumentation och patientsäkerhet.",
    "Svårt att rekrytera sjuksköterskor och erfarna biståndshandläggare i konkurrens med regionen och privata utförare.",
    "Chefer med stora personalgrupper och begränsat administrativt stöd, vilket gör det svårt att hinna med medarbetarsamtal och introduktion.",
    "Låg digital mognad i delar av verksamheten och behov av kompetens för att använda nya verksamhetssystem och AI-stöd.",
    "Hög korttidssjukfrånvaro inom förskola och äldreomsorg som ger merarbete och ökad användning av timavlönade.",
]
# goal number, goal text, activities: (nr, activity, area, tidplan, ansvarig, mått)
RK_GOALS = [
    (
        1,
        "Förskolan har tillräckligt många behöriga förskollärare",
        [
            (
                "1.1",
                "Erbjuda barnskötare att läsa till förskollärare på arbetstid inom stadens satsning, minst tolv platser per läsår",
                "Utveckla",
                "HT 2025",
                "Avdelningschef förskola",
                "Antal studerande och antal som tar examen",
            ),
            (
                "1.2",
                "Utöka antalet VFU-platser och utbilda fler handledare i samarbete med Stockholms universitet",
                "Attrahera",
                "2026",
                "Rektorer förskola med stöd av HR-avdelningen",
                "Antal VFU-studenter per termin",
            ),
            (
                "1.3",
                "Mentorsprogram för alla nyexaminerade förskollärare under det första anställningsåret",
                "Introducera",
                "Löpande",
                "Biträdande rektorer",
                "Andel nyexaminerade med mentor",
            ),
            (
                "1.4",
                "Särskild lönesatsning på förskollärare i lönerevisionen",
                "Behålla",
                "2025-04-01",
                "Förvaltningsledning och HR-avdelningen",
                "Personalomsättning förskollärare",
            ),
        ],
    ),
    (
        2,
        "Stabil bemanning och erfarna medarbetare inom individ- och familjeomsorgen",
        [
            (
                "2.1",
                "Införa karriärsteget erfaren socialsekreterare med lönetillägg och ansvar för metodstöd",
                "Behålla",
                "Q2 2025",
                "Avdelningschef individ- och familjeomsorg",
                "Personalomsättning socialsekreterare barn och unga",
            ),
            (
                "2.2",
                "Starta ett traineeprogram om sex månader för nyutexaminerade socionomer",
                "Rekrytera/Introducera",
                "VT 2026",
                "Enhetschefer barn och unga samt HR-avdelningen",
                "Antal trainees som stannar efter ett år",
            ),
            (
                "2.3",
                "Regelbunden extern metodhandledning och ärendedragning i mindre grupper",
                "Utveckla",
                "Löpande",
                "Enhetschefer individ- och familjeomsorg",
                "Resultat på frågan om stöd i medarbetarenkäten",
            ),
            (
                "2.4",
                "Gemensam rekryteringskampanj för socionomer med andra stadsdelsförvaltningar i Västerort",
                "Attrahera",
                "Q4 2025",
                "Kommunikationsenheten",
                "Antal sökande per annons",
            ),
        ],
    ),
    (
        3,
        "Vård- och omsorgspersonalen har rätt kompetens och goda kunskaper i svenska",
        [
            (
                "3.1",
                "Utbilda språkombud på samtliga vård- och omsorgsboenden och i hemtjänsten",
                "Utveckla",
                "2025",
                "Enhetschefer äldreomsorg",
                "Antal utbildade språkombud",
            ),
            (
                "3.2",
                "Validering och utbildning till undersköterska för vårdbiträden via Komvux",
                "Utveckla",
                "2025–2026",
                "Avdelningschef äldreomsorg",
                "Antal med yrkesbevis undersköterska",
            ),
            (
                "3.3",
                "Ny schemamodell i hemtjänsten med heltid som norm och färre delade turer",
                "Behålla",
                "Q1 2026",
                "Enhetschefer hemtjänst samt HR-avdelningen",
                "Andel heltidsanställda",
            ),
            (
                "3.4",
                "Kompetensbaserad rekrytering med strukturerade intervjuer och referenstagning för alla rekryterande chefer",
                "Rekrytera",
                "2025-12-31",
                "HR-avdelningen",
                "Andel chefer som genomgått utbildningen",
            ),
        ],
    ),
]
RK_GOAL4 = (
    4,
    "Hållbart ledarskap, en god start och ett gott avslut",
    [
        (
            "4.1",
            "Ledarutvecklingsprogram för nya enhetschefer och biträdande rektorer",
            "Utveckla",
            "2026",
            "HR-chef",
            "Antal deltagare och utvärdering",
        ),
        (
            "4.2",
            "Administrativt stöd till chefer med fler än 35 medarbetare genom gemensamma administratörer",
            "Behålla",
            "Q3 2025",
            "Förvaltningsdirektör",
            "Chefernas upplevda arbetsbelastning",
        ),
        (
            "4.3",
            "Förvaltningsgemensam introduktionsdag för alla nyanställda två gånger per termin",
            "Introducera",
            "HT 2025",
            "HR-avdelningen",
            "Andel nyanställda som deltagit",
        ),
        (
            "4.4",
            "Delta i jobbmässor och gymnasiebesök i Rinkeby, Husby och Akalla för att visa yrken inom omsorg och förskola",
            "Attrahera/Rekrytera",
            "Löpande",
            "Kommunikationsenheten och verksamhetscheferna",
            "Antal aktiviteter per år",
        ),
        (
            "4.5",
            "Digital avgångsenkät och erbjudande om avslutssamtal till alla tillsvidareanställda som slutar",
            "Avsluta",
            "Q3 2025",
            "HR-avdelningen",
            "Svarsfrekvens och avgångsorsaker",
        ),
        (
            "4.6",
            "Överlappning under tre månader inför pensionsavgångar i nyckelroller så att kunskap förs vidare",
            "Avsluta",
            "Löpande",
            "Avdelningschefer",
            "Antal genomförda överlämningar",
        ),
    ],
)


def rk_story():
    s = styles(RK_ACCENT)
    st = []
    st.append(Spacer(1, 30 * mm))
    st.append(P("Kompetensförsörjningsplan", s["title"]))
    st.append(P("för Rinkeby-Kista stadsdelsförvaltning 2025–2027", s["subtitle"]))
    st.append(
        P(
            "Fastställd av stadsdelsnämnden den 12 december 2024, § 14. Revideras årligen i samband med verksamhetsplanen.",
            s["body"],
        )
    )
    st.append(Spacer(1, 10 * mm))
    st.append(P("Innehåll", s["h2"]))
    toc = [
        ("1 Inledning", "1"),
        ("2 Förvaltningen i korthet", "2"),
        ("3 Nyckeltal per verksamhetsområde", "3"),
        ("4 Yrkesgrupper och rekryteringsläge", "3"),
        ("5 Analys", "4"),
        ("6 Utmaningar", "5"),
        ("7 Mål och aktiviteter 2025–2027", "5"),
        ("8 Uppföljning", "8"),
    ]
    t = Table([[P(a, s["toc"]), P(b, s["cellr"])] for a, b in toc], colWidths=[120 * mm, 15 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(Spacer(1, 8 * mm))
    st.append(P("1 Inledning", s["h1"]))
    st.append(
        P(
            "Kompetensförsörjningsplanen beskriver hur Rinkeby-Kista stadsdelsförvaltning ska säkra att rätt kompetens finns på plats de kommande tre åren. Planen bygger på stadens modell Utveckla, Behålla, Attrahera, Rekrytera och Avsluta, där vi också lyfter fram Introducera som ett eget område. Till skillnad från tidigare år har vi valt att utgå från fyra mål för förvaltningen och knyta aktiviteterna till dem. UBARA-området anges för varje aktivitet.",
            s["body"],
        )
    )
    st.append(
        P(
            "Underlaget har tagits fram av avdelningscheferna tillsammans med HR-avdelningen under hösten 2024. Statistiken avser den 31 oktober 2024 om inget annat anges och är hämtad ur stadens personalsystem. Uppgifter om timavlönade avser antal personer som fått lön under oktober.",
            s["body"],
        )
    )
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # ---- page 2: two columns
    st.append(P("2 Förvaltningen i korthet", s["h1"]))
    st.append(P("Uppdrag", s["h2"]))
    st.append(
        P(
            "Stadsdelsområdet omfattar Rinkeby, Kista, Husby och Akalla och har drygt 49 000 invånare. En stor andel av invånarna är unga, och befolkningen väntas öka i och med nybyggnationen i Kista och Järva. Förvaltningen ansvarar för förskola, äldreomsorg, individ- och familjeomsorg, stöd och service till personer med funktionsnedsättning samt områdesutveckling och fritid.",
            s["body"],
        )
    )
    st.append(P("Medarbetare", s["h2"]))
    st.append(
        P(
            "Den 31 oktober 2024 hade förvaltningen 2 265 månadsavlönade medarbetare, varav 1 904 tillsvidareanställda och 361 visstidsanställda. Därtill fanns 438 timavlönade som arbetade någon gång under oktober, främst inom äldreomsorgen och förskolan.",
            s["body"],
        )
    )
    st.append(
        P(
            "Av de månadsavlönade var 1 787 kvinnor (78,9 procent) och 478 män (21,1 procent). Könsfördelningen skiljer sig mycket åt mellan verksamheterna; inom fritidsverksamheten är en majoritet män. Medelåldern är 45,2 år, vilket är något lägre än genomsnittet i staden.",
            s["body"],
        )
    )
    st.append(
        P(
            "Heltid är norm i staden. Vid mättillfället var andelen heltidsanställda bland de tillsvidareanställda 94,6 procent. Den som vill gå ned i tid efter 61 års ålder kan ansöka om det enligt stadens riktlinjer.",
            s["body"],
        )
    )
    st.append(P("Sjukfrånvaro", s["h2"]))
    st.append(
        P(
            "Den totala sjukfrånvaron minskade från 8,9 procent 2023 till 8,3 procent 2024. Korttidssjukfrånvaron (dag 1–14) låg på 2,9 procent och är den del som chefer upplever påverkar vardagen mest. Långtidssjukfrånvaron, dag 60 och framåt, var 4,6 procent av den ordinarie arbetstiden. Förvaltningens mål är att den totala sjukfrånvaron ska vara högst 7,5 procent vid utgången av 2027.",
            s["body"],
        )
    )
    st.append(P("Medarbetarenkäten", s["h2"]))
    st.append(
        P(
            "Medarbetarenkäten genomfördes mellan den 2 och 23 september 2024 med en svarsfrekvens på 81 procent. AMI (aktivt medarbetarskap) blev 77 jämfört med 75 året innan. Högst resultat fick frågorna om meningsfullt arbete, lägst frågorna om arbetsbelastning. Vid den senaste mätningen landade stadens jämställdhetsindex för förvaltningen på 71, där skillnaderna främst gäller lön och andel heltid.",
            s["body"],
        )
    )
    st.append(P("Lokaler och arbetsmiljö", s["h2"]))
    st.append(
        P(
            "Flera förskolor och två vård- och omsorgsboenden flyttar till nya lokaler under 2025 och 2026. Flyttarna ger bättre arbetsmiljö på sikt men kräver extra planering av bemanningen under själva flyttperioden. Förvaltningen har avsatt 2,4 miljoner kronor för kompetensinsatser kopplade till omställningen.",
            s["body"],
        )
    )
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # ---- page 3: key figures per verksamhetsområde
    st.append(P("3 Nyckeltal per verksamhetsområde", s["h1"]))
    st.append(
        P(
            "Tabellen visar antal anställda, personalomsättning och sjukfrånvaro per verksamhetsområde. Personalomsättningen avser tillsvidareanställda som slutat under perioden 1 november 2023–31 oktober 2024 och räknas utan interna byten inom förvaltningen.",
            s["body"],
        )
    )
    hdr = [
        "Verksamhetsområde",
        "Tillsvidare",
        "Visstid",
        "Personal­omsättning %",
        "Sjuk­frånvaro %",
        "varav dag 1–14 %",
    ]
    rows = [[P(h, s["cellb"]) if i == 0 else P(h, s["cellbr"]) for i, h in enumerate(hdr)]]
    for name, tv, vi, om, sj, kort in RK_AREAS:
        b = name == "Förvaltningen totalt"
        rows.append(
            [P(name, s["cellb"] if b else s["cell"])]
            + [P(num(v), s["cellbr"] if b else s["cellr"]) for v in (tv, vi, om, sj, kort)]
        )
    t = Table(rows, colWidths=[54 * mm, 25 * mm, 17 * mm, 26 * mm, 26 * mm, 22 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F3E6EC")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    st.append(t)
    st.append(
        P(
            "Källa: stadens personalsystem, mätdatum 31 oktober 2024. Timavlönade ingår inte i tabellen.",
            s["caption"],
        )
    )
    st.append(
        P(
            "Förskolan är förvaltningens största verksamhet och står för närmare hälften av de tillsvidareanställda. Individ- och familjeomsorgen har den högsta personalomsättningen, medan sjukfrånvaron är högst inom äldreomsorgen.",
            s["body"],
        )
    )
    st.append(P("4 Yrkesgrupper och rekryteringsläge", s["h1"]))
    st.append(
        P(
            "Cheferna har bedömt hur svårt det är att rekrytera till de vanligaste yrkesgrupperna. Bedömningen bygger på antal sökande, hur lång tid rekryteringarna tagit och hur ofta tjänster fått annonseras om under det senaste året. Andelen som är 60 år eller äldre visar var pensionsavgångarna kommer att bli störst.",
            s["body"],
        )
    )
    hdr = ["Yrkesgrupp", "Antal tillsvidare­anställda", "Andel 60 år eller äldre", "Svårighet att rekrytera"]
    rows = [[P(hdr[0], s["cellb"]), P(hdr[1], s["cellbr"]), P(hdr[2], s["cellbr"]), P(hdr[3], s["cellb"])]]
    for occ, n, sixty, diff in RK_OCC:
        rows.append([P(occ, s["cell"]), P(num(n), s["cellr"]), P(sixty, s["cellr"]), P(diff, s["cell"])])
    t = Table(rows, colWidths=[62 * mm, 32 * mm, 32 * mm, 38 * mm], repeatRows=1)
    ts = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (3, 0), (3, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, (_, _, _, diff) in enumerate(RK_OCC, start=1):
        if diff == "Stor":
            ts.append(("TEXTCOLOR", (3, i), (3, i), RK_ACCENT))
    t.setStyle(TableStyle(ts))
    st.append(t)
    st.append(
        P(
            "Bedömningen Stor innebär att tjänster ofta annonseras om eller tillsätts med person som saknar rätt utbildning.",
            s["caption"],
        )
    )
    st.append(PageBreak())
    # ---- page 4: Analys
    st.append(P("5 Analys", s["h1"]))
    st.append(P("Personalrörlighet", s["h2"]))
    st.append(
        P(
            "Personalomsättningen har sjunkit tre år i rad: 13,6 procent 2022, 12,8 procent 2023 och 11,2 procent 2024. Minskningen beror främst på lägre rörlighet inom förskolan och äldreomsorgen, där fler medarbetare fått heltid och mer förutsägbara scheman. Bland socialsekreterare inom barn och unga var personalomsättningen 21,4 procent, och här ser vi ingen förbättring. Många lämnar efter ett till två år för tjänster med lägre ärendebelastning i andra kommuner eller i regionen.",
            s["body"],
        )
    )
    st.append(
        P(
            "Under 2024 rekryterades 402 medarbetare till tillsvidareanställningar, jämfört med 455 året innan. Samtidigt lämnade 371 tillsvidareanställda förvaltningen, varav 52 gick i pension. Av dem som slutade på egen begäran angav en majoritet i avgångsenkäten lön och arbetsbelastning som huvudskäl.",
            s["body"],
        )
    )
    st.append(P("Åldersstruktur och pensioner", s["h2"]))
    st.append(
        P(
            "Var åttonde tillsvidareanställd är 60 år eller äldre och inom måltidsverksamheten nästan var fjärde. Eftersom medarbetare har rätt att arbeta kvar till 69 år är det svårt att förutse exakt när avgångarna sker, men cheferna behöver redan nu planera för kunskapsöverföring inom äldreomsorgen och måltiderna. Inom förskolan är åldersstrukturen jämnare och pensionsavgångarna ett mindre problem än bristen på utbildade förskollärare.",
            s["body"],
        )
    )
    st.append(P("Hälsa och arbetsbelastning", s["h2"]))
    st.append(
        P(
            "Sjukfrånvaron har minskat men ligger fortfarande högt inom äldreomsorgen och förskolan. Den korta sjukfrånvaron leder till att vikarier och timavlönade sätts in med kort varsel, vilket i sin tur påverkar kontinuiteten för barn och brukare. Förvaltningen fortsätter arbetet med tidiga insatser via företagshälsovården och tar kontakt med medarbetare redan vid den tredje sjukfrånvaroperioden inom tolv månader.",
            s["body"],
        )
    )
    st.append(P("Chefsförsörjning", s["h2"]))
    st.append(
        P(
            "Under året har flera chefstjänster tillsatts, de flesta med interna sökande. Chefernas kontrollspann är i genomsnitt större än i staden i övrigt, och flera enhetschefer inom äldreomsorgen har ansvar för fler än 45 medarbetare. Det gör att introduktion, medarbetarsamtal och det systematiska arbetsmiljöarbetet riskerar att få stå tillbaka.",
            s["body"],
        )
    )
    st.append(P("Slutsats", s["h2"]))
    st.append(
        P(
            "Sammantaget är de största riskerna för kompetensförsörjningen bristen på förskollärare, den höga omsättningen bland socialsekreterare och de kommande pensionsavgångarna inom vård och omsorg. Målet är att personalomsättningen ska understiga 10 procent 2027. Utmaningarna i avsnitt 6 och målen i avsnitt 7 utgår från den här analysen.",
            s["body"],
        )
    )
    st.append(PageBreak())
    # ---- page 5: Utmaningar + intro to goals
    st.append(P("6 Utmaningar", s["h1"]))
    st.append(
        P(
            "Förvaltningens ledningsgrupp har prioriterat följande utmaningar för kompetensförsörjningen under planperioden:",
            s["body"],
        )
    )
    for i, c in enumerate(RK_CHALLENGES, start=1):
        st.append(RP(f"{i}.&nbsp;&nbsp;&nbsp;" + esc(c), s["item"]))
    st.append(Spacer(1, 6 * mm))
    st.append(P("7 Mål och aktiviteter 2025–2027", s["h1"]))
    st.append(
        P(
            "Aktiviteterna är ordnade under fyra mål. För varje aktivitet anges vilket område i stadens modell den främst hör till, när den ska vara genomförd, vem som ansvarar och hur den följs upp. Mål 1–3 redovisas i tabellform på de följande sidorna och mål 4 i listform.",
            s["body"],
        )
    )
    st.append(P("Mål 1: Förskolan har tillräckligt många behöriga förskollärare", s["h3"]))
    st.append(P("Mål 2: Stabil bemanning och erfarna medarbetare inom individ- och familjeomsorgen", s["h3"]))
    st.append(
        P("Mål 3: Vård- och omsorgspersonalen har rätt kompetens och goda kunskaper i svenska", s["h3"])
    )
    st.append(P("Mål 4: Hållbart ledarskap, en god start och ett gott avslut", s["h3"]))
    st.append(
        P(
            "Aktiviteter som kräver särskilda medel prövas i budgetarbetet. För 2025 har 1,1 miljoner kronor avsatts för studier till förskollärare och undersköterska.",
            s["body"],
        )
    )
    st.append(NextPageTemplate("land"))
    st.append(PageBreak())
    # ---- landscape pages: goal tables

    def goal_table(goals):
        hdr = ["Nr", "Aktivitet", "UBARA", "Tidplan", "Ansvarig", "Mått"]
        rows = [[P(h, s["cellb"]) for h in hdr]]
        ts = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for gnr, goal, acts in goals:
            r = len(rows)
            rows.append([P(f"Mål {gnr}: {goal}", s["cellw"]), "", "", "", "", ""])
            ts += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), RK_ACCENT)]
            for k, (nr, act, area, td, resp, fu) in enumerate(acts):
                r = len(rows)
                rows.append(
                    [
                        P(nr, s["cell"]),
                        P(act, s["cell"]),
                        P(area, s["cell"]),
                        P(td, s["cell"]),
                        P(resp, s["cell"]),
                        P(fu, s["cell"]),
                    ]
                )
                if k % 2 == 0:
                    ts.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F5EEF1")))
        t = Table(rows, colWidths=[12 * mm, 84 * mm, 38 * mm, 24 * mm, 50 * mm, 53 * mm], repeatRows=1)
        t.setStyle(TableStyle(ts))
        return t

    st.append(P("7 Mål och aktiviteter – mål 1 och 2", s["h2"]))
    st.append(goal_table(RK_GOALS[:2]))
    st.append(PageBreak())
    st.append(P("7 Mål och aktiviteter – mål 3", s["h2"]))
    st.append(goal_table(RK_GOALS[2:]))
    st.append(Spacer(1, 6 * mm))
    st.append(
        P(
            "Aktiviteterna inom mål 3 samordnas med stadens äldreomsorgslyft. Den som deltar i utbildning till undersköterska behåller sin lön under studietiden, och utbildningen ska vara avslutad senast den 30 juni 2026.",
            s["body"],
        )
    )
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # ---- portrait: goal 4 as list
    gnr, goal, acts = RK_GOAL4
    st.append(P(f"Mål {gnr}: {goal}", s["h2"]))
    st.append(
        P(
            "Målet gäller hela förvaltningen och samlar insatser för chefer, nyanställda och medarbetare som slutar.",
            s["body"],
        )
    )
    for nr, act, area, td, resp, fu in acts:
        st.append(RP(f"<b>{nr}</b>&nbsp;&nbsp;{esc(act)} <i>({area})</i>", s["item"]))
        st.append(P(f"Ansvar: {resp} | Klart: {td} | Uppföljning: {fu}", s["label"]))
    st.append(P("8 Uppföljning", s["h1"]))
    st.append(
        P(
            "Planen följs upp i tertialrapporterna och i verksamhetsberättelsen. Varje avdelning redovisar status för sina aktiviteter till förvaltningsledningen senast den 15 januari varje år, och HR-avdelningen sammanställer nyckeltalen per verksamhetsområde. Planen revideras inför 2026 och 2027 utifrån resultatet av uppföljningen och stadens budget.",
            s["body"],
        )
    )
    st.append(P("Frågor om planen besvaras av HR-chefen, Avdelningen för HR och kommunikation.", s["body"]))
    return st


def rk_doc(target, total):
    d = Doc(
        target,
        total,
        {
            "title": "Kompetensförsörjningsplan 2025–2027",
            "author": "Rinkeby-Kista stadsdelsförvaltning",
            "subject": "Kompetensförsörjning",
        },
    )
    W, H = A4
    LW, LH = landscape(A4)

    def furniture(c, doc, first=False):
        pw, ph = c._pagesize
        c.saveState()
        if first:
            c.setFillColor(RK_ACCENT)
            c.setFont("DV-B", 11)
            c.drawString(20 * mm, ph - 18 * mm, "Stockholms stad")
            c.setFillColor(colors.black)
            c.setFont("DV", 9)
            c.drawString(20 * mm, ph - 23 * mm, "Rinkeby-Kista stadsdelsförvaltning")
            c.drawString(20 * mm, ph - 27.5 * mm, "Avdelningen för HR och kommunikation")
            c.drawRightString(pw - 20 * mm, ph - 18 * mm, "Dnr RK 2024/0871")
            c.drawRightString(pw - 20 * mm, ph - 23 * mm, "Tjänsteutlåtande, bilaga 2")
        else:
            c.setFont("DV", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, ph - 13 * mm, "Rinkeby-Kista stadsdelsförvaltning")
            c.drawRightString(pw - 20 * mm, ph - 13 * mm, "Kompetensförsörjningsplan 2025–2027")
            c.setStrokeColor(RK_ACCENT)
            c.setLineWidth(0.6)
            c.line(20 * mm, ph - 15 * mm, pw - 20 * mm, ph - 15 * mm)
        c.setFont("DV", 7.5)
        c.setFillColor(colors.black)
        c.drawRightString(pw - 20 * mm, 11 * mm, f"Sida {doc.page} ({doc.total_pages})")
        c.restoreState()

    first = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 58 * mm, id="f1")
    one = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="o")
    gap = 8 * mm
    cw = (W - 40 * mm - gap) / 2
    two = [
        Frame(20 * mm, 20 * mm, cw, H - 42 * mm, id="l"),
        Frame(20 * mm + cw + gap, 20 * mm, cw, H - 42 * mm, id="r"),
    ]
    land = Frame(18 * mm, 18 * mm, LW - 36 * mm, LH - 38 * mm, id="land")
    d.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=lambda c, dd: furniture(c, dd, True), pagesize=A4),
            PageTemplate("two", two, onPage=furniture, pagesize=A4),
            PageTemplate("one", [one], onPage=furniture, pagesize=A4),
            PageTemplate("land", [land], onPage=furniture, pagesize=landscape(A4)),
        ]
    )
    return d


# =========================================================================== PLAN 2
# Idrottsförvaltningen, Stockholms stad: 2025 and 2026
IF_ADMIN = "Idrottsförvaltningen, Stockholms stad"
IF_ACCENT = colors.HexColor("#0B5E7A")
IF25 = "idrottsforvaltningen-kfp-2025.pdf"
IF26 = "idrottsforvaltningen-kfp-2026.pdf"

IF_YEARS = [  # år, tillsvidare, visstid, timavlönade, omsättning, sjukfrånvaro
    (2022, 512, 58, 1146, 9.1, 6.2),
    (2023, 524, 61, 1203, 8.4, 6.6),
    (2024, 531, 55, 1187, 7.9, 6.1),
]
IF_UNITS25 = [  # avdelning, tillsvidare, kvinnor, män, sjukfrånvaro
    ("Badavdelningen", 168, 91, 77, 7.4),
    ("Anläggningsavdelningen", 214, 52, 162, 6.3),
    ("Idrotts- och föreningsavdelningen", 63, 37, 26, 4.1),
    ("Avdelningen för fastighetsutveckling", 41, 15, 26, 3.2),
    ("Stab och ledning", 45, 33, 12, 4.9),
    ("Totalt", 531, 228, 303, 6.1),
]
IF_UNITS26 = [  # avdelning, tillsvidare, omsättning, sjukfrånvaro
    ("Badavdelningen", 171, 9.8, 7.0),
    ("Anläggningsavdelningen", 221, 6.1, 6.2),
    ("Idrotts- och föreningsavdelningen", 66, 5.2, 3.9),
    ("Avdelningen för fastighetsutveckling", 44, 4.6, 2.8),
    ("Stab och ledning", 44, 7.0, 4.4),
    ("Hela förvaltningen", 546, 7.2, 5.8),
]
IF_GAPS25 = [
    ("Drift och teknik", "Drifttekniker med kunskap om kyl- och ismaskinteknik"),
    ("Drift och teknik", "Behörig elkompetens för anläggningarnas tekniska system"),
    ("Badverksamhet", "Badvärdar med giltigt livräddningsprov inför sommarsäsongen"),
    ("Badverksamhet", "Simlärare till skolsimmet i årskurs 1–3"),
    ("Ledning och styrning", "Projektledare för investeringsprojekt i nya idrottsanläggningar"),
    ("Ledning och styrning", "Arbetsledare med vana att leda stora grupper av timavlönade"),
    ("Ledning och styrning", "Kompetens inom upphandling och avtalsuppföljning"),
]
IF_GAPS26 = [
    ("Drift och teknik", "Drifttekniker med kunskap om kyl- och ismaskinteknik"),
    ("Drift och teknik", "Energieffektivisering och hållbar fastighetsdrift i äldre anläggningar"),
    ("Badverksamhet", "Simlärare till skolsimmet i årskurs 1–3"),
    ("Badverksamhet", "Badvärdar som kan arbeta året runt i de nya simhallarna"),
    ("Ledning och styrning", "Projektledare för investeringsprojekt i nya idrottsanläggningar"),
    ("Ledning och styrning", "Analys av bokningsstatistik och uppföljning av föreningsbidrag"),
]
# (nr, area, åtgärd, varför, ansvar, klart, mått)
IF_ACTS25 = [
    (
        1,
        "Utveckla",
        "Certifieringsutbildning i kyl- och ismaskinteknik för drifttekniker i ishallarna",
        "Få tekniker kan i dag sköta ismaskinerna självständigt",
        "Anläggningschef",
        "Q4 2025",
        "Antal certifierade drifttekniker",
    ),
    (
        2,
        "Utveckla",
        "Intern ledarskola för arbetsledare och samordnare på baden",
        "Arbetsledarna leder stora grupper av timavlönade utan stöd",
        "HR-enheten",
        "VT 2025",
        "Genomförd utbildning och utvärdering",
    ),
    (
        3,
        "Utveckla",
        "Digital grundkurs i det nya bokningssystemet för alla föreningshandläggare",
        "Nytt bokningssystem införs under våren",
        "Avdelningschef idrott och förening",
        "2025-05-31",
        "Andel handläggare som gått kursen",
    ),
    (
        4,
        "Behålla",
        "Erbjuda återkommande säsongsanställda badvärdar tillsvidareanställning med årsarbetstid",
        "Minska beroendet av timavlönade och behålla erfarna badvärdar",
        "Badchef",
        "HT 2025",
        "Antal konverterade anställningar",
    ),
    (
        5,
        "Behålla",
        "Höja friskvårdsbidraget till 3 000 kronor per år",
        "Stärka arbetsgivarerbjudandet och hälsan",
        "Förvaltningsledningen",
        "2025-01-01",
        "Andel som nyttjar bidraget",
    ),
    (
        6,
        "Behålla",
        "Lönekartläggning av tekniska yrken jämfört med marknaden",
        "Drifttekniker och elektriker lämnar för högre löner",
        "HR-enheten och anläggningschef",
        "Q2 2025",
        "Genomförd kartläggning",
    ),
    (
        7,
        "Attrahera",
        "Kampanjen Jobba på badet i sociala medier och på gymnasieskolor",
        "Säkra sökande till sommarsäsongen",
        "Kommunikationsenheten",
        "2025-03-31",
        "Antal sökande per tjänst",
    ),
    (
        8,
        "Attrahera",
        "APL-platser för elever på el- och energiprogrammet",
        "Bygga en rekryteringsbas för tekniska yrken",
        "Anläggningschef",
        "Löpande",
        "Antal APL-elever",
    ),
    (
        9,
        "Rekrytera",
        "Gemensam rekryteringsdag för säsongspersonal med livräddningstest på plats",
        "Korta tiden från ansökan till anställning",
        "Badchef med stöd av HR-enheten",
        "2025-04-30",
        "Tid till anställning",
    ),
    (
        10,
        "Rekrytera",
        "Kompetensbaserade kravprofiler för alla tekniska tjänster",
        "Tydligare krav ger bättre matchning",
        "HR-enheten",
        "Q3 2025",
        "Antal framtagna kravprofiler",
    ),
    (
        11,
        "Introducera",
        "Digital introduktion och livräddningsutbildning innan första arbetspasset för nya badvärdar",
        "Säkerhet och trygghet från första dagen",
        "Badchef",
        "2025-05-31",
        "Andel nyanställda som genomfört introduktionen",
    ),
    (
        12,
        "Introducera",
        "Fadder under sex månader för nyanställda drifttekniker",
        "Tekniken i varje anläggning är unik",
        "Driftledare",
        "Löpande",
        "Andel nyanställda med fadder",
    ),
    (
        13,
        "Avsluta",
        "Avslutssamtal och digital avgångsenkät för alla tillsvidareanställda som slutar",
        "Förstå varför medarbetare slutar",
        "Närmaste chef",
        "Löpande",
        "Svarsfrekvens på avgångsenkäten",
    ),
    (
        14,
        "Avsluta",
        "Överlämningsplan för nyckelpersoner som går i pension inom två år",
        "Säkra kunskap om anläggningarnas teknik",
        "Avdelningschefer",
        "2025-12-31",
        "Antal överlämningsplaner",
    ),
]
# follow-up of 2025 activities in the 2026 plan: (nr, aktivitet as written, område, status, kommentar)
IF_FOLLOW = [
    (
        1,
        "Certifiering i kyl- och ismaskinteknik",
        "Utveckla",
        "Pågår",
        "Sex av tio drifttekniker certifierade, resterande under våren 2026.",
    ),
    (
        2,
        "Ledarskola för arbetsledare på baden",
        "Utveckla",
        "Genomförd",
        "Två omgångar med totalt 24 deltagare.",
    ),
    (
        3,
        "Grundkurs i bokningssystemet",
        "Utveckla",
        "Genomförd",
        "Samtliga föreningshandläggare har gått kursen.",
    ),
    (
        4,
        "Tillsvidareanställning för återkommande badvärdar",
        "Behålla",
        "Pågår",
        "Elva anställningar konverterade, fortsätter i de nya simhallarna.",
    ),
    (5, "Höjt friskvårdsbidrag", "Behålla", "Genomförd", "Infört från årsskiftet."),
    (6, "Lönekartläggning tekniska yrken", "Behålla", "Genomförd", "Resultatet användes i lönerevisionen."),
    (
        7,
        "Kampanjen Jobba på badet",
        "Attrahera",
        "Genomförd",
        "Fler sökande än 2024, främst via sociala medier.",
    ),
    (
        8,
        "APL-platser el- och energiprogrammet",
        "Attrahera",
        "Pågår",
        "Avtal med två gymnasieskolor, fyra elever under hösten.",
    ),
    (
        9,
        "Rekryteringsdag för säsongspersonal",
        "Rekrytera",
        "Genomförd",
        "Genomförd i april med cirka 300 besökare.",
    ),
    (
        10,
        "Kompetensbaserade kravprofiler",
        "Rekrytera",
        "Ej påbörjad",
        "Flyttas till 2026 på grund av vakans på HR-enheten.",
    ),
    (
        11,
        "Digital introduktion för nya badvärdar",
        "Introducera",
        "Genomförd",
        "Används nu även för simlärare.",
    ),
    (
        12,
        "Fadder för nyanställda drifttekniker",
        "Introducera",
        "Pågår",
        "Faddrar utsedda på sju av nio anläggningar.",
    ),
    (13, "Avslutssamtal och avgångsenkät", "Avsluta", "Pågår", "Svarsfrekvensen är fortfarande låg."),
    (
        14,
        "Överlämningsplaner vid pensionsavgång",
        "Avsluta",
        "Ej påbörjad",
        "Ingår i ny rutin för successionsplanering, se aktivitet 13.",
    ),
]
IF_ACTS26 = [
    (
        1,
        "Utveckla",
        "Slutföra certifieringen i kyl- och ismaskinteknik för återstående drifttekniker",
        "Alla ishallar ska ha certifierad personal på varje skift",
        "Anläggningschef",
        "Q2 2026",
        "Andel certifierade drifttekniker",
    ),
    (
        2,
        "Utveckla",
        "Utbildning i energieffektiv drift och styr- och reglerteknik",
        "Stadens klimatmål kräver lägre energianvändning i anläggningarna",
        "Avdelningschef fastighetsutveckling",
        "HT 2026",
        "Antal utbildade och energianvändning per anläggning",
    ),
    (
        3,
        "Utveckla",
        "Kurs i dataanalys och Power BI för föreningshandläggare och controllers",
        "Bättre uppföljning av bokningar och föreningsbidrag",
        "Controllerenheten",
        "Q3 2026",
        "Antal deltagare",
    ),
    (
        4,
        "Behålla",
        "Fortsatt konvertering av säsongsanställningar till tillsvidareanställningar med årsarbetstid i de nya simhallarna",
        "Simhallarna i Hagastaden och Skarpnäck öppnar och behöver personal året runt",
        "Badchef",
        "2026-09-30",
        "Antal konverterade anställningar",
    ),
    (
        5,
        "Behålla",
        "Karriärtrappa för drifttekniker med tre steg och tydliga lönekriterier",
        "Tekniker lämnar för högre löner hos privata fastighetsbolag",
        "HR-enheten och anläggningschef",
        "2026-04-01",
        "Personalomsättning bland drifttekniker",
    ),
    (
        6,
        "Behålla",
        "Friskvårdstimme för medarbetare i fysiskt tunga arbeten",
        "Hög sjukfrånvaro på badavdelningen",
        "Förvaltningsledningen",
        "Q1 2026",
        "Sjukfrånvaro badavdelningen",
    ),
    (
        7,
        "Attrahera",
        "Arbetsgivarfilm och karriärsida om tekniska yrken inom idrottsförvaltningen",
        "Få känner till att förvaltningen anställer tekniker",
        "Kommunikationsenheten",
        "Q2 2026",
        "Antal besök och sökande",
    ),
    (
        8,
        "Attrahera",
        "Utöka APL-samarbetet till fyra gymnasieskolor",
        "Bredare rekryteringsbas för tekniska yrken",
        "Anläggningschef",
        "HT 2026",
        "Antal APL-elever",
    ),
    (
        9,
        "Rekrytera",
        "Kompetensbaserade kravprofiler för alla tekniska tjänster",
        "Flyttad från 2025 års plan",
        "HR-enheten",
        "2026-06-30",
        "Antal framtagna kravprofiler",
    ),
    (
        10,
        "Rekrytera",
        "Upphandla rekryteringsstöd för chefs- och specialisttjänster",
        "Långa rekryteringstider för projektledare",
        "HR-chef",
        "Q1 2026",
        "Tid till tillsättning",
    ),
    (
        11,
        "Introducera",
        "Gemensam introduktionsvecka för personal i de nya simhallarna",
        "Två nya anläggningar startar samtidigt",
        "Badchef med stöd av HR-enheten",
        "2026-08-31",
        "Andel nyanställda som deltagit",
    ),
    (
        12,
        "Introducera",
        "Fadder för samtliga nyanställda drifttekniker på alla anläggningar",
        "Faddrar saknas på två anläggningar",
        "Driftledare",
        "Löpande",
        "Andel nyanställda med fadder",
    ),
    (
        13,
        "Avsluta",
        "Rutin för successionsplanering med överlämningsplaner för nyckelroller",
        "Flera nyckelpersoner går i pension inom tre år",
        "Avdelningschefer och HR-enheten",
        "2026-12-31",
        "Antal nyckelroller med plan",
    ),
    (
        14,
        "Avsluta",
        "Påminnelser och uppföljning av avgångsenkäten så att svarsfrekvensen ökar",
        "Svarsfrekvensen var låg 2025",
        "HR-enheten",
        "Löpande",
        "Svarsfrekvens på avgångsenkäten",
    ),
]


def if_doc(year):
    def make(target, total):
        d = Doc(
            target,
            total,
            {
                "title": f"Kompetensförsörjningsplan {year}",
                "author": "Idrottsförvaltningen, HR-enheten",
                "subject": "Kompetensförsörjningsplan",
            },
        )
        W, H = A4

        def cover(c, doc):
            c.saveState()
            c.setFillColor(IF_ACCENT)
            c.rect(0, 0, 14 * mm, H, stroke=0, fill=1)
            c.setFont("DV-B", 12)
            c.drawString(26 * mm, H - 25 * mm, "Stockholms stad")
            c.setFillColor(colors.black)
            c.setFont("DV", 10)
            c.drawString(26 * mm, H - 31 * mm, "Idrottsförvaltningen")
            c.restoreState()

        def body(c, doc):
            c.saveState()
            c.setFillColor(IF_ACCENT)
            c.rect(0, H - 20 * mm, 6 * mm, 20 * mm, stroke=0, fill=1)
            c.setFont("DV", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(26 * mm, 12 * mm, f"Idrottsförvaltningen | Kompetensförsörjningsplan {year}")
            c.drawRightString(W - 20 * mm, 12 * mm, f"Sida {doc.page}/{doc.total_pages}")
            c.setStrokeColor(IF_ACCENT)
            c.setLineWidth(0.4)
            c.line(26 * mm, 16 * mm, W - 20 * mm, 16 * mm)
            c.restoreState()

        fr = Frame(26 * mm, 20 * mm, W - 46 * mm, H - 40 * mm, id="b")
        d.addPageTemplates(
            [PageTemplate("cover", [fr], onPage=cover), PageTemplate("body", [fr], onPage=body)]
        )
        return d

    return make


def if_cards(s, acts):
    """Activity cards, two per row."""
    cards = []
    for nr, area, act, why, resp, td, fu in acts:
        rows = [
            [P(f"Aktivitet {nr} · {area}", s["cellw"]), ""],
            [P("Åtgärd", s["cellb"]), P(act, s["cell"])],
            [P("Varför", s["cellb"]), P(why, s["cell"])],
            [P("Ansvar", s["cellb"]), P(resp, s["cell"])],
            [P("Klart", s["cellb"]), P(td, s["cell"])],
            [P("Mått", s["cellb"]), P(fu, s["cell"])],
        ]
        t = Table(rows, colWidths=[16 * mm, 57 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (1, 0), IF_ACCENT),
                    ("BOX", (0, 0), (-1, -1), 0.5, IF_ACCENT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        cards.append(t)
    grid = []
    for i in range(0, len(cards), 2):
        grid.append([cards[i], cards[i + 1] if i + 1 < len(cards) else ""])
    g = Table(grid, colWidths=[80 * mm, 80 * mm])
    g.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    g.hAlign = "LEFT"
    return g


def if_cover(s, year, dnr, extra):
    st = [
        Spacer(1, 55 * mm),
        P(f"Kompetensförsörjningsplan {year}", s["title"]),
        P("Idrottsförvaltningen", s["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    for line in extra:
        st.append(P(line, s["body"]))
    st.append(Spacer(1, 30 * mm))
    st.append(P(f"Diarienummer {dnr}", s["body"]))
    st.append(P("Framtagen av HR-enheten, Staben", s["body"]))
    st.append(NextPageTemplate("body"))
    st.append(PageBreak())
    return st


def if25_story():
    s = styles(IF_ACCENT)
    st = if_cover(
        s,
        2025,
        "IDF 2024/1187",
        ["Bilaga 4 till verksamhetsplan 2025", "Behandlad i idrottsnämnden den 10 december 2024"],
    )
    st.append(P("Inledning", s["h1"]))
    st.append(
        P(
            "Idrottsförvaltningen ansvarar för stadens idrottsanläggningar, bad och ishallar och för stödet till idrottsföreningarna. Varje år besöker miljontals stockholmare våra simhallar, friluftsbad, bollplaner och ishallar. För att verksamheten ska fungera krävs medarbetare med mycket olika kompetenser: badvärdar och simlärare, drifttekniker och elektriker, föreningshandläggare, projektledare och chefer.",
            s["body"],
        )
    )
    st.append(
        P(
            "Kompetensförsörjningsplanen för 2025 är ettårig och hör till verksamhetsplanen. Den beskriver nuläget, de kompetensgap vi ser och de aktiviteter som ska genomföras under året. Aktiviteterna följer stadens modell med områdena Utveckla, Behålla, Attrahera, Rekrytera, Introducera och Avsluta.",
            s["body"],
        )
    )
    st.append(P("Så har planen tagits fram", s["h2"]))
    st.append(
        P(
            "Avdelningscheferna har under september och oktober 2024 gått igenom behoven i sina verksamheter tillsammans med HR-enheten. Resultatet har diskuterats i förvaltningsgruppen med de fackliga organisationerna den 19 november 2024. Personalstatistiken är hämtad ur stadens personalsystem och avser helåret 2024 om inget annat anges; för december har prognos använts.",
            s["body"],
        )
    )
    st.append(P("Verksamhetens förutsättningar", s["h2"]))
    st.append(
        P(
            "Under 2025 och 2026 öppnar två nya simhallar, i Hagastaden och i Skarpnäck, samtidigt som flera äldre anläggningar renoveras. Det innebär ett ökat behov av både badpersonal och tekniker. Sommarsäsongen på friluftsbaden pågår normalt från den 1 juni till den 31 augusti, och under den perioden arbetar huvuddelen av förvaltningens timavlönade. Badvärdar måste ha fyllt 18 år och ha genomfört livräddningsprov under innevarande år, medan simlärare kan anställas från 16 års ålder.",
            s["body"],
        )
    )
    st.append(
        P(
            "Stadens budget för 2025 innebär ett effektiviseringskrav på förvaltningen. Satsningar på kompetens ska därför prioriteras där risken för verksamheten är störst, främst inom drift och teknik och inom badverksamheten.",
            s["body"],
        )
    )
    st.append(PageBreak())
    st.append(P("Nuläge", s["h1"]))
    st.append(P("Personalstatistik 2022–2024", s["h2"]))
    hdr = [
        "År",
        "Tillsvidare­anställda",
        "Visstidsanställda (månadsavlönade)",
        "Timavlönade",
        "Personal­omsättning, %",
        "Sjukfrånvaro, %",
    ]
    rows = [[P(hdr[0], s["cellb"])] + [P(h, s["cellbr"]) for h in hdr[1:]]]
    for yr, tv, vi, tim, om, sj in IF_YEARS:
        rows.append([P(str(yr), s["cell"])] + [P(num(v), s["cellr"]) for v in (tv, vi, tim, om, sj)])
    t = Table(rows, colWidths=[16 * mm, 28 * mm, 36 * mm, 26 * mm, 28 * mm, 26 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, IF_ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, IF_ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, IF_ACCENT),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(
        P(
            "Antal anställda avser december respektive år. Timavlönade avser antal personer som fått timlön under året.",
            s["caption"],
        )
    )
    st.append(
        P(
            "Av de 531 tillsvidareanställda är 43 procent kvinnor och 57 procent män. Medelåldern bland de tillsvidareanställda är 46,9 år. Andelen kvinnor är högst på badavdelningen och i staben, medan anläggningsavdelningen är starkt mansdominerad.",
            s["body"],
        )
    )
    st.append(
        P(
            "Sjukfrånvaron sjönk något under 2024. Den korta frånvaron dominerar: korttidssjukfrånvaron (dag 1–14) var 2,4 procent, medan sjukfrånvaro längre än 59 dagar stod för 2,1 procent av den tillgängliga arbetstiden. Förvaltningens mål är en total sjukfrånvaro under 5,5 procent.",
            s["body"],
        )
    )
    st.append(
        P(
            "I medarbetarenkäten 2024 fick förvaltningen ett AMI på 79. Under 2024 rekryterades 63 tillsvidareanställda, och 56 tillsvidareanställda slutade, varav 14 gick i pension. De flesta rekryteringar gällde drifttekniker och badvärdar.",
            s["body"],
        )
    )
    st.append(P("Tillsvidareanställda per avdelning", s["h2"]))
    hdr = ["Avdelning", "Tillsvidare", "Kvinnor", "Män", "Sjukfrånvaro, %"]
    rows = [[P(hdr[0], s["cellb"])] + [P(h, s["cellbr"]) for h in hdr[1:]]]
    for unit, tv, k, m_, sj in IF_UNITS25:
        b = unit == "Totalt"
        rows.append(
            [P(unit, s["cellb"] if b else s["cell"])]
            + [P(num(v), s["cellbr"] if b else s["cellr"]) for v in (tv, k, m_, sj)]
        )
    t = Table(rows, colWidths=[66 * mm, 24 * mm, 22 * mm, 22 * mm, 28 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, IF_ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, IF_ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, IF_ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, IF_ACCENT),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(
        P("Mätdatum 31 december 2024 (prognos). Sjukfrånvaron avser januari–november 2024.", s["caption"])
    )
    st.append(PageBreak())
    st.append(P("Analys", s["h1"]))
    st.append(
        P(
            "Förvaltningens största risk är bristen på tekniker. Drifttekniker med kunskap om kylanläggningar och ismaskiner är få på arbetsmarknaden, och privata fastighetsbolag betalar ofta högre löner. Flera av våra mest erfarna tekniker går i pension de närmaste åren; var sjätte tillsvidareanställd på anläggningsavdelningen är 62 år eller äldre. Medarbetare har rätt att stanna kvar till 69 år, men få gör det i de fysiskt krävande yrkena.",
            s["body"],
        )
    )
    st.append(
        P(
            "Badverksamheten är beroende av timavlönade under sommaren. Rekryteringen har fungerat, men tiden från ansökan till anställning är lång och många nya badvärdar hinner inte genomföra livräddningsprovet före säsongsstarten den 1 juni. Arbetsledarna på baden leder grupper på upp till 40 personer och efterfrågar stöd i ledarskapet.",
            s["body"],
        )
    )
    st.append(
        P(
            "De nya simhallarna och renoveringarna ställer krav på projektledning och upphandling. Förvaltningen har i dag för få projektledare med erfarenhet av större investeringsprojekt och är beroende av konsulter, vilket kostade drygt 6 miljoner kronor under 2024.",
            s["body"],
        )
    )
    st.append(P("Prioriterade kompetensgap 2025", s["h2"]))
    cur = None
    for theme, t in IF_GAPS25:
        if theme != cur:
            st.append(P(theme, s["h3"]))
            cur = theme
        st.append(RP("•&nbsp;&nbsp;" + esc(t), s["item"]))
    st.append(Spacer(1, 4 * mm))
    st.append(
        P(
            "Gapen har bedömts utifrån risk för verksamheten och hur svårt det är att rekrytera. Gapen inom drift och teknik bedöms som mest kritiska.",
            s["body"],
        )
    )
    st.append(PageBreak())
    st.append(P("Aktiviteter 2025", s["h1"]))
    st.append(
        P(
            "Aktiviteterna redovisas per område. Varje aktivitet har en ansvarig och ett mått som följs upp i tertialrapporterna. Numreringen används i nästa års uppföljning.",
            s["body"],
        )
    )
    st.append(if_cards(s, IF_ACTS25))
    st.append(P("Uppföljning", s["h1"]))
    st.append(
        P(
            "HR-enheten följer upp aktiviteterna i samband med tertialrapport 1 och 2 och i verksamhetsberättelsen för 2025. Status för varje aktivitet redovisas i 2026 års kompetensförsörjningsplan. Frågor om planen besvaras av HR-chefen på Staben.",
            s["body"],
        )
    )
    return st


def if26_story():
    s = styles(IF_ACCENT)
    st = if_cover(
        s,
        2026,
        "IDF 2025/1042",
        ["Bilaga 4 till verksamhetsplan 2026", "Behandlad i idrottsnämnden den 9 december 2025"],
    )
    st.append(P("Inledning", s["h1"]))
    st.append(
        P(
            "Det här är idrottsförvaltningens kompetensförsörjningsplan för 2026. Planen bygger vidare på planen för 2025 och redovisar hur det gått med förra årets aktiviteter. Strukturen är densamma: nuläge, analys och kompetensgap, uppföljning och nya aktiviteter enligt stadens modell Utveckla, Behålla, Attrahera, Rekrytera, Introducera och Avsluta.",
            s["body"],
        )
    )
    st.append(P("Vad har hänt sedan förra planen", s["h2"]))
    st.append(
        P(
            "Simhallen i Hagastaden öppnade i oktober 2025 och simhallen i Skarpnäck öppnar enligt plan den 24 augusti 2026. Förvaltningen har därmed fått ett större behov av personal som arbetar året runt, och flera säsongsanställda har fått tillsvidareanställning. Bokningssystemet infördes under våren 2025 och används nu av alla föreningar.",
            s["body"],
        )
    )
    st.append(
        P(
            "Bristen på livräddningsutbildade badvärdar, som var ett av de största gapen 2025, har minskat sedan introduktionen gjordes digital och provet lades in före första arbetspasset. Gapet har därför tagits bort ur årets lista. Däremot har behovet av kompetens inom energieffektiv drift vuxit, eftersom stadens klimatbudget ställer krav på att energianvändningen i anläggningarna ska minska med 15 procent till 2030.",
            s["body"],
        )
    )
    st.append(P("Underlag", s["h2"]))
    st.append(
        P(
            "Statistiken avser helåret 2025 och jämförs med 2024. Uppgifterna är hämtade ur stadens personalsystem den 14 januari 2026, medan medarbetarenkäten genomfördes i september 2025.",
            s["body"],
        )
    )
    st.append(PageBreak())
    st.append(P("Nuläge", s["h1"]))
    st.append(P("Nyckeltal 2024 och 2025", s["h2"]))
    KF = [
        ("Tillsvidareanställda", 531, 546),
        ("Visstidsanställda (månadsavlönade)", 55, 49),
        ("Timavlönade", 1187, 1122),
        ("Personalomsättning, %", 7.9, 7.2),
        ("Sjukfrånvaro totalt, %", 6.1, 5.8),
        ("Korttidssjukfrånvaro dag 1–14, %", 2.4, 2.2),
        ("AMI", 79, 81),
        ("Rekryteringar, tillsvidare", 63, 71),
        ("Avgångar, tillsvidare", 56, 58),
        ("Pensionsavgångar", 14, 17),
    ]
    rows = [[P("Nyckeltal", s["cellb"]), P("2024", s["cellbr"]), P("2025", s["cellbr"])]]
    for label, a_, b_ in KF:
        rows.append([P(label, s["cell"]), P(num(a_), s["cellr"]), P(num(b_), s["cellbr"])])
    t = Table(rows, colWidths=[70 * mm, 22 * mm, 22 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, IF_ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, IF_ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, IF_ACCENT),
                ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#E7F1F5")),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(
        P(
            "Värdena för 2024 är justerade mot det slutliga utfallet och kan skilja sig något från 2025 års plan.",
            s["caption"],
        )
    )
    st.append(
        P(
            "Antalet tillsvidareanställda har ökat, främst genom att säsongsanställda i badverksamheten fått tillsvidareanställning. Andelen kvinnor bland de tillsvidareanställda har ökat från 43 procent 2024 till 44 procent 2025 och medelåldern har sjunkit från 46,9 år till 46,4 år.",
            s["body"],
        )
    )
    st.append(
        P(
            "Sjukfrånvaron fortsätter att minska men ligger över målet på 5,5 procent. Långtidssjukfrånvaron (mer än 59 dagar) var 1,9 procent, jämfört med 2,1 procent året innan. Personalomsättningen har minskat totalt, men personalomsättningen bland drifttekniker var 14,8 procent och här har förvaltningen förlorat flera erfarna medarbetare till privata arbetsgivare.",
            s["body"],
        )
    )
    st.append(P("Per avdelning 2025", s["h2"]))
    hdr = ["Avdelning", "Tillsvidare", "Personalomsättning, %", "Sjukfrånvaro, %"]
    rows = [[P(hdr[0], s["cellb"])] + [P(h, s["cellbr"]) for h in hdr[1:]]]
    for unit, tv, om, sj in IF_UNITS26:
        b = unit == "Hela förvaltningen"
        rows.append(
            [P(unit, s["cellb"] if b else s["cell"])]
            + [P(num(v), s["cellbr"] if b else s["cellr"]) for v in (tv, om, sj)]
        )
    t = Table(rows, colWidths=[66 * mm, 24 * mm, 36 * mm, 28 * mm])
    t.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, IF_ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, IF_ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, IF_ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, IF_ACCENT),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(
        P(
            "Badavdelningen har haft högst personalomsättning, vilket delvis förklaras av att personal flyttat till den nya simhallen i Hagastaden, som organisatoriskt tillhör avdelningen från den 1 januari 2026.",
            s["caption"],
        )
    )
    st.append(PageBreak())
    st.append(P("Analys och kompetensgap", s["h1"]))
    st.append(
        P(
            "Tekniken är fortfarande förvaltningens mest sårbara område. Certifieringen i kyl- och ismaskinteknik har gett resultat, men samtidigt har flera certifierade tekniker sagt upp sig. Lönekartläggningen från 2025 visade att förvaltningens löner för drifttekniker ligger under marknaden, särskilt för medarbetare med mer än tio års erfarenhet. En karriärtrappa med tydliga lönekriterier införs därför under året.",
            s["body"],
        )
    )
    st.append(
        P(
            "När två nya simhallar är i drift behöver badverksamheten personal som arbetar året runt i stället för under sommaren. Förvaltningen ser också ett växande behov av att kunna analysera bokningsdata och följa upp föreningsbidragen, där kompetensen i dag är beroende av ett fåtal personer.",
            s["body"],
        )
    )
    st.append(P("Prioriterade kompetensgap 2026", s["h2"]))
    cur = None
    for theme, t in IF_GAPS26:
        if theme != cur:
            st.append(P(theme, s["h3"]))
            cur = theme
        st.append(RP("•&nbsp;&nbsp;" + esc(t), s["item"]))
    st.append(Spacer(1, 3 * mm))
    st.append(
        P(
            "Jämfört med 2025 har gapen om badvärdar med livräddningsprov, elkompetens, arbetsledare och upphandling tagits bort. Elkompetensen säkras genom ett nytt ramavtal och upphandlingsstödet genom Serviceförvaltningen.",
            s["body"],
        )
    )
    st.append(PageBreak())
    st.append(P("Uppföljning av aktiviteterna i 2025 års plan", s["h1"]))
    st.append(
        P(
            "Av de 14 aktiviteterna i 2025 års plan är sju genomförda, fem pågår och två har inte påbörjats. Aktiviteter som pågår eller inte påbörjats har förts över till årets plan där de fortfarande är relevanta.",
            s["body"],
        )
    )
    hdr = ["Nr", "Aktivitet", "Område", "Status", "Kommentar"]
    rows = [[P(h, s["cellb"]) for h in hdr]]
    for nr, act, area, status, comment in IF_FOLLOW:
        rows.append(
            [
                P(str(nr), s["cell"]),
                P(act, s["cell"]),
                P(area, s["cell"]),
                P(status, s["cellb"]),
                P(comment, s["cell"]),
            ]
        )
    t = Table(rows, colWidths=[9 * mm, 50 * mm, 22 * mm, 22 * mm, 61 * mm], repeatRows=1)
    ts = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, IF_ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, row in enumerate(IF_FOLLOW, start=1):
        col = {"Genomförd": "#2E7D32", "Pågår": "#B26A00", "Ej påbörjad": "#B00020"}[row[3]]
        ts.append(("TEXTCOLOR", (3, i), (3, i), colors.HexColor(col)))
    t.setStyle(TableStyle(ts))
    t.hAlign = "LEFT"
    st.append(t)
    st.append(PageBreak())
    st.append(P("Aktiviteter 2026", s["h1"]))
    st.append(
        P(
            "Årets aktiviteter redovisas per område i samma form som tidigare år. Aktiviteter som förts över från 2025 anges under Varför.",
            s["body"],
        )
    )
    st.append(if_cards(s, IF_ACTS26))
    st.append(P("Uppföljning", s["h1"]))
    st.append(
        P(
            "Aktiviteterna följs upp i tertialrapporterna och i verksamhetsberättelsen för 2026. Nyckeltalen i tabellen på sidan 3 redovisas på nytt i planen för 2027, då med helårsvärden för 2026.",
            s["body"],
        )
    )
    return st


PLANS = [
    (RK_FILE, rk_doc, rk_story),
    (IF25, if_doc(2025), if25_story),
    (IF26, if_doc(2026), if26_story),
]


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for fname, mk_doc, mk_story in PLANS:
        n = build_pdf(os.path.join(outdir, fname), mk_doc, mk_story)
        print(f"{fname}: {n} pages")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make_layouts.py OUTDIR")
    main(sys.argv[1])
