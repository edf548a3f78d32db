"""Boilerplate that a page prints on one line or next to its date stamp.

* a row of page controls (``Поделиться   ВКонтакте   Telegram   Одноклассники``, ``👁 3,2K  ↗ Поделиться``,
  ``Поделиться: Facebook  X  Telegram``): every item of the line a control, a network or a counter;
* a row of menu items (``Политика   Экономика   Мир   Общество   Спорт``, ``Главная / Пресс-центр / Новости``):
  ``row_menu_items`` single capitalised words or more, set apart by wide spaces or bars (a headline never is),
  or fewer with a page control among them;
* a byline standing alone: a person's name and nothing else on the line just above or below the date stamp,
  the dateline or the header date (``Опубликовано: 02.11.2029, 10:15`` / ``Ольга Осокина``);
* a byline closing the text: a person's name alone on the last line of the text, after a paragraph
  (``…продолжить контакты.`` / ``Ольга Осокина`` / ``Реклама``), whatever page lines follow it, or with the outlet
  after a comma (``Ольга Осокина, BBC``);
* an author box closing the article (``Об авторе`` / ``Ольга Осокина — политолог, …``), or a name alone over a line
  of the author's job or degrees (``Ольга Осокина`` / ``политолог, доцент университета``);
* a signature in brackets (``[Корреспонденты: Чжан Вэйминь, Анна Осокина]``), read as the byline it holds.

Each rule marks line indices with a reason, as the rules of ``boiler`` do.
"""
from __future__ import annotations

import re

from ... import gazetteer, names
from ...morph import fold
from ...settings import CleanSettings
from .lines import WORDS, Line, phrases

_NETWORKS = frozenset(fold(w) for w in WORDS["SHARE_NETWORKS"])
# The items of a row: set apart by two spaces or more, a tab, a bar, a slash, a bullet or a colon.
_SEPARATORS = re.compile(r"\s{2,}|\t|\s*[|/•·›»]\s*|:\s+")
# A counter or a symbol: "👁 3,2K", "↗", "1,4K", "12".
_COUNTER = re.compile(r"^[^\w]*(?:\d[\d\s,.]*[KkКкMМ]?\+?)?[^\w]*$")
# A labelled counter: "Комментарии 1,4K", "Просмотры 12".
_LABELLED = re.compile(r"^(?:комментари\w*|просмотр\w*|репост\w*|лайк\w*)\s*:?\s*\d[\d\s,.]*[KkКкMМ]?$", re.I)
_WORD = re.compile(r"^[A-ZА-ЯЁ][\w\-]*$")
_BRACKETS = re.compile(r"^[\[(](.{3,200})[\])]$")
# A person's name alone: two or three capitalised words, the first a given name ("Ольга Осокина"), the surname maybe in
# capitals as newspapers sign ("Ольга ОСОКИНА").
_NAME_LINE = re.compile(r"^([A-ZА-ЯЁ][a-zа-яё]+)(?:[ \-][A-ZА-ЯЁ][a-zа-яё]+){0,1}"
                        r"[ \-](?:[A-ZА-ЯЁ][a-zа-яё]+|[A-ZА-ЯЁ]{2,}(?:-[A-ZА-ЯЁ]{2,})?)$")
# A name signed with initials: "О. Осокина", "О.Н. Осокина", "Осокина О. Н."
_INITIALS_LINE = re.compile(r"^(?:[А-ЯЁA-Z]\.\s?){1,2}(?P<a>[А-ЯЁA-Z][а-яёa-z]{2,}(?:-[А-ЯЁA-Z][а-яёa-z]+)?)$"
                            r"|^(?P<b>[А-ЯЁA-Z][а-яёa-z]{2,}(?:-[А-ЯЁA-Z][а-яёa-z]+)?)\s(?:[А-ЯЁA-Z]\.\s?){1,2}$")
# Several authors' names on one line: "Иван Петров, Ольга Осокина", "Иван Петров и Ольга Осокина"
_NAMES_APART = re.compile(r"\s*,\s*|\s+и\s+")
# Where the author wrote from, after the name: "Ольга Осокина (Лима)"
_PLACE_AFTER = re.compile(r"\s*\((?P<place>[А-ЯЁ][\w -]{1,40})\)$")
_PARAGRAPH_END = frozenset(".!?…»\")")


def _item(s: str, is_ui) -> str | None:
    """What a row's item is: ``ui`` (a page control or a network), ``counter``, ``word`` (a capitalised word),
    or None (text)."""
    s = s.strip()
    bare = s.strip(" \t:.!?›»>→↗…|•·")
    if is_ui(s) or fold(bare) in _NETWORKS or (bare and is_ui(re.sub(r"^[^\w]+", "", bare))):
        return "ui"
    if _COUNTER.match(s) or _LABELLED.match(s):
        return "counter"
    if _WORD.match(bare) and not any(c.isdigit() for c in bare):
        return "word"
    return None


