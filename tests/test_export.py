"""The JSONL export (SCHEMA.md) and the ``khronika show`` summary."""
import io
import json

import pytest
from rich.console import Console

from khronika.export import iter_records, write_jsonl
from khronika.present import render_summary
from khronika.records import Document, Entity, Mention, PartialDate
from khronika.store import Store

REQUIRED = {
    "document": {"kind", "id", "path", "source", "title", "published", "published_precision",
                 "published_from", "language", "text"},
    "entity": {"kind", "id", "type", "name", "name_en", "aliases", "country", "roles"},
    "mention": {"kind", "doc", "start", "end", "text", "entity", "via"},
}
PUTIN = Entity("e:putin", "person", "Владимир Путин", aliases=("Путина", "Путин"),
               titles=("президент",), country="e:ru")
ABE = Entity("e:abe", "person", "Синдзо Абэ", aliases=("Абэ",), titles=("премьер-министр",))
RUSSIA = Entity("e:ru", "country", "Россия", code="RU")
ULYUKAEV = Entity("e:ulyukaev", "person", "Алексей Улюкаев")  # listed, never mentioned


def doc(path, content_hash, text, published, mentions, entities, title=None) -> Document:
    return Document(id=f"d:{content_hash[:16]}", path=path, raw=text, text=text, title=title,
                    source="ТАСС", published=published, published_from="metadata",
                    content_hash=content_hash, mentions=mentions, entities=entities)


@pytest.fixture
def store(tmp_path):
    first = doc("b.txt", "1" * 64, "Путин встретился с Абэ.", PartialDate(2016, 12, 15),
                (Mention(0, 5, "PER", "Путин", entity="e:putin"),
                 Mention(19, 22, "PER", "Абэ", entity="e:abe", via="descriptor")), (PUTIN, ABE, RUSSIA, ULYUKAEV),
                title="[bold]Встреча[/bold] в Нагато")
    second = doc("a.txt", "2" * 64, "Визит Путина в Японию.", PartialDate(2016, 12),
                 (Mention(6, 12, "PER", "Путина", entity="e:putin"),), (PUTIN,))
    with Store(tmp_path / "k.db") as s:
        s.save(first)
        s.save(second)
        yield s


def export(store) -> str:
    out = io.StringIO()
    n = write_jsonl(store, out)
    assert n == out.getvalue().count("\n")
    return out.getvalue()


def test_export_lines_are_schema_records_in_kind_order(store):
    records = [json.loads(line) for line in export(store).splitlines()]
    assert [r["kind"] for r in records] == ["document"] * 2 + ["entity"] * 4 + ["mention"] * 3
    for r in records:
        assert REQUIRED[r["kind"]] <= set(r)
    first_doc, second_doc = records[:2]
    assert (first_doc["published"], first_doc["published_precision"]) == ("2016-12", "month")
    assert second_doc["published"] == "2016-12-15" and second_doc["path"] == "b.txt"
    assert second_doc["content_hash"] == "1" * 64
    putin = next(r for r in records if r.get("id") == "e:putin")
    assert putin["aliases"] == ["Путин", "Путина"] and putin["roles"] == []
    assert putin["country"] == "e:ru" and putin["name_en"] == "Vladimir Putin"
    assert [(m["doc"], m["start"], m["end"], m["entity"]) for m in records[6:]] == [
        ("d:2222222222222222", 6, 12, "e:putin"),
        ("d:1111111111111111", 0, 5, "e:putin"), ("d:1111111111111111", 19, 22, "e:abe")]


def test_export_mention_offsets_point_into_document_text(store):
    records = list(iter_records(store))
    texts = {r["id"]: r["text"] for r in records if r["kind"] == "document"}
    for m in (r for r in records if r["kind"] == "mention"):
        assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]


def test_export_mentions_say_how_they_were_found(store):
    mentions = [(r["text"], r["via"]) for r in iter_records(store) if r["kind"] == "mention"]
    assert sorted(mentions) == [("Абэ", "descriptor"), ("Путин", "name"), ("Путина", "name")]


def test_export_writes_unicode_unescaped(store):
    text = export(store)
    assert "Владимир Путин" in text and "\\u" not in text


