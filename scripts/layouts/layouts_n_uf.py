"""Utbildningsförvaltningen, Stockholms stad: Kompetensförsörjningsplan 2026–2028 (DOCX)."""

import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from layouts_n_engine import normalize_zip, num

FILE = "utbildningsforvaltningen-kfp-2026-2028.docx"
ADM = "Utbildningsförvaltningen i Stockholms stad"
PER = "2026-2028"

NAVY = RGBColor(0x1B, 0x3A, 0x6B)

GENDER = [
    ("Kvinnor", "10 214", "71 %", "45,1", "6,9 %", "8,8 %"),
    ("Män", "4 172", "29 %", "44,0", "4,2 %", "10,1 %"),
    ("Totalt", "14 386", "100 %", "44,8", "6,1 %", "9,2 %"),
]

OCCS = [
    "Lärare grundskola",
    "Lärare gymnasieskola",
    "Lärare i fritidshem",
    "Elevassistenter",
    "Elevhälsa",
    "Ledning och administration",
]
FORMS = [
    ("Tillsvidare", ["5 080", "2 390", "1 240", "1 010", "640", "2 220"], "12 580", "employees_permanent"),
    ("Visstid", ["780", "420", "230", "210", "46", "120"], "1 806", "employees_temporary"),
    ("Timavlönade (personer)", ["610", "140", "190", "170", "10", "40"], "1 160", "hourly_staff"),
]

AGES = [
    ("–29 år", "1 120", "520", "1 640"),
    ("30–39 år", "2 610", "1 090", "3 700"),
    ("40–49 år", "2 980", "1 160", "4 140"),
    ("50–59 år", "2 330", "830", "3 160"),
    ("60 år –", "1 174", "572", "1 746"),
]

HARD = [
    "Lärare i matematik, NO och teknik med legitimation för årskurs 7–9",
    "Speciallärare och specialpedagoger",
    "Lärare i moderna språk och i svenska som andraspråk",
    "Yrkeslärare inom el, fordon och VVS",
    "Skolpsykologer och skolsköterskor",
    "Studie- och yrkesvägledare",
]

HEAT_COLS = ["Grundskola", "Gymnasieskola", "Anpassad skola", "Förvaltningens kontor"]
HEAT = [
    ("Behöriga lärare i bristämnen", "Hög", "Hög", "Medel", "–"),
    ("Specialpedagogisk kompetens och kunskap om NPF", "Hög", "Medel", "Hög", "Låg"),
    ("Svenska som andraspråk och språkutvecklande arbetssätt", "Hög", "Medel", "Medel", "–"),
    ("Digital kompetens och AI i undervisningen", "Medel", "Medel", "Låg", "Medel"),
    ("Rektorer och biträdande rektorer med erfarenhet", "Medel", "Hög", "Medel", "–"),
    ("Analys och uppföljning av resultat", "Låg", "Medel", "Låg", "Hög"),
    ("Upphandling och avtalsförvaltning", "–", "–", "–", "Hög"),
]
HEAT_FILL = {"Hög": "F2A89F", "Medel": "FBE3A6", "Låg": "CFE8C9", "–": "FFFFFF"}

SWOT = {
    "Styrkor": [
        "Stockholm är en attraktiv studieort med många lärarstudenter",
        "Väl etablerade karriärtjänster för förstelärare",
        "Gemensamt rektorsprogram och stark rektorsgrupp",
    ],
    "Svagheter": [
        "Många visstidsanställda obehöriga lärare i vissa skolområden",
        "Hög arbetsbelastning inom elevhälsan",
        "Olika villkor mellan skolor för samma befattning",
    ],
    "Möjligheter": [
        "Fler vägar till legitimation genom VAL och Lärarlyftet",
        "AI-verktyg kan minska administrationen för lärare",
        "Minskande elevkullar i grundskolan frigör lärare som kan omskolas",
    ],
    "Hot": [
        "Konkurrens från fristående skolor och grannkommuner om lärare i bristämnen",
        "Stora pensionsavgångar bland yrkeslärare",
        "Statliga krav på legitimation och behörighet skärps",
    ],
}

