"""An undated report of a person's talks with his counterpart's country (an interview, a profile: ``назвал
консультации с кенийскими коллегами полезными``) joins the dated meeting of that person and country, the same two
sides, when somewhat alike (``counterparts.undated_to_counterpart``); not another counterpart, not the person's own
country alone, not words alike in the names only (invented countries, persons and cities)."""
from .test_fusion_next import GHANA, KENYA, dated_kenya, ev, groups

HELD = ("Замминистра иностранных дел Хорхе Салинас провел в Найроби пятый раунд политических консультаций с "
        "Кенией по вопросам торговли.")


def undated(people, text, id_="v:b", doc="d:2"):
    return ev(id_, doc, None, people, place=None, text=text)


def test_an_undated_telling_with_the_person_and_his_counterpart_joins_the_dated_meeting():
    for people, text in (
            (KENYA + ["e:pe-dm"], "Салинас назвал пятый раунд политических консультаций с Кенией самым полезным."),
            (KENYA + ["e:pe-dm"], "По словам Салинаса, политические консультации с кенийской стороной затронули "
                                  "вопросы торговли."),
            (KENYA + ["e:pe-dm"], "Хорхе Салинас остался доволен консультациями в Найроби по торговле с Кенией.")):
        assert groups([dated_kenya(text=HELD), undated(people, text)]) == {frozenset({"v:a", "v:b"})}, text


def test_an_undated_telling_of_another_counterpart_or_of_little_alike_stays_apart():
    other = undated(GHANA + ["e:pe-dm"], "Салинас назвал пятый раунд политических консультаций с Ганой полезным.")
    assert groups([dated_kenya(text=HELD), other]) == set()  # another counterpart
    little = undated(KENYA + ["e:pe-dm"], "Хорхе Салинас не раз бывал в Кении и хорошо знает ее столицу.")
    assert groups([dated_kenya(text=HELD), little]) == set()  # alike in the names only
    third = undated(KENYA + ["e:pe-dm", "e:iso-GH"], "Салинас провел политические консультации с Кенией и Ганой "
                                                      "по вопросам торговли.")
    assert groups([dated_kenya(text=HELD), third]) == set()  # a third side: another sitting
