"""A statement whose title names its kind and its author (``Комментарий официального представителя МИД России
М.И.Петровой в связи с …``, ``Заявление МИД Франции о …``, ``Ответ Департамента печати МИД на вопрос СМИ``): the
text is the author's own words.  The author is the person the title names before its first preposition, else the
body; each sentence of the text in the first person (``Расцениваем это решение как …``, ``Сожалеем, что …``),
outside the quotations found, is the author's direct speech (not a formula an outlet uses too: ``Напомним, что
…``), and the author is the document's voice (the ``speaker`` the stance stage reads ``мы`` by)."""
from __future__ import annotations

from ...marks import OPENERS
from ...morph import fold, lemmas
from ...records import Quote, Token
from .actors import best
from .cues import AUTHORED, FIRST_PERSON, REMINDERS, TURNS
from .reading import Reading, quote_id, trim
from .speakers import SUBJECT

TITLE_PARAGRAPHS = 3  # a statement's title is among the page's first lines (after the site's name: "МИД Республики X")


def statement_title(r: Reading) -> tuple[int, str] | None:
    """(end of the title, its author) of a statement whose title names its author (the first paragraph, or one of the
    first lines after the site's name); None when there is no such title."""
    for pa, pb in r.view.paragraphs[:TITLE_PARAGRAPHS]:
        author = _author(r, pa, pb)
        if author is not None:
            return pb, author
        if r.text[pb - 1:pb] in ".!?":
            return None  # the text has begun
    return None


def _author(r: Reading, pa: int, pb: int) -> str | None:
    words = [t for t in r.view.tokens_in(pa, pb) if t.pos != "PUNCT"]
    if not words or not lemmas(words[0].text) & AUTHORED or len(words) > r.settings.title_words or \
            r.text[pb - 1:pb] in ".!?" or r.text[pa:pb].lstrip()[:1] in OPENERS or \
            any(t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin" for t in words):
        return None  # "Заявление Иванова вызвало споры": a headline of news about it
    cut = next((i for i, t in enumerate(words) if i > 0 and t.pos == "ADP"), len(words))
    found = best([a for a in r.actors.actors(words[1:cut]) if not r.actors.outlet(a.entity)])
    if found is None or found.kind not in ("person", "organization"):
        return None
    return found.entity


def first_person(r: Reading, tokens: list[Token]) -> bool:
    """A sentence told in the first person: its main verb is (``Расцениваем …``, ``Сожалеем, что …``) or its
    subject is ``мы``/``я``."""
    roots = [t for t in tokens if t.rel == "root"]
    for root in roots:
        if root.pos in ("VERB", "AUX") and root.feats.get("Person") == "1" and root.feats.get("VerbForm") == "Fin":
            return True
        if any(c.rel in SUBJECT and fold(c.text) in FIRST_PERSON for c in r.view.children(root)):
            return True
    return False


def turn(tokens: list[Token]) -> str | None:
    """``Вопрос: …``/``Ответ: …``: the turn a sentence opens with its label, if it does."""
    if len(tokens) < 3 or tokens[1].text != ":":
        return None
    return next((TURNS[w] for w in lemmas(tokens[0].text) if w in TURNS), None)


def authored_quotes(r: Reading, title: tuple[int, str], taken: list[Quote]) -> list[Quote]:
    """The author's first-person sentences after the title, and every sentence of an answer's turn (``Ответ: …``, up
    to the next ``Вопрос:``), outside the quotes ``taken``."""
    out: list[Quote] = []
    title_end, author = title
    now = None
    for sentence in r.view.sentences:
        tokens = list(sentence.tokens)
        label = turn(tokens)
        now = label or now
        if label is not None:
            tokens = tokens[2:]
        if sentence.start < title_end or not tokens or now == "question" or \
                (now != "answer" and not first_person(r, tokens)) or lemmas(tokens[0].text) & REMINDERS:
            continue  # "Напомним, что …": the outlet's words as often as the author's
        a, b = trim(r.text, tokens[0].start, sentence.stop)
        while b > a and r.text[b - 1] in ".!":
            b -= 1
        if b - a < r.settings.min_indirect_chars or any(q.start < b and a < q.stop for q in taken) or \
                r.in_quote(a):
            continue
        out.append(Quote(id=quote_id(r.doc.id, a, b), text=r.text[a:b], start=a, stop=b,
                         evidence_start=sentence.start, evidence_stop=sentence.stop, speaker=author, direct=True,
                         cue=None))
    return out
