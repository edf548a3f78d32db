"""A page that writes Japanese names surname first (``Ивая Такэси … Ивая заявил``) is read in the chronicle's order,
given name first; a page in the other order, a name with no word alone and other names stay as written
(``names_order.surname_first``).  Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def people(doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "person"}


@pytest.mark.parametrize("text, expected", [
    # the surname alone after the full name; a second name of the page in the instrumental follows its order
    ("Министр иностранных дел Японии Ивая Такэси встретился с министром обороны Накатани Гэном. "
     "Ивая заявил, что стороны обсудили безопасность.", {"Такэси Ивая", "Гэн Накатани"}),
    # English-style spelling, a woman, the surname alone in the dative
    ("В Токио прошла встреча, в которой участвовала министр Камикава Йоко. Камикаве задали вопрос о визите.",
     {"Йоко Камикава"}),
    # genitive full name, nominative surname alone later, no country word: Polivanov's marks tell the name
    ("Переговоры министра Хаяси Ёсимасы с коллегой прошли в Сеуле. Хаяси назвал их полезными.",
     {"Ёсимаса Хаяси"}),
])
def test_a_page_writing_japanese_names_surname_first_is_read_given_name_first(full, text, expected):
    assert expected <= people(full(text)), people(full(text))


@pytest.mark.parametrize("text, expected", [
    # given name first, the surname alone last: as written
    ("Министр иностранных дел Японии Такэси Ивая прибыл в Сеул. Ивая заявил, что визит важен.", {"Такэси Ивая"}),
    # no word of the name alone: the page does not tell its order
    ("Министр иностранных дел Японии Ивая Такэси прибыл в Сеул.", {"Ивая Такэси"}),
    # a Kenyan name of the same syllables, the surname alone: as written
    ("Президент Кении Ухуру Кениата принял посла. Кениата заявил, что стороны договорились.", {"Ухуру Кениата"}),
    # a Korean surname of one syllable written first and alone, on a page that speaks of Japan
    ("Посол Республики Корея Но Ён прибыл в Токио. Посол Но заявил, что визит важен.", {"Но Ён"}),
    # a given name the dictionary knows is no Japanese surname, though written alone
    ("Министр Марио Моро прибыл в Токио. Марио рассказал о визите.", {"Марио Моро"}),
])
def test_other_pages_keep_their_order(full, text, expected):
    assert expected <= people(full(text)), people(full(text))
