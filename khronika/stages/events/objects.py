"""Vetoes on a trigger that is only the object of another word: what is evaluated, needed or wanted, what
is intended, what a rejection answers, a refusal asked for, an agreement demanded, a state's own law approved; on a
call made to nobody, a greeting, a chair's procedure and the acts of private people.  Each says that the trigger word
at position ``i`` reports no event in its sentence (``triggers.VETOES``)."""
from __future__ import annotations

from . import senses
from .possible import absent, only_possible
from .private import private_actors
from .sentence import Words
from .words import (
    AGENDA,
    AGREEING,
    AIMED,
    CONTINUING,
    DEMANDING,
    DISCUSSED,
    DOMESTIC_ACTS,
    EVALUATING_HEADS,
    GREETED,
    GREETING,
    HAPPEN,
    INTENTION_HEADS,
    MECHANISM_VERBS,
    MUST,
    POINTING,
    PROCEDURE,
    PROCEDURE_VERBS,
    PROPOSALS,
    READY,
    REQUEST_VERBS,
    TOPICS,
    TREATY_WORDS,
    TRIGGER_WORDS,
    TRIGGERS,
    WALKING_OUT,
    tense,
    trigger_type,
)

REFUSING = frozenset({"отказаться", "отказываться"})  # a trigger noun refused is no act
RESPONSE_TYPES = frozenset({"ACCUSE", "REQUEST", "PROTEST"})  # trigger nouns that may be what a rejection answers
NO_COMMENT = frozenset({"комментарий", "комментировать"})  # "отказался от комментариев": no refusal
DEMANDED_TYPES = frozenset({"AGREE", "RETREAT", "SANCTION", "SUPPORT", "CONCEDE", "COOPERATE", "AID"})  # not done
INSISTING = frozenset({"настаивать", "настоять"})  # "настаивает, что": an assertion
TOPICAL_TYPES = frozenset({"COOPERATE", "AID"})  # acts that are only a topic when sides discuss them
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})  # reactions to an act told before


def evaluated_or_wanted(w: Words, i: int) -> bool:
    """A trigger noun that is what is evaluated, needed or wanted (``назвал встречу "продуктивной"``,
    ``нуждается в этой встрече``, ``не хочет "пустой встречи"``, ``высоко оценили вклад``): no event reported."""
    head = w.head_index(w.tokens[i])
    return w.tokens[i].pos == "NOUN" and head is not None and w.lem[head] in EVALUATING_HEADS


def intended_only(w: Words, i: int) -> bool:
    """A trigger governed by a noun of intention, maybe through an infinitive (``планами США по размещению``,
    ``намерение встретиться``, ``попытки вернуть санкции``) or refused (``отказалось от переговоров``): what is
    intended has not happened."""
    head = _above_infinitive(w, w.head_index(w.tokens[i]))
    refused = w.tokens[i].pos == "NOUN" and head is not None and w.lem[head] in REFUSING  # "отказалось от переговоров"
    return head is not None and (w.tokens[head].pos in ("NOUN", "PROPN") and w.lem[head] in INTENTION_HEADS or refused)


def ready_for(w: Words, i: int) -> bool:
    """What a side is ready for (``готова подписать соглашение``, ``договор готов к подписанию``): readiness,
    which ``готовый`` itself reports, not the act.  A guest a side is ready to receive at a time it tells
    (``готова принять коллегу в декабре``) is a visit planned."""
    if TRIGGERS.get(w.lem[i], ("", ""))[1] == "host" and w.dated:
        return False
    k = i
    for _ in range(2):  # the trigger, or the verb whose object it is ("готова подписать соглашение")
        head = w.head_index(w.tokens[k])
        if head is None:
            return False
        if w.lem[head] in READY and w.tokens[k].rel in ("xcomp", "obl", "nmod", "ccomp"):
            return True
        k = head
    return False


def _above_infinitive(w: Words, k: int | None) -> int | None:
    """The word an infinitive depends on (``попытки`` of ``вернуть``), else the word itself."""
    if k is not None and w.tokens[k].feats.get("VerbForm") == "Inf":
        return w.head_index(w.tokens[k])
    return k


