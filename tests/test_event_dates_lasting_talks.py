"""Talks told as running since a day (``Переговоры, продолжавшиеся с понедельника, …``) are not dated by one day of
them told later (``премьер, принимавший делегации во вторник``): that is another sitting, a meeting of its own, and
what the talks agreed, told before it, stays of the day the report gives; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow

TEXT = ("Аддис-Абеба, 19 ноября 2026. В Аддис-Абебе в четверг закончился второй раунд консультаций Судана и Чада "
        "о возвращении беженцев. Консультации, шедшие с понедельника, проходили при посредничестве ООН. В "
        "завершение раунда делегации условились о возвращении трехсот беженцев. Премьер-министр Эфиопии Дауит "
        "Алему, встретившийся с главами обеих делегаций во вторник, заявил, что Аддис-Абеба готова и дальше "
        "принимать такие встречи.")


@pytest.fixture(scope="module")
def told(read_news):
    return read_news(TEXT).events


def test_the_agreement_keeps_the_day_of_the_report(told):
    assert [e.date.iso() for e in told if e.type == "AGREE"] == ["2026-11-19"]


def test_a_reception_on_one_day_of_the_talks_is_a_meeting_of_its_own(told):
    days = sorted(e.date.iso() for e in told if e.type == "CONSULT")
    assert "2026-11-17" in days and days.count("2026-11-19") >= 2
