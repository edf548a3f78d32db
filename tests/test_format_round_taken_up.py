"""A round told by the head noun of the format its document tells, after a sentence naming another mechanism only as a
topic (``… сотрудничество в «Группе двадцати». Решено провести следующий раунд консультаций …``): that format's.
Invented sentences only."""
from __future__ import annotations

import pytest

from khronika.format_again import taken_up
from khronika.format_kinds import EVENT_NAMES, formats_in
from tests.test_format_history_told import ingested_formats

TOLD = ("Пятый раунд перуанско-бразильских политических консультаций состоялся в Лиме.")
TOPIC = "Стороны обсудили сотрудничество в ООН и «Группе двадцати»."


@pytest.mark.parametrize("sentence, own", [
    ("Решено провести следующий раунд консультаций в Бразилиа в 2027 году.", True),
    ("Прошлый, четвертый раунд консультаций проходил в Бразилиа весной 2022 года.", True),
    ("Следующая встреча пройдет в Бразилиа.", False),  # no head noun of the consultations: the last format's
])
def test_a_round_by_the_head_noun_of_an_earlier_format(sentence, own):
    mentioned = list(formats_in(TOLD)) + list(formats_in(TOPIC))
    last = [n for n in formats_in(TOPIC) if n.fixed]
    assert len(last) == 1 and len(mentioned) == 2
    taken = taken_up(sentence, [], last, EVENT_NAMES, TOPIC, mentioned)
    assert [n.name for n in taken] == [mentioned[0].name if own else last[0].name]


@pytest.mark.slow
def test_the_rounds_before_and_after_are_the_consultations(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("О консультациях\n\nЛима, 4 декабря 2031 года. 4 декабря в Лиме состоялся очередной, пятый раунд "
                    "перуанско-бразильских консультаций. Стороны обсудили сотрудничество в ООН и «Группе "
                    "двадцати». Решено провести следующий раунд консультаций в Бразилиа в 2032 году. Прошлый, "
                    "четвертый раунд консультаций состоялся в Бразилиа в апреле 2029 года.\n", encoding="utf-8")
    found = {f["name"]: {(h["status"], h["round"], h["date"]) for h in f["history"]}
             for f in ingested_formats(tmp_path, path)}
    [mine] = [h for name, h in found.items() if "консультации" in name]
    assert {("round", 4, "2029-04"), ("planned", 6, "2032")} <= mine
    assert any(status == "round" and rnd == 5 for status, rnd, _ in mine)
