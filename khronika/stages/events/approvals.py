"""A plan or a document several sides approve together (``Министры … одобрили программу совместных мероприятий``,
``Стороны одобрили дорожную карту``, ``Главы МИД … одобрили проект итогового заявления``, ``Чили и Перу одобрили
программу``): a joint decision, an agreement (AGREE), as ``приняли совместное заявление`` is; one side approving
another's step (``США одобрили план Египта``) stays its support."""
from __future__ import annotations

from ...records import Token
from .sentence import Words
from .words import APPROVING, JOINT_DOCUMENTS, JOINT_SUBJECTS


def approved_together(w: Words, trig: list[Token]) -> bool:
    """Is the trigger a verb of ``APPROVING`` whose object is a document (``JOINT_DOCUMENTS``) and whose subject is
    several sides: a plural noun of ``JOINT_SUBJECTS`` (``министры``, ``стороны``, ``главы``) or two actors joined
    (``Чили и Перу``)?  A verb joined to another (``приняли заявление и одобрили план``) has that one's subject."""
    verb = trig[0]
    if len(trig) != 1 or verb.pos != "VERB" or w.lem[w.position[verb.id]] not in APPROVING:
        return False
    if not any(c.rel == "obj" and w.lemma(c) in JOINT_DOCUMENTS for c in w.children(verb)):
        return False
    subjects = [c for c in w.children(verb) if c.rel == "nsubj"]
    head = w.head(verb)
    if not subjects and verb.rel == "conj" and head is not None:
        subjects = [c for c in w.children(head) if c.rel == "nsubj"]
    return any(_several(w, s) for s in subjects)


def _several(w: Words, subject: Token) -> bool:
    if subject.feats.get("Number") == "Plur" and w.lemma(subject) in JOINT_SUBJECTS:
        return True
    joined = [c for c in w.children(subject) if c.rel == "conj"]
    return subject.start in w.actors and any(c.start in w.actors for c in joined)
