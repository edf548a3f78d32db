"""One document as the stance rules read it: the view and actors (``quotes.actors``), the speakers and
the salience the quote stage recorded, and the voice of each offset (who speaks there) and the sides
of the document (``мы`` → the speaker's country).  Quotes are read from ``Document.quotes``, never
found again."""
from __future__ import annotations

from collections import Counter

from ... import gazetteer
from ...ids import country_id
from ...morph import lemmas
from ...records import Document
from ...settings import Settings
from ..quotes.actors import Actors
from ..quotes.cues import BODY_NAMES
from ..quotes.posts import body_named
from ..quotes.salience import Salience
from ..quotes.speakers import Speakers
from .words import COUNTERPARTS, FORWARDED, ISSUED, JOINT, STATEMENTS


class Context:
    """The document, its actors and speakers, and the document-level facts of its sides."""

    def __init__(self, doc: Document, settings: Settings):
        self.doc = doc
        self.text = doc.text
        self.settings = settings.stances
        self.home = settings.entities.home_country  # the country bare body names stand for at home
        self.actors = Actors(doc)
        self.view = self.actors.view
        self.speakers = Speakers(self.actors, settings.quotes)
        self.salience = Salience.of(self.actors)
        self._counts: Counter | None = None
        self._counterparts: set[str] | None = None
        self._joint: list[str] | None = None
        self._site: tuple[str | None] | None = None
        self._posts: list[tuple[int, int, str]] | None = None

    def side(self, entity: str) -> str:
        """The country an entity stands for, else the entity itself."""
        return self.actors.side(entity) or entity

    # ---- voices
    def voice(self, offset: int) -> str | None:
        """The speaker of the quote the offset stands in (a quote whose speaker the quote stage left unknown: the one
        side its attribution names, ``— говорится в заявлении малийского правительства``), else the transcript's
        speaker or the author, else the first side of a joint statement."""
        around = [q for q in self.doc.quotes if q.start <= offset < q.stop]
        inner = min(around, key=lambda q: q.stop - q.start) if around else None
        if inner is not None and inner.speaker is None:
            told = self.attribution(inner)
            if told is not None:
                return told
        inside = [q for q in around if q.speaker]
        if inside:
            return min(inside, key=lambda q: q.stop - q.start).speaker
        if self.doc.speaker is None and around == [] and self.joint():
            return self.joint()[0]
        if self.doc.speaker is None and around == []:
            return next((body for a, b, body in self.posts() if a <= offset < b), None)
        return self.doc.speaker

    def site(self) -> str | None:
        """The body whose own page the text is: the page's first line names it alone, a short line with no verb
        (``Министерство иностранных дел Республики X``, ``Посольство X в Y``), a body of a country and no outlet; it
        speaks a statement made in the passive (``Подчеркнуто, что …``, ``Послу было заявлено, что …``)."""
        if self._site is None:
            self._site = (self.body_alone(*self.view.paragraphs[0]) if self.view.paragraphs else None,)
        return self._site[0]

    def posts(self) -> list[tuple[int, int, str]]:
        """The posts a page gives whole, each (start, stop, body): a line naming a body alone (a channel's name,
        ``🇽🇽 Посольство X в Y``) after a line that announces it (``Приводим текст полностью:``) or after
        ``Переслано из:``, and the post's text, the lines after it up to a blank line; the post is the body's words."""
        if self._posts is None:
            self._posts = []
            paragraphs = self.view.paragraphs
            for (pa, pb), (qa, qb) in zip(paragraphs, paragraphs[1:]):
                line = self.text[pa:pb].strip()
                first = line.split(maxsplit=1)[0] if line else ""
                if not (line.endswith(":") or lemmas(first) & FORWARDED):
                    continue  # (the next line's body read only after a line that announces a post)
                body = self.body_alone(qa, qb)
                if body is None:
                    continue
                end = self.text.find("\n\n", qb)
                self._posts.append((qb, end if end >= 0 else len(self.text), body))
        return self._posts

    def body_alone(self, a: int, b: int) -> str | None:
        """The body a short line with no verb names alone (a body of a country, no outlet), else None."""
        words = [t for t in self.view.tokens_in(a, b) if t.pos != "PUNCT" and any(c.isalnum() for c in t.text)]
        found = self.actors.actors(words)
        bodies = [x for x in found if x.kind == "organization"]
        if not bodies:  # the tagger found the body's name elsewhere only ("🇽🇽 Посольство X в Y")
            named = body_named(self.actors, " ".join(t.text for t in words))
            if named is not None:
                return named
        if not words or len(words) > self.settings.site_words or len(bodies) != 1 or \
                not all(x.kind in ("organization", "country") for x in found) or \
                self.actors.outlet(bodies[0].entity) or self.actors.side(bodies[0].entity) is None or \
                any(t.pos in ("VERB", "AUX") for t in words):
            return None
        return bodies[0].entity

    def attribution(self, q) -> str | None:
        """The one country the words around a quote name (its attribution), not an outlet's."""
        tokens = [t for t in self.view.tokens_in(q.evidence_start, q.evidence_stop) if not q.start <= t.start < q.stop]
        sides = {self.actors.side(a.entity) for a in self.actors.actors(tokens) if not self.actors.outlet(a.entity)}
        if not sides and any(lemmas(t.text) & ISSUED for t in tokens):
            return self.issuer(q.evidence_start)
        return sides.pop() if len(sides) == 1 and None not in sides else None

    def issuer(self, offset: int) -> str | None:
        """``«…», — отмечается в сообщении`` naming no one: the country of the one state body the sentences just
        before name (``посла вызвали в МИД X … Сообщение размещено на сайте ведомства``, ``в министерстве
        иностранных дел X``), who issued it."""
        k = self.view.sentence_index(offset)
        for sentence in reversed(self.view.sentences[max(0, k - self.settings.said_of_reach):k]):
            tokens = list(sentence.tokens)
            bodies = {self.actors.side(a.entity) for a in self.actors.actors(tokens)
                      if not self.actors.outlet(a.entity) and (a.kind == "organization" or self._of_body(a, tokens))}
            bodies.discard(None)
            if bodies:
                return bodies.pop() if len(bodies) == 1 else None
        return None

    def _of_body(self, a, tokens) -> bool:
        """A country named as the owner of a body (``в министерстве иностранных дел X``, ``посольство X``)."""
        t = next((x for x in tokens if x.start == a.start), None)
        for _ in range(2):
            t = self.view.head(t) if t is not None else None
            if t is not None and lemmas(t.text) & BODY_NAMES:
                return True
        return False

    def joint(self) -> list[str]:
        """The countries whose joint statement the text is: a title ``Совместное заявление министров иностранных
        дел X, Y и Z`` (``декларация``, ``коммюнике``) naming two sides or more; they speak as ``мы``."""
        if self._joint is None:
            self._joint = []
            if self.view.paragraphs:
                pa, pb = self.view.paragraphs[0]
                words = [t for t in self.view.tokens_in(pa, pb) if t.pos != "PUNCT"]
                heads = [lemmas(t.text) for t in words[:2]]
                if len(heads) == 2 and heads[0] & JOINT and heads[1] & STATEMENTS:
                    sides = []
                    for a in self.actors.actors(words):
                        s = self.actors.side(a.entity)
                        if s is not None and s not in sides:
                            sides.append(s)
                    self._joint = sides if len(sides) >= 2 else []
        return self._joint

    def we_side(self, offset: int) -> str | None:
        """``мы``/``наш``: the country of the voice at ``offset``, else the voice itself; outside quotes on a body's own
        page (``Решительно отвергаем …`` on the page of a ministry), the body's."""
        voice = self.voice(offset)
        if voice is None and not any(q.start <= offset < q.stop for q in self.doc.quotes) and self.site():
            pa, pb = self.view.paragraphs[0]  # "МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ X": the country its line names
            named = {a.entity for a in self.actors.actors(self.view.tokens_in(pa, pb)) if a.kind == "country"}
            voice = named.pop() if len(named) == 1 else self.site()
        if voice is None:
            return None
        side = self.actors.side(voice)
        if side is not None:
            return side
        if self.actors.is_person(voice):
            inferred = self.inferred_side(voice)
            if inferred is not None:
                return inferred
        return voice

    # ---- document-level sides
    def country_counts(self) -> Counter:
        """How often each country is named, by itself, an adjective or a person of its side."""
        if self._counts is None:
            counts: Counter = Counter()
            for a in self.actors.actors(self.view.tokens):
                s = self.actors.side(a.entity)
                if s is not None and (a.kind in ("country", "adjective") or a.kind == "person"):
                    counts[s] += 1
            self._counts = counts
        return self._counts

    def main_countries(self) -> list[str]:
        return [c for c, n in self.country_counts().most_common() if n >= self.settings.main_country_mentions]

    def sides_at(self, offset: int) -> list[str]:
        """The two parties ``стороны`` stands for at the offset: in a text of several stories under headings of their
        own (a digest: ``Чили и Перу. Спор о границе`` / its paragraph), the two countries its story's heading names;
        else the document's two main countries, else the two sides it names when it names no more."""
        heads = self.headings()
        if len(heads) >= 2:
            k = next((k for k, (a, b) in enumerate(self.view.paragraphs) if a <= offset < b), None)
            before = [h for h in heads if k is not None and k - self.settings.heading_reach <= h < k]
            if before:
                a, b = self.view.paragraphs[before[-1]]
                cut = self.text.find(". ", a, b)  # "Чили и Перу. Лима как посредник": the pair, not the mediator
                b = cut if cut > 0 else b
                named: list[str] = []
                for actor in self.actors.actors(self.view.tokens_in(a, b)):
                    s = self.actors.side(actor.entity)
                    if s is not None and actor.kind in ("country", "adjective") and s not in named:
                        named.append(s)
                if len(named) == 2:
                    return named
        main, near = self.main_countries()[:2], self.pair_before(offset)
        if not main and not near:  # a short text that names two sides, each only once or so, and no third
            named = list(dict.fromkeys(s for a in self.actors.actors(self.view.tokens)
                                       if (s := self.actors.side(a.entity)) is not None))
            if len(named) == 2:
                return named
        return main if not near or set(near) == set(main) else near

    def pair_before(self, offset: int, reach: int | None = None) -> list[str]:
        """The two countries ``стороны`` stands for in the nearest sentence (up to ``offset``, then ``reach`` sentences
        back, ``pair_reach`` unless told) that names two joined by ``и`` (``Переговоры X и Y прошли при посредничестве
        Z. … Z заявил, что стороны …``: the mediator is no party; a digest's second story: its own pair)."""
        here = self.view.sentence_index(offset)
        reach = self.settings.pair_reach if reach is None else reach
        for k in range(here, max(-1, here - reach - 1), -1):
            sentence = self.view.sentences[k]
            named = [(a, s) for a in self.actors.actors(self.view.tokens_in(sentence.start, min(sentence.stop, offset)))
                     if a.kind in ("country", "adjective") and (s := self.actors.side(a.entity)) is not None]
            for (x, sx), (y, sy) in zip(named, named[1:]):
                if sx != sy and self.text[x.stop:y.start].strip() == "и":
                    return [sx, sy]
        return []

    def headings(self) -> list[int]:
        """The indices of the lines after the first that head a story: short, capitalised, with no closing punctuation,
        before a longer line."""
        lines = self.view.paragraphs
        out = []
        for k in range(1, len(lines) - 1):
            line = self.text[lines[k][0]:lines[k][1]].strip()
            if line[:1].isupper() and line[-1:] not in ".!?:;,»\"…)" and \
                    len(line.split()) <= self.settings.heading_words < len(self.text[slice(*lines[k + 1])].split()):
                out.append(k)
        return out

    def two_sides(self) -> list[str]:
        """The two sides of the text: its two main countries, when a third one is not as present as they are."""
        ranked = self.country_counts().most_common(3)
        main = [c for c, n in ranked if n >= self.settings.main_country_mentions]
        if len(main) < 2 or (len(ranked) == 3 and ranked[2][1] >= ranked[1][1]):
            return []
        return main[:2]

    def counterparts(self) -> set[str]:
        """Countries the text calls "<индийские> коллеги/партнёры": the other side of the speaker."""
        if self._counterparts is None:
            self._counterparts = self.counterparts_in(0, len(self.text))
        return self._counterparts

    def spans_besides(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The stretches of the text outside ``spans``."""
        out, at = [], 0
        for a, b in sorted(spans):
            if a > at:
                out.append((at, a))
            at = max(at, b)
        return out + [(at, len(self.text))]

    def counterparts_in(self, start: int, stop: int) -> set[str]:
        out = set()
        for t in self.view.tokens_in(start, stop):
            if lemmas(t.text) & COUNTERPARTS:
                for c in self.view.children(t):
                    country = gazetteer.adjective_country(c.text) if c.rel == "amod" else None
                    if country is not None:
                        out.add(country_id(country.code))
        return out

    def inferred_side(self, voice: str | None = None) -> str | None:
        """The side of a speaker whose country the text does not state: the country most present
        in the document that is not the other side ("наши индийские коллеги")."""
        others = [(q.start, q.stop) for q in self.doc.quotes if voice is not None and q.speaker not in (None, voice)]
        told = self.counterparts() & {c for a, b in others for c in self.counterparts_in(a, b)}
        if told and not any(self.counterparts_in(a, b) & told for a, b in self.spans_besides(others)):
            return None  # "наши индонезийские коллеги" said only by another speaker tells nothing of this one
        cps = self.counterparts()
        if not cps:
            return None
        for c in self.main_countries():
            if c not in cps:
                return c
        return None
