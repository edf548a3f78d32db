"""A session of days in a format's history (``format_dates.told_days``, ``format_merge.one_date_per_round``,
``formats._retold_on_their_day``, ``format_identity``): entered by its first day where one report tells its days
(``прошла 7 и 8 октября``, ``7–8 октября``) and another dates it by its last; an undated report of a document of no
year takes the day of the reports fused with it, the first of the days its words give; a session told without sides
joins the one of that kind with sides and its number dated a day apart."""
from __future__ import annotations

import pytest

from khronika.format_dates import told_days
from khronika.format_merge import one_date_per_round
from khronika.formats import _retold_on_their_day
from tests.test_format_carry import ingested_formats as ingested_text
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("date, text, days", [
    ("2031-10-08", "Сессия, которая проходила в Пусане 7 и 8 октября, завершилась подписанием протокола.",
     ("2031-10-07", "2031-10-08")),
    ("2031-04-14", "Консультации прошли в Тбилиси 14 и 15 апреля.", ("2031-04-14", "2031-04-15")),
    ("2031-06-03", "2–3 июня в Дакаре работала смешанная комиссия.", ("2031-06-02", "2031-06-03")),
    ("2031-06-03", "Министры встретились 1 и 3 июня.", ("2031-06-03", None)),  # not days running: two meetings
    ("2031-06-03", "Встреча состоялась 3 июня, а 4 и 5 июля пройдут консультации.", ("2031-06-03", None)),
])
def test_the_days_a_session_is_told_by(date, text, days):
    assert told_days(date, text) == days


def _entry(date, docs, through=None, evidence=""):
    e = {"status": "round", "date": date, "round": 4, "docs": docs, "events": [], "date_precision": "day",
         "evidence": evidence}
    return dict(e, through=through) if through else e


def test_a_round_one_report_tells_by_its_days_is_of_its_first():
    history = [_entry("2031-10-08", ["d:1", "d:2"]), _entry("2031-10-07", ["d:3"], through="2031-10-08")]
    assert [(e["date"], e["docs"]) for e in one_date_per_round(history)] == [("2031-10-07", ["d:1", "d:2", "d:3"])]
    told = [_entry("2031-10-08", ["d:1", "d:2"]), _entry("2031-10-07", ["d:3"], evidence="в Пусане 7–8 октября")]
    assert [e["date"] for e in one_date_per_round(told)] == ["2031-10-07"]
    apart = [_entry("2031-10-12", ["d:1", "d:2"]), _entry("2031-10-07", ["d:3"], through="2031-10-08")]
    assert [e["date"] for e in one_date_per_round(apart)] == ["2031-10-12"]  # a day outside its days: the most told


def test_an_undated_report_of_a_document_of_no_year_takes_the_first_of_its_days():
    reports = [{"id": "v:a", "grp": "v:g", "date": "2031-10-08", "date_from": "text"},
               {"id": "v:b", "grp": "v:g", "date": None, "date_from": "text"}]  # "Пусан, 9 октября": no year
    group = {e["id"]: e["grp"] for e in reports}
    entries = [{"status": "round", "date": None, "events": ["v:b"], "evidence": "7–8 октября в Пусане прошла сессия"}]
    _retold_on_their_day([(None, "d", set(), entries)], reports, group)
    assert entries[0]["date"] == "2031-10-07"


