"""Event fusion across documents on hand-made events (no models): one meeting reported differently
by several outlets fuses; meetings of one format in other years, other places or between other
sides never do; an undated report joins only the one group it fits."""
import itertools

from khronika.fusion import Known, fuse, same_event

KNOWN = Known(
    persons={"e:ru-fm": "Сергей Лавров", "e:ru-fm-short": "Лавров", "e:jp-fm": "Фумио Кисида",
             "e:jp-fm-var": "Фумио Кишида", "e:jp-fm2": "Таро Коно", "e:ru-pres": "Владимир Путин",
             "e:jp-pm": "Синдзо Абэ", "e:jp-dm": "Томоми Инада", "e:ru-dm": "Сергей Шойгу",
             "e:x-1": "Кенджи Йосида", "e:x-2": "Кэндзи Ёсида", "e:ivanov-s": "Сергей Иванов",
             "e:ivanov-i": "Игорь Иванов"},
    roles={"e:ru-fm": {("министр иностранных дел", "e:iso-RU")},
           "e:jp-fm": {("министр иностранных дел", "e:iso-JP")},
           "e:jp-fm-var": {("министр иностранных дел", "e:iso-JP")},
           "e:jp-fm2": {("министр иностранных дел", "e:iso-JP")},
           "e:ru-pres": {("президент", "e:iso-RU")}, "e:jp-pm": {("премьер-министр", "e:iso-JP")},
           "e:jp-dm": {("министр обороны", "e:iso-JP")}, "e:ru-dm": {("министр обороны", "e:iso-RU")},
           "e:x-1": {("министр иностранных дел", "e:iso-JP")}, "e:x-2": {("министр иностранных дел", "e:iso-JP")}},
    country={"e:moscow": "e:iso-RU", "e:tokyo": "e:iso-JP"},
    names={"e:moscow": "Москва", "e:tokyo": "Токио", "e:osaka": "Осака"})


def ev(id_, doc, date, people, fmt=None, rnd=None, mode="meet", place=None, factuality="occurred"):
    return {"id": id_, "doc": doc, "type": "CONSULT", "date": date, "format": fmt, "round": rnd, "mode": mode,
            "place": place, "factuality": factuality,
            "participants": [{"entity": p, "role": "participant"} for p in people]}


def grouped(events, known) -> set[frozenset]:
    """The groups of events (each a set of ids) that fusion makes, given what it knows of their entities."""
    out: dict[str, set] = {}
    for eid, gid in fuse(events, known).items():
        out.setdefault(gid, set()).add(eid)
    return {frozenset(g) for g in out.values()}


def groups(events) -> set[frozenset]:
    return grouped(events, KNOWN)


def test_fusion_two_sides_in_common_join():
    a = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"])
    b = ev("v:b", "d:2", None, ["e:ru-fm", "e:jp-fm", "e:ru-pres"])
    assert same_event(a, b, KNOWN)


def test_fusion_two_of_one_side_are_not_enough():
    a = ev("v:a", "d:1", "2016-12-15", ["e:ru-pres", "e:ru-fm", "e:jp-pm"])
    b = ev("v:b", "d:2", None, ["e:ru-pres", "e:ru-fm", "e:jp-fm"])
    assert not same_event(a, b, KNOWN)


def test_fusion_one_meeting_named_differently_by_four_outlets():
    """Full name, surname only, another transliteration, countries only with place and day."""
    full = ev("v:a", "d:1", "2017-03-20", ["e:iso-RU", "e:iso-JP", "e:ru-fm", "e:jp-fm"], place="e:tokyo")
    short = ev("v:b", "d:2", "2017-03-20", ["e:ru-fm-short", "e:jp-fm-var"], place="Токио")
    countries = ev("v:c", "d:3", "2017-03-20", ["e:iso-RU", "e:iso-JP"], place="Токио")
    undated = ev("v:d", "d:4", None, ["e:ru-fm-short", "e:jp-fm"])
    assert groups([full, short, countries, undated]) == {frozenset({"v:a", "v:b", "v:c", "v:d"})}


def test_fusion_format_and_round_with_both_sides():
    a = ev("v:a", "d:1", "2019-05", ["e:iso-RU", "e:iso-JP"], fmt="2+2", rnd=4)
    b = ev("v:b", "d:2", "2019-05-30", ["e:iso-JP", "e:iso-RU", "e:jp-fm2"], fmt="2+2", rnd=4)
    assert same_event(a, b, KNOWN)
    other_sides = ev("v:c", "d:3", "2019-05-30", ["e:iso-RU", "e:iso-EG"], fmt="2+2", rnd=4)
    assert not same_event(a, other_sides, KNOWN)


