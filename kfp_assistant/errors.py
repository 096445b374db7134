"""One error family. Messages name the file (and page) and say what to do."""

from __future__ import annotations


class KfpError(Exception):
    """Base class for errors shown to users as one line."""


class DocumentError(KfpError):
    """A file could not be read as a plan."""

    def __init__(self, file: str, problem: str, fix: str, page: int | None = None) -> None:
        where = f"{file}, page {page}" if page is not None else file
        super().__init__(f"{where}: {problem}. {fix}")
        self.file = file
        self.page = page
        self.problem = problem
        self.fix = fix


class IndexMismatchError(KfpError):
    """The index was built with other embedding or chunking settings."""


class IndexLockedError(KfpError):
    """Another ingest holds the index lock."""


class ConfigError(KfpError):
    """A setting has a value the project cannot use."""
