"""The stance stage: each cue of each sentence, unless negated away or blocked, read in its frame; a
cue without a holder gives no stance, and an other side of the holder's own side, the speaker of the words
the cue stands in, or a news outlet, is dropped."""
from __future__ import annotations

import dataclasses

from ...morph import fold, lemmas
from ...records import Document, Sentence, Stance, Token
from ...settings import DEFAULT, Settings
from ..body_keys import own_ministries
from ..entities import with_countries
from ..quotes.cues import PRONOUNS
from ..quotes.speakers import SUBJECT
from .advocate import ADVOCATE_FRAMES
from .appraisal import APPRAISAL_FRAMES, appraisal_matches
from .bonds import BOND_FRAMES
from .checks import NEGATED, blocked, negated
from .context import Context
from .contrast import CONTRAST_FRAMES
from .cues import Match, Matcher
from .demand import DEMAND_FRAMES
from .frames import FRAMES, agent
from .holders import speaks_for
from .judge import JUDGE_FRAMES
from .mood import MOOD_FRAMES
from .obstacle import OBSTACLE_FRAMES
from .relations import RELATION_FRAMES
from .sides import sides_express
from .sovereignty import FLIPPED, SOVEREIGNTY_FRAMES
from .state import Holders
from .summons import summoned
from .targets import TARGET_FRAMES, anti_matches
from .tolerate import TOLERATE_FRAMES
from .topic import topic
from .unreached import UNREACHED_FRAMES
from .withheld import WITHHELD_FRAMES, supported
from .words import SHARED_FEELINGS

READERS = {**FRAMES, **JUDGE_FRAMES, **TARGET_FRAMES, **RELATION_FRAMES, **DEMAND_FRAMES, **MOOD_FRAMES,
           **TOLERATE_FRAMES, **BOND_FRAMES, **APPRAISAL_FRAMES, **SOVEREIGNTY_FRAMES, **CONTRAST_FRAMES,
           **ADVOCATE_FRAMES, **OBSTACLE_FRAMES, **WITHHELD_FRAMES, **UNREACHED_FRAMES}
# frames stated by a negation (or that read it themselves: "claimed")
REFUSALS = frozenset({"refuse", "alternative", "tolerate", "unanswered", "closed", "unsupported", "claimed", "unfit",
                      "withheld", "unreached"})
# frames whose negation states the opposite, or nothing ("X и Y не выступают за …" is no divergence)
FLIPS = {"sovereignty": FLIPPED, "advocate": {}}


def find_stances(doc: Document, settings: Settings = DEFAULT) -> list[Stance]:
    """The stances of a document whose quotes the quote stage found; one per sentence, polarity,
    holder and other side."""
    cx = Context(doc, settings)
    matcher = Matcher(cx.view, cx.settings)
    holders = Holders(doc, settings)
    out: list[Stance] = []
    seen = set()
    for sentence in cx.view.sentences:
        tokens = list(sentence.tokens)
        for m in matcher.matches(tokens) + anti_matches(tokens) + appraisal_matches(cx.view, tokens):
            m = supported(cx, m, tokens)  # "поддержал", not withheld: support
            stance = read_stance(cx, m, sentence, tokens)
            if stance is None:
                continue
            for one in jointly(cx, stance, m):
                if not holders.may_hold(one.holder):
                    continue  # a company, a club, a team: no side of diplomacy (state.py)
                key = (sentence.start, one.polarity, one.holder, one.other)
                if key not in seen:
                    seen.add(key)
                    out.append(one)
    return out


def jointly(cx: Context, stance: Stance, m: Match) -> list[Stance]:
    """A stance of a joint statement's voice is held by each side the title names (``Совместное заявление … X, Y и
    Z``: ``Мы приветствуем …``), none of them towards itself; see also ``by_the_sides``."""
    joint = cx.joint()
    if not joint or stance.holder != joint[0] or cx.voice(m.head.start) != joint[0]:
        return by_the_sides(cx, stance, m)
    return [dataclasses.replace(stance, holder=s) for s in joint if s != stance.other]


