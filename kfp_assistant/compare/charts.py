"""Charts of comparisons: the one home of matplotlib.

Takes the JSON-ready results of compare.py. The `*_chart_figure` functions return a matplotlib
Figure (the Gradio app shows it); the `*_chart` functions save one to PNG or SVG, chosen by
the file suffix. The Agg backend is forced so charts render on servers without a display.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

# Figures are built without pyplot: no global figure registry to leak from a long-running app.
from matplotlib.figure import Figure

from kfp_assistant.errors import ConfigError
from kfp_assistant.sv.areas import UBARA_AREAS
from kfp_assistant.sv.metrics import METRICS

FORMATS = (".png", ".svg")


def _plan_label(item: dict[str, Any]) -> str:
    name = str(item.get("administration") or "okänd förvaltning")
    name = name.replace(" stadsdelsförvaltning", "")
    return f"{name} {item['period']}" if item.get("period") else name


def _grouped_bars(ax: Any, categories: list[str], series: dict[str, list[float]]) -> None:
    """Bars of every series side by side within each category."""
    width = 0.8 / max(len(series), 1)
    for n, (label, values) in enumerate(series.items()):
        offsets = [i - 0.4 + width * (n + 0.5) for i in range(len(categories))]
        ax.bar(offsets, values, width, label=label)
    ax.set_xticks(range(len(categories)))
    ax.legend(fontsize="small")


def activities_chart_figure(result: dict[str, Any]) -> Figure:
    """Grouped bars: number of activities per UBARA area, one bar per plan."""
    plans = [_plan_label(t) for t in result["totals"]]
    present = {r["area"] for r in result["rows"]}
    areas = [a for a in UBARA_AREAS if a in present] or list(UBARA_AREAS)
    counts = {(_plan_label(r), r["area"]): r["count"] for r in result["rows"]}
    series = {plan: [float(counts.get((plan, a), 0)) for a in areas] for plan in plans}
    fig = Figure(figsize=(max(6.0, 1.4 * len(areas) * max(1, len(plans)) / 2), 4.5), layout="constrained")
    ax = fig.subplots()
    _grouped_bars(ax, areas, series)
    ax.set_xticklabels(areas)
    ax.set_ylabel("Antal aktiviteter")
    ax.set_title("Aktiviteter per UBARA-område")
    return fig


def gaps_chart_figure(result: dict[str, Any]) -> Figure:
    """Grouped bars: number of identified gaps per theme, one bar per plan."""
    plans = [_plan_label(t) for t in result["totals"]]
    themes: list[str] = []
    for row in result["rows"]:
        if row["label"] not in themes:
            themes.append(row["label"])
    counts = {(_plan_label(r), r["label"]): r["count"] for r in result["rows"]}
    series = {plan: [float(counts.get((plan, t), 0)) for t in themes] for plan in plans}
    fig = Figure(figsize=(max(7.0, 0.9 * len(themes) + 2), 5.0), layout="constrained")
    ax = fig.subplots()
    _grouped_bars(ax, themes, series)
    ax.set_xticklabels(themes, rotation=35, ha="right", fontsize="small")
    ax.set_ylabel("Antal kompetensgap")
    ax.set_title("Kompetensgap per tema")
    return fig


def _year(point: dict[str, Any]) -> float | None:
    """x position of a trend point: the (last) year its value describes, else its plan's first year."""
    as_of = re.findall(r"\d{4}", str(point.get("as_of") or ""))
    period = re.findall(r"\d{4}", str(point.get("period") or ""))
    return float(as_of[-1]) if as_of else float(period[0]) if period else None


def figures_chart_figure(result: dict[str, Any], metrics: Sequence[str] | None = None) -> Figure:
    """Key figures over time: one panel per metric, one line per administration."""
    trend = result["trend"]
    wanted = list(metrics) if metrics else list(dict.fromkeys(t["metric"] for t in trend))[:4]
    unknown = [m for m in wanted if m not in METRICS]
    if unknown:
        raise ConfigError(
            f"unknown metric(s) {', '.join(unknown)}; use ids such as {', '.join(list(METRICS)[:4])}"
        )
    fig = Figure(figsize=(6.0, 3.2 * max(1, len(wanted))), layout="constrained")
    axes = fig.subplots(max(1, len(wanted)), 1, squeeze=False)[:, 0]
    for ax, metric in zip(axes, wanted, strict=False):
        for line in (t for t in trend if t["metric"] == metric):
            points = [(x, p["value"]) for p in line["points"] if (x := _year(p)) is not None]
            if points:
                xs, ys = zip(*sorted(points), strict=True)
                ax.plot(xs, ys, marker="o", label=_plan_label(line))
        ax.set_title(METRICS[metric]["label_sv"])
        ax.xaxis.get_major_locator().set_params(integer=True)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize="small")
        else:
            ax.text(0.5, 0.5, "Inga värden", ha="center", va="center", transform=ax.transAxes)
    return fig


def save_figure(fig: Figure, path: Path | str) -> Path:
    """Write a figure as PNG or SVG (by suffix) and return the path."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise ConfigError(f"{target.name}: charts are written as .png or .svg; change the file suffix")
    target.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(target, dpi=150)
    return target


def activities_chart(result: dict[str, Any], path: Path | str) -> Path:
    """Write the activities-per-area chart of a compare result to path; return the path."""
    return save_figure(activities_chart_figure(result), path)


def gaps_chart(result: dict[str, Any], path: Path | str) -> Path:
    """Write the gaps-per-theme chart of a compare result to path; return the path."""
    return save_figure(gaps_chart_figure(result), path)


def figures_chart(result: dict[str, Any], metrics: Sequence[str] | None, path: Path | str) -> Path:
    """Write the key figures over time (the given metrics, or the first four) to path; return the path."""
    return save_figure(figures_chart_figure(result, metrics), path)
