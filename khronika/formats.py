"""Standing mechanisms of dialogue ("formats") and their history, from the whole store.

A format is recognised in a sentence (``formats_in``) by the named mechanisms of the gazetteer
(``data/format_mechanisms.tsv``: the Normandy format, G7, the NATO–Russia Council…, matched by lemmas
in any case, ``format_names.py``), by the kinds of mechanism ``KINDS`` lists (``data/formats.tsv``:
«два плюс два», summits, strategic dialogue, contacts of Security Council secretaries, military
contacts, peace-treaty talks, border services; the event stage reads them too, ``Event.format``),
by their general patterns (``контакты по линии <кого>``, ``переговоры по вопросам <чего>``) and by
the general patterns of ``data/format_patterns.tsv`` (``контактная группа по …``, ``межправительственная
комиссия по …``, ``трёхсторонние консультации``, ``в формате «…»``).  A sentence that goes on about the
one format the sentence before it named (``Встреча пройдёт …``) takes it up.

A format is a mechanism and its sides: a gazetteer mechanism is one format whose sides are its
fixed members and organisations known to the store; any other is one format per set of sides (the
countries of the events of its sentence, or of compound adjectives ``российско-египетская``, else the
two or three countries the sentence names, else those of the document), named ``<type> <sides>``.
Each sentence that names a format gives a history entry, its status read from the events of that
sentence (a meeting, a numbered round, a suspension, a proposal to resume, a resumption, a planned
meeting) or from its words (``состоялись``, ``приостановлен``, ``исключена из``, ``отложено``,
``отменено``, ``состоится``, ``возобновился``, ``впервые после …``, ``раз в два года``), dated by the
event, else by the one date the sentence gives, or, for a meeting, by the document; a round told in
words (``20-й раунд``, ``в третий раз``, ``впервые``) numbers it.

A sentence that tells a meeting of a series without naming its mechanism (``Девятое заседание комиссии прошло
…``, ``предыдущее заседание прошло …``, ``Следующее, одиннадцатое, решено провести …``, ``Пятый саммит …``) is
the one mechanism the document named so far (``format_bodies.sole_format``); an earlier meeting told in a
clause of its own is an entry with the date of that clause (``format_history.py``), the next one a planned
entry (the round after the document's own where it numbers that), one meeting told more and less fully one
entry (``format_merge.py``: ``fold_retold``; a round held once, ``one_date_per_round``).  A sentence naming two
mechanisms, one of them followed by a relative clause of a meeting to come (``… провел сессию, на которой утвердил
повестку 35-го саммита …, который пройдет 3 июня``), gives that one the clause's planned entry and the other the rest.
The events an entry cites are ordered by their first reports, whatever the order of ingestion (``in_stable_order``).

Rounds: a meeting between known rounds N and M (2 ≤ M − N ≤ 3) that is the first after N gets N + 1, and a missing
round between two known ones is shown as ``implied``, never invented.  A suspension reported without a date takes
the date of a suspension (``приостановка …``) reported by its sides (``format_merge._between``) in another document.
"""
from __future__ import annotations

from collections import defaultdict

from .format_dates import retold_on_their_day
from .format_identity import identities
from .format_kinds import EVENT_FORMATS, EVENT_NAMES, GENERAL, KINDS, Kind, formats_in
from .format_merge import complete, format_record, in_stable_order
from .format_names import Named
from .format_status import RESUMED_AFTER, status_of
from .format_told import told_by


def build_formats(store) -> list[dict]:
    """Format records (SCHEMA.md ``format``) from the documents and events of the store: one per
    mechanism and sides (the Russia–Japan and the Russia–Egypt "2+2" are two formats of one type).
    What each document says of formats is read from the store (``Store.format_mentions``, kept by
    each ingest); a store without it (made before) is read document by document."""
    stored = store.format_mentions()
    if stored is None:
        docs = store.documents()
        events_by_doc: dict[str, list[dict]] = defaultdict(list)
        for e in store.events():
            events_by_doc[e["doc"]].append(e)
        stored = [told_by(store, d, events_by_doc[d["id"]]) for d in docs]
    stored.sort(key=lambda m: m["order"])
    # sides as resolution links them (an organisation's abbreviation in one outlet, its full name in another: one side)
    same = store.links_of({x for m in stored for _, sides, _ in m["mentions"] for x in sides})
    seen = [(Named(**{**n, "members": tuple(n["members"]), "countries": tuple(n["countries"]),
                      "orgs": tuple(n["orgs"]), "spans": tuple(map(tuple, n["spans"]))}), m["doc"],
             {same.get(x, x) for x in sides}, entries)
            for m in stored for n, sides, entries in m["mentions"]]
    cited = {e for _, _, _, entries in seen for h in entries for e in h["events"]}
    reports = store.events_by(ids=cited) if cited else []
    group = {e["id"]: e["grp"] or e["id"] for e in reports}
    retold_on_their_day(seen, reports, group)
    for _, _, _, entries in seen:
        for h in entries:
            h["events"] = [group.get(e, e) for e in h["events"]]
    suspensions = [x for m in stored for x in m["suspensions"]]
    names = {e["id"]: e for e in store.entities()}
    place = {m["doc"]: i for i, m in enumerate(stored)}
    first = {}  # a fused event's first report cited: its document's place in the order formats are read in, offset
    for e in reports:
        key = (place.get(e["doc"], len(place)), e["trigger_start"] or 0, e["id"])
        first[group[e["id"]]] = min(first.get(group[e["id"]], key), key)
    return [in_stable_order(format_record(g, names, suspensions), first) for g in identities(seen)]



_complete = complete  # the names the tests know
_retold_on_their_day = retold_on_their_day
__all__ = ["EVENT_FORMATS", "EVENT_NAMES", "GENERAL", "KINDS", "RESUMED_AFTER", "Kind", "build_formats", "formats_in",
           "status_of", "told_by"]
