"""Praise of the sides' dealings (a meeting, a joint body or mechanism, the relations) is of the other side, when no
other is named beside it; the body praised is no side itself. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Кении назвал переговоры с Танзанией «поворотными» для двусторонних "
                 "отношений.", [("positive", "Кения", "Танзания")], id="talks_called_a_turning_point"),
    pytest.param("Переговоры стали переломными для отношений Египта и Судана, заявил министр иностранных дел Египта.",
                 [("positive", "Египет", "Судан")], id="talks_became_a_turning_point"),
    pytest.param("«Межпарламентская комиссия стала эффективным инструментом, который позволяет снимать барьеры в "
                 "торговле», — отметил спикер парламента Казахстана по итогам заседания с Киргизией.",
                 [("positive", "Казахстан", "Киргизия")], id="a_body_become_an_effective_tool"),
    pytest.param("Министр иностранных дел Кении назвал заседание совместной комиссии с Танзанией плодотворным.",
                 [("positive", "Кения", "Танзания")], id="a_sitting_called_fruitful"),
    pytest.param("Министр иностранных дел Кении Алфред Муту провел переговоры с коллегой из Танзании. Муту назвал "
                 "переговоры плодотворными. Ранее он посетил Уганду и Руанду.",
                 [("positive", "Алфред Муту", "Танзания")], id="the_side_the_sentence_before_names"),
    pytest.param("Министр иностранных дел Литвы заявил, что санкции стали эффективным инструментом давления.",
                 [], id="a_tool_of_no_dealings"),
    pytest.param("Министры иностранных дел Армении и Азербайджана встретились в Париже. Министр иностранных дел "
                 "Франции назвал встречу поворотной.", [], id="no_one_other_side"),
    pytest.param("«Диалог может быть полезным», — считает польский аналитик Марек Новацкий, говоря о переговорах с "
                 "Белоруссией.", [], id="an_analysts_of_no_side"),
])
def test_stance_dealings_praised(run, text, expected):
    assert run(text) == expected
