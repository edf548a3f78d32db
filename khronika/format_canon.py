"""Canonical names of standing formats: a mechanism's name put in the nominative (``межправительственной
комиссии`` → ``межправительственная комиссия``), short forms spelt out, one name per level of consultations."""
from __future__ import annotations

import re

from . import morph
from .format_proper import inflected

# Head nouns of a mechanism named in the singular whatever the text's number ("трехсторонние саммиты проводятся …"
# is the trilateral summit); "переговоры", "консультации" keep theirs.
SINGULAR_HEADS = frozenset({"саммит", "встреча", "формат", "механизм", "диалог", "заседание"})
PLURAL_HEADS = frozenset({"консультация", "переговоры"})  # named in the plural, whatever an adjective after them


def nominative(phrase: str) -> str:
    """``межправительственной комиссии`` → ``межправительственная комиссия`` (the number of the first adjective;
    the singular for a head noun of ``SINGULAR_HEADS``)."""
    words = phrase.lower().split()
    number, after = None, False  # after: the first adjective is of the head noun's complement ("… высокого уровня")
    for w in words:
        adj = next((p for p in morph.parses(w) if p.tag.POS == "ADJF"), None)
        if adj is not None:
            number = None if after else adj.tag.number
            break
        head = morph.parses(w)[:1]
        after = after or bool(head and head[0].tag.POS == "NOUN")
        if head and head[0].normal_form in PLURAL_HEADS:
            number = "plur"  # "консультации высокого уровня": plural whatever case the form may also read
            break
    if any(p.normal_form in PLURAL_HEADS for w in words[-1:] for p in morph.parses(w)[:1]):
        number = "plur"  # "мирным переговорам": "мирные переговоры", not the singular "мирным" also reads
    forced = None  # the head noun's gender (or "sing") where the name is put in the singular
    head = next((p for w in words[-1:] for p in morph.parses(w)[:1] if p.normal_form in SINGULAR_HEADS), None)
    if head is not None:
        number, forced = "sing", str(head.tag.gender or "sing")
    out, noun = [], False
    gender = next((str(p.tag.gender) for w in words for p in morph.parses(w)[:1] if p.tag.POS == "NOUN"), None)
    for w in words:  # the adjectives and the head noun; a genitive after it stays ("совет сотрудничества")
        if w == "и" and not noun:  # adjectives joined ("торгового и инвестиционного диалога"): no noun "и"
            out.append(w)
            continue
        parses = [p for p in morph.parses(w) if p.tag.POS in ("NOUN", "ADJF")]
        parses = [p for p in parses if not {"Name", "Surn"} & p.tag.grammemes] or parses  # "ретрит": no first name
        fit = next((p for p in parses if number is None or p.tag.number == number), parses[0] if parses else None)
        wanted = {"nomn", fit.tag.number} if fit is not None and fit.tag.number else set()
        if wanted and not noun and fit.tag.POS == "ADJF" and fit.tag.number == "sing" and gender in ("masc", "femn",
                                                                                                       "neut"):
            wanted.add(gender)  # "Совместного комитета": masculine like its noun, not the neuter the form also reads
        if forced and fit is not None:
            wanted = {"nomn", "sing"} | ({forced} if fit.tag.POS == "ADJF" and forced in ("masc", "femn", "neut")
                                         else set())
        form = inflected(fit, wanted, w) if wanted and not noun else None
        out.append(form.word if form else w)
        noun = noun or (fit is not None and fit.tag.POS == "NOUN")
    return " ".join(out)


# Short forms of the words of a mechanism's name, spelt out so that one name is one format.
SHORT_FORMS = {"спецпред": "специальных представител", "замминис": "заместителей министр",
               "нацменьш": "национальных меньшинств"}
SHORT_NAMES = {"межправконсультация": "межправительственные консультации"}  # one name, one format
SHORT = re.compile(r"\b(?:спецпредставител|замминистр)(?=\w)|\bнацменьшинств\w*", re.I)
# Consultations of deputy ministers told without "на уровне" ("консультации замглав МИД"): one name with those told so.
DEPUTIES = re.compile(r"консультации\s+(?:перв\w+\s+)?(?:заместител|замминистр|замглав)", re.I)


# The foreign ministry is the default office of consultations "at the level of": "заместителей министров иностранных
# дел", "первых заместителей министров", "замглав МИД" and "заместителей министров" are one level, one name.
_CONSULT_CANON = ((re.compile(r"\bглав\s+(?:мид|внешнеполитических\s+ведомств)$", re.I), "министров"),
                  (re.compile(r"\s+иностранных\s+дел$", re.I), ""),
                  (re.compile(r"\bперв\w+\s+(?=заместител)", re.I), ""))


# Consultations of the foreign ministries themselves (no rank told): "на уровне МИД", "между министерствами
# иностранных дел", "министерств иностранных дел" are one level, one name, "двусторонние" or not.
_MINISTRIES = re.compile(r"(?:двусторонн\w+\s+)?консультации\s+(?:на\s+уровне\s+|между\s+)?"
                         r"(?:министерств\w*(?:\s+иностранных\s+дел)?|мид|внешнеполитических\s+ведомств)$", re.I)


def consultations_name(name: str) -> str:
    """One name per level of consultations: ``консультации на уровне первых заместителей министров иностранных
    дел`` and ``консультации замглав МИД`` → ``консультации на уровне заместителей министров``; ``консультации между
    министерствами иностранных дел`` and ``консультации на уровне МИД`` → ``консультации на уровне министерств
    иностранных дел``."""
    if _MINISTRIES.match(name):
        return "консультации на уровне министерств иностранных дел"
    if DEPUTIES.match(name):  # "консультации замглав МИД", told without "на уровне"
        return "консультации на уровне заместителей министров"
    if re.search(r"секретар", name, re.I):  # "на уровне секретарей МИД": the office is the name
        return name
    for pattern, by in _CONSULT_CANON:
        name = pattern.sub(by, name)
    return name
