"""The grounds of a conclusion shown in an explanation: "Aktiviteter bör därför riktas mot de yngre"
rests on figures the plan gives elsewhere ("De åldersgrupper som har haft högst personalomsättning är
20-29 år"), which share few words with the question but several with the conclusion.

In: an extractive Selection and the passages it was chosen from. Out: the same Selection, with the
sentence stating the figures a shown conclusion rests on, when one stands out.
"""

from __future__ import annotations

from kfp_assistant.ask.extractive import Passage, Selection
from kfp_assistant.ask.paragraphs import concludes
from kfp_assistant.ask.units import units
from kfp_assistant.sv.numbers import states_number
from kfp_assistant.sv.words import general_stems, question_stems, text_stems

_SALIENT = 5  # shorter stems are too often everyday words to tie a sentence to a conclusion
_SHARED = 2  # stems a sentence shares with the conclusion to be its grounds


def _conclusions(chosen: Selection) -> list[tuple[str, int, str]]:
    """(chunk id, paragraph, text) of each shown sentence drawing a conclusion ("därför", "alltså")."""
    out = []
    for chunk_id, shown in chosen.shown.items():
        for i in sorted(shown):
            unit = chosen.units[chunk_id][i]
            if concludes(unit.text):
                out.append((chunk_id, unit.paragraph, unit.text))
    return out


def add_grounds(chosen: Selection, passages: list[Passage], budget: int) -> None:
    """Show the sentence stating figures that shares most stems (at least _SHARED) with a shown
    conclusion, from another paragraph, within the budget (in sentences)."""
    conclusions = _conclusions(chosen)
    if not conclusions or chosen.sentence_count() >= budget:
        return
    skip = question_stems() | general_stems()
    stems = {s for *_, text in conclusions for s in text_stems(text) if len(s) >= _SALIENT and s not in skip}
    places = {(chunk_id, paragraph) for chunk_id, paragraph, _ in conclusions}
    best: tuple[int, Passage] | None = None
    for p in passages:
        if chosen.is_shown(p) or not states_number(p.text):
            continue
        shared = len(stems & text_stems(p.text))
        if shared >= _SHARED and (best is None or shared > best[0]):
            best = (shared, p)
    if best is None:
        return
    p = best[1]
    chunk_id = p.chunk.chunk_id
    all_units = chosen.units.setdefault(chunk_id, units(p.chunk))
    if (chunk_id, all_units[p.position].paragraph) in places:
        return  # the conclusion's own paragraph is shown already, as far as it goes
    chosen.chunks[chunk_id] = p.chunk
    chosen.shown.setdefault(chunk_id, set()).add(p.position)
    chosen.rank.setdefault((chunk_id, p.position), max(chosen.rank.values(), default=0) + 1)
