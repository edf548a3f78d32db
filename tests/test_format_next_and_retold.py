"""Meetings of a format told without its name or under another (``formats.py``, ``format_history.py``,
``format_identity.py``): the next session told elliptically after a sentence about an earlier one, the next session
told by its number in reported speech after a compound name (``межправкомиссия`` … ``заседание комиссии``), a round
to come told in a clause after the words of since when the format works, one meeting two outlets name differently,
a council named ``Высший совет сотрудничества`` by one outlet and ``Совет сотрудничества высокого уровня`` by another,
and a meeting a later document retells dated only by its own day."""
from __future__ import annotations

import pytest

from khronika.format_identity import _fused
from khronika.formats import _retold_on_their_day, formats_in
from tests.test_format_history_told import ingested_formats


def _history(formats: list[dict], name: str) -> list[tuple]:
    fmt = next(f for f in formats if f["name"].startswith(name))
    return [(h["status"], h["round"], h["date"]) for h in fmt["history"]]


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_next_session_told_without_its_noun_after_an_earlier_one(tmp_path):
    path = _write(tmp_path, "a.txt", (
        "Чили и Перу завершили сессию комиссии\n\nЛима, 14 мая 2031 (Эль Комерсио).\n\n"
        "Чили и Перу в среду завершили в Лиме 9-ю сессию Смешанной постоянной комиссии по сотрудничеству, подписав "
        "соглашение о рыболовстве.\n\nМинистр иностранных дел Перу Хорхе Салас призвал чилийскую сторону снизить "
        "пошлины на рыбную муку. Чилийский министр Андрес Вальдес обещал изучить этот вопрос.\n\n"
        "Стороны также решили продолжить обсуждение водных ресурсов.\n\n"
        "Предыдущая, восьмая сессия прошла в Арике в мае 2029 года. "
        "Следующую намечено провести в Такне в 2033 году.\n"))
    assert _history(ingested_formats(tmp_path, path), "смешанная постоянная комиссия") == [
        ("round", 8, "2029-05"), ("round", 9, "2031-05-14"), ("planned", 10, "2033")]


def test_the_next_session_by_its_number_in_reported_speech_after_a_compound_name(tmp_path):
    path = _write(tmp_path, "b.txt", (
        "Уругвай и Парагвай подвели итоги межправкомиссии\n\nАСУНСЬОН, 20 мая 2031 года. Уругвай и Парагвай по итогам "
        "пятнадцатого заседания межправкомиссии условились учредить речной комитет, "
        "сообщил министр Карлос Гомес.\n\nМинистр также сказал, что очередное, 16-е заседание комиссии пройдет в "
        "Монтевидео весной 2032 года.\n"))
    assert ("planned", 16, "2032") in _history(ingested_formats(tmp_path, path), "межправкомиссия")


def test_a_round_to_come_told_after_since_when_the_format_works(tmp_path):
    path = _write(tmp_path, "c.txt", (
        "Боливия и Эквадор провели консультации\n\nКито, 10 июня 2031 года. Боливия и Эквадор провели в Кито "
        "консультации на уровне замминистров.\n\n"
        "Консультации проводятся с 2011 года, девятый раунд намечен на 2033 год в Ла-Пасе.\n"))
    history = _history(ingested_formats(tmp_path, path), "консультации на уровне")
    assert ("active", None, "2011") in history and ("planned", 9, "2033") in history


def test_one_meeting_two_outlets_name_differently_is_one_format(tmp_path):
    one = _write(tmp_path, "d1.txt", (
        "Чили и Перу провели политические консультации в Лиме\n\nЛИМА, 12 июня 2031 года. Заместитель министра "
        "иностранных дел Чили Андрес Вальдес и заместитель министра иностранных дел Перу Хорхе Салас провели в "
        "четверг в Лиме очередной, пятый раунд политических консультаций.\n\n"
        "Предыдущий, четвертый раунд консультаций прошел в Сантьяго в мае 2030 года.\n"))
    two = _write(tmp_path, "d2.txt", (
        "Перу и Чили обсудили региональную повестку\n\nЛима, 13 июня 2031 (Эль Перуано).\n\n"
        "Перу и Чили провели в Лиме консультации на уровне замминистров. Чилийскую делегацию возглавил Андрес "
        "Вальдес, перуанскую — Хорхе Салас.\n\n"
        "Консультации проводятся с 2012 года, шестой раунд намечен на 2032 год в Сантьяго.\n"))
    formats = ingested_formats(tmp_path, one, two)
    assert [f["name"] for f in formats] == ["политические консультации Перу – Чили"]
    assert ("round", 5, "2031-06-12") in _history(formats, "политические") \
        and ("planned", 6, "2032") in _history(formats, "политические")


