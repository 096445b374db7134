"""Text from plans shown as text: escaping for Gradio's Markdown and for HTML, and plain-text answers.

Plans are documents from outside: a plan (or a language model quoting one) may contain Markdown
images, links or raw HTML. None of it may render: an image would make the browser fetch from
another host, a link or a form could mislead. So every piece of plan text is escaped, and only
the structure the answerer itself writes (bullets, a bold plan name leading a line) is kept.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from kfp_assistant.schema import Citation

# Any ASCII punctuation may be backslash-escaped in CommonMark. These are the ones that can start
# or end Markdown syntax: escaped, no emphasis, link, image, code, list, table, heading (ATX or
# '==='), autolink ('http\://', 'www\.') or LaTeX delimiter can form. Commas, per cent signs and
# the like stay as they are, so numbers read "7,3 %". &, < and > become entities, so no raw HTML
# can form either.
_PUNCTUATION = re.compile(r"([!#$()*+\-.:=\[\\\]_`{|}~])")
_BULLET = re.compile(r"^(\s*)([-*•]|\d{1,3}[.)])\s+(.*)$")
_LEAD = re.compile(r"^\*\*(.+?)\*\*(.*)$")


def md_text(text: str) -> str:
    """`text` escaped so that Markdown (and the HTML it allows) shows it literally."""
    escaped = _PUNCTUATION.sub(r"\\\1", text)
    return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _md_line(line: str) -> str:
    bullet = _BULLET.match(line)
    if bullet:
        indent, marker, rest = bullet.groups()
        marker = "-" if not marker[0].isdigit() else marker[:-1] + "."
        return f"{indent}{marker} {_md_line_body(rest)}"
    return _md_line_body(line)


def _md_line_body(line: str) -> str:
    lead = _LEAD.match(line)
    if lead:
        return f"**{md_text(lead.group(1))}**{md_text(lead.group(2))}"
    return md_text(line)


def answer_markdown(text: str) -> str:
    """An answer as Markdown: its bullets and bold plan names kept, everything else shown literally."""
    return "\n".join(_md_line(line) for line in text.splitlines())


def plain_text(text: str) -> str:
    """An answer without Markdown: bold markers gone, bullets as '- '."""
    lines = []
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        body = bullet.group(3) if bullet else line
        lead = _LEAD.match(body)
        body = f"{lead.group(1)}{lead.group(2)}" if lead else body
        lines.append(f"{bullet.group(1)}- {body}" if bullet else body)
    return "\n".join(lines)


def plan_label(administration: str | None, period: str | None) -> str:
    """'Socialnämnden 2025-2027'; 'Okänd förvaltning' when the plan does not say whose it is."""
    name = administration or "Okänd förvaltning"
    return f"{name} {period}" if period else name


def sources_text(citations: Sequence[Citation]) -> str:
    """The sources of an answer as plain lines: number, plan, page, file and the quote."""
    lines = []
    for c in citations:
        quote = " ".join(c.quote.split())
        lines.append(f"[{c.n}] {plan_label(c.administration, c.period)}, sida {c.page} ({c.file}): »{quote}«")
    return "\n".join(lines)


def answer_plain(question: str, answer: str, citations: Sequence[Citation]) -> str:
    """An answer ready to paste into an e-mail: the question, the answer, then its sources."""
    parts = [f"Fråga: {question.strip()}", plain_text(answer).strip()]
    if citations:
        parts.append("Källor:\n" + sources_text(citations))
    return "\n\n".join(parts) + "\n"


def h(text: object) -> str:
    """HTML-escaped text (quotes too, so it is safe inside attributes)."""
    return html.escape(str(text), quote=True)


def tsv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A table as tab-separated lines, header first: what Excel and e-mail programs paste as a table."""

    def cell(value: object) -> str:
        return " ".join(str("" if value is None else value).split())

    return "\n".join("\t".join(cell(v) for v in row) for row in [list(headers), *rows])
