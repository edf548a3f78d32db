"""The participants of an event: who is named in its scope, with a role.

* persons, organisations and countries named in the sentence, less those of another event noun
  with actors of its own (``event_scope``), news outlets (``is_media``) and the speaker who
  reports the event (``…визита президента, - сказал Лавров``);
* the subject of the trigger (or of a clause on a trigger noun that does its act, ``doers.py``) is its ``source``,
  the visited country of a visit its ``target``, everyone else a ``participant``;
* countries named by the adjective of a state agent (``японские пограничники``) or by a compound
  adjective (``японо-российские консультации``: both sides);
* a pronoun subject (``он``) is the person named last;
* the speakers of turns and quotes: ``speakers.py``.
"""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id, is_country
from ...records import Mention, Participant, Token
from .doers import doers
from .passing import has_actor
from .sentence import ACTOR_KINDS, Words
from .sides_read import completes_subject, mediator, of_talks
from .words import (
    AGENT_NOUNS,
    ANNOUNCE,
    ATTRIBUTION,
    CONCERNING,
    DECISIONS,
    DISCUSSED,
    ENFORCERS,
    FELT,
    IN_PREPOSITIONS,
    MEDIA_NOUNS,
    PASSIVE_AGENCY,
    PLACE_HEADS,
    REPORT_VERBS,
    SPEECH,
    TOPIC_PREPOSITIONS,
    TRIGGER_WORDS,
    ends_with,
)

SUBJECT = ("nsubj", "nsubj:pass")
_MEETINGS = ("meet", "multilateral")  # modes of a meeting held somewhere (not a visit, a call)
_QUOTE_CHARS = "«»\"„“”"


