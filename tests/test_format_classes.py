"""Classes of formats missed across corpora, on invented sentences: a joint body named with all the adjectives before
its head noun (``Смешанной постоянной комиссии``), consultations with their level between the head noun and the topic
(``консультаций высшего уровня по …``), an organisation's summit told with a country outside it (``саммит Евросоюза и
Японии``: the summit of the two, not the organisation's own)."""
from __future__ import annotations

import pytest

from khronika.formats import formats_in
from tests.test_format_history_told import ingested_formats


def _names(sentence: str) -> list[tuple[str, bool]]:
    return [(n.name, n.fixed) for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, name", [
    ("В Лусаке открылась пятая сессия Смешанной постоянной комиссии Замбии и Зимбабве.",
     "смешанная постоянная комиссия"),
    ("Итоги девятой сессии совместной постоянной комиссии Ганы и Того подвели в Ломе.",
     "совместная постоянная комиссия"),
    ("Двусторонняя постоянная комиссия Перу и Боливии собралась в третий раз.", "двусторонняя постоянная комиссия"),
    ("Постоянная комиссия Чили и Аргентины провела 30-е заседание.", "постоянная комиссия"),
])
def test_a_joint_body_keeps_every_adjective_before_its_head_noun(sentence, name):
    assert (name, False) in _names(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Перу и Чили провели в Лиме пятый раунд консультаций высшего уровня по пограничным рекам.",
     "консультации высшего уровня по пограничным рекам"),
    ("Вьетнам и Индонезия завершили девятый раунд консультаций высокого уровня по рыболовству.",
     "консультации высокого уровня по рыболовству"),
    ("Состоялся третий раунд консультаций по миграции между Мексикой и Гватемалой.", "консультации по миграции"),
])
def test_consultations_with_their_level_before_the_topic(sentence, name):
    assert (name, False) in _names(sentence)


@pytest.mark.parametrize("sentence, surface", [
    ("В Токио прошел саммит Евросоюза и Японии.", "саммит Евросоюза и Японии"),
    ("Лидеры прибыли на саммит АСЕАН – Индия в Джакарте.", "саммит АСЕАН – Индия"),
    ("Саммит Африканского союза и Турции пройдет в Анкаре.", "Саммит Африканского союза и Турции"),
    ("Пятый саммит ЕС — Канада отложен.", "саммит ЕС — Канада"),
])
def test_an_organisations_summit_with_a_country_outside_it_is_their_summit(sentence, surface):
    found = formats_in(sentence)
    assert [(n.name, n.fixed, n.surface) for n in found] == [("саммит", False, surface)]


@pytest.mark.parametrize("sentence, name", [
    ("Саммит ЕС в Брюсселе открылся в четверг.", "саммит ЕС"),  # its own summit
    ("В Ханое открылся саммит АСЕАН и Вьетнам принимает гостей.", "саммит АСЕАН"),  # a member state
    ("Саммит ЕС и России отменен.", "саммит Россия – ЕС"),  # a pair the gazetteer names
])
def test_an_organisations_own_summit_stays_its_own(sentence, name):
    assert (name, True) in _names(sentence)


def test_the_summit_of_an_organisation_and_a_country_has_both_sides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Саммит Евросоюза и Канады отложен\n\nОттава, 3 марта 2031. Намеченный в Оттаве на 20 марта саммит "
                    "Евросоюза и Канады отложен до осени, сообщили источники.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, path)
    summits = [f for f in formats if f["name"].startswith("саммит") and "Канада" in f["name"]]
    assert summits and all(len(f["sides"]) == 2 for f in summits)
    assert not any(f["name"] == "саммит ЕС" for f in formats)


@pytest.mark.parametrize("sentence, name", [
    ("В Сантьяго прошла 3-я сессия Постоянного совместного комитета Чили и Перу.", "постоянный совместный комитет"),
    ("Открылось заседание Большой смешанной комиссии по сотрудничеству Мали и Гвинеи.",
     "большая смешанная комиссия по сотрудничеству"),
    ("Министры провели 4-е заседание Совместного координационного комитета Лаоса и Камбоджи.",
     "совместный координационный комитет"),
])
def test_adjectives_of_a_bodys_name_before_the_words_a_pattern_matched(sentence, name):
    assert name in [n for n, _ in _names(sentence)]


def test_an_ordinal_or_a_countrys_adjective_before_a_body_is_not_its_name():
    assert ("совместный комитет", False) in _names("Прошло очередное заседание совместного комитета Чили и Перу.")
    names = [n for n, _ in _names("Прошло пятое заседание перуанского совместного комитета с Чили.")]
    assert not any(n.startswith("перуанск") for n in names)


@pytest.mark.parametrize("sentence, name", [
    ("Кабинеты Словении и Хорватии провели в Загребе четвертое совместное заседание двух правительств.",
     "совместное заседание"),
    ("Это пятое совместное заседание кабинетов министров Литвы и Польши.", "совместное заседание"),
    ("В Ханое прошел пятый раунд диалога по безопасности Вьетнама и Лаоса.", "диалог по безопасности"),
    ("Стороны провели седьмой энергетический диалог высокого уровня Катара и Японии.",
     "энергетический диалог высокого уровня"),
    ("В Тегеране прошли пятые морские консультации Ирана и Омана.", "морские консультации"),
])
def test_joint_sessions_of_governments_and_dialogues_or_consultations_named_by_their_topic(sentence, name):
    assert name in [n for n, _ in _names(sentence)]


