"""Files -> parsed pages -> metadata -> chunks -> index, one status per file.

Each file either lands whole or not at all (see index.py for the commit
point); a bad file gets one status line and the batch goes on: any exception
from reading, metadata, chunking, extraction or storing one file becomes that
file's "failed" status naming the file and the step, never the batch's end.
Folders are walked without following links out of them (Settings.follow_symlinks).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kfp_assistant.errors import DocumentError, KfpError
from kfp_assistant.ingest.chunking import chunk_document
from kfp_assistant.ingest.files import read_file
from kfp_assistant.ingest.loaders import document_id, load_document
from kfp_assistant.ingest.metadata import apply_manifest, extract_metadata, has_plan_content, load_manifest
from kfp_assistant.schema import Chunk, FileProblem, FileStatus, IngestReport, ParsedDocument, PlanMeta
from kfp_assistant.settings import Settings
from kfp_assistant.store.index import ChunkIndex
from kfp_assistant.store.registry import RegisteredDocument, crash_point, index_lock
from kfp_assistant.store.upkeep import finish, pack, storage_problems

SUPPORTED_SUFFIXES = {".pdf", ".txt", ".md", ".docx"}
MANIFEST_NAME = "manifest.csv"

Progress = Callable[[int, int, str], None]
DocumentHook = Callable[[ParsedDocument, PlanMeta], list[str]]
log = logging.getLogger(__name__)


def _walk(folder: Path, follow_symlinks: bool) -> Iterator[Path]:
    """Entries under folder, sorted; linked folders are entered only when following links (once each)."""
    seen: set[str] = set()
    for root, dirs, names in os.walk(folder, followlinks=follow_symlinks):
        real = os.path.realpath(root)
        if real in seen:  # a link loop, or two links to one folder
            dirs.clear()
            continue
        seen.add(real)
        dirs.sort()
        links = [] if follow_symlinks else [d for d in dirs if os.path.islink(os.path.join(root, d))]
        for name in sorted(names + links):  # linked folders not entered are named, to refuse those outside
            yield Path(root) / name


def collect_files(
    paths: Iterable[Path], follow_symlinks: bool = False
) -> tuple[list[Path], list[FileStatus]]:
    """Files named directly, plus supported files found in folders (recursively, hidden ones skipped),
    and a refusal for each entry of a folder that is not a file in it: a link to outside the folder
    (unless follow_symlinks), a broken link, a pipe or device."""
    found: list[Path] = []
    refused: list[FileStatus] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        root = path.resolve()
        for child in _walk(path, follow_symlinks):
            rel = child.relative_to(path)
            if child.is_dir():  # a linked folder not entered
                if not child.resolve().is_relative_to(root):
                    refused.append(failed_status(child, link_outside(child.name)))
                continue
            if child.suffix.lower() not in SUPPORTED_SUFFIXES or any(p.startswith(".") for p in rel.parts):
                continue
            problem = _entry_problem(child, root, follow_symlinks)
            if problem is not None:
                refused.append(failed_status(child, problem))
            else:
                found.append(child)
    unique: dict[Path, None] = {}
    for f in found:
        unique.setdefault(f, None)
    return list(unique), refused


def _entry_problem(child: Path, root: Path, follow_symlinks: bool) -> DocumentError | None:
    """Why a folder entry is not ingested, or None when it is a regular file to read."""
    if child.is_symlink() and not child.exists():
        return DocumentError(
            child.name, "is a link to a file that does not exist", "remove the link", code="not_found"
        )
    if child.is_symlink() and not follow_symlinks and not child.resolve().is_relative_to(root):
        return link_outside(child.name)
    if not child.is_file():
        return DocumentError(
            child.name,
            "is not a regular file (a pipe, socket or device)",
            "save the plan as a file and ingest that",
            code="not_regular",
        )
    return None


def link_outside(name: str) -> DocumentError:
    """The refusal of a link that leads out of an ingested folder."""
    return DocumentError(
        name,
        "is a link to outside the folder, which is not followed",
        "copy the file into the folder, or follow links with --follow-symlinks (KFP_FOLLOW_SYMLINKS=true)",
        code="link_outside",
    )


def failed_status(path: Path, exc: DocumentError) -> FileStatus:
    """A failed FileStatus carrying the error's one line and its parts."""
    return FileStatus(
        file=str(path),
        status="failed",
        message=str(exc),
        error=FileProblem(code=exc.code, problem=exc.problem, fix=exc.fix, page=exc.page),
    )


