#!/usr/bin/env python
"""Three invented Stockholm plans, written blind in session 28 (writer p), into OUTDIR.

    python layouts_p.py OUTDIR           # plan files only (eval/layouts/unseen12/plans, with layouts_o.py)
    python layouts_p.py OUTDIR GOLDDIR   # also write gold/*.jsonl (ids PA/PF/PG)

Plans (reportlab PDFs): socialforvaltningen-stockholm-2026-2028.pdf, norrmalm-kompetensforsorjningsplan-2026.pdf,
micasa-kompetensforsorjning-2026-2027.pdf. The writer's make_layouts.py. Each gold record is collected by the
code that draws its text (the record calls sit next to the flowables), so the gold code stays in. The gold in
eval/layouts/unseen12/gold is what GOLDDIR receives, with "writer": "p" added to every record.
Deterministic: invariant PDFs.
"""

import calendar
import json
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
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

FONTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONTDIR, "DejaVuSans-BoldOblique.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")


def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13.5, alignment=TA_LEFT, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)


# ---------------------------------------------------------------- gold helpers
CANON = ["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]
MONTHS = {
    "jan": 1,
    "januari": 1,
    "feb": 2,
    "februari": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
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


def canon_areas(area):
    if not area:
        return []
    a = area.lower()
    return [c for c in CANON if c.lower()[:6] in a]


def split_resp(r):
    if not r:
        return []
    parts = re.split(r",\s*|\s*/\s*|\s+och\s+|\s+samt\s+|\s+med stöd av\s+", r)
    return [p.strip() for p in parts if p.strip()]


def last_day(y, m):
    return "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


def target_end(t):
    if not t:
        return None
    s = t.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return s + "-12-31"
    m = re.fullmatch(r"(\d{4})\s*[–-]\s*(\d{4})", s)
    if m:
        return m.group(2) + "-12-31"
    m = re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        return last_day(int(m.group(2)), int(m.group(1)) * 3)
    m = re.fullmatch(r"(HT|VT) (\d{4})", s)
    if m:
        return m.group(2) + ("-12-31" if m.group(1) == "HT" else "-06-30")
    m = re.fullmatch(r"(?:[a-zåäö]+\s*[–-]\s*)?([a-zåäö]+) (\d{4})", s.lower())
    if m and m.group(1) in MONTHS:
        return last_day(int(m.group(2)), MONTHS[m.group(1)])
    m = re.fullmatch(r"(?:hela|under|senast|klart)\s+(\d{4})", s.lower())
    if m:
        return m.group(1) + "-12-31"
    return None


EMPLOYMENT_TYPES = {"tillsvidareanställda", "visstidsanställda", "månadsavlönade", "timavlönade"}
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


def num(s):
    return float(s.replace(" ", "").replace(",", ".").replace("−", "-"))


class Plan:
    def __init__(self, file, administration, period, layout):
        self.file, self.adm, self.period, self.layout = file, administration, period, layout
        self.page = 1
        self.story = []
        self.acts, self.figs, self.gaps = [], [], []

    def add(self, *fl):
        self.story.extend(fl)

    def pb(self, template=None):
        if template:
            self.story.append(NextPageTemplate(template))
        self.story.append(PageBreak())
        self.page += 1

    def act(self, area, goal, activity, target_date, responsible, followup, table="plan"):
        self.acts.append(
            dict(
                file=self.file,
                administration=self.adm,
                period=self.period,
                table=table,
                area=area,
                areas=canon_areas(area),
                goal=goal,
                activity=activity,
                target_date=target_date,
                target_end=target_end(target_date),
                responsible=responsible,
                responsible_list=split_resp(responsible),
                followup=followup,
                page=self.page,
            )
        )

    def fig(self, metric, value, as_of, quote, scope=None):
        v = num(value) if isinstance(value, str) else value
        if v == int(v) and UNITS[metric] == "count":
            v = int(v)
        if (metric, (scope or "").lower()) in {
            ("employees_permanent", "tillsvidareanställda"),
            ("employees_temporary", "visstidsanställda"),
            ("hourly_staff", "timavlönade"),
        }:
            scope = None  # the metric itself already names the employment type
        hl = scope is None or scope.lower() in EMPLOYMENT_TYPES
        self.figs.append(
            dict(
                file=self.file,
                administration=self.adm,
                period=self.period,
                metric=metric,
                value=v,
                unit=UNITS[metric],
                as_of=as_of,
                scope=scope,
                headline=hl,
                page=self.page,
                quote=quote,
            )
        )

    def gap(self, lst, theme, text, quote=None):
        self.gaps.append(
            dict(
                file=self.file,
                administration=self.adm,
                period=self.period,
                list=lst,
                theme=theme,
                text=text,
                page=self.page,
                quote=quote or text,
            )
        )

    def plan_record(self):
        return dict(file=self.file, administration=self.adm, period=self.period, layout=self.layout)


def P(text, st):
    return Paragraph(text, st)


def row_quote(cells):
    return " ".join(c for c in cells if c != "")


# ==================================================================== PLAN 1
def plan_sof(outdir):
    pl = Plan(
        "socialforvaltningen-stockholm-2026-2028.pdf",
        "Socialförvaltningen i Stockholms stad",
        "2026-2028",
        "A4 PDF, 10 p.: cover page with letterhead (Stockholms stad / Socialförvaltningen / HR-avdelningen), dnr, "
        "decision date and dotted TOC; running header + footer 'Dnr SOF 2025/4417' and 'Sida N (10)'; "
        "numbered sections; key-figure table YEARS AS COLUMNS 2023-2025 plus 'Förändring' column with source footnote; "
        "sick leave by type 2024|2025; per-avdelning table (anställda/omsättning/sjukfrånvaro); occupation x "
        "tillsvidare/visstid/andel kvinnor; AGE BANDS AS COLUMNS with Medelålder; retirements ahead per "
        "yrkesgrupp and year 2026-2028; recruitment-difficulty table in words (Mycket svårt/Svårt/Ganska lätt) "
        "with reason (not recorded as gaps); numbered gap list with bold item + explanation and 'Utmaningar' "
        "bullets; activities GROUPED BY STRATEGIC GOAL (Mål 1-3) in zebra tables Nr | Aktivitet | Ansvar | "
        "Klart | Mått | Område with the UBARA area in the RIGHTMOST column",
    )
    NAVY = colors.HexColor("#1F3A5F")
    body = S("b1")
    h1 = S("h1", fontName="DV-B", fontSize=14, leading=18, textColor=NAVY, spaceBefore=4, spaceAfter=8)
    h2 = S("h2", fontName="DV-B", fontSize=11, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4)
    small = S("sm", fontSize=7.5, leading=10, textColor=colors.HexColor("#444444"))
    cell = S("c1", fontSize=8, leading=10.5, spaceAfter=0, splitLongWords=0)
    cellb = S("c1b", fontName="DV-B", fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.white)
    TOTAL = 10

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        if n > 1:
            c.setFont("DV", 8)
            c.setFillColor(NAVY)
            c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Stockholms stad · Socialförvaltningen")
            c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Kompetensförsörjningsplan 2026–2028")
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.6)
            c.line(2.2 * cm, A4[1] - 1.5 * cm, A4[0] - 2.2 * cm, A4[1] - 1.5 * cm)
        c.setFont("DV", 8)
        c.setFillColor(colors.black)
        c.drawString(2.2 * cm, 1.2 * cm, "Dnr SOF 2025/4417")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Sida %d (%d)" % (n, TOTAL))
        c.restoreState()

    def tbl(rows, widths, header_bg=NAVY, zebra=True, wrap_cols=(), align_right_from=1, bold_last=False):
        data = []
        for i, r in enumerate(rows):
            out = []
            for j, v in enumerate(r):
                if i == 0:
                    out.append(P(v, cellb))
                elif j in wrap_cols:
                    out.append(P(v, cell))
                else:
                    out.append(v)
            data.append(out)
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [
            ("FONT", (0, 0), (-1, -1), "DV", 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
        ]
        if align_right_from is not None:
            st.append(("ALIGN", (align_right_from, 1), (-1, -1), "RIGHT"))
        if zebra:
            for i in range(1, len(rows)):
                if i % 2 == 0:
                    st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E9EEF5")))
        if bold_last:
            st.append(("FONT", (0, -1), (-1, -1), "DV-B", 8.5))
            st.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, NAVY))
        t.setStyle(TableStyle(st))
        return t

    # ---------- page 1 cover
    cov_big = S("cb", fontName="DV-B", fontSize=24, leading=30, textColor=NAVY, spaceAfter=6)
    cov_sub = S("cs", fontSize=12, leading=16, textColor=NAVY, spaceAfter=4)
    pl.add(
        P(
            "<b>Stockholms stad</b>",
            S("lh", fontName="DV-B", fontSize=13, leading=16, textColor=NAVY, spaceAfter=0),
        ),
        P("Socialförvaltningen", S("lh2", fontSize=11, leading=14, spaceAfter=0)),
        P(
            "HR-avdelningen, enheten för kompetensförsörjning",
            S("lh3", fontSize=8.5, leading=11, textColor=colors.grey),
        ),
        Spacer(1, 3.2 * cm),
        P("Kompetensförsörjningsplan 2026–2028", cov_big),
        P("Socialnämndens verksamheter", cov_sub),
        P("Dnr SOF 2025/4417 · Fastställd av förvaltningsdirektören den 10 december 2025", body),
        Spacer(1, 2.2 * cm),
        P("<b>Innehåll</b>", S("toch", fontSize=11, leading=15, textColor=NAVY)),
    )
    toc = [
        ("1 Inledning", 2),
        ("2 Nuläge och nyckeltal", 3),
        ("2.3 Nyckeltal per avdelning", 4),
        ("2.5 Åldersstruktur och pensionsavgångar", 5),
        ("2.7 Avgångssamtal och lönebildning", 6),
        ("3 Kompetensanalys", 7),
        ("4 Handlingsplan 2026–2028", 8),
        ("5 Uppföljning", 10),
    ]
    tt = Table([[a, "." * 60, str(p)] for a, p in toc], colWidths=[7.6 * cm, 6.4 * cm, 1 * cm])
    tt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DV", 9),
                ("TEXTCOLOR", (1, 0), (1, -1), colors.grey),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    pl.add(tt)
    pl.pb()
    # ---------- page 2
    pl.add(
        P("1 Inledning", h1),
        P(
            "Socialförvaltningen i Stockholms stad ansvarar för stadens övergripande socialtjänstfrågor och driver verksamheter som "
            "vänder sig till hela Stockholm: stödboenden, socialjour, stöd till brottsutsatta, insatser för barn och "
            "unga samt beroende- och socialpsykiatrisk vård. Uppdraget ställer höga krav på kompetens, omdöme och "
            "uthållighet hos våra medarbetare, och många av dem arbetar dygnet runt.",
            body,
        ),
        P(
            "Planen beskriver hur förvaltningen ska klara sin kompetensförsörjning under perioden 2026–2028. Den "
            "utgår från stadens process för strategisk kompetensförsörjning och från nämndens verksamhetsplan. "
            "Planen revideras varje år i samband med verksamhetsplaneringen och följs upp i tertialrapporterna.",
            body,
        ),
        P("1.1 Så har planen tagits fram", h2),
        P(
            "Underlaget har tagits fram av HR-avdelningen tillsammans med avdelningscheferna. Under hösten 2025 "
            "hölls fyra workshoppar där varje avdelning analyserade sitt rekryteringsläge, sina pensionsavgångar och "
            "vilka kompetenser som kommer att behövas om tre år. Fackliga företrädare har deltagit vid två av "
            "tillfällena och planen har behandlats i förvaltningsgruppen för samverkan.",
            body,
        ),
        P("1.2 Förvaltningens organisation", h2),
        P("Förvaltningen är organiserad i fem verksamhetsavdelningar och en stab:", body),
    )
    org = [
        (
            "Avdelningen för stödboenden",
            "driver boenden med stöd för vuxna i hemlöshet, unga vuxna och personer med samsjuklighet.",
        ),
        (
            "Socialjouren",
            "tar emot akuta ärenden kvällar, nätter och helger när stadsdelsförvaltningarnas socialtjänst är stängd.",
        ),
        (
            "Avdelningen för stöd till brottsutsatta",
            "samlar stödcentrum för brottsutsatta, relationsvåldscentrum och stöd till personer som vill lämna kriminalitet.",
        ),
        (
            "Avdelningen för barn och unga",
            "ansvarar för bland annat jourhem, familjehemsutredningar och ungdomsjouren.",
        ),
        (
            "Avdelningen för beroende och socialpsykiatri",
            "bedriver öppenvård, mottagningar och uppsökande arbete.",
        ),
        ("Stab och förvaltningsstöd", "rymmer HR, ekonomi, kommunikation, juridik och utvecklingsstöd."),
    ]
    for a, d in org:
        pl.add(P("• <b>%s</b> %s" % (a, d), S("bl", leftIndent=10, firstLineIndent=-8, spaceAfter=3)))
    pl.add(
        Spacer(1, 4),
        P(
            "Socialjouren har öppet årets alla dagar och bemannas av socialsekreterare som arbetar i treskift. "
            "Flera av stödboendena är bemannade dygnet runt, vilket gör att förvaltningen är beroende av "
            "timavlönade medarbetare för att täcka semestrar och frånvaro.",
            body,
        ),
    )
    pl.pb()
    # ---------- page 3 key figures
    pl.add(
        P("2 Nuläge och nyckeltal", h1),
        P(
            "Tabellen visar förvaltningens viktigaste personalnyckeltal de tre senaste åren. Uppgifterna avser "
            "månadsavlönade medarbetare per den 31 december om inget annat anges.",
            body,
        ),
        P("2.1 Nyckeltal 2023–2025", h2),
    )
    kf = [
        ["Nyckeltal", "2023", "2024", "2025", "Förändring 2024–2025"],
        ["Antal tillsvidareanställda", "1 512", "1 548", "1 571", "+23", "employees_permanent"],
        ["Antal visstidsanställda", "131", "124", "113", "−11", "employees_temporary"],
        ["Totalt antal månadsavlönade", "1 643", "1 672", "1 684", "+12", "employees_total"],
        ["Timavlönade (antal personer)", "412", "388", "365", "−23", "hourly_staff"],
        ["Andel kvinnor, %", "76", "77", "77", "0", "women_share"],
        ["Medelålder, år", "44,1", "43,8", "43,6", "−0,2", "average_age"],
        ["Personalomsättning, %", "13,2", "12,1", "10,9", "−1,2", "turnover_pct"],
        ["Sjukfrånvaro totalt, %", "8,4", "8,1", "7,7", "−0,4", "sick_leave_pct"],
        ["Externa rekryteringar", "241", "226", "198", "−28", "recruitments"],
        ["Pensionsavgångar", "29", "34", "31", "−3", "retirements"],
        ["AMI (aktivt medarbetarskap)", "78", "79", "80", "+1", "ami_index"],
    ]
    pl.add(tbl([r[:5] for r in kf], [6.4 * cm, 2 * cm, 2 * cm, 2 * cm, 4.2 * cm]))
    for r in kf[1:]:
        q = row_quote(r[:5])
        for y, v in zip(["2023", "2024", "2025"], r[1:4]):
            pl.fig(r[5], v, y, q)
    pl.add(
        Spacer(1, 3),
        P(
            "Källa: HR-systemet (stadens personalsystem), utdrag januari 2026. AMI från stadens medarbetarenkät 2023–2025.",
            small,
        ),
        Spacer(1, 6),
        P(
            "Personalomsättningen har minskat tydligt under perioden, från 13,2 procent 2023 till 10,9 procent 2025. "
            "Minskningen är störst inom Socialjouren och Avdelningen för stöd till brottsutsatta. Målet för 2026 är att "
            "personalomsättningen ska vara högst 10 procent.",
            body,
        ),
    )
    pl.fig("turnover_pct", "13,2", "2023", "från 13,2 procent 2023 till 10,9 procent 2025")
    pl.fig("turnover_pct", "10,9", "2025", "från 13,2 procent 2023 till 10,9 procent 2025")
    pl.add(
        P("2.2 Sjukfrånvaro per typ", h2),
        P(
            "Den totala sjukfrånvaron fortsätter att minska. Det är främst korttidsfrånvaron som har gått ned, medan "
            "den långa sjukfrånvaron ligger i stort sett still.",
            body,
        ),
    )
    sk = [
        ["Sjukfrånvaro i procent av ordinarie arbetstid", "2024", "2025"],
        ["Korttidssjukfrånvaro (dag 1–14)", "2,9", "2,7", "short_sick_leave_pct"],
        ["Sjukfrånvaro dag 15–59", "1,3", "1,2", None],
        ["Långtidssjukfrånvaro (dag 60 och längre)", "3,9", "3,8", "long_sick_leave_pct"],
        ["Total sjukfrånvaro", "8,1", "7,7", "sick_leave_pct"],
    ]
    pl.add(tbl([r[:3] for r in sk], [9.6 * cm, 3 * cm, 3 * cm], bold_last=True))
    for r in sk[1:]:
        if r[3]:
            q = row_quote(r[:3])
            pl.fig(r[3], r[1], "2024", q)
            pl.fig(r[3], r[2], "2025", q)
    pl.add(Spacer(1, 3), P("Källa: HR-systemet, december 2025.", small))
    pl.pb()
    # ---------- page 4 per avdelning + yrkesgrupp
    pl.add(
        P("2.3 Nyckeltal per avdelning", h2),
        P(
            "Skillnaderna mellan avdelningarna är stora. Stödboendena, med många medarbetare i schemalagd "
            "dygnetruntverksamhet, har både högst personalomsättning och högst sjukfrånvaro.",
            body,
        ),
    )
    av = [
        ["Avdelning 2025", "Antal anställda", "Personalomsättning, %", "Sjukfrånvaro, %"],
        ["Avdelningen för stödboenden", "468", "12,6", "9,4"],
        ["Socialjouren", "142", "8,3", "6,1"],
        ["Avdelningen för stöd till brottsutsatta", "96", "7,1", "5,2"],
        ["Avdelningen för barn och unga", "512", "11,8", "7,9"],
        ["Avdelningen för beroende och socialpsykiatri", "318", "10,2", "7,3"],
        ["Stab och förvaltningsstöd", "148", "6,4", "4,6"],
        ["Hela förvaltningen", "1 684", "10,9", "7,7"],
    ]
    pl.add(tbl(av, [7.4 * cm, 2.6 * cm, 3.6 * cm, 3 * cm], bold_last=True))
    for r in av[1:]:
        q = row_quote(r)
        sc = None if r[0] == "Hela förvaltningen" else r[0]
        pl.fig("employees_total", r[1], "2025", q, sc)
        pl.fig("turnover_pct", r[2], "2025", q, sc)
        pl.fig("sick_leave_pct", r[3], "2025", q, sc)
    pl.add(
        Spacer(1, 3),
        P("Antal anställda avser månadsavlönade den 31 december 2025. Källa: HR-systemet.", small),
    )
    pl.add(
        P("2.4 Medarbetare per yrkesgrupp och anställningsform", h2),
        P(
            "Socialsekreterare och behandlingsassistenter är de två största yrkesgrupperna och utgör tillsammans "
            "nästan två tredjedelar av förvaltningens medarbetare.",
            body,
        ),
    )
    yg = [
        ["Yrkesgrupp", "Tillsvidare", "Visstid", "Totalt", "Andel kvinnor"],
        ["Socialsekreterare", "512", "38", "550", "81 %"],
        ["Behandlingsassistenter och boendestödjare", "486", "41", "527", "64 %"],
        ["Chefer", "96", "0", "96", "70 %"],
        ["Administratörer och handläggare", "182", "12", "194", "79 %"],
        ["Specialister (jurister, psykologer, utredare)", "88", "9", "97", "75 %"],
        ["Sjuksköterskor", "26", "3", "29", "90 %"],
        ["Övriga", "181", "10", "191", "74 %"],
        ["Totalt", "1 571", "113", "1 684", "77 %"],
    ]
    pl.add(tbl(yg, [7.4 * cm, 2.3 * cm, 2 * cm, 2 * cm, 2.9 * cm], bold_last=True))
    for r in yg[1:]:
        q = row_quote(r)
        sc = None if r[0] == "Totalt" else r[0]
        pl.fig("employees_permanent", r[1], "2025", q, sc)
        pl.fig("employees_temporary", r[2], "2025", q, sc)
        pl.fig("employees_total", r[3], "2025", q, sc)
        pl.fig("women_share", r[4].replace(" %", ""), "2025", q, sc)
    pl.add(Spacer(1, 3), P("Källa: HR-systemet, december 2025. Timavlönade ingår inte i tabellen.", small))
    pl.pb()
    # ---------- page 5 age + retirements
    pl.add(
        P("2.5 Åldersstruktur", h2),
        P(
            "Förvaltningen har en förhållandevis ung personalgrupp bland socialsekreterarna, medan chefer och "
            "specialister har en äldre åldersprofil. Tabellen visar antalet tillsvidareanställda i varje åldersgrupp.",
            body,
        ),
    )
    ag = [
        ["Yrkesgrupp", "–29 år", "30–39 år", "40–49 år", "50–59 år", "60 år–", "Medelålder"],
        ["Socialsekreterare", "118", "176", "109", "71", "38", "39,6"],
        ["Behandlingsassistenter och boendestödjare", "74", "121", "118", "107", "66", "44,8"],
        ["Chefer", "0", "14", "33", "34", "15", "49,2"],
        ["Administratörer och handläggare", "17", "39", "47", "51", "28", "46,1"],
        ["Specialister", "6", "22", "27", "21", "12", "45,7"],
        ["Sjuksköterskor", "2", "6", "7", "7", "4", "46,3"],
        ["Övriga", "21", "38", "46", "47", "29", "45,0"],
        ["Hela förvaltningen", "238", "416", "387", "338", "192", "43,6"],
    ]
    pl.add(
        tbl(ag, [7.2 * cm, 1.4 * cm, 1.55 * cm, 1.55 * cm, 1.55 * cm, 1.55 * cm, 1.8 * cm], bold_last=True)
    )
    for r in ag[1:]:
        sc = None if r[0] == "Hela förvaltningen" else r[0]
        pl.fig("average_age", r[6], "2025", row_quote(r), sc)
    pl.add(
        Spacer(1, 3),
        P("Åldersgrupperna avser tillsvidareanställda den 31 december 2025. Källa: HR-systemet.", small),
        P(
            "Av förvaltningens tillsvidareanställda är 192 personer 60 år eller äldre. De flesta av dem finns bland "
            "behandlingsassistenter och boendestödjare, där erfarenheten är svår att ersätta.",
            body,
        ),
        P("2.6 Förväntade pensionsavgångar", h2),
        P(
            "Beräkningen utgår från att medarbetarna går i pension vid 66 års ålder. Historiskt har ungefär hälften "
            "av medarbetarna valt att gå tidigare, och många fortsätter som timavlönade efter pensionen.",
            body,
        ),
    )
    pn = [
        ["Yrkesgrupp", "2026", "2027", "2028", "Summa 2026–2028"],
        ["Socialsekreterare", "6", "5", "7", "18"],
        ["Behandlingsassistenter och boendestödjare", "11", "9", "12", "32"],
        ["Chefer", "3", "4", "2", "9"],
        ["Administratörer och handläggare", "5", "6", "4", "15"],
        ["Specialister", "2", "2", "3", "7"],
        ["Övriga", "4", "5", "6", "15"],
        ["Totalt", "31", "31", "34", "96"],
    ]
    pl.add(tbl(pn, [7.4 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm, 3.8 * cm], bold_last=True))
    for r in pn[1:]:
        q = row_quote(r)
        sc = None if r[0] == "Totalt" else r[0]
        for y, v in zip(["2026", "2027", "2028", "2026-2028"], r[1:5]):
            pl.fig("retirements", v, y, q, sc)
    pl.add(
        Spacer(1, 3),
        P("Prognos baserad på ålder den 31 december 2025. Sjuksköterskor ingår i Övriga.", small),
    )
    pl.pb()
    # ---------- page 6 exits, pay, recruitment difficulty
    pl.add(
        P("2.7 Avgångssamtal", h2),
        P(
            "Under 2025 slutade 232 tillsvidareanställda medarbetare, varav 31 gick i pension. Alla som slutar "
            "erbjuds ett avgångssamtal med närmaste chef och en digital avgångsenkät.",
            body,
        ),
    )
    pl.fig(
        "departures",
        232,
        "2025",
        "Under 2025 slutade 232 tillsvidareanställda medarbetare",
        "tillsvidareanställda",
    )
    pl.fig("retirements", 31, "2025", "varav 31 gick i pension")
    pl.add(P("De vanligaste skälen som anges i avgångsenkäten är:", body))
    for b in [
        "hög arbetsbelastning och många ärenden per handläggare,",
        "bättre lön eller villkor hos en annan arbetsgivare, ofta en annan kommun,",
        "att medarbetaren vill pröva en annan inriktning inom socialt arbete,",
        "obekväm arbetstid i dygnetruntverksamheterna.",
    ]:
        pl.add(P("– " + b, S("dl", leftIndent=12, firstLineIndent=-9, spaceAfter=2)))
    pl.add(
        Spacer(1, 4),
        P(
            "Nästan alla som slutat säger att de kan tänka sig att komma tillbaka, och en majoritet rekommenderar "
            "förvaltningen som arbetsgivare. Det är en styrka som vi vill ta vara på i rekryteringen.",
            body,
        ),
        P("2.8 Lönebildning och förmåner", h2),
        P(
            "I lönerevisionen 2025 prioriterades erfarna socialsekreterare inom barn och unga samt socialsekreterare "
            "i Socialjouren. Förvaltningen har också infört ett särskilt tillägg för handledare av nyanställda och "
            "studenter. Friskvårdsbidraget är 3 000 kronor per år och alla medarbetare har tillgång till en "
            "friskvårdstimme i veckan där verksamheten medger det.",
            body,
        ),
        P("2.9 Rekryteringsläge per yrkesgrupp", h2),
        P(
            "Avdelningscheferna har bedömt hur svårt det är att rekrytera till de viktigaste yrkesgrupperna under "
            "planperioden.",
            body,
        ),
    )
    rl = [
        ["Yrkesgrupp", "Bedömning", "Främsta orsak"],
        [
            "Socialsekreterare, myndighetsutövning barn och unga",
            "Mycket svårt",
            "Stor efterfrågan i hela regionen och krav på flera års erfarenhet.",
        ],
        [
            "Socialsekreterare till Socialjouren",
            "Mycket svårt",
            "Nattarbete och krav på bred erfarenhet av akuta ärenden.",
        ],
        [
            "Behandlingsassistenter och boendestödjare",
            "Ganska lätt",
            "Många sökande, men få med relevant utbildning.",
        ],
        ["Jurister", "Svårt", "Konkurrens från statliga myndigheter om löner och villkor."],
        ["Enhetschefer", "Svårt", "Få interna kandidater och hög arbetsbelastning i rollen."],
        ["Administratörer", "Ganska lätt", "God tillgång på sökande."],
    ]
    pl.add(tbl(rl, [6.2 * cm, 2.6 * cm, 7.8 * cm], wrap_cols=(0, 2), align_right_from=None))
    pl.pb()
    # ---------- page 7 kompetensanalys
    pl.add(
        P("3 Kompetensanalys", h1),
        P(
            "Analysen bygger på nyckeltalen, avdelningarnas bedömningar och avgångsenkäterna. Förvaltningen har "
            "identifierat sex kompetensgap som är särskilt viktiga att arbeta med under planperioden.",
            body,
        ),
        P("3.1 Identifierade kompetensgap", h2),
    )
    gaps = [
        (
            "Erfarna socialsekreterare inom myndighetsutövning för barn och unga",
            "Många socialsekreterare lämnar efter två till tre år, och erfarenheten behövs i utredningar om allvarliga risker för barn.",
        ),
        (
            "Kompetens i att bemöta personer med samsjuklighet",
            "Stödboendena möter allt fler boende med både beroende och psykisk ohälsa.",
        ),
        (
            "Chefer med erfarenhet av att leda dygnetruntverksamhet",
            "Ett flertal enhetschefer når pensionsålder under perioden och det saknas en intern chefsreserv.",
        ),
        (
            "Juridisk kompetens i LVU- och LVM-ärenden",
            "Antalet tvångsärenden har ökat och handläggarna behöver mer juridiskt stöd.",
        ),
        (
            "Kunskap om våld i nära relationer och hedersrelaterat våld",
            "Kunskapen behöver breddas från Avdelningen för stöd till brottsutsatta till övriga avdelningar.",
        ),
        (
            "Digital kompetens och förmåga att använda nya verksamhetssystem",
            "Nytt verksamhetssystem för individ- och familjeomsorg införs under 2026–2027.",
        ),
    ]
    for i, (g, e) in enumerate(gaps, 1):
        pl.add(
            P("%d. <b>%s</b>" % (i, g), S("gl%d" % i, leftIndent=14, firstLineIndent=-14, spaceAfter=1)),
            P(
                e,
                S(
                    "ge%d" % i,
                    leftIndent=14,
                    fontSize=8.8,
                    leading=12,
                    textColor=colors.HexColor("#333333"),
                    spaceAfter=5,
                ),
            ),
        )
        pl.gap("Identifierade kompetensgap", None, g)
    pl.add(
        P("3.2 Utmaningar framåt", h2),
        P(
            "Utöver kompetensgapen ser förvaltningen några större utmaningar för kompetensförsörjningen:",
            body,
        ),
    )
    chall = [
        "Konkurrensen om socialsekreterare med stadsdelsförvaltningarna och kranskommunerna",
        "Svårigheter att bemanna nätter och helger i Socialjouren och på stödboendena",
        "En hög andel timavlönade i dygnetruntverksamheterna",
        "Kommande pensionsavgångar bland chefer och specialister",
    ]
    for c_ in chall:
        pl.add(P("• " + c_, S("cl", leftIndent=12, firstLineIndent=-9, spaceAfter=2)))
        pl.gap("Utmaningar framåt", None, c_)
    pl.add(
        Spacer(1, 6),
        P(
            "Sammantaget är bedömningen att förvaltningen har goda förutsättningar att attrahera nya medarbetare, men "
            "att den största risken ligger i att inte kunna behålla erfarna socialsekreterare och chefer.",
            body,
        ),
    )
    pl.pb()
    # ---------- pages 8-10 handlingsplan grouped by goal
    goals = [
        (
            "Mål 1",
            "Fler erfarna socialsekreterare stannar och utvecklas hos oss",
            [
                (
                    "Inför karriärsteg för socialsekreterare med minst tre års erfarenhet (specialist och seniorhandläggare).",
                    "HR-chef och avdelningschefer",
                    "2026-09-30",
                    "Antal utsedda specialister",
                    "Behålla",
                ),
                (
                    "Erbjud handledning i grupp minst en gång i månaden för alla socialsekreterare i myndighetsutövning.",
                    "Enhetschefer",
                    "Löpande",
                    "Andel som deltagit, enkät",
                    "Utveckla",
                ),
                (
                    "Genomför en riktad lönesatsning på erfarna socialsekreterare inom barn och unga.",
                    "Förvaltningsdirektör",
                    "2026",
                    "Lönespridning och omsättning i gruppen",
                    "Behålla",
                ),
                (
                    "Ta fram en utbildningstrappa i juridik med fokus på LVU och LVM.",
                    "Juristerna i staben",
                    "juni 2026",
                    "Antal genomförda kurstillfällen",
                    "Utveckla",
                ),
                (
                    "Genomför avgångssamtal med alla tillsvidareanställda som slutar och sammanställ resultatet varje halvår.",
                    "Chefer med stöd av HR",
                    "Löpande",
                    "Svarsfrekvens i avgångsenkäten",
                    "Avsluta",
                ),
                (
                    "Erbjud återkommande medarbetare en förenklad återanställning och kontakt via alumninätverk.",
                    "HR-avdelningen",
                    "Q2 2027",
                    "Antal återanställda",
                    "Avsluta",
                ),
            ],
        ),
        (
            "Mål 2",
            "Förvaltningen är en attraktiv arbetsgivare för nya medarbetare",
            [
                (
                    "Utveckla en gemensam arbetsgivarprofil för socialt arbete i Stockholms stad tillsammans med stadsdelsförvaltningarna.",
                    "Kommunikationsenheten och HR",
                    "Q1 2027",
                    "Antal sökande per annons",
                    "Attrahera",
                ),
                (
                    "Ta emot minst 40 socionomstudenter per år för verksamhetsförlagd utbildning.",
                    "Avdelningschefer",
                    "Löpande",
                    "Antal studentplatser",
                    "Attrahera",
                ),
                (
                    "Ge chefer stöd i kompetensbaserad rekrytering och använd arbetsprov för socialsekreterare.",
                    "HR-avdelningen",
                    "HT 2026",
                    "Andel rekryteringar med arbetsprov",
                    "Rekrytera",
                ),
                (
                    "Korta tiden från avslutad annons till anställningserbjudande till högst fyra veckor.",
                    "HR-avdelningen",
                    "2026-12-31",
                    "Tid till anställning",
                    "Rekrytera",
                ),
                (
                    "Bygg upp en pool av timavlönade med introduktion och schemaplanering för nätter och helger.",
                    "Avdelningen för stödboenden och Socialjouren",
                    "mars 2027",
                    "Täckningsgrad i schemat",
                    "Rekrytera",
                ),
            ],
        ),
        (
            "Mål 3",
            "Nya medarbetare och chefer får en bra start och ett hållbart arbetsliv",
            [
                (
                    "Inför ett gemensamt introduktionsprogram på tre dagar för alla nyanställda.",
                    "HR-avdelningen",
                    "Q2 2026",
                    "Nöjdhet enligt enkät till nyanställda",
                    "Introducera",
                ),
                (
                    "Erbjud alla nyanställda socialsekreterare en mentor under det första året.",
                    "Enhetschefer",
                    "2026",
                    "Andel nyanställda med mentor",
                    "Introducera",
                ),
                (
                    "Starta ett chefsförsörjningsprogram för blivande chefer med tolv deltagare per omgång.",
                    "HR-chef",
                    "VT 2027",
                    "Andel deltagare som blir chefer",
                    "Utveckla",
                ),
                (
                    "Genomför stadens ledarprogram för alla nya enhetschefer inom sex månader från anställning.",
                    "Avdelningschefer med stöd av HR",
                    "Löpande",
                    "Andel nya chefer som gått programmet",
                    "Utveckla",
                ),
                (
                    "Följ upp korttidssjukfrånvaro månadsvis och erbjud tidiga samtal vid upprepad frånvaro.",
                    "Chefer och HR",
                    "Löpande",
                    "Sjukfrånvaro dag 1–14",
                    "Behålla",
                ),
                (
                    "Utbilda samtliga medarbetare i det nya verksamhetssystemet inför driftstart.",
                    "Utvecklingsstöd i staben",
                    "2026–2027",
                    "Andel utbildade",
                    "Utveckla",
                ),
            ],
        ),
    ]
    pl.add(
        P("4 Handlingsplan 2026–2028", h1),
        P(
            "Aktiviteterna är ordnade under förvaltningens tre mål för kompetensförsörjningen. I kolumnen längst "
            "till höger anges vilket område i stadens modell för kompetensförsörjning (utveckla, behålla, attrahera, "
            "rekrytera, introducera och avsluta) som aktiviteten främst hör till.",
            body,
        ),
    )
    hdr = ["Nr", "Aktivitet", "Ansvar", "Klart", "Mått", "Område"]
    nr = 0
    for gi, (gl, gt, items) in enumerate(goals):
        if gi == 1:
            pl.pb()
        if gi == 2:
            pl.pb()
        pl.add(
            P(
                "%s: %s" % (gl, gt),
                S("gh%d" % gi, fontName="DV-B", fontSize=10.5, leading=14, textColor=NAVY, spaceBefore=6),
            )
        )
        rows = [hdr]
        for a, r, d, m, ar in items:
            nr += 1
            rows.append(["%d" % nr, a, r, d, m, ar])
            pl.act(ar, gt, a, d, r, m)
        t = tbl(
            rows,
            [0.8 * cm, 4.8 * cm, 3.8 * cm, 1.9 * cm, 3.3 * cm, 2.0 * cm],
            wrap_cols=(1, 2, 4),
            align_right_from=None,
        )
        t.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("FONT", (0, 1), (-1, -1), "DV", 8),
                ]
            )
        )
        pl.add(t)
        if gi == 0:
            pl.add(
                Spacer(1, 8),
                P(
                    "Aktiviteterna under mål 1 tar sikte på den största risken i analysen: att erfarna "
                    "socialsekreterare lämnar förvaltningen efter några år.",
                    body,
                ),
            )
        if gi == 1:
            pl.add(
                Spacer(1, 8),
                P(
                    "Förvaltningen samarbetar med Stockholms universitet och Ersta Sköndal Bräcke högskola om "
                    "studentplatser och praktiknära forskning.",
                    body,
                ),
            )
    pl.add(
        Spacer(1, 6),
        P("5 Uppföljning", h1),
        P(
            "Aktiviteterna följs upp i tertialrapporterna och i verksamhetsberättelsen. HR-avdelningen sammanställer "
            "nyckeltalen två gånger per år och redovisar dem för förvaltningsgruppen. Planen revideras inför 2027.",
            body,
        ),
    )
    path = os.path.join(outdir, pl.file)
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Socialförvaltningen, Stockholms stad",
        creator="HR-avdelningen",
        producer="reportlab",
    )
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    doc.build(pl.story)
    assert pl.page == TOTAL
    return pl


