"""A country named by two parts joined by "и" (Тринидад и Тобаго, Антигуа и Барбуда, Сент-Китс и Невис, Сан-Томе и
Принсипи, Босния и Герцеговина) in any case is one country: its second part is no person, and a person's role is
the whole country's. Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def people(doc) -> dict[str, list[tuple[str, str | None]]]:
    """Person name → its roles as (position, country or body name)."""
    names = {e.id: e.name for e in doc.entities}
    return {e.name: [(r.position, names.get(r.of)) for r in doc.roles if r.person == e.id]
            for e in doc.entities if e.type == "person"}


def countries(doc) -> set[str]:
    return {e.name for e in doc.entities if e.type == "country"}


@pytest.mark.parametrize("text, person, country", [
    ("Вчера посол Тринидада и Тобаго Ричард Олтон вручил верительные грамоты в Гайане.", "Ричард Олтон",
     "Тринидад и Тобаго"),  # genitive, title before the country
    ("Министр иностранных дел Антигуа и Барбуды Эдвард Кингсли провел переговоры в Лиме.", "Эдвард Кингсли",
     "Антигуа и Барбуда"),
    ("Глава МИД Чехии встретился с послом Сент-Китса и Невиса Робертом Гранвиллом.", "Роберт Гранвилл",
     "Сент-Китс и Невис"),  # instrumental person after the genitive country
    ("В Луанду прибыл премьер-министр Сан-Томе и Принсипи Патрис Тровоада.", "Патрис Тровоада",
     "Сан-Томе и Принсипи"),
    ("Делегацию Боснии и Герцеговины возглавил министр иностранных дел Харис Сулеймани.", "Харис Сулеймани", None),
    ("Президент Тринидада и Тобаго Оливер Рамкиссун выступит в ООН.", "Оливер Рамкиссун", "Тринидад и Тобаго"),
])
def test_a_two_part_country_is_one_country_and_no_person(full, text, person, country):
    doc = full(text)
    found = people(doc)
    assert list(found) == [person], found
    if country:
        assert country in countries(doc) and any(of == country for _, of in found[person]), found


@pytest.mark.parametrize("text, country", [
    ("Туристы из Тринидада и Тобаго посетили Кубу.", "Тринидад и Тобаго"),
    ("Соглашение с Антигуа и Барбудой вступило в силу.", "Антигуа и Барбуда"),
    ("В Боснии и Герцеговине прошли выборы.", "Босния и Герцеговина"),
])
def test_a_two_part_country_in_other_cases_is_one_place(full, text, country):
    doc = full(text)
    assert country in countries(doc) and not people(doc), (countries(doc), people(doc))


def test_two_people_joined_by_i_stay_two_people(full):
    """Negative: "и" between two persons' names, or between two towns, joins nothing."""
    doc = full("Министры Карлос Арседо и Педро Фалькон посетили Ригу и Таллин.")
    assert set(people(doc)) == {"Карлос Арседо", "Педро Фалькон"}, people(doc)


def test_an_embassy_of_a_two_part_country_keeps_its_body(full):
    """Negative: a body's span that holds the whole country's name stays whole."""
    doc = full("Посольство Тринидада и Тобаго в Каире распространило заявление.")
    assert not people(doc) and "Тринидад и Тобаго" in countries(doc), (people(doc), countries(doc))
