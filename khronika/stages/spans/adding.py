"""Rules that add spans the tagger missed: an organisation named again (in brackets after its name,
or repeated in the document) or a person named again by the surname, and the places named inside
an organisation's name (nested mentions)."""
from __future__ import annotations

import bisect
import itertools
import re

from ... import gazetteer, names
from ...morph import parses
from ...records import Mention
from ..place_names import verb_subject
from .context import Context, has_word, lemma, span
from .joining import last_words, name_words
from .lexicon import CONTINENTS, is_country

BRACKETED = re.compile(r"[»“”\"]?\s*\(([A-Z][\w&.'’ -]*[\w.]|[А-ЯЁA-Z]{2,}[А-ЯЁA-Z-]*)\)")


def name_in_brackets(spans: list[Mention], c: Context) -> list[Mention]:
    """An abbreviation or an original Latin name in brackets right after an organisation's name
    names it too: ``Всемирный фонд дикой природы (WWF)``, ``«Сименс» (Siemens)``, and a
    second pair after the first (``(ФЗП) (Nature Protection Fund)``)."""
    have = {(m.start, m.stop) for m in spans}
    out = list(spans)
    for m in spans:
        if m.type != "ORG":
            continue
        pos = m.stop
        while (b := BRACKETED.match(c.text, pos)) is not None:
            if (b.start(1), b.end(1)) not in have:
                out.append(span(c, b.start(1), b.end(1), "ORG"))
                have.add((b.start(1), b.end(1)))
            pos = b.end()
    return out


def repeated_names(spans: list[Mention], c: Context) -> list[Mention]:
    """An organisation's name of two or more words means the same organisation wherever the
    document repeats it, in any case and with a capital: ``«Новой газеты»`` … ``Новая газета
    сообщила`` (where the tagger saw only a place) is an organisation mention too."""
    v = c.view
    wanted = {tuple(lemma(w.text) for w in v.words_in(m.start, m.stop)) for m in spans if m.type == "ORG"}
    wanted = {n for n in wanted if len(n) >= 2}
    have = {(m.start, m.stop) for m in spans if m.type == "ORG"}
    words = [w for w in v.tokens if has_word(w.text)] if wanted else []
    lemmas = [lemma(w.text) for w in words]  # each word's once (not once per name and position)
    out = list(spans)
    starts: dict[str, list[int]] = {}  # the capitalised words (where a repeated name may start) by their lemma
    for i, w in enumerate(words):
        if w.text[:1].isupper():
            starts.setdefault(lemmas[i], []).append(i)
    for n in wanted:
        for i in starts.get(n[0], ()):  # (a name's first word is its first lemma: no other start can match)
            if i + len(n) > len(words):
                break
            a, b = words[i].start, words[i + len(n) - 1].stop
            if (a, b) not in have and not re.search(r"[\n.;,]", c.text[a:b]) and lemmas[i:i + len(n)] == list(n):
                out.append(span(c, a, b, "ORG"))
                have.add((a, b))
    return out


