"""Events coded with PLOVER's types from Russian triggers (EVENTS.md), one record per event.

A trigger is a word (``встреча``, ``посетить``, ``санкция``) or a short pattern of lemmas
(``прийти к … мнение``, ``выразить обеспокоенность``) looked up in ``TRIGGERS``/``PATTERNS``.
Each sentence gives at most one event per type, and one more if that one is planned and the first
not (or the reverse).  For each event:

* participants: persons, organisations and countries named in the sentence, and countries named by
  the adjective of a state agent (``японские пограничники``); not news outlets (``пишет газета``),
  nor the actors of another event noun (``обсудили подготовку визита Путина``); the subject of a
  trigger verb is its ``source``, the ``с X`` of a meeting a ``participant`` beside it, the
  visited country of a visit its ``target``; a pronoun subject (``он``) is the person named last;
* date: the sentence's time expression nearest the trigger (``doc.timexes``); without one, an event the document
  narrates in the past or present takes the document's date unless the sentence places it before
  (``недавно``, ``ранее``); an undated document gives no date (never a guessed one);
* place: a place after ``в``/``во`` in the sentence, else for a meeting the document's dateline place;
* format (``«два плюс два»`` → ``2+2``, ``на высшем уровне`` → summit) and ``round``
  (``четвертый раунд`` → 4, ``первая встреча в таком формате`` → 1);
* factuality: planned (future tense, ``планируется``), hypothetical (``надеюсь``, ``может``,
  ``если``), negated (``не`` before the trigger), proposed (the object of ``предложить``), else
  occurred.

A later sentence that reports the same event again (same type, no date, participants or round of
its own: ``в ходе встречи``) is added to the earlier record as further evidence (``more``).
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field

from .. import gazetteer, morph
from ..ids import country_id
from ..records import Document, Event, PartialDate, Participant, Span, Token
from .entities import with_countries
from .roles import Index

# lemma → (PLOVER type, CONSULT mode)
TRIGGERS: dict[str, tuple[str, str | None]] = {
    "встреча": ("CONSULT", "meet"), "встретиться": ("CONSULT", "meet"), "переговоры": ("CONSULT", "meet"),
    "консультация": ("CONSULT", "meet"), "саммит": ("CONSULT", "multilateral"), "визит": ("CONSULT", "visit"),
    "посетить": ("CONSULT", "visit"), "посещать": ("CONSULT", "visit"), "прибыть": ("CONSULT", "visit"),
    "принять": ("CONSULT", "host"), "принимать": ("CONSULT", "host"),
    "раунд": ("CONSULT", "meet"), "созвониться": ("CONSULT", "phone"), "обсудить": ("CONSULT", "meet"),
    "договориться": ("AGREE", None), "согласовать": ("AGREE", None), "согласиться": ("AGREE", None),
    "подписать": ("AGREE", None), "условиться": ("AGREE", None), "договорённость": ("AGREE", None),
    "соглашение": ("AGREE", None),
    "поддержать": ("SUPPORT", None), "приветствовать": ("SUPPORT", None), "одобрить": ("SUPPORT", None),
    "готовый": ("SUPPORT", None), "готовность": ("SUPPORT", None),
    "предложить": ("REQUEST", None), "призвать": ("REQUEST", None), "потребовать": ("REQUEST", None),
    "попросить": ("REQUEST", None), "настаивать": ("REQUEST", None),
    "осудить": ("ACCUSE", None), "обвинить": ("ACCUSE", None), "раскритиковать": ("ACCUSE", None),
    "неприемлемый": ("ACCUSE", None), "нарушение": ("ACCUSE", None), "непропорциональный": ("ACCUSE", None),
    "отклонить": ("REJECT", None), "отвергнуть": ("REJECT", None), "отказаться": ("REJECT", None),
    "пригрозить": ("THREATEN", None),
    "протест": ("PROTEST", None),
    "санкция": ("SANCTION", None), "приостановить": ("SANCTION", None), "приостановка": ("SANCTION", None),
    "заморозить": ("SANCTION", None), "замораживание": ("SANCTION", None), "выслать": ("SANCTION", None),
    "высылка": ("SANCTION", None), "ограничение": ("SANCTION", None),
    "разместить": ("MOBILIZE", None), "размещение": ("MOBILIZE", None), "развернуть": ("MOBILIZE", None),
    "развёртывание": ("MOBILIZE", None), "развертывание": ("MOBILIZE", None), "наращивание": ("MOBILIZE", None),
    "запуск": ("MOBILIZE", None), "учение": ("MOBILIZE", None),
    "задержать": ("COERCE", None), "блокировать": ("COERCE", None), "конфисковать": ("COERCE", None),
    "удар": ("ASSAULT", None), "обстрел": ("ASSAULT", None), "обстрелять": ("ASSAULT", None),
    "смягчить": ("CONCEDE", None), "освободить": ("CONCEDE", None), "уступить": ("CONCEDE", None),
    "вывести": ("RETREAT", None), "вывод": ("RETREAT", None),
    "помощь": ("AID", None), "вклад": ("AID", None),
    "провокационный": ("ACCUSE", None), "недружественный": ("ACCUSE", None),
    # imperfective verbs, in the present tense only (see IMPERFECTIVE)
    "встречаться": ("CONSULT", "meet"), "договариваться": ("AGREE", None), "подписывать": ("AGREE", None),
    "предлагать": ("REQUEST", None), "призывать": ("REQUEST", None), "требовать": ("REQUEST", None),
    "осуждать": ("ACCUSE", None), "обвинять": ("ACCUSE", None), "критиковать": ("ACCUSE", None),
    "отвергать": ("REJECT", None), "отклонять": ("REJECT", None), "угрожать": ("THREATEN", None),
    "высылать": ("SANCTION", None), "размещать": ("MOBILIZE", None), "задерживать": ("COERCE", None),
    "обстреливать": ("ASSAULT", None), "освобождать": ("CONCEDE", None), "выводить": ("RETREAT", None),
}
# Imperfective triggers report an act in the present tense ("Норвегия высылает дипломатов", as
# headlines have it); in the past they tell what used to happen ("министры пару раз встречались").
IMPERFECTIVE = frozenset({"встречаться", "договариваться", "подписывать", "предлагать", "призывать", "требовать",
                          "осуждать", "обвинять", "критиковать", "отвергать", "отклонять", "угрожать", "высылать",
                          "размещать", "задерживать", "обстреливать", "освобождать", "выводить"})
# Patterns of lemmas (each may be followed by up to two other words before the next one).
PATTERNS: list[tuple[tuple[str, ...], str, str | None]] = [
    (("прийти", "к", "мнение"), "AGREE", None),
    (("выразить", "обеспокоенность"), "ACCUSE", None), (("выразить", "озабоченность"), "ACCUSE", None),
    (("заявить", "о", "опасение"), "ACCUSE", None), (("выразить", "протест"), "PROTEST", None),
    (("заявить", "протест"), "PROTEST", None), (("выступать", "против"), "PROTEST", None),
    (("выступить", "против"), "PROTEST", None), (("реагировать", "позитивно"), "SUPPORT", None),
    (("реагировать", "позитивный"), "SUPPORT", None), (("отреагировать", "позитивно"), "SUPPORT", None),
    (("выразить", "опасение"), "ACCUSE", None), (("высказать", "опасение"), "ACCUSE", None),
    (("присоединиться", "к", "санкция"), "SANCTION", None), (("совместный", "учение"), "COOPERATE", None),
    (("телефонный", "разговор"), "CONSULT", "phone"), (("провести", "переговоры"), "CONSULT", "meet"),
    (("персона", "нона", "грат"), "SANCTION", None),  # "персоной нон грата", as the lemmatiser reads it
    (("ответный", "мера"), "THREATEN", None),
]
# Nouns for a state's agents: an adjective of a country before one names that country as an actor
# ("японские пограничники", "российская сторона", "китайский МИД").
AGENT_NOUNS = frozenset({"сторона", "власть", "правительство", "руководство", "делегация", "мид", "министерство",
                         "ведомство", "дипломат", "дипломатия", "военный", "пограничник", "армия", "флот",
                         "лидер", "президент", "премьер", "премьер-министр", "министр", "посол", "посольство",
                         "парламент", "кабинет", "войско", "генштаб", "минобороны", "спецслужба", "коллега"})
# Adjectives that make a meeting another one than the last reported (``предыдущий раунд``).
ANOTHER = frozenset({"предыдущий", "очередной", "следующий", "прошлый", "прошедший", "будущий", "предстоящий"})
# Nouns that report one event only in the singular ("восточноазиатские саммиты" are a kind of event).
SINGULAR_ONLY = frozenset({"встреча", "саммит", "визит"})
# Verbs whose object is the content of a proposal or request, not an event that happened.
REQUEST_VERBS = frozenset({"предложить", "призвать", "потребовать", "попросить", "предлагать", "призывать",
                           "требовать", "просить"})
# Verbs of announcing: an event noun after "о" is what they announce ("объявила о размещении").
ANNOUNCE = frozenset({"объявить", "заявить", "сообщить", "известить", "проинформировать", "уведомить"})
# Prepositions after which an event noun is mentioned in passing ("перед переговорами", "для наращивания").
PASSING = frozenset({"перед", "после", "для", "ради", "вокруг", "против"})
# Nouns of happenings that are not triggers themselves but carry their own dates.
EVENT_NOUNS = frozenset({"проведение", "запуск", "испытание", "выборы", "начало", "учение", "вхождение",
                         "присоединение", "аннексия", "катастрофа", "атака", "теракт"})
PASSING_PHRASES = frozenset({"в ход", "по итог", "в рамка", "на поле", "в преддверие", "по результат"})
# Withdrawal is a retreat only of forces.
FORCES = frozenset({"войско", "сила", "контингент", "подразделение", "военный", "база", "техника", "войска"})
FUTURE_CUES = frozenset({"планироваться", "намереваться", "намерен", "собираться", "предстоящий", "запланировать",
                         "будущий", "предполагаться", "подготовка", "готовиться",
                         "договориться", "условиться", "согласиться", "решить"})  # "договорились провести раунд"
HYPOTHETICAL_CUES = frozenset({"надеяться", "мочь", "если", "возможно", "вероятно", "бы", "может", "хотеть"})
EARLIER_CUES = frozenset({"недавно", "ранее", "прежде", "когда-то", "некогда", "раньше", "потом", "затем",
                          "последний", "недавний"})  # "потом … был приостановлен", "в последние годы"
PLACE_PREPOSITIONS = frozenset({"в", "во"})
ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5, "шестой": 6,
            "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10}
FORMATS = [(re.compile(r"«?\s*(?:два плюс два|2\s*\+\s*2)\s*»?", re.I), "2+2"),
           (re.compile(r"на высшем уровне|саммит", re.I), "summit"),
           (re.compile(r"диалог\w* по стратегическим вопросам|стратегическ\w+ диалог", re.I), "strategic dialogue")]
# The format named before: "в таком формате", "этот формат был приостановлен", "предложил его возобновить".
SAME_FORMAT = re.compile(r"(?:таком|этом|том же|данном|этот|такой|тот же) формат\w*|\bего возобнов", re.I)


@dataclass
class _Found:
    type: str
    mode: str | None
    tokens: list[Token]  # the trigger's tokens
    sentence: object
    participants: list[Participant] = field(default_factory=list)


def lemmas(tokens: list[Token]) -> list[str]:
    return [morph.lemma_as(t.text, t.pos).replace("ё", "е") for t in tokens]


def in_passing(tokens: list[Token], lem: list[str], i: int, actors: set[str], dated: set[int] = frozenset()) -> bool:
    """Is the event noun at ``i`` only mentioned in passing, as a circumstance or a topic of another
    word, with nothing of its own: ``в ходе встречи``, ``механизм консультаций``, ``причиной
    размещения``, ``вопрос о запусках``, ``перед переговорами``?  A noun with an actor of its own
    (``визита президента России В. Путина``) or a date (``dated``: start offsets of time
    expressions) is an event reported."""
    t = tokens[i]
    if t.pos != "NOUN" or any(t.stop <= d <= t.stop + 40 for d in dated):
        return False  # "о состоявшейся встрече 18 марта": an event with a date of its own
    by_id = {x.id: k for k, x in enumerate(tokens)}
    preps = [lem[k] for k, x in enumerate(tokens) if x.head_id == t.id and x.rel == "case"]
    head = by_id.get(t.head_id)
    if any(p in ("о", "об") for p in preps):
        return head is None or lem[head] not in ANNOUNCE
    if _has_actor(tokens, t, actors):
        return False
    before = " ".join(lem[max(0, i - 2): i])
    if any(p in PASSING for p in preps) or before in PASSING_PHRASES:
        return True
    return t.feats.get("Case") == "Gen" and head is not None and tokens[head].pos == "NOUN" \
        and lem[head] not in TRIGGERS and lem[head] not in ("раунд",)


def _has_actor(tokens: list[Token], t: Token, actors: set[str]) -> bool:
    """A person, country or organisation among the noun's dependents (two levels deep)."""
    level = {t.id}
    for _ in range(2):
        level = {x.id for x in tokens if x.head_id in level}
        if any(x.id in level and x.start in actors for x in tokens):
            return True
    return False


