"""Fusion of reports that the other outlets tell less fully (hand-made events, invented cities and dates): an undated
report of the same two sides in one city, much alike, joins the one dated group it fits; a session of an
organisation's council told by one report with the council, by another with the organisation; the states of an
organisation each report names; a meeting planned for one month in one city told in other words; two persons whose
offices are not known.  And their limits: another city, other words, two groups it fits alike, another council of the
organisation, a state that is no member, another month, one person in common."""
from khronika.fusion import Known
from khronika.fusion.report import kin_of, members_of

from .test_fusion import grouped
from .test_fusion_sittings import ev, groups

PAIR = ["e:iso-PT", "e:iso-CL"]
HELD = "В Порту прошло пятое заседание португальско-чилийской комиссии по торговле и инвестициям."
TOLD = "Заседание португальско-чилийской комиссии по торговле и инвестициям прошло в Порту."


def test_an_undated_report_of_two_sides_in_one_city_joins_the_dated_one():
    held = ev("v:a", "d:1", "2031-05-14", PAIR, place="Порту", text=HELD)
    undated = ev("v:b", "d:2", None, PAIR, place="Порту", text=TOLD)
    assert groups([held, undated]) == {frozenset({"v:a", "v:b"})}


def test_an_undated_report_in_other_words_or_another_city_stays_apart():
    held = ev("v:a", "d:1", "2031-05-14", PAIR, place="Порту", text=HELD)
    other = ev("v:b", "d:2", None, PAIR, place="Порту", text="Министры Португалии и Чили обсудили в Порту рыболовство.")
    away = ev("v:c", "d:3", None, PAIR, place="Вальпараисо", text=TOLD.replace("Порту", "Вальпараисо"))
    assert groups([held, other]) == set()
    assert groups([held, away]) == set()


def test_an_undated_report_that_fits_two_dated_groups_joins_neither():
    first = ev("v:a", "d:1", "2031-05-14", PAIR, place="Порту", text=HELD)
    second = ev("v:b", "d:2", "2032-06-10", PAIR, place="Порту", text=HELD)
    undated = ev("v:c", "d:3", None, PAIR, place="Порту", text=TOLD)
    assert not any("v:c" in g for g in groups([first, second, undated]))


SCO = ["e:iso-RU", "e:iso-KZ"]


def test_a_council_and_its_organisation_are_kin_but_two_councils_are_not():
    council = frozenset({"Совет министров иностранных дел ШОС"})
    assert "ШОС" in kin_of(council) and {"RU", "KZ", "KG"} <= members_of(council)
    assert "Совет глав государств ШОС" not in kin_of(council)


def test_a_round_of_a_council_told_by_its_organisation_joins_it_undated():
    held = ev("v:a", "d:1", "2031-05-14", SCO, place="Порту", rnd=7,
              text="В Порту прошло седьмое заседание Совета министров иностранных дел ШОС.")
    undated = ev("v:b", "d:2", None, ["e:iso-RU"], place="Порту", rnd=7,
                 text="Министры стран ШОС в седьмой раз собрались в Порту.")
    assert groups([held, undated]) == {frozenset({"v:a", "v:b"})}


def test_another_council_of_the_organisation_stays_apart():
    held = ev("v:a", "d:1", "2031-05-14", SCO, place="Порту", rnd=7,
              text="В Порту прошло седьмое заседание Совета министров иностранных дел ШОС.")
    summit = ev("v:b", "d:2", None, ["e:iso-RU"], place="Порту", rnd=7,
                text="В Порту прошло седьмое заседание Совета глав государств ШОС.")
    assert groups([held, summit]) == set()


def test_each_report_may_name_other_states_of_the_organisation():
    text = "В Порту состоялось заседание Совета министров иностранных дел ШОС."
    one = ev("v:a", "d:1", "2031-05-14", SCO, place="Порту", text=text)
    other = ev("v:b", "d:2", "2031-05-14", ["e:iso-RU", "e:iso-KG"], place="Порту", text=text)
    stranger = ev("v:c", "d:3", "2031-05-14", ["e:iso-RU", "e:iso-US"], place="Порту", text=text)
    assert groups([one, other]) == {frozenset({"v:a", "v:b"})}
    assert groups([one, stranger]) == set()


PLANNED = "Стороны условились провести следующий раунд переговоров по воде в июне в Порту."
CONFIRMED = ("Министр подтвердил, что делегация Чили будет участвовать в следующем раунде переговоров, намеченном "
             "на июнь в Порту.")


def test_a_meeting_planned_for_one_month_in_one_city_told_in_other_words():
    a = ev("v:a", "d:1", "2031-06", PAIR, place="Порту", factuality="planned", text=PLANNED)
    b = ev("v:b", "d:2", "2031-06", ["e:iso-CL"], place="Порту", factuality="planned", text=CONFIRMED)
    assert groups([a, b]) == {frozenset({"v:a", "v:b"})}


