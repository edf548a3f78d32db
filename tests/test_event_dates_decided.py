"""An act named by the noun or the infinitive a decision governs (``Решение о высылке атташе было принято накануне``,
``решение о закрытии консульства, принятое во вторник``, ``Вчера X приняла решение отозвать посла …``) was taken when
the decision was: the decision's own time dates it, not the day of publication (``events/when.py``).  Invented news of
a Friday, 17 May 2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 17 мая. {text}", "2024-05-17").events


@pytest.mark.parametrize("text, date", [
    ("Решение о высылке чилийского атташе было принято накануне на заседании правительства Перу.",
     PartialDate(2024, 5, 16)),
    ("Решение о высылке двух колумбийских дипломатов правительство Эквадора приняло во вторник.",
     PartialDate(2024, 5, 14)),
])
def test_the_decisions_time_dates_the_act(events, text, date):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert found and all(e.date == date for e in found)


@pytest.mark.parametrize("text, date", [
    ("Накануне правительство Перу приняло решение выслать двух чилийских дипломатов.", PartialDate(2024, 5, 16)),
    ("Во вторник Богота приняла решение запретить въезд в Колумбию шести чиновникам Эквадора.",
     PartialDate(2024, 5, 14)),
    ("МИД Аргентины в среду объявил о решении отозвать посла из Сантьяго.", PartialDate(2024, 5, 15)),
    ("Решение отозвать посла из Кито правительство Перу приняло в среду.", PartialDate(2024, 5, 15)),
])
def test_the_decisions_time_dates_the_act_its_infinitive_names(events, text, date):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert found and all(e.date == date for e in found)


def test_an_undated_decision_to_act_leaves_the_day_of_publication(events):
    found = [e for e in events("Правительство Перу приняло решение отозвать посла из Кито.") if e.type == "SANCTION"]
    assert found and all(e.date == PartialDate(2024, 5, 17) for e in found)


def test_an_undated_decision_leaves_the_day_of_publication(events):
    found = [e for e in events("Правительство Перу приняло решение о высылке чилийского атташе.")
             if e.type == "SANCTION"]
    assert found and all(e.date == PartialDate(2024, 5, 17) for e in found)


def test_a_decision_prepared_on_a_day_does_not_date_the_act(events):
    # agreed with the president on Tuesday, taken (and announced) on the day of publication: one act of that day
    found = [e for e in events("Правительство Перу объявило персоной нон грата чилийского атташе. По словам источников "
                               "газеты в министерстве, решение о высылке было согласовано с президентом еще во "
                               "вторник.") if e.type == "SANCTION"]
    assert found and all(e.date == PartialDate(2024, 5, 17) for e in found)
