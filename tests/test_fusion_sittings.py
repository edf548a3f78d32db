"""Fusion of reports that tell one sitting in different ways (hand-made events, invented persons and places):
a country's part in a session of a named mechanism and the session itself; the group a report says most with
(two sides in common over none); a protest of one source to one target on one day however it is worded; the
meeting planned in one city told twice.  And their limits: talks on the sidelines of a session, other rounds,
other days, other cities, other targets stay apart."""
from khronika.fusion import Known

from .test_fusion import grouped

KNOWN = Known(
    persons={"e:pt-fm": "Руй Алвеш", "e:cl-fm": "Мануэль Рохас", "e:uy-dep": "Диего Феррейра",
             "e:pt-spk": "Ана Роша"},
    roles={"e:pt-fm": {("министр иностранных дел", "e:iso-PT")},
           "e:cl-fm": {("министр иностранных дел", "e:iso-CL")},
           "e:uy-dep": {("заместитель министра иностранных дел", "e:iso-UY")},
           "e:pt-spk": {("официальный представитель", "e:iso-PT")}},
    country={"e:valpo": "e:iso-CL", "e:porto": "e:iso-PT", "e:pt-mfa": "e:iso-PT"},
    names={"e:valpo": "Вальпараисо", "e:porto": "Порту", "e:pt-mfa": "МИД Португалии"})


def ev(id_, doc, date, people, *, mode="meet", type_="CONSULT", place=None, rnd=None, text="", roles=None,
       factuality="occurred", told="text"):
    roles = roles or {}
    return {"id": id_, "doc": doc, "type": type_, "date": date, "date_from": told, "format": None, "round": rnd,
            "mode": mode if type_ == "CONSULT" else None, "place": place, "factuality": factuality, "text": text,
            "participants": [{"entity": p, "role": roles.get(p, "participant")} for p in people]}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


MEMBERS = ["e:iso-PT", "e:iso-UY", "e:iso-CL", "e:pt-fm"]
SESSION = "В Порту прошла очередная встреча Минской группы ОБСЕ с участием министров."


def test_a_countrys_part_in_a_session_is_the_session():
    session = ev("v:a", "d:1", "2031-05-14", MEMBERS, mode="multilateral", place="Порту", text=SESSION)
    part = ev("v:b", "d:2", "2031-05-14", ["e:iso-UY", "e:uy-dep"], place="Порту",
              text="Уругвай принял участие во встрече Минской группы ОБСЕ в Порту.")
    assert groups([session, part]) == {frozenset({"v:a", "v:b"})}


def test_talks_on_the_sidelines_of_a_session_are_not_the_session():
    session = ev("v:a", "d:1", "2031-05-14", MEMBERS, mode="multilateral", place="Порту", text=SESSION)
    aside = ev("v:b", "d:2", "2031-05-14", ["e:iso-UY", "e:uy-dep"], place="Порту",
               text="На полях встречи Минской группы ОБСЕ в Порту Уругвай провел консультации.")
    two = ev("v:c", "d:3", "2031-05-14", ["e:pt-fm", "e:cl-fm"], place="Порту",
             text="Министры встретились в Порту во время встречи Минской группы ОБСЕ.")
    assert groups([session, aside]) == set()
    assert groups([session, two]) == set()


def test_a_meeting_of_three_sides_and_the_summit_of_those_sides_are_one_sitting():
    """``встреча лидеров X, Y и Z`` and ``трехсторонний саммит``: one sitting, persons of all three countries told."""
    three = ["e:iso-PT", "e:iso-UY", "e:iso-CL"]
    summit = ev("v:a", "d:1", "2031-05-14", three, mode="multilateral", place="Порту",
                text="В Порту прошел трехсторонний саммит Португалии, Уругвая и Чили.")
    meeting = ev("v:b", "d:2", "2031-05-14", [*three, "e:pt-fm", "e:cl-fm"], place="Порту",
                 text="Руй Алвеш и Мануэль Рохас приняли участие во встрече лидеров трех стран в Порту.")
    assert groups([summit, meeting]) == {frozenset({"v:a", "v:b"})}


