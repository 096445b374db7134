"""Three invented Stockholm plans, written blind in session 26 (writer l), into OUTDIR.

    python layouts_l.py OUTDIR   (the plans in eval/layouts/unseen9/plans; gold in eval/layouts/unseen9/gold)

  sodermalm_kfp_2026-2028.pdf            Södermalms stadsdelsförvaltning, 2026-2028 (Word-like A4 PDF)
  kyrkogardsforvaltningen_kfp_2026.pdf   Kyrkogårdsförvaltningen, 2026 (landscape, presentation style)
  farsta_kfp_2025-2027.docx              Farsta stadsdelsförvaltning, 2025-2027 (DOCX, activity cards)

The content is in layouts_l_data.py (the writer's plan_data.py), from which the gold was built.

Deterministic: reportlab with invariant=1, python-docx re-zipped with fixed timestamps.
"""

import io
import os
import sys
import zipfile

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts_l_data import (  # the data module sits next to this script
    FAR,
    FAR_AGE,
    FAR_AGE_HEAD,
    FAR_AGE_TOTAL,
    FAR_CARD_LABELS,
    FAR_CARDS,
    FAR_DEPT,
    FAR_DEPT_HEAD,
    FAR_DEPT_TOTAL,
    FAR_FOLLOW,
    FAR_FOLLOW_HEAD,
    FAR_GAPS,
    FAR_REC,
    FAR_REC_HEAD,
    FAR_SHORTAGE,
    FAR_YEAR_HEAD,
    FAR_YEARS,
    KYR,
    KYR_BOARD,
    KYR_FOLLOW,
    KYR_FOLLOW_HEAD,
    KYR_GAP_HEAD,
    KYR_GAPS,
    KYR_OCC,
    KYR_OCC_HEAD,
    KYR_OCC_TOTAL,
    KYR_ONGOING,
    KYR_ONGOING_HEAD,
    KYR_TILES,
    SOD,
    SOD_ACT_HEAD,
    SOD_ACTS,
    SOD_AGE,
    SOD_CHALLENGES,
    SOD_FOLLOW,
    SOD_FOLLOW_HEAD,
    SOD_GAP_HEAD,
    SOD_GAPS,
    SOD_OCC,
    SOD_OCC_HEAD,
    SOD_SICK,
    SOD_SICK_HEAD,
    SOD_STAFF,
    SOD_STAFF_HEAD,
    SOD_STAFF_TOTAL,
    SOD_TURN,
    SOD_TURN_HEAD,
)

FONTDIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")


def st(name, **kw):
    base = dict(fontName="DV", fontSize=10, leading=14)
    base.update(kw)
    return ParagraphStyle(name, **base)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def numbered_canvas(furniture):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                furniture(self, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    return NC


# ===========================================================================
# 1. Södermalm
# ===========================================================================
SOD_BLUE = colors.HexColor("#1f4e79")


def sod_furniture(c, page, total):
    w, h = A4
    c.saveState()
    if page > 1:
        c.setFont("DV", 8)
        c.setFillColor(colors.black)
        c.drawString(25 * mm, h - 15 * mm, "Södermalms stadsdelsförvaltning")
        c.drawRightString(w - 25 * mm, h - 15 * mm, "Kompetensförsörjningsplan 2026–2028")
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.4)
        c.line(25 * mm, h - 17 * mm, w - 25 * mm, h - 17 * mm)
    c.setFont("DV", 8)
    c.drawString(25 * mm, 12 * mm, "Bilaga 2 till tjänsteutlåtande, dnr SÖ 2025/1187")
    c.drawRightString(w - 25 * mm, 12 * mm, "%d (%d)" % (page, total))
    c.restoreState()


