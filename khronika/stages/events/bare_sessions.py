"""A bare session word (``Заседание``, ``Сессия``, no body's name after it) that tells the session of a body the
document named before (``Words.bodies``; ``bodies.body_meetings`` asks, after the body was named):

* the subject opening its sentence of a verb of a meeting held (``BODY_HELD``) told in the past, in a sentence that
  tells a time, or with a place of the verb's own (``Заседание прошло в Куэнке``, ``Сессия прошла в эквадорском
  городе Манта``, ``… в перуанской столице``; not ``Заседание прошло при участии наблюдателей``: how it went);
* told with a past participle of its holding in a sentence that tells a time (``сессия, проходившая во вторник и
  среду, была пятой``);
* the subject opening its sentence of a plan for it (``Заседание должно было состояться в мае``, ``Заседание было
  запланировано на сентябрь``, ``… было перенесено``): a session planned, or put off (its factuality says which).
"""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import BODY_HELD, PLANNED_FOR, POSTPONE

_PLACES = ("location", "country")  # "Заседание прошло в Куэнке": the place the verb itself tells
_PLACE_NOUNS = frozenset({"город", "столица"})  # "в эквадорском городе Манта", "в перуанской столице"
_DUE = "должный"  # "должно было состояться": planned
_SUBJECT = ("nsubj", "nsubj:pass")


def held_here(w: Words, i: int) -> bool:
    """Does the bare session word at ``i`` tell a session held, planned or put off (see the module)?"""
    t = w.tokens[i]
    h = w.head_index(t)
    if h is None:
        return False
    if _with_its_holding(w, t):
        return True
    opens = all(x.rel == "amod" and x.head_id == t.id for x in w.tokens[:i])  # "Двухдневное заседание открылось …"
    if not opens or t.rel not in _SUBJECT:
        return False
    verb = w.tokens[h]
    if w.lem[h] in BODY_HELD and verb.feats.get("Tense") == "Past":
        return bool(w.dated) or any(c.rel == "obl" and _a_place(w, c) for c in w.children(verb))
    return w.lem[h] == _DUE and any(c.rel == "xcomp" and w.lemma(c) in BODY_HELD for c in w.children(verb)) \
        or w.lem[h] in PLANNED_FOR or w.lem[h] in POSTPONE


def _with_its_holding(w: Words, t: Token) -> bool:
    """``сессия, проходившая в четверг и пятницу``: a past participle of holding the session, a time told."""
    return bool(w.dated) and any(c.rel == "acl" and w.lemma(c) in BODY_HELD and c.feats.get("VerbForm") == "Part"
                                 and c.feats.get("Tense") == "Past" for c in w.children(t))


def _a_place(w: Words, t: Token) -> bool:
    return w.kind(t) in _PLACES or w.lemma(t) in _PLACE_NOUNS
