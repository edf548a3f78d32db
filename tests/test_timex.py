"""Tables for time expressions (``khronika.timex``) and the time stage.  No models: fast."""
import pytest

from khronika.records import Document, PartialDate, Timex
from khronika.stages.time import TimeStage
from khronika.timex import find_timexes

MONDAY = PartialDate(2017, 3, 20)  # the anchor: Monday, 20 March 2017
UNKNOWN = PartialDate()


def only(text: str, anchor: PartialDate) -> Timex:
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.stop] == t.text
    return t


def show(t: Timex):
    return t.text, t.date.iso(), t.anchor, t.relation


# --- absolute: the text gives the year; the anchor does not matter ------------------------------

@pytest.mark.parametrize("text, span, iso", [
    ("Соглашение подписали 14 мая 2016 года в Вене.", "14 мая 2016 года", "2016-05-14"),
    ("Соглашение подписали 14-го мая 2016 г. в Вене.", "14-го мая 2016 г.", "2016-05-14"),
    ("Завод закрыли в октябре 2012 года.", "в октябре 2012 года", "2012-10"),
    ("Во время кризиса в 2009 году цены упали.", "в 2009 году", "2009"),
    ("Протокол от 03.11.15 утратил силу.", "от 03.11.15", "2015-11-03"),
    ("Протокол от 03.11.2015 утратил силу.", "от 03.11.2015", "2015-11-03"),
    ("Сводка на 2016-08-09 опубликована.", "2016-08-09", "2016-08-09"),
    ("Отметка 2016-08-09T14:30:00+03:00 в журнале.", "2016-08-09T14:30:00+03:00", "2016-08-09"),
    ("Первые переговоры прошли в феврале 2011 года.", "в феврале 2011 года", "2011-02"),
    ("Реформу начали в начале 2013 года.", "в начале 2013 года", "2013"),
    ("Он был послом в 2008-м.", "в 2008-м", "2008"),
    ("Он был послом в 2008-м году.", "в 2008-м году", "2008"),
    ("Завод работал в 2011–2013 годах.", "в 2011–2013 годах", "2011"),
    ("Отчёт за 2015 год готов.", "за 2015 год", "2015"),
    ("Весной 2012 года начался ремонт.", "Весной 2012 года", "2012"),
    ("Встречу отложили на апрель 2014 года.", "на апрель 2014 года", "2014-04"),
])
@pytest.mark.parametrize("anchor", [MONDAY, UNKNOWN], ids=["anchored", "unanchored"])
def test_timex_absolute(text, span, iso, anchor):
    assert show(only(text, anchor)) == (span, iso, "absolute", "at")


@pytest.mark.parametrize("text, year", [("Акт от 11.04.08.", 2008), ("Акт от 11.04.98.", 1998)])
def test_timex_two_digit_years(text, year):
    assert only(text, UNKNOWN).date.year == year


# --- partial: a day or month without a year ----------------------------------------------------

@pytest.mark.parametrize("text, span, iso", [
    ("Делегация прилетела 20 марта.", "20 марта", "2017-03-20"),
    ("Делегация прилетела 2 марта.", "2 марта", "2017-03-02"),
    ("Встреча прошла 15 апреля.", "15 апреля", "2017-04-15"),  # within a month after the anchor
    ("Встреча прошла 25 апреля.", "25 апреля", "2016-04-25"),  # more than a month after: last year
    ("Указ подписан 28 декабря.", "28 декабря", "2016-12-28"),
    ("Указ подписан 29 февраля.", "29 февраля", "2016-02-29"),  # 2017 has no 29 February
    ("Выставка открылась в ноябре.", "в ноябре", "2016-11"),  # after March: the year before
    ("Выставка открылась в марте.", "в марте", "2017-03"),
    ("Выставка открылась в январе.", "в январе", "2017-01"),
    ("Сделку закрыли в конце сентября.", "в конце сентября", "2016-09"),
    ("Сделку закрыли в середине февраля.", "в середине февраля", "2017-02"),
    # a verb in the future tense, with no cue word, puts the month ahead
    ("Выставка откроется в ноябре.", "в ноябре", "2017-11"),
    ("Стороны подпишут соглашение в январе.", "в январе", "2018-01"),
    ("Стороны подписали соглашение в январе.", "в январе", "2017-01"),
    # the month or season something is set for or moved to
    ("Визит перенесли на декабрь.", "на декабрь", "2017-12"),
    ("Саммит намечен на ноябрь.", "на ноябрь", "2017-11"),
])
def test_timex_partial_with_anchor(text, span, iso):
    assert show(only(text, MONDAY)) == (span, iso, "document", "at")


