"""Event words that name a topic or a quality, not an act: the terms of an exchange, what an utterance is about, a
briefing's topic headings, and a "не" that negates an adjective of the act; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text, published="2026-11-25"):
        return [(e.type, e.factuality) for e in read_news(text, published).events]
    return go


@pytest.mark.parametrize("text", [
    "Делегация Чили предложила поэтапное снятие эмбарго в обмен на ограничение вылова рыбы.",
    "Кабул готов открыть границу взамен на прекращение обстрелов со стороны Исламабада.",
    "Никарагуа выразила готовность вернуть пленных в обмен на ослабление ограничений на поставки зерна.",
])
def test_what_is_offered_in_exchange_is_no_act(events, text):
    assert not any(t == "SANCTION" for t, _ in events(text))


@pytest.mark.parametrize("text", [
    "Президент Перу раскритиковал Чили за заявления о скором введении санкций ООН.",
    "Министр опроверг слухи о скором продлении санкций Евросоюза против Белоруссии.",
    "Посол назвал домыслами сообщения о готовящемся введении санкций Гватемалы против Гондураса.",
])
def test_an_act_an_utterance_is_about_is_no_act(events, text):
    assert not any(t == "SANCTION" for t, _ in events(text))


def test_an_act_announced_stays_one(events):
    assert ("SANCTION", "occurred") in events("Россия заявила о введении санкций против Японии.")


def test_a_briefings_topic_headings_tell_no_act(events):
    text = ("Брифинг представителя МИД\n\nСодержание\n1. О визите министра иностранных дел Перу в Чили\n"
            "2. Об ответных шагах на высылку перуанского дипломата из Боливии\nОтветы на вопросы\n\n"
            "Об ответных шагах на высылку перуанского дипломата из Боливии\n\n"
            "Мы вынуждены ответить на недружественный шаг Ла-Паса.")
    assert not any(t in ("THREATEN", "SANCTION") for t, _ in events(text))


def test_a_heading_that_tells_an_act_is_read(events):
    assert ("SANCTION", "occurred") in events("О высылке дипломатов Колумбия объявила в понедельник.")


def test_a_not_of_the_acts_adjective_leaves_it_occurred(events):
    text = "Послу Перу был заявлен протест в ответ на ничем не оправданную высылку чилийского дипломата из Лимы."
    assert not any(f == "negated" for _, f in events(text))
    assert any(t == "SANCTION" for t, _ in events(text))


def test_a_not_of_the_causes_adjective_negates_nothing(events):
    # the visit is told only as the protest's reason (test_event_causes_told.py): the protest stays, not negated
    got = events("МИД Боливии выразил протест в связи с не согласованным с ним визитом министра обороны Чили.")
    assert ("PROTEST", "occurred") in got and not any(f == "negated" for _, f in got)


def test_a_not_of_the_act_negates_it(events):
    assert ("SANCTION", "negated") in events("Парагвай не выслал уругвайских дипломатов.")


def test_a_releases_title_names_its_story(events):
    text = ("МИД Перу\n\nО перуанско-чилийских консультациях по консульским вопросам\n\n"
            "17–18 ноября в Лиме состоялся второй раунд консультаций между консульскими службами Перу и Чили.")
    assert ("CONSULT", "occurred") in events(text)


@pytest.mark.parametrize("text", [
    "Официальный представитель МИД Кении заявила: «это худший кризис с момента подписания перемирия в марте "
    "2019 года».",
    "С момента визита президента Бразилии в Аргентину прошло три года.",
    "Это первый визит министра Чили в Лиму с момента подписания мирного договора с Перу.",
])
def test_an_act_since_which_time_is_told_is_no_act(events, text):
    assert not any(t == "AGREE" or t == "CONSULT" and f != "occurred" for t, f in events(text))
    assert len(events(text)) <= 1


def test_a_ministrys_spokesman_is_a_state_actor(events):
    text = ("Лима, 22 ноября. Перу не будет вести переговоры с Сантьяго, заявил официальный представитель МИД Перу "
            "Хуан Ортис.\n\nОртис также осудил соседние страны, назвав их упреки беспочвенными.")
    assert ("ACCUSE", "occurred") in events(text, "2026-11-22")


@pytest.mark.parametrize("text", [
    "Президент Кении Уильям Руто принял главу эфиопской делегации.",
    "Премьер-министр Вьетнама принял главу делегации Лаоса.",
    "Президент Перу Ана Торрес принял руководителя чилийской делегации.",
    "Президент Кении Уильям Руто принял главу МИД Эфиопии.",
])
def test_the_head_of_a_delegation_or_ministry_received_is_a_guest(events, text):
    assert ("CONSULT", "occurred") in events(text)


def test_a_decision_taken_is_no_guest(events):
    assert not any(t == "CONSULT" for t, _ in events("Глава МИД Кении принял решение о закрытии консульства."))


def test_cooperation_aimed_at_is_no_act(events):
    assert events("«Наши страны нацелены на развитие совместных проектов в энергетике», – подчеркнул министр "
                  "иностранных дел Кении Ана Оло.") == []


@pytest.mark.parametrize("text", [
    "Официальный представитель МИД Кении Ана Оло подтвердила, что подготовка Соглашения о торговом сотрудничестве "
    "стран Восточной Африки продолжается на уровне экспертов.",
    "Министр сообщил, что разработка договора о границе между Перу и Чили займет еще год.",
])
def test_an_agreement_in_the_making_is_no_agreement(events, text):
    assert not any(t == "AGREE" for t, _ in events(text))


def test_agreeing_to_speed_up_a_draft_is_an_agreement(events):
    assert ("AGREE", "occurred") in events("Перу и Чили договорились ускорить подготовку соглашения о защите "
                                           "инвестиций.")


@pytest.mark.parametrize("text", [
    "Перуано-чилийская межправкомиссия, которая собралась в пятый раз, завершилась в Лиме подписанием трех "
    "соглашений.",
    "Кенийско-эфиопская межправкомиссия завершилась подписанием протокола.",
    "Межправкомиссия Вьетнама и Лаоса закончилась в Ханое.",
])
def test_a_bodys_session_told_by_its_end_is_a_meeting(events, text):
    assert ("CONSULT", "occurred") in events(text)


@pytest.mark.parametrize("text", [
    "Посол Бразилии пояснила, что санкции не направлены против народа Венесуэлы.",
    "Министр подчеркнул, что ограничения касаются только государственных компаний Ирана.",
    "Эти санкции направлены против режима, а не против граждан Сирии, заявил дипломат Франции.",
])
def test_a_measure_described_by_what_it_targets_is_no_act(events, text):
    assert not any(t == "SANCTION" for t, _ in events(text))


def test_a_measure_imposed_is_an_act(events):
    assert ("SANCTION", "occurred") in events("Евросоюз ввел санкции против Венесуэлы.")


@pytest.mark.parametrize("text, date", [
    ("Правительство Чили в среду решило присоединиться к санкциям ЕС против Ирана; меры начнут действовать с "
     "пятницы.", "2026-11-11"),
    ("Кабинет министров Кении в понедельник решил выслать двух дипломатов Эфиопии.", "2026-11-09"),
])
def test_a_sides_own_act_decided_is_taken_the_day_of_the_decision(read_news, text, date):
    found = [(e.type, e.factuality, e.date.iso()) for e in read_news(text, "2026-11-13").events]
    assert ("SANCTION", "occurred", date) in found


def test_a_meeting_decided_on_lies_ahead_a_weekday_on(read_news):
    found = [(e.type, e.factuality, e.date.iso()) for e in read_news(
        "Министры Чили и Перу решили провести следующую встречу в среду.", "2026-11-13").events]
    assert ("CONSULT", "planned", "2026-11-18") in found


def test_an_evaluation_of_what_was_just_refused_tells_the_refusal_again(events):
    found = events("Официальный представитель МИД Перу Хуан Ортис отверг заявление министров Чили и Боливии. Он "
                   "назвал требования министров «неприемлемыми и безосновательными».")
    assert found == [("REJECT", "occurred")]


def test_another_sides_evaluation_is_its_own_act(events):
    found = events("Министр иностранных дел Перу отверг требования Чили. Президент Боливии назвал действия Чили "
                   "неприемлемыми.")
    assert ("ACCUSE", "occurred") in found and ("REJECT", "occurred") in found


@pytest.mark.parametrize("text, date", [
    ("Та же идея есть в колонке, опубликованной министром Перу: он обвинил Чили во вмешательстве в дела страны.",
     None),
    ("В статье, опубликованной послом Бразилии, он раскритиковал политику Аргентины.", None),
    ("В колонке, написанной для местной газеты, посол Кении обвинил Эфиопию в нарушении договора.", None),
    ("В посте, размещенном в понедельник, министр Перу обвинил Чили во вмешательстве.", "2026-11-23"),
    ("Министр Перу в своем посте обвинил Чили во вмешательстве.", "2026-11-25"),
])
def test_an_act_told_as_the_content_of_a_writing_put_out_has_the_writings_time(read_news, text, date):
    assert [(e.type, e.date.iso()) for e in read_news(text, "2026-11-25").events] == [("ACCUSE", date)]


def test_the_sides_of_three_party_talks_are_all_three(read_news):
    doc = read_news("Переговоры Мали, Нигера и Чада прошли в понедельник в Ниамее. Министры обсудили охрану границ. "
                    "Следующую встречу стороны проведут в марте в Бамако.", "2026-11-25")
    planned = [e for e in doc.events if e.type == "CONSULT" and e.factuality == "planned"]
    assert planned and {"e:iso-ML", "e:iso-NE", "e:iso-TD"} <= {p.entity for p in planned[0].participants}
