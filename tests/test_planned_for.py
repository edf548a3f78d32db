"""A meeting noun whose phrase a participle of planning sets off (``раунд консультаций …, намеченный на 10 декабря``,
``визит, запланированный на весну``): a plan, dated by the time after ``на``, not the day of publication
(clause_date.planned_for); one put off keeps the time it is put off to.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def consults(read_news):
    def go(text):
        return [(e.factuality, e.date.iso()) for e in read_news(text, "2026-11-23").events if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text, date", [
    ("РИГА, 23 ноября. Под вопросом теперь оказался и второй раунд консультаций Латвии и Эстонии по вопросам "
     "границы, намеченный на 15 декабря в Тарту.", "2026-12-15"),
    ("АСТАНА, 23 ноября. Сомнения вызывает и встреча министров Казахстана и Киргизии, запланированная на 4 декабря.",
     "2026-12-04"),
    ("ЛИМА, 23 ноября. Министр упомянул визит президента Перу в Кито, назначенный на февраль.", "2027-02"),
    # the participle before the round the trigger noun completes
    ("РИГА, 23 ноября. По словам спикера МИД Латвии, Рига по-прежнему готова провести запланированный на 10 "
     "декабря второй раунд консультаций по границе в Тарту.", "2026-12-10"),
    ("ВИЛЬНЮС, 23 ноября. Литва и Польша обсудили подготовку намеченного на 3 декабря раунда переговоров.",
     "2026-12-03"),
])
def test_meeting_planned_for_a_time_is_planned_then(consults, text, date):
    assert ("planned", date) in consults(text)


def test_meeting_planned_for_a_time_and_put_off_keeps_its_new_time(consults):
    text = "РИГА, 23 ноября. Встреча министров Латвии и Эстонии, намеченная на 5 декабря, перенесена на январь."
    assert consults(text) == [("planned", "2027-01"), ("negated", "2026-12-05")]  # not held on the day set


def test_meeting_planned_for_a_time_and_now_to_be_held_later_takes_the_new_time(consults):
    text = "РИГА, 23 ноября. Второе заседание комиссии Латвии и Эстонии, намеченное на декабрь, будет проведено в " \
        "начале следующего года."
    assert consults(text) == [("planned", "2027")]


def test_meeting_told_with_a_participle_of_another_sense_is_not_planned(consults):
    text = "РИГА, 23 ноября. Министры Латвии и Эстонии провели в Риге встречу, посвященную границе."
    assert [f for f, _ in consults(text)] == ["occurred"]