def what_is_rejected(w: Words, i: int) -> bool:
    """An accusation, a demand or a protest that is the object of a rejection (``отверг обвинения Y``,
    ``отклонил требования``, ``отвергла протест Y``; not one a relative clause of its own tells done:
    ``rejected_object``), or an agreement that of a refusal to agree (``не согласится на соглашение``): the
    rejection is the act reported."""
    head = w.head_index(w.tokens[i])
    kind, rel = TRIGGERS[w.lem[i]][0], w.tokens[i].rel
    if kind == "REJECT" and any(w.lem[w.position[c.id]] in NO_COMMENT for c in w.children(w.tokens[i])
                                if c.id in w.position):
        return True  # "от комментариев отказался": no answer given, nothing refused
    if w.tokens[i].pos != "NOUN" or head is None:
        return False
    if kind in RESPONSE_TYPES and rel == "obj":
        return rejected_object(w, i)
    if kind == "AGREE" and _refused_under(w, w.tokens[i]):
        return True  # "отказала Y в продлении соглашения", "отказалась от подписания соглашения": what is refused
    return kind == "AGREE" and rel in ("obj", "obl") and trigger_type(w.lem[head]) == "AGREE" and \
        any(c.rel == "advmod" and c.text.lower() == "не" for c in w.children(w.tokens[head]))


def _refused_under(w: Words, t) -> bool:
    """The noun, or a noun it is the genitive of, is a complement of a verb of refusal (``отказала Y в продлении
    соглашения``).  The climb is ``factuality.completed_noun``'s, which this module cannot import (factuality reads the
    plan readers, which read these vetoes)."""
    for _ in range(_PHRASE):
        head = w.head(t)
        if head is None or head.id not in w.position:
            return False
        if head.pos == "VERB":
            return trigger_type(w.lem[w.position[head.id]]) == "REJECT"
        if head.pos != "NOUN":
            return False
        t = head
    return False


def rejected_object(w: Words, i: int) -> bool:
    """The noun at ``i`` is the direct object of a rejection (``отвергла протест Y``, ``отвергло ноту Y``,
    ``отвергает обвинения``): the act it names was done before and is told only as what the rejection answers, on
    no day of its own; the rejection is the act reported (the act itself, where the text tells it, is read
    there: ``Y вручил ноту в понедельник``, or in a relative clause of its own: ``отверг ноту, которую Y в понедельник
    вручил поверенному``)."""
    head = w.head_index(w.tokens[i])
    return w.tokens[i].pos == "NOUN" and w.tokens[i].rel == "obj" and head is not None \
        and trigger_type(w.lem[head]) == "REJECT" and not _told_after_it(w, i)


def _told_after_it(w: Words, i: int) -> bool:
    """The noun's phrase (``ноту протеста Y``) ends in a relative clause that tells the act done (``ноту протеста,
    которую Y вручил послу в понедельник``): an act reported, with a day of its own."""
    k = i
    while True:
        if told_in_a_relative_clause(w, k):
            return True
        k += 1
        if k >= len(w.tokens) or k - i > _PHRASE or w.tokens[k].pos not in ("NOUN", "PROPN", "ADJ"):
            return False


_PHRASE = 3  # words of a rejected note's phrase before its relative clause ("ноту протеста Республики Y, которую")


def proposal_rejected(w: Words, i: int) -> bool:
    """A meeting or an act a rejected proposal names (``отклонило предложение провести заседание``): nothing held."""
    def proposal(k: int) -> bool:
        return w.tokens[k].pos == "NOUN" and (w.lem[k] in PROPOSALS or trigger_type(w.lem[k]) == "REQUEST")

    def rejected(k: int) -> bool:
        above = w.head_index(w.tokens[k])
        return proposal(k) and above is not None and trigger_type(w.lem[above]) == "REJECT"

    # the trigger, the infinitive over it, the proposal noun over that; the first proposal noun decides
    return above(w, i, 3, rejected, lambda k: not proposal(k))


def refusal_asked_for(w: Words, i: int) -> bool:
    """A refusal that is the content of a request (``призвал Сеул отказаться от поставок``): what is asked is
    to stop doing something, no rejection of a proposal; the request is the act."""
    return TRIGGERS[w.lem[i]][0] == "REJECT" and _proposed_infinitive(w, i)


def _proposed_infinitive(w: Words, i: int) -> bool:
    t = w.tokens[i]
    head = w.head_index(t)
    return head is not None and w.lem[head] in REQUEST_VERBS and t.pos == "VERB" and t.rel == "xcomp"


