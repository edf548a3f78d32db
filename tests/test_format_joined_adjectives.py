"""A dialogue named by adjectives joined (``стратегический и экономический диалог``, ``экономического и финансового
стратегического диалога``) is one format of that whole name, not the strategic dialogue nor an economic one; a meeting
told with one side and set in the other country of its document's two has that host as its other side.  Invented
sentences only."""
import pytest

from khronika.format_kinds import formats_in
from khronika.format_names import nominative
from khronika.format_parties import host_side
from tests.test_format_idle_and_joint import _history


@pytest.mark.parametrize("sentence, name", [
    ("Министры провели в Вашингтоне второй раунд Стратегического и экономического диалога США и Индии.",
     "стратегический и экономический диалог"),
    ("Шестой раунд экономического и финансового стратегического диалога намечен на март.",
     "экономический и финансовый стратегический диалог"),
    ("Политический и торговый диалог двух стран продолжится в мае.", "политический и торговый диалог"),
    ("Стороны провели пятый стратегический диалог.", "стратегический диалог"),  # one adjective: the kind
])
def test_a_dialogue_named_by_joined_adjectives(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def test_joined_adjectives_all_put_in_the_nominative():
    assert nominative("экономического и финансового стратегического диалога") == \
        "экономический и финансовый стратегический диалог"
    assert nominative("Совместной комиссии по торговле и инвестициям") == \
        "совместная комиссия по торговле и инвестициям"  # after the noun: as written


def test_the_host_of_a_meeting_told_with_one_side_is_its_other_side():
    assert host_side({"e:iso-NO"}, ("e:iso-NO", "e:iso-JP"), {"e:iso-JP"}) == {"e:iso-NO", "e:iso-JP"}
    assert host_side({"e:iso-NO"}, ("e:iso-NO", "e:iso-JP"), {"e:iso-CH"}) == {"e:iso-NO"}  # a third country's city
    assert host_side({"e:iso-NO"}, ("e:iso-NO", "e:iso-JP"), set()) == {"e:iso-NO"}
    two = {"e:iso-NO", "e:iso-SE"}
    assert host_side(two, ("e:iso-NO", "e:iso-JP"), {"e:iso-JP"}) == two  # two sides told: as told


def test_a_round_put_off_in_the_other_sides_capital(tmp_path):
    hist = _history(tmp_path, "Осло отложило диалог с Токио\n\nОсло, 20 ноября 2030 /NTB/. Правительство Норвегии "
                    "вызвало посла Японии. Одновременно Осло объявило, что третий раунд экономического и "
                    "энергетического диалога, намеченный на 7 декабря в Токио, откладывается. Японский МИД выразил "
                    "сожаление.\n", "экономический и энергетический диалог")
    assert ("postponed", 3, "2030-12-07") in hist
