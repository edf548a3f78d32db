"""The API as an attacker meets it (issue 13, item 7): injection strings in every parameter of every
route, a store left unchanged; no write without the operator's token, and with it only for the token's
holder; request bodies over the limit refused; no file-system path in a response; CORS closed.
Stores of documents written for these tests, built without the models."""
from __future__ import annotations

import hashlib
import os
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from khronika.api import create_app
from khronika.api.write import Writer
from khronika.store import Store

from .test_api import corpus
from .test_hostile_input import Verbatim

TOKEN = "t0ken-for-the-tests-only-0123456789"
INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE documents; --', "%", "_", "a\x00b", "\x00", "*", '"', "NEAR(",
              "doc : x", "1) UNION SELECT * FROM documents --", "../../etc/passwd", "é" * 5000, "x" * 20000]
TEXT = "Министр иностранных дел Исландии встретился в Рейкьявике с коллегой из Эстонии и обсудил рыболовство."


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "deep" / "folder" / "k.db"
    with Store(path) as s:
        for d in corpus():
            s.save(d.replace(path=str(tmp_path / "news" / d.path)))  # absolute paths, as an analyst's would be
    return path


def _digest(path) -> str:
    with Store(path, read_only=True) as store:
        return hashlib.sha256(repr((store.counts(), store.documents(), store.events())).encode()).hexdigest()


def _shape(response) -> None:
    assert response.status_code < 500, (response.request.url, response.text)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body


def _calls(client) -> list[tuple[str, dict, str]]:
    """Every GET route with each of its parameters: (path template, the path's parameters, query names)."""
    out = []
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        for method, op in ops.items():
            if method == "get":
                out.append((path, [p["name"] for p in op.get("parameters", []) if p["in"] == "path"],
                            [p["name"] for p in op.get("parameters", []) if p["in"] == "query"]))
    return out


def test_injection_strings_in_every_parameter_leave_the_store_unchanged(db):
    before = _digest(db)
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        calls = _calls(client)
        assert len(calls) >= 10 and any(query for _, _, query in calls)
        for path, path_params, query in calls:
            for bad in INJECTIONS:
                filled = path
                for name in path_params:
                    filled = filled.replace("{" + name + "}", quote(bad, safe=""))
                if path_params:
                    _shape(client.get(filled))
                for name in query:
                    _shape(client.get(filled if not path_params else path.split("{")[0] + "x", params={name: bad}))
    assert _digest(db) == before


