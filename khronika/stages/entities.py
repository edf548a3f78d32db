"""Entities, first version: NER spans → normalised mentions → entities of the document.

* persons: adjacent name spans joined (``Сергеем Кужугетовичем`` + ``Шойгу``), titles split off
  (``Президента Путина`` → ``Путин`` with title ``президент``), names put in the nominative
  (``names.normalize_person``), and mentions of one person in a document linked (``Шойгу`` →
  ``Сергей Шойгу``; ``Т. Коно`` → ``Таро Коно``);
* countries and capitals used for their governments resolve to country entities with ISO codes;
* pseudo-entities (a capitalised common noun such as ``Стороны``) are dropped.

Entity ids are stable: a hash of type and canonical name, or the ISO code for a country.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .. import gazetteer, lexicon, names, names_link, names_oblique, names_order
from ..ids import country_code, country_id, entity_id, is_country
from ..morph import PLACE_PREPOSITIONS, fold, lemmas
from ..records import Document, Entity, Mention, Token
from ..settings import DEFAULT, EntitySettings, Settings
from ..translit import skeleton
from ..view import DocView, view
from . import credits, doc_places, not_persons
from .acronyms import link_acronyms
from .body_descriptors import body_mentions, genitive
from .body_keys import country_after, country_before, country_key, home_body, ministry_key, names_home, without_field
from .name_forms import (
    as_written,
    dictionary_case,
    feminine_names,
    feminine_subject,
    name_cases,
    woman_as_named,
    woman_by_her_surname,
    written_forms,
)
from .name_places import complement_glued, given_title, placed, pseudo_name
from .place_names import acting_place, phrase_normal, place_normal
from .spans import join_names

TYPE_OF = {"PER": "person", "ORG": "organization", "LOC": "location"}
# Verbs whose object in the accusative is a capital's government, not the city (data/gazetteer_words.tsv).
ADDRESSING_VERBS = lexicon.words("gazetteer_words.tsv")["ADDRESSING_VERBS"]


def with_countries(entities: tuple[Entity, ...], ids) -> tuple[Entity, ...]:
    """The entities, with a country entity added for each ``e:iso-XX`` id not among them (a country
    named only by an adjective or a capital)."""
    known = {e.id for e in entities}
    added: dict[str, Entity] = {}
    for eid in ids:
        if eid and eid not in known and eid not in added and is_country(eid):
            c = gazetteer.country_by_code(country_code(eid))
            if c is not None:
                added[eid] = Entity(eid, "country", c.name, code=c.code)
    if not added:
        return entities
    return tuple(sorted(entities + tuple(added.values()), key=lambda e: e.id))


@dataclass
class _Person:
    """A person mention on its way to an entity."""

    mention: Mention
    words: list[str]  # normalised name words, initials as "С."
    full: str  # normalised name with patronymic
    given: str | None  # given name (None for a surname alone or initials)
    initial: str | None
    surname: str
    entity: str | None = None
    glued: tuple[int, int] | None = None  # a place the tagger glued before the name: its offsets


APOSTROPHES = frozenset("'’")


def _after_elision(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` the part of a name after an elided letter and its apostrophe, written as one word with them
    (``Н'Гома``, ``О'Нил``, ``Д'Аламбер``): one letter, an apostrophe and a capitalised word, with no space between?"""
    if k < 2 or k >= len(tokens):
        return False
    letter, mark, part = tokens[k - 2], tokens[k - 1], tokens[k]
    return mark.text in APOSTROPHES and len(letter.text) == 1 and letter.text.isupper() and part.text[:1].isupper() \
        and letter.stop == mark.start and mark.stop == part.start


