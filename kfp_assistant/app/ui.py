"""The web app (gradio Blocks), in Swedish: Chatt, Jämför, Aktiviteter, Dokument.

`build_app(assistant)` only builds the Blocks; web.py serves it. The tabs are built in ui_chat.py,
ui_compare.py and ui_tabs.py, their logic lives in modules without gradio. Every session checks the
index every few seconds and updates its filters and lists when plans were added or removed (in any
session, or by the CLI). Offline by design: system fonts, no analytics, no share link.
"""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio reads it on import

from typing import Any

import gradio as gr

from kfp_assistant.app.ui_chat import Part, chat_tab
from kfp_assistant.app.ui_compare import compare_tab
from kfp_assistant.app.ui_tabs import activities_tab, documents_tab
from kfp_assistant.assistant import Assistant

INDEX_CHECK_SECONDS = 3.0
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
#kfp-empty-index { border: 1px solid var(--color-accent); border-radius: 8px; padding: 0.4em 1em; }
#kfp-no-login { border-left: 4px solid #d97706; padding-left: 0.8em; }
#kfp-upload-refused { color: #b91c1c; font-weight: 600; white-space: pre-line; margin: 0.4em 0; }
.kfp-table-wrap { max-height: 560px; overflow-y: auto; }
.kfp-table { table-layout: fixed; width: 100%; border-collapse: collapse; font-size: 0.92em; }
.kfp-table th { text-align: left; position: sticky; top: 0; background: var(--background-fill-secondary); }
.kfp-table th, .kfp-table td { padding: 0.35em 0.5em; border-bottom: 1px solid var(--border-color-primary);
  vertical-align: top; overflow-wrap: anywhere; white-space: pre-wrap; }
.kfp-downloads a { margin-right: 1.2em; white-space: nowrap; }
"""
# Copy and download run in the browser: the text is already there, and nothing is written on the server.
# An upload over the size limit is stopped in the browser before Gradio sees it (Gradio's own check
# would show an English message), with a Swedish line under the upload field; the server refuses it
# too (web.py), for clients other than this page.
_HEAD = """<script>
window.kfpUploadLimitMb = __LIMIT__;
window.kfpCheckUpload = function (event, files) {
  const zone = event.target && event.target.closest && event.target.closest('#kfp-upload');
  if (!zone || !files || !files.length) return;
  const limit = window.kfpUploadLimitMb * 1024 * 1024;
  const big = Array.from(files).filter((file) => file.size > limit);
  let note = document.getElementById('kfp-upload-refused');
  if (!note) {
    note = document.createElement('div');
    note.id = 'kfp-upload-refused'; note.setAttribute('role', 'alert');
    zone.insertAdjacentElement('afterend', note);
  }
  if (!big.length) { note.textContent = ''; return; }
  event.stopImmediatePropagation(); event.preventDefault();
  if (event.type === 'change') event.target.value = '';
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
  const most = String(window.kfpUploadLimitMb).replace('.', ',');
  note.textContent = big.map((file) => `Fel: ${file.name} är ${mb(file.size)} MB; största tillåtna ` +
    `storlek är ${most} MB per fil. Inget har lästs in.`).join(' ');
};
document.addEventListener('change', (e) => window.kfpCheckUpload(e, e.target && e.target.files), true);
document.addEventListener('drop', (e) => window.kfpCheckUpload(e, e.dataTransfer && e.dataTransfer.files),
  true);
