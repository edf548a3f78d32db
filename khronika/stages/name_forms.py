"""The case and sex a person's name is written in, read from its words and the sentence around it (the entity stage
puts each name in the nominative with them: ``names.normalize_person``)."""
from __future__ import annotations

import dataclasses

from .. import lexicon, names, names_link
from ..morph import fold, parses
from ..names_link import stem
from ..settings import DEFAULT
from ..translit import skeleton
from ..view import DocView


def feminine_subject(words, v: DocView) -> bool:
    """Is the name, a given name with a surname that shows no case (``Новак``, ``Линдберг``), the subject of
    a verb in the feminine past right after it (adverbs between: ``Хенрика Новак также подчеркнула``)?  Not
    after a preposition, nor in a case no subject is in, nor when a feminine noun in the nominative before it
    may be that subject (``Встреча Мартина Линдберга прошла``)."""
    if len(words) < 2:
        return False
    prev = v.before(words[0][2].start, 1)
    if prev and (prev[0].pos == "ADP" or prev[0].pos in ("NOUN", "PROPN") and prev[0].feats.get("Case") == "Nom"
                 and prev[0].feats.get("Gender") == "Fem"):
        return False
    if any(c in ("Ins", "Dat", "Loc") for _, c, _ in words) or \
            any(names.slavic_surname(w) or w[-1:].lower() in ("а", "я") for w, _, _ in words[1:]):
        return False
    t = v.after(words[-1][2].stop)
    while t is not None and t.pos in ("ADV", "PART"):
        t = v.after(t.stop)
    return t is not None and t.pos == "VERB" and t.feats.get("Gender") == "Fem" and t.feats.get("Tense") == "Past" \
        and t.feats.get("Number") == "Sing"


def woman_by_her_surname(words) -> bool:
    """Is the name a woman's, seen by a foreign surname ending in a consonant that stays undeclined after a
    given name in -а/-я (``Айя Линдгрен``, ``Петра Новак``)?  A man's genitive would decline both (``Айи
    Линдгрена``), so the given name is a woman's, in any case."""
    if len(words) != 2:
        return False
    (given, _, g), (surname, _, _) = words
    return given[-1:].lower() in ("а", "я") and g.feats.get("Case") in ("Gen", "Acc") and \
        surname[-1:].lower() in names.CONSONANTS and not names.slavic_surname(surname)


def woman_as_named(words, v: DocView | None = None) -> bool:
    """Is the name a woman's in the nominative, told by its given name, which the dictionary knows only as a
    woman's name in the nominative (``Гульнара``, not ``Валентина``, also a man's genitive)?  The tagger may read
    such a name as an oblique case (a genitive or an accusative after a title) and cut a surname in -ова/-ева to a
    man's; a woman's given name in another case shows it (``Гульнары``, ``Гульнару``).  Not after a title written in
    an oblique case (``посла Ирландии Дэрила Кроуфа``): a woman's name there would show that case too (``Дэрилы``),
    so the name is a man's foreign one in -а, whose nominative the dictionary does not know (``Дэрил``)."""
    if len(words) < 2 or names.INITIAL.match(words[0][0].rstrip(".")):
        return False
    if v is not None and _title_case(words[0][2], v) is not None:
        return False
    known = [p for p in parses(words[0][0]) if p.is_known and "Name" in p.tag.grammemes]
    return bool(known) and all(p.tag.gender == "femn" and p.tag.case == "nomn" and p.tag.number == "sing"
                               for p in known)


def dictionary_case(words, cases: list[str | None]) -> list[str | None]:
    """The cases of a name's words, all in the one case the dictionary knows its given name in when the tagger read
    it in a case that name cannot be (``посла в Чили Лилиану Ордоньес``, the given name read as a locative after
    ``в Чили``: ``Лилиану`` is only an accusative), an oblique one (a name known only in the nominative may be
    undeclined: ``Мун``); not a name read as a nominative (a man's foreign name in -у, ``Паулу``, is written as a
    woman's accusative); else as they are."""
    if len(words) < 2 or names.INITIAL.match(words[0][0].rstrip(".")):
        return cases
    known = {p.tag.case for p in parses(words[0][0]) if p.is_known and {"Name", "sing"} <= p.tag.grammemes}
    tagged = names.CASES.get(cases[0] or "")
    if len(known) != 1 or "nomn" in known or tagged in (None, "nomn") or tagged in known:
        return cases
    case = next((k for k, c in names.CASES.items() if c in known), None)
    return cases if case is None else [case] * len(cases)  # a case the tagger has no name for (``voct``): as read


