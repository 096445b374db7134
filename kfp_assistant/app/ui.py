"""The web app (gradio Blocks), in Swedish: Chatt, Jämför, Aktiviteter, Dokument.

`build_app(assistant)` only builds the Blocks; `serve(settings)` launches it. All logic
lives in ui_handlers.py; this module wires components to those functions.
Offline by design: system fonts (no web fonts), no analytics, no share link.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio reads it on import

from collections.abc import Iterator
from typing import Any

import gradio as gr

from kfp_assistant.app import ui_compare as c
from kfp_assistant.app import ui_handlers as h
from kfp_assistant.assistant import Assistant
from kfp_assistant.settings import Settings

CHAT_CONCURRENCY = 16
SYSTEM_FONTS: list[gr.themes.Font | str] = [
    gr.themes.Font("system-ui"),
    gr.themes.Font("Segoe UI"),
    gr.themes.Font("Arial"),
    "sans-serif",
]
MONO_FONTS: list[gr.themes.Font | str] = [
    gr.themes.Font("ui-monospace"),
    gr.themes.Font("Consolas"),
    "monospace",
]
THEME = gr.themes.Default(primary_hue="blue", neutral_hue="slate", font=SYSTEM_FONTS, font_mono=MONO_FONTS)
CSS = """
.gradio-container { max-width: 1400px !important; }
#kfp-header h1 { margin-bottom: 0; }
#kfp-header p { margin-top: 0.2em; color: var(--body-text-color-subdued); }
#kfp-sources { min-height: 12em; }
.kfp-source h3 { margin: 0 0 0.3em 0; }
.kfp-source-meta { font-size: 0.9em; color: var(--body-text-color-subdued); margin: 0 0 0.6em 0; }
.kfp-source-text { white-space: pre-wrap; line-height: 1.5; max-height: 28em; overflow-y: auto;
  border-left: 3px solid var(--color-accent); padding-left: 0.8em; }
