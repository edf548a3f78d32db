"""What fusion compares of one reported event (a ``Report``): its date, place, sides, persons and
offices, format and round, source and target, and the words of its evidence.

Persons of two documents are the same by ``persons.same_person``; a place is read by ``place_of`` (``places.py``:
what it is).  A meeting dated by its own words is of each day of a meeting of days they tell (``span.py``); a place its
evidence does not name is its document's dateline (``places.placed``).  Sides are the countries of the participants:
countries themselves, the country of an organisation or place, the country a person holds an office of.  A meeting's
mechanisms are the named mechanisms of the format gazetteer its evidence names (``астанинский формат``, ``СМИД ШОС``).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from .. import gazetteer, lexicon
from ..format_names import gazetteer_in, general_in, mechanism
from ..format_rounds import round_in
from ..ids import country_code, is_country
from ..morph import fold, parses
from ..settings import FusionSettings
from ..translit import skeleton
from .evidence import BOTH_WAYS, act_word, country_word, evidence_words, one_way_told
from .outcome import documents_signed
from .persons import Person, given_words
from .places import Place, is_building, placed, venue
from .span import in_range, last_day, opened, span
from .tellings import act_object, agrees_to_meet, object_kind, object_phrase, offered, receives, receives_peers

_WORD = re.compile(r"\w+")
# A meeting told beside another one: talks on its sidelines, in its course or framework.
_ASIDE = re.compile(r"\b(?:на\s+полях|в\s+кулуарах|в\s+ходе|в\s+рамках|в\s+преддверии)\b", re.I)
_EVE = re.compile(r"\bнакануне((?:\s+\w+){1,3})", re.I)  # "накануне саммита": its eve
_MEETINGS = lexicon.words("fusion_words.tsv")["MEETING_WORDS"] | lexicon.words("fusion_words.tsv")["MEETING_VAGUE"]


def _aside(sentence: str) -> bool:
    """The sentence sets its meeting beside another (``_ASIDE``), or on the eve of one (``накануне`` before a meeting
    noun, ``MEETING_WORDS``, past its adjectives: ``накануне саммита``, ``накануне очередного раунда``; not the adverb
    of the day before, ``накануне главы государств провели саммит``)."""
    return bool(_ASIDE.search(sentence)) or any(_eve_of_meeting(m.group(1).split()) for m in _EVE.finditer(sentence))


def _eve_of_meeting(words: list[str]) -> bool:
    for w in words:
        found = parses(w.lower())[:1]
        if found and found[0].tag.POS == "ADJF":
            continue
        return bool(found) and fold(found[0].normal_form) in _MEETINGS
    return False


# An act or meeting told as the one before the news (``Последний раз X высылала дипломатов в 2019 году``, ``в прошлый
# раз стороны встречались …``, ``В предыдущий раз …``): an earlier one of its kind, never the one the news tells.
_EARLIER = re.compile(r"\b(?:последний|прошлый|предыдущий)\s+раз\b", re.I)
# "вновь призывает", "снова потребовала", "ещё раз заявил": an act that repeats one of an earlier day
_AGAIN = re.compile(r"(?<!\w)(?:вновь|снова|повторно|вторично|ещ[её]\s+раз)\s+(?:\w+\s+)?$", re.I)
_CONTRAST = re.compile(r";|,\s*(?:а|но|однако|тогда как)\s", re.I)  # a clause of another time after the earlier one


@dataclass
class Known:
    """What fusion knows of the store's entities."""

    persons: dict[str, str] = field(default_factory=dict)  # person id → name ("" when unknown)
    roles: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # person → (position, of)
    country: dict[str, str] = field(default_factory=dict)  # entity id → the country id it belongs to
    names: dict[str, str] = field(default_factory=dict)  # entity id → name (for places)
    private: set[str] = field(default_factory=set)  # organisations that are no state body (``known.private_body``)

    @classmethod
    def of(cls, persons, roles=None) -> Known:
        """From a set (or dict id → name) of persons and their roles, as the tests build them."""
        names = persons if isinstance(persons, dict) else {p: "" for p in persons}
        return cls(persons=dict(names), roles={k: set(v) for k, v in (roles or {}).items()})

    def person(self, entity: str) -> Person:
        words = given_words(self.persons.get(entity, "").split())
        first = skeleton(words[0]) if len(words) >= 2 and not words[0].endswith(".") else ""
        return Person(entity, skeleton(words[-1]) if words else "", first[:1], frozenset(self.offices_of(entity)),
                      tuple(skeleton(w) for w in words if not w.endswith(".")))

    def offices_of(self, entity: str) -> set[str]:
        return {c for _, of in self.roles.get(entity, ()) if (c := country_code(of))}

    def private_side(self, entities: list[str]) -> bool:
        """Actors none of which is a state: a private body among them (a company, a university), the others private
        bodies or persons of no office but theirs (``Компания X и университет Y подписали меморандум``)."""
        return any(e in self.private for e in entities) and all(
            e in self.private or e in self.persons and all(of in self.private for _, of in self.roles.get(e, ()))
            for e in entities)

    def side(self, entity: str) -> set[str]:
        """The countries (ISO codes) an entity stands for."""
        if is_country(entity):
            return {country_code(entity)}
        if entity in self.persons:
            return self.offices_of(entity) or ({c} if (c := country_code(self.country.get(entity))) else set())
        if c := country_code(self.country.get(entity)):
            return {c}
        return set(named_country(self.names.get(entity, "")))


