#!/usr/bin/env python
"""Write four competence supply plans (kompetensförsörjningsplaner) in layouts that differ
from the sample plans.  Usage:  python make_layouts.py OUTDIR

  1. kulturforvaltningen-stockholm-2025-2027.docx  DOCX, Word heading styles, activity table with
     merged cells (section row per UBARA area, vertically merged "Behov" cell), figures in a Word
     table and in prose, gap bullets under "Kompetensgap", explicit page breaks.
  2. harnosands-kommun-2026-2028.docx  DOCX, activities as bullets under paired area headings with
     labelled lines (Ansvarig/När/Klart), numbered gap list under "Utmaningar", figure table
     "Nyckeltal | 2023 | 2024".
  3. region-varmland-hsf-2025-2026.pdf  PDF, letterhead (Region Värmland + writing unit), activity
     table without ruling lines "Vad | Varför | Vem | När" continuing over a page break with the
     header repeated, figures in prose with traps and in an unruled year table.
  4. borlange-energi-2025.pdf  PDF, short plan of a municipal company: small ruled activity table,
     prose bullets under "Fler aktiviteter", gaps under "Kompetensbehov framåt", bulleted
     "Nyckeltal i korthet".

All content lives in this file.  Output is byte-for-byte deterministic.
"""

import datetime
import io
import os
import sys
import zipfile
from xml.sax.saxutils import escape

# --------------------------------------------------------------------------------------------
# Plan content (also imported by build_gold.py so the gold uses the exact same strings)
# --------------------------------------------------------------------------------------------

# ---------- Plan 1: Kulturförvaltningen, Stockholms stad ----------
P1_FILE = "kulturforvaltningen-stockholm-2025-2027.docx"
P1_ADMIN = "Kulturförvaltningen i Stockholms stad"
P1_PERIOD = "2025-2027"

# Activities: (area, goal, activity, deadline, responsible, followup); consecutive rows with the
# same goal inside one area share one vertically merged "Behov" cell.
P1_ACTIVITIES = [
    (
        "Utveckla",
        "Medarbetare behöver fördjupad digital kompetens för att möta besökare och elever i digitala kanaler",
        "Genomföra kompetenslyftet Digital vardag för alla medarbetare på biblioteken",
        "2025-12-31",
        "Avdelningschef Stadsbiblioteket",
        "Andel genomförda utbildningar i kompetensportalen",
    ),
    (
        "Utveckla",
        "Medarbetare behöver fördjupad digital kompetens för att möta besökare och elever i digitala kanaler",
        "Utbilda digitala handledare som stöttar kollegor på sina enheter",
        "Q2 2025",
        "Utvecklingsavdelningen",
        "Antal utbildade handledare",
    ),
    (
        "Utveckla",
        "Medarbetare behöver fördjupad digital kompetens för att möta besökare och elever i digitala kanaler",
        "Pröva AI-stöd i katalogisering och arkivbeskrivning i en pilot",
        "2026-06-30",
        "Stadsarkivet och IT-enheten",
        "Utvärderingsrapport till ledningsgruppen",
    ),
    (
        "Utveckla",
        "Chefer behöver stöd i att leda i förändring",
        "Erbjuda chefer förvaltningens ledarprogram Leda kultur i förändring",
        "HT 2025",
        "HR-avdelningen",
        "Deltagarutvärdering efter avslutat program",
    ),
    (
        "Behålla",
        "Minska personalomsättningen bland pedagoger på Kulturskolan",
        "Se över tjänstefördelningen så att fler pedagoger erbjuds heltid",
        "VT 2026",
        "Kulturskolechef",
        "Andel heltidsanställda pedagoger",
    ),
    (
        "Behålla",
        "Minska personalomsättningen bland pedagoger på Kulturskolan",
        "Införa utvecklingssamtal med individuell kompetensplan för samtliga pedagoger",
        "2025-10-31",
        "Rektorer på Kulturskolan",
        "Andel medarbetare med kompetensplan",
    ),
    (
        "Behålla",
        "Bibehålla en god arbetsmiljö på enheter med kvälls- och helgöppet",
        "Genomföra riskbedömning av ensamarbete på bibliotek med kvälls- och helgöppet",
        "Q1 2025",
        "Biblioteksområdeschefer med stöd av HR",
        "Genomförd riskbedömning och handlingsplan",
    ),
    (
        "Attrahera",
        "Nå fler sökande med kulturarvskompetens och bredare bakgrund",
        "Ta emot praktikanter från högskoleutbildningar i arkiv- och informationsvetenskap",
        "Löpande",
        "Stadsarkivet",
        "Antal praktikanter per termin",
    ),
    (
        "Attrahera",
        "Nå fler sökande med kulturarvskompetens och bredare bakgrund",
        "Medverka på Bok & Bibliotek och på lärosätenas arbetsmarknadsdagar",
        "2025",
        "Kommunikationsavdelningen och HR",
        "Antal kontakter och inkomna ansökningar",
    ),
    (
        "Rekrytera",
        "Säkra kompetensbaserad och inkluderande rekrytering",
        "Använda stadens mallar för kravprofiler vid samtliga rekryteringar",
        "Löpande",
        "Rekryterande chef",
        "Stickprov i Jobba i staden",
    ),
    (
        "Rekrytera",
        "Säkra kompetensbaserad och inkluderande rekrytering",
        "Utbilda nya chefer i kompetensbaserad rekrytering inom sex månader från tillträdet",
        "2025-12-31",
        "HR-avdelningen",
        "Andel nya chefer som gått utbildningen",
    ),
    (
        "Introducera",
        "Nyanställda ska snabbt känna sig trygga i uppdrag och organisation",
        "Erbjuda en förvaltningsgemensam introduktionsdag varje termin",
        "Varje termin",
        "HR-avdelningen",
        "Utvärdering efter introduktionsdagen",
    ),
    (
        "Introducera",
        "Nyanställda ska snabbt känna sig trygga i uppdrag och organisation",
        "Utse en fadder för varje nyanställd under de första tre månaderna",
        "Löpande",
        "Närmaste chef",
        "Nyanställdenkät efter sex månader",
    ),
    (
        "Avsluta",
        "Ta tillvara kunskap och erfarenheter när medarbetare slutar",
        "Genomföra strukturerade avslutssamtal och följa upp avgångsenkäten",
        "Löpande",
        "Närmaste chef och HR",
        "Sammanställning per tertial",
    ),
    (
        "Avsluta",
        "Ta tillvara kunskap och erfarenheter när medarbetare slutar",
        "Ta fram en rutin för kunskapsöverföring inför pensionsavgångar i nyckelroller",
        "2026-03-31",
        "HR-avdelningen",
        "Rutin beslutad i ledningsgruppen",
    ),
]

