"""Meetings of standing bodies of dialogue: ``провели 20-е заседание межправительственной комиссии по …``,
``собрались на заседание Совета министров иностранных дел ШОС``, ``СМИД ШОС завершил работу``.

A body meets (CONSULT) when it is an international or bilateral mechanism that the format names know
(``format_names``: the gazetteer of named mechanisms and the general patterns, ``межправительственная
комиссия по …``), or a word of ``INTERNATIONAL_BODIES`` (``межправкомиссия``), and

* it is the genitive of a word of a session (``SESSIONS``: ``заседание``, ``сессия``), with nothing but
  its own words between them (no verb, no comma), or the subject of the light verb of the session word (``Комитет X и
  Y провёл своё пятое заседание``); or
* it is the subject of a verb of a body's work (``BODY_WORK``: ``завершил работу``, ``начал работу``) or of a
  meeting held (``BODY_HELD``: ``в Казани прошел «Московский формат»``, ``СМИД СНГ состоялся в Минске``).

A session of a joint body (``JOINT_BODIES``: a commission, council, group, mechanism) in a sentence that names two
countries (``министры Армении и Грузии провели заседание комиссии``) is a session of their joint body.
Never ``заседание правительства``, ``сессия Госдумы``, ``совета директоров``: no mechanism of dialogue.
A session told again in the document (``Следующее заседание комиссии``) is one where the body's head word
was already a mechanism's in an earlier sentence (``Words.bodies``)."""
from __future__ import annotations

import functools
import re

from ... import morph
from ...format_names import gazetteer_in, general_in
from ...gazetteer import compound_countries
from ...records import Token
from .bare_sessions import held_here
from .sentence import Words
from .words import (
    ANOTHER,
    BODY_CONVENED,
    BODY_ENDED,
    BODY_HELD,
    BODY_WORK,
    HAPPEN,
    INTERNATIONAL_BODIES,
    JOINT_BODIES,
    LIGHT_VERBS,
    SESSIONS,
    TALKS,
    WHICH,
    trigger_type,
)

_DOMESTIC = ("межведомствен",)  # a general pattern's name that is a body of one state
_NATIONAL = "национальн"  # in a general pattern's name, a body of one state ("Совет национальной безопасности") …
_OF_STATES = ("двусторон", "бинациональн", "межгосударств", "межправительств", "совместн", "смешанн")  # … unless
_WORK = "работа"
_SHORT = "межправ"  # the prefix of a short name (``межправкомиссия``) before the body's own word
_ROUND = "раунд"  # talks told before: a later bare "раунд" is one of them
ROMAN = re.compile(r"[IVXLC]+")  # a session's number in Roman numerals


def _national(name: str) -> bool:
    """A body of one state by its name (``Совет национальной безопасности``), not one of two (``Двусторонняя
    национальная комиссия``)."""
    low = name.lower()
    return _NATIONAL in low and not any(x in low for x in _OF_STATES)


def sentence_text(w: Words) -> tuple[str, int]:
    """The sentence's text rebuilt from its tokens at their offsets, and the offset it starts at."""
    if not w.tokens:
        return "", 0
    base = w.tokens[0].start
    parts, at = [], base
    for t in w.tokens:  # tokens one after another, each as long as its offsets: their texts, spaces between
        if t.start < at or len(t.text) != t.stop - t.start:
            return _laid_out(w.tokens, base), base
        parts += (" " * (t.start - at), t.text)
        at = t.stop
    return "".join(parts), base


def _laid_out(tokens: list, base: int) -> str:
    """The tokens' texts laid at their offsets from ``base`` over spaces, one after another (any tokens)."""
    chars = [" "] * (tokens[-1].stop - base)
    for t in tokens:
        chars[t.start - base:t.stop - base] = t.text
    return "".join(chars)


def mechanisms(w: Words) -> list[tuple[int, int, int]]:
    """(start, stop, member states) of each mechanism of dialogue the sentence names, in document offsets."""
    text, base = sentence_text(w)
    out = [(s + base, e + base, n) for s, e, n in _named_in(text)]
    out += [(t.start, t.stop, 2) for k, t in enumerate(w.tokens) if w.lem[k] in INTERNATIONAL_BODIES]
    return out


