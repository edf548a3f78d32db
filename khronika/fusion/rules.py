"""``compatible`` (``compat.py``) says when two reports may be one event: nothing they know disagrees; ``link`` when
they say so, a strength above zero: meetings by ``meeting_link.py``, other acts by ``act_link.py`` (and an act whose day
two outlets read apart, ``misread.py``).
"""
from __future__ import annotations

from ..settings import FusionSettings
from .act_link import act_link
from .acts import retelling, things_meet, told_alike
from .agree import places_agree
from .compat import MUTUAL, compatible, facing
from .days import dates_agree, days_agree, days_told, retold, to_day
from .meeting_link import ROUND_SIDES, meeting_link
from .misread import misread
from .report import Report

__all__ = ["MUTUAL", "ROUND_SIDES", "compatible", "dates_agree", "days_agree", "days_told", "facing", "link",
           "places_agree", "told_twice"]


def link(a: Report, b: Report, settings: FusionSettings = FusionSettings()) -> int:
    """How strongly two compatible reports of different documents say they are one event (0: not)."""
    if a.doc == b.doc:
        return 0
    if a.type == "CONSULT":
        return meeting_link(a, b, settings)
    if retold(a, b):  # a later report's retelling of an act a few days before its document: strong evidence only
        return retelling(a, facing(a, b), settings)
    if misread(a, b, settings):  # one act whose day two outlets read a day apart: the weakest link
        return 1
    return act_link(a, b, settings)


def told_twice(a: Report, b: Report, settings: FusionSettings = FusionSettings()) -> bool:
    """One document telling one act twice, a headline and its lead or a lead and a recap (``Страна X ввела санкции
    против Y`` and ``Правительство X в понедельник ввело санкции против Y``): an act other than a meeting, of one day
    to the day, its evidence much alike beyond the verb (``acts.told_alike``), or an agreement on one thing however
    worded (``acts.things_meet``: ``договорились о совместном патрулировании`` and ``соглашение о совместных
    патрулях``).  Not a link (``link`` joins reports of
    different documents): a telling left alone joins the group its other telling is in (``cluster``)."""
    return a.doc == b.doc and a.id != b.id and a.type == b.type and a.type != "CONSULT" \
        and to_day(a) and a.date == b.date \
        and (told_alike(a, b, settings) or things_meet(a, b, settings))
