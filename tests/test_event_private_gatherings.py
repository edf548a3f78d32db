"""Scientists, traders and other private people meet at their own gatherings: no diplomacy (private.py)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    """The types and factualities of the events of a text published on 2024-03-15."""
    return lambda text: [(e.type, e.factuality) for e in read_news(text, "2024-03-15").events]


@pytest.mark.parametrize("text", [
    "Геологи из Эквадора представят новые карты на саммите геологов в Кито.",
    "Переговоры о доступе к спутнику продолжатся на следующем конгрессе астрофизиков.",
    "Вулканологи намерены провести встречу в Сантьяго весной.",
    "Вулканологи Исландии и Японии хотят организовать общий саммит весной 2029 года.",
    "Агрономы двух стран планируют провести консультации о семенах в мае.",
])
def test_private_people_and_their_gatherings_make_no_event(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Министры иностранных дел намерены провести встречу в Сантьяго весной.",
    "Переговоры продолжатся на заседании Совета Безопасности ООН.",
    "Президент Чили провёл переговоры с премьер-министром Норвегии на форуме в Давосе.",
])
def test_states_at_gatherings_still_meet(events, text):
    assert [t for t, _ in events(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Нефтяные компании Норвегии и Нидерландов провели переговоры о поставках.",
    "Две авиакомпании договорились о код-шеринге на рейсах между Римом и Каиром.",
    "Миллиардер из Индии посетил Монако на прошлой неделе.",
])
def test_companies_and_rich_people_make_no_diplomacy(events, text):
    assert events(text) == []


def test_states_talks_held_stay(events):
    found = events("Делегации Норвегии и Нидерландов провели переговоры о поставках газа.")
    assert [t for t, _ in found] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Делегация Вьетнама провела переговоры с руководством завода о поставках турбин.",
    "Министр провёл встречу с руководством компании в Сеуле.",
    "Президент Ганы встретился с владельцами ферм.",
])
def test_talks_with_a_company_or_its_managers_are_no_diplomacy(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Ганы провёл переговоры с руководством Евросоюза.",
    "Президент Перу провёл переговоры с руководителем МИД Чили.",
    "Президент Ганы встретился с президентом Того.",
])
def test_talks_with_states_and_their_bodies_stay(events, text):
    assert [t for t, _ in events(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Делегация обсерватории посетит радиотелескоп в Пуне.",
    "Представители компании посетили Лиму.",
    "Делегация университета Чили посетила Перу.",
    "Очередной раунд консультаций геологов состоится в Куско.",
    "Раунд переговоров акционеров завершился в Лиме.",
    "Чилийские и перуанские вулканологи договорились о мониторинге. Институт геофизики Чили и Геологическая служба "
    "Перу подписали меморандум. Очередной раунд консультаций вулканологов состоится в Арекипе. Делегация "
    "института также посетит вулкан Мисти.",
])
def test_groups_and_rounds_of_private_people_make_no_meeting(events, text):
    assert "CONSULT" not in [t for t, _ in events(text)]


@pytest.mark.parametrize("text", [
    "Делегация Чили посетит Перу.",
    "Следующий раунд консультаций министров Чили и Перу пройдет в Лиме.",
    "Представители МИД Чили посетили Лиму.",
    "Делегация правительства Чили посетила Перу.",
])
def test_groups_and_rounds_of_states_still_meet(events, text):
    assert [t for t, _ in events(text)] == ["CONSULT"]
