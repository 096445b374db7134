"""Every record the project passes around, as pydantic models.

One home for the data shapes so that the loader, chunker, extractors, CLI and
app agree on field names, and so that `kfp schema` can publish them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

BlockKind = Literal["heading", "paragraph", "list_item", "table"]


class Block(BaseModel):
    """One piece of a page in reading order: a heading, a paragraph, a list item or a table."""

    kind: BlockKind = Field(description="What the block is: heading, paragraph, list_item or table.")
    text: str = Field(
        description="The block's text; for a table, one line per row with cells joined by ' | '."
    )
    page: int = Field(description="1-based page number the block is on.")
    level: int | None = Field(
        default=None,
        description="Heading level (1 = top) for headings; for list items their nesting depth when below the"
        " top (2 = a sub-item); None otherwise.",
    )
    rows: list[list[str]] | None = Field(
        default=None, description="For tables: the cell texts row by row ('' for an empty cell)."
    )
    continues_previous: bool = Field(
        default=False,
        description="For tables: True when this table continues a table from the previous page.",
    )


class Page(BaseModel):
    """One page of a document, with running headers/footers and page numbers removed."""

    number: int = Field(description="1-based page number in the file.")
    text: str = Field(description="Body text of the page in reading order; tables rendered row by row.")
    blocks: list[Block] = Field(default_factory=list, description="The page's blocks in reading order.")
    furniture: list[str] = Field(
        default_factory=list,
        description="Running header and footer lines removed from the page (page numbers left out); "
        "for Word files, the section headers and footers, on page 1.",
    )


class ParsedDocument(BaseModel):
    """A file after loading: identity plus its pages."""

    file: str = Field(description="File name (no folders).")
    path: str = Field(description="Path the file was read from.")
    doc_id: str = Field(description="Content hash of the file's bytes (first 16 hex digits of SHA-256).")
    kind: Literal["pdf", "txt", "md", "docx"] = Field(description="File type as detected from content.")
    pages: list[Page] = Field(description="Pages in order.")
    warnings: list[str] = Field(default_factory=list, description="Non-fatal problems met while loading.")


class PlanMeta(BaseModel):
    """What a plan is: whose, which period, its title. Derived from content, optionally overridden."""

    administration: str | None = Field(
        default=None,
        description="Administration or board, e.g. 'Socialnämnden' or "
        "'Hässelby-Vällingby stadsdelsförvaltning'.",
    )
    period: str | None = Field(
        default=None, description="Plan period as 'YYYY' or 'YYYY-YYYY'; None when not stated."
    )
    title: str | None = Field(default=None, description="The plan's title as written.")
    source: Literal["content", "manifest"] = Field(
        default="content", description="Where administration/period came from."
    )


class Chunk(BaseModel):
    """A retrievable piece of a plan."""

    chunk_id: str = Field(description="doc_id + ':' + position; stable for an unchanged file.")
    doc_id: str = Field(description="Content hash of the source file.")
    file: str = Field(description="Source file name.")
    position: int = Field(description="0-based order of the chunk in its document.")
    page_start: int = Field(description="First page the chunk's text comes from.")
    page_end: int = Field(description="Last page the chunk's text comes from.")
    line_pages: list[int] = Field(default_factory=list, description="Page of each line of `text`.")
    section: str = Field(description="Section path, headings joined by ' > '; '' before the first heading.")
    administration: str | None = Field(default=None, description="Administration of the plan.")
    period: str | None = Field(default=None, description="Period of the plan.")
    kind: Literal["text", "table"] = Field(
        default="text", description="Whether the chunk is prose or table rows."
    )
    text: str = Field(description="The chunk's own text, without the prefix line.")
    prefix: str = Field(description="Line naming plan and section, put in front of the text for indexing.")

    @property
    def indexed_text(self) -> str:
        """Text that is embedded and BM25-indexed: prefix line, then the chunk text."""
        return f"{self.prefix}\n{self.text}"


class DocumentInfo(BaseModel):
    """A plan as listed by `kfp docs`."""

    file: str = Field(description="File name.")
    doc_id: str = Field(description="Content hash of the file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="Period of the plan.")
    title: str | None = Field(description="Title of the plan.")
    pages: int = Field(description="Number of pages.")
    chunks: int = Field(description="Number of chunks in the index.")


class SearchHit(BaseModel):
    """One retrieval result."""

    rank: int = Field(description="1-based rank.")
    score: float = Field(description="Fused score (reciprocal rank fusion); higher is better.")
    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="Period of the plan.")
    page: int = Field(description="First page of the chunk.")
    section: str = Field(description="Section path of the chunk.")
    text: str = Field(description="The chunk's own text, without the prefix line.")
    chunk_id: str = Field(description="Id of the chunk.")


FileStatusKind = Literal["ok", "unchanged", "failed", "removed"]


class FileProblem(BaseModel):
    """Why a file was refused, in parts, so a UI can word it in its own language."""

    code: str = Field(
        description="Kind of problem, a stable word: not_found, not_regular, link_outside, empty, "
        "too_large, unzipped_too_large, page_too_long, unsupported, damaged, encrypted, no_text, "
        "not_a_plan, unreadable, manifest (a bad manifest.csv beside it), internal_error."
    )
    problem: str = Field(description="What is wrong, in English.")
    fix: str = Field(description="What to do about it, in English.")
    page: int | None = Field(default=None, description="1-based page the problem is on, when known.")


class FileStatus(BaseModel):
    """Outcome of ingesting one file."""

    file: str = Field(description="File path as given.")
    status: FileStatusKind = Field(description="ok, unchanged, failed or removed.")
    doc_id: str | None = Field(default=None, description="Content hash, when the file could be read.")
    administration: str | None = Field(default=None, description="Administration found.")
    period: str | None = Field(default=None, description="Period found.")
    pages: int = Field(default=0, description="Pages read.")
    chunks: int = Field(default=0, description="Chunks written.")
    message: str | None = Field(default=None, description="For failures: what went wrong and what to do.")
    error: FileProblem | None = Field(default=None, description="For failures: the message in parts.")
    warnings: list[str] = Field(default_factory=list, description="Non-fatal problems.")
    seconds: float = Field(default=0.0, description="Time spent on the file.")
    same_name: list[str] = Field(
        default_factory=list,
        description="Doc ids of other registered plans with this file name, kept beside this one "
        "(an upload that did not replace them; Assistant.replace does).",
    )
    replaced: list[str] = Field(
        default_factory=list, description="Doc ids of older versions this plan replaced in its commit."
    )


class IngestReport(BaseModel):
    """Outcome of one ingest run."""

    files: list[FileStatus] = Field(default_factory=list, description="One status per file, in order.")
    seconds: float = Field(default=0.0, description="Wall time of the whole run.")
    embedded: int = Field(default=0, description="Chunk texts embedded by the model in this run.")
    embeddings_reused: int = Field(
        default=0,
        description="Chunk texts whose vector came from the embedding cache (same model, same text).",
    )
    answerable_seconds: float = Field(
        default=0.0,
        description="Wall time until every plan of the run was committed (answerable); `seconds` less "
        "the sentence step.",
    )
    sentences: int = Field(
        default=0,
        description="Sentences and lines of text embedded into the embedding cache in this run (those "
        "explanation answers rank by meaning); 0 when the cache is left to the app or to questions.",
    )
    sentence_seconds: float = Field(
        default=0.0, description="Wall time of filling the sentence cache, after the plans were answerable."
    )


UbaraArea = Literal["Utveckla", "Behålla", "Attrahera", "Rekrytera", "Introducera", "Avsluta"]


class Activity(BaseModel):
    """One activity from a plan's activity table (or, with an LLM, from its prose)."""

    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="The plan's own period.")
    table: Literal["plan", "followup"] = Field(
        description="'plan' for the plan's own activities; 'followup' for a follow-up of the previous plan's."
    )
    area: str | None = Field(
        description="UBARA area exactly as the table writes it, e.g. 'Utveckla/Behålla'."
    )
    areas: list[UbaraArea] = Field(default_factory=list, description="Normalised UBARA areas of the row.")
    goal: str | None = Field(
        description="The Behov / Mål / 'Vad ska vi uppnå?' cell; a continuation row inherits the goal above."
    )
    activity: str = Field(description="One activity; nested '-' sub-bullets stay inside their parent's text.")
    target_date: str | None = Field(description="Måldatum as written: '2025-2027', 'Q1 2025', '2024-12-31'.")
    target_end: str | None = Field(
        default=None, description="ISO date (YYYY-MM-DD) the target ends, when derivable."
    )
    responsible: str | None = Field(description="Ansvarig as written.")
    responsible_list: list[str] = Field(default_factory=list, description="Ansvarig split into parties.")
    followup: str | None = Field(default=None, description="The Uppföljning cell, or None.")
    page: int = Field(description="1-based page the row starts on.")
    quote: str = Field(description="Verbatim text from that page that supports the record.")
    source: Literal["table", "list", "prose", "llm"] = Field(
        default="table",
        description="How the record was extracted: a table row, a list item with labelled lines, sentences"
        " of a paragraph under an area heading, or the LLM.",
    )
    extra: dict[str, str] = Field(
        default_factory=dict,
        description="Fields whose header or label matches no role, as written: {'Budget': '50 tkr'}.",
    )


