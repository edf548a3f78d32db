"""Persons of no told position whom the news presents as officials (actors.py).  Persons named by a bare surname
only, never by a given name nor after a noun of their trade (``Кхаэане и Мавимбела встретились в Масеру``: an outlet
that told their offices in an earlier report, or never), are ones when two of them act together in a story that names
a state's noun (``министр``) or, with an agency's dateline, a state: a private person is introduced by his full name or
his trade (``Режиссёр Андрей Звягинцев``, ``модельер Ли``), a public figure as the reader knows him.  A person named
as a state's counterpart (``провела переговоры с черногорским коллегой Вуйовичем``: a noun of ``COUNTERPART_NOUNS``
with a country's adjective, in apposition to the name) is one when the other persons of the act are officials too, not
people of a trade (``Профессор Смирнов встретился с японским коллегой Танакой``)."""
from __future__ import annotations

from ... import gazetteer
from ...records import Document
from .sentence import Words
from .words import COUNTERPART_NOUNS


def bare_surnames(doc: Document, known: frozenset[str] | set[str]) -> frozenset[str]:
    """The persons of no ``known`` position named only by one word, in every mention and form of the name."""
    return frozenset(e.id for e in doc.entities if e.type == "person" and e.id not in known
                     and all(len(n.split()) == 1 and "." not in n for n in (e.name, *e.aliases)))


def of_trade(sentence_words: list[Words], persons: frozenset[str] | set[str]) -> frozenset[str]:
    """Of ``persons`` (of no known position), those named right after a common noun of their trade, a reader's word
    for them that no office is (``Модельер Ли``, ``вратарь Иванов``), not a counterpart's (``коллегой Вуйовичем``)."""
    return frozenset(m.entity for w in sentence_words for k, t in enumerate(w.tokens) if k > 0
                     and (m := w.mention(t)) is not None and m.entity in persons
                     and w.tokens[k - 1].pos == "NOUN" and w.lem[k - 1] not in COUNTERPART_NOUNS
                     and w.mention(w.tokens[k - 1]) is None)


def counterparts(sentence_words: list[Words], persons: frozenset[str] | set[str]) -> frozenset[str]:
    """Of ``persons`` (of no known position), those named as a state's counterpart: the name in apposition to a noun of
    ``COUNTERPART_NOUNS`` that bears a country's adjective (``с черногорским коллегой Вуйовичем``,
    ``коллега из Кении`` is no state's)."""
    found = set()
    for w in sentence_words:
        for k, t in enumerate(w.tokens):
            m = w.mention(t)
            if m is None or m.entity not in persons or k == 0 or w.lem[k - 1] not in COUNTERPART_NOUNS:
                continue
            noun = w.tokens[k - 1]
            if any(gazetteer.adjective_country(c.text) is not None for c in w.children(noun)):  # tagged ADJ or NOUN
                found.add(m.entity)
    return frozenset(found)


__all__ = ["bare_surnames", "counterparts", "of_trade"]
