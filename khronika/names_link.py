"""Which person mentions of one document name the same person: rules over name words only.

The entity stage (``stages/entities.py``) hands over its person mentions, each with ``words`` (the
normalised name, a patronymic left out of a longer name), ``given`` (the first word, or None for a
surname or initials alone) and ``surname`` (the last word); these functions rewrite those fields so
that mentions of one person carry one name:

* ``as_longer``: a name whose words are, in order, a part of exactly one longer name of the document
  (``Тайип Эрдоган`` of ``Реджеп Тайип Эрдоган``) is that name;
* ``own_names``: a name before a particle of descent (``Юсуф Халид`` of ``Юсуф Халид бен Рашид``,
  ``бен``/``бин``/``ибн``: ``data/names_endings.tsv``) is the person's own name;
* ``short_names``: a one-word name that stands before a family particle in exactly one longer name of the
  document (``Лула`` of ``Луис Инасиу Лула да Силва``) is that name;
* ``case_forms``: a name left in a case form (``Мун Чжэ Ина``) is the document's name without that ending
  (``Мун Чжэ Ин``);
* ``declined_forms``: a foreign name left declined in more words (``Абия Ахмеда`` beside ``Абий Ахмед``) is the
  form of the document with the fewest oblique endings;
* ``lone_nominatives``: a full name whose surname was left in an oblique form (``послу Джуди Ваквамбе``) takes the
  nominative the document writes alone (``Ваквамба заявила``);
* ``undeclined_u``: a surname in -у the document shows as a nominative (``Чобану:``) is undeclined: a name cut to a
  dative stem takes back its written words;
* ``relatives``: a relative named by a given name after a word of kinship takes that person's surname;
* ``addresses``: a form of address, a given name and a patronymic only (``Игорь Павлович``), is the
  one person of the document with that given name (and no other patronymic); with none or several, one in
  speech (``vocative``) names no person of its own.

``surname_key`` groups mentions by surname: one spelt two ways in one text (``Загчи``, ``Закчи``)
is one surname.  Two different given names never merge.
"""
from __future__ import annotations

import re

from . import lexicon, names
from .morph import fold, lemmas
from .morph import parses as _parses
from .translit import skeleton

_WORDS = lexicon.words("names_endings.tsv")
NASAB_PARTICLES = _WORDS["NASAB_PARTICLES"]
FAMILY_PARTICLES = _WORDS["FAMILY_PARTICLES"]
ADDRESS_WORDS = _WORDS["ADDRESS_WORDS"]
HONORIFICS = _WORDS["HONORIFICS"]  # "господин Х", "сеньор Х": no office, no part of the name
NAME_HONORIFICS = _WORDS["NAME_HONORIFICS"]  # "Датук X": before a Malay name, no part of it
HONORIFIC_PARTS = _WORDS["HONORIFIC_PARTS"]  # "Датук Сери X": after one of those, a word of the honorific
STYLES = _WORDS["STYLES"]  # "Его Превосходительство Х" (lemmas): no name, no part of the name
_HONORIFIC_KEYS = frozenset(fold(w) for w in NAME_HONORIFICS)
_HONORIFIC_PART_KEYS = frozenset(fold(w) for w in HONORIFIC_PARTS)


def name_honorific(word: str, part: bool = False) -> bool:
    """Is the word an honorific written before a name (``NAME_HONORIFICS``), in any case and spelling of ``ё``
    (``Лёнченом``, ``Датука``)?  ``part``: or a word that continues one (``HONORIFIC_PARTS``: ``Сери``)."""
    w = fold(word)
    return w in _HONORIFIC_KEYS or stem(w) in _HONORIFIC_KEYS or part and w in _HONORIFIC_PART_KEYS


def surname_key(surname: str) -> str:
    """The key mentions of one surname share within a document: its transcription skeleton, a surname in -ия
    in its nominative (``Дарсалии``, ``Дарсалию`` are ``Дарсалия``'s: the tagger leaves foreign ones declined)."""
    word = fold(surname)
    return skeleton(_IA_CASE.sub("ия", word) if len(word) > _IA_STEM else word)


_IA_CASE = re.compile(r"(?<=[^аеёиоуыэюя])(?:ии|ию|ией)$")  # Дарсалии, Дарсалию, Дарсалией → Дарсалия
_IA_STEM = 5  # the shortest key whose -ии may be such a case ending


