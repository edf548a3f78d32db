"""A round told by one outlet with its sides and by another with none, on one day in one city (``meeting_link``;
issue 10, item 2): ``в субботу завершили в X пятый раунд мирных переговоров`` and ``раунд в X, завершившийся в
субботу``, alike as an undated report in that city must be, are one sitting; told of another day or another city,
two.  Texts written for this test."""
from khronika.fusion import Known, fuse

TOLD = ("Правительство Колумбии и повстанцы в субботу завершили в Осло пятый раунд мирных переговоров; стороны "
        "договорились о графике дальнейших встреч.")
OTHER = ("Стороны подвели итоги раунда в Осло, завершившегося в субботу без подписания документов, и пообещали "
         "вернуться к обсуждению гуманитарных вопросов осенью после консультаций с гарантами.")
KNOWN = Known(country={"e:oslo": "e:iso-NO", "e:bern": "e:iso-CH"}, names={"e:oslo": "Осло", "e:bern": "Берн"})


def ev(id_, doc, text, parts, date="2031-06-07", place="e:oslo", rnd=None):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "date_from": "text", "format": None,
            "round": rnd, "mode": "meet", "place": place, "factuality": "occurred", "text": text,
            "participants": [{"entity": e, "role": "participant"} for e in parts]}


def test_a_round_told_with_and_without_its_sides_on_one_day_in_one_city_fuses():
    a = ev("v:a", "d:1", TOLD, ["e:iso-CO", "e:iso-NO"], rnd=5)
    b = ev("v:b", "d:2", OTHER, [])
    assert fuse([a, b], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}


def test_another_day_or_city_stays_apart():
    a = ev("v:a", "d:1", TOLD, ["e:iso-CO", "e:iso-NO"], rnd=5)
    assert fuse([a, ev("v:b", "d:2", OTHER, [], date="2031-06-14")], KNOWN) == {}
    assert fuse([a, ev("v:b", "d:2", OTHER.replace("Осло", "Берне"), [], place="e:bern")], KNOWN) == {}
