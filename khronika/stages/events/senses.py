"""Vetoes on a trigger that its sentence gives another sense: an intention (``собрались провести``), a meeting ruled out
(``возобновление переговоров невозможно``), the reason of thanks or blame (``благодарны за то, что те поддерживают …``),
what a side is accused of (``обвинила Y в переброске войск``), contacts kept up (``поддерживают контакты``), the aim of
a deed (``направлена на ограничение``), steps coordinated with one's allies (``согласовал с союзниками``), a protest in
its legal sense (``принесла протест на постановление``).  Each says that the trigger word at position ``i`` reports no
event in its sentence (``objects.VETOES``). Read by ``triggers.py`` on whole triggers: a custom (``habitual``:
``ежегодно выражает протест``, ``проходят раз в два года``), an answer told as taken (``measure_taken``: ``в качестве
ответной меры … выслал``), no threat, and a fact presupposed (``the_fact_that``: ``приветствуем уже сам факт того, что
…``)."""
from __future__ import annotations

from ... import gazetteer, morph
from ...records import Token
from ...timex.patterns import HABITUAL
from .sentence import Words
from .words import (
    AGENT_NOUNS,
    ALLIES,
    ANSWERED,
    ANY_ONE,
    CONSEQUENCE_VERBS,
    CONSEQUENCES_FOR,
    IN_KIND,
    MAINTAINED,
    OWN_LEADERS,
    PROMISED_ANSWERS,
    PROTEST_BROUGHT,
    REPEATED,
    RULINGS,
    SPEEDING,
    STATE_BODIES,
    STATE_NOUNS,
    THREAT_VERBS,
    tense,
    trigger_type,
)

ABOUT_TO = frozenset({"собраться", "собираться"})  # "собрались провести": an intention, not a gathering
RULED_OUT = frozenset({"невозможный", "невозможно", "исключить", "исключенный", "нереальный", "нереально",
                       "немыслимый", "немыслимо"})  # "возобновление переговоров невозможно": none held
ACCUSING = frozenset({"обвинить", "обвинять", "обвинение", "упрекнуть", "упрекать", "подозревать", "подозрение",
                      "уличить", "уличать"})  # "обвинила Y в …": what Y is accused of is no event told
AIMED = frozenset({"направить", "направлять", "нацелить", "нацеливать"})  # "направлена на ограничение": an aim
KEEPING_UP = "поддерживать"  # "поддерживают контакты": kept up (MAINTAINED), not supported


def consequence_told(trig: list[Token]) -> bool:
    """A threat named by its consequence (``получат адекватный ответ``, ``ответ последует``) told in the past tense
    (``получила адекватный ответ на запрос``): what came, no threat."""
    verbs = [t for t in trig if t.pos in ("VERB", "AUX")]  # "ответ был жестким": the copula
    return bool(verbs) and morph.lemma(verbs[0].text) in CONSEQUENCE_VERBS and morph.tense(verbs[0].text) == "past"


def about_to(w: Words, i: int) -> bool:
    """A verb of gathering that governs an infinitive (``собрались провести референдум``) tells an intention."""
    return w.lem[i] in ABOUT_TO and any(c.rel == "xcomp" and c.feats.get("VerbForm") == "Inf"
                                        for c in w.children(w.tokens[i]))


def ruled_out(w: Words, i: int) -> bool:
    """A trigger noun, or the noun it completes (``возобновление переговоров``), that is the subject of a word of
    impossibility (``… в нынешних условиях невозможно``, ``встреча исключена``): no event held."""
    t = w.tokens[i]
    if t.pos != "NOUN":
        return False
    up = w.head(t) if t.rel == "nmod" else None
    for noun in (t, up):
        pred = w.head_index(noun) if noun is not None and noun.rel in ("nsubj", "nsubj:pass") else None
        if pred is not None and w.lem[pred] in RULED_OUT:
            return True
    return False


def for_which(w: Words, i: int) -> bool:
    """An act in the present told as the reason of thanks or blame (``благодарны партнёрам за то, что те
    поддерживают …``): the gratitude is the act, what it is for is an ongoing state."""
    t = w.tokens[i]
    head = w.head(t)
    return t.pos == "VERB" and t.feats.get("Tense") == "Pres" and head is not None and head.text.lower() == "то" \
        and any(c.rel == "case" and c.text.lower() == "за" for c in w.children(head))


