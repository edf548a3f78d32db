"""The event stage on kinds of news written for these tests (newsdev13's analysis, in general terms): retaliation
promised without a threat verb, readiness to consider or back a proposal, an envoy sent back, a reception of a guest
told before, parties to a conflict named by abbreviations, and the noise of business and court news, deadlines,
founding years and acts only pointed back to."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


def test_a_retaliation_promised_without_a_threat_verb_is_a_threat(events):
    assert "THREATEN" in types(events("Посольство Ганы назвало высылку дипломатов «безосновательной» и предупредило, "
                                      "что Аккра ответит на нее."))
    assert "THREATEN" in types(events("Правительство Перу пообещало ответить на решение Чили закрыть консульство."))
    assert "THREATEN" in types(events("МИД Ганы заявил, что Аккра не оставит без ответа эти шаги Того."))
    assert "THREATEN" in types(events("Эти шаги Бенина не останутся без последствий для двусторонних отношений, "
                                      "заявил министр Нигерии."))


def test_an_answer_that_is_no_threat(events):
    assert "THREATEN" not in types(events("Министр заявил, что Чили ответит на вопрос журналистов позже."))
    assert "THREATEN" not in types(events("Эксперт не исключает, что Лима ответит зеркально."))
    assert "THREATEN" not in types(events("Как Кито ответит на высылку двух дипломатов из Лимы?"))
    assert "THREATEN" not in types(events("Эквадор ответит на решения Перу усилением своего военного присутствия "
                                          "вдоль границы."))
    assert "THREATEN" not in types(events("Это решение не останется без последствий для бюджета, считает министр "
                                          "финансов Ганы."))
    assert events("Компания не оставит без ответа письмо акционеров.") == ()


def test_readiness_to_consider_or_back_is_support(events):
    (ready,) = events("Гана готова рассмотреть эту просьбу Того, сообщил министр иностранных дел.")
    assert ready.type == "SUPPORT"
    assert types(events("Правительство Чили готово изучить инициативу Перу.")) == ["SUPPORT"]
    # inside a partial quotation, the subject outside it
    assert types(events("Помощник президента Франции сказал, что Париж «готов поддержать всякое соглашение, "
                        "способное прекратить войну».")) == ["SUPPORT"]
    assert events("Мы готовы рассмотреть любые варианты, сказал тренер клуба.") == ()


def test_a_state_sending_its_envoy_back(events):
    assert types(events("Литва в понедельник вернула своего посла в Минск.")) == ["CONCEDE"]
    assert types(events("Чили вернуло посла в Каракас после трехмесячного перерыва.")) == ["CONCEDE"]
    assert events("Эквадор вернул своего посла в Кито для консультаций.") == ()  # home
    assert "CONCEDE" not in types(events("Министр Ганы приветствовал решение Того вернуть посла в Аккру."))
    assert events("Банк вернул вкладчикам деньги.") == ()


def test_a_guest_told_before_received_by_a_head_is_a_meeting_of_its_own(events):
    got = events("Министры Ганы и Того провели заседание комиссии в Ломе. Министр Ганы также сообщил, что вечером "
                 "его принимал у себя президент Того.")
    assert types(got) == ["CONSULT", "CONSULT"]
    assert types(events("Министр Ганы прибыл с визитом в Того. Его принимал президент Того.")) == ["CONSULT"]
    assert events("Парламент Ганы обсудил поправки. Их принял парламент в целом.") == ()


def test_parties_named_by_abbreviations_are_actors(events):
    got = events("Народный фронт освобождения Кассамии (НФОК) потребовал освободить пленных.")
    assert types(got) == ["REQUEST"]
    assert types(events("Делегация ФНО покинула Найроби. ФНО в ответ обвинили армию Кении в срыве перемирия.")) \
        == ["ACCUSE"]
    got = events("Правительство Республики Кассамия (ПРК) и повстанцы провели переговоры. ПРК согласилось "
                 "рассмотреть это предложение.")
    assert "AGREE" in types(got)
    assert events("Компания «Фронт-Строй» отклонила предложение партнеров.") == ()


def test_business_and_court_news_give_no_diplomacy(events):
    assert events("Холдинги «Альфа-Трейд» и «Омега Групп» провели второй раунд переговоров о покупке завода. "
                  "Делегации компаний договорились продолжить консультации в январе.") == ()
    assert events("Суд отклонил иск компании «Гамма». Следующее заседание назначено на март.") == ()


def test_a_deadline_and_a_founding_year_date_no_meeting(events):
    got = events("Министры Кении и Уганды договорились завершить переговоры о границе до конца 2028 года.")
    assert types(got) == ["AGREE"]
    assert "CONSULT" not in types(events("Чили и Перу согласились ускорить консультации по торговому соглашению."))
    (session,) = events("Министры Кении и Уганды провели заседание совета, учрежденного в 2004 году.")
    assert session.date.year == 2025
    (agreed,) = events("Кения и Уганда в 2004 году создали совместную комиссию.")
    assert agreed.date.year == 2004


def test_acts_pointed_back_to_or_in_passing_are_not_told_again(events):
    got = events("Сантьяго выразил Лиме протест из-за маневров и учений у границы. Глава чилийского МИД "
                 "добавил: «Такие учения подрывают доверие между соседями».")
    assert "MOBILIZE" not in types(got)
    got = events("Дипмиссия Ганы вручила властям Того ноту протеста в связи с очередными торговыми санкциями, "
                 "рассказал посол.")
    assert types(got) == ["PROTEST"]
    assert events("Пусть ганские коллеги вместо протестов лучше займутся своими проблемами, сказала "
                  "представитель МИД Того.") == ()
