"""Names the tagger reads as persons' that are none, told by where they stand (the entity stage asks these
before it builds a person): a city opening a dateline (``Улан-Батор, 17 ноября /МОНЦАМЭ/.``) and the agency in
brackets after it (``Каракас, 24 ноября (Эль Универсаль).``) wherever else the page names it, an outlet's masthead on
the first line or its signature on the last, a lone letter (``в социальной сети X``), a common adjective opening a
headline or sentence (``Челночная дипломатия …``), and a two-word place opening with an adjective of places
(``Малый Кавказ``)."""
from __future__ import annotations

import functools
import re

from .. import gazetteer, lexicon, names
from ..dates import MONTHS
from ..morph import fold, lemma, lemmas, parses
from ..names_link import stem
from ..records import Mention
from ..settings import DEFAULT
from ..view import DocView
from .name_places import after_place_head

# ", 17 ноября" or ", 3 мар." right after the name: the day and month of a dateline.
_DAY_MONTH = re.compile(rf"\s*,\s*\d{{1,2}}\s+(?:{lexicon.alternation(MONTHS)})(?!\w)", re.IGNORECASE)


def dateline_place(span: Mention, v: DocView) -> bool:
    """A name that opens a line and is followed by a day and a month (``Улан-Батор, 17 ноября``): the
    dateline's city, no person."""
    line_start = v.text.rfind("\n", 0, span.start) + 1
    return not v.text[line_start:span.start].strip() and bool(_DAY_MONTH.match(v.text, span.stop))


# "КАРАКАС, 24 ноября (", "Лима, 3 мая 2026 года (", "Лилонгве, 17.11.2031, 12:05 (" right before the name and ")" after
# it: the agency of a dateline.
_DATELINE_DAY = rf"\d{{1,2}}\s+(?:{lexicon.alternation(MONTHS)})\w*\.?(?:\s+\d{{4}}(?:\s+(?:года|г\.))?)?"
_DATELINE_OPEN = re.compile(
    rf"[^\W\d][\w .-]*,\s*(?:{_DATELINE_DAY}|\d{{1,2}}([./])\d{{1,2}}\1\d{{4}})(?:,?\s+\d{{1,2}}:\d\d)?\s*\(\s*$",
    re.IGNORECASE)


def dateline_source(span: Mention, v: DocView) -> bool:
    """A name in brackets after a dateline's city, day and month (``Каракас, 24 ноября (Эль Универсаль).``): the agency
    that reports, no person."""
    line_start = v.text.rfind("\n", 0, span.start) + 1
    return bool(_DATELINE_OPEN.fullmatch(v.text, line_start, span.start)) and v.text[span.stop:span.stop + 1] == ")"


def dateline_sources(spans, v: DocView) -> set[str]:
    """The names (folded) that a dateline of the document gives as its source (``dateline_source``), whatever kind
    the tagger gave it there (a place, an organisation): the outlet wherever else the page names it too, on its
    masthead line (``Эль Диарио (перевод)``) or in a photo credit (``Фото: Эль Диарио``), no person."""
    return {fold(s.text) for s in spans if dateline_source(s, v)}


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def letter_or_title(span: Mention) -> bool:
    """A name of one letter (``X``, ``Y.``) or of initials alone (``К.Л.``, ``Р. Т.``: an editor's signature): no
    surname, no person; nor an abbreviated title alone (``Проф.`` before ``Хуан Перес``,
    ``data/title_abbreviations.tsv``)."""
    return all(len(run) == 1 for run in _LETTER_RUNS.findall(span.text)) \
        or fold(span.text.rstrip(".")) in names.TITLE_ABBREVIATIONS


# One capitalised word whose part after a hyphen is in lower case: a compound common noun opening a line or sentence
# (``Пресс-кит``, ``Онлайн-брифинг``, ``Медиа-центр``); a name capitalises each of its parts (``Гарсия-Лопес``) and
# writes a particle before its hyphen (``аль-Хашими``); inside a sentence the capital is the name's (``принял
# Кули-заде``).
_COMPOUND_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+-[а-яёa-z]{3,}")


