"""The HTTP API (``khronika/api``), in process with FastAPI's test client, on a small store of documents
written for these tests (built without the models) and, in one slow test, on the chronicle of the seeds."""
from __future__ import annotations

import os
import re

import pytest

from khronika.ids import entity_id
from khronika.lexicon import PLOVER_TYPES
from khronika.records import Document, Entity, Event, Mention, PartialDate, Participant, Quote, Role, Sentence, Stance
from khronika.store import Store

from .conftest import ROOT, SEEDS

RU, JP = Entity("e:iso-RU", "country", "Россия", code="RU"), Entity("e:iso-JP", "country", "Япония", code="JP")
TOKYO = Entity("e:tokyo", "location", "Токио")


def person(name: str, **kw) -> Entity:
    return Entity(entity_id("person", name), "person", name, **kw)


LAVROV, KISHIDA = person("Сергей Лавров", aliases=("Лавров",)), person("Фумио Кисида", aliases=("Кисидой",))
SHORT = person("Лавров")  # a document that names him by surname alone; linked to LAVROV below


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def document(key: str, text: str, published: PartialDate, entities: tuple, source: str = "ТАСС", **facts) -> Document:
    """A document of sentences ending in '.', with a mention of each entity where its name (or an alias)
    first stands."""
    mentions = []
    for e in entities:
        name = next((n for n in (e.name, *e.aliases) if n in text), None)
        if name:
            mentions.append(Mention(*span(text, name), "PER" if e.type == "person" else "LOC", name, entity=e.id))
    sentences = []
    for m in re.finditer(r"[^.]+\.", text):
        sentences.append(Sentence(m.start() + (m.group()[0] == " "), m.end(), m.group().strip()))
    return Document(id=f"d:{key * 16}", path=f"{key}.txt", raw=text, text=text, title=f"Статья {key}", source=source,
                    published=published, published_from="metadata", content_hash=key * 64,
                    mentions=tuple(sorted(mentions, key=lambda m: m.start)), entities=entities,
                    sentences=tuple(sentences), **facts)


def meeting(key: str, text: str, sentence: str, date: PartialDate, who: tuple[Entity, ...], **kw) -> Event:
    a, b = span(text, sentence)
    t = text.index("переговоры", a)
    return Event(f"v:{key}", "CONSULT", "переговоры", t, t + 10, a, b, date=date,
                 participants=tuple(Participant(e.id) for e in who), **kw)


def corpus() -> list[Document]:
    day = PartialDate(2017, 3, 20)
    a_text = ("Министр иностранных дел России Сергей Лавров провёл переговоры с Фумио Кисидой в Токио. "
              "«Мы готовы к диалогу», — сказал Сергей Лавров. Россия и Япония выступают за мирный договор.")
    said = span(a_text, "Мы готовы к диалогу")
    first = span(a_text, "Министр иностранных дел России Сергей Лавров провёл переговоры с Фумио Кисидой в Токио.")
    a = document("a", a_text, day, (LAVROV, KISHIDA, RU, JP, TOKYO),
                 roles=(Role(LAVROV.id, "министр иностранных дел", *span(a_text, "Сергей Лавров"),
                             *span(a_text, "Министр иностранных дел"), *first, of=RU.id),),
                 events=(meeting("a", a_text, a_text[first[0]:first[1]], day, (LAVROV, KISHIDA, RU, JP),
                                 place=TOKYO.id, format="2+2", round=2),),
                 quotes=(Quote("q:a", "Мы готовы к диалогу", *said, said[0] - 1, a_text.index("Лавров.", said[1]) + 7,
                               speaker=LAVROV.id, cue="сказать", event="v:a"),),
                 stances=(Stance("converge", *span(a_text, "Россия и Япония выступают за мирный договор."),
                                 holder=RU.id, other=JP.id, topic="мирный договор"),))
    b_text = "В Токио прошли переговоры в формате «два плюс два». Лавров обсудил с Кисидой мирный договор."
    b = document("b", b_text, day, (SHORT, KISHIDA, TOKYO), source="Газета.Ru",
                 events=(meeting("b", b_text, "В Токио прошли переговоры в формате «два плюс два».", day,
                                 (SHORT, KISHIDA), place="Токио", format="2+2", round=2),))
    c_text = "Япония заявила протест России. Токио ждёт ответа."
    c = document("c", c_text, PartialDate(2019, 5), (RU, JP), events=(
        Event("v:c", "PROTEST", "заявила протест", *span(c_text, "заявила протест"), *span(c_text, c_text[:30]),
              date=PartialDate(2019, 5), participants=(Participant(JP.id, "source"), Participant(RU.id, "target"))),))
    d = document("d", "Без даты: о переговорах ничего не сообщалось.", PartialDate(), ())
    return [a, b, c, d.replace(published_from="none")]


