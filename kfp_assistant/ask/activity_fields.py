"""Questions about one activity's fields: "Vem ansvarar för X och hur följs det upp?", "När ska de ha
tagit ställning till Y?", "Vem ska ta fram stödmaterial kring friskfaktorer och till när?".

In: a Route, the records of the plans in its scope and (optionally) the embedding model the index
uses. Out: a RecordAnswer stating the activity with its Ansvarig, Måldatum, Uppföljning (the fields
asked first; the status of a follow-up row with its comment) and citing its row (written by
activity_render.py), or None when the question asks no field or no activity matches
confidently; the answerer then goes on to retrieval.

How the activity is found:
* The question's topic is its content words without the field words ("vem", "ansvarar", "leder",
  "när", "hur ofta", "följs upp", "hur vet de"; sv.activity_terms), administration names (and the
  words before their organisation word: "fritid" of "Kultur- och fritidsförvaltningen") and everyday
  words (cell_labels.content_words).
* Each activity scores the share of topic words its text names (goal words count a little less),
  words compared as stems, compound parts and small typos (sv.words.word_match); a compound of the
  question is named by its parts ("chefsutveckling" by "ledarutveckling för chefer",
  "fadderverksamheten" by "fadder"; sv.words.spelled_in_parts).
* The best activity answers when it names at least MIN_SHARE of the topic and no other activity
  comes within MARGIN of it. Activities tied within MARGIN that agree on the fields asked answer
  together (one goal's activities share Ansvarig and Måldatum). Otherwise the tied activities are
  ranked by e5 similarity to the question, and the first answers when it leads by DENSE_MARGIN.
* Plans: as for table cells (cells.py): the named versions, else each administration's latest plan,
  an older version only when the latest has no such activity; the plan's own activities before its
  follow-up of the previous plan unless the question asks about that follow-up.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from kfp_assistant.ask.activity_render import GOAL_TITLE_WORDS, field_value, purpose_header, render
from kfp_assistant.ask.cell_labels import asked_of
from kfp_assistant.ask.cell_plans import plan_versions, plans_in_scope
from kfp_assistant.ask.records_answer import RecordAnswer
from kfp_assistant.ask.route import Route
from kfp_assistant.schema import Activity, Citation, PlanRecords
from kfp_assistant.store.embeddings import model_id
from kfp_assistant.sv.activity_terms import ASKING_WORDS, FIELD_RES, FIELD_WORDS, Field
from kfp_assistant.sv.administrations import administration_key
from kfp_assistant.sv.areas import area_phrases
from kfp_assistant.sv.responsible import party_stems
from kfp_assistant.sv.text import fold
from kfp_assistant.sv.why import asks_why_leaving
from kfp_assistant.sv.words import SAME_WORD, spelled_in_parts, tokenize, without_generic_head, word_match

# Measured on the activity questions of eval/blind/*_dev.jsonl (see the module docstring for the rule).
MIN_SHARE = 0.5
MARGIN = 0.15
GOAL_WEIGHT = 0.5  # a goal (Behov/Mål) is shared by its activities: its words say less about which one
LOW_SHARE = 0.25
DENSE_POOL = 5
DENSE_MARGIN = 0.03
MAX_TOGETHER = 4
GOAL_NAMED = 0.75  # share of the topic a goal names for the question to be about all its activities

# Fields are "responsible", "target_date", "followup", "area" (its UBARA area), "purpose" (why: the
# goal, where its column says why, PURPOSE_HEADER_RE) and "status" (the follow-up cell of a table
# following up the previous plan: "blev X av?"); their words are in sv.activity_terms. A goal read from
# a section heading or a paragraph of needs gives no reason for the one activity: "syftet med
# avgångssamtalen" is then answered by the plan's prose.
# Noun endings made from a verb or noun: "skuggning" of "skugga", "fadderskap" of "fadder" name the same.
_DERIVED = ("ning", "skap", "else", "ande")
_LIST_RE = re.compile(
    r"\bvilka\s+(?:\w+\s+){0,2}?(?:aktivitet|insats|åtgärd)\w*|\blista\b|\balla\s+aktivitet", re.I
)
_FOLLOWUP_TABLE_RE = re.compile(r"\b(?:förra|tidigare|föregående)\s+(?:\w+\s+)?plan\w*", re.I)


def fields_asked(question: str) -> list[Field]:
    """The activity fields a question asks about, in a fixed order."""
    return [name for name, rx in FIELD_RES.items() if rx.search(question)]


@dataclass
class _Scored:
    plan: PlanRecords
    activity: Activity
    score: float
    named: set[str]  # the topic words the activity (or its goal) names
    own: set[str]  # the topic words the activity's own text names
    own_share: float = 0.0  # weighted share of the topic its own text names
    goal_share: float = 0.0  # weighted share of the topic its goal names


def _words(activity: Activity) -> tuple[list[str], list[str]]:
    return tokenize(activity.activity.replace("-", " ")), tokenize((activity.goal or "").replace("-", " "))


def _match(asked: str, written: str) -> float:
    """word_match, one way: a compound in the plan names a part the question asks about ("introduktion"
    in "introduktionsprogram"), but the head of a compound in the question is not it ("lönekartläggning"
    is not any "kartläggning")."""
    score = word_match(asked, written)
    if score != SAME_WORD and len(written) < len(asked) and fold(asked).endswith(fold(written)):
        return 0.0
    short, long = sorted((fold(asked), fold(written)), key=len)
    rest = long[len(short) :] if long.startswith(short) and len(short) >= 4 else ""
    if score != SAME_WORD and any(rest.endswith(end) and len(rest) - len(end) <= 2 for end in _DERIVED):
        return SAME_WORD  # the stem may have lost an ending the derived noun keeps ("fadd", "fadderskap")
    return score


def _in(word: str, words: list[str]) -> float:
    """How well the words name a word of the question: one of them, or its compound spelled out in
    parts ("chefsutveckling" by "ledarutveckling för chefer", "fadderverksamheten" by "fadder")."""
    best = max((_match(word, w) for w in words), default=0.0)
    if best < SAME_WORD and spelled_in_parts(word, words):
        return SAME_WORD
    if best == 0.0 and (first := without_generic_head(word)):  # "friskvårdsarbetet" ~ "friskvårdsbidrag"
        return max((_match(first, w) for w in words), default=0.0)
    return best


def _named(word: str, words: tuple[list[str], list[str]]) -> float:
    own, goal = words
    return max(_in(word, own), _in(word, goal) * GOAL_WEIGHT)


def _exactly(word: str, words: tuple[list[str], list[str]]) -> bool:
    """Whether the activity or its goal names the word itself, not only a compound of it."""
    return _in(word, words[0]) == SAME_WORD or _in(word, words[1]) == SAME_WORD


def _weights(topic: list[str], texts: list[tuple[list[str], list[str]]]) -> dict[str, float]:
    """Inverse document frequency of each topic word among the plan's activities: a word few
    activities name tells more about which one is meant than one many name ("introduktion")."""
    n = len(texts)
    return {
        word: math.log(1 + (n + 1) / (1 + sum(1 for t in texts if _named(word, t) > 0))) for word in topic
    }


def _score(
    topic: list[str], extra: list[str], words: tuple[list[str], list[str]], weights: dict[str, float]
) -> float:
    """Weighted share of the topic words the activity names. Words that may also ask for a field
    ("plan", "följas upp") count only where the activity names them: then they are its topic."""
    total = sum(weights[w] * _named(w, words) for w in topic)
    norm = sum(weights[w] for w in topic)
    for word in extra:
        named = _named(word, words)
        if named > 0:
            total += weights[word] * named
            norm += weights[word]
    return total / norm if norm else 0.0


def _with_purpose(chosen: list[_Scored], asked: list[Field]) -> tuple[list[_Scored], list[Field]]:
    """The chosen activities and fields, when the question asks why: the goal answers only where its
    column says why, and a question asking only why only for an activity it names nearly whole."""
    if "purpose" not in asked:
        return chosen, asked
    named = asked != ["purpose"] or all(s.own_share >= GOAL_NAMED for s in chosen)
    if named and all(purpose_header(s.plan, s.activity) for s in chosen):
        return chosen, asked
    rest = [f for f in asked if f != "purpose"]
    return (chosen if rest else []), rest


_VECTORS: OrderedDict[tuple[str, str, str], np.ndarray] = OrderedDict()
_CACHE_SIZE = 2048


def _vector(embeddings: Embeddings, text: str, kind: str) -> np.ndarray:
    """An embedding, cached per process: activities and questions recur across a chat."""
    key = (model_id(embeddings), kind, text)
    if key not in _VECTORS:
        raw = embeddings.embed_query(text) if kind == "query" else embeddings.embed_documents([text])[0]
        vector = np.asarray(raw, dtype=np.float32)
        _VECTORS[key] = vector / (float(np.linalg.norm(vector)) or 1.0)
        if len(_VECTORS) > _CACHE_SIZE:
            _VECTORS.popitem(last=False)
    return _VECTORS[key]


def _dense_order(question: str, pool: list[_Scored], embeddings: Embeddings) -> list[tuple[float, _Scored]]:
    """The pool ranked by e5 similarity of the activity (with its goal) to the question."""
    query = _vector(embeddings, question, "query")
    sims = [
        float(
            query @ _vector(embeddings, f"{s.activity.goal or ''} {s.activity.activity}".strip(), "passage")
        )
        for s in pool
    ]
    return sorted(zip(sims, pool, strict=True), key=lambda x: -x[0])


def _dense_leader(question: str, pool: list[_Scored], embeddings: Embeddings | None) -> _Scored | None:
    """The pool's activity most similar to the question, when it leads the next by DENSE_MARGIN."""
    if embeddings is None or not pool:
        return None
    ranked = _dense_order(question, pool, embeddings)
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < DENSE_MARGIN:
        return None
    return ranked[0][1]


