"""The first meeting of a mechanism told in a clause of its own by its ordinal and noun (``первые консультации прошли
в Женеве``, ``первое заседание прошло в X``) beside the later ones: round 1, dated by its clause, else by the
founding the sentence tells (``Формат учрежден в 2026 году: …``).  Invented sentences only."""
import pytest

from khronika.format_rounds import clause_rounds
from tests.test_format_idle_and_joint import _history


@pytest.mark.parametrize("sentence, rounds", [
    ("Формат был учрежден в 2026 году: первые консультации прошли в Женеве, вторые — в Вальпараисо.", [1, 2]),
    ("Первое заседание прошло в Боготе, а второе — в Куэнке в мае 2029 года.", [1, 2]),
    ("Первая встреча состоялась в Осло в 2020 году; третья — в Женеве в 2024 году.", [1, 3]),
    ("Первый раунд после пандемии прошел в Мехико, а второй — в Ханое в 2029 году.", []),  # counted since
    ("Впервые министры встретились в Дакаре, а второй раунд прошел в Бамако.", []),  # «впервые», no list
])
def test_a_first_round_in_a_clause_of_its_own(sentence, rounds):
    assert [k for k, _, _ in clause_rounds(sentence)] == rounds


def test_the_first_round_of_a_format_founded_in_a_year_told_before_it(tmp_path):
    hist = _history(tmp_path, "Консультации в Лиме\n\nЛима, 14 мая 2031 /Андина/. Министры иностранных дел и обороны "
                    "Перу и Чили провели во вторник в Лиме третьи консультации в формате «два плюс два». Формат «два "
                    "плюс два» был учрежден в 2026 году: первые консультации состоялись в Женеве, вторые "
                    "— в Вальпараисо в мае 2029 года.\n", "2+2")
    assert ("round", 1, "2026") in hist and ("round", 2, "2029-05") in hist
    assert ("round", 1, "2031-05-13") not in hist  # not the document's own meeting


def test_the_first_round_takes_the_founding_told_in_another_clause(tmp_path):
    hist = _history(tmp_path, "Комиссия в Кито\n\nКито, 3 июня 2031 /Андес/. Министры Эквадора и Колумбии провели в "
                    "Кито третье заседание Смешанной комиссии. Смешанная комиссия была создана в марте 2027 года; "
                    "первое заседание прошло в Боготе, а второе — в Куэнке в мае 2029 года.\n", "смешанная комиссия")
    assert ("round", 1, "2027-03") in hist and ("round", 2, "2029-05") in hist
