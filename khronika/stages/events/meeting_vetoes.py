"""Vetoes on the triggers of meetings: a habit, a reception that receives no guest, a round of no talks, a meeting
asked for or consented to, a mechanism suspended or resumed, a meeting with the public, the purpose of a recall.
Each says that the trigger word at position ``i`` reports no meeting in its sentence (``triggers.VETOES``)."""
from __future__ import annotations

from ... import gazetteer, morph
from ...names_link import HONORIFICS
from ...records import Token
from .bodies import mechanisms
from .private import PEOPLE_OF, private
from .sentence import Words
from .words import (
    ARRIVING,
    CANCEL,
    CONSENT,
    ENVOY_TRIGGERS,
    FOUNDING,
    GUEST_HEADS,
    GUESTS,
    HAPPEN,
    HEADS,
    HEADS_OF_MISSION,
    HELD_ONLY,
    IMPERFECTIVE,
    IN_PREPOSITIONS,
    LAWMAKERS,
    LEGISLATURES,
    LIGHT_VERBS,
    MECHANISM_VERBS,
    MEETING_HOLDING,
    POSTPONE,
    PROPOSALS,
    PUBLIC,
    PUBLIC_MEETINGS,
    RECALL_VERBS,
    REQUEST_VERBS,
    SITES,
    STATE_BODIES,
    TAKEN,
    TALKS,
    TRIGGERS,
    VISITING,
    WHICH,
    trigger_type,
)

_LAST = frozenset({"последний", "прошлый", "предыдущий"})  # "в прошлый раз": one time, not a habit
RESUME = "возобнов"  # the verbs of resuming ("возобновились"): a meeting where they name a city


def imperfective_past(w: Words, i: int) -> bool:
    """An imperfective trigger not in the present tense: ``министры раньше встречались`` is a habit; not the last
    time, dated (``Последний раз лидеры встречались в декабре 2023 года``, ``В прошлый раз … в марте``)."""
    last_time = any(a in _LAST and b == "раз" for a, b in zip(w.lem, w.lem[1:])) and bool(w.dated)
    return w.lem[i] in IMPERFECTIVE and morph.tense(w.tokens[i].text) != "pres" and not last_time \
        and not _summoned_to_a_ministry(w, i)


_SUMMONING = "вызывать"
_MINISTRIES = frozenset({"мид", "министерство", "ведомство"})  # where an envoy is summoned ("в МИД", "в ведомство")


def _summoned_to_a_ministry(w: Words, i: int) -> bool:
    """``посла вызывали в министерство иностранных дел``, ``в ведомство вызывали посла``: a summons to a ministry
    told in the imperfective past is one act (the imperfective of a fact, as news tells a summons), not a habit; a
    series (``неоднократно вызывали``) is ``senses.habitual``'s."""
    return w.lem[i] == _SUMMONING and any(
        x in _MINISTRIES and any(c.rel == "case" and c.text.lower() in IN_PREPOSITIONS for c in w.children(w.tokens[k]))
        for k, x in enumerate(w.lem))


def receiving_no_guest(w: Words, i: int) -> bool:
    """``принял решение``: no person as the object (``принял гостя``, ``принял спецпосланника`` is a meeting; so is
    the guest as the passive's subject, ``вице-премьер был принят президентом``; an indeclinable guest's name before
    the verb and the host after it, ``Шевченко принял президент …``, which the parser reads as two subjects; and the
    other way round, ``Президент … принял Шевченко``).  A decision or a measure taken (``TAKEN``: ``принято решение``)
    receives nobody, whatever name the parser hangs on the verb (a post's author on the line above it)."""
    if w.lem[i] in ("принять", "принимать") and any(
            t.rel in ("obj", "nsubj:pass") and t.id in w.position and w.lem[w.position[t.id]] in TAKEN
            for t in w.children(w.tokens[i])):
        return True
    return w.lem[i] in ("принять", "принимать") and not any(
        t.rel in ("obj", "nsubj:pass") and t.pos == "PROPN" or t.rel != "nsubj" and t.pos == "NOUN"
        and (w.lem[w.position[t.id]] in GUESTS or _head_of_guests(w, t) or _foreign_lawmakers(w, t)
             or _addressed_by_name(w, t))
        for t in w.children(w.tokens[i])) and not _guest_first(w, i) and not _guest_after(w, i) \
        and not _pronoun_guest(w, i) and not _guest_at_the_place(w, i)


