"""A reception one outlet tells to come that day (``Позднее в тот же день ее примет президент X``) and another held
(``Позднее … принял президент X``) is one, a person in common, much alike; a body one outlet names in fewer words of
the other's name (``рабочая группа вице-премьеров``, ``трехсторонняя рабочая группа на уровне вице-премьеров``) sat
once that day (``meeting_link._one_body``).  Invented countries, persons and lines."""
from khronika.fusion import Known, report
from khronika.fusion.rules import compatible, link

KNOWN = Known(persons={"e:pres": "Амара Диалло", "e:guest": "Лийна Каск"},
              roles={"e:pres": {("президент", "e:iso-GN")}, "e:guest": {("министр", "e:iso-EE")}},
              country={"e:conakry": "e:iso-GN"}, names={"e:conakry": "Конакри"})


def _meeting(id_, doc, text, parts, mode="meet", factuality="occurred", place=None, rnd=None):
    return report({"id": id_, "doc": doc, "type": "CONSULT", "date": "2031-05-16", "date_from": "text", "format": None,
                   "round": rnd, "mode": mode, "place": place, "factuality": factuality, "text": text,
                   "participants": [{"entity": e, "role": "participant"} for e in parts]}, KNOWN, text)


def test_a_reception_told_to_come_and_held_that_day_is_one():
    held = _meeting("v:a", "d:1", "Позднее Лийну Каск принял президент Гвинеи Амара Диалло.",
                    ["e:guest", "e:pres", "e:iso-EE", "e:iso-GN"], mode="host", place="e:conakry")
    ahead = _meeting("v:b", "d:2", "Позднее в тот же день ее примет президент Амара Диалло.", ["e:pres", "e:iso-GN"],
                     mode="host", factuality="planned")
    assert compatible(held, ahead) and link(held, ahead) > 0


def test_a_reception_to_come_by_another_person_is_not_joined():
    held = _meeting("v:a", "d:1", "Позднее Лийну Каск принял президент Гвинеи Амара Диалло.",
                    ["e:guest", "e:pres", "e:iso-EE", "e:iso-GN"], mode="host", place="e:conakry")
    ahead = _meeting("v:b", "d:2", "Вечером ее примет премьер-министр страны.", ["e:iso-GN"], mode="host",
                     factuality="planned")
    assert not (compatible(held, ahead) and link(held, ahead) > 0)


def test_one_body_named_in_fewer_words_sat_once_that_day():
    full = _meeting("v:a", "d:1", "Документ подписан по итогам пятой встречи трехсторонней рабочей группы на уровне "
                                  "вице-премьеров.", [], place="e:conakry", rnd=5)
    short = _meeting("v:b", "d:2", "Эстонская сторона передала это предложение на вчерашней встрече рабочей группы "
                                   "вице-премьеров трех стран.", ["e:iso-EE", "e:iso-GN"])
    assert compatible(full, short) and link(full, short) > 0
