"""Histories told as news tells them (invented sentences): rounds in Roman numerals (``XI заседание``), the
previous one ``восьмое по счету``, a round told as ``в 41-й раз``, last year's meeting, since when a mechanism
works (``действует с 1998 года``, ``был создан в 1998 году``)."""
import pytest

from khronika.format_clauses import EARLIER
from khronika.format_rounds import numbered, roman, round_in


def ingested_formats(tmp_path, *paths) -> list[dict]:
    """Ingest the files as a user would (``khronika ingest``) into a new store and build its formats."""
    from typer.testing import CliRunner

    from khronika.cli import app
    from khronika.formats import build_formats
    from khronika.store import Store

    db = tmp_path / "k.db"
    assert CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(db), "-q"]).exit_code == 0
    with Store(db) as store:
        return build_formats(store)


@pytest.mark.parametrize("sentence, rnd", [
    ("Вице-премьер провёл XI заседание перуанско-чилийской комиссии", 11),
    ("Стороны условились провести XII заседание Комиссии в 2026 году в Чили.", 12),
    ("Следующий, XXIV форум пройдет в 2027 году в Перу.", 24),
    ("Вчера в Арике открылся ХIХ Форум приграничного сотрудничества.", 19),  # Cyrillic Х
    ("Консультации по вопросам рыболовства прошли в 41-й раз.", 41),
    ("Последнее, пятое по счету, заседание прошло в Лиме в марте 2021 года.", 5),
    ("В XX веке стороны не раз спорили о границе.", None),
    ("С заседания совета министр уехал в аэропорт.", None),
    ("Папа Лев XIV встречался в Ватикане с президентом Перу.", None),  # a name's numeral
])
def test_rounds_told_in_roman_numerals_and_digits(sentence, rnd):
    assert round_in(sentence) == rnd


def test_roman_numerals_up_to_thirty_nine_only():
    assert [roman(w) for w in ("I", "IV", "XIV", "XXXIX", "ХІV", "IIII", "VX", "MCM", "")] == \
        [1, 4, 14, 39, 14, None, None, None, None]
    assert numbered("Прошло XIV заседание комиссии.") and not numbered("Прошло заседание комиссии.")


@pytest.mark.parametrize("sentence, words", [
    ("Стороны обсудили итоги предыдущего, X заседания комиссии в Сантьяго.", "предыдущего, X заседания"),
    ("Последнее, пятое по счету, заседание прошло в Лиме.", "Последнее, пятое по счету, заседание"),
    ("Прошлогодний форум прошел в Икитосе.", "Прошлогодний форум"),
])
def test_an_earlier_meeting_told_with_its_number(sentence, words):
    assert EARLIER.search(sentence).group(0) == words


@pytest.mark.slow
def test_history_of_a_commission_numbered_in_roman_numerals(tmp_path):
    doc = tmp_path / "commission.txt"
    doc.write_text("Перу и Чили подвели итоги заседания комиссии по рыболовству\n\nЛИМА, 14 мая 2025. Вчера в Лиме "
                   "вице-премьеры Перу и Чили провели XI заседание перуанско-чилийской межправительственной комиссии "
                   "по рыболовству. Они обсудили итоги предыдущего, X заседания комиссии, которое состоялось в "
                   "Сантьяго в 2023 году. Стороны условились провести XII заседание комиссии в 2026 году в Чили.\n\n"
                   "Межправительственная комиссия по рыболовству действует с 1998 года.\n", encoding="utf-8")
    (commission,) = [f for f in ingested_formats(tmp_path, doc) if "комиссия" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in commission["history"]] == [
        ("active", None, "1998"), ("round", 10, "2023"), ("round", 11, "2025-05-13"), ("planned", 12, "2026")]


@pytest.mark.parametrize("sentence, status", [
    ("Напомним, диалог двух столиц ведется с 2011 года.", "active"),
    ("Форум работает уже с 2004 года.", "active"),
    ("Переговоры велись в Лиме.", None),
])
def test_a_mechanism_at_work_since_a_date(sentence, status):
    from khronika.format_status import status_of

    assert status_of(sentence, []) == status


