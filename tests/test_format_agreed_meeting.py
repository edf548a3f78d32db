"""A meeting agreed on told by its noun (``договорились о проведении саммита``, ``О встрече лидеры условились …``) is
planned, not held; the day of the talks it was agreed at (``в ходе телефонного разговора 16 марта``) is not its day
(invented sentences, other countries)."""
import pytest

from khronika.format_status import AGREED_TO_HOLD
from tests.test_format_carry import ingested_formats


@pytest.mark.parametrize("sentence, agreed", [
    ("Президенты договорились о проведении саммита в Лиме.", True),
    ("О встрече лидеры двух стран условились в ходе телефонного разговора.", True),
    ("Стороны договорились о следующей встрече в Кито.", True),
    ("Министры согласились о новом раунде консультаций.", True),
    ("Стороны договорились о поставках зерна.", False),  # no meeting
    ("О встрече в Лиме сообщил министр.", False),  # told, not agreed
])
def test_a_meeting_agreed_on_by_its_noun(sentence, agreed):
    assert bool(AGREED_TO_HOLD.search(sentence)) is agreed


@pytest.mark.parametrize("sentence", [
    "О проведении саммита в Лиме президенты Перу и Чили условились в ходе телефонного разговора 16 марта.",
    "Президенты Перу и Чили договорились о проведении саммита в Лиме в ходе телефонного разговора 16 марта.",
    "Президенты Перу и Чили в ходе телефонного разговора 16 марта договорились провести саммит в Лиме.",
])
def test_a_summit_agreed_in_a_call_is_planned_undated(tmp_path, sentence):
    text = f"Саммит Перу и Чили\n\nЛима, 21 марта 2027 года. {sentence}\n"
    history = [(h["status"], h["date"]) for f in ingested_formats(tmp_path, text) for h in f["history"]]
    assert ("planned", None) in history
    assert not any(date and date.endswith("-03-16") for _, date in history)


def test_a_meeting_agreed_in_a_call_keeps_the_day_it_is_planned_for(tmp_path):
    text = ("Саммит Перу и Чили\n\nЛима, 21 марта 2027 года. Президенты Перу и Чили в ходе телефонного разговора "
            "16 марта договорились провести саммит в Лиме 16 мая.\n")
    history = [(h["status"], h["date"]) for f in ingested_formats(tmp_path, text) for h in f["history"]]
    assert ("planned", "2027-05-16") in history
