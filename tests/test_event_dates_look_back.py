"""A look back inside a story (issue 10, item 3): an event of a day before the story's, told after it (``Стороны провели
переговоры в воскресенье … Президент прибыл в столицу в субботу вечером``), dates only its own sentence; what the text
tells next without a time goes on with the story's day, not the look back's (``events/story.py``).  Invented news of
other countries, documents of different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, word, date", [
    # talks on Sunday, the arrival on Saturday told after them, a call after the talks: Sunday
    ("2024-05-13", "ЛИМА, 13 мая. Президенты Перу и Боливии провели в воскресенье в Лиме переговоры. Президент Боливии "
                   "прибыл в Лиму с официальным визитом поздно вечером в субботу. После переговоров оба "
                   "лидера призвали ускорить строительство железной дороги.", "призвали", PartialDate(2024, 5, 12)),
    # yesterday's signing, an arrival the day before told after it; an agreement, a perfective verb
    ("2024-05-17", "ЛИМА, 17 мая. Министры Чили и Аргентины вчера подписали в Сантьяго соглашение о рыболовстве. Глава "
                   "МИД Аргентины прилетел в Сантьяго в среду. Министры Чили и Аргентины договорились продолжить "
                   "консультации.", "договорились", PartialDate(2024, 5, 16)),
    # a weekday's meeting, a look back to an earlier weekday with another act, then the meeting's sides: the meeting
    ("2024-05-16", "ЛИМА, 16 мая. Министры Эквадора и Колумбии провели в среду переговоры в Кито. Во вторник министр "
                   "Колумбии прибыл в Кито. Эквадор и Колумбия согласовали план разминирования.", "согласовали",
     PartialDate(2024, 5, 15)),
])
def test_what_follows_a_look_back_is_of_the_story_day(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    # told in order: the arrival first, the talks after it, then the sides: the talks' day, as before
    ("2024-05-13", "ЛИМА, 13 мая. Президент Боливии прибыл в Лиму в субботу вечером. Президенты Перу и Боливии "
                   "провели в воскресенье переговоры. Оба лидера призвали ускорить строительство железной дороги.",
     "призвали",
     PartialDate(2024, 5, 12)),
    # the arrival alone, then its guest's act: the arrival's day, as before
    ("2024-05-13", "ЛИМА, 13 мая. Президент Боливии прибыл в Лиму в субботу вечером. Президент Боливии призвал "
                   "ускорить строительство железной дороги.", "призвал", PartialDate(2024, 5, 11)),
    # not of the story's sides: the day of publication, as before
    ("2024-05-13", "ЛИМА, 13 мая. Президенты Перу и Боливии провели в воскресенье в Лиме переговоры. Президент Боливии "
                   "прибыл в Лиму в субботу вечером. Бразилия ввела санкции против Венесуэлы.", "санкции",
     PartialDate(2024, 5, 13)),
])
def test_a_story_told_in_order_keeps_its_days(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    # talks of the day of publication by their own words, the guest's arrival the evening before told after them: a
    # look back; the signing after it and a meeting "в тот же день" are of the talks' day, not of the arrival's
    ("2024-05-14", "ЛИМА, 14 мая. Президенты Перу и Боливии провели во вторник переговоры в Лиме. Президент Боливии "
                   "прибыл в Лиму накануне вечером. По итогам переговоров стороны подписали пять соглашений.",
     "подписали", PartialDate(2024, 5, 14)),
    ("2024-05-14", "ЛИМА, 14 мая. Президенты Перу и Боливии провели во вторник переговоры в Лиме.\n\nПрезидент "
                   "Боливии прибыл в Лиму накануне вечером.\n\nВ тот же день президент Боливии встретился с "
                   "председателем Конгресса Перу.", "встретился", PartialDate(2024, 5, 14)),
])
def test_an_arrival_told_after_the_days_talks_looks_back(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    # yesterday's talks, a protest of two weeks before told as background, then what was said at the talks: the
    # talks' day, not the day of publication
    ("2028-04-11", "ЛИМА, 11 апреля. Министры иностранных дел Перу и Эквадора провели вчера в Лиме третью встречу.\n\n"
                   "Перу 30 марта вручило послу Эквадора ноту протеста.\n\nНа встрече министр иностранных дел Перу "
                   "потребовал отозвать карту. Эквадорский министр отказался.", "потребовал",
     PartialDate(2028, 4, 10)),
    ("2028-04-05", "ДУШАНБЕ, 5 апреля. Заседание межпарламентской комиссии Кыргызстана и Таджикистана прошло вчера в "
                   "Душанбе. За двенадцать дней до заседания, 23 марта, МИД Кыргызстана вручил послу Таджикистана "
                   "ноту. На заседании кыргызская сторона выразила обеспокоенность условиями содержания задержанных.",
     "обеспокоенность", PartialDate(2028, 4, 4)),
])
def test_a_look_back_beyond_the_news_days_leaves_the_story_going_on(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


def test_a_past_week_told_after_the_days_story_is_the_weeks(events):
    text = ("БАНЖУЛ, 23 ноября. Посол Гамбии в субботу вернулся в Дакар. Банжул отозвал посла 28 октября после "
            "инцидента на границе.\n\nНа прошлой неделе министр иностранных дел Гамбии встретился в Дакаре с "
            "сенегальским коллегой. Министры договорились создать совместный механизм для разбора споров.")
    assert _dated(events(text, "2026-11-23"), "договорились") == [PartialDate(2026, 11)]
