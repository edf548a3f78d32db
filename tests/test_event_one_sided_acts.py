"""One-sided acts told without their usual word: aid told by what is given (aid.py), an envoy given a term to leave
(expulsions.given_to_leave), a suspension or a blame told in the present, a proposal handed over or told with its
complement first (patterns._fronted), a matter declared no subject of talks, and a party no state named after
``движения`` acting (actors._parties); on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def events(read_news):
    return lambda text: read_news(text, "2026-05-14").events


@pytest.fixture(scope="module")
def types(events):
    return lambda text: [e.type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Норвегия выделит Судану три миллиона крон на восстановление школ.",
    "Канада вносит 12 млн долларов в фонд ООН по борьбе с голодом.",
    "Министр иностранных дел Японии передал правительству Лаоса 200 тонн риса.",
    "Премьер Греции объявил о выделении Кипру 40 млн евро.",
    "Австралия также пообещала выделить Фиджи еще 2,5 млн австралийских долларов на закупку катеров.",
])
def test_an_amount_of_money_or_goods_given_is_aid(types, text):
    assert "AID" in types(text)


@pytest.mark.parametrize("text", [
    "Министры обсудили выделение Судану трех миллионов долларов.",
    "Франция потребовала от Чада выплатить три миллиона евро.",
    "Компания выделила 5 млн долларов на строительство завода.",
    "Норвегия выделит время для консультаций с Суданом.",
])
def test_an_amount_discussed_asked_for_or_a_firm_s_is_no_aid(types, text):
    assert "AID" not in types(text)


@pytest.mark.parametrize("text", [
    "Власти Мали в среду дали послу Кот-д'Ивуара двое суток на то, чтобы покинуть страну.",
    "Правительство Гайаны дало консулу Суринама неделю на то, чтобы покинуть страну.",
])
def test_an_envoy_given_a_term_to_leave_is_expelled(types, text):
    assert types(text) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "Тренер дал игрокам два дня на то, чтобы покинуть базу.",
    "МИД Чада объявил посла Судана персоной нон грата. Дипломату предписано покинуть страну в течение трех суток.",
])
def test_a_term_to_leave_of_no_envoy_or_told_again_is_no_act_of_its_own(types, text):
    assert types(text).count("SANCTION") <= 1


@pytest.mark.parametrize("text", [
    "Министр сообщил, что Парагвай приостанавливает консультации с Боливией.",
    "Эквадор приостанавливает выдачу виз гражданам Колумбии.",
])
def test_a_suspension_told_in_the_present_is_a_sanction_and_no_meeting(types, text):
    assert types(text) == ["SANCTION"]


def test_a_blame_laid_in_the_present_is_an_accusation(types):
    assert types("Представитель МИД заявил, что Гана возлагает на Того ответственность за инцидент.") == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Посол Кении передал коллеге из Уганды предложение правительства о совместном патрулировании озера.",
    "С инициативой созыва конференции выступил президент Ганы.",
])
def test_a_proposal_handed_over_or_told_with_its_complement_first_is_a_request(types, text):
    assert "REQUEST" in types(text)


def test_a_matter_declared_no_subject_of_talks_is_a_refusal(types):
    assert "REJECT" in types("Правительство Колумбии ответило, что статус шельфа не может быть предметом переговоров.")


def test_a_movement_named_as_such_acts(types):
    text = ("Правительство Филиппин и движение «Бангсаморо Алаб» (БА) провели переговоры в Куала-Лумпуре. "
            "БА потребовало освобождения пленных.")
    assert "REQUEST" in types(text)


def test_a_proposal_not_accepted_told_in_the_passive_is_a_refusal(types):
    assert types("Правительство Ганы сожалеет, что ее предложение не было принято соседями.") == ["REJECT"]


def test_an_act_told_in_the_present_of_a_past_announcement_takes_the_story_s_day(lima_news):
    doc = lima_news("Вчера в Лиме прошел саммит стран Андского сообщества с участием Чили и Перу. "
                    "Чили также объявила, что вносит 3 млн долларов в фонд сообщества.")
    aid = [e for e in doc.events if e.type == "AID"]
    assert [e.date.iso() for e in aid] == ["2024-05-16"]


def test_who_decided_the_act_a_noun_names_is_its_source(read_news):
    doc = read_news("Министр иностранных дел Чили вручил послу Перу ноту протеста в связи с решением Лимы ввести "
                    "пошлины и санкции против чилийских компаний.", "2026-05-14")
    sanction = next(e for e in doc.events if e.type == "SANCTION")
    names = {e.id: e.name for e in doc.entities}
    assert [names[p.entity] for p in sanction.participants if p.role == "source"] == ["Перу"]
