"""What ``event``, ``entity`` and ``search`` print in the terminal, built from the API's records
(``api/``).  User text never goes through rich markup: it is put into ``Text`` objects and styled by
offsets."""
from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

CONTEXT = 160  # characters of the document shown on each side of an evidence sentence


def _date(iso: str | None, precision: str | None) -> str:
    if iso is None:
        return "—"
    return iso if precision in (None, "day") else f"{iso} ({precision})"


def _who(p: dict) -> str:
    code = f" [{p['code']}]" if p.get("code") else ""
    return f"{p.get('name') or p['entity']}{code}" + {"source": " →", "target": " ←"}.get(p["role"], "")


def highlighted(text: str, start: int, end: int, marks: list[str] = ()) -> Text:
    """``text`` with ``[start, end)`` in bold yellow (and ``marks``, words inside it, underlined), cut to
    ``CONTEXT`` characters around it."""
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    out = Text(("…" if a else "") + text[a:b] + ("…" if b < len(text) else ""), style="dim")
    shift = 1 if a else 0
    out.stylize("bold yellow not dim", start - a + shift, end - a + shift)
    for mark in marks:
        at = text.find(mark, start, end) if mark else -1
        if at >= 0:
            out.stylize("underline", at - a + shift, at - a + shift + len(mark))
    return out


def _conflicts(conflicts: dict | None, names: dict[str, str]) -> str:
    """``place: Токио / Ямагути; date: 2016-12 / 2016-12-15``: what the reports disagree on."""
    return "; ".join(f"{k}: {' / '.join(names.get(v, v) for v in vs)}" for k, vs in (conflicts or {}).items())


def render_event(event: dict, texts: dict[str, str], console: Console, names: dict[str, str] | None = None) -> None:
    """One fused event: its fields, then each source's evidence sentence highlighted in its document."""
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    kind = event["type"] + (f" / {event['mode']}" if event.get("mode") else "")
    fmt = ", ".join(x for x in (event.get("format_name"), event["round"] and f"round {event['round']}") if x)
    rows = [("Event", event["id"]), ("Date", _date(event["date"], event["date_precision"])), ("Type", kind),
            ("Factuality", event["factuality"]), ("Participants", ", ".join(map(_who, event["participants"]))),
            ("Place", event.get("place_name") or ""), ("Format", fmt),
            ("Topics", ", ".join(event["topics"] or ())),
            ("Reports disagree", _conflicts(event.get("conflicts"), names or {}))]
    for label, value in rows:
        if value:
            head.add_row(label, Text(value))
    console.print(head)
    for x in event["evidence"]:
        d = x["document"]
        title = Text(f"\n{d.get('source') or ''} {_date(d.get('published'), d.get('published_precision'))} "
                     f"{d.get('title') or d.get('path') or d['id']} ({d['id']}, {x['start']}–{x['end']})", style="bold")
        console.print(title)
        console.print(highlighted(texts.get(x["doc"], x["text"]), x["start"], x["end"], [event.get("trigger") or ""]))
    for q in event.get("quotes") or ():
        console.print(Text(f"\n«{q['text']}» — {q.get('speaker_name') or q['speaker'] or '?'}", style="italic"))


