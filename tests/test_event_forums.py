"""A forum of states is a meeting (forums.py): its own words name two countries or more or its level, or one was
named before; told as held, to come, put off or called off.  Never a forum of business, science or youth."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(read_news):
    """The types and factualities of the events of a text published on 2024-03-15."""
    return lambda text: [(e.type, e.factuality) for e in read_news(text, "2024-03-15").events]


@pytest.mark.parametrize("text, fact", [
    ("Форум министров иностранных дел Чили и Перу прошел в Лиме.", "occurred"),
    ("Прошлогодний форум министров Чили и Перу прошел в Арике.", "occurred"),
    ("Чили и Перу провели в Лиме министерский форум.", "occurred"),
    ("Российско-казахстанский форум межрегионального сотрудничества открылся в Омске.", "occurred"),
    ("Министерский форум Кении и Уганды, который планировалось провести 3 декабря в Кампале, отложен на "
     "неопределенный срок.", "negated"),
    ("Форум министров иностранных дел Чили и Перу не состоится в намеченный срок.", "negated"),
])
def test_a_forum_of_states_is_a_meeting(types, text, fact):
    assert types(text) == [("CONSULT", fact)]


def test_a_forum_put_off_is_a_meeting(types):
    assert [t for t, _ in types("Чили и Перу отложили министерский форум.")] == ["CONSULT"]


def test_a_forum_told_again_is_the_next_one(types):
    assert types("Министерский форум Чили и Перу прошел в Лиме. Следующий, пятый форум пройдет в Арике в 2027 году.") \
        == [("CONSULT", "occurred"), ("CONSULT", "planned")]


@pytest.mark.parametrize("second", [
    "Такие форумы проводятся ежегодно с 2004 года.",
    "Министр Чили выступил на форуме с докладом.",
])
def test_a_forum_held_as_a_habit_or_spoken_at_is_no_new_meeting(types, second):
    told = types("Министерский форум Чили и Перу прошел в Лиме. " + second)
    assert [t for t, _ in told].count("CONSULT") == 1


def test_the_next_forum_a_proposal_sets_for_a_time_is_proposed_not_held(types):
    """The proposal and the forum it sets for a season (``set_meetings``): a proposed meeting, no second held one."""
    told = types("Министерский форум Чили и Перу прошел в Лиме. Перу предложило провести следующий форум весной 2028 "
                 "года.")
    assert sorted(f for t, f in told if t == "CONSULT") == ["occurred", "proposed"]
    assert any(t == "REQUEST" for t, _ in told)


@pytest.mark.parametrize("text", [
    "Петербургский экономический форум прошел в июне.",
    "Инвестиционный форум собрал предпринимателей из Чили и Перу.",
    "В Лиме открылся форум молодых ученых.",
    "Российско-китайский бизнес-форум прошел в Шанхае.",
    "Президент Чили выступил на экономическом форуме в Давосе.",
])
def test_a_forum_of_business_science_or_youth_is_none(types, text):
    assert types(text) == []
