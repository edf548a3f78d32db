"""Undated acts told as background of a report stay undated (invented news): an act its verb tells done already
(``уже направило ноту``) took place some day before the telling, which the text does not give."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(lima_news):
    return lambda text, published="2024-05-17": lima_news(text, published).events


@pytest.mark.parametrize("text, type_", [
    ("Министр иностранных дел Чили в пятницу заявил, что Сантьяго не согласен с решением Перу. По его словам, "
     "посольство Чили в Лиме уже направило перуанской стороне ноту протеста.", "PROTEST"),
    ("Представитель МИД Эквадора сообщил, что Кито уже выразил решительный протест Боливии.", "PROTEST"),
    ("Как отметил дипломат, Асунсьон уже заявил решительные представления уругвайской стороне.", "PROTEST"),
    # a day of the telling is not the act's: done before it
    ("Официальный представитель МИД Перу в четверг заявил, что Лима уже направила Сантьяго ноту протеста.",
     "PROTEST"),
    ("Официальный представитель МИД Эквадора в тот же день заявил, что эквадорская сторона уже выразила "
     "колумбийской стороне решительный протест.", "PROTEST"),
])
def test_an_act_done_already_is_undated(events, text, type_):
    evs = [e for e in events(text) if e.type == type_]
    assert evs and all(e.date == PartialDate() for e in evs)


def test_already_of_a_time_is_no_earlier_act(events):
    (agree,) = [e for e in events("Чили и Перу договорились провести переговоры уже в июне.") if e.type == "AGREE"]
    assert agree.date == PartialDate(2024, 5, 17)


@pytest.mark.parametrize("text, type_", [
    ("Боливия отклонила это предложение, ссылаясь на постановление суда от марта 2021 года.", "REJECT"),
    ("Эквадор отверг требование Перу, сославшись на соглашение от 12 июня 2019 года.", "REJECT"),
    ("Парагвай выслал уругвайского дипломата, сославшись на указ президента от 3 апреля 2023 года.", "SANCTION"),
])
def test_the_date_of_a_paper_cited_is_not_the_acts(events, text, type_):
    evs = [e for e in events(text) if e.type == type_]
    assert evs and all(e.date == PartialDate(2024, 5, 17) for e in evs)


def test_a_paper_told_as_the_act_keeps_its_date(events):
    evs = [e for e in events("Эквадор отверг требование Перу, сославшись на соглашение от 12 июня 2019 года.")
           if e.type == "AGREE"]
    assert [e.date for e in evs] == [PartialDate(2019, 6, 12)]


@pytest.mark.parametrize("text, type_", [
    ("«Это грубое нарушение решения Международного трибунала по морскому праву 2016 года», — заявил министр "
     "иностранных дел Эквадора на брифинге.", "ACCUSE"),
    ("«Задержание судна — грубое нарушение соглашения о рыболовстве 2019 года», — заявил министр иностранных дел "
     "Перу.", "ACCUSE"),
])
def test_the_year_of_a_ruling_named_after_the_act_is_not_the_acts(events, text, type_):
    evs = [e for e in events(text) if e.type == type_]
    assert evs and all(e.date.year != 2016 and e.date.year != 2019 for e in evs)


def test_a_bare_year_after_the_act_with_no_ruling_between_still_dates_it(events):
    evs = [e for e in events("Саммит Андского сообщества 2023 года принял решение о расширении.")
           if e.type == "CONSULT"]
    assert [e.date for e in evs] == [PartialDate(2023)]
