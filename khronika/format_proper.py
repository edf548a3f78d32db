"""Proper names of bodies, for ``format_names.py`` and ``formats.py``: a gazetteer alias inside a longer proper
name (``саммит альянса``, NATO's summit, is not ``саммит Альянса государств Анд`` nor ``саммит Альянса Тихого
океана``, which name other bodies) or after such a name (of that body), and the words that go on with a body's name
(``Совета экономического партнерства высокого уровня Перу и …``), where such words end (a predicate), and
the nominative of a name's adjectives of their own stem; the complement ``по …`` of a body's name (``by_topic``)."""
from __future__ import annotations

import dataclasses
import re

from . import morph
from .gazetteer import adjective_country
from .ids import is_country

_WORD = re.compile(r"\w+")


def inside_name(sentence: str, alias: str, words: list, i: int, k: int) -> bool:
    """An alias ending in a common noun (``саммит альянса``) whose noun the text capitalises and goes on with a
    name of its own (``саммит Альянса государств Анд``, ``Альянса Тихого океана``): a longer name, not the alias."""
    last = _WORD.findall(alias)[-1]
    word = words[i + k - 1].group()
    if not last.islower() or not word[:1].isupper() or i + k - 1 == 0 or i + k >= len(words):
        return False
    nxt = words[i + k]
    if sentence[words[i + k - 1].end():nxt.start()] != " ":
        return False
    return nxt.group()[:1].isupper() or any(p.tag.POS == "NOUN" and p.tag.case == "gent"
                                            for p in morph.parses(nxt.group().lower())[:1])


_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
# Words that end a body's name: its sides ("двух стран", "Перу и Чили"), a preposition or a relative pronoun.
_NOT_NAME = frozenset("и с со а но не ни в во на между под при за до после для от из у о об который которая "
                      "которое которые которой которого котором которых двух обеих обоих трех трёх стран сторон "
                      "государств".split())
COMPLEMENT_WORDS = 5  # the most words that go on with a body's name


def complement(sentence: str, at: int) -> tuple[str, int] | None:
    """The lower-case words after a body's head noun that are part of its name, up to its sides, a verb or a
    punctuation mark (``Совета экономического партнерства высокого уровня Перу`` → ``экономического партнерства
    высокого уровня``), with where they end; None where there are none."""
    words, stop = [], at
    after_po = re.search(r"(?<![\w-])по\s*$", sentence[:at], re.I) is not None  # "Комитета по …": its dative goes on
    while len(words) < COMPLEMENT_WORDS and (m := _NEXT_WORD.match(sentence, stop)):
        w = m.group(1)
        parses = morph.parses(w.lower())
        if not w.islower() or w in _NOT_NAME or parses and parses[0].tag.POS in ("VERB", "INFN", "GRND", "ADVB",
                                                                                   "PRTS", "PRTF"):
            break
        after_po = after_po or w.lower() == "по"
        if not after_po and parses and not any(p.tag.case in ("gent", "gen2") for p in parses):
            break  # a name goes on in the genitive: not the object after it ("через Совет все предложения")
        if not after_po and _subject_of_next(sentence, m.end(), parses):
            break  # "На XIII заседании Двусторонней комиссии стороны договорились …": the next clause's subject
        words.append(w)
        stop = m.end()
    if words and words[-1].lower() == "по":  # "совета по Сен-Пьеру и Микелону": a name after it is no word of ours
        words.pop()
        stop = sentence.rindex("по", at, stop)
    return (" ".join(words), stop) if words else None


def _subject_of_next(sentence: str, end: int, parses: list) -> bool:
    """Is the word (``parses``) ending at ``end`` a plural subject of the finite verb right after it (``комиссии стороны
    договорились``), not a genitive of the name?"""
    nxt = _NEXT_WORD.match(sentence, end)
    verb = morph.parses(nxt.group(1).lower())[:1] if nxt else []
    return bool(verb) and verb[0].tag.POS == "VERB" and verb[0].tag.number == "plur" \
        and any(p.tag.case == "nomn" and p.tag.number == "plur" for p in parses)


# Words that end a topic of talks ("переговоры о статусе Протокола Б к Соглашению …"): a preposition of place or
# time, a conjunction, a relative pronoun; "о", "об", "к", "по" go on with it.
_NOT_TOPIC = frozenset("и а но не ни в во на между под при за до после для от из у с со который которая которое "
                       "которые которой которого котором которых".split())
TOPIC_WORDS = 10  # the most words of a topic