def participants(w: Words, trig: list[Token], mode: str | None, last_person: str | None) -> list[Participant]:
    """The event's participants with their roles, in the order they are named."""
    out: dict[str, str] = {}
    head = trig[0]
    scope = event_scope(w, trig)
    subject_ids = _with_appositions(w, [t for t in w.children(head) if t.rel in SUBJECT])
    target_ids: set[str] = set()
    if _passive(head) and w.lemma(head) not in FELT:  # "был арестован по запросу США", "запрещён въезд Лукашенко",
        # "сбит силами ПВО X" (not "Канада обеспокоена": who feels it)
        target_ids = {x.id for t in w.children(head) if t.rel == "nsubj:pass" or t.rel == "iobj"
                      for x in _core(w, t)}
        subject_ids = {x.id for t in w.children(head) if _agent_of_passive(w, t)
                       for x in w.v.subtree(t, skip=frozenset())}
    if head.pos == "NOUN" and head.rel == "xcomp" and (verb := w.head(head)) is not None and _passive(verb):
        # "сотрудник посольства X объявлен персоной нон грата": whom the passive verb predicates it of, its target
        target_ids = {x.id for t in w.children(verb) if t.rel == "nsubj:pass" for x in _core(w, t)}
    subject_ids = subject_ids or _decider(w, head) or _noun_decider(w, head) or _predicated_by(w, head)
    subject_ids = subject_ids or _with_appositions(w, doers(w, head))  # "санкции, введенные X", "которые ввела X"
    announcers = _announcer(w, head) if not subject_ids else set()
    subject_ids = subject_ids or announcers
    speakers = {t.id for t in w.tokens if head.pos == "NOUN" and t.rel.startswith("nsubj")
                and (v := w.head(t)) is not None and w.lem[w.position[v.id]] in SPEECH
                and not _where_said(w, head, v)} - announcers
    speakers |= _told_by(w)
    venues: set[str] = set()  # countries named where a meeting is held ("консультации в Швейцарии")
    third: set[str] = set()  # countries named as mediators only ("при посредничестве Катара", sides_read.py)
    for t in w.tokens:
        m = w.mention(t)
        if m is None and t.id in subject_ids and t.text[:1].isupper() and (capital := _capital_of(t.text)):
            _as_source(out, capital)  # a capital the names missed, as the subject
            continue
        if m is None or m.entity is None or t.id not in scope:
            continue
        if m.entity in out:
            if t.id in subject_ids:
                _as_source(out, m.entity)  # "посол Y … Y ввела санкции": named before, the subject acts
            if not mediator(w, t, trig):
                third.discard(m.entity)  # a mediator the sentence names as a side too is one
            continue
        kind = w.mentions.kind(m)
        if kind == "location" and t.id in subject_ids and (capital := _capital_of(m.normal or m.text)) is not None:
            _as_source(out, capital)  # "Аккра осудила …", "Сантьяго принял предложение": its government
            continue
        if kind == "location" and of_talks(w, t, trig) and (capital := _capital_of(m.normal or m.text)) is not None:
            out.setdefault(capital, "participant")  # "переговоры Белграда и Приштины": the governments talk
            continue
        if kind not in ACTOR_KINDS:
            continue
        if kind == "country" and mode in _MEETINGS and _after_in(w, t):
            venues.add(m.entity)
        if kind == "country" and mediator(w, t, trig):
            third.add(m.entity)  # "при посредничестве Катара": a third party, like the venue no side of two
        if kind == "organization" and is_media(w, m):
            continue  # "пишет газета «…»", "со ссылкой на Reuters": the outlet reports the event
        if kind == "country" and (_place_of_another(w, t, trig, mode) or _of_a_topic(w, t, trig)):
            continue  # "после событий на Украине", "ситуацию в Сирии", "сведениями об испытаниях X": told about
        inside = w.tokens_of(m)
        if any(x.id in speakers for x in inside):
            continue  # "…визита президента, - сказал Лавров": the speaker reports the event
        role = "participant"
        if t.id in subject_ids or any(x.id in subject_ids for x in inside):
            role = "source"
        elif t.id in target_ids:
            role = "target"
        elif mode == "visit" and kind == "country" and any(
                p.text.lower() in IN_PREPOSITIONS for p in w.tokens
                if p.stop <= t.start and t.start - p.stop <= w.settings.target_gap_chars):
            role = "target"
        out[m.entity] = role
    for eid, role in _countries_by_adjective(w, trig, subject_ids):
        if role == "source":
            _as_source(out, eid)  # "сербская сторона объявляет …": named later as a participant too, it acts
        else:
            out.setdefault(eid, role)
    venues |= third
    if len([e for e in out if is_country(e) and e not in venues]) >= 2:  # the sides are told: a venue is none
        out = {e: r for e, r in out.items() if e not in venues}
    if last_person and any(t.text.lower() in ("он", "она") and t.rel in SUBJECT for t in w.tokens):
        out.setdefault(last_person, "source")
    seat = None if subject_ids else seat_as_subject(w, head)
    if seat is not None:  # "В Пекине осудили …": the government seated there acts
        out = {seat: "source", **{e: r for e, r in out.items() if e != seat}}
    return [Participant(e, r) for e, r in out.items()]


def _as_source(out: dict[str, str], entity: str) -> None:
    """The entity is the subject: its source, though named before as a participant (``в делах Y … санкции, которые
    ввел Y``: the capital of the country named before)."""
    if out.get(entity, "participant") == "participant":
        out[entity] = "source"


def _announcer(w: Words, noun: Token) -> set[str]:
    """Who announces an act told as the noun after ``о`` of their verb of saying (``X объявила о запрете …``,
    ``МИД X сообщил о высылке …``, ``X заявила о введении санкций``; up a genitive: the act of ``о введении санкций``):
    the side that acts, as its subject; none where an act noun names an agent of its own (``о введении Y санкций``,
    ``о визите президента Y``)."""
    t = noun
    for _ in range(2):
        if t.pos != "NOUN" or any(_own_agent(w, c) for c in w.children(t)):
            return set()
        verb = w.head(t)
        if verb is None or verb.id not in w.position:
            return set()
        if verb.pos == "VERB" and set(w.prepositions(t)) & set(TOPIC_PREPOSITIONS):
            if w.lem[w.position[verb.id]] not in ANNOUNCE | SPEECH:
                return set()
            if verb.feats.get("VerbForm") == "Conv" and verb.rel == "advcl" and w.head(verb) is not None:
                verb = w.head(verb)  # "Объявив о высылке …, X закрыла …": the subject of the verb it modifies
            return _with_appositions(w, [c for c in w.children(verb) if c.rel in SUBJECT])
        if t.feats.get("Case") != "Gen" or verb.pos != "NOUN":
            return set()
        t = verb
    return set()