def _head_of_guests(w: Words, t: Token) -> bool:
    """``главу делегации``, ``руководителя МИД Перу`` (``GUEST_HEADS``): the head of a guest's body, of a state body,
    a country or an organisation, a guest."""
    return w.lem[w.position[t.id]] in GUEST_HEADS and any(
        c.rel == "nmod" and (c.id in w.position and w.lem[w.position[c.id]] in GUESTS | STATE_BODIES
                             or w.kind(c) in ("country", "organization")) for c in w.children(t))


def _foreign_lawmakers(w: Words, t: Token) -> bool:
    """``российских парламентариев``, ``депутатов Госдумы`` (``LAWMAKERS``): lawmakers of a country or of a named
    legislature, a guest delegation."""
    return w.lem[w.position[t.id]] in LAWMAKERS and any(
        w.kind(c) == "country" or gazetteer.adjective_country(c.text) is not None
        or c.id in w.position and w.lem[w.position[c.id]] in LEGISLATURES
        for c in w.children(t) if c.rel in ("amod", "nmod"))


def _addressed_by_name(w: Words, t: Token) -> bool:
    """``господина Комбо``, ``г-жу Сальвадор`` (``names_link.HONORIFICS``): a form of address before a person's name,
    a guest."""
    return w.lem[w.position[t.id]] in HONORIFICS and any(c.pos == "PROPN" for c in w.children(t))


def _guest_first(w: Words, i: int) -> bool:
    """``Кравченко принял министр …``: a person's name right before the verb and a subject in the nominative after
    it (the parser reads the name as a second subject, or hangs it on the word before): the guest, then the host; so
    is a guest's noun right before it in the accusative the parser took for a genitive (``Во второй половине дня
    венгерского министра принял президент …``, ``посла Чили принимал премьер …``)."""
    verb = w.tokens[i]
    before = w.tokens[i - 1] if i > 0 else None
    guest = before is not None and (before.pos == "PROPN" and w.kind(before) == "person" or _guest_noun(w, before))
    return guest and any(
        t.rel == "nsubj" and t.pos in ("NOUN", "PROPN") and t.start >= verb.stop and t.feats.get("Case") == "Nom"
        for t in w.children(verb))


def _guest_noun(w: Words, t: Token) -> bool:
    """A guest's noun (``GUESTS``, or the head of a guest's body), animate, in the accusative or the genitive the parser
    may take it for, with no preposition of its own."""
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and t.feats.get("Case") in ("Acc", "Gen") \
        and t.id in w.position and (w.lem[w.position[t.id]] in GUESTS or _head_of_guests(w, t)) \
        and not any(c.rel == "case" for c in w.children(t))


def _guest_at_the_place(w: Words, i: int) -> bool:
    """``Президент X принял в президентском дворце министра Y``: a guest's noun right after the place of the verb,
    which the parser hangs on the place as its genitive; only where the verb has no object of its own (``принял в
    резиденции посла решение`` takes a decision)."""
    verb = w.tokens[i]
    kids = w.children(verb)
    if any(t.rel in ("obj", "nsubj:pass") for t in kids):
        return False
    return any(g.rel == "nmod" and g.start > t.start and _guest_noun(w, g)
               for t in kids if t.rel == "obl" and t.start > verb.start and any(c.rel == "case" for c in w.children(t))
               for g in w.children(t))


def _guest_after(w: Words, i: int) -> bool:
    """``Президент X в среду принял Y``: a subject before the verb and a person's name after it that the parser reads
    as a second subject (an indeclinable or a rare name): the host, then the guest."""
    verb = w.tokens[i]
    subjects = [t for t in w.children(verb) if t.rel == "nsubj"]
    return any(t.stop <= verb.start for t in subjects) and any(
        t.start >= verb.stop and t.pos == "PROPN" and w.kind(t) == "person" for t in subjects)


_THIRD_PERSON = frozenset({"его", "ее", "её", "их"})  # "его принял президент": the guest told before


