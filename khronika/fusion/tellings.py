"""What a report's own sentence tells of the act beyond its type: a host receiving a guest (``Президент принял во
дворце премьер-министра …``), whatever mode the event stage gave the meeting (a visit, when the guest's ``визит``
was its trigger), and what an agreement is about — the next meeting (``договорились, что следующий раунд состоится
…``, ``договорились о проведении …``) or something else (``договорились наладить обмен данными …``).  Words:
``data/fusion_words.tsv``."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import gazetteer, lexicon
from ..morph import fold, lemma, parses

_WORDS = lexicon.words("fusion_words.tsv")
_RECEIVE, _GUESTS, _NOT_RECEIVED = _WORDS["RECEIVE_VERBS"], _WORDS["GUEST_WORDS"], _WORDS["NOT_RECEIVED"]
_PEERS = _WORDS["PEER_WORDS"]
_GUESTS_OR_PEERS = _GUESTS | _PEERS
_MEETING, _VAGUE, _SKIP = _WORDS["MEETING_WORDS"], _WORDS["MEETING_VAGUE"], _WORDS["AGENDA_SKIP"]
_TOKEN = re.compile(r"\w+(?:-\w+)*")
_GUEST_REACH = 5  # words from the verb to its object (``принял в резиденции в столице главу правительства``)
_AGENDA_REACH = 6  # words from an agreement's verb to what it is about


def _lemma(word: str) -> str:
    return fold(lemma(word))


def _received(sentence: str) -> Iterator[list[str]]:
    """The lemmas of the few words after each form of ``принять`` (not the infinitive of a plan, nor a participle)
    that may be its object, skipping what makes it no reception (``принял участие``, ``приняла решение``)."""
    words = _TOKEN.findall(sentence)
    for i, w in enumerate(words):
        if _lemma(w) not in _RECEIVE or not any(p.tag.POS == "VERB" for p in parses(w.lower())[:1]):
            continue
        after = [_lemma(x) for x in words[i + 1:i + 1 + _GUEST_REACH]]
        if not after or after[0] not in _NOT_RECEIVED:  # "принял участие во встрече коллег"
            yield after


def receives(sentence: str) -> bool:
    """The sentence tells a host receiving a guest: a form of ``принять`` whose object, within a few words, is a
    person by office, a delegation or a guest (``_received``)."""
    return any(x in _GUESTS for after in _received(sentence) for x in after)


def receives_peers(sentence: str) -> bool:
    """The sentence tells a host receiving his counterparts (``принял коллегу``, ``принимали австралийских коллег``,
    ``принял своего визави``: ``PEER_WORDS``): talks of peers, the sitting itself, not a reception beside it."""
    return any(next((x for x in after if x in _GUESTS_OR_PEERS), None) in _PEERS for after in _received(sentence))


def _modifier(word: str) -> bool:
    """An adjective or an ordinal before the noun an agreement is about (``следующий``, ``четвертый``, ``4-й``)."""
    if any(c.isdigit() for c in word) or re.fullmatch(r"[IVXLC]+", word):
        return True  # "4-й", "XV"
    found = parses(word.lower())[:1]
    return bool(found) and found[0].tag.POS in ("ADJF", "ADJS", "PRTF", "NUMR")


_READY = _WORDS["READY_WORDS"]
_READY_REACH = 4  # words from a readiness to the meeting it offers (``готов принять у себя шестой раунд``)
_CLAUSE = re.compile(r"[,;:—–()«»\"]")


def offered(sentence: str, at: int) -> bool:
    """The meeting whose trigger starts at ``at`` is one a side says it is ready to hold or host (``готова провести
    заседание комиссии``, ``готов принять очередной раунд``; ``READY_WORDS`` within a few words before it, in its
    clause): an offer, not a meeting fixed."""
    if at <= 0:
        return False
    clause = _CLAUSE.split(sentence[:at])[-1]
    return any(_lemma(w) in _READY for w in _TOKEN.findall(clause)[-_READY_REACH:])


def agrees_to_meet(sentence: str, trigger: str) -> bool | None:
    """Is the agreement the sentence tells (its verb ``trigger``) about a meeting to come (``договорились, что
    следующий раунд состоится в X``, ``условились о проведении встречи``, ``согласовали дату следующей встречи``)?
    False when it is about something else first (``договорились наладить обмен … и провести раунд``); None when the
    verb is not found, nothing follows it, or it is about talks as a process (``договорились возобновить переговоры
    о …``)."""
    verb = fold(trigger.split(" ")[0]) if trigger else ""
    words = _TOKEN.findall(sentence)
    at = next((i for i, w in enumerate(words) if fold(w) == verb), None)
    if not verb or at is None:
        return None
    if _fronted_meeting(words[max(0, at - _AGENDA_REACH):at]) and words[at + 1:at + 2] \
            and _lemma(words[at + 1]) in _SKIP:  # "Следующую встречу стороны договорились провести в X"
        return True
    for w in words[at + 1:at + 1 + _AGENDA_REACH]:
        if _lemma(w) in _SKIP or _modifier(w):
            continue
        return None if _lemma(w) in _VAGUE else _lemma(w) in _MEETING
    return None


def _fronted_meeting(words: list[str]) -> bool:
    """A meeting named as the object before the agreement's verb (``Следующую встречу``, ``13-е заседание
    комиссии``): a word of a meeting that may be accusative, not after a preposition (``на встрече``)."""
    for i, w in enumerate(words):
        if _lemma(w) in _MEETING and any(p.tag.case == "accs" for p in parses(w.lower())) \
                and not (i and any(p.tag.POS == "PREP" for p in parses(words[i - 1].lower())[:1])):
            return True
    return False


_OBJECT_SKIP, _HELD, _ABOUT = _WORDS["OBJECT_SKIP"], _WORDS["OBJECT_HELD"], _WORDS["OBJECT_ABOUT"]
CHARGES = _WORDS["REFUSED_CHARGES"]  # what a refusal of a charge or a protest rejects ("отверг обвинения соседей",
# "отклонил ноту"): the object, whose genitive is who made it; not a demand refused beside it (acts.refused_apart)
_PAPERS = _WORDS["OBJECT_GENERIC"] | _WORDS["OBJECT_FORMS"]  # a paper's noun, capitalised as its title
_OBJECT_REACH = 10  # words from an act's verb to the head noun of its object
_CASES = ("nomn", "accs", "gent", "loct")  # an object's cases (``11 документов``; ``договорились о рейсах``)


def _noun(word: str):
    """pymorphy3's first reading of a lower-case word when it is a noun, else None."""
    found = parses(word.lower())[:1]
    return found[0] if found and found[0].tag.POS == "NOUN" else None