def name_cases(words, v: DocView) -> list[str | None]:
    """The tagged case of each word of a name; a name the dictionary does not know, in apposition to
    a title, takes the title's case: the tagger guesses at foreign words (``с главой секретариата
    Такео Акибой`` read as nominative, ``посол Кэндзи Ямада`` as genitive), the title agrees; not a name that
    ends as only an instrumental does after a title of another case (the parser took the wrong title); a name
    joined by a conjunction to one before it, its words read in two cases, takes that name's case."""
    cases = [c for _, c, _ in words]
    first = words[0][2]
    head = v.by_id.get(first.head_id)
    if _after_office(first, head, v) and "Gen" in cases:
        return ["Nom"] * len(cases)
    if ((first.rel == "appos" or _bare_complement(first, v)) and head is not None and names.title_lemma(head.text)
            and head.feats.get("Case")
            and (head.feats["Case"] == "Ins" or not any(names.instrumental_ending(w) for w, _, _ in words))):
        # a title written as its nominative is one, whatever case the tagger gave it ("Премьер-секретарь … X");
        # so is a plural title no genitive can be ("Президенты X и Y", tagged a genitive)
        shown = "Nom" if head.text.lower() == names.title_lemma(head.text) else _title_case_as_written(head)
        # the parser may hang the name on the sentence's subject's title across the verb: the nearest title tells
        across = _verb_between(head, first, v)
        near = _title_case(first, v) if across else None
        known = [w for w, _, _ in _past_syllable(words) if names.known_name(w)]
        if not known or (near or not across) and _known_in_title_case(words, known, near or shown, head):
            return [near or shown] * len(cases)
    if first.rel == "conj" and head is not None and head.pos == "PROPN" and head.stop <= first.start \
            and head.feats.get("Case") and len(set(cases)) > 1:
        # "президентов Питера Камау и Фараи Мусонды", the second read as Ins + Nom: it agrees with the first
        return [head.feats["Case"]] * len(cases)
    if all(c in (None, "Nom") for c in cases) and not any(_nominative_name(w) for w, _, _ in _past_syllable(words)) \
            and names.span_case(cases, [w for w, _, _ in words]) in (None, "Nom"):
        case = _title_case(first, v)
        if case:
            return [case] * len(cases)
    if _object_read_nominative(words, first):
        return ["Acc"]  # "Президент принял Оверчука.": the verb's object, read as a nominative
    return cases


def _object_read_nominative(words, first) -> bool:
    """A surname alone, the object of a verb, that the tagger read as a nominative but the dictionary knows as a
    surname's accusative (``принял Оверчука``): an object is never a nominative."""
    return len(words) == 1 and first.rel == "obj" and words[0][1] == "Nom" and any(
        p.tag.case == "accs" and "Surn" in p.tag.grammemes for p in parses(words[0][0]))


# Offices of a state (data/event_words.tsv STATE_TITLES: ``президент``, ``министр``, ``посол``…): a person is never
# their complement, as a country or a body is (``президент Франции``).
_OFFICES = lexicon.words("event_words.tsv")["STATE_TITLES"]


def _after_office(first, head, v: DocView) -> bool:
    """Is the name right after an office of a state written as its nominative, on which the parser hung it as a
    genitive complement (``Премьер-министр Сарата Кумара Виджесингхе выступил``, ``Сарата`` and ``Кумара`` read as
    the genitives of ``Сарат`` and ``Кумар``)?  No person is an office's complement: the name is its apposition, in
    its case."""
    if head is None or first.rel != "nmod" or first.feats.get("Case") != "Gen":
        return False
    before = v.before(first.start, 1)
    lemma = names.title_lemma(head.text)
    return bool(before) and before[0] is head and lemma in _OFFICES and fold(head.text) == lemma


def _bare_complement(first, v: DocView) -> bool:
    """Is the name's first word hung on a noun in a dative or a prepositional with no preposition (``министр
    ресурсов Филимоне Матева``, ``Филимоне`` read as a dative complement of ``министр``)?  A noun takes no such bare
    complement of a person: the name is the title's apposition, misread."""
    return first.rel == "nmod" and first.feats.get("Case") in ("Dat", "Loc") and \
        not any(c.pos == "ADP" for c in v.children(first))


