"""Which sentences of a paragraph carry an explanation: a why or a how is told over a few sentences of
one paragraph, around the best one. Sentences leaning on the one before ("Det innebär …"), a conclusion
and the reasons it rests on ("därför"), and further reasons added ("dessutom", "en annan orsak").

In: a chunk's units (ask/units.py) and the best sentence's index. Out: the indices shown with it
(extractive.select uses them).
"""

from __future__ import annotations

import re

from kfp_assistant.ask.units import Unit

PARAGRAPH_CHARS = 900  # an explanation's paragraph shown with its best sentence, at most
_AFTER = 2  # sentences after the best one an explanation goes on with, in its paragraph
_SHORT = 4  # a paragraph of this many sentences is one thought: shown whole (within PARAGRAPH_CHARS)
# A sentence drawing a conclusion ("Delprojekt genomförs därför ...") rests on the reasons the
# paragraph gives before it.
_CONCLUDES = re.compile(
    r"\b(?:därför|därmed|således|följaktligen|alltså|med\s+anledning\s+av\s+(?:detta|det))\b", re.I
)


def concludes(text: str) -> bool:
    """Whether a sentence draws a conclusion ("därför", "alltså", "med anledning av detta")."""
    return bool(_CONCLUDES.search(text))


def paragraph_window(
    all_units: list[Unit], i: int, limit: int, before: bool = True, reasons: bool = False
) -> list[int]:
    """Unit i with the sentences of its paragraph that carry the explanation, within `limit` sentences
    and PARAGRAPH_CHARS: the one before it (if `before`), the next _AFTER ones (an explanation goes on
    after its opening) and a next one leaning on them ("Det innebär ..."), and, when a shown sentence
    draws a conclusion ("därför"), the reasons before it. A short paragraph is shown whole. With
    `reasons` (a cause asked), also the next sentences adding a reason ("X skapade dessutom ...", "En
    del är också tillfällig"): a why is often answered by several reasons in a row."""
    same = [
        j
        for j, u in enumerate(all_units)
        if u.paragraph == all_units[i].paragraph and u.citable and u.kind == "sentence"
    ]
    if i not in same:
        return [i]
    k = same.index(i)
    low, high = max(0, k - 1) if before else k, min(len(same) - 1, k + _AFTER)
    while high + 1 < len(same) and (
        LEANS_BACK.match(all_units[same[high + 1]].text)
        or (reasons and adds_reason(all_units[same[high + 1]].text))
    ):
        high += 1
    if len(same) <= _SHORT:
        low, high = 0, len(same) - 1
    concludes = any(_CONCLUDES.search(all_units[j].text) for j in same[low : high + 1])
    # Nearest first, the next sentence before the previous one; a conclusion's reasons before the rest.
    after = list(range(k + 1, high + 1))
    order = after[:1] + list(range(k - 1, -1 if concludes else low - 1, -1)) + after[1:]
    if reasons:  # further reasons come before the sentences leading up to the best one
        order = after + list(range(k - 1, -1 if concludes else low - 1, -1))
    chosen = [i]
    chars = len(all_units[i].text)
    for j in order:
        text = all_units[same[j]].text
        if len(chosen) == limit or chars + len(text) > PARAGRAPH_CHARS:
            break
        chosen.append(same[j])
        chars += len(text)
    return sorted(chosen)


# A sentence opening with one of these leans on the sentence before it ("Det kräver ...", "Detta
# innebär ...", "Dessutom ..."): shown alone it says less than the plan does.
LEANS_BACK = re.compile(
    r"^(?:det|detta|dessa|denna|dessutom|därtill|därutöver|därför|därmed|vidare|samtidigt|även|också"
    r"|dock|men|här|där"
    r"|av\s+dessa|av\s+dem|bland\s+dessa|varav)\b",
    re.IGNORECASE,
)


# A sentence adding a reason to those before it: an additive word among its first words ("Införandet
# av den nya lagen skapade dessutom ...", "En del av ökningen är också tillfällig"), or a further cause
# named ("En annan orsak är ...", "Till detta kommer ...", "Ytterligare en faktor är ...").
_ADDS_REASON = re.compile(
    r"^(?:\S+\s+){0,7}?(?:dessutom|därtill|därutöver|också|även|vidare)\b"
    r"|^(?:en|ett|den|det)\s+(?:annan|annat|andra|tredje|ytterligare)\s+(?:\w+\s+)?(?:orsak|förklaring"
    r"|anledning|skäl|faktor|bidragande)\w*"
    r"|^(?:ytterligare|till\s+(?:det|detta)\s+kommer|utöver\s+(?:det|detta))\b",
    re.IGNORECASE,
)


def adds_reason(text: str) -> bool:
    """Whether a sentence adds a reason to the ones before it ("… skapade dessutom …", "En annan orsak
    är …", "Till detta kommer …")."""
    return bool(_ADDS_REASON.search(text))
