"""The web server over HTTP: security headers, the plan viewer, downloads, login, upload limit."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kfp_assistant.app import activities as a
from kfp_assistant.app.login import FREE_FAILURES, LoginThrottle, hash_password, set_user
from kfp_assistant.app.viewer import page_png
from kfp_assistant.app.web import create_app
from kfp_assistant.assistant import Assistant
from kfp_assistant.errors import ConfigError
from kfp_assistant.settings import Settings
from tests.app.conftest import PLAN_2024, PLAN_2025

QUOTE = "Personalomsättningen var 12,5 procent under 2024."


def _pdf(path: Path) -> None:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    page.setFont("Helvetica", 12)
    lines = [
        "Kompetensförsörjningsplan 2025-2027",
        "Kulturnämnden",
        "",
        QUOTE,
        "Sjukfrånvaron var 5,1 procent.",
        '<img src="http://evil.example/x.png">',
    ]
    for n, line in enumerate(lines):
        page.drawString(72, 760 - 18 * n, line)
    page.showPage()
    page.drawString(72, 760, "Aktiviteter finns på nästa plan.")
    page.save()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("web")
    docs = root / "docs"
    docs.mkdir()
    (docs / "social-2024.md").write_text(PLAN_2024, encoding="utf-8")
    (docs / "social-2025.md").write_text(PLAN_2025, encoding="utf-8")
    _pdf(docs / "kultur-2025.pdf")
    assistant = Assistant(
        Settings(index_dir=root / "index", embeddings="fake", lock_timeout=5, max_file_mb=0.05)
    )
    assert {f.status for f in assistant.ingest([docs]).files} == {"ok"}
    return assistant


@pytest.fixture(scope="module")
def client(site: Assistant) -> Iterator[TestClient]:
    with TestClient(create_app(site)) as test_client:
        yield test_client


def _doc(site: Assistant, administration: str) -> str:
    return next(d.doc_id for d in site.documents() if d.administration == administration)


def test_every_response_carries_the_security_headers(client: TestClient, site: Assistant) -> None:
    for path in ("/", f"/kfp/plan/{_doc(site, 'Kulturnämnden')}", "/kfp/plan/saknas", "/config"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'self'" in csp and "http" not in csp
        assert response.headers["x-frame-options"] == "SAMEORIGIN"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_viewer_opens_a_pdf_at_the_page_with_the_quote_marked(client: TestClient, site: Assistant) -> None:
    doc_id = _doc(site, "Kulturnämnden")
    page = client.get(f"/kfp/plan/{doc_id}", params={"page": 1, "q": QUOTE})
    assert page.status_code == 200 and "sidan 1 av 2" in page.text
    assert (
        f"<mark>{QUOTE}</mark>" in page.text and "&lt;img" in page.text and '<img src="http' not in page.text
    )
    assert f'href="../file/{doc_id}#page=1"' in page.text
    image = client.get(f"/kfp/plan/{doc_id}/page/1.png", params={"q": QUOTE})
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    original = client.get(f"/kfp/file/{doc_id}")
    assert original.content.startswith(b"%PDF") and original.headers["content-type"] == "application/pdf"
    assert client.get(f"/kfp/plan/{doc_id}/page/9.png").status_code == 404


def _yellow(png: bytes) -> int:
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(((red > 240) & (green > 200) & (green < 240) & (blue < 150)).sum())


def test_page_image_highlights_the_quote(site: Assistant) -> None:
    doc = site.index.document(_doc(site, "Kulturnämnden"))
    assert doc is not None
    plain = _yellow(page_png(Path(doc.path), 1, ""))
    marked = _yellow(page_png(Path(doc.path), 1, "personalomsättningen  var 12,5\nprocent"))
    assert plain == 0 and marked > 1000


def test_markdown_plan_opens_as_text(client: TestClient, site: Assistant) -> None:
    page = client.get(
        f"/kfp/plan/{_doc(site, 'Socialnämnden')}", params={"page": 1, "q": "Erbjud avslutssamtal"}
    )
    assert page.status_code == 200 and "<mark>Erbjud avslutssamtal</mark>" in page.text
    assert "kfp-page-image" not in page.text


def test_downloads_are_built_on_request_without_temp_files(
    client: TestClient, site: Assistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    for text in ("e", "er", "erb"):  # typing in the filter box
        a.export_links(a.ALL, a.ALL, a.ALL, a.ALL, text, a.ALL)
        a.filter_activities(a.all_activities(site), None, None, None, None, text)
    sheet = openpyxl.load_workbook(
        io.BytesIO(client.get("/kfp/export/aktiviteter.xlsx", params={"period": "2025-2027"}).content)
    ).active
    assert sheet is not None and sheet.max_row == 4 and sheet["A1"].value == "Förvaltning"
    csv_file = client.get("/kfp/export/aktiviteter.csv", params={"text": "avslutssamtal"})
    text = csv_file.content.decode("utf-8-sig")
    assert len(text.strip().splitlines()) == 2
    data = json.loads(client.get("/kfp/export/aktiviteter.json").content)
    assert len(data["activities"]) == 5 and "doc_id" in data["activities"][0]
    for aspect in ("activities", "gaps", "figures"):
        response = client.get("/kfp/export/jamforelse.xlsx", params={"aspect": aspect})
        assert response.status_code == 200 and openpyxl.load_workbook(io.BytesIO(response.content)).sheetnames
    assert client.get("/kfp/export/diagram.png").content.startswith(b"\x89PNG")
    assert b"<svg" in client.get("/kfp/export/diagram.svg").content
    social = [d for d in site.documents() if d.administration == "Socialnämnden"]
    old, new = sorted((d.period or "", d.doc_id) for d in social)
    diff = client.get("/kfp/export/skillnader.xlsx", params={"old": old[1], "new": new[1]})
    assert openpyxl.load_workbook(io.BytesIO(diff.content)).active["D1"].value == "Efter"
    assert "attachment" in diff.headers["content-disposition"]
    assert list(tmp_path.iterdir()) == []


def test_oversize_upload_is_refused(client: TestClient) -> None:
    big = b"%PDF-1.4\n" + b"0" * 200_000  # the limit in this site is 0.05 MB
    response = client.post("/gradio_api/upload", files={"files": ("stor.pdf", big, "application/pdf")})
    assert response.status_code == 413
    huge = client.post("/gradio_api/upload", files={"files": ("enorm.pdf", big * 8, "application/pdf")})
    assert huge.status_code == 413 and "för stor" in huge.text  # refused from its declared size, unread
    small = client.post("/gradio_api/upload", files={"files": ("liten.md", b"# Plan\n", "text/markdown")})
    assert small.status_code == 200


@pytest.fixture
def secured(site: Assistant, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    users = tmp_path / "users.txt"
    set_user(users, "anna", hash_password("rätt-lösen"))
    set_user(users, "bo", hash_password("bos-lösen"))
    settings = site.settings.model_copy(update={"auth": users})
    locked = Assistant(settings)
    with TestClient(create_app(locked, LoginThrottle()), client=("10.0.0.7", 5000)) as test_client:
        yield test_client, users


def test_login_is_throttled(secured: tuple[TestClient, Path]) -> None:
    client, _ = secured
    assert client.get("/kfp/export/aktiviteter.json").status_code == 401
    for _ in range(FREE_FAILURES):
        assert client.post("/login", data={"username": "anna", "password": "gissning"}).status_code == 400
    refused = client.post("/login", data={"username": "anna", "password": "rätt-lösen"})
    assert refused.status_code == 400 and "För många" in refused.json()["detail"]
    assert int(refused.headers["retry-after"]) > 0


def test_sessions_end_when_a_user_is_removed(secured: tuple[TestClient, Path]) -> None:
    client, users = secured
    assert client.post("/login", data={"username": "bo", "password": "bos-lösen"}).status_code == 200
    assert client.get("/kfp/export/aktiviteter.json").status_code == 200
    users.write_text("\n".join(line for line in users.read_text().splitlines() if not line.startswith("bo:")))
    assert client.get("/kfp/export/aktiviteter.json").status_code == 401
    assert client.get("/gradio_api/login_check").status_code == 401  # Gradio itself refuses too


def test_a_missing_users_file_stops_the_start(site: Assistant, tmp_path: Path) -> None:
    settings = site.settings.model_copy(update={"auth": tmp_path / "saknas.txt"})
    with pytest.raises(ConfigError, match="does not exist"):
        create_app(Assistant(settings))
