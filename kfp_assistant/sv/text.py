"""Text helpers shared by the vocabulary modules: folding, markup stripping, and the synonym
mini-language.

Synonym mini-language (metric and area words): phrases are matched case-insensitively at a word start;
a trailing ``*`` allows any word continuation (inflections and compounds such as "sjukfrånvaron",
"sjukfrånvarotalet"); without ``*`` the phrase must end at a word boundary (so "män" does not match
"människor").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    """Lowercase ASCII form ("Hässelby-Vällingby" -> "hasselby-vallingby") for keys and matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def folded_forms(words: Iterable[str]) -> dict[str, str]:
    """Folded form -> the one word with å, ä, ö (or another accent) that folds to it; forms that two
    words share ("ar": "år", "är") and the words' own folded spellings when those are words too, left out."""
    plain = set(words)
    forms: dict[str, set[str]] = {}
    for word in plain:
        if word.isascii():  # nothing to fold (most words; this runs over the whole vocabulary)
            continue
        folded = fold(word)
        if folded != word:
            forms.setdefault(folded, set()).add(word)
    return {f: next(iter(ws)) for f, ws in forms.items() if len(ws) == 1 and f not in plain}


def split_words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words: keeps long word lists of data short to read."""
    return tuple(text.split())


def phrase_regex(phrase: str) -> str:
    """Regex for one synonym phrase of the mini-language described in the module docstring."""
    wildcard = phrase.endswith("*")
    body = r"\s+".join(re.escape(part) for part in phrase.rstrip("*").split())
    return r"(?<![\w-])" + body + (r"[\w-]*" if wildcard else r"(?!\w)")


def compile_phrases(words: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    """One case-insensitive regex per key, matching any of its phrases (see phrase_regex)."""
    return {k: re.compile("|".join(phrase_regex(w) for w in ws), re.IGNORECASE) for k, ws in words.items()}


_TAG_RE = re.compile(r"<[^>]+>")


def strip_markup(text: str) -> str:
    """Remove HTML-ish tags (``<i>``, ``<b>``) and markdown emphasis that loaders may leave in cells."""
    return _TAG_RE.sub(" ", text).replace("**", " ").replace("__", " ")


# Anything shaped like a tag (<passage>, </utdrag>, <system>) inside document text
# could close our data block early, so its angle brackets become look-alikes.
# Comparisons such as "< 5 %" are not tag-shaped and stay as written.
_TAG_LIKE_RE = re.compile(r"<\s*/?\s*[A-Za-zÅÄÖåäö_][^<>\n]{0,80}>")


def neutralise(text: str) -> str:
    """Document text made safe to put inside a delimited block: tag-like sequences are defused."""
    return _TAG_LIKE_RE.sub(lambda m: m.group().replace("<", "‹").replace(">", "›"), text)


def attribute_value(value: object) -> str:
    """Attribute value without characters that could end the attribute or the tag."""
    return re.sub(r'[<>"\n\r]', " ", "" if value is None else str(value)).strip()
