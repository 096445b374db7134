"""What changed between two versions of one administration's plan: activities and gaps added,
removed or kept (possibly reworded), and key figures changed.

Items are matched one-to-one in two passes. The first pairs items that read alike (meaning plus
wording, `similarity_matrix`). The second looks only at what the first left over and pairs an old
and a new item when the plan's structure and shared words back up a weaker likeness
(`leftover_pairs`). A false "kept" hides a real change, so the second pass asks for every kind of
evidence at once and leaves an item unmatched when in doubt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from rapidfuzz import fuzz, utils

from kfp_assistant.compare.side_by_side import own_activities, reference_figures
from kfp_assistant.schema import PlanRecords
from kfp_assistant.sv.metrics import METRICS
from kfp_assistant.sv.words import term_in, tokenize

# --------------------------------------------------------------------------- first pass: likeness

# Similarity = 0.5 * meaning (e5 cosine) + 0.5 * wording (rapidfuzz token-set ratio). e5 puts any two
# Swedish plan sentences at cosine ~0.88-0.94 (anisotropy), so meaning alone separates badly; shared
# wording is the second signal. Thresholds were set on Socialnämnden 2024-2026 -> 2025-2027
# (eval/gold/diff_socialnamnden.json) mid-way between the lowest kept and the highest not-kept pair,
# rounded, not at the edge of either:
# - activities (sentences): kept pairs 0.89-0.96, different actions on the same theme <= 0.78 -> 0.84;
# - gaps (short topic lists): kept 0.74-0.99, other topics <= 0.67 -> 0.70. Topic lists share fewer
#   words when they mean the same ("Analyskunskap ..." -> "Statistik, data och analyskunskap").
# Any value inside those two windows gives the same diff there.
MEANING_WEIGHT = 0.5
GOAL_CONTEXT_WEIGHT = 0.25  # share of the meaning score that compares "goal: activity" texts
ACTIVITY_THRESHOLD = 0.84
GAP_THRESHOLD = 0.70

# --------------------------------------------------------------------------- second pass: evidence

# Floors of the second pass: the top tenth of what items of two *different* administrations' plans
# score against each other (Socialnämnden vs Hässelby-Vällingby, both ways: 90th percentile 0.667 /
# 0.666 for activities, 0.626 / 0.634 for gaps), rounded down. Such pairs are different activities
# written in the same vocabulary, so the floor only drops pairs that are not even on the same topic;
# area, mutual best, responsible and shared words decide. On the gold, the two reworded pairs the
# first pass misses score 0.71 (activity) and 0.66 (gap); the leftover pairs it does not keep score
# up to 0.78 (same area, shared actor words) and are turned down by the shared-words rule, the
# "related but not kept" ones (0.62-0.73) by it and, for one, by the responsible party. Diffing
# plans of different administrations against each other (all of the above, and Hägersten-Älvsjö)
# gives no second-pass pair at all.
ACTIVITY_FLOOR = 0.66
GAP_FLOOR = 0.62

# Words that are no evidence that two rows are the same activity or gap, stemmed as tokenize()
# stems them (the administrations' own names are added per diff):
# - who does it: a reworded plan often adds or changes the actor ("Erbjuda avgångssamtal" ->
#   "Alla medarbetare erbjuds avgångssamtal");
# - the UBARA framework's own words: a second-pass pair of activities already shares its area;
# - verbs that only say that something is done or changed, and the vocabulary of every plan.
# Compounds of these words stay evidence ("avslutssamtal", "utvecklingsplan"): only whole stems
# are dropped, and a dropped stem cannot match a compound.
NOT_EVIDENCE = (
    "chef chefer chefen medarbetare medarbetaren medarbetarna anställd anställda nyanställda personal "
    "hr verksamhet verksamheten verksamheter verksamheterna förvaltning förvaltningen förvaltningens "
    "förvaltningsledning ledning ledningen enhet enheten enheter avdelning avdelningen avdelningar "
    "nämnd nämnden nämndens stad staden stadens respektive alla "
    "utveckla utvecklar utveckling utvecklingen behålla attrahera rekrytera rekrytering rekryteringen "
    "introducera introduktion introduktionen avsluta avslut avslutet "
    "arbeta arbetar arbete arbetet genomföra genomför genomförs fortsätta fortsatt fortsatta skapa ta "
    "fram öka ökad ökar ökning höja höjd förbättra förbättras förbättring stärka stärker säkerställa "
    "minska minskad ska kan få får ny nya nytt samt "
    "mål behov plan kompetens kompetensen kunskap kunskaper arbetssätt arbetssättet möjlighet möjligheter"
)


@lru_cache(maxsize=1)
def _not_evidence() -> frozenset[str]:
    return frozenset(tokenize(NOT_EVIDENCE))


@dataclass(frozen=True)
class Leftovers:
    """How the second pass treats one kind of record.

    floor: lowest combined similarity; group: the labels a pair must share (UBARA areas), or None for
    one group; goal: row text that may add evidence besides the item's own words; responsible: who
    is responsible, "" when the kind has no such field.
    """

    floor: float
    group: Callable[[Any], set[str]] | None = None
    goal: Callable[[Any], str] = lambda r: ""
    responsible: Callable[[Any], str] = lambda r: ""


def content_stems(text: str, skip: frozenset[str]) -> list[str]:
    """Distinct Snowball stems of a text that can show what it is about (no actors, no numbers)."""
    return [s for s in dict.fromkeys(tokenize(text)) if s not in skip and not s.isdigit()]


def words_found_again(text: str, other: str, other_goal: str, skip: frozenset[str] = frozenset()) -> bool:
    """Whether a text's words come back in another row: two of them, or the one word of a one-word
    text ("Förändringsledning"); at least one in the other item's own text, the other possibly in
    its goal. Compounds count ("förändringsledning" ~ "förändring", lexical.term_in), but two words
    matching the same word ("digitala", "digitalisering" ~ "digitaliseringen") are one."""
    skip = _not_evidence() | skip
    words = content_stems(text, skip)
    own = content_stems(other, skip)
    row = [*own, *(s for s in content_stems(other_goal, skip) if s not in own)]
    matched = [(w, t) for w in words for t in row if term_in(w, {t})]
    # At most as many matches as distinct words on either side.
    count = min(len({w for w, _ in matched}), len({t for _, t in matched}))
    needed = 1 if len(tokenize(text)) == 1 else 2
    return count >= needed and any(t in own for _, t in matched)


def same_responsible(a: str, b: str) -> bool:
    """False only when both rows name who is responsible and no party is shared
    ("Respektive chef" ~ "Chefer med stöd av HR", but not "HR" ~ "Respektive chef")."""
    left, right = set(tokenize(a)), set(tokenize(b))
    return not left or not right or any(term_in(w, right) for w in left)


def leftover_pairs(
    old: list[Any],
    new: list[Any],
    scores: np.ndarray,
    taken: list[tuple[int, int, float]],
    text: Callable[[Any], str],
    rule: Leftovers,
    skip: frozenset[str] = frozenset(),
) -> list[tuple[int, int, float]]:
    """Second pass over the items the first left unmatched. An old and a new item are paired when
    - they share a group (the same UBARA area) and each is the other's best-scoring leftover there,
      so an item with two plausible partners stays unmatched;
    - their similarity reaches the floor;
    - their responsible parties overlap, when both rows name one;
    - the words of one come back in the other (`words_found_again`; `skip`: more words that do not
      count, the administrations' names).
    """
    rows = [i for i in range(len(old)) if i not in {p[0] for p in taken}]
    cols = [j for j in range(len(new)) if j not in {p[1] for p in taken}]

    def together(i: int, j: int) -> bool:
        return rule.group is None or bool(rule.group(old[i]) & rule.group(new[j]))

    def best_new(i: int) -> int:
        return max((j for j in cols if together(i, j)), key=lambda j: float(scores[i, j]), default=-1)

    def best_old(j: int) -> int:
        return max((i for i in rows if together(i, j)), key=lambda i: float(scores[i, j]), default=-1)

    pairs: list[tuple[int, int, float]] = []
    for i in rows:
        j = best_new(i)
        if j < 0 or best_old(j) != i or scores[i, j] < rule.floor:
            continue
        a, b = old[i], new[j]
        if not same_responsible(rule.responsible(a), rule.responsible(b)):
            continue
        if words_found_again(text(a), text(b), rule.goal(b), skip) or words_found_again(
            text(b), text(a), rule.goal(a), skip
        ):
            pairs.append((i, j, round(float(scores[i, j]), 3)))
    return pairs


# --------------------------------------------------------------------------- matching


def _unit_rows(vectors: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=float)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def _cosines(embeddings: Embeddings, old: list[str], new: list[str]) -> np.ndarray:
    vectors = _unit_rows(embeddings.embed_documents([*old, *new]))
    return vectors[: len(old)] @ vectors[len(old) :].T


def similarity_matrix(
    embeddings: Embeddings,
    old: list[str],
    new: list[str],
    old_context: list[str] | None = None,
    new_context: list[str] | None = None,
) -> np.ndarray:
    """Combined similarity (0-1) of every old x new text: meaning (embeddings) plus wording (fuzzy)."""
    meaning = _cosines(embeddings, old, new)
    if old_context and new_context:
        context = _cosines(
            embeddings,
            [f"{c}: {t}" for c, t in zip(old_context, old, strict=True)],
            [f"{c}: {t}" for c, t in zip(new_context, new, strict=True)],
        )
        meaning = (1 - GOAL_CONTEXT_WEIGHT) * meaning + GOAL_CONTEXT_WEIGHT * context
    wording = np.array(
        [[fuzz.token_set_ratio(a, b, processor=utils.default_process) / 100 for b in new] for a in old]
    ).reshape(len(old), len(new))
    return MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * wording


def greedy_pairs(scores: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """One-to-one pairs, best score first, each at or above the threshold."""
    candidates = sorted(
        ((float(scores[i, j]), i, j) for i in range(scores.shape[0]) for j in range(scores.shape[1])),
        reverse=True,
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for score, i, j in candidates:
        if score < threshold:
            break
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j, round(score, 3)))
    return pairs


def match_records(
    old: list[Any],
    new: list[Any],
    embeddings: Embeddings,
    text: Callable[[Any], str],
    context: Callable[[Any], str],
    threshold: float,
    leftovers: Leftovers | None = None,
    skip: frozenset[str] = frozenset(),
) -> dict[str, list[Any]]:
    """Split two record lists into added, removed and kept (pairs, possibly reworded). A kept pair
    says which pass matched it: "similarity" (first) or "context" (second, `leftover_pairs`)."""
    dump: Callable[[Any], dict[str, Any]] = lambda r: r.model_dump(exclude={"doc_id"})  # noqa: E731
    if not old or not new:
        return {"added": [dump(r) for r in new], "removed": [dump(r) for r in old], "kept": []}
    texts, contexts = (
        ([text(r) for r in old], [text(r) for r in new]),
        ([context(r) for r in old], [context(r) for r in new]),
    )
    scores = similarity_matrix(embeddings, *texts, *contexts)
    pairs = greedy_pairs(scores, threshold)
    second = leftover_pairs(old, new, scores, pairs, text, leftovers, skip) if leftovers else []
    kept_old = {i for i, _, _ in [*pairs, *second]}
    kept_new = {j for _, j, _ in [*pairs, *second]}
    basis = {(i, j): "similarity" for i, j, _ in pairs} | {(i, j): "context" for i, j, _ in second}
    return {
        "added": [dump(r) for j, r in enumerate(new) if j not in kept_new],
        "removed": [dump(r) for i, r in enumerate(old) if i not in kept_old],
        "kept": [
            {
                "from": dump(old[i]),
                "to": dump(new[j]),
                "similarity": s,
                "reworded": _reworded(old[i], new[j], text),
                "matched_by": basis[(i, j)],
            }
            for i, j, s in sorted([*pairs, *second], key=lambda p: p[0])
        ],
    }


def _reworded(a: Any, b: Any, text: Callable[[Any], str]) -> bool:
    return " ".join(text(a).split()).casefold() != " ".join(text(b).split()).casefold()


# --------------------------------------------------------------------------- figures and the whole diff


def diff_figures(old: PlanRecords, new: PlanRecords) -> list[dict[str, Any]]:
    """Reference figures of two versions side by side, keyed by metric, scope and one-year/total."""
    before, after = reference_figures(old), reference_figures(new)
    order = list(METRICS)
    keys = sorted(
        set(before) | set(after),
        key=lambda k: (order.index(k[0]) if k[0] in order else len(order), k[2], k[1] or ""),
    )
    result: list[dict[str, Any]] = []
    for key in keys:
        a, b = before.get(key), after.get(key)
        ref = a or b
        assert ref is not None  # every key comes from one of the two plans
        status = (
            "changed"
            if a and b and a.value != b.value
            else "unchanged"
            if a and b
            else "added"
            if b
            else "removed"
        )
        result.append(
            {
                "metric": key[0],
                "label": METRICS[key[0]]["label_sv"] if key[0] in METRICS else key[0],
                "scope": key[1],
                "unit": ref.unit,
                "from": a.value if a else None,
                "from_as_of": a.as_of if a else None,
                "to": b.value if b else None,
                "to_as_of": b.as_of if b else None,
                "change": round(b.value - a.value, 4) if a and b else None,
                "status": status,
                "from_quote": {"page": a.page, "quote": a.quote} if a else None,
                "to_quote": {"page": b.page, "quote": b.quote} if b else None,
            }
        )
    return result


# Activities pair in the second pass only within a UBARA area, with the goal ("Mål / Vad ska vi
# uppnå?") as extra evidence and the responsible party as a check. Gaps have neither: their theme
# is a heading shared by several gaps (and often missing in one version), so it is no evidence.
ACTIVITY_LEFTOVERS = Leftovers(
    floor=ACTIVITY_FLOOR,
    group=lambda a: set(a.areas),
    goal=lambda a: a.goal or "",
    responsible=lambda a: a.responsible or "",
)
GAP_LEFTOVERS = Leftovers(floor=GAP_FLOOR)


def diff_plans(
    old: PlanRecords,
    new: PlanRecords,
    embeddings: Embeddings,
    activity_threshold: float = ACTIVITY_THRESHOLD,
    gap_threshold: float = GAP_THRESHOLD,
) -> dict[str, Any]:
    """What changed between two versions of one administration's plan (plan tables only)."""
    # "Socialnämnden erbjuder ..." names the plan's owner: an actor, not evidence.
    names = frozenset(tokenize(" ".join(p.administration or "" for p in (old, new)).replace("-", " ")))
    return {
        "administration": new.administration or old.administration,
        "from": {"period": old.period, "file": old.file},
        "to": {"period": new.period, "file": new.file},
        "activities": match_records(
            own_activities(old),
            own_activities(new),
            embeddings,
            text=lambda a: a.activity,
            context=lambda a: a.goal or " ".join(a.areas),
            threshold=activity_threshold,
            leftovers=ACTIVITY_LEFTOVERS,
            skip=names,
        ),
        "figures": diff_figures(old, new),
        "gaps": match_records(
            old.gaps,
            new.gaps,
            embeddings,
            text=lambda g: g.text,
            context=lambda g: g.theme or "",
            threshold=gap_threshold,
            leftovers=GAP_LEFTOVERS,
            skip=names,
        ),
    }
