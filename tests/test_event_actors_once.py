"""The document's actors (events.actors.Actors.of) are read once for the events stage and the stances stage after
it: asked again of the very same document they are the first answer; asked of a document whose roles, entities or
text differ they are read again, and equal what a first reading of that document gives."""
import pytest

from khronika.stages.events import actors

pytestmark = pytest.mark.slow

TEXT = ("ОСЛО, 4 февраля. Министр иностранных дел Норвегии Ханс Бергстрём провел переговоры с президентом "
        "компании «Северный лес» Карлом Виком.")


def fresh(doc):
    actors._LAST = None
    return actors.Actors.of(doc)


def test_the_same_document_is_read_once(read_news):
    doc = read_news(TEXT)
    first = fresh(doc)
    assert actors.Actors.of(doc) is first
    assert actors.Actors.of(doc.replace(events=(), stances=())) is first  # what the actors are read from is kept


def test_a_changed_document_is_read_again(read_news):
    doc = read_news(TEXT)
    first = fresh(doc)
    assert first.officials and first.other_roles  # the minister, and the company's president
    no_roles = doc.replace(roles=())
    again = actors.Actors.of(no_roles)
    assert again is not first and again == fresh(no_roles)
    assert not again.officials and not again.other_roles
    fresh(doc)
    other = read_news(TEXT.replace("Министр иностранных дел Норвегии", "Бизнесмен"))
    read = actors.Actors.of(other)
    assert read is not first and read == fresh(other) and not read.officials
