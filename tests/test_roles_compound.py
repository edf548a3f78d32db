"""Compound positions read whole: a plural title completing a body's name (``кабинета министров``), and a state's
executive body named bare, which stays in the position while the country comes from the text (sentences written for
these tests)."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def roles(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        names = {e.id: e.name for e in doc.entities}
        return {(names.get(r.person), r.position.lower(), names.get(r.of, r.of)) for r in doc.roles}
    return go


def test_roles_plural_title_in_a_bodys_name_completes_the_position(roles):
    found = roles("Генеральный секретарь кабинета министров Японии Ясуо Танака заявил протест.")
    assert ("Ясуо Танака", "генеральный секретарь кабинета министров", "Япония") in found, found
    found = roles("В Японии генеральный секретарь кабинета министров Ясуо Танака заявил протест.")
    assert ("Ясуо Танака", "генеральный секретарь кабинета министров", "Япония") in found, found


def test_roles_bare_state_body_stays_in_the_position_of_the_sides_country(roles):
    found = roles("С бразильской стороны – Председатель Правительства Карлос Сильва, Руководитель Администрации "
                  "Президента Жуан Перейра; с аргентинской стороны – министр экономики Луис Капуто.")
    assert ("Карлос Сильва", "председатель правительства", "Бразилия") in found, found
    assert ("Жуан Перейра", "руководитель администрации президента", "Бразилия") in found, found
    assert ("Луис Капуто", "министр экономики", "Аргентина") in found, found



def test_plural_title_in_a_bodys_name_stays_a_title_of_its_own():
    from khronika.records import Token
    from khronika.stages.roles.parse import agreeing_heads

    words = (("член", "Nom", "Sing"), ("Палаты", "Gen", "Sing"), ("представителей", "Gen", "Plur"))
    tokens = [Token(i * 20, i * 20 + len(w), w, id=f"1_{i + 1}", pos="NOUN", feats={"Case": c, "Number": n})
              for i, (w, c, n) in enumerate(words)]
    assert agreeing_heads(tokens, None) == [0]  # "кабинета министров": the plural completes the position
    assert agreeing_heads(tokens, None, named=frozenset({1, 2})) == [0, 2]  # inside an organisation's name


def test_roles_bare_state_body_named_with_its_country_keeps_its_plural_title(roles):
    found = roles("Председатель Кабинета Министров КНДР Ким Тэ Сик принял делегацию.")
    assert ("Ким Тэ Сик", "председатель кабинета министров", "КНДР") in found, found
