"""The identity of a body the entity stage names: a ministry with its country (``МИД России`` and ``МИД РФ``, ``МИД``
and ``Министерство иностранных дел``: one), the country NER cut off after it, a bare ministry of the home country, an
organisation's abbreviation less the field of an office of it; the own ministries of a foreign report that names them
bare (``own_ministries``, read by the roles and the stances)."""
from __future__ import annotations

import bisect
import re
from functools import cache

from .. import gazetteer, lexicon
from ..ids import country_id
from ..morph import fold, lemmas, parses
from ..records import Mention
from ..view import DocView
from .body_descriptors import ministry_position

# Bare ministry names that stand for the home country's (data/home_bodies.tsv; settings.entities.home_country).
HOME_BODIES = frozenset(r["name"] for r in lexicon.table("home_bodies.tsv", (lexicon.Column("name"),), key=("name",)))


def home_body(normal: str, v: DocView, span: Mention) -> bool:
    """``normal`` is a bare ministry name of HOME_BODIES with no country adjective before it ("японский МИД")."""
    if not _bare(normal.split(), HOME_BODIES):  # "МИД G7", "Министерство обороны Израиля"
        return False
    return not any(gazetteer.adjective_country(t.text) for t in v.before(span.start))


def country_before(normal: str, v: DocView, span: Mention):
    """A bare ministry named with an ethnonym adjective (``эфиопский МИД``, ``представитель китайского Минобороны``,
    ``во французском МИДе`` taken whole by the tagger): that country and the name less the adjective, as ``МИД Эфиопии``
    is written.  Only names of HOME_BODIES or of a ministry qualify (a company or a federation gets no country so)."""
    words = normal.split()
    inside = gazetteer.adjective_country(words[0]) if len(words) > 1 else None
    if inside is not None:
        words = words[1:]
    if not _bare(words, _home_or_ministries()):
        return None
    first = fold(words[0])
    words[0] = first.upper() if first in gazetteer.ministries() and len(first) <= 4 else words[0].capitalize()
    if inside is not None:
        return inside, " ".join(words)
    prev = v.before(span.start)
    if not prev or not any(p.tag.POS == "ADJF" for p in parses(prev[0].text)) or \
            (country := gazetteer.adjective_country(prev[0].text)) is None:
        return None
    return country, " ".join(words)


def bare_body(name: str) -> bool:
    """A body's name is a bare ministry or service name (``МИД``, ``Министерство иностранных дел``, ``Минобороны``): one
    of HOME_BODIES or of the ministries' short names, no country nor other name after it."""
    return _bare(name.split(), _home_or_ministries())


def _bare(words: list[str], bodies: frozenset[str]) -> bool:
    """The words name one of ``bodies`` bare: the first (as written or a lemma of it) one of them, no name after it."""
    return bool(words) and bool((lemmas(words[0]) | {fold(words[0])}) & bodies) and \
        all(w == w.lower() for w in words[1:])


@cache
def _home_or_ministries() -> frozenset[str]:
    """HOME_BODIES and the ministries' short names (``gazetteer.ministries``), read once."""
    return HOME_BODIES | frozenset(gazetteer.ministries())


def country_key(span: Mention, normal: str, spans) -> tuple[str, object]:
    """The identity of a body named with its country: ``МИД России`` and ``МИД РФ`` are one
    (the country inside is replaced by its ISO code); also returns that country."""
    for inner in _places_from(spans, span.start, span.stop):
        if inner is span or inner.type != "LOC" or not (span.start <= inner.start and inner.stop <= span.stop):
            continue
        country = gazetteer.lookup_country(inner.normal or inner.text) or gazetteer.lookup_country(inner.text)
        if country and inner.text in normal:
            return ministry_key(normal.replace(inner.text, "{" + country.code + "}")), country
    return normal, None


def country_after(span: Mention, v: DocView, spans) -> tuple[object, str] | None:
    """The country of a place span right after a body's span, which NER cut off from it (``МИД`` ``Турции``),
    and that span's text."""
    nxt = _first_place_after(spans, span.stop)
    if nxt is None or v.text[span.stop:nxt.start].strip():
        return None
    first = v.words_in(nxt.start, nxt.stop)
    if not first or first[0].feats.get("Case") not in ("Gen", None):
        return None
    country = gazetteer.lookup_country(nxt.normal or nxt.text) or gazetteer.lookup_country(nxt.text)
    return (country, nxt.text) if country else None


_FIELD = re.compile(r"^([A-ZА-ЯЁ]{2,}) по \w.*$")


def without_field(name: str) -> str:
    """An organisation's abbreviation with the field of an office of it that the tagger took into its name (``ООН по
    Ливии`` of ``спецпредставитель генсекретаря ООН по Ливии``): the organisation alone."""
    m = _FIELD.match(name)
    return (gazetteer.org_name(m.group(1)) or m.group(1)) if m else name


def ministry_key(key: str) -> str:
    """``МИД {EE}`` and ``Министерство иностранных дел {EE}`` are one body: a ministry's short name
    (``data/role_ministries.tsv``) is keyed by its full one."""
    first, _, rest = key.partition(" ")
    if first.lower() == "министерство":
        return key.lower()
    position = gazetteer.ministries().get(first.lower())
    if position is None or not position.startswith("министр "):
        return key
    return f"министерство {position.removeprefix('министр ')} {rest.lower()}".strip()