P1_GAPS = [
    "Bibliotekarier med kompetens inom digital delaktighet och källkritik",
    "Pedagoger i dans, teater och elektronisk musik till Kulturskolan",
    "Antikvarisk kompetens inom byggnadsvård och kulturmiljö",
    "Arkivarier med kunskap om e-arkiv och informationsförvaltning",
    "Projektledare för evenemang och publik verksamhet",
    "Chefer med erfarenhet av förändringsledning och lokalomställning",
]

P1_FIG_TABLE = [  # Nyckeltal | Kulturförvaltningen 2024 | Stockholms stad 2024
    ("Andel kvinnor, %", "68", "70"),
    ("Andel män, %", "32", "30"),
    ("Medelålder, år", "47,8", "45,2"),
    ("Sjukfrånvaro totalt, %", "5,4", "6,9"),
    ("Korttidssjukfrånvaro dag 1–14, %", "2,1", "2,6"),
    ("Personalomsättning, %", "8,3", "10,1"),
    ("Andel heltidsanställda, %", "88", "84"),
]

# ---------- Plan 2: Härnösands kommun ----------
P2_FILE = "harnosands-kommun-2026-2028.docx"
P2_ADMIN = "Härnösands kommun"
P2_PERIOD = "2026-2028"

# (area heading, activity, [(label, value), ...])
P2_ACTIVITIES = [
    (
        "Attrahera och rekrytera",
        "Ta fram en gemensam arbetsgivarfilm och uppdatera karriärsidan på kommunens webbplats",
        [("Ansvarig", "Kommunikationsenheten och HR-avdelningen"), ("Klart", "2026-06-30")],
    ),
    (
        "Attrahera och rekrytera",
        "Erbjuda sommarjobb och praktik till gymnasieelever inom vård och omsorg",
        [("Ansvarig", "Socialförvaltningen"), ("När", "Varje sommar")],
    ),
    (
        "Attrahera och rekrytera",
        "Utveckla samarbetet med Mittuniversitetet om verksamhetsförlagd utbildning för lärare och socionomer",
        [("Ansvarig", "Utbildningsförvaltningen, Socialförvaltningen"), ("När", "Löpande")],
    ),
    (
        "Attrahera och rekrytera",
        "Införa rekryteringsstöd från HR vid alla chefsrekryteringar",
        [("Ansvarig", "HR-chef"), ("Klart", "Q1 2026")],
    ),
    (
        "Utveckla och behålla",
        "Erbjuda undersköterskor validering och kompletterande utbildning för yrkestiteln undersköterska",
        [("Ansvarig", "Vård- och omsorgschef"), ("När", "2026–2027")],
    ),
    (
        "Utveckla och behålla",
        "Införa en karriärtrappa i tre steg för socialsekreterare",
        [("Ansvarig", "Socialchef med stöd av HR"), ("Klart", "2026-12-31")],
    ),
    (
        "Utveckla och behålla",
        "Ge chefer med fler än 30 medarbetare stöd av en administrativ assistent",
        [("Ansvarig", "Kommundirektör"), ("När", "HT 2026")],
    ),
    (
        "Utveckla och behålla",
        "Erbjuda alla medarbetare grundutbildning i välfärdsteknik och digitala arbetssätt",
        [("Ansvarig", "Digitaliseringsenheten"), ("När", "Start HT 2026"), ("Klart", "2027-06-30")],
    ),
    (
        "Utveckla och behålla",
        "Fortsätta arbetet med heltid som norm inom vård och omsorg",
        [("Ansvarig", "Förvaltningschefer"), ("När", "Löpande")],
    ),
    (
        "Introducera",
        "Genomföra en kommungemensam introduktionsdag för nyanställda fyra gånger per år",
        [("Ansvarig", "HR-avdelningen"), ("När", "Från VT 2026")],
    ),
    (
        "Introducera",
        "Ta fram digitala introduktionsmoduler för vikarier inom vård och omsorg",
        [("Ansvarig", "Socialförvaltningen och HR-avdelningen"), ("Klart", "Q3 2026")],
    ),
    (
        "Avsluta",
        "Erbjuda avslutssamtal och en digital avgångsenkät till alla som slutar",
        [("Ansvarig", "Närmaste chef"), ("När", "Löpande")],
    ),
    (
        "Avsluta",
        "Erbjuda seniora medarbetare att bli mentorer under sitt sista anställningsår",
        [("Ansvarig", "Förvaltningschefer samt HR-avdelningen"), ("Klart", "2027-12-31")],
    ),
]

P2_GAPS = [
    "Brist på legitimerade förskollärare och lärare i matematik, NO och moderna språk",
    "Svårt att rekrytera sjuksköterskor till hemsjukvården och särskilda boenden",
    "Hög personalomsättning bland socialsekreterare inom barn och unga",
    "Stora pensionsavgångar bland undersköterskor fram till 2030",
    "Behov av ingenjörer och projektledare inom samhällsbyggnad",
    "Otillräcklig digital kompetens för att kunna använda välfärdsteknik fullt ut",
    "Chefer med stora personalgrupper och begränsat administrativt stöd",
]

P2_FIG_TABLE = [  # Nyckeltal | 2023 | 2024
    ("Antal tillsvidareanställda", "2 214", "2 247"),
    ("Antal visstidsanställda (månadsavlönade)", "186", "171"),
    ("Andel kvinnor (%)", "79", "78"),
    ("Medelålder (år)", "46,9", "46,5"),
    ("Sjukfrånvaro (%)", "7,8", "7,3"),
    ("Personalomsättning (%)", "9,6", "8,9"),
    ("Pensionsavgångar", "58", "63"),
    ("Hållbart medarbetarengagemang, HME", "79", "80"),
]

# ---------- Plan 3: Region Värmland, Hälso- och sjukvårdsförvaltningen ----------
P3_FILE = "region-varmland-hsf-2025-2026.pdf"
P3_ADMIN = "Hälso- och sjukvårdsförvaltningen i Region Värmland"
P3_PERIOD = "2025-2026"

