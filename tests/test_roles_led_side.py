"""An office in a delegation a person led, or of a side he represented, is of that side's country:
``мальтийскую сторону представлял генеральный директор X, кипрскую — Y`` (``roles.sides.with_led_side``)."""
import pytest


@pytest.fixture(scope="module")
def roles_of(pipeline):
    from khronika.records import Document, Source

    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))
        ents = {e.id: e for e in doc.entities}
        return {(ents[r.person].name, r.position, ents[r.of].name if r.of in ents else None) for r in doc.roles}
    return go


@pytest.mark.parametrize("text, role", [
    ("Латвийскую сторону представлял генеральный директор Янис Озолс-Калниньш.",
     ("Янис Озолс-Калниньш", "генеральный директор", "Латвия")),
    ("Кипрскую делегацию возглавил постоянный секретарь МИД Андреас Кирьяку.",
     ("Андреас Кирьяку", "постоянный секретарь МИД", "Кипр")),
    ("Кипрскую делегацию возглавил постоянный секретарь МИД Андреас Кирьяку, греческую — генеральный "
     "секретарь Никос Лейпонис.", ("Никос Лейпонис", "генеральный секретарь", "Греция")),
    ("Маврикийскую сторону представляла постоянный секретарь МИД Прия Гопал.",
     ("Прия Гопал", "постоянный секретарь МИД", "Маврикий")),
    ("Российскую делегацию возглавлял директор департамента Иван Лапин.",
     ("Иван Лапин", "директор департамента", "Россия")),
    ("Руандийскую делегацию возглавил Оливье Мукаса, бурундийскую – глава МИД Альбер Бизоза.",
     ("Альбер Бизоза", "министр иностранных дел", "Бурунди")),
])
def test_an_office_in_a_led_delegation_is_of_its_side(roles_of, text, role):
    assert role in roles_of(text)


def test_an_office_that_names_its_country_keeps_it(roles_of):
    found = roles_of("Кипрскую делегацию возглавил посол Греции Никос Лейпонис.")
    assert ("Никос Лейпонис", "посол", "Греция") in found, found


@pytest.mark.parametrize("text", [
    "Французскую сторону устроил этот вариант, сказал генеральный директор Жан Лейпони.",  # no leading verb
    "Генеральный директор Жан Лейпони представил французскую продукцию.",  # no side
])
def test_no_led_side_no_country(roles_of, text):
    assert all(of is None for _, _, of in roles_of(text)), roles_of(text)


@pytest.fixture(scope="module")
def persons_of(pipeline):
    from khronika.records import Document, Source

    def go(text):
        doc = pipeline(Document.from_source(Source(path="t.txt", text=text, published="2026-03-10")))
        return {e.name for e in doc.entities if e.type == "person"}
    return go


# who led a side is a person, even a surname alone the tagger read as a body or a place
@pytest.mark.parametrize("text, name", [
    ("Кенийскую делегацию возглавлял Мвангало. Переговоры продлились два дня.", "Мвангало"),
    ("Кенийскую делегацию возглавил Мвангало, танзанийскую – глава МИД Амани Кисуле.", "Мвангало"),
    ("Танзанийскую сторону представлял Кисуле.", "Кисуле"),
    ("Министр Питер Мвангало прибыл в Додому. Кенийскую делегацию возглавлял Мвангало.", "Питер Мвангало"),
])
def test_the_leader_of_a_side_is_a_person(persons_of, text, name):
    assert name in persons_of(text)


@pytest.mark.parametrize("text", [
    "Российскую делегацию возглавлял Минфин.",  # a ministry
    "Кенийскую делегацию возглавлял Найроби.",  # a place the gazetteer knows
])
def test_a_body_or_place_leading_a_side_stays_no_person(persons_of, text):
    assert persons_of(text) == set()



def test_roles_only_a_ministry_of_a_led_side_stays_in_the_position(roles_of):
    found = roles_of("Российскую часть комиссии возглавил министр экономики Иван Петров, иорданскую – министр "
                     "энергетики Королевства принц Хасан бен Али.")
    assert not any("Королевства" in position for _, position, _ in found), found


def test_a_second_office_of_a_delegations_head_is_of_the_side_she_led(roles):
    found = roles("Стороны обсудили границу. Конго и ДРК подписали протокол. Конго и ДРК продолжат работу. Делегацию "
                  "Конго возглавлял министр иностранных дел Жан Мабио, делегацию ДРК — государственный министр, "
                  "министр иностранных дел Анна Кисимба Лунда.")
    assert ("Анна Кисимба Лунда", "государственный министр", "ДРК") in found, found
