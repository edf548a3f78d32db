"""One numbered round of a format held on one day, told by two outlets that name two venues (one misread its venue
from a line on the venue once planned) — texts written for this test: one sitting, however the places disagree.  A
round planned, another round, another day, another kind of format or a first round still keep two places apart."""
from khronika.fusion import Known, fuse

KNOWN = Known(country={"e:astana": "e:iso-KZ", "e:tashkent": "e:iso-UZ"},
              names={"e:astana": "Астана", "e:tashkent": "Ташкент"})
TOLD = "В четверг в Астане прошел третий раунд казахстанско-узбекского стратегического диалога."
OTHER = ("Третий раунд узбекско-казахстанского стратегического диалога состоялся в четверг не в Ташкенте, "
         "как планировалось.")


def ev(id_, doc, place, text, date="2031-03-13", rnd=3, fmt="strategic", factuality="occurred"):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "format": fmt, "round": rnd, "mode": "meet",
            "place": place, "factuality": factuality, "text": text,
            "participants": [{"entity": "e:iso-KZ", "role": "participant"},
                             {"entity": "e:iso-UZ", "role": "participant"}]}


def test_one_numbered_round_held_on_one_day_told_in_two_cities_fuses():
    a = ev("v:a", "d:1", "e:astana", TOLD)
    b = ev("v:b", "d:2", "e:tashkent", OTHER)
    assert fuse([a, b], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([b, a], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}


def test_two_venues_stay_apart_for_another_round_day_format_a_first_round_or_a_plan():
    a = ev("v:a", "d:1", "e:astana", TOLD)
    for change in ({"round": 4}, {"date": "2031-03-14"}, {"format": "2+2"}, {"factuality": "planned"}):
        b = {**ev("v:b", "d:2", "e:tashkent", OTHER), **change}
        assert fuse([a, b], KNOWN) == {}, change
    first = {**a, "round": 1}
    assert fuse([first, {**ev("v:b", "d:2", "e:tashkent", OTHER), "round": 1}], KNOWN) == {}


def test_one_numbered_round_of_days_told_by_its_first_and_last_day_fuses_with_no_mechanism_named():
    """A third round opened on one day and closed two days later in one city, no mechanism named: one session of
    days; of other sides, or of another city, two."""
    opened = {**ev("v:a", "d:1", "e:astana", "Третий раунд встреч делегаций открылся в Астане.", date="2031-03-10"),
              "format": None, "date_from": "text"}
    closed = {**ev("v:b", "d:2", "e:astana", "В Астане завершился третий раунд казахстанско-узбекского диалога.",
                   date="2031-03-12"), "format": None, "date_from": "text"}
    assert fuse([opened, closed], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    untold = {**closed, "participants": []}
    assert fuse([opened, untold], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    other = {**closed, "participants": [{"entity": "e:iso-KZ", "role": "participant"},
                                        {"entity": "e:iso-KG", "role": "participant"}]}
    assert fuse([opened, other], KNOWN) == {}
    assert fuse([opened, {**closed, "place": "e:tashkent"}], KNOWN) == {}
