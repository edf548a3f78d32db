"""Refusals told as a negated modal or future, what failed to come off, customs of a series, the date of what is asked
for or described, and the days told by a week or an adjective; on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    def go(text, published="2026-11-25"):
        return [(e.type, e.factuality, e.date.iso()) for e in read_news(text, published).events]
    return go


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Перу Ян Кус заявил, что Лима не будет обсуждать этот вопрос с Чили.",
    "По информации министра, Чили пока не может снять ограничения на ввоз перуанского винограда.",
    "Премьер Боливии сказал, что Ла-Пас не станет вести переговоры с Асунсьоном о границе.",
    "Канцлер Парагвая заявил, что Асунсьон не пойдет на переговоры с Боливией о статусе реки.",
    "Аргентина не может отменить пошлины на ввоз говядины из Уругвая, сообщил министр.",
])
def test_a_concession_a_side_cannot_make_or_talks_it_will_not_hold_are_a_refusal(events, text):
    assert [e[:2] for e in events(text)] == [("REJECT", "occurred")]


@pytest.mark.parametrize("text", [
    "Министр заявил, что Кито не согласен на общий тариф на ввоз зерна из Лимы.",
    "Министр иностранных дел Уругвая заявил, что Монтевидео не согласен на создание совместной комиссии.",
    "Министр иностранных дел Гайаны сказал, что Джорджтаун не намерен обсуждать с Каракасом вопрос о границе.",
    "Глава МИД Эстонии заявил, что Таллин не намерен отменять введенные ограничения на транзит из Минска.",
    "Литва не намерена снимать санкции против Минска, заявил премьер.",
    "Премьер Латвии сказал, что Рига не намерена пересматривать решение о высылке дипломата Минска.",
    "Правительство Словении не намерено отменять ночной запрет на проезд грузовиков через Караванке.",
    "Вьетнам не намерен снимать пошлину на импорт риса из Камбоджи, заявил министр.",
    "По словам министра, заявления эстонской стороны о Риге «не имеют ничего общего с действительностью».",
])
def test_a_side_that_does_not_consent_or_means_not_to_yield_refuses(events, text):
    assert ("REJECT", "occurred") in [e[:2] for e in events(text)]


def test_a_position_not_shared_is_no_refusal(events):
    got = events("Посол сказал, что Рига не согласна с позицией Таллина.")
    assert ("REJECT", "occurred") not in [e[:2] for e in got]


def test_an_answer_a_side_means_not_to_give_is_no_refusal(events):
    assert ("REJECT", "occurred") not in [e[:2] for e in events("Латвия не намерена отвечать встречной высылкой.")]


def test_a_vow_without_the_modal_stays_no_event(events):
    assert events("Мы не уступим ни пяди земли, заявил президент Гайаны.") == []


@pytest.mark.parametrize("text", [
    "Министры иностранных дел Чили и Перу провели переговоры в Лиме, но договориться не удалось.",
    "Делегации Аргентины и Уругвая обменялись предложениями, но договориться о квотах не смогли.",
    "Премьер-министры Гайаны и Суринама так и не сумели подписать соглашение о границе.",
])
def test_what_did_not_come_off_is_negated(events, text):
    assert ("AGREE", "negated", None) in events(text)


def test_what_came_off_occurred(events):
    assert ("AGREE", "occurred", "2026-11-25") in events(
        "Министрам Чили и Боливии удалось договориться о возобновлении поставок газа.")


@pytest.mark.parametrize("text", [
    "Дипломат признал, что никаких уступок от Уругвая на встрече в Монтевидео не было.",
    "Посол Чили заявил, что уступок со стороны Лимы не было.",
])
def test_a_concession_not_made_is_no_event(events, text):
    assert not any(t == "CONCEDE" for t, _, _ in events(text))


@pytest.mark.parametrize("text", [
    "Совместный комитет Чили и Перу учрежден в 1995 году, теперь его сессии проходят ежегодно, то в Лиме, то в "
    "Сантьяго.",
    "Консультации Бразилии и Аргентины проводятся с 2012 года.",
    "Саммиты Мексики и Колумбии проходят раз в два года, поочередно в каждой из стран.",
    "Заседания комиссии Эквадора и Перу проходят каждый год в Лиме.",
])
def test_the_custom_of_a_series_is_no_meeting(events, text):
    assert not any(t == "CONSULT" for t, _, _ in events(text))


def test_the_next_round_after_the_custom_is_planned(events):
    told = events("Седьмой раунд консультаций Чили и Перу прошел в Лиме. Консультации проводятся с 2011 года, восьмой "
                  "раунд намечен на 2029 год в Сантьяго.")
    assert told == [("CONSULT", "occurred", "2026-11-25"), ("CONSULT", "planned", "2029")]


@pytest.mark.parametrize("text", [
    "Правительство Боливии обратилось к Бразилии с просьбой увеличить закупки газа в 2028 году.",
    "Министры Чили и Перу подписали соглашение о транзите, которое должно вступить в силу в 2028 году.",
    "Главы ведомств Чили и Перу подписали протокол о новом терминале, который должен открыться в 2028 году.",
])
def test_the_year_of_what_is_asked_for_or_described_is_not_the_acts(events, text):
    assert [e[1:] for e in events(text)] == [("occurred", "2026-11-25")]


@pytest.mark.parametrize(("text", "day"), [
    ("Коллегу из Перу министр иностранных дел Чили принимал в четверг прошлой недели в Сантьяго.", "2026-11-19"),
    ("Министр Чили и министр Перу встретились в понедельник на прошлой неделе.", "2026-11-16"),
    ("Министры Чили и Перу встретятся во вторник следующей недели.", "2026-12-01"),
    ("Министры Чили и Перу встретились в четверг.", "2026-11-26"),
])
def test_a_weekday_of_the_week_told(events, text, day):
    assert events(text, "2026-11-28")[0][2] == day


@pytest.mark.parametrize(("text", "day"), [
    ("Министр Перу по возвращении из Лимы заявил, что вчерашняя встреча с делегацией Чили прошла конструктивно.",
     "2026-11-24"),
    ("Министры Чили и Перу проведут завтрашнюю встречу в Лиме.", "2026-11-26"),
])
def test_the_day_an_adjective_names(events, text, day):
    assert events(text)[0][2] == day


def test_todays_day_is_now(read_news):
    doc = read_news("На сегодняшний день переговоры министров Чили и Перу не возобновлены.", "2026-11-25")
    assert not doc.timexes


def test_a_question_not_discussed_is_a_refusal(events):
    assert [e[:2] for e in events("Министр заявил, что вопрос о границе с Перу «не обсуждается».")] == [
        ("REJECT", "occurred")]


@pytest.mark.parametrize("text", [
    "Министр сообщил, что вопрос о границе с Перу на встрече не обсуждался.",
    "Источник сказал, что возвращение к прежнему формату с Чили пока не обсуждается.",
])
def test_a_question_not_discussed_yet_or_then_is_no_refusal(events, text):
    assert not any(t == "REJECT" for t, _, _ in events(text))


def test_the_eve_of_a_meeting_pointed_back_to(events):
    told = events("Лима – Перу и Чили 20 ноября провели в Лиме 25-ю встречу консультативного механизма.\n\nСтороны "
                  "обсудили недавние инциденты и договорились сохранять каналы связи.\n\nПереговоры прошли в "
                  "напряженной обстановке: накануне перуанская сторона вручила Сантьяго ноту протеста.", "2026-11-21")
    assert ("PROTEST", "occurred", "2026-11-19") in told
    assert [e for e in told if e[0] == "CONSULT"] == [("CONSULT", "occurred", "2026-11-20")]


@pytest.mark.parametrize("text", [
    "Не готова ли Турция выступить посредником между Каиром и Аддис-Абебой?",
    "Выразит ли Берлин протест в связи с задержанием журналиста?",
    "Разве Вашингтон пришел к мнению, что пора снять ограничения с Каракаса?",
])
def test_a_yes_no_question_asks_of_a_pattern_too(events, text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Кении подчеркнул, что отменять санкции Найроби не намерен.",
    "«Снимать ограничения мы не намерены», — заявил министр иностранных дел Кении.",
])
def test_a_lifting_refused_told_first_is_a_refusal(types_of, text):
    assert types_of(text) == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Лима обвинила Сантьяго в нарушении квот. Сантьяго этот упрек не принял.",
    "Премьер-министр Латвии не принял обвинения Минска в провокации.",
    "МИД Уругвая не принимает ноту Аргентины.",
])
def test_a_reproach_or_a_note_not_accepted_is_a_refusal(events, text):
    assert ("REJECT", "occurred") in [e[:2] for e in events(text)]


def test_a_decision_not_taken_is_no_refusal(events):
    assert "REJECT" not in [e[0] for e in events("Правительство Латвии не приняло решения о закрытии границы.")]