def _name_cases_known(word: str) -> set[str]:
    """The cases (pymorphy3's) the dictionary knows the word in as a name of one person."""
    return {p.tag.case for p in parses(word) if p.is_known and names.NAME_GRAMMEMES & p.tag.grammemes
            and p.tag.number == "sing"}


def _known_in_title_case(words, known: list[str], case: str, title) -> bool:
    """May a name the dictionary knows a word of take the case of the title it is in apposition to?  Where the tagger
    read a word of it in a case the dictionary knows no such form in while it knows every known word in the title's
    (``посла Венгрии Антала Варгера``, ``Антала`` tagged a dative: only a genitive or an accusative); and where the
    title is written as its nominative and declines (``министр``, not the undeclined ``замминистра``): a name in
    apposition to it is nominative, and a word the dictionary knows only in a case no complement of a noun is in
    without a preposition is a foreign name written so in every case (``министр Габриеле Ломбарди``, ``Габриеле``
    only a dative or prepositional of ``Габриел``, ``Габриела``)."""
    wanted = names.CASES[case]
    if case == "Nom" and fold(title.text) == names.title_lemma(title.text) and all(
            p.tag.case == "nomn" and "Fixd" not in p.tag.grammemes for p in parses(title.text) if p.is_known) \
            and all("nomn" in _name_cases_known(w) or _name_cases_known(w) <= {"datv", "loct"} for w in known):
        return True  # not a name that shows a genitive, a title's complement ("министр обороны Рустама")
    tagged_wrong = any(c and names.CASES.get(c) not in _name_cases_known(w) for w, c, _ in words
                       if names.known_name(w))
    return tagged_wrong and all(wanted in _name_cases_known(w) for w in known)


def _nominative_name(word: str) -> bool:
    """Does the dictionary know the word as a name in the nominative (``Ефрем``, not ``Ефрема``, which it knows only
    as that name's genitive or accusative: a name the tagger read as a nominative after ``принял министра``)?  A name
    written so in every case (``Альберто``, ``Хосе``: indeclinable) tells no case."""
    return any(p.is_known and names.NAME_GRAMMEMES & p.tag.grammemes and p.tag.case == "nomn"
               and "Fixd" not in p.tag.grammemes for p in parses(word))


def _past_syllable(words):
    """The words of a name past a first word of one syllable before a word the dictionary does not know: an East
    Asian family name (``посла Бэк Сонхвана``, ``Мун Чжонхуна``), which a dictionary may know as some name but which
    tells nothing of the case the tagger should read the given name after it in."""
    if len(words) > 1 and len(words[0][0]) <= 3 and sum(ch in "аеёиоуыэюя" for ch in words[0][0].lower()) == 1 \
            and not names.known_name(words[-1][0]):
        return words[1:]
    return words


def _verb_between(head, first, v: DocView) -> bool:
    """Does a verb stand between a title and the name after it (``Заместитель министра … принял посла Кореи Бэк
    Сонхвана``: the name is no apposition of the subject's title)?"""
    return head.stop <= first.start and any(t.pos in ("VERB", "AUX") and head.stop <= t.start
                                            for t in v.before(first.start, 64))


def _title_case_as_written(head) -> str:
    """The tagged case of a title, unless its form cannot be in that case (``Президенты`` read as a genitive): then
    the nominative, if it can be one."""
    case = head.feats["Case"]
    forms = {p.tag.case for p in parses(head.text) if p.is_known and p.tag.POS == "NOUN"}
    if forms and names.CASES.get(case) not in forms and "nomn" in forms:
        return "Nom"
    return case


_COMPLEMENT_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT"})
_POST_PREPOSITIONS = frozenset({"в", "во", "при"})  # before the place or body an envoy is posted to


