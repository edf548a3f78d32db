"""Finding the triggers of a sentence: the patterns of ``data/event_triggers.tsv`` first, then the
trigger words, each kept unless one of the ``VETOES`` finds it does not report an event there (a
sense it lacks, a mention in passing, a meeting asked for or a mechanism suspended)."""
from __future__ import annotations

from collections.abc import Callable

from ... import morph
from ...ids import is_country
from ...records import Token
from . import approvals, contents, kept, objects, refusals, senses, unstated
from .aid import given_amounts
from .bodies import body_meetings, format_held
from .envoys import no_envoy_returns
from .evaluation import evaluation_type, evaluations
from .exercises import exercises_described
from .expulsions import given_to_leave, ordered_out
from .forums import forum_meetings
from .meeting_vetoes import (
    farewell,
    goods_arrived,
    imperfective_past,
    mechanism,
    meeting_asked_for,
    meeting_the_public,
    not_held,
    of_a_body_to_be,
    recalled_for_talks,
    receiving_no_guest,
    round_of_no_talks,
    visited_a_site,
)
from .opened_talks import talks_to_open
from .outcomes import outcome_decisions
from .passing import attitude_asked, change_reacted_to, has_actor, in_passing
from .patterns import Found, not_an_act_yet, patterns_found
from .sentence import Words
from .trigger_reads import warnings_of_force, yes_no
from .words import (
    AGENT_NOUNS,
    CLUBS,
    CREWS,
    DISCUSSED,
    EXCLUSION_TRIGGERS,
    EXTRADITION_TRIGGERS,
    FORCES,
    JOINT,
    ONE_SIDED_ACTS,
    ONE_SIDED_VERBS,
    OWN_ACTOR,
    READINESS_SAID,
    READY,
    SENSES,
    SIGNING,
    SINGULAR_ONLY,
    TRIGGERS,
    sport_sentence,
)


def find_triggers(w: Words) -> list[Found]:
    """(type, mode, trigger tokens) of each trigger in the sentence: patterns first, then evaluative
    speech (``evaluation``: ``назвал решение неприемлемым``), meetings of bodies (``bodies``: ``заседание
    межправительственной комиссии``), then words."""
    used, out = patterns_found(w)
    for verb, word in evaluations(w, used):
        used.update((verb, word))
        # "назвал требования «неприемлемыми и безосновательными»": the verdicts joined to it are the same one
        said = w.tokens[word]
        used.update(w.position[t.id] for t in w.tokens if t.id in w.position and (
            t.rel == "conj" and t.head_id == said.id or said.rel == "conj" and said.head_id == t.id))
        out.append((evaluation_type(w, verb, word), None, [w.tokens[verb], w.tokens[word]]))
    for i in outcome_decisions(w, used):
        used.add(i)
        out.append(("AGREE", None, [w.tokens[i]]))  # "Главный итог — решение начать переговоры о …"
    for i in approvals.adopted_together(w, used):
        used.add(i)
        out.append(("AGREE", None, [w.tokens[i]]))  # "Лидеры … приняли декларацию о …"
    for i in given_amounts(w, used):
        if not (in_passing(w, i) or objects.demanded(w, i, "AID") or objects.discussed_at(w, i) or _asked(w, i)
                or _attributive_participle(w, i)):  # "потребовал выделить …", "обсудили выделение …"
            used.add(i)
            out.append(("AID", None, [w.tokens[i]]))  # "выделит три миллиона долларов на …": aid by what is given
    for i in refusals.refusals_to_join(w, used):
        used.add(i)
        out.append(("REJECT", None, [w.tokens[i]]))  # "Уругвай к ним не присоединился"
    for verb, word, obj in refusals.untimely_refusals(w, used):
        used.update((verb, word, obj))
        out.append(("REJECT", None, [w.tokens[verb], w.tokens[word]]))  # "счел преждевременным переход на …"
    for i in given_to_leave(w, used):
        if not (in_passing(w, i) or _asked(w, i)):
            used.add(i)
            out.append(("SANCTION", None, [w.tokens[i]]))  # "дали атташе 48 часов на то, чтобы покинуть страну"
    for i in warnings_of_force(w, used):
        used.add(i)
        out.append(("THREATEN", None, [w.tokens[i]]))  # "предупредил, что X будет вынужден …"
    for i, mode in body_meetings(w) + forum_meetings(w):
        if i not in used and not in_passing(w, i) and not objects.proposal_rejected(w, i) \
                and not objects.participation_withheld(w, i) and not contents.a_deadline(w, i) \
                and not contents.sitting_discussed(w, i) \
                and not senses.ruled_out(w, i) and not of_a_body_to_be(w, i):  # "заседания … невозможны"
            used.add(i)
            out.append(("CONSULT", mode, [w.tokens[i]]))
    for i, word in enumerate(w.lem):
        if i in used:
            continue
        if word in TRIGGERS:
            if any(veto(w, i) for veto in VETOES):
                continue
            type_, mode = TRIGGERS[word]
        elif word in DISCUSSED and by_phone(w, i):
            type_, mode = "CONSULT", "phone"  # "обсуждал на прошлой неделе с коллегой … по телефону"
        else:
            continue
        out.append(("COOPERATE" if _joint_exercises(w, i) else type_, mode, [w.tokens[i]]))
    if not any(t == "CONSULT" for t, _, _ in out) and (k := format_held(w)) is not None and k not in used:
        out.append(("CONSULT", "meet", [w.tokens[k]]))  # "прошел девятый «2+2» А и Б": the format as the subject
    return [("SANCTION" if t == "REQUEST" and ordered_out(w, trig)  # "потребовали от посла покинуть страну"
             else "AGREE" if t == "SUPPORT" and approvals.approved_together(w, trig) else t,  # "Стороны одобрили план"
             "phone" if t == "CONSULT" and any(by_phone(w, w.position[x.id]) for x in trig) else m, trig)
            for t, m, trig in out
            if not senses.habitual(w, trig) and not senses.the_fact_that(w, trig)
            and not (t == "THREATEN" and (senses.measure_taken(w, trig) or senses.consequence_at_home(w, trig)
                                          or senses.endangers(w, trig)))]


