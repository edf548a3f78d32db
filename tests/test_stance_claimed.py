"""A side's claim to its own sovereignty over a place (``нет сомнений в своём суверенитете над …``, ``обладает
неоспоримым суверенитетом над …``) is held against the other side; a claim denied or a sovereignty no one holds is none.
Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, expected", [
    pytest.param("Япония не сомневается в своем суверенитете над островами Сенкаку, заявил министр иностранных дел "
                 "Японии, отвечая на протест Китая.", [("negative", "Япония", "Китай")], id="doubt_denied"),
    pytest.param("Испания вновь потребовала переговоров. «У Соединенного Королевства нет ни малейших сомнений в своем "
                 "суверенитете над Гибралтаром», — говорится в заявлении МИД Великобритании.",
                 [("negative", "Великобритания", "Испания")], id="u_x_net_somnenij"),
    pytest.param("Представитель МИД Китая Чжоу Пэн подчеркнул, что Китай обладает неоспоримым суверенитетом над "
                 "островами Наньша. Вьетнам направил протест.",
                 [("negative", "Китай", "Вьетнам"), ("negative", "Вьетнам", None)], id="holds_sovereignty"),
    pytest.param("Эксперт отметил, что Вануату не обладает суверенитетом над островами Мэтью и Хантер, на которые "
                 "претендует Франция.", [], id="claim_denied"),
    pytest.param("Рифы Минерва, суверенитет над которыми оспаривают Фиджи и Тонга, лежат к югу от архипелага.", [],
                 id="no_one_holds_it"),
])
def test_stance_claimed(run, text, expected):
    assert run(text) == expected
