"""The store's groups, kept up to date by each ingest at a cost in proportion to what it brings.

Groups decompose: ``cluster.fuse_reports`` only ever joins reports that agree (``compatible``) and
are linked, and a report only fits a group all of whose members it agrees with, so the groups of the
whole store are the groups of each connected part of the graph of such pairs, computed alone.  An
ingest therefore recomputes only the part its reports reach: starting from the events of the new
or changed documents (and those whose persons were resolved anew, and those marked pending when a
group lost a member), it follows links to stored events found through the fusion index
(``keys.py``, ``event_keys``), never through the whole store.  The groups found are the ones a
computation over the whole store gives, whatever the order in which documents came.

Dates through fusion: an undated document whose lead meeting (its first CONSULT event), or else whose first
event, is in a group dated to one day by the reports of it held (not one planned or put off: the day of a plan is no
report's) takes that day (provenance ``fused``) — or, when it has a year-less dateline
a few days after that day (or a year-less stamp closing a post, ``👁 5,1K · 3 мар в 08:15``: ``dates.foot_day``), the
dateline's day of that year; a lead telling the meeting ended (``сегодня
завершились консультации``) takes the last day of a meeting of days (``16–17 ноября``), and so does one whose group
tells a sitting of days and one of its days alone (``_of_spans``) (not when the lead's own
words tell its day and month, ``23 ноября в X состоялась …``: the document may be of any later day; a dateline run
into the lead's sentence, ``Город, 23 ноября (Агентство) — …``, tells none); its events are then re-dated
(``reanchor``) and the part they reach is computed once more.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from ..dates import MONTHS, foot_day
from ..records import PartialDate
from ..settings import DEFAULT, FusionSettings
from ..stages.clean.heads import yearless_day
from ..stages.clean.items import digest_items, item_at
from .cluster import fuse_reports
from .days import around, days_before, may_agree
from .keys import keys_of
from .known import known_of
from .report import AT_TALKS, OUTCOMES, Known, Report, follows_meetings, report
from .rules import compatible, link, told_twice
from .span import ended, lasted
from .stable import stable_ids


def _around(date: str | None) -> list[str | None]:
    return around(date) if date else [None]


class _Part:
    """The events reached from some seeds, with their reports (built once each)."""

    def __init__(self, store, known: Known | None, settings: FusionSettings):
        self.store, self.settings = store, settings
        self.known = known or Known()
        self.learned: set[str] | None = None if known else set()  # entities read so far (None: all)
        self.reports: dict[str, Report] = {}
        self.keys: dict[str, frozenset[str]] = {}
        self.docs: dict[str, dict] = {}
        self.prior: dict[str, str | None] = {}  # event id → the group it belonged to when loaded
        self.days: dict[str, str | None] = {}  # document → the MM-DD of its year-less dateline (read once)
        self.meetings: dict[str, list[dict]] = {}  # document → its meetings (for the outcomes of its meetings)
        self.kinds: dict[str, Counter] = {}  # document → how many events of each type (start, date) it tells
        self.items: dict[str, tuple] = {}  # document → its items, when a digest (``Document.items``)

    def load(self, ids: Iterable[str] = (), docs: Iterable[str] = ()) -> list[str]:
        """Build the reports of these events (or of these documents' events); their ids."""
        rows = self.store.events_by(ids=set(ids) - self.reports.keys(), docs=docs)
        self.docs.update(self.store.documents_by_id({e["doc"] for e in rows} - self.docs.keys()))
        outcomes = [e["type"] in OUTCOMES | AT_TALKS or follows_meetings(e) for e in rows]
        self._read_all({e["doc"] for e, o in zip(rows, outcomes) if o})
        rows = [{**e, "meetings": self._meetings(e), "lone": self._lone(e)} if o else e for e, o in zip(rows, outcomes)]
        self._learn([e for e in rows if e["id"] not in self.reports] + [m for e in rows for m in e.get("meetings", ())])
        for e in rows:
            self.prior.setdefault(e["id"], e.get("grp"))
            if e["id"] not in self.reports:
                e = self._with_text(e)
                r = report(e, self.known, e["text"], self.settings, self.days[e["doc"]], e["lead"])
                self.reports[r.id], self.keys[r.id] = r, keys_of(r)
        return [e["id"] for e in rows]

    def _learn(self, rows: list[dict]) -> None:
        if self.learned is not None:
            new = {p["entity"] for e in rows for p in e["participants"]} | {e["place"] for e in rows if e["place"]}
            new -= self.learned
            if new:
                known_of(self.store, new, self.known)
                self.learned |= new

    def _with_text(self, e: dict) -> dict:
        """The event with the words of its evidence (``text``) and of its trigger's sentence (``lead``)."""
        row = self.docs[e["doc"]]
        text = row["text"]
        spans = [(e["start"], e["stop"])] + [(x["start"], x["stop"]) for x in e.get("more") or ()]
        if e["doc"] not in self.days:
            dated = row["published"] and row["published_from"] != "fused"  # its own date, not fusion's
            self.days[e["doc"]] = None if dated else yearless_day(text) or foot_day(text)  # or its post's stamp
        told = " ".join(text[a:b] for a, b in spans)
        if e["type"] == "CONSULT":  # the length of a meeting told ended, in a sentence after it
            told = " ".join([told, *(x for a, b in spans if ended(text[a:b]) for x in _length_after(text, b))][:2])
        return {**e, "text": told, "lead": text[e["start"]:e["stop"]], "document": text, "published": row["published"],
                "meetings": [self._with_text(m) for m in e.get("meetings", ())]}

    def _meetings(self, e: dict) -> list[dict]:
        """The meetings of its document an outcome may follow: those told before it, held on its day (for the next
        meeting, ``report.follows_meetings``: held on a day, or held at all when it is undated); for an act its
        document leaves undated, the meeting told just before it too (a digest's item: ``В среду прошли консультации
        … Одна из сторон заявила протест``).  In a digest, only the meetings of its own item: the next item is another
        story."""
        self._read(e["doc"])
        held = (lambda x: x.get("date") == e.get("date")) if not follows_meetings(e) else \
            (lambda x: len(x.get("date") or "") == 10) if e.get("date") else (lambda x: True)
        items = self._items(e["doc"])
        before = sorted((x for x in self.meetings[e["doc"]] if x["start"] < e["start"]
                         and item_at(items, x["start"]) == item_at(items, e["start"])
                         and (x.get("factuality") or "occurred") == "occurred"), key=lambda x: x["start"])
        nearest = before[-1:] if not e.get("date") and not follows_meetings(e) else []
        return [x for x in before if held(x) or x in nearest]  # an undated act: of the meeting just told, too

    def _items(self, doc: str) -> tuple:
        """The items of the document when it is a digest (``clean/items.py``), read once from its text."""
        if doc not in self.items:
            self.items[doc] = digest_items((self.docs.get(doc) or {}).get("text") or "")
        return self.items[doc]

    def _read(self, doc: str) -> None:
        self._read_all({doc})

    def _read_all(self, docs: set[str]) -> None:
        """The meetings and the counts of each type of events of these documents, those not read yet in one read."""
        docs = docs - self.meetings.keys()
        if not docs:
            return
        by_doc: dict[str, list[dict]] = {d: [] for d in docs}
        for x in self.store.events_by(docs=docs):  # in document order: each document's as it alone reads them
            by_doc[x["doc"]].append(x)
        for doc, rows in by_doc.items():
            self.meetings[doc] = [x for x in rows if x["type"] == "CONSULT"]
            self.kinds[doc] = Counter((x["type"], x["start"], x.get("date")) for x in rows)

    def _lone(self, e: dict) -> bool:
        """The only event of its type its document tells (``report.AT_TALKS``: the one refusal told of the talks) but
        for those of other dates (``острова наши с 1905 года, и мы это не обсуждаем``: no act of that day);
        in a digest, of its item (the next item is another story)."""
        self._read(e["doc"])
        items = self._items(e["doc"])
        return sum(n for (kind, start, date), n in self.kinds[e["doc"]].items()
                   if kind == e["type"] and item_at(items, start) == item_at(items, e["start"])
                   and (not date or not e.get("date") or may_agree(date, e.get("date")))) == 1

    def _edge(self, a: Report, b: Report) -> bool:
        """Can ``a`` and ``b`` ever be in one group or decide another's?  Clustering only joins
        reports that agree and are linked, and a report only fits a group it agrees with."""
        return compatible(a, b, self.settings) and bool(link(a, b, self.settings) or link(b, a, self.settings)
                                                        or told_twice(a, b, self.settings))

    def reach(self, seeds: Iterable[str]) -> set[str]:
        """The seeds and every event linked to them, directly or through others."""
        part = {s for s in seeds if s in self.reports}
        frontier = sorted(part)
        while frontier:
            by_key: dict[str, list[str]] = defaultdict(list)
            for e in frontier:
                for k in self.keys[e]:
                    by_key[k].append(e)
            dates = {k: {d for x in xs for d in _around(self.reports[x].date)} for k, xs in by_key.items()}
            found = {e for k, e, date in self.store.events_with_keys(by_key, dates)  # only those whose dates may agree
                     if e not in part and any(may_agree(date, self.reports[x].date) for x in by_key[k])}
            self.load(ids=found)
            frontier = []
            for c in sorted(found & self.reports.keys()):
                rc = self.reports[c]
                near = {e for k in self.keys[c] for e in by_key.get(k, ())}
                if any(self._edge(rc, self.reports[e]) for e in sorted(near)):
                    part.add(c)
                    frontier.append(c)
        return part


def fuse_part(store, known: Known | None, seeds_docs: Iterable[str], seeds: Iterable[str], settings: FusionSettings,
              ) -> tuple[set[str], dict[str, PartialDate | None]]:
    """Recompute the groups of the part reached from ``seeds`` (event ids) and the events of
    ``seeds_docs``; index its events; returns the part's documents and the fused dates that changed."""
    part = _Part(store, known, settings)
    start = set(part.load(docs=seeds_docs)) | set(part.load(ids=seeds))
    events = part.reach(start)
    reports = [part.reports[e] for e in sorted(events)]
    groups = stable_ids(fuse_reports(reports, settings), part.prior, store.indexed_events(events),
                        lambda ids: {e["id"] for e in store.events_by(ids=ids)})
    store.set_groups_of(events, groups, part.prior)  # only those whose group changes
    store.set_event_keys({r.id: (r.doc, part.keys[r.id]) for r in reports})
    docs = {r.doc for r in reports}
    return docs, _fused_dates(store, part, events, groups, docs)


def _fused_dates(store, part: _Part, events: set[str], groups: dict[str, str], docs: set[str],
                 ) -> dict[str, PartialDate | None]:
    members: dict[str, list[Report]] = defaultdict(list)
    for e in events:
        if e in groups:
            members[groups[e]].append(part.reports[e])
    meeting: dict[str, str] = {}  # each document's lead meeting: its first CONSULT event
    first: dict[str, str] = {}  # and its first event of any kind (the lead of the news)
    spans: dict[str, tuple[int, int]] = {}
    for e in sorted(store.events_by(docs=docs), key=lambda e: (e["doc"], e["start"])):
        first.setdefault(e["doc"], e["id"])
        spans[e["id"]] = (e["start"], e["stop"])
        if e["type"] == "CONSULT":
            meeting.setdefault(e["doc"], e["id"])
    changed: dict[str, PartialDate | None] = {}
    for doc in sorted(docs):
        row = part.docs[doc]
        if row["published_from"] not in ("none", "fused"):
            continue
        lead = next((x for x in (meeting.get(doc), first.get(doc)) if x in groups), None)
        if lead in events and not _day_told(row["text"][slice(*spans[lead])], part.days.get(doc)):
            # (not "23 ноября в X состоялась …": told on that day or any day after it)
            days = [m for m in members.get(groups.get(lead, ""), ()) if m.date and len(m.date) == 10
                    and m.factuality == "occurred"]  # a meeting planned or put off: its day is no report's
            last = ended(row["text"][slice(*spans[lead])])  # "сегодня завершились консультации": of its last day
            day = _of_spans(sorted({m.through or m.date if last else m.date for m in days if not m.default}
                                   or {m.date for m in days}), days)  # its own words' day first
            want = PartialDate.from_iso(_on_dateline(day[0], part.days.get(doc))) if len(day) == 1 else None
        else:
            continue
        have = PartialDate.from_iso(row["published"]) if row["published_from"] == "fused" else None
        if want != have:
            changed[doc] = want
    store.set_fused_dates(changed)
    return changed


def _of_spans(days: list[str], members: list[Report]) -> list[str]:
    """The days of a group, when they are several, a day within a sitting of days a report of it tells (``во вторник
    и среду``, and a digest telling only the closing day, ``в среду завершился саммит``) taken as that sitting's last:
    one sitting, and a document that tells it held is of its last day at least."""
    if len(days) < 2:
        return days
    return sorted({next((m.through for m in members if m.through and m.date <= d <= m.through), d) for d in days})


# A day and a month with no year after them: the lead's own words date it, the document may be of any later day.
_DAY_TOLD = re.compile(r"\b(\d{1,2})(?:-?го)?\s+((?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр"
                       r"|ноябр|декабр)\w*)(?!\w)(?!\s*,?\s*\d{4})", re.I)


def _day_told(lead: str, dateline: str | None) -> bool:
    """The lead's own words tell a day and month without a year, other than its document's year-less dateline (a
    dateline run into the lead's sentence, ``Город, 23 ноября (Агентство) — Министры в понедельник …``, is none)."""
    for m in _DAY_TOLD.finditer(lead):
        month = MONTHS.get(m.group(2).lower())
        if month is None or f"{month:02d}-{int(m.group(1)):02d}" != dateline:
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def _length_after(text: str, stop: int) -> list[str]:
    """The sentence of the same paragraph, one of the next two after a meeting told ended (``завершили в четверг
    раунд …``), that tells how long it lasted (``Переговоры продолжались три дня``: ``span.py``)."""
    paragraph = text[stop:].split("\n", 1)[0]
    return [s for s in _SENTENCE_END.split(paragraph.strip(), 2)[:2] if lasted(s)][:1]


def _on_dateline(date: str, day: str | None) -> str:
    """The document's date, given the day of the event it leads with: its year-less dateline's day (``ДУШАНБЕ,
    19 ноября``: a report of the day before is of the 18th, published the 19th) in that year, when near it."""
    gap = days_before(day, date) if day else None
    if gap is None or not 0 <= gap <= DEFAULT.fusion.document_lag_days:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=gap)).isoformat()


def fuse_changed(store, known: Known | None, docs: Iterable[str], seeds: Iterable[str], settings: FusionSettings,
                 reanchor: Callable | None = None) -> set[str]:
    """Bring the groups up to date after ``docs`` were added or changed (and the events ``seeds``
    may fuse otherwise); re-date the documents whose date through fusion changed.  ``known``: what
    fusion knows of every entity, or ``None`` to read only the entities of the events compared.
    Returns the documents whose date through fusion changed."""
    reached, changed = fuse_part(store, known, docs, seeds, settings)
    if reanchor is None:
        return set(changed)
    rows = store.documents_by_id(reached, text=False)
    fused_now = {d for d in reached if rows[d]["published_from"] == "fused"}
    redate = sorted(set(changed) | (fused_now & set(docs)))
    if not redate:
        return set(changed)
    for doc_id in redate:
        store.replace_events(reanchor(store.document(doc_id)))
    again = {e["id"] for e in store.events_by(docs=reached)}
    _, later = fuse_part(store, known, redate, again, settings)
    return set(changed) | set(later)