@pytest.mark.parametrize("text", [
    "Делегация прилетела 20 марта.", "Выставка открылась в ноябре.", "Сделку закрыли в конце сентября.",
])
def test_timex_partial_never_invents_a_year(text):
    t = only(text, UNKNOWN)
    assert (t.date, t.anchor) == (UNKNOWN, "none")


@pytest.mark.parametrize("anchor, text, iso", [
    (PartialDate(2017), "Делегация прилетела 20 декабря.", "2017-12-20"),  # a year-only anchor: its year
    (PartialDate(2017, 3), "Делегация прилетела 30 марта.", "2017-03-30"),  # a month anchor: its last day
    (PartialDate(2017, 3), "Выставка открылась в ноябре.", "2016-11"),
    (PartialDate(2017), "Об этом сообщили вчера.", None),  # a day-relative word needs the day
    (PartialDate(2017, 3), "Переговоры прошли в субботу.", None),
])
def test_timex_anchor_precision(anchor, text, iso):
    t = only(text, anchor)
    assert t.date.iso() == iso
    assert t.anchor == ("document" if iso else "none")


# --- relative to the anchor --------------------------------------------------------------------

@pytest.mark.parametrize("text, span, iso", [
    ("Сегодня парламент проголосовал.", "Сегодня", "2017-03-20"),
    ("Вчера парламент проголосовал.", "Вчера", "2017-03-19"),
    ("Позавчера парламент проголосовал.", "Позавчера", "2017-03-18"),
    ("Завтра парламент проголосует.", "Завтра", "2017-03-21"),
    ("Вчера вечером парламент проголосовал.", "Вчера вечером", "2017-03-19"),
    ("Накануне премьер отправил правительство в отставку.", "Накануне", "2017-03-19"),
    ("Парламент проголосовал в субботу.", "в субботу", "2017-03-18"),
    ("Парламент проголосовал в понедельник.", "в понедельник", "2017-03-20"),  # the anchor's own day
    ("Парламент проголосовал во вторник.", "во вторник", "2017-03-14"),
    ("Парламент проголосовал в прошлую пятницу.", "в прошлую пятницу", "2017-03-17"),
    ("Парламент соберётся в следующую среду.", "в следующую среду", "2017-03-29"),
    ("Парламент соберётся в ближайшую среду.", "в ближайшую среду", "2017-03-22"),
    ("Акции подешевели на прошлой неделе.", "на прошлой неделе", "2017-03"),  # 13-19 March
    ("Акции подешевели на этой неделе.", "на этой неделе", "2017-03"),  # 20-26 March
    ("Акции подешевеют на следующей неделе.", "на следующей неделе", "2017"),  # 27 March - 2 April
    ("Акции подешевели в минувшие выходные.", "в минувшие выходные", "2017-03"),
    ("Налог ввели в прошлом году.", "в прошлом году", "2016"),
    ("Налог ввели в этом году.", "в этом году", "2017"),
    ("Налог ввели в текущем году.", "в текущем году", "2017"),
    ("Налог введут в следующем году.", "в следующем году", "2018"),
    ("Налог ввели в позапрошлом году.", "в позапрошлом году", "2015"),
    ("Налог ввели в прошлом месяце.", "в прошлом месяце", "2017-02"),
    ("Налог ввели в марте прошлого года.", "в марте прошлого года", "2016-03"),
    ("Налог ввели 20 марта прошлого года.", "20 марта прошлого года", "2016-03-20"),
    ("Налог ввели в середине июня текущего года.", "в середине июня текущего года", "2017-06"),
    ("Налог введут во второй половине текущего года.", "во второй половине текущего года", "2017"),
    ("Налог введут летом этого года.", "летом этого года", "2017"),
    ("Налог ввели прошлым летом.", "прошлым летом", "2016"),
    ("Налог ввели летом.", "летом", "2016"),  # summer has not come by March: last year's
    ("Налог ввели в конце прошлого года.", "в конце прошлого года", "2016"),
    ("Налог ввели три года назад.", "три года назад", "2014"),
    ("Налог ввели 5 дней назад.", "5 дней назад", "2017-03-15"),
    ("Налог ввели месяц назад.", "месяц назад", "2017-02"),
    ("Налог введут через два года.", "через два года", "2019"),
])
def test_timex_relative_with_anchor(text, span, iso):
    assert show(only(text, MONDAY)) == (span, iso, "document", "at")


