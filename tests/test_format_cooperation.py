"""Multilateral cooperation mechanisms: the well-known ones of the gazetteer (Mekong cooperation with its partners,
``data/format_mechanisms.tsv``) and any other named ``механизм сотрудничества X–Y`` (``data/format_patterns.tsv``),
its two names as written, in either order one format.  Invented sentences."""
from __future__ import annotations

import pytest

from khronika.format_kinds import formats_in


@pytest.mark.parametrize("sentence, name", [
    ("Министры иностранных дел стран механизма сотрудничества Ланьцан-Меконг встретились в Бангкоке.",
     "сотрудничество Ланьцан – Меконг"),
    ("Во Пномпене открылась встреча лидеров Меконг–Ланьцан.", "сотрудничество Ланьцан – Меконг"),
    ("Токио примет саммит Меконг – Япония в ноябре.", "сотрудничество Меконг – Япония"),
    ("Министры стран механизма сотрудничества Дунай–Карпаты соберутся в Софии.",
     "механизм сотрудничества Дунай – Карпаты"),
    ("В рамках механизма сотрудничества «Карпаты – Дунай» прошла третья встреча экспертов.",
     "механизм сотрудничества Дунай – Карпаты"),
    ("Механизм сотрудничества в области энергетики обсуждался в Риге.", None),  # no names of its own
])
def test_a_cooperation_mechanism_named(sentence, name):
    names = [n.name for n in formats_in(sentence)]
    assert (name in names) if name else not any(n.startswith(("механизм сотрудничества", "сотрудничество"))
                                                for n in names)
