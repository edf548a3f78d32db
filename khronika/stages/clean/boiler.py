"""Boilerplate lines: what a page prints around the article and a reader skips.

Each rule marks line indices with a reason (``reasons[i] = "credit"``); ``clean`` drops the marked
lines and records them as removed spans.  A line is marked whole or not at all, except a bracketed
marker that a corpus or a scraper printed before every line (``{Author, Unknown} ``), which is cut
from the start of each line (reason ``prefix``).
"""
from __future__ import annotations

import re
from collections import Counter

from ... import lexicon
from ...dates import MONTHS
from ...morph import fold
from ...settings import CleanSettings
from .lines import WORDS, Line, headline_like, phrase_pattern, phrases, sentence_like
from .rows import bracketed

_NETWORKS = f"(?:{lexicon.alternation(WORDS['NETWORKS'])})"
# A site's name before its notice: up to four capitalised words ("Вестник", "Мир Сегодня", "РИА Новости.")
_SITE_NAME = r"(?-i:[A-ZА-ЯЁ0-9][\w.\-]*(?:\s+[A-ZА-ЯЁ0-9][\w.\-]*){0,3})[.,]?"
# Site names are capitalised words ("Вестник.Ru", "РИА Новости"); "Мы в Telegram" names no site.
_SOCIAL = re.compile(rf"^(?P<site>[A-ZА-ЯЁ0-9][\w.\-]*(?: [A-ZА-ЯЁ0-9][\w.\-]*){{0,2}}) в {_NETWORKS}[.!]?$")
_NOT_SITES = WORDS["NOT_SITES"]

_NAME = r"[A-ZА-ЯЁ](?:['’][A-ZА-ЯЁ])?[a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?"  # with an elided letter: "Н'Гома", "О'Нил"
_INITIAL = r"[A-ZА-ЯЁ]\.\s?"
_PERSON = rf"(?:(?:{_INITIAL}){{1,2}}{_NAME}|{_NAME}(?:\s+{_NAME}){{0,2}})"
_JOBS = lexicon.alternation(WORDS["BYLINE_JOBS"])
# The byline labels that end with a colon ("автор:", "текст:"), without it, and a name with a first name or initials:
# a label without its colon takes no single capitalised word ("Текст Соглашения")
_BARE_LABELS = lexicon.alternation(p[:-1] for p in phrases("byline") if p.endswith(":"))
_FULL_NAME = rf"(?:(?:{_INITIAL}){{1,2}}{_NAME}|{_NAME}(?:\s+{_NAME}){{1,2}})"

# A count of views or a reading time alone ("Просмотров: 512", "5 минут чтения", "3 min read")
_COUNTER = re.compile(r"^(?:просмотр(?:ов|ы)?|прочтени[йя]|время чтения)\s*:?\s*\d[\d\s]*(?:мин\.?(?:ут[аы]?)?)?$"
                      r"|^\d[\d\s]*(?:просмотр(?:ов|а)?|мин\.?(?:ут[аы]?)? чтения|min(?:ute)?s? read)$", re.IGNORECASE)