@pytest.mark.parametrize("text", [
    "Вчера парламент проголосовал.", "Накануне премьер отправил правительство в отставку.",
    "Акции подешевели на прошлой неделе.", "Налог ввели в прошлом году.", "Налог ввели в прошлом месяце.",
    "Налог ввели в середине июня текущего года.", "Налог введут летом этого года.",
    "Налог ввели три года назад.",
])
def test_timex_relative_without_anchor_is_unknown(text):
    t = only(text, UNKNOWN)
    assert (t.date, t.anchor) == (UNKNOWN, "none")


@pytest.mark.parametrize("text, weekday", [
    ("Переговоры прошли в субботу.", 5),
    ("Во вторник переговоры продолжились.", 1),
    ("Переговоры прошли в прошлое воскресенье.", 6),
])
def test_timex_weekday_without_anchor(text, weekday):
    t = only(text, UNKNOWN)
    assert t.date == PartialDate(weekday=weekday)
    assert (t.date.precision, t.date.iso(), t.anchor) == ("weekday", None, "none")


@pytest.mark.parametrize("text, iso", [
    ("Переговоры пройдут в субботу.", "2017-03-25"),  # a future cue: the next Saturday
    ("В субботу состоится саммит.", "2017-03-25"),
    ("Форум пройдёт в ноябре.", "2017-11"),
    ("Форум пройдёт в феврале.", "2018-02"),
    ("Форум пройдёт 25 апреля.", "2017-04-25"),
    ("Ответ ждут до пятницы.", "2017-03-24"),  # a deadline looks forward
    ("Форум прошёл в ноябре, а саммит состоится в субботу.", "2016-11"),  # the cue is in another clause
    ("Будет полезно обсудить итоги прошедшей 18 марта встречи.", "2017-03-18"),  # the nearer cue is past
    ("Сессия, которая открылась в субботу, будет продолжена.", "2017-03-18"),
    ("Стороны могут смягчить позиции после встречи в июле.", "2017-07"),  # a modal verb: what may happen
    ("Делегация должна прибыть в ноябре.", "2017-11"),
    ("Делегация должна была прибыть в ноябре.", "2016-11"),  # the nearer cue is past
])
def test_timex_future_cue(text, iso):
    assert find_timexes(text, MONDAY)[0].date.iso() == iso


# --- decades, ranges, relations ------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("Завод построили в 1980-х.", "в 1980-х"),
    ("Завод построили в 80-х годах.", "в 80-х годах"),
    ("Завод построили в начале 1980-х годов.", "в начале 1980-х годов"),
])
def test_timex_decade_is_found_but_undated(text, span):
    t = only(text, MONDAY)
    assert (t.text, t.date, t.anchor) == (span, UNKNOWN, "absolute")


@pytest.mark.parametrize("text, span, iso, how", [
    ("Учения прошли 20–22 марта.", "20–22 марта", "2017-03-20", "document"),
    ("Учения прошли 6-8 сентября 2015 года.", "6-8 сентября 2015 года", "2015-09-06", "absolute"),
    ("Учения прошли с 6 по 8 сентября 2015 года.", "с 6 по 8 сентября 2015 года", "2015-09-06", "absolute"),
    ("Учения шли с 28 августа по 3 сентября 2015 года.", "с 28 августа по 3 сентября 2015 года",
     "2015-08-28", "absolute"),
    ("Учения шли с 2010 по 2012 год.", "с 2010 по 2012 год", "2010", "absolute"),
    ("Учения шли с 2010 года до 2012 года.", "с 2010 года до 2012 года", "2010", "absolute"),
    ("Учения шли с мая по июль 2015 года.", "с мая по июль 2015 года", "2015-05", "absolute"),
])
def test_timex_ranges_give_the_start(text, span, iso, how):
    assert show(only(text, MONDAY)) == (span, iso, how, "at")