def test_consultations_by_their_topic_are_a_format_only_in_a_series(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Лима, 3 марта 2031 года. Министр обсудил с коллегой из Чили консультации по миграции, "
                    "сообщил МИД.\n", encoding="utf-8")
    assert not [f for f in ingested_formats(tmp_path, path) if "миграц" in f["name"]]


def test_the_previous_meeting_told_without_its_noun_after_the_current_round(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Эквадор и Колумбия провели заседание комиссии\n\nКито, 3 марта 2031 года. Эквадор и Колумбия "
                    "провели в Кито заседание Межправительственной комиссии по торговле. Это шестое заседание "
                    "комиссии; предыдущее состоялось в Боготе в мае 2029 года.\n", encoding="utf-8")
    history = {(h["status"], h["round"], h["date"]) for f in ingested_formats(tmp_path, path) for h in f["history"]}
    assert ("round", 5, "2029-05") in history
    assert ("round", 6, "2029-05") not in history


def test_a_joint_session_of_two_governments_takes_the_two_countries_told_before(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Заседание в Любляне\n\nЛюбляна, 3 марта 2031 года. Правительства Словении и Хорватии провели "
                    "в Любляне совместное заседание. Это четвертое совместное заседание двух правительств.\n"
                    "Очередное совместное заседание кабинетов пройдет в Загребе в 2032 году.\n",
                    encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if f["name"].startswith("совместное заседание")]
    assert found and all(len(f["sides"]) == 2 for f in found)


@pytest.mark.parametrize("sentence, status", [
    ("Это девятая сессия смешанной комиссии.", "round"),
    ("Это была уже 14-я встреча министров обороны.", "round"),
    ("Это третьи морские консультации Омана и Ирана.", "round"),
    ("Это был бы 9-й саммит.", None),  # would have been: not held
    ("«Это настоящий саммит двух оркестров», — пошутил дирижер.", None),  # no number
    ("Это первая встреча министров за пять лет.", None),  # the first: told by its other words
])
def test_a_meeting_told_held_by_a_copula_and_its_number(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


def test_the_previous_meeting_after_a_round_that_would_have_been(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Саммит отложен\n\nОттава, 3 марта 2031 года. Намеченный в Оттаве на 20 марта саммит Евросоюза "
                    "и Канады отложен до осени. Это был бы 14-й саммит ЕС — Канада. Прошлый саммит состоялся в мае "
                    "2029 года в Брюсселе.\n", encoding="utf-8")
    history = {(h["status"], h["round"], h["date"]) for f in ingested_formats(tmp_path, path) for h in f["history"]}
    assert ("round", 13, "2029-05") in history


@pytest.mark.parametrize("sentence, status", [
    ("После пятого раунда консультации фактически прервались на два года.", "suspended"),
    ("Переговоры Чили и Боливии прекратились в 2028 году.", "suspended"),
    ("Намеченная на март встреча министров сорвалась.", "cancelled"),
])
def test_a_break_or_a_failure_told_by_a_reflexive_verb(sentence, status):
    from khronika.format_status import status_of
    assert status_of(sentence, []) == status


def _history(tmp_path, text: str) -> set[tuple]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return {(h["status"], h["round"], h["date"]) for f in ingested_formats(tmp_path, path) for h in f["history"]}


def test_the_last_time_they_met_is_the_round_before_the_documents_own(tmp_path):
    history = _history(tmp_path, "Гана и Того провели консультации\n\nАккра, 12 марта 2031 года. Гана и Того провели в "
                                 "Аккре политические консультации на уровне заместителей глав МИД. "
                                 "Встреча стала девятой по счету. В последний раз стороны встречались в таком формате "
                                 "в 2028 году в Ломе.\n")
    assert ("round", 8, "2028") in history and ("round", 9, "2028") not in history


def test_a_break_of_a_body_named_short_and_in_full_is_that_bodys(tmp_path):
    history = _history(tmp_path, "Межправкомиссия Казахстана и Монголии собралась после перерыва\n\n"
                                 "Улан-Батор, 12 марта 2031 года. Межправительственная комиссия Казахстана и Монголии "
                                 "по торгово-экономическому сотрудничеству провела в Улан-Баторе 11-е заседание, "
                                 "первое за четыре года. Работа комиссии была приостановлена в 2027 году.\n")
    assert ("suspended", None, "2027") in history


def test_a_session_held_is_not_an_earlier_one(tmp_path):
    history = _history(tmp_path, "Сессия комиссии\n\nЛусака, 20 ноября 2031 года. В Лусаке в среду и четверг прошла "
                                 "9-я сессия Смешанной постоянной комиссии Замбии и Зимбабве.\n")
    assert ("round", 9, "2031-11-19") in history


@pytest.mark.parametrize("sentence, rnd", [
    ("Седьмое состоялось в мае 2030 года в Сантьяго.", 7),
    ("Десятая пройдет в Лиме в 2032 году.", 10),
    ("12-е было проведено в Кито.", 12),
    ("Встреча прошла в Лиме.", None),
    ("Все прошло спокойно.", None),
])
def test_a_meeting_told_by_its_ordinal_alone(sentence, rnd):
    from khronika.format_rounds import elided_round
    assert elided_round(sentence) == rnd


def test_the_meeting_before_told_by_its_ordinal_alone_is_that_round(tmp_path):
    history = _history(tmp_path, "Заседание комиссии\n\nКито, 12 марта 2031 года. Эквадор и Колумбия провели в Кито "
                                 "шестое заседание Смешанной комиссии по торговле. Пятое состоялось в мае 2030 года в "
                                 "Боготе.\n")
    assert ("round", 5, "2030-05") in history and ("round", 6, "2031-03-12") in history
