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
    "mention": {"kind", "doc", "start", "end", "text", "entity"},
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
                 Mention(19, 22, "PER", "Абэ", entity="e:abe")), (PUTIN, ABE, RUSSIA, ULYUKAEV),
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