def by_phone(w: Words, i: int) -> bool:
    """A verb said with ``по телефону`` however far from it (``обсудил с коллегой … по телефону``): a phone call."""
    return w.tokens[i].pos == "VERB" and any(
        morph.lemma(c.text) == "телефон" and any(x.rel == "case" and x.text.lower() == "по" for x in w.children(c))
        for c in w.children(w.tokens[i]))


def _joint_exercises(w: Words, i: int) -> bool:
    """``совместные учения`` are cooperation, other exercises a mobilisation."""
    return w.lem[i] == "учение" and "совместный" in w.lem[max(0, i - w.settings.joint_before): i]


# ---- vetoes: each says that the trigger word at position i reports no event in this sentence

def _ready_for_nothing(w: Words, i: int) -> bool:
    """``готовый``, ``согласный`` without ``к``/``на`` after it (``согласен с Х`` is a view, not consent); one of the
    verb it governs (``не готов взять на себя обязательства``) is not its own."""
    after = range(i + 1, min(len(w.lem), i + 2 + w.settings.ready_gap))
    return w.lem[i] in READY and not any(w.lem[k] in ("к", "на") and all(w.tokens[j].pos != "VERB" for j in range(
        i + 1, k)) for k in after)




def _discussed_by_one_side(w: Words, i: int) -> bool:
    """``эксперты обсудили``: no talks; ``Лавров и Ван И обсудили …``, ``обсудил с коллегой``: talks."""
    return w.lem[i] == "обсудить" and not _between_sides(w, i)



def _freeing_no_people(w: Words, i: int) -> bool:
    """``освободила город`` is no concession; ``освободили журналиста``, ``освобождение заложников``, ``экипаж
    освобожден`` (``CREWS``) is."""
    return w.lem[i] in ("освободить", "освобождать", "освобождение") and not any(
        t.rel in ("obj", "nsubj:pass", "nmod") and (t.feats.get("Animacy") == "Anim" or w.lemma(t) in CREWS)
        and not any(c.rel == "case" for c in w.children(t)) for t in w.children(w.tokens[i]))  # not "от боевиков"


def _meant_to(w: Words, i: int) -> bool:
    """``была призвана подкрепить`` means "was meant to"."""
    return w.lem[i] in ("призвать", "призывать") and w.tokens[i].feats.get("Variant") == "Short"


