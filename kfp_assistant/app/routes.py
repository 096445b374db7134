"""Plain HTTP routes beside the Gradio app: the plan viewer, original files, and downloads.

Downloads are built when a link is clicked, from the filters in its query string, and sent from
memory: nothing is written to disk. With login configured every route answers only a browser that
is logged in (the check is passed in by web.py, which knows Gradio's sessions).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import quote as url_quote

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from kfp_assistant.app import compare_view as cv
from kfp_assistant.app.activities import all_activities, make_filter
from kfp_assistant.app.viewer import MEDIA_TYPES, original_file, page_png, viewer_html
from kfp_assistant.assistant import Assistant
from kfp_assistant.compare.charts import Figure
from kfp_assistant.export import headers as export_headers
from kfp_assistant.export import rows as export_rows
from kfp_assistant.export import table_csv, to_json, workbook_bytes

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CHART_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def _download(data: bytes, name: str, media_type: str) -> Response:
    disposition = f"attachment; filename=\"{name}\"; filename*=UTF-8''{url_quote(name)}"
    return Response(data, media_type=media_type, headers={"content-disposition": disposition})


def register(app: FastAPI, assistant: Assistant, logged_in: Callable[[Request], bool]) -> None:
    """Add the viewer and download routes to `app`."""

    def guard(request: Request) -> None:
        if not logged_in(request):
            raise HTTPException(status_code=401, detail="Logga in först.")

    @app.get("/kfp/plan/{doc_id}", response_class=HTMLResponse)
    def plan_page(request: Request, doc_id: str, page: int = 1, q: str = "") -> HTMLResponse:
        guard(request)
        html = viewer_html(assistant, doc_id, page, q[:2000])
        if html is None:
            raise HTTPException(status_code=404, detail="Planen finns inte i indexet.")
        return HTMLResponse(html)

    @app.get("/kfp/plan/{doc_id}/page/{page}.png")
    def plan_page_image(request: Request, doc_id: str, page: int, q: str = "") -> Response:
        guard(request)
        found = original_file(assistant, doc_id)
        if found is None or found[1] is None or found[1].suffix.lower() != ".pdf":
            raise HTTPException(status_code=404, detail="Ingen PDF att visa.")
        try:
            return Response(page_png(found[1], page, q[:2000]), media_type="image/png")
        except IndexError:
            raise HTTPException(status_code=404, detail="Sidan finns inte.") from None

    @app.get("/kfp/file/{doc_id}")
    def original(request: Request, doc_id: str) -> FileResponse:
        guard(request)
        found = original_file(assistant, doc_id)
        if found is None or found[1] is None:
            raise HTTPException(status_code=404, detail="Originalfilen finns inte kvar.")
        path = found[1]
        kind = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
        inline = "inline" if path.suffix.lower() == ".pdf" else "attachment"
        return FileResponse(path, media_type=kind, filename=path.name, content_disposition_type=inline)

    @app.get("/kfp/export/aktiviteter.{fmt}")
    def activities_export(
        request: Request,
        fmt: Literal["xlsx", "csv", "json"],
        administration: str = "",
        period: str = "",
        area: str = "",
        responsible: str = "",
        text: str = "",
        table: str = "",
    ) -> Response:
        guard(request)
        chosen = make_filter(administration, period, area, responsible, text, table)
        records: list[Any] = chosen.apply(all_activities(assistant))
        if fmt == "json":
            return _download(
                to_json({"activities": records}).encode(), "aktiviteter.json", "application/json"
            )
        header, table_rows = export_headers("activities"), export_rows("activities", records)
        if fmt == "csv":
            return _download(table_csv(header, table_rows), "aktiviteter.csv", "text/csv; charset=utf-8")
        return _download(workbook_bytes([("Aktiviteter", header, table_rows)]), "aktiviteter.xlsx", XLSX)

    def comparison(aspect: str, administration: list[str] | None) -> tuple[str, list[Any], dict[str, Any]]:
        kind = aspect if aspect in cv.EXPLAIN else "activities"
        plans, result = cv.compare_result(assistant, administration or None, kind)
        if result is None:
            raise HTTPException(status_code=404, detail="Inga planer matchar urvalet.")
        return kind, plans, result

    @app.get("/kfp/export/jamforelse.xlsx")
    def compare_export(
        request: Request,
        aspect: str = "activities",
        administration: Annotated[list[str] | None, Query()] = None,
    ) -> Response:
        guard(request)
        kind, plans, result = comparison(aspect, administration)
        data = workbook_bytes(cv.compare_sheets(kind, result, plans))
        return _download(data, f"jamforelse-{kind}.xlsx", XLSX)

    @app.get("/kfp/export/diagram.{fmt}")
    def chart_export(
        request: Request,
        fmt: Literal["png", "svg"],
        aspect: str = "activities",
        metric: str = "",
        administration: Annotated[list[str] | None, Query()] = None,
    ) -> Response:
        guard(request)
        kind, _, result = comparison(aspect, administration)
        figure: Figure | None = cv.chart(kind, result, metric or None)
        if figure is None:
            raise HTTPException(status_code=404, detail="Inget diagram för urvalet.")
        buffer = _figure_bytes(figure, fmt)
        return _download(buffer, f"diagram-{kind}.{fmt}", CHART_TYPES[fmt])

    @app.get("/kfp/export/skillnader.xlsx")
    def diff_export(request: Request, old: str, new: str) -> Response:
        guard(request)
        (headers, rows), _ = cv.diff_view(assistant, old, new)
        if not rows:
            raise HTTPException(status_code=404, detail="Välj två versioner av samma plan.")
        return _download(workbook_bytes([("Skillnader", headers, rows)]), "skillnader.xlsx", XLSX)


def _figure_bytes(figure: Figure, fmt: str) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=150)
    return buffer.getvalue()
