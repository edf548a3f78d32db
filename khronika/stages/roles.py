"""Roles (occupations) from descriptors around a name.

``Министр обороны Японии Такэси Ивая`` → Ивая held ``министр обороны`` of Япония;
``глава МИД России Сергей Лавров`` → ``министр иностранных дел`` of Россия (a ministry after
``глава`` names the minister); ``японским коллегой Фумио Кисидой`` after a person with a role in the
same sentence → that role's position, of Япония; ``заведующий кафедрой востоковедения МГИМО Дмитрий
Стрельцов`` → the position and the organisation; ``Иван Петров, директор института`` and
``Иван Петров - директор института`` → an apposition after the name.

A descriptor is read linearly, token by token, from the name outwards: syntax trees of long
Russian appositions are too unreliable to follow.  A title belongs to the name only when it agrees
with the name in case (``заместитель главы штаба генерал-лейтенанта Н.`` makes Н. a general and the
head of staff, not the deputy); a title in another case completes the position before it
(``заместитель министра иностранных дел``).

Descriptors may come in a row, separated by commas (``лидер партии, депутат парламента Х``, ``Х,
известный юрист, член палаты``); reading outwards stops at an office of another country, which
belongs to somebody else (``премьер-министр Италии, канцлер ФРГ и глава МИД Германии Х``).  An office
with no country takes the country the sentence is placed in (``в Японии … премьер-министра Х``),
else the one the document is about (``with_main_country``); a relational adjective names a place
of the document (``свердловский губернатор``); ``бывший``/``экс-`` mark a ``former`` office.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .. import gazetteer, morph, names
from ..ids import country_id, is_country
from ..records import Document, Mention, Role, Token
from ..tokens import tokens_in
from .entities import with_countries

# Ministries named by abbreviation after "глава": the minister's position.  A gazetteer of bodies.
MINISTRIES = {
    "мид": "министр иностранных дел", "минобороны": "министр обороны", "мвд": "министр внутренних дел",
    "минфин": "министр финансов", "минфина": "министр финансов", "минюст": "министр юстиции",
    "минюста": "министр юстиции", "минздрав": "министр здравоохранения", "минздрава": "министр здравоохранения",
    "минэнерго": "министр энергетики", "минэкономразвития": "министр экономического развития",
    "минпромторг": "министр промышленности и торговли", "минпромторга": "министр промышленности и торговли",
    "минтранс": "министр транспорта", "минтранса": "министр транспорта", "минкультуры": "министр культуры",
    "минобрнауки": "министр образования и науки", "минсельхоз": "министр сельского хозяйства",
    "минсельхоза": "министр сельского хозяйства", "минприроды": "министр природных ресурсов",
    "минтруд": "министр труда", "минтруда": "министр труда", "мчс": "министр по чрезвычайным ситуациям",
    "минцифры": "министр цифрового развития", "минспорт": "министр спорта", "минспорта": "министр спорта",
    "госдеп": "государственный секретарь", "госдепа": "государственный секретарь",
    "пентагон": "министр обороны", "пентагона": "министр обороны",
}
# Short and colloquial titles and their full forms.
SYNONYMS = {"премьер": "премьер-министр", "генсек": "генеральный секретарь", "госсекретарь": "государственный секретарь",
            "замминистра": "заместитель министра", "глава правительства": "премьер-министр",
            "глава государства": "президент", "глава мид": "министр иностранных дел",
            "глава внешнеполитического ведомства": "министр иностранных дел",
            "глава оборонного ведомства": "министр обороны", "глава военного ведомства": "министр обороны"}
# Ties of foundation and ownership: roles of a person in a body, but not offices held in it.
OWNERSHIP = frozenset({"основатель", "сооснователь", "создатель", "владелец", "совладелец", "учредитель",
                       "соучредитель", "собственник", "акционер"})
# Adjectives that put an office in the past.
FORMER = frozenset({"бывший", "прежний", "экс"})
HONORIFICS = frozenset({"господин", "госпожа", "г-н", "г-жа", "мистер", "миссис", "мисс"})
# Offices of a state: when the text names no country, the country named just before in the
# sentence is taken (``в Японии … на родине Премьер-министра Синдзо Абэ``).
NATIONAL = frozenset({"президент", "премьер-министр", "министр", "канцлер",
                      "государственный секретарь", "вице-президент", "вице-премьер"})


def is_national(position: str) -> bool:
    """An office of a state: one of ``NATIONAL``, or a minister of anything (``министр по делам
    разведки``)."""
    return position in NATIONAL or position.startswith("министр ")


# Words a descriptor can be made of; anything else ends it (prepositions and "и" only inside).
DESCRIPTOR_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
SCOPE_PREPOSITIONS = frozenset({"по", "в", "во", "на"})
INNER_WORDS = frozenset({"в", "во", "при", "по", "от", "и", "на", "с", "со"})
QUOTES = frozenset("«»\"„“”'")
ABBREVIATIONS = frozenset({"зав", "зам", "нач", "ген", "проф", "акад", "гл"})
APPOSITION_MARKS = frozenset({",", "-", "—", "–", "("})
COLLEAGUE = "коллега"
# Verbs whose instrumental complement is a role: of the subject, or of the object.
PREDICATIVE = frozenset({"стать", "становиться", "являться", "быть", "назначить", "назначать", "избрать",
                         "избирать", "остаться", "оставаться", "работать", "служить", "назвать", "утвердить",
                         "выбрать", "считаться", "трудиться"})
OBJECT_PREDICATIVE = frozenset({"назначить", "назначать", "избрать", "избирать", "назвать", "утвердить", "выбрать"})


def head_lemma(token: Token) -> str | None:
    """The title a token names, or ``коллега`` (a role borrowed from the person it is colleague of).
    A preposition names none (``после встречи`` is no ``посол``)."""
    if token.pos == "ADP":
        return None
    lemma = names.title_lemma(token.text)
    if lemma:
        return lemma
    return COLLEAGUE if morph.lemma(token.text) == COLLEAGUE else None


@dataclass
class Parsed:
    """A descriptor read from tokens: position, the entity it is of, and the tokens it spans."""

    position: str
    of: str | None
    of_span: tuple[int, int] | None
    start: int  # first token of the descriptor
    stop: int  # end of the last token
    head: Token
    former: bool = False  # "бывший министр", "экс-президент"


class Index:
    """Mentions and entities of a document looked up by token (the innermost mention wins:
    ``России`` inside ``МИД России``)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_start: dict[int, Mention] = {}
        for m in doc.mentions:
            if m.type == "PER" or m.start not in self.by_start:
                self.by_start[m.start] = m
        self.covering: dict[int, Mention] = {}
        tokens = [t for s in doc.sentences for t in s.tokens]
        starts = [t.start for t in tokens]
        for m in sorted(doc.mentions, key=lambda m: m.stop - m.start, reverse=True):
            for t in tokens_in(tokens, starts, m.start, m.stop):
                if t.stop <= m.stop:
                    self.covering[t.start] = m
        self.entities = {e.id: e for e in doc.entities}

    def mention(self, token: Token) -> Mention | None:
        return self.covering.get(token.start)

    def kind(self, mention: Mention | None) -> str | None:
        e = self.entities.get(mention.entity) if mention and mention.entity else None
        return e.type if e else None