def find_triggers(tokens: list[Token], actors: set[str] = frozenset(), fmt: str | None = None,
                  dated: set[int] = frozenset()) -> list[tuple[str, str | None, list[Token]]]:
    """(type, mode, trigger tokens) of each trigger in a sentence, patterns first.  ``actors``:
    start offsets of the tokens that name persons, countries or organisations."""
    lem = lemmas(tokens)
    options = [morph.lemma_options(t.text, t.pos) for t in tokens]
    used: set[int] = set()
    out = []
    for pattern, type_, mode in PATTERNS:
        for i in range(len(lem)):
            if pattern[0] not in options[i] or i in used:
                continue
            at, ok = [i], True
            for word in pattern[1:]:
                nxt = next((j for j in range(at[-1] + 1, min(at[-1] + 4, len(lem))) if word in options[j]), None)
                if nxt is None:
                    ok = False
                    break
                at.append(nxt)
            if ok:
                used.update(at)
                out.append((type_, mode, [tokens[j] for j in at]))
    for i, word in enumerate(lem):
        if i in used or word not in TRIGGERS:
            continue
        if word == "готовый" and not (i + 1 < len(lem) and lem[i + 1] in ("к", "на")):
            continue
        if word in IMPERFECTIVE and morph.tense(tokens[i].text) != "pres":
            continue
        if word in ("принять", "принимать") and not _hosting(tokens, i):
            continue
        if word == "обсудить" and not _between_sides(tokens, i, actors):
            continue  # "Лавров и Ван И обсудили …", "обсудил с коллегой": talks; "эксперты обсудили": none
        if word == "раунд" and fmt is None and not _of_talks(tokens, lem, i):
            continue  # "квалификационного раунда чемпионата" is no round of talks
        if word in ("освободить", "освобождать") and not _frees_people(tokens, i):
            continue  # "освободила город" is no concession
        if word in ("призвать", "призывать") and tokens[i].feats.get("Variant") == "Short":
            continue  # "была призвана подкрепить" means "was meant to"
        if word in SINGULAR_ONLY and tokens[i].feats.get("Number") == "Plur" and fmt is None:
            continue  # "восточноазиатские саммиты"; but "встречи в формате …" are that format's series
        if word == "готовый" and not _actor_subject(tokens, i, actors):
            continue
        if in_passing(tokens, lem, i, actors, dated):
            continue
        if word in ("вывод", "вывести", "выводить") and not any(w in FORCES for w in lem[i + 1: i + 4]):
            continue
        if word == "готовность" and not any(w in ("заявить", "выразить", "подтвердить") for w in lem[max(0, i - 3): i]):
            continue
        if word in TRIGGERS and TRIGGERS[word][0] == "CONSULT" and _requested(tokens, lem, i):
            continue
        if word in TRIGGERS and TRIGGERS[word][0] == "CONSULT" and _mechanism(tokens, lem, i):
            continue  # "консультации были приостановлены": the mechanism, not a meeting
        type_, mode = TRIGGERS[word]
        if word == "учение" and any(lem[j] == "совместный" for j in range(max(0, i - 3), i)):
            type_ = "COOPERATE"
        out.append((type_, mode, [tokens[i]]))
    return out


