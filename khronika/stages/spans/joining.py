"""Person spans joined into one name, and the surnames of a document's names that the rules on
persons compare (here, in ``splitting`` and in ``adding``)."""
from __future__ import annotations

import re

from ... import lexicon, morph, names
from ...records import Mention, Token
from ...settings import DEFAULT, SpanSettings
from .context import Context


def name_words(m: Mention) -> list[str]:
    """The words of a span's name (initials keep their dot)."""
    return [w for w in re.findall(r"[\w.-]+", m.text) if re.search(r"\w", w)]


def last_words(spans: list[Mention]) -> set[str]:
    """The last words of the document's person names of two words or more: their surnames."""
    return {w[-1] for m in spans if m.type == "PER" and len(w := name_words(m)) >= 2}


def stem(word: str, s: SpanSettings) -> str:
    return morph.fold(word)[:s.surname_stem]


def surnames(spans: list[Mention], s: SpanSettings = DEFAULT.spans) -> set[str]:
    """Stems of the document's surnames (``last_words``)."""
    return {stem(w, s) for w in last_words(spans)}


def two_surnames(a: str, b: str, stems: set[str], s: SpanSettings = DEFAULT.spans) -> bool:
    """Are two single words two different surnames of the document's full names?"""
    if len(a.split()) > 1 or len(b.split()) > 1:
        return False
    return stem(a, s) in stems and stem(b, s) in stems and stem(a, s) != stem(b, s)


def plausible_name(first: Mention, second: Mention, cases: tuple[str | None, str | None] = (None, None),
                   s: SpanSettings = DEFAULT.spans) -> bool:
    """Do two adjacent person spans make one name?  Yes for a given name and patronymic (or
    initials) followed by a one-word surname (``Иваном Петровичем`` + ``Сидоровым``); no when the
    first is already a complete name of two or more words (but for two given names before surnames:
    ``Мария Фернанда`` + ``Эспиноса Гарсес``), when the words are tagged in different cases (``вдова Петрова`` +
    ``Анна Ивановна``), or when the whole would be longer than ``max_name_words``."""
    a, b = name_words(first), name_words(second)
    if not a or not b:
        return False
    if len(b) == 1 and (names.is_patronymic(a[-1]) or all(names.INITIAL.match(w.rstrip(".")) for w in a)):
        return True
    if all(cases) and cases[0] != cases[1]:
        return False
    if len(a) + len(b) > s.max_name_words:
        return False
    # "Мария Фернанда" + "Эспиноса Гарсес": two given names, then surnames (no given name, no Slavic surname first)
    hers = _womans_given(a[0]) and _womans_given(a[-1])  # "Марией Луизой": two given names of a woman's
    double = len(a) == 2 and (names.given_name(a[0]) and not names.slavic_surname(a[1]) or hers) \
        and (not names.given_name(b[0]) or hers and len(b) == 1 and b[0][-1:].lower() in names.CONSONANTS) \
        and not names.INITIAL.match(b[0].rstrip("."))
    return len(a) == 1 or double


def _womans_given(word: str) -> bool:
    """A word the dictionary knows only as a woman's given name, in any case (``Марией``): after two such names, a
    one-word surname ending in a consonant is hers, undeclined, even one that is also a man's given name."""
    known = [p for p in morph.parses(word) if p.is_known and "Name" in p.tag.grammemes and "sing" in p.tag.grammemes]
    return bool(known) and all(p.tag.gender == "femn" for p in known)


def join_person_names(spans: list[Mention], c: Context) -> list[Mention]:
    """``join_names`` with the document's tokens (the case at the seam is checked)."""
    return join_names(spans, c.text, c.view.tokens, c.settings)


def join_names(spans: list[Mention], text: str, tokens: list[Token] | None = None,
               s: SpanSettings = DEFAULT.spans) -> list[Mention]:
    """Join person spans separated by spaces alone when together they make one plausible name (the
    tagger splits long Russian and East Asian names: ``Пака`` + ``Чон Хи``).  ``tokens`` give
    the tagged case of the words at the seam; without them case is not checked."""
    case_at = {}
    for tok in tokens or ():
        case_at[tok.start] = case_at[tok.stop] = tok.feats.get("Case")
    stems = surnames(spans, s)
    out: list[Mention] = []
    for m in sorted(spans, key=lambda m: (m.start, m.stop)):
        prev = next((p for p in reversed(out) if p.type == "PER"), None) if out else None
        gap = text[prev.stop:m.start] if prev else ""
        if prev and prev is out[-1] and m.type == "PER" and (particle_gap(gap) or gap == " " and m.text[:1].isupper()
                                                             and name_words(prev)[-1] in PARTICLES):
            out[-1] = Mention(prev.start, m.stop, "PER", text[prev.start:m.stop])
        elif (prev and prev is out[-1] and m.type == "PER" and m.start > prev.stop and not gap.strip()
                and "\n" not in gap and not two_surnames(prev.text, m.text, stems, s)
                and plausible_name(prev, m, (case_at.get(prev.stop), case_at.get(m.start)), s)):
            out[-1] = Mention(prev.start, m.stop, "PER", text[prev.start:m.stop])
        else:
            out.append(m)
    return out


_WORDS = lexicon.words("names_endings.tsv")
PARTICLES = _WORDS["FAMILY_PARTICLES"] | _WORDS["NASAB_PARTICLES"] | _WORDS["LINK_PARTICLES"]


