"""The bodies of a document and their sides, for ``formats.py`` (which standing bodies of the general patterns a
document tells at work, kept as formats: ``format_standing.py``).

Which body of its document a sentence goes on about: the one it named so far (``sole_format``), a body whose meetings
are summits (``fits_summit``); who the sides are (``sides_in``, ``told_sides``: a mediator none, an international
organisation named as a party one), a kind named with a gazetteer organisation as a party
(``by_party``), and a turn of the document's one body told by its head noun (``status_again``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from . import morph
from .format_again import head_again
from .format_aliases import ORGANISATION_TYPES
from .format_names import ONE_PER_SIDES, Named, level_of, mechanisms
from .format_status import PROPOSED
from .gazetteer import compound_countries, listed, lookup_capital, lookup_country
from .ids import country_id, is_country
from .morph import fold

# The two countries told before: "Раунд консультаций между двумя странами прошел в Лиме", "Стороны создают совет
# …" (a clause of a joint statement) after a sentence naming them.
TWO_OF_THEM = re.compile(r"\b(?:между\s+двумя\s+(?:странами|государствами|сторонами)|"
                         r"двух\s+(?:стран|государств|правительств|кабинетов))\b"
                         r"|^\W*(?:\d{1,2}\.\s*)?(?:обе\s+)?стороны\b", re.I)
# Words before a country that tell it helps two others meet, not that it is a side: "при посредничестве Малайзии",
# "под председательством Кувейта" (the one that chairs a meeting of others), "выступавшая посредником".
NOT_A_SIDE = re.compile(r"(?:\bпри\s+(?:посредничестве|содействии)|\bпод\s+(?:председательством|эгидой)|"
                        r"\bв\s+присутствии)\s+(?:[\w-]+\s+){0,2}$", re.I)
NOT_A_SIDE_REACH = 60  # characters before a country's mention within which those words are read
_BETWEEN = re.compile(r"\bмежду\s+(?:[\w-]+\s+){0,2}$", re.I)  # "между правительством X и …" too
_AT = re.compile(r"(?:^|\s)(?:в|во|на)\s+$", re.I)
# "Чили и ОАГ", "Перу – АСЕАН", "Республики Перу (РП) и «Фронта …»": a short name in brackets, quotes may come between
# … the second a party told by the word for it ("между правительством X и группировкой Y", "… и движением «Z»")
_AND = re.compile(r"^(?:\s*\([^()]{1,12}\))?[»\"]?(?:\s*,\s*|\s+и\s+(?:(?:правительств|движени|группировк|фронт|"
                  r"повстанц|ополчени)\w*\s+)?|\s*[-–—]\s*)[«\"]?$", re.I)


@cache
def _international() -> frozenset[str]:
    """The folded names of international organisations: ``data/orgs_ru.tsv``'s and the format gazetteer's."""
    names = {n for n in listed("org")}
    for row in mechanisms():
        names |= set(row["orgs"] or ())
        if row["type"] in ORGANISATION_TYPES:  # "Меркосур" too
            names |= {row["name"], *row["aliases"]}
    return frozenset(fold(n) for n in names)


def is_organisation(name: str) -> bool:
    """Is the name (in the nominative) an international organisation's or its institution's (``Европейская
    комиссия``, ``data/orgs_ru.tsv``)?"""
    return fold(name) in _international()


def international(mentions) -> set[str]:
    """The entities of a document's mentions that are international organisations (``ОАГ``, ``АСЕАН``)."""
    return {m.entity for m in mentions if m.type == "ORG" and m.entity and fold(m.normal or m.text) in _international()}


def main_pair(mentions, is_side) -> set[str]:
    """The two countries a document is about: named more often than any other (``is_side`` tells which mentions'
    entities count); none where a third is named as often as the second."""
    counts = Counter(m.entity for m in mentions if is_side(m.entity))
    top = counts.most_common(3)
    return {e for e, _ in top[:2]} if len(top) >= 2 and (len(top) == 2 or top[1][1] > top[2][1]) else set()


