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
    path.write_text("Саммит Евросоюза и Канады перенесен\n\nОттава, 3 марта 2031. Саммит Евросоюза и Канады, который "
                    "должен был пройти в Оттаве 20 марта, перенесен на осень, сообщили источники.\n", encoding="utf-8")
    formats = ingested_formats(tmp_path, path)
    summits = [f for f in formats if f["name"].startswith("саммит") and "Канада" in f["name"]]
    assert summits and all(len(f["sides"]) == 2 for f in summits)
    assert not any(f["name"] == "саммит ЕС" for f in formats)
