"""A title with a person in the genitive before the named holder, the head of a country's diplomacy, and titles
inside a thing's name, on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roles(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities}
        return {(names.get(r.person), r.position, names.get(r.of)) for r in doc.roles}
    return go


@pytest.mark.parametrize("text, holder, position, country, owner", [
    ("Об этом сообщил пресс-секретарь президента Казахстана Касым-Жомарта Токаева Руслан Желдибаев.",
     "Руслан Желдибаев", "пресс-секретарь президента", "Казахстан", "Касым-Жомарт Токаев"),
    ("Пресс-секретарь премьер-министра Индии Нарендры Моди Анил Бхардвадж заявил журналистам, что визит состоится.",
     "Анил Бхардвадж", "пресс-секретарь премьер-министра", "Индия", "Нарендра Моди"),
    ("Глава офиса премьер-министра Армении Никола Пашиняна Арман Егоян встретился с послом.",
     "Арман Егоян", "глава офиса премьер-министра", "Армения", "Никол Пашинян"),
    ("Глава офиса президента Молдавии Майи Санду Адриан Балуцел встретился с послом.",
     "Адриан Балуцел", "глава офиса президента", "Молдавия", "Майя Санду"),
    ("Советник премьер-министра Ирландии Шона Келли по внешней политике Мэри Флинн прибыла в Лондон.",
     "Мэри Флинн", "советник премьер-министра по внешней политике", "Ирландия", "Шон Келли"),
    ("Советник президента Франции Эмманюэля Макрона по дипломатическим вопросам Эмманюэль Бонн прибыл в Пекин.",
     "Эмманюэль Бонн", "советник президента по дипломатическим вопросам", "Франция", "Эмманюэль Макрон"),
])
def test_title_before_a_genitive_person_is_the_holders(roles, text, holder, position, country, owner):
    found = roles(text)
    assert (holder, position, country) in found, found
    assert {p for n, p, _ in found if n == owner} <= {"президент", "премьер-министр"}, found


def test_genitive_person_without_a_title_of_his_own_holds_none(roles):
    found = roles("Пресс-секретарь Эрдогана Ибрагим Калынчоглу ответил на вопросы журналистов.")
    assert ("Ибрагим Калынчоглу", "пресс-секретарь", None) in found
    assert not any(n == "Эрдоган" for n, _, _ in found), found


def test_one_person_after_a_title_is_the_holder(roles):
    found = roles("Визит премьер-министра Индии Нарендры Моди завершился.")
    assert ("Нарендра Моди", "премьер-министр", "Индия") in found


@pytest.mark.parametrize("text, person, country", [
    ("Глава хорватской дипломатии Томислав Караматко прибыл в Вену.", "Томислав Караматко", "Хорватия"),
    ("Переговоры провел глава чилийской дипломатии Альберто ван Клаверен.", "Альберто ван Клаверен", "Чили"),
    ("Руководитель внешнеполитического ведомства Перу Хавьер Гонсалес-Олаэчеа провел переговоры.",
     "Хавьер Гонсалес-Олаэчеа", "Перу"),
])
def test_head_of_a_countrys_diplomacy_is_its_foreign_minister(roles, text, person, country):
    assert (person, "министр иностранных дел", country) in roles(text)


@pytest.mark.parametrize("text", [
    "Улица имени президента Кеннеди переименована.",
    "Проспект им. маршала Жукова перекрыт из-за ремонта.",
])
def test_title_in_a_things_name_is_no_role(roles, text):
    assert not roles(text)


@pytest.mark.parametrize("text, holder", [
    ("Посол встретился с пресс-секретарем президента Казахстана Касым-Жомарта Токаева Русланом Желдибаевым.",
     "Руслан Желдибаев"),
    ("По словам пресс-секретаря президента Казахстана Касым-Жомарта Токаева Руслана Желдибаева, визит отложен.",
     "Руслан Желдибаев"),
])
def test_genitive_person_before_a_holder_in_oblique_cases(roles, text, holder):
    found = roles(text)
    assert (holder, "пресс-секретарь президента", "Казахстан") in found, found
    assert ("Касым-Жомарт Токаев", "президент", "Казахстан") in found, found


def test_a_nominative_name_before_another_is_no_genitive(roles):
    found = roles("Премьер-министр Ирландии Шон Келли Мэри Флинн.")
    assert ("Шон Келли", "премьер-министр", "Ирландия") in found, found
    assert not any(n == "Мэри Флинн" for n, _, _ in found), found


def test_head_of_a_unions_diplomacy_keeps_its_words(roles):
    found = roles("Глава европейской дипломатии Хелена Вирта прибыла в Киев.")
    assert not any(p == "министр иностранных дел" for _, p, _ in found), found