def _goal_named(scored: list[_Scored]) -> list[_Scored]:
    """The activities of the goal the question names ("vem ansvarar för att minska omsättningen bland
    X?" asks for every activity under the goal "Minska omsättningen bland X"), when the goal names
    the topic better than any activity's own text; [] otherwise."""
    top = max(scored, key=lambda s: s.goal_share)
    if top.goal_share < GOAL_NAMED or top.goal_share <= max(s.own_share for s in scored):
        return []
    if len((top.activity.goal or "").split()) > GOAL_TITLE_WORDS:
        return []  # a paragraph describing the need names many things, not one goal's activities
    under = list({s.activity.activity: s for s in scored if s.activity.goal == top.activity.goal}.values())
    return under if len(under) <= MAX_TOGETHER else []


def _pick(
    question: str,
    topic: list[str],
    scored: list[_Scored],
    asked: list[Field],
    embeddings: Embeddings | None,
    narrowed: bool,
) -> list[_Scored]:
    """The activities that answer, [] when none does confidently."""
    if not scored:
        return []
    scored.sort(key=lambda s: -s.score)
    best = scored[0].score
    if best < LOW_SHARE:
        return []
    if len(topic) > 1 and (by_goal := _goal_named(scored)):
        return by_goal
    if len(topic) == 1:
        # One topic word ("introduktionen"): every activity naming it is a candidate; they answer
        # together when they agree on the fields asked, else none does.
        words = {id(s): _words(s.activity) for s in scored}
        own_exact = [s for s in scored if _exactly(topic[0], (words[id(s)][0], []))]
        goal_exact = [s for s in scored if _exactly(topic[0], words[id(s)])]
        named = own_exact or goal_exact or [s for s in scored if s.own] or [s for s in scored if s.named]
        same = list({s.activity.activity: s for s in named}.values())
        agree = len({tuple(field_value(s.activity, f) for f in asked) for s in same}) == 1
        return same if agree and len(same) <= MAX_TOGETHER else []
    if best < MIN_SHARE:
        # Few topic words named: only an activity that is also the clear e5 leader answers, and only
        # in a question about one administration (over every plan, weak matches would multiply).
        if not narrowed:
            return []
        leader = _dense_leader(question, scored[:DENSE_POOL], embeddings)
        return [leader] if leader is scored[0] else []
    tied = [s for s in scored if s.score >= best - MARGIN]
    distinct = list({s.activity.activity: s for s in tied}.values())
    if len(distinct) == 1:
        return [tied[0]]
    agree = len({tuple(field_value(s.activity, f) for f in asked) for s in distinct}) == 1
    if agree and len(distinct) <= MAX_TOGETHER:
        return distinct
    chosen = _dense_leader(question, distinct, embeddings)
    return [chosen] if chosen else []


