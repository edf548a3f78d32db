"""The event stage on kinds of news written for these tests (news nobody tuned for, newsdev8's analysis): the
purpose of a recall, a vow not to yield."""
import pytest

from khronika.records import Document, Source

from .conftest import types

pytestmark = pytest.mark.slow


def test_talks_a_recall_is_for_are_no_meeting(events):
    assert types(events("Посол Перу был отозван для консультаций в марте.")) == ["SANCTION"]
    assert "CONSULT" not in types(events("Венесуэла объявила об отзыве посла из Панамы для консультаций."))
    assert types(events("Посол Норвегии прибыл в Хельсинки для консультаций.")) == ["CONSULT"]
    assert types(events("Делегации Ганы и Того провели консультации в Аккре.")) == ["CONSULT"]


def test_a_vow_not_to_yield_is_no_event(events):
    assert events("Правительство Того не уступит давлению соседей, заявил премьер.") == ()
    assert "CONCEDE" not in types(events("Министр Ганы заявил: «Мы не сдадимся и не уступим»."))
    (done,) = events("Гана не уступила Того в споре о границе.")
    assert done.type == "CONCEDE" and done.factuality == "negated"


def test_what_a_deed_is_aimed_at_is_no_act(events):
    assert types(events("Эстония осуждает планы, которые фактически направлены на ограничение торговли в регионе.")) \
        == ["ACCUSE"]
    assert events("Правительство Литвы приняло меры, направленные на поддержку Молдавии.") == ()
    assert types(events("Латвия ввела ограничение на въезд граждан Белоруссии.")) == ["SANCTION"]


def test_a_second_act_called_for_is_not_done(events):
    got = types(events("Министр Кении призвал Уганду освободить задержанных и снять ограничения на импорт."))
    assert "REQUEST" in got and "CONCEDE" not in got
    got = types(events("Министр Кении призвал Уганду к диалогу, и Уганда сняла ограничения на импорт."))
    assert "CONCEDE" in got


def test_an_envoy_back_at_his_post_is_a_concession(events):
    assert types(events("Посол Чили вернулся в Лиму после двухмесячного перерыва.")) == ["CONCEDE"]
    assert types(events("«Наш посол возвращается сегодня», — сказал министр иностранных дел Чили.")) == ["CONCEDE"]
    got = events("Маркос Лопес, посол Перу в Чили, в пятницу вернулся к исполнению своих обязанностей.")
    assert types(got) == ["CONCEDE"]
    assert events("Посол Перу Хуан Ривас вернулся в Лиму для консультаций.") == ()  # home, recalled
    assert events("Президент Чили вернулся в Сантьяго из Европы.") == ()


def test_a_guest_a_side_is_ready_to_receive_at_a_time_is_a_visit_planned(events):
    (visit,) = events("Министр Ганы заявил, что ганская сторона готова принять нигерийского коллегу в марте.")
    assert visit.type == "CONSULT" and visit.factuality == "planned" and visit.date.month == 3
    assert events("Ганская сторона готова принять нигерийского коллегу.") == ()
    assert events("Кения готова подписать соглашение с Угандой в марте.") == ()


def test_a_meeting_put_off_is_planned_at_its_new_date(events):
    summit, put_off = events("Ежегодный саммит лидеров Вьетнама и Лаоса, намеченный на 5 марта в Ханое, перенесен на "
                             "апрель.")
    assert summit.factuality == "planned" and (summit.date.month, summit.date.day) == (4, None)
    # and it did not take place on the day it had been set for
    assert put_off.factuality == "negated" and (put_off.date.month, put_off.date.day) == (3, 5)
    summit, *_ = events("Вьетнам — Лаос: саммит перенесен\nСаммит лидеров Вьетнама и Лаоса, намеченный на 5 марта, "
                       "перенесен на апрель.")  # a heading run into the sentence
    assert summit.date.month == 4
    retreat, *_ = events("Пятый ретрит лидеров Новой Зеландии и Австралии, намеченный на 3 февраля в Веллингтоне, "
                        "перенесен на май следующего года.")
    assert retreat.type == "CONSULT" and retreat.factuality == "planned" and retreat.date.month == 5
    assert events("Компания провела корпоративный ретрит для сотрудников в Подмосковье.") == ()


def test_an_explanation_with_regret_is_no_accusation(events):
    # regret in the object of a verb of its own joined to a verb of speech is not what the speech says
    assert "ACCUSE" not in types(events(
        "Министр иностранных дел Ганы во вторник заявил, что полет самолета ВВС над границей был «технической "
        "ошибкой», и выразил сожаление в связи с инцидентом."))
    assert events("Президент Ганы выразил сожаление в связи с гибелью людей при наводнении.") == ()


def test_the_next_session_of_a_body_told_before_is_planned_without_its_name(events):
    got = events("Министры Ганы и Того провели заседание межправительственной комиссии в Ломе. "
                 "Стороны условились провести очередную сессию в Аккре в 2031 году.")
    planned = [e for e in got if e.type == "CONSULT" and e.factuality == "planned"]
    assert len(planned) == 1 and planned[0].date.year == 2031
    got = events("Министры Ганы и Того провели заседание межправительственной комиссии в Ломе. "
                 "Следующее заседание стороны решили провести в 2031 году в Гане.")
    assert [e.date.year for e in got if e.type == "CONSULT" and e.factuality == "planned"] == [2031]
    assert events("Стороны условились провести очередную сессию в Аккре в 2031 году.") == ()  # no body told