def stored_corpus(path):
    """A store at ``path`` holding ``corpus()``, with Лавров resolved and the two reports of one meeting fused."""
    with Store(path) as s:
        for d in corpus():
            s.save(d)
        s.set_same_as({SHORT.id: LAVROV.id})
        s.set_event_groups({"v:a": "v:a", "v:b": "v:a"})
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return stored_corpus(tmp_path_factory.mktemp("api") / "k.db")


@pytest.fixture(scope="module")
def client(db):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    with Store(db, read_only=True) as store:
        yield TestClient(create_app(store), raise_server_exceptions=False)


def get(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def test_api_index_lists_the_routes(client):
    index = get(client, "/")
    assert index["docs"] == "/docs"
    assert {"/documents", "/events/{event_id}", "/search"} <= {r["path"] for r in index["routes"]}


def test_api_documents_page_with_a_total_and_one_with_its_text(client):
    listing = get(client, "/documents?limit=2&offset=1")
    assert (listing["total"], listing["limit"], listing["offset"]) == (4, 2, 1)
    assert [d["id"] for d in listing["items"]] == ["d:" + "b" * 16, "d:" + "c" * 16]  # by date, then path
    assert all("text" not in d for d in listing["items"])
    assert get(client, "/documents?offset=3")["items"][0]["published"] is None  # the undated last
    one = get(client, "/documents/d:" + "a" * 16)
    assert one["text"].startswith("Министр иностранных дел") and one["source"] == "ТАСС"
    for m in one["mentions"]:
        assert one["text"][m["start"]:m["end"]] == m["text"]
    assert [e["id"] for e in one["events"]] == ["v:a"] and [q["id"] for q in one["quotes"]] == ["q:a"]


def test_api_entities_by_type_and_one_with_roles_events_quotes_stances(client):
    persons = get(client, "/entities?type=person")
    assert {e["name"] for e in persons["items"]} == {"Сергей Лавров", "Фумио Кисида"}  # «Лавров» is linked to him
    assert get(client, "/entities?type=country")["total"] == 2
    assert [e["name"] for e in get(client, "/entities?q=кисидой")["items"]] == ["Фумио Кисида"]
    lavrov = get(client, f"/entities/{LAVROV.id}")
    assert lavrov["code"] == "RU" and lavrov["name_en"] == "Sergey Lavrov"
    assert [(r["position"], r["of"], r["date"]) for r in lavrov["roles"]] == [
        ("министр иностранных дел", "e:iso-RU", "2017-03-20")]
    assert [e["id"] for e in lavrov["events"]] == ["v:a"] and [q["text"] for q in lavrov["quotes"]] == [
        "Мы готовы к диалогу"]
    assert get(client, f"/entities/{SHORT.id}")["id"] == LAVROV.id  # a linked id gives the entity it is the same as
    russia = get(client, "/entities/e:iso-RU")
    assert [(x["polarity"], x["other_name"]) for x in russia["stances"]] == [("converge", "Япония")]
    assert [e["id"] for e in russia["events"]] == ["v:a", "v:c"]


@pytest.mark.parametrize("query, expected", [
    ("", ["v:a", "v:c"]),
    ("type=PROTEST", ["v:c"]),
    ("since=2018", ["v:c"]),
    ("until=2017-03", ["v:a"]),
    ("since=2017-03-20&until=2017-03-20", ["v:a"]),
    ("since=2019-05-31", ["v:c"]),  # dated to the month: its May overlaps the bound
    ("since=2019-06", []),
    ("with=Кисид", ["v:a"]),
    (f"with={KISHIDA.id}", ["v:a"]),
    ("with=лавров", ["v:a"]),
    ("format=2%2B2", ["v:a"]),
    ("factuality=occurred", ["v:a", "v:c"]),
    ("factuality=planned", []),
    ("country=jp", ["v:a", "v:c"]),
    ("country=US", []),
])
def test_api_events_filters(client, query, expected):
    assert [e["id"] for e in get(client, f"/events?{query}")["items"]] == expected


def test_api_events_are_fused_with_names_and_codes_inline(client):
    (meeting,) = get(client, "/events?type=CONSULT")["items"]
    assert meeting["sources"] == ["d:" + "a" * 16, "d:" + "b" * 16]
    assert [(p["name"], p["type"], p["code"]) for p in meeting["participants"]] == [
        ("Сергей Лавров", "person", "RU"), ("Фумио Кисида", "person", None), ("Россия", "country", "RU"),
        ("Япония", "country", "JP")]
    assert meeting["countries"] == ["JP", "RU"] and meeting["place_name"] == "Токио"
    assert [d["source"] for d in meeting["documents"]] == ["ТАСС", "Газета.Ru"]
    formats = get(client, "/formats")["items"]
    assert [f["id"] for f in formats] and get(client, f"/events?format={formats[0]['id']}")["items"][0]["id"] == "v:a"


def test_api_event_gives_every_sources_evidence_with_offsets_into_its_document(client):
    event = get(client, "/events/v:a")
    assert [x["doc"] for x in event["evidence"]] == ["d:" + "a" * 16, "d:" + "b" * 16]
    for x in event["evidence"]:
        text = get(client, f"/documents/{x['doc']}")["text"]
        assert text[x["start"]:x["end"]] == x["text"] and "переговоры" in x["text"]
        assert x["document"]["id"] == x["doc"]
    assert [q["id"] for q in event["quotes"]] == ["q:a"]


def test_api_formats_quotes_and_stances(client):
    (fmt,) = get(client, "/formats")["items"]
    assert fmt["name"] == "2+2 Россия – Япония" and fmt["side_names"] == ["Россия", "Япония"]
    assert [(h["status"], h["date"], h["round"]) for h in fmt["history"]] == [("round", "2017-03-20", 2)]
    assert [e["id"] for e in get(client, f"/formats/{fmt['id']}")["events"]] == ["v:a"]
    quotes = get(client, f"/quotes?speaker={LAVROV.id}")
    assert quotes["total"] == 1 and quotes["items"][0]["speaker_name"] == "Сергей Лавров"
    assert quotes["items"][0]["event"] == "v:a"
    assert get(client, "/quotes?speaker=e:nobody")["total"] == 0
    stances = get(client, "/stances?polarity=converge")
    assert [(x["holder_name"], x["other_name"], x["topic"]) for x in stances["items"]] == [
        ("Россия", "Япония", "мирный договор")]
    assert get(client, "/stances?entity=e:iso-JP")["total"] == 1


def test_api_search_finds_inflected_forms_and_evidence(client):
    found = get(client, "/search?q=переговоры")
    assert found["total"] == 3 and {d["id"][2] for d in found["items"]} == {"a", "b", "d"}
    undated = next(d for d in found["items"] if d["id"] == "d:" + "d" * 16)
    assert [h["text"] for h in undated["hits"]] == ["переговорах"]  # 'переговоры' finds 'переговорах'
    assert sorted(x["evidence"]["doc"] for x in found["evidence"]) == ["d:" + "a" * 16, "d:" + "b" * 16]
    assert get(client, "/search?q=мирного договора")["total"] == 2  # both words, in another case
    assert get(client, "/search?q=Японией")["total"] == 2  # in the texts as 'Япония'
    assert get(client, "/search?q=переговоры протест")["total"] == 0
    assert get(client, "/search?q=переговоры&limit=1&offset=1")["items"][0]["id"] == found["items"][1]["id"]
    assert get(client, "/search?q=...")["total"] == 0  # no words


@pytest.mark.parametrize("url, status, code", [
    ("/nowhere", 404, "E_NOT_FOUND"),
    ("/documents/d:none", 404, "E_NOT_FOUND"),
    ("/entities/e:none", 404, "E_NOT_FOUND"),
    ("/events/v:none", 404, "E_NOT_FOUND"),
    ("/formats/f:none", 404, "E_NOT_FOUND"),
    ("/events?type=FOO", 422, "E_INVALID"),
    ("/events?since=March", 422, "E_INVALID"),
    ("/events?country=JPN", 422, "E_INVALID"),
    ("/events?factuality=maybe", 422, "E_INVALID"),
    ("/documents?limit=0", 422, "E_INVALID"),
    ("/entities?type=planet", 422, "E_INVALID"),
    ("/search", 422, "E_INVALID"),
])
def test_api_errors_have_one_json_shape(client, url, status, code):
    body = get(client, url, status)
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"] and "\n" not in body["error"]["message"]


def test_api_is_read_only_and_an_internal_error_has_the_shape_too(client, monkeypatch):
    from khronika.api.data import Chronicle

    response = client.post("/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "E_METHOD"

    def broken(self):
        raise RuntimeError("the disk is gone")

    monkeypatch.setattr(Chronicle, "documents", property(broken))
    body = get(client, "/documents", 500)
    assert body == {"error": {"code": "E_INTERNAL", "message": "internal error: RuntimeError: the disk is gone"}}


def test_api_session_leaves_the_store_file_unchanged(db):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    before = (db.read_bytes(), os.stat(db).st_mtime_ns)
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        for route in get(client, "/")["routes"]:
            path = route["path"].format(doc_id="d:" + "a" * 16, entity_id=LAVROV.id, event_id="v:a",
                                        format_id="f:none")
            client.get(path, params={"q": "переговоры"} if path == "/search" else None)
        with pytest.raises(Exception, match="readonly|read-only"):
            store.save(corpus()[0].replace(id="d:new", path="new.txt", content_hash="e" * 64))
    assert (db.read_bytes(), os.stat(db).st_mtime_ns) == before


def test_api_docs_serve_the_openapi_page(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger" in page.text.lower()
    schema = get(client, "/openapi.json")
    assert "/events" in schema["paths"]
    params = {p["name"]: p for p in schema["paths"]["/events"]["get"]["parameters"]}
    assert set(params) >= {"since", "until", "type", "with", "format", "factuality", "country", "limit", "offset"}
    assert len(PLOVER_TYPES) == 16


def test_api_cors_is_closed_unless_an_origin_is_given(db, client):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    headers = {"Origin": "http://analyst.example"}
    assert "access-control-allow-origin" not in client.get("/documents", headers=headers).headers
    with Store(db, read_only=True) as store:
        open_ = TestClient(create_app(store, cors=["http://analyst.example"]))
        allowed = open_.get("/documents", headers=headers).headers
        assert allowed["access-control-allow-origin"] == "http://analyst.example"
        assert "access-control-allow-origin" not in open_.get("/documents", headers={"Origin": "http://x.org"}).headers


def test_api_every_route_is_in_the_readme_table(client):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `GET (/[^`]*)`", readme, flags=re.M))
    routes = {r["path"] for r in get(client, "/")["routes"]}
    assert routes - documented == set(), "routes missing from the README's API table"
    assert documented - routes == set(), "the README's API table names routes that do not exist"


def test_read_only_store_needs_an_existing_store_at_the_newest_schema(tmp_path):
    from alembic import command

    from khronika.errors import KhronikaError
    from khronika.store.engine import open_engine, sqlite_url
    from khronika.store.migrate import alembic_config

    with pytest.raises(KhronikaError) as missing:
        Store(tmp_path / "none.db", read_only=True)
    assert missing.value.code == "E_DB_MISSING" and not (tmp_path / "none.db").exists()
    old = tmp_path / "old.db"
    engine = open_engine(sqlite_url(old))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0011")
    engine.dispose()
    before = old.read_bytes()
    with pytest.raises(KhronikaError) as stale:
        Store(old, read_only=True)
    assert stale.value.code == "E_DB_SCHEMA" and "0011" in str(stale.value) and old.read_bytes() == before


def test_search_index_follows_a_replaced_document(tmp_path):
    a = corpus()[0]
    with Store(tmp_path / "k.db") as s:
        s.save(a)
        assert s.search("переговорах") == (1, [a.id])
        changed = a.replace(id="d:" + "f" * 16, content_hash="f" * 64, text="Визит отменён.", raw="Визит отменён.",
                            events=(), quotes=(), stances=(), roles=(), mentions=(), sentences=())
        assert s.save(changed) == "replaced"
        assert s.search("переговоры") == (0, []) and s.search("визиты") == (1, [changed.id])


def test_serve_opens_the_store_read_only_and_runs_uvicorn(db, tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from khronika.cli import app

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda api, host, port, **kw: served.update(app=api, host=host, port=port))
    # whether 8123 is free here or not
    monkeypatch.setattr("khronika.cli.serve_cmd._cannot_listen", lambda host, port: None)
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert served["port"] == 8123 and served["host"] == "127.0.0.1" and served["app"].state.store.read_only
    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "E_DB_MISSING" in missing.output and "Traceback" not in missing.output


def test_serve_says_in_one_line_when_it_cannot_listen(db):
    import socket

    from typer.testing import CliRunner

    from khronika.cli import app

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1 and "error [E_SERVE]: cannot serve on 127.0.0.1" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_api_search_on_postgresql(pg_url):
    with Store.from_url(pg_url) as s:
        for d in corpus():
            s.save(d)
    with Store.from_url(pg_url, read_only=True) as s:
        total, ids = s.search("переговоры")
        assert total == 3 and set(ids) == {"d:" + k * 16 for k in "abd"}
        assert s.search("мирного договора")[0] == 2
        with pytest.raises(Exception, match="read-only"):
            s.save(corpus()[0].replace(id="d:new", path="new.txt", content_hash="e" * 64))


@pytest.mark.slow
def test_api_on_the_seeds(tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from khronika.api import create_app
    from khronika.cli import app

    db = tmp_path / "seeds.db"
    assert CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(db), "-q"]).exit_code == 0
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        lavrov = get(client, "/entities?type=person&q=Лавров")["items"][0]
        entity = get(client, f"/entities/{lavrov['id']}")
        assert entity["roles"] and entity["quotes"] and entity["code"] == "RU"
        two_plus_two = get(client, "/events?format=2%2B2&country=JP&since=2017-03-20&until=2017-03-20")["items"]
        assert any(len(e["sources"]) >= 2 for e in two_plus_two)  # the resumed 2+2 meeting, from both outlets
        for e in two_plus_two:
            for x in get(client, f"/events/{e['id']}")["evidence"]:
                assert get(client, f"/documents/{x['doc']}")["text"][x["start"]:x["end"]] == x["text"]
        fmt = next(f for f in get(client, "/formats")["items"] if f["name"] == "2+2 Россия – Япония")
        assert [h["date"] for h in fmt["history"] if h["status"] == "round"]
        found = get(client, "/search?q=переговоры")
        assert found["total"] >= 3 and any(h["text"] != "переговоры" for d in found["items"] for h in d["hits"])


def test_api_keeps_its_records_until_the_store_changes(tmp_path):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    path = tmp_path / "k.db"
    first, *rest = corpus()
    with Store(path) as writer:
        writer.save(first)
        with Store(path, read_only=True) as store:
            client = TestClient(create_app(store))
            assert get(client, "/documents")["total"] == 1
            kept = client.app.state.chronicle[1]
            get(client, "/events")
            assert client.app.state.chronicle[1] is kept  # nothing changed: the records are read once
            writer.save(rest[0])  # another process's ingest, as far as the API can tell
            assert get(client, "/documents")["total"] == 2
            assert client.app.state.chronicle[1] is not kept
