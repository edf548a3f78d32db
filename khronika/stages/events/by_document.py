"""The date an event takes from its document (``when.py``, the last of its rules, ``BY_DEFAULT``): the document's
day, for an event it narrates as occurred in the past or present (``of_its_day``), in a report of the news of its own
days (``reports_its_days``), not in a review of a week (``weekly_review``), and not an act referred to by the
infinitive a noun governs (``решение X отозвать посла вызывает сожаление``).

A listing page's story under a day heading (``4 декабря`` / ``X и Y провели переговоры`` / ``Стороны …``, a dated
item of ``Document.items``) is told as of that day, not of the day the page was last updated: its events take the
heading's day (``item_day``), as those of a news item of that day would take its date; so does an entry of a chronology
(``7 августа. МИД объявляет …``), whatever its tense.
"""
from __future__ import annotations

import datetime

from ...chronology import entry_date
from ...morph import lemma
from ...records import Document, PartialDate, Timex, Token
from ..clean.items import item_at
from ..clean.listing import date_line
from .clause_date import act_noun
from .sentence import Words
from .words import TAKING_NOUNS, WEEKLY_REVIEW, tense


def by_document(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """The document's date (to the day) for an event narrated in the past or present, in a report of the
    day (``reports_its_days``); an essay's undated events stay undated.  A story under a listing's day heading takes
    the heading's day (``item_day``)."""
    if doc.published.precision != "day" or not of_its_day(trig, fact) or _referred(w, trig):
        return None
    if (day := item_day(doc, trig[0].start)) is not None:
        return day
    if weekly_review(doc, w.settings.review_head_sentences):
        return None
    return doc.published if reports_its_days(doc, w.settings.news_days) else None


def item_day(doc: Document, pos: int) -> PartialDate | None:
    """The day of the heading over the item of a listing that holds the offset ``pos`` (a day alone on the item's
    first line, ``4 декабря``, resolved against the page's date and not after it); None outside such an item."""
    item = item_at(doc.items, pos)
    if item is None or doc.published.precision != "day":
        return None
    start = doc.items[item][0]
    stop = doc.text.find("\n", start)
    stop = len(doc.text) if stop < 0 else stop
    if date_line(doc.text[start:stop].strip(), True):
        at = range(start, stop)
    elif entry_date(doc.text[start:stop]) is not None:
        at = range(start, start + 1)  # a chronology's entry: the day it opens with
    else:
        return None
    day = next((x.date for x in doc.timexes if x.start in at and x.date.precision == "day"), None)
    return day if day is not None and day.iso() <= doc.published.iso() else None


def document_day(doc: Document, pos: int) -> PartialDate:
    """The day an event at ``pos`` dated by its document takes: its listing item's heading's (``item_day``), else
    the document's date."""
    return item_day(doc, pos) or doc.published


def _referred(w: Words, trig: list[Token]) -> bool:
    """An act named by the infinitive a noun governs (``решение X отозвать посла вызывает сожаление``, ``осудил
    решение X выслать дипломата``): referred to, not told as the day's news; its day is not the document's."""
    head = w.head(trig[0])
    if trig[0].feats.get("VerbForm") == "Inf" and head is not None and head.pos != "NOUN":
        head = act_noun(w, trig[0]) or head  # "протест в связи с решением X присоединиться к санкциям"
    if trig[0].feats.get("VerbForm") != "Inf" or head is None or head.pos != "NOUN" or head.id not in w.position:
        return False
    taker = w.head_index(head)  # "приняли решение выслать", "объявил о решении": the day's news
    return taker is None or w.lem[taker] not in TAKING_NOUNS


def weekly_review(doc: Document, head: int) -> bool:
    """Is the document a review of a week (``Коротко о главном за неделю``, ``Итоги недели`` in its first ``head``
    sentences)?  What it tells happened on some day of that week, not on the day of its issue."""
    words = " ".join(lemma(t.text) for s in doc.sentences[:head] for t in s.tokens)
    return any(f" {p} " in f" {words} " for p in WEEKLY_REVIEW)


def of_its_day(trig: list[Token], fact: str) -> bool:
    """An event narrated as occurred in the past or present, or a threat (``fact`` ``said``), made by telling what
    will come (``предупредил, что … будут восприняты как враждебный акт``)."""
    return fact == "said" or tense(trig[0]) in ("past", "pres", None) and fact == "occurred"


def reports_its_days(doc: Document, days: int) -> bool:
    """Does the document report the news of its own days: a dateline with a place (``МОСКВА, 2 декабря``),
    a date given with it as a news item (metadata) or reached through another outlet's report of its event,
    or a time expression naming a day at most ``days`` before its publication (``сегодня``, ``в
    понедельник``)?  A page stamp alone (``Опубликовано: …``) dates the page, not what it tells."""
    if doc.dateline_place or doc.published_from in ("metadata", "fused"):  # a feed's item; dated by another report
        return True
    published = datetime.date.fromisoformat(doc.published.iso())
    return any(x.date.precision == "day" and 0 <= (published - datetime.date.fromisoformat(x.date.iso())).days <= days
               for x in doc.timexes)