@pytest.mark.parametrize("sentence", [
    "Четвертое заседание Высшего совета сотрудничества Египта и Турции отложено.",
    "Высший совет сотрудничества Туниса и Алжира соберется в мае.",
    "Лидеры открыли заседание Высшего совета сотрудничества двух стран.",
])
def test_a_high_cooperation_council_is_of_the_high_level_councils(sentence):
    assert [(n.name, n.type) for n in formats_in(sentence)] == [
        ("высший совет сотрудничества", "совет высокого уровня")]


def test_a_high_council_and_a_council_of_high_level_are_one_format(tmp_path):
    one = _write(tmp_path, "g1.txt", (
        "Заседание Высшего совета сотрудничества Египта и Турции отложено\n\nКаир, 3 марта 2031 (Аль-Ахрам).\n\n"
        "Четвертое заседание Высшего совета сотрудничества Египта и Турции, которое планировалось провести 12 марта "
        "в Каире, отложено до осени. Об этом заявил представитель египетского правительства.\n\n"
        "Третье заседание совета прошло в Анкаре в феврале 2029 года.\n"))
    two = _write(tmp_path, "g2.txt", (
        "Сессия турецко-египетского совета отложена\n\nАнкара, 3 марта 2031 года. "
        "Турция и Египет решили отложить ближайшую сессию Совета сотрудничества высокого уровня, заявил источник "
        "в Анкаре.\n"))
    formats = ingested_formats(tmp_path, one, two)
    assert len(formats) == 1
    history = _history(formats, "")
    assert ("round", 3, "2029-02") in history and ("postponed", 4, "2031-03-12") in history


def test_a_meeting_retold_later_takes_the_day_of_the_reports_it_fused_with():
    reports = [
        {"id": "v:a", "grp": "v:g", "date": "2031-05-13", "date_from": "text"},
        {"id": "v:b", "grp": "v:g", "date": "2031-05-13", "date_from": "document"},
        {"id": "v:c", "grp": "v:g", "date": "2031-05-16", "date_from": "document"},  # a transcript three days later
        {"id": "v:d", "grp": None, "date": "2031-05-16", "date_from": "document"},  # its own meeting: not fused
        {"id": "v:e", "grp": "v:g", "date": None, "date_from": "document"},  # a page of no date: "в минувший четверг"
    ]
    group = {e["id"]: e["grp"] or e["id"] for e in reports}
    entries = [{"status": "meeting", "date": "2031-05-16", "events": ["v:c"]},
               {"status": "meeting", "date": "2031-05-16", "events": ["v:d"]},
               {"status": "planned", "date": "2031-05-16", "events": ["v:c"]},
               {"status": "meeting", "date": None, "events": ["v:e"]}]
    _retold_on_their_day([(None, "d", set(), entries)], reports, group)
    assert [e["date"] for e in entries] == ["2031-05-13", "2031-05-16", "2031-05-16", "2031-05-13"]


def test_two_mechanisms_one_document_names_at_one_meeting_stay_two():
    """A session of a commission and its working group told by one sentence cite one event: not one mechanism."""
    def items(doc: str) -> list:
        return [(None, doc, [{"status": "round", "date": "2031-05-13", "events": ["v:g"], "docs": [doc]}])]
    assert _fused(items("d:1"), items("d:2")) and not _fused(items("d:1"), items("d:1"))


def test_an_earlier_meeting_only_set_for_a_date_and_called_off_was_not_held(tmp_path):
    path = _write(tmp_path, "h.txt", (
        "Перу и Эквадор провели заседание комиссии\n\nКИТО, 4 марта 2031 года. В Кито 3 марта прошло 12-е заседание "
        "Смешанной комиссии Перу и Эквадора по сотрудничеству.\n\nПредыдущее заседание комиссии, намеченное на "
        "октябрь прошлого года, было отменено из-за наводнения.\n"))
    history = _history(ingested_formats(tmp_path, path), "смешанная комиссия")
    assert ("cancelled", None, "2030-10") in history and not any(h[2] == "2030-10" and h[0] == "round" for h in history)


