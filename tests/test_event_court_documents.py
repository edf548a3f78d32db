"""A court document (events.actors): a story told in two sentences or more in the words of a lawsuit or a criminal
case is about the parties to the case, and their talks, settlements, protests and threats are no diplomacy; a state
that acts in it (its office holders, its bodies, a country named as an actor) still does; on sentences written for
these tests."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow

CASE = ("Хозяйственный суд Киева утвердил мировое соглашение между ООО «Днепр-Строй» и ООО «Консульский двор», "
        "владеющим зданием бывшей резиденции дипломатической миссии. Переговоры о мировом соглашении шли полгода. "
        "Ранее истец пригрозил инициировать банкротство ответчика. Адвокат ответчика заявил протест против новой "
        "экспертизы. ")


def test_the_parties_to_a_case_make_no_diplomacy(events):
    got = events(CASE + "Следующая встреча защиты со следователем назначена на понедельник.")
    assert got == (), [(e.type, e.trigger) for e in got]


def test_a_state_acting_in_a_court_story_still_acts(events):
    got = events(CASE + "МИД Польши выразил протест послу Украины в связи с решением суда.")
    assert "PROTEST" in types(got), [(e.type, e.trigger) for e in got]


def test_one_word_of_a_case_makes_no_court_document(events):
    got = events("Министры иностранных дел Польши и Литвы провели переговоры в Вильнюсе. Стороны обсудили иск "
                 "Литвы против компании-перевозчика.")
    assert "CONSULT" in types(got)


@pytest.mark.parametrize("text", [
    "Прокуратура Центрального района Осло принесла протест на постановление администрации, разрешившее строительство "
    "павильона напротив посольства Германии.",
    "Прокуратура Вильнюса внесла протест на решение мэрии о застройке участка у посольства Польши.",
    "Прокурор Тарту принес протест на приговор гражданину Латвии.",
])
def test_a_prosecutors_protest_is_no_diplomatic_protest(events, text):
    assert "PROTEST" not in types(events(text))


def test_a_protest_against_a_ruling_of_another_state_stays(events):
    assert "PROTEST" in types(events("МИД Литвы заявил протест Минску в связи с решением белорусского суда."))


def test_sanctions_against_judges_make_no_court_document(events):
    got = events("Правительство Гайаны приостановило политический диалог с Суринамом. Решение стало ответом на "
                 "санкции, введенные Парамарибо против гайанских судей. «Когда одна сторона вводит санкции против "
                 "судей другой стороны, диалог невозможен», — сказала министр. Очередной раунд диалога, который "
                 "должен был пройти 10 декабря, не состоится.")
    assert "CONSULT" in types(got), [(e.type, e.trigger) for e in got]


def test_a_word_of_a_case_after_against_without_sanctions_still_counts():
    from khronika.stages.events.words import court_sentence

    assert court_sentence(["иск", "против", "судья"])
    assert not court_sentence(["санкция", "против", "грузинский", "судья"])
