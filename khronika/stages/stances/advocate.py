"""The ``advocate`` frame: two sides together for the same thing (``X и Y выступают за многополярный мир``,
``Министры … высказались за отмену пошлин``, ``Стороны будут поддерживать инициативы друг друга``): they converge.
The sides are the ones the coordinated subject names, or the two the text's ``стороны``/``министры`` stand for (the
subject of the verb, or of the verb it is coordinated with: ``Министры осудили … и высказались за …``); one side for
something (``Россия выступает за диалог``) is no shared position, and gives none."""
from __future__ import annotations

from ...morph import fold
from ...records import Token
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .sides import side_list, the_sides

Sides = tuple[str | None, str | None]


def advocate(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = next((t for t in m.tokens if t.pos in ("VERB", "AUX")), None)
    if verb is None or verb.rel.startswith("acl"):
        return None, None  # "силы, выступающие за …": a description, not the sides' position
    sides = joint_subject(cx, verb)
    return (sides[0], sides[1]) if len(sides) >= 2 else (None, None)


def joint_subject(cx: Context, verb: Token) -> list[str]:
    """The sides the subject of the verb names (of the verb it is coordinated with when it has none): each side of a
    coordinated subject, or the text's two sides for ``стороны``, ``министры``; else none."""
    v = cx.view
    subj = v.child(verb, SUBJECT)
    if subj is None and verb.rel == "conj" and v.head(verb) is not None:
        subj = v.child(v.head(verb), SUBJECT)  # "Министры осудили … и высказались за …"
    if subj is None and any(c.rel == "cc" and fold(c.text) == "и" for c in v.children(verb)):
        # "Обе страны добиваются … и, как подчеркивается в заявлении, «будут поддерживать …»" parsed as two sentences:
        # the subject of the finite verb before the conjunction
        before = [t for t in v.sentence_tokens(verb.start) if t.stop <= verb.start and t.pos in ("VERB", "AUX") and
                  t.feats.get("VerbForm") == "Fin" and v.child(t, SUBJECT) is not None]
        subj = v.child(before[-1], SUBJECT) if before else None
    if subj is None:
        return []
    if the_sides(cx, subj):
        return cx.sides_at(verb.start)
    return side_list(cx, cx.actors.actors(v.subtree(subj)))


ADVOCATE_FRAMES = {"advocate": advocate}
