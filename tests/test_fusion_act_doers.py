"""Acts whose source both reports now tell: a protest to one envoy told by one report without its source is the one the
other tells (``act_link``); a sanction by one source told undated by one report, the lines of both naming the same two
countries, joins the dated one.
Invented countries and lines."""
from khronika.fusion import Known, report
from khronika.fusion.rules import compatible, link


def _act(id_, doc, type_, text, date, parts, trigger):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": "text", "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": trigger,
            "participants": [{"entity": e, "role": r} for e, r in parts]}


ENVOY = Known(persons={"e:amb": "Рауль Медина"})


def test_a_protest_to_one_envoy_told_with_and_without_its_source_is_one():
    told = report(_act("v:a", "d:1", "PROTEST", "Суринам вручил послу Гайаны Раулю Медине ноту протеста из-за "
                                                "задержания судна.", "2031-05-16",
                       [("e:iso-SR", "source"), ("e:iso-GY", "participant"), ("e:amb", "participant")],
                       "ноту протеста"), ENVOY, "Суринам вручил послу Гайаны Раулю Медине ноту протеста из-за "
                                                "задержания судна.")
    text = "МИД Гайаны в среду отверг ноту, которую накануне вручили гайанскому послу Раулю Медине."
    unnamed = report(_act("v:b", "d:2", "PROTEST", text, "2031-05-16",
                          [("e:iso-GY", "participant"), ("e:amb", "participant")], "ноту"), ENVOY, text)
    assert compatible(told, unnamed) and link(told, unnamed) > 0


def test_a_protest_to_another_envoy_is_another():
    known = Known(persons={"e:amb": "Рауль Медина", "e:amb2": "Карлос Рейес"})
    text = "Суринам вручил послу Гайаны Раулю Медине ноту протеста из-за задержания судна."
    told = report(_act("v:a", "d:1", "PROTEST", text, "2031-05-16",
                       [("e:iso-SR", "source"), ("e:iso-GY", "participant"), ("e:amb", "participant")],
                       "ноту протеста"), known, text)
    other = "Временному поверенному Венесуэлы Карлосу Рейесу вручена нота в связи с инцидентом на реке."
    unnamed = report(_act("v:b", "d:2", "PROTEST", other, "2031-05-16",
                          [("e:iso-VE", "participant"), ("e:amb2", "participant")], "нота"), known, other)
    assert not (compatible(told, unnamed) and link(told, unnamed) > 0)


def test_a_sanction_retold_undated_by_its_source_joins_the_dated_one():
    dated = "Эквадор во вторник ввел санкции против 9 гайанских чиновников, их активы заморожены."
    undated = "Ответ последовал после того, как Эквадор ввел санкции против 9 гайанских чиновников."
    a = report(_act("v:a", "d:1", "SANCTION", dated, "2031-05-13", [("e:iso-EC", "source")], "санкции"), Known(),
               dated)
    b = report(_act("v:b", "d:2", "SANCTION", undated, None, [("e:iso-EC", "source")], "санкции"), Known(), undated)
    assert compatible(a, b) and link(a, b) > 0


def test_a_sanction_of_another_source_is_another():
    a_text = "Эквадор во вторник ввел санкции против 9 гайанских чиновников, их активы заморожены."
    b_text = "Ответ последовал после того, как Перу ввело санкции против 9 гайанских чиновников."
    a = report(_act("v:a", "d:1", "SANCTION", a_text, "2031-05-13", [("e:iso-EC", "source")], "санкции"), Known(),
               a_text)
    b = report(_act("v:b", "d:2", "SANCTION", b_text, None, [("e:iso-PE", "source")], "санкции"), Known(), b_text)
    assert not (compatible(a, b) and link(a, b) > 0)
