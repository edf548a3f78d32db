"""An office without a country whose holder signs ``с X-ским и Y-ским коллегами`` is of neither X nor Y: both
adjectives name the colleagues' countries, and the document's other side is the holder's (invented news)."""
import pytest

pytestmark = pytest.mark.slow

TEXT = ("Президент Сомали Хасан Шейх Мохамуд вернулся в Могадишо после саммита Сомали, Кении и Эфиопии. "
        "Лидеры Сомали, Кении и Эфиопии подписали декларацию. Президент Кении Уильям Руто и премьер Эфиопии "
        "Абий Ахмед заявили о поддержке декларации, Кения и Эфиопия обещали помощь. Сомали благодарит Кению "
        "и Эфиопию. Министр иностранных дел Ахмед Фики, сопровождавший президента, подписал с кенийским и "
        "эфиопским коллегами меморандум о сотрудничестве.")


def test_the_holder_is_of_neither_colleagues_country(lima_news):
    doc = lima_news(TEXT)
    names = {e.id: e.name for e in doc.entities}
    [fiki] = [r for r in doc.roles if names.get(r.person) == "Ахмед Фики"]
    assert names.get(fiki.of, fiki.of) not in ("Кения", "Эфиопия")
