"""Rules that grow an organisation's span over what belongs to its name: a genitive country or body
after it, the body or territory it is attached to, a relational adjective before it."""
from __future__ import annotations

import bisect

from ... import gazetteer, names
from ...records import Mention, Token
from .context import Context, lemma, span
from .lexicon import BODY_WORDS, QUOTES, RELATIONAL


def _genitive(m: Mention, c: Context) -> bool:
    words = c.view.words_in(m.start, m.stop)
    if not words:
        return False
    case = words[0].feats.get("Case")
    return case == "Gen" or (case is None and words[0].text.isupper())


def extend_over_genitive(spans: list[Mention], c: Context) -> list[Mention]:
    """A country, place or organisation in the genitive right after an organisation belongs to its
    name (``Сената США``, ``МИД Франции``, ``Института истории РАН``, chained: ``Комитета
    Сената США``); the inner mention is kept as well (nested)."""
    spans = sorted(spans, key=lambda m: (m.start, -m.stop))
    by_start: dict[int, Mention] = {}
    for m in spans:
        by_start.setdefault(m.start, m)
    out = list(spans)
    for i in range(len(out) - 1, -1, -1):
        m = out[i]
        if m.type != "ORG":
            continue
        nxt = c.view.after(m.stop)
        n = by_start.get(nxt.start) if nxt else None
        if (n is None or n.type not in ("ORG", "LOC") or c.text[m.stop:n.start] != " " or not _genitive(n, c)
                or c.text[m.stop - 1:m.stop] in QUOTES):
            continue
        normal = f"{m.normal} {n.text}" if m.normal else None
        out[i] = span(c, m.start, n.stop, "ORG", normal)
        if by_start.get(m.start) is m:
            by_start[m.start] = out[i]
    return out


def extend_over_attachment(spans: list[Mention], c: Context) -> list[Mention]:
    """What an organisation is attached to belongs to its name: ``при`` and the body or office
    (``Совет при губернаторе``, ``Общественный совет при министерстве``), ``по`` and the
    territory of a branch (``УФСБ по Москве``, ``… и Московской области``)."""
    v = c.view
    places = {m.start: m for m in spans if m.type == "LOC"}
    out = []
    for m in spans:
        word = v.after(m.stop) if m.type == "ORG" else None
        stop = None
        if word and word.text == "при" and c.text[m.stop:word.start] == " ":
            stop = _attached_body(c, word.stop)
        elif word and word.text == "по" and c.text[m.stop:word.start] == " ":
            place = places.get(getattr(v.after(word.stop), "start", -1))
            while place is not None:
                stop = place.stop
                conj = v.after(place.stop)
                nxt = v.after(conj.stop) if conj and conj.text == "и" else None
                place = places.get(nxt.start) if nxt else None
        out.append(span(c, m.start, stop, "ORG") if stop else m)
    return out


def _attached_body(c: Context, start: int) -> int | None:
    """End of the body or office after ``при``: adjectives, a noun that names a body, an office or
    is capitalised, and its genitive modifiers (``при главном архитекторе Москвы``)."""
    toks = c.view.tokens
    i = bisect.bisect_left(c.view.starts, start)
    while i < len(toks) and toks[i].pos == "ADJ":
        i += 1
    if i >= len(toks) or toks[i].pos not in ("NOUN", "PROPN"):
        return None
    head = toks[i]
    if not (head.text[:1].isupper() or names.title_lemma(head.text) or lemma(head.text) in BODY_WORDS):
        return None
    stop = head.stop
    i += 1
    while i < len(toks) and toks[i].feats.get("Case") == "Gen" and toks[i].pos in ("NOUN", "PROPN", "ADJ"):
        stop = toks[i].stop if toks[i].pos != "ADJ" else stop
        i += 1
    return stop


def include_place_adjective(spans: list[Mention], c: Context) -> list[Mention]:
    """A relational adjective in ``-ский`` right before an organisation, in its case, is part of
    its name (``французского МИДа``, ``петербургского «Зенита»``); qualities are not (``нового
    парламента``)."""
    v, text = c.view, c.text
    out = []
    for m in spans:
        words = v.words_in(m.start, m.stop)
        prev = v.previous(m.start, skip=QUOTES) if m.type == "ORG" and words else None
        if (prev and prev.pos == "ADJ" and prev.text[:1].islower() and RELATIONAL.search(prev.text)
                and prev.feats.get("Case") == words[0].feats.get("Case") and not _office_country(prev, c)
                and text[prev.stop:m.start].strip() in ("", "«", "\"", "„")):
            stop = m.stop
            opener = text[prev.stop:m.start].strip()
            if opener and text[stop:stop + 1] == {"«": "»", "„": "“"}.get(opener, opener):
                stop += 1  # the quoted name is taken whole, quotes and all (``петербургского «Зенита»``)
            m = span(c, prev.start, stop, "ORG")
        out.append(m)
    return out


def _office_country(adjective: Token, c: Context) -> bool:
    """A country adjective right after a job title says whose office it is (``глава турецкого
    Минобороны``: the Turkish defence minister), which the role stage reads from the adjective."""
    title = c.view.previous(adjective.start)
    return bool(title and names.title_lemma(title.text) and gazetteer.adjective_country(adjective.text))
