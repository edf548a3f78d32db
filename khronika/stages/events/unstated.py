"""Acts a sentence names without telling them, by the way it is written rather than by its words:

* a heading: a line with no verb that names its topics after ``о``/``об`` (``2. О высылке дипломата``, a page's
  subtitle ``Посол Ганы — о санкциях и переговорах``): what it names is told below it, if anywhere;
* an act that a present predication evaluates (``Санкции против наших банков — это ошибка``, ``Высылка дипломатов
  является недружественным шагом``): the act is one told before; the predication evaluates it (a stance, an
  accusation of its own), it is not done again.  A past or future copula tells the act (``Итогом стало подписание``,
  ``Визит был первым за десять лет``);
* the act of whoever does it (``санкции против всех, кто помогает мятежникам``, ``всех, кто нарушит эмбарго``): a
  kind of act, done by nobody named;
* a meeting told by how it went (``Переговоры прошли в деловом ключе``, ``прошли конструктивно``), with no day of
  its own: the meeting told before, evaluated (``told_how``; the stage joins it to that meeting's record); so is an
  act ``это`` identifies (``Это шестая сессия комиссии``, ``identified``), and an act told as the cause of a reaction
  (``протест в связи с санкциями``, ``раскритиковал X за то, что …``, ``caused``), and an accusation told as the
  reason of another act (``выслал дипломата, обвинив его в …``, ``reason_of_another``), and the judgment of the cause
  or of the act answered (``протест в связи с «провокационными действиями» X``, ``в ответ на недружественные шаги X``,
  ``judged_cause``: a stance, no accusation of its own).

Each of ``VETOES`` says that the trigger word at position ``i`` reports no event in its sentence (``triggers.VETOES``
and the patterns' ``patterns._no_act``)."""
from __future__ import annotations

import re

from ...morph import parses
from .factuality import completed_noun
from .sentence import Words
from .words import HAPPEN, MANNER_ADVERBS, MANNER_NOUNS, TOPIC_PREPOSITIONS, WHICH

_NOUNS = ("NOUN", "PROPN")
_DASHES = frozenset({"—", "–", "-"})  # "Санкции — это решение": the dash of a present predication
_COPULAS = frozenset({"являться", "являть"})  # "является недружественным шагом": a present predication by a verb
_BECAUSE = frozenset({"из-за"})  # "из-за санкций": a cause
_FOR = frozenset({"за"})  # "раскритиковал за то, что …": the cause of a reproach
_WHOEVER = frozenset({"кто"})  # "все, кто помогает мятежникам": whoever does it
_THIS = frozenset({"это"})  # "Санкции — это решение"
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s*$")  # "2. " opening a line: an item of contents or a section
_TOPIC_CLIMB = 4  # the heads climbed from a trigger to its ``о`` phrase: "о санкциях, пошлинах и визах"


def topic_line(w: Words, i: int) -> bool:
    """The trigger lies in a phrase of ``о``/``об`` (or in a noun its noun joins: ``о санкциях и пошлинах``)
    on a line of the text with no verb nor short form, the phrase opening the line after a number (``2. О высылке …``:
    a contents line, a numbered section).  Not a subtitle after a dash (``Посол Ганы — о санкциях …``): an interview's
    subtitle may be the one place its page names the sitting it tells (measured: the dash form cost a format on
    news nobody tuned on).  A lone ``О консультациях …`` is a release's title, read as its story
    (``stage._section_headings``)."""
    t = w.tokens[i]
    if t.pos not in _NOUNS and t.pos != "ADJ":
        return False
    start, stop = _line(w, i)
    line = [x for x in w.tokens if start <= x.start < stop]
    if any(_predicate(x) for x in line):
        return False
    ids = {x.id for x in line}
    for _ in range(_TOPIC_CLIMB):
        case = next((c for c in w.children(t) if c.rel == "case" and c.text.lower() in TOPIC_PREPOSITIONS), None)
        if case is not None:
            return bool(_NUMBERED.match(w.v.text[start:case.start]))
        h = w.head(t)
        if h is None or h is t or h.id not in ids or t.rel not in ("conj", "amod", "nmod"):
            return False
        t = h
    return False


