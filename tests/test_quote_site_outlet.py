"""The outlet that publishes a text, named by its site (``Gazeta.kz``) and in the text by the name without the domain
(``Gazeta``), is no speaker: ``Источник сообщил Gazeta, что …`` reports no one's words; on sentences written for
these tests with invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(pipeline):
    from khronika.records import Document, Source
    from khronika.stages.quotes import QuoteStage

    stage = QuoteStage()

    def go(text, source):
        doc = stage(pipeline(Document.from_source(Source(path="t.txt", text=text, source=source))))
        names = {e.id: e.name for e in doc.entities}
        return [names.get(q.speaker) for q in doc.quotes]
    return go


def test_the_sites_outlet_is_no_speaker(run):
    text = ("АСТАНА, 3 марта. Источник в министерстве иностранных дел сообщил Kapital, что визит министра "
            "иностранных дел Киргизии перенесен из-за графика парламента.")
    assert "Kapital" not in run(text, "Kapital.kz")


def test_a_person_still_speaks_on_the_sites_page(run):
    text = ("АСТАНА, 3 марта. Министр иностранных дел Казахстана Ерлан Сатпаев сообщил Kapital, что визит министра "
            "иностранных дел Киргизии перенесен.")
    assert run(text, "Kapital.kz") == ["Ерлан Сатпаев"]
