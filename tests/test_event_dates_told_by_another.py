"""Whose time a time expression is: one in the phrase of an action told as an earlier time (``после их
возобновления в 2022 году``, ``с момента восстановления отношений в 2019 году``) dates that action, not the meeting it
counts from; on sentences written for these tests (published on Friday, 13 November 2026)."""
import pytest

pytestmark = pytest.mark.slow

FRIDAY = "2026-11-13"


@pytest.fixture(scope="module")
def dates(read_news):
    def go(text, kind):
        return [e.date.iso() for e in read_news(text, FRIDAY).events if e.type == kind]
    return go


@pytest.mark.parametrize("text", [
    "Нынешний раунд переговоров Кении и Эфиопии стал седьмым после их возобновления в 2021 году.",
    "Встреча министров Ганы и Того стала первой после восстановления отношений в 2019 году.",
    "Встреча министров Ганы и Того стала первой с момента восстановления отношений в 2019 году.",
    "Это уже пятый раунд консультаций Чили и Боливии с момента их возобновления при посредничестве Бразилии "
    "в 2020 году.",
])
def test_a_year_of_an_action_told_as_a_time_is_not_the_meetings(dates, text):
    assert dates(text, "CONSULT") == [FRIDAY]


def test_a_year_after_a_noun_of_a_state_stays_the_meetings(dates):
    assert dates("Встреча министров Ганы и Того в Аккре прошла после долгой паузы в 2019 году.", "CONSULT") \
        == ["2019"]