class _Places:
    """The place spans of a document's NER spans (a tuple: the entity stage asks of each body's span), by their
    starts, so that the places within a span or after it are found without reading every span each time."""

    def __init__(self, spans: tuple):
        self.spans = spans
        self.order = sorted((x.start, k) for k, x in enumerate(spans) if x.type == "LOC")
        self.starts = [a for a, _ in self.order]
        self.first = [k for _, k in self.order]  # from the end: the first in ``spans`` of those starting here or later
        for i in range(len(self.first) - 2, -1, -1):
            self.first[i] = min(self.first[i], self.first[i + 1])


_places: list[_Places] = []  # the last document's (``_indexed``)


def _indexed(spans) -> _Places | None:
    if not isinstance(spans, tuple):
        return None
    if not _places or _places[0].spans is not spans:
        _places[:] = [_Places(spans)]
    return _places[0]


def _places_from(spans, start: int, stop: int):
    """The place spans of ``spans`` that start within ``start``–``stop``, in their order (all spans, unindexed)."""
    index = _indexed(spans)
    if index is None:
        return spans
    lo, hi = bisect.bisect_left(index.starts, start), bisect.bisect_right(index.starts, stop)
    return [spans[k] for k in sorted(k for _, k in index.order[lo:hi])]


def _first_place_after(spans, stop: int) -> Mention | None:
    """The first place span of ``spans`` (in their order) that starts after ``stop``."""
    index = _indexed(spans)
    if index is None:
        return next((x for x in spans if x.start > stop and x.type == "LOC"), None)
    i = bisect.bisect_right(index.starts, stop)
    return spans[index.first[i]] if i < len(index.first) else None


def own_ministries(doc, home: str) -> dict[str, str]:
    """The bare-named ministries of a foreign report, each → the report's own ministry of that kind (entity ids).

    A translated foreign report names its own ministry once with its country (``Министерство иностранных дел Перу``)
    and then bare (``МИД``, ``представитель МИД``), as Russian news names Russia's (the entity stage reads a bare name
    so): in a report of ``own_country``, a bare ministry is that country's ministry of its kind (``МИД`` and
    ``Министерство иностранных дел Перу``)."""
    country, bare, foreign = _own(doc, home)
    if country is None:
        return {}
    kinds = {ministry_position(e.name): e.id for e in foreign}
    return {e.id: kinds[kind] for e in bare if (kind := ministry_position(e.name)) and kind in kinds}


def own_country(doc, home: str) -> str | None:
    """The country (an entity id) of a foreign report that tells of its own ministries as of home: every ministry it
    names with a country is of that one country (or, of several, one is of the dateline's country: the report's), it
    names one bare too (``МИД``) or by a descriptor without a country (``вызван в министерство``), it never names the
    home country (ISO code ``home``: ``names_home``) and its dateline places it in no other country."""
    return _own(doc, home)[0]


def _own(doc, home: str):
    """``own_country``, the bare ministries' entities and the ministries named with that country."""
    home_id = country_id(home)
    bare, foreign = [], []
    for e in doc.entities:
        if e.type != "organization" or not _ministry_named(e.name):
            continue
        if bare_body(e.name):
            if e.country in (None, home_id):
                bare.append(e)
        elif e.country:
            foreign.append(e)
    countries = {e.country for e in foreign}
    placed = gazetteer.country_or_capital(doc.dateline_place) if doc.dateline_place else None
    dated = country_id(placed.code) if placed is not None else None
    if len(countries) > 1 and dated in countries:
        # ministries of two countries ("МИД X направил ноту МИД Y …"): the one of the dateline's country
        countries = {dated}
        foreign = [e for e in foreign if e.country == dated]
    if len(countries) != 1 or home_id in countries:
        return None, bare, foreign
    country = next(iter(countries))
    told = bare or any(m.via == "descriptor" and bare_body(m.text) and m.entity in {e.id for e in foreign}
                       for m in doc.mentions)
    if not told or placed is not None and country_id(placed.code) != country \
            or names_home(doc.text, doc.mentions, home):
        return None, bare, foreign
    return country, bare, foreign


def _ministry_named(name: str) -> bool:
    """The name begins with a ministry's or a service's name (``МИД``, ``Министерство``, ``Минобороны``)."""
    words = name.split()
    return bool(words) and bool((lemmas(words[0]) | {fold(words[0])}) & _home_or_ministries())


def names_home(text: str, mentions, home: str) -> bool:
    """Does a document name the home country (ISO code ``home``): the country or its capital, or its adjective, alone
    or in a compound (``российский``, ``российско-мозамбикский``; a digest of another country's news may name it so
    only)?"""
    if any(m.entity == country_id(home) or (p := gazetteer.country_or_capital(m.normal or m.text)) is not None
           and p.code == home for m in mentions):
        return True
    for word in set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)):
        found = gazetteer.compound_countries(word) if "-" in word else [gazetteer.adjective_country(word)]
        if any(c is not None and c.code == home for c in found):
            return True
    return False
