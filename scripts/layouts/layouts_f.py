#!/usr/bin/env python3
"""Two plans of other employers, written blind in session 23 (writer f).

Usage: python layouts_f.py OUTDIR (the plans in eval/layouts/unseen3/plans; gold in eval/layouts/unseen3/gold)

1. arbetsmarknadsforvaltningen-2026.docx  (python-docx, Word heading styles,
   explicit page breaks, merged cells)
2. boras-socialforvaltning-2025-2027.pdf  (reportlab, letterhead, two-column
   pages, unruled tables, landscape activity table continuing over a page break)

All content is invented. Output is deterministic (fixed metadata, fixed zip
timestamps, reportlab invariant mode).
"""

import datetime
import io
import os
import sys
import zipfile

# --------------------------------------------------------------------------
# Plan 1: Arbetsmarknadsförvaltningen, Stockholms stad (DOCX)
# --------------------------------------------------------------------------
AMF_FILE = "arbetsmarknadsforvaltningen-2026.docx"

AMF_KEY_HEADER = ["Nyckeltal", "2023", "2024", "2025"]
AMF_KEY_ROWS = [
    ["Antal anställda", "1 118", "1 164", "1 203"],
    ["Tillsvidareanställda", "1 002", "1 047", "1 089"],
    ["Tidsbegränsat anställda", "116", "117", "114"],
    ["Andel kvinnor, %", "66", "67", "67"],
    ["Andel män, %", "34", "33", "33"],
    ["Medelålder, år", "46,8", "46,5", "46,1"],
    ["Sjukfrånvaro totalt, %", "6,1", "5,8", "5,4"],
    ["Varav korttidssjukfrånvaro dag 1–14, %", "2,2", "2,1", "1,9"],
    ["Personalomsättning, %", "9,6", "8,4", "7,7"],
    ["Externa rekryteringar", "139", "152", "128"],
    ["Pensionsavgångar", "24", "19", "27"],
]

AMF_OCC_HEADER = ["Yrkesgrupp", "Antal tillsvidareanställda", "Går i pension inom 5 år"]
AMF_OCC_ROWS = [
    ["Lärare i vuxenutbildning", "286", "38"],
    ["Lärare i sfi", "171", "29"],
    ["Arbetsmarknadskonsulent", "164", "15"],
    ["Jobbcoach", "88", "7"],
    ["Handläggare", "76", "9"],
    ["Chef", "68", "11"],
    ["Administratör", "61", "13"],
    ["Studie- och yrkesvägledare", "49", "8"],
    ["IT-specialist och systemförvaltare", "22", "2"],
]

AMF_GAP_HEADER = ["Kompetens", "Varför", "Hur stort är behovet"]
AMF_GAP_ROWS = [
    [
        "Legitimerade lärare i svenska som andraspråk",
        "Många lärare i sfi närmar sig pension och få nyutexaminerade lärare söker sig till vuxenutbildningen",
        "Stort – cirka 25 lärare behöver rekryteras till och med 2028",
    ],
    [
        "Yrkeslärare inom vård, bygg och transport",
        "Yrkesvux byggs ut och kraven på branschkunskap och behörighet ökar",
        "Stort – varje ny yrkesutbildning kräver minst två behöriga lärare",
    ],
    [
        "Arbetsgivarkontakter och matchning",
        "Fler deltagare ska ut i anställning, vilket kräver god kännedom om arbetsgivarnas behov",
        "Medelstort – främst en omställning för befintliga arbetsmarknadskonsulenter",
    ],
    [
        "Digital kompetens och AI i handläggningen",
        "Nya verksamhetssystem och AI-stöd införs i både handläggning och undervisning",
        "Stort – berör samtliga medarbetare i olika grad",
    ],
    [
        "Kunskap om neuropsykiatriska funktionsnedsättningar och psykisk ohälsa",
        "En växande andel deltagare behöver anpassat stöd för att kunna ta del av insatserna",
        "Medelstort – fördjupning för jobbcoacher och vägledare",
    ],
    [
        "Chefer med erfarenhet av förändringsledning",
        "Uppdrag flyttar mellan stat och kommun samtidigt som flera chefer går i pension",
        "Stort – särskilt på enhetschefsnivå",
    ],
]