MECHANISM_VERBS = frozenset({"приостановить", "возобновить", "заморозить", "прекратить", "прервать",
                             "свернуть", "разморозить"})


def _mechanism(tokens: list[Token], lem: list[str], i: int) -> bool:
    """Is the meeting noun the subject of a verb that suspends or resumes a whole mechanism
    (``консультации были приостановлены``, ``переговоры возобновились``)?"""
    head = next((k for k, t in enumerate(tokens) if t.id == tokens[i].head_id), None)
    return tokens[i].rel.startswith("nsubj") and head is not None and lem[head].removesuffix("ся") in MECHANISM_VERBS


def _requested(tokens: list[Token], lem: list[str], i: int) -> bool:
    """Is the noun the thing proposed or asked for (``предложил возобновить … встречи``)?"""
    return any(w in REQUEST_VERBS for w in lem[max(0, i - 8): i])


def _actor_subject(tokens: list[Token], i: int, actors: set[str]) -> bool:
    """Has the word a named actor as its subject (``Москва готова``, not ``мы готовы``)?"""
    return any(x.head_id == tokens[i].id and x.rel.startswith("nsubj") and x.start in actors for x in tokens)


TALKS = frozenset({"переговоры", "консультация", "диалог", "встреча", "обсуждение", "беседа", "контакт",
                   "переговорный", "консультационный", "саммит", "визит"})


