"""Fastighetskontoret, Stockholms stad: Kompetensförsörjningsplan 2025 and 2026 (PDF, same house style)."""

from layouts_n_engine import PDFDoc, num, style
from reportlab.lib import colors

ADM = "Fastighetskontoret i Stockholms stad"
TEAL = colors.HexColor("#1F6F78")
LIGHT = colors.HexColor("#E4F1F2")
GREY = colors.HexColor("#5A5A5A")

DEPTS = [
    "Förvaltningsavdelningen",
    "Projektavdelningen",
    "Mark- och tomträttsavdelningen",
    "Lokalförsörjningsavdelningen",
    "Driftavdelningen",
    "Stab och verksamhetsstöd",
]

DATA = {
    2025: dict(
        file="fastighetskontoret-kfp-2025.pdf",
        period="2025",
        year="2024",
        prev="2023",
        dnr="FK 2024/1187",
        tot="612",
        perm="571",
        temp="41",
        women="288",
        men="324",
        wshare="47",
        age="44,8",
        to="9,4",
        to_prev="10,1",
        sick="5,1",
        sick_prev="5,4",
        short="2,2",
        short_prev="2,0",
        mid="0,8",
        mid_prev="0,8",
        long="2,1",
        long_prev="2,6",
        rec="68",
        dep="57",
        ret="14",
        ami="79",
        ami_prev="77",
        hourly="23",
        ft="94",
        occ=[
            ("Fastighetsförvaltare", "62", "3", "0", "65"),
            ("Tekniska förvaltare och drifttekniker", "88", "5", "4", "93"),
            ("Projektledare bygg och installation", "71", "9", "0", "80"),
            ("Hantverkare (el, VVS, bygg)", "104", "6", "11", "110"),
            ("Handläggare mark och tomträtt", "39", "2", "0", "41"),
            ("Lokalstrateger och lokalplanerare", "28", "1", "0", "29"),
            ("Jurister", "17", "2", "0", "19"),
            ("Ekonomer och controllers", "41", "4", "2", "45"),
            ("Administratörer och kundtjänst", "57", "6", "6", "63"),
            ("Chefer", "64", "3", "0", "67"),
        ],
        ages=[
            ("Under 30 år", "41", "7 %"),
            ("30–39 år", "152", "25 %"),
            ("40–49 år", "189", "31 %"),
            ("50–59 år", "158", "26 %"),
            ("60 år och äldre", "72", "12 %"),
        ],
        pens=[("2025", "11"), ("2026", "13"), ("2027", "15"), ("2028", "12"), ("2029", "16")],
        dept=[
            ("168", "42 %", "5,6 %", "8,8 %"),
            ("121", "38 %", "3,9 %", "12,4 %"),
            ("64", "59 %", "4,2 %", "7,1 %"),
            ("58", "62 %", "4,8 %", "6,9 %"),
            ("133", "29 %", "6,7 %", "10,6 %"),
            ("68", "85 %", "4,4 %", "8,2 %"),
        ],
        flows=[
            ("2022", "74", "63", "12", "11,2 %"),
            ("2023", "71", "59", "15", "10,1 %"),
            ("2024", "68", "57", "14", "9,4 %"),
        ],
        toyears=[("2020", "8,1"), ("2021", "8,9"), ("2022", "11,2"), ("2023", "10,1"), ("2024", "9,4")],
    ),
    2026: dict(
        file="fastighetskontoret-kfp-2026.pdf",
        period="2026",
        year="2025",
        prev="2024",
        dnr="FK 2025/1302",
        tot="634",
        perm="589",
        temp="45",
        women="305",
        men="329",
        wshare="48",
        age="44,3",
        to="8,6",
        to_prev="9,4",
        sick="4,9",
        sick_prev="5,1",
        short="2,3",
        short_prev="2,2",
        mid="0,8",
        mid_prev="0,8",
        long="1,8",
        long_prev="2,1",
        rec="74",
        dep="53",
        ret="17",
        ami="80",
        ami_prev="79",
        hourly="19",
        ft="95",
        jmx="78",
        occ=[
            ("Fastighetsförvaltare", "64", "3", "0", "67"),
            ("Tekniska förvaltare och drifttekniker", "93", "6", "3", "99"),
            ("Projektledare bygg och installation", "76", "8", "0", "84"),
            ("Hantverkare (el, VVS, bygg)", "101", "7", "9", "108"),
            ("Handläggare mark och tomträtt", "41", "2", "0", "43"),
            ("Lokalstrateger och lokalplanerare", "30", "2", "0", "32"),
            ("Jurister", "18", "1", "0", "19"),
            ("Ekonomer och controllers", "43", "5", "2", "48"),
            ("Administratörer och kundtjänst", "56", "8", "5", "64"),
            ("Chefer", "67", "3", "0", "70"),
        ],
        ages=[
            ("Under 30 år", "46", "7 %"),
            ("30–39 år", "160", "25 %"),
            ("40–49 år", "197", "31 %"),
            ("50–59 år", "161", "25 %"),
            ("60 år och äldre", "70", "11 %"),
        ],
        pens=[("2026", "13"), ("2027", "16"), ("2028", "12"), ("2029", "15"), ("2030", "18")],
        dept=[
            ("172", "43 %", "5,2 %", "8,1 %"),
            ("128", "39 %", "4,1 %", "10,9 %"),
            ("66", "59 %", "3,9 %", "6,2 %"),
            ("61", "62 %", "4,6 %", "7,4 %"),
            ("135", "30 %", "6,3 %", "9,8 %"),
            ("72", "88 %", "4,1 %", "7,0 %"),
        ],
        flows=[
            ("2023", "71", "59", "15", "10,1 %"),
            ("2024", "68", "57", "14", "9,4 %"),
            ("2025", "74", "53", "17", "8,6 %"),
        ],
        toyears=[("2021", "8,9"), ("2022", "11,2"), ("2023", "10,1"), ("2024", "9,4"), ("2025", "8,6")],
    ),
}

