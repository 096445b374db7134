#!/usr/bin/env python3
"""Generate four competence supply plans (kompetensförsörjningsplaner) in layouts
that differ from the sample plans.  Deterministic: run twice -> identical bytes.

    python make_layouts.py OUTDIR

All plan content (text, figures, activities, gaps) lives in this file.  The gold
records are written by make_gold.py, which imports the activity/gap data below
so that gold text and printed text come from the same strings.
"""

import io
import os
import sys
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

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

# The repository's DejaVu fonts (scripts/fonts), so the files come out the same on any machine.
FONT_DIR = os.environ.get(
    "KFP_FONT_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts")
)
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

W, H = A4


def P(text, style):
    """Paragraph from plain text (escaped); use PM for text with markup."""
    return Paragraph(escape(text), style)


def PM(markup, style):
    return Paragraph(markup, style)


def mkstyles(base=9.5, leading=13.5, head_color=colors.black):
    s = {}
    s["body"] = ParagraphStyle("body", fontName="DV", fontSize=base, leading=leading, spaceAfter=6)
    s["small"] = ParagraphStyle(
        "small", fontName="DV", fontSize=base - 1.5, leading=leading - 2.5, spaceAfter=3
    )
    s["cell"] = ParagraphStyle("cell", fontName="DV", fontSize=base - 1, leading=leading - 2)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="DVB")
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellbr"] = ParagraphStyle("cellbr", parent=s["cellb"], alignment=TA_RIGHT)
    s["h1"] = ParagraphStyle(
        "h1",
        fontName="DVB",
        fontSize=base + 6,
        leading=base + 10,
        spaceBefore=4,
        spaceAfter=8,
        textColor=head_color,
    )
    s["h2"] = ParagraphStyle(
        "h2",
        fontName="DVB",
        fontSize=base + 2.5,
        leading=base + 6,
        spaceBefore=8,
        spaceAfter=4,
        textColor=head_color,
    )
    s["h3"] = ParagraphStyle(
        "h3", fontName="DVB", fontSize=base, leading=leading, spaceBefore=6, spaceAfter=2
    )
    s["bullet"] = ParagraphStyle(
        "bullet", parent=s["body"], leftIndent=14, bulletIndent=3, spaceAfter=2, bulletFontName="DV"
    )
    s["num"] = ParagraphStyle("num", parent=s["body"], leftIndent=18, firstLineIndent=-18, spaceAfter=2)
    s["label"] = ParagraphStyle("label", parent=s["body"], leftIndent=18, spaceAfter=0, fontSize=base - 0.5)
    s["toc"] = ParagraphStyle("toc", parent=s["body"], spaceAfter=1)
    s["title"] = ParagraphStyle(
        "title", fontName="DVB", fontSize=26, leading=32, spaceAfter=10, textColor=head_color
    )
    s["subtitle"] = ParagraphStyle("subtitle", fontName="DV", fontSize=13, leading=18, spaceAfter=6)
    s["caption"] = ParagraphStyle(
        "caption", fontName="DVI", fontSize=base - 1, leading=leading - 2, spaceBefore=4, spaceAfter=4
    )
    return s


def toc_line(text, page, style, width, bold=False, indent=0):
    """A table-of-contents line with dot leaders, as one paragraph."""
    font = "DVB" if bold else "DV"
    tw = pdfmetrics.stringWidth(text, font, style.fontSize)
    pw = pdfmetrics.stringWidth(str(page), font, style.fontSize)
    dot = pdfmetrics.stringWidth(".", font, style.fontSize)
    n = int((width - indent - tw - pw - 30) / dot)
    line = escape(text) + " " + "." * max(n, 3) + " " + str(page)
    if bold:
        line = "<b>" + line + "</b>"
    st = ParagraphStyle("tocl", parent=style, leftIndent=indent)
    return Paragraph(line, st)


def check_fits(rows, widths, pad, fontsize, font="DV"):
    """Fail loudly if a single word is wider than its column (reportlab would split it mid-word)."""
    for row in rows:
        for text, w in zip(row, widths):
            for word in str(text).split():
                ww = pdfmetrics.stringWidth(word, font, fontsize)
                if ww > w - pad:
                    raise SystemExit("word %r (%.1f pt) does not fit column of %.1f pt" % (word, ww, w - pad))


def build_pdf(path, doc_factory, story_factory):
    """Two passes: the first counts pages (for 'Sida x (y)'), the second writes the file."""
    info = {"total": 0}
    buf = io.BytesIO()
    doc = doc_factory(buf, info)
    doc.build(story_factory())
    info["total"] = doc.page
    with open(path, "wb") as fh:
        doc = doc_factory(fh, info)
        doc.build(story_factory())
    return info["total"]


def doc_common(out, pagesize, title, author, subject):
    return dict(
        pagesize=pagesize,
        title=title,
        author=author,
        subject=subject,
        creator="make_layouts.py",
        producer="ReportLab",
        invariant=1,
        pageCompression=1,
    )


# ---------------------------------------------------------------------------
# Plan 1: Region Kronoberg, 2025/2026 - letterhead with HR unit, UNRULED tables
# ---------------------------------------------------------------------------
P1_FILE = "region_kronoberg_kfp_2025_2026.pdf"
P1_ADMIN = "Region Kronoberg"
P1_PERIOD = "2025-2026"

# (area, insats, syfte, tidplan, ägare, page)
P1_ACTIVITIES = [
    (
        "Utveckla",
        "Utöka antalet utbildningsplatser för specialistsjuksköterskor med bibehållen lön från 40 till 55 per år",
        "Säkra tillgången till specialistsjuksköterskor inom anestesi, intensivvård och operation",
        "HT 2025",
        "Områdeschef länssjukvård",
        5,
    ),
    (
        "Utveckla",
        "Införa en karriärtrappa i tre steg för undersköterskor, från grundnivå till specialistundersköterska",
        "Tydliggöra utvecklingsvägar och stärka kompetensen i vårdteamen",
        "2025-12-31",
        "HR-chef och verksamhetschefer",
        5,
    ),
    (
        "Utveckla",
        "Genomföra ledarprogrammet Leda i Kronoberg för nya chefer i första linjen",
        "Ge nya chefer stöd i arbetsmiljö-, ekonomi- och personalansvaret",
        "Löpande",
        "Enheten för kompetensförsörjning",
        5,
    ),
    (
        "Behålla",
        "Utvärdera arbetstidsmodellen med schemalagd återhämtning inom slutenvården",
        "Minska sjukfrånvaron och öka andelen som vill arbeta heltid",
        "Q2 2026",
        "Verksamhetschefer med stöd av HR-partner",
        5,
    ),
    (
        "Behålla",
        "Se över lönebildningen så att specialistkompetens inom svårrekryterade områden premieras",
        "Behålla erfarna medarbetare med specialistutbildning",
        "2025",
        "Förhandlingschef",
        5,
    ),
    (
        "Behålla",
        "Följa upp medarbetarenkäten på varje arbetsplats med en gemensam handlingsplan",
        "Stärka engagemang och arbetsmiljö",
        "Q4 2025",
        "Närmaste chef",
        5,
    ),
    (
        "Attrahera",
        "Ta fram ett samlat arbetsgivarerbjudande för hela regionen och publicera det på regionens webbplats",
        "Synliggöra förmåner, villkor och utvecklingsmöjligheter",
        "Q1 2026",
        "Kommunikationsdirektör och HR-direktör",
        6,
    ),
    (
        "Attrahera",
        "Fördjupa samarbetet med Linnéuniversitetet kring verksamhetsförlagd utbildning",
        "Fler studenter väljer regionen som arbetsgivare efter examen",
        "2025–2026",
        "Utbildningsenheten",
        6,
    ),
    (
        "Rekrytera",
        "Använda kompetensbaserad rekrytering med strukturerade intervjuer vid alla chefsrekryteringar",
        "Minska risken för felrekryteringar",
        "2025-09-30",
        "HR-avdelningen",
        6,
    ),
    (
        "Rekrytera",
        "Genomföra en riktad rekryteringsinsats mot legitimerad personal från andra EU-länder, med språkutbildning före start",
        "Bredda rekryteringsbasen för svårrekryterade legitimationsyrken",
        "VT 2026",
        "HR-direktör / Områdeschef länssjukvård",
        6,
    ),
    (
        "Introducera",
        "Införa en gemensam introduktionsdag för alla nyanställda, följd av yrkesspecifik introduktion på enheten",
        "Ge en god start och minska antalet tidiga avgångar",
        "Löpande",
        "Enheten för kompetensförsörjning",
        6,
    ),
    (
        "Introducera",
        "Erbjuda mentor under första året till nyexaminerade sjuksköterskor",
        "Underlätta övergången från utbildning till yrkesliv",
        "2025-06-30",
        "Vårdenhetschefer",
        6,
    ),
    (
        "Avsluta",
        "Införa en digital avgångsenkät för alla som slutar på egen begäran",
        "Få kunskap om varför medarbetare lämnar regionen",
        "Q3 2025",
        "HR-avdelningen",
        7,
    ),
    (
        "Avsluta",
        "Erbjuda medarbetare som går i pension att fortsätta som timanställda handledare",
        "Ta tillvara erfarenhet och föra kunskap vidare",
        "2026",
        "Verksamhetschefer",
        7,
    ),
]

