"""The quote stage: the transcript, direct speech, indirect speech, then each quote's speaker resolved
in reading order (a resolved person is salient for what follows); a quotation after a colon goes on with
the speech before it (``continuing``), and unattributed quotations are the principal speaker's, if the
document has one (``principal``)."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from ...marks import DASHES, OPENERS
from ...morph import fold, lemmas
from ...records import Document, Quote, Turn
from ...settings import DEFAULT, QuoteSettings, Settings
from ..entities import with_countries
from ..roles import head_lemma
from .actors import best
from .authored import authored_quotes, statement_title
from .cues import FIRST_PERSON_WORDS, REPORTS, cue_lemma
from .direct import find_direct
from .indirect import find_indirect
from .interview import interview_quotes
from .posts import post_quotes
from .reading import Attribution, Found, Reading, quote_id
from .speakers import SUBJECT
from .transcript import Transcript, read_transcript, turn_quotes


class QuoteFinder:
    """Finds the quotes of one document (see the package docstring)."""

    def __init__(self, doc: Document, settings: QuoteSettings = DEFAULT.quotes):
        self.doc = doc
        self.reading = Reading(doc, settings)
        self.transcript = Transcript()
        self.proxied: set[tuple[int, int]] = set()  # quotes of an unnamed official the text did not name

    def turns(self) -> list[Turn]:
        """The turns of a transcript whose labels name a person (after ``run``)."""
        return self.transcript.turns()

    def run(self) -> tuple[list[Quote], str | None]:
        """The quotes, sorted by offset, and the speaker of the whole text (a transcript's)."""
        r = self.reading
        if not r.view.tokens:
            return [], None
        self.transcript = read_transcript(r)
        found = find_direct(r)
        r.salience.quoted = [(f.start, f.stop) for f in found if not f.loose]
        subject_salience(r)
        indirect = find_indirect(r)
        found = [f for f in found if not (f.loose and any(i.start < f.stop and f.start < i.stop for i in indirect))]
        found = sorted(found + indirect, key=lambda f: (f.order, f.start))
        quotes = [q for q in (self._quote(f) for f in found) if q is not None]
        quotes = named_next(r, quotes, self.proxied)
        quotes = continuing(r, quotes, {(f.start, f.stop) for f in found if f.after_colon})
        loose = {(f.start, f.stop) for f in found if f.loose}
        unattributed = {(f.start, f.stop) for f in found if f.attribution is None}
        quotes = led_in(r, principal(r, quotes, unattributed, loose), unattributed)
        quotes = [q for q in quotes if q.speaker is not None or (q.start, q.stop) not in loose]
        quotes += turn_quotes(r, self.transcript)
        if not self.transcript.turns():  # "Вопрос:"/"Ответ:" label no one: an interview's turns
            quotes += interview_quotes(r)
        speaker = self.transcript.speaker
        title = statement_title(r) if speaker is None else None
        if title is not None:  # "Комментарий официального представителя МИД …": the text is the author's
            quotes += authored_quotes(r, title, quotes)
            speaker = title[1]
        quotes += post_quotes(r, quotes)  # "Приводим публикацию полностью." / the author's line / the post
        return sorted(dedupe(quotes), key=lambda q: q.start), speaker

    def _quote(self, f: Found) -> Quote | None:
        speaker = resolve(self.reading, f.attribution, f.order) if f.attribution else None
        if (not f.direct or f.needs_speaker) and speaker is None:
            return None
        if not f.direct and reported_fact(self.reading, f, speaker):
            return None
        if speaker is not None and f.attribution.speaker.proxy and not self.reading.actors.is_person(speaker):
            self.proxied.add((f.start, f.stop))
        if speaker is not None and self._names(speaker, self.doc.text[f.start:f.stop]):
            return None  # "«Разбор» — объясняем главное": a name in quotation marks, not its bearer's words
        cue = None
        if f.attribution and f.attribution.verb is not None:
            cue = cue_lemma(f.attribution.verb)
        return Quote(id=quote_id(self.doc.id, f.start, f.stop), text=self.doc.text[f.start:f.stop], start=f.start,
                     stop=f.stop, evidence_start=f.evidence[0], evidence_stop=f.evidence[1], speaker=speaker,
                     direct=f.direct, cue=cue)


    def _names(self, entity: str, text: str) -> bool:
        """``text`` is only a name of ``entity``."""
        e = next((x for x in self.doc.entities if x.id == entity), None)
        return e is not None and fold(text.strip(" «»\"“”„.,")) in {fold(n) for n in (e.name, *e.aliases)}


def subject_salience(r: Reading) -> None:
    """Persons named as subjects, outside quotation marks, are salient (and bodies an unnamed person
    speaks for: ``представитель МИД X``)."""
    for t in r.view.tokens:
        if t.rel not in SUBJECT or r.in_quote(t.start):
            continue
        subtree = r.view.subtree(t)
        if r.speakers.reports(t, subtree):
            continue  # "пишет газета", "корреспондент ТАСС": no one's words
        found = best([a for a in r.actors.actors(subtree) if not r.actors.outlet(a.entity)])
        holder = r.actors.role_person(t)
        if holder is not None and (found is None or found.kind != "person"):
            r.salience.add(t.start, holder)
        elif found is not None and found.kind == "person":
            r.salience.add(t.start, found.entity)
        elif found is not None and r.actors.unnamed(t) and found.kind in ("organization", "country"):
            # "представитель Кремля" is the spokesman the text named, when it did (the pronoun after is his)
            named = r.actors.office_holder(head_lemma(t), found.entity)
            r.salience.add(t.start, *((named,) if named else (found.entity, t.feats.get("Gender") or "Masc")))


def resolve(r: Reading, att: Attribution, at: int) -> str | None:
    """The entity of an attribution's speaker, pronouns and bare titles resolved backwards;
    the resolved person becomes salient for what follows."""
    sp = att.speaker
    if sp.first_person or sp.source:
        return None
    entity = sp.entity
    if entity is not None and entity.startswith("?"):
        entity = r.salience.antecedent(entity, at)
        if sp.single and not r.actors.is_person(entity):
            return None  # "как сообщил иранский дипломат": no one named, and no body speaks
    if entity is not None and sp.proxy:
        # "пишет официальный представитель МИД": the person the text names in that office, else the body
        # (or the country an official speaks for: "заявил посол Индии")
        entity = r.actors.office_holder(sp.title, entity) or entity
    if entity is not None and r.actors.is_person(entity):
        r.salience.add(att.start, entity)
        r.salience.said.append((att.start, entity))
    elif entity is not None and sp.proxy:
        r.salience.add(att.start, entity, sp.proxy)
    if entity is not None and not r.actors.is_person(entity):
        r.salience.bodies.append((att.start, entity))
    return entity


def reported_fact(r: Reading, f: Found, speaker: str | None) -> bool:
    """Reported words that are the source of a fact, not anyone's statement: a body, a place or a country
    reports (``REPORTS``) what happened, in the past tense, as the source named after the words or without a
    subject (``Стороны провели переговоры, сообщили в МИД``, ``В Лиме было до плюс 31 градуса, сообщает
    метеослужба``, ``Как сообщили в МИД, министры обсудили …``, ``Как сообщает X со ссылкой на МИД, …``;
    ``ФИФА сообщила, что проблема усугубилась`` is FIFA's statement)."""
    verb = f.attribution.verb if f.attribution else None
    if verb is None or speaker is None or r.actors.is_person(speaker) or not lemmas(verb.text) & REPORTS:
        return False
    if f.start > verb.start and r.view.child(verb, SUBJECT) is not None and r.speakers.cited(verb, f.start) is None:
        return False  # but "Как сообщает X со ссылкой на пресс-службу МИД, …" is the body's report
    inside = {t.id for t in r.view.tokens_in(f.start, f.stop)}
    heads = [t for t in r.view.tokens_in(f.start, f.stop)
             if t.pos in ("VERB", "AUX", "ADJ") and (t.head_id not in inside or t.rel == "root")]
    tenses = {t.feats.get("Tense") for t in heads} - {None}
    return tenses == {"Past"}


def named_next(r: Reading, quotes: list[Quote], proxied: set[tuple[int, int]]) -> list[Quote]:
    """The words of an unnamed official the text names nowhere before (``Министр иностранных дел X заявил,
    что …``) are the person whose words come next in the same paragraph (``«…», — пишет Фамилия``), when no
    other person is named from the one to the other and that person is of no other side than the official's
    body."""
    out = sorted(quotes, key=lambda q: q.start)
    for i, q in enumerate(out):
        if (q.start, q.stop) not in proxied:
            continue
        para = r.view.paragraph(q.start)
        nxt = next((x for x in out[i + 1:] if x.start >= q.stop), None)
        if nxt is None or r.view.paragraph(nxt.start) != para or not r.actors.is_person(nxt.speaker):
            continue
        side, own = r.actors.side(q.speaker), r.actors.side(nxt.speaker)
        others = any(q.evidence_start <= m.start < nxt.evidence_stop and r.actors.is_person(m.entity)
                     and m.entity != nxt.speaker for m in r.doc.mentions)
        if others or (own is not None and own != side):
            continue
        out[i] = dataclasses.replace(q, speaker=nxt.speaker)
    return out


def continuing(r: Reading, quotes: list[Quote], colon: set[tuple[int, int]]) -> list[Quote]:
    """A quotation after a colon with no verb of speech before it (``… не забывали свой язык: «…»``)
    goes on with the speech reported just before it in its paragraph (``Он утверждает, что …``), when no
    other person is named between; without such speech it is no quote."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: q.start):
        if (q.start, q.stop) in colon:
            para = r.view.paragraph(q.start)
            prev = next((x for x in reversed(out) if x.stop <= q.start), None)
            named = prev is not None and any(
                prev.stop <= m.start < q.start and r.actors.is_person(m.entity) and m.entity != prev.speaker
                for m in r.doc.mentions)
            if prev is None or prev.speaker is None or r.view.paragraph(prev.start) != para or named:
                continue
            q = dataclasses.replace(q, speaker=prev.speaker, direct=True)
        out.append(q)
    return out


def principal(r: Reading, quotes: list[Quote], unattributed: set[tuple[int, int]],
              loose: set[tuple[int, int]]) -> list[Quote]:
    """A quotation with no attribution opening a paragraph, or a clause quoted inside a sentence (``loose``:
    ``Путин «приоткрыл дверь для …»``), is the words of the document's principal speaker, when there is
    one: a person who speaks in ``principal_quotes`` quotes or more and in at least ``principal_share`` of
    the quotes with a speaker (an opinion piece retold: ``пишет X``, ``признает автор``, ``считает она``)."""
    said = Counter(q.speaker for q in quotes if q.speaker is not None)
    if not said:
        return quotes
    person, n = said.most_common(1)[0]
    s = r.settings
    if not r.actors.is_person(person) or n < s.principal_quotes or n < s.principal_share * sum(said.values()):
        return quotes
    out = []
    for q in quotes:
        pa = r.view.paragraph(q.start)[0]
        opens = not r.text[pa:q.start].strip(" \t" + DASHES + "".join(OPENERS)) or (q.start, q.stop) in loose
        if q.speaker is None and q.direct and (q.start, q.stop) in unattributed and opens:
            q = dataclasses.replace(q, speaker=person)
        out.append(q)
    return out


def led_in(r: Reading, quotes: list[Quote], unattributed: set[tuple[int, int]]) -> list[Quote]:
    """A quotation in the first person with no attribution that opens the paragraph right after one naming a single
    person (``Министр X прибыл в Y.`` / ``«Мы приехали с добрыми намерениями»``) is that person's words."""
    out = []
    for q in quotes:
        pa = r.view.paragraph(q.start)[0]
        if q.speaker is None and q.direct and (q.start, q.stop) in unattributed and \
                not r.text[pa:q.start].strip(" \t" + "".join(OPENERS)) and _first_person(q.text):
            before = [p for p in r.view.paragraphs if p[1] <= pa and not r.text[p[1]:pa].strip()]
            named = {m.entity for m in r.actors.doc.mentions if before and before[-1][0] <= m.start < before[-1][1]
                     and m.via == "name" and r.actors.is_person(m.entity) and not r.in_quote(m.start)}
            if len(named) == 1:
                q = dataclasses.replace(q, speaker=named.pop())
        out.append(q)
    return out


def _first_person(text: str) -> bool:
    return bool({w.lower() for w in re.findall(r"\w+", text)} & FIRST_PERSON_WORDS)


def dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per span, the first found that has a speaker (a quotation under its speaker's label: the label's);
    reported words that only open with the attribution of reported words of the same speaker are those (``По словам
    X, он ожидает, что …``; ``X считает, что A. Об этом он заявил …``, whose words told back are A's sentence whole; not
    ``сообщила, что A, и выразила сожаление, что B``, which holds A too)."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.stop - q.start), q.speaker is None)):
        if any(x.start == q.start and x.stop == q.stop for x in out) or any(_opens(q, x) for x in quotes):
            continue
        out.append(q)
    return out


ATTRIBUTION_WORDS = 4  # the most words of an attribution that opens reported words (``он ожидает, что``)


def _opens(outer: Quote, inner: Quote) -> bool:
    """Do ``outer``'s reported words only open with the attribution of ``inner``'s, of the same speaker?"""
    if outer.direct or inner.direct or outer.speaker is None or inner.speaker != outer.speaker:
        return False
    within = outer.start <= inner.start and inner.stop <= outer.stop and inner.stop - inner.start < len(outer.text)
    # "X считает, что A. Об этом он заявил …": the words told back are the whole sentence of A, attribution and all
    return within and (len(outer.text[:inner.start - outer.start].split()) <= ATTRIBUTION_WORDS or
                       outer.start == inner.evidence_start)


def find_quotes(doc: Document, settings: QuoteSettings = DEFAULT.quotes) -> tuple[list[Quote], str | None, list[Turn]]:
    """The quotes of a document, the speaker of the whole text (a transcript) and its turns, if any."""
    finder = QuoteFinder(doc, settings)
    quotes, speaker = finder.run()
    return quotes, speaker, finder.turns()


class QuoteStage:
    """Quotes, the speaker of a transcript and its turns; and, for the stance stage, who is salient
    where (``salient``) and the direct speech in quotation marks (``quoted``)."""

    name = "quotes"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles"})
    provides = frozenset({"quotes", "speaker", "turns", "entities", "salient", "quoted"})

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings.quotes

    def __call__(self, doc: Document) -> Document:
        finder = QuoteFinder(doc, self.settings)
        quotes, speaker = finder.run()
        return doc.replace(quotes=tuple(quotes), speaker=doc.speaker or speaker, turns=tuple(finder.turns()),
                           entities=with_countries(doc.entities, [q.speaker for q in quotes]),
                           **finder.reading.salience.records())
