"""The next meeting of a series told with its noun left out (``Следующую стороны договорились провести в X в 2027
году``, ``Следующее, пятое, состоится в Y``, ``Четвертый условились провести там же``): a planned meeting of its own,
with the sides of the meeting before, its own round, date and city (next_elided.py).  Sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow

ROUND = "ТАЛЛИН, 20 ноября. Министры Эстонии и Финляндии провели в Таллине третий раунд консультаций по границе."
MEETING = "ТАЛЛИН, 20 ноября. Министры иностранных дел Эстонии и Финляндии провели в Таллине встречу."


@pytest.fixture(scope="module")
def planned(read_news):
    def go(text):
        doc = read_news(text, "2026-11-20")
        places = {e.id: e.name for e in doc.entities}
        return [(e.date.iso(), e.round, places.get(e.place, e.place), {p.entity for p in e.participants})
                for e in doc.events if e.type == "CONSULT" and e.factuality == "planned"]
    return go


@pytest.mark.parametrize("text, date, round_", [
    (f"{ROUND} Следующий стороны договорились провести в Хельсинки в 2027 году.", "2027", 4),
    (f"{ROUND} Следующий, пятый, министры решили провести в Хельсинки в 2028 году.", "2028", 5),
    (f"{ROUND} Очередной стороны намерены провести в Хельсинки в феврале.", "2027-02", 4),
    (f"{MEETING} Следующую министры условились провести в Хельсинки в марте 2027 года.", "2027-03", None),
    (f"{MEETING} Следующая, по словам министров, состоится в Хельсинки в апреле.", "2027-04", None),
    (f"{ROUND} Четвертый стороны намерены провести в Хельсинки летом 2027 года.", "2027", 4),
])
def test_an_elided_next_meeting_is_planned_with_its_own_round_date_and_city(planned, text, date, round_):
    assert planned(text) == [(date, round_, "Хельсинки", {"e:iso-EE", "e:iso-FI"})]


def test_an_elided_next_meeting_in_a_clause_after_the_one_held(planned):
    text = "ВИЛЬНЮС, 20 ноября. Первый саммит союза прошел в Вильнюсе в 2025 году, следующий пройдет в Риге в 2027 " \
        "году."
    assert [(d, r, p) for d, r, p, _ in planned(text)] == [("2027", 2, "Рига")]


def test_an_elided_next_meeting_after_an_earlier_one_of_its_series_tells_no_round(planned):
    text = "ВИЛЬНЮС, 20 ноября. Саммит союза прошел 18 ноября в Таллине. Первый саммит союза состоялся в Вильнюсе в " \
        "2024 году, следующий пройдет в Риге."
    assert [(r, p) for _, r, p, _ in planned(text)] == [(None, "Рига")]


def test_an_elided_next_meeting_in_a_capital_told_by_its_country(planned):
    text = f"{ROUND} Четвертый намечен на февраль, также в финской столице."
    assert [(d, r, p) for d, r, p, _ in planned(text)] == [("2027-02", 4, "Хельсинки")]


def test_an_elided_next_meeting_held_there_again_takes_the_place_before(planned):
    text = f"{ROUND} Четвертый стороны условились провести там же в первой половине 2027 года."
    assert [(d, r, p) for d, r, p, _ in planned(text)] == [("2027", 4, "Таллин")]


@pytest.mark.parametrize("text", [
    f"{ROUND} Следующий прошел в Хельсинки в мае.",  # told in the past
    f"{ROUND} Следующим шагом станет подписание договора.",  # another noun after it
    f"{ROUND} Следующее: стороны обменяются картами.",  # no meeting left out
    f"{ROUND} Второй проходил в Хельсинки в мае.",  # an earlier round, told in the past
])
def test_no_meeting_is_read_where_no_next_one_is_left_out(planned, text):
    assert planned(text) == []


def test_an_elided_next_meeting_follows_the_round_of_the_series_told_last_not_its_first(planned):
    text = f"{ROUND} Первый раунд прошел в Хельсинки в 2024 году. Следующий стороны договорились провести в Турку."
    assert [(r, p) for _, r, p, _ in planned(text)] == [(4, "Турку")]


def test_an_elided_next_meeting_held_there_again_takes_the_place_of_the_meeting_told_last(planned):
    text = f"{ROUND} Первый раунд консультаций состоялся в марте в Хельсинки. Четвертый стороны условились провести " \
        "там же в 2027 году."
    assert [(r, p) for _, r, p, _ in planned(text)] == [(4, "Хельсинки")]


def test_an_elided_next_meeting_needs_a_meeting_told_before(planned):
    assert planned("ТАЛЛИН, 20 ноября. Следующую стороны договорились провести в Хельсинки в 2027 году.") == []


@pytest.mark.parametrize("tail", [
    "Следующее, что сделает Таллин, — направит Хельсинки ноту.",
    "Следующее, о чем договорятся стороны, будет касаться транзита.",
    "Очередное, чего потребует Хельсинки, — отмена пошлин.",
    "Следующий, кто посетит Таллин, — глава МИД Латвии.",
    "Следующим, с кем обсудят пошлины, станет Швеция.",
    "Следующая, кому предложат участие, будет Литва.",
])
def test_the_next_thing_or_person_is_no_meeting(planned, tail):
    assert planned(f"{ROUND} {tail}") == [], tail


def test_an_elided_next_meeting_set_and_then_put_off_keeps_the_day_it_was_set_for(planned):
    text = ("ТАЛЛИН, 20 ноября. Второй раунд консультаций Эстонии и Финляндии прошел в Таллине в мае 2025 года, "
            "следующий планировали на март 2026-го, но его пришлось отложить из-за выборов.")
    assert [(d, r) for d, r, _, _ in planned(text)] == [("2026-03", 3)]
