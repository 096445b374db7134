"""The chat tab's logic, without gradio: sessions, streamed answers, sources and their panel.

Every plan text goes through render.py: the chat shows Markdown with plan text escaped, the
source panel and the plan viewer show HTML with plan text escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode

from kfp_assistant.app.render import answer_markdown, answer_plain, h, md_text, plan_label
from kfp_assistant.ask.answer import Turn
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import Answer, Citation, DocumentInfo

SEARCHING = "*Söker i planerna …*"
GENERAL_EXAMPLES = [
    "Vilka aktiviteter finns för att behålla medarbetare?",
    "Hur arbetar förvaltningarna med avslutssamtal?",
]
EMPTY_INDEX = (
    "**Inga planer är inlästa ännu.** Lägg till planer (PDF eller Word) under fliken **Dokument**; "
    "sedan kan du ställa frågor här."
)
MODE_SV = {
    "extractive": "Svaret är meningar ur planerna, utvalda utan språkmodell.",
    "llm": "Svaret är skrivet av en språkmodell utifrån stycken ur planerna.",
}
# Quotes longer than this are cut in the viewer link; the viewer marks the part it gets.
_URL_QUOTE = 400


def example_questions(documents: list[DocumentInfo]) -> list[str]:
    """First-visit examples that name administrations actually in the index."""
    names = list(dict.fromkeys(d.administration for d in documents if d.administration))
    named = []
    if names:
        named.append(f"Hur hög är personalomsättningen inom {names[0]}?")
    if len(names) > 1:
        named.append(f"Vilka kompetensgap beskriver {names[1]}?")
    return named + GENERAL_EXAMPLES


@dataclass
class ChatSession:
    """One browser session's conversation; lives in a gr.State, so sessions never share it."""

    turns: list[Turn] = field(default_factory=list)
    messages: list[dict[str, str]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    answer: Answer | None = None


def citation_label(citation: Citation) -> str:
    """'[2] Socialnämnden 2025-2027 · s. 4 · Nulägesanalys' (a radio label: shown as text)."""
    section = f" · {citation.section}" if citation.section else ""
    return (
        f"[{citation.n}] {plan_label(citation.administration, citation.period)} · s. {citation.page}{section}"
    )


def citation_choices(citations: list[Citation]) -> list[tuple[str, int]]:
    """(label, number) pairs for the sources radio."""
    return [(citation_label(c), c.n) for c in citations]


def citation_by_number(citations: list[Citation], n: int | None) -> Citation | None:
    """The citation numbered n, if the answer has one."""
    return next((c for c in citations if c.n == n), None)


def _answer_markdown(text: str, citations: list[Citation], notices: list[str]) -> str:
    parts = [answer_markdown(text.strip()) if text.strip() else SEARCHING]
    parts += [f"> *{md_text(n)}*" for n in notices]
    if citations:
        sources = "\n".join(
            f"{c.n}\\. {md_text(plan_label(c.administration, c.period))}, sida {c.page}"
            + (f" – {md_text(c.section)}" if c.section else "")
            for c in citations
        )
        parts.append(f"**Källor** (klicka på en källa i panelen Källor för att se stycket)\n\n{sources}")
    return "\n\n".join(parts)


def chat_stream(
    assistant: Assistant,
    question: str,
    session: ChatSession,
    administrations: list[str] | None = None,
    periods: list[str] | None = None,
) -> Iterator[ChatSession]:
    """Ask with the session's history; yield a new session state after every streamed event."""
    question = question.strip()
    if not question:
        yield session
        return
    base = [*session.messages, {"role": "user", "content": md_text(question)}]
    current = ChatSession(list(session.turns), [*base, {"role": "assistant", "content": SEARCHING}], [])
    yield current
    text, notices, citations = "", [], []
    try:
        events = assistant.ask_stream(question, session.turns, administrations or None, periods or None)
        for event in events:
            if event.kind == "text":
                text += event.text
            elif event.kind == "notice":
                notices.append(event.text)
            elif event.kind == "citations":
                citations = list(event.citations)
            elif event.kind == "done" and event.answer is not None:
                text, citations = event.answer.answer, list(event.answer.citations)
                current.turns = [*session.turns, Turn(question, text, dict(event.answer.route))]
                current.answer = event.answer
            message = {"role": "assistant", "content": _answer_markdown(text, citations, notices)}
            current = ChatSession(current.turns, [*base, message], citations, current.answer)
            yield current
    except Exception as exc:  # shown in the chat rather than as a broken page
        message = {"role": "assistant", "content": md_text(f"Något gick fel när frågan besvarades: {exc}")}
        yield ChatSession(list(session.turns), [*base, message], [])


def status_line(seconds: float, sources: int) -> str:
    """Shown under the chat when an answer is complete."""
    count = "1 källa" if sources == 1 else f"{sources} källor"
    return f"Svar klart på {seconds:.2f} s · {count}".replace(".", ",", 1)


def answer_info(answer: Answer | None, documents: list[DocumentInfo]) -> str:
    """Markdown: how the answer was made (extracted sentences or a language model) and which plans
    were searched."""
    if answer is None:
        return ""
    labels = {d.doc_id: plan_label(d.administration, d.period) for d in documents}
    searched = [labels[i] for i in answer.searched if i in labels]
    if not searched or len(searched) == len(documents):
        scope = f"alla {len(documents)} planer i indexet" if len(documents) != 1 else "planen i indexet"
    else:
        scope = ", ".join(searched)
    return f"{MODE_SV[answer.mode]} Sökte i: {md_text(scope)}."


def plain_answer(session: ChatSession) -> str:
    """The latest answer as plain text with its sources, for copying or downloading; '' before any."""
    answer = session.answer
    if answer is None:
        return ""
    return answer_plain(answer.question, answer.answer, answer.citations)


def viewer_url(citation: Citation) -> str:
    """Relative link to the plan viewer at the cited page, the quote to mark in the query."""
    quote = " ".join(citation.quote.split())[:_URL_QUOTE]
    return f"kfp/plan/{citation.doc_id}?" + urlencode({"page": citation.page, "q": quote})


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def mark_quote(text: str, quote: str, width: int | None = 700) -> str | None:
    """HTML of `text` (around the quote when width is set) with the quote in <mark>, all escaped;
    None when the quote is not in the text."""
    pattern = _quote_pattern(quote)
    match = pattern.search(text) if pattern else None
    if match is None:
        return None
    start = 0 if width is None else max(0, match.start() - width)
    end = len(text) if width is None else min(len(text), match.end() + width)
    before = ("… " if start else "") + h(text[start : match.start()])
    after = h(text[match.end() : end]) + (" …" if end < len(text) else "")
    return f"{before}<mark>{h(match.group(0))}</mark>{after}"


def source_html(assistant: Assistant, citation: Citation | None) -> str:
    """The source panel: plan, page, section, the quoted passage marked in its context, and a link
    that opens the plan at that page."""
    if citation is None:
        return '<div class="kfp-source-empty">Välj en källa för att se det citerade stycket.</div>'
    context = None
    for chunk in assistant.index.chunks_of(citation.doc_id):
        if chunk.page_start <= citation.page <= chunk.page_end:
            context = mark_quote(chunk.text, citation.quote)
            if context:
                break
    if context is None:
        context = f"<mark>{h(citation.quote)}</mark>"
    section = h(citation.section) if citation.section else "–"
    return (
        '<div class="kfp-source">'
        f"<h3>[{citation.n}] {h(plan_label(citation.administration, citation.period))}</h3>"
        f'<p class="kfp-source-meta"><b>Sida</b> {citation.page} · <b>Avsnitt</b> {section}'
        f" · <b>Fil</b> {h(citation.file)}</p>"
        f'<div class="kfp-source-text">{context}</div>'
        f'<p class="kfp-source-open"><a href="{h(viewer_url(citation))}" target="_blank" rel="noopener" '
        f'id="kfp-open-plan">Öppna planen på sidan {citation.page} ↗</a></p></div>'
    )