# activities: (insats, område, ägare, quarters(set), klart)
ACTS_2025 = [
    (
        "Ta fram en karriärväg för tekniska förvaltare med tre nivåer och tydliga kompetenskrav",
        "Utveckla",
        "HR-avdelningen och Förvaltningsavdelningen",
        {1, 2, 3},
        "Q3 2025",
    ),
    (
        "Genomföra utbildning i energieffektiv drift för samtliga drifttekniker",
        "Utveckla",
        "Driftavdelningen",
        {2, 3, 4},
        "2025-12-31",
    ),
    (
        "Anmäla alla nya chefer till stadens introduktionsprogram för chefer och erbjuda kontorets egen ledarträning i grupp",
        "Utveckla",
        "HR-avdelningen",
        {1, 2, 3, 4},
        "Löpande",
    ),
    (
        "Starta ett internt mentorsprogram för nyanställda projektledare",
        "Utveckla, Introducera",
        "Projektavdelningen",
        {1, 2},
        "Q2 2025",
    ),
    (
        "Genomföra lönekartläggning och en riktad lönesatsning för projektledare och tekniska förvaltare",
        "Behålla",
        "Kontorsledningen med stöd av HR-avdelningen",
        {1, 2},
        "April 2025",
    ),
    (
        "Följa upp sjukfrånvaron månadsvis i ledningsgruppen och erbjuda tidig rehabiliteringskontakt",
        "Behålla",
        "Avdelningschefer",
        {1, 2, 3, 4},
        "Löpande",
    ),
    (
        "Delta på arbetsmarknadsdagar vid KTH och yrkeshögskolor med fastighetsutbildningar",
        "Attrahera",
        "Kommunikationsenheten och HR-avdelningen",
        {1, 4},
        "Q4 2025",
    ),
    (
        "Ta emot praktikanter och examensarbetare från högskola och yrkeshögskola",
        "Attrahera",
        "Avdelningschefer",
        {1, 2, 3, 4},
        "2025",
    ),
    (
        "Använda kompetensbaserad rekrytering med strukturerade intervjuer i alla rekryteringar",
        "Rekrytera",
        "Rekryterande chef med stöd av HR-avdelningen",
        {1, 2, 3, 4},
        "Löpande",
    ),
    (
        "Införa en gemensam introduktionsdag varje kvartal och en checklista för chefer",
        "Introducera",
        "HR-avdelningen",
        {1},
        "Q1 2025",
    ),
    (
        "Genomföra avslutssamtal och digital avslutsenkät med alla som slutar och sammanställa resultatet halvårsvis",
        "Avsluta",
        "Närmaste chef och HR-avdelningen",
        {2, 4},
        "Löpande",
    ),
    (
        "Dokumentera nyckelkunskap hos medarbetare som går i pension inom två år",
        "Avsluta",
        "Avdelningschefer",
        {2, 3, 4},
        "2025-11-30",
    ),
]

FOLLOW_2025 = [  # status, kommentar for ACTS_2025 in order
    ("Genomförd", "Karriärvägen infördes i september och 14 medarbetare har bytt nivå."),
    ("Delvis genomförd", "31 av 42 drifttekniker har gått utbildningen, resten går under våren 2026."),
    ("Genomförd", "Sju nya chefer har deltagit i stadens program."),
    ("Genomförd", "Tolv adepter och tolv mentorer deltog."),
    ("Genomförd", "Satsningen genomfördes i löneöversynen."),
    ("Pågår", "Fortsätter 2026."),
    ("Genomförd", "Kontoret deltog på fyra mässor."),
    ("Delvis genomförd", "Nio praktikanter och två examensarbetare togs emot."),
    ("Pågår", "Används i de flesta rekryteringar, fortsätter 2026."),
    ("Genomförd", "Fyra introduktionsdagar genomfördes."),
    ("Delvis genomförd", "Svarsfrekvensen på avslutsenkäten var 64 procent."),
    ("Ej genomförd", "Flyttas till 2026."),
]

ACTS_2026 = [
    (
        "Ta fram en karriärväg för projektledare enligt samma modell som för tekniska förvaltare",
        "Utveckla",
        "HR-avdelningen och Projektavdelningen",
        {1, 2, 3},
        "Q3 2026",
    ),
    (
        "Slutföra utbildningen i energieffektiv drift för återstående drifttekniker",
        "Utveckla",
        "Driftavdelningen",
        {1, 2},
        "VT 2026",
    ),
    (
        "Genomföra en kompetensinventering i det nya digitala underhållssystemet",
        "Utveckla",
        "Avdelningschefer med stöd av HR-avdelningen",
        {2, 3, 4},
        "2026-10-31",
    ),
    (
        "Starta ett ledarprogram för blivande chefer med deltagare från alla avdelningar",
        "Utveckla",
        "HR-avdelningen",
        {3, 4},
        "HT 2026",
    ),
    (
        "Införa riktlinjer för flexibel arbetstid och hybridarbete där verksamheten tillåter",
        "Behålla",
        "Kontorsledningen",
        {1, 2},
        "Q2 2026",
    ),
    (
        "Erbjuda förmånscykel och höjt friskvårdsbidrag till alla tillsvidareanställda",
        "Behålla",
        "HR-avdelningen",
        {1},
        "Mars 2026",
    ),
    (
        "Följa upp sjukfrånvaron månadsvis i ledningsgruppen och erbjuda tidig rehabiliteringskontakt",
        "Behålla",
        "Avdelningschefer",
        {1, 2, 3, 4},
        "Löpande",
    ),
    (
        "Genomföra en arbetsgivarkampanj riktad till elektriker och VVS-montörer",
        "Attrahera",
        "Kommunikationsenheten och HR-avdelningen",
        {2, 3},
        "Q3 2026",
    ),
    (
        "Erbjuda sommarjobb till studenter på bygg- och fastighetsprogram",
        "Attrahera, Rekrytera",
        "Avdelningschefer",
        {1, 2, 3},
        "Juni 2026",
    ),
    (
        "Ta fram en gemensam mall för kravprofiler och kvalitetssäkra rekryteringsprocessen",
        "Rekrytera",
        "HR-avdelningen",
        {1, 2},
        "2026-05-31",
    ),
    (
        "Komplettera introduktionen med film och en självskattning efter tre månader",
        "Introducera",
        "HR-avdelningen",
        {2, 3, 4},
        "HT 2026",
    ),
    (
        "Dokumentera nyckelkunskap hos medarbetare som går i pension inom två år",
        "Avsluta",
        "Avdelningschefer",
        {1, 2, 3, 4},
        "2026-12-31",
    ),
    (
        "Fortsätta med avslutssamtal och digital avslutsenkät och redovisa orsakerna till avslut i ledningsgruppen",
        "Avsluta",
        "Närmaste chef och HR-avdelningen",
        {2, 4},
        "Löpande",
    ),
]