@pytest.mark.parametrize("text, span, iso, relation", [
    ("Мораторий продлят до 2020 года.", "до 2020 года", "2020", "before"),
    ("Мораторий действует с 2014 года.", "с 2014 года", "2014", "after"),
    ("Мораторий действует начиная с 2014 года.", "начиная с 2014 года", "2014", "after"),
    ("Мораторий отменят к 2020 году.", "к 2020 году", "2020", "before"),
    ("Мораторий ввели после 2014 года.", "после 2014 года", "2014", "after"),
    ("Ответ дадут не позднее 1 апреля 2017 года.", "не позднее 1 апреля 2017 года", "2017-04-01", "before"),
    ("Мораторий продлят до конца года.", "до конца года", "2017", "before"),
    ("Мораторий действует с понедельника.", "с понедельника", "2017-03-20", "after"),
])
def test_timex_relation(text, span, iso, relation):
    t = only(text, MONDAY)
    assert (t.text, t.date.iso(), t.relation) == (span, iso, relation)


# --- overlaps and false positives ----------------------------------------------------------------

@pytest.mark.parametrize("text, spans", [
    ("Договор подписан 20 марта 2015 года.", ["20 марта 2015 года"]),  # not "2015 года" alone
    ("Визит состоялся в начале мая прошлого года.", ["в начале мая прошлого года"]),
    ("Это было в понедельник, 13 марта 2017 года, в Минске.", ["в понедельник, 13 марта 2017 года"]),  # one day
    ("Вчера, 19 марта, стороны подписали меморандум.", ["Вчера", "19 марта"]),
    ("В 2014 году и в марте 2015 года санкции расширили.", ["В 2014 году", "в марте 2015 года"]),
])
def test_timex_longest_match_without_overlaps(text, spans):
    found = find_timexes(text, MONDAY)
    assert [t.text for t in found] == spans
    assert all(a.stop <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text", [
    "Прямая трансляция началась.",  # "мая" inside a word
    "Завтрак подали в отель.",  # "завтра" inside a word
    "Счёт 2+2 устроил всех.",
    "Встреча длилась 3 часа 15 минут.",
    "Первый раунд переговоров завершён.",
    "Товарооборот вырос в 2 раза.",
    "Экспорт вырос в 2015 раз.",
    "Марта Иванова прилетела в Марсель.",  # a name, not a month
    "Накануне визита министр дал интервью.",  # the eve of the visit, not the day before
    "Накануне выборов партия сменила лидера.",
    "Мост стоит 25 лет, а на складе 2017 ящиков.",
    "Версия 1.12.16 вышла; адрес 10.11.12.13.",
    "В течение года цены росли.",  # a duration, not this year
    "Выходные данные книги утеряны.",
])
def test_timex_false_positives(text):
    assert find_timexes(text, MONDAY) == []


@pytest.mark.parametrize("text", [
    "Накануне министр заявил о переговорах.",
    "Накануне стало известно о переговорах.",
    "Накануне вечером министр прилетел.",
    "Накануне перуанская сторона направила ноту.",  # an adjective in the nominative, no genitive
])
def test_timex_nakanune_as_the_day_before(text):
    assert only(text, MONDAY).date.iso() == "2017-03-19"


# --- the stage ----------------------------------------------------------------------------------

def _doc(text: str, published: PartialDate = MONDAY) -> Document:
    return Document(id="d:test", path="t.txt", raw=text, text=text, published=published)


def test_timex_stage_fills_timexes():
    stage = TimeStage()
    assert (stage.name, stage.requires, stage.provides) == ("time", frozenset({"text", "published"}),
                                                            frozenset({"timexes"}))
    doc = stage(_doc("Вчера министры встретились. В 2014 году соглашение подписали."))
    assert [show(t) for t in doc.timexes] == [("Вчера", "2017-03-19", "document", "at"),
                                              ("В 2014 году", "2014", "absolute", "at")]
    assert stage(_doc("Переговоры прошли в субботу.", UNKNOWN)).timexes[0].date == PartialDate(weekday=5)


