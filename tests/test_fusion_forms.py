"""Fusion through the whole pipeline on texts written for this test: a named mechanism's meeting put off,
told by a dated and an undated outlet; a threat of one day told with and without its target; a
dateline whose outlet follows a comma (``Баку, 9 июня, АПА.``) dates its report."""
import pytest

from .test_fusion_corpus import chronicle
from .test_fusion_outlets import events_by_source

pytestmark = pytest.mark.slow

PUT_OFF = {
    "p1.txt": "АЛМАТЫ, 3 июня 2031 года. /Агентство/. Очередной саммит ОДКБ в Бишкеке не состоится в июне, "
              "его перенесли на осень, сообщили в секретариате организации.",
    "p2.txt": "Саммит ОДКБ в Бишкеке, намеченный на июнь, не состоится в срок. Новую дату пока не назвали.",
    "p3.txt": "ДУШАНБЕ, 12 октября 2029 года. /Агентство/. Саммит ОДКБ прошел в Душанбе.",
}

THREAT = {
    "t1.txt": "ЛИМА, 14 марта 2031 года. /Агентство/. Правительство Перу пригрозило выходом из договора о "
              "рыболовстве из-за новых квот.",
    "t2.txt": "Лима, 14 марта 2031 года – Вестник. Перу пригрозило пересмотреть участие в договоре о рыболовстве, "
              "заявил премьер-министр страны.",
}


def acts(records, type_):
    docs = {r["id"]: r["path"].rsplit("/", 1)[-1] for r in records if r["kind"] == "document"}
    return [sorted(docs[s] for s in r["sources"]) for r in records if r["kind"] == "event" and r["type"] == type_]


def test_fusion_a_named_mechanism_put_off_in_one_city_told_dated_and_undated(tmp_path):
    found = events_by_source(chronicle(tmp_path, PUT_OFF))
    assert ["p1.txt", "p2.txt"] in found and ["p3.txt"] in found, found


def test_fusion_a_threat_of_one_day_with_and_without_its_target(tmp_path):
    assert ["t1.txt", "t2.txt"] in acts(chronicle(tmp_path, THREAT), "THREATEN")


def test_a_dateline_with_its_outlet_after_a_comma_dates_the_report():
    from khronika.stages.clean.heads import dateline

    head = dateline("Баку, 14 марта, АПА. Посол Чили получил приглашение на форум.")
    assert head is not None and (head.place, head.agency, head.date.month, head.date.day) == ("Баку", "АПА", 3, 14)
    assert dateline("Москва, 2 декабря. Министр сказал, что погода хорошая.") is None
    from khronika.stages.clean.heads import yearless_day

    assert yearless_day("Вестник Анд\nпятница, 14 марта\n\nЗаголовок заметки") == "03-14"  # a day for fusion
    head = dateline("Тумбес, 12 ноября 2031, 17:20 — ИА REGNUM. Делегации провели встречу.")
    assert head is not None and (head.place, head.agency, head.date.year) == ("Тумбес", "Regnum", 2031)
