"""Words told to an envoy summoned: a cue with no acting subject and an addressee in the dative (``Ему заявили
протест``, ``Послу был заявлен протест``, ``ему сообщили, что деятельность … несовместима …``) is held by the side that
summoned him (the subject of ``вызвал``/``пригласил``, the body of ``был вызван в МИД X``, else the text's other
side), towards the envoy's side.  None without the summons of an envoy.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(stances_of):
    return stances_of


@pytest.mark.parametrize("text, holder, other", [
    pytest.param("В МИД Литвы был вызван посол Белоруссии Андрей Зубов. Ему указали, что поведение советника "
                 "миссии несовместимо со статусом дипломата.", "МИД Литвы", "Белоруссия",
                 id="passive_summons_then_told_that"),
    pytest.param("В МИД Литвы был вызван посол Белоруссии Андрей Зубов. Ему заявили протест из-за ареста "
                 "литовских граждан.", "МИД Литвы", "Белоруссия", id="indefinite_plural_protest"),
    pytest.param("Посол Белоруссии Андрей Зубов был вызван в МИД Литвы, где ему передали ноту протеста.", "МИД Литвы",
                 "Белоруссия", id="where_a_note_was_handed"),
    pytest.param("МИД Эстонии вызвал посла Финляндии Матти Лехто. Послу был заявлен протест из-за ареста "
                 "рыболовного судна.", "МИД Эстонии", "Финляндия", id="active_summons_then_passive"),
    pytest.param("Таллин выслал финского дипломата. В министерство был вызван посол Финляндии Матти Лехто. Ему "
                 "заявили протест из-за ареста судна.", "Эстония", "Финляндия", id="bare_ministry"),
    pytest.param("Временного поверенного Польши пригласили в МИД Белоруссии. Ему вручили ноту протеста.",
                 "МИД Белоруссии", "Польша", id="charge_d_affaires_invited"),
    pytest.param("Посла Ганы в Ломе пригласили во внешнеполитическое ведомство, где ему передали ноту протеста.",
                 "Того", "Гана", id="host_of_the_seat"),
])
def test_told_to_a_summoned_envoy(run, text, holder, other):
    assert ("negative", holder, other) in run(text)


@pytest.mark.parametrize("text", [
    pytest.param("На турнире по фехтованию судье заявили протест.", id="sport_no_summons"),
    pytest.param("Тренера сборной Польши вызвали в федерацию. Ему заявили протест из-за нарушения регламента.",
                 id="summoned_coach"),
])
def test_no_summons(run, text):
    assert not run(text)