def repeated_surnames(spans: list[Mention], c: Context) -> list[Mention]:
    """A surname of a full name tagged in the document is a person wherever it recurs untagged, in
    any case (``Лавров и Ван И обсудили …`` in a headline above ``Сергей Лавров``): a capitalised
    word that is no common noun and opens with the surname (less a final vowel or ``й``: ``_surname_stem``)."""
    s = c.settings
    written = {w for w in last_words(spans) if len(w) >= 3 and w[:1].isupper() and not w.isupper()}
    written |= {w[:-len(e)] for w in written for e in _MAN_CASE_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3
                and w[-len(e) - 1].lower() in names.CONSONANTS}  # "Винта", "Винтом" of a full name: "Винт"
    stems = {_surname_stem(w) for w in last_words(spans) if len(w) >= s.surname_min_letters and w[:1].isupper()}
    given = {w for m in spans if m.type == "PER" for w in name_words(m)[:-1] if w[:1].isupper()}
    if not stems and not written:
        return spans
    covered = _Covered(spans)
    out = list(spans)
    for w in c.view.tokens:  # (a stem the word opens with, the rest of it an ending: its prefixes looked up)
        low = w.text.lower()
        if not w.text[:1].isupper() or w.text.isupper() or covered.over(w.start, w.stop):
            continue
        if (any(low[:j] in stems for j in range(max(0, len(low) - s.surname_ending_letters), len(low) + 1))
                and not names.is_common_noun(w.text)) or _homonym_named(w, written, c):
            prev = c.view.before(w.start, 1)
            start = prev[0].start if prev and prev[0].text in given and c.text[prev[0].stop:w.start] == " " \
                and not covered.over(prev[0].start, prev[0].start + 1) else w.start
            out.append(span(c, start, w.stop, "PER"))  # with the given name the tagger left out of it too
    return out


def _surname_stem(word: str) -> str:
    """What every case form of a surname opens with: the word less its final vowel (``Лукашенко``, ``Вонг``) or its
    ``й`` (``Белей`` → ``Белея``, ``Белеем``)."""
    low = word.lower()
    return low[:-1] if low[-1] in "аяоеуюиыэй" else low


_MAN_CASE_ENDINGS = ("а", "у", "ом", "е")  # "Винта", "Винту", "Винтом", "о Винте" of a surname in a consonant


def _homonym_named(w, written: set[str], c: Context) -> bool:
    """A surname that is also a common noun (``Винт``, ``Зонт``), written again as in the document's full
    name: a person's mid-sentence, also in a case form; opening a sentence, as written there, when a verb, a comma
    or ``и`` follows it and the document never writes the word in lower case (the common noun)."""
    v = c.view
    if w.text not in written:
        return w.start not in v.sentence_firsts and any(
            w.text == x + e for x in written if x[-1:].lower() in names.CONSONANTS for e in _MAN_CASE_ENDINGS)
    if w.start not in v.sentence_firsts:
        return True
    nxt = v.after(w.stop)
    if nxt is None or not (nxt.text in (",", "и") or nxt.pos in ("VERB", "AUX")):
        return False
    return re.search(rf"(?<![\w-]){re.escape(w.text.lower())}(?![\w-])", c.text) is None


def repeated_words(spans: list[Mention], c: Context) -> list[Mention]:
    """A one-word organisation name (not a country, not a common noun) is an organisation wherever
    the same word recurs untagged in the document (``Siemens`` … ``инженер Siemens``); a word opening
    a sentence only when the tagger reads it as a proper noun."""
    v = c.view
    singles = {m.text for m in spans if m.type == "ORG" and len(v.words_in(m.start, m.stop)) == 1
               and not is_country(m.text) and not names.is_common_noun(m.text)}
    covered = _Covered(spans)
    out = list(spans)
    for w in v.tokens:
        if (w.text in singles and (w.start not in v.sentence_firsts or w.pos == "PROPN")
                and not covered.over(w.start, w.stop)):
            out.append(span(c, w.start, w.stop, "ORG"))
    return out


