"""An envoy back at his post (``посол вернулся … в X``) is placed in the city he returned to; a meeting noun's own
relative clause tells where it took place (``саммит, который прошел в X``), over a city the sentence's verb goes to
(``вернулся в Y после …``), and a clause the parser hangs on the noun that does not agree with it (``сессию, …,
который пройдет в Z``) is another noun's (invented news)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def places(lima_news):
    def go(text, trigger="вернул"):
        doc = lima_news(text)
        names = {e.id: e.name for e in doc.entities}
        return [names.get(e.place, e.place) for e in doc.events if e.trigger.startswith(trigger)]
    return go


@pytest.mark.parametrize("text, city", [
    ("Посол Чили в Перу вернулся в понедельник в Лиму.", "Лима"),
    ("Посол Боливии в Эквадоре в четверг вернулся к своей работе в Кито, сообщило министерство.",
     "Кито"),
    ("Посол Парагвая вернулся в уругвайскую столицу после трехнедельных консультаций.", "Монтевидео"),
])
def test_a_return_is_placed_in_the_city_returned_to(places, text, city):
    assert places(text) == [city]


@pytest.mark.parametrize("text, trigger, city", [
    ("Президент Бразилии Лула да Силва вернулся в Бразилиа после участия в пятом трехстороннем саммите Бразилии, "
     "Аргентины и Чили, который прошел накануне в аргентинской столице.", "саммит", "Буэнос-Айрес"),
    ("Премьер-министр Норвегии вернулся в Осло после консультаций, которые завершились вчера в столице Финляндии.",
     "консультаци", "Хельсинки"),
    ("Совет министров иностранных дел СНГ в среду провел в Минске 40-ю сессию, на которой утвердил повестку дня "
     "саммита глав государств Содружества, который пройдет 3 мая в Душанбе.", "сесси", "Минск"),
])
def test_the_own_clause_places_the_meeting(places, text, trigger, city):
    assert places(text, trigger) == [city]


@pytest.mark.parametrize("text, trigger, city", [
    ("Министры оценили итоги пятой сессии двусторонней комиссии, состоявшейся вчера в городе Панама, и "
     "договоренность о совместном патрулировании в провинции Дарьен.", "сесси", "Панама"),
    ("Министры обороны Гватемалы и Белиза провели переговоры в городе Гватемала, а затем посетили провинцию Петен.",
     "провели", "Гватемала"),
])
def test_a_city_named_like_its_country_places_the_meeting(places, text, trigger, city):
    assert places(text, trigger) == [city]
