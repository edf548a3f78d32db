"""A time expression inside a participle phrase before another noun (``в связи с введенными накануне мерами``,
``из-за принятых в понедельник санкций``) dates that noun, not the act whose phrase it follows (``events/when.py``,
``_after_its_phrase``).  Invented news of a Thursday, 16 May 2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

DAY = PartialDate(2024, 5, 16)


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 16 мая. {text}", "2024-05-16").events


@pytest.mark.parametrize("text, trigger", [
    ("Посольство Перу направило ноту протеста из-за введенных накануне ограничений против перуанских "
     "чиновников.", "ноту"),
    ("МИД Боливии вручил послу Чили ноту протеста в связи с проведенными во вторник военными учениями у границы.",
     "ноту"),
    ("МИД Эквадора заявил протест послу Колумбии из-за принятых в понедельник ограничительных мер.", "протест"),
    ("Министерство иностранных дел Парагвая вызвало посла Бразилии в связи с состоявшимся накануне визитом "
     "бразильского министра в спорный район.", "вызвало"),
    ("Уругвай выразил протест против объявленной во вторник высылки двух дипломатов.", "протест"),
])
def test_the_date_of_a_participle_phrase_is_its_nouns(events, text, trigger):
    found = [e for e in events(text) if e.type == "PROTEST" and trigger in e.trigger]
    assert found and all(e.date == DAY for e in found)


@pytest.mark.parametrize("text, trigger, date", [
    ("МИД Боливии вручил послу Чили ноту протеста во вторник.", "ноту", PartialDate(2024, 5, 14)),
    ("Министры Чили и Перу провели переговоры в Лиме в понедельник.", "переговоры", PartialDate(2024, 5, 13)),
])
def test_a_date_after_the_acts_own_phrase_is_its_own(events, text, trigger, date):
    found = [e for e in events(text) if trigger in e.trigger]
    assert found and all(e.date == date for e in found)


@pytest.mark.parametrize("text, type_", [
    # a participle after the noun the act governs, the clause running to the end of the sentence
    ("Приветствуем прогресс, достигнутый на заседании комиссий Перу и Чили в Арике в апреле.", "SUPPORT"),
    ("Президент Эквадора поддержал инициативу Колумбии, выдвинутую в марте.", "SUPPORT"),
    ("Министр Перу провел переговоры с коллегой из Чили, прибывшим в Лиму во вторник.", "CONSULT"),
])
def test_the_date_of_a_participle_after_another_noun_is_that_nouns(events, text, type_):
    found = [e for e in events(text) if e.type == type_]
    assert found and all(e.date == DAY for e in found)


def test_a_participle_that_ends_the_sentence_describing_the_trigger_noun_dates_it(events):
    found = [e for e in events("Министерство иностранных дел Перу выразило сожаление в связи с решением отложить "
                               "заседание Двусторонней комиссии с Чили, намеченное на начало июня.")
             if e.type == "CONSULT"]
    assert found and all(e.date == PartialDate(2024, 6) for e in found)
