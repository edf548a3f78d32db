"""The sides of an act whose subject names them only by a count or an office: ``Министры обеих стран подписали …``,
``Главы внешнеполитических ведомств договорились …``, ``Делегации согласовали …``, ``Обе стороны условились …``.

Such a subject (a plural title of ``data/plural_titles.tsv``, ``plural.plural_title``, or a plural ``DELEGATION_NOUNS``
noun: ``делегации``, ``стороны``) stands for the countries of the last event told before it, in its own item of a
digest, that names two countries or more: the pair the story has named.  A count (``двух стран``, ``обе``) must
match their number (three-party talks are no ``двух стран``); an act that already names a country the pair lacks is of
another story, and one that names two countries itself keeps them.  A title of a group (``министры стран ЕС``) stands
for nobody named here (``plural_title`` gives none).
"""
from __future__ import annotations

from ... import morph
from ...ids import is_country
from ...records import Document, Event, Token
from ..clean.items import item_at
from .plural import SUBJECT, TITLES, Plural, _covered, _number, _verbs_of, joined_by, plural_title
from .sentence import Words
from .words import AT_MEETING_NOUNS, DELEGATION_NOUNS, GATHERINGS

_NOT_SIDES = frozenset({"часть"})  # "часть делегаций": some of them, no sides
_GATHERINGS = AT_MEETING_NOUNS | GATHERINGS


def counted_sides(event: Event, w: Words, trig: list[Token], events: list[Event], doc: Document) -> tuple[str, ...]:
    """The countries the event's count or office subject stands for that it does not name itself (none where it names
    two countries or more, or has no such subject)."""
    own = [p.entity for p in event.participants if is_country(p.entity)]
    if len(own) >= 2:
        return ()
    number = _counted_subject(w, trig)
    if number is None:
        return ()
    sides = _last_sides(events, doc, event.start)
    if len(sides) < 2 or number and len(sides) != number or any(c not in sides for c in own):
        return ()
    return tuple(c for c in sides if c not in own)


def with_counted_sides(events: list[Event], counted: dict[str, tuple[str, ...]]) -> list[Event]:
    """The events with the sides ``counted_sides`` found for them, added once the story is read (its days and merges
    go by what each sentence names itself)."""
    return [joined_by(e, counted[e.id]) if e.id in counted else e for e in events]


def _counted_subject(w: Words, trig: list[Token]) -> int | None:
    """The count a subject of sides gives (0 when it gives none), or None when the trigger has no such subject."""
    verb = w.head(trig[0])
    if trig[0].feats.get("VerbForm") == "Conv" and trig[0].rel == "advcl" and verb is not None:
        trig = [verb]  # "Подписав протокол, главы делегаций договорились …": the subject of the verb it modifies
    plural = plural_title(w, trig) or _agent_title(w, trig)
    if plural is not None:
        return plural.number or 0
    verbs = _verbs_of(w, trig)
    for k, t in enumerate(w.tokens):
        if t.rel in SUBJECT and t.head_id in verbs and w.lem[k] in DELEGATION_NOUNS - _NOT_SIDES \
                and w.mention(t) is None and _plural(w, t):
            counts = [n for c in w.children(t) if c.rel in ("nummod", "det", "amod")
                      and (n := _number(c.text)) is not None]
            return counts[0] if counts else 0
    return None


def _agent_title(w: Words, trig: list[Token]) -> Plural | None:
    """A plural title in the instrumental that is the agent of a passive trigger (``был подписан министрами двух
    стран``)."""
    if trig[0].feats.get("Voice") != "Pass":
        return None
    ids = {t.id for t in trig}
    for k, t in enumerate(w.tokens):
        if t.head_id in ids and t.rel in ("obl", "obl:agent") and t.feats.get("Case") == "Ins" \
                and t.feats.get("Number") == "Plur" and w.lem[k] in TITLES and w.mention(t) is None \
                and not w.prepositions(t):
            return _covered(w, k)
    return None


def _plural(w: Words, t: Token) -> bool:
    """A subject in the plural, or one its verb agrees with in the plural (the tagger reads ``Делегации согласовали``
    and ``стороны договорились`` as a genitive singular)."""
    verb = w.head(t)
    return t.feats.get("Number") == "Plur" or verb is not None and verb.feats.get("Number") == "Plur"


def _last_sides(events: list[Event], doc: Document, at: int) -> list[str]:
    """The countries of the last event told before offset ``at`` in its item of a digest that names two or more; none
    when a sentence between names a gathering of which no event was told (``В Женеве открылась конференция по климату.
    Делегации согласовали …``: the conference's delegations)."""
    item = item_at(doc.items, at)
    for e in reversed(events):
        if item_at(doc.items, e.start) != item:
            continue
        countries = list(dict.fromkeys(p.entity for p in e.participants if is_country(p.entity)))
        if len(countries) >= 2:
            return [] if _another_gathering(events, doc, e.start, at) else countries
    return _named_just_before(doc, at, item)


def _named_just_before(doc: Document, at: int, item) -> list[str]:
    """The two countries the sentence just before offset ``at`` names, in its item of a digest, where no event told
    two (a teaser's headline: ``Оман откроет границу с Йеменом`` / ``…, договорились министры иностранных дел двух
    стран``)."""
    before = [s for s in doc.sentences if s.stop <= at and item_at(doc.items, s.start) == item][-1:]
    countries = list(dict.fromkeys(m.entity for s in before for m in doc.mentions
                                   if s.start <= m.start < s.stop and is_country(m.entity)))
    return countries if len(countries) == 2 else []


def _another_gathering(events: list[Event], doc: Document, after: int, at: int) -> bool:
    """Does a sentence between offsets ``after`` and ``at`` name a gathering and tell no event?"""
    told = {e.start for e in events}
    return any(after < s.start < at and s.start not in told
               and any(morph.lemma(t.text.lower()) in _GATHERINGS for t in s.tokens) for s in doc.sentences)


__all__ = ["counted_sides", "with_counted_sides"]
