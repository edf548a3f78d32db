"""Event nouns mentioned only in passing (``в ходе встречи``, ``документы к саммиту``) and the actors of an event
noun's own (``визита президента России``): what the trigger stage and the participants read of a noun."""
from __future__ import annotations

from ...morph import is_ordinal
from ...records import Token
from . import objects
from .sentence import Words
from .words import (
    AGAINST,
    ANNOUNCE,
    ATTITUDES,
    BLAME,
    CANCEL,
    CITING,
    CONCESSIVE,
    DECISIONS,
    DISCUSSED,
    DRAFTING,
    DURING,
    ENVOY_TRIGGERS,
    EXCHANGE_TERMS,
    FUTURE_CUES,
    GROUNDS,
    HAPPEN,
    HEADS_OF_MISSION,
    IMPOSING,
    PARTAKE,
    PASSING,
    PASSING_PHRASES,
    POINTING,
    POSTPONE,
    RESPONSIBLE_FOR,
    SCOPE,
    SEQUENCE,
    SERIES,
    SESSION_TOLD,
    SESSIONS,
    SINCE,
    TAKING_NOUNS,
    TRIGGERS,
    UTTERANCES,
    ends_with,
    tense,
    trigger_type,
)


def in_passing(w: Words, i: int) -> bool:
    """Is the event noun at ``i`` only mentioned in passing, as a circumstance or a topic of another
    word, with nothing of its own: ``в ходе встречи``, ``механизм консультаций``, ``причиной
    размещения``, ``вопрос о запусках``, ``перед переговорами``, ``документы к саммиту``?  A noun with
    an actor of its own (``визита президента России В. Путина``; after ``после``/``перед`` two of them:
    ``после переговоров Путина и Эрдогана``, not ``после консультаций с Еврокомиссией``) or a date
    close after it (``о состоявшейся встрече 18 марта``) is an event reported."""
    t = w.tokens[i]
    if t.pos == "NOUN" and (_exchanged(w, i, SINCE) or (h := w.head_index(t)) is not None
                            and t.feats.get("Case") == "Gen" and _exchanged(w, h, SINCE)):
        return True  # "впервые с момента подписания (договора) в 1995 году": a point of time
    if t.pos in ("NOUN", "PROPN") and _drafted(w, t, w.head_index(t)):
        return True  # "подготовка Соглашения о … продолжается"
    if t.pos == "NOUN" and t.rel.startswith("nsubj") and (h := w.head_index(t)) is not None and w.lem[h] in SCOPE:
        return True  # "санкции не направлены против народа": the measure described, no act
    if t.pos == "NOUN" and _describes_whom(w, i):
        return True  # "санкции против лиц, ответственных за нарушения на выборах": who is aimed at, no act told
    if t.pos == "NOUN" and grounds_named(w, i) and not w.own_date(t) \
            and not any(c.rel.startswith("acl") for c in w.children(t)):
        return True  # "ссылаясь на санкции ООН", "на основе договора": a ground, no act told
    if t.pos != "NOUN" or w.own_date(t) \
            or objects.told_in_a_relative_clause(w, i) or to_take_place(w, i) or held_on_a_day(w, t):
        return False
    if _caption(w, i):
        return False  # "X и Y перед началом четвертого заседания комиссии": a photo's caption tells the meeting
    preps = w.prepositions(t)
    head = w.head_index(t)
    if not preps and t.rel == "conj" and head is not None and w.tokens[head].pos == "NOUN":
        # "из-за маневров и учений": the first conjunct's preposition (not "о", whose announcing verb reads the first)
        preps = [p for p in w.prepositions(w.tokens[head]) if p not in ("о", "об")]
    if any(p in ("о", "об") for p in preps):
        return head is None or not (announcing(w, head) or _decided(w, head) and trigger_type(w.lem[i]) != "CONSULT")
    if _exchanged(w, i, EXCHANGE_TERMS) or _of_a_topic(w, t, head):
        return True
    if any(p in AGAINST for p in preps):
        return True  # "против санкций": opposed, not reported
    if _exchanged(w, i, CONCESSIVE):
        return True  # "маневры пройдут, несмотря на протест X": an act told before, which another goes against
    if {"для", "на"} & set(preps) and head is not None and (w.lem[head] in ENVOY_TRIGGERS or w.lem[head] in
                                                           HEADS_OF_MISSION and _recalled(w, head)):
        return True  # "отозвало посла для консультаций", "на консультации": the purpose of a recall
    if "к" in preps and head is not None and w.tokens[head].pos == "NOUN" and w.lem[head] not in FUTURE_CUES \
            and not any(c.rel == "acl:relcl" for c in w.children(t)):  # "подготовка к переговорам" is planned
        return True  # "документы к саммиту", "подготовка к визиту": what is prepared for (unless told of)
    if any(p in SEQUENCE for p in preps) and len(own_actors(w, t)) < 2:
        return True  # "после консультаций с Еврокомиссией"; not "после переговоров Путина и Эрдогана"
    if trigger_type(w.lem[i]) == "CONSULT" and venue_of_an_act_ahead(w, t, preps) and len(own_actors(w, t)) < 2:
        return True  # "намерен поставить вопрос на саммите …": where an act is meant, no meeting told
    if has_actor(w, t) or held_by_the_subject(w, t):
        return False
    # "в связи с новыми санкциями": an act's adjectives between (a meeting's, "в ходе российско-японских
    # консультаций", may be the one told, merged into its record)
    meeting = trigger_type(w.lem[i]) == "CONSULT"
    if (meeting or w.lem[i] in SESSIONS and _telling_a_session(w, head, preps)) and _one_sitting(w, i):
        # "по итогам десятой сессии комиссии", "работа десятой сессии" (not "протокол тринадцатого заседания")
        return False  # "по итогам 11-го трехстороннего саммита", "встречи … в формате «2+2»": the sitting reported
    if any(p in PASSING for p in preps) or (ends_with(w.lem, i, PASSING_PHRASES) if meeting
                                            else _exchanged(w, i, PASSING_PHRASES)):
        return True
    return t.feats.get("Case") == "Gen" and head is not None and w.tokens[head].pos == "NOUN" \
        and w.lem[head] not in TRIGGERS and not _of_a_batch(w, head) \
        and not (w.lem[head] in IMPOSING and not in_passing(w, head)) \
        and not (meeting and w.lem[head] in POSTPONE | CANCEL and not in_passing(w, head))
    # "объявил о введении санкций": imposed; "объявили о переносе встречи": the meeting put off


