"""The Dokument tab's logic, without gradio: uploads (with a check for same-name plans), removal,
and ingest messages in Swedish.

An upload is copied into <index>/uploads/<doc id>/<file name> and ingested from there, so the
plan viewer can open the original later (Gradio's own upload folder is emptied on a timer).
A file whose name matches an indexed plan but whose content differs is held back until the user
says whether it replaces that plan or is a plan of its own.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kfp_assistant.app.render import md_text, plan_label
from kfp_assistant.assistant import Assistant
from kfp_assistant.ingest.loaders import document_id
from kfp_assistant.schema import DocumentInfo, FileStatus

DOCUMENT_HEADERS = ["Förvaltning", "Period", "Titel", "Fil", "Sidor", "Delar", "Dokument-id"]
FILE_TYPES = [".pdf", ".docx", ".txt", ".md"]
NO_LOGIN_WARNING = (
    "**Ingen inloggning är påslagen.** Alla som når den här adressen kan läsa planerna och lägga till "
    "eller ta bort planer. Sätt KFP_AUTH till en användarfil för att kräva inloggning."
)
# One ingest or removal at a time per process; the index lock covers other processes.
WRITE_LOCK = threading.Lock()
Progress = Callable[[int, int, str], None]

# Why a file was refused, by FileProblem.code, in Swedish: what is wrong and what to do.
PROBLEMS_SV = {
    "not_found": "filen hittades inte",
    "not_regular": "är ingen vanlig fil (en mapp, en länk eller en specialfil)",
    "link_outside": "är en länk till en fil utanför mappen; lägg till själva filen i stället",
    "empty": "filen är tom (0 byte); ladda ner eller exportera den igen",
    "too_large": "filen är större än {limit:g} MB, det största som läses in",
    "unzipped_too_large": "Word-filen packas upp till för mycket data; spara om den utan stora bilder",
    "page_too_long": "en sida har mer text än en plansida kan ha; kontrollera att det är rätt fil",
    "unsupported": "filtypen stöds inte, eller filen är inte vad namnet säger; spara den som PDF, Word "
    "(.docx), text eller Markdown",
    "damaged": "filen är skadad; exportera eller spara den igen från originalet",
    "encrypted": "PDF-filen är lösenordsskyddad; spara en kopia utan lösenord och lägg till den",
    "no_text": "filen innehåller ingen läsbar text (inskannad?); kör textigenkänning (OCR) och lägg till "
    "resultatet",
    "not_a_plan": "filen ser inte ut att vara en kompetensförsörjningsplan; kontrollera att det är rätt fil",
    "unreadable": "filen kan inte läsas; kontrollera filen och försök igen",
    "manifest": "manifest.csv bredvid filen går inte att läsa; rätta den eller ta bort den",
    "internal_error": "ett oväntat fel uppstod när filen lästes in; övriga filer påverkas inte",
}
_WARNINGS_SV: list[tuple[str, str]] = [
    (r"page (\d+) has no text layer.*", r"sidan \1 saknar text (inskannad?)"),
    (r".*no activity table found.*", "ingen aktivitetstabell hittades"),
    (
        r".*page (\d+): table row with .*",
        r"sidan \1: en tabellrad har fel antal celler; läst så långt det gick",
    ),
    (r".*page (\d+): activity table without a header row.*", r"sidan \1: aktivitetstabell utan rubrikrad"),
    (r".*(\d+) extracted records dropped.*", r"\1 uppgifter togs bort eftersom citatet inte fanns på sidan"),
    (r".*tables could not be read.*", "tabellerna kunde inte läsas; texten är inläst som stycken"),
]


def swedish_problem(status: FileStatus, limit_mb: float) -> str:
    """A failed file's reason in Swedish (what went wrong and what to do), file name left out."""
    problem = status.error
    if problem is None:
        return "filen kunde inte läsas in"
    where = f"sidan {problem.page}: " if problem.page else ""
    text = PROBLEMS_SV.get(problem.code, PROBLEMS_SV["unreadable"])
    return where + text.format(limit=limit_mb)


def swedish_warning(warning: str) -> str:
    """An ingest warning in Swedish; one not known here is shown as 'anmärkning: <text>'."""
    for pattern, swedish in _WARNINGS_SV:
        found = re.fullmatch(pattern, warning, re.IGNORECASE | re.DOTALL)
        if found:
            return found.expand(swedish)
    return f"anmärkning: {warning}"


def document_rows(documents: list[DocumentInfo]) -> list[list[Any]]:
    """Rows of the plans table, in DOCUMENT_HEADERS order."""
    return [
        [d.administration or "", d.period or "", d.title or "", d.file, d.pages, d.chunks, d.doc_id]
        for d in documents
    ]


