"""Span refinement: the tagger's NER spans → name spans as Russian news annotation draws them.

natasha's spans are a good start but break the conventions of annotated Russian news (those of
factRuEval-2016: a mention spans the words of the name, descriptors left out) in regular ways.
Each rule below mends one of them, over the whole list of spans, in the order of ``RULES``:

* lists and brackets: a span never runs over ``•``, ``,``, ``;`` or a line break, nor over a
  transliteration or abbreviation in brackets (``Фонд защиты природы (ФЗП)``: two mentions);
* persons: two full names in apposition are split; adjacent person spans are joined only when
  together they make one plausible name;
* types and non-names: a country tagged as a person is a place; international organisations,
  seats of power and facilities get their type from a gazetteer (``data/orgs_ru.tsv``); built
  places are locations; common-noun abbreviations (``СМИ``), bare legal forms, domain zones,
  vehicles and titles of works are no names;
* boundaries that shrink: a legal form or kind before a quoted name (``ОАО «Северсталь»`` →
  ``Северсталь``), a job title before an organisation, a street word (``Садовой улице`` →
  ``Садовой``);
* organisations named again: an abbreviation or Latin name in brackets after one, and the same
  name repeated in the document untagged or tagged as a place;
* boundaries that grow: a genitive country or body after an organisation (``МИД Франции``), what
  it is attached to (``Совет при губернаторе``), a relational adjective before it (``французского
  МИДа``);
* nesting: a country or continent named inside an organisation's name is a place mention of its
  own (``МИД [Франции]``, ``Совет [Европы]``), as it is where the tagger missed it.

Spans may overlap (a place inside an organisation); exact duplicates are dropped.  A span whose
words changed loses natasha's normal form unless its words line up with it.  The stage reads
tokens with morphology and syntax and changes nothing but ``Document.ner``.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from importlib import resources

from .. import gazetteer, morph, names
from ..morph import PLACE_PREPOSITIONS
from ..records import Document, Mention, Token
from ..tokens import tokens_in

# Words of a street or square that are not part of its name (``Пушкинской площади``).
STREET_WORDS = frozenset("""площадь улица проспект переулок бульвар шоссе набережная проезд тупик аллея
                            пр-т пер ул пл""".split())
# Words of a natural feature before its name, not part of it (``острова Врангеля``, ``реки Волги``).
FEATURE_WORDS = STREET_WORDS | frozenset("остров река озеро гора полуостров залив пролив".split())
# Nouns naming a vehicle or an instrument: a name right after one is the vehicle's, not a mention.
VEHICLE_WORDS = frozenset("""шаттл челнок корабль телескоп спутник зонд ракета самолёт самолет лайнер модуль
                             аппарат марсоход луноход крейсер авианосец подлодка ледокол яхта""".split())
# Nouns naming a work: a quoted name right after one is a title, not an organisation.
WORK_WORDS = frozenset("""статья книга фильм песня альбом сериал передача программа роман спектакль
                          колонка рубрика заметка""".split())
# Nouns that head a phrase which is no name (``по московскому времени``).
NON_NAME_HEADS = frozenset({"время"})
# Nouns naming an organisation's kind before its name (``агентство Reuters``).
ORG_KIND_WORDS = frozenset("агентство агенство концерн компания корпорация холдинг фирма".split())
# Nouns naming a kind of organisation: a quoted name right after one is the organisation's name
# (``партии «Путь Грузии»``, ``движения «Солидарность»``), tagged or not.
ORG_BODY_WORDS = ORG_KIND_WORDS | frozenset("""партия движение блок союз фонд объединение организация общество
                                               ассоциация банк газета журнал издание телеканал радиостанция
                                               клуб фракция профсоюз""".split())
# Nouns naming a built place: a name right after one is a place (``аэропорту «Пулково»``), and a
# name headed by one is a place too (``Дворце молодёжи``, ``Центральном доме литераторов``).
FACILITY_WORDS = frozenset("""аэропорт вокзал бизнес-центр стадион магазин гостиница отель космодром терминал
                              кинотеатр универмаг""".split())
FACILITY_HEADS = frozenset({"дворец", "дом"})
# Bodies an organisation can be attached to (``Общественный совет при министерстве``).
BODY_WORDS = frozenset("""правительство прокуратура министерство администрация мэрия президент губернатор
                          совет комитет генпрокуратура""".split())
CONTINENTS = frozenset("европа азия африка америка австралия антарктида евразия океания".split())
RELATIONAL = re.compile(r"[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")  # японский, московский
SEPARATORS = re.compile(r"\s*(?:[•·;|]|,|\n)\s*")
PAIRS = {"(": ")", "«": "»", "„": "“", "“": "”", "[": "]"}
QUOTES = "«»\"„“”"


# --- context ----------------------------------------------------------------------------------------

class _Text:
    """The document's text and tokens, looked up by offset."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.tokens: list[Token] = [t for s in doc.sentences for t in s.tokens]
        self.starts = [t.start for t in self.tokens]
        self.first = {s.tokens[0].start for s in doc.sentences if s.tokens}

    def inside(self, start: int, stop: int) -> list[Token]:
        return tokens_in(self.tokens, self.starts, start, stop)

    def words(self, start: int, stop: int) -> list[Token]:
        return [t for t in self.inside(start, stop) if re.search(r"\w", t.text)]

    def before(self, start: int, skip: str = "") -> Token | None:
        """The token ending at or before ``start``, passing over tokens made of ``skip`` characters."""
        i = bisect.bisect_left(self.starts, start) - 1
        while i >= 0 and self.tokens[i].text and all(c in skip for c in self.tokens[i].text):
            i -= 1
        return self.tokens[i] if i >= 0 else None

    def after(self, stop: int) -> Token | None:
        i = bisect.bisect_left(self.starts, stop)
        return self.tokens[i] if i < len(self.tokens) else None

    def span(self, start: int, stop: int, type_: str, normal: str | None = None) -> Mention:
        return Mention(start, stop, type_, self.text[start:stop], normal=normal)


