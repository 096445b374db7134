"""Stockholm Vatten och Avfall AB: Kompetensförsörjningsplan 2026–2028 (PDF, side-column magazine layout, activity cards)."""

from layouts_n_engine import PDFDoc, num, style
from reportlab.lib import colors
from reportlab.platypus import Paragraph

FILE = "stockholm-vatten-och-avfall-kfp-2026-2028.pdf"
ADM = "Stockholm Vatten och Avfall AB"
PER = "2026-2028"
BLUE = colors.HexColor("#00508C")
SKY = colors.HexColor("#E3EEF7")
GREEN = colors.HexColor("#3F8F3A")
GREY = colors.HexColor("#555555")

SIDE_X, SIDE_W = 40, 112
BODY_X = 170

OCC = [
    ("Drifttekniker och processoperatörer", "214", "6", "4"),
    ("Ledningsnätstekniker och rörnätsarbetare", "187", "9", "12"),
    ("Elektriker och automationstekniker", "96", "3", "0"),
    ("Ingenjörer och projektledare", "238", "18", "0"),
    ("Renhållningsarbetare och chaufförer", "142", "21", "38"),
    ("Kundservice och administration", "118", "10", "6"),
    ("Specialister (IT, miljö, juridik, ekonomi)", "149", "6", "0"),
    ("Chefer", "65", "2", "0"),
]

KEYS = [
    (
        "Antal anställda (tillsvidare och visstid)",
        "1 198",
        "1 246",
        "1 284",
        "+38",
        "employees_total",
        "count",
        None,
    ),
    ("varav tillsvidareanställda", "1 121", "1 170", "1 209", "+39", "employees_permanent", "count", None),
    ("varav visstidsanställda", "77", "76", "75", "–1", "employees_temporary", "count", None),
    ("Andel kvinnor, procent", "39", "40", "41", "+1", "women_share", "percent", None),
    ("Medelålder, år", "45,9", "45,6", "45,2", "–0,4", "average_age", "years", None),
    ("Personalomsättning, procent", "7,4", "6,8", "6,1", "–0,7", "turnover_pct", "percent", None),
    ("Sjukfrånvaro, procent", "4,6", "4,4", "4,5", "+0,1", "sick_leave_pct", "percent", None),
    ("Aktivt medskapandeindex (AMI)", "78", "80", "81", "+1", "ami_index", "index", None),
]

SICK = [
    ("Sjukfrånvaro totalt", "5,6", "3,7", "4,5", "sick_leave_pct"),
    ("Dag 1–14", "2,4", "1,8", "2,0", "short_sick_leave_pct"),
    ("Dag 15–59", "0,9", "0,5", "0,7", None),
    ("Dag 60 och längre", "2,3", "1,4", "1,8", "long_sick_leave_pct"),
]

AGES = [
    ("–29 år", "61", "88"),
    ("30–39 år", "138", "176"),
    ("40–49 år", "142", "198"),
    ("50–59 år", "118", "182"),
    ("60 år –", "67", "114"),
]

TURN = [("2021", "5,9"), ("2022", "7,9"), ("2023", "7,4"), ("2024", "6,8"), ("2025", "6,1")]

RECR = [
    ("Processingenjör", "6", "5", "Få utexaminerade, konsultbolagen lockar med högre lön"),
    ("Automationstekniker", "9", "5", "Konkurrens från industrin och andra VA-organisationer"),
    ("Ledningsnätstekniker", "31", "4", "Stora pensionsavgångar, lång upplärning"),
    ("Drifttekniker", "27", "3", "Skiftarbete och beredskap avskräcker"),
    ("Projektledare, investering", "12", "4", "Många parallella infrastrukturprojekt i regionen"),
    ("Chaufför C/CE", "18", "4", "Brist på förare med YKB i hela länet"),
    ("Kundtjänstmedarbetare", "4", "1", "Många sökande"),
]

CRIT = [
    "Processingenjörer med erfarenhet av avancerad avloppsrening och membranteknik",
    "Automationsingenjörer och styr- och reglertekniker för driftövervakning",
    "Projektledare och byggledare för stora infrastrukturprojekt",
    "Ledningsnätstekniker med kunskap om relining och andra schaktfria metoder",
    "Chaufförer med C- eller CE-körkort och yrkeskompetensbevis (YKB)",
    "Informationssäkerhet och OT-säkerhet i samhällsviktig verksamhet",
]

