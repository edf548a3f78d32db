"""A paper capitalised as its title (``подписали Протокол …``, ``Меморандум о взаимопонимании``, ``Соглашение о …``) is
the object of the act (``tellings.act_object``), not a party to skip as a name; two outlets telling one paper signed,
one with a capital letter, tell one act.  A name before the paper stays a party.  Invented sentences and countries."""
import pytest

from khronika.fusion.tellings import act_object

from .test_fusion import grouped
from .test_fusion_objects import KNOWN, agree


@pytest.mark.parametrize(("sentence", "trigger", "noun"), [
    ("Сопредседатели подписали Протокол третьего заседания Межправительственной комиссии.", "подписали", "протокол"),
    ("Министры подписали Меморандум о взаимопонимании в области туризма.", "подписали", "меморандум"),
    ("Стороны заключили Соглашение о взаимной защите инвестиций.", "заключили", "защита"),  # what it is about
    ("Лидеры утвердили Дорожную карту сотрудничества на 2031 год.", "утвердили", "карта"),
    ("По итогам переговоров подписана Декларация о стратегическом партнерстве.", "подписана", "декларация"),
    ("Президент вручил Мирославу Ковачу орден Дружбы.", "вручил", "орден"),
    ("Министры подписали с Организацией Договора о коллективной безопасности меморандум.", "подписали", "меморандум"),
])
def test_a_paper_capitalised_as_its_title_is_the_object(sentence, trigger, noun):
    assert act_object(sentence, trigger) == noun


def test_one_protocol_told_with_a_capital_by_one_outlet_is_one_act():
    capital = agree("v:a", "d:1", "2031-10-08", "В среду сопредседатели подписали Протокол, завершив "
                                                "двухдневную работу делегаций в столице.", "подписали")
    plain = agree("v:b", "d:2", "2031-10-08", "Эквадор и Вьетнам подписали в среду протокол межправительственной "
                                              "комиссии.", "подписали", ["e:iso-EC", "e:iso-VN"], source="e:iso-EC")
    assert grouped([capital, plain], KNOWN) == grouped([plain, capital], KNOWN) == {frozenset({"v:a", "v:b"})}