# (theme, gap text)
P1_GAPS = [
    ("Hälso- och sjukvård", "Specialistsjuksköterskor inom anestesi-, intensiv- och operationssjukvård"),
    ("Hälso- och sjukvård", "Specialistläkare i allmänmedicin och psykiatri"),
    ("Hälso- och sjukvård", "Biomedicinska analytiker inom laboratoriemedicin"),
    ("Hälso- och sjukvård", "Röntgensjuksköterskor"),
    ("Folktandvården", "Tandhygienister och tandsköterskor"),
    ("Gemensamma funktioner", "Informationssäkerhet och förvaltning av vårdens digitala system"),
    ("Gemensamma funktioner", "Chefer med erfarenhet av förändringsledning"),
]

P1_FIGTABLE = [
    ("Nyckeltal", "2022", "2023", "2024"),
    ("Tillsvidareanställda, antal", "5 684", "5 741", "5 802"),
    ("Personalomsättning, %", "9,8", "9,1", "8,4"),
    ("Sjukfrånvaro, %", "6,9", "6,5", "6,2"),
    ("Medelålder, år", "46,1", "46,0", "45,8"),
]


def plan1(outdir):
    s = mkstyles(head_color=colors.HexColor("#00587a"))
    margin = 20 * mm
    fw = W - 2 * margin

    def letterhead(c, doc, info):
        c.saveState()
        c.setFont("DVB", 18)
        c.setFillColor(colors.HexColor("#00587a"))
        c.drawString(margin, H - 25 * mm, "Region Kronoberg")
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5)
        for i, line in enumerate(
            ["HR-avdelningen", "Enheten för kompetensförsörjning", "Regionkontoret, Växjö"]
        ):
            c.drawRightString(W - margin, H - 18 * mm - i * 11, line)
        c.setStrokeColor(colors.HexColor("#00587a"))
        c.setLineWidth(1.2)
        c.line(margin, H - 33 * mm, W - margin, H - 33 * mm)
        footer(c, doc, info)
        c.restoreState()

    def header(c, doc, info):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#00587a"))
        c.drawString(margin, H - 13 * mm, "Region Kronoberg")
        c.setFillColor(colors.black)
        c.drawRightString(W - margin, H - 13 * mm, "Kompetensförsörjningsplan 2025/2026")
        footer(c, doc, info)
        c.restoreState()

    def footer(c, doc, info):
        c.setFont("DV", 7.5)
        c.drawString(margin, 12 * mm, "HR-avdelningen, Enheten för kompetensförsörjning")
        c.drawRightString(W - margin, 12 * mm, "%d/%d" % (doc.page, info["total"]))

    def doc_factory(out, info):
        d = BaseDocTemplate(
            out,
            **doc_common(
                out,
                A4,
                "Kompetensförsörjningsplan 2025/2026",
                "Region Kronoberg, HR-avdelningen",
                "Kompetensförsörjning",
            ),
        )
        first = Frame(margin, 20 * mm, fw, H - 58 * mm, id="f1")
        body = Frame(margin, 20 * mm, fw, H - 40 * mm, id="body")
        d.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=lambda c, dd: letterhead(c, dd, info)),
                PageTemplate("body", [body], onPage=lambda c, dd: header(c, dd, info)),
            ]
        )
        return d

    cols = [168, 140, 60, 0]
    cols[3] = fw - sum(cols[:3])

    def act_table(rows, with_head=True):
        data = []
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        if with_head:
            data.append([P(x, s["cellb"]) for x in ("Insats", "Syfte", "Tidplan", "Ägare")])
        area = None
        for a in rows:
            if a[0] != area:
                area = a[0]
                data.append(
                    [
                        P(
                            area,
                            ParagraphStyle(
                                "sec", parent=s["cellb"], fontSize=9.5, textColor=colors.HexColor("#00587a")
                            ),
                        ),
                        "",
                        "",
                        "",
                    ]
                )
                style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
                style.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 9))
            data.append([P(a[1], s["cell"]), P(a[2], s["cell"]), P(a[3], s["cell"]), P(a[4], s["cell"])])
        check_fits([a[1:5] for a in rows], cols, 8, s["cell"].fontSize)
        check_fits([("Insats", "Syfte", "Tidplan", "Ägare")], cols, 8, s["cell"].fontSize, "DVB")
        t = Table(data, colWidths=cols, hAlign="LEFT")
        t.setStyle(TableStyle(style))
        return t

    def story():
        st = [NextPageTemplate("body")]
        st += [
            Spacer(1, 18 * mm),
            P(
                "PLAN",
                ParagraphStyle("k", parent=s["small"], fontName="DVB", textColor=colors.HexColor("#00587a")),
            ),
            P("Kompetensförsörjningsplan 2025/2026", s["title"]),
            P("Hälso- och sjukvård, folktandvård och regional utveckling", s["subtitle"]),
            Spacer(1, 10 * mm),
        ]
        meta = [
            ("Diarienummer", "25RK0412"),
            ("Fastställd", "2025-02-14 av regiondirektören"),
            ("Giltighetstid", "2025-01-01 – 2026-12-31"),
            ("Dokumentansvarig", "HR-direktör"),
            ("Framtagen av", "HR-avdelningen, Enheten för kompetensförsörjning"),
        ]
        mt = Table(
            [[P(a, s["cellb"]), P(b, s["cell"])] for a, b in meta], colWidths=[110, 300], hAlign="LEFT"
        )
        mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st += [
            mt,
            Spacer(1, 14 * mm),
            P("Sammanfattning", s["h2"]),
            P(
                "Region Kronoberg står inför ett omfattande generationsskifte samtidigt som behoven av vård "
                "och tandvård ökar i hela länet. Planen samlar regionens prioriterade insatser för att "
                "utveckla, behålla, attrahera, rekrytera, introducera och avsluta medarbetare under 2025 "
                "och 2026. Insatserna bygger på de kompetensgap som förvaltningar och verksamhetsområden "
                "redovisade i sina analyser under hösten 2024.",
                s["body"],
            ),
            P(
                "Planen riktar sig till chefer, HR-partner och fackliga företrädare och ersätter den "
                "tidigare planen för 2023/2024.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 2
        st += [P("Innehåll", s["h1"])]
        for text, pg, bold, ind in [
            ("1 Inledning", 2, True, 0),
            ("1.1 Syfte och avgränsning", 2, False, 12),
            ("1.2 Så har planen tagits fram", 2, False, 12),
            ("2 Nuläge", 3, True, 0),
            ("3 Kompetensanalys", 4, True, 0),
            ("4 Insatser 2025/2026", 5, True, 0),
            ("5 Uppföljning", 7, True, 0),
            ("Bilaga. Begrepp", 8, True, 0),
        ]:
            st.append(toc_line(text, pg, s["toc"], fw, bold, ind))
        st += [
            Spacer(1, 8 * mm),
            P("1 Inledning", s["h1"]),
            P(
                "Regionen ska ha medarbetare med rätt kompetens för att kunna erbjuda en god och jämlik "
                "vård, en tillgänglig folktandvård och en regional utveckling som stärker hela länet. "
                "Konkurrensen om utbildad personal är hård, både från andra regioner och från privata "
                "vårdgivare, och flera yrkesgrupper har en åldersstruktur som gör att många går i pension "
                "de närmaste åren.",
                s["body"],
            ),
            P(
                "Kompetensförsörjning är ett chefsansvar som ingår i den ordinarie verksamhetsplaneringen. "
                "HR-avdelningen stödjer cheferna med analysunderlag, metoder och regiongemensamma insatser.",
                s["body"],
            ),
            P("1.1 Syfte och avgränsning", s["h2"]),
            P(
                "Syftet med planen är att ge en gemensam bild av regionens kompetensbehov och att peka ut de "
                "insatser som ska prioriteras under planperioden. Planen omfattar samtliga förvaltningar. "
                "Verksamhetsspecifika planer tas fram på förvaltnings- och klinisknivå och ska utgå från "
                "denna plan.",
                s["body"],
            ),
            P("1.2 Så har planen tagits fram", s["h2"]),
            P(
                "Underlaget har tagits fram i dialog med ledningsgrupperna i hälso- och sjukvården, "
                "folktandvården och regional utveckling. Fackliga organisationer har fått planen för "
                "synpunkter i samverkan. Personalstatistiken är hämtad ur regionens personal- och "
                "lönesystem.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 3
        st += [
            P("2 Nuläge", s["h1"]),
            P(
                "Region Kronoberg hade vid utgången av 2024 totalt 6 167 anställda, varav 365 med "
                "tidsbegränsad anställning. Andelen kvinnor är 79 procent, vilket är i nivå med "
                "övriga regioner. Drygt hälften av medarbetarna arbetar i hälso- och sjukvården, där "
                "sjuksköterskor och undersköterskor är de största yrkesgrupperna.",
                s["body"],
            ),
            P(
                "Personalomsättningen har minskat tre år i följd och sjukfrånvaron har sjunkit med "
                "0,7 procentenheter sedan 2022. Tabellen nedan visar utvecklingen. Uppgifterna avser "
                "förhållandena per den 31 december respektive år.",
                s["body"],
            ),
            P("Tabell 1. Nyckeltal 2022–2024, hela regionen", s["caption"]),
        ]
        fdata = []
        for i, row in enumerate(P1_FIGTABLE):
            stl = s["cellb"] if i == 0 else s["cell"]
            str_ = s["cellbr"] if i == 0 else s["cellr"]
            fdata.append([P(row[0], stl)] + [P(x, str_) for x in row[1:]])
        ft = Table(fdata, colWidths=[170, 55, 55, 55], hAlign="LEFT")
        ft.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
        st += [
            ft,
            Spacer(1, 3),
            P("Källa: Regionens personal- och lönesystem.", s["small"]),
            P("Åldersstruktur", s["h2"]),
            P(
                "Var femte medarbetare är 60 år eller äldre. I vissa yrkesgrupper, till exempel "
                "biomedicinska analytiker och tandsköterskor, är andelen äldre betydligt högre, och där "
                "väntas pensionsavgångarna ligga kvar på en hög nivå under hela planperioden.",
                s["body"],
            ),
            P("Heltid och arbetstid", s["h2"]),
            P(
                "Heltid är norm i regionen sedan 2021. Önskemål om deltid är fortsatt vanligast inom "
                "dygnetruntverksamhet, där schemaläggning och återhämtning är viktiga frågor för att "
                "medarbetare ska orka och vilja arbeta heltid.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 4
        st += [
            P("3 Kompetensanalys", s["h1"]),
            P(
                "Verksamheternas analyser visar att bristen på specialistutbildad personal är den största "
                "risken för regionens förmåga att bedriva vård med god tillgänglighet. Samtidigt förändras "
                "arbetssätten: mer vård ges nära patienten och digitala vårdmöten blir vanligare, vilket "
                "ställer nya krav på både kliniska och digitala färdigheter.",
                s["body"],
            ),
            P(
                "Inom regional utveckling och de gemensamma funktionerna handlar behoven främst om "
                "analys, upphandling och informationssäkerhet. Bristen är där mindre akut men svår att "
                "lösa med kort varsel.",
                s["body"],
            ),
            P("Identifierade kompetensgap", s["h2"]),
            P("Följande kompetensgap bedöms vara stora under hela planperioden:", s["body"]),
        ]
        theme = None
        for th, g in P1_GAPS:
            if th != theme:
                theme = th
                st.append(P(th, s["h3"]))
            st.append(Paragraph(escape(g), s["bullet"], bulletText="•"))
        st += [
            Spacer(1, 6),
            P(
                "Bristen på specialistsjuksköterskor påverkar direkt antalet vårdplatser och operationer "
                "som kan genomföras. För laboratoriemedicin och folktandvården förstärks bristen av att "
                "många går i pension samtidigt.",
                s["body"],
            ),
            PageBreak(),
        ]
        # pages 5-7
        st += [
            P("4 Insatser 2025/2026", s["h1"]),
            P(
                "Insatserna är ordnade efter regionens modell för kompetensförsörjning. Ägaren ansvarar "
                "för att insatsen genomförs och att den redovisas i tertialuppföljningen.",
                s["body"],
            ),
            Spacer(1, 4),
            act_table([a for a in P1_ACTIVITIES if a[5] == 5]),
            PageBreak(),
            P("Insatser 2025/2026, fortsättning", s["h2"]),
            act_table([a for a in P1_ACTIVITIES if a[5] == 6]),
            PageBreak(),
            act_table([a for a in P1_ACTIVITIES if a[5] == 7]),
            Spacer(1, 10 * mm),
            P("5 Uppföljning", s["h1"]),
            P(
                "Insatserna följs upp i samband med tertialrapporterna och i årsredovisningen. HR-avdelningen "
                "sammanställer resultatet och rapporterar till regiondirektörens ledningsgrupp. Planen "
                "revideras inför 2027.",
                s["body"],
            ),
            P(
                "Nyckeltalen i avsnitt 2 följs upp årligen, och de identifierade kompetensgapen stäms av "
                "med verksamheterna i samband med budgetdialogen.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 8
        st += [P("Bilaga. Begrepp", s["h1"])]
        for term, expl in [
            ("Personalomsättning", "Andelen tillsvidareanställda som har lämnat regionen under året."),
            ("Sjukfrånvaro", "Sjukfrånvarotimmar i förhållande till ordinarie arbetstid."),
            ("Kort sjukfrånvaro", "Sjukfrånvaro dag 1–14 i en sjukperiod."),
            ("Kompetensgap", "Skillnaden mellan den kompetens som behövs och den som finns."),
            (
                "Specialistsjuksköterska",
                "Legitimerad sjuksköterska med specialistutbildning på avancerad nivå.",
            ),
        ]:
            st.append(PM("<b>%s</b> – %s" % (escape(term), escape(expl)), s["body"]))
        return st

    return build_pdf(os.path.join(outdir, P1_FILE), doc_factory, story)


# ---------------------------------------------------------------------------
# Plan 2: Ludvika kommun, Miljö- och samhällsbyggnadsförvaltningen 2026–2028
#         TWO-COLUMN body pages, ruled activity table Område/Åtgärd/Klart senast/Ansvar
# ---------------------------------------------------------------------------
P2_FILE = "ludvika_msbf_kfp_2026_2028.pdf"
P2_ADMIN = "Miljö- och samhällsbyggnadsförvaltningen i Ludvika kommun"
P2_PERIOD = "2026-2028"

# (area, åtgärd, klart senast, ansvar, page)
P2_ACTIVITIES = [
    (
        "Utveckla",
        "Ta fram individuella kompetensutvecklingsplaner för alla medarbetare i samband med "
        "medarbetarsamtalen",
        "2026-06-30",
        "Enhetschefer",
        5,
    ),
    (
        "Utveckla",
        "Genomföra en intern utbildning i plan- och bygglagen för handläggare och inspektörer",
        "VT 2027",
        "Avdelningschef myndighet",
        5,
    ),
    (
        "Utveckla",
        "Pilotprojekt med AI-stöd i bygglovshandläggningen",
        "Q4 2026",
        "Digitaliseringsstrateg och enhetschef bygglov",
        5,
    ),
    (
        "Behålla",
        "Möjliggöra distansarbete upp till två dagar per vecka där uppdraget tillåter",
        "2026-03-31",
        "Förvaltningschef",
        5,
    ),
    (
        "Behålla",
        "Se över lönestrukturen för handläggare och inspektörer",
        "Inför löneöversyn 2027",
        "HR-konsult, förvaltningschef",
        5,
    ),
    (
        "Behålla",
        "Kartlägga arbetsmiljön med fokus på hot och våld i myndighetsutövningen",
        "2026-10-31",
        "Avdelningschefer med stöd av HR",
        5,
    ),
    (
        "Attrahera",
        "Erbjuda sommarjobb och examensarbeten för studenter inom samhällsbyggnad",
        "Årligen",
        "Enhetschefer",
        6,
    ),
    (
        "Attrahera",
        "Medverka på arbetsmarknadsdagar vid Högskolan Dalarna och Karlstads universitet",
        "HT 2026",
        "HR och kommunikatör",
        6,
    ),
    (
        "Rekrytera",
        "Använda kompetensbaserade kravprofiler i alla rekryteringar",
        "Löpande",
        "Rekryterande chef",
        6,
    ),
    (
        "Rekrytera",
        "Inrätta två traineetjänster för nyexaminerade bygglovshandläggare",
        "2027",
        "Förvaltningschef",
        6,
    ),
    (
        "Introducera",
        "Revidera förvaltningens introduktionsprogram och checklista för nyanställda",
        "2026-09-30",
        "HR-konsult",
        6,
    ),
    (
        "Avsluta",
        "Genomföra strukturerade avslutssamtal och sammanställa resultatet två gånger per år",
        "Löpande",
        "Närmaste chef samt HR",
        6,
    ),
]

P2_GAPS = [
    "Bygglovshandläggare med erfarenhet av komplexa ärenden",
    "Miljö- och hälsoskyddsinspektörer med inriktning mot livsmedelskontroll",
    "Planarkitekter och fysiska planerare",
    "GIS-ingenjörer och mätningsingenjörer",
    "Projektledare för exploatering",
    "Juridisk kompetens inom plan- och bygglagen",
    "Digital kompetens för e-tjänster och automatiserad handläggning",
]


def plan2(outdir):
    green = colors.HexColor("#2e6b30")
    s = mkstyles(base=9, leading=12.5, head_color=green)
    margin = 18 * mm
    fw = W - 2 * margin
    gap = 8 * mm
    cw = (fw - gap) / 2

    def furniture(c, doc, info):
        c.saveState()
        c.setFont("DVB", 8)
        c.setFillColor(green)
        c.drawString(margin, H - 12 * mm, "LUDVIKA KOMMUN")
        c.setFillColor(colors.black)
        c.setFont("DV", 8)
        c.drawRightString(W - margin, H - 12 * mm, "Miljö- och samhällsbyggnadsförvaltningen")
        c.setStrokeColor(green)
        c.setLineWidth(0.5)
        c.line(margin, H - 14 * mm, W - margin, H - 14 * mm)
        c.setFont("DV", 7.5)
        c.drawString(margin, 11 * mm, "Kompetensförsörjningsplan 2026–2028")
        c.drawRightString(W - margin, 11 * mm, "Sida %d (%d)" % (doc.page, info["total"]))
        c.restoreState()

    def cover(c, doc, info):
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 14)
        c.drawString(margin, H - 25 * mm, "LUDVIKA KOMMUN")
        c.restoreState()
        c.saveState()
        c.setFont("DV", 7.5)
        c.drawRightString(W - margin, 11 * mm, "Sida %d (%d)" % (doc.page, info["total"]))
        c.restoreState()

    def doc_factory(out, info):
        d = BaseDocTemplate(
            out,
            **doc_common(
                out, A4, "Kompetensförsörjningsplan 2026–2028", "Ludvika kommun", "Kompetensförsörjningsplan"
            ),
        )
        top, bottom = H - 20 * mm, 18 * mm
        d.addPageTemplates(
            [
                PageTemplate(
                    "cover",
                    [Frame(margin, bottom, fw, H - 110 * mm - bottom, id="c")],
                    onPage=lambda c, dd: cover(c, dd, info),
                ),
                PageTemplate(
                    "one",
                    [Frame(margin, bottom, fw, top - bottom, id="one")],
                    onPage=lambda c, dd: furniture(c, dd, info),
                ),
                PageTemplate(
                    "two",
                    [
                        Frame(margin, bottom, cw, top - bottom, id="left"),
                        Frame(margin + cw + gap, bottom, cw, top - bottom, id="right"),
                    ],
                    onPage=lambda c, dd: furniture(c, dd, info),
                ),
            ]
        )
        return d

    def story():
        st = [
            NextPageTemplate("one"),
            P("Kompetensförsörjningsplan 2026–2028", ParagraphStyle("t2", parent=s["title"], fontSize=24)),
            P("Miljö- och samhällsbyggnadsförvaltningen i Ludvika kommun", s["subtitle"]),
            Spacer(1, 12 * mm),
            P("Antagen av miljö- och samhällsbyggnadsnämnden den 20 november 2025, § 143.", s["body"]),
            P(
                "Planen gäller från den 1 januari 2026 och revideras årligen i samband med "
                "verksamhetsplaneringen.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 2 (one column)
        st += [P("Innehåll", s["h1"])]
        for text, pg in [
            ("Inledning", 2),
            ("Förvaltningens uppdrag", 2),
            ("Nuläge och nyckeltal", 3),
            ("Kompetensanalys", 4),
            ("Handlingsplan 2026–2028", 5),
            ("Uppföljning", 7),
        ]:
            st.append(toc_line(text, pg, s["toc"], fw))
        st += [
            Spacer(1, 8 * mm),
            P("Inledning", s["h1"]),
            P(
                "Miljö- och samhällsbyggnadsförvaltningen i Ludvika kommun behöver medarbetare med rätt "
                "kompetens för att kunna handlägga ärenden rättssäkert och effektivt, planera för nya "
                "bostäder och verksamheter och bidra till en hållbar utveckling av kommunen. "
                "Samhällsbyggnadssektorn har sedan flera år brist på erfarna handläggare, och små och "
                "medelstora kommuner konkurrerar med både större kommuner och konsultföretag.",
                s["body"],
            ),
            P(
                "Planen beskriver nuläget, de kompetensbehov som förvaltningen ser under de kommande tre "
                "åren och de åtgärder som ska genomföras. Den bygger på kommunens personalpolitiska "
                "program och på dialoger med enheternas chefer och medarbetare under våren 2025.",
                s["body"],
            ),
            P("Förvaltningens uppdrag", s["h1"]),
            P(
                "Förvaltningen ansvarar för bygglov och tillsyn enligt plan- och bygglagen, miljö- och "
                "hälsoskydd, livsmedelskontroll, översiktlig och detaljerad planering, mark- och "
                "exploatering samt lantmäteri och geografisk information. Verksamheten är organiserad i "
                "tre avdelningar: myndighet, planering och exploatering samt kart och GIS.",
                s["body"],
            ),
            P(
                "Stora industrietableringar och investeringar i regionen väntas öka antalet ärenden "
                "kraftigt under planperioden, samtidigt som allt fler tjänster ska kunna erbjudas "
                "digitalt.",
                s["body"],
            ),
            NextPageTemplate("two"),
            PageBreak(),
        ]
        # page 3 (two columns): key-figure prose
        st += [
            P("Nuläge och nyckeltal", s["h1"]),
            P("Personalstruktur", s["h3"]),
            P(
                "Den 30 september 2025 hade förvaltningen 214 anställda, varav 196 tillsvidareanställda och "
                "18 visstidsanställda. Andelen kvinnor är 58 procent och andelen män 42 procent. Fördelningen "
                "skiljer sig mellan yrkesgrupperna: inom miljö- och hälsoskydd är en klar majoritet kvinnor, "
                "medan mätningsingenjörer och GIS-ingenjörer oftare är män.",
                s["body"],
            ),
            P(
                "Medelåldern var vid samma tidpunkt 47,3 år. Förvaltningen har en förhållandevis stor grupp "
                "medarbetare som är "
                "60 år eller äldre, främst bland erfarna bygglovshandläggare och lantmätare. Om fem till sju "
                "år kan en betydande del av den samlade erfarenheten inom dessa områden ha gått i pension.",
                s["body"],
            ),
            P("Rörlighet", s["h3"]),
            P(
                "Personalomsättningen var 11,6 procent 2024 jämfört med 13,9 procent 2023. Den högsta "
                "rörligheten finns bland handläggare med två till fem års erfarenhet, som ofta lämnar för "
                "tjänster i större kommuner eller hos konsultföretag.",
                s["body"],
            ),
            P(
                "Under 2024 rekryterades 31 medarbetare och 27 medarbetare lämnade förvaltningen, varav "
                "6 gick i pension. Flera rekryteringar behövde annonseras om eftersom det saknades sökande "
                "med rätt utbildning.",
                s["body"],
            ),
            P("Hälsa och arbetsmiljö", s["h3"]),
            P(
                "Sjukfrånvaron var 5,4 procent 2024 (4,9 procent 2023). Korttidssjukfrånvaron, dag 1–14, "
                "utgjorde 2,1 procent samma år. Ökningen förklaras främst av längre sjukskrivningar på två av "
                "förvaltningens nio enheter, där arbetsbelastningen varit hög under en längre tid.",
                s["body"],
            ),
            P(
                "I medarbetarenkäten 2025 framkom att medarbetarna uppskattar sina kollegor och "
                "möjligheten att påverka sina arbetsuppgifter, men att många upplever att ärendemängden "
                "är för stor. Hot och otillbörlig påverkan i myndighetsutövningen har också lyfts som en "
                "allt vanligare arbetsmiljörisk.",
                s["body"],
            ),
            P("Omvärld", s["h3"]),
            P(
                "Efterfrågan på samhällsbyggnadskompetens är hög i hela landet. Enligt Sveriges Kommuner "
                "och Regioner är bygglovshandläggare, miljö- och hälsoskyddsinspektörer och planarkitekter "
                "bland de yrken där flest kommuner rapporterar rekryteringsproblem. I Dalarna förstärks "
                "konkurrensen av de stora investeringarna i gruv- och energisektorn.",
                s["body"],
            ),
            P(
                "Samtidigt förändras arbetet genom digitaliseringen. Fler ansökningar kommer in digitalt, "
                "och kommunen har beslutat att införa automatiserade beslutsstöd där det är möjligt. Det "
                "kräver nya kunskaper hos handläggarna och förmåga att förvalta och utveckla de digitala "
                "verktygen.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 4 (two columns): competence analysis with gap bullets
        st += [
            P("Kompetensanalys", s["h1"]),
            P(
                "Kompetensanalysen har gjorts på enhetsnivå med stöd av HR. Cheferna har bedömt vilken "
                "kompetens som behövs för att klara uppdraget de kommande tre åren, vilken kompetens som "
                "finns i dag och hur stor risken är att nyckelkompetens går förlorad.",
                s["body"],
            ),
            P(
                "Analysen visar att förvaltningen är sårbar eftersom flera specialistfunktioner bemannas av "
                "en eller två personer. När en medarbetare slutar tar det ofta lång tid att ersätta både "
                "kompetensen och den lokala kunskapen om kommunen.",
                s["body"],
            ),
            P("Identifierade kompetensbehov", s["h2"]),
            P(
                "Utifrån analysen har förvaltningen identifierat följande kompetensbehov för perioden:",
                s["body"],
            ),
        ]
        for g in P2_GAPS:
            st.append(Paragraph(escape(g), s["bullet"], bulletText="•"))
        st += [
            Spacer(1, 4),
            P(
                "Behoven är störst inom myndighetsavdelningen, där ärendemängden väntas öka mest. För "
                "planering och exploatering handlar behovet framför allt om projektledning och förmåga "
                "att driva komplexa planprocesser tillsammans med externa aktörer.",
                s["body"],
            ),
            P("Strategiska vägval", s["h2"]),
            P(
                "Förvaltningen kan inte enbart lösa kompetensbehoven genom extern rekrytering. Vi behöver "
                "i högre grad utbilda egna medarbetare, erbjuda vägar in i yrket för nyexaminerade och "
                "arbeta med arbetsfördelning så att specialisterna kan ägna sig åt de mest kvalificerade "
                "uppgifterna.",
                s["body"],
            ),
            P(
                "Samverkan med andra kommuner i länet är en annan väg. Gemensamma tjänster inom till "
                "exempel geografisk information och juridik kan minska sårbarheten för små enheter.",
                s["body"],
            ),
            P(
                "Ett gott ledarskap och en hållbar arbetsmiljö är en förutsättning för att behålla "
                "medarbetarna. Förvaltningens chefer behöver därför få stöd i att leda på distans och i "
                "att fördela arbetet så att arbetsbelastningen blir rimlig.",
                s["body"],
            ),
            NextPageTemplate("one"),
            PageBreak(),
        ]
        # pages 5-6 (one column): ruled activity table
        cols = [70, 250, 72, 0]
        cols[3] = fw - sum(cols[:3])

        def tbl(rows):
            data = [[P(x, s["cellb"]) for x in ("Område", "Åtgärd", "Klart senast", "Ansvar")]]
            style = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, green),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, green),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4efe4")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
            area = None
            for a in rows:
                cell = a[0] if a[0] != area else ""
                if a[0] != area and area is not None:
                    style.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 0.8, green))
                area = a[0]
                data.append([P(cell, s["cellb"]), P(a[1], s["cell"]), P(a[2], s["cell"]), P(a[3], s["cell"])])
                style.append(("LINEBELOW", (1, len(data) - 1), (-1, len(data) - 1), 0.3, colors.grey))
            style.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, green))
            check_fits([a[:4] for a in rows], cols, 12, s["cell"].fontSize)
            t = Table(data, colWidths=cols, hAlign="LEFT")
            t.setStyle(TableStyle(style))
            return t

        st += [
            P("Handlingsplan 2026–2028", s["h1"]),
            P(
                "Åtgärderna nedan ska genomföras under planperioden. Ansvarig chef rapporterar status till "
                "förvaltningens ledningsgrupp i samband med delårsrapporten och årsbokslutet.",
                s["body"],
            ),
            Spacer(1, 4),
            tbl([a for a in P2_ACTIVITIES if a[4] == 5]),
            PageBreak(),
            P("Handlingsplan 2026–2028 (forts.)", s["h2"]),
            Spacer(1, 4),
            tbl([a for a in P2_ACTIVITIES if a[4] == 6]),
            PageBreak(),
        ]
        # page 7
        st += [
            P("Uppföljning", s["h1"]),
            P(
                "Planen följs upp årligen. Uppföljningen redovisas för miljö- och samhällsbyggnadsnämnden "
                "tillsammans med personalbokslutet. Nyckeltalen i avsnittet om nuläge jämförs då med "
                "föregående år, och handlingsplanen revideras utifrån resultatet.",
                s["body"],
            ),
            P("Frågor om planen besvaras av förvaltningens HR-konsult.", s["body"]),
        ]
        return st

    return build_pdf(os.path.join(outdir, P2_FILE), doc_factory, story)


# ---------------------------------------------------------------------------
# Plan 3: Hallsbergs kommun, Sektor vård och omsorg - "för perioden 2025–2027"
#         NUMBERED LISTS under UBARA headings with labelled lines
# ---------------------------------------------------------------------------
P3_FILE = "hallsberg_vard_omsorg_kfp_2025_2027.pdf"
P3_ADMIN = "Sektor vård och omsorg, Hallsbergs kommun"
P3_PERIOD = "2025-2027"

# area -> goal line ("Mål: ...")
P3_GOALS = {
    "Utveckla": "Alla undersköterskor har skyddad yrkestitel senast 2027.",
    "Behålla": "Sjukfrånvaron och personalomsättningen minskar.",
    "Attrahera": "Sektorn uppfattas som en attraktiv arbetsgivare bland unga.",
    "Rekrytera": "Fler tjänster tillsätts med sökande som har rätt utbildning.",
    "Introducera": "Alla nyanställda får en strukturerad introduktion.",
    "Avsluta": "Kunskap och erfarenhet tas tillvara när medarbetare slutar.",
}
# (area, activity, ansvar, tidplan, uppföljning, page)
P3_ACTIVITIES = [
    (
        "Utveckla",
        "Validering och kompletterande utbildning för undersköterskor som saknar yrkesbevis",
        "Enhetschefer och vuxenutbildningen",
        "2025–2027",
        "Antal validerade medarbetare redovisas i årsbokslutet",
        5,
    ),
    (
        "Utveckla",
        "Språkombud på varje enhet och språkstöd i arbetet för medarbetare med annat modersmål",
        "Verksamhetsutvecklare",
        "HT 2025",
        "Antal utbildade språkombud",
        5,
    ),
    (
        "Utveckla",
        "Utbildning i palliativ vård för all personal i särskilt boende",
        "Medicinskt ansvarig sjuksköterska (MAS)",
        "VT 2026",
        "Andel medarbetare som genomgått utbildningen",
        5,
    ),
    (
        "Behålla",
        "Heltid som norm genom årsarbetstidsschema i hemtjänsten",
        "Sektorchef",
        "2025-12-31",
        "Andel heltidsanställda, mäts per den 31 oktober",
        5,
    ),
    (
        "Behålla",
        "Höjt friskvårdsbidrag och ett nätverk av hälsoinspiratörer",
        "HR-enheten",
        "Q1 2025",
        "Sjukfrånvaro per kvartal",
        5,
    ),
    (
        "Behålla",
        "Kartläggning av orsaker till korttidsfrånvaro på enheter med hög frånvaro",
        "Enhetschefer med stöd av HR-konsult",
        "Q3 2025",
        "Redovisas för sektorns ledningsgrupp",
        5,
    ),
    (
        "Attrahera",
        "Feriearbete och sommarjobb för ungdomar från 16 år inom äldreomsorgen",
        "Bemanningsenheten",
        "Årligen, maj–augusti",
        "Antal ungdomar som återkommer som vikarier",
        6,
    ),
    (
        "Attrahera",
        "Medarbetarberättelser som synliggör yrkena i kommunens sociala medier",
        "Kommunikatör",
        "Löpande",
        "Räckvidd och antal sökande per annons",
        6,
    ),
    (
        "Rekrytera",
        "Gemensam rekryteringsmässa för sommarvikarier i februari",
        "Bemanningsenheten och HR-enheten",
        "Q1 2025",
        "Andel bemannade sommarveckor",
        6,
    ),
    (
        "Rekrytera",
        "Anställning av undersköterskeelever under utbildningstiden med erbjudande om "
        "tillsvidareanställning efter examen",
        "Sektorchef",
        "2026",
        "Antal elever som anställs efter examen",
        6,
    ),
    (
        "Rekrytera",
        "Gemensamt karriärprogram för sjuksköterskor tillsammans med Region Örebro län",
        "Verksamhetschef för kommunal hälso- och sjukvård",
        "2026-06-30",
        "Antal vakanta sjukskötersketjänster",
        6,
    ),
    (
        "Introducera",
        "Introduktionsvecka för nyanställda undersköterskor och vårdbiträden",
        "Enhetschefer",
        "Löpande",
        "Enkät till nyanställda efter tre månader",
        7,
    ),
    (
        "Introducera",
        "Handledarutbildning för erfarna medarbetare som tar emot elever och nyanställda",
        "Vuxenutbildningen och sektorns utvecklingsledare",
        "HT 2026",
        "Antal utbildade handledare",
        7,
    ),
    (
        "Avsluta",
        "Avslutssamtal med alla medarbetare som slutar, med en gemensam samtalsmall",
        "Närmaste chef",
        "Löpande",
        "Sammanställning av avgångsenkäten två gånger per år",
        7,
    ),
    (
        "Avsluta",
        "Erbjudande till medarbetare som går i pension att fortsätta som timavlönade vikarier",
        "Bemanningsenheten",
        "2025–2027",
        "Antal pensionärer i vikariepoolen",
        7,
    ),
]

P3_GAPS = [
    "Sjuksköterskor, särskilt med specialistutbildning i vård av äldre",
    "Undersköterskor med skyddad yrkestitel",
    "Fysioterapeuter och arbetsterapeuter",
    "Enhetschefer inom hemtjänsten",
    "Biståndshandläggare",
    "Vikarier under sommarperioden",
]


def plan3(outdir):
    red = colors.HexColor("#8a1c2b")
    s = mkstyles(base=10, leading=14, head_color=red)
    margin = 24 * mm
    fw = W - 2 * margin

    def furniture(c, doc, info):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(margin, H - 14 * mm, "Hallsbergs kommun")
        c.drawRightString(W - margin, H - 14 * mm, "Kompetensförsörjningsplan 2025–2027")
        c.drawString(margin, 13 * mm, "Sektor vård och omsorg, Hallsbergs kommun")
        c.drawRightString(W - margin, 13 * mm, "Sida %d av %d" % (doc.page, info["total"]))
        c.restoreState()

    def doc_factory(out, info):
        d = BaseDocTemplate(
            out,
            **doc_common(
                out,
                A4,
                "Kompetensförsörjningsplan för perioden 2025–2027",
                "Hallsbergs kommun",
                "Kompetensförsörjning",
            ),
        )
        d.addPageTemplates(
            [
                PageTemplate(
                    "p",
                    [Frame(margin, 22 * mm, fw, H - 44 * mm, id="b")],
                    onPage=lambda c, dd: furniture(c, dd, info),
                )
            ]
        )
        return d

    def story():
        st = [
            Spacer(1, 40 * mm),
            P(
                "Hallsbergs kommun",
                ParagraphStyle("org", parent=s["subtitle"], fontName="DVB", textColor=red),
            ),
            P("Sektor vård och omsorg", s["subtitle"]),
            Spacer(1, 10 * mm),
            P("Kompetensförsörjningsplan för perioden 2025–2027", s["title"]),
            Spacer(1, 20 * mm),
            P("Beslutad av sektorchef 2024-12-10 efter samverkan i sektorns samverkansgrupp.", s["body"]),
            P(
                "Planen gäller för hemtjänst, särskilt boende, kommunal hälso- och sjukvård, "
                "myndighetsutövning och bemanningsenheten.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 2
        st += [
            P("1. Inledning", s["h1"]),
            P(
                "Sektor vård och omsorg i Hallsbergs kommun ska ge trygg och säker vård och omsorg av god "
                "kvalitet. För att klara uppdraget behövs medarbetare med rätt utbildning, goda "
                "språkkunskaper och förutsättningar att utvecklas i sitt arbete. Antalet invånare som är "
                "80 år eller äldre ökar under perioden, samtidigt som gruppen i arbetsför ålder växer "
                "långsamt. Det gör att konkurrensen om personal blir hårdare.",
                s["body"],
            ),
            P(
                "Kompetensförsörjningsplanen beskriver sektorns nuläge, de kompetensbehov vi ser och hur vi "
                "ska arbeta för att utveckla, behålla, attrahera, rekrytera, introducera och avsluta "
                "medarbetare. Planen följer kommunens riktlinje för kompetensförsörjning och ska brytas ned "
                "i enheternas egna handlingsplaner.",
                s["body"],
            ),
            P("1.1 Läsanvisning", s["h2"]),
            P(
                "Avsnitt 2 redovisar personalstatistik. Avsnitt 3 innehåller kompetensanalysen och de "
                "yrkesgrupper där bristen är störst. Avsnitt 4 listar aktiviteterna för perioden, "
                "ordnade efter de sex områdena i kommunens modell. Avsnitt 5 beskriver hur planen följs "
                "upp.",
                s["body"],
            ),
            P("1.2 Viktiga förändringar", s["h2"]),
            P(
                "Från den 1 juli 2023 är undersköterska en skyddad yrkestitel, och från den 1 januari 2025 "
                "ingår hemsjukvården i sektorns ansvar fullt ut. Båda förändringarna påverkar vilken "
                "kompetens sektorn behöver och hur medarbetarna behöver utvecklas.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 3 - figures in prose
        st += [
            P("2. Personalstatistik", s["h1"]),
            P(
                "Uppgifterna i avsnittet är hämtade ur kommunens personalsystem. Om inget annat anges avser "
                "de förhållandena per den 31 oktober 2024.",
                s["body"],
            ),
            P("2.1 Antal anställda", s["h2"]),
            P(
                "Per den 31 oktober 2024 hade sektorn 612 tillsvidareanställda medarbetare, att jämföra med "
                "598 vid samma tidpunkt 2023. Därutöver fanns 74 visstidsanställda månadsavlönade och 143 "
                "timavlönade som arbetat under oktober. Av de tillsvidareanställda är 91 procent kvinnor.",
                s["body"],
            ),
            P("2.2 Ålder och pensionsavgångar", s["h2"]),
            P(
                "Medelåldern är 45 år, och 131 medarbetare är 55 år eller äldre. Under 2024 gick 19 "
                "medarbetare i pension. Fram till 2027 når ytterligare ett fyrtiotal medarbetare 67 års "
                "ålder, flest inom särskilt boende.",
                s["body"],
            ),
            P("2.3 Heltid", s["h2"]),
            P(
                "Andelen heltidsanställda ökade från 71 procent 2023 till 76 procent 2024. Ökningen beror "
                "främst på att nya medarbetare i hemtjänsten anställs på heltid.",
                s["body"],
            ),
            P("2.4 Sjukfrånvaro och personalomsättning", s["h2"]),
            P(
                "Sjukfrånvaron sjönk till 8,9 procent under 2024 från 9,6 procent året innan. Den långa "
                "sjukfrånvaron, 60 dagar eller mer, utgjorde 44,2 procent av den totala sjukfrånvaron. "
                "Personalomsättningen var 12,4 procent (13,1 procent 2023). Högst är omsättningen bland "
                "sjuksköterskor och i hemtjänstens nattpatrull.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 4 - analysis and numbered gap list
        st += [
            P("3. Kompetensanalys", s["h1"]),
            P(
                "Analysen bygger på enheternas bedömningar, statistik och dialog med de fackliga "
                "organisationerna. Den största utmaningen är att säkra legitimerad personal och "
                "undersköterskor med rätt utbildning, samtidigt som vårdtyngden ökar både i hemtjänsten "
                "och i särskilt boende.",
                s["body"],
            ),
            P(
                "Många medarbetare har lång erfarenhet men saknar formell utbildning. Språkkunskaper är en "
                "förutsättning för patientsäkerheten och för att dokumentationen ska hålla god kvalitet.",
                s["body"],
            ),
            P("3.1 Bristyrken och svårrekryterade grupper", s["h2"]),
            P("Sektorn har identifierat följande bristyrken och svårrekryterade grupper:", s["body"]),
        ]
        for i, g in enumerate(P3_GAPS, 1):
            st.append(P("%d. %s" % (i, g), s["num"]))
        st += [
            Spacer(1, 6),
            P(
                "För sjuksköterskor och enhetschefer är konkurrensen från regionen och grannkommunerna "
                "störst. Bristen på sommarvikarier har lett till att ordinarie personal fått skjuta på sin "
                "semester, vilket påverkar återhämtningen.",
                s["body"],
            ),
            P("3.2 Framtida kompetensbehov", s["h2"]),
            P(
                "Välfärdsteknik, digital dokumentation och rehabiliterande arbetssätt kommer att prägla "
                "arbetet de kommande åren. Alla yrkesgrupper behöver därför grundläggande digital "
                "kompetens, och chefer behöver stöd i att leda förändring.",
                s["body"],
            ),
            PageBreak(),
        ]
        # pages 5-7 - numbered activities under UBARA headings
        st += [
            P("4. Aktiviteter 2025–2027", s["h1"]),
            P(
                "Aktiviteterna är numrerade inom varje område. Under varje aktivitet anges vem som "
                "ansvarar, när den ska vara genomförd och hur den följs upp.",
                s["body"],
            ),
        ]
        pages = sorted(set(a[5] for a in P3_ACTIVITIES))
        for pg in pages:
            areas = []
            for a in P3_ACTIVITIES:
                if a[5] == pg and a[0] not in areas:
                    areas.append(a[0])
            for area in areas:
                block = [P(area, s["h2"]), PM("<i>Mål: %s</i>" % escape(P3_GOALS[area]), s["body"])]
                items = [a for a in P3_ACTIVITIES if a[0] == area]
                for i, a in enumerate(items, 1):
                    block += [
                        Spacer(1, 3),
                        P("%d. %s" % (i, a[1]), s["num"]),
                        PM("<b>Ansvar:</b> %s" % escape(a[2]), s["label"]),
                        PM("<b>Tidplan:</b> %s" % escape(a[3]), s["label"]),
                        PM("<b>Uppföljning:</b> %s" % escape(a[4]), s["label"]),
                    ]
                st.append(KeepTogether(block))
            if pg != pages[-1]:
                st.append(PageBreak())
        st += [
            Spacer(1, 8 * mm),
            CondPageBreak(60 * mm),
            P("5. Uppföljning", s["h1"]),
            P(
                "Aktiviteterna följs upp i sektorns ledningsgrupp varje tertial och redovisas för "
                "vård- och omsorgsnämnden i samband med årsbokslutet.",
                s["body"],
            ),
        ]
        return st

    return build_pdf(os.path.join(outdir, P3_FILE), doc_factory, story)


# ---------------------------------------------------------------------------
# Plan 4: Trafikkontoret, Stockholms stad - "Kompetensförsörjningsplan 2026"
#         LANDSCAPE wide table continuing over a page break + follow-up table
# ---------------------------------------------------------------------------
P4_FILE = "trafikkontoret_kfp_2026.pdf"
P4_ADMIN = "Trafikkontoret, Stockholms stad"
P4_PERIOD = "2026"

# (area, behov/kompetensgap, aktivitet, när, vem, indikator, page)
P4_ACTIVITIES = [
    (
        "Utveckla",
        "Fördjupad projektledarkompetens i investeringsprojekt",
        "Genomföra stadens projektledarutbildning för 25 projektledare",
        "Q2 2026",
        "Avdelningschef investering",
        "Antal genomförda utbildningar",
        4,
    ),
    (
        "Utveckla",
        "Ökad kunskap om dataanalys och AI",
        "Införa en intern utbildningsserie i dataanalys och AI-verktyg",
        "HT 2026",
        "IT-strateg/HR-enheten",
        "Andel medarbetare som deltagit",
        4,
    ),
    (
        "Utveckla/Behålla",
        "Karriärvägar för specialister saknas",
        "Ta fram en modell för specialistkarriär med tre nivåer",
        "2026-10-31",
        "HR-chef",
        "Modellen beslutad i ledningsgruppen",
        4,
    ),
    (
        "Behålla",
        "Hög arbetsbelastning i projektorganisationen",
        "Genomföra arbetsbelastningsanalys på de avdelningar som har högst sjukfrånvaro",
        "Q1 2026",
        "Avdelningschefer",
        "Sjukfrånvaro per avdelning",
        4,
    ),
    (
        "Behålla",
        "Hög personalomsättning bland nyanställda ingenjörer",
        "Koppla löneutvecklingen till en kompetenstrappa för ingenjörer",
        "Löneöversyn 2026",
        "HR-chef och förvaltningsdirektör",
        "Personalomsättning bland ingenjörer",
        4,
    ),
    (
        "Attrahera",
        "Låg kännedom om kontoret bland studenter",
        "Delta på KTH:s arbetsmarknadsdag Armada och erbjuda examensarbeten",
        "Q4 2026",
        "HR-enheten",
        "Antal examensarbeten och praktikanter",
        4,
    ),
    (
        "Attrahera",
        "För få sökande med teknisk bakgrund",
        "Ta fram riktade annonser och filmer om yrket trafikplanerare",
        "Q3 2026",
        "Kommunikationsenheten",
        "Antal sökande per annons",
        4,
    ),
    (
        "Rekrytera",
        "Långa rekryteringsprocesser",
        "Korta tiden från annons till anställning med färdiga kravprofiler för vanliga befattningar",
        "2026-06-30",
        "HR-enheten",
        "Genomsnittlig rekryteringstid i dagar",
        5,
    ),
    (
        "Rekrytera",
        "Svårrekryterade konstruktörer inom bro och tunnel",
        "Samarbeta med konsultföretag om inhyrning med möjlighet till anställning",
        "2026",
        "Chef för anläggningsavdelningen",
        "Antal tillsatta tjänster",
        5,
    ),
    (
        "Introducera",
        "Nyanställda saknar överblick över stadens processer",
        "Digitalt introduktionsprogram med fadder under det första halvåret",
        "Löpande",
        "Närmaste chef",
        "Nöjdhet i introduktionsenkäten",
        5,
    ),
    (
        "Introducera",
        "Nya chefer behöver stöd i arbetsgivarrollen",
        "Introduktionsdag för nya chefer två gånger per år",
        "VT 2026 och HT 2026",
        "HR-chef",
        "Antal deltagare",
        5,
    ),
    (
        "Avsluta",
        "Kunskap går förlorad vid pensionsavgångar",
        "Dubbelbemanning i sex månader före pensionsavgång i nyckelroller",
        "Löpande",
        "Avdelningschefer",
        "Antal genomförda överlämningar",
        5,
    ),
    (
        "Avsluta",
        "Bristande kunskap om varför medarbetare slutar",
        "Avgångsenkät och avslutssamtal för alla som slutar",
        "2026-12-31",
        "HR-enheten",
        "Svarsfrekvens i avgångsenkäten",
        5,
    ),
]

# (area, aktivitet i planen för 2025, ansvar, status, page)
P4_FOLLOWUP = [
    (
        "Utveckla",
        "Arbetsmiljöutbildning för alla nya chefer",
        "HR-enheten",
        "Genomförd. Utbildningen ingår nu i chefsintroduktionen.",
        6,
    ),
    (
        "Behålla",
        "Införa aktivitetsbaserade arbetsplatser på Fleminggatan",
        "Förvaltningsdirektör",
        "Genomförd",
        6,
    ),
    (
        "Attrahera",
        "Lansera en karriärsida för trafikkontoret",
        "Kommunikationsenheten",
        "Pågår, slutförs Q1 2026",
        6,
    ),
    (
        "Rekrytera",
        "Utbilda alla chefer i kompetensbaserad rekrytering",
        "HR-enheten",
        "Delvis genomförd, fortsätter 2026",
        6,
    ),
    ("Introducera", "Faddersystem för nyanställda ingenjörer", "Avdelningschefer", "Genomförd", 6),
    ("Avsluta", "Digital avgångsenkät", "HR-enheten", "Ej genomförd – flyttas till planen för 2026", 6),
]

# (yrkesgrupp/kompetens, bedömt gap, kommentar)
P4_GAPS = [
    (
        "Projektledare för stora investeringsprojekt",
        "Stort",
        "Flera större projekt startar samtidigt under 2026.",
    ),
    ("Trafikplanerare och trafikanalytiker", "Stort", "Få utexaminerade per år i landet."),
    ("Beställarkompetens inom drift och underhåll", "Medel", "Nya avtalsformer kräver erfarna beställare."),
    ("Konstruktörer inom bro och tunnel", "Stort", "Hård konkurrens från konsultbranschen."),
    ("Juridisk kompetens inom upphandling och avtal", "Medel", "Ökat antal överprövningar."),
    ("Data- och GIS-kompetens för trafikdata", "Medel", "Behovet växer med nya digitala tjänster."),
]


def plan4(outdir):
    blue = colors.HexColor("#004b87")
    s = mkstyles(base=9.5, leading=13.5, head_color=blue)
    margin = 20 * mm
    LW, LH = landscape(A4)

    def furniture(c, doc, info):
        pw, ph = c._pagesize
        c.saveState()
        c.setFont("DVB", 8)
        c.setFillColor(blue)
        c.drawString(margin, ph - 12 * mm, "STOCKHOLMS STAD")
        c.setFillColor(colors.black)
        c.setFont("DV", 8)
        c.drawRightString(pw - margin, ph - 12 * mm, "Trafikkontoret, Stockholms stad")
        c.setFont("DV", 7.5)
        c.drawString(margin, 10 * mm, "Kompetensförsörjningsplan 2026")
        c.drawRightString(pw - margin, 10 * mm, "%d (%d)" % (doc.page, info["total"]))
        c.restoreState()

    def doc_factory(out, info):
        d = BaseDocTemplate(
            out,
            **doc_common(
                out, A4, "Kompetensförsörjningsplan 2026", "Trafikkontoret", "Kompetensförsörjningsplan 2026"
            ),
        )
        d.addPageTemplates(
            [
                PageTemplate(
                    "port",
                    [Frame(margin, 18 * mm, W - 2 * margin, H - 36 * mm, id="p")],
                    pagesize=A4,
                    onPage=lambda c, dd: furniture(c, dd, info),
                ),
                PageTemplate(
                    "land",
                    [Frame(margin, 16 * mm, LW - 2 * margin, LH - 32 * mm, id="l")],
                    pagesize=(LW, LH),
                    onPage=lambda c, dd: furniture(c, dd, info),
                ),
            ]
        )
        return d

    lcols = [88, 140, 183, 68, 120, 0]
    lcols[5] = LW - 2 * margin - sum(lcols[:5])
    head_bg = colors.HexColor("#dbe6f1")

    def wide_table(rows):
        data = [
            [
                P(x, s["cellb"])
                for x in ("UBARA-område", "Behov/kompetensgap", "Aktivitet", "När", "Vem", "Indikator")
            ]
        ]
        check_fits([a[:6] for a in rows], lcols, 12, s["cell"].fontSize)
        check_fits(
            [("UBARA-område", "Behov/kompetensgap", "Aktivitet", "När", "Vem", "Indikator")],
            lcols,
            12,
            s["cell"].fontSize,
            "DVB",
        )
        for a in rows:
            data.append([P(x, s["cell"]) for x in a[:6]])
        t = Table(data, colWidths=lcols, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f9cb8")),
                    ("BACKGROUND", (0, 0), (-1, 0), head_bg),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return t

    def story():
        st = [
            Spacer(1, 30 * mm),
            P("STOCKHOLMS STAD", ParagraphStyle("ss", parent=s["subtitle"], fontName="DVB", textColor=blue)),
            P("Trafikkontoret", s["subtitle"]),
            Spacer(1, 16 * mm),
            P("Kompetensförsörjningsplan 2026", s["title"]),
            P("Bilaga 4 till trafikkontorets verksamhetsplan 2026", s["subtitle"]),
            Spacer(1, 30 * mm),
        ]
        meta = Table(
            [
                [P("Handläggare", s["cellb"]), P("HR-enheten, Administrativa avdelningen", s["cell"])],
                [P("Diarienummer", s["cellb"]), P("T2025-01873", s["cell"])],
                [P("Datum", s["cellb"]), P("2025-11-28", s["cell"])],
            ],
            colWidths=[90, 250],
            hAlign="LEFT",
        )
        meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        st += [meta, PageBreak()]
        # page 2
        st += [
            P("Inledning", s["h1"]),
            P(
                "Trafikkontoret ansvarar för att planera, bygga och förvalta stadens gator, torg, broar och "
                "tunnlar och för att trafiken i Stockholm ska fungera för alla trafikantgrupper. Under de "
                "kommande åren genomför kontoret flera av stadens största investeringsprojekt, samtidigt som "
                "behoven av drift och underhåll ökar.",
                s["body"],
            ),
            P(
                "Planen utgår från stadens modell för kompetensförsörjning och beskriver nuläge, "
                "kompetensgap och aktiviteter för 2026. Den följs upp i tertialrapporterna och i "
                "verksamhetsberättelsen.",
                s["body"],
            ),
            P("Nuläge", s["h1"]),
            P(
                "Statistiken avser trafikkontoret per den 30 september 2025 om inte annat anges. "
                "Jämförelsetal för 2024 anges inom parentes.",
                s["body"],
            ),
            P("Nyckeltal i korthet", s["h2"]),
        ]
        for line in [
            "Tillsvidareanställda: 1 046",
            "Visstidsanställda: 72",
            "Timavlönade: 35",
            "Andel kvinnor/män: 49/51 procent",
            "Medelålder: 44,6 år",
            "Personalomsättning 2025: 7,9 % (9,3 %)",
            "Sjukfrånvaro 2025: 3,8 %",
            "Aktivt medarbetarskapsindex (AMI) 2025: 79",
            "Rekryteringar 2025: 164",
            "Pensionsavgångar 2025: 21",
        ]:
            st.append(Paragraph(escape(line), s["bullet"], bulletText="–"))
        st += [
            Spacer(1, 6),
            P(
                "Personalomsättningen har minskat jämfört med föregående år, men ligger fortsatt över "
                "kontorets mål om högst 7 procent. Sjukfrånvaron är låg i jämförelse med staden som helhet; "
                "målet är att den ska understiga 3,5 procent. Drygt var tionde medarbetare är 60 år eller "
                "äldre, och inom drift och underhåll är andelen högre.",
                s["body"],
            ),
            PageBreak(),
        ]
        # page 3 - gaps table
        st += [
            P("Kompetensanalys", s["h1"]),
            P(
                "Kompetensanalysen har genomförts av avdelningarnas ledningsgrupper under augusti och "
                "september 2025. Behoven har bedömts utifrån verksamhetsplanen, investeringsplanen och de "
                "pensionsavgångar som väntas inom fem år.",
                s["body"],
            ),
            P(
                "Gemensamt för avdelningarna är att efterfrågan på ingenjörer och projektledare med "
                "erfarenhet är större än tillgången i hela regionen. Kontoret konkurrerar med "
                "konsultföretag, Trafikverket och regionen om samma personer.",
                s["body"],
            ),
            P("Identifierade kompetensgap", s["h2"]),
            P("Tabell 2. Identifierade kompetensgap 2026", s["caption"]),
        ]
        gd = [[P(x, s["cellb"]) for x in ("Yrkesgrupp eller kompetens", "Bedömt gap", "Kommentar")]]
        for g in P4_GAPS:
            gd.append([P(x, s["cell"]) for x in g])
        gcols = [200, 70, W - 2 * margin - 270]
        check_fits(P4_GAPS, gcols, 12, s["cell"].fontSize)
        gt = Table(gd, colWidths=gcols, hAlign="LEFT")
        gt.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f9cb8")),
                    ("BACKGROUND", (0, 0), (-1, 0), head_bg),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        st += [
            gt,
            Spacer(1, 8),
            P(
                "Gapen bedöms som stora när kontoret under det senaste året inte har kunnat tillsätta "
                "tjänster med sökande som uppfyller kraven, eller när fler än hälften av medarbetarna i "
                "gruppen väntas gå i pension inom fem år.",
                s["body"],
            ),
            NextPageTemplate("land"),
            PageBreak(),
        ]
        # pages 4-5 landscape: wide table continuing over a page break (header repeated)
        st += [
            P("Aktiviteter 2026", s["h1"]),
            P("Tabell 3. Aktiviteter per område i stadens modell för kompetensförsörjning", s["caption"]),
            wide_table([a for a in P4_ACTIVITIES if a[6] == 4]),
            PageBreak(),
            P("Tabell 3 (fortsättning)", s["caption"]),
            wide_table([a for a in P4_ACTIVITIES if a[6] == 5]),
            NextPageTemplate("port"),
            PageBreak(),
        ]
        # page 6 portrait: follow-up of previous year's activities
        st += [
            P("Status för förra årets aktiviteter", s["h1"]),
            P(
                "Tabellen visar hur aktiviteterna i kompetensförsörjningsplanen för 2025 har genomförts. "
                "Status avser läget i november 2025.",
                s["body"],
            ),
        ]
        fd = [[P(x, s["cellb"]) for x in ("UBARA-område", "Aktivitet i planen för 2025", "Ansvar", "Status")]]
        for a in P4_FOLLOWUP:
            fd.append([P(x, s["cell"]) for x in a[:4]])
        fcols = [88, 170, 122, W - 2 * margin - 380]
        check_fits([a[:4] for a in P4_FOLLOWUP], fcols, 12, s["cell"].fontSize)
        ft = Table(fd, colWidths=fcols, hAlign="LEFT")
        ft.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f9cb8")),
                    ("BACKGROUND", (0, 0), (-1, 0), head_bg),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        st += [
            ft,
            Spacer(1, 10),
            P("Uppföljning av planen för 2026", s["h2"]),
            P(
                "Aktiviteterna följs upp av kontorets ledningsgrupp i samband med tertialrapporterna. "
                "Indikatorerna i tabell 3 redovisas i verksamhetsberättelsen för 2026.",
                s["body"],
            ),
        ]
        return st

    return build_pdf(os.path.join(outdir, P4_FILE), doc_factory, story)


PLANS = [plan1, plan2, plan3, plan4]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_layouts.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for fn in PLANS:
        n = fn(outdir)
        print("%s: %d pages" % (fn.__name__, n))


if __name__ == "__main__":
    main()
