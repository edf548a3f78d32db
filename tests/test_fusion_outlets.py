"""Fusion through the whole pipeline on texts written for this test: several outlets report one
meeting with the names spelled differently (one event); the same format with other sides, and a
background text that lists meetings of other years, stay apart."""
import pytest

from .test_fusion_corpus import chronicle

pytestmark = pytest.mark.slow

ONE_MEETING = {
    "o1.txt": "ТОКИО, 12 апреля 2024 года. /Агентство/. Министр иностранных дел Японии Ёсимаса Хаяси провел в Токио "
              "переговоры с министром иностранных дел Филиппин Энрике Манало. Стороны обсудили безопасность "
              "в Южно-Китайском море.",
    "o2.txt": "12 апреля 2024 года в Токио глава МИД Японии Йошимаса Хаяши встретился с министром иностранных дел "
              "Филиппин Энрике Манало. Министры договорились расширить сотрудничество.",
    "o3.txt": "ТОКИО, 12 апреля 2024 года. Япония и Филиппины провели в Токио переговоры на уровне министров "
              "иностранных дел.",
}

OTHER_SIDES = {
    "s1.txt": "ЛОНДОН, 8 ноября 2023 года. /Агентство/. Министр иностранных дел Японии Ёсимаса Хаяси и министр "
              "иностранных дел Великобритании Джеймс Клеверли провели в Лондоне консультации в формате "
              "«два плюс два».",
    "s2.txt": "ПАРИЖ, 9 ноября 2023 года. /Агентство/. Министр иностранных дел Японии Ёсимаса Хаяси и министр "
              "иностранных дел Франции Катрин Колонна провели в Париже консультации в формате «два плюс два».",
    "s4.txt": "В ноябре 2023 года министр иностранных дел Японии Ёсимаса Хаяси провел консультации в формате "
              "«два плюс два» с министром иностранных дел Франции.",
    "s3.txt": "Министр иностранных дел Японии Ёсимаса Хаяси в разные годы проводил консультации в формате "
              "«два плюс два» с несколькими странами.",
}


def events_by_source(records):
    docs = {r["id"]: r["path"].rsplit("/", 1)[-1] for r in records if r["kind"] == "document"}
    return [sorted(docs[s] for s in r["sources"]) for r in records if r["kind"] == "event" and r["type"] == "CONSULT"]


def test_fusion_one_meeting_in_three_outlets_spelled_differently(tmp_path):
    found = events_by_source(chronicle(tmp_path, ONE_MEETING))
    assert ["o1.txt", "o2.txt", "o3.txt"] in found, found


def test_fusion_one_format_with_other_sides_stays_apart(tmp_path):
    """Only the report of the same sides dated to the month joins its meeting; the London meeting
    and the background text stay alone (the old rule, a format and one person, fused all four)."""
    found = events_by_source(chronicle(tmp_path, OTHER_SIDES))
    assert sorted(found) == [["s1.txt"], ["s2.txt", "s4.txt"], ["s3.txt"]], found


WIRE_COPY = {  # a dateline without a year, a party body instead of a country, a headline told again in the lead
    "w1.txt": "Григорян и Ван И провели консультации по региональной безопасности в Пекине\n\n"
              "ПЕКИН, 12 ноября — РИА Новости. Секретарь Совета безопасности Армении Армен Григорян провел в "
              "Пекине очередной, девятнадцатый раунд консультаций по региональной безопасности с директором "
              "канцелярии комиссии ЦК КПК по иностранным делам Ван И, сообщили в аппарате Совбеза.",
    "w2.txt": "ПЕКИН, 12 ноября 2025. /ТАСС/. Секретарь Совбеза Армении Армен Григорян и член Политбюро ЦК КПК, "
              "министр иностранных дел КНР Ван И провели в среду в Пекине консультации по вопросам региональной "
              "безопасности. Это девятнадцатый раунд консультаций в таком формате.",
}