def particle_gap(gap: str) -> bool:
    """Is the text between two person spans one or two lower-case particles of a name that the tagger left out
    (``Эдуарду`` + ``дус`` + ``Рейс Пинту``, ``Клаус`` + ``фон дер`` + ``Хайде``, ``Ахмад`` + ``бин`` + ``Исмаил``)?"""
    words = gap.split()
    return gap[:1] == " " and gap[-1:] == " " and "\n" not in gap and 1 <= len(words) <= 2 \
        and all(w in PARTICLES for w in words)


GENITIVE_ENDINGS = frozenset("аяыиуюе")  # how a place after a title ends in the genitive ("мэр Клайпеды")


def unknown_given_name(m: Mention, after: Mention, c: Context) -> bool:
    """A one-word place or organisation span right before a person span that is a given name the tagger did not
    know (``министр иностранных дел Сигридюр Анна Бьяртмарсдоттир`` tagged ``Сигридюр`` a place): a capitalised
    word no dictionary (but as a common noun's form, ``_common_noun_given``), gazetteer or list of bodies knows, that
    does not end as a genitive place after a title does, with the person's name it joins no longer than
    ``max_name_words``."""
    from ... import gazetteer

    word = m.text
    if m.type not in ("LOC", "ORG") or after.type != "PER" or c.text[m.stop:after.start] != " " \
            or not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word):
        return False
    known = any(p.is_known for p in morph.parses(word))
    if len(name_words(after)) + 1 > c.settings.max_name_words or known and not _common_noun_given(m, after, c) \
            or not known and word[-1] in GENITIVE_ENDINGS:
        return False
    return not (gazetteer.is_place(word) or gazetteer.org_name(word) or gazetteer.adjective_country(word))


def _common_noun_given(m: Mention, after: Mention, c: Context) -> bool:
    """A given name spelt as a form of a Russian common noun (``министр Дивана Хадсон Грей``: ``Дивана``, the
    genitive of ``диван``): a word the dictionary knows only as a common noun, no place, name or title, that the
    parser reads as an apposition or a word of a name, not as a complement (``тренер Ротора Игорь Мальцев``: the
    club's genitive), before a name of two words or more."""
    found = [p for p in morph.parses(m.text) if p.is_known]
    words = c.view.words_in(m.start, m.stop)
    return bool(found) and all(p.tag.POS == "NOUN" and not ({"Geox", "Orgn", "Trad"} | names.NAME_GRAMMEMES)
                               & p.tag.grammemes for p in found) \
        and names.title_lemma(m.text) is None and len(name_words(after)) >= 2 and len(words) == 1 \
        and words[0].rel in ("appos", "flat:name", "flat")


def given_name_of_a_place(m: Mention, after: Mention, c: Context) -> bool:
    """A one-word place span that is also a given name the dictionary knows (``Сантьяго``, ``Виктория``), right after
    a title and right before a person span of surnames alone (``Президент Виктория Кампос Рейес``): the person's given
    name, not the title's complement; never a country, nor after a city's office (``мэр Виктории Хосе Рамос``), nor
    before a name that opens with a given name of its own."""
    from ... import gazetteer

    word = m.text
    if m.type != "LOC" or after.type != "PER" or c.text[m.stop:after.start] != " " \
            or not re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", word) or not names.given_name(word) \
            or gazetteer.lookup_country(word) or gazetteer.adjective_country(word):
        return False
    before = c.view.before(m.start, 1)
    title = names.title_lemma(before[0].text) if before else None
    following = name_words(after)
    return title is not None and not morph.lemmas(before[0].text) & gazetteer.CITY_OFFICES \
        and title not in gazetteer.CITY_OFFICES and not names.given_name(following[0]) \
        and len(following) + 1 <= c.settings.max_name_words


def join_unknown_given_names(spans: list[Mention], c: Context) -> list[Mention]:
    """``unknown_given_name``, ``given_name_of_a_place``: the word and the person's span become one person span."""
    ordered = sorted(spans, key=lambda m: (m.start, m.stop))
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(ordered):
        if k in skip:
            continue
        after = next((x for x in ordered[k + 1:] if x.start >= m.stop), None)
        if after is not None and (unknown_given_name(m, after, c) or given_name_of_a_place(m, after, c)):
            out.append(Mention(m.start, after.stop, "PER", c.text[m.start:after.stop]))
            skip.add(ordered.index(after))
        else:
            out.append(m)
    return out


def join_given_left_out(spans: list[Mention], c: Context) -> list[Mention]:
    """A one-word person span after a capitalised word the dictionary knows as a nominative given name only, a space
    between, that no span holds (``Марта Кылар прибыла …`` opening a sentence, the tagger reading a month in
    ``Марта``): the given name is the person's; not after a day's figure (``20 Марта``)."""
    covered = {k for m in spans for k in range(m.start, m.stop)}
    out = []
    for m in spans:
        before = c.view.before(m.start, 2) if m.type == "PER" and len(name_words(m)) == 1 else []
        prev = before[0] if before else None
        if prev is not None and c.text[prev.stop:m.start] == " " and prev.start not in covered \
                and re.fullmatch(r"[А-ЯЁ][а-яё]{2,}", prev.text) and names.given_name(prev.text) \
                and not (len(before) > 1 and before[1].text.isdigit()):
            m = Mention(prev.start, m.stop, "PER", c.text[prev.start:m.stop])
        out.append(m)
    return out
