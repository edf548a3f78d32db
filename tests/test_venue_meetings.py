"""A guest the parser hangs on the place of a reception (``принял в президентском дворце министра X``:
``meeting_vetoes._guest_at_the_place``).  A reception in a venue and the arrival, visit or talks of the same guest in
the venue's city are one meeting: the venue's city (a gazetteer's venue, or the dateline's city for a residence left
unnamed) is the document's own place of that name (``where.city_entity``); a venue and another city stay two
meetings.  On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Президент Египта в среду принял в своей резиденции в Каире министра иностранных дел Иордании.",
    "Король Марокко принял во дворце в Рабате посла Испании.",
    "Президент Чили принял в президентском дворце министра обороны Перу Хорхе Салазара.",
])
def test_a_guest_hung_on_the_place_is_received(acts_of, text):
    assert ("CONSULT", "occurred") in acts_of(text)


@pytest.mark.parametrize("text", [
    "Парламент Ганы принял в первом чтении закон о бюджете.",
    "Президент Чили принял в резиденции посла решение о новых пошлинах.",
])
def test_what_is_adopted_at_a_place_is_no_reception(acts_of, text):
    assert ("CONSULT", "occurred") not in acts_of(text)


def _meetings(doc):
    return [e for e in doc.events if e.type == "CONSULT" and e.factuality == "occurred"]


@pytest.mark.parametrize("text", [
    "Президент России принял в Кремле премьер-министра Вьетнама Нгуен Ван Тханя. Как сообщалось, вьетнамский "
    "премьер прибыл в Москву накануне с официальным визитом.",
    "Президент Франции принимает в Елисейском дворце канцлера Австрии Карла Нойманна. Австрийский канцлер прибыл в "
    "Париж, чтобы обсудить с французским коллегой вопросы миграции.",
    "ДЖАКАРТА, 16 мая. Президент Индонезии принял в президентском дворце министра иностранных дел Японии Кэнту "
    "Исиду. Японский министр прибыл в Джакарту с официальным визитом.",
])
def test_a_reception_in_a_venue_and_the_arrival_in_its_city_are_one_meeting(read_news, text):
    meetings = _meetings(read_news(text, "2024-05-16"))
    assert len(meetings) == 1 and meetings[0].mode == "host"


@pytest.mark.parametrize("text", [
    "Президент Франции принял в Елисейском дворце премьер-министра Италии Марко Бьянки. Премьер-министр Италии "
    "прибыл в Марсель, где провел переговоры с мэром города.",
    "АНКАРА, 16 мая. Президент Турции принял в президентском дворце министра иностранных дел Ирана. Иранский министр "
    "прибыл в Стамбул.",
])
def test_a_reception_in_a_venue_and_an_arrival_in_another_city_stay_two(read_news, text):
    assert len(_meetings(read_news(text, "2024-05-16"))) == 2


def test_a_venue_takes_the_documents_own_city(read_news):
    doc = read_news("Президент США принял в Белом доме премьер-министра Канады. Встреча прошла в Вашингтоне.",
                    "2024-05-16")
    city = next(e.id for e in doc.entities if e.name == "Вашингтон")
    assert [e.place for e in _meetings(doc)] == [city]


def test_a_reception_in_a_residence_takes_the_city_of_the_days_talks_not_the_datelines(read_news):
    doc = read_news("АККРА, 16 мая. Министры иностранных дел Ганы и Того провели переговоры в Кумаси. В тот же день "
                    "президент Ганы принял министра Того в своей резиденции. Накануне министр Того побывал в Аккре.",
                    "2024-05-16")
    talks, reception = [e for e in _meetings(doc) if e.mode in ("meet", "host")]
    assert reception.place == talks.place != next(e.id for e in doc.entities if e.name == "Аккра")
