"""A post a page gives whole (``Приводим публикацию полностью.``, ``Публикуем пост полностью:``): a line that
announces it, then a line that names its author alone (a person or a body of a side, no outlet: ``Мария Сидорова``,
``🇽🇽 Посольство X в Y``), then the post, the lines up to the next blank line: the author's own words, a direct quote
with no verb of speech."""
from __future__ import annotations

from ...morph import fold, lemmas
from ...records import Quote
from .actors import Actors, best
from .cues import GIVEN_WHOLE
from .reading import Reading, quote_id, trim


def post_quotes(r: Reading, taken: list[Quote]) -> list[Quote]:
    """The posts a page gives whole, each a quote of the author its line names, outside the quotes ``taken``."""
    out: list[Quote] = []
    lines = r.view.paragraphs
    for (pa, pb), (qa, qb) in zip(lines, lines[1:]):
        announce = r.view.tokens_in(pa, pb)
        if not (r.text[pa:pb].rstrip().endswith(":") or any(lemmas(t.text) & GIVEN_WHOLE for t in announce)):
            continue
        author = _author(r, qa, qb)
        if author is None:
            continue
        end = r.text.find("\n\n", qb)
        a, b = trim(r.text, qb, end if end >= 0 else len(r.text))
        if b - a < r.settings.min_indirect_chars or any(q.start < b and a < q.stop for q in taken + out):
            continue
        out.append(Quote(id=quote_id(r.doc.id, a, b), text=r.text[a:b], start=a, stop=b, evidence_start=qa,
                         evidence_stop=b, speaker=author, direct=True, cue=None))
    return out


def _author(r: Reading, a: int, b: int) -> str | None:
    """The person or body of a side a short line with no verb names alone, else None."""
    words = [t for t in r.view.tokens_in(a, b) if t.pos != "PUNCT" and any(c.isalnum() for c in t.text)]
    line = r.text[a:b].rstrip()
    if not words or len(words) > r.settings.post_author_words or line[-1:] in ".!?:;," or \
            any(t.pos in ("VERB", "AUX") for t in words):
        return None
    found = best([x for x in r.actors.actors(words) if not r.actors.outlet(x.entity)])
    if found is None or found.kind not in ("person", "organization"):
        return body_named(r.actors, " ".join(t.text for t in words))
    if found.kind == "organization" and r.actors.side(found.entity) is None:
        return None  # a channel's or an outlet's name: no one's words
    return found.entity


def body_named(actors: Actors, line: str) -> str | None:
    """The one body of a side whose name (or an alias) a line is, alone or with its seat (``Посольство X в Y``), where
    the tagger found that name elsewhere in the text only; none for an outlet."""
    line = fold(line)
    named = [e for e in actors.doc.entities if e.type == "organization" and
             any(line == n or line.startswith(n + " в ") for n in {fold(x) for x in (e.name, *e.aliases)})]
    if len(named) != 1 or actors.outlet(named[0].id) or actors.side(named[0].id) is None:
        return None
    return named[0].id
