"""A border crossing closed in a dispute opened again is a concession (``data/event_triggers.tsv``, CONCEDE; issue 10,
item 4): ``вновь открыло пограничный переход``, ``возобновило работу пункта пропуска``, ``объявил о повторном открытии
границы``; a museum or an embassy opened again is none of it.  Invented news of other countries."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "ЛИМА, 5 апреля. Перу возобновило во вторник работу пограничного перехода с Чили.",
    "ТЕГУСИГАЛЬПА, 5 апреля. Правительство Гондураса во вторник вновь открыло пограничный пункт на границе с "
    "Сальвадором.",
    "НДЖАМЕНА, 5 апреля. Чад в ответ объявил о повторном открытии пограничного перехода с Камеруном.",
    "БОГОТА, 5 апреля. Власти Колумбии вновь открыли границу с Венесуэлой.",
])
def test_a_crossing_opened_again_is_a_concession(types_of, text):
    assert "CONCEDE" in types_of(text, "2028-04-05")


@pytest.mark.parametrize("text", [
    "ЛИМА, 5 апреля. Национальный музей Перу вновь открыл двери для посетителей.",
    "ЛИМА, 5 апреля. Перу вновь открыло посольство в Каракасе.",
])
def test_other_things_opened_again_are_no_concession(types_of, text):
    assert "CONCEDE" not in types_of(text, "2028-04-05")