def test_export_is_deterministic(store, tmp_path):
    first = export(store)
    assert export(store) == first
    store.close()
    with Store(tmp_path / "k.db") as reopened:
        assert export(reopened) == first


def test_export_summary_lists_persons_by_mention_count(store):
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_summary(store, console)
    out = console.file.getvalue()
    persons = out[out.index("Persons"):]
    rows = [line.split("│") for line in persons.splitlines() if line.startswith("│")]
    assert [(r[1].strip(), r[2].strip()) for r in rows] == [
        ("Владимир Путин", "2"), ("Синдзо Абэ", "1"), ("Алексей Улюкаев", "0")]
    assert "премьер-министр" in persons
    assert "[bold]Встреча[/bold] в Нагато" in out
    assert "2016-12 (month)" in out and "2016-12-15" in out
    assert "2 documents · 4 entities (1 country, 3 person) · 3 mentions" in out


# Three documents: «Министр Иванов» alone, then two full names with that surname (texts written for this test).
def ivanov_docs() -> dict[str, Document]:
    from khronika.ids import entity_id
    from khronika.records import Event, Participant, Quote, Role, Stance

    def person(name, **kw):
        return Entity(entity_id("person", name), "person", name, **kw)

    short = person("Иванов", titles=("министр",))
    a_text = "Министр Иванов прибыл в Токио. «Мы готовы», — сказал Иванов."
    a = doc("a.txt", "a" * 64, a_text, PartialDate(2020, 5, 1),
            (Mention(8, 14, "PER", "Иванов", entity=short.id), Mention(53, 59, "PER", "Иванов", entity=short.id)),
            (short,))
    a = a.replace(roles=(Role(short.id, "министр", 8, 14, 0, 7, 0, 30),),
                  events=(Event("v:a", "CONSULT", "прибыл", 15, 21, 0, 30, mode="visit", date=PartialDate(2020, 5, 1),
                                participants=(Participant(short.id), Participant("e:iso-JP"))),),
                  quotes=(Quote("q:a", "Мы готовы", 32, 41, 31, 60, speaker=short.id, event="v:a"),),
                  stances=(Stance("positive", 31, 60, holder=short.id, other="e:iso-JP"),))
    igor, sergey = person("Игорь Иванов", aliases=("Иванова",)), person("Сергей Иванов")
    b = doc("b.txt", "b" * 64, "Игорь Иванов выступил.", PartialDate(2020, 5, 2),
            (Mention(0, 12, "PER", "Игорь Иванов", entity=igor.id),), (igor,))
    c = doc("c.txt", "c" * 64, "Сергей Иванов выступил.", PartialDate(2020, 5, 3),
            (Mention(0, 13, "PER", "Сергей Иванов", entity=sergey.id),), (sergey,))
    return {"a": a, "b": b, "c": c}


def chronicle(path, batches: list[str]) -> str:
    """The export of a store built from ``ivanov_docs`` ingested batch by batch (``["ab", "c"]``):
    each batch saved, then resolved and fused, as ``ingest`` does."""
    from khronika.fusion import fuse_store
    from khronika.resolve import resolve_store

    docs = ivanov_docs()
    with Store(path) as s:
        for batch in batches:
            for name in batch:
                s.save(docs[name])
            resolve_store(s)
            fuse_store(s)
        return export(s)


def test_export_resolution_does_not_depend_on_the_order_of_ingestion(tmp_path):
    import itertools

    orders = [["".join(p)] for p in itertools.permutations("abc")] + [["ab", "c"], ["a", "b", "c"], ["c", "b", "a"],
                                                                       ["ba", "c"], ["ac", "b"]]
    exports = {"+".join(o): chronicle(tmp_path / f"{'+'.join(o)}.db", o) for o in orders}
    first = exports["abc"]
    assert [k for k, v in exports.items() if v != first] == []
    records = [json.loads(line) for line in first.splitlines()]
    persons = {r["name"]: r for r in records if r["kind"] == "entity" and r["type"] == "person"}
    assert set(persons) == {"Иванов", "Игорь Иванов", "Сергей Иванов"}  # two candidates: Иванов stays himself
    short = persons["Иванов"]["id"]
    assert [m["entity"] for m in records if m["kind"] == "mention" and m["doc"] == "d:aaaaaaaaaaaaaaaa"] == [short] * 2


