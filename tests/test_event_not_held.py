"""Acts told of no particular occasion, talks walked out of, meetings a proposal is of (no event of their own) and
an answer to come told by its measure (a threat); on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Гайаны заявил, что Джорджтаун ответит на любые новые ограничения.",
    "Премьер Эстонии пообещал, что Таллин жестко ответит на любые новые санкции Минска.",
    "Президент Ганы предупредил, что Аккра ответит на любые дальнейшие ограничения Того.",
])
def test_an_act_quantified_by_any_is_no_event_under_a_threat(acts_of, text):
    assert acts_of(text) == [("THREATEN", "occurred")]


def test_measures_already_taken_that_a_threat_answers_stay_events(acts_of):
    assert ("SANCTION", "occurred") in acts_of("Токио ответит на санкции, объявленные Сеулом на прошлой неделе.")


@pytest.mark.parametrize("text", [
    "Делегация Эквадора покинула переговоры с Колумбией в Кито.",
    "Делегация Гвинеи покинула консультации с Мали, заявив о давлении.",
    "Представители Сербии покидают переговоры с Косово второй раз за месяц.",
])
def test_talks_walked_out_of_are_no_meeting(acts_of, text):
    assert ("CONSULT", "occurred") not in acts_of(text)


@pytest.mark.parametrize("text", [
    "Боливия выступила с предложением о новом раунде переговоров с Чили.",
    "Глава МИД Ганы направил Того предложение о проведении консультаций.",
    "Эстония внесла инициативу о созыве встречи министров с Латвией.",
])
def test_a_meeting_a_proposal_is_of_is_none_held(acts_of, text):
    assert ("CONSULT", "occurred") not in acts_of(text)


def test_a_round_held_stays_a_meeting(acts_of):
    assert ("CONSULT", "occurred") in acts_of("Делегации Перу и Чили провели в Лиме новый раунд переговоров.")


@pytest.mark.parametrize("text", [
    "Министр обороны Эстонии заявил, что ответ Таллина будет жестким.",
    "«Наш ответ будет соразмерным», — сказал премьер Ганы о санкциях Того.",
    "Глава МИД Перу предупредил: ответ будет адекватным и быстрым.",
])
def test_an_answer_told_by_its_measure_to_come_is_a_threat(acts_of, text):
    assert ("THREATEN", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "В прошлом году ответ Кито был жестким: были высланы три дипломата Колумбии.",
    "Министр сообщил, что ответ на запрос Чили будет положительным.",
])
def test_an_answer_that_came_or_a_reply_is_no_threat(acts_of, text):
    assert ("THREATEN", "occurred") not in acts_of(text)
