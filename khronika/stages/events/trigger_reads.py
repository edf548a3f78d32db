"""What a trigger's own words tell of the act it names, read by the event stage: another meeting than the one told
(``предыдущий раунд``, ``на полях встречи``, ``мы с X``), an act pointed back at, a question asking what, a refusal told
as an acceptance negated, an evaluation, a vow, a warning that tells a threat."""
from __future__ import annotations

from ... import morph
from ...marks import CLOSERS
from ...records import Sentence, Token
from .sentence import Words
from .words import ANOTHER, EVALUATING_HEADS, FORCED, POINTING, REFUSED_OFFERS, SIDELINES, WARNING, ends_with


def another(w: Words, trigger: Token) -> bool:
    """``предыдущий раунд``, ``очередная встреча``: another meeting than the last, no restatement
    (the adjective is read by its first dictionary lemma, ``morph.lemma``); and a speaker's own meeting
    told in the first person with its companion (``мы с премьер-министром провели беседу``)."""
    return bool(set(w.modifiers(trigger)) & ANOTHER) or ours_with(w, trigger) or _on_the_sidelines(w, trigger)


def points_back(w: Words, trigger: Token) -> bool:
    """An act noun with a determiner that points back (``POINTING``: ``эти учения``, ``данные санкции``), the subject of
    what the sentence says of it (``Такие учения подрывают доверие``; not ``начинает эти санкции смягчать``, an act on
    it)."""
    return trigger.pos == "NOUN" and trigger.rel in ("nsubj", "nsubj:pass") \
        and not POINTING.isdisjoint(w.dependents(trigger, ("det",)))


def reached_before(w: Words, trig: list[Token]) -> bool:
    """An agreement named by the participle of its reaching (``приветствовал достигнутую договоренность``, ``в рамках
    достигнутых договоренностей``): one reached before, referred to."""
    first = trig[0]
    return len(trig) > 1 and first.pos in ("VERB", "ADJ") and first.rel in ("amod", "acl") \
        and first.feats.get("VerbForm") == "Part" and first.feats.get("Voice") == "Pass"


def _on_the_sidelines(w: Words, trigger: Token) -> bool:
    """``На полях встречи X провёл переговоры с Y``: talks beside the meeting named, another meeting."""
    return any(ends_with(w.lem, k, SIDELINES) for k in range(w.position.get(trigger.id, 0) + 1))


def ours_with(w: Words, trigger: Token) -> bool:
    """``мы с X``/``я с X`` just before the trigger, in its clause."""
    before = [t.text.lower() for t in w.tokens if t.start < trigger.start][-6:]
    return any(a in ("мы", "я") and b in ("с", "со") for a, b in zip(before, before[1:]))


YES_NO = frozenset({"ли", "разве", "неужели"})  # the particles of a yes-no question


def yes_no(w: Words) -> bool:
    """A yes-no question (``Введёт ли X санкции?``, ``Не готова ли Y выступить посредником?``, ``Разве X выслала
    дипломатов?``) reports no event, by a trigger word or a pattern; a question that takes the act as done (``Как Y
    ответит на высылку дипломатов?``) still tells it."""
    ends = [t.text for t in w.tokens if t.text not in CLOSERS]
    return bool(ends) and ends[-1] == "?" and any(morph.fold(t.text) in YES_NO for t in w.tokens)


_WHAT = frozenset({"что", "чем", "чего"})  # "Что было согласовано?"; not "Когда X может посетить …?", a plan


def asks_what(sentence: Sentence) -> bool:
    """A question that opens with a word asking what (after a speaker's label: ``Сенатор: Что было согласовано?``):
    the act it names is the one asked about, not told."""
    label = next((k + 1 for k, t in enumerate(sentence.tokens) if t.text == ":"), 0)
    first = next((t for t in sentence.tokens[label:] if t.pos != "PUNCT"), None)
    return first is not None and morph.lemma(first.text.lower()) in _WHAT


def refused(w: Words, trig: list[Token]) -> bool:
    """An acceptance of what a side was asked to accept (``принять требование``, ``REFUSED_OFFERS``), its verb negated
    in the past (``этих условий не приняла``, ``не приняли условия``, ``их предложение не было принято``): a refusal.
    Not a document left unadopted (``совместного заявления стороны не приняли``) nor a cancelled or put-off step."""
    verb = next((t for t in trig if t.pos == "VERB" and w.lem[w.position[t.id]] == "принять"), None)
    k = w.position[verb.id] if verb is not None else 0
    if k > 1 and w.lem[k - 1] == "быть" and w.lem[k - 2] == "не":  # "их предложение не было принято": the passive
        verb, k = w.tokens[k - 1], k - 1
    return k > 0 and w.lem[k - 1] == "не" and morph.tense(verb.text) == "past" \
        and any(w.lem[w.position[t.id]] in REFUSED_OFFERS for t in trig if t is not verb)


def evaluation(trig: list[Token]) -> bool:
    """An accusation by evaluative speech (``назвал требования неприемлемыми``, evaluation.py): a verb of naming or
    judging and the evaluation."""
    return len(trig) == 2 and trig[0].pos == "VERB" and morph.lemma(trig[0].text) in EVALUATING_HEADS


def vowed(trig: list[Token]) -> bool:
    """A trigger verb in the present or future (``не уступим``, ``не уступает``): negated, it is a vow, no act; a
    concession noun negated (``никаких уступок не было``) is none made."""
    return trig[0].pos == "VERB" and morph.tense(trig[0].text) in ("pres", "futr") or trig[0].pos == "NOUN"


def warnings_of_force(w: Words, used: set[int]) -> list[int]:
    """The positions of verbs of warning (``WARNING``: ``предупредил``) whose clause tells that the speaker's side will
    be forced to act (``FORCED``: ``предупредил, что при отсутствии прогресса X будет вынужден …``, ``… придется …``):
    a threat, however far the clause's words stand from the verb."""
    out = []
    for i, t in enumerate(w.tokens):
        if i in used or w.lem[i] not in WARNING or t.pos != "VERB":
            continue
        clause = [c for c in w.children(t) if c.rel in ("ccomp", "parataxis", "advcl")]
        if any(w.lem[w.position[x.id]] in FORCED for c in clause for x in w.v.subtree(c, skip=frozenset())
               if x.id in w.position):
            out.append(i)
    return out
