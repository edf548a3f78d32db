"""A distance told in a story of the past ('Через два дня …подписали', 'Спустя неделю', 'Три дня спустя', 'двумя днями
позже', 'неделей ранее') counts from the time told last, not from the paper's date, which would date what took place
after the paper; with no time told before, unknown.  'через' in a clause of the future counts from the paper's date.  A
weekday in an apposition to a relative day ('Днем ранее, в среду') is that day.  All texts invented; the paper is of
Wednesday 14 May 2031."""
from __future__ import annotations

import datetime

import pytest

from khronika.records import PartialDate
from khronika.timex import find_timexes

PAPER = PartialDate(2031, 5, 14)


def _dates(text: str) -> list[str | None]:
    return [t.date.iso() for t in find_timexes(text, PAPER)]


@pytest.mark.parametrize(("text", "want"), [
    # "через" and "спустя" before the count, "спустя" after it; every unit of days
    ("Консультации начались 2 мая. Через два дня стороны подписали протокол.", ["2031-05-02", "2031-05-04"]),
    ("Консультации начались 2 мая. Спустя три дня стороны подписали протокол.", ["2031-05-02", "2031-05-05"]),
    ("Посла Перу вызвали 2 мая. Четыре дня спустя его выслали.", ["2031-05-02", "2031-05-06"]),
    ("Посла Перу вызвали 2 мая. Через сутки его выслали.", ["2031-05-02", "2031-05-03"]),
    ("Посла Перу вызвали 2 мая, а через день ему вручили ноту.", ["2031-05-02", "2031-05-03"]),
    # the instrumental with "позже", "позднее", "ранее", "раньше", "спустя"
    ("Посла Перу вызвали 2 мая. Двумя днями позже его выслали.", ["2031-05-02", "2031-05-04"]),
    ("Посла Перу вызвали 2 мая. Днём позднее его выслали.", ["2031-05-02", "2031-05-03"]),
    ("Посла Перу вызвали 2 мая. Днем спустя его выслали.", ["2031-05-02", "2031-05-03"]),
    ("Посла Перу выслали 6 мая. Тремя днями ранее ему вручили ноту.", ["2031-05-06", "2031-05-03"]),
    ("Посла Перу выслали 6 мая. Пятью днями раньше ему вручили ноту.", ["2031-05-06", "2031-05-01"]),
    # from a weekday told before
    ("Во вторник министры Ганы и Того встретились в Ломе. Через два дня они подписали меморандум.",
     ["2031-05-13", "2031-05-15"]),
    # weeks give the month of the day reached; months and years, from a month or a year told before
    ("Посла Перу вызвали 2 мая. Неделей позже его выслали.", ["2031-05-02", "2031-05"]),
    ("Договор был подписан в марте 2020 года. Десять лет спустя стороны его расторгли.", ["2020-03", "2030"]),
    ("Переговоры прервались в январе 2029 года. Спустя два месяца они возобновились.", ["2029-01", "2029-03"]),
    ("Переговоры прервались в январе 2029 года. Месяцем позже они возобновились.", ["2029-01", "2029-02"]),
])
def test_a_distance_in_a_story_counts_from_the_time_told_before(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Через два дня стороны подписали протокол.", [None]),  # no time told before: not two days after the paper
    ("Спустя три года стороны восстановили отношения.", [None]),
    ("Двумя днями позже посла выслали.", [None]),
    ("Консультации начались 2 мая.\n\nОбсуждалась граница.\n\nЧерез два дня стороны подписали протокол.",
     ["2031-05-02", None]),  # two paragraphs on: that day is no longer the story's
    ("Консультации начались 2 мая. Через неделю после консультаций стороны подписали протокол.",
     ["2031-05-02", None]),  # from another event
    ("Посла Перу вызвали в марте 2029 года. Двумя днями позже его выслали.", ["2029-03", None]),  # no day to count from
])
def test_a_distance_in_a_story_with_nothing_to_count_from_is_unknown(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Консультации начались 2 мая. Через два дня министр посетит Лиму.", ["2031-05-02", "2031-05-16"]),
    ("Через неделю состоится новый раунд переговоров.", ["2031-05"]),
    ("Через два дня в Аккре открывается саммит.", ["2031-05-16"]),
    # an aim told by an infinitive nearer than the past verb lies ahead of the paper
    ("Министры Ганы и Того договорились встретиться через месяц.", ["2031-06"]),
    ("Посол пообещал вернуться в Аккру через два дня.", ["2031-05-16"]),
])
def test_through_in_a_clause_not_of_the_past_counts_from_the_paper(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Посла Ганы выслали в пятницу. Днём ранее, в четверг, его вызвали в МИД.", ["2031-05-09", "2031-05-08"]),
    ("Посла Ганы вызвали 12 мая. На следующий день, во вторник, ему вручили ноту.", ["2031-05-12", "2031-05-13"]),
    ("Посла Ганы вызвали 12 мая. Спустя два дня, в среду, его выслали.", ["2031-05-12", "2031-05-14"]),
])
def test_a_weekday_in_apposition_to_a_relative_day_is_one_expression(text, want):
    found = find_timexes(text, PAPER)
    assert [t.date.iso() for t in found] == want
    assert "," in found[-1].text  # the relative day and its weekday are one span