.kfp-source-text mark { background: #ffe58a; color: #000; padding: 0 2px; border-radius: 2px; }
.kfp-source-empty { color: var(--body-text-color-subdued); font-style: italic; }
#kfp-citations label { font-size: 0.9em; }
"""


def _chat_tab(assistant: Assistant) -> dict[str, Any]:
    admins, periods = h.filter_choices(assistant.documents())
    session = gr.State(h.ChatSession())
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                elem_id="kfp-chatbot",
                label="Samtal",
                height=520,
                buttons=["copy"],
                feedback_options=None,
                placeholder="**Ställ en fråga om kompetensförsörjningsplanerna.**\n\n"
                "Svaren bygger bara på planerna i indexet och anger sina källor.",
                examples=[{"text": q, "display_text": q} for q in h.example_questions(assistant.documents())],
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
        with gr.Column(scale=2):
            with gr.Accordion("Avgränsa till planer", open=False):
                admin_filter = gr.Dropdown(
                    admins, multiselect=True, label="Förvaltning", info="Tomt = alla förvaltningar"
                )
                period_filter = gr.Dropdown(
                    periods, multiselect=True, label="Period", info="Tomt = alla perioder"
                )
            status = gr.Markdown(elem_id="kfp-chat-status")
            citations = gr.Radio([], label="Källor till senaste svaret", elem_id="kfp-citations")
            sources = gr.HTML(h.source_html(assistant, None), elem_id="kfp-sources", label="Källa")

    def respond(
        question: str, state: h.ChatSession, admin_values: list[str], period_values: list[str]
    ) -> Iterator[tuple[Any, ...]]:
        started = time.perf_counter()
        current = state
        no_sources = gr.Radio(choices=[], value=None)
        for current in h.chat_stream(assistant, question, state, admin_values, period_values):
            yield "", current.messages, current, no_sources, gr.skip(), "Söker i planerna …"
        first = current.citations[0] if current.citations else None
        yield (
            "",
            current.messages,
            current,
            gr.Radio(choices=h.citation_choices(current.citations), value=first.n if first else None),
            h.source_html(assistant, first),
            h.status_line(time.perf_counter() - started, len(current.citations)),
        )

    def open_source(n: int | None, state: h.ChatSession) -> str:
        citation = h.citation_by_number(state.citations, n)
        return h.source_html(assistant, citation) if citation else gr.skip()

    def reset() -> tuple[Any, ...]:
        empty = h.source_html(assistant, None)
        return h.ChatSession(), [], gr.Radio(choices=[], value=None), empty, "", ""

    def pick_example(event: gr.SelectData) -> str:
        value = event.value
        return str(value.get("text", "")) if isinstance(value, dict) else str(value)

    chat_inputs = [message, session, admin_filter, period_filter]
    chat_outputs = [message, chatbot, session, citations, sources, status]
    for trigger in (message.submit, send.click):
        trigger(
            respond, chat_inputs, chat_outputs, concurrency_limit=CHAT_CONCURRENCY, api_visibility="private"
        )
    chatbot.example_select(pick_example, None, message, api_visibility="private").then(
        respond, chat_inputs, chat_outputs, concurrency_limit=CHAT_CONCURRENCY, api_visibility="private"
    )
    citations.change(open_source, [citations, session], sources, api_visibility="private")
    reset_outputs = [session, chatbot, citations, sources, message, status]
    new_chat.click(reset, None, reset_outputs, api_visibility="private")
    chatbot.clear(reset, None, reset_outputs, api_visibility="private")
    return {"admin_filter": admin_filter, "period_filter": period_filter}


def _compare_tab(assistant: Assistant) -> dict[str, Any]:
    admins, _ = h.filter_choices(assistant.documents())
    gr.Markdown("### Jämför förvaltningar")
    with gr.Row():
        chosen = gr.CheckboxGroup(admins, value=admins, label="Förvaltningar", scale=3)
        aspect = gr.Radio(c.ASPECTS, value=c.ASPECTS[0], label="Aspekt", scale=2)
        run = gr.Button("Jämför", variant="primary", scale=1)
    notice = gr.Markdown(elem_id="kfp-compare-notice")
    table = gr.Dataframe(interactive=False, wrap=True, max_height=480, label="Jämförelse")
    chart = gr.Plot(label="Diagram", elem_id="kfp-compare-chart")
    gr.Markdown("### Ändringar mellan två versioner av en plan")
    with gr.Row():
        documents = assistant.documents()
        versioned = [a for a in admins if len(c.plan_versions(documents, a)) > 1]
        first = versioned[0] if versioned else None
        versions_of = c.plan_versions(documents, first)
        diff_admin = gr.Dropdown(admins, value=first, label="Förvaltning", scale=2)
        old = gr.Dropdown(
            versions_of, value=versions_of[-2][1] if versioned else None, label="Äldre version", scale=2
        )
        new = gr.Dropdown(
            versions_of, value=versions_of[-1][1] if versioned else None, label="Nyare version", scale=2
        )
        run_diff = gr.Button("Visa skillnader", variant="primary", scale=1)
    diff_notice = gr.Markdown(elem_id="kfp-diff-notice")
    diff_table = gr.Dataframe(
        headers=["Typ", "Status", "Före", "Efter"],
        interactive=False,
        wrap=True,
        max_height=480,
        label="Skillnader",
    )

    def do_compare(values: list[str], aspect_value: str) -> tuple[Any, ...]:
        headers, rows, figure, text = c.compare_view(assistant, values, aspect_value)
        return text, gr.Dataframe(value=rows, headers=headers or None), figure

    def versions(admin: str | None) -> tuple[Any, Any]:
        choices = c.plan_versions(assistant.documents(), admin)
        older = choices[-2][1] if len(choices) > 1 else None
        newest = choices[-1][1] if choices else None
        return gr.Dropdown(choices=choices, value=older), gr.Dropdown(choices=choices, value=newest)

    def do_diff(old_id: str | None, new_id: str | None) -> tuple[Any, ...]:
        headers, rows, text = c.diff_view(assistant, old_id, new_id)
        return text, gr.Dataframe(value=rows, headers=headers or None)

    run.click(do_compare, [chosen, aspect], [notice, table, chart], api_visibility="private")
    aspect.change(do_compare, [chosen, aspect], [notice, table, chart], api_visibility="private")
    diff_admin.change(versions, diff_admin, [old, new], api_visibility="private")
    run_diff.click(do_diff, [old, new], [diff_notice, diff_table], api_visibility="private")
    return {
        "chosen": chosen,
        "aspect": aspect,
        "diff_admin": diff_admin,
        "run": do_compare,
        "outputs": [notice, table, chart],
    }


def _activities_tab(assistant: Assistant) -> tuple[Any, Any]:
    with gr.Row():
        admin = gr.Dropdown([h.ALL], value=h.ALL, label="Förvaltning", elem_id="kfp-act-admin")
        period = gr.Dropdown([h.ALL], value=h.ALL, label="Period", elem_id="kfp-act-period")
        area = gr.Dropdown([h.ALL], value=h.ALL, label="Område (UBARA)", elem_id="kfp-act-area")
        responsible = gr.Dropdown([h.ALL], value=h.ALL, label="Ansvarig", elem_id="kfp-act-responsible")
        text = gr.Textbox(
            label="Fritext", placeholder="Sök i aktivitet, mål, ansvarig …", elem_id="kfp-act-text"
        )
    with gr.Row():
        count = gr.Markdown(elem_id="kfp-act-count")
        xlsx = gr.DownloadButton("Ladda ner XLSX", size="sm", elem_id="kfp-dl-xlsx")
        csv = gr.DownloadButton("Ladda ner CSV", size="sm", elem_id="kfp-dl-csv")
        json = gr.DownloadButton("Ladda ner JSON", size="sm", elem_id="kfp-dl-json")
    table = gr.Dataframe(
        headers=h.ACTIVITY_HEADERS,
        interactive=False,
        wrap=True,
        max_height=600,
        elem_id="kfp-activities",
        column_widths=["12%", "7%", "8%", "20%", "30%", "8%", "10%", "5%"],
    )
    filters: list[Any] = [admin, period, area, responsible, text]

    def show(*values: str) -> tuple[Any, ...]:
        activities = h.all_activities(assistant)
        shown = h.filter_activities(activities, *values)
        files = h.write_exports(shown)
        return (
            f"**{len(shown)}** av {len(activities)} aktiviteter",
            files["xlsx"],
            files["csv"],
            files["json"],
            gr.Dataframe(value=h.activity_rows(shown), headers=h.ACTIVITY_HEADERS),
        )

    def refresh(*values: str) -> tuple[Any, ...]:
        choices = h.activity_choices(h.all_activities(assistant))
        keys = ["administration", "period", "area", "responsible"]
        dropdowns = tuple(
            gr.Dropdown(choices=choices[k], value=v if v in choices[k] else h.ALL)
            for k, v in zip(keys, values, strict=False)
        )
        return (*dropdowns, *show(*values))

    outputs = [count, xlsx, csv, json, table]
    for component in filters[:4]:
        component.input(show, filters, outputs, api_visibility="private")
    text.submit(show, filters, outputs, api_visibility="private")
    text.change(show, filters, outputs, api_visibility="private", trigger_mode="always_last")
    return refresh, (filters, [*filters[:4], *outputs])


def _documents_tab(assistant: Assistant) -> dict[str, Any]:
    documents = assistant.documents()
    table = gr.Dataframe(
        value=h.document_rows(documents),
        headers=h.DOCUMENT_HEADERS,
        interactive=False,
        wrap=True,
        label="Planer i indexet",
        elem_id="kfp-documents",
        column_widths=["22%", "9%", "22%", "21%", "6%", "6%", "14%"],
    )
    with gr.Row(equal_height=False):
        with gr.Column():
            upload = gr.File(
                file_count="multiple",
                file_types=[".pdf", ".docx", ".txt", ".md"],
                label="Lägg till planer (PDF, Word, text, Markdown)",
                elem_id="kfp-upload",
            )
            report = gr.Markdown(elem_id="kfp-ingest-report")
        with gr.Column():
            target = gr.Dropdown(h.document_choices(documents), label="Ta bort en plan ur indexet")
            remove = gr.Button("Ta bort plan", variant="stop", elem_id="kfp-remove")
            removed = gr.Markdown(elem_id="kfp-remove-report")

    def ingest(paths: list[str] | None, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        def step(number: int, total: int, path: str) -> None:
            progress((number - 1, total), desc=f"Läser in {os.path.basename(path)}")

        return h.ingest_uploads(assistant, list(paths or []), step)

    return {
        "table": table,
        "upload": upload,
        "report": report,
        "target": target,
        "remove": remove,
        "removed": removed,
        "ingest": ingest,
    }


def build_app(assistant: Assistant) -> gr.Blocks:
    """The whole app as gr.Blocks; nothing is launched. Theme and CSS are passed to launch()."""
    with gr.Blocks(title="KFP-assistenten", analytics_enabled=False, delete_cache=(3600, 7200)) as app:
        gr.Markdown(
            "# KFP-assistenten\nFrågor, jämförelser och aktiviteter ur Stockholms stads "
            "kompetensförsörjningsplaner. Alla svar anger vilken plan, sida och vilket stycke de bygger på.",
            elem_id="kfp-header",
        )
        with gr.Tabs():
            with gr.Tab("Chatt", id="chatt", elem_id="kfp-tab-chat"):
                chat = _chat_tab(assistant)
            with gr.Tab("Jämför", id="jamfor", elem_id="kfp-tab-compare") as compare_tab:
                compare = _compare_tab(assistant)
            with gr.Tab("Aktiviteter", id="aktiviteter", elem_id="kfp-tab-activities") as activities_tab:
                refresh_activities, (act_inputs, act_outputs) = _activities_tab(assistant)
            with gr.Tab("Dokument", id="dokument", elem_id="kfp-tab-documents") as documents_tab:
                docs = _documents_tab(assistant)

        def refresh_choices() -> tuple[Any, ...]:
            documents = assistant.documents()
            admins, periods = h.filter_choices(documents)
            return (
                gr.Dropdown(choices=admins),
                gr.Dropdown(choices=periods),
                gr.CheckboxGroup(choices=admins, value=admins),
                gr.Dropdown(choices=admins),
                gr.Dataframe(value=h.document_rows(documents), headers=h.DOCUMENT_HEADERS),
                gr.Dropdown(choices=h.document_choices(documents), value=None),
            )

        choice_outputs = [
            chat["admin_filter"],
            chat["period_filter"],
            compare["chosen"],
            compare["diff_admin"],
            docs["table"],
            docs["target"],
        ]
        app.load(refresh_activities, act_inputs, act_outputs, api_visibility="private")
        activities_tab.select(refresh_activities, act_inputs, act_outputs, api_visibility="private")
        compare_tab.select(
            compare["run"],
            [compare["chosen"], compare["aspect"]],
            compare["outputs"],
            api_visibility="private",
        )
        documents_tab.select(refresh_choices, None, choice_outputs, api_visibility="private")
        docs["upload"].upload(docs["ingest"], docs["upload"], docs["report"], api_visibility="private").then(
            refresh_choices, None, choice_outputs, api_visibility="private"
        )
        docs["remove"].click(
            lambda doc_id: h.remove_document(assistant, doc_id),
            docs["target"],
            docs["removed"],
            api_visibility="private",
        ).then(refresh_choices, None, choice_outputs, api_visibility="private")
    return app


def serve(settings: Settings) -> None:
    """Build the assistant and launch the app on settings.host:settings.port (blocks until stopped)."""
    assistant = Assistant(settings)
    # Build the index, lexical index and embedding model once, before concurrent requests race to.
    assistant.documents()
    assistant.search("kompetensförsörjning", k=1)
    app = build_app(assistant)
    auth = h.check_login(settings.auth) if settings.auth else None
    app.queue(default_concurrency_limit=4)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        auth=auth,
        auth_message="Logga in för att använda KFP-assistenten." if auth else None,
        theme=THEME,
        css=CSS,
        share=False,
        show_error=True,
        footer_links=[],
        run_history=False,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
    )


if __name__ == "__main__":
    serve(Settings())
