"""A relative clause that tells the trigger noun's act done or its meeting held (``ноту протеста, которую X вручил
послу в понедельник``, ``высылку, о которой МИД объявил во вторник``, ``заседание, которое прошло во вторник``) dates
the event by its own time, not by the time of the verb the noun is the object of (``events/clause_date.py``).  Invented
news of a Friday, 17 May 2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

MONDAY, TUESDAY, THURSDAY = (PartialDate(2024, 5, d) for d in (13, 14, 16))


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 17 мая. {text}", "2024-05-17").events


@pytest.mark.parametrize("text, type_, date", [
    ("МИД Чили в четверг отклонил ноту протеста, которую Лима вручила чилийскому послу в понедельник.", "PROTEST",
     MONDAY),
    ("Министерство иностранных дел Колумбии накануне отвергло протест, который Кито заявил колумбийскому поверенному "
     "во вторник.", "PROTEST", TUESDAY),
    ("Поводом стала высылка перуанского консула, о которой МИД Боливии объявил во вторник.", "SANCTION", TUESDAY),
    ("Президент Уругвая высоко оценил итоги переговоров, которые прошли в понедельник в Монтевидео.", "CONSULT",
     MONDAY),
])
def test_a_relative_clause_of_the_act_dates_it(events, text, type_, date):
    found = [e for e in events(text) if e.type == type_]
    assert found and all(e.date == date for e in found)


def test_a_clause_of_another_noun_does_not(events):
    # the clause describes the incident (its pronoun agrees with it): the protest keeps its own day
    found = [e for e in events("В четверг МИД Чили заявил протест в связи с инцидентом, который произошел в "
                               "понедельник.") if e.type == "PROTEST"]
    assert found and all(e.date == THURSDAY for e in found)