def render_entity(entity: dict, names: dict[str, str], console: Console) -> None:
    """An entity: roles over time, events, quotes, stances."""
    code = f" [{entity['code']}]" if entity.get("code") else ""
    console.print(Text(f"{entity['name']}{code}  {entity['type']}  {entity['id']}", style="bold"))
    if entity.get("aliases"):
        console.print(Text("also: " + ", ".join(entity["aliases"]), style="dim"))
    parts = []
    if entity["roles"]:
        roles = Table(title=f"Roles ({len(entity['roles'])})", title_justify="left")
        for column in ("Date", "Position", "Of", "Evidence"):
            roles.add_column(column)
        for r in entity["roles"]:
            position = ("экс-" if r["former"] else "") + r["position"]
            of = names.get(r["of"], r["of"] or "")
            roles.add_row(_date(r["date"], r["date_precision"]), Text(position), Text(of),
                          Text(_cut((r.get("evidence") or {}).get("text") or "")))
        parts.append(roles)
    if entity["events"]:
        events = Table(title=f"Events ({len(entity['events'])})", title_justify="left")
        for column in ("Id", "Date", "Type", "With", "Docs"):
            events.add_column(column)
        for e in entity["events"]:
            others = ", ".join(_who(p) for p in e["participants"] if p["entity"] != entity["id"])
            events.add_row(e["id"], _date(e["date"], e["date_precision"]), e["type"], Text(others),
                           str(len(e["sources"])))
        parts.append(events)
    if entity["quotes"]:
        quotes = Table(title=f"Quotes ({len(entity['quotes'])})", title_justify="left")
        for column in ("Date", "Quote", "Source"):
            quotes.add_column(column)
        for q in entity["quotes"]:
            d = q["document"]
            quotes.add_row(_date(d.get("published"), d.get("published_precision")), Text(_cut(q["text"], 240)),
                           Text(d.get("source") or d.get("title") or d["id"]))
        parts.append(quotes)
    if entity["stances"]:
        stances = Table(title=f"Stances ({len(entity['stances'])})", title_justify="left")
        for column in ("Holder", "Polarity", "Other", "Evidence"):
            stances.add_column(column)
        for x in entity["stances"]:
            stances.add_row(Text(x.get("holder_name") or x["holder"] or ""), x["polarity"],
                            Text(x.get("other_name") or x["other"] or ""), Text(_cut(x["evidence"]["text"])))
        parts.append(stances)
    console.print(Group(*parts))


def render_matches(matches: list[dict], query: str, console: Console) -> None:
    table = Table(title=f"{len(matches)} entities match {query!r}", title_justify="left")
    for column in ("Id", "Type", "Name", "Code", "Roles"):
        table.add_column(column)
    for e in matches:
        table.add_row(e["id"], e["type"], Text(e["name"]), e.get("code") or "", str(len(e["roles"])))
    console.print(table)


def render_search(found: dict, texts: dict[str, str], console: Console) -> None:
    """Documents best first, each with its first matching words highlighted; then the evidence."""
    console.print(Text(f"{found['total']} documents hold {found['query']!r} "
                       f"(lemmas: {' '.join(found['lemmas'])})", style="bold"))
    for d in found["items"]:
        console.print(Text(f"\n{d['id']}  {_date(d['published'], d['published_precision'])}  {d.get('source') or ''}  "
                           f"{d.get('title') or d['path']}", style="bold"))
        if d["hits"]:
            first = d["hits"][0]
            text = texts.get(d["id"], "")
            console.print(highlighted(text, first["start"], first["end"]))
    if found["evidence"]:
        table = Table(title=f"Evidence ({len(found['evidence'])})", title_justify="left")
        for column in ("Of", "Document", "Sentence"):
            table.add_column(column)
        for x in found["evidence"]:
            what = x.get("event") or x.get("quote")
            table.add_row(what, x["evidence"]["doc"], Text(_cut(x["evidence"]["text"], 240)))
        console.print(table)


def search_rows(found: dict) -> list[dict]:
    """``search --csv``: one row per document found, then one per evidence sentence."""
    rows = [{"kind": "document", "id": d["id"], "doc": d["id"], "published": d["published"], "source": d["source"],
             "title": d["title"], "hits": len(d["hits"]), "text": d["hits"][0]["text"] if d["hits"] else None}
            for d in found["items"]]
    rows += [{"kind": "event" if x.get("event") else "quote", "id": x.get("event") or x.get("quote"),
              "doc": x["evidence"]["doc"], "published": None, "source": None, "title": None, "hits": None,
              "text": x["evidence"]["text"]} for x in found["evidence"]]
    return rows


SEARCH_COLUMNS = (("kind", "str"), ("id", "str"), ("doc", "str"), ("published", "str"), ("source", "str"),
                  ("title", "str"), ("hits", "int"), ("text", "str"))


def _cut(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text[:n] + ("…" if len(text) > n else "")
