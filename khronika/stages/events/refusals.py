"""Support withheld and acts named only as what a side refuses or asks to stop: support denied to what another
side proposes is a refusal (``не поддержал идею Y``, ``не поддержит предложение Y``: REJECT); support denied in the
present or future to anything else is a vow, no event (``никогда не поддержит раскол Y``); a meeting that is the
object of a rejection is none held (``отвергла консультации с Y``); an act that a demand asks to stop is the
demand's content (``призвал Y прекратить обстрелы``), no act of its own; joining negated in the past or future
(``к договоренности не присоединился``, ``не присоединится к режиму``) is a refusal, and the agreement it does not
join no agreement; a refusal told by a gerund or a relative clause (``отказав ему в …``, ``которой отказано в …``)
is no act of its own."""
from __future__ import annotations

from ... import morph
from ...records import Token
from .objects import demanded_at, rejected_object
from .sentence import Words
from .words import HALTING, JOINING, JUDGING, POINTING, PROPOSED_THINGS, SUPPORT_VERBS, UNTIMELY, trigger_type

STOPPED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})  # acts a side may be asked to stop


def _support_verb(w: Words, trig: list[Token]) -> Token | None:
    return next((t for t in trig if t.pos == "VERB" and t.id in w.position
                 and w.lem[w.position[t.id]] in SUPPORT_VERBS), None)


def support_refused(w: Words, trig: list[Token]) -> bool:
    """Support negated whose object is what another side proposes (``PROPOSED_THINGS``: ``не поддержала идею Y``,
    ``не поддержит предложение Y``, ``не поддержали формулировку резолюции``) or a measure of a side (``не поддержит
    запрет ЕС``): a refusal, whatever the tense."""
    verb = _support_verb(w, trig)
    return verb is not None and any(c.rel == "obj" and c.id in w.position and _proposed(w.lem[w.position[c.id]], w, c)
                                    for c in w.children(verb))


def _proposed(lemma: str, w: Words, noun: Token) -> bool:
    """What another side proposes (``PROPOSED_THINGS``), or a measure of a side against another (``не поддержит
    запрет ЕС на импорт газа``, ``не поддержит новый пакет санкций``): backing it refused is a refusal."""
    return lemma in PROPOSED_THINGS or trigger_type(lemma) == "SANCTION" or any(
        c.rel == "nmod" and c.id in w.position and trigger_type(w.lem[w.position[c.id]]) == "SANCTION"
        for c in w.children(noun))


def backing_refused(w: Words, trig: list[Token]) -> bool:
    """A measure whose backing is refused (``не поддержит запрет ЕС на импорт газа``, ``не поддержит новый пакет
    санкций``): the refusal is the act told (``support_refused``), the measure not taken."""
    t = trig[0]
    head = w.head(t)
    if head is not None and t.rel == "nmod" and head.id in w.position and w.lem[w.position[head.id]] in PROPOSED_THINGS:
        t, head = head, w.head(head)  # "пакет санкций"
    return t.rel == "obj" and head is not None and head.id in w.position \
        and w.lem[w.position[head.id]] in SUPPORT_VERBS and any(c.text.lower() == "не" for c in w.children(head)) \
        and support_refused(w, [head])


def support_vowed(w: Words, trig: list[Token]) -> bool:
    """Support negated in the present or the future, or an infinitive under a verb in these (``никогда не поддержит
    раскол Y``, ``не сможет поддержать расширение миссии``): a stance or a vow, no act told."""
    verb = _support_verb(w, trig)
    if verb is None:
        return False
    if verb.feats.get("VerbForm") == "Inf":
        verb = w.head(verb)
        if verb is None or verb.pos not in ("VERB", "AUX"):
            return False
    return morph.tense(verb.text) in ("pres", "futr")


def meeting_rejected(w: Words, i: int) -> bool:
    """A meeting noun that is the direct object of a rejection (``отвергла консультации с Y``, ``отклонила встречу
    на высшем уровне``): the rejection is the act, no meeting is held."""
    return w.tokens[i].pos == "NOUN" and trigger_type(w.lem[i]) == "CONSULT" and rejected_object(w, i)


