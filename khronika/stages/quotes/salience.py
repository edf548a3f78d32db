"""Salience: the persons named as subjects or speakers of one document, in the order found, and the
direct speech in quotation marks; what the placeholders of ``speakers`` (``?pron:``, ``?title:``, ``?side:``,
``?desc:`` …) refer back to (see the module docstring of ``speakers``)."""
from __future__ import annotations

from collections.abc import Iterable

from ...morph import fold, lemmas
from ...records import Salient, Span
from .actors import Actors
from .cues import SPEECH, UNKNOWN_TITLES

RELATIVE = frozenset({"который"})  # the lemma of the relative pronoun opening a clause


class Salience:
    """Persons named as subjects or speakers (``salient``, in the order found) and the direct speech in
    quotation marks (``quoted``) of one document: what ``antecedent`` reads.  The quote stage fills it
    as it reads and records it in ``Document.salient``/``Document.quoted``; the stance stage reads it
    back (``Salience.of``)."""

    def __init__(self, actors: Actors, salient: Iterable[Salient] = (), quoted: Iterable[tuple[int, int]] = ()):
        self.actors = actors
        self.salient: list[Salient] = list(salient)
        self.quoted: list[tuple[int, int]] = list(quoted)
        self.said: list[tuple[int, str]] = []  # (where, person) of each person resolved as a speaker
        self.bodies: list[tuple[int, str]] = []  # (where, body or country) of each other speaker resolved
        self.principal: str | None = None  # the person a headline gives the words of ("Петров: …"), if any

    @classmethod
    def of(cls, actors: Actors) -> Salience:
        """The salience the quote stage recorded in the document."""
        doc = actors.doc
        return cls(actors, doc.salient, [(s.start, s.stop) for s in doc.quoted])

    def records(self) -> dict:
        """The ``Document`` fields that record it."""
        return {"salient": tuple(self.salient), "quoted": tuple(Span(a, b, "quoted") for a, b in self.quoted)}

    def add(self, start: int, entity: str, proxy: str | None = None) -> None:
        self.salient.append(Salient(start, entity, proxy))

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def _before_colon(self, gender: str, pronoun: int) -> str | None:
        """``в посте, размещенном Петровой: она …``: the one person of the pronoun's gender named in its
        sentence before a colon or semicolon that precedes the pronoun."""
        v = self.actors.view
        sentence = v.sentences[v.sentence_index(pronoun)]
        marks = [t.start for t in v.tokens_in(sentence.start, pronoun) if t.text in ":;"]
        if not marks:
            return None
        found = {m.entity for m in self.actors.doc.mentions
                 if sentence.start <= m.start and m.stop <= marks[-1] and self.actors.is_person(m.entity)
                 and not self.in_quote(m.start)}
        fits = [e for e in found if self.actors.gender(e) == gender]
        return fits[0] if len(fits) == 1 and len(found) == 1 else None

    def _relative(self, gender: str, pronoun: int) -> str | None:
        """``точка зрения Петрова, которую он высказал``: the person named right before the relative pronoun
        that opens the pronoun's clause, when the gender fits and no person is a subject before in the
        sentence (``Петров раскритиковал план Смита, который он …`` is Петров's)."""
        v, ac = self.actors.view, self.actors
        sentence = v.sentences[v.sentence_index(pronoun)]
        before = [t for t in v.tokens_in(sentence.start, pronoun)]
        k = next((i for i in range(len(before) - 1, max(-1, len(before) - 4), -1)
                  if lemmas(before[i].text) & RELATIVE), None)
        if k is None or k < 2 or before[k - 1].text != ",":
            return None
        m = ac.mentions.outer(before[k - 2])
        if m is None or not ac.is_person(m.entity) or ac.gender(m.entity) != gender:
            return None
        if any(sentence.start <= p.start < m.start and ac.is_person(p.entity) and p.entity != m.entity
               for p in self.salient):
            return None
        return m.entity

    def _according(self, gender: str, pronoun: int) -> str | None:
        """``По словам Петрова, он ожидает …``: the one person of the pronoun's gender named in its sentence's opening
        ``по словам``/``по мнению`` (``ACCORDING``) before it."""
        v, ac = self.actors.view, self.actors
        sentence = v.sentences[v.sentence_index(pronoun)]
        before = v.tokens_in(sentence.start, pronoun)
        if len(before) < 3 or fold(before[0].text) != "по" or not lemmas(before[1].text) & SPEECH["according"]:
            return None
        comma = next((t.start for t in before[2:] if t.text == ","), None)
        found = {m.entity for m in ac.doc.mentions if before[2].start <= m.start and comma is not None
                 and m.stop <= comma and ac.is_person(m.entity)}
        fits = [e for e in found if ac.gender(e) == gender]
        return fits[0] if len(fits) == 1 and len(found) == 1 else None

    def _previous_speaker(self, title: str, at: int) -> str | None:
        """``По словам Петрова, … «…», — отметил министр``: the speaker of the paragraph's speech just before, when
        no other person is a subject between and no role of the document gives him another office."""
        said = [(a, p) for a, p in self.said if a < at]
        if not said:
            return None
        a, person = max(said)
        ac = self.actors
        if ac.view.paragraph(a) != ac.view.paragraph(at) or \
                any(a < s.start < at and not s.proxy and s.entity != person for s in self.salient):
            return None
        held = [r.position for r in ac.roles if r.person == person]
        return person if not held or any(p.startswith(title) for p in held) else None

    def _descriptor(self, value: str, at: int) -> str | None:
        """A descriptor the coreference stage gave a person (``?desc:министр=e:…=side``): the speaker of the paragraph's
        speech just before (see ``_previous_speaker``) when of the side the descriptor names, if any (``турецкий
        президент``), else that person if named outside quotations, else the last subject or speaker of that side
        (``Белорусский лидер`` is not ``Владимир Владимирович``, a name he spoke)."""
        title, _, rest = value.partition("=")
        person, _, side = rest.partition("=")
        ac = self.actors
        previous = self._previous_speaker(title, at) if title else None
        if previous is not None and (not side or ac.side(previous) == side):
            return previous
        own = ac.side(person)
        if (not side or own in (None, side)) and \
                any(m.entity == person and m.via == "name" and not self.in_quote(m.start) for m in ac.doc.mentions):
            return person
        side = side or own
        before = sorted((p for p in self.salient if p.start < at and not p.proxy), key=lambda p: p.start)
        found = next((p.entity for p in reversed(before)
                      if side is not None and p.entity != person and ac.side(p.entity) == side), None)
        if found is None and side is not None and side != own:
            # "Премьеры X и Y … Угандийский премьер": not the one of another side the coreference chose
            named = [m.entity for m in ac.doc.mentions if m.stop <= at and m.entity != person and
                     ac.is_person(m.entity) and ac.side(m.entity) == side and not self.in_quote(m.start)]
            found = named[-1] if named else None
        return found

    def antecedent(self, placeholder: str, at: int) -> str | None:
        """The last person named as a subject or a speaker before ``at`` who fits a pronoun's gender
        (``?pron:Masc``), holds a role with a title (``?title:министр``) or is of a side (``?side:…``)."""
        kind, _, value = placeholder[1:].partition(":")
        value, _, where = value.partition("@")
        ac = self.actors
        if kind == "pron" and where:
            own = self._before_colon(value, int(where)) or self._relative(value, int(where)) \
                or self._according(value, int(where))
            if own is not None:
                return own
        if kind == "statement":  # "«…», — говорится в сообщении.": the body or country whose words were reported last
            return max(((a, p) for a, p in self.bodies if a < at), default=(0, None))[1]
        if kind == "author":  # the person whose words were reported last
            return max(((a, p) for a, p in self.said if a < at), default=(0, None))[1]
        if kind == "last":  # "по словам последнего": the person named last, whose gender does not contradict
            named = [m for m in ac.doc.mentions
                     if m.stop <= at and ac.is_person(m.entity) and not self.in_quote(m.start)]
            fits = [m for m in named if ac.gender(m.entity) in (None, value)]
            return fits[-1].entity if fits and fits[-1] is named[-1] else None
        if kind == "desc":
            return self._descriptor(value, at)
        if kind == "title":
            previous = self._previous_speaker(value, at)
            if previous is not None:
                return previous
        before = sorted((p for p in self.salient if p.start < at), key=lambda p: p.start)
        if kind == "kin":  # "жена бизнесмена": the last person of that gender named as a subject or a speaker
            return next((p.entity for p in reversed(before) if not p.proxy and ac.gender(p.entity) == value), None)
        if kind == "nat":  # "заявил серб": the last subject or speaker of that country, or of no country known
            gender, _, side = value.partition("=")
            fits = [p.entity for p in reversed(before) if not p.proxy and ac.gender(p.entity) in (None, gender or None)
                    and ac.side(p.entity) in (side, None)]
            return fits[0] if fits else None
        for p in reversed(before):
            person, proxy = p.entity, p.proxy
            if kind == "pron":
                g = proxy or ac.gender(person)
                if g is not None and g != value:
                    continue
                return person
            if proxy:
                continue
            if kind == "title":
                if any(r.person == person and r.position.startswith(value) for r in ac.roles):
                    return person
            if kind == "side" and ac.side(person) == value:
                return person
        if kind == "side":
            named = [m for m in ac.doc.mentions
                     if m.stop <= at and ac.is_person(m.entity) and ac.side(m.entity) == value]
            return named[-1].entity if named else value
        persons = [p for p in before if not p.proxy]
        if kind == "title" and persons and value not in UNKNOWN_TITLES:
            # no one named before holds that title: the person the headline quotes, if named since, else the last
            # (not one whose roles name another office: "— сказал президент" is not the premier named last)
            free = [p for p in persons if not self._other_office(p.entity, value)] or persons
            return self.principal if self.principal in {p.entity for p in free} else free[-1].entity
        if kind == "pron":
            # no subject or speaker fits: the last person named at all whose gender is known to fit
            named = [m for m in ac.doc.mentions
                     if m.stop <= at and ac.is_person(m.entity) and not self.in_quote(m.start)]
            for m in reversed(named):
                if ac.gender(m.entity) == value:
                    return m.entity
            return self._misread_gender(at) if not any(ac.gender(m.entity) == value for m in named) else None
        return None

    def _other_office(self, person: str, title: str) -> bool:
        """Whether the document's roles give ``person`` offices, none with ``title``."""
        held = [r.position for r in self.actors.roles if r.person == person]
        return bool(held) and not any(p.startswith(title) for p in held)

    def _misread_gender(self, at: int) -> str | None:
        """``…, отмечает профессор Доминик Лоран. …, считает она.``: no person of the pronoun's gender is named, and
        the last speaker's gender is only the dictionary's reading of a foreign given name, no verb agreeing with it
        — the pronoun is that speaker's."""
        last = max(((a, p) for a, p in self.said if a < at), default=(0, None))[1]
        return last if last is not None and self.actors.agreed_gender(last) is None else None
