"""The rules that keep a meeting told again from joining the earlier one (``merge.py``): ``MEETING_BLOCKS``, each
of which, where it holds, makes the restating sentence a meeting of its own: another round, date, factuality, format,
city or mode (a call against a meeting in person), a person new to the meeting named just before, two participants of
its own, a reception by another person, a head of state or government new to it, a meeting told on the eve of
another.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from ...ids import is_country
from ...morph import fold, lemma, parses
from ...records import Document, Event
from .merge_known import Known
from .story import arrival, on_the_eve
from .words import HEADS, SESSIONS


def _other_round(old: Event, new: Event, known: Known) -> bool:
    return bool(new.round and old.round and new.round != old.round)


def _other_date(old: Event, new: Event, known: Known) -> bool:
    """A date of its own that differs.  "Переговоры прошли в формате …" after a lead dated by its own
    expression joins it in an undated text; in a dated text an event without a date is one the text
    places earlier.  An arrival the day before joins the meeting of its visit, which keeps its day."""
    undated = new.date.precision == "unknown" and not known.doc_dated
    arrived = arrival(new) and old.id in known.by_default and new.id not in known.by_default
    return new.date != old.date and not undated and not arrived and own_day(old, new, known) is None \
        and not _within_its_days(old, new, known)


def _within_its_days(old: Event, new: Event, known: Known) -> bool:
    """A session told again on the days it lasted (``X и Y завершили в пятницу заседание комиссии. Заседание,
    проходившее в четверг и в пятницу, …``), or told first on them and again on one of them: one session, whose first
    report keeps its day; both told by a session's noun (``_told_as_session``; not a reception told with the session
    its guest came to), the day of one among the days the other's sentence tells (``known.spans``)."""
    return _told_as_session(old) and _told_as_session(new) and (old.date in known.spans.get(new.start, ())
                                                                 or new.date in known.spans.get(old.start, ()))


def _told_as_session(e: Event) -> bool:
    """A meeting told by a session's noun (``SESSIONS``: ``заседание``, ``сессия``) as what was held, opened or ended:
    in the nominative or accusative singular (``Заседание прошло``, ``завершили заседание``), not a paper of it nor
    a delegate at it (``протокол заседания``, ``делегацию на заседании``)."""
    word = e.trigger.split()[0]
    return lemma(word) in SESSIONS and any(p.tag.case in ("nomn", "accs") and p.tag.number == "sing"
                                           for p in parses(word.lower()))


def told_days(doc: Document) -> dict[int, frozenset]:
    """The days told together in each sentence that tells two or more in a row (``в четверг и пятницу``, ``в среду и в
    четверг``), by where it begins; not days of two clauses (``Во вторник X провел …, а в четверг Y …``)."""
    out: dict[int, frozenset] = {}
    for s in doc.sentences:
        told = [x for x in doc.timexes if s.start <= x.start < s.stop and x.relation == "at"
                and (x.date.day is not None or x.date.weekday is not None)]
        days = {d for x, y in zip(told, told[1:]) if _JOINED.fullmatch(doc.text, x.stop, y.start)
                for d in (x.date, y.date)}
        if len(days) >= 2:
            out[s.start] = frozenset(days)
    return out


_JOINED = re.compile(r"\s*(?:и|или|,|-|–|—)?\s*(?:(?:в|во|по)\s+)?", re.IGNORECASE)  # "в среду и в четверг", "16–17"


def _on_the_eve(old: Event, new: Event, known: Known) -> bool:
    """A meeting told on the eve of another (``Накануне саммита X провел переговоры с Y``; ``EVE_OF_MEETING``): one of
    the day before it, of its own (``story.py`` dates it)."""
    return on_the_eve(known.text, new)


def own_day(old: Event, new: Event, known: Known):
    """Where one of the two is dated by its document only and the other by a day of its own words a few
    days before (``встретились в Дохе`` … ``встреча в четверг прошла …``, told on a Friday): that day.  Not a
    meeting its own sentence tells running since a day (``Переговоры, продолжавшиеся с понедельника, …``): a day told
    of it later (``X, принявший делегации во вторник``) is one of its days, another sitting, not its date."""
    for default, own in ((old, new), (new, old)):
        if own is new and _day_before_the_story(own, default, known):
            continue
        if default.id in known.by_default and own.id not in known.by_default and own.date.precision == "day" \
                and default.date.precision == "day" and not arrival(own) and default.start not in known.lasting:
            days = (datetime.date.fromisoformat(default.date.iso()) - datetime.date.fromisoformat(own.date.iso())).days
            if 0 <= days <= known.news_days:
                return own.date
    return None


_DAY_BEFORE = re.compile(r"\s*(?:накануне|дн[её]м ранее)(?!\w)", re.IGNORECASE)