def test_fusion_transliteration_variants_of_one_visitor_undated_with_one_destination():
    a = ev("v:a", "d:1", None, ["e:iso-JP", "e:x-1"], mode="visit", place="e:moscow", factuality="planned")
    b = ev("v:b", "d:2", None, ["e:iso-JP", "e:x-2", "e:iso-RU"], mode="visit", place="Москва")
    assert same_event(a, b, KNOWN)
    assert not same_event(a, {**b, "place": None}, KNOWN)  # two undated reports need the place


def test_fusion_namesakes_of_other_first_names_are_two_persons():
    a = ev("v:a", "d:1", "2010-05-04", ["e:ivanov-s", "e:jp-fm"])
    b = ev("v:b", "d:2", "2010-05-04", ["e:ivanov-i", "e:jp-fm"])
    assert not same_event(a, b, KNOWN)


def test_fusion_format_name_and_one_person_are_not_enough():
    a = ev("v:a", "d:1", "2019-05", ["e:ru-fm", "e:iso-US"], fmt="2+2")
    b = ev("v:b", "d:2", "2019-05-30", ["e:ru-fm"], fmt="2+2")
    assert not same_event(a, b, KNOWN)
    assert same_event(a, {**b, "participants": b["participants"] + [{"entity": "e:iso-US", "role": "target"}]},
                      KNOWN)  # … with both sides named, the same month


def test_fusion_same_format_in_other_years_never_fuses():
    y2017 = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm", "e:ru-dm", "e:jp-dm"], fmt="2+2")
    y2019 = ev("v:b", "d:2", "2019-05-30", ["e:ru-fm", "e:jp-fm2", "e:ru-dm"], fmt="2+2", rnd=4)
    y2013 = ev("v:c", "d:3", "2013-11", ["e:ru-fm", "e:ru-dm"], fmt="2+2", rnd=1)
    undated = ev("v:d", "d:4", None, ["e:ru-fm", "e:ru-dm"], fmt="2+2")
    assert groups([y2017, y2019, y2013, undated]) == set()


def test_fusion_different_holders_of_one_office_keep_meetings_apart():
    a = ev("v:a", "d:1", None, ["e:ru-fm", "e:jp-fm"], fmt="2+2")
    b = ev("v:b", "d:2", "2019-05-30", ["e:ru-fm", "e:jp-fm2"], fmt="2+2", rnd=4)
    assert not same_event(a, b, KNOWN)


def test_fusion_conflicting_dates_rounds_places_or_sides_keep_meetings_apart():
    a = ev("v:a", "d:1", "2013-11", ["e:ru-fm", "e:jp-fm"], fmt="2+2", rnd=1, place="e:tokyo")
    for b in (ev("v:b", "d:2", "2017-03-20", ["e:ru-fm", "e:jp-fm"], fmt="2+2"),
              ev("v:c", "d:3", None, ["e:ru-fm", "e:jp-fm"], fmt="2+2", rnd=2),
              ev("v:d", "d:4", "2013-11-01", ["e:ru-fm", "e:jp-fm"], place="e:moscow"),
              ev("v:e", "d:5", "2013-11-01", ["e:ru-fm", "e:jp-fm", "e:iso-CN"], place="e:osaka")):
        assert not same_event(a, b, KNOWN), b["id"]
    bilateral = ev("v:f", "d:6", "2013-11-02", ["e:iso-RU", "e:iso-JP"], place="e:tokyo")
    assert not same_event(bilateral, ev("v:g", "d:7", "2013-11-02", ["e:iso-RU", "e:iso-CN"], place="Токио"), KNOWN)
    assert not same_event(bilateral, ev("v:h", "d:8", "2013-11-02", ["e:iso-US", "e:iso-CN"], place="Токио"), KNOWN)


def test_fusion_summit_and_talks_on_its_sidelines_or_a_call_stay_apart():
    summit = ev("v:a", "d:1", "2024-10-23", ["e:ru-pres", "e:jp-pm", "e:iso-CN"], mode="multilateral",
                place="e:tokyo")
    talks = ev("v:b", "d:2", "2024-10-23", ["e:ru-pres", "e:jp-pm"], place="e:tokyo")
    call = ev("v:c", "d:3", "2024-10-23", ["e:ru-pres", "e:jp-pm"], mode="phone")
    assert groups([summit, talks, call]) == set()