AMF_ACT_HEADER = ["Område", "Insats", "Syfte", "När", "Vem", "Så följer vi upp"]
# (area, [(insats, syfte, när, vem, uppföljning), ...])
AMF_ACT_TABLE_A = [
    (
        "Utveckla",
        [
            (
                "Kompetenslyft i AI-stöd för handläggare och lärare",
                "Effektivisera handläggning och undervisning med säkra digitala verktyg",
                "Q2 2026",
                "Digitaliseringsenheten och HR",
                "Andel medarbetare som genomgått utbildningen",
            ),
            (
                "Individuella kompetensplaner för lärare som saknar legitimation",
                "Öka andelen legitimerade lärare i vuxenutbildningen",
                "VT 2026",
                "Rektorer",
                "Antal lärare som påbörjat kompletterande lärarutbildning",
            ),
            (
                "Metodutbildning i arbetsgivarkontakter för arbetsmarknadskonsulenter",
                "Fler deltagare ska matchas mot lediga jobb",
                "HT 2026",
                "Avdelningschef Jobbtorg Stockholm",
                "Antal matchade deltagare per konsulent",
            ),
            (
                "Utbildning om NPF och psykisk ohälsa för jobbcoacher och vägledare",
                "Ge verktyg för att anpassa stödet till deltagarnas behov",
                "2026-10-31",
                "HR med stöd av förvaltningens psykologer",
                "Utvärdering efter genomförd utbildning",
            ),
        ],
    ),
    (
        "Behålla",
        [
            (
                "Inrätta karriärsteg som förstelärare i vuxenutbildningen",
                "Ge erfarna lärare utvecklingsmöjligheter och minska avgångarna",
                "2026-08-15",
                "Rektorer / Avdelningschef vuxenutbildning",
                "Antal inrättade förstelärartjänster",
            ),
            (
                "Tidiga rehabiliteringsinsatser vid upprepad korttidsfrånvaro",
                "Sänka korttidssjukfrånvaron",
                "Löpande",
                "Närmaste chef med stöd av HR",
                "Korttidssjukfrånvaro per avdelning i tertialrapporten",
            ),
            (
                "Lönekartläggning för lärare och arbetsmarknadskonsulenter",
                "Säkra konkurrenskraftiga och rättvisa löner",
                "Q1 2026",
                "HR-avdelningen",
                "Redovisas i lönekartläggningsrapporten",
            ),
        ],
    ),
    (
        "Attrahera",
        [
            (
                "Medverka på lärosätenas arbetsmarknadsdagar",
                "Synliggöra förvaltningen för studenter på lärar- och beteendevetarprogram",
                "VT 2026 och HT 2026",
                "Kommunikationsenheten och HR",
                "Antal besökta mässor och kontakter",
            ),
            (
                "Erbjuda VFU-platser för lärarstudenter",
                "Bygga relationer med framtida lärare",
                "Löpande",
                "Rektorer",
                "Antal VFU-studenter per termin",
            ),
        ],
    ),
]
AMF_ACT_TABLE_B = [
    (
        "Rekrytera",
        [
            (
                "Gemensamma rekryteringar av sfi-lärare två gånger per år",
                "Korta tiden till tillsättning och förbättra kandidatupplevelsen",
                "Mars och september 2026",
                "HR och rektorer",
                "Tid till tillsättning i dagar",
            ),
            (
                "Kompetensbaserad rekrytering med strukturerade intervjuer",
                "Minska risken för diskriminering och felrekrytering",
                "Löpande",
                "Rekryterande chef",
                "Andel rekryteringar med strukturerad intervju",
            ),
            (
                "Rekrytera yrkeslärare via branschnätverk",
                "Nå kandidater med yrkeserfarenhet som saknar lärarbakgrund",
                "2026",
                "Avdelningschef vuxenutbildning",
                "Antal tillsatta yrkeslärartjänster",
            ),
        ],
    ),
    (
        "Introducera",
        [
            (
                "Förvaltningsgemensam introduktionsdag varje kvartal",
                "Ge nyanställda en gemensam bild av uppdraget",
                "Q1–Q4 2026",
                "HR-avdelningen",
                "Nyanställdas svar i introduktionsenkäten",
            ),
            (
                "Fadder för alla nyanställda under de första sex månaderna",
                "Snabbare in i arbetet och färre tidiga avgångar",
                "Löpande",
                "Närmaste chef",
                "Andel nyanställda som slutar inom ett år",
            ),
        ],
    ),
    (
        "Avsluta",
        [
            (
                "Avgångssamtal och digital avgångsenkät",
                "Förstå varför medarbetare slutar",
                "Löpande",
                "Närmaste chef och HR",
                "Sammanställning varje tertial",
            ),
            (
                "Överlämningsplan inför pensionsavgångar",
                "Säkra att erfarenheter stannar i verksamheten",
                "Senast sex månader före avgång",
                "Närmaste chef",
                "Antal upprättade överlämningsplaner",
            ),
            (
                "Återanställa pensionerade lärare som timlärare",
                "Täcka tillfälliga behov i sfi",
                "HT 2026",
                "Rektorer",
                "Antal återanställda timlärare",
            ),
        ],
    ),
]

AMF_FU_HEADER = ["Område", "Insats i planen för 2025", "Status december 2025"]
AMF_FU_ROWS = [
    [
        "Utveckla",
        "Grundutbildning i stadens nya handläggningssystem",
        "Genomförd, 412 medarbetare har deltagit",
    ],
    ["Attrahera", "Ny karriärsida för vuxenutbildningen", "Genomförd i april 2025"],
    ["Rekrytera", "Rekryteringsutbildning för nya chefer", "Delvis genomförd, fortsätter 2026"],
    ["Introducera", "Digital introduktion för timavlönade", "Ej påbörjad, flyttas till 2026"],
]


