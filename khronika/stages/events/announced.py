"""What the next sentence says of the news before it: ``Сирия отклонила предложение … . Об этом в понедельник заявил
министр иностранных дел Сирии X.`` tells who announced the acts of the sentence before and on what day.  An act the
document dated by default takes the day the ``Об этом`` sentence gives (to the day, a few days before the publication
at most), and the person who announced it takes part in it.  The acts of the sentence before only, in its paragraph.

So does a paragraph's opening act told without a day (``Перу отклонило ноту Чили.``) that the next sentence of its
paragraph tells again as one person's or body's words of one day, with no act of its own (``Министр иностранных дел Перу
в четверг заявил, что …``): what was said that day is the act (``_elaborated``), unless the speaker is known to be of
another side than the act's actors (a reaction to it)."""
from __future__ import annotations

import dataclasses
import datetime

from ...morph import lemma
from ...records import Document, Event, Participant, Sentence
from ..quotes.actors import Actors
from .words import SPEECH

_OF_IT = ("об", "этом")  # "Об этом …": the sentence before is its topic


def with_announcers(events: list[Event], by_default: set[str], doc: Document, days: int) -> list[Event]:
    """The events, those of a sentence an ``Об этом … заявил X`` sentence follows given its day and X; the ids of those
    re-dated leave ``by_default``."""
    persons = {e.id for e in doc.entities if e.type == "person"}
    out = list(events)
    for prev, s in zip(doc.sentences, doc.sentences[1:]):
        words = [t.text.lower() for t in s.tokens[:2]]
        if tuple(words) != _OF_IT or "\n" in doc.text[prev.stop:s.start] \
                or not any(lemma(t.text.lower()) in SPEECH for t in s.tokens):
            continue
        day = _day(doc, s.start, s.stop, days)
        speakers = [m.entity for m in doc.mentions if s.start <= m.start < s.stop and m.entity in persons]
        for k, e in enumerate(out):
            told = [e.start, *(m.start for m in e.more)]  # a headline's act the sentence before tells again
            if not any(prev.start <= x < prev.stop for x in told) or e.factuality != "occurred":
                continue
            if day is not None and e.id in by_default:
                e = dataclasses.replace(e, date=day)
                by_default.discard(e.id)
            have = {p.entity for p in e.participants}
            if len(speakers) == 1 and speakers[0] not in have:
                e = dataclasses.replace(e, participants=e.participants + (Participant(speakers[0], "participant"),))
            out[k] = e
    return _elaborated(out, by_default, doc, days)


def _elaborated(events: list[Event], by_default: set[str], doc: Document, days: int) -> list[Event]:
    """The events, the acts of a paragraph's opening sentence dated by default re-dated to the day of the speech the
    next sentence tells of them (see the module's docstring)."""
    actors: Actors | None = None
    out = list(events)
    for before, prev, s in zip([None, *doc.sentences], doc.sentences, doc.sentences[1:]):
        if not _opens_paragraph(doc, before, prev) or "\n" in doc.text[prev.stop:s.start] \
                or not any(lemma(t.text.lower()) in SPEECH for t in s.tokens) \
                or any(_tells(e, s) for e in events) or (day := _day(doc, s.start, s.stop, days)) is None:
            continue
        actors = actors or Actors(doc)
        speakers = {actors.side(m.entity) for m in doc.mentions if s.start <= m.start < s.stop} - {None}
        for k, e in enumerate(out):
            acting = {actors.side(p.entity) for p in e.participants if p.role == "source"} - {None}
            if e.id in by_default and e.factuality == "occurred" and _tells(e, prev) \
                    and not (speakers and acting and not speakers & acting):
                out[k] = dataclasses.replace(e, date=day)
                by_default.discard(e.id)
    return out


def _opens_paragraph(doc: Document, before: Sentence | None, s: Sentence) -> bool:
    """Is the sentence the first of its paragraph (after a line break or at the text's start)?"""
    return before is None or "\n" in doc.text[before.stop:s.start]


def _tells(e: Event, s: Sentence) -> bool:
    """Does the event's evidence lie in the sentence (its own or a further one that tells it again)?"""
    return any(s.start <= x < s.stop for x in (e.start, *(m.start for m in e.more)))


def _day(doc: Document, start: int, stop: int, days: int):
    """The one day the sentence tells, at most ``days`` before the publication."""
    told = [x for x in doc.timexes if start <= x.start < stop and x.date.precision != "unknown"]
    if len(told) != 1 or told[0].date.precision != "day" or doc.published.precision != "day":
        return None
    before = (datetime.date.fromisoformat(doc.published.iso()) - datetime.date.fromisoformat(told[0].date.iso())).days
    return told[0].date if 0 <= before <= days else None
