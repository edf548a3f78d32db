"""The incremental cross-document stage: an ingest compares its new events only with the stored
events that share a key of the fusion index, and the groups are those of a computation over the
whole store, whatever the order and the batches documents came in (documents written for this test)."""
import io
import itertools
import json

import pytest

from khronika.export import write_jsonl
from khronika.fusion import incremental
from khronika.fusion.keys import keys_of
from khronika.fusion.report import Known, report
from khronika.ids import entity_id
from khronika.ingest import cross_document
from khronika.records import Document, Entity, Event, Mention, PartialDate, Participant, Role
from khronika.store import Store
from khronika.translit import skeleton

SURNAMES = ["Абрамов", "Борисов", "Волков", "Галкин", "Демин", "Ежов", "Жуков", "Зайцев", "Ильин", "Козлов",
            "Лебедев", "Морозов", "Новиков", "Орлов", "Павлов", "Романов", "Соколов", "Тихонов", "Уваров",
            "Федоров", "Харитонов", "Цветков", "Чернов", "Шубин", "Щукин", "Юдин", "Яковлев", "Беляев",
            "Виноградов", "Гусев"]


def person(name: str) -> Entity:
    return Entity(entity_id("person", name), "person", name)


def meeting_doc(key: str, names: list[str], date: PartialDate | None, published: PartialDate | None = None,
                place: str | None = None, offices: tuple[str, ...] = (), meeting: bool = True) -> Document:
    """A document reporting one meeting of ``names`` (its evidence: the whole text), which says the
    persons hold offices of the countries ``offices``, in order (``meeting=False``: only that)."""
    text = f"{' и '.join(names)} провели переговоры."
    people = tuple(person(n) for n in names)
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), "PER", n, entity=p.id)
                     for n, p in zip(names, people))
    event = Event(f"v:{key}", "CONSULT", "провели переговоры", text.index("провели"), len(text) - 1, 0, len(text),
                  date=date or PartialDate(), place=place, participants=tuple(Participant(p.id) for p in people))
    roles = tuple(Role(p.id, "министр", m.start, m.stop, 0, 0, 0, len(text), of=country)
                  for p, m, country in zip(people, mentions, offices))
    published = published if published is not None else (date or PartialDate())
    return Document(roles=roles, id=f"d:{key:0>16}", path=f"{key}.txt", raw=text, text=text, source="outlet",
                    published=published, published_from="metadata" if published.year else "none",
                    content_hash=key * 64, mentions=mentions, entities=people, events=(event,) if meeting else ())


def ingest_batches(store: Store, batches: list[list[Document]]) -> str:
    """Save each batch, then run the cross-document stage of ``khronika ingest`` on it."""
    for batch in batches:
        for d in batch:
            store.save(d)
        cross_document(store, {d.id for d in batch})
    out = io.StringIO()
    write_jsonl(store, out)
    return out.getvalue()


def without_fused_ids(export: str) -> list[dict]:
    """The records of an export with each fused event's id (which one of its reports was exported
    first: ``fusion/stable.py``) replaced by its evidence, the same whatever the order of ingestion."""
    records = [json.loads(line) for line in export.splitlines()]
    ids = {r["id"]: [[x["doc"], x["start"]] for x in r["evidence"]] for r in records if r["kind"] == "event"}
    for r in records:
        if r["kind"] == "event":
            r["id"] = ids[r["id"]]
        elif r["kind"] == "quote" and r["event"]:
            r["event"] = ids.get(r["event"], r["event"])
        elif r["kind"] == "format":
            for h in r["history"]:
                h["events"] = [ids.get(v, v) for v in h["events"]]
    return records


