"""Three invented Stockholm plans, written blind in session 28 (writer o), into OUTDIR.

    python layouts_o.py OUTDIR           # plan files only (eval/layouts/unseen12/plans, with layouts_p.py)
    python layouts_o.py OUTDIR GOLDDIR   # also write gold/*.jsonl (ids OA/OF/OG)

Plans: exploateringskontoret_kfp_2025.pdf, exploateringskontoret_kfp_2026.pdf (reportlab) and
hagersten_alvsjo_kfp_2026-2028.docx (python-docx). The writer's make_layouts.py; its common_text.py (page
text of a PDF or DOCX, used only to find the page of each gold record) is layouts_o_text.py next to it.
Each gold record is collected by the code that places its text, so the gold code stays in. The gold in
eval/layouts/unseen12/gold is what GOLDDIR receives, with "writer": "o" added to every record.
Deterministic: invariant PDFs, fixed DOCX core properties and zip timestamps.
"""

import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # layouts_o_text.py sits next to this script
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from layouts_o_text import collapse, file_pages
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", f"{FONTDIR}/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", f"{FONTDIR}/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", f"{FONTDIR}/DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

BLUE = colors.HexColor("#1d3f6e")
LIGHT = colors.HexColor("#e8eef6")
GREY = colors.HexColor("#555555")
AREA_COL = {"U": "#2e7d32", "B": "#1565c0", "A": "#c62828", "R": "#ef6c00", "I": "#6a1b9a", "Av": "#546e7a"}
AREA_NAME = {
    "U": "Utveckla",
    "B": "Behålla",
    "A": "Attrahera",
    "R": "Rekrytera",
    "I": "Introducera",
    "Av": "Avsluta",
}
CANON = ["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]

sBody = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
sSmall = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=10, textColor=GREY, spaceAfter=8)
sH1 = ParagraphStyle(
    "h1", fontName="DVB", fontSize=15, leading=19, textColor=BLUE, spaceBefore=6, spaceAfter=8
)
sH2 = ParagraphStyle(
    "h2", fontName="DVB", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=8, spaceAfter=4
)
sH3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=2)
sBul = ParagraphStyle("bu", parent=sBody, leftIndent=14, bulletIndent=3, spaceAfter=2)
sCell = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10.2)
sCellB = ParagraphStyle("cb", fontName="DVB", fontSize=8, leading=10.2, textColor=colors.white)
sCellBk = ParagraphStyle("cbk", fontName="DVB", fontSize=8, leading=10.2)
sBox = ParagraphStyle("bx", fontName="DV", fontSize=9, leading=12.5, spaceAfter=3)
sTitle = ParagraphStyle("t", fontName="DVB", fontSize=24, leading=29, textColor=BLUE, spaceAfter=4)

MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "aug": 8,
    "augusti": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}


def last_day(y, m):
    d = datetime.date(y + (m == 12), (m % 12) + 1, 1) - datetime.timedelta(days=1)
    return d.isoformat()


def target_end(t):
    if not t:
        return None
    t = t.strip()
    m = re.fullmatch(r"(\d{4})\s*[–-]\s*(\d{4})", t)
    if m:
        return f"{m.group(2)}-12-31"
    if re.fullmatch(r"\d{4}", t):
        return f"{t}-12-31"
    m = re.fullmatch(r"Q([1-4]) (\d{4})", t)
    if m:
        return last_day(int(m.group(2)), int(m.group(1)) * 3)
    m = re.fullmatch(r"HT (\d{4})", t)
    if m:
        return f"{m.group(1)}-12-31"
    m = re.fullmatch(r"VT (\d{4})", t)
    if m:
        return f"{m.group(1)}-06-30"
    m = re.fullmatch(r"(?:[a-zåäö]+\s*(?:–|och)\s*)?([a-zåäö]+) (\d{4})", t)
    if m and m.group(1) in MONTHS:
        return last_day(int(m.group(2)), MONTHS[m.group(1)])
    return None


# unit names that themselves contain "och" are not split (judgement call, see README)
PROTECT = [
    "Avdelningen för socialpsykiatri och funktionsnedsättning",
    "Avdelningen för individ- och familjeomsorg",
    "Kansli och verksamhetsstöd",
    "Projektstyrning och ekonomi",
    "Stockholm Vatten och Avfall",
]


def split_resp(r):
    if not r:
        return []
    tmp = r
    for i, name in enumerate(PROTECT):
        tmp = tmp.replace(name, f"@{i}@")
    parts = re.split(r",|/| och | samt | med stöd av ", tmp)
    out = []
    for p in parts:
        p = p.strip()
        for i, name in enumerate(PROTECT):
            p = p.replace(f"@{i}@", name)
        if p:
            out.append(p)
    return out


def P(t, st=sBody):
    return Paragraph(t, st)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- gold collector
class Gold:
    def __init__(self, file, admin, period, layout):
        self.file, self.admin, self.period, self.layout = file, admin, period, layout
        self.acts, self.figs, self.gaps = [], [], []

    def act(self, table, code_or_area, goal, activity, tdate, resp, follow, anchor, areas=None):
        area = code_or_area
        if areas is None:
            if area is None:
                areas = []
            else:
                names = [AREA_NAME.get(a.strip(), a.strip()) for a in re.split(r"/| och ", area)]
                areas = [c for c in CANON if c in names]
        self.acts.append(
            dict(
                table=table,
                area=area,
                areas=areas,
                goal=goal,
                activity=activity,
                target_date=tdate,
                target_end=target_end(tdate),
                responsible=resp,
                responsible_list=split_resp(resp),
                followup=follow,
                _anchor=anchor,
            )
        )

    def fig(self, metric, value, unit, as_of, scope, quote, anchor, headline=None):
        if headline is None:
            headline = scope is None or scope in ("tillsvidareanställda", "visstidsanställda")
        self.figs.append(
            dict(
                metric=metric,
                value=value,
                unit=unit,
                as_of=as_of,
                scope=scope,
                headline=headline,
                quote=quote,
                _anchor=anchor,
            )
        )

    def gap(self, lst, theme, text, quote, anchor):
        self.gaps.append(dict(list=lst, theme=theme, text=text, quote=quote, _anchor=anchor))


def num(v):
    """Swedish number string -> float/int."""
    s = v.replace("\u00a0", "").replace(" ", "").replace(",", ".").replace("−", "-")
    f = float(s)
    return int(f) if re.fullmatch(r"-?\d+", s) else f


# ---------------------------------------------------------------- PDF house style: Exploateringskontoret
class ExplDoc:
    def __init__(self, path, year, dnr, date, total_pages=None):
        self.path, self.year, self.dnr, self.date = path, year, dnr, date
        self.total = total_pages

    def first(self, c, doc):
        c.saveState()
        W, H = A4
        c.setFillColor(BLUE)
        c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
        c.setFont("DVB", 15)
        c.setFillColor(BLUE)
        c.drawString(20 * mm, H - 24 * mm, "Stockholms stad")
        c.setFont("DV", 10)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, H - 30 * mm, "Exploateringskontoret")
        c.setFillColor(GREY)
        c.setFont("DV", 8.5)
        c.drawString(20 * mm, H - 35 * mm, "Avdelningen för verksamhetsstöd, HR-enheten")
        c.drawRightString(W - 20 * mm, H - 24 * mm, f"Dnr {self.dnr}")
        c.drawRightString(W - 20 * mm, H - 29 * mm, self.date)
        c.drawRightString(W - 20 * mm, H - 34 * mm, "Bilaga till verksamhetsplan %d" % self.year)
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.8)
        c.line(20 * mm, H - 39 * mm, W - 20 * mm, H - 39 * mm)
        self.footer(c, doc)
        c.restoreState()

    def later(self, c, doc):
        c.saveState()
        W, H = A4
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, H - 13 * mm, "Exploateringskontoret")
        c.drawRightString(W - 20 * mm, H - 13 * mm, f"Kompetensförsörjningsplan {self.year}")
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        self.footer(c, doc)
        c.restoreState()

    def footer(self, c, doc):
        W = A4[0]
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.3)
        c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        c.drawString(20 * mm, 10.5 * mm, f"Dnr {self.dnr}")
        c.drawRightString(W - 20 * mm, 10.5 * mm, f"Sida {doc.page} ({self.total or 0})")

    def build(self, story_fn):
        for _ in range(2):
            doc = BaseDocTemplate(
                self.path,
                pagesize=A4,
                invariant=1,
                title=f"Kompetensförsörjningsplan {self.year}",
                author="Exploateringskontoret",
                creator="Exploateringskontoret",
                subject="",
            )
            W, H = A4
            f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 63 * mm, id="f1", leftPadding=0, rightPadding=0)
            f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2", leftPadding=0, rightPadding=0)
            doc.addPageTemplates(
                [
                    PageTemplate("first", [f1], onPage=self.first, autoNextPageTemplate="later"),
                    PageTemplate("later", [f2], onPage=self.later),
                ]
            )
            doc.build(story_fn())
            n = doc.page
            if self.total == n:
                break
            self.total = n


def visste_box(sentences):
    rows = [[P("<b>Visste du att …</b>", ParagraphStyle("vh", parent=sBox, textColor=BLUE, fontSize=10))]]
    rows += [[P("… " + s, sBox)] for s in sentences]
    t = Table(rows, colWidths=[170 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE),
            ]
        )
    )
    return t


