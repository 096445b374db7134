#!/usr/bin/env python
"""Four invented Stockholm plans, written blind in session 27 (writer m), into OUTDIR.

    python layouts_m.py OUTDIR                 # plan files only (eval/layouts/unseen10/plans)
    python layouts_m.py OUTDIR --gold GOLDDIR  # also write gold/*.jsonl

  stadsbyggnadskontoret-kfp-2025.pdf                      Stadsbyggnadskontoret, 2025 (A4 PDF)
  stadsbyggnadskontoret-kfp-2026.pdf                      Stadsbyggnadskontoret, 2026 (A4 PDF, same house style)
  spanga-tensta-kompetensforsorjningsplan-2026-2028.docx  Spånga-Tensta stadsdelsförvaltning, 2026-2028 (DOCX)
  stockholmshem-kompetensforsorjning-2026-2027.pdf        AB Stockholmshem, 2026-2027 (A4 PDF, sidebar, cards)

All plan content lives in this script, and the writer's gold is emitted by the same code that writes
each table row or sentence (Plan.fig/act/gap), so the gold helpers stay in. The gold in
eval/layouts/unseen10/gold is what --gold writes, with "writer": "m" added to every record.
The output is deterministic: reportlab runs with invariant=1 and the DOCX zip entries get fixed
timestamps. Gold pages are located by searching the stated text in the extracted text of each
page, in document order (pypdf for PDF; body paragraphs and table rows for DOCX).
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONTDIR, "DejaVuSans-BoldOblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

# ---------------------------------------------------------------- gold helpers
AREAS = ["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]
AREA_KEYS = {
    "utv": "Utveckla",
    "utveckla": "Utveckla",
    "beh": "Behålla",
    "behålla": "Behålla",
    "attr": "Attrahera",
    "attrahera": "Attrahera",
    "rekr": "Rekrytera",
    "rekrytera": "Rekrytera",
    "intro": "Introducera",
    "introducera": "Introducera",
    "avsl": "Avsluta",
    "avsluta": "Avsluta",
}
UNITS = {
    "employees_total": "count",
    "employees_permanent": "count",
    "employees_temporary": "count",
    "women_count": "count",
    "men_count": "count",
    "women_share": "percent",
    "men_share": "percent",
    "average_age": "years",
    "turnover_pct": "percent",
    "sick_leave_pct": "percent",
    "short_sick_leave_pct": "percent",
    "long_sick_leave_pct": "percent",
    "recruitments": "count",
    "departures": "count",
    "retirements": "count",
    "ami_index": "index",
    "equality_index": "index",
    "part_time_count": "count",
    "full_time_share": "percent",
    "hourly_staff": "count",
}
EMPLOYMENT_TYPES = {"tillsvidareanställda", "visstidsanställda", "månadsavlönade", "timavlönade"}
MONTHS = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}


def canon_areas(area):
    if not area:
        return []
    parts = re.split(r"/|,| och ", area)
    found = set()
    for p in parts:
        k = p.strip().lower()
        if k in AREA_KEYS:
            found.add(AREA_KEYS[k])
    return [a for a in AREAS if a in found]


def last_day(y, m):
    if m == 12:
        return datetime.date(y, 12, 31)
    return datetime.date(y, m + 1, 1) - datetime.timedelta(days=1)


def target_end(t):
    if not t:
        return None
    s = t.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{4})\s*[–-]\s*(\d{4})", s)
    if m:
        return "%s-12-31" % m.group(2)
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return "%s-12-31" % s
    m = re.fullmatch(r"[QK]([1-4]) (\d{4})", s)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        return last_day(y, q * 3).isoformat()
    m = re.fullmatch(r"HT (\d{4})", s)
    if m:
        return "%s-12-31" % m.group(1)
    m = re.fullmatch(r"VT (\d{4})", s)
    if m:
        return "%s-06-30" % m.group(1)
    m = re.fullmatch(r"([A-Za-zåäö]+) (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return last_day(int(m.group(2)), MONTHS[m.group(1).lower()]).isoformat()
    return None


def split_responsible(r):
    if not r:
        return []
    parts = re.split(r",|/| och | samt | med stöd av ", r)
    return [p.strip() for p in parts if p.strip()]


def num(s):
    s = s.replace("\u00a0", "").replace(" ", "").replace(",", ".").replace("%", "")
    v = float(s)
    return int(v) if v == int(v) and "." not in s else v


def norm(s):
    return " ".join(s.split())


class Plan:
    def __init__(self, file, administration, period, layout):
        self.file = file
        self.administration = administration
        self.period = period
        self.layout = layout
        self.figs = []
        self.acts = []
        self.gaps = []

    def fig(self, metric, value, as_of, quote, scope=None):
        assert metric in UNITS, metric
        if isinstance(value, str):
            value = num(value)
        headline = scope is None or scope.lower() in EMPLOYMENT_TYPES
        self.figs.append(
            dict(
                metric=metric,
                value=value,
                unit=UNITS[metric],
                as_of=as_of,
                scope=scope,
                headline=headline,
                quote=quote,
            )
        )

    def act(self, table, area, activity, goal=None, target_date=None, responsible=None, followup=None):
        self.acts.append(
            dict(
                table=table,
                area=area,
                areas=canon_areas(area),
                goal=goal,
                activity=activity,
                target_date=target_date,
                target_end=target_end(target_date),
                responsible=responsible,
                responsible_list=split_responsible(responsible),
                followup=followup,
            )
        )

    def gap(self, list_, text, quote=None, theme=None):
        self.gaps.append(dict(list=list_, theme=theme, text=text, quote=quote or text))


def row_quote(cells):
    return " ".join(c for c in cells if c != "")


# ---------------------------------------------------------------- PDF helpers
def numbered_canvas(drawfn):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                drawfn(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NumberedCanvas


def assert_fit(data, widths, pad=4):
    """Fail if a single word of a Paragraph cell is wider than its column (reportlab would
    split the word and the extracted text would no longer hold it)."""
    for row in data:
        for i, cell in enumerate(row):
            cells = cell if isinstance(cell, list) else [cell]
            for c in cells:
                if not isinstance(c, Paragraph):
                    continue
                fs = c.style.fontSize
                fn = "DV-B" if "<b>" in c.text else c.style.fontName
                for word in c.getPlainText().split():
                    wd = pdfmetrics.stringWidth(word, fn, fs)
                    if wd > widths[i] - 2 * pad:
                        raise ValueError(
                            "word %r (%.1f mm) does not fit column %d (%.1f mm)"
                            % (word, wd / mm, i, widths[i] / mm)
                        )


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bars(n, ch="█"):
    return ch * n


# ================================================================ STADSBYGGNADSKONTORET
SBK_BLUE = colors.HexColor("#00397A")
SBK_LIGHT = colors.HexColor("#E6EEF7")
SBK_ZEBRA = colors.HexColor("#F4F7FB")
SBK_GROUP = colors.HexColor("#D5E1EF")


def sbk_styles():
    s = {}
    s["body"] = ParagraphStyle("sbody", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
    s["title"] = ParagraphStyle(
        "stitle", fontName="DV-B", fontSize=22, leading=27, textColor=SBK_BLUE, spaceAfter=4
    )
    s["sub"] = ParagraphStyle(
        "ssub", fontName="DV", fontSize=11, leading=15, spaceAfter=10, textColor=colors.HexColor("#333333")
    )
    s["meta"] = ParagraphStyle(
        "smeta",
        fontName="DV-I",
        fontSize=8.5,
        leading=11,
        spaceAfter=12,
        textColor=colors.HexColor("#555555"),
    )
    s["h1"] = ParagraphStyle(
        "sh1",
        keepWithNext=1,
        fontName="DV-B",
        fontSize=14,
        leading=18,
        spaceBefore=10,
        spaceAfter=6,
        textColor=SBK_BLUE,
    )
    s["h2"] = ParagraphStyle(
        "sh2", keepWithNext=1, fontName="DV-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
    )
    s["cap"] = ParagraphStyle(
        "scap",
        keepWithNext=1,
        fontName="DV-B",
        fontSize=8.5,
        leading=11,
        spaceBefore=4,
        spaceAfter=3,
        textColor=SBK_BLUE,
    )
    s["note"] = ParagraphStyle(
        "snote", fontName="DV", fontSize=7.5, leading=9.5, spaceAfter=2, textColor=colors.HexColor("#444444")
    )
    s["cell"] = ParagraphStyle("scell", fontName="DV", fontSize=8, leading=10)
    s["cellb"] = ParagraphStyle("scellb", fontName="DV-B", fontSize=8, leading=10)
    s["celli"] = ParagraphStyle("scelli", fontName="DV-I", fontSize=8, leading=10)
    s["cellr"] = ParagraphStyle("scellr", fontName="DV", fontSize=8, leading=10, alignment=TA_RIGHT)
    s["cellrb"] = ParagraphStyle("scellrb", fontName="DV-B", fontSize=8, leading=10, alignment=TA_RIGHT)
    s["cellc"] = ParagraphStyle("scellc", fontName="DV", fontSize=8, leading=10, alignment=TA_CENTER)
    s["head"] = ParagraphStyle("shead", fontName="DV-B", fontSize=8, leading=10, textColor=colors.white)
    s["headr"] = ParagraphStyle(
        "sheadr", fontName="DV-B", fontSize=8, leading=10, textColor=colors.white, alignment=TA_RIGHT
    )
    s["headc"] = ParagraphStyle(
        "sheadc", fontName="DV-B", fontSize=8, leading=10, textColor=colors.white, alignment=TA_CENTER
    )
    s["acell"] = ParagraphStyle("sacell", fontName="DV", fontSize=7.5, leading=9.5)
    s["acellb"] = ParagraphStyle("sacellb", fontName="DV-B", fontSize=7.5, leading=9.5)
    s["acellc"] = ParagraphStyle("sacellc", fontName="DV", fontSize=7.5, leading=9.5, alignment=TA_CENTER)
    s["bar"] = ParagraphStyle("sbar", fontName="DV", fontSize=8, leading=10, textColor=SBK_BLUE)
    s["boxh"] = ParagraphStyle(
        "sboxh", fontName="DV-B", fontSize=11, leading=14, spaceAfter=4, textColor=SBK_BLUE
    )
    s["boxb"] = ParagraphStyle(
        "sboxb", fontName="DV", fontSize=9, leading=12.5, leftIndent=10, bulletIndent=0, spaceAfter=3
    )
    return s


def sbk_header(vp_text, dnr, footer_text):
    def draw(c, page, total):
        w, h = A4
        c.saveState()
        c.setFillColor(SBK_BLUE)
        c.setFont("DV-B", 11)
        c.drawString(25 * mm, h - 16 * mm, "STOCKHOLMS STAD")
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5)
        c.drawString(25 * mm, h - 21 * mm, "Stadsbyggnadskontoret")
        c.drawString(25 * mm, h - 25 * mm, "Stabsavdelningen, HR-enheten")
        c.drawRightString(w - 20 * mm, h - 16 * mm, vp_text)
        c.drawRightString(w - 20 * mm, h - 21 * mm, dnr)
        c.drawRightString(w - 20 * mm, h - 25 * mm, "Sida %d (%d)" % (page, total))
        c.setStrokeColor(SBK_BLUE)
        c.setLineWidth(0.8)
        c.line(25 * mm, h - 28 * mm, w - 20 * mm, h - 28 * mm)
        c.setFont("DV", 7)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(25 * mm, 12 * mm, footer_text)
        c.drawRightString(w - 20 * mm, 12 * mm, "stockholm.se")
        c.restoreState()

    return draw


def sbk_doc(path, title, drawfn, story):
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=34 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title=title,
        author="Stadsbyggnadskontoret, Stockholms stad",
        subject="Kompetensförsörjningsplan",
        creator="Microsoft Word",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="main",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(drawfn))


def sbk_table(rows, widths, styles_extra=(), header_rows=1, zebra=True, repeat=1):
    assert_fit(rows, widths)
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SBK_BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, SBK_BLUE),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SBK_ZEBRA]))
    cmds.extend(styles_extra)
    t.setStyle(TableStyle(cmds))
    return t


def sbk_box(s, heading, bullets):
    inner = [Paragraph(heading, s["boxh"])]
    for b in bullets:
        inner.append(Paragraph(b, s["boxb"], bulletText="•"))
    t = Table([[inner]], colWidths=[165 * mm])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SBK_LIGHT),
                ("LINEBEFORE", (0, 0), (0, -1), 4, SBK_BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def two_level_table(s, plan, years, rows, metrics):
    """rows: list of (label, [6 values as strings]); metrics: label -> metric name,
    with gender columns scoped 'Kvinnor'/'Män' unless the metric is women_count/men_count."""
    P = Paragraph
    data = [
        [P("", s["head"]), P(years[0], s["headc"]), "", "", P(years[1], s["headc"]), "", ""],
        [P("Nyckeltal", s["head"])] + [P(x, s["headr"]) for x in ["Kvinnor", "Män", "Totalt"] * 2],
    ]
    for label, vals in rows:
        data.append([P(label, s["cell"])] + [P(v, s["cellr"]) for v in vals])
        q = row_quote([label] + vals)
        metric = metrics[label]
        for yi, y in enumerate(years):
            k, m_, t = vals[yi * 3 : yi * 3 + 3]
            if metric == "employees_total":
                plan.fig("women_count", k, y, q)
                plan.fig("men_count", m_, y, q)
                plan.fig("employees_total", t, y, q)
            else:
                plan.fig(metric, k, y, q, scope="Kvinnor")
                plan.fig(metric, m_, y, q, scope="Män")
                plan.fig(metric, t, y, q)
    w = [57 * mm] + [18 * mm] * 6
    extra = [
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (4, 0), (6, 0)),
        ("BACKGROUND", (0, 0), (-1, 1), SBK_BLUE),
        ("LINEBELOW", (1, 0), (3, 0), 0.5, colors.white),
        ("LINEBELOW", (4, 0), (6, 0), 0.5, colors.white),
        ("LINEBEFORE", (4, 0), (4, -1), 0.5, colors.HexColor("#9FB3CC")),
    ]
    return sbk_table(data, w, extra, header_rows=2, repeat=2)


# ---------------------------------------------------------------- SBK 2025
def build_sbk_2025(outdir):
    fname = "stadsbyggnadskontoret-kfp-2025.pdf"
    plan = Plan(
        fname,
        "Stadsbyggnadskontoret",
        "2025",
        "Word-like A4 PDF, 6 p., Stockholms stad letterhead drawn as running header on "
        "every page with 'Sida N (T)' TOP RIGHT (no page number in footer); shaded "
        "'Det viktigaste i år' box on p1; TWO-LEVEL header key-figure table (2023/2024 "
        "with Kvinnor|Män|Totalt under each) with asterisk footnotes; per-avdelning table "
        "with group rows and SUBTOTAL rows; one-row turnover-by-year table; sick leave by "
        "type; age structure as a CHARACTER-BAR chart; occupation table with retirements "
        "2025–2029; gaps as a RISK TABLE (Risk | Tidsram); activity table Nr | Omr. | "
        "Aktivitet | Ansvar | Klart | Mått with ABBREVIATED area codes (Utv/Beh/Attr/...) "
        "and a legend",
    )
    s = sbk_styles()
    P = Paragraph
    st = []
    st.append(P("Kompetensförsörjningsplan 2025", s["title"]))
    st.append(
        P(
            "Stadsbyggnadskontorets plan för att utveckla, behålla, attrahera och rekrytera rätt kompetens",
            s["sub"],
        )
    )
    st.append(
        P(
            "Fastställd av stadsbyggnadsdirektören 2025-02-04. Planen är en bilaga till "
            "kontorets verksamhetsplan och följs upp i verksamhetsberättelsen.",
            s["meta"],
        )
    )
    st.append(
        sbk_box(
            s,
            "Det viktigaste i år",
            [
                "Bygglovhandläggare, byggnadsinspektörer och planarkitekter med projektledarerfarenhet "
                "är fortsatt svårast att rekrytera.",
                "Personalomsättningen sjönk till 9,8 procent 2024 men är fortsatt hög på Bygglovavdelningen.",
                "Vi startar ett internt traineeprogram för nyexaminerade samhällsplanerare med åtta platser.",
                "Alla nya chefer ska ha gått stadens chefsutbildning inom ett år från tillträdet.",
                "Målet är en sjukfrånvaro på högst 3,3 procent.",
            ],
        )
    )
    plan.fig("turnover_pct", "9,8", "2024", "Personalomsättningen sjönk till 9,8 procent 2024")
    st.append(Spacer(1, 8))
    st.append(P("1 Inledning", s["h1"]))
    st.append(
        P(
            "Stadsbyggnadskontoret ansvarar för detaljplanering, bygglov och byggtillsyn, "
            "fastighetsbildning genom Lantmäterimyndigheten samt för stadens grundkarta och "
            "geodata. Uppdraget kräver specialister som hela regionen konkurrerar om. "
            "Samtidigt ska kontoret bidra till stadens mål om 140 000 nya bostäder till 2030, "
            "vilket ställer krav på både volym och kvalitet i planeringen.",
            s["body"],
        )
    )
    st.append(
        P(
            "Planen bygger på stadens riktlinjer för kompetensförsörjning och följer "
            "UBARA-modellen, det vill säga utveckla, behålla, attrahera, rekrytera och "
            "avsluta. Liksom tidigare år har vi lagt till introducera som ett eget område. "
            "Underlaget kommer från avdelningarnas kompetensanalyser, som togs fram under "
            "hösten 2024, från medarbetarenkäten och från personalstatistik ur stadens "
            "HR-system per den 31 december 2024.",
            s["body"],
        )
    )
    st.append(
        P(
            "Planen gäller för 2025. Den tas fram i samverkan med de fackliga "
            "organisationerna och stäms av i kontorets samverkansgrupp.",
            s["body"],
        )
    )

    st.append(PageBreak())
    st.append(P("2 Nuläge", s["h1"]))
    st.append(P("2.1 Medarbetare", s["h2"]))
    st.append(
        P(
            "Den 31 december 2024 hade kontoret 684 månadsavlönade medarbetare, 23 fler än "
            "ett år tidigare. Av dem var 628 tillsvidareanställda och 56 visstidsanställda, "
            "bland annat projektanställda inom digitaliseringen av bygglovsprocessen. "
            "Därutöver hade 23 timavlönade minst en utbetalning i december, främst i arkivet "
            "och kundcenter. 97 procent av de månadsavlönade arbetar heltid och 21 medarbetare "
            "har på egen begäran gått ned i tid.",
            s["body"],
        )
    )
    plan.fig("employees_total", "684", "2024", "hade kontoret 684 månadsavlönade medarbetare")
    plan.fig("employees_permanent", "628", "2024", "Av dem var 628 tillsvidareanställda")
    plan.fig("employees_temporary", "56", "2024", "56 visstidsanställda")
    plan.fig("hourly_staff", "23", "2024", "Därutöver hade 23 timavlönade")
    plan.fig("full_time_share", "97", "2024", "97 procent av de månadsavlönade arbetar heltid")
    plan.fig("part_time_count", "21", "2024", "21 medarbetare har på egen begäran gått ned i tid")

    st.append(P("Tabell 1. Nyckeltal per kön 2023 och 2024", s["cap"]))
    rows = [
        ("Månadsavlönade, antal", ["378", "283", "661", "392", "292", "684"]),
        ("varav tillsvidareanställda", ["352", "262", "614", "361", "267", "628"]),
        ("varav visstidsanställda", ["26", "21", "47", "31", "25", "56"]),
        ("Medelålder, år", ["44,1", "45,8", "44,8", "43,7", "45,5", "44,5"]),
        ("Sjukfrånvaro, %", ["4,6", "2,5", "3,7", "4,4", "2,3", "3,5"]),
        ("Personalomsättning, %*", ["11,9", "10,8", "11,4", "10,3", "9,1", "9,8"]),
        ("Aktivt medskapandeindex (AMI)**", ["76", "77", "76", "78", "76", "77"]),
    ]
    metrics = {
        "Månadsavlönade, antal": "employees_total",
        "varav tillsvidareanställda": "employees_permanent",
        "varav visstidsanställda": "employees_temporary",
        "Medelålder, år": "average_age",
        "Sjukfrånvaro, %": "sick_leave_pct",
        "Personalomsättning, %*": "turnover_pct",
        "Aktivt medskapandeindex (AMI)**": "ami_index",
    }
    st.append(two_level_table(s, plan, ["2023", "2024"], rows, metrics))
    st.append(Spacer(1, 3))
    st.append(
        P(
            "* Tillsvidareanställda som lämnat kontoret, inklusive pensionsavgångar, i "
            "förhållande till genomsnittligt antal tillsvidareanställda. Byten mellan "
            "avdelningar räknas inte.",
            s["note"],
        )
    )
    st.append(P("** Från stadens medarbetarenkät, skala 0–100. Enkäten genomfördes i september.", s["note"]))
    st.append(Spacer(1, 6))
    st.append(
        P(
            "Andelen kvinnor är 57 procent och andelen män 43 procent. Könsfördelningen "
            "skiljer sig mycket mellan yrkena: bland byggnadsinspektörerna är 11 av 38 "
            "kvinnor, medan nästan tre av fyra planarkitekter är kvinnor.",
            s["body"],
        )
    )
    plan.fig("women_share", "57", "2024", "Andelen kvinnor är 57 procent")
    plan.fig("men_share", "43", "2024", "andelen män 43 procent")
    plan.fig(
        "women_count",
        "11",
        "2024",
        "bland byggnadsinspektörerna är 11 av 38 kvinnor",
        scope="byggnadsinspektörerna",
    )
    plan.fig(
        "employees_total",
        "38",
        "2024",
        "bland byggnadsinspektörerna är 11 av 38 kvinnor",
        scope="byggnadsinspektörerna",
    )

    st.append(P("2.2 Medarbetare per avdelning", s["h2"]))
    st.append(P("Tabell 2. Anställda per avdelning 2024-12-31", s["cap"]))
    head = ["Avdelning", "Tillsvidare", "Visstid", "Summa", "Därav kvinnor", "Timavlönade"]
    body = [
        ("G", "Myndighetsutövning"),
        ("R", ["Bygglovavdelningen", "142", "14", "156", "88", "4"]),
        ("R", ["Lantmäterimyndigheten", "96", "7", "103", "52", "2"]),
        ("S", ["Summa myndighetsutövning", "238", "21", "259", "140", "6"], "Myndighetsutövning"),
        ("G", "Planering och utveckling"),
        ("R", ["Planavdelningen", "168", "15", "183", "112", "3"]),
        ("R", ["Strategiska avdelningen", "54", "4", "58", "35", "1"]),
        ("R", ["Geodataavdelningen", "71", "6", "77", "33", "5"]),
        ("S", ["Summa planering och utveckling", "293", "25", "318", "180", "9"], "Planering och utveckling"),
        ("G", "Stöd och styrning"),
        ("R", ["Stabsavdelningen", "63", "6", "69", "48", "6"]),
        ("R", ["Kommunikationsavdelningen", "34", "4", "38", "24", "2"]),
        ("S", ["Summa stöd och styrning", "97", "10", "107", "72", "8"], "Stöd och styrning"),
        ("T", ["Stadsbyggnadskontoret totalt", "628", "56", "684", "392", "23"], None),
    ]
    cols = ["employees_permanent", "employees_temporary", "employees_total", "women_count", "hourly_staff"]
    data = [[P(head[0], s["head"])] + [P(h, s["headr"]) for h in head[1:]]]
    extra = []
    for item in body:
        r = len(data)
        if item[0] == "G":
            data.append([P(item[1], s["celli"]), "", "", "", "", ""])
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SBK_GROUP)]
            continue
        cells = item[1]
        bold = item[0] in "ST"
        data.append(
            [P(cells[0], s["cellb"] if bold else s["cell"])]
            + [P(v, s["cellrb"] if bold else s["cellr"]) for v in cells[1:]]
        )
        if bold:
            extra += [
                ("LINEABOVE", (0, r), (-1, r), 0.5, SBK_BLUE),
                ("BACKGROUND", (0, r), (-1, r), colors.white),
            ]
        scope = cells[0] if item[0] == "R" else item[2]
        q = row_quote(cells)
        for c, v in zip(cols, cells[1:]):
            plan.fig(c, v, "2024", q, scope=scope)
    st.append(sbk_table(data, [58 * mm, 21 * mm, 18 * mm, 18 * mm, 24 * mm, 24 * mm], extra, zebra=False))
    st.append(Spacer(1, 3))
    st.append(
        P(
            "Lantmäterimyndigheten är en egen myndighet men organisatoriskt en del av "
            "kontoret. Timavlönade redovisas som antal personer med utbetalning i december.",
            s["note"],
        )
    )

    st.append(P("2.3 Personalrörlighet", s["h2"]))
    st.append(
        P(
            "Personalomsättningen minskade från 11,4 procent 2023 till 9,8 procent 2024. "
            "Under året slutade 61 tillsvidareanställda, varav 9 gick i pension, och vi "
            "rekryterade 87 nya medarbetare. Omsättningen är högst på Bygglovavdelningen med "
            "14,2 procent, där 20 tillsvidareanställda slutade. Av dem gick 12 till en annan "
            "kommun i länet, vilket bekräftar bilden från avgångsenkäten att lön och "
            "möjlighet till distansarbete väger tungt.",
            s["body"],
        )
    )
    plan.fig("turnover_pct", "11,4", "2023", "från 11,4 procent 2023 till 9,8 procent 2024")
    plan.fig("turnover_pct", "9,8", "2024", "från 11,4 procent 2023 till 9,8 procent 2024")
    plan.fig("departures", "61", "2024", "Under året slutade 61 tillsvidareanställda")
    plan.fig("retirements", "9", "2024", "varav 9 gick i pension")
    plan.fig("recruitments", "87", "2024", "vi rekryterade 87 nya medarbetare")
    plan.fig(
        "turnover_pct",
        "14,2",
        "2024",
        "högst på Bygglovavdelningen med 14,2 procent",
        scope="Bygglovavdelningen",
    )
    plan.fig("departures", "20", "2024", "där 20 tillsvidareanställda slutade", scope="Bygglovavdelningen")
    st.append(P("Tabell 3. Personalomsättning per år, procent", s["cap"]))
    yrs = ["2020", "2021", "2022", "2023", "2024"]
    vals = ["10,6", "12,1", "12,8", "11,4", "9,8"]
    data = [
        [P("År", s["head"])] + [P(y, s["headr"]) for y in yrs],
        [P("Personalomsättning, %", s["cell"])] + [P(v, s["cellr"]) for v in vals],
    ]
    q = row_quote(["Personalomsättning, %"] + vals)
    for y, v in zip(yrs, vals):
        plan.fig("turnover_pct", v, y, q)
    st.append(sbk_table(data, [50 * mm] + [20 * mm] * 5, zebra=False))

    st.append(P("2.4 Sjukfrånvaro", s["h2"]))
    st.append(
        P(
            "Den totala sjukfrånvaron var 3,5 procent 2024, vilket är lägre än snittet för "
            "stadens fackförvaltningar. Kvinnors sjukfrånvaro är nästan dubbelt så hög som "
            "mäns. Den korta sjukfrånvaron har ökat något medan långtidssjukfrånvaron har "
            "minskat, se tabell 4.",
            s["body"],
        )
    )
    plan.fig("sick_leave_pct", "3,5", "2024", "Den totala sjukfrånvaron var 3,5 procent 2024")
    st.append(P("Tabell 4. Sjukfrånvaro per typ, procent av ordinarie arbetstid", s["cap"]))
    rows = [
        ("Korttidssjukfrånvaro, dag 1–14", "1,6", "1,7", "short_sick_leave_pct"),
        ("Dag 15–90", "0,6", "0,5", None),
        ("Långtidssjukfrånvaro, dag 91 och längre", "1,5", "1,3", "long_sick_leave_pct"),
        ("Total sjukfrånvaro", "3,7", "3,5", "sick_leave_pct"),
    ]
    data = [[P("Typ av sjukfrånvaro", s["head"]), P("2023", s["headr"]), P("2024", s["headr"])]]
    for lab, a, b, m_ in rows:
        data.append([P(lab, s["cell"]), P(a, s["cellr"]), P(b, s["cellr"])])
        if m_:
            q = row_quote([lab, a, b])
            plan.fig(m_, a, "2023", q)
            plan.fig(m_, b, "2024", q)
    st.append(sbk_table(data, [80 * mm, 22 * mm, 22 * mm], [("FONTNAME", (0, -1), (-1, -1), "DV-B")]))

    st.append(P("2.5 Åldersstruktur och pensionsavgångar", s["h2"]))
    st.append(P("Figur 1. Tillsvidareanställda per åldersgrupp 2024, antal", s["cap"]))
    ages = [
        ("29 år och yngre", 52),
        ("30–39 år", 171),
        ("40–49 år", 188),
        ("50–59 år", 139),
        ("60 år och äldre", 78),
    ]
    data = [[P(a, s["cell"]), P(bars(round(n / 10)), s["bar"]), P(str(n), s["cellr"])] for a, n in ages]
    t = Table(data, colWidths=[34 * mm, 70 * mm, 14 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.grey),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(P("Varje stapelsegment motsvarar ungefär tio medarbetare.", s["note"]))
    st.append(Spacer(1, 4))
    st.append(
        P(
            "Medelåldern bland tillsvidareanställda är 45,1 år. Under 2025–2029 kan 61 "
            "medarbetare gå i pension om vi räknar med en pensionsålder på 66 år. Behovet "
            "av ersättare är störst bland byggnadsinspektörer, GIS-ingenjörer och "
            "administratörer, se tabell 5.",
            s["body"],
        )
    )
    plan.fig(
        "average_age",
        "45,1",
        "2024",
        "Medelåldern bland tillsvidareanställda är 45,1 år",
        scope="tillsvidareanställda",
    )
    plan.fig("retirements", "61", "2025-2029", "Under 2025–2029 kan 61 medarbetare gå i pension")
    st.append(P("Tabell 5. De största yrkesgrupperna, tillsvidareanställda 2024", s["cap"]))
    head = ["Yrkesgrupp", "Antal", "Medelålder", "60 år och äldre", "Möjliga pensionsavgångar 2025–2029"]
    occ = [
        ["Planarkitekt", "118", "41,0", "9", "7"],
        ["Bygglovhandläggare", "104", "39,4", "6", "5"],
        ["Handläggare/utredare", "86", "45,3", "11", "9"],
        ["Lantmätare/förrättningslantmätare", "61", "44,2", "8", "6"],
        ["GIS-ingenjör/kartingenjör", "52", "47,6", "10", "8"],
        ["Administratör/registrator", "41", "52,1", "12", "10"],
        ["Byggnadsinspektör", "38", "49,3", "7", "6"],
        ["Arkitekt/antikvarie", "29", "48,2", "5", "4"],
    ]
    data = [[P(head[0], s["head"])] + [P(h, s["headr"]) for h in head[1:]]]
    for r in occ:
        data.append([P(r[0], s["cell"])] + [P(v, s["cellr"]) for v in r[1:]])
        q = row_quote(r)
        plan.fig("employees_permanent", r[1], "2024", q, scope=r[0])
        plan.fig("average_age", r[2], "2024", q, scope=r[0])
        plan.fig("retirements", r[4], "2025-2029", q, scope=r[0])
    tot = ["Samtliga tillsvidareanställda", "628", "45,1", "78", "61"]
    data.append([P(tot[0], s["cellb"])] + [P(v, s["cellrb"]) for v in tot[1:]])
    q = row_quote(tot)
    plan.fig("employees_permanent", "628", "2024", q)
    plan.fig("average_age", "45,1", "2024", q, scope="tillsvidareanställda")
    plan.fig("retirements", "61", "2025-2029", q)
    st.append(
        sbk_table(
            data,
            [58 * mm, 18 * mm, 22 * mm, 25 * mm, 40 * mm],
            [("LINEABOVE", (0, -1), (-1, -1), 0.5, SBK_BLUE)],
        )
    )

    st.append(PageBreak())
    st.append(P("3 Kompetensanalys", s["h1"]))
    st.append(P("3.1 Vad påverkar vårt kompetensbehov?", s["h2"]))
    st.append(
        P(
            "Bostadsbyggandet har bromsats av högre räntor och byggkostnader, men "
            "planeringen av stadens stora stadsutvecklingsområden fortsätter och volymen "
            "planbesked är fortsatt hög. När marknaden vänder behöver kontoret kunna leverera "
            "detaljplaner och bygglov snabbt, vilket kräver att vi behåller de erfarna "
            "medarbetare vi har.",
            s["body"],
        )
    )
    st.append(
        P(
            "Digitaliseringen förändrar arbetet i grunden. Kravet på digitala detaljplaner, "
            "stadens digitala tvilling och automatiserade delar av bygglovsprocessen gör att "
            "fler roller behöver kunna arbeta med geodata, 3D och strukturerad information. "
            "Samtidigt ökar antalet överklaganden, och handläggarna behöver fördjupad "
            "kunskap om plan- och bygglagen och om praxis.",
            s["body"],
        )
    )
    st.append(
        P(
            "Avdelningarnas analyser pekar också på att många chefer är nya i sina roller. "
            "Var tredje enhetschef har varit chef kortare tid än två år, och flera av dem "
            "leder grupper med hög omsättning.",
            s["body"],
        )
    )
    st.append(P("3.2 Kompetensgap och risker", s["h2"]))
    st.append(
        P(
            "Tabellen sammanfattar de gap som avdelningarna bedömer som viktigast. Risk anger "
            "hur allvarligt gapet påverkar kontorets leveranser och tidsram när det bedöms få "
            "genomslag.",
            s["body"],
        )
    )
    gaps = [
        [
            "Erfarna bygglovhandläggare",
            "Hög",
            "0–1 år",
            "Hög omsättning och många nyanställda. Kranskommunerna konkurrerar om handläggare med "
            "mer än tre års erfarenhet.",
        ],
        [
            "Byggnadsinspektörer",
            "Hög",
            "0–2 år",
            "Hög medelålder och få utbildade. Sex kan gå i pension till och med 2029.",
        ],
        [
            "Planarkitekter med projektledarerfarenhet",
            "Hög",
            "1–3 år",
            "Behövs för att driva stora och komplexa planprojekt.",
        ],
        [
            "Förrättningslantmätare",
            "Medel",
            "1–3 år",
            "Liten utbildningsvolym nationellt. Lantmäteriet rekryterar samma profil.",
        ],
        [
            "Jurister med inriktning mot plan- och bygglagen",
            "Medel",
            "1–3 år",
            "Fler överklaganden och ny praxis kräver juridiskt stöd tidigt i processen.",
        ],
        [
            "GIS- och 3D-kompetens",
            "Medel",
            "2–5 år",
            "Den digitala tvillingen och digitala detaljplaner ökar behovet.",
        ],
        [
            "Chefer med erfarenhet av förändringsledning",
            "Låg",
            "2–5 år",
            "Många nya chefer. Behovet ökar när nya arbetssätt införs.",
        ],
    ]
    head = ["Kompetens eller yrke", "Risk", "Tidsram", "Kommentar"]
    data = [[P(h, s["head"]) for h in head]]
    extra = []
    riskcol = {
        "Hög": colors.HexColor("#F6D5D1"),
        "Medel": colors.HexColor("#FCEFC7"),
        "Låg": colors.HexColor("#DCEFD9"),
    }
    for g in gaps:
        r = len(data)
        data.append([P(g[0], s["cellb"]), P(g[1], s["cellc"]), P(g[2], s["cellc"]), P(g[3], s["cell"])])
        extra.append(("BACKGROUND", (1, r), (1, r), riskcol[g[1]]))
        plan.gap("Kompetensgap och risker", g[0], quote=row_quote(g))
    st.append(sbk_table(data, [50 * mm, 16 * mm, 18 * mm, 81 * mm], extra, zebra=False))
    st.append(Spacer(1, 3))
    st.append(
        P(
            "Risk: Hög = påverkar leveranserna redan i dag. Medel = påverkar inom några år om "
            "inget görs. Låg = bevakas.",
            s["note"],
        )
    )
    st.append(P("3.3 Slutsatser", s["h2"]))
    st.append(
        P(
            "Den viktigaste slutsatsen är att kontoret behöver bli bättre på att behålla och "
            "utveckla erfarna handläggare. Lönen är en del av lösningen, men i avgångsenkäten "
            "lyfter många också brist på karriärvägar och på tid för introduktion av nya "
            "kollegor. Vi behöver därför både en riktad lönesatsning och tydligare "
            "karriärsteg. För de yrken där utbildningsvolymen är liten måste vi i högre grad "
            "utbilda själva, bland annat genom ett traineeprogram och genom examensarbeten.",
            s["body"],
        )
    )

    st.append(PageBreak())
    st.append(P("4 Aktiviteter 2025", s["h1"]))
    st.append(
        P(
            "Tabellen visar kontorsgemensamma aktiviteter. Avdelningarna har dessutom egna "
            "aktiviteter i sina verksamhetsplaner.",
            s["body"],
        )
    )
    st.append(
        P(
            "Förkortningar i kolumnen Omr.: Utv = utveckla, Beh = behålla, Attr = attrahera, "
            "Rekr = rekrytera, Intro = introducera, Avsl = avsluta.",
            s["note"],
        )
    )
    st.append(Spacer(1, 4))
    acts = SBK_2025_ACTS
    head = ["Nr", "Omr.", "Aktivitet", "Ansvar", "Klart", "Mått"]
    data = [[P(h, s["head"]) for h in head]]
    for a in acts:
        data.append(
            [
                P(a[0], s["acell"]),
                P(a[1], s["acellb"]),
                P(a[2], s["acell"]),
                P(a[3], s["acell"]),
                P(a[4], s["acell"]),
                P(a[5], s["acell"]),
            ]
        )
        plan.act("plan", a[1], a[2], target_date=a[4], responsible=a[3], followup=a[5])
    st.append(sbk_table(data, [7 * mm, 17 * mm, 47 * mm, 42 * mm, 19 * mm, 33 * mm]))
    st.append(P("5 Uppföljning", s["h1"]))
    st.append(
        P(
            "Aktiviteterna följs upp i tertialrapport 2 och i verksamhetsberättelsen för "
            "2025. Nyckeltalen redovisas för ledningsgruppen varje kvartal, och resultatet av "
            "uppföljningen är underlag för planen för 2026.",
            s["body"],
        )
    )
    st.append(P("6 Definitioner", s["h1"]))
    for term, txt in [
        ("Månadsavlönade", "tillsvidare- och visstidsanställda med månadslön, oavsett sysselsättningsgrad."),
        (
            "Personalomsättning",
            "tillsvidareanställda som slutat på kontoret under året, "
            "inklusive pensionsavgångar, i procent av genomsnittligt antal tillsvidareanställda.",
        ),
        (
            "Korttidssjukfrånvaro",
            "sjukfrånvaro under dag 1–14 i en sjukperiod. Långtidssjukfrånvaro avser dag 91 och längre.",
        ),
        (
            "AMI",
            "Aktivt medskapandeindex, stadens samlade mått från medarbetarenkäten på "
            "motivation, ledarskap och styrning.",
        ),
        (
            "Möjliga pensionsavgångar",
            "medarbetare som fyller 66 år under perioden. Den "
            "faktiska pensionsåldern varierar mellan 62 och 69 år.",
        ),
    ]:
        st.append(P("<b>%s</b> – %s" % (term, txt), s["body"]))

    path = os.path.join(outdir, fname)
    sbk_doc(
        path,
        "Kompetensförsörjningsplan 2025",
        sbk_header(
            "Bilaga 3 till verksamhetsplan 2025",
            "Dnr SBK 2024-01872",
            "Stadsbyggnadskontoret · Kompetensförsörjningsplan 2025",
        ),
        st,
    )
    return plan


SBK_2025_ACTS = [
    [
        "1",
        "Utv",
        "Starta ett internt traineeprogram för nyexaminerade samhällsplanerare med åtta platser",
        "Planavdelningen med stöd av HR-enheten",
        "2025-08-31",
        "Antal traineer som fullföljer programmet",
    ],
    [
        "2",
        "Utv",
        "Utbilda alla bygglovhandläggare i den nya digitala handläggningsprocessen",
        "Bygglovavdelningen",
        "Q2 2025",
        "Andel utbildade handläggare",
    ],
    [
        "3",
        "Utv",
        "Erbjuda första linjens chefer ledarprogrammet Leda i förändring",
        "HR-enheten",
        "HT 2025",
        "Antal deltagare och kursutvärdering",
    ],
    [
        "4",
        "Utv",
        "Ta fram kompetensprofiler för GIS- och 3D-roller",
        "Geodataavdelningen",
        "2025-10-31",
        "Profiler beslutade i ledningsgruppen",
    ],
    [
        "5",
        "Beh",
        "Genomföra en riktad lönesatsning för bygglovhandläggare och byggnadsinspektörer i lönerevisionen",
        "Kontorsledningen",
        "2025-04-01",
        "Löneläge jämfört med kranskommunerna",
    ],
    [
        "6",
        "Beh",
        "Införa tre karriärsteg för handläggare: handläggare, erfaren handläggare och specialist",
        "HR-enheten och avdelningscheferna",
        "2025-12-31",
        "Antal medarbetare som gått upp ett karriärsteg",
    ],
    [
        "7",
        "Beh",
        "Genomföra hälsosamtal vid upprepad korttidssjukfrånvaro",
        "Respektive chef",
        "Löpande",
        "Korttidsfrånvaro per avdelning",
    ],
    [
        "8",
        "Attr/Rekr",
        "Delta i arbetsmarknadsdagar på KTH, LTH och SLU och erbjuda examensarbeten",
        "Kommunikationsavdelningen och HR-enheten",
        "VT 2025",
        "Antal examensarbeten",
    ],
    [
        "9",
        "Attr",
        "Ta fram filmade medarbetarporträtt till karriärsidan",
        "Kommunikationsavdelningen",
        "Juni 2025",
        "Antal visningar och ansökningar",
    ],
    [
        "10",
        "Rekr",
        "Använda stadens kompetensbaserade intervjumallar i alla rekryteringar",
        "Rekryterande chef",
        "Löpande",
        "Andel rekryteringar där mallen använts",
    ],
    [
        "11",
        "Rekr",
        "Samla rekryteringen av bygglovhandläggare i två ansökningsomgångar per år",
        "Bygglovavdelningen och HR-enheten",
        "Q3 2025",
        "Tid från annons till tillträde",
    ],
    [
        "12",
        "Intro",
        "Införa ett gemensamt introduktionsprogram på fyra halvdagar för alla nyanställda",
        "HR-enheten",
        "2025-03-31",
        "Enkät till nyanställda efter sex månader",
    ],
    [
        "13",
        "Intro",
        "Utse en fadder för varje nyanställd på Bygglovavdelningen och Lantmäterimyndigheten",
        "Enhetschefer",
        "Löpande",
        "Andel nyanställda med fadder",
    ],
    [
        "14",
        "Avsl",
        "Erbjuda avslutningssamtal till alla som slutar och sammanställa avgångsenkäten per halvår",
        "Närmaste chef/HR-enheten",
        "Löpande",
        "Svarsfrekvens i avgångsenkäten",
    ],
    [
        "15",
        "Avsl",
        "Upprätta överlämningsplaner för medarbetare som går i pension inom två år",
        "Avdelningscheferna",
        "2025-12-31",
        "Antal upprättade överlämningsplaner",
    ],
]


# ---------------------------------------------------------------- SBK 2026
SBK_2025_OUTCOME = {
    "1": "Genomförd. Åtta traineer började i augusti och sju av dem har fått tillsvidareanställning.",
    "2": "Genomförd. 96 procent av handläggarna har gått utbildningen.",
    "3": "Delvis genomförd. En grupp om tolv chefer har deltagit. En andra grupp startar i mars 2026.",
    "4": "Delvis genomförd. Profilerna är klara men beslutas efter omorganisationen. Förs över till 2026.",
    "5": "Genomförd i lönerevisionen 2025. Löneläget för bygglovhandläggare ligger nu i nivå med "
    "kranskommunernas median.",
    "6": "Delvis genomförd. Karriärstegen är införda på Bygglovavdelningen och "
    "Lantmäterimyndigheten. Förs över till 2026 för övriga avdelningar.",
    "7": "Genomförd och fortsätter som ordinarie rutin.",
    "8": "Genomförd. Kontoret deltog på fyra arbetsmarknadsdagar och tog emot sex examensarbeten.",
    "9": "Ej genomförd. Prioriterades ned på grund av vakanser på kommunikationsavdelningen. "
    "Förs över till 2026.",
    "10": "Genomförd. Mallen användes i 91 procent av rekryteringarna.",
    "11": "Genomförd. Tiden från annons till tillträde kortades från 5,1 till 3,8 månader.",
    "12": "Genomförd. 74 nyanställda har gått programmet.",
    "13": "Delvis genomförd. Fadder fanns för drygt hälften av de nyanställda. Förs över till 2026.",
    "14": "Genomförd. Svarsfrekvensen i avgångsenkäten var 58 procent.",
    "15": "Ej genomförd. Ersätts 2026 av en bredare aktivitet om kunskapsöverföring.",
}

SBK_2026_ACTS = [
    # nr, area, activity, ansvar, quarters, klart
    [
        "1",
        "Utveckla",
        "Genomföra en andra omgång av traineeprogrammet för samhällsplanerare med sex platser",
        "Planavdelningen med stöd av HR-enheten",
        "..XX",
        "2026-12-31",
    ],
    [
        "2*",
        "Utveckla",
        "Genomföra en andra grupp i ledarprogrammet Leda i förändring",
        "HR-enheten",
        "XXX.",
        "2026-09-30",
    ],
    [
        "3*",
        "Utveckla",
        "Besluta och införa kompetensprofiler för GIS- och 3D-roller",
        "Digitaliseringsavdelningen",
        "XX..",
        "Q2 2026",
    ],
    [
        "4",
        "Utveckla",
        "Utbilda handläggare i att använda AI-stöd i bygglov och lantmäteri",
        "Bygglovavdelningen och Lantmäterimyndigheten",
        ".XXX",
        "2026-12-31",
    ],
    [
        "5*",
        "Behålla",
        "Införa karriärstegen för handläggare på övriga avdelningar",
        "HR-enheten och avdelningscheferna",
        "XXXX",
        "2026-12-31",
    ],
    [
        "6",
        "Behålla",
        "Starta en intern chefspool för medarbetare som vill pröva ett chefsuppdrag",
        "HR-enheten",
        "XX..",
        "2026-06-30",
    ],
    [
        "7",
        "Behålla",
        "Fortsätta den riktade lönesatsningen, nu för förrättningslantmätare och byggnadsinspektörer",
        "Kontorsledningen",
        ".X..",
        "2026-04-01",
    ],
    [
        "8*",
        "Attrahera",
        "Ta fram filmade medarbetarporträtt till karriärsidan",
        "Kommunikationsavdelningen",
        ".XX.",
        "Q3 2026",
    ],
    [
        "9",
        "Attrahera",
        "Erbjuda sommarjobb för studenter inom lantmäteri och samhällsbyggnad",
        "Lantmäterimyndigheten",
        ".XX.",
        "2026-08-31",
    ],
    [
        "10",
        "Rekrytera",
        "Pröva arbetsprov i rekryteringen av byggnadsinspektörer",
        "Bygglovavdelningen",
        "XX..",
        "Q2 2026",
    ],
    [
        "11",
        "Introducera",
        "Erbjuda alla nya chefer en mentor under det första året",
        "HR-enheten",
        "XXXX",
        "Löpande",
    ],
    [
        "12*",
        "Introducera",
        "Säkerställa att varje nyanställd har en fadder",
        "Enhetschefer",
        "XXXX",
        "2026-12-31",
    ],
    [
        "13",
        "Avsluta",
        "Genomföra strukturerad kunskapsöverföring när nyckelpersoner slutar eller går i pension",
        "Avdelningscheferna",
        "XXXX",
        "Löpande",
    ],
    [
        "14",
        "Avsluta",
        "Redovisa avgångsenkäten per avdelning i ledningsgruppen två gånger per år",
        "HR-enheten",
        ".X.X",
        "2026-12-31",
    ],
]


def build_sbk_2026(outdir):
    fname = "stadsbyggnadskontoret-kfp-2026.pdf"
    plan = Plan(
        fname,
        "Stadsbyggnadskontoret",
        "2026",
        "Second version of the Stadsbyggnadskontoret plan (same house style: letterhead "
        "running header with 'Sida N (T)' top right, 'Det viktigaste i år' box): "
        "FOLLOW-UP table of all 15 activities of 2025 (Nr | Omr. | Aktivitet 2025 | Utfall) "
        "placed before the key figures; two-level Kvinnor|Män|Totalt table for 2024/2025; "
        "turnover 2021–2025 as a CHARACTER-BAR chart; per-avdelning table with subtotals "
        "and other columns (sjukfrånvaro, personalomsättning) after a reorganisation; sick "
        "leave by type in prose; age table Kvinnor|Män|Totalt; recruitment-difficulty "
        "table per occupation; risk table with a change column (↑ ↓ → Ny); activities as a "
        "GANTT-like table with quarter columns K1–K4 (■) and a Klart column, '*' in Nr "
        "marking activities carried over from 2025",
    )
    s = sbk_styles()
    P = Paragraph
    st = []
    st.append(P("Kompetensförsörjningsplan 2026", s["title"]))
    st.append(
        P(
            "Stadsbyggnadskontorets plan för att utveckla, behålla, attrahera och rekrytera rätt kompetens",
            s["sub"],
        )
    )
    st.append(
        P(
            "Fastställd av stadsbyggnadsdirektören 2026-01-27. Planen är en bilaga till "
            "kontorets verksamhetsplan för 2026.",
            s["meta"],
        )
    )
    st.append(
        sbk_box(
            s,
            "Det viktigaste i år",
            [
                "Personalomsättningen fortsatte att minska, till 8,6 procent 2025.",
                "Bygglovavdelningen är fullt bemannad för första gången sedan 2021, men hälften av "
                "handläggarna har kortare erfarenhet än två år.",
                "Chefsförsörjningen är årets nya prioritet. Vi startar en intern chefspool och erbjuder "
                "alla nya chefer en mentor.",
                "Traineeprogrammet fortsätter med en andra omgång om sex platser.",
                "Förrättningslantmätare och byggnadsinspektörer är nu de mest kritiska bristyrkena.",
            ],
        )
    )
    plan.fig(
        "turnover_pct", "8,6", "2025", "Personalomsättningen fortsatte att minska, till 8,6 procent 2025."
    )
    st.append(Spacer(1, 8))
    st.append(P("1 Inledning", s["h1"]))
    st.append(
        P(
            "Det här är kontorets andra ettåriga kompetensförsörjningsplan. Den bygger på "
            "samma modell som tidigare, stadens UBARA-modell med introducera som eget område, "
            "och på avdelningarnas kompetensanalyser från hösten 2025. I avsnitt 2 följer vi "
            "upp aktiviteterna i 2025 års plan. Flera av dem fortsätter 2026.",
            s["body"],
        )
    )
    st.append(
        P(
            "Från den 1 januari 2026 har Geodataavdelningen och kontorets "
            "digitaliseringsenhet slagits samman till Digitaliseringsavdelningen. Statistiken för 2025 redovisas enligt den nya organisationen.",
            s["body"],
        )
    )

    st.append(P("2 Uppföljning av kompetensförsörjningsplan 2025", s["h1"]))
    st.append(
        P(
            "Av planens 15 aktiviteter har nio genomförts, fyra har delvis genomförts och två "
            "har inte genomförts. Aktiviteter som inte är klara förs över till 2026 och är "
            "markerade med * i avsnitt 5.",
            s["body"],
        )
    )
    head = ["Nr", "Omr.", "Aktivitet 2025", "Utfall"]
    data = [[P(h, s["head"]) for h in head]]
    for a in SBK_2025_ACTS:
        out = SBK_2025_OUTCOME[a[0]]
        data.append([P(a[0], s["acell"]), P(a[1], s["acellb"]), P(a[2], s["acell"]), P(out, s["acell"])])
        plan.act("followup", a[1], a[2], followup=out)
    st.append(sbk_table(data, [7 * mm, 17 * mm, 68 * mm, 73 * mm]))

    st.append(CondPageBreak(110 * mm))
    st.append(P("3 Nuläge", s["h1"]))
    st.append(P("3.1 Nyckeltal", s["h2"]))
    st.append(P("Tabell 1. Nyckeltal per kön 2024 och 2025", s["cap"]))
    rows = [
        ("Månadsavlönade, antal", ["392", "292", "684", "401", "296", "697"]),
        ("varav tillsvidareanställda", ["361", "267", "628", "372", "275", "647"]),
        ("varav visstidsanställda", ["31", "25", "56", "29", "21", "50"]),
        ("Medelålder, år", ["43,7", "45,5", "44,5", "43,4", "45,2", "44,2"]),
        ("Sjukfrånvaro, %", ["4,4", "2,3", "3,5", "4,1", "2,4", "3,4"]),
        ("Personalomsättning, %*", ["10,3", "9,1", "9,8", "9,0", "8,1", "8,6"]),
        ("Aktivt medskapandeindex (AMI)**", ["78", "76", "77", "80", "77", "79"]),
    ]
    metrics = {
        "Månadsavlönade, antal": "employees_total",
        "varav tillsvidareanställda": "employees_permanent",
        "varav visstidsanställda": "employees_temporary",
        "Medelålder, år": "average_age",
        "Sjukfrånvaro, %": "sick_leave_pct",
        "Personalomsättning, %*": "turnover_pct",
        "Aktivt medskapandeindex (AMI)**": "ami_index",
    }
    st.append(two_level_table(s, plan, ["2024", "2025"], rows, metrics))
    st.append(Spacer(1, 3))
    st.append(
        P(
            "* Tillsvidareanställda som lämnat kontoret, inklusive pensionsavgångar, i "
            "förhållande till genomsnittligt antal tillsvidareanställda.",
            s["note"],
        )
    )
    st.append(P("** Medarbetarenkäten 2025 genomfördes 8–26 september.", s["note"]))
    st.append(Spacer(1, 6))
    st.append(
        P(
            "Antalet månadsavlönade ökade med 13 personer till 697. Andelen kvinnor är 58 "
            "procent. Timavlönade var 19 i december 2025, jämfört med 23 ett år tidigare. "
            "Heltidsandelen ligger kvar på 97 procent.",
            s["body"],
        )
    )
    plan.fig("employees_total", "697", "2025", "ökade med 13 personer till 697")
    plan.fig("women_share", "58", "2025", "Andelen kvinnor är 58 procent")
    plan.fig("hourly_staff", "19", "2025", "Timavlönade var 19 i december 2025")
    plan.fig("hourly_staff", "23", "2024", "jämfört med 23 ett år tidigare")
    plan.fig("full_time_share", "97", "2025", "Heltidsandelen ligger kvar på 97 procent")

    st.append(P("3.2 Personalomsättning över tid", s["h2"]))
    st.append(P("Figur 1. Personalomsättning 2021–2025, procent", s["cap"]))
    turn = [("2021", "12,1"), ("2022", "12,8"), ("2023", "11,4"), ("2024", "9,8"), ("2025", "8,6")]
    data = []
    for y, v in turn:
        b = bars(round(num(v)))
        data.append([P(y, s["cell"]), P(b, s["bar"]), P(v, s["cellr"])])
        plan.fig("turnover_pct", v, y, row_quote([y, b, v]))
    t = Table(data, colWidths=[14 * mm, 40 * mm, 14 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.grey),
            ]
        )
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(
        P(
            "Under 2025 slutade 55 tillsvidareanställda, varav 7 gick i pension, och 79 nya "
            "medarbetare rekryterades. Antalet som gick till en annan kommun i länet "
            "halverades jämfört med 2024, vilket vi bland annat ser som en effekt av "
            "lönesatsningen.",
            s["body"],
        )
    )
    plan.fig("departures", "55", "2025", "Under 2025 slutade 55 tillsvidareanställda")
    plan.fig("retirements", "7", "2025", "varav 7 gick i pension")
    plan.fig("recruitments", "79", "2025", "79 nya medarbetare rekryterades")

    st.append(P("3.3 Avdelningarna", s["h2"]))
    st.append(P("Tabell 2. Anställda, sjukfrånvaro och personalomsättning per avdelning 2025", s["cap"]))
    head = ["Avdelning", "Anställda", "Därav visstid", "Sjukfrånvaro, %", "Personal- omsättning, %"]
    body = [
        ("G", "Myndighetsutövning"),
        ("R", ["Bygglovavdelningen", "161", "9", "3,9", "11,6"]),
        ("R", ["Lantmäterimyndigheten", "104", "6", "3,1", "7,2"]),
        ("S", ["Summa myndighetsutövning", "265", "15", "3,6", "9,9"], "Myndighetsutövning"),
        ("G", "Planering och utveckling"),
        ("R", ["Planavdelningen", "186", "14", "3,5", "8,1"]),
        ("R", ["Strategiska avdelningen", "60", "3", "2,4", "5,3"]),
        ("R", ["Digitaliseringsavdelningen", "80", "9", "2,9", "7,4"]),
        ("S", ["Summa planering och utveckling", "326", "26", "3,2", "7,4"], "Planering och utveckling"),
        ("G", "Stöd och styrning"),
        ("R", ["Stabsavdelningen", "70", "6", "3,8", "8,8"]),
        ("R", ["Kommunikationsavdelningen", "36", "3", "2,6", "9,4"]),
        ("S", ["Summa stöd och styrning", "106", "9", "3,4", "9,0"], "Stöd och styrning"),
        ("T", ["Stadsbyggnadskontoret totalt", "697", "50", "3,4", "8,6"], None),
    ]
    cols = ["employees_total", "employees_temporary", "sick_leave_pct", "turnover_pct"]
    data = [[P(head[0], s["head"])] + [P(h, s["headr"]) for h in head[1:]]]
    extra = []
    for item in body:
        r = len(data)
        if item[0] == "G":
            data.append([P(item[1], s["celli"]), "", "", "", ""])
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SBK_GROUP)]
            continue
        cells = item[1]
        bold = item[0] in "ST"
        data.append(
            [P(cells[0], s["cellb"] if bold else s["cell"])]
            + [P(v, s["cellrb"] if bold else s["cellr"]) for v in cells[1:]]
        )
        if bold:
            extra += [("LINEABOVE", (0, r), (-1, r), 0.5, SBK_BLUE)]
        scope = cells[0] if item[0] == "R" else item[2]
        q = row_quote(cells)
        for c, v in zip(cols, cells[1:]):
            plan.fig(c, v, "2025", q, scope=scope)
    st.append(sbk_table(data, [66 * mm, 22 * mm, 24 * mm, 28 * mm, 25 * mm], extra, zebra=False))

    st.append(P("3.4 Sjukfrånvaro", s["h2"]))
    st.append(
        P(
            "Den totala sjukfrånvaron minskade från 3,5 procent 2024 till 3,4 procent 2025. "
            "Korttidssjukfrånvaron (dag 1–14) låg kvar på 1,7 procent, medan "
            "långtidssjukfrånvaron (dag 91 och längre) sjönk från 1,3 till 1,1 procent. "
            "Sjukfrånvaron är fortfarande högst på Bygglovavdelningen, 3,9 procent, där "
            "arbetsbelastningen har varit hög under hela året.",
            s["body"],
        )
    )
    plan.fig("sick_leave_pct", "3,5", "2024", "minskade från 3,5 procent 2024 till 3,4 procent 2025")
    plan.fig("sick_leave_pct", "3,4", "2025", "minskade från 3,5 procent 2024 till 3,4 procent 2025")
    plan.fig(
        "short_sick_leave_pct", "1,7", "2025", "Korttidssjukfrånvaron (dag 1–14) låg kvar på 1,7 procent"
    )
    plan.fig("long_sick_leave_pct", "1,3", "2024", "sjönk från 1,3 till 1,1 procent")
    plan.fig("long_sick_leave_pct", "1,1", "2025", "sjönk från 1,3 till 1,1 procent")
    plan.fig(
        "sick_leave_pct",
        "3,9",
        "2025",
        "högst på Bygglovavdelningen, 3,9 procent",
        scope="Bygglovavdelningen",
    )

    st.append(P("3.5 Ålder och pensionsavgångar", s["h2"]))
    st.append(P("Tabell 3. Tillsvidareanställda per åldersgrupp och kön 2025", s["cap"]))
    ages = [
        ["29 år och yngre", "38", "21", "59"],
        ["30–39 år", "109", "68", "177"],
        ["40–49 år", "112", "79", "191"],
        ["50–59 år", "73", "65", "138"],
        ["60 år och äldre", "40", "42", "82"],
    ]
    data = [[P("Åldersgrupp", s["head"])] + [P(h, s["headr"]) for h in ["Kvinnor", "Män", "Totalt"]]]
    for r in ages:
        data.append([P(r[0], s["cell"])] + [P(v, s["cellr"]) for v in r[1:]])
    tot = ["Totalt", "372", "275", "647"]
    data.append([P(tot[0], s["cellb"])] + [P(v, s["cellrb"]) for v in tot[1:]])
    q = row_quote(tot)
    plan.fig("women_count", "372", "2025", q, scope="tillsvidareanställda")
    plan.fig("men_count", "275", "2025", q, scope="tillsvidareanställda")
    plan.fig("employees_permanent", "647", "2025", q)
    t = sbk_table(
        data, [40 * mm, 22 * mm, 22 * mm, 22 * mm], [("LINEABOVE", (0, -1), (-1, -1), 0.5, SBK_BLUE)]
    )
    t.hAlign = "LEFT"
    st.append(t)
    st.append(Spacer(1, 5))
    st.append(
        P(
            "Medelåldern bland tillsvidareanställda är 44,8 år. Under 2026–2030 når 58 "
            "tillsvidareanställda 66 år, bland dem 9 byggnadsinspektörer. Avgångarna är "
            "jämnt fördelade över åren, men i små grupper som byggnadsinspektörer och "
            "förrättningslantmätare kan redan två eller tre avgångar samma år få stora "
            "konsekvenser.",
            s["body"],
        )
    )
    plan.fig(
        "average_age",
        "44,8",
        "2025",
        "Medelåldern bland tillsvidareanställda är 44,8 år",
        scope="tillsvidareanställda",
    )
    plan.fig("retirements", "58", "2026-2030", "Under 2026–2030 når 58 tillsvidareanställda 66 år")
    plan.fig("retirements", "9", "2026-2030", "bland dem 9 byggnadsinspektörer", scope="byggnadsinspektörer")

    st.append(P("3.6 Rekryteringsläget per yrkesgrupp", s["h2"]))
    st.append(P("Tabell 4. Anställda och rekryteringar 2025 samt bedömd svårighet att rekrytera", s["cap"]))
    head = ["Yrkesgrupp", "Anställda", "Rekryteringar 2025", "Sökande per annons", "Bedömning"]
    occ = [
        ["Bygglovhandläggare", "112", "19", "14", "Svårt"],
        ["Byggnadsinspektör", "38", "4", "3", "Mycket svårt"],
        ["Planarkitekt", "124", "16", "22", "Svårt"],
        ["Förrättningslantmätare", "63", "6", "5", "Mycket svårt"],
        ["GIS-ingenjör", "55", "5", "18", "Medel"],
        ["Jurist", "17", "3", "31", "Medel"],
        ["Handläggare/utredare", "88", "11", "64", "Lätt"],
        ["Administratör", "40", "4", "112", "Lätt"],
    ]
    data = [[P(head[0], s["head"])] + [P(h, s["headr"]) for h in head[1:4]] + [P(head[4], s["head"])]]
    for r in occ:
        data.append([P(r[0], s["cell"])] + [P(v, s["cellr"]) for v in r[1:4]] + [P(r[4], s["cell"])])
        q = row_quote(r)
        plan.fig("employees_total", r[1], "2025", q, scope=r[0])
        plan.fig("recruitments", r[2], "2025", q, scope=r[0])
    st.append(sbk_table(data, [50 * mm, 22 * mm, 30 * mm, 30 * mm, 30 * mm]))

    st.append(PageBreak())
    st.append(P("4 Kompetensanalys", s["h1"]))
    st.append(
        P(
            "Den riktade lönesatsningen och de nya karriärstegen har gett effekt på "
            "Bygglovavdelningen, och risken för brist på bygglovhandläggare och "
            "planarkitekter bedöms nu som lägre än för ett år sedan. Samtidigt har läget "
            "för förrättningslantmätare försämrats. Två nya gap har tillkommit: "
            "chefsförsörjningen och kompetens i dataanalys och AI.",
            s["body"],
        )
    )
    st.append(P("4.1 Kompetensgap och risker 2026", s["h2"]))
    gaps = [
        [
            "Byggnadsinspektörer",
            "Hög",
            "→",
            "0–2 år",
            "Oförändrat läge. Nio kan gå i pension till och med 2030.",
        ],
        [
            "Förrättningslantmätare",
            "Hög",
            "↑",
            "0–2 år",
            "Två erfarna lantmätare slutade 2025 och det kommer få sökande per annons.",
        ],
        [
            "Chefer och blivande chefer",
            "Hög",
            "Ny",
            "1–3 år",
            "Flera enhetschefer närmar sig pension och få medarbetare söker chefsuppdrag.",
        ],
        [
            "Erfarna bygglovhandläggare",
            "Medel",
            "↓",
            "1–2 år",
            "Full bemanning, men hälften har kortare erfarenhet än två år.",
        ],
        [
            "Planarkitekter med projektledarerfarenhet",
            "Medel",
            "↓",
            "1–3 år",
            "Traineeprogrammet och karriärstegen börjar ge effekt.",
        ],
        ["Jurister med inriktning mot plan- och bygglagen", "Medel", "→", "1–3 år", "Behovet kvarstår."],
        [
            "Dataanalys och AI i handläggningen",
            "Medel",
            "Ny",
            "2–5 år",
            "Automatiserade beslutsstöd i bygglov och lantmäteri kräver ny kompetens.",
        ],
        [
            "GIS- och 3D-kompetens",
            "Låg",
            "↓",
            "2–5 år",
            "Sammanslagningen av avdelningarna har gett en bredare bas.",
        ],
    ]
    head = ["Kompetens eller yrke", "Risk", "Förändring", "Tidsram", "Kommentar"]
    riskcol = {
        "Hög": colors.HexColor("#F6D5D1"),
        "Medel": colors.HexColor("#FCEFC7"),
        "Låg": colors.HexColor("#DCEFD9"),
    }
    data = [[P(h, s["head"]) for h in head]]
    extra = []
    for g in gaps:
        r = len(data)
        data.append(
            [
                P(g[0], s["cellb"]),
                P(g[1], s["cellc"]),
                P(g[2], s["cellc"]),
                P(g[3], s["cellc"]),
                P(g[4], s["cell"]),
            ]
        )
        extra.append(("BACKGROUND", (1, r), (1, r), riskcol[g[1]]))
        plan.gap("Kompetensgap och risker 2026", g[0], quote=row_quote(g))
    st.append(sbk_table(data, [48 * mm, 15 * mm, 21 * mm, 16 * mm, 65 * mm], extra, zebra=False))
    st.append(Spacer(1, 3))
    st.append(
        P(
            "Förändring jämfört med planen för 2025: ↑ = ökad risk, ↓ = minskad risk, "
            "→ = oförändrad, Ny = nytt gap.",
            s["note"],
        )
    )
    st.append(P("4.2 Lön och villkor", s["h2"]))
    st.append(
        P(
            "Lönekartläggningen visar att förrättningslantmätare och byggnadsinspektörer nu "
            "ligger under marknaden, medan bygglovhandläggarna efter satsningen 2025 ligger i "
            "nivå med kranskommunerna. Kontoret fortsätter därför den riktade satsningen för "
            "de två yrkesgrupperna i lönerevisionen 2026. Möjligheten till distansarbete upp "
            "till två dagar i veckan behålls.",
            s["body"],
        )
    )

    st.append(CondPageBreak(90 * mm))
    st.append(P("5 Aktiviteter 2026", s["h1"]))
    st.append(
        P(
            "Tidplanen visar under vilka kvartal respektive aktivitet pågår. Aktiviteter "
            "markerade med * fortsätter från 2025 års plan.",
            s["body"],
        )
    )
    head = ["Nr", "Område", "Aktivitet", "Ansvar", "K1", "K2", "K3", "K4", "Klart"]
    data = [
        [P(head[0], s["head"]), P(head[1], s["head"]), P(head[2], s["head"]), P(head[3], s["head"])]
        + [P(h, s["headc"]) for h in head[4:8]]
        + [P(head[8], s["head"])]
    ]
    extra = []
    for a in SBK_2026_ACTS:
        r = len(data)
        marks = [P("■", s["acellc"]) if ch == "X" else "" for ch in a[4]]
        data.append(
            [P(a[0], s["acell"]), P(a[1], s["acellb"]), P(a[2], s["acell"]), P(a[3], s["acell"])]
            + marks
            + [P(a[5], s["acell"])]
        )
        for i, ch in enumerate(a[4]):
            if ch == "X":
                extra.append(("BACKGROUND", (4 + i, r), (4 + i, r), SBK_GROUP))
        plan.act("plan", a[1], a[2], target_date=a[5], responsible=a[3])
    extra += [
        ("LINEBEFORE", (4, 0), (4, -1), 0.4, colors.HexColor("#9FB3CC")),
        ("LINEBEFORE", (8, 0), (8, -1), 0.4, colors.HexColor("#9FB3CC")),
        ("INNERGRID", (4, 1), (7, -1), 0.25, colors.HexColor("#C9D6E6")),
    ]
    st.append(
        sbk_table(
            data,
            [8 * mm, 21 * mm, 43 * mm, 42 * mm, 8 * mm, 8 * mm, 8 * mm, 8 * mm, 19 * mm],
            extra,
            zebra=False,
        )
    )
    st.append(Spacer(1, 3))
    st.append(P("■ = aktiviteten pågår under kvartalet. * = fortsätter från 2025.", s["note"]))
    st.append(P("6 Uppföljning", s["h1"]))
    st.append(
        P(
            "HR-enheten följer upp aktiviteterna i tertialrapport 2 och i "
            "verksamhetsberättelsen. Som indikatorer används personalomsättning, "
            "sjukfrånvaro, AMI och tid till tillsättning per yrkesgrupp.",
            s["body"],
        )
    )

    path = os.path.join(outdir, fname)
    sbk_doc(
        path,
        "Kompetensförsörjningsplan 2026",
        sbk_header(
            "Bilaga 3 till verksamhetsplan 2026",
            "Dnr SBK 2025-02014",
            "Stadsbyggnadskontoret · Kompetensförsörjningsplan 2026",
        ),
        st,
    )
    return plan


# ================================================================ STOCKHOLMSHEM
SH_GREEN = colors.HexColor("#2E6B5E")
SH_SIDE = colors.HexColor("#E3EFEC")
SH_CARD = colors.HexColor("#F5F9F8")


class SidebarMark(Flowable):
    """Zero-size flowable: tells the page template which sidebar to draw on this page."""

    def __init__(self, key):
        Flowable.__init__(self)
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.canv._sidebar_key = self.key


def sh_styles():
    s = {}
    s["body"] = ParagraphStyle("hbody", fontName="DV", fontSize=9.5, leading=14, spaceAfter=7)
    s["title"] = ParagraphStyle(
        "htitle", fontName="DV-B", fontSize=24, leading=29, textColor=SH_GREEN, spaceAfter=6
    )
    s["sub"] = ParagraphStyle("hsub", fontName="DV", fontSize=12, leading=16, spaceAfter=16)
    s["h1"] = ParagraphStyle(
        "hh1",
        keepWithNext=1,
        fontName="DV-B",
        fontSize=15,
        leading=19,
        spaceBefore=6,
        spaceAfter=8,
        textColor=SH_GREEN,
    )
    s["h2"] = ParagraphStyle(
        "hh2", keepWithNext=1, fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4
    )
    s["cap"] = ParagraphStyle(
        "hcap",
        fontName="DV-I",
        fontSize=8,
        leading=10.5,
        spaceBefore=3,
        spaceAfter=8,
        textColor=colors.HexColor("#444444"),
    )
    s["cell"] = ParagraphStyle("hcell", fontName="DV", fontSize=8.2, leading=10.5)
    s["cellb"] = ParagraphStyle("hcellb", fontName="DV-B", fontSize=8.2, leading=10.5)
    s["cellr"] = ParagraphStyle("hcellr", fontName="DV", fontSize=8.2, leading=10.5, alignment=TA_RIGHT)
    s["cellrb"] = ParagraphStyle("hcellrb", fontName="DV-B", fontSize=8.2, leading=10.5, alignment=TA_RIGHT)
    s["headl"] = ParagraphStyle("hheadl", fontName="DV-B", fontSize=8.2, leading=10.5, textColor=SH_GREEN)
    s["headr"] = ParagraphStyle(
        "hheadr", fontName="DV-B", fontSize=8.2, leading=10.5, textColor=SH_GREEN, alignment=TA_RIGHT
    )
    s["bar"] = ParagraphStyle("hbar", fontName="DV", fontSize=8.2, leading=10.5, textColor=SH_GREEN)
    s["num"] = ParagraphStyle(
        "hnum", fontName="DV", fontSize=9.5, leading=13.5, leftIndent=16, bulletIndent=0, spaceAfter=6
    )
    s["side_h"] = ParagraphStyle(
        "hsh", fontName="DV-B", fontSize=10, leading=13, textColor=SH_GREEN, spaceAfter=6
    )
    s["side"] = ParagraphStyle("hs", fontName="DV", fontSize=8.3, leading=11, spaceAfter=5)
    s["side_big"] = ParagraphStyle("hsb", fontName="DV-B", fontSize=15, leading=17, textColor=SH_GREEN)
    s["side_q"] = ParagraphStyle("hsq", fontName="DV-I", fontSize=8.3, leading=11.5, spaceAfter=8)
    s["card_h"] = ParagraphStyle("hch", fontName="DV-B", fontSize=7.8, leading=10, textColor=colors.white)
    s["card_t"] = ParagraphStyle("hct", fontName="DV-B", fontSize=8.6, leading=11, spaceAfter=3)
    s["card_l"] = ParagraphStyle("hcl", fontName="DV", fontSize=8, leading=10.3, spaceAfter=1.5)
    return s


def build_stockholmshem(outdir):
    fname = "stockholmshem-kompetensforsorjning-2026-2027.pdf"
    plan = Plan(
        fname,
        "AB Stockholmshem",
        "2026-2027",
        "A4 PDF of a city-owned housing company, 6 p.: tinted LEFT SIDEBAR column on every "
        "page with page-specific content (contents list, 'Stockholmshem i siffror' key "
        "figures, exit-interview quotes, contact); body in the right column; footer "
        "'N (T)'; key figures over time as CHARACTER-BAR charts (turnover and sick leave "
        "2021–2025); figures in table CAPTIONS; staff by role x form of employment x "
        "gender table; recruitment-situation table with weeks to hire; gaps as a numbered "
        "list 'Det här är svårast för oss'; activities as INSATSKORT (boxed cards in a "
        "two-column grid, code + area band, Varför/Ägare/Klart/Mätetal lines)",
    )
    s = sh_styles()
    P = Paragraph
    sidebars = {}
    st = []
    W, H = A4
    side_x, side_w = 12 * mm, 50 * mm
    body_x = 72 * mm
    body_w = W - body_x - 16 * mm

    # sidebar contents ------------------------------------------------------
    sidebars["toc"] = [
        P("I den här planen", s["side_h"]),
        P("1 Därför behöver vi en plan", s["side"]),
        P("2 Läget i dag", s["side"]),
        P("3 Det här är svårast för oss", s["side"]),
        P("4 Insatser 2026–2027", s["side"]),
        P("5 Så följer vi upp", s["side"]),
        Spacer(1, 14),
        P(
            "Planen är beslutad av vd efter samverkan med de fackliga organisationerna den 20 november 2025.",
            s["side"],
        ),
    ]
    sidebars["facts"] = [
        P("Stockholmshem i siffror", s["side_h"]),
        P("362", s["side_big"]),
        P("anställda den 31 december 2025", s["side"]),
        P("341", s["side_big"]),
        P("tillsvidareanställda", s["side"]),
        P("28", s["side_big"]),
        P("timanställda vikarier under året", s["side"]),
        P("41 %", s["side_big"]),
        P("kvinnor", s["side"]),
        P("34", s["side_big"]),
        P("nyanställda 2025", s["side"]),
        P("8,5 %", s["side_big"]),
        P("personalomsättning 2025", s["side"]),
    ]
    sidebars["quotes"] = [
        P("Röster från avgångssamtalen", s["side_h"]),
        P(
            "”Lönen var avgörande. Jag fick 6 000 kronor mer i månaden hos en privat fastighetsägare.”",
            s["side_q"],
        ),
        P("”Jag trivdes med kollegorna men såg ingen väg vidare.”", s["side_q"]),
        P("”Introduktionen var kort och jag fick lära mig det mesta själv.”", s["side_q"]),
        P("Citaten är hämtade ur avgångssamtal 2025 och återges med de svarandes godkännande.", s["side"]),
    ]
    sidebars["cards"] = [
        P("Så läser du korten", s["side_h"]),
        P(
            "Varje insats har en kod: U = utveckla, B = behålla, A = attrahera, R = rekrytera, "
            "I = introducera och Av = avsluta.",
            s["side"],
        ),
        P(
            "Ägare är den funktion som ansvarar för att insatsen genomförs. Mätetal visar hur "
            "vi vet att den ger effekt.",
            s["side"],
        ),
    ]
    sidebars["contact"] = [
        P("Kontakt", s["side_h"]),
        P("HR-avdelningen, AB Stockholmshem", s["side"]),
        P("Frågor om planen besvaras av HR-chefen.", s["side"]),
    ]

    def draw_page(c, doc):
        c.saveState()
        c.setFillColor(SH_SIDE)
        c.rect(0, 0, 66 * mm, H, stroke=0, fill=1)
        c.setFillColor(SH_GREEN)
        c.setFont("DV-B", 13)
        c.drawString(side_x, H - 20 * mm, "Stockholmshem")
        c.setFont("DV", 7.5)
        c.drawString(side_x, H - 25 * mm, "AB Stockholmshem · HR-avdelningen")
        c.restoreState()

    def draw_page_end(c, doc):
        key = getattr(c, "_sidebar_key", None)
        if key:
            y = H - 40 * mm
            for f in sidebars[key]:
                _w, h = f.wrap(side_w, H)
                y -= h
                f.drawOn(c, side_x, y)
                y -= getattr(f.style, "spaceAfter", 0) if hasattr(f, "style") else 0

    def footer(c, page, total):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(body_x, 12 * mm, "Kompetensförsörjning 2026–2027 · AB Stockholmshem")
        c.drawRightString(W - 16 * mm, 12 * mm, "%d (%d)" % (page, total))
        c.restoreState()

    # page 1 ----------------------------------------------------------------
    st.append(SidebarMark("toc"))
    st.append(Spacer(1, 14 * mm))
    st.append(P("Kompetensförsörjning 2026–2027", s["title"]))
    st.append(P("Plan för hur Stockholmshem säkrar rätt kompetens de kommande två åren", s["sub"]))
    st.append(P("1 Därför behöver vi en plan", s["h1"]))
    st.append(
        P(
            "Stockholmshem är ett av Stockholms stads allmännyttiga bostadsbolag. Vi "
            "förvaltar omkring 26 000 lägenheter och ska enligt ägardirektivet både bygga "
            "nytt och renovera det befintliga beståndet. Under planperioden startar vi "
            "stambyten och energirenoveringar i flera stora områden samtidigt som "
            "förvaltningen blir alltmer digital.",
            s["body"],
        )
    )
    st.append(
        P(
            "Det betyder att vi behöver fler tekniker, projektledare och förvaltare med ny "
            "kompetens, och att vi konkurrerar med privata fastighetsbolag och "
            "byggföretag om samma personer. Planen beskriver hur vi ska utveckla, behålla, "
            "attrahera, rekrytera, introducera och avsluta medarbetare så att vi klarar "
            "uppdraget. Den utgår från koncernens riktlinjer och från de "
            "kompetensanalyser som varje avdelning gjorde under hösten 2025.",
            s["body"],
        )
    )
    st.append(
        P(
            "Planen gäller för 2026 och 2027 och revideras efter det första året. "
            "Ansvaret för att genomföra den ligger hos ledningsgruppen, med stöd av "
            "HR-avdelningen.",
            s["body"],
        )
    )
    st.append(PageBreak())

    # page 2 ----------------------------------------------------------------
    st.append(SidebarMark("facts"))
    plan.fig("employees_total", "362", "2025", "362 anställda den 31 december 2025")
    plan.fig("employees_permanent", "341", "2025", "341 tillsvidareanställda")
    plan.fig("hourly_staff", "28", "2025", "28 timanställda vikarier under året")
    plan.fig("women_share", "41", "2025", "41 % kvinnor")
    plan.fig("recruitments", "34", "2025", "34 nyanställda 2025")
    plan.fig("turnover_pct", "8,5", "2025", "8,5 % personalomsättning 2025")
    st.append(P("2 Läget i dag", s["h1"]))
    st.append(
        P(
            "Vid årsskiftet hade bolaget 362 anställda, varav 341 tillsvidareanställda och "
            "21 visstidsanställda. Andelen män är 59 procent, men fördelningen skiljer sig "
            "mycket mellan yrkesrollerna. Under 2025 slutade 29 tillsvidareanställda, varav "
            "6 gick i pension.",
            s["body"],
        )
    )
    plan.fig("employees_total", "362", "2025", "hade bolaget 362 anställda")
    plan.fig("employees_permanent", "341", "2025", "varav 341 tillsvidareanställda")
    plan.fig("employees_temporary", "21", "2025", "21 visstidsanställda")
    plan.fig("men_share", "59", "2025", "Andelen män är 59 procent")
    plan.fig("departures", "29", "2025", "Under 2025 slutade 29 tillsvidareanställda")
    plan.fig("retirements", "6", "2025", "6 gick i pension")
    head = ["Yrkesroll", "Tillsvidare", "Visstid", "Kvinnor", "Män"]
    rows = [
        ["Bovärdar och fastighetsskötare", "96", "6", "14", "88"],
        ["Fastighetstekniker och drifttekniker", "41", "2", "3", "40"],
        ["Förvaltare och områdeschefer", "38", "1", "21", "18"],
        ["Projektledare bygg och renovering", "27", "3", "11", "19"],
        ["Uthyrare och kundrådgivare", "44", "5", "36", "13"],
        ["Verksamhetsstöd", "78", "3", "55", "26"],
        ["Övriga chefer", "17", "1", "8", "10"],
    ]
    data = [[P(head[0], s["headl"])] + [P(h, s["headr"]) for h in head[1:]]]
    for r in rows:
        data.append([P(r[0], s["cell"])] + [P(v, s["cellr"]) for v in r[1:]])
        q = row_quote(r)
        for m_, v in zip(["employees_permanent", "employees_temporary", "women_count", "men_count"], r[1:]):
            plan.fig(m_, v, "2025", q, scope=r[0])
    tot = ["Totalt", "341", "21", "148", "214"]
    data.append([P(tot[0], s["cellb"])] + [P(v, s["cellrb"]) for v in tot[1:]])
    q = row_quote(tot)
    plan.fig("employees_permanent", "341", "2025", q)
    plan.fig("employees_temporary", "21", "2025", q)
    plan.fig("women_count", "148", "2025", q)
    plan.fig("men_count", "214", "2025", q)
    widths = [body_w - 4 * 20 * mm] + [20 * mm] * 4
    assert_fit(data, widths, pad=3)
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, SH_GREEN),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, SH_GREEN),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, SH_CARD]),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    st.append(t)
    st.append(
        P(
            "Tabell 1. Medarbetare per yrkesroll och anställningsform den 31 december 2025. "
            "Verksamhetsstöd omfattar ekonomi, HR, IT, kommunikation och juridik.",
            s["cap"],
        )
    )
    st.append(P("Personalomsättning och sjukfrånvaro över tid", s["h2"]))
    st.append(
        P(
            "Personalomsättningen har minskat tre år i rad efter toppen 2022, då många "
            "tekniker lämnade oss för privata fastighetsbolag. Sjukfrånvaron har också "
            "minskat men är fortfarande högre bland bovärdar och fastighetsskötare än i "
            "övriga grupper.",
            s["body"],
        )
    )
    turn = [("2021", "11,8"), ("2022", "13,0"), ("2023", "10,9"), ("2024", "9,4"), ("2025", "8,5")]
    sick = [("2021", "5,6"), ("2022", "5,9"), ("2023", "5,3"), ("2024", "5,1"), ("2025", "4,8")]

    def bar_table(title, pairs, metric, scale):
        d = [[P(title, s["cellb"]), "", ""]]
        for y, v in pairs:
            b = bars(round(num(v) * scale))
            d.append([P(y, s["cell"]), P(b, s["bar"]), P(v, s["cellr"])])
            plan.fig(metric, v, y, row_quote([y, b, v]))
        tt = Table(d, colWidths=[11 * mm, 37 * mm, 10 * mm])
        tt.setStyle(
            TableStyle(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("LINEAFTER", (0, 1), (0, -1), 0.6, colors.grey),
                ]
            )
        )
        return tt

    bt1 = bar_table("Personalomsättning, %", turn, "turnover_pct", 1)
    bt2 = bar_table("Sjukfrånvaro, %", sick, "sick_leave_pct", 2)
    outer = Table([[bt1, bt2]], colWidths=[body_w / 2, body_w / 2])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st.append(outer)
    st.append(
        P(
            "Figur 1. Personalomsättning och sjukfrånvaro 2021–2025. Sjukfrånvaron avser "
            "procent av ordinarie arbetstid.",
            s["cap"],
        )
    )
    st.append(PageBreak())

    # page 3 ----------------------------------------------------------------
    st.append(SidebarMark("quotes"))
    st.append(P("Sjukfrånvaro", s["h2"]))
    st.append(
        P(
            "Sjukfrånvaron 2025 var 4,8 procent, varav korttidssjukfrånvaro (dag 1–14) "
            "2,1 procent och långtidssjukfrånvaro (mer än 60 dagar) 2,0 procent. Bland "
            "bovärdar och fastighetsskötare var sjukfrånvaron 7,2 procent, främst på grund "
            "av belastningsskador. Friskvårdsbidraget nyttjades av 71 procent av "
            "medarbetarna.",
            s["body"],
        )
    )
    plan.fig("sick_leave_pct", "4,8", "2025", "Sjukfrånvaron 2025 var 4,8 procent")
    plan.fig("short_sick_leave_pct", "2,1", "2025", "korttidssjukfrånvaro (dag 1–14) 2,1 procent")
    plan.fig("long_sick_leave_pct", "2,0", "2025", "långtidssjukfrånvaro (mer än 60 dagar) 2,0 procent")
    plan.fig(
        "sick_leave_pct",
        "7,2",
        "2025",
        "Bland bovärdar och fastighetsskötare var sjukfrånvaron 7,2 procent",
        scope="bovärdar och fastighetsskötare",
    )
    st.append(P("Ålder och pensionsavgångar", s["h2"]))
    head = ["Ålder", "–29", "30–39", "40–49", "50–59", "60–"]
    row = ["Antal", "31", "67", "92", "93", "58"]
    t = Table(
        [
            [P(head[0], s["headl"])] + [P(h, s["headr"]) for h in head[1:]],
            [P(row[0], s["cell"])] + [P(v, s["cellr"]) for v in row[1:]],
        ],
        colWidths=[24 * mm] + [(body_w - 24 * mm) / 5] * 5,
    )
    t.setStyle(
        TableStyle(
            [("LINEBELOW", (0, 0), (-1, 0), 1, SH_GREEN), ("LINEBELOW", (0, -1), (-1, -1), 0.6, SH_GREEN)]
        )
    )
    st.append(t)
    st.append(
        P(
            "Figur 2. Tillsvidareanställda per åldersgrupp 2025. Medelåldern är 46,2 år och "
            "58 medarbetare är 60 år eller äldre.",
            s["cap"],
        )
    )
    plan.fig("average_age", "46,2", "2025", "Medelåldern är 46,2 år")
    st.append(
        P(
            "Fram till och med 2030 beräknar vi att 47 medarbetare går i pension, varav 19 "
            "bovärdar och fastighetsskötare och 8 fastighetstekniker. Många av dem har "
            "arbetat hos oss i mer än 25 år och har kunskap om husen som inte finns "
            "dokumenterad någon annanstans.",
            s["body"],
        )
    )
    plan.fig(
        "retirements",
        "47",
        "2026-2030",
        "Fram till och med 2030 beräknar vi att 47 medarbetare går i pension",
    )
    plan.fig(
        "retirements",
        "19",
        "2026-2030",
        "varav 19 bovärdar och fastighetsskötare",
        scope="bovärdar och fastighetsskötare",
    )
    plan.fig("retirements", "8", "2026-2030", "8 fastighetstekniker", scope="fastighetstekniker")
    st.append(P("Rekryteringsläget", s["h2"]))
    st.append(
        P(
            "Vi gjorde 34 externa rekryteringar under 2025. För bovärdar och uthyrare är det "
            "lätt att hitta sökande, medan tekniska roller tar betydligt längre tid att "
            "tillsätta.",
            s["body"],
        )
    )
    plan.fig("recruitments", "34", "2025", "Vi gjorde 34 externa rekryteringar under 2025")
    head = ["Yrkesroll", "Nyanställda 2025", "Sökande per tjänst", "Veckor till anställning", "Läge"]
    rows = [
        ["Bovärd", "9", "48", "7", "Lätt"],
        ["Fastighets- eller drifttekniker", "5", "6", "16", "Svårt"],
        ["Energiingenjör", "2", "3", "22", "Mycket svårt"],
        ["Förvaltare", "4", "21", "11", "Medel"],
        ["Projektledare bygg", "3", "9", "15", "Svårt"],
        ["Uthyrare eller kundrådgivare", "7", "85", "6", "Lätt"],
        ["IT och informationssäkerhet", "4", "14", "14", "Svårt"],
    ]
    data = [[P(head[0], s["headl"])] + [P(h, s["headr"]) for h in head[1:4]] + [P(head[4], s["headl"])]]
    for r in rows:
        data.append(
            [P(r[0], s["cell"])]
            + [P(v, s["cellr"]) for v in r[1:4]]
            + [P(r[4], s["cellb"] if "vårt" in r[4] else s["cell"])]
        )
        plan.fig("recruitments", r[1], "2025", row_quote(r), scope=r[0])
    widths = [body_w - 84 * mm, 24 * mm, 19 * mm, 23 * mm, 18 * mm]
    assert_fit(data, widths, pad=3)
    t = Table(data, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, SH_GREEN),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, SH_GREEN),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SH_CARD]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    st.append(t)
    st.append(
        P(
            "Tabell 2. Rekryteringar 2025. Läge är HR-avdelningens samlade bedömning av hur "
            "svårt det är att rekrytera till rollen.",
            s["cap"],
        )
    )
    st.append(PageBreak())

    # page 4 ----------------------------------------------------------------
    st.append(SidebarMark("quotes2"))
    sidebars["quotes2"] = [
        P("Vad säger medarbetarna?", s["side_h"]),
        P(
            "I medarbetarundersökningen hösten 2025 svarade 82 procent att de kan rekommendera "
            "Stockholmshem som arbetsgivare. Lägst resultat fick frågan om möjligheter till "
            "utveckling i nuvarande roll.",
            s["side"],
        ),
    ]
    st.append(P("3 Det här är svårast för oss", s["h1"]))
    st.append(
        P(
            "Utifrån avdelningarnas analyser, statistiken och avgångssamtalen har "
            "ledningsgruppen pekat ut fem kompetensutmaningar som styr insatserna i planen.",
            s["body"],
        )
    )
    challenges = [
        (
            "Drifttekniker och energiingenjörer",
            "privata fastighetsbolag och energibolag betalar mer och rekryterar från samma lilla grupp.",
        ),
        (
            "Projektledare för stambyten och energirenoveringar",
            "renoveringstakten ökar kraftigt under planperioden och vi har i dag för få "
            "projektledare med erfarenhet av renovering i bebodda hus.",
        ),
        (
            "Digital förvaltning",
            "fastighetssystem, sensorer och dataanalys kräver nya kunskaper hos bovärdar och förvaltare.",
        ),
        (
            "Generationsskifte bland bovärdar och fastighetsskötare",
            "många med lång erfarenhet går i pension under samma period.",
        ),
        (
            "Chefsförsörjning",
            "få interna kandidater söker chefsuppdrag och flera områdeschefer har rekryterats "
            "externt de senaste åren.",
        ),
    ]
    for i, (lead, rest) in enumerate(challenges, 1):
        st.append(P("<b>%s</b> – %s" % (lead, rest), s["num"], bulletText="%d." % i))
        plan.gap("Det här är svårast för oss", lead, quote="%s – %s" % (lead, rest))
    st.append(P("Vad betyder det för oss?", s["h2"]))
    st.append(
        P(
            "Lönen är en del av förklaringen till att tekniker slutar, men avgångssamtalen "
            "visar att utvecklingsmöjligheter och introduktion väger nästan lika tungt. "
            "Insatserna i avsnitt 4 riktar sig därför både mot lön och förmåner, mot interna "
            "karriärvägar och mot en bättre introduktion. För projektledare och energiingenjörer "
            "behöver vi samtidigt bygga upp egen kompetens, eftersom marknaden inte räcker "
            "till.",
            s["body"],
        )
    )
    st.append(
        P(
            "Ledarförsörjningen hänger ihop med flera av utmaningarna. Under 2026 startar "
            "vi därför ett eget program för blivande chefer och fortsätter att skicka nya "
            "chefer till koncernens gemensamma ledarutbildning.",
            s["body"],
        )
    )
    st.append(P("Lön och förmåner", s["h2"]))
    st.append(
        P(
            "Stockholmshem är medlem i arbetsgivarorganisationen Fastigo och tillämpar dess "
            "kollektivavtal. Lönekartläggningen 2025 visar att drifttekniker och energiingenjörer ligger "
            "under marknadens median, medan övriga grupper ligger i nivå med jämförbara "
            "bolag. Utöver lön erbjuder vi friskvårdsbidrag, tjänstepension enligt avtal, "
            "möjlighet till förmånscykel från 2026 och flexibel arbetstid för tjänstemän.",
            s["body"],
        )
    )
    st.append(PageBreak())

    # pages 5-6: cards ----------------------------------------------------------
    st.append(SidebarMark("cards"))
    st.append(P("4 Insatser 2026–2027", s["h1"]))
    st.append(
        P(
            "Insatserna är sorterade efter område i modellen utveckla, behålla, attrahera, "
            "rekrytera, introducera och avsluta.",
            s["body"],
        )
    )
    cards = SH_CARDS
    cw = (body_w - 4 * mm) / 2

    def card(c):
        code, area, title, why, owner, when, metric = c
        inner = [P(title, s["card_t"])]
        if why:
            inner.append(P("<b>Varför:</b> %s" % why, s["card_l"]))
        inner.append(P("<b>Ägare:</b> %s" % owner, s["card_l"]))
        inner.append(P("<b>Klart:</b> %s" % when, s["card_l"]))
        if metric:
            inner.append(P("<b>Mätetal:</b> %s" % metric, s["card_l"]))
        t = Table([[P("%s · %s" % (code, area), s["card_h"])], [inner]], colWidths=[cw])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SH_GREEN),
                    ("BACKGROUND", (0, 1), (-1, 1), SH_CARD),
                    ("BOX", (0, 0), (-1, -1), 0.6, SH_GREEN),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        plan.act("plan", area, title, goal=why, target_date=when, responsible=owner, followup=metric)
        return t

    for i in range(0, len(cards), 2):
        pair = cards[i : i + 2]
        row = [card(c) for c in pair]
        if len(row) == 1:
            row.append("")
        g = Table([row], colWidths=[cw + 2 * mm, cw + 2 * mm])
        g.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        st.append(g)
    st.append(SidebarMark("contact"))
    st.append(P("5 Så följer vi upp", s["h1"]))
    st.append(
        P(
            "HR-avdelningen följer upp insatserna varje tertial och rapporterar till "
            "ledningsgruppen. Nyckeltalen i avsnitt 2 redovisas i bolagets årsredovisning "
            "och i rapporteringen till Stockholms Stadshus AB. Efter 2026 revideras planen "
            "utifrån vad uppföljningen visar.",
            s["body"],
        )
    )

    path = os.path.join(outdir, fname)
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjning 2026–2027",
        author="AB Stockholmshem",
        subject="Kompetensförsörjningsplan",
        creator="Adobe InDesign",
    )
    frame = Frame(
        body_x,
        20 * mm,
        body_w,
        H - 20 * mm - 18 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=draw_page, onPageEnd=draw_page_end)])
    doc.build(st, canvasmaker=numbered_canvas(footer))
    return plan


SH_CARDS = [
    (
        "U1",
        "Utveckla",
        "Genomföra ett digitalt körkort för alla bovärdar och fastighetsskötare",
        "Nya fastighetssystem och sensorer kräver digital vana i det dagliga arbetet.",
        "Chef fastighetsförvaltning",
        "Q4 2026",
        "Andel som klarat körkortet",
    ),
    (
        "U2",
        "Utveckla",
        "Starta ledarskapsprogrammet Nästa steg för blivande chefer",
        "Vi behöver fler interna kandidater till chefsuppdrag.",
        "HR-chef",
        "HT 2026",
        "Andel chefstjänster som tillsätts internt",
    ),
    (
        "U3",
        "Utveckla",
        "Certifiera drifttekniker i energioptimering",
        "Bolagets klimatmål kräver att energianvändningen minskar.",
        "Driftchef",
        "2027-06-30",
        "Antal certifierade drifttekniker",
    ),
    (
        "B1",
        "Behålla",
        "Införa ett lönetillägg för drifttekniker med specialistansvar",
        "Löneläget för tekniska roller ligger under marknaden.",
        "Vd och HR-chef",
        "2026-04-01",
        "Personalomsättning bland drifttekniker",
    ),
    (
        "B2",
        "Behålla",
        "Erbjuda förmånscykel och höjt friskvårdsbidrag",
        "Attraktiva förmåner stärker viljan att stanna.",
        "HR-avdelningen",
        "2026-03-31",
        "Andel medarbetare som använder förmånerna",
    ),
    (
        "B3",
        "Behålla",
        "Genomföra stanna-samtal med medarbetare i bristroller",
        "Vi vill förstå varför medarbetare stannar innan de börjar söka sig bort.",
        "Närmaste chef med stöd av HR-avdelningen",
        "Löpande",
        "Antal genomförda samtal",
    ),
    (
        "A1",
        "Attrahera",
        "Starta ett lärlingsprogram för fastighetsskötare tillsammans med "
        "gymnasieskolornas fastighetsprogram",
        "Vi bygger en egen rekryteringsbas för ett yrke där många går i pension.",
        "Chef fastighetsförvaltning och HR-avdelningen",
        "2027",
        "Antal lärlingar som anställs",
    ),
    (
        "A2",
        "Attrahera",
        "Lyfta fram bolagets samhällsuppdrag i rekryteringskampanjer i sociala medier",
        "Uppdraget är vår starkaste fördel mot privata fastighetsbolag.",
        "Kommunikationschef",
        "Q2 2026",
        "Antal sökande per annons",
    ),
    (
        "R1",
        "Rekrytera",
        "Anlita rekryteringsföretag med teknisk inriktning för drift- och energitjänster",
        "Annonsering ger för få kvalificerade sökande.",
        "HR-avdelningen",
        "Löpande",
        "Veckor till anställning",
    ),
    (
        "R2",
        "Rekrytera",
        "Införa strukturerade intervjuer och arbetsprov i alla rekryteringar",
        None,
        "Rekryterande chef/HR-avdelningen",
        "2026-06-30",
        "Kandidatnöjdhet",
    ),
    (
        "I1",
        "Introducera",
        "Ge varje nyanställd en fadder och en introduktionsplan för de första 100 dagarna",
        "Nyanställda som slutar inom ett år anger ofta bristande introduktion.",
        "Närmaste chef",
        "Löpande",
        "Andel nyanställda som är kvar efter ett år",
    ),
    (
        "I2",
        "Introducera",
        "Samla introduktionsmaterialet på intranätet",
        None,
        "HR-avdelningen och kommunikationsavdelningen",
        "Q1 2026",
        None,
    ),
    (
        "Av1",
        "Avsluta",
        "Genomföra avgångssamtal med alla som slutar och analysera orsakerna varje kvartal",
        "Avgångsorsakerna styr nästa års insatser.",
        "HR-avdelningen",
        "Löpande",
        "Andel genomförda avgångssamtal",
    ),
    (
        "Av2",
        "Avsluta",
        "Ta fram en plan för kunskapsöverföring inför pensionsavgångar i driften",
        "Mycket kunskap om husen finns bara hos enskilda medarbetare.",
        "Driftchef",
        "2026-12-31",
        "Antal upprättade planer",
    ),
]


# ================================================================ SPÅNGA-TENSTA (DOCX)
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, sz=4, color="7F7F7F", inside_h=True, inside_v=False, outer=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        on = {
            "top": outer,
            "bottom": outer,
            "left": False,
            "right": False,
            "insideH": inside_h,
            "insideV": inside_v,
        }[edge]
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        borders.append(el)
    succ = [
        qn("w:shd"),
        qn("w:tblLayout"),
        qn("w:tblCellMar"),
        qn("w:tblLook"),
        qn("w:tblCaption"),
        qn("w:tblDescription"),
    ]
    for i, ch in enumerate(list(tblPr)):
        if ch.tag in succ:
            ch.addprevious(borders)
            break
    else:
        tblPr.append(borders)


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
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def cell_text(cell, text, bold=False, italic=False, size=8.5, align=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def build_spanga(outdir):
    fname = "spanga-tensta-kompetensforsorjningsplan-2026-2028.docx"
    plan = Plan(
        fname,
        "Spånga-Tensta stadsdelsförvaltning",
        "2026-2028",
        "DOCX, 9 pages by explicit page breaks: cover page (Stockholms stad / förvaltning / "
        "Title style / 'Gäller 2026–2028 · revideras årligen' / unit / dnr) without "
        "header; numbered Heading 1/2/3 styles; header text + 'Sida PAGE' footer field; "
        "borderless SIDEBAR table ('I siffror 2025', big number + label lines) beside "
        "the summary text; occupation x employment-form table grouped per avdelning with "
        "shaded merged group rows and bold 'Delsumma' SUBTOTAL rows, asterisk footnotes, "
        "women/men counts in the table CAPTION; key figures with years as columns "
        "2023–2025 and ** footnotes; sick leave per avdelning by type; retirements per "
        "occupation x year 2026–2028; gaps as a ruled 'Bristyrken' table plus bullets "
        "under Heading 3 per verksamhetsområde; activities as NUMBERED PARAGRAPHS "
        "5.1.1… with '(Ansvar: …; Tid: …)' and sometimes '; Uppföljning: …' in "
        "parentheses, an italic 'Mål:' line per UBARA area",
    )
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.different_first_page_header_footer = True
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    for name, size, color in (
        ("Heading 1", 15, "6A1B4D"),
        ("Heading 2", 12, "6A1B4D"),
        ("Heading 3", 10.5, "333333"),
    ):
        stl = d.styles[name]
        stl.font.name = "Arial"
        stl.font.size = Pt(size)
        stl.font.color.rgb = RGBColor.from_string(color)
    d.styles["Title"].font.name = "Arial"
    d.styles["Title"].font.size = Pt(30)

    hp = sec.header.paragraphs[0]
    hp.text = "Spånga-Tensta stadsdelsförvaltning · Kompetensförsörjningsplan 2026–2028"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")

    def para(text, style=None, bold=False, italic=False, size=None, after=None):
        p = d.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def note(text):
        return para(text, size=8, italic=True, after=2)

    def caption(text):
        p = para(text, size=8.5, italic=True, after=10)
        return p

    # ---- cover (page 1)
    para("Stockholms stad", bold=True, size=12, after=0)
    para("Spånga-Tensta stadsdelsförvaltning", size=11, after=120)
    d.add_paragraph("Kompetensförsörjningsplan", style="Title")
    para("Gäller 2026–2028 · revideras årligen", size=14, after=60)
    para("Framtagen av personalenheten, administrativa avdelningen", size=10, after=0)
    para("Dnr SPT 2025/1187", size=10, after=0)
    para("Beslutad i förvaltningens ledningsgrupp den 9 december 2025", size=10, after=0)
    page_break(d)

    # ---- page 2: summary with sidebar, inledning
    d.add_heading("1. Sammanfattning", level=1)
    side = d.add_table(rows=1, cols=2)
    side.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(side, inside_h=False, outer=False)
    left, right = side.rows[0].cells
    left.width, right.width = Cm(11.2), Cm(5.2)
    left.text = ""
    summary = [
        "Spånga-Tensta stadsdelsförvaltning har en stabilare personalsituation än för tre år "
        "sedan. Personalomsättningen och sjukfrånvaron har minskat varje år och fler arbetar "
        "heltid. Samtidigt är bristen på legitimerade förskollärare, sjuksköterskor och erfarna "
        "socialsekreterare fortsatt stor.",
        "Under planperioden prioriterar vi tre saker: att behålla de medarbetare vi har genom "
        "lön, heltid och karriärvägar, att utbilda egen personal till bristyrken och att ge "
        "nyanställda en bättre start.",
        "Planen har tagits fram tillsammans med avdelningarna och har behandlats i "
        "förvaltningens samverkansgrupp.",
    ]
    for i, t in enumerate(summary):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.add_run(t)
    set_cell_shading(right, "F3E8EF")
    right.text = ""
    facts = [
        ("I siffror 2025", None),
        ("1 245", "månadsavlönade medarbetare"),
        ("281", "timavlönade i oktober"),
        ("81 %", "kvinnor"),
        ("10,4 %", "personalomsättning"),
        ("7,9 %", "sjukfrånvaro"),
        ("45,6 år", "medelålder"),
    ]
    for i, (big, lab) in enumerate(facts):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.paragraph_format.space_after = Pt(0 if lab is None else 4)
        rr = p.add_run(big)
        rr.bold = True
        rr.font.size = Pt(10 if lab is None else 14)
        rr.font.color.rgb = RGBColor.from_string("6A1B4D")
        if lab:
            p.add_run(" " + lab).font.size = Pt(8.5)
    plan.fig("employees_total", "1 245", "2025", "1 245 månadsavlönade medarbetare", scope="månadsavlönade")
    plan.fig("hourly_staff", "281", "2025", "281 timavlönade i oktober")
    plan.fig("women_share", "81", "2025", "81 % kvinnor")
    plan.fig("turnover_pct", "10,4", "2025", "10,4 % personalomsättning")
    plan.fig("sick_leave_pct", "7,9", "2025", "7,9 % sjukfrånvaro")
    plan.fig("average_age", "45,6", "2025", "45,6 år medelålder")

    d.add_heading("2. Inledning", level=1)
    para(
        "Stadsdelsnämnden ansvarar för förskola, äldreomsorg, socialtjänst, stöd och service "
        "till personer med funktionsnedsättning samt parker och stadsmiljö i Spånga, Tensta, "
        "Hjulsta, Bromsten, Flysta, Solhem och Sundby. Nästan alla verksamheter bygger på möten "
        "mellan medarbetare och invånare, och kvaliteten avgörs i hög grad av att vi har "
        "tillräckligt många medarbetare med rätt kompetens."
    )
    para(
        "Kompetensförsörjningsplanen utgår från stadens riktlinjer och UBARA-modellen. Vi har "
        "valt att lägga till introducera som ett eget område, eftersom en god introduktion är "
        "avgörande för att nyanställda ska stanna. Planen omfattar tre år men revideras varje "
        "höst. Aktiviteter på enhetsnivå finns i enheternas egna planer."
    )
    para(
        "Underlaget består av personalstatistik från stadens HR-system, resultatet från "
        "medarbetarenkäten, avgångsenkäten och avdelningarnas kompetensanalyser. Enhetscheferna "
        "har dessutom deltagit i två workshoppar om framtidens kompetensbehov."
    )
    page_break(d)

    # ---- page 3: staff table
    d.add_heading("3. Nuläge", level=1)
    d.add_heading("3.1 Medarbetare per yrkesgrupp och anställningsform", level=2)
    para(
        "Förvaltningen är stadens största arbetsgivare i Järvaområdet. Förskolan och "
        "äldreomsorgen står tillsammans för tre fjärdedelar av medarbetarna, och det är också "
        "där de flesta timavlönade finns."
    )
    groups = SPT_STAFF
    t = d.add_table(rows=1, cols=5)
    set_table_borders(t, inside_h=True)
    hdr = ["Yrkesgrupp", "Tillsvidare", "Visstid", "Timavlönade*", "Summa"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, align=None if i == 0 else "r", color="FFFFFF")
        set_cell_shading(c, "6A1B4D")
    cols = ["employees_permanent", "employees_temporary", "hourly_staff", "employees_total"]
    for g_name, rows, sub in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, g_name, bold=True, italic=True)
        set_cell_shading(m, "EAD7E3")
        for r_ in rows:
            row = t.add_row()
            for i, v in enumerate(r_):
                cell_text(row.cells[i], v, align=None if i == 0 else "r")
            q = row_quote(r_)
            scope = r_[0] if r_[0] not in ("Enhetschefer", "Chefer") else "%s, %s" % (r_[0], g_name)
            for c_, v in zip(cols, r_[1:]):
                plan.fig(c_, v, "2025", q, scope=scope)
        row = t.add_row()
        for i, v in enumerate(sub):
            cell_text(row.cells[i], v, bold=True, align=None if i == 0 else "r")
        q = row_quote(sub)
        for c_, v in zip(cols, sub[1:]):
            plan.fig(c_, v, "2025", q, scope=g_name)
    tot = ["Förvaltningen totalt", "1 129", "116", "281", "1 526"]
    row = t.add_row()
    for i, v in enumerate(tot):
        c = row.cells[i]
        cell_text(c, v, bold=True, align=None if i == 0 else "r")
        set_cell_shading(c, "D9D9D9")
    q = row_quote(tot)
    for c_, v in zip(cols, tot[1:]):
        plan.fig(c_, v, "2025", q)
    set_widths(t, [7.4, 2.2, 2.0, 2.6, 2.2])
    caption(
        "Tabell 1. Medarbetare per avdelning, yrkesgrupp och anställningsform den 31 oktober "
        "2025. Av de månadsavlönade är 1 006 kvinnor och 239 män."
    )
    plan.fig(
        "women_count",
        "1 006",
        "2025",
        "Av de månadsavlönade är 1 006 kvinnor och 239 män",
        scope="månadsavlönade",
    )
    plan.fig(
        "men_count",
        "239",
        "2025",
        "Av de månadsavlönade är 1 006 kvinnor och 239 män",
        scope="månadsavlönade",
    )
    note(
        "* Timavlönade med minst en utbetalning i oktober 2025. Den som arbetat i flera "
        "verksamheter redovisas där hon eller han arbetat flest timmar."
    )
    page_break(d)

    # ---- page 4: key figures over years, sick leave
    d.add_heading("3.2 Nyckeltal 2023–2025", level=2)
    kt = [
        ["Nyckeltal", "2023", "2024", "2025"],
        ["Månadsavlönade, antal", "1 271", "1 262", "1 245"],
        ["Medelålder, år", "46,1", "45,9", "45,6"],
        ["Heltidsandel, %*", "88", "90", "92"],
        ["Deltidsanställda, antal", "153", "126", "100"],
        ["Personalomsättning, %**", "12,6", "11,2", "10,4"],
        ["Sjukfrånvaro totalt, %", "8,6", "8,2", "7,9"],
        ["AMI", "74", "75", "77"],
    ]
    kmet = {
        "Månadsavlönade, antal": ("employees_total", "månadsavlönade"),
        "Medelålder, år": ("average_age", None),
        "Heltidsandel, %*": ("full_time_share", None),
        "Deltidsanställda, antal": ("part_time_count", None),
        "Personalomsättning, %**": ("turnover_pct", None),
        "Sjukfrånvaro totalt, %": ("sick_leave_pct", None),
        "AMI": ("ami_index", None),
    }
    t = d.add_table(rows=0, cols=4)
    set_table_borders(t, inside_h=True, color="BFBFBF")
    for ri, r_ in enumerate(kt):
        row = t.add_row()
        for i, v in enumerate(r_):
            cell_text(row.cells[i], v, bold=(ri == 0), align=None if i == 0 else "r")
            if ri == 0:
                set_cell_shading(row.cells[i], "EAD7E3")
        if ri:
            m_, sc = kmet[r_[0]]
            q = row_quote(r_)
            for y, v in zip(["2023", "2024", "2025"], r_[1:]):
                plan.fig(m_, v, y, q, scope=sc)
    set_widths(t, [8.0, 2.6, 2.6, 2.6])
    note("* Andel av de månadsavlönade som har heltidsanställning.")
    note(
        "** Tillsvidareanställda som lämnat staden i förhållande till genomsnittligt antal "
        "tillsvidareanställda. Byten till andra förvaltningar i staden ingår inte."
    )
    para("")
    para(
        "Personalomsättningen har sjunkit tre år i rad, från 12,6 procent 2023 till 10,4 "
        "procent 2025. Under 2025 rekryterades 214 medarbetare och 117 tillsvidareanställda "
        "lämnade staden, varav 31 gick i pension. Omsättningen är fortfarande högst bland "
        "socialsekreterare, 16,8 procent, och lägst bland barnskötare."
    )
    plan.fig("turnover_pct", "12,6", "2023", "från 12,6 procent 2023 till 10,4 procent 2025")
    plan.fig("turnover_pct", "10,4", "2025", "från 12,6 procent 2023 till 10,4 procent 2025")
    plan.fig("recruitments", "214", "2025", "Under 2025 rekryterades 214 medarbetare")
    plan.fig("departures", "117", "2025", "117 tillsvidareanställda lämnade staden")
    plan.fig("retirements", "31", "2025", "varav 31 gick i pension")
    plan.fig(
        "turnover_pct",
        "16,8",
        "2025",
        "högst bland socialsekreterare, 16,8 procent",
        scope="socialsekreterare",
    )

    d.add_heading("3.3 Sjukfrånvaro per avdelning", level=2)
    sj = [
        ["Avdelning", "Totalt", "Dag 1–14", "Dag 15–59", "Dag 60–"],
        ["Förskoleavdelningen", "8,8", "3,4", "1,2", "4,2"],
        ["Avdelningen för äldreomsorg", "9,6", "3,1", "1,4", "5,1"],
        ["Avdelningen för individ- och familjeomsorg", "6,2", "1,9", "0,8", "3,5"],
        ["Avdelningen för stöd och service", "7,4", "2,6", "1,1", "3,7"],
        ["Administrativa avdelningen och stadsmiljö", "3,1", "1,4", "0,4", "1,3"],
        ["Förvaltningen totalt", "7,9", "2,9", "1,1", "3,9"],
    ]
    t = d.add_table(rows=0, cols=5)
    set_table_borders(t, inside_h=True, color="BFBFBF")
    for ri, r_ in enumerate(sj):
        row = t.add_row()
        last = ri == len(sj) - 1
        for i, v in enumerate(r_):
            cell_text(row.cells[i], v, bold=(ri == 0 or last), align=None if i == 0 else "r")
            if ri == 0:
                set_cell_shading(row.cells[i], "EAD7E3")
        if ri:
            q = row_quote(r_)
            sc = None if last else r_[0]
            plan.fig("sick_leave_pct", r_[1], "2025", q, scope=sc)
            plan.fig("short_sick_leave_pct", r_[2], "2025", q, scope=sc)
            plan.fig("long_sick_leave_pct", r_[4], "2025", q, scope=sc)
    set_widths(t, [8.0, 2.0, 2.0, 2.0, 2.0])
    caption(
        "Tabell 3. Sjukfrånvaro i procent av ordinarie arbetstid per avdelning och "
        "sjukfrånvarons längd, januari–oktober 2025."
    )
    para(
        "Korttidssjukfrånvaron har ökat från 2,6 procent 2024 till 2,9 procent 2025, framför "
        "allt i förskolan där infektioner sprids lätt. Den långa sjukfrånvaron har däremot "
        "minskat i alla avdelningar utom äldreomsorgen. Rehabiliteringsarbetet följs upp "
        "månadsvis av cheferna tillsammans med HR-konsulterna."
    )
    plan.fig("short_sick_leave_pct", "2,6", "2024", "från 2,6 procent 2024 till 2,9 procent 2025")
    plan.fig("short_sick_leave_pct", "2,9", "2025", "från 2,6 procent 2024 till 2,9 procent 2025")
    page_break(d)

    # ---- page 5: age and retirements
    d.add_heading("3.4 Åldersstruktur och pensionsavgångar", level=2)
    para(
        "Var fjärde tillsvidareanställd är 55 år eller äldre. Medelåldern är högst bland "
        "vårdbiträden, 52,3 år, och lägst bland socialsekreterare, 36,8 år. De kommande tre "
        "åren beräknas 114 medarbetare gå i pension, flest inom äldreomsorgen och förskolan."
    )
    plan.fig("average_age", "52,3", "2025", "vårdbiträden, 52,3 år", scope="vårdbiträden")
    plan.fig("average_age", "36,8", "2025", "socialsekreterare, 36,8 år", scope="socialsekreterare")
    plan.fig("retirements", "114", "2026-2028", "De kommande tre åren beräknas 114 medarbetare gå i pension")
    pr = [
        ["Yrkesgrupp", "2026", "2027", "2028", "Summa 2026–2028"],
        ["Barnskötare", "9", "11", "8", "28"],
        ["Förskollärare", "4", "5", "6", "15"],
        ["Undersköterskor", "10", "9", "12", "31"],
        ["Vårdbiträden", "5", "4", "4", "13"],
        ["Sjuksköterskor", "2", "1", "3", "6"],
        ["Socialsekreterare", "1", "0", "2", "3"],
        ["Övriga yrkesgrupper", "6", "7", "5", "18"],
        ["Totalt", "37", "37", "40", "114"],
    ]
    t = d.add_table(rows=0, cols=5)
    set_table_borders(t, inside_h=True, inside_v=True, color="BFBFBF")
    for ri, r_ in enumerate(pr):
        row = t.add_row()
        last = ri == len(pr) - 1
        for i, v in enumerate(r_):
            cell_text(row.cells[i], v, bold=(ri == 0 or last), align=None if i == 0 else "r")
            if ri == 0:
                set_cell_shading(row.cells[i], "EAD7E3")
        if ri:
            q = row_quote(r_)
            sc = None if last else r_[0]
            for y, v in zip(["2026", "2027", "2028", "2026-2028"], r_[1:]):
                plan.fig("retirements", v, y, q, scope=sc)
    set_widths(t, [6.0, 2.2, 2.2, 2.2, 3.8])
    caption("Tabell 4. Beräknade pensionsavgångar bland tillsvidareanställda per yrkesgrupp och år.")
    note(
        "Beräkningen utgår från att medarbetare går i pension vid 66 års ålder. Den "
        "genomsnittliga faktiska pensionsåldern i förvaltningen var 65,2 år 2025."
    )
    para("")
    para(
        "Pensionsavgångarna är ungefär lika många varje år. Det ger oss möjlighet att planera "
        "ersättningsrekryteringar i god tid och att låta erfarna medarbetare överföra sin "
        "kunskap till nyanställda innan de slutar."
    )
    page_break(d)

    # ---- page 6: competence analysis
    d.add_heading("4. Kompetensanalys", level=1)
    d.add_heading("4.1 Bristyrken – bedömning av rekryteringsläget", level=2)
    para(
        "Avdelningarna har bedömt rekryteringsläget för de yrken där det är svårt att hitta "
        "sökande med rätt kompetens. Bedömningen är gjord utifrån antal sökande, tid till "
        "tillsättning och hur ofta vi behövt annonsera om."
    )
    br = [
        ["Yrke", "Bedömning", "Vanligaste orsak"],
        [
            "Förskollärare",
            "Mycket svårt",
            "Nationell brist. Många väljer kommuner med högre lön eller kortare resväg.",
        ],
        ["Sjuksköterskor", "Mycket svårt", "Konkurrens från regionen och bemanningsföretag."],
        ["Socialsekreterare inom barn och unga", "Svårt", "Hög arbetsbelastning och krav på erfarenhet."],
        [
            "Undersköterskor med yrkestitel",
            "Svårt",
            "Sedan 2023 krävs bevis om skyddad yrkestitel och många sökande saknar det.",
        ],
        ["Enhetschefer i äldreomsorgen", "Svårt", "Stort ansvar och stora personalgrupper."],
        ["Arbetsterapeuter", "Svårt", "Få sökande och konkurrens från regionen."],
    ]
    t = d.add_table(rows=0, cols=3)
    set_table_borders(t, inside_h=True, inside_v=True, color="BFBFBF")
    for ri, r_ in enumerate(br):
        row = t.add_row()
        for i, v in enumerate(r_):
            cell_text(row.cells[i], v, bold=(ri == 0 or i == 0))
            if ri == 0:
                set_cell_shading(row.cells[i], "EAD7E3")
        if ri:
            plan.gap("Bristyrken – bedömning av rekryteringsläget", r_[0], quote=row_quote(r_))
    set_widths(t, [5.2, 2.8, 8.4])
    para("")
    d.add_heading("4.2 Lön, förmåner och arbetstid", level=2)
    para(
        "Stadens löneöversyn 2025 prioriterade förskollärare, sjuksköterskor och "
        "socialsekreterare. Förvaltningen har därutöver infört ett tillägg på 1 500 kronor i "
        "månaden för undersköterskor som är handledare för elever och nyanställda. Alla "
        "medarbetare har friskvårdsbidrag på 5 000 kronor per år, och tillsvidareanställda kan "
        "växla semesterdagstillägg mot extra semesterdagar."
    )
    para(
        "Heltid som norm är införd i hela förvaltningen. I äldreomsorgen har vi fortfarande "
        "svårt att erbjuda heltid utan delade turer, vilket tas upp i en särskild aktivitet. "
        "Avgångsenkäten visar att lön, arbetsbelastning och bristande möjligheter att utvecklas "
        "är de vanligaste skälen till att medarbetare slutar."
    )
    page_break(d)
    d.add_heading("4.3 Kompetensgap per verksamhetsområde", level=2)
    para(
        "Utöver bristyrkena har avdelningarna beskrivit vilka kompetenser som saknas eller "
        "behöver stärkas bland de medarbetare vi redan har."
    )
    areas = [
        (
            "Förskola",
            "Andelen legitimerade förskollärare är 34 procent, jämfört med 41 procent i staden som "
            "helhet. Förskolan behöver därför både rekrytera och utbilda. Det här saknar vi mest:",
            [
                "Legitimerade förskollärare",
                "Språkutvecklande arbetssätt och svenska som andraspråk hos barnskötare",
                "Kunskap om barn i behov av särskilt stöd",
            ],
        ),
        (
            "Äldreomsorg",
            "Andelen äldre med demenssjukdom och komplexa vårdbehov ökar i både hemtjänst och på "
            "vård- och omsorgsboenden. Det här saknar vi mest:",
            [
                "Undersköterskor med specialistkompetens inom demens och palliativ vård",
                "Digital kompetens för välfärdsteknik, till exempel digital tillsyn",
                "Svenska för omsorgspersonal med annat modersmål",
            ],
        ),
        (
            "Individ- och familjeomsorg",
            "Den nya socialtjänstlagen flyttar fokus mot förebyggande arbete och tidiga insatser. Det "
            "här saknar vi mest:",
            [
                "Erfarna socialsekreterare inom barn och unga",
                "Kompetens i att möta våld i nära relationer och hedersrelaterat våld",
                "Kunskap om förebyggande och uppsökande arbetssätt",
            ],
        ),
        (
            "Stöd och service",
            "Fler brukare har neuropsykiatriska funktionsnedsättningar. Det här saknar vi mest:",
            ["Lågaffektivt bemötande och kunskap om autism", "Handledning för nyanställda stödassistenter"],
        ),
        (
            "Administration och stadsmiljö",
            "Kraven på uppföljning och analys ökar i hela förvaltningen. Det här saknar vi mest:",
            ["Upphandling och avtalsuppföljning", "Dataanalys och uppföljning av verksamhetens resultat"],
        ),
    ]
    for theme, intro, items in areas:
        d.add_heading(theme, level=3)
        para(intro)
        for it in items:
            d.add_paragraph(it, style="List Bullet")
            plan.gap("Kompetensgap per verksamhetsområde", it, theme=theme)
    page_break(d)

    # ---- pages 7-8: activities
    d.add_heading("5. Aktiviteter 2026–2028", level=1)
    para(
        "Aktiviteterna är numrerade per område. Inom parentes anges vem som ansvarar och när "
        "aktiviteten ska vara genomförd. För vissa aktiviteter anges också hur de följs upp. "
        "Aktiviteter på enhetsnivå följs upp i enheternas verksamhetsplaner."
    )
    for ai, (area, goal, items) in enumerate(SPT_ACTS, 1):
        if area == "Attrahera":
            page_break(d)
        d.add_heading("5.%d %s" % (ai, area), level=2)
        gp = d.add_paragraph()
        r1 = gp.add_run("Mål: ")
        r1.italic = True
        r1.bold = True
        r2 = gp.add_run(goal)
        r2.italic = True
        for ii, it in enumerate(items, 1):
            text, resp, when = it[0], it[1], it[2]
            fu = it[3] if len(it) > 3 else None
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.1)
            p.paragraph_format.first_line_indent = Cm(-1.1)
            nr = p.add_run("5.%d.%d\t" % (ai, ii))
            nr.bold = True
            p.add_run(text + " ")
            paren = "(Ansvar: %s; Tid: %s" % (resp, when)
            if fu:
                paren += "; Uppföljning: %s" % fu
            paren += ")"
            pr_ = p.add_run(paren)
            pr_.font.color.rgb = RGBColor.from_string("595959")
            plan.act("plan", area, text, goal=goal, target_date=when, responsible=resp, followup=fu)
    d.add_heading("6. Uppföljning", level=1)
    para(
        "Planen följs upp i tertialrapporterna och i verksamhetsberättelsen. Personalenheten "
        "sammanställer nyckeltalen i avsnitt 3 varje år och redovisar dem för ledningsgruppen "
        "och i förvaltningens samverkansgrupp. Inför revideringen hösten 2026 görs en ny "
        "kompetensanalys på avdelningsnivå."
    )

    cp = d.core_properties
    fixed = datetime.datetime(2025, 12, 9, 9, 0, 0)
    cp.author = "Personalenheten, Spånga-Tensta stadsdelsförvaltning"
    cp.last_modified_by = "Personalenheten"
    cp.title = "Kompetensförsörjningsplan 2026–2028"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    write_zip_deterministic(buf.getvalue(), os.path.join(outdir, fname))
    return plan


SPT_STAFF = [
    (
        "Förskoleavdelningen",
        [
            ["Förskollärare", "168", "9", "14", "191"],
            ["Barnskötare", "241", "22", "61", "324"],
            ["Måltidspersonal", "28", "2", "6", "36"],
            ["Rektorer och biträdande rektorer", "24", "1", "0", "25"],
        ],
        ["Delsumma förskola", "461", "34", "81", "576"],
    ),
    (
        "Avdelningen för äldreomsorg",
        [
            ["Undersköterskor", "236", "31", "98", "365"],
            ["Vårdbiträden", "52", "8", "41", "101"],
            ["Sjuksköterskor", "31", "3", "5", "39"],
            ["Fysioterapeuter och arbetsterapeuter", "14", "1", "0", "15"],
            ["Enhetschefer", "11", "0", "0", "11"],
        ],
        ["Delsumma äldreomsorg", "344", "43", "144", "531"],
    ),
    (
        "Avdelningen för individ- och familjeomsorg",
        [
            ["Socialsekreterare", "96", "14", "3", "113"],
            ["Familjebehandlare", "22", "3", "1", "26"],
            ["Biståndshandläggare", "19", "2", "0", "21"],
            ["Enhetschefer", "9", "0", "0", "9"],
        ],
        ["Delsumma individ- och familjeomsorg", "146", "19", "4", "169"],
    ),
    (
        "Avdelningen för stöd och service",
        [
            ["Stödassistenter och boendestödjare", "88", "12", "47", "147"],
            ["Enhetschefer", "6", "0", "0", "6"],
        ],
        ["Delsumma stöd och service", "94", "12", "47", "153"],
    ),
    (
        "Administrativa avdelningen och stadsmiljö",
        [
            ["Handläggare och specialister", "58", "6", "2", "66"],
            ["Administratörer", "21", "2", "3", "26"],
            ["Chefer", "5", "0", "0", "5"],
        ],
        ["Delsumma administration och stadsmiljö", "84", "8", "5", "97"],
    ),
]

SPT_ACTS = [
    (
        "Utveckla",
        "Medarbetare och chefer har den kompetens verksamheten kräver i dag och om tre år.",
        [
            (
                "Ge barnskötare möjlighet att läsa svenska som andraspråk på arbetstid via Komvux.",
                "rektorer i förskolan",
                "2026–2028",
            ),
            (
                "Utbilda fyra undersköterskor per år till specialistundersköterskor inom demens.",
                "avdelningschef äldreomsorg",
                "Löpande",
            ),
            (
                "Delta med minst fem chefer per år i stadens chefsprogram.",
                "förvaltningsledningen",
                "2026–2028",
                "antal deltagare redovisas i verksamhetsberättelsen",
            ),
            (
                "Genomföra ett gemensamt utbildningspaket om den nya socialtjänstlagen för individ- och "
                "familjeomsorgen och äldreomsorgens biståndshandläggare.",
                "avdelningschef IFO",
                "VT 2026",
            ),
        ],
    ),
    (
        "Behålla",
        "Fler medarbetare vill stanna och rekommenderar oss som arbetsgivare.",
        [
            (
                "Genomföra en riktad lönesatsning för förskollärare och undersköterskor med yrkestitel "
                "i löneöversynen 2026.",
                "förvaltningsdirektören och personalenheten",
                "2026-04-01",
            ),
            (
                "Erbjuda fler heltidsanställningar genom schemaläggning med resurspass i äldreomsorgen.",
                "enhetschefer i äldreomsorgen",
                "2027-12-31",
                "heltidsandel per enhet",
            ),
            (
                "Arbeta med friskfaktorer och tidiga insatser vid korttidssjukfrånvaro i förskolan.",
                "rektorer samt HR-konsulter",
                "Löpande",
            ),
            (
                "Införa karriärtjänsten erfaren socialsekreterare med lönetillägg.",
                "avdelningschef IFO",
                "HT 2026",
            ),
        ],
    ),
    (
        "Attrahera",
        "Spånga-Tensta är ett självklart val för den som vill arbeta nära invånarna.",
        [
            (
                "Ta emot feriearbetande ungdomar och praktikanter från vård- och omsorgsprogrammet.",
                "samtliga avdelningar",
                "Sommar 2026",
            ),
            (
                "Synliggöra förmåner som friskvårdsbidrag, förmånscykel och semesterväxling i alla annonser.",
                "personalenheten",
                "2026-06-30",
            ),
            (
                "Samarbeta med gymnasieskolor och Komvux i Järvaområdet om praktik och lärlingsplatser.",
                "avdelningschef äldreomsorg",
                "2026–2027",
            ),
        ],
    ),
    (
        "Rekrytera",
        "Rätt person anställs snabbt och med en god kandidatupplevelse.",
        [
            (
                "Genomföra gemensamma rekryteringsdagar för undersköterskor och barnskötare två gånger "
                "per år.",
                "personalenheten med stöd av avdelningarna",
                "2026–2028",
            ),
            (
                "Kontrollera bevis om skyddad yrkestitel vid alla nyanställningar av undersköterskor.",
                "rekryterande chef",
                "Löpande",
            ),
            (
                "Utbilda nya chefer i kompetensbaserad rekrytering inom sex månader från tillträdet.",
                "personalenheten",
                "Löpande",
                "andel nya chefer som gått utbildningen",
            ),
        ],
    ),
    (
        "Introducera",
        "Nyanställda känner sig välkomna och kan sitt uppdrag efter sex månader.",
        [
            ("Hålla en förvaltningsgemensam introduktionsdag varje termin.", "personalenheten", "HT 2026"),
            (
                "Använda checklistan för introduktion och följa upp den i samtal efter en och sex månader.",
                "närmaste chef",
                "Löpande",
                "enkät till nyanställda",
            ),
            (
                "Erbjuda nya socialsekreterare ett introduktionsår med minskad ärendemängd och egen "
                "handledare.",
                "enhetschefer inom IFO",
                "2027-12-31",
            ),
        ],
    ),
    (
        "Avsluta",
        "Vi lär oss av dem som slutar och de lämnar oss som goda ambassadörer.",
        [
            (
                "Erbjuda avgångssamtal och påminna om stadens digitala avgångsenkät.",
                "närmaste chef",
                "Löpande",
            ),
            (
                "Sammanställa avgångsenkäten per avdelning två gånger per år och redovisa resultatet i "
                "ledningsgruppen.",
                "personalenheten",
                "2026–2028",
            ),
            (
                "Erbjuda medarbetare som går i pension att arbeta kvar som timavlönade handledare.",
                "avdelningscheferna",
                "2026-12-31",
            ),
        ],
    ),
]


def write_zip_deterministic(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 9, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))


# ================================================================ page text + gold
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_pages(path):
    d = docx.Document(path)
    pages = [""]

    def para_text(p_el):
        for r in p_el.iter(W_NS + "r"):
            for ch in r:
                if ch.tag == W_NS + "t":
                    pages[-1] += ch.text or ""
                elif ch.tag == W_NS + "tab":
                    pages[-1] += " "
                elif ch.tag == W_NS + "br" and ch.get(W_NS + "type") == "page":
                    pages.append("")
        pages[-1] += "\n"

    for el in d.element.body:
        if el.tag == W_NS + "p":
            para_text(el)
        elif el.tag == W_NS + "tbl":
            for tr in el.iter(W_NS + "tr"):
                cells = []
                for tc in tr.findall(W_NS + "tc"):
                    cells.append(
                        " ".join(
                            "".join(t.text or "" for t in p.iter(W_NS + "t")) for p in tc.iter(W_NS + "p")
                        )
                    )
                pages[-1] += " ".join(cells) + "\n"
    return [norm(p) for p in pages]


def pdf_pages(path):
    import pypdf

    return [norm(p.extract_text() or "") for p in pypdf.PdfReader(path).pages]


def page_texts(path):
    return docx_pages(path) if path.endswith(".docx") else pdf_pages(path)


FAILS = []


def locate(pages, fields, start):
    fields = [norm(f) for f in fields if f]
    order = list(range(start, len(pages))) + list(range(0, start))
    for i in order:
        if all(f in pages[i] for f in fields):
            return i
    FAILS.append(fields)
    return start


def write_gold(plans, outdir, golddir):
    os.makedirs(golddir, exist_ok=True)
    out = {"plans": [], "activities": [], "figures": [], "gaps": []}
    n = {"A": 0, "F": 0, "G": 0}
    for pl in plans:
        pages = page_texts(os.path.join(outdir, pl.file))
        out["plans"].append(
            dict(
                file=pl.file,
                administration=pl.administration,
                period=pl.period,
                layout=pl.layout,
                pages=len(pages),
            )
        )
        base = dict(file=pl.file, administration=pl.administration, period=pl.period)
        cur = 0
        for a in pl.acts:
            cur = locate(
                pages, [a["activity"], a["goal"], a["target_date"], a["responsible"], a["followup"]], cur
            )
            n["A"] += 1
            rec = dict(id="LA%03d" % n["A"], **base)
            rec.update(a)
            rec["page"] = cur + 1
            out["activities"].append(rec)
        cur = 0
        for f in pl.figs:
            cur = locate(pages, [f["quote"]], cur)
            n["F"] += 1
            rec = dict(id="LF%03d" % n["F"], **base)
            rec.update(f)
            rec["page"] = cur + 1
            out["figures"].append(rec)
        cur = 0
        for g in pl.gaps:
            cur = locate(pages, [g["text"], g["quote"], g["theme"]], cur)
            n["G"] += 1
            rec = dict(id="LG%03d" % n["G"], **base)
            rec.update(g)
            rec["page"] = cur + 1
            out["gaps"].append(rec)
    order = {
        "activities": [
            "id",
            "file",
            "administration",
            "period",
            "table",
            "area",
            "areas",
            "goal",
            "activity",
            "target_date",
            "target_end",
            "responsible",
            "responsible_list",
            "followup",
            "page",
        ],
        "figures": [
            "id",
            "file",
            "administration",
            "period",
            "metric",
            "value",
            "unit",
            "as_of",
            "scope",
            "headline",
            "page",
            "quote",
        ],
        "gaps": ["id", "file", "administration", "period", "list", "theme", "text", "page", "quote"],
        "plans": ["file", "administration", "period", "layout", "pages"],
    }
    for k, recs in out.items():
        with open(os.path.join(golddir, "%s.jsonl" % k), "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps({kk: r[kk] for kk in order[k]}, ensure_ascii=False) + "\n")
    return {k: len(v) for k, v in out.items()}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    plans = [
        build_sbk_2025(outdir),
        build_sbk_2026(outdir),
        build_spanga(outdir),
        build_stockholmshem(outdir),
    ]
    for pl in plans:
        print("wrote", os.path.join(outdir, pl.file))
    if "--gold" in argv:
        golddir = argv[argv.index("--gold") + 1]
        print(write_gold(plans, outdir, golddir))
        for f in FAILS:
            print("NOT FOUND:", f)
        if FAILS:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
