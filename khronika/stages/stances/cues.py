"""Stance cues (``data/stance_cues.tsv``) and where a sentence has them.

A cue has a polarity, a frame (who holds the position: see ``frames``) and a shape, the way its
slots stand in the sentence (``SHAPES``): one word; a phrase (consecutive words, one word may stand
between two slots; a two-slot phrase also when its second slot depends on the first or stands within
six words of it in the clause: ``против её появления … выступает``, ``оценил высоко``); a pair (a noun
slot and a predicate slot: the predicate's subject or a noun up to seven tokens before it in the
clause); a triple (noun, verb, an adverb near the verb).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ... import lexicon
from ...morph import fold, lemmas
from ...records import Token
from ...settings import StanceSettings
from ...view import DocView
from ..quotes.speakers import SUBJECT
from .words import COORDINATORS

POLARITIES = frozenset({"converge", "diverge", "concern", "negative", "positive"})
FRAME_NAMES = frozenset({"mutual", "agent", "feeling", "eval", "develop", "judge", "toward", "rapport", "experiencer",
                         "claim", "level", "value", "praise", "refuse", "blame", "alternative", "attempt",
                         "ready", "conduct", "demand", "atmosphere", "partner", "tolerate", "unanswered", "unite",
                         "sovereignty", "closed", "unsupported", "contrast", "advocate",
                         "claimed", "obstacle", "unfit", "withheld", "unreached"})
SLOTS = {"word": (1, 1), "phrase": (2, 4), "pair": (2, 2), "triple": (3, 3)}  # shape → fewest, most slots
COLUMNS = (lexicon.Column("polarity", choices=POLARITIES), lexicon.Column("frame", choices=FRAME_NAMES),
           lexicon.Column("shape", choices=frozenset(SLOTS)), lexicon.Column("slots", convert=lexicon.spaced))


@dataclass(frozen=True)
class Cue:
    polarity: str
    frame: str
    shape: str
    slots: tuple[frozenset, ...]


@cache
def cues() -> tuple[Cue, ...]:
    """The cues of ``data/stance_cues.tsv``, in its order; a row whose slots do not fit its shape is
    an error naming the line."""
    out = []
    for row in lexicon.table("stance_cues.tsv", COLUMNS, key=("polarity", "frame", "shape", "slots")):
        fewest, most = SLOTS[row["shape"]]
        if not fewest <= len(row["slots"]) <= most:
            raise lexicon.LexiconError(row.file, row.line, f"a {row['shape']} has {fewest} to {most} slots")
        slots = tuple(frozenset(fold(w) for w in s.split("|")) for s in row["slots"])
        out.append(Cue(row["polarity"], row["frame"], row["shape"], slots))
    return tuple(out)


def _anchor(cue: Cue) -> frozenset:
    """The slot whose word every match of the cue holds: the second of a pair or a triple, else the first."""
    return cue.slots[1] if cue.shape in ("pair", "triple") else cue.slots[0]


@cache
def cues_by_word() -> dict[str, tuple[int, ...]]:
    """Word → the numbers (in ``cues()``) of the cues whose anchor (``_anchor``) holds it."""
    out: dict[str, list[int]] = {}
    for n, cue in enumerate(cues()):
        for w in _anchor(cue):
            out.setdefault(w, []).append(n)
    return {w: tuple(ns) for w, ns in out.items()}


def is_(t: Token, slot: frozenset) -> bool:
    return bool(lemmas(t.text) & slot)


@dataclass
class Match:
    cue: Cue
    tokens: list[Token]  # the cue's words, in text order
    head: Token  # the predicate (verb/adjective) or the noun that carries the cue
    noun: Token | None = None  # the noun slot of a pair


def by_start(tokens: list[Token]) -> list[Token]:
    return sorted(tokens, key=lambda x: x.start)


class Matcher:
    """Finds the cues of a sentence."""

    def __init__(self, v: DocView, settings: StanceSettings):
        self.view = v
        self.settings = settings

    def matches(self, tokens: list[Token]) -> list[Match]:
        """The cues of a sentence in text order, a word in one cue at most (the file's first)."""
        out: list[Match] = []
        used: set[str] = set()
        lems = [lemmas(t.text) for t in tokens]
        present = frozenset().union(*lems) if tokens else frozenset()
        by_word, every = cues_by_word(), cues()
        # only the cues the word every match starts from is in the sentence of, in the file's order
        for cue in (every[n] for n in sorted({n for w in present for n in by_word.get(w, ())})):
            anchor = _anchor(cue)
            shape = SHAPES[cue.shape]
            first = anchor if cue.shape in ("word", "phrase") else None  # these start at their anchor's word
            for k, t in enumerate(tokens):
                if t.id in used or first is not None and not lems[k] & first:
                    continue
                m = shape(self, cue, tokens, k)
                if m is not None and not any(x.id in used for x in m.tokens):
                    used.update(x.id for x in m.tokens)
                    out.append(m)
        return sorted(out, key=lambda m: m.tokens[0].start)

    def noun_of(self, tokens: list[Token], k: int, slot: frozenset) -> Token | None:
        """The noun slot of a pair: the predicate's subject (a predicative adjective's: the subject of the verb it
        completes), or a noun a few words before it in the same clause."""
        t = tokens[k]
        h = self.view.head(t) if t.rel == "xcomp" else None  # "позиции … остаются различными"
        for c in self.view.children(t) + (self.view.children(h) if h is not None else []):
            if c.rel in SUBJECT and is_(c, slot):
                return c
        for j in range(k - 1, max(-1, k - self.settings.pair_noun_reach - 1), -1):
            x = tokens[j]
            if x.text in (",", ";", ":", ".") or (x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"):
                return None
            if x.pos == "NOUN" and is_(x, slot):
                return x
        return None


def phrase_head(got: list[Token]) -> Token:
    for t in got:
        if t.pos in ("VERB", "AUX"):
            return t
    return next((t for t in reversed(got) if t.pos == "NOUN"), got[-1])


# ---- shapes: (matcher, cue, the sentence's tokens, the word's index) → Match | None


def word(mr: Matcher, cue: Cue, tokens: list[Token], k: int) -> Match | None:
    t = tokens[k]
    return Match(cue, [t], t) if is_(t, cue.slots[0]) and t.pos != "PROPN" else None


def phrase(mr: Matcher, cue: Cue, tokens: list[Token], k: int) -> Match | None:
    t = tokens[k]
    if not is_(t, cue.slots[0]):
        return None
    got, i = [t], k
    for prev, slot in zip(cue.slots, cue.slots[1:]):
        i = coordinated(tokens, i, prev)
        reach = range(i + 1, i + 2 + mr.settings.phrase_gap)
        nxt = next((j for j in reach if j < len(tokens) and is_(tokens[j], slot)), None)
        if nxt is None:
            break
        got.append(tokens[nxt])
        i = nxt
    if len(got) == len(cue.slots):
        return Match(cue, got, phrase_head(got))
    if len(cue.slots) == 2:
        # "против её появления … выступает", "оценил высоко": the second slot under the first
        # or within a few words of it in the same clause
        for c in mr.view.children(t):
            for g in [c] + mr.view.children(c) + relative(mr.view, c):
                if is_(g, cue.slots[1]):
                    return Match(cue, by_start([t, g]), phrase_head([t, g]))
        reach = mr.settings.phrase_reach
        for j in list(range(k - 1, max(-1, k - reach - 1), -1)) + list(range(k + 1, min(len(tokens), k + reach + 1))):
            between = tokens[min(j, k) + 1:max(j, k)]
            if any(x.text in ",;:.!?" for x in between):
                continue
            if t.pos == "NOUN" and tokens[j].pos == "NOUN":
                continue  # two nouns only joined by syntax: not "позиция по единству …" for "единство позиций"
            if is_(tokens[j], cue.slots[1]) and not under_noun(mr.view, tokens[j], between):
                return Match(cue, by_start([t, tokens[j]]), phrase_head([t, tokens[j]]))
    return None


_STANDS_IN = frozenset({"то", "все", "всё"})  # a pronoun object a relative clause tells ("разрушает то, что …")


def relative(v: DocView, t: Token) -> list[Token]:
    """``разрушать то, что осталось от отношений``: the words under the relative clause of a pronoun object, which
    stand in for it."""
    if t.pos not in ("PRON", "DET") or fold(t.text) not in _STANDS_IN:
        return []
    return [g for c in v.children(t) if c.rel == "acl" or c.rel.startswith("acl:") for g in v.children(c)]


def coordinated(tokens: list[Token], i: int, slot: frozenset) -> int:
    """``совпадение либо близость позиций``: a word of the same slot joined to the slot's word by a conjunction
    stands in for it; the index of the last such word."""
    while i + 2 < len(tokens) and tokens[i + 1].pos == "CCONJ" and fold(tokens[i + 1].text) in COORDINATORS and \
            is_(tokens[i + 2], slot):
        i += 2
    return i


def under_noun(v: DocView, t: Token, between: list[Token]) -> bool:
    """A preposition of a noun phrase that stands between the slots (``за отмену санкций против X``):
    it belongs to that noun, not to the cue."""
    inside = {x.id for x in between if x.pos == "NOUN"}
    h = v.head(t)
    if h is not None and t.rel == "case":
        h = v.head(h)
    return h is not None and h.id in inside


def pair(mr: Matcher, cue: Cue, tokens: list[Token], k: int) -> Match | None:
    t = tokens[k]
    if not is_(t, cue.slots[1]) or t.pos not in ("VERB", "ADJ", "AUX"):
        return None
    noun = mr.noun_of(tokens, k, cue.slots[0])
    return Match(cue, by_start([noun, t]), t, noun) if noun is not None else None


def triple(mr: Matcher, cue: Cue, tokens: list[Token], k: int) -> Match | None:
    t = tokens[k]
    if not is_(t, cue.slots[1]) or t.pos != "VERB":
        return None
    noun = mr.noun_of(tokens, k, cue.slots[0])
    if noun is None:
        return None
    s = mr.settings
    adv = next((x for x in tokens[k + 1:k + 1 + s.adverb_after] if is_(x, cue.slots[2])), None) or \
        next((x for x in tokens[max(0, k - s.adverb_before):k] if is_(x, cue.slots[2])), None)
    return Match(cue, by_start([noun, t, adv]), t, noun) if adv is not None else None


SHAPES: dict[str, Callable[[Matcher, Cue, list[Token], int], Match | None]] = {
    "word": word, "phrase": phrase, "pair": pair, "triple": triple}