def _one_sitting(w: Words, i: int) -> bool:
    """A meeting noun told as one sitting of a series: an ordinal among the adjectives before it (``11-го
    трехстороннего саммита``, ``второй встречи``) or a format named in quotation marks after it (``встречи министров
    … в формате «два плюс два»``)."""
    k = i
    while k > 0 and w.tokens[k - 1].pos in ("ADJ", "NUM") and i - k < _SITTING_ADJECTIVES:
        k -= 1
        if is_ordinal(w.tokens[k].text):
            return True
    after = w.lem[i + 1:i + 1 + _FORMAT_REACH]
    return any(a in ("в", "во") and b == "формат" and i + 3 + n < len(w.tokens)
               and w.tokens[i + 3 + n].text in _OPENING_QUOTES for n, (a, b) in enumerate(zip(after, after[1:])))


def _telling_a_session(w: Words, head: int | None, preps: list[str]) -> bool:
    """Does the session word's phrase tell the session: after a preposition, or the genitive of its results, work
    or end (``по итогам десятой сессии``, ``работа десятой сессии завершилась``); not of a document signed
    (``протокол тринадцатого заседания``) nor of its preparation (``подготовка первого заседания``)."""
    return bool(preps) or head is not None and w.lem[head] in SESSION_TOLD




_SITTING_ADJECTIVES = 3  # adjectives and numbers before a meeting noun that may hold its ordinal
_FORMAT_REACH = 10  # words after a meeting noun to "в формате «…»"
_OPENING_QUOTES = frozenset({"«", '"', "„", "“"})


def _describes_whom(w: Words, i: int) -> bool:
    """An act noun after a word of ``RESPONSIBLE_FOR`` and its preposition (``ответственных за (грубые) нарушения``,
    ``причастных к нападению``, only adjectives between): it describes the people a measure or a charge names, by
    what they are held to have done; no act is told (the parser may hang the noun on the measure itself)."""
    k = i
    while k > 0 and w.tokens[k - 1].pos == "ADJ":
        k -= 1
    return k > 1 and w.tokens[k - 1].pos == "ADP" and w.lem[k - 2] in RESPONSIBLE_FOR


def grounds_named(w: Words, i: int) -> bool:
    """An act noun named as the ground another rests on (``GROUNDS``: ``на основе (Женевского) договора``, ``в
    соответствии с соглашением``) or as the reason a side cites (``CITING``: ``сославшись на соглашение``, ``ссылаясь
    на санкции ООН``): referred to, no act told.  By its caller, not a paper with a date of its own, a
    background act (``сославшись на соглашение от 12 июня 2019 года``), nor one a clause of its own tells
    (``сослался на соглашение, подписанное в понедельник``)."""
    t = w.tokens[i]
    if _exchanged(w, i, GROUNDS):
        return True
    head = w.head_index(t)
    if head is not None and w.lem[head] in ("основа", "основание") and t.feats.get("Case") == "Gen":
        return _exchanged(w, head, GROUNDS)
    return head is not None and w.lem[head] in CITING and "на" in w.prepositions(t)


