"""A story of a past week (``на прошлой неделе``, ``на позапрошлой неделе``, ``в минувшие выходные``, ``в начале
месяца``) goes on in its paragraph without a time of its own: what it tells next took place in that week too, on no day
the text gives, not on the day of publication (``events/story.py``; issue 10, item 3).  Invented news, documents of
different weekdays."""
import pytest

from khronika.records import PartialDate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("published, text, second, date", [
    # passive, the act told again with another verb; a Friday's document: the week lies in May
    ("2024-05-17", "ЛИМА, 17 мая. На прошлой неделе посла Боливии вызвали в МИД Перу. Ему вручили ноту протеста "
                   "в связи с инцидентом на границе.", "вручили", PartialDate(2024, 5)),
    # a weekend; a short passive participle
    ("2024-05-17", "ЛИМА, 17 мая. В минувшие выходные МИД Парагвая вызвал посла Бразилии. Дипломату была вручена "
                   "нота протеста.", "вручена", PartialDate(2024, 5)),
    # the same actor named by its capital; a week that lies in April and May: its year
    ("2024-05-17", "ЛИМА, 17 мая. На позапрошлой неделе Эквадор отозвал посла из Колумбии. Кито также приостановил "
                   "работу своего консульства в Боготе.", "приостановил", PartialDate(2024)),
    # a meeting, its sides acting
    ("2024-05-17", "ЛИМА, 17 мая. В начале месяца министры Чили и Перу провели переговоры в Арике. Стороны подписали "
                   "соглашение о пограничном сотрудничестве.", "подписали", PartialDate(2024, 5)),
    # a Friday at the start of a month: last week lies in April; a pronoun's act
    ("2024-05-03", "ЛИМА, 3 мая. На прошлой неделе Канада ввела санкции против Никарагуа. Оттава также отозвала "
                   "своего посла из Манагуа.", "отозвала", PartialDate(2024, 4)),
    # a Wednesday: the week before last lies in April (last week: in April and May)
    ("2024-05-08", "ЛИМА, 8 мая. На позапрошлой неделе посла Уругвая вызвали в МИД Аргентины. Дипломату заявили "
                   "решительный протест.", "заявили", PartialDate(2024, 4)),
])
def test_what_a_past_week_tells_next_takes_the_week_not_the_day(events, published, text, second, date):
    found = [e for e in events(text, published) if second in e.trigger]
    assert found and all(e.date == date for e in found)


@pytest.mark.parametrize("published, text, second", [
    # the next paragraph: another story
    ("2024-05-17", "ЛИМА, 17 мая. На прошлой неделе Канада ввела санкции против Венесуэлы.\n\nМинистры Чили и Перу "
                   "провели переговоры в Лиме.", "переговоры"),
    # a stand in the present is of the day of publication
    ("2024-05-17", "ЛИМА, 17 мая. На прошлой неделе Канада ввела санкции против Венесуэлы. Каракас осуждает эти "
                   "меры.", "осуждает"),
    # a day of its own starts another story, which goes on
    ("2024-05-17", "ЛИМА, 17 мая. На прошлой неделе посла Боливии вызвали в МИД Перу. Сегодня министры двух стран "
                   "провели переговоры в Лиме. Стороны подписали протокол.", "подписали"),
])
def test_another_story_keeps_the_day_of_publication(events, published, text, second):
    found = [e for e in events(text, published) if second in e.trigger]
    assert found and all(e.date == PartialDate.from_iso(published) for e in found)