def _candidates(
    plan: PlanRecords, topic: list[str], extra: list[str], followup_table: bool, status: bool
) -> list[_Scored]:
    """The plan's activities scored; its follow-up of the previous plan when the question asks about
    that (only those can say whether something was done), else its own activities first."""
    wanted = "followup" if followup_table or status else "plan"
    rows = [a for a in plan.activities if a.table == wanted] or ([] if status else plan.activities)
    texts = [_words(a) for a in rows]
    weights = _weights([*topic, *extra], texts)
    return [
        _Scored(
            plan,
            a,
            _score(topic, extra, t, weights),
            {w for w in topic if _named(w, t) > 0},
            {w for w in topic if _named(w, (t[0], [])) > 0},
            _score(topic, extra, (t[0], []), weights),
            _score(topic, [], (t[1], []), weights),
        )
        for a, t in zip(rows, texts, strict=True)
    ]


def _same_activity(route: Route) -> bool:
    """Whether a follow-up naming no activity ("och när ska den vara klar?", "vem är ansvarig?") asks
    about the one the turn before asked a field of: its words name it. After a list ("vilka aktiviteter
    …?") the list answers ("vem ansvarar för dem?")."""
    before = route.asked_before
    return bool(fields_asked(before)) and not _LIST_RE.search(before)