def subject_of_a_denial(w: Words, i: int) -> bool:
    """A bare act noun that is the subject of a denied predicate (``ни санкции, ни угрозы не сломят нас``):
    a statement about such acts, not one of them (``встреча не состоялась``, ``санкции не вступили в силу`` are
    told as what did not happen; ``приостановка сотрудничества военных не пошла на пользу`` judges one told)."""
    head = w.head_index(w.tokens[i])
    if w.tokens[i].pos != "NOUN" or w.tokens[i].rel != "nsubj" or head is None:
        return False
    after = w.tokens[i + 1] if i + 1 < len(w.tokens) else None
    if after is not None and after.pos not in ("PUNCT", "VERB", "AUX", "PART") or i and w.tokens[i - 1].pos in (
            "DET", "ADJ", "PRON"):
        return False  # "приостановка сотрудничества … не пошла на пользу", "эти переговоры не …": a told act
    verb = w.tokens[head]
    return w.lem[head] not in HAPPEN | TRIGGER_WORDS | _COMING_INTO_FORCE and any(
        c.text.lower() == "не" for c in w.children(verb))


_COMING_INTO_FORCE = frozenset({"вступить", "вступать", "действовать", "распространиться", "распространяться"})


def called_nobody(w: Words, i: int) -> bool:
    """``позвонить`` is a call between sides only with whom it was made to in the dative without a preposition
    (``позвонил президенту Перу``, ``позвонил ему``); not ``позвонил в больницу``, ``позвонил по телефону``."""
    return w.lem[i] in CALLS and not any(
        c.feats.get("Case") == "Dat" and not any(g.rel == "case" for g in w.children(c))
        for c in w.children(w.tokens[i]))


CALLS = frozenset({"позвонить", "звонить"})


def told_in_a_relative_clause(w: Words, i: int) -> bool:
    """An event noun whose relative clause tells it in the past with an actor (``итоги переговоров, которые
    премьер-министр провела с президентом на прошлой неделе``): an event reported, however the noun is used."""
    if w.lem[i + 1:i + 3] != [",", "который"]:
        return False
    clause = []
    for t in w.tokens[i + 3:]:
        if t.pos == "PUNCT" and t.text not in ("-", "–"):
            break
        clause.append(t)
    return any(tense(t) == "past" for t in clause) and any(t.start in w.actors for t in clause)


# The vetoes of this module, in the order ``triggers.VETOES`` applies them.
def a_greeting(w: Words, i: int) -> bool:
    """``рад приветствовать вас``, ``приветствовал участников и гостей``: people greeted, no support of a step."""
    return w.lem[i] in GREETING and any(c.rel == "obj" and w.lem[w.position[c.id]] in GREETED
                                        for c in w.children(w.tokens[i]) if c.id in w.position)


def procedure(w: Words, i: int) -> bool:
    """``Предлагаю перейти к повестке дня``, ``Предлагаю утвердить повестку дня``: a chair moving to the next item or
    approving the agenda, no proposal between sides."""
    if w.lem[i] not in REQUEST_VERBS:
        return False
    for c in w.children(w.tokens[i]):
        if c.id not in w.position or c.pos != "VERB":
            continue
        below = {w.lem[w.position[x.id]] for x in w.children(c) if x.id in w.position}
        if below & AGENDA or w.lem[w.position[c.id]] in PROCEDURE_VERBS and below & PROCEDURE:
            return True
    return False


def own_law(w: Words, i: int) -> bool:
    """Support that approves a state's own law (``правительство одобрило проект постановления о ценах``), not a step of
    another side; ratifying a treaty (``одобрил закон о ратификации соглашения``) is still foreign relations."""
    if trigger_type(w.lem[i]) != "SUPPORT":
        return False
    for c in w.children(w.tokens[i]):
        if c.rel != "obj" or c.id not in w.position:
            continue
        below = [w.lem[w.position[x.id]] for x in w.v.subtree(c, skip=frozenset()) if x.id in w.position]
        acts = [x for x in below[:3] if x in DOMESTIC_ACTS]
        if acts and not set(below) & TREATY_WORDS:
            return True
    return False


def demanded(w: Words, i: int, type_: str | None = None) -> bool:
    """An act that is what one side demands or calls for (``требует от Y соглашения``, ``настаивал, что X должна
    подписать соглашение``, ``требует, чтобы Y вывели свои силы``, ``призвала партнёров бойкотировать``): the demand
    is the act, the one demanded is not done (``type_``: a pattern's type, else the trigger word's)."""
    return (type_ or trigger_type(w.lem[i])) in DEMANDED_TYPES and demanded_at(w, i)


