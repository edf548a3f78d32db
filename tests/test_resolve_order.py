"""Resolution across documents whatever the order of ingestion: a person written with two surnames in one outlet,
with one of them, in another transcription, by initials or by surname alone in others is one person, found by the
store's name index (``person_keys``) whichever form came first; a namesake with another given name stays apart.
Names and documents are invented for this test."""
import itertools

from khronika.records import PartialDate
from khronika.resolve import surname_links
from khronika.store import Store
from khronika.store.rows import person_keys

from .test_fusion_incremental import ingest_batches, meeting_doc, without_fused_ids

FORMS = {"a": "Хуан Перес Лопес", "b": "Хуан Перес", "c": "Х. Перес", "d": "Анна Перес", "e": "Хуан Лопес"}


def _persons(records: list[dict]) -> dict[str, list[str]]:
    return {r["name"]: sorted(r["aliases"]) for r in records if r["kind"] == "entity" and r["type"] == "person"}


def test_two_surnames_one_of_them_and_initials_are_one_person_in_any_order(tmp_path):
    # meetings of other months: one person's reports, not one event's
    docs = {k: meeting_doc(k, [name, "Ольга Вронская"], PartialDate(2024, n + 1, 10))
            for n, (k, name) in enumerate(FORMS.items())}
    whole = without_fused_ids(ingest_batches(Store(tmp_path / "whole.db"), [list(docs.values())]))
    persons = _persons(whole)
    assert set(persons["Хуан Перес Лопес"]) >= {"Хуан Лопес", "Хуан Перес"}, persons
    assert "Анна Перес" in persons  # another given name: another person
    for n, order in enumerate(itertools.permutations("abcde")):
        if n % 7:
            continue  # a spread of the 120 orders, one document an ingest
        got = ingest_batches(Store(tmp_path / f"{''.join(order)}.db"), [[docs[k]] for k in order])
        assert without_fused_ids(got) == whole, order


def test_the_name_index_holds_every_surname_word_but_given_names_initials_and_particles():
    assert person_keys("Хуан Перес Лопес") == {"перес", "лопес"}
    assert person_keys("Перес", ["Х.Б.Перес", "Х. Перес"]) == {"перес"}
    assert person_keys("Карлос Мендес да Кошта") == {"мендес", "кошта"}
    assert person_keys("Тамара Гуляева", ["Т. Гуляева"]) == {"гуляева"}


def test_a_short_form_joins_the_one_longer_name_with_its_first_name():
    persons = [{"id": "e:1", "name": "Пабло Мендоса Ривера"}, {"id": "e:2", "name": "Пабло Мендоса"},
               {"id": "e:3", "name": "Пабло Ривера"}, {"id": "e:4", "name": "Лусия Мендоса"},
               {"id": "e:5", "name": "Мендоса"}]
    links = surname_links(persons)
    assert links["e:2"] == "e:1" and links["e:3"] == "e:1"
    assert "e:4" not in links  # a namesake with another given name
    assert "e:5" not in links  # two full names it may be (Лусия Мендоса too)


def test_a_surname_alone_may_be_the_first_of_two_surnames_but_not_of_two_people():
    one = [{"id": "e:1", "name": "Пабло Мендоса Ривера"}, {"id": "e:2", "name": "Мендоса"}]
    assert surname_links(one) == {"e:2": "e:1"}
    two = one + [{"id": "e:3", "name": "Диего Мендоса Кастро"}]
    assert surname_links(two) == {}
    initials = two[:2] + [two[2], {"id": "e:4", "name": "Мендоса", "aliases": ["Д. Мендоса"]}]
    assert surname_links(initials) == {"e:4": "e:3"}


def test_two_short_forms_of_two_longer_names_stay_apart():
    persons = [{"id": "e:1", "name": "Пабло Мендоса Ривера"}, {"id": "e:2", "name": "Пабло Мендоса Кастро"},
               {"id": "e:3", "name": "Пабло Мендоса"}]
    assert surname_links(persons) == {}


