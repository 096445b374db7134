"""The registry: which plans are committed, in which build, at which generation.

index.json is the one commit point of the index. Every write replaces it atomically
(temporary file + os.replace) and raises its generation, so a reader that finds a new
generation (or a new file, cheaply seen from os.stat) knows to re-read it. A build is one
complete set of stored data (Chroma collection, chunk files, word index, records) under
builds/<build>/; a rebuild writes a new build aside and switches index.json to it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, Field

from kfp_assistant.errors import IndexLockedError
from kfp_assistant.schema import DocumentInfo
from kfp_assistant.settings import Settings

REGISTRY_FORMAT = 2
_HIT_COUNTS: dict[str, int] = {}


def chunk_ids(doc_id: str, chunks: int) -> list[str]:
    """The ids of a plan's chunks."""
    return [f"{doc_id}:{i}" for i in range(chunks)]


def doc_of(chunk_id: str) -> str:
    """The document id in a chunk id ("<doc_id>:<position>")."""
    return chunk_id.split(":", 1)[0]


class RegisteredDocument(DocumentInfo):
    """A document in the registry: DocumentInfo plus where it came from."""

    path: str = Field(description="Path the file was ingested from.")
    meta_source: str = Field(default="content", description="content or manifest.")
    ingested_at: float = Field(default=0.0, description="Unix time of ingest.")
    code: int = Field(default=-1, description="Compact integer id of the plan in its build (-1: none).")


class Fingerprint(BaseModel):
    """How an index was built; querying it with anything else would give meaningless scores."""

    embeddings: str
    chunking: str

    def describe(self) -> str:
        """The fingerprint as one readable line."""
        return f"embeddings={self.embeddings}, chunking={self.chunking}"


class Registry(BaseModel):
    """The content of index.json."""

    format: int = Field(default=REGISTRY_FORMAT, description="Layout version of this file.")
    generation: int = Field(default=0, description="Raised by every commit; readers compare it.")
    build: str = Field(default="", description="Build folder under builds/; '' = the pre-build layout.")
    collection: str = Field(default="", description="Chroma collection of the build; '' = the setting.")
    next_code: int = Field(default=0, description="The code the next new plan gets.")
    fingerprint: Fingerprint
    documents: list[RegisteredDocument] = Field(default_factory=list)


def new_build_id() -> str:
    """A fresh build name: sortable by time, unique across processes."""
    return f"b{int(time.time())}{uuid.uuid4().hex[:6]}"


def atomic_write(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never a part."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime ns, size) of a file, or None: changes whenever the file is replaced."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def read_registry(path: Path) -> Registry | None:
    """The registry in path (any format so far), or None when there is none yet."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    data.pop("bm25_of", None)  # format 1 kept the word index's documents here
    data.setdefault("format", 1)
    return Registry(**data)


def write_registry(path: Path, registry: Registry) -> None:
    """Commit: replace index.json atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, registry.model_dump_json(indent=1))


def remove_other_builds(index_dir: Path, keep: str) -> None:
    """Delete every build folder but `keep` (and, once builds exist, the layout before them)."""
    builds = index_dir / "builds"
    for path in builds.iterdir() if builds.exists() else []:
        if path.name != keep:
            shutil.rmtree(path, ignore_errors=True)
    if keep:
        for legacy in ("chunks", "plans", "words", "bm25", "bm25.tmp", "bm25.old"):
            shutil.rmtree(index_dir / legacy, ignore_errors=True)


def crash_point(settings: Settings, name: str) -> None:
    """Fault injection for the crash tests: end the process at once (as kill -9 would) when
    KFP_CRASH_AT names this step ("step" or "step:N" for its N-th time)."""
    if not settings.crash_at:
        return
    step, _, nth = settings.crash_at.partition(":")
    if step != name:
        return
    _HIT_COUNTS[name] = _HIT_COUNTS.get(name, 0) + 1
    if _HIT_COUNTS[name] == int(nth or 1):
        os._exit(137)


@contextlib.contextmanager
def index_lock(index_dir: Path, timeout: float) -> Iterator[None]:
    """Exclusive lock for writers; waits up to `timeout` seconds for another ingest."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexLockedError(
                        f"{index_dir}: another ingest is writing this index. Wait for it to finish and retry."
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
