"""``накануне`` is the eve of a meeting before a noun in the genitive (``накануне саммита``: talks beside it,
``Report.aside``), and the day before as an adverb (``Накануне лидеры провели саммит``): the summit itself, a
multilateral meeting (invented countries and formats)."""
from khronika.fusion import Known
from khronika.fusion.report import report

SIDES = ["e:iso-UY", "e:iso-PY", "e:iso-BO", "e:iso-EC"]


def summit(text):
    event = {"id": "v:a", "doc": "d:1", "type": "CONSULT", "date": "2031-05-06", "date_from": "text",
             "format": "f:rio-four", "round": 12, "mode": "meet", "place": None, "factuality": "occurred",
             "text": text, "participants": [{"entity": s, "role": "participant"} for s in SIDES]}
    return report(event, Known(), text)


def test_the_day_before_is_no_eve_and_the_eve_of_a_summit_sets_talks_beside_it():
    for text in ("Накануне главы четырех государств провели в Сукре 12-й саммит группы.",
                 "Главы четырех государств накануне провели в Сукре 12-й саммит группы."):
        told = summit(text)
        assert not told.aside and told.mode == "multilateral", text
    told = summit("Накануне саммита главы четырех государств провели в Сукре 12-ю встречу министров.")
    assert told.aside and told.mode == "meet"
