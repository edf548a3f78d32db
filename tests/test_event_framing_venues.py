"""A meeting noun that only frames another act (passing.venue_of_an_act_ahead, PASSING_PHRASES ``во время``): the
place where an act is intended, proposed or asked, and the meeting during which a side did something, are no second
meeting told; a meeting with its own actors or its own verb stays."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(read_news):
    """The event types of a text published on 2025-03-14."""
    return lambda text: [e.type for e in read_news(text, "2025-03-14").events]


@pytest.mark.parametrize("text", [
    "Гана намерена поставить вопрос о квотах на саммите Африканского союза.",  # adjective of intent + infinitive
    "Президент Кении собирается выступить на саммите ООН.",  # verb of intent
    "Исландия хочет представить свой план на ближайшем совещании.",  # modal verb, another meeting noun
    "Сенегал рассчитывает подписать соглашение на саммите в Дакаре.",  # an act word as the infinitive
    "Во время встречи делегация Боливии выразила обеспокоенность задержками грузов.",  # framing meeting, no actor
    "Во время переговоров министр Эстонии подчеркнул важность энергетики.",
])
def test_framing_meeting_makes_no_consult(types, text):
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Лидеры Чили и Перу договорились встретиться на саммите в мае.",  # the infinitive is a meeting verb
    "Министр планирует провести переговоры с коллегой из Ганы на саммите в Аккре.",  # the event noun carries
    "Министры иностранных дел Чили и Перу встретились на полях саммита АТЭС.",
    "Во время встречи с президентом Ганы премьер Того подписал соглашение.",  # a meeting with its own actor
    "Во время визита президента Чили в Лиму стороны подписали соглашение.",
    "Президент Чили провёл переговоры с премьер-министром Норвегии на форуме в Давосе.",
    "«На этой встрече большого прорыва ждать не приходится», — сказал министр.",  # the meeting pointed at: told
    "Вместо премьера Чили страну будет представлять на саммите министр финансов.",  # a future told with "будет"
    "Президент Перу планирует участвовать в саммите.",  # taking part
    "Этот вопрос предполагалось поднять во время встречи между премьером Ганы Джоном Ковачем и президентом Того"
    " Петером Салом.",  # a meeting of two parties of its own
])
def test_meetings_told_stay(types, text):
    assert "CONSULT" in types(text)