def _line(w: Words, i: int) -> tuple[int, int]:
    """The offsets of the text line of the token at ``i``."""
    text = w.v.text
    start = text.rfind("\n", 0, w.tokens[i].start) + 1
    stop = text.find("\n", w.tokens[i].stop)
    return start, len(text) if stop < 0 else stop


def _predicate(t) -> bool:
    """A word that tells something: a verb in any form (``Как ответить на санкции``), an auxiliary, a short form
    (``отложен``, ``незаконны``)."""
    if t.pos in ("VERB", "AUX"):
        return True
    return t.feats.get("Variant") == "Short"


def evaluated_by_predicate(w: Words, i: int) -> bool:
    """The trigger noun (or the noun it completes: ``Перенос саммита``) is the subject of a present nominal
    predication: a noun in the nominative after a dash or ``это`` (``Санкции — это грубая ошибка``), a short
    adjective (``санкции незаконны``), or ``является`` (``является недружественным шагом``): the act evaluated, told
    before.  Not a past or future copula (``Итогом стало подписание``), nor a full adjective the parser may take for the
    predicate of its own noun (``Сегодня четвертая встреча …``)."""
    t = w.tokens[i]
    if t.pos not in _NOUNS:
        return False
    top = completed_noun(w, t)
    head = w.head(top)
    if head is None or head is top or not top.rel.startswith("nsubj") or head.id not in w.position:
        return _dash_predication(w, w.position[top.id])
    k, at = w.position[head.id], w.position[top.id]
    if _told_in_its_phrase(w, top, k):
        return False  # "запуск ракеты, произведенный 9 мая, является нарушением": the noun's own words tell the act
    if w.lem[k] in _COPULAS:
        return head.feats.get("Tense") == "Pres"
    if any(c.rel == "cop" or c.feats.get("VerbForm") == "Inf" for c in w.children(head)):
        return False  # "было решением", "стало подписание": the act told in the past or to come; "саммит должен
        # пройти", "встреча должна состояться": a modal's infinitive tells it
    if head.pos == "ADJ":
        return head.feats.get("Variant") == "Short"
    between = w.lem[at + 1:k] if at < k else []
    return head.pos in _NOUNS and head.feats.get("Case") == "Nom" and any(x in _DASHES or x in _THIS for x in between)


def _dash_predication(w: Words, at: int) -> bool:
    """A line with no verb where a dash after the noun at ``at`` opens a nominative noun (``Министр: перенос встречи —
    «вынужденная мера»``), which the parser left apart from it: the same present predication."""
    start, stop = _line(w, at)
    line = [x for x in w.tokens if start <= x.start < stop]
    if any(_predicate(x) for x in line):
        return False
    dash = next((k for k in range(at + 1, len(w.tokens)) if w.tokens[k].text in _DASHES and w.tokens[k] in line), None)
    return dash is not None and any(x.pos == "NOUN" and x.feats.get("Case") == "Nom" and x in line
                                    for x in w.tokens[dash + 1:])


def _told_in_its_phrase(w: Words, noun, stop: int) -> bool:
    """The subject noun's own words tell its act: a participle of it (``произведенный Северной Кореей``) or a date
    between it and its predicate at ``stop``."""
    if any(c.rel == "acl" and c.feats.get("VerbForm") == "Part" for c in w.children(noun)):
        return True
    return any(x.start in w.dated for x in w.tokens[w.position[noun.id]:stop])


def anyone_who(w: Words, i: int) -> bool:
    """The trigger is the verb (or its object) of a relative clause whose subject is ``кто`` (``тех, кто поддерживает
    войну``, ``всех, кто нарушит эмбарго``): whoever does it, no act of a side."""
    t = w.tokens[i]
    if t.pos in _NOUNS and t.rel == "obj":
        t = w.head(t)
    return t is not None and t.rel == "acl:relcl" and any(
        c.rel.startswith("nsubj") and c.id in w.position and w.lem[w.position[c.id]] in _WHOEVER for c in w.children(t))