def test_the_next_round_after_a_round_told_as_a_resumption(tmp_path):
    path = _write(tmp_path, "k.txt", (
        "Лима и Ла-Пас договорились о демаркации\n\nДелегации Перу и Боливии по итогам трехдневных переговоров в "
        "Ла-Пасе договорились создать совместную комиссию по демаркации на озере Титикака.\n\n"
        "Это шестой раунд переговоров Перу и Боливии и первый после двухлетнего перерыва.\n\n"
        "Перуанскую делегацию возглавлял вице-министр Хорхе Салас, боливийскую — вице-министр Марио Кинтана.\n\n"
        "Следующий раунд переговоров стороны намерены провести в марте в Лиме.\n\nЛа-Пас | 10.09.2031\n"))
    history = _history(ingested_formats(tmp_path, path), "переговоры")
    assert ("resumed", 6, "2031-09-10") in history and ("planned", 7, "2032-03") in history


@pytest.mark.parametrize("then, planned", [
    ("Сессия на уровне президентов пройдет в Виндхуке 17 марта.", [("planned", 7, "2031-03-17")]),
    ("Встреча президентов пройдет в Виндхуке 17 марта.", []),  # another meeting noun: not that session
])
def test_the_session_told_again_by_its_noun_in_the_next_sentence(tmp_path, then, planned):
    path = _write(tmp_path, "m.txt", (
        "Намибия и Ангола открыли сессию комиссии\n\nВиндхук, 10 марта 2031 (NAMPA). Министры иностранных дел Намибии "
        "и Анголы открыли в понедельник в Виндхуке заседание экспертов в рамках седьмой сессии Постоянной совместной "
        f"комиссии по сотрудничеству.\n\n{then}\n\nШестая сессия комиссии прошла в Луанде в мае 2029 года.\n"))
    history = _history(ingested_formats(tmp_path, path), "постоянная совместная комиссия")
    assert [h for h in history if h[0] == "planned"] == planned and ("round", 7, "2031-03-10") in history


@pytest.mark.parametrize("sentence, agreed", [
    ("Стороны условились о создании совместной рабочей группы Перу и Чили по энергетике.", True),
    ("Министры решили учредить смешанный комитет Перу и Чили по рыболовству.", True),
    ("Главным итогом стала договоренность о рабочей группе Перу и Чили по миграции.", True),
    ("В Лиме прошло третье заседание совместной рабочей группы Перу и Чили по миграции.", False),
    ("Стороны договорились о следующем заседании смешанного комитета Перу и Чили по рыболовству.", False),
])
def test_a_body_only_agreed_to_be_set_up(sentence, agreed):
    from khronika.format_status import only_agreed

    bodies = [n for n in formats_in(sentence) if "групп" in n.name or "комитет" in n.name]
    assert bodies and all(only_agreed(sentence, n) == agreed for n in bodies)


def test_a_body_agreed_beside_a_mechanism_to_resume_leaves_it_its_status(tmp_path):
    path = _write(tmp_path, "n.txt", (
        "Уругвай и Парагвай подвели итоги переговоров\n\nАСУНСЬОН, 20 мая 2031 года. Стороны договорились создать "
        "рабочую группу Уругвая и Парагвая по энергетике и возобновить деятельность Механизма политических "
        "консультаций, замороженную с 2027 года.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"].split(" Парагвай")[0] for f in formats] == ["механизм политических консультаций"]
    assert any(h[0] == "proposed-resumption" for h in _history(formats, "механизм"))


def test_the_next_summit_told_by_leaders_resolved_to_some_of_the_members_is_the_groups(tmp_path):
    """``Лидеры условились, что очередной саммит …``: the group's planned summit with all the sides told before, not a
    summit of the one or two members the sentence's descriptor was resolved to."""
    path = _write(tmp_path, "a.txt", (
        "Лидеры Польши, Чехии, Словакии и Венгрии собрались в Оломоуце\n\nОломоуц, 14 мая 2031 (ЧТК). "
        "Премьер-министр Чехии Ян Новак принял в четверг в Оломоуце премьер-министра Польши Адама Ковальского, "
        "премьер-министра Словакии Петера Грегу и премьер-министра Венгрии Золтана Хорвата на саммите Вышеградской "
        "группы — формата четырех стран, учрежденного в 1991 году в Вышеграде.\n\n"
        "Участники встречи подписали декларацию о совместной закупке газа.\n\n"
        "Польский премьер потребовал от Будапешта отказаться от закупок газа у России, однако Хорват это требование "
        "отклонил.\n\n«Группа должна приносить результаты», — сказал Новак журналистам.\n\n"
        "Лидеры условились, что очередной саммит состоится в Венгрии в 2032 году.\n"))
    formats = ingested_formats(tmp_path, path)
    assert ("planned", None, "2032") in _history(formats, "Вышеградская группа")
    assert not any(("planned", None, "2032") in _history(formats, f["name"]) for f in formats
                   if not f["name"].startswith("Вышеградская"))