# Lines dropped wherever they stand (matched against the stripped line).
_LINE_RULES = (
    ("social", _SOCIAL),
    ("subscribe", re.compile(rf"^(?:{lexicon.alternation(phrases('subscribe'))})\b.{{0,200}}$", re.IGNORECASE)),
    ("comments", re.compile(r"^(?:(?:новые |все )?комментарии|обсуждение)\s*(?:\(\d+\)|\d+|\+)?$"
                            r"|^\d+\s+комментари(?:й|я|ев)$", re.IGNORECASE)),
    ("counter", _COUNTER),
    ("navigation", re.compile(r"^(?:все|ещё|еще) (?:новости|материалы|статьи|публикации)(?: [^.!?]{0,40})?$",
                              re.IGNORECASE)),
    # "Читайте также: …", "ЧИТАЙТЕ ТАКЖЕ Лавров назвал …", "По теме: …" (a bare "По теме" heads a block)
    ("related", re.compile(rf"^(?:{phrase_pattern('related')})\s*[:\-–—»›>|]\s*\S.{{0,250}}$", re.IGNORECASE)),
    ("related", re.compile(r"^(?:ЧИТАЙТЕ|ЧИТАТЬ|СМОТРИТЕ) ТАКЖЕ\s+\S.{0,250}$")),
    ("notice", re.compile(rf"^(?:©\s*)?(?:{phrase_pattern('notice')})(?:[\s:,.—–-].{{0,300}})?$", re.IGNORECASE)),
    # "Автор фото, Getty Images", "Подпись к фото, Президент …": a photo's credit or caption after its label
    ("photo", re.compile(rf"^(?:{phrase_pattern('caption')})\s*[,:]\s*\S.{{0,300}}$", re.IGNORECASE)),
    ("credit", re.compile(rf"^(?:{lexicon.alternation(phrases('credit'))})\s*:.{{1,100}}$"
                          r"|^(?:©|\(c\)|\(С\))\s*\S.{0,120}$", re.IGNORECASE)),
    # a notice after the site's name ("Вестник не несет ответственности за содержание …", "Мир Сегодня. Все права …")
    ("notice", re.compile(rf"^{_SITE_NAME}\s+(?:{phrase_pattern('notice')})(?:[\s:,.—–-].{{0,300}})?$", re.IGNORECASE)),
    # "Автор: Иван Петров", "Беседовала Анна Осокина", "Текст: И. Петров, фото: А. Сидоров", "Автор: Анна
    # Осокина, политический обозреватель", "Текст: Анна Осокина (Лима)", "Автор: Анна Осокина, политолог, доцент
    # университета"
    ("byline", re.compile(rf"^(?i:{phrase_pattern('byline')})\s*{_PERSON}(?:\s*(?:,|и)\s*{_PERSON})*"
                          r"(?:\s*\([А-ЯЁ][\w -]{1,40}\))?"
                          r"(?:\s*,\s*[а-яё][^.!?,:;]{1,60}){0,4}"  # the author's jobs and degrees after the label
                          rf"(?:\s*[,;]\s*(?i:{lexicon.alternation(phrases('credit'))})\s*:.{{1,60}})?\s*$")),
    # "Автор <Имя Фамилия>", "Текст <И. Фамилия>": an author's label printed without its colon, before a full name
    ("byline", re.compile(rf"^(?i:{_BARE_LABELS})\s+{_FULL_NAME}(?:\s*(?:,|и)\s*{_FULL_NAME})*\s*$")),
    # "Иван Петров, корреспондент", "Анна Осокина, специальный корреспондент РИА Новости в Пекине"
    ("byline", re.compile(rf"^{_PERSON}\s*[,—–-]\s*(?:[а-яё]+\s+){{0,2}}(?:{_JOBS})(?:\s+[^.!?,:;]{{1,60}})?$")),
    # a legal imprint that closes on the chief editor's name ("Сетевое издание «Вестник». Главный редактор Иван Петров")
    ("notice", re.compile(rf"^.{{0,250}}[.»]\s+Главный редактор\s*[:—–-]?\s*{_PERSON}\.?$")),
    ("tags", re.compile(rf"^(?:{phrase_pattern('tags')})\s*[:›»>]\s*.{{0,300}}$", re.IGNORECASE)),
    # a channel's handle alone on its line ("@vestnik_news"); a repost's "Переслано из <channel>" stays: it names
    # the post's author, whom the post's "Посольство считает …" speaks for
    ("handle", re.compile(r"^@[A-Za-z0-9_]{3,40}$")),
    # a post's hashtags, a line of them alone ("#Перу #Чили #переговоры")
    ("tags", re.compile(r"^#[^\s#]+(?:[\s,]+#[^\s#]+)*$")),
    # a post's reactions and views, emoji and counts alone ("👍 120  🔥 14", "👁 3,2K")
    ("counter", re.compile(r"^(?=.*\d)(?=.*[\u2190-\u2bff\U0001f000-\U0001faff])"
                           r"(?:[^\w]|\d|(?<=\d)[KkКкMМ])+$")),
    # a photo's credit printed with no label, the agency or outlet and the photographer (or a second agency) on
    # each side of a slash, alone on its line: "РИА Новости / Иван Петров", "EPA/Джон Смит", "AP / Reuters"
    ("credit", re.compile(r"^[A-ZА-ЯЁ][\w.&-]*(?: [A-ZА-ЯЁ][\w.&-]*){0,2} ?/ ?"
                          r"[A-ZА-ЯЁ][\w'’-]+(?: [A-ZА-ЯЁ][\w'’-]+){0,2}$")),
    # "Ошибка в тексте? Выделите ее и нажмите Ctrl+Enter": how to report a typo, in any wording
    ("ui", re.compile(r"^.{0,100}\bctrl\s*\+\s*enter[.!]?$", re.IGNORECASE)),
    # the marking a law asks of an advertisement: its token and the advertiser's tax number ("Реклама. ООО «Ромашка»,
    # ИНН 7700000000, erid: 2Vtzqx")
    ("notice", re.compile(r"^(?=.{0,300}$)(?=.*(?:\berid\s*[:：]?\s*[A-Za-z0-9]{5,}|\bИНН\s*\d{10}))", re.IGNORECASE)),
    # "Сегодня, 13:20", "Вчера в 18:05": a stamp relative to the day of reading, no date to read
    ("stamp", re.compile(rf"^(?:{lexicon.alternation(WORDS['RELATIVE_DAYS'])})(?:,|\s+в)?\s+\d{{1,2}}:\d{{2}}$",
                         re.IGNORECASE)),
)
_UI = frozenset(fold(p).rstrip("?!.:") for p in phrases("ui"))
_UI_TRIM = " \t:.!?›»>→…|•·"
# "Сергей Лавров и Ван И. Фото: МИД России", "Переговоры в Пекине © РИА Новости / Иван Петров"
_INLINE_CREDIT = re.compile(rf"(?:^|[.\s])(?:{lexicon.alternation(phrases('credit'))})\s*:\s*\S|©", re.IGNORECASE)

