"""The country of a home outlet told by its credit or masthead, given to the offices a report leaves unmarked
(roles/outlets.py; sentences, outlets' mastheads and names invented for these tests or taken from the gazetteer)."""
import pytest

from khronika.ids import country_id
from khronika.records import Document
from khronika.stages.roles.lexicon import OUTLET_COUNTRIES
from khronika.stages.roles.outlets import outlet_country


def _doc(text: str, source: str | None = None, place: str | None = None) -> Document:
    return Document(id="d:1", path="t.txt", raw=text, text=text, source=source, dateline_place=place)


@pytest.mark.parametrize("source, country", [("Синьхуа", "CN"), ("ANGOP", "AO"), ("Агерпрес", "RO"),
                                             ("Prensa Latina", "CU"), ("KUNA", "KW"), ("ЧТК", "CZ")])
def test_a_credited_outlet_is_of_its_country(source, country):
    assert outlet_country(_doc("Министр иностранных дел заявил …", source=source)) == country_id(country)


@pytest.mark.parametrize("head, code", [
    ("НОВАЯ ЗАРЯ — ежедневная газета Ганы\nВторник, 3 марта\n\nТекст.", "GH"),
    ("Кенийское информационное агентство\nПолитика\n\nТекст.", "KE"),
    ("Национальное информационное агентство Казахстана\n\nТекст.", "KZ"),
    ("Вечерний вестник — перуанское издание\n\nТекст.", "PE"),
    ("Обзор прессы | Gazeta Poranna (Польша)\n\nТекст.", "PL"),
    ("Лима, 3 марта (Андина). Министр заявил …", "PE"),
    ("Ханой, 3 марта /ВИА/. Министр заявил …", "VN"),
    ("МЕНА — Ближневосточное агентство новостей\n\nТекст.", "EG"),
])
def test_a_mastheads_or_credits_wording_tells_the_outlets_country(head, code):
    assert outlet_country(_doc(head)) == country_id(code)


@pytest.mark.parametrize("head", ["Министр иностранных дел Франции заявил, что газета Le Monde ошиблась.\n\nТекст.",
                                  "Новости дня\n\nПрезидент прибыл в Рим (Италия) с визитом.",
                                  "Газета опубликовала интервью министра."])
def test_a_country_named_in_the_news_is_no_outlets(head):
    assert outlet_country(_doc(head)) is None


def test_every_outlet_row_is_of_a_country():
    assert len(OUTLET_COUNTRIES) > 150 and all(c.startswith("e:iso-") for c in OUTLET_COUNTRIES.values())


@pytest.mark.slow
@pytest.mark.parametrize("masthead", ["ВЕЧЕРНИЙ КУРЬЕР — ежедневная газета Ганы",
                                      "Ганское информационное агентство\nПолитика | 3 марта",
                                      "Голос Аккры (Гана)"])
def test_an_unmarked_office_in_a_home_outlets_report_is_of_its_country(roles_of, masthead):
    roles = roles_of(f"{masthead}\n\nТого открывает границу\n\nПравительство Того подписало с Аккрой соглашение о "
                     "пограничной торговле. Министр иностранных дел Кваме Асанте заявил, что Того станет важным "
                     "партнером, а Гана рассчитывает на рост товарооборота с Того.")
    assert ("Кваме Асанте", "министр иностранных дел", "Гана") in roles, roles


@pytest.mark.slow
def test_a_correspondents_report_gives_no_outlets_country(roles_of):
    roles = roles_of("Аккра, 3 марта (Синьхуа). Гана и Того договорились открыть границу. Министр иностранных дел "
                     "Кваме Асанте заявил, что Гана рассчитывает на рост товарооборота с Того. Китай приветствовал "
                     "соглашение.")
    assert ("Кваме Асанте", "министр иностранных дел", "Китай") not in roles


@pytest.mark.slow
def test_the_offices_own_country_beats_the_outlets(roles_of):
    roles = roles_of("ВЕЧЕРНИЙ КУРЬЕР — ежедневная газета Ганы\n\nГана и Того договорились открыть границу. Министр "
                     "иностранных дел Того Кофи Агбеко заявил, что Того рассчитывает на рост товарооборота с Ганой.")
    assert ("Кофи Агбеко", "министр иностранных дел", "Того") in roles
    assert ("Кофи Агбеко", "министр иностранных дел", "Гана") not in roles