def test_initials_with_or_without_spaces_tell_the_given_name_not_the_patronymic():
    persons = [{"id": "e:1", "name": "Виктор Остапенко"}, {"id": "e:2", "name": "Богдан Остапенко"},
               {"id": "e:3", "name": "Остапенко", "aliases": ["В.Б.Остапенко"]},
               {"id": "e:4", "name": "Остапенко", "aliases": ["Б. В. Остапенко"]},
               {"id": "e:5", "name": "Остапенко", "aliases": ["Остапенко Б.В."]}]
    assert surname_links(persons) == {"e:3": "e:1", "e:4": "e:2", "e:5": "e:2"}


def test_skeletons_merge_the_usual_variants_of_transcription():
    from khronika.translit import skeleton

    for a, b in [("Гарсиа", "Гарсия"), ("Тсвана", "Цвана"), ("Джоэль", "Жоэль"), ("Кхалил", "Халил"),
                 ("Петрофф", "Петров"), ("Марианна", "Мариана"), ("Эмиль", "Емиль")]:
        assert skeleton(a) == skeleton(b), (a, b)
    for a, b in [("Иванов", "Иванова"), ("Гарин", "Карин"), ("Лиа", "Лим")]:
        assert skeleton(a) != skeleton(b), (a, b)


def test_a_person_is_named_as_most_documents_name_it_short_or_long():
    persons = [{"id": "e:1", "name": "Пабло Мендоса Ривера"}, {"id": "e:2", "name": "Пабло Мендоса"}]
    assert surname_links(persons, {"e:1": (1, 1), "e:2": (3, 5)}) == {"e:1": "e:2"}
    assert surname_links(persons, {"e:1": (3, 3), "e:2": (1, 1)}) == {"e:2": "e:1"}
    assert surname_links(persons, {"e:1": (2, 2), "e:2": (2, 5)}) == {"e:2": "e:1"}  # as many documents: the fuller
    with_initials = persons + [{"id": "e:3", "name": "Мендоса", "aliases": ["П. Мендоса"]}]
    assert surname_links(with_initials, {"e:1": (1, 1), "e:2": (3, 5)}) == {"e:1": "e:2", "e:3": "e:2"}


def test_the_surname_a_group_writes_alone_tells_the_name_of_two_surnames_it_goes_by():
    persons = [{"id": "e:1", "name": "Пабло Мендоса Ривера"},
               {"id": "e:2", "name": "Пабло Мендоса", "aliases": ["Мендоса"]}]
    assert surname_links(persons, {"e:1": (2, 2), "e:2": (1, 1)}) == {"e:1": "e:2"}
    persons = [{"id": "e:1", "name": "Пабло Мендоса Ривера", "aliases": ["Ривера"]},
               {"id": "e:2", "name": "Пабло Мендоса"}]
    assert surname_links(persons, {"e:1": (1, 1), "e:2": (2, 2)}) == {"e:2": "e:1"}


def test_two_surnames_a_report_writes_alone_name_the_person_by_both():
    """``Арансибия Солис`` written alone tells that the person goes by both surnames: the full name names the group,
    though another report writes ``Арансибия`` alone and more reports the shorter name."""
    persons = [{"id": "e:1", "name": "Тобиас Арансибия Солис", "aliases": ["Арансибия Солис"]},
               {"id": "e:2", "name": "Тобиас Арансибия", "aliases": ["Арансибия"]}]
    assert surname_links(persons, {"e:1": (1, 2), "e:2": (2, 3)}) == {"e:2": "e:1"}
    alone = [persons[0], {"id": "e:2", "name": "Тобиас Арансибия", "aliases": ["Арансибия"]},
             {**{"id": "e:3", "name": "Арансибия Солис"}, "titles": ["министр"]}]
    assert surname_links([dict(alone[0], aliases=[]), *alone[1:]], {"e:1": (1, 1), "e:2": (2, 3), "e:3": (1, 1)}) \
        == {"e:2": "e:1", "e:3": "e:1"}
    descent = [{"id": "e:1", "name": "Салим бен Хамад", "aliases": ["Бен Хамад"]},
               {"id": "e:2", "name": "Салим бен Хамад аль-Касими"}]
    assert surname_links(descent, {"e:1": (1, 1), "e:2": (1, 1)}) == {"e:1": "e:2"}  # a name of descent: no pair
