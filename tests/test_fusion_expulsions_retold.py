"""An expulsion retold by a review by its month or week only (``в начале месяца эстонские власти выслали белорусского
дипломата``), and the expulsion of a day of it, both told with a verb of an expulsion and lines naming the same pair of
countries: one act (``act_link._one_expulsion_retold``); the mirror expulsion of the other side fitting as well, the
review joins neither.  Its limits: another pair, another month, a count of many, an earlier one read undated.
Hand-made events, invented sentences."""
from .test_fusion import grouped
from .test_fusion_sittings import KNOWN, ev

PAIR = ["e:iso-EE", "e:iso-BY"]
DAY = ("Министерство иностранных дел Эстонии во вторник объявило советника посольства Беларуси персоной нон грата.")
REVIEW = "В начале месяца эстонские власти выслали белорусского дипломата, Минск обещал ответить."


def expel(id_, doc, date, text, people=PAIR, roles=None):
    return ev(id_, doc, date, people, type_="SANCTION", text=text, roles=roles)


def test_an_expulsion_retold_by_its_month_is_the_expulsion_of_that_day():
    day, review = expel("v:a", "d:1", "2031-04-15", DAY), expel("v:b", "d:2", "2031-04", REVIEW)
    assert grouped([day, review], KNOWN) == grouped([review, day], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_another_pair_or_month_stays_apart():
    day = expel("v:a", "d:1", "2031-04-15", DAY)
    other_pair = expel("v:b", "d:2", "2031-04", "В начале месяца эстонские власти выслали российского дипломата.",
                       ["e:iso-EE", "e:iso-RU"])
    other_month = expel("v:c", "d:3", "2031-05", REVIEW)
    for other in (other_pair, other_month):
        assert grouped([day, other], KNOWN) == set(), other["id"]


def test_a_review_that_fits_an_expulsion_and_its_mirror_joins_neither():
    day = expel("v:a", "d:1", "2031-04-15", DAY, roles={"e:iso-EE": "source", "e:iso-BY": "target"})
    mirror = expel("v:b", "d:2", "2031-04-17", "Министерство иностранных дел Беларуси в четверг объявило советника "
                                               "посольства Эстонии персоной нон грата.",
                   roles={"e:iso-BY": "source", "e:iso-EE": "target"})
    review = expel("v:c", "d:3", "2031-04", "В начале месяца Эстония и Беларусь выслали дипломатов друг друга.")
    assert not any("v:c" in g for g in grouped([day, mirror, review], KNOWN))


def test_an_earlier_expulsion_read_undated_is_not_that_of_the_day():
    day = expel("v:a", "d:1", "2031-04-15", DAY)
    earlier = expel("v:b", "d:2", None, "Это не первая высылка: в августе прошлого года эстонские власти выслали "
                                        "белорусского дипломата.")
    assert grouped([day, earlier], KNOWN) == set()


def test_a_sum_of_many_expulsions_is_none_of_them():
    day = expel("v:a", "d:1", "2031-04-15", DAY)
    total = expel("v:b", "d:2", "2031-04", "За последние два года эстонские власти выслали более двадцати "
                                           "белорусских дипломатов.")
    assert grouped([day, total], KNOWN) == set()


def test_an_expulsion_told_without_its_actor_joins_the_act_not_the_answer_told_in_its_line():
    """A briefing's line tells the act and the answer in kind (``выслал нашего дипломата, и мы ответили зеркально``):
    two events of one sentence, much alike; an outlet's expulsion told without its actor joins the act told with its
    verb, not the answer (``act_link``: of two links alike, the one of the same verb is stronger)."""
    line = "В понедельник Таллин под надуманным предлогом выслал нашего дипломата, и мы ответили зеркально."
    answer = {**expel("v:a", "d:1", "2031-04-14", line, roles={"e:iso-BY": "source", "e:iso-EE": "target"}),
              "trigger": "ответили"}  # the answer first by id: ties go to the smallest
    act = {**expel("v:b", "d:1", "2031-04-14", line, roles={"e:iso-EE": "source", "e:iso-BY": "target"}),
           "trigger": "выслал"}
    told = {**expel("v:c", "d:2", "2031-04-14", "В понедельник МИД Эстонии выслал советника посольства Беларуси, "
                                                "обвинив его в деятельности, несовместимой со статусом."),
            "trigger": "выслал"}
    assert grouped([act, answer, told], KNOWN) == grouped([told, answer, act], KNOWN) == {frozenset({"v:b", "v:c"})}
