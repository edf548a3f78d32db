"""An act or meeting told as the one before the news (``Последний раз X высылала …``, ``в прошлый раз стороны
встречались …``, ``В предыдущий раз …``: ``Report.earlier``) is an earlier one of its kind: it never joins another
outlet's report of the news, however alike their words, dated or not.  Two outlets' lines of that earlier one may
still be one.  Hand-made events, invented sentences."""
from .test_fusion import grouped
from .test_fusion_sittings import KNOWN, ev

PAIR = ["e:iso-LT", "e:iso-BY"]
DAY = "Министерство иностранных дел Литвы в среду объявило первого секретаря посольства Беларуси персоной нон грата."
OTHER = "Вильнюс объявил персоной нон грата первого секретаря белорусского посольства."


def expel(id_, doc, date, text, people=PAIR):
    return ev(id_, doc, date, people, type_="SANCTION", text=text)


def test_the_last_expulsion_before_the_news_is_not_the_news():
    day, other = expel("v:a", "d:1", "2031-06-11", DAY), expel("v:b", "d:2", "2031-06-11", OTHER)
    for line in ("Последний раз Вильнюс объявлял белорусского дипломата персоной нон грата более десяти лет назад.",
                 "В последний раз Литва высылала дипломатов Беларуси персонами нон грата, по данным МИД, давно.",
                 "В прошлый раз Литва объявила персоной нон грата секретаря посольства Беларуси."):
        earlier = expel("v:c", "d:3", None, line)
        assert grouped([day, other, earlier], KNOWN) == {frozenset({"v:a", "v:b"})}, line


def test_the_last_meeting_before_the_news_is_not_the_news():
    people = ["e:iso-EE", "e:iso-LV"]
    news = ev("v:a", "d:1", "2031-06-11", people, place="Рига",
              text="Министры иностранных дел Эстонии и Латвии провели переговоры в Риге.")
    told = ev("v:b", "d:2", "2031-06-11", people, place="Рига",
              text="Министры иностранных дел Эстонии и Латвии в среду встретились в Риге.")
    earlier = ev("v:c", "d:3", None, people, place="Рига",
                 text="В предыдущий раз министры иностранных дел Эстонии и Латвии встречались в Риге.")
    assert grouped([news, told, earlier], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_lines_of_the_earlier_one_may_be_one():
    first = expel("v:a", "d:1", "2029-03", "Последний раз Литва высылала белорусского дипломата в марте 2029 года.")
    second = expel("v:b", "d:2", "2029-03", "В последний раз Вильнюс выслал дипломата Беларуси в марте 2029 года.")
    assert grouped([first, second], KNOWN) == {frozenset({"v:a", "v:b"})}


BALTIC = ["e:iso-EE", "e:iso-LV"]


def _news():
    return ev("v:a", "d:1", "2031-06-11", BALTIC, place="Рига",
              text="Министры иностранных дел Эстонии и Латвии провели переговоры в Риге.")


def test_the_news_told_before_the_last_one_in_its_sentence_is_the_news():
    news = _news()
    mixed = ev("v:b", "d:2", "2031-06-11", BALTIC, place="Рига",
               text="Это первая встреча министров Эстонии и Латвии в Риге после перерыва: последний раз они "
                    "встречались в 2027 году.")
    news["trigger"], mixed["trigger"] = "переговоры", "встреча"
    assert grouped([news, mixed], KNOWN) == {frozenset({"v:a", "v:b"})}
    mixed["trigger"] = "встречались"  # the earlier meeting of the same sentence stays apart
    assert grouped([news, mixed], KNOWN) != {frozenset({"v:a", "v:b"})}


def test_the_news_told_after_the_last_one_past_a_contrast_is_the_news():
    news = _news()
    mixed = ev("v:b", "d:2", "2031-06-11", BALTIC, place="Рига",
               text="Последний раз министры Эстонии и Латвии встречались в 2027 году, а в среду они вновь "
                    "провели переговоры в Риге.")
    news["trigger"], mixed["trigger"] = "переговоры", "провели переговоры"
    assert grouped([news, mixed], KNOWN) == {frozenset({"v:a", "v:b"})}
    mixed["trigger"] = "встречались"  # the earlier meeting, before the contrast, stays apart
    assert grouped([news, mixed], KNOWN) != {frozenset({"v:a", "v:b"})}


PERU = {"e:iso-EC": "source", "e:iso-PE": "target"}
DEMAND = "Эквадор вновь призвал Перу разделить ответственность за поток мигрантов через границу."
FIRST = "Эквадор призвал Перу разделить ответственность за поток мигрантов через границу."


def ask(id_, doc, date, text, told="text"):
    return ev(id_, doc, date, list(PERU), type_="REQUEST", text=text, roles=PERU, told=told)


def test_an_act_told_as_repeated_is_not_the_one_of_the_day_before():
    first, again = ask("v:a", "d:1", "2031-06-10", FIRST), ask("v:b", "d:2", "2031-06-11", DEMAND, told="document")
    again["trigger"] = "призвал"
    assert grouped([first, again], KNOWN) == set()
    again["text"] = FIRST  # told without "вновь", the next day's paper retells the act of the day before
    assert grouped([first, again], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_outlets_of_the_repeated_act_of_one_day_are_one():
    one, two = ask("v:a", "d:1", "2031-06-11", DEMAND), ask("v:b", "d:2", "2031-06-11", "Эквадор снова призвал "
                                                             "Перу разделить ответственность за поток мигрантов.")
    one["trigger"] = two["trigger"] = "призвал"
    assert grouped([one, two], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_two_outlets_that_both_tell_the_act_as_repeated_on_days_apart_are_one():
    one = ask("v:a", "d:1", "2031-06-11", DEMAND)
    two = ask("v:b", "d:2", "2031-06-12", "Кито вновь призвал Перу разделить ответственность за поток мигрантов через "
              "границу.", told="document")
    one["trigger"] = two["trigger"] = "призвал"
    assert grouped([one, two], KNOWN) == {frozenset({"v:a", "v:b"})}
