"""Typed, offset-based records of khronika's document model.

Every record is a frozen dataclass with a ``to_json()``/``from_json()`` round trip; the same JSON
is what the store writes.  Offsets are Python string indices into ``Document.text`` (the cleaned
text).  Nothing from a third-party library appears here: adapters at the edges turn their output
into these records.
"""
from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from typing import Literal

from .record_base import NESTED, Record, replaced

Precision = Literal["day", "month", "year", "weekday", "unknown"]
EntityType = Literal["person", "organization", "country", "location", "facility", "other"]
MentionType = Literal["PER", "ORG", "LOC"]

@dataclass(frozen=True, slots=True, repr=False)
class PartialDate(Record):
    """A calendar date known to a precision: ``2017``, ``2017-03``, ``2017-03-20`` or a weekday."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday, used only when nothing better is known

    @property
    def precision(self) -> Precision:
        if self.year and self.month and self.day:
            return "day"
        if self.year and self.month:
            return "month"
        if self.year:
            return "year"
        if self.weekday is not None:
            return "weekday"
        return "unknown"

    def iso(self) -> str | None:
        """ISO 8601 cut to the precision; ``None`` when no calendar date is known."""
        p = self.precision
        if p == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if p == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if p == "year":
            return f"{self.year:04d}"
        return None

    @classmethod
    def from_iso(cls, value: str | None) -> PartialDate:
        """``2017``, ``2017-03``, ``2017-03-20`` or an ISO timestamp; anything else is unknown."""
        m = re.match(r"^\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ]|\s*$)", value or "")
        if not m:
            return cls()
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            return cls()
        return cls(year, month, day)


UNKNOWN_DATE = PartialDate()


@dataclass(frozen=True, slots=True, repr=False)
class Source(Record):
    """One article as read from disk, before cleaning.  ``path`` names where it came from
    (a file, ``file.jsonl:7`` for a JSON Lines record, ``<stdin>``)."""

    path: str
    text: str
    format: Literal["txt", "html", "jsonl"] = "txt"
    title: str | None = None
    url: str | None = None
    published: str | None = None  # as given by metadata (ISO-like string), not yet trusted
    source: str | None = None  # outlet or site name from metadata
    encoding: str | None = None

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        for part in (self.text, self.title or "", self.published or "", self.source or "", self.url or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True, slots=True, repr=False)
class Span(Record):
    """A labelled region of a text: a boilerplate region cleaning dropped from the raw text (with
    the reason), or a further evidence sentence of an event."""

    start: int
    stop: int
    reason: str


@dataclass(frozen=True, slots=True, repr=False)
class Token(Record):
    start: int
    stop: int
    text: str
    id: str = ""  # "sentence_token" as in natasha, e.g. "3_7"
    pos: str | None = None
    feats: dict = field(default_factory=dict)
    lemma: str | None = None
    head_id: str | None = None
    rel: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Sentence(Record):
    start: int
    stop: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True, repr=False)
class Mention(Record):
    """A named mention.  ``normal`` is the nominative form of the name (without title),
    ``title`` a job title or honorific split from it, ``entity`` the id it resolves to."""

    start: int
    stop: int
    type: MentionType
    text: str
    normal: str | None = None
    title: str | None = None
    entity: str | None = None
    via: Literal["name", "descriptor", "pronoun", "speaker"] = "name"  # how it was found: SCHEMA.md's mention.via


@dataclass(frozen=True, slots=True, repr=False)
class Entity(Record):
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # entity id of the country a person/org/place belongs to
    code: str | None = None  # ISO 3166 alpha-2 for countries
    titles: tuple[str, ...] = ()  # titles seen with the entity in a document


@dataclass(frozen=True, slots=True, repr=False)
class Role(Record):
    """A dated fact: ``person`` held ``position`` (nominative singular: ``министр иностранных дел``)
    of ``of`` (a country or organisation entity).  Offsets point at the person's mention, the
    words of the position and the mention of ``of`` in ``Document.text``; ``start``/``stop`` span
    the evidence sentence."""

    person: str
    position: str
    person_start: int
    person_stop: int
    position_start: int
    position_stop: int
    start: int
    stop: int
    of: str | None = None
    of_start: int | None = None
    of_stop: int | None = None
    former: bool = False  # held before the text's time: "бывший министр", "экс-президент"


@dataclass(frozen=True, slots=True, repr=False)
class Timex(Record):
    """A time expression and the date it stands for, resolved against the document date.
    ``anchor``: ``absolute`` (the text gives the year), ``document`` (resolved against the
    publication date: ``20 марта``, ``вчера``, ``в прошлом году``), ``none`` (no anchor to resolve
    against: the date stays partial, e.g. a weekday)."""

    start: int
    stop: int
    text: str
    date: PartialDate = UNKNOWN_DATE
    anchor: Literal["absolute", "document", "none"] = "none"
    relation: Literal["at", "before", "after"] = "at"  # "до 2020 года" → before


@dataclass(frozen=True, slots=True, repr=False)
class Participant(Record):
    entity: str
    role: Literal["source", "target", "participant"] = "participant"


@dataclass(frozen=True, slots=True, repr=False)
class Event(Record):
    """A coded event (PLOVER type) with its evidence sentence ``start``/``stop`` in the text."""

    id: str
    type: str
    trigger: str
    trigger_start: int
    trigger_stop: int
    start: int
    stop: int
    factuality: Literal["occurred", "planned", "proposed", "hypothetical", "negated"] = "occurred"
    mode: str | None = None
    date: PartialDate = UNKNOWN_DATE
    place: str | None = None
    participants: tuple[Participant, ...] = ()
    format: str | None = None
    round: int | None = None
    topics: tuple[str, ...] = ()
    more: tuple[Span, ...] = ()  # further sentences of the document that report the same event
    # where the date came from: "text" (its own words, or none on purpose), "document" (the document's date: the
    # event is told as of the day of publication, dated or not); "" (stored before 0017): not known
    date_from: Literal["text", "document", ""] = ""


@dataclass(frozen=True, slots=True, repr=False)
class Quote(Record):
    """Who said what: ``text`` (offsets ``start``/``stop``) is the quoted or reported speech,
    ``speaker`` the entity id (None when the text does not say), ``direct`` for quotation marks or
    a transcript, ``cue`` the verb of speech; ``evidence_start``/``evidence_stop`` span the
    sentences the quote and its attribution occupy."""

    id: str
    text: str
    start: int
    stop: int
    evidence_start: int
    evidence_stop: int
    speaker: str | None = None
    direct: bool = True
    cue: str | None = None
    event: str | None = None  # the id of the document's event the quote is about (Event.id), if any


@dataclass(frozen=True, slots=True, repr=False)
class Turn(Record):
    """A turn of a transcript: ``start``..``stop`` are the words after the label that names
    ``speaker`` (``С.Лавров: …``), up to the next label."""

    start: int
    stop: int
    speaker: str


@dataclass(frozen=True, slots=True, repr=False)
class Salient(Record):
    """Someone a later ``он``, ``министр`` or ``французский лидер`` may refer back to: a person named at
    ``start`` as a subject or a speaker, or a body an unnamed person speaks for (``представитель МИД
    X``: ``proxy`` is that person's gender, Masc/Fem).  The quote stage finds them, the stance stage
    reads them."""

    start: int
    entity: str
    proxy: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Stance(Record):
    """A position of ``holder`` towards ``other`` on ``topic``, with the evidence sentence."""

    polarity: Literal["positive", "negative", "concern", "converge", "diverge"]
    start: int
    stop: int
    holder: str | None = None
    other: str | None = None
    topic: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True, repr=False)
class Document(Record):
    id: str  # "d:" + content hash prefix
    path: str
    raw: str  # the text as read, before cleaning
    text: str = ""  # the cleaned body; offsets point here
    format: str = "txt"
    title: str | None = None
    source: str | None = None  # outlet/agency
    url: str | None = None
    published: PartialDate = UNKNOWN_DATE
    published_from: Literal["dateline", "metadata", "text", "fused", "none"] = "none"
    dateline_place: str | None = None
    # the (start, stop) offsets in ``text`` of a digest's items (clean/items.py), each a story of its own; () for
    # an ordinary page
    items: tuple[tuple[int, int], ...] = ()
    # (month, day) of a year-less dateline or stamp, as the clean stage read it (``CleanResult.day_month``): what an
    # ingest's reference date gives a year (``reference.py``); not stored
    day_month: tuple[int, int] | None = None
    language: str = "ru"
    content_hash: str = ""
    removed: tuple[Span, ...] = ()  # boilerplate regions of ``raw`` that cleaning dropped
    sentences: tuple[Sentence, ...] = ()
    ner: tuple[Mention, ...] = ()  # raw NER spans, before entity resolution
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stances: tuple[Stance, ...] = ()
    speaker: str | None = None  # the entity whose words the whole text is (a transcript: "С.Лавров: …")
    turns: tuple[Turn, ...] = ()  # a transcript's turns whose label names a person
    salient: tuple[Salient, ...] = ()  # who pronouns and bare titles may refer to, in the order found (quote stage)
    quoted: tuple[Span, ...] = ()  # the direct speech in quotation marks the quote stage read (reason "quoted")
    done: frozenset = frozenset()  # the data keys the stages have provided so far

    def replace(self, **changes) -> Document:
        return replaced(self, changes)  # ``dataclasses.replace``, made as pickle makes a record

    @classmethod
    def from_source(cls, src: Source) -> Document:
        h = src.content_hash
        published = PartialDate.from_iso(src.published)
        return cls(id=f"d:{h[:16]}", path=src.path, raw=src.text, text=src.text, format=src.format,
                   title=src.title, source=src.source, url=src.url, content_hash=h, published=published,
                   published_from="metadata" if published.iso() else "none", done=frozenset({"raw"}))

    def to_json(self) -> dict:
        out = Record.to_json(self)
        out["done"] = sorted(self.done)
        return out

    @classmethod
    def from_json(cls, data: dict) -> Document:
        doc = super(Document, cls).from_json(data)
        return doc.replace(done=frozenset(data.get("done", ())))


NESTED.update({
    "Document.published": PartialDate,
    "Document.removed": Span,
    "Document.sentences": Sentence,
    "Document.ner": Mention,
    "Document.mentions": Mention,
    "Document.entities": Entity,
    "Document.roles": Role,
    "Document.timexes": Timex,
    "Document.events": Event,
    "Document.quotes": Quote,
    "Document.stances": Stance,
    "Document.turns": Turn,
    "Document.salient": Salient,
    "Document.quoted": Span,
    "Timex.date": PartialDate,
    "Event.date": PartialDate,
    "Event.participants": Participant,
    "Event.more": Span,
    "Sentence.tokens": Token,
})