def test_a_meeting_of_other_or_fewer_sides_than_the_summits_stays_apart():
    summit = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-UY", "e:iso-CL", "e:iso-AR"], mode="multilateral",
                place="Порту", text="В Порту прошел саммит четырех стран.")
    three = ev("v:b", "d:2", "2031-05-14", ["e:iso-PT", "e:iso-UY", "e:iso-CL", "e:pt-fm", "e:cl-fm"],
               place="Порту", text="Министры трех стран встретились в Порту.")
    aside = ev("v:c", "d:3", "2031-05-14", ["e:iso-PT", "e:iso-UY", "e:iso-CL", "e:iso-AR", "e:pt-fm", "e:cl-fm"],
               place="Порту", text="На полях саммита в Порту министры встретились в узком составе.")
    assert groups([summit, three]) == set()
    assert groups([summit, aside]) == set()


def test_one_numbered_round_told_as_a_meeting_and_as_a_multilateral_one():
    session = ev("v:a", "d:1", "2031-05-14", MEMBERS, mode="multilateral", place="Порту", rnd=41,
                 text="В Порту состоялся 41-й раунд консультаций по безопасности в регионе.")
    digest = ev("v:b", "d:2", "2031-05", [], place="Порту", rnd=41,
                text="В Порту на прошлой неделе прошел 41-й раунд консультаций по региону.")
    assert groups([session, digest]) == {frozenset({"v:a", "v:b"})}
    other = ev("v:c", "d:3", "2031-05", [], place="Порту", rnd=40, text="В Порту прошел 40-й раунд консультаций.")
    assert groups([session, other]) == set()


def test_a_report_joins_the_group_it_shares_two_sides_with():
    """Of two groups of its day and city, the one of the same two sides, not one told without them."""
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL"], place="Порту",
              text="Министры Португалии и Чили провели переговоры в Порту.")
    other = ev("v:b", "d:2", "2031-05-14", [], place="Порту",
               text="В Порту министры обсудили выполнение договоренностей прошлого года.")
    lead = ev("v:c", "d:3", "2031-05-14", ["e:iso-CL", "e:iso-PT", "e:pt-fm"], place="Порту", told="document",
              text="Глава МИД Португалии Руй Алвеш провел переговоры в Порту с чилийским коллегой.")
    assert frozenset({"v:a", "v:c"}) in groups([held, other, lead])
    assert not any("v:b" in g for g in groups([held, other, lead]))


def protest(id_, doc, date, text, *, target="e:iso-CL", told="text"):
    return ev(id_, doc, date, ["e:pt-mfa", target], type_="PROTEST", text=text, told=told,
              roles={"e:pt-mfa": "source", target: "target"})


def test_a_protest_of_one_source_to_one_target_on_one_day_however_worded():
    summoned = protest("v:a", "d:1", "2031-05-14", "Сегодня в МИД Португалии вызван посол Чили в Лиссабоне.")
    told = protest("v:b", "d:2", "2031-05-14", "По ее словам, чилийскому дипломату на Пальмейре заявили протест.",
                   told="document")
    assert groups([summoned, told]) == {frozenset({"v:a", "v:b"})}


def test_protests_of_one_source_to_other_targets_or_on_other_days_stay_apart():
    summoned = protest("v:a", "d:1", "2031-05-14", "Сегодня в МИД Португалии вызван посол Чили в Лиссабоне.")
    other = protest("v:b", "d:2", "2031-05-14", "Послу Уругвая на Пальмейре заявили протест.", target="e:iso-UY")
    later = protest("v:c", "d:3", "2031-05-16", "По ее словам, чилийскому дипломату на Пальмейре заявили протест.")
    news = protest("v:d", "d:4", "2031-05-16", "По ее словам, чилийскому дипломату на Пальмейре заявили протест.",
                   told="document")  # a protest of that day or a few before: not that one, worded otherwise
    assert groups([summoned, other]) == set()
    assert groups([summoned, later]) == set()
    assert groups([summoned, news]) == set()


def said(id_, doc, date, text, *, speaker="e:pt-spk", target="e:iso-CL", type_="ACCUSE"):
    return ev(id_, doc, date, ["e:iso-PT", speaker, target], type_=type_, text=text,
              roles={"e:iso-PT": "source", speaker: "source", target: "target"})


def test_one_persons_act_against_one_target_on_one_day_however_quoted():
    """Two outlets quote other sentences of one spokeswoman's accusation of one country that day."""
    one = said("v:a", "d:1", "2031-05-14", "Официальный представитель обвинила Сантьяго в нарушении договора.")
    other = said("v:b", "d:2", "2031-05-14", "По ее словам, действия чилийских властей — недружественный шаг.")
    assert groups([one, other]) == {frozenset({"v:a", "v:b"})}


