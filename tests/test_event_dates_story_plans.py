"""A story's day goes on past a plan's day (``events/story.py``): a meeting put off from a day (``Встреча, намеченная на
2 мая, была отложена``) or one still ahead (``Следующий раунд пройдет 3 июня``) did not take place, so its day neither
starts nor ends the story of the day before; what the sides did next (``Стороны договорились …``) is of that day.
Invented news of other countries, documents of different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


def _dated(found, word):
    return [e.date for e in found if word in e.trigger]


@pytest.mark.parametrize("published, text, word, date", [
    # a meeting put off from an earlier day, told between the talks and the agreement
    ("2024-05-17", "ЛИМА, 17 мая. Министр иностранных дел Эквадора накануне провел в Кито консультации с заместителем "
                   "министра иностранных дел Колумбии. Встреча, первоначально намеченная на 2 мая в Боготе, была "
                   "отложена по просьбе колумбийской стороны. Стороны договорились возобновить работу совместной "
                   "комиссии.", "договорились", PartialDate(2024, 5, 16)),
    # a session cancelled, another weekday and wording
    ("2024-05-16", "АСУНСЬОН, 16 мая. Во вторник министры Парагвая и Боливии встретились в Асунсьоне. Заседание "
                   "комиссии, которое должно было пройти 20 апреля в Ла-Пасе, было отменено. Министры подписали "
                   "меморандум о транзите газа.", "подписали", PartialDate(2024, 5, 14)),
    # a round still ahead
    ("2024-05-17", "ЛИМА, 17 мая. Во вторник министры Чили и Перу провели переговоры в Арике. Следующий раунд пройдет "
                   "3 июня в Лиме. Стороны подписали меморандум о рыболовстве.", "подписали", PartialDate(2024, 5, 14)),
    # an act of another country after the story: the day of publication, as before
    ("2024-05-17", "ЛИМА, 17 мая. Министр иностранных дел Эквадора накануне провел в Кито консультации с заместителем "
                   "министра иностранных дел Колумбии. Встреча, первоначально намеченная на 2 мая в Боготе, была "
                   "отложена. Бразилия ввела санкции против Венесуэлы.", "санкции", PartialDate(2024, 5, 17)),
])
def test_a_plans_day_does_not_end_the_story(events, published, text, word, date):
    assert _dated(events(text, published), word) == [date]