def sides_in(text: str, events: list[dict], named: list[str], others: dict[str, str] | None = None) -> set[str]:
    """The countries a sentence gives as the sides of a format: its events' participants (and the parties no state
    among them, ``others``: entity → the party it names) and compound adjectives (``российско-египетская
    комиссия``); else the two or three countries it names."""
    others = others or {}
    sides = {others.get(p["entity"]) or p["entity"] for e in events for p in e["participants"]
             if is_country(p["entity"]) or p["entity"] in others}
    for word in re.findall(r"\w+(?:-\w+)+", text):  # "шри-ланкийско-индийский" too
        sides |= {country_id(c.code) for c in compound_countries(word) or names_paired(word)}
    if len(named) >= 2 and set(named) < sides:
        return set(named)  # "Польша и Германия провели …" in a digest whose items joined as one meeting: those two
    return sides or set(named)


def names_paired(word: str) -> list:
    """The countries a hyphenated pair of their names tells (``комитета Гондурас-Никарагуа``, as the parser may leave it
    one name): each part a country's name in any case, the whole none (not ``Гвинея-Бисау``)."""
    if lookup_country(word) is not None:
        return []
    found = [lookup_country(part) for part in word.split("-")]
    return found if len(found) >= 2 and all(found) else []


def told_sides(text: str, offset: int, mentions: list, is_side, orgs: frozenset[str] | set[str] = frozenset()
               ) -> tuple[set[str], set[str], set[str], set[str]]:
    """The countries a sentence names as helping others meet (``при посредничестве X``, ``под председательством X``:
    none of the sides), those it names as the sides themselves (``между X и Y``: each side of a coordination after
    ``между``), and the international organisations (``orgs``) it coordinates with a country (``переговоры Чили и
    ОАГ``, ``диалог между АСЕАН и Перу``: sides too), and the countries it names only as where something
    happens (``провели в Кито``, its capital or itself: a host, no side beside two others); ``is_side`` tells which
    mentions' entities count."""
    here = sorted((m for m in mentions if offset <= m.start < offset + len(text) and (is_side(m.entity)
                                                                                      or m.entity in orgs)),
                  key=lambda m: m.start)
    helping = {m.entity for m in here if NOT_A_SIDE.search(text[max(0, m.start - offset - NOT_A_SIDE_REACH):
                                                                m.start - offset])}
    helping -= {m.entity for m in here if not NOT_A_SIDE.search(
        text[max(0, m.start - offset - NOT_A_SIDE_REACH):m.start - offset])}  # named a side elsewhere in it
    runs, run = [], []
    for m in here:  # runs of coordinated mentions: "Боливии и ОАГ", "между Чили, Перу и Эквадором"
        if run and not (_AND.match(text[run[-1].stop - offset:m.start - offset])
                        or m.start < run[-1].stop):  # a mention inside another one's words
            runs.append(run)
            run = []
        run.append(m)
    runs += [run] if run else []
    for run in runs:  # "при посредничестве X и Y": each of them
        if run[0].entity in helping:
            helping |= {m.entity for m in run}
    between: set[str] = set()
    joined: set[str] = set()
    for run in runs:
        ids = {m.entity for m in run}
        party = (any(is_side(e) for e in ids) or len(ids & set(orgs)) >= 2) and ids & set(orgs)  # "АСЕАН и ЭКОВАС" too
        if party:
            joined |= ids & set(orgs)
        if not between and len(ids) >= 2 and (party or _BETWEEN.search(text[max(0, run[0].start - offset - 40):
                                                                               run[0].start - offset])):
            between = ids  # "между X и Y"; a country and an organisation told together: "Перу и ОАГ возобновили …"
    hosts = set()  # the countries named only as where it happens: "провели в Анкаре", "на Кипре"
    for m in mentions:
        if offset <= m.start < offset + len(text) and _AT.search(text[max(0, m.start - offset - 8):m.start - offset]):
            country = lookup_capital(m.normal or m.text) if not is_side(m.entity) else None
            hosts |= {m.entity} if is_side(m.entity) else {country_id(country.code)} if country else set()
    return helping, between, joined, hosts - {m.entity for m in here if not _AT.search(
        text[max(0, m.start - offset - 8):m.start - offset])}


