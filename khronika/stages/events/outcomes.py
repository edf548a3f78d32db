"""A decision told as the outcome of a meeting (``Главный итог — решение начать переговоры о …``, ``Итогом встречи
стало решение о создании рабочей группы``, ``главный практический результат — решение о совместной группе``): the
sides' joint decision, an agreement (AGREE).  The decision has a content of its own (an infinitive or ``о`` …
after it); a decision told with no outcome word before it (``решение Перу выслать посла``) is one side's, read by
the other rules, and one with no content (``Итог — решение за вами``) is none."""
from __future__ import annotations

from ...ids import is_country
from ...records import Event, Token
from .plural import joined_by
from .sentence import Words
from .words import BODY_ENDED, OUTCOMES, SESSIONS, SIGNING, trigger_type

DECISION = "решение"
_LINKS = frozenset({"—", "–", "-", "стать", "являться", "явиться", "быть"})  # what joins the outcome to the decision
_BEFORE = 6  # words from the outcome word to the decision: its own adjectives and genitive ("итогом встречи")


def outcome_decisions(w: Words, used: set[int]) -> list[int]:
    """The positions of the decisions told as a meeting's outcome in the sentence (not among ``used``)."""
    out = []
    for i, word in enumerate(w.lem):
        if word != DECISION or i in used or i == 0 or w.lem[i - 1] not in _LINKS:
            continue
        before = w.lem[max(0, i - _BEFORE):i - 1]
        if not any(b in OUTCOMES for b in before) or any(b in (",", ".", ";", ":") for b in before):
            continue
        content = any(c.feats.get("VerbForm") == "Inf" for c in w.children(w.tokens[i])) or \
            w.lem[i + 1:i + 2] in (["о"], ["об"])
        if content:
            out.append(i)
    return out


def with_the_sides_met(event: Event, w: Words, trig: list[Token], sides: list[str]) -> Event | None:
    """A decision told as the outcome of a meeting (``outcome_decisions``), a signing a meeting ended with
    (``ended_with``) or an agreement told with no subject (``no_subject``), that names fewer than two countries
    itself: the countries of the last meeting of two or more told before (``sides``: the one the sentence tells first)
    are its participants; None for a decision where there are not two (``Итогом заседания правительства стало решение
    о …``: one state's decision, no agreement); the others are left as told."""
    if sum(is_country(p.entity) for p in event.participants) >= 2:
        return event
    if len(trig) == 1 and w.lemma(trig[0]) == DECISION:
        return joined_by(event, sides) if len(sides) >= 2 else None
    told_by_the_sides = ended_with(w, trig[0]) or no_subject(w, trig)
    return joined_by(event, sides) if len(sides) >= 2 and told_by_the_sides else event


def ended_with(w: Words, t: Token) -> bool:
    """A signing told as how a meeting ended (``Сессия комиссии завершилась подписанием протокола``, ``Переговоры
    закончились подписанием декларации``): the signing noun in the instrumental of a verb of ending whose subject is a
    meeting's word: the sides that met signed."""
    head = w.head(t)
    if t.id not in w.position or w.lemma(t) not in SIGNING or t.feats.get("Case") != "Ins" or head is None \
            or head.id not in w.position or w.lemma(head) not in BODY_ENDED:
        return False
    return any(c.rel.startswith("nsubj") and c.id in w.position and (
        w.lemma(c) in SESSIONS or trigger_type(w.lemma(c)) == "CONSULT") for c in w.children(head))


def no_subject(w: Words, trig: list[Token]) -> bool:
    """An agreement told by a finite verb with no subject (``Договорились возобновить работу комиссии``, ``Условились
    провести консультации``): the sides that met reached it."""
    verb = trig[0]
    if len(trig) != 1 or verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
        return False
    return not any(c.rel in SUBJECTS for c in w.children(verb))


SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