def compound_word(span: Mention, v: DocView) -> bool:
    """A one-word name opening a line or sentence that is a compound common noun (``_COMPOUND_WORD``): no person."""
    if not _COMPOUND_WORD.fullmatch(span.text.strip()):
        return False  # first, before looking back for the line's start over a text that may have no line breaks
    line_start = v.text.rfind("\n", 0, span.start) + 1
    return span.start in v.sentence_firsts or not v.text[line_start:span.start].strip()


_COMPLEMENT = re.compile(r"(?:\s+[а-яё-]+){0,4}\s+")


def title_of_next(span: Mention, v: DocView, starts: set[int]) -> bool:
    """One word that is a title, followed over its lower-case complements by the name it titles, which the tagger
    made a span of its own (``Премьер-секретарь кабинета Джозеф Кипроно``): no person of its own."""
    if len(span.text.split()) != 1 or names.title_lemma(span.text.strip()) is None:
        return False
    gap = _COMPLEMENT.match(v.text, span.stop)
    return gap is not None and gap.end() in starts


_ADJECTIVE_POS = frozenset({"ADJF", "ADJS", "PRTF"})
_ADJECTIVE_ENDINGS = ("ая", "ое", "ие", "ые", "ый", "ий", "ой")
_NO_NAME_ENDINGS = ("ское", "цкое", "ские", "цкие")  # a neuter or plural adjective of a place or people
PLACE_ADJECTIVES = lexicon.words("gazetteer_words.tsv")["PLACE_ADJECTIVES"]


def adjective_alone(span: Mention, v: DocView, named: set[str] = frozenset()) -> bool:
    """One word that the dictionary knows only as a common adjective (``Челночная``) or that is a country's
    (``Мьянманская``), never as a name, opening a line or a sentence: capitalised there, no person (unless a word of
    a longer name of the document: ``Белый`` after ``Андрей Белый``); a neuter or plural adjective in -ское/-ские
    anywhere (``что Пекинское соглашение``)."""
    tokens = v.words_in(span.start, span.stop)
    if len(tokens) != 1 or fold(tokens[0].text) in named:
        return False
    word = tokens[0].text
    if word.lower().endswith(_NO_NAME_ENDINGS):
        return True  # "Пекинское соглашение", "Польско-германские отношения": no name ends so, wherever it stands
    # a country's adjective the dictionary may not know ("Мьянманская сторона") is one too
    if not (word.lower().endswith(_ADJECTIVE_ENDINGS) and gazetteer.adjective_country(word)):
        ps = parses(word.lower())
        if not ps or not all(p.is_known and p.tag.POS in _ADJECTIVE_POS and not names.PROPER_GRAMMEMES & p.tag.grammemes
                             for p in ps):
            return False
    prev = v.before(span.start, 1)
    return not prev or prev[0].text in ".!?:;—–-(«\"" or "\n" in v.text[prev[0].stop:span.start]


def place_adjective(span: Mention, v: DocView) -> bool:
    """Two words, an adjective of places and a word no dictionary knows as a name (``Малый Кавказ``, ``Верхний
    Ларс``): a place, no person."""
    tokens = v.words_in(span.start, span.stop)
    return len(tokens) == 2 and tokens[0].text[:1].isupper() and bool(lemmas(tokens[0].text) & PLACE_ADJECTIVES) \
        and not names.known_name(tokens[1].text)


_MASTHEAD_PARTS = re.compile(r"\s*[•|·]\s*")
_LINE = re.compile(r"[^\n]+")


@functools.lru_cache(maxsize=4)  # asked of each name the tagger reads as a person's: the text's lines found once
def _lines(text: str) -> list:
    """The lines of ``text`` that hold more than white space, as matches."""
    return [m for m in _LINE.finditer(text) if m.group().strip()]  # (read, never changed)


def masthead(span: Mention, v: DocView, names_told: list[str] = ()) -> bool:
    """A name that is the whole first line of the page, or a part of it set off by ``•`` or ``|`` (``Эль Диарио •
    Политика``), and that the text names nowhere else: the outlet's masthead, no person; so is the whole last line
    (an outlet's or a rubric's signature, ``Нева-Инфо``, or the author's name) named nowhere else."""
    lines = _lines(v.text)
    edge = next((m for m in lines[:1] + lines[-1:] if m.start() <= span.start < m.end()), None)
    if edge is None:
        return byline_at_foot(span, lines, names_told)
    parts = [p.strip() for p in _MASTHEAD_PARTS.split(edge.group())]
    return span.text.strip() in parts and sum(fold(span.text) in fold(t) for t in names_told) <= 1


