"""Bytes in, before any parser: a file read safely and within limits, text decoded, archives sized.

Everything here runs before pypdf, pdfplumber or python-docx sees a file, so a hostile or broken
file costs at most its size (`Limits.max_file_mb`) and is refused with one line naming it:
- only regular files are opened, and opened without blocking, so a named pipe or device given
  by path is refused at once instead of hanging an ingest that holds the index lock;
- a Word file's declared unpacked size is summed from its ZIP directory before anything is
  inflated (Python's zipfile never inflates past a member's declared size, so the sum is a bound);
- text is read as UTF-8 (with or without BOM), UTF-16 (BOM, or the zero-byte pattern of one
  without), or Windows-1252/Latin-1, the encodings Swedish exports come in.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from kfp_assistant.errors import DocumentError
from kfp_assistant.settings import Limits

DEFAULT_LIMITS = Limits()
MB = 1_000_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _open_nonblocking(path: Path) -> int:
    """A read-only descriptor; O_NONBLOCK makes opening a FIFO with no writer return at once."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK)


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file within the size limit; DocumentError for anything else."""
    name = path.name
    try:
        fd = _open_nonblocking(path)
    except FileNotFoundError:
        raise DocumentError(name, "file not found", "check the path", code="not_found") from None
    except PermissionError:
        raise DocumentError(
            name, "cannot be read (permission denied)", "check the file's permissions", code="unreadable"
        ) from None
    except OSError as exc:
        raise DocumentError(
            name, f"cannot be read ({exc.strerror})", "check the file and disk", code="unreadable"
        ) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise DocumentError(
                name, "is a folder, not a file", "give a file, or ingest the folder", code="not_regular"
            )
        raise DocumentError(
            name,
            "is not a regular file (a pipe, socket or device)",
            "save the plan as a file and ingest that",
            code="not_regular",
        )
    with os.fdopen(fd, "rb") as handle:
        limit = int(limits.max_file_mb * MB)
        try:
            data = handle.read(limit + 1)  # +1: a file that grew past the limit since it was listed
        except OSError as exc:
            raise DocumentError(
                name, f"cannot be read ({exc.strerror})", "check the file and disk", code="unreadable"
            ) from None
    if len(data) > limit:
        raise DocumentError(
            name,
            f"the file is larger than {limits.max_file_mb:g} MB (KFP_MAX_FILE_MB)",
            "split it, or raise the limit if it really is one plan",
            code="too_large",
        )
    if not data:
        raise DocumentError(name, "the file is empty (0 bytes)", "export or download it again", code="empty")
    return data


def text_encoding(data: bytes) -> str | None:
    """The codec that reads these bytes as text, or None when they are not text."""
    head = data[:65536]
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    if len(head) >= 16:
        odd_zeros = head[1::2].count(0) / (len(head) // 2)
        even_zeros = head[0::2].count(0) / ((len(head) + 1) // 2)
        if odd_zeros > 0.3 and even_zeros < 0.05:  # ASCII-range text as UTF-16 without a BOM
            return "utf-16-le"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return "utf-16-be"
    if head.count(0) > len(head) // 100:  # binary; a stray NUL or two in text is tolerated
        return None
    try:
        head.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # the head ends in the middle of a character
            return "utf-8-sig"
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 12, 13))
    return "cp1252" if printable / len(head) > 0.97 else None


def decode_text(name: str, data: bytes, encoding: str) -> str:
    """Text of a file in the encoding text_encoding chose; NUL characters dropped."""
    if encoding.startswith("utf-16"):
        # A download cut at an odd byte or a damaged character should cost that character only.
        text = data[: len(data) - len(data) % 2].decode(encoding, errors="replace")
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            # UTF-8 that breaks after the first 64 kB, or bytes cp1252 leaves undefined: Latin-1
            # maps every byte, and a plan mostly in ASCII loses nothing that matters.
            text = data.decode("utf-8" if encoding == "utf-8-sig" else "latin-1", errors="replace")
    return text.lstrip("\ufeff").replace("\x00", "")


def check_unzipped_size(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a Word file whose parts declare more than the limits (its XML parts, all parts)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not readable as a ZIP: the Word reader reports the damage
    total = sum(info.file_size for info in infos)
    xml = sum(info.file_size for info in infos if info.filename.endswith((".xml", ".rels")))
    if xml > limits.max_docx_xml_mb * MB:  # parsed into a tree many times its size, unlike images
        raise DocumentError(
            name,
            f"the Word file's text and layout unpack to {xml / MB:,.0f} MB, more than "
            f"{limits.max_docx_xml_mb:g} MB (KFP_MAX_DOCX_XML_MB); a plan's are a few MB",
            "open and save it again in Word, or export it as PDF; if it is that large, raise the limit",
            code="unzipped_too_large",
        )
    if total > limits.max_unzipped_mb * MB:
        raise DocumentError(
            name,
            f"the Word file unpacks to {total / MB:,.0f} MB, more than {limits.max_unzipped_mb:g} MB "
            "(KFP_MAX_UNZIPPED_MB)",
            "open and save it again in Word; if it really is that large, raise the limit",
            code="unzipped_too_large",
        )


def page_too_long(
    name: str, page: int, chars: int, limits: Limits = DEFAULT_LIMITS, pdf: bool = True
) -> DocumentError:
    """The error for a page holding more text than max_page_chars (PDF) or max_text_chars (others)."""
    limit, setting = (limits.max_page_chars, "PAGE") if pdf else (limits.max_text_chars, "TEXT")
    typical = "a page of a plan holds a few thousand" if pdf else "a whole plan holds some tens of thousands"
    return DocumentError(
        name,
        f"the page holds {chars:,} characters of text, more than {limit:,} "
        f"(KFP_MAX_{setting}_CHARS); {typical}",
        "check that it is the right file, or export it again from the original",
        page=page,
        code="page_too_long",
    )


def check_page_stream(name: str, page: int, size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a PDF page whose drawing instructions are too long to be read in bounded time."""
    # pypdf's text extraction grows faster than linearly with a page's content stream (measured:
    # 0.5 MB 1 s, 5 MB 40 s), so the stream is measured before any text is read from it.
    if size > limits.max_page_content_mb * MB:
        raise DocumentError(
            name,
            f"the page's content is {size / MB:.1f} MB, more than {limits.max_page_content_mb:g} MB "
            "(KFP_MAX_PAGE_CONTENT_MB); a page made in Word has well under 0.2 MB",
            "export it again from the original, or raise the limit if the page really is that large",
            page=page,
            code="page_too_long",
        )


def page_ranges(numbers: list[int]) -> str:
    """'2-5, 9, 11-2000' for sorted page numbers: one line however many pages."""
    parts: list[str] = []
    start = prev = None
    for n in [*numbers, None]:
        if start is not None and (n is None or n != prev + 1):  # type: ignore[operator]
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = None
        if n is not None and start is None:
            start = n
        prev = n
    text = ", ".join(parts)
    return text if len(parts) <= 12 else ", ".join([*parts[:12], "…"])
