"""Transcripts: a paragraph that starts with a person's mention and a colon (``И.Петров: …``), or a
stenogram's label alone in its paragraph (``Петров И. С., Министр иностранных дел.``, ``И.Петров:``), makes that person
the speaker of what follows until the next such label (``Вопрос:`` ends a turn).

When one person's label opens the text and no other speaker's label follows, the document's
``speaker`` is set and no quotes are made of the turn (the whole text is the quote); with several
speakers each paragraph of a person's turn is a direct quote (``Имя: «…»``: the quotation, however
many paragraphs it runs over).  A first line that ends without sentence punctuation is a headline
(``Петров: для Дели и Парижа важно …``), not a turn; so is such a line among the page's head lines (an outlet's
name, a date: no line before it ends a sentence) when the paragraph after it names that person as a narrator
would (``Министр Петров заявил …``): the lead of a news item, not the person's words.  A label of a reporter or an
outlet (``Корреспондент:``, ``Агентство X:``, a briefing's question) opens a turn of no one's words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...marks import LABEL, closing_guillemet
from ...morph import fold, lemmas
from ...records import Quote, Turn
from .cues import AGENCIES, OUTLET_NOUNS, REPORTERS
from .reading import Reading, quote_id, trim

BRACKETED = re.compile(r"\s*\([^()]*\)$")  # a remark after the name: "У.Хурэлсух (как переведено):"
SENTENCE_END = re.compile(r"[.!?…»\"“”]\s*$")
HEAD_END = re.compile(r"[.!?…,;:]\s*$")  # a line of a page's head (an outlet, a date, a headline) ends with none
# A stenogram's label, a paragraph of its own: a surname and initials, then an office or a faction
# ("Петров И. С., Министр иностранных дел.", "Сидоров А. Б., фракция «…».").
STENOGRAM = re.compile(r"\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? [А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)(?:,[^\n]{0,120}?)?\.?\s*$")
ALONE = re.compile(r"\s*([^\s:][^:\n]{0,50}?):\s*$")  # a person's label alone on its line ("С.В.Лавров:")
SHORT_LABEL = re.compile(r"[А-ЯЁA-Z][\w.\-]*( [\w.\-]+)?")  # "Вопрос:", "Ведущий:"


@dataclass
class Transcript:
    """The turns of a transcript, (start of the words, end, person or None); ``speaker`` when one
    person speaks throughout."""

    spans: list[tuple[int, int, str | None]] = field(default_factory=list)
    speaker: str | None = None

    def turns(self) -> list[Turn]:
        """The turns whose labels name a person."""
        return [Turn(a, b, p) for a, b, p in self.spans if p is not None]


def read_transcript(r: Reading) -> Transcript:
    """The transcript's turns and speaker; the speaker of the whole text is salient from its label on."""
    out = Transcript()
    labels = _labels(r)
    # the labels alone on their line ("С.В.Лавров:"): their words begin where their paragraph ends
    alone = {t for pa, t, _ in labels if r.view.paragraph(pa)[1] == t and r.text[pa:t].rstrip().endswith(":")}
    if not labels:
        return out
    for n, (_, text_start, person) in enumerate(labels):
        end = labels[n + 1][0] if n + 1 < len(labels) else len(r.text)
        if text_start in alone:  # "С.В.Лавров:" alone, then «…»: the turn is the quotation
            o = text_start + len(r.text[text_start:end]) - len(r.text[text_start:end].lstrip())
            c = closing_guillemet(r.text, o, end)
            end = r.view.paragraph(c)[1] if c is not None else end
        out.spans.append((text_start, end, person))
    people = {p for _, _, p in labels}
    if all(t in alone for _, t, _ in labels):
        return out  # a label before a quotation makes no one the voice of the whole text
    first_para = r.view.paragraphs.index(next(p for p in r.view.paragraphs if p[0] == labels[0][0]))
    if len(people) == 1 and None not in people and first_para <= r.settings.transcript_start_paragraph:
        out.speaker = labels[0][2]
        r.salience.add(labels[0][1], out.speaker)
    return out