@functools.lru_cache(maxsize=1024)
def _named_in(text: str) -> tuple[tuple[int, int, int], ...]:
    """The mechanisms of the format gazetteer and of the general patterns a sentence's text names (read once
    for the meetings of bodies and for the heads of their names)."""
    out = [(s, e, len(n.countries)) for n in gazetteer_in(text) for s, e in n.places()]
    out += [(n.start, n.stop, 2) for n in general_in(text)
            if not n.surface.lower().startswith(_DOMESTIC) and not _national(n.surface) and not n.formats_only]
    return tuple(out)


def format_held(w: Words) -> int | None:
    """The position of a verb of taking place whose subject is the format the sentence names in quotation marks, with
    no meeting noun (``В Лиме в пятницу прошел пятый «2+2» А и Б``, ``«Диалог 3+3» состоится в …``), whatever the
    parser made of the quoted name."""
    if w.fmt is None:
        return None
    for k, word in enumerate(w.lem):
        near = [t.text for t in w.tokens[max(0, k - 3):k + 4]]
        if word in HAPPEN and w.tokens[k].pos == "VERB" and "«" in near and (k == 0 or w.lem[k - 1] != "не"):
            return k
    return None


def body_meetings(w: Words) -> list[tuple[int, str]]:
    """(position of the trigger word, CONSULT mode) of each meeting of a body in the sentence."""
    found = mechanisms(w)
    out = []
    for i, word in enumerate(w.lem):
        if word in SESSIONS:
            body = _named_after(w, i, found)
        elif word in BODY_WORK and _work(w, i) or word in BODY_HELD \
                or word in BODY_ENDED and not _meeting_subject(w, i):
            body = _subject_names(w, i, found) or elided(w, i)
        elif word in BODY_CONVENED or word in LIGHT_VERBS:
            # "собрали межправкомиссию": the body convened, else "провести следующую сессию": a session elided
            body = (_convened(w, i, found) if word in BODY_CONVENED else None) \
                or (elided(w, i) if word in LIGHT_VERBS else None)
        else:
            continue
        if body is not None:
            out.append((i, "multilateral" if body > 2 else "meet"))
    return out


def _named_after(w: Words, i: int, found: list[tuple[int, int, int]]) -> int | None:
    """The members of the mechanism named by the session word's own words after it (``заседание Совета
    министров иностранных дел (СМИД) ШОС``), or of a body of the document told again (``заседание комиссии``)."""
    own = _own_session(w, i, found)
    if own is not None:
        return own
    stop = len(w.tokens)
    for k in range(i + 1, len(w.tokens)):
        t = w.tokens[k]
        if t.pos in ("VERB", "AUX") or t.text in (",", ";", ".", ":", "—", "–") or w.lem[k] in ("который",) \
                or k == i + 1 and t.pos == "ADP" \
                or k == i + 1 and t.feats.get("Variant") == "Short" and w.head_index(w.tokens[i]) == k:
            # "провели совместное заседание в X": a place, no body's name; "Заседание должно было …": its predicate
            stop = k
            break
    if stop > i + 1 and w.bodies and _numbered(w, i) and (w.tokens[i + 1].feats.get("Case") != "Gen"
                                                          or w.tokens[i + 1].head_id != w.tokens[i].id
                                                          or w.lem[i + 1] == _SIDES):
        return 2  # "договорились провести следующую сессию в X": a session of the body told before, no body after it
    if stop == i + 1:  # "Предыдущее, восьмое заседание прошло в Москве" after the body was named
        if w.bodies and (_numbered(w, i) or held_here(w, i)):
            return 2
        # "Совместный комитет X и Y провел свое пятое заседание": the body that holds it is the verb's subject
        h = w.v.head(w.tokens[i])
        held = h is not None and h.id in w.position and w.lem[w.position[h.id]] in LIGHT_VERBS
        if held and _COMMON in w.lem[max(0, i - _SERIES_BEFORE):i]:
            return _joint_session(w, w.position[h.id]) or _subject_names(w, w.position[h.id], found)
        if not held:
            return None
        # "Сессию провел министр X" after the body's session was told: that session, told by who chaired it
        return _subject_names(w, w.position[h.id], found) or (2 if w.bodies else None)
    if set(w.lem[i + 1:stop]) & _CORPORATE:
        return None  # "заседание перуанско-боливийского совета директоров": a company's board, however named
    first, last = w.tokens[i + 1].start, w.tokens[stop - 1].stop
    inside = [n for s, e, n in found if first <= s < last]
    if inside:
        return max(inside)
    # the body's noun, after its number and adjectives ("заседание XV форума", "заседание российско-перуанской
    # межправительственной комиссии")
    k = i + 1
    while k < stop - 1 and ROMAN.fullmatch(w.tokens[k].text):
        k += 1
    if w.tokens[k].feats.get("Case", "Gen" if "-" in w.tokens[k].text else None) != "Gen":
        return None  # a compound adjective the tagger left without a case ("… танзанийско-замбийской …") may be one
    while k < stop - 1 and (w.tokens[k].pos == "ADJ" or _compound(w.tokens[k])):
        k += 1
    nxt, adjectives = w.lem[k], set(w.lem[i + 1:k])
    if nxt in JOINT_BODIES and adjectives & _INTERSTATE:
        return 2  # "заседание межправительственной комиссии": of states, whoever they are
    # "министры двух стран провели заседание комиссии": a body of the two countries named
    joint = nxt in JOINT_BODIES and not set(w.lem[k + 1:k + 3]) & _CORPORATE and countries_named(w) >= 2
    # "совместное заседание правительств X и Y": a common session of the two or more states its own words name
    common = _COMMON in w.lem[max(0, i - _SERIES_BEFORE):i] and nxt in _GOVERNMENTS
    if common and (n := countries_named(w, range(k, stop))) >= 2:
        return n
    if nxt in w.bodies or joint or nxt in FORUMS and countries_named(w, range(k + 1, stop)) >= 2:
        return 2  # "заседание Форума регионов Чили и Перу": a forum of the two countries its own words name
    return None


