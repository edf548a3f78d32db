"""Rules that shrink a span to its name: marks at the edges, a job title, a legal form or kind
before a quoted name, a street or feature word."""
from __future__ import annotations

import re

from ... import lexicon, names
from ...morph import fold
from ...names_link import ADDRESS_WORDS, HONORIFICS, STYLES, name_honorific
from ...records import Mention
from .context import Context, has_word, lemma, part
from .lexicon import (
    FEATURE_WORDS,
    GROUP_WORDS,
    MEMORIAL_WORDS,
    ORG_KIND_WORDS,
    PAIRS,
    QUESTION_WORDS,
    STREET_WORDS,
    is_country,
    known_kind,
)

_EDGE_MARKS = " \t\n•·;,|—–-:"


def trim_edges(spans: list[Mention], c: Context) -> list[Mention]:
    """Names start and end with a word: strip spaces, dashes and list marks at the edges, brackets
    and quotes left unpaired, and quotes around the whole span (``«Северсталь»`` → ``Северсталь``)."""
    out = []
    for m in spans:
        a, b = m.start, m.stop
        while a < b:
            s = c.text[a:b]
            if s[0] in _EDGE_MARKS or (s[0] in PAIRS and PAIRS[s[0]] not in s[1:]) or s[0] in ")»”":
                a += 1
            elif s[-1] in _EDGE_MARKS or (s[-1] in ")]»“”" and not _opened(s[:-1], s[-1])) or s[-1] in "(«„[":
                b -= 1
            elif s[0] in "«„\"" and s[-1] in "»“”\"" and len(s) > 2 and not re.search(r"[«»„“”\"]", s[1:-1]):
                a, b = a + 1, b - 1
            elif s.count('"') % 2 and (s[0] == '"' or s[-1] == '"'):  # an unpaired straight quote
                a, b = (a + 1, b) if s[0] == '"' else (a, b - 1)
            else:
                break
        if (a, b) == (m.start, m.stop):
            out.append(m)
        elif a < b and has_word(c.text[a:b]):
            out.append(part(m, a, b, c))
    return out


def _opened(s: str, closer: str) -> bool:
    return any(o in s for o, cl in PAIRS.items() if cl == closer) or (closer == "“" and "„" in s)


