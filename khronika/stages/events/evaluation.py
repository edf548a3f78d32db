"""Evaluative speech as an accusation (ACCUSE): a state actor says or calls something negative.

``Министр назвал решение неприемлемым``, ``премьер заявил, что визит вызывает сожаление``, ``МИД
назвал заявление некорректной попыткой``: a word of negative evaluation (``words.NEGATIVE_EVALUATION``,
shared with the stance cues) in the complement or clause of a verb of speech or naming
(``EVALUATION_VERBS``) whose subject is a state actor (a named person, country or organisation, a
state agent's noun or title, or a pronoun; or a capital, a seat or a body as the place of a verb without a subject:
``В Кремле назвали …``), about an act or an actor (``EVALUATED``: ``решение``,
``заявление``, ``это``; another event's word; a named actor).  The trigger is the verb and the
evaluation (``назвал … неприемлемым``).  Not a negated evaluation (``не считаем провокацией``), nor an
adverbial one (``к сожалению``, ``с сожалением узнал``), and
not one whose speaker is no state actor (``певица назвала выступление неудачным``)."""
from __future__ import annotations

from ...records import Token
from .participants import seat_as_subject
from .sentence import Words
from .words import (
    AGAINST,
    AGENT_NOUNS,
    DISPUTED,
    EVALUATED,
    EVALUATION_VERBS,
    INVENTED,
    JUDGING,
    NAMED_AS,
    NEGATIVE_EVALUATION,
    STATE_BODIES,
    STATE_NOUNS,
    STATE_TITLES,
    TRIGGER_WORDS,
    trigger_type,
)

SUBJECT = ("nsubj", "nsubj:pass")
_PRONOUNS = frozenset({"он", "она", "они", "мы", "я"})
_BOUNDARIES = frozenset({".", ";", "!", "?"})
_NOT_AN_EVALUATION = frozenset({"не", "к", "с", "со"})  # the word before an evaluation that makes it none


def evaluations(w: Words, used: set[int]) -> list[tuple[int, int]]:
    """(verb position, evaluation position) of each accusation by evaluative speech in the sentence,
    the evaluation not among the ``used`` positions; at most one per verb."""
    out: list[tuple[int, int]] = []
    for i, word in enumerate(w.lem):
        if i in used or word not in NEGATIVE_EVALUATION and not _called(w, i) \
                or (i > 0 and w.lem[i - 1] in _NOT_AN_EVALUATION):
            continue  # "не считаем провокацией"; "к сожалению" (unfortunately), "с сожалением узнал"
        if _attribute_of_a_circumstance(w, i) or _attribute_of_the_rejected(w, i):
            continue  # "во враждебном окружении", "отвергает надуманный протест": an attribute, not what is said
        if set(w.prepositions(w.tokens[i])) & AGAINST or _refused_thing(w, i):
            continue  # "выступает против вмешательства", "не допустит вмешательства": a vow, said of no act
        verb = _speech_verb(w, i)
        if verb is None or verb in {v for v, _ in out} or (verb > 0 and w.lem[verb - 1] == "не"):
            continue
        subject = [t for t in w.children(w.tokens[verb]) if t.rel in SUBJECT] or _words_before(w, verb)
        if subject and (any(_state_speaker(w, t) for t in subject) or seat_as_subject(w, w.tokens[verb])) \
                and _about_an_act(w, verb, i, subject[0]):
            out.append((verb, i))
    return out


NAMING = frozenset({"назвать", "называть"})
LINKS = frozenset({"являться", "быть", "оказаться", "оставаться"})  # link verbs of a verdict ("являются надуманными")


def evaluation_type(w: Words, verb: int, evaluation: int) -> str:
    """REJECT where what is judged is the other side's words or terms (``DISPUTED``): what a verb of judging calls
    (``назвала такие условия «неприемлемыми»``, ``считаем обвинения абсурдными``) or the subject of the evaluation or
    of its link verb (``заявил, что претензии необоснованны``, ``обвинения являются надуманными``), called invented
    too (``назвал обвинения выдумкой``); ACCUSE where it is an act or an actor (``назвал решение неприемлемым``), or
    where what they are called is a noun of an act (``назвал требования шантажом``)."""
    judged = [t for t in w.children(w.tokens[verb]) if t.rel == "obj"] if w.lem[verb] in JUDGING else []
    judged += [t for t in w.children(w.tokens[evaluation]) if t.rel in SUBJECT]
    link = w.head_index(w.tokens[evaluation])  # "обвинения являются надуманными": the subject of the link verb
    if link is not None and w.lem[link] in LINKS:
        judged += [t for t in w.children(w.tokens[link]) if t.rel in SUBJECT]
    disputed = any(t.id in w.position and w.lem[w.position[t.id]] in DISPUTED for t in judged)
    if w.tokens[evaluation].pos == "NOUN" and w.lem[evaluation] not in INVENTED:
        return "ACCUSE"  # "назвал требования шантажом": the other side accused of an act
    return "REJECT" if disputed else "ACCUSE"  # "назвал обвинения выдумкой": made up, rejected


