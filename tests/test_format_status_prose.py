"""Breaks, resumptions and proposals to resume told in prose (``format_status.py``, ``format_history.py``,
``format_bodies.status_again``)."""
from __future__ import annotations

import pytest

from khronika.format_merge import complete
from khronika.format_status import status_of
from tests.test_format_bodies import _doc, _history
from tests.test_format_history_told import ingested_formats


@pytest.mark.parametrize("sentence, status", [
    ("Министр предложил возобновить работу комиссии.", "proposed-resumption"),
    ("Столица готова к возобновлению полноформатной работы в совете.", "proposed-resumption"),
    ("Парламент призвал возобновить диалог с соседями.", "proposed-resumption"),
    ("Столица не готова к возобновлению работы в совете.", None),
    ("Делегации отказались от возобновления переговоров.", None),
    ("По итогам заседания, прошедшего 13 ноября в Лиме, подписан протокол.", "meeting"),
    ("Итоги прошедшего года подвели на заседании.", None),
    ("В феврале стороны частично восстановили работу рабочих групп.", "resumed"),
    ("Страны заморозили работу совета.", "suspended"),
    ("Ереван фактически заморозил участие в союзе.", None),  # a member's, not the mechanism's break
])
def test_statuses_told_in_prose(sentence, status):
    assert status_of(sentence, []) == status


def test_a_break_a_partial_resumption_and_a_proposal(tmp_path):
    path = _doc(tmp_path, "s.txt", (
        "Уругвай предложил Аргентине возобновить работу межправительственной комиссии\n\n"
        "МОНТЕВИДЕО, 12 мая 2031 года. Аргентина в одностороннем порядке приостановила работу межправительственной "
        "комиссии Уругвая и Аргентины по торговле в марте 2029 года, а в феврале 2030 года стороны частично "
        "восстановили работу ее подкомиссий. В среду министр иностранных дел Уругвая предложил возобновить "
        "полноформатную работу комиссии.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["межправительственная комиссия по торговле Аргентина – Уругвай"]
    assert _history(formats, "межправительственная комиссия") == [
        ("suspended", None, "2029-03"), ("resumed", None, "2030-02"), ("proposed-resumption", None, "2031-05-07")]


def test_a_frozen_council_its_contacts_restored_and_a_side_ready_to_resume(tmp_path):
    path = _doc(tmp_path, "t.txt", (
        "Совет государств Балтийского моря остается без России\n\n"
        "ХЕЛЬСИНКИ, 20 мая 2031 года. Страны Совета государств Балтийского моря заморозили всю работу совета "
        "в марте 2028 года, а в мае 2030 года восстановили контакты на уровне экспертов. Москва готова к "
        "возобновлению работы в Совете государств Балтийского моря, заявил в среду представитель МИД России.\n"))
    formats = ingested_formats(tmp_path, path)
    assert _history(formats, "Совет государств Балтийского моря") == [
        ("suspended", None, "2028-03"), ("resumed", None, "2030-05"), ("proposed-resumption", None, "2031-05-14")]


def test_a_session_put_off_told_by_its_noun_is_the_documents_one_mechanism(tmp_path):
    path = _doc(tmp_path, "u.txt", (
        "Перу и Эквадор подписали протокол о разминировании\n\n"
        "ЛИМА, 14 ноября 2031 года. Перу и Эквадор по итогам заседания совместного пограничного комитета, "
        "прошедшего 13 ноября в Лиме, подписали протокол о разминировании. Министр обороны Перу назвал встречу "
        "полезной. Заседание, первоначально намеченное на 2 сентября 2031 года, дважды переносилось.\n"))
    formats = ingested_formats(tmp_path, path)
    assert [f["name"] for f in formats] == ["совместный пограничный комитет Перу – Эквадор"]
    assert _history(formats, "совместный пограничный комитет") == [
        ("postponed", None, "2031-09-02"), ("meeting", None, "2031-11-13")]


def test_a_proposal_naming_the_states_to_join_a_mechanism_of_states_and_organisations(tmp_path):
    # the quartet has two states and two organisations: other countries named as those to join it leave it named
    path = _doc(tmp_path, "q.txt", (
        "Посредники собрались в Осло\n\n"
        "ОСЛО, 4 марта 2031 года. Представители ближневосточного «квартета» провели во вторник встречу в Осло. "
        "Делегат Евросоюза предложил возобновить ежемесячные встречи «квартета» и пригласить на них Оман, Кувейт "
        "и Бахрейн.\n"))
    statuses = [h[0] for h in _history(ingested_formats(tmp_path, path), "ближневосточный квартет")]
    assert "proposed-resumption" in statuses


def test_a_proposal_to_hold_a_meeting_put_off_told_in_a_participle_clause(tmp_path):
    # the putting off told in a clause of its own (``format_local.relative_turns``): still a proposal to meet again,
    # dated by the time asked for; the clause's month the one nearest the document's day, not the next year's
    path = _doc(tmp_path, "v.txt", (
        "Уругвай и Парагвай обсудили речное судоходство\n\n"
        "МОНТЕВИДЕО, 3 декабря 2031 года. Министр иностранных дел Уругвая предложил провести заседание "
        "межправительственной комиссии Уругвая и Парагвая по судоходству, отложенное в октябре, во втором "
        "квартале 2032 года.\n"))
    formats = ingested_formats(tmp_path, path)
    assert _history(formats, "межправительственная комиссия") == [
        ("postponed", None, "2031-10"), ("proposed-resumption", None, "2032")]



def test_a_meeting_put_off_in_a_month_is_the_numbered_one_planned_for_a_day_of_it():
    # "седьмое заседание, намеченное на 14 октября" in one report, "заседание, отложенное в октябре" in another
    def entry(status, date, rnd, doc):
        return {"status": status, "date": date, "date_precision": "", "round": rnd, "events": [], "docs": [doc]}
    history = [entry("planned", "2031-10-14", 7, "d:1"), entry("postponed", "2031-10", None, "d:2")]
    assert ("postponed", 7, "2031-10-14") in [(h["status"], h["round"], h["date"]) for h in complete(history, [])]