def _of_talks(tokens: list[Token], lem: list[str], i: int) -> bool:
    """Is ``раунд`` a round of talks: of ``переговоров``, ``консультаций``, ``диалога``…?"""
    near = [lem[j] for j, t in enumerate(tokens) if t.head_id == tokens[i].id]
    near += lem[i + 1: i + 3] + lem[max(0, i - 2): i]
    return any(w in TALKS for w in near)


def _frees_people(tokens: list[Token], i: int) -> bool:
    """``освободить`` concedes when it frees people (``освободили журналиста``), not a town."""
    return any(t.head_id == tokens[i].id and t.rel in ("obj", "nsubj:pass") and t.feats.get("Animacy") == "Anim"
               for t in tokens)


MEDIA_NOUNS = frozenset({"газета", "издание", "агентство", "информагентство", "телеканал", "канал", "журнал",
                         "портал", "сайт", "радиостанция", "радио", "сми", "блог", "таблоид", "еженедельник",
                         "ежедневник", "телекомпания", "медиа"})
REPORT_VERBS = frozenset({"сообщить", "сообщать", "писать", "написать", "передать", "передавать", "цитировать",
                          "процитировать"})
ATTRIBUTION = ("по данные", "по сообщение", "с ссылка на", "согласно")


def is_media(m, tokens: list[Token]) -> bool:
    """Is an organisation mention a news outlet reporting the event: a listed outlet, one named
    after ``газета``/``агентство``/``телеканал``…, the subject of ``сообщает``/``пишет``, or one
    after ``по данным``/``со ссылкой на``?"""
    from .spans import known_kind

    if known_kind(m.text) == "media" or (m.normal and known_kind(m.normal) == "media"):
        return True
    inside = [t for t in tokens if m.start <= t.start < m.stop]
    before = [t for t in tokens if t.stop <= m.start and t.text not in "«»\"„“”"]
    lem = lemmas(before[-3:])
    if lem and lem[-1] in MEDIA_NOUNS:
        return True
    if any(" ".join(lem[-k:]) in ATTRIBUTION for k in (1, 2, 3) if len(lem) >= k):
        return True
    by_id = {t.id: t for t in tokens}
    return any(t.rel.startswith("nsubj") and t.head_id in by_id
               and morph.lemma_as(by_id[t.head_id].text, by_id[t.head_id].pos) in REPORT_VERBS for t in inside)


def _between_sides(tokens: list[Token], i: int, actors: set[int]) -> bool:
    """Are two named sides the subjects of the verb (``X и Y обсудили``), or one its subject and
    another its ``с`` complement (``X обсудил с Y``)?"""
    verb = tokens[i]
    sides = [t for t in tokens if t.head_id == verb.id and (t.rel.startswith("nsubj") or t.rel == "obl" and any(
        c.head_id == t.id and c.text.lower() in ("с", "со") for c in tokens))]
    for _ in range(3):  # their names and conjuncts: "министры Индии и Бразилии Джайшанкар и Виейра"
        sides += [t for t in tokens if t not in sides and any(t.head_id == x.id for x in sides)
                  and t.rel in ("conj", "appos", "flat:name", "nmod")]
    return sum(t.start in actors for t in sides) >= 2


