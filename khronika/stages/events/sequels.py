"""What came next: a sentence that opens with ``Затем``/``Потом`` after the news of a day (``Сегодня в X состоялось
заседание комиссии. … Затем делегацию принял премьер-министр``) tells an act of that story, which the document's day
dates as the rest of it (``no_day.told_earlier`` takes the word for no earlier cue there)."""
from __future__ import annotations

import datetime

from ...records import Document
from .sentence import Words


def sequel_of_news(w: Words, doc: Document) -> bool:
    """Does a sentence that opens with ``Затем``/``Потом`` go on with a story of the news (``Сегодня в X состоялось
    заседание комиссии. … Затем делегацию принял премьер-министр``): is the last dated time told before it a day of
    the document's news (its day, or at most ``news_days`` before)?  After an earlier time (``В 2019 году диалог
    возобновили. Затем его заморозили``) what came next is no news of the day."""
    start = w.tokens[0].start
    told = [x for x in doc.timexes if x.stop <= start and x.date.iso()]
    if not told or told[-1].date.precision != "day" or doc.published.precision != "day":
        return False
    before = (datetime.date.fromisoformat(doc.published.iso()) - datetime.date.fromisoformat(told[-1].date.iso())).days
    return 0 <= before <= w.settings.news_days