def asked_to_stop(w: Words, i: int) -> bool:
    """An act noun that is the object of a verb of stopping (``HALTING``) that a side demands or calls for (``призвал Y
    немедленно прекратить обстрелы``, ``потребовала остановить учения``): what is to stop is the demand's content."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and t.rel == "obj" and head is not None and w.lem[head] in HALTING \
        and trigger_type(w.lem[i]) in STOPPED_TYPES and demanded_at(w, head)


def refusals_to_join(w: Words, used: set[int]) -> list[int]:
    """The positions (not among ``used``) of a verb of joining (``JOINING``) right after ``не``, in the past or the
    future, with what is joined after ``к`` (``Уругвай к ним не присоединился``, ``не присоединится к режиму
    свободного передвижения``): a refusal.  Not in the present (``не присоединяется к чьим-либо санкциям
    автоматически``: a policy told, no act)."""
    return [i for i in range(len(w.tokens)) if i not in used and _refusal_to_join(w, i)]


def untimely_refusals(w: Words, used: set[int]) -> list[tuple[int, int, int]]:
    """(verb, judgement, object) positions, none among ``used``, of what a side judges untimely (``JUDGING`` with
    ``UNTIMELY``: ``счел преждевременным переход на расчеты в национальных валютах``, ``считает такую встречу
    преждевременной``, ``назвал это предложение несвоевременным``): a refusal of what was put forward.  The object is
    a proposal's noun, one pointed back to (``такую встречу``) or no act's noun (``переход``); not an act told on its
    own (``назвала визит несвоевременным``: judged, not refused), nor a judgement denied (``не считает …``)."""
    out = []
    for k, t in enumerate(w.tokens):
        verb = w.head_index(t)
        if w.lem[k] not in UNTIMELY or verb is None or verb in used or w.lem[verb] not in JUDGING \
                or verb > 0 and w.lem[verb - 1] == "не":
            continue
        obj = next((c for c in w.children(w.tokens[verb]) if c.rel == "obj" and c.pos == "NOUN"
                    and c.id in w.position), None)
        if obj is None:
            continue
        o = w.position[obj.id]
        if w.lem[o] in PROPOSED_THINGS or not trigger_type(w.lem[o]) \
                or not POINTING.isdisjoint(w.dependents(obj, ("det", "amod"))):
            out.append((verb, k, o))
    return out


def refused_to_join(w: Words, trig: list[Token]) -> bool:
    """The trigger (or the verb opening its pattern: ``не присоединится к санкциям``) is a refusal to join
    (``refusals_to_join``): a refusal made, though told with ``не``."""
    return trig[0].id in w.position and _refusal_to_join(w, w.position[trig[0].id])


def _refusal_to_join(w: Words, i: int) -> bool:
    t = w.tokens[i]
    return w.lem[i] in JOINING and t.pos == "VERB" and i > 0 and w.lem[i - 1] == "не" \
        and morph.tense(t.text) in ("past", "futr") and any(
            any(x.rel == "case" and x.text.lower() in ("к", "ко") for x in w.children(c)) for c in w.children(t))


def joined_not(w: Words, i: int) -> bool:
    """An agreement noun that is what a side refuses to join (``не присоединится к соглашению``): the refusal is the
    act, no agreement."""
    head = w.head_index(w.tokens[i])
    return head is not None and _refusal_to_join(w, head)


def refused_in_passing(w: Words, i: int) -> bool:
    """A refusal told by a gerund (``Европа огорчила президента, отказав ему в гостеприимстве``): the manner of the act
    its clause tells, no refusal of a request of its own; or in a relative clause (``землей, которой отказано в
    самоуправлении``): what the noun is said to be."""
    t = w.tokens[i]
    return w.lem[i] == _REFUSING and (t.feats.get("VerbForm") == "Conv" or t.rel == "acl:relcl")


_REFUSING = "отказать"
VETOES = (meeting_rejected, asked_to_stop, joined_not, refused_in_passing)
