"""Acts a sentence names without telling them, by the way it is written (events.unstated): a heading or subtitle that
names topics after ``о``, a present predication that evaluates an act told before, an act another side is expected or
hoped to do (hypothetical), the act of whoever does it, an act told again by how it went, by ``это`` or as a cause;
and, beside each, the forms that do tell the act."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


# ---- headings: a line with no verb naming its topics after "о"

def test_a_contents_list_of_topics_tells_no_act(events):
    text = ("Брифинг представителя МИД Ганы, Аккра, 3 марта 2025 года\n\nСодержание\n"
            "1. О визите министра иностранных дел Того в Гану\n"
            "2. Об ответных мерах на закрытие консульства Ганы в Ломе\n"
            "3. О новых санкциях Кот-д'Ивуара\n4. Ответы на вопросы СМИ\n\n")
    assert events(text) == ()


def test_a_numbered_heading_joined_to_the_next_number_tells_no_act(events):
    text = ("Содержание\n1. О переговорах министров Перу и Чили\n2. О закрытии консульства Боливии в Арике и "
            "ответных мерах\n3.\nО санкциях Эквадора против перуанских рыбаков\n\n")
    assert "THREATEN" not in types(events(text))
    assert "SANCTION" not in types(events(text))


def test_a_line_that_tells_the_act_beside_a_heading(events):
    # a finite verb on the line: told
    assert "SANCTION" in types(events("Посол Ганы рассказал о санкциях, которые Того ввело против ганских "
                                      "компаний в понедельник."))
    assert "CONSULT" in types(events("2. Министры Перу и Чили провели переговоры о границе в Лиме."))
    # a lone title of a release names the story its body tells
    assert "CONSULT" in types(events("О консультациях заместителей министров иностранных дел Перу и Чили\n\n"
                                     "12 марта в Лиме прошли консультации заместителей министров иностранных дел "
                                     "Перу и Чили."))


# ---- a present predication evaluates an act told before

def test_an_act_evaluated_by_a_present_predication_is_not_told_again(events):
    assert "SANCTION" not in types(events("Санкции Того против ганских банков — это грубая ошибка, заявил посол "
                                          "Ганы."))
    assert "SANCTION" not in types(events("Высылка наших дипломатов из Ломе является недружественным шагом, "
                                          "считает МИД Ганы."))
    assert "CONSULT" not in types(events("Отсрочка саммита Перу и Эквадора — «вынужденная мера», сказал министр "
                                         "иностранных дел Перу."))
    assert "SANCTION" not in types(events("Ограничения Бенина против нигерийских перевозчиков — грубая ошибка, "
                                          "заявил министр иностранных дел Нигерии."))
    assert "SANCTION" not in types(events("Эти санкции Чили против Перу незаконны и бессмысленны, заявил министр "
                                          "Перу."))


def test_the_evaluation_itself_is_kept(events):
    assert "ACCUSE" in types(events("Высылка наших дипломатов из Ломе является недружественным шагом, считает МИД "
                                    "Ганы."))


def test_a_past_or_future_predication_or_a_modal_tells_the_act(events):
    assert "AGREE" in types(events("Итогом визита министра Ганы в Того стало подписание соглашения о границе."))
    assert "CONSULT" in types(events("Визит президента Ганы в Того был первым за десять лет."))
    assert "CONSULT" in types(events("По словам министра, следующий саммит Перу и Чили должен пройти в Лиме в "
                                     "2027 году."))
    # the noun's own participle or date tells it
    assert "SANCTION" in types(events("Высылка двух ганских дипломатов, объявленная Того 3 марта, является "
                                      "недружественным шагом, заявил министр иностранных дел Ганы."))


# ---- an act another side is expected, hoped or relied on to do: hypothetical, not done (events.factuality)

def test_an_act_expected_of_another_side_is_not_done(events):
    for text in ("Гана рассчитывает, что Того смягчит правила въезда для ее граждан.",
                 "Лима надеется, что Сантьяго отменит санкции против перуанских компаний.",
                 "Министр выразил надежду, что Чили снимет ограничения на ввоз перуанских фруктов.",
                 "В Аккре ожидают, что Ломе отменит запрет на въезд ганских торговцев."):
        assert [e.factuality for e in events(text) if e.type == "CONCEDE"] in ([], ["hypothetical"]), text
    assert [e.factuality for e in events("Гана рассчитывает, что Того смягчит правила въезда для ее граждан.")] \
        == ["hypothetical"]


def test_an_act_done_beside_an_expectation_is_told(events):
    assert "CONCEDE" in types(events("Того смягчило правила въезда для граждан Ганы, сообщил министр иностранных "
                                     "дел Того."))
    assert "CONSULT" in types(events("Министр иностранных дел Перу рассчитывает провести переговоры с коллегой из "
                                     "Чили в мае."))


# ---- talks as the purpose of a recall, whatever the parser hangs them on and whatever date follows

def test_talks_a_recall_is_for_are_no_meeting(events):
    story = "МИД Того сообщил о переговорах с Ганой. "
    evs = events(story + "Ломе отозвал посла для консультаций 5 февраля в ответ на задержание тоголезских рыбаков у "
                         "побережья Ганы.")
    assert [e.type for e in evs if e.trigger == "консультаций"] == []
    assert "SANCTION" in types(evs)
    evs = events(story + "Посол Того в Гане был отозван в Ломе для консультаций 3 марта.")
    assert [e.type for e in evs if e.trigger == "консультаций"] == []
    evs = events(story + "Президент Того отозвал своего посла для консультаций в понедельник.")
    assert [e.type for e in evs if e.trigger == "консультаций"] == []


def test_talks_held_on_a_date_are_a_meeting(events):
    assert "CONSULT" in types(events("Послы Того и Ганы провели консультации 28 октября в Ломе."))


# ---- a meeting told by how it went: the meeting told before

def test_how_a_meeting_went_joins_the_meeting_told_before(events):
    held = "3 марта в Лиме прошли консультации заместителей министров иностранных дел Перу и Чили. "
    for how in ("«Разговор министров прошел в открытой, товарищеской атмосфере», — сказал замминистра Перу.",
                "Переговоры прошли конструктивно, сообщил МИД Перу.",
                "По словам дипломатов, консультации проходили в деловом ключе.",
                "Беседа прошла в дружеской обстановке."):
        assert types(events(held + how)) == ["CONSULT"], how


def test_a_meeting_of_its_own_day_or_told_only_so_is_reported(events):
    assert types(events("Переговоры министров иностранных дел Перу и Чили прошли в Лиме в конструктивной "
                        "атмосфере.")) == ["CONSULT"]
    assert types(events("3 марта в Лиме прошли консультации заместителей министров иностранных дел Перу и Чили. "
                        "5 марта переговоры министров обороны Перу и Чили прошли в Сантьяго в деловой "
                        "атмосфере.")) == ["CONSULT", "CONSULT"]


def test_an_act_identified_by_this_joins_the_act_told_before(events):
    held = "12 марта в Лиме прошла сессия совместной комиссии Перу и Чили. "
    for again in ("Как отметил посол Перу, это уже шестая сессия комиссии за четыре года.",
                  "Это уже третья встреча министров за год, отметил посол Перу."):
        assert types(events(held + again)) == ["CONSULT"], again
    expelled = "Во вторник Гана выслала двух дипломатов Того. "
    assert types(events(expelled + "Это вторая высылка тоголезских дипломатов, сообщил МИД Ганы.")) == ["SANCTION"]


def test_a_headline_predication_left_apart_by_the_parser(events):
    assert "CONSULT" not in types(events("Министр Перу: отсрочка саммита с Эквадором — «вынужденная мера»"))
    assert "SANCTION" not in types(events("Посол Того: высылка наших дипломатов — «грубая ошибка»"))


# ---- the act of whoever does it

def test_the_act_of_whoever_does_it_is_no_act(events):
    assert "SUPPORT" not in types(events("«Гана намерена наказывать всех, кто поддерживает мятежников на севере "
                                         "Того», — заявил министр иностранных дел Ганы."))
    assert "SANCTION" not in [e.type for e in events("Санкции коснутся всех, кто нарушит эмбарго, заявил министр "
                                                     "Перу.") if e.trigger == "эмбарго"]
    assert "AGREE" not in types(events("Министр Перу пообещал защиту всем, кто подпишет мирное соглашение."))


def test_a_side_that_does_it_is_told(events):
    assert "SUPPORT" in types(events("Правительство Перу поддерживает переговоры Чили и Боливии."))
    assert "AGREE" in types(events("Министры Перу и Чили, которые подписали соглашение о границе, провели "
                                   "пресс-конференцию."))


# ---- an act told as the cause of a reaction: the act told before

def test_the_cause_of_a_reaction_joins_the_act_told_before(events):
    imposed = "В понедельник Бенин ввел санкции против ганских компаний. "
    for reaction in ("Гана выразила решительный протест в связи с санкциями Бенина.",
                     "МИД Ганы вызвал посла Бенина из-за санкций против ганских компаний.",
                     "Гана выразила сожаление в связи с санкциями, введенными Порто-Ново."):
        evs = events(imposed + reaction)
        assert [e.type for e in evs].count("SANCTION") == 1, reaction
    conceded = "В понедельник делегация Замбии уступила Малави в споре об участке реки. "
    evs = events(conceded + "Депутаты парламента Замбии раскритиковали МИД за то, что делегация уступила в "
                            "этом споре.")
    assert [e.type for e in evs].count("CONCEDE") == 1


def test_a_cause_told_only_there_is_no_act_of_its_sentence(events):
    # nothing told before to join: the head verb's clause types the act, the cause is only its reason
    # (test_event_causes_told.py); an act of its own time told right after it stays
    assert types(events("Гана выразила решительный протест в связи с санкциями Бенина.")) == ["PROTEST"]
    assert "SANCTION" in types(events("Гана выразила протест в связи с введенными 12 марта санкциями Бенина."))