def as_longer(people: list) -> None:
    """A name of two or more words that are, in order and with its surname last, a part of exactly one
    longer name of the document takes that name."""
    longer = {" ".join(p.words): p for p in people if len(p.words) >= 3 and p.given}
    for p in people:
        if len(p.words) < 2 or not p.given:
            continue
        short = [fold(w) for w in p.words]
        fits = [q for q in longer.values() if len(q.words) > len(p.words)
                and skeleton(q.surname) == skeleton(p.surname) and names.within(short, [fold(w) for w in q.words])]
        if len(fits) == 1:
            p.words, p.given = list(fits[0].words), fits[0].given


def _particle(word: str) -> bool:
    return fold(word) in NASAB_PARTICLES


def own_names(people: list) -> None:
    """A name of two words or more that begins exactly one longer name of the document is that person,
    when the longer one goes on with a particle of descent (``Юсуф Халид`` of ``Юсуф Халид бен Рашид``: the
    own name) or the shorter one holds one (``Юсуф бин Рашид`` of ``Юсуф бин Рашид Аль Тани``: the family
    name left out); so is a name that opens with the particle (``Бен Рашид``) and stands inside exactly one
    longer name; with two such longer names (``Юсуф Халид бен Рашид``, ``Юсуф Халид бен Саад``) it stays
    itself."""
    named = {tuple(fold(w) for w in p.words): p for p in people if p.given}
    if not any(w in NASAB_PARTICLES for key in named for w in key):
        return
    for p in people:
        n = len(p.words)
        if n < 2 or not p.given:
            continue
        short = tuple(fold(w) for w in p.words)
        if _particle(p.words[0]):  # "Бен Рашид": the descent of one longer name
            fits = [q for key, q in named.items() if len(key) > n
                    and any(key[k:k + n] == short for k in range(1, len(key) - n + 1))]
        else:
            fits = [q for key, q in named.items() if len(key) > n and key[:n] == short
                    and (key[n] in NASAB_PARTICLES or any(_particle(w) for w in p.words[1:]))]
        fits = list({tuple(fold(w) for w in q.words): q for q in fits}.values())  # one already rewritten
        fits = [q for q in fits if not any(_inside(q.words, r.words) for r in fits)]
        if len(fits) == 1:
            p.words, p.given, p.surname = list(fits[0].words), fits[0].given, fits[0].surname


def short_names(people: list) -> None:
    """A name of one word (no given name) that stands right before a family particle in exactly one longer
    name of the document (``Лула`` of ``Луис Инасиу Лула да Силва``), or is the first of its two surnames
    (``Родригес`` of ``Бруно Родригес Паррилья``; a family name, ``_family_word``), is that person's."""
    longer = {tuple(fold(w) for w in p.words): p for p in people if p.given and len(p.words) >= 3}
    surnames = _surnames(people)
    for p, word in lone_words(people):
        paternal = _family_word(word, surnames)
        fits = [q for key, q in longer.items()
                if any(key[k] == word and (key[k + 1] in FAMILY_PARTICLES or paternal and k == len(key) - 2)
                       for k in range(1, len(key) - 1))]
        if len(fits) == 1:
            _become(p, fits[0])


def head_names(people: list) -> None:
    """A name of one word (no given name) that opens exactly one longer name of the document and is a family name
    (``Ли`` of ``Ли Чжэ Мён``, ``Ван`` of ``Ван И``: written first) is that person's; a given name the dictionary
    knows is left to ``entities.link_persons`` (``Мария`` after ``Мария Гонсалес``)."""
    surnames = _surnames(people)
    for p, word in lone_words(people):
        fits = {" ".join(q.words): q for q in people if q.given and len(q.words) >= 2 and fold(q.words[0]) == word}
        if len(fits) == 1 and _family_word(word, surnames):
            _become(p, next(iter(fits.values())))


def lone_words(people: list) -> list:
    """The mentions by one word alone (no given name, no initial), each with its word folded."""
    return [(p, fold(p.words[0])) for p in people if not p.given and not p.initial and len(p.words) == 1]


def _surnames(people: list) -> set[str]:
    return {fold(p.surname) for p in people if p.given}


def _family_word(word: str, surnames: set[str]) -> bool:
    """A word that may be a family name standing alone: no one's surname of the document, no given name, no
    patronymic."""
    return word not in surnames and not names.given_name(word) and not names.is_patronymic(word)


def _become(p, q) -> None:
    """The mention ``p`` is of the person ``q`` names."""
    p.words, p.given, p.surname = list(q.words), q.given, q.surname


