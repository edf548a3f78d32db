"""A standing group of three or more states told by its meeting and the group it gathers (``второе консультативное
совещание лидеров трех стран``): a format of those states with rounds where its document numbers its meetings and
names no mechanism; where one is named, the meeting is that one's (invented sentences, other countries)."""
import pytest

from khronika.format_rounds import round_in
from khronika.formats import formats_in
from tests.test_format_carry import ingested_formats

GROUP = "встречи группы государств"


@pytest.mark.parametrize("sentence, name", [
    ("Президенты провели в Кито третье консультативное совещание лидеров трех стран.",
     "консультативное совещание лидеров"),
    ("Министр участвовал во второй встрече министров иностранных дел четырех государств.",
     "встреча министров иностранных дел"),
    ("Очередной саммит глав государств пяти стран пройдет в Ашхабаде.", "саммит глав государств"),
    ("Следующее, шестое совещание премьер-министров трех государств намечено на осень.",
     "совещание премьер-министров"),
])
def test_a_meeting_of_a_group_of_states_in_any_case_and_word_order(sentence, name):
    assert name in [n.name for n in formats_in(sentence) if n.type == GROUP]


@pytest.mark.parametrize("sentence", [
    "Это пятая встреча лидеров двух стран за год.",  # two states meeting again: no standing group
    "Лидеры трех стран встретились в Риге.",  # no meeting noun before the group
])
def test_no_group_of_states(sentence):
    assert not [n for n in formats_in(sentence) if n.type == GROUP]


@pytest.mark.parametrize("sentence, number", [
    ("Четвертое совещание министров прошло в Минске.", 4),
    ("Стороны провели 12-е совещание экспертов.", 12),
])
def test_a_meeting_called_a_conference_is_numbered(sentence, number):
    assert round_in(sentence) == number


@pytest.mark.slow
def test_a_group_of_three_states_meets_in_rounds(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Астана, 12 марта 2031 (Казинформ). Президент Казахстана, президент Узбекистана и президент Киргизии провели "
        "во вторник в Астане третье консультативное совещание лидеров трех стран.\n\n"
        "Второе такое совещание прошло в Ташкенте в мае 2029 года.\n\n"
        "Следующее, четвертое консультативное совещание лидеров трех стран пройдет в Бишкеке в 2032 году.\n"))
    group = [f for f in formats if f["type"] == GROUP]
    assert [sorted(f["sides"]) for f in group] == [["e:iso-KG", "e:iso-KZ", "e:iso-UZ"]]
    assert {(h["status"], h["round"], h["date"]) for h in group[0]["history"]} >= {
        ("round", 3, "2031-03-11"), ("planned", 4, "2032")}


@pytest.mark.slow
def test_a_group_meeting_of_a_named_mechanism_is_that_ones(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Токио, 12 марта 2031. Лидеры Японии, Китая и Республики Корея провели в Токио трехсторонний саммит.\n\n"
        "Это десятая встреча лидеров трех стран.\n"))
    assert not [f for f in formats if f["type"] == GROUP]