def topic(sentence: str, at: int) -> tuple[str, int] | None:
    """The words after ``переговоров о``/``по`` that tell what talks are about, capitalised names of documents and
    places included (``статусе Протокола Б к Соглашению о транзите``), up to punctuation, a number, a predicate or
    a word of ``_NOT_TOPIC``, with where they end; None where there are none."""
    words, stop = [], at
    while len(words) < TOPIC_WORDS and (m := _NEXT_WORD.match(sentence, stop)):
        w = m.group(1)
        if w.lower() in _NOT_TOPIC or w[:1].isdigit() or is_predicate(w.lower()) \
                or any(p.tag.POS in ("PRTF", "PRTS") for p in morph.parses(w.lower())[:1]):
            break
        words.append(w)
        stop = m.end()
    while words and words[-1].lower() in ("о", "об", "к", "по"):
        stop = sentence.rindex(words.pop(), at, stop)
    return (" ".join(words), stop) if words else None


def named_before(named: list, mentioned: list) -> list:
    """A gazetteer alias in common nouns (``саммит альянса``) in a document that named a body of that noun in full
    before (``Саммит Альянса государств Анд``): that body (``Первый саммит альянса прошел …`` is its), not the
    gazetteer's mechanism."""
    out = []
    for n in named:
        words = _WORD.findall(n.alias) if n.fixed and n.alias and n.alias.islower() else []
        noun = morph.lemmas(words[-1]) if len(words) >= 2 else set()
        fits = {m.name: m for m in mentioned if not m.fixed and m.start >= 0 and len(m.name.split()) > 2
                and m.name.split()[1][:1].isupper() and noun & morph.lemmas(m.name.split()[1].lower())
                and m.name.split()[0] == words[0]}
        if not n.fixed and not fits:  # "Большой смешанной комиссии" after "Большой смешанной комиссии … сотрудничества"
            fits = {m.name: m for m in mentioned if not m.fixed and m.type == n.type
                    and m.name.lower().startswith(n.name.lower() + " ")}
        out.append(dataclasses.replace(next(iter(fits.values())), surface="", start=-1, stop=-1, spans=())
                   if len(fits) == 1 else n)
    return out


def is_predicate(word: str) -> bool:
    """A verb, a participle, a gerund or an adverb: the complement has ended ("… по Ливии соберётся")."""
    parses = morph.parses(word)
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "GRND", "ADVB", "PRTS")


def cut_phrase(phrase: str) -> str:
    """``по вопросам стратегической стабильности прошёл во вторник`` → ``по вопросам стратегической
    стабильности``: the complement ends at a verb, a participle or an adverb, or at ``в``/``во``."""
    words = phrase.split()
    for i in range(2, len(words)):
        if words[i] in ("в", "во") or is_predicate(words[i]):
            return " ".join(words[:i])
    return phrase


def inflected(parse, wanted: set, word: str):
    """The form of ``wanted`` of the word's own stem: ``Высшего`` → ``высший`` (not ``высочайший``, another
    superlative of its lexeme that ``inflect`` gives first)."""
    form = parse.inflect(wanted)
    if form is None or form.word[:4] == word.lower()[:4]:
        return form
    return next((f for f in parse.lexeme if wanted <= set(f.tag.grammemes) and f.word[:4] == word.lower()[:4]), form)


# The members of a group told as the subject of its meeting (``Министры … стран провели встречу``), not a meeting's noun
# (``встреча министров … стран``, ``консультативное совещание лидеров …``).
GROUP_MEMBERS = re.compile(r"(?:министр|лидер|глав|президент|премьер)", re.I)


def group_meeting(words: list[str]) -> str:
    """The meetings of a group told by its members as the subject (``Министры иностранных дел альпийских стран``):
    ``встреча министров иностранных дел альпийских стран``."""
    parse = morph.parses(words[0].lower())[0]
    form = inflected(parse, {"gent", "plur"}, words[0])
    return "встреча " + " ".join([form.word if form else words[0].lower()] + [w.lower() for w in words[1:]])


# A complement "по …": up to five words, cut at punctuation or at a word that starts another phrase.
_TAIL_WORD = re.compile(r"\s+([\w-]+)")
_TAIL_STOP = frozenset("а но не ни в во на между под при за до после для от из у о об который которая которое которые "
                       "которой которого котором которых двух обеих обоих трех трёх".split())  # "… границы двух стран"


