"""The names the documents use for a format, for ``formats.py``: a short name in brackets after a mechanism's
name (``Совет сотрудничества высокого уровня (ССВУ)``, ``«Четверка» (Quad)``), a number that names another
mechanism than the gazetteer's in another topic (``bound``), and the label that carries every
name used (the gazetteer's alias the words matched, those short names, the other names of one format), so that a
user finds the format by any of them.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache

from .format_names import Named, general_in, mechanism, mechanisms, nominative
from .gazetteer import orgs
from .ids import is_country
from .morph import fold, from_dictionary, parses

# Gazetteer types of a mechanism that is an organisation itself (``СНГ``, ``ШОС``): the organisation is a side.
ORGANISATION_TYPES = frozenset({"организация", "объединение"})


def summit_council(name: str) -> str | None:
    """The council whose sessions are the summits of the organisation ``name`` (``ОДКБ`` → ``Совет коллективной
    безопасности ОДКБ``), or None (not an organisation of the gazetteer, or none marked)."""
    row = mechanism(name)
    if row is None or row["type"] not in ORGANISATION_TYPES:
        return None
    return next((r["name"] for r in mechanisms() if r["summit"] == "yes" and tuple(r["orgs"] or ()) == (name,)), None)


_NUMBER = r"(?:\d{1,2}|один|два|три|четыре|пять|шесть|семь|восемь|девять|десять)"
# An alias that is a number only ("5+1", "формат «пять плюс один»"): it names different mechanisms in different topics.
NUMERIC = re.compile(r"(?:(?:группа|формат|платформа)\s+)?[«\"]?" + _NUMBER + r"\s*(?:\+|плюс)\s*" + _NUMBER
                     + r"[»\"]?", re.I)
MEMBERS_NAMED = 2  # member states a document names for a numeric alias to be the gazetteer's mechanism (no context)


def numeric_fits(n: Named, text: str, codes: set[str]) -> bool:
    """Is a gazetteer mechanism named by a numeric alias (``«5+1»``) that one in this document: its topic words
    (``context``) in the ``text``, or, where it has none, ``MEMBERS_NAMED`` of its member states among the countries
    the document names (``codes``)?  A mechanism named otherwise fits."""
    row = mechanism(n.name) if n.fixed else None
    if row is None or not NUMERIC.fullmatch(n.alias.split("; ")[0]):
        return True
    if row["context"] is not None:
        return bool(row["context"].search(text))
    return len(set(row["members"] or ()) & codes) >= MEMBERS_NAMED


# A short name in brackets right after a mechanism's name: an acronym or a Latin name ("(ССВУ)", "(Quad)", "(C5+1)").
_SHORT_NAME = re.compile(r"\s*\(\s*[«\"]?((?-i:[A-ZА-ЯЁ])(?:[A-Za-z0-9+-]{1,14}|(?-i:[А-ЯЁ0-9+-]){1,9}))[»\"]?\s*\)")
SHORT_REACH = 5  # characters of brackets and spaces around a short name


def short_name(sentence: str, n: Named) -> str | None:
    """The short name in brackets right after the words that name ``n``, or None."""
    m = _SHORT_NAME.match(sentence, n.stop) if n.surface and n.stop > 0 else None
    return m.group(1) if m else None


@cache
def _known_names() -> dict[str, set[str]]:
    """Names of organisations and outlets (→ an empty set) and of mechanisms (→ theirs) of the gazetteers: in brackets
    after another format they are not its short name (``Минская группа (ОБСЕ)``: the organisation)."""
    known: dict[str, set[str]] = {name: set() for _, name in orgs()}
    for r in mechanisms():
        for a in [r["name"], *r["aliases"]]:
            known.setdefault(a, set()).add(r["name"])
    return known


def with_alias(n: Named, alias: str) -> Named:
    """``n`` with one more name the text uses for it."""
    names = [a for a in n.alias.split("; ") if a]
    return n if alias in names else dataclasses.replace(n, alias="; ".join([*names, alias]))


def short_named(n: Named, sentence: str, offset: int, mentions) -> Named:
    """``n`` with the short name in brackets after its words (``(ССВУ)``), not a country's (``(США)``) nor another
    organisation's or mechanism's of the gazetteers; ``offset``:
    where the sentence starts in its document, whose ``mentions`` tell the countries."""
    short = short_name(sentence, n)
    if short is None or _known_names().get(short, {n.name}) != {n.name}:
        return n  # "Минская группа (ОБСЕ)": the organisation's name
    at = offset + n.stop
    if any(is_country(m.entity) and at <= m.start < at + len(short) + SHORT_REACH for m in mentions):
        return n
    return with_alias(n, short)


def acronyms(named: list[Named]) -> dict[str, Named]:
    """The short names the sentence gave its formats in brackets (``Совет сотрудничества (ССВУ)``): short name →
    format, for the later sentences of the document that name the format by it alone."""
    return {a: n for n in named for a in n.alias.split("; ")[1 if n.fixed else 0:] if a}


def by_acronym(sentence: str, shorts: dict[str, Named]) -> list[Named]:
    """The formats a sentence names by a short name the document gave them before (``На ССВУ подписано …``)."""
    out = []
    for short, n in shorts.items():
        m = re.search(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", sentence)
        if m is not None and n.name not in {x.name for x in out}:
            out.append(dataclasses.replace(n, surface=short, start=m.start(), stop=m.end(), spans=(m.span(),)))
    return out


def spelt_out(name: str, items: list[Named]) -> tuple[str, str] | None:
    """The name and type of a format a general phrase of ``data/formats.tsv`` names by its complement (``name``,
    folded: ``по вопросам стратегической стабильности``): the head noun its mentions use most, in the nominative
    (``консультаций по вопросам …`` → ``консультации``; the first in the alphabet on a tie), before the complement
    as most of them write it (``по вопросам Каспия``).  None where no mention has its words."""
    heads, written = Counter(), Counter()
    for x in items:
        surface = re.sub(r"\s+", " ", x.surface)
        at = fold(surface).find(name)
        if at < 0 or not surface.split():
            continue
        heads[nominative(surface.split()[0])] += 1
        written[surface[at:at + len(name)]] += 1
    if not heads:
        return None
    head = min(heads, key=lambda h: (-heads[h], h))
    return head + " " + min(written, key=lambda w: (-written[w], w)), head


def label_of(n: Named, items: list[Named], full: str) -> str:
    """The label of the format ``n`` names (``items``: each of its mentions; ``full``: its exported name), with the
    names the documents used that neither the label nor the name has (``…; в текстах: Quad``), for a format the
    gazetteer does not know the words of each of its mentions, and a kind glossed by the gazetteer (its label is no
    mention's words) named in other words (``бинациональный кабинет``: ``двусторонний кабинет министров``)."""
    used: dict[str, str] = {}
    for x in items:
        # the words each document used for a format the gazetteer does not know ("раунд перуанско-чилийских …")
        glossed = other_words(x.surface, full + " " + n.label) if not x.fixed and x.label == n.label else ""
        for name in [*x.alias.split("; "), x.name if x.name != n.name else "", x.label if not x.fixed else "",
                     glossed]:
            if name and fold(name) not in fold(full + " " + n.label):
                key = " ".join(fold(w)[:5] for w in re.findall(r"[\w-]+", name))  # one per form: not "встречах в
                if key not in used or (len(name), name) < (len(used[key]), used[key]):  # верхах", "встречи в верхах"
                    used[key] = name
    return n.label + ("; в текстах: " + ", ".join(sorted(used.values())) if used else "")


def other_words(surface: str, named: str) -> str:
    """A mention's words (``двусторонний кабинет министров``) where they hold a word the format's name and label do not
    (by its first five letters: not ``стратегического диалога`` of ``стратегический диалог``), ending in a whole word
    (not a pattern's stem, ``военных связ``); else ""."""
    words = re.findall(r"[\w-]+", surface)
    have = {fold(w)[:4] for w in re.findall(r"[\w-]+", named)}
    if not words or all(fold(w)[:4] in have for w in words if len(w) > 3) or not _whole(words):
        return ""
    return " ".join(surface.split())


def _whole(words: list[str]) -> bool:
    """Whether a phrase ends in a whole noun of the dictionary that agrees with an adjective before it (not a pattern's
    stem: ``генерального штаб``, ``военного сотрудничеств``, ``по линии военных``)."""
    last = [p for p in parses(words[-1].lower()) if from_dictionary(p)]
    if not last or last[0].tag.POS != "NOUN":
        return False
    before = [p for p in parses(words[-2].lower()) if p.tag.POS == "ADJF"] if len(words) > 1 else []
    return not before or any(a.tag.case == b.tag.case and a.tag.number == b.tag.number
                             and a.tag.animacy in (None, b.tag.animacy) for a in before for b in last)


def bound(named: list[Named], sentence: str, text: str, codes: set[str]) -> list[Named]:
    """The formats a sentence names, a gazetteer mechanism named by a number only (``в формате «5+1»``) kept only
    where the document (``text``, the countries it names: ``codes``) is about it (``format_names.numeric_fits``),
    else the format the general patterns read in those words (``формат «5+1»``, its sides the sentence's)."""
    out = []
    for n in named:
        if numeric_fits(n, text, codes):
            out.append(n)
            continue
        out += [g for g in general_in(sentence) if g.start < n.stop and n.start < g.stop
                and g.name not in {x.name for x in named + out}]  # once, whichever mechanisms share that number
    return out
