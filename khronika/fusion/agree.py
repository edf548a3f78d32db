"""What two reports must agree on besides their type and dates (``rules.compatible``): their places, their sides and
the persons holding one office; and the persons two reports have in common.

The holder of one office (a position of one country or body) both reports tell is one person however each outlet
transcribes the name: the same first initial and surnames a letter or two apart (``Гимараш``/``Гимарас`` for Portuguese
*Guimarães*, ``Тхаммават``/``Таммавад``), which ``persons.same_person`` alone, knowing no office, would not join."""
from __future__ import annotations

from .. import lexicon
from .modes import MULTI as _MULTI
from .persons import Person, feminine_of, same_person
from .report import Report

# The shortest surname skeleton whose transcriptions one letter apart may be one holder of an office, and the shortest
# that may be two letters apart (``Тхаммават``/``Таммавад``: an aspirate and a final consonant spelt otherwise).
SPELT_ONE = 5
SPELT_TWO = 7


def places_agree(a: Report, b: Report) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.key == pb.key:
        return True
    if pa.is_country and pb.is_country:  # two countries: one a slip when none of its report's sides (``_slip``)
        return _slip(a, b) or _slip(b, a)
    if pa.is_country or pb.is_country:  # a city and a country: a country as the place is often a slip …
        city, country = (pb, pa) if pa.is_country else (pa, pb)
        # … but not the destination of a visit
        return "visit" not in (a.mode, b.mode) or city.country is None or city.country == country.country
    if pa.country and pb.country and pa.country != pb.country:
        return False
    # a visit may take in two cities of one country; a building lies in a city its name does not tell, a city in a
    # region (``в провинции X``) whose name is not its own
    return "visit" in (a.mode, b.mode) or pa.building or pb.building or pa.region != pb.region


def _slip(r: Report, other: Report) -> bool:
    """A country told as the place of a report that is none of its sides, where the other report's place is a side of
    both (a briefing's paragraph on another matter lends its country to the talks told after it: ``переговоры Y и Z``
    placed in X, told by another outlet held in Y): the first is a slip, as a country beside a city often is."""
    return r.place.country not in r.sides and other.place.country in r.sides & other.sides


def sides_agree(a: Report, b: Report) -> bool:
    if not a.sides or not b.sides:
        return True
    shared = a.sides & b.sides
    if not shared:  # a session of a named mechanism told by each report with some of its members (one report naming
        # the mechanism, the other only its own member's leader: ``президент X принял участие в саммите``)
        return _MULTI in (a.mode, b.mode) and (bool(a.mechanisms & b.mechanisms) or _members_of_one(a, b))
    if _MULTI in (a.mode, b.mode) or a.type != "CONSULT":
        return True
    if a.sides ^ b.sides <= a.members | b.members:
        return True  # the ministers of an organisation's states met: each report names others of its members
    return len(shared) >= 2 or len(a.sides) < 2 or len(b.sides) < 2


def _members_of_one(a: Report, b: Report) -> bool:
    """Both multilateral, one naming a mechanism of the gazetteer whose members hold all the sides of both."""
    members = a.members | b.members
    return a.mode == b.mode == _MULTI and bool(a.mechanisms or b.mechanisms) and a.sides | b.sides <= members


_MANY = lexicon.words("fusion_words.tsv")["MANY_HOLDERS"]


def offices_agree(a: Report, b: Report) -> bool:
    """The holder of an office both reports tell is one person; not of an office a country fills many times over
    (``MANY_HOLDERS``: its ambassadors to two countries, two counsellors of one embassy, its deputy ministers)."""
    return all(any(same_person(x, y) or spelt_apart(x, y) for x, y in _holders(a, b, office))
               for office in a.offices.keys() & b.offices.keys() if not _many_holders(office[0]))


def _many_holders(position: str) -> bool:
    return any(w in _MANY for w in position.lower().split())


def shared_persons(a: Report, b: Report) -> list[tuple]:
    """The pairs of one person of the two reports: one by name (``persons.same_person``), or the holder of one office
    both tell with the name spelt otherwise (``spelt_apart``)."""
    pairs = [(x, y) for x in a.persons for y in b.persons if same_person(x, y)]
    held = [(x, y) for office in a.offices.keys() & b.offices.keys() for x, y in _holders(a, b, office)
            if spelt_apart(x, y) and (x, y) not in pairs]
    return pairs + list(dict.fromkeys(held))