def _compound(t: Token) -> bool:
    """A compound adjective of two countries or more, however the tagger took it (``гвинейско-малийского``, often tagged
    a noun before a capitalised name: ``… Совместного комитета``)."""
    return "-" in t.text and len(compound_countries(t.text)) >= 2


def _own_session(w: Words, i: int, found: list[tuple[int, int, int]]) -> int | None:
    """``Смешанная комиссия X и Y в пятницу завершила свое третье заседание``, ``Совет … провел в Тунисе свое
    первое заседание под председательством …``: a session told as the subject's own (``свой``), held, begun or ended
    (``LIGHT_VERBS``, ``BODY_WORK``), is the session of the body that subject names."""
    t = w.tokens[i]
    h = w.head_index(t)
    if h is None or t.rel != "obj" or not (w.lem[h] in LIGHT_VERBS or w.lem[h] in BODY_WORK) or not any(
            c.rel == "det" and c.id in w.position and w.lem[w.position[c.id]] == _OWN for c in w.children(t)):
        return None
    # "Завершив свое заседание, комиссия …", "планирует провести свое заседание": the doer of the verb it climbs to
    return _subject_names(w, w.subject_verb(h), found)


def elided(w: Words, i: int) -> int | None:
    """``Следующее решено провести в X``, ``Очередное пройдет в марте``: a session of the body the document told
    before, its noun left out — a series word (``следующий``, an ordinal) opens the clause and no noun stands between
    it and the verb, but for a source told between commas (``Следующий, по словам премьера, состоится …``)."""
    if not w.bodies or w.tokens[i].pos not in ("VERB", "AUX"):
        return None
    k = i - 1
    while k >= 0 and w.tokens[k].pos != "NOUN" and w.tokens[k].text not in (".", ";", ":", "—", "–"):
        k = _before_aside(w, k) - 1
    opener = k + 1
    while opener < i and w.tokens[opener].text in (",", "«", "\""):
        opener += 1
    t = w.tokens[opener] if opener < i else None
    series = t is not None and (w.lem[opener] in ANOTHER | _SERIES or morph.is_ordinal(t.text))
    return 2 if series and t.pos in ("ADJ", "DET") and (opener == 0 or k >= 0 and w.tokens[k].pos != "NOUN") else None


_ASIDES = frozenset({"по", "как"})  # ", по словам X,", ", как сообщил X,": a source told aside