def mark_rows(lines: list[Line], reasons: dict[int, str], settings: CleanSettings, is_ui) -> None:
    """Drop a line that is a row of page controls or of menu items (see the module docstring)."""
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s or i in reasons or len(s) > settings.max_byline:
            continue
        items = [x for x in _SEPARATORS.split(s) if x.strip()]
        if len(items) < 2:
            continue
        kinds = [_item(x, is_ui) for x in items]
        if _breadcrumb(items, kinds, s):
            reasons[i] = "menu"
            continue
        if None in kinds:
            continue
        controls, words = kinds.count("ui"), kinds.count("word")
        if controls and controls + kinds.count("counter") >= 2:
            reasons[i] = "ui"
        elif words + controls >= settings.row_menu_items or (controls and words and len(items) >= 3):
            reasons[i] = "menu"


def _breadcrumb(items: list[str], kinds: list[str | None], s: str) -> bool:
    """A breadcrumb: the site's home page (``Главная``), then the sections down to the page, each a few words apart by
    a slash, a bar or an arrow (``Главная / Новости / В мире``, ``Главная › Политика › Международные отношения``)."""
    return kinds[0] == "ui" and _CRUMB_SEPARATORS.search(s) is not None and all(
        len(x.split()) <= _CRUMB_WORDS and not _SENTENCE_MARK.search(x) for x in items[1:])


_CRUMB_SEPARATORS = re.compile(r"\s[/|›»>→]\s|\s[/|›»>→]$")
_CRUMB_WORDS = 4  # a section's name is a few words
_SENTENCE_MARK = re.compile(r"[.!?:;]\s|[.!?]$")


def row_items(s: str) -> list[str]:
    """The items of a row of page controls or menu items, as ``mark_rows`` splits it."""
    return [x.strip() for x in _SEPARATORS.split(s) if x.strip()]


def mark_stamp_bylines(lines: list[Line], reasons: dict[int, str], heads: set[int]) -> None:
    """Drop a person's name alone on the line just above or below a date stamp, a dateline or a header
    date (``heads``: their line indices), also with the author's desk on a line between (``Анна Осокина`` / ``Русская
    служба Вестника`` / ``8 октября 2031``), and such a line that names the author beside its date."""
    for i in heads:
        parts = [p.strip() for p in _BESIDE.split(lines[i].text.strip())]
        if len(parts) > 1 and any(named_person(p) for p in parts):
            reasons[i] = "byline"  # "24.11.2031 17:32 | Анна Осокина": the author beside the date, already read
            continue
        for step in (-1, 1):
            k = _neighbour(lines, i, step)
            if k is None or k in reasons:
                continue
            if named_person(lines[k].text.strip()):
                reasons[k] = "byline"
            elif _desk(lines[k].text.strip()) and (n := _neighbour(lines, k, step)) is not None and n not in reasons \
                    and named_person(lines[n].text.strip()):  # "Анна Осокина" / "Русская служба Вестника" / <date>
                reasons[k] = reasons[n] = "byline"


_BESIDE = re.compile(r"\s+[|•·]\s+")  # "24.11.2031 17:32 | Анна Осокина"
_DESKS = frozenset(WORDS["BYLINE_DESKS"]) | frozenset(WORDS["BYLINE_JOBS"])
_DESK_WORDS = 6  # a desk's line is at most this long


def _desk(s: str) -> bool:
    """A short line that names the desk, the service or the job of the author above it (``Русская служба Вестника``,
    ``Отдел международной политики``, ``Специальный корреспондент``), or an outlet (``Интерфакс``)."""
    words = s.split()
    return (0 < len(words) <= _DESK_WORDS and s[-1:] not in _PARAGRAPH_END
            and (any(w.lower() in _DESKS for w in words) or outlet_name(s)))


def named_person(s: str) -> bool:
    """A person's name alone, as a byline signs it: two or three capitalised words opening with a given name (``Анна
    Осокина``, ``Анна ОСОКИНА``), a surname with initials (``А. Осокина``, ``Осокина А. Н.``; not a city's short
    name, ``Н. Новгород``), several of them (``Иван Петров, Анна Осокина``, ``… и …``), each maybe with the place
    written from (``Анна Осокина (Лима)``)."""
    parts = _NAMES_APART.split(s.strip())
    return len(parts) <= _MOST_AUTHORS and all(map(_one_name, parts))


_MOST_AUTHORS = 3


