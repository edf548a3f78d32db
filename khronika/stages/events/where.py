"""The place of an event: a place after ``в``/``во`` in the sentence (also with adjectives and a place noun
between: ``в таджикском городе X``, ``в районе города X``), or the object of ``посетить`` (a city or region before a
country; a capital the entities stage took for its government is the city: ``в городе Ла-Пас``; a building no
venue gazetteer places, the dateline's city: ``в Доме народа``), the city that hosts
it (``Берлин принял консультации``); else for a meeting dated by the document, the document's dateline place.  An
agreement: only a city after ``в`` that depends on its trigger (``подписали в пятницу в Лиме``)."""
from __future__ import annotations

from ... import gazetteer, lexicon
from ...ids import country_code
from ...morph import fold, lemma
from ...records import Document, Mention, PartialDate, Token
from .passing import agrees, to_take_place
from .sentence import Words
from .words import EVENT_WORDS, IN_PREPOSITIONS, NAMED_BY_PLACE, NOT_PLACE_NOUNS, PLACE_HEADS

# a built place heading a venue's name (the span rules' lexicon: дворец, дом, отель): it lies in a city it does not tell
_SPAN_WORDS = lexicon.words("span_words.tsv")
_BUILT = _SPAN_WORDS["FACILITY_HEADS"] | _SPAN_WORDS["FACILITY_WORDS"]
_RESIDENCES = lexicon.words("event_words.tsv")["RESIDENCES"]  # "принял в президентском дворце": the dateline's city
PLACED = frozenset({"CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "COERCE", "ASSAULT"})  # types that have a place
OWN_PLACED = frozenset({"AGREE"})  # types placed only by a city of the trigger's own (``подписали в Лиме``)


def event_place(w: Words, doc: Document, type_: str, date: PartialDate, mode: str | None = None,
                trig: list[Token] | None = None) -> str | None:
    """The entity id of where the event took place (see the module's docstring)."""
    if type_ in OWN_PLACED and trig:
        return _own_city(w, trig)
    if trig and trig[0].id in w.position and w.lem[w.position[trig[0].id]] in RETURNS:
        return _returned_to(w, trig[0])  # "посол вернулся в среду в Асунсьон": the city of his post
    if type_ not in PLACED:
        return None
    if type_ == "CONSULT" and trig and (host := _host_city(w, trig)) is not None:
        return host
    places = [m for i, t in enumerate(w.tokens) if (m := w.mention(t)) is not None and m.type == "LOC"
              and _after_place_preposition(w, i)]
    visited = [m for t in w.tokens if (m := w.mention(t)) is not None and m.type == "LOC"
               and t.feats.get("Case") == "Acc" and (v := w.head(t)) is not None
               and w.lem[w.position[v.id]] in ("посетить", "посещать")]
    own = _own_clause(w, trig)  # "саммите, который прошел накануне в X": where the event itself took place
    at = {id(m): w.position.get(ts[0].id) if (ts := w.tokens_of(m)) else None for m in visited + places}
    if own and not any(at[id(m)] in own and w.mentions.kind(m) != "country" for m in places) \
            and (capital := capital_named(w, within=own)) is not None:
        return capital  # "вернулся в Каракас после саммита, который прошел в бразильской столице"
    places = sorted(visited + places, key=lambda m: (at[id(m)] not in own,
                                                     _in_other_clause(w, m, trig), _of_another_noun(w, m),
                                                     _placed_in_next(w, m)))  # else text order
    if type_ == "CONSULT" and trig and trig[0].pos == "NOUN" and to_take_place(w, w.position[trig[0].id]):
        places = [m for m in places if m.start > trig[0].start] or places  # "саммита …, который пройдет … в Манаме"
    capital = capital_named(w)
    if capital is not None and not any(w.mentions.kind(m) != "country" for m in places):
        return capital  # "в турецкой столице", "в столице Казахстана"
    if places:  # the most specific: a city or region before a country
        cities = {id(m): city for m in places if (city := _capital_as_city(w, m))}
        best = next((m for m in places if w.mentions.kind(m) != "country" or id(m) in cities), places[0])
        if id(best) in cities:
            return cities[id(best)]
        venue = VENUES.get(fold(best.normal or best.text))  # "во Дворце Наций": Женева
        if venue is None and (_building(best.normal or best.text) or _in_a_building(w, best)):
            # "в Доме народа", "во дворце X" of a document from Манагуа: that city; with no dateline, the last city
            # the text named before ("встретились во дворце Y в Z … принял министров во дворце X": Z)
            venue = doc.dateline_place or _city_told_before(doc, w.tokens[0].start if w.tokens else 0)
        return city_entity(doc, venue) if venue else best.entity
    if type_ == "CONSULT" and mode != "phone" and doc.dateline_place and date == doc.published \
            and date.precision == "day":  # a call is placed nowhere
        return city_entity(doc, doc.dateline_place) if trig and _in_a_residence(w, trig[0]) else doc.dateline_place
    return None


def _own_city(w: Words, trig: list[Token]) -> str | None:
    """The city after ``в``/``во`` that depends on the trigger itself (``подписали в пятницу в Лиме``,
    ``в Париже договорились``), not on what was agreed (``договорились о встрече в Лиме``)."""
    ids = {t.id for t in trig}
    for i, t in enumerate(w.tokens):
        m = w.mention(t)
        if m is None or m.type != "LOC" or m.start != t.start or t.head_id not in ids \
                or i == 0 or w.tokens[i - 1].text.lower() not in IN_PREPOSITIONS:
            continue
        if (city := _capital_as_city(w, m)) is not None:
            return city
        if w.mentions.kind(m) != "country":
            return VENUES.get(fold(m.normal or m.text), m.entity)
    return None


RETURNS = frozenset({"вернуться", "возвратиться"})  # an envoy back at his post: the place is the city he returned to


def _returned_to(w: Words, trigger: Token) -> str | None:
    """The city after ``в``/``во`` a verb of returning governs, itself or through the nouns of its phrase (``вернулся в
    среду в Асунсьон``, ``вернулся к прежней работе в Сукре``; not through another verb), or the
    capital it names (``вернулся в чилийскую столицу``)."""
    for i, t in enumerate(w.tokens):
        m = w.mention(t)
        if m is None or m.type != "LOC" or m.start != t.start or i == 0 \
                or w.tokens[i - 1].text.lower() not in IN_PREPOSITIONS:
            continue
        node = w.head(t)
        for _ in range(w.settings.attach_steps):
            if node is None or node.id == trigger.id or node.pos in ("VERB", "AUX"):
                break
            node = w.head(node)
        if node is not None and node.id == trigger.id:
            if (city := _capital_as_city(w, m)) is not None:
                return city
            if w.mentions.kind(m) != "country":
                return VENUES.get(fold(m.normal or m.text), m.entity)
    return capital_named(w)


def _host_city(w: Words, trig: list[Token]) -> str | None:
    """A city that hosts the meeting, the subject of ``принять`` whose object is the trigger (``Берлин принял
    межправительственные консультации``, ``Эль-Кувейт принял министерскую встречу``)."""
    head = w.head(trig[0])
    if head is None or head.id not in w.position or w.lem[w.position[head.id]] not in HOSTS \
            or trig[0].rel != "obj":
        return None
    for c in w.children(head):
        m = w.mention(c)
        if c.rel.startswith("nsubj") and m is not None and m.type == "LOC":
            return _capital_as_city(w, m) or (None if w.mentions.kind(m) == "country" else m.entity)
    return None


HOSTS = frozenset({"принять", "принимать"})


def _capital_as_city(w: Words, m: Mention) -> str | None:
    """A capital the entities stage took for its country's government where it names a place (``в городе Ла-Пас``,
    ``переговоры в Ханое``), or the city a country is named after (``в городе Панама``, ``в городе Кувейт``): the
    city itself, by its name."""
    if w.mentions.kind(m) != "country" or gazetteer.lookup_country(m.text) is not None and not _city_of(w, m):
        return None
    return gazetteer.capital_name(m.text)


def _city_of(w: Words, m: Mention) -> bool:
    """Is the country's name told right after ``город`` (``в городе Панама``): the city of that name?"""
    at = w.position.get(ts[0].id) if (ts := w.tokens_of(m)) else None
    return bool(at) and w.lem[at - 1] == "город"


def capital_named(w: Words, within: frozenset[int] | None = None) -> str | None:
    """The capital a sentence places something in by its country (``в турецкой столице``, ``в столице
    Казахстана``), by its name; with ``within``, only one at those positions."""
    for i, t in enumerate(w.tokens):
        if within is not None and i not in within:
            continue
        k = i - 1
        while k >= 0 and w.tokens[k].pos == "ADJ":  # "в турецкой столице"
            k -= 1
        if w.lem[i] != CAPITAL or k < 0 or w.tokens[k].text.lower() not in IN_PREPOSITIONS:
            continue
        for c in w.children(t):
            m = w.mention(c)
            country = gazetteer.adjective_country(c.text) if c.rel == "amod" else \
                gazetteer.country_by_code(country_code(m.entity)) if m is not None and c.rel == "nmod" and \
                w.mentions.kind(m) == "country" else None
            if country is not None:
                return gazetteer.capital_of(country.code)
    return None


def _own_clause(w: Words, trig: list[Token] | None) -> frozenset[int]:
    """The positions of the relative clauses of an event noun (``консультации, которые прошли в X``)."""
    if not trig or trig[0].pos != "NOUN":
        return frozenset()
    clauses = [w.v.subtree(c, skip=frozenset({"acl:relcl"})) for c in w.children(trig[0]) if c.rel == "acl:relcl"]
    # of the noun's gender and number only ("сессию, …, который пройдет": the parser's slip, not its clause)
    return frozenset(w.position[x.id] for clause in clauses
                     if any(w.lemma(x) == "который" and agrees(x, trig[0]) for x in clause)
                     for x in clause if x.id in w.position)


def _city_told_before(doc: Document, start: int) -> str | None:
    """The last capital or city of the gazetteer the document names before ``start``, by its name, if any."""
    names = [name for m in doc.mentions if m.stop <= start and m.type == "LOC"
             and (name := gazetteer.place_name(m.normal or m.text) or gazetteer.place_name(m.text))]
    return names[-1] if names else None


def city_entity(doc: Document, city: str) -> str:
    """A venue's city told by its name (``в Белом доме``: Вашингтон; ``во дворце X`` of a document from Ломе: Ломе) as
    the document's own place of that name where it names one (``прибыл в Вашингтон``), so that a reception in the venue
    and the arrival or talks in its city are one place (``meeting_blocks._other_place``); else the name."""
    name = fold(city)
    return next((e.id for e in doc.entities if e.type == "location" and fold(e.name) == name), city)


CAPITAL = "столица"
# "во Дворце Наций": the city a venue stands in (data/venues_ru.tsv)
VENUES = {fold(row["venue"]): row["city"] for row in lexicon.table(
    "venues_ru.tsv", (lexicon.Column("venue"), lexicon.Column("city")), key=("venue",))}


def _of_another_noun(w: Words, m: Mention) -> bool:
    """A place that completes a noun other than an event's or a place's (``дискуссий по стабильности в
    Закавказье``): where that thing is, less likely where the event took place than one the verb tells."""
    t = next((x for x in w.tokens if x.start == m.start), None)
    head = w.head(t) if t is not None else None
    return head is not None and head.pos == "NOUN" and w.mention(head) is None and head.id in w.position \
        and w.lem[w.position[head.id]] not in PLACE_HEADS | EVENT_WORDS


def _in_other_clause(w: Words, m: Mention, trig: list[Token] | None) -> bool:
    """A place in a ``который`` clause that does not hold the trigger nor describe it (``Комиссия, прошлое заседание
    которой прошло в X, соберется в Y``): where that other thing took place."""
    t = next((x for x in w.tokens if x.start == m.start), None)
    if t is None or not trig:
        return False
    node = w.head(t)
    for _ in range(w.settings.attach_steps):
        if node is None or node.id == trig[0].id:
            return False
        if node.rel == "acl:relcl" and node.head_id != trig[0].id and trig[0].id not in {
                x.id for x in w.v.subtree(node, skip=frozenset())}:
            return True
        node = w.head(node)
    return False


def _placed_in_next(w: Words, m: Mention) -> bool:
    """A place followed by the city it is in (``во Дворце наций в Женеве``): the city names it for the chronicle."""
    after = [t for t in w.tokens if t.start >= m.stop][:2]
    return len(after) == 2 and after[0].text.lower() in IN_PREPOSITIONS and (n := w.mention(after[1])) is not None \
        and n.type == "LOC"


_TOWN = frozenset({"г", "гор"})  # "г.", "гор.": the word "город" abbreviated


def _after_place_preposition(w: Words, i: int) -> bool:
    """``в Пекине``, and ``в префектуре Ямагути``/``в городе Н.`` (a place word between); ``в таджикском городе
    Исфара``, ``в районе города X``, ``в швейцарском Монтрё`` (adjectives and nouns a place's name stands beside)."""
    tokens = w.tokens
    if i + 1 < len(tokens) and tokens[i].pos == "ADJ" and w.lem[i + 1] in NAMED_BY_PLACE:
        return False  # "в Славковском формате", "в Минском процессе": a kind the place names, not where
    if i > 0 and tokens[i - 1].text.lower() in IN_PREPOSITIONS:
        return True
    if i > 2 and tokens[i - 1].text == "." and tokens[i - 2].text.lower() in _TOWN \
            and tokens[i - 3].text.lower() in IN_PREPOSITIONS:
        return True  # "в г.Катманду", "в г. Лиме": a ministry's release abbreviates the city's word
    if i > 1 and tokens[i - 1].pos == "NOUN" and tokens[i - 1].text[:1].islower() \
            and tokens[i - 2].text.lower() in IN_PREPOSITIONS and w.lem[i - 1] not in NOT_PLACE_NOUNS:
        return True  # not "поверенный в делах Эстонии"
    k = i - 1
    while k >= 0 and i - k <= w.settings.place_lead_words and tokens[k].text[:1].islower() \
            and (tokens[k].pos == "ADJ" or w.lem[k] in gazetteer.PLACE_HEADS):
        k -= 1
    return 0 <= k < i - 1 and tokens[k].text.lower() in IN_PREPOSITIONS


def _in_a_building(w: Words, m: Mention) -> bool:
    """Is the place named after the noun of a building (``во дворце X``, ``в резиденции X``): the building's name?"""
    before = [k for k, t in enumerate(w.tokens) if t.stop <= m.start]
    return bool(before) and w.lem[before[-1]] in _BUILT


def _in_a_residence(w: Words, trigger: Token) -> bool:
    """Does the trigger take a residence left unnamed for its place (``принял в президентском дворце``, ``в своей
    резиденции``: ``RESIDENCES``)?"""
    for k, t in enumerate(w.tokens):
        if w.lem[k] not in _RESIDENCES or t.head_id != trigger.id or w.mention(t) is not None:
            continue
        j = k - 1
        while j >= 0 and w.tokens[j].pos in ("ADJ", "DET"):  # "в президентском дворце", "в своей резиденции"
            j -= 1
        if j >= 0 and w.tokens[j].text.lower() in IN_PREPOSITIONS:
            return True
    return False


def _building(name: str) -> bool:
    """Is a place's name that of a building no gazetteer places (``Дом народа``, ``президентский дворец X``)?"""
    return any(lemma(x) in _BUILT for x in name.lower().split())