class KeyFigure(BaseModel):
    """One key figure (nyckeltal) stated in a plan."""

    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="The plan's own period.")
    metric: str = Field(description="Metric name from the documented vocabulary (see METRICS).")
    value: float = Field(description="The number, as a float ('6,28 %' -> 6.28).")
    unit: Literal["count", "percent", "index", "years"] = Field(description="What the value counts.")
    as_of: str | None = Field(
        default=None, description="Date, year or period the figure refers to, as stated."
    )
    scope: str | None = Field(
        default=None, description="Profession, department or age group; None for the whole administration."
    )
    page: int = Field(description="1-based page of the quote.")
    quote: str = Field(description="Verbatim text from that page that states the figure.")


class Gap(BaseModel):
    """One identified competence gap or need."""

    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="The plan's own period.")
    theme: str | None = Field(description="Heading the gap is listed under in the plan, or None.")
    text: str = Field(description="The gap or need as written.")
    page: int = Field(description="1-based page of the quote.")
    quote: str = Field(description="Verbatim text from that page.")


CellUnit = Literal["percent", "count", "years", "days", "index", "kronor"]


class TableCell(BaseModel):
    """One data cell of a table in a plan, with the row and column labels that say what it is."""

    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="The plan's own period.")
    page: int = Field(description="1-based page of the cell's row.")
    table: int = Field(
        description="0-based index of the table in the plan (a table continued over pages is one)."
    )
    caption: str | None = Field(
        default=None,
        description="The table's caption, or the heading above it ('Tabell 2. Pensionsavgångar').",
    )
    row: int = Field(description="0-based index of the data row in its table (header rows not counted).")
    row_headers: list[str] = Field(
        description="The row's label cell(s) left of the values, after any section row above it: "
        "['Undersköterska'], ['Äldreomsorg', 'Undersköterska']."
    )
    column_header: str = Field(
        description="The column's header text(s) above the cell, several header rows joined by ' / ': "
        "'60-64 år', '2023', 'Kvinnor / 2024'."
    )
    value: str = Field(description="The cell's text as written ('5 684', '7,9 %', 'Löpande').")
    number: float | None = Field(description="The cell's value as a number ('7,9 %' -> 7.9), or None.")
    unit: CellUnit | None = Field(
        default=None, description="What the number counts, when the cell or its headers say so."
    )
    quote: str = Field(description="The row's text as on the page (cells joined by ' | ').")


