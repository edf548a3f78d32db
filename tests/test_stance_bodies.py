"""A ministry speaks for its country: a stance held by a body named bare (``МИД``, ``ведомство``) is its country's,
on sentences written for these tests."""
import pytest

from khronika.stages.body_keys import bare_body

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_stance_bodies_bare_names():
    assert bare_body("МИД") and bare_body("Министерство иностранных дел") and bare_body("Минобороны")
    assert not bare_body("МИД Финляндии") and not bare_body("Министерство иностранных дел Финляндии")
    assert not bare_body("Красный Крест")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Хельсинки, 3 марта 2025 (Yle). Министерство иностранных дел Финляндии объявило персоной нон грата "
                 "сотрудника посольства Ирана. Как сообщили в МИД, посла вызвали для вручения ноты. По данным "
                 "ведомства, деятельность дипломата была несовместима с его статусом.",
                 [("negative", "Финляндия", None)], id="the_body_named_before_with_its_country"),
    pytest.param("Вильнюс, 3 марта 2025 (BNS). Литва выслала сотрудника посольства Белоруссии. По данным МИД, его "
                 "деятельность была несовместима с дипломатическим статусом.",
                 [("negative", "Литва", None)], id="the_datelines_country"),
    pytest.param("Астана, 3 марта 2025 (Kazinform). Прошло заседание комиссии по сотрудничеству Сената Казахстана и "
                 "Совета Федерации. Председатель Сената отметил, что Сенат поддерживает предложение российской "
                 "стороны.",
                 [("positive", "Казахстан", "Россия")], id="a_senate"),
])
def test_stance_bodies_a_bare_ministry_holds_for_its_country(run, text, expected):
    assert run(text) == expected


def test_stance_bodies_a_named_body_is_itself(run):
    assert run("Министерство иностранных дел Финляндии осудило действия Ирана.") == \
        [("negative", "Министерство иностранных дел Финляндии", "Иран")]


def test_stance_bodies_the_spokesman_of_a_bare_ministry_named_with_its_country_speaks_for_it(run):
    found = run("Найроби, 27 ноября. Министерство иностранных дел Кении в пятницу отвергло протест Уганды.\n\nОстров "
                "Мигинго принадлежит Кении, и притязания Уганды безосновательны, заявил на брифинге официальный "
                "представитель МИД Питер Мванги.")
    # Kenya's side: the country, or its ministry (a bare "МИД" of a Kenyan report is Kenya's, test_foreign_home_body)
    kenya = {("negative", "Кения", "Уганда"), ("negative", "Министерство иностранных дел Кении", "Уганда")}
    assert kenya & set(found), found