def _inside(short: list[str], long: list[str]) -> bool:
    """``short``'s words stand together, in order, inside the longer ``long``."""
    a, b = [fold(w) for w in short], [fold(w) for w in long]
    return len(b) > len(a) and any(b[k:k + len(a)] == a for k in range(len(b) - len(a) + 1))


# Case endings added to a name's nominative (``Ин`` → ``Ина``, ``Ину``, ``Ином``, ``Ине``).
_ADDED_ENDINGS = ("а", "у", "е", "ом", "ем")


def case_forms(people: list) -> None:
    """A name the tagger left in a case form (``Мун Чжэ Ина``) is the name of the document whose words it
    shares but for a case ending added to the last one (``Мун Чжэ Ин``)."""
    by_words = {tuple(fold(w) for w in p.words): p for p in people if len(p.words) >= 2 and p.given}
    for p in people:
        if len(p.words) < 2 or not p.given:
            continue
        head, last = tuple(fold(w) for w in p.words[:-1]), fold(p.words[-1])
        for ending in _ADDED_ENDINGS:
            q = by_words.get((*head, last.removesuffix(ending))) if last.endswith(ending) else None
            if ending == "а" and q is not None and names.slavic_surname(q.surname):
                continue  # "Саша Петрова" may be a woman of that name
            if q is not None and q is not p and len(q.words[-1]) >= 2:
                p.words, p.given, p.surname = list(q.words), q.given, q.surname
                break


def declined_forms(people: list) -> None:
    """Foreign names left declined in more than a last word (``Абия Ахмеда`` normalised to ``Абия Ахмед`` beside
    ``Абий Ахмед``): names whose every word has one stem once a case ending is cut are one name, the form with the
    fewest oblique endings (then the most used, then the first).  Not for Slavic surnames, whose feminine forms
    (``Александра Петрова``) name other people."""
    groups: dict[tuple, list] = {}
    for p in people:
        if len(p.words) >= 2 and p.given and not names.slavic_surname(p.surname):
            groups.setdefault(tuple(stem(w) for w in p.words), []).append(p)
    for group in groups.values():
        forms = [tuple(p.words) for p in group]
        if len(set(forms)) < 2:
            continue
        best = min(forms, key=lambda f: (sum(fold(w).endswith(_OBLIQUE) for w in f), -forms.count(f), forms.index(f)))
        for p in group:
            p.words, p.given, p.surname = list(best), best[0], best[-1]


# The oblique endings of a name in -а/-я that the normaliser may leave as written where it cannot tell them from
# an undeclined name's last vowel (``Ваквамбе``, ``Мвенди``: a dative or a name in -е/-и?).
_LEFT_OBLIQUE = ("е", "и", "у", "ю", "ы")


def lone_nominatives(people: list) -> None:
    """A full name whose surname was left in an oblique form of a name in -а/-я (``послу Джуди Ваквамбе``) takes
    the surname the document writes alone in that name's nominative (``Ваквамба заявила``): one stem, the lone
    one ending in -а/-я, the full one in a vowel no nominative of that name ends in.  Only where the document writes
    that stem alone in one form, and writes it so: a lone form the normaliser made (``поблагодарил Стелле``, read as
    a woman's ``Стелла``) tells nothing."""
    lone: dict[str, set[str]] = {}
    for p in people:
        if not p.given and not p.initial and len(p.words) == 1 and fold(p.mention.text) == fold(p.surname):
            lone.setdefault(stem(p.surname), set()).add(p.surname)
    for p in people:
        forms = lone.get(stem(p.surname), set()) if p.given and len(p.words) >= 2 else set()
        last = fold(p.surname)
        if len(forms) != 1 or len(last) < 4 or not last.endswith(_LEFT_OBLIQUE) or last[-2] not in names.CONSONANTS:
            continue
        alone = next(iter(forms))
        if fold(alone)[-1:] in ("а", "я") and fold(alone)[:-1] == last[:-1]:
            p.words = [*p.words[:-1], alone]
            p.surname = alone


_OBLIQUE = ("а", "я", "у", "ю", "ом", "ем", "е", "ой", "ей")  # endings of oblique cases of a man's name
_CUT = re.compile(r"(?:ия|ию|ии|ий|ием|ом|ем|ой|ей|а|я|у|ю|е|ы|и)$")
_STEM = 2  # the shortest stem a cut leaves (the surname must match too)


def stem(word: str) -> str:
    w = fold(word)
    cut = _CUT.sub("", w)
    return cut if len(cut) >= _STEM else w


