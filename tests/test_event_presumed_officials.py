"""Persons of no told position that the news presents as officials make a meeting diplomatic (events/presumed.py):
two persons named by a bare surname only, in a story that names a state's noun or, with an agency's dateline, a state;
a person named as a state's counterpart ("с гвинейским коллегой Камарой").  People of a trade, people named by their
full name, sport stories are no diplomacy.  Sentences written for these tests."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def types(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        return [e.type for e in doc.events]
    return go


@pytest.mark.parametrize("text", [
    pytest.param("ВИЛЬНЮС, 4 июня 2029 года. Гедрайтис и Вайварс провели переговоры в Вильнюсе о транзите грузов "
                 "через Литву.", id="surnames_with_a_dateline"),
    pytest.param("Мендеш и Кабрал встретились в Бисау, сообщило агентство «Атлантик-пресс». По словам министров, "
                 "работы на границе будут продолжены.", id="surnames_in_a_story_of_ministers_and_an_outlet"),
    pytest.param("В столице Гвинеи Окойе провела переговоры с гвинейским коллегой Камарой.",
                 id="a_states_counterpart"),
])
def test_officials_by_surname_meet(types, text):
    assert "CONSULT" in types(text)


@pytest.mark.parametrize("text", [
    pytest.param("Профессор Ортега встретился в Кито с эквадорским коллегой Мендесом. Учёные обсудили вулканы.",
                 id="a_professors_colleague"),
    pytest.param("Модельер Ортега встретился в Лиме с перуанским коллегой Мендесом.", id="a_trades_colleague"),
    pytest.param("Ортис и Перес встретились в Лиме, где прошла их свадьба.", id="no_dateline_nor_state_noun"),
    pytest.param("ЛИМА, 5 мая 2029 года. Анна Ортис и Луис Перес встретились в Лиме на свадьбе друзей.",
                 id="full_names"),
    pytest.param("ЛИМА, 5 мая 2029 года. Гуэрреро и Кастильо встретились в финале теннисного турнира в Перу. "
                 "Матч продолжался три часа, теннисист из Лимы выиграл в трех сетах.", id="sport"),
])
def test_private_persons_by_surname_do_not_meet(types, text):
    assert "CONSULT" not in types(text)