def _pronoun_guest(w: Words, i: int) -> bool:
    """``накануне его принимал президент X``, ``глава МИД X принял его``: a personal pronoun as the object (not ``его
    предложение``, where it is a possessive) and a holder of a state title (``GUESTS``, a head of a state body:
    ``GUEST_HEADS``) or a person named as the subject (not a parliament: ``Сейм принял его``, a bill)."""
    return bool(_pronoun_hosts(w, i))


def host_before_pronoun(w: Words, i: int) -> bool:
    """A reception of a pronoun whose host is told before the verb only (``Президент X принял его``): a guest only
    right after an arrival or a visit (the stage checks), else what was accepted may be a plan told before."""
    hosts = _pronoun_hosts(w, i)
    return bool(hosts) and all(t.stop <= w.tokens[i].start for t in hosts)


def _pronoun_hosts(w: Words, i: int) -> list[Token]:
    verb = w.tokens[i]
    children = w.children(verb)
    if w.lem[i] not in ("принять", "принимать") or not any(
            t.rel == "obj" and t.pos == "PRON" and t.text.lower() in _THIRD_PERSON for t in children):
        return []
    return [t for t in children if t.rel == "nsubj" and t.id in w.position and (
        w.lem[w.position[t.id]] in GUESTS or t.pos == "PROPN" and w.kind(t) == "person" or _head_of_guests(w, t))]


def received_by_a_head(w: Words, i: int) -> bool:
    """``его принимал у себя президент X``: the guest told before received by a head of state or government (``HEADS``),
    a meeting of its own, not the talks told before again."""
    return received_again(w, i) and any(
        t.rel == "nsubj" and t.id in w.position and w.lem[w.position[t.id]] in HEADS for t in w.children(w.tokens[i]))


def received_again(w: Words, i: int) -> bool:
    """A reception of a guest told before by a pronoun (``Его принял президент X``)."""
    return w.lem[i] in ("принять", "принимать") and _pronoun_guest(w, i)


def round_of_no_talks(w: Words, i: int) -> bool:
    """``квалификационного раунда чемпионата`` is no round of talks (unless a format or a mechanism is named, or
    a round of talks was told before: ``9-й раунд консультаций … 8-й раунд прошел в …``, but not ``раунды
    проходили в …``: rounds summed up)."""
    return w.lem[i] == "раунд" and w.fmt is None and not _of_talks(w, i) and not mechanisms(w) \
        and ("раунд" not in w.bodies or w.tokens[i].feats.get("Number") == "Plur")


def meeting_asked_for(w: Words, i: int) -> bool:
    """A meeting noun that is the thing proposed or asked for (``предложил возобновить … встречи``), or
    consented to (``согласен на переговоры``, ``готовность к диалогу``)."""
    before = w.lem[max(0, i - w.settings.request_before): i]
    consent = w.lem[max(0, i - w.settings.readiness_cue_before): i]
    return TRIGGERS[w.lem[i]][0] == "CONSULT" and (any(x in REQUEST_VERBS for x in before) or (
        w.tokens[i].pos == "NOUN" and (any(x in CONSENT for x in consent) or _of_a_proposal(w, i))))


def _of_a_proposal(w: Words, i: int) -> bool:
    """A meeting noun that a proposal noun tells of, through ``о`` and the nouns of its holding (``предложение о новом
    раунде консультаций``, ``инициатива о созыве саммита``): proposed, none held."""
    k: int | None = i
    for _ in range(3):
        up = w.head_index(w.tokens[k])
        if up is None:
            return False
        if w.lem[up] in PROPOSALS:
            return "о" in w.prepositions(w.tokens[k])  # "о", "об", "обо"
        if w.lem[up] not in MEETING_HOLDING:
            return False
        k = up
    return False


def mechanism(w: Words, i: int) -> bool:
    """A meeting noun that is the subject of a verb that suspends or resumes a whole mechanism
    (``консультации были приостановлены``, ``переговоры возобновились``): the mechanism, not a meeting; but talks
    resumed in a city (``в Кито возобновились переговоры``) met there."""
    head = w.head_index(w.tokens[i])
    return TRIGGERS[w.lem[i]][0] == "CONSULT" and w.tokens[i].rel.startswith("nsubj") and head is not None \
        and w.lem[head].removesuffix("ся") in MECHANISM_VERBS \
        and not (w.lem[head].startswith(RESUME) and _in_a_city(w))