# ==================================================================== PLAN 2
def plan_nor(outdir):
    pl = Plan(
        "norrmalm-kompetensforsorjningsplan-2026.pdf",
        "Norrmalms stadsdelsförvaltning",
        "2026",
        "A4 PDF, 6 p., MIXED ORIENTATION (p1-2 and p4 portrait, p3 and p5-6 landscape): letterhead with "
        "Stockholms stad / förvaltning / HR-enheten, date and dnr on p1; green side rule, footer "
        "'Norrmalms stadsdelsförvaltning – Kompetensförsörjningsplan 2026' + 'N/6'; shaded FACT BOX with one "
        "sentence per figure; prose with previous-year comparisons; turnover per year as dash list; unruled "
        "sick-leave-by-type table; landscape occupation x verksamhet table (tillsvidare/visstid/timavlönade/"
        "medelålder/60+); age bands as columns; gap TABLE Kompetensgap | Därför | Berörda verksamheter; "
        "follow-up table of 2025 activities with Status; activities as CARDS in a two-column grid on "
        "landscape pages (coloured area label, activity, Period as month ranges 'mars–maj 2026', Ansvar, Mått)",
    )
    GREEN = colors.HexColor("#2E6B4F")
    body = S("b2", fontSize=9.5, leading=14)
    h1 = S("h21", fontName="DV-B", fontSize=13, leading=17, textColor=GREEN, spaceBefore=6, spaceAfter=6)
    h2 = S("h22", fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    cell = S("c2", fontSize=8.5, leading=11, spaceAfter=0, splitLongWords=0)
    cellh = S("c2h", fontName="DV-B", fontSize=8.5, leading=11, spaceAfter=0)
    TOTAL = 6

    def deco(c, doc):
        w, h = c._pagesize
        n = doc.page
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, 0, 0.5 * cm, h, stroke=0, fill=1)
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, 1 * cm, "Norrmalms stadsdelsförvaltning – Kompetensförsörjningsplan 2026")
        c.drawRightString(w - 2 * cm, 1 * cm, "%d/%d" % (n, TOTAL))
        c.restoreState()

    def unruled(rows, widths, wrap=(), header_rule=True, right_from=1):
        data = []
        for i, r in enumerate(rows):
            data.append(
                [
                    P(v, cellh if i == 0 else cell) if (j in wrap or (i == 0 and j in wrap)) else v
                    for j, v in enumerate(r)
                ]
            )
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [
            ("FONT", (0, 0), (-1, -1), "DV", 8.5),
            ("FONT", (0, 0), (-1, 0), "DV-B", 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rule:
            st.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN))
        if right_from is not None:
            st.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
        t.setStyle(TableStyle(st))
        return t

    # ---- page 1 portrait
    pl.add(
        Table(
            [
                [
                    P(
                        "<b>STOCKHOLMS STAD</b><br/>Norrmalms stadsdelsförvaltning<br/><font size=8>Administrativa avdelningen, HR-enheten</font>",
                        S("lh", fontSize=10, leading=14, textColor=GREEN),
                    ),
                    P(
                        "Tjänsteutlåtande, bilaga 2<br/>Dnr NOR 2025/2231<br/>2025-11-27",
                        S("lr", fontSize=8.5, leading=12, alignment=TA_RIGHT),
                    ),
                ]
            ],
            colWidths=[10 * cm, 6.5 * cm],
            style=[("VALIGN", (0, 0), (-1, -1), "TOP")],
        ),
        Spacer(1, 1 * cm),
        P("Kompetensförsörjningsplan 2026", S("t2", fontName="DV-B", fontSize=20, leading=26, spaceAfter=8)),
        P(
            "<i>Planen beskriver hur Norrmalms stadsdelsförvaltning ska säkra den kompetens som behövs för att "
            "ge invånarna i Vasastaden, Norrmalm, Kungsholmen och Gamla stan en god service under 2026. Den är "
            "ettårig och bygger på uppföljningen av förra årets plan.</i>",
            body,
        ),
        P("1. Förutsättningar", h1),
        P(
            "Förvaltningen driver förskola, äldreomsorg, verksamhet för personer med funktionsnedsättning, individ- "
            "och familjeomsorg samt arbetar med stadsmiljö och parker. Verksamheterna är beroende av yrkesgrupper som "
            "många arbetsgivare i regionen konkurrerar om, framför allt förskollärare, sjuksköterskor och "
            "socialsekreterare. Samtidigt minskar antalet barn i förskoleåldern i innerstaden, vilket innebär att "
            "förskolan behöver ställa om till färre avdelningar.",
            body,
        ),
    )
    facts = [
        (
            "employees_permanent",
            "1 936",
            "Den 31 december 2025 hade förvaltningen 1 936 tillsvidareanställda medarbetare.",
            "tillsvidareanställda",
        ),
        (
            "employees_temporary",
            "214",
            "Därtill fanns 214 visstidsanställda med månadslön.",
            "visstidsanställda",
        ),
        ("hourly_staff", "540", "Omkring 540 timavlönade arbetade minst ett pass under året.", None),
        ("women_share", "81", "Åtta av tio medarbetare är kvinnor, närmare bestämt 81 procent.", None),
        (
            "average_age",
            "45,2",
            "Medelåldern bland de tillsvidareanställda är 45,2 år.",
            "tillsvidareanställda",
        ),
        (
            "turnover_pct",
            "11,4",
            "Personalomsättningen för tillsvidareanställda blev 11,4 procent.",
            "tillsvidareanställda",
        ),
        (
            "sick_leave_pct",
            "7,9",
            "Sjukfrånvaron uppgick till 7,9 procent av den ordinarie arbetstiden.",
            None,
        ),
    ]
    box = [[P("<b>Förvaltningen i siffror 2025</b>", S("fbh", fontSize=10, leading=14, textColor=GREEN))]]
    for m, v, s_, sc in facts:
        box.append([P(s_, S("fb", fontSize=9, leading=12.5, spaceAfter=0))])
    bt = Table(box, colWidths=[16.5 * cm])
    bt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E6F0EA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    pl.add(Spacer(1, 6), bt)
    for m, v, s_, sc in facts:
        pl.fig(m, v, "2025", s_, sc)
    pl.add(
        Spacer(1, 6),
        P(
            "Källa: HR-systemet och stadens sjukfrånvarorapport, januari 2026.",
            S("src", fontSize=7.5, leading=10, textColor=colors.grey),
        ),
    )
    pl.pb()
    # ---- page 2 portrait
    pl.add(
        P("2. Nyckeltal och utveckling", h1),
        P(
            "Personalomsättningen har sjunkit från 13,0 procent 2024 till 11,4 procent 2025. Minskningen syns i alla "
            "verksamheter utom äldreomsorgen, där omsättningen ligger kvar på en hög nivå. Förvaltningens mål är en "
            "personalomsättning på högst 10 procent år 2027.",
            body,
        ),
    )
    q = "Personalomsättningen har sjunkit från 13,0 procent 2024 till 11,4 procent 2025"
    pl.fig("turnover_pct", "13,0", "2024", q, "tillsvidareanställda")
    pl.fig("turnover_pct", "11,4", "2025", q, "tillsvidareanställda")
    pl.add(P("Personalomsättning per år, tillsvidareanställda", h2))
    for y, v in [("2022", "14,6"), ("2023", "13,8"), ("2024", "13,0"), ("2025", "11,4")]:
        s_ = "%s: %s procent" % (y, v)
        pl.add(P("– " + s_, S("tl", leftIndent=12, firstLineIndent=-9, spaceAfter=1)))
        pl.fig("turnover_pct", v, y, s_, "tillsvidareanställda")
    pl.add(
        Spacer(1, 4),
        P(
            "Av de tillsvidareanställda är 1 571 kvinnor och 365 män. Andelen heltidsanställda är 88 procent, och "
            "232 tillsvidareanställda arbetar deltid, de flesta inom äldreomsorgen. Under 2025 anställdes 263 nya "
            "tillsvidareanställda medan 241 slutade, varav 38 gick i pension.",
            body,
        ),
    )
    pl.fig(
        "women_count",
        "1 571",
        "2025",
        "Av de tillsvidareanställda är 1 571 kvinnor och 365 män",
        "tillsvidareanställda",
    )
    pl.fig(
        "men_count",
        "365",
        "2025",
        "Av de tillsvidareanställda är 1 571 kvinnor och 365 män",
        "tillsvidareanställda",
    )
    pl.fig("full_time_share", "88", "2025", "Andelen heltidsanställda är 88 procent", "tillsvidareanställda")
    pl.fig(
        "part_time_count", "232", "2025", "232 tillsvidareanställda arbetar deltid", "tillsvidareanställda"
    )
    pl.fig(
        "recruitments",
        "263",
        "2025",
        "Under 2025 anställdes 263 nya tillsvidareanställda",
        "tillsvidareanställda",
    )
    pl.fig("departures", "241", "2025", "medan 241 slutade", "tillsvidareanställda")
    pl.fig("retirements", "38", "2025", "varav 38 gick i pension", "tillsvidareanställda")
    pl.add(
        P("Sjukfrånvaro per typ", h2),
        P(
            "Sjukfrånvaron minskade från 8,3 procent 2024 till 7,9 procent 2025. Den långa sjukfrånvaron står för "
            "ungefär hälften av all frånvaro.",
            body,
        ),
    )
    q = "Sjukfrånvaron minskade från 8,3 procent 2024 till 7,9 procent 2025"
    pl.fig("sick_leave_pct", "8,3", "2024", q)
    pl.fig("sick_leave_pct", "7,9", "2025", q)
    sk = [
        ["Andel av ordinarie arbetstid, %", "2024", "2025"],
        ["Kort sjukfrånvaro, dag 1–14", "3,1", "2,9", "short_sick_leave_pct"],
        ["Sjukfrånvaro dag 15–59", "1,2", "1,1", None],
        ["Lång sjukfrånvaro, dag 60–", "4,0", "3,9", "long_sick_leave_pct"],
        ["Totalt", "8,3", "7,9", "sick_leave_pct"],
    ]
    pl.add(unruled([r[:3] for r in sk], [7 * cm, 2 * cm, 2 * cm]))
    for r in sk[1:]:
        if r[3]:
            q = row_quote(r[:3])
            pl.fig(r[3], r[1], "2024", q)
            pl.fig(r[3], r[2], "2025", q)
    pl.add(
        Spacer(1, 6),
        P("Avgångsenkät och medarbetarenkät", h2),
        P(
            "Avgångsenkäten besvarades av 58 procent av dem som slutade; målet är att minst 70 procent ska svara. "
            "De vanligaste skälen att sluta var arbetsmiljön i barngrupperna, lönen och långa resvägar. Aktivt "
            "medarbetarskapsindex (AMI) i medarbetarenkäten blev 79, samma nivå som året innan.",
            body,
        ),
    )
    pl.fig("ami_index", "79", "2025", "Aktivt medarbetarskapsindex (AMI) i medarbetarenkäten blev 79")
    pl.add(
        P("Lön och förmåner", h2),
        P(
            "I lönerevisionen 2025 prioriterades undersköterskor med specialistutbildning och förskollärare med "
            "minst fem års erfarenhet. Från den 1 april 2026 erbjuds alla tillsvidareanställda förmånscykel via "
            "löneväxling.",
            body,
        ),
    )
    pl.pb("land")
    # ---- page 3 landscape
    pl.add(
        P("3. Medarbetare per yrkesgrupp och anställningsform", h1),
        P(
            "Tabellen visar de största yrkesgrupperna den 31 december 2025. Timavlönade räknas som antal personer "
            "med minst ett arbetat pass under december.",
            body,
        ),
    )
    yg = [
        [
            "Yrkesgrupp",
            "Verksamhet",
            "Tillsvidare",
            "Visstid",
            "Timavlönade",
            "Medelålder",
            "Andel 60 år eller äldre",
        ],
        ["Förskollärare", "Förskola", "412", "18", "46", "44,9", "14 %"],
        ["Barnskötare", "Förskola", "386", "41", "118", "42,3", "12 %"],
        ["Undersköterskor", "Äldreomsorg", "344", "52", "162", "47,8", "21 %"],
        ["Vårdbiträden", "Äldreomsorg", "121", "34", "97", "44,1", "16 %"],
        ["Stödassistenter", "Funktionsnedsättning", "167", "27", "74", "43,5", "13 %"],
        ["Socialsekreterare", "Individ och familj", "149", "11", "6", "40,2", "8 %"],
        ["Sjuksköterskor", "Äldreomsorg", "58", "9", "21", "50,6", "27 %"],
        ["Chefer", "Samtliga", "104", "2", "0", "50,1", "19 %"],
        ["Övriga", "Samtliga", "195", "20", "16", "46,7", "18 %"],
        ["Totalt", "", "1 936", "214", "540", "45,2", "16 %"],
    ]
    pl.add(unruled(yg, [4.2 * cm, 4.2 * cm, 2.4 * cm, 2.2 * cm, 2.6 * cm, 2.4 * cm, 4.2 * cm], right_from=2))
    for r in yg[1:]:
        q = row_quote(r)
        sc = None if r[0] == "Totalt" else r[0]
        sce = sc or "tillsvidareanställda"
        pl.fig("employees_permanent", r[2], "2025", q, sc)
        pl.fig("employees_temporary", r[3], "2025", q, sc)
        pl.fig("hourly_staff", r[4], "2025", q, sc)
        pl.fig("average_age", r[5], "2025", q, sce)
    pl.add(Spacer(1, 8), P("Åldersstruktur, tillsvidareanställda 2025", h2))
    ab = [
        ["", "–29 år", "30–39 år", "40–49 år", "50–59 år", "60–64 år", "65 år–"],
        ["Antal", "198", "421", "498", "509", "231", "79"],
        ["Andel", "10 %", "22 %", "26 %", "26 %", "12 %", "4 %"],
    ]
    pl.add(unruled(ab, [4.2 * cm] + [2.6 * cm] * 6))
    pl.add(
        Spacer(1, 6),
        P(
            "Under de kommande fem åren når omkring 310 medarbetare 65 års ålder. Störst är behovet av "
            "ersättningsrekryteringar bland sjuksköterskor och undersköterskor i äldreomsorgen.",
            body,
        ),
    )
    pl.pb("port")
    # ---- page 4 portrait: gaps + follow-up
    pl.add(
        P("4. Kompetensgap 2026", h1),
        P(
            "Gapen har tagits fram av ledningsgruppen utifrån verksamheternas bedömningar i oktober 2025.",
            body,
        ),
    )
    gp = [
        ["Kompetensgap", "Därför är det ett gap", "Berörda verksamheter"],
        [
            "Legitimerade förskollärare",
            "Andelen förskollärare ligger under stadens mål och många barnskötare saknar utbildning.",
            "Förskola",
        ],
        [
            "Sjuksköterskor med erfarenhet av vård i livets slutskede",
            "Svårt att rekrytera och hög medelålder i gruppen.",
            "Äldreomsorg",
        ],
        [
            "Undersköterskor med skyddad yrkestitel",
            "Kravet på yrkestitel införs fullt ut och alla har inte den utbildning som krävs.",
            "Äldreomsorg",
        ],
        [
            "Kunskap om lågaffektivt bemötande och autism",
            "Fler brukare med komplexa behov inom gruppbostäder.",
            "Funktionsnedsättning",
        ],
        [
            "Erfarna socialsekreterare inom barn och unga",
            "Hög omsättning och konkurrens med andra stadsdelar.",
            "Individ och familj",
        ],
        [
            "Chefer med förmåga att leda förändring",
            "Förskolan ska ställa om och äldreomsorgen effektiviseras.",
            "Samtliga",
        ],
    ]
    pl.add(unruled(gp, [5.2 * cm, 7.6 * cm, 3.7 * cm], wrap=(0, 1, 2), right_from=None))
    for r in gp[1:]:
        pl.gap("Kompetensgap 2026", None, r[0])
    pl.add(
        Spacer(1, 6),
        P("5. Uppföljning av planen för 2025", h1),
        P("Så här gick det med förra årets aktiviteter:", body),
    )
    fu = [
        ["Aktivitet 2025", "Område", "Status"],
        ["Språkombud i varje arbetsgrupp inom äldreomsorgen", "Utveckla", "Genomförd"],
        ["Gemensam rekryteringsdag för förskolan", "Attrahera", "Genomförd, 140 besökare"],
        ["Digital introduktion för timavlönade", "Introducera", "Delvis genomförd, fortsätter 2026"],
        ["Avgångsenkät till alla som slutar", "Avsluta", "Genomförd"],
        ["Chefsstöd i arbetsmiljöfrågor", "Behålla", "Inte genomförd, flyttas till 2026"],
    ]
    pl.add(unruled(fu, [8 * cm, 3 * cm, 5.5 * cm], wrap=(0, 2), right_from=None))
    for r in fu[1:]:
        pl.act(r[1], None, r[0], None, None, r[2], table="followup")
    pl.pb("land")
    # ---- pages 5-6 landscape cards
    cards = [
        (
            "Attrahera",
            "Synas på högskolornas arbetsmarknadsdagar för förskollärare och socionomer.",
            "februari–mars 2026",
            "HR-enheten",
            "Antal kontakter och intresseanmälningar",
        ),
        (
            "Attrahera",
            "Erbjud feriejobb och extrajobb i äldreomsorgen som väg in i yrket.",
            "juni–augusti 2026",
            "Avdelningen för äldreomsorg",
            "Antal feriearbetare som blir timavlönade",
        ),
        (
            "Rekrytera",
            "Inför gemensam rekrytering av timavlönade i en pool för hela förvaltningen.",
            "mars–maj 2026",
            "HR-enheten och bemanningsenheten",
            "Andel pass som bemannas",
        ),
        (
            "Rekrytera",
            "Använd kompetensbaserade intervjuer och referenstagning i alla chefsrekryteringar.",
            "hela 2026",
            "HR-enheten",
            "Andel chefsrekryteringar med strukturerad metod",
        ),
        (
            "Introducera",
            "Slutför den digitala introduktionen för timavlönade och gör den obligatorisk.",
            "april 2026",
            "HR-enheten",
            "Andel timavlönade som gått introduktionen",
        ),
        (
            "Introducera",
            "Ge alla nya chefer en introduktion under sex månader med mentor.",
            "Löpande",
            "Avdelningschefer",
            "Nya chefers svar i introduktionsenkäten",
        ),
        (
            "Utveckla",
            "Erbjud 30 barnskötare validering och studier till förskollärare på deltid.",
            "HT 2026",
            "Avdelningen för förskola",
            "Antal påbörjade utbildningar",
        ),
        (
            "Utveckla",
            "Utbilda undersköterskor som saknar skyddad yrkestitel via Äldrelyftet.",
            "september–december 2026",
            "Avdelningen för äldreomsorg",
            "Andel med skyddad yrkestitel",
        ),
        (
            "Utveckla",
            "Genomför ledarprogrammet Leda i förändring för förvaltningens enhetschefer.",
            "oktober 2026",
            "Förvaltningsledningen",
            "Antal chefer som fullföljt programmet",
        ),
        (
            "Behålla",
            "Ge chefer stöd i arbetsmiljöfrågor genom HR-partner och tydliga rutiner för tidiga insatser.",
            "Q2 2026",
            "HR-enheten",
            "Korttidssjukfrånvaro",
        ),
        (
            "Behålla",
            "Öka möjligheten till heltid genom att se över schemaläggningen i äldreomsorgen.",
            "2026",
            "Avdelningen för äldreomsorg",
            "Andel heltidsanställda",
        ),
        (
            "Avsluta",
            "Följ upp avgångsenkäten kvartalsvis i ledningsgruppen och återkoppla till avdelningarna.",
            "Q4 2026",
            "HR-chef",
            "Svarsfrekvens och åtgärder",
        ),
    ]
    AREA_COL = {
        "Attrahera": "#B5473A",
        "Rekrytera": "#C9822B",
        "Introducera": "#3C7A9E",
        "Utveckla": "#2E6B4F",
        "Behålla": "#6A4C93",
        "Avsluta": "#555555",
    }
    lab = S("lab", fontSize=8.5, leading=11.5, spaceAfter=1)
    cw = 12.4 * cm

    def card(a, t, per, ans, mt):
        inner = Table(
            [
                [P("<font color=white><b>%s</b></font>" % a, S("ca", fontSize=8, leading=10, spaceAfter=0))],
                [P("<b>%s</b>" % t, S("ct", fontSize=9.5, leading=12.5, spaceAfter=2))],
                [P("Period: %s" % per, lab)],
                [P("Ansvar: %s" % ans, lab)],
                [P("Mått: %s" % mt, lab)],
            ],
            colWidths=[cw - 0.4 * cm],
        )
        inner.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(AREA_COL[a])),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(AREA_COL[a])),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return inner

    def grid(cs):
        rows = []
        for i in range(0, len(cs), 2):
            rows.append([card(*cs[i]), card(*cs[i + 1]) if i + 1 < len(cs) else ""])
        g = Table(rows, colWidths=[cw + 0.4 * cm, cw + 0.4 * cm])
        g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return g

    pl.add(
        P("6. Aktiviteter 2026", h1),
        P("Varje aktivitet visas som ett kort med område, period, ansvar och hur vi mäter resultatet.", body),
    )
    pl.add(grid(cards[:6]))
    for c_ in cards[:6]:
        pl.act(c_[0], None, c_[1], c_[2], c_[3], c_[4])
    pl.pb()
    pl.add(P("6. Aktiviteter 2026 (forts.)", h1))
    pl.add(grid(cards[6:]))
    for c_ in cards[6:]:
        pl.act(c_[0], None, c_[1], c_[2], c_[3], c_[4])
    pl.add(
        Spacer(1, 4),
        P("Aktiviteterna följs upp i tertialrapport 2 och i verksamhetsberättelsen för 2026.", body),
    )
    path = os.path.join(outdir, pl.file)
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjningsplan 2026",
        author="Norrmalms stadsdelsförvaltning",
        creator="HR-enheten",
        producer="reportlab",
    )
    pw, ph = A4
    fp = Frame(2.2 * cm, 1.8 * cm, pw - 4.4 * cm, ph - 3.8 * cm, id="fp")
    lw, lh = landscape(A4)
    fl = Frame(1.8 * cm, 1.6 * cm, lw - 3.4 * cm, lh - 3.0 * cm, id="fl")
    doc.addPageTemplates(
        [
            PageTemplate(id="port", frames=[fp], onPage=deco, pagesize=A4),
            PageTemplate(id="land", frames=[fl], onPage=deco, pagesize=landscape(A4)),
        ]
    )
    doc.build(pl.story)
    assert pl.page == TOTAL
    return pl


