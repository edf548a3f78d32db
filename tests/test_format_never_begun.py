"""A round that never began (``так и не начался второй раунд переговоров``) is called off; a contraction of a name's
words (``по защите нацменьшинств``) is the name spelt out; ``двусторонние консультации по …`` and ``консультации по
…`` of the same two sides are one mechanism.  Invented sentences only."""
import pytest

from khronika.format_kinds import formats_in
from khronika.format_status import status_of
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, status", [
    ("Второй раунд переговоров так и не начался.", "cancelled"),
    ("В среду в Тарту так и не началась пятая сессия комиссии: делегация не приехала.", "cancelled"),
    ("Переговоры так и не начались из-за бойкота.", "cancelled"),
    ("Третий раунд консультаций начался в среду в Тарту.", None),  # begun: its event tells it held
    ("Переговоры так и не дали результата.", None),
])
def test_a_round_that_never_began_is_called_off(sentence, status):
    assert status_of(sentence, []) == status


def test_a_contracted_name_is_spelt_out():
    names = [n.name for n in formats_in("Стороны провели второй раунд консультаций по защите нацменьшинств.")]
    assert "консультации по защите национальных меньшинств" in names


def test_bilateral_consultations_and_the_consultations_of_two_sides_are_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Консультации в Тарту\n\nТарту, 12 марта 2031 /ERR/. Эстония и Латвия провели в Тарту второй раунд "
                    "двусторонних консультаций по защите национальных меньшинств. Первый раунд прошел в Риге в мае "
                    "2030 года.\n\nТретий раунд консультаций по защите нацменьшинств Эстония и Латвия договорились "
                    "провести в Риге в 2032 году.\n", encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if "меньшинств" in f["name"]]
    assert len(found) == 1, [f["name"] for f in found]
    hist = [(h["status"], h["round"], h["date"]) for h in found[0]["history"]]
    assert ("round", 2, "2031-03-12") in hist and ("planned", 3, "2032") in hist
