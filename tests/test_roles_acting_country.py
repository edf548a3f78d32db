"""An office without a country right after a sentence whose subject is one country: the official speaks for the side
that acted (sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.slow


def test_roles_office_after_the_acting_countrys_sentence_is_of_it(roles):
    found = roles("Австралия отклонила протест Фиджи. Министр иностранных дел Джон Смит в четверг заявил, что "
                  "действия были законными.")
    assert ("Джон Смит", "министр иностранных дел", "Австралия") in found, found
    found = roles("Франция осудила удар по Сирии. Министр иностранных дел Жан Дюпон назвал его нарушением права.")
    assert ("Жан Дюпон", "министр иностранных дел", "Франция") in found, found


def test_roles_acting_country_in_a_subordinate_clause_counts(roles):
    found = roles("Ранее в Кремле заявили, что Россия не намерена обсуждать этот вопрос. «Мы исходим из этого», — "
                  "подчеркнул пресс-секретарь президента Игорь Смирнов.")
    assert ("Игорь Смирнов", "пресс-секретарь президента", "Россия") in found, found


def test_roles_acting_slavic_state_gives_no_country_to_a_foreign_surname(roles):
    found = roles("Россия ввела санкции против Японии. Министр иностранных дел Ёко Кавада заявила протест.")
    assert ("Ёко Кавада", "министр иностранных дел", None) in found, found


def test_roles_acting_country_only_for_a_holder_who_is_a_subject(roles):
    found = roles("Генеральный секретарь Ясуо Танака заявил, что Токио выражает сожаление. Он подчеркнул, что итоги "
                  "переговоров, которые премьер-министр Ёсико Мори провела с президентом Паком Мин Су, "
                  "остаются в силе.")
    assert not any(name.startswith("Пак") and of is not None for name, _, of in found), found


def test_roles_joint_body_of_two_countries_as_subject_gives_no_side(roles):
    found = roles("Пятая сессия Совместной комиссии Ганы и Того завершилась подписанием протокола. Министр иностранных "
                  "дел Кваме Асанте назвал документ важным.")
    assert ("Кваме Асанте", "министр иностранных дел", None) in found, found


def test_roles_no_acting_country_from_a_genitive_of_a_non_side_or_for_a_passive_holder(roles):
    found = roles("Министр добавил, что позиция Мексики по визам удивила многих. Премьер-министр Джон Бейкер "
                  "провел в среду заседание Совета безопасности.")
    assert ("Джон Бейкер", "премьер-министр", "Мексика") not in found, found
    found = roles("Кенийская делегация обещала изучить просьбу. Министр Джон Камау заявил, что ответ будет дан "
                  "в январе.")
    assert ("Джон Камау", "министр", "Кения") in found, found


def test_roles_office_told_in_another_capital_takes_no_acting_country(roles):
    found = roles("Аргентина отклонила протест Чили. В Сантьяго министр иностранных дел Хуан Перес выразил сожаление.")
    assert ("Хуан Перес", "министр иностранных дел", "Аргентина") not in found, found


@pytest.mark.parametrize("text, holder", [
    ("Правительство Чада в пятницу отозвало для консультаций своего посла в Нигере Ахмата Махамата Дежо.",
     "Ахмат Махамат Дежо"),
    ("Нджамена в пятницу отозвала своего посла в Нигере Ахмата Махамата Дежо.", "Ахмат Махамат Дежо"),
])
def test_roles_an_envoy_told_as_the_subjects_own_is_of_its_country(roles, text, holder):
    found = roles(text)
    assert (holder, "посол", "Чад") in found, found
    assert (holder, "посол", "Нигер") not in found, found