@pytest.mark.parametrize("text, iso", [
    ("Министры встречаются в среду в Токио.", "2016-04-20"),  # present tense: the coming Wednesday
    ("В среду министры подпишут соглашение.", "2016-04-20"),
    ("Министр заявил в среду, что визит отменен.", "2016-04-13"),  # past tense: the Wednesday before
    ("В среду министры встретились.", "2016-04-13"),
    ("Переговоры в среду.", "2016-04-13"),  # no verb: as before, the last Wednesday
])
def test_weekday_with_a_present_or_future_verb_lies_ahead(text, iso):
    (t,) = find_timexes(text, PartialDate(2016, 4, 18))  # a Monday
    assert t.date.iso() == iso


@pytest.mark.parametrize("text, iso", [
    ("Саммит планировалось провести в декабре, но его перенесли.", "2026-12"),
    ("Саммит прошел в декабре.", "2025-12"),
    ("Министры проведут встречу в понедельник.", "2026-11-23"),
    ("Министры провели в понедельник встречу.", "2026-11-16"),
])
def test_timex_a_plan_in_the_past_tense_and_a_meeting_noun_look_ahead_or_back(text, iso):
    assert only(text, PartialDate(2026, 11, 20)).date.iso() == iso


@pytest.mark.parametrize("text, told", [
    ("В пятницу Кито предложил созвать комиссию. На следующий день Лима ответила отказом.", "2026-11-21"),
    ("14 ноября министры встретились в Кито. В тот же день посол вручил ноту.", "2026-11-14"),
    ("Во вторник, 17 ноября, министры встретились. Ранее в этот же день их принял президент.", "2026-11-17"),
])
def test_timex_the_same_or_the_next_day_is_told_by_the_day_before_it(text, told):
    assert find_timexes(text, PartialDate(2026, 11, 22))[-1].date.iso() == told


@pytest.mark.parametrize("text", [
    "В тот же день посол вручил ноту.",  # no day told before
    "В 2019 году министры встретились. На следующий день посол вручил ноту.",  # a year is no day
    "В пятницу министры встретились.\n\nДругое.\n\nЕще другое.\nВ тот же день посол вручил ноту.",  # paragraphs away
])
def test_timex_the_same_day_without_a_day_told_just_before_stays_unknown(text):
    last = find_timexes(text, PartialDate(2026, 11, 22))[-1]
    assert last.text.lower().endswith("день") and last.date == PartialDate() and last.anchor == "none"


@pytest.mark.parametrize("text", ["Звонок состоялся через три дня после того, как Чили отозвало посла.",
                                  "Инцидент в Андах произошел всего через неделю после переговоров."])
def test_a_distance_from_another_event_is_not_counted_from_the_document(text):
    (x,) = find_timexes(text, PartialDate(2031, 3, 12))
    assert x.date == PartialDate() and x.anchor == "none"
    (ahead,) = find_timexes("Переговоры пройдут через три дня.", PartialDate(2031, 3, 12))
    assert ahead.date == PartialDate(2031, 3, 15)


def test_a_weekday_told_beside_its_date_is_that_date():
    wednesday = PartialDate(2031, 3, 5)
    for text in ("Министры встретились в понедельник, 24 февраля, в Лиме.", "в понедельник 24 февраля",
                 "В понедельник, 24.02.2031, прошли консультации."):
        (t,) = find_timexes(text, wednesday)
        assert t.date == PartialDate(2031, 2, 24) and t.text.lower().startswith("в понедельник"), text
    found = find_timexes("Встреча пройдет в первых числах апреля.", wednesday)
    assert [(t.text, t.date) for t in found] == [("в первых числах апреля", PartialDate(2031, 4))]


# "на конец ноября", a plan's time in the accusative ("перенесен на конец ноября"): the month, as "на начало апреля"
# is (paper of Thursday 28 January 2027; invented sentences)
@pytest.mark.parametrize(("text", "want"), [
    ("Визит премьера Чили в Лиму перенесен на конец ноября.", [("на конец ноября", "2027-11")]),
    ("Сессия комиссии, запланированная на конец мая 2027 года, отложена.", [("на конец мая 2027 года", "2027-05")]),
])
def test_the_end_of_a_month_in_the_accusative(text, want):
    assert [(x.text, x.date.iso()) for x in find_timexes(text, PartialDate(2027, 1, 28))] == want
