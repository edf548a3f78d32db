"""Quotes: who said what, in direct speech (quotation marks, transcripts) and indirect speech.

Direct speech is text in «…», "…" or „…“ (nesting understood: ``«… программы «Один пояс, один путь» …»``;
a straight ``"`` opens before a word and closes after one).  Only the outermost marks of a
paragraph are candidates, and a candidate is a quote when

* a verb of speech (``data/speech_verbs.tsv``) attributes it: after it (``«…», — сказал он``,
  ``"…" - добавил министр``), before it (``Министр заявил: «…»``, ``X заявил, что "…"`` when the
  quoted words make a clause), or inside it (``"Первая часть, - отметил министр. - Вторая часть"``
  gives two quotes with the same speaker);
* a person's name and a colon introduce it (``Петров: «…»``);
* it follows an attributed quote in the same paragraph with nothing but the attribution between;
* or, unattributed (speaker None: never guessed), it opens a paragraph or a sentence and reads as a
  clause: three words or more with a finite verb or a predicative (``«Мы будем стоять до конца»``).
Anything else in quotation marks is a name or a term (``«Росатом»``, ``формат «пять плюс пять»``,
``концепция «Один пояс, один путь»``, ``назвал «шагом назад»``) and is not a quote.

Indirect speech (direct=False), outside quotation marks: ``X заявил/сообщил/считает, что …`` (the
clause after "что"), ``X выразил надежду на то, что …``, ``по словам X, …``, ``по мнению X, …``,
``как отметил X, …``, ``…, предупредил X.`` (the clause before), and ``Об этом заявил X`` (the
sentence before).  Indirect speech needs a speaker: a first-person or missing subject (``Отметили,
что``, ``как я уже сказал``) is the surrounding speaker's own words and gives no quote.

The speaker is the subject of the verb of speech (its object for ``цитировать``; a gerund or a
coordinated verb takes its head verb's subject): the person a name or a descriptor mention (``глава
МИД Индии``) names in the subject's phrase, else an organisation, a country, a capital standing for its
government, or a country adjective (``Турецкая сторона``); without a subject, the place the verb names
(``В Анкаре убеждены``, ``говорится в заявлении МИД``); when the parser finds no subject, a name in
the nominative just before the verb in the same clause.  A surname the tagger missed (``Макрон``
after ``Эмманюэль Макрон``) counts as a mention of the one person of the document with that surname.
``он``/``она`` are the last person named as a subject or a speaker before the quote whose gender
fits (else the last person named at all whose gender fits); an unnamed speaker for a body
(``представитель МИД X``) is such an antecedent too, as the body.  A bare title (``министр``) is the
last such person holding a role with that title; an unnamed person of a country (``французский
лидер``) the last such person of that country, else the country.

Transcripts: a paragraph that starts with a person's mention and a colon (``И.Петров: …``) makes
that person the speaker of what follows until the next such label (``Вопрос:`` ends a turn).  When
one person's label opens the text and no other speaker's label follows, the document's ``speaker``
is set and no quotes are made of the turn (the whole text is the quote); with several speakers each
paragraph of a person's turn is a direct quote.  A first line that ends without sentence punctuation
is a headline (``Петров: для Дели и Парижа важно …``), not a turn.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .. import gazetteer, morph
from ..ids import country_id, is_country
from ..marks import CLOSERS, DASHES, LABEL, OPENERS, closing_guillemet, quote_pairs
from ..morph import fold, lemmas
from ..records import Document, Mention, Quote, Token, Turn
from ..tokens import tokens_in
from .entities import with_countries
from .roles import head_lemma

SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Dependents that start a clause of their own: a subject's phrase stops there.
CLAUSAL = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis", "csubj"})
D = r"\-—–"  # the dashes inside a regex character class
PERSONAL = {"он": "Masc", "она": "Fem"}
FIRST_PERSON = frozenset({"я", "мы"})
PREDICATIVES = frozenset({"можно", "нужно", "надо", "нельзя", "пора", "необходимо", "важно", "следует"})


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """``data/speech_verbs.tsv`` as class → lemmas."""
    out: dict[str, set[str]] = defaultdict(set)
    text = resources.files("khronika").joinpath("data/speech_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, cls = line.split("\t")[:2]
        out[cls.strip()].add(fold(lemma.strip()))
    return {k: frozenset(v) for k, v in out.items()}


def speech_class(t: Token) -> str | None:
    """The class of a verb of speech or opinion (``say``, ``think``, ``cite``, ``express``), or None."""
    if t.pos not in ("VERB", "AUX", "ADJ"):
        return None
    lx = lexicon()
    ls = lemmas(t.text)
    for cls in ("say", "think", "cite", "express"):
        if ls & lx[cls]:
            if t.pos == "ADJ" and cls != "think":
                continue
            return cls
    return None


def quote_id(doc_id: str, start: int, stop: int) -> str:
    return "q:" + hashlib.sha1(f"{doc_id}|{start}|{stop}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Actor:
    """Something that can speak or hold a position, found in the text."""

    entity: str
    kind: str  # person | organization | country | adjective
    start: int
    stop: int


@dataclass
class Speaker:
    """The outcome of resolving a subject: an entity, or why there is none."""

    entity: str | None = None
    first_person: bool = False
    proxy: str | None = None  # an unnamed person speaking for the entity (its gender): "представитель МИД"


# --------------------------------------------------------------------------------------------
# Document analysis shared by the quote and stance stages


class Analysis:
    """Tokens, syntax, mentions and entities of a document, indexed for lookups."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.sentences = list(doc.sentences)
        self.sent_starts = [s.start for s in self.sentences]
        self.tokens: list[Token] = [t for s in self.sentences for t in s.tokens]
        self.token_starts = [t.start for t in self.tokens]
        self.by_id: dict[str, Token] = {t.id: t for t in self.tokens}
        self.children: dict[str, list[Token]] = defaultdict(list)
        for t in self.tokens:
            if t.head_id:
                self.children[t.head_id].append(t)
        self.entities = {e.id: e for e in doc.entities}
        # The outermost mention covering each token (a descriptor mention over the ORG inside it).
        self.outer: dict[int, Mention] = {}
        for m in sorted(doc.mentions, key=lambda m: m.stop - m.start):
            for t in self.tokens_in(m.start, m.stop):
                self.outer[t.start] = m
        self.roles = list(doc.roles)
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()]
        self._gender: dict[str, str | None] = {}
        self._surnames: dict[str, set[str]] | None = None

    # ---- positions
    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def sentence_tokens(self, offset: int) -> list[Token]:
        return list(self.sentences[self.sentence_index(offset)].tokens) if self.sentences else []

    def tokens_in(self, start: int, stop: int) -> list[Token]:
        return tokens_in(self.tokens, self.token_starts, start, stop)

    def paragraph(self, offset: int) -> tuple[int, int]:
        for a, b in self.paragraphs:
            if a <= offset < b:
                return a, b
        return offset, offset

    def evidence(self, start: int, stop: int) -> tuple[int, int]:
        """The sentences that ``start``..``stop`` occupies, kept within its paragraphs."""
        if not self.sentences:
            return start, stop
        first = self.sentences[self.sentence_index(start)]
        last = self.sentences[self.sentence_index(max(start, stop - 1))]
        a, b = min(first.start, start), max(last.stop, stop)
        pa, pb = self.paragraph(start)[0], self.paragraph(max(start, stop - 1))[1]
        if pa < pb:
            a, b = max(a, pa), min(b, pb)
        return a, b

    # ---- syntax
    def head(self, t: Token) -> Token | None:
        h = self.by_id.get(t.head_id) if t.head_id else None
        return None if h is t else h

    def subtree(self, t: Token, skip: frozenset = CLAUSAL) -> list[Token]:
        out, todo, seen = [], [t], {t.id}
        while todo:
            x = todo.pop()
            out.append(x)
            for c in self.children.get(x.id, ()):
                if c.rel not in skip and c.id not in seen:
                    seen.add(c.id)
                    todo.append(c)
        return sorted(out, key=lambda x: x.start)

    def child(self, t: Token, rels) -> Token | None:
        return next((c for c in self.children.get(t.id, ()) if c.rel in rels), None)

    # ---- actors
    def actors(self, tokens: list[Token]) -> list[Actor]:
        """The speakers/parties the tokens name, in text order: mentions of persons, organisations,
        countries and capitals (as governments), and country adjectives outside mentions."""
        out: list[Actor] = []
        seen: set[tuple[int, int]] = set()
        for t in tokens:
            m = self.outer.get(t.start)
            if m is not None:
                if (m.start, m.stop) in seen:
                    continue
                seen.add((m.start, m.stop))
                a = self.actor_of_mention(m)
                if a is not None:
                    out.append(a)
                continue
            c = gazetteer.adjective_country(t.text) if t.pos in ("ADJ", "NOUN", "PROPN") else None
            if c is not None:
                out.append(Actor(country_id(c.code), "adjective", t.start, t.stop))
                continue
            person = self.surname(t)
            if person is not None:
                out.append(Actor(person, "person", t.start, t.stop))
        return out

    def surname(self, t: Token) -> str | None:
        """The person a capitalised word outside any mention names, when it is the surname of exactly
        one person of the document (the tagger missed ``Макрон`` after ``Эмманюэлем Макроном``)."""
        if t.pos != "PROPN" or not t.text[:1].isupper():
            return None
        if self._surnames is None:
            table: dict[str, set[str]] = defaultdict(set)
            for e in self.entities.values():
                if e.type == "person" and len(e.name.split()) > 1:
                    table[fold(e.name.split()[-1])].add(e.id)
            self._surnames = table
        found = set()
        for form in lemmas(t.text):
            found |= self._surnames.get(form, set())
        return found.pop() if len(found) == 1 else None

    def actor_of_mention(self, m: Mention) -> Actor | None:
        e = self.entities.get(m.entity) if m.entity else None
        if e is None:
            return None
        if e.type in ("person", "organization", "country"):
            return Actor(e.id, e.type, m.start, m.stop)
        if e.type == "location":
            c = gazetteer.lookup_capital(e.name) or gazetteer.lookup_capital(m.text)
            if c is not None:
                return Actor(country_id(c.code), "country", m.start, m.stop)
        return None

    def role_person(self, t: Token) -> str | None:
        """The person whose role's words the token is (``премьер-министр`` of ``премьер-министр Индии
        Нарендра Моди``)."""
        for r in self.roles:
            if r.position_start <= t.start < r.position_stop and r.person_start >= t.start:
                return r.person
        return None

    @staticmethod
    def best(actors: list[Actor]) -> Actor | None:
        for kind in ("person", "organization", "country", "adjective"):
            found = [a for a in actors if a.kind == kind]
            if found:
                return found[0]
        return None

    def side(self, entity: str | None) -> str | None:
        """The country an entity stands for: itself, its role's ``of`` (a country first) or its
        ``country``; None when unknown."""
        if entity is None:
            return None
        e = self.entities.get(entity)
        if e is None:
            return entity if is_country(entity) else None
        if e.type == "country":
            return e.id
        ofs = [r.of for r in self.roles if r.person == entity and r.of]
        for of in ofs:
            oe = self.entities.get(of)
            if (oe is not None and oe.type == "country") or is_country(of):
                return of
        for of in ofs:
            oe = self.entities.get(of)
            if oe is not None and oe.country:
                return oe.country
        return e.country

    def gender(self, person: str) -> str | None:
        """Masc/Fem: the dictionary's gender of the person's given name, else the tagger's gender of
        the proper-name words of the person's mentions; None if unsure."""
        if person not in self._gender:
            e = self.entities.get(person)
            words = e.name.split() if e is not None else []
            if len(words) > 1:
                genders = {p.tag.gender for p in morph.analyzer().parse(words[0])
                           if p.is_known and "Name" in p.tag.grammemes and p.tag.gender in ("masc", "femn")}
                if len(genders) == 1:
                    self._gender[person] = "Masc" if genders.pop() == "masc" else "Fem"
                    return self._gender[person]
            votes: dict[str, int] = defaultdict(int)
            for m in self.doc.mentions:
                if m.entity != person:
                    continue
                for t in self.tokens_in(m.start, m.stop):
                    if t.pos == "PROPN" and t.feats.get("Gender") in ("Masc", "Fem"):
                        votes[t.feats["Gender"]] += 1
            best = max(votes.items(), key=lambda kv: kv[1])[0] if votes else None
            if best and len(votes) > 1 and votes["Masc"] == votes["Fem"]:
                best = None
            self._gender[person] = best
        return self._gender[person]

    def is_person(self, entity: str | None) -> bool:
        e = self.entities.get(entity) if entity else None
        return e is not None and e.type == "person"


