"""The web UI's server side (``khronika/web``) and its files, without a browser: the page a browser gets at
``/``, its security headers, the ``/graph`` route, and checks over the JavaScript that puts data into the
page only as text and reads nothing from another origin.  The browser tests are in test_web_browser.py."""
from __future__ import annotations

import re

import pytest

from khronika.store import Store
from khronika.web import CSP, STATIC

from .conftest import ROOT
from .test_api import JP, KISHIDA, LAVROV, RU, stored_corpus

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"}
SCRIPTS = sorted(STATIC.glob("*.js"))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from khronika.api import create_app

    path = stored_corpus(tmp_path_factory.mktemp("web") / "k.db")
    with Store(path, read_only=True) as store:
        yield TestClient(create_app(store), raise_server_exceptions=False)


def test_a_browser_gets_the_ui_at_the_root_and_an_api_client_the_routes(client):
    page = client.get("/", headers=BROWSER)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="ru">' in page.text and 'type="module" src="ui/app.js"' in page.text
    assert page.headers["content-security-policy"] == CSP and page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["vary"] == "Accept"
    for accept in ("*/*", "application/json", "application/json, text/html"):
        index = client.get("/", headers={"Accept": accept})
        assert index.headers["content-type"] == "application/json" and index.json()["ui"] == "/"
    assert client.get("/docs").status_code == 200  # the API's own page is still there, without the UI's policy
    assert "content-security-policy" not in client.get("/docs").headers


def test_every_file_the_page_names_is_served_with_the_policy(client):
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    named = set(re.findall(r'(?:src|href)="(ui/[^"]+)"', html))
    imported = {f"ui/{m}" for js in SCRIPTS for m in re.findall(r'from "\./([^"]+)"', js.read_text(encoding="utf-8"))}
    assert "ui/app.js" in named and imported <= {f"ui/{p.name}" for p in SCRIPTS}
    for path in named | imported:
        response = client.get("/" + path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == CSP
    assert client.get("/ui/app.js").headers["content-type"].split(";")[0] in {"text/javascript",
                                                                                "application/javascript"}
    assert client.get("/ui/../app.py").status_code == 404 and client.get("/ui/nothing.js").status_code == 404


def test_the_policy_allows_only_this_servers_own_scripts():
    rules = dict(rule.strip().split(" ", 1) for rule in CSP.split(";"))
    assert rules["default-src"] == "'none'" and rules["script-src"] == "'self'" and rules["style-src"] == "'self'"
    assert "unsafe" not in CSP and rules["frame-ancestors"] == "'none'"


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_scripts_put_data_into_the_page_only_as_text(path):
    source = path.read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "srcdoc", "createContextualFragment", "DOMParser"):
        assert sink not in source, f"{path.name} uses {sink}"
    # only GET: the UI is read-only (fetch is called in one place, dom.js, without a method)
    assert "method:" not in source and ("fetch(" not in source or path.name == "dom.js")


@pytest.mark.parametrize("path", sorted(p for p in STATIC.iterdir() if p.is_file()), ids=lambda p: p.name)
def test_nothing_is_read_from_another_origin(path):
    """The UI works offline: no CDN, no font or script of another site (``docs/`` is the vendored Swagger UI
    of ``/docs``, a third party's bundle whose texts name its project's sites)."""
    text = path.read_text(encoding="utf-8")
    assert not [u for u in re.findall(r"(?:https?:)?//[\w.-]+\.\w+[^\s\"')]*", text)
                if u != "http://www.w3.org/2000/svg"]  # the SVG namespace is a name, not a download
    assert "@import" not in text


def test_the_ui_is_package_data():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"web/static/*"' in pyproject
    assert {"index.html", "style.css", "app.js"} <= {p.name for p in STATIC.iterdir()}


def test_the_ui_has_no_cors_either(client):
    headers = {"Origin": "http://analyst.example", **BROWSER}
    assert "access-control-allow-origin" not in client.get("/", headers=headers).headers
    assert "access-control-allow-origin" not in client.get("/ui/app.js", headers=headers).headers
    assert client.post("/").status_code == 405


def test_graph_links_who_met_whom(client):
    graph = client.get("/graph").json()
    assert {n["id"] for n in graph["nodes"]} == {LAVROV.id, KISHIDA.id, RU.id, JP.id}  # the protest is no meeting
    assert all(n["events"] == 1 and n["name"] for n in graph["nodes"])
    assert len(graph["edges"]) == 6 and all(e["events"] == ["v:a"] for e in graph["edges"])
    people = client.get("/graph?kind=person").json()
    assert [(e["source"], e["target"]) for e in people["edges"]] == [tuple(sorted((LAVROV.id, KISHIDA.id)))]
    protest = client.get("/graph?type=PROTEST&type=CONSULT&kind=country").json()
    assert {n["id"]: n["events"] for n in protest["nodes"]} == {RU.id: 2, JP.id: 2}
    assert protest["edges"][0]["events"] == ["v:a", "v:c"]
    assert client.get("/graph?since=2018").json() == {"nodes": [], "edges": []}
    assert client.get("/graph?type=FOO").json()["error"]["code"] == "E_INVALID"
    assert client.get("/graph?kind=planet").json()["error"]["code"] == "E_INVALID"


def test_search_gives_pieces_of_text_around_the_hits_for_the_ui(client):
    found = client.get("/search?q=переговоры").json()
    for d in found["items"]:
        assert 1 <= len(d["snippets"]) <= 3
        text = client.get(f"/documents/{d['id']}").json()["text"]
        for piece in d["snippets"]:
            assert text[piece["start"]:piece["end"]] == piece["text"]
            assert any(piece["start"] <= h["start"] and h["end"] <= piece["end"] for h in d["hits"])
        ends = [(p["start"], p["end"]) for p in d["snippets"]]
        assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:]))  # in order, none overlapping


def test_snippets_prefer_words_to_prepositions():
    from khronika.api.routes import snippets

    text = "в " + "x" * 200 + " переговорах " + "y" * 200
    hits = [{"start": 0, "end": 1}, {"start": 203, "end": 214}]
    (piece,) = snippets(text, hits, most=1)
    assert piece["start"] == 133 and piece["text"].strip("xy ") == "переговорах"


def test_the_api_documentation_works_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/ui/docs/") or a.startswith("data:") for a in assets), assets
    for asset in assets:
        if asset.startswith("/"):
            assert client.get(asset).status_code == 200, asset
    assert client.get("/redoc").status_code == 404  # its page would load from a CDN