def test_another_persons_day_target_or_request_stays_apart():
    one = said("v:a", "d:1", "2031-05-14", "Официальный представитель обвинила Сантьяго в нарушении договора.")
    later = said("v:b", "d:2", "2031-05-16", "По ее словам, действия чилийских властей — недружественный шаг.")
    other = said("v:c", "d:3", "2031-05-14", "По ее словам, действия уругвайских властей — недружественный шаг.",
                 target="e:iso-UY")
    minister = said("v:d", "d:4", "2031-05-14", "По его словам, действия чилийских властей — недружественный шаг.",
                    speaker="e:pt-fm")
    asked = [said(f"v:{x}", f"d:{x}", "2031-05-14", text, type_="REQUEST") for x, text in (
        ("e", "Официальный представитель призвала Сантьяго вернуть задержанные суда."),
        ("f", "По ее словам, чилийским властям следует открыть порты для рыбаков."))]
    for b in (later, other, minister):
        assert groups([one, b]) == set()
    assert groups(asked) == set()


def test_the_meeting_planned_in_one_city_told_twice():
    dated = ev("v:a", "d:1", "2032-02", [], place="Вальпараисо", factuality="planned",
               text="Стороны условились провести следующий раунд переговоров в феврале 2032 года в Вальпараисо.")
    undated = ev("v:b", "d:2", None, [], place="Вальпараисо", factuality="planned",
                 text="Следующий раунд переговоров пройдет в Вальпараисо.")
    assert groups([dated, undated]) == {frozenset({"v:a", "v:b"})}


def test_meetings_planned_in_other_cities_at_other_dates_or_unalike_stay_apart():
    dated = ev("v:a", "d:1", "2032-02", [], place="Вальпараисо", factuality="planned",
               text="Стороны условились провести следующий раунд переговоров в феврале 2032 года в Вальпараисо.")
    city = ev("v:b", "d:2", None, [], place="Порту", factuality="planned",
              text="Следующий раунд переговоров пройдет в Порту.")
    later = ev("v:c", "d:3", "2032-06", [], place="Вальпараисо", factuality="planned",
               text="Следующий раунд переговоров пройдет в июне 2032 года в Вальпараисо.")
    unlike = ev("v:d", "d:4", None, [], place="Вальпараисо", factuality="planned",
                text="Делегация Уругвая примет участие в форуме инвесторов в Вальпараисо.")
    both_undated = ev("v:e", "d:5", None, [], place="Вальпараисо", factuality="planned",
                      text="Следующий раунд переговоров пройдет в Вальпараисо.")
    assert groups([dated, city]) == set()
    assert groups([dated, later]) == set()
    assert groups([dated, unlike]) == set()
    assert groups([both_undated, ev("v:f", "d:6", None, [], place="Вальпараисо", factuality="planned",
                                    text="Следующий раунд переговоров пройдет в Вальпараисо.")]) == set()


def test_an_undated_planned_meeting_between_two_dated_ones_joins_neither():
    first = ev("v:a", "d:1", "2032-02", [], place="Вальпараисо", factuality="planned",
               text="Следующий раунд переговоров пройдет в феврале 2032 года в Вальпараисо.")
    second = ev("v:b", "d:2", "2032-06", [], place="Вальпараисо", factuality="planned",
                text="Следующий раунд переговоров пройдет в июне 2032 года в Вальпараисо.")
    undated = ev("v:c", "d:3", None, [], place="Вальпараисо", factuality="planned",
                 text="Следующий раунд переговоров пройдет в Вальпараисо.")
    assert groups([first, second, undated]) == set()


def test_sidelines_are_read_in_the_sentence_of_the_meeting_only():
    """A later sentence told of the meeting (``на полях встречи … не проводил``) does not set it aside."""
    from khronika.fusion import report

    part = ev("v:b", "d:2", "2031-05-14", ["e:iso-UY", "e:uy-dep"], place="Порту")
    lead = "Уругвай принял участие во встрече Минской группы ОБСЕ в Порту."
    told = lead + " Двусторонних консультаций на полях встречи Уругвай не проводил."
    assert not report(part, KNOWN, told, lead=lead).aside
    assert report(part, KNOWN, told).aside