# Lines of a page's service block that may follow the author's name at its foot ("Подписаться на рассылку …").
_FOOT_LINES = 2
_SENTENCE_END = re.compile(r"[.!?…:]\s*$")


def byline_at_foot(span: Mention, lines: list, names_told: list[str] = ()) -> bool:
    """A name that is a whole line near the foot of the page, the lines after it (at most ``_FOOT_LINES``) no
    sentences and no title (a signature's ``Министр …`` below a name is one), its surname named nowhere else: the
    author's byline above the page's service lines, no person of the news."""
    at = next((k for k, m in enumerate(lines) if m.start() <= span.start < m.end()), None)
    if at is None or lines[at].group().strip() != span.text.strip() or not 0 < len(lines) - at - 1 <= _FOOT_LINES:
        return False
    after = [m.group().strip() for m in lines[at + 1:]]
    if any(_SENTENCE_END.search(t) or names.title_lemma(t.split()[0]) for t in after):
        return False
    return surname_named_once(span, names_told)


def surname_named_once(span: Mention, names_told: list[str]) -> bool:
    """The last word of the name (its surname) is in at most one of the names the document tells: named nowhere
    else."""
    surname = fold(span.text.split()[-1])
    return sum(surname in fold(t) for t in names_told) <= 1



_COMPLEMENT_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ"})


def titled(start: int, v: DocView) -> bool:
    """A name that a title stands before, over the title's complement (``министром иностранных дел Республики X
    Сугандо``): a person's, whatever the tagger made of it."""
    for t in v.before(start, DEFAULT.entities.title_reach):
        if names.title_lemma(t.text):
            return True
        if t.pos not in _COMPLEMENT_POS:
            return False
    return False


def titles_used(spans, v: DocView) -> set[str]:
    """The titles the document uses as such: the first word of a person's span of several words, or the word right
    before one (``Президент Тимон Мвила``)."""
    out = set()
    for s in spans:
        if s.type != "PER":
            continue
        words = v.words_in(s.start, s.stop)
        before = v.before(s.start, 1)
        for t in (words[:1] if len(words) > 1 else []) + before:
            lemma = names.title_lemma(t.text)
            if lemma:
                out.add(lemma)
    return out


def title_alone(span: Mention, v: DocView, used: set[str]) -> bool:
    """One word that is a title the document uses as one elsewhere (``used``: ``titles_used``) — ``Офис Президента``
    beside ``Президент Тимон Мвила`` —: no person's name (a surname that is a common title, ``Адвокат``, the
    document never puts before a name)."""
    tokens = v.words_in(span.start, span.stop)
    return len(tokens) == 1 and names.title_lemma(tokens[0].text) in used


_AGREEING_ENDINGS = ("ого", "его", "ому", "ему", "ым", "им", "ой", "ей", "ая", "яя", "ое", "ее", "ый", "ий", "ые", "ие",
                     "ых", "их", "ую", "юю")


def name_of_a_thing(span: Mention, v: DocView) -> bool:
    """One capitalised adjective that agrees with the lower-case noun right after it (``по итогам Трехстороннего
    совета``, ``заседание Смешанной комиссии``): the first word of the name of a body or an event, no person."""
    tokens = v.words_in(span.start, span.stop)
    if len(tokens) != 1 or tokens[0].rel != "amod" or not (tokens[0].pos == "ADJ" or tokens[0].pos == "PROPN" and
                                                           tokens[0].text.lower().endswith(_AGREEING_ENDINGS)):
        return False
    nxt = v.after(tokens[0].stop)
    return nxt is not None and nxt.id == tokens[0].head_id and nxt.pos == "NOUN" and nxt.text.islower()


def read_as_place(span: Mention, v: DocView, person_starts: set[int], person_stops: set[int]) -> bool:
    """A person's name the tagger read as a body's or a place's: ``person_beside_person``, ``titled_subject`` or
    ``side_leader``."""
    return person_beside_person(span, v, person_starts, person_stops) or titled_subject(span, v) \
        or side_leader(span, v)


