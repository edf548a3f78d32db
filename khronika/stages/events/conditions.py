"""Acts a sentence names without telling them: the condition of another (``если X введет санкции, …``, ``в случае
высылки дипломатов …``, ``при условии, что X подпишет соглашение``), what a threat threatens (``пригрозил отменить
визит``, ``угрожает выслать посла``, ``пригрозил разрывом отношений``: the threat is the act), meetings that sides
agree to make a practice of (``договорились проводить консультации ежегодно``: the agreement is the act), and meetings
told in the subjunctive (``группа, которая собиралась бы раз в квартал``)."""
from __future__ import annotations

from ...records import Token
from .factuality import DECIDING
from .sentence import Words
from .words import AGREEING, CONDITION_MARKS, CONDITION_PHRASES, LIGHT_VERBS, THREAT_VERBS

_CLIMB = 8  # the heads climbed from a trigger to the phrase of a condition it may lie in
_THREAT_CLIMB = 3  # the act noun, the infinitive that does it, the verb of threatening
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")"})
_COUNTERFACTUAL = "бы"  # "если бы министры встретились": what did not happen


def unsaid(w: Words, trig: list[Token], type_: str) -> bool:
    """Is the trigger an act the sentence names without telling it (a condition, a threat's content, a meeting agreed
    as a practice)?"""
    i = w.position[trig[0].id]
    return conditional(w, i) or type_ != "THREATEN" and threatened(w, i) \
        or type_ == "CONSULT" and (practice_agreed(w, i) or _subjunctive(w, i))


def _subjunctive(w: Words, i: int) -> bool:
    """A meeting verb in the subjunctive, ``бы`` on the verb itself (``группу, которая собиралась бы раз в квартал``,
    ``министры встретились бы в мае``): what would be, or would have been, no meeting told."""
    t = w.tokens[i]
    return t.pos == "VERB" and any(c.text.lower() == _COUNTERFACTUAL for c in w.children(t))


def conditional(w: Words, i: int) -> bool:
    """The trigger at ``i`` lies in the clause of a condition: after ``если`` with no clause's end between (``Если X
    введет санкции, Y ответит``; ``Y ответит, если X закроет границу``), unless that clause tells the past without
    ``бы`` (``Если в прошлом году подписали три соглашения, то …``: a contrast of facts); or in the phrase of a
    condition (``в случае высылки дипломатов``, ``при условии, что …``), by its syntax."""
    for k in range(i - 1, -1, -1):
        if w.tokens[k].text in _CLAUSE_ENDS:
            break
        if w.lem[k] in CONDITION_MARKS:
            return not _contrast(w, k)
    t = w.tokens[i]
    for _ in range(_CLIMB):
        h = w.head_index(t)
        if h is None or w.tokens[h] is t:
            return False
        t = w.tokens[h]
        if any(p + " " + w.lem[h] in CONDITION_PHRASES for p in w.prepositions(t)):
            return True
    return False


def _contrast(w: Words, k: int) -> bool:
    """The clause ``если`` opens at ``k`` tells the past, without ``бы``: ``если раньше …, то теперь …``."""
    clause = []
    for t in w.tokens[k + 1:]:
        if t.text in _CLAUSE_ENDS:
            break
        clause.append(t)
    if any(t.text.lower() == _COUNTERFACTUAL for t in clause):
        return False
    return any(t.feats.get("Tense") == "Past" and t.feats.get("VerbForm") == "Fin" for t in clause)


def threatened(w: Words, i: int) -> bool:
    """The trigger is what a verb of threatening names: its infinitive (``пригрозил бойкотировать саммит``), the
    object of its infinitive (``пригрозил отложить встречу``), or its noun (``пригрозил разрывом отношений``); a finite
    verb of another between ends the climb (``пригрозил …, но провел встречу``)."""
    t = w.tokens[i]
    for _ in range(_THREAT_CLIMB):
        h = w.head_index(t)
        if h is None or w.tokens[h] is t:
            return False
        if w.lem[h] in THREAT_VERBS:
            return t.pos == "NOUN" or t.feats.get("VerbForm") == "Inf"
        t = w.tokens[h]
        if t.pos != "NOUN" and t.feats.get("VerbForm") != "Inf":
            return False
    return False


def practice_agreed(w: Words, i: int) -> bool:
    """A meeting noun (a CONSULT trigger's) that the imperfective infinitive of a light verb holds, under a verb of
    agreeing or deciding (``договорились проводить консультации на регулярной основе``, ``условились ежегодно проводить
    встречи``, ``решили проводить заседания раз в год``): a practice agreed upon, told by the agreement; not one meeting
    to come (``договорились провести раунд в мае``)."""
    t = w.tokens[i]
    if t.pos != "NOUN" or t.rel != "obj":
        return False
    h = w.head_index(t)
    if h is None or w.lem[h] not in LIGHT_VERBS:
        return False
    verb = w.tokens[h]
    above = w.head_index(verb)
    return verb.feats.get("VerbForm") == "Inf" and verb.feats.get("Aspect") == "Imp" \
        and above is not None and w.lem[above] in AGREEING | DECIDING
