"""The ``obstacle`` frame: a question that stands between the sides (``Камнем преткновения стал вопрос о
пленных``, ``… по-прежнему остается камнем преткновения``): the sides diverge on it.  The sides are the two the
sentence names outside the question itself, in its clause (``на переговорах X и Y``; not those after a colon), else
the two that ``стороны`` stands for there (``sides_at``: the pair of the nearest sentence that joins two, else the
text's two main countries), or the main country and a group of no country the text names as often (``parties``: talks
with an armed movement hosted abroad); none in a relative clause (a block told of what was settled: ``вопрос, который
долгое время оставался камнем преткновения``), nor where the question is itself a side (``Йемен остается камнем
преткновения``)."""
from __future__ import annotations

from collections import Counter

from ... import gazetteer
from ...records import Token
from ..quotes.speakers import SUBJECT
from .context import Context
from .cues import Match
from .sides import side_list

Sides = tuple[str | None, str | None]


def obstacle(cx: Context, m: Match, sentence, tokens: list[Token]) -> Sides:
    v = cx.view
    noun = m.tokens[0]
    verb = v.head(noun) if noun.rel in ("xcomp", "obl", "nsubj") else None
    if verb is None or verb.rel.startswith("acl"):
        return None, None
    subj = v.child(verb, SUBJECT)
    if subj is noun:  # "камнем преткновения стал вопрос" parsed the other way round
        subj = next((c for c in v.children(verb) if c.rel in ("xcomp", "obl") and c is not noun), None)
    question = v.subtree(subj) if subj is not None else []
    if subj is not None and any(a.start <= subj.start < a.stop for a in cx.actors.actors(question)):
        return None, None  # "Гаити остается камнем преткновения": the side is what is talked about
    inside = {x.start for x in question}
    clause = tokens[:next((i for i, t in enumerate(tokens) if t.text in ":;" and t.start > noun.start), len(tokens))]
    named = side_list(cx, [a for a in cx.actors.actors(clause) if a.kind != "person" and a.start not in inside])
    sides = named if len(named) == 2 else parties(cx, noun.start)
    if len(sides) < 2:
        return None, None
    return sides[0], sides[1]


OBSTACLE_FRAMES = {"obstacle": obstacle}


def parties(cx: Context, offset: int) -> list[str]:
    """The two parties of the text's talks at the offset: those ``стороны`` stands for (``sides_at``), unless a group of
    no country (``Движение … (ДСО)``, ``Фронт освобождения …``; no outlet, no international organisation
    of the gazetteer) is named at least as often as the second of them: the talks are the main country's with it."""
    sides = cx.sides_at(offset)
    main = cx.main_countries()
    if len(sides) < 2 or not main or cx.pair_before(offset):
        return sides
    counts = Counter(a.entity for a in cx.actors.actors(list(cx.view.tokens)) if a.kind == "organization")
    second = max(cx.country_counts()[sides[1]], cx.settings.main_country_mentions)
    groups = [e for e, n in counts.most_common() if n >= second and cx.actors.side(e) is None
              and not cx.actors.outlet(e) and not international(cx.actors.entities[e].name)]
    return [main[0], groups[0]] if groups else sides


def international(name: str) -> bool:
    """An international organisation of the gazetteer (``БРИКС``, ``Евросоюз``)."""
    return gazetteer.org_name(name) is not None or name in gazetteer.listed("org")