def full_names_surname(span: Mention, v: DocView, surnames: frozenset[str]) -> bool:
    """One capitalised word read as a place or a body, written as the last word of a full name of the document
    (``президент Того Коле Мбелебу … Ансах и Мбелебу обсудили``, ``пригласил премьера Мбелебу``): that person's
    surname; never a word the gazetteer knows as a place or a body, nor one where a place's name stands (``в
    провинции X``, ``из X``)."""
    tokens = v.words_in(span.start, span.stop)
    if span.type not in ("ORG", "LOC") or len(tokens) != 1 or not tokens[0].text[:1].isupper() \
            or tokens[0].text.isupper():
        return False
    word = tokens[0].text
    if _by_the_words_of(span, v) and not names.is_common_noun(word) and stem(word) in {stem(s) for s in surnames}:
        return True  # "министр Хосе Мигель Сантьяго … По словам Сантьяго, …": he, not Chile's capital (also inflected)
    if fold(word) not in surnames:
        return False
    return not (gazetteer.is_place(word) or gazetteer.org_name(word) or gazetteer.lookup_country(word)
                or gazetteer.lookup_capital(word) or gazetteer.adjective_country(word)
                or names.is_common_noun(word) or lemmas(word) & set(gazetteer.ministries())
                or after_place_head(tokens[0], v))


_ACCORDING = lexicon.words("speech_verbs.tsv")["ACCORDING"]  # "по словам X", "по мнению X": X speaks


def _by_the_words_of(span: Mention, v: DocView) -> bool:
    """Is the span the one whose words ``по словам``/``по мнению`` report (a speaker, a person)?"""
    before = v.before(span.start, 2)  # the nearest first
    return len(before) == 2 and fold(before[1].text) == "по" and lemma(before[0].text) in _ACCORDING


LED_SIDES = frozenset({"сторона", "делегация"})
LEADING_VERBS = frozenset({"представлять", "возглавлять", "возглавить", "представить"})


def side_leader(span: Mention, v: DocView) -> bool:
    """One capitalised word read as a body or a place right after ``<country adjective> сторону|делегацию
    возглавлял|представлял`` (``Кенийскую делегацию возглавлял Мвангало``): who led a side is a person; never a word
    the gazetteer knows as a place or a body."""
    tokens = v.words_in(span.start, span.stop)
    if span.type not in ("ORG", "LOC") or len(tokens) != 1 or not tokens[0].text[:1].isupper() \
            or tokens[0].text.isupper():
        return False
    before = v.before(span.start, 3)
    if len(before) < 3 or lemma(before[0].text) not in LEADING_VERBS or lemma(before[1].text) not in LED_SIDES \
            or gazetteer.adjective_country(before[2].text) is None:
        return False
    word = tokens[0].text
    return not (gazetteer.is_place(word) or gazetteer.org_name(word) or names.is_common_noun(word)
                or lemmas(word) & set(gazetteer.ministries()) or fold(word) in gazetteer.ministries())


def titled_subject(span: Mention, v: DocView) -> bool:
    """One capitalised word read as a place that a title stands before, that is animate and nominative and that no
    name follows (``Министр иностранных дел Ольсен-Брандт назвала …``): a person's surname, not a place (a country or
    a city after a title is its complement, in the genitive); never a word the gazetteer knows as a place."""
    tokens = v.words_in(span.start, span.stop)
    if span.type != "LOC" or len(tokens) != 1 or not tokens[0].text[:1].isupper() or not titled(span.start, v):
        return False
    after = v.after(span.stop)
    if after is not None and after.text[:1].isupper():
        return False  # the title's complement before the name: "Полузащитник клуба Реал Хуан Лопес"
    t = tokens[0]
    if t.feats.get("Animacy") != "Anim" or t.feats.get("Case") != "Nom" or t.pos != "PROPN":
        return False
    return not gazetteer.is_place(t.text)