def pure_patronymic(word: str) -> bool:
    """A patronymic the dictionary knows and nothing else: no reading as a surname (``Абрамович`` has one;
    ``Статкевич``, unknown, may be a surname)."""
    known = [p for p in _parses(word) if p.is_known]
    return any("Patr" in p.tag.grammemes for p in known) and not any("Surn" in p.tag.grammemes for p in known)


def is_address(words: list[str]) -> bool:
    """A given name and a patronymic only: ``Игорь Павлович``, ``Анна Сергеевна``."""
    return len(words) == 2 and names.given_name(words[0]) and pure_patronymic(words[1])


_OPENERS = "«\"„“—–-"


def vocative(text: str, start: int, stop: int) -> bool:
    """Is the name at ``text[start:stop]`` a form of address in speech: followed by ``,`` or ``!`` and
    opening a quotation or a line of dialogue (``«Игорь Павлович, …``, ``— Иван Петрович!``), after a word
    of address (``Уважаемый Иван Петрович!``), or inside a quotation (more ``«`` than ``»`` before it in its
    paragraph)?"""
    after = text[stop:stop + 2].lstrip(" ")
    if after[:1] not in (",", "!"):
        return False
    paragraph = text[text.rfind("\n", 0, start) + 1:start]
    before = paragraph.rstrip()
    word = before.rsplit(None, 1)[-1].lower() if before else ""
    return before[-1:] in _OPENERS or word in ADDRESS_WORDS or paragraph.count("«") > paragraph.count("»")


def addresses(people: list, text: str = "") -> list:
    """Point each form of address at the one person of the document with its given name whose known
    patronymic (if any) agrees (only one with that very patronymic when some person of the document is
    named by surname or initials alone: ``Андрей Николаевич`` may be that ``А.Волков``); return the
    addresses that fit no such person or several (``Илья Васильевич`` may be a name with a surname such as
    a patronymic: ``vocative`` tells)."""
    unresolved = []
    named = {skeleton(q.surname) for q in people if q.given}
    for p in people:
        if not is_address(p.words):
            continue
        given, patronymic = fold(p.words[0]), fold(p.words[1])
        # a person named by surname or initials only (``А.Иванов``, ``Иванов``) may bear that given name too
        unknown = any(not q.given and skeleton(q.surname) not in named and fold(q.initial or given[0]) == given[0]
                      for q in people if q is not p)
        fits, same = set(), set()  # with that given name; and with that patronymic too
        for q in people:
            if q is p or len(q.words) < 2 or not q.given or fold(q.given) != given or is_address(q.words):
                continue
            known = {fold(w) for w in q.full.split()[1:-1] if names.is_patronymic(w)}
            if known <= {patronymic}:
                fits.add(" ".join(q.words))
                if known:
                    same.add(" ".join(q.words))
        nobody = not fits
        fits = same if len(same) == 1 else set() if unknown else fits
        if len(fits) == 1:
            p.words = next(iter(fits)).split()
            p.given, p.surname = p.words[0], p.words[-1]
        elif nobody and (surname := _by_initial(people, p, given, named, text)) is not None:
            p.words = [p.words[0], surname]  # "Спасибо, Иван Николаевич" to "И.Петров:" of the transcript
            p.given, p.surname = p.words[0], surname
        else:
            unresolved.append(p)
    return unresolved


def _by_initial(people: list, p, given: str, named: set[str], text: str) -> str | None:
    """The surname of the one person of the document named by initials whose initial is the address's given name's,
    when nobody bears that given name in full; None when there are none or several.  A speaker does not address
    himself: a person named earlier in the address's own paragraph (``А.Волков: Уважаемый Андрей Николаевич``) is
    none."""
    def speaking(q) -> bool:
        return q.mention.stop <= p.mention.start and "\n" not in text[q.mention.stop:p.mention.start]
    found = {q.surname for q in people if q is not p and not q.given and skeleton(q.surname) not in named
             and q.initial and fold(q.initial)[:1] == given[0]}
    mine = {q.surname for q in people if q is not p and q.surname in found and text and speaking(q)}
    return found.pop() if len(found) == 1 and not mine else None


