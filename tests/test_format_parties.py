"""Parties to talks that are no states, mediators, parliaments as sides, rounds called off or broken off
(``format_parties.py``, ``format_clauses.py``): invented news of invented talks."""
from __future__ import annotations

import pytest

from khronika.format_parties import non_state
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("name, party", [
    ("Объединенный революционный фронт", True),
    ("Силы демократического обновления", True),
    ("Армия освобождения Севера", True),
    ("Движение за справедливость и равенство", True),
    ("Вооруженные силы Перу", False),
    ("Силы самообороны Японии", False),
    ("Министерство иностранных дел", False),
])
def test_a_party_that_is_no_state_by_the_head_of_its_name(name, party):
    assert non_state(name) is party


def _doc(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _sided(formats: list[dict], word: str) -> list[tuple[str, list, list]]:
    from khronika.ids import country_code
    return [(f["name"], sorted(country_code(s) or s for s in f["sides"]),
             [(h["status"], h["round"], h["date"]) for h in f["history"]]) for f in formats if word in f["name"]]


def test_peace_talks_of_a_government_and_a_front_without_the_mediator(tmp_path):
    path = _doc(tmp_path, "a.txt", (
        "Мирные переговоры в Женеве\n\n"
        "ЖЕНЕВА, 14 марта 2031 года. Кабинет Непала и Объединенный революционный фронт (ОРФ) подвели в пятницу итоги "
        "четвертого раунда мирных переговоров, прошедшего в Женеве при содействии Швейцарии, — первого с 2030 года.\n"
        "Встречу третьего раунда, которую планировалось провести в Базеле в октябре 2030 года, отменили из-за "
        "обстрелов. Пятый раунд намечен на июнь 2031 года.\n"))
    [(name, sides, history)] = _sided(ingested_formats(tmp_path, path), "мирные переговоры")
    assert "CH" not in sides and "NP" in sides and len(sides) == 2
    assert ("cancelled", 3, "2030-10") in history
    assert not any(status == "round" and rnd == 3 for status, rnd, _ in history)  # called off: not held
    assert ("planned", 5, "2031-06") in history


def test_indirect_talks_of_an_army_and_armed_forces_with_two_mediators(tmp_path):
    path = _doc(tmp_path, "b.txt", (
        "Переговоры возобновились\n\n"
        "ДОХА, 3 апреля 2031 года. При посредничестве Катара и Турции в Дохе в четверг открылся четвертый раунд "
        "непрямых переговоров между Вооруженными силами Чада и «Силами демократического обновления» (СДО).\n"
        "Стороны уже встречались: первый раунд состоялся в мае 2029 года; второй раунд был прерван в ноябре "
        "2029 года из-за наступления на севере.\n"))
    [(name, sides, history)] = _sided(ingested_formats(tmp_path, path), "переговоры")
    assert "QA" not in sides and "TR" not in sides and "TD" in sides and len(sides) == 2
    assert ("round", 1, "2029-05") in history and ("suspended", 2, "2029-11") in history


def test_a_commission_between_two_parliaments_has_their_countries_as_sides(tmp_path):
    path = _doc(tmp_path, "c.txt", (
        "Парламентарии обсудили сотрудничество\n\n"
        "БЕРЛИН, 9 мая 2031 года. Депутаты собрались в Берлине на седьмое заседание Комиссии по сотрудничеству "
        "между Бундестагом и Кнессетом. Председатель Бундестага Ханс Кольбе и Председатель Постоянного комитета "
        "Кнессета Ави Мизрахи обсудили обмен делегациями.\n"
        "Шестое заседание Комиссии состоялось в Иерусалиме в марте 2030 года.\n"))
    found = _sided(ingested_formats(tmp_path, path), "комиссия по сотрудничеству")
    assert [(sides, history) for _, sides, history in found] == [
        (["DE", "IL"], [("round", 6, "2030-03"), ("round", 7, "2031-05-09")])]


@pytest.mark.parametrize("sentence, name", [
    ("МИД объявил о переносе саммита «Бразилия — Арабский мир» на осень.", "саммит Арабский мир – Бразилия"),
    ("Лидеры готовятся к саммиту «Арабский мир — Бразилия» в Бразилиа.", "саммит Арабский мир – Бразилия"),
    ("Саммит Западная Африка – Бразилия отложен", "саммит Бразилия – Западная Африка"),
    ("Саммит Бразилия — Западная Африка пройдет в мае.", "саммит Бразилия – Западная Африка"),
])
def test_a_summit_named_by_its_two_partners_is_one_name_in_either_order(sentence, name):
    from khronika.formats import formats_in
    assert name in [n.name for n in formats_in(sentence)]


def test_a_summit_series_by_its_own_name(tmp_path):
    path = _doc(tmp_path, "d.txt", (
        "Саммит перенесен на осень\n\n"
        "БРАЗИЛИА, 2 марта 2031 года. Третий саммит «Бразилия — Арабский мир», намеченный на 5 мая в Бразилиа, "
        "перенесен на октябрь 2031 года, сообщил МИД Бразилии.\n"
        "Второй саммит прошел в Эр-Рияде в ноябре 2029 года.\n"))
    found = _sided(ingested_formats(tmp_path, path), "саммит")
    assert [(name, sides) for name, sides, _ in found] == [("саммит Арабский мир – Бразилия", ["BR"])]
    history = found[0][2]
    assert ("round", 2, "2029-11") in history and ("planned", 3, "2031-10") in history


@pytest.mark.parametrize("text, name, sides", [
    ("Второй саммит «Чили — Аргентина» прошел в Монтевидео в марте 2031 года при участии президента Уругвая.",
     "саммит Аргентина – Чили", ["AR", "CL"]),
    ("Саммит «Египет — Европейский союз», который должен был пройти в Каире, отложен; об этом сообщил МИД Ливии.",
     "саммит Европейский союз – Египет", ["EG"]),
    ("Лидеры Кении и Танзании обсудили подготовку к саммиту «Япония — Африка» в Токио в мае 2031 года.",
     "саммит Африка – Япония", ["JP"]),
])
def test_a_summit_named_by_its_partners_is_not_named_twice_and_its_sides_are_the_partners(tmp_path, text, name,
                                                                                         sides):
    path = _doc(tmp_path, "e.txt", "Саммит\n\nМОСКВА, 2 апреля 2031 года. " + text + "\n")
    found = _sided(ingested_formats(tmp_path, path), "саммит")
    assert [(n, s) for n, s, _ in found] == [(name, sides)]


def test_the_previous_round_told_a_sentence_after_the_format(tmp_path):
    path = _doc(tmp_path, "e.txt", (
        "Обзор недели\n\n"
        "ЛА-ПАС, 12 июня 2031 года. Эквадор и Боливия провели в среду в Ла-Пасе шестой раунд консультаций по "
        "миграционным вопросам. Делегации условились упростить выдачу виз студентам. Прошлый, пятый раунд состоялся "
        "в Кито в мае 2030 года.\n"))
    [(_, sides, history)] = _sided(ingested_formats(tmp_path, path), "консультации по миграционным вопросам")
    assert sides == ["BO", "EC"] and ("round", 5, "2030-05") in history and ("round", 6, "2031-06-11") in history


def test_a_question_about_a_recent_session_is_no_meeting_of_the_briefing_day(tmp_path):
    path = _doc(tmp_path, "f.txt", (
        "Брифинг официального представителя МИД Перу\n\n"
        "ЛИМА, 20 августа 2031 года.\n\n"
        "Вопрос: Чем завершилось недавнее заседание межправкомиссии с Боливией?\n\n"
        "А.Рамос: Подписан протокол о торговле. Шестое заседание Межправительственной комиссии состоялось в Ла-Пасе "
        "в конце июля.\n"))
    found = _sided(ingested_formats(tmp_path, path), "межправ")
    assert not any(h[2] == "2031-08-20" for _, _, history in found for h in history)


@pytest.mark.parametrize("sentence", [
    "Уругвай и Чили провели консультации замглав МИД.",
    "В Монтевидео прошли консультации заместителей министров иностранных дел двух стран.",
    "Начался раунд консультаций первых замминистров иностранных дел Уругвая и Чили.",
    "Консультации на уровне заместителей министров открылись в Сантьяго во вторник.",
])
def test_consultations_of_deputy_ministers_are_one_kind_however_told(sentence):
    from khronika.formats import formats_in
    assert "консультации на уровне заместителей министров" in [n.name for n in formats_in(sentence)]


@pytest.mark.parametrize("sentence, rnd", [
    ("Начался третий цикл.", 3),
    ("Шестой цикл проходил в Асунсьоне.", 6),
    ("Следующий, девятый цикл стороны намерены провести в Кито.", 9),
    ("Стороны провели пятый цикл мирных переговоров.", 5),
    ("Начался второй цикл чемпионата.", None),
])
def test_a_cycle_of_talks_is_a_round_told_alone_too(sentence, rnd):
    from khronika.format_rounds import round_in
    assert round_in(sentence) == rnd


def test_a_timeline_of_talks_lists_their_rounds(tmp_path):
    path = _doc(tmp_path, "g.txt", (
        "ХРОНОЛОГИЯ\nПереговоры Перу и Фронта освобождения Анд: даты\n\n"
        "12 марта 2027 года, Лима — правительство Перу и Фронт освобождения Анд (ФОА) начали мирные переговоры.\n\n"
        "4 – 20 июня 2027 года, Кито — второй цикл переговоров.\n\n"
        "9 – 15 октября 2027 года, Сукре — третий цикл.\n\n"
        "14 мая 2029 года, Лима — после перерыва стороны возобновили диалог: открылся четвертый цикл.\n\n"
        "Следующий, пятый цикл стороны намерены провести в сентябре 2029 года в Кито.\n"))
    [(_, sides, history)] = _sided(ingested_formats(tmp_path, path), "мирные переговоры")
    assert "PE" in sides and len(sides) == 2
    for entry in [("round", 2, "2027-06-04"), ("round", 3, "2027-10-09"), ("round", 4, "2029-05-14"),
                  ("planned", 5, "2029-09")]:
        assert entry in history


@pytest.mark.parametrize("sentence", [
    "Специальные представители Сербии и Черногории по пограничным вопросам провели вчера третью встречу.",
    "Спецпредставители двух государств встретились в Будве.",
    "Новую встречу в Белграде спецпредставители договорились провести весной.",
    "Прошла седьмая встреча спецпредставителей по границе.",
])
def test_meetings_of_special_representatives_however_told(sentence):
    from khronika.formats import formats_in
    assert "встреча специальных представителей" in [n.name for n in formats_in(sentence)]


def test_special_representatives_named_only_as_present_hold_no_meeting():
    from khronika.formats import formats_in
    assert not formats_in("В заседании приняли участие спецпредставители Чили, Перу и Эквадора.")


def test_a_summit_put_off_is_dated_by_the_day_it_was_to_be_held_in_its_city(tmp_path):
    path = _doc(tmp_path, "h.txt", (
        "Саммит отложен\n\n"
        "МОНТЕВИДЕО, 20 апреля 2031 года. Саммит «Уругвай — Скандинавия», который должен был пройти в Монтевидео "
        "14 мая, перенесен на осень, сообщил МИД Уругвая.\n"))
    [(_, _, history)] = _sided(ingested_formats(tmp_path, path), "саммит")
    assert ("postponed", None, "2031-05-14") in history
