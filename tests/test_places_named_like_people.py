"""Places and unions named like people: two names joined by "и" after a place noun in the plural are places even
where a dictionary knows a given name (``острова Томас и Грейс``); a regional union is an organisation in any case
(``партнёрами по Бенилюксу``). Invented sentences."""
import pytest


@pytest.fixture(scope="module")
def full(pipeline):
    from khronika.records import Document, Source

    return lambda text: pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))


def kinds(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


@pytest.mark.parametrize("text, places", [
    ("Фиджи считает острова Томас и Грейс частью своей территории.", {"Томас", "Грейс"}),
    ("Спор вокруг островов Томас и Грейс продолжается.", {"Томас", "Грейс"}),
    ("Ураган обрушился на города Виктория и Нельсон.", {"Виктория", "Нельсон"}),
    ("Паромы связали острова Мартин и Эллис с материком.", {"Мартин", "Эллис"}),
    ("Посол заявил: «Острова Томас и Грейс никогда не принадлежали Фиджи».", {"Томас", "Грейс"}),
])
def test_two_names_after_a_plural_place_noun_are_places(full, text, places):
    found = kinds(full(text))
    assert all(found.get(p) == "location" for p in places) and "person" not in found.values(), found


@pytest.mark.parametrize("text, people", [
    ("Главы регионов Пётр Смолин и Анна Зотова подписали соглашение.", {"Пётр Смолин", "Анна Зотова"}),
    ("Министр Томас Крейн посетил острова.", {"Томас Крейн"}),
    ("Острова посетили Мартин и Эллис Уолтон.", set()),  # no place noun right before: not read as places
])
def test_people_beside_place_nouns_stay_people(full, text, people):
    found = kinds(full(text))
    assert all(found.get(p) == "person" for p in people) and "location" not in {found.get(p) for p in people}, found
    assert not {"Мартин", "Эллис"} & {n for n, t in found.items() if t == "location"}, found


@pytest.mark.parametrize("text", [
    "С партнерами по Бенилюксу решение согласовали заранее, сообщил дипломат.",
    "Страны Бенилюкса выступили с общим заявлением.",
    "Бенилюкс поддержал инициативу.",
])
def test_a_regional_union_is_no_person(full, text):
    found = kinds(full(text))
    assert "person" not in found.values(), found