def _day_before_the_story(new: Event, old: Event, known: Known) -> bool:
    """A meeting whose sentence opens with ``Накануне`` (``Накануне, в среду, X встретился с Y``) after the story's
    meeting was told in a sentence of the body (one that ends with a full stop, not a headline), with a person the
    story's meeting has not: the day before that meeting, another one.  A headline's meeting told ``накануне`` by the
    lead of the next morning's report is that one, and so is one of no new person (``Межправкомиссия собралась …
    Накануне министры двух стран провели переговоры``: the day before the report, the session's)."""
    told = [x for x in (old, *old.more) if x.stop <= new.start and known.text[max(0, x.stop - 4):x.stop].rstrip()[-1:]
            in _ENDS]
    return bool(told) and _DAY_BEFORE.match(known.text, new.start) is not None \
        and bool(_persons(new, known) - _persons(old, known))


_ENDS = frozenset(".!?…")  # the end of a body's sentence; a headline has none


def _other_factuality(old: Event, new: Event, known: Known) -> bool:
    return new.factuality != old.factuality


def _other_format(old: Event, new: Event, known: Known) -> bool:
    return bool(new.format and old.format and new.format != old.format)


def _new_person(old: Event, new: Event, known: Known) -> bool:
    """Not the same format, and a person takes part in ``new`` who is not in ``old`` and was named
    in the sentence before ``new``'s (``known.previous_persons``).

    This is the rule the stage has run with, and the answer keys and quality floors were measured
    with it; it was not the one its docstring stated ("no new person": any person of the document),
    which a variable rebound in the sentence loop had narrowed.  Measured on the seed and dev keys
    (tools/score_seeds.py): the stated rule brings the seeds' event precision from 0.84 to its floor
    0.80 (two meetings split off that the key has as one), and on the dev texts costs a participant
    (18/23 → 17/23) and fuses two different events; with no person test at all a matched seed
    meeting is merged away (precision 0.83).  So the rule stays as measured, named for what it is:
    a person new to the meeting who was named just before is taken for the sign of another meeting
    (``… прилетел министр X. Переговоры с X …``), one named only in the restating sentence for a
    detail of the same meeting (``Переговоры с участием X продлились три часа``)."""
    new_people = {p.entity for p in new.participants} - {p.entity for p in old.participants}
    same_format = new.format is not None and new.format == old.format
    return not same_format and any(p.entity in new_people and p.entity in known.previous_persons
                                   for p in new.participants)


def _others(old: Event, new: Event, known: Known) -> bool:
    """A meeting told by a verb (``Z встретился с W``) with two participants of its own, none of the earlier meeting's,
    and no country of theirs among its (``X провел переговоры с Y в Бангкоке. Z встретился с W``): another meeting,
    whoever was named just before; not a meeting noun told again with more of its delegates (``Во встрече также
    участвовали …``, ``представлявший на встрече …``)."""
    theirs, ours = ({p.entity for p in e.participants} for e in (new, old))
    if len(theirs) < 2 or not ours or theirs & ours or not _verb(new.trigger):
        return False
    sides = [{x if is_country(x) else known.country_of.get(x) for x in s} - {None} for s in (theirs, ours)]
    return all(sides) and not sides[0] & sides[1]


def _received_by_another(old: Event, new: Event, known: Known) -> bool:
    """A reception (``принять``: mode ``host``) with a person of its own after talks of two persons or more
    (``Министры X и Y провели переговоры. В тот же день министра Y принял президент X``): the head of state's
    reception is a meeting of its own, not the ministers' talks told again; so is one after talks or a session told
    with one person (``Министр Y провел заседание комиссии``).  After a meeting told with no person (``X и Y завершили
    заседание комиссии``) it joins: measured, the split lost more than it won there (a dateless reception, the
    delegates the session had only through it).  A reception told again by the same persons
    joins (``Президент X принял министра Y. … Министр Y был принят президентом X``), and so does one after the
    arrival or visit of one person (``Министр Y прибыл с визитом в X. Его принял президент X``)."""
    if new.mode != "host":
        return False
    ours, theirs = _persons(old, known), _persons(new, known)
    visit = old.mode in ("visit", "host") or arrival(old)
    return bool(theirs - ours) and bool(ours) and (len(ours) >= 2 or not visit or _session(old))


def _persons(e: Event, known: Known) -> set[str]:
    """The event's participants that are persons of the document."""
    return {p.entity for p in e.participants if p.entity in known.persons}


def _session(e: Event) -> bool:
    """A meeting of a format or told as a session (``SESSIONS``: ``заседание``, ``сессия``)."""
    return e.format is not None or lemma(e.trigger.split()[0]) in SESSIONS


def heads_of(doc: Document) -> set[str]:
    """The persons whose position the document tells as a head of state or government (``HEADS``:
    ``премьер-министр Лаоса``, ``король Марокко``)."""
    return {r.person for r in doc.roles if r.position.split() and fold(r.position.split()[0]) in HEADS}


