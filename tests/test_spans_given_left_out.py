"""A given name the tagger leaves out of a person's span (``Марта Кылар прибыла …`` opening a sentence, read as a
month) is the person's: a capitalised word the dictionary knows as a nominative given name only, right before a
one-word person span, not after a day's figure (``20 Марта``) (invented sentences)."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


def person_names(pipeline, text: str) -> list[str]:
    doc = pipeline(Document.from_source(Source(path="a.txt", text=text, published="2031-03-20")))
    ents = {e.id: e.name for e in doc.entities}
    return sorted({ents[m.entity] for m in doc.mentions if m.type == "PER" and m.entity in ents})


@pytest.mark.parametrize("text, name", [
    ("ЛИМА, 20 марта. Марта Кылар прибыла с визитом в Тирану.", "Марта Кылар"),
    ("ЛИМА, 20 марта. Августа Руммо провела переговоры в Тиране.", "Августа Руммо"),
])
def test_a_given_name_read_as_a_month_opening_a_sentence(pipeline, text, name):
    assert name in person_names(pipeline, text)