GAPS_2025 = [
    (
        "Teknik och förvaltning",
        [
            "Tekniska förvaltare med kunskap om energieffektivisering och fastighetsautomation",
            "Drifttekniker med behörighet för kyl- och värmepumpsanläggningar",
            "Elektriker med erfarenhet av styr- och reglerteknik",
        ],
    ),
    (
        "Projekt och investeringar",
        [
            "Erfarna projektledare för ombyggnad av kulturhistoriskt värdefulla byggnader",
            "Beställarkompetens inom entreprenadjuridik och upphandling",
        ],
    ),
    (
        "Ledning och styrning",
        [
            "Chefer med erfarenhet av förändringsledning och digitalisering",
            "Dataanalys för att planera underhållet i fastighetsbeståndet",
        ],
    ),
]

GAPS_2026 = [
    (
        "Tekniska förvaltare med kunskap om energieffektivisering och fastighetsautomation",
        "Stort",
        "Medel",
        "Karriärvägen har gett fler interna sökande.",
    ),
    (
        "Drifttekniker med behörighet för kyl- och värmepumpsanläggningar",
        "Stort",
        "Stort",
        "Få sökande trots två annonseringar.",
    ),
    ("Elektriker och VVS-montörer", "Medel", "Stort", "Hård konkurrens från privata fastighetsbolag."),
    (
        "Erfarna projektledare för ombyggnad av kulturhistoriskt värdefulla byggnader",
        "Stort",
        "Stort",
        "Flera stora renoveringar startar 2026–2027.",
    ),
    ("Beställarkompetens inom entreprenadjuridik och upphandling", "Medel", "Medel", "Oförändrat läge."),
    ("Dataanalys för underhållsplanering", "Medel", "Stort", "Nytt underhållssystem införs under året."),
]

RECR = [  # yrkesgrupp, rekryteringsläge 2025, 2026
    ("Fastighetsförvaltare", "Medel", "Medel"),
    ("Tekniska förvaltare och drifttekniker", "Mycket svårt", "Svårt"),
    ("Projektledare bygg och installation", "Svårt", "Svårt"),
    ("Hantverkare (el, VVS, bygg)", "Svårt", "Mycket svårt"),
    ("Handläggare mark och tomträtt", "Lätt", "Medel"),
    ("Jurister", "Medel", "Medel"),
    ("Ekonomer och controllers", "Lätt", "Lätt"),
]


