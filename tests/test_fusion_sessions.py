"""One sitting told in ways that look like two (hand-made events, invented persons and places): a host receiving the
colleague he holds the round with; a numbered session of days, told opened on its first day and closed on its last; a
sitting planned for a day and that sitting told called off; the next meeting told by two reports of the meeting held;
one expulsion worded otherwise; a numbered round told under the dateline of another city; each half of one meeting
told with its own side.  And their limits: a head
of state receiving a member of the delegation is not the round; other rounds, other cities, days far apart, a sitting
held and one called off, another target stay apart."""
from khronika.export import _event_record
from khronika.fusion import Known, report
from khronika.fusion.rules import compatible

from .test_fusion import grouped
from .test_fusion_sittings import ev

KNOWN = Known(
    persons={"e:pe-dm": "Хорхе Салинас", "e:ke-dm": "Дэвид Кипроно", "e:ke-pr": "Сэмюэл Очиенг"},
    roles={"e:pe-dm": {("заместитель министра иностранных дел", "e:iso-PE")},
           "e:ke-dm": {("заместитель министра иностранных дел", "e:iso-KE")},
           "e:ke-pr": {("президент", "e:iso-KE")}},
    country={"e:nairobi": "e:iso-KE"}, names={"e:nairobi": "Найроби"})
SIDES = ["e:iso-PE", "e:iso-KE"]


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


ROUND = ("Заместители министров иностранных дел Перу и Кении Хорхе Салинас и Дэвид Кипроно провели в среду в Найроби "
         "четвертый раунд политических консультаций.")


def test_a_host_receiving_the_colleague_he_holds_the_round_with_is_the_round():
    session = ev("v:a", "d:1", "2031-03-12", SIDES + ["e:pe-dm", "e:ke-dm"], place="Найроби", rnd=4, text=ROUND)
    host = ev("v:b", "d:2", "2031-03-12", SIDES + ["e:ke-dm", "e:pe-dm"], mode="host",
              roles={"e:ke-dm": "source", "e:pe-dm": "target"},
              text="Замминистра иностранных дел Кении Кипроно сегодня принял перуанского коллегу Салинаса.")
    assert groups([session, host]) == {frozenset({"v:a", "v:b"})}


def test_a_head_of_state_receiving_a_guest_is_not_the_round():
    session = ev("v:a", "d:1", "2031-03-12", SIDES + ["e:pe-dm", "e:ke-dm"], place="Найроби", rnd=4, text=ROUND)
    president = ev("v:c", "d:3", "2031-03-12", SIDES + ["e:ke-pr", "e:pe-dm"], mode="host", place="Найроби",
                   text="Президент Кении Сэмюэл Очиенг принял в Найроби заместителя министра иностранных дел Перу "
                        "Хорхе Салинаса.")
    assert groups([session, president]) == set()


OPENED = "В Найроби в понедельник начала работу девятая сессия Совместной комиссии по сотрудничеству Перу и Кении."


def session_day(id_, doc, date, rnd=9, place="Найроби", text=None):
    return ev(id_, doc, date, SIDES, place=place, rnd=rnd,
              text=text or f"Перу и Кения завершили в {place} {rnd}-ю сессию Совместной комиссии по сотрудничеству.")


def test_a_session_of_days_told_opened_and_closed_is_one():
    opened = session_day("v:a", "d:1", "2031-03-09", text=OPENED)
    closed = session_day("v:b", "d:2", "2031-03-10")
    assert groups([opened, closed]) == {frozenset({"v:a", "v:b"})}
    later = session_day("v:c", "d:3", "2031-03-11")  # a session of three days
    assert groups([opened, later]) == {frozenset({"v:a", "v:c"})}


def test_other_rounds_cities_and_days_far_apart_stay_apart():
    opened = session_day("v:a", "d:1", "2031-03-09", text=OPENED)
    assert groups([opened, session_day("v:b", "d:2", "2031-03-10", rnd=10)]) == set()
    assert groups([opened, session_day("v:c", "d:3", "2031-03-10", place="Момбасе")]) == set()
    assert groups([opened, session_day("v:d", "d:4", "2031-03-16")]) == set()


