"""The web UI in a real headless Chromium (Debian's ``chromium`` and ``chromedriver``, driven over WebDriver
by ``tests/webdriver.py``), served by uvicorn on a loopback port from a store of the seeds and one hostile
page.  What the tests open is chosen from the API, not by name: the person taking part in most events, the
event with most sources, the format with the longest history, the speaker with most quotes.  Screenshots
go to ``out/screenshots/``.  Without Chromium the tests skip, saying so; in CI (``CI=true``) they fail."""
from __future__ import annotations

import json
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter

import pytest

from khronika.store import Store

from .conftest import ROOT, SEEDS
from .webdriver import Browser, chromium_or_skip, free_port

pytestmark = [pytest.mark.slow, pytest.mark.browser]
SHOTS = ROOT / "out" / "screenshots"
# A scraped page whose visible text holds markup: if the UI put text into the page as HTML, these would run.
HOSTILE = """<!doctype html><html><head><meta charset="utf-8">
<title>Визит &lt;script&gt;window.__xss = "title"&lt;/script&gt; в Берлин</title>
<script>window.__xss = "page";</script></head><body><article>
<h1>Визит &lt;script&gt;window.__xss = "title"&lt;/script&gt; в Берлин</h1>
<p>12 июня 2020 года министр иностранных дел Германии Хайко Маас провёл переговоры с министром иностранных дел
Франции Жаном-Ивом Ле Дрианом в Берлине &lt;script&gt;window.__xss = "text"&lt;/script&gt; по вопросам
безопасности в Европе.</p>
<p>Стороны обсудили &lt;img src=x onerror="window.__xss = 'img'"&gt; подготовку встречи министров,
сообщает пресс-служба министерства.</p>
<p>«Мы договорились продолжать диалог &lt;b onmouseover="window.__xss = 'b'"&gt;и дальше&lt;/b&gt;», — заявил
Хайко Маас журналистам после встречи.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The base URL of the UI over the seeds and the hostile page, served by uvicorn in a thread."""
    import uvicorn
    from typer.testing import CliRunner

    from khronika.api import create_app
    from khronika.cli import app

    found = chromium_or_skip()
    tmp = tmp_path_factory.mktemp("web")
    (tmp / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    db = tmp / "seeds.db"
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), str(tmp / "hostile.html"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        end = time.monotonic() + 20
        while not server.started and thread.is_alive() and time.monotonic() < end:
            time.sleep(0.05)
        assert server.started, "uvicorn did not start"
        yield {"url": f"http://127.0.0.1:{port}/", "chromium": found}
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(site):
    b = Browser(*site["chromium"])
    b.open(site["url"])
    wait_ready(b, None)
    yield b
    b.close()


def api(site, path: str, **params):
    query = urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(site["url"] + path.lstrip("/") + ("?" + query if query else "")) as response:
        return json.loads(response.read())


def wait_ready(b: Browser, before: str | None) -> None:
    """Wait until the UI has shown a view other than ``before`` (views count up in body[data-ready])."""
    b.wait(lambda: b.js("return document.body.dataset.ready || null") not in (None, before), what="the view")
    assert b.js("return document.body.dataset.error || null") is None
    assert not b.css(".error"), b.text(b.css(".error")[0])


def go(b: Browser, fragment: str) -> None:
    """Show the view at ``#/…`` (as a click on a link would)."""
    before = b.js("return document.body.dataset.ready")
    b.js("location.hash = arguments[0]", fragment)
    wait_ready(b, before)


def click(b: Browser, selector: str) -> None:
    before = b.js("return document.body.dataset.ready")
    b.click(b.wait_css(selector)[0])
    wait_ready(b, before)


def shot(b: Browser, name: str, whole: bool = False) -> None:
    """Save a screenshot: of the window, or (``whole``) of the whole page, up to 4000 pixels high."""
    if not whole:
        b.screenshot(SHOTS / name)
        return
    b.resize(1280, min(4000, b.js("return document.documentElement.scrollHeight") + 100))
    try:
        b.screenshot(SHOTS / name)
    finally:
        b.resize(1280, 900)


def test_timeline_draws_every_dated_event_and_filters_by_an_actor(site, browser):
    events = api(site, "/events", limit=1000)["items"]
    go(browser, "#/")
    assert len(browser.css("svg.timeline .mark circle")) == sum(1 for e in events if e["date"])
    assert len(browser.css("table tbody tr")) == len(events)
    shot(browser, "timeline.png")
    counts = Counter(p["entity"] for e in events for p in e["participants"] if p["type"] == "person")
    actor = api(site, f"/entities/{counts.most_common(1)[0][0]}")
    field = browser.css("#f-with")[0]
    browser.type_into(field, actor["name"])
    click(browser, "#f-apply")
    assert "with=" in browser.js("return location.hash")
    expected = {e["id"] for e in api(site, "/events", limit=1000, **{"with": actor["name"]})["items"]}
    shown = {urllib.parse.unquote(h.rsplit("/", 1)[1]) for h in browser.js(
        "return [...document.querySelectorAll('table tbody tr td:nth-child(2) a')].map(a => a.getAttribute('href'))")}
    assert shown == expected and len(shown) >= 2
    assert len(browser.css("svg.timeline .mark circle")) <= len(shown) < len(events)
    shot(browser, "timeline-actor.png")


def test_event_page_highlights_every_sources_evidence_in_its_document(site, browser):
    events = api(site, "/events", limit=1000)["items"]
    event = max(events, key=lambda e: (len(e["sources"]), e["date"] or ""))
    assert len(event["sources"]) >= 2
    go(browser, "#/")
    browser.js("location.hash = '#/event/' + encodeURIComponent(arguments[0])", event["id"])
    wait_ready(browser, None)
    browser.wait(lambda: browser.css("article.source mark"), what="the marks")
    for doc in event["sources"]:
        marks = browser.js("return [...document.querySelectorAll(`article.source[data-doc='${arguments[0]}'] "
                           ".doc-text mark`)].map(m => m.textContent)", doc)
        evidence = [x["text"] for x in event["evidence"] if x["doc"] == doc]
        assert evidence and all(any(x in m for m in marks) for x in evidence), (doc, marks)
    outlets = browser.js("return [...document.querySelectorAll('article.source .muted')].map(p => p.textContent)")
    assert len(outlets) == len(event["sources"])
    shot(browser, "event-evidence.png", whole=True)  # every source's text with its marks
    participant = event["participants"][0]
    click(browser, f"a[href='#/entity/{urllib.parse.quote(participant['entity'], safe='')}']")
    assert browser.text(browser.css("h1")[0]) == (participant["name"] or participant["entity"])


def test_format_page_draws_its_history_on_a_timeline(site, browser):
    fmt = max(api(site, "/formats", limit=1000)["items"], key=lambda f: (len(f["history"]), f["id"]))
    go(browser, "#/formats")
    click(browser, f"a[href='#/format/{urllib.parse.quote(fmt['id'], safe='')}']")
    assert browser.text(browser.css("h1")[0]) == fmt["name"]
    drawn = browser.js("return [...document.querySelectorAll('svg.timeline circle')].map(c => c.dataset.date)")
    assert sorted(drawn) == sorted(h["date"] for h in fmt["history"] if h["date"])
    rows = browser.css("section table tbody tr")
    assert len(rows) >= len(fmt["history"])
    rounds = [h for h in fmt["history"] if h["status"] == "round"]
    labels = browser.js("return [...document.querySelectorAll('svg.timeline .dot-label')].map(t => t.textContent)")
    assert all(f"№ {h['round']}" in labels for h in rounds if h["round"] and h["date"])
    shot(browser, "format.png", whole=True)


def test_entity_page_lists_roles_quotes_and_stances(site, browser):
    quotes = api(site, "/quotes", limit=1000)["items"]
    speaker = Counter(q["speaker"] for q in quotes if q["speaker"]).most_common(1)[0][0]
    entity = api(site, f"/entities/{speaker}")
    go(browser, f"#/entities?type={entity['type']}")  # the list of participants of that kind links to them
    click(browser, f"table a[href='#/entity/{urllib.parse.quote(speaker, safe='')}']")
    assert browser.text(browser.css("h1")[0]) == entity["name"]
    sections = browser.js("return Object.fromEntries([...document.querySelectorAll('section')].map(s => "
                          "[s.querySelector('h2').textContent, s.querySelectorAll('tbody tr, li').length]))")
    assert sections["Должности и роли"] == len(entity["roles"]) and sections["Цитаты"] == len(entity["quotes"])
    assert len(entity["quotes"]) >= 2 and sections["События"] == len(entity["events"])
    shot(browser, "entity.png", whole=True)


def test_graph_and_search(site, browser):
    go(browser, "#/graph?kind=all")
    nodes = browser.css("svg.graph a.node")
    graph = api(site, "/graph")
    linked = {x for e in graph["edges"] for x in (e["source"], e["target"])}
    assert len(nodes) == len(linked) and len(browser.css("svg.graph a.edge")) == len(graph["edges"])
    shot(browser, "graph.png")
    edge = graph["edges"][0]  # the pair with most shared meetings: its edge opens the timeline of them
    go(browser, browser.js("return document.querySelector('svg.graph a.edge').getAttribute('href')"))
    shown = {urllib.parse.unquote(h.rsplit("/", 1)[1]) for h in browser.js(
        "return [...document.querySelectorAll('table tbody tr td:nth-child(2) a')].map(a => a.getAttribute('href'))")}
    assert set(edge["events"]) <= shown and browser.css("#and")
    go(browser, "#/search")
    browser.type_into(browser.css("#q")[0], "переговоры")
    click(browser, "#search button")
    assert browser.text(browser.css("#count")[0]).endswith(str(api(site, "/search", q="переговоры")["total"]))
    assert browser.css("ol.results mark")


def test_markup_in_a_document_is_shown_as_text_and_never_runs(site, browser):
    (doc,) = [d for d in api(site, "/documents", limit=1000)["items"] if d["title"] and "<script>" in d["title"]]
    found = api(site, f"/documents/{doc['id']}")
    assert "<img src=x onerror=" in found["text"]  # the markup reached the store as text
    views = [f"#/document/{urllib.parse.quote(doc['id'], safe='')}", "#/search?q=" + urllib.parse.quote("Берлин"),
             *(f"#/event/{urllib.parse.quote(e['id'], safe='')}" for e in found["events"])]
    speaker = next(q["speaker"] for q in found["quotes"] if q["speaker"])  # their page lists the quote's source
    views.append(f"#/entity/{urllib.parse.quote(speaker, safe='')}")
    for fragment in views:
        go(browser, fragment)
        text = browser.js("return document.querySelector('main').textContent")
        assert "<script>window.__xss" in text, fragment
        # nothing ran, and no element came from the document: only the UI's own script is in the page
        assert browser.js("return window.__xss === undefined") is True, fragment
        assert browser.js("return document.querySelectorAll('main img, main script, main b').length") == 0
        assert browser.js("return document.querySelectorAll('script').length") == 1
    shot(browser, "hostile-text.png")
    assert browser.js("return document.title") == "Участник — khronika"

