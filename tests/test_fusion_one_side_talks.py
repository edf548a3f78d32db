"""Talks of a state with a party that is no state (rebels, a movement), told by two outlets that each name the one
state side: one kind of talks named in more than a word by both (``мирные переговоры``), on one day in one city,
somewhat alike, is one sitting (``meeting_link._one_named_body``).  Its limits: talks named by one word only, two
pairs with a host in common, another city or day.  Hand-made events, invented sentences."""
from .test_fusion import grouped
from .test_fusion_sittings import KNOWN, ev

DAY = "2031-09-18"
ENDED = ("Делегации правительства Чада и Фронта за перемены в четверг завершили в Ломе четвертый раунд "
         "мирных переговоров.")
STATEMENT = ("Об этом говорится в совместном заявлении делегаций, зачитанном в Ломе по завершении очередного раунда "
             "мирных переговоров правительства Чада.")


def test_talks_with_a_party_that_is_no_state_told_by_two_outlets_are_one():
    ended = ev("v:a", "d:1", DAY, ["e:iso-TD"], place="Ломе", rnd=4, text=ENDED)
    statement = ev("v:b", "d:2", DAY, ["e:iso-TD"], place="Ломе", text=STATEMENT)
    assert grouped([ended, statement], KNOWN) == grouped([statement, ended], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_talks_of_another_city_or_day_stay_apart():
    ended = ev("v:a", "d:1", DAY, ["e:iso-TD"], place="Ломе", rnd=4, text=ENDED)
    city = ev("v:b", "d:2", DAY, ["e:iso-TD"], place="Доха", text=STATEMENT.replace("Ломе", "Дохе"))
    day = ev("v:c", "d:3", "2031-09-25", ["e:iso-TD"], place="Ломе", text=STATEMENT)
    for other in (city, day):
        assert grouped([ended, other], KNOWN) == set(), other["id"]


def test_one_word_talks_or_two_pairs_with_a_host_in_common_stay_apart():
    one_word = ev("v:a", "d:1", DAY, ["e:iso-TD"], place="Ломе",
                  text="Делегации правительства Чада и повстанцев в четверг провели в Ломе консультации.")
    other = ev("v:b", "d:2", DAY, ["e:iso-TD"], place="Ломе",
               text="По завершении консультаций в Ломе делегации правительства Чада зачитали заявление.")
    assert grouped([one_word, other], KNOWN) == set()
    host_td = ev("v:c", "d:3", DAY, ["e:iso-TG", "e:iso-TD"], place="Ломе",
                 text="Того и Чад в четверг завершили в Ломе раунд мирных переговоров.")
    host_ne = ev("v:d", "d:4", DAY, ["e:iso-TG", "e:iso-NE"], place="Ломе",
                 text="Того и Нигер в четверг завершили в Ломе раунд мирных переговоров.")
    assert grouped([host_td, host_ne], KNOWN) == set()