# ==================================================================== PLAN 3
def plan_micasa(outdir):
    pl = Plan(
        "micasa-kompetensforsorjning-2026-2027.pdf",
        "Micasa Fastigheter i Stockholm AB",
        "2026-2027",
        "Short A4 PDF, 5 p., city-owned company voice: plum header band with 'Micasa Fastigheter' wordmark on "
        "p1 and thin band on later pages, footer 'Micasa Fastigheter i Stockholm AB · Kompetensförsörjningsplan "
        "2026–2027' + 'sid N av 5'; key figures as an unruled label/value list with the PREVIOUS YEAR IN "
        "PARENTHESES ('186 (179)'); role table Yrkesroll | Antal | varav 60 år eller äldre | Rekryteringsläge "
        "(words); gap bullets with bold lead-in under 'Det här behöver vi bli bättre på'; exit-interview and "
        "salary prose; activity table Vad vi gör | Område | Startar | Klart | Vem (area in 2nd column, start "
        "and end columns), split over p4-p5 with the header repeated",
    )
    PLUM = colors.HexColor("#5B2A5E")
    body = S("b3", fontSize=10, leading=14.5)
    h1 = S("h31", fontName="DV-B", fontSize=15, leading=19, textColor=PLUM, spaceBefore=4, spaceAfter=8)
    h2 = S("h32", fontName="DV-B", fontSize=11, leading=15, textColor=PLUM, spaceBefore=6, spaceAfter=4)
    cell = S("c3", fontSize=8.5, leading=11, spaceAfter=0, splitLongWords=0)
    TOTAL = 5

    def deco(c, doc):
        w, h = A4
        n = doc.page
        c.saveState()
        c.setFillColor(PLUM)
        if n == 1:
            c.rect(0, h - 4.2 * cm, w, 4.2 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 22)
            c.drawString(2 * cm, h - 2.3 * cm, "Micasa Fastigheter")
            c.setFont("DV", 9)
            c.drawString(2 * cm, h - 3.1 * cm, "Ett bolag i Stockholms Stadshus AB")
        else:
            c.rect(0, h - 0.8 * cm, w, 0.8 * cm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(
            2 * cm, 1.1 * cm, "Micasa Fastigheter i Stockholm AB · Kompetensförsörjningsplan 2026–2027"
        )
        c.drawRightString(w - 2 * cm, 1.1 * cm, "sid %d av %d" % (n, TOTAL))
        c.restoreState()

    # ---- page 1
    pl.add(
        P(
            "Vår kompetensförsörjning 2026–2027",
            S("t3", fontName="DV-B", fontSize=20, leading=26, textColor=PLUM, spaceAfter=4),
        ),
        P(
            "Plan för Micasa Fastigheter i Stockholm AB · beslutad av vd 2025-12-15",
            S("t3s", fontSize=9.5, leading=13, textColor=colors.grey, spaceAfter=14),
        ),
        P("Därför har vi en plan", h2),
        P(
            "Micasa äger och förvaltar stadens fastigheter för äldreboenden, LSS-bostäder och andra boenden med "
            "särskild service. Vi ska de närmaste åren bygga nytt, renovera ett stort antal boenden och samtidigt "
            "ställa om fastighetsbeståndet för att minska energianvändningen. Det kräver att vi har rätt kompetens "
            "på plats, i rätt tid.",
            body,
        ),
        P(
            "Planen gäller för 2026 och 2027 och beskriver var vi står i dag, vilka kompetenser bolaget behöver mer "
            "av och vad vi ska göra för att utveckla, behålla, attrahera, rekrytera, introducera och avsluta på ett "
            "bra sätt. Den har tagits fram av HR tillsammans med ledningsgruppen och fackliga företrädare.",
            body,
        ),
        P("Om bolaget", h2),
        P(
            "Vi är organiserade i fyra avdelningar: Fastighetsförvaltning, Projekt och utveckling, Teknik och "
            "hållbarhet samt Verksamhetsstöd. Huvudkontoret ligger i Stockholm och förvaltningen är uppdelad på tre "
            "geografiska områden. Merparten av våra medarbetare är tjänstemän, men vi har också egna drifttekniker "
            "och fastighetsskötare.",
            body,
        ),
        P("Vad vi vill uppnå", h2),
        P(
            "Vårt mål är att Micasa ska vara en arbetsplats där medarbetare vill stanna och utvecklas, och dit "
            "erfarna fastighets- och byggproffs söker sig. Vi vill också att alla chefer ska ha goda "
            "förutsättningar att leda sina medarbetare genom de förändringar som väntar.",
            body,
        ),
    )
    pl.pb()
    # ---- page 2 key figures
    pl.add(
        P("Så ser det ut idag", h1),
        P(
            "Nyckeltalen gäller helåret 2025 och medarbetare med månadslön. Siffran inom parentes är värdet för 2024.",
            body,
        ),
    )
    kv = [
        ("Antal medarbetare", "186 (179)", "employees_total"),
        ("varav tillsvidareanställda", "174 (166)", "employees_permanent"),
        ("varav visstidsanställda", "12 (13)", "employees_temporary"),
        ("Andel kvinnor", "58 % (56 %)", "women_share"),
        ("Medelålder", "47,9 år (48,4 år)", "average_age"),
        ("Personalomsättning", "7,8 % (9,1 %)", "turnover_pct"),
        ("Sjukfrånvaro", "4,1 % (4,6 %)", "sick_leave_pct"),
        ("Korttidssjukfrånvaro", "1,9 % (2,0 %)", "short_sick_leave_pct"),
        ("Nyanställda", "21 (24)", "recruitments"),
        ("Medarbetare som slutat", "14 (16)", "departures"),
        ("Pensionsavgångar", "5 (3)", "retirements"),
        ("Aktivt medarbetarskap (AMI)", "82 (80)", "ami_index"),
        ("Jämställdhetsindex (JÄMIX)", "138 (131)", "equality_index"),
    ]
    t = Table([[a, b] for a, b, _ in kv], colWidths=[7 * cm, 4.5 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DV", 9.5),
                ("FONT", (1, 0), (1, -1), "DV-B", 9.5),
                ("TEXTCOLOR", (1, 0), (1, -1), PLUM),
                ("LEFTPADDING", (0, 1), (0, 2), 16),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    pl.add(t)
    for a, b, m in kv:
        q = a + " " + b
        v1, v0 = re.findall(r"\d+(?:,\d+)?", b)
        sc = {"employees_permanent": "tillsvidareanställda", "employees_temporary": "visstidsanställda"}.get(
            m
        )
        pl.fig(m, v1, "2025", q, sc)
        pl.fig(m, v0, "2024", q, sc)
    pl.add(
        Spacer(1, 6),
        P(
            "Sjukfrånvaron är låg jämfört med staden i stort och vi har som mål att den ska ligga under 4,0 procent "
            "år 2027. Personalomsättningen har gått ned, men bland projektledarna slutade fyra av 23 under året.",
            body,
        ),
        P("Våra yrkesroller", h2),
    )
    pl.fig("departures", 4, "2025", "bland projektledarna slutade fyra av 23 under året", "projektledarna")
    pl.fig(
        "employees_total", 23, "2025", "bland projektledarna slutade fyra av 23 under året", "projektledarna"
    )
    roles = [
        ["Yrkesroll", "Antal", "varav 60 år eller äldre", "Rekryteringsläge"],
        ["Fastighetsförvaltare", "28", "5", "Svårt"],
        ["Projektledare bygg", "23", "3", "Mycket svårt"],
        ["Drifttekniker", "19", "6", "Mycket svårt"],
        ["Fastighetsskötare", "31", "7", "Ganska lätt"],
        ["Energi- och miljöspecialister", "9", "1", "Svårt"],
        ["Kundservice och administration", "36", "4", "Ganska lätt"],
        ["Ekonomi, HR, IT och juridik", "27", "3", "Ganska lätt"],
        ["Chefer", "13", "2", "Svårt"],
    ]
    rt = Table(roles, colWidths=[6 * cm, 1.8 * cm, 4.2 * cm, 3.6 * cm])
    rt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DV", 9),
                ("FONT", (0, 0), (-1, 0), "DV-B", 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PLUM),
                ("ALIGN", (1, 0), (2, -1), "RIGHT"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    pl.add(rt)
    for r in roles[1:]:
        pl.fig("employees_total", r[1], "2025", row_quote(r), r[0])
    pl.add(
        Spacer(1, 3),
        P("Källa: lönesystemet, 31 december 2025.", S("s3", fontSize=7.5, leading=10, textColor=colors.grey)),
    )
    pl.pb()
    # ---- page 3 gaps, exits, pay
    pl.add(
        P("Det här behöver vi bli bättre på", h1),
        P(
            "Vi har gått igenom varje avdelnings behov för de kommande två åren. Följande kompetenser är de vi "
            "behöver stärka mest:",
            body,
        ),
    )
    gaps = [
        (
            "Projektledning av stora om- och nybyggnader",
            "vi har fler projekt än erfarna projektledare och är beroende av konsulter.",
        ),
        (
            "Energieffektivisering och styr- och reglerteknik",
            "klimatmålen kräver att vi kan optimera driften i alla fastigheter.",
        ),
        (
            "Förvaltning av boenden med särskild service",
            "våra hyresgäster i vård och omsorg ställer särskilda krav på förvaltaren.",
        ),
        (
            "Digitala verktyg för fastighetsdata",
            "vi inför ett nytt fastighetssystem och behöver analyskompetens.",
        ),
        ("Upphandling och avtalsförvaltning", "en stor del av vår verksamhet utförs av entreprenörer."),
    ]
    for g, e in gaps:
        pl.add(P("• <b>%s</b> – %s" % (g, e), S("g3", leftIndent=12, firstLineIndent=-9, spaceAfter=4)))
        pl.gap("Det här behöver vi bli bättre på", None, g)
    pl.add(
        P("Vad säger de som slutar?", h2),
        P(
            "Alla som slutar hos oss får en avgångsintervju med HR. Under 2025 genomfördes intervjuer med nästan alla "
            "som lämnade bolaget. Det som oftast nämns är möjligheten till högre lön hos privata fastighetsbolag och "
            "att det saknas tydliga karriärvägar för projektledare. Många lyfter samtidigt fram stoltheten i att "
            "bygga boenden för äldre och personer med funktionsnedsättning.",
            body,
        ),
        P("Lön och förmåner", h2),
        P(
            "Bolaget följer marknadslöneläget genom årliga lönekartläggningar och deltar i stadens lönestatistik. "
            "Inför 2026 avsätts en särskild pott för projektledare och drifttekniker. Alla medarbetare har "
            "friskvårdsbidrag, förmånscykel och möjlighet till flextid och distansarbete upp till två dagar i "
            "veckan.",
            body,
        ),
        P("Chefer och ledarskap", h2),
        P(
            "Våra chefer deltar i ett gemensamt ledarprogram med de andra bolagen i Stadshuskoncernen. Vi vill att "
            "fler medarbetare ska kunna pröva på ledarskap, till exempel som projektchef eller biträdande förvaltare.",
            body,
        ),
    )
    pl.pb()
    # ---- pages 4-5 activities
    acts = [
        (
            "Ta fram karriärvägar för projektledare med tre nivåer och tydliga kriterier.",
            "Behålla",
            "jan 2026",
            "juni 2026",
            "HR och avdelningschef Projekt",
        ),
        (
            "Genomför en lönekartläggning mot privata fastighetsbolag för projektledare och drifttekniker.",
            "Behålla",
            "feb 2026",
            "april 2026",
            "HR-chef",
        ),
        (
            "Erbjud alla medarbetare ett årligt utvecklingssamtal med individuell utvecklingsplan.",
            "Utveckla",
            "jan 2026",
            "Löpande",
            "Chefer",
        ),
        (
            "Utbilda drifttekniker i styr- och reglerteknik och energioptimering.",
            "Utveckla",
            "mars 2026",
            "Q4 2026",
            "Teknik och hållbarhet",
        ),
        (
            "Låt två medarbetare per år gå stadshuskoncernens program för blivande chefer.",
            "Utveckla",
            "2026",
            "2027",
            "Vd och HR",
        ),
        (
            "Berätta om våra projekt i sociala medier och på branschmässor.",
            "Attrahera",
            "april 2026",
            "Löpande",
            "Kommunikation",
        ),
        (
            "Ta emot praktikanter och examensarbetare från KTH och yrkeshögskolor.",
            "Attrahera",
            "HT 2026",
            "VT 2027",
            "Avdelningschefer",
        ),
        (
            "Använd strukturerade intervjuer och tester i alla rekryteringar.",
            "Rekrytera",
            "jan 2026",
            "Q2 2026",
            "HR",
        ),
        (
            "Bygg upp ett nätverk av tidigare medarbetare och konsulter som vi kan rekrytera från.",
            "Rekrytera",
            "sep 2026",
            "2027-06-30",
            "HR och avdelningschefer",
        ),
        (
            "Ta fram en gemensam introduktion för nya medarbetare med fastighetsvandringar.",
            "Introducera",
            "feb 2026",
            "maj 2026",
            "HR",
        ),
        (
            "Ge varje ny medarbetare en fadder under de första sex månaderna.",
            "Introducera",
            "mars 2026",
            "Löpande",
            "Närmaste chef",
        ),
        (
            "Dokumentera kunskap hos medarbetare som går i pension genom överlämningsplaner.",
            "Avsluta",
            "2026",
            "2027",
            "Chefer med stöd av HR",
        ),
        (
            "Gör avgångsintervjuer med alla som slutar och redovisa resultatet för ledningsgruppen två gånger per år.",
            "Avsluta",
            "jan 2026",
            "Q4 2027",
            "HR",
        ),
    ]
    hdr = ["Vad vi gör", "Område", "Startar", "Klart", "Vem"]

    def atable(rows):
        data = [
            [
                P("<b>%s</b>" % h, S("ah", fontSize=8.5, leading=11, textColor=colors.white, spaceAfter=0))
                for h in hdr
            ]
        ]
        for a, ar, st, kl, vem in rows:
            data.append([P(a, cell), ar, st, kl, P(vem, cell)])
        t = Table(data, colWidths=[6.6 * cm, 2.3 * cm, 2.1 * cm, 2.3 * cm, 3.4 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "DV", 8.5),
                    ("BACKGROUND", (0, 0), (-1, 0), PLUM),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#C8B5C9")),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return t

    pl.add(
        P("Så här gör vi 2026–2027", h1),
        P(
            "Aktiviteterna nedan är bolagets gemensamma åtgärder. Varje avdelning kan komplettera med egna "
            "aktiviteter i sin verksamhetsplan.",
            body,
        ),
    )
    pl.add(atable(acts[:9]))
    for a, ar, st, kl, vem in acts[:9]:
        pl.act(ar, None, a, kl, vem, None)
    pl.pb()
    pl.add(P("Så här gör vi 2026–2027 (forts.)", h2))
    pl.add(atable(acts[9:]))
    for a, ar, st, kl, vem in acts[9:]:
        pl.act(ar, None, a, kl, vem, None)
    pl.add(
        Spacer(1, 10),
        P("Så följer vi upp", h2),
        P(
            "HR följer upp planen i samband med tertialbokslut och rapporterar till styrelsen en gång per år. Vi "
            "mäter resultatet genom nyckeltalen på sidan 2, medarbetarenkäten och avgångsintervjuerna. Planen "
            "revideras i december 2026.",
            body,
        ),
    )
    path = os.path.join(outdir, pl.file)
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        invariant=1,
        title="Vår kompetensförsörjning 2026–2027",
        author="Micasa Fastigheter i Stockholm AB",
        creator="HR",
        producer="reportlab",
    )
    f1 = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm - 3.2 * cm, id="f1")
    f2 = Frame(2 * cm, 2 * cm, A4[0] - 4 * cm, A4[1] - 4 * cm, id="f2")
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[f1], onPage=deco, autoNextPageTemplate="rest"),
            PageTemplate(id="rest", frames=[f2], onPage=deco),
        ]
    )
    doc.build(pl.story)
    assert pl.page == TOTAL
    return pl


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    plans = [plan_sof(outdir), plan_nor(outdir), plan_micasa(outdir)]
    if len(sys.argv) > 2:
        gd = sys.argv[2]
        os.makedirs(gd, exist_ok=True)
        pre = {"acts": "PA", "figs": "PF", "gaps": "PG"}
        out = {"acts": [], "figs": [], "gaps": []}
        for p in plans:
            for k in out:
                out[k].extend(getattr(p, k))
        with open(os.path.join(gd, "plans.jsonl"), "w", encoding="utf-8") as f:
            for p in plans:
                f.write(json.dumps(p.plan_record(), ensure_ascii=False) + "\n")
        for k, fn in [("acts", "activities.jsonl"), ("figs", "figures.jsonl"), ("gaps", "gaps.jsonl")]:
            with open(os.path.join(gd, fn), "w", encoding="utf-8") as f:
                for i, r in enumerate(out[k], 1):
                    f.write(json.dumps(dict(id="%s%03d" % (pre[k], i), **r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