def _name_words(tokens: list[Token]) -> list[tuple[str, str | None, Token]]:
    """Words of a name with their tagged case; an initial and its dot become one word ``С.``."""
    words = []
    for k, t in enumerate(tokens):
        last = not any(re.search(r"\w", x.text) for x in tokens[k + 1:])
        foreign = len(words) > 1 and not names.known_name(words[-2][0])
        if _after_elision(tokens, k) and words and words[-1][2].stop == tokens[k - 1].start:
            # "Н'Гома", "О'Нил": one word, the case its declined part shows, spanning both parts
            word = words[-1][0] + tokens[k - 1].text + t.text
            words[-1] = (word, t.feats.get("Case"), dataclasses.replace(t, start=words[-1][2].start, text=word))
        elif t.text in APOSTROPHES and _after_elision(tokens, k + 1):
            continue
        elif t.text == "." and words and names.INITIAL.match(words[-1][0]) and not (last and foreign):
            # "С. Лавров", "Лавров С.", but a sentence ends after "встретился с Ван И."
            words[-1] = (words[-1][0] + ".", words[-1][1], words[-1][2])
        elif re.search(r"\w", t.text):
            words.append((t.text, t.feats.get("Case"), t))
    return words


def person_mention(span: Mention, v: DocView, forms: dict[str, set[str]] | None = None,
                   places: set[str] = frozenset()) -> _Person | None:
    """Split the title off a PER span and normalise the name; None if nothing of a name is left.  ``forms``: the
    text's written forms of words (``name_forms.written_forms``), which tell whether a foreign name declines;
    ``places``: the stems of the document's one-word places (``doc_places.place_stems``)."""
    words = _name_words(v.tokens_in(span.start, span.stop))
    title = None
    while len(words) > 1 and names.title_lemma(words[0][0]) and not given_title(words, v) \
            and not names.plural_title(words[0][0]):
        title = names.title_lemma(words[0][0])
        words = words[1:]
    glued = None
    while len(words) > 2 and doc_places.place_word(words[0][0], places):
        glued = (glued or (words[0][2].start,))[:1] + (words[0][2].stop,)
        words = words[1:]  # "премьер-министра Республики Сальвадор Эдгара Мендеса": the title's place, glued on
    if len(words) > 2 and complement_glued(words, v):
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and not names.INITIAL.match(words[0][0]) and words[1][0].endswith(".") and \
            all(names.INITIAL.match(w) for w, _, _ in words[1:]):
        words = words[1:] + words[:1]  # "Лавров С. В." of a list or a stenogram: "С. В. Лавров" (not "Ван И")
    elif len(words) == 3 and names.is_patronymic(words[2][0]) and names.given_name(words[1][0]) \
            and not names.given_name(words[0][0]):
        words = words[1:] + words[:1]  # "Петров Иван Николаевич" of a list: "Иван Николаевич Петров"
    if title is None:
        prev = v.before(words[0][2].start, 1)
        if prev and prev[0].text[:1].isalpha():
            title = names.title_lemma(prev[0].text)
    if len(words) == 1 and title is None and pseudo_name(words[0][2], v):
        return None
    cases, genders = dictionary_case(words, name_cases(words, v)), [t.feats.get("Gender") for _, _, t in words]
    # "Хенрика Новак подчеркнула", "Айя Линдгрен", "Гульнара Сарсенбаева": a woman's name, in the nominative
    if feminine_subject(words, v) or woman_by_her_surname(words) or woman_as_named(words, v):
        cases, genders = ["Nom"] * len(words), ["Fem"] * len(words)
    normal = names.normalize_person([w for w, _, _ in words], cases, genders)
    normal = as_written([w for w, _, _ in words], normal, forms if forms is not None else written_forms(v))
    start, stop = min(t.start for _, _, t in words), max(t.stop for _, _, t in words)
    full = " ".join(normal)
    plain = [w for w in normal if not names.is_patronymic(w)] if len(normal) > 2 else normal
    first = plain[0] if len(plain) > 1 else None
    initial = first[0] if first else None
    # an undotted letter opening a name of three words or more is a Burmese honorific, a word of it ("У Тин Маунг")
    given = first if first and (not names.INITIAL.match(first) or len(first) == 1 and len(plain) > 2) else None
    mention = Mention(start, stop, "PER", v.text[start:stop], normal=full, title=title)
    return _Person(mention, plain, full, given, initial, plain[-1], glued=glued)