@pytest.mark.parametrize(("text", "want"), [
    # the same day: "в тот день", "в тот же вечер", "в то же утро", "тем же вечером", "тем же днём"
    ("Посла Ганы вызвали 5 мая. В тот день ему вручили ноту.", ["2031-05-05", "2031-05-05"]),
    ("Посла Ганы вызвали 5 мая. В тот же вечер ему вручили ноту.", ["2031-05-05", "2031-05-05"]),
    ("Посла Ганы вызвали 5 мая. В то же утро ему вручили ноту.", ["2031-05-05", "2031-05-05"]),
    ("Посла Ганы вызвали 5 мая. Тем же вечером ему вручили ноту.", ["2031-05-05", "2031-05-05"]),
    ("Посла Ганы вызвали 5 мая. Тем же днём ему вручили ноту.", ["2031-05-05", "2031-05-05"]),
    # the day after: "на следующее утро", "на следующий вечер", "наутро", "назавтра"
    ("Посла Ганы вызвали 5 мая. На следующее утро его выслали.", ["2031-05-05", "2031-05-06"]),
    ("Посла Ганы вызвали 5 мая. На следующий вечер его выслали.", ["2031-05-05", "2031-05-06"]),
    ("Посла Ганы вызвали в понедельник. Наутро его выслали.", ["2031-05-12", "2031-05-13"]),
    ("Посла Ганы вызвали в понедельник, а назавтра выслали.", ["2031-05-12", "2031-05-13"]),
])
def test_the_same_day_and_the_next_in_every_wording(text, want):
    assert _dates(text) == want


@pytest.mark.parametrize("text", [
    "Посла Ганы вызвали 5 мая. В тот день, когда начались учения, его выслали.",  # the day of the clause after it
    "Посла Ганы вызвали 5 мая. Его выслали в тот день когда начались учения.",
])
def test_that_day_of_a_clause_is_not_the_day_told_before(text):
    assert not any(t.text.lower().startswith("в тот день") for t in find_timexes(text, PAPER))


@pytest.mark.parametrize(("text", "span"), [
    ("Со вторника по четверг в Аккре шли консультации.", "Со вторника по четверг"),
    ("С понедельника по среду в Аккре шли консультации.", "С понедельника по среду"),
    ("В понедельник-вторник в Аккре прошли консультации.", "В понедельник-вторник"),
    ("Во вторник – среду в Аккре прошли консультации.", "Во вторник – среду"),
])
def test_a_range_of_weekdays_is_one_expression_of_its_first_day(text, span):
    found = find_timexes(text, PAPER)
    assert [(t.text, t.relation) for t in found] == [(span, "at")]
    first = {"С": 0, "Со": 1, "В": 0, "Во": 1}[span.split()[0]]  # Monday or Tuesday of the paper's week
    assert datetime.date.fromisoformat(found[0].date.iso()).weekday() == first


def test_a_weekday_after_po_with_no_weekday_before_is_no_time():
    assert find_timexes("Работа комиссии продлена по четверг.", PAPER) == []


@pytest.mark.parametrize(("text", "want"), [
    # the day counted from the day told before is that weekday: that day, not the weekday nearest the paper
    ("Посла Ганы вызвали 1 мая. Днём позже, в пятницу, его выслали.", ["2031-05-01", "2031-05-02"]),
    ("Посла Ганы вызвали 1 мая. На следующий день, в пятницу, его выслали.", ["2031-05-01", "2031-05-02"]),
    ("Посла Ганы выслали 2 мая. Днём ранее, в четверг, его вызвали в МИД.", ["2031-05-02", "2031-05-01"]),
    # the weekday does not agree with the day counted: the weekday's own reading
    ("Посла Ганы вызвали 1 мая. На следующий день, в понедельник, его выслали.", ["2031-05-01", "2031-05-12"]),
])
def test_a_weekday_in_apposition_takes_the_counted_day_it_agrees_with(text, want):
    assert _dates(text) == want
