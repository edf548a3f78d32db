"""The nominative of a place's or a body's name where the NER's normaliser misreads it: a capital or a city of the
gazetteer, a place named only in the plural, a multiword name (read by the entity stage)."""
from __future__ import annotations

from .. import gazetteer, names, names_phrase
from ..morph import parses
from ..records import Mention
from ..view import DocView


def phrase_normal(span: Mention, v: DocView) -> str | None:
    """The nominative of a multiword name, rebuilt with the original spacing between words."""
    tokens = v.tokens_in(span.start, span.stop)
    if len(tokens) == 1 and (span.normal != span.text or not names.is_known(span.text)):
        return None  # natasha's own normal form is good for single words it could inflect
    words = names_phrase.normalize_phrase([(t.text, t.pos, t.feats, t.id, t.head_id) for t in tokens])
    if words is None:
        return None
    out, pos = [], span.start
    for t, w in zip(tokens, words):
        out.append(v.text[pos:t.start] + w)
        pos = t.stop
    return "".join(out).strip()


def place_normal(span: Mention) -> str | None:
    """The nominative of a place name the NER's normaliser misreads: a capital or city of the gazetteer (``в
    Тяньцзине`` → ``Тяньцзинь``), a one-word name used only in the plural, which it leaves as written (``в
    Бендерах`` → ``Бендеры``, ``Черновцах`` → ``Черновцы``)."""
    if span.type != "LOC":
        return None
    if listed := gazetteer.place_name(span.text):
        return listed
    if " " not in span.text and (geographic := geographic_lemma(span.text)) is not None:
        return geographic
    if " " in span.text or span.normal not in (None, span.text):
        return None
    lemma = names_phrase.plural_place_lemma(span.text)
    return lemma[:1].upper() + lemma[1:] if lemma else None


def geographic_lemma(word: str) -> str | None:
    """The nominative of a one-word place name by the dictionary's one geographic reading of it, written with the
    word's capitals (``в Путраджае`` → ``Путраджая``, not the man's name ``Путраджай`` a normaliser may take it for;
    ``Петалинг-Джае`` → ``Петалинг-Джая``); None when the dictionary has no such reading or more than one."""
    geographic = [p for p in parses(word.lower()) if "Geox" in p.tag]
    lemmas = {p.normal_form for p in geographic}
    if len(lemmas) != 1:
        return None
    lemma = lemmas.pop()
    if all("Abbr" in p.tag for p in geographic):
        return lemma.upper()  # an abbreviation keeps its capitals (``СССР``, ``ФРГ``)
    written, parts = word.split("-"), lemma.split("-")
    if len(written) != len(parts):
        return lemma[:1].upper() + lemma[1:]
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for w, p in zip(written, parts))


def verb_subject(token, v: DocView) -> bool:
    """Is a token the subject of a verb ("Эмираты заявили", "Доха ответила")?"""
    head = v.head(token)
    return token.rel in ("nsubj", "nsubj:pass") and head is not None and head.pos in ("VERB", "AUX")


def acting_place(token, v: DocView) -> bool:
    """A country or capital of the gazetteer acting as a side, the subject of a verb ("Эмираты заявили", "Доха
    ответила"), however the dictionary also reads the word (эмираты, доха: common nouns at a sentence's start)."""
    return verb_subject(token, v) and gazetteer.country_or_capital(token.text) is not None
