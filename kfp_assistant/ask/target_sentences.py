"""Figures asked against their target: "Klarade de sjukfrånvaromålet 2023?", "Nådde nämnden målet för
personalomsättningen?". The figure alone does not say whether the target was met; the plan's sentence
stating the target, shown beside it, does.

In: the question, the passages retrieved, the figures shown and the answer text so far. Out: the
sentences stating a target for a shown figure's metric, in the shown figures' plans.
"""

from __future__ import annotations

import re

from kfp_assistant.ask.extractive import Passage
from kfp_assistant.schema import KeyFigure
from kfp_assistant.sv.metrics import metric_pattern

# A target in a word of its own or at the end of a compound ("målet", "sjukfrånvaromålet", "delmål",
# "målsättningen"); not a target date ("måldatum").
_TARGET = re.compile(r"\b(?:\w*mål(?:et|en)?|målsättning\w*|målvärde\w*|målnivå\w*)\b", re.IGNORECASE)
# Whether it was reached: "klarade", "nådde", "uppnåddes", "höll de", "did they meet/reach".
_AGAINST = re.compile(
    r"\b(?:nådde|nått|nås|nåddes|nå|uppnådde|uppnått|uppnåddes|uppnå|klarade|klarat|klara|höll|hållit"
    r"|reached|reach|met|meet|achieved|achieve)\b",
    re.IGNORECASE,
)
_MAX_TARGETS = 2  # one target sentence per plan is usual; two plans' at most


def asks_against_target(question: str) -> bool:
    """Whether a question asks if a figure reached its target ("klarade de sjukfrånvaromålet?")."""
    return bool(_TARGET.search(question) and _AGAINST.search(question))


def target_sentences(passages: list[Passage], figures: list[KeyFigure], shown_text: str) -> list[Passage]:
    """Retrieved sentences of the shown figures' plans that state a target for their metric ("Målet för
    sjukfrånvaron har under 2023 varit 6,5 %"), best first, those already shown left out."""
    pattern = metric_pattern(sorted({f.metric for f in figures}))
    plans = {f.doc_id for f in figures}
    found: list[Passage] = []
    for p in sorted(passages, key=lambda p: p.score, reverse=True):
        if p.chunk.doc_id not in plans or p.text in shown_text or not _TARGET.search(p.text):
            continue
        if pattern is not None and not pattern.search(p.text):
            continue  # the target of another figure
        if all(p.text != q.text for q in found):
            found.append(p)
    return found[:_MAX_TARGETS]
