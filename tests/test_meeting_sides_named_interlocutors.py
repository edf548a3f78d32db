"""The interlocutors of a meeting told before are its sides (issue 10, items 4 and 5): ``Собеседники выразили
обеспокоенность …`` after talks of two countries is a concern of both, in the event (``plural.with_the_sides``,
``data/event_words.tsv`` MEETING_SIDES) and in the stance (``data/stance_words.tsv`` DELEGATES), as ``Стороны`` is;
an outlet's unnamed sources (``собеседник агентства``) stay nobody's.  Invented news."""
import pytest

pytestmark = pytest.mark.slow

TALKS = "Министр иностранных дел Кении провел переговоры с министром иностранных дел Эфиопии. "


def test_the_interlocutors_of_the_talks_are_their_sides(read_news):
    doc = read_news(TALKS + "Собеседники выразили обеспокоенность наращиванием военного присутствия.", "2028-04-05")
    concern = [e for e in doc.events if e.type == "ACCUSE"]
    assert concern and {"e:iso-KE", "e:iso-ET"} <= {p.entity for p in concern[0].participants}
    assert {(s.polarity, s.holder) for s in doc.stances} >= {("concern", "e:iso-KE"), ("concern", "e:iso-ET")}


def test_a_source_of_an_outlet_is_no_side(read_news):
    doc = read_news(TALKS + "Как рассказал собеседник агентства, визит прошел успешно.", "2028-04-05")
    assert not doc.stances