def read_stance(cx: Context, m: Match, sentence: Sentence, tokens: list[Token]) -> Stance | None:
    polarity = m.cue.polarity
    if negated(cx, m, tokens) and m.cue.frame not in REFUSALS:  # a refusal is its negation, so is no alternative
        flips = FLIPS.get(m.cue.frame, NEGATED)
        if polarity not in flips:
            return None
        polarity = flips[polarity]
    if blocked(cx, m, sentence):
        return None
    holder, other = READERS.get(m.cue.frame, agent)(cx, m, sentence, tokens)
    if holder is None or cx.side(holder) is None:  # "Послу был заявлен протест": the side that summoned him
        held = summoned(cx, m, sentence, tokens)
        if held[0] is not None or holder is None:
            holder, other = held
    if holder is None:
        return None
    holder, other = speaks_for(cx, holder), speaks_for(cx, other)
    side = cx.actors.side
    if other is not None and side(other) is not None and side(other) == side(holder):
        other = None
    if other is not None and other == cx.voice(m.head.start):
        other = None  # "X заявил, что Иран и Россия выступают против …": the speaker is no other side of his words
    if other is not None and own_member(cx, other, tokens):
        other = None  # "Партия X раскритиковала визит: ее лидер Y назвал …": the party's own leader is no other side
    if other is not None and cx.actors.outlet(other):
        other = None  # "назвало решение … в своем Telegram-канале", "… — сообщает ТАСС": a medium is no side
    start, stop = sentence.start, sentence.stop
    pa, pb = cx.view.paragraph(m.tokens[0].start)
    if pa < pb:  # the sentence, kept within the cue's paragraph (headings run into sentences)
        start, stop = max(start, pa), min(stop, pb)
    return Stance(polarity=polarity, start=start, stop=stop, holder=holder, other=other,
                  topic=topic(cx, m, tokens), cue=" ".join(t.text for t in m.tokens))


# "ее лидер Y", "его глава Y", "их представитель Y": a person the sentence ties to one named before it
# (data/pronouns.tsv).
OWNERS = PRONOUNS["HIS"] | PRONOUNS["HER"] | PRONOUNS["THEIR"]


def own_member(cx: Context, other: str, tokens: list[Token]) -> bool:
    """The other side is a person the sentence names after a possessive and a title (``ее лидер Y``): one of the
    holder's own (the possessive takes up the subject before), no other side."""
    if not cx.actors.is_person(other):
        return False
    for k, t in enumerate(tokens):
        m = cx.actors.mentions.outer(t)
        if m is None or m.entity != other:
            continue
        before = [fold(x.text) if x.text.islower() else "" for x in tokens[max(0, k - 3):k]]  # not "Его Величество"
        if len(before) >= 2 and before[-2] in OWNERS and tokens[k - 1].pos == "NOUN" or \
                len(before) == 3 and before[0] in OWNERS and tokens[k - 1].pos in ("NOUN", "ADJ"):
            return True
    return False


class StanceStage:
    """Stances, from the document's quotes and the salience the quote stage recorded (no quote is
    found again here)."""

    name = "stances"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles", "quotes", "speaker", "salient",
                          "quoted"})
    provides = frozenset({"stances", "entities"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def __call__(self, doc: Document) -> Document:
        stances = find_stances(doc, self.settings)
        own = own_ministries(doc, self.settings.entities.home_country)  # a foreign report's "МИД" is its own country's
        if own:
            stances = [x for x in (dataclasses.replace(s, holder=own.get(s.holder, s.holder),
                                                       other=own.get(s.other, s.other)) for s in stances)
                       if x.holder != x.other]
        ids = [x for s in stances for x in (s.holder, s.other)]
        return doc.replace(stances=tuple(stances), entities=with_countries(doc.entities, ids))


def by_the_sides(cx: Context, stance: Stance, m: Match) -> list[Stance]:
    """A feeling the sides express towards a third side (``Стороны выразили обеспокоенность планами X``), or an act
    of theirs (``Стороны осудили действия X``), is held by each of the text's two sides; a shared feeling towards no
    third side (``Стороны выразили удовлетворение ходом диалога``) is besides a view they share (converge)."""
    acted = m.cue.frame == "agent"  # "Стороны осудили действия X"
    verb = m.head if acted else cx.view.head(m.head)
    if acted and not sides_express(cx, verb, verb):
        return coordinated(cx, stance, m)
    if m.cue.frame not in ("feeling", "agent") or verb is None or \
            not sides_express(cx, verb, verb if acted else m.head):
        return [stance]
    sides = cx.sides_at(m.head.start)
    if stance.holder in sides and stance.other in (*sides, None) and len(sides) == 2 and \
            any(lemmas(t.text) & SHARED_FEELINGS for t in m.tokens):  # "Стороны выразили удовлетворение ходом …"
        other = next(s for s in sides if s != stance.holder)
        return [stance, dataclasses.replace(stance, polarity="converge", other=other)]
    if stance.holder not in sides or stance.other in sides:
        return [stance]
    return [dataclasses.replace(stance, holder=s) for s in sides]


def coordinated(cx: Context, stance: Stance, m: Match) -> list[Stance]:
    """``X и Y выступают против …``, ``X и Y осудили …``: each side the coordinated subject names holds it, towards
    the other side the stance found when that is neither of them."""
    subj = cx.view.child(m.head, SUBJECT)
    if subj is None or not any(c.rel == "conj" for c in cx.view.children(subj)):
        return [stance]
    holders: list[str] = []
    for a in cx.actors.actors(cx.view.subtree(subj)):
        if cx.side(a.entity) not in {cx.side(h) for h in holders}:
            holders.append(a.entity)
    if len(holders) < 2 or stance.holder not in holders:
        return [stance]
    other = None if stance.other in holders else stance.other
    return [dataclasses.replace(stance, holder=h, other=other) for h in holders]