window.kfpCopy = async function (text, buttonId) {
  let ok = false;
  if (text) {
    try { await navigator.clipboard.writeText(text); ok = true; } catch (e) {
      const area = document.createElement('textarea');
      area.value = text; area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select();
      try { ok = document.execCommand('copy'); } catch (e2) { ok = false; }
      area.remove();
    }
  }
  const button = buttonId && document.getElementById(buttonId);
  if (button) {
    const label = button.textContent;
    button.textContent = !text ? 'Inget att kopiera' : ok ? 'Kopierat' : 'Kunde inte kopiera';
    setTimeout(() => { button.textContent = label; }, 1500);
  }
};
window.kfpDownload = function (text, name) {
  if (!text) return;
  const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url; link.download = name; document.body.appendChild(link); link.click(); link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
};
window.kfpShowLatestQuestion = function () {
  const root = document.getElementById('kfp-chatbot');
  if (!root) return;
  const users = root.querySelectorAll('.message-row.user-row, .user-row');
  const last = users[users.length - 1];
  if (!last) return;
  let box = last.parentElement;
  while (box && box !== document.body) {
    const style = getComputedStyle(box);
    if (/(auto|scroll)/.test(style.overflowY) && box.scrollHeight > box.clientHeight) break;
    box = box.parentElement;
  }
  if (!box || box === document.body) return;
  box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
};
</script>"""


def head_html(upload_limit_mb: float) -> str:
    """The page head's script: copying, downloading, scrolling, and the upload size check."""
    return _HEAD.replace("__LIMIT__", f"{float(upload_limit_mb):g}")


def _synchroniser(assistant: Assistant, parts: list[Part]) -> Any:
    """One function that brings every tab in step with the index, or skips when nothing changed."""
    widths = [len(p.inputs) for p in parts]
    count = sum(len(p.outputs) for p in parts)

    def sync(seen: list[str] | None, *values: Any) -> list[Any]:
        documents = assistant.documents()
        signature = [d.doc_id for d in documents]
        if seen is not None and signature == seen:
            return [gr.skip()] * (1 + count)
        previous = set(seen) if seen is not None else None
        updates: list[Any] = [signature]
        offset = 0
        for part, width in zip(parts, widths, strict=True):
            updates += part.update(documents, previous, *values[offset : offset + width])
            offset += width
        return updates

    return sync


def build_app(assistant: Assistant, login: bool = False) -> gr.Blocks:
    """The whole app as gr.Blocks; nothing is launched. Theme, CSS and head are passed when mounting."""
    with gr.Blocks(title="KFP-assistenten", analytics_enabled=False, delete_cache=(3600, 7200)) as app:
        gr.Markdown(
            "# KFP-assistenten\nFrågor, jämförelser och aktiviteter ur Stockholms stads "
            "kompetensförsörjningsplaner. Alla svar anger vilken plan, sida och vilket stycke de bygger på.",
            elem_id="kfp-header",
        )
        seen = gr.State(None)
        with gr.Tabs():
            with gr.Tab("Chatt", id="chatt", elem_id="kfp-tab-chat"):
                chat = chat_tab(assistant)
            with gr.Tab("Jämför", id="jamfor", elem_id="kfp-tab-compare") as compare_page:
                compare, run_compare, compare_inputs, compare_outputs = compare_tab(assistant)
            with gr.Tab("Aktiviteter", id="aktiviteter", elem_id="kfp-tab-activities"):
                activities = activities_tab(assistant)
            with gr.Tab("Dokument", id="dokument", elem_id="kfp-tab-documents"):
                documents = documents_tab(assistant, login)
        parts = [chat, compare, activities, documents]
        sync = _synchroniser(assistant, parts)
        inputs = [seen, *(c for p in parts for c in p.inputs)]
        outputs = [seen, *(c for p in parts for c in p.outputs)]
        private: dict[str, Any] = {"api_visibility": "private"}
        app.load(sync, inputs, outputs, show_progress="hidden", **private)
        # The timer only compares the index with what this page shows; the tabs are updated (and
        # show Gradio's progress marks) only when it changed.
        current = gr.State(None)

        def check(shown: list[str] | None) -> Any:
            signature = [d.doc_id for d in assistant.documents()]
            return gr.skip() if signature == shown else signature

        timer = gr.Timer(INDEX_CHECK_SECONDS)
        timer.tick(check, seen, current, show_progress="hidden", concurrency_limit=None, **private)
        current.change(sync, inputs, outputs, show_progress="hidden", **private)
        for event in documents.after:
            event.then(sync, inputs, outputs, show_progress="hidden", **private)
        compare_page.select(run_compare, compare_inputs, compare_outputs, **private)
    return app
