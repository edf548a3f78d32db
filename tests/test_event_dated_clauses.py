"""Dates, places and factuality of events told in clauses of their own, on news written for these tests (invented
days and wording): two acts of two days in one sentence, a date the parser hangs on a purpose or on a closed relative
clause, what an agreement is about dated apart from the agreement, a place by its geographic reading."""
import pytest

from khronika.records import Document, PartialDate, Source
from khronika.stages.clean import clean
from khronika.stages.place_names import geographic_lemma
from khronika.timex import find_timexes

pytestmark = pytest.mark.slow

ANCHOR = PartialDate(2024, 5, 18)  # a Saturday


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=f"ЛИМА, 18 мая 2024 г. {text}")))
        names = {e.id: e.name for e in doc.entities}
        return [(e.type, e.factuality, e.date, names.get(e.place), e.trigger) for e in doc.events]
    return go


def day(n: int) -> PartialDate:
    return PartialDate(2024, 5, n)


@pytest.mark.parametrize("text, days", [
    ("Во вторник Кито выслал трех сотрудников колумбийского посольства, в четверг Богота в ответ объявила "
     "персонами нон грата двух эквадорских консулов.", {day(14), day(16)}),
    ("В понедельник Асунсьон выслал военного атташе Боливии; в среду Ла-Пас ответил, выслав парагвайского "
     "консула.", {day(13), day(15)}),
])
def test_two_acts_of_two_days_in_one_sentence_are_two_events(events, text, days):
    found = [e for e in events(text) if e[0] == "SANCTION"]
    assert {e[2] for e in found} == days


def test_a_reception_on_another_day_than_the_talks_is_its_own_meeting(events):
    found = [e for e in events("Министр иностранных дел Чили в понедельник провел в Лиме переговоры с перуанским "
                               "коллегой, а в среду министра принял президент Перу.") if e[0] == "CONSULT"]
    assert sorted(e[2].day for e in found) == [13, 15]


@pytest.mark.parametrize("text, days", [
    ("Президент Эквадора в пятницу принял в Кито министра иностранных дел, вернувшегося из Лимы, где накануне "
     "прошел третий раунд переговоров с Перу.", [16, 17]),
    ("Министр иностранных дел Чили в пятницу встретился в Сантьяго с послом Боливии, прибывшим из Ла-Паса, где в "
     "среду прошло заседание совместной комиссии Чили и Боливии.", [15, 17]),
])
def test_a_meeting_in_a_clause_of_where_on_another_day_is_its_own(events, text, days):
    assert sorted(e[2].day for e in events(text) if e[0] == "CONSULT") == days


def test_what_follows_a_meeting_told_aside_on_an_earlier_day_is_of_the_sentences_first_day(events):
    found = events("Президент Эквадора Даниэль Нобоа в пятницу принял в Кито министра иностранных дел Габриэлу "
                   "Соммерфельд, вернувшуюся из Лимы, где накануне прошел третий раунд переговоров с Перу. Президент "
                   "Эквадора высоко оценил посредничество Бразилии.")
    assert [e[2] for e in found if e[0] == "SUPPORT"] == [day(17)]


@pytest.mark.parametrize("text, date", [
    ("Посол Эквадора был отозван для консультаций 3 марта после решения суда Колумбии.", PartialDate(2024, 3, 3)),
    ("Парагвай 2 апреля отозвал для консультаций посла в Буэнос-Айресе.", PartialDate(2024, 4, 2)),
    ("Уругвай отозвал посла для консультаций 9 февраля.", PartialDate(2024, 2, 9)),
])
def test_a_recall_for_consultations_takes_its_own_day(events, text, date):
    (recall,) = [e for e in events(text) if e[0] == "SANCTION"]
    assert recall[1] == "occurred" and recall[2] == date


def test_a_planned_meeting_takes_its_own_date_and_place_not_a_past_relative_clauses(events):
    found = events("Министры Эквадора и Колумбии, предыдущая встреча которых прошла в Кито в марте 2023 года, должны "
                   "встретиться в Боготе в конце 2025 года.")
    assert ("CONSULT", "planned", PartialDate(2025), "Богота", "встретиться") in found
    assert any(e[1] == "occurred" and e[2] == PartialDate(2023, 3) for e in found)


@pytest.mark.parametrize("text", [
    "Правительство Боливии и повстанцы договорились о перемирии с 1 июня по 15 июня.",
    "Правительство Боливии и повстанцы договорились о перемирии с 1 июня.",
    "Правительство Колумбии и повстанцы договорились о двустороннем прекращении огня с 1 июня 2024 года по 5 июня "
    "2024 года.",
])
def test_an_agreement_on_what_lies_ahead_was_reached_on_its_day(events, text):
    (agree,) = [e for e in events(text) if e[0] == "AGREE"]
    assert agree[1] == "occurred" and agree[2] == ANCHOR


def test_what_an_agreement_plans_keeps_its_own_date(events):
    found = events("Чили и Перу договорились о проведении консультаций с 3 по 5 июня.")
    assert ("CONSULT", "planned", PartialDate(2024, 6, 3)) in [e[:3] for e in found]


@pytest.mark.parametrize("text, iso", [
    ("Накануне министры провели заседание.", "2024-05-17"),
    ("Накануне делегации провели консультации.", "2024-05-17"),
    ("Накануне послы заявили протест.", "2024-05-17"),
    ("Накануне визита президента министры обсудили повестку.", None),
    ("Накануне выборов партия провела съезд.", None),
])
def test_nakanune_before_a_word_with_no_genitive_is_the_day_before(text, iso):
    found = [x.date.iso() for x in find_timexes(text, ANCHOR) if x.text.lower() == "накануне"]
    assert found == ([iso] if iso else [])


