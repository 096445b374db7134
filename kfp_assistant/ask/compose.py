"""Answer texts from what was found: records with supporting sentences, or the best sentences of the
retrieved chunks, each cited; a refusal with the nearest passages when the evidence is too weak.

In: records (records_answer), scored passages (passages.retrieve) and the Route. Out: a Composed
answer: text, citations, whether the plans answer, and the evidence model's verdict and inputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from kfp_assistant.ask.cited_text import render as render_selection
from kfp_assistant.ask.compare_sides import (
    asked_metrics,
    group_sides,
    missing_sides,
    names_metric,
    no_figure_line,
    stating_numbers,
    unlisted_line,
)
from kfp_assistant.ask.compare_verdict import (
    listed_presence,
    on_difficulty,
    with_presence_first,
    with_text_side,
)
from kfp_assistant.ask.definitions import asks_meaning, defines_term, names_asked_term
from kfp_assistant.ask.evidence import Similar, judge, load_model, off_topic
from kfp_assistant.ask.extractive import Following, Passage, select
from kfp_assistant.ask.figure_groups import names_asked_group
from kfp_assistant.ask.figure_sentences import (
    about_the_question,
    counts_a_flow,
    names_counted,
    states_asked_amount,
    states_only_ages,
)
from kfp_assistant.ask.grounds import add_grounds
from kfp_assistant.ask.list_topic import topic_stems
from kfp_assistant.ask.meaning import by_meaning, is_prose, meaning_query, metric_topic
from kfp_assistant.ask.passages import answer_tokens, content_tokens, plan_label
from kfp_assistant.ask.pointers import names_asked_rate, tell_what_is_asked
from kfp_assistant.ask.records_answer import RecordAnswer
from kfp_assistant.ask.records_text import (
    about_year,
    asks_for_need,
    breakdowns,
    continues,
    counted_words,
    counts_another_group,
)
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.supplements import supplements
from kfp_assistant.ask.target_sentences import target_sentences
from kfp_assistant.ask.units import sentences
from kfp_assistant.schema import Chunk, Citation
from kfp_assistant.sv.numbers import states_share
from kfp_assistant.sv.table_terms import measure_asked
from kfp_assistant.sv.targets import asks_against_target
from kfp_assistant.sv.why import asked_term, asks_cause, asks_kind, describes_document, gives_asked
from kfp_assistant.sv.words import question_stems, tokenize

NOT_FOUND_SV = "Jag hittar inget om det i planerna."
YEAR_NOT_FOUND_SV = " Planerna redovisar det inte för {}."
# Support floor for sentences beside a records answer, and the reference of the choice of further
# sentences (extractive.select): the literal evidence threshold, calibrated on eval/qa_dev.jsonl.
MIN_EVIDENCE = 0.62
# How many sentences an offline answer shows is decided by evidence, within a budget (extractive.select):
# sentences within CLOSE of the best one's support, and sentences adding question words not yet covered
# whose support is at least MIN_EVIDENCE - COVER_BELOW. List items after a "...:" sentence are extra.
CLOSE = 0.1
COVER_BELOW = 0.1
BUDGET = 5  # sentences of a non-comparison answer
BUDGET_PER_PLAN = 5  # sentences per plan of a comparison: each side as much as a single answer
# An explanation (why, how, what is meant) shows its best sentence with the rest of its paragraph, up
# to this many sentences (extractive.paragraph_window), and a sentence more from elsewhere.
PARAGRAPH = 5


@dataclass
class Composed:
    """An answer's text and citations, whether the plans answer, and the evidence model's verdict."""

    text: str
    citations: list[Citation]
    not_found: bool
    probability: float | None = None
    features: dict[str, float] = field(default_factory=dict)


def compose_records(records: RecordAnswer, passages: list[Passage], route_: Route) -> Composed:
    """Records answer; a figure answer also gets the best sentences of the text, since records hold
    the numbers but the question may ask about a nuance (a target, a group) a sentence states."""
    text, citations = records.text, list(records.citations)
    if records.figures and route_.intent == "compare":
        # Every compared plan has its say: its own sentence on the figure, or that it states none.
        found, silent = missing_sides(route_, records.figures, passages)
        text = with_text_side(route_, text, records.figures, [p for _, p in found])  # "Är den högre än …?"
        for label, p in found:
            citations.append(citation(len(citations) + 1, p))
            text += f"\n\n**{label}:** {p.text} [{len(citations)}]"
        text += f"\n\n{no_figure_line(route_, silent, records.figures)}" if silent else ""
    unlisted = unlisted_line(route_, citations, text)
    text += f"\n\n{unlisted}" if unlisted else ""
    if verdict := listed_presence(route_, {c.doc_id for c in citations}):  # "har både A och B …?"
        text = f"{verdict}\n\n{text}"
    if records.group and route_.intent == "compare":
        # A group's table rows compared: a plan without the row has its sentence, or says it has none.
        covered = {c.doc_id for c in citations}
        found, silent = group_sides(route_, records.group, records.share, covered, passages)
        for label, p in found:
            citations.append(citation(len(citations) + 1, p))
            text += f"\n\n**{label}:** {p.text} [{len(citations)}]"
        text += f"\n\n**Ingen uppgift om detta i:** {', '.join(silent)}." if silent else ""
    if records_need_text(route_):
        compare = route_.intent == "compare"
        # How administrations work with what a figure measures is told in more than one sentence each.
        how = compare and bool(_HOW.search(route_.question))
        extra = supplements(
            passages,
            text,
            records.figures,
            floor=MIN_EVIDENCE,
            per_plan=(2 if how else 1) if compare else None,
            limit=2 * len(route_.plans) if how else 4 if compare or route_.open_question else 2,
            numbers_first=not (compare or route_.open_question),
            topic=_open_topic(route_),
        )
        if asks_against_target(route_.question):  # "klarade de målet?": the target beside the figure
            targets = target_sentences(passages, records.figures, text)
            extra = targets + [p for p in extra if all(p.text != t.text for t in targets)]
        # (comparisons show each plan's figures side by side; their text is chosen per plan)
        broken_down = [] if compare else breakdowns(passages, records.figures, text, route_.question)
        if extra or broken_down:
            lines: list[str] = []
            seen: set[str] = set()
            for p in broken_down:
                seen.add(p.follow)
                citations.append(citation(len(citations) + 1, p))
                lines.append(f"- {plan_name(p.chunk)}: {p.follow} [{len(citations)}]")
            for p in extra:
                if p.text in seen:
                    continue  # shown already, as the sentence after another
                # What an administration does is often told over two sentences ("X fortsätter. Inför
                # 2025 inrättas också ..."): an open question's sentence comes with the next one, and
                # any sentence with the next one breaking it down ("Av dessa är 22 ...").
                with_next = route_.open_question or (continues(p.follow) and p.follow not in seen)
                seen.update((p.text, p.follow) if with_next else (p.text,))
                citations.append(citation(len(citations) + 1, p))
                shown = f"{p.text} {p.follow}".strip() if with_next else p.text
                lines.append(f"- {plan_name(p.chunk)}: {shown} [{len(citations)}]")
            text += "\n\nI planernas text:\n" + "\n".join(lines)
    return Composed(text, citations, records.not_found)


# A comparison of how administrations work ("Hur tänker A respektive B kring ...?", "Jämför hur A och B
# tar emot studenter"): each side is an explanation, told over its paragraph. Not a figure ("hur många").
_HOW = re.compile(
    r"\bhur\b(?!\s+(?:många|mycket|hög\w*|låg\w*|stor\w*|liten|små))|\bpå\s+vilket\s+sätt\b", re.I
)


def asks_how(route_: Route) -> bool:
    """Whether a comparison asks how the compared administrations work, not how much."""
    return route_.intent == "compare" and not route_.metrics and bool(_HOW.search(route_.question))


def _open_topic(route_: Route) -> set[str] | None:
    """The subject of an open question ("vad gör de för att behålla sina tolkar?" -> tolkar), else None."""
    if not route_.open_question:
        return None
    return topic_stems(route_, content_tokens(route_.question, route_))


def answers(
    passages: list[Passage],
    route_: Route,
    fused_top: float,
    vocabulary: AbstractSet[str] = frozenset(),
    similar: Similar | None = None,
    decided: bool | None = None,
) -> bool:
    """Whether the evidence model would answer from these passages (`decided`, if not None, instead:
    while the model is fitted, its features must not depend on the model being fitted)."""
    if decided is not None or not passages:
        return bool(decided)
    tokens = answer_tokens(route_.question, route_)
    probability, _ = judge(
        route_, passages, tokens, before=route_.intent != "figure", fused_top=fused_top,
        vocabulary=vocabulary, english=route_.english, similar=similar,
    )  # fmt: skip
    return probability >= load_model().threshold


def compose_extractive(
    question: str,
    passages: list[Passage],
    silent: list[str],
    route_: Route,
    *,
    fused_top: float,
    english: bool,
    vocabulary: AbstractSet[str],
    decide: bool = True,
    following: Following | None = None,
    similar: Similar | None = None,
    meaning: Callable[[str], Similar] | None = None,
) -> Composed:
    """The best sentences, each cited, or a refusal with the nearest passages when the evidence model
    (ask/evidence.py) judges that they do not answer (`decide` False: never refuse, for fitting it).
    `following` gives a chunk's next one in its plan, where a list introduced at its end goes on;
    `similar` the question's dense similarity to sentences, a signal of the evidence model; `meaning`
    gives a text's, by which an explanation's sentences are chosen (ask/meaning.py)."""
    years = route_.figure_years
    elsewhen: list[Passage] = []  # a figure for another year than the one asked: shown as the nearest
    if route_.intent == "figure":
        # "How many/how high" is answered by a number about what was asked: a sentence without one,
        # or whose number is about something else, is not an answer; nor is a figure for another
        # year than the one asked about.
        passages = [
            p
            for p in passages
            if states_asked_amount(p.text, route_)
            and about_the_question(p, route_)
            and names_asked_rate(p, route_)
            and names_asked_group(route_, p)
            and not counts_a_flow(p, route_)
        ]
        counted = counted_words(question)
        if counted:
            # "Hur många praktikanter ...": a number about something else than what is counted is none.
            passages = [
                p
                for p in passages
                if names_counted(counted, p)
                and not counts_another_group(counted, p.text)
                and not states_only_ages(p.text, route_)
            ]
        if years:
            elsewhen = [p for p in passages if not about_year(p, years)]
            passages = [p for p in passages if about_year(p, years)]
    if route_.intent == "compare" and route_.metrics:
        # A figure compared that no plan states as a key figure: only sentences naming it compare.
        on_group = [p for p in passages if names_asked_group(route_, p)]  # "bland kvinnorna" of each plan
        need = asks_for_need(route_.question)  # "hur många behöver nyanställas?" of each version
        on_metric = [
            p for p in on_group if names_metric(p, asked_metrics(route_)) or (need and asks_for_need(p.text))
        ]
        passages = stating_numbers(on_metric)
        if not passages:
            labels = [plan_label(p.get("administration"), p.get("period")) for p in route_.catalog
                      if p.get("doc_id") in set(route_.plans)]  # fmt: skip
            return Composed(f"{NOT_FOUND_SV} {no_figure_line(route_, labels)}", [], True)
    elif route_.intent == "compare" and measure_asked(question) == "share":
        passages = stating_numbers(passages, states_share)  # "vem har störst andel 60+?": a share each side
    passages, silent = on_difficulty(route_, passages, silent)  # "vem har svårast att rekrytera?"
    if not asks_meaning(question):
        # A glossary entry ("Korttidsfrånvaro – frånvaro dag 1-14") says what a word means, nothing
        # about how much or what is done: it answers only a question about the meaning.
        passages = [p for p in passages if not defines_term(p.text)]
    passages = [p for p in passages if names_asked_term(question, p.text)]  # "vad menas med X?": on X
    passages = tell_what_is_asked(question, passages, answer_tokens(question, route_))
    term = asked_term(question)
    if term is not None:
        # "Vad är X?" is answered by a sentence naming X and saying more: a list item or a cell that only
        # names X does not say what it is, nor does a sentence next to it that does not name it.
        named = set(tokenize(term)) | question_stems()
        passages = [p for p in passages if p.terms and len(set(tokenize(p.text)) - named) >= _SAYS_SOMETHING]
    tokens = answer_tokens(question, route_)
    # The sentence before the best one often sets up the why/how; for a figure, the number is it.
    before = route_.intent != "figure"
    # Evidence is judged on what would be shown: a sentence with its neighbours on the page.
    features: dict[str, float] = {}
    probability = None
    if passages:
        # A comparison shows each plan's best whatever the evidence: its sentences are not embedded.
        probability, features = judge(
            route_, passages, tokens, before=before, fused_top=fused_top, vocabulary=vocabulary,
            english=english, similar=None if route_.intent == "compare" else similar, every=not decide,
        )  # fmt: skip
    weak = probability is None or probability < load_model().threshold or off_topic(features)
    if not passages or (route_.intent != "compare" and weak and decide):
        near = passages[:2] or elsewhen[:2]
        citations: list[Citation] = [citation(i + 1, p) for i, p in enumerate(near)]
        hint = (
            " Närmast finns: " + " ".join(f"»{p.text}« [{i + 1}]" for i, p in enumerate(near)) if near else ""
        )
        unreported = YEAR_NOT_FOUND_SV.format(" och ".join(years)) if near and not passages else ""
        return Composed(NOT_FOUND_SV + unreported + hint, citations, True, probability, features)
    nearest = None
    measures = route_.intent == "list" and route_.open_question  # "vad gör de åt bristen?" told by text
    if measures:  # a row of a table of figures tells nothing done
        passages = [p for p in passages if is_prose(p)] or passages
    if route_.intent == "explain":
        # what the plan holds ("Planen beskriver de största riskerna") tells no why or how
        passages = [p for p in passages if not describes_document(p.text)] or passages
    if meaning is not None and (route_.intent in ("explain", "other") or measures):
        # Whether to answer is decided; which sentence explains is chosen by meaning too: a why or a
        # how is often told in other words than the question's.
        passages, nearest = by_meaning(
            passages,
            meaning(meaning_query(question, route_)),
            gives=(lambda text: gives_asked(question, text)) if asks_kind(question) else None,
            tokens=tokens,
            topic=metric_topic(route_),
        )
    floor = MIN_EVIDENCE - COVER_BELOW
    citations = []
    parts: dict[str, list[str]] = {}
    # Relevance per plan was decided by compare_question; each relevant plan shows its best.
    groups = _group_by_plan(passages) if route_.intent == "compare" else [passages]
    budget = BUDGET_PER_PLAN if route_.intent == "compare" else BUDGET
    told = PARAGRAPH if route_.intent in ("explain", "other") or asks_how(route_) or measures else 0
    budget = max(budget, told + 1)
    for group in groups:
        selection = select(
            group, tokens, budget=budget, close=CLOSE, cover_floor=floor, before=before, paragraph=told,
            following=following, nearest=nearest, reasons=route_.intent == "explain" and asks_cause(question),
        )  # fmt: skip
        if route_.intent == "explain":
            add_grounds(selection, group, budget)  # a conclusion shown with the figures it rests on
        parts |= render_selection(selection, citations)
    chunks = {p.chunk.doc_id: p.chunk for p in passages}
    order = sorted(parts, key=lambda d: chunks[d].period or "", reverse=True)
    # The quoted plans, then those not quoted (passages.comparison_notes); "har både A och B …?": Ja/Nej
    quoted = {d: f"**{plan_name(chunks[d])}:** " + " ".join(parts[d]) for d in order}
    text = "\n\n".join(with_presence_first(route_, quoted, silent))
    return Composed(text, citations, False, probability, features)


_SAYS_SOMETHING = 3  # words beyond the term a sentence needs to say what it is


def records_need_text(route_: Route) -> bool:
    """Figure answers also quote the text (a target, a group), and so does an open question about what an
    administration does; activity and gap lists are complete."""
    return route_.open_question or (route_.intent in ("figure", "compare") and route_.target != "activities")


def plan_name(chunk: Chunk) -> str:
    """The plan a chunk comes from as answers name it: administration (or file) and period."""
    return plan_label(chunk.administration or chunk.file, chunk.period)


def citation(n: int, passage: Passage, whole_chunk: bool = False) -> Citation:
    """Citation n of a passage, quoting it with its neighbouring sentences (a whole chunk: its first
    sentence on the cited page)."""
    chunk = passage.chunk
    quote = " ".join(x for x in (passage.before, passage.text, passage.follow) if x)
    if whole_chunk:
        # The model saw the whole chunk; quote its first sentence on the cited page for the source panel.
        quote = next((s for s, page in sentences(chunk) if page == passage.page), passage.text)
    return Citation.of_chunk(n, chunk, passage.page, quote)


def _group_by_plan(passages: list[Passage]) -> list[list[Passage]]:
    """Passages grouped per plan, latest period first, order within a plan as ranked."""
    groups: dict[str, list[Passage]] = {}
    for p in passages:
        groups.setdefault(p.chunk.doc_id, []).append(p)
    return sorted(groups.values(), key=lambda g: g[0].chunk.period or "", reverse=True)


def best_per_plan(passages: list[Passage], per_plan: int) -> list[Passage]:
    """The passages in rank order, at most `per_plan` from each plan."""
    chosen: list[Passage] = []
    counts: dict[str, int] = {}
    for p in passages:
        if counts.get(p.chunk.doc_id, 0) < per_plan:
            counts[p.chunk.doc_id] = counts.get(p.chunk.doc_id, 0) + 1
            chosen.append(p)
    return chosen


def dedupe_chunks(passages: list[Passage], limit: int) -> list[Passage]:
    """The passages in rank order, one per chunk, at most `limit`."""
    seen: set[str] = set()
    out: list[Passage] = []
    for p in passages:
        if p.chunk.chunk_id not in seen:
            seen.add(p.chunk.chunk_id)
            out.append(p)
        if len(out) == limit:
            break
    return out