def event_scope(tokens: list[Token], trig: list[Token], idx: Index) -> set[str]:
    """Ids of the tokens whose mentions can be the event's participants: the sentence, less the
    subtrees of other event nouns that name actors of their own and neither hold the trigger, stand
    above it nor complete it (as in ``раунд консультаций с …``).  In ``Лавров и Ван И обсудили
    подготовку визита Путина`` Путин is the visit's, not the talk's.  The whole sentence when
    that would leave no actor."""
    by_id = {t.id: t for t in tokens}
    children: dict[str, list[Token]] = {}
    for t in tokens:
        children.setdefault(t.head_id, []).append(t)

    def subtree(t: Token) -> set[str]:
        out, todo = set(), [t]
        while todo:
            node = todo.pop()
            if node.id not in out:
                out.add(node.id)
                todo.extend(children.get(node.id, []))
        return out

    above, node = set(), trig[0]
    while node is not None and node.id not in above:
        above.add(node.id)
        node = by_id.get(node.head_id)
    actors = {t.start for t in tokens if idx.kind(idx.mention(t)) in ("person", "country", "organization")}
    trig_ids = {t.id for t in trig}
    scope = {t.id for t in tokens}
    for t in tokens:
        if (t.pos == "NOUN" and t.id not in above and t.id not in trig_ids and t.head_id not in trig_ids
                and morph.lemma_as(t.text, t.pos) in TRIGGERS and _has_actor(tokens, t, actors)):
            own = subtree(t)
            if not own & trig_ids:
                scope -= own
    if not any(t.start in actors for t in tokens if t.id in scope):
        return {t.id for t in tokens}  # "Стороны приветствовали визит начальника штаба Японии"
    return scope


FIRST_PERSON = frozenset({"мы", "нас", "нам", "нами"})
SPEAKER_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def with_speakers(events: list[Event], doc: Document) -> list[Event]:
    """In a transcript, the speaker of a turn takes part in the meeting or agreement they tell of
    in the first person (``Мы договорились …``), and in a meeting (not a visit) with the one
    person it names (``Переговоры с Президентом Монголии прошли …`` said by the other president)."""
    turns = [(t.start, t.stop, t.speaker) for t in doc.turns]
    if not turns:
        return events
    persons = {e.id for e in doc.entities if e.type == "person"}
    out = []
    for e in events:
        speaker = next((p for a, b, p in turns if a <= e.start < b), None)
        words = {w.lower() for w in re.findall(r"\w+", doc.text[e.start:e.stop])}
        named = [p for p in e.participants if p.entity in persons]
        if (speaker is not None and e.type in SPEAKER_TYPES and speaker not in {p.entity for p in e.participants}
                and (words & FIRST_PERSON or e.type == "CONSULT" and len(named) == 1 and e.mode != "visit")):
            e = dataclasses.replace(e, participants=e.participants + (Participant(speaker, "participant"),))
        out.append(e)
    return out


def _hosting(tokens: list[Token], i: int) -> bool:
    """``принял гостя``: a person as the object, not ``принял решение``."""
    return any(t.head_id == tokens[i].id and t.rel == "obj" and t.pos == "PROPN" for t in tokens)


HAPPEN = frozenset({"состояться", "пройти", "произойти", "начаться", "получиться", "удаться", "проходить"})
CANCEL = frozenset({"отмена", "отменить", "срыв", "сорвать", "перенос", "перенести", "отказ"})
SPEECH = frozenset({"сказать", "заявить", "отметить", "добавить", "подчеркнуть", "сообщить", "заметить",
                    "указать", "напомнить", "признать", "пояснить", "цитировать", "считать"})


def factuality(tokens: list[Token], trigger: list[Token]) -> str:
    lem = lemmas(tokens)
    first = tokens.index(trigger[0])
    head = next((k for k, t in enumerate(tokens) if t.id == trigger[0].head_id), None)
    if (head is not None and lem[head] in CANCEL) or (first > 0 and lem[first - 1] in CANCEL):
        return "negated"  # "отмена визита"
    if head is not None and trigger[0].rel.startswith("nsubj") and head > 0 and lem[head - 1] == "не" \
            and lem[head] in HAPPEN:
        return "negated"  # "переговоры не состоялись"; not "приостановка не пошла на пользу"
    window = lem[max(0, first - 6): first]
    if any(w == "не" for w in lem[max(0, first - 2): first]):
        return "negated"
    if any(w in HYPOTHETICAL_CUES for w in window) or "если" in lem[:first] or "чтобы" in lem[max(0, first - 2):first]:
        return "hypothetical"  # also the consequence of a condition and the aim of "чтобы"
    governing = tokens[head] if head is not None and trigger[0].pos == "NOUN" \
        and trigger[0].rel.startswith("nsubj") and tokens[head].pos in ("VERB", "AUX") else None
    if morph.tense(trigger[0].text) == "futr" or any(w in FUTURE_CUES for w in window) or \
            ("быть" in window and any(morph.tense(t.text) == "futr" for t in tokens[max(0, first - 3):first])) or \
            (governing is not None and morph.tense(governing.text) == "futr"):  # "в мае пройдёт раунд"
        return "planned"
    if head is not None and lem[head] in REQUEST_VERBS and trigger[0].pos == "VERB" and trigger[0].rel == "xcomp":
        return "proposed"  # "потребовала освободить экипаж": what is asked for has not happened
    return "occurred"


