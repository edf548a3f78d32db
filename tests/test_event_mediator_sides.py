"""A third party of talks (``при посредничестве X``, ``при содействии X``, ``под эгидой X``) is no side where two
other countries are; capitals in the genitive of the talks (``переговоры Ниамея и Уагадугу``) stand for their states.
Sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def told(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-12")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, {names.get(p.entity) for p in e.participants}) for e in doc.events]
    return go


def first(evs, type_):
    return next(p for t, p in evs if t == type_)


@pytest.mark.parametrize("text, type_", [
    pytest.param("Делегации Чада и Нигера в среду провели в Рабате раунд переговоров при посредничестве Ганы.",
                 "CONSULT", id="noun_trigger_mediator_last"),
    pytest.param("Чад и Нигер провели при посредничестве Ганы консультации по водным ресурсам.", "CONSULT",
                 id="mediator_inside_verb_trigger"),
    pytest.param("Чад и Нигер при содействии Ганы договорились о прекращении огня.", "AGREE", id="assistance_agree"),
    pytest.param("Чад и Нигер под эгидой Ганы подписали соглашение о разграничении границы.", "AGREE",
                 id="aegis_sign"),
    pytest.param("Переговоры Чада и Нигера при посредничестве Ганы и Того пройдут в Аккре в мае.", "CONSULT",
                 id="two_mediators_planned"),
    pytest.param("В Аккре при посредничестве Ганы и Мали прошел второй раунд переговоров Нджамены и Ниамея.",
                 "CONSULT", id="capitals_in_genitive_two_mediators"),
])
def test_a_mediator_is_no_side(told, text, type_):
    found = first(told(text), type_)
    assert {"Чад", "Нигер"} <= found and not found & {"Гана", "Того", "Мали"}, found


def test_a_dialogue_of_capitals_is_of_their_states(told):
    assert {"Чад", "Нигер"} <= first(told("Во вторник в Брюсселе возобновился диалог Нджамены и Ниамея."), "CONSULT")


def test_a_lone_mediator_stays_where_no_sides_are_named(told):
    found = first(told("Министры провели консультации при посредничестве Ганы."), "CONSULT")
    assert "Гана" in found, found


def test_a_refused_mediation_keeps_the_mediator(told):
    assert "Гана" in first(told("Нигер отклонил посредничество Ганы."), "REJECT")


def test_a_mediator_named_as_a_side_too_stays_one(told):
    found = first(told("Гана, Чад и Нигер провели трехсторонние консультации при посредничестве Ганы."), "CONSULT")
    assert {"Гана", "Чад", "Нигер"} <= found, found


def test_a_capital_after_a_preposition_is_a_place(told):
    found = first(told("Чад и Нигер провели переговоры в Аккре."), "CONSULT")
    assert "Гана" not in found, found
