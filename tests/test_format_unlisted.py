"""Standing bodies the gazetteer does not know, and what news tells of them in prose: a council or commission whose
sessions are numbered (``11-е заседание Комиссии экономического партнерства …``), intergovernmental consultations,
a mechanism of political consultations, a commission of high level, the summit of an alliance named in full (not
the gazetteer's alias inside that name); a break since a year, a resumption after a break told with the last meeting
before it, a plan agreed on with its date, a round counted since a year.  Invented countries' pairs and dates."""
from __future__ import annotations

import pytest

from khronika.format_rounds import round_in
from khronika.formats import formats_in
from tests.test_format_history_told import ingested_formats


def _doc(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _formats(tmp_path, text: str) -> dict[str, list[tuple]]:
    formats = ingested_formats(tmp_path, _doc(tmp_path, "a.txt", text))
    return {f["name"]: [(h["status"], h["round"], h["date"]) for h in f["history"]] for f in formats}


@pytest.mark.parametrize("sentence, name", [
    ("Прошло 7-е заседание Совета по стратегическому партнерству Уругвая и Чили.",
     "совет по стратегическому партнерству"),
    ("Лидеры возглавили Совет стратегического сотрудничества высокого уровня Перу и Чили.",
     "совет стратегического сотрудничества высокого уровня"),
    ("В Асунсьоне прошли 9-е парагвайско-уругвайские межправительственные консультации.",
     "межправительственные консультации"),
    ("Работа Механизма политических консультаций Перу и Уругвая приостановлена с 2027 года.",
     "механизм политических консультаций"),
    ("Стороны договорились созвать Двустороннюю комиссию высокого уровня Перу и Уругвая в 2032 году.",
     "двусторонняя комиссия высокого уровня"),
    ("Прошло 14-е заседание Межправительственной перуанско-эквадорской комиссии.", "межправительственная комиссия"),
    ("Прошло 11-е заседание Комиссии экономического партнерства Чили и Уругвая.",
     "комиссия экономического партнерства"),
    ("Лидеры приехали на саммит Альянса государств Анд в Лиме.", "саммит Альянса государств Анд"),
    ("Перу и Чили провели межправконсультации — девятые по счету.", "межправительственные консультации"),
    ("Перу и Чили провели двенадцатое заседание Двустороннего консультативного механизма по Тихому океану.",
     "двусторонний консультативный механизм по тихому океану"),
    ("Прошло 5-е заседание Совета по энергетическому партнерству двух стран.", "совет по энергетическому партнерству"),
    ("Прошло 5-е заседание Совета экономического партнерства обеих стран.", "совет экономического партнерства"),
])
def test_bodies_outside_the_gazetteer_are_named(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("Лидеры приехали на саммит Альянса государств Анд в Лиме.", "саммит НАТО"),  # not the alias inside the name
    ("Прошло 577-е заседание Совета Федерации.", "совет"),
])
def test_no_format_of_an_alias_inside_a_name_or_a_bare_head(sentence, name):
    assert name not in [n.name for n in formats_in(sentence)]


def test_a_body_of_one_side_or_without_numbered_sessions_is_no_format(tmp_path):
    assert _formats(tmp_path, (
        "Банк утвердил бюджет\n\n"
        "ЛИМА, 5 июня 2031 года. Совет директоров банка провел в Лиме 12-е заседание. Комиссия по этике "
        "университета Перу провела заседание. Делегация Перу приняла участие в заседании Совета Федерации.\n")) == {}


def test_the_gazetteer_alias_alone_still_names_its_mechanism():
    assert "саммит НАТО" in [n.name for n in formats_in("Лидеры приехали на саммит альянса в Брюсселе.")]


@pytest.mark.parametrize("sentence, rnd", [
    ("В Лиме прошли 12-е по счёту с 1995 года перуанско-чилийские межправительственные консультации.", 12),
    ("Девятые парагвайско-уругвайские межправительственные консультации прошли в Асунсьоне.", 9),
])
def test_rounds_counted_since_a_year_or_after_two_adjectives(sentence, rnd):
    assert round_in(sentence) == rnd


def test_a_numbered_commission_unknown_to_the_gazetteer_has_a_history(tmp_path):
    got = _formats(tmp_path, (
        "В Сантьяго прошло заседание комиссии\n\n"
        "САНТЬЯГО, 10 мая 2031 года. В Сантьяго 9 мая прошло 11-е заседание Комиссии экономического партнерства "
        "Чили и Уругвая. Министры экономики Чили и Уругвая подписали протокол. Предыдущее заседание Комиссии "
        "состоялось в Монтевидео в 2029 году.\n"))
    assert got == {"комиссия экономического партнерства Уругвай – Чили": [
        ("round", 10, "2029"), ("round", 11, "2031-05-09")]}


