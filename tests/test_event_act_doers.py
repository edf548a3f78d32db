"""Who does an act told by its noun in a participle or relative clause of a verb of doing it on the noun is its source
(``doers.py``: ``санкции, введенные X``, ``санкции, которые ввела X``) — not the subject of a verb of reacting to the
act (``Y осудила санкции``).  Sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sources(pipeline):
    def go(text, type_):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2031-03-12")))
        names = {e.id: e.name for e in doc.entities}
        event = next(e for e in doc.events if e.type == type_)
        return {names.get(p.entity) for p in event.participants if p.role == "source"}
    return go


@pytest.mark.parametrize("text, type_, source", [
    pytest.param("Глава МИД Гайаны заявил, что санкции, введенные Эквадором против его страны, незаконны.", "SANCTION",
                 "Эквадор", id="participle"),
    pytest.param("Гайана осудила санкции, которые Кито ввел против ее чиновников.", "SANCTION", "Эквадор",
                 id="relative_clause_capital"),
])
def test_the_doer_of_the_act_is_its_source(sources, text, type_, source):
    assert source in sources(text, type_)


def test_who_condemns_the_act_does_not_do_it(sources):
    assert "Гайана" not in sources("Гайана осудила санкции, которые Эквадор ввел против ее чиновников.", "SANCTION")
