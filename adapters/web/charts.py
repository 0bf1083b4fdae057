"""Tiny server-rendered SVG charts: bars and a line, no JavaScript, no library.

The SVG is inline in the page and styled only by classes from glossary.css (the CSP forbids inline
styles). Every bar and point carries a <title> ("2026-W47: 12 questions") so the figure is readable
with a pointer, a screen reader, or a test. Labels are escaped here; the result is trusted markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT = 600, 220
LEFT, RIGHT, TOP, BOTTOM = 54, 12, 14, 36  # room for the axis labels


@dataclass(frozen=True)
class Point:
    label: str  # under the axis ("W47")
    value: float | None  # None: no data (a rate with no questions); drawn as a gap
    title: str  # the tooltip and accessible text ("2026-W47: 12 questions")


def _scale(values: list[float | None], ceiling: float | None) -> float:
    top = max([v for v in values if v is not None] + [0.0])
    if ceiling is not None:
        return ceiling
    if top <= 0:
        return 1.0
    step = 10 ** (len(str(int(top))) - 1) if top >= 10 else 1
    return float(-(-top // step) * step)  # round up to a tidy number


def _frame(title: str, maximum: float, fmt: Callable[[float], str], labels: list[str], inner: list[str],
           css: str) -> Markup:
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    parts = [f'<svg class="chart {css}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'preserveAspectRatio="xMidYMid meet" aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    for fraction in (0, 0.5, 1):
        y = TOP + plot_h * (1 - fraction)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{escape(fmt(maximum * fraction))}</text>")
    slot = plot_w / max(len(labels), 1)
    for i, label in enumerate(labels):
        if len(labels) <= 12 or i % 2 == 0:
            x = LEFT + slot * (i + 0.5)
            parts.append(f'<text class="axis" x="{x:.1f}" y="{HEIGHT - 12}" text-anchor="middle">'
                         f"{escape(label)}</text>")
    parts += inner
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every piece of text above went through escape()


def bar_chart(title: str, points: list[Point], fmt: Callable[[float], str] = lambda v: f"{v:g}") -> Markup:
    values = [p.value for p in points]
    maximum = _scale(values, None)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(points), 1)
    bars = []
    for i, p in enumerate(points):
        value = p.value or 0
        h = plot_h * value / maximum
        x = LEFT + slot * i + slot * 0.15
        bars.append(f'<rect class="bar" x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{slot * 0.7:.1f}" '
                    f'height="{max(h, 0):.1f}"><title>{escape(p.title)}</title></rect>')
    return _frame(title, maximum, fmt, [p.label for p in points], bars, "bars")


def line_chart(title: str, points: list[Point], ceiling: float | None = None,
               fmt: Callable[[float], str] = lambda v: f"{v:g}") -> Markup:
    """A line through the points with a value; a point without one (None) breaks the line."""
    maximum = _scale([p.value for p in points], ceiling)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(points), 1)
    runs: list[list[str]] = [[]]
    dots = []
    for i, p in enumerate(points):
        if p.value is None:
            runs.append([])
            continue
        x, y = LEFT + slot * (i + 0.5), TOP + plot_h * (1 - p.value / maximum)
        runs[-1].append(f"{x:.1f},{y:.1f}")
        dots.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="4"><title>{escape(p.title)}</title></circle>')
    lines = [f'<polyline class="line" points="{" ".join(run)}"/>' for run in runs if len(run) > 1]
    return _frame(title, maximum, fmt, [p.label for p in points], lines + dots, "lines")