def hrule_table(header, rows, widths, align_right_from=1, bold_first=False):
    data = [[P(h, sCellBk) for h in header]] + [[P(c, sCell) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    st = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.9, BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for i in range(2, len(data), 2):
        st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f3f5f8")))
    t.setStyle(TableStyle(st))
    return t


def fig_rows(g, rows, years, metrics, anchor, scope_from_label=None):
    """rows: list of cell lists; metrics: dict row index -> (metric, unit, scope)."""
    for i, r in enumerate(rows):
        if i not in metrics:
            continue
        metric, unit, scope = metrics[i]
        quote = " ".join(r)
        for j, y in enumerate(years):
            g.fig(
                metric,
                num(r[1 + j]),
                unit,
                y,
                scope,
                quote,
                anchor,
                headline=(scope is None or scope in ("tillsvidareanställda", "visstidsanställda")),
            )


def activity_table(g, acts, anchor, with_followup=False):
    """Exploateringskontoret activity table: Nr | Vad vi ska göra | Varför | Period | Ansvar | Omr. (coloured code)"""
    hdr = ["Nr", "Vad vi ska göra", "Varför", "Period", "Ansvar", "Omr."]
    data = [[P(h, sCellB) for h in hdr]]
    for i, (code, goal, act, per, resp) in enumerate(acts, 1):
        data.append(
            [
                P(str(i), sCell),
                P(esc(act), sCell),
                P(esc(goal), sCell),
                P(per, sCell),
                P(esc(resp), sCell),
                P(
                    f'<font color="{AREA_COL[code]}"><b>{code}</b></font>',
                    ParagraphStyle("ac", parent=sCell, alignment=1),
                ),
            ]
        )
        g.act("plan", code, goal, act, per, resp, None, anchor)
    t = Table(data, colWidths=[8 * mm, 50 * mm, 39 * mm, 22 * mm, 39 * mm, 12 * mm], repeatRows=1)
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b0bccb")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, (code, *_r) in enumerate(acts, 1):
        st.append(("BACKGROUND", (5, i), (5, i), colors.HexColor("#f1f1f1")))
    t.setStyle(TableStyle(st))
    return t


LEGEND = (
    'Områdeskod (stadens modell för kompetensförsörjning): <font color="#2e7d32"><b>U</b></font> = Utveckla, '
    '<font color="#1565c0"><b>B</b></font> = Behålla, <font color="#c62828"><b>A</b></font> = Attrahera, '
    '<font color="#ef6c00"><b>R</b></font> = Rekrytera, <font color="#6a1b9a"><b>I</b></font> = Introducera, '
    '<font color="#546e7a"><b>Av</b></font> = Avsluta.'
)

# ---------------------------------------------------------------- PLAN 1: Exploateringskontoret 2025
EXPL25_ACTS = [
    (
        "U",
        "Fler medarbetare behöver kunna leda förhandlingar i markanvisningar och exploateringsavtal",
        "Förhandlingsutbildning i två steg för projektledare och markingenjörer",
        "mars–maj 2025",
        "HR-enheten och Markavdelningen",
    ),
    (
        "U",
        "Klimatanpassning och dagvatten ska hanteras tidigt i projekten",
        "Seminarieserie om skyfallsplanering tillsammans med Stockholm Vatten och Avfall",
        "sep–nov 2025",
        "Avdelningen för stadsutveckling Söderort",
    ),
    (
        "U",
        "Nya chefer behöver stöd i arbetsgivarrollen",
        "Chefer med mindre än två års erfarenhet går stadens ledarprogram för nya chefer",
        "jan–dec 2025",
        "Kontorsledningen / HR-enheten",
    ),
    (
        "B",
        "Behålla erfarna projektledare och exploateringsingenjörer",
        "Karriärsamtal med möjlighet till ett specialistspår för exploateringsingenjörer",
        "feb–apr 2025",
        "Avdelningscheferna",
    ),
    (
        "B",
        "Lönestrukturen för bristyrken ska vara konkurrenskraftig",
        "Riktad lönesatsning på markingenjörer och exploateringsingenjörer i löneöversynen 2025",
        "mars–april 2025",
        "HR-enheten samt Projektstyrning och ekonomi",
    ),
    (
        "B",
        "Sänka korttidssjukfrånvaron",
        "Upprepad korttidsfrånvaro (sex tillfällen på tolv månader) följs upp med ett hälsosamtal",
        "Löpande",
        "Närmaste chef med stöd av HR-enheten",
    ),
    (
        "A",
        "Synas för studenter inom samhällsbyggnad",
        "Medverka på arbetsmarknadsdagar på KTH och Lunds tekniska högskola",
        "okt–nov 2025",
        "HR-enheten / Kommunikationsenheten",
    ),
    (
        "A",
        "Bygga relationer med framtida medarbetare",
        "Ta emot fyra sommarpraktikanter och två examensarbetare",
        "juni–aug 2025",
        "Avdelningscheferna",
    ),
    (
        "R",
        "Kortare tid från behov till anställning",
        "Kompetensbaserade annonsmallar och gemensamma intervjufrågor för exploateringsingenjörer",
        "jan–mars 2025",
        "HR-enheten",
    ),
    (
        "R",
        "Bredare rekryteringsbas för byggprojektledare",
        "Pröva öppen ansökan för byggprojektledare via Jobba i staden",
        "maj–juni 2025",
        "HR-enheten",
    ),
    (
        "I",
        "Nyanställda ska snabbt komma in i projektarbetet",
        "Digital introduktionsplan med fadder under de första sex månaderna",
        "feb–maj 2025",
        "HR-enheten och Kansli och verksamhetsstöd",
    ),
    (
        "I",
        "Alla nyanställda ska få en gemensam bild av kontorets uppdrag",
        "Kontorsgemensam introduktionsdag för nyanställda",
        "mars och oktober 2025",
        "Kansli och verksamhetsstöd",
    ),
    (
        "Av",
        "Förstå varför medarbetare slutar",
        "Avgångssamtal och digital avgångsenkät till alla som slutar; sammanställning per halvår",
        "Löpande",
        "HR-enheten",
    ),
    (
        "Av",
        "Kunskap får inte försvinna vid pensionsavgångar",
        "Överlämningsplan för medarbetare som aviserat pension, med dubbelbemanning i upp till tre månader",
        "aug–dec 2025",
        "Närmaste chef",
    ),
]


def plan1(outdir):
    fn = "exploateringskontoret_kfp_2025.pdf"
    g = Gold(
        fn,
        "Exploateringskontoret, Stockholms stad",
        "2025",
        "A4 PDF, 6 p.: letterhead (Stockholms stad / Exploateringskontoret / HR-enheten, dnr, date) on p1, running header from p2, footer 'Dnr …' + 'Sida N (6)'; shaded 'Visste du att …' box (one figure per sentence); key figures in a horizontally ruled table with YEARS AS COLUMNS 2022–2024 plus a 'Förändring' column and 'Källa:' footnotes; per-avdelning table; age-band table with bands as COLUMNS; retirements-ahead per yrkesgrupp table; themed gap bullets; activity table Nr | Vad vi ska göra | Varför | Period (month ranges) | Ansvar | Omr. with a COLOURED LETTER CODE at the right end + legend, continued over a page break with header repeated",
    )
    KEY_YEARS = ["2022", "2023", "2024"]
    KEY = [
        ["Antal anställda¹", "321", "335", "342", "+7"],
        ["– varav tillsvidareanställda", "296", "309", "318", "+9"],
        ["– varav visstidsanställda", "25", "26", "24", "−2"],
        ["Andel kvinnor, %", "53,0", "54,0", "54,7", "+0,7"],
        ["Medelålder, år", "46,4", "46,1", "45,8", "−0,3"],
        ["Personalomsättning, %²", "11,2", "10,1", "9,4", "−0,7"],
        ["Sjukfrånvaro totalt, %", "4,6", "4,4", "4,1", "−0,3"],
        ["– korttidssjukfrånvaro dag 1–14, %", "2,1", "2,0", "1,9", "−0,1"],
        ["– långtidssjukfrånvaro dag 60–, %", "1,6", "1,5", "1,3", "−0,2"],
        ["Externa rekryteringar, antal", "36", "44", "41", "−3"],
        ["Avslutade anställningar, antal", "39", "35", "33", "−2"],
        ["– varav pensionsavgångar", "6", "5", "7", "+2"],
        ["Aktivt medarbetarskap (AMI)³", "78", "79", "80", "+1"],
    ]
    KEYM = {
        0: ("employees_total", "count", None),
        1: ("employees_permanent", "count", "tillsvidareanställda"),
        2: ("employees_temporary", "count", "visstidsanställda"),
        3: ("women_share", "percent", None),
        4: ("average_age", "years", None),
        5: ("turnover_pct", "percent", None),
        6: ("sick_leave_pct", "percent", None),
        7: ("short_sick_leave_pct", "percent", None),
        8: ("long_sick_leave_pct", "percent", None),
        9: ("recruitments", "count", None),
        10: ("departures", "count", None),
        11: ("retirements", "count", None),
        12: ("ami_index", "index", None),
    }
    AVD = [
        ["Avdelningen för stadsutveckling Innerstaden", "78", "56", "3,6", "10,3"],
        ["Avdelningen för stadsutveckling Söderort", "71", "52", "4,4", "8,5"],
        ["Avdelningen för stadsutveckling Västerort", "64", "50", "3,9", "11,2"],
        ["Markavdelningen", "58", "55", "4,8", "7,0"],
        ["Projektstyrning och ekonomi", "39", "59", "4,2", "9,1"],
        ["Kansli och verksamhetsstöd", "32", "66", "4,0", "9,4"],
    ]
    OCC = [
        ["Exploateringsingenjör/projektledare", "112", "14", "11"],
        ["Markingenjör/lantmätare", "34", "6", "5"],
        ["Byggprojektledare", "41", "5", "4"],
        ["Jurist", "18", "2", "2"],
        ["Ekonom/controller", "27", "4", "3"],
        ["Handläggare/administratör", "46", "8", "7"],
    ]
    GAPS = [
        (
            "Bristyrken",
            [
                "Exploateringsingenjörer med erfarenhet av stora stadsutvecklingsprojekt",
                "Markingenjörer och lantmätare",
                "Byggprojektledare för allmän plats (gator, parker och broar)",
                "Kalkylatorer och projektekonomer",
            ],
        ),
        (
            "Kompetensområden",
            [
                "Förhandling och avtalsskrivning i markanvisningar och exploateringsavtal",
                "Klimatanpassning, skyfall och dagvatten i tidiga skeden",
                "Digitala verktyg för projektstyrning, GIS och BIM",
                "Arbetsgivarkunskap hos nya chefer",
            ],
        ),
    ]

    def story():
        g.acts.clear()
        g.figs.clear()
        g.gaps.clear()
        s = []
        s.append(Spacer(1, 4 * mm))
        s.append(P("Kompetensförsörjningsplan 2025", sTitle))
        s.append(
            P(
                "Exploateringskontoret – ettårig plan för arbetet med att utveckla, behålla, attrahera, rekrytera, introducera och avsluta",
                ParagraphStyle("st", parent=sBody, textColor=GREY, fontSize=10.5, leading=14),
            )
        )
        s.append(Spacer(1, 4 * mm))
        s.append(P("Inledning", sH1))
        s.append(
            P(
                "Exploateringskontoret ansvarar för att stadens mark används och utvecklas så att det blir möjligt att bygga bostäder, arbetsplatser, skolor och parker. Kontoret leder exploateringsprojekt från markanvisning till färdig stadsdel, förvaltar tomträtter och arrenden och förhandlar med byggaktörer. Uppdraget kräver specialister som hela samhällsbyggnadssektorn konkurrerar om."
            )
        )
        s.append(
            P(
                "Planen beskriver läget vid utgången av 2024, vilka kompetenser vi saknar eller riskerar att tappa och vad vi gör under 2025. Den har tagits fram av HR-enheten tillsammans med avdelningscheferna och har stämts av med de fackliga organisationerna i samverkansgruppen den 14 november 2024."
            )
        )
        s.append(
            P(
                "Planen följs upp i tertialrapporterna och i verksamhetsberättelsen. Aktiviteter som inte blir klara under året bedöms inför planen för 2026."
            )
        )
        s.append(Spacer(1, 3 * mm))
        vis = [
            "54,7 procent av kontorets medarbetare är kvinnor.",
            "personalomsättningen sjönk till 9,4 procent under 2024.",
            "vi gjorde 41 externa rekryteringar under 2024.",
            "var sjätte medarbetare har fyllt 55 år.",
            "aktivt medarbetarskap (AMI) i medarbetarenkäten blev 80 – det högsta värdet hittills.",
        ]
        s.append(KeepTogether(visste_box(vis)))
        g.fig(
            "women_share",
            54.7,
            "percent",
            "2024",
            None,
            "54,7 procent av kontorets medarbetare är kvinnor.",
            "Visste du att",
        )
        g.fig(
            "turnover_pct",
            9.4,
            "percent",
            "2024",
            None,
            "personalomsättningen sjönk till 9,4 procent under 2024.",
            "Visste du att",
        )
        g.fig(
            "recruitments",
            41,
            "count",
            "2024",
            None,
            "vi gjorde 41 externa rekryteringar under 2024.",
            "Visste du att",
        )
        g.fig(
            "ami_index",
            80,
            "index",
            "2024",
            None,
            "aktivt medarbetarskap (AMI) i medarbetarenkäten blev 80",
            "Visste du att",
        )
        s.append(PageBreak())
        s.append(P("Förutsättningar och omvärld", sH1))
        s.append(P("Stadens inriktning", sH2))
        s.append(
            P(
                "Kommunfullmäktiges budget för 2025 betonar ett fortsatt högt bostadsbyggande, fler arbetsplatser i ytterstaden och att staden ska vara en attraktiv arbetsgivare med konkurrenskraftiga villkor. Exploateringsnämndens verksamhetsplan bryter ned målen i uppdrag om markanvisningar, exploateringsavtal och genomförande av detaljplaner. Kompetensförsörjningsplanen är en bilaga till verksamhetsplanen."
            )
        )
        s.append(P("Arbetsmarknaden inom samhällsbyggnad", sH2))
        s.append(
            P(
                "Efter flera år av brist har byggkonjunkturen mattats av. Det märks genom att fler söker våra tjänster som handläggare och administratörer, men inte bland erfarna projektledare, där privata byggherrar och konsultföretag fortsatt erbjuder högre löner. Kommunerna i Stockholms län rekryterar samma kompetenser som vi, och rörligheten mellan dem är stor."
            )
        )
        s.append(P("Kontorets uppdrag framåt", sH2))
        s.append(
            P(
                "Under de kommande åren ökar antalet projekt i genomförandeskede, bland annat i Hagastaden, Slakthusområdet, Västra Kista och Söderstaden. Det innebär fler upphandlingar av entreprenader och större behov av byggprojektledning, projektekonomi och samordning med andra förvaltningar och bolag. Samtidigt ökar kraven på klimatanpassning, cirkulära materialflöden och låga klimatutsläpp i byggskedet."
            )
        )
        s.append(P("Arbetsmiljö och arbetssätt", sH2))
        s.append(
            P(
                "Kontoret arbetar aktivitetsbaserat i stadens lokaler på Hantverkargatan. Medarbetarenkäten visar att de flesta trivs med arbetssättet men att arbetsbelastningen upplevs som hög i projekt med många parallella förhandlingar. Chefer och skyddsombud har därför gjort en gemensam riskbedömning av arbetsbelastningen i projektorganisationen."
            )
        )
        s.append(PageBreak())
        s.append(P("Nuläge", sH1))
        s.append(P("Nyckeltal 2022–2024", sH2))
        s.append(
            P(
                "Tabellen visar utvecklingen de senaste tre åren. Kolumnen Förändring anger skillnaden mellan 2023 och 2024 i antal eller procentenheter."
            )
        )
        s.append(hrule_table(["Nyckeltal", "2022", "2023", "2024", "Förändring"], KEY, [70, 22, 22, 22, 26]))
        fig_rows(g, KEY, KEY_YEARS, KEYM, "Nyckeltal 2022–2024")
        s.append(Spacer(1, 2 * mm))
        s.append(
            P(
                "Källa: HR2Day, utdrag december 2024. ¹ Månadsavlönade per den 30 november, exklusive timavlönade. ² Tillsvidareanställda som slutat under året i förhållande till genomsnittligt antal tillsvidareanställda. ³ Stadens medarbetarenkät 2024, svarsfrekvens 88 procent.",
                sSmall,
            )
        )
        s.append(
            P(
                "Av de 342 anställda var 187 kvinnor och 155 män. Andelen kvinnor har ökat något varje år, främst bland projektledare. Personalomsättningen har minskat två år i rad men ligger fortfarande över stadens snitt för fackförvaltningar. Sjukfrånvaron är låg och den korttidssjukfrånvaro som finns är i huvudsak kopplad till infektioner under vinterhalvåret."
            )
        )
        g.fig(
            "employees_total",
            342,
            "count",
            "2024",
            None,
            "Av de 342 anställda var 187 kvinnor och 155 män.",
            "Nyckeltal 2022–2024",
        )
        g.fig(
            "women_count",
            187,
            "count",
            "2024",
            None,
            "Av de 342 anställda var 187 kvinnor och 155 män.",
            "Nyckeltal 2022–2024",
        )
        g.fig(
            "men_count",
            155,
            "count",
            "2024",
            None,
            "Av de 342 anställda var 187 kvinnor och 155 män.",
            "Nyckeltal 2022–2024",
        )
        s.append(P("Per avdelning", sH2))
        s.append(
            hrule_table(
                [
                    "Avdelning (2024)",
                    "Anställda",
                    "Kvinnor, %",
                    "Sjukfrånvaro, %",
                    "Personal\u00adomsättning, %",
                ],
                AVD,
                [72, 22, 22, 24, 30],
            )
        )
        for r in AVD:
            q = " ".join(r)
            g.fig("employees_total", num(r[1]), "count", "2024", r[0], q, "Per avdelning")
            g.fig("women_share", num(r[2]), "percent", "2024", r[0], q, "Per avdelning")
            g.fig("sick_leave_pct", num(r[3]), "percent", "2024", r[0], q, "Per avdelning")
            g.fig("turnover_pct", num(r[4]), "percent", "2024", r[0], q, "Per avdelning")
        s.append(Spacer(1, 2 * mm))
        s.append(
            P("Källa: HR2Day, december 2024. Kontorsledningen ingår i Kansli och verksamhetsstöd.", sSmall)
        )
        s.append(PageBreak())
        s.append(P("Åldersstruktur och pensionsavgångar", sH2))
        s.append(
            P(
                "Åldersfördelningen är jämn men de mest erfarna exploateringsingenjörerna finns i de äldsta grupperna. Rätten att kvarstå i anställning gäller till 69 år, och flera medarbetare väljer i dag att arbeta efter 65 år."
            )
        )
        s.append(
            hrule_table(
                ["Åldersgrupp", "–29 år", "30–39 år", "40–49 år", "50–59 år", "60 år–"],
                [["Antal 2024", "24", "86", "104", "87", "41"], ["Andel, %", "7", "25", "30", "26", "12"]],
                [40, 26, 26, 26, 26, 26],
            )
        )
        s.append(Spacer(1, 4 * mm))
        s.append(
            P(
                "I tabellen nedan visas de yrkesgrupper där pensionsavgångarna de kommande fem åren får störst betydelse. Beräkningen utgår från att medarbetarna går i pension vid 66 års ålder.",
                sBody,
            )
        )
        s.append(
            hrule_table(
                ["Yrkesgrupp", "Anställda 2024", "60 år eller äldre", "Beräknade pensionsavgångar 2025–2029"],
                OCC,
                [64, 28, 32, 46],
            )
        )
        for r in OCC:
            q = " ".join(r)
            g.fig(
                "employees_total", num(r[1]), "count", "2024", r[0], q, "Åldersstruktur och pensionsavgångar"
            )
            g.fig(
                "retirements", num(r[3]), "count", "2025-2029", r[0], q, "Åldersstruktur och pensionsavgångar"
            )
        s.append(Spacer(1, 2 * mm))
        s.append(P("Källa: HR2Day, åldersuttag per den 31 december 2024. Urval av yrkesgrupper.", sSmall))
        s.append(P("Avgångssamtal", sH2))
        s.append(
            P(
                "Under 2024 genomfördes 26 avgångssamtal. Elva av dem angav lönen som det främsta skälet att sluta och sju nämnde möjligheten att arbeta i färre och mer avgränsade projekt hos en privat byggaktör. Flera lyfte fram att de uppskattat kollegorna och att de kan tänka sig att komma tillbaka."
            )
        )
        s.append(P("Introduktion och ledarskap", sH2))
        s.append(
            P(
                "Nyanställda får i dag en introduktion som varierar mellan avdelningarna. I medarbetarenkäten svarade nyanställda att de saknar en tydlig plan för de första månaderna. Fyra av kontorets chefer har varit chefer i mindre än två år. Samtliga chefer deltar i kontorets chefsforum fyra gånger per år."
            )
        )
        s.append(P("Lön och förmåner", sH2))
        s.append(
            P(
                "I löneöversynen 2024 prioriterades projektledare med stort ansvar. Kontoret erbjuder friskvårdsbidrag på 5 000 kronor, flexibel arbetstid och möjlighet att arbeta på distans upp till två dagar i veckan."
            )
        )
        s.append(PageBreak())
        s.append(P("Kompetensanalys", sH1))
        s.append(
            P(
                "Stockholm planerar för 140 000 nya bostäder till 2030 och kontoret driver samtidigt flera stora stadsutvecklingsområden. Konkurrensen om erfarna exploateringsingenjörer och markingenjörer är hård, och rekryteringarna tar ofta mer än fyra månader. Avdelningarna har i dialog med HR-enheten pekat ut följande gap."
            )
        )
        s.append(P("Identifierade kompetensgap", sH2))
        for theme, items in GAPS:
            s.append(P(theme, sH3))
            for it in items:
                s.append(Paragraph(esc(it), sBul, bulletText="•"))
                g.gap("Identifierade kompetensgap", theme, it, it, "Identifierade kompetensgap")
        s.append(P("Bedömning", sH2))
        s.append(
            P(
                "Gapet är störst inom projektledning av komplexa exploateringsprojekt, där det tar flera år att bli självgående. Vi behöver därför både rekrytera erfarna personer och utbilda egna medarbetare. Inom klimatanpassning bedöms behovet kunna mötas genom kompetensutveckling av befintlig personal."
            )
        )
        s.append(
            P(
                "Riskerna för verksamheten om gapen kvarstår är förseningar i markanvisningar och ökade kostnader för inhyrda konsulter. Under 2024 motsvarade konsultinsatserna ungefär 22 årsarbetskrafter."
            )
        )
        s.append(CondPageBreak(70 * mm))
        s.append(P("Aktiviteter 2025", sH1))
        s.append(
            P(
                "Aktiviteterna är ordnade efter stadens modell. Kolumnen Period anger när aktiviteten genomförs; Omr. anger vilket område aktiviteten hör till.",
                sBody,
            )
        )
        s.append(P(LEGEND, sSmall))
        s.append(activity_table(g, EXPL25_ACTS, "Aktiviteter 2025"))
        s.append(Spacer(1, 5 * mm))
        s.append(P("Uppföljning", sH2))
        s.append(
            P(
                "HR-enheten följer upp aktiviteterna i tertialrapport 1 och 2 samt i verksamhetsberättelsen för 2025. Ledningsgruppen stämmer av läget i september och beslutar om vilka aktiviteter som ska föras över till planen för 2026."
            )
        )
        s.append(P("Kontaktperson: HR-chef, Exploateringskontoret.", sSmall))
        return s

    ExplDoc(os.path.join(outdir, fn), 2025, "E2024-04417", "2024-11-28").build(story)
    return g


# ---------------------------------------------------------------- PLAN 2: Exploateringskontoret 2026
FOLLOW25 = [  # (status, klart, kommentar)
    ("Avslutad", "100 %", "Steg 1 och 2 genomförda, 31 deltagare"),
    ("Framflyttad", "30 %", "Ett av tre seminarier hölls; resten våren 2026"),
    ("Avslutad", "100 %", "Fem chefer har gått programmet"),
    ("Pågår", "60 %", "Specialistspåret beslutat, införs 2026"),
    ("Avslutad", "100 %", "Genomförd i löneöversynen"),
    ("Pågår", "50 %", "Rutinen används men inte på alla avdelningar"),
    ("Avslutad", "100 %", "KTH och LTH i oktober"),
    ("Avslutad", "100 %", "Tre praktikanter och två examensarbeten"),
    ("Avslutad", "100 %", "Mallar finns i Jobba i staden"),
    ("Utgår", "0 %", "Gav få relevanta sökande, ersätts av annan insats"),
    ("Pågår", "70 %", "Digital plan klar, faddrar utbildas"),
    ("Avslutad", "100 %", "Två dagar med 38 deltagare"),
    ("Pågår", "80 %", "Svarsfrekvens på enkäten 64 procent"),
    ("Avslutad", "100 %", "Används vid alla aviserade pensionsavgångar"),
]

EXPL26_ACTS = [
    (
        "U",
        "Fler erfarna projektledare ska kunna leda svåra förhandlingar",
        "Förhandlingsutbildning steg 3 – fördjupning för erfarna projektledare",
        "feb–apr 2026",
        "HR-enheten och Markavdelningen",
    ),
    (
        "U",
        "Klimatanpassning och dagvatten ska hanteras tidigt i projekten",
        "Seminarieserie om skyfallsplanering (forts. från 2025)",
        "mars–maj 2026",
        "Avdelningen för stadsutveckling Söderort",
    ),
    (
        "U",
        "Använda AI och digitala verktyg på ett säkert sätt",
        "Grundutbildning i AI-stöd och Microsoft 365 för handläggare och projektassistenter",
        "sep–nov 2026",
        "Kansli och verksamhetsstöd",
    ),
    (
        "U",
        "Chefer behöver stöd i arbetsgivarrollen",
        "Nya chefer går stadens ledarprogram och erbjuds en mentor bland kontorets erfarna chefer",
        "jan–dec 2026",
        "Kontorsledningen / HR-enheten",
    ),
    (
        "B",
        "Behålla erfarna exploateringsingenjörer",
        "Specialistspår för exploateringsingenjörer införs fullt ut (forts. från 2025)",
        "jan–juni 2026",
        "Avdelningscheferna",
    ),
    (
        "B",
        "Lönestrukturen för bristyrken ska vara konkurrenskraftig",
        "Riktad lönesatsning på byggprojektledare i löneöversynen 2026",
        "mars–april 2026",
        "HR-enheten samt Projektstyrning och ekonomi",
    ),
    (
        "B",
        "Sänka sjukfrånvaron på Markavdelningen",
        "Pilot med friskvårdstimme och hälsosamtal vid upprepad korttidsfrånvaro",
        "jan–dec 2026",
        "Markavdelningen med stöd av HR-enheten",
    ),
    (
        "A",
        "Synas för studenter inom samhällsbyggnad",
        "Arbetsmarknadsdagar på KTH, Chalmers och Lunds tekniska högskola",
        "okt–nov 2026",
        "HR-enheten / Kommunikationsenheten",
    ),
    (
        "A",
        "Visa vad en exploateringsingenjör gör",
        "Film och medarbetarporträtt om exploateringsyrket på stadens webbplats och LinkedIn",
        "april–juni 2026",
        "Kommunikationsenheten",
    ),
    (
        "R",
        "Chefer ska rekrytera kompetensbaserat",
        "Rekryteringsutbildning för chefer med kompetensbaserad intervjuteknik",
        "feb–mars 2026",
        "HR-enheten",
    ),
    (
        "I",
        "Nyanställda ska snabbt komma in i projektarbetet",
        "Digital introduktionsplan med utbildade faddrar (forts. från 2025)",
        "jan–mars 2026",
        "HR-enheten och Kansli och verksamhetsstöd",
    ),
    (
        "I",
        "Alla nyanställda ska få en gemensam bild av kontorets uppdrag",
        "Introduktionsdag med studiebesök i ett pågående stadsutvecklingsområde",
        "mars och oktober 2026",
        "Kansli och verksamhetsstöd",
    ),
    (
        "Av",
        "Förstå varför medarbetare slutar",
        "Resultatet från avgångssamtal och avgångsenkät redovisas i ledningsgruppen varje halvår",
        "Löpande",
        "HR-enheten",
    ),
]


def plan2(outdir):
    fn = "exploateringskontoret_kfp_2026.pdf"
    g = Gold(
        fn,
        "Exploateringskontoret, Stockholms stad",
        "2026",
        "A4 PDF, 6 p., same house style as the 2025 plan (letterhead p1, running header, 'Dnr …' + 'Sida N (6)' footer, 'Visste du att …' box); key-figure table YEARS AS COLUMNS 2023–2025 + 'Förändring 2024–2025'; sick leave BY TYPE table 2024|2025; per-avdelning table Anställda/Tillsvidare/Visstid/Sjukfrånvaro; FOLLOW-UP table of all 14 activities of 2025 with coloured area code, word STATUS (Avslutad/Pågår/Framflyttad/Utgår) and a PERCENT-DONE column 'Klart'; numbered gap list with '– kvarstår/– nytt' tails; activity table Nr | Vad vi ska göra | Varför | Period | Ansvar | Omr. with coloured letter code, continued over a page break",
    )
    KEY_YEARS = ["2023", "2024", "2025"]
    KEY = [
        ["Antal anställda¹", "335", "342", "351", "+9"],
        ["Andel kvinnor, %", "54,0", "54,7", "55,3", "+0,6"],
        ["Medelålder, år", "46,1", "45,8", "45,5", "−0,3"],
        ["Personalomsättning, %²", "10,1", "9,4", "8,6", "−0,8"],
        ["Sjukfrånvaro totalt, %", "4,4", "4,1", "4,3", "+0,2"],
        ["Externa rekryteringar, antal", "44", "41", "38", "−3"],
        ["Avslutade anställningar, antal", "35", "33", "30", "−3"],
        ["– varav pensionsavgångar", "5", "7", "8", "+1"],
        ["Aktivt medarbetarskap (AMI)³", "79", "80", "81", "+1"],
    ]
    KEYM = {
        0: ("employees_total", "count", None),
        1: ("women_share", "percent", None),
        2: ("average_age", "years", None),
        3: ("turnover_pct", "percent", None),
        4: ("sick_leave_pct", "percent", None),
        5: ("recruitments", "count", None),
        6: ("departures", "count", None),
        7: ("retirements", "count", None),
        8: ("ami_index", "index", None),
    }
    SICK = [
        ["Korttid, dag 1–14", "1,9", "2,0"],
        ["Dag 15–59", "0,9", "0,8"],
        ["Långtid, dag 60 och längre", "1,3", "1,5"],
        ["Total sjukfrånvaro", "4,1", "4,3"],
    ]
    SICKM = {
        0: ("short_sick_leave_pct", "percent", None),
        2: ("long_sick_leave_pct", "percent", None),
        3: ("sick_leave_pct", "percent", None),
    }
    AVD = [
        ["Avdelningen för stadsutveckling Innerstaden", "80", "75", "5", "3,8"],
        ["Avdelningen för stadsutveckling Söderort", "74", "70", "4", "4,6"],
        ["Avdelningen för stadsutveckling Västerort", "66", "61", "5", "4,1"],
        ["Markavdelningen", "59", "56", "3", "5,0"],
        ["Projektstyrning och ekonomi", "40", "38", "2", "4,0"],
        ["Kansli och verksamhetsstöd", "32", "29", "3", "4,2"],
    ]
    GAPS = [
        "Exploateringsingenjörer med erfarenhet av stora stadsutvecklingsprojekt – kvarstår",
        "Byggprojektledare för allmän plats – kvarstår",
        "Kalkylatorer och projektekonomer – kvarstår",
        "Förhandling och avtalsskrivning hos yngre projektledare – kvarstår men har minskat",
        "Säker användning av AI-stöd och digitala verktyg – nytt",
        "Kunskap om cirkulära byggmaterial och klimatkrav i markanvisningar – nytt",
    ]

    def story():
        g.acts.clear()
        g.figs.clear()
        g.gaps.clear()
        s = []
        s.append(Spacer(1, 4 * mm))
        s.append(P("Kompetensförsörjningsplan 2026", sTitle))
        s.append(
            P(
                "Exploateringskontoret – uppföljning av 2025 och plan för 2026",
                ParagraphStyle("st", parent=sBody, textColor=GREY, fontSize=10.5, leading=14),
            )
        )
        s.append(Spacer(1, 4 * mm))
        s.append(P("Inledning", sH1))
        s.append(
            P(
                "Det här är kontorets andra ettåriga kompetensförsörjningsplan i den nya formen. Den börjar med en uppföljning av vad vi gjorde under 2025 och beskriver sedan nuläget, de kompetensgap vi ser inför 2026 och de aktiviteter vi prioriterar."
            )
        )
        s.append(
            P(
                "Bostadsbyggandet har under 2025 bromsat in i hela regionen. Det har gjort rekryteringsläget något lättare för vissa roller, men de mest erfarna exploateringsingenjörerna är fortsatt svåra att hitta. Samtidigt ställer stadens klimatmål och nya krav på cirkulärt byggande nya krav på kompetens i markanvisningarna."
            )
        )
        s.append(
            P(
                "Planen har tagits fram av HR-enheten tillsammans med avdelningscheferna och behandlades i samverkansgruppen den 20 november 2025."
            )
        )
        s.append(Spacer(1, 3 * mm))
        vis = [
            "kontoret hade 351 anställda vid utgången av november 2025.",
            "personalomsättningen minskade för tredje året i rad, till 8,6 procent.",
            "8 medarbetare gick i pension under 2025.",
            "var tredje nyanställd under 2025 var under 30 år.",
            "vi tog emot fem praktikanter och examensarbetare under sommaren.",
        ]
        s.append(KeepTogether(visste_box(vis)))
        g.fig(
            "employees_total",
            351,
            "count",
            "2025",
            None,
            "kontoret hade 351 anställda vid utgången av november 2025.",
            "Visste du att",
        )
        g.fig(
            "turnover_pct",
            8.6,
            "percent",
            "2025",
            None,
            "personalomsättningen minskade för tredje året i rad, till 8,6 procent.",
            "Visste du att",
        )
        g.fig(
            "retirements",
            8,
            "count",
            "2025",
            None,
            "8 medarbetare gick i pension under 2025.",
            "Visste du att",
        )
        s.append(PageBreak())
        s.append(P("Uppföljning av planen för 2025", sH1))
        s.append(
            P(
                "Av de 14 aktiviteterna i planen för 2025 har åtta avslutats, fyra pågår, en har flyttats fram och en har tagits bort. Kolumnen Klart anger HR-enhetens bedömning av hur stor del av aktiviteten som var genomförd den 15 november 2025."
            )
        )
        s.append(P(LEGEND, sSmall))
        hdr = ["Nr", "Omr.", "Aktivitet i planen för 2025", "Status", "Klart", "Kommentar"]
        data = [[P(h, sCellB) for h in hdr]]
        for i, ((code, goal, act, per, resp), (stat, pct, com)) in enumerate(zip(EXPL25_ACTS, FOLLOW25), 1):
            data.append(
                [
                    P(str(i), sCell),
                    P(f'<font color="{AREA_COL[code]}"><b>{code}</b></font>', sCell),
                    P(esc(act), sCell),
                    P(f"<b>{stat}</b>", sCell),
                    P(pct, sCell),
                    P(esc(com), sCell),
                ]
            )
            g.act("followup", code, None, act, None, None, stat, "Uppföljning av planen för 2025")
        t = Table(data, colWidths=[8 * mm, 10 * mm, 62 * mm, 22 * mm, 14 * mm, 54 * mm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), BLUE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b0bccb")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        s.append(t)
        s.append(Spacer(1, 3 * mm))
        s.append(
            P(
                "Aktiviteterna 2, 4 och 11 förs över till planen för 2026. Öppen ansökan för byggprojektledare (nr 10) utgår och ersätts av en riktad lönesatsning och rekryteringsutbildning för chefer."
            )
        )
        s.append(PageBreak())
        s.append(P("Nuläge", sH1))
        s.append(P("Nyckeltal 2023–2025", sH2))
        s.append(
            hrule_table(
                ["Nyckeltal", "2023", "2024", "2025", "Förändring 2024–2025"], KEY, [70, 22, 22, 22, 30]
            )
        )
        fig_rows(g, KEY, KEY_YEARS, KEYM, "Nyckeltal 2023–2025")
        s.append(Spacer(1, 2 * mm))
        s.append(
            P(
                "Källa: HR2Day, utdrag december 2025. ¹ Månadsavlönade per den 30 november, exklusive timavlönade. ² Tillsvidareanställda som slutat under året. ³ Stadens medarbetarenkät 2025.",
                sSmall,
            )
        )
        s.append(
            P(
                "Antalet anställda ökade med nio personer. Av de 351 anställda var 194 kvinnor och 157 män, och 329 hade en tillsvidareanställning medan 22 var visstidsanställda. Medelåldern sjunker långsamt eftersom många av de nyanställda är i början av sin yrkesbana."
            )
        )
        for m, v in (("employees_total", 351), ("women_count", 194), ("men_count", 157)):
            g.fig(
                m,
                v,
                "count",
                "2025",
                None,
                "Av de 351 anställda var 194 kvinnor och 157 män",
                "Nyckeltal 2023–2025",
            )
        g.fig(
            "employees_permanent",
            329,
            "count",
            "2025",
            "tillsvidareanställda",
            "329 hade en tillsvidareanställning",
            "Nyckeltal 2023–2025",
        )
        g.fig(
            "employees_temporary",
            22,
            "count",
            "2025",
            "visstidsanställda",
            "22 var visstidsanställda",
            "Nyckeltal 2023–2025",
        )
        s.append(P("Sjukfrånvaro per typ", sH2))
        s.append(
            P(
                "Den totala sjukfrånvaron ökade något under 2025. Ökningen förklaras av ett fåtal långa sjukfall, framför allt på Markavdelningen."
            )
        )
        s.append(
            hrule_table(
                ["Sjukfrånvaro i procent av ordinarie arbetstid", "2024", "2025"], SICK, [100, 30, 30]
            )
        )
        fig_rows(g, SICK, ["2024", "2025"], SICKM, "Sjukfrånvaro per typ")
        s.append(Spacer(1, 2 * mm))
        s.append(P("Källa: HR2Day, december 2025.", sSmall))
        s.append(PageBreak())
        s.append(P("Per avdelning 2025", sH2))
        s.append(
            hrule_table(
                ["Avdelning", "Anställda", "Tillsvidare", "Visstid", "Sjukfrånvaro, %"],
                AVD,
                [74, 22, 24, 22, 28],
            )
        )
        for r in AVD:
            q = " ".join(r)
            g.fig("employees_total", num(r[1]), "count", "2025", r[0], q, "Per avdelning 2025")
            g.fig("employees_permanent", num(r[2]), "count", "2025", r[0], q, "Per avdelning 2025")
            g.fig("employees_temporary", num(r[3]), "count", "2025", r[0], q, "Per avdelning 2025")
            g.fig("sick_leave_pct", num(r[4]), "percent", "2025", r[0], q, "Per avdelning 2025")
        s.append(Spacer(1, 2 * mm))
        s.append(P("Källa: HR2Day, december 2025.", sSmall))
        s.append(P("Avgångssamtal och lön", sH2))
        s.append(
            P(
                "Under 2025 hölls 21 avgångssamtal. Lönen nämndes fortfarande oftast, men färre än året innan angav den som huvudskäl. Fler nämnde i stället möjligheten att få arbeta vidare med ett projekt hela vägen till byggstart. Den riktade lönesatsningen på markingenjörer och exploateringsingenjörer har minskat löneskillnaden mot marknaden till omkring 3 procent."
            )
        )
        s.append(P("Ledarskap", sH2))
        s.append(
            P(
                "Fem chefer gick stadens ledarprogram för nya chefer under 2025. Könsfördelningen i chefsgruppen är i dag jämn. Resultatet i medarbetarenkäten för frågorna om närmaste chef förbättrades på alla avdelningar utom en."
            )
        )
        s.append(P("Pensionsavgångar framåt", sH2))
        s.append(
            P(
                "Enligt HR-enhetens beräkning kan ungefär var tolfte medarbetare gå i pension fram till och med 2030, flest bland exploateringsingenjörerna. Överlämningsplanerna från 2025 fortsätter att användas."
            )
        )
        s.append(PageBreak())
        s.append(P("Kompetensanalys inför 2026", sH1))
        s.append(
            P(
                "Bedömningen har gjorts av avdelningscheferna i oktober 2025. Jämfört med förra året har behovet av markingenjörer minskat efter flera lyckade rekryteringar, medan två nya gap har tillkommit."
            )
        )
        s.append(P("Kompetensgap inför 2026", sH2))
        for i, it in enumerate(GAPS, 1):
            s.append(Paragraph(esc(it), sBul, bulletText=f"{i}."))
            g.gap("Kompetensgap inför 2026", None, it, it, "Kompetensgap inför 2026")
        s.append(Spacer(1, 3 * mm))
        s.append(
            P(
                "Markingenjörer och lantmätare samt arbetsgivarkunskap hos nya chefer finns inte längre med som gap. Där har aktiviteterna under 2025 gett effekt och läget bedöms som stabilt."
            )
        )
        s.append(P("Aktiviteter 2026", sH1))
        s.append(P("Aktiviteter som förs över från 2025 är markerade med (forts. från 2025).", sBody))
        s.append(P(LEGEND, sSmall))
        s.append(activity_table(g, EXPL26_ACTS, "Aktiviteter 2026"))
        s.append(Spacer(1, 5 * mm))
        s.append(P("Uppföljning", sH2))
        s.append(
            P(
                "Aktiviteterna följs upp i tertialrapporterna och i verksamhetsberättelsen för 2026. Status redovisas på samma sätt som i uppföljningen ovan."
            )
        )
        return s

    ExplDoc(os.path.join(outdir, fn), 2026, "E2025-05120", "2025-11-27").build(story)
    return g


# ---------------------------------------------------------------- PLAN 3: Hägersten-Älvsjö (DOCX)
def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), hexcol)
    tcPr.append(sh)


def plan3(outdir):
    fn = "hagersten_alvsjo_kfp_2026-2028.docx"
    g = Gold(
        fn,
        "Hägersten-Älvsjö stadsdelsförvaltning",
        "2026-2028",
        "DOCX, 6 pages by explicit page breaks: cover (Stockholms stad / förvaltning / Title 'Kompetensförsörjningsplan 2026–2028' / unit / dnr), Word heading styles, header text + 'Sida PAGE (NUMPAGES)' footer fields; per-avdelning table by form of employment with Totalt row; sick leave BY TYPE table 2024|2025; turnover per year table; age-band table with bands as COLUMNS per avdelning; gap TABLE 'Yrkesgrupp | Rekryteringsläge (Mycket svårt/Svårt) | Pensionsavgångar 2026–2028 | Kommentar' + themed bullets; activities GROUPED BY GOAL (Heading 2 'Mål 1: …') as bullets with the UBARA area in parentheses and a labelled 'Vem: … | När: … | Mått: …' line",
    )
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for sec in d.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.text = "Hägersten-Älvsjö stadsdelsförvaltning · Kompetensförsörjningsplan 2026–2028"
        hp.runs[0].font.size = Pt(8)
        hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run("Sida ")
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        add_field(r, "PAGE")
        r = fp.add_run(" (")
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        add_field(r, "NUMPAGES")
        r = fp.add_run(")")
        r.font.size = Pt(8)

    def para(t, style=None, bold=False, italic=False, size=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        return p

    def pagebreak():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(header, rows, widths=None, bold_last=False):
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            rr = c.paragraphs[0].add_run(h)
            rr.bold = True
            rr.font.size = Pt(9)
            shade(c, "D6E4F0")
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                rr = cells[i].paragraphs[0].add_run(v)
                rr.font.size = Pt(9)
                if bold_last and ri == len(rows) - 1:
                    rr.bold = True
                if i > 0 and re.fullmatch(r"[\d\s,–−+%]+", v):
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def source(t):
        p = para(t, italic=True, size=8)
        return p

    # cover
    para("Stockholms stad", bold=True, size=14)
    para("Hägersten-Älvsjö stadsdelsförvaltning", size=12)
    for _ in range(6):
        d.add_paragraph()
    d.add_paragraph("Kompetensförsörjningsplan 2026–2028", style="Title")
    para("Treårig plan för stadsdelsförvaltningens kompetensförsörjning, med årlig revidering", italic=True)
    for _ in range(8):
        d.add_paragraph()
    para("Administrativa avdelningen, HR-enheten")
    para("Dnr HÄ 2025/00931")
    para("Beslutad av förvaltningsledningen 2025-12-09")
    pagebreak()
    # p2
    d.add_heading("1 Inledning", level=1)
    para(
        "Hägersten-Älvsjö stadsdelsförvaltning ansvarar för förskola, äldreomsorg, individ- och familjeomsorg, stöd till personer med funktionsnedsättning samt stadsmiljö och kultur i ett av stadens mest folkrika stadsdelsområden. Nästan alla våra verksamheter bygger på att rätt person med rätt utbildning finns på plats varje dag."
    )
    para(
        "Planen är förvaltningens gemensamma plan för de kommande tre åren. Den utgår från stadens modell för kompetensförsörjning och är uppbyggd kring fem mål. Under varje mål beskrivs aktiviteterna och vilket område i modellen de hör till, inom parentes. Varje avdelning tar dessutom fram en egen handlingsplan som följs upp i avdelningens ledningsgrupp."
    )
    d.add_heading("1.1 Så har planen tagits fram", level=2)
    para(
        "HR-enheten har under hösten 2025 genomfört workshops med avdelningarnas ledningsgrupper och skyddsombud. Underlaget bygger på personalstatistik från HR2Day, medarbetarenkäten 2025, avgångssamtal och avdelningarnas bedömning av rekryteringsläget. Planen har behandlats i förvaltningsgruppen den 2 december 2025."
    )
    d.add_heading("2 Nuläge", level=1)
    para(
        "Den 31 december 2025 hade förvaltningen 3 497 månadsanställda medarbetare, varav 2 801 kvinnor (80,1 procent) och 696 män. Medelåldern var 44,2 år. Därtill hade 554 timavlönade medarbetare minst ett arbetspass under december."
    )
    q = "Den 31 december 2025 hade förvaltningen 3 497 månadsanställda medarbetare, varav 2 801 kvinnor (80,1 procent) och 696 män."
    g.fig("employees_total", 3497, "count", "2025", None, q, "2 Nuläge")
    g.fig("women_count", 2801, "count", "2025", None, q, "2 Nuläge")
    g.fig("women_share", 80.1, "percent", "2025", None, q, "2 Nuläge")
    g.fig("men_count", 696, "count", "2025", None, q, "2 Nuläge")
    g.fig("average_age", 44.2, "years", "2025", None, "Medelåldern var 44,2 år.", "2 Nuläge")
    g.fig("hourly_staff", 554, "count", "2025", None, "Därtill hade 554 timavlönade medarbetare", "2 Nuläge")
    para(
        "Heltid är norm i staden. Andelen heltidsanställda bland de tillsvidareanställda var 91,4 procent, och 302 medarbetare arbetade deltid, de flesta på egen begäran inom äldreomsorgen."
    )
    g.fig(
        "full_time_share",
        91.4,
        "percent",
        "2025",
        "tillsvidareanställda",
        "Andelen heltidsanställda bland de tillsvidareanställda var 91,4 procent",
        "2 Nuläge",
        headline=True,
    )
    g.fig("part_time_count", 302, "count", "2025", None, "302 medarbetare arbetade deltid", "2 Nuläge")
    para(
        "Under 2025 anställdes 468 personer på tillsvidaretjänster, medan 421 medarbetare slutade. Av dem som slutade gick 58 i pension. Aktivt medarbetarskap (AMI) i medarbetarenkäten var 77."
    )
    g.fig(
        "recruitments",
        468,
        "count",
        "2025",
        None,
        "Under 2025 anställdes 468 personer på tillsvidaretjänster",
        "2 Nuläge",
    )
    g.fig("departures", 421, "count", "2025", None, "421 medarbetare slutade", "2 Nuläge")
    g.fig("retirements", 58, "count", "2025", None, "Av dem som slutade gick 58 i pension.", "2 Nuläge")
    g.fig(
        "ami_index",
        77,
        "index",
        "2025",
        None,
        "Aktivt medarbetarskap (AMI) i medarbetarenkäten var 77.",
        "2 Nuläge",
    )
    d.add_heading("2.1 Anställda per avdelning och anställningsform", level=2)
    AVD = [
        ["Förskoleavdelningen", "1 288", "102", "164", "7,9"],
        ["Äldreomsorgsavdelningen", "742", "88", "231", "9,4"],
        ["Avdelningen för individ- och familjeomsorg", "436", "31", "18", "6,2"],
        ["Avdelningen för socialpsykiatri och funktionsnedsättning", "512", "47", "96", "8,1"],
        ["Avdelningen för stadsmiljö och kultur", "104", "9", "42", "4,7"],
        ["Administrativa avdelningen", "132", "6", "3", "4,4"],
        ["Totalt", "3 214", "283", "554", "7,6"],
    ]
    table(
        ["Avdelning", "Tillsvidare", "Visstid", "Timavlönade", "Sjukfrånvaro 2025, %"],
        AVD,
        [6.4, 2.3, 2.0, 2.5, 3.2],
        bold_last=True,
    )
    for r in AVD:
        sc = None if r[0] == "Totalt" else r[0]
        qq = " ".join(r)
        g.fig(
            "employees_permanent",
            num(r[1]),
            "count",
            "2025",
            sc,
            qq,
            "2.1 Anställda per avdelning",
            headline=sc is None,
        )
        g.fig(
            "employees_temporary",
            num(r[2]),
            "count",
            "2025",
            sc,
            qq,
            "2.1 Anställda per avdelning",
            headline=sc is None,
        )
        g.fig("hourly_staff", num(r[3]), "count", "2025", sc, qq, "2.1 Anställda per avdelning")
        g.fig("sick_leave_pct", num(r[4]), "percent", "2025", sc, qq, "2.1 Anställda per avdelning")
    source(
        "Källa: HR2Day, 31 december 2025. Timavlönade = personer med minst ett arbetspass i december 2025."
    )
    pagebreak()
    # p3
    d.add_heading("2.2 Sjukfrånvaro", level=2)
    para(
        "Sjukfrånvaron minskade från 8,1 procent 2024 till 7,6 procent 2025. Minskningen syns i alla delar av frånvaron men är störst i den långa sjukfrånvaron, där rehabiliteringsarbetet har fått bättre stöd av förvaltningens rehabsamordnare."
    )
    g.fig(
        "sick_leave_pct",
        8.1,
        "percent",
        "2024",
        None,
        "Sjukfrånvaron minskade från 8,1 procent 2024 till 7,6 procent 2025.",
        "2.2 Sjukfrånvaro",
    )
    g.fig(
        "sick_leave_pct",
        7.6,
        "percent",
        "2025",
        None,
        "Sjukfrånvaron minskade från 8,1 procent 2024 till 7,6 procent 2025.",
        "2.2 Sjukfrånvaro",
    )
    SICK = [
        ["Korttidssjukfrånvaro, dag 1–14", "3,4", "3,2"],
        ["Sjukfrånvaro dag 15–59", "1,3", "1,2"],
        ["Långtidssjukfrånvaro, dag 60 och längre", "3,4", "3,2"],
        ["Total sjukfrånvaro", "8,1", "7,6"],
    ]
    table(["Typ av sjukfrånvaro, % av arbetad tid", "2024", "2025"], SICK, [9.0, 2.5, 2.5], bold_last=True)
    for i, m in ((0, "short_sick_leave_pct"), (2, "long_sick_leave_pct"), (3, "sick_leave_pct")):
        for j, y in enumerate(["2024", "2025"]):
            g.fig(m, num(SICK[i][1 + j]), "percent", y, None, " ".join(SICK[i]), "2.2 Sjukfrånvaro")
    source("Källa: HR2Day, sjukfrånvarorapport januari–december.")
    d.add_heading("2.3 Personalomsättning", level=2)
    para(
        "Personalomsättningen har minskat tre år i rad men är fortfarande hög inom individ- och familjeomsorgen, där den 2025 var 17,5 procent bland socialsekreterare."
    )
    g.fig(
        "turnover_pct",
        17.5,
        "percent",
        "2025",
        "socialsekreterare",
        "där den 2025 var 17,5 procent bland socialsekreterare",
        "2.3 Personalomsättning",
    )
    TURN = [["Personalomsättning, tillsvidareanställda, %", "13,8", "12,9", "12,1"]]
    table(["", "2023", "2024", "2025"], TURN, [8.0, 2.3, 2.3, 2.3])
    for j, y in enumerate(["2023", "2024", "2025"]):
        g.fig(
            "turnover_pct",
            num(TURN[0][1 + j]),
            "percent",
            y,
            "tillsvidareanställda",
            " ".join(TURN[0]),
            "2.3 Personalomsättning",
            headline=True,
        )
    source(
        "Källa: HR2Day. Omsättningen mäts som antal tillsvidareanställda som slutat i förhållande till genomsnittligt antal tillsvidareanställda."
    )
    d.add_heading("2.4 Åldersstruktur", level=2)
    para(
        "Andelen medarbetare som är 60 år eller äldre är störst inom äldreomsorgen och stadsmiljö. Tabellen visar andelen medarbetare i respektive åldersgrupp, i procent."
    )
    AGE = [
        ["Förskoleavdelningen", "11", "24", "27", "25", "13"],
        ["Äldreomsorgsavdelningen", "14", "19", "22", "27", "18"],
        ["Individ- och familjeomsorg", "18", "35", "25", "15", "7"],
        ["Socialpsykiatri och funktionsnedsättning", "16", "27", "24", "21", "12"],
        ["Stadsmiljö och kultur", "6", "21", "30", "26", "17"],
        ["Administrativa avdelningen", "8", "22", "31", "27", "12"],
    ]
    table(["Avdelning", "–29", "30–39", "40–49", "50–59", "60–"], AGE, [6.6, 1.8, 1.8, 1.8, 1.8, 1.8])
    source("Källa: HR2Day, 31 december 2025. Tillsvidare- och visstidsanställda.")
    d.add_heading("2.5 Avgångssamtal, lön och ledarskap", level=2)
    para(
        "Alla som slutar erbjuds ett avgångssamtal med närmaste chef och en digital avgångsenkät. Svarsfrekvensen var 47 procent 2025. De vanligaste skälen att sluta var arbetsbelastning, lön och schema. Inom förskolan angav många att de byter till en förskola närmare hemmet."
    )
    para(
        "I löneöversynen 2025 prioriterades undersköterskor, förskollärare och socialsekreterare med erfarenhet. Ungefär var sjunde chef har varit chef i mindre än två år; de erbjuds stadens program för nya chefer."
    )
    pagebreak()
    # p4 analysis
    d.add_heading("3 Kompetensanalys", level=1)
    para(
        "Behovet av personal styrs av befolkningsutvecklingen. Antalet äldre över 80 år i stadsdelsområdet väntas öka med omkring 20 procent fram till 2030, medan antalet barn i förskoleåldern minskar något de närmaste åren. Samtidigt ställer ny lagstiftning, bland annat den nya socialtjänstlagen, krav på förebyggande arbete och ny kompetens."
    )
    d.add_heading("3.1 Yrkesgrupper med störst kompetensgap", level=2)
    para(
        "Avdelningarna har bedömt rekryteringsläget för sina yrkesgrupper. I tabellen finns de grupper där läget bedöms som svårt eller mycket svårt, tillsammans med antalet medarbetare som fyller 66 år under planperioden."
    )
    GAPT = [
        [
            "Socialsekreterare med erfarenhet av barn och unga",
            "Mycket svårt",
            "4",
            "Hög omsättning, konkurrens med grannkommuner",
        ],
        [
            "Legitimerade förskollärare",
            "Mycket svårt",
            "27",
            "Låg andel legitimerade i vissa förskoleområden",
        ],
        ["Sjuksköterskor i äldreomsorgen", "Mycket svårt", "9", "Konkurrens från regionen"],
        ["Undersköterskor med yrkestitel", "Svårt", "46", "Krav på skyddad yrkestitel sedan 2023"],
        ["Arbetsterapeuter och fysioterapeuter", "Svårt", "3", "Få sökande per tjänst"],
        ["Stödpedagoger inom funktionsnedsättning", "Svårt", "5", "Ny yrkesroll, få med rätt utbildning"],
        ["Parkingenjörer och landskapsarkitekter", "Svårt", "2", "Små grupper, sårbart vid avgångar"],
    ]
    table(
        ["Yrkesgrupp", "Rekryteringsläge", "Pensionsavgångar 2026–2028", "Kommentar"],
        GAPT,
        [5.0, 2.6, 2.8, 6.0],
    )
    for r in GAPT:
        qq = " ".join(r)
        g.gap(
            "Yrkesgrupper med störst kompetensgap", None, r[0], qq, "3.1 Yrkesgrupper med störst kompetensgap"
        )
        g.fig(
            "retirements",
            num(r[2]),
            "count",
            "2026-2028",
            r[0],
            qq,
            "3.1 Yrkesgrupper med störst kompetensgap",
        )
    source(
        "Bedömningsskala: Lätt – Ganska lätt – Svårt – Mycket svårt. Källa: avdelningarnas bedömning oktober 2025 och HR2Day."
    )
    d.add_heading("3.2 Kompetensbehov i hela förvaltningen", level=2)
    para("Utöver de enskilda yrkesgrupperna ser förvaltningen behov som berör alla avdelningar:")
    THEMES = [
        (
            "Ledarskap",
            [
                "Chefer med kunskap i arbetsmiljö, rehabilitering och arbetsrätt",
                "Förmåga att leda verksamhet med många timavlönade och vikarier",
            ],
        ),
        (
            "Språk och digitalisering",
            [
                "Svenska språket i tal och skrift inom vård, omsorg och förskola",
                "Grundläggande digital kompetens och säker användning av AI-stöd",
            ],
        ),
        (
            "Nya arbetssätt",
            [
                "Förebyggande och kunskapsbaserat arbete enligt den nya socialtjänstlagen",
                "Välfärdsteknik i hemtjänsten och på vård- och omsorgsboenden",
            ],
        ),
    ]
    for th, items in THEMES:
        para(th, bold=True)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
            g.gap(
                "Kompetensbehov i hela förvaltningen", th, it, it, "3.2 Kompetensbehov i hela förvaltningen"
            )
    d.add_heading("3.3 Analys", level=2)
    para(
        "Det största gapet finns där vi både har svårt att rekrytera och många pensionsavgångar, framför allt undersköterskor och förskollärare. Här måste förvaltningen i första hand utbilda egna medarbetare. För socialsekreterare är problemet snarare att behålla dem som redan arbetar hos oss de första två åren."
    )
    pagebreak()
    # p5-6 goals
    d.add_heading("4 Mål och aktiviteter 2026–2028", level=1)
    para(
        "Aktiviteterna är ordnade under förvaltningens fem mål för kompetensförsörjningen. Området i stadens modell anges inom parentes efter varje aktivitet."
    )
    GOALS = [
        (
            "Mål 1: Fler utbildade medarbetare i förskola och äldreomsorg",
            [
                (
                    "Validering och undersköterskeutbildning på arbetstid för 40 vårdbiträden",
                    "Utveckla",
                    "Äldreomsorgsavdelningen med stöd av HR-enheten",
                    "2026–2028",
                    "antal som fått yrkestiteln undersköterska",
                ),
                (
                    "Barnskötare med minst tre års anställning erbjuds studier till förskollärare med bibehållen lön",
                    "Utveckla",
                    "Förskoleavdelningen",
                    "HT 2026",
                    "antal barnskötare i utbildning",
                ),
                (
                    "Sommarjobb och praktikplatser för elever på vård- och omsorgsprogrammet",
                    "Attrahera",
                    "Äldreomsorgsavdelningen",
                    "Q2 2026",
                    "antal praktikanter som söker jobb hos oss",
                ),
            ],
        ),
        (
            "Mål 2: En hälsosam arbetsmiljö och lägre sjukfrånvaro",
            [
                (
                    "Tidiga samtal vid korttidsfrånvaro med stöd av förvaltningens rehabsamordnare",
                    "Behålla",
                    "Närmaste chef med stöd av HR-enheten",
                    "Löpande",
                    "korttidssjukfrånvaro per avdelning",
                ),
                (
                    "Schemaläggning med heltid som norm och resurspass i hemtjänsten",
                    "Behålla",
                    "Äldreomsorgsavdelningen",
                    "2026–2027",
                    "andel heltidsanställda",
                ),
                (
                    "Riktad lönesatsning på socialsekreterare med två till fem års erfarenhet",
                    "Behålla",
                    "Avdelningen för individ- och familjeomsorg samt HR-enheten",
                    "Q2 2026",
                    "personalomsättning bland socialsekreterare",
                ),
            ],
        ),
        (
            "Mål 3: Chefer med goda förutsättningar att leda",
            [
                (
                    "Ledarprogrammet Leda i Hägersten-Älvsjö för 24 chefer i två omgångar",
                    "Utveckla",
                    "HR-enheten",
                    "VT 2027",
                    "chefsindex i medarbetarenkäten",
                ),
                (
                    "Mentor och chefsintroduktion under det första året som chef",
                    "Introducera",
                    "Avdelningscheferna",
                    "Löpande",
                    "andel nya chefer med mentor",
                ),
                (
                    "Översyn av antalet medarbetare per chef i äldreomsorgen",
                    "Behålla",
                    "Förvaltningsledningen",
                    "Q4 2026",
                    "antal medarbetare per chef",
                ),
            ],
        ),
        (
            "Mål 4: En attraktiv arbetsgivare som rekryterar rätt",
            [
                (
                    "Gemensam rekryteringsdag för förskollärare och barnskötare",
                    "Attrahera/Rekrytera",
                    "Förskoleavdelningen och HR-enheten",
                    "Q1 2027",
                    "antal anställda efter rekryteringsdagen",
                ),
                (
                    "Utbildning i kompetensbaserad rekrytering för nya chefer",
                    "Rekrytera",
                    "HR-enheten",
                    "HT 2026",
                    "andel chefer som gått utbildningen",
                ),
                (
                    "Medarbetare som ambassadörer i sociala medier och på mässor",
                    "Attrahera",
                    "Kommunikationsenheten/HR-enheten",
                    "2026",
                    "antal sökande per annons",
                ),
            ],
        ),
        (
            "Mål 5: En god introduktion och ett värdigt avslut",
            [
                (
                    "Gemensam introduktionsdag och digital checklista för alla nyanställda",
                    "Introducera",
                    "HR-enheten",
                    "Q1 2026",
                    "andel nyanställda som gått introduktionen",
                ),
                (
                    "Språkombud på arbetsplatser i vård och omsorg",
                    "Utveckla",
                    "Äldreomsorgsavdelningen och Avdelningen för socialpsykiatri och funktionsnedsättning",
                    "2026–2028",
                    "antal utbildade språkombud",
                ),
                (
                    "Avgångssamtal med alla som slutar och halvårsvis sammanställning till ledningsgruppen",
                    "Avsluta",
                    "Närmaste chef och HR-enheten",
                    "Löpande",
                    "svarsfrekvens på avgångsenkäten",
                ),
                (
                    "Pensionerade medarbetare erbjuds timanställning i en återanställningspool",
                    "Avsluta",
                    "HR-enheten",
                    "VT 2027",
                    "antal timmar utförda av poolen",
                ),
            ],
        ),
    ]
    for gi, (goal, acts) in enumerate(GOALS):
        if gi == 3:
            pagebreak()
        d.add_heading(goal, level=2)
        for act, area, vem, nar, matt in acts:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(act)
            r = p.add_run(f" ({area})")
            r.italic = True
            p2 = d.add_paragraph()
            p2.paragraph_format.left_indent = Cm(0.63)
            r = p2.add_run(f"Vem: {vem} | När: {nar} | Mått: {matt}")
            r.font.size = Pt(9)
            g.act("plan", area, goal, act, nar, vem, matt, goal)
    d.add_heading("5 Uppföljning", level=1)
    para(
        "Planen följs upp årligen i samband med verksamhetsberättelsen och revideras inför varje nytt verksamhetsår. Avdelningarnas handlingsplaner följs upp i tertialrapporterna. HR-enheten ansvarar för att sammanställa uppföljningen till förvaltningsgruppen."
    )
    d.core_properties.author = "Hägersten-Älvsjö stadsdelsförvaltning"
    d.core_properties.title = "Kompetensförsörjningsplan 2026–2028"
    fixed = datetime.datetime(2025, 12, 9, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "HR-enheten"
    d.core_properties.revision = 1
    path = os.path.join(outdir, fn)
    d.save(path)
    normalize_zip(path)
    return g


def normalize_zip(path):
    """Rewrite the docx zip with fixed timestamps so bytes are stable."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 9, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- gold writing
def find_page(pages, text, anchor):
    t = collapse(text)
    a = collapse(anchor)
    start = next((i for i, p in enumerate(pages) if a in p), None)
    if start is None:
        raise SystemExit(f"anchor not found: {anchor}")
    for i in range(start, len(pages)):
        if t in pages[i]:
            return i + 1
    raise SystemExit(f"text not found after anchor {anchor!r}: {text!r}")


def write_gold(golds, outdir, golddir):
    os.makedirs(golddir, exist_ok=True)
    cnt = {"OA": 0, "OF": 0, "OG": 0}
    with (
        open(f"{golddir}/plans.jsonl", "w") as fp,
        open(f"{golddir}/activities.jsonl", "w") as fa,
        open(f"{golddir}/figures.jsonl", "w") as ff,
        open(f"{golddir}/gaps.jsonl", "w") as fg,
    ):
        for g in golds:
            pages = file_pages(os.path.join(outdir, g.file))
            base = {"file": g.file, "administration": g.admin, "period": g.period}
            fp.write(
                json.dumps(
                    {"file": g.file, "administration": g.admin, "period": g.period, "layout": g.layout},
                    ensure_ascii=False,
                )
                + "\n"
            )
            for a in g.acts:
                cnt["OA"] += 1
                rec = {"id": f"OA{cnt['OA']:03d}", **base}
                rec.update({k: v for k, v in a.items() if not k.startswith("_")})
                rec["page"] = find_page(pages, a["activity"], a["_anchor"])
                fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in g.figs:
                cnt["OF"] += 1
                rec = {"id": f"OF{cnt['OF']:03d}", **base}
                rec.update({k: v for k, v in f.items() if not k.startswith("_") and k != "quote"})
                rec["page"] = find_page(pages, f["quote"], f["_anchor"])
                rec["quote"] = f["quote"]
                ff.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for x in g.gaps:
                cnt["OG"] += 1
                rec = {"id": f"OG{cnt['OG']:03d}", **base}
                rec.update({k: v for k, v in x.items() if not k.startswith("_") and k != "quote"})
                rec["page"] = find_page(pages, x["quote"], x["_anchor"])
                rec["quote"] = x["quote"]
                fg.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return cnt


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    golds = [plan1(outdir), plan2(outdir), plan3(outdir)]
    if len(sys.argv) > 2:
        print(write_gold(golds, outdir, sys.argv[2]))


if __name__ == "__main__":
    main()
