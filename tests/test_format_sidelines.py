"""Rounds of talks told again after a sentence that named an organisation's session they were agreed at (``на полях
80-й сессии Генеральной Ассамблеи ООН``): the talks' rounds, not the session's; and the political consultations of two
foreign ministries named three ways by one pair's outlets, one mechanism (invented sentences, other countries)."""
import pytest

from khronika.format_kinds import formats_in
from tests.test_format_carry import ingested_formats

SIDELINES = (
    "Лима, 15 мая 2026. 14 мая в Лиме состоялся очередной, третий раунд перуанско-вьетнамских политических "
    "консультаций на уровне заместителей министров иностранных дел.\n\n"
    "Договоренность о проведении консультаций была достигнута в ходе беседы министров на полях 80-й сессии "
    "Генеральной Ассамблеи ООН в Нью-Йорке в сентябре 2025 года. Предыдущий, второй раунд состоялся в Ханое в марте "
    "2024 года.\n\nСледующий раунд решено провести в Ханое в 2027 году.\n")


@pytest.mark.slow
def test_rounds_told_after_a_session_on_whose_sidelines_they_were_agreed(tmp_path):
    formats = {f["name"]: f for f in ingested_formats(tmp_path, SIDELINES)}
    talks = [f for name, f in formats.items() if "консультации" in name]
    assert len(talks) == 1
    history = {(h["status"], h["round"], h["date"]) for h in talks[0]["history"]}
    assert {("round", 2, "2024-03"), ("planned", 4, "2027")} <= history
    assert 3 in {h["round"] for h in talks[0]["history"] if h["status"] == "round"}
    assembly = [h for name, f in formats.items() if "Ассамблея" in name for h in f["history"]]
    assert all(h["round"] not in (2, 81) for h in assembly)


def test_the_next_round_follows_the_talks_not_the_session(events):
    found = events(SIDELINES, "2026-05-15")
    assert [e.round for e in found if e.type == "CONSULT" and e.factuality == "planned"] == [4]


def test_the_next_session_still_follows_the_sessions(events):
    found = events("Лима, 15 мая 2026. 14 мая в Лиме завершилась 12-я сессия Смешанной перуанско-вьетнамской "
                   "комиссии. Следующую сессию решено провести в Ханое в 2027 году.", "2026-05-15")
    assert [e.round for e in found if e.type == "CONSULT" and e.factuality == "planned"] == [13]


@pytest.mark.slow
def test_political_consultations_named_three_ways_are_one_mechanism(tmp_path):
    text = (
        "Ханой, 10 июня 2026. Вьетнам и Чили возобновили политические консультации: в среду в Ханое прошел пятый раунд "
        "политических консультаций двух внешнеполитических ведомств.\n\n"
        "Пятый раунд вьетнамско-чилийских консультаций на уровне заместителей министров иностранных дел прошел 10 июня "
        "в Ханое.\n\nСледующий раунд межмидовских консультаций стороны условились провести в Сантьяго в 2027 году.\n")
    talks = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert len(talks) == 1
    assert ("round", 5) in {(h["status"], h["round"]) for h in talks[0]["history"]}


@pytest.mark.slow
def test_consultations_of_deputy_defence_ministers_stay_apart(tmp_path):
    text = (
        "Ханой, 10 июня 2026. В среду в Ханое прошел пятый раунд политических консультаций Вьетнама и Чили.\n\n"
        "В четверг там же прошел второй раунд вьетнамско-чилийских консультаций на уровне заместителей министров "
        "иностранных дел и обороны.\n")
    talks = [f for f in ingested_formats(tmp_path, text) if "консультации" in f["name"]]
    assert len(talks) == 2


@pytest.mark.parametrize("sentence, name", [
    ("Вице-премьеры провели пятую встречу трехсторонней рабочей группы на уровне вице-премьеров.",
     "трехсторонняя рабочая группа на уровне вице-премьеров"),
    ("Седьмое заседание рабочей группы заместителей министров иностранных дел прошло в Лиме.",
     "рабочая группа заместителей министров иностранных дел"),
])
def test_a_working_group_named_by_who_sits_on_it(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def test_a_working_group_by_its_topic_keeps_its_topic():
    assert "рабочая группа по" in [n.name[:17] for n in formats_in(
        "Рабочая группа по транспорту на уровне заместителей министров собралась в Лиме.")]
