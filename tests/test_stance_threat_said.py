"""Paradigm: an act of one side said to threaten something (``«Учения X угрожают стабильности», — заявил Y``): the
speaker's side holds a negative stance toward the side whose act it is, not that side toward no one; a side that
threatens another holds it itself, and a threat of nature or of no side is no stance.  Invented sentences."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,holders", [
    ("«Военные учения Перу у наших границ угрожают стабильности региона», — заявил министр обороны Чили "
     "Рауль Сепульведа.", ("Чили", "Рауль Сепульведа")),
    ("Министр иностранных дел Ганы Кваме Асанте заявил, что деятельность Того угрожает безопасности региона.",
     ("Гана", "Кваме Асанте")),
    ("«Политика Того угрожает миру в регионе», — говорится в обращении главы МИД Ганы Кваме Асанте.",
     ("Гана", "Кваме Асанте")),
    ("По словам главы МИД Ганы Кваме Асанте, строительство плотины в Того грозит региону экологической катастрофой.",
     ("Гана", "Кваме Асанте")),
    ("Глава МИД Перу Лусия Вальдес считает, что сближение Чили и Боливии угрожает интересам Перу.",
     ("Перу", "Лусия Вальдес")),
    ("«Действия Того угрожают стабильности на границе», — подчеркнул министр иностранных дел Ганы Кваме Асанте.",
     ("Гана", "Кваме Асанте")),
])
def test_stances_a_sides_act_said_to_threaten_is_the_speakers_negative_stance(stances_of, text, holders):
    found = stances_of(text)
    assert any(s[0] == "negative" and s[1] in holders for s in found), found
    assert not any(s[0] == "negative" and s[1] not in holders for s in found), found


@pytest.mark.parametrize("text,holders", [
    ("Министр иностранных дел Ганы Кваме Асанте пригрозил Того ответными мерами.", ("Гана", "Кваме Асанте")),
])
def test_stances_a_side_threatening_another_holds_the_stance_itself(stances_of, text, holders):
    assert any(s[0] == "negative" and s[1] in holders for s in stances_of(text))


@pytest.mark.parametrize("text", [
    "Засуха угрожает урожаю кукурузы на севере Ганы, сообщили синоптики.",
    "Тайфун угрожает побережью Перу, предупредили метеорологи.",
])
def test_stances_a_threat_of_no_side_is_no_stance(stances_of, text):
    assert not [s for s in stances_of(text) if s[0] == "negative"]
