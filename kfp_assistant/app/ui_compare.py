"""The Jämför tab: components and wiring. Tables come from compare_view.py, downloads from routes.py."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import gradio as gr

from kfp_assistant.app import compare_view as cv
from kfp_assistant.app.render import h, tsv
from kfp_assistant.app.ui_chat import Part, filter_choices
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import DocumentInfo

_COPY_JS = "(text) => {{ window.kfpCopy(text, '{button}'); }}"
DIFF_WIDTHS = ["14%", "10%", "38%", "38%"]


def _link(href: str, label: str, element_id: str, name: str) -> str:
    return f'<a class="kfp-download" id="{element_id}" href="{h(href)}" download="{h(name)}">{h(label)}</a>'


def compare_links(kind: str, administrations: list[str], metric: str | None) -> str:
    """Download links of the comparison shown: its table (XLSX) and its chart (PNG, SVG)."""
    fields: dict[str, Any] = {"aspect": kind, "administration": administrations}
    if metric:
        fields["metric"] = metric
    query = urlencode(fields, doseq=True)
    links = [
        _link(
            f"kfp/export/jamforelse.xlsx?{query}",
            "Ladda ner tabellen (XLSX)",
            "kfp-dl-compare",
            "jamforelse.xlsx",
        ),
        _link(f"kfp/export/diagram.png?{query}", "Diagram (PNG)", "kfp-dl-chart-png", "diagram.png"),
        _link(f"kfp/export/diagram.svg?{query}", "Diagram (SVG)", "kfp-dl-chart-svg", "diagram.svg"),
    ]
    return '<div class="kfp-downloads">' + " ".join(links) + "</div>"


def diff_links(old: str | None, new: str | None) -> str:
    """The download link of the diff shown."""
    if not old or not new:
        return ""
    href = "kfp/export/skillnader.xlsx?" + urlencode({"old": old, "new": new})
    link = _link(href, "Ladda ner skillnaderna (XLSX)", "kfp-dl-diff", "skillnader.xlsx")
    return f'<div class="kfp-downloads">{link}</div>'


def _versions(documents: list[DocumentInfo], admin: str | None) -> tuple[Any, Any]:
    choices = cv.plan_versions(documents, admin)
    older = choices[-2][1] if len(choices) > 1 else None
    newest = choices[-1][1] if choices else None
    return gr.Dropdown(choices=choices, value=older), gr.Dropdown(choices=choices, value=newest)


def compare_tab(assistant: Assistant) -> tuple[Part, Any, list[Any], list[Any]]:
    """Build the tab; return its index Part and (run, inputs, outputs) for running it on tab select."""
    documents = assistant.documents()
    admins, _ = filter_choices(documents)
    gr.Markdown("### Jämför förvaltningar")
    with gr.Row():
        chosen = gr.CheckboxGroup(
            admins, value=admins, label="Förvaltningar", scale=3, elem_id="kfp-compare-admins"
        )
        aspect = gr.Radio(
            cv.ASPECTS, value=cv.ASPECTS[0], label="Aspekt", scale=2, elem_id="kfp-compare-aspect"
        )
        run = gr.Button("Jämför", variant="primary", scale=1)
    notice = gr.Markdown(elem_id="kfp-compare-notice")
    table = gr.Dataframe(
        interactive=False, wrap=True, max_height=480, label="Jämförelse", elem_id="kfp-compare-table",
        buttons=["fullscreen"],
    )  # fmt: skip
    with gr.Row():
        copy = gr.Button("Kopiera tabellen", size="sm", elem_id="kfp-copy-compare", scale=0)
        links = gr.HTML(elem_id="kfp-compare-downloads")
        table_text = gr.Textbox(visible="hidden")
    gaps = gr.HTML(visible=False, elem_id="kfp-gap-list")
    metric = gr.Dropdown([], label="Nyckeltal i diagrammet", visible=False, elem_id="kfp-metric")
    plot = gr.Plot(label="Diagram", elem_id="kfp-compare-chart")

    gr.Markdown("### Ändringar mellan två versioner av en plan")
    versioned = cv.versioned_administrations(documents)
    first = cv.default_diff(assistant, versioned)
    versions = cv.plan_versions(documents, first)
    with gr.Row():
        diff_admin = gr.Dropdown(
            versioned, value=first, label="Förvaltning (med flera planversioner)", scale=2
        )
        old = gr.Dropdown(
            versions, value=versions[-2][1] if len(versions) > 1 else None, label="Äldre version", scale=2
        )
        new = gr.Dropdown(
            versions, value=versions[-1][1] if versions else None, label="Nyare version", scale=2
        )
        run_diff = gr.Button("Visa skillnader", variant="primary", scale=1)
    diff_notice = gr.Markdown(elem_id="kfp-diff-notice")
    diff_html = gr.HTML(elem_id="kfp-diff")
    with gr.Row():
        copy_diff = gr.Button("Kopiera skillnaderna", size="sm", elem_id="kfp-copy-diff", scale=0)
        diff_download = gr.HTML(elem_id="kfp-diff-downloads")
        diff_text = gr.Textbox(visible="hidden")

    def do_compare(values: list[str], aspect_value: str, metric_value: str | None) -> tuple[Any, ...]:
        kind = cv.KINDS.get(aspect_value, "activities")
        plans, result = cv.compare_result(assistant, values, kind)
        if result is None:
            return (cv.notice(kind, []), gr.Dataframe(value=[], headers=None), "", "", gr.HTML(visible=False),
                    gr.Dropdown(visible=False), None)  # fmt: skip
        headers, rows = cv.comparison_table(kind, result, plans)
        choices = cv.metric_choices(result)
        chosen_metric = (
            metric_value if metric_value in [m for _, m in choices] else (choices[0][1] if choices else None)
        )
        return (
            cv.notice(kind, plans),
            gr.Dataframe(value=rows, headers=headers),
            tsv(headers, rows),
            compare_links(kind, values, chosen_metric),
            gr.HTML(cv.gaps_html(result, plans) if kind == "gaps" else "", visible=kind == "gaps"),
            gr.Dropdown(choices=choices, value=chosen_metric, visible=kind == "figures"),
            cv.chart(kind, result, chosen_metric),
        )  # fmt: skip

    def do_chart(values: list[str], aspect_value: str, metric_value: str | None) -> tuple[Any, ...]:
        kind = cv.KINDS.get(aspect_value, "activities")
        _, result = cv.compare_result(assistant, values, kind)
        return cv.chart(kind, result, metric_value), compare_links(kind, values, metric_value)

    def do_diff(old_id: str | None, new_id: str | None) -> tuple[Any, ...]:
        (headers, rows), text = cv.diff_view(assistant, old_id, new_id)
        shown = cv.table_html(headers, rows, "kfp-diff-table", DIFF_WIDTHS) if rows else ""
        return text, shown, tsv(headers, rows) if rows else "", diff_links(old_id, new_id) if rows else ""

    private: dict[str, Any] = {"api_visibility": "private"}
    compare_inputs = [chosen, aspect, metric]
    compare_outputs = [notice, table, table_text, links, gaps, metric, plot]
    run.click(do_compare, compare_inputs, compare_outputs, **private)
    aspect.change(do_compare, compare_inputs, compare_outputs, **private)
    metric.input(do_chart, compare_inputs, [plot, links], **private)
    diff_admin.change(lambda a: _versions(assistant.documents(), a), diff_admin, [old, new], **private)
    run_diff.click(do_diff, [old, new], [diff_notice, diff_html, diff_text, diff_download], **private)
    copy.click(None, [table_text], None, js=_COPY_JS.format(button="kfp-copy-compare"))
    copy_diff.click(None, [diff_text], None, js=_COPY_JS.format(button="kfp-copy-diff"))

    def update(
        documents: list[DocumentInfo],
        previous: set[str] | None,
        selected: list[str] | None,
        diff_value: str | None,
    ) -> list[Any]:
        admins, _ = filter_choices(documents)
        # Administrations that came with new plans are ticked; ones the user unticked stay unticked.
        new_admins = {d.administration for d in documents if previous is None or d.doc_id not in previous}
        keep = [a for a in selected or [] if a in admins]
        value = keep + [a for a in admins if a in new_admins and a not in keep]
        versioned = cv.versioned_administrations(documents)
        admin = diff_value if diff_value in versioned else cv.default_diff(assistant, versioned)
        return [gr.CheckboxGroup(choices=admins, value=value), gr.Dropdown(choices=versioned, value=admin)]

    part = Part([chosen, diff_admin], [chosen, diff_admin], update)
    return part, do_compare, compare_inputs, compare_outputs
