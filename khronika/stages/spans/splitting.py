"""Rules that split a span in two or more: at list separators and brackets, two names in
apposition, two surnames, an organisation or a country opening a person's name, a person's surname closing
a place's or an organisation's."""
from __future__ import annotations

import re

from ... import morph, names
from ...records import Mention, Token
from .context import Context, has_word, part
from .joining import stem, surnames, two_surnames
from .lexicon import NOT_NAME_POS, SEPARATORS, is_country, known_kind


def split_at_separators(spans: list[Mention], c: Context) -> list[Mention]:
    """A name never runs over a list separator: split spans at ``•``, ``,``, ``;``, ``|`` and line
    breaks (``Австрия • Бельгия`` → two places)."""
    out = []
    for m in spans:
        pos, parts = m.start, []
        for sep in SEPARATORS.finditer(m.text):
            parts.append((pos, m.start + sep.start()))
            pos = m.start + sep.end()
        if not parts:
            out.append(m)
            continue
        parts.append((pos, m.stop))
        out += [part(m, a, b, c) for a, b in parts if has_word(c.text[a:b]) and _has_name(a, b, c)]
    return out


def _has_name(start: int, stop: int, c: Context) -> bool:
    """Some word of the part could be a name: capitalised or not in Cyrillic, and not a pronoun,
    verb or other function word (``Все`` opening the next line)."""
    return any((w.text[:1].isupper() or not re.search(r"[а-яё]", w.text.lower())) and w.pos not in NOT_NAME_POS
               for w in c.view.words_in(start, stop))


def split_at_brackets(spans: list[Mention], c: Context) -> list[Mention]:
    """A bracket ends a name: ``Пол Смит (Paul Smith)`` is two person mentions, ``Фонд защиты
    природы (ФЗП)`` two organisation mentions.  An abbreviation in brackets after a person's
    name is the organisation the person belongs to (``архиепископ Иоанн Петров (РПЦ)``), and a name
    before one is a person's even when the tagger typed the whole as an organisation."""
    out = []
    for m in spans:
        if "(" not in m.text:
            out.append(m)
            continue
        for piece in re.finditer(r"[^()]+", m.text):
            a, b = m.start + piece.start(), m.start + piece.end()
            if not has_word(c.text[a:b]):
                continue
            type_ = m.type
            inner = c.text[a - 1:a] == "("
            words = c.view.words_in(a, b)
            if inner and m.type == "PER" and all(w.text.isupper() and len(w.text) > 1 for w in words):
                type_ = "ORG"
            elif not inner and m.type == "ORG" and _person_like(words, c):
                type_ = "PER"
            out.append(part(m, a, b, c, type_))
    return out


def _person_like(words: list[Token], c: Context) -> bool:
    """Two or three capitalised words opening with a dictionary given name (``Иоанн Петров``)."""
    fewest, most = c.settings.person_words
    return (fewest <= len(words) <= most and all(w.text[:1].isupper() and not w.text.isupper() for w in words)
            and any("Name" in p.tag for p in morph.parses(words[0].text)
                    if p.score > c.settings.given_name_score))


def split_apposed_names(spans: list[Mention], c: Context) -> list[Mention]:
    """Two full names in apposition tagged as one span (``отца Ивана Петровича Сидорова Петра
    Сидорова``) are two mentions: split where the parser attaches a capitalised word as an
    apposition to a word outside the span, with two or more name words on each side."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type == "PER" else []
        ids = {w.id for w in words}
        cut = next((k for k, w in enumerate(words) if 2 <= k <= len(words) - 2 and w.rel == "appos"
                    and w.head_id not in ids and w.text[:1].isupper()), None)
        if cut is None:
            out.append(m)
        else:
            out += [part(m, m.start, words[cut - 1].stop, c), part(m, words[cut].start, m.stop, c)]
    return out


def split_surnames(spans: list[Mention], c: Context) -> list[Mention]:
    """Two surnames tagged as one name (``Чем ответит Моди Байдену``) are two mentions when
    the document gives each as the surname of a full name elsewhere (``Нарендра Моди``,
    ``Джо Байден``), compared by the first letters of their stems (the case may differ)."""
    stems = surnames(spans, c.settings)
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type == "PER" else []
        if len(words) == 2 and two_surnames(words[0].text, words[1].text, stems, c.settings):
            out += [part(m, w.start, w.stop, c) for w in words]
        else:
            out.append(m)
    return out


def split_known_organisation(spans: list[Mention], c: Context) -> list[Mention]:
    """A person span that opens with a listed organisation is the organisation and the person
    (``оператор Аль-Джазиры Сами аль-Хадж``, ``лидера Аль-Каиды Усамы бен Ладена``)."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type == "PER" else []
        cut = next((i for i in range(len(words) - 1, 0, -1)
                    if known_kind(c.text[m.start:words[i - 1].stop]) in ("org", "media")), None)
        if cut is None:
            out.append(m)
            continue
        out += [part(m, m.start, words[cut - 1].stop, c, "ORG"), part(m, words[cut].start, m.stop, c)]
    return out


