"""Reading files within limits: pipes and folders refused at once, size caps, Word files sized before
unpacking, text in UTF-8 (with or without BOM), UTF-16 and Windows-1252."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from kfp_assistant.errors import DocumentError
from kfp_assistant.ingest.files import page_ranges, read_file, text_encoding
from kfp_assistant.ingest.loaders import load_document
from kfp_assistant.settings import Limits, Settings

PLAN = (
    "# Kompetensförsörjningsplan 2025-2027\n\nSkärholmens stadsdelsförvaltning\n\n"
    "Vi rekryterar sjuksköterskor.\n"
)


@pytest.mark.timeout(60)  # guards against a hang; opening a pipe used to block for ever
def test_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.md"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError) as info:
        read_file(fifo)
    assert info.value.code == "not_regular" and str(info.value).startswith("plan.md: is not a regular file")


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder") as info:
        read_file(tmp_path)
    assert info.value.code == "not_regular"
    with pytest.raises(DocumentError, match="not found"):
        read_file(tmp_path / "nope.pdf")


def test_file_over_the_size_limit_is_refused_naming_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN * 100, encoding="utf-8")
    with pytest.raises(DocumentError, match=r"larger than 0\.001 MB \(KFP_MAX_FILE_MB\)") as info:
        read_file(path, Limits(max_file_mb=0.001))
    assert info.value.code == "too_large"
    assert read_file(path, Limits(max_file_mb=1)) == path.read_bytes()


def test_settings_carry_the_limits() -> None:
    values = {
        "max_file_mb": 3,
        "max_unzipped_mb": 7,
        "max_docx_xml_mb": 5,
        "max_page_chars": 9,
        "max_text_chars": 11,
    }
    settings = Settings(**values, max_page_content_mb=0.5, follow_symlinks=True)
    assert settings.limits() == Limits(**values, max_page_content_mb=0.5, follow_symlinks=True)


def zip_bomb_docx(inflated_mb: int) -> bytes:
    """A Word-shaped ZIP whose document part inflates to inflated_mb megabytes of one repeated byte."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b"a" * (inflated_mb * 1_000_000) + b"/>")
    return buffer.getvalue()


def test_word_file_that_inflates_past_the_limit_is_refused_before_unpacking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(zip_bomb_docx(3))
    assert path.stat().st_size < 20_000  # 3 MB that packs to a few kB

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the Word reader was called")

    monkeypatch.setattr("docx.Document", never)
    with pytest.raises(
        DocumentError, match=r"unpack to 3 MB, more than 2 MB \(KFP_MAX_DOCX_XML_MB\)"
    ) as info:
        load_document(path, Limits(max_docx_xml_mb=2))
    assert info.value.code == "unzipped_too_large"
    with pytest.raises(DocumentError, match=r"unpacks to 3 MB, more than 1 MB \(KFP_MAX_UNZIPPED_MB\)"):
        load_document(path, Limits(max_unzipped_mb=1))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "cp1252"])
def test_text_files_in_common_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "plan.md"
    path.write_bytes(PLAN.encode(encoding))
    doc = load_document(path)
    assert doc.kind == "md"
    assert doc.pages[0].blocks[0].kind == "heading"
    assert doc.pages[0].blocks[0].text == "Kompetensförsörjningsplan 2025-2027"
    assert "Skärholmens stadsdelsförvaltning" in doc.pages[0].text


def test_utf16_txt_with_a_heading_line_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.replace("# ", "").encode("utf-16"))
    doc = load_document(path)
    assert doc.kind == "txt" and "Vi rekryterar sjuksköterskor." in doc.pages[0].text


def test_binary_is_not_text_but_a_stray_nul_is_tolerated() -> None:
    assert text_encoding(bytes(range(256)) * 8) is None
    assert text_encoding(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100) is None
    assert text_encoding(PLAN.encode() * 20 + b"\x00") == "utf-8-sig"


def test_page_ranges_stay_one_short_line() -> None:
    assert page_ranges([2, 3, 4, 7]) == "2-4, 7"
    assert page_ranges([5]) == "5"
    assert page_ranges(list(range(2, 2001))) == "2-2000"
    many = page_ranges(list(range(1, 200, 2)))
    assert many.endswith("…") and len(many) < 80


def word_file(body: bytes) -> bytes:
    """A real Word file (python-docx's template) with this document body."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    out = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info.filename))
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}"><w:body>'.encode() + body + b"</w:body></w:document>",
        )
    return out.getvalue()


def test_word_page_past_the_text_limit_is_refused_while_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    paragraph = "<w:p><w:r><w:t>" + "kompetensförsörjning " * 5 + "</w:t></w:r></w:p>"
    path.write_bytes(word_file(paragraph.encode() * 3000))
    assert len(load_document(path).pages[0].blocks) == 3000
    with pytest.raises(DocumentError, match=r"^plan\.docx, page 1: the page holds [\d,]+ characters") as info:
        load_document(path, Limits(max_text_chars=10_000))
    assert info.value.code == "page_too_long"
    path.write_bytes(word_file(b"<w:p/>" * 3000))
    with pytest.raises(DocumentError, match=r"more than 1,000 paragraphs and tables"):
        load_document(path, Limits(max_text_chars=10_000))