@pytest.mark.slow
def test_a_session_told_by_its_days_in_a_document_of_no_year_and_by_its_last_day(tmp_path):
    ended = tmp_path / "ended.txt"
    ended.write_text("Заявление пресс-службы министерства, Сантьяго, 9 октября 2031 года\n\nСегодня в Пусане "
                     "завершилась 4-я сессия Межправительственной чилийско-корейской комиссии по торговле. Ее провели "
                     "сопредседатели — министр экономики Чили Андрес Сото и министр торговли Республики Корея "
                     "Пак Сон Мин.\n", encoding="utf-8")
    days = tmp_path / "days.txt"
    days.write_text("Пусан, 10 октября /Ёнхап/. 8-9 октября в Пусане состоялась 4-я сессия Межправительственной "
                    "комиссии Республика Корея-Чили по торговле.\n\nНа сессии присутствовали министр торговли "
                    "Республики Корея Пак Сон Мин и министр экономики Чили Андрес Сото.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, ended, days)
    rounds = [(h["round"], h["date"], len(h["docs"])) for f in formats if "комиссия" in f["name"]
              for h in f["history"] if h["status"] == "round"]
    assert rounds == [(4, "2031-10-08", 2)]  # one format, its session entered by its first day
    assert not any("through" in h for f in formats for h in f["history"])  # its last day: read, not exported


@pytest.mark.parametrize("then, first", [
    ("Сессия, проходившая во вторник и среду, завершилась подписанием протокола о рыболовстве.", "2031-10-07"),
    ("Сессия проходила 7 и 8 октября в здании министерства иностранных дел.", "2031-10-07"),
    ("Заседание проходило 7 и 8 октября в здании министерства.", "2031-10-08"),  # not the noun told before
    ("Сессия продолжалась два дня — 7–8 октября.", "2031-10-07"),
    ("Встреча министров прошла во вторник и среду.", "2031-10-08"),  # another noun: another meeting
    ("Делегации работали во вторник и среду.", "2031-10-08"),  # no meeting noun opens it
])
def test_the_days_of_a_session_told_in_the_next_sentence(then, first):
    from khronika.format_again import days_again

    held = [{"status": "round", "date": "2031-10-08", "round": 5}]
    days_again(then, "Эквадор и Колумбия завершили в среду в Кито пятую сессию смешанной комиссии.", held)
    assert held[0]["date"] == first


@pytest.mark.slow
def test_a_session_whose_days_the_next_sentence_tells_is_of_its_first_day(tmp_path):
    told = tmp_path / "told.txt"
    told.write_text("Кито, 9 октября 2031 (Эль Универсо). Эквадор и Колумбия завершили в среду в Кито пятую сессию "
                    "Смешанной комиссии по пограничному сотрудничеству, подписав соглашение о рыболовстве.\n\n"
                    "Сессия, проходившая во вторник и среду, прошла под председательством министров иностранных дел "
                    "двух стран.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, told)
    rounds = [(h["round"], h["date"]) for f in formats for h in f["history"] if h["status"] == "round"]
    assert rounds == [(5, "2031-10-07")]


@pytest.mark.parametrize("date, text, evidence, first", [
    # 2031-10-09 is a Thursday
    ("2031-10-09", "Переговоры начались во вторник.", "В четверг в Лиме завершился третий раунд.", "2031-10-07"),
    ("2031-10-09", "Консультации, начавшиеся в среду, шли при участии наблюдателей от ООН.", "", "2031-10-08"),
    ("2031-10-09", "Трехдневную сессию, открывшуюся в понедельник, провели вице-премьеры.", "", "2031-10-06"),
    ("2031-10-09", "В понедельник стартовали встречи экспертов обеих сторон.", "", "2031-10-06"),
    ("2031-10-09", "Встреча шла три дня.", "Делегации Чили и Перу в четверг завершили сессию.", "2031-10-07"),
    ("2031-10-09", "Встреча шла три дня.", "Делегации Чили и Перу в четверг провели сессию.", None),  # not told ended
    ("2031-10-09", "Переговоры начались в четверг.", "", None),  # its own day
    ("2031-10-09", "Переговоры прошли в понедельник.", "", None),  # not told as begun
    ("2031-10", "Переговоры начались во вторник.", "", None),  # no day to count back from
    # the day since which it went on, in the genitive
    ("2031-10-09", "Консультации, продолжавшиеся с понедельника, прошли за закрытыми дверями.", "", "2031-10-06"),
    ("2031-10-09", "Со вторника переговоры шли в здании МИД.", "", "2031-10-07"),
    ("2031-10-09", "Заседание длилось со среды.", "", "2031-10-08"),
    ("2031-10-09", "Переговоры продолжались с четверга.", "", None),  # its own day
    # … by any verb of its going on: "проходило", "велись", "работала", "заседали"
    ("2031-10-09", "Сессия, которая проходила со вторника, завершилась подписанием протокола.", "", "2031-10-07"),
    ("2031-10-09", "Переговоры велись с понедельника за закрытыми дверями.", "", "2031-10-06"),
    ("2031-10-09", "Комиссия работала со среды в здании парламента.", "", "2031-10-08"),
    ("2031-10-09", "С понедельника делегации заседали в Лиме.", "", "2031-10-06"),
    ("2031-10-09", "Консульство работает с понедельника по пятницу.", "", None),  # hours, not a session
    ("2031-10-09", "С понедельника в столице действует режим ЧС.", "", None),  # nothing went on
])
def test_the_first_day_of_a_session_told_after_its_report(date, text, evidence, first):
    from khronika.format_dates import opened_on

    assert opened_on(date, text, evidence) == first


@pytest.mark.slow
def test_a_session_told_by_its_last_day_and_begun_a_few_sentences_on(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Лима, 9 октября 2031 года. Четвертое заседание Смешанной комиссии Перу и Эквадора завершилось "
                      "в четверг в Лиме подписанием протокола о рыболовстве.\n\nДелегации возглавили министр "
                      "иностранных дел Перу Мария Кастаньеда и министр иностранных дел Эквадора Луис Ордоньес. "
                      "Заседание началось во вторник.\n", encoding="utf-8")
    rounds = [(h["round"], h["date"]) for f in ingested_formats(tmp_path, report) for h in f["history"]
              if h["status"] == "round"]
    assert rounds == [(4, "2031-10-07")]


def test_a_session_dated_only_by_its_document_keeps_that_day():
    from khronika.format_dates import opened_on

    # "завершили" with no day of its own: the document's day stays, however long the session lasted
    assert opened_on("2031-10-09", "Встреча шла три дня.", "Делегации Чили и Перу завершили сессию.") is None
    assert opened_on("2031-10-09", "Встреча шла три дня.", "Делегации 9 октября завершили сессию.") == "2031-10-07"


@pytest.mark.slow
@pytest.mark.parametrize("sentence, first", [
    ("Соглашение было достигнуто в среду в Дохе по итогам второго раунда переговоров при посредничестве Катара, "
     "которые шли с понедельника.", "2031-11-17"),
    ("Второй раунд переговоров при посредничестве Катара, начавшийся в понедельник, завершился в среду в Дохе "
     "подписанием протокола.", "2031-11-17"),
    ("В среду в Дохе завершился второй раунд переговоров при посредничестве Катара.", "2031-11-19"),  # no first day
])
def test_a_round_its_sentence_tells_begun_on_a_weekday_is_of_that_day(tmp_path, sentence, first):
    text = (f"НДЖАМЕНА, 20 ноября 2031. Правительство Судана и Силы быстрого реагирования договорились о перемирии. "
            f"{sentence}\n\nПервый раунд переговоров прошел в Дохе в сентябре.\n")
    talks = [f for f in ingested_text(tmp_path, text) if "посредничеств" in f["name"]]
    assert [h["date"] for f in talks for h in f["history"] if h["round"] == 2] == [first]


def test_a_round_one_report_tells_opened_on_a_day_is_of_that_day():
    opened = "Девятая сессия смешанной комиссии открылась в понедельник в Дакаре."
    history = [_entry("2031-10-08", ["d:1", "d:2"], evidence="В среду стороны подписали протокол сессии."),
               _entry("2031-10-06", ["d:3"], evidence=opened)]
    assert [(e["date"], e["docs"]) for e in one_date_per_round(history)] == [("2031-10-06", ["d:1", "d:2", "d:3"])]
    far = [_entry("2031-10-20", ["d:1", "d:2"]), _entry("2031-10-06", ["d:3"], evidence=opened)]
    assert [e["date"] for e in one_date_per_round(far)] == ["2031-10-20"]  # two weeks on: not its close, the more told
    told = [_entry("2031-10-08", ["d:1", "d:2"]), _entry("2031-10-06", ["d:3"], evidence="Сессия прошла в Дакаре.")]
    assert [e["date"] for e in one_date_per_round(told)] == ["2031-10-08"]  # no opening told: the day more tell


def test_a_round_its_report_tells_begun_on_a_weekday_is_of_that_day_once_dated():
    went_on = _entry("2031-10-08", ["d:1"], evidence="Раунд, который шел с понедельника, завершился подписанием.")
    assert [(e["date"], e["through"]) for e in one_date_per_round([went_on])] == [("2031-10-06", "2031-10-08")]
    plain = _entry("2031-10-08", ["d:1"], evidence="Раунд завершился подписанием протокола.")
    assert [e["date"] for e in one_date_per_round([plain])] == ["2031-10-08"]
