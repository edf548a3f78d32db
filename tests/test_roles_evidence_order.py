"""Which evidence gives an unmarked office its country when several would: the dateline of a home report before the
country the document names most, a correspondent's after it (sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("dateline, home", [("Монтевидео, 3 марта.\n\n", "Уругвай"),
                                            ("Асунсьон, 3 марта.\n\n", "Парагвай")])
def test_a_home_dateline_gives_the_unmarked_office_before_the_country_named_most(roles_of, dateline, home):
    other = {"Уругвай": "Парагвай", "Парагвай": "Уругвай"}[home]
    forms = {"Уругвай": ("Уругваем", "Уругвая"), "Парагвай": ("Парагваем", "Парагвая")}[other]
    roles = roles_of(f"{dateline}Министр обороны Диего Сантана вернулся с переговоров с {forms[0]}. По его словам, "
                     f"делегация {forms[1]} согласилась продлить соглашение о совместном патрулировании реки "
                     f"с {home[:-1]}ем.")
    assert ("Диего Сантана", "министр обороны", home) in roles, roles
    assert ("Диего Сантана", "министр обороны", other) not in roles, roles


@pytest.mark.parametrize("outlet, country", [("ТАСС", "Иран"), ("ИРНА", "Иран")])
def test_a_correspondents_dateline_comes_after_the_country_named_most(roles_of, outlet, country):
    roles = roles_of(f"ВАШИНГТОН, 3 марта. /{outlet}/. Иран готов возобновить переговоры о ядерной программе, если "
                     "США снимут часть санкций. Об этом заявил министр иностранных дел Аббас Карими. По его словам, "
                     "Иран не намерен отказываться от обогащения урана.")
    assert ("Аббас Карими", "министр иностранных дел", country) in roles, roles
    assert ("Аббас Карими", "министр иностранных дел", "США") not in roles, roles