def _decided(w: Words, k: int) -> bool:
    """A decision (``DECISIONS``) taken or announced (``TAKING_NOUNS``: ``приняло решение о высылке``, ``объявил о
    решении о закрытии``): what it is about is the act decided, the day's news (not a meeting's: ``принял решение о
    визите`` may hold it or call it off, and tells neither)."""
    h = w.head_index(w.tokens[k])
    return w.lem[k] in DECISIONS and h is not None and (w.lem[h] in TAKING_NOUNS or announcing(w, h))


def _caption(w: Words, i: int) -> bool:
    """A sentence without a verb that names two actors or more and then the event noun at ``i`` (a photo's caption,
    a gallery's or a digest's: ``Министры X и Y во время политических консультаций``, ``Глава делегации X и
    представитель Y после завершения седьмого раунда``): the noun is what the sentence tells of them."""
    if any(t.pos in ("VERB", "AUX") and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short")
           for t in w.tokens):
        return False
    named = {m.entity for t in w.tokens[:i] if t.start in w.actors and (m := w.mention(t)) is not None}
    return len(named) >= 2 and _in_a_time_frame(w, w.tokens[i])


def _in_a_time_frame(w: Words, t: Token) -> bool:
    """Is the noun told as the time of what the caption shows (``перед началом заседания``, ``после завершения
    раунда``, ``во время консультаций``, ``в ходе переговоров``), not as a reason or a topic (``в связи с вручением
    ноты``, ``по итогам раунда``: a release's title)?"""
    for x in (t, w.head(t)):
        if x is None or x.id not in w.position:
            return False
        k = w.position[x.id]
        while k > 0 and w.tokens[k - 1].pos in ("ADJ", "NUM"):
            k -= 1  # "во время политических консультаций"
        if any(p in SEQUENCE for p in w.prepositions(x)) or k > 1 and w.lem[k - 2] in ("в", "во") \
                and w.lem[k - 1] in ("время", "ход"):
            return True
        if x.pos != "NOUN":
            return False
    return False


def venue_of_an_act_ahead(w: Words, t: Token, preps: list[str]) -> bool:
    """A meeting noun in a place adjunct (``на``/``в``) of an infinitive: where an act is intended, proposed or asked
    for (``намерен поставить вопрос на саммите``, ``хочет представить план на совещании``, ``попросил поддержать
    заявку на встрече``): the infinitive's own word tells any act; the gathering is no meeting told.  Not a meeting
    pointed at (``на этой встрече``: the one told), taking part (``участвовать в саммите``) nor a future told with
    ``будет`` (``будет представлять на саммите``); nor (by its caller) a meeting of two parties of its own
    (``во время встречи между премьером А и президентом Б``).  The parser may
    hang the adjunct on the infinitive's object (``вопрос о квотах на саммите``): nouns between are climbed, unless
    one is an act of its own (``провести переговоры …``) or taking part (``принять участие в саммите``).  Verbs of
    discussing are left out (``договорились обсудить это на саммите``: the summit may be the meeting agreed)."""
    if not {"на", "в", "во"} & set(preps) or t.rel not in ("obl", "nmod") \
            or any(w.lem[w.position[c.id]] in POINTING for c in w.children(t) if c.id in w.position):
        return False  # "на этой встрече": the meeting told before
    k = w.head_index(t)
    for _ in range(VENUE_CLIMB):
        if k is None or w.tokens[k].pos != "NOUN" or w.lem[k] in TRIGGERS or w.lem[k] == "участие":
            break
        k = w.head_index(w.tokens[k])
    return k is not None and w.tokens[k].feats.get("VerbForm") == "Inf" and trigger_type(w.lem[k]) != "CONSULT" \
        and w.lem[k] not in DISCUSSED and w.lem[k] not in PARTAKE \
        and not any(c.rel == "aux" for c in w.children(w.tokens[k]))  # "будет представлять": a future, told


VENUE_CLIMB = 3  # nouns climbed from a venue adjunct to its verb (``поставить вопрос о квотах на саммите``)