def _lemma(word: str) -> str:
    return morph.lemma(word).replace("ё", "е")


def _key(text: str) -> str:
    """Lookup key of a name in any case: its words' lemmas (``Европейского союза`` → ``европейский союз``)."""
    return " ".join(_lemma(w) for w in re.findall(r"[\w+-]+", text))


def _sub(m: Mention, start: int, stop: int, t: _Text, type_: str | None = None) -> Mention:
    """A part of a span, keeping the matching words of the tagger's normal form where they line up."""
    normal = None
    if m.normal:
        have, norm = m.text.split(), m.normal.split()
        part = t.text[start:stop].split()
        if len(have) == len(norm) and part:
            offset = len(t.text[m.start:start].split())
            if t.text[m.start:start][-1:].strip():  # the part starts inside a word
                offset = -1
            if 0 <= offset and offset + len(part) <= len(norm) and have[offset:offset + len(part)] == part:
                normal = " ".join(norm[offset:offset + len(part)])
    return t.span(start, stop, type_ or m.type, normal)


@cache
def _known() -> dict[str, dict[str, str]]:
    """``orgs_ru.tsv``: ``{"abbr": {name: kind}, "key": {lemma key: kind}}``."""
    text = resources.files("khronika").joinpath("data", "orgs_ru.tsv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {"abbr": {}, "key": {}}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, listed = line.split("\t")
        for name in listed.split(";"):
            if name.isupper() or not re.search(r"[а-яё]", name):
                out["abbr"][name] = kind
            else:
                out["key"][_key(name)] = kind
    return out


def known_kind(text: str) -> str | None:
    """The kind (``org``, ``media``, ``seat``, ``facility``, ``common``, ``legal``) of a listed name, in any case."""
    k = _known()
    text = text.strip()
    return k["abbr"].get(text) or (k["key"].get(_key(text)) if re.search(r"[а-яё]", text) else None)


def is_country(text: str) -> bool:
    """A country name, also written with a space for its hyphen (``Коста Рика``)."""
    return bool(gazetteer.lookup_country(text) or gazetteer.lookup_country(text.replace(" ", "-")))


# --- lists and brackets -----------------------------------------------------------------------------

def split_at_separators(spans: list[Mention], t: _Text) -> list[Mention]:
    """A name never runs over a list separator: split spans at ``•``, ``,``, ``;``, ``|`` and line
    breaks (``Австрия • Бельгия`` → two places)."""
    out = []
    for m in spans:
        pos, parts = m.start, []
        for sep in SEPARATORS.finditer(m.text):
            parts.append((pos, m.start + sep.start()))
            pos = m.start + sep.end()
        if not parts:
            out.append(m)
            continue
        parts.append((pos, m.stop))
        out += [_sub(m, a, b, t) for a, b in parts if re.search(r"\w", t.text[a:b]) and _has_name(a, b, t)]
    return out


NOT_NAME_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "VERB", "AUX", "ADV", "NUM", "INTJ"})