def _own_agent(w: Words, t: Token) -> bool:
    """A dependent of an act noun that is its agent: a named actor in the genitive or instrumental, no preposition."""
    return t.rel == "nmod" and t.feats.get("Case") in ("Gen", "Ins") and t.start in w.actors \
        and not any(c.rel == "case" for c in w.children(t))


def _told_by(w: Words) -> set[str]:
    """Ids of the tokens of ``как сообщили в МИД X``, ``как уточнили в Кремле``: the body that tells of the event,
    with no subject of its own telling, up to the next comma."""
    out: set[str] = set()
    for k in range(len(w.tokens) - 2):
        verb = w.tokens[k + 1]
        if w.lem[k] != "как" or w.lem[k + 1] not in SPEECH | REPORT_VERBS or verb.feats.get("Number") != "Plur" \
                or w.lem[k + 2] not in ("в", "во"):
            continue
        for t in w.tokens[k + 2:]:
            if t.text in ",;.":
                break
            out.add(t.id)
    return out


def _where_said(w: Words, noun: Token, verb: Token) -> bool:
    """Is the event noun told as where the speech was made (``сказал Лавров на пресс-конференции по итогам
    переговоров``: an oblique of the verb of speech, not what is said)?  Its speaker took part in it."""
    t = noun
    for _ in range(4):
        up = w.head(t)
        if up is None:
            return False
        if up.id == verb.id:
            return t.rel.startswith("obl")
        t = up
    return False


def _capital_of(name: str) -> str | None:
    """The country a capital's name stands for, as the subject of an act (``Аккра осудила``), if a capital."""
    country = gazetteer.lookup_capital(name)
    return country_id(country.code) if country else None


def seat_as_subject(w: Words, verb: Token) -> str | None:
    """The actor of a verb in the plural with no subject whose place is a capital, a seat or a state body (``В
    Пекине осудили``, ``в Кремле назвали``, ``в МИД Японии выразили протест``): the country of the capital or
    seat, or the body."""
    if verb.pos != "VERB" or verb.feats.get("Number") != "Plur" or any(c.rel in SUBJECT for c in w.children(verb)):
        return None
    for c in w.children(verb):
        m = w.mention(c) if c.rel == "obl" and _after_in(w, c) else None
        kind = w.mentions.kind(m)
        if kind in ("country", "organization"):
            return m.entity
        name = (m.normal or m.text) if kind == "location" else None
        country = name and (gazetteer.lookup_capital(name) or gazetteer.org_country(name))
        if country:
            return country_id(country.code)
    return None


def _noun_decider(w: Words, noun: Token) -> set[str]:
    """Who decided the act a noun names as the object of the decision's infinitive (``решением Лондона ввести
    санкции``, ``ввести пошлины и санкции``): as ``_decider`` of that infinitive."""
    first = w.head(noun) if noun.rel == "conj" else noun
    verb = w.head(first) if first is not None and noun.pos == "NOUN" and first.rel == "obj" else None
    return _decider(w, verb) if verb is not None else set()


def _predicated_by(w: Words, noun: Token) -> set[str]:
    """The subject of the verb a trigger noun is predicated of its object by (``X объявил дипломата персоной нон
    грата``, ``Y назвала меры ошибкой``): who acts."""
    verb = w.head(noun) if noun.pos == "NOUN" and noun.rel == "xcomp" else None
    if verb is not None and verb.start > noun.start:  # hung on a verb after it: the parser's slip, the one before
        verb = next((x for x in reversed(w.tokens) if x.stop <= noun.start and x.pos == "VERB"
                     and x.feats.get("VerbForm") == "Fin"), None)
    if verb is None or verb.pos != "VERB":
        return set()
    if verb.feats.get("VerbForm") == "Inf":  # "решение X объявить …", "сообщило ему о решении объявить …"
        return _decider(w, verb) or _telling_a_decision(w, verb)
    return _with_appositions(w, _conjunct_subjects(w, verb))


