"""The Chatt tab: components and wiring. The logic is in chat.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from kfp_assistant.app import chat as c
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import DocumentInfo

CHAT_CONCURRENCY = 16
# After an answer, show its beginning: scroll the chat so that the question above it is at the top
# (Gradio's autoscroll would jump to the end of a long answer and hide its first lines).
SCROLL_TO_QUESTION = "() => { window.kfpShowLatestQuestion && window.kfpShowLatestQuestion(); }"
PLACEHOLDER = (
    "**Ställ en fråga om kompetensförsörjningsplanerna.**\n\n"
    "Svaren bygger bara på planerna i indexet och anger sina källor."
)


@dataclass
class Part:
    """What a tab gives build_app for keeping it in step with the index: the components to update,
    the components whose values the update needs, and the update itself."""

    outputs: list[Any]
    inputs: list[Any] = field(default_factory=list)
    update: Any = None
    after: list[Any] = field(default_factory=list)  # events after which the index may have changed


def filter_choices(documents: list[DocumentInfo]) -> tuple[list[str], list[str]]:
    """Administrations and periods present in the index, for the chat and comparison filters."""
    admins = sorted({d.administration for d in documents if d.administration})
    periods = sorted({d.period for d in documents if d.period}, reverse=True)
    return admins, periods


def chat_tab(assistant: Assistant) -> Part:
    """Build the tab inside the current Blocks; return how to keep it in step with the index."""
    documents = assistant.documents()
    admins, periods = filter_choices(documents)
    session = gr.State(c.ChatSession())
    empty = gr.Markdown(c.EMPTY_INDEX, visible=not documents, elem_id="kfp-empty-index")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                elem_id="kfp-chatbot",
                label="Samtal",
                height=520,
                autoscroll=False,
                buttons=[],
                feedback_options=None,
                latex_delimiters=[],
                allow_tags=False,
                placeholder=PLACEHOLDER,
                examples=[{"text": q, "display_text": q} for q in c.example_questions(documents)],
            )
            with gr.Row():
                message = gr.Textbox(
                    elem_id="kfp-chat-input",
                    show_label=False,
                    placeholder="Skriv en fråga och tryck Enter …",
                    lines=1,
                    max_lines=4,
                    scale=6,
                    autofocus=True,
                )
                send = gr.Button("Skicka", variant="primary", scale=1, min_width=90)
                new_chat = gr.Button("Ny chatt", elem_id="kfp-new-chat", scale=1, min_width=90)
            with gr.Row():
                copy = gr.Button("Kopiera svaret", size="sm", elem_id="kfp-copy-answer", scale=0)
                download = gr.Button(
                    "Ladda ner svaret (.txt)", size="sm", elem_id="kfp-download-answer", scale=0
                )
                plain = gr.Textbox(visible="hidden", elem_id="kfp-plain-answer")
            status = gr.Markdown(elem_id="kfp-chat-status")
            info = gr.Markdown(elem_id="kfp-answer-info")
        with gr.Column(scale=2):
            with gr.Accordion("Avgränsa till planer", open=False):
                admin_filter = gr.Dropdown(
                    admins,
                    multiselect=True,
                    label="Förvaltning",
                    info="Tomt = alla förvaltningar",
                    elem_id="kfp-admin-filter",
                )
                period_filter = gr.Dropdown(
                    periods,
                    multiselect=True,
                    label="Period",
                    info="Tomt = alla perioder",
                    elem_id="kfp-period-filter",
                )
            citations = gr.Radio([], label="Källor till senaste svaret", elem_id="kfp-citations")
            sources = gr.HTML(c.source_html(assistant, None), elem_id="kfp-sources", label="Källa")

    def respond(
        question: str, state: c.ChatSession, admin_values: list[str], period_values: list[str]
    ) -> Iterator[tuple[Any, ...]]:
        started = time.perf_counter()
        current = state
        no_sources = gr.Radio(choices=[], value=None)
        for current in c.chat_stream(assistant, question, state, admin_values, period_values):
            yield "", current.messages, current, no_sources, gr.skip(), "Söker i planerna …", "", gr.skip()
        first = current.citations[0] if current.citations else None
        yield (
            "",
            current.messages,
            current,
            gr.Radio(choices=c.citation_choices(current.citations), value=first.n if first else None),
            c.source_html(assistant, first),
            c.status_line(time.perf_counter() - started, len(current.citations)),
            c.answer_info(current.answer, assistant.documents()),
            c.plain_answer(current),
        )

    def open_source(n: int | None, state: c.ChatSession) -> str:
        citation = c.citation_by_number(state.citations, n)
        return c.source_html(assistant, citation) if citation else gr.skip()

    def reset() -> tuple[Any, ...]:
        empty_panel = c.source_html(assistant, None)
        return c.ChatSession(), [], gr.Radio(choices=[], value=None), empty_panel, "", "", "", ""

    def pick_example(event: gr.SelectData) -> str:
        value = event.value
        return str(value.get("text", "")) if isinstance(value, dict) else str(value)

    inputs = [message, session, admin_filter, period_filter]
    outputs = [message, chatbot, session, citations, sources, status, info, plain]
    private: dict[str, Any] = {"api_visibility": "private"}
    for trigger in (message.submit, send.click):
        trigger(respond, inputs, outputs, concurrency_limit=CHAT_CONCURRENCY, **private).then(
            None, js=SCROLL_TO_QUESTION
        )
    chatbot.example_select(pick_example, None, message, **private).then(
        respond, inputs, outputs, concurrency_limit=CHAT_CONCURRENCY, **private
    ).then(None, js=SCROLL_TO_QUESTION)
    citations.change(open_source, [citations, session], sources, **private)
    reset_outputs = [session, chatbot, citations, sources, message, status, info, plain]
    new_chat.click(reset, None, reset_outputs, **private)
    chatbot.clear(reset, None, reset_outputs, **private)
    copy.click(None, [plain], None, js="(text) => { window.kfpCopy(text, 'kfp-copy-answer'); }")
    download.click(None, [plain], None, js="(text) => { window.kfpDownload(text, 'svar.txt'); }")

    def update(documents: list[DocumentInfo], previous: set[str] | None) -> list[Any]:
        admins, periods = filter_choices(documents)
        return [gr.Dropdown(choices=admins), gr.Dropdown(choices=periods), gr.Markdown(visible=not documents)]

    return Part([admin_filter, period_filter, empty], [], update)