def _has_name(start: int, stop: int, t: _Text) -> bool:
    """Some word of the part could be a name: capitalised or not in Cyrillic, and not a pronoun,
    verb or other function word (``Все`` opening the next line)."""
    return any((w.text[:1].isupper() or not re.search(r"[а-яё]", w.text.lower())) and w.pos not in NOT_NAME_POS
               for w in t.words(start, stop))


def split_at_brackets(spans: list[Mention], t: _Text) -> list[Mention]:
    """A bracket ends a name: ``Пол Смит (Paul Smith)`` is two person mentions, ``Фонд защиты
    природы (ФЗП)`` two organisation mentions.  An abbreviation in brackets after a person's
    name is the organisation the person belongs to (``архиепископ Иоанн Петров (РПЦ)``), and a name
    before one is a person's even when the tagger typed the whole as an organisation."""
    out = []
    for m in spans:
        if "(" not in m.text:
            out.append(m)
            continue
        for piece in re.finditer(r"[^()]+", m.text):
            a, b = m.start + piece.start(), m.start + piece.end()
            if not re.search(r"\w", t.text[a:b]):
                continue
            type_ = m.type
            inner = t.text[a - 1:a] == "("
            if inner and m.type == "PER" and all(w.text.isupper() and len(w.text) > 1 for w in t.words(a, b)):
                type_ = "ORG"
            elif not inner and m.type == "ORG" and _person_like(t.words(a, b)):
                type_ = "PER"
            out.append(_sub(m, a, b, t, type_))
    return out


def _person_like(words: list[Token]) -> bool:
    """Two or three capitalised words opening with a dictionary given name (``Иоанн Петров``)."""
    return (2 <= len(words) <= 3 and all(w.text[:1].isupper() and not w.text.isupper() for w in words)
            and any("Name" in p.tag for p in morph.analyzer().parse(words[0].text) if p.score > 0.1))


BRACKETED = re.compile(r"[»“”\"]?\s*\(([A-Z][\w&.'’ -]*[\w.]|[А-ЯЁA-Z]{2,}[А-ЯЁA-Z-]*)\)")


def name_in_brackets(spans: list[Mention], t: _Text) -> list[Mention]:
    """An abbreviation or an original Latin name in brackets right after an organisation's name
    names it too: ``Всемирный фонд дикой природы (WWF)``, ``«Сименс» (Siemens)``, and a
    second pair after the first (``(ФЗП) (Nature Protection Fund)``)."""
    have = {(m.start, m.stop) for m in spans}
    out = list(spans)
    for m in spans:
        if m.type != "ORG":
            continue
        pos = m.stop
        while (b := BRACKETED.match(t.text, pos)) is not None:
            if (b.start(1), b.end(1)) not in have:
                out.append(t.span(b.start(1), b.end(1), "ORG"))
                have.add((b.start(1), b.end(1)))
            pos = b.end()
    return out


def trim_edges(spans: list[Mention], t: _Text) -> list[Mention]:
    """Names start and end with a word: strip spaces, dashes and list marks at the edges, brackets
    and quotes left unpaired, and quotes around the whole span (``«Северсталь»`` → ``Северсталь``)."""
    out = []
    for m in spans:
        a, b = m.start, m.stop
        while a < b:
            s = t.text[a:b]
            if s[0] in " \t\n•·;,|—–-:" or (s[0] in PAIRS and PAIRS[s[0]] not in s[1:]) or s[0] in ")»”":
                a += 1
            elif s[-1] in " \t\n•·;,|—–-:" or (s[-1] in ")]»“”" and not _opened(s[:-1], s[-1])) or s[-1] in "(«„[":
                b -= 1
            elif s[0] in "«„\"" and s[-1] in "»“”\"" and len(s) > 2 and not re.search(r"[«»„“”\"]", s[1:-1]):
                a, b = a + 1, b - 1
            elif s.count('"') % 2 and (s[0] == '"' or s[-1] == '"'):  # an unpaired straight quote
                a, b = (a + 1, b) if s[0] == '"' else (a, b - 1)
            else:
                break
        if (a, b) == (m.start, m.stop):
            out.append(m)
        elif a < b and re.search(r"\w", t.text[a:b]):
            out.append(_sub(m, a, b, t))
    return out


def _opened(s: str, closer: str) -> bool:
    return any(o in s for o, c in PAIRS.items() if c == closer) or (closer == "“" and "„" in s)


