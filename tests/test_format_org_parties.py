"""An organisation the document names as a party of another format's meeting, or as an official's office, is not
that meeting's mechanism (``format_again.taken_up``: ``Во встрече участвовали главы МИД стран ЛАГ`` after a
dialogue between the organisation and a country; ``format_bodies.offices``: ``Генеральный секретарь ЛАГ Халед
…``).  Invented sentences."""
from __future__ import annotations

from collections import namedtuple

import pytest

from khronika.format_again import taken_up
from khronika.format_bodies import offices
from khronika.format_kinds import EVENT_NAMES, formats_in

Mention = namedtuple("Mention", "type start stop entity")

BEFORE = ("Министр иностранных дел Японии Кэнтаро Мацуда провел в понедельник пятую встречу стратегического диалога "
          "между Лигой арабских государств (ЛАГ) и Японией.")


@pytest.mark.parametrize("sentence, taken", [
    ("Во встрече участвовали также главы МИД стран ЛАГ.", True),
    ("Встреча прошла при участии постоянных представителей ЛАГ.", True),
    ("Во встрече участвовали министры стран ШОС.", False),  # an organisation the sentence before did not name
    ("Министры стран ЛАГ соберутся в Каире в мае.", False),  # no meeting taken up
])
def test_a_meeting_taken_up_whose_only_mechanism_is_its_party(sentence, taken):
    last = [n for n in formats_in(BEFORE) if not n.fixed]
    named = formats_in(sentence)
    assert len(last) == 1 and named
    assert (taken_up(sentence, named, last, EVENT_NAMES, BEFORE) == last) is taken


@pytest.mark.parametrize("sentence, person, kept", [
    ("Генеральный секретарь ЛАГ Халед Мансури призвал Японию расширить инвестиции.", "Халед", False),
    ("Генсек ЛАГ выступил на саммите ЛАГ в Каире.", None, True),  # no person right after: the summit stays
    ("Представители ЛАГ Халед Мансури и Фарис Халайла провели встречу.", "Халед", True),  # no title before
])
def test_a_gazetteer_organisation_named_as_an_office(sentence, person, kept):
    named = [n for n in formats_in(sentence) if n.fixed]
    at = sentence.find(person) if person else -1
    mentions = [Mention("PER", at, at + 5, "p")] if person else []
    assert bool(offices(named, sentence, 0, mentions)) is kept
