"""An ethnonym adjective two states share (``корейский``) names the one the document names more often."""
import pytest

from khronika import gazetteer, shared_demonyms
from khronika.records import Document, Entity, Mention, Source


def _doc(*codes: str) -> Document:
    """A document whose mentions name these countries, one mention each."""
    entities = tuple(Entity(f"e:iso-{c}", "country", c, code=c) for c in set(codes))
    mentions = tuple(Mention(k, k + 1, "LOC", c, entity=f"e:iso-{c}") for k, c in enumerate(codes))
    return Document.from_source(Source(path="t.txt", text="x" * 10)).replace(entities=entities, mentions=mentions)


def test_a_shared_adjective_names_the_state_the_document_names_more():
    shared = gazetteer.shared_adjectives()
    assert shared_demonyms.choices(_doc("KR", "KR", "KP"), shared)
    with shared_demonyms.reading(shared_demonyms.choices(_doc("KR", "KR", "KP"), shared)):
        assert gazetteer.adjective_country("корейскую").code == "KR"
    with shared_demonyms.reading(shared_demonyms.choices(_doc("KP", "CN"), shared)):
        assert gazetteer.adjective_country("корейская").code == "KP"
        assert gazetteer.adjective_country("китайская").code == "CN"


@pytest.mark.parametrize("codes", [(), ("KR", "KP"), ("CN",)])
def test_a_shared_adjective_names_no_state_where_the_document_names_neither_or_both_as_often(codes):
    with shared_demonyms.reading(shared_demonyms.choices(_doc(*codes), gazetteer.shared_adjectives())):
        assert gazetteer.adjective_country("корейский") is None
    assert gazetteer.adjective_country("южнокорейский").code == "KR"


@pytest.mark.slow
def test_the_side_a_shared_adjective_heads_is_the_state_the_document_names(roles):
    text = ("Делегацию Монголии возглавлял заместитель министра иностранных дел Ганхуяг Очир, корейскую – "
            "заместитель министра иностранных дел Ли Мин Хо. Переговоры прошли в {}.")
    assert ("Ли Мин Хо", "заместитель министра иностранных дел", "Южная Корея") in roles(text.format("Сеуле"))
    assert ("Ли Мин Хо", "заместитель министра иностранных дел", "КНДР") in roles(text.format("Пхеньяне"))
