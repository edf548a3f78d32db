"""Reports of one event that outlets tell with another factuality, mode or set of sides (hand-made events, invented
persons, cities and wording): an agreement announced for a day and the one signed that day; a summit to come that
another outlet calls a meeting; a summit of a named mechanism whose reports each name a member or two of their own."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pt-fm": "Руй Алвеш", "e:cl-fm": "Мануэль Рохас", "e:cz-pm": "Ян Горак", "e:pl-pm": "Адам Новицкий",
             "e:sk-pm": "Петер Ковач", "e:hu-pm": "Золтан Сабо"},
    roles={"e:pt-fm": {("министр иностранных дел", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")},
           "e:cz-pm": {("премьер-министр", "e:iso-CZ")}, "e:pl-pm": {("премьер-министр", "e:iso-PL")},
           "e:sk-pm": {("премьер-министр", "e:iso-SK")}, "e:hu-pm": {("премьер-министр", "e:iso-HU")}},
    country={"e:brno": "e:iso-CZ", "e:porto": "e:iso-PT"},
    names={"e:brno": "Брно", "e:porto": "Порту"})


def ev(id_, doc, date, parts, text, *, type_="CONSULT", mode="meet", factuality="occurred", place=None,
       told="text", fmt=None, trigger=""):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": fmt, "round": None,
            "mode": mode if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
            "trigger": trigger, "participants": [{"entity": e, "role": r} for e, r in parts]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


# --- an agreement announced for a day and the one signed that day

_SIDES = [("e:iso-PT", "participant"), ("e:iso-CL", "participant")]


def test_an_agreement_announced_for_a_day_is_the_one_signed_that_day():
    announced = ev("v:a", "d:1", "2031-06-12", _SIDES, "Завтра министры Португалии и Чили подпишут меморандум о "
                   "строительстве моста через пограничную реку.", type_="AGREE", factuality="planned",
                   trigger="подпишут")
    signed = ev("v:b", "d:2", "2031-06-12", _SIDES, "Португалия и Чили в четверг подписали меморандум о строительстве "
                "моста через пограничную реку.", type_="AGREE", trigger="подписали")
    assert groups([announced, signed]) == {frozenset({"v:a", "v:b"})}


def test_an_agreement_announced_with_no_day_of_its_own_is_not_the_one_signed():
    signed = ev("v:b", "d:2", "2031-06-12", _SIDES, "Португалия и Чили в четверг подписали меморандум о строительстве "
                "моста через пограничную реку.", type_="AGREE", trigger="подписали")
    for date, told in ((None, "text"), ("2031-06-12", "document"), ("2031-06-19", "text")):
        announced = ev("v:a", "d:1", date, _SIDES, "Министры Португалии и Чили подпишут меморандум о строительстве "
                       "моста через пограничную реку.", type_="AGREE", factuality="planned", told=told,
                       trigger="подпишут")
        assert groups([announced, signed]) == set()


# --- a summit to come that another outlet calls a meeting

_V4 = [(f"e:iso-{c}", "participant") for c in ("CZ", "SK")]


def test_a_summit_to_come_told_as_a_meeting_by_another_outlet_is_one():
    summit = ev("v:a", "d:1", "2032", _V4, "Следующий саммит двух стран пройдет в Брно в 2032 году.",
                mode="multilateral", factuality="planned", place="e:brno")
    meeting = ev("v:b", "d:2", "2032", _V4, "Следующая встреча двух стран пройдет в Брно в 2032 году.",
                 factuality="planned", place="e:brno")
    assert groups([summit, meeting]) == {frozenset({"v:a", "v:b"})}


def test_talks_planned_on_the_sidelines_of_a_summit_are_not_the_summit():
    summit = ev("v:a", "d:1", "2032", _V4, "Следующий саммит двух стран пройдет в Брно в 2032 году.",
                mode="multilateral", factuality="planned", place="e:brno")
    aside = ev("v:b", "d:2", "2032", _V4, "На полях саммита в Брно в 2032 году пройдет встреча двух стран.",
               factuality="planned", place="e:brno")
    held = ev("v:c", "d:3", "2032", _V4, "Встреча двух стран прошла в Брно в 2032 году.", place="e:brno")
    assert groups([summit, aside]) == set()
    assert groups([summit, held]) == set()


# --- a summit of a named mechanism, each report naming members of its own

def test_reports_of_one_summit_naming_other_members_of_its_mechanism_join():
    full = ev("v:a", "d:1", "2031-06-12", [(p, "participant") for p in ("e:cz-pm", "e:pl-pm", "e:sk-pm", "e:hu-pm")],
              "Премьеры Вышеградской группы провели в четверг саммит в Брно.", mode="multilateral",
              place="e:brno", fmt="f:summit")
    polish = ev("v:b", "d:2", "2031-06-12", [("e:pl-pm", "participant")],
                "Адам Новицкий принял участие в саммите в Брно.", mode="multilateral", place="e:brno", fmt="f:summit")
    others = ev("v:c", "d:3", "2031-06-12", [("e:sk-pm", "participant"), ("e:hu-pm", "participant")],
                "Ковач и Сабо в четверг участвовали в саммите Вышеградской группы в Брно.", mode="multilateral",
                place="e:brno", fmt="f:summit")
    assert groups([full, polish, others]) == {frozenset({"v:a", "v:b", "v:c"})}


def test_reports_naming_states_of_no_mechanism_they_name_stay_apart():
    polish = ev("v:b", "d:2", "2031-06-12", [("e:pl-pm", "participant")],
                "Адам Новицкий принял участие в саммите в Брно.", mode="multilateral", place="e:brno", fmt="f:summit")
    chilean = ev("v:c", "d:3", "2031-06-12", [("e:cl-fm", "participant")],
                 "Мануэль Рохас участвовал в саммите Вышеградской группы в Брно.", mode="multilateral",
                 place="e:brno", fmt="f:summit")
    assert groups([polish, chilean]) == set()


# --- a numbered summit one outlet tells as a meeting of its leaders

def test_a_numbered_summit_told_as_a_meeting_of_its_leaders_is_the_summit_its_members_tell():
    leaders = [(p, "participant") for p in ("e:cz-pm", "e:pl-pm", "e:sk-pm", "e:hu-pm")]
    meeting = {**ev("v:a", "d:1", "2031-06-12", leaders, "Премьеры четырех стран провели в Брно 12-й саммит.",
                    place="e:brno", fmt="f:summit"), "round": 12}
    polish = {**ev("v:b", "d:2", "2031-06-12", [("e:pl-pm", "participant")],
                   "Адам Новицкий принял участие в 12-м саммите в Брно.", mode="multilateral", place="e:brno",
                   fmt="f:summit"), "round": 12}
    full = {**ev("v:c", "d:3", "2031-06-12", leaders, "В Брно прошел 12-й саммит четырех стран.",
                 mode="multilateral", place="e:brno", fmt="f:summit"), "round": 12}
    assert groups([meeting, polish, full]) == {frozenset({"v:a", "v:b", "v:c"})}
    aside = {**meeting, "text": "На полях 12-го саммита в Брно премьеры четырех стран провели встречу."}
    assert groups([aside, polish]) == set()