def _in_a_city(w: Words) -> bool:
    """Does the sentence place something in a city (``в Кито``: a place after ``в``/``во`` that is no country)?"""
    return any(k > 0 and w.tokens[k - 1].text.lower() in IN_PREPOSITIONS and (m := w.mention(t)) is not None
               and m.type == "LOC" and w.mentions.kind(m) != "country" for k, t in enumerate(w.tokens))


def not_held(w: Words, i: int) -> bool:
    """``выступили за диалог``: a word of ``HELD_ONLY`` reports a meeting only as the object of a verb of holding or
    the subject of one of taking place (``провели в Лиме диалог``, ``состоялся диалог``) or the subject or object of
    resuming in a city (``в Вене возобновился диалог``, ``возобновили диалог в Лиме``); or as the meeting a word of
    putting off or calling off governs (``отменили диалог``, ``о переносе диалога``): the meeting's change is told."""
    if w.lem[i] not in HELD_ONLY:
        return False
    head = w.head_index(w.tokens[i])
    rel = w.tokens[i].rel
    resumed = w.lem[head].startswith(RESUME) and _in_a_city(w) if head is not None else False
    return head is None or not (rel == "obj" and (w.lem[head] in LIGHT_VERBS or resumed) or rel.startswith("nsubj")
                                and (w.lem[head] in HAPPEN or resumed) or changed(w, i))


def changed(w: Words, i: int) -> bool:
    """Is the meeting noun at ``i`` what a word of putting off or calling off (``POSTPONE``, ``CANCEL``) governs: its
    object or its genitive (``отложили встречу``, ``отменяет раунд``, ``о переносе саммита``, ``отмена диалога``)?"""
    t = w.tokens[i]
    head = w.head_index(t)
    return head is not None and w.lem[head].removesuffix("ся") in POSTPONE | CANCEL and (
        t.rel == "obj" or t.rel.startswith("nsubj") or t.feats.get("Case") == "Gen" and w.tokens[head].pos == "NOUN")


def meeting_the_public(w: Words, i: int) -> bool:
    """``на встрече с журналистами``, ``встретился со студентами МГИМО``, ``встреча с представителями компаний``: a
    meeting with the public or with private people, not with another side (``PUBLIC`` or ``private.private`` after
    ``с``, or after ``с представителями``, ``с руководством`` and the like)."""
    if w.lem[i] not in PUBLIC_MEETINGS:
        return False
    after = range(i + 1, min(len(w.lem), i + 1 + w.settings.sense_after))
    with_ = next((k for k in after if w.lem[k] in ("с", "со")), None)
    if with_ is None:
        return False
    first = [k for k in range(with_ + 1, min(len(w.lem), with_ + 4)) if w.tokens[k].pos in ("NOUN", "PROPN")][:2]
    if first and (w.lem[first[0]] == "представитель" or w.lem[first[0]] in PEOPLE_OF):
        first = first[1:]
    return bool(first) and (w.lem[first[0]] in PUBLIC or private(w.lem[first[0]]))


def _of_talks(w: Words, i: int) -> bool:
    """Is ``раунд`` a round of talks: of ``переговоров``, ``консультаций``, ``диалога``…?"""
    s = w.settings
    near = [w.lem[w.position[c.id]] for c in w.children(w.tokens[i]) if c.id in w.position]
    near += w.lem[i + 1: i + 1 + s.talks_after] + w.lem[max(0, i - s.talks_before): i]
    return any(x in TALKS for x in near)


def recalled_for_talks(w: Words, i: int) -> bool:
    """``отозван для консультаций``, ``вызвал посла в столицу для консультаций``: the purpose of a recall, no meeting.
    The talks noun after ``для`` depends on a word of recalling (``ENVOY_TRIGGERS``, ``RECALL_VERBS``)."""
    t = w.tokens[i]
    head = w.head_index(t)
    if head is not None and w.lem[head] in HEADS_OF_MISSION:
        head = w.head_index(w.tokens[head])  # "отозвал посла для консультаций", the parser hanging them on the envoy
    return w.lem[i] in TALKS and head is not None and w.lem[head] in ENVOY_TRIGGERS | RECALL_VERBS \
        and any(c.rel == "case" and c.text.lower() == "для" for c in w.children(t))


