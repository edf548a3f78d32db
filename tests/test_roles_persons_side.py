"""A state office without a country of a person whose other offices in the document are of one country (sentences
written for these tests)."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roles(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities}
        return {(names.get(r.person), r.position, names.get(r.of, r.of)) for r in doc.roles}
    return go


def test_roles_office_without_a_country_takes_the_persons_only_side(roles):
    found = roles("Министр иностранных дел Казахстана Ержан Абенов прибыл в Ашхабад. Заместитель председателя Кабинета "
                  "министров Ержан Абенов провел переговоры с коллегой.")
    assert ("Ержан Абенов", "заместитель председателя Кабинета министров", "Казахстан") in found, found