def ingested(tmp_path, texts: dict[str, str], name: str, batches: list[list[str]]) -> list[dict]:
    """The export (``without_fused_ids``) of ``texts`` (file name → text) written to a folder and ingested through the
    CLI into a store ``name``, in ``batches`` of file names, one ingest each."""
    from typer.testing import CliRunner

    from khronika.cli import app

    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    runner = CliRunner()
    db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.jsonl"
    for batch in batches:
        assert runner.invoke(app, ["ingest", *[str(folder / f) for f in batch], "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    return without_fused_ids(out.read_text(encoding="utf-8"))


DAY, LATER = PartialDate(2024, 3, 14), PartialDate(2024, 6, 20)


def corpus() -> dict[str, Document]:
    both = ["Ольга Вронская", "Пётр Чохов"]
    offices = ("e:iso-AU", "e:iso-KR")
    return {
        "a": meeting_doc("a", both, DAY, place="e:seoul"),
        "b": meeting_doc("b", both, DAY, place="e:seoul"),  # the same meeting, by another outlet
        "c": meeting_doc("c", ["Вронская", "Чохов"], None, place="e:seoul"),  # undated, surnames only
        "d": meeting_doc("d", both, LATER, place="e:tokyo"),  # the next meeting
        # the offices of the two, which make their reports link (two persons of two sides)
        "g": meeting_doc("g", both, None, offices=offices, meeting=False),
        "e": meeting_doc("e", both, None, published=PartialDate(), place="e:seoul"),  # gets its date through a
        "f": meeting_doc("f", ["Иван Щеглов", "Анна Рябова"], DAY, offices=offices),  # unrelated
    }


def test_incremental_fusion_gives_the_groups_of_the_whole_store_in_any_batches(tmp_path):
    docs = corpus()
    whole = ingest_batches(Store(tmp_path / "whole.db"), [list(docs.values())])
    splits = [["acg", "bdef"], ["bdef", "acg"], ["gfedcba"], list("abcdefg"), list("gfedcba"), ["eb", "dc", "fag"],
              ["c", "e", "b", "a", "f", "d", "g"], ["abcdef", "g"]]
    for split in splits:
        name = "+".join(split)
        got = ingest_batches(Store(tmp_path / f"{name}.db"), [[docs[k] for k in part] for part in split])
        assert without_fused_ids(got) == without_fused_ids(whole), name  # a fused id is the first exported
    events = [line for line in whole.splitlines() if '"kind": "event"' in line]
    assert len(events) == 3, events  # a, b, c and e are one meeting; d and f are others
    assert '"published": "2024-03-14", "published_precision": "day", "published_from": "fused"' in whole


def test_an_ingest_compares_its_events_only_with_those_sharing_a_key(tmp_path, monkeypatch):
    store = Store(tmp_path / "k.db")
    pairs = list(itertools.pairwise(SURNAMES))
    stored = [meeting_doc(f"s{i}", [f"Иван {a}", f"Пётр {b}"], PartialDate(2020, 1 + i % 12, 1 + i % 28))
              for i, (a, b) in enumerate(pairs)]
    ingest_batches(store, [stored])
    built = []
    monkeypatch.setattr(incremental, "report", lambda *a, **k: built.append(a[0]["id"]) or report(*a, **k))

    def whole_store(*_a, **_k):
        raise AssertionError("an ingest read the whole store")

    for reader in ("documents", "entities", "roles", "events"):  # resolution and fusion read by index only
        monkeypatch.setattr(store, reader, whole_store)
    new = meeting_doc("n", [f"Иван {pairs[7][0]}", "Лев Пустовойтов"], PartialDate(2020, 8, 8))
    for d in [new]:
        store.save(d)
    cross_document(store, {new.id})
    # the new event and the stored one that shares a person with it on a date that may agree (s6 shares
    # a person on another day): not the whole store
    assert sorted(built) == ["v:n", "v:s7"], built
    assert store.count_event_keys() > len(stored)


def test_keys_name_what_every_link_needs_in_common():
    known = Known.of({"e:a": "Ольга Вронская", "e:b": "Пётр Чохов", "e:c": "Вронская"})
    meet = {"id": "v:1", "doc": "d:1", "type": "CONSULT", "date": "2024-03-14", "place": "e:seoul", "format": "2+2",
            "participants": [{"entity": "e:a", "role": "participant"}, {"entity": "e:b", "role": "participant"}]}
    keys = keys_of(report(meet, known))
    assert keys == {f"CONSULT|p:{skeleton('Чохов')}", "CONSULT|f:2+2", "CONSULT|d:03-14|e:seoul", "CONSULT|c:e:seoul",
                    "CONSULT|pv:вр*нск*я"}  # a long surname with its inner vowels masked: its transcription variants
    short = keys_of(report({**meet, "participants": [{"entity": "e:c", "role": "participant"}]}, known))
    assert "CONSULT|pv:вр*нск*я" in short  # a surname alone shares the key of the full name
    act = {"id": "v:2", "doc": "d:2", "type": "PROTEST", "participants": [{"entity": "e:iso-PL", "role": "source"},
                                                                          {"entity": "e:iso-BY", "role": "target"}]}
    assert keys_of(report(act, known)) == {"PROTEST|s:e:iso-PL", "PROTEST|s:PL"}


@pytest.mark.parametrize("edit", ["another date", "another meeting"])
def test_a_replaced_document_takes_its_event_out_of_the_group(tmp_path, edit):
    docs = corpus()
    store = Store(tmp_path / "k.db")
    ingest_batches(store, [[docs["a"], docs["b"], docs["f"], docs["g"]]])
    assert {e["doc"][-1]: e["grp"] for e in store.events()} == {"a": "v:a", "b": "v:a", "f": None}
    # a.txt edited: the meeting it reports has another date, or it reports a meeting of others
    names = ["Ольга Вронская", "Пётр Чохов"] if edit == "another date" else ["Илья Сомов", "Ян Кречет"]
    changed = meeting_doc("a", names, LATER).replace(id="d:aaaaaaaaaaaaaaab", content_hash="x" * 64)
    ingest_batches(store, [[changed]])
    assert [e["grp"] for e in store.events()] == [None] * 3
    fresh = Store(tmp_path / "fresh.db")
    assert ingest_batches(fresh, [[changed, docs["b"], docs["f"], docs["g"]]]) == ingest_batches(store, [])


def test_an_undated_document_takes_the_day_of_its_first_event_when_it_tells_no_meeting(tmp_path):
    import dataclasses

    def protest(key, date, published):
        doc = meeting_doc(key, ["Ана Гомес"], date, published=published)
        text = "Ана Гомес заявила протест послу Чили в связи с задержанием траулера в Тихом океане."
        (event,) = doc.events
        act = dataclasses.replace(event, type="PROTEST", trigger="протест", trigger_start=0, trigger_stop=8,
                                  start=0, stop=len(text),
                                  participants=(Participant(doc.entities[0].id, "source"),
                                                Participant("e:iso-CL", "target")))
        return dataclasses.replace(doc, text=text, raw=text, events=(act,), mentions=(), roles=())

    dated, undated = protest("a", DAY, DAY), protest("b", None, PartialDate())
    export = ingest_batches(Store(tmp_path / "p.db"), [[dated, undated]])
    docs = [json.loads(line) for line in export.splitlines() if '"kind": "document"' in line]
    assert {d["path"]: (d["published"], d["published_from"]) for d in docs}["b.txt"] == ("2024-03-14", "fused")


@pytest.mark.parametrize("lead, dated", [("Сегодня ", True), ("14 марта ", False)])
def test_an_undated_document_whose_lead_tells_its_day_and_month_may_be_of_a_later_day(tmp_path, lead, dated):
    """Its lead meeting fuses with a dated report; told "сегодня", the document is of that day; told "14 марта"
    (no year), it may have been published any day after it, and stays undated."""
    import dataclasses

    names = ["Ана Гомес", "Руй Лима"]
    undated = meeting_doc("b", names, None, offices=("e:iso-PT", "e:iso-CL"))
    n = len(lead)
    (event,) = undated.events
    text = lead + undated.text
    undated = dataclasses.replace(
        undated, text=text, raw=text,
        mentions=tuple(dataclasses.replace(m, start=m.start + n, stop=m.stop + n) for m in undated.mentions),
        roles=tuple(dataclasses.replace(r, person_start=r.person_start + n, person_stop=r.person_stop + n,
                                        stop=len(text)) for r in undated.roles),
        events=(dataclasses.replace(event, trigger_start=event.trigger_start + n,
                                    trigger_stop=event.trigger_stop + n, start=0, stop=len(text)),))
    dated_doc = meeting_doc("a", names, DAY, offices=("e:iso-PT", "e:iso-CL"))
    export = ingest_batches(Store(tmp_path / "l.db"), [[dated_doc, undated]])
    docs = {d["path"]: d for d in map(json.loads, export.splitlines()) if d["kind"] == "document"}
    assert (docs["b.txt"]["published_from"] == "fused") == dated


def _led(doc: Document, lead: str) -> Document:
    """The document with ``lead`` before its text (its mentions, roles and event moved along)."""
    import dataclasses

    n, text = len(lead), lead + doc.text
    (event,) = doc.events
    return dataclasses.replace(
        doc, text=text, raw=text,
        mentions=tuple(dataclasses.replace(m, start=m.start + n, stop=m.stop + n) for m in doc.mentions),
        roles=tuple(dataclasses.replace(r, person_start=r.person_start + n, person_stop=r.person_stop + n,
                                        stop=len(text)) for r in doc.roles),
        events=(dataclasses.replace(event, trigger_start=event.trigger_start + n,
                                    trigger_stop=event.trigger_stop + n, start=0, stop=len(text)),))


@pytest.mark.parametrize("lead, day", [("Сегодня завершились переговоры: ", "2024-03-15"), ("Сегодня ", "2024-03-14")])
def test_an_undated_lead_telling_the_meeting_ended_takes_its_last_day(tmp_path, lead, day):
    """The dated report tells a meeting of two days (``14–15 марта``); an undated one whose lead says it ended
    today is of its last day, one that says only "сегодня" of the day it is dated to."""
    names = ["Ана Гомес", "Руй Лима"]
    dated_doc = _led(meeting_doc("a", names, DAY, offices=("e:iso-PT", "e:iso-CL")), "14–15 марта ")
    undated = _led(meeting_doc("b", names, None, offices=("e:iso-PT", "e:iso-CL")), lead)
    export = ingest_batches(Store(tmp_path / "l.db"), [[dated_doc, undated]])
    docs = {d["path"]: d for d in map(json.loads, export.splitlines()) if d["kind"] == "document"}
    assert (docs["b.txt"]["published"], docs["b.txt"]["published_from"]) == (day, "fused")


@pytest.mark.parametrize("foot, day", [("\n\n👍 57  🔥 4\n👁 3,1K · 16 мар в 09:30", "2024-03-16"),
                                       ("\n👁 880   15 марта в 23:05", "2024-03-15"),
                                       ("\n👁 3,1K · Поделиться", "2024-03-14")])
def test_an_undated_post_takes_the_day_of_the_stamp_closing_it(tmp_path, foot, day):
    """A forwarded post has no dateline, only a year-less stamp of its views and time of posting on its last line: its
    lead meeting fuses with a dated report of a day or two before, and the post is of the stamp's day (no stamp: of
    the meeting's)."""
    import dataclasses

    names = ["Ана Гомес", "Руй Лима"]
    dated_doc = meeting_doc("a", names, DAY, offices=("e:iso-PT", "e:iso-CL"))
    undated = meeting_doc("b", names, None, offices=("e:iso-PT", "e:iso-CL"))
    undated = dataclasses.replace(undated, text=undated.text + foot, raw=undated.text + foot)
    export = ingest_batches(Store(tmp_path / "l.db"), [[dated_doc, undated]])
    docs = {d["path"]: d for d in map(json.loads, export.splitlines()) if d["kind"] == "document"}
    assert (docs["b.txt"]["published"], docs["b.txt"]["published_from"]) == (day, "fused")
