"""Standing joint bodies (``совместный комитет``, ``постоянная комиссия``) as formats with a history, only where their
document tells them at work between two sides (``format_bodies.py``)."""
from __future__ import annotations

import pytest

from khronika.formats import formats_in
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, name", [
    ("Вчера открылось 41-е заседание Совместного пограничного комитета Перу и Эквадора.",
     "совместный пограничный комитет"),
    ("Работа Постоянной комиссии Боливии и Парагвая по реке Пилькомайо остановлена.",
     "постоянная комиссия по реке пилькомайо"),
    ("Прошло первое заседание совместного комитета Монголии и Казахстана по мониторингу перевозок.",
     "совместный комитет по мониторингу перевозок"),
    ("Заседание Смешанного комитета по рыболовству отложено.", "смешанный комитет по рыболовству"),
])
def test_joint_bodies_named_in_the_nominative(sentence, name):
    assert name in [n.name for n in formats_in(sentence)]


def _doc(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _history(formats: list[dict], name: str) -> list[tuple]:
    fmt = next(f for f in formats if f["name"].startswith(name))
    return [(h["status"], h["round"], h["date"]) for h in fmt["history"]]


def test_a_joint_committee_with_numbered_sessions_is_a_format(tmp_path):
    path = _doc(tmp_path, "a.txt", (
        "Перу и Эквадор провели заседание пограничного комитета\n\n"
        "ЛИМА, 12 марта 2031 года. В Лиме 11 марта состоялось 41-е заседание Совместного пограничного комитета "
        "Перу и Эквадора. Делегации обсудили демаркацию спорных участков границы и совместное патрулирование.\n"
        "Предыдущее заседание комитета прошло в Кито в июне 2030 года. Следующее заседание стороны договорились "
        "провести в Кито в октябре 2031 года.\n"))
    formats = ingested_formats(tmp_path, path)
    fmt = next(f for f in formats if f["name"].startswith("совместный пограничный комитет"))
    assert fmt["name"] == "совместный пограничный комитет Перу – Эквадор"
    assert _history(formats, "совместный пограничный комитет") == [
        ("round", 40, "2030-06"), ("round", 41, "2031-03-11"), ("planned", 42, "2031-10")]


def test_a_first_session_and_the_next_one_make_a_history(tmp_path):
    path = _doc(tmp_path, "b.txt", (
        "Монголия и Казахстан создали совместный комитет по мониторингу\n\n"
        "УЛАН-БАТОР, 20 мая 2031 года. Первое заседание совместного комитета Монголии и Казахстана по мониторингу "
        "перевозок состоялось 19 мая 2031 года в Улан-Баторе. Второе заседание комитета намечено на сентябрь "
        "2031 года. В рамках комитета создана рабочая группа по тарифам.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["совместный комитет по мониторингу перевозок Казахстан – Монголия"]
    assert _history(formats, "совместный комитет")[:2] == [("round", 1, "2031-05-19"), ("planned", 2, "2031-09")]


def test_a_body_of_one_country_or_without_sessions_is_no_format(tmp_path):
    path = _doc(tmp_path, "c.txt", (
        "Парламент Уругвая обсудил бюджет\n\n"
        "МОНТЕВИДЕО, 5 июня 2031 года. Глава постоянной комиссии парламента по международным делам выступил "
        "в среду с докладом. Совместный комитет профсоюзов и работодателей Уругвая одобрил поправки. "
        "Министр рассказал, что при межправительственной комиссии создана рабочая группа по логистике.\n"))
    assert ingested_formats(tmp_path, path) == []


def test_the_sides_told_between_and_not_the_mediator(tmp_path):
    path = _doc(tmp_path, "d.txt", (
        "В Гаване прошло третье заседание совместного комитета Венесуэлы и Гайаны\n\n"
        "ГАВАНА, 9 июня 2031 года. Совместный комитет по урегулированию пограничного спора между Венесуэлой и "
        "Гайаной провел в Гаване свое третье заседание при посредничестве Кубы. Первое заседание комитета "
        "состоялось 4 марта 2030 года в Бразилиа.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == [
        "совместный комитет по урегулированию пограничного спора Венесуэла – Гайана"]  # the headline's name is it
    assert _history(formats, "совместный комитет")[:2] == [("round", 1, "2030-03-04"), ("round", 3, "2031-06-09")]


def test_told_sides_reads_mediators_and_between():
    from khronika.format_bodies import told_sides
    from khronika.ids import is_country
    from khronika.records import Mention

    text = "Переговоры между Чили и Перу прошли при посредничестве Эквадора, а Боливия их приветствовала."
    found = [Mention(text.index(w), text.index(w) + len(w), "LOC", w, entity=e)
             for w, e in (("Чили", "e:iso-CL"), ("Перу", "e:iso-PE"), ("Эквадора", "e:iso-EC"),
                          ("Боливия", "e:iso-BO"))]
    assert told_sides(text, 0, found, is_country) == ({"e:iso-EC"}, {"e:iso-CL", "e:iso-PE"}, set(), set())
    text = "Министры Чили и Перу встретились под председательством Эквадора."
    found = [Mention(text.index(w), text.index(w) + len(w), "LOC", w, entity=e)
             for w, e in (("Чили", "e:iso-CL"), ("Перу", "e:iso-PE"), ("Эквадора", "e:iso-EC"))]
    assert told_sides(text, 0, found, is_country) == ({"e:iso-EC"}, set(), set(), set())


def test_an_international_organisation_named_as_a_party_is_a_side(tmp_path):
    path = _doc(tmp_path, "e.txt", (
        "В Вене завершился второй раунд технических консультаций Боливии и МАГАТЭ\n\n"
        "ВЕНА, 14 мая 2031 года. Во вторник в Вене завершился второй раунд технических консультаций Боливии и "
        "МАГАТЭ по гарантиям. Первый раунд прошел в Ла-Пасе в марте 2031 года.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["технические консультации Боливия – МАГАТЭ"]
    assert _history(formats, "технические консультации") == [("round", 1, "2031-03"), ("round", 2, "2031-05-13")]


def test_a_kind_with_a_gazetteer_organisation_as_a_party_is_the_gazetteer_mechanism(tmp_path):
    path = _doc(tmp_path, "f.txt", (
        "В Маскате прошла пятая встреча стратегического диалога\n\n"
        "МАСКАТ, 4 марта 2031 года. Министры иностранных дел России и Омана во вторник провели в Маскате пятую "
        "министерскую встречу в рамках стратегического диалога между Российской Федерацией и Советом сотрудничества "
        "стран Персидского залива. Стратегический диалог был запущен в 2011 году.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["стратегический диалог Россия – ССАГПЗ"]  # the headline's too
    assert _history(formats, "стратегический диалог") == [("round", 5, "2031-03-04")]


def test_the_host_named_only_as_a_place_is_no_side(tmp_path):
    path = _doc(tmp_path, "g.txt", (
        "Перу и Чили провели в Кито третий раунд технических консультаций\n\n"
        "КИТО, 8 апреля 2031 года. Делегации Перу и Чили во вторник провели в эквадорской столице третий раунд "
        "технических консультаций по рыболовству при посредничестве Эквадора. Предыдущий раунд прошел в Лиме "
        "в январе 2031 года.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [(f["name"], f["sides"]) for f in formats] == [("технические консультации Перу – Чили",
                                                           ["e:iso-PE", "e:iso-CL"])]
    assert _history(formats, "технические консультации") == [("round", 2, "2031-01"), ("round", 3, "2031-04-08")]


def test_told_sides_reads_a_host_named_only_as_a_place():
    import re

    from khronika.format_bodies import told_sides
    from khronika.ids import is_country
    from khronika.records import Mention

    text = "Перу и Чили провели в Кито консультации, а на Кубе их обсудили."
    found = [Mention(text.index(w), text.index(w) + len(w), "LOC", w, normal=n, entity=e)
             for w, n, e in (("Перу", "Перу", "e:iso-PE"), ("Чили", "Чили", "e:iso-CL"), ("Кито", "Кито", "e:quito"),
                             ("Кубе", "Куба", "e:iso-CU"))]
    assert told_sides(text, 0, found, is_country)[3] == {"e:iso-EC", "e:iso-CU"}
    text = "Перу провело в Чили консультации с Чили."  # named a side too
    found = [Mention(m.start(), m.end(), "LOC", m.group(), entity=e) for m, e in zip(
        re.finditer(r"Перу|Чили", text), ("e:iso-PE", "e:iso-CL", "e:iso-CL"), strict=True)]
    assert told_sides(text, 0, found, is_country)[3] == set()


def test_a_working_group_without_sides_takes_up_no_later_round(tmp_path):
    path = _doc(tmp_path, "h.txt", (
        "Перу и Чили провели третий раунд технических консультаций\n\n"
        "ЛИМА, 10 октября 2031 года. Перу и Чили в четверг провели в Лиме третий раунд технических консультаций "
        "по рыболовству. Делегации условились учредить рабочую группу по квотам. Следующий раунд пройдет в "
        "Сантьяго в мае 2032 года.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["технические консультации Перу – Чили"]
    assert ("planned", 4, "2032-05") in _history(formats, "технические консультации")


def test_consular_consultations_are_a_kind_of_mechanism(tmp_path):
    """``консульские консультации``, or consultations between the consular services of two countries: one
    mechanism, whose rounds make its history."""
    path = _doc(tmp_path, "c.txt", (
        "Перу и Чили провели консультации консульских служб\n\n"
        "ЛИМА, 5 апреля 2031 года. 3–4 апреля в Лиме прошел второй раунд консультаций между консульскими службами "
        "Перу и Чили. Стороны обсудили выдачу виз сезонным работникам.\n"
        "Первый раунд перуанско-чилийских консульских консультаций состоялся в Сантьяго в 2029 году.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["консульские консультации Перу – Чили"]
    assert _history(formats, "консульские консультации")[:2] == [("round", 1, "2029"), ("round", 2, "2031-04-03")]


@pytest.mark.parametrize("sentence, number", [
    ("Министры Чили и Боливии провели в Арике IX Бинациональный кабинет.", 9),
    ("Следующий, X Бинациональный кабинет решено провести в Ла-Пасе.", 10),
    ("Третий бинациональный кабинет прошел в Сантьяго.", 3),
    ("Второй кабинет министров ушел в отставку.", None),
])
def test_a_binational_cabinet_is_numbered_as_a_session(sentence, number):
    from khronika.format_rounds import round_in

    assert round_in(sentence) == number


def test_a_binational_cabinet_is_a_kind_of_mechanism(tmp_path):
    path = _doc(tmp_path, "d.txt", (
        "Чили и Боливия провели IX Бинациональный кабинет\n\n"
        "АРИКА, 9 октября 2031 года. Министры Чили и Боливии провели в Арике IX Бинациональный кабинет. "
        "Стороны подписали соглашение о транзите грузов.\n"))
    formats = ingested_formats(tmp_path, path)
    assert "бинациональный кабинет Боливия – Чили" in [f["name"] for f in formats]
    assert ("round", 9) in [h[:2] for h in _history(formats, "бинациональный кабинет")]


@pytest.mark.parametrize("sentence, sides", [
    ("В Тегусигальпе прошла пятая сессия комитета Гондурас-Никарагуа.", {"e:iso-HN", "e:iso-NI"}),
    ("Члены межправкомиссии Перу-Чили собрались в Арике.", {"e:iso-PE", "e:iso-CL"}),
    ("Стороны провели заседание совета Бразилия-Аргентина в Рио.", {"e:iso-BR", "e:iso-AR"}),
    ("Делегация Гвинеи-Бисау прибыла в Дакар.", set()),  # one country of a hyphenated name
    ("Министр прилетел в Нью-Йорк на сессию.", set()),
    ("Стартап представил робот Икс-Игрек.", set()),
])
def test_a_hyphenated_pair_of_country_names_gives_the_sides(sentence, sides):
    from khronika.format_bodies import sides_in
    assert sides_in(sentence, [], []) == sides
