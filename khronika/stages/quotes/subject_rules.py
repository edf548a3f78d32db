"""The cascade after the subject (``Speakers.subject_of``): (speakers, verb of speech, verb climbed to, end of clause)
→ ``Speaker`` or None: the place the verb names, a first-person verb, a name just before the verb, one just after it."""
from __future__ import annotations

from typing import Any

from ... import gazetteer
from ...ids import country_id
from ...marks import CLOSERS, DASHES, OPENERS
from ...morph import fold, lemmas
from ...records import Token
from ..roles import head_lemma
from .actors import KINDS, best
from .cues import PERSONAL, STATEMENTS
from .speaker import IN, OBJECT_PRONOUNS, SUBJECT, Speaker

Speakers = Any  # speakers.Speakers, which imports this module (the cascade reads its view, actors and settings)

ON = frozenset({"на"})


def place(sp: Speakers, verb: Token, v: Token, b: int) -> Speaker | None:
    """Without a subject: "В Анкаре убеждены", "в МИД заявили", "говорится в заявлении МИД", "в пресс-службе
    Кремля сообщили", "в норвежском посольстве назвали", "на Смоленской площади подчеркнули", "говорится в его
    заявлении" (the person named before): the place or body
    heads the phrase after "в" or is its complement, or a statement heads it ("в ответ на сомнения американцев"
    names no one); a bare statement (``«…», — говорится в сообщении.``) is the one whose author spoke last before
    (``Salience.antecedent``); a subject that names no one the text knows ("Комитет … считает, что в России …")
    leaves the place no speaker."""
    if sp.view.child(v, SUBJECT) is not None:
        return None
    named = _name_before(sp, v)
    if named is not None and sp.actors.is_person(named.entity):
        return None  # "Министр X заявила в парламенте, что …" parsed with no subject: X, not the parliament
    for c in sp.view.children(v):
        if c.rel in ("obl", "nmod") and any(fold(x.text) in IN for x in sp.view.children(c)) and \
                (lemmas(c.text) & STATEMENTS or any(sp.actors.mentions.outer(x) is not None for x in
                                                   [c] + [x for x in sp.view.children(c) if x.rel == "nmod"])
                 or _national_body(sp, c)):
            found = best(sp.actors.actors(sp.own_words(c)))
            if found is not None and found.kind != "person" and not sp.actors.outlet(found.entity):
                return Speaker(found.entity)
            owner = _owner(sp, c) if found is None and lemmas(c.text) & STATEMENTS else None
            if owner is not None:
                return owner
            if found is None and lemmas(c.text) & STATEMENTS and \
                    not any(x.rel not in ("case", "punct") for x in sp.view.children(c)):
                return Speaker("?statement:")  # "«…», — говорится в сообщении.": the statement told of before
        seat = _seat(sp, c) if c.rel in ("obl", "nmod") else None
        if seat is not None:
            return Speaker(seat)
    return None


def _owner(sp: Speakers, statement: Token) -> Speaker | None:
    """``говорится в его заявлении``, ``отмечается в ее сообщении``: the statement's possessive pronoun, right before
    it, is the person (or the body speaking through one) named before, as ``он``/``она`` would be."""
    before = sp.view.previous(statement.start)
    if before is None or fold(before.text) not in OBJECT_PRONOUNS or sp.view.head(before) is not statement:
        return None
    return Speaker(f"?pron:{OBJECT_PRONOUNS[fold(before.text)]}@{before.start}")


def _seat(sp: Speakers, c: Token) -> str | None:
    """A seat of a national body the gazetteer knows, after ``в``/``на``, that the tagger cut short (``На Смоленской
    площади подчеркнули``: ``data/org_countries_ru.tsv``): its country, where the text names that country."""
    if not any(fold(x.text) in IN | ON for x in sp.view.children(c)):
        return None
    words = [x for x in sp.view.subtree(c) if x.rel != "case" and x.pos != "PUNCT"]
    country = gazetteer.org_country(" ".join(x.text for x in words)) if 0 < len(words) <= 3 else None
    found = country_id(country.code) if country is not None else None
    return found if found in sp.actors.entities else None


def _national_body(sp: Speakers, c: Token) -> bool:
    """A body named by its country's adjective (``В норвежском посольстве назвали``, ``в российском МИД``)."""
    return (c.pos == "NOUN" or sp.actors.mentions.outer(c) is not None) and any(
        a.kind == "adjective" for x in sp.view.children(c) if x.rel == "amod" for a in sp.actors.actors([x]))


def first_person_verb(sp: Speakers, verb: Token, v: Token, b: int) -> Speaker | None:
    """``Отметили, что``/``как я уже сказал``: the speaker's own words."""
    return Speaker(first_person=True) if v.feats.get("Person") == "1" else None