def _called(w: Words, i: int) -> bool:
    """A noun of ``NAMED_AS`` as what a verb of naming calls something (``назвал власти X «режимом, захватившим власть
    силой»``, ``называет правительство хунтой``): the instrumental its head governs."""
    head = w.head_index(w.tokens[i])
    return w.lem[i] in NAMED_AS and w.tokens[i].feats.get("Case") == "Ins" and head is not None \
        and w.lem[head] in NAMING


def _refused_thing(w: Words, i: int) -> bool:
    """An evaluation noun that a negated verb governs, through nouns (``не допустит вмешательства``, ``не будет
    терпеть попыток вмешательства``): what a side vows not to allow, no act it judges."""
    t = w.tokens[i]
    if t.pos != "NOUN":
        return False
    for _ in range(_VOW_CLIMB):
        k = w.head_index(t)
        if k is None or w.tokens[k] is t:
            return False
        t = w.tokens[k]
        if t.pos == "VERB":
            return "не" in w.lem[max(0, k - 2):k]
        if t.pos != "NOUN":
            return False
    return False


_VOW_CLIMB = 3  # the evaluation noun, the noun it completes ("попытки вмешательства"), the verb


def _attribute_of_a_circumstance(w: Words, i: int) -> bool:
    """An adjective describing a noun after a preposition (``во враждебном окружении``; not after ``как``:
    ``это не что иное, как некорректная попытка``)."""
    t = w.tokens[i]
    noun = w.head(t)
    return t.rel == "amod" and noun is not None and any(c.rel == "case" and c.pos == "ADP" for c in w.children(noun))


def _attribute_of_the_rejected(w: Words, i: int) -> bool:
    """An adjective describing what a rejection rejects (``отвергает необоснованный протест``): the rejection tells it,
    no accusation of its own."""
    t = w.tokens[i]
    noun = w.head(t)
    verb = w.head(noun) if t.rel == "amod" and noun is not None else None
    return verb is not None and verb.id in w.position and trigger_type(w.lem[w.position[verb.id]]) == "REJECT"


def _speech_verb(w: Words, i: int) -> int | None:
    """The verb of speech or naming the evaluation at ``i`` depends on, ``evaluation_steps`` heads up at most;
    where the parser attached the clause elsewhere (a long object, an abbreviated name before the verb),
    the nearest such verb before it, ``evaluation_reach`` words at most and no clause of its own between
    (``, а``, ``, но``, ``;``)."""
    node: Token | None = w.tokens[i]
    for _ in range(w.settings.evaluation_steps):
        node = w.head(node) if node is not None else None
        if node is None:
            break
        k = w.position.get(node.id)
        if k is not None and w.lem[k] in EVALUATION_VERBS:
            return k
        if k is not None and node.pos == "VERB" and node.rel == "conj" and node.feats.get("VerbForm") != "Inf":
            return None  # "заявил, что …, и выразил сожаление": the object of a verb of its own
    for k in range(i - 1, max(-1, i - 1 - w.settings.evaluation_reach), -1):
        if w.lem[k] in _BOUNDARIES or w.lem[k] in ("а", "но") and k > 0 and w.lem[k - 1] == ",":
            return None
        if w.lem[k] in EVALUATION_VERBS:
            return k
    return None


def _words_before(w: Words, verb: int) -> list[Token]:
    """A verb the parser left without a subject (``премьер Н. Иванов заявил``): the words just before it,
    back to a comma or ``что``."""
    out: list[Token] = []
    for k in range(verb - 1, max(-1, verb - 1 - w.settings.evaluation_subject_before), -1):
        if w.lem[k] in (",", "что", "—", "-"):
            break
        out.append(w.tokens[k])
    return out


def _state_speaker(w: Words, subject: Token) -> bool:
    """A named actor, a state agent's noun or title (``МИД``, ``министр``, ``глава МИД``) or a pronoun."""
    words = [subject] + [c for c in w.children(subject) if c.rel in ("nmod", "appos", "flat:name", "conj")]
    for t in words:
        k = w.position.get(t.id)
        if t.start in w.actors or k is not None and w.lem[k] in _PRONOUNS:
            return True
        if k is not None and (w.lem[k] in STATE_TITLES or w.lem[k] in STATE_NOUNS or w.lem[k] in AGENT_NOUNS
                              or w.lem[k] in STATE_BODIES):
            return True
    return False


def _about_an_act(w: Words, verb: int, evaluation: int, subject: Token) -> bool:
    """Is what is evaluated an act or an actor: a word of ``EVALUATED``, another event's word or a named
    actor in what the verb governs or between it and the evaluation (its subject's words aside)?"""
    speaker = {t.id for t in w.v.subtree(subject, skip=frozenset())}
    between = w.tokens[min(verb, evaluation) + 1: max(verb, evaluation)]  # where the parse went astray
    said = [t for t in w.v.subtree(w.tokens[verb], skip=frozenset()) + between
            if t.id not in speaker and t.id in w.position]
    return any(t.start in w.actors or w.lem[w.position[t.id]] in EVALUATED or w.lem[w.position[t.id]] in TRIGGER_WORDS
               for t in said if w.position[t.id] not in (verb, evaluation))

