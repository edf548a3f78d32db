"""The shareable report (issue 12, item 5): one self-contained HTML file in Russian — a timeline
picture, the formats' histories, key quotes with their sources — every text escaped; `--pdf` prints it
with headless Chromium (skipped where there is none, except under CI=true)."""
from __future__ import annotations

import os
import re

import pytest
from typer.testing import CliRunner

from khronika.api.data import Chronicle
from khronika.cli import app
from khronika.records import PartialDate, Quote
from khronika.report import build_report, key_quotes
from khronika.report.pdf import chromium
from khronika.report.svg import day, history_strip, timeline
from khronika.store import Store

from .test_api import LAVROV, RU, SHORT, corpus, document, span
from .test_exports import db, seeds_db  # noqa: F401  (fixtures)

runner = CliRunner()
HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """The small store, and a document whose title, source and quote are markup."""
    path = tmp_path_factory.mktemp("report") / "k.db"
    text = f"Сергей Лавров заявил: «{HOSTILE}»."  # a person's words (a country's are no quote record)
    said = span(text, HOSTILE)
    bad = document("e", text, PartialDate(2018, 1, 5), (RU, LAVROV), source="</title><b>", quotes=(
        Quote("q:e", HOSTILE, *said, 0, len(text), speaker=LAVROV.id, cue="заявить"),))
    with Store(path) as s:
        for d in [*corpus(), bad.replace(title=HOSTILE)]:
            s.save(d)
        s.set_same_as({SHORT.id: LAVROV.id})
        s.set_event_groups({"v:a": "v:a", "v:b": "v:a"})
    return path


def _report(path, **kw) -> str:
    with Store(path, read_only=True) as store:
        return build_report(Chronicle(store), **kw)


def test_the_report_is_one_self_contained_page_in_russian(db):  # noqa: F811
    html = _report(db)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ru">' in html
    assert "<style>" in html and "<svg" in html and "<circle" in html
    for loaded in ("<script", "<link", "<img", " src=", "@import", "url("):
        assert loaded not in html, loaded
    for heading in ("Хронология", "События", "Форматы диалога", "Ключевые цитаты"):
        assert f"<h2>{heading}</h2>" in html
    assert "«Мы готовы к диалогу»" in html and "Сергей Лавров" in html and "ТАСС" in html  # a quote and its source
    assert "консультации" in html and "протест" in html


def test_every_text_of_the_chronicle_is_escaped(hostile_db):
    html = _report(hostile_db)
    assert "<script" not in html and "<img" not in html and "</title><b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img" in html


def test_actor_and_format_narrow_the_report(db):  # noqa: F811
    whole = _report(db)
    assert "протест" in whole
    lavrov = _report(db, actor=LAVROV.id)
    assert "протест" not in lavrov and "участник: Сергей Лавров" in lavrov and "событий: 1 " in lavrov
    fmt = _report(db, fmt="2+2")
    assert "формат: 2+2" in fmt and "событий: 1 " in fmt


def test_the_timeline_places_events_by_date_and_escapes_its_labels():
    events = [{"id": "v:1", "type": "CONSULT", "date": "2017-03-20", "date_precision": "day", "factuality": "occurred"},
              {"id": "v:2", "type": "PROTEST", "date": "2019", "date_precision": "year", "factuality": "occurred"},
              {"id": "v:3", "type": "AGREE", "date": None, "date_precision": "unknown", "factuality": "occurred"}]
    svg = timeline(events, label=lambda e: f"<{e['id']}>")
    assert svg.count("<circle") == 2 and "&lt;v:1&gt;" in svg and "<v:1>" not in svg
    history = [{"status": "round", "date": "2013-11", "date_precision": "month", "round": 1},
               {"status": "suspended", "date": "2014", "date_precision": "year", "round": None},
               {"status": "resumed", "date": "2017-03-20", "date_precision": "day", "round": 2},
               {"status": "implied", "date": None, "date_precision": "unknown", "round": None}]
    strip = history_strip(history, lambda h: f"<{h['status']}>")
    assert strip.count("<circle") == 3 and "&lt;suspended&gt;" in strip and history_strip(history[:1]) == ""
    xs = [float(x) for x in re.findall(r'cx="([\d.]+)"', svg)]
    assert xs[0] < xs[1]
    assert day("2019") < day("2019-12") < day("2019-12-31") and timeline(events[2:]) == ""


def test_key_quotes_prefer_direct_ones_about_events():
    def q(i, direct, event, date):
        return {"id": i, "direct": direct, "event": event, "document": {"published": date}}

    quotes = [q("a", False, None, "2017"), q("b", True, None, "2018"), q("c", True, "v:1", "2019"),
              q("d", False, "v:1", "2016")]
    assert [x["id"] for x in key_quotes(quotes, 2)] == ["b", "c"]  # the two kept (c, b), by date


def test_the_command_writes_the_file_and_refuses_unknown_filters(db, tmp_path):  # noqa: F811
    out = tmp_path / "r" / "report.html"
    result = runner.invoke(app, ["report", "--db", str(db), "-o", str(out), "--actor", "Лавров"])
    assert result.exit_code == 0, result.output
    assert "Сергей Лавров" in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]  # no partial file left
    for args, code in ((["--actor", "Никто"], "E_NOT_FOUND"), (["--actor", "ия"], "E_AMBIGUOUS"),
                       (["--format", "f:none"], "E_NOT_FOUND")):
        result = runner.invoke(app, ["report", "--db", str(db), "-o", str(out), *args])
        assert result.exit_code == 1 and f"error [{code}]" in result.output, args


def test_pdf_without_chromium_is_one_coded_line(db, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("KHRONIKA_CHROMIUM", str(tmp_path / "no-such-chromium"))
    result = runner.invoke(app, ["report", "--db", str(db), "-o", str(tmp_path / "r.html"), "--pdf"])
    assert result.exit_code == 1 and "error [E_PDF]" in result.output and (tmp_path / "r.html").exists()
    assert not (tmp_path / "r.pdf").exists()


def test_pdf_is_printed_by_headless_chromium(db, tmp_path):  # noqa: F811
    if chromium() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing; CI installs it (scripts/ensure_chromium.sh)")
        pytest.skip("no Chromium here")
    result = runner.invoke(app, ["report", "--db", str(db), "-o", str(tmp_path / "r.html"), "--pdf"])
    assert result.exit_code == 0, result.output
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("r.")) == []


@pytest.mark.slow
def test_the_report_of_the_seeds(seeds_db):  # noqa: F811
    html = _report(seeds_db)
    assert "2+2 Россия – Япония" in html and html.count("<circle") >= 10 and "<blockquote>" in html
