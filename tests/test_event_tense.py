"""The tense of a meeting told by a noun is its light verb's (``провели встречу``, ``проведут встречу``), and a
weekday or ``вчера`` beside a past verb lies behind; on sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

LEAD = ("ПАРИЖ, 25 ноября. /Вестник/. Министр иностранных дел Франции Жан Дюпон и министр иностранных дел "
        "Германии Ганс Мюллер выступили на форуме. ")


@pytest.fixture(scope="module")
def meeting(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=LEAD + text, published="2026-11-25")))
        (met,) = [e for e in doc.events if e.type == "CONSULT"]
        return met.factuality, met.date.iso()
    return go


@pytest.mark.parametrize(("text", "told"), [
    ("Министры провели в понедельник встречу.", ("occurred", "2026-11-23")),
    ("Вчера министры провели встречу.", ("occurred", "2026-11-24")),
    ("Министры провели встречу в Лионе.", ("occurred", "2026-11-25")),
    ("Министры проведут в понедельник встречу.", ("planned", "2026-11-30")),
    ("Министры проведут встречу в Лионе.", ("planned", None)),
    ("Министры также планируют провести встречу на полях саммита.", ("planned", None)),
])
def test_a_meeting_noun_takes_the_tense_of_its_light_verb(meeting, text, told):
    assert meeting(text) == told


def test_what_a_report_tells_after_yesterdays_meeting_happened_that_day(pipeline):
    def dates(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-05-20")))
        return [(e.type, e.date.iso()) for e in doc.events]

    lead = ("ЛИМА, 20 мая. /Вестник/. Министр иностранных дел Чили Томас Вилк и министр иностранных дел Перу Ян Кус "
            "вчера провели переговоры в Лиме. ")
    assert dates(lead + "Вилк обвинил Перу в нарушении договора.") == [("CONSULT", "2026-05-19"),
                                                                      ("ACCUSE", "2026-05-19")]
    assert dates(lead + "Сегодня президент Бразилии Луис Силва призвал Чили отменить квоты.")[1] == \
        ("REQUEST", "2026-05-20")
    reaction = dates("ЛИМА, 20 мая. /Вестник/. Вчера власти Перу выслали чилийского дипломата. Министр иностранных "
                     "дел Чили Томас Вилк осудил решение властей Перу.")  # a reaction to an act, not a meeting's
    assert ("ACCUSE", "2026-05-20") in reaction
    goes_on = dates("ЛИМА, 20 мая. /Вестник/. Правительство Перу вчера поздно вечером заявило об отзыве своего "
                    "посла из Чили. «Мы решительно осуждаем этот враждебный шаг», — говорится в заявлении "
                    "правительства Перу.")
    assert goes_on == [("SANCTION", "2026-05-19"), ("ACCUSE", "2026-05-19")]  # the side that acted, acting on
    outcome = dates("ЛИМА, 20 мая. /Вестник/. В минувшую пятницу министры иностранных дел Чили и Перу провели "
                    "переговоры в Арике. Стороны подписали 11 документов.")
    assert outcome == [("CONSULT", "2026-05-15"), ("AGREE", "2026-05-15")]  # the sides, named by no one
    ranged = dates("ЛИМА, 20 мая. /Вестник/. 16–17 мая в Арике прошел раунд переговоров министров иностранных дел Чили "
                   "и Перу. Стороны приняли совместное заявление.")
    assert ranged == [("CONSULT", "2026-05-16"), ("AGREE", "2026-05-17")]  # at the end of a meeting of two days



def test_a_range_of_years_a_document_runs_for_is_no_date(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2026-05-20",
                                               text="ЛИМА, 20 мая. Министры Чили и Перу подписали программу "
                                                    "сотрудничества на 2027–2029 годы.")))
    assert [(e.type, e.date.iso()) for e in doc.events] == [("AGREE", "2026-05-20")]


def test_a_review_of_the_week_leaves_its_undated_items_undated(pipeline):
    def dates(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-05-23")))
        return [e.date.iso() for e in doc.events]

    items = "Министры Чили и Перу провели переговоры в Лиме. Президент Чили в понедельник посетил Кито."
    assert dates("Дипломатический вестник. Коротко о главном за неделю. " + items) == [None, "2026-05-18"]
    assert dates("Главное за день. " + items) == ["2026-05-23", "2026-05-18"]


@pytest.mark.parametrize("heading", ["Главное за две недели: Андский регион.", "Итоги месяца в дипломатии.",
                                     "Дайджест недели.", "Обзор месяца: Южная Америка."])
def test_a_review_of_weeks_or_a_month_leaves_its_undated_items_undated(pipeline, heading):
    doc = pipeline(Document.from_source(Source(
        path="t.txt", published="2026-05-23",
        text=f"{heading} Министры Боливии и Парагвая провели переговоры в Асунсьоне. "
             "Президент Боливии в понедельник посетил Кито.")))
    assert [e.date.iso() for e in doc.events] == [None, "2026-05-18"]
