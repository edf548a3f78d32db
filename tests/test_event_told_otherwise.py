"""Acts outlets tell in other words: a refusal told as an answer (``ответила отказом``), a request whose ``с
просьбой`` stands beyond the pattern's reach after the verb's own words, a threat to walk out of talks made by an
opposition that is a party to them."""
import pytest

from .conftest import types

pytestmark = pytest.mark.slow


def test_a_refusal_told_as_an_answer(events):
    got = events("Министр иностранных дел Фиджи предложила провести консультации. Но Апиа ответила отказом.")
    assert "REJECT" in types(got), types(got)
    got = events("Гвинея попросила Сенегал выдать бывшего министра, однако Дакар ответил решительным отказом.")
    assert "REJECT" in types(got), types(got)
    got = events("Правительство Непала в очередной раз ответило отказом на предложение Индии о переговорах.")
    assert "REJECT" in types(got), types(got)


def test_a_request_told_after_the_verbs_own_words(events):
    got = events("Казахстанская сторона обратилась к узбекским коллегам и партнерам с просьбой увеличить "
                 "квоты на воду.")
    assert "REQUEST" in types(got), types(got)
    got = events("МИД Эстонии обратился к властям соседней Латвии с официальной просьбой выдать задержанного.")
    assert "REQUEST" in types(got), types(got)
    # not across a clause of its own: "пообещать рассмотреть" reads no pattern over the clause; the promise is one
    # support, of the promise word itself
    got = events("Министр иностранных дел Ганы пообещал, что Аккра рассмотрит просьбу Того в кратчайшие сроки.")
    assert types(got).count("SUPPORT") == 1, types(got)


def test_an_opposition_threatens_to_walk_out_of_talks(events):
    story = "Представитель МИД Мали назвал подписание важным шагом. "
    got = events(story + "Оппозиция, в свою очередь, пригрозила покинуть переговоры, если власти не освободят "
                         "задержанных.")
    assert "THREATEN" in types(got), types(got)
    assert "THREATEN" in types(events(story + "Вооруженная оппозиция пригрозила выйти из переговоров."))
    # a threat at home stays a domestic quarrel
    assert "THREATEN" not in types(events(story + "Оппозиция пригрозила правительству массовыми протестами."))
