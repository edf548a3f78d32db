"""Which state an office without a country is of, when the sentence or the document names two: a country an envoy or a
mission is posted in (``посол X в Y``) places nothing else of the sentence; a report datelined at home names its own
country seldom, and the dateline counts as one mention of it. Invented sentences."""
import pytest


def _of(roles, person):
    return {of for name, _, of in roles if name == person}


@pytest.mark.parametrize("text, person, post", [
    ("Посол Чили в Перу приступит к работе до конца месяца, сообщил журналистам премьер-министр Хайме Ордоньес.",
     "Хайме Ордоньес", "Перу"),
    ("Сантьяго, 3 марта. Посол Чили в Перу возвращается в Лиму, сказал вчера премьер-министр Хайме Ордоньес.",
     "Хайме Ордоньес", "Перу"),  # the parser hangs "в Перу" on the verb
    ("Посольство Эквадора в Колумбии возобновит работу, сообщил министр иностранных дел Рауль Кастаньеда.",
     "Рауль Кастаньеда", "Колумбия"),
    ("Временный поверенный Боливии в Парагвае был вызван для консультаций, заявил президент Эрнесто Лухан.",
     "Эрнесто Лухан", "Парагвай"),
    ("Генконсульство Литвы в Польше закрыто, а премьер-министр Ингрида Варнайте назвала решение вынужденным.",
     "Ингрида Варнайте", "Польша"),
])
def test_an_envoys_post_is_no_country_of_another_office(roles_of, text, person, post):
    assert post not in _of(roles_of(text), person), roles_of(text)


@pytest.mark.parametrize("text, person, country", [
    ("В Перу премьер-министр Хайме Ордоньес заявил о поддержке реформы.", "Хайме Ордоньес", "Перу"),
    ("Выступая в Колумбии, президент Марио Гальван призвал к диалогу.", "Марио Гальван", "Колумбия"),
])
def test_a_sentence_placed_in_a_country_still_gives_its_office(roles_of, text, person, country):
    assert country in _of(roles_of(text), person), roles_of(text)


def test_a_home_paper_naming_its_country_once_gives_it_the_unmarked_minister(roles_of):
    roles = roles_of("Ломе, 12 марта 2026 (Republicain). Президент Того Кофи Амеганви провел в Кремле переговоры с "
                     "президентом России. Министр иностранных дел Робер Кодьо, входящий в делегацию, рассказал "
                     "о подписании трех соглашений.")
    assert ("Робер Кодьо", "министр иностранных дел", "Того") in roles, roles


@pytest.mark.parametrize("text, person, country", [
    ("Ломе, 12 марта 2026. Президент Того Кофи Амеганви провел переговоры в Москве. Министр иностранных дел Сергей "
     "Лыков сообщил о подписании трех соглашений.", "Сергей Лыков", "Того"),  # a Slavic visitor
    ("Москва, 12 марта 2026. Президент Того Кофи Амеганви провел переговоры в Кремле. Министр иностранных дел Робер "
     "Кодьо сообщил о подписании трех соглашений.", "Робер Кодьо", "Россия"),  # a foreign visitor in a Slavic state
    ("Лима, 12 марта 2026. Министр иностранных дел Робер Кодьо сообщил о подписании трех соглашений.",
     "Робер Кодьо", "Перу"),  # a capital's dateline, its country never named
])
def test_a_dateline_alone_gives_no_office(roles_of, text, person, country):
    assert country not in _of(roles_of(text), person), roles_of(text)


@pytest.mark.parametrize("text, person, country", [
    ("Чилийский посол в Лиме Рамон Очоа вручил ноту.", "Рамон Очоа", "Чили"),
    ("Посол Чили в Лиме Рамон Очоа вручил ноту.", "Рамон Очоа", "Чили"),
    ("Посол в Лиме Рамон Очоа вручил ноту.", "Рамон Очоа", None),
])
def test_the_city_an_envoy_is_posted_in_is_no_body_of_his_office(roles, text, person, country):
    found = roles(text)
    assert (person, "посол", country) in found, found
