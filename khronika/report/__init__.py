"""A shareable report (``khronika report``): one self-contained HTML file in Russian that an analyst can
mail — inline CSS, an inline SVG timeline of the events (``svg.py``), the events with their
participants and sources, the formats' histories, key quotes with their sources — and, through the
headless Chromium of ``pdf.py``, the same page as PDF.  No script, no file or address it loads; every
text of the chronicle is escaped.

``build_report(records, actor=…, fmt=…)`` takes a ``Chronicle`` (``api/data.py``) and narrows it to
the events of an entity and/or a format.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape

from .svg import history_strip, timeline

KEY_QUOTES = 12  # quotes the report shows at most: direct ones first, then those about an event, by date
EVIDENCE_CHARS = 300  # of an evidence sentence shown in the events table

TYPES_RU = {"CONSULT": "консультации", "AGREE": "договорённость", "SUPPORT": "поддержка", "CONCEDE": "уступка",
            "COOPERATE": "сотрудничество", "AID": "помощь", "RETREAT": "отвод", "REQUEST": "призыв",
            "ACCUSE": "обвинение", "REJECT": "отказ", "THREATEN": "угроза", "PROTEST": "протест",
            "SANCTION": "санкции", "MOBILIZE": "наращивание сил", "COERCE": "принуждение", "ASSAULT": "нападение"}
FACTUALITY_RU = {"occurred": "состоялось", "planned": "запланировано", "proposed": "предложено",
                 "hypothetical": "гипотетически", "negated": "не состоялось"}
STATUS_RU = {"meeting": "встреча", "round": "раунд", "suspended": "приостановлен", "proposed": "предложение",
             "resumed": "возобновлён", "active": "действует", "implied": "подразумевается"}
PRECISION_RU = {"day": "", "month": " (месяц)", "year": " (год)", "unknown": ""}


@dataclass
class Scope:
    """What the report covers: the events, formats and quotes kept, and how the filters read."""

    events: list[dict]
    formats: list[dict]
    quotes: list[dict]
    filters: list[str] = field(default_factory=list)


def narrow(records, actor: str | None = None, fmt: str | None = None) -> Scope:
    """The events of ``actor`` (an entity id) and/or ``fmt`` (a format id ``f:…`` or a type such as
    ``2+2``), the formats they or the actor belong to, and the quotes of the actor or about the events."""
    from ..api.events import list_events

    events = list_events(records, limit=10**9, offset=0, since=None, until=None, type=None, with_=actor,
                         format=fmt, factuality=None, country=None)["items"]
    ids = {e["id"] for e in events}
    formats = records.formats
    if actor or fmt:
        formats = [f for f in formats if (fmt and (f["id"] == fmt or f["type"] == fmt))
                   or (not fmt and (actor in f["sides"] or ids & {v for h in f["history"] for v in h["events"]}))]
    quotes = [q for q in records.quotes if (not actor and not fmt) or q["event"] in ids
              or (actor and not fmt and q["speaker"] == actor)]
    filters = []
    if actor:
        filters.append(f"участник: {records.entities.get(actor, {}).get('name') or actor}")
    if fmt:
        named = next((f["name"] for f in records.formats if f["id"] == fmt), fmt)
        filters.append(f"формат: {named}")
    return Scope(events, formats, key_quotes(quotes), filters)


def key_quotes(quotes: list[dict], n: int = KEY_QUOTES) -> list[dict]:
    """At most ``n`` quotes: direct ones first, then those about an event, each group by date."""
    ranked = sorted(quotes, key=lambda q: (not q["direct"], q["event"] is None, q["document"]["published"] or "9"))
    return sorted(ranked[:n], key=lambda q: q["document"]["published"] or "9")


def _date(iso: str | None, precision: str | None) -> str:
    return "дата неизвестна" if not iso else iso + PRECISION_RU.get(precision or "day", "")


def _who(p: dict) -> str:
    code = f" ({p['code']})" if p.get("code") else ""
    return f"{p.get('name') or p['entity']}{code}"


def _tooltip(e: dict) -> str:
    who = ", ".join(_who(p) for p in e["participants"])
    return f"{_date(e['date'], e['date_precision'])} · {TYPES_RU.get(e['type'], e['type'])} · {who}"


def _cut(text: str, n: int = EVIDENCE_CHARS) -> str:
    text = " ".join(text.split())
    return text[:n] + ("…" if len(text) > n else "")


def _source(d: dict) -> str:
    """A document as a source line: outlet, date, title (linked when it has an address)."""
    title = escape(d.get("title") or d.get("path") or d["id"])
    if d.get("url") and str(d["url"]).startswith(("http://", "https://")):
        title = f'<a href="{escape(d["url"])}">{title}</a>'
    outlet = escape(d.get("source") or "")
    return f"{outlet}{', ' if outlet else ''}{escape(_date(d.get('published'), d.get('published_precision')))}: {title}"


def _events_table(events: list[dict]) -> str:
    rows = []
    for e in events:
        kind = TYPES_RU.get(e["type"], e["type"])
        if e["factuality"] != "occurred":
            kind += f" ({FACTUALITY_RU.get(e['factuality'], e['factuality'])})"
        fmt = (e.get("format_name") or "") + (f", раунд {e['round']}" if e["round"] else "")
        sources = "".join(f"<li>{_source(d)}</li>" for d in e["documents"])
        evidence = _cut(e["evidence"][0]["text"]) if e["evidence"] else ""
        rows.append(f"<tr><td class=nowrap>{escape(_date(e['date'], e['date_precision']))}"
                    f"<br><span class=id>{escape(e['id'])}</span></td><td>{escape(kind)}</td>"
                    f"<td>{escape(', '.join(_who(p) for p in e['participants']))}</td>"
                    f"<td>{escape(e['place_name'] or '')}</td><td>{escape(fmt)}</td>"
                    f"<td>«{escape(evidence)}»<ul class=src>{sources}</ul></td></tr>")
    head = ("<tr><th>Дата</th><th>Тип</th><th>Участники</th><th>Место</th><th>Формат</th>"
            "<th>Свидетельство и источники</th></tr>")
    return f"<table>{head}{''.join(rows)}</table>" if rows else "<p>Событий нет.</p>"


def _formats(formats: list[dict]) -> str:
    parts = []
    for f in formats:
        sides = " – ".join(n or s for n, s in zip(f["side_names"], f["sides"]))
        rows = "".join(
            f"<tr><td class=nowrap>{escape(_date(h['date'], h['date_precision']))}</td>"
            f"<td>{escape(STATUS_RU.get(h['status'], h['status']))}</td><td>{escape(str(h['round'] or ''))}</td>"
            f"<td>{escape(_cut(h.get('evidence') or ''))}</td></tr>" for h in f["history"])
        strip = history_strip(f["history"], lambda h: f"{_date(h['date'], h['date_precision'])} · "
                                                      f"{STATUS_RU.get(h['status'], h['status'])}"
                                                      + (f" {h['round']}" if h["round"] else ""))
        parts.append(f"<section class=format><h3>{escape(f['name'])}</h3><p class=meta>{escape(sides)}</p>{strip}"
                     f"<table><tr><th>Дата</th><th>Статус</th><th>Раунд</th><th>Свидетельство</th></tr>{rows}</table>"
                     f"</section>")
    return "".join(parts) or "<p>Форматов нет.</p>"


def _quotes(quotes: list[dict]) -> str:
    items = [f"<blockquote><p>«{escape(q['text'])}»</p><footer>— {escape(q['speaker_name'] or 'говорящий неизвестен')}"
             f"{'' if q['direct'] else ' (в пересказе)'}; {_source(q['document'])}</footer></blockquote>"
             for q in quotes]
    return "".join(items) or "<p>Цитат нет.</p>"


CSS = """body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1000px;color:#1a202c;line-height:1.4}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:1.6em}
h3{margin-bottom:.1em}.meta{color:#4a5568;margin-top:0}table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border:1px solid #cbd5e0;padding:.3em .5em;vertical-align:top;text-align:left}th{background:#edf2f7}
.nowrap{white-space:nowrap}.id{font-size:.75em;color:#718096}
ul.src{margin:.3em 0 0 1em;padding:0;font-size:.85em;color:#4a5568}
blockquote{border-left:4px solid #2b6cb0;margin:1em 0;padding:.2em 1em;background:#f7fafc}
blockquote footer{font-size:.85em;color:#4a5568}svg text{font-size:11px;fill:#2d3748}
svg .grid{stroke:#e2e8f0}svg .axis{stroke:#4a5568}svg .tick{stroke:#cbd5e0;stroke-dasharray:2 3}
@media print{body{margin:1cm;max-width:none}h2{page-break-after:avoid}tr,blockquote{page-break-inside:avoid}}"""


def build_report(records, actor: str | None = None, fmt: str | None = None, now: datetime | None = None) -> str:
    """The report's HTML for a ``Chronicle``, narrowed to ``actor`` (an entity id) and ``fmt``."""
    scope = narrow(records, actor, fmt)
    now = now or datetime.now(UTC)
    undated = sum(1 for e in scope.events if not e["date"])
    docs = {d["id"] for e in scope.events for d in e["documents"]}
    picture = timeline(scope.events, _tooltip, lambda t: TYPES_RU.get(t, t))
    note = (f"<p class=meta>Незакрашенный кружок: дата известна до месяца или года, либо событие не состоялось. "
            f"Без даты: {undated}.</p>") if picture else "<p>Датированных событий нет.</p>"
    filters = "; ".join(scope.filters) or "вся хроника"
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Хроника: {escape(filters)}</title>'
            f"<style>{CSS}</style></head><body>"
            f"<h1>Хроника международных отношений</h1>"
            f"<p class=meta>{escape(filters)} · событий: {len(scope.events)} · документов: {len(docs)} · "
            f"форматов: {len(scope.formats)} · составлено {now:%Y-%m-%d %H:%M} UTC программой khronika</p>"
            f"<h2>Хронология</h2>{picture}{note}"
            f"<h2>События</h2>{_events_table(scope.events)}"
            f"<h2>Форматы диалога</h2>{_formats(scope.formats)}"
            f"<h2>Ключевые цитаты</h2>{_quotes(scope.quotes)}"
            f"</body></html>\n")