@functools.lru_cache(maxsize=4096)
def named_country(name: str) -> frozenset[str]:
    """The one country a body's name tells when the store links it to none (``израильский МИД``, ``Посольство
    Чили``: its adjective, its name or its capital's); none when it tells two or none."""
    found = frozenset(w[4:] for w in map(country_word, _WORD.findall(name)) if w)
    return found if len(found) == 1 else frozenset()


def place_of(value: str | None, known: Known) -> Place | None:
    """A place: a country id, an entity of the store (with its country), or a name as written
    (looked up among countries and capitals)."""
    if not value:
        return None
    if is_country(value):
        return Place(value, country_code(value), True)
    if value in known.names:
        name = known.names[value]
        return Place(fold(name), country_code(known.country.get(value)), False, is_building(name))
    found = gazetteer.lookup_country(value)
    if found is not None:
        return Place(f"e:iso-{found.code}", found.code, True)
    capital = gazetteer.lookup_capital(value)
    return Place(fold(value), capital.code if capital else None, False, not capital and is_building(value))


# Acts that are the outcome of a meeting (``Стороны подписали 11 документов``): told without their actor, they
# are of the meeting their document tells before them.
OUTCOMES = frozenset({"AGREE"})
# Acts a side takes at talks (``отклонила предложение``, ``выразила протест``): two reports of one
# meeting that tell such an act of one type, somewhat alike, tell one act (``act_link.act_link``).
AT_TALKS = frozenset({"REJECT", "PROTEST"})
AGENDAS = OUTCOMES | {"REQUEST"}  # acts told apart by what they are about: a meeting to come or something else


@dataclass(frozen=True)
class Report:
    id: str
    doc: str
    type: str
    mode: str | None
    factuality: str
    date: str | None
    place: Place | None
    format: str | None
    round: int | None
    persons: tuple[Person, ...]
    sides: frozenset[str]
    sources: frozenset[str]  # entities and countries of the source
    targets: frozenset[str]  # entities and countries of the target (or of the others, when no target is named)
    offices: dict  # (position, of) → person ids
    words: frozenset[str]
    day: str | None = None  # "MM-DD" of the year-less dateline of the undated document that narrates it
    mechanisms: frozenset[str] = frozenset()  # the named mechanisms its evidence names (``астанинский формат``)
    default: bool = False  # dated to a day by its document only: that day or a few days before (``days.py``)
    aside: bool = False  # its evidence sets it beside another meeting (``на полях саммита``, ``в ходе встречи``)
    through: str | None = None  # the last day of the range of days its evidence tells (``16–17 ноября``)
    verb: str = ""  # the stem of its trigger's first word ("подпи" of "подписали"; "" when not known)
    meetings: tuple[Report, ...] = ()  # the meetings of its day its document tells before an outcome told without actor
    # (before the next meeting: those held, ``follows_meetings``)
    kin: frozenset[str] = frozenset()  # the organisations its mechanisms are of (``kin_of``)
    members: frozenset[str] = frozenset()  # the member states of its mechanisms and of their organisations
    placed: bool = True  # its evidence names its place (not one only its document's dateline or title tells)
    signed: int | None = None  # an outcome's count of documents signed (``подписали 17 соглашений``: ``outcome.py``)
    bodies: frozenset[str] = frozenset()  # the bodies the general patterns name (``Совместный пограничный комитет``)
    receives: bool = False  # a host receiving a guest (mode ``host``, or its sentence so tells: ``tellings.py``)
    agenda: bool | None = None  # an agreement about a meeting to come (True), about something else (False)
    lone: bool = False  # the only event of its type its document tells (of ``AT_TALKS``)
    object: str | None = None  # the head noun of what an act other than a meeting is done to (``tellings.act_object``)
    thing: frozenset[str] = frozenset()  # stems of the words after that noun in its phrase (``tellings.object_phrase``)
    process: frozenset[str] = frozenset()  # stems of the process it is the object of (``начать разминирование …``)
    kind: frozenset[str] = frozenset()  # adjectives before it that tell which one (``деловой совет``: ``object_kind``)
    private: bool = False  # its actors are no state: companies, universities (``Known.private_side``)
    earlier: bool = False  # its sentence tells it as the one before the news (``последний раз …``: ``_EARLIER``)
    offered: bool = False  # an undated meeting a side is only ready to hold (``готова провести заседание``: an offer)
    again: bool = False  # told as repeated (``вновь призывает``: ``_again``)


