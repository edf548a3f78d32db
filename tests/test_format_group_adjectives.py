"""A standing group of states told by an adjective of what they share (a language, a region), in either word order
(``встреча министров иностранных дел скандинавских стран``, ``Министры обороны четырех альпийских стран провели …``),
and the summits of a regional organisation some of whose leaders attend (invented sentences, other groups)."""
import pytest

from khronika.format_bodies import group_summit
from khronika.formats import formats_in
from tests.test_format_carry import ingested_formats

GROUP = "встречи группы государств"


@pytest.mark.parametrize("sentence, name", [
    ("Министр участвовал во встрече министров иностранных дел скандинавских стран в Бергене.",
     "встреча министров иностранных дел скандинавских стран"),
    ("Главы правительств трех прибалтийских государств провели в Риге очередную встречу.",
     "встреча глав правительств прибалтийских государств"),
    ("Министры обороны четырех альпийских стран соберутся в Инсбруке в мае.",
     "встреча министров обороны альпийских стран"),
    ("Совещание премьер-министров франкоязычных стран пройдет в Дакаре.",
     "совещание премьер-министров франкоязычных стран"),
])
def test_a_group_told_by_its_adjective_in_either_word_order(sentence, name):
    assert name in [n.name for n in formats_in(sentence) if n.type == GROUP]


@pytest.mark.parametrize("sentence", [
    "Министры пяти стран встретились в Праге.",  # no group told, no meeting noun before it
    "Министры трех скандинавских стран не прокомментировали решение.",  # members, no meeting of theirs
    "Министр иностранных дел провел встречу с послами европейских стран.",  # no group of a shared trait
])
def test_no_group_told_by_an_adjective(sentence):
    assert not [n for n in formats_in(sentence) if n.type == GROUP]


@pytest.mark.parametrize("sentence, name", [
    ("Лидеры стран САДК соберутся на очередной саммит в Лусаке.", "саммит САДК"),
    ("Президент примет участие в 40-м саммите Сообщества развития Юга Африки.", "саммит САДК"),
    ("Встреча глав государств – членов Системы центральноамериканской интеграции пройдет в Тегусигальпе.",
     "саммит SICA"),
    ("Премьер-министр отправится на саммит БИМСТЕК в Катманду.", "саммит БИМСТЕК"),
])
def test_a_regional_organisations_summit(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def test_some_members_attending_an_organisations_summit_are_its_summit():
    summit = {"fixed": True, "level": "leaders", "type": "саммит", "countries": ("KE", "TZ", "UG", "RW", "BI")}
    group = dict(summit, type="группа")
    assert group_summit(True, summit, ["e:iso-KE", "e:iso-UG"])
    assert not group_summit(True, group, ["e:iso-KE", "e:iso-UG"])  # a group's summit: all of its members
    assert not group_summit(True, summit, ["e:iso-KE", "e:iso-FR"])  # a state of no membership


@pytest.mark.slow
def test_a_group_told_by_its_members_meets_in_a_series(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Рейкьявик, 7 мая 2031 (RUV). Министры обороны трех скандинавских стран – Норвегии, Швеции и Дании – во "
        "вторник провели в Рейкьявике свою ежегодную встречу.\n\n"
        "Министры обсудили безопасность в Арктике.\n\n"
        "Предыдущая встреча прошла в Осло в апреле 2030 года. Следующая состоится в Стокгольме в 2032 году.\n"))
    group = [f for f in formats if f["type"] == GROUP]
    assert [f["name"] for f in group] == ["встреча министров обороны скандинавских стран Дания – Норвегия – Швеция"]
    assert sorted(group[0]["sides"]) == ["e:iso-DK", "e:iso-NO", "e:iso-SE"]
    assert {(h["status"], h["date"]) for h in group[0]["history"]} >= {
        ("meeting", "2030-04"), ("meeting", "2031-05-06"), ("planned", "2032")}