def test_a_capital_as_the_subject_acts_for_its_country(events):
    (act,) = events("Аккра осудила решение Того.")
    assert {(p.entity, p.role) for p in act.participants} >= {("e:iso-GH", "source")}
    (act,) = events("Ломе на следующий день принял предложение Аккры.")
    assert act.type == "SUPPORT" and ("e:iso-TG", "source") in {(p.entity, p.role) for p in act.participants}
    (meet,) = events("В Аккре прошли переговоры министров Ганы и Того.")
    assert {p.entity for p in meet.participants} == {"e:iso-GH", "e:iso-TG"}


def test_concern_and_groundless_are_accusations(events):
    assert "ACCUSE" in types(events("Представитель МИД Ганы заявила, что Аккра с обеспокоенностью следит за "
                                    "учениями Того у границы."))
    assert types(events("МИД Ганы назвал решение Того «необоснованным».")) == ["ACCUSE"]
    assert events("Со всей серьёзностью и с обеспокоенностью родители встретили новость о закрытии школы.") == ()


def test_a_round_of_talks_takes_the_tense_of_its_verb(events):
    got = events("Секретарь МИД Ганы Джон Менса посетит Ломе, где проведет новый раунд консультаций с коллегой "
                 "из Того.")
    assert got and all(e.factuality == "planned" for e in got)
    (done,) = events("Делегации Ганы и Того провели очередной раунд консультаций в Ломе.")
    assert done.factuality == "occurred"


def test_a_building_no_gazetteer_places_lies_in_the_datelines_city(pipeline):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2025-03-14", text=(
        "МАНАГУА, 14 марта. Президент Никарагуа принял российскую делегацию в Доме народа в пятницу вечером."))))
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(e.place, e.place) for e in doc.events] == ["Манагуа"]


@pytest.mark.parametrize("text, city", [
    ("ЛИМА, 14 марта. Президент Перу в пятницу принял министра иностранных дел Чили во дворце Торре-Тагле.", "Лима"),
    ("КИТО, 14 марта. Президент Эквадора принял министра Боливии во дворце Карондлет.", "Кито"),
    ("АСУНСЬОН, 14 марта. Глава государства принял делегацию Уругвая во дворце Лопес.", "Асунсьон"),
])
def test_a_place_named_after_the_noun_of_a_building_lies_in_the_datelines_city(pipeline, text, city):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2025-03-14", text=text)))
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(e.place, e.place) for e in doc.events if e.type == "CONSULT"] == [city]


@pytest.mark.parametrize("text, city", [
    ("АСУНСЬОН, 14 марта. Парагвайский МИД вызвал посла Боливии и выразил ему протест.", "Асунсьон"),
    ("АСУНСЬОН, 14 марта. Боливийское министерство иностранных дел вызвало посла Парагвая и вручило ему ноту "
     "протеста.", "Ла-Пас"),
    ("АСУНСЬОН, 14 марта. МИД Парагвая вызвал посла Боливии и выразил ему протест.", "Асунсьон"),
])
def test_a_protest_of_a_foreign_ministry_named_by_its_countrys_adjective_is_in_its_capital(pipeline, text, city):
    doc = pipeline(Document.from_source(Source(path="t.txt", published="2025-03-14", text=text)))
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(e.place, e.place) for e in doc.events if e.type == "PROTEST"] == [city]


@pytest.mark.parametrize("text", [
    "Делегация Гайаны поблагодарила Суринам и КАРИКОМ за посредничество.",
    "Министр иностранных дел Бенина выразил благодарность правительству Того за помощь.",
])
def test_thanks_to_another_side_are_support(events, text):
    assert "SUPPORT" in types(events(text))


def test_an_invitation_accepted_with_thanks_is_no_support(events):
    assert "SUPPORT" not in types(events("Министр Гайаны пригласил коллегу из Суринама посетить Джорджтаун. "
                                         "Приглашение было с благодарностью принято."))


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Гайаны заявил, что Джорджтаун не видит оснований для пересмотра договора с Суринамом.",
    "МИД Бенина сообщил, что Котону не видит никаких оснований для приостановки строительства плотины у Того.",
])
def test_no_grounds_for_what_the_other_side_asks_is_a_refusal(events, text):
    assert "REJECT" in types(events(text))


def test_no_grounds_for_concern_is_no_refusal(events):
    assert "REJECT" not in types(events("Министр иностранных дел Гайаны заявил, что не видит оснований для "
                                        "беспокойства в связи с учениями Суринама."))


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Гайаны подтвердил поддержку стремления Суринама вступить в МЕРКОСУР.",
    "Глава МИД Бенина подтвердил неизменную поддержку усилий Того по урегулированию кризиса.",
])
def test_support_confirmed_is_support(events, text):
    assert "SUPPORT" in types(events(text))