def _one_name(s: str) -> bool:
    place = _PLACE_AFTER.search(s)
    if place and gazetteer.place_name(place["place"]):
        s = s[:place.start()]
    m = _NAME_LINE.match(s)
    if m is not None:
        return names.given_name(m.group(1))
    m = _INITIALS_LINE.match(s)
    surname = m and (m["a"] or m["b"])
    return bool(surname) and (names.slavic_surname(surname) or names.known_name(surname)) \
        and gazetteer.place_name(surname) is None


def mark_closing_byline(lines: list[Line], reasons: dict[int, str], is_stamp=lambda s: False) -> None:
    """Drop a person's name alone on the last line of the text (lines already dropped, such as page controls
    after it, aside) when the line before it ends a paragraph: the author's signature; or such a line that sets
    the author beside the page's date stamp (``is_stamp``), labelled or not (``Дата 02.03.2031 | Автор Анна
    Рогова``, ``Анна Рогова · 02.03.2031``)."""
    kept = [i for i, line in enumerate(lines) if line.text.strip() and i not in reasons]
    if len(kept) < 3:
        return
    last, before = lines[kept[-1]].text.strip(), lines[kept[-2]].text.strip()
    if named_person(signed_name(last) or credited_name(last) or last) and before[-1:] in _PARAGRAPH_END:
        reasons[kept[-1]] = "byline"
    elif len(parts := [p.strip() for p in _BESIDE.split(last)]) > 1 and any(map(labelled_name, parts)) \
            and all(labelled_name(p) or is_stamp(p) for p in parts):
        reasons[kept[-1]] = "byline"


def mark_dangling_bylines(lines: list[Line], reasons: dict[int, str]) -> None:
    """Drop a person's name alone before a separator left dangling (``Анна Осокина ·``, ``Анна Осокина |``): a byline
    beside a date stamp the page's markup held apart (``<time>``), whose date the reader took already."""
    for i, line in enumerate(lines):
        s = line.text.strip()
        if i not in reasons and s[-1:] in _DANGLING and named_person(s.rstrip(_DANGLING + " ")):
            reasons[i] = "byline"


_DANGLING = "·|•/—–-"


def labelled_name(s: str) -> bool:
    """A person's name alone, or after a byline's label (``Автор Анна Рогова``, ``Текст: Анна Рогова``); after the
    label any two to four capitalised words are a name (a foreign one the given names lack: ``Автор: Кваме Асанте``)."""
    label, _, rest = s.partition(" ")
    rest = rest.strip().lstrip(":").strip()
    return named_person(s) or bool(rest) and _byline_label(label) and (
        named_person(rest) or bool(_CAPITALISED_NAME.fullmatch(rest)))


_CAPITALISED_NAME = re.compile(r"[А-ЯЁA-Z][а-яёa-z'’]+(?:-[А-ЯЁA-Z]?[а-яёa-z'’]+)?(?: [А-ЯЁA-Z][а-яёa-z'’]+"
                               r"(?:-[А-ЯЁA-Z]?[а-яёa-z'’]+)?){1,3}")


def signed_name(s: str) -> str | None:
    """The name of a signature that names its outlet after a comma (``Ольга Осокина, BBC``, ``Пьер Дюпон, AFP``):
    a known outlet or an abbreviation in capitals, or the city written from (``Ольга Осокина, Лима``); else None."""
    m = _SIGNED.match(s)
    if m is None or not (m["outlet"].isupper() or m["outlet"].lower() in _OUTLETS
                         or gazetteer.place_name(m["outlet"])):  # "Ольга Осокина, Лима": the place written from
        return None
    return m["name"]


_OUTLETS = frozenset(name.lower() for name in gazetteer.listed("media"))


def credited_name(s: str) -> str | None:
    """The name of a signature with the author's job or degrees after a comma or a dash, in small letters (``Анна
    Осокина, политолог``, ``Анна Осокина — кандидат исторических наук, доцент``, ``Анна Осокина, специально для
    «Вестника»``); else None.  Read only where a byline stands: above the lead and below the last paragraph."""
    m = _CREDITED.match(s)
    return m["name"] if m and named_person(m["name"]) else None


_CREDITED = re.compile(r"^(?P<name>[^,—–]{3,60}?)\s*(?:,|\s[—–])\s*(?P<rest>[а-яё][^.!?:;]{1,160})$")