def _passive(word: str) -> bool:
    """A short passive participle (``подписана``, ``согласован``): its object is its subject, told before it too."""
    return any(p.tag.POS == "PRTS" for p in parses(word.lower())[:1])


@functools.lru_cache(maxsize=4096)  # asked of each report and again by _head_at
def act_object(sentence: str, trigger: str) -> str | None:
    """The head noun of what an act is done to, lemmatised (``подписали совместную декларацию``, ``декларация была
    подписана``, ``договорились в течение года снять пошлины``: ``декларация``, ``пошлина``): the first common noun
    after its verb (or its act noun) in the nominative, accusative or genitive, read past modifiers, infinitives,
    the words of ``OBJECT_SKIP``, names (a capitalised word: a party, not an object), nouns in other cases (to whom:
    ``вручил послу ноту``) and prepositional phrases with their genitives (``в течение шести месяцев``); a count or a
    process (``число рейсов``, ``о создании комиссии``) gives its genitive where one follows; a noun of the agreement
    itself (``OBJECT_ABOUT``: ``стала договоренность о смешанной комиссии``), what it is about (for a generic one, its
    field: ``соглашение о сотрудничестве в области рыболовства``; with none, the agreement noun).  For a passive verb
    with nothing after it, the nominative before it.  None when the verb is not found or no such noun is near."""
    verb = fold(trigger.split(" ")[0]) if trigger else ""
    words = _TOKEN.findall(sentence)
    at = next((i for i, w in enumerate(words) if fold(w) == verb), None)
    if not verb or at is None:
        return None
    found = _object_after(words[at + 1:at + 1 + _OBJECT_REACH])
    if found in _ABOUT:  # "стала договоренность о смешанной комиссии": what the agreement is about
        found = _about(words[at + 1:at + 1 + _OBJECT_REACH], found) or found
    if found or not (_passive(words[at]) or at and _passive(words[at - 1])):
        return found
    for w in reversed(words[max(0, at - 4):at]):  # "Совместная декларация была подписана"
        if (n := _noun(w)) is not None and not _named(w):
            return fold(n.normal_form) if n.tag.case == "nomn" else None
    return None


