"""A meeting never held (``так и не был проведен``) is called off; a meeting put off is the round its documents report
held after it; a resumption is the round held that day; a round dated by the document's own month is its own round
(the next one numbered after it).  Invented sentences only."""
import pytest

from khronika.format_merge import complete, recent
from khronika.format_status import status_of


@pytest.mark.parametrize("sentence, status", [
    ("Запланированный на 2029 год саммит в Лиме так и не был проведен.", "cancelled"),
    ("Намеченное на осень заседание смешанной комиссии так и не провели.", "cancelled"),
    ("Встреча министров, о которой договорились в мае, так и не прошла.", "cancelled"),
    ("Комиссия по границе так и не собралась.", "cancelled"),
    ("Пятый раунд консультаций не был проведен из-за эпидемии.", "cancelled"),
    ("Третья сессия не была проведена в намеченный срок.", "postponed"),  # put off, not called off
    ("Консультации не проводились с 2029 года.", "suspended"),  # a break, not one meeting called off
    ("Консультации прошли в Кито.", "meeting"),
])
def test_a_meeting_never_held_is_called_off(sentence, status):
    assert status_of(sentence, []) == status


def _entry(status, date, rnd, docs):
    return {"status": status, "date": date, "round": rnd, "docs": docs, "events": [], "date_precision": "day"}


def test_a_meeting_put_off_is_the_round_its_documents_report_held_after_it():
    history = complete([_entry("round", "2030-04", 4, ["d:1"]), _entry("postponed", "2031-09-14", None, ["d:2"]),
                        _entry("round", "2031-10-20", 5, ["d:2", "d:3"]), _entry("planned", "2032", 6, ["d:2"])], [])
    assert ("postponed", "2031-09-14", 5) in {(e["status"], e["date"], e["round"]) for e in history}
    other = complete([_entry("postponed", "2031-09-14", None, ["d:2"]),
                      _entry("round", "2031-10-20", 5, ["d:3"])], [])  # another outlet's round: not told as that one
    assert [e["round"] for e in other if e["status"] == "postponed"] == [None]
    held_between = complete([_entry("postponed", "2031-03-02", None, ["d:2"]),  # another meeting held in between
                             _entry("meeting", "2031-06", None, ["d:4"]),
                             _entry("round", "2031-10-20", 5, ["d:2"])], [])
    assert [e["round"] for e in held_between if e["status"] == "postponed"] == [None]
    years_on = complete([_entry("postponed", "2027-03-02", None, ["d:2"]),
                         _entry("round", "2031-10-20", 5, ["d:2"])], [])  # years later: not the one put off
    assert [e["round"] for e in years_on if e["status"] == "postponed"] == [None]


def test_a_resumption_is_the_round_held_that_day():
    history = complete([_entry("resumed", "2031-05-17", None, ["d:1"]), _entry("round", "2031-05-17", 7, ["d:2"]),
                        _entry("round", "2028-02", 6, ["d:2"])], [])
    assert ("resumed", 7) in {(e["status"], e["round"]) for e in history}
    two = complete([_entry("resumed", "2031-05-17", None, ["d:1"]), _entry("round", "2031-05-17", 7, ["d:2"]),
                    _entry("round", "2031-05-17", 8, ["d:3"])], [])  # which of the two?
    assert [e["round"] for e in two if e["status"] == "resumed"] == [None]


def test_a_round_of_the_document_month_is_its_own_only_where_asked():
    assert recent("2031-05", "2031-05-19", month=True) and not recent("2031-05", "2031-05-19")
    assert not recent("2031-04", "2031-05-19", month=True) and not recent("2031", "2031-05-19", month=True)
    assert recent("2031-05-17", "2031-05-19")


@pytest.mark.slow
def test_the_next_round_after_one_held_at_the_weekend(tmp_path):
    from tests.test_format_history_told import ingested_formats

    path = tmp_path / "a.txt"
    path.write_text("Правительство и повстанцы продлили перемирие\n\nТегусигальпа, 19 мая 2031. Правительство "
                    "Гондураса и Фронт освобождения Атлантики (ФОА) в выходные провели в Гватемале четвертый раунд "
                    "переговоров при посредничестве Мексики. Предыдущий, третий раунд переговоров прошел в марте. "
                    "Следующий раунд может пройти в июле.\n", encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if "переговоры" in f["name"]]
    assert found, found
    hist = {(h["status"], h["round"]) for f in found for h in f["history"]}
    assert {("round", 4), ("round", 3), ("planned", 5)} <= hist, hist


@pytest.mark.parametrize("sentence, off", [
    ("Заседание, запланированное на май, так и не состоялось.", True),
    ("Саммит, намеченный на 2029 год, так и не был проведен.", True),
    ("Встречу, назначенную на март, отменили.", True),
    ("Сессия, намеченная на март, не состоялась в намеченный срок.", False),  # put off
    ("Сессия, намеченная на март, прошла в Кито.", False),
])
def test_a_meeting_called_off_or_never_held(sentence, off):
    from khronika.format_clauses import CALLED_OFF

    assert bool(CALLED_OFF.search(sentence)) is off


@pytest.mark.slow
def test_a_meeting_never_held_is_dated_by_the_month_it_was_planned_for_before_the_document(tmp_path):
    from tests.test_format_history_told import ingested_formats

    path = tmp_path / "b.txt"
    path.write_text("Эквадор готов к диалогу с Перу\n\nКито, 3 декабря 2031. Министр напомнил, что в прошлом году "
                    "Эквадор и Перу договорились о возобновлении работы смешанной комиссии по рыболовству, однако ее "
                    "заседание, запланированное на октябрь, так и не состоялось.\n", encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if "комиссия" in f["name"]]
    assert ("cancelled", "2031-10") in {(h["status"], h["date"]) for f in found for h in f["history"]}, found


@pytest.mark.slow
def test_a_meeting_never_held_is_not_dated_after_its_document(tmp_path):
    from tests.test_format_history_told import ingested_formats

    path = tmp_path / "c.txt"
    path.write_text("Гана и Того обсудили безопасность\n\nАккра, 3 декабря 2031. Министр напомнил, что в 2030 году "
                    "Гана и Того договорились о возобновлении работы смешанной комиссии по безопасности, однако ее "
                    "последнее заседание, намеченное на весну, так и не состоялось.\n", encoding="utf-8")
    found = [f for f in ingested_formats(tmp_path, path) if "комиссия" in f["name"]]
    dates = [h["date"] for f in found for h in f["history"] if h["status"] == "cancelled"]
    assert dates and all(d is None or d <= "2031-12-03" for d in dates), found