# --- persons ----------------------------------------------------------------------------------------

def split_apposed_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """Two full names in apposition tagged as one span (``отца Ивана Петровича Сидорова Петра
    Сидорова``) are two mentions: split where the parser attaches a capitalised word as an
    apposition to a word outside the span, with two or more name words on each side."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "PER" else []
        ids = {w.id for w in words}
        cut = next((k for k, w in enumerate(words) if 2 <= k <= len(words) - 2 and w.rel == "appos"
                    and w.head_id not in ids and w.text[:1].isupper()), None)
        if cut is None:
            out.append(m)
        else:
            out += [_sub(m, m.start, words[cut - 1].stop, t), _sub(m, words[cut].start, m.stop, t)]
    return out


def split_surnames(spans: list[Mention], t: _Text) -> list[Mention]:
    """Two surnames tagged as one name (``Чем отблагодарит Нетаньяху Путина``) are two mentions when
    the document gives each as the surname of a full name elsewhere (``Биньямин Нетаньяху``,
    ``Владимир Путин``), compared by their first five letters (the case may differ)."""
    surnames = _surnames(spans)
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "PER" else []
        if len(words) == 2 and _two_surnames(words[0].text, words[1].text, surnames):
            out += [_sub(m, w.start, w.stop, t) for w in words]
        else:
            out.append(m)
    return out


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е")[:5]


def _last_words(spans: list[Mention]) -> set[str]:
    """The last words of the document's person names of two words or more: their surnames."""
    return {w[-1] for m in spans if m.type == "PER" and len(w := _name_words(m)) >= 2}


def _surnames(spans: list[Mention]) -> set[str]:
    """Stems of the document's surnames (``_last_words``)."""
    return {_stem(w) for w in _last_words(spans)}


def _two_surnames(a: str, b: str, surnames: set[str]) -> bool:
    """Are two single words two different surnames of the document's full names?"""
    if len(a.split()) > 1 or len(b.split()) > 1:
        return False
    return _stem(a) in surnames and _stem(b) in surnames and _stem(a) != _stem(b)


def _name_words(m: Mention) -> list[str]:
    return [w for w in re.findall(r"[\w.-]+", m.text) if re.search(r"\w", w)]


def plausible_name(first: Mention, second: Mention, cases: tuple[str | None, str | None] = (None, None)) -> bool:
    """Do two adjacent person spans make one name?  Yes for a given name and patronymic (or
    initials) followed by a one-word surname (``Иваном Петровичем`` + ``Сидоровым``); no when the
    first is already a complete name of two or more words, when the words are tagged in different
    cases (``вдова Петрова`` + ``Анна Ивановна``), or when the whole would be longer than four
    words."""
    a, b = _name_words(first), _name_words(second)
    if not a or not b:
        return False
    if len(b) == 1 and (names.is_patronymic(a[-1]) or all(names.INITIAL.match(w.rstrip(".")) for w in a)):
        return True
    if all(cases) and cases[0] != cases[1]:
        return False
    return len(a) == 1 and len(a) + len(b) <= 4


def split_known_organisation(spans: list[Mention], t: _Text) -> list[Mention]:
    """A person span that opens with a listed organisation is the organisation and the person
    (``оператор Аль-Джазиры Сами аль-Хадж``, ``лидера Аль-Каиды Усамы бен Ладена``)."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "PER" else []
        cut = next((i for i in range(len(words) - 1, 0, -1)
                    if known_kind(t.text[m.start:words[i - 1].stop]) in ("org", "media")), None)
        if cut is None:
            out.append(m)
            continue
        out += [_sub(m, m.start, words[cut - 1].stop, t, "ORG"), _sub(m, words[cut].start, m.stop, t)]
    return out


def join_person_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """``join_names`` with the document's tokens (the case at the seam is checked)."""
    return join_names(spans, t.text, t.tokens)


