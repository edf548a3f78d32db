"""Ministries named without their names: ``российское внешнеполитическое ведомство``, ``дипведомство
Японии``, ``говорится в сообщении министерства``.

A phrase of ``data/body_descriptors.tsv`` becomes an ``ORG`` mention (``via="descriptor"``) of a ministry
entity: of the country an adjective before it or a country after it in the genitive names, with the
identity the entity stage gives that ministry's name (``МИД России``, ``Министерство иностранных дел
России`` and ``российское внешнеполитическое ведомство`` are one entity); without a country, of the
ministry of that kind the text named last, within ``settings.entities.body_reach`` sentences.  A phrase
inside a longer name (``Министерство иностранных дел``) or with a name of its own after it is left alone.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .. import gazetteer, lexicon, morph
from ..ids import country_id, entity_id
from ..records import Entity, Mention, Token
from ..settings import EntitySettings
from ..view import DocView

ANY = "*"


@cache
def body_phrases() -> dict[tuple[str, ...], str]:
    """The phrases of ``data/body_descriptors.tsv`` as tuples of lemmas → the minister's position (or ``ANY``)."""
    rows = lexicon.table("body_descriptors.tsv", (lexicon.Column("phrase"), lexicon.Column("position")),
                         key=("phrase",))
    return {tuple(r["phrase"].split()): r["position"] for r in rows}


@cache
def _short_names() -> dict[str, str]:
    """A minister's position → the ministry's short name as written (``министр обороны`` → ``Минобороны``)."""
    out: dict[str, str] = {}
    for name, position in gazetteer.ministries().items():
        out.setdefault(position, name.upper() if len(name) <= 4 else name.capitalize())
    return out


def ministry_position(name: str) -> str | None:
    """The minister of the ministry a name names (``МИД России``, ``Министерство обороны Японии``), else None."""
    words = name.lower().split()
    if not words:
        return None
    if words[0] != "министерство":
        return gazetteer.ministries().get(words[0])
    rest = " ".join(words[1:])
    tails = sorted(set(gazetteer.ministries().values()), key=len, reverse=True)
    return next((p for p in tails if rest.startswith(p.removeprefix("министр "))), None)


@cache
def genitive(name: str) -> str:
    """``Россия`` → ``России``, ``Южная Корея`` → ``Южной Кореи``; a word pymorphy3 cannot inflect stays."""
    out = []
    for word in name.split():
        parses = morph.analyzer().parse(word)
        parse = next((p for p in parses if "nomn" in p.tag and p.tag.POS in ("NOUN", "ADJF")), None)
        form = parse.inflect({"gent"}) if parse is not None else None
        out.append(word if form is None or word.isupper() else form.word.capitalize())
    return " ".join(out)




def body_mentions(v: DocView, mentions: list[Mention], entities: dict[str, Entity],
                  settings: EntitySettings) -> list[Mention]:
    """The descriptor mentions of ministries in the document (see the module docstring); entities of
    ministries named only so are added to ``entities``."""
    taken = sorted((m.start, m.stop) for m in mentions)
    found: list[Mention] = []
    k = 0
    while k < len(v.tokens):
        hit = _phrase_at(v.tokens, k)
        if hit is None:
            k += 1
            continue
        stop, position = hit
        k, start = stop, k
        words = v.tokens[start:stop]
        if any(a < words[-1].stop and words[0].start < b for a, b in taken) or _named_after(v, words[-1], mentions):
            continue
        entity = _entity(v, words, position, mentions + found, entities, settings)
        if entity is not None:
            text = v.text[words[0].start:words[-1].stop]
            found.append(Mention(words[0].start, words[-1].stop, "ORG", text, normal=entity.name, entity=entity.id,
                                 via="descriptor"))
    return found


@cache
def _by_first() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases by their first lemma, the longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, position in sorted(body_phrases().items(), key=lambda kv: -len(kv[0])):
        out.setdefault(phrase[0], []).append((phrase, position))
    return out


def _phrase_at(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """The longest phrase of the table that starts at token ``k``: (the token after it, its position)."""
    for (phrase, position) in _by_first().get(tokens[k].lemma, ()):
        words = tokens[k:k + len(phrase)]
        if len(words) == len(phrase) and all(w.lemma == p for w, p in zip(words, phrase, strict=True)) \
                and words[-1].feats.get("Number") != "Plur":
            return k + len(phrase), position
    return None


def _named_after(v: DocView, last: Token, mentions: Iterable[Mention]) -> bool:
    """A name follows that is not a country (``ведомство «Роскосмос»``): the phrase is that name's descriptor."""
    nxt = v.after(last.stop)
    if nxt is None or nxt.text in "«\"":
        return nxt is not None
    return any(m.start == nxt.start and m.type != "LOC" for m in mentions)


def _country(v: DocView, words: list[Token], mentions: list[Mention]):
    for t in v.before(words[0].start, 2):
        c = gazetteer.adjective_country(t.text)
        if c is not None:
            return c
    nxt = v.after(words[-1].stop)
    if nxt is not None and nxt.feats.get("Case") == "Gen":
        m = next((m for m in mentions if m.start == nxt.start and m.type == "LOC"), None)
        return gazetteer.lookup_country(m.normal or m.text) if m else None
    return None


def _entity(v: DocView, words: list[Token], position: str, named: list[Mention], entities: dict[str, Entity],
            settings: EntitySettings) -> Entity | None:
    country = _country(v, words, named)
    if country is not None and position != ANY:
        eid = entity_id("organization", f"министерство {position.removeprefix('министр ')} {{{country.code.lower()}}}")
        if eid not in entities:
            name = f"{_short_names().get(position, 'Министерство')} {genitive(country.name)}"
            entities[eid] = Entity(eid, "organization", name, country=country_id(country.code))
        return entities[eid]
    here = v.sentence_index(words[0].start)
    for m in sorted(named, key=lambda m: m.start, reverse=True):
        if m.start >= words[0].start or here - v.sentence_index(m.start) > settings.body_reach:
            continue
        e = entities.get(m.entity or "")
        if e is None or e.type != "organization":
            continue
        of = ministry_position(e.name)
        if of is not None and position in (ANY, of) and (country is None or e.country == country_id(country.code)):
            return e
    return None
