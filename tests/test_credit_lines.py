"""A name alone on a credit line (a byline's or credit's label, an outlet in Latin letters or capitals, the city
written from) and named nowhere else is no person of the news; a name on a line of the news is one (sentences
written for these tests)."""
import pytest

from khronika.records import Document, Source

pytestmark = pytest.mark.slow

NEWS = "Президент Жозе Рамуш-Орта принял посла Японии в Дили.\n"


@pytest.fixture(scope="module")
def persons(pipeline):
    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text)))
        return {e.name for e in doc.entities if e.type == "person"}
    return go


@pytest.mark.parametrize("credit, author", [
    ("Репортаж: Анна Осокина", "Анна Осокина"),
    ("(Ред.: Чжан Вэйминь)", "Чжан Вэйминь"),
    ("(АНТАРА / Ван Мин)", "Ван Мин"),
    ("Пьер Дюбуа, Le Monde, Париж", "Пьер Дюбуа"),
    ("Томас Мюллер, ZDF", "Томас Мюллер"),
    ("Ирина Соколова – Женева", "Ирина Соколова"),
    ("Карло Бьянки — Ватикан", "Карло Бьянки"),
    ("Лукаш Новотны – репортер Týdeník Střed", "Лукаш Новотны"),  # an outlet in Latin letters with diacritics
    ("Политический обозреватель Анна Осокина", "Анна Осокина"),  # a journalist's job with its adjective
    ("Вести Дили · Новости · Автор: Анна Осокина | 12 марта 2026", "Анна Осокина"),  # one part of a masthead line
])
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_credit_line_names_no_person(persons, credit, author, where):
    text = f"{credit}\n{NEWS}" if where == "above" else f"{NEWS}{credit}\n"
    found = persons(text)
    assert "Жозе Рамуш-Орта" in found and author not in found, found


@pytest.mark.parametrize("line, person", [
    ("Министр иностранных дел Жан Мартен, Париж", "Жан Мартен"),  # a title: the line is news
    ("Жан Мартен, Париж", "Жан Мартен"),  # no label and no outlet: maybe a list of participants
    ("Жан Мартен – Париж, Лион", "Жан Мартен"),  # a dash before two places: a route, not a byline
    ("Министр Жан Мартен – Париж", "Жан Мартен"),  # a title before the name
])
def test_a_line_of_the_news_keeps_its_person(persons, line, person):
    found = persons(f"{NEWS}{line}\n")
    assert person in found, found


def test_a_credited_name_named_again_is_a_person(persons):
    found = persons(f"Репортаж: Анна Осокина\n{NEWS}Анна Осокина задала вопрос президенту.\n")
    assert "Анна Осокина" in found, found


@pytest.mark.parametrize("line", [
    "Автор материала: Ким Сон Ми. Фото: АНТАРА / Ван Мин",
    "АВТОР СТАТЬИ Пьер Дюбуа. Беседовала Ирина Соколова, редакторы Томас Мюллер и Карло Бьянки",
    "Авторы. Автор, авторский текст; Фотограф-стажер Лукаш Новотны и фото.",
    "Министр иностранных дел Жан Мартен провел переговоры в Париже с коллегой из Бельгии.",
])
def test_the_labels_pattern_takes_out_what_a_plain_alternation_of_them_does(line):
    import re

    from khronika.stages import credits

    alts = sorted(credits.label_words(), key=lambda a: (-len(a), a))
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, alts))})\.?(?!\w)", re.IGNORECASE)
    assert credits._labels().sub(" ", line) == plain.sub(" ", line)


@pytest.mark.parametrize("line", [
    "Над трансляцией работали: Ингрид Брандт, Лукас Фогель",
    "Перевод с немецкого. Над трансляцией работали: Ингрид Брандт, Лукас Фогель",
])
def test_a_live_blogs_crew_line_is_no_person_after_a_translation_note_too(persons, line):
    found = persons(NEWS + "\n" + NEWS.replace("Японии", "Китая") + "\n" + line + "\n")
    assert not found & {"Ингрид Брандт", "Лукас Фогель"}, found
