"""A day told relative to the day told last: 'днём ранее', 'днём раньше', 'за день до этого' are the day before it,
'на следующий день' the day after; with no day told before, unknown (never the paper's day).  All texts invented."""
from __future__ import annotations

import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes


@pytest.mark.parametrize(("text", "want"), [
    ("В среду министр прибыл в Лиму. Днём ранее посол был вызван в МИД.", ["2031-05-14", "2031-05-13"]),
    ("Во вторник делегации встретились. Решение было объявлено днем ранее.", ["2031-05-13", "2031-05-12"]),
    ("12 мая стороны встретились в Кито. За день до этого стороны подписали меморандум.", ["2031-05-12", "2031-05-11"]),
    ("В пятницу послы встретились.\n\nДнем раньше министры обменялись нотами.", ["2031-05-09", "2031-05-08"]),
    ("Днем ранее министр иностранных дел Чили заявил протест.", [None]),  # no day told before: none, not the paper's
    ("В пятницу стороны встретились. На следующий день подписали договор.", ["2031-05-09", "2031-05-10"]),
])
def test_a_day_before_the_day_told_is_of_that_day(text, want):
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 5, 14))] == want


# A bare "накануне" paragraphs after the day of a story some days before the paper's (Wednesday 14 May 2031): the eve of
# that day, the text's now; the paper's day, a day ahead or a background date long before leave it the paper's eve.
@pytest.mark.parametrize(("text", "want"), [
    # a weekday's story, the eve two paragraphs on; past perfective
    ("Делегации Перу и Эквадора во вторник возобновили переговоры в Лиме.\n\nОбсуждалась граница.\n\nВ знак доброй "
     "воли Эквадор накануне освободил трех перуанских рыбаков.", ["2031-05-13", "2031-05-12"]),
    # "вчера" as the story's day; a participle
    ("Министры Чили и Боливии вчера встретились в Арике.\n\nГлава МИД Боливии, еще накануне критиковавший Сантьяго, "
     "назвал встречу полезной.", ["2031-05-13", "2031-05-12"]),
    # a day and month; passive
    ("12 мая в Кито завершилась сессия комиссии.\n\nНакануне был подписан меморандум о рыболовстве.",
     ["2031-05-12", "2031-05-11"]),
    # a reported speech's day as the story's now
    ("Об отзыве посла в понедельник сообщил МИД Парагвая.\n\nНакануне посольство получило ноту.",
     ["2031-05-12", "2031-05-11"]),
    # not: the paper's own day (the same either way)
    ("Сегодня в Асунсьоне начались консультации.\n\nНакануне Уругвай отозвал посла.", ["2031-05-14", "2031-05-13"]),
    # not: a day ahead
    ("Министры встретятся в пятницу в Монтевидео.\n\nНакануне Уругвай отозвал посла.", ["2031-05-16", "2031-05-13"]),
    # not: a background date long before
    ("Договор был подписан 3 марта 2029 года.\n\nНакануне Аргентина выслала дипломата.", ["2029-03-03", "2031-05-13"]),
    # not: the day a period runs from ("запрет, действующий с 12 мая")
    ("Кито отклонил протест против запрета на ввоз бананов, действующего с 12 мая.\n\nНакануне Лима вызвала посла.",
     ["2031-05-12", "2031-05-13"]),
    # not: the eve of an event (no time)
    ("Во вторник министры встретились в Лиме.\n\nНакануне визита Перу отозвало посла.", ["2031-05-13"]),
])
def test_the_eve_of_a_story_day_told_paragraphs_before(text, want):
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 5, 14))] == want


def test_a_month_told_between_leaves_the_story_day():
    """A background month between the story's day and ``накануне`` (``впервые с марта прошлого года``)."""
    text = ("Делегации Перу и Эквадора во вторник возобновили переговоры, впервые с марта прошлого года.\n\n"
            "Накануне Эквадор освободил трех рыбаков.")
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 5, 14))] == ["2031-05-13", "2030-03",
                                                                                   "2031-05-12"]


# A bare "накануне" after a range of days that holds the paper's day (Wednesday 14 May 2031): the text's now lies
# within it, so "накануне" is the eve of the paper's day, not of the range's first day; a range wholly before or after
# it is one day told, and "накануне" the eve of its first.
@pytest.mark.parametrize(("text", "want"), [
    ("Министр Перу, который находится в Кито с визитом с 12 по 15 мая, провел переговоры. Итоги встречи, "
     "состоявшейся накануне, одобрены.", ["2031-05-12", "2031-05-13"]),
    ("Визит министра Чили в Лиму проходит с 13 по 15 мая. Накануне стороны обменялись нотами.",
     ["2031-05-13", "2031-05-13"]),
    ("Переговоры проходили 5–7 мая в Асунсьоне. Накануне прибыла делегация Боливии.", ["2031-05-05", "2031-05-04"]),
    ("Сессия пройдет с 20 по 22 мая в Монтевидео. Накануне соберутся эксперты.", ["2031-05-20", "2031-05-19"]),
])
def test_the_eve_after_a_range_that_holds_the_papers_day(text, want):
    assert [t.date.iso() for t in find_timexes(text, PartialDate(2031, 5, 14))] == want
