"""Speakers: who a verb of speech or a noun phrase names, and who a pronoun or a bare title refers to.

The speaker is the subject of the verb of speech (its object for ``цитировать``; a gerund or a
coordinated verb takes its head verb's subject): the person a name or a descriptor mention (``глава
МИД Индии``) names in the subject's phrase, else an organisation, a country, a capital standing for its
government, or a country adjective (``Турецкая сторона``).  Without a subject the cascade of
``SUBJECT_RULES`` goes on: the place the verb names (``В Анкаре убеждены``, ``говорится в заявлении
МИД``), a first-person verb (no one else's words), a name in the nominative just before the verb in the
same clause, a name, pronoun or title just after it.

A noun phrase may leave its entity open, as a placeholder resolved backwards by ``Salience``:
``последний``/``последняя`` (``?last:Masc``) the person named last, when the gender fits; a
private person (``жена российского бизнесмена``, ``?kin:Fem``) the last subject or speaker of that gender; the
author (``признает автор``, ``?author:``) the person whose words were reported last;
``он``/``она`` (``?pron:Masc``) are the last person named as a subject or a speaker before the quote
whose gender fits (else the last person named at all whose gender fits), but first the one person named in
its sentence before a colon (``в посте Петровой: она …``) or right before the relative pronoun of its clause
(``точка зрения Петрова, которую он …``, unless a person is a subject before); an unnamed speaker for a body
(``представитель МИД X``) is such an antecedent too, as the body.  A bare title (``министр``,
``?title:министр``) is the speaker of the paragraph's speech just before, if nothing says he holds another office,
else the last such person holding a role with that title; an unnamed person of a
country (``французский лидер``, ``?side:…``) the last such person of that country, else the country.
"""
from __future__ import annotations

from ... import gazetteer
from ...ids import country_id, is_country
from ...morph import fold, lemmas
from ...records import Token
from ...settings import QuoteSettings
from ..roles import head_lemma
from ..roles.lexicon import MISSIONS, is_national
from .actors import Actors, best
from .clauses import main_predicate
from .cues import (
    AGENCIES,
    ASIDE_RELATIVES,
    AUTHORS,
    BODY_NAMES,
    CITING,
    FIRST_PERSON,
    LATTER,
    LEADERS,
    NAMING,
    OPPOSITION,
    OUTLET_NOUNS,
    PERSONAL,
    PRIVATE,
    QUOTED_WORDS,
    RELAYING,
    REPORTERS,
    UNKNOWN_TITLES,
    UNNAMED_SOURCES,
    WRITING,
    WRITINGS,
    speech_class,
)
from .speaker import IN, OBJECT_PRONOUNS, OBJECTS, RELATIVE, SUBJECT, Speaker  # noqa: F401  (imported from here)
from .subject_rules import SUBJECT_RULES

HOSTED = frozenset({"в", "во", "при"})  # "посольство в X", "миссия при ООН": where a mission serves