# A break or a resumption told by a verb (not "в состоянии приостановки", not "впервые за восемь лет").
TURNED = re.compile(r"\b(?:приостанов(?:ил|лен)|заморо(?:зил|жен)|прерван|свернут|возобнов(?:ил|лен)|восстановил)\w*",
                    re.I)


# A meeting put off, told by its noun opening the sentence: "Заседание, намеченное на май, дважды переносилось",
# "Консультации, первоначально намечавшиеся на март, были перенесены", "Саммит, запланированный на июнь, отложен",
# "Заседание было намечено на май, но его перенесли".
PUT_OFF_MEETING = re.compile(r"^\W*((?:заседани|встреч|раунд|сесси|консультаци|переговор|саммит)\w*)\b(?=[^.;:]*?\b(?:"
                             r"переносил|откладывал|перенесл[иао]?\b|отложил|"
                             r"перенес[её]н|отложен)\w*)", re.I)
_ANY_MEETING = re.compile(r"заседани|встреч|раунд|сесси", re.I)  # a meeting of any format: of the one named


def status_again(text: str, mentioned: list, here: list[dict]) -> list:
    """A sentence that tells a break, a resumption or a proposal to resume of the one mechanism its document named
    before, by the head noun of its name (``Министр предложил возобновить работу комиссии``), or a meeting put off
    told by its noun as the sentence's subject (``Заседание, первоначально намеченное на май, переносилось
    дважды``): that mechanism (of several, the one only whose head noun it names; a meeting put off, the last one
    with a word of its name of the noun that opens the sentence, ``Консультации, намечавшиеся на март, перенесены``;
    a meeting of any format, ``Заседание …``, the one mechanism named, else that last one too)."""
    if not mentioned:
        return []  # no mechanism named before (tested first, the cheapest)
    if m := PUT_OFF_MEETING.search(text):  # of several, the last one its opening noun names ("Консультации, …")
        if _ANY_MEETING.match(m.group(1)) and len({n.name for n in mentioned}) == 1:
            return [mentioned[-1]]
        noun = morph.lemmas(m.group(1).lower())
        return [n for n in mentioned if any(morph.lemmas(w) & noun for w in n.name.lower().split())][-1:]
    if not (PROPOSED.search(text) or TURNED.search(text)):
        return []
    # of several, the one whose head noun the sentence names ("механизма", not the "политические консультации" before)
    fits = {n.name: n for n in mentioned if head_again(text, n, fixed_only=False, tail=False)} \
        or {n.name: n for n in mentioned if head_again(text, n, fixed_only=False)}  # "межправкомиссия" by its last noun
    return list(fits.values())[-1:] if len(fits) == 1 else []


def by_party(named: list[Named], codes: set[str]) -> list[Named]:
    """A kind of mechanism named with an organisation of the gazetteer as a party (``девятая встреча стратегического
    диалога между Советом сотрудничества … и Российской Федерацией``): the gazetteer's one mechanism of that kind with
    that organisation (``стратегический диалог Перу – АСЕАН``), where the document (``codes``) names its member
    states."""
    orgs = [n for n in named if n.fixed and n.type in ORGANISATION_TYPES]
    kinds = [n for n in named if not n.fixed]
    if len(orgs) != 1 or len(kinds) != 1:
        return named
    fits = [r for r in mechanisms() if orgs[0].name in (r["orgs"] or ()) and r["members"]
            and set(r["members"]) <= codes and fold(kinds[0].name) in fold(r["name"])]
    if len(fits) != 1:
        return named
    r, kind = fits[0], kinds[0]
    start, stop = min(kind.start, orgs[0].start), max(kind.stop, orgs[0].stop)
    return [n for n in named if n not in (kind, orgs[0])] + [Named(
        r["name"], r["type"], r["label"], (), r["level"], r["members"], r["orgs"] or (), True, kind.surface,
        kind.start, kind.stop, spans=((start, stop),), party=r["party"] == "yes")]