def _met_a_head(old: Event, new: Event, known: Known) -> bool:
    """A meeting told by a verb with a head of state or government new to the earlier one, when that one had none
    among its persons (``Министры X и Y провели заседание комиссии. Министр Y также встретился с премьер-министром
    X``, ``провел встречу с премьер-министром``): a meeting of its own.  Not a meeting noun told again (``В ходе
    встречи премьер-министр X …``)."""
    ours = _persons(old, known)
    new_heads = {p.entity for p in new.participants if p.entity in known.heads} - ours
    return bool(new_heads) and (bool(ours) or _session(old)) and not any(p in known.heads for p in ours) \
        and (_verb(new.trigger) or new.mode == "host" or _object(new.trigger))


def _object(trigger: str) -> bool:
    """A meeting noun in the accusative only (``провел встречу``): the object of the verb that tells the meeting."""
    first = parses(trigger.split()[0].lower())[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and first[0].tag.case == "accs"


def _verb(word: str) -> bool:
    return any(p.tag.POS == "VERB" for p in parses(word.lower())[:1])


def _other_place(old: Event, new: Event, known: Known) -> bool:
    """Two cities (a country named as the place may be the city's: ``в России`` … ``в Сочи``).  Not, for a session
    told again (``_told_as_session``: ``Сессия, открывшаяся во вторник …``), the dateline's city a meeting dated by its
    document is given where its words tell none (a name, not yet an entity: ``where.event_place``): the document's
    guess, no city told against the earlier session's."""
    if not (new.place and old.place and new.place != old.place) or is_country(new.place) or is_country(old.place):
        return False
    if lemma(old.trigger.split()[0]) in SESSIONS and _told_as_session(new) and _same_city(old.place, new.place, known):
        return False  # "ДЖУБА — … завершившегося в Джубе" / "Двухдневное заседание провели …": the dateline's guess
    return _told_place(new.place) and _told_place(old.place) or not (_told_as_session(old) and _told_as_session(new))


def _same_city(told: str, guess: str, known: Known) -> bool:
    """Is ``guess`` the dateline's name of the city the entity ``told`` is (``Джуба`` and the entity of ``в Джубе``)?"""
    return _told_place(told) and not _told_place(guess) and fold(known.place_names.get(told, "")) == fold(guess)


def _told_place(place: str) -> bool:
    """A place the sentence's words told (an entity), not the dateline's name."""
    return place.startswith("e:")


def _other_mode(old: Event, new: Event, known: Known) -> bool:
    """A telephone call and a meeting in person (``провели раунд переговоров`` … ``провел телефонный разговор``):
    two events, whatever day they share."""
    return bool(new.mode and old.mode) and (new.mode == "phone") != (old.mode == "phone")


def _round_not_a_visit(old: Event, new: Event, known: Known) -> bool:
    """Two meetings to come, a visit one side is invited to (``пригласила министра посетить X``) and a numbered round
    of talks (``Шестой раунд консультаций договорились провести в X``): two plans, whatever city they share."""
    plans = {old.factuality, new.factuality} <= {"planned", "proposed"}
    return plans and any(a.mode == "visit" and not a.round and b.round for a, b in ((old, new), (new, old)))


def _bilateral_beside(old: Event, new: Event, known: Known) -> bool:
    """A meeting told as bilateral (``На двусторонней встрече с X …``) and a summit of several sides: a talk on its
    sidelines, another event."""
    return any(a.mode == "multilateral" and BILATERAL.search(known.text[max(0, b.trigger_start - _BEFORE):
                                                                          b.trigger_start])
               for a, b in ((old, new), (new, old)))


def _told_apart(old: Event, new: Event, known: Known) -> bool:
    return told_apart(new, known)


def told_apart(e: Event, known: Known) -> bool:
    """A meeting told as another one of the day (``В тот же день X отдельно провел переговоры с Y``): ``отдельно``, ``в
    тот же день`` before its trigger in its sentence."""
    return APART.search(known.text[max(e.start, e.trigger_start - _APART_BEFORE):e.trigger_start]) is not None


APART = re.compile(r"(?<!\w)(?:отдельно|по отдельности|в (?:тот|этот) же день)(?!\w)", re.IGNORECASE)
_APART_BEFORE = 80  # characters before a trigger that may hold the cue


BILATERAL = re.compile(r"(?<!\w)двусторонн\w*\s+$", re.IGNORECASE)  # the adjective right before the trigger
_BEFORE = 20  # characters before a trigger that may hold its adjective


MEETING_BLOCKS: tuple[Callable[[Event, Event, Known], bool], ...] = (
    _other_round, _other_date, _other_factuality, _other_format, _new_person, _others, _other_place, _other_mode,
    _received_by_another, _met_a_head, _on_the_eve, _round_not_a_visit, _bilateral_beside, _told_apart)