def same_persons(a: Report, b: Report) -> bool:
    """Two reports naming the same persons, two or more, each of one one of the other (``shared_persons``): a meeting
    of those very persons, not one where a third sat with them."""
    if len(a.persons) < 2 or len(b.persons) < 2:
        return False
    ours, theirs = _matched(a, b)
    return ours == {p.id for p in a.persons} and theirs == {p.id for p in b.persons}


def persons_within(a: Report, b: Report) -> bool:
    """The persons of one report, one at least, all among the other's (``shared_persons``): not two meetings each of a
    person of its own beside the one in common."""
    ours, theirs = _matched(a, b)
    return bool(ours) and (ours == {p.id for p in a.persons} or theirs == {p.id for p in b.persons})


def _matched(a: Report, b: Report) -> tuple[set[str], set[str]]:
    pairs = shared_persons(a, b)
    return {x.id for x, _ in pairs}, {y.id for _, y in pairs}


def _holders(a: Report, b: Report, office: tuple) -> list[tuple[Person, Person]]:
    """The pairs of persons each report tells hold ``office``."""
    return [(x, y) for x in a.persons if x.id in a.offices[office] for y in b.persons if y.id in b.offices[office]]


def spelt_apart(x: Person, y: Person) -> bool:
    """Two names of one holder of an office in two transcriptions: the same first initial (both known), surnames of
    the same first letter, one letter apart (``SPELT_ONE`` letters at least, or a short one after the same words), or
    two (``SPELT_TWO``); not a man's surname and a woman's (``Петров``/``Петрова``); or one name whose every word an
    outlet left in the genitive (``left_in_genitive``), or told with one of its two surnames
    (``one_of_two_surnames``)."""
    a, b = x.surname, y.surname
    if left_in_genitive(x.words, y.words) or one_of_two_surnames(x.words, y.words):
        return True
    if not (x.initial and x.initial == y.initial) or a[:1] != b[:1] or feminine_of(a, b):
        return False
    shorter = min(len(a), len(b))
    most = 2 if shorter >= SPELT_TWO else 1 if shorter >= SPELT_ONE else 0
    if not most and len(x.words) >= 2 and x.words[:-1] == y.words[:-1] and shorter >= _SYLLABLE:
        most = 1  # a short last word after the same words (``Чо Хён``, ``Чо Хюн``): one letter apart
    return 0 < _edits(a, b, most) <= most


_SYLLABLE = 3  # the shortest last word told one letter apart after the same words


def _edits(a: str, b: str, most: int) -> int:
    """The letters to insert, drop or change to make one word the other (more than ``most``: ``most + 1``)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return min(row[-1], most + 1)


def one_of_two_surnames(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One holder's name told by one outlet with both its surnames, the father's and the mother's (a Spanish or
    Portuguese name: ``Хорхе Ибаньес Салинас``), by the other with the first only (``Хорхе Ибаньес``): the same first
    name, the shorter name's surname the longer's word after it, spelt alike but for one letter (``SPELT_ONE`` letters
    at least: a case ending an outlet left on it, ``Ибаньеса``).  Read only for the holder of one office in two reports
    of one event, as ``spelt_apart`` is; ``persons.fuller`` joins names of three words or more told in full."""
    short, long_ = sorted((a, b), key=len)
    if len(short) != 2 or len(long_) != 3 or short[0] != long_[0] or min(len(short[1]), len(long_[1])) < SPELT_ONE:
        return False
    return _edits(short[1], long_[1], 1) <= 1 and not feminine_of(short[1], long_[1])


def left_in_genitive(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One holder's name left in the genitive by one outlet, its first name and surname both with the ``-а`` a
    foreign man's name takes (``посла Дэвида Смита`` for ``Дэвид Смит``, ``Джона Смита``).  Read only for the holder
    of one office in two reports of one event (``Александра Петрова`` and ``Александр Петров`` as two holders of one
    office of one country that week are not to be expected); ``persons.same_person`` never joins them."""
    if len(a) != 2 or len(b) != 2:
        return False
    short, long_ = sorted((a, b), key=lambda words: len("".join(words)))
    return all(len(s) >= 3 and w == s + "а" for s, w in zip(short, long_))
