"""Mechanisms named by generic nouns (a joint working group with its sides before its complement, consultations at the
level of foreign secretaries, a leaders' retreat) and their histories; the meeting before a break told by "впервые с
<года>" is the round before the sentence's own.  Invented countries, names and dates."""
from __future__ import annotations

import pytest

from khronika.format_rounds import round_in
from khronika.formats import formats_in
from tests.test_format_unlisted import _formats


@pytest.mark.parametrize("sentence, name, level", [
    ("Третье заседание совместной рабочей группы Перу и Боливии по миграции прошло в Лиме.",
     "совместная рабочая группа по миграции", "experts"),
    ("Послы встретились в рамках механизма консультаций на уровне секретарей МИД двух стран.",
     "консультации на уровне секретарей мид", "deputies"),
    ("Прошли консультации на уровне государственных секретарей министерств иностранных дел Чили и Перу.",
     "консультации на уровне государственных секретарей министерств иностранных дел", "deputies"),
    ("Пятый ежегодный ретрит лидеров Лаоса и Вьетнама пройдет в Ханое.", "ретрит лидеров", "leaders"),
    ("Ретрит премьер-министров Фиджи и Самоа открылся в Суве.", "ретрит премьер-министров", "leaders"),
])
def test_mechanisms_named_by_generic_nouns(sentence, name, level):
    named = {n.name: n for n in formats_in(sentence)}
    assert name in named
    assert named[name].level == level


def test_a_retreat_is_numbered_like_a_meeting():
    assert round_in("Пятый ежегодный ретрит лидеров Лаоса и Вьетнама пройдет в Ханое.") == 5


def test_history_of_a_retreat_put_off_and_the_one_before(tmp_path):
    history = _formats(tmp_path, (
        "Ханой, 3 марта 2031 года.\n\n"
        "Шестой ежегодный ретрит лидеров Лаоса и Вьетнама, намеченный на 20 марта во Вьентьяне, перенесен на май. "
        "Премьер-министр Лаоса объяснил перенос паводками. "
        "Предыдущий, пятый ретрит прошел в Ханое в апреле 2030 года.\n"))["ретрит лидеров Вьетнам – Лаос"]
    assert ("postponed", 6, "2031-03-20") in history
    assert ("planned", 6, "2031-05") in history
    assert ("round", 5, "2030-04") in history


def test_the_meeting_before_a_break_is_the_round_before_the_sentence_own(tmp_path):
    history = _formats(tmp_path, (
        "Лима, 12 мая 2031 года.\n\n"
        "В Лиме в среду прошел пятый раунд диалога Перу и Эквадора в формате «2+2» — впервые с 2024 года.\n"))
    entries = next(h for name, h in history.items() if name.startswith("2+2"))
    assert any(e[:2] == ("round", 5) and e[2].startswith("2031-05") for e in entries)
    assert ("round", 4, "2024") in entries
    assert not any(e[1] == 5 and e[2] == "2024" for e in entries)


@pytest.mark.parametrize("sentence, rnd", [
    ("Это уже пятый раунд переговоров и первый после того, как в мае стороны встречались в Лиме.", 5),
    ("Это первая встреча после перерыва.", None),  # counted since the break
    ("Это вторая встреча после долгого перерыва и пандемии.", None),
])
def test_a_round_coordinated_with_a_first_since(sentence, rnd):
    assert round_in(sentence) == rnd


def test_history_a_round_and_the_meeting_it_is_the_first_after(tmp_path):
    history = _formats(tmp_path, (
        "Кито, 14 октября 2031 года.\n\n"
        "Министры Эквадора и Колумбии провели в Кито переговоры в рамках механизма консультаций на уровне "
        "секретарей МИД двух стран.\n\n"
        "Это уже шестой раунд консультаций и первый после того, как в марте прошлого года стороны встречались "
        "в Боготе.\n"))
    entries = next(h for name, h in history.items() if name.startswith("консультации на уровне секретарей"))
    assert ("meeting", None, "2030-03") in entries
    assert any(e[:2] == ("round", 6) and e[2].startswith("2031-10") for e in entries)


def test_history_of_a_joint_commission_with_two_adjectives_and_its_previous_session(tmp_path):
    history = _formats(tmp_path, (
        "Лима, 5 сентября 2031 года.\n\n"
        "В Лиме прошло очередное, девятое по счету заседание совместной научной консультативной комиссии Перу и "
        "Эквадора по вопросам рыболовства.\n\n"
        "Предыдущее, восьмое заседание комиссии прошло в Кито в апреле.\n"))
    entries = next(h for name, h in history.items() if "комиссия по вопросам рыболовства" in name)
    assert ("round", 8, "2031-04") in entries
    assert any(e[:2] == ("round", 9) for e in entries)