def _about(words: list[str], noun: str) -> str | None:
    """The head noun of what an agreement noun (``OBJECT_ABOUT``, the first of ``words`` whose lemma is ``noun``) is
    about, told right after it with ``о``/``об`` (``договоренность о продлении моратория``: ``мораторий``); for a
    generic one (``о сотрудничестве``), the field after it (``в области рыболовства``: ``рыболовство``), else None."""
    at = next((i for i, w in enumerate(words) if _lemma(w) == noun), None)
    if at is None or at + 1 >= len(words) or words[at + 1].lower() not in ("о", "об", "обо"):
        return None
    about = _object_after(words[at + 2:])
    if about in _GENERIC:  # "о сотрудничестве в области рыболовства": the field
        at = next((i for i in range(at + 2, len(words)) if _lemma(words[i]) == about), len(words))
        field = words[at + 1:at + 3]
        return _object_after(words[at + 3:]) if len(field) == 2 and field[0].lower() in ("в", "во") \
            and _lemma(field[1]) in _FIELDS else None
    return about


def _object_after(words: list[str]) -> str | None:
    phrase, held = 0, None  # 1: after a preposition, 2: after its noun (its genitives follow); a count or process noun
    for w in words:
        found = parses(w.lower())[:1]
        pos = found[0].tag.POS if found else None
        if pos == "PREP" and _lemma(w) not in _OBJECT_SKIP:
            phrase = 1
            continue
        if pos == "INFN":  # "договорились в течение года снять …": the infinitive's object
            phrase = 0
            continue
        if phrase == 1 and _named(w):  # a name is its preposition's noun ("подписали в Асунсьоне меморандум"): what
            phrase = 2  # follows in another case than the genitive is the object
            continue
        if _lemma(w) in _OBJECT_SKIP or _modifier(w) or pos in ("ADVB", "CONJ", "PRCL") or _named(w):
            continue
        if pos != "NOUN":
            return held
        case, name = found[0].tag.case, fold(found[0].normal_form)
        case = "accs" if "Fixd" in found[0].tag else case  # an indeclinable noun: any case ("коммюнике")
        if phrase == 1 or phrase == 2 and case == "gent":
            phrase = 2
            continue
        phrase = 0
        if held:
            return name if case == "gent" else held
        if case not in _CASES:
            continue  # to whom ("вручил послу ноту")
        if (name in _HELD or name.endswith(("ние", "тие"))) and name not in CHARGES:
            held = name
            continue
        return name
    return held


def _named(word: str) -> bool:
    """A capitalised word that names a party, not an object: not a paper's noun capitalised as its title (``подписали
    Протокол пятого заседания``, ``Меморандум о взаимопонимании подписан``, ``Соглашение о …``: ``_PAPERS``)."""
    return word[:1].isupper() and _lemma(word) not in _PAPERS


_THING_REACH = 3  # words after an object's head noun that tell which one it is (``группу по вопросам миграции``)
_PHRASE = re.compile(r"\w+(?:-\w+)*|[^\w\s-]")


