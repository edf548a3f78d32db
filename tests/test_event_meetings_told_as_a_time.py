"""A meeting noun told as the time or the occasion of another act is a meeting reported where its own words or its
clause tell it held: a participle of taking place with its day (``после телефонного разговора премьеров,
прошедшего в среду``), or a subject that joins two sides or more (``Министры X и Y во время видеосвязи обсудили
…``, ``X и Y по итогам заседания комиссии подписали …``); not one side alone, nor a meeting with neither; on
sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def consults(read_news):
    def go(text):
        return [e for e in read_news(text, "2026-03-13").events if e.type == "CONSULT"]
    return go


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Норвегии Ингрид Сольхейм и министр иностранных дел Дании Сёрен Хольм во время "
    "видеосвязи «обсудили расширение морского сотрудничества».",
    "Президент Финляндии и премьер-министр Эстонии в ходе встречи договорились о совместном проекте.",
    "Канцлер Австрии и премьер-министр Словении во время переговоров подписали декларацию о соседстве.",
    "Министр иностранных дел Латвии Ирма Калниня и министр иностранных дел Литвы Гинтарас Жемайтис во время беседы "
    "«обсудили общие энергетические проекты», говорится в сообщении ведомства.",
    # the meeting told as what the act came at the end of
    "Гана и Того по итогам двухдневного заседания совместной комиссии подписали протокол о торговле.",
    "Президент Финляндии и премьер-министр Эстонии по завершении переговоров подписали декларацию о соседстве.",
])
def test_a_meeting_its_subject_held(consults, text):
    (meet,) = consults(text)
    assert meet.factuality == "occurred" and len(meet.participants) >= 2


def test_a_call_told_with_its_own_day_after_another_act(consults):
    (call,) = consults("Посол Эквадора вернулся в Лиму. Такой шаг стал возможен после телефонного "
                       "разговора премьеров Эквадора и Перу, прошедшего во вторник.")
    assert call.date.iso() == "2026-03-10"


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Норвегии в ходе визита заявил о поддержке плана.",
    "Министр иностранных дел Норвегии по итогам переговоров заявил о поддержке плана.",
    "Об этом говорится в заявлении, принятом в ходе переговоров.",
    "Стороны обменялись мнениями во время обеда.",
])
def test_no_meeting_told_by_one_side_or_none(consults, text):
    assert consults(text) == []
