"""Events of a series told in news: a custom is no event, the last meeting of a series is one, a round of a named
format needs no "переговоров", a plan of consultations is an agreement, not a meeting; recall "for
consultations" is no meeting; on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

CONTEXT = "Министр иностранных дел Чили Томас Вилк встретился в Лиме со своим перуанским коллегой Яном Кусом. "


@pytest.fixture(scope="module")
def types(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=CONTEXT + text, published="2026-05-20")))
        return [(e.type, e.date.iso()) for e in doc.events if e.start >= len(CONTEXT)]
    return go


def test_a_custom_is_no_event(types):
    custom = types("Правительство Чили ежегодно выражает протест по поводу таких учений.")
    assert "PROTEST" not in [t for t, _ in custom]
    assert types("Чили и Перу регулярно проводят консультации.") == []
    assert [t for t, _ in types("Правительство Чили вчера выразило протест Перу.")] == ["PROTEST"]


def test_the_last_meeting_of_a_series_is_an_event_with_its_own_date(types):
    assert types("Последний раз лидеры Чили и Перу встречались в марте 2022 года в Куско.") == [
        ("CONSULT", "2022-03")]
    assert types("Лидеры Чили и Перу раньше встречались в Лиме.") == []


def test_a_round_of_a_named_format_needs_no_word_for_talks(types):
    assert types("Последний официальный раунд в формате «3+2» прошел в Арике в октябре 2019 года.") == [
        ("CONSULT", "2019-10")]


def test_a_plan_of_consultations_is_signed_not_held(types):
    assert [t for t, _ in types("Министры подписали План консультаций на 2027–2028 годы.")] \
        == ["AGREE"]


def test_recalling_an_envoy_for_consultations_is_no_meeting(types):
    assert "CONSULT" not in [t for t, _ in types("Правительство Перу отозвало для консультаций своего посла.")]


@pytest.mark.parametrize("text, type_", [
    ("Правительство Чили заявило, что оставляет за собой право ответить соразмерно.", "THREATEN"),
    ("Власти Перу закрыли воздушное пространство страны для самолетов из Чили.", "SANCTION"),
    ("Аргентина и Уругвай распространили заявление в поддержку Лимы.", "SUPPORT"),
    ("Правительство Чили расценивает сбитие беспилотника как акт агрессии со стороны Перу.", "ACCUSE"),
])
def test_acts_in_wordings_of_news(types, text, type_):
    assert type_ in [t for t, _ in types(text)]


@pytest.fixture(scope="module")
def meetings(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-04")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, e.factuality, e.date.iso(), sorted(names.get(p.entity, p.entity) for p in e.participants))
                for e in doc.events]
    return go


SESSION = "Министры иностранных дел Ганы и Того провели в Аккре третье заседание совместной комиссии. "
HELD = ("CONSULT", "occurred", "2031-03-04", ["Гана", "Того"])


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министры иностранных дел Ганы и Того собрались сегодня в Аккре.", [HELD], id="ministers_gathered"),
    pytest.param("Гана и Того собрались провести референдум.", [], id="about_to_is_no_gathering"),
    pytest.param("Акционеры собрались в Аккре.", [], id="shareholders_gathered"),
    pytest.param("Правительства Ганы и Того провели сегодня в Аккре совместное заседание.", [HELD],
                 id="two_governments_joint_session"),
    pytest.param("Правительство Ганы провело совместное заседание с профсоюзами.", [],
                 id="a_government_with_unions"),
    pytest.param("Компании Ганы и Того провели совместное заседание советов директоров.", [], id="companies_boards"),
    pytest.param(SESSION + "Следующее решено провести в Ломе осенью 2032 года.",
                 [HELD, ("CONSULT", "planned", "2032", ["Гана", "Того"])], id="the_next_one_decided"),
    pytest.param(SESSION + "Следующее заседание комиссии пройдет в Ломе осенью 2032 года.",
                 [HELD, ("CONSULT", "planned", "2032", [])], id="the_next_session_of_the_commission"),
    pytest.param(SESSION + "Очередное пройдет в Ломе в 2032 году.",
                 [HELD, ("CONSULT", "planned", "2032", ["Гана", "Того"])], id="the_next_one_will_be_held"),
    pytest.param(SESSION + "Следующий матч пройдет в Ломе в марте.", [HELD], id="the_next_match"),
    pytest.param("Министры обсудили сроки. Следующее решено провести в Ломе.", [], id="no_body_told_before"),
    pytest.param("Министр иностранных дел Того заявил, что возобновление переговоров с Ганой в нынешних условиях "
                 "невозможно.", [], id="resumption_ruled_out"),
    pytest.param("Встреча президентов Ганы и Того исключена.", [], id="a_meeting_ruled_out"),
])
def test_sessions_of_bodies(meetings, text, expected):
    assert meetings(text) == expected


@pytest.mark.parametrize("text, supported", [
    pytest.param("Гана поддерживает усилия Того по урегулированию.", True, id="supports_efforts"),
    pytest.param("«Мы поддерживаем позицию Аккры», — заявил министр иностранных дел Того.", True, id="we_support"),
    pytest.param("Гана и Того поддерживают тесные контакты.", False, id="contacts_kept_up"),
    pytest.param("Гана поддерживает связь с посольством.", False, id="a_link_kept_up"),
    pytest.param("Гана поддерживала Того в годы войны.", False, id="supported_once_is_no_act"),
])
def test_support_in_the_present(meetings, text, supported):
    assert ("SUPPORT" in [t for t, *_ in meetings(text)]) == supported


@pytest.mark.parametrize("text, expected", [
    pytest.param("Командование армии Ганы требует, чтобы войска Того сначала вывели свои силы из приграничного района.",
                 ["REQUEST"], id="a_withdrawal_demanded_is_not_done"),
    pytest.param("Гана уже призвала партнеров бойкотировать выступление министра Того.", ["REQUEST"],
                 id="a_boycott_called_for_is_not_done"),
    pytest.param("Премьер Ганы настаивает, что Того первым начало возвращать мигрантов.", [],
                 id="insisting_that_asserts"),
    pytest.param("Премьер Ганы настаивает на том, чтобы Того вернуло мигрантов.", ["REQUEST"],
                 id="insisting_on_demands"),
    pytest.param("Власти Ганы отказали в воздушном коридоре борту с делегацией Того.", ["SANCTION"],
                 id="an_air_corridor_refused"),
    pytest.param("Банк отказал в кредите компании.", [], id="a_loan_refused"),
    pytest.param("Гана и Того восстановили дипломатические отношения.", ["AGREE"], id="relations_restored"),
    pytest.param("Министры иностранных дел Ганы и Того встретятся в Аккре. Чего ждать от встречи?", ["CONSULT"],
                 id="a_question_about_the_meeting_is_none"),
    pytest.param("Вчера в Аккре состоялась встреча акционеров трех горнодобывающих фирм.", [],
                 id="a_meeting_of_shareholders"),
    pytest.param("Встреча министров Ганы и Того прошла в Аккре.", ["CONSULT"], id="a_meeting_of_ministers"),
])
def test_acts_and_their_sense(meetings, text, expected):
    assert [t for t, *_ in meetings(text)] == expected


def test_a_question_word_opens_no_name(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", text="Почему Гана «приостановила» договор с Того?")))
    assert "Почему Гана" not in {e.name for e in doc.entities}


def test_an_invitation_accepted_is_a_visit_to_come(meetings):
    assert ("CONSULT", "planned") in [(t, f) for t, f, *_ in meetings(  # and the acceptance (invitations.py)
        "Президент Ганы принял приглашение посетить Того в 2032 году.")]
    assert [(t, f) for t, f, *_ in meetings("Президент Ганы по приглашению Того посетил Ломе.")] == [
        ("CONSULT", "occurred")]


def test_the_previous_time_dated_is_one_meeting_not_a_habit(meetings):
    found = meetings("Делегации Ганы и Того провели в Аккре пятый раунд переговоров. В прошлый раз стороны "
                     "встречались в Ломе в марте.")
    assert [(t, d) for t, _, d, _ in found] == [("CONSULT", "2031-03-04"), ("CONSULT", "2031-03")]
    assert len(meetings("Делегации Ганы и Того раньше встречались в Ломе.")) == 0