def object_phrase(sentence: str, trigger: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words around the head noun of an act's object (``act_object``) within its phrase, lemmatised: the nouns of a
    process it is the object of, between the verb and it (``начать разминирование участков``: ``разминирование``), and
    after it up to ``_THING_REACH`` nouns, adjectives and names to the first punctuation mark, conjunction, verb or
    preposition other than one of what it is about (``_OF``; ``создать рабочую группу по вопросам миграции, а также
    …``: ``вопрос``, ``миграция``) — what tells one commission, group or plan from another (``комиссия по
    рыболовству``, ``комиссия по границе``); not the generic words of any agreement (``сотрудничество``), nor a country
    (``комиссия России и Перу``).  Empty when no object is found."""
    tokens, at, start = _head_at(sentence, trigger)
    if start is None:
        return (), ()
    process = tuple(x for w in tokens[at + 1:start] if (x := _lemma(w)).endswith(("ние", "тие")) and _noun(w)
                    and x not in _ABOUT)  # "соглашение о торговле": the agreement itself, no process
    found: list[str] = []
    after = tokens[start + 1:]
    for i, w in enumerate(after):
        if not re.match(r"\w", w) or len(found) >= _THING_REACH:
            break
        parse = parses(w.lower())[:1]
        pos = parse[0].tag.POS if parse else None
        if w.lower() in ("в", "во") and i + 1 < len(after) and _lemma(after[i + 1]) in _FIELDS or _lemma(w) in _FIELDS:
            continue  # "о сотрудничестве в области рыболовства": what it is about, told by its field
        if pos in ("CONJ", "VERB", "INFN", "PRTS") or pos == "PREP" and w.lower() not in _OF:
            break  # "авиарейсы между столицами", "с весны": when and where, not which
        name = _lemma(w)
        if pos in ("NOUN", "ADJF", None) and not w.isdigit() and name not in _GENERIC and name not in _OBJECT_SKIP \
                and not _country(w):
            found.append(name)
    return process, tuple(found)


@functools.lru_cache(maxsize=4096)  # read by object_phrase and object_kind of each report
def _head_at(sentence: str, trigger: str) -> tuple[tuple[str, ...], int | None, int | None]:
    """The sentence's tokens (``_PHRASE``) and where the act's verb and the head noun of its object (``act_object``)
    stand among them: the head after the verb, or before it (``Совместная декларация была подписана``); None where
    either is not found."""
    tokens = tuple(_PHRASE.findall(sentence))
    head = act_object(sentence, trigger)
    verb = fold(trigger.split(" ")[0]) if trigger else ""
    at = next((i for i, w in enumerate(tokens) if fold(w) == verb), None)
    if head is None or at is None:
        return tokens, at, None
    start = next((i for i in range(at + 1, len(tokens)) if _lemma(tokens[i]) == head), None)
    if start is None:
        start = next((i for i in reversed(range(at)) if _lemma(tokens[i]) == head), None)
    return tokens, at, start


def object_kind(sentence: str, trigger: str) -> tuple[str, ...]:
    """The adjectives right before an object's head noun that tell which of its kind it is (``создать деловой
    совет``: ``деловой``; ``координационный совет``), lemmatised; not those any body of two sides may be given
    (``BODY_PLAIN``: ``совместная``, ``межправительственная``, ``смешанная``), nor a country's, a pair's adjective
    (``перуанской``, ``российско-либерийскую``).  Empty when none, or no object is found."""
    tokens, _, start = _head_at(sentence, trigger)
    found: list[str] = []
    for w in reversed(tokens[:start] if start else ()):
        parse = parses(w.lower())[:1]
        if not parse or parse[0].tag.POS not in ("ADJF", "PRTF"):
            break
        name = _lemma(w)
        if name not in _PLAIN and not gazetteer.adjective_country(w.split("-")[-1]):
            found.append(name)
    return tuple(found)


_GENERIC = _WORDS["OBJECT_GENERIC"]
_FIELDS = _WORDS["OBJECT_FIELDS"]
_PLAIN = _WORDS["BODY_PLAIN"]
_OF = frozenset({"по", "о", "об", "для", "против"})  # prepositions of what a body, plan or treaty is about


def _country(word: str) -> bool:
    """A country, its capital or its adjective (``России``, ``Лимой``, ``перуанской``)."""
    return bool(word[:1].isupper() and gazetteer.country_or_capital(word)
                or gazetteer.adjective_country(word))
