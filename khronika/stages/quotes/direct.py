"""Direct speech: text in «…», "…" or „…“ (nesting understood: ``«… программы «Один пояс, один путь» …»``;
a straight ``"`` opens before a word and closes after one, ``khronika/marks.py``).

The candidates are the outermost marks of a line, and a ``«`` left open on one line with the ``»`` left
unopened on one of the next lines (``across_lines``: ``«Первый абзац.`` / ``Второй», — сказал он.``).
A candidate is a quote when

* a verb of speech attributes it: inside it (``"Первая часть, - отметил министр. - Вторая часть"``
  gives two quotes with the same speaker), or, in the order of ``ATTRIBUTIONS``, after it (``«…», —
  сказал он``, ``"…" - добавил министр``), before it (``Министр заявил: «…»``, ``X заявил, что "…"``
  when the quoted words make a clause; ``X опубликовал заявление:`` on the line before);
* it opens a paragraph and runs on without a closing mark into paragraphs opened again, up to a
  quotation that closes and is attributed (``running``: each paragraph is a quote of that speaker);
* it follows an attributed quote in the same paragraph with nothing but the attribution between;
* a person's name and a colon introduce it (``Петров: «…»``);
* a verb of naming with a subject precedes it and the quoted words are in the instrumental (``Петров
  назвал визит «шагом назад»``; without a speaker resolved it is no quote), or a verb of characterising and
  ``как`` (``приветствовал решение как «смелый шаг»``);
* or, unattributed, it opens a paragraph or a sentence and reads as a clause: three words or more with
  a finite verb or a predicative (``«Мы будем стоять до конца»``: speaker None, or the document's
  principal speaker, ``stage.principal``); after a colon it goes on with the speech reported just
  before in its paragraph, else it is none (``stage.continuing``); a quoted predicate after its subject
  (``Кремль «сделал шаг навстречу»``) is the principal speaker's or none.

Anything else in quotation marks is a name or a term (``«Росатом»``, ``формат «пять плюс пять»``,
``концепция «Один пояс, один путь»``, ``назвали операцию «Буря»``) and is not a quote.
"""
from __future__ import annotations

import re

from ...gazetteer import adjective_country
from ...marks import OPENERS, quote_pairs
from ...morph import fold, lemmas
from ...names import title_lemma
from .attribution import D, clause_end, closed, verb_at_start, verb_first
from .cues import PREDICATIVES, STATEMENTS, expressed, speech_class
from .reading import Attribution, Found, Previous, Reading, trim
from .speakers import SUBJECT, Speaker
from .verbal import called_clause, calling, characterised, demanded, naming


def find_direct(r: Reading) -> list[Found]:
    """The direct speech of the document, each part with its attribution (None: unattributed)."""
    pairs = quote_pairs(r.text)
    spans = [(o, c) for o, c, _ in pairs] + across_lines(r, pairs)
    top = sorted((o, c) for o, c in spans if not any(o2 < o and c < c2 for o2, c2 in spans))
    out: list[Found] = []
    previous: Previous = None
    for o, c in top:
        content_start, content_stop = o + 1, c
        parts, attribution = interrupted(r, content_start, content_stop)
        by = None
        if attribution is None:
            for by in ATTRIBUTIONS:
                attribution = by(r, o, c, previous)
                if attribution is not None:
                    break
        colon = loose = False
        if attribution is None:
            colon = after_colon(r, o)
            clause = clause_like(r, content_start, content_stop)
            said = clause or (colon and words(r, o, c) >= r.settings.colon_quote_words)
            loose = clause and not colon and not opens_sentence(r, o) and predicate(r, o, c)
            if not ((opens_sentence(r, o) or colon) and said) and not loose:
                continue
        elif attribution.verb is not None and by_that(r, attribution, o) and \
                not clause_like(r, content_start, content_stop):
            continue  # X заявил, что «Росатом» …: a name inside indirect speech
        for a, b in parts:
            a, b = trim(r.text, a, b)
            if b - a < r.settings.min_part_chars:
                continue
            lo = min(a, attribution.start) if attribution else o
            hi = max(b, attribution.stop) if attribution else c + 1
            order = attribution.start if attribution else o
            needs = attribution is not None and by in (naming, calling, demanded, colon_subject, called_clause)
            out.append(Found(a, b, True, attribution, r.view.evidence(min(lo, o), max(hi, c + 1)), order,
                             colon and not opens_sentence(r, o), needs, loose))
        if attribution is not None and by is not label_before:
            previous = (max(attribution.stop, c + 1), attribution)
    return out + running(r, [o for o, _ in top], out)


_GUILLEMET = re.compile("[«»]")