def _telling_a_decision(w: Words, verb: Token) -> set[str]:
    """Who tells a decision the infinitive is of (``МИД сообщил послу о решении объявить …``): the subject of the verb
    the decision noun depends on, its maker."""
    noun = w.head(verb)
    if noun is None or w.lemma(noun) not in DECISIONS or (teller := w.head(noun)) is None or teller.pos != "VERB":
        return set()
    return _with_appositions(w, _conjunct_subjects(w, teller))


def _conjunct_subjects(w: Words, verb: Token) -> list[Token]:
    """The subjects of a verb; of a second verb joined by a conjunction (``МИД вызвал посла и объявил …``), the
    first verb's, less a name the parser hangs on it from before the conjunction (``вызвал посла И.Петрова и
    объявил``)."""
    cc = next((c.start for c in w.children(verb) if c.rel == "cc"), None)
    own = [c for c in w.children(verb) if c.rel in SUBJECT and (cc is None or c.start > cc)]
    first = w.head(verb) if verb.rel == "conj" else None
    if own or first is None or first.pos != "VERB":
        return own
    return [c for c in w.children(first) if c.rel in SUBJECT]


def _decider(w: Words, verb: Token) -> set[str]:
    """``_decision_maker`` named before the act's verb: a name the parser hangs on a subject body from the far side
    of the verb (``МИД Уругвая приняло решение отозвать посла … Ану Роша``) is the one recalled, not who decided."""
    here = w.position.get(verb.id, 0)
    return {i for i in _decision_maker(w, verb) if w.position.get(i, here) < here}


def _decision_maker(w: Words, verb: Token) -> set[str]:
    """Who decided an act told as a decision to take it (``решение Уругвая выслать …``, ``МИД Уругвая принял
    решение отозвать посла``, ``Уругвай решил выслать …``): the owner of ``решение``, else the subject of ``принять``
    that takes it, or of ``решить``."""
    if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Inf":
        return set()
    noun = w.head(verb)
    if noun is not None and verb.rel == "xcomp" and w.lem[w.position[noun.id]] == "решить":  # "Уругвай решил выслать"
        return _with_appositions(w, [c for c in w.children(noun) if c.rel in SUBJECT])
    if noun is None or noun.id not in w.position or w.lem[w.position[noun.id]] != "решение":
        return set()
    owners = [c for c in w.children(noun) if c.rel == "nmod" and c.id != verb.id and c.pos in ("PROPN", "NOUN")
              and not any(g.rel == "case" for g in w.children(c))]
    if owners:
        return _with_appositions(w, owners)
    taker = w.head(noun)
    if taker is None or noun.rel != "obj" or taker.id not in w.position or w.lem[w.position[taker.id]] != "принять":
        return set()
    return _with_appositions(w, [c for c in w.children(taker) if c.rel in SUBJECT])


def _with_appositions(w: Words, subjects: list[Token]) -> set[str]:
    """Ids of the subjects, of the names in apposition to them and of the state a subject agent is of: in
    ``Официальный представитель МИД Мария Захарова осудила …`` the subject is the title, and the person named
    after it acts; in ``Правительство Перу пригрозило …`` Peru does (not in ``посол в Перу``)."""
    out = {t.id for t in subjects} | {c.id for t in subjects for c in w.children(t) if c.rel == "appos"}
    for t in subjects:
        if t.id in w.position and w.lem[w.position[t.id]] in AGENT_NOUNS:
            out |= {c.id for c in w.children(t) if c.rel == "nmod" and w.kind(c) == "country"
                    and not any(g.rel == "case" for g in w.children(c))}
    return out


def _place_of_another(w: Words, t: Token, trig: list[Token], mode: str | None) -> bool:
    """A country after ``в``/``на`` that depends on a noun other than the trigger: the place of that noun's
    happening (``событий на Украине``), not a side of the event; or a country that names the place of a
    meeting itself (``в столице Казахстана``, ``на территории Турции``; not ``въезд на территорию Канады``)."""
    head = w.head(t)
    if head is None or head.pos != "NOUN" or head.id in {x.id for x in trig}:
        return False
    return _after_in(w, t) or (mode in _MEETINGS and head.lemma in PLACE_HEADS and _after_in(w, head))


