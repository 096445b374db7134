"""The command line as scripts use it: stable JSON, exports that open right, clear errors."""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from typer.testing import CliRunner

from kfp_assistant.app.cli import app
from kfp_assistant.app.login import read_users, verify_password
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


def test_docs_and_search_json(env: dict[str, str]) -> None:
    docs = json.loads(run(env, "docs", "--json"))["documents"]
    assert [set(d) for d in docs] == [
        {"file", "doc_id", "administration", "period", "title", "pages", "chunks"}
    ]
    found = json.loads(run(env, "search", "avslutssamtal", "--k", "3", "--json"))
    assert found["query"] == "avslutssamtal"
    assert set(found["results"][0]) == {
        "rank", "score", "file", "doc_id", "administration", "period", "page", "section", "text",
    }  # fmt: skip
    assert "avslutssamtal" in found["results"][0]["text"]


def test_search_refuses_a_negative_k(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["search", "avslutssamtal", "--k", "-1"], env=env)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--k" in result.output


def test_batch_lines_that_fail_get_their_own_record(env: dict[str, str], tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text(
        '{"question": "sjukfrånvaro"}\n{"question": \n{"fråga": "x"}\n{"question": 5}\n\nrekrytering\n',
        encoding="utf-8",
    )
    for command in ("search", "ask"):
        result = runner.invoke(app, [command, "--batch", str(batch), "--json"], env=env)
        assert result.exit_code == 2, result.output
        records = [json.loads(line) for line in result.stdout.strip().splitlines()]
        assert [r["line"] for r in records] == [1, 2, 3, 4, 6]
        assert ["error" in r for r in records] == [False, True, True, True, False]
        assert "not valid JSON" in records[1]["error"] and "line 2" in records[1]["error"]
        answered = [r.get("query") or r.get("question") for r in records if "error" not in r]
        assert answered == ["sjukfrånvaro", "rekrytering"]


def test_ask_json_and_batch(env: dict[str, str], tmp_path: Path) -> None:
    answer = json.loads(run(env, "ask", "Hur hög var sjukfrånvaron i Spånga-Tensta?", "--json"))
    assert set(answer) == {"question", "answer", "mode", "not_found", "route", "citations", "searched"}
    assert "7,1" in answer["answer"] and answer["mode"] == "extractive" and len(answer["searched"]) == 1
    batch = tmp_path / "q.txt"
    batch.write_text("Hur hög var sjukfrånvaron i Spånga-Tensta?\nVad tjänar en brandman i Kiruna?\n")
    lines = [json.loads(x) for x in run(env, "ask", "--batch", str(batch), "--json").strip().splitlines()]
    assert [x["not_found"] for x in lines] == [False, True]


def test_extract_and_exports(env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    activities = json.loads(run(env, "extract", "--what", "activities", "--json"))["activities"]
    assert len(activities) == 2 and activities[0]["areas"] == ["Rekrytera"]
    schema = json.loads(run(env, "schema"))
    out = tmp_path / "all.json"
    run(env, "export", "all", "--format", "json", "--out", str(out))
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), schema)

    monkeypatch.chdir(tmp_path)
    run(env, "export", "activities", "--format", "csv")  # no --out: the name follows the format
    raw = (tmp_path / "aktiviteter.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "BOM so that Swedish Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Förvaltning", "Planperiod", "Område"] and "doc_id" not in rows[0]
    assert len(rows) == 3 and not (tmp_path / "export.xlsx").exists()

    run(env, "export", "all")
    book = openpyxl.load_workbook(tmp_path / "kfp-export.xlsx")
    assert book.sheetnames == ["Aktiviteter", "Nyckeltal", "Kompetensgap"]
    sheet = book["Aktiviteter"]
    assert (
        sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet["A1"].font.bold and sheet.max_row == 3
    )


def test_export_takes_the_activity_filters(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    run(env, "export", "activities", "--format", "json", "--out", str(out), "--area", "rekrytera")
    assert len(json.loads(out.read_text(encoding="utf-8"))["activities"]) == 1
    run(
        env,
        "export",
        "activities",
        "--format",
        "json",
        "--out",
        str(out),
        "--text",
        "AVSLUT",
        "--table",
        "plan",
    )
    assert len(json.loads(out.read_text(encoding="utf-8"))["activities"]) == 1
    out.unlink()
    result = runner.invoke(app, ["export", "activities", "--out", str(out), "--text", "finns inte"], env=env)
    assert result.exit_code == 1 and "no records match" in result.output and not out.exists()
    result = runner.invoke(app, ["export", "activities", "--area", "Simma"], env=env)
    assert result.exit_code == 1 and "Utveckla" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "Hur hög är sjukfrånvaron?"],
        ["search", "sjukfrånvaro"],
        ["export", "activities"],
        ["extract"],
        ["eval", "extract"],
        ["eval", "qa"],
        ["eval", "retrieval"],
    ],
)
def test_empty_or_missing_index_is_an_error(args: list[str], tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for folder, says in ((tmp_path / "empty", "holds no plans"), (tmp_path / "indxes", "no index at")):
        result = runner.invoke(app, [*args, "--index-dir", str(folder)], env={"KFP_EMBEDDINGS": "fake"})
        assert result.exit_code == 1, result.output
        assert says in result.output and "kfp ingest" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "indxes").exists()


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
    result = runner.invoke(app, ["remove", "spanga.md"], env=env)
    assert result.exit_code == 1 and "kfp docs" in result.output


def test_help_names_every_option() -> None:
    result = runner.invoke(app, ["ask", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert "Only plans of this administration" in result.output and "e.g. 2025-2027" in result.output


def test_user_writes_a_scrypt_line(tmp_path: Path) -> None:
    users = tmp_path / "users.txt"
    result = runner.invoke(app, ["user", "anna", "--file", str(users)], input="hemligt123\nhemligt123\n")
    assert result.exit_code == 0, result.output
    stored = read_users(users)["anna"]
    assert stored.startswith("scrypt$") and verify_password("hemligt123", stored)
    short = runner.invoke(app, ["user", "bo", "--file", str(users)], input="kort\nkort\n")
    assert short.exit_code == 1 and "8 characters" in short.output and "bo" not in read_users(users)


def test_serve_on_a_busy_port_is_one_line(env: dict[str, str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--port", str(port)], env=env)
    assert result.exit_code == 1
    assert (
        "already in use" in result.output and "--port" in result.output and "Traceback" not in result.output
    )


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
