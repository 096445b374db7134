"""The Aktiviteter and Dokument tabs: components and wiring (logic in activities.py, documents.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import gradio as gr

from kfp_assistant.app import activities as a
from kfp_assistant.app import documents as d
from kfp_assistant.app.render import md_text, plan_label
from kfp_assistant.app.ui_chat import Part
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import DocumentInfo


def activities_tab(assistant: Assistant) -> Part:
    """Build the tab; its Part refreshes choices and rows when the index changes."""
    with gr.Row():
        admin = gr.Dropdown([a.ALL], value=a.ALL, label="Förvaltning", elem_id="kfp-act-admin")
        period = gr.Dropdown([a.ALL], value=a.ALL, label="Period", elem_id="kfp-act-period")
        area = gr.Dropdown([a.ALL], value=a.ALL, label="Område (UBARA)", elem_id="kfp-act-area")
        responsible = gr.Dropdown([a.ALL], value=a.ALL, label="Ansvarig", elem_id="kfp-act-responsible")
        table_kind = gr.Dropdown(a.TABLE_CHOICES, value=a.ALL, label="Tabell", elem_id="kfp-act-table")
    text = gr.Textbox(label="Fritext", placeholder="Sök i aktivitet, mål, ansvarig …", elem_id="kfp-act-text")
    with gr.Row():
        count = gr.Markdown(elem_id="kfp-act-count")
        links = gr.HTML(a.export_links(), elem_id="kfp-act-downloads")
    table = gr.Dataframe(
        headers=a.ACTIVITY_HEADERS,
        interactive=False,
        wrap=True,
        max_height=600,
        elem_id="kfp-activities",
        column_widths=["11%", "7%", "8%", "18%", "28%", "8%", "9%", "7%", "4%"],
        buttons=["fullscreen"],
    )
    filters: list[Any] = [admin, period, area, responsible, text, table_kind]

    def show(*values: str) -> tuple[Any, ...]:
        everything = a.all_activities(assistant)
        shown = a.filter_activities(everything, *values)
        rows = a.activity_rows(shown)
        return a.count_line(shown, len(everything)), a.export_links(*values), gr.Dataframe(value=rows)

    outputs = [count, links, table]
    private: dict[str, Any] = {"api_visibility": "private"}
    for component in (admin, period, area, responsible, table_kind):
        component.input(show, filters, outputs, **private)
    text.submit(show, filters, outputs, **private)
    text.change(show, filters, outputs, trigger_mode="always_last", show_progress="hidden", **private)

    def update(documents: list[DocumentInfo], previous: set[str] | None, *values: str) -> list[Any]:
        choices = a.activity_choices(a.all_activities(assistant))
        keys = ["administration", "period", "area", "responsible"]
        kept = [v if v in choices[k] else a.ALL for k, v in zip(keys, values, strict=False)]
        dropdowns = [gr.Dropdown(choices=choices[k], value=v) for k, v in zip(keys, kept, strict=True)]
        return [*dropdowns, *show(*kept, *values[4:])]

    return Part([admin, period, area, responsible, *outputs], filters, update)


def documents_tab(assistant: Assistant, login: bool) -> Part:
    """Build the tab; its Part refreshes the plan list when the index changes."""
    if not login:
        gr.Markdown(d.NO_LOGIN_WARNING, elem_id="kfp-no-login")
    documents = assistant.documents()
    table = gr.Dataframe(
        value=d.document_rows(documents),
        headers=d.DOCUMENT_HEADERS,
        interactive=False,
        wrap=True,
        label="Planer i indexet",
        elem_id="kfp-documents",
        column_widths=["22%", "9%", "22%", "21%", "6%", "6%", "14%"],
        buttons=["fullscreen"],
    )
    limit = assistant.settings.max_file_mb
    pending = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column():
            upload = gr.File(
                file_count="multiple",
                file_types=d.FILE_TYPES,
                label=f"Lägg till planer (PDF, Word, text, Markdown; högst {limit:g} MB per fil)",
                elem_id="kfp-upload",
            )
            report = gr.Markdown(elem_id="kfp-ingest-report")
            with gr.Group(visible=False, elem_id="kfp-same-name") as same_name:
                same_text = gr.Markdown(elem_id="kfp-same-name-text")
                with gr.Row():
                    replace = gr.Button("Ersätt den gamla planen", variant="stop", elem_id="kfp-replace")
                    keep_both = gr.Button("Lägg till som en ny plan", elem_id="kfp-keep-both")
                    skip = gr.Button("Avbryt", elem_id="kfp-skip-upload")
        with gr.Column():
            target = gr.Dropdown(
                d.document_choices(documents), label="Ta bort en plan ur indexet", elem_id="kfp-remove-target"
            )
            remove = gr.Button("Ta bort plan …", variant="stop", elem_id="kfp-remove")
            with gr.Group(visible=False, elem_id="kfp-confirm-remove") as confirm:
                confirm_text = gr.Markdown()
                with gr.Row():
                    yes = gr.Button("Ja, ta bort planen", variant="stop", elem_id="kfp-remove-yes")
                    no = gr.Button("Avbryt", elem_id="kfp-remove-no")
            removed = gr.Markdown(elem_id="kfp-remove-report")

    def ask_next(waiting: list[dict[str, str]], lines: list[str]) -> tuple[Any, ...]:
        """The report so far, and the question about the next held-back file (if any)."""
        if not waiting:
            return "\n".join(lines), [], gr.Group(visible=False), ""
        first = waiting[0]
        question = (
            f"**{md_text(first['name'])}** har samma namn som en plan i indexet "
            f"(**{md_text(first['old_label'])}**) men ett annat innehåll. Ska den nya filen ersätta "
            "den gamla planen (den gamla finns kvar tills den nya är inläst), eller läggas till som en "
            "plan för sig?"
        )
        return "\n".join(lines), waiting, gr.Group(visible=True), question

    def on_upload(paths: list[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        lines, fresh, waiting = [], [], []
        for source in map(Path, paths or []):
            refused = d.too_large(assistant, source)
            if refused:
                lines.append(refused)
                continue
            kept = d.keep_upload(assistant, source)
            if kept.same_name is None:
                fresh.append(kept.path)
            else:
                old = kept.same_name
                waiting.append({"path": str(kept.path), "name": source.name, "old": old.doc_id,
                                "old_label": plan_label(old.administration, old.period)})  # fmt: skip

        def step(number: int, total: int, path: str) -> None:
            progress((number - 1, total), desc=f"Läser in {os.path.basename(path)}")

        done = d.ingest_files(assistant, fresh, step)
        return ask_next(waiting, [*lines, done] if done else lines)

    def decide(choice: str, waiting: list[dict[str, str]], shown: str) -> tuple[Any, ...]:
        if not waiting:
            return ask_next([], [shown])
        first, rest = waiting[0], waiting[1:]
        if choice == "replace":
            line = d.replace_plan(assistant, first["old"], Path(first["path"]))
        elif choice == "both":
            line = d.ingest_files(assistant, [Path(first["path"])])
        else:
            d.discard_upload(assistant, Path(first["path"]))
            line = f"**Inte inläst:** {md_text(first['name'])} (avbrutet)."
        return ask_next(rest, [shown, line] if shown else [line])

    def ask_remove(doc_id: str | None) -> tuple[Any, ...]:
        doc = next((x for x in assistant.documents() if x.doc_id == doc_id), None)
        if doc is None:
            return gr.Group(visible=False), "", "Välj en plan att ta bort."
        label = md_text(f"{plan_label(doc.administration, doc.period)} ({doc.file})")
        return gr.Group(visible=True), f"Ta bort **{label}** ur indexet? Det går inte att ångra.", ""

    private: dict[str, Any] = {"api_visibility": "private"}
    upload_outputs = [report, pending, same_name, same_text]
    uploaded = upload.upload(on_upload, upload, upload_outputs, **private)
    decisions = [
        button.click(lambda w, r, c=choice: decide(c, w, r), [pending, report], upload_outputs, **private)
        for button, choice in ((replace, "replace"), (keep_both, "both"), (skip, "skip"))
    ]
    remove.click(ask_remove, target, [confirm, confirm_text, removed], **private)
    removal = yes.click(lambda doc_id: (gr.Group(visible=False), d.remove_document(assistant, doc_id)),
                        target, [confirm, removed], **private)  # fmt: skip
    no.click(lambda: (gr.Group(visible=False), ""), None, [confirm, removed], **private)

    def update(documents: list[DocumentInfo], previous: set[str] | None) -> list[Any]:
        return [
            gr.Dataframe(value=d.document_rows(documents)),
            gr.Dropdown(choices=d.document_choices(documents)),
        ]

    return Part([table, target], [], update, after=[uploaded, *decisions, removal])
