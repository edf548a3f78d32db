"""The next meeting of a series told under a verb of agreeing, deciding or intending in the past (``Следующий раунд
стороны условились провести в мае``), or as the object of holding or hosting it under a readiness (``готова принять
следующее заседание в марте``): a plan, dated by its own time, which lies ahead (a month without a year is the next
such month); a next meeting told as held stays held (planned._next_one, planned._ready_to).  Sentences written for
these tests."""
import pytest

pytestmark = pytest.mark.slow

HELD = "ТАЛЛИН, 20 ноября. Министры Эстонии и Финляндии провели в Таллине третий раунд консультаций по морской границе."


@pytest.fixture(scope="module")
def consults(read_news):
    def go(text):
        return [(e.factuality, e.date.iso(), e.round) for e in read_news(f"{HELD} {text}", "2026-11-20").events
                if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text, date", [
    ("Следующий, четвертый раунд стороны условились провести в Хельсинки в конце января.", "2027-01"),
    ("Следующий раунд министры договорились провести в Хельсинки в феврале.", "2027-02"),
    ("Четвертый раунд консультаций стороны решили провести в Турку весной 2027 года.", "2027"),
    ("Очередную встречу министры намерены провести в Хельсинки в марте.", "2027-03"),
    ("Следующее заседание совместной комиссии договорились провести в Турку в 2027 году.", "2027"),
])
def test_next_meeting_under_a_verb_of_planning_in_the_past_is_planned_then(consults, text, date):
    assert ("planned", date) in [(f, d) for f, d, _ in consults(text)]


@pytest.mark.parametrize("text, date", [
    ("Финская сторона готова принять четвертое заседание совместной рабочей группы в Хельсинки в январе.",
     "2027-01"),
    ("Финляндия готова провести у себя четвертый раунд консультаций в феврале.", "2027-02"),
    ("Хельсинки готовы принять следующий раунд переговоров в марте 2027 года.", "2027-03"),
    # the time told after the words of the round, not right after the talks' noun: the round's
    ("Финляндия готова провести раунд межмидовских консультаций уже в феврале в Турку.", "2027-02"),
])
def test_meeting_a_side_is_ready_to_hold_or_host_is_one_to_come(consults, text, date):
    assert ("planned", date) in [(f, d) for f, d, _ in consults(text)]


def test_next_meeting_told_as_held_stays_held(consults):
    found = consults("Следующая встреча министров прошла в Хельсинки в мае.")
    assert "planned" not in [f for f, _, _ in found]


def test_the_held_round_stays_held_beside_the_next_one(consults):
    found = consults("Следующий раунд стороны условились провести в Хельсинки в январе.")
    assert ("occurred", "2026-11-20", 3) in found
