"""A surname alone that a document left in an oblique case of a name in -а/-я (``Тамбвале``, ``Мбаланги``) joins the
one full name of the store it is a case form of (invented names)."""
from khronika.resolve import surname_links


def person(id_, name, aliases=()):
    return {"id": id_, "name": name, "aliases": list(aliases)}


def test_a_surname_alone_in_an_oblique_case_joins_the_full_name_in_a():
    full = person("e:1", "Ян Окото Тамбвала")
    assert surname_links([full, person("e:2", "Тамбвале", ["Я. Окото Тамбвале"])]) == {"e:2": "e:1"}
    assert surname_links([person("e:1", "Ян Окото Мбаланга"), person("e:2", "Мбаланги")]) == {"e:2": "e:1"}
    assert surname_links([full, person("e:2", "Тамбвале", ["К. Окото Тамбвале"])]) == {}  # the initials disagree


def test_an_oblique_surname_alone_prefers_the_name_written_so_and_a_slavic_womans_is_none():
    persons = [person("e:1", "Ян Тамбвала"), person("e:4", "Пол Тамбвале"), person("e:2", "Тамбвале")]
    assert surname_links(persons) == {"e:2": "e:4"}  # "Тамбвале" as written first
    assert surname_links([person("e:1", "Ян Тамбвала"), person("e:3", "Ким Тамбвала"), person("e:2", "Тамбвале")]) \
        == {}  # two candidates
    assert surname_links([person("e:1", "Анна Груздева"), person("e:2", "Груздеве")]) == {}  # a man's, "о Груздеве"


def test_a_word_one_document_cut_as_a_genitive_is_anothers_nominative():
    """``Самуэля Ндаки Лоу`` cut to ``Самуэль Ндак Лоу`` is the ``Самуэль Ндака Лоу`` another document writes in the
    nominative, named so whichever names it in more documents; so is a surname cut to -й (``Дулая``: ``Дулай``); a given
    name (``Карла``: a woman's) and a Slavic surname (``Соколова``: a woman's) cut so are none."""
    from khronika.resolve import surname_links
    persons = [{"id": "e:1", "name": "Самуэль Ндак Лоу", "aliases": ["Самуэля Ндака Лоу", "Лоу"]},
               {"id": "e:2", "name": "Самуэль Ндака Лоу", "aliases": []},
               {"id": "e:3", "name": "Кваме Дулай", "aliases": ["Кваме Дулая"]},
               {"id": "e:4", "name": "Кваме Дулая", "aliases": []}]
    assert surname_links(persons, {"e:1": (3, 3), "e:2": (1, 1), "e:3": (1, 1), "e:4": (1, 1)}) == \
        {"e:1": "e:2", "e:3": "e:4"}
    slavic = [{"id": "e:1", "name": "Андре Соколов", "aliases": ["Андре Соколова"]},
              {"id": "e:2", "name": "Андре Соколова", "aliases": []}]
    assert surname_links(slavic) == {}
    given = [{"id": "e:1", "name": "Карл Мбеки", "aliases": ["Карла Мбеки"]},
             {"id": "e:2", "name": "Карла Мбеки", "aliases": []}]
    assert surname_links(given) == {}