def test_meetings_planned_in_one_city_for_other_months_or_less_alike_stay_apart():
    a = ev("v:a", "d:1", "2031-06", PAIR, place="Порту", factuality="planned", text=PLANNED)
    later = ev("v:b", "d:2", "2031-09", ["e:iso-CL"], place="Порту", factuality="planned",
               text=CONFIRMED.replace("июнь", "сентябрь"))
    unlike = ev("v:c", "d:3", "2031-06", ["e:iso-CL"], place="Порту", factuality="planned",
                text="В июне в Порту пройдет ярмарка вин, сообщил министр.")
    assert groups([a, later]) == set()
    assert groups([a, unlike]) == set()


COMMISSION = "Министры Португалии и Чили провели 14-е заседание межправительственной комиссии."


def test_a_digest_line_of_a_round_in_a_city_joins_the_round_of_that_month():
    held = ev("v:a", "d:1", "2031-05-14", PAIR, rnd=14, text=COMMISSION)
    digest = ev("v:b", "d:2", "2031-05", [], place="Порту", rnd=14,
                text="На прошлой неделе в Порту успешно состоялось 14-е заседание межправкомиссии.")
    assert groups([held, digest]) == {frozenset({"v:a", "v:b"})}


def test_a_digest_line_of_another_round_month_or_city_stays_apart():
    held = ev("v:a", "d:1", "2031-05-14", PAIR, rnd=14, place="Вальпараисо", text=COMMISSION)
    line = "На прошлой неделе в Порту прошло 14-е заседание межправкомиссии."
    other_round = ev("v:b", "d:2", "2031-05", [], place="Вальпараисо", rnd=13, text=line)
    other_month = ev("v:c", "d:3", "2031-07", [], place="Вальпараисо", rnd=14, text=line)
    other_city = ev("v:d", "d:4", "2031-05", [], place="Порту", rnd=14, text=line)
    for digest in (other_round, other_month, other_city):
        assert groups([held, digest]) == set()


def test_two_digest_lines_of_one_month_do_not_fuse_by_their_round_alone():
    a = ev("v:a", "d:1", "2031-05", [], place="Порту", rnd=14, text="В мае в Порту прошло 14-е заседание комиссии.")
    b = ev("v:b", "d:2", "2031-05", PAIR, rnd=14, text=COMMISSION)
    assert groups([a, b]) == set()


def test_a_report_dated_to_its_month_only_of_two_sides_in_one_city_joins_the_day():
    held = ev("v:a", "d:1", "2031-05-14", PAIR, place="Порту", text=HELD)
    briefing = ev("v:b", "d:2", "2031-05", PAIR, place="Порту",
                  text="На прошлой неделе в Порту прошло заседание португальско-чилийской комиссии по торговле.")
    elsewhere = ev("v:c", "d:3", "2031-05", PAIR, place="Вальпараисо",
                   text="На прошлой неделе в Вальпараисо прошло заседание португальско-чилийской комиссии по торговле.")
    unlike = ev("v:d", "d:4", "2031-05", PAIR, place="Порту",
                text="Министры Португалии и Чили обсудили в Порту рыболовство.")
    assert groups([held, briefing]) == {frozenset({"v:a", "v:b"})}
    assert groups([held, elsewhere]) == set()
    assert groups([held, unlike]) == set()


NAMED = Known(persons={"e:a": "Томаш Ферейра", "e:b": "Ильмар Раудсепп", "e:c": "Ольга Сандберг"})


def test_an_undated_report_of_two_persons_whose_offices_are_not_known_joins_the_dated_one():
    """Two persons in common and much alike: an outlet that leaves a called-off meeting undated."""
    dated = ev("v:a", "d:1", "2031-12", ["e:a", "e:b"], factuality="negated",
               text="Запланированная на декабрь встреча Ферейры и Раудсеппа в Тарту не состоится, заявил Ферейра.")
    undated = ev("v:b", "d:2", None, ["e:a", "e:b"], factuality="negated",
                 text="Встреча Ферейры и Раудсеппа отменена.")
    assert grouped([dated, undated], NAMED) == {frozenset({"v:a", "v:b"})}
    other = {**undated, "text": "Ферейра и Раудсепп обсудили по видеосвязи поставки зерна и тарифы на транзит."}
    assert grouped([dated, other], NAMED) == set()  # other words: another meeting of theirs
    held = {**undated, "factuality": "occurred"}
    assert grouped([dated, held], NAMED) == set()  # the meeting held is not the one called off
    one = ev("v:c", "d:3", None, ["e:a", "e:c"], factuality="negated", text="Встреча Ферейры и Сандберг отменена.")
    assert grouped([dated, one], NAMED) == set()  # one person in common
