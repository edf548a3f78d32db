"""An office in a ministry named bare (``официальный представитель МИД``) is of the country the document tells, and
of that ministry only where none is told (``roles.parse._body``, ``roles.places.with_bare_ministry``)."""


def test_a_bare_ministrys_spokesman_is_of_the_country_the_document_is_about(roles_of):
    got = roles_of("Нью-Дели, 10 марта. Индия осудила нападение.\n\n«Насилие недопустимо», — заявил официальный "
                   "представитель МИД Викрам Сингх. Индия готова помочь.")
    assert ("Викрам Сингх", "официальный представитель МИД", "Индия") in got


def test_with_no_country_told_the_office_is_of_the_ministry(roles_of):
    got = roles_of("Официальный представитель МИД Иван Соколов выступил с заявлением.")
    assert ("Иван Соколов", "официальный представитель МИД", "МИД") in got


def test_a_ministry_named_with_its_country_still_names_it(roles_of):
    got = roles_of("Официальный представитель МИД Эстонии Марта Саар выступила с заявлением.")
    assert any(name == "Марта Саар" and of is not None and "Эстони" in of for name, _, of in got)


def test_a_rank_in_a_ministry_named_bare_is_of_that_ministry(roles_of):
    got = roles_of("Москва, 10 марта. Россия усилила охрану границ.\n\nГенерал-майор МВД Иван Соколов выступил "
                   "в Грозном. Россия готова к диалогу.")
    assert ("Иван Соколов", "генерал-майор", "МВД") in got
