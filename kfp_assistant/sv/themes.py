"""Theme vocabulary for competence gaps, so gaps from different plans can be compared.

Plans name their gaps in their own words and under their own headings ("Teknik, IT-system
och digitalisering", "Lärande organisation"); a comparison across administrations needs one
shared set of themes. Each theme has an English id, a Swedish label for tables and charts,
and Swedish cue words. A gap can belong to several themes ("Analyskunskap ... kopplat till
välfärdsbrott" is both data analysis and security).

Cue mini-language (matched case-insensitively, at a word start unless said otherwise):
  "digital*"       the word and any continuation ("digitalisering", "digitala");
  "*säkerhet*"     also inside a compound ("informationssäkerhet"): Swedish builds long
                   compounds whose head word carries the theme;
  "ai"             exactly that word (so "ai" does not match "aid").
Phrases with spaces match any whitespace between their words.
"""

from __future__ import annotations

import re
from typing import TypedDict


class Theme(TypedDict):
    """One gap theme: Swedish label and cue words (see the module docstring)."""

    label_sv: str
    cues: tuple[str, ...]


# id | label | cues separated by '|'; an indented line continues the cues.
_THEME_TABLE = """
digitalisation | Digitalisering och AI | digital*|*digitalisering*|ai|ai-*|artificiell intelligens
    |it-system*|it-stöd*|*välfärdsteknik*|ny teknik|teknik|e-tjänst*|*tjänstedesign*|automatiser*
    |systemstöd*|robot*
swedish_language | Svenska språket | svenska språk*|det svenska språket|språkkunskap*|*språkutveckl*
    |språkombud*|svenska som andraspråk|sfi|yrkessvenska|språkstöd*|läs- och skriv*
leadership | Ledarskap och chefsförsörjning | *ledarskap*|ledare|*ledarförsörjning*|*ledarutveckl*
    |*chefsförsörjning*|chefsutveckl*|chefsprofil*|chefsstruktur*|*förändringsledning*
    |leda i förändring|leda utan att vara chef|chefs- och ledarskap|gruppled*|chefsroll*|chefskap*
work_environment | Arbetsmiljö och hälsa | *arbetsmiljö*|sjukfrånvaro*|sjuktal*|*friskfaktor*|hälsofrämjande*
    |hälsa|hälsan|hälsosam*|rehabilitering*|sam|stress*|återhämtning*|välmående|arbetsbelastning*
    |arbetsvillkor*|förutsättningar för att klara
competence_based_recruitment | Kompetensbaserad rekrytering | kompetensbaserad*|*rekryteringsprocess*
    |jobba i staden|realcruit|kandidat*|rekryteringsverktyg*|urval*|rekryteringsutbildning*
introduction_mentoring | Introduktion och mentorskap | *introduktion*|introducer*|nyanställd*|mentor*
    |fadder*|onboarding|inskolning*
offboarding | Avslut och avslutssamtal | *avslutssamtal*|avslut|avslutet|avsluta*|*avgångssamtal*
    |*avgångsenkät*|exitsamtal*|överlämning*|slutar
succession | Successionsplanering och personalplanering | *successionsplaner*|nyckelbefattning*
    |nyckelfunktion*|nyckelkompetens*|*personalplanering*|pensionsavgång*|kompetensöverföring*
    |proaktiv*
students | Studenter, VFU och praktik | student*|vfu|vfu-*|apl|apl-*|praktik*|examensarbete*
    |feriejobb*|ferieungdom*|sommarjobb*|stockholmsjobb*|trainee*|universitet*|högskol*|lärosäte*
full_time | Heltid och trygga anställningar | heltid*|deltid*|tillsvidareanställ*|trygga anställningar
    |trygg anställning|timavlönad*|timanställ*|visstid*|tidsbegränsade anställningar|bemanning*
threats_safety | Hot, våld och säkerhet | hot|hot och våld|våld*|*våld|kriminalitet*|extremism*
    |otillåten påverkan|*säkerhet*|beredskap*|civil beredskap|riskmiljö*|välfärdsbrott*|brott
law | Juridik och lagstiftning | juridik*|juridisk*|lag|lagar|lagen|*lagstiftning*|*socialtjänstlag*
    |lagändring*|förordning*|dataskydd*|gdpr|barnkonvention*|regelverk*
data_analysis | Dataanalys och statistik | statistik*|*analyskunskap*|dataanalys*|data|analys|analyser
    |analysförmåga*|nyckeltal*|ekonomisk uppföljning|uppföljning och utvärdering
communication_pedagogy | Kommunikation och pedagogik | *kommunikation*|kommunicer*|pedagog*|klarspråk*
    |presentationsteknik*|bemötande*|skriftlig*|muntlig framställning
learning_development | Kompetensutveckling och lärande | *kompetensutveckl*|lärande*|lärandeprocess*
    |kunskapsöverföring*|nätverk*|erfarenhetsutbyte*|intern rörlighet|karriärväg*|utvecklingsmöjlighet*
    |forskning*|evidens*|vidareutbildning*
employer_brand | Arbetsgivarvarumärke och attraktivitet | *arbetsgivarvarumärke*|attraktiv arbetsgivare
    |*arbetsgivarerbjudande*|annons*|ambassadör*|employer branding|förmåner
methods_practice | Metoder och yrkeskunskap | *metodstöd*|metod|metoder|metodik*|evidensbaserad*|ces
    |barnrättsperspektiv*|ekonomiskt bistånd|kvalitetshöjande*|yrkeskunskap*|handläggning*
equality_inclusion | Jämställdhet, mångfald och lika rättigheter | lika rättigheter*|jämställd*|mångfald*
    |diskriminering*|inkludering*|likabehandling*|normkritisk*
"""

