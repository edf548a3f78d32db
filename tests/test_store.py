"""The store: save/replace/unchanged, shared entities, links between entities, bad files, reopening (the
schema and its migrations: test_store_schema.py)."""
import sqlite3

import pytest

from khronika.errors import KhronikaError
from khronika.records import Document, Entity, Mention, PartialDate, Sentence, Span, Token
from khronika.store import Store

TEXT = "Президент Владимир Путин встретился в Токио с премьер-министром Японии Синдзо Абэ."


def make_doc(path="seeds/001.txt", content_hash="a" * 64, text=TEXT, **changes) -> Document:
    """A document with two persons, a country and three mentions, built by hand."""
    putin = Entity("e:putin", "person", "Владимир Путин", aliases=("Путин",),
                   titles=("президент",), country="e:ru")
    abe = Entity("e:abe", "person", "Синдзо Абэ", aliases=("Абэ",), titles=("премьер-министр",))
    japan = Entity("e:jp", "country", "Япония", aliases=("Японии",), code="JP")
    mentions = (
        Mention(10, 24, "PER", "Владимир Путин", normal="Владимир Путин", title="президент",
                entity="e:putin"),
        Mention(63, 69, "LOC", "Японии", normal="Япония", entity="e:jp"),
        Mention(70, 81, "PER", "Синдзо Абэ", normal="Синдзо Абэ", entity="e:abe"),
    )
    doc = Document(id=f"d:{content_hash[:16]}", path=path, raw="ТАСС\n" + text, text=text,
                   title="Путин и Абэ", source="ТАСС", published=PartialDate(2016, 12, 15),
                   published_from="dateline", dateline_place="Токио", content_hash=content_hash,
                   removed=(Span(0, 5, "agency"),), mentions=mentions, entities=(abe, japan, putin),
                   done=frozenset({"raw", "mentions"}))
    return doc.replace(**changes)


def table_rows(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT * FROM {table}").fetchall()


def test_store_save_adds_document(tmp_path):
    with Store(tmp_path / "k.db") as store:
        assert store.status("seeds/001.txt", "a" * 64) == "new"
        assert store.save(make_doc()) == "added"
        assert store.counts() == {"documents": 1, "entities": 3, "mentions": 3, "roles": 0, "events": 0, "quotes": 0,
                                  "stances": 0, "runs": 0}
        assert store.status("seeds/001.txt", "a" * 64) == "unchanged"
        assert store.status("elsewhere.txt", "a" * 64) == "unchanged"
        assert store.status("seeds/001.txt", "b" * 64) == "changed"
        assert store.mention_counts() == {"e:putin": 1, "e:abe": 1, "e:jp": 1}


def test_store_same_document_again_is_unchanged(tmp_path):
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc())
        before = store.documents(), store.entities(), store.mentions()
        assert store.save(make_doc(path="copy/001.txt")) == "unchanged"
        assert store.save(make_doc()) == "unchanged"
        assert (store.documents(), store.entities(), store.mentions()) == before


def test_store_changed_content_replaces_document_and_mentions(tmp_path):
    text = "Синдзо Абэ прибыл в Москву."
    new = make_doc(content_hash="b" * 64, text=text,
                   mentions=(Mention(0, 10, "PER", "Синдзо Абэ", entity="e:abe"),),
                   entities=(Entity("e:abe", "person", "Синдзо Абэ"),))
    with Store(tmp_path / "k.db") as store:
        old_id = make_doc().id
        store.save(make_doc())
        assert store.save(new) == "replaced"
        assert [d["id"] for d in store.documents()] == [new.id]
        assert store.mentions(old_id) == []
        assert [(m["doc"], m["text"]) for m in store.mentions()] == [(new.id, "Синдзо Абэ")]
        # Putin and Japan are named by nothing any more; Abe keeps what was merged into him.
        assert [e["id"] for e in store.entities()] == ["e:abe"]
        assert store.entities()[0]["aliases"] == ["Абэ"]
        with pytest.raises(KeyError):
            store.document(old_id)


def test_store_prunes_only_entities_nothing_refers_to(tmp_path):
    putin_only = make_doc(content_hash="b" * 64, mentions=make_doc().mentions[:1],
                          entities=(make_doc().entities[2],))
    listed = (Entity("e:ru", "country", "Россия", code="RU"), Entity("e:un", "organization", "ООН"))
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc())
        store.save(make_doc(path="other.txt", content_hash="c" * 64, entities=listed, mentions=()))
        assert store.save(putin_only) == "replaced"
        assert [e["id"] for e in store.entities()] == ["e:putin", "e:ru", "e:un"]
        store.save(make_doc(path="other.txt", content_hash="d" * 64, entities=(), mentions=()))
        # Russia stays as Putin's country; the UN is referred to by nothing.
        assert [e["id"] for e in store.entities()] == ["e:putin", "e:ru"]


