"""Files -> parsed pages -> metadata -> chunks -> index, one status per file.

Each file either lands whole or not at all (see index.py for the commit
point); a bad file gets one status line and the batch goes on.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kfp_assistant.errors import DocumentError, KfpError
from kfp_assistant.ingest.chunking import chunk_document
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.ingest.metadata import apply_manifest, extract_metadata, load_manifest
from kfp_assistant.schema import FileStatus, IngestReport, ParsedDocument, PlanMeta
from kfp_assistant.settings import Settings
from kfp_assistant.store.index import ChunkIndex, RegisteredDocument, index_lock

SUPPORTED_SUFFIXES = {".pdf", ".txt", ".md", ".docx"}
MANIFEST_NAME = "manifest.csv"

Progress = Callable[[int, int, str], None]
DocumentHook = Callable[[ParsedDocument, PlanMeta], list[str]]


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus supported files found in folders (recursively, hidden ones skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if (
                    child.is_file()
                    and child.suffix.lower() in SUPPORTED_SUFFIXES
                    and not any(part.startswith(".") for part in rel.parts)
                ):
                    found.append(child)
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for f in found:
        unique.setdefault(f, None)
    return list(unique)


def file_doc_id(path: Path) -> str:
    """Document identity: the first 16 hex digits of the SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


class Ingestor:
    """Runs one ingest over a ChunkIndex; `on_document` lets the plan store extract records."""

    def __init__(
        self, settings: Settings, index: ChunkIndex, on_document: DocumentHook | None = None
    ) -> None:
        self.settings = settings
        self.index = index
        self.on_document = on_document
        self.on_remove: Callable[[str], None] | None = None
        self._manifests: dict[Path, dict[str, dict[str, str]]] = {}

    def run(
        self, paths: list[Path], prune: bool = False, rebuild: bool = False, progress: Progress | None = None
    ) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        files = collect_files(paths)
        with index_lock(self.settings.index_dir, self.settings.lock_timeout):
            dirty_marker = self.settings.index_dir / ".ingest-in-progress"
            if rebuild:
                self.index.wipe()
            else:
                self.index.reload()
            was_dirty = dirty_marker.exists()
            dirty_marker.touch()
            changed = was_dirty
            for number, path in enumerate(files, start=1):
                if progress:
                    progress(number, len(files), str(path))
                status = self._ingest_one(path)
                changed = changed or status.status in {"ok", "removed"}
                report.files.append(status)
            if prune:
                report.files.extend(self._prune(paths, files))
                changed = changed or any(s.status == "removed" for s in report.files)
            if was_dirty:
                self.index.sweep()
            if changed:
                self.index.rebuild_lexical()
            dirty_marker.unlink(missing_ok=True)
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _ingest_one(self, path: Path) -> FileStatus:
        started = time.perf_counter()
        try:
            status = self._ingest_checked(path)
        except DocumentError as exc:
            status = FileStatus(file=str(path), status="failed", message=str(exc))
        except KfpError as exc:
            status = FileStatus(file=str(path), status="failed", message=f"{path}: {exc}")
        status.seconds = round(time.perf_counter() - started, 3)
        return status

    def _ingest_checked(self, path: Path) -> FileStatus:
        name = path.name
        if not path.exists():
            raise DocumentError(name, "file not found", "Check the path.")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and not path.is_dir():
            raise DocumentError(
                name, f"unsupported file type '{path.suffix or 'none'}'", "Give a PDF, DOCX, TXT or MD file."
            )
        try:
            doc_id = file_doc_id(path)
        except OSError as exc:
            raise DocumentError(
                name, f"cannot be read ({exc.strerror})", "Check the file's permissions."
            ) from exc
        override = self._manifest_for(path).get(name)
        existing = self.index.document(doc_id)
        if existing is not None and not _manifest_differs(existing, override):
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
        parsed = load_document(path)
        meta = extract_metadata(parsed)
        if override:
            meta = apply_manifest(meta, name, {name: override})
        warnings = list(parsed.warnings)
        chunks = chunk_document(
            [b for page in parsed.pages for b in page.blocks],
            meta,
            doc_id,
            name,
            self.settings.chunk_max_chars,
            self.settings.table_max_chars,
        )
        if self.on_document is not None:
            warnings.extend(self.on_document(parsed, meta))
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
        self.index.add_document(info, chunks)
        # The new version is committed; only now drop older versions of the same file.
        for old in self.index.documents():
            if old.file == name and old.doc_id != doc_id:
                self._remove(old.doc_id)
        return FileStatus(
            file=str(path),
            status="ok",
            doc_id=doc_id,
            administration=meta.administration,
            period=meta.period,
            pages=len(parsed.pages),
            chunks=len(chunks),
            warnings=warnings,
        )

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
            self.index.reload()
            matches = [d for d in self.index.documents() if target in (d.doc_id, d.path) or d.file == name]
            for doc in matches:
                self._remove(doc.doc_id)
            if matches:
                self.index.rebuild_lexical()
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


def _manifest_differs(doc: RegisteredDocument, override: dict[str, str] | None) -> bool:
    if not override:
        return doc.meta_source == "manifest"
    return (override.get("administration") or doc.administration) != doc.administration or (
        override.get("period") or doc.period
    ) != doc.period