def mark_author_box(lines: list[Line], reasons: dict[int, str]) -> None:
    """Drop an author box closing the article: its heading (``Об авторе``) and the few lines below it to the end of
    the text, the first opening with the author's name (``Анна Осокина — политолог, …``); or a name alone over a line
    of the author's job or degrees (``Анна Осокина`` / ``политолог, доцент университета``), anywhere."""
    kept = [i for i, line in enumerate(lines) if line.text.strip() and i not in reasons]
    for n, i in enumerate(kept):
        rest = kept[n + 1:]
        if fold(lines[i].text.strip().rstrip(":").strip()) in _AUTHOR_BOX and 0 < len(rest) <= _BOX_LINES \
                and _opens_with_name(lines[rest[0]].text.strip()):
            reasons.update((k, "byline") for k in [i, *rest])
            return
        if rest and named_person(lines[i].text.strip()) and _credentials(lines[rest[0]].text.strip()):
            reasons[i] = reasons[rest[0]] = "byline"


_AUTHOR_BOX = frozenset(fold(p) for p in phrases("author"))
_BOX_LINES = 3  # an author box is a line or a few
_CREDENTIAL_WORDS = frozenset(WORDS["CREDENTIALS"]) | frozenset(WORDS["BYLINE_JOBS"])
_BOX_NAME = re.compile(r"^(?P<name>[A-ZА-ЯЁ][\w.-]*(?: [A-ZА-ЯЁ][\w.-]*){1,2})\s*(?:[,—–]|$)")


def _opens_with_name(s: str) -> bool:
    m = _BOX_NAME.match(s)
    return m is not None and named_person(m["name"])


def _credentials(s: str) -> bool:
    """A short line of an author's job or degrees, in small letters (``политолог, эксперт клуба``)."""
    words = s.split()
    return 0 < len(words) <= _DESK_WORDS * 2 and s[-1:] not in _PARAGRAPH_END \
        and words[0].strip(",").lower() == words[0].strip(",") and words[0].strip(",") in _CREDENTIAL_WORDS


def outlet_name(s: str) -> bool:
    """A line that is only the name of a known outlet (``Интерфакс``, ``Лента.ру``)."""
    return s.strip().lower() in _OUTLETS
_SIGNED = re.compile(r"^(?P<name>[A-ZА-ЯЁ][a-zа-яё]+(?:[ \-][A-ZА-ЯЁ][a-zа-яё]+){1,2}),\s*"
                     r"(?P<outlet>[A-ZА-ЯЁ][\w.-]{1,20}(?: [\w.-]{1,20}){0,2})$")


def mark_heading_byline(lines: list[Line], reasons: dict[int, str]) -> None:
    """Drop a person's name alone on a line (maybe with its Latin spelling in parentheses: ``Анна Петрова (Anna
    Petrova)``) between the headline lines and the first paragraph of the text: the author's."""
    kept = [i for i, line in enumerate(lines) if line.text.strip() and i not in reasons][:_HEADING_LINES]
    for n, i in enumerate(kept[1:-1], start=1):
        text = _LATIN_AFTER.sub("", lines[i].text.strip())
        text = signed_name(text) or credited_name(text) or text  # "Анна Осокина, Лима", "Анна Осокина, политолог"
        above, below = lines[kept[n - 1]].text.strip(), lines[kept[n + 1]].text.strip()
        if named_person(text) and above[-1:] not in _PARAGRAPH_END and len(below) >= _LEAD_CHARS:
            reasons[i] = "byline"
            return


_HEADING_LINES = 8  # the first lines of a text where a headline and its byline stand
_LEAD_CHARS = 120  # a first paragraph is at least this long
_LATIN_AFTER = re.compile(r"\s*\([A-Za-z][A-Za-z .'-]{2,60}\)$")


def mark_label_bylines(lines: list[Line], reasons: dict[int, str]) -> None:
    """Drop a byline set on two lines: a label alone (``Автор``, ``Текст:``, ``Редактор``) above a person's name alone,
    or a person's name alone above the job alone (``Анна Осокина`` / ``Редактор``)."""
    for i, line in enumerate(lines):
        if i in reasons or not _byline_label(line.text):
            continue
        for k in (_neighbour(lines, i, 1), _neighbour(lines, i, -1)):
            if k is not None and named_person(lines[k].text.strip()):
                reasons[i] = reasons[k] = "byline"
                break


_LABELS = frozenset(fold(p.rstrip(":")) for p in phrases("byline") if not p.endswith("—")) | frozenset(
    fold(w) for w in WORDS["BYLINE_JOBS"])


def _byline_label(s: str) -> bool:
    return fold(s.strip().rstrip(":").strip()) in _LABELS


def _neighbour(lines: list[Line], i: int, step: int) -> int | None:
    k = i + step
    while 0 <= k < len(lines) and not lines[k].text.strip():
        k += step
    return k if 0 <= k < len(lines) else None


def bracketed(s: str) -> str | None:
    """The inside of a line in brackets or parentheses (``[Корреспонденты: Чжан Вэйминь, Анна Осокина]``)."""
    m = _BRACKETS.match(s)
    return m.group(1).strip() if m else None