CHALL = [
    "Stor konkurrens om VA-ingenjörer från konsultbolag och andra kommuner i regionen",
    "Utbyggnaden av Henriksdals reningsverk binder nyckelkompetens under hela planperioden",
    "Hög andel medarbetare som är 60 år eller äldre inom drift och ledningsnät",
    "Beredskap och skiftarbete gör vissa tjänster mindre attraktiva för yngre sökande",
]

# code, activity, varför, ägare, klart, mått
ACTS = [
    (
        "Utveckla",
        [
            (
                "U1",
                "Starta ett internt traineeprogram för ingenjörer inom process och ledningsnät",
                "Säkra nästa generation processingenjörer",
                "Chef Produktion och HR-chef",
                "Q4 2026",
                "Andel trainees som stannar efter två år",
            ),
            (
                "U2",
                "Genomföra ett kompetenslyft i OT-säkerhet för alla som arbetar med driftövervakning",
                "Nya krav på cybersäkerhet i samhällsviktig verksamhet",
                "Säkerhetsavdelningen",
                "2027-06-30",
                "Andel medarbetare som har genomfört utbildningen",
            ),
            (
                "U3",
                "Ledarprogram för första linjens chefer tillsammans med andra bolag i Stockholms Stadshus AB",
                "Stärka chefer som leder i stora förändringsprojekt",
                "HR-avdelningen",
                "2026–2028",
                "Ledarskapsindex i medarbetarenkäten",
            ),
        ],
    ),
    (
        "Behålla",
        [
            (
                "B1",
                "Riktad lönesatsning på drifttekniker, ledningsnätstekniker och automationstekniker i lönerevisionen 2026",
                "Marknadslönerna har ökat snabbare än våra",
                "VD och HR-chef",
                "April 2026",
                "Lönenivå jämfört med marknadsstatistik",
            ),
            (
                "B2",
                "Friskvårdstimme och utökad företagshälsovård för skiftarbetande",
                "Minska korttidssjukfrånvaron i skiftlagen",
                "Chef Drift",
                "Löpande",
                "Korttidssjukfrånvaro i skiftlagen",
            ),
            (
                "B3",
                "Stay interviews med medarbetare i kritiska roller",
                "Fånga upp skäl att stanna och risker för avgång i tid",
                "Närmaste chef",
                "Årligen i oktober",
                "Andel genomförda samtal",
            ),
        ],
    ),
    (
        "Attrahera",
        [
            (
                "A1",
                "Kampanj om samhällsviktiga jobb inom vatten och avfall riktad till kvinnor i tekniska yrken",
                "Öka andelen kvinnor i drift och ledningsnät",
                "Kommunikationsavdelningen och HR-avdelningen",
                "HT 2026",
                "Andel kvinnliga sökande",
            ),
            (
                "A2",
                "Samarbete med gymnasieskolornas VVS- och energiprogram och med yrkeshögskolor om praktikplatser",
                "Bygga en egen rekryteringsbas",
                "HR-avdelningen och avdelningschefer",
                "2027",
                "Antal praktikanter per år",
            ),
        ],
    ),
    (
        "Rekrytera",
        [
            (
                "R1",
                "Bekosta C- och CE-körkort för nyanställda renhållningsarbetare",
                "Brist på chaufförer med rätt behörighet",
                "Chef Avfall",
                "Q2 2026",
                "Antal utbildade förare",
            ),
            (
                "R2",
                "Kompetensbaserade intervjuer och arbetsprov i alla rekryteringar",
                "Jämnare kvalitet och mindre risk för felrekrytering",
                "HR-avdelningen",
                "Löpande",
                "Tid till anställning och bedömning efter sex månader",
            ),
        ],
    ),
    (
        "Introducera",
        [
            (
                "I1",
                "Digital introduktion med säkerhetsutbildning före första arbetsdagen",
                "Säkrare start och snabbare produktivitet",
                "HR-avdelningen och Säkerhetsavdelningen",
                "2026-09-30",
                "Andel nyanställda som genomfört introduktionen inom 30 dagar",
            ),
            (
                "I2",
                "Fadder för alla nyanställda i drift och ledningsnät",
                "Minska tidiga avslut under första året",
                "Arbetsledare",
                "Löpande",
                "Resultat i introduktionsenkäten",
            ),
        ],
    ),
    (
        "Avsluta",
        [
            (
                "Av1",
                "Överlämningsplan för alla som går i pension inom 18 månader",
                "Behålla kunskap om anläggningar och ledningsnät",
                "Närmaste chef",
                "Q1 2027",
                "Andel pensionsavgångar med överlämningsplan",
            ),
            (
                "Av2",
                "Avslutssamtal och digital avslutsenkät med kvartalsvis rapport till ledningsgruppen",
                "Förstå varför medarbetare slutar",
                "HR-avdelningen",
                "Löpande",
                "Svarsfrekvens i avslutsenkäten",
            ),
        ],
    ),
]