def test_a_session_of_a_mechanism_told_with_other_members_by_each_report():
    session = ev("v:a", "d:1", "2031-05", ["e:iso-PT"], mode="multilateral", place="Порту", text=SESSION)
    part = ev("v:b", "d:2", "2031-05-14", ["e:iso-UY", "e:uy-dep"], place="Порту",
              text="Уругвай принял участие во встрече Минской группы ОБСЕ в Порту.")
    assert groups([session, part]) == {frozenset({"v:a", "v:b"})}
    other = ev("v:c", "d:3", "2031-05-14", ["e:iso-UY", "e:uy-dep"], place="Порту",
               text="Уругвай принял участие в конференции по морскому праву в Порту.")
    assert groups([session, other]) == set()


def test_a_round_of_two_days_is_of_each_of_them():
    sides = ["e:iso-PT", "e:iso-CL", "e:iso-UY"]
    both = ev("v:a", "d:1", "2031-05-14", sides, place="Порту",
              text="Очередной раунд трехсторонних переговоров прошел 14–15 мая в Порту.")
    closing = ev("v:b", "d:2", "2031-05-15", sides, place="Порту",
                 text="Трехсторонние переговоры завершились сегодня в Порту.")
    assert groups([both, closing]) == {frozenset({"v:a", "v:b"})}
    assert groups([{**both, "text": "Очередной раунд трехсторонних переговоров прошел 14 мая в Порту."},
                   closing]) == set()
    week_on = ev("v:c", "d:3", "2031-05-21", sides, place="Порту", text="Переговоры завершились сегодня в Порту.")
    assert groups([both, week_on]) == set()


def test_the_last_day_of_a_range_is_read_only_where_it_begins_on_the_reports_day():
    from khronika.fusion.report import last_day

    assert last_day("2031-05-14", "прошли 14–15 мая в Порту") == "2031-05-15"
    assert last_day("2031-05-14", "прошли 14-16 мая") == "2031-05-16"
    assert last_day("2031-05-14", "прошли 12–13 мая") is None  # another range
    assert last_day("2031-05-14", "прошли 14–15 июня") is None  # another month
    assert last_day("2031-05", "прошли 14–15 мая") is None


def test_one_conference_in_one_city_dated_to_its_day_and_to_its_month():
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT"], mode="multilateral", place="Порту",
              text="Вторая министерская конференция Форума партнерства Португалия – Латинская Америка завершилась "
                   "в субботу в Порту.")
    month = ev("v:b", "d:2", "2031-05", ["e:iso-PT"], mode="multilateral", place="Порту",
               text="Две недели назад в Порту прошла министерская конференция Форума партнерства Португалия – "
                    "Латинская Америка.")
    assert groups([held, month]) == {frozenset({"v:a", "v:b"})}


def test_other_conferences_in_one_city_or_month_stay_apart():
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT"], mode="multilateral", place="Порту",
              text="Вторая министерская конференция Форума партнерства Португалия – Латинская Америка завершилась "
                   "в субботу в Порту.")
    other = ev("v:b", "d:2", "2031-05", ["e:iso-PT"], mode="multilateral", place="Порту",
               text="В Порту прошла конференция по морскому праву.")
    short = ev("v:c", "d:3", "2031-05", ["e:iso-PT"], mode="multilateral", place="Порту",
               text="В Порту прошла министерская конференция.")
    later = ev("v:d", "d:4", "2031-06", ["e:iso-PT"], mode="multilateral", place="Порту",
               text="В Порту прошла министерская конференция Форума партнерства Португалия – Латинская Америка.")
    elsewhere = ev("v:e", "d:5", "2031-05", ["e:iso-PT"], mode="multilateral", place="Вальпараисо",
                   text="В Вальпараисо прошла министерская конференция Форума партнерства Португалия – "
                        "Латинская Америка.")
    for x in (other, short, later, elsewhere):
        assert groups([held, x]) == set()


def act(id_, doc, date, source, target, text, *, told="text", type_="SANCTION"):
    parts = [p for p in (source, target) if p]
    return ev(id_, doc, date, parts, type_=type_, text=text, told=told,
              roles={source: "source", **({target: "target"} if target else {})})


