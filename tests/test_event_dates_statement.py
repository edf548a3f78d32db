"""An act told as the content of an official statement put out at a time its participle's clause tells (``В коммюнике,
зачитанном во вторник вечером, правительство отвергает …``) took place then, not on the day of publication; a statement
put out at no time told leaves the act dated as any other (``events/no_day.py``).  Invented news of a Thursday, 16 May
2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 16 мая. {text}", "2024-05-16").events


@pytest.mark.parametrize("text, type_, date", [
    ("В коммюнике, зачитанном во вторник вечером по национальному телевидению, правительство Перу решительно "
     "отвергает обвинения Эквадора.", "REJECT", PartialDate(2024, 5, 14)),
    ("В заявлении, распространенном в среду, МИД Боливии осудил действия чилийских пограничников.", "ACCUSE",
     PartialDate(2024, 5, 15)),
    ("В обращении, обнародованном накануне, президент Эквадора призвал Колумбию вернуться к переговорам.", "REQUEST",
     PartialDate(2024, 5, 15)),
])
def test_the_statements_time_dates_its_act(events, text, type_, date):
    found = [e for e in events(text) if e.type == type_]
    assert found and all(e.date == date for e in found)


def test_a_statement_put_out_at_no_time_told_leaves_the_day_of_publication(events):
    found = [e for e in events("В заявлении, распространенном на сайте ведомства, МИД Боливии осудил действия "
                               "чилийских пограничников.") if e.type == "ACCUSE"]
    assert found and all(e.date == PartialDate(2024, 5, 16) for e in found)