def _a_kind_of_event(w: Words, i: int) -> bool:
    """``восточноазиатские саммиты`` are a kind of event; but ``встречи в формате …`` are that format's series."""
    return w.lem[i] in SINGULAR_ONLY and w.tokens[i].feats.get("Number") == "Plur" and w.fmt is None


def _ready_without_actor(w: Words, i: int) -> bool:
    """``мы готовы``: ``готовый`` needs a named actor as its subject (``Москва готова``, ``Иран согласен``)."""
    return w.lem[i] in READY and not any(
        x.rel.startswith("nsubj") and x.start in w.actors for x in w.children(w.tokens[i]))


def _withdrawal_of_no_forces(w: Words, i: int) -> bool:
    """Withdrawal is a retreat only of forces (``вывод войск``)."""
    return w.lem[i] in ("вывод", "вывести", "выводить") and not any(
        x in FORCES for x in w.lem[i + 1: i + 1 + w.settings.forces_after])


def _readiness_unsaid(w: Words, i: int) -> bool:
    """``готовность`` counts when declared: a verb of ``READINESS_SAID`` just before it (``заявил о готовности``,
    ``подчеркнула готовность``, ``сообщил о готовности``), not ``проверил готовность дорог``."""
    before = w.lem[max(0, i - w.settings.readiness_cue_before): i]
    head = w.head_index(w.tokens[i])  # "заверил коллегу из Ирака в готовности …": the verb that governs it
    return w.lem[i] == "готовность" and not any(x in READINESS_SAID for x in before) \
        and not (head is not None and w.lem[head] in READINESS_SAID)






def _sport(w: Words, i: int) -> bool:
    """A sentence of sport: ``встреча … завершилась со счётом 1:0``, ``в финале она встретится с …``."""
    return sport_sentence(w.lem)


def _one_sided_act(w: Words, i: int) -> bool:
    """``подписал указ``, ``закон … одобрен``: an act of one side (a decree, a law, a contract), no agreement.
    The act is the object (or passive subject) of the trigger, or of the verb the trigger is a conjunct of."""
    if w.lem[i] not in ONE_SIDED_VERBS:
        return False
    verbs = [w.tokens[i]]
    head = w.head(w.tokens[i])
    if w.tokens[i].rel == "conj" and head is not None:
        verbs.append(head)
    relations = ("obj", "nsubj:pass", "nmod")  # "подписание указа": the act is the noun's nmod
    return any(c.rel in relations and c.id in w.position and w.lem[w.position[c.id]] in ONE_SIDED_ACTS
               for v in verbs for c in w.children(v))


def _one_side_only(w: Words, i: int) -> bool:
    """A joint trigger (``создать``, ``объявить``) without two states as its sides: ``Армения и Грузия создали
    комиссию`` is an agreement, ``правительство создало комиссию`` is not.  A noun (``объявили о создании``)
    is read through the verb it depends on."""
    if w.lem[i] not in JOINT:
        return False
    k: int | None = i
    for _ in range(w.settings.joint_climb + 1):
        if k is None:
            return True
        if w.tokens[k].pos == "VERB":
            return len(_side_countries(w, k)) < 2
        k = w.head_index(w.tokens[k])
    return True


def _attributive_participle(w: Words, i: int) -> bool:
    """A passive participle that describes a noun (``арестованных журналистов``, ``предложенную сделку``), or stands
    for one after a preposition (``доступ к задержанному``), names the noun, not an act it reports; a short one (``был
    арестован``) reports it."""
    t = w.tokens[i]
    return t.pos == "VERB" and t.feats.get("VerbForm") == "Part" and t.feats.get("Voice") == "Pass" \
        and t.feats.get("Variant") != "Short" and not _signing_told(w, t) \
        and (t.rel in ("amod", "acl") or t.rel in ("nmod", "obl") and any(c.rel == "case" for c in w.children(t)))


_YEAR = "год"


def _signing_told(w: Words, t: Token) -> bool:
    """A signing participle with its signers (``декларация, подписанная лидерами трех стран``, ``документ,
    подписанный премьерами X и Y``) tells the signing; not one dated by a year (``договор, подписанный в 1997 году
    президентами …``: the document's name, told in passing).  A place alone tells no signing of its own: ``соглашение,
    подписанное в Дакаре`` is often one of the papers a session's signing is told of elsewhere."""
    if w.lem[w.position[t.id]] not in SIGNING:
        return False
    kids = [c for c in w.children(t) if c.id in w.position]
    if any(w.lem[w.position[c.id]] == _YEAR or c.pos == "NUM" for c in kids):
        return False
    return any(c.pos in ("NOUN", "PROPN") and c.feats.get("Case") == "Ins" and c.rel.startswith("obl") for c in kids)