def test_fusion_wire_copy_of_one_round_from_two_agencies(tmp_path):
    records = chronicle(tmp_path, WIRE_COPY)
    assert ["w1.txt", "w2.txt"] in events_by_source(records)
    (meeting,) = [r for r in records if r["kind"] == "event" and r["type"] == "CONSULT" and len(r["sources"]) == 2]
    assert meeting["round"] == 19 and meeting["date"] == "2025-11-12"


DIGEST = {  # a news item that tells no day of its own, two days after a meeting that another report dates
    "d1.txt": "ЛИССАБОН, 12 марта 2031 года. /Агентство/. Министр иностранных дел Чили Мануэль Рохас провел "
              "переговоры с министром иностранных дел Португалии Руем Алвешем.",
    "d2.txt": "ЛИССАБОН, 10 марта 2031 года. /Агентство/. Министр иностранных дел Португалии Руй Алвеш в понедельник "
              "провел в Лиссабоне переговоры с министром иностранных дел Чили Мануэлем Рохасом.",
}


def test_fusion_a_news_item_dated_only_by_its_dateline_joins_the_meeting_of_a_day_before(tmp_path):
    records = chronicle(tmp_path, DIGEST)
    assert ["d1.txt", "d2.txt"] in events_by_source(records)
    (meeting,) = [r for r in records if r["kind"] == "event" and r["type"] == "CONSULT" and len(r["sources"]) == 2]
    assert meeting["date"] == "2031-03-10"  # the day its own words tell, not the later document's


DAY_AFTER = {  # an undated news item with a year-less dateline, telling a meeting of the day before
    "a1.txt": "ЛИССАБОН, 10 марта 2031 года. /Агентство/. Министр иностранных дел Португалии Руй Алвеш в понедельник "
              "провел в Лиссабоне переговоры с министром иностранных дел Чили Мануэлем Рохасом.",
    "a2.txt": "ЛИССАБОН, 11 марта. /Агентство/. Министр иностранных дел Чили Мануэль Рохас вчера провел в Лиссабоне "
              "переговоры с министром иностранных дел Португалии Руем Алвешем.",
}


def test_fusion_an_undated_item_takes_its_datelines_day_in_the_year_of_the_meeting(tmp_path):
    records = chronicle(tmp_path, DAY_AFTER)
    assert ["a1.txt", "a2.txt"] in events_by_source(records)
    dates = {r["path"].rsplit("/", 1)[-1]: r["published"] for r in records if r["kind"] == "document"}
    assert dates["a2.txt"] == "2031-03-11"  # published the day after the meeting, as its dateline says


RUN_IN = {  # a year-less dateline run into the sentence of the meeting, under a headline told as a meeting of its own
    "b1.txt": "ЛИССАБОН, 11 марта 2031 года. /Агентство/. Министр иностранных дел Португалии Руй Алвеш во вторник "
              "провел в Лиссабоне переговоры с министром иностранных дел Чили Мануэлем Рохасом. Стороны обсудили "
              "торговлю и рыболовство.",
    "b2.txt": "Агентство Анд\n\nЧили и Португалия сверили часы\n\nЛиссабон, 11 марта (Агентство Анд) — Министр "
              "иностранных дел Чили Мануэль Рохас во вторник провел в Лиссабоне переговоры с португальским коллегой "
              "Руем Алвешем. Министры обсудили торговлю и рыболовство.",
    "b3.txt": "Агентство Анд\n\nЧили и Португалия сверили часы\n\nЛиссабон, 12 марта (Агентство Анд) — Министр "
              "иностранных дел Чили Мануэль Рохас во вторник провел в Лиссабоне переговоры с португальским коллегой "
              "Руем Алвешем. Министры обсудили торговлю и рыболовство.",
}


def test_fusion_a_year_less_dateline_in_the_leads_sentence_takes_the_year_of_the_fused_meeting(tmp_path):
    records = chronicle(tmp_path, RUN_IN)
    dates = {r["path"].rsplit("/", 1)[-1]: (r["published"], r["published_from"])
             for r in records if r["kind"] == "document"}
    assert dates["b2.txt"] == ("2031-03-11", "fused")  # its dateline's day, the meeting's day
    assert dates["b3.txt"] == ("2031-03-12", "fused")  # its dateline's day, the day after the meeting