# (area, vad, varför, vem, när)
P3_ACTIVITIES = [
    (
        "Utveckla",
        "Utöka antalet betalda specialistutbildningar för sjuksköterskor till 60 platser per år",
        "Minska bristen på specialistsjuksköterskor inom intensivvård, anestesi och operation",
        "Områdeschefer med stöd av HR",
        "2025–2026",
    ),
    (
        "Utveckla",
        "Införa kliniska karriärvägar med tydliga nivåer för sjuksköterskor och undersköterskor",
        "Skapa utvecklingsmöjligheter som gör att fler vill stanna kvar i vården",
        "HR-avdelningen",
        "Q4 2025",
    ),
    (
        "Utveckla",
        "Genomföra ledarprogrammet Ny chef i vården för alla chefer som är nya i uppdraget",
        "Stärka första linjens chefer i ledarskap, arbetsrätt och ekonomi",
        "Regionens ledarskapsenhet",
        "Löpande",
    ),
    (
        "Behålla",
        "Fortsätta införandet av hälsosamma scheman med ökat inflytande över arbetstiden",
        "Minska sjukfrånvaron och personalomsättningen",
        "Verksamhetschefer",
        "Löpande",
    ),
    (
        "Behålla",
        "Utreda en lönemodell med tydligare koppling mellan specialistkompetens och lön",
        "Behålla erfarna specialistsjuksköterskor",
        "HR-direktör",
        "2025-09-30",
    ),
    (
        "Behålla",
        "Genomföra stay interviews med medarbetare som har arbetat två till fem år",
        "Fånga upp orsaker till att medarbetare överväger att sluta",
        "Närmaste chef",
        "HT 2025",
    ),
    (
        "Attrahera",
        "Erbjuda sjuksköterskestudenter vid Karlstads universitet sommaranställning med handledning",
        "Knyta framtida medarbetare till regionen tidigt i utbildningen",
        "Områdeschefer",
        "Årligen",
    ),
    (
        "Attrahera",
        "Marknadsföra regionen som arbetsgivare i nationella kanaler för läkare",
        "Öka antalet sökande till tjänster som specialistläkare",
        "Kommunikationsenheten",
        "2025",
    ),
    (
        "Rekrytera",
        "Avveckla beroendet av inhyrd personal genom en central bemanningsenhet",
        "Säkra bemanningen utan kostsam hyrpersonal",
        "Bemanningscentrum",
        "2026-12-31",
    ),
    (
        "Rekrytera",
        "Rekrytera undersköterskor med utländsk utbildning via snabbspår med språkstöd",
        "Bredda rekryteringsbasen för undersköterskor",
        "HR-avdelningen och regionens utbildningsenhet",
        "Q2 2026",
    ),
    (
        "Introducera",
        "Införa ett gemensamt introduktionsår för nyutexaminerade sjuksköterskor",
        "Ge trygghet under första året och minska tidiga avgångar",
        "Chefssjuksköterskor",
        "2025-08-31",
    ),
    (
        "Introducera",
        "Erbjuda alla nyanställda läkare en klinisk mentor under det första året",
        "Underlätta övergången till en ny arbetsplats",
        "Verksamhetschefer",
        "Löpande",
    ),
    (
        "Avsluta",
        "Följa upp resultatet av avgångsenkäten i förvaltningens ledningsgrupp",
        "Förstå varför medarbetare väljer att sluta",
        "HR-avdelningen",
        "Kvartalsvis",
    ),
    (
        "Avsluta",
        "Erbjuda medarbetare som går i pension timanställning för att handleda nya kollegor",
        "Behålla erfarenhet och föra kunskap vidare",
        "Områdeschefer",
        "2025–2026",
    ),
]

P3_FOLLOWUP = [  # föregående plans aktiviteter: (aktivitet, status)
    ("Införa en digital nyanställningsenkät", "Genomförd under våren 2024"),
    ("Halvera kostnaderna för inhyrd personal", "Delvis genomförd, kostnaden minskade med 46 procent"),
    ("Utbilda chefer i hälsosam schemaläggning", "Pågår och fortsätter under 2025"),
]

P3_GAPS = [  # (theme, text)
    ("Omvårdnad", "Specialistsjuksköterskor inom intensivvård, anestesi och operation"),
    ("Omvårdnad", "Barnmorskor till förlossnings- och BB-vården"),
    ("Omvårdnad", "Undersköterskor med erfarenhet av akutsjukvård"),
    ("Läkare", "Specialister i allmänmedicin och psykiatri"),
    ("Läkare", "Röntgenläkare, där bristen i dag delvis täcks med teleradiologi"),
    ("Ledning och stöd", "Första linjens chefer med vårdbakgrund"),
    ("Ledning och stöd", "Medicinska sekreterare med kompetens i digital dokumentation och taligenkänning"),
]

P3_YEAR_TABLE = [  # (label, 2022, 2023, 2024)
    ("Personalomsättning, %", "11,5", "10,2", "8,7"),
    ("Sjukfrånvaro, %", "7,9", "7,6", "7,2"),
    ("Inhyrda sjuksköterskor, årsarbetare", "41", "29", "12"),
]

# ---------- Plan 4: Borlänge Energi AB ----------
P4_FILE = "borlange-energi-2025.pdf"
P4_ADMIN = "Borlänge Energi AB"
P4_PERIOD = "2025"

P4_TABLE_ACTIVITIES = [  # (aktivitet, område, klart senast, ansvar)
    (
        "Starta ett lärlingsprogram för elektriker tillsammans med gymnasiets elprogram",
        "Attrahera",
        "2025-08-15",
        "VD och elnätschef",
    ),
    (
        "Erbjuda sommarjobb och examensarbeten till studenter vid Högskolan Dalarna",
        "Attrahera/Rekrytera",
        "Q2 2025",
        "HR",
    ),
    (
        "Ta fram en kompetensmatris för alla tekniska befattningar",
        "Utveckla",
        "2025-10-31",
        "Avdelningschefer",
    ),
    ("Genomföra utbildning i OT-säkerhet för drift och underhåll", "Utveckla", "Q4 2025", "IT-chef"),
    (
        "Se över lönenivåerna för ingenjörer i förhållande till marknaden",
        "Behålla",
        "Lönerevisionen 2025",
        "VD/HR-chef",
    ),
    ("Införa strukturerad överlämning vid pensionsavgångar", "Avsluta", "2025-06-30", "HR och närmaste chef"),
]

P4_PROSE_ACTIVITIES = [  # (area, activity sentence, responsible, when-phrase, when value)
    (
        "Utveckla",
        "Alla medarbetare ska ha en individuell utvecklingsplan efter medarbetarsamtalet",
        "närmaste chef",
        "klart senast",
        "2025-12-31",
    ),
    (
        "Behålla",
        "Vi inför en friskvårdstimme i veckan för personal i skiftgång",
        "HR-chef",
        "klart senast",
        "Q1 2025",
    ),
    (
        "Introducera",
        "Nyanställda får en fadder och ett gemensamt introduktionsprogram med säkerhetsutbildning",
        "HR och skyddsombud",
        "",
        "löpande",
    ),
    (
        "Rekrytera",
        "Vi prövar kompetensbaserade intervjuer och arbetsprov vid alla tekniska rekryteringar",
        "rekryterande chef med stöd av HR",
        "klart senast",
        "HT 2025",
    ),
    (
        "Attrahera",
        "Vi deltar i Teknikcollege och tar emot prao-elever från grundskolan",
        "kommunikationsansvarig",
        "",
        "löpande",
    ),
]

P4_GAPS = [
    "Elnätsingenjörer med erfarenhet av nätplanering och anslutning av solel",
    "Drifttekniker till fjärrvärmen och kraftvärmeverket",
    "Elektriker med auktorisation AB",
    "Processtekniker och VA-ingenjörer till vattenverket",
    "Informationssäkerhet för industriella styrsystem (OT-säkerhet)",
    "Projektledare för större investeringsprojekt i elnätet",
]

