"""Acts told inside another act: what a side is accused of is no event of its own, disappointment expressed is an
accusation; who is no diplomatic actor (probes, universities); a plural title of as many countries as names; on
sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-04")))
        return [e.type for e in doc.events]
    return go


@pytest.mark.parametrize("text, expected", [
    pytest.param("Гана обвинила Того в переброске войск к границе.", ["ACCUSE"], id="accused_of_a_deployment"),
    pytest.param("Того перебросило войска к границе, заявил министр Ганы.", ["MOBILIZE"], id="a_deployment_told"),
    pytest.param("МИД Ганы выразил глубокое разочарование решением Того.", ["ACCUSE"], id="disappointment"),
    pytest.param("Университеты Ганы и Того подписали соглашение о сотрудничестве.", [], id="universities_agree"),
    pytest.param("Гана и Того подписали соглашение о сотрудничестве.", ["AGREE"], id="states_agree"),
])
def test_acts_told_inside_acts(types, text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министры иностранных дел Ганы и Кении Кофи Менса и Джон Омонди провели переговоры в Аккре.",
                 [("Кофи Менса", "министр иностранных дел", "Гана"), ("Джон Омонди", "министр иностранных дел",
                                                                      "Кения")], id="ministers_respectively"),
    pytest.param("Президенты Ганы и Кении Кофи Менса и Джон Омонди провели переговоры.",
                 [("Кофи Менса", "президент", "Гана"), ("Джон Омонди", "президент", "Кения")],
                 id="presidents_at_the_head_of_a_sentence"),
    pytest.param("Министры иностранных дел Ганы, Кении и Бенина Кофи Менса и Джон Омонди встретились.", [],
                 id="three_countries_two_names_say_nothing"),
])
def test_a_plural_title_of_as_many_countries_as_names_gives_each_its_office(pipeline, text, expected):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    names = {e.id: e.name for e in doc.entities}
    assert [(names[r.person], r.position, names.get(r.of)) for r in doc.roles] == expected


@pytest.mark.parametrize("text, name", [
    ("Компаньеро Хуан Перес Гомес встретился с послом Ганы.", "Хуан Перес Гомес"),
    ("Сеньор Хуан Перес встретился с послом Ганы.", "Хуан Перес"),
])
def test_an_honorific_is_no_part_of_the_name(pipeline, text, name):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
    assert name in {e.name for e in doc.entities if e.type == "person"}
