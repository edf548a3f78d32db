"""Resolution across documents, over the store's persons:

* two full names that differ only by the usual variants of transcription, word for word
  (``Кэндзи Ёсида``, ``Кендзи Ёсида``, ``Кенджи Йосида``: ``translit.skeleton``), or by one inner vowel of a long
  surname (``Ратнаведене``, ``Ратнаведане``), are one person,
  named as most documents name it, then most mentions (``named``: ``Store.named``; the smallest id among
  equals), so that a chronicle spells a person as its sources mostly do;
* a full name that leaves out a middle name or one of two surnames of exactly one longer one with its first name
  (``Реджеп Эрдоган``, ``Реджеп Тайип Эрдоган``; ``Хуан Ортис``, ``Хуан Ортис Лопес``) is that person; so is a
  titled name of two words, the first no longer name's first, that ends exactly one longer one (``министр Ортис
  Лопес``);
* a person known in some document only by surname (``Путин``, ``С.Лавров``, ``Йосида``) is the
  same as the one person of the store with that surname (in any transcription; else with it as the first of
  two surnames) and a full name
  (``Владимир Путин``; or with the surname as a mention wrote it, ``Т. Петрова`` read as a man's genitive), if
  exactly one such person exists and the initials agree; with two
  candidates (``Игорь Иванов``, ``Сергей Иванов``) it stays itself.

The links are a function of the whole set of persons, recomputed after each ingest for the surnames
its documents name (``entities.surname`` is their index) and recorded as links
(``Store.set_same_as``), never by deleting an entity: a later document can undo or change them, so
the store does not depend on the order of ingestion.  Organisations named by an abbreviation alone are linked
the same way (``resolve_orgs``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .morph import fold
from .names import given_name, is_patronymic, slavic_surname, within
from .names_link import FAMILY_PARTICLES, NASAB_PARTICLES
from .resolve_orgs import acronym_links
from .translit import (
    final_blurred,
    looks_japanese,
    name_words,
    portuguese_reading,
    solid_skeleton,
    vowel_opened,
    vowels_masked,
)
from .translit import skeleton as _skeleton

# The persons sharing the surnames of an ingest's documents are compared anew at each ingest: their
# words' skeletons are computed once per process.
skeleton = lru_cache(maxsize=1 << 17)(_skeleton)

# A surname with a word of its generation after a hyphen (``Буш-младший``): data/names_endings.tsv.
_GENERATION = re.compile(rf"-(?:{lexicon.alternation(lexicon.words('names_endings.tsv')['GENERATIONS'])})$",
                         re.IGNORECASE)

# Initials before a surname (``С.В.Лавров``, ``С. Лавров``, ``Дж. Смит``) or after it (``Лавров С.В.``): the first, the
# given name.
INITIALS = re.compile(r"^(?:(Д)ж|([А-ЯЁA-Z]))\.\s*[А-ЯЁA-Z]|\s([А-ЯЁA-Z])\.(?:\s*[А-ЯЁA-Z]\.)?$")


def initials_of(aliases: list[str]) -> set[str]:
    """The first initial (the given name's) before a surname in any alias: ``С.Лавров`` → {"с"}, ``С.В.Лавров`` and
    ``С. В. Лавров``, ``Лавров С.В.`` → {"с"} (not the patronymic's ``в``)."""
    return {(m.group(1) or m.group(2) or m.group(3)).lower() for a in aliases if (m := INITIALS.search(a.strip()))}


def _full(e: dict) -> bool:
    words = e["name"].split()
    return len(words) >= 2 and not words[0].endswith(".")


def variant_links(persons: list[dict], named: dict[str, tuple[int, int]] | None = None) -> dict[str, str]:
    """Full-name entity id → the id of the same name in another transcription: the one named in the most
    documents, then the most often (``named``), the smallest id among equals."""
    groups: dict[str, list[str]] = {}
    for e in persons:
        if _full(e):
            groups.setdefault(" ".join(skeleton(w) for w in e["name"].split()), []).append(e["id"])
    near: dict[str, list[str]] = {}
    for key in groups:
        for blurred in _vowel_blurred(key):
            near.setdefault(blurred, []).append(key)
    country = {e["id"]: e.get("country") for e in persons}
    for keys in near.values():  # "Нилани Ратнаведене", "Нилани Ратнаведане": one group
        if len(keys) == 2 and keys[1] in groups and keys[0] in groups and \
                len({country[i] for i in groups[keys[0]] + groups[keys[1]]} - {None}) <= 1:
            groups[keys[0]] += groups.pop(keys[1])
    solid: dict[tuple[str, str | None], dict[str, None]] = {}
    for e in persons:  # "Чхве Сон Мин", "Чхве Сонмин": a given name in syllables or solid, one group
        if _full(e):
            words = e["name"].split()
            if (one := solid_skeleton(words)) is not None:
                solid.setdefault((skeleton(words[0]), one), {})[" ".join(skeleton(w) for w in words)] = None
    for keys in (list(k) for k in solid.values()):
        if len(keys) == 2 and keys[0] in groups and keys[1] in groups and len({k.count(" ") for k in keys}) == 2 \
                and len({country[i] for i in groups[keys[0]] + groups[keys[1]]} - {None}) <= 1:
            groups[keys[0]] += groups.pop(keys[1])
    out = {}
    for ids in groups.values():
        first = min(ids, key=lambda i: (*(-n for n in (named or {}).get(i, (0, 0))), i))
        out.update({i: first for i in ids if i != first})
    return out


BLURRED_VOWELS = frozenset("аеиоуя")  # the vowels another outlet may write for one another (unstressed; "оу"/"у")
# A diphthong of a surname of any length spelt two ways (``Трейн``/``Трайн``: English "ai"/"ei", ``й`` read as ``и``).
DIPHTHONG = re.compile(r"(?<=\w)[ае](?=и)")


def _vowel_blurred(key: str) -> list[str]:
    """The name's skeleton with one inner vowel of its long surname left open (``translit.vowel_opened``), or the
    vowel of one diphthong ``ай``/``ей`` of a surname of any length, or its final -е/-и (``final_blurred``).  Names
    of different countries never share one (``variant_links``)."""
    *first, last = key.split(" ")
    if not first:
        return []
    opened = vowel_opened(last, BLURRED_VOWELS) + [last[:m.start()] + "*" + last[m.end():]
                                                   for m in DIPHTHONG.finditer(last)]
    opened += [final] if (final := final_blurred(last)) else []
    return [" ".join([*first, o]) for o in dict.fromkeys(opened)]


def _skeletons(e: dict) -> list[str]:
    return [skeleton(w) for w in e["name"].split()]


# The nominatives a man's name in an oblique case is cut to (``Ндака`` → ``Ндак``, ``Дулая`` → ``Дулай``, ``Тималя`` →
# ``Тималь``): the written word less its last letter, and with ``-й`` or ``-ь`` for it.
_CUT_TO = ("", "й", "ь")


def cut_links(persons: list[dict], links: dict[str, str]) -> dict[str, str]:
    """A full name that a document put in the nominative by cutting a man's genitive -а/-я off a word after the first
    (``Самуэля Ндака Лоу`` → ``Самуэль Ндак Лоу``) is the full name another document writes with that word as it
    stands (``Самуэль Ндака Лоу``, a nominative there): a name in -а/-я written so in the oblique case too.  Not a
    given name (``Карла`` may be a woman's) nor a Slavic surname (``Соколова``: a woman's), whose -а tells another
    person.  ``links``: the variants already linked, left as they are."""
    full = {tuple(skeleton(w) for w in e["name"].split()): e["id"] for e in persons if _full(e)}
    out = {}
    for e in persons:
        words = e["name"].split()
        if not _full(e) or e["id"] in links:
            continue
        for alias in e.get("aliases") or ():
            written = alias.split()
            if len(written) != len(words):
                continue
            restored = [w if k and _cut_of(w, n) and not slavic_surname(n) else n
                        for k, (w, n) in enumerate(zip(written, words))]
            target = full.get(tuple(skeleton(w) for w in restored)) if restored != words else None
            if target is not None and target != e["id"]:
                out[e["id"]] = links.get(target, target)
                break
    return out


def _cut_of(written: str, normal: str) -> bool:
    """Was ``normal`` made of the written word by cutting a man's genitive -а/-я (``Ндака`` → ``Ндак``)?"""
    low, nom = fold(written), fold(normal)
    return low[-1:] in ("а", "я") and len(low) > 3 and nom in {low[:-1] + x for x in _CUT_TO}


def short_links(persons: list[dict], links: dict[str, str]) -> dict[str, str]:
    """A full name that leaves out words of exactly one longer full name with its first name (``Реджеп Эрдоган``,
    ``Реджеп Тайип Эрдоган``; ``Хуан Ортис`` or ``Хуан Лопес``, ``Хуан Ортис Лопес``: one of two surnames) is that
    person; with two such longer names (``Хуан Ортис Лопес``, ``Хуан Ортис Гарсия``) it stays itself."""
    longer: dict[str, list[dict]] = {}
    tails: dict[tuple[str, ...], list[dict]] = {}
    for e in persons:
        words = _skeletons(e)
        if _full(e) and len(words) >= 3 and e["id"] not in links:
            longer.setdefault(words[0], []).append(e)
            tails.setdefault(tuple(words[-2:]), []).append(e)
    firsts = {_skeletons(e)[0] for e in persons if _full(e) and len(e["name"].split()) >= 3}  # given names in use
    out = {}
    for e in persons:
        words = _skeletons(e)
        if not _full(e) or e["id"] in links:
            continue
        fits = [c for c in longer.get(words[0], []) if len(_skeletons(c)) > len(words) and within(words, _skeletons(c))]
        if not fits and len(words) == 2 and e.get("titles") and words[0] not in firsts:
            fits = tails.get(tuple(words), [])  # "министр Ортис Лопес": titled, two surnames of "Хуан Ортис Лопес"
        if len(fits) == 1:
            out[e["id"]] = fits[0]["id"]
    return out


def _by_surnames(persons: list[dict], links: dict[str, str]) -> tuple[dict[str, list[dict]], ...]:
    """The full names by their last word, each as the person it is linked to (``Пабло Мендоса`` as ``Пабло Мендоса
    Ривера``), and those of three words or more by each word between their first and last that is no given name
    (``Арриага`` of ``Пабло Арриага Ривера``: the first of two surnames), and by each such word that is also a given
    name (``Мартин`` of ``Рауль Мартин Гомес``)."""
    by_id = {e["id"]: e for e in persons}
    last: dict[str, dict[str, dict]] = {}
    inner: dict[str, dict[str, dict]] = {}
    inner_given: dict[str, dict[str, dict]] = {}
    for e in persons:
        if not _full(e):
            continue
        words, target = e["name"].split(), by_id.get(links.get(e["id"], e["id"]), e)
        last.setdefault(skeleton(words[-1]), {})[target["id"]] = target
        if (head := _GENERATION.sub("", words[-1])) != words[-1]:  # "Буш" alone of "Джордж Буш-младший"
            last.setdefault(skeleton(head), {})[target["id"]] = target
        # "Мабанги" alone of "Питер Мабанге"; "Тамбвале" (an oblique case the text left) of "Ян Тамбвала", not of a
        # Slavic woman's surname ("Груздеве" is a man's)
        if blurred := final_blurred(skeleton(words[-1]), declined=not slavic_surname(words[-1])):
            last.setdefault(blurred, {})[target["id"]] = target
        for w in words[1:-1] if e["id"] not in links else ():
            (inner_given if given_name(w) else inner).setdefault(skeleton(w), {})[e["id"]] = e
    return tuple({k: list(v.values()) for k, v in d.items()} for d in (last, inner, inner_given))


def surname_links(persons: list[dict], named: dict[str, tuple[int, int]] | None = None) -> dict[str, str]:
    """Linked entity id → the entity id it is, for ``persons`` (entity dicts, as stored; ``named``: how often
    each is named, ``variant_links``)."""
    links = variant_links(persons, named)
    cut = cut_links(persons, links)
    links.update(cut)
    links.update(short_links(persons, links))
    full, inner, inner_given = _by_surnames(persons, links)
    orders = None  # ``_orders(persons)``, built when first needed
    for e in persons:
        if len(e["name"].split()) != 1:
            continue
        # the surname as some mention wrote it too: ``Н. Рахимова``, normalised as a man's genitive, may be a woman's
        keys = {skeleton(e["name"])} | {skeleton(a.split()[-1]) for a in e.get("aliases") or [] if a.split()}
        candidates = list({c["id"]: c for k in keys for c in full.get(k, [])}.values()) or \
            list({c["id"]: c for k in keys for c in full.get(final_blurred(k), [])}.values()) or \
            list({c["id"]: c for k in keys for c in inner.get(k, [])}.values())  # by one of two surnames
        if not candidates and e.get("titles"):  # "канцлер Мартин": titled, a given name is a surname
            candidates = list({c["id"]: c for k in keys for c in inner_given.get(k, [])}.values())
        if not candidates:
            orders = orders or _orders(persons)
            candidates = _other_order(e, orders, links)
        wanted = initials_of(e.get("aliases") or [])
        if wanted:  # the first given name's initial, or a later given name's the person goes by ("Ж.-П." of
            # "Абдулай Жан-Поль Сисоко")
            candidates = [c for c in candidates if wanted & {fold(w)[0] for w in c["name"].split()[:-1]
                                                             if not is_patronymic(w)}]
        if len(candidates) == 1:
            links[e["id"]] = candidates[0]["id"]
    return dict(sorted(most_named(persons, links, named, set(cut)).items()))


def _orders(persons: list[dict]) -> tuple[dict, dict, dict]:
    """What ``_other_order`` compares, read once per resolution (not once per one-word name): the persons by id, and
    the full names by the skeleton of their first word and by those of their last two words (three words or more),
    each list in the order of ``persons``."""
    by_id = {x["id"]: x for x in persons}
    first: dict[str, list[dict]] = {}
    last_two: dict[tuple[str, ...], list[dict]] = {}
    for c in persons:
        if not _full(c):
            continue
        words = c["name"].split()
        first.setdefault(skeleton(words[0]), []).append(c)
        if len(words) >= 3:
            last_two.setdefault(tuple(skeleton(w) for w in words[-2:]), []).append(c)
    return by_id, first, last_two


def _other_order(e: dict, orders, links: dict[str, str]) -> list[dict]:
    """The full names a one-word name may be of when no full name ends with it: a double surname written with a
    hyphen (``Ньямбе-Мбуле`` of ``Джозеф Ньямбе Мбуле``), or, titled and no given name, the surname that comes first
    (``замминистра Лю`` of ``Лю Цзяньго``, ``министр Чон`` of ``Чон Ын Хо``).  ``orders``: ``_orders(persons)``."""
    name = e["name"]
    by_id, first, last_two = orders
    if name.count("-") == 1:
        found = last_two.get(tuple(skeleton(w) for w in name.split("-")), [])
    elif e.get("titles") and not given_name(name):
        found = first.get(skeleton(name), [])
    else:
        found = []
    out = {}
    for c in found:
        if c["id"] != e["id"]:
            target = by_id.get(links.get(c["id"], c["id"]), c)
            out[target["id"]] = target
    return list(out.values())


def most_named(persons: list[dict], links: dict[str, str], named: dict[str, tuple[int, int]] | None,
               cut: set[str] = frozenset()) -> dict[str, str]:
    """``links`` with each group of persons named by one of its full names: one ending with two surnames that the group
    writes alone (``Хуан Ортис Лопес`` where a report says ``Ортис Лопес``: ``_pairs_alone``), then one ending with a
    surname that the group writes alone (``Хуан Ортис`` where a report says ``Ортис``: the surname a person goes by,
    of two), then an East
    Asian given name in syllables where the group writes it so and solid too (``Чхве Сон Мин``, not ``Чхве Сонмин``,
    which may read as Portuguese), then a Japanese name in the standard Russian spelling, Polivanov's (``Кэнта
    Ходзуми``, not ``Кента Хозуми``: ``translit.looks_japanese``), then Portuguese read as such where the group reads
    it two ways (``Паулу Маркуш``, not ``Пауло Маркус``: ``translit.portuguese_reading``), then one no document cut
    of an ending another writes as its nominative (``cut``: ``cut_links``), then one that is no other's last words
    without its given name (``Мбуле Окемба`` of ``Жан-Пьер Мбуле Окемба``), then the one named in the most documents,
    then the one whose spelling of the surname the most documents write (with the group's surnames alone: ``Трейн``
    in two reports, ``Трайн`` in one); among equals the name it is linked to (the fuller of a short
    link, the most often named of variants), then the most often named."""
    def root(i: str) -> str:
        seen = {i}
        while i in links and links[i] not in seen:
            i = links[i]
            seen.add(i)
        return i
    by_id = {e["id"]: e for e in persons}
    groups: dict[str, set[str]] = {}
    for i in links:
        groups.setdefault(root(i), set()).update((i, root(i)))
    out = {}
    for top, ids in groups.items():
        mine = [by_id[i] for i in ids if i in by_id]
        lone = {vowels_masked(_lone(n)) for e in mine for n in (e["name"], *(e.get("aliases") or ()))} - {""}
        full = [i for i in ids if i in by_id and _full(by_id[i])]
        spelt: dict[str, int] = {}  # documents naming the group with each spelling of its surname (a surname alone too)
        written: dict[str, int] = {}  # the same, by the letters written (``Ньяйиру``, ``Ньяиру``: one skeleton)
        for e in mine:
            last, docs = e["name"].split()[-1], (named or {}).get(e["id"], (0, 0))[0]
            spelt[skeleton(last)] = spelt.get(skeleton(last), 0) + docs
            written[fold(last)] = written.get(fold(last), 0) + docs
        japanese = any(looks_japanese(e["name"]) for e in mine)  # named in Polivanov's spelling where a source is
        two_ways = {portuguese_reading(e["name"]) for e in mine if _full(e)} == {True, False}  # read as Portuguese
        spaced = _spaced_two_ways([by_id[i] for i in full])  # a given name in syllables, as the standard writes it
        pairs = _pairs_alone(mine, [by_id[j] for j in full])
        best = min(full, default=top, key=lambda i: (bool(pairs) and tuple(_skeletons(by_id[i])[-2:]) not in pairs,
                                                      vowels_masked(_surname(by_id[i])) not in lone,
                                                      spaced and -len(by_id[i]["name"].split()),
                                                      japanese and not looks_japanese(by_id[i]["name"]),
                                                      two_ways and not portuguese_reading(by_id[i]["name"]),
                                                      i in cut, _tail(by_id[i], [by_id[j] for j in full]),
                                                      -(named or {}).get(i, (0, 0))[0],
                                                      -spelt.get(_surname(by_id[i]), 0),
                                                      -written.get(fold(by_id[i]["name"].split()[-1]), 0), i != top,
                                                      -(named or {}).get(i, (0, 0))[1], i))
        out.update({i: best for i in ids if i != best})
    return out


_PARTICLES = frozenset(skeleton(w) for w in NASAB_PARTICLES | FAMILY_PARTICLES)


def _pairs_alone(mine: list[dict], full: list[dict]) -> set[tuple[str, ...]]:
    """The last two words of the group's longer full names (three words or more) that some report of the group writes
    alone, as a name of its own (``Арансибия Солис`` of ``Тобиас Арансибия Солис``): a person referred to by both
    surnames goes by both, and is named by the full name that ends with them, whichever one a report writes alone.
    Not a pair with a particle (``бен Хамад`` of ``Салим бен Хамад``: a name of descent, no two surnames)."""
    tails = {tuple(_skeletons(c)[-2:]) for c in full if len(c["name"].split()) >= 3}
    written = {tuple(skeleton(w) for w in n.split()) for e in mine for n in (e["name"], *(e.get("aliases") or ()))
               if len(n.split()) == 2 and not n.split()[0].endswith(".")}
    return {t for t in tails & written if not _PARTICLES & set(t)}


def _tail(e: dict, full: list[dict]) -> bool:
    """Is the name the last words of a longer full name of ``full`` (its given name left out: ``Мбуле Окемба`` of
    ``Жан-Пьер Мбуле Окемба``)?"""
    words = _skeletons(e)
    return any(len(c["name"].split()) > len(words) and _skeletons(c)[-len(words):] == words for c in full)


def _spaced_two_ways(full: list[dict]) -> bool:
    """Do the group's full names differ only by a given name written in syllables or solid (``Чхве Сон Мин``, ``Чхве
    Сонмин``)?  Then the one in syllables names it, as the standard spellings of East Asian names write them."""
    keys = {(skeleton(e["name"].split()[0]), solid_skeleton(e["name"].split())) for e in full}
    return len({len(e["name"].split()) for e in full}) > 1 and len(keys) == 1 and None not in {k[1] for k in keys}


def _surname(e: dict) -> str:
    """The skeleton of the last word of an entity's name."""
    return skeleton(e["name"].split()[-1])


def _lone(name: str) -> str:
    """The skeleton of a surname written alone or after initials (``Ортис``, ``Х. Ортис``); ``""`` for a full name."""
    words = name_words(name)
    return skeleton(words[0]) if len(words) == 1 else ""


def resolve_store(store, docs: set[str] | None = None) -> list[str]:
    """Recompute the links of the store's persons and organisations, or only of those that share a name word (an
    abbreviation) with one of ``docs``, and so on (``Store.persons_sharing_surnames``,
    ``Store.organizations_sharing_abbreviations``: links join only names sharing a key, so the others stay as they
    are); returns the entities whose link changed."""
    persons = store.entities("person", resolved=False) if docs is None else store.persons_sharing_surnames(docs)
    orgs = store.entities("organization", resolved=False) if docs is None \
        else store.organizations_sharing_abbreviations(docs)
    links = surname_links(persons, store.named(p["id"] for p in persons)) | acronym_links(orgs)
    return store.set_same_as(links) if docs is None else \
        store.set_same_as(links, scope={e["id"] for e in (*persons, *orgs)})
