"""Talks named in quotes (``переговоры «…»``, ``в рамках инициативы «…»``): one process whatever the noun, a track of
talks told broken off and resumed, its sides where the other party is told by a common noun (``правительство X и
повстанческие группы``: the one party no state its document names), its mediator none.  Invented sentences only."""
import pytest

from khronika.format_kinds import formats_in
from khronika.format_parties import unnamed_party
from tests.test_format_joint_bodies import _formats


@pytest.mark.parametrize("sentence, surface", [
    ("Делегации Чили и Перу провели третий раунд переговоров «Пасифико» в Лиме.", "переговоров «Пасифико»"),
    ("Стороны вернулись к диалогу «Дунай» после долгой паузы.", "диалогу «Дунай»"),
    ("Министры обсудили будущее процесса \"Рио-2\".", "процесса \"Рио-2\""),
    ("Переговоры в рамках инициативы «Северный мост» продолжатся в мае.",
     "Переговоры в рамках инициативы «Северный мост»"),
])
def test_talks_named_in_quotes_are_one_process_whatever_the_noun(sentence, surface):
    found = [n for n in formats_in(sentence) if n.type == "именованный процесс"]
    assert [n.surface for n in found] == [surface]
    assert found[0].name.startswith("процесс «") and found[0].name.endswith("»")


@pytest.mark.parametrize("sentence", [
    "Компании двух стран участвуют в инициативе «Пояс и путь».",  # an initiative, not talks
    "Стороны продолжили переговоры «о мире и безопасности».",  # a topic in quotes, no name
    "Министры обороны провели диалог «2+2» в Сеуле.",  # a kind named in figures
])
def test_no_named_process(sentence):
    assert not [n for n in formats_in(sentence) if n.type == "именованный процесс"]


def test_the_other_side_told_by_a_common_noun_is_the_one_party_named():
    party = {"e:front"}
    assert unnamed_party("Правительство Мали и вооруженные группы провели встречу.", {"e:iso-ML"}, party) \
        == {"e:iso-ML", "e:front"}
    assert unnamed_party("Власти Мали встретились с мятежниками.", {"e:iso-ML"}, party) == {"e:iso-ML", "e:front"}
    assert unnamed_party("Правительство Мали провело переговоры.", {"e:iso-ML"}, party) == {"e:iso-ML"}
    assert unnamed_party("Мали и повстанцы встретились.", {"e:iso-ML"}, {"e:a", "e:b"}) == {"e:iso-ML"}  # which one?


def test_a_named_process_its_break_and_resumption(tmp_path):
    found = _formats(tmp_path, a=(
        "Переговоры «Сахель» возобновились в Дакаре\n\nНджамена, 12 марта 2031 (Агентство). Правительство Чада и "
        "повстанческие группы во вторник возобновили в Дакаре переговоры в рамках инициативы «Сахель» при "
        "посредничестве Сенегала.\n\nПереговоры были прерваны в октябре, после того как стороны не смогли "
        "договориться об обмене пленными.\n\nДелегацию повстанческого альянса ФНВЧ возглавил Махамат Нури.\n"))
    found = [f for f in found if "Сахель" in f["name"]]
    assert len(found) == 1, found
    hist = {(h["status"], h["date"]) for h in found[0]["history"]}
    assert {("suspended", "2030-10"), ("resumed", "2031-03-11")} <= hist
    assert "e:iso-TD" in found[0]["sides"] and "e:iso-SN" not in found[0]["sides"]  # the mediator is no side
