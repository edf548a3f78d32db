"""The people of a private body act for no state (events.private, events.actors): a director of an institute, the
management of a plant, a university's rector; a story of institutes or companies whose countries are named only as
places, origins or within a name is no diplomatic story; a series summed up by its count is no one meeting
(senses.habitual)."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow

STORY = "Министр иностранных дел Ганы провел переговоры с коллегой из Того. "  # a diplomatic story around


def test_the_head_of_a_private_body_acts_for_no_state(events):
    got = events(STORY + "Ректор университета Аккры выразил обеспокоенность нехваткой стипендий и призвал "
                         "власти помочь студентам.")
    assert not {"ACCUSE", "REQUEST"} & set(types(got)), types(got)
    got = events(STORY + "Руководство фабрики призвало соседей снизить пошлины на хлопок.")
    assert "REQUEST" not in types(got)


def test_guests_of_a_private_side_make_no_reception(events):
    got = events("Университет Тарту примет делегацию студентов из Латвии.")
    assert got == (), [(e.type, e.trigger) for e in got]


def test_a_leader_of_the_opposition_accuses_at_home(events):
    got = events(STORY + "Лидер оппозиции Кваме Асанте обвинил правительство в растрате средств.")
    assert "ACCUSE" not in types(got)


def test_a_state_official_still_acts(events):
    got = events("Министр иностранных дел Кении выразил обеспокоенность ситуацией и призвал стороны к диалогу.")
    assert {"ACCUSE", "REQUEST"} <= set(types(got))
    assert "CONSULT" in types(events("Президент Вьетнама примет делегацию Лаоса в Ханое в мае."))


def test_institutes_of_two_countries_named_only_as_places_are_no_states(events):
    got = events("Геологи Норвегии и Канады начнут общий проект. Норвежский геологический институт и Канадский "
                 "центр полярных исследований подписали меморандум на заседании совместного совета в Осло. "
                 "Второе заседание совета пройдет в Оттаве. Его члены примут делегацию специалистов из Дании.")
    assert got == (), [(e.type, e.trigger) for e in got]


def test_a_count_of_meetings_is_no_meeting(events):
    story = "Саммит Индии и Японии впервые прошел в 2006 году. "
    assert types(events(story + "С тех пор саммиты проходили двенадцать раз.")) == ["CONSULT"]
    assert types(events(story + "С тех пор саммиты неоднократно переносились.")) == ["CONSULT"]
    assert types(events("Министры обороны Кубы и Вьетнама встречались не раз.")) == []
    # the ordinal of one meeting is that meeting
    assert "CONSULT" in types(events("Министры обороны Кубы и Вьетнама в пятый раз провели переговоры в Гаване."))
