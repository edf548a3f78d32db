"""The rules of ``when.py`` that leave an event without a date of its own words, or give it the one its context
tells: ``Тогда`` opening a sentence (``then_told``), a place before the document (``told_earlier``,
``done_already``), the content of an earlier piece of writing (``in_a_writing``), a habit or a standing position
(``habitual``).
"""
from __future__ import annotations

import re

from ...records import Document, PartialDate, Timex, Token
from ...timex.patterns import HABITUAL
from .sentence import Words
from .sequels import sequel_of_news
from .words import EARLIER_CUES, EARLIER_ONES, PUBLISHING, SEQUELS, STANDING, STATEMENTS, WRITINGS, tense


def then_told(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A sentence that opens with ``Тогда`` (``… встречались в Вене в конце октября. Тогда они договорились
    …``) tells of the time told just before it: the last dated time expression of its paragraph or the one before,
    the one of its sentence (not ``прошли 3 марта и 9 мая. Тогда …``), else no date (not the document's)."""
    if not w.tokens or w.lem[0] not in THEN:
        return None
    start = w.tokens[0].start
    told = [x for x in doc.timexes if x.stop <= start and x.date.iso()]
    if not told or len(_PARAGRAPH_BREAKS.findall(doc.text, told[-1].stop, start)) > 1:
        return PartialDate()
    k = w.v.sentence_index(told[-1].start)
    sentence = w.v.sentences[k]
    if sum(sentence.start <= x.start < sentence.stop for x in told) > 1:
        return PartialDate()  # "прошли 3 марта и 9 мая. Тогда …": no one time
    return told[-1].date


THEN = frozenset({"тогда"})
_PARAGRAPH_BREAKS = re.compile(r"\n\s*")


def told_earlier(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """No date: the sentence places the event before the document (``недавно``, ``ранее``; not ``Затем`` opening a
    sentence of the news: ``sequel_of_news``), the event is an earlier one (``Предыдущий раунд прошел в Женеве``), or
    its verb tells it done already (``уже заявило протест``)."""
    cues = [x for k, x in enumerate(w.lem)
            if x in EARLIER_CUES and not (k == 0 and x in SEQUELS and sequel_of_news(w, doc))]
    return PartialDate() if cues or set(w.modifiers(trig[0])) & EARLIER_ONES or done_already(w, trig[0]) else None


def done_already(w: Words, trigger: Token) -> bool:
    """A verb in the past told with ``уже`` (``Посольство уже направило ноту``, ``уже заявил протест``: the trigger's
    verb, or the verb its noun is the object of): done some time before the telling, on a day the text does not give;
    not ``уже`` of a time (``уже в декабре``)."""
    verb = trigger if trigger.pos == "VERB" else w.head(trigger)
    if verb is None or verb.pos != "VERB" or verb.id not in w.position or tense(verb) != "past":
        return False
    for c in w.children(verb):
        k = w.position.get(c.id)
        if k is not None and w.lem[k] in ALREADY and not (k + 1 < len(w.tokens) and (
                w.tokens[k + 1].start in w.dated or w.tokens[k + 1].pos == "ADP")):
            return True
    return False


ALREADY = frozenset({"уже"})  # "уже выслала", "уже направили ноту": done before, undated


def in_a_writing(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """No date: the act is told as the content of a piece of writing put out before the trigger (``в колонке,
    опубликованной X: он обвинил …``, ``В статье, написанной Y, он раскритиковал …``; ``WRITINGS`` and
    ``PUBLISHING``), with no time of its own: it took place when the piece was written, which the text does not
    tell; or when it tells that time (``в посте, размещенном в понедельник, …``), that time.  An official statement
    (``STATEMENTS``: ``В коммюнике, зачитанном во вторник вечером, правительство отвергает …``) is its act, put out
    at the time its participle's clause tells, if any; else none of this (the act is dated as any other)."""
    for k, t in enumerate(w.tokens):
        if t.start >= trig[0].start:
            break
        if w.lem[k] not in WRITINGS and (w.lem[k] not in STATEMENTS or fact not in ("occurred", "said")):
            continue
        put = [c for c in w.children(t) if c.id in w.position and w.lem[w.position[c.id]] in PUBLISHING
               and c.feats.get("VerbForm") == "Part" and c.feats.get("Tense") == "Past"]
        if not put:
            continue
        if w.lem[k] in WRITINGS:
            put_out = [x for x in here if t.start < x.start < trig[0].start and x.date.precision != "unknown"]
            return put_out[-1].date if put_out else PartialDate()  # "в посте, размещенном в понедельник, …"
        clause = {u.start for u in w.v.subtree(put[0], skip=frozenset())}
        put_out = [x for x in here if x.start in clause and x.start < trig[0].start and x.date.iso() is not None
                   and (doc.published.iso() is None or x.date.iso() <= doc.published.iso())]
        if put_out:
            return put_out[-1].date  # "В заявлении, распространенном в среду, МИД осудил …"
    return None


def habitual(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """No date: the sentence tells a habit or a series (``часто встречаются``, ``два года подряд настаивает``), or
    the trigger a standing position (``по-прежнему настаивает``); not a word of a habit that describes another noun
    through its participle (``предложил учредить постоянно действующий комитет``: a standing body, one proposal)."""
    standing = any(c.id in w.position and w.lem[w.position[c.id]] in STANDING for c in w.children(trig[0]))
    return PartialDate() if standing or any(
        x in HABITUAL and not _of_another_noun(w, w.tokens[k], trig) for k, x in enumerate(w.lem)) else None


def _of_another_noun(w: Words, cue: Token, trig: list[Token]) -> bool:
    """Does the word modify an attributive participle or adjective of a noun that is not the trigger (``постоянно
    действующий секретариат``)?"""
    head = w.head(cue)
    noun = w.head(head) if head is not None and head.rel in ("acl", "amod") and head.pos in ("VERB", "ADJ") \
        and (head.pos == "ADJ" or head.feats.get("VerbForm") == "Part") else None
    return noun is not None and noun.id not in {t.id for t in trig}
