"""A colloquial title of a country's office is put in full once a completion gives it its country
(``roles.places.in_full``)."""
import pytest


@pytest.fixture(scope="module")
def roles_of(pipeline):
    from khronika.records import Document, Source

    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2030-03-10")))
        ents = {e.id: e for e in doc.entities}
        return {(ents[r.person].name, r.position, ents[r.of].name if r.of in ents else None) for r in doc.roles}
    return go


def test_a_head_of_diplomacy_given_a_led_side_is_its_foreign_minister(roles_of):
    got = roles_of("Лима, 10 марта. Перу и Чили подписали соглашение.\n\nПеруанскую делегацию возглавлял глава "
                   "дипломатии Хорхе Кабрера, чилийскую — министр экономики Ана Рохас.")
    assert ("Хорхе Кабрера", "министр иностранных дел", "Перу") in got