def _docx_fixed_zip(data: bytes) -> bytes:
    """Rewrite a docx zip with fixed timestamps so the bytes are stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 20, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_amf_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 11, 20, 12, 0, 0)
    cp.author = "HR-avdelningen, Arbetsmarknadsförvaltningen"
    cp.last_modified_by = "HR-avdelningen"
    cp.title = "Kompetensförsörjningsplan 2026"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    def add_field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    # running header and footer "3/8"
    hp = sec.header.paragraphs[0]
    hp.text = "Arbetsmarknadsförvaltningen\tKompetensförsörjningsplan 2026"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE")
    fp.add_run("/")
    add_field(fp, "NUMPAGES")

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def para(text, bold=False, italic=False, size=None, align=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor)
        tcPr.append(shd)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    def simple_table(header, rows, widths=None, num_cols_right=()):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, "D9E2F3")
        repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
                if i in num_cols_right:
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def activity_table(groups):
        t = doc.add_table(rows=1, cols=len(AMF_ACT_HEADER))
        t.style = "Table Grid"
        for i, h in enumerate(AMF_ACT_HEADER):
            c = t.rows[0].cells[i]
            c.text = ""
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            shade(c, "FCE4D6")
        repeat_header(t.rows[0])
        for area, items in groups:
            first = None
            last = None
            for it in items:
                cells = t.add_row().cells
                for i, v in enumerate(it):
                    cells[i + 1].text = v
                    for p in cells[i + 1].paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(9)
                if first is None:
                    first = cells[0]
                last = cells[0]
            merged = first.merge(last) if last is not first else first
            merged.text = ""
            run = merged.paragraphs[0].add_run(area)
            run.bold = True
            run.font.size = Pt(10)
            shade(merged, "F2F2F2")
        widths = [2.3, 3.6, 3.6, 2.0, 2.6, 3.1]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        return t

    # ---------------- page 1: title ----------------
    para("Stockholms stad", bold=True, size=14)
    para("Arbetsmarknadsförvaltningen", size=12)
    for _ in range(3):
        doc.add_paragraph()
    doc.add_heading("Kompetensförsörjningsplan 2026", level=0)
    para(
        "Arbetsmarknadsförvaltningens plan för att utveckla, behålla, attrahera, "
        "rekrytera, introducera och avsluta medarbetare under 2026",
        italic=True,
    )
    doc.add_paragraph()
    para("Dnr AMN 2025/0388")
    para("Fastställd av förvaltningens ledningsgrupp den 20 november 2025")
    para("Framtagen av HR-avdelningen i samverkan med avdelningscheferna")
    doc.add_paragraph()
    para("Innehåll", bold=True, size=12)
    for line in ["1 Inledning", "2 Nuläge", "3 Kompetensanalys", "4 Insatser 2026", "5 Uppföljning"]:
        para(line)
    page_break()

    # ---------------- page 2: inledning ----------------
    doc.add_heading("1 Inledning", level=1)
    para(
        "Arbetsmarknadsförvaltningen ska ge stockholmare som står långt från "
        "arbetsmarknaden stöd att komma i arbete eller studier. Hur väl vi lyckas "
        "avgörs i hög grad av att vi har medarbetare med rätt kompetens på rätt "
        "plats. Den här planen beskriver var vi står i dag, vilka kompetenser vi "
        "behöver förstärka och vilka insatser vi gör under 2026."
    )
    para(
        "Planen gäller ett år men bygger på en analys med tre års sikt. Den ska läsas "
        "tillsammans med förvaltningens verksamhetsplan och avdelningarnas egna "
        "handlingsplaner, där insatserna bryts ned till enhetsnivå."
    )
    doc.add_heading("1.1 Vårt uppdrag", level=2)
    para(
        "Förvaltningen ansvarar för stadens arbetsmarknadsinsatser genom Jobbtorg "
        "Stockholm, för den kommunala vuxenutbildningen inklusive svenska för "
        "invandrare (sfi) och för stadens feriejobb. Hit hör också etableringsstöd "
        "för nyanlända och det kommunala aktivitetsansvaret för unga under 20 år "
        "som varken studerar eller arbetar."
    )
    para(
        "Uppdraget påverkas under 2026 av flera förändringar i omvärlden. "
        "Arbetslösheten i regionen är fortsatt hög, Arbetsförmedlingens förändrade "
        "roll flyttar mer av ansvaret för matchning till kommunerna och "
        "vuxenutbildningen ska i större utsträckning erbjuda yrkesutbildningar som "
        "leder till jobb inom bristyrken."
    )
    doc.add_heading("1.2 Så har planen tagits fram", level=2)
    para(
        "HR-avdelningen har tagit fram planen tillsammans med avdelningscheferna. "
        "Underlaget består av personalstatistik ur stadens HR-system per den "
        "30 september 2025, resultat från medarbetarenkäten, svar i avgångsenkäten "
        "och dialoger i avdelningarnas ledningsgrupper under hösten. Planen följer "
        "stadens modell med områdena utveckla, behålla, attrahera, rekrytera, "
        "introducera och avsluta."
    )
    para(
        "Varje avdelning har också bedömt vilka yrkesgrupper som blir svårast att "
        "ersätta de kommande åren och hur förändringar i uppdraget påverkar vilka "
        "kompetenser som behövs. Bedömningarna har vägts samman i kapitel 3."
    )
    page_break()

    # ---------------- page 3: nyckeltal ----------------
    doc.add_heading("2 Nuläge", level=1)
    doc.add_heading("2.1 Nyckeltal", level=2)
    para(
        "Tabellen visar förvaltningens viktigaste personalnyckeltal för de tre "
        "senaste åren. Antalen avser månadsavlönade medarbetare den 30 september "
        "respektive år. Sjukfrånvaro och personalomsättning avser rullande tolv "
        "månader fram till samma datum."
    )
    simple_table(AMF_KEY_HEADER, AMF_KEY_ROWS, widths=[8.0, 2.6, 2.6, 2.6], num_cols_right=(1, 2, 3))
    doc.add_paragraph()
    para(
        "Förvaltningen har vuxit under perioden, främst inom vuxenutbildningen och "
        "Jobbtorg Stockholm. Utöver de månadsavlönade fanns 58 timavlönade "
        "medarbetare i september 2025, i huvudsak timlärare inom sfi och handledare "
        "för feriejobb. Andelen medarbetare som arbetar heltid är 95,2 procent."
    )
    para(
        "Sjukfrånvaron fortsätter att minska. Långtidssjukfrånvaron, det vill säga "
        "frånvaro som pågått längre än 60 dagar, utgjorde 2,3 procent av den "
        "tillgängliga arbetstiden 2025. Under de tolv månaderna fram till september "
        "2025 lämnade 96 tillsvidareanställda förvaltningen, de flesta på egen "
        "begäran."
    )
    para(
        "I medarbetarenkäten 2025 fick förvaltningen ett AMI på 79, vilket är två "
        "enheter högre än året innan. Lägst resultat fick frågorna om arbetsbelastning "
        "och om möjligheten att dela kunskap mellan enheter."
    )
    page_break()

    # ---------------- page 4: yrkesgrupper ----------------
    doc.add_heading("2.2 Yrkesgrupper och pensionsavgångar", level=2)
    para(
        "Tabellen visar antalet tillsvidareanställda i de största yrkesgrupperna "
        "och hur många av dem som beräknas gå i pension under de kommande fem åren, "
        "2026–2030. Beräkningen utgår från att medarbetare går i pension det år de "
        "fyller 67 år."
    )
    simple_table(AMF_OCC_HEADER, AMF_OCC_ROWS, widths=[7.5, 4.2, 4.2], num_cols_right=(1, 2))
    doc.add_paragraph()
    para(
        "Sammanlagt beräknas 142 tillsvidareanställda gå i pension under perioden. "
        "Störst är behovet av ersättare bland lärarna i sfi, där var sjätte "
        "medarbetare är 62 år eller äldre. Även bland cheferna och de administrativa "
        "medarbetarna är andelen äldre hög."
    )
    doc.add_heading("2.3 Rekrytering och rörlighet", level=2)
    para(
        "De flesta rekryteringar sker till arbetsmarknadskonsulenter och lärare. "
        "Svårast har det varit att hitta legitimerade lärare i svenska som andraspråk "
        "och yrkeslärare med erfarenhet från vård- och byggbranschen. Flera "
        "tjänster har fått annonseras om två eller tre gånger innan de kunnat "
        "tillsättas."
    )
    para(
        "Den interna rörligheten är hög. Många arbetsmarknadskonsulenter går vidare "
        "till andra förvaltningar i staden eller till Arbetsförmedlingen, vilket är "
        "positivt för staden som helhet men innebär kostnader för introduktion och "
        "kunskapsöverföring hos oss."
    )
    page_break()

    # ---------------- page 5: analys ----------------
    doc.add_heading("3 Kompetensanalys", level=1)
    para(
        "Förvaltningens målgrupper förändras. Fler deltagare har varit utan arbete "
        "länge, har kort utbildning eller behöver stöd för sin hälsa innan de kan ta "
        "del av insatser. Samtidigt förväntas både vuxenutbildning och Jobbtorg "
        "Stockholm arbeta närmare arbetsgivarna och visa resultat i form av jobb. "
        "Digitala verktyg och AI-stöd förändrar också hur handläggning och "
        "undervisning bedrivs."
    )
    doc.add_heading("3.1 Kompetensgap", level=2)
    para("Tabellen sammanfattar de kompetensgap som avdelningarna har identifierat inför 2026.")
    simple_table(AMF_GAP_HEADER, AMF_GAP_ROWS, widths=[5.0, 6.5, 4.5])
    doc.add_heading("3.2 Därför uppstår gapen", level=2)
    para(
        "Bristen på lärare i vuxenutbildningen beror dels på att lärarutbildningarna "
        "sällan riktar sig mot vuxna elever, dels på att löneläget i grundskolan och "
        "gymnasiet har ökat snabbare. Gapen inom matchning och digital kompetens "
        "handlar mer om att uppdraget förändras än om att medarbetarna saknar "
        "utbildning, och kan därför till stor del mötas genom kompetensutveckling."
    )
    page_break()

    # ---------------- page 6: insatser del 1 ----------------
    doc.add_heading("4 Insatser 2026", level=1)
    para(
        "Insatserna är ordnade efter stadens sex områden. Varje insats har en "
        "ansvarig och ett sätt att följa upp den. Uppföljningen redovisas i "
        "tertialrapporterna och i verksamhetsberättelsen."
    )
    activity_table(AMF_ACT_TABLE_A)
    page_break()

    # ---------------- page 7: insatser del 2 ----------------
    doc.add_heading("4.1 Insatser för att rekrytera, introducera och avsluta", level=2)
    activity_table(AMF_ACT_TABLE_B)
    page_break()

    # ---------------- page 8: uppföljning ----------------
    doc.add_heading("5 Uppföljning", level=1)
    para(
        "Förvaltningsledningen följer upp planen tre gånger per år i samband med "
        "tertialrapporterna. Avdelningscheferna ansvarar för att insatserna "
        "genomförs och HR-avdelningen sammanställer resultatet. Inför nästa plan "
        "görs en fördjupad analys av om insatserna har minskat kompetensgapen."
    )
    doc.add_heading("5.1 Så gick det med insatserna 2025", level=2)
    simple_table(AMF_FU_HEADER, AMF_FU_ROWS, widths=[3.0, 7.0, 6.0])
    doc.add_paragraph()
    para(
        "De insatser som inte genomfördes under 2025 har förts över till planen för "
        "2026 där de fortfarande bedöms som angelägna."
    )

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_docx_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------
# Plan 2: Socialförvaltningen i Borås stad (PDF)
# --------------------------------------------------------------------------
BOR_FILE = "boras-socialforvaltning-2025-2027.pdf"

BOR_KEY_HEADER = ["Nyckeltal", "2023", "2024"]
BOR_KEY_ROWS = [
    ["Externa rekryteringar", "151", "164"],
    ["Avgångar", "143", "131"],
    ["Pensionsavgångar", "12", "9"],
    ["Andel heltidsanställda, %", "93,8", "95,1"],
    ["Timavlönade, antal", "87", "72"],
    ["AMI, medarbetarenkäten", "74", "76"],
]

# (theme, [gap texts]) -- numbered continuously
BOR_GAPS = [
    (
        "Myndighetsutövning",
        [
            "Erfarna socialsekreterare inom barn och familj, särskilt för utredningar av barn som far illa",
            "Handläggare inom ekonomiskt bistånd med kunskap om arbetsmarknadsinsatser",
            "Fördjupad kompetens om våld i nära relationer och hedersrelaterat våld och förtryck",
        ],
    ),
    (
        "Behandling och stöd",
        [
            "Behandlare med utbildning i evidensbaserade metoder för unga med missbruk",
            "Sjuksköterskor till mottagningen för beroendevård",
        ],
    ),
    (
        "Ledning och organisation",
        [
            "Enhetschefer med erfarenhet av myndighetsutövning och arbetsmiljöansvar",
            "Vana att använda digitala verktyg och e-tjänster i handläggningen",
        ],
    ),
]

BOR_ACT_HEADER = ["Område", "Åtgärd", "Tidplan", "Ansvar", "Indikator"]
BOR_ACTS = [
    (
        "Utveckla",
        [
            (
                "Handledning i grupp för socialsekreterare med mindre än två års erfarenhet",
                "Löpande",
                "Enhetschef",
                "Andel nya socialsekreterare som deltar",
            ),
            (
                "Utbildning i den nya socialtjänstlagen för samtliga medarbetare",
                "Q2 2025",
                "Avdelningschefer och stab",
                "Andel medarbetare som genomgått utbildningen",
            ),
            (
                "Fördjupningsutbildning i BBIC för utredare inom barn och familj",
                "2025–2026",
                "Avdelningschef Barn och familj",
                "Antal utbildade utredare",
            ),
            (
                "Utbildning i MI och återfallsprevention för behandlare",
                "HT 2025",
                "Enhetschefer Stöd och behandling",
                "Deltagande och kursutvärdering",
            ),
        ],
    ),
    (
        "Behålla",
        [
            (
                "Karriärmodell i tre steg för socialsekreterare",
                "2025-12-31",
                "HR-chef och avdelningschefer",
                "Personalomsättning bland socialsekreterare",
            ),
            (
                "Riktmärke för högsta antal pågående utredningar per utredare",
                "Q1 2026",
                "Avdelningschef Barn och familj",
                "Antal utredningar per utredare",
            ),
            (
                "Tidig kontakt med företagshälsovården vid tecken på psykisk ohälsa",
                "Löpande",
                "Chef med stöd av HR-enheten",
                "Långtidssjukfrånvaro",
            ),
            (
                "Avlastningssamtal efter hot- och våldssituationer",
                "Löpande",
                "Enhetschef",
                "Andel anmälda händelser som följts upp",
            ),
        ],
    ),
    (
        "Attrahera",
        [
            (
                "Sommarvikariat med handledning för socionomstudenter",
                "Årligen, juni–augusti",
                "HR-enheten",
                "Antal studenter som senare anställs",
            ),
            (
                "Avtal om VFU-platser med Göteborgs universitet och Jönköping University",
                "2025",
                "Förvaltningschef",
                "Antal VFU-platser per termin",
            ),
        ],
    ),
    (
        "Rekrytera",
        [
            (
                "Rekryteringsträffar för socionomer två gånger per år",
                "VT 2025",
                "HR-enheten",
                "Antal sökande per annons",
            ),
            (
                "Yrkesintroduktionsanställning för nyutexaminerade socionomer",
                "2026",
                "Avdelningschef Barn och familj",
                "Antal anställda med yrkesintroduktion",
            ),
            (
                "Kompetensbaserad rekrytering med arbetsprov",
                "Löpande",
                "Rekryterande chef med stöd av HR-enheten",
                "Andel rekryteringar med arbetsprov",
            ),
        ],
    ),
    (
        "Introducera",
        [
            (
                "Introduktionsprogram på sex veckor med skuggning av erfaren kollega",
                "Q3 2025",
                "Enhetschefer",
                "Resultat i introduktionsenkäten",
            ),
            (
                "Mentor för nya enhetschefer under första året",
                "2025–2027",
                "Förvaltningschef",
                "Antal chefer med mentor",
            ),
        ],
    ),
    (
        "Avsluta",
        [
            (
                "Strukturerade avgångssamtal och digital avgångsenkät",
                "Löpande",
                "Närmaste chef / HR-enheten",
                "Svarsfrekvens i avgångsenkäten",
            ),
            (
                "Överlämningsplan för nyckelpersoner som går i pension",
                "2027-06-30",
                "Avdelningschefer",
                "Antal upprättade överlämningsplaner",
            ),
        ],
    ),
]


def make_boras_pdf(path):
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.fonts import addMapping
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

    fontdir = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fonts"))
    pdfmetrics.registerFont(TTFont("DV", os.path.join(fontdir, "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DV-B", os.path.join(fontdir, "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DV-I", os.path.join(fontdir, "DejaVuSans-Oblique.ttf")))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-B")

    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13.2, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=3)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=9.4, leading=12.6)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DV-B")
    h1 = ParagraphStyle(
        "h1",
        fontName="DV-B",
        fontSize=14,
        leading=18,
        spaceBefore=8,
        spaceAfter=6,
        textColor=colors.HexColor("#00508C"),
    )
    h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName="DV-I", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
    title = ParagraphStyle("title", fontName="DV-B", fontSize=24, leading=30, spaceAfter=6)
    sub = ParagraphStyle("sub", fontName="DV", fontSize=14, leading=18, spaceAfter=4)
    numbered = ParagraphStyle("num", parent=body, leftIndent=18, bulletIndent=2)

    PW, PH = A4
    LW, LH = landscape(A4)
    M = 2.0 * cm
    state = {"total": 0}

    def running(c, doc, w, h):
        c.saveState()
        c.setFont("DV-B", 9)
        c.setFillColor(colors.HexColor("#00508C"))
        c.drawString(M, h - 1.3 * cm, "BORÅS STAD")
        c.setFillColor(colors.black)
        c.setFont("DV", 8)
        c.drawRightString(w - M, h - 1.3 * cm, "Socialförvaltningen – Kompetensförsörjningsplan 2025/2027")
        c.setStrokeColor(colors.HexColor("#00508C"))
        c.setLineWidth(0.6)
        c.line(M, h - 1.5 * cm, w - M, h - 1.5 * cm)
        c.setFont("DV", 8)
        c.drawRightString(w - M, 1.1 * cm, "%d/%d" % (doc.page, state["total"]))
        c.drawString(M, 1.1 * cm, "HR-enheten, Socialförvaltningen")
        c.restoreState()

    def on_first(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#00508C"))
        c.setFont("DV-B", 16)
        c.drawString(M, PH - 2.0 * cm, "BORÅS STAD")
        c.setFillColor(colors.black)
        c.setFont("DV-B", 9)
        c.drawRightString(PW - M, PH - 1.6 * cm, "Socialförvaltningen")
        c.setFont("DV", 8)
        c.drawRightString(PW - M, PH - 2.0 * cm, "HR-enheten")
        c.drawRightString(PW - M, PH - 2.35 * cm, "Postadress: 501 80 Borås")
        c.drawRightString(PW - M, PH - 2.7 * cm, "Telefon växel: 033-35 70 00")
        c.setStrokeColor(colors.HexColor("#00508C"))
        c.setLineWidth(1.2)
        c.line(M, PH - 3.0 * cm, PW - M, PH - 3.0 * cm)
        c.setFont("DV", 8)
        c.drawRightString(PW - M, 1.1 * cm, "%d/%d" % (doc.page, state["total"]))
        c.restoreState()

    def on_port(c, doc):
        running(c, doc, PW, PH)

    def on_land(c, doc):
        running(c, doc, LW, LH)

    top, bottom = 2.0 * cm, 1.8 * cm
    first_frame = Frame(
        M,
        bottom,
        PW - 2 * M,
        PH - 3.4 * cm - bottom,
        id="f1",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    one_frame = Frame(
        M,
        bottom,
        PW - 2 * M,
        PH - top - bottom,
        id="one",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    gap = 0.8 * cm
    colw = (PW - 2 * M - gap) / 2
    left = Frame(
        M,
        bottom,
        colw,
        PH - top - bottom,
        id="L",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    right = Frame(
        M + colw + gap,
        bottom,
        colw,
        PH - top - bottom,
        id="R",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    land_frame = Frame(
        M,
        bottom,
        LW - 2 * M,
        LH - top - bottom,
        id="land",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def P(t, s=body):
        return Paragraph(t, s)

    def unruled(header, rows, widths, style_cell=cell, head_style=cellb, repeat=1, right_cols=()):
        data = [[Paragraph(h, head_style) for h in header]]
        for r in rows:
            data.append([Paragraph(v, style_cell) if isinstance(v, str) else v for v in r])
        t = Table(data, colWidths=widths, repeatRows=repeat, hAlign="LEFT")
        ts = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
        t.setStyle(TableStyle(ts))
        return t

    story = []
    # ---------------- page 1 ----------------
    story += [
        Spacer(1, 1.2 * cm),
        P("Kompetensförsörjningsplan", title),
        P("för perioden 2025/2027", sub),
        P("Socialförvaltningen i Borås stad", sub),
        Spacer(1, 0.4 * cm),
        P("Beslutad av socialnämnden den 11 december 2024, § 214. Dnr SN 2024-01182.", small),
        P("Upprättad av HR-enheten på socialförvaltningen.", small),
        Spacer(1, 0.6 * cm),
        P("Innehåll", h2),
    ]
    toc = [
        ("1", "Inledning", "1"),
        ("2", "Uppdrag och organisation", "2"),
        ("3", "Nuläge", "2"),
        ("4", "Identifierade gap", "4"),
        ("5", "Varför uppstår gapen?", "5"),
        ("6", "Aktiviteter 2025–2027", "6"),
        ("7", "Uppföljning och revidering", "8"),
    ]
    tt = Table(
        [[Paragraph(a, small), Paragraph(b, small), Paragraph(c_, small)] for a, b, c_ in toc],
        colWidths=[1.0 * cm, 10 * cm, 1.5 * cm],
        hAlign="LEFT",
    )
    tt.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    story += [tt, Spacer(1, 0.5 * cm)]
    story += [
        P("1 Inledning", h1),
        P(
            "Socialförvaltningen behöver medarbetare som klarar ett krävande uppdrag: att "
            "ge barn, unga och vuxna i Borås ett rättssäkert och verksamt stöd. Den här "
            "planen beskriver hur förvaltningen ska säkra den kompetens som behövs under "
            "de kommande tre åren. Planen revideras årligen och nästa version tas fram "
            "hösten 2025."
        ),
        P(
            "Planen följer stadens modell för kompetensförsörjning i sex områden: "
            "utveckla, behålla, attrahera, rekrytera, introducera och avsluta. Kapitel 3 "
            "beskriver nuläget, kapitel 4 de gap som har identifierats och kapitel 5 "
            "orsakerna till dem. Aktiviteterna finns samlade i kapitel 6."
        ),
        P(
            "Enligt 3 kap. 3 § socialtjänstlagen ska insatserna inom socialtjänsten vara av "
            "god kvalitet och det ska finnas personal med lämplig utbildning och erfarenhet. "
            "Kompetensförsörjningen är därför en fråga om både arbetsmiljö och "
            "rättssäkerhet."
        ),
        NextPageTemplate("two"),
        PageBreak(),
    ]
    # ---------------- page 2 (two columns) ----------------
    story += [
        P("2 Uppdrag och organisation", h1),
        P(
            "Socialförvaltningen ansvarar för individ- och familjeomsorgen i Borås. "
            "Förvaltningen är organiserad i fyra avdelningar: Barn och familj, Vuxen, "
            "Arbete och försörjning samt Stöd och behandling. Till det kommer en stab med "
            "bland annat HR-enheten, ekonomi, kvalitet och utveckling."
        ),
        P(
            "Den 1 juli 2025 börjar den nya socialtjänstlagen att gälla. Den lägger större "
            "vikt vid förebyggande arbete, tidiga insatser och kunskapsbaserad praktik, "
            "vilket påverkar både arbetssätt och vilka kompetenser förvaltningen behöver. "
            "Samtidigt ökar behovet av stöd till barn och unga som riskerar att dras in i "
            "kriminalitet."
        ),
        P("3 Nuläge", h1),
        P(
            "Uppgifterna i detta avsnitt är hämtade ur personalsystemet den 31 oktober 2024 "
            "och avser månadsavlönade medarbetare om inget annat anges."
        ),
        P("3.1 Medarbetare", h2),
        P(
            "Den 31 oktober 2024 hade förvaltningen 1\u00a0047 månadsavlönade medarbetare, "
            "jämfört med 1\u00a0012 ett år tidigare. Av dem var 936 tillsvidareanställda och "
            "111 tidsbegränsat anställda."
        ),
        P(
            "Förvaltningen är kvinnodominerad: 851 av medarbetarna är kvinnor och 196 är "
            "män, vilket ger en andel kvinnor på 81 procent. Andelen har varit i stort sett "
            "oförändrad de senaste fem åren."
        ),
        P(
            "Medelåldern har sjunkit något, från 44,2 år 2023 till 43,5 år 2024. Var femte "
            "medarbetare är 55 år eller äldre, medan de flesta socialsekreterare är under "
            "40 år."
        ),
        P(
            "Socialsekreterarna är förvaltningens största yrkesgrupp med 318 "
            "tillsvidareanställda. Därefter följer behandlingsassistenter, behandlare och "
            "handläggare inom ekonomiskt bistånd. Inom myndighetsutövningen för barn och "
            "unga gäller behörighetskraven i 3 kap. 3 a § socialtjänstlagen, vilket gör att "
            "tjänsterna bara kan tillsättas med socionomer eller motsvarande."
        ),
        P(
            "Under planperioden 2025–2027 beräknas 38 medarbetare gå i pension, flest inom "
            "Stöd och behandling och bland enhetscheferna. Många medarbetare väljer dock att "
            "arbeta kvar efter 65 års ålder."
        ),
        PageBreak(),
    ]
    # ---------------- page 3 (two columns) ----------------
    story += [
        P("3.2 Sjukfrånvaro", h2),
        P(
            "Den totala sjukfrånvaron minskade från 8,3 procent 2023 till 7,1 procent 2024. "
            "Minskningen gäller framför allt korttidsfrånvaron (dag 1–14), som gick från "
            "3,0 procent till 2,6 procent."
        ),
        P(
            "Långtidssjukfrånvaron, det vill säga frånvaro som pågått i mer än 59 dagar, "
            "ligger kvar på en hög nivå: 3,4 procent 2024 mot 3,5 procent året innan. Den "
            "vanligaste orsaken är psykisk ohälsa. Mest utsatta är socialsekreterare inom "
            "barn och familj samt behandlingsassistenter på förvaltningens boenden."
        ),
        P("3.3 Personalomsättning och rörlighet", h2),
        P(
            "Personalomsättningen för tillsvidareanställda sjönk från 14,6 procent 2023 "
            "till 12,2 procent 2024. Bland socialsekreterare inom barn och familj var "
            "omsättningen 21,4 procent, vilket är den högsta i förvaltningen."
        ),
        P(
            "Nästan hälften av dem som slutade hade varit anställda i mindre än två år. "
            "Tabellen visar övriga nyckeltal för de två senaste åren."
        ),
        unruled(BOR_KEY_HEADER, BOR_KEY_ROWS, [4.6 * cm, 1.5 * cm, 1.5 * cm]),
        Spacer(1, 0.3 * cm),
        P(
            "Rekryteringar avser externa tillsättningar av tillsvidaretjänster. AMI är "
            "stadens index för hållbart medarbetarengagemang och kan anta värden mellan "
            "0 och 100.",
            small,
        ),
        P("3.4 Medarbetarenkäten", h2),
        P(
            "Resultatet i medarbetarenkäten har förbättrats för andra året i rad. "
            "Medarbetarna ger höga omdömen om stödet från kollegor och om att arbetet "
            "känns meningsfullt. Lägst är omdömena om arbetsbelastning och om möjligheten "
            "att hinna återhämta sig mellan tunga ärenden."
        ),
        P("3.5 Rekryteringsläget", h2),
        P(
            "Antalet sökande per annonserad socialsekreterartjänst inom barn och familj har "
            "minskat under flera år, och flera tjänster har fått annonseras om. För "
            "behandlare och behandlingsassistenter är läget bättre, medan sjuksköterskor "
            "till beroendevården har varit svåra att rekrytera under hela 2024. "
            "Förvaltningen har under perioden tagit in konsulter för att klara "
            "utredningsarbetet, vilket är kostsamt och ger sämre kontinuitet för barn och "
            "familjer."
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    # ---------------- page 4 (one column): gaps ----------------
    story += [
        P("4 Identifierade gap", h1),
        P(
            "Kompetensanalysen bygger på dialoger med samtliga enhetschefer i september 2024 "
            "och på statistiken i kapitel 3. Gapen nedan är numrerade i prioritetsordning "
            "och grupperade efter verksamhetsområde."
        ),
    ]
    n = 0
    for theme, items in BOR_GAPS:
        story.append(P(theme, h3))
        for g in items:
            n += 1
            story.append(Paragraph(g, numbered, bulletText="%d." % n))
    story += [
        Spacer(1, 0.3 * cm),
        P("4.1 Konsekvenser om gapen inte åtgärdas", h2),
        P(
            "Om gapen inom myndighetsutövningen kvarstår riskerar utredningstiderna att "
            "överskrida de lagstadgade fyra månaderna och beroendet av inhyrda konsulter "
            "att öka. Brister i behandlingsverksamheten innebär att fler placeringar måste "
            "köpas externt. Gapen inom ledning och organisation påverkar i sin tur "
            "arbetsmiljön och därmed både sjukfrånvaron och personalomsättningen."
        ),
        P("Gapen 1, 4 och 6 bedöms som mest kritiska och prioriteras i aktiviteterna för 2025."),
        NextPageTemplate("two"),
        PageBreak(),
    ]
    # ---------------- page 5 (two columns): reasons ----------------
    story += [
        P("5 Varför uppstår gapen?", h1),
        P("5.1 Därför är det svårt att rekrytera socionomer", h2),
        P(
            "Efterfrågan på socionomer är stor i hela Sjuhärad och i Göteborgsregionen. "
            "Flera grannkommuner och regionen erbjuder högre ingångslöner och arbeten "
            "med lägre belastning, till exempel inom skolan eller hälso- och sjukvården. "
            "Borås saknar egen socionomutbildning och de närmaste lärosätena finns i "
            "Göteborg och Jönköping, vilket gör att färre studenter gör sin praktik hos oss."
        ),
        P(
            "Arbetet med utredningar av barn och unga uppfattas dessutom som tungt för den "
            "som är ny i yrket. Nyutexaminerade stannar ofta kort tid och söker sig sedan "
            "vidare, vilket gör att erfarenheten i arbetsgrupperna blir låg. Behörighetskraven "
            "begränsar också möjligheten att anställa andra yrkesgrupper."
        ),
        P("5.2 Därför är sjukfrånvaron hög", h2),
        P(
            "Sjukfrånvaron hänger till stor del samman med den psykosociala arbetsmiljön. "
            "Många medarbetare hanterar svåra ärenden, hot och våld och ett högt tempo "
            "samtidigt som kollegor slutar och nya ska introduceras. När erfarna medarbetare "
            "lämnar fördelas deras ärenden på dem som är kvar, vilket ökar belastningen ytterligare."
        ),
        P(
            "De långa sjukskrivningarna gäller i huvudsak stressrelaterad ohälsa. Enheter som "
            "har haft flera chefsbyten under kort tid har högre sjukfrånvaro än andra, vilket "
            "visar att stabilt ledarskap är en viktig skyddsfaktor."
        ),
        P("5.3 Övriga orsaker", h2),
        P(
            "Den nya socialtjänstlagen, digitaliseringen av handläggningen och nya "
            "målgrupper med komplexa behov gör att kompetenskraven förändras snabbare än "
            "tidigare. Det gäller också chefsuppdraget, där arbetsmiljöansvaret har blivit "
            "mer krävande."
        ),
        NextPageTemplate("land"),
        PageBreak(),
    ]
    # ---------------- pages 6-7 (landscape): activities ----------------
    rows = []
    for area, items in BOR_ACTS:
        for i, (act, when, who, ind) in enumerate(items):
            rows.append([area if i == 0 else "", act, when, who, ind])
    story += [
        P("6 Aktiviteter 2025–2027", h1),
        P(
            "Aktiviteterna är ordnade efter stadens sex områden. Indikatorerna följs upp i "
            "delårsrapporten och i årsredovisningen. Flera aktiviteter svarar mot mer än ett "
            "gap, och tabellen fortsätter på nästa sida."
        ),
        unruled(BOR_ACT_HEADER, rows, [2.8 * cm, 9.0 * cm, 3.6 * cm, 5.2 * cm, 5.5 * cm]),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    # ---------------- page 8 (one column) ----------------
    story += [
        P("7 Uppföljning och revidering", h1),
        P(
            "Planen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen. "
            "HR-enheten sammanställer indikatorerna och redovisar dem för "
            "förvaltningsledningen. Avdelningscheferna ansvarar för att aktiviteterna inom "
            "respektive avdelning genomförs och för att nya behov fångas upp."
        ),
        P(
            "Planen revideras varje höst. Vid revideringen stäms gapen i kapitel 4 av mot "
            "utfallet av aktiviteterna och mot förändringar i uppdraget."
        ),
        P("Begrepp", h2),
        P("<b>Korttidssjukfrånvaro</b> – sjukfrånvaro dag 1–14 i procent av ordinarie arbetstid."),
        P(
            "<b>Långtidssjukfrånvaro</b> – sjukfrånvaro som pågått i mer än 59 dagar, i "
            "procent av ordinarie arbetstid."
        ),
        P(
            "<b>Personalomsättning</b> – antalet tillsvidareanställda som slutat under året "
            "delat med det genomsnittliga antalet tillsvidareanställda."
        ),
        P("<b>AMI</b> – aktivt medarbetarskap index, beräknat ur medarbetarenkäten."),
    ]

    def build(total):
        state["total"] = total
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf,
            pagesize=A4,
            invariant=1,
            title="Kompetensförsörjningsplan 2025/2027",
            author="HR-enheten, Socialförvaltningen, Borås stad",
            subject="Kompetensförsörjningsplan",
            creator="make_layouts.py",
            producer="make_layouts.py",
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    id="first", frames=[first_frame], onPage=on_first, pagesize=A4, autoNextPageTemplate="one"
                ),
                PageTemplate(id="one", frames=[one_frame], onPage=on_port, pagesize=A4),
                PageTemplate(id="two", frames=[left, right], onPage=on_port, pagesize=A4),
                PageTemplate(id="land", frames=[land_frame], onPage=on_land, pagesize=landscape(A4)),
            ]
        )
        import copy

        doc.build(copy.deepcopy(story))
        return buf.getvalue(), doc.page

    _, pages = build(0)
    data, pages2 = build(pages)
    assert pages == pages2
    with open(path, "wb") as f:
        f.write(data)


def main():
    if len(sys.argv) != 2:
        print("usage: make_layouts.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    make_amf_docx(os.path.join(out, AMF_FILE))
    make_boras_pdf(os.path.join(out, BOR_FILE))
    print("wrote", AMF_FILE, BOR_FILE, "to", out)


if __name__ == "__main__":
    main()
