"""A foreign report naming the ministries of two countries (``МИД X направил ноту МИД Y``) tells of its own, the one
of its dateline's country, bare (``отмечается в сообщении МИД``). Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


def test_bare_ministry_of_a_foreign_report_is_its_datelines_countrys(run):
    text = ("Таллин, 9 апреля /ERR/ – МИД Эстонии в четверг направил ноту МИД Финляндии из-за задержания "
            "эстонского рыболовного судна в Финском заливе.\n\n"
            "Министерство потребовало освободить экипаж. МИД Эстонии также сообщил о консультациях с Еврокомиссией.\n\n"
            "«Действия финской береговой охраны незаконны», – отмечается в "
            "сообщении МИД.")
    holders = {s[1] for s in run(text) if s[0] == "negative"}
    assert holders and holders <= {"МИД Эстонии", "Эстония"}