def test_fusion_visits_to_other_countries_stay_apart():
    japan = ev("v:a", "d:1", "2016-12", ["e:ru-pres", "e:iso-RU"], mode="visit", place="e:iso-JP")
    beijing = ev("v:b", "d:2", "2016-12-05", ["e:ru-pres", "e:iso-RU"], mode="visit", place="Пекин")
    tokyo = ev("v:c", "d:3", "2016-12-16", ["e:ru-pres", "e:iso-RU"], mode="visit", place="e:tokyo")
    assert not same_event(japan, beijing, KNOWN)
    assert same_event(japan, tokyo, KNOWN)


def test_fusion_undated_report_between_two_dated_groups_joins_neither():
    u = ev("v:u", "d:3", None, ["e:ru-fm", "e:jp-fm"])
    one = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"])
    other = ev("v:b", "d:2", "2018-01-10", ["e:ru-fm", "e:jp-fm"])
    assert "v:u" not in fuse([u, one, other], KNOWN)
    one_more = ev("v:c", "d:4", "2017-03-20", ["e:ru-fm", "e:jp-fm"], place="e:tokyo")
    assert groups([u, one, other, one_more]) == {frozenset({"v:a", "v:c"})}


def test_fusion_undated_report_joins_the_one_group_it_fits():
    u = ev("v:u", "d:3", None, ["e:ru-pres", "e:jp-pm"], place="Токио")
    tokyo = ev("v:a", "d:1", "2016-12-16", ["e:ru-pres", "e:jp-pm"], place="e:tokyo")
    moscow = ev("v:b", "d:2", "2018-05-26", ["e:ru-pres", "e:jp-pm"], place="e:moscow")
    assert groups([u, tokyo, moscow]) == {frozenset({"v:u", "v:a"})}


def test_fusion_month_report_between_two_days_joins_neither():
    m = ev("v:m", "d:3", "2016-12", ["e:ru-pres", "e:jp-pm"], mode="visit")
    day1 = ev("v:a", "d:1", "2016-12-02", ["e:ru-pres", "e:jp-pm"])
    day2 = ev("v:b", "d:2", "2016-12-28", ["e:ru-pres", "e:jp-pm"])
    assert groups([m, day1, day2]) == set()


def test_fusion_group_members_all_agree_whatever_the_chain():
    """b links to a and to c, but a and c name different cities: no group holds both."""
    a = ev("v:a", "d:1", "2016-12-15", ["e:ru-pres", "e:jp-pm"], place="e:moscow")
    b = ev("v:b", "d:2", "2016-12-15", ["e:ru-pres", "e:jp-pm"])
    c = ev("v:c", "d:3", "2016-12-15", ["e:ru-pres", "e:jp-pm"], place="e:osaka")
    found = groups([a, b, c])
    assert found in ({frozenset({"v:a", "v:b"})}, {frozenset({"v:b", "v:c"})})


def test_fusion_is_independent_of_order():
    events = [ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"]),
              ev("v:b", "d:2", None, ["e:ru-fm", "e:jp-fm"]),
              ev("v:c", "d:3", "2017-03", ["e:ru-fm", "e:jp-fm"], fmt="2+2"),
              ev("v:d", "d:4", "2019-05-30", ["e:ru-fm", "e:jp-fm2"], fmt="2+2"),
              ev("v:e", "d:5", "2017-03-20", ["e:iso-RU", "e:iso-JP"], place="e:tokyo"),
              ev("v:f", "d:6", "2017-03-20", ["e:ru-fm-short", "e:jp-fm-var", "e:iso-RU"], place="e:tokyo")]
    results = {tuple(sorted(fuse(list(p), KNOWN).items())) for p in itertools.permutations(events)}
    assert len(results) == 1
    (found,) = results
    assert dict(found) == {k: "v:a" for k in ("v:a", "v:b", "v:c", "v:e", "v:f")}  # the smallest id names the group


def act(id_, doc, date, parts, type_="PROTEST", factuality="occurred", text=""):
    return {"id": id_, "doc": doc, "type": type_, "date": date, "format": None, "round": None, "mode": None,
            "place": None, "factuality": factuality, "text": text,
            "participants": [{"entity": e, "role": r} for e, r in parts]}