def build(outdir, gold):
    def gf(page, metric, value, unit, as_of, scope, quote):
        return gold.fig(FILE, ADM, PER, page, metric, value, unit, as_of, scope, quote)

    def header(c, i, n):
        if i == 1:
            return
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.8)
        c.line(SIDE_X, 806, 555, 806)
        c.setFont("DV", 7.5)
        c.setFillColor(BLUE)
        c.drawString(SIDE_X, 812, "STOCKHOLM VATTEN OCH AVFALL")
        c.setFillColor(GREY)
        c.drawRightString(555, 812, "Kompetensförsörjningsplan 2026–2028")

    def footer(c, i, n):
        if i == 1:
            return
        c.setFillColor(BLUE)
        c.rect(SIDE_X, 34, 24, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        c.drawCentredString(SIDE_X + 12, 39.5, str(i))
        c.setFillColor(GREY)
        c.setFont("DV", 7)
        c.drawString(SIDE_X + 32, 40, "av %d" % n)

    d = PDFDoc(
        left=BODY_X,
        right=40,
        top=88,
        bottom=70,
        header=header,
        footer=footer,
        title="Kompetensförsörjningsplan 2026–2028",
        author="Stockholm Vatten och Avfall",
        subject="Kompetensförsörjning",
    )
    body = d.body
    small = style("sm", size=7.5, leading=9.8, color=GREY)
    sidest = style("sd", size=8, leading=10.5, color=GREY)

    def section(num_, title):
        if not d.at_top():
            d.space(14)
        d.need(90)
        y = d.y
        pn = Paragraph(
            '<font color="#00508C" size="20"><b>%s</b></font>' % num_, style("sn", size=20, leading=22)
        )
        pt = Paragraph(title, style("stt", font="DVB", size=10.5, leading=13, color=BLUE))

        def f(c, y=y):
            c.setStrokeColor(BLUE)
            c.setLineWidth(2)
            c.line(SIDE_X, y + 4, SIDE_X + 30, y + 4)
            _, h1 = pn.wrap(SIDE_W, 100)
            pn.drawOn(c, SIDE_X, y - h1 - 2)
            _, h2 = pt.wrap(SIDE_W, 100)
            pt.drawOn(c, SIDE_X, y - h1 - 6 - h2)

        d.op(f)
        return d.page

    def side(text, dy=0, st=sidest):
        p = Paragraph(text, st)
        y = d.y - dy

        def f(c, y=y):
            _, h = p.wrap(SIDE_W, 1000)
            p.drawOn(c, SIDE_X, y - h)

        d.op(f)
        return d.page

    def sub(text):
        return d.heading(text, size=10, color=colors.black, before=8, after=4, keep=50)

    # ---------------- cover
    def cover(c, top):
        c.setFillColor(BLUE)
        c.rect(0, 430, 595.27, 411.89, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 12)
        c.drawString(SIDE_X, 790, "Stockholm Vatten och Avfall")
        c.setFont("DV", 9)
        c.drawString(SIDE_X, 776, "HR-avdelningen")
        c.setFont("DVB", 30)
        c.drawString(SIDE_X, 560, "Kompetensförsörjningsplan")
        c.setFont("DV", 16)
        c.drawString(SIDE_X, 532, "Planperiod: 2026–2028")
        c.setFont("DV", 9)
        c.drawString(
            SIDE_X, 470, "Fastställd av ledningsgruppen den 9 december 2025 · Diarienummer SVOA 2025-04417"
        )
        c.setFillColor(GREEN)
        c.rect(SIDE_X, 445, 60, 4, stroke=0, fill=1)

    d.op(lambda c: cover(c, 0))
    d.y = 400
    d.para("Om planen", style("op", font="DVB", size=11, color=BLUE), x=SIDE_X, width=515, after=4)
    intro = (
        "Stockholm Vatten och Avfall ansvarar för dricksvatten, avloppsrening och avfallshantering för drygt en "
        "miljon invånare i Stockholm och Huddinge. Verksamheten är samhällsviktig och ska fungera dygnet runt, "
        "årets alla dagar. Planen beskriver hur bolaget ska säkra den kompetens som behövs för att driva "
        "anläggningarna i dag och för att genomföra de stora investeringarna under de kommande åren."
    )
    d.para(intro, style("ib", size=10, leading=14), x=SIDE_X, width=515, after=8)
    d.para(
        "Planen gäller för hela bolaget och revideras varje år. Den tar sin utgångspunkt i ägardirektiven från "
        "Stockholms stad, bolagets affärsplan och stadens sex områden för kompetensförsörjning: utveckla, "
        "behålla, attrahera, rekrytera, introducera och avsluta.",
        style("ib", size=10, leading=14),
        x=SIDE_X,
        width=515,
        after=8,
    )

    # ---------------- 01 Nuläge
    d.new_page()
    section("01", "Nuläge och nyckeltal")
    pg = side(
        "<b>I korthet 2025</b><br/>1 284 anställda<br/>41 % kvinnor<br/>6,1 % personalomsättning<br/>"
        "81 i AMI",
        dy=70,
        st=style("ik", size=8.5, leading=12, color=BLUE),
    )
    gf(pg, "employees_total", 1284, "count", "2025", None, "1 284 anställda")
    gf(pg, "women_share", 41, "percent", "2025", None, "41 % kvinnor")
    gf(pg, "turnover_pct", 6.1, "percent", "2025", None, "6,1 % personalomsättning")
    gf(pg, "ami_index", 81, "index", "2025", None, "81 i AMI")
    t = (
        "Bolaget har vuxit med drygt 80 medarbetare på två år, främst inom projekt och investeringar. Den 31 "
        "december 2025 hade vi 1 284 medarbetare. Av dem är 526 kvinnor och 758 män. Andelen kvinnor ökar "
        "långsamt men är fortfarande låg inom drift, ledningsnät och avfallsinsamling."
    )
    pg = d.para(t, body)
    gf(pg, "employees_total", 1284, "count", "2025", None, "hade vi 1 284 medarbetare")
    gf(pg, "women_count", 526, "count", "2025", None, "526 kvinnor")
    gf(pg, "men_count", 758, "count", "2025", None, "758 män")
    d.para(
        "Tabellen visar nyckeltal för de tre senaste åren. Kolumnen längst till höger visar förändringen "
        "mellan 2024 och 2025.",
        body,
    )
    hdr = ["Nyckeltal", "2023", "2024", "2025", "+/–"]
    rows = [list(r[:5]) for r in KEYS]
    pages = d.table(
        [165, 50, 50, 50, 50],
        hdr,
        rows,
        rules="headonly",
        zebra=SKY,
        st=style("kt", size=8.5, leading=11),
        hst=style("kh", font="DVB", size=8.5, leading=11, color=BLUE),
    )
    for r, k, pg in zip(rows, KEYS, pages):
        q = " ".join(r)
        for yr, v in zip(("2023", "2024", "2025"), r[1:4]):
            gf(pg, k[5], num(v), k[6], yr, None, q)
    d.para(
        "Antal anställda avser den 31 december. Personalomsättning avser tillsvidareanställda som lämnat "
        "bolaget. Sjukfrånvaron är beräknad på ordinarie arbetstid för hela året.",
        small,
    )

    sub("Anställningsformer och yrkesroller")
    t = (
        "De flesta är tillsvidareanställda. Visstidsanställningar finns främst i projekt och som "
        "sommarvikarier inom avfallsinsamlingen. Under året hade vi 60 timavlönade, de flesta i "
        "avfallsverksamheten. 97 procent av de tillsvidareanställda arbetar heltid."
    )
    pg = d.para(t, body)
    gf(pg, "hourly_staff", 60, "count", "2025", None, "hade vi 60 timavlönade")
    gf(
        pg,
        "full_time_share",
        97,
        "percent",
        "2025",
        "tillsvidareanställda",
        "97 procent av de tillsvidareanställda arbetar heltid",
    )
    hdr = ["Yrkesroll", "Tillsvidare", "Visstid", "Timavlönade"]
    rows = [list(r) for r in OCC] + [["Hela bolaget", "1 209", "75", "60"]]
    pages = d.table(
        [180, 65, 55, 75],
        hdr,
        rows,
        rules="headonly",
        zebra=SKY,
        st=style("kt", size=8.5, leading=11),
        hst=style("kh", font="DVB", size=8.5, leading=11, color=BLUE),
    )
    for r, pg in zip(rows, pages):
        q = " ".join(r)
        sc = None if r[0] == "Hela bolaget" else r[0]
        gf(pg, "employees_permanent", num(r[1]), "count", "2025", sc, q)
        gf(pg, "employees_temporary", num(r[2]), "count", "2025", sc, q)
        gf(pg, "hourly_staff", num(r[3]), "count", "2025", sc, q)

    # ---------------- age pyramid
    d.need(210)
    sub("Åldersstruktur")
    d.para(
        "Medelåldern har sjunkit till 45,2 år. Samtidigt är 181 medarbetare 60 år eller äldre, och inom "
        "ledningsnätet är andelen nästan dubbelt så hög som i resten av bolaget. Pyramiden visar antal kvinnor "
        "och män per åldersgrupp.",
        body,
    )
    gf(d.page, "average_age", 45.2, "years", "2025", None, "Medelåldern har sjunkit till 45,2 år")
    cx = BODY_X + (555 - BODY_X) / 2
    scale = 0.75

    def pyramid(c, top):
        c.setFont("DVB", 8)
        c.setFillColor(colors.HexColor("#B0417A"))
        c.drawRightString(cx - 40, top - 8, "Kvinnor")
        c.setFillColor(BLUE)
        c.drawString(cx + 40, top - 8, "Män")
        for k, (band, w, m) in enumerate(reversed(AGES)):
            yy = top - 26 - k * 17
            wv, mv = num(w) * scale, num(m) * scale
            c.setFillColor(colors.HexColor("#E7B6CF"))
            c.rect(cx - 30 - wv, yy - 3, wv, 12, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#A9C7E3"))
            c.rect(cx + 30, yy - 3, mv, 12, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DV", 7.8)
            c.drawRightString(cx - 33 - wv, yy, w)
            c.drawCentredString(cx, yy, band)
            c.drawString(cx + 33 + mv, yy, m)

    d.block(26 + 17 * 5 + 4, pyramid)
    d.para("Figur 1. Antal medarbetare per åldersgrupp och kön, 31 december 2025.", small)

    # ---------------- 02 Personalflöden
    section("02", "Personalflöden och hälsa")
    side("Personalomsättningen är den lägsta sedan 2021.", dy=70)
    t = (
        "Under 2025 rekryterade vi 121 nya medarbetare. 74 tillsvidareanställda slutade, varav 19 gick i pension. "
        "Personalomsättningen har minskat tre år i rad."
    )
    pg = d.para(t, body)
    gf(pg, "recruitments", 121, "count", "2025", None, "rekryterade vi 121 nya medarbetare")
    gf(pg, "departures", 74, "count", "2025", "tillsvidareanställda", "74 tillsvidareanställda slutade")
    gf(pg, "retirements", 19, "count", "2025", None, "varav 19 gick i pension")
    bw = 36
    gapx = 30

    def bars(c, top):
        base = top - 96
        for k, (yr, v) in enumerate(TURN):
            x = BODY_X + 20 + k * (bw + gapx)
            h = num(v) * 8
            c.setFillColor(colors.black)
            c.setFont("DV", 8)
            c.drawCentredString(x + bw / 2, base - 11, yr)
            c.setFillColor(BLUE if yr != "2025" else GREEN)
            c.rect(x, base, bw, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DVB", 8)
            c.drawCentredString(x + bw / 2, base + h + 3, v + " %")
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(BODY_X + 10, base, BODY_X + 20 + 5 * (bw + gapx), base)

    pg = d.block(112, bars)
    for yr, v in TURN:
        gf(pg, "turnover_pct", num(v), "percent", yr, None, "%s %s %%" % (yr, v))
    d.para("Figur 2. Personalomsättning per år, procent.", small)

    sub("Sjukfrånvaro efter längd och kön")
    t = (
        "Sjukfrånvaron ökade marginellt till 4,5 procent. Kvinnors sjukfrånvaro är högre än mäns, särskilt den "
        "långa sjukfrånvaron. Korttidssjukfrånvaron är högst i skiftlagen inom avloppsreningen."
    )
    pg = d.para(t, body)
    gf(pg, "sick_leave_pct", 4.5, "percent", "2025", None, "ökade marginellt till 4,5 procent")
    hdr = ["Sjukfrånvaro 2025, procent", "Kvinnor", "Män", "Totalt"]
    rows = [list(r[:4]) for r in SICK]
    pages = d.table(
        [165, 65, 65, 65],
        hdr,
        rows,
        rules="h",
        line_color=BLUE,
        st=style("kt", size=8.5, leading=11),
        hst=style("kh", font="DVB", size=8.5, leading=11, color=BLUE),
    )
    for r, s_, pg in zip(rows, SICK, pages):
        if s_[4]:
            q = " ".join(r)
            gf(pg, s_[4], num(r[1]), "percent", "2025", "Kvinnor", q)
            gf(pg, s_[4], num(r[2]), "percent", "2025", "Män", q)
            gf(pg, s_[4], num(r[3]), "percent", "2025", None, q)

    sub("Vad säger de som slutar?")
    d.para(
        "58 av dem som slutade under 2025 besvarade avslutsenkäten. De vanligaste skälen var lön (31 procent), "
        "bristande utvecklingsmöjligheter (24 procent) och arbetstider (17 procent). Nästan nio av tio kan tänka "
        "sig att rekommendera Stockholm Vatten och Avfall som arbetsgivare.",
        body,
    )

    # ---------------- 03 Kompetensanalys
    d.new_page()
    section("03", "Kompetensbehov och analys")
    side("Skala för rekryteringsläge:<br/>1 = lätt<br/>3 = medel<br/>5 = mycket svårt", dy=70)
    d.para(
        "Varje avdelning har bedömt rekryteringsläget för sina nyckelroller och hur många som beräknas gå i "
        "pension de närmaste fem åren. Bedömningarna har stämts av i ledningsgruppen i oktober 2025.",
        body,
    )
    hdr = ["Yrkesroll", "Pension 2026–2030", "Läge (1–5)", "Kommentar"]
    rows = [list(r) for r in RECR]
    dots = {
        "1": colors.HexColor("#CDE8CB"),
        "3": colors.HexColor("#FBEBC0"),
        "4": colors.HexColor("#F7CDA6"),
        "5": colors.HexColor("#EFA59E"),
    }
    fills = [[None, None, dots.get(r[2]), None] for r in rows]
    d.table(
        [110, 62, 50, 153],
        hdr,
        rows,
        rules="h",
        line_color=BLUE,
        fills=fills,
        st=style("kt", size=8.2, leading=10.6),
        hst=style("kh", font="DVB", size=8.2, leading=10.6, color=BLUE),
    )

    sub("Kritiska kompetenser 2026–2028")
    pgs = d.bullets(CRIT, numbered=True, indent=16)
    for it, pg in zip(CRIT, pgs):
        gold.gap(FILE, ADM, PER, pg, "Kritiska kompetenser 2026–2028", None, it)
    sub("Utmaningar för kompetensförsörjningen")
    pgs = d.bullets(CHALL, marker="▪")
    for it, pg in zip(CHALL, pgs):
        gold.gap(FILE, ADM, PER, pg, "Utmaningar för kompetensförsörjningen", None, it)
    sub("Analys")
    d.para(
        "Bristen är störst där vi konkurrerar med både industrin och konsultbolagen, och där det tar lång tid "
        "att lära sig våra anläggningar. Vi kan inte lösa den enbart genom rekrytering. Under planperioden "
        "satsar vi därför mer på att utbilda egna medarbetare, på att behålla dem som redan kan anläggningarna "
        "och på att föra över kunskap innan erfarna medarbetare går i pension.",
        body,
    )

    # ---------------- 04 Aktiviteter as cards
    d.new_page()
    section("04", "Aktiviteter 2026–2028")
    d.para(
        "Aktiviteterna är ordnade efter stadens sex områden. Varje kort anger varför vi gör aktiviteten, "
        "vem som äger den, när den ska vara klar och hur vi mäter resultatet.",
        body,
        after=8,
    )
    d.space(22)
    lab = style("lab", font="DVB", size=6.8, leading=8.5, color=BLUE)
    val = style("val", size=8.2, leading=10.5)
    tit = style("tit", font="DVB", size=9, leading=11.5)
    cw = d.width
    for area, items in ACTS:
        first = True
        for code, act, why, owner, when, meas in items:
            pt = Paragraph(act, tit)
            _, ht = pt.wrap(cw - 50, 1000)
            colw = (cw - 50) / 2 - 6
            cells = [("VARFÖR", why), ("ÄGARE", owner), ("KLART", when), ("MÅTT", meas)]
            cps = [(Paragraph(a, lab), Paragraph(b, val)) for a, b in cells]
            hs = [pl.wrap(colw, 100)[1] + pv.wrap(colw, 1000)[1] for pl, pv in cps]
            row1 = max(hs[0], hs[1])
            row2 = max(hs[2], hs[3])
            h = 8 + ht + 6 + row1 + 5 + row2 + 8
            d.need(h + 8 + (22 if first else 0))
            if first:
                ya = d.y
                pa = Paragraph(area, style("ar", font="DVB", size=11, leading=13, color=GREEN))

                def fa(c, ya=ya, pa=pa):
                    _, hh = pa.wrap(SIDE_W, 50)
                    pa.drawOn(c, SIDE_X, ya - hh - 6)

                d.op(fa)
                first = False
            y = d.y

            def fc(c, y=y, h=h, pt=pt, ht=ht, cps=cps, row1=row1, code=code, colw=colw):
                c.setStrokeColor(colors.HexColor("#9DB9D3"))
                c.setLineWidth(0.7)
                c.roundRect(BODY_X, y - h, cw, h, 6, stroke=1, fill=0)
                c.setFillColor(SKY)
                c.roundRect(BODY_X, y - h, 38, h, 6, stroke=0, fill=1)
                c.setFillColor(BLUE)
                c.setFont("DVB", 9.5)
                c.drawCentredString(BODY_X + 19, y - 20, code)
                x1 = BODY_X + 46
                pt.drawOn(c, x1, y - 8 - ht)
                yy = y - 8 - ht - 6
                for k, (pl, pv) in enumerate(cps):
                    xx = x1 + (k % 2) * (colw + 10)
                    top = yy if k < 2 else yy - row1 - 5
                    _, hl = pl.wrap(colw, 100)
                    pl.drawOn(c, xx, top - hl)
                    _, hv = pv.wrap(colw, 1000)
                    pv.drawOn(c, xx, top - hl - hv)

            d.op(fc)
            d.y -= h + 8
            gold.act(
                FILE,
                ADM,
                PER,
                d.page,
                act,
                area=area,
                goal=why,
                target_date=when,
                responsible=owner,
                followup=meas,
            )

    # ---------------- 05 uppföljning
    section("05", "Uppföljning")
    d.para(
        "HR-avdelningen följer upp planen i bolagets tertialrapporter. Nyckeltalen i avsnitt 01 och 02 "
        "redovisas för ledningsgruppen varje tertial och för styrelsen i samband med årsredovisningen. "
        "Aktivitetsägarna rapporterar status på sina kort i april och oktober, och planen revideras inför "
        "2027.",
        body,
    )
    n = d.save(outdir + "/" + FILE)
    gold.plan(
        FILE,
        ADM,
        PER,
        "A4 PDF, %d pages, city-owned company, magazine layout: full-bleed blue cover (title, "
        "'Planperiod: 2026–2028', decision date, dnr) with 'Om planen' text; body pages with a LEFT SIDE "
        "COLUMN holding big section numbers (01–05) + section titles, 'I korthet 2025' key numbers and scale "
        "notes, body text in the right column; running header in capitals, footer page number in a blue "
        "square + 'av N'; key figures table years 2023|2024|2025 as columns plus a '+/–' change column "
        "(trap); occupation x employment-form zebra table; drawn AGE PYRAMID (women/men per band); turnover "
        "BAR CHART with value labels; sick leave by length with Kvinnor|Män|Totalt columns; exit-survey "
        "prose with percentages (traps); recruitment-difficulty table with 1–5 scale and coloured cells; "
        "numbered gap list 'Kritiska kompetenser 2026–2028' + '▪' bullets 'Utmaningar'; activities as "
        "rounded CARDS per UBARA area (code U1/B1…, title, VARFÖR/ÄGARE/KLART/MÅTT fields in a 2x2 grid), "
        "area names in the side column" % n,
    )
    return n
