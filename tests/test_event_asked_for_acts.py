"""What a proposal or a call asks for is no act of its own: the request is the act (EVENTS.md), only a meeting
proposed is the CONSULT it would be.  A pattern that opens with an adjective (``совместное патрулирование``, ``ответные
меры``) is read by its noun, as a trigger noun would be: proposed, evaluated or mentioned in passing, it tells no act.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, asked", [
    ("Эквадор предложил Перу организовать совместное патрулирование озера.", "COOPERATE"),
    ("Министр призвал Чехию и Польшу совместно выступить против новой квоты.", "PROTEST"),
    ("Эстония обратилась к Финляндии с просьбой поддержать ее заявку в совет.", "SUPPORT"),
])
def test_what_a_request_asks_for_is_no_act(acts_of, text, asked):
    got = acts_of(text)
    assert ("REQUEST", "occurred") in got and not any(t == asked for t, _ in got), got


@pytest.mark.parametrize("text", [
    "Гайана называет совместное патрулирование побережья лучшим ответом контрабандистам.",
    "Стороны обсудили план совместного патрулирования побережья.",
])
def test_a_joint_action_judged_or_planned_for_is_no_act(acts_of, text):
    assert not any(t == "COOPERATE" for t, _ in acts_of(text))


@pytest.mark.parametrize("text, act", [
    ("Армения и Грузия провели совместное патрулирование границы.", ("COOPERATE", "occurred")),
    ("Хорватия предложила Словении провести встречу министров в марте.", ("CONSULT", "proposed")),
    ("Москва оставляет за собой право на ответные меры.", ("THREATEN", "occurred")),
])
def test_acts_told_and_meetings_proposed_stay(acts_of, text, act):
    assert act in acts_of(text)


@pytest.mark.parametrize("text", [
    "МИД Норвегии сообщил о новых мерах. Норвегия ввела санкции против трех судей, которых "
    "считает ответственными за нарушения на выборах.",
    "МИД Канады сообщил о новых мерах. Канада ввела санкции против четырех полковников, причастных к "
    "нарушениям режима прекращения огня.",
])
def test_an_act_that_describes_whom_a_measure_names_is_none(acts_of, text):
    assert not any(t == "ACCUSE" for t, _ in acts_of(text))


def test_a_violation_told_as_such_stays(acts_of):
    assert any(t == "ACCUSE" for t, _ in acts_of(
        "МИД Эстонии сделал заявление. Это грубое нарушение нашего суверенитета, заявил министр иностранных дел "
        "Эстонии."))


@pytest.mark.parametrize("text", [
    "Минобороны Чили сообщило о планах. Маневры флота пройдут, несмотря на протест Перу, заявил министр обороны "
    "Чили.",
    "Минобороны Чили сообщило о планах. Чили провела учения вопреки протестам Перу.",
])
def test_an_act_conceded_is_told_before(acts_of, text):
    assert not any(t == "PROTEST" for t, _ in acts_of(text))