def _no_actor_of_its_own(w: Words, i: int) -> bool:
    """``призыв Германии`` is a request; ``кампания с призывами`` is none: a noun of ``OWN_ACTOR`` needs an
    actor among its dependents."""
    return w.lem[i] in OWN_ACTOR and w.tokens[i].pos == "NOUN" and not has_actor(w, w.tokens[i])


def _other_sense(w: Words, i: int) -> bool:
    """A trigger of several senses (``words.SENSES``) with no word of its diplomatic sense among its
    dependents or just after it: ``отозвала автомобили``, ``разместила заявление``, ``сбил пешехода``."""
    needed = next((words for triggers, words in SENSES if w.lem[i] in triggers), None)
    if needed is None:
        return False
    near = set(w.lem[i + 1: i + 1 + w.settings.sense_after])
    level = [w.tokens[i]]
    head = w.head(w.tokens[i])
    if w.tokens[i].rel == "conj" and head is not None:  # "самолёт залетел … и был сбит": the first verb's subject
        level += [c for c in w.children(head) if c.rel in ("nsubj", "nsubj:pass", "obj") and c.id in w.position]
        near.update(w.lem[w.position[c.id]] for c in level[1:])
    t = w.tokens[i]
    if t.feats.get("Voice") == "Pass" and not any(c.rel == "nsubj:pass" for c in w.children(t)):
        near.update(w.lem[max(0, i - w.settings.sense_after): i])  # "самолёт … залетел … и был сбит": elided subject
    for _ in range(w.settings.sense_depth):
        level = [c for x in level for c in w.children(x) if c.id in w.position]
        near.update(w.lem[w.position[c.id]] for c in level)
    return not any(x in needed or x.split("-")[0] in needed for x in near)



def _exclusion_from_no_club(w: Words, i: int) -> bool:
    """``исключена из Совета Европы``, ``исключение из состава G8`` is a sanction; ``исключён из
    университета`` is not: after ``из`` an organisation is named or a word of ``CLUBS`` stands."""
    if w.lem[i] not in EXCLUSION_TRIGGERS:
        return False
    after = range(i + 1, min(len(w.lem), i + 1 + w.settings.from_after))
    start = next((k for k in after if w.lem[k] == "из"), None)
    if start is None:
        return True
    what = range(start + 1, min(len(w.lem), start + 1 + w.settings.sense_depth))
    return not any(w.lem[k] in CLUBS or w.kind(w.tokens[k]) == "organization" for k in what)


def _handed_to_no_state(w: Words, i: int) -> bool:
    """``выдать`` is an extradition only of a person to a state: a country or organisation in the dative
    (``выдали США``) or the state whose request it answers (``по запросу США``); not ``выдал кредит``,
    ``выдали визу``, ``выдали замуж``."""
    if w.lem[i] not in EXTRADITION_TRIGGERS:
        return False
    children = w.children(w.tokens[i])
    person = any(c.rel in ("obj", "nsubj:pass") and c.feats.get("Animacy") == "Anim" or c.pos == "PROPN"
                 and c.rel == "obj" for c in children)
    receiver = any(c.feats.get("Case") == "Dat" and (c.start in w.actors or c.id in w.position
                                                     and w.lem[w.position[c.id]] in AGENT_NOUNS)
                   for c in children)
    return not (person and (receiver or "запрос" in w.lem or "требование" in w.lem))


# verbs of a stay, a trip or an arrival, a visit only where they name the country or city
STAYS = frozenset({"побывать", "съездить", "приехать", "прилететь", "прибывать"})


def _stay_nowhere(w: Words, i: int) -> bool:
    """``побывал в Лиме`` is a visit; ``побывал на выставке``, ``побывал в больнице`` is none: a verb of a stay
    (``STAYS``) needs a country or a city among its dependents, and a subject other than the speaker's ``мы``/``я``."""
    if w.lem[i] not in STAYS:
        return False
    kids = w.children(w.tokens[i])
    # a speaker's own trip in a quote ("«Я прибыл в X, чтобы …»"): told for its purpose, the visit told elsewhere
    first_person = any(c.rel == "nsubj" and c.feats.get("Person") == "1" for c in kids)
    return first_person or not any(w.kind(c) in ("country", "location") for c in kids)


