"""Stances: positions of one actor towards another, from cue lexicons (``data/stance_cues.tsv``).

Polarities: ``converge`` (``позиции совпадают``, ``единое мнение``, ``общие позиции``), ``diverge``
(``позиции расходятся``, ``разногласия``, ``не совпадают``), ``concern`` (``выразил
обеспокоенность``, ``опасения в связи с``), ``negative`` (``неприемлемо``, ``осудил``,
``непропорциональной реакцией``, ``выступает против``), ``positive`` (``приветствовал``,
``поддержал``, ``высоко оценил``, ``отношения развиваются неплохо``).

Who holds the position depends on the cue's frame (see the lexicon's header):

* the subject of the cue's verb, resolved like a speaker (``он`` → the last person named as a
  subject or speaker; ``Турецкая сторона`` → Турция; ``В Анкаре`` → Турция);
* for an evaluation (``неприемлемо``) the one who says or thinks it: the subject of ``считать``,
  ``по мнению X``, the speaker of the quote (direct or indirect) the cue stands in, or the speaker of
  a transcript;
* ``мы``, ``наши позиции``, ``у нас``, ``по нашим оценкам`` → the speaker's side: the country of the
  speaker's role when known, else, when the text shows it (``наши индийские коллеги`` names the
  other side), the country most present in the document besides the other side.
A holder is an entity as found — a person, an organisation or a country; export maps persons to
their countries.  A cue without a holder gives no stance.

The other side is an actor in the cue's object (``выразил обеспокоенность действиями турецких
самолётов`` → Турция) or, for an evaluation, in what it is said of (``присутствие, которое
неадекватно…`` → who is present); a demonstrative object (``считаем это…``) looks into the sentence
before.  For a shared or diverging position the sides are the two named with it (``позиции Индии и
Франции``); with one side known the other is the one other side the sentence names, else the document's
counterpart.  Locations, and actors of the holder's own side, are never the other side.

Negation: ``не`` before the cue (or on the verb that expresses a feeling: ``не вызывает опасений``)
turns converge into diverge and back, and blocks the other polarities.  A cue in a goal (``выработать
общие позиции``), a purpose or condition clause (``чтобы``, ``если``) or a question is no stance.
The topic is the phrase after ``по вопросу о``, ``в связи с``, ``касательно``, ``относительно``,
``по поводу``, ``в отношении`` or the cue noun's ``по X``/``о X``, else (for verbs and feelings) the words
after the cue: at most six nominal words (best effort).  The evidence is the cue's sentence, kept within
its paragraph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .. import gazetteer
from ..ids import country_id
from ..morph import fold, lemmas
from ..records import Document, Quote, Stance, Token
from .entities import with_countries
from .quotes import SUBJECT, Actor, QuoteFinder, Speaker, speech_class

NEGATIONS = frozenset({"не", "ни"})
ABSENCE = frozenset({"нет", "без", "отсутствие", "отсутствовать"})
GOALS = frozenset({"выработать", "вырабатывать", "выработка", "найти", "находить", "искать", "поиск", "добиться",
                   "добиваться", "стремиться", "стремление", "достичь", "достигнуть", "достижение", "сблизить",
                   "сблизиться", "сближение", "нужно", "необходимо", "надо", "следует"})
CONDITIONS = frozenset({"чтобы", "если", "бы"})
EXPRESS = frozenset({"выразить", "выражать", "заявить", "заявлять", "высказать", "высказывать", "поделиться",
                     "делиться", "разделять", "разделить", "вызывать", "вызвать", "испытывать", "сохранять",
                     "сохраняться", "оставаться", "остаться", "высказаться", "озвучить", "подчеркнуть"})
CAUSE = frozenset({"вызывать", "вызвать"})
BOUND_BY = (("в", "связи", "с"), ("по", "поводу"), ("из-за",), ("относительно",), ("касательно",), ("в", "связи", "со"))
TOPIC_MARKERS = (("по", "вопросу", "о"), ("по", "вопросу", "об"), ("по", "вопросам"), ("по", "вопросу"),
                 ("в", "связи", "с"), ("в", "связи", "со"), ("касательно",), ("относительно",), ("по", "поводу"),
                 ("в", "отношении"))
DEMONSTRATIVES = frozenset({"это", "этот", "такой", "то", "она", "он", "оно", "они", "ее", "её", "его", "их"})
SIDES = frozenset({"сторона", "страна", "государство"})
PAIR = frozenset({"оба", "обе", "два", "две"})
COUNTERPARTS = frozenset({"коллега", "партнер", "партнёр", "друг"})
TOPIC_PREPOSITIONS = frozenset({"по", "о", "об", "касательно", "относительно", "насчет", "насчёт", "вокруг"})
WE = frozenset({"мы", "нас", "нам", "нами"})
OUR = frozenset({"наш", "наша", "наше", "наши", "нашей", "нашего", "нашим", "наших", "нашу", "нашими", "нашем", "нашему"})
ACCORDING = frozenset({"мнение", "оценка", "взгляд", "слово"})


@dataclass(frozen=True)
class Cue:
    polarity: str
    frame: str
    shape: str
    slots: tuple[frozenset, ...]


@cache
def cues() -> tuple[Cue, ...]:
    text = resources.files("khronika").joinpath("data/stance_cues.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        polarity, frame, shape, *rest = line.split("\t")
        slots = " ".join(rest).split()
        out.append(Cue(polarity, frame, shape, tuple(frozenset(fold(w) for w in s.split("|")) for s in slots)))
    return tuple(out)


def _is(t: Token, slot: frozenset) -> bool:
    return bool(lemmas(t.text) & slot)


@dataclass
class _Match:
    cue: Cue
    tokens: list[Token]  # the cue's words, in text order
    head: Token  # the predicate (verb/adjective) or the noun that carries the cue
    noun: Token | None = None  # the noun slot of a pair


class StanceFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.q = QuoteFinder(doc)
        quotes, speaker = self.q.run()
        self.quotes: list[Quote] = list(doc.quotes) if "quotes" in doc.done else quotes
        self.speaker = doc.speaker or speaker
        self.a = self.q.a
        self.text = doc.text
        self._counts: Counter | None = None
        self._counterparts: set[str] | None = None

    # ---- entry point
    def run(self) -> list[Stance]:
        out: list[Stance] = []
        seen = set()
        for sentence in self.a.sentences:
            tokens = list(sentence.tokens)
            for m in self._matches(tokens):
                stance = self._stance(m, sentence, tokens)
                if stance is None:
                    continue
                key = (sentence.start, stance.polarity, stance.holder, stance.other)
                if key in seen:
                    continue
                seen.add(key)
                out.append(stance)
        return out

    # ---- cue matching
    def _matches(self, tokens: list[Token]) -> list[_Match]:
        out: list[_Match] = []
        used: set[str] = set()
        present = frozenset().union(*(lemmas(t.text) for t in tokens)) if tokens else frozenset()
        for cue in cues():
            anchor = cue.slots[1] if cue.shape in ("pair", "triple") else cue.slots[0]
            if not anchor & present:
                continue  # the word every match of the cue starts from is not in the sentence
            for k, t in enumerate(tokens):
                if t.id in used:
                    continue
                m = self._match(cue, tokens, k)
                if m is not None and not any(x.id in used for x in m.tokens):
                    used.update(x.id for x in m.tokens)
                    out.append(m)
        return sorted(out, key=lambda m: m.tokens[0].start)

    def _match(self, cue: Cue, tokens: list[Token], k: int) -> _Match | None:
        t = tokens[k]
        if cue.shape == "word":
            return _Match(cue, [t], t) if _is(t, cue.slots[0]) and t.pos != "PROPN" else None
        if cue.shape == "phrase":
            if not _is(t, cue.slots[0]):
                return None
            got, i = [t], k
            for slot in cue.slots[1:]:
                nxt = next((j for j in (i + 1, i + 2) if j < len(tokens) and _is(tokens[j], slot)), None)
                if nxt is None:
                    break
                got.append(tokens[nxt])
                i = nxt
            if len(got) == len(cue.slots):
                return _Match(cue, got, self._phrase_head(got))
            if len(cue.slots) == 2:
                # "против её появления … выступает", "оценил высоко": the second slot under the first
                # or within six words of it in the same clause
                for c in self.a.children.get(t.id, ()):
                    for g in [c] + self.a.children.get(c.id, []):
                        if _is(g, cue.slots[1]):
                            return _Match(cue, sorted([t, g], key=lambda x: x.start), self._phrase_head([t, g]))
                for j in list(range(k - 1, max(-1, k - 7), -1)) + list(range(k + 1, min(len(tokens), k + 7))):
                    between = tokens[min(j, k) + 1:max(j, k)]
                    if any(x.text in ",;:.!?" for x in between):
                        continue
                    if _is(tokens[j], cue.slots[1]):
                        return _Match(cue, sorted([t, tokens[j]], key=lambda x: x.start), self._phrase_head([t, tokens[j]]))
            return None
        if cue.shape == "pair":
            if not _is(t, cue.slots[1]) or t.pos not in ("VERB", "ADJ", "AUX"):
                return None
            noun = self._noun_of(tokens, k, cue.slots[0])
            return _Match(cue, sorted([noun, t], key=lambda x: x.start), t, noun) if noun is not None else None
        if cue.shape == "triple":
            if not _is(t, cue.slots[1]) or t.pos != "VERB":
                return None
            noun = self._noun_of(tokens, k, cue.slots[0])
            if noun is None:
                return None
            adv = next((x for x in tokens[k + 1:k + 5] if _is(x, cue.slots[2])), None) or \
                next((x for x in tokens[max(0, k - 2):k] if _is(x, cue.slots[2])), None)
            return _Match(cue, sorted([noun, t, adv], key=lambda x: x.start), t, noun) if adv is not None else None
        return None

    def _phrase_head(self, got: list[Token]) -> Token:
        for t in got:
            if t.pos in ("VERB", "AUX"):
                return t
        return next((t for t in reversed(got) if t.pos == "NOUN"), got[-1])

    def _noun_of(self, tokens: list[Token], k: int, slot: frozenset) -> Token | None:
        """The noun slot of a pair: the predicate's subject, or a noun up to six words before it in
        the same clause."""
        t = tokens[k]
        for c in self.a.children.get(t.id, ()):
            if c.rel in SUBJECT and _is(c, slot):
                return c
        for j in range(k - 1, max(-1, k - 8), -1):
            x = tokens[j]
            if x.text in (",", ";", ":", ".") or (x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"):
                return None
            if x.pos == "NOUN" and _is(x, slot):
                return x
        return None

    # ---- a stance from a match
    def _stance(self, m: _Match, sentence, tokens: list[Token]) -> Stance | None:
        polarity = m.cue.polarity
        negated = self._negated(m, tokens)
        if negated:
            if polarity == "converge":
                polarity = "diverge"
            elif polarity == "diverge":
                polarity = "converge"
            else:
                return None
        if self._blocked(m, sentence):
            return None
        frame = m.cue.frame
        if frame == "mutual":
            holder, other = self._mutual(m, sentence, tokens)
        elif frame == "feeling":
            holder, other = self._feeling(m, sentence, tokens)
        elif frame == "eval":
            holder, other = self._eval(m, sentence, tokens)
        elif frame == "develop":
            holder, other = self._develop(m, sentence, tokens)
        else:
            holder, other = self._agent(m, sentence, tokens)
        if holder is None:
            return None
        if other is not None and self.a.side(other) is not None and self.a.side(other) == self.a.side(holder):
            other = None
        cue_text = " ".join(t.text for t in m.tokens)
        start, stop = sentence.start, sentence.stop
        pa, pb = self.a.paragraph(m.tokens[0].start)
        if pa < pb:  # the sentence, kept within the cue's paragraph (headings run into sentences)
            start, stop = max(start, pa), min(stop, pb)
        return Stance(polarity=polarity, start=start, stop=stop, holder=holder, other=other,
                      topic=self._topic(m, tokens), cue=cue_text)

    def _negated(self, m: _Match, tokens: list[Token]) -> bool:
        ids = {t.id: i for i, t in enumerate(tokens)}
        spots = [m.tokens[0], m.head] + ([m.noun] if m.noun is not None else [])
        for t in spots:
            i = ids.get(t.id)
            if i is None:
                continue
            for j in (i - 1, i - 2):
                if j >= 0 and fold(tokens[j].text) in NEGATIONS and (j == i - 1 or tokens[j + 1].pos in ("ADV", "PART")):
                    return True
            if i > 0 and fold(tokens[i - 1].text) in ABSENCE | {"нет"}:
                return True
            if any(fold(c.text) in NEGATIONS for c in self.a.children.get(t.id, ())):
                return True
        if m.head.pos == "NOUN":  # "не вызывает опасений", "не выразил обеспокоенности"
            h = self.a.head(m.head)
            if h is not None and h.pos in ("VERB", "AUX", "ADJ"):
                if any(fold(c.text) in NEGATIONS for c in self.a.children.get(h.id, ())):
                    return True
                i = ids.get(h.id)
                if i is not None and i > 0 and fold(tokens[i - 1].text) in NEGATIONS:
                    return True
        return False

    def _blocked(self, m: _Match, sentence) -> bool:
        if sentence.text.rstrip().endswith("?"):
            return True
        seen = set()
        t: Token | None = m.head
        steps = 0
        while t is not None and t.id not in seen and steps < 8:
            seen.add(t.id)
            if t is not m.head and lemmas(t.text) & GOALS and m.cue.polarity == "converge":
                return True
            if t is m.head and m.head.pos == "NOUN" and lemmas(t.text) & GOALS:
                return True
            if any(fold(c.text) in CONDITIONS and c.rel in ("mark", "aux", "advmod", "discourse")
                   for c in self.a.children.get(t.id, ())):
                return True
            if t.rel in ("ccomp", "root") and t is not m.head:
                break
            t = self.a.head(t)
            steps += 1
        # a goal noun or verb governing the cue's noun: "выработка общих позиций"
        for x in m.tokens:
            h = self.a.head(x)
            if h is not None and lemmas(h.text) & GOALS and m.cue.polarity == "converge":
                return True
        return False

    # ---- frames
    def _agent(self, m: _Match, sentence, tokens) -> tuple[str | None, str | None]:
        verb = m.head
        if verb.feats.get("Voice") == "Pass" or any(fold(c.text) in ("будет", "будут", "будем", "буду") for c in
                                                     self.a.children.get(verb.id, ())):
            return None, None  # "будет воспринят негативно": a forecast, and not of the subject
        holder = self._subject(verb)
        if holder is None:
            return None, None
        objects = [c for c in self.a.children.get(verb.id, ()) if c.rel in ("obj", "obl", "iobj", "xcomp", "ccomp")]
        scope = [x for c in objects for x in self.a.subtree(c)]
        return holder, self._other(holder, scope, sentence, tokens, demonstrative=objects)

    def _feeling(self, m: _Match, sentence, tokens) -> tuple[str | None, str | None]:
        noun = m.head
        h = self.a.head(noun)
        expressed = h is not None and lemmas(h.text) & EXPRESS
        bound = self._bound(noun)
        genitive = [c for c in self.a.children.get(noun.id, ()) if c.rel == "nmod" and c.feats.get("Case") == "Gen"]
        if not expressed and not bound:
            return None, None
        holder = None
        if h is not None and lemmas(h.text) & CAUSE:
            # "X вызывает обеспокоенность Y / у Y": Y holds it, X is the other side
            owners = [x for c in genitive for x in self.a.subtree(c)]
            owners += [x for c in self.a.children.get(h.id, ()) if c.rel == "obl" and
                       any(fold(y.text) == "у" for y in self.a.children.get(c.id, ())) for x in self.a.subtree(c)]
            best = self.a.best(self.a.actors(owners))
            holder = best.entity if best else self._voice(noun.start)
            subj = self.a.child(h, SUBJECT)
            scope = self.a.subtree(subj) if subj is not None else []
            return holder, self._other(holder, scope, sentence, tokens)
        if expressed:
            holder = self._subject(h)
        if holder is None:
            best = self.a.best(self.a.actors([x for c in genitive for x in self.a.subtree(c)]))
            holder = best.entity if best else None
        if holder is None:
            holder = self._voice(noun.start)
        if holder is None:
            return None, None
        scope = [x for x in self.a.subtree(noun) if x is not noun]
        return holder, self._other(holder, scope, sentence, tokens)

    def _possessors(self, noun: Token) -> list[Token]:
        """Who a noun belongs to: its genitive dependents without a preposition (``позиции Индии и
        Франции``), ``между X и Y``, ``у X`` (conjuncts included)."""
        out: list[Token] = []
        for c in self.a.children.get(noun.id, ()):
            if c.rel not in ("nmod", "det", "amod"):
                continue
            preps = [fold(x.text) for x in self.a.children.get(c.id, ()) if x.rel == "case"]
            if c.rel == "amod" or (c.rel == "nmod" and ((not preps and c.feats.get("Case") == "Gen") or
                                                        any(p in ("между", "у") for p in preps))):
                out.extend(self.a.subtree(c))
        return out

    def _between(self, tokens: list[Token]) -> list[str]:
        """``между X и Y`` in the sentence: the two sides."""
        for k, t in enumerate(tokens):
            if fold(t.text) == "между":
                end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in ",;:." or
                            (tokens[i].pos in ("VERB", "AUX") and tokens[i].feats.get("VerbForm") == "Fin")), len(tokens))
                sides = self._side_list(self.a.actors(tokens[k + 1:end]))
                if len(sides) >= 2:
                    return sides
        return []

    def _bound(self, noun: Token) -> bool:
        tokens = self.a.sentence_tokens(noun.start)
        i = tokens.index(noun) if noun in tokens else -1
        after = [fold(t.text) for t in tokens[i + 1:i + 5]]
        return any(tuple(after[:len(p)]) == p for p in BOUND_BY)

    def _eval(self, m: _Match, sentence, tokens) -> tuple[str | None, str | None]:
        holder = self._opinion_holder(m, tokens)
        if holder is None:
            return None, None
        pred = m.head
        scope: list[Token] = []
        subj = self.a.child(pred, SUBJECT)
        demonstrative = []
        if subj is not None:
            scope = self.a.subtree(subj)
            if fold(subj.text) in DEMONSTRATIVES:
                demonstrative = [subj]
        elif pred.rel in ("acl:relcl", "acl") and self.a.head(pred) is not None:
            noun = self.a.head(pred)
            inside = {x.id for x in self.a.subtree(pred, skip=frozenset())}
            scope = [x for x in self.a.subtree(noun, skip=frozenset()) if x.id not in inside]
        else:
            # "считаем это чрезмерной реакцией": what the opinion verb is about
            verb = self.a.head(pred)
            if verb is not None:
                objs = [c for c in self.a.children.get(verb.id, ()) if c.rel in ("obj", "nsubj", "nsubj:pass") and c is not pred]
                scope = [x for c in objs for x in self.a.subtree(c)]
                demonstrative = [c for c in objs if fold(c.text) in DEMONSTRATIVES]
        if not scope or all(fold(x.text) in DEMONSTRATIVES | {"который", "которое", "которая", "которые"}
                            for x in scope if x.pos != "PUNCT"):
            # the parser gave nothing usable: what the evaluation is said of stands just before it
            hs = self.a.side(holder) or holder
            first = min(t.start for t in m.tokens)
            before = [a for a in self.a.actors([t for t in tokens if t.stop <= first])
                      if (self.a.side(a.entity) or a.entity) != hs and a.entity != holder]
            opinion = self._according_span(tokens)
            before = [a for a in before if not (opinion and opinion[0] <= a.start < opinion[1])]
            if before:
                return holder, before[-1].entity
        return holder, self._other(holder, scope, sentence, tokens, demonstrative=demonstrative, fallback=False)

    def _according_span(self, tokens: list[Token]) -> tuple[int, int] | None:
        for k, x in enumerate(tokens[:-1]):
            if fold(x.text) == "по" and (lemmas(tokens[k + 1].text) & ACCORDING or fold(tokens[k + 1].text) in OUR):
                end = next((t.start for t in tokens[k + 1:] if t.text in ",.;:"), tokens[-1].stop)
                return x.start, end
        return None

    def _develop(self, m: _Match, sentence, tokens) -> tuple[str | None, str | None]:
        holder = self._voice(m.head.start)
        sides = self._side_list(self.a.actors(self.a.subtree(m.noun)) if m.noun is not None else [])
        if holder is None and sides:
            holder = sides[0]
        if holder is None:
            return None, None
        hs = self.a.side(holder) or holder
        other = next((s for s in sides if (self.a.side(s) or s) != hs), None)
        if other is None:
            other = self._counterpart(hs, sentence, tokens)
        return holder, other

    def _mutual(self, m: _Match, sentence, tokens) -> tuple[str | None, str | None]:
        noun = m.noun if m.noun is not None else next((t for t in reversed(m.tokens) if t.pos == "NOUN"), m.head)
        pred = m.head
        sides = self._side_list([a for a in self.a.actors(self._possessors(noun)) if not self._topical(a, tokens)])
        if not sides:
            sides = self._between(tokens)
        we = any(fold(c.text) in OUR for c in self.a.children.get(noun.id, ())) or self._we_near(m, tokens)
        if not sides:
            # "Стороны пришли к единому мнению", "Индия и Бразилия имеют общие позиции"
            gov = pred if pred is not noun else self.a.head(noun)
            for _ in range(2):
                if gov is None:
                    break
                subj = self.a.child(gov, SUBJECT)
                if subj is noun or (subj is not None and subj.id == noun.id):
                    break
                if subj is not None:
                    if fold(subj.text) in WE:
                        we = True
                    elif self._the_sides(subj):
                        sides = self._main_countries()[:2]
                    else:
                        sides = self._side_list(self.a.actors(self.a.subtree(subj)))
                    break
                gov = self.a.head(gov) if gov.feats.get("VerbForm") in ("Inf", "Conv") else None
            if not sides and not we and gov is not None:
                sides = self._sides_before(gov, tokens)
        voice = self._voice(m.head.start)
        if we:
            mine = self._we_side(m.head.start)
            if mine is not None:
                sides = [mine] + [s for s in sides if (self.a.side(s) or s) != (self.a.side(mine) or mine)]
        if not sides:
            if voice is None:
                return None, None
            sides = [voice]
        # the speaker's side first when it is one of the sides
        vs = self.a.side(voice) if voice else None
        if vs is not None:
            sides.sort(key=lambda s: 0 if (self.a.side(s) or s) == vs else 1)
        holder = sides[0]
        hs = self.a.side(holder) or holder
        other = next((s for s in sides[1:] if (self.a.side(s) or s) != hs), None)
        if other is None:
            other = self._counterpart(hs, sentence, tokens)
        return holder, other

    def _the_sides(self, t: Token) -> bool:
        """``стороны``, ``обе страны``, ``две стороны``: the parties together."""
        if not lemmas(t.text) & SIDES:
            return False
        return t.feats.get("Number") == "Plur" or any(lemmas(c.text) & PAIR for c in self.a.children.get(t.id, ()))

    def _sides_before(self, verb: Token, tokens: list[Token]) -> list[str]:
        """The parser found no subject: "Стороны" or names in the nominative just before the verb."""
        k = tokens.index(verb) if verb in tokens else 0
        i = k
        while i > 0:
            t = tokens[i - 1]
            if t.text in ",;:.()«»\"" or "\n" in self.text[t.stop:tokens[i].start] or \
                    (t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"):
                break
            i -= 1
        window = tokens[i:k]
        if any(self._the_sides(t) and (t.feats.get("Case") == "Nom" or self.a.children.get(t.id)) for t in window):
            return self._main_countries()[:2]
        nominative = [t for t in window if t.feats.get("Case") == "Nom" or t.pos == "PROPN"]
        return self._side_list(self.a.actors(nominative))

    # ---- holders
    def _subject(self, verb: Token) -> str | None:
        """The entity a verb's subject names (pronouns resolved); the speaker's side for "мы"."""
        sp: Speaker = self.q.subject_of(verb, verb.start, verb.stop)
        if sp.first_person:
            return self._we_side(verb.start)
        if sp.entity is None:
            subj = self.a.child(verb, SUBJECT)
            if subj is not None and self._the_sides(subj):
                return None  # "Стороны приветствовали": no one side holds it
            return None
        if sp.entity.startswith("?"):
            return self.q.antecedent(sp.entity, verb.start)
        return sp.entity

    def _opinion_holder(self, m: _Match, tokens: list[Token]) -> str | None:
        """Who says or thinks an evaluation: an opinion verb's subject above the cue, ``по мнению X`` /
        ``по нашим оценкам``, the quote's speaker, the transcript's speaker."""
        t = self.a.head(m.head)
        steps = 0
        while t is not None and steps < 4:
            if speech_class(t) in ("say", "think"):
                sp = self.q.subject_of(t, t.start, t.stop)
                if sp.first_person:
                    return self._we_side(t.start)
                if sp.entity is not None:
                    return self.q.antecedent(sp.entity, t.start) if sp.entity.startswith("?") else sp.entity
                break
            if t.rel in ("ccomp",):
                break
            t = self.a.head(t)
            steps += 1
        for k, x in enumerate(tokens):
            if fold(x.text) != "по" or k + 1 >= len(tokens):
                continue
            j = k + 1
            if fold(tokens[j].text) in OUR:
                if j + 1 < len(tokens) and lemmas(tokens[j + 1].text) & ACCORDING:
                    return self._we_side(x.start)
                continue
            if lemmas(tokens[j].text) & ACCORDING:
                end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in ",.;:"), len(tokens))
                best = self.a.best(self.a.actors(tokens[j + 1:end]))
                if best is not None:
                    return best.entity
        return self._voice(m.head.start)

    def _voice(self, offset: int) -> str | None:
        """The speaker of the quote the offset stands in, else the transcript's speaker."""
        inside = [q for q in self.quotes if q.start <= offset < q.stop and q.speaker]
        if inside:
            return min(inside, key=lambda q: q.stop - q.start).speaker
        return self.speaker

    def _we_side(self, offset: int) -> str | None:
        """``мы``/``наш``: the country of the voice at ``offset``, else the voice itself."""
        voice = self._voice(offset)
        if voice is None:
            return None
        side = self.a.side(voice)
        if side is not None:
            return side
        if self.a.is_person(voice):
            inferred = self._inferred_side()
            if inferred is not None:
                return inferred
        return voice

    def _we_near(self, m: _Match, tokens: list[Token]) -> bool:
        """``у нас позиции совпадают``, ``мы … расходимся``: "у нас" or "мы" in the cue's clause."""
        first = min(t.start for t in m.tokens)
        i = next(i for i, t in enumerate(tokens) if t.start == first)
        window = tokens[max(0, i - 4):i]
        words = [fold(t.text) for t in window]
        if any(a == "у" and b in WE for a, b in zip(words, words[1:])):
            return True
        return any(fold(c.text) in WE for c in self.a.children.get(m.head.id, ()) if c.rel in SUBJECT | {"obl"})

    # ---- the other side
    def _other(self, holder: str, scope: list[Token], sentence, tokens: list[Token],
               demonstrative: list[Token] = (), fallback: bool = True) -> str | None:
        """The first actor of another side in ``scope``; for a demonstrative (``считаем это …``)
        the one other side the sentence before names; else, with ``fallback``, the one other side
        the sentence names."""
        hs = self.a.side(holder) or holder
        for a in self.a.actors(scope):
            if a.entity != holder and (self.a.side(a.entity) or a.entity) != hs:
                return a.entity
        if any(fold(d.text) in DEMONSTRATIVES for d in demonstrative):
            si = self.a.sentence_index(sentence.start)
            if si > 0:
                found = self._distinct(self.a.actors(list(self.a.sentences[si - 1].tokens)), holder, hs)
                if len(found) == 1:
                    return found[0]
        if fallback:
            found = self._distinct(self.a.actors(tokens), holder, hs)
            if len(found) == 1:
                return found[0]
        return None

    def _distinct(self, actors: list[Actor], holder: str, hs: str) -> list[str]:
        out: list[str] = []
        sides: set[str] = set()
        for a in actors:
            s = self.a.side(a.entity) or a.entity
            if a.entity == holder or s == hs or s in sides:
                continue
            sides.add(s)
            out.append(a.entity)
        return out

    def _side_list(self, actors: list[Actor]) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        for a in actors:
            s = self.a.side(a.entity) or a.entity
            if s not in seen:
                seen.add(s)
                out.append(a.entity)
        return out

    def _topical(self, a: Actor, tokens: list[Token]) -> bool:
        """Is the actor what is talked about (``по Кипру``, ``о Ливии``, ``в отношении Чили``)?"""
        i = next((i for i, t in enumerate(tokens) if t.start >= a.start), None)
        if i is None:
            return False
        j = i - 1
        while j >= 0 and tokens[j].pos in ("ADJ", "DET") and tokens[j].start < a.start:
            j -= 1
        prev = [fold(t.text) for t in tokens[max(0, j - 1):j + 1]]
        return bool(prev) and (prev[-1] in TOPIC_PREPOSITIONS or prev[-2:] in (["в", "отношении"], ["по", "вопросу"]))

    def _counterpart(self, hs: str, sentence, tokens: list[Token]) -> str | None:
        """The other side of a shared position: the one other side the sentence names (not as a
        topic: ``по Кипру``), else the side the text calls "наши <X> коллеги", else the country
        most present in the document."""
        found = self._distinct([a for a in self.a.actors(tokens) if not self._topical(a, tokens)], hs, hs)
        if len(found) == 1:
            return found[0]
        cps = [c for c in self._counterparts_found() if c != hs]
        if len(cps) == 1:
            return cps[0]
        ranked = [(c, n) for c, n in self._country_counts().most_common() if c != hs]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]  # the one country most present in the document besides the holder's
        return None

    # ---- document-level sides
    def _country_counts(self) -> Counter:
        if self._counts is None:
            counts: Counter = Counter()
            for a in self.a.actors(self.a.tokens):
                s = self.a.side(a.entity)
                if s is not None and (a.kind in ("country", "adjective") or a.kind == "person"):
                    counts[s] += 1
            self._counts = counts
        return self._counts

    def _main_countries(self) -> list[str]:
        return [c for c, n in self._country_counts().most_common() if n >= 2]

    def _counterparts_found(self) -> set[str]:
        """Countries the text calls "<индийские> коллеги/партнёры": the other side of the speaker."""
        if self._counterparts is None:
            out = set()
            for t in self.a.tokens:
                if lemmas(t.text) & COUNTERPARTS:
                    for c in self.a.children.get(t.id, ()):
                        country = gazetteer.adjective_country(c.text) if c.rel == "amod" else None
                        if country is not None:
                            out.add(country_id(country.code))
            self._counterparts = out
        return self._counterparts

    def _inferred_side(self) -> str | None:
        """The side of a speaker whose country the text does not state: the country most present
        in the document that is not the other side ("наши индийские коллеги")."""
        cps = self._counterparts_found()
        if not cps:
            return None
        for c in self._main_countries():
            if c not in cps:
                return c
        return None

    # ---- topic
    def _topic(self, m: _Match, tokens: list[Token]) -> str | None:
        words = [fold(t.text) for t in tokens]
        first = tokens.index(m.tokens[0]) if m.tokens[0] in tokens else 0
        for marker in TOPIC_MARKERS:
            n = len(marker)
            for i in range(len(tokens) - n):
                if tuple(words[i:i + n]) == marker and i + n < len(tokens):
                    span = self._phrase(tokens, i + n)
                    if span and fold(tokens[i + n].text) not in DEMONSTRATIVES | {"этому", "этим", "этой"}:
                        return span
        carrier = m.noun if m.noun is not None else m.head
        for c in self.a.children.get(carrier.id, ()):
            preps = [fold(x.text) for x in self.a.children.get(c.id, ()) if x.rel == "case"]
            if c.rel == "nmod" and preps and preps[0] in TOPIC_PREPOSITIONS and c in tokens:
                sub = self.a.subtree(c)
                k = tokens.index(sub[0]) if sub[0] in tokens else tokens.index(c)
                return self._phrase(tokens, k + 1 if fold(tokens[k].text) in TOPIC_PREPOSITIONS else k)
        last = max((tokens.index(t) for t in m.tokens if t in tokens), default=first)
        if last + 1 < len(tokens) and fold(tokens[last + 1].text) in ("о", "об", "по", "насчет", "за"):
            return self._phrase(tokens, last + 2)
        if m.cue.frame in ("agent", "feeling") and last + 1 < len(tokens) and tokens[last + 1].rel not in SUBJECT:
            return self._phrase(tokens, last + 1)
        return None

    def _phrase(self, tokens: list[Token], i: int) -> str | None:
        """Up to six nominal words from token ``i``."""
        out = []
        for t in tokens[i:i + 6]:
            if t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP") or (t.pos == "ADP" and not out):
                break
            out.append(t)
        while out and out[-1].pos in ("ADP", "DET"):
            out.pop()
        if not out:
            return None
        return self.text[out[0].start:out[-1].stop]


def find_stances(doc: Document) -> list[Stance]:
    return StanceFinder(doc).run()


class StanceStage:
    name = "stances"
    requires = frozenset({"text", "sentences", "mentions", "entities", "roles", "quotes", "speaker"})
    provides = frozenset({"stances", "entities"})

    def __call__(self, doc: Document) -> Document:
        stances = find_stances(doc)
        ids = [x for s in stances for x in (s.holder, s.other)]
        return doc.replace(stances=tuple(stances), entities=with_countries(doc.entities, ids))