# goal -> list of (activity, area, klart, ansvar, mått)
GOALS = [
    (
        "Mål 1",
        "Fler legitimerade lärare i bristämnen",
        [
            (
                "Utöka antalet platser i Lärarlyftet och VAL för obehöriga lärare som redan arbetar hos oss",
                "Utveckla",
                "HT 2027",
                "Skolområdeschefer och HR-avdelningen",
                "Antal lärare som får legitimation per år",
            ),
            (
                "Ge betald studietid till lärare som läser in ytterligare behörighet i matematik eller NO",
                "Utveckla/Behålla",
                "Löpande",
                "Rektor",
                "Antal deltagare",
            ),
            (
                "Utveckla samarbetet med Stockholms universitet och Södertörns högskola om övningsskolor och VFU",
                "Attrahera",
                "2026-12-31",
                "Utvecklingsavdelningen",
                "Antal VFU-platser och andel studenter som söker tjänst hos oss",
            ),
            (
                "Riktad lönesatsning på lärare i matematik, NO och teknik i löneöversynen",
                "Behålla",
                "Q2 2026",
                "Förvaltningsledningen",
                "Personalomsättning och lönespridning i gruppen",
            ),
        ],
    ),
    (
        "Mål 2",
        "En stabil och tillgänglig elevhälsa",
        [
            (
                "Inrätta en gemensam rekryteringspool för skolpsykologer och skolsköterskor",
                "Rekrytera",
                "VT 2026",
                "HR-avdelningen",
                "Tid från annons till tillsättning",
            ),
            (
                "Erbjuda handledning i grupp för elevhälsans medarbetare två gånger per termin",
                "Behålla",
                "Löpande",
                "Elevhälsochef",
                "Resultat på frågor om arbetsbelastning i medarbetarenkäten",
            ),
            (
                "Ta fram en karriärmodell för specialpedagoger med möjlighet till förstelärartjänst",
                "Utveckla",
                "2027",
                "HR-avdelningen och Grundskoleavdelningen",
                "Antal tillsatta karriärtjänster",
            ),
        ],
    ),
    (
        "Mål 3",
        "Trygga ledare och ett hållbart ledarskap",
        [
            (
                "Genomföra förvaltningens program för blivande rektorer med 20 deltagare per år",
                "Utveckla",
                "2026–2028",
                "HR-avdelningen",
                "Andel rektorer som rekryteras internt",
            ),
            (
                "Ge alla nya rektorer en mentor under det första året",
                "Introducera",
                "Löpande",
                "Skolområdeschef",
                "Enkät till nya rektorer efter sex månader",
            ),
            (
                "Minska antalet medarbetare per chef genom fler biträdande rektorer i de största skolorna",
                "Behålla",
                "HT 2027",
                "Förvaltningsledningen",
                "Antal medarbetare per chef",
            ),
        ],
    ),
    (
        "Mål 4",
        "Fler vill börja hos oss och fler stannar",
        [
            (
                "Lansera en gemensam arbetsgivarsida och kampanj inför vårens rekryteringsperiod",
                "Attrahera",
                "Q1 2026",
                "Kommunikationsavdelningen",
                "Antal sökande per annons",
            ),
            (
                "Använda kompetensbaserad rekrytering och strukturerad referenstagning i alla rekryteringar",
                "Rekrytera",
                "Löpande",
                "Rektor med stöd av HR-avdelningen",
                "Andel rekryteringar enligt metoden",
            ),
            (
                "Erbjuda alla nyexaminerade lärare ett introduktionsår med mentor och reducerad undervisningstid",
                "Introducera",
                "HT 2026",
                "Rektor",
                "Andel nyexaminerade som är kvar efter två år",
            ),
            (
                "Genomföra avslutssamtal och skicka avslutsenkät till alla som slutar, och redovisa orsakerna per skolområde",
                "Avsluta",
                "Löpande",
                "Närmaste chef och HR-avdelningen",
                "Svarsfrekvens och skäl till avslut",
            ),
            (
                "Erbjuda medarbetare som går i pension uppdrag som vikarier eller mentorer",
                "Avsluta",
                "2028",
                "Rektor",
                "Antal pensionärer med uppdrag",
            ),
        ],
    ),
]