# "в" that goes on with the complement's topic rather than starting a new phrase: "по сотрудничеству в сфере
# безопасности", "по взаимодействию в области энергетики", "по сотрудничеству в вопросах миграции".
_SPHERE = re.compile(r"\s+(?:сфер[еаы]|сферах|област(?:и|ях)|вопросах)\s+[а-яё]", re.I)
# A noun a proper name follows in a mechanism's complement: "комиссия по реке Пилькомайо", "по озеру Титикака".
_NAMED_PLACE = re.compile(r"(?:рек|озер|мор|залив|пролив|бассейн|остров)\w*$")
# A sea, a gulf or a basin the mechanism's cooperation is in: "комиссия по сотрудничеству в Финском заливе" (not a city,
# where its session is held: "заседание комиссии по сотрудничеству в Москве")
_WATERS = re.compile(r"\s+(?:[А-ЯЁ][а-яё]+(?:ом|ем|ой|ей)\s+)?(?:залив|мор|пролив|бассейн|акватори)\w*(?!\w)")


def by_topic(sentence: str, at: int) -> tuple[str, int] | None:
    """The complement "по …" of a body's name from ``at`` (after its "по"), in lower case, and where it ends: up to
    five words (and the two of its sphere), cut at punctuation or at a word that starts another phrase (``по торговле
    и инвестициям``, ``по сотрудничеству в сфере безопасности``, ``по реке Пилькомайо``)."""
    words, stop, extra = [], at, 0
    while len(words) < 5 + extra:
        m = _TAIL_WORD.match(sentence, stop)
        if not m:
            break
        w = m.group(1)
        low = w.lower()
        after = sentence[m.end():].lstrip()[:1]
        if low in ("в", "во") and (_SPHERE.match(sentence, m.end()) or _WATERS.match(sentence, m.end())):
            extra = 2  # the topic goes on: "в сфере безопасности", "в Финском заливе" (its two words not counted)
        elif words and (low in _TAIL_STOP or low in ("и", "с", "со") and (not after.isalpha() or after.isupper()) or
                        w[:1].isupper() and words[-1].lower() not in ("и", "в", "во")
                        and not _NAMED_PLACE.match(words[-1].lower()) or is_predicate(low)):
            break
        words.append(w)
        stop = m.end()
    while words and words[-1].lower() == "и":
        words.pop()
        stop = sentence.rindex(" и", at, stop)
    return (" ".join(words).lower(), stop) if words else None


PROPER_FORMAT = "именной формат"  # data/format_patterns.tsv: a format named by a proper adjective
PROPER_NOUNS = re.compile(r"(?:формат|треугольник|четв[её]рк|тройк|пят[её]рк|квартет)\w*$", re.I)  # its nouns
_OPENING = re.compile(r"^[\s«\"„“(—–-]*$")


def proper_bare(sentence: str, at: int) -> bool:
    """A capitalised adjective before ``формат`` not in quotes (``в так называемом Карловарском формате``): a proper
    name where it is not the sentence's first word, or where the dictionary does not know it (``Тиранский формат
    снова жив``); a sentence opening with a common adjective (``Министерский формат …``) names none, nor does a
    country's adjective (``Российский формат``)."""
    word = _WORD.match(sentence, at).group().lower()
    if adjective_country(word):
        return False
    if not _OPENING.match(sentence[:at]):
        return True
    return not any(morph.from_dictionary(p) for p in morph.parses(word))


def proper_format(head: str) -> tuple[str, str]:
    """The name and the text's own name of a format named by a proper adjective: ``Люблинском треугольнике`` →
    (``Люблинский формат``, ``Люблинский треугольник``); ``Вышеградская четвёрка`` → (``Вышеградский формат``, …)."""
    adjective, noun = head.split()[:2]
    parse = next((p for p in morph.parses(adjective.lower()) if p.tag.POS == "ADJF"), None)
    noun_parse = next((p for p in morph.parses(noun.lower()) if p.tag.POS == "NOUN"), None)
    if parse is None or noun_parse is None:
        return head, head
    gender = str(noun_parse.tag.gender or "masc")
    masc = inflected(parse, {"nomn", "sing", "masc"}, adjective)
    own = inflected(parse, {"nomn", "sing", gender}, adjective)
    cap = lambda w: w[:1].upper() + w[1:]  # noqa: E731
    name = cap(masc.word if masc else adjective.lower()) + " формат"
    return name, cap(own.word if own else adjective.lower()) + " " + noun_parse.normal_form


def met_sides(sides: list[str], entries: list[dict], events: list[dict]) -> list[str]:
    """The sides of a format of a proper name (``Карловарский формат``): those its sentence names and the countries
    taking part in the meetings its entries cite (``Премьер-министры X, Y и Z встретились … в Карловарском
    формате``)."""
    cited = {v for e in entries if e["status"] in ("round", "meeting", "resumed") for v in e["events"]}
    met = {p["entity"] for e in events if e["id"] in cited for p in e["participants"] if is_country(p["entity"])}
    return sorted(set(sides) | met)