class Ingestor:
    """Runs one ingest over a ChunkIndex; `on_document` lets the plan store extract records."""

    def __init__(
        self, settings: Settings, index: ChunkIndex, on_document: DocumentHook | None = None
    ) -> None:
        self.settings = settings
        self.index = index
        self.on_document = on_document
        self.on_remove: Callable[[str], None] | None = None
        self._step = "read"  # the step the current file is in, named if it fails
        self._manifests: dict[Path, dict[str, dict[str, str]]] = {}
        self._force: set[str] = set()  # registered plans whose storage is incomplete: ingest again
        self._replaces: dict[Path, list[str]] = {}

    def run(
        self,
        paths: list[Path],
        prune: bool = False,
        rebuild: bool = False,
        progress: Progress | None = None,
        replace_same_name: bool = True,
        replaces: dict[Path, list[str]] | None = None,
    ) -> IngestReport:
        """One status per file, each committed whole or not at all. replace_same_name: a new version
        of a registered file name replaces it on commit (CLI); False keeps both and says so (uploads).
        replaces: doc ids each path's plan replaces (Assistant.replace)."""
        started = time.perf_counter()
        report = IngestReport()
        files, refused = collect_files(paths, self.settings.follow_symlinks)
        report.files.extend(refused)
        self._replaces = dict(replaces or {})
        cache = self.index.passages
        embedded, reused = cache.embedded, cache.reused
        with index_lock(self.settings.index_dir, self.settings.lock_timeout):
            crash_point(self.settings, "ingest.locked")
            if rebuild:
                # Rebuild what is indexed too, so that a rebuild never silently drops a plan.
                old = self.index.start_rebuild()
                files += [p for p in (Path(d.path) for d in old) if p.is_file() and p not in files]
            else:
                self.index.reload()
                report.files.extend(self._repair(files))
            for number, path in enumerate(files, start=1):
                if progress:
                    progress(number, len(files), str(path))
                report.files.append(self._ingest_one(path, replace_same_name))
            if prune:
                report.files.extend(self._prune(paths, files))
            if rebuild:
                self.index.finish_rebuild()
            finish(self.index)
        report.seconds = round(time.perf_counter() - started, 3)
        report.embedded, report.embeddings_reused = cache.embedded - embedded, cache.reused - reused
        return report

    def _repair(self, files: list[Path]) -> list[FileStatus]:
        """Registered plans whose vectors, chunks or records are not all stored: ingest them again
        from their file, or, when the file is gone or changed, unregister them with a clear line."""
        statuses: list[FileStatus] = []
        for doc_id, missing in sorted(storage_problems(self.index).items()):
            doc = self.index.document(doc_id)
            if doc is None:
                continue
            if missing == "words":  # derived from the stored chunks: no need for the file
                self.index.write_words(doc_id)
                continue
            path = Path(doc.path)
            if _content_id(path, self.settings) == doc_id:
                self._force.add(doc_id)
                if path not in files:
                    files.append(path)
                continue
            self._remove(doc_id)
            statuses.append(
                FileStatus(
                    file=doc.path,
                    status="removed",
                    doc_id=doc_id,
                    message=f"{doc.file}: its stored {missing} were incomplete and the file is gone or "
                    "changed, so it was taken out of the index. Ingest the file again.",
                )
            )
        return statuses

    def _ingest_one(self, path: Path, replace_same_name: bool) -> FileStatus:
        started = time.perf_counter()
        self._step = "read"
        try:
            status = self._ingest_checked(path, replace_same_name)
        except DocumentError as exc:
            status = failed_status(path, exc)
        except KfpError as exc:  # a bad manifest.csv beside the file: its message names row and fix
            status = FileStatus(
                file=str(path),
                status="failed",
                message=f"{path.name}: {exc}",
                error=FileProblem(code="manifest", problem=str(exc), fix=""),
            )
        except Exception as exc:  # a bug met on one file must not end the batch: report it as the file's line
            log.debug("ingest of %s failed while %s", path, STEPS[self._step], exc_info=True)
            status = failed_status(path, internal_error(path.name, self._step, exc))
        status.seconds = round(time.perf_counter() - started, 3)
        return status

    def _ingest_checked(self, path: Path, replace_same_name: bool) -> FileStatus:
        name = path.name
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and path.exists() and not path.is_dir():
            raise DocumentError(
                name,
                f"unsupported file type '{path.suffix or 'none'}'",
                "give a PDF, DOCX, TXT or MD file",
                code="unsupported",
            )
        data = read_file(path, self.settings.limits())  # refuses pipes, folders and oversize files at once
        doc_id = document_id(data)
        override = self._manifest_for(path).get(name)
        existing = self.index.document(doc_id)
        replaces = [d for d in self._replaces.get(path, []) if d != doc_id and self.index.document(d)]
        fresh = doc_id in self._force or bool(replaces)
        if existing is not None and not fresh and not _manifest_differs(existing, override):
            return FileStatus(
                file=str(path),
                status="unchanged",
                doc_id=doc_id,
                administration=existing.administration,
                period=existing.period,
                pages=existing.pages,
                chunks=existing.chunks,
                message=None if existing.file == name else f"same content as {existing.file}",
            )
        same_name = [d.doc_id for d in self.index.documents() if d.file == name and d.doc_id != doc_id]
        if replace_same_name:
            replaces = sorted({*replaces, *same_name})
        kept = [d for d in same_name if d not in replaces]
        info, chunks, warnings = self._prepare(path, data, doc_id, override)
        self._step = "store"
        # One commit registers the new version and drops the versions it replaces.
        self.index.add_document(info, chunks, replaces=replaces)
        self._force.discard(doc_id)
        for old in replaces:
            if self.on_remove is not None:
                self.on_remove(old)
        return FileStatus(
            file=str(path),
            status="ok",
            doc_id=doc_id,
            administration=info.administration,
            period=info.period,
            pages=info.pages,
            chunks=len(chunks),
            warnings=warnings,
            message=f"another plan in the index has the name {name}; both are kept" if kept else None,
            same_name=kept,
            replaced=replaces,
        )

    def _prepare(
        self, path: Path, data: bytes, doc_id: str, override: dict[str, str] | None
    ) -> tuple[RegisteredDocument, list[Chunk], list[str]]:
        """Parse, check and chunk a file and store its records: everything but the commit."""
        name = path.name
        parsed = load_document(path, self.settings.limits(), data=data)
        self._step = "metadata"
        meta = extract_metadata(parsed)
        if override:
            meta = apply_manifest(meta, name, {name: override})
        if not has_plan_content(parsed, meta):
            raise not_a_plan(name)
        warnings = list(parsed.warnings)
        self._step = "chunk"
        chunks = chunk_document(
            [b for page in parsed.pages for b in page.blocks],
            meta,
            doc_id,
            name,
            self.settings.chunk_max_chars,
            self.settings.table_max_chars,
        )
        self._step = "extract"
        if self.on_document is not None:
            warnings.extend(self.on_document(parsed, meta))
            crash_point(self.settings, "records.written")
        info = RegisteredDocument(
            file=name,
            doc_id=doc_id,
            administration=meta.administration,
            period=meta.period,
            title=meta.title,
            pages=len(parsed.pages),
            chunks=len(chunks),
            path=str(path),
            meta_source=meta.source,
            ingested_at=time.time(),
        )
        return info, chunks, warnings

    def _manifest_for(self, path: Path) -> dict[str, dict[str, str]]:
        folder = path.parent
        if folder not in self._manifests:
            manifest = folder / MANIFEST_NAME
            self._manifests[folder] = load_manifest(manifest) if manifest.exists() else {}
        return self._manifests[folder]

    def _remove(self, doc_id: str) -> None:
        self.index.remove_document(doc_id)
        if self.on_remove is not None:
            self.on_remove(doc_id)

    def remove(self, target: str) -> list[FileStatus]:
        """Remove plans by file name, path or doc id."""
        name = Path(target).name
        with index_lock(self.settings.index_dir, self.settings.lock_timeout):
            crash_point(self.settings, "remove.locked")
            self.index.reload()
            matches = [d for d in self.index.documents() if target in (d.doc_id, d.path) or d.file == name]
            for doc in matches:
                self._remove(doc.doc_id)
            pack(self.index)  # the removed plans' groups, stored without them
        return [FileStatus(file=d.file, status="removed", doc_id=d.doc_id) for d in matches]

    def _prune(self, roots: list[Path], present: list[Path]) -> list[FileStatus]:
        """Drop registered plans that lived under the given folders but are gone now."""
        present_names = {p.name for p in present}
        folders = [r.resolve() for r in roots if r.is_dir()]
        removed: list[FileStatus] = []
        for doc in self.index.documents():
            origin = Path(doc.path).resolve()
            if doc.file not in present_names and any(origin.is_relative_to(f) for f in folders):
                self._remove(doc.doc_id)
                removed.append(FileStatus(file=doc.path, status="removed", doc_id=doc.doc_id))
        return removed