def _before_aside(w: Words, k: int) -> int:
    """The comma that opens a source told aside whose closing comma is at ``k`` (``, по словам премьера,``); else
    ``k``."""
    if w.tokens[k].text != ",":
        return k
    j = k - 1
    while j > 0 and w.tokens[j].text not in (",", ".", ";", ":"):
        j -= 1
    return j if j >= 0 and w.tokens[j].text == "," and w.lem[j + 1] in _ASIDES else k


def _numbered(w: Words, i: int) -> bool:
    """A session word told as one of a series: a round number in its sentence (``восьмое заседание``) or an
    adjective of another one (``предыдущее``, ``последнее``, ``очередное``)."""
    lo = max(0, i - _SERIES_BEFORE)
    return bool(set(w.lem[lo:i]) & (ANOTHER | _SERIES)) or any(morph.is_ordinal(t.text) for t in w.tokens[lo:i])


_SERIES = frozenset({"последний", "очередной"})
_OWN = "свой"  # "провел свое пятое заседание": the subject's own session
_SIDES = "сторона"  # "Следующее заседание стороны договорились провести …": the sides, however parsed
_COMMON = "совместный"  # a session the subject's states hold together
_SERIES_BEFORE = 6  # words before the session word that may tell its place in the series
_GOVERNMENTS = ("правительство", "кабинет", "министерство", "делегация")  # whose common session is of their states
FORUMS = ("форум",)  # a forum is the two countries' when its own name names them
_INTERSTATE = {"межправительственный", "межгосударственный", "двусторонний", "смешанный"}  # a body of states
_CORPORATE = {"директор", "акционер", "управляющий", "наблюдательный", "кредитор"}  # a company's, not theirs


def countries_named(w: Words, at: range | None = None) -> int:
    """How many countries the sentence (its words ``at``) names (by name or in a compound adjective:
    ``армяно-азербайджанской``)."""
    tokens = w.tokens if at is None else [w.tokens[k] for k in at]
    named = {m.entity for t in tokens if (m := w.mention(t)) is not None and w.mentions.kind(m) == "country"
             and not any(c.rel == "case" for c in w.children(t))}  # not "акционеры из России и Китая"
    for t in tokens:
        if "-" in t.text:
            named |= {c.code for c in compound_countries(t.text)}
    return len(named)


def _joint_session(w: Words, verb: int) -> int | None:
    """``Правительства X и Y провели совместное заседание``: a common session of the two or more states the verb's
    subject names (by name, not as companies' owners)."""
    for s in (c for c in w.children(w.tokens[verb]) if c.rel == "nsubj"):
        words = w.v.subtree(s, skip=frozenset())
        if words[0].id in w.position and _joint_subject(w, words):
            at = range(w.position[words[0].id], w.position[words[-1].id] + 1)
            return max(2, countries_named(w, at))
    return None


def _meeting_subject(w: Words, i: int) -> bool:
    """``Переговоры советников «нормандской четверки» завершились``: the subject of a verb of ending is a meeting's
    own word, the trigger that tells the meeting (the body only names whose it is)."""
    return any(c.rel == "nsubj" and c.id in w.position and trigger_type(w.lem[w.position[c.id]]) == "CONSULT"
               for c in w.children(w.tokens[i]))


def _work(w: Words, i: int) -> bool:
    """``завершил работу``: the verb's object is ``работа``."""
    return any(c.rel == "obj" and c.id in w.position and w.lem[w.position[c.id]] == _WORK
               for c in w.children(w.tokens[i]))


def _convened(w: Words, i: int, found: list[tuple[int, int, int]]) -> int | None:
    """The members of the body the verb of convening has as its object, the object's own word a body's (``собрали
    межправкомиссию``, ``провели Межправительственную комиссию по …``; not ``провели раунд переговоров …``, whose
    meeting word is the trigger)."""
    objects = [c for c in w.children(w.tokens[i]) if c.rel == "obj" and c.id in w.position
               and w.lem[w.position[c.id]] in JOINT_BODIES | INTERNATIONAL_BODIES]
    return _subject_names(w, i, found, objects) if objects else None