def trim_title(spans: list[Mention], c: Context) -> list[Mention]:
    """A job title before an organisation is not part of its name: ``Замглавы Федеральной
    таможенной службы`` → ``Федеральной таможенной службы``; nor a word of address or an honorific before a
    person's (``Уважаемый Иван Петрович`` → ``Иван Петрович``, ``Сеньор Хуан Перес`` → ``Хуан Перес``), nor a thing
    named after the person (``Мавзолей Кемаля Ататюрка`` → ``Кемаля Ататюрка``), nor a
    style (``Превосходительство Хуан Перес`` → ``Хуан Перес``; the style alone is no name); an
    office and its field (``Министры иностранных дел Чили``) are people, no organisation at all."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type in ("ORG", "PER") else []
        head = words[0].text.lower() if words else ""
        if m.type == "PER" and len(words) >= 2 and fold(words[0].text) in _POSSESSIVES \
                and lemma(words[1].text) in STYLES:  # "Его Величество Султан …": the style with its pronoun
            words = words[1:]
        styled = m.type == "PER" and bool(words) and lemma(words[0].text) in STYLES
        if styled and all(names.title_lemma(x.text) for x in words[1:]):
            continue  # "Ваше Превосходительство", "Её Величество", "Его Величество Султан": a style, no name
        addressed = m.type == "PER" and (head in ADDRESS_WORDS | HONORIFICS or styled
                                         or bool(words) and lemma(words[0].text) in MEMORIAL_WORDS)
        honorific = _name_honorific(words) if m.type == "PER" else 0
        if honorific and honorific == len(words):
            continue  # "Датук Сери": an honorific, no name (the name the tagger split off follows)
        if honorific:
            m = part(m, words[honorific].start, m.stop, c)
        elif len(words) >= 2 and words[1].text[:1].isupper() and (
                m.type == "ORG" and names.title_lemma(words[0].text) or addressed):
            m = part(m, words[1].start, m.stop, c)
        elif m.type == "ORG" and len(words) >= 2 and words[0].text[:1].isupper() and not words[1].text[:1].isupper() \
                and words[0].pos == "NOUN" and names.title_lemma(words[0].text):  # not "Верховный суд"
            continue  # "Министры иностранных дел Чили": people by their office, no organisation
        out.append(m)
    return out


_PRONOUNS = lexicon.words("pronouns.tsv")
# "Его", "Ваше" before a style: the possessives of data/pronouns.tsv
_POSSESSIVES = _PRONOUNS["HIS"] | _PRONOUNS["HER"] | _PRONOUNS["THEIR"] | _PRONOUNS["YOU"]


def _name_honorific(words) -> int:
    """The number of words of an honorific opening a person's span before a capitalised word or ending it
    (``Датук Сери Амран Юсоф``, ``Датин Сити Рамли``, ``Датук Сери``, ``Лёнченом Таши Пенджором``),
    else 0: no office, no part of the name."""
    k = 0
    while k < len(words) and name_honorific(words[k].text, part=k > 0):
        k += 1
    rest = words[k:]
    return k if k and (not rest or rest[0].text[:1].isupper()) else 0


def trim_legal_form(spans: list[Mention], c: Context) -> list[Mention]:
    """An organisation's name is what stands in quotes after its legal form or kind: ``ОАО
    «Северсталь»``, ``РИА «Восток»``, ``концерн «Сименс»`` → the quoted name; unquoted, a listed
    legal form or agency prefix and an organisation-kind word are dropped (``ИА Reuters``,
    ``агентство Bloomberg``)."""
    out = []
    for m in spans:
        q = re.match(r"^(.+?)\s*[«„\"“]([^«»„“”\"]+)[»“”\"]?$", m.text) if m.type == "ORG" else None
        words = c.view.words_in(m.start, m.stop)
        if q and len(q.group(1).split()) <= c.settings.legal_form_words and has_word(q.group(2)):
            a = m.start + q.start(2)
            out.append(part(m, a, a + len(q.group(2).rstrip()), c))
        elif (m.type == "ORG" and len(words) >= 2 and (known_kind(words[0].text) == "legal"
                                                       or lemma(words[0].text) in ORG_KIND_WORDS)
              and (words[1].text[:1].isupper() or not re.search(r"[а-яё]", words[1].text.lower()))):
            out.append(part(m, words[1].start, m.stop, c))
        else:
            out.append(m)
    return out


def trim_street_words(spans: list[Mention], c: Context) -> list[Mention]:
    """A place's descriptor word is not part of its name: ``Пушкинской площади`` → ``Пушкинской``,
    ``острове Врангеля`` → ``Врангеля``.  Regions keep theirs (``Тульской области``, ``Пермский
    край``): there the word belongs to the name."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type == "LOC" else []
        if len(words) >= 2 and lemma(words[-1].text) in STREET_WORDS:
            m = part(m, m.start, words[-2].stop, c)
        elif len(words) >= 2 and lemma(words[0].text) in FEATURE_WORDS:
            m = part(m, words[1].start, m.stop, c)
        out.append(m)
    return out


def trim_question_word(spans: list[Mention], c: Context) -> list[Mention]:
    """A question word opening a sentence is no part of the name after it: ``Почему Гана …`` → ``Гана``."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop)
        if len(words) >= 2 and words[0].text.lower().replace("ё", "е") in QUESTION_WORDS:
            m = part(m, words[1].start, m.stop, c)
        out.append(m)
    return out


def trim_group_word(spans: list[Mention], c: Context) -> list[Mention]:
    """A word for a group sent by a country or body (``data/span_words.tsv`` GROUP_WORDS) is no part of
    the name after it: ``Делегации Перу …`` → ``Перу``, a place when it is a country's name (the tagger
    reads the capitalised group word at a sentence's start as a name of a place or body); the word
    alone (``Делегацию``) names nothing; before a common noun it is left to the tagger."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type in ("LOC", "ORG") else []
        if not words or not words[0].text[:1].isupper() or lemma(words[0].text) not in GROUP_WORDS:
            out.append(m)
            continue
        if len(words) >= 2 and words[1].text[:1].isupper():
            rest = c.text[words[1].start:m.stop]
            out.append(part(m, words[1].start, m.stop, c, "LOC" if is_country(rest) else None))
        elif len(words) >= 2:
            out.append(m)  # "Делегация профсоюза …": the tagger's name of a body, left as it is
    return out