def name_before(sp: Speakers, verb: Token, v: Token, b: int) -> Speaker | None:
    """The parser missed the subject: a name in the nominative just before the verb, in the same
    clause (``Министры А. Перес и Х. Гомес заявили``), a parenthetical or a participle's or gerund's phrase set off by
    commas between them (``Министр X, вернувшись из Y, заявил``: not Y); a coordinated verb right after its
    conjunction shares the subject of the verb it is coordinated with (``Директор X позвонил послу Y и заявил``: not
    Y)."""
    found = _name_before(sp, verb)
    return found if found is not None or v is verb else _name_before(sp, v)


def _name_before(sp: Speakers, verb: Token) -> Speaker | None:
    tokens = sp.view.sentence_tokens(verb.start)
    k = tokens.index(verb) if verb in tokens else 0
    i = k
    skipped: list[Token] = []
    while i > 0:
        t = tokens[i - 1]
        if t.text == "," and i >= 2:
            inner = _set_off(sp, tokens, i - 1)
            if inner:
                i -= len(inner) + 2  # to the comma that opens it
                skipped += inner
                continue
        if t.text in ",;:." or t.text in DASHES or t.text in OPENERS | CLOSERS or \
                "\n" in sp.text[t.stop:tokens[i].start]:
            break
        if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" or (i == k and t.pos == "CCONJ"):
            break
        i -= 1
    left = {x.id for x in skipped}
    kept = [x for x in tokens[i:k] if x.id not in left]
    # the word right before the verb, or before the phrase set off between them
    last = next((x for x in reversed(kept) if x.text != ","), None) if skipped else tokens[k - 1] if k else None
    for a in sorted(sp.actors.actors(kept), key=lambda a: KINDS.index(a.kind)):
        if sp.actors.outlet(a.entity):
            continue
        words = [t for t in sp.view.tokens_in(a.start, a.stop) if t.pos in ("NOUN", "PROPN", "ADJ")]
        cases = {t.feats.get("Case") for t in words}
        if "Nom" in cases or not cases - {None} or _undeclined_before(sp, a, words, last):
            return Speaker(a.entity)
    return None


def _set_off(sp: Speakers, tokens: list[Token], close: int) -> list[Token]:
    """The words between the comma at ``close`` and the comma before it when they are set off from the clause: a
    parenthetical naming no one, with no verb (``Макрон, в свою очередь, отметил``), or the phrase of a participle
    or a gerund or a relative clause, which names no speaker (``Министр X, вернувшись из Y, заявил``, ``X,
    вернувшийся накануне из Y, заявил``, ``X, который вел переговоры, рассказал``); else none."""
    s = sp.settings
    j = next((j for j in range(close - 1, max(-1, close - s.participial_reach - 1), -1) if tokens[j].text == ","), None)
    inner = tokens[j + 1:close] if j is not None else []
    if not inner:
        return []
    if len(inner) < s.parenthetical_reach - 1 and not sp.actors.actors(inner) and \
            not any(x.pos in ("VERB", "AUX") for x in inner):
        return inner
    first = inner[0]
    if any(x.text in DASHES or x.text in OPENERS | CLOSERS for x in inner):
        return []
    if first.pos == "PRON" and "который" in lemmas(first.text):
        return inner  # "Министр X, который руководил делегацией, заявил"
    verbs = [x for x in inner if x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"]
    return inner if first.pos == "VERB" and first.feats.get("VerbForm") in ("Conv", "Part") and not verbs else []


def _undeclined_before(sp: Speakers, a, words: list[Token], last: Token | None) -> bool:
    """A person's name right before the verb, its last word written as in the person's name, that the tagger read
    in another case (``На вопрос о механизме Линдквист ответила``: an undeclined foreign surname; not ``союзники
    Вилка заявляют``)."""
    e = sp.actors.entities.get(a.entity)
    return a.kind == "person" and e is not None and bool(words) and last is not None and a.stop == last.stop and \
        fold(words[-1].text) == fold(e.name.split()[-1])


def name_after(sp: Speakers, verb: Token, v: Token, b: int) -> Speaker | None:
    """The parser missed the subject: a pronoun, a name or a title among the words after the verb."""
    after = [t for t in sp.view.tokens_in(verb.stop, b) if t.pos != "PUNCT"][:sp.settings.subject_after_words]
    for t in after:
        named = sp.actors.mentions.outer(t) is not None
        if fold(t.text) in PERSONAL or head_lemma(t) or named:
            if t.feats.get("Case") in (None, "Nom") or named:
                return sp.noun_phrase(t)
    return None


SUBJECT_RULES = (place, first_person_verb, name_before, name_after)
