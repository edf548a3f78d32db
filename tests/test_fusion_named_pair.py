"""An act told by two outlets without its actor (``была вручена нота``, ``заявлен протест``), on one day and much alike,
whose lines name the same two countries while one report's sides hold a third (the country of its dateline, one
named in the lines around it): one act (``acts.named_pair``).  Its limits: lines that name another pair, or one
country only.  Hand-made events, invented sentences."""
import pytest

from .test_fusion import grouped
from .test_fusion_sittings import KNOWN
from .test_fusion_sittings import ev as act

DAY = "2031-05-14"
PAIR, EXTRA = ["e:iso-CR", "e:iso-NI"], ["e:iso-NI", "e:iso-ES"]


def protest(id_, doc, people, text, type_="PROTEST"):
    return act(id_, doc, DAY, people, type_=type_, text=text)


@pytest.mark.parametrize(("one", "other"), [
    ("Временному поверенному в делах Никарагуа в среду вручена нота из-за задержания рыболовецкого судна у "
     "побережья Коста-Рики.",
     "Сегодня временному поверенному в делах Никарагуа вручили ноту из-за задержания рыболовецкого судна у "
     "побережья Коста-Рики, сообщило министерство."),
    ("Послу Никарагуа заявлен решительный протест из-за задержания граждан Коста-Рики на границе.",
     "Никарагуанскому послу заявлен протест из-за задержания граждан Коста-Рики на границе."),
    ("Посол Никарагуа был вызван в министерство иностранных дел Коста-Рики, где ему вручили ноту протеста.",
     "Вызванному в министерство иностранных дел Коста-Рики послу Никарагуа вручили ноту протеста."),
    ("В министерство иностранных дел Коста-Рики вызван посол Никарагуа: ему выражен протест против стрельбы на "
     "границе.",
     "Послу Никарагуа, вызванному в министерство иностранных дел Коста-Рики, выражен протест против стрельбы."),
])
def test_one_act_without_its_actor_told_with_a_third_country_in_one_reports_sides(one, other):
    a, b = protest("v:a", "d:1", PAIR, one), protest("v:b", "d:2", EXTRA, other)
    assert grouped([a, b], KNOWN) == grouped([b, a], KNOWN) == {frozenset({"v:a", "v:b"})}


def test_lines_of_another_pair_or_of_one_country_stay_apart():
    a = protest("v:a", "d:1", PAIR, "Временному поверенному в делах Никарагуа вручена нота из-за задержания "
                                    "рыболовецкого судна у побережья Коста-Рики.")
    other_pair = protest("v:b", "d:2", EXTRA, "Временному поверенному в делах Никарагуа вручена нота из-за задержания "
                                              "рыболовецкого судна у побережья Испании.")
    one_country = protest("v:c", "d:3", EXTRA, "Временному поверенному в делах Никарагуа вручена нота из-за задержания "
                                               "рыболовецкого судна у спорного побережья.")
    for other in (other_pair, one_country):
        assert grouped([a, other], KNOWN) == set(), other["text"]
