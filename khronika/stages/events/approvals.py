"""A plan or a document several sides approve together (``Министры … одобрили программу совместных мероприятий``,
``Стороны одобрили дорожную карту``, ``Главы МИД … одобрили проект итогового заявления``, ``Чили и Перу одобрили
программу``): a joint decision, an agreement (AGREE), as ``приняли совместное заявление`` is; one side approving
another's step (``США одобрили план Египта``) stays its support.  A document several sides adopt (``ADOPTING``:
``Лидеры трех стран приняли декларацию о …``, ``Министры утвердили план действий``) is an agreement too, where one
side adopting one (``парламент принял декларацию``) is none."""
from __future__ import annotations

from ... import morph
from ...records import Token
from .sentence import Words
from .words import ADOPTING, APPROVING, JOINT_DOCUMENTS, JOINT_SUBJECTS


def approved_together(w: Words, trig: list[Token]) -> bool:
    """Is the trigger a verb of ``APPROVING`` whose object is a document (``JOINT_DOCUMENTS``) and whose subject is
    several sides: a plural noun of ``JOINT_SUBJECTS`` (``министры``, ``стороны``, ``главы``) or two actors joined
    (``Чили и Перу``)?  A verb joined to another (``приняли заявление и одобрили план``) has that one's subject."""
    verb = trig[0]
    if len(trig) != 1 or verb.pos != "VERB" or w.lem[w.position[verb.id]] not in APPROVING:
        return False
    return _document_of_several(w, verb)


def adopted_together(w: Words, used: set[int]) -> list[int]:
    """Positions of the verbs of ``ADOPTING`` (not among ``used``) whose object is a document (``JOINT_DOCUMENTS``)
    and whose subject is several sides (``Лидеры … приняли декларацию``, ``собрались … и приняли декларацию``)."""
    return [i for i, word in enumerate(w.lem) if i not in used and word in ADOPTING
            and w.tokens[i].pos == "VERB" and _document_of_several(w, w.tokens[i]) and not _one_sides(w, w.tokens[i])]


def _one_sides(w: Words, verb: Token) -> bool:
    """A subject that names one side alone (``Члены правительства Литвы``, ``Министры Эстонии``): its own people."""
    for s in _subjects(w, verb):
        named = {t.start for t in w.v.subtree(s, skip=frozenset()) if t.start in w.actors}
        if len(named) == 1:
            return True
    return False


def _subjects(w: Words, verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verb it is joined to (``приняли заявление и одобрили план``)."""
    subjects = [c for c in w.children(verb) if c.rel == "nsubj"]
    head = w.head(verb)
    if not subjects and verb.rel == "conj" and head is not None:
        subjects = [c for c in w.children(head) if c.rel == "nsubj"]
    return subjects


def _document_of_several(w: Words, verb: Token) -> bool:
    if not any(c.rel == "obj" and w.lemma(c) in JOINT_DOCUMENTS for c in w.children(verb)):
        return False
    return any(_several(w, s) for s in _subjects(w, verb))


def _several(w: Words, subject: Token) -> bool:
    if _plural(subject) and w.lemma(subject) in JOINT_SUBJECTS:
        return True
    joined = [c for c in w.children(subject) if c.rel == "conj"]
    return subject.start in w.actors and any(c.start in w.actors for c in joined)


def _plural(t: Token) -> bool:
    """A plural noun, by its tag or, where the tagger took it for a name (a capitalised word at a sentence's start:
    ``Президенты …``, ``Главы …``, whose tags it often gets wrong) or gave it no number, by the most likely parse of
    its word."""
    if "Number" in t.feats and t.pos != "PROPN":
        return t.feats["Number"] == "Plur"
    found = morph.parses(t.text.lower())
    return bool(found) and found[0].tag.number == "plur"