def insisted_that(w: Words, i: int) -> bool:
    """``настаивает, что Y первой начала …``: insisting that something is so asserts it, no demand (``настаивает на
    …``, ``настаивает, чтобы …``, ``настаивал, что Y обязана …`` do demand)."""
    if w.lem[i] not in INSISTING:
        return False
    clauses = [c for c in w.children(w.tokens[i]) if c.rel in ("ccomp", "advcl", "parataxis")]
    marks = {w.lem[w.position[m.id]] for c in clauses for m in w.children(c) if m.rel == "mark" and m.id in w.position}
    must = any(w.lem[w.position[x.id]] in MUST for c in clauses for x in w.v.subtree(c) if x.id in w.position)
    return "что" in marks and not must and not any(c.rel == "obl" for c in w.children(w.tokens[i]))


def demanded_at(w: Words, i: int) -> bool:
    """Does the word at ``i`` stand under a verb of demanding, through a modal, an infinitive or an agreement noun?"""
    def through(k: int) -> bool:  # a modal, an infinitive, an agreement noun ("подписания соглашения")
        return w.lem[k] in MUST or w.tokens[k].feats.get("VerbForm") == "Inf" or \
            trigger_type(w.lem[k]) == "AGREE"

    def addressee(k: int) -> bool:  # "призвала партнёров бойкотировать": the infinitive under who is called on
        return inf and w.tokens[k].pos in ("NOUN", "PROPN") and w.tokens[k].rel in ("obj", "iobj")

    inf = w.tokens[i].feats.get("VerbForm") == "Inf"
    # "требует, чтобы Y вывели …", however parsed: a clause of purpose after a verb of demanding before it
    so_that = any(c.rel == "mark" and c.text.lower() == "чтобы" for c in w.children(w.tokens[i])) and \
        any(w.lem[k] in DEMANDING for k in range(i))
    head = w.head_index(w.tokens[i])
    if inf and w.tokens[i].rel == "conj" and head is not None and w.tokens[head].feats.get("VerbForm") == "Inf":
        i = head  # "призвал Y вернуть … и снять ограничения": the second infinitive is called for as the first
    elif inf and w.tokens[i].rel == "conj" and head is not None and w.lem[head] in DEMANDING:
        return True  # "призвали Y «прекратить …» … и согласиться на …", the infinitive parsed as the verb's conjunct
    # the trigger, the infinitive or noun and the modal over it, the verb of demanding over them
    return so_that or above(w, i, 4, lambda k: w.lem[k] in DEMANDING, lambda k: through(k) or addressee(k),
                             ("obj", "obl", "xcomp", "ccomp", "nmod"))


def discussed(w: Words, i: int) -> bool:
    """Cooperation or aid that sides discuss (``обсудили реализацию совместных проектов``), speak of or dispute
    (``TOPICS``: ``говорим о совместных проектах``, ``по вопросу помощи``): a topic, no act."""
    return trigger_type(w.lem[i]) in TOPICAL_TYPES and discussed_at(w, i)


def discussed_at(w: Words, i: int) -> bool:
    """Does the word at ``i`` stand in the object of a verb of discussing (``DISCUSSED``), of a word of aiming
    (``AIMED``: ``нацелены на развитие совместных программ``) or of a topic (``TOPICS``)?"""
    return above(w, i, w.settings.sense_depth + 1, lambda k: w.lem[k] in DISCUSSED or w.lem[k] in AIMED
                  or w.lem[k] in TOPICS,
                  lambda k: True,
                  ("obj", "nmod", "conj", "obl", "nsubj:pass"))


def above(w: Words, i: int, steps: int, found, through, rels: tuple[str, ...] | None = None) -> bool:
    """Walking up from the word at ``i`` at most ``steps`` heads (each step along one of ``rels``, any when None):
    does a head ``found`` holds come before one ``through`` stops at?"""
    k = i
    for _ in range(steps):
        head = w.head_index(w.tokens[k])
        if head is None or rels is not None and w.tokens[k].rel not in rels:
            return False
        if found(head):
            return True
        if not through(head):
            return False
        k = head
    return False


def scheduled(w: Words, i: int) -> bool:
    """A meeting set for a date in the passive (``следующий раунд согласован на март``, ``встреча, которая назначена на
    май``): the planned meeting tells it, no agreement of its own (EVENTS.md: a future meeting is the CONSULT it will
    be)."""
    t = w.tokens[i]
    if trigger_type(w.lem[i]) != "AGREE" or t.pos != "VERB" or t.feats.get("Voice") != "Pass":
        return False
    subject = next((c for c in w.children(t) if c.rel == "nsubj:pass"), None)
    if t.rel in ("acl:relcl", "acl") and subject is not None and w.lem[w.position[subject.id]] != "который":
        return False  # "переговоры, по итогам которых подписан меморандум": the memorandum is what was signed
    meeting = w.head(t) if t.rel in ("acl:relcl", "acl") else subject
    return meeting is not None and meeting.id in w.position and \
        trigger_type(w.lem[w.position[meeting.id]]) == "CONSULT"


