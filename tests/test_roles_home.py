"""The country of an office the text leaves unmarked, read from the whole document: the dateline's country, the
other side where another person holds that office of one side, a colleague of a person whose office an earlier
sentence gave (sentences invented for these tests)."""
import pytest

from khronika.stages.roles.lexicon import one_holder

pytestmark = pytest.mark.slow


def test_one_holder_offices():
    assert one_holder("премьер-министр") and one_holder("министр обороны") and one_holder("президент")
    assert not one_holder("министр") and not one_holder("вице-премьер")
    assert not one_holder("заместитель министра иностранных дел") and not one_holder("посол")


def test_an_unmarked_office_in_a_report_datelined_at_home_is_of_that_country(roles_of):
    roles = roles_of("Осло, 12 марта.\n\nНорвегия и Швеция договорились продлить соглашение о рыболовстве. "
                     "Министр иностранных дел Эйвинд Ховланн заявил, что Норвегия готова к новым переговорам "
                     "со Швецией.")
    assert ("Эйвинд Ховланн", "министр иностранных дел", "Норвегия") in roles


@pytest.mark.parametrize("title", ["Первый заместитель министра иностранных дел", "Вице-министр иностранных дел",
                                   "Государственный министр иностранных дел"])
def test_a_deputys_unmarked_office_in_a_report_datelined_at_home_is_of_that_country(roles_of, title):
    roles = roles_of("Осло, 12 марта.\n\nНорвегия и Швеция договорились продлить соглашение о рыболовстве. "
                     f"{title} Эйвинд Ховланн заявил, что Норвегия готова к новым переговорам со Швецией.")
    assert ("Эйвинд Ховланн", title.lower(), "Норвегия") in roles, roles


def test_a_correspondents_dateline_gives_no_office_to_a_slavic_visitor(roles_of):
    roles = roles_of("Хельсинки, 4 мая.\n\nФинляндия и Россия обсудили пограничные вопросы. Министр иностранных "
                     "дел Андрей Лыткин заявил, что Россия ждет ответа Финляндии.")
    assert ("Андрей Лыткин", "министр иностранных дел", "Финляндия") not in roles


def test_an_office_another_person_holds_of_one_side_is_the_other_sides(roles_of):
    roles = roles_of("Дания и Норвегия отложили совместный саммит. Премьер-министр Дании Метте Кьяер сообщила об "
                     "этом журналистам. Как отметили в Осло, премьер-министр Ларс Гуннарсен в эти дни будет в "
                     "Брюсселе, поэтому Норвегия попросила о переносе.")
    assert ("Ларс Гуннарсен", "премьер-министр", "Норвегия") in roles
    assert ("Ларс Гуннарсен", "премьер-министр", "Дания") not in roles


def test_the_document_country_is_not_given_to_a_second_holder_of_its_office(roles_of):
    roles = roles_of("Премьер-министр Кении Джозеф Кипроно открыл форум в Найроби. Кения и Уганда обсудили "
                     "торговлю. Кения предложила снизить пошлины, а Кения и Уганда договорились о встрече. "
                     "Премьер-министр Самуэль Окелло поддержал предложение.")
    assert ("Самуэль Окелло", "премьер-министр", "Кения") not in roles


def test_a_colleague_takes_the_office_an_earlier_sentence_gave_the_person_he_meets(roles_of):
    roles = roles_of("Министр иностранных дел Чили Хуан Пердомо прибыл в Лиму. Во вторник Пердомо провел "
                     "переговоры со своим перуанским коллегой Аделой Кинтаной.")
    assert ("Адела Кинтана", "министр иностранных дел", "Перу") in roles


def test_a_country_adjective_the_tagger_reads_as_a_noun_still_names_the_colleagues_country(roles_of):
    roles = roles_of("Министр финансов Нигера Исса Маига прибыл в Ниамей. Маига встретился со своим малийским "
                     "коллегой Ибрагимом Сангаре.")
    assert ("Ибрагим Сангаре", "министр финансов", "Мали") in roles


def test_an_organisations_envoy_for_a_country_is_of_the_organisation(roles_of):
    roles = roles_of("Специальный посланник генерального секретаря ООН по Сирии Пер Линдхольм открыл встречу.")
    assert {of for name, _, of in roles if name == "Пер Линдхольм"} == {"ООН"}
    roles = roles_of("Спецпредставитель ЕС по Косово Ларс Виклунд прибыл в Приштину.")
    assert {of for name, _, of in roles if name == "Ларс Виклунд"} == {"ЕС"}


def test_a_field_of_two_joined_adjectives_or_nouns_stays_in_the_position(roles_of):
    roles = roles_of("Заместитель министра обороны Египта по техническим и финансовым вопросам Салах Мансур принял "
                     "участие во встрече.")
    assert ("Салах Мансур", "заместитель министра обороны по техническим и финансовым вопросам", "Египет") in roles
    roles = roles_of("Министр по торговым и экономическим связям Перу Хорхе Пинто прибыл в Сантьяго.")
    assert ("Хорхе Пинто", "министр по торговым и экономическим связям", "Перу") in roles
    roles = roles_of("На форуме выступила специальный посланник ООН по воде и климату Хельга Штраус.")
    assert ("Хельга Штраус", "специальный посланник по воде и климату", "ООН") in roles


def test_a_womans_name_the_tagger_reads_as_a_mans_oblique_case_keeps_her_office(roles_of):
    roles = roles_of("Делегацию возглавила министр иностранных дел Эстонии Карла Мартсон.")
    assert ("Карла Мартсон", "министр иностранных дел", "Эстония") in roles
    roles = roles_of("Переговоры в Вильнюсе провела комиссар ЕС по энергетике Карла Мартсон, сообщили в Брюсселе.")
    assert ("Карла Мартсон", "комиссар по энергетике", "ЕС") in roles


def test_a_national_security_adviser_is_an_office_of_the_home_state(roles_of):
    got = roles_of("Лима, 3 марта (Андина). Перу выслало двух дипломатов. Советник по национальной безопасности "
                   "Хорхе Кабрера заявил, что решение принято после долгой проверки.")
    assert ("Хорхе Кабрера", "советник по национальной безопасности", "Перу") in got, got
