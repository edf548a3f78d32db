"""The event stage on forms of news the opened corpora showed in general terms (session 33): a body holding its own
session, a meeting told by a verb of gathering in a communiqué's preamble, a stay abroad, a promise to consider,
and acts that are only the content or the circumstance of another (joint action agreed, a change to a meeting
announced, a detention undone by a release, a meeting that is a deadline, the sides backing their own talks); the
numbered points of a communiqué, each its own act.  Invented sentences, other countries and wording."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


def test_a_body_holding_its_own_session_meets(events):
    assert types(events("Кенийско-угандийская смешанная комиссия по водным ресурсам в пятницу завершила в Кампале "
                        "свое третье заседание.")) == ["CONSULT"]
    assert types(events("Чилийско-перуанский совет по торговле начал в Лиме свою пятую сессию.")) == ["CONSULT"]
    assert types(events("Боливийско-парагвайский совет стратегического партнерства провел в Асунсьоне свое первое "
                        "заседание под председательством министров.")) == ["CONSULT"]
    assert events("Совет директоров банка провел свое очередное заседание.") == ()
    assert events("Правительство Кении завершило свое заседание в среду.") == ()


def test_a_gathering_of_two_states_is_a_meeting(events):
    (met,) = events("Министры иностранных дел Чили и Аргентины, собравшись в Мендосе 3 и 4 марта, заявляют "
                    "следующее:")
    assert met.type == "CONSULT" and met.factuality == "occurred"
    assert types(events("Мы, министры обороны Литвы, Латвии и Эстонии, собрались сегодня в Риге, чтобы обсудить "
                        "безопасность региона.")) == ["CONSULT"]
    assert types(events("Министры иностранных дел Ганы и Того, собравшиеся в Аккре, подтвердили приверженность "
                        "договору.")) == ["CONSULT"]
    assert events("Жители района, собравшись у мэрии, потребовали отремонтировать дорогу.") == ()


def test_a_stay_in_a_country_or_city_is_a_visit(events):
    (visit,) = events("В прошлом месяце в Пекине побывал министр иностранных дел Кении.")
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert types(events("Министр иностранных дел Чили побывал в Лиме на прошлой неделе.")) == ["CONSULT"]
    assert events("Президент Кении побывал на выставке цветов.") == ()
    assert events("Турист из Германии побывал в больнице.") == ()


def test_a_promise_to_consider_is_support(events):
    assert types(events("Премьер-министр Перу пообещал рассмотреть просьбу Боливии о транзите.")) == ["SUPPORT"]
    assert types(events("Президент Ганы пообещал изучить просьбу Того о возвращении посла.")) == ["SUPPORT"]
    assert types(events("Министр иностранных дел Кении пообещал внимательно изучить предложение Уганды.")) \
        == ["SUPPORT"]
    assert events("Мэр пообещал изучить жалобы жителей.") == ()


def test_joint_action_agreed_is_the_agreement(events):
    assert types(events("Министры Кении и Уганды договорились вести совместное патрулирование озера.")) \
        == ["AGREE"]
    assert types(events("Чили и Перу условились о совместных учениях флотов.")) == ["AGREE"]
    assert "COOPERATE" in types(events("Флоты Чили и Перу провели совместные учения у побережья."))


def test_a_change_to_a_meeting_announced_is_no_agreement(events):
    assert "AGREE" not in types(events("Правительства Чили и Перу объявили об отмене встречи министров."))
    assert "AGREE" not in types(events("Правительства Кении и Уганды в пятницу объявили о переносе ежегодного "
                                       "саммита на весну."))
    assert "AGREE" in types(events("Правительства Кении и Уганды объявили о создании совместной зоны торговли."))


def test_people_set_free_are_no_detention(events):
    assert types(events("Власти Кении освободили всех задержанных граждан Танзании.")) == ["CONCEDE"]
    assert "COERCE" not in types(events("Полиция Эквадора отпустила арестованных перуанских рыбаков."))
    assert types(events("Власти Эквадора задержали двух граждан Перу.")) == ["COERCE"]


def test_a_meeting_named_as_a_deadline_is_none(events):
    assert events("Министры Кении и Уганды поручили экспертам составить к следующему раунду перечень "
                  "спорных участков.") == ()
    assert events("Делегация Японии передаст свои замечания на следующей встрече с Вьетнамом.") == ()
    assert events("Делегации Чили и Перу представят к следующему заседанию комиссии доклады.") == ()
    assert "CONSULT" in types(events("Стороны договорились провести следующий раунд переговоров Чили и Перу в мае."))


def test_the_sides_backing_their_own_talks(events):
    text = "Президенты Чили и Перу провели переговоры в Лиме. "
    assert types(events(text + "Стороны поддерживают продолжение диалога по вопросам безопасности.")) \
        == ["CONSULT"]
    assert "SUPPORT" in types(events("Китай поддерживает продолжение переговоров между Кенией и Угандой."))
    assert "SUPPORT" in types(events(text + "Стороны поддержали инициативу Бразилии."))


def test_each_numbered_point_tells_its_own_act(events):
    got = events("СОВМЕСТНОЕ ЗАЯВЛЕНИЕ\n\nМинистры Кении и Уганды провели переговоры в Кампале.\n\n"
                 "1. Стороны договорились создать совместный комитет по рыболовству.\n\n"
                 "2. Стороны договорились упростить пересечение границы для жителей приграничных районов.\n")
    assert types(got) == ["AGREE", "AGREE", "CONSULT"]


def test_the_sides_welcoming_a_visit_support_it(events):
    assert "SUPPORT" in types(events("Министры Кении и Уганды провели переговоры. Стороны приветствовали проведение "
                                     "недавнего визита главы МИД Кении в Уганду."))


def test_a_deadline_whose_object_the_parser_misreads(events):
    assert events("Министры Кении и Уганды поручили рабочим группам подготовить к очередному раунду проект договора "
                  "о границе.") == ()


def test_a_decision_taken_receives_nobody(events):
    got = events("Анна Ковальчик\nВ ответ на санкции Варшавы принято решение закрыть въезд пяти гражданам Польши.")
    assert "CONSULT" not in types(got)
    assert types(events("Президент Кении принял делегацию Уганды во главе с министром.")) == ["CONSULT"]
    assert types(events("Президент Кении принял министра иностранных дел Уганды.")) == ["CONSULT"]


def test_a_binational_cabinet_is_a_meeting_of_two_governments(events):
    (held,) = events("Президенты Чили и Боливии провели в Арике I Бинациональный кабинет.")
    assert (held.type, held.factuality) == ("CONSULT", "occurred")
    (next_one,) = events("Следующий, II Бинациональный кабинет Чили и Боливии планируется провести в Ла-Пасе в "
                         "2026 году.")
    assert (next_one.type, next_one.factuality) == ("CONSULT", "planned")
    assert events("Журналисты обсуждали итоги бинационального кабинета.") == ()


def test_a_body_told_by_a_relative_clause_to_come_meets(events):
    got = events("Министры Кении и Уганды обсудили по телефону подготовку Совета глав правительств СНГ, "
                 "который состоится в октябре в Минске.")
    assert any(e.type == "CONSULT" and e.factuality == "planned" and e.trigger == "состоится" for e in got)


def test_the_next_session_told_with_a_source_aside(events):
    text = "Министры Кении и Уганды провели в Кампале третье заседание межправительственной комиссии. "
    for aside in ("по словам министра", "как сообщил министр"):
        got = events(text + f"Следующее, {aside}, состоится в мае 2026 года в Найроби.")
        assert sorted((e.type, e.factuality) for e in got) == [("CONSULT", "occurred"), ("CONSULT", "planned")]
