"""Question -> cited answer, as a stream of typed events. One path for the CLI and the app.

Routed once (router, followup, scope.choose: entities, then plans), the first that answers: a plan's
definition of the term asked about (definitions); when and by whom a plan was adopted (adoption);
one activity's fields, a table row or cell (cells), or for a comparison each plan's figure
(compare_figures); the records' lists and key figures (records_answer) with the plan's sentences
(records_text); a list the text holds (listing); else the retrieved chunks' sentences (passages):
offline, those extractive.py selects, given when the evidence model says they answer (compose); with
an LLM, the model's answer from numbered passages, cited as [n]. Offline, several parts: one by one."""

from __future__ import annotations

import time
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from kfp_assistant.ask.activity_fields import answer_from_activity_fields
from kfp_assistant.ask.answer_checks import held_to_question, records_miss, unless_unranked
from kfp_assistant.ask.cells import answer_from_cells
from kfp_assistant.ask.changes import answer_changes
from kfp_assistant.ask.compare_figures import answer_comparison_records
from kfp_assistant.ask.compare_sides import unindexed_line
from kfp_assistant.ask.compose import (
    NOT_FOUND_SV,
    Composed,
    answers,
    best_per_plan,
    citation,
    compose_extractive,
    compose_records,
    dedupe_chunks,
    plan_name,
    records_need_text,
)
from kfp_assistant.ask.evidence import SentenceSimilarity
from kfp_assistant.ask.extractive import Passage
from kfp_assistant.ask.followup import quoted, resolve_followup
from kfp_assistant.ask.listing import list_from_text, reads_text_for_list
from kfp_assistant.ask.llm import (
    REFUSAL_SV,
    build_messages,
    condense_question,
    parse_citations,
    stream_answer,
)
from kfp_assistant.ask.multipart import join_answers, part_scope, question_parts, without_if_so
from kfp_assistant.ask.ordinals import pointed_at
from kfp_assistant.ask.own_lines import own_line
from kfp_assistant.ask.passages import content_tokens, plans_shown, retrieve
from kfp_assistant.ask.records_answer import RecordAnswer, answer_from_records
from kfp_assistant.ask.records_cap import Showing
from kfp_assistant.ask.retrieval import known_plans
from kfp_assistant.ask.route import Route
from kfp_assistant.ask.router import route, spell_out_initials
from kfp_assistant.ask.scope import select_documents, unknown_periods_note, with_named_years
from kfp_assistant.ask.summary import summarise
from kfp_assistant.ask.table_ranks import answer_from_ranking
from kfp_assistant.schema import Answer, AnswerEvent, Chunk, Citation, PlanRecords
from kfp_assistant.store.index import ChunkIndex, RegisteredDocument
from kfp_assistant.store.plans import PlanStore
from kfp_assistant.sv.abbreviations import spell_out_abbreviations
from kfp_assistant.sv.administrations import unwritten_places
from kfp_assistant.sv.english import in_swedish_terms, is_english
from kfp_assistant.sv.everyday import in_plan_words
from kfp_assistant.sv.requests import without_request
from kfp_assistant.sv.respelling import Respeller
from kfp_assistant.sv.words import tokenize

if TYPE_CHECKING:  # importing it pulls in LangSmith's tracing, about a second of every start
    from langchain_core.language_models import BaseChatModel

Mode = Literal["extractive", "llm"]
ENGLISH_NOTE_SV = "(Frågan ställdes på engelska; svaret bygger på planernas svenska text.)\n\n"
TOO_LONG_SV = "Frågan är för lång ({} tecken; högst {}). Skriv en kortare fråga, gärna en sak i taget."
OUT_OF_TIME_SV = "Tiden för ett svar tog slut innan resten av frågan hann besvaras. Fråga om det separat: {}."
CUT_SV = "\n\n(Svaret avbröts: tidsgränsen för ett svar, {} sekunder, nåddes.)"


@dataclass
class Turn:
    """One earlier exchange of a chat, enough to resolve follow-ups."""

    question: str
    answer: str
    route: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerLimits:
    """Bounds of one request: the longest question answered and the time budget of an answer."""

    max_question_chars: int = 1000
    seconds: float = 30.0


