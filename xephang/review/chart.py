"""An entity's rank across years as inline SVG: one line per index (and component/group).

Drawn on the server as plain SVG elements with presentation attributes (no style attributes, no
script), so the page keeps its strict Content-Security-Policy and needs no charting library.
Rank 1 is at the top; every label is escaped.
"""

from __future__ import annotations

import html
from typing import Any

PALETTE = ("#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7ea4", "#57606a")
INDEX_NAMES = {
    "dti": "DTI",
    "ict_index": "ICT Index",
    "ict_application": "Ứng dụng CNTT",
    "egdi": "EGDI",
    "local": "Xếp hạng địa phương",
    "other": "Khác",
}


def series_label(row: dict[str, Any]) -> str:
    """"DTI · chính quyền số · 34 tỉnh" for a history row's index, component and group."""
    parts = [INDEX_NAMES.get(row["index"], row["index"])]
    parts += [p for p in (row.get("component"), row.get("group")) if p]
    return " · ".join(parts)


def rank_history_svg(entity: str, rows: list[dict[str, Any]], width: int = 760, height: int = 320) -> str:
    """The SVG markup; a short note instead when no row has a rank."""
    ranked = [r for r in rows if r.get("rank") is not None and r.get("year") is not None]
    if not ranked:
        return '<p class="muted">Chưa có thứ hạng theo năm cho đơn vị này.</p>'
    series: dict[str, list[dict[str, Any]]] = {}
    for r in ranked:
        series.setdefault(series_label(r), []).append(r)
    years = sorted({int(r["year"]) for r in ranked})
    worst = max(5, max(int(r["rank"]) for r in ranked))
    left, right, top, bottom = 56, 210, 24, 40
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(year: int) -> float:
        if len(years) == 1:
            return left + plot_w / 2
        return left + plot_w * (year - years[0]) / (years[-1] - years[0])

    def y(rank: float) -> float:
        return top + plot_h * (rank - 1) / max(1, worst - 1)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" width="{width}"'
        f' height="{height}" role="img" aria-label="{html.escape("Thứ hạng của " + entity + " theo năm")}">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fbfbfc" stroke="#d0d7de"/>',
    ]
    step = max(1, round((worst - 1) / 5))
    ticks = sorted({1, *range(1 + step, worst, step), worst})
    for t in ticks:
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="#eaeef2"/>')
        out.append(f'<text x="{left - 8}" y="{y(t) + 4:.1f}" text-anchor="end" font-size="12" fill="#57606a">{t}</text>')
    for yr in years:
        out.append(f'<text x="{x(yr):.1f}" y="{top + plot_h + 22}" text-anchor="middle" font-size="12" fill="#57606a">{yr}</text>')
    out.append(f'<text x="14" y="{top + plot_h / 2:.1f}" font-size="12" fill="#57606a" text-anchor="middle"'
               f' transform="rotate(-90 14 {top + plot_h / 2:.1f})">thứ hạng (1 = cao nhất)</text>')
    for n, (label, points) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        coords = [(x(int(p["year"])), y(float(p["rank"])), p) for p in sorted(points, key=lambda p: p["year"])]
        if len(coords) > 1:
            path = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy, _p in coords)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        for cx, cy, p in coords:
            total = f"/{p['rank_total']}" if p.get("rank_total") else ""
            tip = html.escape(f"{label} {p['year']}: hạng {p['rank']}{total}")
            out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{colour}"><title>{tip}</title></circle>')
            out.append(f'<text x="{cx:.1f}" y="{cy - 9:.1f}" text-anchor="middle" font-size="12" font-weight="600"'
                       f' fill="{colour}">{p["rank"]}{html.escape(total)}</text>')
        ly = top + 14 + n * 20
        out.append(f'<rect x="{left + plot_w + 16}" y="{ly - 9}" width="12" height="12" rx="2" fill="{colour}"/>')
        out.append(f'<text x="{left + plot_w + 34}" y="{ly + 1}" font-size="12" fill="#24292f">{html.escape(label)}</text>')
    out.append("</svg>")
    return "".join(out)