def test_an_act_of_one_source_and_target_told_a_day_later_by_its_documents_date():
    recalled = act("v:a", "d:1", "2031-05-14", "e:iso-UY", "e:iso-CL",
                   "Министерство иностранных дел Уругвая приняло решение отозвать посла в Чили для консультаций.")
    regret = act("v:b", "d:2", "2031-05-15", "e:iso-UY", "e:iso-CL", told="document",
                 text="Министр иностранных дел Чили выразил сожаление в связи с решением Уругвая отозвать посла.")
    assert groups([recalled, regret]) == {frozenset({"v:a", "v:b"})}


def test_a_retaliation_or_another_target_told_days_later_stays_apart():
    recalled = act("v:a", "d:1", "2031-05-14", "e:iso-UY", "e:iso-CL",
                   "Министерство иностранных дел Уругвая приняло решение отозвать посла в Чили для консультаций.")
    answer = act("v:b", "d:2", "2031-05-15", "e:iso-CL", "e:iso-UY", told="document",
                 text="Министерство иностранных дел Чили приняло решение отозвать посла в Уругвае для консультаций.")
    other = act("v:c", "d:3", "2031-05-15", "e:iso-UY", "e:iso-PT", told="document",
                text="Министерство иностранных дел Уругвая приняло решение отозвать посла в Португалии.")
    unlike = act("v:d", "d:4", "2031-05-15", "e:iso-UY", "e:iso-CL", told="document",
                 text="Уругвай ввел запрет на ввоз чилийских фруктов с понедельника.")
    week = act("v:e", "d:5", "2031-05-21", "e:iso-UY", "e:iso-CL", told="document",
               text="Министр иностранных дел Чили выразил сожаление в связи с решением Уругвая отозвать посла.")
    for x in (answer, other, unlike, week):
        assert groups([recalled, x]) == set()


def outcome(id_, doc, date, text, meeting, *, told="text"):
    verb = next(w for w in text.split() if w.endswith(("ли", "лись")))  # "подписали", "условились": the act's verb
    return {**ev(id_, doc, date, [], type_="AGREE", text=text, told=told), "meetings": [meeting], "trigger": verb}


def test_the_outcomes_of_one_meeting_told_without_their_actor():
    sides = ["e:iso-PT", "e:iso-CL"]
    held = ev("v:a", "d:1", "2031-05-14", sides, place="Порту", text="Министры провели переговоры в Порту.")
    told = ev("v:b", "d:2", "2031-05-14", sides, place="Порту", text="В Порту прошли переговоры министров.")
    signed = outcome("v:c", "d:1", "2031-05-14", "По их итогам министры подписали одиннадцать соглашений.", held)
    also = outcome("v:d", "d:2", "2031-05-14", "Стороны подписали 11 соглашений о торговле.", told)
    assert frozenset({"v:c", "v:d"}) in groups([held, told, signed, also])


def test_outcomes_of_other_meetings_or_unalike_stay_apart():
    sides = ["e:iso-PT", "e:iso-CL"]
    held = ev("v:a", "d:1", "2031-05-14", sides, place="Порту", text="Министры провели переговоры в Порту.")
    other = ev("v:b", "d:2", "2031-05-14", ["e:iso-PT", "e:iso-UY"], place="Лиссабон",
               text="В Лиссабоне прошли переговоры министров.")
    told = ev("v:e", "d:3", "2031-05-14", sides, place="Порту", text="В Порту прошли переговоры министров.")
    signed = outcome("v:c", "d:1", "2031-05-14", "По их итогам министры подписали одиннадцать соглашений.", held)
    elsewhere = outcome("v:d", "d:2", "2031-05-14", "Стороны подписали 11 соглашений.", other)
    unlike = outcome("v:f", "d:3", "2031-05-14", "Стороны договорились провести следующую встречу осенью.", told)
    assert not any({"v:c", "v:d"} <= g for g in groups([held, other, signed, elsewhere]))
    assert not any({"v:c", "v:f"} <= g for g in groups([held, told, signed, unlike]))


