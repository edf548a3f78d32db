"""Institutes, museums and companies that sign, meet, visit and call on others are no states: a story whose only
state-like word is one they share (``двусторонний``), whose delegation is an institute's (``делегация музея``) or whose
countries are only the adjectives of private people (``испанские коллеги``) tells no diplomatic event; a story of
states keeps its events beside a company; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    def go(text):
        return sorted((e.type, e.factuality) for e in read_news(text, "2026-11-25").events)
    return go


@pytest.mark.parametrize("text", [
    "Университет Сан-Паулу и Мадридский технический университет подписали меморандум о сотрудничестве. Меморандум "
    "скреплен подписями в ходе первой встречи двусторонней рабочей группы. Следующую встречу группы решено провести "
    "в Мадриде.",
    "Бразильские и испанские химики договорились о совместных исследованиях. Стороны договорились об обмене "
    "студентами. Испанские коллеги позвали бразильских химиков в Саламанку.",
    "Музей доколумбова искусства и Лувр подписали соглашение о двустороннем обмене экспонатами. Делегация музея "
    "посетит Париж в марте. Директор музея выразил обеспокоенность состоянием коллекции.",
    "Компания «Андина» и Чилийский горный институт провели первое заседание двусторонней рабочей группы. Стороны "
    "призвали регуляторов к диалогу.",
    "Обсерватория Тартуского университета и Латвийский институт физики провели двусторонние консультации. Делегация "
    "обсерватории посетит Ригу в мае.",
    "Клуб «Атлетико Сур» и академия «Рио-Футбол» подписали двусторонний контракт. Делегация академии прибудет в Лиму.",
])
def test_institutes_companies_and_their_people_make_no_diplomacy(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Министры иностранных дел Ганы и Того подписали двустороннее соглашение о мосте. Строительство поручено "
     "компании «Вольта-Строй».", ("AGREE", "occurred")),
    ("Двусторонняя комиссия Ганы и Того провела первое заседание в Ломе. Подрядчиком выбрана компания «Вольта-Строй».",
     ("CONSULT", "occurred")),
    ("Японские власти выразили протест в связи с работой компании «Сахалин-Нефть».", ("PROTEST", "occurred")),
    ("Японские пограничники задержали судно компании «Сахалин-Нефть».", ("COERCE", "occurred")),
    ("Делегация Ганы посетит Ломе в марте, сообщила компания «Вольта-Строй».", ("CONSULT", "planned")),
])
def test_states_keep_their_acts_beside_a_company(found, text, kind):
    assert kind in found(text)