# Headings of blocks of other stories' headlines (folded, no final colon), and the first words of such headings of
# two or three words and a colon ("Последние заявления:").
_HEADINGS = frozenset(fold(p) for p in phrases("heading"))
_HEADING_OPENINGS = frozenset(fold(p) for p in phrases("heading_opening"))
# Headings of readers' comments: "Комментарии (3)", "Обсуждение: 12".
_COMMENTS = frozenset(fold(p) for p in phrases("comments"))
_COUNT = re.compile(r"\s*(?:\(\d+\)|:\s*\d+|\d+)?\s*[:›»]?\s*$")

# A bracketed marker at the start of a line: "{Author, Unknown} ", "[Интерфакс] ".
_PREFIX = re.compile(r"^(?:\{[^{}\n]{1,60}\}|\[[^\[\]\n]{1,60}\])[ \t]?")


def is_signature(s: str, settings: CleanSettings) -> bool:
    """A line that is only an author's byline (``Текст: Иван Петров``, ``Ольга Осокина, корреспондент``) or a
    photo credit (``Фото: ТАСС``)."""
    return len(s) <= settings.max_byline and any(reason in ("byline", "credit") and rule.match(s)
                                                 for reason, rule in _LINE_RULES)


def is_field(s: str, settings: CleanSettings) -> bool:
    """A field a page's date stamp line sets beside the date: a byline or a credit (``is_signature``), the story's
    section or tags (``Рубрика: Политика``, ``Теги: Перу, Чили``) or a counter (``Просмотров: 1 204``)."""
    return is_signature(s, settings) or len(s) <= settings.max_byline and any(
        reason in ("tags", "counter") and rule.match(s) for reason, rule in _LINE_RULES)