def test_a_body_named_short_after_its_full_name_is_that_body(tmp_path):
    history = _formats(tmp_path, (
        "Ла-Пас, 2 июня 2031 года.\n\n"
        "Президенты Боливии и Парагвая открыли 7-ю сессию Постоянной смешанной комиссии боливийско-парагвайского "
        "сотрудничества.\n\n"
        "Предыдущая, 6-я сессия Постоянной смешанной комиссии прошла в Асунсьоне в мае 2029 года.\n"))
    assert len(history) == 1
    entries = next(iter(history.values()))
    assert ("round", 6, "2029-05") in entries


def test_rounds_of_a_kind_called_by_the_noun_the_document_gives_it(tmp_path):
    history = _formats(tmp_path, (
        "Лима, 12 мая 2031 года.\n\n"
        "В Лиме прошел третий раунд диалога Перу и Чили в формате «2+2».\n\n"
        "Министры обсудили безопасность на границе.\n\n"
        "Первый раунд диалога прошел в Сантьяго в марте 2024 года, второй — в Лиме в июле 2025 года.\n"))
    entries = next(h for name, h in history.items() if name.startswith("2+2"))
    assert ("round", 1, "2024-03") in entries
    assert ("round", 2, "2025-07") in entries


@pytest.mark.parametrize("sentence, summit", [
    ("В декабре директор планирует визит в Осло, где пройдет «Саммит рыболовов Европы».", False),
    ("Учёные условились устроить осенью общий научный саммит.", False),
    ("Лидеры прибыли на саммит глав государств.", True),
    ("Саммит союзников прошел в Вильнюсе.", True),
    ("Президенты провели саммит в Лиме.", True),
])
def test_a_summit_of_people_who_are_not_leaders_is_no_summit_of_states(sentence, summit):
    assert ("встречи на высшем уровне" in [n.name for n in formats_in(sentence)]) is summit


def test_no_summit_of_states_in_a_document_that_names_no_state(tmp_path):
    assert not _formats(tmp_path, (
        "Наука\n\n"
        "Астрономы обсерваторий готовят саммит по данным телескопа.\n\n"
        "Участники саммита по кометам договорились о совместных наблюдениях.\n"))


def test_an_undated_break_takes_the_date_of_a_suspension_between_its_own_sides_only():
    from khronika.format_merge import _between
    told = [["2029-03", ["e:iso-PE", "e:iso-CL"]], ["2027", []], ["2026", ["e:iso-PE", "e:iso-BO"]],
            ["2028", ["e:iso-CL"]], "2025"]  # a bare date: a store made before
    assert _between(told, ["e:iso-CL", "e:iso-PE"]) == ["2025", "2028", "2029-03"]
    assert _between(told, ["e:iso-AR", "e:iso-PY"]) == ["2025"]


def test_a_meeting_that_was_to_be_held_on_a_day_and_was_put_off(tmp_path):
    history = _formats(tmp_path, (
        "Кито, 20 ноября 2031 года.\n\n"
        "В Кито прошло пятое заседание межправительственной комиссии Эквадора и Колумбии по торговле.\n\n"
        "Заседание должно было состояться еще 12 сентября, однако было перенесено по просьбе колумбийской стороны.\n"))
    entries = next(h for name, h in history.items() if name.startswith("межправительственная комиссия"))
    assert ("postponed", None, "2031-09-12") in entries or any(
        e[0] == "postponed" and e[2] == "2031-09-12" for e in entries)


def test_a_resumption_and_a_meeting_on_one_day_are_one_mechanism_named_two_ways(tmp_path):
    from tests.test_format_history_told import ingested_formats
    a = tmp_path / "a.txt"
    a.write_text("Лима, 13 мая 2031 года.\n\nТретье заседание совместной рабочей группы Перу и Чили по миграции "
                 "прошло во вторник в Лиме.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Итоги недели\n\nОпубликовано 16.05.2031\n\nВо вторник в Лиме впервые с 2027 года собралась "
                 "рабочая группа Перу и Чили по миграции.\n", encoding="utf-8")
    names = [f["name"] for f in ingested_formats(tmp_path, a, b)]
    assert len([n for n in names if "рабочая группа" in n]) == 1, names


def test_a_meeting_told_by_its_year_folds_once_a_numbered_retelling_of_that_year_has():
    from khronika.format_merge import fold_retold
    from tests.test_formats import entry
    # "последний раз встречались восемь лет назад", "впервые с 2023 года" (round 2, 2023), "второй — в июне 2023 года"
    out = fold_retold([entry("meeting", "2023"), entry("round", "2023", 2), entry("round", "2023-06", 2)])
    assert [(e["status"], e["date"], e["round"]) for e in out] == [("round", "2023-06", 2)]


def test_a_session_told_right_after_a_council_is_named_is_its_meeting(tmp_path):
    history = _formats(tmp_path, (
        "Осло, 14 октября 2031 года.\n\n"
        "Министры иностранных дел стран — членов Арктического совета в среду приняли в Осло декларацию "
        "о судоходстве.\n\n"
        "Сессию провел министр иностранных дел Норвегии.\n"))
    assert any(e[0] == "meeting" and (e[2] or "").startswith("2031-10") for e in history["Арктический совет"])
