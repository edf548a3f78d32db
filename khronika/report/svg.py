"""The report's timeline picture: an inline SVG, no script.  Dated events are dots on a time axis, one
lane per event type; each dot's ``<title>`` (the browser's tooltip) says what it is.  Every string is
escaped."""
from __future__ import annotations

from datetime import date
from html import escape

WIDTH, LANE, LEFT, TOP, BOTTOM = 900, 26, 140, 16, 34  # pixels
COLORS = {"CONSULT": "#2b6cb0", "AGREE": "#2f855a", "COOPERATE": "#38a169", "SUPPORT": "#68d391",
          "AID": "#48bb78", "CONCEDE": "#81e6d9", "RETREAT": "#4fd1c5", "REQUEST": "#b7791f",
          "ACCUSE": "#ed8936", "REJECT": "#c05621", "THREATEN": "#e53e3e", "SANCTION": "#9b2c2c",
          "PROTEST": "#c53030", "MOBILIZE": "#742a2a", "COERCE": "#822727", "ASSAULT": "#63171b"}


def day(iso: str) -> date:
    """The middle of the period a date cut to its precision names (``2017`` → 1 July 2017)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 7, 1)
    if len(parts) == 2:
        return date(parts[0], parts[1], 15)
    return date(*parts)


def timeline(events: list[dict], label=lambda e: e["id"], lane=str) -> str:
    """The SVG of ``events`` (records of ``/events``) that have a date; ``label(event)``: the tooltip,
    ``lane(type)``: the name of a lane."""
    dated = [e for e in events if e["date"]]
    if not dated:
        return ""
    types = sorted({e["type"] for e in dated})
    days = [day(e["date"]) for e in dated]
    first, last = min(days), max(days)
    first, last = date(first.year, 1, 1), date(last.year + 1, 1, 1)
    span = (last - first).days or 1
    height = TOP + LANE * len(types) + BOTTOM

    def x(d: date) -> float:
        return LEFT + (WIDTH - LEFT - 10) * (d - first).days / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
           f'role="img" aria-label="Хронология событий">']
    for i, t in enumerate(types):
        y = TOP + LANE * i + LANE / 2
        out.append(f'<text x="{LEFT - 8}" y="{y + 4:.0f}" text-anchor="end" class="lane">{escape(lane(t))}</text>')
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{y:.0f}" y2="{y:.0f}" class="grid"/>')
    axis = TOP + LANE * len(types) + 6
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - 10}" y1="{axis}" y2="{axis}" class="axis"/>')
    out += year_ticks(x, first, last, (TOP, axis + 4), axis + 18)
    for e, d in zip(dated, days):
        y = TOP + LANE * types.index(e["type"]) + LANE / 2
        r = 5 if e["date_precision"] == "day" else 4
        hollow = e["date_precision"] != "day" or e["factuality"] != "occurred"
        color = COLORS.get(e["type"], "#4a5568")
        fill = "white" if hollow else color
        out.append(f'<circle cx="{x(d):.1f}" cy="{y:.0f}" r="{r}" fill="{fill}" stroke="{color}" stroke-width="2">'
                   f'<title>{escape(label(e))}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def year_ticks(x, first: date, last: date, tick: tuple[float, float], label_y: float) -> list[str]:
    """A tick from ``tick[0]`` to ``tick[1]`` and a label at ``label_y`` for each year from ``first`` up to
    ``last`` (at most about twelve); ``x`` places a day."""
    out = []
    years = range(first.year, last.year + 1)
    for year in years[:-1][::max(1, len(years) // 12)]:
        xx = x(date(year, 1, 1))
        out.append(f'<line x1="{xx:.1f}" x2="{xx:.1f}" y1="{tick[0]}" y2="{tick[1]}" class="tick"/>')
        out.append(f'<text x="{xx + 3:.1f}" y="{label_y}" class="year">{year}</text>')
    return out


STATUS_COLORS = {"round": "#2b6cb0", "meeting": "#2b6cb0", "resumed": "#2f855a", "active": "#38a169",
                 "suspended": "#c53030", "proposed": "#dd6b20", "implied": "#a0aec0"}
STRIP_HEIGHT = 46


def history_strip(history: list[dict], label=lambda h: h["status"]) -> str:
    """A format's history as one line of dots on a time axis (a colour per status, hollow when the
    date is less precise than a day or the entry is only implied); ``""`` when fewer than two entries
    are dated (the table says it as well)."""
    dated = [h for h in history if h.get("date")]
    if len(dated) < 2:
        return ""
    days = [day(h["date"]) for h in dated]
    first, last = date(min(days).year, 1, 1), date(max(days).year + 1, 1, 1)
    span = (last - first).days or 1
    left, right, y = 10, WIDTH - 10, 16

    def x(d: date) -> float:
        return left + (right - left) * (d - first).days / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {STRIP_HEIGHT}" width="100%" '
           f'role="img" aria-label="История формата">',
           f'<line x1="{left}" x2="{right}" y1="{y}" y2="{y}" class="axis"/>']
    out += year_ticks(x, first, last, (y - 6, y + 6), y + 24)
    for h, d in zip(dated, days):
        color = STATUS_COLORS.get(h["status"], "#4a5568")
        hollow = h.get("date_precision") != "day" or h["status"] == "implied"
        out.append(f'<circle cx="{x(d):.1f}" cy="{y}" r="6" fill="{"white" if hollow else color}" stroke="{color}" '
                   f'stroke-width="2"><title>{escape(label(h))}</title></circle>')
    out.append("</svg>")
    return "".join(out)