class PlanRecords(BaseModel):
    """Everything extracted from one plan: the plan store's unit."""

    doc_id: str = Field(description="Content hash of the source file.")
    file: str = Field(description="Source file name.")
    administration: str | None = Field(default=None, description="Administration of the plan.")
    period: str | None = Field(default=None, description="Period of the plan.")
    activities: list[Activity] = Field(default_factory=list, description="Activities in document order.")
    figures: list[KeyFigure] = Field(default_factory=list, description="Key figures in document order.")
    gaps: list[Gap] = Field(default_factory=list, description="Identified gaps in document order.")
    cells: list[TableCell] = Field(
        default_factory=list, description="Every data cell of every table, in document order."
    )
    warnings: list[str] = Field(default_factory=list, description="What could not be extracted, and why.")
    dropped_unquoted: int = Field(
        default=0, description="Records dropped because their quote was not on their page."
    )
    seconds: float = Field(default=0.0, description="Extraction time.")


class RecordsExport(BaseModel):
    """The published JSON export: `kfp export --format json` and `kfp extract --json` follow it."""

    activities: list[Activity] | None = Field(default=None, description="Extracted activities.")
    figures: list[KeyFigure] | None = Field(default=None, description="Extracted key figures.")
    gaps: list[Gap] | None = Field(default=None, description="Extracted competence gaps.")


