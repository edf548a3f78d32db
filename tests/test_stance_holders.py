"""Who may hold a stance (stances/state.py): states, their officials and bodies, international organisations, as
events' actors are; not a team, a club, a coach, a company or its shareholders, nor people of no office in a text that
names no state actor.  Sentences written for these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stanced):
    def go(text):
        doc, names = stanced(text)
        return [(s.polarity, names.get(s.holder)) for s in doc.stances]
    return go


@pytest.mark.parametrize("text", [
    pytest.param("Сборная Португалии уступила команде Мексики со счётом 1:3 в матче чемпионата мира по волейболу. "
                 "Сборная Мексики выразила протест в связи с решением судьи на вышке во втором сете. "
                 "Следующий матч португальцы сыграют в субботу.", id="a_team_is_no_state"),
    pytest.param("Наставник волейбольной команды «Метеор» Аркадий Лыжин возмутился решением судьи на вышке "
                 "и назвал судейство неприемлемым. Его команда проиграла со счётом 0:2.", id="a_coach"),
    pytest.param("Акционеры компании «Полярный лес» выразили обеспокоенность условиями сделки с банком и пригрозили "
                 "обратиться в суд. Совет директоров компании соберется в пятницу.", id="shareholders"),
    pytest.param("Жители поселка Каменка выразили протест против закрытия больницы. Они собрали две тысячи подписей.",
                 id="residents"),
])
def test_no_stance_of_teams_companies_or_private_people(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, holder", [
    pytest.param("Министр иностранных дел Кении выразил обеспокоенность ростом напряженности на границе с Сомали.",
                 "Кения", id="a_minister"),
    pytest.param("Директор департамента Европы МИД Чехии Павел Кравчик выразил сожаление из-за решения "
                 "Словакии закрыть пункт пропуска.", "Павел Кравчик", id="an_official_of_a_post_not_listed"),
    pytest.param("Министры иностранных дел Ганы и Того провели переговоры. Гана приветствовала решение Того "
                 "открыть границу.", "Гана", id="a_country_in_a_diplomatic_text"),
])
def test_states_and_their_officials_hold_stances(run, text, holder):
    assert holder in {h for _, h in run(text)}


def test_a_spokesperson_of_a_ministry_named_bare_speaks_for_its_country(stanced):
    """The ministry is named with its country once, then bare (``официальный представитель МИД Y``): Y's office is
    of that country (the roles stage completes it), so Y holds the stance as that country's official."""
    text = ("Ханой, 5 мая (Вьетнам Ньюс) -- Министерство иностранных дел Республики Вьетнам в пятницу отвергло протест "
            "китайского правительства в связи с учениями.\n\nНикакие претензии Китая не могут быть приняты, заявил "
            "на брифинге официальный представитель МИД Нгуен Ван Тхань.")
    doc, names = stanced(text)
    assert ("negative", "Нгуен Ван Тхань") in [(s.polarity, names.get(s.holder)) for s in doc.stances]
    assert ("Нгуен Ван Тхань", "Вьетнам") in {(names.get(r.person), names.get(r.of)) for r in doc.roles}
