"""A subject-less verb in the clause a verb of speech says shares its subject (``X заявил, что «сожалеет» о …``); a
bare act regretted points back to the side the text spoke of; commitment reaffirmed by two sides converges; a
measure called politically motivated, an act said to contradict law or the spirit of relations, and a question that
"is not discussed" are negative (not one that was not discussed then).  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_regret_in_a_said_clause(run):
    assert ("negative", "Чили", "Перу") in run("Министр иностранных дел Чили заявил, что сожалеет о решении Перу.")


def test_opposition_in_a_said_clause(run):
    assert ("negative", "Хосе Перес", "Перу") in run(
        "Министр иностранных дел Чили Хосе Перес сказал, что выступает против санкций Перу.")


def test_bare_decision_regretted_points_back(run):
    assert ("negative", "Перу", "Чили") in run(
        "Правительство Чили ввело пошлины против Перу. Посольство Перу в Сантьяго заявило, что «сожалеет» о решении, "
        "принятом «в спешке».")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Чили и Перу подтвердили свою приверженность мирному урегулированию.",
                 [("converge", "Чили", "Перу")], id="two_sides"),
    pytest.param("Чили подтвердила приверженность договору.", [], id="one_side_alone"),
])
def test_commitment_reaffirmed(run, text, expected):
    assert run(text) == expected


def test_politically_motivated(run):
    assert ("negative", "Хуан Гомес", "Чили") in run(
        "Правительство Чили ввело пошлины против Перу. Министр иностранных дел Перу Хуан Гомес назвал пошлины "
        "«политически мотивированными».")


def test_contradicts_the_spirit_of_relations(run):
    assert ("negative", "Хуан Гомес", "Чили") in run(
        "«Решение Чили противоречит нормам международного права», — заявил министр иностранных "
        "дел Перу Хуан Гомес.")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Президент Перу Хуан Гомес заявил, что вопрос о границе с Чили «не обсуждается».",
                 [("negative", "Хуан Гомес", "Чили")], id="not_discussed"),
    pytest.param("Президент Перу Хуан Гомес сообщил, что вопрос о границе с Чили на встрече не обсуждался.", [],
                 id="was_not_discussed_then"),
])
def test_not_discussed(run, text, expected):
    assert run(text) == expected


def test_past_conduct_unfit_still_read(run):
    assert ("negative", "Хуан Гомес", "Чили") in run(
        "Министр иностранных дел Перу Хуан Гомес заявил, что деятельность атташе Чили «не соответствовала его "
        "дипломатическому статусу».")
