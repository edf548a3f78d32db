"""An accusation stated as a plain fact, with no evaluative verb: ``X занимается шпионажем``, ``X продолжает заниматься
подрывной работой``, ``курс X на дестабилизацию``: who says it holds a negative stance towards X; denied, or said of a
club or a gang, it is none.  Sentences written for these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, holder, other", [
    pytest.param("Глава МИД Гондураса заявил, что Никарагуа занимается похищениями граждан на границе.",
                 "МИД Гондураса", "Никарагуа", id="present_kidnapping"),
    pytest.param("Представитель МИД Литвы заявил, что Белоруссия на протяжении многих лет занималась вербовкой "
                 "граждан республики.", "МИД Литвы", "Белоруссия", id="past_recruiting"),
    pytest.param("Министр иностранных дел Бангладеш заявил, что Мьянма продолжает заниматься подрывной работой в "
                 "приграничье.", "Бангладеш", "Мьянма", id="infinitive_under_phase_verb_adjective"),
    pytest.param("Представитель МИД Албании заявил, что Сербия занимается шпионажем против Тираны.",
                 "МИД Албании", "Сербия", id="espionage"),
    pytest.param("По данным МИД Малайзии, Индонезия занимается вербовкой рыбаков на спорных островах.",
                 "МИД Малайзии", "Индонезия", id="according_to_the_data_of"),
    pytest.param("По информации министерства обороны Марокко, Алжир продолжает заниматься подрывной деятельностью.",
                 "Марокко", "Алжир", id="according_to_the_information_of"),
    pytest.param("Министр обороны Вьетнама назвал курс Китая на милитаризацию островов опасным.",
                 "Вьетнам", "Китай", id="course_toward_militarisation"),
])
def test_a_hostile_activity_stated_is_a_charge(run, text, holder, other):
    assert ("negative", holder, other) in run(text)


@pytest.mark.parametrize("text", [
    pytest.param("Посол Кореи заявил, что Япония не занимается вербовкой граждан с 2010 года.", id="denied"),
    pytest.param("Клуб «Маяк» занимается вербовкой молодых игроков в регионах.", id="a_club"),
    pytest.param("Полиция Эстонии сообщила, что банда занималась похищениями автомобилей.", id="a_gang"),
])
def test_no_charge_denied_or_of_no_state(run, text):
    assert not {p for p, _, _ in run(text)} & {"negative"}
