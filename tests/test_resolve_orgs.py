"""Resolution across documents over the store's organisations: an abbreviation named alone is the one organisation
that another document introduced it for (names written for these tests)."""
import pytest

from khronika.ids import entity_id
from khronika.records import Document, Entity, Mention, PartialDate
from khronika.resolve import resolve_store
from khronika.resolve_orgs import acronym_links
from khronika.store import Store


def org(name, aliases=(), country=None):
    return {"id": entity_id("organization", name), "name": name, "aliases": list(aliases), "country": country}


def test_resolve_orgs_an_abbreviation_alone_is_the_one_organisation_it_is_an_alias_of():
    full, short = org("Фронт освобождения Анд", ["FLA"]), org("FLA")
    cyr, cyr_short = org("Движение за единство и мир", ["ДЕМ"], "e:iso-TD"), org("ДЕМ", country="e:iso-TD")
    assert acronym_links([full, short, cyr, cyr_short]) == {short["id"]: full["id"], cyr_short["id"]: cyr["id"]}


def test_resolve_orgs_two_owners_another_country_or_an_owner_without_a_full_name_link_nothing():
    short = org("СНС")
    two = [org("Союз народных сил", ["СНС"]), org("Совет национального согласия", ["СНС"]), short]
    assert acronym_links(two) == {}
    assert acronym_links([org("Союз народных сил", ["СНС"], "e:iso-ML"), org("СНС", country="e:iso-NE")]) == {}
    assert acronym_links([org("ОДКБ", ["СНС"]), short]) == {}
    assert acronym_links([org("Союз народных сил", ["Союз"]), org("Союз")]) == {}  # no abbreviation
    assert acronym_links([org("Союз народных сил", ["СНС"], "e:iso-ML"), short]) == {}  # a country's body, no country


def test_resolve_orgs_an_abbreviation_the_gazetteer_knows_is_never_linked():
    assert acronym_links([org("Европейский совет", ["ЕС"]), org("ЕС")]) == {}  # the EU is an entity of its own
    assert acronym_links([org("Министерство иностранных дел Чили", ["МИД"]), org("МИД")]) == {}


def _doc(name, text, entities):
    h = (name * 64)[:64]
    mentions = tuple(Mention(text.index(e.name), text.index(e.name) + len(e.name), "ORG", e.name, entity=e.id)
                     for e in entities)
    return Document(id=f"d:{h[:16]}", path=f"{name}.txt", raw=text, text=text, title=None, source="ТАСС",
                    published=PartialDate(2030, 3, 1), published_from="metadata", content_hash=h,
                    mentions=mentions, entities=tuple(entities))


def test_resolve_orgs_the_store_shows_an_abbreviation_under_its_full_name_in_any_order(tmp_path):
    full = Entity(entity_id("organization", "Фронт освобождения Анд"), "organization", "Фронт освобождения Анд",
                  aliases=("FLA",))
    short = Entity(entity_id("organization", "FLA"), "organization", "FLA")
    a = _doc("a", "Власти Перу встретились с «Фронт освобождения Анд» (FLA).", [full])
    b = _doc("b", "Власти Перу и FLA подписали протокол.", [short])
    for order in ([a, b], [b, a]):
        with Store(tmp_path / f"{order[0].path}.db") as s:
            for d in order:
                s.save(d)
                resolve_store(s, {d.id})
            orgs = [e for e in s.entities("organization")]
            assert [(e["name"], e["aliases"]) for e in orgs] == [("Фронт освобождения Анд", ["FLA"])]
            assert {m["entity"] for m in s.mentions()} == {full.id}


@pytest.mark.slow
def test_resolve_orgs_one_armed_group_is_one_side_of_its_dialogue_however_an_outlet_names_it(tmp_path):
    from tests.test_format_history_told import ingested_formats

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Лима, 3 марта 2031. Делегация правительства Перу и представители движения «Фронт освобождения Анд» "
                 "(FLA) завершили в Каракасе пятый раунд мирного диалога.\n", encoding="utf-8")
    b.write_text("Каракас, 4 марта 2031. Пятый раунд мирного диалога между правительством Перу и группировкой FLA "
                 "завершился в Каракасе.\n", encoding="utf-8")
    formats = [f for f in ingested_formats(tmp_path, a, b) if "диалог" in f["name"]]
    assert len(formats) == 1 and len(formats[0]["sides"]) == 2, [(f["name"], f["sides"]) for f in formats]
