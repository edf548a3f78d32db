"""An act told as reported on a day (``Как сообщили накануне в МИД, …``, ``…, сообщил во вторник МИД``) took place that
day, not on the day of publication; a plan told so is not dated by the day of its telling (``events/told.py``; issue
10, item 3).  Invented news of a Thursday, 16 May 2024."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow

TUESDAY, WEDNESDAY, MONDAY = PartialDate(2024, 5, 14), PartialDate(2024, 5, 15), PartialDate(2024, 5, 13)


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(f"ЛИМА, 16 мая. {text}", "2024-05-16").events


@pytest.mark.parametrize("text, trigger, date", [
    ("Как сообщили накануне в МИД Перу, министры обеих стран согласились учредить общую рабочую группу.",
     "согласились", WEDNESDAY),
    ("Чили и Боливия договорились возобновить консультации, сообщили накануне в МИД Чили.", "договорились", WEDNESDAY),
    ("Чили и Боливия договорились возобновить консультации, сообщил во вторник МИД Чили.", "договорились", TUESDAY),
    ("Как заявил в среду представитель МИД Аргентины, Буэнос-Айрес отозвал своего посла из Каракаса.", "отозвал",
     WEDNESDAY),
    ("Уругвай выслал парагвайского дипломата, рассказал вчера журналистам министр иностранных дел Уругвая.", "выслал",
     WEDNESDAY),
    ("Как уточнили в понедельник в правительстве Эквадора, Кито приостановил работу своего консульства в Боготе.",
     "приостановил", MONDAY),
    ("Посол Боливии был вызван в МИД Перу, отметили накануне в ведомстве.", "вызван", WEDNESDAY),
])
def test_an_act_reported_on_a_day_takes_that_day(events, text, trigger, date):
    found = [e for e in events(text) if trigger in e.trigger]
    assert found and all(e.date == date for e in found)


def test_a_plan_is_not_dated_by_the_day_it_was_told(events):
    planned = [e for e in events("Чили и Боливия договорились провести новый раунд консультаций, сообщил во вторник "
                                 "МИД Чили.") if e.factuality == "planned"]
    assert planned and all(e.date.iso() is None or e.date.iso() <= "2024-05-16" for e in planned)


def test_a_day_of_the_act_itself_wins_over_the_day_of_its_report(events):
    found = [e for e in events("Как сообщили в среду в МИД Перу, министры двух стран подписали соглашение в "
                               "понедельник.") if "подписали" in e.trigger]
    assert found and all(e.date == MONDAY for e in found)


def test_a_report_of_the_present_leaves_the_day_of_publication(events):
    found = [e for e in events("Как сообщает МИД Перу, стороны договорились учредить общую рабочую группу.")
             if "договорились" in e.trigger]
    assert found and all(e.date == PartialDate(2024, 5, 16) for e in found)


def test_a_plans_time_is_not_the_day_of_its_telling_across_a_clause(events):
    # the parser hangs "во второй половине марта" on "сообщили", across the clause that tells the plan
    planned = [e for e in events("Как сообщили в чилийском МИД, министры договорились, что второй раунд технических "
                                 "консультаций по демаркации речной границы пройдет в Сантьяго во второй половине "
                                 "марта 2025 года.") if e.factuality == "planned" and e.type == "CONSULT"]
    assert planned and all(e.date == PartialDate(2025, 3) for e in planned)
