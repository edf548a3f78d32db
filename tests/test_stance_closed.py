"""A question closed to talks (``не является предметом переговоров``, ``обсуждению не подлежит``, ``не может быть
предметом протеста``) is a negative stance of who says so towards the other side; said without a negation, none.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    pytest.param("«Позиция Аргентины неизменна: вопрос о принадлежности островов обсуждению не подлежит», — "
                 "заявил министр иностранных дел Аргентины. Великобритания предложила провести консультации.",
                 [("negative", "Аргентина", "Великобритания")], id="not_to_be_discussed"),
    pytest.param("Министр иностранных дел Кипра заявил, что суверенитет Кипра не может быть предметом торга "
                 "с Турцией.",
                 [("negative", "Кипр", "Турция")], id="no_matter_of_bargaining"),
    pytest.param("«Новая граница заповедника закреплена законом и не может быть предметом протеста соседей», "
                 "— говорится в заявлении МИД Эквадора. Ранее Колумбия вручила ноту.",
                 [("negative", "МИД Эквадора", "Колумбия")], id="no_matter_of_protest"),
    pytest.param("Министр иностранных дел Чили сообщил, что предметом переговоров с Перу стал вопрос о рыболовстве.",
                 [],
                 id="a_matter_of_talks"),
])
def test_closed(stances_of, text, expected):
    assert stances_of(text) == expected
