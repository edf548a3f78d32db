"""Speed work that must not change an answer: the fusion index read with the dates of the events
looking it up returns every stored event whose date may agree (``rules.dates_agree``)."""
from khronika.fusion.rules import dates_agree
from khronika.records import PartialDate
from khronika.store import Store
from tests.test_fusion_incremental import meeting_doc

STORED = {"a": "2015-03-04", "b": "2015-03", "c": "2015", "d": None, "e": "2015-04-01", "f": "2016-03-04",
          "g": "2015-03-05"}


def _date(iso: str | None) -> PartialDate | None:
    return PartialDate.from_iso(iso) if iso else None


def test_events_with_keys_keeps_every_event_whose_date_may_agree(tmp_path):
    with Store(tmp_path / "s.db") as store:
        docs = [meeting_doc(k, ["Иван Семёнов", "Пётр Орлов"], _date(d)) for k, d in STORED.items()]
        store.save_many(docs)
        store.set_event_keys({f"v:{k}": (doc.id, frozenset({"CONSULT|p:vlk"})) for k, doc in zip(STORED, docs)})
        everything = store.events_with_keys(["CONSULT|p:vlk"])
        assert len(everything) == len(STORED)
        date_of = {e: d for _, e, d in everything}
        for wanted in ({"2015-03-04"}, {"2015-03"}, {"2015"}, {"2016-03-04", "2015-04-01"}, {"2014"}):
            found = {e for _, e, _ in store.events_with_keys(["CONSULT|p:vlk"], {"CONSULT|p:vlk": wanted})}
            agreeing = {e for e, d in date_of.items() if any(dates_agree(d, w) for w in wanted)}
            assert found == agreeing, wanted  # all of them, and (here) no more
        undated = {e for _, e, _ in store.events_with_keys(["CONSULT|p:vlk"], {"CONSULT|p:vlk": {None}})}
        assert undated == set(date_of)


def test_cross_document_stage_reads_the_links_of_its_entities_only(tmp_path):
    """An ingest applies resolution's links (``entities.same_as``) to what it reads, reading the links of
    those entities only, never every link of the store; and the links it reads give the same groups."""
    from sqlalchemy import event

    from khronika.ingest import cross_document
    from tests.test_fusion_incremental import ingest_batches

    day = PartialDate(2015, 3, 4)
    first = [meeting_doc("a", ["Иван Семёнов", "Пётр Орлов"], day), meeting_doc("b", ["Семёнов", "Орлов"], day),
             meeting_doc("c", ["Анна Сокол", "Вера Лебедева"], PartialDate(2016, 5, 6)),
             meeting_doc("d", ["Сокол", "Лебедева"], PartialDate(2016, 5, 6))]
    later = [meeting_doc("e", ["Семёнов", "Пётр Орлов"], day)]
    with Store(tmp_path / "s.db") as store, Store(tmp_path / "t.db") as whole:
        ingest_batches(store, [first])
        linked = {e["id"] for e in store.entities("person", resolved=False) if e["same_as"]}
        assert len(linked) == 4  # "Семёнов" is "Иван Семёнов", …
        statements: list[str] = []
        event.listen(store._engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        for d in later:
            store.save(d)
        cross_document(store, {d.id for d in later})
        read = [s for s in statements if "JOIN entities AS entities_1 ON entities_1.id = entities.same_as" in s]
        assert read and all("WHERE entities.id IN" in s for s in read), read
        assert ingest_batches(whole, [first + later]) == ingest_batches(store, [])


def test_files_under_a_folder_are_found_by_the_index_of_files(tmp_path):
    """An ingest of a folder looks for the stored files under it that vanished: through the index of
    ``document_paths.file``, not by reading every path of the store (``LIKE`` alone cannot use it); the
    same files are found (and none of a folder whose name only begins alike)."""
    from sqlalchemy import select

    from khronika.store.models import DocumentPathRow

    with Store(tmp_path / "s.db") as store:
        for name in ("a/x.txt", "a/y/z.txt", "ab/x.txt", "b/x.txt"):
            doc = meeting_doc(name[0] + name[-5], ["Иван Семёнов", "Пётр Орлов"], None)
            store.save(doc, key=f"/data/{name}", file=f"/data/{name}")
        query = select(DocumentPathRow.file).where(store._under("/data/a/"))
        with store._engine.connect() as conn:
            plan = " ".join(r[-1] for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + str(query.compile(compile_kwargs={"literal_binds": True}))))
            found = sorted(conn.scalars(query))
    assert plan.startswith("SEARCH") and "INDEX ix_document_paths_file" in plan, plan
    assert found == ["/data/a/x.txt", "/data/a/y/z.txt"]


def test_each_key_is_read_with_the_dates_of_its_own_events(tmp_path, monkeypatch):
    """Two keys looked up with different dates: each gives the events whose date may agree with its own dates
    (every one of them), whatever the other key's dates; in queries of a few pairs of key and date each."""
    from khronika.store import fusion_index

    monkeypatch.setattr(fusion_index, "_PAIRS", 3)
    with Store(tmp_path / "s.db") as store:
        docs = [meeting_doc(k, ["Иван Семёнов", "Пётр Орлов"], _date(d)) for k, d in STORED.items()]
        store.save_many(docs)
        store.set_event_keys({f"v:{k}": (doc.id, frozenset({"CONSULT|p:vlk", "CONSULT|p:orl"}))
                              for k, doc in zip(STORED, docs)})
        date_of = {e: d for _, e, d in store.events_with_keys(["CONSULT|p:vlk"])}
        wanted = {"CONSULT|p:vlk": {"2015-03-04"}, "CONSULT|p:orl": {"2016-03-04", "2015-04"}}
        found = store.events_with_keys(sorted(wanted), wanted)
        for key, dates in wanted.items():
            agreeing = {e for e, d in date_of.items() if any(dates_agree(d, w) for w in dates)}
            assert {e for k, e, _ in found if k == key} == agreeing, key


def testlinked_orgs_given_the_links_of_many_documents_is_as_read_for_one():
    """``read_formats`` reads resolution's links of all its documents' organisations once: a document linked
    with those links is the one ``linked_orgs`` makes reading its own, and one none of them concern is kept."""
    from khronika.format_parties import linked_orgs, org_entities
    from khronika.records import Document, Mention

    class Links:
        def __init__(self, links):
            self.links, self.reads = links, 0

        def links_of(self, ids):
            self.reads += 1
            return {e: t for e, t in self.links.items() if e in ids}

    text = "Глава ОДКБ и генсек Организации договора о коллективной безопасности прибыли в Душанбе."
    doc = Document(id="d1", path="d1.txt", raw=text, text=text, mentions=(
        Mention(5, 9, "ORG", "ОДКБ", entity="org:odkb"),
        Mention(20, 66, "ORG", "Организации договора о коллективной безопасности", entity="org:odkb-full"),
        Mention(81, 88, "LOC", "Душанбе", entity="org:odkb")))
    store = Links({"org:odkb": "org:odkb-full", "org:asean": "org:asean-full"})
    alone = linked_orgs(store, doc)
    assert store.reads == 1 and org_entities(doc) == {"org:odkb", "org:odkb-full"}
    assert [m.entity for m in alone.mentions] == ["org:odkb-full", "org:odkb-full", "org:odkb"]
    assert linked_orgs(store, doc, store.links) == alone and store.reads == 1
    assert linked_orgs(store, doc, {"org:asean": "org:asean-full"}) is doc
