"""An act each outlet tells from one side (``act_link``, ``compat.halves_of_one_act``; issue 10, item 2): the coast
guard of one country seizing a yacht, and the other country's ministry telling the seizure of its yacht that day in the
same port, are one act, though one report names only the actor's country and the other only the owner's; a seizure of
another vessel that day, of another day, or told with no place, is another.  Invented countries and lines."""
from khronika.fusion import Known, report
from khronika.fusion.rules import compatible, link

KNOWN = Known(country={"e:valletta": "e:iso-MT", "e:bizerte": "e:iso-TN"},
              names={"e:valletta": "Валлетта", "e:bizerte": "Бизерта"})


def _act(id_, doc, text, date, parts, trigger, place="e:valletta"):
    return report({"id": id_, "doc": doc, "type": "COERCE", "date": date, "date_from": "text", "format": None,
                   "round": None, "mode": None, "place": place, "factuality": "occurred", "text": text,
                   "trigger": trigger, "participants": [{"entity": e, "role": r} for e, r in parts]}, KNOWN, text)


SEIZED = "Береговая охрана Мальты задержала в порту Валлетта яхту «Южный ветер» 14 мая."
TOLD = "Мы требуем объяснить задержание 14 мая в порту Валлетта яхты «Южный ветер»."


def test_one_seizure_told_by_the_actor_and_by_the_owner_is_one():
    a = _act("v:a", "d:1", SEIZED, "2031-05-14", [("e:iso-MT", "source")], "задержала")
    b = _act("v:b", "d:2", TOLD, "2031-05-14", [("e:iso-TN", "participant")], "задержание")
    assert compatible(a, b) and link(a, b) > 0


def test_a_seizure_of_another_vessel_or_day_is_another():
    a = _act("v:a", "d:1", SEIZED, "2031-05-14", [("e:iso-MT", "source")], "задержала")
    other = "Мы требуем объяснить задержание в порту Бизерта рыболовецкого судна «Аиша»."
    b = _act("v:b", "d:2", other, "2031-05-14", [("e:iso-TN", "participant")], "задержание", place="e:bizerte")
    assert not (compatible(a, b) and link(a, b) > 0)
    unplaced = _act("v:d", "d:4", TOLD, "2031-05-14", [("e:iso-TN", "participant")], "задержание", place=None)
    assert not (compatible(a, unplaced) and link(a, unplaced) > 0)
    c = _act("v:c", "d:3", TOLD, "2031-05-20", [("e:iso-TN", "participant")], "задержание")
    assert not (compatible(a, c) and link(a, c) > 0)
