"""Who led the delegations of a meeting, told in a sentence of its own right after it (``Российскую
делегацию возглавил X, пакистанскую — Y``, ``В переговорах участвовали X и Y``, ``С чилийской стороны в ней
участвовал X, с перуанской — Y``): those persons take part in that meeting.  The words are
``data/event_words.tsv``'s ``LEAD_VERBS`` or ``участвовать`` with a ``DELEGATION_NOUNS`` noun, or a verb of
taking part (``PARTAKE``) with a meeting noun (``TALKS``); or who chaired a session (``Заседание возглавили X и Y``,
``Сопредседателями сессии выступили X и Y``, ``под председательством X``: ``CHAIR_WORDS`` with a meeting or session
noun) or opened it (``Встречу открыл X``: ``OPEN_VERBS``)."""
from __future__ import annotations

import dataclasses

from ...ids import is_country
from ...records import Document, Event, Participant
from .sentence import Words
from .words import CHAIR_WORDS, DELEGATION_NOUNS, LEAD_VERBS, OPEN_VERBS, PARTAKE, REPRESENT_VERBS, SESSIONS, TALKS

_TAKE_PART = "участвовать"  # "с чилийской стороны в ней участвовал X" (not "сторона приняла решение")
REACH = 2  # sentences after the meeting's own within which its delegations are told


def within_reach(doc: Document, meeting_at: int, at: int) -> bool:
    """Is sentence ``at`` within ``REACH`` sentences after the meeting's ``meeting_at``, a quotation of several
    sentences between them counting once (``«… за столом переговоров. Наша задача …», — сказал X, открывая
    заседание. Делегацию Y возглавил …``)?"""
    wanted = at - meeting_at - REACH  # the sentences between inside a quotation it takes (none: near enough)
    if wanted <= 0:
        return True
    between = doc.sentences[max(meeting_at + 1, 0):at]
    quoted = [(q.start, q.stop) for q in doc.quotes if q.direct]
    if len(between) < wanted or not quoted:
        return False
    outside = len(between) - wanted  # sentences between outside every quotation that may be, and still in reach
    for s in between:
        if not any(a < s.start < b for a, b in quoted):
            outside -= 1
            if outside < 0:  # (not once per sentence of the whole text after a meeting, and every quotation)
                return False
    return True


def delegates(w: Words) -> list[str]:
    """The persons a sentence gives as the heads or members of a meeting's delegations (none if it is no such
    sentence)."""
    lemmas = set(w.lem)
    sides = lemmas & DELEGATION_NOUNS
    represented = _represented(w)  # "Туркменистан представлял заместитель министра X": the country and X
    led = (lemmas & LEAD_VERBS or _TAKE_PART in lemmas) and sides
    chaired = lemmas & CHAIR_WORDS and lemmas & (TALKS | SESSIONS) or _opened(w)
    if not (led or represented or chaired or lemmas & PARTAKE and lemmas & (TALKS | SESSIONS)):
        return []
    people = represented
    for t in w.tokens:
        m = w.mention(t)
        if m is not None and m.entity and w.kind(t) == "person" and m.entity not in people:
            people.append(m.entity)
    return people


def _opened(w: Words) -> bool:
    """Does the sentence tell who opened a meeting, the meeting noun the object of a verb of opening (``Встречу
    открыл министр X``; not ``встреча открыла путь к …``)?"""
    return any(w.lem[k] in OPEN_VERBS and any(c.rel == "obj" and c.id in w.position and w.lem[w.position[c.id]] in
                                               TALKS | SESSIONS for c in w.children(t)) for k, t in enumerate(w.tokens))


def _represented(w: Words) -> list[str]:
    """The countries a verb of representing has for its object (``Колумбию представляла посол X``)."""
    out = []
    for k, t in enumerate(w.tokens):
        if w.lem[k] in REPRESENT_VERBS and not _portrayed(w, t):
            for c in w.children(t):
                m = w.mention(c) if c.rel == "obj" else None
                if m is not None and m.entity and w.kind(c) == "country" and m.entity not in out:
                    out.append(m.entity)
    return out


def _portrayed(w: Words, verb) -> bool:
    """A verb of representing with a noun in the instrumental of what its object is shown as (``представить X
    источником напряженности``): portraying, no envoy taking part."""
    return any(c.pos == "NOUN" and c.feats.get("Case") == "Ins" and c.rel in ("xcomp", "obl")
               and not any(g.rel == "case" for g in w.children(c)) for c in w.children(verb))


def meeting_of(events: list[Event], w: Words) -> int | None:
    """The meeting a sentence of delegations is of: the last told, or, where it tells in the past who represented a
    country, the last that was held (``Следующий раунд пройдет в мае. На переговорах Чад представлял министр X``: the
    talks told before, as the country itself is, ``with_delegates``)."""
    past = _represented(w) and any(t.feats.get("Tense") == "Past" for t in w.tokens if t.pos in ("VERB", "AUX"))
    held = [k for k, e in enumerate(events) if e.type == "CONSULT" and (not past or e.factuality == "occurred")]
    # a sitting told put off or called off in passing (``Заседание, намеченное на март, было отложено``) is not the one
    # whose delegations follow, where another was told
    held = [k for k in held if events[k].factuality != "negated"] or held
    # a round told in passing as an earlier one (``…была первой после 2015 года: четвертая сессия состоялась в июле того
    # года``) between the meeting and its delegations is not theirs
    held = [k for k in held if not any(_earlier(events[k], events[j]) for j in held if j != k)] or held
    if not held:
        return None
    # a meeting told again with neither its round nor its format (``Консультации, начавшиеся в понедельник, …``), or
    # a reception beside it, after the numbered or named session: the delegations are the session's
    named = [k for k in held if (events[k].round or events[k].format) and events[k].factuality == "occurred"]
    last = events[held[-1]]
    return named[-1] if named and not (last.round or last.format) and last.factuality == "occurred" else held[-1]


def _earlier(a: Event, b: Event) -> bool:
    """Is meeting ``a`` told as one before ``b`` of the same series (one format, a side in common, or no sides of its
    own: ``четвертая сессия состоялась …``): a lower round, or held in an earlier year or month?"""
    if a.factuality != "occurred" or b.factuality != "occurred":
        return False
    sides = {p.entity for p in a.participants}
    if not (a.format and a.format == b.format or not sides or sides & {p.entity for p in b.participants}):
        return False
    if a.round is not None and b.round is not None:
        return a.round < b.round
    x, y = a.date.iso(), b.date.iso()
    return bool(x and y) and x[:7] < y[:7]


def with_delegates(meeting: Event, people: list[str]) -> Event:
    """The meeting with the delegates; a country represented only at a meeting that was held (told after a planned one,
    it is of the talks told before)."""
    known = {p.entity for p in meeting.participants}
    return dataclasses.replace(meeting, participants=meeting.participants + tuple(
        Participant(p, "participant") for p in people if p not in known
        and (meeting.factuality == "occurred" or not is_country(p))))
