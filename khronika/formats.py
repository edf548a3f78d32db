"""Standing mechanisms of dialogue ("formats") and their history, from the whole store.

A format is recognised in a sentence by the kinds of mechanism ``KINDS`` lists (a gazetteer of
mechanism types: «два плюс два», summits, strategic dialogue, contacts of Security Council
secretaries, military contacts, peace-treaty talks, border services) or by the general patterns
``контакты/встречи/консультации по линии <кого>`` and ``переговоры/диалог по вопросам <чего>``;
both are rows of ``data/formats.tsv``, which the event stage reads too (``Event.format``).
Each sentence that names a format gives a history entry, its status read from the events of that
sentence (a meeting, a numbered round, a suspension, a proposal to resume, a resumption) or from
its words (``состоялись``, ``приостановлен``, ``возобновился``, ``развиваются``), dated by the
event or, for a meeting, by the document.

Rounds: a meeting between known rounds N and M (M − N ≥ 2) that is the first after N gets N + 1,
and a missing round between two known ones is shown as ``implied``, never invented.  A
suspension reported without a date takes the date of a suspension (``приостановка …``) reported
between the same sides in another document.  The result depends only on what the store holds.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from . import lexicon
from .ids import is_country
from .lexicon import Column


@dataclass(frozen=True)
class Kind:
    """A kind of standing mechanism (``data/formats.tsv``): its export ``name`` and ``label``, who
    meets in it (``members``), the ``pattern`` that finds it in a sentence and the name the event
    stage gives it (``event``: ``"2+2"``, ``"summit"``…; None when events do not name it) with the
    pattern it uses (``event_pattern``, narrower for summits)."""

    name: str
    label: str
    members: tuple[str, ...]
    pattern: re.Pattern
    event: str | None = None
    event_pattern: re.Pattern | None = None


def _pattern(value: str) -> re.Pattern:
    return re.compile(value, re.I)


def _members(value: str) -> tuple[str, ...]:
    return tuple(m.strip() for m in value.split(";") if m.strip())


_COLUMNS = (Column("kind", choices=frozenset({"mechanism", "general"})), Column("name"),
            Column("event", required=False), Column("members", required=False, convert=_members),
            Column("label"), Column("pattern", convert=_pattern),
            Column("event_pattern", required=False, convert=_pattern))
_ROWS = lexicon.table("formats.tsv", _COLUMNS, key=("name",))
# The kinds of standing mechanisms, in the file's order (a gazetteer, not a list of events).
KINDS: tuple[Kind, ...] = tuple(Kind(r["name"], r["label"], r["members"] or (), r["pattern"], r["event"],
                                     r["event_pattern"] or r["pattern"]) for r in _ROWS if r["kind"] == "mechanism")
# General patterns: ``контакты по линии <кого>``, ``переговоры по вопросам <чего>`` (group 1 is the name).
GENERAL: tuple[re.Pattern, ...] = tuple(r["pattern"] for r in _ROWS if r["kind"] == "general")
# The kinds the event stage names, by the name it gives them (Event.format).
EVENT_FORMATS: dict[str, Kind] = {k.event: k for k in KINDS if k.event}

STATUS_WORDS = [
    ("suspended", r"приостанов|заморож|свернут"),
    ("proposed-resumption", r"предлож\w+ (?:\w+ )?возобнов|возобновить"),
    # verb forms only: "перспективы возобновления переговоров" is no resumption, "в прошлом году" no meeting
    ("resumed", r"возобнов(?:ил|лен[аоы]?\b|лён\b|ят|ит)"),
    ("meeting", r"состоял|\bпрош(?:ёл|ел|л[аио])\b|провел|провёл|встретил|встречал"),
    ("active", r"развива|установлен|налажен|действу"),
]
SUSPENSION = re.compile(r"приостанов", re.I)
# A resumption told in the sentence of the suspension, after it: it has happened, its date unknown.
RESUMED_AFTER = re.compile(r"приостанов\w*.*\bвозобнов(?:лен|ил|ились|ился|илась|илось)\w*", re.I)


def format_id(name: str) -> str:
    return "f:" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def formats_in(sentence: str) -> list[tuple[str, str, list[str]]]:
    """(name, label, members) of each format a sentence names."""
    out = [(k.name, k.label, list(k.members)) for k in KINDS if k.pattern.search(sentence)]
    named = {n for n, _, _ in out}
    for general in GENERAL:
        for m in general.finditer(sentence):
            phrase = re.sub(r"\s+", " ", m.group(1).strip().lower())
            if not any(k.pattern.search(phrase) for k in KINDS if k.name in named):
                out.append((phrase, m.group(0).strip(), []))
    return out


def status_of(sentence: str, events: list[dict]) -> str | None:
    # per type, an event that occurred before one planned ("переговоры продолжаются … к дальнейшим переговорам")
    kinds = {e["type"]: e for e in sorted(events, key=lambda e: e["factuality"] == "occurred")}
    if "SANCTION" in kinds and SUSPENSION.search(sentence) or re.search(STATUS_WORDS[0][1], sentence, re.I):
        return "suspended"
    if "REQUEST" in kinds and re.search(r"возобнов", sentence, re.I):
        return "proposed-resumption"
    for status, pattern in STATUS_WORDS[1:]:
        if re.search(pattern, sentence, re.I):
            if status == "proposed-resumption" and "REQUEST" not in kinds:
                continue
            return "round" if status == "meeting" and any(e["round"] for e in events) else status
    if "CONSULT" in kinds and kinds["CONSULT"]["factuality"] == "occurred":
        return "round" if kinds["CONSULT"]["round"] else "meeting"
    return None


def build_formats(store) -> list[dict]:
    """Format records (SCHEMA.md ``format``) from the documents and events of the store."""
    docs = {d["id"]: d for d in store.documents()}
    names = {e["id"]: e for e in store.entities()}
    events_by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in store.events():
        events_by_doc[e["doc"]].append(e)
    found: dict[str, dict] = {}
    for doc_id in sorted(docs, key=lambda d: (docs[d]["published"] or "", docs[d]["path"])):
        doc = store.document(doc_id)
        for s in doc.sentences:
            text = doc.text[s.start:s.stop]
            here = [e for e in events_by_doc[doc_id]
                    if any(s.start <= a < s.stop for a in [e["start"]] + [x["start"] for x in e["more"]])]
            named = formats_in(text)
            for e in here:  # a sentence that takes up a format named before ("в таком формате")
                kind = EVENT_FORMATS.get(e["format"] or "")
                if kind and kind.name not in {n for n, _, _ in named}:
                    named.append((kind.name, kind.label, list(kind.members)))
            for name, label, members in named:
                fmt = found.setdefault(name, {"kind": "format", "id": format_id(name), "name": name, "label": label,
                                              "members": members, "sides": [], "history": []})
                status = status_of(text, here)
                if status is None:
                    continue
                fmt["history"].append(_entry(status, here, doc, docs[doc_id], text, name))
                if status == "suspended" and RESUMED_AFTER.search(text):  # "…приостановлены, а возобновлены в …"
                    fmt["history"].append(_entry("resumed", [], doc, docs[doc_id], text, name))
                for e in here:
                    for p in e["participants"]:
                        if is_country(p["entity"]) and p["entity"] not in fmt["sides"]:
                            fmt["sides"].append(p["entity"])
    out = []
    for fmt in found.values():
        fmt["history"] = _merge_entries(_complete(_merge_entries(fmt["history"]), events_by_doc, docs))
        if fmt["history"]:
            fmt["sides"] = sorted(fmt["sides"], key=lambda c: names.get(c, {}).get("name", c))
            out.append(fmt)
    return out


def _entry(status: str, events: list[dict], doc, row: dict, text: str, name: str) -> dict:
    wanted = {"round": "CONSULT", "meeting": "CONSULT", "suspended": "SANCTION",
              "proposed-resumption": "REQUEST"}.get(status, "")
    fitting = [e for e in events if e["type"] == wanted]
    main = next((e for e in fitting if e["round"]), None) or next(iter(fitting), None) \
        or (events[0] if events else None)
    date = main["date"] if main and main["date"] else (row["published"] if status in ("meeting", "round", "resumed",
                                                                                  "proposed-resumption") and
                                                       main is not None else None)
    return {"status": status, "date": date, "date_precision": _precision(date),
            "round": main["round"] if main else None, "events": [main["grp"] or main["id"]] if main else [],
            "docs": [doc.id], "evidence": text.strip()[:300]}


def _precision(date: str | None) -> str:
    return {None: "unknown", 4: "year", 7: "month", 10: "day"}.get(len(date) if date else None, "unknown")


def _merge_entries(entries: list[dict]) -> list[dict]:
    """One entry per (status, date, round), the documents and events pooled."""
    merged: dict[tuple, dict] = {}
    for e in entries:
        key = (e["status"], e["date"], e["round"]) if e["date"] or e["round"] \
            else (e["status"], None, None, e["docs"][0])
        if key in merged:
            old = merged[key]
            old["docs"] = sorted(set(old["docs"]) | set(e["docs"]))
            old["events"] = sorted(set(old["events"]) | set(e["events"]))
        else:
            merged[key] = dict(e)
    return sorted(merged.values(), key=lambda e: (e["date"] or "9999", e["round"] or 0, e["status"]))


def _complete(history: list[dict], events_by_doc, docs) -> list[dict]:
    """Date undated suspensions from suspensions reported elsewhere; number meetings between
    known rounds; show a missing round between two known ones as implied."""
    suspensions = sorted(e["date"] for evs in events_by_doc.values() for e in evs
                         if e["type"] == "SANCTION" and e["date"] and SUSPENSION.search(e["trigger"]))
    for h in history:
        if h["status"] == "suspended" and not h["date"] and suspensions:
            h["date"], h["date_precision"] = suspensions[0], _precision(suspensions[0])
            h["dated_from"] = "another report"
    meetings = sorted((h for h in history if h["status"] in ("round", "meeting", "resumed") and h["date"]),
                      key=lambda h: h["date"])
    numbered = [h for h in meetings if h["round"]]
    for a, b in zip(numbered, numbered[1:]):
        between = [h for h in meetings if a["date"] < h["date"] < b["date"] and not h["round"]]
        if between and b["round"] - a["round"] >= 2:
            between[0]["round"], between[0]["status"], between[0]["round_from"] = a["round"] + 1, "round", "order"
    known = sorted({h["round"] for h in history if h["round"]})
    for r in range(known[0] + 1, known[-1]) if known else ():
        if r not in known:
            history.append({"status": "implied", "round": r, "date": None, "date_precision": "unknown",
                            "events": [], "docs": [], "note": "between two known rounds; not in the texts"})
    return sorted(history, key=lambda h: (h["date"] or "9999", h["round"] or 0))
