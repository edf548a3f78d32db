"""Roles with two portfolios, a region as a portfolio's field, offices in a ruling party's organs, and an envoy to
two countries (sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.slow


def test_roles_second_portfolio_after_i_po_stays_in_the_title(roles):
    found = roles("Министр культуры и по делам молодёжи Египта Самир Халиль принял делегацию.")
    assert ("Самир Халиль", "министр культуры и по делам молодёжи", "Египет") in found
    found = roles("Министр экономики и по вопросам торговли Чили Хуан Перес провёл переговоры.")
    assert ("Хуан Перес", "министр экономики и по вопросам торговли", "Чили") in found


@pytest.mark.parametrize("text, person, position, country", [
    ("Министр иностранных дел, по делам эмиграции и диаспоры Армении Карен Саргсян прибыл в Рим.", "Карен Саргсян",
     "министр иностранных дел, по делам эмиграции и диаспоры", "Армения"),
    ("Министр иностранных дел и по делам соотечественников за рубежом Ганы Кваме Асаре прибыл в Рим.",
     "Кваме Асаре", "министр иностранных дел и по делам соотечественников за рубежом", "Гана"),
])
def test_roles_a_portfolio_after_a_comma_or_abroad_stays_in_the_title(roles, text, person, position, country):
    found = roles(text)
    assert (person, position, country) in found, found


def test_roles_region_after_po_delam_is_the_portfolio_not_the_country(roles):
    found = roles("Министр по делам Африки и сотрудничества Бельгии Жан-Пьер Дюваль прибыл в Рим.")
    assert ("Жан-Пьер Дюваль", "министр по делам Африки и сотрудничества", "Бельгия") in found
    found = roles("Министр Великобритании по делам Северной Ирландии Джон Смит прибыл в Белфаст.")
    assert ("Джон Смит", "министр по делам Северной Ирландии", "Великобритания") in found


def test_roles_office_in_a_ruling_partys_organ_is_of_its_state(roles):
    found = roles("Член Политбюро ЦК КПК Ван Лин встретился с министром.")
    assert ("Ван Лин", "член Политбюро ЦК КПК", "e:iso-CN") in found or ("Ван Лин", "член Политбюро ЦК КПК", "Китай") \
        in found, found
    found = roles("Генсек ЦК Трудовой партии Кореи Пак Чон Чхоль осмотрел завод.")
    assert any(p == "генеральный секретарь ЦК Трудовой партии Кореи" and of in ("КНДР", "e:iso-KP")
               for _, p, of in found), found



def test_roles_envoy_to_two_countries_is_of_the_sending_one(roles):
    found = roles("Об этом журналистам рассказал посол Франции в Кении и Уганде Пьер Дюбуа.")
    assert ("Пьер Дюбуа", "посол", "Франция") in found


def test_roles_capitalised_title_opening_a_sentence_is_read(roles):
    found = roles("Сообщение пришло из Вильнюса. Премьер-министр Томас Вайткус назвал его выдумкой.")
    assert any(p == "премьер-министр" and person == "Томас Вайткус" for person, p, _ in found), found


def test_roles_office_of_a_government_or_a_deputy_with_a_field_takes_the_country_of_the_document(roles):
    text = ("Ломе, 3 марта. Власти Того продлили режим. Председатель временного правительства Кодзо Агбейоме "
            "заявил, что выборы в Того пройдут в срок. Заместитель министра по делам молодёжи Кофи Аду сообщил, "
            "что Того готово к ним.")
    found = roles(text)
    assert ("Кодзо Агбейоме", "председатель временного правительства", "Того") in found, found
    assert ("Кофи Аду", "заместитель министра по делам молодёжи", "Того") in found, found


def test_roles_country_adjective_after_po_is_the_field_not_the_country(roles):
    found = roles("Российскую делегацию возглавил спецпредставитель президента РФ по ливийскому урегулированию "
                  "Игорь Лебедев.")
    assert ("Игорь Лебедев", "спецпредставитель президента по ливийскому урегулированию", "Россия") in found, found
    found = roles("Спецпосланник по афганскому урегулированию Джон Смит прибыл в Доху.")
    assert not any(of == "Афганистан" for _, _, of in found), found
