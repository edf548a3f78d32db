"""Words told to an envoy summoned: ``X вызвал посла Y … Послу был заявлен протест``, ``Посол Y был приглашен в
МИД X. Ему указали, что работа атташе несовместима …``.  A cue whose verb has no subject (a passive, an
indefinite third person plural) and an addressee in the dative (``ему``, ``послу``) is held by the side that
summoned the envoy (SUMMON: the subject of ``вызвал``/``пригласил``, or the body of ``был вызван в МИД X``, else the
text's other side than the envoy's), towards the envoy's side, when the cue's sentence or one of the few before it
in the text tells such a summons of an envoy (ENVOYS).  A cue whose own holder is of a side is never read so."""
from __future__ import annotations

from ...ids import is_country
from ...morph import fold, lemmas
from ...records import Token
from .context import Context
from .cues import Match
from .holders import subject
from .sides import counterpart
from .words import ENVOYS, SUMMON

Sides = tuple[str | None, str | None]
REACH = 3  # the most sentences before the cue's that may tell the summons
UP = 4  # the most heads from the cue up to its verb
DATIVES = frozenset({"ему", "ей", "им"})
ACTIVE = frozenset({"nsubj"})  # a subject that acts ("протест был заявлен": the passive's is what is told)


def summoned(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = _verb(cx, m.head)
    if verb is None or cx.view.child(verb, ACTIVE) is not None or not _addressed(cx, verb):
        return None, None
    si = cx.view.sentence_index(sentence.start)
    for k in range(si, max(-1, si - REACH - 1), -1):
        found = _summons(cx, list(cx.view.sentences[k].tokens), sentence, tokens)
        if found is not None:
            return found
    return None, None


def _verb(cx: Context, t: Token) -> Token | None:
    for _ in range(UP):
        if t.pos in ("VERB", "AUX") or t.pos == "ADJ" and t.feats.get("VerbForm") == "Part":
            return t
        t = cx.view.head(t)
        if t is None:
            return None
    return None


def _addressed(cx: Context, verb: Token) -> bool:
    """An addressee in the dative: ``ему``, ``послу``."""
    return any(c.rel in ("iobj", "obl", "obj") and (fold(c.text) in DATIVES or c.feats.get("Case") == "Dat"
                                                   and lemmas(c.text) & ENVOYS) for c in cx.view.children(verb))


def _summons(cx: Context, told: list[Token], sentence, tokens: list[Token]) -> Sides | None:
    """The summoner and the envoy's side a sentence tells (``X вызвал посла Y``, ``посол Y был вызван в МИД X``)."""
    for t in told:
        if not lemmas(t.text) & SUMMON or t.pos != "VERB":
            continue
        children = cx.view.children(t)
        envoy = next((c for c in children if c.rel in ("obj", "nsubj:pass", "nsubj") and lemmas(c.text) & ENVOYS),
                     None)
        if envoy is None:
            continue
        side = next((cx.side(a.entity) for a in cx.actors.actors(cx.view.subtree(envoy))
                     if cx.side(a.entity) is not None), None)
        if side is None:
            continue
        holder = subject(cx, t) if envoy.rel == "obj" and cx.view.child(t, ACTIVE) is not None else None
        if holder is None:  # "был вызван в МИД X" (not a bare "в министерство", whatever side the tagger gave it)
            places = [c for c in children if c.rel == "obl" and any(fold(x.text) in ("в", "во") for x in
                                                                     cx.view.children(c))]
            spans = [(min(x.start for x in cx.view.subtree(c)), max(x.stop for x in cx.view.subtree(c)))
                     for c in places]
            named = {cx.side(m.entity) for m in cx.doc.mentions if is_country(m.entity)
                     and any(a <= m.start and m.stop <= b for a, b in spans)} - {None, side}
            found = [a for c in places for a in cx.actors.actors(cx.view.subtree(c))]
            holder = next((a.entity for a in found if cx.side(a.entity) in named), None) or \
                (named.pop() if len(named) == 1 else None)
        if holder is None:
            holder = counterpart(cx, side, sentence, tokens)
        if holder is not None and cx.side(holder) not in (None, side):
            return holder, side
    return None
