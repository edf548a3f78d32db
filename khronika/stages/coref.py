"""Descriptors standing for a person: ``Президент России``, ``глава МИД РФ``, ``японский министр``,
``Премьер-министр`` become mentions of the person of the document who holds that role.

A descriptor matches a role when its position is that role's position or a prefix of it
(``министр`` fits ``министр иностранных дел``) and, if it names a country, the country is the same.
One candidate: linked.  Several: the one mentioned last before the descriptor.  None: a descriptor
that names its country or body (``Премьер-министр Израиля заявил``, ``глава российского
государства``) stands for the person the text has just been about, when one fits (see
``salient``), unless it is in a list or an apposition, inside a quotation, or of a former office;
otherwise it is left alone.  Plural descriptors (``министры``, ``стороны``) and honorifics are never
persons; an office named as such (``пост президента``) and ``во главе`` are no descriptors.

The stage rewrites two fields: ``mentions`` (a descriptor linked to a person is added as a ``PER``
mention of that person) and ``roles`` (a role without a country takes the one a linked descriptor
gives, and a descriptor that names its country adds the role it states).
"""
from __future__ import annotations

import dataclasses
import re

from .. import lexicon
from ..ids import is_country
from ..marks import quote_pairs
from ..morph import fold, lemma
from ..records import Document, Mention, Role, Sentence, Token
from ..settings import DEFAULT, CorefSettings, RoleSettings, Settings
from ..view import DocView, MentionIndex, view
from .roles import (
    COLLEAGUE,
    DESCRIPTOR_POS,
    ENVOYS,
    HONORIFICS,
    Parsed,
    at_the_head,
    head_lemma,
    in_full,
    parse_descriptor,
    plural_roles,
)

SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Relations of a descriptor in a list or an apposition (``политики: премьер-министр Италии, канцлер
# ФРГ …``): it introduces somebody rather than refers back to somebody named before.
LISTED = frozenset({"appos", "list", "parataxis", "root"})
# Nouns whose genitive complement names an office, not its holder (data/coref_words.tsv).
OFFICE_NOUNS = lexicon.words("coref_words.tsv")["OFFICE_NOUNS"]
# Descriptors of whoever leads a country, and the offices they cover (data/coref_words.tsv).
LEADER = lexicon.words("coref_words.tsv")["LEADER"]
LEADS = lexicon.words("coref_words.tsv")["LEADS"]
# Verbs whose object, an envoy by title alone, is their subject's envoy (data/coref_words.tsv).
OWN_ENVOYS = lexicon.words("coref_words.tsv")["OWN_ENVOYS"]
# "Его Величество", "Его Высочество" alone: the monarch or prince the text named (data/coref_words.tsv).
STYLED = {"величество": lexicon.words("coref_words.tsv")["MAJESTY"],
          "высочество": lexicon.words("coref_words.tsv")["HIGHNESS"]}
_POSSESSIVES = lexicon.words("pronouns.tsv")["HIS"] | lexicon.words("pronouns.tsv")["HER"]  # "его", "ее"


def descriptor_at(tokens: list[Token], k: int, idx: MentionIndex) -> list[Token] | None:
    """The descriptor headed by token ``k``, with country adjectives before it and genitive
    complements after it; None when a name follows (that is a role, read by the role stage)."""
    i = k
    while i > 0 and tokens[i - 1].pos == "ADJ" and tokens[i - 1].feats.get("Case") == tokens[k].feats.get("Case"):
        i -= 1
    j = k + 1
    while j < len(tokens):
        t = tokens[j]
        m = idx.inner(t)
        if m is not None and m.type == "PER":
            return None
        genitive = t.feats.get("Case") == "Gen" or (m is not None and m.type in ("ORG", "LOC"))
        if t.pos not in DESCRIPTOR_POS or not genitive:
            break
        j += 1
    return tokens[i:j]


def candidates(position: str, of: str | None, roles: list[Role]) -> list[Role]:
    """The roles a descriptor may stand for: of its office and country, or of no country known, unless the person
    holds the office of another country (``Президенты X и Y … Глава азербайджанского государства … Президент
    Казахстана``: not the one the descriptor before made Azerbaijan's)."""
    other = {r.person for r in roles if of is not None and is_country(of) and r.of is not None and is_country(r.of)
             and r.of != of and covers(position, r.position, of)}
    return [r for r in roles if covers(position, r.position, of) and (of is None or r.of in (of, None))
            and r.person not in other]


def covers(position: str, office: str, of: str | None) -> bool:
    """Does a descriptor's position stand for the office?  Its beginning (``министр`` for ``министр обороны``), or,
    with the country named, that country's leader for its president, prime minister, king… (``кыргызский
    лидер``; ``оба лидера`` stays no one)."""
    return office.startswith(position) or of is not None and position in LEADER and office.split()[0] in LEADS


def with_learned_of(roles: list[Role], learned: list[Role]) -> list[Role]:
    """Roles without ``of`` take the country a descriptor of the same person and position gives;
    a learned role whose (person, position, of) is new is added.  (A colloquial title of a country's office is
    learned in full, ``roles.in_full``: ``Глава чилийской дипломатии заявил`` after ``министр иностранных дел X``.)"""
    out = []
    for r in roles:
        if r.of is None:
            fit = next((x for x in learned if x.person == r.person and (
                x.position.startswith(r.position) or covers(x.position, r.position, x.of))), None)
            if fit is not None:
                r = dataclasses.replace(r, of=fit.of, of_start=fit.of_start, of_stop=fit.of_stop)
        out.append(r)
    have = {(r.person, r.position, r.of) for r in out}
    # "кыргызский лидер" stands for an office of the country, and is none itself ("лидер партии" is one)
    return out + [x for x in learned if (x.person, x.position, x.of) not in have
                  and not (x.position in LEADER and x.of is not None and is_country(x.of))]


def completes_a_title(head: Token, v: DocView) -> bool:
    """Is the title the complement of another one (``главы`` in ``заместителем главы совета``)?"""
    parent = _noun_parent(head, v)
    return parent is not None and head_lemma(parent) is not None


def names_an_office(head: Token, v: DocView) -> bool:
    """Is the descriptor headed by ``head`` the complement of an office noun (``пост президента``)?"""
    parent = _noun_parent(head, v)
    return parent is not None and lemma(parent.text) in OFFICE_NOUNS


def _noun_parent(head: Token, v: DocView) -> Token | None:
    """The word a title depends on as its genitive complement (``пост`` of ``пост президента``)."""
    return v.head(head) if head.rel == "nmod" else None


def _sentence_of(offset: int, v: DocView) -> int | None:
    """The index of the sentence that holds ``offset``, None between sentences."""
    if not v.sentences:
        return None
    i = v.sentence_index(offset)
    s = v.sentences[i]
    return i if s.start <= offset < s.stop else None


def is_subject(m: Mention, roles: list[Role], doc: Document, main: bool = False) -> bool:
    """Is the mention (with the descriptor of its role, if any) the subject of its clause (of the
    sentence's main clause, with ``main``)?"""
    v = view(doc)
    start = min([r.position_start for r in roles if r.person_start == m.start] + [m.start])
    here = _sentence_of(m.start, v)
    if here is None:
        return False
    s = v.sentences[here]
    roots = {t.id for t in s.tokens if t.rel == "root"}
    return any(t.rel in SUBJECT and (not main or t.head_id in roots) for t in s.tokens if start <= t.start < m.stop)


# A token heads no descriptor standing for a person when one of these holds (``_heads_a_descriptor``).
def _no_title(t: Token, title: str | None, covered: list[tuple[int, int]], idx: MentionIndex) -> bool:
    """Not a title, or an honorific, ``коллега`` or a plural (``министры``)."""
    return title is None or title in HONORIFICS or title == COLLEAGUE or t.feats.get("Number") == "Plur"


def _named(t: Token, title: str | None, covered: list[tuple[int, int]], idx: MentionIndex) -> bool:
    """Inside a mention, or inside a role's descriptor (read by the role stage)."""
    return idx.inner(t) is not None or any(a <= t.start < b for a, b in covered)


NOT_HEADS = (_no_title, _named)


def _no_descriptor(k: int, tokens: list[Token], desc: list[Token] | None, v: DocView) -> bool:
    """No descriptor, an office named as such (``пост президента``), the complement of another title
    (``заместителем главы``) or ``во главе``."""
    t = tokens[k]
    return not desc or names_an_office(t, v) or completes_a_title(t, v) or at_the_head(tokens, k)


class CorefStage:
    """Reads ``text``, ``sentences``, ``mentions``, ``entities`` and ``roles``; rewrites ``mentions``
    (descriptors linked to a person added) and ``roles`` (countries learned from descriptors)."""

    name = "coref"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles"})
    provides = frozenset({"mentions", "roles"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings: CorefSettings = settings.coref
        self.roles: RoleSettings = settings.roles  # descriptors are read as the role stage reads them

    def __call__(self, doc: Document) -> Document:
        if not any(e.type == "person" for e in doc.entities):
            return doc
        v = view(doc)
        idx = v.mentions(doc)
        covered = [(r.position_start, r.person_stop) for r in doc.roles]
        added: list[Mention] = []
        learned: list[Role] = []
        roles = list(doc.roles)
        # "президенты X и Y": offices no role records, but no minister is either of them
        listed = [r for s in doc.sentences for r in plural_roles(s, idx, self.roles)]
        quoted = [(o, c) for o, c, _ in quote_pairs(doc.text) if c - o > self.settings.quotation_chars]
        for sentence in doc.sentences:
            tokens = list(sentence.tokens)
            for k, t in enumerate(tokens):
                if (styled := _styled(tokens, k, idx, roles, doc)) is not None:
                    added.append(styled)
                    continue
                title = head_lemma(t)
                if any(rule(t, title, covered, idx) for rule in NOT_HEADS):
                    continue
                desc = descriptor_at(tokens, k, idx)
                if _no_descriptor(k, tokens, desc, v):
                    continue
                parsed = parse_descriptor(desc, idx, t.feats.get("Case"), self.roles)
                if not parsed:
                    continue
                person = self._person(parsed[0], t, doc, roles, quoted, listed)
                if person is None:
                    continue
                start, stop, holder = desc[0].start, desc[-1].stop, idx.entity(person)
                added.append(Mention(start, stop, "PER", doc.text[start:stop], normal=holder.name if holder else None,
                                     title=parsed[0].position, entity=person, via="descriptor"))
                if parsed[0].of is not None:
                    learned.append(self._role(parsed[0], person, doc, sentence))
                    roles.append(learned[-1])
        if not added:
            return doc
        mentions = sorted(doc.mentions + tuple(added), key=lambda m: (m.start, m.stop))
        return doc.replace(mentions=tuple(mentions), roles=tuple(with_learned_of(list(doc.roles), in_full(learned))))

    def _person(self, p: Parsed, t: Token, doc: Document, roles: list[Role],
                quoted: list[tuple[int, int]], listed: list[Role]) -> str | None:
        """The person a descriptor stands for: the holder of the role (``_resolve``), else, for a
        descriptor that names its country or body, the salient person (``salient``) unless the
        descriptor is listed, of a former office, or inside a quotation (which has people of its own); the
        offices of ``listed`` persons (``президенты X и Y``) count against them."""
        pool = [r for r in roles if r.former == p.former]  # a former holder is another person
        own = _sending_country(p, t, doc)
        if own is not None:  # "Чили отозвало посла": not the envoy of another country the text names
            pool = [r for r in pool if r.of in (own, None)]
        person = self._resolve(p.position, p.of, doc, pool, t.start)
        if person is None and p.of is not None and t.rel not in LISTED and not p.former \
                and not any(o < t.start < c for o, c in quoted):
            person = salient(p.position, p.of, doc, roles + listed, t.start, self.settings.window_sentences,
                             predicate_gender(t, view(doc)), turn=bool(IN_TURN.match(doc.text, p.stop)))
        return person

    @staticmethod
    def _role(p: Parsed, person: str, doc: Document, sentence: Sentence) -> Role:
        """The role a descriptor with a country states of the person it stands for
        (``президент Франции прибыл`` → Саркози is president of France); the person's offsets are
        those of the person's first named mention."""
        named = next(m for m in doc.mentions if m.entity == person)
        return Role(person=person, position=p.position, person_start=named.start, person_stop=named.stop,
                    position_start=p.start, position_stop=p.stop, start=sentence.start, stop=sentence.stop,
                    of=p.of, of_start=p.of_span[0] if p.of_span else None, of_stop=p.of_span[1] if p.of_span else None,
                    former=p.former)

    @staticmethod
    def _resolve(position: str, of: str | None, doc: Document, roles: list[Role], at: int) -> str | None:
        found = candidates(position, of, roles)
        people = {r.person for r in found}
        if len(people) == 1:
            return people.pop()
        before = [m for m in doc.mentions if m.entity in people and m.stop <= at]
        subjects = [m for m in before if is_subject(m, found, doc)]
        pick = subjects or before
        return pick[-1].entity if pick else None


def _styled(tokens: list[Token], k: int, idx: MentionIndex, roles: list[Role], doc: Document) -> Mention | None:
    """``Его Величество`` (``Ее Высочество``) standing alone, no name after it: a mention of the holder of an office
    the style covers (``STYLED``) named last before it (``… король Бахрейна Хамад … Его Величество выразил …``)."""
    t = tokens[k]
    offices = STYLED.get(lemma(t.text))
    if offices is None or k == 0 or fold(tokens[k - 1].text) not in _POSSESSIVES \
            or k + 1 < len(tokens) and (tokens[k + 1].text[:1].isupper() or head_lemma(tokens[k + 1]) is not None):
        return None  # "Его Величество Султан Хассанал Болкиах", "… король X": a style before a name or a title
    holders = {r.person for r in roles if r.position.split()[:1] and r.position.split()[0] in offices}
    before = [m for m in doc.mentions if m.entity in holders and m.stop <= t.start]
    if not before:
        return None
    start, stop, holder = tokens[k - 1].start, t.stop, idx.entity(before[-1].entity)
    return Mention(start, stop, "PER", doc.text[start:stop], normal=holder.name if holder else None,
                   title=None, entity=before[-1].entity, via="descriptor")


def _sending_country(p: Parsed, t: Token, doc: Document) -> str | None:
    """The country whose envoy a title alone stands for as the object of a verb of ``OWN_ENVOYS`` whose subject is a
    country (``Гана отозвала посла``); None otherwise."""
    if p.of is not None or head_lemma(t) not in ENVOYS or not t.rel.startswith("obj"):
        return None
    v = view(doc)
    verb = v.by_id.get(t.head_id) if t.head_id else None
    if verb is None or lemma(verb.text) not in OWN_ENVOYS:
        return None
    idx = v.mentions(doc)
    subject = next((m for x in v.children(verb) if x.rel in SUBJECT
                    and (m := idx.inner(x)) is not None and idx.kind(m) == "country"), None)
    return subject.entity if subject is not None else None


def fits(person: str, position: str, of: str, roles: list[Role]) -> bool:
    """Could the person hold the position of ``of``?  Not when the text gives the person an office
    of another country or body, or another office."""
    theirs = [r for r in roles if r.person == person]
    return all(r.of in (of, None) and (covers(position, r.position, of) or position.startswith(r.position))
               for r in theirs)


def predicate_gender(t: Token, v: DocView) -> str | None:
    """The gender of the past-tense verb or short adjective whose subject the descriptor is (``Глава МИД
    признал``: Masc), None when the predicate shows none."""
    h = v.head(t) if t.rel in SUBJECT else None
    g = h.feats.get("Gender") if h is not None and h.pos in ("VERB", "AUX", "ADJ") else None
    return g if g in ("Masc", "Fem") else None


def gender_of(person: str, doc: Document) -> str | None:
    """The gender the tagger gives the proper-name words of a person's named mentions, when it is one."""
    v = view(doc)
    found = {t.feats.get("Gender") for m in doc.mentions if m.entity == person and m.via == "name"
             for t in v.tokens_in(m.start, m.stop) if t.pos == "PROPN"} - {None}
    return found.pop() if len(found) == 1 else None


# "Премьер Y, в свою очередь, обвинил …": the turn passes to another person than the one the text was about.
IN_TURN = re.compile(r"\s*,?\s*в\s+свою\s+очередь\b", re.IGNORECASE)


def salient(position: str, of: str, doc: Document, roles: list[Role], at: int,
            window: int = DEFAULT.coref.window_sentences, gender: str | None = None, turn: bool = False) -> str | None:
    """The person a descriptor that nobody holds yet stands for: among the persons named in the
    last ``window`` sentences before it, but not in its own, who could hold it (``fits``) and whose
    gender the descriptor's predicate does not contradict (``Глава МИД признал`` is no woman's), the
    subject mentioned last, else the person mentioned last (``Нарендра Моди отказался …
    Премьер-министр Индии заявил``); with ``turn`` (``в свою очередь`` after the descriptor) another person than
    that one, the one mentioned last."""
    v = view(doc)
    here = _sentence_of(at, v)
    if here is None:
        return None
    since, sentence = v.sentences[max(0, here - window + 1)].start, v.sentences[here]
    persons = {e.id for e in doc.entities if e.type == "person"}
    # a person named in the descriptor's own sentence is another participant, not the one it stands for
    # ("Хаменеи, оценивая визит президента Кореи, отметил")
    if any(m.entity in persons for m in doc.mentions if sentence.start <= m.start < sentence.stop):
        return None
    before = [m for m in doc.mentions if m.entity in persons and since <= m.start and m.stop <= at
              and fits(m.entity, position, of, roles)
              and (gender is None or gender_of(m.entity, doc) in (None, gender))]
    subjects = [m for m in before if is_subject(m, roles, doc)]
    main = [m for m in subjects if is_subject(m, roles, doc, main=True)]
    pick = main or subjects or before
    if turn and pick:  # "…, — подчеркнул X. Премьер Y, в свою очередь, …": not X, another person named before
        last = pick[-1].entity
        pick = [m for m in before if m.entity != last]
    return pick[-1].entity if pick else None