def report(event: dict, known: Known, text: str = "", settings: FusionSettings = FusionSettings(),
           dateline: str | None = None, lead: str | None = None) -> Report:
    """The report of one event; ``dateline`` (or the event's ``dateline``): the ``MM-DD`` of its document's
    dateline when that has no year, kept for an undated event the document narrates as having happened on its
    day (not one its own words leave undated: ``на прошлой неделе``, ``ранее``; ``date_from`` says which).
    ``lead``: the sentence of its trigger, where ``text`` also holds the later ones told of it (default: ``text``);
    whether the meeting is told beside another one is read there (``на полях саммита``)."""
    dateline = dateline or event.get("dateline")
    parts = event.get("participants") or []
    persons = tuple(known.person(p["entity"]) for p in parts if p["entity"] in known.persons)
    sides = frozenset(c for p in parts for c in known.side(p["entity"]))
    offices: dict[tuple, set] = defaultdict(set)
    for p in persons:
        for office in known.roles.get(p.id, ()):
            offices[office].add(p.id)

    def party(roles: tuple[str, ...]) -> frozenset[str]:
        chosen = [p["entity"] for p in parts if p["role"] in roles]
        return frozenset(chosen) | frozenset(c for e in chosen for c in known.side(e))

    sources = party(("source",))
    own = {c for e in sources for c in known.side(e)}
    targets = party(("target",)) or (_others(party(("participant",)), sources, own, known) if sources else frozenset())
    meetings = tuple(report(m, known, m.get("text") or "", settings, dateline, m.get("lead"))
                     for m in event.get("meetings") or ()) \
        if event["type"] in OUTCOMES and not sources or event["type"] in AT_TALKS or follows_meetings(event) else ()
    date, told = event.get("date"), event.get("date_from") or ""
    named = mechanisms_in(text) if event["type"] == "CONSULT" else frozenset()
    of_its_day = not date and (event.get("factuality") or "occurred") == "occurred" and told != "text"
    sentence = text if lead is None else lead
    where = venue(place_of(event.get("place"), known), sentence)
    # a host who receives his counterparts ("принял коллегу") holds talks with them: no reception beside a sitting
    host = event["type"] == "CONSULT" and not receives_peers(sentence) and (event.get("mode") == "host" or not (
        event.get("format") or event.get("round") or named) and receives(sentence))
    agenda = _agenda(sentence, text, event.get("trigger") or "") if event["type"] in AGENDAS else None
    # an agreement on the next meeting tells its round ("Следующее, 13-е заседание договорились провести …"): one on
    # another round is another agreement (``rules.compatible``)
    number = event.get("round") or (round_in(sentence) if agenda else None)
    if told != "document" and event["type"] == "CONSULT":  # a meeting of days: of each of them
        date, through = span(date, text)
        through = through or (opened(date, sentence) if date == event.get("date") else None)
    else:
        date, through = date, last_day(date, text) if told != "document" else None
    if told == "text" and through is None and event.get("document"):  # an act told within a range of days
        date, through = in_range(date, sentence, event["document"], event.get("published"))
    signed = documents_signed(text) if event["type"] in OUTCOMES else None
    mode = _summit_mode(event, sides, sentence)
    return Report(event["id"], event["doc"], event["type"], mode, event.get("factuality") or "occurred",
                  date, where, event.get("format"), number,
                  persons, sides, sources, targets, dict(offices), _words(text, signed, settings, event, sentence),
                  dateline if of_its_day else None, named,
                  told == "document" and len(date or "") == 10, _aside(sentence),
                  through,
                  act_word(fold((event.get("trigger") or "").split(" ")[0]), settings), meetings, kin_of(named),
                  members_of(named), placed(where, text, settings),
                  signed,
                  frozenset(n.name for n in general_in(text)) if event["type"] == "CONSULT" and text else frozenset(),
                  host, agenda, event["type"] in AT_TALKS and bool(event.get("lone")),
                  act_object(sentence, event.get("trigger") or "") if event["type"] != "CONSULT" else None,
                  *_stems(object_phrase(sentence, event.get("trigger") or "")
                          if event["type"] in OUTCOMES else ((), ()), settings),
                  frozenset(object_kind(sentence, event.get("trigger") or "")) if event["type"] in OUTCOMES
                  else frozenset(), known.private_side([p["entity"] for p in parts]),
                  _told_earlier(sentence, event.get("trigger") or ""),
                  _offered(event, sentence), _again(event, sentence))