def _recalled(w: Words, k: int) -> bool:
    """Is the envoy noun at ``k`` the one a word of recalling calls home (``отозвала посла …``)?"""
    verb = w.head_index(w.tokens[k])
    return verb is not None and w.lem[verb] in ENVOY_TRIGGERS


def announcing(w: Words, k: int) -> bool:
    """Is the word at ``k`` a verb of announcing (``ANNOUNCE``), or a verb whose complement is one (``стало
    известно о …``)?"""
    return w.lem[k] in ANNOUNCE or any(c.rel == "xcomp" and c.id in w.position and w.lem[w.position[c.id]] in ANNOUNCE
                                       for c in w.children(w.tokens[k]))


def _of_a_batch(w: Words, k: int) -> bool:
    """A round (``раунд переговоров``) or a batch told as what is done (``ввела новый пакет санкций``, ``пакет санкций
    вступил в силу``; not ``в связи с введением пакета санкций``, in passing): the genitive event noun is the act."""
    return w.lem[k] == "раунд" or w.lem[k] in SERIES and w.tokens[k].rel in ("obj", "nsubj", "nsubj:pass")


def _exchanged(w: Words, i: int, phrases: frozenset[str]) -> bool:
    """Does one of ``phrases`` stand before the noun at ``i`` and its adjectives?  ``в обмен на (поэтапное) снятие
    блокады`` (``EXCHANGE_TERMS``): the terms of a deal; ``с момента подписания`` (``SINCE``): a point of time."""
    k = i
    while k > 0 and w.tokens[k - 1].pos == "ADJ":
        k -= 1
    return ends_with(w.lem, k, phrases)


def _drafted(w: Words, t: Token, head: int | None) -> bool:
    """An agreement's noun in the genitive of a noun of drafting (``DRAFTING``: ``подготовка соглашения о …
    продолжается``): a document in the making, no agreement reached, whoever its parties."""
    return head is not None and t.feats.get("Case") == "Gen" and w.lem[head] in DRAFTING \
        and trigger_type(w.lem[w.position[t.id]]) == "AGREE"


def _of_a_topic(w: Words, t: Token, head: int | None) -> bool:
    """An event noun in the genitive of a noun that is the topic of an utterance (``UTTERANCES``: ``заявления о
    возможном введении санкций``, ``слухи о скором продлении эмбарго``): what is spoken of, no act told, whoever its
    actor."""
    if head is None or t.feats.get("Case") != "Gen" or w.tokens[head].pos != "NOUN":
        return False
    noun = w.tokens[head]
    above = w.head_index(noun)
    return bool(set(w.prepositions(noun)) & {"о", "об"}) and above is not None and w.lem[above] in UTTERANCES


def to_take_place(w: Words, i: int) -> bool:
    """An event noun whose phrase ends in a relative clause of its own (``который`` of its gender) telling when it will
    take place (``повестку саммита глав государств, который пройдет 9 декабря в …``, ``визита делегации в Лиму,
    который запланирован на осень 2031 года``): an event announced."""
    t, k = w.tokens[i], i + 1
    while k < len(w.tokens) and k - i <= OWN_PHRASE_WORDS and (
            w.tokens[k].pos in ("NOUN", "PROPN", "ADJ") or w.tokens[k].rel == "amod"
            or w.tokens[k].pos in ("ADP", "CCONJ") and k + 1 < len(w.tokens)
            and w.tokens[k + 1].pos in ("NOUN", "PROPN")):  # "комиссии между Малави и Мозамбиком, которая …"
        k += 1
    if w.lem[k:k + 2] != [",", "который"] or not agrees(w.tokens[k + 1], t):
        return False
    clause = []
    for x in w.tokens[k + 2:]:
        if x.pos == "PUNCT":
            break
        clause.append(x)
    words = [w.lem[w.position[x.id]] for x in clause]
    # "пройдет", "намечен"; "должен состояться", not "должно вступить в силу" (what a document is to do)
    return (any(word in HAPPEN and tense(x) == "futr" for word, x in zip(words, clause))
            or any(word in FUTURE_CUES and word != "должный" for word in words)
            or any(a == "должный" and b in HAPPEN for a, b in zip(words, words[1:]))) \
        and any(clause[0].start <= d < clause[-1].stop for d in w.dated)