PLANNED = "Совместная комиссия Перу и Кении соберется 2 апреля в Лиме на десятое заседание."


def test_a_sitting_planned_and_the_same_sitting_called_off_are_one():
    planned = ev("v:a", "d:1", "2031-04-02", SIDES, place="Лима", factuality="planned", text=PLANNED)
    off = ev("v:b", "d:2", "2031-04-02", [], place="Лима", factuality="negated",
             text="Заседание Совместной комиссии, назначенное на 2 апреля в Лиме, не состоится.")
    month = ev("v:c", "d:3", "2031-04", SIDES, factuality="planned",  # the plan of the month, told by its sides
               text="Совместная комиссия Перу и Кении соберется в начале апреля в Лиме на десятое заседание.")
    assert groups([planned, off, month]) == {frozenset({"v:a", "v:b", "v:c"})}


def test_a_sitting_held_is_not_one_called_off():
    held = ev("v:a", "d:1", "2031-04-02", SIDES, place="Лима",
              text="Совместная комиссия Перу и Кении провела 2 апреля в Лиме десятое заседание.")
    off = ev("v:b", "d:2", "2031-04-02", [], place="Лима", factuality="negated",
             text="Заседание Совместной комиссии, назначенное на 2 апреля в Лиме, не состоится.")
    assert groups([held, off]) == set()
    planned = ev("v:c", "d:3", "2031-04-09", SIDES, place="Лима", factuality="planned", text=PLANNED)
    assert groups([planned, off]) == set()  # another day


def test_a_planned_report_of_no_day_and_the_sitting_called_off():
    title = report(ev("v:e", "d:1", None, SIDES, factuality="planned",
                      text="Перу и Кения отложили заседание Совместной комиссии."), KNOWN, "Перу и Кения отложили "
                   "заседание Совместной комиссии.")
    off = report(ev("v:b", "d:2", "2031-04-02", [], place="Лима", factuality="negated"), KNOWN,
                 "Заседание Совместной комиссии, назначенное на 2 апреля в Лиме, не состоится.")
    assert compatible(title, off)
    held = report(ev("v:c", "d:3", "2031-04-02", SIDES, place="Лима"), KNOWN,
                  "Совместная комиссия Перу и Кении провела 2 апреля в Лиме десятое заседание.")
    assert not compatible(held, off)


HELD = "Хорхе Салинас и Дэвид Кипроно провели в среду в Найроби консультации."


def test_the_next_meeting_told_by_two_reports_of_the_meeting_held_is_one():
    held = ev("v:a", "d:1", "2031-06-04", SIDES + ["e:pe-dm", "e:ke-dm"], place="Найроби", rnd=4, text=ROUND)
    also = ev("v:b", "d:2", "2031-06-04", SIDES + ["e:pe-dm", "e:ke-dm"], place="Найроби", text=HELD)
    first = {**ev("v:c", "d:1", "2032-03", SIDES, factuality="planned",
                  text="Следующий раунд стороны решили провести в том же городе весной будущего года."),
             "meetings": [held]}
    second = {**ev("v:d", "d:2", "2032-03", [], place="Лима", factuality="planned",
                   text="Следующий раунд консультаций пройдет весной в Лиме."), "meetings": [also]}
    assert groups([held, also, first, second]) == {frozenset({"v:a", "v:b"}), frozenset({"v:c", "v:d"})}
    other = ev("v:e", "d:2", "2031-06-11", SIDES + ["e:ke-pr"], place="Момбасе",
               text="Президент Кении Сэмюэл Очиенг провел в Момбасе переговоры.")
    assert groups([held, first, {**second, "meetings": [other]}]) == set()  # after meetings that are not one


class _Texts:
    def evidence(self, doc, a, b):
        return {"doc": doc, "start": a, "stop": b, "text": ""}


