"""The demand frame (stances/demand.py): a side urged or required to stop or refrain is the other side of a negative
stance of who urges it.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Министр иностранных дел Эквадора призвал Колумбию прекратить обстрелы приграничных районов.",
                 ("negative", "Эквадор", "Колумбия"), id="urged_to_stop"),
    pytest.param("МИД Грузии потребовал от Армении прекратить строительство.",
                 ("negative", "МИД Грузии", "Армения"), id="required_of"),
    pytest.param("Президент Чили призывает Аргентину воздержаться от односторонних шагов.",
                 ("negative", "Чили", "Аргентина"), id="urged_to_refrain"),
    pytest.param("Премьер-министр Словакии потребовал от Венгрии отказаться от планов строительства плотины.",
                 ("negative", "Словакия", "Венгрия"), id="required_to_give_up"),
])
def test_a_side_urged_to_stop(run, text, expected):
    assert expected in run(text)


@pytest.mark.parametrize("text", [
    pytest.param("Министр иностранных дел Кении призвал Уганду продолжить переговоры.", id="urged_to_go_on"),
    pytest.param("Генсек ООН призвал стороны прекратить огонь.", id="no_side_named"),
    pytest.param("Президент Ганы призвал прекратить насилие в регионе.", id="nobody_addressed"),
])
def test_no_demand_stance(run, text):
    assert run(text) == []