def document_choices(documents: list[DocumentInfo]) -> list[tuple[str, str]]:
    """(label, doc id) of every plan, for the removal dropdown."""
    return [(f"{plan_label(d.administration, d.period)} ({d.file})", d.doc_id) for d in documents]


def uploads_dir(assistant: Assistant) -> Path:
    """Where uploaded plans are kept (inside the index folder)."""
    return assistant.settings.index_dir / "uploads"


@dataclass
class Upload:
    """An uploaded file kept under the index, and the indexed plan with its name, if any."""

    path: Path
    doc_id: str
    same_name: DocumentInfo | None = None


def keep_upload(assistant: Assistant, source: Path) -> Upload:
    """Copy an upload into the uploads folder; note an indexed plan of the same name and other content."""
    doc_id = document_id(source.read_bytes())
    target = uploads_dir(assistant) / doc_id / source.name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    documents = assistant.documents()
    clash = None
    if all(d.doc_id != doc_id for d in documents):
        clash = next((d for d in documents if d.file == source.name), None)
    return Upload(target, doc_id, clash)


def _status_line(status: FileStatus, limit_mb: float) -> list[str]:
    name = Path(status.file).name
    if status.status == "ok":
        line = (
            f"**Inläst:** {md_text(name)} – {md_text(plan_label(status.administration, status.period))}, "
            f"{status.pages} sidor, {status.chunks} delar."
        )
    elif status.status == "unchanged":
        line = f"**Oförändrad:** {md_text(name)} – finns redan i indexet."
    elif status.status == "removed":
        line = f"**Borttagen:** {md_text(name)}"
    else:
        line = f"**Fel:** {md_text(name)} – {md_text(swedish_problem(status, limit_mb))}."
    lines = [line] + [f"  - Varning: {md_text(swedish_warning(w))}" for w in status.warnings[:3]]
    if status.status == "ok" and status.same_name:
        lines.append("  - Obs: en annan plan i indexet har samma filnamn; båda finns nu kvar.")
    return lines


def discard_upload(assistant: Assistant, path: Path) -> None:
    """Delete a kept upload unless the index reads the plan from it."""
    if path.parent.parent != uploads_dir(assistant):
        return
    registered = assistant.index.document(path.parent.name)
    if registered is None or Path(registered.path) != path:
        shutil.rmtree(path.parent, ignore_errors=True)


def _drop_unused(assistant: Assistant, statuses: list[FileStatus]) -> None:
    """Kept uploads that did not become plans (failed, or already indexed from elsewhere) go."""
    for status in statuses:
        discard_upload(assistant, Path(status.file))


def too_large(assistant: Assistant, path: Path) -> str | None:
    """The refusal line for a file over the upload limit, else None."""
    limit = assistant.settings.max_file_mb
    size = path.stat().st_size
    if size <= limit * 1024 * 1024:
        return None
    size_mb = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    limit_mb = f"{limit:g}".replace(".", ",")
    name = md_text(path.name)
    return f"**Fel:** {name} – filen är {size_mb} MB; största tillåtna storlek är {limit_mb} MB."


def ingest_files(assistant: Assistant, files: list[Path], progress: Progress | None = None) -> str:
    """Ingest kept uploads as new plans; one Markdown line per file. A failed file changes nothing else."""
    if not files:
        return ""
    with WRITE_LOCK:
        report = assistant.ingest(files, progress=progress, replace_same_name=False)
    _drop_unused(assistant, report.files)
    limit = assistant.settings.max_file_mb
    return "\n".join(line for status in report.files for line in _status_line(status, limit))


def replace_plan(assistant: Assistant, old_doc_id: str, upload: Path) -> str:
    """Replace an indexed plan with a kept upload; the old one stays until the new one is committed."""
    with WRITE_LOCK:
        status = assistant.replace(old_doc_id, upload)
    _drop_unused(assistant, [status])
    return "\n".join(_status_line(status, assistant.settings.max_file_mb))


def remove_document(assistant: Assistant, doc_id: str | None) -> str:
    """Remove a plan (and its kept upload); a Markdown line saying what happened."""
    if not doc_id:
        return "Välj en plan att ta bort."
    with WRITE_LOCK:
        statuses = assistant.remove(doc_id)
    removed = [s for s in statuses if s.status == "removed"]
    if not removed:
        return f"**Fel:** hittade ingen plan med id {md_text(doc_id)}."
    for status in removed:
        shutil.rmtree(uploads_dir(assistant) / str(status.doc_id), ignore_errors=True)
    return "\n".join(f"**Borttagen:** {md_text(Path(s.file).name)} togs bort ur indexet." for s in removed)