def _name_words_of(words: list[Token], places: set[str]) -> list[Token]:
    """The words of a person span of two words or more that are a name's: not a place of the document the tagger
    glued before a name of two words or more (``министр по делам Ровниля Тамо Рамана``: ``person_mention`` cuts it off
    too), which stays a place where the document names it alone (``народ Ровниля``)."""
    while len(words) > 2 and doc_places.place_word(words[0].text, places):
        words = words[1:]
    return words if len(words) > 1 else []


def _glued_place(glued: tuple[int, int], spans: list[Mention], text: str) -> Mention:
    """The place mention of a place the tagger glued before a name (``Президент Ровиля Тамо Рамоди``), in the
    nominative of the one-word place the document names by that stem elsewhere (``в штате Ровиль``), if it does."""
    written = text[glued[0]:glued[1]]
    key = doc_places.place_stem(written)
    normal = next((s.normal or s.text for s in spans if s.type == "LOC" and " " not in s.text
                   and doc_places.place_stem(s.text) == key), None)
    return Mention(glued[0], glued[1], "LOC", written, normal=normal)


def link_persons(people: list[_Person], text: str = "") -> dict[str, Entity]:
    """Link the person mentions of one document: one entity per distinct (given name, surname); a name
    whose words are a part of a longer name of the document (``Тайип Эрдоган`` of ``Реджеп Тайип Эрдоган``)
    is that name; so is the own name of a longer one (``Юсуф Халид`` of ``Юсуф Халид бен Рашид``); a form of
    address (``Игорь Павлович``) is the one person of the document with that given name, else, in speech
    (``text``), no person (dropped from ``people``).  A surname spelt two ways (``Загчи``, ``Закчи``) is one
    (``names_link``)."""
    for p in names_link.addresses(people, text):  # an address is a nominative: not "супруге — Наталье Ивановне, …"
        nominative = fold(p.mention.text) == fold(" ".join(p.words))
        if nominative and names_link.vocative(text, p.mention.start, p.mention.stop):
            people.remove(p)
    names_order.surname_first(people, text)  # "Исиба Сигэру … Исиба заявил": Japanese names written surname first
    names_link.own_names(people)
    names_link.case_forms(people)
    names_link.declined_forms(people)
    names_link.lone_nominatives(people)
    names_oblique.lone_case_forms(people)
    names_link.as_longer(people)
    names_link.short_names(people)
    names_link.head_names(people)
    by_given: dict[str, set[str]] = {}
    for p in people:
        if p.given:
            by_given.setdefault(fold(p.given), set()).add(" ".join(p.words))
    alone: set[int] = set()  # mentions by the given name alone: no antecedent of a later bare surname
    for p in people:  # "Анна" after "Анна Петрова": the one person of the document with that given name
        full = by_given.get(fold(p.surname), set())
        if not p.given and not p.initial and len(full) == 1 and names.given_name(p.surname):
            p.words = next(iter(full)).split()
            p.given, p.surname = p.words[0], p.words[-1]
            alone.add(id(p))
    by_surname: dict[str, list[_Person]] = {}
    for p in people:
        by_surname.setdefault(names_link.surname_key(p.surname), []).append(p)
    entities: dict[str, Entity] = {}
    for group in by_surname.values():
        givens: dict[str, str] = {}  # given name's skeleton ("Мохаммад", "Мухаммед") -> display name "Given Surname"
        for p in group:
            if p.given:
                givens.setdefault(skeleton(p.given), " ".join(p.words))
        last: str | None = None
        for p in sorted(group, key=lambda p: p.mention.start):
            if p.given:
                name = givens[skeleton(p.given)]
            elif p.initial:
                match = [n for n in givens.values() if fold(n).startswith(fold(p.initial))]
                name = match[0] if len(match) == 1 else p.surname
            elif len(givens) == 1:
                name = next(iter(givens.values()))
            else:
                name = last or p.surname
            last = name if name != p.surname and id(p) not in alone else last
            p.entity = entity_id("person", name)
            aliases = {p.mention.text, p.full} - {name}
            old = entities.get(p.entity)
            titles = {p.mention.title} - {None}
            if old:
                aliases |= set(old.aliases)
                titles |= set(old.titles)
            entities[p.entity] = Entity(p.entity, "person", name, tuple(sorted(aliases)), titles=tuple(sorted(titles)))
    return entities