def round_of(tokens: list[Token]) -> int | None:
    """``четвертый раунд``, ``первая встреча в таком формате`` → the ordinal."""
    lem = lemmas(tokens)
    for i, w in enumerate(lem):
        if w in ORDINALS and i + 1 < len(lem) and lem[i + 1] in ("раунд", "встреча", "консультация", "заседание"):
            if any(x in ("после", "впервые") for x in lem[i + 2: i + 16]):
                return None  # "первая встреча … после …" counts since an event, not from the start
            return ORDINALS[w]
    return None


def format_of(text: str) -> str | None:
    for pattern, name in FORMATS:
        if pattern.search(text):
            return name
    return None


def _after_place_preposition(tokens: list[Token], i: int) -> bool:
    """``в Пекине``, and ``в префектуре Ямагути``/``в городе Н.`` (a place word between)."""
    if i > 0 and tokens[i - 1].text.lower() in PLACE_PREPOSITIONS:
        return True
    return i > 1 and tokens[i - 1].pos == "NOUN" and tokens[i - 1].text[:1].islower() \
        and tokens[i - 2].text.lower() in PLACE_PREPOSITIONS


def attaches_to(timex, tokens: list[Token], trigger: Token, steps: int = 3) -> bool:
    """Does the time expression depend on the trigger or on the word the trigger depends on
    (``встреча прошла в ноябре``), rather than on another noun (``присоединения … в 2014 году``)?"""
    by_id = {t.id: t for t in tokens}
    inside = [t for t in tokens if timex.start <= t.start < timex.stop]
    heads = [t for t in inside if t.head_id not in {x.id for x in inside}]
    targets = {trigger.id, trigger.head_id}
    for t in heads:
        node = by_id.get(t.head_id)
        if node is not None and node.pos == "NOUN" and node.id not in targets:
            continue  # the date of another noun: "после присоединения … в 2014 году"
        for _ in range(steps):
            if node is None:
                break
            if node.id in targets:
                return True
            if node.pos == "NOUN" and morph.lemma_as(node.text, node.pos) in (TRIGGERS.keys() | EVENT_NOUNS):
                break  # on the way up, the date of another event word ("запуск, произведенный 9 мая")
            node = by_id.get(node.head_id)
    return False


def other_event_date(timex, tokens: list[Token], trigger: Token, linear_only: bool = False) -> bool:
    """Is the time expression the date of another event word of the sentence: one it depends on,
    one standing between it and the trigger, or one a participial clause holding it describes
    (``запуск ракеты, произведенный … 9 мая, является нарушением``)?  ``linear_only``: only the
    last two tests, for an expression already attached to the trigger by syntax."""
    lem = {t.id: morph.lemma_as(t.text, t.pos) for t in tokens}
    inside = {t.id for t in tokens if timex.start <= t.start < timex.stop}
    between = [t for t in tokens if min(trigger.stop, timex.start) <= t.start < max(trigger.start, timex.start)
               and t.id not in inside]
    if any(t.pos == "NOUN" and t.id != trigger.id and (lem[t.id] in TRIGGERS or lem[t.id] in EVENT_NOUNS)
           and not (t.head_id == trigger.id and t.rel.startswith("nsubj"))  # "консультации были приостановлены"
           for t in between):
        return True
    if _in_participial_clause(timex, tokens, trigger):
        return True  # ", произведенный Северной Кореей 9 мая," describes the noun before it
    if linear_only:  # the expression depends on the trigger's own verb: only word order can overrule it
        return False
    by_id = {t.id: t for t in tokens}
    for t in tokens:
        if t.id in inside and t.head_id not in inside:
            node = by_id.get(t.head_id)
            for _ in range(3):
                if node is None or node.id == trigger.id:
                    break
                if lem[node.id] in TRIGGERS or lem[node.id] in EVENT_NOUNS:
                    return True
                node = by_id.get(node.head_id)
    return False


def _in_participial_clause(timex, tokens: list[Token], trigger: Token) -> bool:
    """Is the date inside a comma-delimited participial clause that does not hold the trigger?"""
    commas = [t.start for t in tokens if t.text == ","]
    left = max((c for c in commas if c < timex.start), default=None)
    right = min((c for c in commas if c >= timex.stop), default=None)
    if left is None or right is None or left < trigger.start < right:
        return False
    clause = [t for t in tokens if left < t.start < right]
    return bool(clause) and clause[0].pos == "VERB" and "Case" in clause[0].feats


def event_id(doc_id: str, start: int, type_: str) -> str:
    return "v:" + hashlib.sha1(f"{doc_id}|{start}|{type_}".encode()).hexdigest()[:12]


