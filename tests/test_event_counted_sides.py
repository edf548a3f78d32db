"""A subject that names the sides only by a count or an office (``министры двух стран``, ``делегации``, ``обе
стороны``) stands for the pair the story named before it; sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def told(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-12")))
        names = {e.id: e.name for e in doc.entities}
        second = doc.sentences[1].start
        return [(e.type, e.start >= second, {names.get(p.entity) for p in e.participants}) for e in doc.events]
    return go


def sides_of(evs, type_=None):
    """The participants of the events of the second sentence on (of a type, when one is given)."""
    return [p for t, later, p in evs if later and type_ in (None, t)]


PAIR = {"Литва", "Эстония"}


@pytest.mark.parametrize("text, type_", [
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. Министры двух стран подписали программу "
                 "развития приграничной торговли.", "AGREE", id="count_past_perfective"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. В пятницу министры двух стран подпишут "
                 "программу развития приграничной торговли.", "AGREE", id="count_future"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. Главы внешнеполитических ведомств "
                 "договорились создать рабочую группу по энергетике.", "AGREE", id="office_plural_title"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. Делегации согласовали график работы "
                 "комиссии.", "AGREE", id="delegations"),
    pytest.param("Литва и Эстония провели в Таллине консультации с участием двух послов. "
                 "Обе стороны подписали протокол о сотрудничестве.", "AGREE", id="both_sides"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. Подписав протокол, главы делегаций "
                 "договорились встретиться весной в Вильнюсе.", "AGREE", id="adverbial_participle"),
    pytest.param("Литва и Эстония подписали соглашение о границе. Министры двух стран выразили обеспокоенность "
                 "ситуацией на границе.", None, id="after_an_agreement_not_a_meeting"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. Программа приграничной торговли была "
                 "подписана министрами двух стран.", "AGREE", id="passive"),
    pytest.param("Литва и Эстония провели в Таллине консультации по транзиту. По итогам встречи министры иностранных "
                 "дел двух государств подписали программу обменов.", "AGREE", id="office_genitive_count"),
])
def test_a_count_or_office_subject_takes_the_pair_told_before(told, text, type_):
    evs = told(text)
    found = sides_of(evs, type_)
    assert found and PAIR <= found[-1], evs


def test_a_count_of_two_does_not_take_three_party_talks(told):
    evs = told("Литва, Эстония и Финляндия провели в Таллине консультации по транзиту. Министры двух стран подписали "
               "программу развития приграничной торговли.")
    assert not any("Финляндия" in p for p in sides_of(evs, "AGREE")), evs


def test_an_act_of_another_country_keeps_its_own_sides(told):
    evs = told("Литва и Эстония провели в Таллине консультации по транзиту. Между тем делегации Чили и Перу "
               "согласовали график работы комиссии в Лиме.")
    assert not any("Литва" in p for p in sides_of(evs, "AGREE")), evs


def test_a_group_title_stands_for_no_pair(told):
    evs = told("Литва и Эстония провели в Таллине консультации по транзиту. Министры стран Евросоюза договорились "
               "продлить программу обменов.")
    assert not any("Литва" in p for p in sides_of(evs, "AGREE")), evs


def test_company_directors_are_no_sides(told):
    evs = told("Литва и Эстония провели в Таллине консультации по транзиту. Директора двух компаний подписали "
               "контракт на поставку оборудования.")
    assert not any("Литва" in p for p in sides_of(evs, "AGREE")), evs


def test_the_pair_of_another_digest_item_is_not_taken(told):
    evs = told("Главное за неделю\n\n1. Прибалтика. Литва и Эстония провели в Таллине консультации по транзиту.\n\n"
               "2. Климат. В Женеве завершилась конференция по климату. Делегации согласовали итоговый документ.\n\n"
               "3. Анды. Президент Чили посетил Лиму.")
    assert not any("Литва" in p for _, _, p in evs[1:] if "Чили" not in p), evs


def test_the_delegations_of_a_gathering_told_between_are_not_the_pair(told):
    evs = told("Литва и Эстония провели в Таллине консультации по транзиту.\nВ Женеве завершилась конференция по "
               "климату. Делегации согласовали итоговый документ.")
    assert not any("Литва" in p for p in sides_of(evs, "AGREE")), evs