def told_how(w: Words, i: int) -> bool:
    """A meeting noun, the subject of a verb of taking place that a phrase of manner qualifies (``прошли в деловом
    ключе``, ``в доверительной атмосфере``, ``прошли конструктивно``): how a meeting went, told of one told before."""
    t = w.tokens[i]
    head = w.head(t)
    if t.pos not in _NOUNS or not t.rel.startswith("nsubj") or head is None or head.id not in w.position \
            or w.lem[w.position[head.id]] not in HAPPEN:
        return False
    kids = [c for c in w.children(head) if c.id in w.position]
    return any(c.rel == "obl" and w.lem[w.position[c.id]] in MANNER_NOUNS or c.rel == "advmod"
               and w.lem[w.position[c.id]] in MANNER_ADVERBS for c in kids)


def identified(w: Words, i: int) -> bool:
    """An act noun that is the predicate of ``это`` with no copula (``Это шестая сессия комиссии``, ``это уже вторая
    высылка``): the act told before, identified."""
    t = w.tokens[i]
    kids = [c for c in w.children(t) if c.id in w.position]
    return t.pos in _NOUNS and any(c.rel.startswith("nsubj") and w.lem[w.position[c.id]] in _THIS for c in kids) \
        and not any(c.rel == "cop" for c in kids)


def caused(w: Words, i: int) -> bool:
    """The trigger is told as the cause of another act: a noun after ``в связи с`` or ``из-за`` (``протест в связи с
    санкциями``), or the verb of a clause ``в связи с тем, что …`` / ``за то, что …`` (``раскритиковал X за то,
    что она уступила``)."""
    t = w.tokens[i]
    if t.pos in _NOUNS:
        return _cause_mark(w, t)
    return t.pos == "VERB" and any(c.pos in ("PRON", "DET") and c.id in w.position and w.lem[w.position[c.id]] == "то"
                                   and _cause_mark(w, c, _FOR) for c in w.children(t)) or \
        t.rel in ("acl", "advcl", "acl:relcl") and (h := w.head(t)) is not None and h.id in w.position \
        and w.lem[w.position[h.id]] == "то" and _cause_mark(w, h, _FOR)


def _cause_mark(w: Words, t, extra: frozenset[str] = frozenset()) -> bool:
    """Is the word marked as a cause: ``в связи с`` (``в`` with its fixed ``связи с``), ``из-за``, or one of
    ``extra``?"""
    for c in w.children(t):
        if c.rel != "case" or c.id not in w.position:
            continue
        word = c.text.lower()
        if word in _BECAUSE or word in extra or word == "в" and any(
                f.rel == "fixed" and f.text.lower() == "связи" for f in w.children(c)):
            return True
    return False


VETOES = (topic_line, evaluated_by_predicate, anyone_who)


def cause_of_another(w: Words, trig: list, found: list) -> bool:
    """The trigger noun is the cause of another act of the sentence, in whose clause it stands (``выразило протест в
    связи с пошлинами X``, ``вызвал посла из-за задержания рыбаков``): the head verb's clause types the act,
    the cause is told only as its reason, whoever did it (an act of its own with a time of its own right after it is
    told: ``в связи с задержанием 12 мая``)."""
    t = trig[0]
    i = w.position[t.id]
    opened = next((w.tokens[j].start for j in range(i - 1, max(-1, i - _WITHIN), -1)
                   if w.lem[j] in _BECAUSE or w.lem[j] == _IN_CONNECTION[-1]), t.start)
    if w.own_date(t) or any(opened < d < t.start for d in w.dated):
        return False  # "в связи с задержанием 12 мая …", "в связи с введенными 12 мая санкциями": a time of its own
    noun = completed_noun(w, t)  # "в связи с введением санкций": the noun the cause's words mark
    k = w.position.get(noun.id, i)
    if not (caused(w, i) or caused(w, k) or t.pos in _NOUNS and _cause_words_before(w, k)):
        return False
    others = {x.id for _, _, other in found if other[0].id != t.id for x in other} - {x.id for x in trig}
    return any(h.id in others for h in _above(w, t))


def reason_of_another(w: Words, trig: list, type_: str, found: list) -> bool:
    """An accusation told by a verbal adverb of another act's verb (``выслал дипломата, обвинив его в шпионаже``,
    ``включили компании в список, обвинив их в поставках``): the reason the act's side gives for it, no act of its
    own."""
    t = trig[0]
    head = w.head(t)
    if type_ != "ACCUSE" or t.feats.get("VerbForm") != "Conv" or head is None:
        return False
    return any(other_type != type_ and any(head.id in (x.id, x.head_id) for x in other)  # "объявил персоной нон
               for other_type, _, other in found)  # грата, обвинив …": the act's word or the verb that tells it


