#!/usr/bin/env python3
"""Two plans of other employers, written blind in session 24 (writer g).

Usage: python layouts_g.py OUTDIR (the plans in eval/layouts/unseen4/plans; gold in eval/layouts/unseen4/gold)

Plan 1  sundsvall-vof-kfp-2026-2028.pdf  title page, running header "VOF" and "– N –" footers,
        justified body text with soft hyphens (words split at line ends), a boxed "FAKTARUTA"
        sidebar beside the body text, a key-figure table with Kvinnor/Män/Totalt columns per year,
        a gap table with an assessment per occupation, the previous plan's follow-up as bullets
        with a status in brackets, and an activity table sorted by Ansvarig with the areas mixed.
Plan 2  orsa-samhallsbyggnad-kfp-2026-2027.docx  letterhead and metadata lines, key figures one
        sentence each ("61 av 68 medarbetare", numbers written as words), a retirement table
        occupation x 2026-2030 with "–" for zero, gap bullets with sub-bullets, and activities as
        prose paragraphs under four UBARA headings.

All content is invented. Output is deterministic (invariant=1, fixed DOCX metadata and zip timestamps).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONTS = Path(__file__).resolve().parent.parent / "fonts"
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", str(FONTS / "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

SHY = "\xad"
VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
NO_SPLIT = {"ng", "ck", "sj", "tj", "kj", "ch", "sk", "st"}
ONSET = {"tr", "kr", "gr", "br", "pr", "dr", "fr", "pl", "kl", "bl", "gl", "fl"}


def _hyph_word(m: re.Match) -> str:
    """Return the word with soft hyphens at Swedish-like syllable boundaries (one consonant moves on)."""
    w = m.group(0)
    cuts = []
    for i in range(3, len(w) - 3):
        c, nxt, prev = w[i], w[i + 1], w[i - 1]
        if c in VOWELS or nxt not in VOWELS:
            continue
        if prev not in VOWELS and (prev + c).lower() in NO_SPLIT:
            continue
        if prev not in VOWELS and (prev + c).lower() in ONSET:
            i -= 1  # keep a stop + r/l onset together on the next line
            if i < 3 or not any(ch in VOWELS for ch in w[:i]):
                continue
        if not any(ch in VOWELS for ch in w[:i]):
            continue
        if cuts and i - cuts[-1] < 3:
            continue
        cuts.append(i)
    out, last = [], 0
    for i in cuts:
        out.append(w[last:i])
        last = i
    out.append(w[last:])
    return SHY.join(out)


def hy(text: str) -> str:
    """Return text with soft hyphens in long words, leaving {protected} spans (braces dropped) alone."""
    parts = re.split(r"(\{[^}]*\})", text)
    res = []
    for p in parts:
        if p.startswith("{") and p.endswith("}"):
            res.append(p[1:-1])
        else:
            res.append(re.sub(r"[A-Za-zÅÄÖåäöé]{10,}", _hyph_word, p))
    return "".join(res)


# ---------------------------------------------------------------------------------------------
# Plan 1: Vård- och omsorgsförvaltningen, Sundsvalls kommun (PDF)
# ---------------------------------------------------------------------------------------------

P1_FILE = "sundsvall-vof-kfp-2026-2028.pdf"
P1_ADMIN = "Vård- och omsorgsförvaltningen, Sundsvalls kommun"
P1_PERIOD = "2026-2028"

BODY = ParagraphStyle(
    "body",
    fontName="DV",
    fontSize=9.6,
    leading=13.2,
    alignment=TA_JUSTIFY,
    spaceAfter=6,
    embeddedHyphenation=1,
    hyphenationLang="",
    uriWasteReduce=0,
)
BODY_NARROW = ParagraphStyle("bodyn", parent=BODY, fontSize=9.4, leading=12.8)
H1 = ParagraphStyle(
    "h1",
    fontName="DV-B",
    fontSize=15,
    leading=19,
    spaceBefore=6,
    spaceAfter=8,
    textColor=colors.HexColor("#1F4E5F"),
)
H2 = ParagraphStyle(
    "h2",
    fontName="DV-B",
    fontSize=11.5,
    leading=15,
    spaceBefore=8,
    spaceAfter=4,
    textColor=colors.HexColor("#1F4E5F"),
)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.2, leading=10.2)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="DV-B")
ACELL = ParagraphStyle("acell", parent=CELL, fontSize=7.8, leading=9.8)
ACELL_B = ParagraphStyle("acellb", parent=ACELL, fontName="DV-B")
BOX_LBL = ParagraphStyle("boxl", fontName="DV", fontSize=8, leading=10, textColor=colors.HexColor("#1F4E5F"))
BOX_VAL = ParagraphStyle("boxv", fontName="DV-B", fontSize=12.5, leading=15, spaceAfter=5)
CAPTION = ParagraphStyle("cap", fontName="DV-I", fontSize=8.4, leading=11, spaceBefore=3, spaceAfter=8)
BULLET = ParagraphStyle(
    "bul", parent=BODY, leftIndent=14, bulletIndent=2, alignment=0, spaceAfter=5, bulletFontName="DV"
)

TEAL = colors.HexColor("#1F4E5F")
PALE = colors.HexColor("#E6F0F2")


def p1_header_footer(canvas, doc):
    """Draw the running header (organisation abbreviation) and the '– N –' footer on pages after 1."""
    page = canvas.getPageNumber()
    if page == 1:
        return
    w, h = A4
    canvas.saveState()
    canvas.setFont("DV-B", 8.5)
    canvas.setFillColor(TEAL)
    canvas.drawString(22 * mm, h - 14 * mm, "VOF")
    canvas.setFont("DV", 8.5)
    canvas.setFillColor(colors.black)
    canvas.drawRightString(w - 22 * mm, h - 14 * mm, "Kompetensförsörjningsplan 2026–2028")
    canvas.setStrokeColor(TEAL)
    canvas.setLineWidth(0.6)
    canvas.line(22 * mm, h - 16 * mm, w - 22 * mm, h - 16 * mm)
    canvas.setFont("DV", 9)
    canvas.drawCentredString(w / 2, 12 * mm, f"– {page} –")
    canvas.restoreState()


# Key figure table: (label, metric, unit, [K24, M24, T24, K25, M25, T25]); strings as printed.
P1_KEYTABLE = [
    (
        "Tillsvidareanställda, antal",
        ("women_count", "men_count", "employees_permanent"),
        "count",
        ["2 948", "512", "3 460", "2 975", "541", "3 516"],
    ),
    (
        "Könsfördelning, %",
        ("women_share", "men_share", None),
        "percent",
        ["85,2", "14,8", "100,0", "84,6", "15,4", "100,0"],
    ),
    ("Sjukfrånvaro, %", ("sick_leave_pct",) * 3, "percent", ["9,4", "6,1", "8,9", "8,8", "5,9", "8,4"]),
    (
        "Personalomsättning, %",
        ("turnover_pct",) * 3,
        "percent",
        ["10,6", "13,9", "11,1", "9,8", "12,4", "10,2"],
    ),
    ("Medelålder, år", ("average_age",) * 3, "years", ["45,2", "39,8", "44,4", "45,0", "39,5", "44,2"]),
    (
        "Andel heltidsanställda, %",
        ("full_time_share",) * 3,
        "percent",
        ["78,4", "86,1", "79,5", "82,6", "88,0", "83,4"],
    ),
]

# Faktaruta: (label, value string, metric, unit, as_of, scope)
P1_FACTBOX = [
    ("Månadsavlönade medarbetare", "4 105", "employees_total", "count", "2025", None),
    ("varav tillsvidareanställda", "3 516", "employees_permanent", "count", "2025", None),
    ("varav visstidsanställda", "589", "employees_temporary", "count", "2025", None),
    ("Timavlönade med lön i december", "612", "hourly_staff", "count", "2025", None),
    (
        "Andel kvinnor bland tillsvidareanställda",
        "84,6 %",
        "women_share",
        "percent",
        "2025",
        "tillsvidareanställda",
    ),
    ("Externa rekryteringar 2025", "731", "recruitments", "count", "2025", None),
    (
        "Avgångar bland tillsvidareanställda 2025",
        "359",
        "departures",
        "count",
        "2025",
        "tillsvidareanställda",
    ),
    ("Beräknade pensionsavgångar 2026–2028", "298", "retirements", "count", "2026-2028", None),
    ("Aktivt medarbetarindex (AMI) 2025", "76", "ami_index", "index", "2025", None),
]

P1_NULAGE = [
    "Förvaltningen är kommunens största arbetsgivare inom välfärden och ansvarar för hemtjänst, "
    "särskilt boende, korttidsvård, hemsjukvård och biståndshandläggning enligt socialtjänstlagen. "
    "Verksamheten bedrivs i elva geografiska områden från Matfors i väster till Alnön i öster. "
    "Uppgifterna i detta avsnitt avser läget den 31 december 2025 om inget annat anges.",
    "Undersköterskorna är den största yrkesgruppen. {Av de tillsvidareanställda är 1 684 "
    "undersköterskor}, följda av vårdbiträden, sjuksköterskor och stödassistenter. Andelen "
    "medarbetare som är 60 år eller äldre är störst bland sjuksköterskor och enhetschefer, vilket "
    "påverkar behovet av ersättningsrekrytering redan under planperioden.",
    "Sjukfrånvaron har minskat för andra året i rad, {från 8,9 procent 2024 till 8,4 procent 2025}. "
    "Minskningen gäller främst den korta frånvaron; {korttidssjukfrånvaron (dag 1–14) var 3,2 "
    "procent under 2025}. Den långa frånvaron är fortsatt hög och {sjukfrånvaro som pågått 60 dagar "
    "eller mer utgjorde 43,5 procent av den totala sjukfrånvaron}. Förebyggande arbetsmiljöinsatser "
    "och tidiga rehabiliteringssamtal är därför prioriterade.",
    "Personalomsättningen har sjunkit, men rörligheten bland nyanställda undersköterskor och "
    "sjuksköterskor är fortfarande betydande. Var fjärde person som slutade hade varit anställd "
    "kortare tid än två år, vilket tyder på att introduktionen och de första årens utveckling "
    "behöver förstärkas.",
]

P1_FIG_PROSE = [
    # (metric, value, unit, as_of, scope, headline, quote)
    (
        "employees_permanent",
        1684,
        "count",
        "2025",
        "undersköterskor",
        False,
        "Av de tillsvidareanställda är 1 684 undersköterskor",
    ),
    ("sick_leave_pct", 8.9, "percent", "2024", None, True, "från 8,9 procent 2024 till 8,4 procent 2025"),
    ("sick_leave_pct", 8.4, "percent", "2025", None, True, "från 8,9 procent 2024 till 8,4 procent 2025"),
    (
        "short_sick_leave_pct",
        3.2,
        "percent",
        "2025",
        None,
        True,
        "korttidssjukfrånvaron (dag 1–14) var 3,2 procent under 2025",
    ),
    (
        "long_sick_leave_pct",
        43.5,
        "percent",
        "2025",
        None,
        True,
        "sjukfrånvaro som pågått 60 dagar eller mer utgjorde 43,5 procent av den totala sjukfrånvaron",
    ),
]

# Competence-gap table
P1_GAPTABLE = [
    (
        "Undersköterska",
        "Brist",
        "Stora pensionsavgångar, fler invånare över 80 år och för få "
        "sökande till vård- och omsorgsprogrammet",
        "Ökad brist",
    ),
    (
        "Sjuksköterska",
        "Brist",
        "Konkurrens från regionen och bemanningsföretag, hög rörlighet under de första åren",
        "Brist",
    ),
    ("Fysioterapeut", "Brist", "Få utbildade i länet och ökat rehabiliteringsbehov i hemmet", "Brist"),
    ("Enhetschef", "Viss brist", "Stora personalgrupper och hög omsättning bland nya chefer", "Balans"),
    ("Arbetsterapeut", "Balans", "Stabil grupp med god tillgång på sökande", "Viss brist"),
    ("Biståndshandläggare", "Balans", "Lägre omsättning efter ändrad arbetsfördelning", "Balans"),
    ("Stödassistent", "Balans", "Många sökande, men behov av vidareutbildning", "Balans"),
    ("Vårdbiträde", "Överskott", "Krav på undersköterskeexamen vid nyanställning från 2026", "Överskott"),
]

P1_CHALLENGES = [
    "att ersätta de medarbetare som går i pension samtidigt som behovet av vård och omsorg ökar",
    "att få fler att välja vård- och omsorgsprogrammet och stanna kvar i yrket",
    "att sänka den långa sjukfrånvaron bland undersköterskor i hemtjänsten",
    "att höja den formella kompetensen så att alla i omvårdnadsarbete har undersköterskeexamen",
    "att använda välfärdsteknik fullt ut, vilket kräver digital grundkompetens hos alla",
]

P1_ANALYS = [
    "Kompetensanalysen bygger på verksamhetsdialoger med samtliga avdelningar under hösten 2025, "
    "på befolkningsprognosen och på rekryteringsstatistik från de senaste tre åren. Bedömningen av "
    "varje yrkesgrupp görs på en tregradig skala där brist innebär att rekryteringar regelmässigt "
    "tar längre tid än tre månader eller att tjänster lämnas vakanta.",
    "Tabellen visar bedömningen för de största yrkesgrupperna i dag och prognosen för 2028, det "
    "sista året i planperioden.",
]

# Follow-up of the previous plan: (area, text, status)
P1_FOLLOWUP = [
    (
        "Utveckla",
        "Samtliga enhetschefer har gått förvaltningens utbildning i arbetsrätt och rehabiliteringsansvar",
        "Genomförd",
    ),
    (
        "Utveckla",
        "Validering mot undersköterskeexamen har startat för 48 vårdbiträden, och drygt "
        "hälften har hittills fått sitt bevis",
        "Pågår",
    ),
    ("Behålla", "Önskeschemaläggning har införts på samtliga särskilda boenden", "Genomförd"),
    (
        "Behålla",
        "En friskvårdstimme på arbetstid för medarbetare i hemtjänsten har inte kunnat "
        "införas på grund av bemanningsläget",
        "Ej påbörjad",
    ),
    (
        "Attrahera",
        "Karriärsidan på kommunens webbplats har byggts om med yrkesfilmer och medarbetarporträtt",
        "Genomförd",
    ),
    (
        "Rekrytera",
        "En gemensam bemanningsenhet för timavlönade vikarier byggs upp i samarbete "
        "med individ- och arbetsmarknadsförvaltningen",
        "Pågår",
    ),
    ("Introducera", "Ett digitalt introduktionsmaterial för sommarvikarier tas fram", "Pågår"),
    ("Avsluta", "Strukturerad kunskapsöverföring inför pensionsavgångar bland sjuksköterskor", "Ej påbörjad"),
]

# Activities, sorted by responsible: (responsible, resp_list, area, areas, activity, target, end, followup)
P1_ACTIVITIES = [
    (
        "Avdelningschef hemtjänst",
        ["Avdelningschef hemtjänst"],
        "Behålla",
        ["Behålla"],
        "Införa önskeschema i samtliga hemtjänstgrupper",
        "2026-12-31",
        "2026-12-31",
        "Andel heltid och sjukfrånvaro",
    ),
    (
        "Avdelningschef hemtjänst",
        ["Avdelningschef hemtjänst"],
        "Rekrytera",
        ["Rekrytera"],
        "Pröva rekryteringsdagar med intervju och anställningsbesked samma dag för undersköterskor",
        "Q2 2026",
        "2026-06-30",
        "Antal anställda per rekryteringsdag",
    ),
    (
        "Avdelningschef särskilt boende",
        ["Avdelningschef särskilt boende"],
        "Introducera",
        ["Introducera"],
        "Införa två introduktionsveckor med dubbelbemanning för nyanställda undersköterskor",
        "HT 2026",
        "2026-12-31",
        "Introduktionsenkät efter tre månader",
    ),
    (
        "Avdelningschef särskilt boende",
        ["Avdelningschef särskilt boende"],
        "Utveckla",
        ["Utveckla"],
        "Utbilda 40 vårdbiträden till undersköterskor med studier på halvtid",
        "2027",
        "2027-12-31",
        "Antal med undersköterskebevis",
    ),
    (
        "Enhetschef med stöd av HR",
        ["Enhetschef", "HR"],
        "Behålla",
        ["Behålla"],
        "Genomföra tidiga rehabiliteringssamtal vid upprepad korttidsfrånvaro",
        "Löpande",
        None,
        "Korttidssjukfrånvaro per enhet",
    ),
    (
        "Enhetschefer",
        ["Enhetschefer"],
        "Avsluta",
        ["Avsluta"],
        "Erbjuda avslutssamtal till alla tillsvidareanställda som slutar",
        "Löpande",
        None,
        "Andel genomförda avslutssamtal",
    ),
    (
        "Enhetschefer",
        ["Enhetschefer"],
        "Introducera",
        ["Introducera"],
        "Utse en introduktionsansvarig medarbetare på varje enhet",
        "Q1 2026",
        "2026-03-31",
        "Antal enheter med utsedd ansvarig",
    ),
    (
        "Förvaltningsledning",
        ["Förvaltningsledning"],
        "Behålla",
        ["Behålla"],
        "Ta fram karriärvägar för undersköterskor med specialistinriktning inom demens och palliativ vård",
        "2027",
        "2027-12-31",
        "Antal utsedda specialister",
    ),
    (
        "HR-avdelningen",
        ["HR-avdelningen"],
        "Avsluta",
        ["Avsluta"],
        "Införa en digital avgångsenkät för alla som avslutar sin anställning",
        "Q1 2026",
        "2026-03-31",
        "Svarsfrekvens och avgångsorsaker",
    ),
    (
        "HR-avdelningen",
        ["HR-avdelningen"],
        "Rekrytera",
        ["Rekrytera"],
        "Införa kompetensbaserad rekrytering med strukturerade intervjumallar",
        "VT 2027",
        "2027-06-30",
        "Andel rekryteringar enligt metoden",
    ),
    (
        "HR-avdelningen och kommunikationsenheten",
        ["HR-avdelningen", "kommunikationsenheten"],
        "Attrahera och rekrytera",
        ["Attrahera", "Rekrytera"],
        "Delta i yrkesmässor, gymnasiebesök och studentdagar vid Mittuniversitetet",
        "2026–2028",
        "2028-12-31",
        "Antal aktiviteter och sökande",
    ),
    (
        "Kommunikationsenheten",
        ["Kommunikationsenheten"],
        "Attrahera",
        ["Attrahera"],
        "Ta fram en arbetsgivarkampanj om yrken inom vård och omsorg",
        "Q4 2026",
        "2026-12-31",
        "Antal sökande per annons",
    ),
    (
        "Medicinskt ansvarig sjuksköterska",
        ["Medicinskt ansvarig sjuksköterska"],
        "Introducera",
        ["Introducera"],
        "Införa ett ettårigt introduktionsprogram för nyexaminerade sjuksköterskor",
        "Q3 2026",
        "2026-09-30",
        "Andel kvar efter ett år",
    ),
    (
        "Medicinskt ansvarig sjuksköterska",
        ["Medicinskt ansvarig sjuksköterska"],
        "Utveckla",
        ["Utveckla"],
        "Erbjuda specialistutbildning inom vård av äldre med bibehållen lön",
        "2027-06-30",
        "2027-06-30",
        "Antal specialistutbildade",
    ),
    (
        "Utbildningssamordnare",
        ["Utbildningssamordnare"],
        "Utveckla",
        ["Utveckla"],
        "Erbjuda språkstöd i svenska på arbetstid för medarbetare med annat modersmål",
        "Löpande",
        None,
        "Antal deltagare",
    ),
    (
        "Utbildningssamordnare",
        ["Utbildningssamordnare"],
        "Attrahera",
        ["Attrahera"],
        "Utbilda handledare för elever och studenter på arbetsplatsförlagt lärande",
        "2026",
        "2026-12-31",
        "Antal utbildade handledare",
    ),
]


def p1_story() -> list:
    """Return the platypus flowables of plan 1."""
    s: list = []
    title = ParagraphStyle("t", fontName="DV-B", fontSize=26, leading=32, textColor=TEAL)
    sub = ParagraphStyle("s", fontName="DV", fontSize=13, leading=18)
    s += [
        Spacer(1, 30 * mm),
        Paragraph(
            "SUNDSVALLS KOMMUN",
            ParagraphStyle("k", fontName="DV-B", fontSize=11, leading=14, textColor=colors.grey),
        ),
        Spacer(1, 4 * mm),
        Paragraph("Vård- och omsorgsförvaltningen (VOF)", sub),
        Spacer(1, 30 * mm),
        Paragraph("Kompetensförsörjningsplan<br/>2026–2028", title),
        Spacer(1, 8 * mm),
        Paragraph(
            "Strategisk plan för att trygga personal och kompetens i äldreomsorg, hemtjänst och hemsjukvård",
            sub,
        ),
        Spacer(1, 50 * mm),
    ]
    meta = [
        ["Fastställd av", "Vård- och omsorgsnämnden 2025-12-17, § 214"],
        ["Diarienummer", "VON-2025-00412"],
        ["Dokumentansvarig", "HR-chef, Vård- och omsorgsförvaltningen"],
        ["Revideras", "Årligen i samband med verksamhetsplanen"],
    ]
    t = Table([[Paragraph(a, CELL_B), Paragraph(b, CELL)] for a, b in meta], colWidths=[40 * mm, 100 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL)]))
    s += [t, PageBreak()]

    # Page 2: contents + introduction
    s.append(Paragraph("Innehåll", H1))
    toc = [
        ("1", "Inledning", "2"),
        ("2", "Nuläge", "3"),
        ("3", "Kompetensanalys", "5"),
        ("4", "Uppföljning av föregående plan", "6"),
        ("5", "Aktiviteter 2026–2028", "7"),
        ("6", "Genomförande och uppföljning", "7"),
    ]
    tt = Table(
        [[Paragraph(a, CELL), Paragraph(b, CELL), Paragraph(c, CELL)] for a, b, c in toc],
        colWidths=[10 * mm, 120 * mm, 15 * mm],
    )
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    s += [tt, Spacer(1, 8 * mm), Paragraph("1 Inledning", H1)]
    intro = [
        "Kompetensförsörjningsplanen beskriver hur Vård- och omsorgsförvaltningen ska säkra att "
        "verksamheterna har medarbetare med rätt kompetens under åren 2026–2028. Planen utgår från "
        "kommunens personalpolitiska program, nämndens mål och den kommungemensamma modellen för "
        "kompetensförsörjning med områdena utveckla, behålla, attrahera, rekrytera, introducera och "
        "avsluta.",
        "Behovet av vård och omsorg växer snabbare än befolkningen i arbetsför ålder. Antalet "
        "invånare som är 80 år eller äldre väntas öka med nästan en fjärdedel fram till 2030, "
        "samtidigt som många erfarna medarbetare lämnar arbetslivet. Förvaltningen behöver därför "
        "både rekrytera fler och använda befintlig kompetens på ett smartare sätt, bland annat genom "
        "välfärdsteknik, tydligare yrkesroller och en arbetsorganisation där fler kan arbeta heltid.",
        "Planen har tagits fram av förvaltningens HR-avdelning tillsammans med avdelningscheferna och "
        "har samverkats med de fackliga organisationerna i förvaltningens samverkansgrupp. Varje "
        "avdelning bryter ned planen i egna aktiviteter i verksamhetsplanen.",
    ]
    s += [Paragraph(hy(x), BODY) for x in intro]
    s.append(PageBreak())

    # Page 3: Nuläge with faktaruta sidebar
    s.append(Paragraph("2 Nuläge", H1))
    left = [Paragraph(hy(x), BODY_NARROW) for x in P1_NULAGE]
    box_rows = [
        [
            Paragraph(
                "<b>FAKTARUTA</b>",
                ParagraphStyle("fh", fontName="DV-B", fontSize=9, leading=12, textColor=colors.white),
            )
        ]
    ]
    box_rows.append([Paragraph("Läget den 31 december 2025", BOX_LBL)])
    for lbl, val, *_ in P1_FACTBOX:
        box_rows.append([[Paragraph(lbl, BOX_LBL), Paragraph(val, BOX_VAL)]])
    box = Table(box_rows, colWidths=[52 * mm])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("BACKGROUND", (0, 1), (-1, -1), PALE),
                ("BOX", (0, 0), (-1, -1), 1.0, TEAL),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    side = Table([[left, box]], colWidths=[108 * mm, 58 * mm])
    side.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ]
        )
    )
    s += [side, PageBreak()]

    # Page 4: key figure table by gender and year
    s.append(Paragraph("Nyckeltal per kön 2024–2025", H2))
    s.append(
        Paragraph(
            hy(
                "Tabellen nedan redovisar de viktigaste personalnyckeltalen uppdelade på kvinnor och män. "
                "Uppgifterna avser tillsvidareanställda medarbetare och är hämtade ur personalsystemet per "
                "den 31 december respektive år. Personalomsättningen avser avgångar ur kommunen och räknar "
                "inte med byten mellan förvaltningar."
            ),
            BODY,
        )
    )
    hdr = ["Nyckeltal", "Kvinnor 2024", "Män 2024", "Totalt 2024", "Kvinnor 2025", "Män 2025", "Totalt 2025"]
    rows = [[Paragraph(h, CELL_B) for h in hdr]]
    for lbl, _m, _u, vals in P1_KEYTABLE:
        rows.append([Paragraph(lbl, CELL)] + [Paragraph(v, CELL) for v in vals])
    kt = Table(rows, colWidths=[46 * mm] + [20 * mm] * 6, repeatRows=1)
    kt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PALE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F7F8")]),
            ]
        )
    )
    s += [kt, Paragraph("Tabell 1. Personalnyckeltal för tillsvidareanställda per kön och år.", CAPTION)]
    comment = [
        "Skillnaden i sjukfrånvaro mellan kvinnor och män är fortsatt stor, men den har minskat något. "
        "Kvinnor arbetar i högre grad i hemtjänst och på särskilda boenden där den fysiska och "
        "psykosociala belastningen är hög. Männen är i genomsnitt yngre och har en högre "
        "personalomsättning, vilket till stor del förklaras av att många män är nyanställda "
        "stödassistenter och vikarier som går vidare till studier.",
        "Andelen heltidsanställda har ökat tydligt sedan önskeschemaläggningen infördes. Heltid ska "
        "vara norm, och den som arbetar deltid ska kunna gå upp i tid när verksamheten planerar om "
        "sina scheman. Arbetet med heltid som norm fortsätter under hela planperioden.",
    ]
    s += [Paragraph(hy(x), BODY) for x in comment]
    s.append(PageBreak())

    # Page 5: competence analysis with gap table
    s.append(Paragraph("3 Kompetensanalys", H1))
    s += [Paragraph(hy(x), BODY) for x in P1_ANALYS]
    s.append(Paragraph("Bedömning av kompetensförsörjningen per yrkesgrupp", H2))
    grows = [[Paragraph(h, CELL_B) for h in ["Yrkesgrupp", "Bedömning 2025", "Orsak", "Prognos 2028"]]]
    for occ, ass, why, prog in P1_GAPTABLE:
        grows.append(
            [Paragraph(occ, CELL), Paragraph(ass, CELL), Paragraph(why, CELL), Paragraph(prog, CELL)]
        )
    gt = Table(grows, colWidths=[38 * mm, 26 * mm, 76 * mm, 26 * mm], repeatRows=1)
    gt.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB8BF")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    s += [gt, Paragraph("Tabell 2. Brist, balans eller överskott per yrkesgrupp.", CAPTION)]
    s.append(Paragraph("Övergripande utmaningar", H2))
    s.append(
        Paragraph(
            hy(
                "Utöver bedömningen per yrkesgrupp har förvaltningen identifierat följande "
                "utmaningar för kompetensförsörjningen under planperioden:"
            ),
            BODY,
        )
    )
    for c in P1_CHALLENGES:
        s.append(Paragraph(c, BULLET, bulletText="•"))
    s.append(PageBreak())

    # Page 6: follow-up of previous plan as prose list
    s.append(Paragraph("4 Uppföljning av föregående plan", H1))
    s.append(
        Paragraph(
            hy(
                "Kompetensförsörjningsplanen för 2024–2025 innehöll åtta prioriterade aktiviteter. Nedan "
                "redovisas hur långt arbetet har kommit. Status anges inom parentes efter varje aktivitet. "
                "Aktiviteter som inte är genomförda har antingen förts över till den nya planen eller "
                "avslutats efter beslut i förvaltningens ledningsgrupp."
            ),
            BODY,
        )
    )
    for area, text, status in P1_FOLLOWUP:
        s.append(Paragraph(f"<b>{area}</b> – {text} ({status}).", BULLET, bulletText="•"))
    s.append(
        Paragraph(
            hy(
                "Sammantaget har tre av åtta aktiviteter genomförts och tre pågår. Den friskvårdstimme som inte kunnat "
                "införas prövas i stället i mindre skala inom ramen för arbetsmiljöarbetet, och "
                "kunskapsöverföringen inför pensionsavgångar har lyfts in som en egen aktivitet i den nya "
                "planen."
            ),
            BODY,
        )
    )
    s.append(PageBreak())

    # Page 7-8: activity table sorted by responsible
    s.append(Paragraph("5 Aktiviteter 2026–2028", H1))
    s.append(
        Paragraph(
            hy(
                "Aktiviteterna är sorterade efter ansvarig funktion för att underlätta uppföljningen i "
                "respektive ledningsgrupp. Kolumnen Område anger vilket område i kompetensförsörjnings"
                "modellen aktiviteten hör till."
            ),
            BODY,
        )
    )
    arows = [
        [Paragraph(h, ACELL_B) for h in ["Ansvarig", "Område", "Aktivitet", "Klart senast", "Uppföljning"]]
    ]
    for resp, _rl, area, _ar, act, tgt, _end, fu in P1_ACTIVITIES:
        arows.append(
            [
                Paragraph(resp, ACELL),
                Paragraph(area, ACELL),
                Paragraph(act, ACELL),
                Paragraph(tgt, ACELL),
                Paragraph(fu, ACELL),
            ]
        )
    at = Table(arows, colWidths=[38 * mm, 21 * mm, 51 * mm, 21 * mm, 35 * mm], repeatRows=1)
    at.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PALE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    s.append(at)

    s.append(Paragraph("6 Genomförande och uppföljning", H1))
    s += [
        Paragraph(hy(x), BODY)
        for x in [
            "Aktiviteterna genomförs inom befintlig budget om inget annat anges. Avdelningarna redovisar "
            "status i samband med tertialuppföljningen, och HR-avdelningen sammanställer en samlad "
            "uppföljning till nämnden i verksamhetsberättelsen.",
            "Planen revideras årligen. Vid revideringen uppdateras nyckeltalen, bedömningen per "
            "yrkesgrupp och aktiviteterna utifrån resultatet av föregående års arbete och förändringar i "
            "omvärlden, till exempel nya nationella krav på kompetens i äldreomsorgen.",
        ]
    ]
    return s


def build_p1(out: Path) -> None:
    """Write plan 1 to out."""
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        invariant=1,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Sundsvalls kommun",
        creator="Vård- och omsorgsförvaltningen",
        producer="layouts_g",
    )
    doc.build(p1_story(), onFirstPage=p1_header_footer, onLaterPages=p1_header_footer)


# ---------------------------------------------------------------------------------------------
# Plan 2: Samhällsbyggnadsförvaltningen, Orsa kommun (DOCX)
# ---------------------------------------------------------------------------------------------

P2_FILE = "orsa-samhallsbyggnad-kfp-2026-2027.docx"
P2_ADMIN = "Samhällsbyggnadsförvaltningen, Orsa kommun"
P2_PERIOD = "2026-2027"

WORDS = {"Sju": 7, "Nio": 9, "elva": 11, "Tre": 3, "Fyra": 4}

# (sentence, [(metric, value, unit, as_of, scope, headline)])
P2_FIGS = [
    (
        "Den 31 december 2025 hade förvaltningen 68 medarbetare.",
        [("employees_total", 68, "count", "2025", None, True)],
    ),
    (
        "61 av 68 medarbetare har en tillsvidareanställning.",
        [("employees_permanent", 61, "count", "2025", None, True)],
    ),
    (
        "Sju medarbetare har en visstidsanställning, främst säsongsanställda inom park och VA.",
        [("employees_temporary", 7, "count", "2025", None, True)],
    ),
    ("26 av 68 medarbetare är kvinnor.", [("women_count", 26, "count", "2025", None, True)]),
    (
        "Andelen män är 62 procent, vilket är betydligt högre än i kommunen som helhet.",
        [("men_share", 62, "percent", "2025", None, True)],
    ),
    ("Medelåldern i förvaltningen är 49 år.", [("average_age", 49, "years", "2025", None, True)]),
    ("Fjorton av 61 tillsvidareanställda är 60 år eller äldre.", []),
    ("Sjukfrånvaron var 4,6 procent under 2025.", [("sick_leave_pct", 4.6, "percent", "2025", None, True)]),
    (
        "Korttidssjukfrånvaron, dag 1–14, var 2,1 procent.",
        [("short_sick_leave_pct", 2.1, "percent", "2025", None, True)],
    ),
    (
        "Nio tillsvidareanställda slutade under året, vilket motsvarar en personalomsättning på 14,8 procent.",
        [
            ("departures", 9, "count", "2025", "tillsvidareanställda", True),
            ("turnover_pct", 14.8, "percent", "2025", None, True),
        ],
    ),
    (
        "Förvaltningen gjorde elva externa rekryteringar under 2025.",
        [("recruitments", 11, "count", "2025", None, True)],
    ),
    (
        "Tre av 61 tillsvidareanställda arbetar deltid på egen begäran.",
        [("part_time_count", 3, "count", "2025", "tillsvidareanställda", True)],
    ),
    (
        "Andelen heltidsanställda är därmed 95 procent.",
        [("full_time_share", 95, "percent", "2025", None, True)],
    ),
    (
        "Fyra timavlönade arbetade med parkskötsel under sommaren 2025.",
        [("hourly_staff", 4, "count", "2025", None, True)],
    ),
]

P2_RETIRE = [
    ("Byggnadsinspektör", [1, 0, 0, 1, 0]),
    ("Miljö- och hälsoskyddsinspektör", [0, 1, 0, 0, 1]),
    ("Drifttekniker VA", [1, 2, 0, 1, 1]),
    ("Parkarbetare", [0, 1, 1, 0, 1]),
    ("Fastighetsskötare", [1, 0, 1, 1, 0]),
    ("Administratör", [0, 0, 1, 0, 0]),
    ("Enhetschef", [0, 1, 0, 0, 1]),
]
YEARS = ["2026", "2027", "2028", "2029", "2030"]

P2_GAPS = [
    (
        "Myndighetsutövning inom bygg och miljö",
        [
            "Byggnadsinspektör med erfarenhet av tillsyn enligt plan- och bygglagen",
            "Miljö- och hälsoskyddsinspektör med inriktning på livsmedelskontroll",
        ],
    ),
    (
        "Vatten och avlopp",
        [
            "Drifttekniker med kunskap om styr- och övervakningssystem",
            "Processingenjör inför driftstarten av det nya vattenverket",
        ],
    ),
    ("Planarkitekt – detaljplanearbetet köps i dag helt av konsulter", []),
    (
        "Digitalisering",
        [
            "GIS-kompetens för kartunderlag och bygglovshantering",
            "Förvaltning och vidareutveckling av e-tjänster för bygglov och tillsyn",
        ],
    ),
    ("Chefs- och ledarförsörjning inför pensionsavgångar bland enhetscheferna", []),
]

# Prose activities per area: (area, paragraphs); each paragraph is a list of segments, each
# segment either a plain string or a dict describing the activity sentence it contains.
P2_ACTS = {
    "Utveckla": [
        dict(
            act="Under 2026 kommer förvaltningen att utbilda samtliga inspektörer i det nya "
            "ärendehanteringssystemet för bygg och miljö",
            tail="Ansvarig är miljö- och byggchefen och utbildningen ska vara genomförd senast i juni 2026.",
            resp="miljö- och byggchefen",
            rl=["miljö- och byggchefen"],
            tgt="juni 2026",
            end="2026-06-30",
            fu=None,
        ),
        dict(
            act="Förvaltningen ska också ta fram individuella utvecklingsplaner för alla medarbetare "
            "i samband med medarbetarsamtalen",
            tail="Ansvarig är respektive enhetschef och planerna ska finnas på plats under hösten 2026.",
            resp="respektive enhetschef",
            rl=["respektive enhetschef"],
            tgt="hösten 2026",
            end="2026-12-31",
            fu=None,
        ),
        dict(
            act="Två drifttekniker kommer att gå en yrkeshögskoleutbildning i styr- och "
            "reglerteknik på deltid",
            tail="VA-chefen ansvarar för insatsen, som pågår till och med 2027. Insatsen följs upp i "
            "den årliga kompetenskartläggningen.",
            resp="VA-chefen",
            rl=["VA-chefen"],
            tgt="2027",
            end="2027-12-31",
            fu="Insatsen följs upp i den årliga kompetenskartläggningen",
        ),
    ],
    "Behålla": [
        dict(
            act="Under året kommer förvaltningen att se över lönestrukturen för inspektörer och "
            "ingenjörer i jämförelse med grannkommunerna",
            tail="Ansvarig är förvaltningschefen med stöd av HR-konsulten och arbetet ska vara "
            "klart i mars 2027.",
            resp="förvaltningschefen med stöd av HR-konsulten",
            rl=["förvaltningschefen", "HR-konsulten"],
            tgt="mars 2027",
            end="2027-03-31",
            fu=None,
        ),
        dict(
            act="Förvaltningen kommer att erbjuda flexibel arbetstid och distansarbete i de tjänster "
            "där verksamheten tillåter det",
            tail="Ansvariga är enhetscheferna och arbetet sker löpande.",
            resp="enhetscheferna",
            rl=["enhetscheferna"],
            tgt="löpande",
            end=None,
            fu=None,
        ),
        dict(
            act="En friskvårdssatsning med gemensamma aktiviteter en gång per kvartal ska "
            "genomföras för hela förvaltningen",
            tail="Ansvarig är förvaltningens arbetsmiljögrupp och satsningen ska vara genomförd under "
            "2026. Resultatet följs upp i medarbetarenkäten.",
            resp="förvaltningens arbetsmiljögrupp",
            rl=["förvaltningens arbetsmiljögrupp"],
            tgt="2026",
            end="2026-12-31",
            fu="Resultatet följs upp i medarbetarenkäten",
        ),
    ],
    "Rekrytera": [
        dict(
            act="Förvaltningen kommer att samarbeta med övriga kommuner i norra Dalarna om "
            "gemensamma annonser och rekryteringsträffar för bristyrken",
            tail="Ansvarig är HR-konsulten och samarbetet ska vara igång under våren 2026.",
            resp="HR-konsulten",
            rl=["HR-konsulten"],
            tgt="våren 2026",
            end="2026-06-30",
            fu=None,
        ),
        dict(
            act="Vi kommer att erbjuda sommarjobb och examensarbeten för studenter inom miljö- och "
            "hälsoskydd och VA-teknik",
            tail="Ansvariga är miljö- och byggchefen och VA-chefen, och arbetet ska vara klart under "
            "hösten 2026.",
            resp="miljö- och byggchefen och VA-chefen",
            rl=["miljö- och byggchefen", "VA-chefen"],
            tgt="hösten 2026",
            end="2026-12-31",
            fu=None,
        ),
        dict(
            act="Vid varje ledig tjänst ska förvaltningen pröva om tjänsten kan delas med en annan "
            "kommun i länet",
            tail="Ansvarig är förvaltningschefen och arbetet pågår under hela planperioden.",
            resp="förvaltningschefen",
            rl=["förvaltningschefen"],
            tgt="under hela planperioden",
            end="2027-12-31",
            fu=None,
        ),
    ],
    "Avsluta": [
        dict(
            act="Förvaltningen kommer att införa minst en månads överlappning när en medarbetare i "
            "ett bristyrke går i pension",
            tail="Ansvarig är respektive enhetschef och rutinen ska vara beslutad senast i januari 2026.",
            resp="respektive enhetschef",
            rl=["respektive enhetschef"],
            tgt="januari 2026",
            end="2026-01-31",
            fu=None,
        ),
        dict(
            act="Alla som slutar kommer att erbjudas ett avslutssamtal med närmaste chef och en "
            "digital avgångsenkät",
            tail="HR-konsulten ansvarar för enkäten och sammanställer resultatet i december 2026.",
            resp="HR-konsulten",
            rl=["HR-konsulten"],
            tgt="december 2026",
            end="2026-12-31",
            fu=None,
        ),
    ],
}

P2_AREA_INTRO = {
    "Utveckla": "Förvaltningens medarbetare behöver följa med i snabbt förändrade regelverk och ny teknik.",
    "Behålla": "Flera av de yrken förvaltningen behöver är eftertraktade även i privat sektor och i "
    "större kommuner, och det är därför viktigt att erfarna medarbetare vill stanna.",
    "Rekrytera": "Rekryteringsläget är svårt för tekniska tjänster och myndighetsutövning, och "
    "förvaltningen behöver bredda sina rekryteringsvägar.",
    "Avsluta": "När en medarbetare slutar ska kunskapen stanna kvar i förvaltningen.",
}


def deterministic_docx(doc, out: Path) -> None:
    """Save a python-docx Document with fixed zip timestamps so the bytes are stable."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def build_p2(out: Path) -> None:
    """Write plan 2 to out."""
    import datetime as dt

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = "Orsa kommun"
    cp.title = "Kompetensförsörjningsplan Samhällsbyggnadsförvaltningen 2026–2027"
    cp.created = cp.modified = dt.datetime(2025, 11, 20, 9, 0, 0)
    cp.last_modified_by = "Orsa kommun"
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    def brk():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    head = doc.add_paragraph()
    r = head.add_run("ORSA KOMMUN")
    r.bold = True
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    head.add_run("\tSamhällsbyggnadsförvaltningen").font.size = Pt(10)
    meta = doc.add_paragraph()
    meta.add_run(
        "Dokumenttyp: Plan\nBeslutad av: Förvaltningschef, 2025-11-20\nGäller: 2026-01-01 – "
        "2027-12-31\nDiarienummer: SBF 2025/188"
    ).font.size = Pt(9)
    doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    rr = t.add_run("Kompetensförsörjningsplan för Samhällsbyggnadsförvaltningen 2026–2027")
    rr.bold = True
    rr.font.size = Pt(20)
    doc.add_heading("1. Inledning", level=1)
    for x in [
        "Samhällsbyggnadsförvaltningen ansvarar för fysisk planering, bygglov, miljö- och "
        "hälsoskydd, vatten och avlopp, gator och parker samt kommunens fastigheter. Förvaltningen "
        "är liten och många funktioner bemannas av en eller två personer, vilket gör verksamheten "
        "sårbar när någon slutar eller är frånvarande under längre tid.",
        "Planen gäller för två år och beskriver förvaltningens nuläge, de kompetensgap som har "
        "identifierats och de aktiviteter som ska genomföras. Den bygger på kommunens gemensamma "
        "riktlinje för kompetensförsörjning och har tagits fram av förvaltningens ledningsgrupp med "
        "stöd av HR. Planen har behandlats i förvaltningens samverkansgrupp.",
    ]:
        doc.add_paragraph(x)
    doc.add_heading("2. Förvaltningens uppdrag och omvärld", level=1)
    doc.add_paragraph(
        "Kommunen växer långsamt men antalet fritidshus och besökare ökar, vilket ger fler "
        "bygglovsärenden och högre belastning på vatten- och avloppsnätet under sommar och vinter. "
        "Ett nytt vattenverk ska tas i drift under planperioden och kraven på tillsyn och "
        "livsmedelskontroll skärps. Samtidigt är konkurrensen om tekniker, ingenjörer och "
        "inspektörer hård i hela länet."
    )
    brk()

    doc.add_heading("3. Nuläge", level=1)
    doc.add_heading("Nyckeltal", level=2)
    doc.add_paragraph("Uppgifterna är hämtade ur kommunens personalsystem.")
    for sent, _items in P2_FIGS:
        doc.add_paragraph(sent)
    total_ret = sum(sum(v) for _o, v in P2_RETIRE)
    sent = f"Under perioden 2026–2030 kan {total_ret} medarbetare gå i pension om alla går vid 67 års ålder."
    doc.add_heading("Pensionsavgångar", level=2)
    doc.add_paragraph(sent + " Tabellen visar möjliga pensionsavgångar per yrke och år.")
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Light Grid Accent 1"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Yrke"] + YEARS):
        tbl.rows[0].cells[i].text = h
    for occ, vals in P2_RETIRE:
        cells = tbl.add_row().cells
        cells[0].text = occ
        shown = [str(v) if v else "–" for v in vals]
        for i, v in enumerate(shown):
            cells[i + 1].text = v
    sums = [sum(v[i] for _o, v in P2_RETIRE) for i in range(5)]
    cells = tbl.add_row().cells
    cells[0].text = "Totalt"
    for i, v in enumerate(sums):
        cells[i + 1].text = str(v)
    brk()

    doc.add_heading("4. Kompetensbehov", level=1)
    doc.add_paragraph(
        "Behoven har identifierats i verksamhetsdialoger med varje enhet under hösten 2025. De "
        "gap som bedöms mest kritiska för att förvaltningen ska klara sitt uppdrag är följande."
    )
    doc.add_heading("Identifierade kompetensgap", level=2)
    for parent, subs in P2_GAPS:
        doc.add_paragraph(parent, style="List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")
    doc.add_paragraph(
        "Flera av gapen hänger ihop med kommande pensionsavgångar. Särskilt sårbara är VA-driften "
        "och byggnadsinspektionen, där kunskap om lokala anläggningar och tidigare ärenden i stor "
        "utsträckning finns hos enskilda medarbetare."
    )
    brk()

    doc.add_heading("5. Aktiviteter", level=1)
    doc.add_paragraph(
        "Aktiviteterna är ordnade efter kommunens modell för kompetensförsörjning. Områden där "
        "förvaltningen inte planerar egna aktiviteter utöver kommunens gemensamma arbete redovisas "
        "inte."
    )
    for n, (area, items) in enumerate(P2_ACTS.items()):
        if n == 2:
            brk()
        doc.add_heading(area, level=2)
        doc.add_paragraph(P2_AREA_INTRO[area])
        for it in items:
            doc.add_paragraph(f"{it['act']}. {it['tail']}")
    doc.add_heading("6. Uppföljning", level=1)
    doc.add_paragraph(
        "Ledningsgruppen följer upp aktiviteterna i samband med delårsrapporten och årsredovisningen. "
        "Planen revideras inför 2028 och då görs en ny kartläggning av kompetensbehoven."
    )
    deterministic_docx(doc, out)


def main(argv: list[str]) -> None:
    """Build both plans into the folder argv names."""
    if len(argv) != 1:
        raise SystemExit(__doc__)
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    build_p1(outdir / P1_FILE)
    build_p2(outdir / P2_FILE)


if __name__ == "__main__":
    main(sys.argv[1:])