def relatives(people: list, v) -> None:
    """A relative named by a given name alone right after a word of kinship takes the surname of the
    person that word is of: ``супруга Петрова Анна`` and, after ``Олег Петров``, ``его жена Анна`` are
    ``Анна Петрова`` (``names.relative_surname``) — unless a full name of the document has that given name."""
    full = {fold(p.given) for p in people if p.given}
    by_start = sorted(people, key=lambda p: p.mention.start)
    for n, p in enumerate(by_start):
        if p.given or p.initial or fold(p.surname) in full or not names.given_name(p.surname):
            continue
        before = [t for t in v.sentence_tokens(p.mention.start) if t.stop <= p.mention.start]
        of = None
        if len(before) >= 2 and names.KIN & lemmas(before[-2].text):  # "супруга Петрова Анна"
            of = next((q for q in by_start[:n] if q.mention.start <= before[-1].start < q.mention.stop
                       and before[-1].feats.get("Case") == "Gen"), None)
        elif len(before) >= 2 and names.KIN & lemmas(before[-1].text) and fold(before[-2].text) in names.POSSESSIVES:
            # "его жена Анна": the last person named before by a surname
            of = next((q for q in reversed(by_start[:n]) if len(q.words) > 1 and not names.INITIAL.match(q.words[0])),
                      None)
        if of is None or (not of.given and names.given_name(of.surname)):
            continue  # "супруга Виктора Анна": no surname to take
        surname = names.relative_surname(of.surname, p.surname)
        p.words = [p.surname, surname]
        p.given, p.surname = p.words


# The cases of a title that a name in apposition after it shares and in which a man's consonant stem ends otherwise
# than in -у (``президента Мбалагу``: a declined one would be ``Мбалага``).
_NOT_DATIVE = frozenset({"Nom", "Gen", "Acc", "Ins", "Loc"})


def undeclined_u(people: list, v) -> None:
    """A surname in -у after a consonant that the document shows as a nominative (a subject the tagger reads so, or a
    caption's speaker before ``:``: ``Чобану поблагодарил``, ``Чобану: «…»``) or in another case than the dative (a
    title before it in that case: ``пригласил президента Чобану``) is written so in every case: a name of the document
    cut to a man's dative stem (``Штефану Чобану`` → ``Штефан Чобан``) takes back its words as written, or its
    surname alone where another word of it shows the case by another ending (``Коле Адаму Чобану``; a woman's
    accusative, ``Ирину Папаниколу``, which put the surname in -а)."""
    kept = set()
    for q in people:
        word = fold(q.surname)
        tokens = v.words_in(q.mention.start, q.mention.stop)
        if not (word.endswith("у") and len(word) > 3 and word[-2] in names.CONSONANTS and tokens
                and fold(tokens[-1].text) == word):
            continue
        title = v.before(q.mention.start, 1) if len(tokens) == 1 else []
        if tokens[-1].feats.get("Case") == "Nom" or v.text[q.mention.stop:q.mention.stop + 1] == ":" \
                or title and names.title_lemma(title[0].text) and title[0].feats.get("Case") in _NOT_DATIVE:
            kept.add(word)
    for p in people:
        written = [t.text for t in v.words_in(p.mention.start, p.mention.stop)]
        if len(written) != len(p.words) or fold(written[-1]) not in kept or fold(p.surname) == fold(written[-1]):
            continue
        if all(fold(w) in (fold(n), fold(n) + "у") for w, n in zip(written, p.words, strict=True)):
            p.words, p.surname = written, written[-1]
            p.given = written[0] if p.given else None
            p.full = " ".join(written)
        elif fold(written[-1]) in (fold(p.surname) + "у", fold(p.surname)[:-1] + "у"):
            # "Коле Адаму Чобану" cut to "Чобан"; "Ирину Папаниколу" read as a woman's accusative: "Папаникола"
            p.words, p.surname = [*p.words[:-1], written[-1]], written[-1]
            p.full = " ".join(p.words)


def with_transliterations(people: list, text: str) -> dict[str, str]:
    """A name in Latin letters in brackets right after a person's name is that person's name in
    the original (``Йенс Ларсен (Jens Larsen)``): its mentions join the person, as an
    alias.  Returns which Latin-script entity went into which person."""
    by_start = sorted(people, key=lambda p: p.mention.start)
    moved: dict[str, str] = {}
    for prev, p in zip(by_start, by_start[1:]):
        between = text[prev.mention.stop:p.mention.start].strip()
        if (between == "(" and not re.search(r"[а-яё]", p.mention.text.lower())
                and re.search(r"[а-яё]", prev.mention.text.lower())):
            moved[p.entity] = prev.entity
    moved = {a: b for a, b in moved.items() if a != b}
    for p in people:
        if p.entity in moved:
            p.entity = moved[p.entity]
    return moved