def test_a_council_of_high_level_with_its_first_and_next_sessions(tmp_path):
    got = _formats(tmp_path, (
        "В Кито прошло второе заседание совета\n\n"
        "КИТО, 22 марта 2031 года. Президенты Перу и Эквадора провели в Кито второе заседание Совета "
        "экономического партнерства высокого уровня Перу и Эквадора. Стороны подписали восемь меморандумов. "
        "Первое заседание Совета прошло в Лиме 4 сентября 2029 года. Третье заседание решено провести в Кито в "
        "2032 году.\n"))
    assert got == {"совет экономического партнерства высокого уровня Перу – Эквадор": [
        ("round", 1, "2029-09-04"), ("round", 2, "2031-03-22"), ("planned", 3, "2032")]}


def test_consultations_counted_since_their_first_year(tmp_path):
    got = _formats(tmp_path, (
        "В Монтевидео прошли уругвайско-парагвайские межправительственные консультации\n\n"
        "МОНТЕВИДЕО, 9 октября 2031 года. В Монтевидео 8 октября прошли 12-е по счёту с 1995 года "
        "уругвайско-парагвайские межправительственные консультации, когда главы правительств впервые собрались в "
        "Асунсьоне. Премьер-министры Уругвая и Парагвая обсудили торговлю. Предыдущие консультации прошли в "
        "Асунсьоне в 2029 году. Следующие консультации решено провести в 2033 году.\n"))
    assert got == {"межправительственные консультации Парагвай – Уругвай": [
        ("round", 1, "1995"), ("round", 11, "2029"), ("round", 12, "2031-10-08"), ("planned", 13, "2033")]}


def test_a_break_since_a_year_and_a_commission_agreed_on_with_its_year(tmp_path):
    got = _formats(tmp_path, (
        "Уругвай и Парагвай возобновят политические консультации\n\n"
        "МОНТЕВИДЕО, 3 июня 2031 года. Министр иностранных дел Уругвая встретился в Монтевидео с министром "
        "иностранных дел Парагвая. Работа Механизма политических консультаций Уругвая и Парагвая приостановлена "
        "с 2026 года. Министры предложили возобновить работу механизма. Стороны также договорились созвать "
        "Двустороннюю комиссию высокого уровня Уругвая и Парагвая в 2032 году.\n"))
    assert got["механизм политических консультаций Парагвай – Уругвай"] == [
        ("suspended", None, "2026"), ("proposed-resumption", None, "2031-06-03")]
    assert got["двусторонняя комиссия высокого уровня Парагвай – Уругвай"] == [("planned", None, "2032")]


def test_resumed_on_the_day_of_the_meeting_not_of_the_last_one_before_the_break(tmp_path):
    got = _formats(tmp_path, (
        "В Лиме собрался андский квартет\n\n"
        "ЛИМА, 14 апреля 2031 года. Министры иностранных дел Перу, Чили, Боливии и Эквадора провели в Лиме "
        "встречу в формате «андского квартета». Министры встретились так впервые за три года: в последний "
        "раз министры виделись в марте 2028 года в Ла-Пасе.\n"))
    history = next(iter(got.values()))
    assert ("resumed", None, "2031-04-14") in history and ("meeting", None, "2028-03") in history
    assert ("resumed", None, "2028-03") not in history


def test_the_summit_of_an_alliance_named_in_full_is_its_own_format(tmp_path):
    got = _formats(tmp_path, (
        "В Лиме прошел саммит\n\n"
        "ЛИМА, 5 июля 2031 года. Лидеры Перу, Боливии и Эквадора провели в Лиме саммит Альянса государств Анд. "
        "Первый саммит Альянса государств Анд прошел в июле 2028 года.\n"))
    assert "саммит НАТО" not in got
    assert got["саммит Альянса государств Анд Боливия – Перу – Эквадор"] == [
        ("round", 1, "2028-07"), ("meeting", None, "2031-07-05")]


def test_a_resumption_told_of_the_previous_meeting_and_the_next_one_told_without_its_noun(tmp_path):
    got = _formats(tmp_path, (
        "В Монтевидео прошли межправительственные консультации\n\n"
        "МОНТЕВИДЕО, 9 октября 2031 года. В четверг в Монтевидео прошли 12-е уругвайско-парагвайские "
        "межправительственные консультации. Делегации возглавили премьер-министры Уругвая и Парагвая.\n"
        "Предыдущие консультации прошли 3 марта 2029 года в Асунсьоне — впервые после пятилетнего перерыва. "
        "Следующие должны состояться в Парагвае в 2033 году.\n"))
    assert got == {"межправительственные консультации Парагвай – Уругвай": [
        ("resumed", 11, "2029-03-03"), ("round", 11, "2029-03-03"), ("round", 12, "2031-10-09"),
        ("planned", 13, "2033"), ("suspended", None, None)]}  # the break before the resumption (the 11th), undated


