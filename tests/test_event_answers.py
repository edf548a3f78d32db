"""An answer to come is a threat in its sibling forms (senses.no_threat): ``ответит`` and ``даст ответ``, a state, its
capital or its body the subject, or the teller of a clause (``предупредил, что ответит``); not an answer to a question,
a letter or a proposal, not one of a person or a company, nor one given in the past.  And an act judged interference
or blackmail (``назвал шаг соседей вмешательством в дела страны``) is an accusation (evaluation.py)."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(read_news):
    """The types of the events of a text published on 2024-03-15."""
    return lambda text: [e.type for e in read_news(text, "2024-03-15").events]


@pytest.mark.parametrize("text", [
    "Египет даст ответ на действия Эфиопии.",
    "Каир даст адекватный ответ на провокации.",
    "Глава МИД Мали предупредил, что Бамако «даст ответ на любые попытки вмешательства».",
    "Министр предупредил, что Каир даст ответ на любые недружественные шаги Аддис-Абебы.",
    "Лима ответит на любые попытки давления.",
    "Кито предупредил Лиму, что ответит на высылку дипломатов.",
])
def test_an_answer_to_come_is_a_threat(types, text):
    assert "THREATEN" in types(text)


@pytest.mark.parametrize("text", [
    "Министр дал ответ на вопрос журналиста.",
    "Египет дал ответ на предложение Эфиопии.",
    "Посольство даст ответ на запрос в течение недели.",
    "Тренер даст ответ на критику болельщиков.",
    "Министр ответит на вопросы журналистов в пятницу.",
    "Лима ответила на ноту Кито во вторник.",
])
def test_an_answer_given_or_to_a_question_is_no_threat(types, text):
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "Министр назвал заявление Лимы «вмешательством во внутренние дела».",
    "Министр назвал заявление Лимы вмешательством во внутренние дела Чили.",
    "Кито считает требование Лимы вмешательством в дела Эквадора.",
    "МИД Чили расценил действия Перу как вмешательство во внутренние дела страны.",
    "Министр назвал требования Кито шантажом.",
])
def test_an_act_judged_interference_or_blackmail_is_an_accusation(types, text):
    assert types(text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Министр назвал заявление Лимы важным шагом.",
    "Тренер назвал решение судьи вмешательством в игру.",
    "Премьер заявил, что Чили выступает против вмешательства во внутренние дела соседей.",
    "Министр заявил, что Чили «не допустит никакого вмешательства извне».",
    "Министр заявил журналистам, что Перу «не станет терпеть любые попытки вмешательства со стороны "
    "соседей».",
    "Министр не назвал заявление Лимы вмешательством.",
])
def test_no_judgement_of_a_side_is_no_accusation(types, text):
    assert "ACCUSE" not in types(text)
