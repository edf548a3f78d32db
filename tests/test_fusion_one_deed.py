"""An act one outlet tells with its actor and another without, on one day, with one noun of it on one thing
(``приостановка диалога``) however much else each line tells, is one act (``act_link._one_deed``); an act of that
noun on another thing is not (invented countries and lines)."""
from khronika.fusion import Known, report
from khronika.fusion.report import overlap
from khronika.fusion.rules import compatible, link


def _act(id_, doc, text, parts):
    return {"id": id_, "doc": doc, "type": "SANCTION", "date": "2031-05-16", "date_from": "text", "format": None,
            "round": None, "mode": None, "place": None, "factuality": "occurred", "text": text,
            "trigger": "приостановке", "participants": [{"entity": e, "role": r} for e, r in parts]}


def _report(e):
    return report(e, Known(), e["text"])


TOLD = _report(_act("v:a", "d:1", "Как сообщалось, глава чилийской дипломатии днем ранее объявила о приостановке "
                                  "диалога из-за высылки двух атташе.", [("e:iso-CL", "source")]))
SIDES = [("e:iso-CL", "participant"), ("e:iso-PE", "participant")]


def test_one_deed_on_one_thing_told_otherwise_is_one_act():
    line = "Кабинет Чили в пятницу заявил о приостановке Стратегического диалога с Перу, учрежденного " \
        "восемь лет назад для сверки внешнеполитических курсов."
    other = _report(_act("v:b", "d:2", line, SIDES))
    assert (overlap(TOLD, other) or 0) < 0.3  # little else in common
    assert compatible(TOLD, other) and link(TOLD, other) > 0


def test_the_same_deed_on_another_thing_is_another_act():
    other = _report(_act("v:c", "d:2", "Кабинет Чили в пятницу заявил о приостановке авиасообщения с Перу, "
                                       "учрежденного восемь лет назад для сверки внешнеполитических курсов.", SIDES))
    assert link(TOLD, other) == 0


def _protest(id_, doc, text, date, told="text", persons=("e:amb",)):
    return {"id": id_, "doc": doc, "type": "PROTEST", "date": date, "date_from": told, "format": None, "round": None,
            "mode": None, "place": None, "factuality": "occurred", "text": text, "trigger": "вызвал",
            "participants": [{"entity": e, "role": "participant"} for e in ("e:iso-CL", "e:iso-PE", *persons)]}


ENVOY = Known(persons={"e:amb": "Хуан Перес", "e:amb2": "Луис Гомес"})


def test_a_protest_retold_later_with_the_envoy_summoned_is_that_protest():
    day = _protest("v:a", "d:1", "МИД Чили в пятницу вызвал посла Перу Хуана Переса, чтобы заявить протест из-за "
                                 "задержания рыболовецкой шхуны.", "2031-05-16")
    later = _protest("v:b", "d:2", "Вызов посла Перу Хуана Переса в МИД Чили обсуждают все газеты Лимы.",
                     "2031-05-18", told="document")
    ra, rb = report(day, ENVOY, day["text"]), report(later, ENVOY, later["text"])
    assert compatible(ra, rb) and link(ra, rb) > 0
    other = report({**later, "participants": [{"entity": e, "role": "participant"}
                                              for e in ("e:iso-CL", "e:iso-PE", "e:amb2")]}, ENVOY, later["text"])
    assert link(ra, other) == 0  # another envoy summoned: the answer in kind