def test_without_a_token_there_is_no_write_route(db):
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        response = client.post("/documents", content=TEXT, headers={"Content-Type": "text/plain",
                                                                      "Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 405 and response.json()["error"]["code"] == "E_METHOD"
        assert "post" not in client.get("/openapi.json").json()["paths"]["/documents"]


@pytest.fixture
def writable(db):
    with Store(db, read_only=True) as reader, Store(db) as store:
        writer = Writer(token=TOKEN, store=store, pipeline_factory=Verbatim)
        yield TestClient(create_app(reader, writer=writer, max_body_mb=0.01), raise_server_exceptions=False)


def test_writes_need_the_token(writable, db):
    before = _digest(db)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": f"Bearer {TOKEN[:-1]}"}, {"Authorization": TOKEN}):
        response = writable.post("/documents", content=TEXT, headers={"Content-Type": "text/plain", **headers})
        assert response.status_code == 401 and response.json()["error"]["code"] == "E_AUTH"
    assert _digest(db) == before


def test_a_write_with_the_token_ingests_one_document(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    posted = writable.post("/documents", content=TEXT.encode("cp1251"), params={"title": "Визит", "date": "2024-05-02"},
                           headers={"Content-Type": "text/plain", **auth})
    assert posted.status_code == 201 and posted.json()["result"] == "added", posted.text
    doc = writable.get(f"/documents/{posted.json()['id']}").json()
    assert (doc["text"], doc["title"], doc["published"], doc["path"]) == (TEXT, "Визит", "2024-05-02",
                                                                          f"<api>:{doc['content_hash'][:16]}")
    again = writable.post("/documents", content=TEXT.encode("cp1251"), params={"title": "Визит", "date": "2024-05-02"},
                          headers={"Content-Type": "text/plain", **auth})
    assert (again.status_code, again.json()) == (200, {"id": doc["id"], "result": "unchanged"})
    as_json = writable.post("/documents", json={"text": TEXT + " Снова.", "source": "ТАСС", "date": "2024-05-03"},
                            headers=auth)
    assert as_json.status_code == 201, as_json.text
    assert writable.get(f"/documents/{as_json.json()['id']}").json()["source"] == "ТАСС"
    page = "<html><head><title>Визит</title></head><body><article><p>" + TEXT + "</p></article></body></html>"
    html = writable.post("/documents", content=page.encode(), headers={"Content-Type": "text/html", **auth})
    assert html.status_code in (200, 201), html.text
    for kind, body in (("text/plain", bytes(range(32)) * 8), ("application/json", b'{"text": 3}'),
                       ("application/json", b"[" * 5000), ("application/xml", b"<a/>"), ("text/plain", b"")):
        bad = writable.post("/documents", content=body, headers={"Content-Type": kind, **auth})
        _shape(bad)
        assert 400 <= bad.status_code < 500, (kind, body[:10], bad.text)


def test_bodies_over_the_limit_are_refused_with_413(writable, db):
    before = _digest(db)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    big = writable.post("/documents", content=("а" * 20000).encode(), headers=auth)
    assert big.status_code == 413 and big.json()["error"]["code"] == "E_TOO_LARGE"

    def chunks():  # no Content-Length: counted while read
        for _ in range(20):
            yield b"x" * 1000

    streamed = writable.post("/documents", content=chunks(), headers=auth)
    assert streamed.status_code == 413 and streamed.json()["error"]["code"] == "E_TOO_LARGE"
    assert writable.post("/events", content=b"x" * 20000).status_code == 413  # whatever the route
    assert _digest(db) == before


def test_no_file_system_path_reaches_a_response(db, tmp_path, monkeypatch):
    from khronika.api.data import Chronicle

    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        listed = client.get("/documents").json()["items"]
        assert {d["path"] for d in listed} == {d.path for d in corpus()}
        bodies = [client.get(r["path"].format(doc_id=listed[0]["id"], entity_id="e:iso-RU", event_id="v:a",
                                               format_id="f:none")).text for r in client.get("/").json()["routes"]]
        bodies.append(client.get("/search", params={"q": "переговоры"}).text)

        def broken(self):
            raise OSError(2, "No such file or directory", str(db))

        monkeypatch.setattr(Chronicle, "documents", property(broken))
        failed = client.get("/documents")
        assert failed.status_code == 500 and failed.json()["error"]["code"] == "E_INTERNAL"
        bodies.append(failed.text)
    for body in bodies:
        assert str(tmp_path) not in body and os.sep + "deep" not in body


def test_cors_is_closed_by_default(db):
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        origin = {"Origin": "http://evil.example"}
        assert "access-control-allow-origin" not in client.get("/documents", headers=origin).headers
        preflight = client.options("/documents", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in preflight.headers and preflight.status_code >= 400


def test_a_write_while_an_ingest_holds_the_store_is_refused_with_503(writable, db):
    with Store(db) as other, other.writer():
        busy = writable.post("/documents", content=TEXT, headers={"Content-Type": "text/plain",
                                                                  "Authorization": f"Bearer {TOKEN}"})
    assert busy.status_code == 503 and busy.json()["error"]["code"] == "E_BUSY", busy.text


def test_serve_refuses_a_missing_or_short_write_token(db, monkeypatch):
    from typer.testing import CliRunner

    from khronika.cli import app

    monkeypatch.delenv("KHRONIKA_TEST_TOKEN", raising=False)
    for value in (None, "short"):
        if value:
            monkeypatch.setenv("KHRONIKA_TEST_TOKEN", value)
        result = CliRunner().invoke(app, ["serve", "--db", str(db), "--write-token-env", "KHRONIKA_TEST_TOKEN"])
        assert result.exit_code == 1 and "E_TOKEN" in result.output, result.output
