"""A voice at home: a state's opposition, its lawmakers or its parliament (``words.HOME_VOICES``, a body of
``words.LEGISLATURES`` or one of its people by a bare genitive: ``председатель комитета сената``, ``часть депутатов
парламента``; a noun marked ``оппозиционный`` or ``парламентский``) that criticises, calls on, supports or threatens
its own government (``words.GOVERNMENTS`` with no named state of its own: ``призвал правительство``, ``потребовала от
правительства``, ``раскритиковала решение правительства``, ``заявив, что власти …``) takes part in a domestic debate,
no diplomacy: neither the verbs told together with the address (``раскритиковала правительство … и призвала …``) nor
what such a call asks for (``призвал правительство выслать посла X``) is an event.  A lawmaker's own diplomacy stays
(``сенатор одобрил инициативу посла соседней страны``, ``депутаты встретились с послом``)."""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import GOVERNMENTS, HOME_MARKS, HOME_VOICES, LEGISLATURES

VOICED = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "THREATEN", "PROTEST"})  # what a home voice says; not a refusal
# ("оппозиция отвергла предложение правительства провести выборы": a party to talks refuses)
_TOLD_WITH = ("conj", "advcl")  # "раскритиковала …, заявив, что …", "… и призвала": one voice, one subject
_GENITIVE_DEPTH = 2  # "председатель комитета сената": the body two genitives down
_CLIMB = 4  # verbs climbed from a call's content to the verb with the subject


def home_voice(w: Words, verb: Token, type_: str) -> bool:
    """Is the act at ``verb`` (the trigger's verb, or its light verb) a home voice's address to its own government,
    or the content of one (an infinitive below such a call)?"""
    content, v = False, verb
    for _ in range(_CLIMB):
        head = w.head(v)
        if head is None or head is v or head.pos not in ("VERB", "AUX") or v.rel not in ("xcomp", "conj") \
                or any(c.rel.startswith("nsubj") for c in w.children(v)):
            break  # "оппозиция раскритиковала …, а МИД призвал …": a voice of its own
        content = content or v.rel == "xcomp"
        v = head
    if not (content or type_ in VOICED):
        return False
    told = [v] + [c for c in w.children(v) if c.rel in _TOLD_WITH and c.pos == "VERB" and c.id in w.position]
    if not any(c.rel.startswith("nsubj") and c.id in w.position and _at_home(w, c, _GENITIVE_DEPTH)
               for c in w.children(v)):
        return False
    return any(_addresses_government(w, x) for x in told)


def _at_home(w: Words, t: Token, depth: int) -> bool:
    """An opposition, a lawmaker, a parliament, or one of their people (a bare genitive down to ``depth``)."""
    word = w.lemma(t)
    if word in HOME_VOICES or word in LEGISLATURES:
        return True
    children = [c for c in w.children(t) if c.id in w.position]
    if any(c.rel == "amod" and w.lemma(c) in HOME_MARKS for c in children):
        return True
    return depth > 0 and any(c.rel == "nmod" and bare_genitive(w, c) and _at_home(w, c, depth - 1)
                             for c in children)


def _addresses_government(w: Words, v: Token) -> bool:
    """The verb's object, recipient or complement is the own government, or a thing of its (``решение
    правительства``); or the subject of what the verb says (``заявив, что правительство …``)."""
    for c in w.children(v):
        if c.id not in w.position:
            continue
        if c.rel in ("obj", "iobj", "obl") and (_government(w, c) or any(
                g.rel == "nmod" and bare_genitive(w, g) and _government(w, g) for g in w.children(c))):
            return True
        if c.rel == "ccomp" and any(s.rel == "nsubj" and _government(w, s) for s in w.children(c)):
            return True
    return False


def _government(w: Words, t: Token) -> bool:
    """A government of no state the sentence names (``правительство``, ``федеральное правительство``, ``власти``; not
    ``правительство Японии``, ``японские власти``)."""
    return t.id in w.position and w.lemma(t) in GOVERNMENTS and not any(
        c.rel in ("nmod", "amod", "appos") and c.start in w.actors for c in w.children(t))


def bare_genitive(w: Words, c: Token) -> bool:
    """A genitive with no preposition (``лидер оппозиции``, ``комитета сената``; not ``из оппозиции``)."""
    return c.feats.get("Case") == "Gen" and not any(x.rel == "case" for x in w.children(c))
