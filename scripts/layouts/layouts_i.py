"""Two invented Stockholm plans, written blind in session 25 (writer i), into OUTDIR.

    python layouts_i.py OUTDIR   (the plans in eval/layouts/unseen6/plans; gold in eval/layouts/unseen6/gold)

Plan 1  miljoforvaltningen-stockholm-kfp-2026-2028.pdf  Miljöförvaltningen, Word-made look
Plan 2  idrottsforvaltningen-stockholm-kfp-2026.docx    Idrottsförvaltningen (not writer j's plan of that name)

The content is in layouts_i_data.py (the writer's plan_data.py), from which the gold was built.

Deterministic: reportlab with invariant=1, python-docx with fixed core
properties and a re-zipped package with fixed timestamps.
"""

import datetime
import io
import os
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from layouts_i_data import (  # the data module sits next to this script
    P1_ACT_A,
    P1_ACT_B,
    P1_ACT_HEAD_A,
    P1_ACT_HEAD_B,
    P1_AGE_HEAD,
    P1_AGE_ROWS,
    P1_DEPT_HEAD,
    P1_DEPT_ROWS,
    P1_FILE,
    P1_FU_HEAD,
    P1_FU_ROWS,
    P1_GAP_HEAD,
    P1_GAP_ROWS,
    P1_KEY_HEAD,
    P1_KEY_ROWS,
    P1_OCC_HEAD,
    P1_OCC_ROWS,
    P2_BULLETS,
    P2_EMP_HEAD,
    P2_EMP_ROWS,
    P2_FACTBOX,
    P2_FACTBOX_TITLE,
    P2_FILE,
    P2_GAP_LIST,
    P2_GAPS,
    P2_MOVE_HEAD,
    P2_MOVE_ROWS,
    P2_SICK_HEAD,
    P2_SICK_ROWS,
    P2_TAB_HEAD,
    P2_TAB_ROWS,
)

FONT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

# ---------------------------------------------------------------------------
# PDF: Miljöförvaltningen
# ---------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=0)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="DVB")
CAPTION = ParagraphStyle(
    "cap", parent=BODY, fontName="DVI", fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=3
)
H1 = ParagraphStyle("h1", parent=BODY, fontName="DVB", fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BODY, fontName="DVB", fontSize=22, leading=28, spaceAfter=10)
for _st in (H1, H2, CAPTION):
    _st.keepWithNext = 1
BULLET = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)


class NumberedCanvas(Canvas):
    """Canvas that writes 'Sida x (n)' once the total page count is known."""

    def __init__(self, *args, **kwargs):
        Canvas.__init__(self, *args, **kwargs)
        self._saved_page_states = []

    def showPage(self):
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self.setFont("DV", 8)
            self.setFillColor(colors.black)
            self.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, "Sida %d (%d)" % (self._pageNumber, n))
            Canvas.showPage(self)
        Canvas.save(self)


def p1_first_page(c, doc):
    c.saveState()
    c.setFont("DVB", 13)
    c.drawString(2.2 * cm, A4[1] - 2.0 * cm, "Stockholms stad")
    c.setFont("DV", 9)
    c.drawString(2.2 * cm, A4[1] - 2.5 * cm, "Miljöförvaltningen")
    c.drawString(2.2 * cm, A4[1] - 2.9 * cm, "HR-avdelningen")
    c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 2.0 * cm, "Bilaga 2 till tjänsteutlåtande")
    c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 2.4 * cm, "Dnr 2025-11437")
    c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 2.8 * cm, "2025-11-20")
    c.setLineWidth(0.5)
    c.line(2.2 * cm, A4[1] - 3.2 * cm, A4[0] - 2.2 * cm, A4[1] - 3.2 * cm)
    c.setFont("DV", 7.5)
    c.drawString(2.2 * cm, 1.3 * cm, "Miljöförvaltningen, Box 8136, 104 20 Stockholm")
    c.restoreState()