def _of_a_topic(w: Words, t: Token, trig: list[Token]) -> bool:
    """A country a participle of concern governs (``CONCERNING``: ``положения, касающиеся X``) or a verb of discussing
    takes as its object (``DISCUSSED``: ``обсудили Сирию и Палестину``), or one in the genitive
    of a noun that a preposition of topic opens (``обмен сведениями о ракетных испытаниях
    X``, ``переговоры о статусе Косово``): what the event is about, no side (not of an agent: ``о позиции
    правительства X``)."""
    if (verb := w.head(t)) is not None and w.lemma(verb) in CONCERNING and verb.rel.startswith("acl"):
        return True  # "положения декларации, касающиеся X": what they are about
    first = t
    while first.rel == "conj" and (up := w.head(first)) is not None:
        first = up
    if first.rel == "obj" and (verb := w.head(first)) is not None and w.lemma(verb) in DISCUSSED:
        return True  # "обсудили в Москве Сирию и Палестину": what they discussed
    if t.rel != "nmod" or _after_in(w, t):
        return False
    trig_ids = {x.id for x in trig}
    for _ in range(2):  # "об испытаниях ракет X": up the genitives to the noun the preposition opens
        head = w.head(t)
        if head is None or head.pos != "NOUN" or head.id in trig_ids or head.id not in w.position:
            return False
        lemma = w.lem[w.position[head.id]]
        if lemma in AGENT_NOUNS or lemma in TRIGGER_WORDS or lemma in PASSIVE_AGENCY:
            return False
        if any(c.rel == "case" and c.text.lower() in TOPIC_PREPOSITIONS for c in w.children(head)):
            return True
        if head.rel != "nmod":
            return False
        t = head
    return False


def _after_in(w: Words, t: Token) -> bool:
    return any(c.rel == "case" and c.text.lower() in IN_PREPOSITIONS | {"на"} for c in w.children(t))


def _core(w: Words, t: Token) -> list[Token]:
    """The token and its dependents but those after a preposition: ``Лукашенко и его служащим``, not
    ``въезд на территорию ЕС``."""
    out, todo, seen = [], [t], {t.id}
    while todo:
        x = todo.pop()
        out.append(x)
        more = [c for c in w.children(x) if c.id not in seen and not any(g.rel == "case" for g in w.children(c))]
        seen.update(c.id for c in more)
        todo += more
    return out


def _passive(t: Token) -> bool:
    """A passive participle or verb (``арестован``, ``запрещён``, ``была исключена``)."""
    return t.pos == "VERB" and t.feats.get("Voice") == "Pass"


def _agent_of_passive(w: Words, t: Token) -> bool:
    """The one who acts in a passive clause: the instrumental agent (``сбит страной НАТО Турцией``,
    ``силами ПВО``) or the state whose request or demand it was (``по запросу США``, ``со стороны ЕС``)."""
    if t.rel not in ("obl", "obl:agent"):
        return False
    preps = [c.text.lower() for c in w.children(t) if c.rel == "case"]
    lemma = w.lemma(t)
    if not preps:
        return t.feats.get("Case") == "Ins"
    return preps[0] == "по" and lemma in PASSIVE_AGENCY or preps[0] in ("со", "с") and lemma == "сторона"


