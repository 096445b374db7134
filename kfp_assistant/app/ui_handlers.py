"""Plain functions behind the web app: chat, sources, activities, documents, login.

Nothing here imports gradio, so every handler can be unit-tested with an Assistant
over a small index. ui.py only wires these functions to components.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import re
import secrets
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kfp_assistant.ask.answer import Turn
from kfp_assistant.assistant import Assistant
from kfp_assistant.export import to_csv, to_json, to_xlsx
from kfp_assistant.schema import Activity, Citation, DocumentInfo

ALL = "Alla"
SEARCHING = "*Söker i planerna …*"
GENERAL_EXAMPLES = [
    "Vilka aktiviteter finns för att behålla medarbetare?",
    "Hur arbetar förvaltningarna med avslutssamtal?",
]


def example_questions(documents: list[DocumentInfo]) -> list[str]:
    """First-visit examples that name administrations actually in the index."""
    names = list(dict.fromkeys(d.administration for d in documents if d.administration))
    named = []
    if names:
        named.append(f"Hur hög är personalomsättningen inom {names[0]}?")
    if len(names) > 1:
        named.append(f"Vilka kompetensgap beskriver {names[1]}?")
    return named + GENERAL_EXAMPLES


ACTIVITY_HEADERS = ["Förvaltning", "Period", "Område", "Mål", "Aktivitet", "Måldatum", "Ansvarig", "Sida"]
DOCUMENT_HEADERS = ["Förvaltning", "Period", "Titel", "Fil", "Sidor", "Delar", "Dokument-id"]
# One ingest or removal at a time per process; the index lock covers other processes.
_WRITE_LOCK = threading.Lock()


def plan_label(administration: str | None, period: str | None) -> str:
    name = administration or "Okänd förvaltning"
    return f"{name} {period}" if period else name


# -- filters ----------------------------------------------------------------------------------


def filter_choices(documents: list[DocumentInfo]) -> tuple[list[str], list[str]]:
    """Administrations and periods present in the index, for the chat and comparison filters."""
    admins = sorted({d.administration for d in documents if d.administration})
    periods = sorted({d.period for d in documents if d.period}, reverse=True)
    return admins, periods


# -- chat -------------------------------------------------------------------------------------


@dataclass
class ChatSession:
    """One browser session's conversation; lives in a gr.State, so sessions never share it."""

    turns: list[Turn] = field(default_factory=list)
    messages: list[dict[str, str]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)


def citation_label(citation: Citation) -> str:
    where = f"s. {citation.page}"
    section = f" · {citation.section}" if citation.section else ""
    return f"[{citation.n}] {plan_label(citation.administration, citation.period)} · {where}{section}"


def citation_choices(citations: list[Citation]) -> list[tuple[str, int]]:
    return [(citation_label(c), c.n) for c in citations]


def _answer_markdown(text: str, citations: list[Citation], notices: list[str]) -> str:
    parts = [text.strip() or SEARCHING]
    parts += [f"> *{n}*" for n in notices]
    if citations:
        sources = "\n".join(
            f"{c.n}. {plan_label(c.administration, c.period)}, sida {c.page}"
            + (f" – {c.section}" if c.section else "")
            for c in citations
        )
        parts.append(f"**Källor** (öppna en källa under chatten)\n\n{sources}")
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
    base = [*session.messages, {"role": "user", "content": question}]
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
            message = {"role": "assistant", "content": _answer_markdown(text, citations, notices)}
            current = ChatSession(current.turns, [*base, message], citations)
            yield current
    except Exception as exc:  # shown in the chat rather than as a broken page
        message = {"role": "assistant", "content": f"Något gick fel när frågan besvarades: {exc}"}
        yield ChatSession(list(session.turns), [*base, message], [])


def status_line(seconds: float, sources: int) -> str:
    """Shown under the chat when an answer is complete."""
    count = "1 källa" if sources == 1 else f"{sources} källor"
    return f"Svar klart på {seconds:.2f} s · {count}".replace(".", ",", 1)


def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def _marked(text: str, quote: str, width: int = 700) -> str | None:
    """HTML of `text` around the quote with the quote in <mark>; None when the quote is not there."""
    pattern = _quote_pattern(quote)
    match = pattern.search(text) if pattern else None
    if match is None:
        return None
    start, end = max(0, match.start() - width), min(len(text), match.end() + width)
    before = ("… " if start else "") + html.escape(text[start : match.start()])
    after = html.escape(text[match.end() : end]) + (" …" if end < len(text) else "")
    return f"{before}<mark>{html.escape(match.group(0))}</mark>{after}"


def source_html(assistant: Assistant, citation: Citation | None) -> str:
    """The source panel: plan, page, section and the quoted passage highlighted in its context."""
    if citation is None:
        return '<div class="kfp-source-empty">Välj en källa för att se det citerade stycket.</div>'
    context = None
    for chunk in assistant.index.chunks_of(citation.doc_id):
        if chunk.page_start <= citation.page <= chunk.page_end:
            context = _marked(chunk.text, citation.quote)
            if context:
                break
    if context is None:
        context = f"<mark>{html.escape(citation.quote)}</mark>"
    section = html.escape(citation.section) if citation.section else "–"
    return (
        '<div class="kfp-source">'
        f"<h3>[{citation.n}] {html.escape(plan_label(citation.administration, citation.period))}</h3>"
        f'<p class="kfp-source-meta"><b>Sida</b> {citation.page} · <b>Avsnitt</b> {section}'
        f" · <b>Fil</b> {html.escape(citation.file)}</p>"
        f'<div class="kfp-source-text">{context}</div></div>'
    )


def citation_by_number(citations: list[Citation], n: int | None) -> Citation | None:
    return next((c for c in citations if c.n == n), None)