def _member(id_, factuality, place, date):
    return {"id": id_, "doc": "d:" + id_, "type": "CONSULT", "mode": "meet", "factuality": factuality, "place": place,
            "date": date, "date_precision": "day", "date_from": "text", "start": 0, "stop": 1, "more": [],
            "participants": [], "format": None, "round": None, "topics": [], "trigger": "заседание"}


def test_a_fused_sitting_called_off_by_one_report_and_its_city():
    record = _event_record("v:a", [_member("v:a", "planned", "e:iso-PE", "2031-04-02"),
                                   _member("v:b", "negated", "e:lima", "2031-04-02")], _Texts())
    assert record["factuality"] == "negated" and record["place"] == "e:lima"
    held = _event_record("v:a", [_member("v:a", "negated", None, "2031-04-02"),
                                 _member("v:b", "occurred", None, "2031-04-02")], _Texts())
    assert held["factuality"] == "occurred"


def expulsion(id_, doc, date, target, text):
    return ev(id_, doc, date, ["e:iso-KE", target], type_="SANCTION", text=text,
              roles={"e:iso-KE": "source", target: "target"})


def test_one_expulsion_told_with_another_verb_by_each_outlet():
    declared = expulsion("v:a", "d:1", "2031-05-13", "e:iso-PE",
                         "Кения объявила двух сотрудников посольства Перу персонами нон грата.")
    undated = expulsion("v:b", "d:2", None, "e:iso-PE", "Найроби выслал двоих сотрудников торгового представительства.")
    assert groups([declared, undated]) == {frozenset({"v:a", "v:b"})}
    other = expulsion("v:c", "d:3", None, "e:iso-BO", "Найроби выслал двоих сотрудников торгового представительства.")
    assert groups([declared, other]) == set()  # another target


def test_a_numbered_round_told_under_the_dateline_of_the_outlets_city():
    held = ev("v:a", "d:1", "2031-05-14", SIDES + ["e:pe-dm", "e:ke-dm"], place="Момбаса", rnd=5,
              text="В Момбасе прошел пятый раунд переговоров между Перу и Кенией.")
    told = ev("v:b", "d:2", "2031-05-14", [], place="Найроби", rnd=5,  # the city of its dateline only
              text="Это пятый за три года раунд переговоров между Перу и Кенией.")
    assert groups([held, told]) == {frozenset({"v:a", "v:b"})}
    unnumbered = ev("v:c", "d:3", "2031-05-14", [], place="Найроби",
                    text="Переговоры между двумя странами продолжатся, заявили дипломаты.")
    assert groups([held, unnumbered]) == set()
    later = ev("v:d", "d:4", "2031-05-20", [], place="Найроби", rnd=5,
               text="Это пятый за три года раунд переговоров между Перу и Кенией.")
    assert groups([held, later]) == set()


DIALOGUE = "Перу и Кения провели в Найроби очередной раунд стратегического диалога."


def dialogue(id_, doc, people, text, date="2031-05-13"):
    return {**ev(id_, doc, date, people, place="Найроби", text=text), "format": "strategic dialogue"}


def test_each_half_of_one_meeting_told_with_its_own_side():
    full = dialogue("v:a", "d:1", SIDES + ["e:pe-dm", "e:ke-dm"], DIALOGUE)
    peru = dialogue("v:b", "d:2", ["e:pe-dm"], "Салинас провел с кенийскими коллегами новый раунд стратегического "
                                               "диалога в Найроби.")
    kenya = dialogue("v:c", "d:3", ["e:iso-KE"], "В Найроби в тот же день прошел стратегический диалог на уровне "
                                                 "замминистров.")
    assert groups([full, peru, kenya]) == {frozenset({"v:a", "v:b", "v:c"})}
    other = {**kenya, "format": None, "text": "Кения провела в Найроби консультации по визовым вопросам."}
    assert not compatible(report(peru, KNOWN, peru["text"]), report(other, KNOWN, other["text"]))
    later = {**kenya, "date": "2031-05-16"}
    assert not compatible(report(peru, KNOWN, peru["text"]), report(later, KNOWN, later["text"]))
