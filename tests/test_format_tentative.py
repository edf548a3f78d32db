"""A body of a series one outlet tells as such and another tells only put off, called off or planned between the same
two sides, with no number or turn of its series: one format with both reports; told so by no other outlet, none.
Invented sentences only."""
import pytest

from khronika.format_identity import identities
from khronika.format_names import Named
from khronika.format_standing import standing
from tests.test_format_history_told import ingested_formats


def _mention(name, sides, status, rnd=None, start=0):
    entry = {"status": status, "round": rnd, "date": "2031-05-20", "events": []}
    return ({"name": name, "type": "консультации по теме", "fixed": False, "start": start}, sides, [entry])


def test_a_body_told_put_off_between_two_sides_is_tentative():
    kept = standing([_mention("политические консультации", ["e:iso-NO", "e:iso-SE"], "postponed")])
    assert len(kept) == 1 and kept[0][0]["tentative"]


@pytest.mark.parametrize("mention", [
    _mention("политические консультации", ["e:iso-NO", "e:iso-SE"], "round", rnd=4),  # numbered: a series
    _mention("политические консультации", ["e:iso-NO", "e:iso-SE"], "meeting", start=-1),  # told again
])
def test_a_body_told_as_a_series_is_no_tentative_one(mention):
    kept = standing([mention])
    assert len(kept) == 1 and not kept[0][0].get("tentative")


@pytest.mark.parametrize("mention", [
    _mention("политические консультации", ["e:iso-NO"], "postponed"),  # one side
    _mention("политические консультации", ["e:iso-NO", "e:iso-SE"], "active"),  # only set up
])
def test_a_body_without_two_sides_or_a_meeting_is_none(mention):
    assert standing([mention]) == []


def _seen(tentative, sides, doc):
    entry = {"status": "postponed" if tentative else "round", "round": None, "date": "2031-05-20", "events": []}
    return (Named("политические консультации", "консультации по теме", "", tentative=tentative), doc, set(sides),
            [entry])


def test_a_tentative_mention_joins_the_format_another_names_with_those_sides():
    groups = identities([_seen(False, {"e:iso-NO", "e:iso-SE"}, "d:1"), _seen(True, {"e:iso-NO", "e:iso-SE"}, "d:2"),
                         _seen(True, {"e:iso-NO", "e:iso-FI"}, "d:3")])
    assert len(groups) == 1 and {doc for _, doc, _ in groups[0][1]} == {"d:1", "d:2"}


def test_a_tentative_mention_whose_document_names_the_meeting_otherwise_is_none():
    other = (Named("консультации на уровне заместителей министров", "консультации на уровне", ""), "d:2",
             {"e:iso-NO", "e:iso-SE"}, [{"status": "meeting", "round": None, "date": "2031-05-20", "events": []}])
    groups = identities([_seen(False, {"e:iso-NO", "e:iso-SE"}, "d:1"), _seen(True, {"e:iso-NO", "e:iso-SE"}, "d:2"),
                         other])
    assert [doc for key, items in groups for _, doc, _ in items if key[0] == "политические консультации"] == ["d:1"]


def test_tentative_mentions_alone_are_no_format():
    assert identities([_seen(True, {"e:iso-NO", "e:iso-SE"}, "d:2"), _seen(True, {"e:iso-NO", "e:iso-SE"}, "d:3")]) \
        == []


SERIES = ("Отношения Норвегии и Швеции осложнились\n\nОсло, 2 мая 2031 (НТБ). Норвегия объявила персоной нон грата "
          "советника посольства Швеции. Отношения между странами остаются напряженными. Тем не менее на 20 мая в "
          "Стокгольме запланирован очередной раунд политических консультаций между министерствами иностранных дел "
          "двух стран. Предыдущий раунд прошел в Осло в марте 2030 года.\n")
PUT_OFF = ("Швеция отложила консультации с Норвегией\n\nСтокгольм, 6 мая 2031 (ТТ). Швеция отложила консультации с "
           "Норвегией после высылки дипломата. Представитель МИД Швеции сообщил, что политические консультации "
           "двух стран, запланированные на 20 мая, переносятся на неопределенный срок.\n")


def _formats(tmp_path, **texts) -> list[dict]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return [f for f in ingested_formats(tmp_path, *paths) if "консультации" in f["name"]]


@pytest.mark.slow
def test_one_outlet_tells_the_series_another_the_meeting_put_off(tmp_path):
    found = _formats(tmp_path, a=SERIES, b=PUT_OFF)
    assert len(found) == 1, [f["name"] for f in found]
    hist = {(h["status"], h["date"]) for h in found[0]["history"]}
    assert {("round", "2030-03"), ("planned", "2031-05-20"), ("postponed", "2031-05-20")} <= hist


@pytest.mark.slow
def test_the_meeting_put_off_alone_names_no_format(tmp_path):
    assert _formats(tmp_path, b=PUT_OFF) == []
