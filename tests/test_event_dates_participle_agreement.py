"""A participial clause of taking place dates its meeting noun (``events/clause_date.py``) however the tagger reads
the participle's case where the nominative and the accusative are one form (``Переговоры …, прошедшие позавчера``), a
plural participle having no gender, and after a list of the sides set off by commas (``саммита Японии, Китая и
Кореи, прошедшего …``).  Invented news of other countries, documents of different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, word, date", [
    # plural, "позавчера": the tagger reads the participle as an accusative
    ("2026-11-30", "МАНИЛА, 30 ноября. Переговоры министров Перу и Чили, прошедшие позавчера в Лиме, завершились "
                   "подписанием меморандума.", "Переговоры", PartialDate(2026, 11, 28)),
    # a list of three sides before the comma, masculine genitive
    ("2026-11-30", "ТОКИО, 30 ноября. Через два дня после трехстороннего саммита Египта, Иордании и Ирака, прошедшего "
                   "позавчера в Каире, Амман и Багдад обменялись упреками.", "саммита", PartialDate(2026, 11, 28)),
    # a list, feminine nominative, a weekday
    ("2026-11-30", "ЛИМА, 30 ноября. Встреча лидеров Перу, Чили и Боливии, состоявшаяся в четверг в Арике, "
                   "завершилась без заявлений.", "Встреча", PartialDate(2026, 11, 26)),
    # a list, plural, planned next: the clause's own day
    ("2026-11-30", "ЛИМА, 30 ноября. Консультации Чили, Перу и Эквадора, проходившие вчера в Кито, продолжатся в "
                   "декабре.", "Консультации", PartialDate(2026, 11, 29)),
    # a neuter noun, its participle tagged masculine in the genitive, where the two have one form
    ("2026-11-30", "ЛИМА, 30 ноября. Перу и Чили договорились открыть границу по итогам заседания совместной комиссии, "
                   "завершившегося в четверг в Такне.", "заседания", PartialDate(2026, 11, 26)),
    # a participle of the diplomats, not of the expulsion: the act of the diplomats' day, the protest of publication
    ("2026-11-30", "ЛИМА, 30 ноября. Перу выразило протест в связи с высылкой двух дипломатов, объявленных в четверг "
                   "персонами нон грата.", "протест", PartialDate(2026, 11, 30)),
])
def test_a_participle_of_taking_place_dates_its_meeting(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]
