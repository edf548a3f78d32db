"""Vetoes on a trigger that is only the content or the circumstance of another act: joint action agreed upon
(``договорились вести совместный мониторинг реки``: the agreement is the act), a meeting put off or called off that
sides announce (``объявили об отсрочке встречи``: no agreement), the detention of people set free (``отпустили
арестованных рыбаков``: a release), a meeting that is only the deadline of another deed (``поручили экспертам
представить к очередному заседанию доклад``, ``передаст замечания на следующей встрече``), the sides backing
their own talks (``Стороны поддерживают развитие диалога``), and an earlier sitting the talks look back on
(``рассмотрели выполнение решений 11-й сессии``).  Each says that the trigger word at position ``i`` reports
no event in its sentence (``triggers.VETOES``; the first also for patterns)."""
from __future__ import annotations

from ...morph import is_ordinal
from .sentence import Words
from .words import (
    AGREEING,
    CANCEL,
    DISCUSSED,
    LIGHT_VERBS,
    NEXT_ONES,
    POSTPONE,
    RELEASING,
    SESSIONS,
    SITTING_OUTCOMES,
    trigger_type,
)

JOINT_ACTION = frozenset({"COOPERATE", "AID"})  # acts that sides may agree to do together
ANNOUNCING = frozenset({"объявить", "объявлять"})  # a joint announcement: an agreement only of what it announces
_SERIES_NEXT = NEXT_ONES | {"очередной"}  # "к следующему раунду", "на очередном заседании"
_CLIMB = 3  # the act noun, the infinitive that does it, the verb of agreeing: the heads it may climb


def _type(w: Words, i: int) -> str:
    return trigger_type(w.lem[i])


def agreed_upon(w: Words, i: int, type_: str | None = None) -> bool:
    """Joint action (``JOINT_ACTION``) that sides agree to do, through an infinitive or as what they agree on
    (``договорились вести совместный мониторинг``, ``условились о совместных учениях``): the agreement
    tells it (an AGREE), no act of its own is done yet (``type_``: a pattern's type, else the word's)."""
    if (type_ or _type(w, i)) not in JOINT_ACTION:
        return False
    k = i
    for _ in range(_CLIMB):
        h = w.head_index(w.tokens[k])
        if h is None:
            return False
        if w.lem[h] in AGREEING:
            return True
        if w.tokens[h].feats.get("VerbForm") != "Inf" and w.tokens[h].pos != "NOUN":
            return False
        k = h
    return False


def change_announced(w: Words, i: int) -> bool:
    """A verb of announcing whose ``о`` complement is a change to a meeting (``POSTPONE``, ``CANCEL``: ``объявили об
    отмене встречи``, ``об отсрочке саммита``): the meeting's change is told, no agreement, however many sides
    announce it."""
    return w.lem[i] in ANNOUNCING and any(
        c.id in w.position and w.lem[w.position[c.id]] in POSTPONE | CANCEL
        and set(w.prepositions(c)) & {"о", "об"} for c in w.children(w.tokens[i]))


def released(w: Words, i: int) -> bool:
    """A word of detention that names the people a word of ``RELEASING`` sets free (``отпустили задержанных``,
    ``освобождение арестованных рыбаков``): the release is the act, the detention is not told."""
    if _type(w, i) != "COERCE":
        return False
    t = w.tokens[i]
    h = w.head_index(t)
    if t.rel in ("amod", "acl") and h is not None:  # "арестованных рыбаков": the noun they describe
        t, h = w.tokens[h], w.head_index(w.tokens[h])
    return h is not None and w.lem[h] in RELEASING and t.rel in ("obj", "nsubj:pass", "nmod")


def a_deadline(w: Words, i: int) -> bool:
    """A meeting to come named as the time by which another deed is done (``представить к очередному заседанию
    доклад``, ``передать замечания на следующей встрече``): a meeting noun after ``к`` or ``на`` in the locative with an
    adjective of the next one, under a verb that has its own object and neither holds nor discusses meetings."""
    t = w.tokens[i]
    meeting = _type(w, i) == "CONSULT" or w.lem[i] in SESSIONS
    if not meeting or t.pos != "NOUN" or not set(w.modifiers(t)) & _SERIES_NEXT:
        return False
    preps = w.prepositions(t)
    if not ("к" in preps or "на" in preps and t.feats.get("Case") == "Loc"):
        return False
    h = w.head_index(t)
    if h is not None and w.tokens[h].pos == "NOUN" and w.tokens[h].rel == "obj":
        h = w.head_index(w.tokens[h])  # "ответ на следующей встрече", the meeting hung on the object
    if h is None or w.tokens[h].pos != "VERB" or w.lem[h] in LIGHT_VERBS or w.lem[h] in DISCUSSED \
            or _type(w, h):
        return False
    return any(_object(w, c) for c in w.children(w.tokens[h]))


def _object(w: Words, c) -> bool:
    """The verb's object, or a bare noun in the accusative or nominative the parser hung otherwise (``подготовить к
    раунду проект``, read as an oblique)."""
    return c.rel == "obj" or c.pos == "NOUN" and c.rel.startswith("obl") and c.feats.get("Case") in ("Acc", "Nom") \
        and not any(x.rel == "case" for x in w.children(c))


_SIDES = "сторона"  # "Стороны поддерживают …": the sides of the text's own talks
_GOING_ON = frozenset({"продолжение", "развитие"})  # talks kept going; not one held ("проведение визита") nor resumed


def own_talks_backed(w: Words, i: int) -> bool:
    """The sides backing their own talks (``Стороны поддерживают развитие диалога министерств``): a verb of
    support whose subject is ``стороны`` and whose object is their going on (``_GOING_ON``) with a meeting noun in its
    genitive; no side supports another.  ``X поддерживает продолжение переговоров Y и Z`` does, and so do the sides
    welcoming a visit of one of them (``Стороны приветствовали проведение визита …``)."""
    t = w.tokens[i]
    if _type(w, i) != "SUPPORT" or t.pos != "VERB" or not any(
            c.rel == "nsubj" and c.id in w.position and w.lem[w.position[c.id]] == _SIDES for c in w.children(t)):
        return False
    return any(c.rel == "obj" and c.id in w.position and w.lem[w.position[c.id]] in _GOING_ON and any(
        x.id in w.position and _type(w, w.position[x.id]) == "CONSULT" and x.feats.get("Case") == "Gen"
        for x in w.children(c)) for c in w.children(t))


def sitting_discussed(w: Words, i: int) -> bool:
    """A numbered sitting in the object of a verb of discussing (``Стороны рассмотрели выполнение решений 11-й сессии``,
    ``обсудили итоги 11-й сессии``): an earlier sitting the talks looked back on, none held in the sentence."""
    t = w.tokens[i]
    if t.pos != "NOUN" or _type(w, i) != "CONSULT" and w.lem[i] not in SESSIONS or not any(
            c.rel in ("amod", "nummod") and is_ordinal(c.text) for c in w.children(t)):
        return False
    outcome = False
    for _ in range(_CLIMB):
        head = w.head(t)
        if head is None or t.rel not in ("nmod", "obj"):
            return False
        if t.rel == "obj":
            return outcome and w.lemma(head) in DISCUSSED
        outcome = outcome or w.lemma(head) in SITTING_OUTCOMES
        t = head
    return False


VETOES = (agreed_upon, change_announced, released, a_deadline, own_talks_backed, sitting_discussed)