def test_export_a_link_is_shown_as_one_person_and_a_later_document_undoes_it(tmp_path):
    two = [json.loads(line) for line in chronicle(tmp_path / "ab.db", ["ab"]).splitlines()]
    persons = {r["name"]: r for r in two if r["kind"] == "entity" and r["type"] == "person"}
    assert set(persons) == {"Игорь Иванов"}  # «Министр Иванов» is Игорь Иванов, the one of that surname
    igor = persons["Игорь Иванов"]
    assert igor["aliases"] == ["Иванов", "Иванова"] and igor["titles"] == ["министр"]
    assert [r["position"] for r in igor["roles"]] == ["министр"]
    by_kind = {k: [r for r in two if r["kind"] == k] for k in ("mention", "event", "quote", "stance")}
    assert {m["entity"] for m in by_kind["mention"]} == {igor["id"]}
    assert by_kind["event"][0]["participants"][0]["entity"] == igor["id"]
    assert by_kind["quote"][0]["speaker"] == igor["id"] and by_kind["stance"][0]["holder"] == igor["id"]
    three = chronicle(tmp_path / "ab+c.db", ["ab", "c"])
    assert three == chronicle(tmp_path / "abc.db", ["abc"])
    assert '"name": "Иванов"' in three


def test_export_quote_event_is_the_fused_event(tmp_path):
    from khronika.records import Event, Quote

    def meeting(id_):
        return Event(id_, "CONSULT", "встретился", 6, 16, 0, 23, date=PartialDate(2016, 12, 15))

    quotes = (Quote("q:1", "Путин", 0, 5, 0, 23, event="v:2", speaker="e:p"),
              Quote("q:2", "Абэ", 19, 22, 0, 23, speaker="e:p"),
              Quote("q:3", "Абэ", 19, 22, 0, 23, event="v:gone", speaker="e:p"),
              Quote("q:4", "Абэ", 19, 22, 0, 23, event="v:2"))  # no speaker named: no record
    first = doc("a.txt", "1" * 64, "Путин встретился с Абэ.", PartialDate(2016, 12, 15), (), ())
    second = doc("b.txt", "2" * 64, "Путин встретился с Абэ.", PartialDate(2016, 12, 15), (), ())
    with Store(tmp_path / "k.db") as s:
        s.save(first.replace(events=(meeting("v:1"),)))
        s.save(second.replace(events=(meeting("v:2"),), quotes=quotes))
        records = list(iter_records(s))
        assert [r["event"] for r in records if r["kind"] == "quote"] == ["v:2", None, None]
        s.set_event_groups({"v:1": "v:1", "v:2": "v:1"})
        records = list(iter_records(s))
    assert [r["event"] for r in records if r["kind"] == "quote"] == ["v:1", None, None]
    assert [r["id"] for r in records if r["kind"] == "event"] == ["v:1"]


@pytest.mark.parametrize("second_place, conflict", [("e:tokyo", False), ("Токио", False), ("Осака", True)])
def test_export_place_conflict_compares_names_not_ids(tmp_path, second_place, conflict):
    from khronika.records import Event

    tokyo = Entity("e:tokyo", "location", "Токио")

    def meeting(id_, place):
        return Event(id_, "CONSULT", "встретился", 6, 16, 0, 23, date=PartialDate(2016, 12, 15), place=place)

    first = doc("a.txt", "1" * 64, "Путин встретился с Абэ.", PartialDate(2016, 12, 15), (), (tokyo,))
    second = doc("b.txt", "2" * 64, "Путин встретился с Абэ.", PartialDate(2016, 12, 15), (), ())
    with Store(tmp_path / "k.db") as s:
        s.save(first.replace(events=(meeting("v:1", "e:tokyo"),)))
        s.save(second.replace(events=(meeting("v:2", second_place),)))
        s.set_event_groups({"v:1": "v:1", "v:2": "v:1"})
        (event,) = [r for r in iter_records(s) if r["kind"] == "event"]
    assert ("conflicts" in event) == conflict and event["place"] == "e:tokyo"