P4_KEYFIGS = [  # bullet lines, as printed after the bullet
    "Antal anställda: 312",
    "varav tillsvidareanställda: 289",
    "Andel kvinnor: 27 %",
    "Medelålder: 46 år",
    "Sjukfrånvaro: 6,1 % (2024)",
    "Korttidssjukfrånvaro dag 1–14: 2,4 % (2024)",
    "Personalomsättning: 7,4 % (2024) och 9,0 % (2023)",
    "Nyrekryteringar 2024: 27",
    "Pensionsavgångar 2024: 8",
    "Sommarjobbare 2024: 24",
]


def target_end(t):
    """ISO end date for a written target date, or None."""
    import re

    if t is None:
        return None
    s = t.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return s
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return f"{s}-12-31"
    m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", s)
    if m:
        return f"{m.group(2)}-12-31"
    m = re.fullmatch(r"Q([1-4]) (\d{4})", s)
    if m:
        q, y = int(m.group(1)), m.group(2)
        return y + ["-03-31", "-06-30", "-09-30", "-12-31"][q - 1]
    m = re.fullmatch(r"HT (\d{4})", s)
    if m:
        return f"{m.group(1)}-12-31"
    m = re.fullmatch(r"VT (\d{4})", s)
    if m:
        return f"{m.group(1)}-06-30"
    return None


# --------------------------------------------------------------------------------------------
# DOCX helpers
# --------------------------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2024, 12, 12, 9, 0, 0)


def _docx_imports():
    import docx
    from docx.enum.text import WD_BREAK  # noqa

    return docx


def docx_page_break(doc):
    from docx.enum.text import WD_BREAK

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def docx_add_field(paragraph, instr, placeholder):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(placeholder)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def docx_shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def docx_repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def docx_set_col_widths(table, widths):
    """Fixed column widths: tblGrid and every w:tc (a gridSpan cell gets the sum)."""
    from docx.oxml.ns import qn

    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[col : col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = tcPr._add_tcW()
            tcW.set(qn("w:w"), str(w))
            tcW.set(qn("w:type"), "dxa")
            col += span


def docx_cell_text(cell, text, bold=False, size=None):
    from docx.shared import Pt

    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def docx_fix_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.subject = "Kompetensförsörjning"
    cp.keywords = "kompetensförsörjningsplan"
    cp.comments = ""
    cp.category = ""


def docx_save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_header_footer(doc, header_text, footer_prefix, footer_style):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run(header_text)
    hr.font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_prefix:
        fp.add_run(footer_prefix)
    if footer_style == "paren":  # Sida 3 (12)
        fp.add_run("Sida ")
        docx_add_field(fp, "PAGE", "1")
        fp.add_run(" (")
        docx_add_field(fp, "NUMPAGES", "1")
        fp.add_run(")")
    else:  # Sida 3 av 12
        fp.add_run("Sida ")
        docx_add_field(fp, "PAGE", "1")
        fp.add_run(" av ")
        docx_add_field(fp, "NUMPAGES", "1")


# --------------------------------------------------------------------------------------------
# Plan 1 (DOCX)
# --------------------------------------------------------------------------------------------
def make_plan1(outdir):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    docx_fix_props(doc, "Kompetensförsörjningsplan 2025–2027", "Kulturförvaltningen, HR-avdelningen")
    docx_header_footer(
        doc, "Stockholms stad · Kulturförvaltningen · Kompetensförsörjningsplan 2025–2027", "", "paren"
    )

    # ---- page 1: title page
    p = doc.add_paragraph()
    r = p.add_run("STOCKHOLMS STAD")
    r.bold = True
    r.font.size = Pt(12)
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Kompetensförsörjningsplan 2025–2027", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Kulturförvaltningen")
    r.font.size = Pt(16)
    doc.add_paragraph()
    doc.add_paragraph("Dnr KUF 2024/1187")
    doc.add_paragraph("Fastställd av förvaltningens ledningsgrupp den 12 december 2024")
    doc.add_paragraph("Handläggare: HR-avdelningen, kulturförvaltningen")
    docx_page_break(doc)

    # ---- page 2: inledning
    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(
        "Kulturförvaltningen i Stockholms stad ansvarar för Stadsbiblioteket, Kulturskolan Stockholm, "
        "Stadsmuseet, Stadsarkivet och stadens stöd till det fria kulturlivet. Uppdraget är brett och "
        "spänner från läsfrämjande för barn till förvaltning av stadens historiska arkiv. För att klara "
        "uppdraget behöver förvaltningen medarbetare med både djup ämneskunskap och förmåga att möta "
        "stockholmarna i nya former."
    )
    doc.add_heading("1.1 Syfte", level=2)
    doc.add_paragraph(
        "Planen beskriver hur förvaltningen ska säkra rätt kompetens under de kommande tre åren. Den "
        "bygger på stadens modell för kompetensförsörjning och är indelad efter områdena utveckla, "
        "behålla, attrahera, rekrytera, introducera och avsluta. Planen revideras årligen i samband med "
        "verksamhetsplanen."
    )
    doc.add_heading("1.2 Så har planen tagits fram", level=2)
    doc.add_paragraph(
        "Varje avdelning har genomfört en kompetensinventering under hösten 2024. Resultaten har "
        "diskuterats i avdelningarnas ledningsgrupper och i förvaltningens samverkansgrupp. "
        "HR-avdelningen har sammanställt underlagen och tagit fram förslag på gemensamma insatser."
    )
    docx_page_break(doc)

    # ---- page 3: nuläge
    doc.add_heading("2 Nuläge", level=1)
    doc.add_paragraph(
        "Den 31 oktober 2024 hade kulturförvaltningen 1 146 anställda, varav 968 tillsvidareanställda "
        "och 178 visstidsanställda månadsavlönade. Därutöver fanns 214 timavlönade som främst arbetar "
        "som publikvärdar och vikarierande pedagoger. Kulturskolan är förvaltningens största "
        "avdelning."
    )
    doc.add_paragraph("Tabell 1. Personalnyckeltal 2024 jämfört med Stockholms stad", style="Caption")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Nyckeltal", "Kulturförvaltningen 2024", "Stockholms stad 2024"]
    for i, h in enumerate(hdr):
        docx_cell_text(t.rows[0].cells[i], h, bold=True)
        docx_shade(t.rows[0].cells[i], "D9E2F3")
    for row in P1_FIG_TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            docx_cell_text(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Sjukfrånvaron ligger fortsatt under stadens genomsnitt men har ökat med 0,6 procentenheter "
        "jämfört med föregående år. Förvaltningens mål är att den totala sjukfrånvaron ska understiga "
        "5 procent. Personalomsättningen är högst bland pedagoger på Kulturskolan, där många har "
        "deltidsanställningar som kombineras med egen konstnärlig verksamhet."
    )
    doc.add_heading("2.1 Rekryteringar och avgångar", level=2)
    doc.add_paragraph(
        "Under 2024 genomförde förvaltningen 131 externa rekryteringar. Samma år gick 23 medarbetare "
        "i pension. Drygt en fjärdedel av de tillsvidareanställda, 263 personer, är 55 år eller äldre, "
        "vilket innebär att pensionsavgångarna väntas öka under planperioden, särskilt inom "
        "Stadsarkivet och Stadsmuseet."
    )
    docx_page_break(doc)

    # ---- page 4: kompetensanalys
    doc.add_heading("3 Kompetensanalys", level=1)
    doc.add_paragraph(
        "Biblioteken går mot en roll som mötesplatser för digital delaktighet och demokrati. "
        "Kulturskolan behöver bredda sitt utbud för att nå barn i ytterstadsdelar, och Stadsmuseet "
        "och Stadsarkivet står inför en omställning till digitala samlingar och e-arkiv. Samtidigt "
        "ökar kraven på projektledning när fler verksamheter drivs i samverkan med civilsamhället."
    )
    doc.add_paragraph(
        "Avdelningarnas inventeringar visar att de största skillnaderna mellan behov och befintlig "
        "kompetens finns inom följande områden."
    )
    doc.add_heading("Kompetensgap", level=2)
    for g in P1_GAPS:
        doc.add_paragraph(g, style="List Bullet")
    doc.add_paragraph(
        "Bristen på pedagoger i dans och teater bedöms som störst på kort sikt, medan behovet av "
        "e-arkivkompetens växer successivt i takt med att nya system införs."
    )
    docx_page_break(doc)

    # ---- page 5: aktiviteter (merged table)
    doc.add_heading("4 Aktiviteter 2025–2027", level=1)
    doc.add_paragraph(
        "Tabellen nedan visar förvaltningens gemensamma insatser. Avdelningarna kompletterar med egna "
        "aktiviteter i sina verksamhetsplaner."
    )
    cols = ["Behov", "Insats", "Deadline", "Ansvarig funktion", "Uppföljning"]
    widths = [Cm(3.6), Cm(4.6), Cm(2.2), Cm(3.0), Cm(3.2)]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        docx_cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        docx_shade(t.rows[0].cells[i], "1F3864")
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    docx_repeat_header(t.rows[0])

    areas = []
    for a in P1_ACTIVITIES:
        if a[0] not in areas:
            areas.append(a[0])
    for area in areas:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[4])
        docx_cell_text(merged, area, bold=True, size=10)
        docx_shade(merged, "D9E2F3")
        acts = [a for a in P1_ACTIVITIES if a[0] == area]
        # group consecutive equal goals
        groups = []
        for a in acts:
            if groups and groups[-1][0] == a[1]:
                groups[-1][1].append(a)
            else:
                groups.append((a[1], [a]))
        for goal, items in groups:
            first = None
            for k, a in enumerate(items):
                r = t.add_row()
                idx = len(t.rows) - 1
                if first is None:
                    first = idx
                    docx_cell_text(r.cells[0], goal, size=9)
                docx_cell_text(r.cells[1], a[2], size=9)
                docx_cell_text(r.cells[2], a[3], size=9)
                docx_cell_text(r.cells[3], a[4], size=9)
                docx_cell_text(r.cells[4], a[5], size=9)
            last = len(t.rows) - 1
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
    docx_set_col_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph(
        "Ansvarig funktion ansvarar för att insatsen genomförs och rapporterar status till "
        "HR-avdelningen inför tertialrapporterna."
    )
    docx_page_break(doc)

    # ---- page 6: uppföljning
    doc.add_heading("5 Uppföljning och revidering", level=1)
    doc.add_paragraph(
        "Planen följs upp i tertialrapport 2 och i verksamhetsberättelsen. Nyckeltalen hämtas ur "
        "stadens personalsystem per den 31 oktober varje år. Förvaltningens ledningsgrupp beslutar om "
        "revidering av planen i december."
    )
    doc.add_paragraph("Frågor om planen besvaras av HR-avdelningen på kulturförvaltningen.")
    docx_save_deterministic(doc, os.path.join(outdir, P1_FILE))