def answer_from_activity_fields(
    route: Route, plans: list[PlanRecords], embeddings: Embeddings | None = None
) -> RecordAnswer | None:
    """An answer stating the fields of the one activity (or the agreeing few) the question is about,
    citing its row; None when the question asks no field or no activity matches confidently."""
    asked = fields_asked(route.question)
    if (
        not asked
        or _LIST_RE.search(route.question)
        or ("purpose" in asked and asks_why_leaving(route.question))
    ):
        return None  # "varför slutar folk?" asks the causes of leaving, not an activity's purpose
    if route.unknown_administrations and not route.administrations:
        return None
    question = asked_of(route)
    # "där HR är ansvarig" filters, it is no topic ("enhetscheferna" is the party "EC" spelled out)
    party = set(party_stems(route.responsible)) if route.responsible else set()
    topic = [w for w in question.words if w not in FIELD_WORDS and w not in party]
    inherited = question.inherited
    if not topic and not inherited and route.followup:  # "och när ska den vara klar?": only field words
        topic, inherited = [w for w in question.earlier if w not in FIELD_WORDS and w not in party], True
    # A clause saying when, in the plan's areas ("när folk slutar"), is no word of the activity.
    clauses = {t for p in area_phrases(route.question) if len(p.split()) > 1 for t in tokenize(p)}
    topic = [w for w in topic if w not in clauses] or topic
    if not topic or (inherited and not _same_activity(route)):
        return None
    extra = [w for w in tokenize(route.question) if w in FIELD_WORDS and w not in ASKING_WORDS]
    wanted = plans_in_scope(route)
    plans = [p for p in plans if p.activities and (not wanted or p.doc_id in wanted)]
    if question.soft:  # English words the glossary left ("supposed", "health") name no Swedish activity
        texts = [_words(a) for p in plans for a in p.activities]
        known = [w for w in topic if any(_named(w, t) > 0 for t in texts)]
        if 2 * len(known) < len(topic):  # "lifeguard training": the word naming it is not in the plans
            return None
        topic = known
    followup_table = bool(_FOLLOWUP_TABLE_RE.search(route.question))
    narrowed = len({administration_key(p.administration or p.file) for p in plans}) == 1
    citations: list[Citation] = []
    sections: list[str] = []
    answered: set[str] = set()
    for versions in plan_versions(route, plans):
        for plan in versions:
            scored = _candidates(plan, topic, extra, followup_table, "status" in asked)
            chosen = _pick(route.question, topic, scored, asked, embeddings, narrowed)
            chosen, shown = _with_purpose(chosen, asked)
            if chosen:
                sections.append(render(chosen, shown, citations))
                answered.add(administration_key(plan.administration or ""))
            if chosen or max((s.score for s in scored), default=0.0) >= MIN_SHARE:
                # an older version answers only what the latest plan has nothing on: a word or two of
                # the question in its rows ("stadens", "slutar") is not the activity asked about
                break
    if not sections or not {administration_key(a) for a in route.administrations} <= answered:
        return None
    return RecordAnswer("\n\n".join(sections), citations)