def sole_format(mentioned: list[Named], kinds: frozenset[str], sided: dict | None = None,
                met: frozenset[str] | None = None) -> Named | None:
    """The one mechanism a document named so far, a kind of mechanism (``встречи на высшем уровне``) counting only
    where nothing more particular was named; None when it named several or none.  Mechanisms of one kind named
    differently are one where two countries have one of that kind (``ONE_PER_SIDES``) or the document gives them
    the same sides (``sided``: name → sides): the first named with its sides, else the first."""
    sided = sided or {}
    if met is not None:  # only a mechanism whose meetings the document tells ("договорились о создании группы": not)
        mentioned = [n for n in mentioned if n.name in met]
    own = {n.name: n for n in mentioned if n.fixed or n.name not in kinds}
    pool = _shorts_folded(own or {n.name: n for n in mentioned}, sided)
    sides = {frozenset(sided.get(n.name) or ()) for n in pool.values()}
    one_pair = len(sides) == 1 and len(next(iter(sides))) >= 2
    if len({n.type for n in pool.values()}) == 1 and (next(iter(pool.values())).type in ONE_PER_SIDES or one_pair) \
            or one_pair and len(heads := {head_noun(n.name) for n in pool.values()}) == 1 and None not in heads \
            and not any(
                n.fixed for n in pool.values()):  # "консультации на уровне …", "политические консультации": one
        return next((n for n in pool.values() if sided.get(n.name)), next(iter(pool.values())))
    return next(iter(pool.values())) if len(pool) == 1 else None


def head_noun(name: str) -> str | None:
    """The lemma of the first noun of a mechanism's name (``политические консультации`` → ``консультация``)."""
    return next((p.normal_form for w in name.split() for p in morph.parses(w)[:1] if p.tag.POS == "NOUN"), None)


def _shorts_folded(pool: dict[str, Named], sided: dict) -> dict[str, Named]:
    """A mechanism named short (``межправительственная комиссия``) and in full (``межправительственная комиссия по
    торговле …``), with the same sides or none told for the short one: one mechanism, the full name's."""
    def short_of(a: Named, b: Named) -> bool:
        return not a.fixed and not b.fixed and fold(b.name).startswith(fold(a.name) + " ") \
            and (not sided.get(a.name) or set(sided.get(a.name) or ()) == set(sided.get(b.name) or ()))
    return {k: n for k, n in pool.items() if not any(short_of(n, m) for m in pool.values() if m is not n)}


def fits_summit(n: Named) -> bool:
    """A mechanism whose meetings are summits (a summit told as ``Пятый саммит прошёл …`` is its)."""
    return n.level == "leaders" or "саммит" in (n.name + " " + n.type).lower()


# The head noun of a mechanism's name: a sentence with another one names another mechanism.
MECHANISM_NOUN = re.compile(r"\b(?:комисси|межправкомисси|совет|групп|форум|комитет|платформ|диалог|механизм)\w*", re.I)
_ABOUT = re.compile(r"\bоб?о?\s+(?:[\w-]+\s+){0,3}$", re.I)  # "соглашение о совместной технической …"


def owning_nouns(text: str) -> list[re.Match]:
    """The mechanism nouns of a sentence that may own its meeting (``Заседание межправкомиссии``), not the topic of an
    act told beside it (``подписали соглашение о совместной рабочей группе``, ``договорились о создании комитета``)."""
    return [m for m in MECHANISM_NOUN.finditer(text) if not _ABOUT.search(text[max(0, m.start() - 60):m.start()])]


def other_noun(text: str, n: Named) -> bool:
    """Does the sentence name a mechanism by a head noun (``комиссии``) that is not ``n``'s (a conference)?"""
    words = fold(" ".join((n.name, n.type, n.label)))
    return any(fold(m.group(0))[:5] not in words for m in MECHANISM_NOUN.finditer(text))


