"""Whose time a time expression is: one in the phrase of an action told as an earlier time (``после
возобновления диалога в 2022 году``, ``с момента восстановления связей в 2019-м``) dates that action, not the meeting it
counts from; one in a participial clause that tells the act's noun done (``на высылку дипломатов, объявленную во
вторник``) dates the act, one of reacting to it (``осужденные в понедельник``) does not; on sentences written for
these tests (published on Friday, 13 November 2026)."""
import pytest

pytestmark = pytest.mark.slow

FRIDAY = "2026-11-13"


@pytest.fixture(scope="module")
def dates(read_news):
    def go(text, kind):
        return [e.date.iso() for e in read_news(text, FRIDAY).events if e.type == kind]
    return go


@pytest.mark.parametrize("text", [
    "Этот раунд консультаций Мексики и Кубы стал третьим после возобновления диалога в 2021 году.",
    "Встреча министров Ганы и Того стала первой после восстановления отношений в 2019 году.",
    "Встреча министров Ганы и Того стала первой с момента восстановления отношений в 2019 году.",
    "Это уже четвертая встреча министров Мексики и Кубы с момента возобновления контактов при содействии "
    "Испании в 2020 году.",
])
def test_a_year_of_an_action_told_as_a_time_is_not_the_meetings(dates, text):
    assert dates(text, "CONSULT") == [FRIDAY]


def test_a_year_after_a_noun_of_a_state_stays_the_meetings(dates):
    assert dates("Встреча министров Ганы и Того в Аккре прошла после долгой паузы в 2019 году.", "CONSULT") \
        == ["2019"]


@pytest.mark.parametrize("text, day", [
    ("Гана выслала двух дипломатов Того. Это ответная мера на высылку трех ганских дипломатов, объявленную "
     "властями Того во вторник.", "2026-11-10"),
    ("Перу ответило на высылку двух перуанских дипломатов, объявленную Чили в понедельник, зеркальной мерой.",
     "2026-11-09"),
])
def test_a_participle_that_tells_the_act_done_dates_it(dates, text, day):
    assert day in dates(text, "SANCTION")


def test_a_participle_of_reacting_to_the_act_does_not_date_it(dates):
    assert dates("Чили ответила на санкции против чилийских банков, осужденные Евросоюзом в понедельник.",
                 "SANCTION") == [FRIDAY]

