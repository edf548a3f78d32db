"""Talks of a government with a movement told by their rounds alone (``по итогам третьего раунда переговоров``): a
format of the two where the document numbers them; two states' bare rounds are none (invented sentences, other
countries and movements)."""
import pytest

from khronika.formats import formats_in
from tests.test_format_carry import ingested_formats

PARTY = "переговоры с негосударственной стороной"


@pytest.mark.parametrize("sentence", [
    "Стороны подвели итоги второго раунда переговоров в Осло.",
    "Пятый раунд консультаций завершился в Женеве.",
    "Шестой раунд диалога пройдет в феврале.",
    "Стороны провели 12-й раунд переговоров.",
])
def test_talks_told_by_their_round_in_any_noun_of_talks(sentence):
    assert [n.name for n in formats_in(sentence) if n.type == PARTY]


@pytest.mark.parametrize("sentence", [
    "Стороны провели раунд переговоров о разделе акватории.",  # talks about something: theirs
    "Третий раунд переговоров Эфиопии и Эритреи прошел в Каире.",  # the sides after it: theirs
    "Очередной раунд переговоров пройдет в феврале.",  # the next one: of the format named before
    "Предыдущий, 19-й раунд консультаций прошел в Женеве.",
    "Первые два раунда переговоров прошли в Осло.",
])
def test_talks_of_a_kind_of_their_own_are_not_bare_rounds(sentence):
    assert not [n for n in formats_in(sentence) if n.name.startswith("раунд переговоров")]


@pytest.mark.slow
def test_a_government_and_a_movement_meet_in_rounds(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Манагуа, 14 марта 2031 (EFE). Делегация правительства Никарагуа и представители Фронта освобождения "
        "Атлантического побережья (ФОАП) по итогам второго раунда переговоров в Осло договорились об обмене "
        "пленными.\n\nПервый раунд прошел в январе в Гаване. Третий раунд стороны намерены провести в мае 2031 "
        "года.\n"))
    talks = [f for f in formats if f["type"] == PARTY]
    assert len(talks) == 1 and "e:iso-NI" in talks[0]["sides"] and len(talks[0]["sides"]) == 2
    assert {(h["status"], h["round"]) for h in talks[0]["history"]} >= {("round", 2), ("planned", 3)}


@pytest.mark.slow
def test_two_states_bare_rounds_are_no_format(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Лима, 14 марта 2031. Делегации Перу и Чили по итогам второго раунда переговоров в Лиме договорились "
        "об обмене данными.\n\nТретий раунд стороны намерены провести в мае 2031 года.\n"))
    assert not [f for f in formats if f["type"] == PARTY]


@pytest.mark.slow
def test_bare_rounds_and_the_talks_another_outlet_names_are_one_format(tmp_path):
    from tests.test_format_history_told import ingested_formats as ingested

    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    one.write_text(
        "Манагуа, 14 марта 2031 (EFE). Делегация правительства Никарагуа и представители Фронта освобождения "
        "Атлантического побережья (ФОАП) по итогам второго раунда переговоров в Осло договорились об обмене "
        "пленными.\n\nПервый раунд прошел в январе в Гаване.\n", encoding="utf-8")
    two.write_text(
        "Осло, 14 марта 2031 (NTB). В Осло завершился второй раунд мирных переговоров правительства Никарагуа и "
        "Фронта освобождения Атлантического побережья. Третий раунд мирных переговоров пройдет в мае.\n",
        encoding="utf-8")
    talks = [f for f in ingested(tmp_path, one, two) if "переговор" in f["name"]]
    assert len(talks) == 1, [f["name"] for f in talks]