# --------------------------------------------------------------------------------------------
# Plan 2 (DOCX)
# --------------------------------------------------------------------------------------------
def make_plan2(outdir):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)
    docx_fix_props(doc, "Kompetensförsörjningsplan för Härnösands kommun 2026–2028", "HR-avdelningen")
    docx_header_footer(doc, "Härnösands kommun", "Kompetensförsörjningsplan 2026–2028  |  ", "av")

    # ---- page 1: title
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Härnösands kommun")
    r.font.size = Pt(14)
    h = doc.add_paragraph("Kompetensförsörjningsplan", style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("för perioden 2026–2028")
    r.font.size = Pt(14)
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph("Antagen av kommunstyrelsens personalutskott 2025-11-18, § 42")
    doc.add_paragraph("Dokumentägare: HR-chef")
    doc.add_paragraph("Gäller för: samtliga förvaltningar")
    docx_page_break(doc)

    # ---- page 2: bakgrund
    doc.add_heading("Bakgrund och syfte", level=1)
    doc.add_paragraph(
        "Härnösands kommun står, precis som många andra kommuner i Västernorrland, inför en situation "
        "där behovet av välfärdstjänster ökar samtidigt som andelen invånare i arbetsför ålder minskar. "
        "Konkurrensen om utbildad arbetskraft är hård, inte minst inom skola, vård och omsorg och "
        "samhällsbyggnad."
    )
    doc.add_paragraph(
        "Kompetensförsörjningsplanen är kommunens gemensamma plan för hur vi ska attrahera, rekrytera, "
        "introducera, utveckla, behålla och avsluta medarbetare. Den kompletteras av förvaltningarnas "
        "egna handlingsplaner. Planen gäller för perioden 2026–2028 och följs upp varje år."
    )
    doc.add_heading("Kommunen som arbetsgivare", level=1)
    doc.add_paragraph(
        "Kommunen är en av de största arbetsgivarna i länet. Verksamheten är organiserad i fem "
        "förvaltningar, och de största yrkesgrupperna är undersköterskor, lärare, förskollärare, "
        "barnskötare och personliga assistenter."
    )
    docx_page_break(doc)

    # ---- page 3: nyckeltal
    doc.add_heading("Nyckeltal", level=1)
    doc.add_paragraph(
        "Tabellen visar utvecklingen mellan 2023 och 2024. Uppgifterna avser läget den 31 december "
        "respektive år, utom sjukfrånvaro och personalomsättning som avser hela året."
    )
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Nyckeltal", "2023", "2024"]):
        docx_cell_text(t.rows[0].cells[i], h, bold=True)
    for row in P2_FIG_TABLE:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            docx_cell_text(cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Sjukfrånvaron har minskat med 0,5 procentenheter men är fortfarande hög inom vård och omsorg. "
        "Andelen medarbetare som är 60 år eller äldre uppgår till 14 procent, vilket förklarar det "
        "höga antalet pensionsavgångar de kommande åren."
    )
    docx_page_break(doc)

    # ---- page 4: utmaningar
    doc.add_heading("Utmaningar", level=1)
    doc.add_paragraph(
        "Utifrån förvaltningarnas analyser och nyckeltalen har kommunen identifierat följande "
        "utmaningar för kompetensförsörjningen:"
    )
    for g in P2_GAPS:
        doc.add_paragraph(g, style="List Number")
    doc.add_paragraph(
        "Utmaningarna är inbördes beroende. Till exempel påverkar chefernas förutsättningar både "
        "sjukfrånvaron och förmågan att behålla medarbetare."
    )
    docx_page_break(doc)

    # ---- page 5: aktiviteter
    doc.add_heading("Aktiviteter 2026–2028", level=1)
    doc.add_paragraph(
        "Aktiviteterna nedan är kommungemensamma. Varje aktivitet har en ansvarig funktion och en "
        "tidpunkt för när den ska genomföras eller vara klar."
    )
    areas = []
    for a in P2_ACTIVITIES:
        if a[0] not in areas:
            areas.append(a[0])
    for area in areas:
        doc.add_heading(area, level=2)
        for a in P2_ACTIVITIES:
            if a[0] != area:
                continue
            doc.add_paragraph(a[1], style="List Bullet")
            for label, val in a[2]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.27)
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(label + ": ")
                r.italic = True
                p.add_run(val)
    docx_page_break(doc)

    # ---- page 6: uppföljning
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "HR-avdelningen sammanställer en uppföljning av planen i samband med årsredovisningen. "
        "Förvaltningarna redovisar status för sina aktiviteter senast den 15 januari varje år. "
        "Planen revideras inför 2027 om uppföljningen visar att prioriteringarna behöver ändras."
    )
    docx_save_deterministic(doc, os.path.join(outdir, P2_FILE))