def test_two_outcomes_of_one_document_never_join_one_group():
    sides = ["e:iso-PT", "e:iso-CL"]
    held = ev("v:a", "d:1", "2031-05-14", sides, place="Порту", text="Министры провели переговоры в Порту.")
    told = ev("v:b", "d:2", "2031-05-14", sides, place="Порту", text="В Порту прошли переговоры министров.")
    signed = outcome("v:c", "d:1", "2031-05-14", "По их итогам министры подписали одиннадцать соглашений.", held)
    further = outcome("v:a0", "d:1", "2031-05-14", "Стороны лишь условились продолжить контакты.", held)
    short = outcome("v:e", "d:2", "2031-05-14", "Стороны подписали соглашения.", told)
    found = groups([held, told, signed, further, short])
    assert not any({"v:c", "v:a0"} <= g for g in found)
    assert frozenset({"v:c", "v:e"}) in found  # the one of the same act, whatever the order of ids
    other_act = outcome("v:e", "d:2", "2031-05-14", "Министры условились о новых соглашениях по туризму.", told)
    assert groups([held, told, signed, other_act]) == {frozenset({"v:a", "v:b"})}  # signed is not agreed on


def test_a_reception_of_the_guests_is_not_their_session():
    session = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL", "e:pt-fm", "e:cl-fm"], place="Порту", rnd=14,
                 text="В Порту прошло 14-е заседание смешанной комиссии Португалии и Чили.")
    reception = ev("v:b", "d:2", "2031-05-14", ["e:iso-PT", "e:iso-CL", "e:cl-fm"], mode="host", place="Порту",
                   text="Президент Португалии принял в Порту чилийскую делегацию во главе с Мануэлем Рохасом.")
    assert groups([session, reception]) == set()


def test_a_visit_only_invited_to_is_not_the_meeting_held():
    held = ev("v:a", "d:1", "2031-05-14", ["e:iso-PT", "e:iso-CL", "e:cl-fm"], place="Порту",
              text="Министры Португалии и Чили провели переговоры в Порту.")
    invited = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-CL"], mode="visit", factuality="planned",
                 text="Министр передал приглашение президенту Чили посетить Португалию с визитом.")
    announced = ev("v:c", "d:3", "2031-05-14", ["e:iso-PT", "e:iso-CL", "e:cl-fm"], factuality="planned",
                   place="Порту", text="Министры Португалии и Чили проведут переговоры в Порту.")
    assert groups([held, invited]) == set()
    assert groups([held, announced]) == {frozenset({"v:a", "v:c"})}


SESSION_HELD = "13–14 мая в Порту прошла сессия Совместной постоянной комиссии Португалии и Чили по торговле."
BY_MINISTERS = "Министры двух стран провели сессию Совместной постоянной комиссии и договорились о пошлинах."


def test_a_session_of_a_body_told_without_its_sides_on_one_of_its_days_is_the_session():
    held = ev("v:a", "d:1", "2031-05-13", ["e:iso-PT", "e:iso-CL"], place="e:porto", text=SESSION_HELD)
    ministers = ev("v:b", "d:2", "2031-05-14", [], text=BY_MINISTERS)
    assert groups([held, ministers]) == {frozenset({"v:a", "v:b"})}


def test_a_session_of_a_body_of_another_day_or_of_other_sides_stays_apart():
    held = ev("v:a", "d:1", "2031-05-13", ["e:iso-PT", "e:iso-CL"], place="e:porto", text=SESSION_HELD)
    later = ev("v:b", "d:2", "2031-05-20", [], text=BY_MINISTERS)
    others = ev("v:c", "d:3", "2031-05-14", ["e:iso-UY", "e:iso-AR"], text=BY_MINISTERS)
    assert groups([held, later]) == set()
    assert groups([held, others]) == set()


def test_next_rounds_planned_in_one_city_for_a_year_only_of_two_mechanisms_stay_apart():
    """The next round of one pair's talks, planned in a capital for a year, told without its sides, and another
    pair's invitation to its next round in that capital: a capital and a year say little."""
    one = ev("v:a", "d:1", "2032", [], place="e:porto", factuality="planned",
             text="Следующий раунд решили провести в Порту в 2032 году.")
    other = ev("v:b", "d:2", None, ["e:iso-PT", "e:iso-UY"], place="e:porto", factuality="planned",
               text="Министр пригласил уругвайского коллегу на следующий раунд в Порту.")
    digest = {**other, "text": "Следующий раунд — в Порту."}
    for_a_month = {**one, "date": "2032-03", "text": "Следующий раунд решили провести в Порту в марте 2032 года."}
    assert groups([one, other]) == set()
    assert groups([one, digest]) == set()
    assert groups([for_a_month, digest]) == {frozenset({"v:a", "v:b"})}