def _title_case(first, v: DocView, reach: int | None = None) -> str | None:
    """The oblique case of the title a foreign name follows over the title's complements (``министра обороны
    и военной промышленности Чада А.Махамата``, ``президента Республики Кипр (ТРСК) Эрхюрмана``), which the name
    agrees with though the tagger read it as a nominative; only a declined title (``министра``, not the
    undeclined ``замминистра``) tells a case, and any other word between (a verb, a preposition, a comma)
    tells none; a title that is itself the complement of one before it (``заместителем министра``) takes that
    one's case."""
    before = v.before(first.start, reach or DEFAULT.entities.title_reach)
    for i, t in enumerate(before):
        charge = _charge_d_affaires(before, i)
        if charge is not None:  # "поверенного в делах Чили Хуана Переса": the title is the participle's phrase
            case = charge.feats.get("Case")
            return case if case not in (None, "Nom") else None
        lemma = names.title_lemma(t.text)
        if lemma:
            for outer in before[i + 1:]:
                if outer.pos == "ADJ":
                    continue
                if not names.title_lemma(outer.text):
                    break
                t, lemma = outer, names.title_lemma(outer.text)
            case = _title_case_as_written(t) if t.feats.get("Case") else None  # "Президенты" tagged Gen is Nom
            return case if case not in (None, "Nom") and t.text.lower() != lemma else None
        if t.pos == "ADP" and fold(t.text) in _POST_PREPOSITIONS and i > 0 and before[i - 1].pos == "PROPN":
            continue  # an envoy's post: "посла Чили в Каире Хуана Переса", "постпреда при ООН"
        if t.pos not in _COMPLEMENT_POS or t.pos == "PUNCT" and t.text not in "()" or t.pos == "CCONJ" and \
                t.text.lower() != "и" or t.pos == "NOUN" and t.feats.get("Case") not in ("Gen", None):
            return None
    return None


def _charge_d_affaires(before, i: int):
    """The participle of ``поверенный в делах`` whose ``делах`` is ``before[i]`` (``before`` runs back from a name),
    or None: a title of three words whose head is no noun."""
    if i + 2 >= len(before) or fold(before[i].text) != "делах" or fold(before[i + 1].text) != "в":
        return None
    head = before[i + 2]
    return head if fold(head.text).startswith("поверенн") else None


# A last letter the normaliser may swap for another to reach a nominative it guesses (``-и`` → ``-я``, ``-е`` →
# ``-а``, ``-а`` → ``-о``), where a foreign name may as well be written so in every case.
_SWAPPED = frozenset("иеа")
_SWAPPED_TO = frozenset("яаоь")


def written_forms(v: DocView) -> dict[str, set[str]]:
    """The capitalised words of the document (folded) by their stem (``names_link.stem``): the case forms of a
    name the text shows."""
    forms: dict[str, set[str]] = {}
    for t in v.tokens:
        if t.text[:1].isupper() and t.text[1:].islower():
            forms.setdefault(stem(t.text), set()).add(fold(t.text))
    return forms


def as_written(words: list[str], normal: list[str], forms: dict[str, set[str]]) -> list[str]:
    """The nominative of a name, each word the normaliser turned into another by swapping its last vowel for a
    guessed nominative's (``Амади`` → ``Амадя``, ``Ньянге`` → ``Ньянга``) kept as written unless the text shows that
    word in another form too: a foreign name no dictionary knows may be indeclinable (``Амади`` in every case), and
    only the text's other case forms tell that it declines; so does a man's surname after a given name, cut of its
    genitive's -а (``Ранатхи Перамуна``: ``Ранатха Перамун``, the given name declining with it); so are the words
    beside a Romance family particle after a word cut so (``Карлосу Баррете де Сорне``: ``Карлос Баррета де Сорна``)."""
    out = list(normal)
    for k, (w, n) in enumerate(zip(words, normal, strict=True)):
        low, new = fold(w), fold(n)
        if len(low) < 4 or len(low) != len(new) or low[:-1] != new[:-1] or low[-1] not in _SWAPPED \
                or new[-1] not in _SWAPPED_TO or names.known_name(w) or k == 0 and _cut_after(words, normal) \
                or _by_particle(words, k) and _ending_cut(words[:k], normal[:k]) or _in_iya(low, new):
            continue
        if len(forms.get(stem(w), ())) <= 1:
            out[k] = w
    return out


def _in_iya(low: str, new: str) -> bool:
    """Was a word in -ьи/-ии put in the nominative in -ья/-ия (``Пеньи`` → ``Пенья``, ``Гарсии`` → ``Гарсия``)?  No
    name ends so written the same in every case: the text needs no other form of it to tell it declines."""
    return low.endswith(("ьи", "ии")) and new.endswith(("ья", "ия"))


def _by_particle(words: list[str], k: int) -> bool:
    """Does word ``k`` stand beside a Romance family particle (``Тоше да Роше``)?"""
    return any(0 <= j < len(words) and fold(words[j]) in names.FAMILY_PARTICLES for j in (k - 1, k + 1))


def _ending_cut(words: list[str], normal: list[str]) -> bool:
    """Was some word put in the nominative by cutting a case ending off it (``Карлосу`` → ``Карлос``)?"""
    return any(len(n) > 2 and fold(w) != fold(n) and fold(w).startswith(fold(n)) for w, n in zip(words, normal))