def _content_id(path: Path, settings: Settings) -> str | None:
    with contextlib.suppress(KfpError, OSError):
        return document_id(read_file(path, settings.limits()))
    return None


def _manifest_differs(doc: RegisteredDocument, override: dict[str, str] | None) -> bool:
    if not override:
        return doc.meta_source == "manifest"
    return (override.get("administration") or doc.administration) != doc.administration or (
        override.get("period") or doc.period
    ) != doc.period


STEPS = {
    "read": "reading it",
    "metadata": "reading its administration and period",
    "chunk": "cutting it into passages",
    "extract": "extracting its activities, key figures and gaps",
    "store": "storing it in the index",
}


def internal_error(name: str, step: str, exc: Exception) -> DocumentError:
    """The one line for an unexpected exception while a file was in `step`."""
    detail = " ".join(str(exc).split())[:120]
    return DocumentError(
        name,
        f"failed while {STEPS[step]} ({type(exc).__name__}{': ' + detail if detail else ''})",
        "the other files went on; please report this file to the maintainers",
        code="internal_error",
    )


def not_a_plan(name: str) -> DocumentError:
    """The refusal of a file that names no administration or period and uses no plan vocabulary."""
    return DocumentError(
        name,
        "no plan content found: it names no administration and no period, and does not use "
        "the words of a competence supply plan (kompetensförsörjning, rekrytering, medarbetare ...)",
        "check that it is the right file; if it is a plan, name its administration and period "
        "in a manifest.csv beside it",
        code="not_a_plan",
    )
