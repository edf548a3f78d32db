"""Acts told inside another act: what a side is accused of is no event of its own, disappointment expressed is an
accusation; and who is no diplomatic actor (probes, universities); on sentences written for these tests."""
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
