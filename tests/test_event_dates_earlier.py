"""A time expression of a later clause that tells an earlier occasion (``последний раз они встречались в …``,
``ранее стороны виделись в …``) is not the date of the meeting the sentence is about (invented news)."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(lima_news):
    return lambda text, published="2024-05-17": lima_news(text, published).events


@pytest.mark.parametrize("text, earlier", [
    ("Министры Чили и Перу провели встречу в Кито. Это первая встреча министров за три года: последний раз они "
     "собирались в марте 2021 года в Боготе.", PartialDate(2021, 3)),
    ("Президенты Боливии и Парагвая провели переговоры в Асунсьоне. Это первые переговоры лидеров после долгого "
     "перерыва: в последний раз они виделись в 2019 году в Ла-Пасе.", PartialDate(2019)),
    ("Послы Уругвая и Эквадора провели консультации в Монтевидео. Это первые консультации послов, ранее они "
     "встречались осенью 2020 года.", PartialDate(2020)),
])
def test_the_time_of_an_earlier_occasion_does_not_date_the_meeting(events, text, earlier):
    assert all(e.date != earlier for e in events(text) if e.type == "CONSULT")


def test_the_expressions_own_word_of_the_past_is_no_earlier_occasion(events):
    evs = events("На прошлой неделе Канада ввела очередной пакет санкций против Венесуэлы; МИД Венесуэлы "
                 "заявил протест канадскому послу.")
    sanctions = [e for e in evs if e.type == "SANCTION" and "протест" not in e.trigger]
    assert sanctions and all(e.date == PartialDate(2024, 5) for e in sanctions)