def person_beside_person(span: Mention, v: DocView, person_starts: set[int], person_stops: set[int]) -> bool:
    """A name of two or three capitalised words that the tagger read as a body's or a place's, set after a title and
    joined by ``и`` to a person's name (``послы Тандо Ндлову и Палата Квеси``): a person whose given name is also
    a common noun; not when a word of it is a country, nor when its last word is a common noun (``председатели Совета
    Европы и …``)."""
    tokens = v.words_in(span.start, span.stop)
    if not 2 <= len(tokens) <= 3 or not all(t.text[:1].isupper() for t in tokens) or not titled(span.start, v):
        return False
    if names.is_common_noun(tokens[-1].text) or any(gazetteer.lookup_country(t.text) for t in tokens):
        return False
    after = v.after(span.stop)
    if after is not None and fold(after.text) == "и" and v.after(after.stop) is not None \
            and v.after(after.stop).start in person_starts:
        return True
    before = v.before(span.start, 1)
    return bool(before) and fold(before[0].text) == "и" and any(
        0 <= before[0].start - stop <= 1 for stop in person_stops)


# Prepositions after which a one-word name stands for a place or a matter, not a party: "о", "у", "через", "возле".
_MATTER_PREPOSITIONS = lexicon.words("gazetteer_words.tsv")["MATTER_PREPOSITIONS"]


def _dictionary_place(word: str) -> bool:
    """A word the dictionary knows as a place's name (``Geox``) and never as a person's (``Дуная``, ``Тирасполя``)."""
    ps = [p for p in parses(word.lower()) if p.is_known]
    return bool(ps) and any("Geox" in p.tag.grammemes for p in ps) and not any(
        names.NAME_GRAMMEMES & p.tag.grammemes for p in ps)


PLACE_STEM = 4  # the shortest stem a place's one-word name is compared by
_SURNAME_SUFFIX = re.compile(
    f"(?:{'|'.join(sorted(lexicon.words('names_endings.tsv')['SURNAME_SUFFIXES'], key=lambda s: (-len(s), s)))})$")


def _surname_suffix(word: str) -> bool:
    """A word that ends, as written or less its case ending, in a suffix only surnames have (``о Саркисяне``,
    ``Гогишвили``; ``data/names_endings.tsv``)."""
    return bool(_SURNAME_SUFFIX.search(fold(word)) or _SURNAME_SUFFIX.search(stem(word)))


def _matter_form(preposition: str, word: str) -> bool:
    """A word after a preposition of places and matters in a form that shows it declined as a noun: after ``о``,
    ``по`` in ``-е`` or ``-ии`` (``о Кавалине``; not an undeclined foreign surname, ``о Нгуэмади``), else any."""
    if preposition not in _MATTER_PREPOSITIONS:
        return False
    return preposition not in _LOCATIVE_PREPOSITIONS or word.endswith(("е", "ии"))


_LOCATIVE_PREPOSITIONS = frozenset({"о", "об", "обо", "по"})
_OBJECTS = frozenset({"obj", "iobj", "obl", "nmod"})  # a relation the tagger's "nominative" may be wrong in


def unattested(spans, v: DocView, named: set[str]) -> set[str]:
    """The stems of one-word names the tagger read as persons' that the document never shows as anyone's: no
    title before any of them, none in the nominative, none a word of a longer person's name, a name the dictionary
    knows or one with a surname's suffix (``_surname_suffix``), and one at least where places and matters stand,
    declined (after ``о``, ``у``, ``через``: ``не договорились о Кавалине``, ``участок у Мербеки``; ``_matter_form``)
    or a place the dictionary knows (``экологии Дуная``): a place, a river or a disputed area, no person — with every
    other form of it (``обсуждать Сардобу``)."""
    named_stems = {stem(w) for w in named}
    seen: dict[str, bool] = {}  # stem → a form of it stands where places do
    attested: set[str] = set()
    for s in spans:
        tokens = v.words_in(s.start, s.stop)
        if s.type != "PER" or len(tokens) != 1:
            continue
        t, key = tokens[0], stem(tokens[0].text)
        if len(key) < PLACE_STEM or key in named_stems or names.known_name(t.text) or _surname_suffix(t.text) \
                or titled(s.start, v) \
                or t.rel.startswith("nsubj") or t.feats.get("Case") == "Nom" and t.rel not in _OBJECTS:
            attested.add(key)
            continue
        prev = v.before(s.start, 1)
        seen[key] = seen.get(key, False) or bool(prev and _matter_form(fold(prev[0].text), fold(t.text))) \
            or _dictionary_place(t.text)
    return {k for k, placed in seen.items() if placed and k not in attested}
