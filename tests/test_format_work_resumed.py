"""A joint body told by its work resumed or frozen (``предложил возобновить работу совместного транспортного
комитета``) is a format of its two sides at work, and the meeting before told in a relative clause of it (``последняя
сессия которого состоялась в X в 2016 году``) an entry of that date, not the proposal's.  Invented sentences only."""
from tests.test_format_history_told import ingested_formats
from tests.test_format_idle_and_joint import _history


def test_a_proposal_to_resume_a_joint_body_and_its_last_meeting(tmp_path):
    hist = _history(tmp_path, "Дакар ответил Банжулу\n\nДакар, 4 декабря 2030 /APS/. Министр иностранных дел "
                    "Сенегала в четверг отклонил ноту протеста Гамбии. Вместе с тем министр сообщил, что Дакар "
                    "предложил Банжулу возобновить работу совместного транспортного комитета по реке Гамбия, "
                    "последняя сессия которого состоялась в Банжуле в 2016 году.\n",
                    "совместный транспортный комитет")
    assert ("meeting", None, "2016") in hist
    assert any(s == "proposed-resumption" and d and d.startswith("2030-12") for s, _, d in hist), hist


def test_a_joint_body_told_once_without_its_work_is_no_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Дакар ответил Банжулу\n\nДакар, 4 декабря 2030 /APS/. Министры Сенегала и Гамбии обсудили работу "
                    "совместного транспортного комитета по реке Гамбия.\n", encoding="utf-8")
    assert not [f for f in ingested_formats(tmp_path, path) if "комитет" in f["name"]]


def test_relations_told_frozen_are_no_body(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Консультации отложены\n\nЛима, 10 ноября 2030 /Андина/. Консультации Перу и Кубы стали бы "
                    "первыми с апреля 2027 года. С тех пор политический диалог двух государств фактически был "
                    "заморожен.\n",
                    encoding="utf-8")
    assert not [f for f in ingested_formats(tmp_path, path) if "диалог" in f["name"]]
