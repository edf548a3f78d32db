"""Both reports telling its source: one act of one source on one day, told with one verb or noun of it on one thing
however much else each line tells (``act_link._one_deed``): a suspension of a dialogue told by the capital's name
and by its minister is one; a suspension of another thing is not joined by it.
Invented countries and lines."""
from khronika.fusion import Known, report
from khronika.fusion.report import overlap
from khronika.fusion.rules import compatible, link

MINISTER = Known(persons={"e:min": "Ана Рохас"})


def _act(id_, doc, type_, text, parts, trigger, date="2031-05-16"):
    return report({"id": id_, "doc": doc, "type": type_, "date": date, "date_from": "text", "format": None,
                   "round": None, "mode": None, "place": None, "factuality": "occurred", "text": text,
                   "trigger": trigger, "participants": [{"entity": e, "role": r} for e, r in parts]}, MINISTER, text)


HEADLINE = "Кито приостанавливает Стратегический диалог Монтальво с Лимой, учрежденный в 2019 году для " \
    "координации внешней политики и торговых связей двух стран"
LINE = "Напомним, что накануне министр иностранных дел Эквадора Ана Рохас объявила о приостановке диалога в ответ на " \
    "санкции против шести эквадорских должностных лиц."


def test_one_suspension_told_by_the_capital_and_by_the_minister_is_one():
    a = _act("v:a", "d:1", "SANCTION", HEADLINE, [("e:iso-EC", "source"), ("e:iso-PE", "target")], "приостанавливает")
    b = _act("v:b", "d:2", "SANCTION", LINE, [("e:iso-EC", "source"), ("e:min", "source")], "приостановке")
    assert (overlap(a, b) or 0) < 0.3  # little else in common
    assert compatible(a, b) and link(a, b) > 0


def test_a_suspension_of_another_thing_that_day_is_not_joined_by_it():
    a = _act("v:a", "d:1", "SANCTION", HEADLINE, [("e:iso-EC", "source"), ("e:iso-PE", "target")], "приостанавливает")
    other = "Министр иностранных дел Эквадора Ана Рохас объявила о приостановке авиасообщения из-за забастовки."
    b = _act("v:b", "d:2", "SANCTION", other, [("e:iso-EC", "source"), ("e:min", "source")], "приостановке")
    assert not (compatible(a, b) and link(a, b) > 0)