class Answerer:
    """Builds answers over one index and plan store; `llm` None means extractive (offline)."""

    def __init__(
        self,
        index: ChunkIndex,
        plans: PlanStore,
        llm: BaseChatModel | None = None,
        limits: AnswerLimits | None = None,
    ) -> None:
        self.index = index
        self.plans = plans
        self.llm = llm
        self.limits = limits or AnswerLimits()
        self.fitting: bool | None = None  # fitting the evidence model: do the current plans answer?
        self._respell = Respeller()  # words typed without å, ä, ö, by the plans' stems
        self.sentences = SentenceSimilarity(index)

    def ask(self, question: str, history: list[Turn] | None = None, **filters: list[str] | None) -> Answer:
        """The final answer of `stream` (its events consumed)."""
        done = [e.answer for e in self.stream(question, history, **filters) if e.kind == "done"]
        assert done and done[-1] is not None
        return done[-1]

    def stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        administrations: list[str] | None = None,
        periods: list[str] | None = None,
    ) -> Iterator[AnswerEvent]:
        """The answer's events, the final one naming the plans searched. A request is read as its question
        (sv.requests); an English question is answered from the Swedish text, its HR terms put in Swedish."""
        if len(question) > self.limits.max_question_chars:
            too_long = TOO_LONG_SV.format(len(question), self.limits.max_question_chars)
            yield from self._refused(question, too_long)
            return
        searched: list[str] = []
        english = is_english(question, bool(history and history[-1].route.get("english")))
        respelled = self._respell(question, self.vocabulary())  # "sokande" as the plans spell "sökande"
        typed = in_swedish_terms(question) if english else in_plan_words(respelled, self.vocabulary())
        if history:  # "den andra då?": the item the list before showed in that place, named by its words
            typed = pointed_at(typed, [t.answer for t in history])
        asked = without_if_so(without_request(typed))  # "… praktikanter? Vilka i så fall?" is one question
        known = known_plans(self.index.documents())
        asked = spell_out_initials(asked, known)
        asked = spell_out_abbreviations(asked, lambda short: set(tokenize(short)) <= self.vocabulary())
        parts = [asked] if self.llm else question_parts(asked, lambda t: route(t, known).administrations)
        if len(parts) > 1:
            yield from self._parts(question, parts, history or [], administrations, periods, english)
            return
        first_text = True
        for event in self._events(asked, history or [], administrations, periods, searched, english):
            if english and event.kind == "text" and first_text:
                event = event.model_copy(update={"text": ENGLISH_NOTE_SV + event.text})
                first_text = False
            if event.answer is not None:
                event.answer.searched = searched
                event.answer.question = question
                if english:
                    event.answer.answer = ENGLISH_NOTE_SV + event.answer.answer
            yield event

    def _parts(
        self,
        question: str,
        parts: list[str],
        history: list[Turn],
        administrations: list[str] | None,
        periods: list[str] | None,
        english: bool,
    ) -> Iterator[AnswerEvent]:
        """A question of several parts, each answered as a follow-up of the one before, joined and cited."""
        started = time.perf_counter()
        answers: list[Answer] = []
        turns = list(history)
        searched: list[str] = []
        known = known_plans(self.index.documents())
        for i, part in enumerate(parts):
            if answers and time.perf_counter() - started > self.limits.seconds:
                # The budget is spent: what is answered stands, the rest is named for the user to ask.
                rest = "; ".join(f"»{p}«" for p in parts[i:])
                answers.append(self._unanswered(part, OUT_OF_TIME_SV.format(rest)))
                parts = parts[: i + 1]
                break
            # A later part is a follow-up of the one before ("och ..."): it keeps what it leaves out.
            asked = f"och {part}" if answers and not part.lower().startswith("och ") else part
            asked = pointed_at(asked, [t.answer for t in turns[len(history) :]])  # "… och vad gör de åt dem?"
            scope = part_scope(part, answers, (administrations, periods), lambda t: route(t, known))
            events = self._events(asked, turns, *scope, searched, english)
            answers.append(answer := next(e.answer for e in events if e.answer is not None))
            turns.append(Turn(part, answer.answer, dict(answer.route)))
        text, citations = join_answers(parts, answers, ENGLISH_NOTE_SV if english else "")
        yield AnswerEvent(kind="text", text=text)
        yield AnswerEvent(kind="citations", citations=citations)
        final = answers[0].model_copy(
            update={
                "question": question,
                "answer": text,
                "citations": citations,
                "not_found": all(a.not_found for a in answers),
                "searched": list(dict.fromkeys(searched)),
                "evidence": min((a.evidence for a in answers if a.evidence is not None), default=None),
                "seconds": round(time.perf_counter() - started, 3),
            }
        )
        yield AnswerEvent(kind="done", answer=final)

    def _unanswered(self, question: str, text: str) -> Answer:  # why it was not answered; nothing searched
        return Answer(question=question, answer=text, mode="extractive", not_found=True, seconds=0.0)

    def _refused(self, question: str, text: str) -> Iterator[AnswerEvent]:
        """The events of a question refused before any search."""
        yield AnswerEvent(kind="text", text=text)
        yield AnswerEvent(kind="citations", citations=[])
        yield AnswerEvent(kind="done", answer=self._unanswered(question, text))

    def _events(
        self,
        question: str,
        history: list[Turn],
        administrations: list[str] | None,
        periods: list[str] | None,
        searched: list[str],
        english: bool = False,
    ) -> Iterator[AnswerEvent]:
        started = time.perf_counter()
        documents = self.index.documents()
        filtered = administrations or periods
        allowed = select_documents(documents, administrations, periods) if filtered else None
        # a year past a plan's period that its stored text names (a forecast column) is reported
        route_ = with_named_years(self._route(question, history, documents, allowed), self.index)
        route_ = route_.model_copy(update={"english": True}) if english else route_
        scope = set(route_.scope)
        searched += [d.doc_id for d in documents if d.doc_id in scope]
        mode: Mode = "llm" if self.llm is not None else "extractive"
        if route_.unknown_administrations and not route_.administrations and not administrations:
            names = ", ".join(route_.unknown_administrations)
            covered = ", ".join(sorted({d.administration or "?" for d in documents}))
            text = f"{NOT_FOUND_SV} Det finns ingen plan för {names} i indexet (planer finns för: {covered})."
            yield from self._finish(question, text, [], route_, mode, True, started)
            return
        if not english and (
            places := unwritten_places(question, self.vocabulary())
        ):  # "socialnämnden i Göteborg"
            text = f"{NOT_FOUND_SV} Ingen plan i indexet nämner {', '.join(places)}."
            yield from self._finish(question, text, [], route_, mode, True, started)
            return
        if route_.unknown_periods and set(route_.requested_periods) <= set(route_.unknown_periods):
            text = f"{NOT_FOUND_SV} {unknown_periods_note(route_)}"
            yield from self._finish(question, text, [], route_, mode, True, started)
            return
        # A comparison is about the plans compared (a named version and the latest, say); other
        # questions draw on every plan in scope, and the records answer picks the current one.
        wanted = set(route_.plans) if route_.intent == "compare" else scope
        plans = self.plans.all([d.doc_id for d in documents if d.doc_id in wanted])
        tokens = content_tokens(question, route_)
        chunks_of = self.index.chunks_of
        own = own_line(route_, question, chunks_of, self.sentences, plan_name, self.vocabulary())
        if own is not None:  # the plan's own line: a term's meaning, its adoption, a reason, an amount
            yield from self._composed(question, Composed(*own), route_, started)
            return
        if (brief := summarise(route_, plans, tokens)) is not None:  # "sammanfatta planen": its records
            yield from self._composed(question, Composed(*brief, False), route_, started)
            return
        changes = answer_changes(route_, plans)
        if changes is not None:  # what changed between two versions: complete lists, no text needed
            yield from self._composed(question, compose_records(changes, [], route_), route_, started)
            return
        showing = plans_shown(self.index, route_, plans)
        records = self._fitting(route_, tokens, exact := self._exact_answer(route_, plans, showing))
        if records is None and (exact is None or route_.intent != "compare"):  # missed: try key figures
            records = self._fitting(route_, tokens, answer_from_records(route_, plans, tokens, showing))
        listing = self.llm is None and reads_text_for_list(route_, records)
        if records is not None and not records_need_text(route_) and not listing:
            yield from self._composed(question, compose_records(records, [], route_), route_, started)
            return
        passages, silent, fused_top = retrieve(self.index, question, route_, set(route_.plans) or scope)
        if listing and (found := list_from_text(self.index, passages, tokens, route_, records)):
            yield from self._composed(question, found, route_, started)
            return
        fallback = records is None and route_.intent != "compare" and scope - set(route_.plans)
        near, vocabulary = self.sentences.to(question), self.vocabulary()
        if fallback and not answers(passages, route_, fused_top, vocabulary, near, self.fitting):
            passages, silent, fused_top = retrieve(self.index, question, route_, scope)  # older versions too
        if records is not None:
            # Records answers are exact lists and numbers; no model writes them, whatever is configured.
            shown = unless_unranked(route_, compose_records(records, passages, route_), passages)
            yield from self._composed(question, shown, route_, started)
            return
        if self.llm is not None:
            yield from self._llm_answer(question, history, passages, route_, started)
            return
        composed = compose_extractive(
            question, passages, silent, route_, fused_top=fused_top, english=english, vocabulary=vocabulary,
            decide=self.fitting is None, following=self._following, similar=near, meaning=self.sentences.of,
        )  # fmt: skip
        yield from self._composed(question, held_to_question(route_, composed, passages), route_, started)

    def _fitting(self, route_: Route, tokens: set[str], got: RecordAnswer | None) -> RecordAnswer | None:
        return None if got is None or records_miss(route_, tokens, got, self.vocabulary()) else got

    def _exact_answer(
        self, route_: Route, plans: list[PlanRecords], showing: Showing | None
    ) -> RecordAnswer | None:
        """One activity's fields or one table row or cell, when asked for and matched confidently."""
        if route_.intent == "compare":  # plan by plan: one figure each side, else key figures and text
            return answer_comparison_records(route_, plans, showing)
        fields = answer_from_activity_fields(route_, plans, self.index.embeddings)
        return fields or answer_from_ranking(route_, plans) or answer_from_cells(route_, plans, showing)

    def _composed(
        self, question: str, composed: Composed, route_: Route, started: float
    ) -> Iterator[AnswerEvent]:
        """The events of an answer composed without a model; a comparison's side no plan is of, named."""
        unindexed = unindexed_line(route_)
        text = f"{composed.text}\n\n{unindexed}" if unindexed and not composed.not_found else composed.text
        yield from self._finish(
            question, text, composed.citations, route_, "extractive", composed.not_found, started,
            evidence=(composed.probability, composed.features),
        )  # fmt: skip

    def _following(self, chunk: Chunk) -> Chunk | None:
        """The chunk after this one in its plan, or None at the plan's end."""
        return self.index.chunk(f"{chunk.doc_id}:{chunk.position + 1}")

    def vocabulary(self) -> AbstractSet[str]:
        """Stems of every indexed plan's text, as the word index holds them (no chunk tokenized again)."""
        return self.index.lexical.vocabulary()

    def _route(
        self,
        question: str,
        history: list[Turn],
        documents: list[RegisteredDocument],
        allowed: set[str] | None,
    ) -> Route:
        """The question's Route, decided once: entities, follow-up context and the plans it is about."""
        known = known_plans(documents)
        if not history:
            return route(question, known, allowed)
        previous = [Route(**t.route) for t in history if t.route]
        return resolve_followup(question, previous, known, allowed)

    def _llm_answer(
        self, question: str, history: list[Turn], passages: list[Passage], route_: Route, started: float
    ) -> Iterator[AnswerEvent]:
        assert self.llm is not None
        standalone = condense_question(self.llm, question, [(t.question, t.answer) for t in history])
        chosen = best_per_plan(passages, 2) if route_.intent == "compare" else dedupe_chunks(passages, 6)
        numbered = [
            {
                "n": i + 1,
                "administration": p.chunk.administration,
                "period": p.chunk.period,
                "page": p.page,
                "section": p.chunk.section,
                "text": p.chunk.text,
            }
            for i, p in enumerate(chosen)
        ]
        pieces: list[str] = []
        for piece in stream_answer(self.llm, build_messages(standalone, numbered, [])):
            pieces.append(piece)
            yield AnswerEvent(kind="text", text=piece)
            if time.perf_counter() - started > self.limits.seconds:
                cut = CUT_SV.format(round(self.limits.seconds))
                pieces.append(cut)
                yield AnswerEvent(kind="text", text=cut)
                break
        text = "".join(pieces).strip()
        cited = [n for n in parse_citations(text) if 1 <= n <= len(chosen)]
        citations = [citation(n, chosen[n - 1], whole_chunk=True) for n in cited]
        not_found = REFUSAL_SV.rstrip(".") in text or not cited
        yield from self._finish(question, text, citations, route_, "llm", not_found, started, streamed=True)

    def _finish(
        self,
        question: str,
        text: str,
        citations: list[Citation],
        route_: Route,
        mode: Mode,
        not_found: bool,
        started: float,
        streamed: bool = False,
        evidence: tuple[float | None, dict[str, float]] = (None, {}),
    ) -> Iterator[AnswerEvent]:
        if not streamed:
            yield AnswerEvent(kind="text", text=text)
        yield AnswerEvent(kind="citations", citations=citations)
        answer = Answer(
            question=question,
            answer=text,
            mode=mode,
            not_found=not_found,
            route=route_.model_copy(update={"quoted": quoted(citations, not_found)}).model_dump(mode="json"),
            citations=citations,
            evidence=None if evidence[0] is None else round(evidence[0], 3),
            evidence_features=evidence[1],
            seconds=round(time.perf_counter() - started, 3),
        )
        yield AnswerEvent(kind="done", answer=answer)
