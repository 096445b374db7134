"""Questions typed without å, ä, ö read with the plans' spelling: a word whose stem folds to exactly one
stem of the plans gets that stem's letters ("sokande" -> "sökande"), and a small word that folds from
exactly one stopword is read as it ("pa" -> "på"), unless another word folds alike."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from kfp_assistant.sv.text import fold, folded_forms
from kfp_assistant.sv.words import STOPWORDS, WORD, stem_word

# Stopwords typed without å, ä, ö ("ar" for "är", "nar" for "när"): never respelled as a content word.
# Words already spelled right that fold like a plan's word with å, ä, ö: "aldrig" is no "äldrig" (of
# "äldre"), "lagt" no "lågt".
_FOLDED_STOPWORDS = frozenset(fold(w) for w in STOPWORDS) | {"aldrig", "lagt", "lagts"}
# Folded stopwords that are other Swedish words as typed, so left as typed: "for" (of "fara"), "sa" (of
# "säga"), "ar" ("år" as much as "är").
_FOLDED_AMBIGUOUS = frozenset({"for", "sa", "ar"})


def _stopword_spellings() -> dict[str, str]:
    """Folded form -> the one stopword with å, ä, ö it is ("pa" -> "på", "nar" -> "när"): left out when
    two stopwords share it ("har": "har", "här"; "vara": "vara", "våra") or it is a word as typed."""
    forms: dict[str, set[str]] = {}
    for word in STOPWORDS:
        forms.setdefault(fold(word), set()).add(word)
    return {
        f: next(iter(ws))
        for f, ws in forms.items()
        if len(ws) == 1 and f not in STOPWORDS and f not in _FOLDED_AMBIGUOUS
    }


# The question words whose folded form is no other Swedish word: "hur manga" asks how many, "pa" is "på".
_FOLDED_QUESTION_WORDS = {"manga": "många", "forra": "förra"} | _stopword_spellings()
_FOLDED_QUESTION_WORDS["jamfor"] = "jämför"  # stemmed "jamf": no fold of a plan's stem
# Chat shorthand for small words, written out: "60 elr äldre" is "60 eller äldre".
_FOLDED_QUESTION_WORDS |= {"elr": "eller", "mkt": "mycket", "ngn": "någon", "ngt": "något", "ngr": "några"}
# An ambiguous fold that its context settles: "for att" is "för att" ("vad gör de for att ...?"), as
# "for" of "fara" hardly ever asks an HR question.
_FOR_ATT = re.compile(r"\b([Ff])or(?=\s+att\b)")


def respell_by_stem(text: str, forms: dict[str, str]) -> str:
    """The text with words typed without å, ä, ö ("sokande") spelled as the plans spell them
    ("sökande"): a word whose stem folds to exactly one stem of the plans (`forms`, folded stem ->
    stem, from sv.text.folded_forms) gets that stem's letters, its ending kept as typed."""

    def spelled(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        spelled_out = _FOLDED_QUESTION_WORDS.get(lower)
        if spelled_out and spelled_out.startswith(forms.get(stem_word(lower), "")):
            # ... unless another word of the plans folds alike: then it is left as typed
            return spelled_out.capitalize() if word[:1].isupper() else spelled_out
        if not word.isascii() or lower in _FOLDED_STOPWORDS:
            return word
        stem = stem_word(lower)
        found = forms.get(stem)
        if found is None or not lower.startswith(stem):
            return word
        respelled = found + lower[len(stem) :]
        return respelled.capitalize() if word[:1].isupper() else respelled

    return WORD.sub(spelled, _FOR_ATT.sub(r"\1ör", text))


class Respeller:
    """respell_by_stem over a vocabulary of stems, its folded forms kept until the vocabulary changes
    (folding every stem of 1,000 plans takes a moment; questions come many times a second)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] = (0, -1)
        self._forms: dict[str, str] = {}

    def __call__(self, text: str, stems: AbstractSet[str]) -> str:
        """The text respelled by the stems' spelling (see respell_by_stem)."""
        key = (id(stems), len(stems))
        if key != self._key:
            self._key, self._forms = key, folded_forms(stems)
        return respell_by_stem(text, self._forms)