def held_by_the_subject(w: Words, t: Token) -> bool:
    """An event noun told as the time of its clause (``во время``, ``в ходе``) whose verb's subject joins two actors
    or more (``Министры X и Y во время видеосвязи обсудили …``, ``Президент X и премьер Y в ходе встречи
    договорились …``): the sides held it, the clause tells what they did there; not one side alone (``Министр в ходе
    визита заявил …``: a visit told before, if at all)."""
    k = w.position[t.id]
    head = w.head_index(t)
    if head is None or not _exchanged(w, k, DURING):
        return False
    after = next((j for j in range(k + 1, len(w.tokens)) if w.tokens[j].pos == "VERB"
                  and w.tokens[j].feats.get("VerbForm") == "Fin"), None)  # "X и Y во время беседы «обсудили …»,
    for verb in {head, after} - {None}:  # говорится в сообщении": the parser may hang it on the outer verb
        subject = next((c for c in w.children(w.tokens[verb]) if c.rel.startswith("nsubj")), None)
        if subject is None or not any(c.rel == "conj" for c in w.children(subject)):
            continue
        sides = {m.entity for x in _with_conjuncts(w, [subject]) if x.start in w.actors and (m := w.mention(x))}
        if len(sides | own_actors(w, subject)) >= 2:
            return True
    return False


def held_on_a_day(w: Words, t: Token) -> bool:
    """An event noun with a participle of taking place of its own that tells its day (``после телефонного
    разговора премьеров, прошедшего в среду``, ``в ходе переговоров, прошедших 12 мая в Женеве``): an event reported,
    however the noun is used."""
    for c in w.children(t):
        if c.rel != "acl" or c.feats.get("VerbForm") != "Part" or c.id not in w.position \
                or w.lem[w.position[c.id]] not in HAPPEN:
            continue
        stop = next((x.start for x in w.tokens[w.position[c.id] + 1:] if x.pos == "PUNCT"), w.tokens[-1].stop)
        if any(c.start <= d < stop for d in w.dated):
            return True
    return False


OWN_PHRASE_WORDS = 10  # words of an event noun's own phrase before its "который" clause


def agrees(which: Token, noun: Token) -> bool:
    """A relative pronoun (``который``) of the noun's gender and number."""
    return all(which.feats.get(f) == noun.feats.get(f) for f in ("Gender", "Number") if which.feats.get(f))


def own_actors(w: Words, t: Token) -> set[str]:
    """The entities of the persons, countries and organisations among the noun's dependents."""
    found, level = set(), [t]
    for _ in range(w.settings.actor_depth):
        level = _with_conjuncts(w, [c for x in level for c in w.children(x)])
        found |= {m.entity for x in level if x.start in w.actors and (m := w.mention(x)) is not None}
    return found


def _with_conjuncts(w: Words, level: list[Token]) -> list[Token]:
    """The words and their conjuncts, which stand at their level (``разговора президента X и премьера Y``: the
    premier is the president's conjunct, a dependent of the talk as much as he is)."""
    out, todo = list(level), list(level)
    while todo:
        more = [c for x in todo for c in w.children(x) if c.rel == "conj" and c not in out]
        out += more
        todo = more
    return out


def has_actor(w: Words, t: Token) -> bool:
    """A person, country or organisation among the noun's dependents (``actor_depth`` levels deep)."""
    level = [t]
    for _ in range(w.settings.actor_depth):
        level = [c for x in level for c in w.children(x)]
        if any(x.start in w.actors for x in level):
            return True
    return False


def change_reacted_to(w: Words, i: int) -> bool:
    """A meeting put off or called off, the change told as what a reaction is to or what a side is blamed for
    (``поддерживает решение о переносе встречи``, ``возложил ответственность за отмену саммита на X``): the reaction or
    the blame is the act; the change is told where it is announced."""
    t = w.tokens[i]
    h = w.head_index(t)
    if t.pos != "NOUN" or trigger_type(w.lem[i]) != "CONSULT" or h is None \
            or w.tokens[h].pos != "NOUN" or w.lem[h] not in POSTPONE | CANCEL:
        return False
    for _ in range(2):  # the change, or the decision on it ("решение о переносе")
        h = w.head_index(w.tokens[h])
        if h is None:
            return False
        if trigger_type(w.lem[h]) in objects.REACTION_TYPES or w.lem[h] in BLAME:
            return True
    return False


def attitude_asked(w: Words, i: int) -> bool:
    """An act noun of no actor of its own that a question asks someone's attitude to (``Как X относится к санкциям?``,
    ``Как вы оцениваете переговоры?``): acts of that kind, none told (``Как в Берлине оценили отзыв посла X?``, of
    its own actor, is one)."""
    t = w.tokens[i]
    h = w.head_index(t)
    ends = [x.text for x in w.tokens if x.pos == "PUNCT"]
    return t.pos == "NOUN" and bool(ends) and ends[-1] == "?" and h is not None and w.lem[h] in ATTITUDES \
        and not has_actor(w, t)