def _cause_words_before(w: Words, k: int) -> bool:
    """``в связи с`` or ``из-за`` just before the noun at ``k`` and the words that qualify it (``в связи с ничем не
    обоснованной высылкой``), however the parser attached them."""
    j, steps = k, 0
    while j > 0 and steps < _QUALIFIERS and (w.tokens[j - 1].pos in ("ADJ", "ADV", "PART", "PRON", "DET")
                                             or _participle(w.tokens[j - 1].text)):
        j, steps = j - 1, steps + 1
    for _ in range(_NOMINALS + 1):  # "в связи с введением Сантьяго новых санкций": its nominalisation and doer
        if w.lem[max(0, j - 3):j] == _IN_CONNECTION or j > 0 and w.lem[j - 1] in _BECAUSE:
            return True
        if j == 0 or w.tokens[j - 1].pos not in _NOUNS:
            return False
        j -= 1
    return False


def _participle(word: str) -> bool:
    """A full participle or adjective however the tagger took it (``оправданной``)."""
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS in ("PRTF", "ADJF")


_WITHIN = 8  # words back from a cause's noun to its preposition
_QUALIFIERS = 4  # words between a cause's preposition and its noun
_NOMINALS = 2  # nouns between them: the act's nominalisation and its doer ("введением Сантьяго")
_IN_CONNECTION = ["в", "связь", "с"]


def judged_cause(w: Words, trig: list, type_: str, found: list) -> bool:
    """An evaluative adjective (an ACCUSE trigger: ``провокационный``, ``недружественный``) on the act another act
    answers: its noun after ``в ответ на`` (``В ответ на недружественные действия X Москва выслала …``, ``О мерах в
    ответ на недружественный шаг X``) or marked as a cause (``в связи с``, ``из-за``) below another act of the
    sentence (``Ему заявлен протест в связи с «провокационными действиями» X``).  The judgment is the reason the
    answering side gives (a stance), no accusation of its own."""
    t = trig[0]
    noun = w.head(t)
    if type_ != "ACCUSE" or len(trig) > 1 or t.pos != "ADJ" or t.rel != "amod" or noun is None \
            or noun.id not in w.position:
        return False
    up = w.head(noun)
    if noun.rel == "nmod" and "на" in w.prepositions(noun) and up is not None and up.id in w.position \
            and w.lem[w.position[up.id]] in _ANSWERS and "в" in w.prepositions(up):
        return True  # "в ответ на недружественные действия"
    if not _cause_mark(w, noun):
        return False
    others = {x.id for other_type, _, other in found if other[0].id != t.id for x in other}
    return any(h.id in others for h in _above(w, noun))


_ANSWERS = frozenset({"ответ"})  # "в ответ на …": what an act answers


def delivered(w: Words, trig: list, type_: str, found: list) -> bool:
    """A note told with its content in a relative clause (``передали ноту, по которой консул признан
    персоной нон грата``): the note is the vehicle of the act its content tells, not an act of another type of its
    own."""
    note = next((x for x in trig if x.id in w.position and w.lem[w.position[x.id]] in _NOTES), None)
    if note is None:
        return False
    k = w.position[note.id] + 1  # the relative clause right after it, however parsed (often as a clause of its own)
    if k >= len(w.tokens) or w.tokens[k].text != "," or WHICH not in w.lem[k + 1:k + 1 + _OPENING]:
        return False
    stop = next((j for j in range(k, len(w.tokens)) if w.tokens[j].text == ";"), len(w.tokens))
    inside = {x.id for x in w.tokens[k:stop]}
    return any(other_type != type_ and other[0].id in inside for other_type, _, other in found)


_NOTES = frozenset({"нота"})  # a written act: its content clause tells what it does
_OPENING = 3  # words of the relative clause before "который"


def _above(w: Words, t) -> list:
    """The words the token depends on, up to its clause's root."""
    out, seen = [], set()
    h = w.head(t)
    while h is not None and h.id not in seen and h.id in w.position:
        out.append(h)
        seen.add(h.id)
        h = w.head(h)
    return out
