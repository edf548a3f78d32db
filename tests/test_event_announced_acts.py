"""An act told as the noun after "о" of a verb of announcing: the side that announces it is the side that acts, not a
reporter (``X объявила о высылке …``, ``заявила о введении санкций``, ``стало известно о …``), and an envoy's return
told as announced (``объявила о возвращении посла``); not where the noun names an agent of its own, nor a company's,
a court's or a club's announcement; on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-04")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, {names.get(p.entity, p.entity): p.role for p in e.participants}) for e in doc.events]
    return go


@pytest.mark.parametrize("text, kind, side", [
    pytest.param("Норвегия сообщила о запрете на въезд двенадцати иранским чиновникам.", "SANCTION", "Норвегия",
                 id="reported_ban_past"),
    pytest.param("Министерство иностранных дел Чили объявило о высылке двух перуанских дипломатов.", "SANCTION", "Чили",
                 id="ministry_announces_expulsion"),
    pytest.param("Австралия заявила о введении санкций против Ирана.", "SANCTION", "Австралия",
                 id="declared_introduction_genitive"),
    pytest.param("Норвегия объявляет о высылке трех дипломатов Ирана.", "SANCTION", "Норвегия",
                 id="present_tense"),
    pytest.param("Объявив о высылке трех дипломатов Ирана, Норвегия закрыла и консульство в Бергене.", "SANCTION",
                 "Норвегия", id="adverbial_participle"),
    pytest.param("Осло уведомил Тегеран о приостановке работы консульства в Бергене.", "SANCTION", "Норвегия",
                 id="capital_notifies"),
    pytest.param("Норвегия объявила о возвращении своего посла в Тегеран.", "CONCEDE", "Норвегия",
                 id="envoy_return_announced"),
    pytest.param("МИД Греции сообщил о возвращении посла в Анкару.", "CONCEDE", "Греция",
                 id="envoy_return_reported_by_ministry"),
])
def test_the_announcer_of_an_act_told_as_a_noun_is_its_side(events, text, kind, side):
    found = [sides for k, sides in events(text) if k == kind]
    assert found and found[0].get(side) == "source"


def test_it_became_known_of_an_act(events):
    assert [k for k, _ in events("Стало известно о высылке из Осло трех дипломатов Ирана.")] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    pytest.param("Компания Nestle объявила о запрете на продажу своей продукции в Иране.", id="company_ban"),
    pytest.param("Суд Осло сообщил о запрете бизнесмену покидать страну.", id="court_ban"),
    pytest.param("Клуб объявил о возвращении нападающего в Мадрид.", id="club_return"),
    pytest.param("Правительство Малави объявило о возвращении беженцев из Мозамбика.", id="refugees_return"),
])
def test_no_diplomatic_act_announced(events, text):
    assert events(text) == []


def test_a_welcomed_return_is_no_return_of_its_own(events):
    assert [k for k, _ in events("Министр иностранных дел Кипра приветствовал возвращение посла Греции.")] == [
        "SUPPORT"]


def test_an_act_with_an_agent_of_its_own_is_not_the_announcers(events):
    for _kind, sides in events("Кремль сообщил о визите президента Франции в Москву."):
        assert sides.get("Россия") != "source"


def test_a_headline_act_and_its_announcement_make_one_record(events):
    text = "Норвегия запретила въезд иранским чиновникам\n\nНорвегия объявила о запрете на въезд двенадцати иранским " \
           "чиновникам за участие в подавлении протестов."
    assert [k for k, _ in events(text)] == ["SANCTION"]


def test_the_acts_of_two_states_stay_apart(events):
    text = "Гана закрыла воздушное пространство для самолетов из Того. Правительство Того в ответ отозвало своего " \
           "посла из Аккры."
    found = [sides for k, sides in events(text) if k == "SANCTION"]
    assert len(found) == 2 and found[0].get("Гана") == "source" and found[1].get("Того") == "source"


@pytest.mark.parametrize("text", [
    pytest.param("Гана отозвала своего посла из Того на консультации.", id="recalled_for_consultations"),
    pytest.param("Гана отозвала посла на консультации.", id="envoy_recalled_for_consultations"),
    pytest.param("Посол Ганы вернулся в Ломе после отзыва на консультации.", id="back_after_a_recall"),
])
def test_consultations_a_recall_is_for_are_no_meeting(events, text):
    assert "CONSULT" not in [k for k, _ in events(text)]
