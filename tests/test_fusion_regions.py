"""A place named after a region's word (``в провинции X``, ``в столице провинции X``, ``в штате X``) is a region,
which holds the city another outlet names: one sitting; two cities, or two regions, that differ stay two (hand-made
events, invented persons)."""
from dataclasses import replace

from khronika.fusion import Known, report
from khronika.fusion.agree import places_agree
from khronika.fusion.places import Place, venue

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:uy-fm": "Орасио Бентанкур", "e:ke-fm": "Джозеф Омонди"},
    roles={"e:uy-fm": {("министр иностранных дел", "e:iso-UY")},
           "e:ke-fm": {("министр иностранных дел", "e:iso-KE")}},
    country={},
    names={"e:kisumu": "Кисуму", "e:nyanza": "Ньянза", "e:eldoret": "Элдорет", "e:rift": "Рифт-Валли"})


def ev(id_, doc, place, text):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": "2031-06-03", "date_from": "text", "format": None,
            "round": None, "mode": "meet", "place": place, "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": "participant"} for p in ("e:uy-fm", "e:ke-fm")]}


def test_a_place_named_after_a_regions_word_is_a_region():
    where = Place("ньянза", None, False)
    for told in ("Переговоры прошли во вторник в провинции Ньянза.", "в столице провинции Ньянза",
                 "министры встретились в штате Ньянза", "в регионе Ньянза", "в округе Ньянза"):
        assert venue(where, told).region, told
    for told in ("Переговоры прошли во вторник в Ньянзе.", "в городе Ньянза"):
        assert not venue(where, told).region, told
    city, region = Place("кисуму", "KE", False), Place("ньянза", "KE", False, region=True)
    assert places_agree(*_two(city, region)) and places_agree(*_two(region, city))
    assert not places_agree(*_two(city, Place("элдорет", "KE", False)))  # two cities
    assert not places_agree(*_two(region, Place("рифт-валли", "KE", False, region=True)))  # two regions
    assert not places_agree(*_two(Place("ньянза", "UG", False, region=True), city))  # of another country


def _two(x: Place, y: Place):
    """Two reports alike but for their places."""
    a = report(ev("v:a", "d:1", None, "…"), KNOWN)
    return replace(a, place=x), replace(a, place=y, id="v:b", doc="d:2")


def test_one_sitting_told_in_a_city_and_in_its_region():
    city = ev("v:a", "d:1", "e:kisumu", "Во вторник в Кисуму министры Уругвая и Кении провели переговоры.")
    region = ev("v:b", "d:2", "e:nyanza", "Министры Уругвая и Кении во вторник провели переговоры в провинции "
                                          "Ньянза.")
    assert grouped([city, region], KNOWN) == {frozenset({"v:a", "v:b"})}
    other = ev("v:c", "d:3", "e:eldoret", "Во вторник в Элдорете министры Уругвая и Кении провели переговоры.")
    assert grouped([city, other], KNOWN) == set()  # two cities: two meetings


class _Texts:
    """Each member's evidence: its document's id is its sentence."""

    def evidence(self, doc, a, b):
        return {"doc": doc, "start": a, "end": b, "text": doc}


def _member(id_, doc, place):
    return {"id": id_, "doc": doc, "type": "CONSULT", "mode": "meet", "factuality": "occurred", "place": place,
            "date": "2031-06-03", "date_precision": "day", "date_from": "text", "start": 0, "stop": 1, "more": [],
            "participants": [], "format": None, "round": None, "topics": [], "trigger": "переговоры"}


def test_the_record_of_a_sitting_told_in_a_city_and_in_its_region_takes_the_city():
    from khronika.export import _event_record

    names = {"e:kisumu": "Кисуму", "e:nyanza": "Ньянза"}
    members = [_member("v:a", "Переговоры прошли в провинции Ньянза.", "e:nyanza"),
               _member("v:b", "Переговоры прошли в Кисуму.", "e:kisumu")]
    assert _event_record("v:a", members, _Texts(), names=names)["place"] == "e:kisumu"
    members[0] = _member("v:a", "Переговоры прошли в Ньянзе.", "e:nyanza")  # two cities: the first report's
    assert _event_record("v:a", members, _Texts(), names=names)["place"] == "e:nyanza"


def test_a_city_of_a_retelling_to_the_month_does_not_take_the_region_over():
    """``визит в X в июне 2031 года`` retold by another outlet: its city may lie elsewhere in the country, so the
    region the sitting's own report tells with its day stays the record's place."""
    from khronika.export import _event_record

    names = {"e:kisumu": "Кисуму", "e:nyanza": "Ньянза"}
    retold = {**_member("v:b", "Договоренности визита в Кисуму в июне 2031 года.", "e:kisumu"), "date": "2031-06",
              "date_precision": "month"}
    members = [_member("v:a", "Переговоры прошли в провинции Ньянза.", "e:nyanza"), retold]
    assert _event_record("v:a", members, _Texts(), names=names)["place"] == "e:nyanza"


def test_a_region_only_a_less_precisely_dated_report_tells_leaves_the_country():
    """``Следующее заседание пройдет в Кении в 2032 году`` and an undated feed's ``пройдет в Кении, в провинции
    Ньянза``: the country the best-dated report tells stays the record's place; a region told with the same date
    precision, or a city, still comes first."""
    from khronika.export import _event_record

    names = {"e:nyanza": "Ньянза", "e:kisumu": "Кисуму"}
    dated = {**_member("v:a", "Следующее заседание пройдет в Кении в 2032 году.", "e:iso-KE"), "date": "2032",
             "date_precision": "year"}
    undated = {**_member("v:b", "Следующее заседание пройдет в провинции Ньянза.", "e:nyanza"), "date": None,
               "date_precision": "unknown"}
    assert _event_record("v:a", [dated, undated], _Texts(), names=names)["place"] == "e:iso-KE"
    same = {**undated, "date": "2032", "date_precision": "year"}
    assert _event_record("v:a", [dated, same], _Texts(), names=names)["place"] == "e:nyanza"
    city = {**undated, "doc": "Следующее заседание пройдет в Кисуму.", "place": "e:kisumu"}
    assert _event_record("v:a", [dated, city], _Texts(), names=names)["place"] == "e:kisumu"
