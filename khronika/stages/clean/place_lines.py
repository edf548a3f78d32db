"""A lead that opens with its city and no day of the month: ``Ташкент. Президент …`` (a place line), ``Рабат,
пятница``, ``Ханой (Нянзан) — В четверг …`` (a placed weekday or outlet): where the report was written, dated by
another line of the page."""
from __future__ import annotations

import re

from ... import gazetteer
from ...dates import WEEKDAYS_NOM
from .heads import _AGENCY_NAMES, _PLACE_WORD, _SITE, Head, _title_case

# "Ташкент. Президент Республики …", "Тбилиси. Report.az": a city alone, a full stop, the lead or the outlet
_PLACE_LINE = re.compile(rf"^(?P<place>{_PLACE_WORD.pattern}|[А-ЯЁ]{{2,}}(?:-[А-ЯЁ]{{2,}})*)\.[ \t]+(?P<rest>\S.*)$")


def place_line(s: str) -> Head | None:
    """A lead that opens with a capital or city of the gazetteer alone before a full stop, then a sentence or the
    outlet's name (``Ташкент. Президент Республики …``, ``ТБИЛИСИ. Report.az``): where the report was written, dated
    by another line of the page (a stamp), not by this one."""
    if (day := _placed_day(s.strip())) is not None:
        return day
    m = _PLACE_LINE.match(s.strip())
    place = gazetteer.place_name(_title_case(m["place"])) if m else None
    if place is None:
        return None
    rest = m["rest"].strip()
    name = rest.strip(" .")
    outlet = _AGENCY_NAMES.get(name.lower()) or (name if _SITE.fullmatch(name) else None)
    if outlet is None and not (rest[:1].isupper() and len(rest.split()) > _PLACE_LEAD_WORDS):
        return None
    return Head(place, outlet, None, "place")


_PLACE_LEAD_WORDS = 3  # a lead after a place line is a sentence, not a heading's few words ("Москва. Кремль")


_PLACE_OR_CAPS = rf"(?P<place>{_PLACE_WORD.pattern}|[А-ЯЁ]+['’]?[А-ЯЁ]{{2,}}(?:-[А-ЯЁ]{{2,}})*)"  # "Н'ДЖАМЕНА"
_WEEKDAY_NOM = rf"(?:{'|'.join(WEEKDAYS_NOM)})"
# "Рабат, пятница", "Парамарибо, пятница (De Ware Tijd). Президент …", "Ханой (Нянзан) — В четверг …", "ЛИМА, среда /
# Андина/ — …": a city, a weekday or an outlet in brackets or slashes or both, then the end of the line, a dash or a
# full stop and the lead; no day of the month.  "ЛИЛОНГВЕ, (MANA) – …": a comma before the outlet too.
_PLACED_DAY = re.compile(rf"^{_PLACE_OR_CAPS}(?:,[ \t]*(?P<weekday>{_WEEKDAY_NOM}))?"
                         r"(?:[ \t]*,?[ \t]*(?:\((?P<paren>[^()\n]{1,40})\)|/(?P<slash>[^/\n]{1,40})/))?"
                         r"(?P<end>[ \t]*[.,]?[ \t]*$|[ \t]*[.,]?[ \t]*[-–—][ \t]+(?=\S)|\.[ \t]+(?=[A-ZА-ЯЁ«\"]))",
                         re.IGNORECASE)


def _placed_day(s: str) -> Head | None:
    """A dateline that names its city and no day of the month: ``Рабат, пятница`` (a line alone), ``Парамарибо,
    пятница (De Ware Tijd). Президент …``, ``Ханой (Нянзан) — В четверг …``: where the report was written (the
    weekday dates nothing without the page's own date).  A city of the gazetteer with a weekday or an outlet in
    brackets or slashes (a city alone before a full stop is ``place_line``'s), never a sentence's first words
    (``Москва, как и прежде, …``, ``Париж и Берлин договорились …``)."""
    m = _PLACED_DAY.match(s)
    return _placed(m) if m is not None else None


def _placed(m: re.Match) -> Head | None:
    """The head of a ``_PLACED_DAY`` match: a city of the gazetteer with a weekday, an outlet or a dash after it."""
    if not (m["weekday"] or m["paren"] or m["slash"] or _caps_before_dash(m)):
        return None
    if not m["place"][:1].isupper() or (m["weekday"] and not m["weekday"].islower()):
        return None  # IGNORECASE is for the weekday's letters only: "пятница", not "Пятница" a place
    place = gazetteer.place_name(_title_case(m["place"]))
    if place is None:
        return None
    said = (m["paren"] or m["slash"] or "").strip()
    return Head(place, _AGENCY_NAMES.get(said.lower(), said or None), None, "place")


def placed_lead(s: str) -> int:
    """Where the lead begins after a dateline that names its city and no day (``_placed_day``: ``ЛИЛОНГВЕ, (MANA) –
    Министр …`` → the offset of ``Министр``); 0 without one."""
    m = _PLACED_DAY.match(s)
    return m.end() if m is not None and m["end"].strip() and _placed(m) is not None else 0


def _caps_before_dash(m: re.Match) -> bool:
    """A city in capitals alone before a dash and the lead (``ВЬЕНТЬЯН – Премьер-министр …``): a wire's dateline
    whose day the page's stamp gives."""
    return m["place"].isupper() and len(m["place"]) > 2 and any(c in m["end"] for c in "-–—")