def _subject_names(w: Words, i: int, found: list[tuple[int, int, int]], given: list | None = None) -> int | None:
    """The members of the mechanism the verb's subject names (``СМИД ШОС завершил работу``); of a relative clause, the
    noun it tells of (``обсудили подготовку Совета глав правительств СНГ, который состоится в октябре``); or of the
    mechanism ``given`` words name (a body convened: ``_convened``)."""
    subjects = given if given is not None else [c for c in w.children(w.tokens[i]) if c.rel == "nsubj"]
    head = w.v.head(w.tokens[i])
    if w.tokens[i].rel == "acl:relcl" and head is not None and head.id in w.position and any(
            s.id in w.position and w.lem[w.position[s.id]] == WHICH for s in subjects):
        subjects = [] if _of_a_meeting(w, head) else [head]
    for s in subjects:
        words = w.v.subtree(s, skip=frozenset())
        if {w.lem[w.position[t.id]] for t in words if t.id in w.position} & _CORPORATE:
            continue  # "Заседание совета директоров прошло …": a company's board
        first, last = words[0].start, words[-1].stop
        inside = [n for a, b, n in found if first <= a < last]
        if inside:
            return max(inside)
        if s.id in w.position and w.lem[w.position[s.id]] in JOINT_BODIES and _joint_subject(w, words):
            return 2  # "Совместный пограничный комитет Чили и Перу собрался": the two countries' body
        if given is not None and s.id in w.position and w.lem[w.position[s.id]] in INTERNATIONAL_BODIES:
            return 2  # "собрали межправкомиссию": a body of two states by its word
    return None


def _of_a_meeting(w: Words, t: Token) -> bool:
    """Is the noun a meeting's word, or in the genitive of one (``переговоры …, которые проходили``, ``к саммиту лидеров
    АСЕАН, который откроется``)?  The meeting's word is the trigger, not the body named in it."""
    for _ in range(_SERIES_BEFORE):
        if t.id not in w.position:
            return False
        word = w.lem[w.position[t.id]]
        if trigger_type(word) == "CONSULT" or word in SESSIONS:
            return True
        h = w.v.head(t)
        if h is None or t.rel not in ("nmod", "appos", "flat:name", "conj"):
            return False
        t = h
    return False


def _joint_subject(w: Words, words: list[Token]) -> bool:
    """A body's words that name it the body of states: an interstate adjective, or two countries and no company."""
    lem = {w.lem[w.position[t.id]] for t in words if t.id in w.position}
    at = range(w.position[words[0].id], w.position[words[-1].id] + 1) if words[0].id in w.position else None
    return bool(lem & _INTERSTATE) or not lem & _CORPORATE and at is not None and countries_named(w, at) >= 2


def _of_states(w: Words, k: int) -> bool:
    """The body's noun at ``k`` has among the adjectives before it one of states: interstate, common or a compound
    of countries (``межправительственной комиссии``, ``чилийско-перуанского Совместного технического комитета``)."""
    j = k - 1
    while j >= 0 and (w.tokens[j].pos == "ADJ" or _compound(w.tokens[j])):
        if w.lem[j] in _INTERSTATE or w.lem[j] == _COMMON or _compound(w.tokens[j]):
            return True
        j -= 1
    return False


def body_heads(w: Words) -> set[str]:
    """The head words (lemmas) of the bodies the sentence names as mechanisms (``комиссия``, ``совет``), for
    the sessions told again in later sentences."""
    out = set()
    for s, e, _ in mechanisms(w):
        words: list[Token] = [t for t in w.tokens if s <= t.start < e]
        nouns = [w.lem[w.position[t.id]] for t in words  # "Совета", tagged a name at the head of one
                 if t.pos == "NOUN" or t.pos == "PROPN" and not t.text.isupper()]
        out.update(nouns[:1])
        out.update(x.removeprefix(_SHORT) for x in nouns[:1] if x.startswith(_SHORT))  # межправкомиссия: комиссия
    out.update(w.lem[k] for k in range(1, len(w.tokens))  # "межправительственной комиссии", however complemented
               if w.lem[k] in JOINT_BODIES and _of_states(w, k))
    # "министры X и Y провели заседание комиссии": the body of the two countries, told again later
    out.update(w.lem[k] for k in range(2, len(w.tokens)) if w.lem[k] in JOINT_BODIES and set(w.lem[k - 2:k]) & SESSIONS
               and countries_named(w) >= 2)
    if set(w.lem) & TALKS:  # "переговоры", "раунд консультаций": a later bare "8-й раунд" is one of the talks
        out.add(_ROUND)
    return out