class AgeChart(Flowable):
    """Horizontal bar chart of the age structure (drawn, not a table)."""

    def __init__(self, data, width=150 * mm):
        super().__init__()
        self.data = data
        self.width = width
        self.height = 12 + len(data) * 16

    def draw(self):
        c = self.canv
        mx = max(v for _, v in self.data)
        barmax = self.width - 60 * mm
        y = self.height - 16
        for label, v in self.data:
            c.setFont("DV", 8.5)
            c.setFillColor(colors.black)
            c.drawRightString(22 * mm, y + 3, label)
            c.setFillColor(SOD_BLUE)
            bw = barmax * v / mx
            c.rect(25 * mm, y, bw, 10, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(25 * mm + bw + 4, y + 2.5, str(v))
            y -= 16


def word_table(head, rows, widths, total=None, fs=9, section_rows=()):
    sty = st("tc%d" % fs, fontSize=fs, leading=fs + 3)
    sth = st("th%d" % fs, fontName="DVB", fontSize=fs, leading=fs + 3)
    data = [[Paragraph(esc(h), sth) for h in head]]
    for r in rows:
        data.append([Paragraph(esc(x), sty) for x in r])
    if total:
        data.append([Paragraph(esc(x), sth) for x in total])
    for r in [head] + list(rows) + ([total] if total else []):
        for x, w in zip(r, widths):
            for word in x.split():
                ww = pdfmetrics.stringWidth(word, "DVB", fs) + 6
                if ww > w:
                    raise ValueError("word too wide: %r (%.1f > %.1f)" % (word, ww, w))
    t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    t.setStyle(TableStyle(cmds))
    return t


def build_sod(path):
    H1 = st("h1", fontName="DVB", fontSize=14, leading=18, spaceBefore=6, spaceAfter=6, textColor=SOD_BLUE)
    H2 = st("h2", fontName="DVB", fontSize=11, leading=15, spaceBefore=8, spaceAfter=4)
    B = st("b", spaceAfter=6)
    BUL = st("bul", leftIndent=14, bulletIndent=4, spaceAfter=2)
    CAP = st("cap", fontName="DVI", fontSize=8.5, leading=11, spaceBefore=2, spaceAfter=8)
    s = []
    # --- page 1: letterhead, title, summary box
    lh = Table(
        [
            [
                Paragraph("<b>Stockholms stad</b>", st("lh", fontSize=16, leading=20, textColor=SOD_BLUE)),
                Paragraph(
                    "Södermalms stadsdelsförvaltning<br/>Avdelningen för HR och kvalitet<br/>Handläggare: HR-strateg",
                    st("lhr", fontSize=8.5, leading=11, alignment=TA_RIGHT),
                ),
            ]
        ],
        colWidths=[80 * mm, 80 * mm],
    )
    lh.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1, SOD_BLUE)])
    )
    s += [lh, Spacer(1, 30 * mm)]
    s.append(
        Paragraph("Kompetensförsörjningsplan 2026–2028", st("t", fontName="DVB", fontSize=22, leading=28))
    )
    s.append(Paragraph("Södermalms stadsdelsförvaltning", st("t2", fontSize=13, leading=18, spaceAfter=20)))
    box = [Paragraph("<b>Planen i korthet</b>", st("bx", spaceAfter=4))]
    for line in [
        "Förvaltningens medarbetare arbetar i fyra stora verksamhetsområden och en gemensam stab.",
        "Sjukfrånvaron minskar men är fortfarande hög inom äldreomsorgen.",
        "Störst rekryteringsbehov finns för förskollärare, undersköterskor och socialsekreterare.",
        "Nästan var åttonde tillsvidareanställd är 60 år eller äldre.",
        "Planen innehåller 24 insatser, förvaltningsgemensamma och per verksamhetsområde.",
    ]:
        box.append(Paragraph(esc(line), BUL, bulletText="•"))
    bt = Table([[box]], colWidths=[160 * mm])
    bt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
                ("BOX", (0, 0), (-1, -1), 0.8, SOD_BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    s += [bt, Spacer(1, 12 * mm)]
    s.append(Paragraph("<b>Innehåll</b>", B))
    for line in [
        "1 Inledning",
        "2 Nuläge",
        "3 Kompetensanalys",
        "4 Uppföljning av 2025 års plan",
        "5 Insatser 2026–2028",
        "6 Uppföljning och revidering",
    ]:
        s.append(Paragraph(line, st("toc", leftIndent=6, leading=15)))
    s.append(PageBreak())
    # --- page 2
    s.append(Paragraph("1 Inledning", H1))
    s.append(
        Paragraph(
            "Stadsdelsnämnden ska enligt stadens budget ha en kompetensförsörjningsplan med ett treårigt "
            "perspektiv som revideras varje år. Planen visar hur förvaltningen ska klara sitt uppdrag inom "
            "förskola, äldreomsorg, individ- och familjeomsorg och stöd till personer med "
            "funktionsnedsättning när behoven växer och konkurrensen om arbetskraften hårdnar.",
            B,
        )
    )
    s.append(
        Paragraph(
            "Underlaget har tagits fram av HR-avdelningen tillsammans med avdelningarnas ledningsgrupper. "
            "Personalstatistiken är hämtad ur stadens HR-system med mätdatum den 30 september 2025 om "
            "inget annat anges. Insatserna bygger på stadens modell för kompetensförsörjning: utveckla, "
            "behålla, attrahera, rekrytera, introducera och avsluta.",
            B,
        )
    )
    s.append(Paragraph("2 Nuläge", H1))
    s.append(Paragraph("2.1 Medarbetare och anställningsformer", H2))
    s.append(
        Paragraph(
            "Den 30 september 2025 hade förvaltningen 2 447 anställda med månadslön, varav 2 184 "
            "tillsvidareanställda och 263 visstidsanställda. Utöver dessa arbetade 388 timavlönade minst "
            "ett pass under september. Andelen kvinnor är 84 procent och andelen män 16 procent. "
            "Förskolan är det klart största verksamhetsområdet med nästan hälften av medarbetarna.",
            B,
        )
    )
    s.append(
        word_table(SOD_STAFF_HEAD, SOD_STAFF, [60 * mm, 25 * mm, 22 * mm, 25 * mm, 28 * mm], SOD_STAFF_TOTAL)
    )
    s.append(
        Paragraph(
            "Tabell 1. Månadsanställda per verksamhetsområde och anställningsform, september 2025.", CAP
        )
    )
    s.append(
        Paragraph(
            "Visstidsanställningarna finns främst i förskolan och äldreomsorgen, där de används för vikariat "
            "under föräldraledigheter och för att täcka sommarperioden. Inom funktionsnedsättning är "
            "beroendet av timavlönade störst, vilket avdelningen vill minska under perioden.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 3: age + occupations
    s.append(Paragraph("2.2 Åldersstruktur och pensionsavgångar", H2))
    s.append(
        Paragraph(
            "Diagrammet visar hur de tillsvidareanställda fördelar sig på åldersgrupper. Medelåldern bland "
            "tillsvidareanställda är 45,8 år, samma nivå som året innan. Den största gruppen är mellan 40 "
            "och 49 år, men gruppen som är 60 år eller äldre har vuxit.",
            B,
        )
    )
    s.append(Paragraph("Figur 1. Tillsvidareanställda per åldersgrupp, september 2025 (antal).", CAP))
    s.append(AgeChart(SOD_AGE))
    s.append(Spacer(1, 10))
    s.append(
        Paragraph(
            "Pensionsavgångarna är ojämnt fördelade. Tabell 2 visar de största yrkesgrupperna, hur stor "
            "andel som är 60 år eller äldre, hur många som beräknas gå i pension under planperioden och "
            "hur cheferna bedömer rekryteringsläget.",
            B,
        )
    )
    s.append(word_table(SOD_OCC_HEAD, SOD_OCC, [38 * mm, 26 * mm, 26 * mm, 40 * mm, 30 * mm]))
    s.append(
        Paragraph(
            "Tabell 2. Yrkesgrupper, ålder, pensionsavgångar och rekryteringsläge. Pensionsavgångarna är "
            "beräknade vid 66 års ålder.",
            CAP,
        )
    )
    s.append(
        Paragraph(
            "Socialsekreterare är en ung grupp med få pensionsavgångar, men rekryteringsläget bedöms som "
            "mycket svårt. För undersköterskor och vårdbiträden är det i stället pensionerna som driver "
            "behovet.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 4: sick leave + turnover
    s.append(Paragraph("2.3 Sjukfrånvaro", H2))
    s.append(
        Paragraph(
            "Sjukfrånvaron mäts som andel av ordinarie arbetstid. Den har minskat något varje år sedan 2023, "
            "framför allt korttidsfrånvaron.",
            B,
        )
    )
    t = word_table(SOD_SICK_HEAD, SOD_SICK, [25 * mm, 34 * mm, 34 * mm, 30 * mm, 34 * mm])
    s.append(t)
    s.append(
        Paragraph(
            "Tabell 3. Sjukfrånvaro i procent av ordinarie arbetstid per år. * Januari–augusti 2025.", CAP
        )
    )
    s.append(
        Paragraph(
            "Skillnaderna mellan verksamhetsområdena är stora. Äldreomsorgen har högst sjukfrånvaro, 10,2 "
            "procent, och stab och administration lägst, 3,9 procent. Den långa sjukfrånvaron är ofta "
            "kopplad till belastning i arbetet, vilket gör arbetsmiljöinsatserna till en del av "
            "kompetensförsörjningen.",
            B,
        )
    )
    s.append(Paragraph("2.4 Personalomsättning, rekryteringar och avgångar", H2))
    s.append(
        Paragraph(
            "Personalomsättningen har gått ned tre år i rad. Antalet externa rekryteringar minskar i takt med "
            "att färre slutar.",
            B,
        )
    )
    s.append(word_table(SOD_TURN_HEAD, SOD_TURN, [70 * mm, 28 * mm, 28 * mm, 28 * mm]))
    s.append(
        Paragraph(
            "Tabell 4. Personalomsättning, rekryteringar och avgångar bland tillsvidareanställda per år.", CAP
        )
    )
    s.append(
        Paragraph(
            "Omsättningen var högst bland socialsekreterare, 21,4 procent 2024. Avgångssamtalen och stadens "
            "avgångsenkät pekar på samma skäl år efter år: lönen, arbetsbelastningen och bristen på "
            "karriärvägar. Av dem som besvarade enkäten 2024 angav 41 procent lönen som främsta skäl.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 5/6: analysis
    s.append(Paragraph("3 Kompetensanalys", H1))
    s.append(
        Paragraph(
            "Avdelningarna har bedömt sina kompetensgap i dag och vid planperiodens slut på en tregradig "
            "skala: litet, medel och stort. Först följer de utmaningar som gäller hela förvaltningen.",
            B,
        )
    )
    s.append(Paragraph("3.1 Förvaltningsgemensamma utmaningar", H2))
    for g in SOD_CHALLENGES:
        s.append(Paragraph(esc(g), BUL, bulletText="•"))
    widths = [62 * mm, 22 * mm, 22 * mm, 54 * mm]
    for i, (area, rows) in enumerate(SOD_GAPS.items()):
        if i == 2:
            s.append(PageBreak())
        s.append(Paragraph("3.%d %s" % (i + 2, area), H2))
        s.append(word_table(SOD_GAP_HEAD, rows, widths))
        s.append(Spacer(1, 6))
    s.append(Paragraph("3.6 Analys", H2))
    s.append(
        Paragraph(
            "De största gapen finns i yrken som kräver legitimation eller högskoleexamen och där flera "
            "arbetsgivare konkurrerar om samma personer. Förvaltningen kan inte lösa dem enbart genom "
            "rekrytering. Därför läggs tyngdpunkten i planen på att behålla erfarna medarbetare, att "
            "utbilda egen personal och på att göra introduktionen så bra att nya medarbetare stannar.",
            B,
        )
    )
    s.append(
        Paragraph(
            "Inom äldreomsorg och funktionsnedsättning är de formella kompetenskraven på väg att höjas. Där "
            "behövs validering och kompletterande utbildning för medarbetare som redan arbetar i "
            "verksamheten, snarare än nya rekryteringar.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 7: follow-up
    s.append(Paragraph("4 Uppföljning av 2025 års plan", H1))
    s.append(
        Paragraph(
            "Tabellen visar hur de prioriterade aktiviteterna i förra årets plan har genomförts. "
            "Aktiviteter som inte är avslutade följer med in i den nya planen.",
            B,
        )
    )
    s.append(word_table(SOD_FOLLOW_HEAD, SOD_FOLLOW, [28 * mm, 72 * mm, 60 * mm]))
    s.append(Spacer(1, 8))
    s.append(
        Paragraph(
            "Sammantaget har fyra av sex aktiviteter genomförts helt eller delvis. Filmerna om yrken i "
            "äldreomsorgen försenades av en upphandling och genomförs under 2026.",
            B,
        )
    )
    s.append(PageBreak())
    # --- pages 8-10: activities
    s.append(Paragraph("5 Insatser 2026–2028", H1))
    s.append(
        Paragraph(
            "Insatserna redovisas först för hela förvaltningen och sedan per verksamhetsområde. Kolumnen "
            "Steg anger var i stadens modell insatsen hör hemma.",
            B,
        )
    )
    widths = [22 * mm, 46 * mm, 20 * mm, 40 * mm, 32 * mm]
    for i, (sec, rows) in enumerate(SOD_ACTS):
        if i in (1, 3):
            s.append(PageBreak())
        s.append(Paragraph(sec, H2))
        s.append(word_table(SOD_ACT_HEAD, rows, widths, fs=7.5))
        s.append(Spacer(1, 6))
    s.append(Paragraph("6 Uppföljning och revidering", H1))
    s.append(
        Paragraph(
            "Insatserna följs upp i tertialrapporterna och i verksamhetsberättelsen. Planen revideras "
            "hösten 2026 inför nästa budgetår.",
            B,
        )
    )
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Södermalms stadsdelsförvaltning",
        creator="Microsoft Word",
        subject="",
        producer="",
    )
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    doc.build(s, canvasmaker=numbered_canvas(sod_furniture))


# ===========================================================================
# 2. Kyrkogårdsförvaltningen (landscape)
# ===========================================================================
K_GREEN = colors.HexColor("#2f5d50")
K_SAND = colors.HexColor("#efeae0")
K_SECTIONS = {1: "", 2: "Nuläge", 3: "Kompetensgap", 4: "Insatser 2026", 5: "Uppföljning"}


def kyr_furniture(c, page, total):
    w, h = landscape(A4)
    c.saveState()
    c.setFillColor(K_GREEN)
    c.rect(0, 0, 50 * mm, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 10)
    c.drawString(7 * mm, h - 20 * mm, "Stockholms stad")
    c.setFont("DV", 8)
    c.drawString(7 * mm, h - 25 * mm, "Kyrkogårdsförvaltningen")
    if K_SECTIONS.get(page):
        c.setFont("DVB", 11)
        c.drawString(7 * mm, h - 45 * mm, K_SECTIONS[page])
    c.setFont("DV", 8)
    c.drawString(7 * mm, 12 * mm, "s. %d/%d" % (page, total))
    c.setFillColor(colors.grey)
    c.drawRightString(w - 15 * mm, 10 * mm, "Kompetensförsörjningsplan 2026")
    c.restoreState()


def build_kyr(path):
    PS = landscape(A4)
    H = st("kh", fontName="DVB", fontSize=17, leading=22, textColor=K_GREEN, spaceAfter=6)
    H2 = st("kh2", fontName="DVB", fontSize=11, leading=14, textColor=K_GREEN, spaceBefore=6, spaceAfter=4)
    B = st("kb", fontSize=9.5, leading=13, spaceAfter=5)
    SM = st("ksm", fontSize=8.5, leading=11)
    SMB = st("ksmb", fontName="DVB", fontSize=8.5, leading=11)
    s = []
    W = PS[0] - 58 * mm - 15 * mm
    # --- page 1: cover
    s.append(Spacer(1, 30 * mm))
    s.append(
        Paragraph(
            "Kompetensförsörjningsplan 2026",
            st("kt", fontName="DVB", fontSize=28, leading=34, textColor=K_GREEN),
        )
    )
    s.append(
        Paragraph(
            "Kyrkogårdsförvaltningen, Stockholms stad", st("kt2", fontSize=14, leading=20, spaceAfter=14)
        )
    )
    s.append(
        Paragraph(
            "Skogskyrkogården · Norra begravningsplatsen · Brännkyrka · Bromma · Sandsborg · Hässelby · "
            "Spånga · Järva",
            st("kt3", fontSize=9, leading=12, textColor=colors.grey, spaceAfter=18),
        )
    )
    intro = (
        "Våra medarbetare sköter gravplatser, parkmiljöer och kremationer och möter människor i sorg. Många yrken "
        "är små och specialiserade, och flera nyckelpersoner närmar sig pension. Den här planen samlar vad vi vet "
        "om personalen i dag, var kompetensen inte räcker till och vad vi gör under året, kvartal för kvartal."
    )
    s.append(Paragraph(intro, st("kin", fontSize=11, leading=16, spaceAfter=10)))
    s.append(
        Paragraph(
            "Planen är framtagen av HR-enheten tillsammans med driftcheferna och godkänd i "
            "förvaltningens ledningsgrupp i november 2025. Den gäller för kalenderåret 2026.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 2: tiles + occupation table + prose
    s.append(Paragraph("Så ser det ut i dag", H))
    tiles = []
    for big, lab in KYR_TILES:
        tiles.append(
            [
                Paragraph(
                    esc(big),
                    st("tb", fontName="DVB", fontSize=18, leading=22, textColor=K_GREEN, alignment=TA_CENTER),
                ),
                Paragraph(esc(lab), st("tl", fontSize=7.5, leading=9.5, alignment=TA_CENTER)),
            ]
        )
    tw = W / len(tiles)
    tt = Table([tiles], colWidths=[tw] * len(tiles))
    tt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), K_SAND),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    s.append(tt)
    s.append(
        Paragraph(
            "Uppgifterna avser den 30 september 2025 om inget annat anges.",
            st("kfn", fontName="DVI", fontSize=7.5, leading=10, spaceAfter=8),
        )
    )
    # occupation table (unruled, zebra) left, prose right
    data = [[Paragraph(esc(h), SMB) for h in KYR_OCC_HEAD]]
    for r in KYR_OCC:
        data.append([Paragraph(esc(x), SM) for x in r])
    data.append([Paragraph(esc(x), SMB) for x in KYR_OCC_TOTAL])
    ot = Table(data, colWidths=[60 * mm, 22 * mm, 16 * mm, 20 * mm, 28 * mm])
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for i in range(1, len(data)):
        if i % 2 == 1:
            cmds.append(("BACKGROUND", (0, i), (-1, i), K_SAND))
    ot.setStyle(TableStyle(cmds))
    left = [Paragraph("Medarbetare per yrkesgrupp och anställningsform", H2), ot]
    right = [
        Paragraph("Sjukfrånvaro och rörlighet", H2),
        Paragraph(
            "Korttidssjukfrånvaron (dag 1–14) låg på 2,4 procent och den långa sjukfrånvaron (60 dagar "
            "eller mer) på 2,2 procent under januari–september 2025. För helåret 2024 var den totala "
            "sjukfrånvaron 6,8 procent.",
            B,
        ),
        Paragraph(
            "Personalomsättningen har gått från 9,8 procent 2022 och 8,5 procent 2023 till nivån i rutan "
            "ovan. Under 2024 slutade 18 tillsvidareanställda, varav 7 gick i pension.",
            B,
        ),
        Paragraph(
            "Under 2026–2028 beräknas 27 tillsvidareanställda gå i pension. Av de 51 som är 60 år eller "
            "äldre arbetar mer än hälften i drift och skötsel.",
            B,
        ),
    ]
    two = Table([[left, right]], colWidths=[146 * mm, W - 146 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 14)]))
    s.append(two)
    s.append(PageBreak())
    # --- page 3: dot matrix
    s.append(Paragraph("Var räcker kompetensen inte till?", H))
    s.append(
        Paragraph(
            "Ledningsgruppen har bedömt varje kritisk kompetens utifrån två frågor: hur svårt det är att "
            "rekrytera och hur stor risken är att kompetensen försvinner genom pension. Tre fyllda prickar "
            "betyder stor svårighet eller stor risk.",
            B,
        )
    )
    s.append(Paragraph("Kompetensgap 2026 – samlad bedömning", H2))
    DOT = st("dot", fontSize=11, leading=13, textColor=K_GREEN, alignment=TA_CENTER)
    data = [[Paragraph(esc(h), SMB) for h in KYR_GAP_HEAD]]
    for r in KYR_GAPS:
        lvl = r[3]
        col = {"Hög": "#a33b20", "Medel": "#b07d12", "Låg": "#2f5d50"}[lvl]
        data.append(
            [
                Paragraph(esc(r[0]), st("g0", fontSize=9.5, leading=12)),
                Paragraph(r[1], DOT),
                Paragraph(r[2], DOT),
                Paragraph(
                    '<font color="%s"><b>%s</b></font>' % (col, lvl), st("g3", fontSize=9.5, leading=12)
                ),
            ]
        )
    gt = Table(data, colWidths=[100 * mm, 30 * mm, 34 * mm, 30 * mm], hAlign="LEFT")
    gt.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9b2a2")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    s.append(gt)
    s.append(
        Paragraph(
            "●●● stor   ●●○ måttlig   ●○○ liten",
            st("leg", fontSize=8, leading=11, textColor=colors.grey, spaceAfter=10),
        )
    )
    s.append(Paragraph("Vad avgångssamtalen säger", H2))
    s.append(
        Paragraph(
            "Under 2025 hölls 17 avgångssamtal. De som slutar trivs med arbetet och kollegorna men saknar "
            "utvecklingsvägar, särskilt i drift och skötsel där det finns få steg mellan kyrkogårdsarbetare "
            "och arbetsledare. Flera säsongsanställda hade gärna stannat om det funnits arbete även under "
            "vintern. Det tar vi fasta på i insatserna för tredje kvartalet.",
            B,
        )
    )
    s.append(PageBreak())
    # --- page 4: quarter board
    s.append(Paragraph("Insatser 2026 – kvartal för kvartal", H))
    AREA = st("ar", fontName="DVB", fontSize=8, leading=10, textColor=K_GREEN)
    ACT = st("ac", fontSize=9.5, leading=12)
    RESP = st("rs", fontName="DVI", fontSize=8, leading=10, spaceAfter=9)
    cw = W / 4
    head = [
        Paragraph("<b>%s</b>" % q, st("qh", fontName="DVB", fontSize=10, leading=12, textColor=colors.white))
        for q, _ in KYR_BOARD
    ]
    row = []
    for q, items in KYR_BOARD:
        cell = []
        for area, act, resp in items:
            cell += [Paragraph(area, AREA), Paragraph(esc(act), ACT), Paragraph("Ansvar: " + esc(resp), RESP)]
        row.append(cell)
    ong_head = [
        Paragraph(
            "<b>%s</b>" % KYR_ONGOING_HEAD,
            st("qh2", fontName="DVB", fontSize=10, leading=12, textColor=colors.white),
        ),
        "",
        "",
        "",
    ]
    ong = []
    for area, act, resp in KYR_ONGOING:
        ong.append([Paragraph(area, AREA), Paragraph(esc(act), ACT), Paragraph("Ansvar: " + esc(resp), RESP)])
    ong_row = ong + [""]
    bt = Table([head, row, ong_head, ong_row], colWidths=[cw] * 4)
    bt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), K_GREEN),
                ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#6b8f84")),
                ("SPAN", (0, 2), (-1, 2)),
                ("BACKGROUND", (0, 1), (-1, 1), K_SAND),
                ("BACKGROUND", (0, 3), (-1, 3), K_SAND),
                ("LINEAFTER", (0, 0), (-2, 1), 4, colors.white),
                ("LINEAFTER", (0, 3), (-2, 3), 4, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    s.append(bt)
    s.append(PageBreak())
    # --- page 5: follow-up
    s.append(Paragraph("Så följer vi upp", H))
    s.append(
        Paragraph(
            "HR-enheten redovisar läget för insatserna i ledningsgruppen efter varje kvartal. I "
            "verksamhetsberättelsen för 2026 följer vi särskilt upp sjukfrånvaron, personalomsättningen "
            "och hur många säsongsanställda som kommer tillbaka. Målet är att sjukfrånvaron ska understiga "
            "5,5 procent och att minst 60 procent av säsongsanställda ska vilja komma tillbaka.",
            B,
        )
    )
    s.append(Paragraph("Hur gick det med planen för 2025?", H2))
    data = [[Paragraph(esc(h), SMB) for h in KYR_FOLLOW_HEAD]]
    for a, u in KYR_FOLLOW:
        mark = "✓ " if u.startswith("Genomförd") else ("◐ " if u.startswith("Påbörjad") else "✗ ")
        data.append([Paragraph(esc(a), SM), Paragraph(mark + esc(u), SM)])
    ft = Table(data, colWidths=[110 * mm, 70 * mm], hAlign="LEFT")
    ft.setStyle(
        TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, K_GREEN), ("TOPPADDING", (0, 0), (-1, -1), 3)])
    )
    s.append(ft)
    s.append(Spacer(1, 8))
    s.append(
        Paragraph(
            "Kontakt: HR-enheten, Kyrkogårdsförvaltningen, Sockenvägen 492, 122 63 Enskede.",
            st("kc", fontSize=8, leading=10, textColor=colors.grey),
        )
    )
    doc = BaseDocTemplate(
        path,
        pagesize=PS,
        leftMargin=58 * mm,
        rightMargin=15 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        invariant=1,
        title="Kompetensförsörjningsplan 2026",
        author="Kyrkogårdsförvaltningen",
        creator="Microsoft Word",
        subject="",
        producer="",
    )
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr])])
    doc.build(s, canvasmaker=numbered_canvas(kyr_furniture))