@pytest.mark.slow
def test_history_a_later_round_of_a_revived_mechanism_and_the_next_one_told_elliptically(tmp_path):
    shuttle = tmp_path / "shuttle.txt"
    shuttle.write_text("Лидеры Аргентины и Уругвая встретились в Колонии\n\nМОНТЕВИДЕО, 20 ноября 2025. Президент "
                       "Аргентины провел в Колонии переговоры с президентом Уругвая. Это уже четвертая встреча лидеров "
                       "в рамках «челночной дипломатии» — взаимных визитов, которые Буэнос-Айрес и Монтевидео "
                       "возобновили в 2022 году после долгого перерыва.\n", encoding="utf-8")
    pair = tmp_path / "pair.txt"
    pair.write_text("Тирана и Подгорица обсудили транзит\n\nТИРАНА, 12 ноября 2025. Представители Албании и "
                    "Черногории провели в среду в Шкодере встречу в формате «2+1». Они договорились о графике "
                    "работы пограничных переходов. Прошлая встреча в формате «2+1» прошла в июле. Следующую "
                    "министры собираются провести весной.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, shuttle, pair)
    (diplomacy,) = [f for f in formats if "челночная" in f["name"]]
    told = {(h["status"], h["round"], h["date"]) for h in diplomacy["history"]}
    assert ("resumed", None, "2022") in told and any(s == "round" and r == 4 for s, r, _ in told)
    assert not any(s == "resumed" and d != "2022" for s, _, d in told)  # the fourth meeting is no resumption
    (two_one,) = [f for f in formats if "2+1" in f["name"]]
    assert [(h["status"], h["date"]) for h in two_one["history"]] == [
        ("meeting", "2025-07"), ("meeting", "2025-11-12"), ("planned", "2026")]  # spring after November: next


def test_rounds_told_each_in_a_clause_of_its_own():
    from khronika.format_rounds import clause_rounds

    text = "Работу комиссия возобновила в мае 2021 года на 7-м заседании, а в июне 2022 года 8-е заседание прошло."
    assert [(n, text[a:b][:12]) for n, a, b in clause_rounds(text)] == [(7, "Работу комис"), (8, "в июне 2022 ")]
    assert clause_rounds("Прошло 7-е заседание, а стороны подписали протокол.") == []


@pytest.mark.parametrize("sentence, name", [
    ("Стороны провели 4-й раунд переговоров спецпредставителей по границе.", "переговоры специальных представителей"),
    ("Третий раунд перуанско-чилийских консультаций по водным ресурсам прошел в Такне.",
     "консультации по водным ресурсам"),
    ("Готовится пятая встреча глав государств Перу, Чили и Боливии.", "встреча глав государств"),
    ("Это третья встреча лидеров в рамках «челночной дипломатии».", "челночная дипломатия"),
])
def test_general_patterns_of_standing_mechanisms(sentence, name):
    from khronika.formats import formats_in

    assert [n.name for n in formats_in(sentence)] == [name]


def test_a_round_is_held_once_and_a_meeting_put_off_is_the_one_planned():
    from khronika.format_merge import complete, one_date_per_round

    def entry(status, date, rnd, docs):
        return {"status": status, "date": date, "round": rnd, "docs": docs, "events": [],
                "date_precision": "day"}

    history = [entry("round", "2025-03-04", 5, ["d:1", "d:2"]), entry("round", "2025-03-07", 5, ["d:3"])]
    assert [(e["date"], e["docs"]) for e in one_date_per_round(history)] == [("2025-03-04", ["d:1", "d:2", "d:3"])]
    tie = [entry("round", "2025-03-04", 5, ["d:1"]), entry("round", "2025-03-07", 5, ["d:3"])]
    assert len(one_date_per_round(tie)) == 2  # no day more told: both stay
    days = [entry("round", "2025-03-05", 5, ["d:3"]), entry("round", "2025-03-04", 5, ["d:1"])]
    assert [(e["date"], e["docs"]) for e in one_date_per_round(days)] == [("2025-03-04", ["d:1", "d:3"])]  # its first
    put_off = complete([entry("postponed", "2027", None, ["d:1"]), entry("planned", "2027", 9, ["d:2"])], [])
    assert {(e["status"], e["round"]) for e in put_off} == {("postponed", 9), ("planned", 9)}


@pytest.mark.slow
def test_history_rounds_listed_with_one_year_and_a_meeting_put_off(tmp_path):
    talks = tmp_path / "talks.txt"
    talks.write_text("Перу и Чили обсудили водные ресурсы\n\nТАКНА, 5 марта 2026. Третий раунд перуанско-чилийских "
                     "консультаций по водным ресурсам прошел в четверг в Такне. Первые два раунда состоялись "
                     "в Арике 14 января и 20 мая 2025 года.\n", encoding="utf-8")
    council = tmp_path / "council.txt"
    council.write_text("ЛИМА, 20 октября 2025. Намеченное на ноябрь в Лиме заседание перуанско-чилийского совета "
                       "сотрудничества высшего уровня переносится на первый квартал 2026 года.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, talks, council)
    (water,) = [f for f in formats if "водным" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in water["history"]][:2] == [
        ("round", 1, "2025-01-14"), ("round", 2, "2025-05-20")]  # the year told once is both rounds'
    (put_off,) = [f for f in formats if "совет" in f["name"]]
    # the postponed meeting is dated by the month it had been set for ("намеченное на ноябрь"), the plan by the new one
    assert {(h["status"], h["date"]) for h in put_off["history"]} == {("postponed", "2025-11"), ("planned", "2026")}


@pytest.mark.slow
def test_history_when_meetings_began_and_years_without_them(tmp_path):
    doc = tmp_path / "summits.txt"
    doc.write_text("ЛИМА, 9 июня 2026. Лидеры Перу, Чили и Боливии провели во вторник в Арике 7-й трехсторонний "
                   "саммит. Трехсторонние саммиты стартовали в марте 2011 года, однако в 2020–2022 годах лидеры не "
                   "собирались вовсе.\n", encoding="utf-8")
    today = tmp_path / "today.txt"
    today.write_text("КИТО, 3 июня 2026. Эквадор и Колумбия провели в Кито пятый раунд консультаций по "
                     "пограничным рекам. Консультации по пограничным рекам начались во вторник.\n", encoding="utf-8")
    crisis = tmp_path / "crisis.txt"
    crisis.write_text("БРЮССЕЛЬ, 9 июня 2026. Кризис начался в 2014 году, и саммиты НАТО с тех пор проходят "
                      "ежегодно.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, doc, today, crisis)
    (summits,) = [f for f in formats if f["type"] == "многосторонний формат"]
    told = [(h["status"], h["round"], h["date"]) for h in summits["history"]]
    assert ("round", 1, "2011-03") in told and ("suspended", None, "2020") in told
    assert not any(s == "round" and r == 2 for s, r, _ in told)  # no second round numbered between the 1st and 7th
    (rivers,) = [f for f in formats if "рекам" in f["name"]]
    assert not any(h["round"] == 1 for h in rivers["history"])  # a meeting that began on a day is no first round
    assert not [h for f in formats if "НАТО" in f["name"] for h in f["history"] if h["round"]]  # the crisis began


@pytest.mark.slow
def test_history_a_summit_named_more_particularly_stays_one_format(tmp_path):
    doc = tmp_path / "summit.txt"
    doc.write_text("Саммит Перу, Чили и Боливии отложен\n\n"
                   "ЛА-ПАС, 5 сентября 2026. Намеченный на октябрь трехсторонний саммит Перу, Чили и Боливии перенесен "
                   "на весну 2027 года. В последний раз саммит проводился в 2022 году в Арике. До этого стороны "
                   "встречались в Куско в 2019 году.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, doc)
    (summit,) = [f for f in formats if f["history"]]
    assert summit["type"] == "многосторонний формат"
    assert {(h["status"], h["date"]) for h in summit["history"]} == {
        ("meeting", "2019"), ("meeting", "2022"), ("planned", "2027"), ("postponed", "2026-10")}


@pytest.mark.slow
def test_history_a_meeting_told_in_this_format_is_the_format_named_before(tmp_path):
    doc = tmp_path / "again.txt"
    doc.write_text("АСУНСЬОН, 12 декабря 2026. Министры Парагвая и Уругвая провели в среду переговоры в формате «2+1». "
                   "Министры встретились в этом формате впервые с 2003 года.\n", encoding="utf-8")
    (fmt,) = [f for f in ingested_formats(tmp_path, doc) if "2+1" in f["name"]]
    assert ("meeting", "2003") in {(h["status"], h["date"]) for h in fmt["history"]}  # the last one before the break


@pytest.mark.slow
def test_history_past_meetings_listed_each_with_its_year(tmp_path):
    doc = tmp_path / "listed.txt"
    doc.write_text("ЛА-ПАС, 14 октября 2026. Министры Боливии и Перу провели в Ла-Пасе встречу в формате «2+1». "
                   "Встречи в формате «2+1» проходили в 2019 году в Сучре и в 2021 году в Пуно.\n", encoding="utf-8")
    signed = tmp_path / "signed.txt"
    signed.write_text("КИТО, 14 октября 2026. Соглашение подписано в 2017 году, а встречи в формате «4+1» проходили "
                      "в 2021 году.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, doc, signed)
    (two,) = [f for f in formats if "2+1" in f["name"]]
    assert {("meeting", "2019"), ("meeting", "2021")} <= {(h["status"], h["date"]) for h in two["history"]}
    assert not [h for f in formats if "4+1" in f["name"] for h in f["history"] if h["date"] == "2017"]


def test_a_commission_told_without_sides_is_the_one_with_its_round_and_retold_rounds_fold():
    from khronika.format_identity import identities
    from khronika.format_merge import fold_retold
    from khronika.format_names import Named

    kind = "межправительственная комиссия"
    full = Named("совместная комиссия по рыболовству", kind, "…", start=0, stop=10)
    bare = Named("межправкомиссия", kind, "…", start=0, stop=10)
    other = Named("межправительственная комиссия по туризму", kind, "…", start=0, stop=10)

    def told(rnd, date, doc):
        return [{"status": "round", "round": rnd, "date": date, "events": [], "docs": [doc]}]

    seen = [(full, "d:1", {"e:iso-PE", "e:iso-CL"}, told(14, "2026-11-20", "d:1")),
            (other, "d:3", {"e:iso-PE", "e:iso-BO"}, told(3, "2026-10-02", "d:3")),
            (bare, "d:2", set(), told(14, "2026-11", "d:2"))]
    groups = identities(seen)
    assert len(groups) == 2 and any(len(items) == 2 for _, items in groups)  # the bare one joins the 14th round's
    history = [dict(told(14, d, "d:1")[0], date_precision="day") for d in ("2026-11-20", "2026-11", None)]
    assert [(e["round"], e["date"]) for e in fold_retold(history)] == [(14, "2026-11-20")]


@pytest.mark.slow
def test_a_meeting_put_off_and_one_announced_then_held(tmp_path):
    """A postponement is dated by the date the meeting had been planned for, the meeting planned at its new date
    (with the postponed one's round); a put-off told in a clause of its own is an entry; a meeting announced for the
    next day and then held that day is one entry."""
    texts = {
        "a.txt": "Лидеры Перу, Чили и Боливии встретятся в 2031 году\n\nЛИМА, 14 мая 2030. Решено перенести "
                 "трехсторонний саммит Перу, Чили и Боливии. Третий трехсторонний саммит, который изначально "
                 "планировалось провести в 2030 году в Ла-Пасе, перенесен на 2031 год, сообщил министр иностранных "
                 "дел Перу.\n\nПервый трехсторонний саммит прошел в марте 2026 года в Лиме.\n",
        "b.txt": "Премьеры Перу и Чили провели заседание совета\n\nСАНТЬЯГО, 20 мая 2030. Вчера в Сантьяго "
                 "премьер-министры Перу и Чили провели четвертое заседание Совета сотрудничества высокого уровня.\n\n"
                 "Совет давно не собирался: третье заседание состоялось в мае 2027 года в Лиме, а "
                 "запланированная на осень 2028 года встреча в Арике дважды откладывалась.\n",
        "c.txt": "Совет сотрудничества высокого уровня Перу и Чили соберется завтра\n\nЛИМА, 18 мая 2030. Завтра в "
                 "Сантьяго премьер-министры Перу и Чили проведут заседание Совета сотрудничества высокого уровня.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    formats = {f["type"]: f for f in ingested_formats(tmp_path, *(tmp_path / n for n in texts))}
    summit = [(h["status"], h["round"], h["date"]) for h in formats["многосторонний формат"]["history"]]
    assert ("postponed", 3, "2030") in summit and ("planned", 3, "2031") in summit
    assert not any(s == "planned" and d == "2030" for s, _, d in summit)
    council = [(h["status"], h["round"], h["date"]) for h in formats["совет высокого уровня"]["history"]]
    assert council == [("round", 3, "2027-05"), ("postponed", None, "2028"), ("round", 4, "2030-05-19")]


@pytest.mark.slow
def test_history_of_talks_told_in_prose(tmp_path):
    """Talks frozen after a round told in a clause of its own (the round dated, the freeze not), talks ended on a date
    told with another act, and the talks resumed after a break told in the headline: the one negotiation track of
    the document, the resumption dated by the meeting the document reports."""
    doc = tmp_path / "talks.txt"
    doc.write_text("Перу, Чили и Боливия после паузы в два года снова вернулись за стол переговоров по водам озера "
                   "Титикака\n\nЛА-ПАС, 12 марта 2031. Трехсторонние переговоры Перу, Чили и Боливии по водам "
                   "озера Титикака прошли 10–11 марта в Ла-Пасе.\n\nРаунд в Арике в мае 2028 года закончился "
                   "безрезультатно, и переговоры были заморожены почти на два года.\n\nВ июне 2029 года, после "
                   "четвертого раунда в Куско, Боливия объявила о прекращении переговоров, обвинив чилийскую сторону в "
                   "затягивании.\n\nСтороны также договорились о прекращении огня на переговорах о границе.\n",
                   encoding="utf-8")
    (talks,) = [f for f in ingested_formats(tmp_path, doc) if f["history"]]
    assert {(h["status"], h["date"]) for h in talks["history"]} == {
        ("round", "2028-05"), ("suspended", "2029-06"), ("round", "2029-06"), ("meeting", "2031-03-10"),
        ("resumed", "2031-03-10"), ("suspended", None)}
    assert ("round", 4, "2029-06") in {(h["status"], h["round"], h["date"]) for h in talks["history"]}