# ---- the tests the vetoes use

def _between_sides(w: Words, i: int) -> bool:
    """Are two named sides the subjects of the verb (``X и Y обсудили``), or one its subject and
    another its ``с`` complement (``X обсудил с Y``)?  Their names and conjuncts count with them
    (``министры Индии и Бразилии Бхатнагар и Тавейра``).  (Two words of one name count as two, as
    the rule has been measured; ``_side_countries`` counts the states.)"""
    return sum(t.start in w.actors for t in _sides(w, i)) >= 2


def _sides(w: Words, i: int) -> list[Token]:
    """The subjects of the verb at ``i`` and its ``с`` complement, with their names and conjuncts.  A verbal adverb
    has the subject of the verb it modifies (``Министры X и Y, собравшись в Z, заявляют``), a participle the noun it
    describes (``министры X и Y, собравшиеся в Z``)."""
    verb = w.tokens[i]
    sides = [t for t in w.children(verb) if t.rel.startswith("nsubj") or t.rel == "obl" and any(
        c.text.lower() in ("с", "со") for c in w.children(t))]
    head = w.head(verb)
    if not any(t.rel.startswith("nsubj") for t in sides) and head is not None and head.id in w.position:
        form = verb.feats.get("VerbForm")
        if form == "Conv" and verb.rel == "advcl":  # "собравшись …, договорились укрепить": the finite verb's
            sides += [t for t in w.children(w.tokens[w.subject_verb(i)]) if t.rel == "nsubj"]
        elif form == "Part" and verb.rel in ("acl", "amod") and head.pos in ("NOUN", "PROPN"):
            sides.append(head)
    for _ in range(w.settings.sides_depth):
        sides += [c for x in sides for c in w.children(x)
                  if c not in sides and c.rel in ("conj", "appos", "flat:name", "nmod")]
    return sides


_NAMING = frozenset({"nmod", "conj", "appos", "flat:name", "flat"})  # the relations of a subject's names


def _side_countries(w: Words, i: int) -> set[str]:
    """The countries among the sides of the verb at ``i``, named or the countries of their holders
    (``президент Армении … и премьер-министр Грузии``): a joint act is one of two states."""
    sides = _sides(w, i)
    # a subject's names however deep (``Мы, министры иностранных дел X, Y и Z, собрались …``), not its clauses
    level = [t for t in sides if t.rel == "nsubj"]
    while level:
        level = [c for x in level for c in w.children(x) if c.rel in _NAMING]
        sides += [c for c in level if c not in sides]
    return {m.entity for t in sides if t.start in w.actors and (m := w.mention(t)) is not None
            and m.entity is not None and is_country(m.entity)}



def _asked(w: Words, i: int) -> bool:
    """A yes-no question (``trigger_reads.yes_no``) reports no event."""
    return yes_no(w)


# In the order they are tried (each is a pure test: the order changes nothing but the time taken).
def _hashtag(w: Words, i: int) -> bool:
    """``#санкции``, ``#переговоры``: a tag of a reposted post, no act told."""
    return i > 0 and w.tokens[i - 1].text == "#" and w.tokens[i - 1].stop == w.tokens[i].start


VETOES: tuple[Callable[[Words, int], bool], ...] = (
    _hashtag, _stay_nowhere, goods_arrived, visited_a_site, _ready_for_nothing, imperfective_past, receiving_no_guest,
    _discussed_by_one_side, round_of_no_talks, _freeing_no_people, _meant_to, _a_kind_of_event, _ready_without_actor,
    in_passing, _withdrawal_of_no_forces, _readiness_unsaid, meeting_asked_for, mechanism, _sport, _one_sided_act,
    _one_side_only, _other_sense, attitude_asked, _exclusion_from_no_club, _handed_to_no_state, _no_actor_of_its_own,
    _attributive_participle, not_an_act_yet, meeting_the_public, not_held, _asked, recalled_for_talks, no_envoy_returns,
    change_reacted_to, kept.kept_or_broken, talks_to_open, of_a_body_to_be, *objects.VETOES, *contents.VETOES,
    *refusals.VETOES, exercises_described, farewell, *unstated.VETOES, senses.promised_an_answer,
)