# --------------------------------------------------------------------------------------------
# Quotation marks


# --------------------------------------------------------------------------------------------
# The stage


@dataclass
class _Attribution:
    verb: Token | None  # the verb of speech (None for a name label)
    start: int  # the attribution's extent in the text
    stop: int
    speaker: Speaker = field(default_factory=Speaker)


@dataclass
class _Found:
    start: int
    stop: int
    direct: bool
    attribution: _Attribution | None
    evidence: tuple[int, int]
    order: int  # where the speaker is resolved in reading order


class QuoteFinder:
    """Finds the quotes of one document (see the module docstring)."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.a = Analysis(doc)
        self.text = doc.text
        # (offset, entity, gender of an unnamed speaker for an organisation) named as a subject or speaker
        self.salient: list[tuple[int, str, str | None]] = []
        self.direct_spans: list[tuple[int, int]] = []
        self.speaker: str | None = None
        self.turn_spans: list[tuple[int, int, str | None]] = []

    # ---- entry point
    def turns(self) -> list[Turn]:
        """The turns of a transcript whose labels name a person (after ``run``)."""
        return [Turn(a, b, p) for a, b, p in self.turn_spans if p is not None]

    def run(self) -> tuple[list[Quote], str | None]:
        if not self.a.tokens:
            return [], None
        self._transcript()
        found = self._direct()
        self.direct_spans = [(f.start, f.stop) for f in found]
        self._subject_salience()
        found += self._indirect()
        found.sort(key=lambda f: (f.order, f.start))
        quotes: list[Quote] = []
        for f in found:
            speaker = self._resolve(f.attribution, f.order) if f.attribution else None
            if not f.direct and speaker is None:
                continue
            text = self.text[f.start:f.stop]
            cue = None
            if f.attribution and f.attribution.verb is not None:
                cue = _cue_lemma(f.attribution.verb)
            quotes.append(Quote(id=quote_id(self.doc.id, f.start, f.stop), text=text, start=f.start, stop=f.stop,
                                evidence_start=f.evidence[0], evidence_stop=f.evidence[1], speaker=speaker,
                                direct=f.direct, cue=cue))
        quotes += self._turn_quotes()
        quotes = _dedupe(quotes)
        return sorted(quotes, key=lambda q: q.start), self.speaker

    # ---- transcripts
    def _transcript(self) -> None:
        labels: list[tuple[int, int, str | None]] = []  # (paragraph start, text start, person or None)
        nonempty = 0
        for pa, pb in self.a.paragraphs:
            nonempty += 1
            line = self.text[pa:pb]
            m = LABEL.match(line)
            if not m:
                continue
            label_start = pa + m.start(1)
            # a remark in brackets after the name is no part of it: "У.Хурэлсух (как переведено):"
            label_stop = pa + m.start(1) + len(re.sub(r"\s*\([^()]*\)$", "", m.group(1)))
            if nonempty == 1 and not re.search(r"[.!?…»\"“”]\s*$", line):
                continue  # a headline "Петров: для Дели и Парижа важно …"
            person = self._person_named(label_start, label_stop)
            if person is None and not re.fullmatch(r"[А-ЯЁA-Z][\w.\-]*( [\w.\-]+)?", self.text[label_start:label_stop]):
                continue  # a label is a name or one or two words ("Вопрос:", "Ведущий:")
            labels.append((pa, pa + m.end(1) + 1, person))
        if not labels:
            return
        for n, (_, text_start, person) in enumerate(labels):
            end = labels[n + 1][0] if n + 1 < len(labels) else len(self.text)
            self.turn_spans.append((text_start, end, person))
        people = {p for _, _, p in labels}
        first_para = self.a.paragraphs.index(next(p for p in self.a.paragraphs if p[0] == labels[0][0]))
        if len(people) == 1 and None not in people and first_para <= 1:
            self.speaker = labels[0][2]
            self.salient.append((labels[0][1], self.speaker, None))

    def _turn_quotes(self) -> list[Quote]:
        if self.speaker is not None:
            return []
        out = []
        for start, end, person in self.turn_spans:
            if person is None:
                continue
            o = start
            while o < end and self.text[o].isspace():
                o += 1
            c = closing_guillemet(self.text, o, end)
            if c is not None:  # "Имя: «…»": the quotation, however many paragraphs it runs over
                a, b = _trim(self.text, o + 1, c)
                if b - a >= 2:
                    out.append(Quote(id=quote_id(self.doc.id, a, b), text=self.text[a:b], start=a, stop=b,
                                     evidence_start=self.a.paragraph(o)[0], evidence_stop=self.a.paragraph(c)[1],
                                     speaker=person, direct=True, cue=None))
                continue
            for pa, pb in self.a.paragraphs:
                a, b = max(pa, start), min(pb, end)
                if a >= b:
                    continue
                while a < b and self.text[a].isspace():
                    a += 1
                while b > a and self.text[b - 1].isspace():
                    b -= 1
                if b - a < 2:
                    continue
                out.append(Quote(id=quote_id(self.doc.id, a, b), text=self.text[a:b], start=a, stop=b,
                                 evidence_start=pa, evidence_stop=pb, speaker=person, direct=True, cue=None))
        return out

    # ---- direct speech
    def _direct(self) -> list[_Found]:
        pairs = quote_pairs(self.text)
        top = [(o, c) for o, c, _ in pairs if not any(o2 < o and c < c2 for o2, c2, _ in pairs)]
        out: list[_Found] = []
        previous: tuple[int, _Attribution] | None = None  # end of the last attributed quote's attribution
        for o, c in top:
            content_start, content_stop = o + 1, c
            parts, inner = self._interrupted(content_start, content_stop)
            attribution = inner or self._after(c) or self._before(o)
            label = None
            if attribution is None:
                if previous is not None and self._continues(previous[0], o) and self._clause_like(o + 1, c):
                    attribution = previous[1]
                else:
                    label = self._label_before(o)
                    attribution = label
            if attribution is None:
                if not (self._opens_sentence(o) and self._clause_like(content_start, content_stop)):
                    continue
            elif attribution.verb is not None and self._by_that(attribution, o) and \
                    not self._clause_like(content_start, content_stop):
                continue  # X заявил, что «Росатом» …: a name inside indirect speech
            for a, b in parts:
                a, b = _trim(self.text, a, b)
                if b - a < 2:
                    continue
                lo = min(a, attribution.start) if attribution else o
                hi = max(b, attribution.stop) if attribution else c + 1
                order = attribution.start if attribution else o
                out.append(_Found(a, b, True, attribution, self.a.evidence(min(lo, o), max(hi, c + 1)), order))
            if attribution is not None and attribution is not label:
                previous = (max(attribution.stop, c + 1), attribution)
        return out

    def _interrupted(self, start: int, stop: int) -> tuple[list[tuple[int, int]], _Attribution | None]:
        """Split quoted text at an attribution inside it: ``Первая часть, - отметил министр. - Вторая``."""
        content = self.text[start:stop]
        for m in re.finditer(r"([,.!?…])\s*[" + D + r"]+\s+([^\n" + D + r"]{1,160}?)[.,:]\s*[" + D + r"]+\s+", content):
            attr_start, attr_stop = start + m.start(2), start + m.end(2)
            verb = self._verb_at_start(attr_start, attr_stop)
            if verb is None:
                continue
            attribution = _Attribution(verb, start + m.start(1), start + m.end(), Speaker())
            attribution.speaker = self.subject_of(verb, attr_start, attr_stop)
            cut = start + m.start(1) + (0 if m.group(1) == "," else 1)
            return [(start, cut), (start + m.end(), stop)], attribution
        return [(start, stop)], None

    def _after(self, c: int) -> _Attribution | None:
        """``«…», — сказал он.``: a dash after the closing mark, then a verb of speech."""
        rest = self.text[c + 1:]
        m = re.match(r"[ \t]*[,.!?…]?[ \t]*[" + D + r"]+[ \t]*", rest)
        if not m:
            return None
        a = c + 1 + m.end()
        line_end = self.text.find("\n", a)
        line_end = len(self.text) if line_end < 0 else line_end
        stop = self._clause_end(a, line_end)
        verb = self._verb_at_start(a, stop)
        if verb is None:
            return None
        att = _Attribution(verb, c + 1, stop)
        att.speaker = self.subject_of(verb, a, stop)
        return att

    def _before(self, o: int) -> _Attribution | None:
        """``Министр заявил: «…»`` or ``X заявил, что «…»``: a verb of speech in the clause before."""
        pa = self.a.paragraph(o)[0]
        head = self.text[pa:o]
        colon = re.search(r":\s*[" + D + r"]?\s*$", head)
        that = re.search(r",?\s*что\s*$", head)
        if not colon and not that:
            return None
        stop = o - len(colon.group() if colon else that.group())
        sentence_start = max(pa, self.a.sentences[self.a.sentence_index(stop - 1)].start) if stop > pa else pa
        tokens = [t for t in self.a.tokens_in(sentence_start, stop) if not self._in_quote(t.start)]
        verbs = [t for t in tokens if speech_class(t) or self._expressed(t)]
        if not verbs:
            return None
        verb = verbs[-1]
        if self._expressed(verb):
            verb = self.a.head(verb) or verb
        att = _Attribution(verb, sentence_start, stop)
        att.speaker = self.subject_of(verb, sentence_start, stop)
        return att

    def _label_before(self, o: int) -> _Attribution | None:
        """``Петров: «…»``: a person's mention, a colon and the quote."""
        pa = self.a.paragraph(o)[0]
        m = re.search(r"(\S[^:\n]{0,50}?):\s*[" + D + r"]?\s*$", self.text[pa:o])
        if not m:
            return None
        a, b = pa + m.start(1), pa + m.end(1)
        person = self._person_named(a, b)
        return _Attribution(None, a, b, Speaker(person)) if person else None

    def _person_named(self, a: int, b: int) -> str | None:
        """The person a label names: a PER mention exactly there, or a name written as one of a
        person's names elsewhere (the tagger does not always see ``И.Петров`` twice)."""
        mention = next((x for x in self.a.doc.mentions if x.start == a and x.stop == b and x.type == "PER"), None)
        if mention is not None:
            return mention.entity if self.a.is_person(mention.entity) else None
        key = re.sub(r"[\s.]+", "", fold(self.text[a:b]))
        for e in self.a.entities.values():
            if e.type == "person" and key in {re.sub(r"[\s.]+", "", fold(n)) for n in (e.name,) + tuple(e.aliases)}:
                return e.id
        return None

    def _by_that(self, att: _Attribution, o: int) -> bool:
        return att.stop <= o and re.search(r"что\s*$", self.text[att.start:o]) is not None

    def _continues(self, end: int, o: int) -> bool:
        """Only the end of an attribution between two quotes: ``— сказал он. — «…»``."""
        between = self.text[end:o]
        return "\n" not in between and re.fullmatch(r"\s*[.!?…:]?\s*[" + D + r"]?\s*", between) is not None \
            and re.search(r"[.!?…:" + D + "]", between) is not None

    def _opens_sentence(self, o: int) -> bool:
        pa = self.a.paragraph(o)[0]
        before = self.text[pa:o]
        return re.search(r"(^|[.!?…]\s)[\s" + D + r"]*$", before) is not None

    def _clause_like(self, start: int, stop: int) -> bool:
        tokens = self.a.tokens_in(start, stop)
        words = [t for t in tokens if t.pos != "PUNCT"]
        if len(words) < 3:
            return False
        for t in words:
            if t.pos in ("VERB", "AUX") and (t.feats.get("VerbForm") == "Fin" or "Mood" in t.feats):
                return True
            if t.feats.get("Variant") == "Short":
                return True
            if fold(t.text) in PREDICATIVES:
                return True
        return False

    def _clause_end(self, a: int, limit: int) -> int:
        """The end of an attribution clause starting at ``a``: the sentence's end or a dash that
        reopens the quote, within the line."""
        m = re.search(r"[.!?…](?=\s|$)|\s[" + D + r"]\s|[«\"„“]", self.text[a:limit])
        return a + m.start() if m else limit

    def _verb_at_start(self, a: int, b: int) -> Token | None:
        """A verb of speech among the first words of an attribution."""
        words = [t for t in self.a.tokens_in(a, b) if t.pos != "PUNCT"][:4]
        for t in words:
            if speech_class(t) and t.feats.get("VerbForm") != "Inf":
                return t
        return None

    def _expressed(self, t: Token) -> bool:
        """The object of ``выразил надежду``: an "expressed" noun governed by an express verb."""
        if t.pos != "NOUN" or not (lemmas(t.text) & lexicon()["expressed"]):
            return False
        h = self.a.head(t)
        return h is not None and speech_class(h) == "express"

    def _in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.direct_spans)

    # ---- subjects and speakers
    def subject_of(self, verb: Token, a: int, b: int) -> Speaker:
        """The speaker a verb of speech names: its subject (its object for ``цитировать``)."""
        cls = speech_class(verb)
        v = verb
        # A gerund or a coordinated verb shares the subject of the verb it depends on.
        for _ in range(3):
            rels = ("obj",) if cls == "cite" else SUBJECT
            args = [c for c in self.a.children.get(v.id, ()) if c.rel in rels and not self._across_line(c, v)]
            for arg in sorted(args, key=lambda c: abs(c.start - v.start)):
                sp = self._np(arg)
                if sp.entity is not None or sp.first_person:
                    return sp
            h = self.a.head(v)
            if h is not None and (v.feats.get("VerbForm") == "Conv" or v.rel == "conj") and h.pos in ("VERB", "ADJ", "AUX"):
                v = h
                continue
            break
        # Without a subject: "В Анкаре убеждены", "в МИД заявили".
        for c in self.a.children.get(v.id, ()):
            if c.rel in ("obl", "nmod") and any(fold(x.text) in ("в", "во") for x in self.a.children.get(c.id, ())):
                best = self.a.best(self.a.actors(self.a.subtree(c)))
                if best is not None and best.kind != "person":
                    return Speaker(best.entity)
        if v.feats.get("Person") == "1":
            return Speaker(first_person=True)
        before = self._subject_before(verb)
        if before is not None:
            return before
        # The parser missed the subject: a pronoun, a name or a title among the words after the verb.
        after = [t for t in self.a.tokens_in(verb.stop, b) if t.pos != "PUNCT"][:6]
        for t in after:
            if fold(t.text) in PERSONAL or head_lemma(t) or self.a.outer.get(t.start) is not None:
                if t.feats.get("Case") in (None, "Nom") or self.a.outer.get(t.start) is not None:
                    return self._np(t)
        return Speaker()

    def _across_line(self, x: Token, y: Token) -> bool:
        a, b = sorted((x.start, y.start))
        return "\n" in self.text[a:b]

    def _subject_before(self, verb: Token) -> Speaker | None:
        """The parser missed the subject: a name in the nominative just before the verb, in the same
        clause (``Министры Т. Коно и Т. Ивая заявили``)."""
        tokens = self.a.sentence_tokens(verb.start)
        k = tokens.index(verb) if verb in tokens else 0
        i = k
        while i > 0:
            t = tokens[i - 1]
            if t.text == "," and i >= 2:
                # skip a parenthetical: "Макрон, в свою очередь, отметил"
                j = next((j for j in range(i - 2, max(-1, i - 7), -1) if tokens[j].text == ","), None)
                inner = tokens[j + 1:i - 1] if j is not None else []
                if inner and not self.a.actors(inner) and not any(x.pos in ("VERB", "AUX") for x in inner):
                    i = j
                    continue
            if t.text in ",;:." or t.text in DASHES or t.text in OPENERS | CLOSERS or "\n" in self.text[t.stop:tokens[i].start]:
                break
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
                break
            i -= 1
        for a in sorted(self.a.actors(tokens[i:k]), key=lambda a: ("person", "organization", "country", "adjective").index(a.kind)):
            cases = {t.feats.get("Case") for t in self.a.tokens_in(a.start, a.stop) if t.pos in ("NOUN", "PROPN", "ADJ")}
            if "Nom" in cases or not cases - {None}:
                return Speaker(a.entity)
        return None

    def _np(self, t: Token) -> Speaker:
        """The speaker a noun phrase names (see the module docstring)."""
        low = fold(t.text)
        if low in FIRST_PERSON:
            return Speaker(first_person=True)
        best = self.a.best(self.a.actors(self.a.subtree(t)))
        holder = self.a.role_person(t)
        if holder is not None and (best is None or best.kind != "person"):
            return Speaker(holder)  # "премьер-министр Индии Нарендра Моди" however the parser attached the name
        unnamed = t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and self.a.outer.get(t.start) is None
        if best is not None and best.kind == "adjective" and unnamed:
            return Speaker(f"?side:{best.entity}")  # "французский лидер": a person of that side named before
        if best is not None and best.kind in ("organization", "country") and unnamed:
            return Speaker(best.entity, proxy=t.feats.get("Gender") or "Masc")  # "представитель МИД X"
        if best is not None:
            return Speaker(best.entity)
        if low in PERSONAL:
            return Speaker(f"?pron:{PERSONAL[low]}")
        title = head_lemma(t)
        if title and t.feats.get("Number") != "Plur":
            return Speaker(f"?title:{title}")
        return Speaker()

    def _resolve(self, att: _Attribution, at: int) -> str | None:
        """The entity of an attribution's speaker, pronouns and bare titles resolved backwards;
        the resolved person becomes salient for what follows."""
        sp = att.speaker
        if sp.first_person:
            return None
        entity = sp.entity
        if entity is not None and entity.startswith("?"):
            entity = self.antecedent(entity, at)
        if entity is not None and self.a.is_person(entity):
            self.salient.append((att.start, entity, None))
        elif entity is not None and sp.proxy:
            self.salient.append((att.start, entity, sp.proxy))
        return entity

    def antecedent(self, placeholder: str, at: int) -> str | None:
        """The last person named as a subject or a speaker before ``at`` who fits a pronoun's gender
        (``?pron:Masc``) or holds a role with a title (``?title:министр``)."""
        kind, _, value = placeholder[1:].partition(":")
        before = sorted((p for p in self.salient if p[0] < at), key=lambda p: p[0])
        for _, person, proxy in reversed(before):
            if kind == "pron":
                g = proxy or self.a.gender(person)
                if g is not None and g != value:
                    continue
                return person
            if proxy:
                continue
            if kind == "title":
                if any(r.person == person and r.position.startswith(value) for r in self.a.roles):
                    return person
            if kind == "side" and self.a.side(person) == value:
                return person
        if kind == "side":
            named = [m for m in self.a.doc.mentions if m.stop <= at and self.a.is_person(m.entity)
                     and self.a.side(m.entity) == value]
            return named[-1].entity if named else value
        persons = [p for p in before if not p[2]]
        if kind == "title" and persons:
            return persons[-1][1]
        if kind == "pron":
            # no subject or speaker fits: the last person named at all whose gender is known to fit
            named = [m for m in self.a.doc.mentions if m.stop <= at and self.a.is_person(m.entity)
                     and not self._in_quote(m.start)]
            for m in reversed(named):
                if self.a.gender(m.entity) == value:
                    return m.entity
        return None

    def _subject_salience(self) -> None:
        """Persons named as subjects, outside quotation marks."""
        for t in self.a.tokens:
            if t.rel not in SUBJECT or self._in_quote(t.start):
                continue
            best = self.a.best(self.a.actors(self.a.subtree(t)))
            holder = self.a.role_person(t)
            if holder is not None and (best is None or best.kind != "person"):
                self.salient.append((t.start, holder, None))
            elif best is not None and best.kind == "person":
                self.salient.append((t.start, best.entity, None))
            elif best is not None and t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and \
                    self.a.outer.get(t.start) is None and best.kind in ("organization", "country"):
                self.salient.append((t.start, best.entity, t.feats.get("Gender") or "Masc"))

    # ---- indirect speech
    def _indirect(self) -> list[_Found]:
        out: list[_Found] = []
        used: set[str] = set()
        for sentence in self.a.sentences:
            tokens = list(sentence.tokens)
            for k, t in enumerate(tokens):
                if self._in_quote(t.start) or t.id in used:
                    continue
                found = (self._according(tokens, k) or self._as_said(tokens, k) or self._that(tokens, k)
                         or self._about_this(tokens, k) or self._inverted(tokens, k))
                if found is not None:
                    used.add(t.id)
                    out.append(found)
        return [f for f in out if not any(a < f.stop and f.start < b for a, b in self.direct_spans)]

    def _sentence_end(self, tokens: list[Token], k: int) -> int:
        """End of the sentence from token ``k``, cut at a line break, without final punctuation."""
        end = tokens[-1].stop
        nl = self.text.find("\n", tokens[k].start, end)
        if nl >= 0:
            end = nl
        return end

    def _make(self, verb: Token | None, speaker: Speaker, a: int, b: int, att: tuple[int, int]) -> _Found | None:
        a, b = _trim(self.text, a, b)
        while b > a and self.text[b - 1] in ".;" and not self.text[a:b - 1].endswith("."):
            b -= 1
        a, b = _trim(self.text, a, b)
        if b - a < 3 or len(re.findall(r"\w+", self.text[a:b])) < 2:
            return None
        if speaker.first_person or (speaker.entity is None):
            return None
        attribution = _Attribution(verb, att[0], att[1], speaker)
        ev = self.a.evidence(min(a, att[0]), max(b, att[1]))
        return _Found(a, b, False, attribution, ev, att[0])

    def _that(self, tokens: list[Token], k: int) -> _Found | None:
        """``X заявил(, …), что …``, ``X выразил надежду на то, что …``."""
        t = tokens[k]
        cls = speech_class(t)
        if cls is None or cls == "cite" or t.feats.get("VerbForm") in ("Inf", "Part"):
            return None
        j = k + 1
        limit = min(len(tokens), k + 9)
        while j < limit and fold(tokens[j].text) != "что":
            if (tokens[j].pos in ("VERB", "AUX") and tokens[j].feats.get("VerbForm") == "Fin") or tokens[j].text in OPENERS:
                return None
            j += 1
        if j >= limit or tokens[j - 1].text != ",":
            return None
        if cls == "express" and not any(self._expressed(x) for x in tokens[k + 1:j]):
            return None
        speaker = self.subject_of(t, t.start, tokens[j].start)
        return self._make(t, speaker, tokens[j].stop, self._sentence_end(tokens, j), (tokens[0].start, tokens[j].stop))

    def _according(self, tokens: list[Token], k: int) -> _Found | None:
        """``по словам X, …`` / ``по его мнению, …``."""
        t = tokens[k]
        if fold(t.text) != "по" or k + 1 >= len(tokens):
            return None
        j = k + 1
        pron = None
        if fold(tokens[j].text) in ("его", "ее", "её", "их", "нашим", "нашему", "моим", "моему"):
            pron = fold(tokens[j].text)
            j += 1
        if j >= len(tokens) or not (lemmas(tokens[j].text) & lexicon()["according"]) or tokens[j].pos != "NOUN":
            return None
        noun = tokens[j]
        end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",.;:)" or tokens[i].text in DASHES), len(tokens))
        if pron in ("нашим", "нашему", "моим", "моему"):
            return None
        if pron is not None:
            speaker = Speaker({"его": "?pron:Masc", "ее": "?pron:Fem", "её": "?pron:Fem"}.get(pron))
        else:
            best = self.a.best(self.a.actors(tokens[j + 1:end]))
            speaker = Speaker(best.entity) if best else Speaker()
            if best is None:
                for x in tokens[j + 1:end]:
                    if head_lemma(x):
                        speaker = Speaker(f"?title:{head_lemma(x)}")
                        break
        return self._rest(noun, speaker, tokens, k, end)

    def _rest(self, verb: Token | None, speaker: Speaker, tokens: list[Token], k: int, end: int) -> _Found | None:
        """The sentence without the attribution phrase ``tokens[k:end]``: the longer side."""
        before = (tokens[0].start, tokens[k].start) if k > 0 else None
        after = (tokens[end].stop if end < len(tokens) else tokens[-1].stop, self._sentence_end(tokens, min(end, len(tokens) - 1)))
        pick = after
        if before is not None and (before[1] - before[0]) > (after[1] - after[0]):
            pick = before
        att = (tokens[k].start, tokens[end - 1].stop if end - 1 < len(tokens) else tokens[-1].stop)
        return self._make(verb, speaker, pick[0], pick[1], att)

    def _as_said(self, tokens: list[Token], k: int) -> _Found | None:
        """``как отметил X, …`` / ``…, как пишет X.``"""
        t = tokens[k]
        if fold(t.text) != "как" or k + 1 >= len(tokens):
            return None
        j = k + 1
        while j < len(tokens) - 1 and j < k + 3 and tokens[j].pos == "ADV":
            j += 1
        verb = tokens[j] if speech_class(tokens[j]) in ("say", "think") else None
        if verb is None:
            return None
        end = next((i for i in range(tokens.index(verb) + 1, len(tokens)) if tokens[i].text in ",.;:"), len(tokens))
        speaker = self.subject_of(verb, verb.start, tokens[end - 1].stop)
        return self._rest(verb, speaker, tokens, k, end)

    def _about_this(self, tokens: list[Token], k: int) -> _Found | None:
        """``Об этом заявил X``: the sentence before is what X said."""
        t = tokens[k]
        if fold(t.text) not in ("об", "о") or k + 2 >= len(tokens) or fold(tokens[k + 1].text) != "этом":
            return None
        verb = next((x for x in tokens[k + 2:k + 5] if speech_class(x) == "say"), None)
        si = self.a.sentence_index(t.start)
        if verb is None or si == 0:
            return None
        prev = self.a.sentences[si - 1]
        if self.text[prev.stop:t.start].count("\n") > 2:
            return None
        speaker = self.subject_of(verb, verb.start, tokens[-1].stop)
        start = max(prev.start, self.a.paragraph(prev.stop - 1)[0])
        return self._make(verb, speaker, start, prev.stop, (t.start, tokens[-1].stop))

    def _inverted(self, tokens: list[Token], k: int) -> _Found | None:
        """``…, предупредил X.``: a verb of saying after a comma, its subject after it, no "что"."""
        t = tokens[k]
        if speech_class(t) != "say" or k < 3 or t.feats.get("VerbForm") != "Fin":
            return None
        i = k - 1
        while i > 0 and tokens[i].pos == "ADV":
            i -= 1
        if tokens[i].text not in (",",) and not (tokens[i].text in DASHES and tokens[i - 1].text == ","):
            return None
        if any(x.text in OPENERS | CLOSERS for x in tokens[max(0, i - 1):i + 1]):
            return None  # a closing quotation mark: direct speech, read elsewhere
        if any(fold(x.text) == "что" for x in tokens[k + 1:]):
            return None
        subj = self.a.child(t, SUBJECT)
        if subj is None or subj.start < t.start:
            return None
        cut = i if tokens[i].text == "," else i - 1
        speaker = self._np(subj)
        return self._make(t, speaker, tokens[0].start, tokens[cut].start, (tokens[cut].start, tokens[-1].stop))


