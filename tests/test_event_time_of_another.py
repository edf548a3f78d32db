"""A meeting or call told as the time of another act (``после телефонного разговора президента X и премьера Y``,
``накануне встречи …``) is reported when it has two actors of its own, however many words the conjunction puts between
them; it is taken as told (the main clause's cancelling or doubt is not its own), and the main clause's own meeting is
another event; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def found(read_news):
    def go(text):
        return [(e.type, e.factuality, e.trigger) for e in read_news(text, "2026-11-25").events]
    return go


def consults(got):
    return [(f, t) for ty, f, t in got if ty == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Решение принято после телефонного разговора президента Чили и премьер-министра Перу в среду.",
    "Как сообщил источник, шаг согласован после телефонного разговора президента Бразилии Ренату Оливейры и "
    "премьер-министра Португалии Жуана Карвалью.",
    "Соглашение стало возможным после переговоров министра иностранных дел Ганы Кофи Менсаха и министра иностранных "
    "дел Того Жана Агбени.",
    "Пошлины отменены после консультаций министра торговли Эквадора и министра экономики Колумбии в Кито.",
    "Позиция изменилась после телефонного разговора канцлера Австрии Карла Хубера и премьер-министра Словакии.",
    "Мораторий введен после встречи главы МИД Кении и министра иностранных дел Эфиопии.",
])
def test_a_meeting_of_two_actors_told_as_the_time_of_another_act_occurred(found, text):
    assert [f for f, _ in consults(found(text))] == ["occurred"]


def test_the_main_clauses_own_meeting_is_another(found):
    for text in ("Накануне встречи президента Кении и премьер-министра Эфиопии в Найроби прошли консультации "
                 "экспертов.",
                 "Консультации экспертов Кении и Эфиопии прошли накануне встречи президента Кении и премьер-министра "
                 "Эфиопии."):
        assert len(consults(found(text))) == 2, text


@pytest.mark.parametrize("text", [
    "Пошлины отменены после консультаций с Еврокомиссией.",
    "Цены выросли после переговоров в Брюсселе.",
    "После встречи губернатора области и мэра города с журналистами пресс-служба распространила заявление.",
    "После матча сборных Перу и Чили болельщики вышли на улицы.",
])
def test_a_meeting_of_one_actor_or_none_is_only_a_time(found, text):
    assert consults(found(text)) == []


def test_a_meeting_that_is_only_the_condition_of_another_is_none(found):
    got = found("Отмена виз станет реальной лишь после подписания договора о границе между Ганой и Того, считает "
                "эксперт.")
    assert got == []


def test_a_meeting_told_as_a_time_keeps_only_a_day_of_its_own(read_news):
    evs = read_news("Столкновение на границе случилось спустя десять дней после переговоров президента Кении и "
                    "премьер-министра Эфиопии в Найроби.", "2026-11-25").events
    assert [e.date.iso() for e in evs if e.type == "CONSULT"] == [None]  # a week before the incident, not today
    evs = read_news("Решение принято после телефонного разговора президента Чили и премьер-министра Перу 20 ноября.",
                    "2026-11-25").events
    assert [e.date.iso() for e in evs if e.type == "CONSULT"] == ["2026-11-20"]
