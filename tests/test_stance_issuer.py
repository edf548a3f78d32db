"""A statement quoted with no one named (``«…», — отмечается в сообщении``, ``говорится в заявлении``) is the words of
the one state body the sentences just before name, its issuer; an addressee in the dative of a passive verb of speech
(``Стороне X указано на недопустимость …``) says nothing. On sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("КИТО, 6 мая. Временного поверенного в делах Эквадора в понедельник пригласили в МИД России и "
                 "выразили ему протест. Информация размещена на официальном сайте министерства.\n\n«Эквадорской "
                 "стороне указано на недопустимость враждебных выпадов в отношении российских дипломатов», — "
                 "отмечается в сообщении.", ("negative", "Россия", "Эквадор"), id="noted_in_the_message"),
    pytest.param("ТОКИО, 3 марта. В министерстве иностранных дел Японии в понедельник был вызван посол Китая. "
                 "\"Китайской стороне указано на недопустимость подобных действий в районе островов\", - говорится в "
                 "заявлении.", ("negative", "Япония", "Китай"), id="said_in_the_statement"),
    pytest.param("В МИД Чили вызвали посла Боливии. «Боливийской стороне было указано на неприемлемость таких "
                 "заявлений», — отмечается в сообщении ведомства.", ("negative", "МИД Чили", "Боливия"),
                 id="the_ministry_s_message"),
])
def test_stance_of_a_statement_s_issuer(run, text, expected):
    assert expected in run(text)


def test_stance_of_no_state_body(run):
    assert run("Погода в регионе ухудшится к выходным, сообщили синоптики. \"Жителям указано на недопустимость выхода "
               "в море\", - говорится в сообщении.") == []
