"""Roles (occupations) from descriptors around a name.

``Министр обороны Японии Такэси Ивая`` → Ивая held ``министр обороны`` of Япония;
``глава МИД России Сергей Лавров`` → ``министр иностранных дел`` of Россия (a ministry after
``глава`` names the minister); ``японским коллегой Фумио Кисидой`` after a person with a role in the
same sentence → that role's position, of Япония; ``заведующий кафедрой востоковедения МГИМО Дмитрий
Стрельцов`` → the position and the organisation; ``Иван Петров, директор института`` and
``Иван Петров - директор института`` → an apposition after the name.

An office with no country takes the country the sentence is placed in (``в Японии …
премьер-министра Х``), else the one the document is about; a relational adjective names a place of
the document (``свердловский губернатор``); ``бывший``/``экс-`` mark a ``former`` office.

The package, in the order a descriptor is handled:

* ``lexicon``: the words of roles (``khronika/data/role_*.tsv``), ``head_lemma``, ``is_national``;
* ``descriptor``: where a descriptor lies, before a name or after it;
* ``parse``: a descriptor's titles, and for each the position and what it is ``of``;
* ``attach``: the roles of each named person of a sentence;
* ``places``: what an office is of when the descriptor does not say;
* ``about``: the countries the document is about, and the completions that read an office's country from them;
* ``sides``, ``colleagues``: an office's country from a side's heading, a led delegation or colleagues of a country;
* ``speaking``: an office of the one state the subjects of its sentence name (``По словам министра X, Гондурас …``);
* ``joined``: an office listed after another's of a country (``министр иностранных дел Чили X и министр обороны Y``);
* ``stage``: ``RoleStage``.

The names below are the package's interface, imported by coref, quotes, events and factru.
"""
from ..entities import with_countries
from .descriptor import at_the_head
from .lexicon import (
    COLLEAGUE,
    DESCRIPTOR_POS,
    ENVOYS,
    HONORIFICS,
    MINISTRIES,
    NATIONAL,
    OWNERSHIP,
    SYNONYMS,
    head_lemma,
    is_national,
)
from .parse import Parsed, parse_descriptor
from .places import in_full
from .plural_titles import plural_roles
from .stage import RoleStage

__all__ = ["COLLEAGUE", "DESCRIPTOR_POS", "ENVOYS", "HONORIFICS", "MINISTRIES", "NATIONAL", "OWNERSHIP", "SYNONYMS",
           "Parsed", "RoleStage", "at_the_head", "head_lemma", "in_full", "is_national", "parse_descriptor",
           "plural_roles", "with_countries"]
