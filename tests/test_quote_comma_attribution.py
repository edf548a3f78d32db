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


@pytest.mark.parametrize("text, term", [
    pytest.param("Министр иностранных дел Венесуэлы Иван Хиль провел переговоры. Каракас не вернется к диалогу, пока "
                 "Вашингтон не откажется от стратегии «полного удушения», сказал Хиль.", "полного удушения",
                 id="genitive_term"),
    pytest.param("Министр энергетики Казахстана Ержан Нурланов выступил на форуме. Газопровод «Великий шелковый путь», "
                 "подчеркнул Нурланов, будет построен к 2030 году.", "Великий шелковый путь", id="name_of_a_project"),
    pytest.param("Посол Кении Джеймс Мванги провел встречу. Мы поддерживаем инициативу «Зеленый пояс Африки», "
                 "отметил Мванги.", "Зеленый пояс Африки", id="name_after_a_noun_mid_clause"),
])
def test_a_term_of_the_noun_before_attributes_nothing(quotes_of, text, term):
    _, found, _ = quotes_of(text)
    assert not [w for s, w, _ in found if w == term], found


@pytest.mark.parametrize("text, speaker, words", [
    pytest.param("Министр иностранных дел Венесуэлы Иван Хиль провел переговоры. Положение на границе «абсолютно "
                 "недопустимо», сказал Хиль.", "Иван Хиль", "абсолютно недопустимо", id="predicate"),
    pytest.param("Министр иностранных дел Венесуэлы Иван Хиль провел переговоры. Отношения двух стран «на подъеме», "
                 "заявил Хиль.", "Иван Хиль", "на подъеме", id="prepositional"),
])
def test_a_quoted_predicate_after_a_noun_is_speech(quotes_of, text, speaker, words):
    _, found, _ = quotes_of(text)
    assert (speaker, words, True) in found, found