# --------------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------------
def pdf_setup():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    here = os.path.dirname(os.path.abspath(__file__))
    fontdir = os.path.normpath(os.path.join(here, "..", "fonts"))  # the repository's scripts/fonts
    for name, fn in [
        ("DV", "DejaVuSans.ttf"),
        ("DV-B", "DejaVuSans-Bold.ttf"),
        ("DV-I", "DejaVuSans-Oblique.ttf"),
        ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
    ]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, os.path.join(fontdir, fn)))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")


def numbered_canvas_class(draw_furniture):
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw_furniture(self, self._pageNumber, total)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return NumberedCanvas


def T(s):
    return escape(s)


def assert_no_word_split(data, widths, pad):
    """Fail if any single word of a table cell is wider than its column (reportlab would then
    break the word in the middle)."""
    import re as _re

    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    for row in data:
        for cell, w in zip(row, widths):
            if not isinstance(cell, Paragraph):
                continue
            txt = _re.sub(r"<[^>]+>", "", cell.text)
            for word in txt.split():
                ww = stringWidth(word, cell.style.fontName, cell.style.fontSize)
                assert ww <= w - pad, (word, ww, w)


# --------------------------------------------------------------------------------------------
# Plan 3 (PDF): Region Värmland
# --------------------------------------------------------------------------------------------
def make_plan3(outdir):
    pdf_setup()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    W, H = A4
    green = colors.HexColor("#00594C")

    def furniture(c, page, total):
        c.saveState()
        if page == 1:
            c.setFont("DV-B", 20)
            c.setFillColor(green)
            c.drawString(20 * mm, H - 25 * mm, "Region Värmland")
            c.setFillColor(colors.black)
            c.setFont("DV", 9)
            c.drawRightString(W - 20 * mm, H - 18 * mm, "Hälso- och sjukvårdsförvaltningen")
            c.drawRightString(W - 20 * mm, H - 22.5 * mm, "HR-avdelningen, enheten för kompetensförsörjning")
            c.drawRightString(W - 20 * mm, H - 27 * mm, "Datum: 2025-01-20   Dnr: RV2024/3318")
            c.setStrokeColor(green)
            c.setLineWidth(1.2)
            c.line(20 * mm, H - 31 * mm, W - 20 * mm, H - 31 * mm)
        else:
            c.setFont("DV-B", 10)
            c.setFillColor(green)
            c.drawString(20 * mm, H - 15 * mm, "Region Värmland")
            c.setFillColor(colors.black)
            c.setFont("DV", 8)
            c.drawRightString(W - 20 * mm, H - 15 * mm, "Hälso- och sjukvårdsförvaltningen · HR-avdelningen")
        c.setFont("DV", 8)
        c.drawString(20 * mm, 12 * mm, "Kompetensförsörjningsplan 2025/2026")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Sida {page} ({total})")
        c.restoreState()

    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle(
        "h1", fontName="DV-B", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6, textColor=green
    )
    h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
    title = ParagraphStyle("title", fontName="DV-B", fontSize=22, leading=28, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="DV", fontSize=12, leading=16, spaceAfter=14)
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontName="DV"
    )
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10.5)
    cellb = ParagraphStyle("cellb", fontName="DV-B", fontSize=8, leading=10.5)
    areast = ParagraphStyle("areast", fontName="DV-B", fontSize=9.5, leading=12, textColor=green)

    story = []
    story.append(Paragraph("Kompetensförsörjningsplan 2025/2026", title))
    story.append(Paragraph("Hälso- och sjukvårdsförvaltningen", sub))
    story.append(Paragraph("Sammanfattning", h2))
    story.append(
        Paragraph(
            T(
                "Hälso- och sjukvårdsförvaltningen behöver under de kommande två åren både behålla erfarna "
                "medarbetare och bredda rekryteringsbasen. Bristen på specialistsjuksköterskor, barnmorskor och "
                "vissa läkarspecialister är den största risken för verksamheten. Planen innehåller fjorton "
                "prioriterade aktiviteter som följs upp i förvaltningens ledningsgrupp."
            ),
            body,
        )
    )
    story.append(Paragraph("1 Inledning", h1))
    story.append(
        Paragraph(
            T(
                "Planen omfattar hela Hälso- och sjukvårdsförvaltningen i Region Värmland, det vill säga "
                "länets sjukhus, "
                "vårdcentraler i egen regi, psykiatri och tandvård. Den utgår från regionens "
                "personalpolicy och regionens gemensamma modell för kompetensförsörjning, där arbetet delas in i "
                "utveckla, behålla, attrahera, rekrytera, introducera och avsluta."
            ),
            body,
        )
    )
    story.append(
        Paragraph(
            T(
                "Planen har tagits fram av HR-avdelningen tillsammans med områdescheferna och har samverkats "
                "med de fackliga organisationerna i förvaltningens samverkansgrupp. Den gäller för 2025 och 2026."
            ),
            body,
        )
    )
    story.append(Paragraph("2 Förutsättningar och omvärld", h1))
    story.append(
        Paragraph(
            T(
                "Befolkningen i Värmland blir äldre och fler lever med kroniska sjukdomar. Samtidigt flyttas vård "
                "från sjukhus till nära vård och hemmet, vilket kräver nya arbetssätt och annan kompetens. "
                "Konkurrensen med grannregionerna och Norge om sjuksköterskor och läkare är fortsatt stor, och "
                "förvaltningen har under flera år varit beroende av inhyrd personal."
            ),
            body,
        )
    )
    story.append(
        Paragraph(
            T(
                "Den digitala utvecklingen ger möjligheter att avlasta medarbetare, till exempel genom "
                "taligenkänning, digitala vårdmöten och fjärrövervakning, men kräver att alla yrkesgrupper får "
                "tid och stöd att lära sig nya verktyg."
            ),
            body,
        )
    )

    # ---- nuläge
    story.append(Paragraph("3 Nuläge", h1))
    story.append(
        Paragraph(
            T(
                "Den 31 december 2024 hade hälso- och sjukvårdsförvaltningen 5 846 anställda, varav 1 912 "
                "sjuksköterskor. Andelen kvinnor var 81 procent. Av alla anställda var 5 301 "
                "tillsvidareanställda."
            ),
            body,
        )
    )
    story.append(
        Paragraph(
            T(
                "Personalomsättningen, exklusive pensionsavgångar, minskade från 10,2 procent 2023 till "
                "8,7 procent 2024. Bland undersköterskor var omsättningen fortsatt högre, 12,4 procent 2024. "
                "Under 2024 gick 142 medarbetare i pension, och 1 038 medarbetare är 60 år eller äldre. "
                "Långtidssjukfrånvaron (60 dagar eller mer) utgjorde 3,1 procent av den ordinarie arbetstiden "
                "2024."
            ),
            body,
        )
    )
    cap = Paragraph("Tabell 1. Utveckling 2022–2024", h2)
    yt = [["", "2022", "2023", "2024"]]
    for row in P3_YEAR_TABLE:
        yt.append(list(row))
    tbl = Table(yt, colWidths=[70 * mm, 22 * mm, 22 * mm, 22 * mm], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DV", 9),
                ("FONT", (0, 0), (-1, 0), "DV-B", 9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(KeepTogether([cap, tbl]))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            T(
                "Antalet inhyrda sjuksköterskor har minskat kraftigt sedan 2022. Målet är att förvaltningen ska "
                "vara helt oberoende av inhyrd personal senast 2026 och att sjukfrånvaron ska understiga "
                "6,5 procent."
            ),
            body,
        )
    )

    # ---- kompetensanalys
    story.append(Paragraph("4 Kompetensanalys", h1))
    story.append(
        Paragraph(
            T(
                "Områdescheferna har bedömt kompetensbehovet på kort och lång sikt. Bedömningarna har vägts "
                "samman med statistik över vakanser, inhyrning och pensionsavgångar. Den sammantagna bilden "
                "visar följande gap."
            ),
            body,
        )
    )
    story.append(Paragraph("Identifierade kompetensgap", h2))
    themes = []
    for th, _ in P3_GAPS:
        if th not in themes:
            themes.append(th)
    for th in themes:
        story.append(Paragraph(T(th), ParagraphStyle("th", parent=body, fontName="DV-I", spaceAfter=2)))
        for th2, g in P3_GAPS:
            if th2 == th:
                story.append(Paragraph(T(g), bullet, bulletText="•"))
    story.append(Spacer(1, 4))
    story.append(
        Paragraph(
            T(
                "Gapen är störst inom akutsjukvården och på de mindre sjukhusen i Arvika och Torsby, där "
                "enstaka vakanser får stora konsekvenser för tillgängligheten."
            ),
            body,
        )
    )

    # ---- aktivitetsplan (unruled, repeated header)
    story.append(Paragraph("5 Aktivitetsplan 2025/2026", h1))
    story.append(
        Paragraph(
            T(
                "Aktiviteterna är ordnade efter regionens modell. Kolumnen Varför anger vilket behov "
                "aktiviteten ska möta."
            ),
            body,
        )
    )
    data = [
        [
            Paragraph("Vad", cellb),
            Paragraph("Varför", cellb),
            Paragraph("Vem", cellb),
            Paragraph("När", cellb),
        ]
    ]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    cur = None
    for a in P3_ACTIVITIES:
        if a[0] != cur:
            cur = a[0]
            data.append([Paragraph(T(cur), areast), "", "", ""])
            style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            style.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 8))
            style.append(("NOSPLIT", (0, len(data) - 1), (-1, len(data))))
        data.append(
            [
                Paragraph(T(a[1]), cell),
                Paragraph(T(a[2]), cell),
                Paragraph(T(a[3]), cell),
                Paragraph(T(a[4]), cell),
            ]
        )
    at = Table(data, colWidths=[56 * mm, 50 * mm, 42 * mm, 22 * mm], repeatRows=1, hAlign="LEFT")
    at.setStyle(TableStyle(style))
    assert_no_word_split(data, [56 * mm, 50 * mm, 42 * mm, 22 * mm], 9)
    story.append(at)

    # ---- uppföljning föregående plan
    story.append(Paragraph("6 Uppföljning av föregående plan", h1))
    story.append(
        Paragraph(
            T("Nedan redovisas status för de aktiviteter i planen för 2024 som inte var löpande."), body
        )
    )
    fdata = [[Paragraph("Aktivitet 2024", cellb), Paragraph("Status", cellb)]]
    for a, s in P3_FOLLOWUP:
        fdata.append([Paragraph(T(a), cell), Paragraph(T(s), cell)])
    ft = Table(fdata, colWidths=[80 * mm, 80 * mm], hAlign="LEFT")
    ft.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(ft)

    story.append(Paragraph("7 Uppföljning och revidering", h1))
    story.append(
        Paragraph(
            T(
                "Aktivitetsplanen följs upp i delårsrapporten per augusti och i årsredovisningen. Nyckeltalen "
                "rapporteras till regionstyrelsens personalutskott. Inför 2027 tas en ny plan fram med ett "
                "treårigt perspektiv."
            ),
            body,
        )
    )
    story.append(
        Paragraph(
            T(
                "Frågor om planen besvaras av HR-avdelningen, enheten för kompetensförsörjning, som också "
                "stöttar verksamheterna i arbetet med lokala kompetensplaner."
            ),
            body,
        )
    )
    story.append(Paragraph("Bilaga 1. Begrepp", h1))
    for term, desc in [
        (
            "Personalomsättning",
            "andelen tillsvidareanställda som har lämnat regionen under året, "
            "exklusive pensionsavgångar och intern rörlighet.",
        ),
        (
            "Långtidssjukfrånvaro",
            "sjukfrånvaro som pågår i 60 dagar eller mer, redovisad som andel av den ordinarie arbetstiden.",
        ),
        (
            "Specialistsjuksköterska",
            "legitimerad sjuksköterska med specialistexamen, till exempel "
            "inom intensivvård, anestesi, operation eller distriktssköterska.",
        ),
        (
            "Hälsosamma scheman",
            "scheman som följer regionens riktlinjer för återhämtning, bland annat "
            "minst 11 timmars dygnsvila.",
        ),
        (
            "Inhyrd personal",
            "personal som hyrs in via bemanningsföretag och som inte är anställd av regionen.",
        ),
    ]:
        story.append(Paragraph(f"<b>{T(term)}</b> – {T(desc)}", body))

    canvas_cls = numbered_canvas_class(furniture)
    doc = BaseDocTemplate(
        os.path.join(outdir, P3_FILE),
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjningsplan 2025/2026",
        author="Region Värmland",
        subject="Kompetensförsörjning",
        creator="Region Värmland",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
    )
    first = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 58 * mm, id="first")
    later = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 45 * mm, id="later")
    doc.addPageTemplates(
        [
            PageTemplate(id="First", frames=[first], autoNextPageTemplate="Later"),
            PageTemplate(id="Later", frames=[later]),
        ]
    )
    doc.build(story, canvasmaker=canvas_cls)


