"""Event dates on news written for these tests (invented places and days): a threat is made the day it is said,
a statement's own first-person act is of its day, what was agreed or proposed keeps its own date and leaves the
agreement its day."""
import pytest

from khronika.records import Document, PartialDate, Source

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-17"  # a Friday


@pytest.fixture(scope="module")
def events(lima_news):
    return lambda text, published=PUBLISHED: lima_news(text, published).events


def of_type(evs, type_):
    return [e for e in evs if e.type == type_]


def test_a_threat_of_what_will_come_is_made_the_day_it_is_said(events):
    (threat,) = of_type(events("Министр иностранных дел Чили предупредил, что любые попытки Перу перекрыть реку "
                               "будут расценены как враждебный акт."), "THREATEN")
    assert threat.factuality == "occurred" and threat.date == PartialDate(2024, 5, 17)


@pytest.mark.parametrize("text", [
    "Если Эквадор продолжит двигаться по этому пути, ответ последует незамедлительно, заявил МИД Чили.",
    "В случае новых провокаций Боливия незамедлительно примет ответные меры, предупредили в МИД Чили.",
])
def test_a_threat_on_a_condition_is_made_the_day_it_is_said(events, text):
    threats = of_type(events(text), "THREATEN")
    assert threats and all(t.date == PartialDate(2024, 5, 17) for t in threats)


@pytest.mark.parametrize("text, type_", [
    ("Президент Перу предложил учредить постоянно действующий двусторонний комитет.", "REQUEST"),
    ("Министры Чили и Боливии договорились учредить регулярно заседающую рабочую группу.", "AGREE"),
])
def test_a_word_of_habit_describing_another_noun_leaves_the_act_its_day(events, text, type_):
    found = of_type(events(text), type_)
    assert found and all(e.date == PartialDate(2024, 5, 17) for e in found)


def test_a_threat_told_as_a_habit_stays_undated(events):
    evs = of_type(events("Мы неоднократно предупреждали Лиму, что подобные шаги не останутся без ответа."),
                  "THREATEN")
    assert all(e.date == PartialDate() for e in evs)


def test_a_statements_own_act_in_the_first_person_is_of_its_day(events):
    (welcome,) = of_type(events("Мы приветствуем возобновление диалога Чили и Перу."), "SUPPORT")
    assert welcome.factuality == "occurred" and welcome.date == PartialDate(2024, 5, 17)


def test_a_promise_in_the_first_person_is_still_to_come(events):
    (sign,) = [e for e in of_type(events("Мы подпишем соглашение с Перу."), "AGREE") if e.trigger == "подпишем"]
    assert sign.factuality == "planned" and sign.date == PartialDate()