def _cue_lemma(t: Token) -> str:
    """The lemma of the verb of speech (``заявить``), or ``по словам``/``по мнению``."""
    if t.pos == "NOUN":
        return "по " + fold(t.text)
    ls = lemmas(t.text)
    lx = lexicon()
    for cls in ("say", "think", "cite", "express", "according"):
        hit = sorted(ls & lx.get(cls, frozenset()))
        if hit:
            return hit[0]
    return fold(t.text)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in DASHES):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:" + DASHES):
        b -= 1
    return a, b


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.stop - q.start))):
        if any(x.start == q.start and x.stop == q.stop for x in out):
            continue
        out.append(q)
    return out


def find_quotes(doc: Document) -> tuple[list[Quote], str | None, list[Turn]]:
    """The quotes of a document, the speaker of the whole text (a transcript) and its turns, if any."""
    finder = QuoteFinder(doc)
    quotes, speaker = finder.run()
    return quotes, speaker, finder.turns()


class QuoteStage:
    name = "quotes"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles"})
    provides = frozenset({"quotes", "speaker", "turns", "entities"})

    def __call__(self, doc: Document) -> Document:
        quotes, speaker, turns = find_quotes(doc)
        return doc.replace(quotes=tuple(quotes), speaker=doc.speaker or speaker, turns=tuple(turns),
                           entities=with_countries(doc.entities, [q.speaker for q in quotes]))