def _again(event: dict, sentence: str) -> bool:
    """Is the act told as repeated, ``вновь``, ``снова``, ``ещё раз`` right before its trigger (a word between at
    most: ``вновь решительно осудил``): it repeats an act of an earlier day, which is another one."""
    at = _trigger_at(event, sentence)
    return at > 0 and _AGAIN.search(sentence[:at]) is not None


def _told_earlier(sentence: str, trigger: str) -> bool:
    """The event is the one before the news: ``последний раз`` (``_EARLIER``) stands before its trigger (``Последний
    раз X высылала …``), not after it in the same sentence (``Это первая встреча после перерыва: последний раз они
    собирались в 2023 году`` tells the news meeting and, after it, the earlier one), and in its clause: past a
    contrast (``Последний раз стороны встречались в 2023 году, а в понедельник министры вновь встретились …``) or a
    semicolon the trigger is the news again."""
    found = _EARLIER.search(sentence)
    if not found:
        return False
    at = fold(sentence).find(fold(trigger.split(" ")[0])) if trigger.strip() else -1
    return at < 0 or at > found.start() and not _CONTRAST.search(sentence, found.end(), at)


def _summit_mode(event: dict, sides: frozenset[str], sentence: str) -> str | None:
    """A meeting of three sides or more told as a numbered sitting of a format (``лидеры пяти государств провели 27-й
    саммит``), not beside another one (``на полях``): a multilateral meeting, whatever word its outlet used."""
    mode = event.get("mode")
    if mode == "meet" and len(sides) >= 3 and event.get("format") and (event.get("round") or 0) >= 2 \
            and not _aside(sentence):
        return "multilateral"
    return mode


def _offered(event: dict, sentence: str) -> bool:
    """An undated meeting to come that a side says it is ready to hold or host (``Перу готово принять сессию
    комиссии, как только стороны сверят графики``: ``tellings.offered``): no sitting fixed for a day yet."""
    return event["type"] == "CONSULT" and not event.get("date") \
        and (event.get("factuality") or "occurred") in ("planned", "proposed") \
        and offered(sentence, _trigger_at(event, sentence))


def _others(parts: frozenset[str], own_entities: frozenset[str], own: set[str], known: Known) -> frozenset[str]:
    """The target of an act whose text names none: the participants other than its source, never the source's own
    country (``Глава черногорской дипломатии отверг …``: the minister's country is the source; of a source read as of
    two countries, the one a country among the source names); none when no country is left among them (a person whose
    office we do not know tells no side)."""
    named = {c for e in own_entities if is_country(e) for c in known.side(e)} or own  # a country named as the source
    others = frozenset(e for e in parts - own if e.startswith("e:") and not (is_country(e) and known.side(e) <= named))
    sides = frozenset(c for e in others for c in known.side(e))
    return others | sides if sides else frozenset()


