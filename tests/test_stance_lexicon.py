"""The evaluative lexicon of stances (data/stance_cues.tsv, judge rows), on sentences written for these tests: a
side's act, visit or talks named so by a naming verb (``назвал``, ``расценил как``, ``охарактеризовал``), in a
predicate (``X — это …``), inside guillemets; a negated naming verb is none, and so is an evaluation of what is no
side's act (weather, sport, a film)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    # positive evaluations of another side's visit or talks
    pytest.param("Премьер Италии назвал встречу с президентом Алжира содержательной.",
                 [("positive", "Италия", "Алжир")], id="a_meeting_called_substantive"),
    pytest.param("Министр иностранных дел Словакии назвал свой разговор с коллегой из Чехии откровенным и "
                 "содержательным.", [("positive", "Словакия", "Чехия")], id="a_talk_called_frank_and_substantive"),
    pytest.param("Посол Японии заявил, что визит премьера Вьетнама стал знаковым событием.",
                 [("positive", "Япония", "Вьетнам")], id="a_visit_become_a_landmark"),
    # negative evaluations: a noun named so, adjectives joined, a predicate in a quote
    pytest.param("Президент Колумбии назвал требования Венесуэлы ультиматумом.",
                 [("negative", "Колумбия", "Венесуэла")], id="demands_called_an_ultimatum"),
    pytest.param("Президент Колумбии назвал действия Венесуэлы вымогательством.",
                 [("negative", "Колумбия", "Венесуэла")], id="acts_called_extortion"),
    pytest.param("Президент Мексики назвал решение США о пошлинах абсурдным и недальновидным.",
                 [("negative", "Мексика", "США")], id="a_decision_called_absurd"),
    pytest.param("Глава МИД Литвы расценил заявления Минска как грубое давление.",
                 [("negative", "МИД Литвы", "Белоруссия")], id="statements_regarded_as_pressure"),
    pytest.param("«Политика Сербии в отношении Косово — это лицемерие и двойные стандарты», — заявил министр Албании.",
                 [("negative", "Албания", "Сербия")], id="a_policy_is_hypocrisy"),
    # a negated naming or regarding verb: none
    pytest.param("Президент Аргентины не назвал визит министра Бразилии успешным.", [], id="not_called_successful"),
    pytest.param("«Мы не считаем переговоры с Анголой успехом», — сказал министр Намибии.", [],
                 id="not_regarded_a_success"),
    pytest.param("«Мы не считаем решение Анголы ошибочным», — сказал министр Намибии.", [],
                 id="not_regarded_mistaken"),
    pytest.param("Министр Намибии не назвал бы переговоры с Анголой успехом.", [], id="would_not_call_it"),
    # evaluations of what is no side's act: none
    pytest.param("Министр иностранных дел Японии назвал погоду в Токио ужасной.", [], id="the_weather"),
    pytest.param("Тренер сборной Испании назвал матч с Италией выдающимся.", [], id="a_match"),
    pytest.param("Министр спорта Бразилии назвал победу сборной над Аргентиной выдающейся.", [], id="a_sports_win"),
    pytest.param("Президент Франции назвал фильм замечательным.", [], id="a_film"),
    pytest.param("Атмосферное давление в Москве упадет, сообщили синоптики.", [], id="air_pressure"),
    pytest.param("Министр финансов Японии заявил, что Банк Японии провел валютную интервенцию против доллара США.", [],
                 id="a_currency_intervention"),
    pytest.param("Министр Индии заявил, что инвесторы из Сингапура купили ценные бумаги на бирже.", [],
                 id="securities"),
    pytest.param("«Программа визита в Перу была очень насыщенной», — сказал министр Эквадора.", [],
                 id="a_busy_programme"),
    pytest.param("«Мы обсудили с коллегой из Египта эффективные меры борьбы с терроризмом», — сказал министр "
                 "Туниса.", [], id="effective_measures"),
    pytest.param("Министр иностранных дел Дании назвал заявления посла Венгрии неуместными.",
                 [("negative", "Дания", "Венгрия")], id="statements_called_out_of_place"),
    pytest.param("«Утверждения Баку — выдумка и бред», — заявил министр Армении.",
                 [("negative", "Армения", "Азербайджан")], id="claims_are_fiction"),
    pytest.param("Министр здравоохранения Италии назвал слова врача неуместными.", [], id="a_doctors_words"),
    # thanks for another side's hospitality
    pytest.param("«Мы высоко ценим гостеприимство японских друзей», — сказал президент Монголии.",
                 [("positive", "Монголия", "Япония")], id="hospitality_valued"),
])
def test_stance_lexicon(run, text, expected):
    assert run(text) == expected
