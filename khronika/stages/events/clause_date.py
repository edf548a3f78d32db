"""Whose clause a time expression dates (``when.py``'s rules that read clauses and purposes).

* Own clause: a sentence of two acts, each in its own clause with its own time (``На прошлой неделе X ввела
  санкции, во вторник Y ответила высылкой``): the time of the trigger's own clause (its words between punctuation,
  holding the trigger's verb) dates it, not the one of the other clause the parser may have hung on the trigger.
* Its own participle: a meeting noun with a participial clause of taking place set off after its phrase (``Сессия
  комиссии, проходившая 14–15 мая в X, завершилась …``, ``Заседание, состоявшееся во вторник, …``), or an act's noun
  with one that tells it done (``ответ на высылку дипломатов, объявленную властями X во вторник``; ``ACT_DONE``), or a
  relative clause that does either (``ноту протеста, которую X вручил послу в понедельник``, ``заседание, которое
  прошло во вторник``): the clause's time is the event's, not another event's; so is the time of one that plans it
  (``раунд консультаций, намеченный на 10 декабря``), which makes it planned (``planned_for``).
* Purpose: a time after the trigger verb's own object and purpose phrase (``отозвал посла для консультаций 2
  апреля``, ``вызвал посла в МИД для беседы в среду``): the act's time; the noun of purpose (``для консультаций``)
  names what the act is for, not another event with a date of its own.
* Coordinated verbs: a time that opens the sentence before its first verb dates each verb coordinated with it
  whose own words tell none (``11 марта X отозвал посла, а министр вручил ноту``: ``shared_by_coordination``).
* An act's infinitive after a noun of a decision or plan (``протест в связи с решением X присоединиться к санкциям``):
  the noun's, referred to (``act_noun``; ``by_document._referred``), whatever verb the parser hangs the infinitive on.
* Before the act: a clause of what came before it (``…, после того как X задержал …``) with no time of its own has no
  day the text gives: neither the act's nor the day of publication.
"""
from __future__ import annotations

from ...records import Document, PartialDate, Timex, Token
from .scope import attaches_to, event_word, modifies_noun, of_its_content, other_event_date
from .sentence import Words
from .words import ACT_DONE, ACT_NOUNS, BODY_ENDED, BODY_HELD, HAPPEN, LIGHT_VERBS, PLANNED_FOR, tense

CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
# "проходившая", "состоявшееся", "завершившийся"; not the opening of a session of several days ("сессию, открывшуюся
# во вторник", which the report dates by its close) nor a gathering
TAKING_PLACE = (HAPPEN | BODY_HELD | BODY_ENDED) - {"открыться", "собраться", "собираться"}
PURPOSE = frozenset({"для"})  # "для консультаций": the purpose of the act, not an act of its own


def _segment(w: Words, t: Token) -> tuple[int, int]:
    """The characters of the words around ``t`` between two marks of a clause break (or the sentence's ends)."""
    lo, hi = (w.tokens[0].start if w.tokens else 0), (w.tokens[-1].stop if w.tokens else 0)
    for x in w.tokens:
        if x.text in CLAUSE_BREAKS:
            if x.stop <= t.start:
                lo = max(lo, x.stop)
            elif x.start >= t.stop:
                hi = min(hi, x.start)
    return lo, hi


def _verb_of(w: Words, t: Token) -> Token | None:
    """The verb syntax hangs the trigger on: the trigger itself, or the first verb above its noun."""
    for _ in range(w.settings.attach_steps):
        if t is None or t.pos in ("VERB", "AUX"):
            return t
        t = w.head(t)
    return None