def join_names(spans: list[Mention], text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Join person spans separated by spaces alone when together they make one plausible name (the
    tagger splits long Russian and East Asian names: ``Пака`` + ``Чон Хи``).  ``tokens`` give
    the tagged case of the words at the seam; without them case is not checked."""
    case_at = {}
    for tok in tokens or ():
        case_at[tok.start] = case_at[tok.stop] = tok.feats.get("Case")
    surnames = _surnames(spans)
    out: list[Mention] = []
    for s in sorted(spans, key=lambda m: (m.start, m.stop)):
        prev = next((p for p in reversed(out) if p.type == "PER"), None) if out else None
        gap = text[prev.stop:s.start] if prev else ""
        if (prev and prev is out[-1] and s.type == "PER" and s.start > prev.stop and not gap.strip()
                and "\n" not in gap and not _two_surnames(prev.text, s.text, surnames)
                and plausible_name(prev, s, (case_at.get(prev.stop), case_at.get(s.start)))):
            out[-1] = Mention(prev.start, s.stop, "PER", text[prev.start:s.stop])
        else:
            out.append(s)
    return out


# --- types and non-names ----------------------------------------------------------------------------

def retype_countries(spans: list[Mention], t: _Text) -> list[Mention]:
    """A country or a capital is a place even when tagged as a person (``Эфиопия`` in a list of
    countries, ``Улан-Батор`` in a dateline)."""
    return [_sub(m, m.start, m.stop, t, "LOC") if m.type == "PER" and (
        is_country(m.text) or gazetteer.lookup_capital(m.text)) else m for m in spans]


def drop_non_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """Spans that name nothing: common-noun abbreviations (``СМИ``), a legal form alone (``ПАО``),
    numbers, domain names (``.РФ``), phrases headed by a common noun (``по московскому времени``),
    titles of works after ``статья``/``книга``/``фильм``…, and quoted names of vehicles after ``шаттл``/``корабль``/
    ``телескоп``… (``корабль «Прогресс»``, with every other span of that name in the document)."""
    vehicles = {w.text for w, quote in zip(t.tokens[1:], t.tokens) if w.text[:1].isupper() and quote.text in QUOTES
                and _lemma((t.before(w.start, skip=QUOTES) or quote).text) in VEHICLE_WORDS}
    for m in (m for m in spans if m.type != "PER"):
        inside = t.words(m.start, m.stop)
        if any(_lemma(w.text) in VEHICLE_WORDS for w in inside[:-1]):
            vehicles.add(inside[-1].text)
    out = []
    for m in spans:
        words = t.words(m.start, m.stop)
        prev = t.before(m.start, skip=QUOTES)
        quoted = t.text[m.start - 1:m.start] in QUOTES
        if (known_kind(m.text) in ("common", "legal") or not re.search(r"[^\W\d_]", m.text)
                or (words and words[-1].text in vehicles and m.type != "PER")
                or (words and words[-1].text[:1].islower() and _lemma(words[-1].text) in NON_NAME_HEADS)
                or (quoted and prev is not None and _lemma(prev.text) in WORK_WORDS)
                or _domain(m, t)):
            continue
        out.append(m)
    return out


def _domain(m: Mention, t: _Text) -> bool:
    """A domain zone (``в зоне .РФ``, ``сайт кремль.рф``), not the country: a dot right before a
    short span, or a dot standing alone before it."""
    return t.text[m.start - 1:m.start] == "." and (len(m.text) <= 3 or not t.text[m.start - 2:m.start - 1].strip())


def known_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """Types from the gazetteer ``orgs_ru.tsv``: international organisations are ORG (``ЕС``,
    ``Евросоюзом``, ``Европейского союза``), facilities LOC (``МКС``), a seat of power ORG
    (``Кремль`` as the Russian presidency) except after a place preposition (``в Белом доме``)."""
    out = []
    for m in spans:
        kind = known_kind(m.text)
        type_ = {"org": "ORG", "media": "ORG", "facility": "LOC"}.get(kind or "", m.type)
        if kind == "seat":
            prev = t.before(m.start, skip=QUOTES)
            type_ = m.type if prev and prev.text.lower() in PLACE_PREPOSITIONS else "ORG"
        out.append(m if type_ == m.type else _sub(m, m.start, m.stop, t, type_))
    return out


def quoted_after_kind(spans: list[Mention], t: _Text) -> list[Mention]:
    """A capitalised name in quotes right after a word naming a kind of organisation is an
    organisation (``партии «Путь Грузии»``), whatever the tagger saw inside the quotes."""
    out = list(spans)
    for i, q in enumerate(t.tokens[1:-1], 1):
        closer = PAIRS.get(q.text, q.text)
        if q.text not in "«„“\"" or _lemma(t.tokens[i - 1].text) not in ORG_BODY_WORDS:
            continue
        close = next((j for j in range(i + 1, min(i + 9, len(t.tokens))) if t.tokens[j].text == closer), None)
        if close is None or close == i + 1 or not t.tokens[i + 1].text[:1].isupper():
            continue
        a, b = t.tokens[i + 1].start, t.tokens[close - 1].stop
        if "\n" in t.text[a:b] or any(m.start == a and m.stop == b and m.type == "ORG" for m in out):
            continue
        out = [m for m in out if not (a <= m.start and m.stop <= b)] + [t.span(a, b, "ORG")]
    return out


def facilities_are_places(spans: list[Mention], t: _Text) -> list[Mention]:
    """A built place is a location, not an organisation: a name right after ``аэропорт``,
    ``бизнес-центр``, ``магазин``… (``в аэропорту «Внуково»``), or headed by ``дворец``/``дом``
    (``во Дворце спорта``, ``в Доме кино``)."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "ORG" else []
        prev = t.before(m.start, skip=QUOTES) if words else None
        head = next((w for w in words if w.pos in ("NOUN", "PROPN")), None)
        if (prev and _lemma(prev.text) in FACILITY_WORDS) or (head and head.text[:1].isupper() and len(words) > 1
                                                                and _lemma(head.text) in FACILITY_HEADS):
            m = _sub(m, m.start, m.stop, t, "LOC")
        out.append(m)
    return out


def repeated_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """An organisation's name of two or more words means the same organisation wherever the
    document repeats it, in any case and with a capital: ``«Новой газеты»`` … ``Новая газета
    сообщила`` (where the tagger saw only a place) is an organisation mention too."""
    wanted = {tuple(_lemma(w.text) for w in t.words(m.start, m.stop)) for m in spans if m.type == "ORG"}
    wanted = {n for n in wanted if len(n) >= 2}
    have = {(m.start, m.stop) for m in spans if m.type == "ORG"}
    words = [w for w in t.tokens if re.search(r"\w", w.text)] if wanted else []
    out = list(spans)
    for n in wanted:
        for i in range(len(words) - len(n) + 1):
            window = words[i:i + len(n)]
            a, b = window[0].start, window[-1].stop
            if (window[0].text[:1].isupper() and (a, b) not in have and not re.search(r"[\n.;,]", t.text[a:b])
                    and all(_lemma(w.text) == x for w, x in zip(window, n))):
                out.append(t.span(a, b, "ORG"))
                have.add((a, b))
    return out


def repeated_surnames(spans: list[Mention], t: _Text) -> list[Mention]:
    """A surname of a full name tagged in the document is a person wherever it recurs untagged, in
    any case (``Лавров и Ван И обсудили …`` in a headline above ``Сергей Лавров``): a capitalised
    word that is no common noun and opens with the surname (less a final vowel)."""
    stems = {w.lower()[:-1] if w[-1].lower() in "аяоеуюиыэ" else w.lower()
             for w in _last_words(spans) if len(w) >= 4 and w[:1].isupper()}
    if not stems:
        return spans
    covered = [(m.start, m.stop) for m in spans]
    out = list(spans)
    for w in t.tokens:
        low = w.text.lower()
        if (w.text[:1].isupper() and not w.text.isupper() and any(low.startswith(x) and len(low) - len(x) <= 3
                                                                  for x in stems)
                and not any(a <= w.start and w.stop <= b for a, b in covered) and not names.is_common_noun(w.text)):
            out.append(t.span(w.start, w.stop, "PER"))
    return out


def repeated_words(spans: list[Mention], t: _Text) -> list[Mention]:
    """A one-word organisation name (not a country, not a common noun) is an organisation wherever
    the same word recurs untagged in the document (``Siemens`` … ``инженер Siemens``); a word opening
    a sentence only when the tagger reads it as a proper noun."""
    singles = {m.text for m in spans if m.type == "ORG" and len(t.words(m.start, m.stop)) == 1
               and not is_country(m.text) and not names.is_common_noun(m.text)}
    covered = [(m.start, m.stop) for m in spans]
    out = list(spans)
    for w in t.tokens:
        if (w.text in singles and (w.start not in t.first or w.pos == "PROPN")
                and not any(a <= w.start and w.stop <= b for a, b in covered)):
            out.append(t.span(w.start, w.stop, "ORG"))
    return out


# --- boundaries -------------------------------------------------------------------------------------

def trim_title(spans: list[Mention], t: _Text) -> list[Mention]:
    """A job title before an organisation is not part of its name: ``Замглавы Федеральной
    таможенной службы`` → ``Федеральной таможенной службы``."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "ORG" else []
        if len(words) >= 2 and names.title_lemma(words[0].text) and words[1].text[:1].isupper():
            m = _sub(m, words[1].start, m.stop, t)
        out.append(m)
    return out


def trim_legal_form(spans: list[Mention], t: _Text) -> list[Mention]:
    """An organisation's name is what stands in quotes after its legal form or kind: ``ОАО
    «Северсталь»``, ``РИА «Восток»``, ``концерн «Сименс»`` → the quoted name; unquoted, a listed
    legal form or agency prefix and an organisation-kind word are dropped (``ИА Reuters``,
    ``агентство Bloomberg``)."""
    out = []
    for m in spans:
        q = re.match(r"^(.+?)\s*[«„\"“]([^«»„“”\"]+)[»“”\"]?$", m.text) if m.type == "ORG" else None
        words = t.words(m.start, m.stop)
        if q and len(q.group(1).split()) <= 3 and re.search(r"\w", q.group(2)):
            a = m.start + q.start(2)
            out.append(_sub(m, a, a + len(q.group(2).rstrip()), t))
        elif (m.type == "ORG" and len(words) >= 2 and (known_kind(words[0].text) == "legal"
                                                       or _lemma(words[0].text) in ORG_KIND_WORDS)
              and (words[1].text[:1].isupper() or not re.search(r"[а-яё]", words[1].text.lower()))):
            out.append(_sub(m, words[1].start, m.stop, t))
        else:
            out.append(m)
    return out


def trim_street_words(spans: list[Mention], t: _Text) -> list[Mention]:
    """A place's descriptor word is not part of its name: ``Пушкинской площади`` → ``Пушкинской``,
    ``острове Врангеля`` → ``Врангеля``.  Regions keep theirs (``Тульской области``, ``Пермский
    край``): there the word belongs to the name."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop) if m.type == "LOC" else []
        if len(words) >= 2 and _lemma(words[-1].text) in STREET_WORDS:
            m = _sub(m, m.start, words[-2].stop, t)
        elif len(words) >= 2 and _lemma(words[0].text) in FEATURE_WORDS:
            m = _sub(m, words[1].start, m.stop, t)
        out.append(m)
    return out


def _genitive(m: Mention, t: _Text) -> bool:
    words = t.words(m.start, m.stop)
    if not words:
        return False
    case = words[0].feats.get("Case")
    return case == "Gen" or (case is None and words[0].text.isupper())


def extend_over_genitive(spans: list[Mention], t: _Text) -> list[Mention]:
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
        nxt = t.after(m.stop)
        n = by_start.get(nxt.start) if nxt else None
        if (n is None or n.type not in ("ORG", "LOC") or t.text[m.stop:n.start] != " " or not _genitive(n, t)
                or t.text[m.stop - 1:m.stop] in QUOTES):
            continue
        normal = f"{m.normal} {n.text}" if m.normal else None
        out[i] = t.span(m.start, n.stop, "ORG", normal)
        if by_start.get(m.start) is m:
            by_start[m.start] = out[i]
    return out


def extend_over_attachment(spans: list[Mention], t: _Text) -> list[Mention]:
    """What an organisation is attached to belongs to its name: ``при`` and the body or office
    (``Совет при губернаторе``, ``Общественный совет при министерстве``), ``по`` and the
    territory of a branch (``УФСБ по Москве``, ``… и Московской области``)."""
    places = {m.start: m for m in spans if m.type == "LOC"}
    out = []
    for m in spans:
        word = t.after(m.stop) if m.type == "ORG" else None
        stop = None
        if word and word.text == "при" and t.text[m.stop:word.start] == " ":
            stop = _attached_body(t, word.stop)
        elif word and word.text == "по" and t.text[m.stop:word.start] == " ":
            place = places.get(getattr(t.after(word.stop), "start", -1))
            while place is not None:
                stop = place.stop
                conj = t.after(place.stop)
                nxt = t.after(conj.stop) if conj and conj.text == "и" else None
                place = places.get(nxt.start) if nxt else None
        out.append(t.span(m.start, stop, "ORG") if stop else m)
    return out


def _attached_body(t: _Text, start: int) -> int | None:
    """End of the body or office after ``при``: adjectives, a noun that names a body, an office or
    is capitalised, and its genitive modifiers (``при главном архитекторе Москвы``)."""
    i = bisect.bisect_left(t.starts, start)
    toks = t.tokens
    while i < len(toks) and toks[i].pos == "ADJ":
        i += 1
    if i >= len(toks) or toks[i].pos not in ("NOUN", "PROPN"):
        return None
    head = toks[i]
    if not (head.text[:1].isupper() or names.title_lemma(head.text) or _lemma(head.text) in BODY_WORDS):
        return None
    stop = head.stop
    i += 1
    while i < len(toks) and toks[i].feats.get("Case") == "Gen" and toks[i].pos in ("NOUN", "PROPN", "ADJ"):
        stop = toks[i].stop if toks[i].pos != "ADJ" else stop
        i += 1
    return stop


def include_place_adjective(spans: list[Mention], t: _Text) -> list[Mention]:
    """A relational adjective in ``-ский`` right before an organisation, in its case, is part of
    its name (``французского МИДа``, ``петербургского «Зенита»``); qualities are not (``нового
    парламента``)."""
    out = []
    for m in spans:
        words = t.words(m.start, m.stop)
        prev = t.before(m.start, skip=QUOTES) if m.type == "ORG" and words else None
        if (prev and prev.pos == "ADJ" and prev.text[:1].islower() and RELATIONAL.search(prev.text)
                and prev.feats.get("Case") == words[0].feats.get("Case") and not _office_country(prev, t)
                and t.text[prev.stop:m.start].strip() in ("", "«", "\"", "„")):
            stop = m.stop
            opener = t.text[prev.stop:m.start].strip()
            if opener and t.text[stop:stop + 1] == {"«": "»", "„": "“"}.get(opener, opener):
                stop += 1  # the quoted name is taken whole, quotes and all (``петербургского «Зенита»``)
            m = t.span(prev.start, stop, "ORG")
        out.append(m)
    return out


def _office_country(adjective: Token, t: _Text) -> bool:
    """A country adjective right after a job title says whose office it is (``глава турецкого
    Минобороны``: the Turkish defence minister), which the role stage reads from the adjective."""
    title = t.before(adjective.start)
    return bool(title and names.title_lemma(title.text) and gazetteer.adjective_country(adjective.text))


# --- nesting ----------------------------------------------------------------------------------------

def add_place_names(spans: list[Mention], t: _Text) -> list[Mention]:
    """A country or continent named by a capitalised word is a place mention: inside an
    organisation's name (``МИД [России]``, ``Совета [Европы]``) and where the tagger missed it
    (``чемпион [Европы]``).  Not inside a person's name, and not where the word is the whole
    organisation span (``правительства Китая`` as a government)."""
    covered = [(m.start, m.stop, m.type) for m in spans]
    out = list(spans)
    for tok in t.tokens:
        if not tok.text[:1].isupper() or (tok.pos not in ("PROPN", "NOUN") and not tok.text.isupper()):
            continue
        over = [c for c in covered if c[0] <= tok.start and tok.stop <= c[1]]
        if any(c[2] in ("LOC", "PER") for c in over) or any((c[0], c[1]) == (tok.start, tok.stop) for c in over):
            continue
        if (tok.start in t.first and tok.pos != "PROPN") or t.text[tok.start - 1:tok.start] == ".":
            continue
        if is_country(tok.text) or (len(tok.text) > 3 and _lemma(tok.text) in CONTINENTS):
            out.append(t.span(tok.start, tok.stop, "LOC"))
    return out


def dedupe(spans: list[Mention]) -> list[Mention]:
    """One span per (start, stop, type), in text order."""
    seen: dict[tuple, Mention] = {}
    for m in sorted(spans, key=lambda m: (m.start, -m.stop, m.type)):
        seen.setdefault((m.start, m.stop, m.type), m)
    return list(seen.values())


RULES = (
    # lists and brackets
    split_at_separators, split_at_brackets, trim_edges,
    # persons
    split_apposed_names, split_surnames, split_known_organisation, join_person_names,
    # types and non-names
    retype_countries, drop_non_names, known_names, quoted_after_kind, facilities_are_places,
    # boundaries that shrink
    trim_legal_form, trim_title, trim_edges, trim_street_words,
    # organisations named again
    name_in_brackets, repeated_names, repeated_words, repeated_surnames,
    # boundaries that grow
    extend_over_genitive, extend_over_attachment, include_place_adjective,
    # nesting
    add_place_names,
)


def refine(doc: Document) -> list[Mention]:
    """The document's NER spans after every rule."""
    t = _Text(doc)
    spans = list(doc.ner)
    for rule in RULES:
        spans = rule(spans, t)
    return dedupe(spans)


class SpanStage:
    name = "spans"
    requires = frozenset({"text", "sentences", "ner"})
    provides = frozenset({"ner"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(ner=tuple(refine(doc)))