class Citation(BaseModel):
    """A numbered source of an answer: which plan, where, and the passage quoted."""

    n: int = Field(description="Number used in the answer text as [n].")
    file: str = Field(description="Source file name.")
    doc_id: str = Field(description="Content hash of the source file.")
    administration: str | None = Field(description="Administration of the plan.")
    period: str | None = Field(description="Period of the plan.")
    page: int = Field(description="1-based page of the quote.")
    section: str = Field(default="", description="Section path where the quote is.")
    quote: str = Field(description="The passage quoted, verbatim from that page.")

    @classmethod
    def of_chunk(cls, n: int, chunk: Chunk, page: int, quote: str) -> Citation:
        """A citation of a passage of an indexed chunk: plan and section come from the chunk."""
        return cls(
            n=n,
            file=chunk.file,
            doc_id=chunk.doc_id,
            administration=chunk.administration,
            period=chunk.period,
            page=page,
            section=chunk.section,
            quote=quote,
        )


class Answer(BaseModel):
    """The answer to one question."""

    question: str = Field(description="The question as asked.")
    answer: str = Field(description="Answer text in Swedish, citing sources as [n].")
    mode: Literal["extractive", "llm"] = Field(description="extractive (no LLM) or llm.")
    not_found: bool = Field(default=False, description="True when the plans do not answer the question.")
    route: dict[str, object] = Field(default_factory=dict, description="What the router understood.")
    citations: list[Citation] = Field(default_factory=list, description="Sources, numbered as in the text.")
    searched: list[str] = Field(
        default_factory=list,
        description="Doc ids of the plans the answer was looked for in: the filters and the plans the "
        "question names, narrowed together; every registered plan when nothing narrowed it.",
    )
    evidence: float | None = Field(
        default=None,
        description="For an answer from retrieved passages: the probability that they answer the question"
        " (ask/evidence.py); None for answers from records.",
    )
    evidence_features: dict[str, float] = Field(
        default_factory=dict, exclude=True, description="The evidence model's inputs (for fitting it)."
    )
    seconds: float = Field(default=0.0, description="Time to answer.")


class AnswerEvent(BaseModel):
    """One piece of a streamed answer: text as it comes, then citations, notices and the final answer."""

    kind: Literal["text", "citations", "notice", "done"] = Field(description="What the event carries.")
    text: str = Field(
        default="", description="For 'text': the next piece of answer text; for 'notice': a message."
    )
    citations: list[Citation] = Field(default_factory=list, description="For 'citations'.")
    answer: Answer | None = Field(default=None, description="For 'done': the complete answer.")