OTHER = "other"
OTHER_LABEL = "Övrigt"


def _parse(table: str) -> dict[str, Theme]:
    themes: dict[str, Theme] = {}
    for row in re.sub(r"\n\s+\|", "|", table.strip()).splitlines():
        theme_id, label, cues = (cell.strip() for cell in row.split(" | ", 2))
        themes[theme_id] = {"label_sv": label, "cues": tuple(c.strip() for c in cues.split("|"))}
    return themes


THEMES: dict[str, Theme] = _parse(_THEME_TABLE)


def _cue_regex(cue: str) -> str:
    head = r"[\w-]*" if cue.startswith("*") else r"(?<![\w-])"
    tail = r"[\w-]*" if cue.endswith("*") else r"(?!\w)"
    body = r"\s+".join(re.escape(part) for part in cue.strip("*").split())
    return head + body + tail


_THEME_RES: dict[str, re.Pattern[str]] = {
    theme_id: re.compile("|".join(_cue_regex(c) for c in theme["cues"]), re.IGNORECASE)
    for theme_id, theme in THEMES.items()
}


def themes_of(text: str) -> list[str]:
    """Ids of the themes whose cues occur in text, in vocabulary order; [] when none does."""
    return [theme_id for theme_id, rx in _THEME_RES.items() if rx.search(text)]


def theme_label(theme_id: str) -> str:
    """Swedish label of a theme id (OTHER -> "Övrigt")."""
    return THEMES[theme_id]["label_sv"] if theme_id in THEMES else OTHER_LABEL


def gap_themes(text: str, heading: str | None = None) -> list[str]:
    """Themes of a gap: from its own text; from the heading it is listed under when the text
    names none ("Visma" under "Teknik, IT-system och digitalisering"); else [OTHER].

    The text wins over the heading because headings are broad: "Statistik, data och
    analyskunskap" listed under a digitalisation heading is about data analysis.
    """
    return themes_of(text) or (themes_of(heading) if heading else []) or [OTHER]
