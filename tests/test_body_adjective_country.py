"""A ministry named by a country's adjective before its name (``эфиопский МИД`` in any case, inside or outside the
tagger's span) is that country's ministry, one entity with the one named with the country after it; a company's,
a federation's or a body named with its own country keeps what it had.  Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


def _orgs(annotate, text):
    doc = annotate(text)
    names = {e.id: (e.name, e.country) for e in doc.entities}
    return [names[m.entity] for m in doc.mentions if m.type == "ORG" and m.entity in names]


@pytest.mark.parametrize("text, name, country", [
    pytest.param("Малийский МИД выступил с заявлением.", "МИД Мали", "e:iso-ML", id="nominative_capitalised"),
    pytest.param("Представитель аргентинского МИД ответил на вопросы.", "МИД Аргентины", "e:iso-AR", id="genitive"),
    pytest.param("Об этом сообщили во вьетнамском МИДе.", "МИД Вьетнама", "e:iso-VN", id="prepositional_in_span"),
    pytest.param("Чилийское Минобороны опубликовало сообщение.", "Минобороны Чили", "e:iso-CL", id="defence"),
    pytest.param("Норвежское Министерство иностранных дел выступило с заявлением.",
                 "Министерство иностранных дел Норвегии", "e:iso-NO", id="full_name"),
    pytest.param("Письмо было направлено в казахстанский Минфин.", "Минфин Казахстана", "e:iso-KZ",
                 id="accusative_finance"),
])
def test_an_adjective_names_the_ministry_s_country(annotate, text, name, country):
    assert (name, country) in _orgs(annotate, text)


def test_adjective_and_genitive_name_one_ministry(annotate):
    doc = annotate("Перуанский МИД выступил с заявлением. Позднее МИД Перу уточнил его текст.")
    ids = {m.entity for m in doc.mentions if m.type == "ORG"}
    assert len(ids) == 1, [(m.text, m.entity) for m in doc.mentions]


@pytest.mark.parametrize("text", [
    pytest.param("Федерация хоккея Латвии выразила протест в связи с решением судьи.", id="a_federation"),
    pytest.param("Новый МИД выступил с заявлением.", id="a_quality_adjective"),
])
def test_no_country_from_what_is_no_ethnonym(annotate, text):
    assert not any(n.startswith("МИД ") and c is None for n, c in _orgs(annotate, text))
    assert all(c in (None, "e:iso-LV", "e:iso-RU") for _, c in _orgs(annotate, text))


def test_a_country_named_after_the_body_wins(annotate):
    assert ("Минобороны Литвы", "e:iso-LT") in _orgs(annotate, "Польское заявление прокомментировало Минобороны Литвы.")


def test_the_ministry_so_named_holds_the_stance(stanced):
    doc, names = stanced("Кенийский МИД выразил протест в связи с задержанием рыболовецкого судна Танзанией.")
    assert "МИД Кении" in {names.get(s.holder) for s in doc.stances}
