"""An act called a policy or an attempt of pressure, blackmail or intimidation (``назвал меры «попыткой шантажа»``,
``расценили запрет как элемент политики давления``) is a negative judgement of whose act it is. Invented
sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Эстония запретила въезд трем российским депутатам. В Москве этот запрет назвали элементом "
                 "политики давления.", ("negative", "Россия", "Эстония"), id="policy_of_pressure"),
    pytest.param("Официальный представитель МИД Ирана Насер Канани прокомментировал решение Канады о новых "
                 "ограничениях. Эти меры он назвал «очередной попыткой шантажа».",
                 ("negative", "Насер Канани", "Канада"), id="attempt_of_blackmail"),
])
def test_pressure_called_so_is_a_negative_judgement(run, text, expected):
    assert expected in run(text)
