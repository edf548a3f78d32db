"""A ministry named bare in an official's title (``официальный представитель МИД``, ``пресс-секретарь МИД``) and a
deputy minister's title (``заместитель министра иностранных дел``) take the country of the ministry the text named
before (roles/parse.py, roles/places.py; sentences and persons invented for these tests)."""
import pytest


@pytest.mark.slow
def test_a_spokesman_of_the_ministry_named_bare_is_of_the_ministry_named_before(roles):
    got = roles("Министерство иностранных дел Эквадора в среду отклонило ноту Перу. Официальный представитель МИД "
                "Хуан Карлос Мендоса заявил, что документ не имеет оснований.")
    assert ("Хуан Карлос Мендоса", "официальный представитель МИД", "Эквадор") in got


@pytest.mark.slow
def test_a_press_secretary_of_the_ministry_named_bare_is_no_official_of_a_body_without_a_state(roles):
    got = roles("МИД Ганы выразил протест Того. «Мы ждем объяснений», — сказал пресс-секретарь МИД Кваме Ансах.")
    assert ("Кваме Ансах", "пресс-секретарь МИД", "Гана") in got
    assert not any(of == "МИД" for _, _, of in got)



@pytest.mark.slow
def test_a_deputy_minister_is_of_the_ministry_of_his_ministers_field_named_before(roles):
    got = roles("Министерство иностранных дел Кении отменило консультации с Бельгией, которые должны были пройти в "
                "Брюсселе. Бельгийская сторона выразила сожаление, Бельгия ждет объяснений.\n\nОб этом сообщил "
                "журналистам заместитель министра иностранных дел Питер Киманзи.")
    assert ("Питер Киманзи", "заместитель министра иностранных дел", "Кения") in got


@pytest.mark.slow
def test_a_rank_in_a_ministry_named_bare_is_of_that_ministry(roles):
    got = roles("Генерал-майор МВД Иван Соколов выступил в Грозном.")
    assert ("Иван Соколов", "генерал-майор", "МВД") in got


@pytest.mark.slow
def test_a_ministry_named_in_another_officials_title_is_no_antecedent(roles):
    got = roles("Замглавы МИД Ирана Али Резаи провел переговоры в Женеве.\n\nМосква. "
                "Официальный представитель МИД Ольга Петрова осудила решение властей Литвы.")
    assert not any(name == "Ольга Петрова" and of == "Иран" for name, _, of in got)


@pytest.mark.slow
def test_an_office_in_a_ministry_named_bare_with_no_country_told_is_of_that_ministry(roles):
    got = roles("Официальный представитель МИД Иван Соколов выступил с заявлением.")
    assert ("Иван Соколов", "официальный представитель МИД", "МИД") in got
