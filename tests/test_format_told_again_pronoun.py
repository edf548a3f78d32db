"""A body's meetings told after its name by a pronoun (``Его третья сессия прошла …``, ``Последняя из них
прошла …``), a list of rounds whose last is to come (``…, четвертая намечена на …``), a meeting put off that
keeps the day another report planned it for, joint sittings of two governments under their two names, and peace
talks with a movement named by its descriptor (invented sentences, other countries)."""
import pytest

from khronika.format_again import ITS_MEETING
from khronika.format_kinds import formats_in
from khronika.formats import _complete
from tests.test_format_carry import ingested_formats


def _history(fmt: dict) -> set[tuple]:
    return {(h["status"], h["round"], h["date"]) for h in fmt["history"]}


@pytest.mark.parametrize("sentence, told", [
    ("Ее третья сессия прошла в Оруро.", True),
    ("Его очередная сессия намечена на май.", True),
    ("Их предыдущий раунд состоялся в Вене.", True),
    ("Последняя из них прошла в Варшаве в 2029 году.", True),
    ("Следующее из них пройдет в Лиме.", True),
    ("Ее министр прибыл в Лиму.", False),  # no meeting of it
    ("Из них двое были задержаны.", False),
])
def test_a_meeting_told_by_a_pronoun_of_the_format_before(sentence, told):
    assert bool(ITS_MEETING.search(sentence)) is told


def test_a_commission_told_again_by_its_possessive_with_its_next_round_planned(tmp_path):
    text = ("Сантьяго, 3 ноября 2030 года.\n\n"
            "За охрану озера Титикака отвечает Совместная перуанско-боливийская комиссия по водным ресурсам. Ее "
            "третья сессия прошла в Пуно в апреле 2028 года, четвертая намечена на 5–6 ноября в Оруро.\n")
    (fmt,) = [f for f in ingested_formats(tmp_path, text) if "комиссия" in f["name"]]
    assert {("round", 3, "2028-04"), ("planned", 4, "2030-11-05")} <= _history(fmt)
    assert not any(h["status"] == "round" and h["round"] == 4 for h in fmt["history"])


def test_a_listed_round_to_come_is_planned_not_held(tmp_path):
    text = ("Ашхабад, 3 ноября 2030 года.\n\n"
            "Туркмено-узбекская межправительственная комиссия по водным вопросам собралась в Ашхабаде. Четвертое "
            "заседание комиссии прошло в Ургенче в мае 2029 года, пятое пройдет 12 декабря в Мары.\n")
    (fmt,) = [f for f in ingested_formats(tmp_path, text) if "комиссия" in f["name"]]
    assert ("planned", 5, "2030-12-12") in _history(fmt)
    assert not any(h["status"] == "round" and h["round"] == 5 for h in fmt["history"])


def _entry(status, date, rnd, doc):
    return {"status": status, "date": date, "date_precision": "day" if date else "unknown", "round": rnd,
            "events": [], "docs": [doc]}


def test_a_round_put_off_undated_keeps_the_day_another_report_planned_it_for():
    history = [_entry("round", "2029-03", 6, "d:1"), _entry("planned", "2030-11-19", 7, "d:1"),
               _entry("postponed", None, 7, "d:2")]
    out = _complete(history, [])
    assert ("postponed", 7, "2030-11-19") in {(h["status"], h["round"], h["date"]) for h in out}
    assert not any(h["status"] == "planned" for h in out)
    assert next(h for h in out if h["status"] == "postponed")["docs"] == ["d:1", "d:2"]


def test_a_round_put_off_to_a_new_date_by_its_own_report_is_not_redated():
    history = [_entry("planned", "2031-02", 7, "d:2"), _entry("postponed", None, 7, "d:2")]
    out = _complete(history, [])
    assert ("postponed", 7, None) in {(h["status"], h["round"], h["date"]) for h in out}


def test_joint_sittings_of_two_governments_under_both_names_are_one_format(tmp_path):
    text = ("Вена, 21 ноября 2030 года.\n\n"
            "Совместное заседание правительств Польши и Литвы, намеченное на 9 декабря в Вильнюсе, перенесено "
            "на 2031 год. С 2016 года такие совместные заседания кабинетов обеих стран проходят регулярно. "
            "Последнее из них прошло в Варшаве в сентябре 2028 года. В апреле 2029 года правительство Литвы заморозило "
            "межправительственные консультации с Польшей.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if "заседание" in f["name"] or "консультации" in f["name"]]
    assert len(fmts) == 1
    assert {("meeting", None, "2028-09"), ("postponed", None, "2030-12-09")} <= _history(fmts[0])
    assert any(h["status"] == "suspended" and h["date"] == "2029-04" for h in fmts[0]["history"])


@pytest.mark.parametrize("sentence, name", [
    ("Делегации провели второй тур мирного диалога по урегулированию кризиса в провинции.", "мирный диалог"),
    ("Мирный диалог с повстанцами возобновился в Дохе.", "мирный диалог"),
    ("Мирные переговоры с фронтом прервались.", "мирные переговоры"),
])
def test_a_peace_dialogue_is_peace_talks(sentence, name):
    assert name in {n.name for n in formats_in(sentence)}


def test_a_movement_named_by_its_descriptor_is_a_side_of_peace_talks(tmp_path):
    text = ("Бамако, 27 ноября 2030 года.\n\n"
            "Делегация правительства Мали и представители движения «Координация движений Азавада» (КДА) завершили "
            "в Алжире третий раунд мирного диалога. Предыдущий, второй раунд прошел в Алжире в мае 2030 года.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if "мирн" in f["name"]]
    assert len(fmts) == 1 and len(fmts[0]["sides"]) == 2 and "e:iso-ML" in fmts[0]["sides"]
    assert {("round", 2, "2030-05"), ("round", 3, "2030-11-27")} <= _history(fmts[0])


def test_talks_between_a_government_and_a_group_told_by_its_word_have_those_two_sides(tmp_path):
    text = ("Доха, 27 ноября 2030 года.\n\n"
            "Власти Катара приветствовали результаты прошедших в Дохе мирных переговоров между правительством "
            "Мали и группировкой «Координация движений Азавада», завершившихся в среду.\n")
    fmts = [f for f in ingested_formats(tmp_path, text) if "мирн" in f["name"]]
    assert len(fmts) == 1 and "e:iso-ML" in fmts[0]["sides"] and "e:iso-QA" not in fmts[0]["sides"]
    assert len(fmts[0]["sides"]) == 2