class EventStage:
    name = "events"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles", "timexes", "turns", "published", "dateline_place"})
    provides = frozenset({"events", "entities"})

    def __call__(self, doc: Document) -> Document:
        idx = Index(doc)
        events: list[Event] = []
        persons = {e.id for e in doc.entities if e.type == "person"}
        last_person: str | None = None
        last_format: str | None = None
        for sentence in doc.sentences:
            tokens = list(sentence.tokens)
            text = doc.text[sentence.start:sentence.stop]
            fmt = format_of(text) or (last_format if SAME_FORMAT.search(text) else None)
            # one event per type, and per planned or not: "обсудили подготовку визита" is a talk and a visit
            seen: set[tuple[str, bool]] = set()
            actors = {t.start for t in tokens if idx.kind(idx.mention(t)) in ("person", "country", "organization")}
            dated = {x.start for x in doc.timexes if sentence.start <= x.start < sentence.stop}
            for type_, mode, trig in find_triggers(tokens, actors, fmt, dated):
                fact = factuality(tokens, trig)
                key = (type_, fact == "planned")
                if key in seen:
                    continue
                seen.add(key)
                event = self._event(doc, idx, sentence, tokens, type_, mode, trig, fmt, last_person, fact)
                if not event.participants and event.format is None and trig[0].pos == "NOUN" and type_ != "CONSULT":
                    continue  # "санкции оказались болезненными": an event noun with nobody's act
                another = any(morph.lemma(t.text) in ANOTHER for t in tokens
                              if t.head_id == trig[0].id and t.rel == "amod")  # "предыдущий раунд" is no restatement
                merged = not another and self._merge_into(events, event, persons, doc.published.precision != "unknown")
                if not merged:
                    events.append(event)
            persons = [m.entity for m in doc.mentions if sentence.start <= m.start < sentence.stop
                       and idx.kind(m) == "person"]
            last_person = persons[-1] if persons else last_person
            last_format = fmt or last_format
        events = with_speakers(events, doc)
        countries = [p.entity for e in events for p in e.participants]
        return doc.replace(events=tuple(events), entities=with_countries(doc.entities, countries))

    def _event(self, doc, idx, sentence, tokens, type_, mode, trig, fmt, last_person, fact: str) -> Event:
        start, stop = sentence.start, sentence.stop
        participants = self._participants(doc, idx, sentence, tokens, trig, type_, mode, last_person)
        date = self._date(doc, tokens, start, stop, trig, fact)
        lem = lemmas(tokens)
        rnd = round_of(tokens) if type_ == "CONSULT" else None
        return Event(id=event_id(doc.id, trig[0].start, type_), type=type_, trigger=" ".join(t.text for t in trig),
                     trigger_start=trig[0].start, trigger_stop=trig[-1].stop, start=start, stop=stop,
                     factuality=fact, mode=mode if type_ == "CONSULT" else None, date=date,
                     place=self._place(doc, idx, tokens, type_, lem, date),
                     participants=tuple(participants), format=fmt if type_ in ("CONSULT", "REQUEST", "SANCTION") else None,
                     round=rnd)

    @staticmethod
    def _participants(doc, idx, sentence, tokens, trig, type_, mode, last_person) -> list[Participant]:
        out: dict[str, str] = {}
        head = trig[0]
        scope = event_scope(tokens, trig, idx)
        subject_ids = {t.id for t in tokens if t.head_id == head.id and t.rel in ("nsubj", "nsubj:pass")}
        speakers = {t.id for t in tokens if t.rel.startswith("nsubj") and head.pos == "NOUN"
                    and any(v.id == t.head_id and morph.lemma_as(v.text, v.pos) in SPEECH for v in tokens)}
        for t in tokens:
            m = idx.mention(t)
            if m is None or m.entity is None or m.entity in out or t.id not in scope:
                continue
            kind = idx.kind(m)
            if kind not in ("person", "country", "organization"):
                continue
            if kind == "organization" and is_media(m, tokens):
                continue  # "пишет газета «…»", "со ссылкой на Reuters": the outlet reports the event
            if any(x.id in speakers for x in tokens if m.start <= x.start < m.stop):
                continue  # "…визита президента, - сказал Лавров": the speaker reports the event
            role = "participant"
            if t.id in subject_ids or any(x.id in subject_ids for x in tokens if m.start <= x.start < m.stop):
                role = "source"
            elif mode == "visit" and kind == "country" and any(
                    p.text.lower() in ("в", "во") for p in tokens if p.stop <= t.start and t.start - p.stop <= 2):
                role = "target"
            out[m.entity] = role
        for t in tokens:  # "японские власти", "российская сторона": a country named by its adjective
            country = gazetteer.adjective_country(t.text) if t.pos == "ADJ" and idx.mention(t) is None else None
            noun = next((x for x in tokens if x.id == t.head_id), None)
            if country and noun is not None and morph.lemma_as(noun.text, noun.pos) in AGENT_NOUNS:
                eid = country_id(country.code)
                subject = noun.head_id == head.id and noun.rel in ("nsubj", "nsubj:pass")
                out.setdefault(eid, "source" if subject else "participant")
            elif "-" in t.text and noun is not None and (noun.id in {x.id for x in trig} or morph.lemma_as(
                    noun.text, noun.pos) in AGENT_NOUNS):  # "японо-российские консультации": both sides
                for c in gazetteer.compound_countries(t.text):
                    out.setdefault(country_id(c.code), "participant")
        if last_person and any(t.text.lower() in ("он", "она") and t.rel in ("nsubj", "nsubj:pass") for t in tokens):
            out.setdefault(last_person, "source")
        return [Participant(e, r) for e, r in out.items()]

    @staticmethod
    def _date(doc, tokens, start, stop, trig, fact: str = "occurred") -> PartialDate:
        """The date of the time expression attached to the trigger; else of one in the sentence
        that is not another event's (``запуск … 9 мая``); else the document's date for an event
        narrated in the past or present, unless the sentence places it earlier."""
        here = [x for x in doc.timexes if start <= x.start < stop and x.relation == "at"]
        attached = [x for x in here if 0 <= x.start - trig[-1].stop <= 1  # "Приостановка в 2014 году"
                    or attaches_to(x, tokens, trig[0]) and not other_event_date(x, tokens, trig[0], True)]
        free = [x for x in here if x not in attached and x.date.precision != "unknown"
                and not other_event_date(x, tokens, trig[0])]
        for group in (attached, free):
            if group:
                return min(group, key=lambda x: abs(x.start - trig[0].start)).date
        lem = lemmas(tokens)
        if any(w in EARLIER_CUES for w in lem):
            return PartialDate()
        past_or_present = morph.tense(trig[0].text) in ("past", "pres", None) and fact in ("occurred", "negated")
        if doc.published.precision == "day" and past_or_present:  # not what is planned or proposed
            return doc.published
        return PartialDate()

    @staticmethod
    def _place(doc, idx, tokens, type_, lem, date) -> str | None:
        if type_ not in ("CONSULT", "COOPERATE", "MOBILIZE", "PROTEST"):
            return None
        places = [idx.mention(t) for i, t in enumerate(tokens) if idx.mention(t) is not None
                  and idx.mention(t).type == "LOC" and _after_place_preposition(tokens, i)]
        visited = [idx.mention(t) for t in tokens if idx.mention(t) is not None and idx.mention(t).type == "LOC"
                   and t.feats.get("Case") == "Acc" and any(v.id == t.head_id and morph.lemma_as(v.text, v.pos)
                                                             in ("посетить", "посещать") for v in tokens)]
        places = visited + places
        if places:  # the most specific: a city or region before a country
            return next((m.entity for m in places if idx.kind(m) != "country"), places[0].entity)
        if type_ == "CONSULT" and doc.dateline_place and date == doc.published and date.precision == "day":
            return doc.dateline_place
        return None

    @staticmethod
    def _merge_act(events: list[Event], new: Event) -> bool:
        """An act other than a meeting told again (a headline, then the body: ``Норвегия высылает
        трех российских дипломатов`` … ``МИД Норвегии объявил персонами нон грата …``) joins the
        last record of its type: same factuality, the same date (or none on both), and the same
        source or two parties in common."""
        same = [e for e in events if e.type == new.type]
        if not same:
            return False
        old = same[-1]
        sources = [{p.entity for p in e.participants if p.role == "source"} for e in (old, new)]
        shared = {p.entity for p in old.participants} & {p.entity for p in new.participants}
        if new.factuality != old.factuality or new.date != old.date \
                or not (sources[0] & sources[1] or len(shared) >= 2):
            return False
        known = {p.entity for p in old.participants}
        events[events.index(old)] = dataclasses.replace(
            old, more=old.more + (Span(new.start, new.stop, "same event"),),
            participants=old.participants + tuple(p for p in new.participants if p.entity not in known))
        return True

    @staticmethod
    def _merge_into(events: list[Event], new: Event, persons: set[str], doc_dated: bool = False) -> bool:
        """A meeting reported again later in the document (``в ходе встречи``, ``переговоры проходили в
        формате …``) joins the earlier record as further evidence: same type CONSULT, the same date
        (or none of its own), the same factuality, no other round or format, and either the same
        format or no new person."""
        if new.type != "CONSULT":
            return EventStage._merge_act(events, new)
        same = [e for e in events if e.type == new.type]
        if new.format:  # "встреча в формате X" joins the last meeting of that format
            same = [e for e in same if e.format == new.format] or same
        if not same:
            return False
        old = same[-1]
        new_people = {p.entity for p in new.participants} - {p.entity for p in old.participants}
        same_format = new.format is not None and new.format == old.format
        new_persons = [p for p in new.participants if p.entity in new_people and p.entity in persons]
        # "Переговоры прошли в формате …" after a lead dated by its own expression, in an undated text
        # (in a dated text an event without a date is one the text places earlier)
        undated = new.date.precision == "unknown" and not doc_dated
        if (new.round and old.round and new.round != old.round) or (new.date != old.date and not undated) \
                or new.factuality != old.factuality or (new.format and old.format and new.format != old.format) \
                or (not same_format and new_persons):
            return False
        known = {p.entity for p in old.participants}
        merged = dataclasses.replace(old, more=old.more + (Span(new.start, new.stop, "same event"),),
                                     participants=old.participants + tuple(p for p in new.participants
                                                                           if p.entity not in known),
                                     round=old.round or new.round, place=old.place or new.place,
                                     format=old.format or new.format)
        events[events.index(old)] = merged
        return True