def _words(text: str, signed: int | None, settings: FusionSettings, event: dict, lead: str) -> frozenset[str]:
    """The evidence words, less the count of documents an outcome says were signed (``подписали 11 соглашений``):
    that count is compared on its own, after meetings that may be one (``act_link``), never as a shared word; and
    less the word of an exchange of acts that the sentence tells only in a clause other than the act's
    (``evidence.one_way_told``: ``обменялись высылками: сначала X выслал …``)."""
    words = evidence_words(text, settings)
    if BOTH_WAYS in words and one_way_told(lead, _trigger_at(event, lead), text[len(lead):]
                                           if text.startswith(lead) else text):
        words -= {BOTH_WAYS}
    return words - {f"num:{signed}"} if signed else words


def _trigger_at(event: dict, lead: str) -> int:
    """The offset of the event's trigger in its sentence (``-1``: not found)."""
    if event.get("trigger_start") is not None and event.get("start") is not None:
        return event["trigger_start"] - event["start"]
    return lead.find(event.get("trigger") or "\0")


def _stems(phrase: tuple[tuple[str, ...], tuple[str, ...]], settings: FusionSettings) -> tuple[frozenset[str], ...]:
    """The words after an object's head and the process before it (``tellings.object_phrase``), cut to stems."""
    return tuple(frozenset(w[:settings.stem_chars] for w in words) for words in reversed(phrase))


def follows_meetings(event: dict) -> bool:
    """A meeting planned (``Следующее заседание пройдет в X в марте``): the next one after the meetings its document
    tells before it — held on a day, when it is dated (two reports of the meeting held that tell it are of one next
    meeting); held at all, when it is not (``Очередной раунд намечено провести в X``: the series of the meeting told
    just before it, ``modes.next_of_others``)."""
    return event["type"] == "CONSULT" and event.get("factuality") == "planned"


def _agenda(sentence: str, text: str, trigger: str) -> bool | None:
    """What an agreement is about (``tellings.agrees_to_meet``), read in its sentence; None when a later sentence of
    its evidence tells an agreement about the other (``договорились довести объем перевозок …`` and ``Стороны
    договорились провести четвертое заседание …`` told as one act): it is about both."""
    agenda = agrees_to_meet(sentence, trigger)
    rest = text[len(sentence):] if agenda is not None and text.startswith(sentence) else ""
    return None if rest and agrees_to_meet(rest, trigger) not in (None, agenda) else agenda


def mechanisms_in(text: str) -> frozenset[str]:
    """The named standing mechanisms of the format gazetteer that a meeting's evidence names."""
    return frozenset(n.name for n in gazetteer_in(text)) if text else frozenset()


def kin_of(names: frozenset[str]) -> frozenset[str]:
    """The organisations of the gazetteer that named mechanisms are of: ``Совет министров иностранных дел ШОС`` is of
    ``ШОС``, which one report names for the council whose ministers met."""
    return frozenset(o for n in names if (row := mechanism(n)) for o in row["orgs"] or ())


def members_of(names: frozenset[str]) -> frozenset[str]:
    """The member states (ISO codes) of named mechanisms and of the organisations they are of."""
    return frozenset(c for n in names | kin_of(names) if (row := mechanism(n)) for c in row["members"] or ())


def overlap(a: Report, b: Report) -> float | None:
    """Shared evidence words over the smaller report's; None when either has too few to tell."""
    if not a.words or not b.words:
        return None
    return len(a.words & b.words) / min(len(a.words), len(b.words))


def named(r: Report) -> frozenset[str]:
    """The countries a report's evidence names (its ``iso:`` words: ``Послу Перу``, ``в Лиссабоне``)."""
    return frozenset(w[4:] for w in r.words if w.startswith("iso:"))


BODY_HEADS = lexicon.words("fusion_words.tsv")["BODY_HEADS"]


def body_heads(r: Report) -> frozenset[str]:
    """The head nouns of the bodies a report names (``комиссия``, ``комитет``, ``совет``; of a compound, the noun it
    ends with: ``межправкомиссия``)."""
    return frozenset(h for name in r.bodies for w in name.lower().split() for h in BODY_HEADS
                     if w == h or w.endswith(h) and len(w) > len(h) + 2)
