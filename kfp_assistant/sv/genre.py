"""Words of the genre: what any Swedish competence supply or HR plan talks about, used to tell a
plan from a file that is not one (a README, a recipe, a page of noise) when neither an
administration nor a period is named. General HR vocabulary, written in the synonym
mini-language of text.py (``*``: any continuation, so inflections and compounds count)."""

from __future__ import annotations

import re

from kfp_assistant.sv.text import phrase_regex, split_words

GENRE_WORDS: tuple[str, ...] = split_words(
    "kompetensförsörj* kompetensbehov* kompetensutveckl* kompetensgap* kompetens"
    " rekryter* medarbetar* anställd* tillsvidareanställ* personal* chef* ledarskap*"
    " arbetsgivar* arbetsmiljö* sjukfrånvar* personalomsättning* pensionsavgång*"
    " introduktion* bemanning* lönebild* heltid* deltid* avslutssamtal* utvecklingssamtal*"
    " attrahera* behålla* utveckla* avsluta* introducera* förvaltning* nämnd*"
)
_GENRE_RES = [re.compile(phrase_regex(word), re.IGNORECASE) for word in GENRE_WORDS]
# Two different words, because one can occur anywhere ("personal" in an English text, "chef").
MIN_GENRE_WORDS = 2


def genre_words_in(text: str, enough: int = MIN_GENRE_WORDS) -> int:
    """How many different genre words occur in text, counting up to `enough` (then it stops looking)."""
    found = 0
    for regex in _GENRE_RES:
        if regex.search(text):
            found += 1
            if found >= enough:
                break
    return found