def accused_of(w: Words, i: int) -> bool:
    """A trigger noun that is what a side is accused of (``обвинила Y в переброске войск``, ``обвинения в
    агрессии``): the accusation is the act, not the deed it names."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and head is not None and w.lem[head] in ACCUSING and \
        any(c.rel == "case" and c.text.lower() in ("в", "во") for c in w.children(t))


def kept_up(w: Words, i: int) -> bool:
    """``поддерживают тесные контакты``, ``поддерживает связь с …``: what is kept up is no side supported."""
    objs = [c for c in w.children(w.tokens[i]) if c.rel == "obj" and c.id in w.position]
    return w.lem[i] == KEEPING_UP and any(w.lem[w.position[c.id]] in MAINTAINED for c in objs)


def aimed_at(w: Words, i: int) -> bool:
    """A trigger noun that something is aimed at (``меры, направленные на ограничение …``, ``нацелены на поддержку
    …``): the aim of another deed, no act of its own; a participle only (``направил ноту`` sends)."""
    t = w.tokens[i]
    head = w.head_index(t)
    return t.pos == "NOUN" and head is not None and w.lem[head] in AIMED \
        and w.tokens[head].feats.get("VerbForm") == "Part" and any(
            c.rel == "case" and c.text.lower() == "на" for c in w.children(t))


def habitual(w: Words, trig: list[Token]) -> bool:
    """A trigger in the present tense with an adverb of habit (``ежегодно выражает протест``, ``регулярно
    проводят консультации``): a custom, not one event; in the past, a series summed up by an adverb of repetition
    (``REPEATED``: ``неоднократно прерывались``) or by its count of times (``саммиты проходили десять раз``,
    ``встречались не раз``; not the ordinal of one, ``в пятый раз``)."""
    verbs = [t for t in trig if t.pos in ("VERB", "AUX")] or [h for t in trig[:1] if (h := _verb_above(w, t))]
    for v in verbs:
        adverbs = {w.lem[w.position[c.id]] for c in w.children(v) if c.rel == "advmod" and c.id in w.position}
        if tense(v) == "pres" and (adverbs & HABITUAL or _every(w, v)):
            return True
        if tense(v) == "past" and (adverbs & REPEATED or _times(w, v)):
            return True
    return False


def _times(w: Words, verb: Token) -> bool:
    """A count of times told of the verb: ``десять раз``, ``несколько раз``, ``не раз`` (no ``в пятый раз``)."""
    return any(c.rel == "obl" and c.id in w.position and w.lem[w.position[c.id]] == "раз"
               and not any(x.rel == "case" for x in w.children(c))
               and any(x.rel.startswith("nummod") or x.rel == "advmod" and x.text.lower() == "не"
                       for x in w.children(c)) for c in w.children(verb))


def _verb_above(w: Words, t: Token) -> Token | None:
    """The trigger's head, or the verb above it when the parser hung it on a noun (``в последние годы сессии комитета
    проходят``: on ``годы``)."""
    head = w.head(t)
    if head is not None and head.pos == "NOUN" and t.pos == "NOUN" and t.rel == "nmod":
        above = w.head(head)
        return above if above is not None and above.pos == "VERB" else head
    return head


def _every(w: Words, verb: Token) -> bool:
    """A present verb of a series told by its period or its start in years (``проходят раз в два года``,
    ``проходят каждый год``, ``проводятся с 2012 года``): a custom."""
    for c in w.children(verb):
        if c.rel != "obl" or c.id not in w.position:
            continue
        word, under = w.lem[w.position[c.id]], w.children(c)
        if word == "раз" and any(w.lem[w.position[x.id]] in PERIODS for x in under if x.id in w.position):
            return True  # "раз в два года"
        if word in PERIODS and any(x.rel == "det" and x.text.lower() in ("каждый", "каждую", "каждые") for x in under):
            return True  # "каждый год"
        if word == "год" and any(x.rel == "case" and x.text.lower() == "с" for x in under) \
                and any(x.rel == "amod" and x.text.isdigit() for x in under):
            return True  # "с 2012 года"
    return False


PERIODS = frozenset({"год", "месяц", "неделя", "квартал", "полгода"})


def the_fact_that(w: Words, trig: list[Token]) -> bool:
    """A trigger in a clause of ``факт того, что`` (``приветствуем уже сам факт того, что делегации
    встретились``): a fact presupposed, told as known, no news of its own."""
    k = w.position.get(trig[0].id, 0)
    for j in range(k - 1, 2, -1):
        if w.lem[j] == "что" and w.lem[j - 1] == "," and w.lem[j - 2] == "тот" and w.lem[j - 3] == "факт":
            return True
        if w.lem[j] in (";", ":") or w.tokens[j].pos == "VERB" and w.tokens[j].feats.get("VerbForm") == "Fin":
            return False
    return False


def coordinated_with_allies(w: Words, i: int) -> bool:
    """``пакет согласован с партнерами``, ``согласовал шаги с союзниками``: steps coordinated among one's own allies,
    named by no state, are no agreement between sides; nor is a decision cleared with one's own leader, named by no
    state nor name (``решение было согласовано с президентом``, ``с правительством``)."""
    if w.lem[i] not in COORDINATING:
        return False
    verb = w.tokens[i]
    near = w.children(verb) + [x for c in w.children(verb) if c.rel == "obj" for x in w.children(c)]  # "шаги с …"
    partners = [c for c in near if c.rel in ("obl", "nmod") and c.id in w.position
                and any(x.rel == "case" and x.text.lower() in ("с", "со") for x in w.children(c))]
    return bool(partners) and all(w.lem[w.position[c.id]] in ALLIES or w.lem[w.position[c.id]] in OWN_LEADERS
                                  and not _named_below(w, c) for c in partners)


def _named_below(w: Words, t: Token) -> bool:
    """Does the word or one of its dependents (two levels down) name someone (``президентом Франции``, ``премьером
    Ивановым``)?"""
    level, seen = [t], [t]
    for _ in range(2):
        level = [c for x in level for c in w.children(x) if c.id in w.position]
        seen += level
    return any(w.kind(x) is not None or x.pos == "PROPN" for x in seen)


COORDINATING = frozenset({"согласовать", "согласовывать", "скоординировать", "координировать"})


def measure_taken(w: Words, trig: list[Token]) -> bool:
    """``в качестве ответной меры … высылаются``, ``… объявлены персонами нон грата``: the answer is
    told as taken in its clause (a verb in the past or present after it), no threat of one; ``… будут высланы`` is
    one.  So is one told as what an act is (``_identified``: ``речь шла об ответных мерах против …``)."""
    k = w.position.get(trig[0].id, 0)
    if _identified(w, trig[-1]):
        return True
    if w.lem[max(0, k - 2):k] != ["в", "качество"]:
        return False
    clause = []
    for t in w.tokens[w.position[trig[-1].id] + 1:]:
        if t.text in ",;:—" and clause:
            break
        clause.append(t)
    told = ["past" if t.feats.get("Variant") == "Short" else tense(t) for t in clause  # "объявлены": done
            if tense(t) or t.feats.get("Variant") == "Short"]
    return bool(told) and told[0] in ("past", "pres")


IDENTIFYING = frozenset({"являться", "стать", "становиться", "быть"})  # "стала ответной мерой на …"


def _identified(w: Words, noun: Token) -> bool:
    """An act told as what it is (``речь шла об «ответных мерах» на закрытие``, ``это стало ответной мерой``, ``является
    ответной мерой``): the measure taken, named; no threat of one."""
    if noun.pos != "NOUN":
        return False  # "ответ … будет адекватным": what the answer will be, a threat
    head = w.head(noun)
    if any(c.rel == "cop" and tense(c) != "futr" for c in w.children(noun)):
        return True
    if head is None or head.id not in w.position or tense(head) == "futr":
        return False
    verb = w.lem[w.position[head.id]]
    said = [w.lem[w.position[c.id]] for c in w.children(head) if c.rel.startswith("nsubj") and c.id in w.position]
    return verb in IDENTIFYING or verb == "идти" and "речь" in said


ANSWERING = "ответить"  # "Кито ответит на этот шаг" (event_triggers.tsv)
PROMISING = frozenset({"пообещать", "обещать", "намереваться", "намеренный"})  # "пообещала ответить"




HOSTILE = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SANCTION", "PROTEST", "COERCE", "ASSAULT"})


def promised_an_answer(w: Words, i: int) -> bool:
    """A promise (``пообещать``: support given by one's word, ``пообещал изучить проект``) whose sentence tells an
    answer or measures (``пообещал ответ``, ``пообещало, что ответ последует``, ``«Ответ последует», — пообещала
    она``), or an act against the other side (``пообещал, что правительство будет настаивать на возвращении
    островов``): a threat or a stance, told by its own words, no support."""
    return w.lem[i] in PROMISING and (any(x in PROMISED_ANSWERS for x in w.lem)
                                      or any(trigger_type(x) in HOSTILE for x in w.lem[i + 1:]))


def answer_to_come(w: Words, i: int) -> bool:
    """``ответить`` is a threat only as an answer to come (the future, or the infinitive of a promise: ``пообещала
    ответить``) whose subject is a state, its capital or its body (``Кито ответит на этот шаг``, ``МИД … ответит``; in
    a clause told, the teller's: ``предупредил, что ответит``), and not to a question, a letter or a proposal
    (``ANSWERED``): any other answer is no threat."""
    return w.lem[i] == ANSWERING and no_threat(w, i)


def no_answer_given(w: Words, i: int) -> bool:
    """``дать ответ`` (``Египет даст ответ на действия …``) is a threat on the terms of ``answer_to_come``."""
    return w.lem[i] == GIVING and no_threat(w, i)


def no_threat(w: Words, i: int) -> bool:
    """The verb of answering at ``i`` tells no threat: not to come, no state its subject, or an answer to a question,
    a letter, a proposal or in kind."""
    verb = w.tokens[i]
    head = w.head(verb)
    if tense(verb) != "futr":
        if verb.feats.get("VerbForm") != "Inf" or head is None or head.id not in w.position \
                or w.lem[w.position[head.id]] not in PROMISING:
            return True
        verb = head  # "пообещала ответить": the subject is the promise's
    subjects = [c for c in w.children(verb) if c.rel.startswith("nsubj") and c.pos != "SCONJ"]  # not "что"
    teller = w.head(verb)
    if not subjects and verb.rel == "ccomp" and teller is not None:  # "Кито предупредил, что ответит": the teller's
        subjects = [c for c in w.children(teller) if c.rel.startswith("nsubj")]
    subjects += [x for c in subjects for x in w.children(c) if x.rel in ("nmod", "appos")]  # "Правительство Перу"
    if not any(c.start in w.actors and w.kind(c) in ("country", "organization") or _capital(w, c) for c in subjects):
        return True
    if w.tokens[-1].text == "?" or any(t.text == "?" for t in w.tokens[i:]):
        return True  # "Как Москва ответит на высылку …?": asked, not said
    objects = [c for c in w.children(w.tokens[i]) if c.rel in ("obl", "obj", "iobj", "advmod")]
    objects += [x for c in objects if c.id in w.position and w.lem[w.position[c.id]] == ANSWER
                for x in w.children(c) if x.rel == "nmod"]  # "даст ответ на вопрос"
    return any(c.id in w.position and (w.lem[w.position[c.id]] in ANSWERED or w.lem[w.position[c.id]] in IN_KIND
                                       or _means(w, c))
               for c in objects)  # "ответит зеркально": an answer in kind, reciprocal.py's


def _capital(w: Words, t: Token) -> bool:
    """A capital's name standing for its state (``Лима ответит …``, ``Тегеран даст ответ …``)."""
    m = w.mention(t)
    if m is None:  # a capital the names missed
        return t.pos == "PROPN" and gazetteer.lookup_capital(t.text) is not None
    return w.mentions.kind(m) == "location" and gazetteer.lookup_capital(m.normal or m.text) is not None


GIVING = "дать"  # "даст ответ" (event_triggers.tsv)
ANSWER = "ответ"


GENERIC_MEANS = frozenset({"мера", "шаг", "действие", "ответ"})  # "ответит адекватными мерами": still a threat


def _means(w: Words, t: Token) -> bool:
    """An answer named by the act it will be (``ответит усилением своего военного присутствия``, ``… высылкой
    дипломатов``: an instrumental noun without a preposition): that act, told for the future, not a bare threat."""
    return t.pos == "NOUN" and t.feats.get("Case") == "Ins" and not w.prepositions(t) \
        and w.lem[w.position[t.id]] not in GENERIC_MEANS


def consequence_at_home(w: Words, trig: list[Token]) -> bool:
    """``не останется без последствий для бюджета``: an effect at home, no threat; for relations (``CONSEQUENCES_FOR``)
    or for a named side (``… для Токио``) it is one."""
    k = w.position.get(trig[-1].id, 0)
    if w.lem[k] != "последствие" or k + 2 >= len(w.lem) or w.lem[k + 1] != "для":
        return False
    after = w.tokens[k + 2: k + 2 + 3]
    return not any(t.start in w.actors or w.lem[w.position[t.id]] in CONSEQUENCES_FOR for t in after)


def endangers(w: Words, trig: list[Token]) -> bool:
    """``действия, которые угрожают свободе судоходства``, ``решение угрожает стабильности региона``: a verb of
    threatening whose dative is no actor, with nothing it threatens with (no instrumental, no infinitive), tells a
    danger, not a threat made to a side (``Перу угрожает Чили санкциями``, ``угрожает выслать посла``)."""
    verb = trig[0]
    if verb.id not in w.position or w.lem[w.position[verb.id]] not in THREAT_VERBS:
        return False
    kids = w.children(verb)
    if any(c.feats.get("Case") == "Ins" or c.feats.get("VerbForm") == "Inf" for c in kids):
        return False
    endangered = [c for c in kids if c.feats.get("Case") == "Dat" and c.pos in ("NOUN", "PROPN")
                  and not any(a.rel == "case" for a in w.children(c))]
    return bool(endangered) and not any(c.start in w.actors for c in endangered)


def agreed_to_finish(w: Words, i: int) -> bool:
    """Talks to be finished or sped up (``договорились завершить переговоры … до конца года``, ``согласились ускорить
    консультации``, ``настаивали на том, чтобы сначала завершить переговоры``): what is agreed or asked, a process,
    no meeting, whatever deadline it sets."""
    t = w.tokens[i]
    if trigger_type(w.lem[i]) != "CONSULT" or t.pos != "NOUN" or t.rel != "obj":
        return False
    verb = w.head_index(t)
    return verb is not None and w.lem[verb] in SPEEDING and w.tokens[verb].feats.get("VerbForm") == "Inf"


def any_one(w: Words, i: int) -> bool:
    """A trigger noun quantified by ``любой`` (``ответит на любые новые ограничения``, ``против любых уступок``): any
    such act, none in particular, is no event."""
    t = w.tokens[i]
    return t.pos == "NOUN" and any(c.rel in ("det", "amod") and c.id in w.position
                                   and w.lem[w.position[c.id]] in ANY_ONE for c in w.children(t))


DEMANDING = frozenset({"требовать", "потребовать"})


def demanded_by_a_thing(w: Words, i: int) -> bool:
    """A demand whose subject is a thing, not an actor (``обстановка требует сотрудничества``, ``ситуация в регионе
    требует решений``): what something calls for, no request.  Not a body, an agent or anyone named (``МИД требует``,
    ``командование армии требует``)."""
    t = w.tokens[i]
    if w.lem[i] not in DEMANDING or t.pos != "VERB":
        return False
    subjects = [c for c in w.children(t) if c.rel == "nsubj" and c.id in w.position]
    return bool(subjects) and all(
        c.pos == "NOUN" and c.feats.get("Animacy") == "Inan" and c.start not in w.actors and w.mention(c) is None
        and w.lem[w.position[c.id]] not in AGENT_NOUNS | STATE_NOUNS | STATE_BODIES and not _of_someone(w, c)
        for c in subjects)


def _of_someone(w: Words, t: Token) -> bool:
    """A noun with a genitive of its own (``командование армии``, ``руководство страны``): a body of someone's."""
    return any(c.rel == "nmod" and c.feats.get("Case") == "Gen" and not any(x.rel == "case" for x in w.children(c))
               for c in w.children(t))


def legal_protest(w: Words, i: int) -> bool:
    """A protest in its legal sense: brought (``прокуратура принесла протест``) or made against a ruling or an
    ordinance (``протест на постановление администрации``, ``на приговор``): a prosecutor's act in a case."""
    t = w.tokens[i]
    if t.pos != "NOUN" or trigger_type(w.lem[i]) != "PROTEST":
        return False
    head = w.head_index(t)
    return head is not None and w.lem[head] in PROTEST_BROUGHT or any(
        c.id in w.position and w.lem[w.position[c.id]] in RULINGS and "на" in w.prepositions(c)
        for c in w.children(t))


VETOES = (any_one, answer_to_come, demanded_by_a_thing, agreed_to_finish, about_to, ruled_out, for_which, accused_of,
          kept_up, aimed_at, coordinated_with_allies, legal_protest)