def _is_word(t: Token) -> bool:
    return (t.pos in DESCRIPTOR_POS or t.text in QUOTES or t.text.lower() in ABBREVIATIONS
            or head_lemma(t) is not None)  # participles: управляющий, заведующий, командующий


def _in_name(m: Mention | None) -> bool:
    """Any token of an organisation or place name belongs to a descriptor (``глава Business NZ``)."""
    return m is not None and m.type in ("ORG", "LOC")


def _continues(tokens: list[Token], i: int, idx: Index) -> bool:
    """Can token ``i`` be part of a descriptor?"""
    return _is_word(tokens[i]) or _inner(tokens, i) or _in_name(idx.mention(tokens[i]))


def _inner(tokens: list[Token], i: int) -> bool:
    """May token ``i`` (a preposition, "и", an abbreviation's dot or a hyphen) stand inside a descriptor?"""
    t = tokens[i]
    low = t.text.lower()
    if t.text == "." and i > 0:
        return tokens[i - 1].text.lower() in ABBREVIATIONS
    if i + 1 >= len(tokens) or not _is_word(tokens[i + 1]):
        return False
    if low == "и":  # "министр связи и коммуникаций", "писатель и журналист"; not "президент и первая леди"
        nxt = tokens[i + 1]
        return nxt.feats.get("Case") in ("Gen", "Ins") or head_lemma(nxt) is not None
    return low in INNER_WORDS or t.text == "-"