def test_a_round_counted_after_its_noun_since_the_first_year(tmp_path):
    got = _formats(tmp_path, (
        "Отношения Уругвая и Парагвая\n\n"
        "АСУНСЬОН, 14 октября 2031 года. На прошлой неделе Монтевидео принял межправительственные консультации — "
        "двенадцатые по счету с 1994 года, когда правительства Уругвая и Парагвая впервые провели такую встречу.\n"))
    history = got["межправительственные консультации Парагвай – Уругвай"]
    assert ("round", 1, "1994") in history and [h for h in history if h[1] == 12]
    assert not [h for h in history if h[1] == 1 and h[2] != "1994"]  # "впервые" is of 1994, not of this round


def test_a_break_told_in_a_relative_clause_is_of_the_body_before_it(tmp_path):
    got = _formats(tmp_path, (
        "Уругвай и Парагвай восстановят диалог\n\n"
        "МОНТЕВИДЕО, 20 июня 2031 года. Министры иностранных дел встретились в Монтевидео. Уругвай и Парагвай "
        "условились учредить двустороннюю рабочую группу по энергетике и возобновить деятельность Механизма "
        "межмидовских консультаций, работа которого заморожена с 2027 года.\n"))
    assert got == {"механизм межмидовских консультаций Парагвай – Уругвай": [
        ("suspended", None, "2027"), ("proposed-resumption", None, "2031-06-20")]}  # no working group to be created


def test_a_digest_item_tells_its_own_consultations_and_round(tmp_path):
    got = _formats(tmp_path, (
        "Обзор недели\n\n28 ноября 2031 года.\n\n"
        "1. ЛИМА – САНТЬЯГО. Перу и Чили во вторник провели в Арике пятое заседание комиссии по делимитации морской "
        "границы и подписали протокол.\n\n"
        "2. МОНТЕВИДЕО. Уругвай и Парагвай провели межправконсультации — девятые по счету. Подписано соглашение о "
        "транзите.\n"))
    assert got["межправительственные консультации Парагвай – Уругвай"] == [("round", 9, "2031-11-28")]
    assert [h[1] for h in got["комиссия по делимитации морской границы Перу – Чили"]] == [5]


def test_the_gazetteer_alias_in_common_nouns_after_an_alliance_named_in_full_is_that_alliance(tmp_path):
    got = _formats(tmp_path, (
        "Лидеры встретились в Лиме\n\n"
        "ЛИМА, 5 июля 2031 года. Саммит Альянса государств Анд, который не раз откладывали, прошел 4 июля в Лиме. "
        "Первый саммит альянса состоялся в мае 2029 года в Кито.\n"))
    assert "саммит НАТО" not in got
    assert got["саммит Альянса государств Анд"] == [
        ("round", 1, "2029-05"), ("meeting", None, "2031-07-04"), ("postponed", None, None)]  # put off: undated


def test_one_session_of_a_joint_body_called_committee_and_commission_by_two_outlets_is_one_format(tmp_path):
    a = _doc(tmp_path, "a.txt", (
        "Перу и Чили провели заседание межправкомиссии\n\n"
        "ЛИМА, 20 мая 2031 года. В Лиме 19 мая прошло 9-е заседание Межправительственного комитета Перу – Чили по "
        "торговле. Делегации Перу и Чили подписали протокол.\n"))
    b = _doc(tmp_path, "b.txt", (
        "Заседание комиссии в Лиме\n\n"
        "САНТЬЯГО, 21 мая 2031 года. Девятое заседание Межправительственной перуанско-чилийской комиссии по "
        "торговле прошло в Лиме. Министр заявил, что товарооборот вырос.\n"))
    formats = ingested_formats(tmp_path, a, b)
    assert len(formats) == 1 and formats[0]["name"].endswith("Перу – Чили")


def test_a_session_put_off_and_held_after_all_is_held_on_the_date_told_after_it(tmp_path):
    got = _formats(tmp_path, (
        "Перу и Эквадор провели заседание\n\n"
        "ЛИМА, 10 октября 2031 года. Перу и Эквадор создали межправительственную комиссию по делимитации. Первое "
        "заседание комиссии прошло в марте 2030 года в Лиме. Второе заседание, запланированное на весну 2031 года, "
        "переносилось и все же прошло в июне 2031 года в Кито. Третье заседание прошло 9 октября в Лиме.\n"))
    history = got["межправительственная комиссия по делимитации Перу – Эквадор"]
    assert ("round", 2, "2031-06") in history and ("round", 3, "2031-10-09") in history


def test_a_commission_only_agreed_on_is_no_format(tmp_path):
    assert _formats(tmp_path, (
        "Перу и Чили договорились о комиссии\n\n"
        "ЛИМА, 5 мая 2031 года. Министры Перу и Чили встретились в Лиме. Тогда они решили учредить совместную "
        "комиссию по рыболовству в заливе, но ее состав не согласован.\n")) == {}
