"""A meeting that was to be held ("должен был пройти …") is put off, not held; one put off told twice is one entry."""
from __future__ import annotations

import pytest

from khronika.format_merge import complete
from khronika.format_status import status_of
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, status", [
    ("Во время турне должен был пройти III австрийско-вьетнамский саммит.", "postponed"),
    ("Восьмая встреча министров должна была стать первой после долгого перерыва.", "postponed"),
    ("Пленарное заседание комиссии должно было состояться в Кито на прошлой неделе.", "postponed"),
    ("Четвертый раунд должен был пройти в апреле, но прошел только в июне.", "meeting"),  # held after all
    ("Встреча должна пройти в Ханое в мае.", "planned"),
])
def test_a_meeting_that_was_to_be_held(sentence, status):
    assert status_of(sentence, []) == status


@pytest.mark.parametrize("sentence", [
    "Очередной саммит лидеров должен пройти в Найроби осенью.",
    "Саммит глав государств должен состояться в Сантьяго в конце месяца, сообщил посол.",
    "Встреча министров должна состояться в Осло в июне.",
    "Пленарное заседание должно состояться в Ташкенте 12 мая.",
    "Переговоры министров должны пройти в Дакаре на следующей неделе.",
    "Следующий должен состояться в Лиме в будущем году.",
])
def test_a_meeting_to_be_held_in_every_gender_and_number(sentence):
    assert status_of(sentence, []) == "planned"


def _entry(status, date, rnd, docs, events=()):
    return {"status": status, "date": date, "round": rnd, "docs": docs, "events": list(events),
            "date_precision": "day" if date else "unknown"}


def test_a_meeting_put_off_told_twice_is_one_entry():
    history = complete([_entry("postponed", "2030-06-02", None, ["d:1"], ["v:1"]),
                        _entry("postponed", None, 7, ["d:2"], ["v:2"]),
                        _entry("postponed", None, None, ["d:1"], ["v:3"])], [])
    assert [(e["status"], e["date"], e["round"], e["docs"], e["events"]) for e in history] == [
        ("postponed", "2030-06-02", 7, ["d:1", "d:2"], ["v:1", "v:2", "v:3"])]
    # two meetings put off on two dates: which one is the seventh is not told
    two = complete([_entry("postponed", "2030-06-02", None, ["d:1"]), _entry("postponed", "2031-03", None, ["d:1"]),
                    _entry("postponed", None, 7, ["d:2"])], [])
    assert sorted((e["date"] or "", e["round"] or 0) for e in two) == [("", 7), ("2030-06-02", 0), ("2031-03", 0)]


@pytest.mark.slow
def test_history_a_summit_to_be_held_on_a_visit_put_off(tmp_path):
    doc = tmp_path / "visit.txt"
    doc.write_text("Визит президента Чили в Норвегию перенесен\n\nОсло, 14 мая 2025. Президент Чили перенес "
                   "государственный визит в Норвегию на осень. В его рамках там должен был пройти IV чилийско-"
                   "норвежский саммит. Предыдущий, третий саммит состоялся в Сантьяго в июне 2021 года.\n",
                   encoding="utf-8")
    (summit,) = [f for f in ingested_formats(tmp_path, doc) if "Норвегия" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in summit["history"]] == [
        ("round", 3, "2021-06"), ("postponed", 4, None)]


@pytest.mark.slow
def test_history_a_summit_put_off_its_number_told_after(tmp_path):
    doc = tmp_path / "summit.txt"
    doc.write_text("Встреча лидеров Кении и Ганы отложена\n\nНайроби, 14 мая 2025. Саммит Кения — Гана, намеченный на "
                   "2 июня в Найроби, отложен. Седьмой саммит Кения — Гана должен был стать "
                   "первым с тех пор, как лидеры виделись в Аккре позапрошлой весной.\n", encoding="utf-8")
    (summit,) = [f for f in ingested_formats(tmp_path, doc) if "Гана" in f["name"]]
    assert [(h["status"], h["round"], h["date"]) for h in summit["history"]] == [("postponed", 7, "2025-06-02")]
