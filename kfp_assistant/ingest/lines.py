"""Rules for lines of text shared by the PDF, DOCX and text readers: bullets, list numbers, and
joining a line broken at a line end (hyphenation undone)."""

from __future__ import annotations

import re

# Bullet glyphs Word and PDF exporters use; U+F0B7 is the Symbol-font bullet from Word. A symbol
# font's bullet that the PDF maps to no letter comes out as a control or private-use character
# (U+007F, U+E000-U+F8FF): alone before the text of a line it is a bullet too.
BULLETS = "•○●◦▪▫■□–-\uf0b7\uf0a7\uf076"
BULLET_LINE_RE = re.compile(rf"^[{re.escape(BULLETS)}\x7f\ue000-\uf8ff]\s+")
NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s+\S")
# Words after a line-end hyphen that show the hyphen was a real one: "hälso- och sjukvård".
KEEP_HYPHEN_NEXT = ("och", "eller", "samt", "till", "som", "respektive", "resp", "men")


def join_lines(left: str, right: str) -> str:
    """Join two wrapped lines of one paragraph, undoing hyphenation at the break.

    'kompetens-' + 'försörjning' -> 'kompetensförsörjning'; 'HR-' + 'området' -> 'HR-området'
    (a hyphen after a capital or digit is part of the word); 'hälso-' + 'och sjukvård' keeps
    'hälso- och sjukvård'.
    """
    left, right = left.rstrip(), right.strip()
    if not left or not right:
        return left or right
    if left.endswith("-") and len(left) > 1 and right[0].islower():
        first_word = re.split(r"\W", right, maxsplit=1)[0]
        if first_word in KEEP_HYPHEN_NEXT:
            return f"{left} {right}"
        if left[-2].islower():
            return left[:-1] + right
        return left + right
    return f"{left} {right}"


def starts_item(text: str) -> bool:
    """Whether a line starts a list item: a bullet glyph or a number ("3.", "3)")."""
    return bool(BULLET_LINE_RE.match(text) or NUMBERED_RE.match(text))
