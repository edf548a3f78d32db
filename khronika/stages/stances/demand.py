"""The ``demand`` frame: a side urged or required to stop or refrain (``призвал X прекратить …``, ``потребовал от X
отказаться от …``, ``призывают X воздержаться``): the subject of the verb of demand holds a negative stance towards
the side addressed, the object of ``призвать`` or the actor after ``от``.  None when the act demanded is no stop
(``призвал X продолжить``), when the verb is passive or no other side is addressed (``призвал прекратить огонь``)."""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .holders import passive, subject
from .sides import other
from .words import STOPPING

Sides = tuple[str | None, str | None]


def demand(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    v = cx.view
    acts = [c for c in v.children(verb) if c.rel in ("xcomp", "ccomp", "advcl") and lemmas(c.text) & STOPPING
            and c.feats.get("VerbForm") == "Inf"]
    if not acts or passive(cx, verb):
        return None, None
    holder = subject(cx, verb)
    if holder is None:
        return None, None
    addressed = [c for c in v.children(verb) if c.rel in ("obj", "iobj", "obl") and
                 (c.rel != "obl" or any(fold(x.text) == "от" for x in v.children(c)))]
    addressed += [c for c in v.children(acts[0]) if c.rel in ("nsubj", "obj") and c.start < acts[0].start]
    scope = [x for c in addressed for x in v.subtree(c)]
    found = other(cx, holder, scope, sentence, tokens, fallback=False)
    return (holder, found) if found is not None else (None, None)


DEMAND_FRAMES = {"demand": demand}
