"""A quotation attributed after a comma with no dash (``«…», сказал X.``, a translation's way): the verb of speech
that opens the clause after it names the speaker; a comma before another word (``фильм «Лёд», снятый …``) attributes
nothing. Sentences written for these tests with invented persons."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Министр иностранных дел Эквадора Габриэла Соммерфельд провела переговоры. «Причин для отсутствия "
                 "нашего посла в Боготе больше нет», сказала Соммерфельд.",
                 "Габриэла Соммерфельд", "Причин для отсутствия нашего посла в Боготе больше нет", id="said_name"),
    pytest.param("Министр иностранных дел Эквадора Габриэла Соммерфельд провела переговоры. После открытия границы "
                 "«ничто не мешает возвращению посла», заявила Соммерфельд.",
                 "Габриэла Соммерфельд", "ничто не мешает возвращению посла", id="quote_inside_the_sentence"),
    pytest.param("Президент Парагвая Сантьяго Пенья прибыл в Монтевидео. «Мы хотим открыть новую страницу», "
                 "подчеркнул Пенья на брифинге.", "Сантьяго Пенья", "Мы хотим открыть новую страницу",
                 id="stressed"),
])
def test_comma_attribution(quotes_of, text, speaker, words):
    _, found, _ = quotes_of(text)
    assert any(s == speaker and words in w for s, w, _ in found), found


def test_a_comma_before_another_word_attributes_nothing(quotes_of):
    _, found, _ = quotes_of("Президент Парагвая Сантьяго Пенья посмотрел фильм «Граница», снятый в Уругвае.")
    assert not [w for s, w, _ in found if "Граница" in w], found


def test_a_name_in_quotation_marks_attributes_nothing(quotes_of):
    _, found, _ = quotes_of("Посол Парагвая Сантьяго Пенья, как передает корреспондент «Радио Свобода», настаивал, что "
                            "переговоры будут продолжены.")
    assert not [w for s, w, _ in found if w == "Радио Свобода"], found


def test_an_outlet_after_leaves_the_speaker_named_before(quotes_of):
    _, found, _ = quotes_of("Президент Парагвая Сантьяго Пенья назвал решение ошибкой: «Мы не согласны с этим шагом "
                            "соседей», сообщает Лента.ру.")
    assert ("Сантьяго Пенья", "Мы не согласны с этим шагом соседей", True) in found, found
