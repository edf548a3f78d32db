"""Interviews: questions and answers that alternate, each a paragraph opened by a dash, the questions ending in
a question mark (``— Господин посол, как вы оцениваете …?`` / ``— Мы приветствуем …``), or by the labels of the
turns (``Вопрос: …`` / ``Ответ: …``), after a standfirst that
names the one person interviewed (``Посол России в Перу Иван Петров – о переговорах …``).  Each answer is a
direct quote of that person.

An interview needs ``interview_min_turns`` questions and as many answers, the first dashed paragraph a question,
and exactly one person named before it (a byline's author after the first dash does not count), or, of several, the
one the first question addresses (``— Господин Димитров, …``; not one it speaks of: ``— Когда ждать визита министра?``),
else the one the standfirst says tells (``… рассказал посол России Иван Петров``, not the reporter told)."""
from __future__ import annotations

import re

from ...marks import DASHES
from ...morph import fold
from ...records import Quote
from .authored import turn
from .cues import FIRST_PERSON_WORDS, PRONOUNS, speech_class
from .reading import Reading, quote_id, trim

YOU = PRONOUNS["YOU"]


def interview_quotes(r: Reading) -> list[Quote]:
    """The answers of an interview as quotes of the person interviewed; none when the text is no interview."""
    dashed = [(a, b, _asks(r.text[a:b])) for a, b in r.view.paragraphs if _dashed(r.text[a:b])]
    labelled = [(a + t[2].start - t[0].start if k == "answer" else a, b, k == "question")
                for a, b in r.view.paragraphs
                if (t := r.view.tokens_in(a, b)) and (k := turn(t)) is not None]
    dashed = dashed if len(dashed) >= len(labelled) else labelled
    questions = sum(1 for *_, q in dashed if q)
    if not dashed or not dashed[0][2] or min(questions, len(dashed) - questions) < r.settings.interview_min_turns:
        return []
    first = dashed[0][0]
    persons = {m.entity for m in r.doc.mentions if m.stop <= first and r.actors.is_person(m.entity)}
    if len(persons) > 1:  # "— Господин Димитров, каковы итоги?": the one the first question addresses
        asked = r.text[dashed[0][0]:dashed[0][1]]
        persons = {m.entity for m in r.doc.mentions if dashed[0][0] <= m.start < dashed[0][1]
                   and m.entity in persons and _vocative(r, m.start, m.stop)} or \
            {p for p in persons if _addressed(r, p, asked)} or _telling(r, persons, first)
    if len(persons) != 1:
        return []
    person = persons.pop()
    out = []
    for a, b, question in dashed:
        if question:
            continue
        s, e = trim(r.text, a, b)
        if e - s >= r.settings.min_part_chars:
            out.append(Quote(id=quote_id(r.doc.id, s, e), text=r.text[s:e], start=s, stop=e, evidence_start=a,
                             evidence_stop=b, speaker=person, direct=True, cue=None))
    return out


def _vocative(r: Reading, at: int, stop: int) -> bool:
    """A mention that may address the person (``— Господин посол, …``: the nominative), not one that speaks of
    someone else (``— Когда ждать визита министра?``)."""
    tokens = r.view.tokens_in(at, stop)
    return not tokens or any(t.feats.get("Case") in (None, "Nom") for t in tokens)


def _telling(r: Reading, persons: set[str], first: int) -> set[str]:
    """Of several persons the standfirst names, the one it says tells (``… рассказал посол X``, ``X ответил на вопросы
    …``): the subject of a verb of speech before the first question (not its addressee, the reporter)."""
    told = set()
    for t in r.view.tokens_in(0, first):
        if speech_class(t) == "say":
            sp = r.speakers.subject_of(t, t.start, t.stop)
            if sp.entity in persons:
                told.add(sp.entity)
    return told


def _asks(paragraph: str) -> bool:
    """A question: it ends with a question mark, or addresses the person (``вас``) and speaks for no one (``мы``)."""
    said = set(re.findall(r"\w+", fold(paragraph)))
    return paragraph.rstrip().endswith("?") or bool(said & YOU) and not said & FIRST_PERSON_WORDS


def _dashed(paragraph: str) -> bool:
    stripped = paragraph.lstrip()
    return bool(stripped) and stripped[0] in DASHES and stripped[1:2] == " "


def _addressed(r: Reading, person: str, question: str) -> bool:
    """Does the question name the person by the surname (``— Господин Димитров, …``)?"""
    entity = next((e for e in r.doc.entities if e.id == person), None)
    surname = entity.name.split()[-1] if entity is not None and entity.name else ""
    return len(surname) > 2 and surname[:-1] in question
