"""An agreement named as what is kept, carried out, broken, left or overseen (``соблюдать прежние договоренности``,
``нарушила соглашение``, ``вышла из договора``, ``контроль за соглашением о перемирии``, ``идет вразрез с буквой
договора``, ``настаиваем на исполнении уже заключенных``): one reached before and referred to, no agreement reached in
the sentence (``triggers.VETOES``, and ``patterns._no_act`` for ``достигнутые договоренности``).  One told with its own
date (``обязательства по соглашению от 12 августа 2008 года``) is still the background act it names."""
from __future__ import annotations

from .sentence import Words
from .words import KEPT, trigger_type

_CLIMB = 2  # the agreement noun, the noun of a part or duty it hangs on ("обязательства по соглашению"), the verb
_KEEPING_PREPOSITIONS = frozenset({"за", "по", "из"})  # "контроль за договором", "вышла из соглашения"


def kept_or_broken(w: Words, i: int, type_: str | None = None) -> bool:
    """Is the agreement word at ``i`` (a noun, or a participle standing for one: ``уже подписанных``) under a word of
    ``KEPT``, within ``_CLIMB`` heads, or right after one and its preposition (the parser may hang ``за мирным
    договором`` on the clause's verb), with no date of its own?  (``type_``: a pattern's type, else the word's.)"""
    t = w.tokens[i]
    if (type_ or trigger_type(w.lem[i])) != "AGREE" or not (t.pos == "NOUN" or t.feats.get("VerbForm") == "Part") \
            or w.own_date(t):
        return False
    k: int | None = i
    if t.rel in ("amod", "acl") and (h := w.head_index(t)) is not None and w.tokens[h].pos == "NOUN":
        k = h  # "достигнутые договоренности": the noun the participle describes
    for _ in range(_CLIMB):
        h = w.head_index(w.tokens[k]) if k is not None else None
        if h is None:
            break
        if w.lem[h] in KEPT:
            return True
        if w.tokens[h].pos != "NOUN":
            break
        k = h
    return _after_a_keeping_word(w, i)


def _after_a_keeping_word(w: Words, i: int) -> bool:
    """``контролю за мирным договором``: a word of ``KEPT``, a preposition of ``_KEEPING_PREPOSITIONS``, then only
    adjectives before the agreement word."""
    k = i - 1
    while k >= 0 and w.tokens[k].pos in ("ADJ", "DET"):
        k -= 1
    return k >= 1 and w.lem[k] in _KEEPING_PREPOSITIONS and w.lem[k - 1] in KEPT
