"""A round told by its format's head noun where the document named that format twice, by two names of one set of sides
(``О вьетнамско-чилийских политических консультациях`` in the headline, ``пятый раунд консультаций по актуальным
международным вопросам`` in the text), after a sentence naming a gazetteer mechanism as a topic only: the format of
those sides, not the mechanism.  Two bodies of one pair that told different rounds stay apart (which one?).  Invented
sentences only."""
from __future__ import annotations

import pytest

from khronika.format_again import round_again, taken_up, told_one
from khronika.format_kinds import EVENT_NAMES, formats_in
from tests.test_format_history_told import ingested_formats

HEAD = "О вьетнамско-чилийских политических консультациях"
TOLD = "В Сантьяго прошел пятый раунд вьетнамско-чилийских консультаций по актуальным международным вопросам."
TOPIC = "Стороны обменялись мнениями о взаимодействии в АТЭС и БРИКС."


def _named(*texts):
    return [n for t in texts for n in formats_in(t)]


@pytest.mark.parametrize("sentence", [
    "Договорились провести следующий раунд консультаций в Ханое в 2032 году.",
    "Очередной раунд консультаций решено провести в Ханое.",
    "Предыдущий, четвертый раунд консультаций прошел в Ханое в мае 2029 года.",
    "Прошлые консультации состоялись в Ханое.",
])
def test_a_round_of_a_format_told_by_two_names_is_that_format(sentence):
    mentioned = _named(HEAD, TOLD, TOPIC)
    own = [n for n in mentioned if not n.fixed]
    last = [n for n in formats_in(TOPIC) if n.fixed][:1]
    assert len(own) == 2 and len(last) == 1, mentioned
    sides = frozenset({"e:iso-VN", "e:iso-CL"})
    known = {n.name: (sides, 5) for n in own}
    assert taken_up(sentence, [], last, EVENT_NAMES, TOPIC, mentioned, known) == [own[0]]
    assert taken_up(sentence, [], last, EVENT_NAMES, TOPIC, mentioned) == last  # sides untold: as before
    assert round_again(sentence, mentioned, known=known) == [own[0]]


def test_one_of_several_formats_is_the_one_the_document_told():
    a, b = _named("Прошло заседание межправительственной комиссии по торговле.",
                  "Заседала и межпарламентская комиссия по сотрудничеству.")
    pair, other = frozenset({"e:iso-GE", "e:iso-AM"}), frozenset({"e:iso-GE", "e:iso-AZ"})
    fits = {a.name: a, b.name: b}
    assert told_one(fits, {a.name: (pair, 3), b.name: (frozenset(), None)}) == {a.name: a}  # sides told of one only
    assert told_one(fits, {a.name: (pair, 3), b.name: (pair, 3)}) == {a.name: a}  # one format, two names: the first
    assert told_one(fits, {a.name: (pair, 3), b.name: (pair, 7)}) == fits  # two rounds told: two bodies
    assert told_one(fits, {a.name: (pair, None), b.name: (pair, None)}) == fits  # no round to tell them one
    assert told_one(fits, {a.name: (pair, 3), b.name: (other, 3)}) == fits  # two pairs
    sentence = "Предыдущее заседание комиссии прошло в Тбилиси."
    assert round_again(sentence, [a, b], known={a.name: (pair, 4), b.name: (pair, 9)}) == []


@pytest.mark.slow
def test_the_rounds_before_and_after_go_to_the_consultations_named_twice(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("О вьетнамско-чилийских политических консультациях\n\nСантьяго, 9 октября 2031 года. 9 октября в "
                    "Сантьяго состоялся очередной, пятый раунд вьетнамско-чилийских консультаций по актуальным "
                    "международным вопросам. Стороны обменялись мнениями о взаимодействии в АТЭС. "
                    "Договорились провести следующий раунд консультаций в Ханое в 2032 году. Предыдущий, четвертый "
                    "раунд консультаций прошел в Ханое в мае 2029 года.\n", encoding="utf-8")
    found = {f["name"]: {(h["status"], h["round"], h["date"]) for h in f["history"]}
             for f in ingested_formats(tmp_path, path)}
    mine = set().union(*(h for name, h in found.items() if "консультации" in name))
    assert {("round", 4, "2029-05"), ("planned", 6, "2032")} <= mine, found
    assert not any(rnd for name, h in found.items() if "консультации" not in name for _, rnd, _ in h), found