def of_level(text: str, named: list[Named], mentioned: list[Named], summit: str) -> Named | None:
    """Of the gazetteer's mechanisms the document named, the one of the level the sentence tells: its summits
    (``Первый саммит прошел …``: ``summit``, the kind of summits) or its ministers' meetings (``первая встреча
    министров …``)."""
    pool = {n.name: n for n in mentioned if n.fixed}
    level = level_of(text)
    if level == "leaders" or not level and named and all(n.type == summit for n in named):
        fits = [n for n in pool.values() if fits_summit(n)]
    else:
        fits = [n for n in pool.values() if level and n.level == level]
    return fits[0] if len(fits) == 1 else None


def group_summit(summit: bool, m: dict, sides: list[str]) -> bool:
    """A summit (``summit``: the kind told is a summit) of just the member states of a group of leaders the document
    names (``саммит Бухарестской девятки`` … ``Румынию на встрече представлял …``), of some of the members of an
    organisation whose summits the gazetteer knows (type ``саммит``: not every member sends its leader), or of no
    states told (``Встреча лидеров в таком составе прошла впервые за пять лет``): that group's (``m``, a mention)."""
    members = {country_id(c) for c in m["countries"]}
    states = {x for x in sides if is_country(x)} if m.get("orgs") else set(sides)  # a member party that is no state too
    return summit and m["fixed"] and m["level"] == "leaders" and (not sides or len(sides) >= 2 and (
        states == members or m.get("type") == _ORGANISATION_SUMMITS and states <= members))


_ORGANISATION_SUMMITS = "саммит"  # the gazetteer's type of an organisation's summits: some of its members attend


def parties_told(mentions: list[tuple], parties: dict[str, set[str]], explicit: set[int]) -> list[tuple]:
    """A document's mentions of a format whose parties it tells (``parties``: name → sides, by the mentions
    ``explicit``: ``Израиль и ХАМАС возобновили …``) with sides read otherwise (a headline's, the countries of its
    event: a mediator's too) that share one of them: those parties."""
    out = []
    for i, (n, sides, entries) in enumerate(mentions):
        told = parties.get(n["name"])
        if told and len(told) >= 2 and i not in explicit and not n["fixed"] and set(sides) & told:
            sides = sorted(told)
        out.append((n, sides, entries))
    return out


# A summit of people who are not leaders of states: "научный саммит", "деловой саммит", "саммит судостроителей".
_NOT_LEADERS_BEFORE = re.compile(r"(?:научн|делов|бизнес|молод[её]жн|технологическ|инвестиционн|медицинск|спортивн|"
                                 r"студенческ|отраслев|корпоративн)\w*\s+(?:[\w-]+\s+)?$", re.I)
_PEOPLE_AFTER = re.compile(r"\w*[ \t]+([а-яё-]+)", re.I)  # the word after "саммит…"
_LEADERS = re.compile(r"лидер|глав|президент|премьер|министр|руководител|союзник|партн[её]р|канцлер|монарх|правител|"
                      r"член|государ|стран|шейх|эмир|корол", re.I)
NOT_LEADERS_REACH = 40  # characters before "саммит" within which its adjective is read


def of_trades(sentence: str, start: int, stop: int) -> bool:
    """Is the summit named at ``start:stop`` one of people who are not leaders of states (``научный саммит``,
    ``«Саммит судостроителей Азии»``: a people's plural after it that names no leaders, members or states)?"""
    if _NOT_LEADERS_BEFORE.search(sentence, max(0, start - NOT_LEADERS_REACH), start):
        return True
    m = _PEOPLE_AFTER.match(sentence, stop)
    if m is None or _LEADERS.match(m.group(1)):
        return False
    return any(p.tag.POS == "NOUN" and {"anim", "plur", "gent"} <= p.tag.grammemes and not {"Name", "Surn", "Geox"}
               & p.tag.grammemes for p in morph.parses(m.group(1).lower())[:1])


def trades_only(sentence: str, pattern: re.Pattern) -> bool:
    """Does the sentence name summits, and each one of people who are not leaders (``of_trades``)?"""
    spans = [m.span() for m in pattern.finditer(sentence)]
    return bool(spans) and all(of_trades(sentence, *span) for span in spans)


CALLED = 60  # characters before a format's name within which a mechanism noun calls it ("диалога X и Y в формате …")