def p1_later_pages(c, doc):
    c.saveState()
    c.setFont("DV", 8)
    c.drawString(2.2 * cm, A4[1] - 1.5 * cm, "Miljöförvaltningen")
    c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.5 * cm, "Kompetensförsörjningsplan 2026–2028")
    c.setLineWidth(0.5)
    c.line(2.2 * cm, A4[1] - 1.7 * cm, A4[0] - 2.2 * cm, A4[1] - 1.7 * cm)
    c.drawString(2.2 * cm, 1.3 * cm, "Stockholms stad")
    c.restoreState()


def _check_words(head, rows, widths):
    """Refuse column widths in which a single word would be split."""
    for r in [head] + rows:
        for x, w in zip(r, widths):
            for word in x.split():
                font = "DVB" if r is head else "DV"
                if pdfmetrics.stringWidth(word, font, 8) + 8.5 > w:
                    raise ValueError("word %r does not fit in %.1f cm" % (word, w / cm))


def ruled_table(head, rows, widths, bold_last=False, repeat=1):
    _check_words(head, rows, widths)
    data = [[Paragraph(h, SMALLB) for h in head]]
    for r in rows:
        data.append([Paragraph(x, SMALL) for x in r])
    t = Table(data, colWidths=widths, repeatRows=repeat)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if bold_last:
        data[-1] = [Paragraph(x, SMALLB) for x in rows[-1]]
        t = Table(data, colWidths=widths, repeatRows=repeat)
        st.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(st))
    return t


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items):
    return [Paragraph(x, BULLET, bulletText="•") for x in items]


