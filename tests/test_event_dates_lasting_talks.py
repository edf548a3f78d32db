"""Talks told as running since a day (``Переговоры, продолжавшиеся с понедельника, …``) are not dated by one day of
them told later (``министр, принявший обе делегации во вторник``): that is another sitting, a meeting of its own, and
what the talks agreed, told before it, stays of the day the report gives; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

TEXT = ("Найроби, 19 ноября 2026. В Найроби в четверг завершилось третье заседание комиссии Ганы и Того по обмену "
        "пленными. Переговоры, продолжавшиеся с понедельника, прошли под эгидой Африканского союза. По итогам "
        "заседания стороны договорились об освобождении 120 пленных. Министр иностранных дел Кении Джон Мутуа, "
        "принявший обе делегации во вторник, подтвердил готовность Найроби и впредь предоставлять площадку для "
        "переговоров.")


@pytest.fixture(scope="module")
def told(read_news):
    return read_news(TEXT).events


def test_the_agreement_keeps_the_day_of_the_report(told):
    assert [e.date.iso() for e in told if e.type == "AGREE"] == ["2026-11-19"]


def test_a_reception_on_one_day_of_the_talks_is_a_meeting_of_its_own(told):
    days = sorted(e.date.iso() for e in told if e.type == "CONSULT")
    assert "2026-11-17" in days and days.count("2026-11-19") >= 2