def is_counter(s: str) -> bool:
    """A count of views or a reading time alone (``5 минут чтения``, ``Просмотров: 512``, ``3 min read``)."""
    return _COUNTER.match(s.strip()) is not None


def is_ui(s: str) -> bool:
    """A line that is only a page control or a menu item ("Поделиться", "Теги ›")."""
    return fold(s.strip(_UI_TRIM)) in _UI


def strip_prefix(lines: list[Line], settings: CleanSettings) -> tuple[list[Line], list[tuple[int, int]]]:
    """Cut a bracketed marker printed before (nearly) every non-empty line; return the lines and the
    raw ranges cut."""
    found = [m.group() for line in lines if line.text.strip() and (m := _PREFIX.match(line.text))]
    filled = sum(1 for line in lines if line.text.strip())
    if not found:
        return lines, []
    prefix, count = Counter(p.rstrip() for p in found).most_common(1)[0]
    if count < settings.prefix_min_lines or count < settings.prefix_share * filled:
        return lines, []
    out, cut = [], []
    for line in lines:
        if line.text.startswith(prefix):
            n = len(prefix) + (1 if line.text[len(prefix):len(prefix) + 1] in (" ", "\t") else 0)
            cut.append((line.start, line.start + n))
            line = Line(line.start + n, line.stop, line.text[n:])
        out.append(line)
    return out, cut


_TRANSLATION_NOTE = re.compile(rf"^(?i:{phrase_pattern('translated')})\.\s+(?P<rest>\S.*)$")


def _after_translation(s: str) -> str | None:
    """What a line says after a translation note that opens it (``Перевод с немецкого. Над трансляцией работали:
    …``)."""
    m = _TRANSLATION_NOTE.match(s)
    return m["rest"] if m else None