# -- activities -------------------------------------------------------------------------------


def all_activities(assistant: Assistant) -> list[Activity]:
    return [a for plan in assistant.plan_records() for a in plan.activities]


def activity_choices(activities: list[Activity]) -> dict[str, list[str]]:
    """Values for the filter dropdowns, each list starting with 'Alla'."""
    return {
        "administration": [ALL, *sorted({a.administration for a in activities if a.administration})],
        "period": [ALL, *sorted({a.period for a in activities if a.period}, reverse=True)],
        "area": [ALL, *sorted({area for a in activities for area in a.areas})],
        "responsible": [ALL, *sorted({r for a in activities for r in a.responsible_list})],
    }


def filter_activities(
    activities: list[Activity],
    administration: str | None = None,
    period: str | None = None,
    area: str | None = None,
    responsible: str | None = None,
    text: str | None = "",
) -> list[Activity]:
    """Activities matching every filter set; None, '' and 'Alla' mean no filter."""

    def wanted(value: str | None) -> str | None:
        return None if value in (None, "", ALL) else value

    administration, period, area, responsible = map(wanted, (administration, period, area, responsible))
    needle = (text or "").strip().casefold()
    out = []
    for a in activities:
        if administration and a.administration != administration:
            continue
        if period and a.period != period:
            continue
        if area and area not in a.areas:
            continue
        if responsible and responsible not in a.responsible_list:
            continue
        if needle:
            haystack = " ".join(
                v or "" for v in (a.activity, a.goal, a.area, a.responsible, a.followup, a.target_date)
            )
            if needle not in haystack.casefold():
                continue
        out.append(a)
    return out


def activity_rows(activities: list[Activity]) -> list[list[Any]]:
    return [
        [
            a.administration or "",
            a.period or "",
            a.area or "",
            a.goal or "",
            a.activity,
            a.target_date or "",
            a.responsible or "",
            a.page,
        ]
        for a in activities
    ]


def write_exports(activities: list[Activity], folder: Path | None = None) -> dict[str, Path]:
    """The shown activities as aktiviteter.xlsx/.csv/.json in a fresh folder (one per request)."""
    target = Path(tempfile.mkdtemp(prefix="kfp-export-", dir=folder))
    records: list[Any] = list(activities)
    files = {
        "xlsx": (target / "aktiviteter.xlsx", to_xlsx({"activities": records})),
        "csv": (target / "aktiviteter.csv", to_csv("activities", records)),
        "json": (target / "aktiviteter.json", to_json({"activities": records}).encode("utf-8")),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {fmt: path for fmt, (path, _) in files.items()}


# -- documents --------------------------------------------------------------------------------


def document_rows(documents: list[DocumentInfo]) -> list[list[Any]]:
    return [
        [d.administration or "", d.period or "", d.title or "", d.file, d.pages, d.chunks, d.doc_id]
        for d in documents
    ]


def document_choices(documents: list[DocumentInfo]) -> list[tuple[str, str]]:
    return [(f"{plan_label(d.administration, d.period)} ({d.file})", d.doc_id) for d in documents]


def ingest_uploads(
    assistant: Assistant, paths: list[str], progress: Callable[[int, int, str], None] | None = None
) -> str:
    """Ingest uploaded files; one Markdown line per file. A failed file changes nothing else."""
    if not paths:
        return "Välj en eller flera filer (PDF, Word, text eller Markdown)."
    files = [Path(p) for p in paths]
    with _WRITE_LOCK:
        report = assistant.ingest(files, progress=progress)
    lines = []
    for status in report.files:
        name = Path(status.file).name
        if status.status == "ok":
            lines.append(
                f"**Inläst:** {name} – {plan_label(status.administration, status.period)}, "
                f"{status.pages} sidor, {status.chunks} delar."
            )
        elif status.status == "unchanged":
            lines.append(f"**Oförändrad:** {name} – finns redan i indexet.")
        elif status.status == "removed":
            lines.append(f"**Borttagen:** {name}")
        else:
            message = (status.message or "okänt fel").replace(status.file, name)
            for path in files:
                message = message.replace(str(path), name)
            lines.append(f"**Fel:** {name} – kunde inte läsas: {message}")
        lines += [f"  - Varning: {w}" for w in status.warnings[:3]]
    return "\n".join(lines)


def remove_document(assistant: Assistant, doc_id: str | None) -> str:
    if not doc_id:
        return "Välj en plan att ta bort."
    with _WRITE_LOCK:
        statuses = assistant.remove(doc_id)
    removed = [s for s in statuses if s.status == "removed"]
    if not removed:
        return f"**Fel:** hittade ingen plan med id {doc_id}."
    return "\n".join(f"**Borttagen:** {Path(s.file).name} togs bort ur indexet." for s in removed)


# -- login ------------------------------------------------------------------------------------


def hash_password(password: str, salt: str | None = None) -> str:
    """'sha256$<salt>$<hex of sha256(salt + password)>', the format of a users-file line after 'user:'."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return f"sha256${salt}${digest}"


def read_users(users_file: Path) -> dict[str, str]:
    users = {}
    for line in users_file.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and ":" in line:
            user, hashed = line.split(":", 1)
            users[user.strip()] = hashed.strip()
    return users


def check_login(users_file: Path) -> Callable[[str, str], bool]:
    """A gradio auth callable checking 'user:sha256$salt$hash' lines; re-reads the file on each login."""

    def check(username: str, password: str) -> bool:
        hashed = read_users(users_file).get(username)
        if not hashed or hashed.count("$") != 2:
            return False
        scheme, salt, _ = hashed.split("$")
        return scheme == "sha256" and hmac.compare_digest(hash_password(password, salt), hashed)

    return check
