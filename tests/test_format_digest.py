"""A digest's sentence joins news items: a format told in one item has the sides that item names, not another's."""
from __future__ import annotations

import pytest

from khronika.format_bodies import digest_item
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, word, item", [
    ("Перу вернула посла в Боливию, саммит в Кито отложен, Австрия и Вьетнам подписали соглашение.", "саммит",
     "саммит в Кито отложен"),
    ("Литва отозвала посла, консультации Кении и Ганы прошли в Аккре, Дания ввела пошлины на сталь.", "консультации",
     "консультации Кении и Ганы прошли в Аккре"),
    ("Министры Чили и Эквадора встретились в Лиме, провели консультации, подписали меморандум.", "консультации",
     None),  # one subject: its items share it
    ("Чили и Эквадор провели консультации, которые длились два дня, и подписали меморандум.", "консультации", None),
    ("Саммит в Кито отложен, сообщил источник.", "Саммит", None),
    ("Катар отозвал посла, переговоры в Осло сорваны, премьер в Риге", "переговоры", "переговоры в Осло сорваны"),
    ("Стороны обсудили сессию комиссии, торговлю, энергетику.", "сессию", None),  # a list, no items
    ("Канцелярия сообщила, что на заседании страну представит министр, глава ведомства Дан Кови.", "заседании",
     None),  # a name's word is no predicate
])
def test_the_item_of_a_digest(sentence, word, item):
    got = digest_item(sentence, sentence.index(word))
    assert (sentence[got[0]:got[1]] if got else None) == item


@pytest.mark.slow
def test_a_format_of_a_digest_item_has_its_own_sides_or_none(tmp_path):
    doc = tmp_path / "digest.txt"
    doc.write_text("Главное за неделю\n\nЛима, 14 мая 2025. Перу вернула посла в Боливию, саммит в Кито отложен, "
                   "Австрия и Вьетнам подписали соглашение об инвестициях. Литва отозвала посла из Аргентины, "
                   "консультации замглав МИД Кении и Ганы прошли в Аккре, Дания ввела пошлины на сталь.\n",
                   encoding="utf-8")
    assert [(f["name"], sorted(f["sides"])) for f in ingested_formats(tmp_path, doc)] == [
        ("консультации на уровне заместителей министров Гана – Кения", ["e:iso-GH", "e:iso-KE"])]
