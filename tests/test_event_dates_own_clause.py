"""Whose clause a time expression dates (``events/clause_date.py``; issue 10, item 3): a sentence of two acts, each
in its own clause with its own time, dates each by its own clause's time, whatever the parser hangs on which verb;
a time after a recall's purpose phrase (``для консультаций``) is the recall's.  Invented news of other countries,
documents of different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, first, first_date, second, second_date", [
    # a week, then a weekday: an answer by a noun after "ответил" (its noun may hang on the first verb)
    ("2024-05-16", "ЛИМА, 16 мая. На прошлой неделе Парагвай закрыл консульство в Санта-Крусе, в понедельник Боливия "
                   "ответила закрытием своего консульства в Асунсьоне.", "закрыл", PartialDate(2024, 5),
     "закрытием", PartialDate(2024, 5, 13)),
    ("2024-05-16", "ЛИМА, 16 мая. На прошлой неделе Канада пополнила санкционный список в отношении Никарагуа, во "
                   "вторник Никарагуа ответила запретом на въезд для 20 канадских граждан.", "пополнила",
     PartialDate(2024, 5), "запретом", PartialDate(2024, 5, 14)),
    # two weekdays, a Thursday's document
    ("2024-05-16", "ЛИМА, 16 мая. В понедельник Чили выслала двух боливийских дипломатов, в среду Боливия ответила "
                   "высылкой чилийского консула.", "выслала", PartialDate(2024, 5, 13), "высылкой",
     PartialDate(2024, 5, 15)),
    # a part of a month, then "вчера"
    ("2024-05-16", "ЛИМА, 16 мая. В начале месяца Перу отозвало посла из Кито, вчера Эквадор ответил отзывом своего "
                   "посла из Лимы.", "отозвало", PartialDate(2024, 5), "отзывом", PartialDate(2024, 5, 15)),
    # a Friday's document; an expulsion answered by an expulsion
    ("2024-05-17", "ЛИМА, 17 мая. На прошлой неделе Эквадор выслал колумбийского консула, во вторник Богота ответила "
                   "высылкой двух эквадорских дипломатов.", "выслал", PartialDate(2024, 5), "высылкой",
     PartialDate(2024, 5, 14)),
    # the answer told first in words, the act before it in time; a Tuesday's document
    ("2024-05-14", "ЛИМА, 14 мая. На прошлой неделе Панама закрыла воздушное пространство для колумбийских "
                   "самолетов, в понедельник Богота ответила аналогичным запретом.", "закрыла", PartialDate(2024, 5),
     "ответила", PartialDate(2024, 5, 13)),
])
def test_each_act_of_a_sentence_takes_its_own_clause_time(events, published, text, first, first_date, second,
                                                         second_date):
    found = events(text, published)
    assert _dated(found, first) == [first_date]
    assert _dated(found, second) == [second_date]


@pytest.mark.parametrize("published, text, word, date", [
    # one clause holds the time, a participial or a relative clause the other: the reading of syntax stands
    ("2024-05-16", "ЛИМА, 16 мая. Министры Чили и Перу встретились в среду, 15 мая, и подписали соглашение о "
                   "пограничном сотрудничестве.", "подписали", PartialDate(2024, 5, 15)),
    ("2024-05-16", "ЛИМА, 16 мая. Правительства Чили и Перу во вторник объявили о переносе саммита, который должен "
                   "был пройти в Арике 30 мая.", "саммита", PartialDate(2024, 5, 30)),
    # the time of a clause of its own that is a sentence of another act: not the trigger's
    ("2024-05-16", "ЛИМА, 16 мая. В понедельник Чили выслала двух боливийских дипломатов, Боливия пока не ответила.",
     "выслала", PartialDate(2024, 5, 13)),
])
def test_a_time_of_the_same_clause_or_a_relative_one_keeps_its_reading(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    ("2024-05-17", "ЛИМА, 17 мая. Кито отозвал посла для консультаций 2 апреля после инцидента на границе.",
     "отозвал", PartialDate(2024, 4, 2)),
    # after a story of another day: the recall's own time, not the story's
    ("2024-05-17", "ЛИМА, 17 мая. Посол Эквадора в Перу в среду вернулся в Лиму, сообщил МИД.\n\nКито отозвал посла "
                   "для консультаций 2 апреля после инцидента на границе.", "отозвал", PartialDate(2024, 4, 2)),
    # a subordinate clause after it, with a deed of its own
    ("2024-05-17", "ЛИМА, 17 мая. Гватемала отозвала посла для срочных консультаций 9 апреля после инцидента у "
                   "пограничного поста, где белизские военные задержали трех рыбаков.", "отозвала",
     PartialDate(2024, 4, 9)),
    # passive; a month
    ("2024-05-17", "ЛИМА, 17 мая. Посол Панамы был отозван для консультаций в марте после резких заявлений "
                   "колумбийского министра.", "отозван", PartialDate(2024, 3)),
    # without a purpose phrase: as before
    ("2024-05-17", "ЛИМА, 17 мая. Кито отозвал посла 2 апреля после инцидента на границе.", "отозвал",
     PartialDate(2024, 4, 2)),
])
def test_a_time_after_the_purpose_of_a_recall_is_the_recalls(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]


@pytest.mark.parametrize("published, text, word, date", [
    # after a dated act: before it, on no day the text gives (not the day of publication)
    ("2024-05-17", "ЛИМА, 17 мая. Посла Боливии отозвали для консультаций 2 мая после того, как чилийские "
                   "пограничники задержали 14 боливийских водителей.", "задержали", PartialDate()),
    # the clause opens the sentence
    ("2024-05-17", "ЛИМА, 17 мая. После того как Парагвай закрыл границу, Боливия отозвала своего посла.",
     "закрыл", PartialDate()),
    # the main clause's weekday is not the antecedent's
    ("2024-05-17", "ЛИМА, 17 мая. Переговоры возобновились в понедельник, после того как Каракас согласился "
                   "освободить пленных.", "согласился", PartialDate()),
    # a Wednesday's document; passive
    ("2024-05-15", "ЛИМА, 15 мая. Гайана выслала венесуэльского консула после того, как в ее водах были задержаны "
                   "два рыболовных судна.", "задержаны", PartialDate()),
    # a time of its own: that time
    ("2024-05-17", "ЛИМА, 17 мая. Переговоры возобновились после того, как в воскресенье Каракас освободил пленных.",
     "освободил", PartialDate(2024, 5, 12)),
    ("2024-05-17", "ЛИМА, 17 мая. Чили направила Боливии ноту протеста после того, как 12 мая боливийские военные "
                   "задержали чилийских рыбаков.", "задержали", PartialDate(2024, 5, 12)),
    # a list's commas between its day and its verb do not close the clause
    ("2024-05-17", "ЛИМА, 17 мая. Решение принято после того, как 12 мая в Кито Колумбия, Перу и Эквадор "
                   "подписали трехстороннюю договоренность.", "подписали", PartialDate(2024, 5, 12)),
    # the main act keeps its own reading
    ("2024-05-17", "ЛИМА, 17 мая. Посла Боливии отозвали для консультаций 2 мая после того, как чилийские "
                   "пограничники задержали 14 боливийских водителей.", "отозвали", PartialDate(2024, 5, 2)),
])
def test_what_came_before_the_act_has_no_day_of_its_own(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]
