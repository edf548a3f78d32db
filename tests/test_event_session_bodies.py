"""Sessions of a joint body named by a compound adjective of its states, whatever the tagger makes of that adjective
before a capitalised name (``эквадорско-колумбийского Совместного комитета по …``), and sessions or talks decided on,
which lie ahead; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    def go(text):
        return [(e.type, e.factuality) for e in read_news(text, "2026-11-25").events]
    return go


@pytest.mark.parametrize("text, mode", [
    ("Десятое заседание эквадорско-колумбийского Совместного технического комитета по Сан-Мигелю завершилось в Кито.",
     "occurred"),
    ("В Кито проходит десятое заседание эквадорско-колумбийской Смешанной комиссии по Путумайо.", "occurred"),
    ("Десятое заседание эквадорско-колумбийского Совместного комитета по Путумайо пройдет в Боготе в январе.",
     "planned"),
    ("Министры провели в Кито десятое заседание эквадорско-колумбийской Совместной комиссии по Путумайо.",
     "occurred"),
    ("Делегации, завершив десятое заседание эквадорско-колумбийской Совместной комиссии по Путумайо, подписали "
     "протокол.", "occurred"),
    ("Прошедшее в Кито десятое заседание эквадорско-колумбийского Совместного комитета по Путумайо одобрило план.",
     "occurred"),
    ("По итогам десятого заседания эквадорско-колумбийской Совместной комиссии по Путумайо был подписан протокол.",
     "occurred"),
    ("Третья сессия ганско-тоголезской Смешанной комиссии по Вольте прошла в Ломе.", "occurred"),
])
def test_a_session_of_a_body_named_by_a_compound_adjective_of_states(found, text, mode):
    assert ("CONSULT", mode) in found(text)


def test_the_next_session_of_such_a_body_told_without_its_name_is_planned(found):
    got = found("Пятое заседание перуанско-боливийского Совместного технического комитета по Десагуадеро сегодня "
                "завершилось в Ла-Пасе. Шестое заседание пройдет в Лиме.")
    assert ("CONSULT", "occurred") in got and ("CONSULT", "planned") in got


@pytest.mark.parametrize("text", [
    "Министры Ганы и Того провели в Ломе четвертое заседание совместного механизма по безопасности на границе.",
    "В Аккре прошло заседание совместного механизма Ганы и Того по вопросам миграции.",
    "Межправительственная конференция Ганы и Того провела заседание в Аккре.",
    "Министры провели в Кито второе заседание эквадорско-колумбийского стратегического диалога.",
])
def test_a_session_of_a_joint_mechanism_of_two_states_named_is_their_meeting(found, text):
    assert ("CONSULT", "occurred") in found(text)


def test_a_session_of_a_dialogue_of_two_states_called_off_did_not_take_place(found):
    got = found("Министр иностранных дел Эквадора сообщил, что Кито отменил третье заседание эквадорско-колумбийского "
                "стратегического диалога, намеченное на 5 декабря.")
    assert ("CONSULT", "negated") in got


@pytest.mark.parametrize("text", [
    "Делегации Ганы и Того завершили в Аккре заседание совместного механизма по безопасности. Пятую встречу в "
    "рамках механизма стороны планируют провести в мае в Ломе.",
    "Министры Ганы и Того провели в Аккре заседание межправительственной конференции. Следующее заседание "
    "конференции состоится в Ломе весной.",
])
def test_the_next_session_of_a_joint_mechanism_told_again_is_planned(found, text):
    got = found(text)
    assert ("CONSULT", "occurred") in got and ("CONSULT", "planned") in got


@pytest.mark.parametrize("text", [
    "Заседание эквадорско-колумбийского Совета директоров компании прошло в Кито.",
    "Заседание эквадорско-колумбийского Делового клуба по Путумайо прошло в Кито.",
    "Матч эквадорско-колумбийского Кубка по футболу прошел в Кито.",
    "Ученый совет университета провел заседание в Кито.",
    "Судебное заседание по делу бизнесмена продолжится в понедельник.",
])
def test_a_board_a_club_a_cup_or_a_court_holds_no_session_of_states(found, text):
    assert ("CONSULT", "occurred") not in found(text) and ("CONSULT", "planned") not in found(text)


@pytest.mark.parametrize("text", [
    "Стороны решили провести заседание межправительственной комиссии в Боготе.",
    "Министры решили провести переговоры в Боготе.",
    "Премьеры Ганы и Того решили провести консультации в Аккре.",
    "Делегации постановили провести следующую сессию смешанной комиссии в Ломе.",
])
def test_a_session_or_talks_decided_on_lie_ahead(found, text):
    got = [f for t, f in found(text) if t == "CONSULT"]
    assert got and all(f == "planned" for f in got)


@pytest.mark.parametrize("text", [
    "Правительство Ганы решило выслать двух дипломатов Того.",
    "Министерство Перу решило ввести ограничения против Чили.",
])
def test_a_side_s_own_act_decided_is_taken_that_day(found, text):
    assert ("SANCTION", "occurred") in found(text)
