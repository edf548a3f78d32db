"""A ministry named by a short name that says its country to the gazetteer (``Госдепартамент``, ``Пентагон``) gives
the office that country: in the position after a title (``официальный представитель Пентагона``), and after
``глава`` (the minister) too (sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, holder, position, country", [
    ("Об этом заявил заместитель официального представителя Госдепартамента Джон Смит.",
     "Джон Смит", "заместитель официального представителя Госдепартамента", "США"),
    ("Официальный представитель Пентагона Пит Хэнсон сообщил о переброске войск.",
     "Пит Хэнсон", "официальный представитель Пентагона", "США"),
    ("Глава Пентагона Марк Рубинштейн прибыл в Каир.", "Марк Рубинштейн", "министр обороны", "США"),
    ("Глава Госдепартамента Марк Рубинштейн прибыл в Каир.", "Марк Рубинштейн", "государственный секретарь", "США"),
])
def test_a_ministry_that_says_its_country_gives_it(roles, text, holder, position, country):
    found = roles(text)
    assert (holder, position, country) in found, found


def test_a_chamber_stays_what_the_office_is_of(roles):
    found = roles("Председатель комитета по международным делам Совета Федерации Константин Петров выступил.")
    assert ("Константин Петров", "председатель комитета по международным делам", "Совет Федерации") in found, found



def test_another_persons_office_of_a_country_gives_it_to_no_minister_of_that_field(roles):
    found = roles("МОНТЕВИДЕО — Президент Республики Мигел Мендес вчера принял министра иностранных дел Парагвая Хорхе "
                  "Лопеса, который находился в Монтевидео в связи с сессией комиссии.\n\nГлава государства "
                  "поблагодарил Парагвай за помощь.\n\nВместе с тем министр иностранных дел и торговли Карлос Перейра "
                  "выразил обеспокоенность.")
    assert ("Карлос Перейра", "министр иностранных дел и торговли", "Парагвай") not in found, found


def test_a_ministry_named_before_gives_no_minister_an_office_another_holds_of_its_country(roles):
    found = roles("Мендес принял главу МИД Парагвая\n\nМОНТЕВИДЕО — Президент Республики Мигел Мендес вчера принял "
                  "министра иностранных дел Парагвая Хорхе Лопеса.\n\nВместе с тем министр иностранных дел Карлос "
                  "Перейра выразил обеспокоенность.")
    assert ("Карлос Перейра", "министр иностранных дел", "Парагвай") not in found, found
