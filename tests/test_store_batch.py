"""A batch of new documents stored at once (``store/batch.py``) leaves the very rows that storing them one
after another leaves; a batch that is not all new goes one document after another."""
import sqlite3

from khronika.records import Entity
from khronika.store import Store, batch
from khronika.synthetic import documents

SKIPPED_COLUMNS = {"ingested_at"}


def rows(path) -> dict[str, list]:
    """Every table's rows (FTS5's own segment tables aside), sorted."""
    conn = sqlite3.connect(path)
    out = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith("search_lemmas_"):
            continue
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in SKIPPED_COLUMNS]
        out[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(columns)} FROM {table}")))
    conn.close()
    return out


def one_by_one(store: Store, docs, keys) -> None:
    with store._session.begin() as s:
        for doc, (key, file) in zip(docs, keys):
            store._save(s, doc, key, file)


def test_a_batch_of_new_documents_is_stored_as_one_by_one(tmp_path, monkeypatch):
    fresh = []
    monkeypatch.setattr(batch, "save_fresh", lambda *args, saved=batch.save_fresh: fresh.append(saved(*args)))
    docs = list(documents(12, seed=4, pool=6))  # persons recur: their rows merge across the batch
    docs[3] = docs[3].replace(entities=docs[3].entities + (Entity(docs[0].entities[0].id, "person", "Иван Семёнов-0",
                                                                 aliases=("И. Волков",), titles=("министр",)),))
    keys = [(f"/in/{d.path}", f"/in/{d.path}") for d in docs]
    with Store(tmp_path / "batch.db") as store:
        assert store.save_many(docs[:8], keys[:8]) == ["added"] * 8
        assert store.save_many(docs[8:], keys[8:]) == ["added"] * 4
    with Store(tmp_path / "single.db") as store:
        one_by_one(store, docs[:8], keys[:8])
        one_by_one(store, docs[8:], keys[8:])
    together, single = rows(tmp_path / "batch.db"), rows(tmp_path / "single.db")
    assert len(fresh) == 2 and together == single and len(together["documents"]) == 12 and together["search_lemmas"]


def test_a_batch_with_stored_content_goes_one_by_one(tmp_path):
    docs = list(documents(5, seed=2))
    with Store(tmp_path / "s.db") as store:
        store.save_many(docs[:2])
        with store._session() as s:
            assert not batch.fresh(s, docs[1:], [(d.path, None) for d in docs[1:]])
        again = [docs[1].replace(path="other/copy.txt"), *docs[2:]]  # the same content under another path
        assert store.save_many(again) == ["unchanged", "added", "added", "added"]
        assert store.counts()["documents"] == 5
        assert {r["path"] for r in store.documents()} == {d.path for d in docs}


def test_the_name_index_follows_persons_named_again_and_a_new_alias(tmp_path):
    """A batch rewrites the name index (``person_keys``) of only the persons whose keys change: a person named again
    keeps its rows, one named with a new alias gains that alias's words.  Invented names."""
    import dataclasses
    import json

    from khronika.records import PartialDate
    from khronika.store.rows import person_keys

    from .test_fusion_incremental import ingest_batches, meeting_doc

    first = meeting_doc("k1", ["Рауль Сантана", "Инес Кордеро"], PartialDate(2023, 4, 2))
    again = meeting_doc("k2", ["Рауль Сантана", "Инес Кордеро"], PartialDate(2023, 6, 9))
    third = meeting_doc("k3", ["Рауль Сантана", "Томас Эшби"], PartialDate(2023, 8, 1))
    longer = dataclasses.replace(third, entities=tuple(
        dataclasses.replace(e, aliases=("Рауль Сантана Мора",)) if e.name == "Рауль Сантана" else e
        for e in third.entities))
    with Store(tmp_path / "k.db") as store:
        ingest_batches(store, [[first], [again], [longer]])
    with sqlite3.connect(tmp_path / "k.db") as conn:
        stored = set(conn.execute("SELECT entity, key FROM person_keys"))
        persons = {i: (n, json.loads(a)) for i, n, a in conn.execute(
            "SELECT id, name, aliases FROM entities WHERE type = 'person'")}
    assert stored == {(i, k) for i, (n, a) in persons.items() for k in person_keys(n, a)}
    santana = next(i for i, (n, _) in persons.items() if n == "Рауль Сантана")
    assert (santana, "мора") in stored and (santana, "сантана") in stored


def test_json_columns_are_written_as_json_dumps_writes_them(tmp_path):
    import json

    docs = list(documents(3, seed=9, pool=3))
    docs[1] = docs[1].replace(entities=docs[1].entities + (Entity("p:x", "person", "Ана Рохас", aliases=("А. Рохас",),
                                                                  titles=("посол «без портфеля»",)),))
    with Store(tmp_path / "json.db") as store:
        store.save_many(docs, [(f"/in/{d.path}", None) for d in docs])
    conn = sqlite3.connect(tmp_path / "json.db")
    written = [text for (text,) in conn.execute("SELECT annotations FROM documents")]
    written += [text for row in conn.execute("SELECT aliases, titles FROM entities") for text in row]
    conn.close()
    assert '["\\u0410. \\u0420\\u043e\\u0445\\u0430\\u0441"]' in written  # escaped as json.dumps escapes
    assert all(text == json.dumps(json.loads(text)) for text in written)
