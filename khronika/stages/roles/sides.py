"""Offices listed under the side they belong to: ``с польской стороны – премьер-министр X, министр финансов Y;
с чешской стороны – …`` (the lists of delegations of official communiqués), and ``с польской стороны — генерал X,
с чешской — Y``.  A state office without a country after such a heading, up to the next heading or ``;``, is of the
country the heading's adjective names.  So is an office in a delegation led or a side represented by its holder:
``мальтийскую сторону представлял генеральный директор X, кипрскую — Y`` (``with_led_side``)."""
from __future__ import annotations

import dataclasses

from ... import gazetteer, marks, morph, names
from ...ids import country_id, is_country
from ...records import Document, Role, Token
from ...settings import RoleSettings
from ...view import MentionIndex
from ..not_persons import LEADING_VERBS, LED_SIDES
from .about import (
    SLAVIC_STATES,
    capital_of,
    country_counts,
    held_by_other,
    home_offices,
    kin,
    main_countries,
    of_nearest,
    surname_blind,
)
from .lexicon import MINISTRIES, STATE_BODIES, TAKING_PART, head_lemma, is_national, of_a_state
from .outlets import source_country
from .places import _country_word, sentence_at

SIDE = "сторона"
SIDE_NOUNS = STATE_BODIES | {SIDE, "делегация"}  # a subject that stands for its country
LED, LEADING = LED_SIDES, LEADING_VERBS
OPENERS = frozenset({"с", "со"})
PAST_HEADING = 4  # words between a side heading and its verb: "с польской стороны [в переговорах] участвовали"