def build_p1(path):
    W = A4[0] - 4.4 * cm
    s = []
    s.append(Spacer(1, 2.2 * cm))
    s.append(P("Kompetensförsörjningsplan 2026–2028", TITLE))
    s.append(P("Miljöförvaltningen i Stockholms stad", H2))
    s.append(
        P(
            "Fastställd av förvaltningsledningen den 4 december 2025. Planen revideras årligen "
            "i samband med verksamhetsplanen och gäller för perioden 1 januari 2026 till 31 december 2028."
        )
    )
    s.append(Spacer(1, 0.4 * cm))
    s.append(P("1 Sammanfattning", H1))
    s.append(
        P(
            "Miljöförvaltningen i Stockholms stad har under de senaste två åren vuxit och stabiliserat sin "
            "bemanning. Personalomsättningen har sjunkit två år i rad och sjukfrånvaron är tillbaka på en lägre "
            "nivå efter en topp under 2024. Samtidigt är konkurrensen om erfarna inspektörer, jurister och "
            "dataanalytiker fortsatt hård i Stockholmsregionen, och förvaltningens uppdrag breddas genom nya "
            "krav på tillsyn av PFAS, klimatanpassning och digital informationsförsörjning."
        )
    )
    s.append(
        P(
            "Planen bygger på stadens modell för kompetensförsörjning och redovisar först hur förra årets "
            "aktiviteter har genomförts. Därefter beskrivs personalstrukturen, rekryteringsläget per yrkesgrupp "
            "och de kompetensgap som avdelningarna har identifierat. Sist finns förvaltningens aktiviteter för "
            "perioden, ordnade efter områdena utveckla, behålla, attrahera, rekrytera, introducera och avsluta."
        )
    )
    s.append(P("De viktigaste prioriteringarna för perioden är:"))
    s += bullets(
        [
            "att behålla inspektörer under de första åren i yrket,",
            "att bygga upp egen kompetens inom dataanalys och GIS,",
            "att säkra kunskapsöverföring inför pensionsavgångar, och",
            "att stärka cheferna i rollen som arbetsgivarföreträdare.",
        ]
    )
    s.append(PageBreak())

    # 2 Uppdrag och förutsättningar
    s.append(P("2 Uppdrag och förutsättningar", H1))
    s.append(
        P(
            "Förvaltningen ansvarar för stadens tillsyn enligt miljöbalken och livsmedelslagstiftningen, "
            "för miljöövervakning av luft, vatten och buller samt för att samordna stadens miljö- och "
            "klimatarbete. Verksamheten är till stor del avgiftsfinansierad och bemanningen styrs därför både av "
            "nämndens budget och av hur många tillsynsobjekt som finns i staden. Stockholm växer med omkring "
            "15 000 invånare per år, vilket innebär fler verksamheter att kontrollera och fler klagomål på "
            "buller och inomhusmiljö."
        )
    )
    s.append(
        P(
            "Under planperioden påverkas kompetensbehovet framför allt av tre förändringar. Den nya "
            "livsmedelskontrollförordningen ställer krav på att kontrollen ska vara riskbaserad och dokumenterad "
            "digitalt. EU:s krav på rapportering av miljödata innebär att förvaltningen behöver fler medarbetare "
            "som kan bearbeta stora datamängder. Stadens klimathandlingsplan ger förvaltningen ett större "
            "samordningsansvar för klimatanpassning, där kunskap om skyfall och värmeböljor efterfrågas."
        )
    )
    s.append(
        P(
            "Arbetet med planen har skett i ledningsgruppen och i varje avdelnings ledningsgrupp under "
            "september och oktober 2025. Fackliga företrädare har fått information i förvaltningsgruppen den "
            "12 november 2025. Statistiken är hämtad ur stadens personalsystem med tvärsnittsdatum den 31 oktober "
            "respektive år om inget annat anges."
        )
    )

    # 3 Uppföljning
    s.append(P("3 Uppföljning av aktiviteter 2025", H1))
    s.append(
        P(
            "I den förra planen, som gällde 2025–2027, fanns elva aktiviteter. Tabellen nedan visar status för "
            "de aktiviteter som skulle vara klara under 2025. Övriga aktiviteter pågår enligt plan och följs upp "
            "i verksamhetsberättelsen."
        )
    )
    s.append(P("Tabell 1. Status för aktiviteter i föregående plan", CAPTION))
    s.append(ruled_table(P1_FU_HEAD, P1_FU_ROWS, [5.4 * cm, 2.4 * cm, 2.6 * cm, W - 10.4 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        P(
            "Sammantaget bedömer förvaltningen att arbetet med rekrytering och introduktion har gett effekt, "
            "medan kartläggningen av GIS-kompetens inte blev av på grund av vakanser i staben. Den aktiviteten "
            "förs därför över till den nya planen i utökad form."
        )
    )
    s.append(PageBreak())

    # 4 Personalstruktur
    s.append(P("4 Personalstruktur och nyckeltal", H1))
    s.append(P("4.1 Utveckling 2023–2025", H2))
    s.append(
        P(
            "Tabell 2 visar förvaltningens nyckeltal de senaste tre åren. Antalet anställda omfattar "
            "tillsvidareanställda och visstidsanställda med månadslön."
        )
    )
    s.append(P("Tabell 2. Nyckeltal per år, tvärsnitt 31 oktober", CAPTION))
    kw = [1.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm, 2.6 * cm, 3.6 * cm, W - 14.0 * cm]
    s.append(ruled_table(P1_KEY_HEAD, P1_KEY_ROWS, kw))
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        P(
            "Per den 31 oktober 2025 fanns 38 visstidsanställda med månadslön. Därtill hade förvaltningen "
            "27 timavlönade, främst studenter som arbetar extra under sommarens tillsynskampanjer."
        )
    )
    s.append(
        P(
            "Könsfördelningen är i stort sett oförändrad: 70 procent kvinnor och 30 procent män. "
            "Andelen män är högst på Klimat- och stadsmiljöavdelningen och lägst på Hälsoskyddsavdelningen."
        )
    )
    s.append(
        P(
            "Sjukfrånvaron minskade från 4,9 procent 2024 till 4,4 procent 2025. Korttidssjukfrånvaron "
            "(dag 1–14) var 1,9 procent och långtidssjukfrånvaron (dag 60 och längre) var 1,6 procent under 2025. "
            "Nämndens mål är att den totala sjukfrånvaron ska understiga 4,0 procent år 2028."
        )
    )
    s.append(
        P(
            "Under 2025 anställdes 61 medarbetare externt på tillsvidareanställningar, jämfört med 72 året innan. "
            "Totalt avslutade 40 tillsvidareanställda sin anställning under 2025, varav 7 genom pension. "
            "Tiden från annons till tillsättning var i genomsnitt 58 dagar."
        )
    )
    s.append(P("4.2 Avdelningar", H2))
    s.append(
        P(
            "Förvaltningen är organiserad i fem avdelningar och en stab. Sjukfrånvaron är högst på "
            "Livsmedelsavdelningen, där en stor del av arbetet sker ute på restauranger och i butiker med "
            "tidiga morgnar och kvällskontroller."
        )
    )
    s.append(P("Tabell 3. Anställda, sjukfrånvaro och personalomsättning per avdelning 2025", CAPTION))
    s.append(
        ruled_table(
            P1_DEPT_HEAD,
            P1_DEPT_ROWS,
            [5.6 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm, W - 13.0 * cm],
            bold_last=True,
        )
    )
    s.append(P("4.3 Åldersstruktur", H2))
    s.append(
        P(
            "Medarbetarna är relativt unga jämfört med staden i övrigt. 41 tillsvidareanställda är 60 år "
            "eller äldre och kan gå i pension under planperioden; hälften av dem arbetar som miljö- eller "
            "hälsoskyddsinspektörer med lång erfarenhet av komplicerade ärenden. Stadens pensionsålder för "
            "rätt att kvarstå i anställningen är 69 år."
        )
    )
    s.append(
        KeepTogether(
            [
                P("Tabell 4. Tillsvidareanställda per åldersgrupp 2025", CAPTION),
                ruled_table(P1_AGE_HEAD, P1_AGE_ROWS, [5.0 * cm, 5.0 * cm, 3.0 * cm]),
            ]
        )
    )
    s.append(Spacer(1, 0.3 * cm))

    # 5 Yrkesgrupper
    s.append(P("5 Yrkesgrupper och rekryteringsläge", H1))
    s.append(
        P(
            "Avdelningscheferna har bedömt hur svårt det är att rekrytera till förvaltningens största "
            "yrkesgrupper i dag och hur läget väntas se ut 2028. Bedömningen görs i fyra steg: lätt, medel, "
            "svårt och mycket svårt. Underlaget är antalet behöriga sökande per annons under 2025, "
            "avhopp under rekryteringsprocessen och chefernas erfarenheter."
        )
    )
    s.append(P("Tabell 5. Anställda och rekryteringsläge per yrkesgrupp 2025", CAPTION))
    s.append(ruled_table(P1_OCC_HEAD, P1_OCC_ROWS, [3.9 * cm, 1.9 * cm, 3.1 * cm, 2.3 * cm, W - 11.2 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        P(
            "Inspektörsyrkena utgör tillsammans omkring 64 procent av förvaltningens anställda och är därmed "
            "avgörande för att nämnden ska klara sitt tillsynsuppdrag. Bristen på erfarna hälsoskyddsinspektörer "
            "har lett till att handläggningstiden för klagomål på buller ökat. För GIS- och dataanalytiker är "
            "lönen den största enskilda orsaken till att kandidater tackar nej."
        )
    )

    # 6 Kompetensgap
    s.append(P("6 Kompetensgap och analys", H1))
    s.append(
        P(
            "Kompetensgapen har tagits fram genom att varje avdelning jämfört den kompetens som finns i dag "
            "med den som krävs för att nå verksamhetsplanens mål 2028. Gapen har sedan samlats och prioriterats "
            "i ledningsgruppen, där prioritet 1 innebär att gapet påverkar myndighetsutövningen redan i dag."
        )
    )
    s.append(
        P(
            "Det största gapet gäller erfarna hälsoskyddsinspektörer. Flera av de mest erfarna medarbetarna "
            "närmar sig pension och nyanställda behöver två till tre år innan de kan handlägga komplicerade "
            "bullerärenden självständigt. Inom tillsynsjuridik har antalet överklaganden ökat och domstolarna "
            "ställer högre krav på att förelägganden är välmotiverade. Miljöanalys har ett växande uppdrag "
            "men saknar tillräcklig kompetens inom programmering och geografisk analys."
        )
    )
    s.append(P("Tabell 6. Identifierade kompetensgap", CAPTION))
    s.append(ruled_table(P1_GAP_HEAD, P1_GAP_ROWS, [0.9 * cm, 6.6 * cm, 3.6 * cm, 2.0 * cm, W - 13.1 * cm]))
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        P(
            "Analysen visar att gapen i första hand bör mötas genom att utveckla och behålla de medarbetare som "
            "redan finns, eftersom marknaden för erfarna inspektörer är liten. Rekrytering av nyexaminerade "
            "kombinerad med ett traineeprogram bedöms vara den mest realistiska vägen att långsiktigt täcka "
            "behovet. För jurister och GIS-analytiker behöver förvaltningen samarbeta med andra förvaltningar "
            "i staden."
        )
    )
    s.append(PageBreak())

    # 7 Aktiviteter
    s.append(P("7 Aktiviteter 2026–2028", H1))
    s.append(
        P(
            "Aktiviteterna nedan är förvaltningsövergripande. Varje avdelning tar dessutom fram egna "
            "aktiviteter i sin verksamhetsplan. För områdena utveckla och behålla anges mål och hur aktiviteten "
            "följs upp; för övriga områden anges målgrupp och beräknad kostnad."
        )
    )
    wa = [3.2 * cm, 4.1 * cm, 2.0 * cm, 3.9 * cm, W - 13.2 * cm]
    wb = [4.0 * cm, 3.1 * cm, 1.9 * cm, 3.9 * cm, W - 12.9 * cm]
    n = 1
    for area, rows in P1_ACT_A.items():
        s.append(P("7.%d %s" % (n, area), H2))
        s.append(ruled_table(P1_ACT_HEAD_A, rows, wa))
        n += 1
    s.append(
        P(
            "Samtliga aktiviteter inom utveckla och behålla följs upp i tertialrapporterna. Kostnader för "
            "utbildningsinsatserna ryms i förvaltningens kompetensutvecklingsbudget på 2,1 mnkr för 2026."
        )
    )
    texts_b = {
        "Attrahera": "Förvaltningen vill synas tidigare för studenter och göra det tydligt att tillsyn i Stockholm "
        "ger bredd och utveckling.",
        "Rekrytera": "Rekryteringarna ska bli mer träffsäkra och ta kortare tid. Målet är att tiden från annons "
        "till tillsättning ska vara högst 45 dagar.",
        "Introducera": "Nyanställda ska snabbt bli trygga i myndighetsutövningen.",
        "Avsluta": "Den som slutar ska kunna rekommendera förvaltningen och lämna sina erfarenheter vidare.",
    }
    for area, rows in P1_ACT_B.items():
        block = [P("7.%d %s" % (n, area), H2), P(texts_b[area]), ruled_table(P1_ACT_HEAD_B, rows, wb)]
        s.append(KeepTogether(block))
        n += 1
    s.append(P("8 Uppföljning av planen", H1))
    s.append(
        P(
            "Planen följs upp i tertialrapport 2 och i verksamhetsberättelsen varje år. HR-avdelningen "
            "sammanställer status för aktiviteterna inför ledningsgruppens planeringsdagar i september. "
            "Nästa revidering av planen görs under hösten 2026."
        )
    )
    s.append(P("Bilaga. Definitioner och källor", H1))
    s.append(
        P(
            "<b>Antal anställda</b> avser personer med tillsvidareanställning eller tidsbegränsad anställning med "
            "månadslön den 31 oktober. Timavlönade ingår inte."
        )
    )
    s.append(
        P(
            "<b>Personalomsättning</b> beräknas som antalet tillsvidareanställda som lämnat staden under "
            "perioden 1 november–31 oktober, dividerat med det genomsnittliga antalet tillsvidareanställda. "
            "Byten mellan stadens förvaltningar räknas inte som avgång i förvaltningens egen statistik."
        )
    )
    s.append(
        P(
            "<b>Sjukfrånvaro</b> anges som andel av den ordinarie arbetstiden. Korttidssjukfrånvaro avser "
            "dag 1–14 och långtidssjukfrånvaro dag 60 och längre."
        )
    )
    s.append(
        P(
            "<b>Rekryteringsläge</b> bedöms av avdelningscheferna i samband med verksamhetsplaneringen. "
            "Bedömningen för 2028 bygger på kända pensionsavgångar, utbildningsvolymer och stadens "
            "befolkningsprognos."
        )
    )
    s.append(
        P(
            "Källor: stadens personalsystem, medarbetarenkäten 2025, avgångsenkäten samt avdelningarnas "
            "kompetensanalyser från hösten 2025."
        )
    )

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.4 * cm,
        bottomMargin=2.2 * cm,
        invariant=1,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Miljöförvaltningen",
        subject="Kompetensförsörjning",
        creator="Microsoft Word",
        producer="",
    )
    doc.build(s, onFirstPage=p1_first_page, onLaterPages=p1_later_pages, canvasmaker=NumberedCanvas)


# ---------------------------------------------------------------------------
# DOCX: Idrottsförvaltningen
# ---------------------------------------------------------------------------
def _field(run, instr):
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


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(doc, head, rows, widths=None, bold_first_col=False):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        _shade(c, "DCE6F1")
    for row in rows:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
            if bold_first_col and i == 0:
                cells[i].paragraphs[0].runs[0].bold = True
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    return t


def build_p2(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Idrottsförvaltningen\tKompetensförsörjningsplan 2026"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" (")
    _field(fp.add_run(), "NUMPAGES")
    fp.add_run(")")

    # Page 1: cover
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Stockholms stad")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Idrottsförvaltningen")
    doc.add_paragraph()
    doc.add_paragraph("Kompetensförsörjningsplan 2026", style="Title")
    doc.add_paragraph("Bilaga till Idrottsförvaltningens verksamhetsplan 2026")
    doc.add_paragraph()
    doc.add_paragraph("Framtagen av HR-enheten, Avdelningen för ledning och stöd")
    doc.add_paragraph("Version 1.0, 2025-11-18")
    _page_break(doc)

    # Page 2: inledning
    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "Idrottsförvaltningen i Stockholms stad ska ge stockholmarna goda möjligheter till idrott, motion och "
        "friluftsliv. Vi driver och förvaltar simhallar, sporthallar, ishallar, idrottsplatser och friluftsgårdar "
        "och fördelar stöd till stadens idrottsföreningar. Det är våra medarbetare som möter besökarna vid "
        "entréerna, håller isarna spelbara och ser till att vattnet i bassängerna är säkert. Att ha rätt kompetens "
        "på plats, varje dag och året runt, är därför en förutsättning för hela uppdraget."
    )
    doc.add_paragraph(
        "Den här planen beskriver läget i slutet av 2025, de kompetensgap vi ser för 2026 och vad vi ska göra åt "
        "dem. Planen är ettårig och följer stadens modell med områdena utveckla, behålla, attrahera, rekrytera, "
        "introducera och avsluta. Den har tagits fram av HR-enheten tillsammans med avdelningarnas ledningsgrupper "
        "och har stämts av med de fackliga organisationerna i förvaltningens samverkansgrupp."
    )
    doc.add_heading("1.1 Förutsättningar 2026", level=2)
    doc.add_paragraph(
        "Under 2026 öppnar två nya anläggningar: simhallen i Hagastaden och en fullstor ishall i Fagersjö. "
        "Samtidigt byggs flera äldre bad om, vilket innebär att personal tillfälligt flyttas mellan anläggningar. "
        "Stadens investeringsprogram för idrott omfattar mer än 4 miljarder kronor fram till 2030 och kräver fler "
        "projektledare med erfarenhet av stora byggprojekt."
    )
    doc.add_paragraph(
        "Verksamheten är säsongsberoende. Utomhusbaden och idrottsplatserna har sin topp under sommaren, "
        "ishallarna under vintern. Det gör att förvaltningen har många timavlönade och säsongsanställda, och att "
        "rekrytering och introduktion måste göras snabbt och i stor skala varje vår."
    )
    _page_break(doc)

    # Page 3: nuläge
    doc.add_heading("2 Nuläge", level=1)
    doc.add_paragraph(
        "Uppgifterna nedan är hämtade ur stadens HR-system och avser månadsavlönade medarbetare om inget annat "
        "anges. Jämförelser görs med motsvarande uppgifter vid utgången av 2024."
    )
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    _shade(cell, "FFF2CC")
    cell.text = ""
    r = cell.paragraphs[0].add_run(P2_FACTBOX_TITLE)
    r.bold = True
    for line, *_ in P2_FACTBOX:
        cell.add_paragraph(line)
    doc.add_paragraph()
    doc.add_heading("2.1 Anställningsformer", level=2)
    doc.add_paragraph(
        "Tabellen visar medarbetarna den 31 december 2025 efter anställningsform och kön. Antalet "
        "timavlönade varierar kraftigt över året och är som högst under sommarmånaderna, då det ungefär "
        "fördubblas."
    )
    _table(doc, P2_EMP_HEAD, P2_EMP_ROWS, widths=[7.5, 2.5, 2.5, 2.5], bold_first_col=True)
    doc.add_paragraph()
    doc.add_paragraph(
        "Andelen män är fortfarande hög inom drift och teknik, medan kundtjänst, bad och föreningsstöd har en "
        "jämnare könsfördelning. 142 tillsvidareanställda är 60 år eller äldre, de flesta inom drift."
    )
    doc.add_heading("2.2 Sjukfrånvaro", level=2)
    doc.add_paragraph(
        "Sjukfrånvaron har minskat något, både den korta och den långa. Högst sjukfrånvaro har badpersonalen "
        "med 8,1 procent under 2025, följt av anläggningsskötarna."
    )
    _table(doc, P2_SICK_HEAD, P2_SICK_ROWS, widths=[9.0, 3.0, 3.0], bold_first_col=True)
    doc.add_paragraph()
    doc.add_paragraph(
        "Förvaltningens mål är att den totala sjukfrånvaron ska vara högst 5,0 procent vid utgången av 2026. "
        "Rehabiliteringsärenden som pågått längre än 180 dagar följs upp varje månad av HR-enheten."
    )
    _page_break(doc)

    # Page 4: rörlighet + analys
    doc.add_heading("2.3 Rekryteringar, avgångar och personalomsättning", level=2)
    doc.add_paragraph(
        "Personalomsättningen har minskat jämfört med 2024, men är fortsatt hög bland drifttekniker och "
        "simlärare. Pensionsavgångarna ökade och väntas fortsätta öka de närmaste åren."
    )
    _table(doc, P2_MOVE_HEAD, P2_MOVE_ROWS, widths=[9.0, 3.0, 3.0], bold_first_col=True)
    doc.add_paragraph()
    doc.add_heading("2.4 Analys", level=2)
    doc.add_paragraph(
        "Den största risken för verksamheten är bristen på drifttekniker med kylkompetens. Utan dem kan "
        "ishallarna inte hållas öppna och två tekniker har under 2025 fått täcka upp för fyra anläggningar. "
        "Konsulter har använts i större omfattning än tidigare, till en kostnad av 3,2 miljoner kronor."
    )
    doc.add_paragraph(
        "Simlärare och badvärdar är lättare att hitta men svårare att behålla, eftersom många anställningar är "
        "timavlönade och schemana innehåller delade turer. Att erbjuda fler heltider och bättre scheman är därför "
        "lika viktigt som att rekrytera. Inom föreningsstöd och investeringar handlar gapen främst om fördjupad "
        "kunskap snarare än om antal personer."
    )
    _page_break(doc)

    # Page 5: gaps
    doc.add_heading("3 " + P2_GAP_LIST, level=1)
    doc.add_paragraph(
        "Avdelningarna har identifierat följande kompetensgap för 2026. Grupperna är ordnade efter hur stor "
        "påverkan gapet har på verksamheten."
    )
    for grp, subs in P2_GAPS:
        doc.add_paragraph(grp, style="List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")
    doc.add_paragraph()
    doc.add_paragraph(
        "Utöver gapen ovan behöver alla chefer stärka sin förmåga att leda medarbetare som arbetar på olika "
        "anläggningar och tider, och att hantera arbetsmiljöansvaret för timavlönade."
    )
    _page_break(doc)

    # Page 6: activities table
    doc.add_heading("4 Aktiviteter 2026", level=1)
    doc.add_paragraph(
        "Aktiviteterna för att utveckla och behålla medarbetare redovisas i tabellen. Aktiviteterna inom "
        "attrahera, rekrytera och introducera följer därefter som punktlistor, med ansvarig och tidpunkt."
    )
    doc.add_heading("4.1 Utveckla och behålla", level=2)
    _table(doc, P2_TAB_HEAD, P2_TAB_ROWS, widths=[2.2, 5.4, 3.8, 2.0, 3.0])
    _page_break(doc)

    # Page 7: bullets
    n = 2
    for area, items in P2_BULLETS:
        if area == "Avsluta":
            continue
        doc.add_heading("4.%d %s" % (n, area), level=2)
        n += 1
        for act, ansvar, nar in items:
            doc.add_paragraph(act, style="List Bullet")
            for lab, val in (("Ansvar", ansvar), ("När", nar)):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(1.27)
                q.paragraph_format.space_after = Pt(0)
                rr = q.add_run(lab + ": ")
                rr.italic = True
                q.add_run(val)
            doc.add_paragraph()
    _page_break(doc)

    # Page 8: Avsluta
    doc.add_heading("5 Avsluta", level=1)
    doc.add_paragraph(
        "Alla som slutar ska erbjudas ett avslutssamtal med sin närmaste chef. Samtalet ger förvaltningen "
        "kunskap om varför medarbetare väljer att gå och vad vi kan göra bättre. Under 2025 genomfördes "
        "avslutssamtal med 61 av de 84 tillsvidareanställda som slutade. De vanligaste orsakerna var "
        "arbetstiderna, lönen och bristande utvecklingsmöjligheter."
    )
    doc.add_paragraph(
        "Den digitala avgångsenkäten besvarades av 38 procent. Svaren visar att 7 av 10 kan tänka sig att "
        "arbeta i förvaltningen igen. Säsongsanställda har hittills inte fått enkäten, vilket ändras 2026."
    )
    for area, items in P2_BULLETS:
        if area != "Avsluta":
            continue
        for act, ansvar, nar in items:
            doc.add_paragraph(act, style="List Bullet")
            for lab, val in (("Ansvar", ansvar), ("När", nar)):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(1.27)
                q.paragraph_format.space_after = Pt(0)
                rr = q.add_run(lab + ": ")
                rr.italic = True
                q.add_run(val)
            doc.add_paragraph()
    doc.add_heading("6 Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp i tertialrapport 1 i april och i verksamhetsberättelsen för 2026. HR-enheten "
        "ansvarar för att sammanställa uppföljningen och för att en ny plan tas fram till den 15 november 2026."
    )

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 11, 18, 9, 0, 0)
    cp.author = "HR-enheten"
    cp.last_modified_by = "HR-enheten"
    cp.title = "Kompetensförsörjningsplan 2026"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 18, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "plans"
    os.makedirs(out, exist_ok=True)
    build_p1(os.path.join(out, P1_FILE))
    build_p2(os.path.join(out, P2_FILE))
    print("wrote", P1_FILE, P2_FILE, "to", out)


if __name__ == "__main__":
    main()