def test_a_day_before_told_with_a_meeting_dates_the_request_made_there(events):
    found = events("Накануне министры Чили и Аргентины провели консультации в Сантьяго. Чилийская сторона попросила "
                   "Аргентину увеличить квоты на вылов рыбы.")
    assert {e[2] for e in found if e[0] in ("CONSULT", "REQUEST")} == {day(17)}


@pytest.mark.parametrize("written, name", [
    ("Петалинг-Джае", "Петалинг-Джая"), ("Джакарте", "Джакарта"), ("Шанхае", "Шанхай"), ("Гааге", "Гаага"),
    ("Ростове-на-Дону", "Ростов-на-Дону"), ("СССР", "СССР"), ("ФРГ", "ФРГ"),
])
def test_a_place_takes_the_nominative_of_its_geographic_reading(written, name):
    assert geographic_lemma(written) == name


def test_a_meeting_in_a_feminine_city_is_placed_in_its_nominative(events):
    found = events("Переговоры министров Малайзии и Таиланда прошли в Петалинг-Джае.")
    assert [e[3] for e in found if e[0] == "CONSULT"] == ["Петалинг-Джая"]


@pytest.mark.parametrize("tail", [
    "#Уругвай #Парагвай #дипломатия", "#УругвайПарагвай, #МИД",
    "👍 120  🔥 14", "👁 3,2K", "👍 87 · 💬 9", "👍 44   ❤️ 12   ↗ 5",
])
def test_a_posts_hashtags_and_reactions_are_dropped(tail):
    body = "Министр иностранных дел Уругвая провел в Монтевидео переговоры с парагвайским коллегой."
    assert clean(f"{body}\n\n{tail}").text == body


def test_a_headlines_act_the_body_dates_keeps_the_bodys_day(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", text=(
        "Гондурас заявил протест Никарагуа\n\nТЕГУСИГАЛЬПА, 17 мая 2024 г. — Гондурас в пятницу заявил протест "
        "Никарагуа, поскольку вертолет никарагуанской полиции накануне вторгся в его воздушное "
        "пространство."))))
    assert [e.date for e in doc.events if e.type == "PROTEST"] == [day(17)]


def test_the_same_day_is_the_day_of_the_event_told_last_in_words(events):
    found = events("Премьер-министр Вьетнама, прибывший во Вьентьян во вторник с официальным визитом, в среду провел "
                   "переговоры с премьер-министром Лаоса. По итогам переговоров главы правительств подписали пять "
                   "документов. В тот же день премьер-министра Вьетнама принял президент Лаоса.")
    assert [e[2] for e in found if e[4] in ("принял", "подписали")] == [day(15), day(15)]


@pytest.mark.parametrize("text, date", [
    ("Правительство Норвегии в среду решило перенять меры нового пакета санкций Евросоюза против Ирана.", day(15)),
    ("Кабинет министров Исландии во вторник решил присоединиться к ограничениям Евросоюза против Беларуси.", day(14)),
    ("Совет министров Эстонии в понедельник постановил выслать двух сотрудников посольства Ирана.", day(13)),
])
def test_an_act_decided_on_a_day_is_of_that_day(events, text, date):
    """A side's own act a verb of deciding governs, through its object and the nouns under it (``решило перенять
    меры пакета санкций``): taken when decided, dated by the deciding verb's day."""
    found = [e for e in events(text) if e[0] == "SANCTION"]
    assert found and all(e[1] == "occurred" and e[2] == date for e in found)


def test_a_meeting_decided_on_still_lies_ahead(events):
    found = [e for e in events("Министры Чили и Перу в четверг решили провести новую встречу в июне.")
             if e[0] == "CONSULT"]
    assert found and all(e[1] == "planned" and e[2] == PartialDate(2024, 6) for e in found)


@pytest.mark.parametrize("text, date", [
    ("Накануне Сейм Латвии объявил о присоединении к новому пакету санкций против Ирана.", day(17)),
    ("В четверг кабинет Исландии сообщил о введении нового пакета ограничений против Беларуси.", day(16)),
    ("Во вторник парламент Эстонии объявил о присоединении к очередному пакету санкций Евросоюза.", day(14)),
])
def test_an_act_dated_through_the_noun_it_completes(events, text, date):
    """A trigger noun deep in the phrase of another noun (``о присоединении к пакету санкций``) takes the day told of
    that noun's act (``Накануне X объявил о присоединении …``), not its document's."""
    found = [e for e in events(text) if e[0] == "SANCTION"]
    assert found and all(e[1] == "occurred" and e[2] == date for e in found)


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Чили и Боливии:\n4. Приветствуют возобновление регулярной работы совместной комиссии.",
    "Стороны приветствуют решение Перу о создании совместного фонда.",
    "Правительства Непала и Бутана приветствуют возобновление прямого авиасообщения.",
])
def test_a_stance_in_a_verb_of_both_aspects_is_taken_now(events, text):
    """``приветствуют`` reads as the perfective future as well as the imperfective present: a stance taken by saying
    it, of its document's day, not one to come."""
    found = [e for e in events(text) if e[0] == "SUPPORT"]
    assert found and all(e[1] == "occurred" and e[2] == day(18) for e in found)
