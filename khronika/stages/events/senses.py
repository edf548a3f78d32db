"""Vetoes on a trigger that its sentence gives another sense: an intention (``собрались провести``), a meeting
ruled out (``возобновление переговоров невозможно``), the reason of thanks or blame (``благодарны за то, что те
поддерживают …``), what a side is accused of (``обвинила Y в переброске войск``), contacts kept up (``поддерживают
контакты``), the aim of a deed (``направлена на ограничение``).  Each says that the trigger word at position ``i``
reports no event in its sentence (``objects.VETOES``)."""
from __future__ import annotations

from ... import morph
from ...records import Token
from .sentence import Words
from .words import CONSEQUENCE_VERBS, MAINTAINED

ABOUT_TO = frozenset({"собраться", "собираться"})  # "собрались провести": an intention, not a gathering
RULED_OUT = frozenset({"невозможный", "невозможно", "исключить", "исключенный", "нереальный", "нереально",
                       "немыслимый", "немыслимо"})  # "возобновление переговоров невозможно": none held
ACCUSING = frozenset({"обвинить", "обвинять", "обвинение", "упрекнуть", "упрекать", "подозревать", "подозрение",
                      "уличить", "уличать"})  # "обвинила Y в …": what Y is accused of is no event told
AIMED = frozenset({"направить", "направлять", "нацелить", "нацеливать"})  # "направлена на ограничение": an aim
KEEPING_UP = "поддерживать"  # "поддерживают контакты": kept up (MAINTAINED), not supported


def consequence_told(trig: list[Token]) -> bool:
    """A threat named by its consequence (``получат адекватный ответ``, ``ответ последует``) told in the past tense
    (``получила адекватный ответ на запрос``): what came, no threat."""
    verbs = [t for t in trig if t.pos == "VERB"]
    return bool(verbs) and morph.lemma(verbs[0].text) in CONSEQUENCE_VERBS and morph.tense(verbs[0].text) == "past"


def about_to(w: Words, i: int) -> bool:
    """A verb of gathering that governs an infinitive (``собрались провести референдум``) tells an intention."""
    return w.lem[i] in ABOUT_TO and any(c.rel == "xcomp" and c.feats.get("VerbForm") == "Inf"
                                        for c in w.children(w.tokens[i]))


def ruled_out(w: Words, i: int) -> bool:
    """A trigger noun, or the noun it completes (``возобновление переговоров``), that is the subject of a word of
    impossibility (``… в нынешних условиях невозможно``, ``встреча исключена``): no event held."""
    t = w.tokens[i]
    if t.pos != "NOUN":
        return False
    up = w.head(t) if t.rel == "nmod" else None
    for noun in (t, up):
        pred = w.head_index(noun) if noun is not None and noun.rel in ("nsubj", "nsubj:pass") else None
        if pred is not None and w.lem[pred] in RULED_OUT:
            return True
    return False


def for_which(w: Words, i: int) -> bool:
    """An act in the present told as the reason of thanks or blame (``благодарны партнёрам за то, что те
    поддерживают …``): the gratitude is the act, what it is for is an ongoing state."""
    t = w.tokens[i]
    head = w.head(t)
    return t.pos == "VERB" and t.feats.get("Tense") == "Pres" and head is not None and head.text.lower() == "то" \
        and any(c.rel == "case" and c.text.lower() == "за" for c in w.children(head))


def accused_of(w: Words, i: int) -> bool:
    """A trigger noun that is what a side is accused of (``обвинила Y в переброске войск``, ``обвинения в
    агрессии``): the accusation is the act, not the deed it names."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and head is not None and w.lem[head] in ACCUSING and \
        any(c.rel == "case" and c.text.lower() in ("в", "во") for c in w.children(t))


def kept_up(w: Words, i: int) -> bool:
    """``поддерживают тесные контакты``, ``поддерживает связь с …``: what is kept up is no side supported."""
    objs = [c for c in w.children(w.tokens[i]) if c.rel == "obj" and c.id in w.position]
    return w.lem[i] == KEEPING_UP and any(w.lem[w.position[c.id]] in MAINTAINED for c in objs)


def aimed_at(w: Words, i: int) -> bool:
    """A trigger noun that something is aimed at (``меры, направленные на ограничение …``, ``нацелены на поддержку
    …``): the aim of another deed, no act of its own; a participle only (``направил ноту`` sends)."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and head is not None and w.lem[head] in AIMED \
        and w.tokens[head].feats.get("VerbForm") == "Part" and any(
            c.rel == "case" and c.text.lower() == "на" for c in w.children(t))


VETOES = (about_to, ruled_out, for_which, accused_of, kept_up, aimed_at)
