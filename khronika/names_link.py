"""Which person mentions of one document name the same person: rules over name words only.

The entity stage (``stages/entities.py``) hands over its person mentions, each with ``words`` (the
normalised name, a patronymic left out of a longer name), ``given`` (the first word, or None for a
surname or initials alone) and ``surname`` (the last word); these functions rewrite those fields so
that mentions of one person carry one name:

* ``as_longer``: a name whose words are, in order, a part of exactly one longer name of the document
  (``Тайип Эрдоган`` of ``Реджеп Тайип Эрдоган``) is that name;
* ``own_names``: a name before a particle of descent (``Юсуф Халид`` of ``Юсуф Халид бен Рашид``,
  ``бен``/``бин``/``ибн``: ``data/names_endings.tsv``) is the person's own name;
* ``case_forms``: a name left in a case form (``Мун Чжэ Ина``) is the document's name without that ending
  (``Мун Чжэ Ин``);
* ``addresses``: a form of address, a given name and a patronymic only (``Игорь Павлович``), is the
  one person of the document with that given name (and no other patronymic); with none or several, one in
  speech (``vocative``) names no person of its own.

``surname_key`` groups mentions by surname: one spelt two ways in one text (``Загчи``, ``Закчи``)
is one surname.  Two different given names never merge.
"""
from __future__ import annotations

from . import lexicon, names
from .morph import fold
from .morph import parses as _parses
from .translit import skeleton

NASAB_PARTICLES = lexicon.words("names_endings.tsv")["NASAB_PARTICLES"]


def surname_key(surname: str) -> str:
    """The key mentions of one surname share within a document: its transcription skeleton."""
    return skeleton(surname)


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


def own_name(words: list[str]) -> list[str] | None:
    """The words before a particle of descent (``Юсуф Халид`` of ``Юсуф Халид бен Рашид``), when they
    are two or more; else None."""
    at = next((k for k, w in enumerate(words) if fold(w) in NASAB_PARTICLES), None)
    return list(words[:at]) if at is not None and at >= 2 else None


def own_names(people: list) -> None:
    """A name that is exactly the own name of one longer name of the document (the words before its
    ``бен``/``бин``/``ибн``) is that person; with two such longer names (``Юсуф Халид бен Рашид``,
    ``Юсуф Халид бен Саад``) it stays itself."""
    by_own: dict[tuple[str, ...], set[str]] = {}
    for p in people:
        if (own := own_name(p.words)) is not None:
            by_own.setdefault(tuple(fold(w) for w in own), set()).add(" ".join(p.words))
    for p in people:
        fits = by_own.get(tuple(fold(w) for w in p.words), set())
        if len(fits) == 1:
            p.words = next(iter(fits)).split()
            p.given, p.surname = p.words[0], p.words[-1]


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
            if q is not None and q is not p and len(q.words[-1]) >= 2:
                p.words, p.given, p.surname = list(q.words), q.given, q.surname
                break


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
    opening a quotation or a line of dialogue (``«Игорь Павлович, …``, ``— Иван Петрович!``), or inside
    a quotation (more ``«`` than ``»`` before it in its paragraph)?"""
    after = text[stop:stop + 2].lstrip(" ")
    if after[:1] not in (",", "!"):
        return False
    paragraph = text[text.rfind("\n", 0, start) + 1:start]
    before = paragraph.rstrip()
    return before[-1:] in _OPENERS or paragraph.count("«") > paragraph.count("»")


def addresses(people: list) -> list:
    """Point each form of address at the one person of the document with its given name whose known
    patronymic (if any) agrees; return the addresses that fit no such person or several (``Илья
    Васильевич`` may be a name with a surname such as a patronymic: ``vocative`` tells)."""
    unresolved = []
    for p in people:
        if not is_address(p.words):
            continue
        given, patronymic = fold(p.words[0]), fold(p.words[1])
        fits, same = set(), set()  # with that given name; and with that patronymic too
        for q in people:
            if q is p or len(q.words) < 2 or not q.given or fold(q.given) != given or is_address(q.words):
                continue
            known = {fold(w) for w in q.full.split()[1:-1] if names.is_patronymic(w)}
            if known <= {patronymic}:
                fits.add(" ".join(q.words))
                if known:
                    same.add(" ".join(q.words))
        fits = same if len(same) == 1 else fits
        if len(fits) == 1:
            p.words = next(iter(fits)).split()
            p.given, p.surname = p.words[0], p.words[-1]
        else:
            unresolved.append(p)
    return unresolved
