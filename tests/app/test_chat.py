"""The chat's logic: streamed answers, sessions, sources, plain-text copies."""

from __future__ import annotations

from kfp_assistant.app import chat as c
from kfp_assistant.assistant import Assistant
from kfp_assistant.schema import Citation, DocumentInfo


def test_chat_streams_progressively_and_keeps_context(ready: Assistant) -> None:
    session = c.ChatSession()
    question = "Hur hög var personalomsättningen 2024 inom Socialnämnden?"
    states = list(c.chat_stream(ready, question, session, ["Socialnämnden"]))
    assert len(states) >= 2
    assert states[0].messages[-1]["content"] == c.SEARCHING  # shown at once, before any answer text
    final = states[-1]
    assert "7,3" in final.messages[-1]["content"] and "Källor" in final.messages[-1]["content"]
    assert final.citations and final.answer is not None and len(final.turns) == 1
    assert session.turns == [] and session.messages == []  # the old state is not mutated
    follow = list(c.chat_stream(ready, "Och 2023?", final))[-1]
    assert len(follow.turns) == 2 and len(follow.messages) == 4


def test_chat_ignores_empty_question_and_reports_errors(ready: Assistant) -> None:
    session = c.ChatSession()
    assert list(c.chat_stream(ready, "   ", session)) == [session]

    class Broken:
        def ask_stream(self, *args: object) -> object:
            raise RuntimeError("index <saknas>")

    last = list(c.chat_stream(Broken(), "Fråga?", session))[-1]  # type: ignore[arg-type]
    assert "index &lt;saknas&gt;" in last.messages[-1]["content"] and last.turns == []


def test_plan_markup_in_an_answer_is_escaped(ready: Assistant) -> None:
    final = list(
        c.chat_stream(ready, "Hur hög var personalomsättningen inom Trafiknämnden?", c.ChatSession())
    )[-1]
    shown = final.messages[-1]["content"]
    assert "9,9" in shown
    assert "<img" not in shown and "](http" not in shown and "&lt;img" in shown
    panel = c.source_html(ready, final.citations[0])
    assert "<img" not in panel and "&lt;img" in panel and 'href="http' not in panel


def test_answer_info_names_mode_and_plans(ready: Assistant) -> None:
    documents = ready.documents()
    scoped = ready.ask("Hur hög var personalomsättningen inom Trafiknämnden?")
    info = c.answer_info(scoped, documents)
    assert "utan språkmodell" in info and "Trafiknämnden 2025" in info and "Socialnämnden" not in info
    everywhere = ready.ask("Hur arbetar man med avslutssamtal?")
    assert f"alla {len(documents)} planer" in c.answer_info(everywhere, documents)
    assert c.answer_info(None, documents) == ""


def test_plain_answer_lists_sources(ready: Assistant) -> None:
    final = list(
        c.chat_stream(ready, "Hur hög var personalomsättningen 2024 inom Socialnämnden?", c.ChatSession())
    )[-1]
    text = c.plain_answer(final)
    assert text.startswith("Fråga: Hur hög") and "**" not in text
    assert "Källor:\n[1] Socialnämnden" in text and "sida" in text and "»" in text
    assert c.plain_answer(c.ChatSession()) == ""


def test_source_panel_marks_quote_and_links_to_the_page(ready: Assistant) -> None:
    final = list(
        c.chat_stream(ready, "Hur hög var personalomsättningen 2024 inom Socialnämnden?", c.ChatSession())
    )[-1]
    citation = final.citations[0]
    panel = c.source_html(ready, citation)
    assert "<mark>" in panel and citation.file in panel and f"Sida</b> {citation.page}" in panel
    assert f'href="kfp/plan/{citation.doc_id}?page={citation.page}&amp;q=' in panel
    labels = c.citation_choices(final.citations)
    assert labels[0][1] == 1 and labels[0][0].startswith("[1] Socialnämnden")
    assert c.citation_by_number(final.citations, 1) == citation
    assert "Välj en källa" in c.source_html(ready, None)


def test_source_panel_escapes_and_falls_back_to_quote(ready: Assistant) -> None:
    doc = ready.documents()[0]
    citation = Citation(
        n=3, file=doc.file, doc_id=doc.doc_id, administration=None, period=None, page=1, quote="<b>x</b>"
    )
    assert "<mark>&lt;b&gt;x&lt;/b&gt;</mark>" in c.source_html(ready, citation)


def test_example_questions_name_indexed_administrations() -> None:
    docs = [
        DocumentInfo(
            file=f"{i}.pdf", doc_id=str(i), administration=a, period="2025", title=None, pages=1, chunks=1
        )
        for i, a in enumerate(["Farsta stadsdelsförvaltning", "Trafiknämnden"])
    ]
    examples = c.example_questions(docs)
    assert "Farsta stadsdelsförvaltning" in examples[0] and "Trafiknämnden" in examples[1]
    assert c.example_questions([])[0].startswith("Vilka aktiviteter")