def build(version, outdir, gold):
    D = DATA[version]
    F, P, Y, PY = D["file"], D["period"], D["year"], D["prev"]

    def g_fig(page, metric, value, unit, as_of, scope, quote, **kw):
        return gold.fig(F, ADM, P, page, metric, value, unit, as_of, scope, quote, **kw)

    def header(c, i, n):
        if i == 1:
            c.setFillColor(TEAL)
            c.rect(0, 800, 595.27, 41.89, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVB", 15)
            c.drawString(62, 815, "Stockholms stad")
            c.setFont("DV", 8.5)
            c.drawRightString(533, 823, "Fastighetskontoret")
            c.drawRightString(533, 811, "Avdelningen för HR och verksamhetsstöd")
            c.setFillColor(GREY)
            c.setFont("DV", 8)
            c.drawRightString(533, 786, "Dnr %s" % D["dnr"])
        else:
            c.setFillColor(TEAL)
            c.setFont("DV", 8)
            c.drawString(62, 812, "Fastighetskontoret")
            c.setFillColor(GREY)
            c.drawRightString(533, 812, "Kompetensförsörjningsplan %s" % P)
            c.setStrokeColor(TEAL)
            c.setLineWidth(1.2)
            c.line(62, 806, 533, 806)

    def footer(c, i, n):
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setLineWidth(0.4)
        c.line(62, 50, 533, 50)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(62, 38, "Fastighetskontoret | Dnr %s" % D["dnr"])
        c.drawRightString(533, 38, "Sida %d/%d" % (i, n))

    d = PDFDoc(
        top=92,
        bottom=72,
        header=header,
        footer=footer,
        title="Kompetensförsörjningsplan %s" % P,
        author="Fastighetskontoret",
        subject="Kompetensförsörjning",
    )
    H1 = dict(size=13.5, color=TEAL)
    H2 = dict(size=10.5, color=colors.black, before=8, keep=50)
    small = style("sm", size=7.5, leading=9.8, color=GREY)
    body = d.body

    # ---------- page 1
    d.space(6)
    d.para(
        "Kompetensförsörjningsplan %s" % P, style("t", font="DVB", size=22, leading=27, color=TEAL), after=3
    )
    sub = "Fastighetskontoret i Stockholms stad – bilaga till verksamhetsplan %s" % P
    d.para(sub, style("st", size=11, leading=15, color=GREY), after=14)

    d.para("Nyckeltal i siffror", style("nk", font="DVB", size=10.5, color=TEAL), after=4)
    if version == 2025:
        tiles = [
            (D["tot"], "medarbetare¹"),
            (D["wshare"] + " %", "kvinnor"),
            (D["age"] + " år", "medelålder"),
            (D["to"] + " %", "personalomsättning²"),
            (D["sick"] + " %", "sjukfrånvaro³"),
        ]
        subs = [None] * 5
    else:
        tiles = [
            (D["tot"], "medarbetare¹"),
            (D["wshare"] + " %", "kvinnor"),
            (D["age"] + " år", "medelålder"),
            (D["to"] + " %", "personalomsättning²"),
            (D["sick"] + " %", "sjukfrånvaro³"),
            (D["ami"], "AMI⁴"),
        ]
        subs = [
            "(2024: 612)",
            "(2024: 47 %)",
            "(2024: 44,8 år)",
            "(2024: 9,4 %)",
            "(2024: 5,1 %)",
            "(2024: 79)",
        ]
    nt = len(tiles)
    gapw = 6
    tw = (d.width - gapw * (nt - 1)) / nt
    th = 64 if version == 2025 else 74
    x0 = d.left

    def draw_tiles(c, top):
        for k, ((big, lab), sb) in enumerate(zip(tiles, subs)):
            xx = x0 + k * (tw + gapw)
            c.setFillColor(LIGHT)
            c.roundRect(xx, top - th, tw, th, 5, stroke=0, fill=1)
            c.setFillColor(TEAL)
            c.setFont("DVB", 17 if nt == 5 else 15)
            c.drawCentredString(xx + tw / 2, top - 30, big)
            c.setFillColor(colors.black)
            c.setFont("DV", 7.6)
            c.drawCentredString(xx + tw / 2, top - 45, lab)
            if sb:
                c.setFillColor(GREY)
                c.setFont("DVI", 7)
                c.drawCentredString(xx + tw / 2, top - 58, sb)

    pg = d.block(th + 6, draw_tiles)
    g_fig(pg, "employees_total", num(D["tot"]), "count", Y, None, "%s medarbetare¹" % D["tot"])
    g_fig(pg, "women_share", num(D["wshare"]), "percent", Y, None, "%s %% kvinnor" % D["wshare"])
    g_fig(pg, "average_age", num(D["age"]), "years", Y, None, "%s år medelålder" % D["age"])
    g_fig(pg, "turnover_pct", num(D["to"]), "percent", Y, None, "%s %% personalomsättning²" % D["to"])
    g_fig(pg, "sick_leave_pct", num(D["sick"]), "percent", Y, None, "%s %% sjukfrånvaro³" % D["sick"])
    if version == 2026:
        g_fig(pg, "ami_index", 80, "index", Y, None, "80 AMI⁴")
        for metric, val, unit, q in [
            ("employees_total", 612, "count", "(2024: 612)"),
            ("women_share", 47, "percent", "(2024: 47 %)"),
            ("average_age", 44.8, "years", "(2024: 44,8 år)"),
            ("turnover_pct", 9.4, "percent", "(2024: 9,4 %)"),
            ("sick_leave_pct", 5.1, "percent", "(2024: 5,1 %)"),
            ("ami_index", 79, "index", "(2024: 79)"),
        ]:
            g_fig(pg, metric, val, unit, "2024", None, q)
    fn = [
        "¹ Tillsvidare- och visstidsanställda den 31 oktober %s, exklusive timavlönade." % Y,
        "² Externa avgångar bland tillsvidareanställda i förhållande till genomsnittligt antal tillsvidareanställda.",
        "³ Total sjukfrånvaro i procent av ordinarie arbetstid, rullande tolv månader till och med oktober.",
    ]
    if version == 2026:
        fn.append("⁴ Aktivt medskapandeindex i stadens medarbetarenkät, skala 0–100.")
    for t in fn:
        d.para(t, small, after=1)
    d.space(10)

    d.heading("Sammanfattning", **H1)
    if version == 2025:
        d.para(
            "Fastighetskontoret förvaltar en stor del av stadens fastigheter, mark och tomträtter och ansvarar för "
            "att stadens verksamheter har ändamålsenliga lokaler. Uppdraget kräver en bred kompetens – från "
            "hantverkare och drifttekniker till jurister, lokalstrateger och projektledare för stora "
            "investeringar. Den här planen beskriver var vi står i dag, vilka kompetenser vi saknar och vad vi "
            "gör under 2025 för att säkra dem.",
            body,
        )
        d.para(
            "Läget har förbättrats jämfört med förra året: fler stannar och sjukfrånvaron har gått ned. "
            "Samtidigt har vi fortsatt svårt att rekrytera tekniska förvaltare, drifttekniker och erfarna "
            "projektledare, och en stor grupp erfarna medarbetare närmar sig pension. Planens tolv aktiviteter "
            "samlas i en tidslinje i avsnitt 4.",
            body,
        )
    else:
        d.para(
            "Kompetensförsörjningsplanen för 2026 bygger vidare på planen för 2025. Nästan alla aktiviteter "
            "från förra året har genomförts eller pågår, och uppföljningen finns i avsnitt 4.1. Antalet "
            "medarbetare har ökat, personalomsättningen fortsätter att sjunka och sjukfrånvaron är den lägsta på "
            "fem år.",
            body,
        )
        d.para(
            "De största riskerna för 2026 gäller hantverkare, där konkurrensen från privata fastighetsbolag har "
            "hårdnat, och projektledare när flera stora renoveringar av kulturhistoriska byggnader startar. "
            "Årets aktiviteter har därför fått en tydligare inriktning mot karriärvägar, förmåner och en "
            "bättre rekryteringsprocess.",
            body,
        )

    # ---------- 1 inledning / 2 nuläge
    d.new_page()
    d.heading("1 Inledning", **H1)
    d.para(
        "Planen utgår från stadens riktlinjer för kompetensförsörjning och från kontorets verksamhetsplan. "
        "Den har tagits fram av Avdelningen för HR och verksamhetsstöd tillsammans med avdelningscheferna, "
        "och har samverkats med de fackliga organisationerna i kontorets samverkansgrupp. Statistiken avser "
        "läget den 31 oktober %s om inget annat anges och är hämtad från stadens HR-system och "
        "medarbetarenkäten." % Y,
        body,
    )
    d.para(
        "Arbetet följer stadens sex områden för kompetensförsörjning: utveckla, behålla, attrahera, rekrytera, "
        "introducera och avsluta.",
        body,
    )

    d.heading("2 Nuläge", **H1)
    d.heading("2.1 Medarbetare och anställningsformer", **H2)
    if version == 2025:
        t = (
            "Den 31 oktober 2024 hade Fastighetskontoret 612 medarbetare, varav 571 tillsvidareanställda och 41 "
            "visstidsanställda. Av medarbetarna var 288 kvinnor och 324 män. Därutöver fanns 23 timavlönade, "
            "främst inom hantverk och kundtjänst. Andelen heltidsanställda var 94 procent."
        )
        pg = d.para(t, body)
        for m, v, q in [
            ("employees_total", 612, "Fastighetskontoret 612 medarbetare"),
            ("employees_permanent", 571, "varav 571 tillsvidareanställda"),
            ("employees_temporary", 41, "41 visstidsanställda"),
            ("women_count", 288, "288 kvinnor"),
            ("men_count", 324, "324 män"),
            ("hourly_staff", 23, "23 timavlönade"),
            ("full_time_share", 94, "heltidsanställda var 94 procent"),
        ]:
            g_fig(pg, m, v, {"full_time_share": "percent"}.get(m, "count"), Y, None, q)
    else:
        t = (
            "Den 31 oktober 2025 hade kontoret 634 medarbetare, 22 fler än året innan. Av dem var 589 "
            "tillsvidareanställda och 45 visstidsanställda, 305 kvinnor och 329 män. Antalet timavlönade minskade "
            "till 19. Andelen heltidsanställda ökade till 95 procent och jämställdhetsindex blev 78."
        )
        pg = d.para(t, body)
        for m, v, u, q in [
            ("employees_total", 634, "count", "kontoret 634 medarbetare"),
            ("employees_permanent", 589, "count", "var 589 tillsvidareanställda"),
            ("employees_temporary", 45, "count", "45 visstidsanställda"),
            ("women_count", 305, "count", "305 kvinnor"),
            ("men_count", 329, "count", "329 män"),
            ("hourly_staff", 19, "count", "minskade till 19"),
            ("full_time_share", 95, "percent", "ökade till 95 procent"),
            ("equality_index", 78, "index", "jämställdhetsindex blev 78"),
        ]:
            g_fig(pg, m, v, u, Y, None, q)
    d.para(
        "<b>Tabell 1.</b> Medarbetare per yrkesgrupp och anställningsform, 31 oktober %s" % Y,
        style("cap", size=8.5, color=TEAL),
        before=4,
        after=2,
    )
    hdr = ["Yrkesgrupp", "Tillsvidare", "Visstid", "Timavlönade", "Summa¹"]
    rows = [list(r) for r in D["occ"]] + [["Totalt", D["perm"], D["temp"], D["hourly"], D["tot"]]]
    ws = [196, 70, 60, 75, 70]
    tst = style("tc", size=8.5, leading=11)
    pages = d.table(
        ws,
        hdr,
        rows,
        st=tst,
        rules="none",
        zebra=LIGHT,
        header_fill=TEAL,
        hst=style("th", font="DVB", size=8.5, leading=11, color=colors.white),
    )
    for r, pg in zip(rows, pages):
        q = " ".join(r)
        if r[0] == "Totalt":
            g_fig(pg, "employees_permanent", num(r[1]), "count", Y, None, q)
            g_fig(pg, "employees_temporary", num(r[2]), "count", Y, None, q)
            g_fig(pg, "hourly_staff", num(r[3]), "count", Y, None, q)
            g_fig(pg, "employees_total", num(r[4]), "count", Y, None, q)
        else:
            g_fig(pg, "employees_permanent", num(r[1]), "count", Y, r[0], q)
            g_fig(pg, "employees_temporary", num(r[2]), "count", Y, r[0], q)
            g_fig(pg, "hourly_staff", num(r[3]), "count", Y, r[0], q)
            g_fig(pg, "employees_total", num(r[4]), "count", Y, r[0], q)
    d.para(
        "¹ Summa tillsvidare- och visstidsanställda. Timavlönade räknas som antal personer med lön under oktober.",
        small,
    )

    d.heading("2.2 Personalomsättning år för år", **H2)
    if version == 2025:
        t = (
            "Personalomsättningen² minskade från 10,1 procent 2023 till 9,4 procent 2024. Under 2024 "
            "rekryterade kontoret 68 medarbetare externt medan 57 tillsvidareanställda slutade, varav 14 gick i "
            "pension. Omsättningen är fortfarande högst i Projektavdelningen, se bilaga 1."
        )
        pg = d.para(t, body)
        g_fig(pg, "turnover_pct", 10.1, "percent", "2023", None, "från 10,1 procent 2023")
        g_fig(pg, "turnover_pct", 9.4, "percent", "2024", None, "till 9,4 procent 2024")
        g_fig(pg, "recruitments", 68, "count", "2024", None, "rekryterade kontoret 68 medarbetare externt")
        g_fig(
            pg,
            "departures",
            57,
            "count",
            "2024",
            "tillsvidareanställda",
            "medan 57 tillsvidareanställda slutade",
        )
        g_fig(pg, "retirements", 14, "count", "2024", None, "varav 14 gick i pension")
    else:
        t = (
            "Personalomsättningen² sjönk för tredje året i rad, från 9,4 procent 2024 till 8,6 procent 2025. "
            "Kontoret anställde 74 nya medarbetare och 53 tillsvidareanställda slutade. Av dem gick 17 i "
            "pension, vilket är fler än något tidigare år."
        )
        pg = d.para(t, body)
        g_fig(pg, "turnover_pct", 9.4, "percent", "2024", None, "från 9,4 procent 2024")
        g_fig(pg, "turnover_pct", 8.6, "percent", "2025", None, "till 8,6 procent 2025")
        g_fig(pg, "recruitments", 74, "count", "2025", None, "Kontoret anställde 74 nya medarbetare")
        g_fig(
            pg, "departures", 53, "count", "2025", "tillsvidareanställda", "53 tillsvidareanställda slutade"
        )
        g_fig(pg, "retirements", 17, "count", "2025", None, "Av dem gick 17 i pension")
    # turnover timeline strip (year / value)
    ty = D["toyears"]
    sw = d.width / len(ty)

    def strip(c, top):
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.5)
        c.line(d.left + sw / 2, top - 22, d.left + d.width - sw / 2, top - 22)
        for k, (yr, v) in enumerate(ty):
            cx = d.left + sw * k + sw / 2
            c.setFillColor(colors.black)
            c.setFont("DVB", 8.5)
            c.drawCentredString(cx, top - 8, yr)
            c.setFillColor(TEAL)
            c.circle(cx, top - 22, 4, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DV", 9)
            c.drawCentredString(cx, top - 40, v + " %")

    pg = d.block(50, strip)
    for yr, v in ty:
        g_fig(pg, "turnover_pct", num(v), "percent", yr, None, "%s %s %%" % (yr, v))
    d.para("Figur 1. Personalomsättning bland tillsvidareanställda, procent per år.", small, after=6)

    d.heading("2.3 Sjukfrånvaro efter typ", **H2)
    if version == 2025:
        t = (
            "Den totala sjukfrånvaron³ minskade till 5,1 procent. Minskningen förklaras helt av att "
            "långtidssjukfrånvaron gick ned, medan korttidssjukfrånvaron ökade något. Driftavdelningen har "
            "högst sjukfrånvaro, främst bland hantverkare med fysiskt tunga arbetsuppgifter."
        )
    else:
        t = (
            "Sjukfrånvaron³ minskade igen och var 4,9 procent. Långtidssjukfrånvaron har nästan halverats på två "
            "år, bland annat tack vare tidigare rehabiliteringskontakter. Korttidssjukfrånvaron ligger däremot kvar "
            "på en högre nivå än före pandemin."
        )
    pg = d.para(t, body)
    if version == 2025:
        g_fig(pg, "sick_leave_pct", 5.1, "percent", "2024", None, "minskade till 5,1 procent")
    else:
        g_fig(pg, "sick_leave_pct", 4.9, "percent", "2025", None, "var 4,9 procent")
    hdr = ["Sjukfrånvaro, procent av arbetstid", PY, Y]
    rows = [
        ["Sjukfrånvaro totalt", D["sick_prev"], D["sick"]],
        ["Korttidssjukfrånvaro, dag 1–14", D["short_prev"], D["short"]],
        ["Sjukfrånvaro dag 15–59", D["mid_prev"], D["mid"]],
        ["Långtidssjukfrånvaro, dag 60 och längre", D["long_prev"], D["long"]],
    ]
    pages = d.table([260, 70, 70], hdr, rows, st=tst, rules="h", line_color=TEAL)
    for r, pg in zip(rows, pages):
        q = " ".join(r)
        m = {
            "Sjukfrånvaro totalt": "sick_leave_pct",
            "Korttidssjukfrånvaro, dag 1–14": "short_sick_leave_pct",
            "Långtidssjukfrånvaro, dag 60 och längre": "long_sick_leave_pct",
        }.get(r[0])
        if m:
            g_fig(pg, m, num(r[1]), "percent", PY, None, q)
            g_fig(pg, m, num(r[2]), "percent", Y, None, q)

    d.heading("2.4 Åldersstruktur och kommande pensionsavgångar", **H2)
    if version == 2025:
        t = (
            "Medelåldern är 44,8 år. 72 medarbetare, tolv procent, är 60 år eller äldre. Flest av dem finns bland "
            "hantverkare och tekniska förvaltare. Medarbetare i staden kan arbeta till 69 år, men de flesta går i "
            "pension mellan 65 och 67 års ålder. Tabellen till höger visar hur många som uppnår 66 år varje år."
        )
    else:
        t = (
            "Medelåldern har sjunkit till 44,3 år eftersom många av de nyanställda är under 35 år. 70 medarbetare är "
            "60 år eller äldre. Under perioden 2026–2030 fyller 74 medarbetare 66 år, vilket motsvarar nästan "
            "var åttonde tillsvidareanställd."
        )
    pg = d.para(t, body)
    g_fig(
        pg,
        "average_age",
        num(D["age"]),
        "years",
        Y,
        None,
        "Medelåldern %s %s år" % ("är" if version == 2025 else "har sjunkit till", D["age"]),
    )
    # two unruled small tables side by side (ages | pensions)
    ages, pens = D["ages"], D["pens"]
    pgs = d.page

    def two_tables(c, top):
        c.setFont("DVB", 8.5)
        c.setFillColor(TEAL)
        c.drawString(d.left, top - 10, "Åldersgrupp")
        c.drawRightString(d.left + 150, top - 10, "Antal")
        c.drawRightString(d.left + 200, top - 10, "Andel")
        c.setFont("DV", 8.5)
        c.setFillColor(colors.black)
        for k, (a, n_, s) in enumerate(ages):
            yy = top - 24 - k * 13
            c.drawString(d.left, yy, a)
            c.drawRightString(d.left + 150, yy, n_)
            c.drawRightString(d.left + 200, yy, s)
        x2 = d.left + 270
        c.setFont("DVB", 8.5)
        c.setFillColor(TEAL)
        c.drawString(x2, top - 10, "År")
        c.drawRightString(x2 + 190, top - 10, "Fyller 66 år")
        c.setFont("DV", 8.5)
        c.setFillColor(colors.black)
        for k, (yr, n_) in enumerate(pens):
            yy = top - 24 - k * 13
            c.drawString(x2, yy, yr)
            c.drawRightString(x2 + 190, yy, n_)

    d.block(24 + 13 * 5 + 6, two_tables)
    d.para(
        "Tabell 2 och 3. Åldersstruktur den 31 oktober %s samt antal medarbetare som uppnår 66 år per år "
        "(prognos, inte planerade avgångar)." % Y,
        small,
    )
    d.heading("2.5 Medarbetarenkäten", **H2)
    if version == 2025:
        t = (
            "Aktivt medskapandeindex (AMI) i medarbetarenkäten 2024 var 79, jämfört med 77 året innan. Frågorna om "
            "kompetensutveckling och karriärmöjligheter får lägst resultat, särskilt i Driftavdelningen."
        )
        pg = d.para(t, body)
        g_fig(pg, "ami_index", 79, "index", "2024", None, "medarbetarenkäten 2024 var 79")
        g_fig(pg, "ami_index", 77, "index", "2023", None, "jämfört med 77 året innan")
    else:
        t = (
            "AMI ökade till 80 i 2025 års medarbetarenkät. Frågan om möjligheter att utvecklas i arbetet har "
            "förbättrats mest, vilket vi kopplar till de nya karriärvägarna och mentorsprogrammet."
        )
        pg = d.para(t, body)
        g_fig(pg, "ami_index", 80, "index", "2025", None, "AMI ökade till 80 i 2025 års medarbetarenkät")

    # ---------- 3 kompetensanalys
    d.new_page()
    d.heading("3 Kompetensanalys", **H1)
    if version == 2025:
        d.para(
            "Analysen bygger på avdelningarnas egna kompetensanalyser, rekryteringsstatistik och "
            "dialoger i ledningsgruppen under hösten 2024. Vi har bedömt rekryteringsläget för de största "
            "yrkesgrupperna på en fyrgradig skala och sammanfattat de viktigaste kompetensgapen per område.",
            body,
        )
    else:
        d.para(
            "Inför 2026 har avdelningarna gjort om sina kompetensanalyser med samma metod som förra året, så "
            "att bedömningarna går att jämföra. Tabell 4 visar rekryteringsläget per yrkesgrupp och tabell 5 hur "
            "de identifierade kompetensgapen har förändrats sedan planen för 2025.",
            body,
        )
    d.heading("3.1 Rekryteringsläge per yrkesgrupp", **H2)
    if version == 2025:
        hdr = ["Yrkesgrupp", "Rekryteringsläge", "Pension 2025–2029"]
        pmap = {
            "Fastighetsförvaltare": "9",
            "Tekniska förvaltare och drifttekniker": "14",
            "Projektledare bygg och installation": "8",
            "Hantverkare (el, VVS, bygg)": "18",
            "Handläggare mark och tomträtt": "4",
            "Jurister": "2",
            "Ekonomer och controllers": "5",
        }
        rows = [[r[0], r[1], pmap[r[0]]] for r in RECR]
        ws = [220, 120, 110]
    else:
        hdr = ["Yrkesgrupp", "Rekryteringsläge 2025", "Rekryteringsläge 2026"]
        rows = [list(r) for r in RECR]
        ws = [220, 120, 120]
    heat = {
        "Mycket svårt": colors.HexColor("#F4B6B0"),
        "Svårt": colors.HexColor("#F9D9A8"),
        "Medel": colors.HexColor("#FDF1C7"),
        "Lätt": colors.HexColor("#D5EDD3"),
    }
    fills = [[None] + [heat.get(c) for c in r[1:]] for r in rows]
    d.table(ws, hdr, rows, st=tst, rules="h", line_color=TEAL, fills=fills)
    d.para(
        "Skala: lätt, medel, svårt, mycket svårt. Bedömningen avser möjligheten att få behöriga sökande inom "
        "tre månader.",
        small,
    )

    if version == 2025:
        d.heading("3.2 Identifierade kompetensgap", **H2)
        lst = "Identifierade kompetensgap"
        for theme, items in GAPS_2025:
            d.para("<b>%s</b>" % theme, body, after=2, before=3)
            pgs = d.bullets(items, marker="–")
            for it, pg in zip(items, pgs):
                gold.gap(F, ADM, P, pg, lst, theme, it)
        d.heading("3.3 Slutsatser", **H2)
        d.para(
            "Kontorets största risk är att kunskap om fastighetsbeståndet försvinner när erfarna medarbetare går i "
            "pension samtidigt som det är svårt att rekrytera ersättare. Vi behöver därför både bli bättre på att "
            "utveckla de medarbetare vi har och på att föra över kunskap innan någon slutar.",
            body,
        )
    else:
        d.heading("3.2 Kompetensgap – bedömning 2025 och 2026", **H2)
        lst = "Kompetensgap – bedömning 2025 och 2026"
        hdr = ["Kompetensgap", "2025", "2026", "Kommentar"]
        rows = [list(r) for r in GAPS_2026]
        gh = {
            "Stort": colors.HexColor("#F4B6B0"),
            "Medel": colors.HexColor("#FDF1C7"),
            "Litet": colors.HexColor("#D5EDD3"),
        }
        fills = [[None, gh.get(r[1]), gh.get(r[2]), None] for r in rows]
        pages = d.table([190, 50, 50, 181], hdr, rows, st=tst, rules="h", line_color=TEAL, fills=fills)
        for r, pg in zip(rows, pages):
            gold.gap(F, ADM, P, pg, lst, None, r[0], " ".join(r))
        d.para(
            "Stort = påverkar verksamheten redan i dag. Medel = behöver hanteras under året. Litet = bevakas.",
            small,
        )
        d.heading("3.3 Slutsatser", **H2)
        d.para(
            "Gapen för tekniska förvaltare har minskat, men läget för hantverkare har blivit sämre. Vi prioriterar "
            "därför förmåner och arbetsgivarvarumärke riktat mot hantverksyrken, och bygger vidare på "
            "karriärvägarna som nu ska omfatta även projektledare.",
            body,
        )

    # ---------- 4 aktiviteter
    d.new_page()
    d.heading("4 Aktiviteter %s" % P, **H1)
    acts = ACTS_2025 if version == 2025 else ACTS_2026
    if version == 2026:
        d.heading("4.1 Uppföljning av aktiviteterna i planen för 2025", **H2)
        d.para("Tabellen visar status för förra årets aktiviteter i december 2025.", body)
        hdr = ["Nr", "Aktivitet i planen för 2025", "Område", "Status", "Kommentar"]
        rows = []
        for k, (a, fstat) in enumerate(zip(ACTS_2025, FOLLOW_2025), 1):
            rows.append([str(k), a[0], a[1], fstat[0], fstat[1]])
        stc = {
            "Genomförd": colors.HexColor("#D5EDD3"),
            "Delvis genomförd": colors.HexColor("#FDF1C7"),
            "Pågår": colors.HexColor("#FDF1C7"),
            "Ej genomförd": colors.HexColor("#F4B6B0"),
        }
        fills = [[None, None, None, stc.get(r[3]), None] for r in rows]
        fst = style("tf", size=7.8, leading=10)
        pages = d.table(
            [20, 175, 78, 62, 136],
            hdr,
            rows,
            st=fst,
            rules="h",
            line_color=TEAL,
            fills=fills,
            hst=style("thf", font="DVB", size=7.8, leading=10),
        )
        for r, pg in zip(rows, pages):
            gold.act(F, ADM, P, pg, r[1], area=r[2], followup=r[3], table="followup")
        d.heading("4.2 Aktivitetsplan och tidslinje 2026", **H2)
        d.para("Aktiviteter markerade med * fortsätter från planen för 2025.", body)
    else:
        d.para(
            "Aktiviteterna är ordnade efter stadens områden för kompetensförsörjning. Staplarna visar under "
            "vilka kvartal arbetet pågår. Varje aktivitet har en ägare som rapporterar status till "
            "ledningsgruppen i maj och november.",
            body,
        )
    carried = {ACTS_2025[5][0], ACTS_2025[11][0]}
    hdr = ["Nr", "Insats", "Område", "Ägare", "Q1", "Q2", "Q3", "Q4", "Klart"]
    ws = [18, 136, 68, 112, 20, 20, 20, 20, 57]
    rows = []
    for k, (a, area, owner, qs, klart) in enumerate(acts, 1):
        txt = a + (" *" if version == 2026 and a in carried else "")
        rows.append([str(k), txt, area, owner, "", "", "", "", klart])
    ast = style("ta", size=7.8, leading=10)
    hdst = style("tha", font="DVB", size=7.8, leading=10, color=colors.white)
    bar = colors.HexColor("#3C9AA4")
    fills = [[None] * 4 + [bar if q in a[3] else None for q in (1, 2, 3, 4)] + [None] for a in acts]
    pages = d.table(
        ws,
        hdr,
        rows,
        st=ast,
        hst=hdst,
        rules="h",
        line_color=colors.HexColor("#9FC5C9"),
        header_fill=TEAL,
        fills=fills,
    )
    for (a, area, owner, qs, klart), pg in zip(acts, pages):
        gold.act(F, ADM, P, pg, a, area=area, target_date=klart, responsible=owner)
    d.para("Markering i kolumnerna Q1–Q4 visar när aktiviteten pågår.", small)
    d.heading("4.%d Uppföljning av planen" % (3 if version == 2026 else 1), **H2)
    d.para(
        "Aktivitetsägarna rapporterar status i maj och november. HR-avdelningen sammanställer uppföljningen i "
        "verksamhetsberättelsen och den ligger till grund för nästa års plan. Nyckeltalen i avsnitt 2 följs upp "
        "varje tertial.",
        body,
    )

    # ---------- bilaga
    d.new_page()
    d.heading("Bilaga 1. Detaljerade tabeller", **H1)
    d.para("<b>Tabell B1.</b> Nyckeltal per avdelning, %s" % Y, style("cap2", size=8.5, color=TEAL), after=2)
    hdr = ["Avdelning", "Medarbetare", "Andel kvinnor", "Sjukfrånvaro", "Personalomsättning"]
    rows = [[dn] + list(v) for dn, v in zip(DEPTS, D["dept"])]
    pages = d.table(
        [150, 66, 72, 70, 113],
        hdr,
        rows,
        st=tst,
        rules="grid",
        line_color=colors.HexColor("#9FC5C9"),
        header_fill=LIGHT,
    )
    for r, pg in zip(rows, pages):
        q = " ".join(r)
        g_fig(pg, "employees_total", num(r[1]), "count", Y, r[0], q)
        g_fig(pg, "women_share", num(r[2]), "percent", Y, r[0], q)
        g_fig(pg, "sick_leave_pct", num(r[3]), "percent", Y, r[0], q)
        g_fig(pg, "turnover_pct", num(r[4]), "percent", Y, r[0], q)
    d.space(8)
    d.para(
        "<b>Tabell B2.</b> Rekryteringar och avgångar per år", style("cap2", size=8.5, color=TEAL), after=2
    )
    hdr = ["År", "Externa rekryteringar", "Avgångar, tillsvidare", "varav pension", "Personalomsättning"]
    rows = [list(r) for r in D["flows"]]
    pages = d.table(
        [50, 100, 110, 80, 131],
        hdr,
        rows,
        st=tst,
        rules="grid",
        line_color=colors.HexColor("#9FC5C9"),
        header_fill=LIGHT,
    )
    for r, pg in zip(rows, pages):
        q = " ".join(r)
        g_fig(pg, "recruitments", num(r[1]), "count", r[0], None, q)
        g_fig(pg, "departures", num(r[2]), "count", r[0], "tillsvidare", q)
        g_fig(pg, "retirements", num(r[3]), "count", r[0], None, q)
        g_fig(pg, "turnover_pct", num(r[4]), "percent", r[0], None, q)
    d.space(8)
    d.para(
        "<b>Tabell B3.</b> Medarbetare 60 år och äldre per yrkesgrupp",
        style("cap2", size=8.5, color=TEAL),
        after=2,
    )
    if version == 2025:
        old = [
            ("Hantverkare (el, VVS, bygg)", "19"),
            ("Tekniska förvaltare och drifttekniker", "15"),
            ("Fastighetsförvaltare", "10"),
            ("Projektledare bygg och installation", "8"),
            ("Chefer", "7"),
            ("Övriga yrkesgrupper", "13"),
        ]
    else:
        old = [
            ("Hantverkare (el, VVS, bygg)", "17"),
            ("Tekniska förvaltare och drifttekniker", "14"),
            ("Fastighetsförvaltare", "11"),
            ("Projektledare bygg och installation", "7"),
            ("Chefer", "8"),
            ("Övriga yrkesgrupper", "13"),
        ]
    d.table(
        [250, 80],
        ["Yrkesgrupp", "Antal"],
        [list(r) for r in old],
        st=tst,
        rules="grid",
        line_color=colors.HexColor("#9FC5C9"),
        header_fill=LIGHT,
    )
    d.para(
        "Källa: stadens HR-system och personalekonomisk redovisning. Uppgifter om personalomsättning avser "
        "tillsvidareanställda som slutat sin anställning i staden eller bytt till en annan förvaltning.",
        small,
    )

    n = d.save(outdir + "/" + F)
    gold.plan(F, ADM, P, LAYOUT[version].format(n=n))
    return n


LAYOUT = {
    2025: (
        "A4 PDF, {n} pages, first of two Fastighetskontoret plans: teal letterhead band (Stockholms stad / "
        "Fastighetskontoret / Avdelningen för HR och verksamhetsstöd, dnr) on p1, running header from p2, footer "
        "'Fastighetskontoret | Dnr' + 'Sida N/T'; 'Nyckeltal i siffror' infographic row of 5 rounded tiles with "
        "footnote markers (¹²³) and footnotes; zebra-striped borderless occupation x employment-form table with "
        "white-on-teal header; turnover as a dotted timeline strip (year above, value below); sick leave by type "
        "table 2023|2024; side-by-side unruled age and 66-year tables drawn without a grid; recruitment-difficulty "
        "table with colour-coded cells; gap bullets with dash markers under bold themes; GANTT-style activity "
        "table Nr | Insats | Område | Ägare | Q1-Q4 bars | Klart; appendix with gridded detail tables "
        "(per avdelning, flows per year, 60+ per occupation)"
    ),
    2026: (
        "A4 PDF, {n} pages, second Fastighetskontoret plan in the same house style: 6 KPI tiles with previous-year "
        "values in brackets below; prose with previous-year comparisons; colour-coded gap ASSESSMENT table "
        "Kompetensgap | 2025 | 2026 | Kommentar; follow-up table of the 2025 plan (Nr | Aktivitet | Område | Status "
        "| Kommentar, coloured status cells) before the Gantt-style activity table where carried-over items are "
        "starred; appendix with gridded detail tables"
    ),
}