def _heading(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """(the country, the token after) of a side heading at token ``k`` (``с польской стороны –``; ``с польской
    стороны [в переговорах] участвовали``, a verb of ``TAKING_PART`` within ``PAST_HEADING`` words), else None."""
    if tokens[k].text.lower() not in OPENERS or k + 2 >= len(tokens):
        return None
    country = gazetteer.adjective_country(tokens[k + 1].text)
    if country is None:
        return None
    j = k + 2
    if morph.lemma(tokens[j].text) == SIDE:
        j += 1
    if j < len(tokens) and tokens[j].text in (*marks.DASHES, ":"):
        return country_id(country.code), j + 1
    verb = next((i for i in range(j, min(len(tokens), j + PAST_HEADING)) if morph.lemma(tokens[i].text) in TAKING_PART),
                None)
    if verb is not None and morph.lemma(tokens[j - 1].text) == SIDE and all(
            t.pos in ("ADP", "PRON", "NOUN", "ADV") and head_lemma(t) is None for t in tokens[j:verb]):
        return country_id(country.code), verb + 1
    return None


def with_side_heading(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country listed after a side heading (see the module docstring) is of the
    heading's country."""
    if not any(r.of is None for r in roles):
        return roles
    spans: list[tuple[int, int, str, int, int]] = []  # (from, to, country, heading start, heading stop)
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        heads = [(k, h) for k in range(len(tokens)) if (h := _heading(tokens, k)) is not None]
        for n, (k, (country, after)) in enumerate(heads):
            end = heads[n + 1][0] if n + 1 < len(heads) else len(tokens)
            end = next((i for i in range(after, end) if tokens[i].text == ";"), end)
            stop = tokens[end - 1].stop if end > after else tokens[after - 1].stop
            spans.append((tokens[after - 1].stop, stop, country, tokens[k].start, tokens[after - 1].stop))
    if not spans:
        return roles
    out = []
    for r in roles:
        if r.of is None and any(of_a_state(w) for w in (r.position, *map(morph.lemma, r.position.split()))):
            hit = next((x for x in spans if x[0] <= r.position_start < x[1]), None)
            if hit is not None:
                r = dataclasses.replace(r, of=hit[2], of_start=hit[3], of_stop=hit[4])
        out.append(r)
    return out


def with_unmarked_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country in a document about two countries (the only two it names at least
    ``main_country_mentions`` times each), one of them a Slavic state and the other not, is of the other when its
    holder's surname is not Slavic (``министр иностранных дел Ханна Мюллер`` in a text on Germany and Russia); a Slavic
    ending tells less (``Ибраев``, ``Нуриев``), and gives nothing.  (News marks the
    foreign side's officials by country and leaves the home side's unmarked, but too loosely to rely on: a side
    marked once says nothing of its other officials.)"""
    if not any(r.of is None for r in roles) or not (two := _slavic_and_other(doc, idx, s)):
        return roles
    out = []
    for r in roles:
        if r.of is None and of_a_state(r.position):
            person = idx.entity(r.person)
            if person is not None and not names.slavic_surname(person.name.split()[-1]):
                r = of_nearest(r, next(c for c in two if c not in SLAVIC_STATES), doc)
        out.append(r)
    return out


def with_dateline_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country in a report datelined in a country or its capital (``Афины, 25 ноября``:
    a local paper's, or a correspondent's there) is of that country, which news leaves unmarked as the home side:
    when the document names it at least ``main_country_mentions`` times, the dateline counting as one (a home paper
    names its country seldom: ``Ломе, 12 марта`` and ``Президент Того`` once), the holder's surname is Slavic just when
    that country is a Slavic state (a visitor's is not), and no other person holds the office of it
    (``about.held_by_other``)."""
    if not doc.dateline_place or not any(r.of is None for r in roles):
        return roles
    home = gazetteer.country_or_capital(doc.dateline_place)
    side = country_id(home.code) if home is not None else None
    if side is None or 1 + country_counts(doc, idx).get(side, 0) < s.main_country_mentions:
        return roles
    return home_offices(roles, doc, idx, side)


def with_home_dateline(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """``with_dateline_country`` for a report not known for a correspondent's: one of an outlet of another country
    than its dateline's (``lexicon.OUTLET_COUNTRIES``: ``Вашингтон, 3 марта. /ТАСС/``) says where he writes from,
    weaker evidence than the country the document names most, and is read after it."""
    if doc.dateline_place and correspondents(doc):
        return roles
    return with_dateline_country(roles, doc, idx, s)


def correspondents(doc: Document) -> bool:
    """Is the report an outlet's of another country than the one its dateline is in?"""
    own = source_country(doc.source or "")
    home = gazetteer.country_or_capital(doc.dateline_place or "")
    return own is not None and home is not None and own != country_id(home.code)


def with_persons_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country whose holder holds offices of one country and no other in the document
    (``министр иностранных дел Казахстана X … заместитель председателя Кабинета министров X``) is of that country: the
    person's only side."""
    sides: dict[str, set[str]] = {}
    for r in roles:
        if r.of is not None and is_country(r.of) and not r.former:
            sides.setdefault(r.person, set()).add(r.of)
    out = []
    for r in roles:
        own = sides.get(r.person, set())
        if r.of is None and len(own) == 1 and of_a_state(r.position):
            r = of_nearest(r, next(iter(own)), doc)
        out.append(r)
    return out


def with_acting_country(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """A state office still without a country, whose holder is the subject (``_a_subject``) of a sentence that names no
    country, right after a sentence whose subjects name one country and no other (``Австралия отклонила протест Фиджи.
    Министр иностранных дел X заявил …``, ``в Кремле заявили, что Россия …, — подчеркнул пресс-секретарь президента
    Y``): the official speaks for the side that acted, so the office is of it, when the holder's surname is Slavic
    just when that country is a Slavic state (``Россия ввела санкции против Японии. Министр иностранных дел Ёко Кавада
    …`` is no Russian minister) and no other person holds the office of it (``about.held_by_other``)."""
    if not any(r.of is None for r in roles):
        return roles
    sentences = list(doc.sentences)
    out = []
    for r in roles:
        if r.of is not None or not of_a_state(r.position):  # the sentence is looked up only for an office to complete
            out.append(r)
            continue
        k = next((k for k, x in enumerate(sentences) if x.start <= r.position_start < x.stop), 0)
        person = idx.entity(r.person)
        tokens = list(sentences[k].tokens)
        if k > 0 and person is not None and _a_subject(r, tokens) and not _names_a_country(tokens, idx):
            acting = _acting_country(list(sentences[k - 1].tokens), idx)
            if acting is not None and not held_by_other(r, roles, acting[0]) \
                    and not _in_another_capital(tokens, idx, acting[0]) \
                    and kin(r, idx, acting[0], blind=surname_blind(doc, acting[0])):
                r = dataclasses.replace(r, of=acting[0], of_start=acting[1], of_stop=acting[2])
        out.append(r)
    return out


def with_reflexive_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """An office still without a country told after a reflexive possessive (``Правительство Чада отозвало своего
    посла в Ниамее X``, ``Кито вернул своего посла``) is of the country the sentence's subjects name
    (``_acting_country``), not of the one it is posted in."""
    out = []
    for r in roles:
        if r.of is None and (sentence := sentence_at(doc, r.position_start)) is not None:
            tokens = list(sentence.tokens)
            k = next((i for i, t in enumerate(tokens) if t.start >= r.position_start), 0)
            if k > 0 and morph.lemma(tokens[k - 1].text) == REFLEXIVE and \
                    (acting := _acting_country(tokens, idx)) is not None:
                r = dataclasses.replace(r, of=acting[0], of_start=acting[1], of_stop=acting[2])
        out.append(r)
    return out


REFLEXIVE = "свой"


def _a_subject(r: Role, tokens: list[Token]) -> bool:
    """Is the holder, with his title, the subject of a verb of the sentence (``Министр X заявил``, ``— подчеркнул
    пресс-секретарь Y``; not ``переговоры с президентом Z``)?"""
    lo, hi = min(r.position_start, r.person_start), max(r.position_stop, r.person_stop)
    inside = {t.id for t in tokens if lo <= t.start < hi}
    return any(t.rel == "nsubj" and t.head_id not in inside for t in tokens if t.id in inside)  # not "был принят"


def _a_side(t: Token, idx: MentionIndex) -> bool:
    """Is a subject a side whose country a genitive names (``МИД Чили``, ``делегация Кении``, ``правительство
    Японии``; not ``позиция Мексики``)?"""
    return idx.kind(idx.outer(t)) == "organization" or morph.lemma(t.text) in SIDE_NOUNS


def _in_another_capital(tokens: list[Token], idx: MentionIndex, country: str) -> bool:
    """Does the sentence tell where it happens by the capital of a state other than ``country`` (``В Тегеране министр
    X заявил …``: the city's state, not the side of the sentence before, may be his)?"""
    for before, t in zip(tokens, tokens[1:]):
        m = idx.inner(t)
        if before.text.lower() in ("в", "во") and m is not None and m.start == t.start \
                and (c := capital_of(m)) is not None and c != country:
            return True
    return False


def _names_a_country(tokens: list[Token], idx: MentionIndex) -> bool:
    """Does the sentence name a country, by name or adjective?"""
    return any((m := idx.inner(t)) is not None and idx.kind(m) == "country"
               or t.pos == "ADJ" and gazetteer.adjective_country(t.text) is not None for t in tokens)


def _acting_country(tokens: list[Token], idx: MentionIndex) -> tuple[str, int, int] | None:
    """(the country, its offsets) the subjects of a sentence name themselves or by a word right under them, by name or
    adjective (``Австралия отклонила``, ``Чилийская сторона направила``, ``МИД Чили направил``; not ``сессия комиссии
    Ганы и Того завершилась``), when they name one and only one; else None."""
    subjects = {t.id: t for t in tokens if t.rel.startswith("nsubj")}
    words = [t for t in tokens if t.id in subjects or t.head_id in subjects and (t.rel == "amod" or t.rel in (
        "nmod", "appos") and _a_side(subjects[t.head_id], idx))]
    found = [c for t in words for c in _country_word(t, idx)]
    return found[0] if found and len({c for c, _, _ in found}) == 1 else None


def plural_by_surname(plural: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """``президенты X и Y`` (``attach.plural_roles``, which say no country) in a document about two countries one of
    which is a Slavic state: when exactly one of the two holders has a Slavic surname, each is given the office of his
    side (a Russian and a foreign leader, the commonest pair of Russian news); other plural titles stay no roles."""
    two = _slavic_and_other(doc, idx, s)
    if not two:
        return []
    out = []
    for pair in _national_pairs(plural):
        persons = [idx.entity(r.person) for r in pair]
        if len(pair) != 2 or any(p is None for p in persons):
            continue
        slavic = [names.slavic_surname(p.name.split()[-1]) for p in persons]
        if slavic.count(True) != 1:
            continue
        for r, own in zip(pair, slavic, strict=True):
            out.append(of_nearest(r, next(c for c in two if (c in SLAVIC_STATES) == own), doc))
    return out


def plural_by_known_side(plural: list[Role], roles: list[Role], doc: Document, idx: MentionIndex,
                         s: RoleSettings) -> list[Role]:
    """``министры иностранных дел X и Y`` (``attach.plural_roles``) in a document about two countries (the only two it
    names ``main_country_mentions`` times each) where the text gives X an office of one of them elsewhere and Y none
    of either: X holds the plural's office of his country, Y of the other (the two sides of a bilateral act)."""
    two = main_countries(doc, idx, s)
    if len(two) != 2:
        return []
    out = []
    for pair in _national_pairs(plural):
        if len(pair) != 2 or pair[0].person == pair[1].person:
            continue
        known = [{r.of for r in roles if r.person == p.person and r.of in two} for p in pair]
        if sorted(len(k) for k in known) != [0, 1]:
            continue
        side = next(iter(known[0] or known[1]))
        for r, k in zip(pair, known, strict=True):
            out.append(of_nearest(r, side if k else next(c for c in two if c != side), doc))
    return out


def _slavic_and_other(doc: Document, idx: MentionIndex, s: RoleSettings) -> list[str]:
    """The two countries a document is about (the only two it names ``main_country_mentions`` times each) when one
    is a Slavic state and the other not; else none."""
    two = main_countries(doc, idx, s)
    return two if len(two) == 2 and len([c for c in two if c in SLAVIC_STATES]) == 1 else []


def _led(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """(the country, the token after) of a led side at token ``k``: ``мальтийскую сторону представлял``,
    ``кипрскую делегацию возглавил``, or after a comma the elliptic ``, кипрскую —``; else None."""
    t = tokens[k]
    if not t.text.lower().endswith(("ую", "юю")) or (country := gazetteer.adjective_country(t.text)) is None:
        return None
    j = k + 1
    if j < len(tokens) and morph.lemma(tokens[j].text) in LED:
        j += 1
        if j < len(tokens) and morph.lemma(tokens[j].text) in LEADING:
            return country_id(country.code), j + 1
        return None
    if j < len(tokens) and tokens[j].text in marks.DASHES and k > 0 and tokens[k - 1].text == ",":
        return country_id(country.code), j + 1
    return None


def with_led_side(roles: list[Role], doc: Document, idx: MentionIndex, s: RoleSettings) -> list[Role]:
    """An office without a country, or of a body the text names bare (``МИД``, read as the home country's), held
    by the person who led a side's delegation or represented it (see the module docstring), is of that side's
    country, the bare body's name kept in the position (``постоянный секретарь МИД``); the clause runs to the next
    side, a ``;`` or the sentence's end."""
    spans: list[tuple[int, int, str, int, int]] = []
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        heads = [(k, h) for k in range(len(tokens)) if (h := _led(tokens, k)) is not None]
        for n, (k, (country, after)) in enumerate(heads):
            end = heads[n + 1][0] if n + 1 < len(heads) else len(tokens)
            end = next((i for i in range(after, end) if tokens[i].text == ";"), end)
            stop = tokens[end - 1].stop if end > after else tokens[after - 1].stop
            spans.append((tokens[after - 1].stop, stop, country, tokens[k].start, tokens[k].stop))
    if not spans:
        return roles
    out = []
    for r in roles:
        bare = r.of is not None and r.of_start is not None and len(doc.text[r.of_start:r.of_stop].split()) == 1 \
            and not is_country(r.of)
        if r.of is None or bare:
            hit = next((x for x in spans if x[0] <= r.person_start < x[1] and x[0] <= r.position_start), None)
            if hit is not None:
                body = doc.text[r.of_start:r.of_stop] if bare else ""
                body = body if body.lower() in MINISTRIES else ""  # "постоянный секретарь МИД": the ministry stays
                r = dataclasses.replace(r, of=hit[2], of_start=hit[3], of_stop=hit[4],
                                        position=f"{r.position} {body}" if body else r.position)
        out.append(r)
    return out


def _national_pairs(plural: list[Role]) -> list[list[Role]]:
    """The holders of each national plural title (``президенты X и Y``), grouped by the title's words."""
    groups: dict[tuple[int, int], list[Role]] = {}
    for r in plural:
        if is_national(r.position):
            groups.setdefault((r.position_start, r.position_stop), []).append(r)
    return list(groups.values())
