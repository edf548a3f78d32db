"""Forms of news writing the event stage reads (sentences written for these tests): a country's adjective the tagger
takes for a name, a deputy's title, a summons in the present, a reception of a pronoun, an offer beside a call, and
what tells no act (a readiness to agree, a demand of things, a digest's joined headline, a change reacted to, an
attitude asked about)."""
import pytest

from khronika.records import Document, Source
from khronika.stages.events.actors import is_state_office

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(pipeline):
    def go(text, published="2026-03-12"):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published=published)))
        return [(e.type, e.factuality, doc.text[e.start:e.stop]) for e in doc.events], doc
    return go


def types(found):
    return [t for t, _, _ in found]


@pytest.mark.parametrize("text, code", [
    ("Ирландское правительство ввело санкции против Ирана.", "IE"),
    ("Чилийская делегация в понедельник выслала двух дипломатов Боливии.", "CL"),
    ("Мальтийская сторона ввела так называемые персональные санкции против чиновников Сирии.", "MT"),
])
def test_a_country_adjective_tagged_as_a_name_names_its_country(events, text, code):
    found, doc = events(text)
    assert "SANCTION" in types(found)
    (act,) = [e for e in doc.events if e.type == "SANCTION"]
    assert f"e:iso-{code}" in {p.entity for p in act.participants}


def test_a_deputy_or_a_minister_of_state_holds_an_office_of_a_state():
    for position in ("заместитель министра иностранных дел", "государственный министр иностранных дел",
                     "первый заместитель министра", "помощник президента"):
        assert is_state_office(position), position
    assert not is_state_office("заместитель директора")


@pytest.mark.parametrize("text", [
    "Заместитель министра иностранных дел Ларс Хальворсен приветствовал итоги третьего раунда переговоров между "
    "Эквадором и Колумбией.",
    "Государственный министр иностранных дел Тамбо Ндлову приветствовал итоги встречи президентов Кении и Уганды.",
])
def test_a_welcome_of_talks_is_support_besides_the_talks(events, text):
    found, _ = events(text)
    assert "SUPPORT" in types(found)


@pytest.mark.parametrize("text", [
    "В пятницу МИД Латвии вызывает временного поверенного в делах Венгрии.",
    "Сегодня министерство иностранных дел Литвы вызывает посла Словакии для объяснений.",
    "Министерство иностранных дел Чили вызывает посла Перу в связи с инцидентом на границе.",
])
def test_a_summons_told_in_the_present_is_a_protest(events, text):
    found, _ = events(text)
    assert "PROTEST" in types(found)


def test_a_summons_told_in_the_past_imperfective_is_a_habit(events):
    found, _ = events("В прошлые годы МИД Литвы не раз вызывал посла Словакии.")
    assert "PROTEST" not in types(found)


@pytest.mark.parametrize("text", [
    "10 марта в Каир прибыл министр иностранных дел Чада Хасан Абакар. На следующий день глава МИД Египта принял его.",
    "Министр иностранных дел Гвианы Рон Мельгар прибыл в Бразилиа 3 марта. 4 марта президент Бразилии принял его в "
    "своей резиденции.",
])
def test_a_reception_of_a_pronoun_on_another_day_than_the_arrival_is_a_meeting(events, text):
    found, _ = events(text)
    assert len([t for t in types(found) if t == "CONSULT"]) == 2


@pytest.mark.parametrize("text", [
    "Министр предложил новый план урегулирования. Президент Армении принял его без поправок.",
    "Правительство внесло законопроект о ратификации договора с Арменией. Парламент Грузии принял его.",
])
def test_a_pronoun_accepted_with_no_arrival_before_is_no_guest(events, text):
    found, _ = events(text)
    assert "CONSULT" not in types(found)


def test_an_offer_and_a_call_are_two_requests(events):
    found, _ = events("Генеральный секретарь Африканского союза Тамбо Ндлову предложил Кении и Сомали посредничество. "
                      "Ндлову призвал обе стороны проявить сдержанность и отвести войска от границы.")
    assert types(found).count("REQUEST") == 2


@pytest.mark.parametrize("text, kept", [
    ("Посол Дании заявил, что Копенгаген готов вместе с Валлеттой уже в этом году закрыть консультации и "
     "установить с ней дипломатические отношения.", None),
    ("Премьер Словении заявил, что его страна готова подписать соглашение с Хорватией и установить дипломатические "
     "отношения с Черногорией.", None),
    ("Доха готова выступить посредником между Суданом и Чадом.", "SUPPORT"),
])
def test_an_agreement_a_side_is_only_ready_for_is_none(events, text, kept):
    found, _ = events(text)
    assert "AGREE" not in types(found)
    assert kept is None or kept in types(found)


