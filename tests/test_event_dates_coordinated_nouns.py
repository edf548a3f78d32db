"""An act's noun coordinated with another noun (``объявил о заморозке активов и запрете на въезд``) is dated by the
time the sentence gives the two (``events/clause_date.first_conjunct``), not by the day of publication.  Invented news
of other countries and wording."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, word, date", [
    # a weekday before the verb, "о … и о …" with the locative
    ("2024-05-18", "ЛИМА, 18 мая. Перу в пятницу объявило о заморозке активов трех чилийских компаний и запрете на "
                   "въезд для их директоров.", "запрет", PartialDate(2024, 5, 17)),
    # "накануне", another pair of nouns
    ("2024-05-18", "ЛИМА, 18 мая. Накануне Перу объявило о высылке двух чилийских дипломатов и закрытии консульства "
                   "в Арике.", "закрытии", PartialDate(2024, 5, 17)),
    # "вчера", the accusative after a verb of imposing
    ("2024-05-18", "ВИЛЬНЮС, 18 мая. Вчера Литва ввела ограничения на импорт и запрет на въезд для пяти белорусских "
                   "чиновников.", "запрет", PartialDate(2024, 5, 17)),
    # no time in the sentence: the day of publication
    ("2024-05-18", "ЛИМА, 18 мая. Перу объявило о заморозке активов трех чилийских компаний и запрете на въезд для их "
                   "директоров.", "запрет", PartialDate(2024, 5, 18)),
])
def test_a_coordinated_act_noun_takes_the_pairs_time(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]