def test_store_shared_entities_get_merged_aliases(tmp_path):
    second = make_doc(
        path="seeds/002.txt", content_hash="b" * 64,
        entities=(Entity("e:putin", "person", "Путин Владимир Владимирович",
                         aliases=("Владимиру Путину", "Путин"), titles=("глава государства",)),
                  Entity("e:jp", "country", "Japan", country="e:asia")))
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc())
        assert store.save(second) == "added"
        entities = {e["id"]: e for e in store.entities()}
    putin, japan = entities["e:putin"], entities["e:jp"]
    assert putin["name"] == "Путин Владимир Владимирович"  # the fuller name, whichever document came first
    assert putin["aliases"] == ["Владимир Путин", "Владимиру Путину", "Путин"]
    assert putin["titles"] == ["глава государства", "президент"]
    assert putin["country"] == "e:ru"
    assert (japan["name"], japan["code"], japan["country"]) == ("Япония", "JP", "e:asia")
    with Store(tmp_path / "reverse.db") as store:
        store.save(second)
        store.save(make_doc())
        again = {e["id"]: e for e in store.entities()}
    assert (again["e:putin"]["name"], again["e:putin"]["aliases"]) == (putin["name"], putin["aliases"])


@pytest.mark.parametrize("content, detail", [
    (bytes(range(256)) * 8, "not an SQLite file"),
    ("Не база данных.\n".encode(), "not an SQLite file"),
    (b"SQLite format 3\x00" + bytes(range(256)) * 8, "file is not a database"),
])
def test_store_rejects_a_file_that_is_not_a_database(tmp_path, content, detail):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(KhronikaError) as info:
        Store(path)
    assert info.value.code == "E_DB"
    assert str(path) in str(info.value) and detail in str(info.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_store_rejects_a_foreign_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    before = path.read_bytes()
    with pytest.raises(KhronikaError) as info:
        Store(path)
    assert info.value.code == "E_DB" and "things" in str(info.value)
    assert path.read_bytes() == before


def test_store_rejects_a_folder(tmp_path):
    with pytest.raises(KhronikaError) as info:
        Store(tmp_path)
    assert info.value.code == "E_DB"


def test_store_reopened_sees_the_same_document(tmp_path):
    tokens = (Token(0, 9, "Президент", id="1_1", pos="NOUN", feats={"Case": "Nom"}),)
    doc = make_doc(sentences=(Sentence(0, len(TEXT), TEXT, tokens),),
                   ner=make_doc().mentions, published=PartialDate(weekday=2))
    with Store(tmp_path / "k.db") as store:
        store.save(doc)
    with Store.from_url(f"sqlite:///{tmp_path / 'k.db'}") as store:
        assert store.document(doc.id) == doc
        assert store.counts()["mentions"] == 3


def test_store_failed_save_leaves_nothing(tmp_path):
    broken = make_doc(mentions=(Mention(0, 9, "PER", None, entity="e:putin"),))  # text NOT NULL
    with Store(tmp_path / "k.db") as store:
        with pytest.raises(Exception, match="NOT NULL"):
            store.save(broken)
        assert store.counts() == {"documents": 0, "entities": 0, "mentions": 0, "roles": 0, "events": 0, "quotes": 0,
                                  "stances": 0, "runs": 0}
        assert store.save(make_doc()) == "added"


def test_store_documents_ordered_by_published_then_path(tmp_path):
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc(path="b.txt", content_hash="1" * 64, published=PartialDate(2017, 3)))
        store.save(make_doc(path="c.txt", content_hash="2" * 64, published=PartialDate()))
        store.save(make_doc(path="a.txt", content_hash="3" * 64, published=PartialDate(2017, 3)))
        store.save(make_doc(path="d.txt", content_hash="4" * 64, published=PartialDate(2016)))
        docs = store.documents()
        assert [d["path"] for d in docs] == ["d.txt", "a.txt", "b.txt", "c.txt"]
        assert [(d["published"], d["published_precision"]) for d in docs] == [
            ("2016", "year"), ("2017-03", "month"), ("2017-03", "month"), (None, "unknown")]
        assert [m["doc"] for m in store.mentions()][::3] == [d["id"] for d in docs]


def test_store_runs_are_logged(tmp_path):
    with Store(tmp_path / "k.db") as store:
        run = store.begin_run()
        store.finish_run(run, {"added": 2, "unchanged": 1, "skipped": 3})
        with pytest.raises(ValueError):
            store.finish_run(run, {"failed": 1})
    rows = table_rows(tmp_path / "k.db", "runs")
    assert len(rows) == 1
    run_id, started, finished, *counts, pending = rows[0]
    assert run_id == run and started and finished
    assert counts == [2, 1, 0, 3] and pending == 0


