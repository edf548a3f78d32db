"""A joint body's topic read to its sphere (``по сотрудничеству в области энергетики``), a joint body told without
sides in a document about two countries, and one numbered session two outlets name the body of differently (planned
by one, put off by the other).  Invented sentences only."""
import pytest

from khronika.format_proper import by_topic
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, topic", [
    ("комиссии по сотрудничеству в области энергетики двух стран", "сотрудничеству в области энергетики"),
    ("совета по взаимодействию в сфере образования и науки", "взаимодействию в сфере образования и науки"),
    ("группы по сотрудничеству в вопросах миграции", "сотрудничеству в вопросах миграции"),
    ("комитета по торговле в Мапуту во вторник", "торговле"),  # a place: a new phrase
    ("комиссии по рыболовству в этом году", "рыболовству"),
])
def test_a_topic_goes_on_with_its_sphere(sentence, topic):
    at = sentence.index(" по ") + len(" по")
    assert by_topic(sentence, at)[0] == topic


def _formats(tmp_path, **texts) -> list[dict]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return ingested_formats(tmp_path, *paths)


def test_one_session_planned_by_one_outlet_put_off_by_another(tmp_path):
    found = _formats(tmp_path, b=(
        "Литва отложила заседание комитета с Польшей\n\nВильнюс, 3 июня 2031 (ЭЛТА). Литва и Польша договорились "
        "перенести встречу. Министр иностранных дел Литвы заявил, что очередное, пятое по счету заседание "
        "совместного комитета по энергетике, которое должно было пройти 20 июня, откладывается до осени.\n"), c=(
        "Польша и Литва готовятся к заседанию комитета\n\nВаршава, 1 июня 2031 (ПАП). Пятое заседание Совместного "
        "комитета по сотрудничеству в области энергетики Польши и Литвы намечено на 20 июня в Вильнюсе. Первое "
        "заседание комитета прошло в Варшаве в марте 2029 года.\n"))
    found = [f for f in found if "комитет" in f["name"]]
    assert len(found) == 1, [f["name"] for f in found]
    assert found[0]["name"].startswith("совместный комитет по сотрудничеству в области энергетики")
    hist = {(h["status"], h["round"], h["date"]) for h in found[0]["history"]}
    assert {("round", 1, "2029-03"), ("postponed", 5, "2031-06-20")} <= hist
    assert ("round", 5, "2031-06-03") not in hist  # put off, not held on the day of the report


def test_a_joint_body_told_without_sides_is_of_the_two_countries_of_its_document(tmp_path):
    found = _formats(tmp_path, d=(
        "Норвегия и Исландия спорят о квотах\n\nОсло, 4 мая 2031 (НТБ). Норвегия обвинила Исландию в нарушении "
        "договоренностей о вылове сельди. Министр рыболовства предложил провести внеочередное заседание "
        "смешанной комиссии по рыболовству. Третье заседание комиссии прошло в Рейкьявике "
        "в мае 2030 года. Исландия пока не ответила.\n"))
    found = [f for f in found if "смешанная комиссия" in f["name"]]
    assert len(found) == 1 and set(found[0]["sides"]) == {"e:iso-NO", "e:iso-IS"}, found
    assert ("round", 3, "2030-05") in {(h["status"], h["round"], h["date"]) for h in found[0]["history"]}
