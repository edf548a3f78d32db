"""The one format of its document a sentence tells a meeting of without naming it, for ``formats.py``
(``series_of``): the one mechanism the document named so far (``format_bodies.sole_format``), or the series whose
round next to the one the sentence numbers the document told (``adjacent``).
"""
from __future__ import annotations

import dataclasses

from .format_again import told_again
from .format_bodies import fits_summit, of_level, owning_nouns, sole_format
from .format_kinds import EVENT_NAMES, SUMMIT, SUMMIT_WORD
from .format_names import Named
from .format_rounds import numbered, round_in
from .ids import country_id
from .morph import fold


def series_of(text: str, named: list[Named], mentioned: list[Named], countries: set[str],
              doc_sides: dict[str, set[str]], met: set[str], called: dict[str, set[str]],
              rounds: dict[str, int] | None = None) -> Named | None:
    """The one format of the document so far, for a sentence that tells one of its meetings without naming it
    (``Девятое заседание комиссии прошло …``, ``предыдущее заседание прошло …``, ``Следующее, одиннадцатое, …``) or
    by a kind only (``Пятый саммит прошёл …`` of a summit series); not where the sentence names other sides.
    ``rounds``: the last round the document numbered of each format (``adjacent``)."""
    if not mentioned or not told_again(text, numbered(text)):
        return None  # no format named so far (tested first, the cheapest): none told again
    if (near := adjacent(text, named, mentioned, countries, doc_sides, rounds or {})) is not None:
        return dataclasses.replace(near, surface="", start=-1, stop=-1, spans=())
    sole = sole_format(mentioned, EVENT_NAMES, doc_sides, frozenset(met)) or of_level(text, named, mentioned, SUMMIT)
    named = [n for n in named if n.fixed or n.surface]  # not a kind only its event gave ("встреча" as a summit)
    if sole is None or any(n.name == sole.name for n in named) or _moved_on(sole, mentioned, doc_sides):
        return None
    if named and not (all(not n.fixed and n.name in EVENT_NAMES and n.type == SUMMIT for n in named)
                      and fits_summit(sole)):
        return None  # the sentence names a mechanism of its own
    if not named and SUMMIT_WORD.search(text) and not fits_summit(sole):
        return None
    words = fold(" ".join((sole.name, sole.type, sole.label, *called.get(sole.name, ()))))  # "диалог «2+2»" too
    words += " диалог" if "переговор" in words else ""  # talks told as a dialogue: "возобновили диалог"
    if any(fold(m.group(0))[:5] not in words for m in owning_nouns(text)):
        return None  # "Заседание межправкомиссии …" is not the working group's
    own = set(doc_sides.get(sole.name) or ()) | {country_id(c) for c in sole.countries}
    if len(countries) >= 2 and own and not countries <= own:
        return None  # "предыдущая встреча министров Аллерии и Борнании": other sides
    return dataclasses.replace(sole, surface="", start=-1, stop=-1, spans=())  # not named here: no alias, no vote


def adjacent(text: str, named: list[Named], mentioned: list[Named], countries: set[str],
             doc_sides: dict[str, set[str]], rounds: dict[str, int]) -> Named | None:
    """The series of two or more sides the document numbered a round of, for a sentence that numbers the round before
    or after it and names no mechanism but a kind (``XII аргентинско-чилийский саммит перенесен …`` …
    ``Предыдущий, XI саммит состоялся …``): that series, whatever organisation the document named in between (a
    meeting one of its leaders goes to, ``саммит G20``); None where several fit or the sentence names
    other sides."""
    if any(n.fixed or n.name not in EVENT_NAMES for n in named) or (k := round_in(text)) is None:
        return None
    fits = {n.name: n for n in mentioned if rounds.get(n.name) in (k - 1, k + 1)
            and len(sides := doc_sides.get(n.name) or set()) >= 2 and not (len(countries) >= 2 and countries - sides)}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _moved_on(sole: Named, mentioned: list[Named], doc_sides: dict[str, set[str]]) -> bool:
    """Has the document gone on to a meeting of other sides since it last named the one mechanism (a tag page's next
    teaser: ``… провели стратегический диалог``, then ``Третий раунд переговоров … завершился``), whatever its kind?"""
    last = mentioned[-1] if mentioned else None
    if last is None or last.name == sole.name:
        return False
    other, own = set(doc_sides.get(last.name) or ()), set(doc_sides.get(sole.name) or ())
    return len(other) >= 2 and not other & own