def test_store_roles_saved_followed_through_links_and_replaced(tmp_path):
    from khronika.records import Role

    role = Role(person="e:abe", position="премьер-министр", person_start=70, person_stop=81, position_start=50,
                position_stop=62, start=0, stop=81, of="e:jp", of_start=63, of_stop=69)
    former = Role(person="e:abe", position="министр", person_start=70, person_stop=81, position_start=40,
                  position_stop=49, start=0, stop=81, former=True)
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc(roles=(role, former)))
        assert [(r["person"], r["position"], r["of"], bool(r["former"])) for r in store.roles()] == [
            ("e:abe", "премьер-министр", "e:jp", False), ("e:abe", "министр", None, True)]
        assert store.document(make_doc().id).roles == (role, former)
        store.save(make_doc(path="other.txt", content_hash="c" * 64,
                            entities=(Entity("e:abe2", "person", "Абэ"),), mentions=(), roles=()))
        assert store.set_same_as({"e:abe": "e:abe2"}) == ["e:abe"]
        assert [r["person"] for r in store.roles()] == ["e:abe2", "e:abe2"]
        assert store.document(make_doc().id).roles == (role, former)  # as the stages saw it
        store.save(make_doc(content_hash="b" * 64))  # the same path, changed: its roles go with it
        assert store.roles() == []


def test_store_events_quotes_stances_round_trip_and_follow_links(tmp_path):
    from khronika.records import Event, Participant, Quote, Stance

    event = Event(id="v:1", type="CONSULT", trigger="встреча", trigger_start=0, trigger_stop=7, start=0, stop=40,
                  mode="meet", date=PartialDate(2016, 12, 15), place="e:jp",
                  participants=(Participant("e:putin", "participant"), Participant("e:abe", "participant")),
                  format="summit", more=(Span(41, 60, "same event"),))
    quote = Quote(id="q:1", text="Мы готовы", start=5, stop=14, evidence_start=0, evidence_stop=40,
                  speaker="e:putin", direct=True, cue="сказал", event="v:1")
    stance = Stance(polarity="converge", start=0, stop=40, holder="e:putin", other="e:jp", topic="Сирия")
    doc = make_doc(events=(event,), quotes=(quote,), stances=(stance,))
    with Store(tmp_path / "k.db") as store:
        store.save(doc)
        back = store.document(doc.id)
        assert back.events == (event,) and back.quotes == (quote,) and back.stances == (stance,)
        store.save(make_doc(path="other.txt", content_hash="c" * 64, entities=(Entity("e:vvp", "person", "Путин"),),
                            mentions=()))
        store.set_same_as({"e:putin": "e:vvp"})
        assert [p["entity"] for p in store.events()[0]["participants"]] == ["e:vvp", "e:abe"]
        assert store.quotes()[0]["speaker"] == "e:vvp" and store.stances()[0]["holder"] == "e:vvp"
        assert store.quotes()[0]["event"] == "v:1"
        assert store.mention_counts()["e:vvp"] == 1 and "e:putin" not in store.mention_counts()
        assert "e:putin" not in {e["id"] for e in store.entities()}
        vvp = next(e for e in store.entities() if e["id"] == "e:vvp")
        assert (vvp["name"], vvp["aliases"], vvp["country"]) == ("Путин", ["Владимир Путин"], "e:ru")
        assert len(store.set_same_as({})) == 1  # undone: both are themselves again
        assert store.events()[0]["participants"] == [p.to_json() for p in event.participants]
        assert {"e:putin", "e:vvp"} <= {e["id"] for e in store.entities()}


def test_store_document_reads_only_its_own_rows(tmp_path):
    import dataclasses

    from sqlalchemy import event

    from khronika.records import Quote, Role

    role = Role(person="e:abe", position="премьер-министр", person_start=70, person_stop=81, position_start=50,
                position_stop=62, start=0, stop=81)
    quote = Quote(id="q:1", text="Мы готовы", start=5, stop=14, evidence_start=0, evidence_stop=40)
    with Store(tmp_path / "k.db") as store:
        for i in range(3):
            store.save(make_doc(path=f"{i}.txt", content_hash=str(i) * 64, roles=(role,),
                                quotes=(dataclasses.replace(quote, id=f"q:{i}"),)))
        statements = []
        event.listen(store._engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *args: statements.append(statement))
        doc = store.document(make_doc(path="1.txt", content_hash="1" * 64).id)
    assert [q.id for q in doc.quotes] == ["q:1"] and len(doc.roles) == 1 and len(doc.mentions) == 3
    for table in ("mentions", "roles", "events", "quotes", "stances", "entities"):
        reads = [s for s in statements if f"FROM {table}" in s]
        assert reads and all("WHERE" in s for s in reads), table
    assert len([s for s in statements if s.startswith("SELECT")]) == 7  # the document, 5 tables, entities


def test_store_prune_drops_links_to_entities_that_went(tmp_path):
    with Store(tmp_path / "k.db") as store:
        store.save(make_doc())
        store.save(make_doc(path="other.txt", content_hash="c" * 64, entities=(Entity("e:abe2", "person", "Абэ"),),
                            mentions=()))
        store.set_same_as({"e:abe2": "e:abe"})
        with pytest.raises(ValueError):
            store.set_same_as({"e:abe2": "e:abe", "e:abe": "e:jp"})
        store.save(make_doc(content_hash="b" * 64, entities=(), mentions=()))  # Abe is named by nothing now
        rows = {e["id"]: e for e in store.entities(resolved=False)}
        assert "e:abe" not in rows and rows["e:abe2"]["same_as"] is None
        assert [e["id"] for e in store.entities("person")] == ["e:abe2"]