def of_a_body_to_be(w: Words, i: int) -> bool:
    """A meeting of a body the sentence only sets up, told in its relative clause (``решили учредить экспертный
    совет, первое заседание которого состоится весной``, ``о создании комиссии, заседания которой …``): a session of a
    body that does not exist yet, part of what was agreed, no meeting announced."""
    t = w.tokens[i]
    if t.pos != "NOUN" or not any(c.id in w.position and w.lem[w.position[c.id]] == WHICH for c in w.children(t)):
        return False
    clause = w.head(t)
    body = w.head(clause) if clause is not None and clause.rel == "acl:relcl" else None
    if body is None or body.id not in w.position:
        return False
    above = w.head(body)
    return above is not None and above.id in w.position and w.lem[w.position[above.id]] in FOUNDING



def farewell(w: Words, i: int) -> bool:
    """A host's goodbye to the audience at the end of a programme or a digest (``До встречи в следующую субботу!``,
    ``До новых встреч!``, ``встретимся через неделю``): a meeting noun after ``до`` heading a sentence of no verb, or a
    meeting verb in the first person plural with no subject (``мы``), nobody met (no ``с``) and no other verb (no
    ``сказал`` that makes it someone's words): no meeting of any sides.  ``Мы встретимся в Женеве в мае`` with its
    subject, ``встретимся с коллегами``, ``до встречи с президентом он …`` are not goodbyes."""
    t = w.tokens[i]
    if trigger_type(w.lem[i]) != "CONSULT":
        return False
    if t.pos == "NOUN":
        return t.rel == "root" and any(c.rel == "case" and c.text.lower() == "до" for c in w.children(t)) \
            and not any(x.pos == "VERB" for x in w.tokens) and not _met_with(w, t)
    return t.pos == "VERB" and t.feats.get("Person") == "1" and t.feats.get("Number") == "Plur" \
        and t.feats.get("Tense") != "Past" and not _met_with(w, t) \
        and not any(c.rel.startswith("nsubj") and c.pos == "PRON" for c in w.children(t)) \
        and not any(x.pos == "VERB" and x is not t for x in w.tokens)  # «Встретимся в Вене», — сказал министр


def _met_with(w: Words, t: Token) -> bool:
    """Is somebody met named below the meeting word (``встреча с президентом``, ``встретимся с коллегами``)?"""
    return any(c.rel in ("nmod", "obl") and {"с", "со"} & set(w.prepositions(c)) for c in w.children(t))


def goods_arrived(w: Words, i: int) -> bool:
    """An arrival (``words.ARRIVING``) of a thing, not of people: ``партия пшеницы прибыла в порт``,
    ``груз прибыл в Бейрут`` is a delivery, no visit; its subject an inanimate noun that names no actor, no guest
    and nothing of an actor's (``самолет президента прибыл``, ``делегация прибыла``)."""
    if w.lem[i] not in ARRIVING:
        return False
    subjects = [c for c in w.children(w.tokens[i]) if c.rel == "nsubj"]
    return bool(subjects) and all(_a_thing(w, t) for t in subjects)


def visited_a_site(w: Words, i: int) -> bool:
    """A visit whose object is a site a guest is shown (``words.SITES``: ``посетил мавзолей``, ``посещение музея``),
    no country, city or body of a side: a stop of a stay told elsewhere, no visit of its own."""
    if w.lem[i] not in VISITING:
        return False
    what = [c for c in w.children(w.tokens[i]) if c.rel in ("obj", "nmod") and c.id in w.position
            and not any(x.rel == "case" for x in w.children(c))]  # "посещение музея", not "визит в музей"
    return bool(what) and all(w.lem[w.position[x.id]] in SITES for x in what)  # "Мавзолей …" capitalised too


def _a_thing(w: Words, t: Token) -> bool:
    """An inanimate common noun that is no actor nor guest, with no actor of its own in the genitive (``самолет
    президента``; ``груз из России`` is a thing)."""
    if t.pos != "NOUN" or t.feats.get("Animacy") != "Inan" or t.start in w.actors or t.id not in w.position:
        return False
    if w.lem[w.position[t.id]] in GUESTS | HEADS | STATE_BODIES:
        return False
    return not any((c.start in w.actors or c.feats.get("Animacy") == "Anim") and c.feats.get("Case") == "Gen"
                   and not any(x.rel == "case" for x in w.children(c)) for c in w.children(t))