# --------------------------------------------------------------------------------------------
# Plan 4 (PDF): Borlänge Energi AB
# --------------------------------------------------------------------------------------------
def make_plan4(outdir):
    pdf_setup()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    W, H = A4
    orange = colors.HexColor("#D9531E")

    def furniture(c, page, total):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, H - 14 * mm, "Borlänge Energi AB")
        c.drawRightString(W - 22 * mm, H - 14 * mm, "Kompetensförsörjningsplan 2025")
        c.setStrokeColor(orange)
        c.line(22 * mm, H - 16 * mm, W - 22 * mm, H - 16 * mm)
        c.drawCentredString(W / 2, 11 * mm, f"{page}/{total}")
        c.restoreState()

    body = ParagraphStyle("body", fontName="DV", fontSize=10, leading=14.5, spaceAfter=7)
    h1 = ParagraphStyle(
        "h1", fontName="DV-B", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6, textColor=orange
    )
    title = ParagraphStyle("title", fontName="DV-B", fontSize=24, leading=30, spaceAfter=2)
    sub = ParagraphStyle(
        "sub", fontName="DV", fontSize=11, leading=15, spaceAfter=16, textColor=colors.HexColor("#555555")
    )
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName="DV"
    )
    cell = ParagraphStyle("cell", fontName="DV", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cellb", fontName="DV-B", fontSize=9, leading=11.5, textColor=colors.white)

    story = []
    story.append(Paragraph("Kompetensförsörjningsplan 2025", title))
    story.append(Paragraph("Borlänge Energi AB · fastställd av ledningsgruppen i januari 2025", sub))
    story.append(Paragraph("Om planen", h1))
    story.append(
        Paragraph(
            T(
                "Borlänge Energi är ett helägt kommunalt bolag som levererar el, fjärrvärme, vatten och "
                "bredband till hushåll och företag i kommunen. Energiomställningen och stora investeringar i "
                "elnätet gör att bolaget behöver fler medarbetare med teknisk spetskompetens samtidigt som "
                "många erfarna kollegor närmar sig pension."
            ),
            body,
        )
    )
    story.append(
        Paragraph(
            T(
                "Planen är kortfattad och gäller för 2025. Den beskriver var bolaget har störst "
                "kompetensbehov och vilka aktiviteter som ska genomföras under året."
            ),
            body,
        )
    )
    story.append(Paragraph("Nyckeltal i korthet", h1))
    story.append(Paragraph(T("Uppgifterna avser den 31 december 2024 om inget annat anges."), body))
    for k in P4_KEYFIGS:
        story.append(Paragraph(T(k), bullet, bulletText="•"))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            T(
                "Var femte medarbetare är 58 år eller äldre. Andelen kvinnor har ökat med tre procentenheter "
                "på fem år, men är fortfarande låg inom de tekniska yrkena."
            ),
            body,
        )
    )

    story.append(PageBreak())
    story.append(Paragraph("Kompetensbehov framåt", h1))
    story.append(
        Paragraph(
            T(
                "Chefernas bedömning i höstens kompetensinventering visar att bolaget de närmaste åren "
                "behöver stärka följande kompetenser:"
            ),
            body,
        )
    )
    for g in P4_GAPS:
        story.append(Paragraph(T(g), bullet, bulletText="•"))
    story.append(Spacer(1, 4))
    story.append(
        Paragraph(
            T(
                "Flera av dessa yrken är bristyrken i hela landet, och bolaget konkurrerar med både privata "
                "nätbolag och andra kommunala energibolag."
            ),
            body,
        )
    )
    story.append(Paragraph("Aktiviteter 2025", h1))
    data = [
        [
            Paragraph("Aktivitet", cellb),
            Paragraph("Område", cellb),
            Paragraph("Klart senast", cellb),
            Paragraph("Ansvar", cellb),
        ]
    ]
    for a in P4_TABLE_ACTIVITIES:
        data.append([Paragraph(T(x), cell) for x in a])
    tbl = Table(data, colWidths=[66 * mm, 37 * mm, 31 * mm, 32 * mm], hAlign="LEFT")
    tbl.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), orange),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    assert_no_word_split(data, [66 * mm, 37 * mm, 31 * mm, 32 * mm], 12)
    story.append(tbl)

    story.append(PageBreak())
    story.append(Paragraph("Fler aktiviteter", h1))
    story.append(
        Paragraph(T("Utöver aktiviteterna i tabellen genomför bolaget följande insatser under året:"), body)
    )
    for area, act, resp, phrase, when in P4_PROSE_ACTIVITIES:
        tail = f"{phrase} {when}" if phrase else when
        story.append(
            Paragraph(f"<b>{T(area)}</b> – {T(act)}. Ansvar: {T(resp)}, {T(tail)}.", bullet, bulletText="•")
        )
    story.append(Paragraph("Uppföljning", h1))
    story.append(
        Paragraph(
            T(
                "HR följer upp planen i ledningsgruppen i juni och december. Nyckeltalen redovisas i "
                "bolagets hållbarhetsredovisning. En ny plan tas fram inför 2026."
            ),
            body,
        )
    )

    canvas_cls = numbered_canvas_class(furniture)
    doc = SimpleDocTemplate(
        os.path.join(outdir, P4_FILE),
        pagesize=A4,
        invariant=1,
        title="Kompetensförsörjningsplan 2025",
        author="Borlänge Energi AB",
        subject="Kompetensförsörjning",
        creator="Borlänge Energi AB",
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story, canvasmaker=canvas_cls)


def main():
    if len(sys.argv) != 2:
        print("usage: python make_layouts.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    make_plan1(outdir)
    make_plan2(outdir)
    make_plan3(outdir)
    make_plan4(outdir)
    for f in sorted(os.listdir(outdir)):
        print(f, os.path.getsize(os.path.join(outdir, f)))


if __name__ == "__main__":
    main()