def calls(called: dict[str, set[str]], text: str, named: list[Named]) -> None:
    """Note the mechanism nouns a sentence calls each format it names by just before its name (``диалог «2+2»``,
    ``диалога X и Y в формате …``): a meeting of a series told by that noun alone is that format's."""
    for n in named:
        called.setdefault(n.name, set()).update(MECHANISM_NOUN.findall(text, max(0, n.start - CALLED), n.start))


# A title before a body's name that makes it a person's office: "Председатель Постоянного комитета X Ли Вэй".
_TITLE_BEFORE = re.compile(r"\b(?:председател|глав|руководител|член|секретар|директор|заместител)\w*\s+$", re.I)


_RANK_GAP = re.compile(r"\s+(?:[а-яё]+(?:-[а-яё]+)?\s+){1,2}")  # a rank between an office and its holder


def offices(named: list[Named], text: str, offset: int, mentions) -> list[Named]:
    """The mechanisms a sentence names less a body of the general patterns named only as the office of the person
    right after it (``Председатель Постоянного комитета X Ли Вэй провел …``), or a gazetteer's so named
    (``Генеральный секретарь Лиги Ахмед …``): no meeting of that body."""
    persons = {m.start for m in mentions if m.type == "PER" and offset <= m.start < offset + len(text)}
    out = []
    for n in named:
        org = next((m for m in mentions if m.type == "ORG" and m.start <= offset + n.start < m.stop), None) \
            if not n.fixed and n.start >= 0 else None
        stop = org.stop if org is not None else offset + n.stop if n.fixed and n.start >= 0 else None
        if stop is not None and _TITLE_BEFORE.search(text, 0, n.start) and any(
                0 < p - stop <= 2 or 0 < p - stop and _RANK_GAP.fullmatch(text[stop - offset:p - offset])
                for p in persons):  # "… комитета генерал-майор Тан Вин": a rank between
            continue  # "Генеральный секретарь Лиги Ахмед …" too: a gazetteer organisation as an office
        out.append(n)
    return out


_ITEM_CUT = re.compile(r"\s*[,;]\s+(?!(?:и|а|но|котор\w+|где|когда|что|чтобы|если|хотя|поскольку|так|как|пока|"
                       r"после|до|ведь|причем|при\s+этом|в\s+том\s+числе)\b)", re.I)
_PREDICATES = frozenset({"VERB", "PRTS"})
DIGEST_ITEMS = 3  # the least number of items with a subject and a predicate each that make a digest's sentence
ELLIPTIC_WORDS = 4  # the most words of a headline's item whose verb is left out ("Посол в Лиме")


def digest_item(text: str, at: int) -> tuple[int, int] | None:
    """The item of a digest's sentence (``X вернул посла, саммит в Г. отложен, Y и Z подписали …``) that holds
    ``at``: a sentence of ``DIGEST_ITEMS`` or more comma-joined clauses, each with a predicate of its own and not
    opening with it (``…, провели консультации`` shares the subject before); None for any other sentence."""
    bounds, a = [], 0
    for m in list(_ITEM_CUT.finditer(text)) + [None]:
        bounds.append((a, m.start() if m else len(text)))
        a = m.end() if m else a
    if len(bounds) < DIGEST_ITEMS:
        return None
    told = 0  # the items with a predicate of their own; one left out in a headline's short one ("X в Пекине")
    headline = not re.search(r"[.!?…»\"]\s*$", text)
    for a, b in bounds:
        words = re.findall(r"[А-Яа-яЁё]+", text[a:b])  # a name's word is no predicate ("Дан", "Стали")
        tags = [{p.tag.POS for p in morph.parses(w.lower())[:1]} if i == 0 or w.islower() else set()
                for i, w in enumerate(words)]
        predicate = any(t & _PREDICATES for t in tags[1:])
        if not words or tags[0] & _PREDICATES or not predicate and (len(words) > ELLIPTIC_WORDS or not headline):
            return None
        told += predicate
    if told < DIGEST_ITEMS - 1:
        return None
    return next(((a, b) for a, b in bounds if a <= at < b), None)
