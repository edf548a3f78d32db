"""What a person reads in the terminal: the ``show``, ``events`` and ``formats`` tables, built from
a store with the records of ``export.py``."""
from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .export import person_roles
from .store import Store


def summary(store: Store) -> Group:
    """Documents, persons by mention count, and totals, as a rich renderable."""
    documents = store.documents()
    entities = store.entities()
    counts = store.mention_counts()
    return Group(_documents_table(documents), _persons_table(entities, counts, person_roles(store)),
                 _totals(documents, entities))


def render_summary(store: Store, console: Console) -> None:
    """Print ``summary(store)`` to ``console``; user text is never read as rich markup."""
    console.print(summary(store))


def _documents_table(documents: list[dict]) -> Table:
    table = Table(title="Documents", title_justify="left")
    table.add_column("Published", no_wrap=True)
    table.add_column("Source")
    table.add_column("Title")
    table.add_column("Mentions", justify="right")
    for d in documents:
        table.add_row(_date(d["published"], d["published_precision"]), Text(d["source"] or ""),
                      Text(d["title"] or d["path"]), str(d["n_mentions"]))
    return table


def _persons_table(entities: list[dict], counts: dict[str, int], roles: dict[str, list[dict]]) -> Table:
    """Persons by mention count, with their roles (``министр обороны (Япония)``) or, lacking
    any, the titles seen with them."""
    names = {e["id"]: e["name"] for e in entities}
    table = Table(title="Persons", title_justify="left")
    table.add_column("Name")
    table.add_column("Mentions", justify="right")
    table.add_column("Roles")
    persons = sorted((e for e in entities if e["type"] == "person"),
                     key=lambda e: (-counts.get(e["id"], 0), e["name"]))
    for e in persons:
        held = _most_specific([("экс-" * r.get("former", False) + r["position"], names.get(r["of"]))
                               for r in roles.get(e["id"], [])])
        table.add_row(Text(e["name"]), str(counts.get(e["id"], 0)), Text(", ".join(held or e["titles"])))
    return table


def _most_specific(roles: list[tuple[str, str | None]]) -> list[str]:
    """Roles as ``position (of)``, leaving out those another one refines (``министр`` beside
    ``министр обороны (Япония)``, ``президент`` beside ``президент (Россия)``)."""
    unique = list(dict.fromkeys(roles))
    kept = [(p, of) for p, of in unique
            if not any((p2, of2) != (p, of) and p2.startswith(p) and (of is None or of2 == of) for p2, of2 in unique)]
    return [f"{p} ({of})" if of else p for p, of in kept]


def _totals(documents: list[dict], entities: list[dict]) -> Text:
    by_type = Counter(e["type"] for e in entities)
    types = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    n_mentions = sum(d["n_mentions"] for d in documents)
    return Text(f"{len(documents)} documents · {len(entities)} entities"
                f"{f' ({types})' if types else ''} · {n_mentions} mentions")


def _date(iso: str | None, precision: str) -> str:
    if iso is None:
        return "—" if precision == "unknown" else f"({precision})"
    return iso if precision == "day" else f"{iso} ({precision})"


def render_formats(store: Store, console: Console) -> None:
    """Each format with its sides and history: status, date, round, documents."""
    from .formats import build_formats

    names = {e["id"]: e["name"] for e in store.entities()}
    paths = {d["id"]: d["path"].rsplit("/", 1)[-1] for d in store.documents()}
    for fmt in build_formats(store):
        sides = " – ".join(names.get(s, s) for s in fmt["sides"])
        table = Table(title=f"{fmt['name']}  ({fmt['label']}){'  ' + sides if sides else ''}", title_justify="left")
        for column in ("Date", "Status", "Round", "Documents"):
            table.add_column(column)
        for h in fmt["history"]:
            status = h["status"] + (" (date from another report)" if h.get("dated_from") else "")
            docs = Text(", ".join(paths.get(d, d) for d in h["docs"]))
            table.add_row(h["date"] or "—", status, str(h["round"] or ""), docs)
        console.print(table)


def render_fused_events(events: list[dict], console: Console) -> None:
    """A table of real-world events (``/events`` records): id, date with its precision, type and
    factuality, participants with their ISO codes (→ marks the source), place, format and round,
    documents, and the first evidence sentence."""
    table = Table(title=f"Events ({len(events)})", title_justify="left", show_lines=False)
    for column in ("Id", "Date", "Type", "Participants", "Where", "Format", "Docs", "Evidence"):
        table.add_column(column)
    for e in events:
        who = ", ".join(_participant(p) for p in e["participants"])
        kind = e["type"] + ("" if e["factuality"] == "occurred" else f" ({e['factuality']})")
        fmt = (e["format"] or "") + (f" #{e['round']}" if e["round"] else "")
        evidence = (e["evidence"][0]["text"] if e["evidence"] else "").strip().replace("\n", " ")
        table.add_row(e["id"], _date(e["date"], e["date_precision"]), kind, Text(who), Text(e["place_name"] or ""),
                      fmt, str(len(e["documents"])), Text(evidence[:160] + ("…" if len(evidence) > 160 else "")))
    console.print(table)


def _participant(p: dict) -> str:
    code = f" [{p['code']}]" if p["code"] else ""
    return f"{p['name'] or p['entity']}{code}" + ("→" if p["role"] == "source" else "")
