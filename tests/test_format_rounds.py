"""The round of a meeting as the event stage reads it (``stages/events/rounds.py``), on lemmas of our own."""
from types import SimpleNamespace

import pytest

from khronika.settings import DEFAULT
from khronika.stages.events.rounds import round_of


def words(text):
    """A sentence as ``round_of`` reads it: its tokens over the document's text."""
    return SimpleNamespace(tokens=[SimpleNamespace(start=0, stop=len(text))], v=SimpleNamespace(text=text),
                           settings=DEFAULT.events)


@pytest.mark.parametrize("text, rnd", [
    ("В Женеве прошел 20-й раунд", 20),
    ("15-е заседание комиссии", 15),
    ("четвертый раунд", 4),
    ("Вчера прошел второй раунд консультаций", 2),  # the word before is no ordinal
    ("Прошло второе заседание комиссии.", 2),  # "второе" is also a noun
    ("Заседание совета стало седьмым по счету.", 7),
    ("В Минске состоялось 14-е по счету заседание совета.", 14),
    ("двадцать вторая пленарная встреча экспертов", 22),
    ("Первая встреча после перерыва", None),
    ("20 раундов", None),  # a count, not an ordinal
])
def test_round_of_words_and_digits(text, rnd):
    assert round_of(words(text)) == rnd


def test_first_rounds_told_together_each_with_its_own_date():
    from khronika.format_rounds import first_rounds

    text = "Первые две встречи прошли в Лиме (март 2015 года) и в Сантьяго, третья намечена на осень."
    got = [(k, text[a:b]) for k, a, b in first_rounds(text)]
    assert [k for k, _ in got] == [1, 2]
    assert "март 2015" in got[0][1] and "Сантьяго" in got[1][1] and "осень" not in got[1][1]
    # the places not told one by one: the rounds, with no span for a date
    assert [(k, a == b) for k, a, b in first_rounds("Первые три раунда консультаций прошли в Женеве.")] == \
        [(1, True), (2, True), (3, True)]
    assert first_rounds("Первая встреча прошла в Лиме.") == []


@pytest.mark.parametrize("sentence", [
    "Заседания комиссии не проводились с марта 2019 года.",
    "С 2019 года эксперты двух стран не встречались.",
])
def test_no_meetings_since_a_date_is_a_suspension(sentence):
    from khronika.format_status import NO_MEETINGS_SINCE, status_of

    assert status_of(sentence, []) == "suspended" and NO_MEETINGS_SINCE.search(sentence)


def test_first_time_with_an_instrument_is_no_break():
    from khronika.format_status import AFTER_BREAK

    assert not AFTER_BREAK.search("Впервые с помощью спутника учёные провели встречу.")
    assert AFTER_BREAK.search("Министры встретились впервые с 2019 года.")


def test_rounds_listed_one_by_one_each_with_its_clause():
    from khronika.format_rounds import first_rounds

    text = "Первое заседание прошло в Баку в мае 2019 года, второе — в Ереване в июне 2021-го, третье — в Тбилиси."
    got = [(k, text[a:b]) for k, a, b in first_rounds(text)]
    assert [k for k, _ in got] == [1, 2, 3] and "2019" in got[0][1] and "2021" in got[1][1] and "2021" not in got[2][1]
    assert first_rounds("Первое, что сделали министры, — второе обсуждение бюджета.") == []


@pytest.mark.parametrize("word, n", [
    ("третье", 3), ("Третьей", 3), ("ДЕВЯТЫЙ", 9), ("14-е", 14), ("7-й", 7), ("XII", 12), ("ХІ", 11),
    ("следующее", None), ("Пятница", None),
])
def test_the_round_an_ordinal_tells_in_any_form(word, n):
    from khronika.format_rounds import ordinal_number

    assert ordinal_number(word) == n