PROTEST = "МИД России заявил протест японской стороне в связи с учениями на Курильских островах."
PROTEST2 = "Москва заявила Токио протест из-за военных учений Японии вблизи Курильских островов, сообщили в МИД."
OTHER = "МИД России заявил протест послу Японии после задержания рыболовецкой шхуны в Охотском море."


def test_fusion_one_protest_reported_by_two_outlets_is_one_event():
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=PROTEST)
    b = act("v:b", "d:2", "2023-10-14",
            [("e:iso-RU", "source"), ("e:iso-JP", "participant"), ("e:ru-fm", "participant")], text=PROTEST2)
    assert fuse([a, b], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}


def test_fusion_two_accusations_of_one_day_between_the_same_sides_stay_apart():
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-US", "target")], type_="ACCUSE",
            text="Захарова обвинила Вашингтон в срыве переговоров по стратегической стабильности.")
    b = act("v:b", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-US", "target")], type_="ACCUSE",
            text="В МИД России раскритиковали американских дипломатов за вмешательство в выборы в Молдавии.")
    assert fuse([a, b], KNOWN) == {}


def test_fusion_undated_acts_fuse_by_source_target_and_evidence():
    a = act("v:a", "d:1", None, [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=PROTEST)
    b = act("v:b", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=PROTEST2)
    assert fuse([a, b], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    c = act("v:c", "d:3", None, [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=OTHER)
    assert fuse([b, c], KNOWN) == {}


def test_fusion_an_act_whose_source_is_not_told_fuses_on_its_day_when_told_alike():
    told = "Временный поверенный Японии был вызван в МИД России, где ему заявили протест в связи с учениями " \
           "на Курильских островах."
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=told)
    b = act("v:b", "d:2", "2023-10-14", [], text="Ему заявлен протест в связи с учениями вблизи Курильских островов.")
    assert fuse([a, b], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([a, {**b, "date": None, "dateline": "10-15"}], KNOWN) == {"v:a": "v:a", "v:b": "v:a"}
    assert fuse([a, {**b, "date": "2023-10-13"}], KNOWN) == {}  # another day
    assert fuse([a, {**b, "text": OTHER}], KNOWN) == {}  # told otherwise


def test_fusion_acts_of_other_days_types_sources_or_targets_stay_apart():
    a = act("v:a", "d:1", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")], text=PROTEST)
    for other in (act("v:b", "d:2", "2023-10-15", [("e:iso-RU", "source"), ("e:iso-JP", "target")]),
                  act("v:c", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")],
                      type_="SANCTION"),
                  act("v:d", "d:2", None, [("e:iso-RU", "source"), ("e:iso-JP", "target")]),
                  act("v:e", "d:2", "2023-10-14", [("e:iso-JP", "source"), ("e:iso-CN", "target")]),
                  act("v:f", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-PL", "target")], text=PROTEST),
                  act("v:g", "d:2", "2023-10-14", [("e:iso-RU", "source"), ("e:iso-JP", "target")],
                      factuality="planned")):
        assert fuse([a, other], KNOWN) == {}, other["id"]


def test_fusion_undated_report_joins_the_group_of_its_year_less_dateline():
    u = {**ev("v:u", "d:3", None, ["e:ru-fm", "e:jp-fm"]), "dateline": "03-20"}  # "ТОКИО, 20 марта. /ТАСС/."
    one = ev("v:a", "d:1", "2017-03-20", ["e:ru-fm", "e:jp-fm"])
    other = ev("v:b", "d:2", "2018-01-10", ["e:ru-fm", "e:jp-fm"])
    assert groups([u, one, other]) == {frozenset({"v:u", "v:a"})}
    next_day = {**u, "dateline": "03-21"}  # told the day after
    assert groups([next_day, one, other]) == {frozenset({"v:u", "v:a"})}
    for elsewhen in ("03-19", "03-23"):  # told before the meeting, or too long after
        assert "v:u" not in fuse([{**u, "dateline": elsewhen}, one, other], KNOWN)
    planned = {**u, "factuality": "planned"}  # not narrated as done: the dateline does not date it
    assert "v:u" not in fuse([planned, one, other], KNOWN)


def test_fusion_two_persons_on_one_day_or_format_and_person_on_one_day():
    unknown_sides = Known(persons={"e:p1": "Иван Петров", "e:p2": "Жан Дюпон"})
    a = ev("v:a", "d:1", "2024-05-02", ["e:p1", "e:p2"], mode="phone")
    b = ev("v:b", "d:2", "2024-05-02", ["e:p1", "e:p2"], mode="phone")
    assert same_event(a, b, unknown_sides)
    assert not same_event(a, {**b, "date": "2024-05"}, unknown_sides)  # the same month is not enough
    c = ev("v:c", "d:3", "2024-05-02", ["e:ru-fm", "e:iso-US"], fmt="2+2")
    d = {**ev("v:d", "d:4", None, ["e:ru-fm"], fmt="2+2"), "dateline": "05-02"}
    assert same_event(c, d, KNOWN)


def test_fusion_a_named_mechanism_on_one_day_links_reports_without_persons():
    a = {**ev("v:a", "d:1", "2024-06-20", ["e:iso-RU"], mode="multilateral"),
         "text": "В Женеве прошла встреча Минской группы ОБСЕ на уровне сопредседателей."}
    b = {**ev("v:b", "d:2", "2024-06-20", ["e:iso-US", "e:iso-RU"], mode="multilateral"),
         "text": "Сопредседатели Минской группы ОБСЕ собрались в Женеве."}
    assert same_event(a, b, KNOWN)
    assert not same_event(a, {**b, "date": "2024-06-21"}, KNOWN)
    assert not same_event(a, {**b, "text": "Сопредседатели собрались в Женеве."}, KNOWN)


def test_fusion_a_year_less_dateline_dates_the_days_just_before_it_across_months_and_years():
    from types import SimpleNamespace

    from khronika.fusion.rules import days_agree

    def told(day, date):
        return days_agree(SimpleNamespace(day=day, date=None), SimpleNamespace(day=None, date=date, default=False))

    assert told("01-02", "2023-12-31") and told("03-01", "2024-02-28") and told("05-02", "2024-04")
    assert not told("05-05", "2024-04") and not told("03-01", "2024-03-02") and not told("03-10", "2024-03-01")


def test_fusion_a_surname_left_in_a_case_form_is_the_person_but_a_womans_surname_is_not():
    from khronika.fusion.persons import Person, same_person

    def person(surname, initial=""):
        return Person("e:" + surname, surname, initial, frozenset())

    assert same_person(person("петров", "и"), person("петровым")) and same_person(person("иванову"), person("иванов"))
    assert not same_person(person("сидорова", "м"), person("сидоров"))
    assert not same_person(person("ким"), person("киму"))  # too short to tell


def test_fusion_the_same_sides_on_one_day_with_the_place_told_once_fuse():
    told = ev("v:a", "d:1", "2024-05-30", ["e:iso-CN", "e:iso-JP", "e:iso-KR"], place="e:tokyo")
    bare = ev("v:b", "d:2", "2024-05-30", ["e:iso-CN", "e:iso-JP", "e:iso-KR"])
    assert groups([told, bare]) == {frozenset({"v:a", "v:b"})}
    assert fuse([told, {**bare, "date": "2024-05-31"}], KNOWN) == {}
    assert fuse([told, {**bare, "participants": bare["participants"][:2]}], KNOWN) == {}  # other sides
    ministers = ev("v:c", "d:3", "2024-05-30", ["e:ru-fm", "e:jp-fm"], place="e:tokyo")
    defence = ev("v:d", "d:4", "2024-05-30", ["e:ru-dm", "e:jp-dm"])
    assert fuse([ministers, defence], KNOWN) == {}  # two meetings of other persons on one day


def test_fusion_the_same_round_of_two_sides_named_differently_fuses():
    a = ev("v:a", "d:1", "2024-02-05", ["e:iso-AM", "e:iso-AZ"], rnd=12)
    b = ev("v:b", "d:2", None, ["e:iso-AM", "e:iso-AZ"], rnd=12)
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}
    assert fuse([a, {**b, "round": 11}], KNOWN) == {}
    assert fuse([a, {**b, "participants": b["participants"][:1]}], KNOWN) == {}  # one side in common


def test_fusion_the_next_meeting_of_a_named_mechanism_planned_by_two_outlets():
    text = "Очередная встреча в астанинском формате состоится в 2031 году."
    a = {**ev("v:a", "d:1", "2031", [], factuality="planned"), "text": text}
    b = {**ev("v:b", "d:2", "2031", [], factuality="planned", rnd=31),
         "text": "Гаранты условились собраться на 31-ю встречу в астанинском формате в 2031 году."}
    assert same_event(a, b, KNOWN)
    assert not same_event(a, {**b, "date": "2032"}, KNOWN) and not same_event(a, {**b, "factuality": "occurred"}, KNOWN)
