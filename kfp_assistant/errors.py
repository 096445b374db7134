"""One error family. Messages name the file (and page) and say what to do."""

from __future__ import annotations


class KfpError(Exception):
    """Base class for errors shown to users as one line."""


def _sentence(text: str) -> str:
    """Text as a sentence: capital first letter, one closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


class DocumentError(KfpError):
    """A file could not be read as a plan.

    `problem` and `fix` are English phrases (the CLI's line is built from them); `code` names the
    kind of problem in a stable word, so the app can show its own Swedish line for each kind.
    """

    def __init__(
        self, file: str, problem: str, fix: str, page: int | None = None, code: str = "unreadable"
    ) -> None:
        where = f"{file}, page {page}" if page is not None else file
        super().__init__(f"{where}: {problem.strip().rstrip('.')}. {_sentence(fix)}")
        self.file = file
        self.page = page
        self.problem = problem
        self.fix = fix
        self.code = code


class IndexMismatchError(KfpError):
    """The index was built with other embedding or chunking settings."""


class IndexLockedError(KfpError):
    """Another ingest holds the index lock."""


class ConfigError(KfpError):
    """A setting has a value the project cannot use."""