def test_the_date_of_what_was_agreed_is_not_the_agreements(events):
    evs = events("Министры Чили и Перу договорились провести следующую встречу в марте.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.date == PartialDate(2024, 5, 17)
    assert [(e.factuality, e.date) for e in of_type(evs, "CONSULT")] == [("planned", PartialDate(2025, 3))]


def test_an_agreement_dated_by_its_own_day_keeps_it(events):
    (agree,) = of_type(events("Министры Чили и Перу в понедельник договорились провести встречу в июне."), "AGREE")
    assert agree.date == PartialDate(2024, 5, 13)


def test_the_next_day_and_the_same_day_date_the_events_they_tell(events):
    evs = events("В среду министр иностранных дел Чили предложил Перу провести консультации. На следующий день "
                 "Перу отклонило предложение. Ранее в тот же день МИД Перу вызвал посла Чили.")
    (reject,) = of_type(evs, "REJECT")
    assert reject.date == PartialDate(2024, 5, 16)
    (protest,) = of_type(evs, "PROTEST")
    assert protest.date == PartialDate(2024, 5, 16)


def test_what_a_person_of_a_country_of_yesterdays_meeting_tells_after_it_is_of_that_day(events):
    evs = events("Вчера делегация Чили встретилась в Женеве с генеральным секретарем ООН Марком Торресом. По словам "
                 "министра иностранных дел Чили Хуана Переса, переговоры были трудными. «Мы договорились о трех мерах "
                 "доверия», — сообщил Перес.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.date == PartialDate(2024, 5, 16)


def test_what_a_person_of_another_country_tells_after_yesterdays_meeting_is_of_today(events):
    evs = events("Вчера делегация Чили встретилась в Женеве с генеральным секретарем ООН Марком Торресом. "
                 "Министр иностранных дел Боливии Хуан Перес осудил санкции против Ла-Паса.")
    assert [e.date for e in of_type(evs, "ACCUSE")] == [PartialDate(2024, 5, 17)]


def test_a_standing_position_is_no_act_of_the_day(events):
    (still,) = of_type(events("В Ла-Пасе напомнили, что Боливия по-прежнему настаивает на выходе к морю."), "REQUEST")
    assert still.date == PartialDate()
    (now,) = of_type(events("Боливия настаивает на выходе к морю, заявил министр."), "REQUEST")
    assert now.date == PartialDate(2024, 5, 17)


def test_a_date_between_a_participle_and_another_event_noun_is_that_events(events):
    evs = events("Министры Чили и Перу вчера договорились не ехать на запланированный на июнь саммит в Кито.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.date == PartialDate(2024, 5, 16)
    evs = events("Министры Чили и Перу договорились не ехать на запланированный на июнь 2025 года саммит.")
    (agree,) = of_type(evs, "AGREE")
    assert agree.date != PartialDate(2025, 6)



def undated(pipeline, text):
    return pipeline(Document.from_source(Source(path="t.txt", text=text))).events


def test_an_undated_statement_on_a_meeting_dates_what_it_tells_next_by_the_meeting(pipeline):
    evs = undated(pipeline, "12 марта 2031 года в Лиме состоялись консультации министров иностранных дел Чили и Перу. "
                            "Стороны подписали соглашение о границе. Предыдущие консультации прошли в мае 2029 года. "
                            "Министр иностранных дел Чили осудил нападение на пограничный пост.")
    (sign,) = of_type(evs, "AGREE")
    assert sign.date == PartialDate(2031, 3, 12) and sign.date_from == "text"
    assert [e.date for e in of_type(evs, "ACCUSE")] == [PartialDate()]  # told after another story began


def test_an_undated_text_that_opens_with_no_meeting_leaves_the_rest_undated(pipeline):
    evs = undated(pipeline, "12 марта 2031 года Чили выслало посла Перу. Стороны подписали соглашение о границе.")
    assert [e.date for e in of_type(evs, "AGREE")] == [PartialDate()]


def test_a_visit_one_is_invited_to_is_to_come_and_takes_no_day_of_the_invitation(events):
    evs = of_type(events("Президент Перу пригласил чилийского лидера посетить Лиму с ответным визитом в удобное для "
                         "него время."), "CONSULT")
    assert [(e.factuality, e.date) for e in evs] == [("planned", PartialDate())]
    evs = of_type(events("Министр иностранных дел Перу пригласил коллегу из Чили посетить Лиму до конца года."),
                  "CONSULT")
    assert [(e.factuality, e.date) for e in evs] == [("planned", PartialDate(2024))]


def test_an_envoy_summoned_to_the_ministry_is_no_invitation(events):
    evs = events("Посла Чили пригласили в МИД Перу, где ему вручили ноту протеста.")
    assert [(e.factuality, e.date) for e in of_type(evs, "PROTEST")] == [("occurred", PartialDate(2024, 5, 17))]


def test_the_same_day_counts_from_the_last_event_told_not_from_a_date_of_its_background(events):
    evs = events("Сегодня Чили и Перу провели в Лиме третий раунд консультаций. Консультации проходят в рамках "
                 "договоренности, достигнутой 9 сентября 2023 года.\n\nМИД Боливии в тот же день осудил Чили.")
    (accuse,) = of_type(evs, "ACCUSE")
    assert accuse.date == PartialDate(2024, 5, 17)


def test_a_meeting_a_side_was_not_invited_to_is_the_meeting_told(events):
    evs = events("Вчера в Лиме прошла встреча министров Чили и Перу. Боливию на встречу не пригласили.")
    assert {e.factuality for e in of_type(evs, "CONSULT")} == {"occurred"}  # no visit to come


def test_an_arrival_the_day_before_leaves_the_meeting_its_day(events):
    evs = events("Министры иностранных дел Чили и Перу провели в Лиме заседание комиссии. Чилийская делегация прибыла "
                 "в перуанскую столицу накануне вечером.")
    assert [e.date for e in of_type(evs, "CONSULT")][0] == PartialDate(2024, 5, 17)


def test_a_date_of_a_subordinate_clause_or_of_another_noun_is_not_the_events(events):
    (protest,) = of_type(events("Вчера МИД Чили направил Перу ноту протеста после того, как 12 мая перуанские "
                                "пограничники задержали чилийских рыбаков."), "PROTEST")
    assert protest.date == PartialDate(2024, 5, 16)
    (protest,) = of_type(events("После того как 12 мая перуанские пограничники задержали чилийских рыбаков, МИД "
                                "Чили направил Перу ноту протеста."), "PROTEST")
    assert protest.date == PartialDate(2024, 5, 17)
    (demand,) = of_type(events("Чили требует, чтобы Перу соблюдало арбитражное решение 2016 года."), "REQUEST")
    assert demand.date == PartialDate(2024, 5, 17)


def test_a_date_of_a_relative_clause_of_place_is_not_the_events(events):
    # "… в связи с инцидентом у X, где в ночь на четверг …": what happened there, its own time
    (protest,) = of_type(events("МИД Чили в пятницу вызвал временного поверенного в делах Перу и заявил ему "
                                "решительный протест в связи с инцидентом у Арики, где в ночь на четверг перуанские "
                                "моряки открыли огонь по чилийским рыболовецким судам."), "PROTEST")
    assert protest.date == PartialDate(2024, 5, 17)


def test_a_date_right_before_the_verb_is_its_own_whatever_the_parse(events):
    # the parser may hang "в пятницу" on the relative clause's verb after the trigger
    for text in ("Министерство иностранных дел Эквадора в пятницу отклонило ноту протеста, которую Перу накануне "
                 "вручило эквадорскому временному поверенному в Лиме.",
                 "Министерство иностранных дел Иордании в пятницу отвергло ноту протеста, которую Сирия накануне "
                 "вручила иорданскому послу в Дамаске."):
        (reject,) = of_type(events(text), "REJECT")
        assert reject.date == PartialDate(2024, 5, 17)


def test_what_is_done_in_the_course_of_a_meeting_takes_its_date(events):
    (agree,) = of_type(events("Возобновить работу комиссии договорились президенты Чили и Перу в ходе встречи в Арике "
                              "в марте."), "AGREE")
    assert agree.date == PartialDate(2024, 3)
    (sign,) = of_type(events("Министры Чили и Перу подписали соглашение по итогам переговоров 14 мая."), "AGREE")
    assert sign.date == PartialDate(2024, 5, 14)



def test_then_after_two_rounds_told_together_is_no_one_day(events):
    evs = events("Первые два раунда консультаций Чили и Перу прошли в Лиме 3 марта и 9 мая. Тогда стороны "
                 "договорились облегчить поездки дипломатов.")
    assert all(e.date not in (PartialDate(2024, 3, 3), PartialDate(2024, 5, 9)) for e in of_type(evs, "AGREE"))


def test_a_meeting_expected_in_a_month_keeps_it_past_a_parenthesis(events):
    (meet,) = of_type(events("Следующий раунд консультаций Чили и Перу, как ожидается, пройдет в январе следующего "
                             "года в Кито."), "CONSULT")
    assert (meet.factuality, meet.date) == ("planned", PartialDate(2025, 1))


def test_the_visit_noun_of_an_invitation_is_no_visit_that_took_place(events):
    evs = of_type(events("Министр Перу сообщил, что пригласил коллегу из Чили посетить Лиму с ответным визитом до "
                         "конца года."), "CONSULT")
    assert {e.factuality for e in evs} == {"planned"}


def test_a_stand_told_in_the_present_after_yesterdays_act_is_of_today(events):
    evs = events("Вчера в МИД Чили вызвали посла Перу и вручили ему ноту протеста в связи с нарушением границы. "
                 "Чилийская сторона оставляет за собой право на ответные меры.")
    (threat,) = of_type(evs, "THREATEN")
    assert threat.date == PartialDate(2024, 5, 17)


def test_a_present_quoted_from_yesterdays_statement_is_of_yesterday(events):
    evs = events("Вчера в МИД Чили вызвали посла Перу и вручили ему ноту протеста. «Мы решительно осуждаем этот "
                 "враждебный акт и оставляем за собой право на ответ», — говорится в заявлении МИД Чили.")
    assert [e.date for e in of_type(evs, "THREATEN")] == [PartialDate(2024, 5, 16)]


def test_the_year_a_plan_is_for_is_no_date_of_its_adoption(events):
    evs = events("По итогам встречи министры Чили и Перу приняли совместное заявление и утвердили план мероприятий "
                 "на 2026 год.")
    assert [e.date for e in of_type(evs, "AGREE")] == [PartialDate(2024, 5, 17)]


def test_a_meeting_put_off_to_a_year_keeps_that_year(events):
    evs = events("Заседание комиссии Чили и Перу перенесли на 2026 год.")
    assert [e.date for e in of_type(evs, "CONSULT")] == [PartialDate(2026)]


def test_the_same_day_counts_from_the_day_the_words_told_not_from_the_documents(events):
    evs = events("Делегации Чили и Перу накануне провели в Кито очередной раунд переговоров. Источник в делегации Чили "
                 "сообщил, что Сантьяго приветствует готовность Лимы к компромиссу.\n\nМинистр иностранных дел Чили "
                 "в тот же день провел телефонный разговор с министром иностранных дел Эквадора.")
    meetings = of_type(evs, "CONSULT")
    assert len(meetings) == 2  # a call is no restatement of the round
    assert {e.date for e in meetings} == {PartialDate(2024, 5, 16)}


def test_a_background_of_years_before_does_not_end_the_story_of_yesterday(events):
    evs = events("Вчера министры иностранных дел Чили и Перу провели переговоры в Лиме. Первая встреча министров "
                 "состоялась 4 сентября 2019 года в Кито. По итогам переговоров министры подписали соглашение о "
                 "границе.")
    assert [e.date for e in of_type(evs, "AGREE")] == [PartialDate(2024, 5, 16)]


def test_a_visit_paid_with_a_state_visit_in_a_year_is_of_that_year(events):
    evs = events("Президент Чили принял приглашение посетить Перу с государственным визитом в 2025 году.")
    assert [e.date for e in of_type(evs, "CONSULT")] == [PartialDate(2025)]


def test_the_round_an_agreement_of_yesterday_came_out_of_is_of_yesterday(events):
    evs = events("Министры иностранных дел Чили и Перу вчера в Лиме согласились создать рабочую группу по "
                 "делимитации границы. Это уже пятый раунд переговоров министров.")
    assert [e.date for e in of_type(evs, "CONSULT")] == [PartialDate(2024, 5, 16)]


def test_the_year_of_a_treaty_and_the_time_of_a_relative_clause_are_not_the_acts(events):
    (agree,) = of_type(events("Министры Чили и Аргентины договорились создать рабочую группу по Договору о водах "
                              "Ла-Платы 1973 года."), "AGREE")
    assert agree.date == PartialDate(2024, 5, 17) and agree.factuality == "occurred"
    (agree,) = of_type(events("Чили и Аргентина договорились создать совместную комиссию для продления пакта о "
                              "рыболовстве, срок действия которого истекает в марте 2027 года."), "AGREE")
    assert agree.date == PartialDate(2024, 5, 17) and agree.factuality == "occurred"
    (agree,) = of_type(events("Министры Чили и Аргентины договорились в 2021 году создать рабочую группу."), "AGREE")
    assert agree.date == PartialDate(2021)  # a year with its preposition dates the act
    (meet,) = of_type(events("Министры Чили и Аргентины провели переговоры, которые прошли в Лиме 12 мая."), "CONSULT")
    assert meet.date == PartialDate(2024, 5, 12)  # a relative clause of the trigger itself tells its day


def test_two_acts_of_one_type_a_semicolon_parts_keep_their_own_days(events):
    evs = of_type(events("В понедельник Чили выслала двух перуанских дипломатов; в четверг Лима ответила зеркально, "
                         "объявив персонами нон грата двух чилийцев."), "SANCTION")
    assert sorted(e.date.iso() for e in evs) == ["2024-05-13", "2024-05-16"]


@pytest.mark.parametrize("text, dated", [
    ("Решение Боливии отозвать посла вызывает сожаление, заявил министр иностранных дел Парагвая.", False),
    ("Министр осудил решение властей Боливии выслать двух дипломатов.", False),
    ("Власти Боливии приняли решение выслать двух дипломатов Парагвая.", True),
    ("МИД Боливии объявил о решении отозвать посла из Асунсьона.", True),
])
def test_an_act_referred_to_by_a_decision_noun_is_not_of_the_documents_day(events, text, dated):
    (act,) = of_type(events(text), "SANCTION")
    assert (act.date == PartialDate(2024, 5, 17)) is dated


@pytest.mark.parametrize("text, type_, fact", [
    ("Стороны обсудили подготовку к предстоящему саммиту в Асунсьоне.", "CONSULT", "planned"),
    ("Министры Боливии и Парагвая провели следующий раунд переговоров в Сукре.", "CONSULT", "occurred"),
    ("Следующая встреча министров Боливии и Парагвая прошла в марте.", "CONSULT", "occurred"),
    ("В саммите в Асунсьоне примут участие главы государств региона.", "CONSULT", "planned"),
    ("Главы МИД Боливии и Парагвая примут участие в переговорах в Сукре.", "CONSULT", "planned"),
    ("В саммите в Асунсьоне приняли участие главы государств региона.", "CONSULT", "occurred"),
])
def test_a_meeting_one_will_take_part_in_lies_ahead(events, text, type_, fact):
    assert [e.factuality for e in of_type(events(text), type_)] == [fact]
