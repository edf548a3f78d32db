"""Which evidence gives an unmarked office its country when several would: a ministry of the holder's field named
before him, only while those named are of one country; the dateline of a home report before the country the document
names most (sentences written for these tests)."""
import pytest

from khronika.stages.roles.places import same_field

pytestmark = pytest.mark.slow


def test_a_ministrys_field_is_the_ministers_when_the_one_holds_the_others_words():
    assert same_field("министр иностранных дел", "министр иностранных дел")
    assert same_field("министр иностранных дел и международного сотрудничества", "министр иностранных дел")
    assert same_field("министр иностранных дел", "министр иностранных дел и по делам эмигрантов")
    assert not same_field("министр обороны", "министр иностранных дел")
    assert not same_field("министр", "министр иностранных дел")


def test_the_ministry_named_last_gives_no_country_when_another_countrys_was_named_before(roles_of):
    text = ("МИД Чили вызвал посла Перу и вручил ему ноту протеста. Во вторник Министерство иностранных дел Перу "
            "ответило Чили, что не считает претензии обоснованными. «Мы не нарушали договор», — заявил министр "
            "иностранных дел Хосе Мартинес.")
    assert ("Хосе Мартинес", "министр иностранных дел", "Перу") not in roles_of(text)
    roles = roles_of("Сантьяго, 3 марта.\n\n" + text)  # the ministries tell nothing: the home report's dateline does
    assert ("Хосе Мартинес", "министр иностранных дел", "Чили") in roles, roles


def test_a_ministry_in_the_ministers_own_sentence_still_gives_its_country(roles_of):
    roles = roles_of("МИД Перу вызвал посла Чили и вручил ему ноту протеста. Как сообщило Министерство иностранных "
                     "дел Чили, министр иностранных дел Хосе Мартинес назвал претензии необоснованными.")
    assert ("Хосе Мартинес", "министр иностранных дел", "Чили") in roles, roles


def test_a_ministry_of_a_wider_field_gives_its_minister_a_country(roles_of):
    roles = roles_of("Министерство иностранных дел и внешней торговли Бельгии вызвало посла Ирана. По словам "
                     "источника, министр иностранных дел Люк Вандермеер потребовал объяснений.")
    assert ("Люк Вандермеер", "министр иностранных дел", "Бельгия") in roles, roles


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


def test_a_units_bare_ministry_is_still_the_one_named_last(roles_of):
    roles = roles_of("МИД Чили вызвал посла Перу и вручил ему ноту протеста, сообщил перуанский МИД. По словам "
                     "представителя министерства Хосе Мартинеса, ответ Чили не стал неожиданностью.")
    assert ("Хосе Мартинес", "представитель министерства", "Перу") in roles, roles


@pytest.mark.parametrize("title", ["глава МИД", "глава министерства"])
def test_a_bare_ministry_in_the_title_is_the_one_named_last(roles_of, title):
    roles = roles_of("МИД Чили вызвал посла Перу и вручил ему ноту протеста. Во вторник МИД Перу ответил Чили "
                     f"нотой. «Мы не нарушали договор», — заявил {title} Хосе Мартинес.")
    assert any(r[0] == "Хосе Мартинес" and r[2] == "Перу" for r in roles), roles
