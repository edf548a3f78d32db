"""Acts told within a range of days their document tells (``16–17 ноября прошли переговоры. … Стороны договорились
…``) whose own sentence tells no day near it: dated to the range's first (or last) day, they may have been on any of
its days, and fuse with a report of the same act dated to another of them (hand-made events, invented persons)."""
from khronika.fusion import Known
from khronika.fusion.span import in_range

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:uy-fm": "Орасио Бентанкур", "e:ke-fm": "Джозеф Омонди", "e:ke-pr": "Сэмюэл Кипроно"},
    roles={"e:uy-fm": {("министр иностранных дел", "e:iso-UY")},
           "e:ke-fm": {("министр иностранных дел", "e:iso-KE")},
           "e:ke-pr": {("президент", "e:iso-KE")}},
    country={"e:nairobi": "e:iso-KE"},
    names={"e:nairobi": "Найроби"})

TALKS = ("Монтевидео, 7 июня 2031. 3–5 июня в Найроби прошел второй раунд консультаций Уругвая и Кении по "
         "торговле. {}")
DEAL = "Стороны договорились об отмене виз для владельцев служебных паспортов."


def ev(id_, doc, date, people, text, *, type_="AGREE", document=None, published="2031-06-07", place=None):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": "text", "format": None, "round": None,
            "mode": "meet" if type_ == "CONSULT" else None, "place": place, "factuality": "occurred", "text": text,
            "participants": [{"entity": p, "role": "participant"} for p in people],
            "document": document, "published": published}


def test_the_days_of_a_range_its_document_tells_around_an_act_that_tells_no_day():
    doc = TALKS.format(DEAL)
    assert in_range("2031-06-03", DEAL, doc, "2031-06-07") == ("2031-06-03", "2031-06-05")
    assert in_range("2031-06-05", DEAL, doc, "2031-06-07") == ("2031-06-03", "2031-06-05")
    assert in_range("2031-06-04", DEAL, doc, "2031-06-07") == ("2031-06-04", None)  # not a first or last day
    told = "Во вторник стороны договорились об отмене виз."  # its own day
    assert in_range("2031-06-03", told, TALKS.format(told), "2031-06-07") == ("2031-06-03", None)
    later = "Стороны договорились о перемирии с 20 августа по 5 сентября."  # a day, but not the act's
    assert in_range("2031-06-03", later, TALKS.format(later), "2031-06-07") == ("2031-06-03", "2031-06-05")
    assert in_range("2031-06-03", DEAL, "В Найроби прошел второй раунд. " + DEAL, None) == ("2031-06-03", None)


def test_an_agreement_told_by_the_first_day_of_its_talks_and_by_their_last():
    sides = ["e:iso-UY", "e:iso-KE"]
    first = ev("v:a", "d:1", "2031-06-03", sides, DEAL, document=TALKS.format(DEAL))
    last = ev("v:b", "d:2", "2031-06-05", sides, "Уругвай и Кения в четверг договорились об отмене виз для "
              "владельцев служебных паспортов.", document="…", published="2031-06-06")
    assert grouped([first, last], KNOWN) == {frozenset({"v:a", "v:b"})}
    alone = ev("v:c", "d:3", "2031-06-03", sides, DEAL, document="Вчера в Найроби прошел раунд консультаций. " + DEAL)
    assert grouped([alone, last], KNOWN) == set()  # a day alone: two days off


def test_a_reception_during_a_visit_of_days_and_the_same_reception_told_on_its_day():
    guest = ["e:ke-pr", "e:uy-fm"]
    said = "В ходе визита министра принял президент Кении Сэмюэл Кипроно."
    visit = ("Министр иностранных дел Уругвая Орасио Бентанкур 14–15 июля находился с визитом в Кении. " + said)
    during = ev("v:a", "d:1", "2031-07-14", guest, said, type_="CONSULT", document=visit, published="2031-07-16")
    day = ev("v:b", "d:2", "2031-07-15", guest, "Президент Кении Сэмюэл Кипроно во вторник принял министра "
             "иностранных дел Уругвая Орасио Бентанкура.", type_="CONSULT", document="…", published="2031-07-15")
    assert grouped([during, day], KNOWN) == {frozenset({"v:a", "v:b"})}
    own = ev("v:c", "d:3", "2031-07-14", guest, "В понедельник министра принял президент Кении Сэмюэл Кипроно.",
             type_="CONSULT", document=visit.replace(said, "В понедельник министра принял президент Кении Сэмюэл "
                                                            "Кипроно."), published="2031-07-16")
    assert grouped([own, day], KNOWN) == set()  # each tells its own day: two receptions
