"""Steps coordinated with one's allies, an answer told as taken, and an act evaluated as unlawful; on sentences written
for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text):
        return [(e.type, e.factuality) for e in read_news(text, "2026-11-25").events]
    return go


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Канады заявила, что меры согласованы с партнерами по «Группе семи».",
    "Премьер Австралии сказал, что новые ограничения согласованы с союзниками.",
    "Глава МИД Норвегии сообщил, что согласовал эти шаги со своими партнерами.",
])
def test_steps_coordinated_with_allies_are_no_agreement(events, text):
    assert ("AGREE", "occurred") not in events(text)


def test_an_agreement_with_a_state_stays(events):
    assert ("AGREE", "occurred") in events("Аргентина согласовала с Уругваем график поставок.")


@pytest.mark.parametrize("text", [
    "Послу было заявлено, что в качестве ответной меры два сотрудника посольства Чили в Лиме объявляются персонами "
    "нон грата.",
    "В качестве ответной меры МИД Эквадора выслал трех колумбийских дипломатов.",
])
def test_an_answer_told_as_taken_is_no_threat(events, text):
    told = events(text)
    assert ("SANCTION", "occurred") in told and not any(t == "THREATEN" for t, _ in told)


def test_an_answer_to_come_is_a_threat(events):
    assert ("THREATEN", "occurred") in events("МИД Перу заявил, что в качестве ответной меры будут высланы два "
                                               "чилийских дипломата.")


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Перу заявил: «Мы считаем блокаду Боливии незаконной».",
    "Министр иностранных дел Перу назвал блокаду Боливии незаконной.",
    "Президент Чили считает санкции против Венесуэлы незаконными.",
])
def test_an_act_called_unlawful_is_an_accusation_not_the_act(events, text):
    assert events(text) == [("ACCUSE", "occurred")]