def governs_as_place(span: Mention, v: DocView, settings: EntitySettings = DEFAULT.entities) -> bool:
    """Is a capital here a place ("в Токио", "посетил Москву") rather than its government ("обвинил Москву")?"""
    tokens = v.tokens_in(span.start, span.stop)
    if tokens and tokens[0].feats.get("Case") == "Acc" and not any(c.rel == "case" for c in v.children(tokens[0])):
        head = v.head(tokens[0])  # the object of a verb addressed to a side is its government; else the city
        return not (head is not None and head.pos in ("VERB", "AUX") and lemmas(head.text) & ADDRESSING_VERBS)
    for t in v.before(span.start, settings.place_window):
        low = t.text.lower()
        if low in PLACE_PREPOSITIONS or lemmas(low) & gazetteer.CITY_OFFICES:  # "мэр Москвы": the city
            return True
        if t.pos == "ADP" or not (t.pos == "PROPN" or low in {"и", ",", "-"}):
            return False
    return False


class EntityStage:
    name = "entities"
    requires = frozenset({"text", "sentences", "ner"})
    provides = frozenset({"mentions", "entities"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.entities
        self.span_settings = settings.spans

    def __call__(self, doc: Document) -> Document:
        v = view(doc)
        people: list[_Person] = []
        others: list[Mention] = []
        entities: dict[str, Entity] = {}
        # the span stage has usually joined adjacent person spans already (``spans.join_names``)
        home = self._home(doc)
        spans = join_names(list(doc.ner), doc.text, v.tokens, self.span_settings)
        surnames = frozenset(fold(words[-1].text) for s in spans if s.type == "PER"
                             and len(words := v.words_in(s.start, s.stop)) > 1)
        spans = [dataclasses.replace(s, type="PER") if not_persons.full_names_surname(s, v, surnames) else s
                 for s in spans]
        places = doc_places.place_stems(spans, v)
        named = {fold(t.text) for s in spans if s.type == "PER"
                 for t in _name_words_of(v.words_in(s.start, s.stop), places)}
        told = [s.text for s in spans if s.type == "PER"]
        outlets = not_persons.dateline_sources(spans, v)
        person_starts = {s.start for s in spans if s.type == "PER"}
        forms = written_forms(v)
        titles = not_persons.titles_used(spans, v)
        person_stops = {s.stop for s in spans if s.type == "PER"}
        unattested = not_persons.unattested(spans, v, named)
        for span in spans:
            if span.type in ("ORG", "LOC") and not_persons.read_as_place(span, v, person_starts, person_stops):
                span = dataclasses.replace(span, type="PER")
            if span.type == "PER" and (placed(span, v, named) or not_persons.dateline_place(span, v)
                                       or not_persons.place_adjective(span, v)
                                       or doc_places.named_place(span, v, places, named)
                                       or doc_places.beside_place(span, v, places)):
                span = dataclasses.replace(span, type="LOC")
            if span.type == "PER":
                p = None if not_persons.letter_or_title(span) or not_persons.compound_word(span, v) \
                    or not_persons.adjective_alone(span, v, named) \
                    or not_persons.title_alone(span, v, titles) or not_persons.name_of_a_thing(span, v) \
                    or fold(span.text) in outlets or not_persons.masthead(span, v, told) \
                    or credits.credit_line(span, v, told) \
                    or not_persons.title_of_next(span, v, person_starts) \
                    or len(span.text.split()) == 1 and names_link.stem(span.text) in unattested \
                    else person_mention(span, v, forms, places)
                if p:
                    people.append(p)
                if p and p.glued:  # "Президент Ровиля Тамо Рамоди": the place is one of the document's
                    span = _glued_place(p.glued, spans, doc.text)
                else:
                    continue
            resolved = self._place_or_org(span, v, doc.ner, home=home)
            if resolved is None:
                continue
            mention, entity = resolved
            others.append(mention)
            old = entities.get(entity.id)
            if old:
                entity = Entity(entity.id, entity.type, entity.name,
                                tuple(sorted(set(old.aliases) | set(entity.aliases))), entity.country, entity.code)
            entities[entity.id] = entity
        names_link.relatives(people, v)
        names_link.undeclined_u(people, v)
        names_oblique.subject_nominatives(people, v)
        feminine_names(people, v)
        entities.update(link_persons(people, doc.text))
        for latin, target in names_link.with_transliterations(people, doc.text).items():
            old, kept = entities.pop(latin, None), entities.get(target)
            if old and kept:
                aliases = set(kept.aliases) | {old.name} | set(old.aliases)
                entities[target] = dataclasses.replace(kept, aliases=tuple(sorted(aliases)))
        named = [dataclasses.replace(p.mention, entity=p.entity) for p in people] + \
            link_acronyms(others, entities, self.settings, doc.text)
        mentions = sorted(named + body_mentions(v, named, entities, self.settings), key=lambda m: m.start)
        return doc.replace(mentions=tuple(mentions), entities=tuple(sorted(entities.values(), key=lambda e: e.id)))

    def _home(self, doc: Document):
        """The country of bare ministry names in this document (``settings.entities.home_country``), or
        None when its dateline places it in another country."""
        home = gazetteer.country_by_code(self.settings.home_country)
        if not names_home(doc.text, doc.ner, self.settings.home_country) and len(_countries_named(doc)) >= 2:
            return None  # "Корею представлял глава МИД X" in a report of two other countries that never names home
        if doc.dateline_place:
            placed = gazetteer.country_or_capital(doc.dateline_place)
            if placed is not None and placed != home:
                return None
        return home

    def _place_or_org(self, span: Mention, v: DocView, spans=(), home=None) -> tuple[Mention, Entity] | None:
        tokens = v.words_in(span.start, span.stop)
        if len(tokens) == 1 and pseudo_name(tokens[0], v) and not acting_place(tokens[0], v):
            return None
        normal = place_normal(span) or phrase_normal(span, v) or span.normal or span.text
        country = gazetteer.lookup_country(normal) or gazetteer.lookup_country(span.text)
        capital = None
        if country is None and (span.type == "LOC" or len(span.text) >= self.settings.caps_capital_min_letters
                                and span.text.isupper()):
            capital = gazetteer.lookup_capital(normal) or gazetteer.lookup_capital(span.text)
            if capital and not governs_as_place(span, v, self.settings):
                country, capital = capital, None
        if country is not None:
            eid = country_id(country.code)
            entity = Entity(eid, "country", country.name, (span.text,), code=country.code)
        else:
            type_ = TYPE_OF[span.type]
            normal = gazetteer.org_name(normal) or normal if type_ == "organization" else normal  # one name, any form
            normal = without_field(normal) if type_ == "organization" else normal
            key, inner = country_key(span, normal, spans)
            if inner is None and type_ == "organization" and (after := country_after(span, v, spans)):
                (inner, written), key = after, ministry_key(f"{normal} {{{after[0].code}}}")
                normal = f"{normal} {written}"  # "МИД" + "Турции", cut apart by NER
            if inner is None and type_ == "organization" and (before := country_before(normal, v, span)):
                (inner, base), key = before, ministry_key(f"{before[1]} {{{before[0].code}}}")
                normal = f"{base} {genitive(inner.name)}"  # "эфиопский МИД" is "МИД Эфиопии"
            if not (inner or capital) and home and type_ == "organization" and home_body(normal, v, span):
                inner, key = home, ministry_key(f"{normal} {{{home.code}}}")  # one entity with "МИД России"
            listed = gazetteer.org_country(normal) if type_ == "organization" else None  # "ЦК КПК" → China
            home = inner or capital or listed
            eid = entity_id(type_, key)
            entity = Entity(eid, type_, normal, (span.text,), country=country_id(home.code) if home else None)
        return Mention(span.start, span.stop, span.type, span.text, normal=entity.name, entity=eid), entity


def _countries_named(doc: Document) -> set[str]:
    """The codes of the countries the document's place names name (by name or capital)."""
    return {c.code for m in doc.ner if m.type == "LOC" and (c := gazetteer.country_or_capital(m.normal or m.text))}