class Speakers:
    """Who the verbs of speech and the noun phrases of one document name."""

    def __init__(self, actors: Actors, settings: QuoteSettings):
        self.actors = actors
        self.view = actors.view
        self.text = actors.doc.text
        self.settings = settings

    def subject_of(self, verb: Token, a: int, b: int) -> Speaker:
        """The speaker a verb of speech names (see the module docstring); ``b`` ends its clause."""
        cited = self.cited(verb, b) or self.words_owner(verb)
        if cited is not None:
            return cited
        found, v = self._argument(verb)
        if found is not None:
            return found
        for rule in SUBJECT_RULES:
            found = rule(self, verb, v, b)
            if found is not None:
                return found
        return Speaker()

    def cited(self, verb: Token, b: int) -> Speaker | None:
        """``Как сообщает X со ссылкой на пресс-службу МИД``: the subject passes on the words of the body or person
        cited (an outlet, however little known, is never the speaker); no one named there, no speaker."""
        words = [t for t in self.view.tokens_in(verb.stop, b) if t.pos != "PUNCT"][:self.settings.citing_reach]
        k = next((i for i, t in enumerate(words) if lemmas(t.text) & CITING and i > 0
                  and fold(words[i - 1].text) in ("со", "с")), None)
        if k is None or k + 1 >= len(words) or fold(words[k + 1].text) != "на":
            return None
        cut = next((t.start for t in self.view.tokens_in(words[k].stop, b) if t.text in ",;:"), b)
        phrase = self.view.tokens_in(words[k + 1].stop, cut)
        if any(lemmas(t.text) & (OUTLET_NOUNS | UNNAMED_SOURCES | REPORTERS | AGENCIES) for t in phrase):
            return Speaker(source=True)
        found = best([a for a in self.actors.actors(phrase) if not self.actors.outlet(a.entity)])
        if found is None:
            return Speaker(source=True)
        after = [t for t in phrase if t.start >= found.stop and t.pos != "PUNCT"][:1]
        if after and after[0].pos == "NOUN" and after[0].feats.get("Case") == "Gen" and \
                self.actors.mentions.outer(after[0]) is None:
            return Speaker(source=True)  # "со ссылкой на МИД республики": of a country the text does not name there
        return Speaker(found.entity)

    def words_owner(self, verb: Token) -> Speaker | None:
        """``«…», — приводит его слова агентство``, ``передает слова министра X``: the verb's object is someone's words
        (``QUOTED_WORDS``), and their owner, a possessive pronoun right before them or a name after them, speaks."""
        words = next((c for c in self.view.children(verb) if c.rel == "obj" and lemmas(c.text) & QUOTED_WORDS), None)
        if words is None:
            return None
        before = self.view.previous(words.start)
        if before is not None and fold(before.text) in OBJECT_PRONOUNS:
            return Speaker(f"?pron:{OBJECT_PRONOUNS[fold(before.text)]}@{before.start}")
        owner = next((c for c in self.view.children(words) if c.rel == "nmod" and c.start > words.start), None)
        return self.noun_phrase(owner) if owner is not None else None

    def has_subject(self, verb: Token) -> bool:
        """The verb (or the verb a gerund or a coordinated verb depends on) has a subject that names a speaker."""
        found, _ = self._argument(verb)
        return found is not None and found.entity is not None

    def _argument(self, verb: Token) -> tuple[Speaker | None, Token]:
        """The speaker the verb's subject (object for ``цитировать``) names, climbing from a gerund or a
        coordinated verb to its head verb; and the verb climbed to."""
        cls = speech_class(verb)
        v = verb
        stray = self._hung_before(verb)  # the main clause's subject the parse hung from a relative clause's verb
        for _ in range(self.settings.subject_climb):
            rels = ("obj",) if cls == "cite" else SUBJECT
            # the name after the verb parsed as its object in the nominative ("«…», -- сказала Анна Ли")
            said = cls or lemmas(v.text) & NAMING
            args = [c for c in self.view.children(v) if (c.rel in rels or cls != "cite" and c.rel in OBJECTS and
                    c.start > v.start and c.feats.get("Case") == "Nom" and c.pos == "PROPN")
                    and not self._across_line(c, v) and not self._across_verb(c, v)
                    and not lemmas(c.text) & RELATIVE] or stray or (self._antecedent(v) if said else [])
            for arg in sorted(args, key=lambda c: abs(c.start - v.start)):
                sp = self.noun_phrase(arg, quoted=cls == "cite", of=v)
                if self._publication(sp, verb):
                    return Speaker(source=True), v  # "Как пишет Dagens Nyheter, …": an outlet the lists lack
                before = self.view.previous(arg.start)
                if len(args) > 1 and before is not None and lemmas(before.text) & (OUTLET_NOUNS | AGENCIES):
                    continue  # "X в интервью газете Y заявил": the outlet parsed as a second subject
                if sp.entity is not None or sp.first_person or sp.source:
                    return sp, v
            h = self.view.head(v)
            shares = v.feats.get("VerbForm") == "Conv" or v.rel == "conj"
            if h is not None and shares and h.pos in ("VERB", "ADJ", "AUX"):
                main = self._past_relative(v, h) if v.rel != "conj" else main_predicate(self.view, v, h)
                stray = [c for c in self.view.children(h) if c.rel in SUBJECT and c.start < main.start] \
                    if main is not h else self._stray_subject(main)
                v = main
                continue
            break
        return None, v

    def _antecedent(self, verb: Token) -> list[Token]:
        """``… премьера X Y, который назвал …``: the word before the comma that opens the relative clause whose subject
        is ``который`` (agreeing in gender and number), however the parser hung the clause (of a verb of speech or
        naming only)."""
        rel = next((c for c in self.view.children(verb) if c.rel in SUBJECT and lemmas(c.text) & RELATIVE), None)
        comma = self.view.previous(rel.start) if rel is not None else None
        word = self.view.previous(comma.start) if comma is not None and comma.text == "," else None
        if word is None or word.pos not in ("PROPN", "NOUN") or any(
                rel.feats.get(f) and word.feats.get(f) and rel.feats[f] != word.feats[f] for f in ("Number", "Gender")):
            return []
        return [word]

    def _stray_subject(self, main: Token) -> list[Token]:
        """The subject before a finite verb without one that the parse hung from a later verb of its sentence (``X …
        осудил проект, который Y готовят, …``: X the subject of ``готовят``)."""
        if main.feats.get("VerbForm") != "Fin" or any(c.rel in SUBJECT and not lemmas(c.text) & RELATIVE
                                                      for c in self.view.children(main)):
            return []
        return [c for c in self.view.sentence_tokens(main.start) if c.rel in SUBJECT and c.start < main.start
                and (h := self.view.head(c)) is not None and h.start > main.start and h.pos == "VERB"]

    def _hung_before(self, verb: Token) -> list[Token]:
        """The subject of a finite verb without one that the parse hung from the verb of the clause before a colon or a
        semicolon (``Партия осудила договор: её лидер X назвал его «…»``: X the second subject of ``осудила``)."""
        if verb.feats.get("VerbForm") != "Fin" or any(c.rel in SUBJECT for c in self.view.children(verb)):
            return []
        tokens = self.view.sentence_tokens(verb.start)
        marks = [t.start for t in tokens if t.text in (":", ";") and t.stop <= verb.start]
        if not marks:
            return []
        return [c for c in tokens if c.rel in SUBJECT and marks[-1] < c.start < verb.start and
                (h := self.view.head(c)) is not None and h.stop <= marks[-1] and h.pos in ("VERB", "AUX")]

    def _past_relative(self, gerund: Token, h: Token) -> Token:
        """A gerund of speech or naming after a relative clause it hangs from in the parse (``X осудил проект, который
        Y готовят, назвав его «…»``) is the main clause's: the finite verb before the relative pronoun (which the parse
        may hang from the gerund itself)."""
        rel = next((c for x in (h, gerund) for c in self.view.children(x) if lemmas(c.text) & RELATIVE
                    and c.start < gerund.start), None) or \
            next((c for x in self.view.children(h) if x.rel in SUBJECT | {"obj", "obl"}
                  for c in [x] if lemmas(c.text) & RELATIVE), None)
        if rel is None and gerund.feats.get("VerbForm") == "Conv" and gerund.start > h.start:
            return self._contrasted(gerund, h)
        if rel is None or gerund.feats.get("VerbForm") != "Conv" or gerund.start < h.start or \
                not (speech_class(gerund) or lemmas(gerund.text) & NAMING):
            return h
        main = [t for t in self.view.tokens_in(self.view.sentence_tokens(rel.start)[0].start, rel.start)
                if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
        return main[-1] if main else h

    def _contrasted(self, gerund: Token, h: Token) -> Token:
        """``X настаивал на …, тогда как Y отказался …, заявив …``: a gerund the parse hangs from the first clause's
        verb goes with the finite verb of a contrasting clause (``тогда как``, ``а``, ``но``) between, which has a
        subject of its own."""
        between = [t for t in self.view.tokens_in(h.stop, gerund.start)
                   if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
        for f in reversed(between):
            kids = self.view.children(f)
            if any(c.rel in SUBJECT for c in kids) and \
                    any(c.rel in ("mark", "cc") and fold(c.text) in CONTRASTING for c in kids):
                return f
        return h

    def own_words(self, t: Token, of: Token | None = None) -> list[Token]:
        """The words of a noun phrase that may name whose it is: a mission's host after ``в``/``при`` is not its
        owner (``Китайское посольство в Канберре``: China's, not Australia's); the subject of a singular verb ``of``
        without a conjunct or an apposition after a comma the verb does not agree with (``Как сообщило ведомство,
        посол X был вызван …``: X is the next clause's subject the parse joined to it)."""
        subtree = self.view.subtree(t)
        if of is not None and _singular(of):
            cut = {x.id for c in self.view.children(t) if self._not_agreeing(c, of) for x in self.view.subtree(c)}
            subtree = [x for x in subtree if x.id not in cut]
        if not lemmas(t.text) & MISSIONS:
            return subtree
        host = {x.id for c in self.view.children(t) if c.rel == "nmod" and any(
            x.rel == "case" and fold(x.text) in HOSTED for x in self.view.children(c)) for x in self.view.subtree(c)}
        return [x for x in subtree if x.id not in host]

    def noun_phrase(self, t: Token, quoted: bool = False, of: Token | None = None) -> Speaker:
        """The speaker a noun phrase names (see the module docstring); ``quoted``: the object of ``цитировать``,
        where ``его``/``ее`` is the person quoted (``«…», — цитирует его агентство``); ``of``: the verb whose subject
        the phrase is (``own_words``)."""
        low = fold(t.text)
        if low in FIRST_PERSON:
            return Speaker(first_person=True)
        if quoted and t.pos == "PRON" and low in OBJECT_PRONOUNS:
            return Speaker(f"?pron:{OBJECT_PRONOUNS[low]}@{t.start}")
        subtree = self.view.subtree(t)
        if self.reports(t, subtree):
            return Speaker(source=True)
        found = best([a for a in self.actors.actors(self.own_words(t, of)) if not self.actors.outlet(a.entity)])
        holder = self.actors.role_person(t)
        if holder is not None and (found is None or found.kind != "person"):
            return Speaker(holder)  # "премьер-министр Индии Нарендра Моди" however the parser attached the name
        m = self.actors.mentions.outer(t)
        if found is not None and found.kind == "person" and m is not None and m.via == "descriptor" and \
                m.entity == found.entity:
            # "— отметил министр": checked against the speech before in reading ("турецкий президент": of Turkey)
            return Speaker(f"?desc:{head_lemma(t) or ''}={found.entity}={self._side_named(subtree) or ''}")
        unnamed = self.actors.unnamed(t)
        if unnamed and found is not None and found.kind == "person" and t.pos == "NOUN" and \
                t.feats.get("Number") == "Plur" and self.actors.mentions.outer(t) is None and all(
                x.feats.get("Case") == "Gen" for x in self.view.tokens_in(found.start, found.stop)):
            return Speaker()  # "чиновники и союзники президента заявляют": a group, not the person it is of
        if lemmas(t.text) & OPPOSITION and (found is None or found.kind != "person"):
            return Speaker(source=True)  # "словацкая оппозиция обвинила правительство …": no side's voice, no one
        if unnamed and lemmas(t.text) & PRIVATE and (found is None or found.kind != "person"):
            # "жена российского бизнесмена": a person named before of that gender, never the country
            g = t.feats.get("Gender")
            return Speaker(f"?kin:{g}") if g in ("Masc", "Fem") and t.feats.get("Number") != "Plur" else Speaker()
        if found is not None and found.kind == "adjective" and found.start == t.start and self._bare_noun(t):
            # "— заявил серб": the person last named of that country, or of none known
            return Speaker(f"?nat:{t.feats.get('Gender') or ''}={found.entity}", single=True)
        if found is not None and found.kind == "adjective" and unnamed:
            # "французский лидер": a person of that side named before ("русские считают": the country)
            return Speaker(f"?side:{found.entity}", single=t.feats.get("Number") != "Plur")
        if found is not None and found.kind == "organization" and unnamed and lemmas(t.text) & UNKNOWN_TITLES:
            return Speaker()  # "эксперт Института Азии": his own view, not the institute's
        if found is not None and found.kind in ("organization", "country") and unnamed:
            # "представитель МИД X": an unnamed person speaking for a body (not "агент нападающего ЦСКА": the body is
            # another person's)
            if self._through_person(t, found.start, found.stop):
                return Speaker()
            return Speaker(found.entity, proxy=t.feats.get("Gender") or "Masc", title=head_lemma(t))
        if found is not None:
            return Speaker(found.entity)
        if low in PERSONAL:
            return Speaker(f"?pron:{PERSONAL[low]}@{t.start}")
        if lemmas(t.text) & AUTHORS and t.feats.get("Number") != "Plur" and all(
                lemmas(c.text) & WRITINGS for c in self.view.children(t) if c.pos in ("NOUN", "PROPN")):
            return Speaker("?author:")  # "пишет автор", "считает автор статьи": the person whose words are reported
        if low in LATTER and t.pos in ("ADJ", "NOUN", "PRON") and not any(
                c.pos in ("NOUN", "PROPN") for c in self.view.children(t)):
            return Speaker(LATTER[low])  # "последний заявил": the person last named
        title = head_lemma(t)
        if title and t.feats.get("Number") != "Plur":
            return Speaker(f"?title:{title}")
        return Speaker()

    def _publication(self, sp: Speaker, verb: Token) -> bool:
        """An organisation of no country that writes (``Как пишет Dagens Nyheter``) or relays in the present (``«…», —
        сообщает ГАНАПРЕСС``; not a body: ``сообщает пресс-служба``): a publication, the source."""
        e = self.actors.entities.get(sp.entity) if sp.entity else None
        if e is None or e.type != "organization" or sp.proxy or self.actors.side(sp.entity) is not None:
            return False
        said = lemmas(verb.text)
        relays = bool(said & RELAYING) and verb.feats.get("Tense") == "Pres" and not any(
            lemmas(w) & BODY_NAMES for w in e.name.split())
        return bool(said & WRITING) or relays

    def _bare_noun(self, t: Token) -> bool:
        """A noun in the singular with no noun or adjective of its own (``серб``, not ``сербы`` or ``серб по
        происхождению``)."""
        return t.pos == "NOUN" and t.feats.get("Number") != "Plur" and \
            not any(c.pos in ("NOUN", "PROPN", "ADJ") for c in self.view.children(t))

    def _side_named(self, tokens: list[Token]) -> str | None:
        """The country a descriptor names by an adjective or a name (``турецкий президент``, ``глава МИД Турции``)."""
        for x in tokens:
            c = gazetteer.adjective_country(x.text) if x.pos in ("ADJ", "NOUN", "PROPN") else None
            if c is not None:
                return country_id(c.code)
            m = self.actors.mentions.outer(x)
            if m is not None and m.entity and is_country(m.entity):
                return m.entity
        return None

    def _through_person(self, t: Token, start: int, stop: int) -> bool:
        """Another animate noun, not an office of a state nor a leader's (``LEADERS``), stands between the head ``t``
        and the words ``start``..``stop`` that depend on it."""
        x = next((y for y in self.view.tokens_in(start, stop)), None)
        for _ in range(self.settings.subject_climb + 3):
            x = self.view.head(x) if x is not None else None
            if x is None or x.id == t.id:
                return False
            if x.pos == "NOUN" and x.feats.get("Animacy") == "Anim" and self.actors.mentions.outer(x) is None:
                title = head_lemma(x)  # "представитель президента России" speaks for the country still
                return not title or not (is_national(title) or title in LEADERS)
        return False

    def reports(self, t: Token, subtree: list[Token]) -> bool:
        """A noun phrase naming a news outlet or its reporter: ``газета «Труд»``, ``СМИ``, ``ТАСС``,
        ``корреспондент агентства Reuters``, ``японское агентство Дзидзи``; or an unnamed informant (``источник в
        МИД``)."""
        if lemmas(t.text) & (OUTLET_NOUNS | UNNAMED_SOURCES):
            return True
        if lemmas(t.text) & AGENCIES and not any(fold(x.text) == "по" for x in subtree):
            return True  # "японское агентство Дзидзи", not "агентство по атомной энергии"
        named = self.actors.actors(subtree)
        if not any(self.actors.outlet(a.entity) for a in named):
            return False
        head = self.actors.mentions.outer(t)
        if head is not None and self.actors.outlet(head.entity):
            return True
        return any(lemmas(x.text) & REPORTERS for x in subtree) or \
            not [a for a in named if not self.actors.outlet(a.entity)]

    def _across_verb(self, arg: Token, v: Token) -> bool:
        """A finite verb with a subject of its own, or another verb of speech not coordinated with this
        one, stands between a subject and its verb: the parser joined two clauses (``X заявил, что
        визит …, а Y отметил``); not an aside (``X, как сообщает агентство, заявил …``)."""
        a, b = (arg.stop, v.start) if arg.start < v.start else (v.stop, arg.start)
        own = {t.id for t in self.view.subtree(arg)}  # with its relative clause ("X, которого считали …, назвал")
        own |= {t.id for c in self.view.children(arg) if c.rel == "acl:relcl"
                for t in self.view.subtree(c, frozenset())}

        def breaks(t: Token) -> bool:
            if t.pos not in ("VERB", "AUX") or t.feats.get("VerbForm") != "Fin" or t.id in own:
                return False
            if any(c.rel == "mark" and fold(c.text) == "как" for c in self.view.children(t)):
                return False  # "X, как сообщает агентство, заявил …": an aside, no clause of its own
            head = self.view.head(t)
            if (t.rel == "acl:relcl" and head is not None and a <= head.start < b) or \
                    any(fold(c.text) in ASIDE_RELATIVES and c.start < t.start for c in self.view.children(t)):
                return False  # "X, вернувшись из Y, где прошла встреча, заявил …": a relative clause of the aside
            if any(c.rel in SUBJECT and c.id != arg.id for c in self.view.children(t)):
                return True
            linked = t.id == v.head_id or t.head_id == v.id or (t.rel == "conj" and t.head_id == v.head_id)
            return speech_class(t) in ("say", "think") and not linked

        return any(breaks(t) for t in self.view.tokens_in(a, b))

    def _across_line(self, x: Token, y: Token) -> bool:
        a, b = sorted((x.start, y.start))
        return "\n" in self.text[a:b]


    def _not_agreeing(self, c: Token, verb: Token) -> bool:
        """A conjunct of a singular verb's subject, or an apposition of another gender than the verb's, where the
        parse may have hung it (after a comma, before the head, or under a neuter verb, which no person governs)."""
        if c.rel == "conj":
            return True
        gender = verb.feats.get("Gender")
        if c.rel != "appos" or gender is None or c.feats.get("Gender") in (None, gender):
            return False
        before = self.view.previous(c.start)
        head = self.view.head(c)
        return gender == "Neut" or before is not None and before.text == "," or \
            head is not None and c.start < head.start


CONTRASTING = frozenset({"тогда", "а", "но", "однако", "в то время как"})


def _singular(verb: Token) -> bool:
    """A finite verb in the singular: its subject is one noun phrase (``сообщило министерство``)."""
    return verb.feats.get("VerbForm") == "Fin" and verb.feats.get("Number") == "Sing"
