"""Talks the sides are to open on a treaty or a question (``договорились начать переговоры о соглашении о статусе
войск``, ``решение начать переговоры о …``, ``начнут переговоры о статусе войск``, ``приступить к переговорам о …``,
``вернуться к консультациям по …``): the opening of a negotiation, what the sides agree or decide, no meeting of its
own — unless the talks are set for a day or a place (``начнут переговоры в понедельник в Женеве``), a planned
meeting; talks begun (``начали переговоры о …``) took place."""
from __future__ import annotations

from ... import morph
from .sentence import Words
from .words import OPENING, trigger_type

_ON = frozenset({"о", "об", "по"})  # "переговоры о соглашении", "консультации по статусу войск": what they are on
_TO = "к"  # "приступить к переговорам", "вернуться к переговорам": the talks a verb of opening leads to


def talks_to_open(w: Words, i: int) -> bool:
    """The talks noun at ``i`` is the object of a verb of opening (``OPENING``; or its complement after ``к``:
    ``приступить к переговорам``) told as what is to come (an infinitive, a future), with what they are on among its
    words (``о``, ``по``), and neither the verb nor the noun has a date of its own nor does a place follow the verb."""
    t = w.tokens[i]
    if trigger_type(w.lem[i]) != "CONSULT" or t.pos != "NOUN" or not (
            t.rel == "obj" or t.rel == "obl" and _TO in w.prepositions(t)):
        return False
    verb = w.head_index(t)
    if verb is None or w.lem[verb] not in OPENING:
        return False
    opener = w.tokens[verb]
    to_come = opener.feats.get("VerbForm") == "Inf" or morph.tense(opener.text) == "futr"
    on_what = any(c.rel == "nmod" and _ON.intersection(w.prepositions(c)) for c in w.children(t))
    return to_come and on_what and not w.own_date(opener) and not w.own_date(t) \
        and not any(w.kind(x) == "location" for x in w.tokens[verb:])
