"""The command line as scripts use it: stable JSON, exports that open right, clear errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from typer.testing import CliRunner

from kfp_assistant.app.cli import app
from tests.ask.test_answer import PLAN

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "spanga.md").write_text(PLAN, encoding="utf-8")
    environment = {
        "KFP_EMBEDDINGS": "fake",
        "KFP_INDEX_DIR": str(tmp_path / "idx"),
        "KFP_CORPUS_DIR": str(folder),
    }
    result = runner.invoke(app, ["ingest", "--json"], env=environment)
    assert result.exit_code == 0, result.output
    assert [f["status"] for f in json.loads(result.stdout)["files"]] == ["ok"]
    return environment


def run(env: dict[str, str], *args: str) -> str:
    result = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_docs_and_search_json(env: dict[str, str], tmp_path: Path) -> None:
    docs = json.loads(run(env, "docs", "--json"))["documents"]
    assert [set(d) for d in docs] == [
        {"file", "doc_id", "administration", "period", "title", "pages", "chunks"}
    ]
    assert docs[0]["administration"] == "Spånga-Tensta stadsdelsförvaltning"
    found = json.loads(run(env, "search", "avslutssamtal", "--k", "3", "--json"))
    assert found["query"] == "avslutssamtal"
    first = found["results"][0]
    assert set(first) == {
        "rank",
        "score",
        "file",
        "doc_id",
        "administration",
        "period",
        "page",
        "section",
        "text",
    }
    assert "avslutssamtal" in first["text"] and not first["text"].startswith("Spånga-Tensta")
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"question": "sjukfrånvaro"}\nrekrytering\n', encoding="utf-8")
    lines = run(env, "search", "--batch", str(batch), "--json").strip().splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["sjukfrånvaro", "rekrytering"]


def test_extract_and_exports(env: dict[str, str], tmp_path: Path) -> None:
    activities = json.loads(run(env, "extract", "--what", "activities", "--json"))["activities"]
    assert len(activities) == 2 and activities[0]["areas"] == ["Rekrytera"]
    schema = json.loads(run(env, "schema"))
    out = tmp_path / "all.json"
    run(env, "export", "all", "--format", "json", "--out", str(out))
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), schema)

    csv_path = tmp_path / "a.csv"
    run(env, "export", "activities", "--format", "csv", "--out", str(csv_path))
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "BOM so that Swedish Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["file", "doc_id", "administration"] and len(rows) == 3

    xlsx = tmp_path / "all.xlsx"
    run(env, "export", "all", "--format", "xlsx", "--out", str(xlsx))
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Aktiviteter", "Nyckeltal", "Kompetensgap"]
    sheet = book["Aktiviteter"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet["A1"].font.bold
    assert sheet.max_row == 3


def test_ask_json_and_batch(env: dict[str, str], tmp_path: Path) -> None:
    answer = json.loads(run(env, "ask", "Hur hög var sjukfrånvaron i Spånga-Tensta?", "--json"))
    assert set(answer) == {"question", "answer", "mode", "not_found", "route", "citations"}
    assert "7,1" in answer["answer"] and answer["mode"] == "extractive"
    assert set(answer["citations"][0]) == {
        "n",
        "file",
        "doc_id",
        "administration",
        "period",
        "page",
        "section",
        "quote",
    }
    batch = tmp_path / "q.txt"
    batch.write_text("Hur hög var sjukfrånvaron i Spånga-Tensta?\nVad tjänar en brandman i Kiruna?\n")
    lines = [json.loads(x) for x in run(env, "ask", "--batch", str(batch), "--json").strip().splitlines()]
    assert [x["not_found"] for x in lines] == [False, True]


def test_bad_input_exits_nonzero_with_one_line(env: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"not a pdf at all")
    result = runner.invoke(app, ["ingest", str(broken), "--json"], env=env)
    assert result.exit_code == 2
    status = json.loads(result.stdout)["files"][0]
    assert status["status"] == "failed" and "trasig.pdf" in status["message"]


def test_other_embeddings_is_a_clear_error(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["docs"], env={**env, "KFP_EMBEDDINGS": "e5"})
    assert result.exit_code == 1
    assert "re-ingest" in result.output.lower() and "Traceback" not in result.output


def test_remove(env: dict[str, str]) -> None:
    removed = json.loads(run(env, "remove", "spanga.md", "--json"))["removed"]
    assert [r["status"] for r in removed] == ["removed"]
    assert json.loads(run(env, "docs", "--json"))["documents"] == []


def test_ingest_refuses_links_out_of_a_folder_unless_told_to_follow(
    env: dict[str, str], tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "annan.md").write_text(PLAN.replace("Spånga-Tensta", "Farsta"), encoding="utf-8")
    folder = Path(env["KFP_CORPUS_DIR"])
    (folder / "annan.md").symlink_to(outside / "annan.md")
    refused = runner.invoke(app, ["ingest", "--json"], env=env)
    assert refused.exit_code == 2, refused.output
    files = {Path(f["file"]).name: f for f in json.loads(refused.stdout)["files"]}
    assert files["annan.md"]["status"] == "failed" and files["annan.md"]["error"]["code"] == "link_outside"
    assert "--follow-symlinks" in files["annan.md"]["message"]
    followed = json.loads(run(env, "ingest", "--follow-symlinks", "--json"))["files"]
    assert {Path(f["file"]).name: f["status"] for f in followed} == {
        "annan.md": "ok",
        "spanga.md": "unchanged",
    }