def _countries_by_adjective(w: Words, trig: list[Token], subject_ids: set[str]) -> list[tuple[str, str]]:
    """``японские власти``, ``российская сторона``: the country of the adjective of a state agent
    (its source when the agent is the trigger's subject); ``японо-российские консультации``: both
    countries of a compound adjective of the trigger, of its noun (``раунд российско-американских
    консультаций``) or of an agent."""
    out = []
    trig_ids = {x.id for x in trig}
    for t in w.tokens:
        # an unknown adjective the tagger takes for a noun is still one as a modifier ("с танзанийским коллегой"); one
        # an organisation's name begins with is too where that names a force ("индонезийскими ВМС")
        named = w.mention(t) is not None
        country = gazetteer.adjective_country(t.text) if (t.pos == "ADJ" or t.rel == "amod") \
            and (not named or w.kind(t) == "organization") else None
        noun = w.head(t)
        if t.rel == "conj" and noun is not None and noun.pos == "ADJ":  # "российские и турецкие дипломаты"
            noun = w.head(noun)
        agents = [w.lem[w.position[noun.id]]] if noun is not None else []
        if country is not None:  # "задержаны индонезийскими ВМС", parsed with the adjective as the head
            agents += [w.lem[w.position[c.id]] for c in w.children(t) if w.position.get(c.id) == w.position[t.id] + 1]
        agent = any(a in AGENT_NOUNS and (not named or a in ENFORCERS) for a in agents)
        if country and agent:
            # the subject (by "эстонскими пограничниками" too; not "алжирского посла вызвали", the parser's subject)
            subject = noun is not None and noun.feats.get("Case", "Nom") in ("Nom", "Ins") \
                and (noun.head_id == trig[0].id and noun.rel == "nsubj" or noun.id in subject_ids)
            out.append((country_id(country.code), "source" if subject else "participant"))
        elif "-" in t.text and noun is not None and (noun.id in trig_ids or noun.head_id in trig_ids or agent
                                                      or _of_subject(w, noun, trig_ids)):
            out += [(country_id(c.code), "participant") for c in gazetteer.compound_countries(t.text)]
    return out


def _of_subject(w: Words, noun: Token, trig_ids: set) -> bool:
    """A noun of the trigger's subject (``состоялся раунд индийско-пакистанских консультаций``: the meeting told by
    its verb)."""
    up = w.head(noun)
    return up is not None and up.head_id in trig_ids and up.rel in SUBJECT


def event_scope(w: Words, trig: list[Token]) -> set[str]:
    """Ids of the tokens whose mentions can be the event's participants: the sentence, less the
    subtrees of other event nouns that name actors of their own and neither hold the trigger, stand
    above it nor complete it (as in ``раунд консультаций с …``).  In ``Лавров и Ван И обсудили
    подготовку визита Путина`` Путин is the visit's, not the talk's.  The whole sentence when
    that would leave no actor."""
    above, node = set(), trig[0]
    while node is not None and node.id not in above:
        above.add(node.id)
        node = w.head(node)
    trig_ids = {t.id for t in trig}
    everything = {t.id for t in w.tokens}
    scope = set(everything)
    for k, t in enumerate(w.tokens):
        if (t.pos == "NOUN" and t.id not in above and t.id not in trig_ids and t.head_id not in trig_ids
                and not completes_subject(w, t, trig_ids) and w.lem[k] in TRIGGER_WORDS and has_actor(w, t)):
            own = {x.id for x in w.v.subtree(t, skip=frozenset())} - _slipped_names(w, t)
            if not own & trig_ids:
                scope -= own
    if not any(t.start in w.actors for t in w.tokens if t.id in scope):
        return everything  # "Стороны приветствовали визит начальника штаба Японии"
    return scope


def _slipped_names(w: Words, noun: Token) -> set[str]:
    """The ids of a name in the nominative the parser hung on an oblique event noun as its apposition (``На полях
    саммита X и Y провели встречу``: X and Y are the verb's subject, not the summit's), with its conjuncts."""
    case = noun.feats.get("Case")
    if case in (None, "Nom"):
        return set()
    return {x.id for c in w.children(noun) if c.rel == "appos" and c.pos == "PROPN" and c.feats.get("Case") == "Nom"
            for x in w.v.subtree(c, skip=frozenset())}


def is_media(w: Words, m: Mention) -> bool:
    """Is an organisation mention a news outlet reporting the event: a listed outlet, one named
    after ``газета``/``агентство``/``телеканал``…, the subject of ``сообщает``/``пишет``, or one
    after ``по данным``/``со ссылкой на``?"""
    from ..spans import known_kind

    if known_kind(m.text) == "media" or (m.normal and known_kind(m.normal) == "media"):
        return True
    before = [k for k, t in enumerate(w.tokens) if t.stop <= m.start and t.text not in _QUOTE_CHARS]
    lem = [w.lem[k] for k in before[-w.settings.media_cue_before:]]
    if lem and lem[-1] in MEDIA_NOUNS or ends_with(lem, len(lem), ATTRIBUTION):
        return True
    return any(t.rel.startswith("nsubj") and (v := w.head(t)) is not None and w.lem[w.position[v.id]] in REPORT_VERBS
               for t in w.tokens_of(m))