def reacted_to(w: Words, i: int) -> bool:
    """An act noun pointed back to as what a reaction is to (``осуждаем эти санкции``, ``приветствовал данное
    решение``): the reaction is the act; the noun re-mentions one told before."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and t.rel == "obj" and head is not None and \
        trigger_type(w.lem[head]) in REACTION_TYPES and not POINTING.isdisjoint(w.dependents(t, ("det",)))


def agreed_to_continue(w: Words, i: int) -> bool:
    """Talks the sides agree to continue or resume (``договорились продолжить консультации``, ``согласились
    возобновить переговоры``): the agreement's content, no meeting of its own (a round set for a date is a planned
    meeting: ``договорились провести следующий раунд в марте``)."""
    if trigger_type(w.lem[i]) != "CONSULT" or w.tokens[i].pos != "NOUN" or w.tokens[i].rel != "obj":
        return False
    verb = w.head_index(w.tokens[i])
    if verb is None or w.lem[verb] not in CONTINUING or w.tokens[verb].feats.get("VerbForm") != "Inf":
        return False
    above = w.head_index(w.tokens[verb])
    # "продолжить консультации в Лиме в будущем году": set for a place or a time, a planned meeting; not a place of
    # the talks' topic ("возобновить переговоры о статусе острова X")
    topic = {x.id for c in w.children(w.tokens[i]) if set(w.prepositions(c)) & {"о", "об"} for x in w.v.subtree(c)}
    return above is not None and w.lem[above] in AGREEING and not w.dated and not any(
        w.kind(t) == "location" and t.id not in topic for t in w.tokens[verb:])


INVITING = frozenset({"пригласить", "приглашать", "позвать", "звать"})  # "не пригласили на встречу": left out of it


def not_invited_to(w: Words, i: int) -> bool:
    """A meeting a side was not invited to (``Россию на встречу не пригласили``): the exclusion is the act (a
    SANCTION of its own pattern); the meeting, told so, has no such participant."""
    head = w.head_index(w.tokens[i])
    return trigger_type(w.lem[i]) == "CONSULT" and head is not None and w.lem[head] in INVITING and any(
        c.text.lower() == "не" for c in w.children(w.tokens[head]))


PARTICIPATION = frozenset({"участие"})  # "приостановил участие в заседании": no session reported


def participation_withheld(w: Words, i: int) -> bool:
    """A session a side suspends, ends or refuses its participation in (``приостановил участие делегации в заседании
    комиссии``, ``отказался от участия в саммите``): the withdrawal is the act; no session is reported."""
    head = w.head_index(w.tokens[i])
    if head is None:
        return False
    # the session under "участие", or beside it under the verb (the parser's way: "приостановил участие … в заседании")
    verb = w.head_index(w.tokens[head]) if w.lem[head] in PARTICIPATION else head
    if verb is None or not (w.lem[verb].removesuffix("ся") in MECHANISM_VERBS or w.lem[verb] in REFUSING):
        return False
    return any(c.id in w.position and w.lem[w.position[c.id]] in PARTICIPATION for c in w.children(w.tokens[verb]))


STOPPING = MECHANISM_VERBS - {"возобновить", "разморозить"} | WALKING_OUT  # "приостановила переговоры", "покинула
# консультации": the talks stop, or a side walks out of them


def talks_stopped(w: Words, i: int) -> bool:
    """Talks a side suspends, freezes, breaks off or walks out of (``приостановила переговоры с X``): the suspension
    is the act, no meeting is reported (talks resumed may have met: ``возобновили переговоры в Женеве``)."""
    head = w.head_index(w.tokens[i])
    return trigger_type(w.lem[i]) == "CONSULT" and w.tokens[i].rel == "obj" and head is not None \
        and w.lem[head] in STOPPING


VETOES = (evaluated_or_wanted, intended_only, ready_for, what_is_rejected, refusal_asked_for, subject_of_a_denial,
          called_nobody, a_greeting, procedure, private_actors, only_possible, absent, own_law, demanded, discussed,
          scheduled, reacted_to, proposal_rejected, agreed_to_continue, not_invited_to, participation_withheld,
          talks_stopped, insisted_that, *senses.VETOES)
