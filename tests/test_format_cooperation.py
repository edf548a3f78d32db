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


@pytest.mark.parametrize("sentence, document, name", [
    ("Глава МИД Греции принял участие во встрече в формате «5+1» в Нью-Йорке.",
     "Генсек ООН собрал стороны кипрского урегулирования.", "встреча по Кипру «5+1»"),
    ("Переговоры «5+1» возобновятся в Вене.", "Речь идет о ядерной программе Ирана.", "«пять плюс один»"),
    ("Неформальная встреча по Кипру пройдет в Женеве.", "", "встреча по Кипру «5+1»"),
])
def test_a_number_names_the_mechanism_of_the_documents_topic(sentence, document, name):
    from khronika.format_aliases import bound

    found = bound(list(formats_in(sentence)), sentence, f"{sentence} {document}", set())
    assert [n.name for n in found if n.fixed] == [name]