def mark_lines(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> str | None:
    """Drop single boilerplate lines; return the site named by a ``<Site> в Telegram`` line."""
    site = None
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s:
            continue
        # "[Корреспонденты: Чжан Вэйминь, Анна Осокина]", "Перевод с немецкого. Над трансляцией работали: …": the byline
        # inside, or after a translation note
        inner = bracketed(s) or _after_translation(s)
        for reason, rule in _LINE_RULES:
            m = rule.match(s) or (reason == "byline" and inner is not None and rule.match(inner))
            if m and (reason != "byline" or len(s) <= settings.max_byline):
                reasons[i] = reason
                if reason == "social" and site is None and m["site"].lower() not in _NOT_SITES:
                    site = m["site"]
                break
        else:
            if is_ui(s):
                reasons[i] = "ui"
            elif is_crew(s, settings):
                reasons[i] = "byline"
            elif len(s) <= settings.max_credit_caption and _INLINE_CREDIT.search(s) and _caption_like(s):
                reasons[i] = "credit"
    return site


# A credits line of a broadcast or a video: "Ведущая и редактор: Анна Осокина. Звукорежиссер: Иван Петров."
_CREW_JOB = rf"(?i:{lexicon.alternation(WORDS['CREW_JOBS'])})"
_NAMED = rf"(?:(?:{_INITIAL}){{1,2}}{_NAME}|{_NAME}(?:\s+{_NAME}){{1,2}})"  # "Ведущий: Спасибо" is a reply
_CREW = re.compile(rf"^{_CREW_JOB}(?:\s*(?:,|и)\s*{_CREW_JOB})*\s*:\s*{_NAMED}(?:\s*,\s*{_NAMED})*$")
_CREW_PARTS = re.compile(r"(?<=[a-zа-яё])\.\s+|;\s+|\s+[·|•]\s+")


def is_crew(s: str, settings: CleanSettings) -> bool:
    """A line of credits only, one or more (``Ведущий: Иван Петров. Монтаж: Анна Осокина.``)."""
    parts = _CREW_PARTS.split(s.strip().rstrip("."))
    return len(s) <= 2 * settings.max_byline and all(_CREW.match(p.strip()) for p in parts)


def _caption_like(s: str) -> bool:
    """A caption holding a credit: the credit ends it, or the line is one short sentence."""
    return len(re.findall(r"[.!?…](?:\s|$)", s)) <= 2


def _menu_item(s: str, settings: CleanSettings) -> bool:
    return (0 < len(s.split()) <= settings.menu_max_words and not sentence_like(s)
            and not s.endswith((":", ",", ";")) and not any(c.isdigit() for c in s))


_CAPTION_LABELS = frozenset(fold(p) for p in phrases("caption"))


def mark_photo_labels(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop a photo's label alone on its line (``Автор фото,`` / ``Подпись к фото,``) with the credit or the caption on
    the line below it (``Getty Images``, ``Президент … на встрече в 2025 году``)."""
    for i, line in enumerate(lines):
        if fold(line.text.strip().rstrip(",: ")) not in _CAPTION_LABELS:
            continue
        reasons[i] = "photo"
        k = i + 1
        while k < len(lines) and not lines[k].text.strip():
            k += 1
        if k < len(lines) and len(lines[k].text.strip()) <= settings.max_credit_caption:
            reasons[k] = "photo"


def mark_menus(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop a run of menu items (short lines, blank lines between) with a page control among them or standing above
    the text's first paragraph or below its last (a site's sections, one a line: ``Политика`` / ``Экономика`` / …),
    unless the line before introduces it as a list ("Участники:"); a short first line (a headline
    such as "Недоглядел") is an item only when it is a page control itself."""
    run: list[int] = []
    paragraphs = [i for i, line in enumerate(lines) if sentence_like(line.text.strip())]

    def outside(run: list[int]) -> bool:  # above the first paragraph or below the last: a site's menu, one item a line
        return not paragraphs or run[-1] < paragraphs[0] or run[0] > paragraphs[-1]

    def close() -> None:
        if len(run) >= settings.menu_min_lines and (any(reasons.get(k) == "ui" for k in run) or outside(run)):
            before = next((lines[k].text.strip() for k in range(run[0] - 1, -1, -1) if lines[k].text.strip()), "")
            if not before.endswith(":"):
                for k in run:
                    reasons.setdefault(k, "menu")
        run.clear()

    first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s:
            continue
        if i in reasons and len(s.split()) <= settings.menu_max_words or (i != first and _menu_item(s, settings)):
            run.append(i)
        else:
            close()
    close()


# A signatory's line of a document's closing block: "А. Б. Петров, министр иностранных дел", "За Правительство X".
_SIGNATORY = re.compile(r"^(?:[^,]{1,60},\s+[а-яё]|За\s)")


def mark_tail_headlines(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop the lines below the text's last paragraph when none is a sentence and two or more are other stories'
    headlines (four words or more) under headings of any name (``Важно`` / ``<headline>`` / ``Хроника`` /
    ``<headline>``); a list the text introduces (a line ending in ":") and a document's signatories (``И. Петров,
    министр иностранных дел``, ``За Правительство X``) stay."""
    kept = [i for i, line in enumerate(lines) if line.text.strip() and i not in reasons]
    texts = [lines[i].text.strip() for i in kept]
    last = next((n for n in range(len(kept) - 1, -1, -1) if sentence_like(texts[n])), None)
    if last is None:
        return
    tail = texts[last + 1:]
    if any(sentence_like(s) or s.endswith((":", ",", ";")) or not headline_like(s, settings) or _SIGNATORY.match(s)
           for s in tail):
        return
    if sum(len(s.split()) >= 4 for s in tail) >= 2 and texts[last][-1:] != ":":
        reasons.update((i, "headlines") for i in kept[last + 1:])


# A line of a news feed: "17:40 Министры подписали протокол", "2 декабря, 17:40 | Саммит перенесли".
_FEED_TIME = re.compile(rf"^(?:\d{{1,2}}\s+(?:{lexicon.alternation(MONTHS)})\.?,?\s+"
                        r"|\d{2}\.\d{2}(?:\.\d{2,4})?,?\s+)?"
                        r"\d{1,2}:\d{2}(?!\d)\s*[-–—|•]?\s*", re.IGNORECASE)


def mark_feeds(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop a run of at least two news-feed items: other stories' headlines after their time, on the
    same line or on the line above (items that end as sentences are a live blog's text and stay)."""
    items: list[list[int]] = []
    run: list[int] = []
    pending = None  # a line that is only a time
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s:
            continue
        m = _FEED_TIME.match(s)
        if m and m.end() == len(s) and i not in reasons:
            pending = i
            continue
        rest = s[m.end():] if m else s
        if i not in reasons and (m or pending is not None) and headline_like(rest, settings) and rest[:1].isupper():
            run.extend([pending, i] if not m and pending is not None else [i])
        else:
            items.append(run)
            run = []
        pending = None
    items.append(run)
    for run in items:
        if sum(1 for k in run if _FEED_TIME.match(lines[k].text.strip())) >= 2:
            reasons.update((k, "headlines") for k in run)


def _is_heading(s: str) -> bool:
    words = fold(s.strip().rstrip(":›» ")).split()
    if " ".join(words) in _HEADINGS:
        return True
    return (s.strip().endswith(":") and 2 <= len(words) <= 3 and words[0] in _HEADING_OPENINGS
            and all(w.replace("-", "").isalpha() for w in words))


def mark_heading_blocks(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop a heading such as "Другие новости" with the run of short headline lines after it."""
    for i, line in enumerate(lines):
        if (i in reasons and reasons[i] != "ui") or not _is_heading(line.text):
            continue
        end = i
        for k in range(i + 1, len(lines)):
            s = lines[k].text.strip()
            if not s:
                continue
            if k not in reasons and not headline_like(s, settings):
                break
            end = k
        for k in range(i, end + 1):
            if lines[k].text.strip():
                reasons[k] = "headlines"


def mark_comments(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop the heading of readers' comments after the article's paragraphs and all that follows it: the comments,
    their authors and times, the page's footer.  A comment counter above the article stays one line, and a section
    of reactions in the article (``Комментарии`` followed by paragraphs, as Wikinews has it) stays: readers'
    comments show a signed, timed or answerable entry among their first lines."""
    paragraphs = 0
    for i, line in enumerate(lines):
        s = line.text.strip()
        if paragraphs >= settings.comments_after and fold(_COUNT.sub("", s)) in _COMMENTS and _entries(lines[i + 1:],
                                                                                                         settings):
            reasons.update((k, "comments") for k in range(i, len(lines)) if lines[k].text.strip())
            return
        paragraphs += i not in reasons and len(s) >= settings.comments_paragraph


_ENTRY = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b(?:вчера|сегодня|назад)\b", re.IGNORECASE)


# a reader's signed entry of a social page: a name of one to three words, a colon, the comment ("Ирина К.: Браво!")
_SIGNED = re.compile(r"^[A-ZА-ЯЁ][\w'’.-]*(?: [A-ZА-ЯЁ][\w'’.-]*){0,2}: \S")


def _entries(after: list[Line], settings: CleanSettings) -> bool:
    """Do the first lines after a heading look like readers' comments: a short line with a time or date (the
    commenter's signature) or a page control (``Ответить``), or two short lines signed with a name and a colon?"""
    first = [x.text.strip() for x in after if x.text.strip()][:settings.comments_probe]
    short = [x for x in first if len(x) <= settings.max_byline]
    return any(_ENTRY.search(x) or is_ui(x) for x in short) or sum(bool(_SIGNED.match(x)) for x in short) >= 2


def mark_captions(lines: list[Line], reasons: dict[int, str], settings: CleanSettings) -> None:
    """Drop both copies of a short line printed twice in a row (a photo caption)."""
    previous = None
    for i, line in enumerate(lines):
        s = line.text.strip()
        if not s or i in reasons:
            continue
        if previous is not None and lines[previous].text.strip() == s and headline_like(s, settings):
            reasons[previous] = reasons[i] = "caption"
        previous = i
