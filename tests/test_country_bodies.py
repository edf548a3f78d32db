"""``сенат страны``, ``власти этой страны``: a body of "the country" is the country's the text named before it (the
first country of the last sentence naming one), as holder of a stance and as speaker of a quote; "страны" after no
body of a state (fans, a federation) names no one.  Sentences written for these tests, invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, holder", [
    pytest.param("В Парагвае прошли выборы. Сенат страны осудил действия Боливии.", "Парагвай", id="senate_past"),
    pytest.param("Президент Замбии прибыл в Хараре. Правительство страны выразило обеспокоенность засухой в Малави.",
                 "Замбия", id="government_noun_phrase"),
    pytest.param("В Латвии сменился кабинет. Власти этой страны приветствуют решение Эстонии.", "Латвия",
                 id="authorities_demonstrative_present"),
    pytest.param("Глава МИД Марокко встретился с коллегой из Туниса. Парламент страны поддержал соглашение.",
                 "Марокко", id="country_inside_a_body_first_of_the_sentence"),
    pytest.param("Премьер-министр Непала посетил Дели. Руководство страны осуждает нападение на пограничный пост.",
                 "Непал", id="leadership"),
])
def test_a_body_of_the_country_holds_the_stance(holders_and_speakers, text, holder):
    assert holder in holders_and_speakers(text)[0]


def test_a_body_of_the_country_speaks(holders_and_speakers):
    _, speakers = holders_and_speakers("В Сербии сформировано новое правительство. "
                      "Кабинет страны заявил, что продолжит переговоры с ЕС.")
    assert "Сербия" in speakers


@pytest.mark.parametrize("text", [
    pytest.param("Сборная Чехии проиграла Австрии. Болельщики страны возмутились решением судьи.", id="fans"),
    pytest.param("Команда Дании выиграла турнир. Тренер сборной страны поблагодарил игроков.", id="a_coach"),
])
def test_no_country_for_what_is_no_body_of_a_state(holders_and_speakers, text):
    holders, speakers = holders_and_speakers(text)
    assert not {"Чехия", "Австрия", "Дания"} & (holders | speakers)