def _labels(r: Reading) -> list[tuple[int, int, str | None]]:
    """(paragraph start, text start, person or None) of the paragraphs a label opens."""
    labels: list[tuple[int, int, str | None]] = []
    head = True  # no paragraph so far ends a sentence: the page's head lines
    for n, (pa, pb) in enumerate(r.view.paragraphs):
        line = r.text[pa:pb]
        in_head, head = head, head and not HEAD_END.search(line)
        s = STENOGRAM.match(line)
        if s:  # "Петров И. С., фракция «…».": the words are the paragraphs after it
            person = r.actors.person_named(pa + s.start(1), pa + s.end(1))
            if person is not None:
                labels.append((pa, pb, person))
            continue
        m = LABEL.match(line)
        alone = ALONE.match(line) if not m else None
        if alone:  # "С.В.Лавров:" alone on its line: the person's words are the paragraphs after it
            person = r.actors.person_named(pa + alone.start(1), pa + alone.end(1))
            if person is not None:
                labels.append((pa, pb, person))
            continue
        if not m:
            continue
        label_start = pa + m.start(1)
        label_stop = pa + m.start(1) + len(BRACKETED.sub("", m.group(1)))
        if n == 0 and not SENTENCE_END.search(line):
            continue  # a headline "Петров: для Дели и Парижа важно …"
        label_words = r.view.tokens_in(label_start, label_stop)
        if any(lemmas(t.text) & (REPORTERS | OUTLET_NOUNS | AGENCIES) for t in label_words) or \
                any(r.actors.outlet(a.entity) for a in r.actors.actors(label_words)):
            labels.append((pa, pa + m.end(1) + 1, None))  # "Корреспондент:", "Агентство X:": the outlet's turn
            continue
        person = r.actors.person_named(label_start, label_stop) \
            or _by_initials(r, r.text[label_start:label_stop])  # "М.М.Л.:" of an interview's answers
        lead = _narrated(r, n, person, r.text[label_start:label_stop]) \
            if in_head and n > 0 and person is not None and not HEAD_END.search(line) else None
        if lead is not None:  # "Петров: …" over "Министр Петров заявил …": a headline and its lead
            r.salience.principal = r.salience.principal or lead
            continue
        if person is None and (not SHORT_LABEL.fullmatch(r.text[label_start:label_stop]) or any(
                t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short"
                for t in r.view.tokens_in(label_start, label_stop))):
            continue  # a label is a name or one or two words ("Вопрос:", "Ведущий:"), not "Вынуждена сообщить:"
        labels.append((pa, pa + m.end(1) + 1, person))
    return labels


INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.\s?){2,4}")  # "М.М.Л.", "Б. Т. Ш."


def _by_initials(r: Reading, label: str) -> str | None:
    """The one person the document names whose words begin with the letters of an initials label (``М.М.Л.`` for
    ``Мария Мануэла Лукас``); None for any other label."""
    if not INITIALS.fullmatch(label.strip()):
        return None
    letters = re.sub(r"[.\s]", "", label)
    found = {e.id for e in r.doc.entities if e.type == "person" and len(e.name.split()) == len(letters)
             and "".join(w[0] for w in e.name.split()).upper() == letters}
    return found.pop() if len(found) == 1 else None


def _narrated(r: Reading, n: int, person: str, label: str) -> str | None:
    """The person the lead after paragraph ``n`` names outside quotation marks as ``person`` (or by the label's
    surname's stem: a headline's ``Петрова:`` and the lead's ``Анна Петрова``, however the tagger told them apart); the
    lead is the first paragraph after it that ends a sentence, past head lines that end none (a date, a time, a
    byline: ``17 ноября 2026, 16:45``)."""
    lead = next((p for p in r.view.paragraphs[n + 1:] if HEAD_END.search(r.text[p[0]:p[1]])), None)
    if lead is None:
        return None
    a, b = lead
    words = fold(label).split()
    stem = words[-1][:-1] if words and len(words[-1]) > 3 else None
    return next((m.entity for m in r.doc.mentions if a <= m.start < b and m.via == "name" and not r.in_quote(m.start)
                 and (m.entity == person or stem is not None and r.actors.is_person(m.entity) and
                      any(w.startswith(stem) for w in fold(r.text[m.start:m.stop]).split()))), None)


def turn_quotes(r: Reading, transcript: Transcript) -> list[Quote]:
    """The quotes of a dialogue: each paragraph of a person's turn (none when one person speaks throughout)."""
    if transcript.speaker is not None:
        return []
    text, doc_id, shortest = r.text, r.doc.id, r.settings.min_part_chars
    out = []
    for start, end, person in transcript.spans:
        if person is None:
            continue
        o = start
        while o < end and text[o].isspace():
            o += 1
        c = closing_guillemet(text, o, end)
        if c is not None:  # "Имя: «…»": the quotation, however many paragraphs it runs over
            a, b = trim(text, o + 1, c)
            if b - a >= shortest:
                out.append(Quote(id=quote_id(doc_id, a, b), text=text[a:b], start=a, stop=b,
                                 evidence_start=r.view.paragraph(o)[0], evidence_stop=r.view.paragraph(c)[1],
                                 speaker=person, direct=True, cue=None))
            continue
        for pa, pb in r.view.paragraphs:
            a, b = max(pa, start), min(pb, end)
            if a >= b:
                continue
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b - a < shortest or pa > start and _heading(text[a:b], r.settings.heading_words):
                continue
            out.append(Quote(id=quote_id(doc_id, a, b), text=text[a:b], start=a, stop=b,
                             evidence_start=pa, evidence_stop=pb, speaker=person, direct=True, cue=None))
    return out


def _heading(paragraph: str, words: int) -> bool:
    """``О российско-финской комиссии`` between a briefing's turns, fewer than ``words`` words without sentence
    punctuation: no words of the speaker."""
    return not SENTENCE_END.search(paragraph) and len(paragraph.split()) < words