def split_country_opening(spans: list[Mention], c: Context) -> list[Mention]:
    """A person span that opens with a country's name after an office is the country and the person (``министр
    иностранных дел Бурунди Ндикумана``, ``посол Южной Кореи Пак``): no given name is a country's name, but a word
    the dictionary knows as a given name (``Израиль Гельфанд``) stays a name; so is a body's span after a title that
    opens with a country and ends with a person's name (``_name_after_country``)."""
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type == "PER" or _titled_body(m, c) else []
        cut = next((i for i in range(len(words) - 1, 0, -1) if is_country(c.text[m.start:words[i - 1].stop])), None)
        if cut is None or any("Name" in p.tag for p in morph.parses(words[0].text)) \
                or m.type != "PER" and not _name_after_country(words[cut:], c):
            out.append(m)
            continue
        out += [part(m, m.start, words[cut - 1].stop, c, "LOC"), part(m, words[cut].start, m.stop, c, "PER")]
    return out


def _titled_body(m: Mention, c: Context) -> bool:
    """A body's or a place's span right after a title (``президентом Малави Питером Мутарикой``, read as one body)."""
    before = c.view.before(m.start, 1)
    return m.type in ("ORG", "LOC") and bool(before) and names.title_lemma(before[0].text) is not None


def _name_after_country(words: list[Token], c: Context) -> bool:
    """Are the words after a country in a body's span after a title a person's name: two or three capitalised words,
    none a place's or a listed body's (``президентом Малави Питером Мутарикой``; not ``спикер Парламента Ганы``)?"""
    from ... import gazetteer

    text = c.text[words[0].start:words[-1].stop] if words else ""
    return 2 <= len(words) <= 3 and all(w.text[:1].isupper() and not w.text.isupper() and w.pos == "PROPN"
                                        and not gazetteer.is_place(w.text) for w in words) \
        and not known_kind(text) and not gazetteer.org_name(text)


def split_surname_closing(spans: list[Mention], c: Context) -> list[Mention]:
    """A place's or an organisation's span whose last word is the surname of a full name the document gives is that
    person's: after initials, the whole span (``Г. Петренко: …`` opening a headline, read as an organisation); after
    other words, when the surname is the subject of a verb outside the span (``в Ардатови Мензель ответила``, read as
    one place), the words before stay the place or organisation.  A body named after a person keeps its name (``Фонд
    Мензеля``: no subject of a verb)."""
    stems = surnames(spans, c.settings)
    out = []
    for m in spans:
        words = c.view.words_in(m.start, m.stop) if m.type in ("LOC", "ORG") and stems else []
        last = words[-1] if len(words) >= 2 else None
        if last is None or not last.text[:1].isupper() or last.text.isupper() or known_kind(m.text) \
                or stem(last.text, c.settings) not in stems:
            out.append(m)
        elif all(names.INITIAL.match(w.text) for w in words[:-1]):
            out.append(part(m, m.start, m.stop, c, "PER"))
        elif _subject_outside(last, words, c):
            out += [part(m, m.start, words[-2].stop, c), part(m, last.start, m.stop, c, "PER")]
        else:
            out.append(m)
    return out


def _subject_outside(word: Token, words: list[Token], c: Context) -> bool:
    """Is the word the subject of a verb outside the span's words?"""
    head = c.view.head(word)
    return word.rel.startswith("nsubj") and head is not None and head not in words and head.pos in ("VERB", "AUX")
