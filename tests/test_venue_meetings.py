"""A reception in a venue and the arrival, visit or talks of the same guest in the venue's city are one meeting: the
venue's city (a gazetteer's venue, or the dateline's city for a residence left unnamed) is the document's own place of
that name (``where.city_entity``); a venue and another city stay two meetings.  On sentences written for these
tests."""
import pytest

pytestmark = pytest.mark.slow


def _meetings(doc):
    return [e for e in doc.events if e.type == "CONSULT" and e.factuality == "occurred"]


def test_a_reception_in_a_venue_and_the_arrival_in_its_city_are_one_meeting(read_news):
    doc = read_news("Президент России принял в Кремле премьер-министра Вьетнама Нгуен Ван Тханя. Как сообщалось, "
                    "вьетнамский премьер прибыл в Москву накануне с официальным визитом.", "2024-05-16")
    meetings = _meetings(doc)
    assert len(meetings) == 1 and meetings[0].mode == "host"
