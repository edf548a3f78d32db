"""An ethnonym adjective several countries share (``корейский``: data/shared_demonyms_ru.tsv) names the one of them
the document names most often (roles/places.py ``adjective_side``; sentences and persons invented for these tests)."""
import pytest

from khronika import gazetteer


def test_a_shared_adjective_names_each_of_its_countries():
    assert {c.code for c in gazetteer.shared_adjective_countries("корейскую")} == {"KR", "KP"}
    assert gazetteer.shared_adjective_countries("перуанскую") == ()


@pytest.mark.slow
def test_an_elided_side_told_by_a_shared_adjective_is_the_korea_the_text_names(roles):
    got = roles("Министры иностранных дел Перу и Республики Корея провели переговоры в Лиме. Перуанскую сторону "
                "представлял министр иностранных дел Хуан Кастро, корейскую — заместитель министра иностранных дел "
                "Ким Сон Ук.")
    assert ("Ким Сон Ук", "заместитель министра иностранных дел", "Южная Корея") in got
    assert ("Ким Сон Ук", "заместитель министра иностранных дел", "Перу") not in got



@pytest.mark.slow
def test_a_title_after_a_shared_adjective_is_of_that_korea_not_of_the_host(roles):
    got = roles("Республика Корея и Польша провели переговоры в Варшаве. Польша и Польская академия наук приняли "
                "гостей, Польша довольна. Корейский министр обороны Пак Чон Хо назвал встречу полезной.")
    assert ("Пак Чон Хо", "министр обороны", "Южная Корея") in got


@pytest.mark.slow
def test_a_title_after_a_shared_adjective_is_of_the_korea_named_most(roles):
    got = roles("Делегация КНДР прибыла в Пекин, переговоры КНДР и Китая продлятся два дня. Корейский министр "
                "иностранных дел Ли Сон Гвон заявил, что Южная Корея не приглашена.")
    assert ("Ли Сон Гвон", "министр иностранных дел", "КНДР") in got