# One or two initials glued to a capitalised word (``Б.Ганбаатар``, ``Ж.-П.Кассама``), as agencies write a person.
_INITIALLED = re.compile(r"(?<![\w.-])[А-ЯЁ]\.(?:-?[А-ЯЁ]\.)?([А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def initialled_names(spans: list[Mention], c: Context) -> list[Mention]:
    """Initials glued to a capitalised word name a person where the tagger saw no name there (a long foreign
    surname after an organisation's name: ``председатель Хурала Б.Ганбаатар``): not a word the dictionary knows
    only as a common word or a place (``Н.Новгород``)."""
    out = list(spans)
    for m in _INITIALLED.finditer(c.text):
        word = m.group(1)
        known = [p for p in parses(word) if p.is_known]
        if any(s.start < m.end() and m.start() < s.stop for s in spans) or \
                known and not any(names.NAME_GRAMMEMES & p.tag.grammemes for p in known):
            continue
        out.append(span(c, m.start(), m.end(), "PER"))
    return out


class _Covered:
    """The stretches of ``spans``, asked whether one of them covers ``start``–``stop`` (the farthest stop of those
    starting at or before ``start``, bisected: not every span read for every word of the text)."""

    def __init__(self, spans: list[Mention]):
        stretches = sorted((m.start, m.stop) for m in spans)
        self.starts = [a for a, _ in stretches]
        self.farthest = list(itertools.accumulate((b for _, b in stretches), max))

    def over(self, start: int, stop: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.farthest[i - 1] >= stop


def add_place_names(spans: list[Mention], c: Context) -> list[Mention]:
    """A country or continent named by a capitalised word is a place mention: inside an
    organisation's name (``МИД [России]``, ``Совета [Европы]``) and where the tagger missed it
    (``чемпион [Европы]``); so is a capital the subject of a verb (``[Доха] ответила``: its government).
    At a sentence's start, where every word is capitalised, a word the tagger does not call a proper name
    counts only as a verb's subject or where it names a country even in lower case.  Not inside a person's
    name, and not where the word is the whole organisation span (``правительства Китая`` as a government)."""
    v = c.view
    covered = [(m.start, m.stop, m.type) for m in spans]
    out = list(spans)
    for tok in v.tokens:
        if not tok.text[:1].isupper() or (tok.pos not in ("PROPN", "NOUN") and not tok.text.isupper()):
            continue
        if c.text[tok.start - 1:tok.start] == ".":
            continue
        place = is_country(tok.text) or (len(tok.text) >= c.settings.continent_min_letters
                                         and lemma(tok.text) in CONTINENTS)
        if not (place or gazetteer.lookup_capital(tok.text) and verb_subject(tok, v)):
            continue
        if tok.start in v.sentence_firsts and tok.pos != "PROPN" and not (
                verb_subject(tok, v) or is_country(tok.text.lower())):
            continue
        over = [x for x in covered if x[0] <= tok.start and tok.stop <= x[1]]  # (read for a place's word only)
        if any(x[2] in ("LOC", "PER") for x in over) or any((x[0], x[1]) == (tok.start, tok.stop) for x in over):
            continue
        out.append(span(c, tok.start, tok.stop, "LOC"))
    return out


COUNTRY_PHRASE_WORDS = 5  # the most tokens of a country's name of several words ("Папуа — Новая Гвинея")


def add_country_phrases(spans: list[Mention], c: Context) -> list[Mention]:
    """A country named by several words that the tagger cut or missed (``о Соединённых [Штатах]``, ``о Святом
    Престоле``, ``Боснии и Герцеговине`` as two places) is one place mention: the longest run of tokens, from a
    capitalised word to a word, that the gazetteer reads as a country; the places and persons inside it go."""
    v, out, taken = c.view, list(spans), []
    tokens = v.tokens
    for i, first in enumerate(tokens):
        if not first.text[:1].isupper() or any(a <= first.start < b for a, b in taken) \
                or not gazetteer.may_open_country_phrase(first.text):
            continue
        for j in range(min(len(tokens), i + COUNTRY_PHRASE_WORDS), i + 1, -1):
            start, stop = first.start, tokens[j - 1].stop
            if "\n" in c.text[start:stop] or not has_word(tokens[j - 1].text) or not is_country(c.text[start:stop]):
                continue
            if not any(m.type == "LOC" and (m.start, m.stop) == (start, stop) for m in out):
                out = [m for m in out if not (m.type in ("LOC", "PER") and start <= m.start and m.stop <= stop)]
                out.append(span(c, start, stop, "LOC"))
            taken.append((start, stop))
            break
    return out
