"""The real app in a subprocess, driven by headless Chromium through Playwright.

Covers the chat (citations, source panel, plain-text copy and download, a long answer's first line
in view), opening a cited plan at its page, ten simultaneous sessions, the activity filter and its
downloads, every Jämför download and a readable diff, uploads (good, broken, same name, too large)
reaching other sessions, plan markup that must not render, and offline operation.

Screenshots and timings go to a temporary folder; `make docs-screenshots` sets KFP_DOCS_OUT=docs to
refresh docs/screenshots/*.png and docs/ui_timings.json. Tests never write tracked files otherwise.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
UPLOADED = "socialnamnden-2024-2026.pdf"  # left out of the start index, uploaded through the UI
UPLOAD_LIMIT_MB = 2
CHROMIUM = os.environ.get("KFP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INPUT = "#kfp-chat-input textarea"
HOSTILE = "granskning.md"
# A plan whose text carries Markdown and HTML that would load from, or link to, another host.
HOSTILE_PLAN = """# Kompetensförsörjningsplan 2025-2027

Granskningsnämnden

## Nulägesanalys

Personalomsättningen var 9,9 % under 2024. ![spår](http://evil.example/pixel.png)
<img src="http://evil.example/img.png"> <svg onload="alert(1)"><circle r="5"/></svg>
<a href="http://evil.example/">klicka här</a> <iframe src="http://evil.example/frame"></iframe>

## Kompetensbehov

- Fler <b>projektledare</b> <img src="http://evil.example/gap.png">

## Aktiviteter

| Område | Mål | Aktivitet | Måldatum | Ansvarig |
| --- | --- | --- | --- | --- |
| Behålla | Mål C | Granska rutiner ![x](http://evil.example/cell.png) | 2025 | HR |
"""
# Records, in the page, when the answer's first text and the finished status appear.
WATCH = """() => {
  window.__kfp = {start: performance.now(), first: null, done: null};
  const check = () => {
    const bots = document.querySelectorAll('#kfp-chatbot .message-row.bot-row, #kfp-chatbot .bot');
    const last = bots.length ? bots[bots.length - 1].innerText.trim() : '';
    if (window.__kfp.first === null && last && !last.includes('Söker i planerna'))
      window.__kfp.first = performance.now();
    const status = document.querySelector('#kfp-chat-status');
    if (window.__kfp.done === null && status && status.innerText.includes('Svar klart'))
      window.__kfp.done = performance.now();
    if (window.__kfp.done === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def docs_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots and timings go: a temporary folder unless KFP_DOCS_OUT names one."""
    chosen = os.environ.get("KFP_DOCS_OUT")
    return Path(chosen) if chosen else tmp_path_factory.mktemp("docs")


def _record_timings(docs: Path, key: str, values: dict[str, Any]) -> None:
    target = docs / "ui_timings.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    data[key] = values
    data["embeddings"] = os.environ.get("KFP_UI_TEST_EMBEDDINGS", "e5")
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _screenshot(page: Any, docs: Path, name: str) -> None:
    (docs / "screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(docs / "screenshots" / name), full_page=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium not found (set KFP_CHROMIUM)")
    root = tmp_path_factory.mktemp("app")
    corpus = root / "corpus"
    corpus.mkdir()
    for pdf in sorted(CORPUS.glob("*.pdf")):
        if pdf.name != UPLOADED:
            shutil.copy(pdf, corpus / pdf.name)
    port = _free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "KFP_INDEX_DIR": str(root / "index"),
        "KFP_CORPUS_DIR": str(corpus),
        "KFP_EMBEDDINGS": os.environ.get("KFP_UI_TEST_EMBEDDINGS", "e5"),
        "KFP_HOST": "127.0.0.1",
        "KFP_PORT": str(port),
        "KFP_LLM": "none",
        "KFP_MAX_FILE_MB": str(UPLOAD_LIMIT_MB),
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
    }
    env.pop("KFP_AUTH", None)
    # With the sentence cache filled, as after the app's background fill: the timings recorded are of
    # an app warmed up (scripts/bench_sentence_cache.py measures a question during the fill).
    build = "from kfp_assistant.assistant import Assistant; Assistant().ingest(sentences=True)"
    subprocess.run([sys.executable, "-c", build], env=env, cwd=root, check=True, timeout=600)
    log = (root / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kfp_assistant.app.web"],
        env=env,
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("app did not start:\n" + (root / "server.log").read_text())
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def external_requests() -> list[str]:
    return []


def _new_page(browser: Any, server: str, external: list[str], errors: list[str]) -> tuple[Any, Any]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    page = context.new_page()
    # Requests leaving the machine: http(s) to any other origin (the browser's own PDF viewer, a
    # chrome-extension: page, and data:/blob: URLs stay inside the browser).
    context.on(
        "request",
        lambda r: (
            external.append(r.url)
            if r.url.startswith(("http:", "https:", "ws")) and not r.url.startswith(server)
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server)
    page.wait_for_selector(INPUT)
    return context, page


@pytest.fixture
def page(browser: Any, server: str, external_requests: list[str]) -> Iterator[Any]:
    errors: list[str] = []
    context, opened = _new_page(browser, server, external_requests, errors)
    yield opened
    context.close()
    assert errors == [], errors


def _ask(page: Any, question: str, timeout: float = 60_000) -> dict[str, float]:
    """Ask in the chat; ms from Enter to first answer text and to the complete answer."""
    page.fill(INPUT, question)
    page.evaluate(WATCH)
    page.press(INPUT, "Enter")
    page.wait_for_function("window.__kfp && window.__kfp.done !== null", timeout=timeout)
    marks = page.evaluate("window.__kfp")
    first = marks["first"] if marks["first"] is not None else marks["done"]
    return {"first_ms": first - marks["start"], "done_ms": marks["done"] - marks["start"]}


def _wait_text(page: Any, selector: str, ready: Callable[[str], bool], timeout: float = 30) -> str:
    """The element's text once `ready` accepts it (updates arrive asynchronously)."""
    deadline = time.monotonic() + timeout
    while True:
        text = page.inner_text(selector) if page.locator(selector).count() else ""
        if ready(text):
            return text
        assert time.monotonic() < deadline, f"{selector}: {text!r}"
        page.wait_for_timeout(100)


def _count(page: Any, ready: Callable[[int], bool]) -> int:
    """Number of activity rows shown, once it satisfies `ready`."""
    text = _wait_text(page, "#kfp-act-count", lambda t: bool(re.search(r"\d+ av \d+ rader", t)) and ready(
        int(re.search(r"(\d+) av", t).group(1))  # type: ignore[union-attr]
    ))  # fmt: skip
    page.wait_for_timeout(300)  # the download links receive the same update
    return int(re.search(r"(\d+) av", text).group(1))  # type: ignore[union-attr]


def _tab(page: Any, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def _download(page: Any, selector: str) -> bytes:
    with page.expect_download() as info:
        page.locator(selector).click()
    path = info.value.path()
    return Path(path).read_bytes()


def test_chat_answer_citation_source_and_plain_copy(page: Any, docs_out: Path) -> None:
    _ask(page, "Hur hög var personalomsättningen inom Socialnämnden 2024?")
    chat = page.inner_text("#kfp-chatbot")
    assert "7,3" in chat and "Källor" in chat and "[1]" in chat
    info = page.inner_text("#kfp-answer-info")
    assert "utan språkmodell" in info and "Socialnämnden 2025-2027" in info
    labels = page.locator("#kfp-citations label")
    assert labels.count() >= 2
    labels.nth(1).click()
    page.wait_for_function("document.querySelector('#kfp-sources').innerText.includes('[2]')", timeout=10_000)
    assert page.locator("#kfp-sources mark").count() == 1 and "Sida" in page.inner_text("#kfp-sources")
    page.locator("#kfp-copy-answer").click()
    page.wait_for_timeout(300)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Fråga: Hur hög var personalomsättningen") and "**" not in copied
    assert re.search(
        r"Källor:\n\[1\] Socialnämnden 2025-2027, sida \d+ \(socialnamnden-2025-2027\.pdf\): »", copied
    )
    assert _download(page, "#kfp-download-answer").decode("utf-8") == copied
    _ask(page, "Och 2023?")  # a follow-up keeps the conversation
    assert page.locator("#kfp-chatbot .message-row.user-row, #kfp-chatbot .user").count() >= 2
    page.wait_for_timeout(800)  # the source panel finishes its update
    _screenshot(page, docs_out, "chat.png")
    page.get_by_role("button", name="Ny chatt").click()
    page.wait_for_function("!document.querySelector('#kfp-chatbot').innerText.includes('Och 2023')")


def test_long_answer_shows_its_first_line(page: Any) -> None:
    _ask(page, "Vilka aktiviteter finns inom Behålla?")
    page.wait_for_timeout(500)
    place = page.evaluate(
        """() => {
      const bots = document.querySelectorAll('#kfp-chatbot .message-row.bot-row');
      const answer = bots[bots.length - 1];
      let box = answer.parentElement;
      const scrolls = (e) =>
        /(auto|scroll)/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight;
      while (box && !scrolls(box)) box = box.parentElement;
      const a = answer.getBoundingClientRect(), b = box.getBoundingClientRect();
      return {answerTop: a.top, answerHeight: a.height, boxTop: b.top, boxBottom: b.bottom};
    }"""
    )
    assert place["answerHeight"] > place["boxBottom"] - place["boxTop"], "the answer should be long"
    assert place["boxTop"] - 1 <= place["answerTop"] < place["boxBottom"] - 40, place


def test_open_cited_plan_at_its_page(page: Any) -> None:
    _ask(page, "Hur hög var personalomsättningen inom Socialnämnden 2024?")
    cited = int(re.search(r"Sida\s+(\d+)", page.inner_text("#kfp-sources")).group(1))  # type: ignore[union-attr]
    with page.context.expect_page() as opened:
        page.click("#kfp-open-plan")
    viewer = opened.value
    viewer.wait_for_load_state()
    assert f"page={cited}" in viewer.url and f"sidan {cited} av" in viewer.inner_text("header")
    viewer.wait_for_function("document.querySelector('#kfp-page-image').naturalWidth > 0")
    assert "7,3" in viewer.locator("#kfp-page-text mark").inner_text()
    with viewer.expect_response(re.compile(r"/kfp/file/")) as response:
        viewer.click("#kfp-original")
    assert response.value.headers["content-type"] == "application/pdf"
    assert viewer.url.endswith(f"#page={cited}")
    viewer.close()


def test_dev_question_timings(page: Any, docs_out: Path) -> None:
    lines = (ROOT / "eval" / "qa_dev.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:10]
    results = []
    for question in questions:
        page.get_by_role("button", name="Ny chatt").click()
        page.wait_for_timeout(100)
        results.append(_ask(page, question))
    _record_timings(
        docs_out,
        "sequential",
        {
            "questions": len(results),
            "first_text_p50_ms": round(statistics.median(r["first_ms"] for r in results), 1),
            "complete_p50_ms": round(statistics.median(r["done_ms"] for r in results), 1),
            "complete_max_ms": round(max(r["done_ms"] for r in results), 1),
        },
    )


def test_ten_concurrent_sessions(browser: Any, server: str, docs_out: Path) -> None:
    questions = [
        "Hur hög var personalomsättningen inom Socialnämnden 2024?",
        "Vilka aktiviteter finns för att behålla medarbetare?",
        "Hur arbetar förvaltningarna med avslutssamtal?",
        "Vilka kompetensgap beskriver Hässelby-Vällingby?",
        "Hur många medarbetare har Socialnämnden?",
        "Vilka aktiviteter finns inom Attrahera?",
        "Vad säger planerna om heltid?",
        "Hur hög var sjukfrånvaron inom Socialnämnden?",
        "Vilka aktiviteter handlar om introduktion?",
        "Vad säger Hägersten-Älvsjö om rekrytering?",
    ]
    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in questions]
    pages = [c.new_page() for c in contexts]
    errors: list[str] = []
    for p in pages:
        p.on("pageerror", lambda e: errors.append(str(e)))
        p.goto(server)
        p.wait_for_selector(INPUT)
    for p, question in zip(pages, questions, strict=True):
        p.fill(INPUT, question)
        p.evaluate(WATCH)
        p.press(INPUT, "Enter")  # all ten are sent before any is awaited
    done = []
    for p in pages:
        p.wait_for_function("window.__kfp.done !== null", timeout=120_000)
        marks = p.evaluate("window.__kfp")
        done.append(marks["done"] - marks["start"])
    for p, question in zip(pages, questions, strict=True):
        chat = p.inner_text("#kfp-chatbot")
        assert question in chat
        assert sum(q in chat for q in questions) == 1, "a session shows another session's question"
        assert "Något gick fel" not in chat and "Error" not in p.inner_text("body")
    for c in contexts:
        c.close()
    assert not errors
    done.sort()
    _record_timings(
        docs_out,
        "concurrent",
        {
            "sessions": len(done),
            "complete_p50_ms": round(statistics.median(done), 1),
            "complete_p95_ms": round(done[min(len(done) - 1, round(0.95 * (len(done) - 1)))], 1),
            "complete_max_ms": round(done[-1], 1),
        },
    )


def test_activities_filter_and_downloads(page: Any, docs_out: Path) -> None:
    from openpyxl import load_workbook

    _tab(page, "Aktiviteter")
    total = _count(page, lambda n: n > 0)
    page.locator("#kfp-act-admin input").click()
    page.get_by_role("option", name="Socialnämnden", exact=True).click()
    by_admin = _count(page, lambda n: 0 < n < total)
    page.fill("#kfp-act-text textarea, #kfp-act-text input", "avgång")
    shown = _count(page, lambda n: 0 < n < by_admin)
    assert "aktiviteter ur planerna" in page.inner_text("#kfp-act-count")
    _screenshot(page, docs_out, "activities.png")
    sheet = load_workbook(io.BytesIO(_download(page, "#kfp-dl-xlsx"))).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Förvaltning", "Planperiod", "Område"] and "doc_id" not in header
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == shown
    assert all(r["Förvaltning"] == "Socialnämnden" for r in rows)
    assert all("avgång" in " ".join(str(v) for v in r.values()).casefold() for r in rows)
    assert _download(page, "#kfp-dl-csv").decode("utf-8-sig").count("\r\n") == shown + 1


def test_compare_tables_download_and_diff_is_readable(page: Any, docs_out: Path) -> None:
    from openpyxl import load_workbook

    _tab(page, "Jämför")
    _wait_text(page, "#kfp-compare-notice", lambda t: "planer" in t)
    says = {"Aktiviteter": "UBARA", "Kompetensgap": "per tema", "Nyckeltal": "per nyckeltal"}
    for aspect, first_header in (
        ("Kompetensgap", "Tema"),
        ("Nyckeltal", "Nyckeltal"),
        ("Aktiviteter", "Område"),
    ):
        page.locator("#kfp-compare-aspect").get_by_label(aspect).check()
        _wait_text(page, "#kfp-compare-notice", lambda t, a=aspect: says[a] in t)
        page.wait_for_timeout(500)
        book = load_workbook(io.BytesIO(_download(page, "#kfp-dl-compare")))
        assert book.sheetnames == ["Jämförelse", "Poster med källa"]
        assert str(book["Jämförelse"]["A1"].value).startswith(first_header)
        assert _download(page, "#kfp-dl-chart-png").startswith(b"\x89PNG")
        assert b"<svg" in _download(page, "#kfp-dl-chart-svg")
    page.locator("#kfp-copy-compare").click()
    page.wait_for_timeout(300)
    assert page.evaluate("navigator.clipboard.readText()").startswith("Område (UBARA)\t")
    assert "ingen aktivitetstabell" in page.inner_text("#kfp-compare-table")

    page.get_by_role("button", name="Visa skillnader").click()
    _wait_text(page, "#kfp-diff-notice", lambda t: "→" in t, timeout=90)
    after = page.locator("#kfp-diff-table th", has_text="Efter")
    after.scroll_into_view_if_needed()
    box, viewport = after.bounding_box(), page.viewport_size
    assert box is not None and box["x"] + box["width"] <= viewport["width"], box
    overflow = page.evaluate(
        "(() => { const w = document.querySelector('#kfp-diff-table').parentElement;"
        " return w.scrollWidth - w.clientWidth; })()"
    )
    assert overflow <= 1
    cells = page.locator("#kfp-diff-table td.kfp-c3").all_inner_texts()
    assert any(c.strip() for c in cells), "new items show their text in the Efter column"
    diff = load_workbook(io.BytesIO(_download(page, "#kfp-dl-diff"))).active
    assert [c.value for c in diff[1]] == ["Typ", "Status", "Före", "Efter"] and diff.max_row > 1
    page.wait_for_timeout(300)
    _screenshot(page, docs_out, "compare.png")


def _upload(page: Any, path: Path, outcome: str = "Inläst", timeout: float = 120) -> str:
    _tab(page, "Dokument")
    clear = page.locator("#kfp-upload button[aria-label='Clear'], #kfp-upload button[aria-label='Rensa']")
    if clear.count():
        clear.first.click()
    page.locator("#kfp-upload input[type=file]").set_input_files(str(path))
    return _wait_text(page, "#kfp-ingest-report", lambda t: outcome in t, timeout=timeout)


def test_plan_markup_never_renders_and_the_plan_can_be_removed(page: Any, tmp_path: Path) -> None:
    hostile = tmp_path / HOSTILE
    hostile.write_text(HOSTILE_PLAN, encoding="utf-8")
    _upload(page, hostile)
    _tab(page, "Chatt")
    _ask(page, "Hur hög var personalomsättningen inom Granskningsnämnden?")
    assert "<img" in page.inner_text("#kfp-chatbot")  # shown as text
    _ask(page, "Vilka kompetensgap beskriver Granskningsnämnden?")
    _tab(page, "Aktiviteter")
    _count(page, lambda n: n > 0)
    assert "![x](http://evil.example/cell.png)" in page.inner_text("#kfp-activities")
    _tab(page, "Jämför")
    _wait_text(page, "#kfp-compare-notice", lambda t: "Granskningsnämnden" in t)
    page.locator("#kfp-compare-aspect").get_by_label("Kompetensgap").check()
    _wait_text(page, "#kfp-gap-list", lambda t: "projektledare" in t)
    for where in ("#kfp-chatbot", "#kfp-sources", "#kfp-activities", "#kfp-gap-list", "#kfp-compare-table"):
        rendered = page.locator(f"{where} img, {where} svg circle, {where} iframe, {where} a[href^='http']")
        assert rendered.count() == 0, where

    _tab(page, "Dokument")
    page.locator("#kfp-remove-target input").click()
    page.get_by_role("option", name=re.compile(r"Granskningsnämnden")).click()
    page.click("#kfp-remove")
    page.wait_for_selector("#kfp-confirm-remove", state="visible")
    page.click("#kfp-remove-yes")
    _wait_text(page, "#kfp-remove-report", lambda t: "Borttagen" in t)
    _wait_text(page, "#kfp-documents table", lambda t: HOSTILE not in t)


def test_oversize_upload_is_refused_at_once(page: Any, tmp_path: Path) -> None:
    _tab(page, "Dokument")
    uploads: list[str] = []
    page.on("request", lambda r: uploads.append(r.url) if "/upload" in r.url else None)
    big = tmp_path / "stor-plan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom((UPLOAD_LIMIT_MB + 1) * 1024 * 1024))
    page.locator("#kfp-upload input[type=file]").set_input_files(str(big))
    refused = _wait_text(page, "#kfp-upload-refused", lambda t: bool(t.strip()), timeout=5)
    assert "stor-plan.pdf" in refused and f"största tillåtna storlek är {UPLOAD_LIMIT_MB} MB" in refused
    page.wait_for_timeout(500)
    assert uploads == [], "nothing of the file was sent"


def test_remove_asks_first(page: Any) -> None:
    _tab(page, "Dokument")
    listed = page.inner_text("#kfp-documents table")
    page.click("#kfp-remove")
    page.wait_for_selector("#kfp-confirm-remove", state="visible")
    assert "Det går inte att ångra" in page.inner_text("#kfp-confirm-remove")
    page.click("#kfp-remove-no")
    page.wait_for_selector("#kfp-confirm-remove", state="hidden")
    assert page.inner_text("#kfp-documents table") == listed


def _period_choices(page: Any) -> str:
    """The chat's period filter choices, as the dropdown lists them."""
    if not page.locator("#kfp-period-filter input").is_visible():
        page.get_by_text("Avgränsa till planer").click()
    page.locator("#kfp-period-filter input").click()
    page.wait_for_timeout(200)
    listbox = page.locator("[role=listbox]")
    text = listbox.first.inner_text() if listbox.count() else ""
    page.keyboard.press("Escape")
    page.evaluate("document.activeElement && document.activeElement.blur()")  # so the next click opens it
    return text


def test_uploads_reach_other_sessions_and_same_names_ask(
    browser: Any, server: str, page: Any, tmp_path: Path, external_requests: list[str], docs_out: Path
) -> None:
    errors: list[str] = []
    other_context, other = _new_page(browser, server, external_requests, errors)
    assert "2024-2026" not in _period_choices(other)
    _tab(page, "Dokument")
    table = page.locator("#kfp-documents table")
    good = tmp_path / UPLOADED
    shutil.copy(CORPUS / UPLOADED, good)
    _upload(page, good)
    _wait_text(page, "#kfp-documents", lambda t: UPLOADED in t)
    deadline = time.monotonic() + 20
    while "2024-2026" not in _period_choices(other):  # the other session, without reloading or tabs
        assert time.monotonic() < deadline, "the other session never saw the upload"
        other.wait_for_timeout(500)
    other_context.close()
    assert errors == []

    listed = table.inner_text()
    renamed = tmp_path / "same" / "socialnamnden-2025-2027.pdf"
    renamed.parent.mkdir()
    renamed.write_bytes((CORPUS / UPLOADED).read_bytes() + b"\n% en annan version\n")
    page.locator(
        "#kfp-upload button[aria-label='Clear'], #kfp-upload button[aria-label='Rensa']"
    ).first.click()
    page.locator("#kfp-upload input[type=file]").set_input_files(str(renamed))
    page.wait_for_selector("#kfp-same-name", state="visible", timeout=60_000)
    assert "samma namn" in page.inner_text("#kfp-same-name")
    page.click("#kfp-skip-upload")
    _wait_text(page, "#kfp-ingest-report", lambda t: "Inte inläst" in t)
    assert table.inner_text() == listed

    page.locator(
        "#kfp-upload button[aria-label='Clear'], #kfp-upload button[aria-label='Rensa']"
    ).first.click()
    broken = tmp_path / "trasig-plan.pdf"
    broken.write_bytes(os.urandom(4096))
    page.locator("#kfp-upload input[type=file]").set_input_files(str(broken))
    report = _wait_text(page, "#kfp-ingest-report", lambda t: t.strip().startswith("Fel:"), timeout=60)
    assert "trasig-plan.pdf" in report and len(report.strip().splitlines()) == 1
    assert " is " not in report  # Swedish, not the loader's English
    page.wait_for_timeout(500)
    assert table.inner_text() == listed
    _screenshot(page, docs_out, "documents.png")


def test_no_external_requests(page: Any, external_requests: list[str]) -> None:
    for name in ("Jämför", "Aktiviteter", "Dokument", "Chatt"):
        _tab(page, name)
    page.wait_for_timeout(500)
    assert external_requests == []
