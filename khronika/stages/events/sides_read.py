"""Who in a sentence is a side of its event and who is not, beyond the names it reads (``participants.py``):

* a capital in the genitive of the talks told (``раунд переговоров Ниамея и Уагадугу``, ``диалог X и Y``) stands for
  its state, a side;
* the genitive of the subject noun of the trigger verb is the event's own (``прошел раунд переговоров X и Y``: the
  talks are the round's, not another event with actors of its own);
* a country in the genitive of a noun of a third party's role opened by ``при``/``под`` (``при посредничестве Турции
  и Катара``, ``при содействии X``, ``под эгидой X``: ``MEDIATION``) mediates, as a venue hosts: no side where two
  other countries are the sides (a mediator named as a side elsewhere in the sentence stays one).
"""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import MEDIATION, SESSIONS, TALKS

SUBJECT = ("nsubj", "nsubj:pass")


def of_talks(w: Words, t: Token, trig: list[Token]) -> bool:
    """A name in the genitive, no preposition, of the trigger or of a noun of talks (``TALKS``, ``SESSIONS``) that
    depends on it (``раунд переговоров Ниамея и Уагадугу``, ``диалог Ниамея с Уагадугу`` not: a preposition)."""
    head = _up_conj(w, t)
    if head is None:
        return False
    t, head = head, w.head(head)
    if head is None or t.rel != "nmod" or t.feats.get("Case") != "Gen" or any(c.rel == "case" for c in w.children(t)):
        return False
    trig_ids = {x.id for x in trig}
    if head.id in trig_ids:
        return head.pos == "NOUN"
    if head.id not in w.position or w.lem[w.position[head.id]] not in TALKS | SESSIONS:
        return False
    for _ in range(2):  # "раунд переговоров X и Y прошел": up the talks noun to the trigger
        head = w.head(head)
        if head is None:
            return False
        if head.id in trig_ids:
            return True
    return False


def mediator(w: Words, t: Token, trig: list[Token]) -> bool:
    """A country in the genitive of a noun of a third party's role opened by ``при``/``под`` (``при посредничестве
    Турции и Катара``, ``при содействии X``, ``под эгидой X``; ``MEDIATION``), not the trigger itself (``отклонил
    посредничество X``)."""
    head = _up_conj(w, t)
    if head is None:
        return False
    t, head = head, w.head(head)
    if head is None or t.rel != "nmod" or head.id in {x.id for x in trig} or head.id not in w.position:
        return False
    return w.lem[w.position[head.id]] in MEDIATION and any(
        c.rel == "case" and c.text.lower() in ("при", "под") for c in w.children(head))


def completes_subject(w: Words, t: Token, trig_ids: set[str]) -> bool:
    """The genitive of the trigger verb's subject noun (``прошел раунд переговоров X и Y``: the talks are the round's,
    the event the verb tells)."""
    head = w.head(t)
    return t.rel == "nmod" and t.feats.get("Case") == "Gen" and head is not None and head.pos == "NOUN" \
        and head.rel in SUBJECT and head.head_id in trig_ids


def _up_conj(w: Words, t: Token) -> Token | None:
    """The first of names joined (``Турции и Катара``: Турции for Катара; itself for the first), none for a name the
    parser joins to one after it (``Переговоры X и Y при посредничестве Z``: Y read as Z's, a slip)."""
    if t.rel != "conj":
        return t
    head = w.head(t)
    return head if head is not None and head.start < t.start else None
