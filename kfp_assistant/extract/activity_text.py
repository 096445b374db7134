"""The text of an activity cell or list item: markup removed, one text per activity.

Each bullet of a cell is one activity; "- " sub-bullets stay with their parent. A cell of
separate paragraphs (two lines that each start a sentence) gives one activity per paragraph.
"""

from __future__ import annotations

import re

from kfp_assistant.sv.areas import areas_in
from kfp_assistant.sv.text import strip_markup

_BULLETS = "○•▪●◦■□▫\uf0b7\uf0a7"
BULLET_RE = re.compile(rf"^\s*[{_BULLETS}]\s*")
_DASH_RE = re.compile(r"^\s*[-–]\s+")
# Words a line cannot end on when the sentence goes on in the next line.
_OPEN_END = frozenset(
    re.findall(
        r"\S+",
        "och att för i av med som till på om samt eller de den det en ett vid från inom under genom mot"
        " både utan än så",
    )
)


# An area named in brackets after the activity: "Starta en mentorsgrupp (Introducera)", "(Utveckla/Behålla)".
_AREA_AFTER_RE = re.compile(r"^(?P<text>.*\S)\s*\((?P<area>[^()]{4,60})\)\s*\.?$", re.DOTALL)
# Marks after an activity that point to a note ("carried over from last year *"), not words of it.
_NOTE_MARK_RE = re.compile(r"\s*[*¹²³⁴⁵†]+$")


def area_after(text: str) -> tuple[str, str | None]:
    """(activity text, area) of an activity whose UBARA area stands in brackets after it; else (text, None).
    Brackets holding other words ("(ca 20 deltagare)") stay in the text."""
    m = _AREA_AFTER_RE.match(text)
    inner = m.group("area").strip() if m else ""
    if m and areas_in(inner) and len(inner.split()) <= 4:
        return m.group("text"), inner
    return text, None


def flat(text: str) -> str:
    """Text on one line, whitespace collapsed."""
    return " ".join(text.split())


def clean_cell(text: str) -> str:
    """Cell text without markup, and with PDF-doubled text collapsed ("2024-12-31 2024-12-31")."""
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in strip_markup(text or "").split("\n")]
    cleaned = "\n".join(ln for ln in lines if ln)
    words = cleaned.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return cleaned


def _starts_sentence(line: str) -> bool:
    return bool(line) and line[0].isupper()


def ends_open(line: str) -> bool:
    """Whether a line stops where its sentence cannot end (a comma, "och", "för" ...)."""
    last = line.rstrip().split()[-1].casefold() if line.strip() else ""
    return line.rstrip().endswith((",", ";", "-", "–", "/", "&")) or last in _OPEN_END


def split_activities(cell: str) -> list[str]:
    """One text per activity in a cell: bullets, else separate paragraphs, else the whole cell."""
    lines = [ln for ln in cell.split("\n") if ln.strip()]
    if not lines:
        return []
    if any(BULLET_RE.match(ln) for ln in lines):
        return _bullet_items(lines, BULLET_RE)
    if len(lines) > 1 and all(_DASH_RE.match(ln) for ln in lines):
        return _bullet_items(lines, _DASH_RE)
    items = [lines[0]]
    for ln in lines[1:]:
        # A new paragraph that starts a sentence after a finished one is a new activity.
        if _starts_sentence(ln) and not ends_open(items[-1]):
            items.append(ln)
        else:
            items[-1] = f"{items[-1]} {ln}"
    return [_NOTE_MARK_RE.sub("", flat(i)) for i in items]


def _bullet_items(lines: list[str], bullet: re.Pattern[str]) -> list[str]:
    """Items start at bullet lines; sub-bullets and wrapped lines stay with their item."""
    items: list[str] = []
    lead: list[str] = []
    for ln in lines:
        if bullet.match(ln):
            items.append(bullet.sub("", ln, count=1))
        elif items:
            items[-1] = f"{items[-1]} {ln.strip()}"
        else:
            lead.append(ln.strip())
    # Text before the first bullet is an activity of its own unless it introduces the list ("...:").
    if lead and not lead[-1].endswith(":"):
        items.insert(0, " ".join(lead))
    return [_NOTE_MARK_RE.sub("", flat(i)) for i in items if i.strip()]