RACI_COLS = ["Förvaltningsledning", "Skolområdeschef", "Rektor", "HR-avdelningen", "Fackliga företrädare"]
RACI = [
    ("Kompetensanalys per skola", "I", "A", "R", "C", "C"),
    ("Rekrytering", "I", "I", "A/R", "C", "I"),
    ("Introduktion av nyanställda", "–", "I", "A", "R", "I"),
    ("Ledarutveckling", "A", "R", "I", "R", "–"),
    ("Avslutssamtal och avslutsenkät", "I", "I", "R", "A", "–"),
    ("Uppföljning av planen", "A", "R", "C", "R", "I"),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


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


def build(outdir, gold):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for sname, size in [("Title", 26), ("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 10.5)]:
        s = doc.styles[sname]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = NAVY
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Stockholms stad | Utbildningsförvaltningen"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = NAVY
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Kompetensförsörjningsplan 2026–2028 · sida ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")

    cp = doc.core_properties
    cp.author = "HR-avdelningen, Utbildningsförvaltningen"
    cp.last_modified_by = "HR-avdelningen"
    cp.title = "Kompetensförsörjningsplan 2026–2028"
    cp.created = datetime.datetime(2025, 11, 20, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 20, 8, 0, 0)
    cp.last_printed = datetime.datetime(2025, 11, 20, 8, 0, 0)
    cp.revision = 3

    state = {"page": 1}

    def pb():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        state["page"] += 1

    def P(text, bold=False, italic=False, size=None, style=None, align=None, space_after=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def H(text, level):
        doc.add_heading(text, level)

    def table(header, rows, widths=None, style="Table Grid", header_fill="1B3A6B", font=8.5):
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            run.font.size = Pt(font)
            if header_fill:
                shade(c, header_fill)
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                c = t.rows[ri].cells[ci]
                c.text = ""
                run = c.paragraphs[0].add_run(v)
                run.font.size = Pt(font)
        if widths:
            for row in t.rows:
                for c, w in zip(row.cells, widths):
                    c.width = Cm(w)
        return t

    def gf(metric, value, unit, as_of, scope, quote):
        return gold.fig(FILE, ADM, PER, state["page"], metric, value, unit, as_of, scope, quote)

    # ---------------- page 1: cover
    P("Stockholms stad", bold=True, size=14)
    P("Utbildningsförvaltningen", size=12)
    for _ in range(6):
        P("")
    doc.add_paragraph("Kompetensförsörjningsplan", style="Title")
    P("Utbildningsnämndens verksamheter 2026–2028", size=14)
    P("")
    P("Framtagen av HR-avdelningen, enheten för strategisk kompetensförsörjning", size=10)
    P("Dnr UF 2025:4411", size=10)
    P("Version 1.0 – 2025-11-20", size=10)
    pb()

    # ---------------- page 2: innehåll + frågor och svar
    H("Innehåll", 1)
    for line in [
        "1. Planen i frågor och svar",
        "2. Nuläge",
        "3. Kompetensanalys",
        "4. Aktiviteter per mål",
        "5. Vem gör vad?",
        "6. Uppföljning",
        "Bilaga. Begrepp och definitioner",
    ]:
        P(line, space_after=0)
    H("1. Planen i frågor och svar", 1)
    H("Varför behöver vi en kompetensförsörjningsplan?", 3)
    P(
        "Utbildningsförvaltningen är stadens största arbetsgivare inom skolan, med grundskolor, gymnasieskolor och "
        "anpassade skolor i hela Stockholm. Eleverna har rätt till legitimerade lärare och en fungerande "
        "elevhälsa. Planen visar hur vi ska säkra den kompetensen de kommande tre åren, och den är förvaltningens "
        "svar på utbildningsnämndens mål om en attraktiv arbetsgivare."
    )
    H("Vilka yrkesgrupper är svårast att rekrytera?", 3)
    P("Rektorernas bedömningar och våra annonser visar att det är svårast att hitta:")
    for it in HARD:
        doc.add_paragraph(it, style="List Bullet")
        gold.gap(FILE, ADM, PER, state["page"], "Vilka yrkesgrupper är svårast att rekrytera?", None, it)
    H("Vad gör vi annorlunda den här perioden?", 3)
    P(
        "Tidigare planer har haft aktiviteter per område i stadens modell. Den här gången utgår vi i stället från "
        "fyra mål. Under varje mål står aktiviteterna, och området i stadens modell anges inom parentes efter "
        "aktiviteten. Vi har också tydliggjort vem som gör vad i en ansvarsmatris."
    )
    H("Hur följs planen upp?", 3)
    P(
        "Varje skolområde följer upp sina aktiviteter i verksamhetsplanen. HR-avdelningen redovisar nyckeltalen och "
        "aktiviteternas status för utbildningsnämnden i tertialrapporterna och i verksamhetsberättelsen."
    )
    pb()

    # ---------------- page 3: nuläge
    H("2. Nuläge", 1)
    P(
        "Uppgifterna avser december 2025 om inget annat anges. Sjukfrånvaro och personalomsättning avser hela "
        "kalenderåret och tillsvidareanställda."
    )
    H("2.1 Nyckeltal för kvinnor och män", 2)
    hdr = ["", "Antal anställda", "Andel", "Medelålder", "Sjukfrånvaro", "Personalomsättning"]
    rows = [list(r) for r in GENDER]
    table(hdr, rows, widths=[2.6, 2.8, 1.8, 2.4, 2.6, 3.6])
    for r in rows:
        q = " ".join(r)
        if r[0] == "Totalt":
            gf("employees_total", num(r[1]), "count", "2025", None, q)
            gf("average_age", num(r[3]), "years", "2025", None, q)
            gf("sick_leave_pct", num(r[4]), "percent", "2025", None, q)
            gf("turnover_pct", num(r[5]), "percent", "2025", None, q)
        else:
            gf("women_count" if r[0] == "Kvinnor" else "men_count", num(r[1]), "count", "2025", None, q)
            gf("women_share" if r[0] == "Kvinnor" else "men_share", num(r[2]), "percent", "2025", None, q)
            gf("average_age", num(r[3]), "years", "2025", r[0], q)
            gf("sick_leave_pct", num(r[4]), "percent", "2025", r[0], q)
            gf("turnover_pct", num(r[5]), "percent", "2025", r[0], q)
    P("")
    H("2.2 Sjukfrånvaro", 2)
    t = (
        "Den totala sjukfrånvaron minskade från 6,4 procent 2024 till 6,1 procent 2025. Korttidssjukfrånvaron "
        "(dag 1–14) låg kvar på 2,7 procent, medan långtidssjukfrånvaron (dag 60 och längre) sjönk från 2,5 till "
        "2,2 procent. Sjukfrånvaron är högst bland elevassistenter och lärare i fritidshem, och den ökar alltid "
        "under perioden från november till mars."
    )
    P(t)
    gf("sick_leave_pct", 6.4, "percent", "2024", None, "från 6,4 procent 2024")
    gf("sick_leave_pct", 6.1, "percent", "2025", None, "till 6,1 procent 2025")
    gf("short_sick_leave_pct", 2.7, "percent", "2025", None, "låg kvar på 2,7 procent")
    gf("long_sick_leave_pct", 2.5, "percent", "2024", None, "sjönk från 2,5 till 2,2 procent")
    gf("long_sick_leave_pct", 2.2, "percent", "2025", None, "sjönk från 2,5 till 2,2 procent")
    H("2.3 Personalomsättning och rörlighet", 2)
    P("Personalomsättningen bland tillsvidareanställda har minskat varje år sedan 2022.")
    hdr = ["År", "2021", "2022", "2023", "2024", "2025"]
    row = ["Personalomsättning, %", "10,9", "11,8", "10,4", "9,7", "9,2"]
    table(hdr, [row], widths=[4.2, 2, 2, 2, 2, 2])
    q = " ".join(row)
    for yr, v in zip(hdr[1:], row[1:]):
        gf("turnover_pct", num(v), "percent", yr, "tillsvidareanställda", q)
    P("")
    t = (
        "Under 2025 anställdes 1 412 nya medarbetare på tillsvidare- eller visstidsanställning, samtidigt som "
        "1 297 avslutade sin anställning. Av dem som slutade gick 236 i pension. Aktivt medskapandeindex (AMI) i "
        "medarbetarenkäten blev 76, samma nivå som 2024."
    )
    P(t)
    gf("recruitments", 1412, "count", "2025", None, "anställdes 1 412 nya medarbetare")
    gf("departures", 1297, "count", "2025", None, "1 297 avslutade sin anställning")
    gf("retirements", 236, "count", "2025", None, "Av dem som slutade gick 236 i pension")
    gf("ami_index", 76, "index", "2025", None, "medarbetarenkäten blev 76")
    pb()

    # ---------------- page 4: anställningsformer (transposed) + ålder
    H("2.4 Anställningsform per yrkesgrupp", 2)
    P(
        "Tabellen är vänd så att yrkesgrupperna står i kolumnerna. Timavlönade räknas som personer som har fått lön "
        "under hösten 2025 och ingår inte i totalen för anställda."
    )
    hdr = ["Anställningsform"] + OCCS + ["Totalt"]
    rows = [[f[0]] + f[1] + [f[2]] for f in FORMS]
    table(hdr, rows, widths=[2.8, 1.9, 1.9, 1.9, 1.9, 1.6, 2.2, 1.8], font=7.5)
    for f, r in zip(FORMS, rows):
        q = " ".join(r)
        gf(f[3], num(f[2]), "count", "2025", None, q)
        for occ, v in zip(OCCS, f[1]):
            gf(f[3], num(v), "count", "2025", occ, q)
    P("")
    t = (
        "93 procent av de tillsvidareanställda arbetar heltid. 880 tillsvidareanställda har en "
        "deltidsanställning, de flesta elevassistenter och lärare i fritidshem."
    )
    P(t)
    gf(
        "full_time_share",
        93,
        "percent",
        "2025",
        "tillsvidareanställda",
        "93 procent av de tillsvidareanställda arbetar heltid",
    )
    gf(
        "part_time_count",
        880,
        "count",
        "2025",
        "tillsvidareanställda",
        "880 tillsvidareanställda har en deltidsanställning",
    )
    H("2.5 Åldersstruktur och pensionsavgångar", 2)
    table(["Åldersgrupp", "Kvinnor", "Män", "Totalt"], [list(a) for a in AGES], widths=[3.5, 2.5, 2.5, 2.5])
    P("")
    P(
        "1 746 medarbetare, drygt tolv procent, är 60 år eller äldre. Om alla går i pension vid 66 år lämnar omkring "
        "1 100 medarbetare förvaltningen under planperioden, flest bland yrkeslärare och lärare i grundskolans "
        "senare årskurser. Skolstarten den 18 augusti är den period då flest tjänster ska vara tillsatta, och "
        "pensionsavgångar sker därför oftast vid terminsslut."
    )
    pb()

    # ---------------- page 5: kompetensanalys
    H("3. Kompetensanalys", 1)
    P(
        "Analysen bygger på rektorernas kompetensanalyser i verksamhetsplaneringen, dialoger i skolområdenas "
        "ledningsgrupper och statistik över behörighet och rekrytering. Den sammanfattas först i en SWOT och "
        "sedan i en tabell över kompetensgap per verksamhet."
    )
    H("3.1 SWOT – förvaltningens läge som arbetsgivare", 2)
    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    fills = {"Styrkor": "DCEBDC", "Svagheter": "F8E1DC", "Möjligheter": "DDE7F3", "Hot": "F6ECCF"}
    for (ri, ci), key in zip(
        [(0, 0), (0, 1), (1, 0), (1, 1)], ["Styrkor", "Svagheter", "Möjligheter", "Hot"]
    ):
        c = t.cell(ri, ci)
        shade(c, fills[key])
        c.text = ""
        rr = c.paragraphs[0].add_run(key)
        rr.bold = True
        for it in SWOT[key]:
            p = c.add_paragraph("– " + it)
            p.runs[0].font.size = Pt(8.5)
    P("")
    H("3.2 Kompetensgap per verksamhet", 2)
    P("Tabellen visar hur stort gapet är mellan behov och befintlig kompetens i varje verksamhet.")
    hdr = ["Kompetens"] + HEAT_COLS
    rows = [list(r) for r in HEAT]
    tt = table(hdr, rows, widths=[5.4, 2.6, 2.6, 2.6, 2.8])
    for ri, r in enumerate(rows, 1):
        for ci in range(1, 5):
            shade(tt.rows[ri].cells[ci], HEAT_FILL[r[ci]])
        gold.gap(FILE, ADM, PER, state["page"], "Kompetensgap per verksamhet", None, r[0], " ".join(r))
    P(
        "Hög = stort gap som redan påverkar verksamheten. Medel = gap som behöver hanteras under perioden. "
        "Låg = mindre gap. – = inte aktuellt.",
        italic=True,
        size=8,
    )
    pb()

    # ---------------- pages 6-7: aktiviteter per mål
    H("4. Aktiviteter per mål", 1)
    P(
        "Området i stadens modell för kompetensförsörjning (utveckla, behålla, attrahera, rekrytera, introducera, "
        "avsluta) står inom parentes efter varje aktivitet."
    )
    for gi, (gno, gtext, acts) in enumerate(GOALS):
        if gi == 2:
            pb()
        t = doc.add_table(rows=2 + len(acts), cols=4)
        t.style = doc.styles["Table Grid"]
        top = t.cell(0, 0).merge(t.cell(0, 3))
        top.text = ""
        rr = top.paragraphs[0].add_run("%s. %s" % (gno, gtext))
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(top, "1B3A6B")
        for ci, h in enumerate(["Aktivitet (område)", "Klart", "Ansvar", "Mått"]):
            c = t.cell(1, ci)
            c.text = ""
            r_ = c.paragraphs[0].add_run(h)
            r_.bold = True
            r_.font.size = Pt(8.5)
            shade(c, "DDE7F3")
        for ai, (act, area, klart, ansv, matt) in enumerate(acts, 2):
            for ci, v in enumerate(["%s (%s)" % (act, area), klart, ansv, matt]):
                c = t.cell(ai, ci)
                c.text = ""
                r_ = c.paragraphs[0].add_run(v)
                r_.font.size = Pt(8.5)
            gold.act(
                FILE,
                ADM,
                PER,
                state["page"],
                act,
                area=area,
                goal=gtext,
                target_date=klart,
                responsible=ansv,
                followup=matt,
            )
        for row in t.rows:
            for c, w in zip(row.cells, [7.6, 2.2, 3.6, 3.8]):
                c.width = Cm(w)
        P("")
    P(
        "Lön och förmåner: utöver den riktade lönesatsningen i mål 1 erbjuder förvaltningen friskvårdsbidrag, "
        "förmånscykel och möjlighet till löneväxling till pension. Förmånerna presenteras samlat på "
        "arbetsgivarsidan som tas fram inom mål 4."
    )
    pb()

    # ---------------- page 8: RACI + uppföljning + bilaga
    H("5. Vem gör vad?", 1)
    P(
        "Ansvarsmatrisen visar vem som utför (R), vem som är ytterst ansvarig (A), vem som ska konsulteras (C) och "
        "vem som ska informeras (I) i kompetensförsörjningens delprocesser."
    )
    hdr = ["Delprocess"] + RACI_COLS
    table(hdr, [list(r) for r in RACI], widths=[4.6, 2.6, 2.4, 1.8, 2.4, 2.6], header_fill="5B6F8E", font=8)
    P("")
    H("6. Uppföljning", 1)
    P(
        "Nyckeltalen i avsnitt 2 följs upp varje tertial. Aktiviteterna följs upp med de mått som anges i "
        "tabellerna i avsnitt 4, och status redovisas i verksamhetsberättelsen för 2026. Planen revideras inför "
        "2027 utifrån rektorernas nya kompetensanalyser."
    )
    H("Bilaga. Begrepp och definitioner", 2)
    for b in [
        "Personalomsättning: tillsvidareanställda som slutat i staden, i procent av genomsnittligt antal "
        "tillsvidareanställda under året.",
        "Korttidssjukfrånvaro: sjukfrånvaro dag 1–14. Långtidssjukfrånvaro: sjukfrånvaro från dag 60.",
        "AMI: aktivt medskapandeindex i stadens medarbetarenkät, skala 0–100.",
        "Bristämnen: ämnen där mindre än 70 procent av lärarna är behöriga i förvaltningens skolor.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    path = outdir + "/" + FILE
    doc.save(path)
    normalize_zip(path)
    n = state["page"]
    gold.plan(
        FILE,
        ADM,
        PER,
        "DOCX, %d pages by explicit page breaks: cover (Stockholms stad / Utbildningsförvaltningen / Title / "
        "'Utbildningsnämndens verksamheter 2026–2028' / HR unit / dnr / version), different first-page header, "
        "header text + centred footer with PAGE field; plain contents list; QUESTIONS-AND-ANSWERS section with "
        "Heading 3 questions and the gap bullets under the question 'Vilka yrkesgrupper är svårast att "
        "rekrytera?'; key figures with WOMEN/MEN/TOTAL AS ROWS (metrics as columns); sick leave by type in "
        "prose with previous-year comparison; one-row turnover-by-year table; TRANSPOSED employment-form table "
        "(occupations as columns, forms as rows); age table Kvinnor|Män|Totalt with traps (60 år, 66 år, 18 "
        "augusti, forecast); SWOT 2x2 shaded table (not counted as gaps); gap HEAT TABLE per verksamhet "
        "(Hög/Medel/Låg shaded cells); activities in one table PER GOAL (merged navy goal row 'Mål N. ...', "
        "columns Aktivitet (område) | Klart | Ansvar | Mått, UBARA area in brackets after the activity); "
        "RACI responsibility matrix; definitions appendix" % n,
    )
    return n
