"""A reference date gives a year to year-less datelines and stamps (``khronika/reference.py``).

Every text is written for these tests: other countries, people and wording than any answer key's."""
import datetime
import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app
from khronika.dates import year_before
from khronika.records import PartialDate
from khronika.stages.clean import clean

runner = CliRunner()
D = datetime.date


@pytest.mark.parametrize(("month", "day", "reference", "expected"), [
    (11, 6, D(2031, 11, 30), PartialDate(2031, 11, 6)),  # days before, in its month
    (11, 30, D(2031, 11, 30), PartialDate(2031, 11, 30)),  # the very day
    (12, 2, D(2031, 11, 30), PartialDate(2031, 12, 2)),  # a few days after: the slack
    (12, 20, D(2031, 11, 30), PartialDate(2030, 12, 20)),  # weeks after: last year's
    (12, 28, D(2032, 1, 5), PartialDate(2031, 12, 28)),  # a December dateline read in January
    (1, 9, D(2032, 1, 5), PartialDate(2032, 1, 9)),  # January in January, a few days on
    (1, 3, D(2031, 12, 29), PartialDate(2032, 1, 3)),  # the new year's first days, read at the old one's end
    (3, 15, D(2031, 12, 29), PartialDate(2031, 3, 15)),  # a weekday of spring, read in winter
    (2, 29, D(2032, 3, 10), PartialDate(2032, 2, 29)),  # a leap day of its year
])
def test_a_year_less_day_takes_the_year_that_puts_it_on_or_before_the_reference(month, day, reference, expected):
    assert year_before(month, day, reference) == expected


def test_a_leap_day_far_from_any_leap_year_is_no_day():
    assert year_before(2, 29, D(2031, 6, 1)) is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("Посол вручил ноту\n\nЛИМА, 16 ноября. /ТАСС/. Министр иностранных дел Перу вызвал посла Чили.", (11, 16)),
    ("Кито, 3 февр. (АЭН) — Президент Эквадора принял верительные грамоты посла Уругвая.", (2, 3)),
    ("Вестник Анд\n4 марта, 14:20\n\nГлава МИД Боливии провел переговоры с коллегой из Парагвая.\n", (3, 4)),
    ("Монтевидео, суббота, 7 марта\n\nМинистры Уругвая и Аргентины встретились в Колонии.", (3, 7)),
    ("Посольство Кении сообщает: министры двух стран обсудили визовый режим.\n\n👁 2,4K · 12 окт в 08:15", (10, 12)),
])
def test_an_undated_page_keeps_the_day_and_month_of_its_year_less_dateline_or_stamp(raw, expected):
    result = clean(raw)
    assert result.published.precision == "unknown" and result.day_month == expected


@pytest.mark.parametrize("raw", [
    "ЛИМА, 16 ноября 2031 года. /ТАСС/. Министр иностранных дел Перу вызвал посла Чили.",  # dated: nothing kept
    "Министры Кении и Танзании 16 ноября подписали соглашение о границе.",  # a day the story tells, no dateline
    "Переговоры продлятся до 20 декабря, сообщил источник.\n\nПодробнее на сайте.",  # nor one in its last lines
])
def test_a_page_dated_or_without_a_dateline_keeps_no_day(raw):
    assert clean(raw).day_month is None


PAGES = {  # a batch of a full-dated report and two year-less ones (a December dateline, a January post stamp)
    "a.txt": "Встреча в Найроби\n\nНАЙРОБИ, 4 января 2032 года. Министры иностранных дел Кении и Уганды "
             "провели переговоры в Найроби.\n",
    "b.txt": "Нота протеста\n\nДАКАР, 29 декабря. /ТАСС/. Министр иностранных дел Сенегала в понедельник вызвал "
             "посла Мали и вручил ему ноту протеста.\n",
    "c.txt": "Посольство Ганы\n\nПосол Ганы в Того вручил копии верительных грамот министру иностранных дел Того."
             "\n\n👁 1,1K · 3 янв в 10:05",
}


def _export(tmp_path, batches: list[str], *options: str) -> list[dict]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / f"{'+'.join(batches)}{''.join(options)}.db"
    for batch in batches:
        result = runner.invoke(app, ["ingest", *(str(folder / f"{x}.txt") for x in batch), "--db", str(db), "-q",
                                     *options])
        assert result.exit_code == 0, result.output
    return [json.loads(line) for line in runner.invoke(app, ["export", "--db", str(db)]).output.splitlines()]


def _dates(records: list[dict]) -> dict[str, str | None]:
    return {r["path"].rsplit("/", 1)[-1]: r["published"] for r in records if r["kind"] == "document"}


@pytest.mark.slow
def test_year_less_pages_take_the_year_of_their_batch_whatever_the_order_of_the_files(tmp_path):
    forward = _export(tmp_path, ["abc"])
    assert _dates(forward) == {"a.txt": "2032-01-04", "b.txt": "2031-12-29", "c.txt": "2032-01-03"}
    protest = [e for e in forward if e["kind"] == "event" and e["type"] == "PROTEST"]
    assert protest and {e["date"] for e in protest} == {"2031-12-29"}  # "в понедельник" of 29 December 2031
    assert _export(tmp_path, ["cba"]) == forward
    assert _dates(_export(tmp_path, ["a", "bc"])) == _dates(forward)  # the store's latest date, in a later batch


