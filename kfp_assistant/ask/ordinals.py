"""Follow-ups pointing at the list just shown: an item by its place ("den andra då, vem ansvarar för
den?", "what about the last one?"), or all of them as what is done about ("vilka brister finns … och
vad gör de åt dem?").

In: the follow-up and the answers before it. Out: the follow-up with the place replaced by the item's
own words (»Se över lönestrukturen …«), or "dem" by the items' heads ("bristen på sjuksköterskor,
undersköterskor och vikarier"), which the answerer then reads as any question naming them; the
follow-up unchanged when it points at no list or the answer before listed fewer items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACES = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
    "åttonde": 8, "nionde": 9, "tionde": 10, "sista": -1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
}  # fmt: skip
# What an item is called, in the definite singular ("den andra aktiviteten"); "den andra planen", "det
# andra året" and "finns det andra aktiviteter?" name no item of a list.
_ITEM_NOUNS = (
    r"aktiviteten|insatsen|åtgärden|punkten|raden|behovet|gapet|yrket|yrkesgruppen|gruppen|bristen|målet"
    r"|one|item|activity|measure|need"
)
_PLACE_RE = re.compile(
    rf"\b(?:den|det|the)\s+(?P<place>{'|'.join(_PLACES)})"
    rf"(?:\s+(?:{_ITEM_NOUNS})\b|(?!\s+\w+(?:en|et|na|er|or|ar|s)\b))",
    re.IGNORECASE,
)
# An item of a list answer: the text after a bullet, "; " or a group's "Label: ", up to its citation.
_ITEM_RE = re.compile(
    r"(?:^- |; )(?:[^:\[\n]{1,40}:\s+(?=[^\[\n]+\[\d+\]))?(?P<item>[^\[\n;]+?)\s*\[\d+\]", re.M
)
# An item's details: "(Behålla, 2026-03-31, Förvaltningschef)".
_DETAILS_RE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$")


def listed_items(answer: str) -> list[str]:
    """The items a list answer shows, in order, without their details in parentheses."""
    return [_DETAILS_RE.sub("", m.group("item")).strip() for m in _ITEM_RE.finditer(answer)]


def with_item_named(question: str, answers_before: Sequence[str]) -> str:
    """The follow-up with "den andra" replaced by the second item of the latest answer before it that
    listed two or more (an answer about one item lists no place to count), quoted."""
    match = _PLACE_RE.search(question)
    if match is None:
        return question
    place = _PLACES[match.group("place").lower()]
    lists = (items for answer in reversed(answers_before) if len(items := listed_items(answer)) >= 2)
    items = next(lists, [])
    if place > len(items) or not items:
        return question
    item = items[place - 1] if place > 0 else items[-1]
    return f"{question[: match.start()]}»{item}«{question[match.end() :]}"


# What is done about all the items just listed: "vad gör de åt dem?", "hur ska de lösa dessa?".
_DONE_ABOUT_RE = re.compile(
    r"\b(?:vad|hur)\s+(?:gör|görs|ska|skall|tänker|planerar|kan|arbetar|jobbar)\b.*?"
    r"\b(?P<them>(?:åt|för|mot|med)\s+(?:dem|dessa|dom)|(?:lösa|möta|åtgärda|hantera|minska)\s+(?:dem|dessa|dom))"
    r"(?=\s*[?.!]|\s+(?:då|nu)\b|\s+[–-]\s|\s*$)",
    re.IGNORECASE,
)
# An item's head: up to a comma or the words that qualify it ("Sjuksköterskor, särskilt …", "Enhetschefer
# inom hemtjänsten", "Handläggare för bygglov").
_QUALIFIER_RE = re.compile(r",|\s(?:med|inom|till|för|i|vid|mot|under|som|särskilt)\s")


def _head(item: str) -> str:
    head = _QUALIFIER_RE.split(item, maxsplit=1)[0].strip()
    return head if head.isupper() or head[1:2].isupper() else head[:1].lower() + head[1:]


_NAMED_AT_MOST = 8  # items of a list a follow-up names


def with_items_named(question: str, answers_before: Sequence[str]) -> str:
    """The follow-up with "åt dem" replaced by "åt bristen på" the heads of the items the answer before
    listed, when it asks what is done about them."""
    match = _DONE_ABOUT_RE.search(question)
    items = listed_items(answers_before[-1]) if answers_before else []
    if match is None or not 2 <= len(items) <= _NAMED_AT_MOST:
        return question  # a long list is not named one by one (slow, and no sentence names them all)
    heads = list(dict.fromkeys(_head(i) for i in items))
    named = ", ".join(heads[:-1]) + f" och {heads[-1]}"
    verb, _ = match.group("them").split(maxsplit=1)
    return f"{question[: match.start('them')]}{verb} bristen på {named}{question[match.end('them') :]}"


def pointed_at(question: str, answers_before: Sequence[str]) -> str:
    """The follow-up with what it points at in the lists before named: an item by its place, or all."""
    return with_items_named(with_item_named(question, answers_before), answers_before)