def _from_first_head(span: list[Token]) -> list[Token]:
    """The part of ``span`` from its first title (with up to two adjectives before it)."""
    first = next((i for i, t in enumerate(span) if head_lemma(t)), None)
    if first is None:
        return []
    start = first
    while start > 0 and first - start < 2 and span[start - 1].pos == "ADJ":
        start -= 1
    return span[start:]


def descriptor_before(tokens: list[Token], k: int, idx: Index) -> list[Token]:
    """The descriptor that ends just before token ``k`` (the start of a name)."""
    j = k
    while j > 0:
        m = idx.mention(tokens[j - 1])
        if m is not None and m.type == "PER" and idx.kind(m) == "person":
            break
        if not _continues(tokens, j - 1, idx):
            break
        j -= 1
    span = tokens[j:k]
    while span and (span[0].text.lower() in INNER_WORDS or span[0].text in QUOTES and span[0].text != "«"):
        span = span[1:]
    desc = _from_first_head(span)
    return [] if desc and at_the_head(tokens, tokens.index(desc[0])) else desc


def at_the_head(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the ``глава`` of ``во главе``/``во главу`` (at the head of), which is no title?"""
    return i > 0 and tokens[i - 1].text.lower() in ("во", "в") and head_lemma(tokens[i]) == "глава"


def descriptor_after(tokens: list[Token], k: int, idx: Index) -> list[Token]:
    """An apposition after a name that ends before token ``k``: ``, директор института`` or
    ``- директор института`` or ``(второй тренер)``; the title must come within three words."""
    if k >= len(tokens) or tokens[k].text not in APPOSITION_MARKS:
        return []
    j = k + 1
    while j < len(tokens):
        m = idx.mention(tokens[j])
        if m is not None and m.type == "PER" and idx.kind(m) == "person":
            break
        if not _continues(tokens, j, idx):
            break
        j += 1
    if j < len(tokens) and idx.kind(idx.mention(tokens[j])) == "person":
        return []  # ", известный правозащитник Лев Пономарев": the words describe the next name
    span = tokens[k + 1:j]
    desc = _from_first_head(span)
    return desc if desc and span.index(desc[0]) <= 3 else []


MAX_CHAIN = 3  # descriptors in a row, separated by commas


def descriptors_before(tokens: list[Token], k: int, idx: Index) -> list[list[Token]]:
    """The descriptor before a name and those before it separated by commas (``лидер партии,
    депутат парламента Иван Петров``)."""
    out: list[list[Token]] = []
    while len(out) < MAX_CHAIN:
        desc = descriptor_before(tokens, k, idx)
        if not desc:
            break
        out.append(desc)
        k = tokens.index(desc[0])
        if k == 0 or tokens[k - 1].text != ",":
            break
        k -= 1
    return out


def descriptors_after(tokens: list[Token], k: int, idx: Index) -> list[list[Token]]:
    """The appositions after a name, each after a comma (``Иван Петров, известный юрист, член
    Общественной палаты``): an apposition with no title is passed over when it is made of
    descriptor words alone."""
    out: list[list[Token]] = []
    for n in range(MAX_CHAIN):
        if k >= len(tokens) or (n and tokens[k].text != ","):
            break
        desc = descriptor_after(tokens, k, idx)
        if desc:
            out.append(desc)
            k = tokens.index(desc[-1]) + 1
            continue
        j = k + 1  # an apposition without a title: passed over if it is descriptor words alone
        while j < len(tokens) and (_is_word(tokens[j]) or tokens[j].pos == "ADP") and idx.mention(tokens[j]) is None:
            j += 1
        if tokens[k].text != "," or j == k + 1:
            break
        k = j
    return out


def name_case(tokens: list[Token]) -> str | None:
    """The case of a name; None when no word of it is a name the dictionary knows and the tagger
    calls it nominative (it reads foreign names in oblique cases as nominative) or tags its words in
    different cases."""
    case = names.span_case([t.feats.get("Case") for t in tokens] or [None], [t.text for t in tokens])
    unknown = not any(names.known_name(t.text) for t in tokens)
    if unknown and (case == "Nom" or len({t.feats.get("Case") for t in tokens}) > 1):
        return None  # a foreign name's words tagged in different cases ("Кэндзи" Gen, "Ямада" Nom)
    return case


def _units(tokens: list[Token], idx: Index) -> list[tuple[list[Token], Mention | None]]:
    """Tokens grouped into mentions (all their tokens together) and single words."""
    out: list[tuple[list[Token], Mention | None]] = []
    for t in tokens:
        m = idx.mention(t)
        if m is not None and out and out[-1][1] is m:
            out[-1][0].append(t)
        else:
            out.append(([t], m))
    return out


def _position_words(head: Token, words: list[Token], idx: Index | None = None) -> str:
    """The position's text: the title's lemma, then the words after it, lower case but for the
    words of names (``спецпосланник по Сирии``)."""
    lemma = head_lemma(head) or head.text.lower()
    kept = [w.text if idx is not None and idx.mention(w) is not None else w.text.lower()
            for w in words if w.text not in QUOTES and w.text != "."]
    while kept and kept[-1] in INNER_WORDS:  # "посол [Японии] в [России]" → "посол"
        kept.pop()
    text = " ".join([lemma] + kept)
    text = text.replace(" - ", "-").strip()
    return SYNONYMS.get(text, text)


# Offices of a place, which an adjective before them can name (``свердловский губернатор``); a
# ``тбилисский врач`` lives in the place and holds no office of it.
PLACE_OFFICES = frozenset({"губернатор", "мэр", "глава", "градоначальник", "президент", "премьер-министр",
                           "министр", "депутат", "прокурор", "полпред", "спикер", "председатель", "вице-губернатор"})
ADJECTIVE_SUFFIX = re.compile(r"(?:ск|цк|н)?(?:ий|ый|ой|ая|ое|ие|ые)$")


def place_of_adjective(token: Token, idx: Index) -> str | None:
    """The place of the document a relational adjective stands for (``свердловский губернатор`` →
    Свердловская область, ``подмосковный`` → Подмосковье): a location whose name opens with the
    adjective's stem, give or take its last two letters (``московский`` → Москва)."""
    if token.pos != "ADJ":
        return None
    stem = ADJECTIVE_SUFFIX.sub("", morph.lemma(token.text).replace("ё", "е"))
    if len(stem) < 4:
        return None
    for e in idx.entities.values():
        name = e.name.lower().replace("ё", "е")
        if e.type == "location" and (name.startswith(stem) or len(_common(stem, name)) >= max(4, len(stem) - 2)):
            return e.id
    return None


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def agreeing_heads(tokens: list[Token], case: str | None) -> list[int]:
    """Indices of the titles that head a role of the name: titles that agree with it in case (all
    when its case is unknown), less those that depend on an earlier title as its complement
    (``полпреда президента`` is one position, however the cases fall)."""
    ids = {t.id: i for i, t in enumerate(tokens)}
    heads = [i for i, t in enumerate(tokens) if head_lemma(t)
             and not (t.rel == "nmod" and ids.get(t.head_id, len(tokens)) < i and head_lemma(tokens[ids[t.head_id]]))
             and not _modifies_next(tokens, i)]
    if case is None:
        return heads
    return [i for i in heads if agrees(tokens[i].feats.get("Case"), case)]


def _modifies_next(tokens: list[Token], i: int) -> bool:
    """Is a title-like participle an adjective of the noun after it (``ведущий исследователь``,
    ``управляющий директор``)?"""
    t = tokens[i]
    nxt = next((x for x in tokens[i + 1:i + 3] if x.pos != "ADJ"), None)
    return (t.pos in ("ADJ", "VERB") and nxt is not None and nxt.pos == "NOUN"
            and nxt.feats.get("Case") == t.feats.get("Case"))


def agrees(a: str | None, b: str | None) -> bool:
    """Same case; the genitive and accusative of animate nouns share their forms, so the tagger's
    choice between them is no evidence."""
    return a == b or {a, b} == {"Gen", "Acc"}


def parse_descriptor(tokens: list[Token], idx: Index, case: str | None = None) -> list[Parsed]:
    """Split descriptor tokens at each title agreeing with the name and read each part's position
    and ``of``.

    In a part, a country (a mention or an adjective) is what the office is ``of``; a body followed
    by a country belongs to the position (``секретарь Совета Безопасности России``), a body alone
    is the ``of`` (``заведующий кафедрой востоковедения МГИМО``); other words complete the position."""
    heads = agreeing_heads(tokens, case)
    if not heads:
        return []
    before = []  # the adjectives right before the first title: "японским коллегой", "российский президент"
    for t in reversed(tokens[: heads[0]]):
        if t.pos != "ADJ":
            break
        before.insert(0, t)
    adj_token = next((t for t in before if gazetteer.adjective_country(t.text)), None)
    adj = gazetteer.adjective_country(adj_token.text) if adj_token else None
    inherited = (country_id(adj.code), (adj_token.start, adj_token.stop)) if adj else (None, None)
    if adj is None and head_lemma(tokens[heads[0]]) in PLACE_OFFICES:
        place = next(((t, e) for t in before for e in [place_of_adjective(t, idx)] if e), None)
        inherited = (place[1], (place[0].start, place[0].stop)) if place else inherited
    out: list[Parsed] = []
    for n, i in enumerate(heads):
        head = tokens[i]
        part = tokens[i + 1: heads[n + 1] if n + 1 < len(heads) else len(tokens)]
        units = _units(part, idx)
        # a country after a preposition is the scope of a position in a body named after it
        # ("директор по Беларуси Фонда Конрада Аденауэра"): the body is what the position is of
        scoped = {i for i in range(1, len(units)) if idx.kind(units[i][1]) == "country"
                  and units[i - 1][0][-1].text.lower() in SCOPE_PREPOSITIONS
                  and any(idx.kind(u[1]) == "organization" for u in units[i + 1:])}
        countries = [u for i, u in enumerate(units) if idx.kind(u[1]) == "country" and i not in scoped]
        words: list[Token] = []
        of, of_span, position = None, None, None
        for i, (unit, m) in enumerate(units):
            kind = idx.kind(m)
            first = unit[0].text.lower()
            ministry = MINISTRIES.get(first) or MINISTRIES.get(morph.lemma(first))
            if head_lemma(head) == "глава" and ministry and position is None:
                position = ministry
            elif i in scoped:
                words.extend(unit)
            elif kind == "country" or (m is None and gazetteer.adjective_country(unit[0].text)):
                if of is None:
                    if kind == "country":
                        of, of_span = m.entity, (m.start, m.stop)
                    else:
                        of, of_span = country_id(gazetteer.adjective_country(unit[0].text).code), (unit[0].start, unit[0].stop)
            elif kind in ("organization", "location") and not countries and of is None:
                of, of_span = m.entity, (m.start, m.stop)
            else:
                words.extend(unit)
        if of_span is not None:  # "Института [Европы]": a place inside the body's name is the body's
            words = [w for w in words if not of_span[0] <= w.start < of_span[1]]
        if of is None:
            of, of_span = inherited
        position = position or _position_words(head, words, idx)
        former = position.startswith("экс-") or (n == 0 and any(morph.lemma(t.text) in FORMER for t in before))
        out.append(Parsed(position.removeprefix("экс-"), of, of_span, head.start,
                          (part[-1] if part else head).stop, head, former))
        inherited = (of, of_span) if of else inherited
    return out


def _own_country(p: Parsed) -> str | None:
    """The country a descriptor part names itself (not one it inherits from the part before)."""
    own = p.of_span is not None and p.start <= p.of_span[0] < p.stop
    return p.of if own and is_country(p.of) else None


def one_person(parts: list[tuple[Parsed, list[Token]]], text: str) -> list[tuple[Parsed, list[Token]]]:
    """The descriptor parts, nearest to the name first, that describe the one person: reading
    outwards stops at an office of another country (``премьер-министр Италии, канцлер ФРГ Х``) or
    at a part joined by ``и`` when both parts name their country (``канцлер ФРГ и глава МИД
    Германии Х`` are two people; ``писатель и журналист Х`` and ``бывший глава компании и
    совладелец фонда Х`` are one)."""
    kept: list[tuple[Parsed, list[Token]]] = []
    countries: set[str] = set()
    for p, desc in parts:
        country = _own_country(p)
        if kept:
            near = kept[-1][0]
            joined = text[min(p.start, near.start):max(p.start, near.start)].rstrip()  # the farther part
            if country and (countries - {country} or (joined.endswith(" и") and _own_country(near))):
                break
        kept.append((p, desc))
        countries |= {country} if country else set()
    return kept


def _grouped(parts: list[tuple[Parsed, list[Token]]]) -> list[tuple[list[Token], list[Parsed]]]:
    """Parts regrouped by the descriptor they came from, in text order within each."""
    out: dict[int, tuple[list[Token], list[Parsed]]] = {}
    for p, desc in parts:
        out.setdefault(id(desc), (desc, []))[1].append(p)
    return [(desc, sorted(ps, key=lambda p: p.start)) for desc, ps in out.values()]


class RoleStage:
    name = "roles"
    requires = frozenset({"text", "sentences", "mentions", "entities"})
    provides = frozenset({"roles", "entities"})

    def __call__(self, doc: Document) -> Document:
        idx = Index(doc)
        roles: list[Role] = []
        for sentence in doc.sentences:
            roles.extend(self._sentence_roles(sentence, idx))
            roles.extend(self._predicative_roles(sentence, idx))
        roles = with_main_country(with_named_body(complete_of(roles), doc, idx), doc, idx)
        return doc.replace(roles=tuple(roles), entities=with_countries(doc.entities, [r.of for r in roles]))

    def _sentence_roles(self, sentence, idx: Index) -> list[Role]:
        tokens = list(sentence.tokens)
        out: list[Role] = []
        for k, t in enumerate(tokens):
            m = idx.by_start.get(t.start)
            if m is None or m.type != "PER" or not m.entity or idx.kind(m) != "person":
                continue
            inside = [x for x in tokens if m.start <= x.start and x.stop <= m.stop]
            case = name_case([x for x in inside if x.pos == "PROPN"])
            end = next((i for i in range(k, len(tokens)) if tokens[i].start >= m.stop), len(tokens))
            for chain, nearest_last in ((descriptors_before(tokens, k, idx), True),
                                        (descriptors_after(tokens, end, idx), False)):
                parts = [(p, desc) for desc in chain
                         for p in (reversed if nearest_last else list)(parse_descriptor(desc, idx, case))]
                for desc, kept in _grouped(one_person(parts, idx.doc.text)):
                    out.extend(self._roles(kept, m, sentence, tokens, desc, idx, out))
        return out

    def _roles(self, parsed: list[Parsed], m: Mention, sentence, tokens, desc, idx, earlier) -> list[Role]:
        out = []
        for p in parsed:
            lemma = head_lemma(p.head)
            if lemma in HONORIFICS or p.head.feats.get("Number") == "Plur":
                continue
            if lemma == COLLEAGUE:
                p = self._colleague(p, earlier + out)
                if p is None:
                    continue
            if p.of is None and is_national(p.position):
                p = dataclasses.replace(p, **dict(zip(("of", "of_span"), _country_before(tokens, desc[0], idx))))
            out.append(Role(person=m.entity, position=p.position, person_start=m.start, person_stop=m.stop,
                            position_start=p.start, position_stop=p.stop, start=sentence.start,
                            stop=sentence.stop, of=p.of, of_start=p.of_span[0] if p.of_span else None,
                            of_stop=p.of_span[1] if p.of_span else None, former=p.former))
        return out

    def _predicative_roles(self, sentence, idx: Index) -> list[Role]:
        """``капитаном стал X``, ``X является основателем компании``, ``X был назначен послом
        России``, ``назвал X первым вратарём``: a title in the instrumental depending on such a
        verb is a role of the verb's subject (of its object for ``назначить``, ``назвать``)."""
        tokens = list(sentence.tokens)
        by_id = {t.id: t for t in tokens}
        out = []
        for k, t in enumerate(tokens):
            verb = by_id.get(t.head_id)
            if (t.feats.get("Case") != "Ins" or t.rel not in ("xcomp", "obl") or not head_lemma(t)
                    or verb is None or morph.lemma(verb.text) not in PREDICATIVE):
                continue
            rels = ("obj", "nsubj:pass") if morph.lemma(verb.text) in OBJECT_PREDICATIVE else ("nsubj", "nsubj:pass")
            arg = next((x for x in tokens if x.head_id == verb.id and x.rel in rels), None)
            person = self._person_at(arg, tokens, idx) if arg else None
            if person is None:
                continue
            j = k + 1
            while j < len(tokens) and _continues(tokens, j, idx) and idx.kind(idx.mention(tokens[j])) != "person":
                j += 1
            out.extend(self._roles(parse_descriptor(tokens[k:j], idx, None)[:1], person, sentence, tokens,
                                   tokens[k:j], idx, out))
        return out

    @staticmethod
    def _person_at(arg: Token, tokens: list[Token], idx: Index) -> Mention | None:
        """The person a subject or object token names, itself or through an apposition
        (``глава партии Саломе Зурабишвили``)."""
        for t in [arg] + [x for x in tokens if x.head_id == arg.id and x.rel == "appos"]:
            m = idx.mention(t)
            if m is not None and idx.kind(m) == "person":
                return m
        return None

    @staticmethod
    def _colleague(p: Parsed, earlier: list[Role]) -> Parsed | None:
        """``японским коллегой X`` after a person with a role: X holds the same position."""
        if not earlier or p.of is None or earlier[-1].of == p.of:
            return None
        return dataclasses.replace(p, position=earlier[-1].position)


def _country_before(tokens: list[Token], first: Token, idx: Index) -> tuple:
    """The country where the sentence places what it tells before the descriptor (``в Японии … на
    родине Премьер-министра Х``): the nearest country after ``в``/``во``/``на``, with no person
    and no quotation mark in between (``«…в Сирии», — говорит министр Х`` is no Syrian minister)."""
    before = [t for t in tokens if t.stop <= first.start]
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        m = idx.mention(t)
        if (m is not None and idx.kind(m) == "person") or t.text in QUOTES:
            break
        if m is not None and idx.kind(m) == "country" and t.start == m.start and k > 0 \
                and before[k - 1].text.lower() in ("в", "во", "на"):
            return m.entity, (m.start, m.stop)
    return None, None


# Generic nouns of bodies: "глава партии", "шеф концерна" stand for the body named before.
BODY_NOUNS = frozenset({"партия", "концерн", "компания", "корпорация", "клуб", "команда", "движение", "сборная",
                        "центр", "фонд", "холдинг", "банк", "агентство", "организация", "группа", "издание",
                        "газета", "телеканал", "университет", "институт", "театр", "ведомство", "объединение"})
# ... and of places: "мэр города", "премьер-министр страны" stand for the place named before.
PLACE_NOUNS = frozenset({"город", "столица", "страна", "область", "регион", "республика", "край", "штат"})


def with_named_body(roles: list[Role], doc: Document, idx: Index) -> list[Role]:
    """A position held in a body or place named only by a generic noun (``шеф концерна``, ``глава
    партии``, ``мэр города``) is of the organisation, or the place, the text named last before it
    (a definite description)."""
    kinds = {"organization": BODY_NOUNS, "place": PLACE_NOUNS}
    named = {kind: sorted((m for m in doc.mentions if (idx.kind(m) == "organization") == (kind == "organization")
                           and idx.kind(m) in ("organization", "location", "country")), key=lambda m: m.start)
             for kind in kinds}
    out = []
    for r in roles:
        words = r.position.split()
        kind = next((k for k, nouns in kinds.items() if len(words) > 1
                     and any(morph.lemma(w) in nouns for w in words[1:])), None)
        if r.of is None and kind:
            before = [m for m in named[kind] if m.stop <= r.position_start]
            if before:
                m = before[-1]
                r = dataclasses.replace(r, of=m.entity, of_start=m.start, of_stop=m.stop)
        out.append(r)
    return out


SLAVIC_STATES = frozenset(map(country_id, ("RU", "UA", "BY")))


def with_main_country(roles: list[Role], doc: Document, idx: Index) -> list[Role]:
    """A state office still without a country (``премьер-министр Сильвио Берлускони`` in an article
    about Italy) is taken to be of the country the document is about: the one that has at least
    half of the document's country mentions, two or more of them, and twice as many as the next.
    Where that country is Russia, Ukraine or Belarus, only for a person with a Slavic surname
    (``министр обороны Петер Кристенсен`` in an article about Russia and NATO is no Russian
    minister), and elsewhere only for one without (``Президента Путина`` in a text about Mongolia).  Its offsets are those of the mention of that country nearest to the role."""
    countries = [m for m in doc.mentions if idx.kind(m) == "country"]
    if not countries:
        return roles
    counts: dict[str, int] = {}
    for m in countries:
        counts[m.entity] = counts.get(m.entity, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    main, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 2 or n * 2 < len(countries) or (len(ranked) > 1 and n < 2 * ranked[1]):
        return roles
    out = []
    for r in roles:
        person = idx.entities.get(r.person)
        slavic = person is not None and names.slavic_surname(person.name.split()[-1])
        native = slavic == (main in SLAVIC_STATES)  # "Благодарю Президента Путина" in a text about Mongolia
        if r.of is None and is_national(r.position) and native:
            near = min((m for m in countries if m.entity == main), key=lambda m: abs(m.start - r.person_start))
            r = dataclasses.replace(r, of=main, of_start=near.start, of_stop=near.stop)
        out.append(r)
    return out


def complete_of(roles: list[Role]) -> list[Role]:
    """A role read without its country (``Министр обороны Т. Ивая``) takes the ``of`` of the same
    person's role in the document with the same or a more specific position."""
    out = []
    for r in roles:
        if r.of is None:
            full = next((o for o in roles if o.person == r.person and o.of and o.position.startswith(r.position)), None)
            if full is not None:
                r = dataclasses.replace(r, of=full.of, of_start=full.of_start, of_stop=full.of_stop)
        out.append(r)
    return out
