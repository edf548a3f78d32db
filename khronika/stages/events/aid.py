"""Aid told by what is given: a sum of money or a quantity of goods a side allocates, contributes or hands over
(``выделит три миллиона долларов на …``, ``вносит 7 млн евро в фонд …``, ``передал правительству X 500 тонн риса``,
``объявляет о выделении X 100 млн евро``) is AID, though no word of help is said.  A verb or noun of giving
(``GIVING``) has as what it gives (its object, a noun's genitive, a passive verb's subject) a unit of money or of
goods (``GIVEN_AMOUNTS``) counted by a number (``1,5 млрд иен``, ``три млн долларов``); an amount asked for, owed or
discussed is told by other words (``потребовал выплатить``, ``обсудили выделение средств``) and is none."""
from __future__ import annotations

from .sentence import Words
from .words import GIVEN_AMOUNTS, GIVING

_GIVEN = ("obj", "nmod", "nsubj:pass")  # what a verb, a noun or a passive verb gives
_COUNT_DEPTH = 2  # "три миллиона долларов": the number under the numeral noun under the unit


def given_amounts(w: Words, used: set[int]) -> list[int]:
    """The positions of the words of giving (not among ``used``) whose given thing is a counted amount of money or
    goods."""
    return [i for i, word in enumerate(w.lem) if word in GIVING and i not in used and any(
        c.rel in _GIVEN and c.id in w.position and w.lem[w.position[c.id]] in GIVEN_AMOUNTS and _counted(w, c)
        for c in w.children(w.tokens[i]))]


def _counted(w: Words, unit) -> bool:
    """Is the unit counted by a number below it (``5 млн долларов``, ``500 тонн``)?"""
    level = [unit]
    for _ in range(_COUNT_DEPTH):
        level = [c for x in level for c in w.children(x) if c.rel.startswith("nummod")]
        if any(c.pos == "NUM" for c in level):
            return True
    return False
