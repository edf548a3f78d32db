"""A day told only further on (issue 10, item 3): an event the text names first without a time and tells again later
with a day of its own (``Event.more``: ``Это первая встреча за год`` … ``в воскресенье принимал …``) starts no story of
that later day at its first sentence, nor ends the story told before it; what follows goes on with that story
(``events/story.py``).  Invented news; the events are read by the pipeline and the later telling joined by hand, as the
merging of a document's events may join them."""
import dataclasses

import pytest

from khronika.records import PartialDate, Span
from khronika.stages.events.story import with_story_days

pytestmark = pytest.mark.slow


def _story(doc, first, again, later_day, follows):
    """The document's events with the event triggered by ``first`` told again at the sentence holding ``again`` and
    dated by that one; the event triggered by ``follows`` as dated by the document; its date after the story step."""
    sentence = next(s for s in doc.sentences if again in doc.text[s.start:s.stop])
    events, by_default = [], set()
    for e in doc.events:
        if first in e.trigger:
            e = dataclasses.replace(e, date=later_day, more=(Span(sentence.start, sentence.stop, "again"),))
        if follows in e.trigger:
            e = dataclasses.replace(e, date=doc.published)
            by_default.add(e.id)
        events.append(e)
    out = with_story_days(events, by_default, doc, 7)
    return [e.date for e in out if follows in e.trigger]


@pytest.mark.parametrize("published, text, first, again, later_day, follows, date", [
    # a summons of Monday; the meeting told again with a Friday; the same ministry goes on: Monday
    ("2024-05-15", "ЛИМА, 15 мая. МИД Чили в понедельник вызвал посла Боливии. Это первая встреча дипломатов за год. "
                   "МИД Чили выразил протест в связи с задержанием рыбаков. Делегация Боливии в минувшую пятницу "
                   "провела переговоры в Сантьяго.", "встреча", "минувшую пятницу", PartialDate(2024, 5, 10),
     "протест", PartialDate(2024, 5, 13)),
    # yesterday's signing; a meeting told again with a Sunday; the signing's sides go on: yesterday
    ("2024-05-15", "ЛИМА, 15 мая. Министры Эквадора и Перу вчера в Тумбесе подписали соглашение о разминировании. "
                   "Это первая встреча министров за два года. Министры Эквадора и Перу договорились создать рабочую "
                   "группу. Президент Эквадора в воскресенье принимал в Кито делегацию ОАГ.", "встреча",
     "воскресенье", PartialDate(2024, 5, 12), "договорились", PartialDate(2024, 5, 14)),
])
def test_a_day_told_later_leaves_the_story_before(read_news, published, text, first, again, later_day, follows, date):
    assert _story(read_news(text, published), first, again, later_day, follows) == [date]


def test_a_day_told_in_its_own_sentence_starts_its_story(read_news):
    """The meeting's day told in its own sentence: what follows is of that day, as before."""
    doc = read_news("ЛИМА, 15 мая. МИД Чили в понедельник вызвал посла Боливии. Делегации Чили и Боливии в минувшую "
                    "пятницу провели переговоры в Сантьяго. Делегации Чили и Боливии договорились создать рабочую "
                    "группу.", "2024-05-15")
    events, by_default = [], set()
    for e in doc.events:
        if "договорились" in e.trigger:
            e = dataclasses.replace(e, date=doc.published)
            by_default.add(e.id)
        events.append(e)
    out = with_story_days(events, by_default, doc, 7)
    assert [e.date for e in out if "договорились" in e.trigger] == [PartialDate(2024, 5, 10)]