# ===========================================================================
# 3. Farsta (DOCX)
# ===========================================================================
def build_far(path):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    cp = d.core_properties
    cp.author = "Farsta stadsdelsförvaltning"
    cp.title = "Kompetensförsörjningsplan 2025–2027"
    cp.created = datetime.datetime(2024, 11, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 28, 15, 0, 0)
    cp.last_modified_by = "HR-enheten"
    cp.revision = 3
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    def field(par, instr, placeholder):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        r._r.append(f1)
        r2 = par.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " %s " % instr
        r2._r.append(it)
        r3 = par.add_run()
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        r3._r.append(f2)
        par.add_run(placeholder)
        r5 = par.add_run()
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        r5._r.append(f3)

    hp = sec.header.paragraphs[0]
    hp.text = "Farsta stadsdelsförvaltning\tKompetensförsörjningsplan 2025–2027"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("– ")
    field(fp, "PAGE", "1")
    fp.add_run(" –")

    def pagebreak():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), hexcol)
        tcPr.append(sh)

    def table(head, rows, total=None, style="Table Grid", widths=None):
        t = d.add_table(rows=1, cols=len(head))
        t.style = d.styles[style]
        for i, h in enumerate(head):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "D9E2F3")
        for r in rows + ([total] if total else []):
            cells = t.add_row().cells
            for i, x in enumerate(r):
                run = cells[i].paragraphs[0].add_run(x)
                if total is not None and r is total:
                    run.bold = True
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def bullets(items, style="List Bullet"):
        for it in items:
            d.add_paragraph(it, style=style)

    # --- page 1 cover
    p = d.add_paragraph()
    p.add_run("Stockholms stad").bold = True
    d.add_paragraph("Farsta stadsdelsförvaltning")
    d.add_paragraph("Avdelningen för ledningsstöd och stadsmiljö, HR-enheten")
    for _ in range(6):
        d.add_paragraph()
    d.add_heading("Kompetensförsörjningsplan", level=0)
    p = d.add_paragraph()
    r = p.add_run("Treårsplan för 2025, 2026 och 2027")
    r.font.size = Pt(16)
    d.add_paragraph()
    d.add_paragraph("Dnr FA 2024/1093")
    d.add_paragraph("Beslutad av stadsdelsnämnden den 12 december 2024")
    pagebreak()
    # --- page 2 intro
    d.add_heading("1 Inledning", level=1)
    d.add_paragraph(
        "Farsta stadsdelsförvaltning ansvarar för förskola, äldreomsorg, individ- och familjeomsorg, "
        "stöd till personer med funktionsnedsättning samt parker och lokalt utvecklingsarbete i "
        "stadsdelsområdet. Förvaltningen hade 1 706 anställda med månadslön den 31 augusti 2024."
    )
    d.add_heading("1.1 Varför en kompetensförsörjningsplan", level=2)
    d.add_paragraph(
        "Planen beskriver vilka kompetenser förvaltningen behöver de kommande tre åren, var det finns "
        "brister och vad vi gör för att möta dem. Den bygger på verksamheternas egna analyser, "
        "personalstatistik och resultat från medarbetarenkäten."
    )
    d.add_heading("1.2 Så har vi arbetat", level=2)
    d.add_paragraph(
        "Varje avdelning har diskuterat sitt kompetensbehov i ledningsgruppen under september och "
        "oktober 2024. HR-enheten har sammanställt underlaget och föreslagit förvaltningsgemensamma "
        "insatser. De fackliga organisationerna har fått information i förvaltningsgruppen."
    )
    d.add_heading("1.3 Planens delar", level=2)
    bullets(
        [
            "Nuläge med personalstatistik",
            "Rekryteringsläge per yrkesgrupp",
            "Kompetensgap",
            "Uppföljning av 2024 års aktiviteter",
            "Aktiviteter 2025–2027",
        ],
        style="List Number",
    )
    pagebreak()
    # --- page 3 key figures
    d.add_heading("2 Nuläge", level=1)
    d.add_heading("2.1 Anställda per avdelning", level=2)
    d.add_paragraph(
        "Tabellen visar antalet anställda per avdelning i augusti 2024, uppdelat på anställningsform."
    )
    table(FAR_DEPT_HEAD, FAR_DEPT, FAR_DEPT_TOTAL)
    d.add_paragraph()
    d.add_heading("2.2 Nyckeltal 2022–2024", level=2)
    table(FAR_YEAR_HEAD, FAR_YEARS)
    d.add_paragraph()
    d.add_paragraph(
        "Den långa sjukfrånvaron, 60 dagar eller mer, utgjorde 3,6 procent av arbetstiden 2024. "
        "Kvinnornas sjukfrånvaro var 8,7 procent och männens 4,9 procent."
    )
    d.add_paragraph(
        "Förvaltningen gjorde 286 externa rekryteringar under 2024 och hade 231 avgångar. Under 2024 "
        "gick 39 medarbetare i pension."
    )
    pagebreak()
    # --- page 4 age + recruitment
    d.add_heading("2.3 Åldersstruktur", level=2)
    d.add_paragraph("Tillsvidareanställda per åldersgrupp och kön, augusti 2024.")
    table(FAR_AGE_HEAD, FAR_AGE, FAR_AGE_TOTAL)
    d.add_paragraph()
    d.add_paragraph(
        "Under planperioden beräknas 118 medarbetare gå i pension, flest inom äldreomsorgen. Var sjätte "
        "tillsvidareanställd är 60 år eller äldre."
    )
    d.add_heading("3 Rekryteringsläge per yrkesgrupp", level=1)
    d.add_paragraph(
        "Cheferna har bedömt hur svårt det är att rekrytera till de största yrkesgrupperna. "
        "Skalan går från 1 = lätt att rekrytera till 5 = mycket svårt."
    )
    table(FAR_REC_HEAD, FAR_REC)
    d.add_paragraph()
    d.add_heading("Bristyrken 2025–2027", level=3)
    bullets(FAR_SHORTAGE)
    pagebreak()
    # --- page 5 gaps
    d.add_heading("4 Identifierade kompetensgap", level=1)
    d.add_paragraph(
        "Utöver bristyrkena har avdelningarna pekat ut kompetenser som behöver stärkas hos dem som redan "
        "arbetar hos oss. De samlas under tre teman."
    )
    for i, (theme, prose, items) in enumerate(FAR_GAPS):
        d.add_heading("4.%d %s" % (i + 1, theme), level=2)
        d.add_paragraph(prose)
        bullets(items)
    pagebreak()
    # --- page 6 follow-up
    d.add_heading("5 Så gick det med aktiviteterna 2024", level=1)
    d.add_paragraph("Uppföljningen gjordes i oktober 2024 tillsammans med avdelningscheferna.")
    t = table(FAR_FOLLOW_HEAD, FAR_FOLLOW)
    for row in t.rows[1:]:
        col = {"Genomförd": "E2EFDA", "Pågår": "FFF2CC", "Ej påbörjad": "F8CBAD"}[row.cells[0].text]
        shade(row.cells[0], col)
    d.add_paragraph()
    d.add_paragraph(
        "Alumnnätverket skjuts upp till förmån för insatser inom introduktion, där behovet är större."
    )
    pagebreak()
    # --- pages 7-8 activity cards
    d.add_heading("6 Aktiviteter 2025–2027", level=1)
    d.add_paragraph(
        "Varje aktivitet beskrivs på ett eget kort med område, syfte, tidpunkt, ansvar och hur den följs upp."
    )
    for n, card in enumerate(FAR_CARDS, 1):
        if n == 7:
            pagebreak()
        d.add_heading("Aktivitet %d" % n, level=3)
        t = d.add_table(rows=0, cols=2)
        t.style = d.styles["Table Grid"]
        for lab, val in zip(FAR_CARD_LABELS, card):
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(lab).bold = True
            shade(cells[0], "EDEDED")
            cells[1].paragraphs[0].add_run(val)
            cells[0].width = Cm(4)
            cells[1].width = Cm(12)
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps for byte-stable output
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 28, 15, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "plans"
    os.makedirs(out, exist_ok=True)
    build_sod(os.path.join(out, SOD["file"]))
    build_kyr(os.path.join(out, KYR["file"]))
    build_far(os.path.join(out, FAR["file"]))


if __name__ == "__main__":
    main()