@pytest.mark.slow
def test_without_a_reference_a_year_less_page_stays_undated_and_as_of_dates_it(tmp_path):
    assert _dates(_export(tmp_path, ["b"])) == {"b.txt": None}
    assert _dates(_export(tmp_path, ["b"], "--as-of", "2033-01-02")) == {"b.txt": "2032-12-29"}


@pytest.mark.parametrize(("raw", "expected"), [
    ("Гана и Того\n\nАккра, 9 марта — Министры иностранных дел Ганы и Того обсудили границу.", (3, 9)),  # a dash
    ("Матч сборных\n\nКазань, 9 марта. Сборная Италии обыграла команду Чехии.", (3, 9)),  # a full stop
    ("Визит\n\nАстана, 9 марта /КАЗИНФОРМ/. Премьер-министр Казахстана прибыл в Ташкент.", (3, 9)),  # in slashes
    ("Пост посольства\n24 нояб. в 10:05 · 🌐\n\nПосол Бразилии вручил верительные грамоты.", (11, 24)),  # a top stamp
    ("Репост\n\nПосол Чили провел встречу с министром Перу.\n\n👁 3,2K · 27 ноября, 14:10\n\nИсточник: t.me/x",
     (11, 27)),  # a post's stamp above its source line
])
def test_a_year_less_dateline_after_a_city_or_a_stamp_line_gives_the_day(raw, expected):
    assert clean(raw).day_month == expected


@pytest.mark.parametrize("raw", [
    "Итоги\n\nСегодня, 9 марта. Министры Ганы и Того обсудили границу.",  # no city: a word of time
    "Итоги\n\nРубрика · 9 мар, 19:20\n\nМинистры Ганы и Того обсудили границу.",  # a rubric's word beside the stamp
])
def test_a_day_after_no_city_or_beside_words_is_no_dateline(raw):
    assert clean(raw).day_month is None


class _Store:
    """The few reads and writes ``Reference.release`` makes of a store, over documents in memory."""

    def __init__(self, *docs):
        self.docs = {d.id: d for d in docs}

    def documents_by_id(self, ids, text=True):
        return {i: {"published": self.docs[i].published.iso(), "published_from": self.docs[i].published_from}
                for i in ids if i in self.docs}

    def document(self, doc_id):
        return self.docs[doc_id]

    def redate_document(self, doc):
        self.docs[doc.id] = doc

    def stated_span(self, sources):
        return None, None


def _released(result, as_of=None, others=()):
    from khronika.records import Document
    from khronika.reference import Reference

    doc = Document(id="d", path="p", raw="", published=result.published,
                   published_from="dateline" if result.published.year else "none")
    store = _Store(doc)
    ref = Reference(as_of)
    for i, day in enumerate(others):
        ref.see(Document(id=str(i), path=str(i), raw="", published=PartialDate.from_iso(day),
                         published_from="dateline"))
    ref.held["d"] = result.day_month
    ref.release(store, lambda d: d)
    return store.docs["d"].published


def test_a_year_the_references_give_is_a_lower_bound():
    inferred = clean("АККРА, 18 ноября. /ТАСС/. Посол Ганы вернулся в Ломе. Напомним, посла отозвали в июне 2029 года.")
    assert inferred.published == PartialDate(2029, 11, 18) and inferred.day_month == (11, 18)
    early = clean("АККРА, 18 ноября. /ТАСС/. Посол Ганы вернулся. Посла отозвали 2 ноября 2031 года.")
    assert early.published == PartialDate(2031, 11, 18)
    assert _released(inferred, D(2031, 11, 28)) == PartialDate(2031, 11, 18)  # raised to the reference's year
    assert _released(early, D(2030, 12, 1)) == PartialDate(2031, 11, 18)  # the text's later year stands


def test_a_batch_of_dates_spanning_years_gives_no_reference():
    undated = clean("ДАКАР, 6 ноября. /ТАСС/. Министр иностранных дел Сенегала вызвал посла Мали.")
    assert _released(undated, others=["2031-10-20", "2031-11-20"]) == PartialDate(2031, 11, 6)
    assert _released(undated, others=["2027-03-02", "2031-11-20"]).precision == "unknown"


def test_a_ticker_of_items_of_several_days_has_no_day_of_its_own():
    raw = ("Вестник Анд · Лента\n\n4 марта, 19:40\nМинистры Перу и Чили обсудили границу\n\n"
           "3 марта, 11:05\nПосол Бразилии вручил верительные грамоты\n")
    assert clean(raw).day_month is None


def test_the_clean_stage_keeps_the_year_less_day_for_the_reference_and_the_store_does_not():
    from khronika.records import Document, Source
    from khronika.reference import Reference
    from khronika.stages.clean import CleanStage
    from khronika.store.rows import document_row

    raw = "Нота\n\nДАКАР, 29 декабря. /ТАСС/. Министр иностранных дел Сенегала вызвал посла Мали."
    doc = CleanStage()(Document.from_source(Source(path="n.txt", text=raw)))
    assert doc.day_month == clean(raw).day_month == (12, 29)
    seen = Reference()
    seen.see(doc.replace(done=doc.done | {"day_month"}, raw=""))  # the stage's day, not the raw text read again
    assert seen.held == {doc.id: (12, 29)}
    unread = Reference()
    unread.see(Document.from_source(Source(path="n.txt", text=raw)))  # no clean stage ran: read from the raw text
    assert unread.held == {doc.id: (12, 29)}
    row = document_row(doc.replace(done=doc.done | {"day_month"}), None)
    assert "day_month" not in row.annotations and "day_month" not in row.annotations["done"]
