"""Plural titles before joined names: ``президенты X и Y`` (the office of each, for coreference), ``министры
иностранных дел Ганы и Кении X и Y`` and ``главы МИД Ганы X, Кении Y`` (each name the office of its country)."""
from __future__ import annotations

from ... import morph
from ...records import Mention, Role, Sentence, Token
from ...settings import DEFAULT, RoleSettings
from ...view import MentionIndex
from ..body_descriptors import ANY, body_phrases
from .lexicon import COLLEAGUE, HONORIFICS, head_lemma
from .parse import Parsed, parse_descriptor


def plural_roles(sentence: Sentence, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> list[Role]:
    """``президенты Габриэль Борич и Луис Арсе``: a plural title right before two or more names joined
    by commas and ``и`` is the office of each, when it names no country or body (``министры иностранных дел
    России и Японии X и Y`` does not say whose office is whose).  These are no roles of the document (whose
    office it is stays unsaid); coreference reads them so as not to take a president for a minister."""
    tokens = list(sentence.tokens)
    out: list[Role] = []
    for j, p in _plural_titles(tokens, idx, s, _plural):
        named = _joined_names(tokens, j, idx)
        if len(named) >= 2:
            out.extend(Role(person=m.entity, position=p.position, person_start=m.start, person_stop=m.stop,
                            position_start=p.start, position_stop=p.stop, start=sentence.start, stop=sentence.stop)
                       for m in named)
    return out


def _plural_titles(tokens: list[Token], idx: MentionIndex, s: RoleSettings, plural) -> list[tuple[int, Parsed]]:
    """(the token after, the part read) of each plural title (``plural`` says which word is one) with the
    genitive words of its office (``министры иностранных дел``), naming no country or body of its own."""
    out = []
    for k, t in enumerate(tokens):
        if not plural(t):  # the cheap test first: few words are plural
            continue
        title = head_lemma(t)
        if title is None or title in HONORIFICS or title == COLLEAGUE or idx.inner(t) is not None:
            continue
        j = k + 1
        while j < len(tokens) and idx.inner(tokens[j]) is None and tokens[j].pos in ("NOUN", "ADJ") and \
                tokens[j].feats.get("Case") == "Gen" and j - k <= s.plural_title_words:
            j += 1  # "министры иностранных дел"
        parsed = parse_descriptor(tokens[k:j], idx, None, s)
        if len(parsed) == 1 and parsed[0].of is None and not parsed[0].former:
            out.append((j, parsed[0]))
    return out


def _joined_names(tokens: list[Token], j: int, idx: MentionIndex) -> list[Mention]:
    """The persons named from token ``j`` on, joined by commas and ``и`` (``Габриэль Борич и Луис Арсе``)."""
    return _joined(tokens, j, idx, "person")[0]


def _joined(tokens: list[Token], j: int, idx: MentionIndex, kind: str) -> tuple[list[Mention], int]:
    """The mentions of ``kind`` joined by commas and ``и`` from token ``j`` on, and the token after the last."""
    named: list[Mention] = []
    while j < len(tokens):
        m = idx.at(tokens[j].start)
        if m is None or not m.entity or idx.kind(m) != kind or kind == "person" and m.type != "PER":
            break
        named.append(m)
        j = next((i for i in range(j, len(tokens)) if tokens[i].start >= m.stop), len(tokens))
        if j >= len(tokens) or tokens[j].text not in (",", "и"):
            break
        j += 1
    return named, j


def _plural(t: Token) -> bool:
    """A plural noun, also one the tagger takes for a name at the head of a sentence (``Президенты`` as PROPN)."""
    if t.feats.get("Number") == "Plur":
        return True
    if t.pos != "PROPN":
        return False
    best = morph.parses(t.text.lower())[:1]
    return bool(best) and best[0].tag.POS == "NOUN" and best[0].tag.number == "plur"


def respective_roles(sentence: Sentence, idx: MentionIndex, s: RoleSettings = DEFAULT.roles) -> list[Role]:
    """``министры иностранных дел Ганы и Кении X и Y``: a plural title, as many countries, then as many names, each
    name holding the office of the country in the same place (the order news keeps)."""
    tokens = list(sentence.tokens)
    out: list[Role] = []
    for j, p in _plural_titles(tokens, idx, s, _plural):
        countries, after = _joined(tokens, j, idx, "country")
        named = _joined_names(tokens, after, idx) if len(countries) >= 2 else []
        if len(named) != len(countries) or not named:
            countries, named = _interleaved(tokens, j, idx)
        position = _heads_of_ministry(p.position)
        out.extend(Role(person=m.entity, position=position, person_start=m.start, person_stop=m.stop,
                        position_start=p.start, position_stop=p.stop, start=sentence.start, stop=sentence.stop,
                        of=c.entity, of_start=c.start, of_stop=c.stop) for m, c in zip(named, countries, strict=True))
    return out


def _heads_of_ministry(position: str) -> str:
    """``глава внешнеполитических ведомств`` (a plural title's words) → ``министр иностранных дел``: the head of a
    ministry named by a phrase of ``data/body_descriptors.tsv`` is its minister; any other position stays."""
    title, _, rest = position.partition(" ")
    if title not in ("глава", "руководитель") or not rest:
        return position
    found = body_phrases().get(tuple(morph.lemma(w) for w in rest.split()))
    return found if found and found != ANY else position


def _interleaved(tokens: list[Token], j: int, idx: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    """``главы МИД Ганы X, Кении Y и Того Z``: two or more pairs of a country and the person right after it, joined
    by commas and ``и`` from token ``j`` on; (the countries, the persons), else two empty lists."""
    countries: list[Mention] = []
    named: list[Mention] = []
    while j < len(tokens):
        c = idx.at(tokens[j].start)
        if c is None or not c.entity or idx.kind(c) != "country":
            break
        k = next((i for i in range(j, len(tokens)) if tokens[i].start >= c.stop), len(tokens))
        m = idx.at(tokens[k].start) if k < len(tokens) else None
        if m is None or not m.entity or idx.kind(m) != "person" or m.type != "PER":
            break
        countries.append(c)
        named.append(m)
        j = next((i for i in range(k, len(tokens)) if tokens[i].start >= m.stop), len(tokens))
        if j >= len(tokens) or tokens[j].text not in (",", "и"):
            break
        j += 1
    return (countries, named) if len(named) >= 2 else ([], [])
