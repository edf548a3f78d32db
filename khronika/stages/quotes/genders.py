"""The gender of a person of a document, read where a pronoun or a verb's ending must agree with a speaker
(``Actors.gender``): the gender of the verbs the person is the subject of, else the dictionary's of the given name,
else the tagger's of the name's words.  Split off ``actors``."""
from __future__ import annotations

from collections import defaultdict

from ... import morph
from ...records import Document, Entity
from ...view import DocView


class Genders:
    """The genders of the persons of one document, each read once."""

    def __init__(self, doc: Document, v: DocView, entities: dict[str, Entity]):
        self.doc = doc
        self.view = v
        self.entities = entities
        self._gender: dict[str, str | None] = {}

    def gender(self, person: str) -> str | None:
        """Masc/Fem: the gender of the verbs the person is the subject of, else the dictionary's gender of the
        person's given name, else the tagger's gender of the proper-name words of the person's mentions; None if
        unsure."""
        if person not in self._gender:
            self._gender[person] = self.agreed(person) or self._given_name(person) or self._tagged(person)
        return self._gender[person]

    def agreed(self, person: str) -> str | None:
        """The gender of the past-tense verbs the person's mentions are subjects of (``Лю Цин
        заявила``, ``представитель МИД Лю Цин отметила``): a foreign name the dictionary and the tagger do not
        know still agrees with its verb; None when the verbs disagree."""
        found = set()
        for m in self.doc.mentions:
            if m.entity != person:
                continue
            inside = self.view.tokens_in(m.start, m.stop)
            t = next((x for x in inside if (h := self.view.head(x)) is None or not m.start <= h.start < m.stop), None)
            while t is not None and t.rel in ("flat", "flat:name"):
                t = self.view.head(t)
            if t is not None and t.rel == "appos" and (h := self.view.head(t)) is not None and h.pos == "NOUN" \
                    and t.feats.get("Case") in (None, h.feats.get("Case")):
                t = h  # the office the name stands beside, in its case: "представитель МИД Лю Цин"
            verb = self.view.head(t) if t is not None and t.rel in ("nsubj", "nsubj:pass") else None
            if verb is not None and verb.pos in ("VERB", "AUX") and verb.feats.get("VerbForm") == "Fin" and \
                    verb.feats.get("Number") == "Sing" and verb.feats.get("Tense") == "Past":
                found.add(verb.feats.get("Gender"))
        found &= {"Masc", "Fem"}
        return found.pop() if len(found) == 1 else None

    def _given_name(self, person: str) -> str | None:
        e = self.entities.get(person)
        words = e.name.split() if e is not None else []
        if len(words) > 1:
            genders = {p.tag.gender for p in morph.analyzer().parse(words[0])
                       if p.is_known and {"Name", "nomn", "sing"} <= p.tag.grammemes
                       and p.tag.gender in ("masc", "femn")}  # "Мартен" is no plural genitive of "Мартена"
            if len(genders) == 1:
                return "Masc" if genders.pop() == "masc" else "Fem"
        return None

    def _tagged(self, person: str) -> str | None:
        votes: dict[str, int] = defaultdict(int)
        for m in self.doc.mentions:
            if m.entity != person:
                continue
            for t in self.view.tokens_in(m.start, m.stop):
                if t.pos == "PROPN" and t.feats.get("Gender") in ("Masc", "Fem"):
                    votes[t.feats["Gender"]] += 1
        found = max(votes.items(), key=lambda kv: kv[1])[0] if votes else None
        if found and len(votes) > 1 and votes["Masc"] == votes["Fem"]:
            found = None
        return found
