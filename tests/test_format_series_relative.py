"""Rounds told relative to the series (``stages/events/rounds.in_series``, ``format_rounds``, ``format_history``): the
next meeting after a numbered one held is the round after it, in any form a report gives it; rounds told together by
a collective ordinal with the noun left out (``первые два — в …``, ``первые — в …``) are rounds 1..N; on sentences of
our own."""
from __future__ import annotations

import pytest

from khronika.format_rounds import elided_clauses, first_few_at, first_rounds
from tests.test_format_history_told import ingested_formats

HELD = "Вчера в Таллине прошел пятый раунд политических консультаций министерств иностранных дел Эстонии и Кении. "


def _planned_rounds(evs):
    return [e.round for e in evs if e.type == "CONSULT" and e.factuality == "planned"]


@pytest.mark.parametrize("after", [
    "Министры условились провести очередной раунд консультаций в Найроби.",  # "очередной" after a verb to come
    "Эстония и Кения проведут следующие консультации в Найроби в 2032 году.",  # countries as the subject, future
    # (a next meeting of no sides of its own, "Следующую встречу решено провести в Найроби.", yields no event of its
    # own after such a lead today: the event stage's; its round is read by the formats' history)
])
def test_the_next_meeting_after_a_numbered_one_is_the_round_after_it(events, after):
    assert 6 in _planned_rounds(events(HELD + after, "2031-03-12"))


@pytest.mark.parametrize("text", [
    # no round numbered before: the next one has no number either
    "Вчера в Таллине прошли политические консультации министерств иностранных дел Эстонии и Кении. "
    "Следующий раунд консультаций пройдет в Найроби.",
    # a meeting held told "очередной" is the one reported, not the next one
    "Очередной раунд консультаций министерств иностранных дел Эстонии и Кении прошел в Таллине в среду.",
])
def test_no_round_without_a_numbered_one_or_for_a_meeting_held(events, text):
    assert all(e.round is None for e in events(text, "2031-03-12") if e.type == "CONSULT")


def test_sport_and_elections_next_are_no_rounds(events):
    evs = events("Сборная Эстонии провела пятый матч турнира. Следующий матч команда проведет в Найроби. "
                 "В следующем году в стране пройдут выборы.", "2031-03-12")
    assert all(e.round is None for e in evs)


@pytest.mark.parametrize("sentence, rounds", [
    ("Третья сессия совместного комитета была проведена в Аккре весной 2030 года, а первые две — в 2028 и 2029 "
     "годах.", [1, 2]),
    ("Шестая встреча прошла в Бамако, первые три — в Дакаре.", [1, 2, 3]),
    ("Это пятый раунд: первые четыре прошли в Осло.", [1, 2, 3, 4]),
])
def test_first_rounds_told_together_with_the_noun_left_out(sentence, rounds):
    assert [k for k, _, _ in first_rounds(sentence)] == rounds


def test_the_words_before_the_first_rounds_may_number_another():
    text = "Третья сессия комитета была проведена в Аккре весной 2030 года, а первые две — в 2028 и 2029 годах."
    assert text[:first_few_at(text)].startswith("Третья сессия") and "первые" not in text[:first_few_at(text)]


@pytest.mark.parametrize("sentence, found", [
    ("Предыдущая встреча состоялась в Осло в июне 2029 года, первая — в Найроби весной 2024 года.", [1]),
    ("Встречи министров проходили в Осло и Бамако, первые — в Найроби.", [1]),
    ("Предыдущая сессия прошла в Лиме, первая — в Кито в 2026 году.", [1]),
    ("Восьмое заседание прошло в Риге, а седьмое — в Вильнюсе в 2028 году.", [7]),
    ("Министры обсудили торговлю и инвестиции.", []),
    ("Одни страны выступили за, другие — против.", []),  # no ordinal
])
def test_a_clause_headed_by_an_ordinal_alone(sentence, found):
    assert [k for k, _, _ in elided_clauses(sentence)] == found


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _history(formats, start):
    fmt = next(f for f in formats if f["name"].startswith(start))
    return sorted((h["status"], h["round"], h["date"]) for h in fmt["history"] if h["status"] != "implied")


def test_the_first_ones_told_by_an_ordinal_alone_after_the_previous_ones(tmp_path):
    path = _write(tmp_path, "a.txt", (
        "Об эстонско-кенийских консультациях\n\n12.03.2031 10:15\n\n"
        "11 марта в Найроби прошли политические консультации МИД Эстонии и Кении — четвертые по счету. Эстонскую "
        "делегацию возглавил вице-канцлер Эйнар Вахтра.\n\n"
        "Договорено, что следующий раунд пройдет в Таллине в 2033 году.\n\n"
        "Предыдущая встреча состоялась в Таллине в июне 2029 года, первая — в Найроби весной 2024 года.\n"))
    assert _history(ingested_formats(tmp_path, path), "политические консультации") == [
        ("planned", 5, "2033"), ("round", 1, "2024"), ("round", 3, "2029-06"), ("round", 4, "2031-03-11")]


def test_the_first_two_told_together_after_a_numbered_one(tmp_path):
    path = _write(tmp_path, "b.txt", (
        "Гана и Того провели заседание совместного комитета\n\n"
        "Ломе, 9 июня 2031 (ГНА) — Гана и Того в понедельник провели в Ломе четвертое заседание Совместного "
        "комитета по приграничной торговле. Министры двух стран обсудили работу таможенных постов.\n\n"
        "Третья сессия совместного комитета была проведена в Аккре в мае 2030 года, а первые две — в 2028 и 2029 "
        "годах. "
        "Пятое заседание намечено на апрель 2032 года в Аккре.\n"))
    assert _history(ingested_formats(tmp_path, path), "совместный комитет") == [
        ("planned", 5, "2032-04"), ("round", 1, "2028"), ("round", 2, "2029"), ("round", 3, "2030-05"),
        ("round", 4, "2031-06-09")]
