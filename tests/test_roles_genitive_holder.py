"""A title with a person in the genitive before the named holder, the head of a country's diplomacy, and titles
inside a thing's name, on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, holder, position, country, owner", [
    ("Об этом сообщил пресс-секретарь президента Казахстана Ерлана Жумабекова Руслан Желдибаев.",
     "Руслан Желдибаев", "пресс-секретарь президента", "Казахстан", "Ерлан Жумабеков"),
    ("Пресс-секретарь премьер-министра Индии Раджеша Тивари Анил Бхардвадж заявил журналистам, что визит состоится.",
     "Анил Бхардвадж", "пресс-секретарь премьер-министра", "Индия", "Раджеш Тивари"),
    ("Глава офиса премьер-министра Армении Сергея Оганесяна Арман Егоян встретился с послом.",
     "Арман Егоян", "глава офиса премьер-министра", "Армения", "Сергей Оганесян"),
    ("Глава офиса президента Молдавии Майи Санду Адриан Балуцел встретился с послом.",
     "Адриан Балуцел", "глава офиса президента", "Молдавия", "Майя Санду"),
    ("Советник премьер-министра Ирландии Шона Дойла по внешней политике Мэри Флинн прибыла в Лондон.",
     "Мэри Флинн", "советник премьер-министра по внешней политике", "Ирландия", "Шон Дойл"),
    ("Советник президента Франции Франсуа Дюбуа по дипломатическим вопросам Люк Ферран прибыл в Пекин.",
     "Люк Ферран", "советник президента по дипломатическим вопросам", "Франция", "Франсуа Дюбуа"),
])
def test_title_before_a_genitive_person_is_the_holders(roles, text, holder, position, country, owner):
    found = roles(text)
    assert (holder, position, country) in found, found
    assert {p for n, p, _ in found if n == owner} <= {"президент", "премьер-министр"}, found


def test_genitive_person_without_a_title_of_his_own_holds_none(roles):
    found = roles("Пресс-секретарь Мехмета Озтюрка Ибрагим Калынчоглу ответил на вопросы журналистов.")
    assert ("Ибрагим Калынчоглу", "пресс-секретарь", None) in found
    assert not any("Озтюрк" in (n or "") for n, _, _ in found), found


def test_one_person_after_a_title_is_the_holder(roles):
    found = roles("Визит премьер-министра Индии Раджеша Тивари завершился.")
    assert ("Раджеш Тивари", "премьер-министр", "Индия") in found


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
    ("Посол встретился с пресс-секретарем президента Казахстана Ерлана Жумабекова Русланом Желдибаевым.",
     "Руслан Желдибаев"),
    ("По словам пресс-секретаря президента Казахстана Ерлана Жумабекова Руслана Желдибаева, визит отложен.",
     "Руслан Желдибаев"),
])
def test_genitive_person_before_a_holder_in_oblique_cases(roles, text, holder):
    found = roles(text)
    assert (holder, "пресс-секретарь президента", "Казахстан") in found, found
    assert {p for n, p, _ in found if "Жумабеков" in (n or "")} == {"президент"}, found


def test_head_of_a_unions_diplomacy_keeps_its_words(roles):
    found = roles("Глава европейской дипломатии Хелена Вирта прибыла в Киев.")
    assert not any(p == "министр иностранных дел" for _, p, _ in found), found


@pytest.mark.parametrize("position, state", [
    ("пресс-секретарь президента", True),
    ("советник премьер-министра", True),
    ("вице-премьер по цифровому развитию", True),
    ("министр по делам молодежи", True),
    ("помощник президента компании", False),
    ("государственный министр", True),
    ("государственный министр иностранных дел", True),
    ("заместитель министра обороны", True),
    ("первый заместитель министра финансов", True),
    ("вице-министр иностранных дел", True),
    ("вице-президент компании", False),
    ("генеральный директор завода", False),
    ("президент банка", False),
    ("директор департамента", False),
])
def test_offices_of_a_state(position, state):
    from khronika.stages.roles.lexicon import of_a_state

    assert of_a_state(position) is state


def test_a_title_completed_by_a_state_office_takes_the_documents_country(roles):
    found = roles("Президент Аргентины Хавьер Ломбард прибыл в Мадрид. Аргентина и Испания подписали соглашение. "
                  "Аргентина направит делегацию. Аргентина ждет ответа. Как сообщил пресс-секретарь президента "
                  "Мануэль Адорни, визит продлится два дня.")
    assert ("Мануэль Адорни", "пресс-секретарь президента", "Аргентина") in found, found


@pytest.mark.parametrize("text, person, position, country", [
    ("Переговоры прошли в Хельсинки. С финской стороны в переговорах участвовал вице-премьер по экономике Микко "
     "Лааксонен, с эстонской — министр финансов Юри Кукк.",
     "Микко Лааксонен", "вице-премьер по экономике", "Финляндия"),
    ("В Праге состоялась встреча. С чешской стороны присутствовали министр обороны Павел Храбал и заместитель "
     "министра иностранных дел Ян Дворжачек.", "Ян Дворжачек", "заместитель министра иностранных дел", "Чехия"),
    ("С французской стороны в ней участвовал министр иностранных дел Бельгии Люк Петерс.",  # his own country wins
     "Люк Петерс", "министр иностранных дел", "Бельгия"),
])
def test_side_heading_opened_by_a_verb_of_taking_part(roles, text, person, position, country):
    assert (person, position, country) in roles(text)
