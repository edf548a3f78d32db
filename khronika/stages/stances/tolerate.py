"""Frames of acts a side says it will not tolerate or leave unanswered; both are stances only negated.

* ``tolerate``: ``X не допустит угроз …``, ``мы не потерпим вмешательства …``, ``Y никогда не позволит Z запугать
  …``, ``не будет мириться с давлением …``: the subject of the negated verb (or of the modal above it) holds it, when
  what it will not tolerate is an act against a side (``data/stance_words.tsv`` HOSTILE: ``не допустит ошибок``,
  ``не позволит провести матч`` are none); towards the side that act is of, else the one other side of the sentence,
  else of the document; what it will not tolerate may follow a concessive clause the parser hung it from (``не даст
  никому, кем бы он ни был, диктовать …``);
* ``unanswered``: ``подобные шаги X не останутся без ответа``, ``насилие … не может оставаться безнаказанным`` (held by
  who says it), ``Y не оставит без ответа санкции X`` (held by the subject): towards the side whose act it is, else
  the one other side of the sentence, else of the document; an act no side is found for (``преступление не останется
  безнаказанным`` in a country's own news) or a request answered (``обращение не останется без ответа``) is none.

An infinitive under a verb of trying or urging (``пытались не допустить эскалации``, ``призвал не допустить``) is
a goal, not a position: only a finite verb, a future with ``будет``, or one under a modal (``не может допустить``), is
read.
"""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Token
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .holders import opinion_holder, subject
from .relations import refused
from .sides import counterpart, other
from .words import HOSTILE, LEAVE, LEAVE_ACTIVE, MODALS, REQUESTS

Sides = tuple[str | None, str | None]
OBJECTS = ("obj", "obl", "iobj", "xcomp", "ccomp")


def _stated(cx: Context, verb: Token) -> Token | None:
    """The finite verb that states the refusal: the verb itself, or the modal an infinitive completes."""
    if verb.feats.get("VerbForm") == "Fin" or any(c.rel == "aux" and lemmas(c.text) & {"быть"}
                                                  for c in cx.view.children(verb)):
        return verb  # "не допустит", "не будет мириться"
    h = cx.view.head(verb)
    if verb.rel == "xcomp" and h is not None and lemmas(h.text) & MODALS:
        return h
    return None


def _towards(cx: Context, holder: str, scope: list[Token], sentence, tokens: list[Token]) -> Sides:
    found = other(cx, holder, scope, sentence, tokens, fallback=True)
    if found is None:
        found = counterpart(cx, cx.side(holder), sentence, tokens)
    return (holder, found) if found is not None else (None, None)


def _past_concession(cx: Context, verb: Token, tokens: list[Token]) -> list[Token]:
    """``не позволит никому, какие бы цели он ни преследовал, диктовать …``: the infinitive after a concessive
    clause (``бы`` … ``ни``) set off by commas, which the parser hangs from that clause's verb; its phrase."""
    after = [t for t in tokens if t.start > verb.start]
    words = {fold(t.text) for t in after}
    if not {"бы", "ни"} <= words:
        return []
    k = max(i for i, t in enumerate(after) if fold(t.text) == "ни")
    inf = next((t for t in after[k:] if t.pos == "VERB" and t.feats.get("VerbForm") == "Inf"), None)
    if inf is None or any(x.id == inf.id for c in cx.view.children(verb) for x in cx.view.subtree(c)):
        return []
    return cx.view.subtree(inf)


def tolerate(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    verb = m.head
    stated = _stated(cx, verb) if verb.pos == "VERB" else None
    if stated is None or not refused(cx, verb):
        return None, None
    scope = [x for c in cx.view.children(verb) if c.rel in OBJECTS for x in cx.view.subtree(c)]
    scope += _past_concession(cx, verb, tokens)
    if not any(lemmas(x.text) & HOSTILE for x in scope):
        return None, None
    holder = subject(cx, stated) if cx.view.child(stated, SUBJECT) is not None or stated is verb else None
    if holder is None and stated is not verb:
        holder = subject(cx, verb)
    if holder is None:
        return None, None
    return _towards(cx, holder, scope, sentence, tokens)


def unanswered(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    word = m.tokens[-1]  # "ответа" of "без ответа", or "безнаказанным"
    verb = cx.view.head(word)
    if verb is None or verb.pos != "VERB" or not lemmas(verb.text) & LEAVE:
        return None, None
    stated = _stated(cx, verb)
    if stated is None or not refused(cx, verb):
        return None, None
    if lemmas(verb.text) & LEAVE_ACTIVE:  # "Y не оставит без ответа санкции X"
        holder = subject(cx, stated)
        acts = [c for c in cx.view.children(verb) if c.rel == "obj"]
    else:  # "шаги X не останутся без ответа": who says it
        holder = opinion_holder(cx, m, tokens)
        acts = [c for h in {verb.id: verb, stated.id: stated}.values() for c in cx.view.children(h) if c.rel in SUBJECT]
    if holder is None or any(lemmas(c.text) & REQUESTS for c in acts):
        return None, None
    return _towards(cx, holder, [x for c in acts for x in cx.view.subtree(c)], sentence, tokens)


TOLERATE_FRAMES = {"tolerate": tolerate, "unanswered": unanswered}