@pytest.mark.slow
def test_two_unmarked_holders_of_one_office_take_no_outlets_country(roles_of):
    roles = roles_of("Ганское информационное агентство\n\nВ Аккре прошли переговоры Ганы и Того под председательством "
                     "Президента Кофи Менсаха и Президента Фора Агбеко. Того и Гана подписали соглашение.")
    assert not {("Кофи Менсах", "президент", "Гана"), ("Фора Агбеко", "президент", "Гана")} <= roles, roles


@pytest.mark.slow
def test_an_office_the_text_gives_another_countrys_adjective_takes_no_outlets_country(roles_of):
    roles = roles_of("Ганское информационное агентство\n\nГана и Того подписали соглашение. Президент Фора Агбеко "
                     "заявил, что Того и Гана станут ближе. Тоголезский президент поблагодарил хозяев.")
    assert ("Фора Агбеко", "президент", "Гана") not in roles, roles


@pytest.mark.parametrize("source, code", [
    ("ansa.it", "IT"), ("www.anadolu.com.tr", "TR"), ("kyodo.example.jp", "JP"),  # a site by the outlet it names
    ("Национальное информационное агентство Казахстана", "KZ"),  # an outlet noun and its country
    ("Мальтийская ежедневная газета", "MT"),
])
def test_the_metadatas_site_or_outlet_wording_tells_the_outlets_country(source, code):
    assert outlet_country(_doc("Министр иностранных дел заявил …", source=source)) == country_id(code)


@pytest.mark.parametrize("source", ["news.example.com", "Вечерние новости", "example.org"])
def test_a_site_or_outlet_of_no_known_country_tells_none(source):
    assert outlet_country(_doc("Министр иностранных дел заявил …", source=source)) is None


@pytest.mark.slow
def test_an_office_told_by_another_countrys_adjective_on_its_short_title_takes_no_outlets_country(roles_of):
    roles = roles_of("Ганское информационное агентство\n\nГана и Того подписали соглашение. Государственный секретарь "
                     "Фора Агбеко заявил, что Того и Гана станут ближе. Тоголезский госсекретарь поблагодарил хозяев.")
    assert ("Фора Агбеко", "государственный секретарь", "Гана") not in roles, roles


@pytest.mark.parametrize("source, code", [("Nyasa Times", "MW"), ("El Universo", "EC"), ("Digi24", "RO"),
                                          ("The Kathmandu Post", "NP"), ("Matangi Tonga", "TO")])
def test_national_outlets_of_many_countries_are_known(source, code):
    assert outlet_country(_doc("Министр иностранных дел заявил …", source=source)) == country_id(code)


@pytest.mark.parametrize("title, sitename, name", [
    ("Премьер прибыл в Осло | Вестник Севера", None, "Вестник Севера"),
    ("Премьер прибыл в Осло | Вестник Севера", "Премьер прибыл в Осло", "Вестник Севера"),
    ("Премьер прибыл в Осло — Вестник Севера", "Северный вестник", "Северный вестник"),
    ("Премьер прибыл в Осло", None, None),
    ("Премьер прибыл в Осло | раздел новостей о политике стран севера Европы", None, None),
])
def test_a_pages_site_name_is_its_titles_last_part_where_the_extraction_has_none(title, sitename, name):
    from khronika.read import site_name

    assert site_name(f"<html><head><title>{title}</title></head><body></body></html>", sitename) == name


@pytest.mark.slow
def test_a_report_by_a_correspondent_posted_abroad_gives_no_outlets_country(roles_of):
    roles = roles_of("Ганское информационное агентство\n\nАбена Овусу, корреспондент в Европе\n\nГана и Бельгия "
                     "подписали соглашение. Министра иностранных дел Ганы Кваме Асанте принял премьер-министр Люк "
                     "Ванденберг. Гана и Бельгия станут ближе, заявил Асанте.")
    assert ("Люк Ванденберг", "премьер-министр", "Гана") not in roles, roles