@pytest.mark.parametrize("text, asked", [
    ("«Ситуация в регионе требует от нас тесного взаимодействия», — сказал министр обороны Литвы Йонас Вирту.", False),
    ("Министр обороны Литвы Йонас Вирту заявил, что обстановка требует совместных действий.", False),
    ("Командование армии Чада требует, чтобы повстанцы вывели свои силы из города.", True),
    ("МИД Латвии требует от России освободить задержанных рыбаков.", True),
])
def test_what_a_thing_calls_for_is_no_request(events, text, asked):
    found, _ = events(text)
    assert ("REQUEST" in types(found)) is asked


DIGEST = """Итоги недели: Чили отозвала посла, саммит в Лиме перенесен, министры в Кито

1. Чили во вторник отозвала своего посла из Боливии для консультаций.

2. Саммит стран Андского сообщества, намеченный на 20 марта в Лиме, перенесен на май.

3. Министры иностранных дел Эквадора и Колумбии провели в среду переговоры в Кито.
"""


def test_a_digest_headline_joining_its_stories_tells_no_act(events):
    found, doc = events(DIGEST)
    headline = doc.sentences[0]
    assert found and not [e for e in doc.events if e.start == headline.start]


@pytest.mark.parametrize("text, consult", [
    ("Официальный представитель МИД Японии заявил, что Токио поддержал решение о переносе саммита стран "
     "региона.", None),
    ("Индия считает, что ответственность за перенос саммита с Африканским союзом лежит на африканской стороне.", None),
    ("Министры Чили и Перу приняли решение о переносе встречи на май.", "planned"),
])
def test_a_meeting_put_off_that_a_reaction_or_a_blame_is_about_is_told_elsewhere(events, text, consult):
    found, _ = events(text)
    assert [f for t, f, _ in found if t == "CONSULT"] == ([consult] if consult else [])


def interview(question):
    return f"Министр иностранных дел Колумбии Хуан Мельгар дал интервью агентству.\n\n{question}\n\n— Мы это обсуждаем."


@pytest.mark.parametrize("question, sanction", [
    ("— Как Богота относится к американским санкциям?", False),
    ("— Как вы оцениваете западные санкции?", False),
    ("— Как Анкара ответит на санкции, которые Оттава ввела против нее в марте?", True),
])
def test_an_attitude_asked_to_acts_of_a_kind_tells_none(events, question, sanction):
    found, _ = events(interview(question))
    assert ("SANCTION" in types(found)) is sanction


@pytest.mark.parametrize("text, sanction", [
    ("Канада ввела очередной пакет санкций.", True),
    ("Евросоюз утвердил 21-й пакет санкций.", True),
    ("Пакет санкций Австралии вступил в силу в понедельник.", True),
    ("МИД Перу вызвал посла Чили в связи с введением Сантьяго нового пакета санкций.", False),
])
def test_a_batch_of_sanctions_told_as_done_is_a_sanction(events, text, sanction):
    found, _ = events("Министр иностранных дел Ирака выступил с заявлением. " + text)
    assert ("SANCTION" in types(found)) is sanction


@pytest.mark.parametrize("text, threat", [
    ("Официальный представитель МИД Китая заявила: ответ на новые пошлины будет «адекватным и быстрым».", True),
    ("Министр иностранных дел Ирана заявил, что ответ Тегерана на новые ограничения Лондона будет жестким.", True),
    ("Министр иностранных дел Ирана заявил, что ответ на вопрос журналиста был жестким.", False),
])
def test_an_answer_said_to_be_harsh_with_its_object_between_is_a_threat(events, text, threat):
    found, _ = events(text)
    assert ("THREATEN" in types(found)) is threat


@pytest.mark.parametrize("text", [
    "Председатель Бундестага Анна Шульц предложила учредить совместную группу по делам беженцев.",
    "Спикер Совета Федерации предложила создать в рамках комиссии рабочую группу по вопросам образования.",
])
def test_a_national_body_the_gazetteer_knows_is_a_state_body(events, text):
    found, _ = events(text)
    assert "REQUEST" in types(found)


@pytest.mark.parametrize("text, meeting", [
    ("Министр иностранных дел Ганы заявил протест.\n\nПрезидент Ганы провел в четверг заседание Совета национальной "
     "безопасности.", False),
    ("Министр иностранных дел Намибии заявил протест.\n\nПремьер Намибии собрал заседание Совета национальной "
     "безопасности страны.", False),
    ("Министры Ботсваны и Намибии открыли в Габороне шестую сессию Двусторонней национальной комиссии.", True),
])
def test_a_session_of_a_national_body_of_one_state_is_no_meeting(events, text, meeting):
    found, _ = events(text)
    assert ("CONSULT" in types(found)) is meeting