def test_export_quote_of_a_body_is_no_record(tmp_path):
    """Words told as a ministry's or a country's (``— говорится в заявлении МИД``, ``в Риме заявили``) stay in the
    store for the stances, but the export's quotes are persons' words."""
    from khronika.records import Quote

    text = "Глава МИД Игорь Жданов сказал: «Мы готовы». В МИД Нарнии добавили: «Ответ последует»."
    zhdanov = Entity("e:zhdanov", "person", "Игорь Жданов")
    ministry = Entity("e:mid", "organization", "МИД Нарнии")
    quotes = (Quote("q:1", "Мы готовы", 32, 41, 0, 43, speaker=zhdanov.id),
              Quote("q:2", "Ответ последует", 68, 83, 44, 85, speaker=ministry.id),
              Quote("q:3", "Ответ последует", 68, 83, 44, 85, speaker="e:iso-RU"))
    d = doc("a.txt", "a" * 64, text, PartialDate(2020, 5, 1),
            (Mention(10, 22, "PER", "Игорь Жданов", entity=zhdanov.id), Mention(47, 57, "ORG", "МИД Нарнии",
                                                                                 entity=ministry.id)),
            (zhdanov, ministry, Entity("e:iso-RU", "country", "Россия", code="RU")))
    with Store(tmp_path / "k.db") as s:
        s.save(d.replace(quotes=quotes))
        records = list(iter_records(s))
    assert [(r["speaker"], r["text"]) for r in records if r["kind"] == "quote"] == [("e:zhdanov", "Мы готовы")]


def _reports(text: str):
    """A report of its day with an act its own words do not date and a meeting dated by ``вчера``."""
    from khronika.records import Event

    protest = Event("v:p", "PROTEST", "выразил протест", 30, 45, 0, 60, date=PartialDate(2031, 3, 14),
                    date_from="document")
    talks = Event("v:t", "CONSULT", "провели переговоры", 68, 86, 61, len(text), date=PartialDate(2031, 3, 13),
                  date_from="text")
    return protest, talks


@pytest.mark.parametrize("document_days, want", [(True, ("2031-03-14", "day")), (False, (None, "unknown"))])
def test_export_an_act_told_without_a_time_takes_its_documents_day_or_none(tmp_path, document_days, want):
    """``Премьер Исландии выразил протест послу Перу``: told as of the day of publication, or left undated when the
    export is asked not to give document days; a day the event's own words name (``вчера``) stays either way."""
    from khronika.settings import ExportSettings

    text = "Премьер-министр Исландии вчера выразил протест послу Перу. Стороны вчера провели переговоры."
    protest, talks = _reports(text)
    with Store(tmp_path / "k.db") as s:
        s.save(doc("a.txt", "a" * 64, text, PartialDate(2031, 3, 14), (), ()).replace(events=(protest, talks)))
        events = {r["id"]: r for r in iter_records(s, ExportSettings(document_days=document_days))
                  if r["kind"] == "event"}
    assert (events["v:p"]["date"], events["v:p"]["date_precision"]) == want
    assert (events["v:t"]["date"], events["v:t"]["date_precision"]) == ("2031-03-13", "day")


@pytest.mark.parametrize("document_days, want", [(True, "2031-03-14"), (False, "2031-03")])
def test_export_a_fused_record_undated_by_documents_takes_the_date_another_report_tells(tmp_path, document_days,
                                                                                          want):
    """One report dated by its document's day, another by its own words to the month (``в марте``): without document
    days the record takes the month the words tell, not the document's day."""
    from khronika.records import Event
    from khronika.settings import ExportSettings

    text = "Эквадор выслал атташе Норвегии."
    first = Event("v:1", "SANCTION", "выслал", 8, 14, 0, 31, date=PartialDate(2031, 3, 14), date_from="document")
    second = Event("v:2", "SANCTION", "выслал", 8, 14, 0, 31, date=PartialDate(2031, 3), date_from="text")
    with Store(tmp_path / "k.db") as s:
        s.save(doc("a.txt", "a" * 64, text, PartialDate(2031, 3, 14), (), ()).replace(events=(first,)))
        s.save(doc("b.txt", "b" * 64, text, PartialDate(2031, 3, 20), (), ()).replace(events=(second,)))
        s.set_event_groups({"v:1": "v:1", "v:2": "v:1"})
        (event,) = [r for r in iter_records(s, ExportSettings(document_days=document_days)) if r["kind"] == "event"]
    assert event["date"] == want and "conflicts" not in event
