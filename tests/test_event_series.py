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
