"""The word parts of Swedish administration names, for the short forms staff type for them.

"Stadsbyggnadskontoret" is stads|byggnads|kontoret, so staff write "SBK"; "Socialförvaltningen" is
social|förvaltningen, written "SoF"; "Äldreförvaltningen" "ÄF". The parts below are general words of
public-sector names (what an administration does, and the kind of body it is), not any one city's
abbreviations: the initials are read off a plan's own name, so an index decides which ones exist.
"""

from __future__ import annotations

from functools import lru_cache

from kfp_assistant.sv.text import split_words

# What an administration does, and what kind of body it is. Longer parts win when a name can be cut
# both ways ("kyrkogård" over "kyrko" + "gård", "byggnad" over "bygg" + "nad"); both cuts are kept.
NAME_PARTS: frozenset[str] = frozenset(
    split_words(
        "stad stadsdel stadsdels bygg byggnad nad kontor förvaltning nämnd styrelse ledning social"
        " utbildning miljö hälso hälsa skydd trafik fastighet exploatering äldre idrott kultur fritid"
        " service arbets marknad arbetsmarknad kyrko kyrkogård gård samhälle samhälls omsorg vård teknisk"
        " tekniska lantmäteri ekonomi personal barn skol skola förskole park gatu gata vatten avfall energi"
        " kommun revision stöd funktions funktionsstöd individ familj familje plan bostad bostads"
        " näringsliv utveckling överförmyndar valnämnd region kollektiv hamn"
    )
)
# What follows the last part: the definite article and the genitive ("kontoret", "förvaltningens").
ENDINGS: tuple[str, ...] = ("", "en", "et", "n", "ens", "ets", "ns", "s")
# The parts that say what kind of body a name is; a name's other parts say what it does.
KIND_PARTS: frozenset[str] = frozenset(split_words("förvaltning kontor nämnd styrelse"))
_MAX_CUTS = 8


@lru_cache(maxsize=1024)
def name_parts(word: str) -> tuple[tuple[str, ...], ...]:
    """Every way to cut a compound name into known parts, each perhaps followed by a linking s or e
    ("stads|byggnads|kontoret" -> ("stad", "byggnad", "kontor")), longest parts first; () when the
    word is not made of them ("Stockholmshem")."""
    low = word.lower()
    cuts: list[tuple[str, ...]] = []

    def walk(at: int, parts: tuple[str, ...]) -> None:
        if len(cuts) >= _MAX_CUTS:
            return
        if parts and low[at:] in ENDINGS:
            cuts.append(parts)
        for part in sorted((p for p in NAME_PARTS if low.startswith(p, at)), key=len, reverse=True):
            end = at + len(part)
            walk(end, (*parts, part))
            if low.startswith(("s", "e"), end) and end + 1 < len(low):
                walk(end + 1, (*parts, part))

    walk(0, ())
    return tuple(dict.fromkeys(cuts))


# Words that end the names of companies, foundations and federations ("Svenska Bostäder", "Norrby
# Energi", "Stiftelsen Ekbacka" is caught by its first word): a capitalised run ending in one names an
# organisation, and one written as a compound ("Familjebostäder") too.
COMPANY_HEADS: tuple[str, ...] = split_words(
    "Bostäder Bostad Fastigheter Fastighet Energi Vatten Hamn Parkering Förbundet Stiftelse Gruppen Koncernen"
)
COMPOUND_HEADS: tuple[str, ...] = split_words("bostäder fastigheter hem")
