"""Plan text shown as text: nothing in it becomes Markdown or HTML."""

from __future__ import annotations

import re

from kfp_assistant.app.render import answer_markdown, answer_plain, md_text, plain_text, tsv
from kfp_assistant.schema import Citation

HOSTILE = (
    '![spår](http://evil.example/p.png) <img src="http://evil.example/i.png"> <svg onload=x()> '
    "[länk](http://evil.example) www.evil.example https://evil.example **fet** `kod` $$x$$ # rubrik | a | b |"
)


def _unescaped_markup(text: str) -> list[str]:
    """Markdown or HTML syntax left unescaped: raw '<', or punctuation without a backslash."""
    found = ["<"] if "<" in text else []
    for match in re.finditer(r"(?<!\\)[!\[\]()*`$#|_]", text):
        found.append(match.group(0))
    return found


def test_md_text_escapes_every_kind_of_markup() -> None:
    escaped = md_text(HOSTILE)
    assert _unescaped_markup(escaped) == []
    assert "http\\:" in escaped and "www\\.evil" in escaped  # no autolink can form
    assert "&lt;img" in escaped


def test_answer_markdown_keeps_only_the_answerers_structure() -> None:
    answer = f"**Trafiknämnden 2025:**\n- Personalomsättning: 9,9 % [1] – »{HOSTILE}«\n1. andra"
    lines = answer_markdown(answer).splitlines()
    assert lines[0].startswith("**Trafiknämnden 2025\\:**")
    assert lines[1].startswith("- Personalomsättning")
    assert lines[2].startswith("1. andra")
    bodies = [lines[0][2:-2], lines[1][2:], lines[2][3:]]
    assert all(_unescaped_markup(body) == [] for body in bodies)


def test_plain_answer_for_e_mail() -> None:
    citation = Citation(
        n=1, file="t.md", doc_id="d", administration="Trafiknämnden", period="2025", page=2, quote="A  b\nc"
    )
    text = answer_plain("Fråga?", "**Trafiknämnden 2025:**\n* punkt [1]", [citation])
    assert text == (
        "Fråga: Fråga?\n\nTrafiknämnden 2025:\n- punkt [1]\n\n"
        "Källor:\n[1] Trafiknämnden 2025, sida 2 (t.md): »A b c«\n"
    )
    assert plain_text("- a\n  - b") == "- a\n  - b"


def test_tsv_keeps_the_header() -> None:
    assert tsv(["A", "B"], [[1, "x\ny"], [None, 2]]) == "A\tB\n1\tx y\n\t2"