def in_own_clause(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """The time of the trigger's own clause (its words between marks of a break, with a verb among them), where
    syntax hangs on the trigger only a time of another clause (the parser may hang a clause's noun on the verb of the
    clause before it: ``…, во вторник Y ответила запретом``)."""
    lo, hi = _segment(w, trig[0])
    if not any(lo <= t.start < hi and t.pos in ("VERB", "AUX") for t in w.tokens):
        return None  # no clause of its own: "В среду, 12 мая, министры …"
    verb = _verb_of(w, trig[0])
    if verb is None or lo <= verb.start < hi:
        return None  # syntax keeps the trigger in its clause: its reading stands ("…, который должен был пройти …")
    ids = frozenset(t.id for t in trig)
    attached = [x for x in here if attaches_to(w, x, trig[0])]
    if not attached or any(lo <= x.start < hi for x in attached):
        return None
    own = [x for x in here if lo <= x.start and x.stop <= hi and x.date.precision != "unknown"
           and not modifies_noun(w, x, trig[0]) and not of_its_content(w, x, trig[0])
           and not other_event_date(w, x, trig[0], True, ids)]
    return min(own, key=lambda x: abs(x.start - trig[0].start)).date if own else None


def past_its_purpose(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """A time right after the trigger verb's own words that hold a noun of purpose (``отозвал посла для
    консультаций 2 апреля``): the words between are all the verb's dependents, no punctuation, and the only event
    word among them is one under ``для``."""
    verb = trig[-1]
    if verb.pos != "VERB" or verb.id not in w.position:
        return None
    own = {t.id for t in w.v.subtree(verb, skip=frozenset())}
    for x in sorted(here, key=lambda x: x.start):
        if x.start < verb.stop or x.date.precision == "unknown":
            continue
        between = [t for t in w.tokens if verb.stop <= t.start < x.start]
        events = [t for t in between if t.pos == "NOUN" and event_word(w, t)]
        if between and events and all(t.id in own and t.pos != "PUNCT" for t in between) \
                and all(_of_purpose(w, t) for t in events):
            return x.date
        return None
    return None


def _of_purpose(w: Words, t: Token) -> bool:
    """Is the noun one of purpose: ``для`` its preposition by syntax, or the word before it and its adjectives
    (the parser may hang the preposition elsewhere)?"""
    if any(c.id in w.position and w.lem[w.position[c.id]] in PURPOSE for c in w.children(t)):
        return True
    k = w.position.get(t.id)
    while k is not None and k > 0 and w.tokens[k - 1].pos in ("ADJ", "DET"):
        k -= 1
    return k is not None and k > 0 and w.lem[k - 1] in PURPOSE


def its_own_participle(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """The time of a participial clause of taking place that describes the trigger noun: the participle hangs on it,
    or agrees with it and follows a comma after the noun's own words, no verb among them (the parser may hang it on
    the noun's last genitive: ``Сессия межправкомиссии X и Y, проходившая …``); or of one in the past that tells the
    act done (``ACT_DONE``: ``на высылку двух дипломатов, объявленную во вторник``), which must agree with the noun
    (``высылку дипломатов, объявленных …`` describes the diplomats); or of one of planning it for a time
    (``раунд, намеченный на 10 декабря``: ``planned_for``); or of a relative clause that does either (``ноту, которую X
    вручил в понедельник``: ``_relative_clause``)."""
    noun = trig[-1]
    if (before := _planned_before(w, here, noun)) is not None and not _held_then(w, here, trig, before):
        return before  # "провести запланированный на 10 декабря раунд консультаций"
    k = _phrase_comma(w, noun)
    if k is None:
        return None
    if (relative := _relative_clause(w, here, trig, k)) is not None:
        return relative
    part = w.tokens[k + 1]
    agrees = _agrees(part, noun)
    done = w.lem[k + 1] in ACT_DONE and part.feats.get("Tense") == "Past" and agrees
    if part.feats.get("VerbForm") != "Part" or not (w.lem[k + 1] in TAKING_PLACE and (part.head_id == noun.id or agrees)
                                                    or done or _planned_at(w, k, noun)):
        return None
    close = next((t.start for t in w.tokens[k + 2:] if t.text in CLAUSE_BREAKS), w.tokens[-1].stop)
    inside = [x for x in here if part.stop <= x.start < close and x.date.precision != "unknown"]
    if inside and _planned_at(w, k, noun) and _held_then(w, here, trig, inside[0].date):
        return None  # "заседание, намеченное на декабрь, пройдет в феврале": the new time
    return inside[0].date if inside else None


def plan_it_had(w: Words, trig: list[Token], fact: str) -> tuple[int, int] | None:
    """The offsets of the participle of planning that describes a meeting told as held (``приняли участие в саммите,
    изначально намеченном на 3 мая``; ``held_by_its_verb``): its time is the plan the meeting had, not its day."""
    noun = trig[-1]
    k = _phrase_comma(w, noun) if fact == "occurred" else None
    if k is None or not _planned_at(w, k, noun) or not held_by_its_verb(w, noun):
        return None
    close = next((t.start for t in w.tokens[k + 2:] if t.text in CLAUSE_BREAKS), w.tokens[-1].stop)
    return w.tokens[k].stop, close


def held_by_its_verb(w: Words, noun: Token) -> bool:
    """A meeting noun its verb tells in the past as held: taken part in (``принял участие в саммите, изначально
    намеченном на 3 мая``), held (``провели встречу, запланированную на …``) or taking place (``прошел саммит, …``):
    a participle of planning tells the plan it had, not one to come."""
    if noun.pos not in ("NOUN", "PROPN") or noun.id not in w.position:
        return False
    head = w.head_index(noun)
    part = w.head_index(w.tokens[head]) if head is not None and w.lem[head] == _PART else head
    if part is None or tense(w.tokens[part]) != "past":
        return False
    taking_part = w.lem[part] == "участвовать" or w.lem[part] == "принять" and head != part
    return taking_part or noun.rel == "obj" and w.lem[part] in LIGHT_VERBS \
        or noun.rel.startswith("nsubj") and w.lem[part] in HAPPEN


_PART = "участие"  # "принял участие в саммите": the noun of taking part between the verb and the meeting


def _held_then(w: Words, here: list[Timex], trig: list[Token], planned: PartialDate) -> bool:
    """Does another time than the one planned attach to the trigger or its verb (``…, намеченное на декабрь, пройдет
    в феврале``)?  When the meeting is now to be held: the plan's time is no longer its own."""
    return any(x.date != planned and x.date.precision != "unknown" and attaches_to(w, x, trig[0]) for x in here)


def planned_for(w: Words, trigger: Token) -> bool:
    """Is the trigger noun's phrase set off by a participle of planning it for a time (``раунд консультаций по
    вопросам границы, намеченный на 10 декабря``, ``визита, запланированного на весну``; ``PLANNED_FOR``), or does one
    stand before it or before the round it completes (``запланированный на 10 декабря раунд консультаций``)?  A plan:
    its time is the one after ``на`` (``its_own_participle``)."""
    k = _phrase_comma(w, trigger)
    return k is not None and _planned_at(w, k, trigger) or _planning_before(w, trigger) is not None


def _planned_before(w: Words, here: list[Timex], noun: Token) -> PartialDate | None:
    """The time inside a participle of planning that stands before the noun or the round it completes
    (``запланированный на 3 марта второй раунд переговоров``)."""
    part = _planning_before(w, noun)
    if part is None:
        return None
    own = {t.start for t in w.v.subtree(part, skip=frozenset())}
    inside = [x for x in here if x.start in own and x.date.precision != "unknown"]
    return inside[0].date if inside else None


def _planning_before(w: Words, noun: Token) -> Token | None:
    """A participle of planning (``PLANNED_FOR``) with ``на`` after it that hangs on the noun, or on the round the
    noun completes (``раунд консультаций``), and stands before it."""
    nouns = [noun] + ([series] if (series := series_of(w, noun)) is not None else [])
    for n in nouns:
        if n.id not in w.position or n.pos not in ("NOUN", "PROPN"):
            continue
        for c in w.children(n):
            k = w.position.get(c.id)
            if k is not None and k < w.position[n.id] and c.rel in ("acl", "amod") \
                    and c.feats.get("VerbForm") == "Part" and w.lem[k] in PLANNED_FOR \
                    and "на" in w.lem[k + 1:k + 1 + PLAN_TO_NA]:
                return c
    return None


SERIES_NOUNS = frozenset({"раунд", "цикл", "тур"})  # "раунд консультаций": a round of talks, told by its verb


def series_of(w: Words, noun: Token) -> Token | None:
    """The round (``SERIES_NOUNS``) the noun completes (``раунд консультаций``), or None."""
    up = w.head(noun)
    return up if noun.rel == "nmod" and up is not None and up.id in w.position \
        and w.lem[w.position[up.id]] in SERIES_NOUNS else None


def _phrase_comma(w: Words, noun: Token) -> int | None:
    """The position of the comma that ends the noun's own words (no verb and no break before it but a list's), when a
    word follows it; else None."""
    if noun.pos in ("VERB", "AUX") or noun.id not in w.position:
        return None
    k = w.position[noun.id] + 1
    while k < len(w.tokens) and (w.tokens[k].text not in CLAUSE_BREAKS or _listed(w, k)) \
            and w.tokens[k].pos not in ("VERB", "AUX"):
        k += 1
    return k if k + 1 < len(w.tokens) and w.tokens[k].text == "," else None


def _planned_at(w: Words, k: int, noun: Token) -> bool:
    """Is the word after the comma at ``k`` (or after an adverb there: ``, изначально намеченный на …``) a participle
    of planning of the noun with ``на`` just after it?"""
    k += k + 2 < len(w.tokens) and w.tokens[k + 1].pos == "ADV"
    part = w.tokens[k + 1]
    return part.feats.get("VerbForm") == "Part" and w.lem[k + 1] in PLANNED_FOR \
        and (part.head_id == noun.id or _agrees(part, noun)) and "на" in w.lem[k + 2:k + 2 + PLAN_TO_NA]


PLAN_TO_NA = 2  # words from the participle of planning to its "на": "намеченный на", "намеченный ранее на"


def _listed(w: Words, k: int) -> bool:
    """Is the comma at ``k`` one of a list of names or nouns (``саммита Кении, Уганды и Танзании, прошедшего …``):
    the word after it a conjunct (a noun, a name or an adjective, no participle) in the case of the noun or name
    before it?"""
    if w.tokens[k].text != "," or k + 1 >= len(w.tokens) or k == 0:
        return False
    after, before = w.tokens[k + 1], w.tokens[k - 1]
    return after.rel == "conj" and after.pos in ("NOUN", "PROPN", "ADJ") and after.feats.get("VerbForm") != "Part" \
        and before.pos in ("NOUN", "PROPN") and after.feats.get("Case") == before.feats.get("Case")


SAME_FORM = frozenset({"Nom", "Acc"})  # "прошедшие", "состоявшийся", "прошедшее": one form in both, which the tagger
# may read either way, but in the feminine singular ("прошедшая", "прошедшую")


def _agrees(part: Token, noun: Token) -> bool:
    """Does the participle agree with the noun in number, gender (in the singular: a plural participle has none;
    ``_agree``) and case (the nominative and the accusative one where their forms are the same)?"""
    if not _agree(part, noun):
        return False
    cases = {part.feats.get("Case"), noun.feats.get("Case")}
    return len(cases) == 1 or cases == SAME_FORM and part.text.lower()[-2:] not in ("ую", "юю")


RELATIVE = frozenset({"который"})
NEGATION = frozenset({"не"})


def _relative_clause(w: Words, here: list[Timex], trig: list[Token], comma: int) -> PartialDate | None:
    """The time of a relative clause after the comma at ``comma`` that tells the trigger noun's act done or its
    meeting held (``ноту протеста, которую X вручил послу в понедельник``, ``высылку, о которой МИД объявил во
    вторник``, ``заседание, которое прошло во вторник и среду``): its verb in the past hangs on the trigger's words, or
    its pronoun agrees with the trigger's noun right before the comma; not a clause denied (``которое так и не
    состоялось``) nor one of a plan (``которые должны были пройти …``); else None."""
    j = comma + 1 + (comma + 1 < len(w.tokens) and w.tokens[comma + 1].pos == "ADP")  # "о которой"
    if j >= len(w.tokens) or w.lem[j] not in RELATIVE:
        return None
    close = next((i for i in range(j + 1, len(w.tokens)) if w.tokens[i].text in CLAUSE_BREAKS), len(w.tokens))
    verb = next((i for i in range(j + 1, close) if w.tokens[i].pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    v, pron = w.tokens[verb], w.tokens[j]
    nouns = [t for t in trig if t.pos == "NOUN" and t.id in w.position]
    # the pronoun agrees with the trigger's noun and with no other noun between it and the comma ("протест в связи с
    # инцидентом, который …" describes the incident)
    agrees = any(_agree(pron, n) and not any(_agree(pron, t) for t in w.tokens[w.position[n.id] + 1:comma]
                                             if t.pos in ("NOUN", "PROPN") and t not in trig) for n in nouns)
    if not (v.head_id in {t.id for t in trig} or agrees) or w.lem[verb] not in ACT_DONE | TAKING_PLACE \
            or v.feats.get("Tense") != "Past" or v.feats.get("VerbForm") != "Fin" \
            or any(w.lem[i] in NEGATION for i in range(j + 1, verb)):
        return None
    return next((x.date for x in sorted(here, key=lambda x: x.start)
                 if pron.stop <= x.start < (w.tokens[close].start if close < len(w.tokens) else w.tokens[-1].stop)
                 and x.date.precision != "unknown"), None)


def _agree(pronoun: Token, noun: Token) -> bool:
    """Does a relative pronoun or a participle agree with the noun in number (and gender, in the singular: but for
    the masculine and the neuter outside the nominative and accusative, one form, which the tagger may give either:
    ``заседания …, завершившегося``)?"""
    genders = {pronoun.feats.get("Gender"), noun.feats.get("Gender")}
    return pronoun.feats.get("Number") == noun.feats.get("Number") and (
        noun.feats.get("Number") == "Plur" or len(genders) == 1
        or genders == _ONE_FORM and noun.feats.get("Case") not in SAME_FORM)


_ONE_FORM = frozenset({"Masc", "Neut"})  # their oblique cases: "завершившегося", "которому", "прошедшем"


def before_the_act(w: Words, doc: Document, here: list[Timex], trig: list[Token], fact: str) -> PartialDate | None:
    """No date: the trigger lies in a clause of what came before the sentence's act (``Посла отозвали 2 мая после
    того, как пограничники задержали рыбаков``, ``После того как X закрыл границу, Y отозвал посла``) with no time of
    its own: some day before that act, which the text does not give, not the act's (``Переговоры возобновились в
    понедельник, после того как X согласился …``) nor the day of publication."""
    words = [t.text.lower() for t in w.tokens]
    for k in range(len(words) - 2):
        if words[k] != "после" or words[k + 1] != "того":
            continue
        j = k + 2 + (words[k + 2] == ",")
        if j >= len(words) or words[j] != "как" or w.tokens[j].start > trig[0].start:
            continue
        # the clause runs to the comma that closes it when it opens the sentence, else to the end
        stop = next((t.start for t in w.tokens[j + 1:] if t.text in (",", ";")), w.tokens[-1].stop) \
            if k == 0 or words[k - 1] in CLAUSE_BREAKS else next(
                (t.start for t in w.tokens[j + 1:] if t.text == ";"), w.tokens[-1].stop)
        if trig[0].start < stop:  # a time of its own clause dates it (the rules after read it), another one not
            own = any(w.tokens[j].stop <= x.start < stop and x.date.precision != "unknown" for x in here)
            return None if own else PartialDate()
    return None


def act_noun(w: Words, inf: Token) -> Token | None:
    """The noun of a decision or plan (``ACT_NOUNS``) just before an infinitive, only its own words between (``решением
    правительства X присоединиться``), which the infinitive completes though the parser hangs it on the verb before."""
    k = w.position.get(inf.id)
    if k is None:
        return None
    j = k - 1
    while j >= 0 and w.tokens[j].pos in ("NOUN", "PROPN", "ADJ", "DET") and w.lem[j] not in ACT_NOUNS:
        j -= 1
    if j < 0 or w.lem[j] not in ACT_NOUNS or w.tokens[j].pos != "NOUN":
        return None
    noun = w.tokens[j]
    between = w.tokens[j + 1:k]
    return noun if all(_under(w, t, noun) for t in between) else None


def first_conjunct(w: Words, noun: Token | None) -> Token | None:
    """The noun ``noun`` is coordinated with, before it in the same case (``о заморозке активов и запрете на въезд``,
    ``высылку атташе и закрытие консульства``): what the sentence tells of the two at once, its time among it, it tells
    of each; else None."""
    first = w.head(noun) if noun is not None and noun.rel == "conj" else None
    if first is None or first.pos != "NOUN" or first.id not in w.position \
            or first.feats.get("Case") != noun.feats.get("Case") or first.start > noun.start:
        return None
    return first


def _under(w: Words, t: Token, top: Token) -> bool:
    """Does ``t`` depend on ``top`` by syntax (a few steps up)?"""
    for _ in range(w.settings.attach_steps):
        t = w.head(t)
        if t is None:
            return False
        if t.id == top.id:
            return True
    return False


def shared_by_coordination(w: Words, doc: Document, here: list[Timex], trig: list[Token],
                           fact: str) -> PartialDate | None:
    """The time that opens the sentence before its first verb (``11 марта X отозвал посла из Y, а министр вручил
    ноту``, ``Через два дня, 14 марта, …``): the time of each verb coordinated with that verb, in the same tense,
    whose own words tell no time, not only of the verb it hangs on."""
    verb = _verb_of(w, trig[0])
    first = next((t for t in w.tokens if t.pos in ("VERB", "AUX")), None)
    if fact != "occurred" or verb is None or first is None or verb.id == first.id or tense(first) != tense(verb):
        return None
    top = verb  # the verb it is coordinated with: up its ``conj`` chain, or the sentence's first verb after ", а …"
    for _ in range(w.settings.attach_steps):
        up = w.head(top)
        if top.rel != "conj" or up is None:
            break
        top = up
    joined = top.id == first.id or verb.rel in ("root", "parataxis") and first.rel == "root" and any(
        c.rel == "cc" for c in w.children(verb))  # the parser may make the second verb a root of its own
    if not joined:
        return None
    top = first
    fronted = [x for x in here if x.stop <= top.start]
    if not fronted or fronted[-1].date.precision == "unknown" \
            or any(fronted[-1].stop <= x.start < trig[-1].stop for x in here):
        return None
    return fronted[-1].date