def _cut_after(words: list[str], normal: list[str]) -> bool:
    """Was a word after the first put in the nominative by cutting a man's genitive -а or dative -у (``Перамуна``,
    ``Перамуну`` → ``Перамун``)?"""
    return any(fold(w)[-1:] in ("а", "у") and fold(w)[:-1] == fold(n) and len(n) > 2
               for w, n in zip(words[1:], normal[1:], strict=True))


def _feminine_subject(p, v) -> bool:
    """Is the mention the subject of a verb in the feminine past singular, before or after it (``— сказала Пас
    Варела``, ``Пас Варела подчеркнула``)?"""
    for t in v.words_in(p.mention.start, p.mention.stop):
        head = v.by_id.get(t.head_id) if t.head_id else None
        if t.rel.startswith("nsubj") and head is not None and head.pos in ("VERB", "AUX") and \
                head.feats.get("Gender") == "Fem" and head.feats.get("Number") == "Sing":
            return True
    return False


def _titled_feminine_subject(p, v) -> bool:
    """Is the mention a name set beside a title that is the subject of a verb in the feminine past singular
    (``приняла премьер-министр Италии Наоми Рива``, ``глава МИД Эльза Корда заявила``)?  Then the name agrees with
    that title, in the nominative, whatever the dictionary reads of its given name (``Жана``, a man's genitive too)."""
    for t in v.words_in(p.mention.start, p.mention.stop):
        title = v.by_id.get(t.head_id) if t.head_id else None
        if t.rel != "appos" or title is None or not title.rel.startswith("nsubj") \
                or title.feats.get("Case") != "Nom" or not names.title_lemma(title.text):
            continue
        verb = v.by_id.get(title.head_id) if title.head_id else None
        return verb is not None and verb.pos in ("VERB", "AUX") and verb.feats.get("Gender") == "Fem" \
            and verb.feats.get("Number") == "Sing"
    return False


def feminine_names(people: list, v) -> None:
    """A person the document shows to be a woman (a mention of her surname is the subject of a verb in the feminine:
    ``сказала Пас Варела``, or is set beside a title that is: ``приняла премьер-министр Наоми Рива``) keeps a given
    name in -а/-я as written where it was cut to a man's (``Александра Пас Варела``, read as a man's genitive; so
    are her other words cut so): a surname that shows no case leaves the given name's case to guess.  Only when her
    surname names one given name in the document."""
    groups: dict[str, list] = {}
    for p in people:
        groups.setdefault(_uncut(names_link.surname_key(p.surname)), []).append(p)  # "Варела" and "Варел", cut
    for group in groups.values():
        longest = [p for p in group if p.given and not any(  # "Пас Варела" of "Ана Пас Варела"
            len(q.words) > len(p.words) and names.within(list(map(_uncut, p.words)), list(map(_uncut, q.words)))
            for q in group)]
        titled = any(_titled_feminine_subject(p, v) for p in group)
        if len({skeleton(p.given) for p in longest}) != 1 or \
                not (titled or any(_feminine_subject(p, v) for p in group)):
            continue
        for p in group:
            written = [t.text for t in v.words_in(p.mention.start, p.mention.stop)]
            if not p.given or len(written) != len(p.words) or not _cut(written[0], p.given) \
                    or not (titled or _woman_nominative(written[0])):
                continue
            p.words = [w if _cut(w, n) else n for w, n in zip(written, p.words, strict=True)]
            p.given, p.surname = p.words[0], p.words[-1]
            p.full = " ".join(p.words) if len(p.full.split()) == len(p.words) else p.full
            p.mention = dataclasses.replace(p.mention, normal=p.full)


def _uncut(word: str) -> str:
    """The folded word less a final -а/-я."""
    word = fold(word)
    return word[:-1] if word[-1:] in ("а", "я") else word


def _cut(written: str, normal: str) -> bool:
    """Was the written word in -а/-я cut to ``normal`` by that letter (a man's genitive read)?"""
    return written[-1:].lower() in ("а", "я") and fold(written[:-1]) == fold(normal)


def _woman_nominative(word: str) -> bool:
    """Can the word be a woman's given name in the nominative (``Александра``; an unknown one in -а too)?"""
    known = [p for p in parses(word) if p.is_known and "Name" in p.tag.grammemes]
    return not known or any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in known)
