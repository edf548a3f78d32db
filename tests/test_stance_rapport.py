"""Wider or better relations with a side sought (the ``rapport`` frame) in their common forms: the infinitive under
an adjective or verb of aim (``готов развивать отношения с X``), the noun under one (``заинтересован в расширении
сотрудничества с X``), a noun of aim owned by the side or stated by it (``готовность X расширять связи с Y``,
``подтвердил намерение углублять …``); and what is none. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Чили подтвердил готовность Сантьяго расширять сотрудничество с Лимой.",
                 [("positive", "Чили", "Перу")], id="readiness_owned"),
    pytest.param("Турция подтвердила намерение углублять связи с Азербайджаном.",
                 [("positive", "Турция", "Азербайджан")], id="intent_stated"),
    pytest.param("Польша готова развивать отношения с Литвой.", [("positive", "Польша", "Литва")], id="ready_to"),
    pytest.param("Вьетнам намерен укреплять стратегическое партнерство с Индией.",
                 [("positive", "Вьетнам", "Индия")], id="intends_to"),
    pytest.param("Мы заинтересованы в развитии связей с Непалом, заявил министр иностранных дел Бутана.",
                 [("positive", "Бутан", "Непал")], id="we_are_interested"),
    pytest.param("Венгрия стремится к расширению взаимодействия с Китаем.",
                 [("positive", "Венгрия", "Китай")], id="seeks_wider"),
    pytest.param("Италия не готова развивать отношения с Ливией.", [], id="not_ready"),
    pytest.param("Франция призвала Иран восстановить сотрудничество с Египтом.", [], id="another_side_urged_to"),
    pytest.param("Стороны обсудили развитие сотрудничества с Индией.", [], id="discussed_no_aim"),
    pytest.param("Кения подтвердила готовность провести выборы в срок.", [], id="readiness_of_no_relations"),
])
def test_stance_rapport_forms(run, text, expected):
    assert run(text) == expected
