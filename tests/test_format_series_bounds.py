"""Series told by their ends: a meeting held between a numbered one and the numbered one to come is the round between
(``Предыдущий, 14-й саммит … Следующий, 16-й саммит …``); a mechanism launched or begun in a year had its first round
then (``механизм, запущенный в 2018 году``), one only set up is at work since then; a dialogue ``на высоком уровне``
is named so; a body told meeting on two dates is a series.  Invented sentences and histories only."""
import pytest

from khronika.format_merge import complete
from khronika.format_standing import standing
from khronika.format_status import status_of
from khronika.formats import formats_in
from tests.test_format_carry import ingested_formats
from tests.test_format_history import entry
from tests.test_format_idle_and_joint import _history


def test_a_meeting_between_a_round_held_and_a_round_to_come_is_the_round_between():
    out = complete([entry("round", "2028-05", 14), entry("meeting", "2030-10-02", doc="d:2"),
                    entry("planned", "2031", 16, doc="d:2")], [])
    assert ("round", "2030-10-02", 15) in [(e["status"], e["date"], e["round"]) for e in out]


def test_no_round_between_a_round_held_and_a_round_to_come_far_off():
    out = complete([entry("round", "2028-05", 14), entry("meeting", "2030-10-02", doc="d:2"),
                    entry("planned", "2031", 30, doc="d:2")], [])
    assert ("meeting", "2030-10-02", None) in [(e["status"], e["date"], e["round"]) for e in out]


@pytest.mark.slow
def test_a_mechanism_launched_in_a_year_had_its_first_round_then(tmp_path):
    hist = _history(tmp_path, "Диалог в Вене\n\nВена, 14 мая 2031 (APA). Австрия и Чили провели во вторник в Вене "
                    "пятый раунд стратегического диалога, запущенного в 2018 году по инициативе министров.\n",
                    "стратегический диалог")
    assert ("round", 1, "2018") in hist and ("active", None, "2018") not in hist


@pytest.mark.slow
def test_a_body_set_up_in_a_year_is_at_work_since_then(tmp_path):
    hist = _history(tmp_path, "Комиссия в Кито\n\nКито, 3 июня 2031 /Андес/. Министры Эквадора и Панамы провели в "
                    "Кито пятое заседание Смешанной комиссии, созданной в 2019 году.\n", "смешанная комиссия")
    assert ("round", 1, "2019") not in hist


def test_a_dialogue_named_with_its_level_after_it():
    names = [n.name for n in formats_in("Стороны условились о переносе энергетического диалога на высоком уровне.")]
    assert "энергетический диалог на высоком уровне" in names


def test_a_body_told_meeting_on_two_dates_is_a_series():
    body = {"name": "финансовый диалог", "type": "диалог по теме", "fixed": False, "start": 10}
    held, coming = [entry("meeting", "2029-04")], [entry("postponed", "2031-02-10")]
    kept = standing([(body, ["e:iso-AT", "e:iso-CL"], held), (body, ["e:iso-AT", "e:iso-CL"], coming)])
    assert len(kept) == 2 and not any(n.get("tentative") for n, _, _ in kept)
    assert all(n.get("tentative") for n, _, _ in standing([(body, ["e:iso-AT", "e:iso-CL"], coming)]))  # one: tentative


@pytest.mark.slow
def test_a_round_told_after_a_teaser_of_other_sides_is_not_the_first_teasers_mechanism(tmp_path):
    formats = ingested_formats(tmp_path, (
        "Дипломатия: последние новости\n\n12 марта 2031\n\nЛидеры Вышеградской группы в четверг собрались в Праге на "
        "саммит, перенесенный с февраля.\n\n10 марта 2031\n\nЧили и Перу впервые за три года провели стратегический "
        "диалог.\n\n8 марта 2031\n\nВласти Колумбии и повстанцы договорились о прекращении огня. Второй раунд "
        "переговоров в Гаване завершился в пятницу.\n"))
    group = [f for f in formats if f["name"] == "Вышеградская группа"]
    assert group and not [h for h in group[0]["history"] if h["round"] == 2]


@pytest.mark.parametrize("sentence, status", [
    ("Министр предложил провести заседание комиссии, отложенное в мае, осенью.", "proposed-resumption"),
    ("Посол предложила созвать в марте совет, который не собирался с 2027 года.", "proposed-resumption"),
    ("Министр предложил провести заседание комиссии осенью.", None),  # no break told: a plan proposed
])
def test_a_proposal_to_hold_a_meeting_put_off_or_idle_is_to_resume(sentence, status):
    assert (status_of(sentence, []) == "proposed-resumption") == (status == "proposed-resumption")
