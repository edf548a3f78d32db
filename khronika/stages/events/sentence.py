"""One sentence as the event rules read it: its tokens and their lemmas, who is named in it, where
its time expressions start, the format it names, and the document's view for syntax."""
from __future__ import annotations

from dataclasses import dataclass, field

from ... import gazetteer, morph
from ...records import Document, Sentence, Token
from ...settings import DEFAULT, EventSettings
from ...view import DocView, MentionIndex, view
from .words import lemmas

ACTOR_KINDS = ("person", "country", "organization")
LEAD_WORDS = 6  # the most words of a noun's own phrase before it that ``Words.modifiers`` reads
_COUNTED = ("по", "счет")  # "восьмое по счету"
_CLIMB = 3  # the verbs ``Words.subject_verb`` may climb: "собравшись …, договорились укрепить", a modal above


@dataclass
class Words:
    """The tokens of a sentence, looked up by position (``lem[i]`` is the lemma of ``tokens[i]``)."""

    tokens: list[Token]
    v: DocView
    mentions: MentionIndex
    settings: EventSettings = DEFAULT.events
    dated: frozenset[int] = frozenset()  # start offsets of the sentence's time expressions
    fmt: str | None = None  # the format the sentence names (``2+2``, ``summit``…)
    bodies: frozenset[str] = frozenset()  # head words of the mechanisms named in the sentences before (bodies.py)
    lem: list[str] = field(init=False)
    actors: frozenset[int] = field(init=False)  # start offsets of the tokens naming persons, countries, organisations
    by_id: dict[str, Token] = field(init=False)
    position: dict[str, int] = field(init=False)

    def __post_init__(self):
        self.lem = lemmas(self.tokens)
        self.actors = frozenset(t.start for t in self.tokens if self.kind(t) in ACTOR_KINDS)
        self.by_id = {t.id: t for t in self.tokens}
        self.position = {t.id: k for k, t in enumerate(self.tokens)}

    @classmethod
    def of(cls, doc: Document, sentence: Sentence, settings: EventSettings = DEFAULT.events,
           fmt: str | None = None, bodies: frozenset[str] = frozenset()) -> Words:
        dated = frozenset(x.start for x in doc.timexes if sentence.start <= x.start < sentence.stop)
        v = view(doc)
        return cls(list(sentence.tokens), v, v.mentions(doc), settings, dated, fmt, bodies)

    def head(self, t: Token) -> Token | None:
        """The token's syntactic head in the sentence (itself where the parser made it its own head)."""
        return self.by_id.get(t.head_id) if t.head_id else None

    def head_index(self, t: Token) -> int | None:
        return self.position.get(t.head_id) if t.head_id else None

    def children(self, t: Token) -> list[Token]:
        return self.v.children(t)

    def own_date(self, t: Token) -> bool:
        """Does a time expression of the sentence start close after the token (``settings.own_date_chars``): the date
        of the act its word names (``соглашение от 12 августа``, ``задержание 12 мая``)?  Not across the subject of
        another word (``На полях саммита премьер X во вторник провел …``: the verb's day)."""
        near = [d for d in self.dated if t.stop <= d <= t.stop + self.settings.own_date_chars]
        if not near:
            return False
        own = {x.id for x in self.v.subtree(t, skip=frozenset())}  # its relative clause ("которое проходило 24 мая")
        between = [[x for x in self.tokens if t.stop <= x.start < d] for d in near]
        return any(any(self.lemma(x) == "который" for x in xs)  # "санкции, которые X накануне ввел"
                   or not any(x.rel.startswith("nsubj") and x.pos != "PRON" and x.id not in own for x in xs)
                   for xs in between)

    def lemma(self, t: Token) -> str:
        """The lemma of a token of the sentence; ``""`` for one outside it."""
        return self.lem[self.position[t.id]] if t.id in self.position else ""

    def subject_verb(self, i: int) -> int:
        """The verb whose subject is the doer of the verb at ``i``: itself when it has one; else, climbing, the verb an
        infinitive complements (``планирует провести``) or a verbal adverb modifies (``Завершив …, комиссия
        одобрила``), through infinitives in between (``собравшись …, договорились укрепить``)."""
        k = i
        for _ in range(_CLIMB):
            t = self.tokens[k]
            h = self.head_index(t)
            if any(c.rel.startswith("nsubj") for c in self.children(t)) or h is None or not (
                    t.rel == "xcomp" and t.feats.get("VerbForm") == "Inf"
                    or t.rel == "advcl" and t.feats.get("VerbForm") == "Conv"):
                return k
            k = h
        return k

    def mention(self, t: Token):
        """The innermost mention that covers the token; none for a country's adjective the tagger took for a place's
        or an organisation's name at the head of a sentence (``Словацкое правительство …``): the adjective names its
        country."""
        m = self.mentions.inner(t)
        return None if m is not None and self._adjective_named(m, t) else m

    def kind(self, t: Token) -> str | None:
        """The entity type of the token's innermost mention."""
        return self.mentions.kind(self.mention(t))

    def _adjective_named(self, m, t: Token) -> bool:
        if m.type not in ("LOC", "ORG") or m.stop - m.start != len(t.text) or (t.pos != "ADJ" and t.rel != "amod"):
            return False
        e = self.mentions.entity(m.entity)
        return (e is None or e.code is None) and gazetteer.adjective_country(t.text) is not None

    def modifiers(self, t: Token) -> list[str]:
        """The first dictionary lemmas of the adjectives of a noun: its ``amod`` dependents and the words of its own
        phrase right before it (``Предыдущее, восьмое по счету, заседание``, which parsers often leave apart)."""
        lead, k = [], self.position[t.id]
        while k > 0 and len(lead) < LEAD_WORDS and (self.tokens[k - 1].pos in ("ADJ", "NUM")
                                                    or self.tokens[k - 1].text == "," or self.lem[k - 1] in _COUNTED):
            k -= 1
            lead.append(self.tokens[k])
        return [morph.lemma(x.text) for x in lead + [c for c in self.children(t) if c.rel == "amod"]]

    def dependents(self, t: Token, rels: tuple[str, ...]) -> list[str]:
        """The lemmas of a word's dependents of the relations ``rels`` (``эти учения``, ``det`` → ["этот"])."""
        return [self.lem[self.position[c.id]] for c in self.children(t) if c.rel in rels and c.id in self.position]

    def prepositions(self, t: Token) -> list[str]:
        """The lemmas of the prepositions of a word, its ``case`` dependents (``против санкций`` → ["против"])."""
        return [self.lem[self.position[c.id]] for c in self.children(t) if c.rel == "case" and c.id in self.position]

    def tokens_of(self, m) -> list[Token]:
        """The sentence's tokens that a mention covers (by start offset)."""
        return [x for x in self.tokens if m.start <= x.start < m.stop]


def topic_heading(w: Words) -> bool:
    """A heading that names a topic (``О визите министра в Лиму``, ``2. Об ответе на действия …``, a briefing's
    section or an item of its contents list): a phrase ``о``/``об`` opens, with no finite verb nor final stop.  What
    its words name is told below it, if anywhere; the heading itself tells no act (the event stage reads them so
    where a document has several: a lone one is a release's title, which names the story its body tells)."""
    tokens = _without_next_number(w)
    words = [k for k, t in enumerate(tokens) if t.pos not in ("PUNCT", "NUM", "X")]
    if not words or w.lem[words[0]] not in ("о", "об") or tokens[-1].text in (".", "!", "?", "…"):
        return False
    return not any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in tokens)


def _without_next_number(w: Words) -> list[Token]:
    """The sentence's tokens without the number of the next item of a list on a line of its own at its end (``О
    высылке дипломата⏎3.``: the splitter joined the next item's number to the heading before it)."""
    tokens = w.tokens
    if len(tokens) >= 3 and tokens[-1].text in (".", ")") and tokens[-2].text.isdigit() \
            and "\n" in w.v.text[tokens[-3].stop:tokens[-2].start]:
        return tokens[:-2]
    return tokens