def across_lines(r: Reading, pairs: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """A quotation in guillemets over several lines (``«Первый абзац.`` / ``Второй абзац», — сказал он.``):
    a ``«`` left open on one line and the next unpaired guillemet, a ``»`` left unopened on one of the
    next ``quote_lines`` lines."""
    paired = {o for o, _, _ in pairs} | {c for _, c, _ in pairs}
    loose = [(m.start(), m.group()) for m in _GUILLEMET.finditer(r.text) if m.start() not in paired]
    out = []
    for (i, a), (j, b) in zip(loose, loose[1:]):
        lines = sum(1 for x, _ in r.view.paragraphs if i < x < j)
        if a == "«" and b == "»" and 0 < lines <= r.settings.quote_lines:
            out.append((i, j))
    return out


def running(r: Reading, openers: list[int], found: list[Found]) -> list[Found]:
    """A quotation over several paragraphs: each opens with a quotation mark and only the last closes
    (``«Первый абзац.`` / ``«Второй абзац», — сказал он.``); the paragraphs left open take the
    attribution of the quotation that closes the run."""
    out: list[Found] = []
    opened = set(openers)
    pending: list[tuple[int, int]] = []
    for a, b in r.view.paragraphs:
        o = a + len(r.text[a:b]) - len(r.text[a:b].lstrip())
        if o >= b or r.text[o] not in OPENERS:
            pending = []
            continue
        if o not in opened:
            if not any(x <= o < y for x, y in r.salience.quoted) and not any(f.start <= o < f.stop for f in found):
                pending.append((o + 1, b))
            continue
        closing = next((f for f in found if f.direct and f.attribution is not None and o < f.start <= o + 2), None)
        if closing is not None and closing.attribution.speaker.entity is not None:
            for x, y in pending:
                x, y = trim(r.text, x, y)
                if clause_like(r, x, y):
                    out.append(Found(x, y, True, closing.attribution, r.view.evidence(x, y), closing.order))
        pending = []
    return out


def interrupted(r: Reading, start: int, stop: int) -> tuple[list[tuple[int, int]], Attribution | None]:
    """Split quoted text at an attribution inside it: ``Первая часть, - отметил министр. - Вторая``."""
    content = r.text[start:stop]
    chars = r.settings.interrupting_chars
    # a lookahead, so that the attempts overlap: "…, — с министрами, — посетить порт, — сказала она. — …"
    # the attribution: no line break and no dash but a hyphen inside a word ("бизнес-омбудсмен")
    inner = r"((?:[^\n" + D + r"]|(?<=\w)-(?=\w)){1," + str(chars) + r"}?)"
    for m in re.finditer(r"(?=([,.!?…])\s*[" + D + r"]+\s+" + inner + r"([.,:]\s*[" + D + r"]+\s+))", content):
        attr_start, attr_stop = start + m.start(2), start + m.end(2)
        verb = verb_at_start(r, attr_start, attr_stop)
        if verb is None:
            continue
        attribution = Attribution(verb, start + m.start(1), start + m.end(3), Speaker())
        attribution.speaker = r.speakers.subject_of(verb, attr_start, attr_stop)
        cut = start + m.start(1) + (0 if m.group(1) == "," else 1)
        return [(start, cut), (start + m.end(3), stop)], attribution
    return [(start, stop)], None


# ---- the attributions of a quotation, tried in order: (reading, opener, closer, previous) → Attribution | None


def after(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``«…», — сказал он.``: a dash after the closing mark, then a verb of speech (on the next line too, when the
    verb is written in lower case: ``«…».`` / ``— сказала она.``)."""
    rest = r.text[c + 1:]
    m = re.match(r"[ \t]*[,.!?…]?[ \t]*(\n[ \t]*)?[" + D + r"]+[ \t]*", rest)
    if not m:
        return comma_after(r, o, c)
    if m.group(1) and not rest[m.end():m.end() + 1].islower():
        return None
    a = c + 1 + m.end()
    line_end = r.text.find("\n", a)
    line_end = len(r.text) if line_end < 0 else line_end
    stop = clause_end(r, a, line_end)
    verb = verb_at_start(r, a, stop) or verb_first(r, a, stop, closed(r, c))
    if verb is None:
        return None
    att = Attribution(verb, c + 1, stop)
    att.speaker = r.speakers.subject_of(verb, a, stop)
    return att


def comma_after(r: Reading, o: int, c: int) -> Attribution | None:
    """``«…», сказал Хоровитц.``: a comma and no dash after the closing mark, then a finite verb of speech as the
    first word (of the words a verb alone makes speech of, only one of speech: not ``«Лёд», снятый …``). A name in
    quotation marks (``корреспондент «Эха Кавказа», настаивал``: every word capitalised) is none, and so is a verb
    that names no speaker or a news outlet (``…», сообщает Лента.ру``: the quotation's speaker is told elsewhere)."""
    m = re.match(r"[ \t]*,[ \t]*(?=[а-яё])", r.text[c + 1:])
    inside = r.text[o + 1:c].split()
    if not m or all(w[:1].isupper() for w in inside) or _a_term(r, o, c):
        return None
    a = c + 1 + m.end()
    line_end = r.text.find("\n", a)
    stop = clause_end(r, a, len(r.text) if line_end < 0 else line_end)
    first = next((t for t in r.view.tokens_in(a, stop) if t.pos != "PUNCT"), None)
    if first is None or first.start != a or not speech_class(first) or first.feats.get("VerbForm") != "Fin" or \
            first.feats.get("Mood") == "Imp":
        return None
    att = Attribution(first, c + 1, stop)
    att.speaker = r.speakers.subject_of(first, a, stop)
    return att if att.speaker.entity is not None else None


def _a_term(r: Reading, o: int, c: int) -> bool:
    """A quoted name or term of a noun before it (``от политики «максимального давления», заявил …``, ``проект «Южный
    коридор», заявил министр, будет …``: its head a genitive or an apposition of that noun, no verb and no preposition
    in it): a word the sentence uses, no words spoken; ``Ситуация «неприемлема»``, ``Отношения «на подъеме»`` (a
    predicate, a preposition) and a quotation that opens its sentence are speech."""
    inner = [t for t in r.view.tokens_in(o + 1, c) if t.pos != "PUNCT"]
    ids = {t.id for t in inner}
    if not inner or any(t.pos in ("VERB", "AUX", "ADP") for t in inner):
        return False
    tops = [t for t in inner if t.head_id not in ids]
    above = {t.head_id for t in tops}
    before = [t for t in r.view.sentence_tokens(o) if t.stop <= o and t.id in above]
    return len(tops) == 1 and tops[0].rel in _OF_A_NOUN and len(before) == 1 and before[0].pos in ("NOUN", "PROPN")


_OF_A_NOUN = frozenset({"nmod", "appos", "flat", "flat:name", "flat:foreign"})  # a name or term of the noun before


def before(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``Министр заявил: «…»`` or ``X заявил, что «…»``: a verb of speech in the clause before."""
    pa = r.view.paragraph(o)[0]
    if not r.text[pa:o].strip():  # the quotation opens its line: "… разместила заявление:" on the line before
        pa = max((a for a, b in r.view.paragraphs if b <= pa and r.text[b:pa].count("\n") <= 2), default=pa)
    head = r.text[pa:o]
    colon = re.search(r":\s*[" + D + r"]?\s*$", head)
    that = re.search(r",?\s*что\s*$", head)
    if not colon and not that:
        return None
    stop = o - len(colon.group() if colon else that.group())
    sentence_start = max(pa, r.view.sentences[r.view.sentence_index(stop - 1)].start) if stop > pa else pa
    tokens = [t for t in r.view.tokens_in(sentence_start, stop) if not r.in_quote(t.start)]
    verbs = [t for t in tokens if speech_class(t) or expressed(r.view, t)]
    if not verbs and colon:  # "X опубликовал заявление: «…»": the verb whose object is a statement
        verbs = [h for t in tokens if lemmas(t.text) & STATEMENTS and t.rel == "obj"
                 and (h := r.view.head(t)) is not None and h.pos == "VERB"]
    if not verbs:
        return None
    verb = verbs[-1]
    if expressed(r.view, verb):
        verb = r.view.head(verb) or verb
    att = Attribution(verb, sentence_start, stop)
    att.speaker = r.speakers.subject_of(verb, sentence_start, stop)
    return att


def continued(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """A clause in quotation marks after an attributed quote, only the end of the attribution
    between: ``— сказал он. — «…»``."""
    if previous is not None and continues(r, previous[0], o) and clause_like(r, o + 1, c):
        return previous[1]
    return None


def label_before(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``Петров: «…»``: a person's mention, a colon and the quote; titles may come first (``Министр Петров:
    «…»``, ``Глава МИД Петров:``, a subtitle's or a caption's label, also after the caption's sentences before it on
    its line), where he said it may follow (``Петров в Telegram:``)."""
    pa = r.view.paragraph(o)[0]
    m = re.search(r"(\S[^:\n]{0," + str(r.settings.label_chars) + r"}?):\s*[" + D + r"]?\s*$", r.text[pa:o])
    if not m or re.match(r"[^\S\n]*\w", r.text[c + 1:]):
        return None  # "Петров: «Восток» станет общим проектом": a name quoted in his words told, not the words
    a, b = pa + m.start(1), pa + m.end(1)
    told = re.match(r".*[.!?]\s+(?=\S)", r.text[a:b])  # "Фото 3 из 5. Пресс-конференция. Петров: «…»": a caption
    if told and r.actors.person_named(a, b) is None:
        a += told.end()
    where = re.match(r".+?(?=\s+во?\s+[^:]{1,40}$)", r.text[a:b])  # "Петров в Telegram:", "… в интервью ТАСС:"
    for end in (b, a + where.end()) if where else (b,):
        person = r.actors.person_named(a, end)
        first = next((w for w in r.text[a:end].split() if adjective_country(w) is None), "")  # "Лаосский премьер"
        if person is None and first and title_lemma(first) is not None:
            named = [x for x in r.doc.mentions if x.stop == end and x.type == "PER" and a < x.start]
            if named and re.fullmatch(r"[\w\s-]+", r.text[a:named[0].start]):
                person = r.actors.person_named(named[0].start, end)
        if person:
            return Attribution(None, a, b, Speaker(person))
    return None


def colon_subject(r: Reading, o: int, c: int, previous: Previous) -> Attribution | None:
    """``Петров отклонил упреки оппозиции: «Никто не вправе …»``: a clause after a colon that ends a sentence
    whose main verb, no verb of speech, has a person for its subject: that person's words (``stage.continuing``
    gives such a quotation the speech reported before it in its paragraph, when there is some)."""
    if not after_colon(r, o) or not opens_clause(r, o, c):
        return None
    before_o = [t for t in r.view.sentence_tokens(o - 1) if t.stop <= o and not r.in_quote(t.start)]
    root = next((t for t in before_o if t.rel == "root"), None)
    if root is None or root.pos != "VERB" or root.feats.get("VerbForm") != "Fin" or speech_class(root) or \
            r.view.child(root, SUBJECT) is None:
        return None
    att = Attribution(root, before_o[0].start, o)
    att.speaker = r.speakers.subject_of(root, before_o[0].start, o)
    entity = att.speaker.entity
    if entity is None or att.speaker.proxy is not None or not (entity.startswith("?") or r.actors.is_person(entity)):
        return None
    return att


ATTRIBUTIONS = (after, before, continued, label_before, naming, calling, demanded, colon_subject, called_clause,
                characterised)


# ---- tests on the text


def by_that(r: Reading, att: Attribution, o: int) -> bool:
    return att.stop <= o and re.search(r"что\s*$", r.text[att.start:o]) is not None


def continues(r: Reading, end: int, o: int) -> bool:
    """Only the end of an attribution between two quotes: ``— сказал он. — «…»``."""
    between = r.text[end:o]
    return "\n" not in between and re.fullmatch(r"\s*[.!?…:]?\s*[" + D + r"]?\s*", between) is not None \
        and re.search(r"[.!?…:" + D + "]", between) is not None


def predicate(r: Reading, o: int, c: int) -> bool:
    """A quoted predicate after its subject: ``Кремль «сделал первый шаг»`` (not ``на вопрос «Следует ли …»``,
    nor ``«союза, который …»``)."""
    inside = [t for t in r.view.tokens_in(o + 1, c) if t.pos != "PUNCT"]
    before = [t for t in r.view.tokens_in(r.view.paragraph(o)[0], o) if t.pos != "PUNCT"]
    return bool(inside and before) and inside[0].pos in ("VERB", "AUX") and inside[0].feats.get("VerbForm") == "Fin" \
        and before[-1].pos in ("NOUN", "PROPN") and before[-1].feats.get("Case") == "Nom"


def after_colon(r: Reading, o: int) -> bool:
    """A colon ends the words before the quotation on its line."""
    pa = r.view.paragraph(o)[0]
    return re.search(r"\S\s*:\s*$", r.text[pa:o]) is not None


def opens_sentence(r: Reading, o: int) -> bool:
    pa = r.view.paragraph(o)[0]
    return re.search(r"(^|[.!?…]\s)[\s" + D + r"]*$", r.text[pa:o]) is not None


def opens_clause(r: Reading, o: int, c: int) -> bool:
    """Quoted words that open with a capital and read as a clause (``clause_like``)."""
    return r.text[o + 1:c].strip()[:1].isupper() and clause_like(r, o + 1, c)


def words(r: Reading, start: int, stop: int) -> int:
    return sum(1 for t in r.view.tokens_in(start, stop) if t.pos != "PUNCT")


def clause_like(r: Reading, start: int, stop: int) -> bool:
    """Enough words with a finite verb, a short adjective or a predicative to be a clause."""
    found = [t for t in r.view.tokens_in(start, stop) if t.pos != "PUNCT"]
    if len(found) < r.settings.min_clause_words:
        return False
    for t in found:
        if t.pos in ("VERB", "AUX") and (t.feats.get("VerbForm") == "Fin" or "Mood" in t.feats):
            return True
        if t.feats.get("Variant") == "Short":
            return True
        if fold(t.text) in PREDICATIVES:
            return True
    return False
